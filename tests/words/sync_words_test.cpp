// What a volunteer reads when sync fails: words for every kind of failure.
#include "words/sync_words.hpp"

#include <catch2/catch.hpp>

using namespace credopass;
using namespace credopass::words;

TEST_CASE("every network failure has words a volunteer can act on, none of them libcurl's") {
    for (NetErrc c :
         {NetErrc::Connect, NetErrc::Timeout, NetErrc::Dropped, NetErrc::Tls, NetErrc::Aborted, NetErrc::Network,
          NetErrc::Credentials, NetErrc::HttpStatus, NetErrc::Protocol, NetErrc::Unavailable}) {
        const std::string words = syncProblem(c);
        INFO(codeName(c));
        CHECK_FALSE(words.empty());
        CHECK(words.find("curl") == std::string::npos);
    }
    CHECK(syncProblem(NetErrc::Connect).find("cannot be reached") != std::string::npos);
    CHECK(syncProblem(NetErrc::Credentials).find("token") != std::string::npos);
    CHECK(syncProblem(StorageErrc::DiskFull).find("storage") != std::string::npos);
}
