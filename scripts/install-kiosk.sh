#!/usr/bin/env bash
# Makes a Debian 12 machine a lobby kiosk for Mapje (docs/kiosk.md). Run as root; safe to run
# again (an update: a new build, this script, then systemctl restart mapje-kiosk).
#
#   scripts/install-kiosk.sh [--app FILE | --build-dir DIR] [--nieuwe-pincode]
#   scripts/install-kiosk.sh --check
#   scripts/install-kiosk.sh --root DIR ...   (writes only below DIR: for tests and a dry run)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
deploy="$repo/deploy/kiosk"

# The kiosk's own packages, then what the installed app loads while it runs (scripts/
# debian-packages.txt lists these next to the build and test tools; the -dev packages there bring
# the same libraries). SQLCipher, libsodium and libical load on first use
# (docs/decisions/lazy-libraries.md), Qt PDF and Print Support through the app's plugin.
kiosk_packages=(cage qt6-wayland qt6-virtualkeyboard-plugin qml6-module-qtquick-virtualkeyboard)
runtime_packages=(
    libqt6core6 libqt6gui6 libqt6network6 libqt6dbus6 libqt6qml6 libqt6quick6
    libqt6quickcontrols2-6 libqt6svg6 libqt6texttospeech6 libqt6pdf6 libqt6printsupport6
    qml6-module-qtqml qml6-module-qtquick qml6-module-qtquick-controls
    qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtquick-templates
    qml6-module-qtqml-workerscript qml6-module-qtquick-shapes qml6-module-qtquick-dialogs
    qml6-module-qtquick-pdf qml6-module-qtmultimedia qml6-module-qttexttospeech
    qt6-speech-speechd-plugin speech-dispatcher speech-dispatcher-espeak-ng espeak-ng
    libsqlcipher0 libsodium23 libical3 libqrencode4 libzxing2 fonts-dejavu-core
    # Printing: a local CUPS for the kiosk's printer (the default printer, or [printer] naam).
    cups
)

kiosk_user=mapje-kiosk
lib_dir=/usr/local/lib/mapje
bin_link=/usr/local/bin/mapje
config_dir=/etc/mapje
ini=/etc/mapje/kiosk.ini
pam_file=/etc/pam.d/mapje-kiosk
unit_dir=/etc/systemd/system
units=(mapje-kiosk.service mapje-kiosk-nacht.service mapje-kiosk-nacht.timer mapje-kiosk-ochtend.timer)
# shellcheck disable=SC2016 # literal dollar signs of the hash format
hash_pattern='^\$argon2id\$v=19\$m=[0-9]+,t=[0-9]+,p=[0-9]+\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$'

root=""
app=""
check=0
new_pin=0

say() { printf '%s\n' "$*"; }
fail() {
    printf 'Fout: %s\n' "$*" >&2
    exit 1
}
usage() {
    cat <<'EOF'
Gebruik: scripts/install-kiosk.sh [opties]

Maakt van deze Debian 12-computer een kiosk met Mapje in de hal (docs/kiosk.md).
Voer het uit als root. Nog een keer uitvoeren kan altijd: wat er al is, blijft.

  --app BESTAND      het mapje-programma dat u installeert (standaard: build/app/mapje)
  --build-dir MAP    neem MAP/app/mapje
  --nieuwe-pincode   vraag een nieuwe beheerpincode, ook als er al een is
  --check            alleen kijken: zeg wat in orde is en wat niet, verander niets
  --root MAP         schrijf alles onder MAP in plaats van in /; geen pakketten, geen
                     gebruiker, geen systemctl (om te testen of te zien wat er gebeurt)
  --pakketten        toon de Debian-pakketten die de kiosk nodig heeft, een per regel
  -h, --help         deze uitleg
EOF
}

while [ $# -gt 0 ]; do
    case "$1" in
        --app)
            [ $# -ge 2 ] || fail "--app heeft een bestand nodig."
            app="$2"
            shift 2
            ;;
        --build-dir)
            [ $# -ge 2 ] || fail "--build-dir heeft een map nodig."
            app="$2/app/mapje"
            shift 2
            ;;
        --root)
            [ $# -ge 2 ] || fail "--root heeft een map nodig."
            root="$(cd "$2" 2>/dev/null && pwd)" || fail "De map $2 bestaat niet."
            [ "$root" != "/" ] || root=""
            shift 2
            ;;
        --check) check=1; shift ;;
        --nieuwe-pincode) new_pin=1; shift ;;
        --pakketten)
            printf '%s\n' "${kiosk_packages[@]}" "${runtime_packages[@]}"
            exit 0
            ;;
        -h | --help) usage; exit 0 ;;
        *) usage >&2; fail "Onbekende optie: $1" ;;
    esac
