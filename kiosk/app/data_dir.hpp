#pragma once
// Where the kiosk's own files (its sounds) are: found from the binary's own
// place, never a path baked in at build time, so an installed kiosk needs no
// source checkout and a moved build tree still works. One rule for both:
//   installed:  /usr/bin/credopass-kiosk        -> /usr/share/credopass
//   build tree: build/kiosk/ui/credopass-kiosk  -> build/kiosk/share/credopass
//               (CMake copies assets/ there after each build)

#include <filesystem>
#include <optional>

namespace credopass::kiosk {

// <directory of the running binary>/../share/credopass, if it exists.
std::optional<std::filesystem::path> findDataDir();

}  // namespace credopass::kiosk
