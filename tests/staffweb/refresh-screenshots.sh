#!/usr/bin/env bash
# Refreshes the committed screenshots of the staff page (docs/screenshots/staff) by running the
# browser test once with the built endpoint and citizen driver of BUILD (default: build). Look at
# every picture before committing, and update docs/screenshots/staff/README.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="$(cd "${1:-$root/build}" && pwd)"
bash "$root/scripts/npm-tools.sh"
out="$root/docs/screenshots/staff"
mkdir -p "$out"
rm -f "$out"/*.png
PUPPETEER_SKIP_DOWNLOAD=1 node "$root/tests/staffweb/staff_page_browser.js" \
    --endpoint "$build/endpoint/mapje-endpoint" \
    --citizen "$build/tests/staffweb/staffweb_citizen_driver" \
    --screenshots "$out"
ls -la "$out"
