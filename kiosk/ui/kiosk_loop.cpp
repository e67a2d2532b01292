#include "kiosk/ui/kiosk_loop.hpp"

#include "host/liveness.hpp"
#include "host/log.hpp"
#include "host/service_notify.hpp"
#include "kiosk/app/camera_watch.hpp"
#include "kiosk/app/frame_report.hpp"
#include "kiosk/app/sync_view.hpp"
#include "kiosk/ui/screen_set.hpp"
#include "kiosk/ui/tap_targets.hpp"
#include "kiosk/ui/text_check.hpp"
#include "words/language.hpp"

#include <imgui.h>
#include <imgui_impl_sdl.h>

#include <algorithm>
#include <filesystem>

namespace credopass::kiosk::ui {
namespace {

using Steady = std::chrono::steady_clock;

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

// F1..F12 as their number, 0 for any other key (SDL's F-key codes follow each other).
int functionKeyNumber(SDL_Keycode key) {
    return key >= SDLK_F1 && key <= SDLK_F12 ? static_cast<int>(key - SDLK_F1) + 1 : 0;
}

// Keys no scanner sends, and so a person's: they act at once.
bool isCommandKey(SDL_Keycode key) {
    return key == SDLK_ESCAPE || key == SDLK_BACKSPACE || functionKeyNumber(key) != 0;
}

// What a person typed, as the scanner splitter lets it through, to the
// screen showing. True when there was some.
bool deliverTyped(BadgeInputs& inputs, ScreenSet& screens, InputContext& in) {
    std::string typed = inputs.takeTyped();
    if (typed.empty()) return false;
    screens[in.model.screen()].onTyped(typed, in);
    return true;
}

// Every key, on every screen, passes the scanner splitter first: a scanner's
// badge (characters, then Enter) becomes a scan whichever screen is open, and
// only a person's typing reaches the screen. Enter is the splitter's (it ends
// a scanner's badge); letters come as text events. A command key first hands
// the screen what was typed before it, then acts: an F-key through the
// screen table, Escape and Backspace on the screen showing.
void onKey(const SDL_KeyboardEvent& key, ScreenSet& screens, BadgeInputs& inputs, InputContext& in) {
    const SDL_Keycode sym = key.keysym.sym;
    if (sym == SDLK_RETURN || sym == SDLK_KP_ENTER) return inputs.key('\r', key.timestamp, in.now);
    if (!isCommandKey(sym)) return;
    inputs.personKey(key.timestamp, in.now);
    deliverTyped(inputs, screens, in);
    if (const int n = functionKeyNumber(sym)) {
        if (auto screen = screenForFunctionKey(n)) in.model.openScreen(*screen, in.now);
        return;
    }
    screens[in.model.screen()].onKey(sym, in);
}

// Whether an event needs frames drawn (two: ImGui settles hover and active
// states on the frame after an input). Typing needs none of its own: what it
// means shows once the splitter has told a scanner from a person (the model
// changes, or typed text reaches a screen). Drawing mid-burst would also hold
// up the next pump, and SDL stamps events when pumped: a scanner's burst
// would look like a person's pauses. Keys do need frames while an ImGui text
// field is being edited: it reads them from the key state.
bool needsFrames(const SDL_Event& event) {
    if (event.type == SDL_TEXTINPUT) return false;
    if (event.type == SDL_KEYDOWN || event.type == SDL_KEYUP)
        return isCommandKey(event.key.keysym.sym) || ImGui::GetIO().WantTextInput;
    return true;
}

// A finger touching or lifting: the loop draws a frame after each (see its use).
bool isPressOrRelease(const SDL_Event& event) {
    return event.type == SDL_MOUSEBUTTONDOWN || event.type == SDL_MOUSEBUTTONUP;
}

// The names need characters the atlas lacks (the first status, a member in
// an answer whom a pull brought since, "王芳"): a new atlas before this frame. Rare, and a
// rebuild costs tens of milliseconds, so the frame after a pull is late once.
void updateGlyphs(LoopParts& parts, const std::u32string& roster) {
    std::u32string wanted = parts.fixedGlyphs;
    wanted += roster;
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    std::erase_if(wanted, [](char32_t c) { return c <= 0x7F || c > 0xFFFF; });
    if (wanted.size() > kMaxExtraGlyphs) wanted.resize(kMaxExtraGlyphs);
    if (wanted == parts.theme.extraGlyphs) return;
    auto rebuilt = loadTheme(parts.fonts, parts.platform.width(), parts.platform.height(), wanted);
    if (!rebuilt) {
        host::log(host::LogLevel::Warning, "new fonts for the roster's names: " + rebuilt.error().message);
        parts.theme.extraGlyphs = wanted;  // not again every frame
        return;
    }
    parts.theme = std::move(*rebuilt);
    parts.platform.fontsChanged();
}

}  // namespace

void runKioskLoop(LoopParts parts) {
    Platform& platform = parts.platform;
    KioskModel& model = parts.model;
    ScreenSet screens;
    FrameReport report(model, parts.startedAt, [](std::string_view line) { host::log(host::LogLevel::Info, line); });
    CameraPreview camera;
    camera.available = videoDevices();
    CameraWatch cameraWatch;
    cameraWatch.opened(Steady::now());
    PreviewTexture preview(platform.renderer());
    if (parts.checkText) startTextCheck();
    if (parts.tellTaps) startTellingTaps();
    ShellRequests shell;

    // Under systemd (WatchdogSec=): ping it while the door worker answers.
    const std::optional<Millis> watchdog = host::watchdogPeriod();
    auto liveness = host::Liveness::forWatchdog(watchdog.value_or(std::chrono::seconds(20)));
    bool ready = false;  // READY=1 goes once, after the first frame is on the screen

    int framesToDraw = 2;  // ImGui settles hover and active states on the frame after an input
    std::uint64_t drawnVersion = 0;
    long drawnMinute = -1;
    // The names' characters change only with a door status or a member's
    // answer (kiosk/app/kiosk_model.hpp): look at them then, not every frame.
    std::uint64_t glyphsVersion = 0;
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
            InputContext in{model, now};
            const bool closed = event.type == SDL_WINDOWEVENT && event.window.event == SDL_WINDOWEVENT_CLOSE;
            if (event.type == SDL_QUIT || (closed && parts.windowed))  // SIGTERM, SIGINT; a window in development
                running = false;
            else if (event.type == SDL_KEYDOWN)
                onKey(event.key, screens, parts.inputs, in);
            else if (event.type == SDL_TEXTINPUT)
                for (const char* c = event.text.text; *c; ++c)
                    parts.inputs.key(*c, event.text.timestamp, now);
            // Text reaches ImGui's own fields only through a screen's onTyped,
            // once the splitter has taken out any badge.
            platform.observe(event);
            if (event.type != platform.wakeEvent() && event.type != SDL_TEXTINPUT) ImGui_ImplSDL2_ProcessEvent(&event);
            if (event.type != platform.wakeEvent() && needsFrames(event)) framesToDraw = 2;
            // One press or release a frame: what follows it (the release, the
            // finger moving on) waits in SDL's queue for the next frame, drawn
            // at once. Dear ImGui 1.86 reads one pointer position a frame, so a
            // quick tap whose down, up and the next move came in one batch was
            // pressed where the pointer ended up, not on the button: lost.
            if (isPressOrRelease(event)) break;
            gotEvent = SDL_PollEvent(&event) == 1;
        }

