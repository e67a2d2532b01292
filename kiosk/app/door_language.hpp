#pragma once
// Which language the door speaks now: its own (kiosk.toml [screen] language),
// the one a member tapped on idle (until their result is done, or a while
// without a scan), and on staff screens the staff's own choice. Time is
// passed in; the UI applies the answer with words::useLanguage each frame.

#include "common/clock.hpp"
#include "kiosk/app/screen_table.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace credopass::kiosk {

class DoorLanguage {
public:
    // `offered` empty means the door's own language only.
    DoorLanguage(std::string doorDefault, std::vector<std::string> offered);

    const std::vector<std::string>& offered() const { return offered_; }
    bool offersChoice() const { return offered_.size() > 1; }
    // What a member reads now: their choice while it holds, else the door's.
    const std::string& forMembers(SteadyTime now) const;
    const std::string& forScreen(ScreenId screen, SteadyTime now) const;
    const std::string& staff() const { return staff_; }
    // When a member's choice lapses by itself (the idle screen redraws then).
    std::optional<SteadyTime> choiceEnds() const;

    void memberChose(const std::string& code, SteadyTime now);  // one of offered(), else ignored
    void backToDefault();  // the door's own language again (after a result, or a lapsed choice)
    void staffChose(const std::string& code);

    // A member who tapped a language and walked away: the next one meets the door's own.
    static constexpr std::chrono::seconds kChoiceHolds{30};

private:
    std::string default_;
    std::vector<std::string> offered_;
    std::optional<std::string> member_;
    SteadyTime memberChoseAt_{};
    std::string staff_;
};

}  // namespace credopass::kiosk
