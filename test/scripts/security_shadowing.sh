#!/usr/bin/env bash
# security_shadowing.sh: the search_path shadowing attack.  A role that is
# not a superuser but may CREATE in schema public plants traps there:
# functions and operators with the names the extension's code uses (some
# with the same signature as the built-in or vigo_cal ones, some a better
# match than the built-in, which would win wherever public is on the
# search_path), views with the names of the extension's tables, and an
# attempt at an estimator like eqsel.  Each trap records a row in
# public.trap_log and returns a wrong answer.  The database puts public first
# on its search_path.  Then a superuser creates the extension and runs the
# main API; a second wave of traps on the extension's own types follows the
# CREATE EXTENSION.  Nothing may reach a trap, nothing may fail, and every
# answer must equal that of a clean database with the same search_path.
# At the end the traps are called directly, to show they were armed.
#
# Needs PGHOST/PGPORT/PGUSER (a superuser) of a running cluster with
# vigo_cal installable.  Prints TAP.  To see the test catch a weakness,
# VIGO_CAL_SHADOW_MUTATE='ALTER FUNCTION ... RESET search_path' is run after
# the CREATE EXTENSION; VIGO_CAL_SHADOW_KEEP=1 keeps the two outputs.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../lib/tap.sh"
bad=vigo_cal_shadow_hostile
clean=vigo_cal_shadow_clean
hostile=vigo_shadow_hostile
county=vigo_shadow_fylke
work=$(mktemp -d /tmp/vigo_cal_shadow.XXXXXX)
chmod 755 "$work"
cleanup() {
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $bad" -c "DROP DATABASE IF EXISTS $clean" \
         -c "DROP ROLE IF EXISTS $hostile" -c "DROP ROLE IF EXISTS $county" >/dev/null 2>&1 || true
    if [ -n "${VIGO_CAL_SHADOW_KEEP:-}" ]; then diag "outputs kept in $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

# q DB SQL: one value, as the superuser.  qh DB SQL: the same as the hostile role.
q() { psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$1" -c "$2"; }
qh() { psql -X -q -A -t -v ON_ERROR_STOP=1 -U "$hostile" -d "$1" -c "$2"; }

psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $bad" -c "DROP DATABASE IF EXISTS $clean" \
     -c "DROP ROLE IF EXISTS $hostile" -c "DROP ROLE IF EXISTS $county" 2>/dev/null
psql -X -q -v ON_ERROR_STOP=1 -d postgres <<SQL
CREATE ROLE $hostile LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
CREATE ROLE $county LOGIN;
CREATE DATABASE $bad;
CREATE DATABASE $clean;
ALTER DATABASE $bad SET search_path = public, vigo_cal;
ALTER DATABASE $clean SET search_path = public, vigo_cal;
SQL
q $bad "GRANT CREATE ON SCHEMA public TO $hostile"

plan 20

is "$(qh $bad "SELECT rolsuper FROM pg_roles WHERE rolname = current_user")|$(qh $bad "SELECT has_schema_privilege('public', 'CREATE')")" \
   "f|t" "the hostile role is no superuser and may CREATE in schema public"

# ---------------------------------------------------------------------
# Wave 1: traps in public before the extension exists
# ---------------------------------------------------------------------
psql -X -q -v ON_ERROR_STOP=1 -U "$hostile" -d $bad >"$work/wave1.log" 2>&1 <<'SQL' || bail_out "wave 1 failed" "$work/wave1.log"
CREATE TABLE public.trap_log (trap text NOT NULL, called_by name NOT NULL DEFAULT current_user,
                              at timestamptz NOT NULL DEFAULT clock_timestamp());
GRANT SELECT, INSERT ON public.trap_log TO PUBLIC;
CREATE FUNCTION public.trap(what text) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO public.trap_log (trap) VALUES (what);
  RETURN true;
END $$;

-- Same name and signature as vigo_cal.add_business_days, without its default.
CREATE FUNCTION public.add_business_days(d date, n integer, roll text) RETURNS date
LANGUAGE plpgsql AS $$ BEGIN PERFORM public.trap('add_business_days(date,integer,text)'); RETURN d + 1000; END $$;
-- Better matches than the built-ins for calls the extension makes: to_char
-- has no (date, text), lower/upper/isempty and @> take anyrange, unnest
-- anyarray, format and jsonb_build_object are variadic.
CREATE FUNCTION public.to_char(date, text) RETURNS text
LANGUAGE plpgsql AS $$ BEGIN PERFORM public.trap('to_char(date,text)'); RETURN 'XX'; END $$;
CREATE FUNCTION public.lower(daterange) RETURNS date
LANGUAGE plpgsql AS $$ BEGIN PERFORM public.trap('lower(daterange)'); RETURN date '1999-01-01'; END $$;
CREATE FUNCTION public.upper(daterange) RETURNS date
LANGUAGE plpgsql AS $$ BEGIN PERFORM public.trap('upper(daterange)'); RETURN date '1999-01-01'; END $$;
CREATE FUNCTION public.isempty(daterange) RETURNS boolean
LANGUAGE plpgsql AS $$ BEGIN PERFORM public.trap('isempty(daterange)'); RETURN true; END $$;
CREATE FUNCTION public.unnest(text[]) RETURNS SETOF text
LANGUAGE plpgsql AS $$ BEGIN PERFORM public.trap('unnest(text[])'); RETURN NEXT 'origin'; END $$;
CREATE FUNCTION public.format(text, text) RETURNS text
LANGUAGE plpgsql AS $$ BEGIN PERFORM public.trap('format(text,text)'); RETURN 'true'; END $$;
CREATE FUNCTION public.jsonb_build_object(text, date, text, date) RETURNS jsonb
LANGUAGE plpgsql AS $$ BEGIN PERFORM public.trap('jsonb_build_object(text,date,text,date)'); RETURN '{}'; END $$;
CREATE FUNCTION public.daterange_contains(daterange, date) RETURNS boolean
LANGUAGE plpgsql AS $$ BEGIN PERFORM public.trap('@>(daterange,date)'); RETURN true; END $$;
CREATE OPERATOR public.@> (LEFTARG = daterange, RIGHTARG = date, FUNCTION = public.daterange_contains);
-- Same signature as built-ins: these can only win where public comes
-- before pg_catalog.
CREATE FUNCTION public.make_date(integer, integer, integer) RETURNS date
LANGUAGE plpgsql AS $$ BEGIN PERFORM public.trap('make_date(integer,integer,integer)'); RETURN date '1999-01-01'; END $$;
CREATE FUNCTION public.trap_texteq(text, text) RETURNS boolean
LANGUAGE plpgsql AS $$ BEGIN PERFORM public.trap('=(text,text)'); RETURN true; END $$;
CREATE OPERATOR public.= (LEFTARG = text, RIGHTARG = text, FUNCTION = public.trap_texteq);
CREATE FUNCTION public.trap_int4pl(integer, integer) RETURNS integer
LANGUAGE plpgsql AS $$ BEGIN PERFORM public.trap('+(integer,integer)'); RETURN 0; END $$;
CREATE OPERATOR public.+ (LEFTARG = integer, RIGHTARG = integer, FUNCTION = public.trap_int4pl);
CREATE FUNCTION public.trap_int4cat(integer, integer) RETURNS text
LANGUAGE plpgsql AS $$ BEGIN PERFORM public.trap('||(integer,integer)'); RETURN ''; END $$;
CREATE OPERATOR public.|| (LEFTARG = integer, RIGHTARG = integer, FUNCTION = public.trap_int4cat);
-- Views with the names of the extension's tables; reading one calls a trap.
CREATE VIEW public.county_member AS
  SELECT to_regrole(current_user::text) AS member_role, NULL::text AS county_number, 'user'::text AS origin
   WHERE public.trap('view county_member');
CREATE VIEW public.event AS SELECT 'x'::text AS event_key WHERE public.trap('view event');
CREATE VIEW public.county AS SELECT '99'::text AS county_number WHERE public.trap('view county');
CREATE VIEW public.edition_entry AS SELECT 'e1'::text AS entry WHERE public.trap('view edition_entry');
SQL
is "$(qh $bad "SELECT count(*) FROM pg_proc WHERE pronamespace = 'public'::regnamespace")|$(qh $bad "SELECT count(*) FROM pg_operator WHERE oprnamespace = 'public'::regnamespace")" \
   "14|4" "the hostile role plants 14 functions, 4 operators and 4 views in public (wave 1)"

# An estimator (RESTRICT = eqsel, JOIN = eqjoinsel) takes type internal,
# which neither SQL nor PL/pgSQL accepts: only a superuser could plant one.
out=$(qh $bad "CREATE FUNCTION public.eqsel(internal, oid, internal, integer) RETURNS float8 LANGUAGE sql AS 'SELECT 0.5::float8'" 2>&1 || true)
out2=$(qh $bad "CREATE FUNCTION public.eqjoinsel(internal, oid, internal, smallint, internal) RETURNS float8 LANGUAGE plpgsql AS 'BEGIN RETURN 0.5; END'" 2>&1 || true)
is "$(printf '%s|%s' "$out" "$out2" | sed 's/ERROR: *//g')" \
   "SQL functions cannot have arguments of type internal|PL/pgSQL functions cannot accept type internal" \
   "the hostile role cannot plant an estimator public.eqsel/eqjoinsel (type internal)"
out=$(qh $bad "CREATE FUNCTION public.eqsel(internal, oid, internal, integer) RETURNS float8 LANGUAGE c AS 'eqsel'" 2>&1 || true)
is "$(printf '%s' "$out" | grep -c 'permission denied for language c')" "1" \
   "nor in C (an untrusted language)"

# ---------------------------------------------------------------------
# The superuser creates the extension
# ---------------------------------------------------------------------
is "$(q $bad "SHOW search_path")" "public, vigo_cal" "the database puts public first on its search_path"
if q $bad "CREATE EXTENSION vigo_cal" >"$work/create.log" 2>&1; then r=created; else r="failed: $(cat "$work/create.log")"; fi
is "$r" "created" "the superuser creates the extension in the database with the traps"
q $clean "CREATE EXTENSION vigo_cal" >/dev/null
# To see that the traps catch an unpinned function, weaken one here, e.g.
# VIGO_CAL_SHADOW_MUTATE='ALTER FUNCTION vigo_cal.date_label(vigo_cal.rule, date, date, boolean) RESET search_path'
[ -n "${VIGO_CAL_SHADOW_MUTATE:-}" ] && q $bad "$VIGO_CAL_SHADOW_MUTATE"
is "$(q $bad "SELECT count(*) FROM public.trap_log")" "0" "CREATE EXTENSION reached no trap"

is "$(q $bad "SELECT coalesce(string_agg(DISTINCT o.oprname || ' ' || p.oid::regprocedure::text, ', '), 'none')
                   FROM pg_operator o JOIN pg_proc p ON p.oid IN (o.oprcode, o.oprrest, o.oprjoin)
                  WHERE o.oprnamespace = 'vigo_cal'::regnamespace
                    AND p.pronamespace NOT IN ('pg_catalog'::regnamespace, 'vigo_cal'::regnamespace)")" \
   "none" "every operator of the extension uses functions and estimators (eqsel, ...) from pg_catalog or vigo_cal"
is "$(q $bad "WITH members AS (
                     SELECT classid, objid FROM pg_depend
                      WHERE refclassid = 'pg_extension'::regclass AND deptype = 'e'
                        AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'vigo_cal')
                   ), owned AS (
                     SELECT classid, objid FROM members
                     UNION SELECT d.classid, d.objid FROM members m
                       JOIN pg_depend d ON d.refclassid = m.classid AND d.refobjid = m.objid
                      WHERE d.classid IN ('pg_class'::regclass, 'pg_rewrite'::regclass, 'pg_constraint'::regclass,
                                          'pg_attrdef'::regclass, 'pg_trigger'::regclass, 'pg_policy'::regclass)
                   )
                   SELECT coalesce(string_agg(DISTINCT pg_describe_object(d.classid, d.objid, 0) || ' -> '
                                              || pg_describe_object(d.refclassid, d.refobjid, 0), ', '), 'none')
                     FROM owned o JOIN pg_depend d ON d.classid = o.classid AND d.objid = o.objid
                    WHERE (pg_identify_object(d.refclassid, d.refobjid, 0)).schema = 'public'")" \
   "none" "nothing the extension owns depends on an object in public (no trap was bound at CREATE EXTENSION)"

# ---------------------------------------------------------------------
# Wave 2: traps on the extension's own types, as a user of the extension
# ---------------------------------------------------------------------
q $bad "GRANT USAGE ON SCHEMA vigo_cal TO $hostile"
psql -X -q -v ON_ERROR_STOP=1 -U "$hostile" -d $bad >"$work/wave2.log" 2>&1 <<'SQL' || bail_out "wave 2 failed" "$work/wave2.log"
CREATE FUNCTION public.trap_sy_eq(vigo_cal.schoolyear, vigo_cal.schoolyear) RETURNS boolean
LANGUAGE plpgsql AS $$ BEGIN PERFORM public.trap('=(schoolyear,schoolyear)'); RETURN true; END $$;
CREATE OPERATOR public.= (LEFTARG = vigo_cal.schoolyear, RIGHTARG = vigo_cal.schoolyear, FUNCTION = public.trap_sy_eq);
CREATE FUNCTION public.trap_sy_pl(vigo_cal.schoolyear, integer) RETURNS vigo_cal.schoolyear
LANGUAGE plpgsql AS $$ BEGIN PERFORM public.trap('+(schoolyear,integer)'); RETURN '1999-2000'; END $$;
CREATE OPERATOR public.+ (LEFTARG = vigo_cal.schoolyear, RIGHTARG = integer, FUNCTION = public.trap_sy_pl);
CREATE FUNCTION public.trap_sy_mi(vigo_cal.schoolyear, integer) RETURNS vigo_cal.schoolyear
LANGUAGE plpgsql AS $$ BEGIN PERFORM public.trap('-(schoolyear,integer)'); RETURN '1999-2000'; END $$;
CREATE OPERATOR public.- (LEFTARG = vigo_cal.schoolyear, RIGHTARG = integer, FUNCTION = public.trap_sy_mi);
CREATE FUNCTION public.trap_sy_le(vigo_cal.schoolyear, vigo_cal.schoolyear) RETURNS boolean
LANGUAGE plpgsql AS $$ BEGIN PERFORM public.trap('<=(schoolyear,schoolyear)'); RETURN true; END $$;
CREATE OPERATOR public.<= (LEFTARG = vigo_cal.schoolyear, RIGHTARG = vigo_cal.schoolyear, FUNCTION = public.trap_sy_le);
CREATE FUNCTION public.first_day(vigo_cal.schoolyear) RETURNS date
LANGUAGE plpgsql AS $$ BEGIN PERFORM public.trap('first_day(schoolyear)'); RETURN date '1999-01-01'; END $$;
CREATE FUNCTION public.schoolyear(date) RETURNS vigo_cal.schoolyear
LANGUAGE plpgsql AS $$ BEGIN PERFORM public.trap('schoolyear(date)'); RETURN '1999-2000'; END $$;
CREATE FUNCTION public.rule_reference(vigo_cal.rule) RETURNS text
LANGUAGE plpgsql AS $$ BEGIN PERFORM public.trap('rule_reference(rule)'); RETURN NULL; END $$;
CREATE FUNCTION public.occurrence_range(vigo_cal.rule, vigo_cal.schoolyear, date) RETURNS daterange
LANGUAGE plpgsql AS $$ BEGIN PERFORM public.trap('occurrence_range(rule,schoolyear,date)'); RETURN 'empty'; END $$;
CREATE FUNCTION public.my_counties() RETURNS text[]
LANGUAGE plpgsql AS $$ BEGIN PERFORM public.trap('my_counties()'); RETURN ARRAY['03', '46']; END $$;
CREATE FUNCTION public.calendar_between(date, date) RETURNS SETOF record
LANGUAGE plpgsql AS $$ BEGIN PERFORM public.trap('calendar_between(date,date)'); RETURN; END $$;
SQL
is "$(qh $bad "SELECT count(*) FROM pg_operator WHERE oprnamespace = 'public'::regnamespace
                    AND 'vigo_cal.schoolyear'::regtype IN (oprleft, oprright)")" \
   "4" "the hostile role plants operators on schoolyear in public (wave 2)"
out=$(qh $bad "CREATE FUNCTION vigo_cal.is_business_day(text) RETURNS boolean LANGUAGE sql AS 'SELECT true'" 2>&1 || true)
out2=$(qh $bad "CREATE OR REPLACE FUNCTION vigo_cal.add_business_days(date, integer, text) RETURNS date LANGUAGE sql AS 'SELECT \$1'" 2>&1 || true)
is "$(printf '%s|%s' "$out" "$out2" | grep -o 'permission denied for schema vigo_cal' | wc -l)" "2" \
   "but cannot create or replace anything in schema vigo_cal"

# ---------------------------------------------------------------------
# The main API, as the superuser, in both databases
# ---------------------------------------------------------------------
for db in $bad $clean; do
    q $db "GRANT USAGE ON SCHEMA vigo_cal TO $county;
           GRANT SELECT ON ALL TABLES IN SCHEMA vigo_cal TO $county;
           GRANT INSERT, UPDATE, DELETE ON vigo_cal.delivery_log TO $county;
           INSERT INTO vigo_cal.county_member (member_role, county_number) VALUES ('$county', '46')"
    if psql -X -v ON_ERROR_STOP=1 -v county_role="$county" -d $db -f "$here/security_shadowing_api.sql" \
            >"$work/$db.out" 2>"$work/$db.err"; then
        echo ok >"$work/$db.rc"
    else
        echo "failed: $(head -c 400 "$work/$db.err")" >"$work/$db.rc"
    fi
done
is "$(cat "$work/$clean.rc")" "ok" "the main API runs in the clean database"
is "$(cat "$work/$bad.rc")" "ok" "the main API runs in the database with the traps, without an error"
is "$(q $bad "SELECT coalesce(string_agg(DISTINCT trap, ', ' ORDER BY trap), 'none') FROM public.trap_log")" "none" \
   "no trap was called: public.trap_log is empty"
lines=$(wc -l <"$work/$clean.out")
diffs=$(diff "$work/$clean.out" "$work/$bad.out" || true)
[ -z "$diffs" ] && rc=0 || rc=1
ok $rc "every answer ($lines lines) equals the clean database's" "$(printf '%s\n' "$diffs" | head -n 30)"
is "$(grep -c '^add_business_days|2023-07-18|2023-07-18|2023-07-14$' "$work/$bad.out")" "1" \
   "add_business_days('2023-07-15', 1) schema-qualified and through the search_path: 2023-07-18"
is "$(grep -c '^shadowed county_member|1|46$' "$work/$bad.out")" "1" \
   "a county role's own pg_temp.county_member does not widen row-level security"

# ---------------------------------------------------------------------
# The traps were armed: called directly, each one fires
# ---------------------------------------------------------------------
psql -X -q -A -t -v ON_ERROR_STOP=1 -d $bad >"$work/direct.out" 2>&1 <<'SQL'
-- with the database's search_path (public, vigo_cal): better matches win
SELECT to_char(date '2023-10-05', 'DD');
SELECT lower(daterange('2023-01-01', '2023-02-01'));
SELECT upper(daterange('2023-01-01', '2023-02-01'));
SELECT isempty(daterange('2023-01-01', '2023-02-01'));
SELECT daterange('2023-01-01', '2023-02-01') @> date '2023-01-05';
SELECT * FROM unnest(ARRAY['a']);
SELECT format('%s', 'a'::text);
SELECT jsonb_build_object('a', date '2023-01-01', 'b', date '2023-01-02');
SELECT 1 || 2;
-- and an exact match in public beats one later on the path
SELECT add_business_days('2023-07-15', 1, 'forward');
SELECT '2023-2024'::vigo_cal.schoolyear = '2023-2024'::vigo_cal.schoolyear;
SELECT '2023-2024'::vigo_cal.schoolyear + 1;
SELECT '2023-2024'::vigo_cal.schoolyear - 1;
SELECT '2023-2024'::vigo_cal.schoolyear <= '2023-2024'::vigo_cal.schoolyear;
SELECT first_day('2023-2024');
SELECT schoolyear(date '2023-10-01');
SELECT rule_reference('15.07');
SELECT occurrence_range('15.07', '2023-2024', NULL);
SELECT my_counties();
SELECT count(*) FROM calendar_between('2023-08-01', '2023-08-31') AS c(x int);
SELECT count(*) FROM county_member;
SELECT count(*) FROM event;
SELECT count(*) FROM county;
SELECT count(*) FROM edition_entry;
-- where public comes before pg_catalog, same signatures win too
SET search_path = public, pg_catalog, vigo_cal;
SELECT 'a'::text = 'a'::text;
SELECT 1 + 1;
SELECT make_date(2023, 1, 1);
SQL
armed=$(q $bad "SELECT count(DISTINCT trap) FROM public.trap_log")
total=$(q $bad "SELECT count(*) FROM (VALUES
  ('add_business_days(date,integer,text)'), ('to_char(date,text)'), ('lower(daterange)'), ('upper(daterange)'),
  ('isempty(daterange)'), ('unnest(text[])'), ('format(text,text)'), ('jsonb_build_object(text,date,text,date)'),
  ('@>(daterange,date)'), ('make_date(integer,integer,integer)'), ('=(text,text)'), ('+(integer,integer)'),
  ('||(integer,integer)'), ('view county_member'), ('view event'), ('view county'), ('view edition_entry'),
  ('=(schoolyear,schoolyear)'), ('+(schoolyear,integer)'), ('-(schoolyear,integer)'), ('<=(schoolyear,schoolyear)'),
  ('first_day(schoolyear)'), ('schoolyear(date)'), ('rule_reference(rule)'), ('occurrence_range(rule,schoolyear,date)'),
  ('my_counties()'), ('calendar_between(date,date)')) AS t(trap)
  WHERE trap IN (SELECT trap FROM public.trap_log)")
is "$armed|$total" "27|27" "the traps were armed: each of the 27 fires when a query reaches it directly"
is "$(sed -n 1p "$work/direct.out")|$(grep -c '^2026-04-10$' "$work/direct.out")" "XX|1" \
   "e.g. to_char(date, text) in public beats the built-in for a plain query, and public.add_business_days takes a 3-argument call"

# With vigo_cal before public, the extension's exact signatures win again.
is "$(psql -X -q -A -t -v ON_ERROR_STOP=1 -d $bad <<'SQL'
DELETE FROM public.trap_log;
SET search_path = vigo_cal, public;
SELECT add_business_days('2023-07-15', 1, 'forward'), '2023-2024'::schoolyear = '2023-2024'::schoolyear,
       first_day('2023-2024'), (SELECT count(*) > 0 FROM calendar_between('2023-08-01', '2023-08-31'));
SELECT count(*) FROM public.trap_log;
SQL
)" "2023-07-18|t|2023-08-01|t
0" "with search_path = vigo_cal, public an unqualified call reaches the extension, not a same-signature trap"
done_testing