done
[ -n "$app" ] || app="$repo/build/app/mapje"

# Whether this run may change the real system (packages, the user, systemctl).
system=1
[ -z "$root" ] || system=0
skip() { say "  Overgeslagen (--root): $*"; }

# --- the checks of --check ------------------------------------------------------------------
problems=0
good() { say "  in orde: $*"; }
bad() {
    say "  NIET IN ORDE: $*"
    problems=$((problems + 1))
}

installed() { [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]; }

missing_packages() {
    local pkg
    for pkg in "${kiosk_packages[@]}" "${runtime_packages[@]}"; do
        installed "$pkg" || printf '%s\n' "$pkg"
    done
}

# The value of KEY in [SECTION] of an INI file, without surrounding spaces.
ini_value() {
    awk -v want_section="$2" -v want_key="$3" '
        /^[ \t]*\[/ { s = $0; gsub(/^[ \t]*\[|\][ \t]*$/, "", s); section = s; next }
        section == want_section && /^[ \t]*[^;#]/ {
            k = $0; sub(/=.*/, "", k); gsub(/^[ \t]+|[ \t]+$/, "", k)
            if (k == want_key) { v = $0; sub(/^[^=]*=/, "", v); gsub(/^[ \t]+|[ \t]+$/, "", v); print v; exit }
        }' "$1"
}

mode_of() { stat -c '%a' "$1"; }
owner_of() { stat -c '%U:%G' "$1"; }

run_check() {
    say "Controle van de kiosk${root:+ onder $root}:"
    if [ "$system" -eq 1 ]; then
        local missing
        missing="$(missing_packages | tr '\n' ' ')"
        if [ -z "$missing" ]; then good "alle pakketten staan erop"; else bad "pakketten ontbreken: $missing"; fi
        if getent passwd "$kiosk_user" >/dev/null; then good "gebruiker $kiosk_user bestaat"; else bad "gebruiker $kiosk_user bestaat niet"; fi
    else
        skip "pakketten en gebruiker"
    fi

    local file
    for file in "$lib_dir/mapje" "$lib_dir/mapje-kiosk-session"; do
        if [ -x "$root$file" ]; then good "$file"; else bad "$file ontbreekt"; fi
    done
    if [ -f "$root$lib_dir/libmapjeoutput.so" ]; then good "$lib_dir/libmapjeoutput.so (PDF en printen)"; else bad "$lib_dir/libmapjeoutput.so ontbreekt: printen werkt niet"; fi
    if [ -L "$root$bin_link" ]; then good "$bin_link"; else bad "$bin_link ontbreekt"; fi

    if [ -f "$root$ini" ]; then
        good "$ini bestaat"
        [ "$(mode_of "$root$ini")" = 640 ] || bad "$ini heeft rechten $(mode_of "$root$ini"), niet 640"
        if [ "$system" -eq 1 ] && [ "$(owner_of "$root$ini")" != "root:$kiosk_user" ]; then
            bad "$ini is van $(owner_of "$root$ini"), niet van root:$kiosk_user"
        fi
        if [[ "$(ini_value "$root$ini" beheer pincode)" =~ $hash_pattern ]]; then
            good "beheerpincode staat erin (als hash)"
        else
            bad "geen beheerpincode: voer dit script opnieuw uit met --nieuwe-pincode"
        fi
        local address token
        address="$(ini_value "$root$ini" eindpunt adres)"
        token="$(ini_value "$root$ini" eindpunt zuiltoken)"
        if [ -z "$address" ]; then
            good "geen eindpunt: geen overdracht naar een telefoon, geen delen"
        elif [[ "$address" == https://mapje.voorbeeld.nl* ]]; then
            bad "[eindpunt] adres is nog het voorbeeld: zet het adres van uw gemeente in $ini"
        elif [ -n "$token" ] && [ -s "$root$token" ]; then
            good "token voor het eindpunt: $token"
            case "$(mode_of "$root$token")" in
                600 | 640) ;;
                *) bad "$token heeft rechten $(mode_of "$root$token"): maak het 640 (root:$kiosk_user)" ;;
            esac
        else
            bad "geen token in ${token:-[eindpunt] zuiltoken}: vraag die aan uw gemeente (zie docs/kiosk.md)"
        fi
    else
        bad "$ini ontbreekt"
    fi

    if [ -f "$root$pam_file" ] && cmp -s "$deploy/pam-mapje-kiosk" "$root$pam_file"; then good "$pam_file"; else bad "$pam_file ontbreekt of is anders"; fi
    local unit
    for unit in "${units[@]}"; do
        if [ -f "$root$unit_dir/$unit" ] && cmp -s "$deploy/$unit" "$root$unit_dir/$unit"; then
            good "$unit_dir/$unit"
        else
            bad "$unit_dir/$unit ontbreekt of is anders dan in deze versie"
        fi
    done

    if [ "$system" -eq 1 ]; then
        if [ "$(systemctl is-enabled mapje-kiosk.service 2>/dev/null)" = enabled ]; then good "mapje-kiosk start bij het opstarten"; else bad "mapje-kiosk staat niet aan: systemctl enable mapje-kiosk"; fi
        case "$(systemctl is-enabled getty@tty1.service 2>/dev/null)" in
            enabled) bad "de login op tty1 staat nog aan: systemctl disable getty@tty1" ;;
            *) good "geen login op tty1" ;;
        esac
        if systemctl is-active --quiet mapje-kiosk.service 2>/dev/null; then good "mapje-kiosk draait"; else say "  let op: mapje-kiosk draait nu niet (systemctl status mapje-kiosk)"; fi
        if [ -f "$root$ini" ] && [ -z "$(ini_value "$root$ini" printer naam)" ]; then
            if [[ "$(lpstat -d 2>/dev/null)" == *:* ]]; then good "standaardprinter: $(lpstat -d | sed 's/.*: *//')"; else bad "geen standaardprinter in CUPS (zie docs/kiosk.md, Printer)"; fi
        fi
    else
        skip "systemctl en de printer"
    fi

    if [ "$problems" -eq 0 ]; then
        say "Alles in orde."
        return 0
    fi
    say "$problems ding(en) niet in orde."
    return 1
}

