#!/bin/sh
# The badge commands of credopass-kioskctl end to end, on a real database in a
# temporary directory: keygen, issue (+PNG), trust, scan, checkin with every
# refusal the command line can reach, revoke, policy, sheet.
#   kioskctl_badge_test.sh PATH/TO/credopass-kioskctl
set -u
ctl=$(realpath "$1")
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$dir"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
# expect STATUS CMD...: runs the command, checks its exit status, keeps stdout in $out.
expect() {
    want=$1
    shift
    out=$("$@" 2>err.txt)
    got=$?
    [ "$got" = "$want" ] || fail "exit $got (want $want): $* :: $(cat err.txt)"
}
# field NAME: a top-level string, true/false or null from the one-line JSON in $out.
field() { printf '%s' "$out" | sed -n 's/.*"'"$1"'":\("[^"]*"\|[a-z0-9]*\).*/\1/p' | tr -d '"'; }

# CREDOPASS_TEST_EMULATOR: qemu-aarch64 in a cross build (tests/CMakeLists.txt); unset, kioskctl runs as it is.
# shellcheck disable=SC2086
k() { ${CREDOPASS_TEST_EMULATOR:-} "$ctl" --db kiosk.db "$@"; }
expect 0 k demo
jane=b0ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b

expect 0 k badge keygen --private issuer.key --public issuer.pub
[ "$(stat -c %a issuer.key)" = 600 ] || fail "private key mode is $(stat -c %a issuer.key)"
expect 1 k badge keygen --private issuer.key --public other.pub   # never replaces a key
expect 0 k badge keygen --private rogue.key --public rogue.pub

expect 0 k badge issue --private issuer.key --member "$jane" --png jane.png
good=$(printf '%s\n' "$out" | tail -n 1)
[ -s jane.png ] || fail "no PNG written"
expect 0 k badge issue --private issuer.key --member "$jane" --valid-from 2020-01-01T00:00:00Z --expires 2020-02-01T00:00:00Z
expired=$(printf '%s\n' "$out" | tail -n 1)
expect 0 k badge issue --private issuer.key --member "$jane" --valid-from 2099-01-01T00:00:00Z
future=$(printf '%s\n' "$out" | tail -n 1)
expect 0 k badge issue --private rogue.key --member "$jane"
rogue=$(printf '%s\n' "$out" | tail -n 1)
expect 1 k badge issue --private issuer.key --member not-a-uuid
chmod 644 issuer.key
expect 1 k badge issue --private issuer.key --member "$jane"   # a readable private key is refused
chmod 600 issuer.key

# Before trusting the key, the kiosk does not know it.
expect 2 k scan --image jane.png --json
[ "$(field reason)" = unknown_key ] || fail "scan before trust: $out"
expect 0 k scan --image jane.png --public issuer.pub --json
[ "$(field verified)" = true ] || fail "scan with --public: $out"
[ "$(field member)" = "$jane" ] || fail "scan member: $out"
[ "$(field format)" = signed ] || fail "scan format: $out"
[ "$(field accepted)" = true ] && [ "$(field signed)" = true ] || fail "signed scan, accepted and signed: $out"
# A bare member id is accepted (the database allows it) but nothing was verified.
expect 0 k badge render --text "$jane" --png bare.png
expect 0 k scan --image bare.png --json
[ "$(field accepted)" = true ] || fail "bare id accepted: $out"
[ "$(field signed)" = false ] && [ "$(field verified)" = false ] || fail "bare id is not signed or verified: $out"

expect 0 k badge trust --public issuer.pub --label test
expect 0 k checkin "$good" --json
[ "$(field outcome)" = checked_in ] || fail "good badge: $out"

checkin_refused() {
    reason=$1
    shift
    expect 2 k checkin "$@" --json
    [ "$(field outcome)" = invalid_badge ] && [ "$(field reason)" = "$reason" ] || fail "want $reason: $out"
}
# Tamper with the signature, never with the base32 padding: in a 160-character
# badge (layout 2, no event) characters 59-159 carry signature bits only, all
# five bits each, so any other letter there decodes and only the signature
# fails. The last character's low bits are padding, which must be zero:
# changing them would make the text not_a_badge instead.
[ ${#good} = 160 ] || fail "a signed badge without an event is 160 characters, got ${#good}: $good"
pos=100
was=$(printf '%s' "$good" | cut -c"$pos")
if [ "$was" = A ]; then now=B; else now=A; fi
tampered="$(printf '%s' "$good" | cut -c1-$((pos - 1)))$now$(printf '%s' "$good" | cut -c$((pos + 1))-)"
[ ${#tampered} = ${#good} ] && [ "$tampered" != "$good" ] || fail "tampering did not change one character"
checkin_refused not_a_badge "https://example.com/?q=1"
checkin_refused not_a_badge "'; DROP TABLE users; --"
checkin_refused bad_signature "$tampered"
checkin_refused expired "$expired"
checkin_refused not_yet_valid "$future"
checkin_refused unknown_key "$rogue"
expect 0 k badge revoke --badge "$good" --reason lost
checkin_refused revoked "$good"
expect 0 k badge policy signed
checkin_refused format_not_allowed "$jane"
expect 0 k badge policy all
expect 0 k badge revoke --list
printf '%s' "$out" | grep -q lost || fail "revocation list: $out"

expect 0 k badge sheet --private issuer.key --png sheet.png --member "$jane" --member c8d29186-85f7-5b02-8ac2-0f121fb7c38e
[ -s sheet.png ] || fail "no sheet written"

[ "$failures" = 0 ] && echo "kioskctl badge commands: ok"
exit "$failures"
