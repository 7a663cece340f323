#!/usr/bin/env bash
# Proves tools/apilint on two small specs: fixtures/good.yaml passes both linters, and
# fixtures/bad.yaml fails with every nlgov-* rule of nlgov.spectral.yaml named in the output (the
# list is read from the ruleset, so a new rule needs a case in bad.yaml).
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
run="$root/tools/apilint/run.sh"
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
failures=0

echo "-- good.yaml must pass"
bash "$run" "$here/fixtures/good.yaml" >"$out" 2>&1
rc=$?
cat "$out"
if [[ $rc -ne 0 ]]; then
    echo "FAIL: good.yaml did not pass (exit $rc)"
    failures=$((failures + 1))
fi

echo "-- bad.yaml must fail, naming every rule"
bash "$run" "$here/fixtures/bad.yaml" >"$out" 2>&1
rc=$?
cat "$out"
if [[ $rc -ne 1 ]]; then
    echo "FAIL: bad.yaml should fail the lint with exit 1, got $rc"
    failures=$((failures + 1))
fi
mapfile -t rules < <(grep -oE '^  nlgov-[a-z0-9-]+:' "$root/tools/apilint/nlgov.spectral.yaml" | tr -d ' :')
if [[ ${#rules[@]} -lt 10 ]]; then
    echo "FAIL: read only ${#rules[@]} nlgov rules from the ruleset"
    failures=$((failures + 1))
fi
for rule in "${rules[@]}"; do
    if grep -qE "[[:space:]]${rule}[[:space:]]" "$out"; then
        echo "caught: $rule"
    else
        echo "FAIL: bad.yaml did not trigger $rule"
        failures=$((failures + 1))
    fi
done
# Redocly ran on it too and failed it.
if ! grep -q "Validation failed" "$out"; then
    echo "FAIL: Redocly CLI did not fail bad.yaml"
    failures=$((failures + 1))
fi

if [[ $failures -eq 0 ]]; then
    echo "api_lint_selftest: ${#rules[@]} rules caught, good spec passes"
    exit 0
fi
echo "api_lint_selftest: $failures failures"
exit 1
