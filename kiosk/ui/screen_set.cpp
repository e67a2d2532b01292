#include "kiosk/ui/screen_set.hpp"

namespace credopass::kiosk::ui {

// Each defined in its screen's own file.
std::unique_ptr<Screen> makeIdleScreen();
std::unique_ptr<Screen> makeResultScreen();
std::unique_ptr<Screen> makePinScreen();
std::unique_ptr<Screen> makeDashboardScreen();
std::unique_ptr<Screen> makeManualScreen();
std::unique_ptr<Screen> makeSyncScreen();
std::unique_ptr<Screen> makeDeviceScreen();

namespace {

struct ScreenFactory {
    ScreenId id;
    std::unique_ptr<Screen> (*make)();
};

// One row per row of kScreens, in the same order.
constexpr std::array kFactories{
    ScreenFactory{ScreenId::Idle, makeIdleScreen},     ScreenFactory{ScreenId::Result, makeResultScreen},
    ScreenFactory{ScreenId::Pin, makePinScreen},       ScreenFactory{ScreenId::Dashboard, makeDashboardScreen},
    ScreenFactory{ScreenId::Manual, makeManualScreen}, ScreenFactory{ScreenId::Sync, makeSyncScreen},
    ScreenFactory{ScreenId::Device, makeDeviceScreen},
};

constexpr bool factoriesMatchTable() {
    if (kFactories.size() != kScreens.size()) return false;
    for (std::size_t i = 0; i < kFactories.size(); ++i)
        if (kFactories[i].id != kScreens[i].id) return false;
    return true;
}
static_assert(factoriesMatchTable(), "kFactories needs one row per kScreens row, in the same order");

}  // namespace

ScreenSet::ScreenSet() {
    for (std::size_t i = 0; i < kFactories.size(); ++i)
        screens_[i] = kFactories[i].make();
}

}  // namespace credopass::kiosk::ui
