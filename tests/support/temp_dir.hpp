#pragma once
// A fresh directory under $TMPDIR (or /tmp), removed with everything in it.
// Tests use real files on disk, never :memory:.

#include <filesystem>
#include <string>

namespace credopass::test {

class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return path_; }
    std::string file(const std::string& name) const { return (path_ / name).string(); }

private:
    std::filesystem::path path_;
};

}  // namespace credopass::test
