#include "common/share_dir.hpp"

namespace credopass {

std::optional<std::filesystem::path> findShareDir(std::string_view name) {
    std::error_code ec;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (ec) return std::nullopt;
    auto dir = (exe.parent_path() / ".." / "share" / name).lexically_normal();
    if (!std::filesystem::is_directory(dir, ec)) return std::nullopt;
    return dir;
}

}  // namespace credopass
