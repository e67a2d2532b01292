# Shared by scripts/*: installing Debian packages and building. Source it.
# Works as root on a fresh Debian 12 (or Raspberry Pi OS) machine, and as a
# user with sudo; every step is idempotent.

set -euo pipefail

CREDOPASS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export CREDOPASS_ROOT

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs the packages listed in scripts/lib/packages.txt, and any named as
# arguments (an on-demand script's own), that are missing: one `apt-get
# update`, then one `apt-get install -y`. Nothing when all are there.
install_packages() {
  local wanted missing=()
  wanted="$(grep -v '^\s*#' "$CREDOPASS_ROOT/scripts/lib/packages.txt" | awk 'NF {print $1}') $*"
  for p in $wanted; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    log "all Debian packages present"
    return
  fi
  log "installing ${#missing[@]} Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -qq
  as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# configure_and_build DIR [cmake args...]: configures (once) and builds DIR;
# only the targets in $CREDOPASS_TARGETS when that is set.
configure_and_build() {
  local dir="$1"; shift
  local launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
  log "configuring $dir"
  cmake -S "$CREDOPASS_ROOT" -B "$CREDOPASS_ROOT/$dir" "${launcher[@]}" "$@" >/dev/null
  log "building $dir"
  local targets=()
  for t in ${CREDOPASS_TARGETS:-}; do targets+=(--target "$t"); done
  cmake --build "$CREDOPASS_ROOT/$dir" -j "$(nproc)" "${targets[@]}"
}
