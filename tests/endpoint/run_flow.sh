#!/usr/bin/env bash
# Runs endpoint_flow.py on one backend: sqlite, or postgres on a throw-away PostgreSQL 15 cluster
# that Debian's pg_virtualenv starts on this machine and removes afterwards.
#   run_flow.sh sqlite|postgres ENDPOINT_BINARY
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
backend="$1"
binary="$2"
bash "$root/scripts/npm-tools.sh"
flow=(python3 "$here/endpoint_flow.py" --endpoint "$binary" --prism "$root/node_modules/.bin/prism"
    --spec "$root/docs/api/openapi.yaml" --backend "$backend")
export NO_COLOR=1 FORCE_COLOR=0
if [[ "$backend" == postgres ]]; then
    exec pg_virtualenv -v 15 "${flow[@]}"
fi
exec "${flow[@]}"
