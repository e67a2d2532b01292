#include "storage/members.hpp"

#include "common/text_fold.hpp"

#include "storage/columns.hpp"

namespace credopass::storage::members {
namespace {

constexpr const char* kColumns = "id, email, firstName, lastName, phone, createdAt, updatedAt";

Member read(const Statement& s) {
    return Member{s.text(0), s.text(1), s.text(2), s.text(3), s.optionalText(4), timeColumn(s, 5), timeColumn(s, 6)};
}

std::vector<Member> readAll(Query& q) {
    std::vector<Member> out;
    while (q->step())
        out.push_back(read(*q));
    return out;
}

// LIKE treats % and _ as wildcards; a member searching for "50%" means the text.
std::string likePattern(std::string_view text) {
    std::string p = "%";
    for (char c : text) {
        if (c == '%' || c == '_' || c == '\\') p.push_back('\\');
        p.push_back(c);
    }
    p.push_back('%');
    return p;
}

}  // namespace

std::optional<Member> find(Database& db, std::string_view id) {
    auto q = db.query(std::string("SELECT ") + kColumns + " FROM users WHERE id = ?1");
    q->bind(1, id);
    if (!q->step()) return std::nullopt;
    return read(*q);
}

std::vector<Member> search(Database& db, std::string_view text, int limit) {
    // Case and accents folded on both sides (schema v6): "nunez" finds Núñez.
    auto q = db.query(std::string("SELECT ") + kColumns +
                      " FROM users WHERE searchKey LIKE ?1 ESCAPE '\\'"
                      " ORDER BY lastName COLLATE NOCASE, firstName COLLATE NOCASE LIMIT ?2");
    q->bind(1, likePattern(foldForSearch(text))).bind(2, limit);
    return readAll(q);
}

std::vector<Member> all(Database& db) {
    auto q = db.query(std::string("SELECT ") + kColumns +
                      " FROM users ORDER BY lastName COLLATE NOCASE, firstName COLLATE NOCASE");
    return readAll(q);
}

std::vector<std::string> ids(Database& db) {
    auto q = db.query("SELECT id FROM users");
    std::vector<std::string> out;
    while (q->step())
        out.push_back(q->text(0));
    return out;
}

std::int64_t count(Database& db) {
    auto q = db.query("SELECT count(*) FROM users");
    q->step();
    return q->integer(0);
}

void upsert(Database& db, const Member& m) {
    auto q = db.query(
        "INSERT INTO users (id, email, firstName, lastName, phone, createdAt, updatedAt, searchKey)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, credopass_fold(?3 || ' ' || ?4 || char(31) || ?2))"
        " ON CONFLICT (id) DO UPDATE SET email = excluded.email, firstName = excluded.firstName,"
        " lastName = excluded.lastName, phone = excluded.phone, createdAt = excluded.createdAt,"
        " updatedAt = excluded.updatedAt, searchKey = excluded.searchKey");
    q->bind(1, m.id).bind(2, m.email).bind(3, m.firstName).bind(4, m.lastName).bind(5, m.phone);
    q->bind(6, formatIso(m.createdAt)).bind(7, formatIso(m.updatedAt));
    q->run();
}

void moveEmailAside(Database& db, std::string_view id) {
    auto q = db.query("UPDATE users SET email = id || '@moving.invalid' WHERE id = ?1");
    q->bind(1, id);
    q->run();
}

bool remove(Database& db, std::string_view id) {
    auto q = db.query("DELETE FROM users WHERE id = ?1");
    q->bind(1, id);
    q->run();
    return db.changes() > 0;
}

std::string allNameText(Database& db) {
    auto q = db.query("SELECT firstName || lastName FROM users");
    std::string out;
    while (q->step())
        out += q->text(0);
    return out;
}

}  // namespace credopass::storage::members
