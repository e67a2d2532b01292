#include "kiosk/app/demo_setup.hpp"

#include "kiosk/app/demo_frames.hpp"

#include "badge/issuer.hpp"

#include <algorithm>
#include <filesystem>
#include <utility>

#include <unistd.h>

namespace credopass::kiosk {
namespace {

// The demo's issuer: a fixed, publicly known key, so every demo database
// trusts the same one and its badges stay valid across runs. It makes demo
// badges only; a real kiosk trusts its organisation's key instead.
badge::SecretKey demoIssuer() {
    constexpr std::string_view kSeed = "CredoPass demo issuer, public!!!";  // 32 bytes
    std::array<std::uint8_t, 32> seed{};
    std::copy(kSeed.begin(), kSeed.end(), seed.begin());
    return badge::SecretKey::fromSeed(seed);
}

// Jane's badge (signed, any event) and John's (signed, tonight's event only).
Result<std::vector<std::string>> demoBadges(DoorService& door, const demo::Summary& loaded) {
    const badge::SecretKey key = demoIssuer();
    if (auto trusted = door.trustKey(key.publicKey(), "demo issuer (publicly known; demo badges only)"); !trusted)
        return trusted.error();
    const TimePoint now = door.clock().now();
    std::vector<std::string> texts;
    for (const auto& [member, event] :
         {std::pair{loaded.janeId, std::string()}, std::pair{loaded.johnId, loaded.tonightEventId}}) {
        auto memberId = Uuid::parse(member);
        if (!memberId) return Error{InputErrc::BadMember, "demo member id " + member + " is not a UUID"};
        badge::BadgeClaims claims{*memberId, event.empty() ? std::nullopt : Uuid::parse(event),
                                  now - std::chrono::hours(24), now + std::chrono::days(365)};
        auto text = badge::issueBadge(key, claims);
        if (!text) return text.error();
        texts.push_back(std::move(*text));
    }
    return texts;
}

}  // namespace

DemoSetup::~DemoSetup() {
    std::error_code ec;
    if (!framesDir.empty()) std::filesystem::remove_all(framesDir, ec);
}

DemoSetup::DemoSetup(DemoSetup&& other) noexcept
    : notes(std::move(other.notes)), framesDir(std::exchange(other.framesDir, {})) {}

Result<DemoSetup> DemoSetup::apply(DoorService& door, KioskConfig& config) {
    DemoSetup setup;
    auto loaded = door.loadDemo(300);
    if (!loaded) return loaded.error();
    auto hasPin = door.hasPin();
    if (!hasPin) return hasPin.error();
    if (!*hasPin) {
        auto stored = door.setPin(kDemoPin);
        if (!stored) return stored.error();
        // The note goes to the log (the journal on a kiosk), where no PIN goes,
        // not even the demo's: --help and scripts/demo's banner say it.
        setup.notes.push_back("demo staff PIN set (credopass-kiosk --help names it)");
    } else {
        // A demo database from an older build keeps the PIN it has (then 1234):
        // say so, rather than let the PIN printed above fail at the door.
        setup.notes.push_back("staff PIN: the one already set, not the demo's (credopass-kiosk --help names it)");
    }
    setup.notes.push_back("demo data loaded (" + std::to_string(loaded->members) + " members)");
    if (config.framesDir.empty() && config.camera.empty()) {
        // No camera given: a replayed one shows Jane's signed badge and
        // John's (signed, for tonight's event only) in turn.
        auto badges = demoBadges(door, *loaded);
        if (!badges) return badges.error();
        setup.framesDir =
            (std::filesystem::temp_directory_path() / ("credopass-demo-frames-" + std::to_string(::getpid()))).string();
        auto written = writeDemoFrames(setup.framesDir, *badges, config.replayFps);
        if (!written) return written.error();
        config.framesDir = setup.framesDir;
        setup.notes.push_back("demo camera replays " + setup.framesDir + " (Jane's and John's badges, in a loop)");
    }
    return setup;
}

}  // namespace credopass::kiosk
