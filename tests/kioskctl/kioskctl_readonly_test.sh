#!/usr/bin/env bash
# The read-only commands (status, members, events, attendance) work on a
# read-only file system (a card mounted ro, a rescue boot), and a write says
# why it cannot. The database folder is bind-mounted read-only in a private
# mount namespace of this test (unshare: no root needed where user
# namespaces are allowed), so nothing else on the machine sees it.
#   kioskctl_readonly_test.sh KIOSKCTL
set -euo pipefail
KIOSKCTL=$1
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir "$WORK/data"
DB="$WORK/data/kiosk.db"
"$KIOSKCTL" --db "$DB" demo >/dev/null
[ ! -e "$DB-wal" ] || { echo "FAIL: the demo left a WAL behind (not shut down cleanly)"; exit 1; }

if ! unshare -rm true 2>/dev/null && ! unshare -m true 2>/dev/null; then
  echo "cannot make a private mount namespace here (unshare): skipped"
  exit 77
fi
ns=(unshare -rm)
unshare -rm true 2>/dev/null || ns=(unshare -m)

"${ns[@]}" bash -euo pipefail -s "$KIOSKCTL" "$DB" "$WORK/data" <<'INNER'
KIOSKCTL=$1 DB=$2 DIR=$3
mount --bind "$DIR" "$DIR"
mount -o remount,bind,ro "$DIR"
if touch "$DIR/probe" 2>/dev/null; then echo "FAIL: the folder is still writable"; exit 1; fi
for cmd in "status" "status --json" "members --limit 3" "events" "attendance" "attendance --csv"; do
  if ! out=$("$KIOSKCTL" --db "$DB" $cmd 2>&1); then
    echo "FAIL: '$cmd' on a read-only file system: $out"; exit 1
  fi
done
"$KIOSKCTL" --db "$DB" status --json | grep -q '"waiting": 0' || { echo "FAIL: status --json"; exit 1; }
[ "$("$KIOSKCTL" --db "$DB" members | wc -l)" -gt 3 ] || { echo "FAIL: members listed nothing"; exit 1; }
# A write cannot succeed there; it fails with a message and status 1, touching nothing.
set +e
"$KIOSKCTL" --db "$DB" checkin 00000000-0000-4000-8000-000000000000 >/dev/null 2>&1
rc=$?
set -e
[ $rc -eq 1 ] || { echo "FAIL: a check-in on a read-only file system exited $rc, not 1"; exit 1; }
INNER
echo "read-only file system: status, members, events, attendance all work"
