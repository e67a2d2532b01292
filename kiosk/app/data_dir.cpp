#include "kiosk/app/data_dir.hpp"

namespace credopass::kiosk {

std::optional<std::filesystem::path> findDataDir() {
    std::error_code ec;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (ec) return std::nullopt;
    auto dir = (exe.parent_path() / ".." / "share" / "credopass").lexically_normal();
    if (!std::filesystem::is_directory(dir, ec)) return std::nullopt;
    return dir;
}

}  // namespace credopass::kiosk
