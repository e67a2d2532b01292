#include "kiosk/app/door_language.hpp"

#include <algorithm>

namespace credopass::kiosk {

DoorLanguage::DoorLanguage(std::string doorDefault, std::vector<std::string> offered)
    : default_(std::move(doorDefault)), offered_(std::move(offered)), staff_(default_) {
    if (std::find(offered_.begin(), offered_.end(), default_) == offered_.end())
        offered_.insert(offered_.begin(), default_);
}

const std::string& DoorLanguage::forMembers(SteadyTime now) const {
    if (member_ && now - memberChoseAt_ < kChoiceHolds) return *member_;
    return default_;
}

const std::string& DoorLanguage::forScreen(ScreenId screen, SteadyTime now) const {
    // The PIN pad is the staff's door in: their language from the first digit.
    return isStaffScreen(screen) || screen == ScreenId::Pin ? staff_ : forMembers(now);
}

std::optional<SteadyTime> DoorLanguage::choiceEnds() const {
    if (!member_) return std::nullopt;
    return memberChoseAt_ + kChoiceHolds;
}

void DoorLanguage::memberChose(const std::string& code, SteadyTime now) {
    if (std::find(offered_.begin(), offered_.end(), code) == offered_.end()) return;
    member_ = code;
    memberChoseAt_ = now;
}

void DoorLanguage::backToDefault() {
    member_.reset();
}

void DoorLanguage::staffChose(const std::string& code) {
    if (std::find(offered_.begin(), offered_.end(), code) != offered_.end()) staff_ = code;
}

}  // namespace credopass::kiosk
