// credopass-kiosk: the door screen. Parses the options, opens the parts in
// order (configuration, database and door worker, display, badge sources),
// runs the loop, and closes them in reverse order: badge sources (camera
// closed) first, then the door worker, which finishes every check-in already
// asked for before its connection closes.
#include "common/clock.hpp"
#include "common/share_dir.hpp"
#include "common/text.hpp"
#include "config/kiosk_config.hpp"
#include "core/pin_format.hpp"
#include "host/log.hpp"
#include "kiosk/app/badge_inputs.hpp"
#include "kiosk/app/demo_setup.hpp"
#include "kiosk/app/door_worker.hpp"
#include "kiosk/app/kiosk_model.hpp"
#include "kiosk/ui/kiosk_loop.hpp"
#include "kiosk/ui/platform.hpp"
#include "kiosk/ui/sound_player.hpp"
#include "kiosk/ui/theme.hpp"
#include "sync/sync_link.hpp"
#include "words/language.hpp"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <iostream>
#include <optional>
#include <vector>

using namespace credopass;
using namespace credopass::kiosk;

namespace {

int fail(const std::string& message) {
    host::log(host::LogLevel::Error, message);
    return 1;
}

// Relative paths in a configuration file are relative to that file.
std::string besideConfig(const std::string& configPath, const std::string& path) {
    if (path.empty() || std::filesystem::path(path).is_absolute() || configPath.empty()) return path;
    return (std::filesystem::path(configPath).parent_path() / path).string();
}

// Every language the configuration names must be one this kiosk ships.
// (The door's own need not be listed among those offered: DoorLanguage adds it.)
std::optional<std::string> checkLanguages(const KioskConfig& config) {
    std::string shipped;
    for (const auto& l : words::shippedLanguages())
        shipped += std::string(shipped.empty() ? "" : ", ") + std::string(l.code);
    std::vector<std::string> named = config.languages;
    named.push_back(config.language);
    for (const auto& code : named)
        if (!words::findLanguage(code))
            return std::string("[screen] language \"")
                .append(code)
                .append("\" is not one this kiosk speaks (")
                .append(shipped)
                .append(")");
    return std::nullopt;
}

}  // namespace

