#!/usr/bin/env bash
# fuzz.sh TARGET...: make fuzz.  Runs each test/fuzz/TARGET_fuzz (built by
# the Makefile with clang and libFuzzer, ASan and UBSan; in $FUZZ_BIN if
# set, the build directory) for FUZZ_SECONDS
# from a scratch copy of test/fuzz/corpus/TARGET/, with the dictionary
# test/fuzz/TARGET.dict if there is one.  An input that fails a check is
# kept in test/fuzz/crashers/TARGET/, which make fuzz-regress replays.
# Prints TAP, one test per target; no server needed.
#
#   FUZZ_SECONDS  seconds per target (default 60)
#   FUZZ_OPTS     more libFuzzer options (the Makefile passes its own)
set -uo pipefail
cd "$(dirname "$0")/.." || exit 2
. test/lib/tap.sh
seconds=${FUZZ_SECONDS:-60}
read -r -a opts <<<"${FUZZ_OPTS:-}"
scratch=$(mktemp -d "${TMPDIR:-/tmp}/vigo_cal_fuzz.XXXXXX") || exit 2
trap 'rm -rf "$scratch"' EXIT

plan $#
failed=""
for t in "$@"; do
    mkdir -p "$scratch/$t" "test/fuzz/crashers/$t" || bail_out "cannot make $scratch/$t"
    [ -d "test/fuzz/corpus/$t" ] && cp -R "test/fuzz/corpus/$t/." "$scratch/$t/"
    dict=()
    [ -f "test/fuzz/$t.dict" ] && dict=("-dict=test/fuzz/$t.dict")
    diag "fuzz $t for $seconds s"
    log=$scratch/$t.log
    "${FUZZ_BIN:-test/fuzz}/${t}_fuzz" -max_total_time="$seconds" "${opts[@]}" "${dict[@]}" \
        -artifact_prefix="test/fuzz/crashers/$t/" "$scratch/$t" >"$log" 2>&1
    rc=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    found=$(sed -n 's/.*Test unit written to *//p' "$log")
    if [ "$rc" -eq 0 ] && [ -z "$found" ]; then
        pass "$t: ${execs:-?} executions in $seconds s, no failure"
    else
        # the report from its first line on, or the end of the log
        report=$(awk '/^==[0-9]+==|runtime error:|property violated|ERROR: libFuzzer|ALARM:/ { p = 1 } p' "$log" | grep .) \
            || report=$(tail -n 40 "$log")
        fail "$t: ${execs:-?} executions in $seconds s, no failure" \
            "exit status $rc${found:+, input kept in $found}" "$report"
        failed="$failed $t"
    fi
done
[ -z "$failed" ] || diag "failures in:$failed (inputs kept in test/fuzz/crashers/; make fuzz-regress replays them)"
done_testing
