#pragma once
// The three result sounds (success, warning, error), loaded once from WAV
// files and queued to SDL audio. No audio device (Xvfb, a board without a
// speaker) is not an error: the kiosk says so once and stays silent.

#include "words/result_view.hpp"

#include <SDL.h>

#include <array>
#include <string>
#include <vector>

namespace credopass::kiosk::ui {

class SoundPlayer {
public:
    // Loads soundsDir/{success,warning,error}.wav; `note` says what is missing.
    explicit SoundPlayer(const std::string& soundsDir);
    ~SoundPlayer();
    SoundPlayer(const SoundPlayer&) = delete;
    SoundPlayer& operator=(const SoundPlayer&) = delete;

    void play(words::Sound sound, int volume);  // volume 0..100
    bool available() const { return device_ != 0; }
    const std::string& note() const { return note_; }

private:
    SDL_AudioDeviceID device_ = 0;
    SDL_AudioSpec spec_{};
    std::array<std::vector<Uint8>, 3> clips_;
    std::string note_;
};

}  // namespace credopass::kiosk::ui
