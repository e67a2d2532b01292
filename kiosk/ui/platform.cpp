#include "kiosk/ui/platform.hpp"

#include <algorithm>
#include <filesystem>

#include <imgui.h>
#include <imgui_impl_sdl.h>
#include <imgui_impl_sdlrenderer.h>

namespace credopass::kiosk::ui {

namespace {

// Without a GPU, OpenGL would be Mesa's llvmpipe: a CPU rasteriser that maps
// ~90 MB of LLVM into the process. SDL's software renderer draws our flat 2D
// screens as fast for a fraction of the memory. SDL_RENDER_DRIVER in the
// environment still wins (SDL reads it first).
void chooseRenderer(const std::string& renderer) {
    std::string choice = renderer;
    if (choice == "auto") {
        std::error_code ec;
        if (std::filesystem::exists("/dev/dri", ec)) return;  // let SDL pick the GPU path
        choice = "software";
    }
    SDL_SetHint(SDL_HINT_RENDER_DRIVER, choice.c_str());
    // The software renderer presents through the window surface; keep SDL
    // from putting a GL texture behind that surface.
    if (choice == "software") SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
}

}  // namespace

Result<std::unique_ptr<Platform>> Platform::open(const PlatformOptions& options) {
    chooseRenderer(options.renderer);
    // SDL turns SIGTERM/SIGINT into SDL_QUIT, which the loop handles like a
    // staff exit: stop the threads, close the camera, lose nothing.
    SDL_SetHint(SDL_HINT_VIDEO_X11_NET_WM_BYPASS_COMPOSITOR, "0");
    // Closing the window (Alt+F4 on a keyboard left at the door) must not end
    // the kiosk: only a signal or staff exit does. The loop quits on a window
    // close itself, and only with --windowed.
    SDL_SetHint(SDL_HINT_QUIT_ON_LAST_WINDOW_CLOSE, "0");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0)
        return Error{FileErrc::NoDisplay,
                     std::string("cannot open a display: ") + SDL_GetError() +
                         " (set DISPLAY or WAYLAND_DISPLAY, or SDL_VIDEODRIVER=kmsdrm on a console)"};
    // With no display at all SDL falls back to its "offscreen" driver: the
    // kiosk would run and show nothing. Refuse, unless asked for by name.
    const char* driver = SDL_GetCurrentVideoDriver();
    const char* asked = SDL_getenv("SDL_VIDEODRIVER");
    if (driver && (std::string(driver) == "offscreen" || std::string(driver) == "dummy") && !asked) {
        SDL_Quit();
        return Error{FileErrc::NoDisplay,
                     "no display found: no X11 ($DISPLAY) or Wayland ($WAYLAND_DISPLAY) session, and no KMS/DRM "
                     "console was usable. On a console run with SDL_VIDEODRIVER=kmsdrm; under a desktop, run from "
                     "a terminal of that desktop."};
    }
    std::unique_ptr<Platform> p(new Platform());
    p->wakeEvent_ = SDL_RegisterEvents(1);
    p->nativeWait_ = driver && (std::string(driver) == "x11" || std::string(driver) == "wayland");

