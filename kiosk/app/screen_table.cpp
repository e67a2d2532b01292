#include "kiosk/app/screen_table.hpp"

namespace credopass::kiosk {

std::optional<ScreenId> screenForFunctionKey(int n) {
    if (n <= 0) return std::nullopt;
    for (const ScreenInfo& s : kScreens)
        if (s.functionKey == n) return s.id;
    return std::nullopt;
}

}  // namespace credopass::kiosk
