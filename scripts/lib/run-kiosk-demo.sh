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
Door screen: a replayed camera shows Jane's and John's signed badges in turn.
The door takes signed badges only: a bare member id typed as a USB scanner
would is refused (kiosk.toml [badges] accept = "all" would allow it).
Staff: the 'Staff' corner or F2, PIN 123456 (F3-F6 switch staff screens, Esc locks).
MSG
exec "$kiosk" --db "$db" --demo "${windowed[@]}" "$@"
