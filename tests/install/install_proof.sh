#!/usr/bin/env bash
# Proof of install: the package as a Debian user gets it, on a fresh Debian 12
# tree (debootstrap) booted with systemd as PID 1 (systemd-nspawn -b). Shows,
# each as an "ok:" line:
#   - the package installs with apt (its dependencies from Debian);
#   - at boot the door comes up (SDL's offscreen driver through a drop-in: a
#     container has no display) and sync stays quietly stopped without an HQ;
#   - with an HQ configured, the sync process runs;
#   - a SIGSTOPped door is restarted by the watchdog;
#   - a crashed (SIGSEGV) sync process is restarted;
#   - an upgrade to a newer package keeps the check-ins;
#   - purge removes them.
# On demand, not in CI: it downloads Debian's packages into the tree (about
# 300 MB) and takes a few minutes. Run by scripts/install-proof.
#   install_proof.sh BUILD_DIR
# Needs root, debootstrap and systemd-container. The debootstrapped tree is
# cached in $CREDOPASS_ROOTFS_CACHE (default /var/tmp/credopass-rootfs) and
# copied for each run; the run's work is in /var/tmp/credopass-proof.*.
set -euo pipefail
build=$(cd "$1" && pwd)
cache=${CREDOPASS_ROOTFS_CACHE:-/var/tmp/credopass-rootfs}
mirror=${CREDOPASS_DEBIAN_MIRROR:-http://deb.debian.org/debian}
work=$(mktemp -d /var/tmp/credopass-proof.XXXXXX)
root="$work/root"
started=$(date +%s)
nspawn_pid=""

fail() {
  echo "FAIL: $*" >&2
  if [ -n "${init:-}" ]; then in_ct journalctl --no-pager -n 60 -u credopass-kiosk -u credopass-sync >&2 || true; fi
  exit 1
}
cleanup() {
  if [ -n "$nspawn_pid" ] && kill -0 "$nspawn_pid" 2>/dev/null; then
    kill -TERM "$nspawn_pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$nspawn_pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$nspawn_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
step() { echo "== $* ($(($(date +%s) - started)) s)"; }

# Runs a command in the tree, not booted (install steps).
in_tree() { systemd-nspawn -q -D "$root" --register=no --keep-unit --bind-ro="$work/pkgs:/pkgs" "$@" 2>/dev/null; }
# Runs a command in the booted container: its namespaces, through its PID 1.
in_ct() { nsenter -t "$init" -m -u -i -n -p -- "$@"; }
# Polls `cond` (a command run in the container) once a second, up to $1 seconds.
wait_until() {
  local seconds=$1
  shift
  for _ in $(seq "$seconds"); do
    if in_ct sh -c "$*" >/dev/null 2>&1; then return 0; fi
    sleep 1
  done
  return 1
}
main_pid() { in_ct systemctl show -p MainPID --value "$1"; }
restarts() { in_ct systemctl show -p NRestarts --value "$1"; }

step "packages from $build"
mkdir -p "$work/pkgs/v1" "$work/pkgs/v2"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/pkgs/v1" >/dev/null
version=$(dpkg-deb -f "$work"/pkgs/v1/credopass-kiosk_*.deb Version)
# The same binaries under a higher version: what an upgrade does to a kiosk
# (maintainer scripts, conffile, units restarted, database kept).
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/pkgs/v2" -D CPACK_PACKAGE_VERSION="$version+proof2" >/dev/null
v1=$(basename "$work"/pkgs/v1/credopass-kiosk_*.deb)
v2=$(basename "$work"/pkgs/v2/credopass-kiosk_*.deb)
echo "ok: $v1 and $v2"

step "a fresh Debian 12 tree"
if [ ! -x "$cache/deb12/usr/bin/apt-get" ]; then
  rm -rf "$cache/deb12.partial"
  mkdir -p "$cache"
  debootstrap --variant=minbase --include=systemd,systemd-sysv,dbus,ca-certificates bookworm \
    "$cache/deb12.partial" "$mirror" >"$work/debootstrap.log" 2>&1 || { tail "$work/debootstrap.log"; fail "debootstrap"; }
  mv "$cache/deb12.partial" "$cache/deb12"
fi
cp -a "$cache/deb12" "$root"
echo "credopass-proof" >"$root/etc/hostname"

step "apt install ./$v1"
in_tree sh -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /pkgs/v1/$v1" \
  >"$work/install.log" 2>&1 || { tail -30 "$work/install.log"; fail "apt install"; }
[ -x "$root/usr/bin/credopass-kiosk" ] || fail "no /usr/bin/credopass-kiosk after install"
[ -L "$root/etc/systemd/system/multi-user.target.wants/credopass-kiosk.service" ] || fail "the door is not enabled"
[ "$(stat -c %a "$root/var/lib/credopass")" = 750 ] || fail "/var/lib/credopass is not 0750"
echo "ok: installed with apt, both units enabled, /var/lib/credopass 0750"

# The container has no display, no tty1 and no logind seat: the door draws
# with SDL's offscreen driver instead. Everything else in the unit stays.
mkdir -p "$root/etc/systemd/system/credopass-kiosk.service.d"
cat >"$root/etc/systemd/system/credopass-kiosk.service.d/container.conf" <<'EOF'
[Service]
Environment=SDL_VIDEODRIVER=offscreen
PAMName=
TTYPath=
StandardInput=null
EOF
# The demo's members and tonight's event, and one check-in to keep.
in_tree runuser -u credopass -- /usr/bin/credopass-kioskctl --db /var/lib/credopass/kiosk.db demo >/dev/null
jane=$(in_tree runuser -u credopass -- /usr/bin/credopass-kioskctl --db /var/lib/credopass/kiosk.db \
  members --search jane@example.com --json | sed -n 's/.*"id": "\([0-9a-f-]*\)".*/\1/p' | head -n1)
[ -n "$jane" ] || fail "no demo member"
in_tree runuser -u credopass -- /usr/bin/credopass-kioskctl --db /var/lib/credopass/kiosk.db checkin "$jane" >/dev/null \
  || fail "the check-in before boot"

step "boot (systemd-nspawn -b)"
systemd-nspawn -D "$root" --register=no --keep-unit -b --console=read-only --bind-ro="$work/pkgs:/pkgs" \
  >"$work/boot.log" 2>&1 </dev/null &
nspawn_pid=$!
init=""
for _ in $(seq 60); do
  # The container's PID 1: a systemd that is PID 1 in its namespace, in our tree.
  for p in $(pgrep -x systemd || true); do
    grep -qE '^NSpid:.*[[:space:]]1$' "/proc/$p/status" 2>/dev/null || continue
    [ "$(cat "/proc/$p/root/etc/hostname" 2>/dev/null)" = credopass-proof ] && init=$p
  done
  [ -n "$init" ] && break
  sleep 0.5
done
[ -n "$init" ] || { tail "$work/boot.log"; fail "the container's systemd did not start"; }
wait_until 120 'systemctl is-active credopass-kiosk.service | grep -qx active' || fail "the door did not start"
in_ct journalctl --no-pager -u credopass-kiosk | grep -q "first frame" || fail "no first frame in the journal"
door_user=$(in_ct stat -c %U "/proc/$(main_pid credopass-kiosk)")
[ "$door_user" = credopass ] || fail "the door runs as $door_user"
echo "ok: the door started (Type=notify: READY after its first frame) as user $door_user"
wait_until 30 '! systemctl is-active credopass-sync.service | grep -qx activating' || fail "sync still starting"
in_ct systemctl is-failed --quiet credopass-sync.service && fail "without an HQ, the sync unit failed"
echo "ok: without an HQ the sync unit stopped quietly ($(in_ct systemctl is-active credopass-sync.service || true)), not failed"

step "sync with an HQ that is not there"
sed -i 's|^hq_url = ""|hq_url = "http://127.0.0.1:9"|' "$root/etc/credopass/kiosk.toml"
in_ct systemctl restart credopass-sync.service
wait_until 30 'systemctl is-active credopass-sync.service | grep -qx active' || fail "the sync process did not start"
wait_until 30 'journalctl --no-pager -u credopass-sync | grep -q offline' || fail "sync never said HQ was unreachable"
echo "ok: the sync process runs beside the door and reports HQ offline"

step "a hung door (SIGSTOP)"
before=$(main_pid credopass-kiosk)
in_ct sh -c "kill -STOP $before"  # the shell's kill: a minimal tree has no procps
wait_until 60 "[ \"\$(systemctl show -p MainPID --value credopass-kiosk)\" != $before ] && systemctl is-active credopass-kiosk | grep -qx active" \
  || fail "the watchdog did not restart the hung door"
in_ct journalctl --no-pager -u credopass-kiosk | grep -qi "watchdog timeout" || fail "no watchdog timeout in the journal"
echo "ok: the watchdog restarted the hung door (pid $before -> $(main_pid credopass-kiosk))"

step "a crashed sync process (SIGSEGV)"
before=$(main_pid credopass-sync)
in_ct sh -c "kill -SEGV $before"
wait_until 30 "[ \"\$(systemctl show -p MainPID --value credopass-sync)\" != $before ] && systemctl is-active credopass-sync | grep -qx active" \
  || fail "the crashed sync process was not restarted"
echo "ok: the crashed sync process was restarted (pid $before -> $(main_pid credopass-sync), NRestarts=$(restarts credopass-sync))"

step "upgrade to $v2"
# Attendance rows, from the CSV export (header excluded).
rows() { in_ct runuser -u credopass -- /usr/bin/credopass-kioskctl --db /var/lib/credopass/kiosk.db attendance --csv | tail -n +2 | wc -l; }
kept=$(rows)
[ "$kept" -ge 1 ] || fail "no check-in to keep before the upgrade"
in_ct sh -c "DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /pkgs/v2/$v2" >"$work/upgrade.log" 2>&1 \
  || { tail -30 "$work/upgrade.log"; fail "the upgrade"; }
[ "$(in_ct dpkg-query -W -f '${Version}' credopass-kiosk)" = "$version+proof2" ] || fail "not upgraded"
wait_until 60 'systemctl is-active credopass-kiosk.service | grep -qx active' || fail "the door did not come back after the upgrade"
after=$(rows)
[ -n "$kept" ] && [ "$kept" = "$after" ] || fail "records before the upgrade: $kept, after: $after"
in_ct runuser -u credopass -- /usr/bin/credopass-kioskctl --db /var/lib/credopass/kiosk.db attendance | grep -q "Jane" \
  || fail "Jane's check-in is gone after the upgrade"
echo "ok: upgraded to $version+proof2; the door is back and Jane's check-in is kept ($after)"

step "purge"
in_ct sh -c "DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq credopass-kiosk" >"$work/purge.log" 2>&1 \
  || { tail -30 "$work/purge.log"; fail "purge"; }
[ ! -e "$root/var/lib/credopass" ] || fail "/var/lib/credopass is still there after purge"
[ ! -e "$root/etc/credopass/kiosk.toml" ] || fail "kiosk.toml is still there after purge"
in_ct systemctl is-active --quiet credopass-kiosk.service && fail "the door still runs after purge"
echo "ok: purge stopped both units and removed the check-ins and the configuration"

echo "install proof passed in $(($(date +%s) - started)) s (systemd-nspawn -b, Debian 12 tree by debootstrap)"
