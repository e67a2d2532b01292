#include "words/local_format.hpp"

#include "words/translate.hpp"

#include <ctime>

namespace credopass::words {
namespace {

std::tm localTm(TimePoint t) {
    const std::time_t secs = std::chrono::system_clock::to_time_t(t);
    std::tm tm{};
    localtime_r(&secs, &tm);
    return tm;
}

std::string twoDigits(int v) {
    std::string s = std::to_string(v);
    return s.size() < 2 ? "0" + s : s;
}

// Each name spelled out at its trc() call: xgettext reads literals only.
const char* weekday(int wday) {
    switch (wday % 7) {
        case 0: return trc("weekday, short", "Sun");
        case 1: return trc("weekday, short", "Mon");
        case 2: return trc("weekday, short", "Tue");
        case 3: return trc("weekday, short", "Wed");
        case 4: return trc("weekday, short", "Thu");
        case 5: return trc("weekday, short", "Fri");
        default: return trc("weekday, short", "Sat");  // 6
    }
}

const char* month(int mon) {
    switch (mon % 12) {
        case 0: return trc("month, short", "Jan");
        case 1: return trc("month, short", "Feb");
        case 2: return trc("month, short", "Mar");
        case 3: return trc("month, short", "Apr");
        case 4: return trc("month, short", "May");
        case 5: return trc("month, short", "Jun");
        case 6: return trc("month, short", "Jul");
        case 7: return trc("month, short", "Aug");
        case 8: return trc("month, short", "Sep");
        case 9: return trc("month, short", "Oct");
        case 10: return trc("month, short", "Nov");
        default: return trc("month, short", "Dec");  // 11
    }
}

// A pattern from the catalogue, its fields filled from the local time.
std::string format(const char* pattern, TimePoint t) {
    const std::tm tm = localTm(t);
    const int h12 = tm.tm_hour % 12 == 0 ? 12 : tm.tm_hour % 12;
    const std::string HH = twoDigits(tm.tm_hour), H = std::to_string(tm.tm_hour), h = std::to_string(h12),
                      mm = twoDigits(tm.tm_min), d = std::to_string(tm.tm_mday), dd = twoDigits(tm.tm_mday),
                      MM = twoDigits(tm.tm_mon + 1), yyyy = std::to_string(tm.tm_year + 1900);
    const char* ampm = tm.tm_hour < 12 ? trc("before noon", "am") : trc("after noon", "pm");
    return fill(pattern, {{"HH", HH},
                          {"H", H},
                          {"h", h},
                          {"mm", mm},
                          {"ampm", ampm},
                          {"d", d},
                          {"dd", dd},
                          {"MM", MM},
                          {"mon", month(tm.tm_mon)},
                          {"wday", weekday(tm.tm_wday)},
                          {"yyyy", yyyy}});
}

}  // namespace

std::string number(long long n) {
    // TRANSLATORS: what goes between groups of three digits: "," in English,
    // "." in German, a no-break space in French and Polish.
    const std::string separator = trc("digit grouping", ",");
    const bool negative = n < 0;
    std::string digits = std::to_string(n);
    if (negative) digits.erase(0, 1);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += separator;
        out += digits[i];
    }
    return negative ? "-" + out : out;
}

// TRANSLATORS: time patterns. Fields: {HH} hour 00-23, {H} hour 0-23,
// {h} hour 1-12, {mm} minutes, {ampm}, {d}/{dd} day, {MM} month 01-12,
// {mon} short month name, {wday} short day name, {yyyy} year.
std::string timeOfDay(TimePoint t) {
    return format(trc("time of day", "{HH}:{mm}"), t);
}
std::string dayAndTime(TimePoint t) {
    return format(trc("day and time", "{wday} {d} {mon} {HH}:{mm}"), t);
}
std::string dateAndTime(TimePoint t) {
    return format(trc("date and time", "{yyyy}-{MM}-{dd} {HH}:{mm}"), t);
}

std::string duration(Millis d) {
    const auto totalMinutes = std::chrono::duration_cast<std::chrono::minutes>(d).count();
    if (totalMinutes < 1) return tr("under a minute");
    const auto h = totalMinutes / 60;
    const auto m = totalMinutes % 60;
    const std::string hs = std::to_string(h), ms = std::to_string(m);
    if (h == 0) return fill(tr("{m} min"), {{"m", ms}});
    if (m == 0) return fill(tr("{h} h"), {{"h", hs}});
    return fill(tr("{h} h {m} min"), {{"h", hs}, {"m", ms}});
}

bool sameLocalDay(TimePoint a, TimePoint b) {
    const std::tm x = localTm(a), y = localTm(b);
    return x.tm_year == y.tm_year && x.tm_yday == y.tm_yday;
}

}  // namespace credopass::words
