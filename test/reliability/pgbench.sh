#!/usr/bin/env bash
# pgbench.sh: concurrent readers and writers of vigo_cal for a fixed time,
# then checks that nothing failed and nothing written was lost.  Prints TAP.
#
# Needs PGHOST/PGPORT/PGUSER of a running cluster (a superuser) with
# vigo_cal installable.  The server log ($SERVER_LOG, or
# $CLUSTER_DIR/server.log as scripts/with-cluster.sh leaves it) is read for
# crashes when there is one.
#
#   PGBENCH_CLIENTS  clients (default 8)
#   PGBENCH_THREADS  pgbench threads (default 2)
#   PGBENCH_SECONDS  how long (default 60)
#
# The clients run as a role without superuser rights that acts for every
# county (a county_member row without county), so row-level security on
# delivery_log is applied to every read and write.  The transaction mix,
# by weight:
#
#   3  calendar.sql     the calendar view (three school years around today)
#   2  between.sql      calendar_between over a random window, 0 to 400
#                       days, anywhere from 1600 to 9813
#   1  status.sql       the delivery_status view, grouped by status
#   2  status_as_of.sql delivery_status_as_of a random day, 1600 to 9813
#   3  insert.sql       one new delivery_log row: a random shipped county
#                       and event, and a key from a sequence that cannot
#                       collide (school year 1600 + n % 8000, occurrence
#                       1 + n / 8000), marked 'pgbench-insert'
#   1  hot.sql          an upsert of one of 180 hot rows (school year
#                       1590-1591) whose note counts its own updates, so
#                       that a lost update shows
set -uo pipefail
. "$(dirname "$0")/../lib/tap.sh"

clients=${PGBENCH_CLIENTS:-8}
threads=${PGBENCH_THREADS:-2}
seconds=${PGBENCH_SECONDS:-60}
db=vigo_cal_bench
role=vigo_cal_bench
work=$(mktemp -d /tmp/vigo_cal_bench.XXXXXX)

