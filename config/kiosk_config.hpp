#pragma once
// The door screen's configuration: a TOML file (assets/kiosk.toml is the
// default, with every key commented). TOML because staff and installers edit
// it by hand on the device: comments are allowed and there are no quotes to
// balance on every key, unlike JSON. Missing keys keep their defaults.

#include "badge/policy.hpp"
#include "common/result.hpp"
#include "common/time.hpp"

#include <optional>
#include <string>
#include <vector>

namespace credopass::kiosk {

struct KioskConfig {
    // What the idle screen says above the event name.
    std::string organisation = "CredoPass";
    // How long a result stays before the screen returns to idle by itself.
    Millis resultDuration = std::chrono::seconds(3);
    // Each result shows at least this long ([screen] result_min_seconds): the
    // next member's, arriving sooner, waits its turn (its check-in is already
    // durable). Two members back to back both see their own.
    Millis resultMinShown = std::chrono::seconds(1);
    // Staff mode locks itself after this long without a touch.
    Millis autoLockAfter = std::chrono::minutes(2);
    // The PIN screen goes back to idle when nobody types.
    Millis pinScreenTimeout = std::chrono::seconds(30);
    // A repeat scan inside this window is "already checked in" (core DoorPolicy).
    Millis dedupWindow = std::chrono::minutes(2);
    // Points awarded at this door expire this long after (unset: never, as
    // the schema says); core DoorPolicy::pointsExpireAfter says why a venue
    // would set it.
    std::optional<Millis> pointsExpireAfter;

    // The door's language ([screen] language, a catalogue in po/), and the
    // ones idle offers members by their own names ([screen] languages; the
    // door's own when unset). After each result the door speaks its own again.
    std::string language = "en";
    std::vector<std::string> languages;

    // Fonts: Debian's DejaVu by default (fonts-dejavu-core), never copied into the repo.
    std::string fontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    std::string boldFontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
    // For the names DejaVu cannot draw, in order: Chinese and Japanese from
    // Debian's fonts-droid-fallback (2 MB, where Noto CJK is 90), Korean from
    // fonts-nanum. A file that is missing is skipped; its characters show as "?".
    std::vector<std::string> fallbackFontPaths = {"/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
                                                  "/usr/share/fonts/truetype/nanum/NanumGothic.ttf"};
    // success.wav, warning.wav, error.wav (assets/make-sounds.py writes them).
    // Empty: the kiosk's own (findShareDir("credopass")/sounds: /usr/share/credopass/sounds
    // when installed). Relative paths are relative to the configuration file.
    std::string soundsDir;
    int volume = 70;  // 0..100
    // SDL renderer: "auto", "software", "opengles2", "opengl" (kiosk/ui/platform.hpp).
    std::string renderer = "auto";

    // Badge sources. Empty camera = no camera view.
    std::string camera;
    std::string framesDir;
    double replayFps = 10.0;
    // Keyboard-wedge scanners type a code with at most this gap between keys;
    // slower typing is a person (kiosk/input/scanner_splitter.hpp).
    Millis scannerGap{35};
    // The badge formats the door may accept at most ([badges] accept): signed
    // badges only unless this file (root's) says otherwise. The database's
    // policy (kioskctl badge policy) can only narrow it.
    badge::BadgePolicy badgeAccept{{badge::BadgeFormat::Signed}};
    // The camera faces the member: its picture is shown mirrored, as a mirror
    // would, so moving the badge left moves it left on screen ([badges]
    // mirror_preview; the decoder always reads the frame as it is).
    bool mirrorPreview = true;
    // Member ids whose badge opens staff mode instead of checking them in.
    std::vector<std::string> staffMembers;

    // HQ sync: no thread when hqUrl is empty (a kiosk that never syncs).
    std::string hqUrl;
    std::string hqToken;   // bearer token; never logged
    std::string hqCaFile;  // PEM bundle replacing the system CAs
    // Plain http:// to an HQ that is not this machine (token and roster in clear).
    bool hqAllowInsecureHttp = false;
    // Requests to HQ in flight at once while a backlog drains (SyncConfig::pushConnections).
    int hqPushConnections = 4;

    // Where CSV exports go by default (a USB stick's mount point, typically).
    std::string exportDir = "/media/usb";
    // Audit log entries older than this are removed (core's kDefaultAuditRetention).
    Millis auditRetention = std::chrono::days(90);
};

// Reads `path`; a missing file is an error ("config_missing"), a malformed
// one "config_invalid" with the line and what is wrong.
Result<KioskConfig> loadConfig(const std::string& path);
// The same from text (tests, and --config -).
Result<KioskConfig> parseConfig(const std::string& text, const std::string& origin = "config");

}  // namespace credopass::kiosk
