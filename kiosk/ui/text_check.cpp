#include "kiosk/ui/text_check.hpp"

#include <iostream>
#include <set>
#include <string>

namespace credopass::kiosk::ui {
namespace {

struct TextCheck {
    bool on = false;
    std::set<std::string> told;  // each line once: a redraw says nothing new
};

TextCheck& check() {
    static TextCheck c;
    return c;
}

void tell(std::string_view kind, std::string_view text) {
    std::string line = std::string(kind) + std::string(text);
    if (!check().told.insert(line).second) return;
    std::cout << "credopass-kiosk: text " << line << '\n' << std::flush;
}

// LogFinish hands the frame's log to the clipboard function: here, to us.
void frameLog(void* /*user*/, const char* text) {
    std::string_view all(text);
    while (!all.empty()) {
        const auto end = all.find('\n');
        std::string_view line = all.substr(0, end);
        while (!line.empty() && (line.front() == ' ' || line.front() == '\r'))
            line.remove_prefix(1);
        while (!line.empty() && (line.back() == ' ' || line.back() == '\r'))
            line.remove_suffix(1);
        if (!line.empty()) tell("shown: ", line);
        if (end == std::string_view::npos) break;
        all.remove_prefix(end + 1);
    }
}

}  // namespace

void startTextCheck() {
    check().on = true;
    ImGui::GetIO().SetClipboardTextFn = frameLog;
}

void beginFrameText() {
    if (check().on) ImGui::LogToClipboard();
}

void endFrameText() {
    if (check().on) ImGui::LogFinish();
}

void noteDrawnText(std::string_view text) {
    if (!check().on || text.empty()) return;
    ImGui::LogText("%.*s\n", static_cast<int>(text.size()), text.data());
}

void noteLabelFit(std::string_view label, float width, float room) {
    if (!check().on || room <= 0) return;
    label = label.substr(0, label.find("##"));
    if (width > room + 0.5f)
        tell("clipped: ",
             std::string(label) + " (" + std::to_string(int(width)) + " px in " + std::to_string(int(room)) + ")");
}

}  // namespace credopass::kiosk::ui
