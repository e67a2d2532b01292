#include "common/time.hpp"

#include <cctype>
#include <cstdio>
#include <ctime>

namespace credopass {
namespace {

// Reads exactly `width` decimal digits at `pos`.
bool readDigits(std::string_view s, size_t& pos, int width, int& out) {
    if (pos + static_cast<size_t>(width) > s.size()) return false;
    int v = 0;
    for (int i = 0; i < width; ++i) {
        char c = s[pos + static_cast<size_t>(i)];
        if (c < '0' || c > '9') return false;
        v = v * 10 + (c - '0');
    }
    pos += static_cast<size_t>(width);
    out = v;
    return true;
}

// Writes `value` as exactly `width` decimal digits at `pos` (leading zeros).
void putDigits(std::string& out, std::size_t pos, int width, unsigned value) {
    for (int i = width - 1; i >= 0; --i) {
        out[pos + static_cast<std::size_t>(i)] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
}

bool expect(std::string_view s, size_t& pos, char c) {
    if (pos >= s.size() || s[pos] != c) return false;
    ++pos;
    return true;
}

std::tm localTm(TimePoint t) {
    std::time_t secs = std::chrono::system_clock::to_time_t(std::chrono::time_point_cast<std::chrono::seconds>(t));
    std::tm tm{};
    localtime_r(&secs, &tm);
    return tm;
}

}  // namespace

std::string formatIso(TimePoint t) {
    using namespace std::chrono;
    auto day = floor<days>(t);
    year_month_day ymd{day};
    hh_mm_ss<Millis> hms{t - day};
    const int y = static_cast<int>(ymd.year());
    if (y >= 0 && y <= 9999) {
        // Digits by hand: a check-in formats several times, and snprintf's
        // format parsing was 8 % of a check-in's instructions (callgrind).
        std::string out = "0000-00-00T00:00:00.000Z";
        putDigits(out, 0, 4, static_cast<unsigned>(y));
        putDigits(out, 5, 2, static_cast<unsigned>(ymd.month()));
        putDigits(out, 8, 2, static_cast<unsigned>(ymd.day()));
        putDigits(out, 11, 2, static_cast<unsigned>(hms.hours().count()));
        putDigits(out, 14, 2, static_cast<unsigned>(hms.minutes().count()));
        putDigits(out, 17, 2, static_cast<unsigned>(hms.seconds().count()));
        putDigits(out, 20, 3, static_cast<unsigned>(hms.subseconds().count()));
        return out;
    }
    char buf[64];  // years outside 0..9999: signs and wider fields
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                  static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                  static_cast<int>(hms.seconds().count()), static_cast<int>(hms.subseconds().count()));
    return buf;
}

std::optional<TimePoint> parseIso(std::string_view s, bool assumeUtcWithoutZone) {
    using namespace std::chrono;
    size_t pos = 0;
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
    if (!readDigits(s, pos, 4, y) || !expect(s, pos, '-') || !readDigits(s, pos, 2, mo) || !expect(s, pos, '-') ||
        !readDigits(s, pos, 2, d))
        return std::nullopt;
    if (pos >= s.size() || (s[pos] != 'T' && s[pos] != 't' && s[pos] != ' ')) return std::nullopt;
    ++pos;
    if (!readDigits(s, pos, 2, h) || !expect(s, pos, ':') || !readDigits(s, pos, 2, mi)) return std::nullopt;
    int millis = 0;
    if (pos < s.size() && s[pos] == ':') {
        ++pos;
        if (!readDigits(s, pos, 2, sec)) return std::nullopt;
        if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
            ++pos;
            int scale = 100, digits = 0;
            while (pos < s.size() && std::isdigit(static_cast<unsigned char>(s[pos]))) {
                millis += (s[pos] - '0') * scale;
                scale /= 10;
                ++pos;
                ++digits;
            }
            if (digits == 0) return std::nullopt;
        }
    }
    year_month_day ymd{year{y}, month{static_cast<unsigned>(mo)}, day{static_cast<unsigned>(d)}};
    if (!ymd.ok() || h > 23 || mi > 59 || sec > 60) return std::nullopt;

    minutes offset{0};
    if (pos == s.size()) {
        if (!assumeUtcWithoutZone) return std::nullopt;
    } else if (s[pos] == 'Z' || s[pos] == 'z') {
        ++pos;
    } else if (s[pos] == '+' || s[pos] == '-') {
        int sign = s[pos] == '-' ? -1 : 1;
        ++pos;
        int oh = 0, om = 0;
        if (!readDigits(s, pos, 2, oh)) return std::nullopt;
        if (pos < s.size() && s[pos] == ':') ++pos;
        if (!readDigits(s, pos, 2, om) || oh > 23 || om > 59) return std::nullopt;
        offset = minutes{sign * (oh * 60 + om)};
    } else {
        return std::nullopt;
    }
    if (pos != s.size()) return std::nullopt;
    TimePoint local = sys_days{ymd} + hours{h} + minutes{mi} + seconds{sec} + Millis{millis};
    TimePoint utc = local - offset;
    // An offset can carry a time written in years 0000 or 9999 out of them
    // ("0000-01-01T00:00:00+01:00" is in year -1): formatIso could not write
    // it back in four digits, so a stored copy could never be read again.
    if (utc < sys_days{year{0} / January / 1} || utc >= sys_days{year{10000} / January / 1}) return std::nullopt;
    return utc;
}

std::string formatLocalHourMinute(TimePoint t) {
    std::tm tm = localTm(t);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d:%02d", tm.tm_hour, tm.tm_min);
    return buf;
}

std::string formatLocalDateTime(TimePoint t) {
    std::tm tm = localTm(t);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d %02d:%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
                  tm.tm_min);
    return buf;
}

std::string formatLocalDayTime(TimePoint t) {
    // English names by our own table, not strftime's: the process locale is
    // whatever the system has, and the words of the door are ours to choose.
    static constexpr const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    std::tm tm = localTm(t);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s %d %s %02d:%02d", kDays[tm.tm_wday % 7], tm.tm_mday, kMonths[tm.tm_mon % 12],
                  tm.tm_hour, tm.tm_min);
    return buf;
}

std::string formatDuration(Millis d) {
    auto totalMinutes = std::chrono::duration_cast<std::chrono::minutes>(d).count();
    if (totalMinutes < 1) return "under a minute";
    auto h = totalMinutes / 60;
    auto m = totalMinutes % 60;
    if (h == 0) return std::to_string(m) + " min";
    if (m == 0) return std::to_string(h) + " h";
    return std::to_string(h) + " h " + std::to_string(m) + " min";
}

}  // namespace credopass
