#!/bin/sh
# bench/run.sh: run the vigo_cal benchmark (make bench).
#
# Needs a running server where vigo_cal is installed, reached through the
# usual libpq variables (PGHOST, PGPORT, PGUSER, ...).  Creates the database
# $BENCH_DB (default vigo_cal_bench), runs bench/bench.sql in it in one
# session, prints the report and drops the database again.
#
# Knobs (environment):
#   BENCH_ROWS    rows per table                      (default 1000000)
#   BENCH_REPS    timed repetitions per fast case     (default 7)
#   BENCH_DB      scratch database name               (default vigo_cal_bench)
#   PSQL          psql to use                         (default psql)
#   BENCH_ONLY    bi: only case 7, the BI views and the occurrence store;
#                 edition: only case 8, the edition as HTML
#
# Exits non-zero only if the benchmark could not run; a missed target is
# reported in the table, not as a failure.

set -eu

here=$(cd "$(dirname "$0")" && pwd)
rows=${BENCH_ROWS:-1000000}
reps=${BENCH_REPS:-7}
db=${BENCH_DB:-vigo_cal_bench}
psql=${PSQL:-psql}

# The slow baselines run on a slice of the rows and fewer repetitions;
# their times are scaled to 1M rows in the report.
reps_slow=3
plpgsql_rows_10=$((rows / 50))
plpgsql_rows_200=$((rows / 1000))
orafce_rows_200=$((rows / 5))
[ "$plpgsql_rows_10" -ge 1 ] || plpgsql_rows_10=1
[ "$plpgsql_rows_200" -ge 1 ] || plpgsql_rows_200=1
[ "$orafce_rows_200" -ge 1 ] || orafce_rows_200=1

run_psql() {
	"$psql" -X -q -v ON_ERROR_STOP=1 "$@"
}

cleanup() {
	run_psql -d postgres -c "SET client_min_messages = warning" \
		-c "DROP DATABASE IF EXISTS \"$db\"" >/dev/null 2>&1 || true
}

start=$(date +%s)
run_psql -d postgres -c "SET client_min_messages = warning" \
	-c "DROP DATABASE IF EXISTS \"$db\"" >/dev/null
run_psql -d postgres -c "CREATE DATABASE \"$db\"" >/dev/null
trap cleanup EXIT
trap 'exit 130' INT TERM

run_psql -d "$db" -c "CREATE EXTENSION vigo_cal"
if [ "$(run_psql -d "$db" -Atc "SELECT count(*) FROM pg_available_extensions WHERE name = 'orafce'")" = 1 ]; then
	run_psql -d "$db" -c "CREATE EXTENSION orafce"
	have_orafce=true
else
	have_orafce=false
fi

echo "vigo_cal benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "host: $(uname -srm), $(nproc 2>/dev/null || echo '?') CPUs"
echo "server: $(run_psql -d "$db" -Atc "SHOW server_version")," \
	"vigo_cal $(run_psql -d "$db" -Atc "SELECT extversion FROM pg_extension WHERE extname = 'vigo_cal'")," \
	"orafce $(run_psql -d "$db" -Atc "SELECT coalesce((SELECT extversion FROM pg_extension WHERE extname = 'orafce'), 'not installed')")"
echo "rows: $rows, repetitions: $reps (slow baselines: $reps_slow)"
echo

if [ "${BENCH_ONLY:-}" = bi ] || [ "${BENCH_ONLY:-}" = edition ]; then
	run_psql -d "$db" <<SQL
\\set ON_ERROR_STOP on
\\pset footer off
SET client_min_messages = warning;
\\o /dev/null
\\i $here/lib.sql
\\i $here/${BENCH_ONLY}.sql
\\o
SELECT * FROM bench.report;
SELECT * FROM bench.absolute_report;
SQL
	echo
	echo "total time: $(( $(date +%s) - start )) s"
	exit 0
fi

run_psql -d "$db" \
	-v rows="$rows" -v reps="$reps" -v reps_slow="$reps_slow" \
	-v plpgsql_rows_10="$plpgsql_rows_10" \
	-v plpgsql_rows_200="$plpgsql_rows_200" \
	-v orafce_rows_200="$orafce_rows_200" \
	-v have_orafce="$have_orafce" \
	-f "$here/bench.sql"

echo
echo "total time: $(( $(date +%s) - start )) s"
