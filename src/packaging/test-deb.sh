#!/usr/bin/env bash
# Installs the .deb that "mvn -Pinstaller -DskipTests package" made, uses it as a user would, removes it,
# and checks that nothing is left in the system folders. Needs root (dpkg), Xvfb and the sample PNGs.
# usage: sudo src/packaging/test-deb.sh [target/installer/digitpad_*.deb]
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
deb=${1:-$(ls target/installer/digitpad_*.deb | head -1)}
work=$(mktemp -d)
home="$work/home"                 # a user with no ~/.digitpad and an empty ~/.javacpp/cache
mkdir -p "$home"
export JAVA_TOOL_OPTIONS="-Duser.home=$home"
snapshot() { find /opt /usr /etc /var/lib/dpkg/info -xdev 2>/dev/null | grep -v '^/var/lib/dpkg/info/.*\.list$' | sort; }
fail() { echo "FAIL: $*" >&2; exit 1; }

dpkg -s digitpad > /dev/null 2>&1 && fail "digitpad is already installed"
xvfb=
made=()
cleanup() {
    if [ -n "$xvfb" ]; then kill "$xvfb" 2> /dev/null || true; fi
    if dpkg -s digitpad > /dev/null 2>&1; then dpkg --purge digitpad > /dev/null; fi
    for dir in "${made[@]}"; do rm -rf "$dir"; done
    rm -rf "$work"
}
trap cleanup EXIT
snapshot > "$work/before"
# A desktop system has menu folders; a bare one (this VM) gets them for the test and loses them after.
for dir in /etc/xdg/menus /usr/share/desktop-directories; do
    if [ ! -d "$dir" ]; then mkdir -p "$dir"; made+=("$dir"); fi
done
echo "== dpkg -i $deb"
dpkg -i "$deb"
[ "$(readlink -f "$(command -v digitpad)")" = /opt/digitpad/bin/DigitPad ] || fail "digitpad is not on the PATH"
[ -f /usr/share/applications/digitpad-DigitPad.desktop ] || fail "no desktop entry"

cd "$work"                          # no ./models here: the installed app must find its own
echo "== digitpad --version"
digitpad --version | tee "$work/version.txt"
grep -q "^Bundled models: /opt/digitpad/lib/app/models$" "$work/version.txt" || fail "bundled models not found"
echo "== digitpad predict (the sample PNGs)"
digitpad predict "$repo"/assets/samples/font-*.png | tee "$work/predict.txt"
for i in 0 1 2 3 4 5 6 7 8 9; do
    grep -q "font-$i.png: $i " "$work/predict.txt" || fail "font-$i.png not read as $i"
done
echo "== digitpad summary"
digitpad summary --arch tutorial | tee "$work/summary.txt"
grep -q "93,322\|93322" "$work/summary.txt" || fail "summary does not give the tutorial CNN's 93,322 parameters"

echo "== digitpad (GUI) under Xvfb until ready"
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1280x860x24 > /dev/null 2>&1 &
xvfb=$!
sleep 1
DISPLAY=$display JAVA_TOOL_OPTIONS="$JAVA_TOOL_OPTIONS -Ddigitpad.exitWhenReady=true" timeout 120 digitpad > "$work/gui.txt" 2>&1 \
    || fail "the window did not get ready: $(tail -5 "$work/gui.txt")"
grep "READY" "$work/gui.txt" || fail "no READY line"
[ -d "$home/.javacpp/cache" ] || fail "the natives were not unpacked into the user's cache"
kill "$xvfb"
xvfb=

cd "$repo"
echo "== dpkg -r digitpad"
dpkg -r digitpad
status=$(dpkg-query -W -f='${Status}' digitpad 2> /dev/null || true)
case "$status" in *" installed") fail "still installed: $status" ;; esac
[ ! -e /opt/digitpad ] && [ ! -e /usr/bin/digitpad ] || fail "files left after dpkg -r"
[ ! -e /usr/share/applications/digitpad-DigitPad.desktop ] || fail "desktop entry left after dpkg -r"
echo "== dpkg --purge digitpad (dpkg's own record of it)"
dpkg --purge digitpad
for dir in "${made[@]}"; do rm -rf "$dir"; done
made=()
snapshot > "$work/after"
if ! diff "$work/before" "$work/after"; then
    fail "the system folders differ after removal (above)"
fi
echo "PASS: installed, --version, predicted the 10 samples, summary, GUI ready, removed without a trace"
