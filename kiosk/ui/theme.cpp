#include "kiosk/ui/theme.hpp"

#include <algorithm>
#include <filesystem>
#include <vector>

namespace credopass::kiosk::ui {
namespace {

// Latin-1 and Latin Extended-A (the catalogues' languages: Polish ł, ś, ż...),
// plus the punctuation our texts use (dashes, quotes „…“, narrow no-break
// space, middle dot, ellipsis, arrows, check marks).
const ImWchar kGlyphs[] = {0x0020, 0x017F, 0x2013, 0x2014, 0x2018, 0x201E, 0x2022, 0x2026,
                           0x202F, 0x202F, 0x2190, 0x2193, 0x2713, 0x2717, 0};

// The ranges the atlas is built from. Dear ImGui's atlas is global and keeps
// pointers into them until it is cleared, so they live beside it, replaced
// only right after io.Fonts->Clear().
std::vector<ImWchar> atlasRanges;
std::vector<ImWchar> fallbackRanges;

}  // namespace

ToneColours Theme::tone(words::Tone t) const {
    switch (t) {
        case words::Tone::Success: return {IM_COL32(20, 120, 60, 255), IM_COL32(255, 255, 255, 255)};
        case words::Tone::Info: return {IM_COL32(24, 82, 160, 255), IM_COL32(255, 255, 255, 255)};
        case words::Tone::Warning: return {IM_COL32(245, 176, 0, 255), IM_COL32(20, 20, 20, 255)};
        case words::Tone::Error: return {IM_COL32(176, 20, 36, 255), IM_COL32(255, 255, 255, 255)};
    }
    return {kBackground, kText};
}

ImU32 Theme::toneText(words::Tone t) const {
    switch (t) {
        case words::Tone::Error: return IM_COL32(255, 140, 140, 255);
        case words::Tone::Warning: return kNotice;
        case words::Tone::Success:
        case words::Tone::Info: return IM_COL32(150, 230, 170, 255);
    }
    return kText;
}

Result<Theme> loadTheme(const FontFiles& files, int width, int height, std::u32string_view extra) {
    for (const auto& path : {files.regular, files.bold})
        if (!std::filesystem::exists(path))
            return Error{FileErrc::FontMissing, "font " + path +
                                                    " not found: install fonts-dejavu-core, or set screen.font and "
                                                    "screen.bold_font in the configuration"};
    Theme theme;
    theme.unit = std::clamp(static_cast<float>(std::min(width, height)) / 480.0f, 0.6f, 4.0f);
    // Dear ImGui as Debian builds it holds 16-bit characters: the Basic
    // Multilingual Plane, where every living script's letters are.
    for (char32_t c : extra)
        if (c > 0x7F && c <= 0xFFFF && theme.extraGlyphs.size() < kMaxExtraGlyphs) theme.extraGlyphs.push_back(c);
    ImFontGlyphRangesBuilder all;
    all.AddRanges(kGlyphs);
    ImFontGlyphRangesBuilder extraOnly;
    for (char32_t c : theme.extraGlyphs) {
        all.AddChar(static_cast<ImWchar>(c));
        extraOnly.AddChar(static_cast<ImWchar>(c));
    }
    std::vector<std::string> fallbacks;
    if (!theme.extraGlyphs.empty())
        for (const auto& path : files.fallbacks)
            if (std::filesystem::exists(path)) fallbacks.push_back(path);

    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    ImVector<ImWchar> built;
    all.BuildRanges(&built);
    atlasRanges.assign(built.begin(), built.end());
    built.clear();
    extraOnly.BuildRanges(&built);
    fallbackRanges.assign(built.begin(), built.end());
    ImFontConfig cfg;
    cfg.OversampleH = 1;  // big type needs no sub-pixel oversampling; keeps the atlas small
    cfg.OversampleV = 1;
    // Each size: DejaVu first (it claims every character it has), then the
    // fallback merged in for the rest of the roster's (CJK). Merging never
    // overwrites a glyph already there.
    auto add = [&](const std::string& path, float size) {
        ImFont* font = io.Fonts->AddFontFromFileTTF(path.c_str(), size, &cfg, atlasRanges.data());
        for (const auto& fallback : fallbacks) {
            if (!font) break;
            ImFontConfig merge = cfg;
            merge.MergeMode = true;
            io.Fonts->AddFontFromFileTTF(fallback.c_str(), size, &merge, fallbackRanges.data());
        }
        return font;
    };
    theme.small = add(files.regular, theme.px(20));
    // DejaVu's capitals are 0.73 em: 32 px type has 23 px capitals, 4.5 mm on
    // the 7" 800x480 panel (0.19 mm a pixel), where 20 px type had 2.8 mm.
    theme.member = add(files.regular, theme.px(32));
    theme.body = add(files.bold, theme.px(30));
    theme.title = add(files.bold, theme.px(50));
    theme.clock = add(files.regular, theme.px(38));
    if (!theme.small || !theme.member || !theme.body || !theme.title || !theme.clock)
        return Error{FileErrc::FontMissing, "cannot load the fonts " + files.regular + " / " + files.bold};
    io.FontDefault = theme.small;
    return theme;
}

void applyStyle(const Theme& theme) {
    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle();
    ImGui::StyleColorsDark(&style);
    style.WindowRounding = 0;
    style.WindowBorderSize = 0;
    style.FrameRounding = theme.px(8);
    style.GrabRounding = theme.px(8);
    style.FramePadding = ImVec2(theme.px(14), theme.px(10));
    style.ItemSpacing = ImVec2(theme.px(10), theme.px(10));
    style.WindowPadding = ImVec2(theme.px(16), theme.px(12));
    style.ScrollbarSize = theme.px(28);  // a finger must hit it
    style.GrabMinSize = theme.px(28);
    style.TouchExtraPadding = ImVec2(theme.px(4), theme.px(4));
    style.Colors[ImGuiCol_WindowBg] = ImGui::ColorConvertU32ToFloat4(Theme::kBackground);
    style.Colors[ImGuiCol_ChildBg] = ImGui::ColorConvertU32ToFloat4(Theme::kPanel);
    style.Colors[ImGuiCol_Button] = ImVec4(0.20f, 0.32f, 0.55f, 1.0f);
    style.Colors[ImGuiCol_ButtonHovered] = ImVec4(0.26f, 0.40f, 0.68f, 1.0f);
    style.Colors[ImGuiCol_ButtonActive] = ImVec4(0.32f, 0.50f, 0.80f, 1.0f);
    style.Colors[ImGuiCol_Text] = ImVec4(1, 1, 1, 1);
    style.Colors[ImGuiCol_FrameBg] = ImVec4(0.16f, 0.22f, 0.34f, 1.0f);
}

}  // namespace credopass::kiosk::ui
