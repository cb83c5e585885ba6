#!/usr/bin/env bash
# sqlsmith.sh: random SQL from sqlsmith against a database with vigo_cal,
# then a look for backend crashes.  Prints TAP.
#
# Needs PGHOST/PGPORT/PGUSER of a running cluster (a superuser) with
# vigo_cal installable, and the Debian package sqlsmith.  The server log is
# read from $SERVER_LOG, or from $CLUSTER_DIR/server.log as
# scripts/with-cluster.sh leaves it; without either the log check is
# skipped (the other crash check, a session held open across the run,
# still counts).
#
#   SQLSMITH_SEED     the seed (default 20240611): the same seed against the
#                     same schema generates the same queries
#   SQLSMITH_QUERIES  how many queries to generate (default 20000)
#
# sqlsmith runs as a role without superuser rights (vigo_cal_smith), so
# that the random calls it makes to pg_terminate_backend, lo_export,
# pg_reload_conf and the like fail instead of acting; every statement runs
# in a transaction that sqlsmith rolls back, with a 1 s statement timeout.
#
# On a crash, what is needed to reproduce it is kept in
# test/reliability/crashes/<time>-seed<seed>/: the server log from the
# start of the run, the excerpt around each crash, the query each crashed
# backend was running (from the full list of queries sqlsmith generated,
# which is kept there too, gzipped).
set -uo pipefail
. "$(dirname "$0")/../lib/tap.sh"

here=$(cd "$(dirname "$0")" && pwd)
seed=${SQLSMITH_SEED:-20240611}
queries=${SQLSMITH_QUERIES:-20000}
db=vigo_cal_smith
role=vigo_cal_smith
work=$(mktemp -d /tmp/vigo_cal_smith.XXXXXX)
sentinel_pid=""

