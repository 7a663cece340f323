#!/usr/bin/env bash
# One command: install what is missing, build, and run every test (C++, QML, lint, benchmarks in quick mode).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup-debian.sh"
"$root/scripts/build.sh"
export QT_QPA_PLATFORM=offscreen
cd "$root/build"
ctest --output-on-failure --timeout 900 "$@"
