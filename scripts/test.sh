#!/usr/bin/env bash
# test.sh: every test suite against a throwaway cluster (make test).
#
#   build           the module built against this server with no compiler
#                   warning (scripts/lib.sh)
#   unit            C unit tests of src/core (test/unit), no server
#   fuzz-regress    the fuzz corpora and crashers (test/fuzz), replayed
#                   under ASan and UBSan, no server
#   regress         pg_regress (sql/, expected/) via make installcheck
#   test/scripts/*  the suites that drive the cluster with psql, pg_dump
#                   and python: documentation examples, dump and restore,
#                   iCalendar, the search_path attack, upgrade, the wheel
#   clients         the BI views over TCP through JDBC and psycopg2, as a
#                   login holding only the grants of vigo_cal.grant_reader,
#                   and the panels of doc/dashboards.md (test/clients)
#   pgtap/*         each file of test/pgtap, with oracle data that numpy
#                   and dateutil generate for this run (test/oracle)
#
# Every suite prints TAP and is counted by run_suite (scripts/lib.sh).
# Prints one closing line "N passed, N failed" and exits non-zero on any
# failure.  Set VIGO_CAL_ORACLE_SEED to repeat an oracle run, and
# VIGO_CAL_TEST_VERBOSE=1 to see every passed test too.
. "$(dirname "$0")/lib.sh"
setup
cd "$REPO"

run_suite build build_tap
run_suite unit test/lib/summary_tap.sh unit make -s unit
run_suite fuzz-regress make -s fuzz-regress
# the roles of the cluster before make installcheck: it must leave none
# behind (test/scripts/global_objects.sh compares)
export VIGO_CAL_ROLES_BEFORE=$CLUSTER_DIR/roles_before_installcheck
psql -X -q -A -t -v ON_ERROR_STOP=1 -d postgres -c "SELECT rolname FROM pg_roles ORDER BY 1" >"$VIGO_CAL_ROLES_BEFORE"
run_suite regress test/lib/regress_tap.sh "$(ls sql/*.sql | wc -l)" \
    make -s installcheck PG_CONFIG="$PGBIN/pg_config"

for suite in test/scripts/*.sh test/scripts/*.py; do
    name=${suite##*/}
    run_suite "${name%.*}" "$suite"
done
run_suite clients test/clients/run_clients.sh

# pgTAP: one database with pgtap, vigo_cal and the oracle's data.
log "pgTAP database, with oracle data"
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c 'CREATE DATABASE vigo_cal_tap'
psql -X -q -v ON_ERROR_STOP=1 -d vigo_cal_tap \
    -c 'CREATE EXTENSION pgtap' -c 'CREATE EXTENSION vigo_cal'
seed_opt=()
[ -n "${VIGO_CAL_ORACLE_SEED:-}" ] && seed_opt=(--seed "$VIGO_CAL_ORACLE_SEED")
/usr/bin/python3 test/oracle/gen_oracle.py "$CLUSTER_DIR/oracle" "${seed_opt[@]}"
psql -X -q -v ON_ERROR_STOP=1 -d vigo_cal_tap -v dir="$CLUSTER_DIR/oracle" -f test/oracle/load.sql
for suite in test/pgtap/*.sql; do
    name=${suite##*/}
    # what pg_prove runs: the TAP that the file's queries return
    run_suite "pgtap/${name%.sql}" psql -X -q -A -t -v ON_ERROR_STOP=1 -P pager=off \
        -d vigo_cal_tap -f "$suite"
done

suites_total
