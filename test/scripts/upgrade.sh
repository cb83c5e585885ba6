#!/usr/bin/env bash
# upgrade.sh: install the oldest release, add user rows, ALTER EXTENSION
# UPDATE through every upgrade script, and compare the catalogue and the
# shipped data with a fresh install of the newest version.  Needs
# PGHOST/PGPORT/PGUSER of a running cluster.  Prints TAP.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../lib/tap.sh"
old=vigo_cal_upgrade_old
new=vigo_cal_upgrade_new
# a reporting role whose name needs quoting
reader_name='Vigo BI-lesere'
reader="\"$reader_name\""
q() { psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$1" -c "$2"; }
# 0.3.0 made the cluster-wide role vigo_cal_reader; dropped at the end if
# this script's install of an old release made it
old_reader_existed=$(q postgres "SELECT count(*) FROM pg_roles WHERE rolname = 'vigo_cal_reader'")
cleanup() {
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $old" -c "DROP DATABASE IF EXISTS $new" \
         -c "DROP ROLE IF EXISTS $reader" >/dev/null 2>&1 || true
    [ "$old_reader_existed" = 0 ] && psql -X -q -d postgres -c "DROP ROLE IF EXISTS vigo_cal_reader" >/dev/null 2>&1
    return 0
}
trap cleanup EXIT

psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $old" -c "DROP DATABASE IF EXISTS $new" \
     -c "DROP ROLE IF EXISTS $reader" -c "CREATE ROLE $reader NOLOGIN" \
     -c "CREATE DATABASE $old" -c "CREATE DATABASE $new" 2>/dev/null
oldest=$(q postgres "SELECT version FROM pg_available_extension_versions WHERE name = 'vigo_cal'
                      ORDER BY string_to_array(version, '.')::int[] LIMIT 1")
newest=$(q postgres "SELECT default_version FROM pg_available_extensions WHERE name = 'vigo_cal'")
q $old "CREATE EXTENSION vigo_cal VERSION '$oldest'"
q $old "INSERT INTO vigo_cal.category (category_key, label, color) VALUES ('lokal', 'Lokalt', '#112233')"
q $old "INSERT INTO vigo_cal.event (event_key, title, category, rule) VALUES ('lokal_frist', 'Lokal frist', 'lokal', '2. mandag i september')"
q $old "INSERT INTO vigo_cal.delivery_log (county, event_key, school_year, delivered_at) VALUES ('03', 'lokal_frist', '2023-2024', '2023-09-11 12:00+02')"
# a user's change to a shipped row (kept as the user left it, so it is left
# out of the comparison of shipped rows), and a reporting role's grants on
# the views
q $old "UPDATE vigo_cal.event SET title = 'Vår egen tittel' WHERE event_key = 'ssb_resultat_vgs_1'"
q $old "GRANT SELECT ON vigo_cal.calendar, vigo_cal.delivery_status TO $reader"
q $old "REVOKE EXECUTE ON FUNCTION vigo_cal.upcoming(integer) FROM PUBLIC"
q $old "GRANT EXECUTE ON FUNCTION vigo_cal.upcoming(integer) TO $reader"
# on 0.3.0, the last release before shipped_removed: a shipped school
# holiday and a shipped link deleted, a shipped event renamed; a membership
# of a role since dropped (a bare OID), and one (role, all counties) twice
q $old "ALTER EXTENSION vigo_cal UPDATE TO '0.3.0'"
gone_holiday="region_key = 'oslo' AND kind = 'hostferie' AND school_year::text = (SELECT min(h.school_year::text) FROM vigo_cal.school_holiday h WHERE h.region_key = 'oslo' AND h.kind = 'hostferie')"
gone_year=$(q $old "SELECT school_year FROM vigo_cal.school_holiday WHERE $gone_holiday")
gone_link=$(q $old "SELECT format('(%L, %L, %L)', event_key, other_key, kind) FROM vigo_cal.event_link
                    WHERE origin = 'vigo_cal' AND 'conexus_februar' NOT IN (event_key, other_key) ORDER BY 1 LIMIT 1")
q $old "DELETE FROM vigo_cal.school_holiday WHERE $gone_holiday"
q $old "DELETE FROM vigo_cal.event_link WHERE (event_key, other_key, kind) = $gone_link"
q $old "UPDATE vigo_cal.event SET event_key = 'conexus_februar_fylket' WHERE event_key = 'conexus_februar'"
psql -X -q -d postgres -c "SET client_min_messages = warning" -c "DROP ROLE IF EXISTS vigo_cal_upgrade_gone" -c "CREATE ROLE vigo_cal_upgrade_gone"
q $old "INSERT INTO vigo_cal.county_member (member_role, county_number) VALUES
          ('vigo_cal_upgrade_gone', '46'), ('$reader', NULL), ('$reader', NULL)"
psql -X -q -d postgres -c "DROP ROLE vigo_cal_upgrade_gone"
q $old "ALTER EXTENSION vigo_cal UPDATE"
q $new "CREATE EXTENSION vigo_cal"

plan 18
is "$(q $old "SELECT extversion FROM pg_extension WHERE extname = 'vigo_cal'")" "$newest" \
   "ALTER EXTENSION UPDATE goes from $oldest to $newest"
# The role vigo_cal_reader of 0.3.0 outlives the update (a role belongs to
# the cluster), and a login that holds it keeps reading the BI views; the
# DBA's step of doc/dashboards.md then takes its grants back and drops it.
if [ "$(q $old "SELECT count(*) FROM pg_roles WHERE rolname = 'vigo_cal_reader'")" = 1 ]; then
    is "$(q $old "SET ROLE vigo_cal_reader; SELECT count(*) > 4000 FROM vigo_cal_bi.deadlines")|$(q $old "SET ROLE vigo_cal_reader; SELECT count(*) FROM vigo_cal_bi.school_years WHERE is_current")" \
       "t|1" "the old role vigo_cal_reader still reads the BI views after the update"
    q $old "DROP OWNED BY vigo_cal_reader"
    is "$(q $old "SELECT count(*) FROM pg_namespace n, aclexplode(n.nspacl) a WHERE a.grantee = 'vigo_cal_reader'::regrole")|$(q $old "SELECT count(*) FROM pg_class c, aclexplode(c.relacl) a WHERE a.grantee = 'vigo_cal_reader'::regrole")|$(q $old "SELECT count(*) FROM pg_proc p, aclexplode(p.proacl) a WHERE a.grantee = 'vigo_cal_reader'::regrole")" \
       "0|0|0" "DROP OWNED BY vigo_cal_reader takes all its grants back"
    if [ "$old_reader_existed" = 0 ]; then
        out=$(q postgres "DROP ROLE vigo_cal_reader" 2>&1) && out=dropped
        is "$out" "dropped" "and DROP ROLE vigo_cal_reader goes through"
    else
        skip "DROP ROLE vigo_cal_reader goes through" "the role was there before this test"
    fi
else
    skip "the old role vigo_cal_reader reads the BI views after the update" "$oldest to $newest made no vigo_cal_reader"
    skip "revoke_reader takes its grants back" "no vigo_cal_reader"
    skip "DROP ROLE vigo_cal_reader" "no vigo_cal_reader"
fi
cat_old=$(psql -X -q -A -t -v ON_ERROR_STOP=1 -d $old -f "$here/upgrade_catalog.sql")
cat_new=$(psql -X -q -A -t -v ON_ERROR_STOP=1 -d $new -f "$here/upgrade_catalog.sql")
[ "$(printf '%s\n' "$cat_new" | wc -l)" -gt 100 ] || bail_out "the catalogue query gave too little"
diffs=$(diff <(printf '%s\n' "$cat_old") <(printf '%s\n' "$cat_new") || true)
[ -z "$diffs" ] && rc=0 || rc=1
ok $rc "the upgraded catalogue ($(printf '%s\n' "$cat_new" | wc -l) objects) equals a fresh install of $newest" \
   "$(printf '%s\n' "$diffs" | head -n 40)"
# (the rows the user removed or renamed left out on both sides)
shipped="SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) FROM (
           SELECT e::text AS t FROM vigo_cal.event e
            WHERE origin = 'vigo_cal' AND event_key NOT IN ('ssb_resultat_vgs_1', 'conexus_februar')
           UNION ALL SELECT p::text FROM vigo_cal.party p WHERE origin = 'vigo_cal'
           UNION ALL SELECT c::text FROM vigo_cal.category c WHERE origin = 'vigo_cal'
           UNION ALL SELECT o::text FROM vigo_cal.event_override o WHERE origin = 'vigo_cal' AND event_key <> 'conexus_februar'
           UNION ALL SELECT w::text FROM vigo_cal.event_wording w WHERE origin = 'vigo_cal' AND event_key <> 'conexus_februar'
           UNION ALL SELECT l::text FROM vigo_cal.event_link l WHERE origin = 'vigo_cal'
                       AND 'conexus_februar' NOT IN (event_key, other_key) AND (event_key, other_key, kind) <> $gone_link
           UNION ALL SELECT d::text FROM vigo_cal.edition d WHERE origin = 'vigo_cal'
           UNION ALL SELECT x::text FROM vigo_cal.edition_entry x WHERE origin = 'vigo_cal' AND event_key <> 'conexus_februar'
           UNION ALL SELECT k::text FROM vigo_cal.county k WHERE origin = 'vigo_cal'
           UNION ALL SELECT r::text FROM vigo_cal.region r WHERE origin = 'vigo_cal'
           UNION ALL SELECT rc::text FROM vigo_cal.region_county rc WHERE origin = 'vigo_cal'
           UNION ALL SELECT h::text FROM vigo_cal.school_holiday h WHERE origin = 'vigo_cal'
                       AND NOT (region_key = 'oslo' AND kind = 'hostferie' AND school_year::text = '$gone_year')) s"
is "$(q $old "$shipped")" "$(q $new "$shipped")" "the shipped rows equal a fresh install's"
is "$(q $old "SELECT count(*) FROM vigo_cal.event WHERE origin = 'user'")" "1" "the user's event survives the update"
is "$(q $old "SELECT count(*) FROM vigo_cal.delivery_log")" "1" "the user's delivery log survives the update"
is "$(q $old "SELECT origin || ' ' || title FROM vigo_cal.event WHERE event_key = 'ssb_resultat_vgs_1'")" \
   "changed Vår egen tittel" "a user's change to a shipped event survives the update"
is "$(q $old "SELECT has_table_privilege('$reader_name', 'vigo_cal.calendar', 'SELECT')
                 AND has_table_privilege('$reader_name', 'vigo_cal.delivery_status', 'SELECT')")" \
   "t" "SELECT granted on the views before the update is still granted after it"
is "$(q $old "SELECT has_function_privilege('$reader_name', 'vigo_cal.upcoming(integer)', 'EXECUTE')
                 AND NOT has_function_privilege('public', 'vigo_cal.upcoming(integer)', 'EXECUTE')")" \
   "t" "a function dropped and made again by the update keeps its grants and revokes"
# the occurrence store, new in 0.3.0: filled once the shipped rows are in,
# with the user's event, and the same as a fresh install for the shipped
# events the user left alone (and the autumn holiday week, whose Oslo row the
# user removed)
is "$(q $old "SELECT valid::text || ' ' || (SELECT count(*) FROM vigo_cal.occurrence_store WHERE event_key = 'lokal_frist')
              FROM vigo_cal.occurrence_store_state")" "true 36" \
   "the occurrence store is filled after the update, the user's event in every stored year"
stored="SELECT md5(string_agg(s::text, '|' ORDER BY s.school_year, s.event_key, s.occurrence))
          FROM vigo_cal.occurrence_store s
         WHERE s.event_key NOT IN ('lokal_frist', 'ssb_resultat_vgs_1', 'conexus_februar', 'conexus_februar_fylket', 'hostferie_uke_40')"
is "$(q $old "$stored")" "$(q $new "$stored")" "and holds the rows of a fresh install for the events the user did not change"
# what the user removed on 0.3.0 stays removed, and is noted
is "$(q $old "SELECT count(*) FROM vigo_cal.school_holiday WHERE region_key = 'oslo' AND kind = 'hostferie' AND school_year::text = '$gone_year'")
$(q $old "SELECT count(*) FROM vigo_cal.event_link WHERE (event_key, other_key, kind) = $gone_link")" "$(printf '0\n0')" \
   "a shipped school holiday and link deleted before the update stay deleted after it"
is "$(q $old "SELECT string_agg(event_key || ' ' || origin, ',' ORDER BY event_key) FROM vigo_cal.event WHERE event_key LIKE 'conexus_februar%'")" \
   "conexus_februar_fylket changed" "a shipped event renamed before the update is not added back under its old key"
is "$(q $old "SELECT count(*) FROM vigo_cal.shipped_removed WHERE (table_name, shipped_key) IN
                (('event', '{\"event_key\": \"conexus_februar\"}'), ('school_holiday', vigo_cal.shipped_key('vigo_cal.school_holiday',
                  jsonb_build_object('region_key', 'oslo', 'school_year', '$gone_year', 'kind', 'hostferie'))))")" "2" \
   "and the update notes their keys in shipped_removed"
# memberships: the dropped role's row is gone, the duplicate is one row
is "$(q $old "SELECT string_agg(role_name || ' ' || scope, ',') FROM vigo_cal.county_member")" "$reader_name *" \
   "the update removes a dropped role's membership and keeps one of two equal rows"
is "$(q $old "SELECT recorded_by = delivered_by AND recorded_at = delivered_at FROM vigo_cal.delivery_log")" "t" \
   "a delivery logged before the update is taken at its word: recorded by and when it says it was delivered"
done_testing
