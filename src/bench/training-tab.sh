#!/bin/bash
# The Training tab's speed, driven like a user (BENCHMARKS.md "Training tab against the CLI").
# Needs an X display at 1280x860 with the window at its default place (Xvfb :99 -screen 0 1280x860x24),
# xdotool, and MNIST in DIGITPAD_DATA. usage: DISPLAY=:99 src/bench/training-tab.sh [VAR=value ...]
# JAR=path (default target/digitpad.jar), EPOCHS=n (default 1). Prints the app's logged epoch lines.
set -u
jar=${JAR:-target/digitpad.jar}
log=$(mktemp)
env "$@" java -jar "$jar" > "$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null' EXIT
wait_for() { for _ in $(seq "$2"); do grep -q "$1" "$log" && return 0; sleep 0.5; done; return 1; }
wait_for "Ready to draw" 60 || { echo "app not ready" >&2; exit 1; }
sleep 1
xdotool mousemove 146 77 click 1; sleep 0.5                                           # Train tab
xdotool mousemove 210 200 click --repeat 3 --delay 50 1; xdotool type --delay 20 "${EPOCHS:-1}"
xdotool mousemove 210 490 click 1; xdotool type --delay 20 "6000"                     # training subset
xdotool mousemove 411 125 click 1                                                     # Start
wait_for "Epoch ${EPOCHS:-1}:.*img/s" 400 || { echo "no epoch line" >&2; exit 1; }
grep -o "Epoch [0-9]*:[^-]*img/s" "$log" | tr '\n' ' '; echo
