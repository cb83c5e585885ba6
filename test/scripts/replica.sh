#!/usr/bin/env bash
# replica.sh: vigo_cal read on a hot standby answers as on the primary.
# Takes a streaming replica of the running cluster (pg_basebackup -R) into a
# temporary directory, starts it on port $VIGO_CAL_REPLICA_PORT (default
# PGPORT + 10, socket only) as the cluster's owner, and runs on both the
# BI views, arshjul() for a stored and a not-stored school year, ical(),
# wheel_svg(), delivery_status and is_school_day(), comparing the answers.
# The replica is stopped and removed whatever happens.  Needs
# PGHOST/PGPORT/PGUSER of a running cluster (a superuser with replication
# rights and a "local replication" line in pg_hba.conf, as initdb -A trust
# writes) with vigo_cal installable, and that cluster's pg_basebackup and
# pg_ctl first on PATH.  Prints TAP.
set -euo pipefail
. "$(dirname "$0")/../lib/tap.sh"
db=vigo_cal_replica
county_role=vigo_cal_replica_46
rport=${VIGO_CAL_REPLICA_PORT:-$((PGPORT + 10))}
bindir=$(dirname "$(command -v pg_ctl)")
dir=$(mktemp -d /tmp/vigo_cal_replica.XXXXXX)

# as the cluster's owner: postgres when we are root (scripts/lib.sh does the same)
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

