#pragma once
// SDL window, renderer and Dear ImGui setup: the one place that knows about
// the display. Close to Dear ImGui's own example_sdl_sdlrenderer loop, so
// KMS/DRM (SDL_VIDEODRIVER=kmsdrm), X11, Wayland and Xvfb are a setting,
// not a code path. SDL's renderer picks OpenGL ES 2 / OpenGL where there is
// one, and its software renderer where there is not.

#include "common/result.hpp"

#include <SDL.h>
#include <imgui.h>

#include <memory>
#include <optional>
#include <string>

namespace credopass::kiosk::ui {

struct PlatformOptions {
    bool windowed = false;
    int width = 1024;  // windowed size
    int height = 600;
    // "auto": SDL's choice (OpenGL ES 2 on a Raspberry Pi) when the machine
    // has a GPU (/dev/dri), else SDL's own software renderer; or "software",
    // "opengles2", "opengl" to force one.
    std::string renderer = "auto";
};

class Platform {
public:
    static Result<std::unique_ptr<Platform>> open(const PlatformOptions& options);
    ~Platform();
    Platform(const Platform&) = delete;
    Platform& operator=(const Platform&) = delete;

    SDL_Window* window() const { return window_; }
    SDL_Renderer* renderer() const { return renderer_; }
    // An SDL event type other threads push (SDL_PushEvent is thread-safe)
    // to wake the loop: a door reply, a camera frame, a sync status.
    Uint32 wakeEvent() const { return wakeEvent_; }
    void wake() const;

    // Waits for an event up to timeoutMs; true with `event` filled when one came.
    bool waitEvent(SDL_Event& event, int timeoutMs) const;
    // Every event, before Dear ImGui's backend sees it: the pointer's own
    // motion events place it (see pointer_).
    void observe(const SDL_Event& event);
    void beginFrame();
    void endFrame();  // renders ImGui's draw data and presents
    // Drops the font texture: call after the atlas was rebuilt (new glyphs);
    // the next beginFrame uploads the new one.
    void fontsChanged();
    int width() const;
    int height() const;
    std::string rendererName() const;

private:
    Platform() = default;
    SDL_Window* window_ = nullptr;
    SDL_Renderer* renderer_ = nullptr;
    Uint32 wakeEvent_ = 0;
    bool imgui_ = false;
    bool nativeWait_ = true;  // the video driver can sleep until an event (X11, Wayland)
    // Where the last motion event put the pointer. Dear ImGui 1.86's SDL
    // backend polls the global pointer, which SDL's X11 driver caches while a
    // button is held (mouse capture): a finger dragging a list stood still
    // until it lifted. Motion events carry the position as it moves.
    std::optional<ImVec2> pointer_;
};

}  // namespace credopass::kiosk::ui
