#pragma once
// The door screen's model: which screen shows, what it shows, and the staff
// rules (PIN, lockout, auto-lock). The UI reads it and calls its intents; the
// model answers with requests for the door worker and sounds to play. It has
// no thread, no clock of its own (time is passed in) and no display, so every
// rule here is tested without a screen.

#include "config/kiosk_config.hpp"
#include "kiosk/app/door_language.hpp"
#include "kiosk/app/door_messages.hpp"
#include "kiosk/app/pin_lockout.hpp"
#include "kiosk/app/screen_table.hpp"
#include "sync/sync_ask.hpp"
#include "sync/sync_status.hpp"
#include "words/result_view.hpp"

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace credopass::kiosk {

using words::Icon;
using words::ResultView;
using words::Sound;
using words::Tone;

struct RecentScan {
    TimePoint at{};
    std::string who;   // member name, or "unknown badge"
    std::string what;  // the result's title ("Welcome, Jane", "Event full")
    Tone tone = Tone::Error;
};

// The sync process's state, as the screens show it (kiosk/app/sync_view.hpp
// makes it from the SyncStatus the sync process keeps in the database). On a
// door with no HQ configured the door worker's outbox counts fill `waiting`
// and `poison`.
struct SyncView {
    bool running = false;  // HQ is configured: the sync process serves this door
    bool online = false;
    bool offline = false;                                     // unreachable, failing or refusing our credentials
    sync::Connection connection = sync::Connection::Unknown;  // meaningful while running
    std::int64_t waiting = 0;
    std::vector<PoisonRecord> poison;
    std::optional<TimePoint> lastSuccess;
    std::string lastError;        // the failure as the code put it (details, for whoever fixes it)
    std::string lastErrorWords;   // the same for a volunteer (words/sync_words), when its kind is known
    std::int64_t drainSent = 0;   // while a backlog drains: confirmed so far ...
    std::int64_t drainTotal = 0;  // ... of this many
    bool pulling = false;
    std::vector<std::string> pullHeld;  // rosters not applied: they would remove too much
    std::int64_t correctedAtHq = 0;     // records HQ's other writers changed, put right
    bool asked = false;                 // staff's ask waits for the sync process, or its round runs
};

class KioskModel {
public:
    explicit KioskModel(KioskConfig config);

    // --- what the screens read ---
    ScreenId screen() const { return screen_; }
    // While the result shows: the screen it covers, and goes back to after
    // (the idle screen, or the PIN pad or staff screen the scan came in on).
    ScreenId resultOver() const { return resultOver_; }
    const KioskConfig& config() const { return config_; }
    const DoorLanguage& language() const { return language_; }
    const std::optional<ResultView>& result() const { return result_; }
    const std::optional<CheckinResult>& lastCheckin() const { return lastCheckin_; }
    // The share of the result's time still to run (1 when it appears, 0 when
    // it goes), for the countdown bar; and how many results wait their turn.
    float resultTimeLeft(SteadyTime now) const;
    std::size_t resultsWaiting() const { return waitingResults_.size(); }
    const DoorStatus& status() const { return status_; }
    bool statusKnown() const { return statusKnown_; }
    std::uint64_t statusUpdates() const { return statusUpdates_; }  // door status replies applied
    // Every non-ASCII character a name on the screen may need: the roster's
    // (from the door status) and those of names that came in an answer since,
    // a member pulled after the last status, who would otherwise draw as "?"
    // until the next one. Sorted, distinct. The version moves when it grows.
    const std::u32string& nameGlyphs() const { return nameGlyphs_; }
    std::uint64_t nameGlyphsVersion() const { return nameGlyphsVersion_; }
    const std::deque<RecentScan>& recentScans() const { return recent_; }
    std::size_t pinLength() const { return pin_.size(); }
    const std::string& pinMessage() const { return pinMessage_; }
    bool pinBusy() const { return pinBusy_; }
    std::optional<std::int64_t> pinSecondsLeft(SteadyTime now) const { return lockout_.secondsLeft(now); }
    bool staffUnlocked() const { return unlocked_; }
    // Counts the locks: a staff screen's half-done choice (an event being
    // picked) belongs to the session it began in.
    std::uint64_t staffLocks() const { return locks_; }
    std::uint64_t scansSent() const { return scansSent_; }  // badges handed to the door, from any source
    const std::string& searchText() const { return searchText_; }
    const std::vector<Member>& searchResults() const { return searchResults_; }
    // The search text the results answer (it trails searchText while the worker searches).
    const std::string& searchResultsFor() const { return searchResultsFor_; }
    const std::optional<ResultView>& manualResult() const { return manualResult_; }
    const std::string& staffMessage() const { return staffMessage_; }
    const SyncView& sync() const { return sync_; }
    // "Sync now" was tapped and the sync process has not finished the round it asked for.
    bool syncAsked() const { return syncAsked_ || sync_.asked; }
    int volume() const { return volume_; }
    bool exitRequested() const { return exitRequested_; }
    // Bumped by every change: the UI draws a frame only when it moved.
    std::uint64_t version() const { return version_; }

    // --- intents from the UI ---
    // A badge, from any source, on any screen: the door answers it, and the
    // answer shows over whatever screen is open.
    void scan(Scan scan);
    // A person typing a member id at the door, by hand (the splitter has
    // taken out a scanner's codes): collected until Enter, then a scan.
    void typedAtDoor(std::string_view typed, SteadyTime now);
    void chooseLanguage(const std::string& code, SteadyTime now);  // a member's tap on idle
    void chooseStaffLanguage(const std::string& code, SteadyTime now);
    void dismissResult(SteadyTime now);  // a touch on the result: the next member is waiting
    void openStaff(SteadyTime now);      // the staff corner: PIN screen, or the dashboard when unlocked
    // A shortcut or a tab (kScreens): F2's PIN screen is openStaff, a staff
    // screen needs staff mode, and the member screens open only by themselves.
    void openScreen(ScreenId screen, SteadyTime now);
    void pinDigit(char digit, SteadyTime now);
    void pinTyped(std::string_view typed, SteadyTime now);  // digits, and Enter to submit
    void pinBackspace(SteadyTime now);
    void pinSubmit(SteadyTime now);
    void cancelPin();
    void showStaffScreen(ScreenId screen, SteadyTime now);
    void staffTouched(SteadyTime now);  // any touch in staff mode postpones auto-lock
    void lock();
    void setSearchText(std::string text, SteadyTime now);
    void searchTyped(std::string_view typed, SteadyTime now);  // a person typing on a real keyboard
    void searchBackspace(SteadyTime now);
    void manualCheckin(const std::string& memberId, bool checkOut, SteadyTime now);
    // Event full: staff let that member in anyway (audited as admit_over_capacity).
    // `manual`: the answer on the manual check-in screen, else the result screen's.
    bool canAdmitOneMore(bool manual) const;
    void admitOneMore(bool manual, SteadyTime now);
    void pinEvent(std::optional<std::string> eventId, SteadyTime now);
    void setDoorMode(DoorMode mode, SteadyTime now);
    void exportCsv(std::string path, SteadyTime now);
    // Staff only, audited by the door service; `setTo` for ClockAsk::What::Set.
    void askClock(ClockAsk::What what, SteadyTime now, TimePoint setTo = {});
    void setVolume(int volume, SteadyTime now);
    void noteStaffAction(std::string action, std::string detail, SteadyTime now);
    void syncNow(SteadyTime now) { askSync(sync::SyncAsk::Now, now); }
    void askSync(sync::SyncAsk ask, SteadyTime now);  // staff only, audited
    void requestExit(SteadyTime now);                 // staff only: leave to the system

    // --- from the threads ---
    void apply(DoorReply reply, SteadyTime now);
    void setSync(SyncView sync);

    // --- time ---
    void tick(SteadyTime now);
    std::optional<SteadyTime> nextDeadline() const;

    // --- what the shell carries out ---
    std::vector<DoorRequest> takeRequests();
    std::vector<Sound> takeSounds();
    std::vector<sync::SyncAsk> takeSyncAsks();
    // The decode time of a scan whose result is now on screen, once: the UI
    // measures scan-to-frame latency with it after presenting the frame.
    std::optional<SteadyTime> takeShownScan();

    static constexpr std::size_t kRecentScans = 12;
    static constexpr std::size_t kMaxTypedId = 512;  // a stuck key cannot grow it
    static constexpr std::chrono::seconds kRefreshEvery{30};

private:
    void changed() { ++version_; }
    void go(ScreenId s);
    void post(DoorRequest r) { requests_.push_back(std::move(r)); }
    void onCheckin(CheckinReply reply, SteadyTime now);
    void present(CheckinReply reply, SteadyTime now);  // a door answer takes the screen
    void presentNextWaiting(SteadyTime now);           // the oldest waiting answer (there is one)
    SteadyTime minShownUntil() const;
    void onPinReply(const PinReply& reply, SteadyTime now);
    void abandonPinCheck();
    bool staffAllowed(SteadyTime now);  // false (and locked) when the session expired

    KioskConfig config_;
    DoorLanguage language_;
    ScreenId screen_ = ScreenId::Idle;
    ScreenId resultOver_ = ScreenId::Idle;
    std::uint64_t version_ = 1;

    std::optional<ResultView> result_;
    std::optional<CheckinResult> lastCheckin_;
    SteadyTime resultUntil_{};
    SteadyTime resultShownAt_{};
    // Door answers that came while the one on screen had not had its minimum
    // time yet, oldest first; at most kMaxWaitingResults (then the oldest
    // waiting one is dropped from the screen: it is durable, and in Recent scans).
    std::deque<CheckinReply> waitingResults_;
    static constexpr std::size_t kMaxWaitingResults = 4;
    std::optional<SteadyTime> shownScan_;
    std::deque<RecentScan> recent_;
    std::string typedAtDoor_;  // a member id typed by hand, until Enter

    DoorStatus status_;
    std::uint64_t statusUpdates_ = 0;
    void wantGlyphsOf(std::string_view text);
    std::u32string nameGlyphs_;
    std::uint64_t nameGlyphsVersion_ = 0;
    SteadyTime nextRefresh_{};

    std::string pin_;
    std::string pinMessage_;
    std::uint64_t pinChecks_ = 0;              // VerifyPin requests sent, for their ids
    std::optional<std::uint64_t> pinWaiting_;  // the one check whose answer may still unlock
    SteadyTime pinActivity_{};
    PinLockout lockout_;
    SteadyTime staffActivity_{};

    std::string searchText_;
    std::vector<Member> searchResults_;
    std::string searchResultsFor_;
    std::optional<ResultView> manualResult_;
    std::optional<CheckinResult> manualCheckin_;  // the answer behind manualResult_
    std::string staffMessage_;
    SyncView sync_;
    int volume_;
    int barStep_ = -1;               // the countdown bar redraws in tenths
    std::int64_t lockoutShown_ = 0;  // the PIN pad's countdown redraws each second
    // The flags, side by side (scattered, each costs a word of padding).
    bool statusKnown_ = false;
    bool refreshPending_ = false;
    bool pinBusy_ = false;  // a PIN check is with the door worker
    bool unlocked_ = false;
    std::uint64_t locks_ = 0;
    std::uint64_t scansSent_ = 0;
    bool exitRequested_ = false;
    bool syncAsked_ = false;
    std::vector<sync::SyncAsk> syncAsks_;

    std::vector<DoorRequest> requests_;
    std::vector<Sound> sounds_;
};

}  // namespace credopass::kiosk
