#!/usr/bin/env bash
# On-demand benchmark of the door screen under Xvfb, with 100,000 members:
#   - idle CPU (% of one core) and resident memory, over IDLE_SECONDS of an
#     idle screen (no camera: the scanner is the badge source);
#   - the same with a live camera view (a looping 10 fps replay, decoded and
#     drawn), for comparison;
#   - start to first frame (median and max of RUNS starts);
#   - decoded scan -> presented result frame: p50/p99/max over SCANS camera
#     badges (replayed frames, each a different member) and TYPED scanner codes;
#   - a tap -> the frame that shows what it did: TAPS taps on "Staff" (the PIN
#     pad opens) and "Cancel" (back to the door), timed from outside (xdotool
#     click to the "screen" line), beside xdotool's own start in the same run.
# Goals (issue 5): idle < 2 % of one core, < 64 MB; first frame < 300 ms;
# scan-to-frame p99 < 50 ms.
#
#   bench/ui_bench.sh BUILD_DIR        (KEEP_LOGS=DIR keeps the door's logs there)
set -euo pipefail
BUILD=${1:?usage: bench/ui_bench.sh BUILD_DIR}
KIOSK=$BUILD/kiosk/ui/credopass-kiosk
KIOSKCTL=$BUILD/kioskctl/credopass-kioskctl
MEMBERS=${MEMBERS:-100000}
IDLE_SECONDS=${IDLE_SECONDS:-10}
RUNS=${RUNS:-7}
SCANS=${SCANS:-200}
TYPED=${TYPED:-50}
TAPS=${TAPS:-40}
SIZE=${SIZE:-1024x600}
for tool in Xvfb xdotool sqlite3 python3; do command -v $tool >/dev/null || { echo "needs $tool"; exit 1; }; done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/credopass-uibench.XXXXXX")
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
[[ -n "${KEEP_LOGS:-}" ]] && trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; cp -r "$WORK" "$KEEP_LOGS"' EXIT

exec 3> "$WORK/display"
Xvfb -displayfd 3 -screen 0 "${SIZE}x24" -nolisten tcp -noreset >/dev/null 2>&1 &
PIDS+=($!)
exec 3>&-
for _ in $(seq 100); do [[ -s "$WORK/display" ]] && break; sleep 0.05; done
export DISPLAY=":$(head -n1 "$WORK/display")" SDL_AUDIODRIVER=dummy

DB=$WORK/kiosk.db
echo "preparing $MEMBERS members ..."
"$KIOSKCTL" --db "$DB" demo --members "$MEMBERS" >/dev/null
echo "members in database: $(sqlite3 "$DB" 'SELECT count(*) FROM users')"
cat > "$WORK/kiosk.toml" <<TOML
[screen]
result_seconds = 0.5
result_min_seconds = 0.2  # the door's speed is measured here, not how long results stay
[door]
dedup_seconds = 0
[badges]
replay_fps = 10
accept = "all"  # the benchmark shows and types bare member ids
TOML

clk=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
wait_line() {  # wait_line LOG PATTERN COUNT TIMEOUT_S
    local deadline=$((SECONDS + $4)) n
    while n=$(grep -c -- "$2" "$1" 2>/dev/null) || true; (( ${n:-0} < $3 )); do
        (( SECONDS < deadline )) || { echo "timeout waiting for '$2' in $1"; cat "$1"; exit 1; }
        sleep 0.02
    done
}
start_kiosk() {  # start_kiosk LOG ARGS...
    local log=$1; shift
    "$KIOSK" --db "$DB" --config "${CONFIG:-$WORK/kiosk.toml}" "$@" >"$log" 2>&1 &
    KPID=$!
    PIDS+=($KPID)
    wait_line "$log" "first frame" 1 30
}
stop_kiosk() { kill -TERM "$KPID"; wait "$KPID" || true; }
measure_idle() {  # prints "cpu% rss_mb hwm_mb"
    local t0 t1
    sleep 2  # let start-up work (status refresh, first frames) finish before measuring
    t0=$(cpu_ticks "$KPID")
    sleep "$IDLE_SECONDS"
    t1=$(cpu_ticks "$KPID")
    local rss hwm
    rss=$(awk '/VmRSS/ {print $2}' "/proc/$KPID/status")
    hwm=$(awk '/VmHWM/ {print $2}' "/proc/$KPID/status")
    python3 -c "print(f'{100*($t1-$t0)/$clk/$IDLE_SECONDS:.2f} {$rss/1024:.1f} {$hwm/1024:.1f}')"
}

