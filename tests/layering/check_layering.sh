#!/usr/bin/env bash
# The layering rule, on the include graph (tests/layering/check_layering.py):
# each component includes only those below it; the front ends never reach a
# storage/ header, directly or through another header; SDL and Dear ImGui
# only in kiosk/ui. CMake keeps the link graph the same way (each library
# links only what it may use).
set -euo pipefail
exec python3 "$(dirname "$0")/check_layering.py" "$1"
