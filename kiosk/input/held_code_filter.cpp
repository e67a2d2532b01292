#include "kiosk/input/held_code_filter.hpp"

namespace credopass::input {

bool HeldCodeFilter::admit(const std::string& text, SteadyTime at) {
    // Forget codes long out of view, so the map stays a handful of entries.
    for (auto it = lastSeen_.begin(); it != lastSeen_.end();) {
        if (at - it->second >= forgetAfter_)
            it = lastSeen_.erase(it);
        else
            ++it;
    }
    auto [it, inserted] = lastSeen_.try_emplace(text, at);
    it->second = at;
    return inserted;
}

}  // namespace credopass::input
