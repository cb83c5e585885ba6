#!/usr/bin/env bash
# drop_extension.sh: the counties' delivery log and memberships outlive a
# DROP EXTENSION without CASCADE (it is refused while they hold rows, with
# the counts and what to do), no other way of dropping them gets round it,
# and DROP EXTENSION ... CASCADE removes what doc/reliability.md says.
# Needs PGHOST/PGPORT/PGUSER of a running cluster.  Prints TAP.
set -euo pipefail
. "$(dirname "$0")/../lib/tap.sh"
db=vigo_cal_drop
db2=vigo_cal_drop_owned
role=vigo_cal_drop_county
owner=vigo_cal_drop_owner
cleanup() {
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "DROP DATABASE IF EXISTS $db2" \
         -c "DROP ROLE IF EXISTS $role" -c "DROP ROLE IF EXISTS $owner" >/dev/null 2>&1 || true
}
trap cleanup EXIT
cleanup
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE DATABASE $db" -c "CREATE DATABASE $db2" \
     -c "CREATE ROLE $role" -c "CREATE ROLE $owner SUPERUSER"

q() { psql -X -q -A -t -v ON_ERROR_STOP=1 -d $db -c "$1"; }
# the SQLSTATE and message of a statement that fails, or "ok"
try() {
    PGOPTIONS="-c client_min_messages=warning" psql -X -q -A -t -v ON_ERROR_STOP=1 -v VERBOSITY=sqlstate -d $db -c "$1" 2>&1 >/dev/null && echo ok || true
}
try_verbose() {
    psql -X -q -A -t -v ON_ERROR_STOP=1 -d $db -c "$1" 2>&1 >/dev/null && echo ok || true
}

plan 14
q "CREATE EXTENSION vigo_cal"
q "INSERT INTO vigo_cal.delivery_log (county, event_key, school_year, delivered_at) VALUES
     ('03', 'ssb_elev_vgs_1', '2023-2024', '2023-10-24 10:00+02'),
     ('46', 'ssb_elev_vgs_1', '2023-2024', '2023-10-25 10:00+02')"
q "INSERT INTO vigo_cal.county_member (member_role, county_number) VALUES ('$role', '46')"

is "$(try_verbose "DROP EXTENSION vigo_cal")" \
   "ERROR:  cannot drop extension vigo_cal while its tables hold the counties' delivery log and memberships
DETAIL:  Rows in vigo_cal.delivery_log: 2; rows in vigo_cal.county_member: 1; they belong to the extension and would be dropped with it.
HINT:  Save them first (pg_dump --data-only -t vigo_cal.delivery_log -t vigo_cal.county_member), then use DROP EXTENSION vigo_cal CASCADE; or delete the rows." \
   "DROP EXTENSION vigo_cal is refused while the delivery log holds rows: the counts, and what to do"
is "$(try "DROP EXTENSION vigo_cal RESTRICT")" "ERROR:  2BP01" "so is DROP EXTENSION ... RESTRICT (SQLSTATE 2BP01)"
is "$(try "DROP EXTENSION IF EXISTS plpgsql_not_here, vigo_cal")" "ERROR:  2BP01" \
   "and a DROP EXTENSION that names vigo_cal among others"
is "$(try "DROP TABLE vigo_cal.delivery_log")" "ERROR:  2BP01" "the delivery log cannot be dropped on its own"
is "$(try "DROP SCHEMA vigo_cal")" "ERROR:  2BP01" "nor with the extension's schema (without CASCADE)"
is "$(q "SELECT count(*) FROM vigo_cal.delivery_log")|$(q "SELECT count(*) FROM vigo_cal.county_member")" "2|1" \
   "after all that the delivery log and the memberships are whole"

# DROP OWNED BY the role that owns the extension would drop it too
psql -X -q -v ON_ERROR_STOP=1 -d $db2 -c "SET ROLE $owner" -c "CREATE EXTENSION vigo_cal" \
     -c "INSERT INTO vigo_cal.delivery_log (county, event_key, school_year, delivered_at)
         VALUES ('03', 'ssb_elev_vgs_1', '2023-2024', '2023-10-24 10:00+02')"
