#!/usr/bin/env bash
# Installs the npm tools pinned in package-lock.json (Spectral, Redocly CLI, Prism) into
# node_modules, only when node_modules is missing or older than the lock file; later runs work
# offline. Used by tools/apilint/run.sh and the endpoint's tests.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# The tools' engines: Redocly CLI 2 wants Node.js 20.19+ (or 22.12+), Spectral 20.17+.
if ! command -v npm >/dev/null || ! node -e '
    const [a, b] = process.versions.node.split(".").map(Number);
    process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1);' 2>/dev/null; then
    echo "npm-tools: needs Node.js 20.19 or later with npm; found node $(node --version 2>/dev/null || echo none)" >&2
    exit 2
fi

# npm ci replaces node_modules as a whole; the marker it leaves records the lock file it came from.
marker="$root/node_modules/.package-lock.json"
if [[ ! -f "$marker" || "$root/package-lock.json" -nt "$marker" ]]; then
    echo "npm-tools: installing the pinned tools (npm ci)" >&2
    # --ignore-scripts: none of the tools needs an install script; the one in the tree
    # (@scarf/scarf) only reports the download.
    (cd "$root" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error >&2)
fi
