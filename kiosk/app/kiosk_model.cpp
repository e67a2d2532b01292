#include "kiosk/app/kiosk_model.hpp"

#include "common/overloaded.hpp"
#include "common/text.hpp"
#include "core/pin_format.hpp"
#include "kiosk/app/typed_text.hpp"
#include "words/language.hpp"

#include <algorithm>

namespace credopass::kiosk {

KioskModel::KioskModel(KioskConfig config)
    : config_(std::move(config)), language_(config_.language, config_.languages), volume_(config_.volume) {
    post(RefreshStatus{});
    refreshPending_ = true;
}

void KioskModel::go(ScreenId s) {
    // The idle screen faces members: staff mode never stays open behind it,
    // whatever led there (a result timing out, Cancel, an answer come late),
    // or the next tap on "Staff" would skip the PIN.
    if (s == ScreenId::Idle && unlocked_) {
        post(AuditNote{"lock", "back to the door screen"});
        lock();  // which leaves a result showing: this goes on to the idle screen
    }
    if (screen_ == s) return;
    screen_ = s;
    changed();
}

// --- member side ---

void KioskModel::scan(Scan scan) {
    // A scanner's code ends whatever was being typed by hand at the door: a
    // key of the burst that came late (and so looked typed) must not start
    // the next member id.
    if (scan.origin == ScanOrigin::Scanner) typedAtDoor_.clear();
    post(std::move(scan));
    ++scansSent_;
    changed();  // the frame report tells it (tests wait for the scan to be in the door's queue)
}

void KioskModel::typedAtDoor(std::string_view typed, SteadyTime now) {
    for (char c : typed) {
        if (c == '\n' || c == '\r') {
            if (!typedAtDoor_.empty()) post(Scan{std::exchange(typedAtDoor_, {}), ScanOrigin::Keyboard, now});
        } else if (typedAtDoor_.size() < kMaxTypedId) {
            typedAtDoor_.push_back(c);
        }
    }
}

void KioskModel::chooseLanguage(const std::string& code, SteadyTime now) {
    if (screen_ != ScreenId::Idle) return;
    language_.memberChose(code, now);
    changed();
}

void KioskModel::chooseStaffLanguage(const std::string& code, SteadyTime now) {
    if (!staffAllowed(now)) return;
    staffActivity_ = now;
    language_.staffChose(code);
    changed();
}

void KioskModel::dismissResult(SteadyTime now) {
    if (screen_ != ScreenId::Result) return;
    if (!waitingResults_.empty()) return presentNextWaiting(now);  // the next member's answer, at once
    result_.reset();
    language_.backToDefault();  // the next member meets the door's own language
    ScreenId back = std::exchange(resultOver_, ScreenId::Idle);
    // Staff mode may have ended while the result showed (staffAllowed locks
    // when it has): then the door screen, never a staff screen.
    if (isStaffScreen(back) && !staffAllowed(now)) back = ScreenId::Idle;
    if (back == ScreenId::Pin) pinActivity_ = now;  // the PIN pad's full time again
    go(back);
}

void KioskModel::wantGlyphsOf(std::string_view text) {
    std::u32string merged;
    const std::u32string more = distinctCodePoints(text);
    std::set_union(nameGlyphs_.begin(), nameGlyphs_.end(), std::upper_bound(more.begin(), more.end(), U'\x7F'),
                   more.end(), std::back_inserter(merged));
    if (merged.size() == nameGlyphs_.size()) return;
    nameGlyphs_ = std::move(merged);
    ++nameGlyphsVersion_;
}

void KioskModel::onCheckin(CheckinReply reply, SteadyTime now) {
    if (reply.result) {
        const CheckinResult& r = *reply.result;
        if (r.member) wantGlyphsOf(r.member->fullName());
        if (r.event) wantGlyphsOf(r.event->name);
        ResultView view = words::describe(r);
        RecentScan entry{r.at, r.member ? r.member->fullName() : std::string(words::tr("unknown badge")), view.title,
                         view.tone};
        recent_.push_front(std::move(entry));
        if (recent_.size() > kRecentScans) recent_.pop_back();
        // Counts changed. Staff looking at them get them at once; the idle
        // screen shows none, so it waits for the periodic refresh and the
        // door worker stays free for the next member.
        if (r.admitted() && isStaffScreen(screen_)) nextRefresh_ = now;
    }
    if (reply.manual) {
        words::useLanguage(language_.staff());  // staff read it, on their screen
        ResultView view = reply.result ? words::describe(*reply.result) : words::describeFailure(*reply.error);
        sounds_.push_back(view.sound);
        manualResult_ = view;
        manualCheckin_ = reply.result;
        changed();
        return;
    }
    // A PIN being typed or checked is abandoned, and its answer, when it
    // comes, opens nothing: the PIN pad comes back empty.
    pin_.clear();
    abandonPinCheck();
    if (screen_ == ScreenId::Result && now < minShownUntil()) {
        if (waitingResults_.size() == kMaxWaitingResults) waitingResults_.pop_front();
        waitingResults_.push_back(std::move(reply));
        changed();
        return;
    }
    present(std::move(reply), now);
}

void KioskModel::presentNextWaiting(SteadyTime now) {
    CheckinReply next = std::move(waitingResults_.front());
    waitingResults_.pop_front();
    present(std::move(next), now);
}

SteadyTime KioskModel::minShownUntil() const {
    return resultShownAt_ + std::min(config_.resultMinShown, config_.resultDuration);
}

float KioskModel::resultTimeLeft(SteadyTime now) const {
    if (screen_ != ScreenId::Result || resultUntil_ <= resultShownAt_) return 0.0f;
    const auto total = std::chrono::duration<float>(resultUntil_ - resultShownAt_).count();
    const auto left = std::chrono::duration<float>(resultUntil_ - now).count();
    return std::clamp(left / total, 0.0f, 1.0f);
}

void KioskModel::present(CheckinReply reply, SteadyTime now) {
    // The words are fixed now, in the member's language (the one they tapped,
    // or the door's), even when the result shows over a staff screen.
    words::useLanguage(language_.forMembers(now));
    ResultView view = reply.result ? words::describe(*reply.result) : words::describeFailure(*reply.error);
    sounds_.push_back(view.sound);  // with its own result, when it shows
    lastCheckin_ = reply.result;
    // The member at the door takes the screen, whichever is open: the result
    // shows over a staff screen or the PIN pad as it does over the idle
    // screen, and that screen comes back after it. A result replacing a
    // result keeps going back where the first one would have.
    if (screen_ != ScreenId::Result) resultOver_ = screen_;
    result_ = std::move(view);
    resultShownAt_ = now;
    resultUntil_ = now + config_.resultDuration;
    barStep_ = -1;
    shownScan_ = reply.scannedAt;
    screen_ = ScreenId::Result;
    changed();
}

// --- staff side ---

void KioskModel::openStaff(SteadyTime now) {
    if (unlocked_ && staffAllowed(now)) {
        staffActivity_ = now;
        return showStaffScreen(ScreenId::Dashboard, now);
    }
    pin_.clear();
    pinMessage_.clear();
    abandonPinCheck();  // a fresh PIN screen waits for no earlier check
    pinActivity_ = now;
    go(ScreenId::Pin);
    changed();
}

void KioskModel::openScreen(ScreenId screen, SteadyTime now) {
    if (screen == ScreenId::Pin) return openStaff(now);
    if (isStaffScreen(screen)) showStaffScreen(screen, now);
}

void KioskModel::pinTyped(std::string_view typed, SteadyTime now) {
    for (char c : typed) {
        if (c == '\n' || c == '\r')
            pinSubmit(now);
        else
            pinDigit(c, now);
    }
}

void KioskModel::pinDigit(char digit, SteadyTime now) {
    if (screen_ != ScreenId::Pin || pinBusy_ || digit < '0' || digit > '9') return;
    pinActivity_ = now;
    if (pin_.size() < kMaxPinDigits) pin_.push_back(digit);
    changed();
}

void KioskModel::pinBackspace(SteadyTime now) {
    if (screen_ != ScreenId::Pin || pinBusy_ || pin_.empty()) return;
    pinActivity_ = now;
    pin_.pop_back();
    changed();
}

void KioskModel::pinSubmit(SteadyTime now) {
    if (screen_ != ScreenId::Pin || pinBusy_) return;
    pinActivity_ = now;
    if (auto wait = lockout_.secondsLeft(now)) {
        pinMessage_ = words::fill(words::tr("Too many wrong PINs. Try again in {s} s"), {{"s", std::to_string(*wait)}});
        pin_.clear();
        return changed();
    }
    if (pin_.empty()) return;
    pinBusy_ = true;
    pinMessage_ = words::tr("Checking...");
    pinWaiting_ = ++pinChecks_;
    post(VerifyPin{pin_, *pinWaiting_});
    pin_.clear();  // the PIN lives only in the request now
    changed();
}

void KioskModel::onPinReply(const PinReply& r, SteadyTime now) {
    // Only the answer to the check still waited for, while the PIN screen
    // that asked shows, may unlock. Any other answers a check the screen has
    // moved on from (a member's scan took it, Cancel, a newer check): opening
    // staff mode then would leave it open behind the door screen.
    if (!pinWaiting_ || r.requestId != *pinWaiting_ || screen_ != ScreenId::Pin) {
        // The door service logged that unlock; the log should say it opened nothing.
        if (r.ok) post(AuditNote{"unlock_discarded", "an answer the PIN screen no longer waited for"});
        return;
    }
    abandonPinCheck();  // answered: nothing is waited for any more
    if (r.ok) {
        lockout_.clear();
        unlocked_ = true;
        staffActivity_ = now;
        pinMessage_.clear();
        post(RefreshStatus{});
        screen_ = ScreenId::Dashboard;
    } else if (r.noPinSet) {
        pinMessage_ = words::tr("No staff PIN is set. Run: credopass-kiosk --set-pin");
    } else {
        lockout_.lockFor(now, r.retryAfter);
        pinActivity_ = now;
        pinMessage_ = r.refusedLocked ? words::tr("Too many wrong PINs") : words::tr("Wrong PIN");
        if (auto wait = lockout_.secondsLeft(now))
            pinMessage_ += words::fill(words::tr(". Try again in {s} s"), {{"s", std::to_string(*wait)}});
        sounds_.push_back(Sound::Error);
    }
    changed();
}

void KioskModel::cancelPin() {
    pin_.clear();
    pinMessage_.clear();
    abandonPinCheck();
    go(ScreenId::Idle);
}

void KioskModel::abandonPinCheck() {
    pinWaiting_.reset();
    pinBusy_ = false;
}

bool KioskModel::staffAllowed(SteadyTime now) {
    if (!unlocked_) return false;
    if (now - staffActivity_ >= config_.autoLockAfter) {
        post(AuditNote{"auto_lock", "inactivity"});
        lock();
        return false;
    }
    return true;
}

void KioskModel::showStaffScreen(ScreenId screen, SteadyTime now) {
    if (!isStaffScreen(screen) || !staffAllowed(now)) return;
    staffActivity_ = now;
    staffMessage_.clear();
    if (screen == ScreenId::Manual) manualResult_.reset();
    if (screen == ScreenId::Dashboard || screen == ScreenId::Sync) post(RefreshStatus{});
    go(screen);
    changed();
}

void KioskModel::staffTouched(SteadyTime now) {
    if (staffAllowed(now)) staffActivity_ = now;
}

void KioskModel::lock() {
    unlocked_ = false;
    ++locks_;
    pin_.clear();
    abandonPinCheck();
    searchText_.clear();
    searchResults_.clear();
    manualResult_.reset();
    staffMessage_.clear();
    // A member's result on screen keeps its time, then goes to the door
    // screen rather than back to the staff screen just locked.
    if (screen_ == ScreenId::Result)
        resultOver_ = ScreenId::Idle;
    else
        screen_ = ScreenId::Idle;
    changed();
}

void KioskModel::setSearchText(std::string text, SteadyTime now) {
    if (!staffAllowed(now)) return;
    staffActivity_ = now;
    searchText_ = std::move(text);
    manualResult_.reset();
    if (searchText_.empty()) {
        searchResults_.clear();
        searchResultsFor_.clear();
    } else
        post(SearchMembers{searchText_});
    changed();
}

void KioskModel::searchTyped(std::string_view typed, SteadyTime now) {
    std::string text = searchText_;
    if (appendTyped(text, typed)) setSearchText(std::move(text), now);
}

void KioskModel::searchBackspace(SteadyTime now) {
    std::string text = searchText_;
    if (eraseLastCharacter(text)) setSearchText(std::move(text), now);
}

void KioskModel::manualCheckin(const std::string& memberId, bool checkOut, SteadyTime now) {
    if (!staffAllowed(now)) return;
    staffActivity_ = now;
    post(ManualCheckin{memberId, checkOut ? DoorMode::OutOnly : DoorMode::InOnly});
}

bool KioskModel::canAdmitOneMore(bool manual) const {
    const auto& answer = manual ? manualCheckin_ : lastCheckin_;
    if (!unlocked_ || !answer || answer->outcome != Outcome::EventFull || !answer->member) return false;
    return manual ? manualResult_.has_value() : screen_ == ScreenId::Result;
}

void KioskModel::admitOneMore(bool manual, SteadyTime now) {
    if (!canAdmitOneMore(manual) || !staffAllowed(now)) return;
    const std::string memberId = (manual ? manualCheckin_ : lastCheckin_)->member->id;
    staffActivity_ = now;
    manualResult_.reset();
    manualCheckin_.reset();
    // From the manual screen the answer shows there; from a result at the
    // door it is the next result, so the member sees their welcome.
    post(ManualCheckin{memberId, DoorMode::InOnly, true, !manual});
    changed();
}

void KioskModel::pinEvent(std::optional<std::string> eventId, SteadyTime now) {
    if (!staffAllowed(now)) return;
    staffActivity_ = now;
    post(PinEvent{std::move(eventId)});
}

void KioskModel::setDoorMode(DoorMode mode, SteadyTime now) {
    if (!staffAllowed(now)) return;
    staffActivity_ = now;
    post(SetMode{mode});
}

void KioskModel::exportCsv(std::string path, SteadyTime now) {
    if (!staffAllowed(now)) return;
    staffActivity_ = now;
    staffMessage_ = words::tr("Exporting...");
    post(ExportCsv{std::move(path)});
    changed();
}

void KioskModel::askClock(ClockAsk::What what, SteadyTime now, TimePoint setTo) {
    if (!staffAllowed(now)) return;
    staffActivity_ = now;
    post(ClockAsk{what, setTo});
}

void KioskModel::setVolume(int volume, SteadyTime now) {
    if (!staffAllowed(now)) return;
    staffActivity_ = now;
    volume = std::clamp(volume, 0, 100);
    if (volume == volume_) return;
    volume_ = volume;
    post(AuditNote{"volume", std::to_string(volume)});
    changed();
}

void KioskModel::noteStaffAction(std::string action, std::string detail, SteadyTime now) {
    if (!staffAllowed(now)) return;
    staffActivity_ = now;
    post(AuditNote{std::move(action), std::move(detail)});
}

void KioskModel::askSync(sync::SyncAsk ask, SteadyTime now) {
    if (!staffAllowed(now)) return;
    staffActivity_ = now;
    syncAsks_.push_back(ask);
    switch (ask) {
        case sync::SyncAsk::Now:
            post(AuditNote{"sync_now", ""});
            syncAsked_ = true;  // the screen says so until the status read back shows the ask
            break;
        case sync::SyncAsk::RetryHeld: post(AuditNote{"sync_retry_held", ""}); break;
        case sync::SyncAsk::ApplyHeldRoster: post(AuditNote{"sync_apply_held_roster", ""}); break;
    }
    changed();
}

void KioskModel::requestExit(SteadyTime now) {
    if (!staffAllowed(now)) return;
    post(AuditNote{"exit", "to the system"});
    exitRequested_ = true;
    changed();
}

// --- replies ---

void KioskModel::apply(DoorReply reply, SteadyTime now) {
    std::visit(Overloaded{
                   [&](CheckinReply& r) { onCheckin(std::move(r), now); },
                   [&](StaffBadgeReply& r) {
                       abandonPinCheck();  // the badge opened it: a PIN still being checked has nothing to add
                       unlocked_ = true;
                       lockout_.clear();
                       staffActivity_ = now;
                       staffMessage_ = words::fill(words::tr("Welcome, {name}"), {{"name", r.name}});
                       post(RefreshStatus{});
                       screen_ = ScreenId::Dashboard;
                       changed();
                   },
                   [&](PinReply& r) { onPinReply(r, now); },
                   [&](SearchReply& r) {
                       if (r.text != searchText_) return;  // an answer to an older query
                       searchResults_ = std::move(r.members);
                       searchResultsFor_ = std::move(r.text);
                       changed();
                   },
                   [&](StatusReply& r) {
                       status_ = std::move(r.status);
                       statusKnown_ = true;
                       ++statusUpdates_;
                       if (status_.nameGlyphs != nameGlyphs_) {
                           // The roster's, whole: a name gone from it takes its characters along.
                           nameGlyphs_ = status_.nameGlyphs;
                           ++nameGlyphsVersion_;
                       }
                       refreshPending_ = false;
                       nextRefresh_ = now + kRefreshEvery;
                       if (!sync_.running) {
                           sync_.waiting = status_.waiting;
                           sync_.poison = status_.poison;
                       }
                       changed();
                   },
                   [&](ExportReply& r) {
                       // The error's own message (a path, SQLite's words) stays as the code put it.
                       staffMessage_ =
                           r.rows ? words::fill(words::trn("Exported {n} row to {file}", "Exported {n} rows to {file}",
                                                           static_cast<long long>(*r.rows)),
                                                {{"file", r.path}})
                                  : words::fill(words::tr("Export failed: {error}"), {{"error", r.error->message}});
                       changed();
                   },
                   [&](FailureReply& r) {
                       staffMessage_ = words::fill(words::tr("{action} failed: {error}"),
                                                   {{"action", r.action}, {"error", r.error.message}});
                       changed();
                   },
                   [&](Pong&) {},  // the loop's watchdog (host/liveness.hpp): nothing to show
               },
               reply);
}

void KioskModel::setSync(SyncView sync) {
    sync_ = std::move(sync);
    if (sync_.asked) syncAsked_ = false;  // the ask is on record: the status says so from here
    changed();
}

// --- time ---

void KioskModel::tick(SteadyTime now) {
    if (auto ends = language_.choiceEnds(); ends && now >= *ends) {
        language_.backToDefault();  // the member who tapped a language has gone
        changed();
    }
    if (screen_ == ScreenId::Result && !waitingResults_.empty() && now >= minShownUntil()) presentNextWaiting(now);
    if (screen_ == ScreenId::Result && now >= resultUntil_) dismissResult(now);
    if (screen_ == ScreenId::Result) {
        // The countdown bar moves in tenths: a redraw each, not each frame.
        const int step = static_cast<int>(resultTimeLeft(now) * 10.0f);
        if (step != barStep_) {
            barStep_ = step;
            changed();
        }
    }
    if (screen_ == ScreenId::Pin && !pinBusy_ && now - pinActivity_ >= config_.pinScreenTimeout) cancelPin();
    if (screen_ == ScreenId::Pin) {
        // The lockout counts down live: a redraw when its whole seconds change.
        const std::int64_t left = lockout_.secondsLeft(now).value_or(0);
        if (left != lockoutShown_) {
            lockoutShown_ = left;
            changed();
        }
    }
    if (unlocked_) staffAllowed(now);
    if (!refreshPending_ && now >= nextRefresh_) {
        refreshPending_ = true;
        post(RefreshStatus{});
    }
}

std::optional<SteadyTime> KioskModel::nextDeadline() const {
    std::optional<SteadyTime> next;
    auto consider = [&](SteadyTime t) {
        if (!next || t < *next) next = t;
    };
    if (screen_ == ScreenId::Result) {
        consider(resultUntil_);
        if (!waitingResults_.empty()) consider(minShownUntil());
        // The countdown bar's next tenth.
        const auto tenth = (resultUntil_ - resultShownAt_) / 10;
        if (tenth.count() > 0) consider(resultUntil_ - tenth * std::min(barStep_, 9));
    }
    if (screen_ == ScreenId::Pin && !pinBusy_) consider(pinActivity_ + config_.pinScreenTimeout);
    if (screen_ == ScreenId::Pin && lockoutShown_ > 0) {
        // The next whole second of the countdown (secondsLeft rounds up).
        consider(lockout_.until() - std::chrono::seconds(lockoutShown_ - 1));
    }
    if (unlocked_) consider(staffActivity_ + config_.autoLockAfter);
    if (!refreshPending_) consider(nextRefresh_);
    if (auto ends = language_.choiceEnds()) consider(*ends);
    return next;
}

// --- outputs ---

std::vector<DoorRequest> KioskModel::takeRequests() {
    return std::exchange(requests_, {});
}
std::vector<Sound> KioskModel::takeSounds() {
    return std::exchange(sounds_, {});
}
std::vector<sync::SyncAsk> KioskModel::takeSyncAsks() {
    return std::exchange(syncAsks_, {});
}
std::optional<SteadyTime> KioskModel::takeShownScan() {
    return std::exchange(shownScan_, std::nullopt);
}

}  // namespace credopass::kiosk
