#!/usr/bin/env bash
# bench_endpoint.py under a throw-away PostgreSQL 15 cluster (pg_virtualenv).
#   run_bench.sh ENDPOINT_BINARY [--quick]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec pg_virtualenv -v 15 python3 "$here/bench_endpoint.py" --endpoint "$@"
