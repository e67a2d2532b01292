#!/usr/bin/env bash
# Starts the door screen for scripts/demo: demo data, a replayed camera that
# shows Jane's badge and John's pass in turn, windowed on a desktop.
#   run-kiosk-demo.sh KIOSK DB [extra credopass-kiosk options]
set -euo pipefail
kiosk=$1 db=$2
shift 2
windowed=(--windowed)
[ "${SDL_VIDEODRIVER:-}" = kmsdrm ] && windowed=()
cat >&2 <<MSG
Door screen: a replayed camera shows Jane's and John's badges in turn;
type a member id and Enter to scan by hand, as a USB scanner would.
Staff: the 'Staff' corner or F2, PIN 123456 (F3-F6 switch staff screens, Esc locks).
MSG
exec "$kiosk" --db "$db" --demo "${windowed[@]}" "$@"
