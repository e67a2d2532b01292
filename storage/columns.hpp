#pragma once
// Reading and writing our column conventions (ISO 8601 text times).

#include "common/time.hpp"
#include "storage/sqlite_error.hpp"
#include "storage/statement.hpp"

namespace credopass::storage {

inline TimePoint timeColumn(const Statement& s, int column) {
    auto t = parseIso(s.text(column));
    if (!t) throw StorageError(Error{StorageErrc::Corrupt, "a stored time is not ISO 8601: '" + s.text(column) + "'"});
    return *t;
}

inline std::optional<TimePoint> optionalTimeColumn(const Statement& s, int column) {
    if (s.isNull(column)) return std::nullopt;
    return timeColumn(s, column);
}

inline std::optional<std::string> optionalIso(const std::optional<TimePoint>& t) {
    if (!t) return std::nullopt;
    return formatIso(*t);
}

}  // namespace credopass::storage
