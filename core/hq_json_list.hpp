#pragma once
// A list from HQ read one element at a time. The pull's lists are large (5 MB
// for 22,000 members, uncompressed) and their DOM is several times the text:
// built whole, a roster of 100,000 members took hundreds of megabytes on a
// board with one or two gigabytes. Read element by element, only one
// element's DOM exists at a time, and the caller keeps what it converts.

#include "common/result.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <functional>
#include <string_view>

namespace credopass::hqjson {

// Calls `item` with each element of the JSON list `body`, in order. Errors
// (NetErrc::Protocol): nested deeper than maxDepth (found by a scan before
// parsing), not JSON (elements before the fault were already given), or not a
// list. An empty list gives no element and no error.
Status forEachInList(std::string_view body, const std::function<void(const nlohmann::json&)>& item,
                     std::size_t maxDepth);

}  // namespace credopass::hqjson
