#!/usr/bin/env bash
# reliability.sh: the reliability suites of test/reliability, sqlsmith
# then pgbench, against the cluster in PGHOST/PGPORT/PGUSER (make
# reliability runs it through scripts/with-cluster.sh).  Each suite prints
# TAP, counted by run_suite (scripts/lib.sh) and shown in full, since its
# comments are the run's figures; one closing line "reliability: N passed,
# N failed"; exits non-zero on any failure.
. "$(dirname "$0")/lib.sh"
cd "$REPO"
export VIGO_CAL_TEST_VERBOSE=${VIGO_CAL_TEST_VERBOSE:-1}

run_suite sqlsmith test/reliability/sqlsmith.sh
run_suite pgbench test/reliability/pgbench.sh

echo "reliability: $SUITES_PASSED passed, $SUITES_FAILED failed"
[ "$SUITES_FAILED" -eq 0 ]
