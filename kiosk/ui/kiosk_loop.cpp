#include "kiosk/ui/kiosk_loop.hpp"

#include "kiosk/app/sync_view.hpp"
#include "kiosk/ui/screen.hpp"

#include <imgui.h>
#include <imgui_impl_sdl.h>

#include <array>
#include <cstdio>
#include <filesystem>

namespace credopass::kiosk::ui {
namespace {

using Steady = std::chrono::steady_clock;

// One line per fact on stdout: the e2e tests and the benchmark read them.
void say(const std::string& line) {
    std::printf("credopass-kiosk: %s\n", line.c_str());
    std::fflush(stdout);
}

double msBetween(SteadyTime a, SteadyTime b) {
    return std::chrono::duration<double, std::milli>(b - a).count();
}

std::vector<std::string> videoDevices() {
    std::vector<std::string> out;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator("/dev", ec)) {
        std::string name = entry.path().filename().string();
        if (name.rfind("video", 0) == 0) out.push_back(entry.path().string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

// The camera picture as a streaming texture: luminance as the Y plane of an
// IYUV texture with neutral chroma, so no colour conversion on our side.
class PreviewTexture {
public:
    explicit PreviewTexture(SDL_Renderer* r) : renderer_(r) {}
    ~PreviewTexture() {
        if (texture_) SDL_DestroyTexture(texture_);
    }
    void upload(const input::LumaFrame& frame, CameraPreview& preview) {
        if (frame.width <= 0 || frame.height <= 0 || frame.width % 2 || frame.height % 2) return;
        if (!texture_ || frame.width != preview.width || frame.height != preview.height) {
            if (texture_) SDL_DestroyTexture(texture_);
            texture_ = SDL_CreateTexture(renderer_, SDL_PIXELFORMAT_IYUV, SDL_TEXTUREACCESS_STREAMING, frame.width,
                                         frame.height);
            chroma_.assign(static_cast<std::size_t>(frame.width / 2) * static_cast<std::size_t>(frame.height / 2), 128);
            preview.width = frame.width;
            preview.height = frame.height;
        }
        if (!texture_) return;
        SDL_UpdateYUVTexture(texture_, nullptr, frame.pixels.data(), frame.width, chroma_.data(), frame.width / 2,
                             chroma_.data(), frame.width / 2);
        preview.texture = texture_;
    }

private:
    SDL_Renderer* renderer_;
    SDL_Texture* texture_ = nullptr;
    std::vector<std::uint8_t> chroma_;
};

// Keys that are not text: Enter for the scanner splitter, and staff shortcuts
// (F2 staff, F3-F6 staff screens, Escape back/lock). A scanner never sends these.
void onKey(const SDL_KeyboardEvent& key, KioskModel& m, BadgeInputs& inputs, SteadyTime now) {
    const ScreenId s = m.screen();
    switch (key.keysym.sym) {
        case SDLK_RETURN:
        case SDLK_KP_ENTER:
            if (s == ScreenId::Pin)
                m.pinSubmit(now);
            else if (s == ScreenId::Idle || s == ScreenId::Result)
                inputs.key('\r', key.timestamp, now);
            break;
        case SDLK_BACKSPACE:
            if (s == ScreenId::Pin)
                m.pinBackspace(now);
            else if (s == ScreenId::Manual && !m.searchText().empty()) {
                std::string t = m.searchText();
                t.pop_back();
                m.setSearchText(t, now);
            }
            break;
        case SDLK_F2: m.openStaff(now); break;
        case SDLK_F3: m.showStaffScreen(ScreenId::Dashboard, now); break;
        case SDLK_F4: m.showStaffScreen(ScreenId::Manual, now); break;
        case SDLK_F5: m.showStaffScreen(ScreenId::Sync, now); break;
        case SDLK_F6: m.showStaffScreen(ScreenId::Device, now); break;
        case SDLK_ESCAPE:
            if (s == ScreenId::Pin)
                m.cancelPin();
            else if (isStaffScreen(s)) {
                m.noteStaffAction("lock", "", now);
                m.lock();
            }
            break;
        default: break;
    }
}

void onText(const SDL_TextInputEvent& text, KioskModel& m, BadgeInputs& inputs, SteadyTime now) {
    const ScreenId s = m.screen();
    for (const char* c = text.text; *c; ++c) {
        if (s == ScreenId::Pin)
            m.pinDigit(*c, now);
        else if (s == ScreenId::Manual)
            m.setSearchText(m.searchText() + *c, now);
        else if (s == ScreenId::Idle || s == ScreenId::Result)
            inputs.key(*c, text.timestamp, now);
    }
}

}  // namespace

void runKioskLoop(LoopParts parts) {
    Platform& platform = parts.platform;
    KioskModel& model = parts.model;
    std::array<std::unique_ptr<Screen>, 7> screens{makeIdleScreen(),      makeResultScreen(), makePinScreen(),
                                                   makeDashboardScreen(), makeManualScreen(), makeSyncScreen(),
                                                   makeDeviceScreen()};
    CameraPreview camera;
    camera.available = videoDevices();
    PreviewTexture preview(platform.renderer());
    ShellRequests shell;

    bool firstFrame = true;
    int framesToDraw = 2;  // ImGui settles hover and active states on the frame after an input
    std::uint64_t drawnVersion = 0;
    std::optional<ScreenId> shownScreen;
    std::string shownPinMessage;
    std::string shownSearchFor;
    std::uint64_t shownStatus = 0;
    std::string shownConnection = model.sync().connection;
    long drawnMinute = -1;
    bool running = true;

    while (running) {
        // How long we may sleep: until the model's next deadline, the
        // scanner splitter's gap, the next minute on the clock, or a camera frame.
        SteadyTime now = Steady::now();
        int timeoutMs = 1000;
        if (framesToDraw > 0) timeoutMs = 0;
        if (auto d = model.nextDeadline())
            timeoutMs = std::min(timeoutMs, static_cast<int>(std::max<long>(
                                                0, std::chrono::ceil<std::chrono::milliseconds>(*d - now).count())));
        if (auto k = parts.inputs.nextKeyDeadline())
            timeoutMs = std::min(timeoutMs, static_cast<int>(std::max<std::int64_t>(0, *k - SDL_GetTicks() + 1)));
        if (parts.inputs.hasCamera()) timeoutMs = std::min(timeoutMs, 33);
        auto wall = std::chrono::system_clock::now();
        auto msToMinute =
            60'000 - std::chrono::duration_cast<std::chrono::milliseconds>(wall.time_since_epoch()).count() % 60'000;
        timeoutMs = std::min(timeoutMs, static_cast<int>(msToMinute) + 5);

        SDL_Event event;
        bool gotEvent = platform.waitEvent(event, timeoutMs);
        while (gotEvent) {
            now = Steady::now();
            if (event.type == SDL_QUIT)
                running = false;  // SIGTERM, SIGINT
            else if (event.type == SDL_WINDOWEVENT && event.window.event == SDL_WINDOWEVENT_CLOSE && parts.windowed)
                running = false;
            else if (event.type == SDL_KEYDOWN)
                onKey(event.key, model, parts.inputs, now);
            // A staff text field (the export path) takes typing while it is
            // being edited; everywhere else keys go to the scanner, PIN and search.
            else if (event.type == SDL_TEXTINPUT && !(isStaffScreen(model.screen()) && ImGui::GetIO().WantTextInput))
                onText(event.text, model, parts.inputs, now);
            if (event.type != platform.wakeEvent()) {
                ImGui_ImplSDL2_ProcessEvent(&event);
                framesToDraw = 2;
            }
            gotEvent = SDL_PollEvent(&event) == 1;
        }

        now = Steady::now();
        parts.inputs.tick(SDL_GetTicks(), now);
        for (auto& scan : parts.inputs.take())
            model.scan(std::move(scan));
        for (auto& reply : parts.door.replies().drain())
            model.apply(std::move(reply), now);
        // Sync statuses need no wake-up of their own: a second's delay on the
        // offline mark is fine, and the loop wakes at least once a second.
        if (auto statuses = parts.syncStatuses.drain(); !statuses.empty()) model.setSync(toSyncView(statuses.back()));
        if (model.takeSyncNow() && parts.sync) parts.sync->syncNow();
        model.tick(now);
        for (auto& request : model.takeRequests())
            parts.door.post(std::move(request));
        for (words::Sound s : model.takeSounds())
            parts.sound.play(s, model.volume());
        if (model.exitRequested()) running = false;

        if (auto frame = parts.inputs.takePreview()) {
            preview.upload(*frame, camera);
            if (model.screen() == ScreenId::Idle || model.screen() == ScreenId::Device)
                framesToDraw = std::max(framesToDraw, 1);
        }
        camera.device = parts.inputs.sourceName();
        camera.status = parts.inputs.sourceStatus();
        if (shell.camera) {
            parts.sourceOptions.camera = *shell.camera;
            parts.sourceOptions.framesDir.clear();
            parts.inputs.useSource(parts.sourceOptions);
            camera.texture = nullptr;
            shell.camera.reset();
        }
        if (shell.testSound) {
            parts.sound.play(words::Sound::Success, model.volume());
            shell.testSound = false;
        }

        long minute = static_cast<long>(
            std::chrono::duration_cast<std::chrono::minutes>(std::chrono::system_clock::now().time_since_epoch())
                .count());
        if (model.version() != drawnVersion || minute != drawnMinute) framesToDraw = std::max(framesToDraw, 1);
        if (framesToDraw <= 0) continue;

        drawnVersion = model.version();
        drawnMinute = minute;
        platform.beginFrame();
        FrameContext f{model,  parts.theme, now, std::chrono::floor<Millis>(std::chrono::system_clock::now()),
                       camera, shell};
        screens[static_cast<std::size_t>(model.screen())]->draw(f);
        platform.endFrame();
        --framesToDraw;
        // Drawing may itself have changed the model (a button): draw once more.
        if (model.version() != drawnVersion) framesToDraw = std::max(framesToDraw, 1);

        SteadyTime presented = Steady::now();
        if (firstFrame) {
            say("first frame after " + std::to_string(msBetween(parts.startedAt, presented)) + " ms (" +
                platform.rendererName() + ", " + std::to_string(platform.width()) + "x" +
                std::to_string(platform.height()) + ")");
            firstFrame = false;
        }
        if (model.screen() != shownScreen) {
            shownScreen = model.screen();
            say("screen " + std::string(toString(*shownScreen)));
        }
        if (model.pinMessage() != shownPinMessage) {  // never holds the digits
            shownPinMessage = model.pinMessage();
            if (!shownPinMessage.empty()) say("pin: " + shownPinMessage);
        }
        if (model.sync().connection != shownConnection) {
            shownConnection = model.sync().connection;
            say("sync " + shownConnection + " (" + std::to_string(model.sync().waiting) + " waiting)");
        }
        if (model.statusUpdates() != shownStatus) {
            shownStatus = model.statusUpdates();
            if (isStaffScreen(model.screen())) say("staff screen shows fresh door status");
        }
        if (model.searchResultsFor() != shownSearchFor) {  // the length only: names stay out of logs
            shownSearchFor = model.searchResultsFor();
            say("search for " + std::to_string(shownSearchFor.size()) + " characters shows " +
                std::to_string(model.searchResults().size()) + " members");
        }
        if (auto scanned = model.takeShownScan()) {
            char ms[32];
            std::snprintf(ms, sizeof ms, "%.2f", msBetween(*scanned, presented));
            std::string outcome = model.lastCheckin() ? std::string(toString(model.lastCheckin()->outcome)) : "error";
            say("result " + outcome + " scan_to_frame_ms=" + ms);
        }
    }
    say("stopping");
}

}  // namespace credopass::kiosk::ui
