#include "kiosk/ui/sound_player.hpp"

namespace credopass::kiosk::ui {
namespace {
constexpr const char* kNames[3] = {"success.wav", "warning.wav", "error.wav"};
}

SoundPlayer::SoundPlayer(const std::string& soundsDir) {
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
        note_ = std::string("no audio: ") + SDL_GetError();
        return;
    }
    // All three files share one format (scripts/make-sounds writes them so).
    for (int i = 0; i < 3; ++i) {
        std::string path = soundsDir + "/" + kNames[i];
        SDL_AudioSpec spec;
        Uint8* data = nullptr;
        Uint32 length = 0;
        if (!SDL_LoadWAV(path.c_str(), &spec, &data, &length)) {
            note_ = "cannot load " + path + ": " + SDL_GetError();
            continue;
        }
        if (spec.format != AUDIO_S16SYS ||
            (spec_.freq != 0 && (spec.freq != spec_.freq || spec.channels != spec_.channels))) {
            note_ = path + ": expected 16-bit PCM, all sounds in one format";
            SDL_FreeWAV(data);
            continue;
        }
        spec_ = spec;
        clips_[static_cast<std::size_t>(i)].assign(data, data + length);
        SDL_FreeWAV(data);
    }
    if (spec_.freq == 0) return;
    device_ = SDL_OpenAudioDevice(nullptr, 0, &spec_, nullptr, 0);
    if (device_ == 0) {
        note_ = std::string("no audio device: ") + SDL_GetError();
        return;
    }
    SDL_PauseAudioDevice(device_, 0);
}

SoundPlayer::~SoundPlayer() {
    if (device_ != 0) SDL_CloseAudioDevice(device_);
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
}

void SoundPlayer::play(words::Sound sound, int volume) {
    if (device_ == 0 || sound == words::Sound::None || volume <= 0) return;
    const auto& clip = clips_[static_cast<std::size_t>(sound) - 1];
    if (clip.empty()) return;
    std::vector<Uint8> mixed(clip.size(), 0);
    SDL_MixAudioFormat(mixed.data(), clip.data(), spec_.format, static_cast<Uint32>(clip.size()),
                       volume * SDL_MIX_MAXVOLUME / 100);
    SDL_ClearQueuedAudio(device_);  // a new result cuts the previous sound short
    SDL_QueueAudio(device_, mixed.data(), static_cast<Uint32>(mixed.size()));
}

}  // namespace credopass::kiosk::ui
