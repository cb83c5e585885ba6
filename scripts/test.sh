#!/usr/bin/env bash
# test.sh: every test suite against a throwaway cluster.
#
#   1. C unit tests of src/core (test/unit)
#   2. pg_regress (sql/, expected/) via make installcheck
#   3. the examples in doc/ (test/doc)
#   4. pg_dump and pg_restore of users' rows (test/dump), the upgrade
#      from the oldest release (test/upgrade), and the search_path
#      shadowing attack (test/security)
#   5. the iCalendar export read back with python3-icalendar (test/ical)
#      and the wheel's SVG checked by xmllint and rendered by rsvg-convert
#      (test/wheel)
#   6. pgTAP (test/pgtap) via pg_prove, with oracle data that numpy and
#      dateutil generate for this run (test/oracle)
#
# Prints one closing line "N passed, N failed" and exits non-zero on any
# failure.  Set VIGO_CAL_ORACLE_SEED to repeat an oracle run.
. "$(dirname "$0")/lib.sh"
setup
cd "$REPO"

passed=0
failed=0
count() { passed=$((passed + $1)); failed=$((failed + $2)); }

# run_summary NAME CMD...: run a command that closes with the line
# "NAME: N passed, N failed" and count that; no such line is a failure.
run_summary() {
    local name=$1 line
    shift
    "$@" >"$out/$name.log" 2>&1 || true
    cat "$out/$name.log"
    if line=$(grep -E "^$name: [0-9]+ passed, [0-9]+ failed\$" "$out/$name.log"); then
        set -- $line
        count "$2" "$4"
    else
        count 0 1
    fi
}

# run_tap NAME CMD...: run a script that prints TAP and count its lines; a
# plan that does not match the lines counts as one more failure.
run_tap() {
    local name=$1 ok bad planned
    shift
    "$@" >"$out/$name.log" 2>&1 || true
    cat "$out/$name.log"
    ok=$(grep -c '^ok ' "$out/$name.log" || true)
    bad=$(grep -c '^not ok ' "$out/$name.log" || true)
    planned=$(sed -n 's/^1\.\.\([0-9]*\)$/\1/p' "$out/$name.log")
    [ -n "$planned" ] && [ $((ok + bad)) -eq "$planned" ] || bad=$((bad + 1))
    count "$ok" "$bad"
}
out=$CLUSTER_DIR/out
mkdir -p "$out"

log "C unit tests"
run_summary unit make -s unit

log "fuzz corpora and crashers, replayed under ASan and UBSan"
make -s fuzz-regress >"$out/fuzz.log" 2>&1 || true
grep -E 'replayed|FAIL|fail' "$out/fuzz.log" || true
replayed=$(awk '/inputs replayed/ {s += $2} END {print s + 0}' "$out/fuzz.log")
replay_failed=$(awk '/inputs replayed/ {s += $5} END {print s + 0}' "$out/fuzz.log")
[ "$replayed" -gt 0 ] || replay_failed=$((replay_failed + 1))
count $((replayed - replay_failed > 0 ? replayed - replay_failed : 0)) "$replay_failed"

log "pg_regress"
make -s installcheck PG_CONFIG="$PGBIN/pg_config" >"$out/regress.log" 2>&1 || true
cat "$out/regress.log"
regress_total=$(ls sql/*.sql | wc -l)
regress_failed=$(grep -cE '^(not ok|test .* \.\.\. FAILED|[ ]+[a-z_0-9]+ +\.\.\. FAILED)' "$out/regress.log" || true)
if grep -qE 'All [0-9]+ tests passed' "$out/regress.log"; then
    count "$regress_total" 0
else
    [ "$regress_failed" -gt 0 ] || regress_failed=$regress_total
    count $((regress_total - regress_failed)) "$regress_failed"
    [ -f regression.diffs ] && head -n 200 regression.diffs
fi

log "documentation examples"
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c 'CREATE DATABASE vigo_cal_doc'
psql -X -q -v ON_ERROR_STOP=1 -d vigo_cal_doc -c 'CREATE EXTENSION vigo_cal'
run_summary docs /usr/bin/python3 test/scripts/docs.py -d vigo_cal_doc doc/*.md

log "pg_dump and pg_restore"
run_tap dump test/scripts/dump_restore.sh

log "upgrade from the oldest release"
run_tap upgrade test/scripts/upgrade.sh

log "search_path shadowing: traps in public, planted by a hostile role"
run_tap shadowing test/scripts/security_shadowing.sh

log "iCalendar export, read back with python3-icalendar"
run_tap ical /usr/bin/python3 test/scripts/ical.py

log "the wheel: SVG checked by xmllint, rendered by rsvg-convert"
run_tap wheel test/scripts/wheel.sh

log "pgTAP"
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c 'CREATE DATABASE vigo_cal_tap'
psql -X -q -v ON_ERROR_STOP=1 -d vigo_cal_tap \
    -c 'CREATE EXTENSION pgtap' -c 'CREATE EXTENSION vigo_cal'
if [ -f test/oracle/gen_oracle.py ]; then
    seed_opt=()
    [ -n "${VIGO_CAL_ORACLE_SEED:-}" ] && seed_opt=(--seed "$VIGO_CAL_ORACLE_SEED")
    /usr/bin/python3 test/oracle/gen_oracle.py "$out/oracle" "${seed_opt[@]}"
    psql -X -q -v ON_ERROR_STOP=1 -d vigo_cal_tap -v dir="$out/oracle" -f test/oracle/load.sql
fi
pg_prove -d vigo_cal_tap test/pgtap/*.sql >"$out/tap.log" 2>&1 && tap_rc=0 || tap_rc=$?
cat "$out/tap.log"
tap_tests=$(sed -n 's/^Files=[0-9]*, Tests=\([0-9]*\),.*/\1/p' "$out/tap.log")
tap_failed=$(awk '/Failed [0-9]+\/[0-9]+ subtests/ {split($2, a, "/"); s += a[1]} END {print s + 0}' "$out/tap.log")
if [ -z "$tap_tests" ]; then
    count 0 1
else
    [ "$tap_rc" -ne 0 ] && [ "$tap_failed" -eq 0 ] && tap_failed=1
    count $((tap_tests - tap_failed > 0 ? tap_tests - tap_failed : 0)) "$tap_failed"
fi

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
