#include "kiosk/app/demo_frames.hpp"

#include "badge/qr_render.hpp"

#include <cstdio>
#include <filesystem>

namespace credopass::kiosk {

Status writeDemoFrames(const std::string& dir, const std::vector<std::string>& badgeTexts, double fps,
                       double gapSeconds) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) return Error{FileErrc::CannotWrite, "cannot create " + dir + ": " + ec.message()};
    constexpr int kWidth = 640, kHeight = 480;
    const badge::GrayImage empty(kWidth, kHeight, 140);  // a grey wall
    const int gapFrames = std::max(1, static_cast<int>(gapSeconds * fps));
    const int heldFrames = std::max(1, static_cast<int>(fps));
    int n = 0;
    // Each distinct picture is encoded once; repeats are hard links to it
    // (a replay is a sequence of files, and PNG encoding is the slow part).
    std::string emptyPath;
    auto frame = [&](const badge::GrayImage& image, std::string& firstPath) -> Status {
        char name[32];
        std::snprintf(name, sizeof name, "/%05d.png", ++n);
        std::string path = dir + name;
        if (!firstPath.empty()) {
            std::error_code linkError;
            std::filesystem::create_hard_link(firstPath, path, linkError);
            if (!linkError) return {};
        }
        firstPath = path;
        return badge::writePng(image, path);
    };
    for (const std::string& text : badgeTexts) {
        auto qr = badge::renderQr(text, 6);
        if (!qr) return qr.error();
        badge::GrayImage held = empty;
        held.paste(*qr, (kWidth - qr->width) / 2, (kHeight - qr->height) / 2);
        std::string heldPath;
        for (int i = 0; i < gapFrames; ++i)
            if (auto s = frame(empty, emptyPath); !s) return s;
        for (int i = 0; i < heldFrames; ++i)
            if (auto s = frame(held, heldPath); !s) return s;
    }
    for (int i = 0; i < gapFrames; ++i)
        if (auto s = frame(empty, emptyPath); !s) return s;
    return {};
}

}  // namespace credopass::kiosk
