#include "core/record_ids.hpp"

#include "common/text.hpp"
#include "common/uuid.hpp"

namespace credopass {

// Ids are lowercased first: HQ may hand us either case, the id must not change.
std::string attendanceId(std::string_view eventId, std::string_view patronId) {
    return Uuid::nameBased(credopassNamespace(), "attendance:" + toLower(eventId) + ":" + toLower(patronId)).toString();
}

std::string attendanceLoyaltyId(std::string_view eventId, std::string_view patronId) {
    return Uuid::nameBased(credopassNamespace(), "loyalty:attended:" + toLower(eventId) + ":" + toLower(patronId))
        .toString();
}

}  // namespace credopass
