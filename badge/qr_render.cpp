#include "badge/qr_render.hpp"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <algorithm>
#include <exception>

namespace credopass::badge {
namespace {

constexpr int kQuietZoneModules = 4;
// ZXing's 0..8 scale; 4 is QR level M (about 15% of the code may be lost).
constexpr int kEccLevelM = 4;

Result<ZXing::BitMatrix> encode(std::string_view text) {
    try {
        ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
        writer.setEccLevel(kEccLevelM).setMargin(0).setEncoding(ZXing::CharacterSet::UTF8);
        return writer.encode(std::string(text), 0, 0);
    } catch (const std::exception& e) {
        return Error{InputErrc::TooLong, std::string("cannot encode the badge as a QR code: ") + e.what()};
    }
}

}  // namespace

Result<GrayImage> renderQr(std::string_view text, int moduleSize) {
    auto matrix = encode(text);
    if (!matrix) return matrix.error();
    moduleSize = std::max(1, moduleSize);
    int modules = matrix->width() + 2 * kQuietZoneModules;
    GrayImage image(modules * moduleSize, modules * moduleSize, 255);
    for (int my = 0; my < matrix->height(); ++my) {
        for (int mx = 0; mx < matrix->width(); ++mx) {
            if (!matrix->get(mx, my)) continue;
            int x0 = (mx + kQuietZoneModules) * moduleSize;
            int y0 = (my + kQuietZoneModules) * moduleSize;
            for (int y = y0; y < y0 + moduleSize; ++y)
                std::fill_n(image.pixels.begin() + static_cast<std::ptrdiff_t>(y) * image.width + x0, moduleSize, 0);
        }
    }
    return image;
}

Result<GrayImage> renderBadgeCard(const BadgeCard& card, int moduleSize, const LabelFont* font) {
    auto qr = renderQr(card.text, moduleSize);
    if (!qr || !font || card.label.empty()) return qr;
    // The label sits in the lower quiet zone and below it, so the code keeps
    // its full quiet zone: text touching the code would stop it decoding.
    float pixelHeight = static_cast<float>(std::max(16, qr->width / 12));
    int labelBand = static_cast<int>(pixelHeight * 1.6F);
    GrayImage out(qr->width, qr->height + labelBand, 255);
    out.paste(*qr, 0, 0);
    font->drawCentred(out, out.width / 2, qr->height - moduleSize, pixelHeight, out.width - 2 * moduleSize, card.label);
    return out;
}

Result<std::vector<GrayImage>> renderSheets(const std::vector<BadgeCard>& cards, const SheetLayout& layout,
                                            const LabelFont* font) {
    std::vector<GrayImage> pages;
    int perPage = std::max(1, layout.columns * layout.rows);
    int cellW = (layout.width - 2 * layout.margin) / std::max(1, layout.columns);
    int cellH = (layout.height - 2 * layout.margin) / std::max(1, layout.rows);
    for (std::size_t i = 0; i < cards.size(); ++i) {
        int slot = static_cast<int>(i % static_cast<std::size_t>(perPage));
        if (slot == 0) pages.emplace_back(layout.width, layout.height, 255);
        auto matrix = encode(cards[i].text);
        if (!matrix) return matrix.error();
        // The largest whole module size that leaves room for the label.
        int modules = matrix->width() + 2 * kQuietZoneModules;
        int moduleSize = std::max(1, std::min(cellW, cellH * 4 / 5) / modules);
        auto card = renderBadgeCard(cards[i], moduleSize, font);
        if (!card) return card.error();
        int col = slot % layout.columns;
        int row = slot / layout.columns;
        int x = layout.margin + col * cellW + (cellW - card->width) / 2;
        int y = layout.margin + row * cellH + (cellH - card->height) / 2;
        pages.back().paste(*card, x, y);
    }
    return pages;
}

}  // namespace credopass::badge