cleanup() {
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 \
            || as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" \
        -c "DROP ROLE IF EXISTS $county_role" >/dev/null 2>&1 || true
}
trap cleanup EXIT
[ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
chmod 700 "$dir"

primary() { psql -X -q -A -t -v ON_ERROR_STOP=1 -d $db -c "$1" 2>&1; }
replica() { psql -X -q -A -t -v ON_ERROR_STOP=1 -h "$dir" -p "$rport" -d $db -c "$1" 2>&1; }

# same DESC SQL: SQL gives the same answer (and no error) on both.
same() {
    local p r rc=0
    p=$(primary "$2") || rc=$?
    r=$(replica "$2") || rc=$?
    if [ "$rc" -eq 0 ] && [ "$p" = "$r" ] && [ -n "$p" ]; then
        pass "$1"
    else
        fail "$1" "primary: $p" "replica: $r"
    fi
}

psql -X -q -d postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" \
    -c "DROP ROLE IF EXISTS $county_role" -c "CREATE DATABASE $db"
psql -X -q -v ON_ERROR_STOP=1 -d $db <<SQL
CREATE EXTENSION vigo_cal;
-- deliveries, so that delivery_status has something of every kind, and a
-- county's role, so that it is also read through row-level security
INSERT INTO vigo_cal.delivery_log (county, event_key, school_year, delivered_at) VALUES
  ('46', 'ssb_elev_vgs_1', '2023-2024', '2023-10-24 10:00+02'),
  ('46', 'ssb_elev_vgs_2', '2023-2024', '2023-12-20 10:00+01'),
  ('03', 'ssb_elev_vgs_1', '2023-2024', '2023-10-30 10:00+01');
CREATE ROLE $county_role;
GRANT USAGE ON SCHEMA vigo_cal TO $county_role;
GRANT SELECT ON ALL TABLES IN SCHEMA vigo_cal TO $county_role;
INSERT INTO vigo_cal.county_member (member_role, county_number) VALUES ('$county_role', '46');
SQL

out=$(as_owner "$bindir/pg_basebackup" -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -D "$dir/data" -R -X stream \
          -c fast 2>&1) && rc=0 || rc=$?
ok $rc "pg_basebackup -R takes a copy of the cluster" "$out"
out=$(as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 120 \
          -o "-k $dir -p $rport -c listen_addresses='' -c fsync=off -c hot_standby=on" start 2>&1) && rc=0 || rc=$?
[ "$rc" -eq 0 ] || bail_out "the replica did not start: $out" "$dir/server.log"
# caught up with everything the primary has written
target=$(primary "SELECT pg_current_wal_lsn()")
for i in $(seq 1 600); do
    caught=$(replica "SELECT pg_last_wal_replay_lsn() >= '$target'::pg_lsn" || true)
    [ "$caught" = t ] && break
    sleep 0.1
done
is "$(replica "SELECT pg_is_in_recovery()")/$caught" "t/t" \
   "the replica runs as a hot standby and has replayed the primary's WAL"
is "$(replica "SELECT vigo_cal.occurrence_store_covers('2023-2024', '2023-2024')
                      AND NOT vigo_cal.occurrence_store_covers('2060-2061', '2060-2061')")" "t" \
   "on the replica the store answers for 2023-2024 and not for 2060-2061"

# every BI view, all rows
for view in $(primary "SELECT string_agg(c.relname, ' ' ORDER BY c.relname) FROM pg_class c
                        WHERE c.relnamespace = 'vigo_cal_bi'::regnamespace AND c.relkind = 'v'"); do
    same "vigo_cal_bi.$view answers as on the primary" \
         "SELECT count(*) || ' ' || md5(coalesce(string_agg(v::text, '|' ORDER BY v::text), '')) FROM vigo_cal_bi.$view v"
done
same "arshjul('2023-2024') (a stored year) answers as on the primary" \
     "SELECT count(*) || ' ' || md5(string_agg(a::text, '|' ORDER BY a.ordinality)) FROM vigo_cal.arshjul('2023-2024') WITH ORDINALITY AS a"
same "arshjul('2060-2061') (a year not stored: worked out on the replica) answers as on the primary" \
     "SELECT count(*) || ' ' || md5(string_agg(a::text, '|' ORDER BY a.ordinality)) FROM vigo_cal.arshjul('2060-2061') WITH ORDINALITY AS a"
# DTSTAMP is the time of the call
same "ical('2026-2027', 'Vestland') answers as on the primary (but DTSTAMP)" \
     "SELECT md5(regexp_replace(vigo_cal.ical('2026-2027', 'Vestland'), 'DTSTAMP:[0-9TZ]+', 'DTSTAMP', 'g'))"
same "wheel_svg('2023-2024', 'Nordland') and wheel_svg('2060-2061') answer as on the primary" \
     "SELECT md5(vigo_cal.wheel_svg('2023-2024', 'Nordland')) || ' ' || md5(vigo_cal.wheel_svg('2060-2061'))"
same "delivery_status answers as on the primary" \
     "SELECT count(*) || ' ' || md5(string_agg(s::text, '|' ORDER BY s::text)) FROM vigo_cal.delivery_status s"
same "delivery_status as a county's role (row-level security) answers as on the primary" \
     "SET ROLE $county_role;
      SELECT count(*) || ' ' || string_agg(DISTINCT s.county, ',') || ' ' || md5(string_agg(s::text, '|' ORDER BY s::text))
        FROM vigo_cal.delivery_status s"
same "is_school_day() for every day of 2024-2025 (stored) in Vestland and Oslo answers as on the primary" \
     "SELECT md5(string_agg(vigo_cal.is_school_day(d::date, c)::text, '' ORDER BY c, d))
        FROM generate_series(date '2024-08-01', date '2025-07-31', '1 day') AS d, unnest(ARRAY['46', '03']) AS c"
same "is_school_day() for every day of 2060-2061 (not stored) answers as on the primary" \
     "SELECT md5(string_agg(vigo_cal.is_school_day(d::date, c)::text, '' ORDER BY c, d))
        FROM generate_series(date '2060-08-01', date '2061-07-31', '1 day') AS d, unnest(ARRAY['46', '03']) AS c"
# what writes cannot run there, and says why
out=$(replica "SELECT vigo_cal.refresh_occurrence_store()") && rc=0 || rc=$?
case "$out" in
    *"read-only transaction"*) rc=0 ;;
    *) rc=1 ;;
esac
ok $rc "a refresh asked for on the replica is refused as a write in a read-only transaction" "$out"
done_testing
