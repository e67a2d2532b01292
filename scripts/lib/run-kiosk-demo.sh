#!/usr/bin/env bash
# Starts the door screen for scripts/demo: demo data, a replayed camera that
# shows Jane's badge and John's pass in turn, windowed on a desktop. When a
# --config FILE among the options names an HQ ([sync] hq_url), the sync
# process starts beside the door, as credopass-sync.service does on a kiosk:
# the door itself never talks to HQ.
#   run-kiosk-demo.sh KIOSK KIOSKCTL DB [extra credopass-kiosk options]
set -euo pipefail
kiosk=$1 ctl=$2 db=$3
shift 3
windowed=(--windowed)
[ "${SDL_VIDEODRIVER:-}" = kmsdrm ] && windowed=()
cat >&2 <<MSG
Door screen: a replayed camera shows Jane's and John's signed badges in turn.
The door takes signed badges only: a bare member id typed as a USB scanner
would is refused (kiosk.toml [badges] accept = "all" would allow it).
Staff: the 'Staff' corner or F2, PIN 123456 (F3-F6 switch staff screens, Esc locks).
MSG

config=""
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case "${args[i]}" in
    --config) config="${args[i + 1]:-}" ;;
    --config=*) config="${args[i]#--config=}" ;;
  esac
done
if [ -z "$config" ] || ! grep -Eq '^[[:space:]]*hq_url[[:space:]]*=[[:space:]]*"[^"]+"' "$config"; then
  exec "$kiosk" --db "$db" --demo "${windowed[@]}" "$@"
fi

echo "Sync: $config names an HQ; the sync process runs beside the door (log: $db.sync.log)." >&2
"$ctl" --db "$db" sync --config "$config" > "$db.sync.log" 2>&1 &
sync_pid=$!
trap 'kill -TERM "$sync_pid" 2> /dev/null; wait "$sync_pid" 2> /dev/null || true' EXIT
"$kiosk" --db "$db" --demo "${windowed[@]}" "$@"