echo
echo "== start to first frame ($RUNS starts, $MEMBERS members)"
FIRST=()
for i in $(seq "$RUNS"); do
    start_kiosk "$WORK/start-$i.log"
    FIRST+=("$(grep -o 'first frame after [0-9.]*' "$WORK/start-$i.log" | awk '{print $4}')")
    stop_kiosk
done
python3 - "${FIRST[@]}" <<'PY'
import statistics, sys
v = sorted(float(x) for x in sys.argv[1:])
print(f"first frame ms: median {statistics.median(v):.1f}  max {v[-1]:.1f}  (goal < 300)  all: {' '.join(f'{x:.0f}' for x in v)}")
PY
grep -o '(x11[^)]*)' "$WORK/start-1.log" | head -1

echo
echo "== idle, scanner only (no camera), ${IDLE_SECONDS}s"
start_kiosk "$WORK/idle.log"
read -r CPU RSS HWM < <(measure_idle)
echo "idle CPU ${CPU}% of one core (goal < 2)   RSS ${RSS} MB (goal < 64)   peak RSS ${HWM} MB"
stop_kiosk

echo
echo "== baseline in the same run: idle with the demo's 300 members"
BIGDB=$DB
DB=$WORK/small.db
"$KIOSKCTL" --db "$DB" demo --members 300 >/dev/null
start_kiosk "$WORK/idle-small.log"
read -r CPU0 RSS0 HWM0 < <(measure_idle)
echo "idle CPU ${CPU0}%   RSS ${RSS0} MB   -> with $MEMBERS members: RSS x$(python3 -c "print(f'{$RSS/$RSS0:.2f}')")"
stop_kiosk
DB=$BIGDB

echo
echo "== scan to presented frame: $SCANS camera badges replayed at 4 fps, each a different member"
mkdir -p "$WORK/frames"
sqlite3 "$DB" "SELECT id FROM users ORDER BY id LIMIT $SCANS" > "$WORK/ids"
i=0
while read -r id; do
    i=$((i + 1))
    "$KIOSKCTL" badge render --text "$id" --png "$(printf '%s/frames/%04d.png' "$WORK" "$i")" --module 4 >/dev/null
done < "$WORK/ids"
# Four badges a second: each result shows at least result_min_seconds (0.2 s,
# the least the door allows), and badges any closer would measure that queue,
# not the door.
sed 's/^replay_fps = 10$/replay_fps = 4/' "$WORK/kiosk.toml" > "$WORK/kiosk-4fps.toml"
CONFIG=$WORK/kiosk-4fps.toml start_kiosk "$WORK/camera.log" --frames "$WORK/frames"
wait_line "$WORK/camera.log" "scan_to_frame_ms" "$SCANS" 120
echo "after the camera replay ended (badge source still open):"
read -r CPU2 RSS2 HWM2 < <(measure_idle)
echo "  CPU ${CPU2}%   RSS ${RSS2} MB   peak RSS ${HWM2} MB"
stop_kiosk

echo
echo "== a live camera view: --demo's looping replay at 10 fps, ${IDLE_SECONDS}s (each frame is drawn)"
start_kiosk "$WORK/live.log" --demo
read -r CPU3 RSS3 HWM3 < <(measure_idle)
echo "  CPU ${CPU3}%   RSS ${RSS3} MB   peak RSS ${HWM3} MB (decoder thread included)"
stop_kiosk

echo
echo "== scan to presented frame: $TYPED codes typed as a keyboard-wedge scanner (xdotool)"
start_kiosk "$WORK/typed.log"
# A code every 0.3 s (a quick queue of members; closer would measure result_min_seconds).
tail -n "$TYPED" "$WORK/ids" | while read -r id; do xdotool type --delay 2 -- "$id"; xdotool key Return; sleep 0.3; done
wait_line "$WORK/typed.log" "scan_to_frame_ms" "$TYPED" 120
stop_kiosk

