#!/usr/bin/env bash
# End-to-end: the device screen by finger, at 800x480 (issue 9.10, 9.13).
# Staff unlock with the PIN, open the device screen and drag its column up to
# reach its foot. Export to a USB stick that is not there: an error naming
# the stick's path, and no file. The stick goes in: the export has the same
# rows as kioskctl's. Then "Exit to the system": it asks and says what
# happens next; Stay keeps the door; Exit and Exit stop it with status 0,
# audited, having said it was stopping.
#
#   exit_e2e.sh KIOSK KIOSKCTL ARTEFACTS_DIR
#
# Exit 77 (ctest: skipped) only when Xvfb itself is not installed.
set -euo pipefail

KIOSK=$1
KIOSKCTL=$2
ART=$3
TIMEOUT=${CREDOPASS_E2E_TIMEOUT:-20}

WORK=$(mktemp -d "${TMPDIR:-/tmp}/credopass-exit.XXXXXX")
source "$(dirname "$0")/lib.sh"
e2e_need_tools xdotool import sqlite3
trap cleanup EXIT
HAND_DELAY_MS=900  # a person's keys, well past the 400 ms scanner gap
mkdir -p "$ART"
SIZE=800x480
SUFFIX=-exit
e2e_start_display "$SIZE"

e2e_demo_db 20
echo 471147 | "$KIOSKCTL" --db "$DB" pin >/dev/null
e2e_scanner_toml
STICK=$WORK/stick  # not there yet: the stick is not in
printf '[staff]\nexport_dir = "%s"\n' "$STICK" >> "$WORK/kiosk.toml"
# --check-text: the screen's words are in the log, so the test reads what staff read.
"$KIOSK" --db "$DB" --config "$WORK/kiosk.toml" --tell-taps --check-text >"$WORK/kiosk.log" 2>&1 &
KIOSK_PID=$!
wait_for "first frame after"
wait_for "screen idle"

# A quick tap whose down, up and the finger's next move reach the door in
# one batch still presses the button under it.
tap_in_one_batch idle-staff
wait_for "screen pin"
type_by_hand 471147
xdotool key Return
wait_for "screen dashboard"
xdotool key F6
wait_for "screen device"
# Exit is at the foot of the device column, below the fold at 800x480: a
# finger drags the column up until it shows (a drag presses nothing on the way).
# How far depends on what the column holds (an unset clock adds its rows).
for _ in 1 2 3 4 5 6 7 8; do
    (( $(count "credopass-kiosk: tap device-exit at ") == 0 )) || break
    xdotool mousemove 200 440 mousedown 1
    for y in 430 410 370 320 260 200 140 100; do xdotool mousemove 200 "$y"; sleep 0.05; done
    xdotool mouseup 1 mousemove 799 0
    sleep 0.2  # the next drag starts from a lifted finger; the loop's exit waits on the log below
done
wait_for "credopass-kiosk: tap device-exit at "
shot device-scrolled

tap device-export
wait_for "text shown: Export failed: .*$STICK"
[[ ! -e "$STICK" ]] || fail "a failed export left something behind"
shot export-no-stick
mkdir "$STICK"
tap device-export
wait_for "text shown: Exported [0-9]* rows to $STICK/attendance-"
FILES=("$STICK"/attendance-*.csv)
(( ${#FILES[@]} == 1 )) || fail "expected one export file, found ${#FILES[@]}"
"$KIOSKCTL" --db "$DB" attendance --csv > "$WORK/kioskctl.csv"
(( $(wc -l < "${FILES[0]}") > 1 )) || fail "the export has no rows"
cmp -s "${FILES[0]}" "$WORK/kioskctl.csv" || fail "the screen's export differs from kioskctl attendance --csv"
[[ $(q "SELECT count(*) FROM audit_log WHERE action = 'export_csv'") -ge 1 ]] || fail "the export was not audited"
shot export-done
echo "ok: no stick, a clear error and no file; with the stick, the whole list ($(( $(wc -l < "${FILES[0]}") - 1 )) rows)"

tap device-exit
wait_for "credopass-kiosk: tap exit-stay at "
shot exit-question
tap exit-stay
# Asked again: the question is told again only if Stay had closed it.
tap device-exit
wait_for "credopass-kiosk: tap exit-stay at " 2
(( $(count "credopass-kiosk: stopping") == 0 )) || fail "Stay stopped the door"
[[ $(q "SELECT count(*) FROM audit_log WHERE action = 'exit'") == 0 ]] || fail "Stay was audited as an exit"
echo "ok: Exit asks first, and Stay keeps the door running"
tap exit-confirm
for _ in $(seq $((TIMEOUT * 20))); do kill -0 "$KIOSK_PID" 2>/dev/null || break; sleep 0.05; done
kill -0 "$KIOSK_PID" 2>/dev/null && fail "the door still runs after Exit"
wait "$KIOSK_PID" || fail "exit status $? after Exit (the unit counts only a clean exit as stopped on purpose)"
KIOSK_PID=""
grep -q "credopass-kiosk: stopping" "$WORK/kiosk.log" || fail "no clean stop"
[[ $(q "SELECT count(*) FROM audit_log WHERE action = 'exit'") == 1 ]] || fail "the exit was not audited"
echo "ok: Exit, confirmed, stops the door with status 0, audited"
