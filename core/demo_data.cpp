#include "core/demo_data.hpp"

#include "common/text.hpp"
#include "common/text_fold.hpp"
#include "common/uuid.hpp"
#include "core/record_ids.hpp"
#include "storage/attendance.hpp"
#include "storage/events.hpp"
#include "storage/loyalty.hpp"
#include "storage/members.hpp"
#include "storage/sqlite_error.hpp"

#include <array>
#include <random>

namespace credopass::demo {
namespace {

using namespace std::chrono_literals;
using namespace storage;

std::string demoId(const std::string& name) {
    return Uuid::nameBased(credopassNamespace(), "demo:" + name).toString();
}

// Some spelled as their owners spell them: the door shows them (fonts) and
// staff find them without typing the accents (common/text_fold.hpp).
constexpr std::array kFirstNames{"Ada",   "Ben",   "Chloé", "Dmitri", "Elena", "Femi", "Grace", "Hiro",
                                 "Inés",  "Jonas", "Kemi",  "Liam",   "Maya",  "Noah", "Olga",  "Pablo",
                                 "Quinn", "Rosa",  "Sami",  "Tara",   "Umar",  "Vera", "Wei",   "Yara"};
constexpr std::array kLastNames{"Adeyemi", "Brown",  "Costa",  "Dubois", "Evans",  "Fischer",  "Garcia", "Haddad",
                                "Ito",     "Jensen", "Wróbel", "López",  "Murphy", "Nakamura", "Okafor", "Petrov",
                                "Quist",   "Rossi",  "Silva",  "Tanaka", "Usman",  "Varga",    "Weber",  "Young"};

Event makeEvent(const std::string& key, const std::string& name, EventStatus status, TimePoint start, Millis length,
                const std::string& hostId, TimePoint now) {
    return Event{demoId("event:" + key),
                 name,
                 std::string("Weekly jazz performance and social gathering"),
                 status,
                 start,
                 start + length,
                 "Main Sanctuary",
                 500,
                 hostId,
                 now - std::chrono::days(60),
                 now};
}

}  // namespace

std::string demoUserId(const std::string& email) {
    return demoId("user:" + email);
}

Status generateMembers(Database& db, int count, std::uint32_t seed, TimePoint now) {
    try {
        std::mt19937 rng(seed);
        constexpr int kBatch = 5000;
        for (int start = 0; start < count; start += kBatch) {
            Transaction tx(db);
            for (int i = start; i < std::min(count, start + kBatch); ++i) {
                const char* first = kFirstNames[rng() % kFirstNames.size()];
                const char* last = kLastNames[rng() % kLastNames.size()];
                std::string email = foldForSearch(first) + "." + foldForSearch(last) + "." + std::to_string(seed) +
                                    "-" + std::to_string(i) + "@example.org";
                Member m{
                    demoUserId(email), email, first, last, std::nullopt, now - std::chrono::days(rng() % 700), now};
                members::upsert(db, m);
            }
            tx.commit();
        }
    } catch (const StorageError& e) {
        return e.error();
    }
    return {};
}

Result<Summary> load(Database& db, TimePoint now, int generatedMembers) {
    Summary summary;
    try {
        Transaction tx(db);
        const TimePoint joined = now - std::chrono::days(400);
        Member john{
            demoUserId("john@example.com"), "john@example.com", "John", "Doe", std::string("+1234567890"), joined, now};
        Member jane{demoUserId("jane@example.com"), "jane@example.com", "Jane", "Smith", std::nullopt, joined, now};
        members::upsert(db, john);
        members::upsert(db, jane);
        summary.johnId = john.id;
        summary.janeId = jane.id;

        // Tonight: started 30 minutes ago, two hours long, so the door is open now.
        auto tonightStart = std::chrono::floor<std::chrono::minutes>(now) - 30min;
        Event tonight =
            makeEvent("tonight", "Friday Jazz Night", EventStatus::Scheduled, tonightStart, 2h, john.id, now);
        events::upsert(db, tonight);
        summary.tonightEventId = tonight.id;

        // The last eight weeks: completed, with John and Jane's attendance and points.
        for (int week = 1; week <= 8; ++week) {
            TimePoint start = tonightStart - std::chrono::days(7 * week);
            Event past = makeEvent("week-" + std::to_string(week), "Friday Jazz Night", EventStatus::Completed, start,
                                   2h, john.id, now);
            events::upsert(db, past);
            for (const Member* m : {&john, &jane}) {
                if (m == &jane && week % 2 == 0) continue;  // Jane comes every other week
                TimePoint in = start - (m == &john ? 5min : -10min);
                attendance::save(
                    db, AttendanceRecord{attendanceId(past.id, m->id), past.id, m->id, true, in, in + 2h + 5min, in});
                loyalty::save(db,
                              LoyaltyRecord{attendanceLoyaltyId(past.id, m->id), m->id, "Attended Friday Jazz Night",
                                            std::nullopt, 10, std::nullopt, in, std::nullopt});
            }
        }
        // Earlier history: John is a gold member, Jane silver.
        loyalty::save(db, LoyaltyRecord{demoId("loyalty:john-founder"), john.id, "Founding member bonus", Tier::Gold,
                                        440, std::string("Free drink"), joined, std::nullopt});
        loyalty::save(db, LoyaltyRecord{demoId("loyalty:jane-welcome"), jane.id, "Welcome bonus", Tier::Silver, 70,
                                        std::nullopt, joined, std::nullopt});
        // Points that lapsed: they do not count.
        loyalty::save(db, LoyaltyRecord{demoId("loyalty:jane-expired"), jane.id, "Summer promotion", std::nullopt, 300,
                                        std::nullopt, joined, now - std::chrono::days(30)});

        // Next week's, and a cancelled one: neither admits tonight.
        events::upsert(db, makeEvent("next-week", "Friday Jazz Night", EventStatus::Scheduled,
                                     tonightStart + std::chrono::days(7), 2h, john.id, now));
        events::upsert(db, makeEvent("cancelled", "Sunday Book Club", EventStatus::Cancelled, tonightStart + 26h, 2h,
                                     jane.id, now));
        tx.commit();
    } catch (const StorageError& e) {
        return e.error();
    }
    if (auto generated = generateMembers(db, generatedMembers, 7, now); !generated) return generated.error();
    try {
        summary.members = members::count(db);
        summary.events = static_cast<std::int64_t>(events::all(db).size());
    } catch (const StorageError& e) {
        return e.error();
    }
    return summary;
}

}  // namespace credopass::demo