cleanup() {
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
    psql -X -q -d postgres -c "DROP ROLE IF EXISTS $role" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

q() { psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$db" -c "$1"; }

plan 7

server_log=${SERVER_LOG:-}
[ -z "$server_log" ] && [ -n "${CLUSTER_DIR:-}" ] && server_log=$CLUSTER_DIR/server.log
[ -n "$server_log" ] && [ ! -r "$server_log" ] && server_log=""
log_start=0
[ -n "$server_log" ] && log_start=$(stat -c %s "$server_log")

# 1. The database, the role and the lookup tables the scripts pick from.
setup_out=$(
    psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "SET client_min_messages = warning" \
        -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "DROP ROLE IF EXISTS $role" \
        -c "CREATE DATABASE $db" -c "CREATE ROLE $role LOGIN" 2>&1 &&
    psql -X -q -v ON_ERROR_STOP=1 -d "$db" 2>&1 <<SQL
CREATE EXTENSION vigo_cal;
CREATE EXTENSION amcheck;
CREATE SCHEMA bench;
CREATE SEQUENCE bench.ins_seq;
CREATE TABLE bench.county AS
  SELECT row_number() OVER (ORDER BY county_number)::int AS i, county_number
    FROM vigo_cal.county WHERE origin = 'vigo_cal';
CREATE TABLE bench.event AS
  SELECT row_number() OVER (ORDER BY event_key)::int AS i, event_key
    FROM vigo_cal.event WHERE origin = 'vigo_cal';
ALTER TABLE bench.county ADD PRIMARY KEY (i);
ALTER TABLE bench.event ADD PRIMARY KEY (i);
GRANT USAGE ON SCHEMA vigo_cal, bench TO $role;
GRANT SELECT ON ALL TABLES IN SCHEMA vigo_cal, bench TO $role;
GRANT INSERT, UPDATE ON vigo_cal.delivery_log TO $role;
GRANT USAGE ON SEQUENCE bench.ins_seq TO $role;
INSERT INTO vigo_cal.county_member (member_role, county_number) VALUES ('$role', NULL);
ALTER ROLE $role IN DATABASE $db SET search_path = public, vigo_cal;
SQL
)
if [ $? -eq 0 ] && ncounties=$(q "SELECT count(*) FROM bench.county") && nevents=$(q "SELECT count(*) FROM bench.event") \
        && [ "$ncounties" -gt 0 ] && [ "$nevents" -ge 10 ]; then
    pass "database $db: vigo_cal with $ncounties shipped counties and $nevents shipped events to pick from"
else
    fail "database $db with vigo_cal" "$setup_out"
    for t in 2 3 4 5 6 7; do fail "skipped: no database"; done
    exit 1
fi

cat >"$work/calendar.sql" <<'SQL'
SELECT count(*), min(due_date), max(due_date) FROM vigo_cal.calendar;
SQL
cat >"$work/between.sql" <<'SQL'
\set d random(0, 3000000)
\set len random(0, 400)
SELECT count(*), max(title) FROM vigo_cal.calendar_between(date '1600-01-01' + :d::int, date '1600-01-01' + :d::int + :len::int);
SQL
cat >"$work/status.sql" <<'SQL'
SELECT status, count(*) FROM vigo_cal.delivery_status GROUP BY status;
SQL
cat >"$work/status_as_of.sql" <<'SQL'
\set d random(0, 3000000)
SELECT status, count(*), sum(business_days_late) FROM vigo_cal.delivery_status_as_of(date '1600-01-01' + :d::int) GROUP BY status;
SQL
cat >"$work/insert.sql" <<'SQL'
\set c random(1, :ncounties)
\set e random(1, :nevents)
\set day random(0, 364)
INSERT INTO vigo_cal.delivery_log (county, event_key, school_year, occurrence, delivered_at, note)
SELECT c.county_number, e.event_key, vigo_cal.schoolyear(1600 + (s.n % 8000)::int), 1 + (s.n / 8000)::int,
       (vigo_cal.first_day(vigo_cal.schoolyear(1600 + (s.n % 8000)::int)) + :day::int) + time '12:00',
       'pgbench-insert'
  FROM bench.county c, bench.event e, (SELECT nextval('bench.ins_seq') AS n) s
 WHERE c.i = :c::int AND e.i = :e::int;
SQL
cat >"$work/hot.sql" <<'SQL'
\set c random(1, :ncounties)
\set e random(1, 10)
INSERT INTO vigo_cal.delivery_log AS l (county, event_key, school_year, occurrence, delivered_at, note)
SELECT c.county_number, e.event_key, '1590-1591', 1, now(), 'pgbench-hot 1'
  FROM bench.county c, bench.event e
 WHERE c.i = :c::int AND e.i = :e::int
ON CONFLICT (county, event_key, school_year, occurrence) DO UPDATE
   SET delivered_at = excluded.delivered_at,
       note = 'pgbench-hot ' || (split_part(l.note, ' ', 2)::int + 1);
SQL

# 2. pgbench.
PGUSER=$role pgbench -n -M prepared -c "$clients" -j "$threads" -T "$seconds" \
    -D ncounties="$ncounties" -D nevents="$nevents" \
    -f "$work/calendar.sql@3" -f "$work/between.sql@2" -f "$work/status.sql@1" \
    -f "$work/status_as_of.sql@2" -f "$work/insert.sql@3" -f "$work/hot.sql@1" \
    "$db" >"$work/pgbench.out" 2>"$work/pgbench.err"
rc=$?
sed 's/^/# /' "$work/pgbench.out"
tps=$(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' "$work/pgbench.out" | head -n 1)
processed=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$work/pgbench.out")
failed_tx=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$work/pgbench.out")
# the transactions of one script: the line after "SQL script N: .../NAME"
script_count() {
    awk -v name="/$1" 'index($0, name) && /^SQL script/ { on = 1; next }
                        on && / transactions \(/ { print $2; exit }' "$work/pgbench.out"
}
errors=$(grep -E 'ERROR|FATAL|aborted|error' "$work/pgbench.err" "$work/pgbench.out" | head -n 10 || true)
if [ "$rc" -eq 0 ] && [ -z "$errors" ] && [ "${processed:-0}" -gt 0 ]; then
    pass "pgbench -c $clients -j $threads -T $seconds: $processed transactions, tps $tps, no error"
else
    fail "pgbench -c $clients -j $threads -T $seconds ran without error" "exit $rc" "$errors" \
        "$(tail -n 20 "$work/pgbench.err")"
fi

# 3. pgbench counted no failed transaction.
if [ "${failed_tx:-x}" = 0 ]; then
    pass "pgbench reports 0 failed transactions"
else
    fail "pgbench reports 0 failed transactions" "number of failed transactions: ${failed_tx:-not reported}"
fi

# 4. Every row inserted is there: pgbench's count of insert transactions,
# the sequence that keyed them and the rows marked 'pgbench-insert' agree.
inserts=$(script_count insert.sql)
rows=$(q "SELECT count(*) FROM vigo_cal.delivery_log WHERE note = 'pgbench-insert'")
seqval=$(q "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM bench.ins_seq")
years=$(q "SELECT count(DISTINCT school_year::text) FROM vigo_cal.delivery_log WHERE note = 'pgbench-insert'")
if [ -n "$inserts" ] && [ "$inserts" -gt 0 ] && [ "$rows" = "$inserts" ] && [ "$seqval" = "$inserts" ]; then
    pass "all $inserts inserted rows are present ($years distinct school years)"
else
    fail "every inserted row is present" "pgbench insert transactions: ${inserts:-?}" \
        "rows marked pgbench-insert: $rows" "sequence values drawn: $seqval"
fi

# 5. No update of the hot rows was lost: the counters in their notes add up
# to pgbench's count of upserts, and only the 180 possible keys exist.
hot=$(script_count hot.sql)
hot_sum=$(q "SELECT coalesce(sum(split_part(note, ' ', 2)::int), 0) FROM vigo_cal.delivery_log WHERE note LIKE 'pgbench-hot %'")
hot_rows=$(q "SELECT count(*) FROM vigo_cal.delivery_log WHERE note LIKE 'pgbench-hot %'")
if [ -n "$hot" ] && [ "$hot" -gt 0 ] && [ "$hot_sum" = "$hot" ] && [ "$hot_rows" -le $((ncounties * 10)) ]; then
    pass "all $hot upserts of the hot rows counted ($hot_rows rows, no lost update)"
else
    fail "no upsert of the hot rows lost" "pgbench hot transactions: ${hot:-?}" \
        "sum of the counters: $hot_sum" "hot rows: $hot_rows"
fi

# 6. amcheck: the indexes of delivery_log agree with its heap.
amcheck=$(q "SELECT count(*) FROM (SELECT bt_index_check(i.indexrelid, true)
                                     FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
                                    WHERE i.indrelid = 'vigo_cal.delivery_log'::regclass AND a.amname = 'btree') s" 2>&1)
if [[ "$amcheck" =~ ^[1-9][0-9]*$ ]]; then
    pass "amcheck: the $amcheck btree index(es) of delivery_log match the heap"
else
    fail "amcheck: the indexes of delivery_log match the heap" "$amcheck"
fi

# 7. No backend crashed meanwhile.
if [ -n "$server_log" ]; then
    crash=$(tail -c +"$((log_start + 1))" "$server_log" \
        | grep -E 'terminated by signal|server process .* was terminated|PANIC:|all server processes terminated' | head -n 10 || true)
    if [ -z "$crash" ]; then
        pass "no backend crash in the server log"
    else
        fail "no backend crash in the server log" "$crash"
    fi
else
    skip "no backend crash in the server log" "no server log (set SERVER_LOG or CLUSTER_DIR)"
fi

[ -n "$tps" ] && echo "# tps: $tps"
done_testing
