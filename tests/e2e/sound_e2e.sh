#!/usr/bin/env bash
# End-to-end: the result sounds reach the audio device. The real kiosk runs
# under Xvfb with SDL's disk audio driver, which writes what the device would
# play to a file (SDL_DISKAUDIOFILE), at the device's pace. A welcome, a
# repeat and an unknown member each put their own clip into that stream,
# sample for sample at the volume set; the door idle before and after plays
# nothing.
#
#   sound_e2e.sh KIOSK KIOSKCTL
#
# Exit 77 (ctest: skipped) only when Xvfb itself is not installed.
set -euo pipefail

KIOSK=$1
KIOSKCTL=$2
TIMEOUT=${CREDOPASS_E2E_TIMEOUT:-20}
SOUNDS="$(cd "$(dirname "$0")/../../assets/sounds" && pwd)"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/credopass-sound.XXXXXX")
source "$(dirname "$0")/lib.sh"
e2e_need_tools xdotool sqlite3 perl
trap cleanup EXIT
e2e_start_display 800x480
export SDL_AUDIODRIVER=disk SDL_DISKAUDIOFILE="$WORK/audio.raw"

e2e_demo_db 20
e2e_scanner_toml
"$KIOSK" --db "$DB" --config "$WORK/kiosk.toml" >"$WORK/kiosk.log" 2>&1 &
KIOSK_PID=$!
wait_for "first frame after"
wait_for "screen idle"
! grep -q "no audio" "$WORK/kiosk.log" || fail "the kiosk found no audio device under SDL's disk driver"

# The device plays 16-bit mono at the clips' own rate (22,050 Hz): 2 bytes a sample.
bytes() { stat -c %s "$WORK/audio.raw" 2>/dev/null || echo 0; }
# Waits until the device has played `seconds` more of sound (silence included).
played_for() {
    local until=$(( $(bytes) + ${1%.*} * 44100 + 44100 * ${1#*.} / 10 )) deadline=$((SECONDS + TIMEOUT))
    while (( $(bytes) < until )); do
        (( SECONDS < deadline )) || fail "the audio device stopped playing"
        kill -0 "$KIOSK_PID" 2>/dev/null || fail "the kiosk died"
        sleep 0.05
    done
}
# "span peak" of the non-zero samples in bytes [from, to) of the stream (how
# many from the first to the last, and the loudest), or "none"; the same of a
# WAV clip's data, scaled as the kiosk scales it to a volume in percent.
stream_span() {
    perl -e 'open(my $f, "<:raw", $ARGV[0]) or die; seek($f, $ARGV[1], 0); read($f, my $d, $ARGV[2] - $ARGV[1]);
             my @s = unpack("s<*", $d); my ($a, $b, $p) = (-1, -1, 0);
             for my $i (0 .. $#s) { next unless $s[$i]; $a = $i if $a < 0; $b = $i; $p = abs($s[$i]) if abs($s[$i]) > $p; }
             print $a < 0 ? "none" : ($b - $a + 1) . " $p";' "$WORK/audio.raw" "$1" "$2"
}
clip_span() {
    perl -e 'open(my $f, "<:raw", $ARGV[0]) or die; local $/; my $w = <$f>; my $at = index($w, "data") + 8;
             my $v = int($ARGV[1] * 128 / 100);  # SDL_MixAudioFormat: volume of SDL_MIX_MAXVOLUME (128)
             my @s = map { int($_ * $v / 128) } unpack("s<*", substr($w, $at, unpack("V", substr($w, $at - 4, 4))));
             my ($a, $b, $p) = (-1, -1, 0);
             for my $i (0 .. $#s) { next unless $s[$i]; $a = $i if $a < 0; $b = $i; $p = abs($s[$i]) if abs($s[$i]) > $p; }
             print(($b - $a + 1) . " $p");' "$SOUNDS/$1.wav" "$2"
}
VOLUME=70  # the kiosk's default (Device screen)

# Idle: a second of the device playing, all of it silence.
START=$(bytes)
played_for 1.0
[[ $(stream_span "$START" "$(bytes)") == none ]] || fail "the idle door made a sound"
echo "ok: idle for a second, the device played only silence"

# expect_sound CLIP OUTCOME: the badge typed, its result, then its clip in the stream.
RESULTS=0
expect_sound() {
    local clip=$1 outcome=$2 from
    from=$(bytes)
    scan_typed "$JANE_OR"
    RESULTS=$((RESULTS + 1))
    wait_for "credopass-kiosk: result " "$RESULTS"
    grep "credopass-kiosk: result " "$WORK/kiosk.log" | tail -1 | grep -q "$outcome" \
        || fail "expected a $outcome result: $(grep 'credopass-kiosk: result ' "$WORK/kiosk.log" | tail -1)"
    played_for 1.0  # the longest clip is half a second
    local heard want
    heard=$(stream_span "$from" "$(bytes)")
    want=$(clip_span "$clip" "$VOLUME")
    [[ "$heard" == "$want" ]] || fail "a $outcome should sound $clip.wav (span and peak $want); the device played: $heard"
    echo "ok: $outcome -> $clip.wav reached the device ($want: samples from first to last sound, peak)"
}
JANE_OR=$JANE
expect_sound success checked_in
JANE_OR=$JANE
expect_sound warning already_checked_in
JANE_OR="00000000-0000-4000-8000-000000000000"
expect_sound error unknown_member

# Back at idle: silence again.
wait_for "screen idle" 2
START=$(bytes)
played_for 1.0
[[ $(stream_span "$START" "$(bytes)") == none ]] || fail "the door made a sound after going back to idle"
echo "ok: back at idle, silence"
