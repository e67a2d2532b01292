#!/usr/bin/env bash
# The Debian package as a user gets it: cpack builds it from this build tree,
# then the test checks where files go, the conffile, that dependencies came
# from dpkg-shlibdeps, that lintian reports no error or warning, and that
# systemd-analyze scores each unit at 2.0 or better (both scores printed).
#   package_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build="$1" src="$2"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work" >/dev/null
deb=$(ls "$work"/credopass-kiosk_*_"$(dpkg --print-architecture)".deb) || fail "no credopass-kiosk_<version>_<arch>.deb"
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for path in ./usr/bin/credopass-kiosk ./usr/bin/credopass-kioskctl ./usr/share/credopass/sounds/success.wav \
  ./usr/lib/systemd/system/credopass-kiosk.service ./usr/lib/systemd/system/credopass-sync.service \
  ./usr/lib/sysusers.d/credopass.conf \
  ./usr/lib/tmpfiles.d/credopass.conf ./etc/credopass/kiosk.toml ./usr/share/doc/credopass-kiosk/copyright; do
  grep -qx "$path" <<<"$contents" || fail "$path missing from the package"
done
grep -q '^/usr/local' <<<"$contents" && fail "files under /usr/local"
dpkg-deb --ctrl-tarfile "$deb" | tar -xO ./conffiles | grep -qx /etc/credopass/kiosk.toml || fail "kiosk.toml is not a conffile"
depends=$(dpkg-deb -f "$deb" Depends)
grep -q 'libsqlite3-0 (>=' <<<"$depends" || fail "Depends not from dpkg-shlibdeps: $depends"
echo "Depends: $depends"

lintian_out=$(lintian "$deb" 2>&1 | grep -v 'root privileges' || true)
[ -n "$lintian_out" ] && echo "$lintian_out"
grep -qE '^(E|W): ' <<<"$lintian_out" && fail "lintian reports errors or warnings"

for unit in credopass-kiosk credopass-sync credopass-out-of-order; do
  score=$(systemd-analyze security --offline=true "$src/systemd/$unit.service" 2>/dev/null |
    sed -n 's/.*Overall exposure level for .*: \([0-9.]*\).*/\1/p')
  [ -n "$score" ] || fail "no security score for $unit"
  echo "systemd-analyze security $unit.service: $score"
  awk -v s="$score" 'BEGIN { exit !(s <= 2.0) }' || fail "$unit scores $score, above 2.0"
done
# The door has no network at all: sync, in its own unit, is what talks to HQ.
door="$src/systemd/credopass-kiosk.service"
grep -qx 'PrivateNetwork=yes' "$door" || fail "the door's unit has network access"
grep -qx 'RestrictAddressFamilies=AF_UNIX' "$door" || fail "the door's unit allows address families beyond AF_UNIX"
echo "package $(basename "$deb"): ok"
