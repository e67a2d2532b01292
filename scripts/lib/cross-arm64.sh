#!/usr/bin/env bash
# Runs inside the cross-build tree (scripts/package --arch arm64): the arm64
# libraries beside the build machine's tools, then a cross build of the
# kiosk, the core's tests under qemu-user, and the arm64 package.
#   cross-arm64.sh SOURCE_DIR BUILD_DIR DIST_DIR
set -euo pipefail
src=$1 build=$2 dist=$3
export DEBIAN_FRONTEND=noninteractive
started=$(date +%s)
say() { echo "== $* ($(($(date +%s) - started)) s)"; }

# Libraries the kiosk links (arm64: their headers, .so links and CMake or
# pkg-config files live under the arm64 multiarch paths), and tools that run
# here (the build machine's; header-only packages whose files are architecture-free).
arm64_libs="libsqlite3-dev libssl-dev libsodium-dev libzxing-dev libv4l-dev libjpeg-dev libpng-dev libwebp-dev
  libcurl4-openssl-dev libcpp-httplib-dev libpq-dev libsystemd-dev libsdl2-dev libimgui-dev libtomlplusplus-dev
  libstb-dev libicu-dev catch2"
host_tools="crossbuild-essential-arm64 cmake pkg-config qemu-user gettext dpkg-dev file nlohmann-json3-dev
  libcli11-dev fonts-dejavu-core"
wanted="$host_tools $(for p in $arm64_libs; do echo "$p:arm64"; done)"
missing=()
for p in $wanted; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${#missing[@]} packages: the cross toolchain and the arm64 libraries"
  dpkg --add-architecture arm64
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

say "configuring (aarch64-linux-gnu)"
cmake -S "$src" -B "$build" -DCMAKE_TOOLCHAIN_FILE="$src/cmake/toolchain-aarch64-linux-gnu.cmake" \
  -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr -DCREDOPASS_BUILD_BENCH=OFF >/dev/null
say "building"
cmake --build "$build" -j "$(nproc)" --target credopass-kiosk credopass-kioskctl credopass_package_docs \
  test_common test_storage test_core test_badge test_sync_units test_kioskctl >/dev/null
file "$build/kiosk/ui/credopass-kiosk" | grep -q 'ARM aarch64' || { echo "not an arm64 binary"; exit 1; }
say "the core's tests under qemu-aarch64"
(cd "$build" && ctest --output-on-failure --timeout 900 \
  -R '^(test_common|test_storage|test_core|test_badge|test_sync_units|test_kioskctl|test_kioskctl_badge)$')
say "packaging"
mkdir -p "$dist"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$dist" >/dev/null
deb=$(ls -t "$dist"/credopass-kiosk_*_arm64.deb | head -n1)
dpkg-deb -f "$deb" Architecture Depends
say "built $deb"
