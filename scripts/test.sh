#!/usr/bin/env bash
# One command: install what is missing, build, and run every test (C++, QML, lint, benchmarks in quick mode).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup-debian.sh"
"$root/scripts/build.sh"
export QT_QPA_PLATFORM=offscreen
# Two tests at a time (CTEST_PARALLEL_LEVEL, or -j in the arguments, changes it). Tests that share
# something (a port, a folder, node_modules, the PostgreSQL cluster name) hold a RESOURCE_LOCK;
# benchmarks and tests with a time limit run alone (RUN_SERIAL); the slow ones start first (COST).
export CTEST_PARALLEL_LEVEL="${CTEST_PARALLEL_LEVEL:-2}"
cd "$root/build"
ctest --output-on-failure --timeout 900 "$@"