int main(int argc, char** argv) {
    const auto startedAt = std::chrono::steady_clock::now();
    host::setLogIdentity("credopass-kiosk");
    CLI::App app{"CredoPass door screen: members check in and out; staff mode behind a PIN"};
    std::string dbPath = "/var/lib/credopass/kiosk.db";
    std::string configPath;
    std::string camera, framesDir;
    bool demo = false, windowed = false, setPin = false;
    std::string size = "1024x600";
    app.add_option("--db", dbPath, "The kiosk's SQLite database")->capture_default_str();
    app.add_option("--config", configPath, "TOML configuration (see assets/kiosk.toml)");
    app.add_option("--camera", camera, "V4L2 camera device, e.g. /dev/video0");
    app.add_option("--frames", framesDir, "Replay the PNG/JPEG frames of a directory instead of a camera");
    app.add_flag(
        "--demo", demo,
        std::string("Load demo data (members, tonight's event) and set staff PIN ") + kDemoPin + " if none is set");
    std::string language;
    app.add_option("--language", language, "The door's language for this run (overrides [screen] language)");
    bool checkText = false;
    app.add_flag("--check-text", checkText, "Tests: tell every line of text shown, and any label that does not fit")
        ->group("");
    int testScanDelayMs = 0;
    app.add_option("--test-scan-delay-ms", testScanDelayMs,
                   "Tests: each scan waits this long before the door serves it")
        ->check(CLI::Range(0, 60'000))
        ->group("");
    bool tellTaps = false;
    app.add_flag("--tell-taps", tellTaps, "Tests: tell where the touch targets tests tap are, as 'tap NAME at X Y'")
        ->group("");
    app.add_flag("--windowed", windowed, "A window instead of full screen (development)");
    app.add_option("--size", size, "Window size with --windowed, WIDTHxHEIGHT")->capture_default_str();
    app.add_flag("--set-pin", setPin,
                 "Read a new staff PIN (" + std::to_string(kMinPinDigits) + "-" + std::to_string(kMaxPinDigits) +
                     " digits) from standard input, store its hash, exit");
    CLI11_PARSE(app, argc, argv);

    KioskConfig config;
    if (!configPath.empty()) {
        auto loaded = loadConfig(configPath);
        if (!loaded) return fail(loaded.error().message);
        config = *loaded;
        config.soundsDir = besideConfig(configPath, config.soundsDir);
        config.framesDir = besideConfig(configPath, config.framesDir);
    }
    if (!language.empty()) config.language = language;
    if (auto wrong = checkLanguages(config)) return fail(*wrong);
    if (auto locale = findShareDir("locale"))
        words::startLanguages(*locale, config.language);
    else if (config.language != "en")
        return fail("the translations are missing (no share/locale beside the binary): reinstall the package");
    if (config.soundsDir.empty())
        if (auto data = findShareDir("credopass")) config.soundsDir = (*data / "sounds").string();
    // The command line wins over the configuration; a replay wins over a camera.
    if (!camera.empty()) {
        config.camera = camera;
        config.framesDir.clear();
    }
    if (!framesDir.empty()) config.framesDir = framesDir;

    SystemClock clock;
    std::optional<DemoSetup> demoSetup;  // removes the demo camera's frames at exit
    {
        // Setup on the main thread's own connection, closed before the worker starts.
        DoorServiceOptions setupOptions;
        setupOptions.dbPath = dbPath;
        setupOptions.create = demo;  // only the demo makes a database; the door opens an existing one
        auto setup = DoorService::open(setupOptions, clock);
        if (!setup) return fail(setup.error().message);
        if (setPin) {
            std::string pin;
            std::getline(std::cin, pin);
            auto stored = setup->setPin(pin);
            if (!stored) return fail(stored.error().message);
            host::log(host::LogLevel::Notice, "staff PIN stored (Argon2id hash only)");
            return 0;
        }
        if (demo) {
            auto applied = DemoSetup::apply(*setup, config);
            if (!applied) return fail(applied.error().message);
            demoSetup.emplace(std::move(*applied));
            for (const auto& note : demoSetup->notes)
                host::log(host::LogLevel::Notice, note);
        }
    }

    ui::PlatformOptions display;
    display.windowed = windowed;
    display.renderer = config.renderer;
    if (std::sscanf(size.c_str(), "%dx%d", &display.width, &display.height) != 2 || display.width < 320 ||
        display.height < 240)
        return fail("--size wants WIDTHxHEIGHT, e.g. 800x480");
    auto platform = ui::Platform::open(display);
    if (!platform) return fail(platform.error().message);
    ui::Platform& screen = **platform;

    const ui::FontFiles fonts{config.fontPath, config.boldFontPath, config.fallbackFontPaths};
    const std::u32string fixedGlyphs = distinctCodePoints(config.organisation);
    auto theme = ui::loadTheme(fonts, screen.width(), screen.height(), fixedGlyphs);
    if (!theme) return fail(theme.error().message);
    ui::applyStyle(*theme);

    DoorWorkerOptions doorOptions;
    doorOptions.service.dbPath = dbPath;
    doorOptions.service.create = false;
    doorOptions.service.policy.dedupWindow = config.dedupWindow;
    doorOptions.service.policy.pointsExpireAfter = config.pointsExpireAfter;
    doorOptions.service.staffMembers = config.staffMembers;
    doorOptions.service.acceptCeiling = config.badgeAccept;
    doorOptions.auditRetention = config.auditRetention;
    doorOptions.testScanDelay = Millis{testScanDelayMs};
    doorOptions.wake = [&screen] { screen.wake(); };
    auto door = DoorWorker::start(doorOptions, clock);
    if (!door) return fail(door.error().message);

    ui::SoundPlayer sound(config.soundsDir);
    if (!sound.note().empty()) host::log(host::LogLevel::Warning, sound.note() + " (sounds off)");

    BadgeInputOptions sources;
    sources.camera = config.camera;
    sources.framesDir = config.framesDir;
    sources.replayFps = config.replayFps;
    sources.loopReplay = demo;  // the demo keeps showing its badges
    // Sync runs in a process of its own (credopass-sync.service, over this
    // database); the door only shows its status and passes staff's asks on.
    MessageQueue<sync::SyncStatus> syncStatuses(4);  // only the newest matters
    std::optional<sync::SyncLink> syncLink;
    if (!config.hqUrl.empty()) {
        syncLink.emplace(dbPath, syncStatuses);
        syncLink->start();
    }
    {
        input::SplitterConfig keyboard;
        keyboard.maxScannerGap = config.scannerGap;
        BadgeInputs inputs(doorOptions.wake, keyboard);
        inputs.useSource(sources);
        KioskModel model(config);
        ui::runKioskLoop({screen, *theme, fonts, fixedGlyphs, model, **door, inputs, sound,
                          syncLink ? &*syncLink : nullptr, syncStatuses, sources, startedAt, windowed, checkText,
                          tellTaps});
    }                                // badge sources stop here: camera closed, threads joined
    if (syncLink) syncLink->stop();  // staff's last asks are written for the sync process
    (*door)->stop();                 // every check-in already asked for is finished and durable
    return 0;
}
