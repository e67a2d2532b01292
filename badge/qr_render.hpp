#pragma once
// Printable badges: a QR code (ZXing-cpp's encoder, error correction M), the
// member's name under it, and a sheet of many badges for batch printing.

#include "badge/gray_image.hpp"
#include "badge/label_font.hpp"
#include "common/result.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace credopass::badge {

// The QR code alone: `moduleSize` pixels per module and the standard 4-module
// quiet zone. Errors: too_long (more than a QR code holds).
Result<GrayImage> renderQr(std::string_view text, int moduleSize);

struct BadgeCard {
    std::string text;   // the badge text the QR code carries
    std::string label;  // the member's name; empty for none
};

// One badge: the QR code with the label centred beneath it (the label is
// skipped, not an error, when `font` is null).
Result<GrayImage> renderBadgeCard(const BadgeCard& card, int moduleSize, const LabelFont* font);

struct SheetLayout {
    int width = 1240;  // A4 at 150 dpi
    int height = 1754;
    int columns = 3;
    int rows = 4;
    int margin = 60;
};

// Badges laid out in a grid, one page per `columns * rows` badges.
Result<std::vector<GrayImage>> renderSheets(const std::vector<BadgeCard>& cards, const SheetLayout& layout,
                                            const LabelFont* font);

}  // namespace credopass::badge