    Uint32 flags = SDL_WINDOW_ALLOW_HIGHDPI;
    int w = options.width, h = options.height;
    if (options.windowed) {
        flags |= SDL_WINDOW_RESIZABLE;
    } else {
        SDL_Rect bounds{0, 0, w, h};
        SDL_GetDisplayBounds(0, &bounds);
        w = bounds.w;
        h = bounds.h;
        // On X11 a borderless, always-on-top window covering the display is a
        // kiosk's full screen without asking a window manager: SDL's
        // fullscreen request waits for one to answer, which costs hundreds of
        // milliseconds of start-up where there is none (a bare X server, Xvfb).
        // KMS/DRM and Wayland get a real fullscreen window.
        if (driver && std::string(driver) == "x11")
            flags |= SDL_WINDOW_BORDERLESS | SDL_WINDOW_ALWAYS_ON_TOP;
        else
            flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
    }
    p->window_ = SDL_CreateWindow("CredoPass", options.windowed ? SDL_WINDOWPOS_CENTERED : 0,
                                  options.windowed ? SDL_WINDOWPOS_CENTERED : 0, w, h, flags);
    if (!p->window_) return Error{FileErrc::NoDisplay, std::string("cannot create the window: ") + SDL_GetError()};
    // No vsync: we present only when something changed, and a blocking
    // present would add up to a frame of latency to every result.
    p->renderer_ = SDL_CreateRenderer(p->window_, -1, SDL_RENDERER_ACCELERATED);
    if (!p->renderer_) p->renderer_ = SDL_CreateRenderer(p->window_, -1, SDL_RENDERER_SOFTWARE);
    if (!p->renderer_) return Error{FileErrc::NoDisplay, std::string("cannot create a renderer: ") + SDL_GetError()};
    if (!options.windowed) SDL_ShowCursor(SDL_DISABLE);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    p->imgui_ = true;
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // a kiosk keeps no window layout on disk
    io.LogFilename = nullptr;
    ImGui_ImplSDL2_InitForSDLRenderer(p->window_);
    ImGui_ImplSDLRenderer_Init(p->renderer_);
    return p;
}

Platform::~Platform() {
    if (imgui_) {
        ImGui_ImplSDLRenderer_Shutdown();
        ImGui_ImplSDL2_Shutdown();
        ImGui::DestroyContext();
    }
    if (renderer_) SDL_DestroyRenderer(renderer_);
    if (window_) SDL_DestroyWindow(window_);
    SDL_Quit();
}

void Platform::wake() const {
    SDL_Event e{};
    e.type = wakeEvent_;
    SDL_PushEvent(&e);
}

bool Platform::waitEvent(SDL_Event& event, int timeoutMs) const {
    if (timeoutMs <= 0) return SDL_PollEvent(&event) == 1;
    if (nativeWait_) return SDL_WaitEventTimeout(&event, timeoutMs) == 1;
    // KMS/DRM has no way to sleep until input arrives: SDL_WaitEventTimeout
    // would poll every millisecond. Every 10 ms is as quick for a finger or
    // a scanner and a tenth of the wake-ups.
    const Uint64 until = SDL_GetTicks64() + static_cast<Uint64>(timeoutMs);
    for (;;) {
        if (SDL_PollEvent(&event) == 1) return true;
        const Uint64 now = SDL_GetTicks64();
        if (now >= until) return false;
        SDL_Delay(static_cast<Uint32>(std::min<Uint64>(10, until - now)));
    }
}

void Platform::fontsChanged() {
    ImGui_ImplSDLRenderer_DestroyFontsTexture();
}

void Platform::observe(const SDL_Event& event) {
    if (event.type == SDL_MOUSEMOTION)
        pointer_ = ImVec2(static_cast<float>(event.motion.x), static_cast<float>(event.motion.y));
    else if (event.type == SDL_WINDOWEVENT && event.window.event == SDL_WINDOWEVENT_LEAVE)
        pointer_.reset();  // the backend says "no pointer" then
}

void Platform::beginFrame() {
    ImGui_ImplSDLRenderer_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    if (pointer_) ImGui::GetIO().MousePos = *pointer_;
    ImGui::NewFrame();
}

void Platform::endFrame() {
    ImGui::Render();
    SDL_SetRenderDrawColor(renderer_, 0, 0, 0, 255);
    SDL_RenderClear(renderer_);
    ImGui_ImplSDLRenderer_RenderDrawData(ImGui::GetDrawData());
    SDL_RenderPresent(renderer_);
}

int Platform::width() const {
    int w = 0, h = 0;
    SDL_GetRendererOutputSize(renderer_, &w, &h);
    return w;
}

int Platform::height() const {
    int w = 0, h = 0;
    SDL_GetRendererOutputSize(renderer_, &w, &h);
    return h;
}

std::string Platform::rendererName() const {
    SDL_RendererInfo info;
    if (SDL_GetRendererInfo(renderer_, &info) != 0) return "unknown";
    return std::string(SDL_GetCurrentVideoDriver() ? SDL_GetCurrentVideoDriver() : "?") + "/" + info.name;
}

}  // namespace credopass::kiosk::ui
