#pragma once
// Type sizes and colours, from the display size. Read from two metres: the
// smallest text is about 1/24 of the short side, titles about 1/9. High
// contrast throughout; tones pair a colour with an icon and words.

#include "common/result.hpp"
#include "words/result_view.hpp"

#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

namespace credopass::kiosk::ui {

struct ToneColours {
    ImU32 background;
    ImU32 text;
};

struct Theme {
    float unit = 1.0f;         // 1.0 on the 800x480 touchscreen
    ImFont* small = nullptr;   // staff screens' secondary text
    ImFont* member = nullptr;  // secondary text a member reads from two metres (idle)
    ImFont* body = nullptr;
    ImFont* title = nullptr;
    ImFont* clock = nullptr;

    static constexpr ImU32 kBackground = IM_COL32(12, 20, 38, 255);
    static constexpr ImU32 kPanel = IM_COL32(28, 40, 66, 255);
    static constexpr ImU32 kRaised = IM_COL32(46, 64, 102, 255);  // a row of a touch list, on a panel
    static constexpr ImU32 kText = IM_COL32(255, 255, 255, 255);
    static constexpr ImU32 kMuted = IM_COL32(190, 200, 220, 255);
    static constexpr ImU32 kAccent = IM_COL32(90, 170, 255, 255);
    static constexpr ImU32 kOnAccent = IM_COL32(0, 0, 0, 255);     // text on an accent (active) button
    static constexpr ImU32 kDanger = IM_COL32(140, 31, 41, 255);   // buttons that end something: Lock, Exit
    static constexpr ImU32 kNotice = IM_COL32(255, 210, 90, 255);  // staff messages, the PIN pad's answer
    static constexpr ImU32 kTransparent = IM_COL32(0, 0, 0, 0);    // a button that is only its label

    ToneColours tone(words::Tone t) const;  // a full-screen result: background and text
    ImU32 toneText(words::Tone t) const;    // a tone as text on the dark panels (recent scans)
    float px(float at480) const { return at480 * unit; }

    std::u32string extraGlyphs;  // what `extra` asked for, to tell when a roster brings new ones
};

struct FontFiles {
    std::string regular;
    std::string bold;
    std::vector<std::string> fallbacks;  // merged in, in order, for what the others lack; missing ones skipped
};

// Loads the fonts at sizes for a display of width x height, with the
// catalogues' characters and `extra` (the roster's names: DoorStatus::
// nameGlyphs), those DejaVu lacks from the fallback font. Dear ImGui 1.86
// draws only what its atlas holds, so new names mean a new atlas
// (kiosk_loop rebuilds it). Errors: font_missing (the path is in the
// message: install fonts-dejavu-core or set screen.font).
Result<Theme> loadTheme(const FontFiles& files, int width, int height, std::u32string_view extra = {});
// The most roster characters an atlas takes: beyond it (a very large
// Chinese roster) the rarest are left out rather than grow the atlas past
// what a Raspberry Pi's GPU takes (see loadTheme).
inline constexpr std::size_t kMaxExtraGlyphs = 4000;
void applyStyle(const Theme& theme);

}  // namespace credopass::kiosk::ui
