#!/usr/bin/env bash
# fuzz-regress.sh TARGET...: make fuzz-regress.  Replays the inputs of
# test/fuzz/corpus/TARGET/ and test/fuzz/crashers/TARGET/ through
# test/fuzz/TARGET_replay (the target's checks, built by the Makefile with
# plain cc under ASan and UBSan; in $FUZZ_BIN if set, the build directory),
# one test per input; a directory there that is not a target fails too,
# since nothing would replay it.  Prints TAP; no server needed.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 2
. test/lib/tap.sh

# replay TARGET DIR...: one test per input, from the replay driver's
# "ok   PATH" and "FAIL PATH (why)" lines; what the input printed before
# its FAIL line (a sanitizer's report) is that test's diagnostic.  One more
# failed test if the driver could not read an input or its count differs.
replay() {
    local t=$1 out line rc report="" seen=0 failed=0 counted=""
    shift
    out=$(mktemp "${TMPDIR:-/tmp}/vigo_cal_replay.XXXXXX")
    "${FUZZ_BIN:-test/fuzz}/${t}_replay" "$@" >"$out" 2>&1 && rc=0 || rc=$?
    while IFS= read -r line; do
        case $line in
            "ok   "*)
                pass "${line#ok   test/fuzz/}"
                seen=$((seen + 1)); report="" ;;
            "FAIL "*)
                fail "${line#FAIL test/fuzz/}" "${report%$'\n'}"
                seen=$((seen + 1)); failed=$((failed + 1)); report="" ;;
            *": "*" inputs replayed, "*" failed")
                counted=${line##*: }; counted=${counted%% *} ;;
            *)
                report="$report$line"$'\n' ;;
        esac
    done <"$out"
    rm -f "$out"
    if [ "$counted" != "$seen" ] || [ "$rc" -eq 2 ] || { [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; }; then
        fail "$t: every input read and replayed" \
            "exit status $rc; $seen inputs reported, the driver counts ${counted:-none}" "${report%$'\n'}"
    fi
}

targets=" $* "
for d in test/fuzz/corpus/* test/fuzz/crashers/*; do
    [ -e "$d" ] || continue
    case $targets in
        *" ${d##*/} "*) [ -d "$d" ] && continue ;;
    esac
    fail "$d is replayed" "not test/fuzz/corpus/<target> or test/fuzz/crashers/<target> of FUZZ_TARGETS"
done
for t in "$@"; do
    dirs=()
    for d in test/fuzz/corpus/"$t" test/fuzz/crashers/"$t"; do
        [ -d "$d" ] && dirs+=("$d")
    done
    if [ ${#dirs[@]} -eq 0 ]; then
        diag "$t: no corpus and no crashers"
        continue
    fi
    replay "$t" "${dirs[@]}"
done
done_testing
