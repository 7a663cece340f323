#!/usr/bin/env bash
# Lints an OpenAPI spec: Spectral with the NLGov API Design Rules (nlgov.spectral.yaml; fails on
# any warning or error) and then Redocly CLI (redocly.yaml, recommended-strict). Both always run;
# the exit status is 1 when either finds something.
#   tools/apilint/run.sh [spec]    (default: docs/api/openapi.yaml)
# The tools come from the npm registry, pinned in package-lock.json at the repo root: `npm ci`
# runs only when node_modules is missing or older than the lock file, so once installed this
# works offline. Nothing else is downloaded, and no usage data is sent.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
spec="${1:-docs/api/openapi.yaml}"
# A relative spec path is taken from the caller's folder, else from the repo root.
if [[ "$spec" != /* && ! -e "$spec" && -e "$root/$spec" ]]; then
    spec="$root/$spec"
fi
if [[ ! -f "$spec" ]]; then
    echo "apilint: no spec at $spec" >&2
    exit 2
fi
spec="$(cd "$(dirname "$spec")" && pwd)/$(basename "$spec")"

# The tools' engines: Redocly CLI 2 wants Node.js 20.19+ (or 22.12+), Spectral 20.17+.
if ! command -v npm >/dev/null || ! node -e '
    const [a, b] = process.versions.node.split(".").map(Number);
    process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1);' 2>/dev/null; then
    echo "apilint: needs Node.js 20.19 or later with npm; found node $(node --version 2>/dev/null || echo none)" >&2
    exit 2
fi

# Install the pinned tools when node_modules is missing or older than the lock file. npm ci
# replaces node_modules as a whole; the marker it leaves records the lock file it came from.
marker="$root/node_modules/.package-lock.json"
if [[ ! -f "$marker" || "$root/package-lock.json" -nt "$marker" ]]; then
    echo "apilint: installing the pinned tools (npm ci)" >&2
    # --ignore-scripts: none of the tools needs an install script; the one in the tree
    # (@scarf/scarf) only reports the download.
    (cd "$root" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error >&2)
fi

bin="$root/node_modules/.bin"
# No usage data, no update checks, no colours in the test log.
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true REDOCLY_SUPPRESS_NOTIFICATIONS=true
export SCARF_ANALYTICS=false DO_NOT_TRACK=1 NO_COLOR=1 FORCE_COLOR=0

status=0
echo "== Spectral (NLGov API Design Rules): $spec"
"$bin/spectral" lint --ruleset "$here/nlgov.spectral.yaml" --fail-severity=warn \
    --format=stylish "$spec" || status=1
echo "== Redocly CLI (recommended-strict): $spec"
"$bin/redocly" lint --config "$here/redocly.yaml" --format=stylish "$spec" || status=1

if [[ $status -eq 0 ]]; then
    echo "apilint: passed"
else
    echo "apilint: FAILED" >&2
fi
exit $status