echo
echo "== the same on a staff screen: $TYPED codes typed while the dashboard is open"
echo 471147 | "$KIOSKCTL" --db "$DB" pin >/dev/null
start_kiosk "$WORK/staff.log"
xdotool key F2
wait_line "$WORK/staff.log" "screen pin" 1 30
xdotool type --delay 600 -- 471147  # a person's keys, well apart from a scanner's
xdotool key Return
wait_line "$WORK/staff.log" "screen dashboard" 1 30
head -n "$TYPED" "$WORK/ids" | while read -r id; do xdotool type --delay 2 -- "$id"; xdotool key Return; sleep 0.3; done
wait_line "$WORK/staff.log" "scan_to_frame_ms" "$TYPED" 120
stop_kiosk

python3 - "$WORK/camera.log" "$WORK/typed.log" "$WORK/staff.log" <<'PY'
import re, sys
for path, label in zip(sys.argv[1:], ["camera (decoded -> frame)", "scanner (Enter -> frame)",
                                      "scanner on the dashboard (Enter -> frame)"]):
    v = sorted(float(m) for m in re.findall(r"scan_to_frame_ms=([0-9.]+)", open(path).read()))
    outcomes = re.findall(r"result (\w+) scan_to_frame", open(path).read())
    def pct(p):
        k = max(0, min(len(v) - 1, int(round(p / 100 * len(v) + 0.5)) - 1))
        return v[k]
    print(f"{label}: n={len(v)}  p50 {pct(50):.2f} ms  p99 {pct(99):.2f} ms  max {v[-1]:.2f} ms  (goal p99 < 50)"
          f"  outcomes: {', '.join(sorted(set(outcomes)))}")
PY

echo
echo "== a tap to the frame that shows it: $TAPS taps (Staff, then Cancel), from outside"
start_kiosk "$WORK/taps.log" --tell-taps
python3 - "$WORK/taps.log" "$TAPS" <<'PY'
import re, subprocess, sys, time
log, taps = sys.argv[1], int(sys.argv[2])
def text(): return open(log).read()
def where(name):
    found = re.findall(rf"tap {name} at (\d+) (\d+)", text())
    return found[-1] if found else None
def wait(pred, what, timeout=10.0):
    end = time.monotonic() + timeout
    while not pred():
        if time.monotonic() > end: sys.exit(f"timed out waiting for {what}")
        time.sleep(0.0005)
def tap(name, screen):
    wait(lambda: where(name), f"tap target {name}")
    x, y = where(name)
    before = text().count(f"screen {screen}\n")
    t0 = time.monotonic()
    # Not waited for: xdotool lingers ~100 ms after its last command, long
    # after the door has drawn the tap's answer.
    finger = subprocess.Popen(["xdotool", "mousemove", x, y, "click", "1", "mousemove", "0", "0"])
    wait(lambda: text().count(f"screen {screen}\n") > before, f"screen {screen}")
    span = (time.monotonic() - t0) * 1000
    finger.wait()
    return span
def pct(v, p):
    v = sorted(v); return v[max(0, min(len(v) - 1, int(round(p / 100 * len(v) + 0.5)) - 1))]
spans, spawn = [], []
for _ in range(taps):
    spans.append(tap("idle-staff", "pin"))
    spans.append(tap("pin-cancel", "idle"))
    t0 = time.monotonic()
    subprocess.run(["xdotool", "mousemove", "0", "0"], check=True)  # the same tool's start and one move
    spawn.append((time.monotonic() - t0) * 1000)
print(f"tap -> frame showing it: n={len(spans)}  p50 {pct(spans, 50):.1f} ms  p99 {pct(spans, 99):.1f} ms  max {max(spans):.1f} ms")
print(f"  xdotool starting and moving the pointer (in the figure above): p50 {pct(spawn, 50):.1f} ms"
      f"  p99 {pct(spawn, 99):.1f} ms.  A tap takes three frames in Dear ImGui (press, release acts, the"
      f" new screen drawn); goal: p99 under 50 ms")
PY
stop_kiosk
