#!/usr/bin/env bash
# install_kiosk_selftest: scripts/install-kiosk.sh --root against a temporary root.
#   install_selftest.sh INSTALL_SCRIPT MAPJE
# What it writes (the program, the session wrapper, the PAM file, the units as shipped, kiosk.ini
# from the example with 0640), that the admin PIN lands in kiosk.ini only as an Argon2id hash of
# that PIN (checked with libsodium), that a second run asks nothing and changes nothing, that
# --nieuwe-pincode replaces only the hash, that a wrong PIN stops it, what --check reports, and
# that nothing outside the temporary root was touched.
set -euo pipefail
script="$1"
app="$2"
repo="$(cd "$(dirname "$script")/.." && pwd)"
deploy="$repo/deploy/kiosk"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() {
    echo "FAIL: $*"
    exit 1
}
pass() { echo "ok: $*"; }

# The PIN a hash was made from, checked the way Mapje checks it (libsodium).
verifies() {
    python3 - "$1" "$2" <<'EOF'
import ctypes, sys
sodium = ctypes.CDLL("libsodium.so.23")
assert sodium.sodium_init() >= 0
hash_, pin = sys.argv[1].encode(), sys.argv[2].encode()
sys.exit(0 if sodium.crypto_pwhash_str_verify(hash_, pin, ctypes.c_ulonglong(len(pin))) == 0 else 1)
EOF
}
pincode_of() { sed -n 's/^pincode=//p' "$1"; }

# What the real system has before: the run must leave it exactly so.
real_paths=(/etc/mapje /etc/pam.d/mapje-kiosk /etc/systemd/system/mapje-kiosk.service
    /usr/local/lib/mapje /usr/local/bin/mapje)
before="$(for p in "${real_paths[@]}"; do ls -ld --time-style=+%s "$p" 2>/dev/null || echo "absent $p"; done)"

root="$work/root"
mkdir "$root"
pin=482916375012
if ! printf '%s\n' "$pin" | bash "$script" --root "$root" --app "$app" > "$work/first.log" 2>&1; then
    cat "$work/first.log"
    fail "the first run failed"
fi
cat "$work/first.log"

# The files, as shipped.
same() { cmp -s "$1" "$root$2" || fail "$2 is not $1"; }
same "$app" /usr/local/lib/mapje/mapje
same "$(dirname "$app")/libmapjeoutput.so" /usr/local/lib/mapje/libmapjeoutput.so
same "$deploy/mapje-kiosk-session" /usr/local/lib/mapje/mapje-kiosk-session
same "$deploy/pam-mapje-kiosk" /etc/pam.d/mapje-kiosk
for unit in mapje-kiosk.service mapje-kiosk-nacht.service mapje-kiosk-nacht.timer mapje-kiosk-ochtend.timer; do
    same "$deploy/$unit" "/etc/systemd/system/$unit"
done
for program in mapje mapje-kiosk-session; do
    [ -x "$root/usr/local/lib/mapje/$program" ] || fail "/usr/local/lib/mapje/$program is not executable"
done
[ "$(readlink "$root/usr/local/bin/mapje")" = /usr/local/lib/mapje/mapje ] \
    || fail "/usr/local/bin/mapje does not point at /usr/local/lib/mapje/mapje"
grep -q '^ExecStart=/usr/local/lib/mapje/mapje-kiosk-session .* -- /usr/local/bin/mapje --kiosk /etc/mapje/kiosk.ini$' \
    "$root/etc/systemd/system/mapje-kiosk.service" || fail "the unit does not start the installed paths"
pass "program, plug-in, wrapper, PAM file and units installed as shipped"

ini="$root/etc/mapje/kiosk.ini"
[ "$(stat -c %a "$ini")" = 640 ] || fail "kiosk.ini has mode $(stat -c %a "$ini"), not 640"
[ "$(stat -c %a "$root/etc/mapje")" = 750 ] || fail "/etc/mapje has mode $(stat -c %a "$root/etc/mapje"), not 750"
hash="$(pincode_of "$ini")"
[[ "$hash" == "\$argon2id\$v=19\$"* ]] || fail "kiosk.ini has no Argon2id hash in pincode: '$hash'"
[ "$(grep -c '^pincode=' "$ini")" = 1 ] || fail "kiosk.ini has more than one pincode line"
sed -n '/^\[beheer\]/,$p' "$ini" | grep -q '^pincode=' || fail "pincode is not in [beheer]"
verifies "$hash" "$pin" || fail "the hash in kiosk.ini does not verify the PIN typed"
! verifies "$hash" 482916375013 || fail "the hash in kiosk.ini verifies another PIN"
! grep -q "$pin" "$ini" || fail "the PIN itself is in kiosk.ini"
diff <(grep -v '^pincode=' "$deploy/kiosk.ini.example") <(grep -v '^pincode=' "$ini") \
    || fail "kiosk.ini differs from the example in more than the PIN's hash"
pass "kiosk.ini from the example, 0640, with an Argon2id hash of the PIN and nothing else changed"

# Again, with no PIN to give: nothing is asked, nothing changes (a new build is installed so).
echo "# changed by the admin" >> "$ini"
sum="$(sha256sum "$ini")"
bash "$script" --root "$root" --app "$app" < /dev/null > "$work/second.log" 2>&1 \
    || { cat "$work/second.log"; fail "the second run failed"; }
