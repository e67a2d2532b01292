#include "config/kiosk_config.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace credopass::kiosk {
namespace {

Error invalid(const std::string& origin, const std::string& what) {
    return Error{ConfigErrc::Invalid, origin + ": " + what};
}

// Reads an integer number of seconds (or a fractional one) into a duration.
std::optional<std::string> readSeconds(const toml::table& t, const char* key, Millis& out, double min, double max) {
    auto node = t[key];
    if (!node) return std::nullopt;
    auto seconds = node.value<double>();
    if (!seconds || *seconds < min || *seconds > max)
        return std::string(key) + " must be a number of seconds between " + std::to_string(int(min)) + " and " +
               std::to_string(int(max));
    out = Millis(static_cast<Millis::rep>(*seconds * 1000.0));
    return std::nullopt;
}

std::optional<std::string> readString(const toml::table& t, const char* key, std::string& out) {
    auto node = t[key];
    if (!node) return std::nullopt;
    auto s = node.value<std::string>();
    if (!s) return std::string(key) + " must be a string";
    out = *s;
    return std::nullopt;
}

std::optional<std::string> readBool(const toml::table& t, const char* key, bool& out) {
    auto node = t[key];
    if (!node) return std::nullopt;
    auto b = node.value<bool>();
    if (!b || !node.is_boolean()) return std::string(key) + " must be true or false";
    out = *b;
    return std::nullopt;
}

// A language code as the catalogues are named ("de", "pt"); which ones this
// kiosk ships is the front end's to check (words/language.hpp).
bool looksLikeLanguage(std::string_view code) {
    return code.size() >= 2 && code.size() <= 3 &&
           std::all_of(code.begin(), code.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
}

std::optional<std::string> readFallbackFonts(const toml::table& screen, KioskConfig& c) {
    auto list = screen["fallback_fonts"];
    if (!list) return std::nullopt;
    const toml::array* a = list.as_array();
    if (!a) return std::string("fallback_fonts must be a list of font files");
    c.fallbackFontPaths.clear();
    for (const auto& item : *a) {
        auto path = item.value<std::string>();
        if (!path || path->empty()) return std::string("fallback_fonts must be a list of font files");
        c.fallbackFontPaths.push_back(*path);
    }
    return std::nullopt;
}

std::optional<std::string> readLanguages(const toml::table& screen, KioskConfig& c) {
    if (auto p = readString(screen, "language", c.language)) return p;
    if (!looksLikeLanguage(c.language)) return std::string("language must be a code such as \"en\" or \"de\"");
    if (auto list = screen["languages"]) {
        const toml::array* a = list.as_array();
        if (!a) return std::string("languages must be a list of codes, e.g. [\"en\", \"de\"]");
        for (const auto& item : *a) {
            auto code = item.value<std::string>();
            if (!code || !looksLikeLanguage(*code))
                return std::string("languages must be a list of codes, e.g. [\"en\", \"de\"]");
            if (std::find(c.languages.begin(), c.languages.end(), *code) == c.languages.end())
                c.languages.push_back(*code);
        }
    }
    if (c.languages.empty()) c.languages.push_back(c.language);
    // The door's own language is always among those offered, first when it was not listed.
    if (std::find(c.languages.begin(), c.languages.end(), c.language) == c.languages.end())
        c.languages.insert(c.languages.begin(), c.language);
    return std::nullopt;
}

}  // namespace

Result<KioskConfig> parseConfig(const std::string& text, const std::string& origin) {
    KioskConfig c;
    toml::table root;
    try {
        root = toml::parse(text, origin);
    } catch (const toml::parse_error& e) {
        std::ostringstream what;
        what << "line " << e.source().begin.line << ": " << e.description();
        return invalid(origin, what.str());
    }
    const toml::table empty;
    // A section the file leaves out (or gives as something other than a table) reads as empty.
    auto section = [&](const char* name) -> const toml::table& {
        const toml::table* t = root[name].as_table();
        return t != nullptr ? *t : empty;
    };
    const toml::table& screen = section("screen");
    const toml::table& staff = section("staff");
    const toml::table& badges = section("badges");
    const toml::table& door = section("door");
    const toml::table& sync = section("sync");

    std::optional<std::string> problem;
    auto check = [&](std::optional<std::string> p) {
        if (p && !problem) problem = std::move(p);
    };
    check(readString(root, "organisation", c.organisation));
    check(readSeconds(screen, "result_seconds", c.resultDuration, 0.5, 60));
    check(readSeconds(screen, "result_min_seconds", c.resultMinShown, 0.2, 10));
    check(readLanguages(screen, c));
    check(readString(screen, "font", c.fontPath));
    check(readString(screen, "bold_font", c.boldFontPath));
    check(readFallbackFonts(screen, c));
    check(readString(screen, "sounds_dir", c.soundsDir));
    check(readString(screen, "renderer", c.renderer));
    if (c.renderer != "auto" && c.renderer != "software" && c.renderer != "opengles2" && c.renderer != "opengl")
        check(std::string("renderer must be auto, software, opengles2 or opengl"));
    if (auto v = screen["volume"]) {
        auto n = v.value<std::int64_t>();
        if (!n || *n < 0 || *n > 100)
            check(std::string("volume must be a whole number from 0 to 100"));
        else
            c.volume = static_cast<int>(*n);
    }
    check(readSeconds(staff, "auto_lock_seconds", c.autoLockAfter, 10, 24 * 3600));
    check(readSeconds(staff, "pin_screen_seconds", c.pinScreenTimeout, 5, 600));
    check(readString(staff, "export_dir", c.exportDir));
    if (auto v = staff["audit_days"]) {
        // Whole days: an audit that keeps "1.5 days" is not a rule anyone states.
        auto days = v.value<std::int64_t>();
        if (!days || !v.is_integer() || *days < 1 || *days > 3650)
            check(std::string("audit_days must be a whole number of days from 1 to 3650"));
        else
            c.auditRetention = std::chrono::days(*days);
    }
    if (auto list = staff["members"]) {
        auto* arr = list.as_array();
        if (!arr)
            check(std::string("staff.members must be a list of member ids"));
        else
            for (const auto& item : *arr) {
                auto id = item.value<std::string>();
                if (!id)
                    check(std::string("staff.members must be a list of member ids"));
                else
                    c.staffMembers.push_back(*id);
            }
    }
    if (auto v = badges["accept"]) {
        auto formats = v.value<std::string>();
        auto policy = formats ? badge::BadgePolicy::parse(*formats) : std::nullopt;
        if (!policy)
            check(
                std::string("badges.accept must be \"signed\", \"all\" or a list such as "
                            "\"signed, event_pass\" (member_id, event_pass, signed)"));
        else
            c.badgeAccept = *policy;
    }
    check(readBool(badges, "mirror_preview", c.mirrorPreview));
    check(readString(badges, "camera", c.camera));
    check(readString(badges, "frames_dir", c.framesDir));
    if (auto v = badges["replay_fps"]) {
        auto fps = v.value<double>();
        if (!fps || *fps <= 0 || *fps > 120)
            check(std::string("replay_fps must be between 0 and 120"));
        else
            c.replayFps = *fps;
    }
    if (auto v = badges["scanner_gap_ms"]) {
        auto ms = v.value<std::int64_t>();
        if (!ms || *ms < 5 || *ms > 1000)
            check(std::string("scanner_gap_ms must be between 5 and 1000"));
        else
            c.scannerGap = Millis(*ms);
    }
    check(readSeconds(door, "dedup_seconds", c.dedupWindow, 0, 24 * 3600));
    if (auto v = door["points_expire_days"]) {
        // Whole days, like audit_days; 0 says "never" as plainly as leaving it out.
        auto days = v.value<std::int64_t>();
        if (!days || !v.is_integer() || *days < 0 || *days > 36500)
            check(std::string("points_expire_days must be a whole number of days from 0 (never) to 36500"));
        else if (*days > 0)
            c.pointsExpireAfter = std::chrono::days(*days);
    }
    check(readString(sync, "hq_url", c.hqUrl));
    check(readString(sync, "token", c.hqToken));
    check(readString(sync, "ca_file", c.hqCaFile));
    check(readBool(sync, "allow_insecure_http", c.hqAllowInsecureHttp));
    if (auto v = sync["push_connections"]) {
        auto n = v.value<std::int64_t>();
        if (!n || !v.is_integer() || *n < 1 || *n > 16)
            check(std::string("push_connections must be a whole number from 1 to 16"));
        else
            c.hqPushConnections = static_cast<int>(*n);
    }
    if (problem) return invalid(origin, *problem);
    return c;
}

Result<KioskConfig> loadConfig(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{ConfigErrc::Missing, "cannot read configuration file " + path};
    std::ostringstream text;
    text << in.rdbuf();
    return parseConfig(text.str(), path);
}

}  // namespace credopass::kiosk
