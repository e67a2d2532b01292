// The door's fonts as Dear ImGui builds them (the atlas is built on the CPU:
// no display needed): every name in the roster draws, in any script.
#include "common/text.hpp"
#include "kiosk/ui/theme.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace credopass;
using namespace credopass::kiosk::ui;

namespace {

const FontFiles kDebianFonts{
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    {"/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", "/usr/share/fonts/truetype/nanum/NanumGothic.ttf"}};

// Names from a real roster: Polish, Vietnamese, Chinese, Japanese, Korean, Hebrew, Arabic, Greek, Cyrillic.
const char* const kRoster = "Łukasz Żółć Nguyễn Thị Hương 王芳 李小龍 さくら 김민준 שרה כהן فاطمة Σοφία Ольга";

struct ImGuiContextScope {
    ImGuiContextScope() { ImGui::CreateContext(); }
    ~ImGuiContextScope() { ImGui::DestroyContext(); }
};

bool draws(const ImFont* font, char32_t c) {
    return font->FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr;
}

}  // namespace

TEST_CASE("every character of the roster's names is in the atlas, at every size") {
    for (const auto& f : kDebianFonts.fallbacks)
        REQUIRE(std::filesystem::exists(f));  // scripts/lib/packages.txt installs them
    ImGuiContextScope imgui;
    const std::u32string roster = distinctCodePoints(kRoster);
    auto theme = loadTheme(kDebianFonts, 800, 480, roster);
    REQUIRE(theme);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    ImGui::GetIO().Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);  // builds the atlas
    REQUIRE(pixels);
    for (const ImFont* font : {theme->small, theme->member, theme->body, theme->title, theme->clock})
        for (char32_t c : roster)
            if (c != U' ') {
                INFO("U+" << std::hex << static_cast<unsigned>(c) << " at " << font->FontSize << " px");
                CHECK(draws(font, c));
            }
    CHECK(theme->extraGlyphs.size() ==
          static_cast<std::size_t>(std::count_if(roster.begin(), roster.end(), [](char32_t c) { return c > 0x7F; })));
}

TEST_CASE("without the roster's characters, or without the fallback font, the door still has its own") {
    ImGuiContextScope imgui;
    auto plain = loadTheme(kDebianFonts, 800, 480);
    REQUIRE(plain);
    ImGui::GetIO().Fonts->Build();
    CHECK(draws(plain->title, U'Ł'));         // the catalogues' Polish
    CHECK_FALSE(draws(plain->title, U'王'));  // not asked for: not in the atlas

    FontFiles noFallback = kDebianFonts;
    noFallback.fallbacks = {"/nonexistent/font.ttf"};
    auto partial = loadTheme(noFallback, 800, 480, distinctCodePoints("Nguyễn 王芳 שרה"));
    REQUIRE(partial);  // a missing fallback is not an error: DejaVu draws what it can
    ImGui::GetIO().Fonts->Build();
    CHECK(draws(partial->title, U'ễ'));
    CHECK(draws(partial->title, U'ש'));
    CHECK_FALSE(draws(partial->title, U'王'));
}

TEST_CASE("a huge roster is capped rather than growing the atlas without bound") {
    ImGuiContextScope imgui;
    std::u32string many;
    for (char32_t c = 0x4E00; c < 0x4E00 + kMaxExtraGlyphs + 500; ++c)
        many.push_back(c);
    auto theme = loadTheme(kDebianFonts, 800, 480, many);
    REQUIRE(theme);
    CHECK(theme->extraGlyphs.size() == kMaxExtraGlyphs);
}
