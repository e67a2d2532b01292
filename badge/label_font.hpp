#pragma once
// Draws a line of UTF-8 text (a member's name) into a GrayImage with a
// TrueType font (stb_truetype). Printing a badge is the only use; the kiosk
// itself never renders text here.

#include "badge/gray_image.hpp"
#include "common/result.hpp"

#include <memory>
#include <string>
#include <string_view>

namespace credopass::badge {

// DejaVu Sans from fonts-dejavu-core.
inline constexpr const char* kDefaultLabelFont = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

class LabelFont {
public:
    // Errors: cannot_read, bad_font.
    static Result<LabelFont> load(const std::string& path = kDefaultLabelFont);
    ~LabelFont();
    LabelFont(LabelFont&&) noexcept;
    LabelFont& operator=(LabelFont&&) noexcept;

    int measure(std::string_view utf8, float pixelHeight) const;
    // Black text, baseline-aligned below `top`, darkening what is there.
    void draw(GrayImage& image, int left, int top, float pixelHeight, std::string_view utf8) const;
    // Draws centred at most `maxWidth` wide, shrinking the size to fit.
    void drawCentred(GrayImage& image, int centreX, int top, float pixelHeight, int maxWidth,
                     std::string_view utf8) const;

private:
    struct Impl;
    explicit LabelFont(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

// Code points of UTF-8 text; invalid sequences become U+FFFD.
std::u32string decodeUtf8(std::string_view text);

}  // namespace credopass::badge
