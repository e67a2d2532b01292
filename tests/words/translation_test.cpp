// The catalogues in use: the door's words in German, Polish's three plural
// forms, each language's digits, dates and times, and kioskctl's choice from
// the environment. The .mo files are the build's own (po/), found as the
// installed binaries find theirs.
#include "words/language.hpp"
#include "words/local_format.hpp"
#include "words/result_view.hpp"
#include "words/translate.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>

using namespace credopass;
using namespace credopass::words;

namespace {

// Each test speaks its language, and leaves English behind for the others.
struct Speaking {
    explicit Speaking(std::string_view code) {
        startLanguages(CREDOPASS_TEST_LOCALE_DIR, "en");
        useLanguage(code);
    }
    ~Speaking() { useLanguage("en"); }
    Speaking(const Speaking&) = delete;
    Speaking& operator=(const Speaking&) = delete;
};

CheckinResult janeCheckedIn(std::int64_t points) {
    CheckinResult r;
    r.outcome = Outcome::CheckedIn;
    Member jane;
    jane.firstName = "Jane";
    jane.lastName = "Smith";
    r.member = jane;
    r.tier = Tier::Gold;
    r.points = points;
    return r;
}

// 18:55 local time, whatever the machine's zone: built from local fields.
TimePoint localTime(int year, int month, int day, int hour, int minute) {
    std::tm tm{};
    tm.tm_year = year - 1900;
    tm.tm_mon = month - 1;
    tm.tm_mday = day;
    tm.tm_hour = hour;
    tm.tm_min = minute;
    tm.tm_isdst = -1;
    return std::chrono::time_point_cast<Millis>(std::chrono::system_clock::from_time_t(std::mktime(&tm)));
}

}  // namespace

TEST_CASE("a member checked in reads the door's answer in German") {
    Speaking de("de");
    const ResultView v = describe(janeCheckedIn(1250));
    CHECK(v.title == "Willkommen, Jane");
    CHECK(v.detail == "Gold-Mitglied \xC2\xB7 1.250 Punkte");
    CHECK(v.advice == "Viel Freude!");
}

TEST_CASE("English stays the source when no catalogue is chosen") {
    Speaking en("en");
    CHECK(describe(janeCheckedIn(1)).detail == "Gold member \xC2\xB7 1 point");
    CHECK(describe(janeCheckedIn(1250)).detail == "Gold member \xC2\xB7 1,250 points");
}

TEST_CASE("Polish has three plural forms, and the catalogue picks the right one") {
    Speaking pl("pl");
    CHECK(trn("{n} point", "{n} points", 1) == "1 punkt");
    CHECK(trn("{n} point", "{n} points", 2) == "2 punkty");
    CHECK(trn("{n} point", "{n} points", 5) == "5 punktów");
    CHECK(trn("{n} point", "{n} points", 12) == "12 punktów");
    CHECK(trn("{n} point", "{n} points", 22) == "22 punkty");
    CHECK(trn("{n} point", "{n} points", 0) == "0 punktów");
}

TEST_CASE("French says 0 and 1 in the singular") {
    Speaking fr("fr");
    CHECK(trn("{n} point", "{n} points", 0) == "0 point");
    CHECK(trn("{n} point", "{n} points", 1) == "1 point");
    CHECK(trn("{n} point", "{n} points", 2) == "2 points");
}

TEST_CASE("numbers are grouped as each language writes them") {
    {
        Speaking en("en");
        CHECK(number(1234567) == "1,234,567");
        CHECK(number(-1000) == "-1,000");
        CHECK(number(999) == "999");
    }
    {
        Speaking de("de");
        CHECK(number(1234567) == "1.234.567");
    }
    {
        Speaking fr("fr");
        CHECK(number(1250) ==
              "1\xE2\x80\xAF"
              "250");  // a narrow no-break space
    }
}

TEST_CASE("dates and times follow the language's order and names") {
    const TimePoint t = localTime(2026, 1, 24, 10, 5);  // a Saturday
    {
        Speaking en("en");
        CHECK(timeOfDay(t) == "10:05");
        CHECK(dayAndTime(t) == "Sat 24 Jan 10:05");
        CHECK(dateAndTime(t) == "2026-01-24 10:05");
    }
    {
        Speaking de("de");
        CHECK(dayAndTime(t) == "Sa, 24. Jan. 10:05");
        CHECK(dateAndTime(t) == "24.01.2026 10:05");
    }
    {
        Speaking nl("nl");
        CHECK(dayAndTime(t) == "za 24 jan 10:05");
        CHECK(dateAndTime(t) == "24-01-2026 10:05");
    }
    {
        Speaking pl("pl");
        CHECK(dayAndTime(t) == "sob., 24 sty 10:05");
    }
}

TEST_CASE("a duration reads in the language, with its units") {
    Speaking de("de");
    CHECK(duration(std::chrono::minutes(155)) == "2 Std. 35 Min.");
    CHECK(duration(std::chrono::seconds(20)) == "unter einer Minute");
}

TEST_CASE("a language the kiosk does not ship falls back to English") {
    Speaking xx("xx");
    CHECK(currentLanguage() == "en");
    CHECK(std::string(tr("Scan your badge")) == "Scan your badge");
}

TEST_CASE("fill replaces named placeholders and leaves anything else alone") {
    CHECK(fill("Hello, {name}", {{"name", "Jane"}}) == "Hello, Jane");
    CHECK(fill("{b} then {a}", {{"a", "1"}, {"b", "2"}}) == "2 then 1");
    CHECK(fill("{unknown} and {open", {{"name", "x"}}) == "{unknown} and {open");
    CHECK(fill("no placeholders", {}) == "no placeholders");
}

TEST_CASE("kioskctl takes its language from LANGUAGE, LC_ALL, LC_MESSAGES or LANG") {
    for (const char* v : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
        unsetenv(v);  // NOLINT(concurrency-mt-unsafe): the test's own thread, nothing else runs
    CHECK(languageFromEnvironment() == "en");
    setenv("LANG", "de_DE.UTF-8", 1);  // NOLINT(concurrency-mt-unsafe)
    CHECK(languageFromEnvironment() == "de");
    setenv("LC_ALL", "C", 1);  // NOLINT(concurrency-mt-unsafe)
    CHECK(languageFromEnvironment() == "en");
    setenv("LANGUAGE", "pl:de", 1);  // NOLINT(concurrency-mt-unsafe)
    CHECK(languageFromEnvironment() == "pl");
    setenv("LANGUAGE", "sv", 1);  // NOLINT(concurrency-mt-unsafe): not shipped
    CHECK(languageFromEnvironment() == "en");
    for (const char* v : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
        unsetenv(v);  // NOLINT(concurrency-mt-unsafe)
}
