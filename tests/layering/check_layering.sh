#!/usr/bin/env bash
# The layering rule: only kiosk/ui may use SDL or Dear ImGui; storage, core,
# sync, badge and input run without a display. The targets below kiosk/ui do
# not link SDL or ImGui (a call would not link); this check also catches an
# #include, which would otherwise compile against the system headers.
set -euo pipefail
root="$1"
cd "$root"
violations=$(grep -rnE '#\s*include\s*[<"](SDL2?/|SDL[_.]|imgui|backends/imgui)' \
  --include='*.cpp' --include='*.hpp' --include='*.h' \
  common storage core badge sync kiosk/input kiosk/app kioskctl 2>/dev/null || true)
if [ -n "$violations" ]; then
  echo "SDL or ImGui included outside kiosk/ui:" >&2
  echo "$violations" >&2
  exit 1
fi
# And the build graph: no library below kiosk/ui names SDL or imgui.
links=$(grep -nE 'SDL|imgui' common/CMakeLists.txt storage/CMakeLists.txt core/CMakeLists.txt \
  $(ls badge/CMakeLists.txt sync/CMakeLists.txt kiosk/input/CMakeLists.txt kiosk/app/CMakeLists.txt \
       kioskctl/CMakeLists.txt 2>/dev/null) | grep -v '^\S*:\s*#' || true)
if [ -n "$links" ]; then
  echo "SDL or ImGui linked outside kiosk/ui:" >&2
  echo "$links" >&2
  exit 1
fi
echo "layering ok: SDL and ImGui only in kiosk/ui"