# --- installing -------------------------------------------------------------------------------

# Copies SOURCE to ROOT/TARGET with MODE through a temporary file and a rename: a running kiosk
# keeps the old file until it restarts, and nobody ever sees half a file.
put() {
    local source="$1" target="$root$2" mode="$3" tmp
    mkdir -p "$(dirname "$target")"
    tmp="$(mktemp "$target.XXXXXX")"
    cp "$source" "$tmp"
    chmod "$mode" "$tmp"
    mv -f "$tmp" "$target"
}

install_packages() {
    say "1. Pakketten"
    local missing
    mapfile -t missing < <(missing_packages)
    if [ ${#missing[@]} -eq 0 ]; then
        say "  Alle pakketten staan er al."
    elif [ "$system" -eq 0 ]; then
        skip "apt-get install ${missing[*]}"
    else
        say "  Installeren: ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

install_program() {
    say "2. Het programma"
    if [ ! -f "$app" ] || [ ! -x "$app" ]; then
        fail "Geen mapje-programma op $app. Bouw het eerst (bash scripts/build.sh) of geef --app BESTAND."
    fi
    local plugin
    plugin="$(dirname "$app")/libmapjeoutput.so"
    [ -f "$plugin" ] || fail "Naast $app staat geen libmapjeoutput.so. Zonder die plug-in kan de kiosk niet printen. Bouw alles (bash scripts/build.sh)."
    put "$app" "$lib_dir/mapje" 0755
    put "$plugin" "$lib_dir/libmapjeoutput.so" 0644
    put "$deploy/mapje-kiosk-session" "$lib_dir/mapje-kiosk-session" 0755
    mkdir -p "$root$(dirname "$bin_link")"
    ln -sfn "$lib_dir/mapje" "$root$bin_link"
    say "  $lib_dir/mapje (met de plug-in voor PDF en printen) en $bin_link"
}

create_user() {
    say "3. De gebruiker $kiosk_user"
    if [ "$system" -eq 0 ]; then
        skip "useradd --system $kiosk_user"
    elif getent passwd "$kiosk_user" >/dev/null; then
        say "  Bestaat al."
    else
        # A system user: no password (locked), no shell, no home folder on disk.
        useradd --system --user-group --no-create-home --home-dir /nonexistent \
            --shell /usr/sbin/nologin --comment "Mapje kiosk" "$kiosk_user"
        say "  Gemaakt (zonder wachtwoord en zonder login)."
    fi
}

# Sets the owner of FILE (below root) to root:mapje-kiosk, only on the real system.
own() {
    if [ "$system" -eq 1 ]; then chown "root:$kiosk_user" "$root$1"; else skip "chown root:$kiosk_user $1"; fi
}

# Writes HASH as [beheer] pincode into the INI file, keeping everything else and its rights.
write_pin_hash() {
    local file="$root$ini" tmp
    tmp="$(mktemp "$file.XXXXXX")"
    PIN_HASH="$1" awk '
        function put() { if (!done) { print "pincode=" ENVIRON["PIN_HASH"]; done = 1 } }
        /^[ \t]*\[/ {
            if (section == "beheer") put()
            s = $0; gsub(/^[ \t]*\[|\][ \t]*$/, "", s); section = s
            print; next
        }
        section == "beheer" && /^[ \t]*pincode[ \t]*=/ { put(); next }
        { print }
        END {
            if (!done) { if (section != "beheer") print "\n[beheer]"; put() }
        }' "$file" > "$tmp"
    chmod 0640 "$tmp"
    if [ "$system" -eq 1 ]; then chown "root:$kiosk_user" "$tmp"; fi
    mv -f "$tmp" "$file"
}

configure() {
    say "4. De instellingen: $ini"
    mkdir -p "$root$config_dir"
    chmod 0750 "$root$config_dir"
    own "$config_dir"
    if [ -f "$root$ini" ]; then
        say "  Bestaat al: blijft zoals het is."
    else
        put "$deploy/kiosk.ini.example" "$ini" 0640
        own "$ini"
        say "  Gemaakt uit het voorbeeld. Vul de naam van uw gemeente en het eindpunt in."
    fi

    local current
    current="$(ini_value "$root$ini" beheer pincode)"
    if [[ "$current" =~ $hash_pattern ]] && [ "$new_pin" -eq 0 ]; then
        say "  De beheerpincode staat er al in (een nieuwe: --nieuwe-pincode)."
        return
    fi
    if [ -t 0 ]; then
        say "  Kies de beheerpincode: 6 tot 12 cijfers. Daarmee verlaat een beheerder de kiosk."
        say "  Schrijf hem niet op de kiosk. U ziet de cijfers niet terwijl u typt."
    fi
    # Mapje reads the PIN itself (twice, without echo, on a terminal) and prints only its hash: the
    # PIN never passes through this script, a file or a command line.
    local hash
    if ! hash="$(QT_QPA_PLATFORM=offscreen "$root$lib_dir/mapje" --kiosk-hash-pin)"; then
        fail "Er is geen beheerpincode gemaakt (zie de melding hierboven). Voer het script opnieuw uit en kies 6 tot 12 cijfers."
    fi
    [[ "$hash" =~ $hash_pattern ]] || fail "mapje --kiosk-hash-pin gaf geen Argon2id-hash. Is dit een Mapje met kioskstand?"
    write_pin_hash "$hash"
    say "  De beheerpincode staat erin (alleen als hash)."
}

install_units() {
    say "5. De systemd-dienst"
    put "$deploy/pam-mapje-kiosk" "$pam_file" 0644
    local unit
    for unit in "${units[@]}"; do
        put "$deploy/$unit" "$unit_dir/$unit" 0644
    done
    say "  $unit_dir/mapje-kiosk.service, $pam_file, de nacht-timers (uit tot u ze aanzet)"
    if [ "$system" -eq 0 ]; then
        skip "systemctl daemon-reload; systemctl enable mapje-kiosk.service; systemctl disable getty@tty1.service"
        return
    fi
    systemctl daemon-reload
    systemctl enable mapje-kiosk.service
    # The login prompt on tty1 makes way for the kiosk (the unit also conflicts with it).
    systemctl disable getty@tty1.service 2>/dev/null || true
    say "  mapje-kiosk start voortaan bij het opstarten; tty1 heeft geen login meer."
    if systemctl is-enabled --quiet display-manager.service 2>/dev/null; then
        say "  Let op: er staat ook een grafische login aan (display-manager). Zet die uit:"
        say "    systemctl disable display-manager"
    fi
}

next_steps() {
    say ""
    say "Klaar. Wat u nu nog doet (uitleg: docs/kiosk.md):"
    say "  - Vul in $ini de naam van uw gemeente en het adres van het eindpunt in."
    say "  - Zet het token van deze kiosk in een bestand (u krijgt het van uw gemeente):"
    say "      install -m 0640 -o root -g $kiosk_user token.txt /etc/mapje/zuiltoken"
    say "  - Sluit de printer aan en maak hem de standaardprinter in CUPS:"
    say "      lpadmin -p hal -E -v <adres van de printer> -m everywhere; lpoptions -d hal"
    say "  - Start de kiosk: systemctl start mapje-kiosk (of herstart de computer)."
    say "    Draaide hij al? Dan gebruikt hij de nieuwe versie na: systemctl restart mapje-kiosk"
    say "    (een bezoeker die er nu zit, is dan zijn sessie kwijt)."
    say "  - Kijk of alles goed staat: scripts/install-kiosk.sh --check"
}

if [ "$check" -eq 1 ]; then
    run_check
    exit $?
fi
if [ "$system" -eq 1 ] && [ "$(id -u)" -ne 0 ]; then
    fail "Voer dit script uit als root (sudo scripts/install-kiosk.sh)."
fi
if [ "$system" -eq 1 ] && ! grep -q '^VERSION_ID="12"' /etc/os-release 2>/dev/null; then
    say "Let op: dit script is gemaakt voor Debian 12. Op deze computer kan iets anders gaan."
fi
install_packages
install_program
create_user
configure
install_units
next_steps
