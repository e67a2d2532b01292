#pragma once
// Where the product's own files are (sounds, translations): found from the
// binary's own place, never a path baked in at build time, so an installed
// kiosk needs no source checkout and a moved build tree still works. One rule:
//   installed:  /usr/bin/credopass-kiosk        -> /usr/share/<name>
//   build tree: build/kiosk/ui/credopass-kiosk  -> build/kiosk/share/<name>
//               (CMake copies assets/ and the catalogues there after each build)

#include <filesystem>
#include <optional>
#include <string_view>

namespace credopass {

// <directory of the running binary>/../share/<name>, if it exists:
// "credopass" (sounds), "locale" (the gettext catalogues).
std::optional<std::filesystem::path> findShareDir(std::string_view name);

}  // namespace credopass
