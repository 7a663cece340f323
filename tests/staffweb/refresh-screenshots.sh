#!/usr/bin/env bash
# Refreshes the committed screenshots of the staff page (docs/screenshots/staff) by running the
# browser test once with the built endpoint and citizen driver of BUILD (default: build). The set is
# replaced only when the whole run passes. Look at every picture before committing, and update
# docs/screenshots/staff/README.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="$(cd "${1:-$root/build}" && pwd)"
bash "$root/scripts/npm-tools.sh"
fresh="$(mktemp -d)"
trap 'rm -rf "$fresh"' EXIT
PUPPETEER_SKIP_DOWNLOAD=1 node "$root/tests/staffweb/staff_page_browser.js" \
    --endpoint "$build/endpoint/mapje-endpoint" \
    --citizen "$build/tests/staffweb/staffweb_citizen_driver" \
    --screenshots "$fresh"
out="$root/docs/screenshots/staff"
mkdir -p "$out"
rm -f "$out"/*.png
cp "$fresh"/*.png "$out"/
ls -la "$out"
