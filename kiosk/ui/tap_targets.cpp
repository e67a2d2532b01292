#include "kiosk/ui/tap_targets.hpp"

#include <imgui.h>

#include <cmath>
#include <map>
#include <utility>

namespace credopass::kiosk::ui {
namespace {

struct Taps {
    bool on = false;
    std::map<std::string, std::pair<int, int>, std::less<>> told;  // as last told
    std::map<std::string, std::pair<int, int>, std::less<>> frame;
};

Taps& taps() {
    static Taps t;  // the UI thread's only
    return t;
}

}  // namespace

void startTellingTaps() {
    taps().on = true;
}

bool tellingTaps() {
    return taps().on;
}

void noteTap(std::string_view name, float x, float y) {
    if (!taps().on) return;
    taps().frame[std::string(name)] = {static_cast<int>(std::lround(x)), static_cast<int>(std::lround(y))};
}

void noteTapTarget(std::string_view name) {
    if (!taps().on) return;
    // Only where a finger would land on it: its centre inside the list or
    // window that clips it (a button half scrolled away is not told).
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    const ImVec2 centre((a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f);
    ImDrawList* clip = ImGui::GetWindowDrawList();
    const ImVec2 lo = clip->GetClipRectMin(), hi = clip->GetClipRectMax();
    if (centre.x < lo.x || centre.x > hi.x || centre.y < lo.y || centre.y > hi.y) return;
    noteTap(name, centre.x, centre.y);
}

std::vector<std::string> tapChanges() {
    std::vector<std::string> lines;
    Taps& t = taps();
    if (!t.on) return lines;
    for (const auto& [name, at] : t.frame) {
        auto it = t.told.find(name);
        if (it != t.told.end() && it->second == at) continue;
        lines.push_back("tap " + name + " at " + std::to_string(at.first) + " " + std::to_string(at.second));
        t.told[name] = at;
    }
    // A target gone from the screen is told again when it comes back.
    for (auto it = t.told.begin(); it != t.told.end();)
        it = t.frame.count(it->first) != 0 ? std::next(it) : t.told.erase(it);
    t.frame.clear();
    return lines;
}

}  // namespace credopass::kiosk::ui
