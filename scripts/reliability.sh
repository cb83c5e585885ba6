#!/usr/bin/env bash
# reliability.sh: the reliability checks, sqlsmith then pgbench, against the
# cluster in PGHOST/PGPORT/PGUSER (make reliability runs it through
# scripts/with-cluster.sh).  Prints each script's TAP and one closing line
# "N passed, N failed"; exits non-zero on any failure.
set -uo pipefail
here=$(cd "$(dirname "$0")/../test/reliability" && pwd)
out=$(mktemp -d /tmp/vigo_cal_reliability.XXXXXX)
trap 'rm -rf "$out"' EXIT

passed=0
failed=0
# run_tap NAME SCRIPT: its TAP lines counted; a plan that does not match the
# lines counts as one more failure.
run_tap() {
    local name=$1 ok bad planned
    echo "==> $name" >&2
    "$here/$2" >"$out/$name.log" 2>&1 || true
    cat "$out/$name.log"
    ok=$(grep -c '^ok ' "$out/$name.log" || true)
    bad=$(grep -c '^not ok ' "$out/$name.log" || true)
    planned=$(sed -n 's/^1\.\.\([0-9]*\)$/\1/p' "$out/$name.log")
    [ -n "$planned" ] && [ $((ok + bad)) -eq "$planned" ] || bad=$((bad + 1))
    passed=$((passed + ok))
    failed=$((failed + bad))
}

run_tap sqlsmith sqlsmith.sh
run_tap pgbench pgbench.sh

echo "reliability: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
