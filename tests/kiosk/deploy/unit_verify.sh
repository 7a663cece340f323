#!/usr/bin/env bash
# kiosk_unit_verify: systemd-analyze verify on deploy/kiosk's units must print nothing at all.
#   unit_verify.sh DEPLOY_DIR MAPJE
set -euo pipefail
deploy="$1"
app="$2"
session="$deploy/mapje-kiosk-session"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() {
    echo "FAIL: $*"
    exit 1
}

[ -x "$app" ] || fail "no mapje at $app"
[ -x "$session" ] || fail "$session is not executable"

# The installed paths become the build's, so every command the units name exists.
units=(mapje-kiosk.service mapje-kiosk-nacht.service mapje-kiosk-nacht.timer mapje-kiosk-ochtend.timer)
for unit in "${units[@]}"; do
    sed -e "s#/usr/local/lib/mapje/mapje-kiosk-session#$session#g" \
        -e "s#/usr/local/bin/mapje#$app#g" "$deploy/$unit" > "$work/$unit"
done
exec_start="$(grep '^ExecStart=' "$work/mapje-kiosk.service")"
case "$exec_start" in
    "ExecStart=$session "*"/usr/bin/cage "*" -- $app --kiosk /etc/mapje/kiosk.ini") ;;
    *) fail "ExecStart is not 'session ... cage ... -- mapje --kiosk /etc/mapje/kiosk.ini': $exec_start" ;;
esac
[ -x /usr/bin/cage ] || fail "/usr/bin/cage is not installed (Debian package cage)"

cd "$work"
if ! output="$(systemd-analyze verify "${units[@]/#/./}" 2>&1)"; then
    fail "systemd-analyze verify failed: $output"
fi
[ -z "$output" ] || fail "systemd-analyze verify printed: $output"
echo "systemd-analyze verify: ${units[*]}: no output"

# The check itself sees a mistake: a misspelt key is a warning it prints.
sed 's/^RestartSec=/RestartSecs=/' mapje-kiosk.service > broken.service
broken="$(systemd-analyze verify ./broken.service 2>&1 || true)"
case "$broken" in
    *RestartSecs*) echo "systemd-analyze verify reports a misspelt key, as it should" ;;
    *) fail "systemd-analyze verify did not report a misspelt key: '$broken'" ;;
esac
rm broken.service

# The hardening does not slip: exposure at most 4.5 of 10 (threshold in tenths).
if ! security="$(systemd-analyze security --offline=true --threshold=45 ./mapje-kiosk.service 2>&1)"; then
    fail "exposure above 4.5: $(echo "$security" | tail -1)"
fi
echo "$security" | tail -1
echo "PASS"
