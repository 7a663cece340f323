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

# The pinned tools, installed when node_modules is missing or stale.
bash "$root/scripts/npm-tools.sh"

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
