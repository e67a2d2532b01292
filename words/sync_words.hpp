#pragma once
// What a volunteer reads about a failed sync: what happened and what to do,
// not libcurl's words ("Couldn't resolve host name"). The code's own message
// stays available as details for whoever fixes it.

#include "common/error.hpp"

#include <string>

namespace credopass::words {

std::string syncProblem(const ErrorCode& code);

}  // namespace credopass::words
