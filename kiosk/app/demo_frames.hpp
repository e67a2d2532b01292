#pragma once
// A replayed camera for the demo: PNG frames of an empty scene and, in turn,
// each demo badge held up in front of the lens. Replayed in a loop by
// FrameDirectorySource, it checks the demo members in (and, on a later round,
// out) with no camera attached.

#include "common/result.hpp"

#include <string>
#include <vector>

namespace credopass::kiosk {

// Writes the frames into `dir` (created if missing); at `fps`, each badge is
// in view for about a second, with `gapSeconds` of empty scene around it.
Status writeDemoFrames(const std::string& dir, const std::vector<std::string>& badgeTexts, double fps,
                       double gapSeconds = 6.0);

}  // namespace credopass::kiosk
