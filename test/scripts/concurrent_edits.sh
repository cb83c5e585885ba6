#!/usr/bin/env bash
# concurrent_edits.sh: two sessions that edit different schedule tables at
# once do not wait for each other while they edit, and the occurrence store
# is right after both commit; an editor needs no privilege on the store's
# tables.  Session A is a psql fed through a FIFO, its transaction held open
# between steps; session B runs with lock_timeout = '1s', so that waiting on
# A is an error, not a delay.  Needs PGHOST/PGPORT/PGUSER of a running
# cluster (a superuser) with vigo_cal installable.  Prints TAP.
set -euo pipefail
. "$(dirname "$0")/../lib/tap.sh"
db=vigo_cal_concurrent
cat_editor=vigo_cal_conc_category
party_editor=vigo_cal_conc_party
work=$(mktemp -d /tmp/vigo_cal_concurrent.XXXXXX)
a_pid=""
b_pid=""

cleanup() {
    exec 3>&- || true
    [ -n "$a_pid" ] && kill "$a_pid" 2>/dev/null || true
    [ -n "$b_pid" ] && kill "$b_pid" 2>/dev/null || true
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" \
        -c "DROP ROLE IF EXISTS $cat_editor" -c "DROP ROLE IF EXISTS $party_editor" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

q() { psql -X -q -A -t -v ON_ERROR_STOP=1 -d $db -c "$1"; }

# ---- session A: a psql reading a FIFO; a_run sends SQL and waits for it ----
a_start() {
    mkfifo "$work/a.in"
    PGAPPNAME=conc_a psql -X -q -A -t -d $db <"$work/a.in" >"$work/a.out" 2>&1 &
    a_pid=$!
    exec 3>"$work/a.in"
}
# a_run STEP SQL: send SQL to A, wait until A has run it (its \echo of STEP
# comes out), then print what A said for it.
a_run() {
    local step=$1 from i
    from=$(wc -l <"$work/a.out")
    printf '%s\n\\echo @@%s\n' "$2" "$step" >&3
    for i in $(seq 1 600); do
        grep -qx "@@$step" "$work/a.out" && break
        sleep 0.1
    done
    tail -n +"$((from + 1))" "$work/a.out" | sed "/^@@$step\$/,\$d"
}

# ---- session B: one psql call, waiting on a lock for at most 1 s ----
b_run() {
    PGAPPNAME=conc_b PGOPTIONS="-c lock_timeout=1s" psql -X -q -A -t -v ON_ERROR_STOP=1 -d $db -c "$1" 2>&1
}

# store_differs: the rows of occurrence_store and school_holiday_store that
# are not what a refresh from the committed schedule gives (0 when right),
# and whether the store is valid with nothing left pending.
store_check() {
    psql -X -q -A -t -v ON_ERROR_STOP=1 -d $db <<'SQL'
BEGIN;
CREATE TEMP TABLE stored AS SELECT * FROM vigo_cal.occurrence_store;
CREATE TEMP TABLE stored_holidays AS SELECT * FROM vigo_cal.school_holiday_store;
SELECT (SELECT valid FROM vigo_cal.occurrence_store_state)
       AND NOT EXISTS (SELECT 1 FROM vigo_cal.occurrence_store_pending) AS valid_nothing_pending
\gset
SELECT vigo_cal.refresh_occurrence_store() AS n \gset
SELECT :'valid_nothing_pending' || ' '
       || ((SELECT count(*) FROM (TABLE stored EXCEPT ALL TABLE vigo_cal.occurrence_store) AS x)
           + (SELECT count(*) FROM (TABLE vigo_cal.occurrence_store EXCEPT ALL TABLE stored) AS y)
           + (SELECT count(*) FROM (TABLE stored_holidays EXCEPT ALL TABLE vigo_cal.school_holiday_store) AS z)
           + (SELECT count(*) FROM (TABLE vigo_cal.school_holiday_store EXCEPT ALL TABLE stored_holidays) AS w))
       || ' differ';
ROLLBACK;
SQL
}

psql -X -q -d postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" \
    -c "DROP ROLE IF EXISTS $cat_editor" -c "DROP ROLE IF EXISTS $party_editor" -c "CREATE DATABASE $db"
psql -X -q -v ON_ERROR_STOP=1 -d $db <<SQL
CREATE EXTENSION vigo_cal;
-- two editors, each granted one schedule table and nothing of the store
CREATE ROLE $cat_editor;
CREATE ROLE $party_editor;
GRANT USAGE ON SCHEMA vigo_cal TO $cat_editor, $party_editor;
GRANT SELECT, UPDATE ON vigo_cal.category TO $cat_editor;
GRANT SELECT, INSERT, UPDATE ON vigo_cal.party TO $party_editor;
SQL

plan 23
is "$(store_check)" "t 0 differ" "the store is right after CREATE EXTENSION"

# 1. A edits category and holds its transaction open; B edits party and
#    commits, in a session of its own settings (DateStyle, TimeZone).
a_start
a_out=$(a_run a1 "SET ROLE $cat_editor;
BEGIN;
UPDATE vigo_cal.category SET color = '#0a0b0c' WHERE category_key = 'fpvs';")
is "$a_out" "" "A, granted only SELECT and UPDATE on category, updates a category (transaction left open)"
b_out=$(b_run "SET ROLE $party_editor;
SET DateStyle = 'SQL, DMY';
SET TimeZone = 'America/Los_Angeles';
BEGIN;
INSERT INTO vigo_cal.party (party_key, name) VALUES ('samtidig', 'Samtidig redaktør');
UPDATE vigo_cal.party SET name = 'Fylkene (samtidig)' WHERE party_key = 'fylkene';
COMMIT;") && rc=0 || rc=$?
ok $rc "B, granted only party, inserts and updates parties and commits while A's edit is open (lock_timeout 1s)" "$b_out"
is "$b_out" "" "B got no error and no warning"
is "$(q "SELECT count(*) > 0 FROM vigo_cal.occurrence_store WHERE from_party = 'Fylkene (samtidig)'")" "t" \
   "B's edit is in the store once B has committed"
is "$(q "SELECT count(*) FROM vigo_cal.occurrence_store WHERE category_color = '#0a0b0c'")" "0" \
   "A's uncommitted edit is not"
a_out=$(a_run a2 "SELECT vigo_cal.occurrence_store_behind();
COMMIT;")
is "$a_out" "t" "A's transaction knows its edit is not stored yet; A commits"
is "$(q "SELECT (SELECT count(*) FROM vigo_cal.occurrence_store WHERE category = 'fpvs')
              = (SELECT count(*) FROM vigo_cal.occurrence_store WHERE category_color = '#0a0b0c')
          AND (SELECT count(*) FROM vigo_cal.occurrence_store WHERE category = 'fpvs') > 0
          AND (SELECT count(*) > 0 FROM vigo_cal.occurrence_store WHERE from_party = 'Fylkene (samtidig)')")" "t" \
   "after both commits the store has A's colour on every fpvs row and B's party name"
is "$(store_check)" "t 0 differ" "and it is what a refresh from the committed schedule gives, nothing pending"

# 2. A refresh in progress (A's, at once: SET CONSTRAINTS ALL IMMEDIATE)
#    while B commits: B's refresh waits for A's to commit, then works from
#    what A committed, so the store holds both.
a_out=$(a_run a3 "RESET ROLE;
BEGIN;
UPDATE vigo_cal.category SET color = '#0d0e0f' WHERE category_key = 'fpvs';
SET CONSTRAINTS ALL IMMEDIATE;
SELECT count(*) FROM vigo_cal.occurrence_store WHERE category_color = '#0d0e0f';")
is "$([ "${a_out:-0}" -gt 0 ] && echo stored)" "stored" "A's refresh has run, uncommitted" "$a_out"
PGAPPNAME=conc_b psql -X -q -A -t -v ON_ERROR_STOP=1 -d $db \
    -c "UPDATE vigo_cal.party SET name = 'Fylkene (samtidig 2)' WHERE party_key = 'fylkene'" \
    >"$work/b.out" 2>&1 &
b_pid=$!
waited=f
for i in $(seq 1 300); do
    if [ "$(q "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'conc_b' AND wait_event_type = 'Lock'")" = 1 ]; then
        waited=t
        break
    fi
    sleep 0.1
done
is "$waited" "t" "B's commit waits for A's refresh to commit (it edited without waiting)"
a_out=$(a_run a4 "COMMIT;")
is "$a_out" "" "A commits"
wait "$b_pid" && rc=0 || rc=$?
b_pid=""
ok $rc "B's commit goes through once A's has" "$(cat "$work/b.out")"
is "$(q "SELECT (SELECT count(*) FROM vigo_cal.occurrence_store WHERE category = 'fpvs')
              = (SELECT count(*) FROM vigo_cal.occurrence_store WHERE category_color = '#0d0e0f')
          AND (SELECT count(*) > 0 FROM vigo_cal.occurrence_store WHERE from_party = 'Fylkene (samtidig 2)')")" "t" \
   "the store holds A's edit and B's: B's refresh saw what A committed"
is "$(store_check)" "t 0 differ" "and it is what a refresh from the committed schedule gives"

# 3. Under REPEATABLE READ, A cannot see what B committed after A's
#    snapshot: its refresh would store years over B's edit, so A's commit
#    is a serialization failure, and the store keeps B's edit.
a_out=$(a_run a5 "BEGIN ISOLATION LEVEL REPEATABLE READ;
UPDATE vigo_cal.category SET color = '#101112' WHERE category_key = 'fpvs';")
is "$a_out" "" "A (REPEATABLE READ) updates a category"
b_out=$(b_run "UPDATE vigo_cal.party SET name = 'Fylkene (samtidig 3)' WHERE party_key = 'fylkene'") && rc=0 || rc=$?
ok $rc "B updates a party and commits without waiting (lock_timeout 1s)" "$b_out"
a_out=$(a_run a6 "COMMIT;")
case "$a_out" in
    *"could not serialize access"*) rc=0 ;;
    *) rc=1 ;;
esac
ok $rc "A's commit is a serialization failure (its snapshot misses B's edit)" "$a_out"
is "$(q "SELECT (SELECT count(*) FROM vigo_cal.occurrence_store WHERE category_color = '#101112') = 0
          AND (SELECT count(*) > 0 FROM vigo_cal.occurrence_store WHERE from_party = 'Fylkene (samtidig 3)')")" "t" \
   "the store holds B's edit and not A's rolled-back one"
is "$(store_check)" "t 0 differ" "and it is what a refresh from the committed schedule gives"

# 4. Overrides of different school years, at once: each works out its own
#    years; both are stored.
a_out=$(a_run a7 "BEGIN;
INSERT INTO vigo_cal.event_override (event_key, school_year, due_date, reason)
VALUES ('ssb_elev_vgs_1', '2030-2031', '2030-10-29', 'samtidig A');")
is "$a_out" "" "A adds an override for 2030-2031"
b_out=$(b_run "INSERT INTO vigo_cal.event_override (event_key, school_year, due_date, reason)
VALUES ('ssb_elev_vgs_1', '2040-2041', '2040-10-30', 'samtidig B');") && rc=0 || rc=$?
ok $rc "B adds one for 2040-2041 and commits without waiting" "$b_out"
a_out=$(a_run a8 "COMMIT;")
is "$(q "SELECT string_agg(school_year::text || ' ' || due_date, ', ' ORDER BY school_year)
           FROM vigo_cal.occurrence_store WHERE event_key = 'ssb_elev_vgs_1' AND overridden") / $(store_check)" \
   "2030-2031 2030-10-29, 2040-2041 2040-10-30 / t 0 differ" \
   "both overrides are stored, and the store is what a refresh gives"
exec 3>&-
wait "$a_pid" || true
a_pid=""
done_testing