[ "$(sha256sum "$ini")" = "$sum" ] || fail "the second run changed kiosk.ini"
grep -q "Bestaat al" "$work/second.log" || fail "the second run did not say kiosk.ini stays"
pass "a second run asks nothing and leaves kiosk.ini as the admin left it"

# A new PIN: only the hash changes.
new_pin=731200
printf '%s\n' "$new_pin" | bash "$script" --root "$root" --app "$app" --nieuwe-pincode > "$work/third.log" 2>&1 \
    || { cat "$work/third.log"; fail "--nieuwe-pincode failed"; }
new_hash="$(pincode_of "$ini")"
verifies "$new_hash" "$new_pin" || fail "--nieuwe-pincode did not write the new PIN's hash"
! verifies "$new_hash" "$pin" || fail "the old PIN still opens after --nieuwe-pincode"
diff <(grep -v '^pincode=' "$deploy/kiosk.ini.example"; echo "# changed by the admin") \
    <(grep -v '^pincode=' "$ini") || fail "--nieuwe-pincode changed more than the hash"
[ "$(stat -c %a "$ini")" = 640 ] || fail "--nieuwe-pincode left kiosk.ini with mode $(stat -c %a "$ini")"
pass "--nieuwe-pincode replaces the hash only"

# --check: the example's endpoint address and the missing token are reported; fixed, all is well.
if bash "$script" --root "$root" --check > "$work/check.log" 2>&1; then
    cat "$work/check.log"
    fail "--check found nothing wrong with the example's endpoint address"
fi
grep -q "adres is nog het voorbeeld" "$work/check.log" || { cat "$work/check.log"; fail "--check did not name the endpoint address"; }
sed -i 's#^adres=.*#adres=#' "$ini"
bash "$script" --root "$root" --check > "$work/check.log" 2>&1 || { cat "$work/check.log"; fail "--check is not content with a complete install"; }
grep -q "Alles in orde" "$work/check.log" || fail "--check did not say all is well"
pass "--check names what is wrong and is content when nothing is"

# A PIN Mapje refuses stops the install before kiosk.ini gets a hash.
root2="$work/root2"
mkdir "$root2"
if printf 'abc\n' | bash "$script" --root "$root2" --app "$app" > "$work/wrong.log" 2>&1; then
    cat "$work/wrong.log"
    fail "a PIN of letters was accepted"
fi
grep -q "geen beheerpincode gemaakt" "$work/wrong.log" || { cat "$work/wrong.log"; fail "no clear message for a refused PIN"; }
[ -z "$(pincode_of "$root2/etc/mapje/kiosk.ini")" ] || fail "a refused PIN left a hash"
[ ! -e "$root2/etc/systemd/system/mapje-kiosk.service" ] || fail "the unit was installed without an admin PIN"
pass "a refused PIN stops the install, with a message"

# The packages it installs cover every library the program and its plug-in load, at start or on
# first use (the lazily loaded ones are named in the program too), as this machine's dpkg knows them.
declare -A listed=()
while read -r package; do listed["$package"]=1; done < <(bash "$script" --pakketten)
for kiosk_package in cage qt6-wayland qt6-virtualkeyboard-plugin qml6-module-qtquick-virtualkeyboard; do
    [ -n "${listed[$kiosk_package]:-}" ] || fail "the script does not install $kiosk_package"
done
ldconfig -p > "$work/ldconfig"
strings "$app" "$(dirname "$app")/libmapjeoutput.so" | grep -E '^lib[A-Za-z0-9_+-]+\.so\.[0-9]+$' \
    | sort -u > "$work/sonames"
[ -s "$work/sonames" ] || fail "no library names found in $app"
uncovered=()
while read -r soname; do
    path="$(awk -v so="$soname" '$1 == so && /x86-64|x86_64|64bit/ { print $NF }' "$work/ldconfig" | head -1)"
    [ -n "$path" ] || path="$(awk -v so="$soname" '$1 == so { print $NF }' "$work/ldconfig" | head -1)"
    [ -n "$path" ] || fail "$soname, which mapje loads, is not on this machine"
    owner="$(dpkg -S "$path" 2>/dev/null | cut -d: -f1 | head -1 || true)"
    [ -n "$owner" ] || owner="$(dpkg -S "$(readlink -f "$path")" 2>/dev/null | cut -d: -f1 | head -1 || true)"
    [ -n "$owner" ] || fail "no Debian package owns $path ($soname): where does it come from?"
    case "$owner" in
        libc6 | libgcc-s1 | libstdc++6) continue ;; # Essential, or needed by everything
    esac
    [ -n "${listed[$owner]:-}" ] || uncovered+=("$soname ($owner)")
done < "$work/sonames"
[ ${#uncovered[@]} -eq 0 ] || fail "scripts/install-kiosk.sh does not install the package of: ${uncovered[*]}"
pass "the packages it installs cover every library mapje and its plug-in load"

after="$(for p in "${real_paths[@]}"; do ls -ld --time-style=+%s "$p" 2>/dev/null || echo "absent $p"; done)"
[ "$before" = "$after" ] || fail "the real system changed: $before -> $after"
pass "nothing outside the temporary root changed"
echo "PASS"
