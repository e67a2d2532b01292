// Reading HQ's member list: the whole DOM at once (as the pull did) beside one
// element at a time (core/hq_json_list.hpp), each in a fresh process of its
// own (this program again) so its peak memory is its own. Same body, read
// from the same file, same conversion to records.
//
//   bench_list_parse [--members 100000] [--dir /tmp]
#include "common/uuid.hpp"
#include "core/hq_json.hpp"
#include "core/hq_json_list.hpp"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

using namespace credopass;
using nlohmann::json;

namespace {

// A body as HQ writes /api/users: one object per member, HQ's field names.
std::string rosterBody(int members) {
    const TimePoint at = *parseIso("2026-11-01T18:00:00.000Z");
    json list = json::array();
    for (int i = 0; i < members; ++i) {
        const std::string n = std::to_string(i);
        list.push_back(
            hqjson::toJson(Member{Uuid::nameBased(credopassNamespace(), "m" + n).toString(),
                                  "member" + n + "@example.org", "First" + n, "Last" + n, "+44 20 7946 " + n, at, at}));
    }
    return list.dump();
}

std::size_t readWhole(const std::string& text) {
    auto list = hqjson::parseBody(text);
    std::vector<Member> out;
    for (const auto& item : *list)
        if (auto m = hqjson::memberFromJson(item)) out.push_back(std::move(m).value());
    return out.size();
}

std::size_t readEach(const std::string& text) {
    std::vector<Member> out;
    auto read = hqjson::forEachInList(
        text,
        [&](const json& item) {
            if (auto m = hqjson::memberFromJson(item)) out.push_back(std::move(m).value());
        },
        hqjson::kMaxDepth);
    return read ? out.size() : 0;
}

// The child: reads the body from `file` the way `how` says, prints the figures.
int child(const std::string& how, const std::string& file) {
    std::ifstream in(file, std::ios::binary);
    const std::string body((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto t0 = std::chrono::steady_clock::now();
    const std::size_t members = how == "whole" ? readWhole(body) : readEach(body);
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    rusage use{};
    getrusage(RUSAGE_SELF, &use);
    std::printf("  %-22s %zu members in %.0f ms, peak resident %.0f MB (the body's %.0f MB included)\n",
                how == "whole" ? "whole DOM, then records" : "element by element", members, ms,
                static_cast<double>(use.ru_maxrss) / 1024.0, static_cast<double>(body.size()) / 1048576.0);
    return 0;
}

void measure(const char* how, const std::string& file) {
    std::fflush(stdout);
    const pid_t pid = fork();
    if (pid == 0) {
        execl("/proc/self/exe", "bench_list_parse", "--child", how, file.c_str(), nullptr);
        _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc == 4 && std::string(argv[1]) == "--child") return child(argv[2], argv[3]);
    int members = 100'000;
    std::string dir = std::filesystem::temp_directory_path().string();
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::string(argv[i]) == "--members") members = std::atoi(argv[i + 1]);
        if (std::string(argv[i]) == "--dir") dir = argv[i + 1];
    }
    const std::string file = dir + "/bench-list-parse.json";
    {
        const std::string body = rosterBody(members);
        std::ofstream(file, std::ios::binary) << body;
        std::printf("bench_list_parse: %d members, body %.1f MB\n", members, static_cast<double>(body.size()) / 1e6);
    }
    measure("whole", file);
    measure("each", file);
    std::filesystem::remove(file);
    return 0;
}
