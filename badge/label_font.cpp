#include "badge/label_font.hpp"

#include <stb_truetype.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iterator>
#include <vector>

namespace credopass::badge {

struct LabelFont::Impl {
    std::vector<unsigned char> data;
    stbtt_fontinfo info{};
};

LabelFont::LabelFont(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
LabelFont::~LabelFont() = default;
LabelFont::LabelFont(LabelFont&&) noexcept = default;
LabelFont& LabelFont::operator=(LabelFont&&) noexcept = default;

Result<LabelFont> LabelFont::load(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{FileErrc::CannotRead, "cannot read the font " + path + " (install fonts-dejavu-core)"};
    auto impl = std::make_unique<Impl>();
    impl->data.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    int offset = impl->data.empty() ? -1 : stbtt_GetFontOffsetForIndex(impl->data.data(), 0);
    if (offset < 0 || stbtt_InitFont(&impl->info, impl->data.data(), offset) == 0)
        return Error{FileErrc::BadFont, path + " is not a TrueType font"};
    return LabelFont(std::move(impl));
}

int LabelFont::measure(std::string_view utf8, float pixelHeight) const {
    float scale = stbtt_ScaleForPixelHeight(&impl_->info, pixelHeight);
    float width = 0;
    std::u32string text = decodeUtf8(utf8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        int advance = 0, bearing = 0;
        stbtt_GetCodepointHMetrics(&impl_->info, static_cast<int>(text[i]), &advance, &bearing);
        width += static_cast<float>(advance) * scale;
        if (i + 1 < text.size())
            width += scale * static_cast<float>(stbtt_GetCodepointKernAdvance(&impl_->info, static_cast<int>(text[i]),
                                                                              static_cast<int>(text[i + 1])));
    }
    return static_cast<int>(std::lround(width));
}

void LabelFont::draw(GrayImage& image, int left, int top, float pixelHeight, std::string_view utf8) const {
    const stbtt_fontinfo* info = &impl_->info;
    float scale = stbtt_ScaleForPixelHeight(info, pixelHeight);
    int ascent = 0, descent = 0, lineGap = 0;
    stbtt_GetFontVMetrics(info, &ascent, &descent, &lineGap);
    int baseline = top + static_cast<int>(static_cast<float>(ascent) * scale);
    float x = static_cast<float>(left);
    std::u32string text = decodeUtf8(utf8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        int cp = static_cast<int>(text[i]);
        int w = 0, h = 0, xoff = 0, yoff = 0;
        unsigned char* glyph = stbtt_GetCodepointBitmap(info, scale, scale, cp, &w, &h, &xoff, &yoff);
        for (int gy = 0; gy < h; ++gy) {
            for (int gx = 0; gx < w; ++gx) {
                int px = static_cast<int>(x) + xoff + gx;
                int py = baseline + yoff + gy;
                if (px < 0 || py < 0 || px >= image.width || py >= image.height) continue;
                int ink = glyph[gy * w + gx];
                std::uint8_t& pixel = image.at(px, py);
                pixel = static_cast<std::uint8_t>(std::min<int>(pixel, 255 - ink));
            }
        }
        stbtt_FreeBitmap(glyph, nullptr);
        int advance = 0, bearing = 0;
        stbtt_GetCodepointHMetrics(info, cp, &advance, &bearing);
        x += static_cast<float>(advance) * scale;
        if (i + 1 < text.size())
            x += scale * static_cast<float>(stbtt_GetCodepointKernAdvance(info, cp, static_cast<int>(text[i + 1])));
    }
}

void LabelFont::drawCentred(GrayImage& image, int centreX, int top, float pixelHeight, int maxWidth,
                            std::string_view utf8) const {
    int width = measure(utf8, pixelHeight);
    if (width > maxWidth && width > 0) {
        pixelHeight *= static_cast<float>(maxWidth) / static_cast<float>(width);
        width = measure(utf8, pixelHeight);
    }
    draw(image, centreX - width / 2, top, pixelHeight, utf8);
}

std::u32string decodeUtf8(std::string_view text) {
    std::u32string out;
    std::size_t i = 0;
    while (i < text.size()) {
        auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
        unsigned char b = byte(i);
        int extra = b < 0x80 ? 0 : (b & 0xE0) == 0xC0 ? 1 : (b & 0xF0) == 0xE0 ? 2 : (b & 0xF8) == 0xF0 ? 3 : -1;
        char32_t cp = extra == 0 ? b : extra == 1 ? (b & 0x1FU) : extra == 2 ? (b & 0x0FU) : (b & 0x07U);
        bool valid = extra >= 0 && i + static_cast<std::size_t>(extra) < text.size();
        for (int k = 1; valid && k <= extra; ++k) {
            unsigned char c = byte(i + static_cast<std::size_t>(k));
            if ((c & 0xC0) != 0x80)
                valid = false;
            else
                cp = (cp << 6) | (c & 0x3FU);
        }
        static constexpr char32_t kMinimum[] = {0, 0x80, 0x800, 0x10000};
        if (valid && (cp < kMinimum[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))) valid = false;
        if (!valid) {
            out.push_back(U'\uFFFD');
            ++i;
            continue;
        }
        out.push_back(cp);
        i += static_cast<std::size_t>(extra) + 1;
    }
    return out;
}

}  // namespace credopass::badge
