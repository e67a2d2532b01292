#include "storage/loyalty.hpp"

#include "storage/columns.hpp"

namespace credopass::storage::loyalty {
namespace {

constexpr const char* kColumns = "id, patronId, description, tier, points, reward, issuedAt, expiresAt";

LoyaltyRecord read(const Statement& s) {
    std::optional<Tier> tier;
    if (!s.isNull(3)) {
        tier = parseTier(s.text(3));
        if (!tier) throw StorageError(Error{StorageErrc::Corrupt, "unknown loyalty tier '" + s.text(3) + "'"});
    }
    return LoyaltyRecord{s.text(0),
                         s.text(1),
                         s.text(2),
                         tier,
                         s.optionalInteger(4),
                         s.optionalText(5),
                         timeColumn(s, 6),
                         optionalTimeColumn(s, 7)};
}

}  // namespace

std::optional<LoyaltyRecord> findById(Database& db, std::string_view id) {
    auto q = db.query(std::string("SELECT ") + kColumns + " FROM loyalty WHERE id = ?1");
    q->bind(1, id);
    if (!q->step()) return std::nullopt;
    return read(*q);
}

void save(Database& db, const LoyaltyRecord& r) {
    auto q = db.query(
        "INSERT INTO loyalty (id, patronId, description, tier, points, reward, issuedAt, expiresAt)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
        " ON CONFLICT (id) DO UPDATE SET patronId = excluded.patronId, description = excluded.description,"
        " tier = excluded.tier, points = excluded.points, reward = excluded.reward,"
        " issuedAt = excluded.issuedAt, expiresAt = excluded.expiresAt");
    std::optional<std::string_view> tier;
    if (r.tier) tier = toString(*r.tier);
    q->bind(1, r.id).bind(2, r.patronId).bind(3, r.description).bind(4, tier).bind(5, r.points);
    q->bind(6, r.reward).bind(7, formatIso(r.issuedAt)).bind(8, optionalIso(r.expiresAt));
    q->run();
}

std::int64_t unexpiredPoints(Database& db, std::string_view patronId, TimePoint now) {
    auto q = db.query(
        "SELECT coalesce(sum(coalesce(points, 0)), 0) FROM loyalty"
        " WHERE patronId = ?1 AND (expiresAt IS NULL OR expiresAt > ?2)");
    q->bind(1, patronId).bind(2, formatIso(now));
    q->step();
    return q->integer(0);
}

std::vector<LoyaltyRecord> forMember(Database& db, std::string_view patronId) {
    auto q = db.query(std::string("SELECT ") + kColumns + " FROM loyalty WHERE patronId = ?1 ORDER BY issuedAt DESC");
    q->bind(1, patronId);
    std::vector<LoyaltyRecord> out;
    while (q->step())
        out.push_back(read(*q));
    return out;
}

std::vector<LoyaltyRecord> all(Database& db) {
    auto q = db.query(std::string("SELECT ") + kColumns + " FROM loyalty ORDER BY id");
    std::vector<LoyaltyRecord> out;
    while (q->step())
        out.push_back(read(*q));
    return out;
}

bool removeUnlessQueued(Database& db, std::string_view id) {
    auto q = db.query(
        "DELETE FROM loyalty WHERE id = ?1 AND NOT EXISTS"
        " (SELECT 1 FROM outbox WHERE entity = 'loyalty' AND entityId = ?1)");
    q->bind(1, id);
    q->run();
    return db.changes() > 0;
}

}  // namespace credopass::storage::loyalty
