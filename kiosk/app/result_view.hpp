#pragma once
// What the result screen shows for a door answer: tone (colour), icon, words
// and sound. Colour is never the only signal: every tone has its own icon and
// the words say it too. Decided here, without a display, so it is tested.

#include "common/result.hpp"
#include "core/checkin_result.hpp"

#include <string>

namespace credopass::kiosk {

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
// The door could not answer (storage error): never silent, never a crash.
ResultView describeFailure(const Error& error);

std::string_view toString(Tone t);
std::string_view toString(Icon i);

}  // namespace credopass::kiosk