        now = Steady::now();
        parts.inputs.tick(SDL_GetTicks(), now);
        InputContext in{model, now};
        if (deliverTyped(parts.inputs, screens, in)) framesToDraw = 2;
        for (auto& scan : parts.inputs.take())
            model.scan(std::move(scan));
        for (auto& reply : parts.door.replies().drain()) {
            liveness.answered(now);  // any answer shows the worker is not stuck
            model.apply(std::move(reply), now);
        }
        if (watchdog) {
            if (liveness.shouldAsk(now)) {
                parts.door.post(Ping{});
                liveness.asked(now);
            }
            if (liveness.pingDue(now)) {
                host::notifyWatchdog();
                liveness.pinged(now);
            }
        }
        // Sync statuses need no wake-up of their own: a second's delay on the
        // offline mark is fine, and the loop wakes at least once a second.
        if (auto statuses = parts.syncStatuses.drain(); !statuses.empty()) model.setSync(toSyncView(statuses.back()));
        for (sync::SyncAsk ask : model.takeSyncAsks())
            if (parts.sync) parts.sync->ask(ask);
        model.tick(now);
        for (auto& request : model.takeRequests())
            parts.door.post(std::move(request));
        for (words::Sound s : model.takeSounds())
            parts.sound.play(s, model.volume());
        if (model.exitRequested()) running = false;

        if (auto frame = parts.inputs.takePreview()) {
            preview.upload(*frame, camera);
            cameraWatch.frame(now);
            if (model.screen() == ScreenId::Idle || model.screen() == ScreenId::Device)
                framesToDraw = std::max(framesToDraw, 1);
        }
        if (const bool silent = parts.inputs.hasCamera() && cameraWatch.silent(now); silent != camera.silent) {
            camera.silent = silent;  // the idle screen swaps the still picture for words
            framesToDraw = std::max(framesToDraw, 1);
        }
        camera.device = parts.inputs.sourceName();
        camera.facesMember = parts.sourceOptions.framesDir.empty() && !parts.sourceOptions.camera.empty();
        camera.status = parts.inputs.sourceStatus();
        if (shell.camera) {
            parts.sourceOptions.camera = *shell.camera;
            parts.sourceOptions.framesDir.clear();
            parts.inputs.useSource(parts.sourceOptions);
            cameraWatch.opened(now);
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
        if (model.nameGlyphsVersion() != glyphsVersion) {
            glyphsVersion = model.nameGlyphsVersion();
            updateGlyphs(parts, model.nameGlyphs());
        }
        // The screen's language: the member's (or the door's) on door screens, the staff's on theirs.
        words::useLanguage(model.language().forScreen(model.screen(), now));
        platform.beginFrame();
        beginFrameText();
        FrameContext f{model,  parts.theme, now, std::chrono::floor<Millis>(std::chrono::system_clock::now()),
                       camera, shell};
        screens[model.screen()].draw(f);
        endFrameText();
        platform.endFrame();
        for (const std::string& line : tapChanges())
            host::log(host::LogLevel::Info, line);
        --framesToDraw;
        // Drawing may itself have changed the model (a button): draw once more.
        if (model.version() != drawnVersion) framesToDraw = std::max(framesToDraw, 1);

        if (!ready) {
            host::notifyReady();
            ready = true;
        }
        report.presented(Steady::now(), [&] {
            return platform.rendererName() + ", " + std::to_string(platform.width()) + "x" +
                   std::to_string(platform.height());
        });
    }
    host::notifyStopping();
    report.stopping();
}

}  // namespace credopass::kiosk::ui
