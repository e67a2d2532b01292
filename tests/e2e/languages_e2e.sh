#!/usr/bin/env bash
# The door in other languages, as a member and a volunteer meet it at
# 800x480 (the 7" panel): idle, a check-in, and every staff screen.
#  - In the pseudo-language "qps" (every catalogue string «accented and a
#    third longer», po/pseudo.pl) the door runs with --check-text, which tells
#    every line of text it shows: a line with words outside «…» that are not
#    the roster's data (names, emails, event names) bypassed gettext, and fails.
#  - In every language, a label wider than its button (text clipped) fails.
#  - German, French and Polish each leave screenshots of idle and a welcome.
#   tests/e2e/languages_e2e.sh KIOSK KIOSKCTL ARTIFACTS_DIR
set -euo pipefail

KIOSK=$1
KIOSKCTL=$2
ART=$3
SIZE=800x480
TIMEOUT=${CREDOPASS_E2E_TIMEOUT:-20}

WORK=$(mktemp -d "${TMPDIR:-/tmp}/credopass-lang.XXXXXX")
source "$(dirname "$0")/lib.sh"
e2e_need_tools xdotool import convert sqlite3 perl
trap cleanup EXIT
HAND_DELAY_MS=900  # a person's keys, well past the scanner gap in kiosk.toml below
mkdir -p "$ART"
e2e_start_display "$SIZE"

e2e_demo_db 20
cat > "$WORK/kiosk.toml" <<TOML
organisation = "Blue Note Jazz Club"
[screen]
result_seconds = 30
languages = ["en", "de", "fr", "es", "nl", "pt", "pl"]
[staff]
auto_lock_seconds = 600
[badges]
scanner_gap_ms = 400  # xdotool on a loaded machine stalls mid-burst: a real scanner needs far less
accept = "all"   # bare member ids typed as a scanner would
TOML

# The roster's own words may stand outside «…»: they are data, not ours to translate.
{
    echo "Blue Note Jazz Club"
    q "SELECT firstName || ' ' || lastName FROM users"
    q "SELECT email FROM users"
    q "SELECT name FROM events"
} > "$WORK/data"

# A camera that sees no badge: the demo's own replays Jane's and John's in a
# loop, and one of them landing mid-walk took the screen from a staff key.
mkdir -p "$WORK/frames"
convert -size 640x480 xc:gray60 "$WORK/frames/blank.png"

run_door() {  # run_door LANGUAGE: start, check in Jane, then (qps) every staff screen
    local lang=$1
    q "DELETE FROM attendance"
    "$KIOSK" --db "$DB" --config "$WORK/kiosk.toml" --demo --frames "$WORK/frames" --language "$lang" --check-text \
        --tell-taps \
        >"$WORK/kiosk.log" 2>&1 &
    KIOSK_PID=$!
    wait_for "first frame after"
    wait_for "screen idle"
    sleep 0.5  # the door status (event name, doors) arrives a frame or two after the first
    shot "lang-$lang-idle"
    scan_typed "$JANE"
    wait_for "credopass-kiosk: result "
    sleep 0.3
    shot "lang-$lang-welcome"
    if [[ "$lang" == qps ]]; then
        xdotool mousemove 40 40 click 1 mousemove 799 0
        wait_for "screen idle" 2
        xdotool key F2
        wait_for "screen pin"
        sleep 0.3
        type_by_hand "123456"
        xdotool key Return
        wait_for "screen dashboard"
        sleep 0.5
        shot "lang-qps-dashboard"
        # The event list and its confirmation, then back without pinning.
        tap dashboard-choose-event
        wait_for "credopass-kiosk: tap event-1 at "
        sleep 0.3
        shot "lang-qps-events"
        tap event-1
        wait_for "credopass-kiosk: tap events-cancel at "
        sleep 0.3
        shot "lang-qps-events-confirm"
        tap events-cancel
        tap events-back
        wait_for "credopass-kiosk: tap dashboard-choose-event at " 2
        for key in F4:manual F5:sync F6:device; do
            xdotool key "${key%%:*}"
            wait_for "screen ${key##*:}"
            sleep 0.5
            shot "lang-qps-${key##*:}"
        done
    fi
    kill "$KIOSK_PID"
    wait "$KIOSK_PID" 2>/dev/null || true
    KIOSK_PID=""
    cp "$WORK/kiosk.log" "$WORK/kiosk-$lang.log"
}

status=0
for lang in qps de fr pl; do
    run_door "$lang"
    shown=$(grep -c "text shown:" "$WORK/kiosk-$lang.log" || true)
    (( shown > 5 )) || fail "$lang: only $shown lines of text were told; is --check-text working?"
    if grep -q "text clipped:" "$WORK/kiosk-$lang.log"; then
        echo "FAIL: $lang: text that does not fit its room:"
        grep "text clipped:" "$WORK/kiosk-$lang.log" | sed 's/^credopass-kiosk: text clipped: /  /'
        status=1
    else
        echo "ok: $lang: $shown lines of text shown, none clipped"
    fi
done

# Words outside «…» that are not the roster's data: strings that bypassed gettext.
untranslated=$(grep "text shown:" "$WORK/kiosk-qps.log" | sed 's/^credopass-kiosk: text shown: //' |
    perl -CSD -Mutf8 -ne '
        BEGIN { open my $d, "<:encoding(UTF-8)", $ENV{DATA} or die; @data = sort { length $b <=> length $a }
                grep { length } map { chomp; $_ } <$d>; }
        chomp; my $line = $_;
        s/«[^»]*»//g;
        for my $w (@data) { s/\Q$w\E//g; }
        print "$line\n" if /[A-Za-z]{3,}/;' DATA="$WORK/data")
if [[ -n "$untranslated" ]]; then
    echo "FAIL: text shown outside the catalogues (bypassed gettext):"
    printf '  %s\n' "$untranslated" | head -40
    status=1
else
    echo "ok: qps: every visible string came through gettext"
fi
exit $status