is "$(PGOPTIONS="-c client_min_messages=warning" psql -X -q -A -t -v ON_ERROR_STOP=1 -v VERBOSITY=sqlstate -d $db2 \
        -c "DROP OWNED BY $owner" 2>&1 >/dev/null && echo ok || true)|$(psql -X -q -A -t -d $db2 -c "SELECT count(*) FROM vigo_cal.delivery_log")" \
   "ERROR:  2BP01|1" "DROP OWNED BY the extension's owner is refused too, and the delivery log stays"

# only the delivery log, or only the memberships: still refused
q "DELETE FROM vigo_cal.county_member"
is "$(try "DROP EXTENSION vigo_cal")" "ERROR:  2BP01" "refused while only the delivery log holds rows"
q "DELETE FROM vigo_cal.delivery_log"
q "INSERT INTO vigo_cal.county_member (member_role, county_number) VALUES ('$role', NULL)"
is "$(try "DROP EXTENSION vigo_cal")" "ERROR:  2BP01" "and while only the memberships do"
q "DELETE FROM vigo_cal.county_member"
is "$(try "DROP EXTENSION vigo_cal")" "ok" "with both empty, DROP EXTENSION vigo_cal goes through"
is "$(q "SELECT count(*) FROM pg_event_trigger WHERE evtname = 'vigo_cal_keep_deliveries'")" 0 \
   "and takes its event trigger with it"

# DROP EXTENSION ... CASCADE (and DROP SCHEMA vigo_cal CASCADE, which
# drops the extension with it): everything of the extension, and what
# users built on it
q "CREATE EXTENSION vigo_cal"
q "INSERT INTO vigo_cal.delivery_log (county, event_key, school_year, delivered_at) VALUES
     ('03', 'ssb_elev_vgs_1', '2023-2024', '2023-10-24 10:00+02')"
q "CREATE VIEW public.my_deliveries AS SELECT county, event_key FROM vigo_cal.delivery_log"
q "CREATE TABLE public.my_log (fylke text, skoleaar vigo_cal.schoolyear, levert timestamptz)"
q "INSERT INTO public.my_log VALUES ('46', '2023-2024', now())"
q "CREATE FUNCTION public.my_year() RETURNS vigo_cal.schoolyear LANGUAGE sql AS \$\$ SELECT vigo_cal.current_schoolyear() \$\$"
is "$(try "DROP EXTENSION vigo_cal CASCADE")" "ok" "DROP EXTENSION vigo_cal CASCADE goes through with rows in the delivery log"
is "$(q "SELECT count(*) FROM pg_class WHERE relnamespace IN (SELECT oid FROM pg_namespace WHERE nspname LIKE 'vigo_cal%')")|$(q "SELECT count(*) FROM pg_proc WHERE pronamespace IN (SELECT oid FROM pg_namespace WHERE nspname LIKE 'vigo_cal%')")|$(q "SELECT count(*) FROM pg_event_trigger WHERE evtname LIKE 'vigo_cal%'")|$(q "SELECT to_regnamespace('vigo_cal_bi') IS NULL")" \
   "0|0|0|t" "CASCADE removes every table (the delivery log, the memberships, the users' edits), view, function and type of the extension, schema vigo_cal_bi, and the event trigger"
is "$(q "SELECT to_regclass('public.my_deliveries') IS NULL, to_regprocedure('public.my_year()') IS NULL,
                (SELECT string_agg(attname, ',' ORDER BY attnum) FROM pg_attribute
                  WHERE attrelid = 'public.my_log'::regclass AND attnum > 0 AND NOT attisdropped)")" \
   "t|t|fylke,levert" \
   "and what users built on it: a view of the delivery log, a function of its types, a column of type schoolyear"
done_testing
