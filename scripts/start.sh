#!/usr/bin/env bash
# One command: install what is missing, build, and start Mapje.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup-debian.sh"
"$root/scripts/build.sh"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "Geen scherm gevonden. Zonder scherm maakt Mapje plaatjes: $root/build/app/mapje --screenshots $root/docs/screenshots"
    exit 0
fi
exec "$root/build/app/mapje" "$@"