cleanup() {
    exec 3>&- 2>/dev/null || true
    [ -n "$sentinel_pid" ] && kill "$sentinel_pid" 2>/dev/null
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
    psql -X -q -d postgres -c "DROP ROLE IF EXISTS $role" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

q() { psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$db" -c "$1"; }

plan 7

if ! command -v sqlsmith >/dev/null; then
    fail "sqlsmith is installed (apt-get install sqlsmith)"
    for t in 2 3 4 5 6 7; do fail "skipped: no sqlsmith"; done
    exit 1
fi

server_log=${SERVER_LOG:-}
[ -z "$server_log" ] && [ -n "${CLUSTER_DIR:-}" ] && server_log=$CLUSTER_DIR/server.log
[ -n "$server_log" ] && [ ! -r "$server_log" ] && server_log=""
log_start=0
[ -n "$server_log" ] && log_start=$(stat -c %s "$server_log")

# 1. The database: the extension (its shipped data comes with it), a few
# users' rows, and a role for sqlsmith that may read and write every table.
setup_out=$(
    psql -X -q -v ON_ERROR_STOP=1 -d postgres \
        -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "DROP ROLE IF EXISTS $role" \
        -c "CREATE DATABASE $db" -c "CREATE ROLE $role LOGIN" 2>&1 &&
    psql -X -q -v ON_ERROR_STOP=1 -d "$db" 2>&1 <<SQL
CREATE EXTENSION vigo_cal;
INSERT INTO vigo_cal.delivery_log (county, event_key, school_year, occurrence, delivered_at, delivered_by, note)
SELECT c.county_number, e.event_key, sy::vigo_cal.schoolyear, 1,
       vigo_cal.first_day(sy::vigo_cal.schoolyear) + (40 + (c.i * 7) % 300)::int, 'sqlsmith-setup', 'sqlsmith test row ' || c.i
  FROM (SELECT row_number() OVER (ORDER BY county_number) AS i, county_number FROM vigo_cal.county) c
  JOIN (SELECT row_number() OVER (ORDER BY event_key) AS i, event_key FROM vigo_cal.event) e ON e.i = c.i * 5
 CROSS JOIN (VALUES ('2022-2023'), ('2023-2024'), ('2024-2025')) AS y(sy);
INSERT INTO vigo_cal.event_override (event_key, school_year, due_date, reason)
SELECT min(e.event_key), '2024-2025', '2024-11-11', 'sqlsmith test override'
  FROM vigo_cal.event e
 WHERE e.recurrence IS NULL AND NOT EXISTS (SELECT 1 FROM vigo_cal.event_override o WHERE o.event_key = e.event_key)
ON CONFLICT DO NOTHING;
GRANT USAGE ON SCHEMA vigo_cal TO $role;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA vigo_cal TO $role;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA vigo_cal TO $role;
INSERT INTO vigo_cal.county_member (member_role, county_number) VALUES ('$role', NULL);
ALTER ROLE $role IN DATABASE $db SET search_path = public, vigo_cal;
SQL
)
if [ $? -eq 0 ] && user_rows=$(q "SELECT count(*) FROM vigo_cal.delivery_log") && [ "$user_rows" -gt 0 ]; then
    pass "database $db: CREATE EXTENSION vigo_cal and $user_rows user rows in delivery_log"
else
    fail "database $db with vigo_cal and user rows" "$setup_out"
    for t in 2 3 4 5 6 7; do fail "skipped: no database"; done
    exit 1
fi
rows_before=$(q "SELECT md5(string_agg(l::text, '|' ORDER BY l::text)) FROM vigo_cal.delivery_log l")

# A superuser session held open across the run: a backend crash makes the
# postmaster end every session, so if this one still answers with the same
# process id afterwards, no backend crashed (sqlsmith's role cannot
# terminate a superuser's session).
mkfifo "$work/sentinel.in"
trap '' PIPE   # if the sentinel's psql is gone, a write to it fails instead of ending this script
psql -X -q -A -t -d "$db" <"$work/sentinel.in" >"$work/sentinel.out" 2>&1 &
sentinel_pid=$!
exec 3>"$work/sentinel.in"
echo "SELECT 'pid ' || pg_backend_pid();" >&3

# 2. sqlsmith.  --dump-all-queries prints each query before it runs, so the
# one a crashed backend was running can be found again.
target="host=$PGHOST port=${PGPORT:-5432} user=$role dbname=$db"
start=$(date +%s)
sqlsmith --target="$target" --seed="$seed" --max-queries="$queries" --verbose --dump-all-queries \
    >"$work/queries.sql" 2>"$work/sqlsmith.err"
rc=$?
secs=$(( $(date +%s) - start ))
report=$(awk '/^queries: /{buf=""; on=1} on{buf=buf $0 "\n"} END{printf "%s", buf}' "$work/sqlsmith.err")
done_queries=$(printf '%s\n' "$report" | sed -n 's/^queries: \([0-9]*\)$/\1/p' | tail -n 1)
error_rate=$(printf '%s\n' "$report" | sed -n 's/^error rate: //p' | tail -n 1)
if [ "$rc" -eq 0 ] && [ "${done_queries:-0}" -ge "$queries" ]; then
    pass "sqlsmith ran $done_queries queries (seed $seed) in ${secs} s, error rate ${error_rate:-?}"
else
    fail "sqlsmith ran $queries queries (seed $seed)" "exit $rc, report says ${done_queries:-nothing}" \
        "$(tail -n 20 "$work/sqlsmith.err")"
fi
vigo_queries=$(awk 'BEGIN { RS = ";\n" } /vigo_cal\./ { k++ } END { print k + 0 }' "$work/queries.sql")
vigo_calls=$(awk 'BEGIN { RS = ";\n" } /vigo_cal\.[a-z_0-9]+\(/ { k++ } END { print k + 0 }' "$work/queries.sql")
echo "# of the generated queries, $vigo_queries name a vigo_cal object and $vigo_calls call a vigo_cal function"
printf '%s\n' "$report" | awk '/^[0-9]+\t/' | head -n 15 | sed 's/^/#   /'
lost=$(printf '%s\n' "$report" | grep -E 'server closed the connection|crash of another server process|terminating connection' || true)
[ -n "$lost" ] && printf '%s\n' "$lost" | sed 's/^/# lost connection: /'

# 3. The server log since the run began.
crashes=0
if [ -n "$server_log" ]; then
    tail -c +"$((log_start + 1))" "$server_log" >"$work/server.log"
    pattern='terminated by signal|server process .* was terminated|PANIC:|all server processes terminated'
    crashes=$(grep -cE "$pattern" "$work/server.log" || true)
    if [ "$crashes" -eq 0 ]; then
        pass "no backend crash in the server log ($(wc -l <"$work/server.log") lines since the run began)"
    else
        fail "no backend crash in the server log" "$(grep -E "$pattern" "$work/server.log" | head -n 10)"
    fi
else
    skip "no backend crash in the server log" "no server log (set SERVER_LOG or CLUSTER_DIR)"
fi

# 4. Nor a warning of a leaked resource or a damaged memory context (the
# second needs a server built with assertions).
if [ -n "$server_log" ]; then
    pattern='WARNING:  .*(leak|problem in alloc set|write past chunk end)'
    leaks=$(grep -E "$pattern" "$work/server.log" | head -n 10 || true)
    if [ -z "$leaks" ]; then
        pass "no resource-leak or memory-context warning in the server log"
    else
        fail "no resource-leak or memory-context warning in the server log" "$leaks"
        crashes=$((crashes + 1))
    fi
else
    skip "no resource-leak warning in the server log" "no server log"
fi

# 5. The sentinel session: same backend before and after.
echo "SELECT 'pid ' || pg_backend_pid();" >&3
exec 3>&-
wait "$sentinel_pid" 2>/dev/null
sentinel_pid=""
pids=$(grep -c '^pid ' "$work/sentinel.out" || true)
distinct=$(grep '^pid ' "$work/sentinel.out" | sort -u | wc -l)
if [ "$pids" -eq 2 ] && [ "$distinct" -eq 1 ]; then
    pass "a session held open across the run still answers (no crash restarted the server)"
else
    fail "a session held open across the run still answers" "$(cat "$work/sentinel.out")"
    crashes=$((crashes + 1))
fi

# 6. The server answers a new connection, and the extension still works.
answer=$(psql -X -q -A -t -d "$db" -c "SELECT vigo_cal.schoolyear(date '2024-02-29')::text || ' ' || count(*) FROM vigo_cal.calendar" 2>&1)
if [[ "$answer" =~ ^2023-2024\ [1-9][0-9]*$ ]]; then
    pass "the server answers after the run (schoolyear('2024-02-29') and ${answer#2023-2024 } calendar rows)"
else
    fail "the server answers after the run" "$answer"
fi

# 7. sqlsmith rolls back what it does: the users' rows are as they were.
rows_after=$(q "SELECT md5(string_agg(l::text, '|' ORDER BY l::text)) FROM vigo_cal.delivery_log l" 2>&1)
if [ "$rows_before" = "$rows_after" ]; then
    pass "the $user_rows user rows in delivery_log are unchanged"
else
    fail "the user rows in delivery_log are unchanged" "before $rows_before" "after $rows_after"
fi

# Keep what reproduces a crash.
if [ "$crashes" -gt 0 ]; then
    keep=$here/crashes/$(date -u +%Y%m%dT%H%M%SZ)-seed$seed
    mkdir -p "$keep"
    [ -f "$work/server.log" ] && cp "$work/server.log" "$keep/server.log"
    cp "$work/sqlsmith.err" "$keep/sqlsmith.err"
    cp "$work/sentinel.out" "$keep/sentinel.out"
    gzip -c "$work/queries.sql" >"$keep/queries.sql.gz"
    {
        echo "sqlsmith --target=\"$target\" --seed=$seed --max-queries=$queries"
        sqlsmith --version 2>&1 | head -n 1
        psql -X -A -t -d postgres -c "SELECT version()" 2>&1
    } >"$keep/README"
    if [ -f "$work/server.log" ]; then
        grep -n -B 3 -A 40 -E 'terminated by signal|server process .* was terminated|PANIC:|WARNING:  .*(leak|problem in alloc set|write past chunk end)' \
            "$work/server.log" >"$keep/excerpt.log" || true
        python3 - "$work/server.log" "$work/queries.sql" "$keep" <<'PY'
import re, sys
log = open(sys.argv[1], encoding="utf-8", errors="replace").read()
dump = open(sys.argv[2], encoding="utf-8", errors="replace").read()
keep = sys.argv[3]
prefix = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", re.M)
found = 0
for m in re.finditer(r"Failed process was running: ", log):
    nxt = prefix.search(log, m.end())
    activity = log[m.end():nxt.start() if nxt else len(log)].rstrip("\n")
    # the server log starts each continuation line with a tab
    activity = activity.replace("\n\t", "\n")
    # the log keeps only the first track_activity_query_size bytes
    probe = activity[:900]
    at = dump.find(probe)
    found += 1
    with open(f"{keep}/crash{found}.sql", "w", encoding="utf-8") as out:
        if at < 0:
            out.write("-- not found in the dump; as the server log has it (may be cut):\n")
            out.write(activity + ";\n")
        else:
            end = dump.find(";\n", at + len(probe))
            out.write(dump[at:end + 2 if end >= 0 else len(dump)])
    print(f"# crash {found}: query kept in {keep}/crash{found}.sql")
PY
    fi
    echo "# crash evidence kept in $keep"
fi
done_testing
