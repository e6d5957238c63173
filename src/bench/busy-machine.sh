#!/bin/bash
# Training speed alone and on a busy machine (BENCHMARKS.md "Training on a busy machine").
# usage: src/bench/busy-machine.sh LABEL MODE [VAR=value ...]
#   MODE alone | burn1 (beside one CPU-bound shell loop) | burn2 (two loops) | pair (beside a second train)
#   JAR=path (default target/digitpad.jar), EPOCHS=n (default 1), DIGITPAD_DATA=MNIST folder
# Prints the img/s of each epoch; for pair, both runs' figures.
set -u
label=$1; mode=$2; shift 2
jar=${JAR:-target/digitpad.jar}
run() {
    env "$@" java -jar "$jar" train --epochs "${EPOCHS:-1}" --limit 6000 --seed 1 --quiet --out "$(mktemp -d)" 2>&1 \
        | grep -o '[0-9]* img/s' | tr '\n' ' '
}
burner() { sh -c 'while :; do :; done' >/dev/null 2>&1 & echo $!; }
case $mode in
    alone) result=$(run "$@") ;;
    burn1) b=$(burner); result=$(run "$@"); kill "$b" ;;
    burn2) b=$(burner); c=$(burner); result=$(run "$@"); kill "$b" "$c" ;;
    pair) other=$(mktemp); run "$@" > "$other" & o=$!; result=$(run "$@"); wait $o; result="$result+ $(cat "$other")" ;;
    *) echo "unknown mode $mode" >&2; exit 2 ;;
esac
echo "$label $mode: $result"
