# Shared by the door screen's end-to-end scripts (kiosk_e2e.sh, sound_e2e.sh, pin_race_e2e.sh, exit_e2e.sh,
# languages_e2e.sh): tools, a display of their own, cleanup, and waiting on
# the kiosk's log lines. Sourced, not run. Expects WORK (a scratch directory)
# and TIMEOUT (seconds) to be set; uses KIOSK_PID, SYNC_PID, CLOSED_PID and
# XVFB_PID when set, and SUFFIX for screenshot names.

# Exit 77 (ctest: skipped) only when Xvfb itself is missing; any other tool
# missing is a failure (scripts/lib/packages.txt installs them).
e2e_need_tools() {
    command -v Xvfb >/dev/null || { echo "SKIP: Xvfb is not installed (apt-get install xvfb)"; exit 77; }
    local tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (see scripts/lib/packages.txt)"; exit 1; }
    done
}

KIOSK_PID="" SYNC_PID="" CLOSED_PID="" XVFB_PID=""
cleanup() {
    local pid
    # The door first, and gone, before its X server: an X server killed under
    # a running door makes Xlib exit() the door from under its own threads.
    for pid in "$KIOSK_PID" "$SYNC_PID" "$CLOSED_PID"; do
        [[ -n "$pid" ]] && kill "$pid" 2>/dev/null || true
    done
    for pid in "$KIOSK_PID" "$SYNC_PID" "$CLOSED_PID"; do
        [[ -n "$pid" ]] && wait "$pid" 2>/dev/null || true
    done
    [[ -n "$XVFB_PID" ]] && kill "$XVFB_PID" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$WORK"
}

fail() {
    echo "FAIL: $*"
    echo "--- kiosk output ---"
    cat "$WORK/kiosk.log" 2>/dev/null || true
    if [[ -f "$WORK/sync.log" ]]; then
        echo "--- sync process output ---"
        cat "$WORK/sync.log"
    fi
    exit 1
}

# e2e_start_display WxH: an Xvfb of that size; DISPLAY points at it.
e2e_start_display() {
    exec 3> "$WORK/display"
    Xvfb -displayfd 3 -screen 0 "${1}x24" -nolisten tcp -noreset >"$WORK/xvfb.log" 2>&1 &
    XVFB_PID=$!
    exec 3>&-
    local deadline=$((SECONDS + TIMEOUT))
    until [[ -s "$WORK/display" ]]; do
        (( SECONDS < deadline )) && kill -0 "$XVFB_PID" 2>/dev/null || fail "Xvfb did not start: $(cat "$WORK/xvfb.log")"
        sleep 0.05
    done
    export DISPLAY=":$(head -n1 "$WORK/display")"
    export SDL_AUDIODRIVER=dummy  # no sound card under Xvfb; the sounds still play "somewhere"
    # Under the sanitizer build: leaks inside third-party libraries SDL loads are not ours.
    export LSAN_OPTIONS="suppressions=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
}

# Waits until the kiosk has printed `count` lines matching `pattern`.
wait_for() {
    local pattern=$1 count=${2:-1} deadline=$((SECONDS + TIMEOUT))
    local n
    while n=$(grep -c -- "$pattern" "$WORK/kiosk.log" 2>/dev/null) || true; (( ${n:-0} < count )); do
        kill -0 "$KIOSK_PID" 2>/dev/null || fail "the kiosk died while waiting for '$pattern'"
        (( SECONDS < deadline )) || fail "timed out waiting for '$pattern' (#$count)"
        sleep 0.05
    done
}
count() { grep -c -- "$1" "$WORK/kiosk.log" || true; }
# SQL on the kiosk's database; a busy timeout, as the kiosk (and its sync) write it meanwhile.
q() { sqlite3 -batch -noheader -cmd ".timeout 10000" "$DB" "$1"; }
# e2e_scanner_toml: $WORK/kiosk.toml for a door that takes bare member ids
# typed as a scanner would, results shown 2 s. The gap is wide: a badge typed
# by xdotool on a loaded machine can stall mid-burst, and a stall past the gap
# splits it (the splitter's own timing is its unit tests' subject).
e2e_scanner_toml() {
    cat > "$WORK/kiosk.toml" <<TOML
[screen]
result_seconds = 2
[badges]
scanner_gap_ms = 400
accept = "all"
TOML
}
# e2e_demo_db MEMBERS: DB, the demo data with that many generated members
# (kioskctl demo, at $KIOSKCTL), and JANE, the demo's first member.
e2e_demo_db() {
    DB="$WORK/kiosk.db"
    "$KIOSKCTL" --db "$DB" demo --members "$1" >/dev/null
    JANE=$(q "SELECT id FROM users WHERE firstName='Jane' AND lastName='Smith'")
    [[ -n "$JANE" ]] || fail "demo members missing"
}
# Waits (up to TIMEOUT) until the command succeeds; fails with `what` if it never does.
wait_until() {
    local what=$1 deadline=$((SECONDS + TIMEOUT))
    shift
    until "$@"; do
        kill -0 "$KIOSK_PID" 2>/dev/null || fail "the kiosk died while waiting until $what"
        (( SECONDS < deadline )) || fail "timed out waiting until $what"
        sleep 0.05
    done
}
shot() { import -window root "$ART/$1${SUFFIX:-}.png" || fail "screenshot $1"; }
# Types a badge like a keyboard-wedge scanner: a fast burst, then Enter.
scan_typed() { xdotool type --delay 4 -- "$1"; xdotool key Return; }
# Types like a person: each key well after the scanner gap (scanner_gap_ms;
# a script with a wider gap sets HAND_DELAY_MS wider still).
type_by_hand() { xdotool type --delay "${HAND_DELAY_MS:-300}" -- "$1"; }
# Where the door (run with --tell-taps) last said a touch target is: "X Y".
tap_at() { grep "credopass-kiosk: tap $1 at " "$WORK/kiosk.log" | tail -1 | awk '{ print $(NF-1), $NF }'; }
# The same tap, its down, up and the move away all reaching the door in one
# batch, as a quick tap on a busy door does: the kiosk is stopped while X
# queues the events, then continued. Deterministic, where a plain tap on a
# loaded machine only sometimes comes in one batch.
tap_in_one_batch() {
    wait_for "credopass-kiosk: tap $1 at "
    local xy screen
    read -r -a xy < <(tap_at "$1")
    read -r -a screen < <(xdotool getdisplaygeometry)
    kill -STOP "$KIOSK_PID"
    xdotool mousemove "${xy[0]}" "${xy[1]}" click 1 mousemove $((screen[0] - 1)) 0
    kill -CONT "$KIOSK_PID"
}
# A finger on a named target: down, up, then away to the top right corner.
tap() {
    wait_for "credopass-kiosk: tap $1 at "
    local xy screen
    read -r -a xy < <(tap_at "$1")
    read -r -a screen < <(xdotool getdisplaygeometry)
    xdotool mousemove "${xy[0]}" "${xy[1]}" click 1 mousemove $((screen[0] - 1)) 0
}
