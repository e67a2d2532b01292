#pragma once
// What a person reads of a door answer: tone (colour), icon, words and sound,
// for the door screen and kioskctl alike. The core returns data only; every
// word a front end shows of a result is decided here, so a translation hooks
// in at one place. Colour is never the only signal: every tone has its own
// icon and the words say it too.

#include "common/error.hpp"
#include "core/checkin_result.hpp"

#include <string>

namespace credopass::words {

enum class Tone { Success, Info, Warning, Error };
enum class Icon { Check, Wave, Clock, Cross, Calendar, People };
enum class Sound { None, Success, Warning, Error };

struct ResultView {
    Tone tone = Tone::Error;
    Icon icon = Icon::Cross;
    Sound sound = Sound::Error;
    std::string title;   // "Welcome, Jane"
    std::string detail;  // "Gold member · 120 points"
    std::string advice;  // what to do next
};

ResultView describe(const CheckinResult& result);
// "Gold member · 120 points (+10)": the member's standing, as a success shows it.
std::string loyaltyLine(const CheckinResult& result);
// The door could not answer (storage error): never silent, never a crash.
ResultView describeFailure(const Error& error);

}  // namespace credopass::words
