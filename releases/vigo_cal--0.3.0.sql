-- vigo_cal: the VIGO årshjul as types, rules, tables and views.
-- This script is assembled by the Makefile from src/sql/*.sql, in name order.

\echo Use "CREATE EXTENSION vigo_cal" to load this file. \quit

-- The calendar's words, its shipped rows and the C functions' text are
-- UTF-8: a database in another encoding would store them garbled.  (No
-- "encoding" line in the control file: a conversion of the script would
-- fail on its first non-Latin character before this check could say why.)
DO $$
BEGIN
  IF pg_catalog.current_setting('server_encoding') <> 'UTF8' THEN
    RAISE EXCEPTION 'vigo_cal needs a database in encoding UTF8, not %',
                    pg_catalog.current_setting('server_encoding')
      USING ERRCODE = 'feature_not_supported',
            HINT = 'Create the database with ENCODING ''UTF8'' (and TEMPLATE template0 if template1 is not UTF8).';
  END IF;
END $$;

COMMENT ON SCHEMA vigo_cal IS
  'vigo_cal: school years, ISO weeks, Norwegian public holidays and working days for the VIGO årshjul';
-- The schoolyear type: a Norwegian school year, 1 August to 31 July,
-- held by value as its start year.  Comparison, hashing and sorting use
-- PostgreSQL's own int4 functions (the representation is an int4).  At the
-- end, the Norwegian day: today() and oslo_date(), and current_schoolyear().

CREATE TYPE vigo_cal.schoolyear;

CREATE FUNCTION vigo_cal.schoolyear_in(cstring) RETURNS vigo_cal.schoolyear
  AS 'MODULE_PATHNAME', 'schoolyear_in' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vigo_cal.schoolyear_out(vigo_cal.schoolyear) RETURNS cstring
  AS 'MODULE_PATHNAME', 'schoolyear_out' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vigo_cal.schoolyear_recv(internal) RETURNS vigo_cal.schoolyear
  AS 'MODULE_PATHNAME', 'schoolyear_recv' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vigo_cal.schoolyear_send(vigo_cal.schoolyear) RETURNS bytea
  AS 'MODULE_PATHNAME', 'schoolyear_send' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE vigo_cal.schoolyear (
  INPUT = vigo_cal.schoolyear_in,
  OUTPUT = vigo_cal.schoolyear_out,
  RECEIVE = vigo_cal.schoolyear_recv,
  SEND = vigo_cal.schoolyear_send,
  INTERNALLENGTH = 4,
  PASSEDBYVALUE,
  ALIGNMENT = int4,
  STORAGE = plain
);
COMMENT ON TYPE vigo_cal.schoolyear IS
  'school year from 1 August to 31 July, written 2023-2024 (also 2023/2024, 2023-24, 2023/24)';

-- Comparison: the int4 functions, on the same bits.
CREATE FUNCTION vigo_cal.schoolyear_eq(vigo_cal.schoolyear, vigo_cal.schoolyear) RETURNS boolean
  AS 'int4eq' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION vigo_cal.schoolyear_ne(vigo_cal.schoolyear, vigo_cal.schoolyear) RETURNS boolean
  AS 'int4ne' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION vigo_cal.schoolyear_lt(vigo_cal.schoolyear, vigo_cal.schoolyear) RETURNS boolean
  AS 'int4lt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION vigo_cal.schoolyear_le(vigo_cal.schoolyear, vigo_cal.schoolyear) RETURNS boolean
  AS 'int4le' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION vigo_cal.schoolyear_gt(vigo_cal.schoolyear, vigo_cal.schoolyear) RETURNS boolean
  AS 'int4gt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION vigo_cal.schoolyear_ge(vigo_cal.schoolyear, vigo_cal.schoolyear) RETURNS boolean
  AS 'int4ge' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION vigo_cal.schoolyear_cmp(vigo_cal.schoolyear, vigo_cal.schoolyear) RETURNS integer
  AS 'btint4cmp' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION vigo_cal.schoolyear_sortsupport(internal) RETURNS void
  AS 'btint4sortsupport' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vigo_cal.schoolyear_hash(vigo_cal.schoolyear) RETURNS integer
  AS 'hashint4' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION vigo_cal.schoolyear_hash_extended(vigo_cal.schoolyear, bigint) RETURNS bigint
  AS 'hashint4extended' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE OPERATOR vigo_cal.= (
  LEFTARG = vigo_cal.schoolyear, RIGHTARG = vigo_cal.schoolyear,
  FUNCTION = vigo_cal.schoolyear_eq,
  COMMUTATOR = OPERATOR(vigo_cal.=), NEGATOR = OPERATOR(vigo_cal.<>),
  RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
);
CREATE OPERATOR vigo_cal.<> (
  LEFTARG = vigo_cal.schoolyear, RIGHTARG = vigo_cal.schoolyear,
  FUNCTION = vigo_cal.schoolyear_ne,
  COMMUTATOR = OPERATOR(vigo_cal.<>), NEGATOR = OPERATOR(vigo_cal.=),
  RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR vigo_cal.< (
  LEFTARG = vigo_cal.schoolyear, RIGHTARG = vigo_cal.schoolyear,
  FUNCTION = vigo_cal.schoolyear_lt,
  COMMUTATOR = OPERATOR(vigo_cal.>), NEGATOR = OPERATOR(vigo_cal.>=),
  RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR vigo_cal.<= (
  LEFTARG = vigo_cal.schoolyear, RIGHTARG = vigo_cal.schoolyear,
  FUNCTION = vigo_cal.schoolyear_le,
  COMMUTATOR = OPERATOR(vigo_cal.>=), NEGATOR = OPERATOR(vigo_cal.>),
  RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
CREATE OPERATOR vigo_cal.> (
  LEFTARG = vigo_cal.schoolyear, RIGHTARG = vigo_cal.schoolyear,
  FUNCTION = vigo_cal.schoolyear_gt,
  COMMUTATOR = OPERATOR(vigo_cal.<), NEGATOR = OPERATOR(vigo_cal.<=),
  RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
CREATE OPERATOR vigo_cal.>= (
  LEFTARG = vigo_cal.schoolyear, RIGHTARG = vigo_cal.schoolyear,
  FUNCTION = vigo_cal.schoolyear_ge,
  COMMUTATOR = OPERATOR(vigo_cal.<=), NEGATOR = OPERATOR(vigo_cal.<),
  RESTRICT = scalargesel, JOIN = scalargejoinsel
);

CREATE OPERATOR CLASS vigo_cal.schoolyear_ops
  DEFAULT FOR TYPE vigo_cal.schoolyear USING btree AS
    OPERATOR 1 vigo_cal.<,
    OPERATOR 2 vigo_cal.<=,
    OPERATOR 3 vigo_cal.=,
    OPERATOR 4 vigo_cal.>=,
    OPERATOR 5 vigo_cal.>,
    FUNCTION 1 vigo_cal.schoolyear_cmp(vigo_cal.schoolyear, vigo_cal.schoolyear),
    FUNCTION 2 vigo_cal.schoolyear_sortsupport(internal);

CREATE OPERATOR CLASS vigo_cal.schoolyear_hash_ops
  DEFAULT FOR TYPE vigo_cal.schoolyear USING hash AS
    OPERATOR 1 vigo_cal.=,
    FUNCTION 1 vigo_cal.schoolyear_hash(vigo_cal.schoolyear),
    FUNCTION 2 vigo_cal.schoolyear_hash_extended(vigo_cal.schoolyear, bigint);

-- Arithmetic in whole school years.
CREATE FUNCTION vigo_cal.schoolyear_pl_int(vigo_cal.schoolyear, integer) RETURNS vigo_cal.schoolyear
  AS 'MODULE_PATHNAME', 'schoolyear_pl_int' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vigo_cal.schoolyear_mi_int(vigo_cal.schoolyear, integer) RETURNS vigo_cal.schoolyear
  AS 'MODULE_PATHNAME', 'schoolyear_mi_int' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vigo_cal.schoolyear_mi(vigo_cal.schoolyear, vigo_cal.schoolyear) RETURNS integer
  AS 'int4mi' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR vigo_cal.+ (
  LEFTARG = vigo_cal.schoolyear, RIGHTARG = integer, FUNCTION = vigo_cal.schoolyear_pl_int
);
CREATE OPERATOR vigo_cal.- (
  LEFTARG = vigo_cal.schoolyear, RIGHTARG = integer, FUNCTION = vigo_cal.schoolyear_mi_int
);
CREATE OPERATOR vigo_cal.- (
  LEFTARG = vigo_cal.schoolyear, RIGHTARG = vigo_cal.schoolyear, FUNCTION = vigo_cal.schoolyear_mi
);
COMMENT ON FUNCTION vigo_cal.schoolyear_pl_int(vigo_cal.schoolyear, integer) IS
  'the school year n years later';
COMMENT ON FUNCTION vigo_cal.schoolyear_mi_int(vigo_cal.schoolyear, integer) IS
  'the school year n years earlier';
COMMENT ON FUNCTION vigo_cal.schoolyear_mi(vigo_cal.schoolyear, vigo_cal.schoolyear) IS
  'the number of school years from the second to the first';

-- Conversions.
CREATE FUNCTION vigo_cal.schoolyear(integer) RETURNS vigo_cal.schoolyear
  AS 'MODULE_PATHNAME', 'schoolyear_from_int' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.schoolyear(integer) IS
  'the school year that starts on 1 August of the given year';
CREATE FUNCTION vigo_cal.start_year(vigo_cal.schoolyear) RETURNS integer
  AS 'int4up' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION vigo_cal.start_year(vigo_cal.schoolyear) IS
  'the calendar year in which the school year starts';
CREATE CAST (integer AS vigo_cal.schoolyear) WITH FUNCTION vigo_cal.schoolyear(integer);
CREATE CAST (vigo_cal.schoolyear AS integer) WITH FUNCTION vigo_cal.start_year(vigo_cal.schoolyear);

CREATE FUNCTION vigo_cal.schoolyear(date) RETURNS vigo_cal.schoolyear
  AS 'MODULE_PATHNAME', 'schoolyear_from_date' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.schoolyear(date) IS
  'the school year that holds the day (a school year starts on 1 August)';

CREATE FUNCTION vigo_cal.first_day(vigo_cal.schoolyear) RETURNS date
  AS 'MODULE_PATHNAME', 'schoolyear_first_day' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.first_day(vigo_cal.schoolyear) IS
  'the first day of the school year, 1 August';
CREATE FUNCTION vigo_cal.last_day(vigo_cal.schoolyear) RETURNS date
  AS 'MODULE_PATHNAME', 'schoolyear_last_day' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.last_day(vigo_cal.schoolyear) IS
  'the last day of the school year, 31 July';

CREATE FUNCTION vigo_cal.daterange(vigo_cal.schoolyear) RETURNS daterange
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
  AS $$ SELECT pg_catalog.daterange(vigo_cal.first_day($1), vigo_cal.last_day($1), '[]') $$;
COMMENT ON FUNCTION vigo_cal.daterange(vigo_cal.schoolyear) IS
  'the days of the school year, 1 August to 31 July';

CREATE FUNCTION vigo_cal.contains(vigo_cal.schoolyear, date) RETURNS boolean
  AS 'MODULE_PATHNAME', 'schoolyear_contains' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.contains(vigo_cal.schoolyear, date) IS
  'does the school year hold the day?';
CREATE FUNCTION vigo_cal.contained_by(date, vigo_cal.schoolyear) RETURNS boolean
  AS 'MODULE_PATHNAME', 'schoolyear_contained_by' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.contained_by(date, vigo_cal.schoolyear) IS
  'is the day in the school year?';

CREATE OPERATOR vigo_cal.@> (
  LEFTARG = vigo_cal.schoolyear, RIGHTARG = date, FUNCTION = vigo_cal.contains,
  COMMUTATOR = OPERATOR(vigo_cal.<@)
);
CREATE OPERATOR vigo_cal.<@ (
  LEFTARG = date, RIGHTARG = vigo_cal.schoolyear, FUNCTION = vigo_cal.contained_by,
  COMMUTATOR = OPERATOR(vigo_cal.@>)
);

-- Comments on the functions behind the operators and operator classes.
COMMENT ON FUNCTION vigo_cal.schoolyear_in(cstring) IS 'text input of schoolyear';
COMMENT ON FUNCTION vigo_cal.schoolyear_out(vigo_cal.schoolyear) IS 'text output of schoolyear';
COMMENT ON FUNCTION vigo_cal.schoolyear_recv(internal) IS 'binary input of schoolyear (int4 start year)';
COMMENT ON FUNCTION vigo_cal.schoolyear_send(vigo_cal.schoolyear) IS 'binary output of schoolyear (int4 start year)';
COMMENT ON FUNCTION vigo_cal.schoolyear_eq(vigo_cal.schoolyear, vigo_cal.schoolyear) IS 'implementation of = for schoolyear';
COMMENT ON FUNCTION vigo_cal.schoolyear_ne(vigo_cal.schoolyear, vigo_cal.schoolyear) IS 'implementation of <> for schoolyear';
COMMENT ON FUNCTION vigo_cal.schoolyear_lt(vigo_cal.schoolyear, vigo_cal.schoolyear) IS 'implementation of < for schoolyear';
COMMENT ON FUNCTION vigo_cal.schoolyear_le(vigo_cal.schoolyear, vigo_cal.schoolyear) IS 'implementation of <= for schoolyear';
COMMENT ON FUNCTION vigo_cal.schoolyear_gt(vigo_cal.schoolyear, vigo_cal.schoolyear) IS 'implementation of > for schoolyear';
COMMENT ON FUNCTION vigo_cal.schoolyear_ge(vigo_cal.schoolyear, vigo_cal.schoolyear) IS 'implementation of >= for schoolyear';
COMMENT ON FUNCTION vigo_cal.schoolyear_cmp(vigo_cal.schoolyear, vigo_cal.schoolyear) IS 'btree comparison of schoolyear';
COMMENT ON FUNCTION vigo_cal.schoolyear_sortsupport(internal) IS 'btree sort support of schoolyear';
COMMENT ON FUNCTION vigo_cal.schoolyear_hash(vigo_cal.schoolyear) IS 'hash of schoolyear';
COMMENT ON FUNCTION vigo_cal.schoolyear_hash_extended(vigo_cal.schoolyear, bigint) IS 'seeded 64-bit hash of schoolyear';
COMMENT ON OPERATOR vigo_cal.= (vigo_cal.schoolyear, vigo_cal.schoolyear) IS 'equal';
COMMENT ON OPERATOR vigo_cal.<> (vigo_cal.schoolyear, vigo_cal.schoolyear) IS 'not equal';
COMMENT ON OPERATOR vigo_cal.< (vigo_cal.schoolyear, vigo_cal.schoolyear) IS 'earlier than';
COMMENT ON OPERATOR vigo_cal.<= (vigo_cal.schoolyear, vigo_cal.schoolyear) IS 'earlier than or equal';
COMMENT ON OPERATOR vigo_cal.> (vigo_cal.schoolyear, vigo_cal.schoolyear) IS 'later than';
COMMENT ON OPERATOR vigo_cal.>= (vigo_cal.schoolyear, vigo_cal.schoolyear) IS 'later than or equal';
COMMENT ON OPERATOR vigo_cal.+ (vigo_cal.schoolyear, integer) IS 'school year n years later';
COMMENT ON OPERATOR vigo_cal.- (vigo_cal.schoolyear, integer) IS 'school year n years earlier';
COMMENT ON OPERATOR vigo_cal.- (vigo_cal.schoolyear, vigo_cal.schoolyear) IS 'school years between';
COMMENT ON OPERATOR vigo_cal.@> (vigo_cal.schoolyear, date) IS 'school year holds day';
COMMENT ON OPERATOR vigo_cal.<@ (date, vigo_cal.schoolyear) IS 'day is in school year';

-- min and max, for GROUP BY reports.
CREATE FUNCTION vigo_cal.schoolyear_smaller(vigo_cal.schoolyear, vigo_cal.schoolyear) RETURNS vigo_cal.schoolyear
  AS 'int4smaller' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vigo_cal.schoolyear_larger(vigo_cal.schoolyear, vigo_cal.schoolyear) RETURNS vigo_cal.schoolyear
  AS 'int4larger' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.schoolyear_smaller(vigo_cal.schoolyear, vigo_cal.schoolyear) IS 'the earlier of two school years';
COMMENT ON FUNCTION vigo_cal.schoolyear_larger(vigo_cal.schoolyear, vigo_cal.schoolyear) IS 'the later of two school years';
CREATE AGGREGATE vigo_cal.min(vigo_cal.schoolyear) (
  SFUNC = vigo_cal.schoolyear_smaller, STYPE = vigo_cal.schoolyear,
  COMBINEFUNC = vigo_cal.schoolyear_smaller, SORTOP = OPERATOR(vigo_cal.<), PARALLEL = SAFE
);
CREATE AGGREGATE vigo_cal.max(vigo_cal.schoolyear) (
  SFUNC = vigo_cal.schoolyear_larger, STYPE = vigo_cal.schoolyear,
  COMBINEFUNC = vigo_cal.schoolyear_larger, SORTOP = OPERATOR(vigo_cal.>), PARALLEL = SAFE
);
COMMENT ON AGGREGATE vigo_cal.min(vigo_cal.schoolyear) IS 'the earliest school year';
COMMENT ON AGGREGATE vigo_cal.max(vigo_cal.schoolyear) IS 'the latest school year';

-- @replaceable: everything below is CREATE OR REPLACE; upgrade scripts rerun it.

-- ---------------------------------------------------------------------
-- Norwegian days: "today" and the day of an instant are taken in
-- Europe/Oslo, whatever the session's TimeZone
-- ---------------------------------------------------------------------

-- Today in Oslo: the day of the transaction's start, as now() is.
-- The setting vigo_cal.today, when set, stands in for the clock: a report
-- (or a test) as of a day, in every view that asks for today.
CREATE OR REPLACE FUNCTION vigo_cal.today() RETURNS date
  LANGUAGE sql STABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  AS $$ SELECT coalesce(nullif(pg_catalog.current_setting('vigo_cal.today', true), '')::date,
                        (pg_catalog.now() AT TIME ZONE 'Europe/Oslo')::date) $$;
COMMENT ON FUNCTION vigo_cal.today() IS
  'today in Norway: the Europe/Oslo date of now() (the start of the transaction), whatever the session''s TimeZone, or the day the setting vigo_cal.today names; STABLE, it reads the clock';

-- The Oslo day of an instant.  IMMUTABLE as PostgreSQL's own
-- timezone(text, timestamptz) is: the answer depends on the argument and
-- on the time zone rules the server was built with, nothing else.
CREATE OR REPLACE FUNCTION vigo_cal.oslo_date(instant timestamptz) RETURNS date
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  AS $$ SELECT (instant AT TIME ZONE 'Europe/Oslo')::date $$;
COMMENT ON FUNCTION vigo_cal.oslo_date(timestamptz) IS
  'the day an instant falls on in Norway (Europe/Oslo), whatever the session''s TimeZone: 2026-09-24 22:30+00 is 2026-09-25; IMMUTABLE like timezone(text, timestamptz), given the server''s time zone data';

CREATE OR REPLACE FUNCTION vigo_cal.current_schoolyear() RETURNS vigo_cal.schoolyear
  LANGUAGE sql STABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  AS $$ SELECT vigo_cal.schoolyear(vigo_cal.today()) $$;
COMMENT ON FUNCTION vigo_cal.current_schoolyear() IS
  'the school year of today in Norway (vigo_cal.today(), the Europe/Oslo date), whatever the session''s TimeZone';
-- The words of the calendar: Norwegian month and weekday names, full and
-- abbreviated, and the date labels of the årshjul (15.jul, 07. september).
-- All of them come from the C core (src/core/words.c), the one place
-- these words are spelled; the rule language, the templates and the
-- calendar views use the same table.  They name any finite date (they do
-- not check the range of the calendar functions); an infinite date gives
-- NULL.

-- @replaceable: everything below is CREATE OR REPLACE; upgrade scripts rerun it.

CREATE OR REPLACE FUNCTION vigo_cal.month_name(month integer) RETURNS text
  AS 'MODULE_PATHNAME', 'words_month_name' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.month_name(integer) IS 'the Norwegian name of a month, 1-12 (januar ... desember)';

CREATE OR REPLACE FUNCTION vigo_cal.month_name(month integer, abbreviated boolean) RETURNS text
  AS 'MODULE_PATHNAME', 'words_month_name' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.month_name(integer, boolean) IS
  'the Norwegian name of a month, 1-12, in full (juli) or abbreviated as the printed årshjul does (jul, mai, sep); NULL outside 1-12';

CREATE OR REPLACE FUNCTION vigo_cal.weekday_name(day date) RETURNS text
  AS 'MODULE_PATHNAME', 'words_weekday_of_date' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.weekday_name(date) IS 'the Norwegian name of the day''s weekday (mandag ... søndag)';

CREATE OR REPLACE FUNCTION vigo_cal.weekday_name(isodow integer, abbreviated boolean) RETURNS text
  AS 'MODULE_PATHNAME', 'words_weekday_name' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.weekday_name(integer, boolean) IS
  'the Norwegian name of an ISO weekday, 1 = Monday to 7 = Sunday, in full (tirsdag) or abbreviated as rules write it (tir); NULL outside 1-7';

CREATE OR REPLACE FUNCTION vigo_cal.norwegian_date(day date, with_year boolean DEFAULT false) RETURNS text
  AS 'MODULE_PATHNAME', 'words_long_date' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.norwegian_date(date, boolean) IS
  'a date as the årshjul writes it in text: 07. september (with_year: 17. juli 2023)';

CREATE OR REPLACE FUNCTION vigo_cal.date_label(day date) RETURNS text
  AS 'MODULE_PATHNAME', 'words_date_label' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.date_label(date) IS
  'a day as the date cell of the printed årshjul writes it: 15.jul, 02.okt';

CREATE OR REPLACE FUNCTION vigo_cal.holiday_label(kind text) RETURNS text
  AS 'MODULE_PATHNAME', 'words_school_holiday_label' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.holiday_label(text) IS
  'the Norwegian name of a school holiday kind: hostferie -> Høstferie, paaskeferie -> Påskeferie, annet -> Skolefri';
-- The isoweek type: an ISO 8601 week, held by value as the day number of
-- its Monday, so that weeks compare, hash and sort with PostgreSQL's int4
-- functions.

CREATE TYPE vigo_cal.isoweek;

CREATE FUNCTION vigo_cal.isoweek_in(cstring) RETURNS vigo_cal.isoweek
  AS 'MODULE_PATHNAME', 'isoweek_in' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vigo_cal.isoweek_out(vigo_cal.isoweek) RETURNS cstring
  AS 'MODULE_PATHNAME', 'isoweek_out' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vigo_cal.isoweek_recv(internal) RETURNS vigo_cal.isoweek
  AS 'MODULE_PATHNAME', 'isoweek_recv' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vigo_cal.isoweek_send(vigo_cal.isoweek) RETURNS bytea
  AS 'MODULE_PATHNAME', 'isoweek_send' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE vigo_cal.isoweek (
  INPUT = vigo_cal.isoweek_in,
  OUTPUT = vigo_cal.isoweek_out,
  RECEIVE = vigo_cal.isoweek_recv,
  SEND = vigo_cal.isoweek_send,
  INTERNALLENGTH = 4,
  PASSEDBYVALUE,
  ALIGNMENT = int4,
  STORAGE = plain
);
COMMENT ON TYPE vigo_cal.isoweek IS
  'ISO 8601 week, written 2023-W40 (also 2023W40, uke 40 2023, week 40 2023)';

CREATE FUNCTION vigo_cal.isoweek_eq(vigo_cal.isoweek, vigo_cal.isoweek) RETURNS boolean
  AS 'int4eq' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION vigo_cal.isoweek_ne(vigo_cal.isoweek, vigo_cal.isoweek) RETURNS boolean
  AS 'int4ne' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION vigo_cal.isoweek_lt(vigo_cal.isoweek, vigo_cal.isoweek) RETURNS boolean
  AS 'int4lt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION vigo_cal.isoweek_le(vigo_cal.isoweek, vigo_cal.isoweek) RETURNS boolean
  AS 'int4le' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION vigo_cal.isoweek_gt(vigo_cal.isoweek, vigo_cal.isoweek) RETURNS boolean
  AS 'int4gt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION vigo_cal.isoweek_ge(vigo_cal.isoweek, vigo_cal.isoweek) RETURNS boolean
  AS 'int4ge' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION vigo_cal.isoweek_cmp(vigo_cal.isoweek, vigo_cal.isoweek) RETURNS integer
  AS 'btint4cmp' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION vigo_cal.isoweek_sortsupport(internal) RETURNS void
  AS 'btint4sortsupport' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vigo_cal.isoweek_hash(vigo_cal.isoweek) RETURNS integer
  AS 'hashint4' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION vigo_cal.isoweek_hash_extended(vigo_cal.isoweek, bigint) RETURNS bigint
  AS 'hashint4extended' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE OPERATOR vigo_cal.= (
  LEFTARG = vigo_cal.isoweek, RIGHTARG = vigo_cal.isoweek,
  FUNCTION = vigo_cal.isoweek_eq,
  COMMUTATOR = OPERATOR(vigo_cal.=), NEGATOR = OPERATOR(vigo_cal.<>),
  RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
);
CREATE OPERATOR vigo_cal.<> (
  LEFTARG = vigo_cal.isoweek, RIGHTARG = vigo_cal.isoweek,
  FUNCTION = vigo_cal.isoweek_ne,
  COMMUTATOR = OPERATOR(vigo_cal.<>), NEGATOR = OPERATOR(vigo_cal.=),
  RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR vigo_cal.< (
  LEFTARG = vigo_cal.isoweek, RIGHTARG = vigo_cal.isoweek,
  FUNCTION = vigo_cal.isoweek_lt,
  COMMUTATOR = OPERATOR(vigo_cal.>), NEGATOR = OPERATOR(vigo_cal.>=),
  RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR vigo_cal.<= (
  LEFTARG = vigo_cal.isoweek, RIGHTARG = vigo_cal.isoweek,
  FUNCTION = vigo_cal.isoweek_le,
  COMMUTATOR = OPERATOR(vigo_cal.>=), NEGATOR = OPERATOR(vigo_cal.>),
  RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
CREATE OPERATOR vigo_cal.> (
  LEFTARG = vigo_cal.isoweek, RIGHTARG = vigo_cal.isoweek,
  FUNCTION = vigo_cal.isoweek_gt,
  COMMUTATOR = OPERATOR(vigo_cal.<), NEGATOR = OPERATOR(vigo_cal.<=),
  RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
CREATE OPERATOR vigo_cal.>= (
  LEFTARG = vigo_cal.isoweek, RIGHTARG = vigo_cal.isoweek,
  FUNCTION = vigo_cal.isoweek_ge,
  COMMUTATOR = OPERATOR(vigo_cal.<=), NEGATOR = OPERATOR(vigo_cal.<),
  RESTRICT = scalargesel, JOIN = scalargejoinsel
);

CREATE OPERATOR CLASS vigo_cal.isoweek_ops
  DEFAULT FOR TYPE vigo_cal.isoweek USING btree AS
    OPERATOR 1 vigo_cal.<,
    OPERATOR 2 vigo_cal.<=,
    OPERATOR 3 vigo_cal.=,
    OPERATOR 4 vigo_cal.>=,
    OPERATOR 5 vigo_cal.>,
    FUNCTION 1 vigo_cal.isoweek_cmp(vigo_cal.isoweek, vigo_cal.isoweek),
    FUNCTION 2 vigo_cal.isoweek_sortsupport(internal);

CREATE OPERATOR CLASS vigo_cal.isoweek_hash_ops
  DEFAULT FOR TYPE vigo_cal.isoweek USING hash AS
    OPERATOR 1 vigo_cal.=,
    FUNCTION 1 vigo_cal.isoweek_hash(vigo_cal.isoweek),
    FUNCTION 2 vigo_cal.isoweek_hash_extended(vigo_cal.isoweek, bigint);

-- Arithmetic in whole weeks.
CREATE FUNCTION vigo_cal.isoweek_pl_int(vigo_cal.isoweek, integer) RETURNS vigo_cal.isoweek
  AS 'MODULE_PATHNAME', 'isoweek_pl_int' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vigo_cal.isoweek_mi_int(vigo_cal.isoweek, integer) RETURNS vigo_cal.isoweek
  AS 'MODULE_PATHNAME', 'isoweek_mi_int' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vigo_cal.isoweek_mi(vigo_cal.isoweek, vigo_cal.isoweek) RETURNS integer
  AS 'MODULE_PATHNAME', 'isoweek_mi' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR vigo_cal.+ (
  LEFTARG = vigo_cal.isoweek, RIGHTARG = integer, FUNCTION = vigo_cal.isoweek_pl_int
);
CREATE OPERATOR vigo_cal.- (
  LEFTARG = vigo_cal.isoweek, RIGHTARG = integer, FUNCTION = vigo_cal.isoweek_mi_int
);
CREATE OPERATOR vigo_cal.- (
  LEFTARG = vigo_cal.isoweek, RIGHTARG = vigo_cal.isoweek, FUNCTION = vigo_cal.isoweek_mi
);

-- Constructors and parts.
CREATE FUNCTION vigo_cal.isoweek(date) RETURNS vigo_cal.isoweek
  AS 'MODULE_PATHNAME', 'isoweek_from_date' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.isoweek(date) IS 'the ISO week that holds the day';
CREATE FUNCTION vigo_cal.isoweek(year integer, week integer) RETURNS vigo_cal.isoweek
  AS 'MODULE_PATHNAME', 'isoweek_make' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.isoweek(integer, integer) IS
  'week number week of ISO year year; an error if the year has no such week';
CREATE FUNCTION vigo_cal.monday(vigo_cal.isoweek) RETURNS date
  AS 'MODULE_PATHNAME', 'isoweek_monday' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.monday(vigo_cal.isoweek) IS 'the Monday that starts the week';
CREATE FUNCTION vigo_cal.isoweek_year(vigo_cal.isoweek) RETURNS integer
  AS 'MODULE_PATHNAME', 'isoweek_year' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.isoweek_year(vigo_cal.isoweek) IS
  'the ISO year of the week (the calendar year of its Thursday)';
CREATE FUNCTION vigo_cal.isoweek_week(vigo_cal.isoweek) RETURNS integer
  AS 'MODULE_PATHNAME', 'isoweek_week' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.isoweek_week(vigo_cal.isoweek) IS 'the week number, 1 to 53';
CREATE FUNCTION vigo_cal.daterange(vigo_cal.isoweek) RETURNS daterange
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
  AS $$ SELECT pg_catalog.daterange(vigo_cal.monday($1), vigo_cal.monday($1) + 7, '[)') $$;
COMMENT ON FUNCTION vigo_cal.daterange(vigo_cal.isoweek) IS
  'the days of the week, Monday to Sunday';

CREATE FUNCTION vigo_cal.contains(vigo_cal.isoweek, date) RETURNS boolean
  AS 'MODULE_PATHNAME', 'isoweek_contains' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.contains(vigo_cal.isoweek, date) IS
  'is the day in the week (Monday to Sunday)?';
CREATE FUNCTION vigo_cal.contained_by(date, vigo_cal.isoweek) RETURNS boolean
  AS 'MODULE_PATHNAME', 'isoweek_contained_by' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.contained_by(date, vigo_cal.isoweek) IS
  'is the day in the week (Monday to Sunday)?';
CREATE OPERATOR vigo_cal.@> (
  LEFTARG = vigo_cal.isoweek, RIGHTARG = date, FUNCTION = vigo_cal.contains,
  COMMUTATOR = OPERATOR(vigo_cal.<@)
);
CREATE OPERATOR vigo_cal.<@ (
  LEFTARG = date, RIGHTARG = vigo_cal.isoweek, FUNCTION = vigo_cal.contained_by,
  COMMUTATOR = OPERATOR(vigo_cal.@>)
);

COMMENT ON FUNCTION vigo_cal.isoweek_in(cstring) IS 'text input of isoweek';
COMMENT ON FUNCTION vigo_cal.isoweek_out(vigo_cal.isoweek) IS 'text output of isoweek';
COMMENT ON FUNCTION vigo_cal.isoweek_recv(internal) IS 'binary input of isoweek (int4 ISO year, int4 week)';
COMMENT ON FUNCTION vigo_cal.isoweek_send(vigo_cal.isoweek) IS 'binary output of isoweek (int4 ISO year, int4 week)';
COMMENT ON FUNCTION vigo_cal.isoweek_eq(vigo_cal.isoweek, vigo_cal.isoweek) IS 'implementation of = for isoweek';
COMMENT ON FUNCTION vigo_cal.isoweek_ne(vigo_cal.isoweek, vigo_cal.isoweek) IS 'implementation of <> for isoweek';
COMMENT ON FUNCTION vigo_cal.isoweek_lt(vigo_cal.isoweek, vigo_cal.isoweek) IS 'implementation of < for isoweek';
COMMENT ON FUNCTION vigo_cal.isoweek_le(vigo_cal.isoweek, vigo_cal.isoweek) IS 'implementation of <= for isoweek';
COMMENT ON FUNCTION vigo_cal.isoweek_gt(vigo_cal.isoweek, vigo_cal.isoweek) IS 'implementation of > for isoweek';
COMMENT ON FUNCTION vigo_cal.isoweek_ge(vigo_cal.isoweek, vigo_cal.isoweek) IS 'implementation of >= for isoweek';
COMMENT ON FUNCTION vigo_cal.isoweek_cmp(vigo_cal.isoweek, vigo_cal.isoweek) IS 'btree comparison of isoweek';
COMMENT ON FUNCTION vigo_cal.isoweek_sortsupport(internal) IS 'btree sort support of isoweek';
COMMENT ON FUNCTION vigo_cal.isoweek_hash(vigo_cal.isoweek) IS 'hash of isoweek';
COMMENT ON FUNCTION vigo_cal.isoweek_hash_extended(vigo_cal.isoweek, bigint) IS 'seeded 64-bit hash of isoweek';
COMMENT ON FUNCTION vigo_cal.isoweek_pl_int(vigo_cal.isoweek, integer) IS 'the week n weeks later';
COMMENT ON FUNCTION vigo_cal.isoweek_mi_int(vigo_cal.isoweek, integer) IS 'the week n weeks earlier';
COMMENT ON FUNCTION vigo_cal.isoweek_mi(vigo_cal.isoweek, vigo_cal.isoweek) IS 'the number of weeks from the second to the first';
COMMENT ON OPERATOR vigo_cal.= (vigo_cal.isoweek, vigo_cal.isoweek) IS 'equal';
COMMENT ON OPERATOR vigo_cal.<> (vigo_cal.isoweek, vigo_cal.isoweek) IS 'not equal';
COMMENT ON OPERATOR vigo_cal.< (vigo_cal.isoweek, vigo_cal.isoweek) IS 'earlier than';
COMMENT ON OPERATOR vigo_cal.<= (vigo_cal.isoweek, vigo_cal.isoweek) IS 'earlier than or equal';
COMMENT ON OPERATOR vigo_cal.> (vigo_cal.isoweek, vigo_cal.isoweek) IS 'later than';
COMMENT ON OPERATOR vigo_cal.>= (vigo_cal.isoweek, vigo_cal.isoweek) IS 'later than or equal';
COMMENT ON OPERATOR vigo_cal.+ (vigo_cal.isoweek, integer) IS 'week n weeks later';
COMMENT ON OPERATOR vigo_cal.- (vigo_cal.isoweek, integer) IS 'week n weeks earlier';
COMMENT ON OPERATOR vigo_cal.- (vigo_cal.isoweek, vigo_cal.isoweek) IS 'weeks between';
COMMENT ON OPERATOR vigo_cal.@> (vigo_cal.isoweek, date) IS 'week holds day';
COMMENT ON OPERATOR vigo_cal.<@ (date, vigo_cal.isoweek) IS 'day is in week';

-- min and max, for GROUP BY reports.
CREATE FUNCTION vigo_cal.isoweek_smaller(vigo_cal.isoweek, vigo_cal.isoweek) RETURNS vigo_cal.isoweek
  AS 'int4smaller' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vigo_cal.isoweek_larger(vigo_cal.isoweek, vigo_cal.isoweek) RETURNS vigo_cal.isoweek
  AS 'int4larger' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.isoweek_smaller(vigo_cal.isoweek, vigo_cal.isoweek) IS 'the earlier of two weeks';
COMMENT ON FUNCTION vigo_cal.isoweek_larger(vigo_cal.isoweek, vigo_cal.isoweek) IS 'the later of two weeks';
CREATE AGGREGATE vigo_cal.min(vigo_cal.isoweek) (
  SFUNC = vigo_cal.isoweek_smaller, STYPE = vigo_cal.isoweek,
  COMBINEFUNC = vigo_cal.isoweek_smaller, SORTOP = OPERATOR(vigo_cal.<), PARALLEL = SAFE
);
CREATE AGGREGATE vigo_cal.max(vigo_cal.isoweek) (
  SFUNC = vigo_cal.isoweek_larger, STYPE = vigo_cal.isoweek,
  COMBINEFUNC = vigo_cal.isoweek_larger, SORTOP = OPERATOR(vigo_cal.>), PARALLEL = SAFE
);
COMMENT ON AGGREGATE vigo_cal.min(vigo_cal.isoweek) IS 'the earliest week';
COMMENT ON AGGREGATE vigo_cal.max(vigo_cal.isoweek) IS 'the latest week';
-- Easter, Norwegian public holidays and working days.  A working day
-- (virkedag) is Monday to Friday and not a public holiday.  All of these
-- work on dates from 1583-01-01 to 9999-12-31 and raise SQLSTATE 22008
-- outside that range (infinity included).

-- @replaceable: everything below is CREATE OR REPLACE; upgrade scripts rerun it.

CREATE OR REPLACE FUNCTION vigo_cal.easter_sunday(year integer) RETURNS date
  AS 'MODULE_PATHNAME', 'holiday_easter_sunday' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.easter_sunday(integer) IS
  'Easter Sunday (første påskedag) of a year, Gregorian computus, 1583 to 9999';

CREATE OR REPLACE FUNCTION vigo_cal.public_holidays(year integer)
  RETURNS TABLE (day date, name text)
  AS 'MODULE_PATHNAME', 'holiday_list_year'
  LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE ROWS 12;
COMMENT ON FUNCTION vigo_cal.public_holidays(integer) IS
  'the Norwegian public holidays of a year, one row per day in date order; a day that is two holidays has both names joined by " og "';

CREATE OR REPLACE FUNCTION vigo_cal.public_holidays(from_date date, to_date date)
  RETURNS TABLE (day date, name text)
  AS 'MODULE_PATHNAME', 'holiday_list_between'
  LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE ROWS 12;
COMMENT ON FUNCTION vigo_cal.public_holidays(date, date) IS
  'the Norwegian public holidays from from_date to to_date, both included, one row per day';

CREATE OR REPLACE FUNCTION vigo_cal.is_public_holiday(date) RETURNS boolean
  AS 'MODULE_PATHNAME', 'holiday_is_public_holiday' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.is_public_holiday(date) IS
  'is the day a Norwegian public holiday (helligdag or offentlig høytidsdag)?';

CREATE OR REPLACE FUNCTION vigo_cal.is_business_day(date) RETURNS boolean
  AS 'MODULE_PATHNAME', 'busday_is_business_day' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.is_business_day(date) IS
  'is the day a working day: Monday to Friday and not a public holiday?';

CREATE OR REPLACE FUNCTION vigo_cal.add_business_days(d date, n integer, roll text DEFAULT 'forward')
  RETURNS date
  AS 'MODULE_PATHNAME', 'busday_add' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.add_business_days(date, integer, text) IS
  'n working days from d, as numpy.busday_offset: a day off is first rolled to a working day (roll: forward/following, backward/preceding, modifiedfollowing, modifiedpreceding, raise, nat = NULL)';

CREATE OR REPLACE FUNCTION vigo_cal.business_days_between(a date, b date) RETURNS integer
  AS 'MODULE_PATHNAME', 'busday_between' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.business_days_between(date, date) IS
  'working days in [a, b), negative when b is before a, as numpy.busday_count';

CREATE OR REPLACE FUNCTION vigo_cal.next_business_day(date) RETURNS date
  AS 'MODULE_PATHNAME', 'busday_next' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.next_business_day(date) IS
  'the first working day on or after the day';

CREATE OR REPLACE FUNCTION vigo_cal.previous_business_day(date) RETURNS date
  AS 'MODULE_PATHNAME', 'busday_previous' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.previous_business_day(date) IS
  'the last working day on or before the day';
-- The rule type: a recurring date inside a school year's cycle, written
-- the way the årshjul writes dates ("15.jul", "uke 41 ons-fre",
-- "1. tirsdag i juli", "ssb_resultat_vgs_1 + 1 virkedag").  The grammar
-- is in doc/rules.md.

CREATE TYPE vigo_cal.rule;

CREATE FUNCTION vigo_cal.rule_in(cstring) RETURNS vigo_cal.rule
  AS 'MODULE_PATHNAME', 'rule_in' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vigo_cal.rule_out(vigo_cal.rule) RETURNS cstring
  AS 'MODULE_PATHNAME', 'rule_out' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vigo_cal.rule_recv(internal) RETURNS vigo_cal.rule
  AS 'MODULE_PATHNAME', 'rule_recv' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vigo_cal.rule_send(vigo_cal.rule) RETURNS bytea
  AS 'MODULE_PATHNAME', 'rule_send' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE vigo_cal.rule (
  INPUT = vigo_cal.rule_in,
  OUTPUT = vigo_cal.rule_out,
  RECEIVE = vigo_cal.rule_recv,
  SEND = vigo_cal.rule_send,
  INTERNALLENGTH = VARIABLE,
  STORAGE = main
);
COMMENT ON TYPE vigo_cal.rule IS
  'recurring date of the årshjul, e.g. 15.07, uke 41 ons-fre, 1. tirsdag i juli, ssb_resultat_vgs_1 + 1 virkedag';

CREATE FUNCTION vigo_cal.rule_eq(vigo_cal.rule, vigo_cal.rule) RETURNS boolean
  AS 'MODULE_PATHNAME', 'rule_eq' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION vigo_cal.rule_ne(vigo_cal.rule, vigo_cal.rule) RETURNS boolean
  AS 'MODULE_PATHNAME', 'rule_ne' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION vigo_cal.rule_lt(vigo_cal.rule, vigo_cal.rule) RETURNS boolean
  AS 'MODULE_PATHNAME', 'rule_lt' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION vigo_cal.rule_le(vigo_cal.rule, vigo_cal.rule) RETURNS boolean
  AS 'MODULE_PATHNAME', 'rule_le' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION vigo_cal.rule_gt(vigo_cal.rule, vigo_cal.rule) RETURNS boolean
  AS 'MODULE_PATHNAME', 'rule_gt' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION vigo_cal.rule_ge(vigo_cal.rule, vigo_cal.rule) RETURNS boolean
  AS 'MODULE_PATHNAME', 'rule_ge' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION vigo_cal.rule_cmp(vigo_cal.rule, vigo_cal.rule) RETURNS integer
  AS 'MODULE_PATHNAME', 'rule_cmp' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION vigo_cal.rule_hash(vigo_cal.rule) RETURNS integer
  AS 'MODULE_PATHNAME', 'rule_hash' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION vigo_cal.rule_hash_extended(vigo_cal.rule, bigint) RETURNS bigint
  AS 'MODULE_PATHNAME', 'rule_hash_extended' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE OPERATOR vigo_cal.= (
  LEFTARG = vigo_cal.rule, RIGHTARG = vigo_cal.rule, FUNCTION = vigo_cal.rule_eq,
  COMMUTATOR = OPERATOR(vigo_cal.=), NEGATOR = OPERATOR(vigo_cal.<>),
  RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
);
CREATE OPERATOR vigo_cal.<> (
  LEFTARG = vigo_cal.rule, RIGHTARG = vigo_cal.rule, FUNCTION = vigo_cal.rule_ne,
  COMMUTATOR = OPERATOR(vigo_cal.<>), NEGATOR = OPERATOR(vigo_cal.=),
  RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR vigo_cal.< (
  LEFTARG = vigo_cal.rule, RIGHTARG = vigo_cal.rule, FUNCTION = vigo_cal.rule_lt,
  COMMUTATOR = OPERATOR(vigo_cal.>), NEGATOR = OPERATOR(vigo_cal.>=),
  RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR vigo_cal.<= (
  LEFTARG = vigo_cal.rule, RIGHTARG = vigo_cal.rule, FUNCTION = vigo_cal.rule_le,
  COMMUTATOR = OPERATOR(vigo_cal.>=), NEGATOR = OPERATOR(vigo_cal.>),
  RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
CREATE OPERATOR vigo_cal.> (
  LEFTARG = vigo_cal.rule, RIGHTARG = vigo_cal.rule, FUNCTION = vigo_cal.rule_gt,
  COMMUTATOR = OPERATOR(vigo_cal.<), NEGATOR = OPERATOR(vigo_cal.<=),
  RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
CREATE OPERATOR vigo_cal.>= (
  LEFTARG = vigo_cal.rule, RIGHTARG = vigo_cal.rule, FUNCTION = vigo_cal.rule_ge,
  COMMUTATOR = OPERATOR(vigo_cal.<=), NEGATOR = OPERATOR(vigo_cal.<),
  RESTRICT = scalargesel, JOIN = scalargejoinsel
);

CREATE OPERATOR CLASS vigo_cal.rule_ops
  DEFAULT FOR TYPE vigo_cal.rule USING btree AS
    OPERATOR 1 vigo_cal.<,
    OPERATOR 2 vigo_cal.<=,
    OPERATOR 3 vigo_cal.=,
    OPERATOR 4 vigo_cal.>=,
    OPERATOR 5 vigo_cal.>,
    FUNCTION 1 vigo_cal.rule_cmp(vigo_cal.rule, vigo_cal.rule);

CREATE OPERATOR CLASS vigo_cal.rule_hash_ops
  DEFAULT FOR TYPE vigo_cal.rule USING hash AS
    OPERATOR 1 vigo_cal.=,
    FUNCTION 1 vigo_cal.rule_hash(vigo_cal.rule),
    FUNCTION 2 vigo_cal.rule_hash_extended(vigo_cal.rule, bigint);

-- Resolution.
CREATE FUNCTION vigo_cal.resolve(r vigo_cal.rule, school_year vigo_cal.schoolyear) RETURNS date
  AS 'MODULE_PATHNAME', 'rule_resolve' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.resolve(vigo_cal.rule, vigo_cal.schoolyear) IS
  'the date the rule gives in the school year (the first day, for a week or a span)';
CREATE FUNCTION vigo_cal.resolve(r vigo_cal.rule, school_year vigo_cal.schoolyear, anchor date) RETURNS date
  AS 'MODULE_PATHNAME', 'rule_resolve_anchor' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.resolve(vigo_cal.rule, vigo_cal.schoolyear, date) IS
  'the date the rule gives in the school year, counting from anchor when the rule names an event';
CREATE FUNCTION vigo_cal.resolve_range(r vigo_cal.rule, school_year vigo_cal.schoolyear) RETURNS daterange
  AS 'MODULE_PATHNAME', 'rule_resolve_range' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.resolve_range(vigo_cal.rule, vigo_cal.schoolyear) IS
  'all the days the rule gives in the school year (Monday to Friday of a week, both ends of a span)';
CREATE FUNCTION vigo_cal.resolve_range(r vigo_cal.rule, school_year vigo_cal.schoolyear, anchor date) RETURNS daterange
  AS 'MODULE_PATHNAME', 'rule_resolve_range_anchor' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.resolve_range(vigo_cal.rule, vigo_cal.schoolyear, date) IS
  'all the days the rule gives in the school year, counting from anchor when the rule names an event';
CREATE FUNCTION vigo_cal.rule_reference(vigo_cal.rule) RETURNS text
  AS 'MODULE_PATHNAME', 'rule_reference' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.rule_reference(vigo_cal.rule) IS
  'the key of the event the rule counts from, or NULL';

COMMENT ON FUNCTION vigo_cal.rule_in(cstring) IS 'text input of rule';
COMMENT ON FUNCTION vigo_cal.rule_out(vigo_cal.rule) IS 'text output of rule (canonical Norwegian)';
COMMENT ON FUNCTION vigo_cal.rule_recv(internal) IS 'binary input of rule (format-version byte, then fields)';
COMMENT ON FUNCTION vigo_cal.rule_send(vigo_cal.rule) IS 'binary output of rule (format-version byte, then fields)';
COMMENT ON FUNCTION vigo_cal.rule_eq(vigo_cal.rule, vigo_cal.rule) IS 'implementation of = for rule';
COMMENT ON FUNCTION vigo_cal.rule_ne(vigo_cal.rule, vigo_cal.rule) IS 'implementation of <> for rule';
COMMENT ON FUNCTION vigo_cal.rule_lt(vigo_cal.rule, vigo_cal.rule) IS 'implementation of < for rule';
COMMENT ON FUNCTION vigo_cal.rule_le(vigo_cal.rule, vigo_cal.rule) IS 'implementation of <= for rule';
COMMENT ON FUNCTION vigo_cal.rule_gt(vigo_cal.rule, vigo_cal.rule) IS 'implementation of > for rule';
COMMENT ON FUNCTION vigo_cal.rule_ge(vigo_cal.rule, vigo_cal.rule) IS 'implementation of >= for rule';
COMMENT ON FUNCTION vigo_cal.rule_cmp(vigo_cal.rule, vigo_cal.rule) IS 'btree comparison of rule (a stable order of the binary form)';
COMMENT ON FUNCTION vigo_cal.rule_hash(vigo_cal.rule) IS 'hash of rule';
COMMENT ON FUNCTION vigo_cal.rule_hash_extended(vigo_cal.rule, bigint) IS 'seeded 64-bit hash of rule';
COMMENT ON OPERATOR vigo_cal.= (vigo_cal.rule, vigo_cal.rule) IS 'same rule';
COMMENT ON OPERATOR vigo_cal.<> (vigo_cal.rule, vigo_cal.rule) IS 'different rule';
COMMENT ON OPERATOR vigo_cal.< (vigo_cal.rule, vigo_cal.rule) IS 'sorts before';
COMMENT ON OPERATOR vigo_cal.<= (vigo_cal.rule, vigo_cal.rule) IS 'sorts before or equal';
COMMENT ON OPERATOR vigo_cal.> (vigo_cal.rule, vigo_cal.rule) IS 'sorts after';
COMMENT ON OPERATOR vigo_cal.>= (vigo_cal.rule, vigo_cal.rule) IS 'sorts after or equal';

CREATE FUNCTION vigo_cal.occurrence_range(r vigo_cal.rule, school_year vigo_cal.schoolyear, anchor date)
  RETURNS daterange
  AS 'MODULE_PATHNAME', 'rule_occurrence_range' LANGUAGE c IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.occurrence_range(vigo_cal.rule, vigo_cal.schoolyear, date) IS
  'like resolve_range, but NULL when the rule gives no date that year (29.02, uke 53, no anchor, or outside 1583-9999) instead of an error';
CREATE FUNCTION vigo_cal.rule_kind(vigo_cal.rule) RETURNS text
  AS 'MODULE_PATHNAME', 'rule_kind' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.rule_kind(vigo_cal.rule) IS
  'what the rule starts from: day, span, month, week, nth_weekday or reference';
CREATE FUNCTION vigo_cal.rule_offsets(vigo_cal.rule) RETURNS integer
  AS 'MODULE_PATHNAME', 'rule_offsets' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.rule_offsets(vigo_cal.rule) IS
  'how many offsets and rolls follow the rule''s anchor (0 for a plain day, week, ...)';
-- The schedule model: who, what, when, and which edition printed it.
--
-- Every table is user-editable and registered with pg_extension_config_dump.
-- Column "origin" tells the rows the extension ships ('vigo_cal') from the
-- rows users add ('user') or change ('changed'): pg_dump keeps the latter
-- two, and a restore merges a changed shipped row back over the shipped one
-- (trigger vigo_cal.keep_user_changes).

-- Keep user changes to shipped rows across pg_dump/restore.  On UPDATE of a
-- shipped row, mark it 'changed' so that it is dumped.  On INSERT of a
-- 'changed' row whose key a shipped row already has (a restore), update
-- that row instead.  TG_ARGV: the key columns.
CREATE FUNCTION vigo_cal.keep_user_changes() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
DECLARE
  keys text[] := TG_ARGV;
  cols text;
  key_match text;
  found_key boolean;
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF OLD.origin = 'vigo_cal' AND NEW.origin = 'vigo_cal' AND NEW IS DISTINCT FROM OLD THEN
      NEW.origin := 'changed';
    END IF;
    RETURN NEW;
  END IF;
  IF NEW.origin <> 'changed' THEN
    RETURN NEW;
  END IF;
  SELECT string_agg(format('t.%1$I IS NOT DISTINCT FROM ($1).%1$I', k), ' AND ')
    INTO key_match FROM unnest(keys) AS k;
  EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I.%I t WHERE %s AND t.origin = ''vigo_cal'')',
                 TG_TABLE_SCHEMA, TG_TABLE_NAME, key_match)
    INTO found_key USING NEW;
  IF NOT found_key THEN
    RETURN NEW;
  END IF;
  SELECT string_agg(format('%1$I = ($1).%1$I', a.attname), ', ')
    INTO cols
    FROM pg_attribute a
   WHERE a.attrelid = TG_RELID AND a.attnum > 0 AND NOT a.attisdropped
     AND a.attgenerated = '';
  EXECUTE format('UPDATE %I.%I t SET %s WHERE %s', TG_TABLE_SCHEMA, TG_TABLE_NAME, cols, key_match)
    USING NEW;
  RETURN NULL;
END $$;
COMMENT ON FUNCTION vigo_cal.keep_user_changes() IS
  'trigger: marks changed shipped rows so pg_dump keeps them, and merges them back on restore';

-- ---------------------------------------------------------------------
-- Parties and categories
-- ---------------------------------------------------------------------
CREATE TABLE vigo_cal.party (
  party_key text PRIMARY KEY CHECK (party_key ~ '^[a-z][a-z0-9_]*$'),
  name text NOT NULL UNIQUE,
  description text,
  origin text NOT NULL DEFAULT 'user' CHECK (origin IN ('vigo_cal', 'user', 'changed'))
);
COMMENT ON TABLE vigo_cal.party IS 'who sends and who receives: VIGO (IST), Udir, SSB, Lånekassen, the counties, ...';
COMMENT ON COLUMN vigo_cal.party.party_key IS 'stable key, lower case';
COMMENT ON COLUMN vigo_cal.party.name IS 'the name as the årshjul prints it';
COMMENT ON COLUMN vigo_cal.party.description IS 'what the party is';
COMMENT ON COLUMN vigo_cal.party.origin IS 'vigo_cal: shipped with the extension; user: added; changed: a shipped row a user changed';

CREATE TABLE vigo_cal.category (
  category_key text PRIMARY KEY CHECK (category_key ~ '^[a-z][a-z0-9_]*$'),
  label text NOT NULL,
  color text NOT NULL CHECK (color ~ '^#[0-9a-f]{6}$'),
  sort_order integer NOT NULL DEFAULT 100,
  origin text NOT NULL DEFAULT 'user' CHECK (origin IN ('vigo_cal', 'user', 'changed'))
);
COMMENT ON TABLE vigo_cal.category IS 'the colour codes of the årshjul, with a colour for dashboards';
COMMENT ON COLUMN vigo_cal.category.category_key IS 'stable key, lower case';
COMMENT ON COLUMN vigo_cal.category.label IS 'the Norwegian label of the colour legend';
COMMENT ON COLUMN vigo_cal.category.color IS 'the colour as #rrggbb';
COMMENT ON COLUMN vigo_cal.category.sort_order IS 'order of the legend';
COMMENT ON COLUMN vigo_cal.category.origin IS 'vigo_cal: shipped with the extension; user: added; changed: a shipped row a user changed';

-- ---------------------------------------------------------------------
-- Events
-- ---------------------------------------------------------------------
CREATE TABLE vigo_cal.event (
  event_key text PRIMARY KEY CHECK (event_key ~ '^[a-z][a-z0-9_]*$' AND length(event_key) <= 63),
  title text NOT NULL,
  comment text,
  from_party text REFERENCES vigo_cal.party ON UPDATE CASCADE,
  to_party text REFERENCES vigo_cal.party ON UPDATE CASCADE,
  category text NOT NULL REFERENCES vigo_cal.category ON UPDATE CASCADE,
  vigo_report text,
  rule vigo_cal.rule NOT NULL,
  county_deadline vigo_cal.rule,
  recurrence text CHECK (recurrence IN ('monthly')),
  recur_until vigo_cal.rule,
  tentative boolean NOT NULL DEFAULT false,
  first_school_year vigo_cal.schoolyear,
  last_school_year vigo_cal.schoolyear,
  origin text NOT NULL DEFAULT 'user' CHECK (origin IN ('vigo_cal', 'user', 'changed')),
  -- after origin: 0.3.0 adds the column with ALTER TABLE, which appends it
  fixed_date boolean NOT NULL DEFAULT false,
  CHECK (first_school_year IS NULL OR last_school_year IS NULL
         OR first_school_year OPERATOR(vigo_cal.<=) last_school_year),
  CHECK ((recurrence IS NULL) = (recur_until IS NULL)),
  CHECK (county_deadline IS NULL OR vigo_cal.rule_reference(county_deadline) = event_key)
);
COMMENT ON TABLE vigo_cal.event IS 'the duties of the årshjul: one row per recurring event, with the rule that dates it in any school year';
COMMENT ON COLUMN vigo_cal.event.event_key IS 'stable key; other rules refer to the event by it';
COMMENT ON COLUMN vigo_cal.event.title IS 'what is due (the Hva column), a template: see doc/schedule.md';
COMMENT ON COLUMN vigo_cal.event.comment IS 'the Kommentar column, a template';
COMMENT ON COLUMN vigo_cal.event.from_party IS 'who delivers (Fra)';
COMMENT ON COLUMN vigo_cal.event.to_party IS 'who receives (Til)';
COMMENT ON COLUMN vigo_cal.event.category IS 'the colour code';
COMMENT ON COLUMN vigo_cal.event.vigo_report IS 'VIGO report or screen, e.g. 5A001 - Oppdater elev fra søker';
COMMENT ON COLUMN vigo_cal.event.rule IS 'when it falls due in a school year';
COMMENT ON COLUMN vigo_cal.event.county_deadline IS 'when the counties must have registered in VIGO, as a rule counting from the event itself (e.g. <event_key> - 1 dag)';
COMMENT ON COLUMN vigo_cal.event.recurrence IS 'monthly: falls due again every month after the first occurrence, until recur_until';
COMMENT ON COLUMN vigo_cal.event.recur_until IS 'last day of a recurring event in the school year';
COMMENT ON COLUMN vigo_cal.event.tentative IS 'the date may move ("Dato for uttrekket kan bli noe justert", "Med forbehold om endringer")';
COMMENT ON COLUMN vigo_cal.event.first_school_year IS 'first school year the event applies to (NULL: always)';
COMMENT ON COLUMN vigo_cal.event.last_school_year IS 'last school year the event applies to (NULL: still in force)';
COMMENT ON COLUMN vigo_cal.event.origin IS 'vigo_cal: shipped with the extension; user: added; changed: a shipped row a user changed';
COMMENT ON COLUMN vigo_cal.event.fixed_date IS
  'true: the date is fixed by law or by a system (15 July deliveries, 14 July hovedinntak, 30 June grades, 31 July), or a county registration deadline kept on the day before its delivery as the edition prints it (its last working day is shown beside it), and is kept on a Saturday, Sunday or public holiday on purpose; false: the date is meant to be a working day (every shipped rule gives one), and a monthly repeat that is not one moves to the next working day';

CREATE TABLE vigo_cal.event_override (
  event_key text NOT NULL REFERENCES vigo_cal.event ON UPDATE CASCADE ON DELETE CASCADE,
  school_year vigo_cal.schoolyear NOT NULL,
  occurrence integer NOT NULL DEFAULT 1 CHECK (occurrence >= 1),
  due_date date,
  due_end date,
  reason text NOT NULL CHECK (reason <> ''),
  origin text NOT NULL DEFAULT 'user' CHECK (origin IN ('vigo_cal', 'user', 'changed')),
  PRIMARY KEY (event_key, school_year, occurrence),
  CHECK (due_end IS NULL OR due_end >= due_date)
);
COMMENT ON TABLE vigo_cal.event_override IS 'a date that is not what the rule gives, for one occurrence in one school year (due_date NULL: no occurrence that year)';
COMMENT ON COLUMN vigo_cal.event_override.event_key IS 'the event';
COMMENT ON COLUMN vigo_cal.event_override.school_year IS 'the school year of the occurrence';
COMMENT ON COLUMN vigo_cal.event_override.occurrence IS 'which occurrence, for a recurring event (1 = the first)';
COMMENT ON COLUMN vigo_cal.event_override.due_date IS 'the date that year, or NULL to cancel the occurrence';
COMMENT ON COLUMN vigo_cal.event_override.due_end IS 'the last day, for a span (NULL: one day)';
COMMENT ON COLUMN vigo_cal.event_override.reason IS 'why the date differs from the rule, in one line';
COMMENT ON COLUMN vigo_cal.event_override.origin IS 'vigo_cal: shipped with the extension; user: added; changed: a shipped row a user changed';

CREATE TABLE vigo_cal.event_link (
  event_key text NOT NULL REFERENCES vigo_cal.event ON UPDATE CASCADE ON DELETE CASCADE,
  other_key text NOT NULL REFERENCES vigo_cal.event ON UPDATE CASCADE ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('see_also', 'runs_before', 'feedback_on')),
  note text,
  origin text NOT NULL DEFAULT 'user' CHECK (origin IN ('vigo_cal', 'user', 'changed')),
  PRIMARY KEY (event_key, other_key, kind),
  CHECK (event_key <> other_key)
);
COMMENT ON TABLE vigo_cal.event_link IS 'links between events: see_also, runs_before (the VIGO job order), feedback_on';
COMMENT ON COLUMN vigo_cal.event_link.event_key IS 'the event';
COMMENT ON COLUMN vigo_cal.event_link.other_key IS 'the event it is linked to';
COMMENT ON COLUMN vigo_cal.event_link.kind IS 'see_also; runs_before: event_key must come before other_key; feedback_on: event_key is feedback on other_key';
COMMENT ON COLUMN vigo_cal.event_link.note IS 'where the link comes from';
COMMENT ON COLUMN vigo_cal.event_link.origin IS 'vigo_cal: shipped with the extension; user: added; changed: a shipped row a user changed';

-- ---------------------------------------------------------------------
-- Editions: what was published, with the dates as printed
-- ---------------------------------------------------------------------
CREATE TABLE vigo_cal.edition (
  school_year vigo_cal.schoolyear PRIMARY KEY,
  published date NOT NULL,
  title text NOT NULL,
  source text NOT NULL,
  origin text NOT NULL DEFAULT 'user' CHECK (origin IN ('vigo_cal', 'user', 'changed'))
);
COMMENT ON TABLE vigo_cal.edition IS 'published editions of the årshjul';
COMMENT ON COLUMN vigo_cal.edition.school_year IS 'the school year the edition is for';
COMMENT ON COLUMN vigo_cal.edition.published IS 'the date it is "pr." (as of)';
COMMENT ON COLUMN vigo_cal.edition.title IS 'the title as printed';
COMMENT ON COLUMN vigo_cal.edition.source IS 'where the text comes from';
COMMENT ON COLUMN vigo_cal.edition.origin IS 'vigo_cal: shipped with the extension; user: added; changed: a shipped row a user changed';

CREATE TABLE vigo_cal.edition_entry (
  school_year vigo_cal.schoolyear NOT NULL REFERENCES vigo_cal.edition ON UPDATE CASCADE ON DELETE CASCADE,
  entry text NOT NULL,
  event_key text NOT NULL REFERENCES vigo_cal.event ON UPDATE CASCADE,
  occurrence_year vigo_cal.schoolyear NOT NULL,
  occurrence integer NOT NULL DEFAULT 1,
  month_heading text NOT NULL,
  date_text text,
  printed_date date,
  printed_end date,
  origin text NOT NULL DEFAULT 'user' CHECK (origin IN ('vigo_cal', 'user', 'changed')),
  PRIMARY KEY (school_year, entry)
);
COMMENT ON TABLE vigo_cal.edition_entry IS 'the entries of a published edition, with the dates as printed';
COMMENT ON COLUMN vigo_cal.edition_entry.school_year IS 'the edition';
COMMENT ON COLUMN vigo_cal.edition_entry.entry IS 'the entry''s id in the edition (e1, e2, ...)';
COMMENT ON COLUMN vigo_cal.edition_entry.event_key IS 'the event the entry is an occurrence of';
COMMENT ON COLUMN vigo_cal.edition_entry.occurrence_year IS 'the school year of the occurrence (July rows belong to the year before; week 31 rows in August to the year after)';
COMMENT ON COLUMN vigo_cal.edition_entry.occurrence IS 'which occurrence of a recurring event';
COMMENT ON COLUMN vigo_cal.edition_entry.month_heading IS 'the month heading the entry is printed under';
COMMENT ON COLUMN vigo_cal.edition_entry.date_text IS 'the date cell as printed';
COMMENT ON COLUMN vigo_cal.edition_entry.printed_date IS 'the printed date (first day of a week or span); NULL if the entry has none';
COMMENT ON COLUMN vigo_cal.edition_entry.printed_end IS 'the last printed day of a span or week';
COMMENT ON COLUMN vigo_cal.edition_entry.origin IS 'vigo_cal: shipped with the extension; user: added; changed: a shipped row a user changed';

-- Triggers and pg_dump registration for every table.
CREATE TRIGGER keep_user_changes BEFORE INSERT OR UPDATE ON vigo_cal.party
  FOR EACH ROW EXECUTE FUNCTION vigo_cal.keep_user_changes('party_key');
CREATE TRIGGER keep_user_changes BEFORE INSERT OR UPDATE ON vigo_cal.category
  FOR EACH ROW EXECUTE FUNCTION vigo_cal.keep_user_changes('category_key');
CREATE TRIGGER keep_user_changes BEFORE INSERT OR UPDATE ON vigo_cal.event
  FOR EACH ROW EXECUTE FUNCTION vigo_cal.keep_user_changes('event_key');
CREATE TRIGGER keep_user_changes BEFORE INSERT OR UPDATE ON vigo_cal.event_override
  FOR EACH ROW EXECUTE FUNCTION vigo_cal.keep_user_changes('event_key', 'school_year', 'occurrence');
CREATE TRIGGER keep_user_changes BEFORE INSERT OR UPDATE ON vigo_cal.event_link
  FOR EACH ROW EXECUTE FUNCTION vigo_cal.keep_user_changes('event_key', 'other_key', 'kind');
CREATE TRIGGER keep_user_changes BEFORE INSERT OR UPDATE ON vigo_cal.edition
  FOR EACH ROW EXECUTE FUNCTION vigo_cal.keep_user_changes('school_year');
CREATE TRIGGER keep_user_changes BEFORE INSERT OR UPDATE ON vigo_cal.edition_entry
  FOR EACH ROW EXECUTE FUNCTION vigo_cal.keep_user_changes('school_year', 'entry');

SELECT pg_catalog.pg_extension_config_dump('vigo_cal.party', 'WHERE origin <> ''vigo_cal''');
SELECT pg_catalog.pg_extension_config_dump('vigo_cal.category', 'WHERE origin <> ''vigo_cal''');
SELECT pg_catalog.pg_extension_config_dump('vigo_cal.event', 'WHERE origin <> ''vigo_cal''');
SELECT pg_catalog.pg_extension_config_dump('vigo_cal.event_override', 'WHERE origin <> ''vigo_cal''');
SELECT pg_catalog.pg_extension_config_dump('vigo_cal.event_link', 'WHERE origin <> ''vigo_cal''');
SELECT pg_catalog.pg_extension_config_dump('vigo_cal.edition', 'WHERE origin <> ''vigo_cal''');
SELECT pg_catalog.pg_extension_config_dump('vigo_cal.edition_entry', 'WHERE origin <> ''vigo_cal''');
-- Counties, the regions school holidays are given for, and the holidays
-- themselves: the tables and the functions that look them up.  The rows are
-- in 70_data_counties.sql and 72_data_school_holidays.sql.

-- ---------------------------------------------------------------------
-- Counties, regions and school holidays
-- ---------------------------------------------------------------------
CREATE TABLE vigo_cal.county (
  county_number text PRIMARY KEY CHECK (county_number ~ '^[0-9]{2}$'),
  name text NOT NULL,
  valid_from date NOT NULL,
  valid_to date,
  successors text[],
  origin text NOT NULL DEFAULT 'user' CHECK (origin IN ('vigo_cal', 'user', 'changed')),
  CHECK (valid_to IS NULL OR valid_to > valid_from)
);
COMMENT ON TABLE vigo_cal.county IS 'counties (fylker) with their numbers, through the reforms of 2020 and 2024';
COMMENT ON COLUMN vigo_cal.county.county_number IS 'the two-digit county number';
COMMENT ON COLUMN vigo_cal.county.name IS 'the county''s name';
COMMENT ON COLUMN vigo_cal.county.valid_from IS 'first day the county exists';
COMMENT ON COLUMN vigo_cal.county.valid_to IS 'first day it no longer exists (NULL: still exists)';
COMMENT ON COLUMN vigo_cal.county.successors IS 'the counties it was split into or merged into';
COMMENT ON COLUMN vigo_cal.county.origin IS 'vigo_cal: shipped with the extension; user: added; changed: a shipped row a user changed';

CREATE TABLE vigo_cal.region (
  region_key text PRIMARY KEY CHECK (region_key ~ '^[a-z][a-z0-9_]*$'),
  name text NOT NULL UNIQUE,
  origin text NOT NULL DEFAULT 'user' CHECK (origin IN ('vigo_cal', 'user', 'changed'))
);
COMMENT ON TABLE vigo_cal.region IS 'the areas school holidays are given for: a county, or part of one ("Vestland (tidl. Hordaland)")';
COMMENT ON COLUMN vigo_cal.region.region_key IS 'stable key';
COMMENT ON COLUMN vigo_cal.region.name IS 'the name as the årshjul prints it';
COMMENT ON COLUMN vigo_cal.region.origin IS 'vigo_cal: shipped with the extension; user: added; changed: a shipped row a user changed';

CREATE TABLE vigo_cal.region_county (
  region_key text NOT NULL REFERENCES vigo_cal.region ON UPDATE CASCADE ON DELETE CASCADE,
  county_number text NOT NULL REFERENCES vigo_cal.county ON UPDATE CASCADE,
  origin text NOT NULL DEFAULT 'user' CHECK (origin IN ('vigo_cal', 'user', 'changed')),
  partial boolean NOT NULL DEFAULT false,
  PRIMARY KEY (region_key, county_number)
);
COMMENT ON TABLE vigo_cal.region_county IS 'which counties, old and new, a region lies in';
COMMENT ON COLUMN vigo_cal.region_county.region_key IS 'the region';
COMMENT ON COLUMN vigo_cal.region_county.county_number IS 'a county it lies in';
COMMENT ON COLUMN vigo_cal.region_county.origin IS 'vigo_cal: shipped with the extension; user: added; changed: a shipped row a user changed';
COMMENT ON COLUMN vigo_cal.region_county.partial IS
  'true: the region is only a part of the county, one that sets its own holidays (Vestland (tidl. Hordaland) in Vestland); false: it covers the whole county';

CREATE TABLE vigo_cal.school_holiday (
  region_key text NOT NULL REFERENCES vigo_cal.region ON UPDATE CASCADE ON DELETE CASCADE,
  school_year vigo_cal.schoolyear NOT NULL,
  kind text NOT NULL CHECK (kind IN ('hostferie', 'vinterferie', 'juleferie', 'paaskeferie', 'sommerferie', 'annet')),
  rule vigo_cal.rule NOT NULL,
  tentative boolean NOT NULL DEFAULT false,
  note text,
  origin text NOT NULL DEFAULT 'user' CHECK (origin IN ('vigo_cal', 'user', 'changed')),
  source text,
  source_kind text CHECK (source_kind IN ('edition', 'county', 'school', 'municipality')),
  one_off boolean NOT NULL DEFAULT false,
  PRIMARY KEY (region_key, school_year, kind)
);
COMMENT ON TABLE vigo_cal.school_holiday IS 'school holidays per region and school year, as week rules (uke 40, uke 41 ons-fre); years without a row are projected by all_school_holidays';
COMMENT ON COLUMN vigo_cal.school_holiday.region_key IS 'the region';
COMMENT ON COLUMN vigo_cal.school_holiday.school_year IS 'the school year';
COMMENT ON COLUMN vigo_cal.school_holiday.kind IS 'hostferie, vinterferie, ...';
COMMENT ON COLUMN vigo_cal.school_holiday.rule IS 'the days, as a rule';
COMMENT ON COLUMN vigo_cal.school_holiday.tentative IS 'the days may still change: printed "Med forbehold om endringer", or taken from a municipal page or inferred (the note says why)';
COMMENT ON COLUMN vigo_cal.school_holiday.note IS 'a note: what the source says, and why the row is tentative';
COMMENT ON COLUMN vigo_cal.school_holiday.origin IS 'vigo_cal: shipped with the extension; user: added; changed: a shipped row a user changed';
COMMENT ON COLUMN vigo_cal.school_holiday.source IS 'where the days come from: the page''s title and its address';
COMMENT ON COLUMN vigo_cal.school_holiday.source_kind IS
  'what the source is: edition (the printed 2023-2024 årshjul), county (the county''s own skolerute), school (a school''s page), municipality (a municipal skolerute, the last resort)';
COMMENT ON COLUMN vigo_cal.school_holiday.one_off IS
  'true: that year departs from the region''s usual week (moved for an early Easter, say), so later years are not projected from it';

-- Triggers and pg_dump registration.
CREATE TRIGGER keep_user_changes BEFORE INSERT OR UPDATE ON vigo_cal.county
  FOR EACH ROW EXECUTE FUNCTION vigo_cal.keep_user_changes('county_number');
CREATE TRIGGER keep_user_changes BEFORE INSERT OR UPDATE ON vigo_cal.region
  FOR EACH ROW EXECUTE FUNCTION vigo_cal.keep_user_changes('region_key');
CREATE TRIGGER keep_user_changes BEFORE INSERT OR UPDATE ON vigo_cal.region_county
  FOR EACH ROW EXECUTE FUNCTION vigo_cal.keep_user_changes('region_key', 'county_number');
CREATE TRIGGER keep_user_changes BEFORE INSERT OR UPDATE ON vigo_cal.school_holiday
  FOR EACH ROW EXECUTE FUNCTION vigo_cal.keep_user_changes('region_key', 'school_year', 'kind');

SELECT pg_catalog.pg_extension_config_dump('vigo_cal.county', 'WHERE origin <> ''vigo_cal''');
SELECT pg_catalog.pg_extension_config_dump('vigo_cal.region', 'WHERE origin <> ''vigo_cal''');
SELECT pg_catalog.pg_extension_config_dump('vigo_cal.region_county', 'WHERE origin <> ''vigo_cal''');
SELECT pg_catalog.pg_extension_config_dump('vigo_cal.school_holiday', 'WHERE origin <> ''vigo_cal''');

-- @replaceable: everything below is CREATE OR REPLACE; upgrade scripts rerun it.


-- The county numbers a county given by number or name (old or new) means.
CREATE OR REPLACE FUNCTION vigo_cal.county_numbers(county text) RETURNS text[]
  LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
DECLARE
  found text[];
BEGIN
  SELECT array_agg(c.county_number ORDER BY c.county_number) INTO found
    FROM vigo_cal.county c
   -- a number of one or two digits (3 is 03); anything longer is no county number
   WHERE c.county_number = CASE WHEN btrim(county) ~ '^[0-9]{1,2}$' THEN lpad(btrim(county), 2, '0') END
      OR lower(c.name) = lower(btrim(county));
  IF found IS NULL THEN
    RAISE EXCEPTION 'unknown county: "%"', county
      USING ERRCODE = 'invalid_parameter_value',
            HINT = 'Counties: ' || (SELECT string_agg(c.county_number || ' ' || c.name, ', ' ORDER BY c.county_number)
                                      FROM vigo_cal.county c) || '.';
  END IF;
  RETURN found;
END $$;
COMMENT ON FUNCTION vigo_cal.county_numbers(text) IS
  'the county numbers a county given by number or name, old or new, stands for; an error listing the counties if none';

-- The county numbers a county stands for in a school year: itself, and
-- where it had ended by the first day of the year, its successors (Viken
-- in 2026-2027: Viken, Østfold, Akershus and Buskerud).
CREATE OR REPLACE FUNCTION vigo_cal.county_numbers(county text, school_year vigo_cal.schoolyear) RETURNS text[]
  LANGUAGE sql STABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  WITH RECURSIVE named AS (
    SELECT c.county_number, c.valid_to, c.successors
      FROM vigo_cal.county c
     WHERE c.county_number = ANY (vigo_cal.county_numbers(county))
    UNION
    SELECT c.county_number, c.valid_to, c.successors
      FROM named n
      JOIN vigo_cal.county c ON c.county_number = ANY (n.successors)
     WHERE n.valid_to <= vigo_cal.first_day(county_numbers.school_year)
  )
  SELECT array_agg(n.county_number ORDER BY n.county_number) FROM named n
$$;
COMMENT ON FUNCTION vigo_cal.county_numbers(text, vigo_cal.schoolyear) IS
  'the county numbers a county given by number or name, old or new, stands for in a school year: itself, and the successors of one that had ended by the year''s first day';

-- Every school holiday of a school year: the year's rows of school_holiday,
-- and a projection for each county part and kind that has none.  The
-- counties in force on 1 August of the year are split into the parts that
-- set their own holidays (their partial regions, e.g. Vestland (tidl.
-- Hordaland)) or taken whole.  A row covers a part if its region is that
-- part or covers the whole county (Viken covers Akershus).  A part without
-- a covering row this year gets the rule of its latest earlier covering
-- row that is not one_off, named after the part (the county of that year,
-- never the old region), tentative and projected.
CREATE OR REPLACE FUNCTION vigo_cal.all_school_holidays(school_year vigo_cal.schoolyear)
  RETURNS TABLE (kind text, region text, days daterange, tentative boolean, projected boolean,
                 rule vigo_cal.rule, from_year vigo_cal.schoolyear, source text, source_kind text,
                 note text, region_key text, counties text[])
  LANGUAGE sql STABLE STRICT PARALLEL SAFE ROWS 40
  SET search_path = pg_catalog, vigo_cal, pg_temp
  SET jit = off
AS $$
  WITH part AS (
    SELECT c.county_number, p.region_key, p.name
      FROM vigo_cal.county c
      CROSS JOIN LATERAL (
        SELECT rc.region_key, r.name
          FROM vigo_cal.region_county rc JOIN vigo_cal.region r ON r.region_key = rc.region_key
         WHERE rc.county_number = c.county_number AND rc.partial
        UNION ALL
        -- the whole county, under the region that is the county alone
        SELECT own.region_key, coalesce(own.name, c.name)
          FROM (SELECT 1) AS one
          LEFT JOIN LATERAL (
            SELECT r.region_key, r.name
              FROM vigo_cal.region_county rc JOIN vigo_cal.region r ON r.region_key = rc.region_key
             WHERE rc.county_number = c.county_number AND NOT rc.partial
               AND NOT EXISTS (SELECT 1 FROM vigo_cal.region_county o
                                WHERE o.region_key = rc.region_key AND o.county_number <> c.county_number)
             ORDER BY r.region_key LIMIT 1) AS own ON true
         WHERE NOT EXISTS (SELECT 1 FROM vigo_cal.region_county rc
                            WHERE rc.county_number = c.county_number AND rc.partial)
      ) AS p
     WHERE c.valid_from <= vigo_cal.first_day(all_school_holidays.school_year)
       AND (c.valid_to IS NULL OR c.valid_to > vigo_cal.first_day(all_school_holidays.school_year))
  ), cover AS (
    SELECT p.county_number, p.region_key AS part_key, p.name AS part_name, r.name AS from_region,
           h.region_key, h.school_year, h.kind, h.rule, h.source, h.source_kind
      FROM part p
      JOIN vigo_cal.school_holiday h
        ON h.region_key = p.region_key
        OR EXISTS (SELECT 1 FROM vigo_cal.region_county rc
                    WHERE rc.region_key = h.region_key AND rc.county_number = p.county_number AND NOT rc.partial)
      JOIN vigo_cal.region r ON r.region_key = h.region_key
     WHERE h.school_year OPERATOR(vigo_cal.<=) all_school_holidays.school_year
       AND (h.school_year OPERATOR(vigo_cal.=) all_school_holidays.school_year OR NOT h.one_off)
  ), latest AS (
    -- per part and kind the latest covering row, the part's own first
    SELECT DISTINCT ON (c.county_number, c.part_key, c.kind) c.*
      FROM cover c
     ORDER BY c.county_number, c.part_key, c.kind, c.school_year DESC,
              c.region_key IS NOT DISTINCT FROM c.part_key DESC, c.region_key
  )
  SELECT h.kind, r.name, vigo_cal.resolve_range(h.rule, h.school_year), h.tentative, false,
         h.rule, h.school_year, h.source, h.source_kind, h.note, h.region_key,
         ARRAY(SELECT rc.county_number FROM vigo_cal.region_county rc
                WHERE rc.region_key = h.region_key ORDER BY rc.county_number)
    FROM vigo_cal.school_holiday h
    JOIN vigo_cal.region r ON r.region_key = h.region_key
   WHERE h.school_year OPERATOR(vigo_cal.=) all_school_holidays.school_year
  UNION ALL
  SELECT l.kind, l.part_name, vigo_cal.resolve_range(l.rule, all_school_holidays.school_year), true, true,
         l.rule, l.school_year, l.source, l.source_kind,
         'Forventet ut fra ' || l.school_year::text || ' (' || l.from_region || ', ' || l.rule::text
           || '): ingen skolerute registrert for ' || all_school_holidays.school_year::text || '.',
         l.part_key, ARRAY[l.county_number]
    FROM latest l
   WHERE l.school_year OPERATOR(vigo_cal.<) all_school_holidays.school_year
$$;
COMMENT ON FUNCTION vigo_cal.all_school_holidays(vigo_cal.schoolyear) IS
  'every school holiday of a school year: the rows of school_holiday, and for each county part and kind without one the rule of its latest earlier year, tentative and projected ("forventet")';

CREATE OR REPLACE FUNCTION vigo_cal.school_holidays(county text, school_year vigo_cal.schoolyear)
  RETURNS TABLE (kind text, region text, days daterange, tentative boolean,
                 first_day date, last_day date, rule vigo_cal.rule, projected boolean,
                 from_year vigo_cal.schoolyear, source text, source_kind text, note text)
  LANGUAGE sql STABLE STRICT PARALLEL SAFE ROWS 40
  SET search_path = pg_catalog, vigo_cal, pg_temp
  SET jit = off
AS $$
  SELECT h.kind, h.region, h.days, h.tentative, pg_catalog.lower(h.days), pg_catalog.upper(h.days) - 1,
         h.rule, h.projected, h.from_year, h.source, h.source_kind, h.note
    FROM vigo_cal.all_school_holidays(school_holidays.school_year) AS h
   WHERE h.counties && vigo_cal.county_numbers(county, school_holidays.school_year)
   ORDER BY pg_catalog.lower(h.days), h.region, h.kind
$$;
COMMENT ON FUNCTION vigo_cal.school_holidays(text, vigo_cal.schoolyear) IS
  'the school holidays of a county (by number or name, old or new, as it stands in that year) in a school year, per region it covers; projected ones tentative, with the year they come from';

CREATE OR REPLACE FUNCTION vigo_cal.is_school_day(day date, county text) RETURNS boolean
  LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
DECLARE
  sy vigo_cal.schoolyear := vigo_cal.schoolyear(day);
  numbers text[] := vigo_cal.county_numbers(county);
BEGIN
  IF NOT vigo_cal.is_business_day(day) THEN
    RETURN false;
  END IF;
  -- a year the occurrence store holds: its rows for the county are those of
  -- school_holidays(county, year) (62_occurrence_store.sql), read, not
  -- worked out again for every day asked
  IF pg_catalog.cardinality(numbers) = 1 AND vigo_cal.occurrence_store_covers(sy, sy)
     AND pg_catalog.has_table_privilege('vigo_cal.school_holiday_store', 'SELECT') THEN
    RETURN NOT EXISTS (SELECT 1 FROM vigo_cal.school_holiday_store h
                        WHERE h.county_number = numbers[1] AND h.school_year_text = sy::text
                          AND day BETWEEN h.first_day AND h.last_day);
  END IF;
  RETURN NOT EXISTS (SELECT 1 FROM vigo_cal.school_holidays(county, sy) AS h WHERE h.days @> day);
END $$;
COMMENT ON FUNCTION vigo_cal.is_school_day(date, text) IS
  'a working day outside the county''s school holidays (for a county split in regions: outside all of them)';

-- The calendar's school-holiday rows: one per school year, kind and ISO
-- week, from all_school_holidays (so from school_holiday, with the
-- projections), keyed <kind>_uke_<week> (2023-2024: hostferie_uke_40 ...,
-- the keys of the edition's entries).  The days are those of all its
-- regions; the rule is theirs if they share one, else the whole week.  The
-- title names the regions of that year in county order, separated by
-- commas as the edition does (so "Troms, Finnmark" is two counties), a
-- region off for part of the week with its days ("Nordland (kun 11.-13.
-- oktober)"), a projected one "(forventet)", or if all of them are,
-- "Forventet høstferie for ...".
CREATE OR REPLACE FUNCTION vigo_cal.holiday_weeks(first_year vigo_cal.schoolyear, last_year vigo_cal.schoolyear)
  RETURNS TABLE (school_year vigo_cal.schoolyear, event_key text, due_date date, due_end date,
                 rule vigo_cal.rule, title text, comment text, tentative boolean)
  LANGUAGE sql STABLE STRICT PARALLEL SAFE ROWS 40
  SET search_path = pg_catalog, vigo_cal, pg_temp
  SET jit = off
AS $$
  WITH h AS (
    SELECT y.sy, a.kind, a.region, a.rule, a.tentative, a.projected,
           pg_catalog.lower(a.days) AS d0, pg_catalog.upper(a.days) - 1 AS d1,
           pg_catalog.date_part('week', pg_catalog.lower(a.days))::integer AS week,
           (SELECT min(n) FROM pg_catalog.unnest(a.counties) AS n) AS first_county
      FROM pg_catalog.generate_series(0, last_year OPERATOR(vigo_cal.-) first_year) AS i
      CROSS JOIN LATERAL (SELECT first_year OPERATOR(vigo_cal.+) i AS sy) AS y
      CROSS JOIN LATERAL vigo_cal.all_school_holidays(y.sy) AS a
     WHERE NOT pg_catalog.isempty(a.days)
  ), notes AS (
    -- what a region's name gets in brackets: the days, if not the whole
    -- week; "forventet", if projected among published ones
    SELECT h.*,
           nullif(concat_ws(', ',
             CASE
               WHEN h.d0 = vigo_cal.monday(vigo_cal.isoweek(h.d0)) AND h.d1 = vigo_cal.monday(vigo_cal.isoweek(h.d0)) + 4
                 THEN NULL
               WHEN h.d0 = h.d1
                 THEN 'kun ' || pg_catalog.date_part('day', h.d0)::integer || '. '
                      || vigo_cal.month_name(pg_catalog.date_part('month', h.d0)::integer)
               WHEN pg_catalog.date_part('month', h.d0) = pg_catalog.date_part('month', h.d1)
                 THEN 'kun ' || pg_catalog.date_part('day', h.d0)::integer || '.-'
                      || pg_catalog.date_part('day', h.d1)::integer || '. '
                      || vigo_cal.month_name(pg_catalog.date_part('month', h.d0)::integer)
               ELSE 'kun ' || pg_catalog.date_part('day', h.d0)::integer || '. '
                    || vigo_cal.month_name(pg_catalog.date_part('month', h.d0)::integer) || '-'
                    || pg_catalog.date_part('day', h.d1)::integer || '. '
                    || vigo_cal.month_name(pg_catalog.date_part('month', h.d1)::integer)
             END,
             CASE WHEN h.projected AND NOT bool_and(h.projected) OVER w THEN 'forventet' END), '') AS aside,
           bool_and(h.projected) OVER w AS all_projected
      FROM h
    WINDOW w AS (PARTITION BY h.sy, h.kind, h.week)
  ), named AS (
    -- Nordland (kun 11.-13. oktober); Vestland (tidl. Hordaland, forventet)
    SELECT n.*,
           CASE WHEN n.aside IS NULL THEN n.region
                WHEN pg_catalog.right(n.region, 1) = ')' THEN pg_catalog.left(n.region, -1) || ', ' || n.aside || ')'
                ELSE n.region || ' (' || n.aside || ')' END AS label
      FROM notes n
  )
  SELECT n.sy, n.kind || '_uke_' || n.week, min(n.d0), max(n.d1),
         CASE WHEN count(DISTINCT n.rule) = 1 THEN (array_agg(n.rule))[1]
              ELSE ('uke ' || n.week)::vigo_cal.rule END,
         CASE WHEN bool_and(n.all_projected) THEN 'Forventet ' || lower(vigo_cal.holiday_label(n.kind))
              ELSE vigo_cal.holiday_label(n.kind) END
           || ' for ' || string_agg(n.label, ', ' ORDER BY n.first_county, n.region),
         nullif(concat_ws(' ',
           CASE WHEN bool_or(n.projected) THEN 'Forventet ut fra siste kjente skolerute, ikke publisert ennå.' END,
           CASE WHEN bool_or(n.tentative) THEN 'Med forbehold om endringer.' END), ''),
         bool_or(n.tentative)
    FROM named n
   GROUP BY n.sy, n.kind, n.week
$$;
COMMENT ON FUNCTION vigo_cal.holiday_weeks(vigo_cal.schoolyear, vigo_cal.schoolyear) IS
  'the calendar''s school-holiday rows: one per school year, kind and ISO week (event key <kind>_uke_<week>), from all_school_holidays, titled with the regions of that year; tentative when any of them is';
-- The calendar: events resolved into dated occurrences for any school
-- year, with their templates rendered, and the views and functions built
-- on it (calendar, calendar_between, arshjul, verify_edition,
-- order_violations, upcoming, school_holidays, is_school_day).

-- @replaceable: everything below is CREATE OR REPLACE; upgrade scripts rerun it.

-- ---------------------------------------------------------------------
-- Templates
-- ---------------------------------------------------------------------
CREATE OR REPLACE FUNCTION vigo_cal.render_template(template text, school_year vigo_cal.schoolyear, dates jsonb)
  RETURNS text
  AS 'MODULE_PATHNAME', 'template_render' LANGUAGE c IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.render_template(text, vigo_cal.schoolyear, jsonb) IS
  'fill in a title or comment template for a school year: {sy}, {sy-1}, {y}, {y+1}, {date:KEY}, {datey:KEY}, {day:KEY}, KEY optionally followed by rule offsets; dates maps keys to dates';

-- ---------------------------------------------------------------------
-- Occurrences: every event's dates in a range of school years
-- ---------------------------------------------------------------------

-- Raise a clear error for references to unknown events and for cycles.
CREATE OR REPLACE FUNCTION vigo_cal.check_event_references() RETURNS void
  LANGUAGE plpgsql STABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
DECLARE
  bad record;
  cycle text[];
BEGIN
  SELECT e.event_key, vigo_cal.rule_reference(e.rule) AS ref INTO bad
    FROM vigo_cal.event e
   WHERE vigo_cal.rule_reference(e.rule) IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM vigo_cal.event o WHERE o.event_key = vigo_cal.rule_reference(e.rule))
   ORDER BY e.event_key LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'event "%" counts from unknown event "%"', bad.event_key, bad.ref
      USING ERRCODE = 'foreign_key_violation',
            HINT = 'Add the event, or change the rule to name an existing event key.';
  END IF;

  WITH RECURSIVE refs AS (
    SELECT e.event_key, vigo_cal.rule_reference(e.rule) AS ref FROM vigo_cal.event e
  ), walk(start_key, cur, path) AS (
    SELECT r.event_key, r.ref, ARRAY[r.event_key] FROM refs r WHERE r.ref IS NOT NULL
    UNION ALL
    SELECT w.start_key, r.ref, w.path || w.cur
      FROM walk w JOIN refs r ON r.event_key = w.cur
     WHERE r.ref IS NOT NULL AND w.cur <> ALL (w.path)
  )
  SELECT w.path || w.cur INTO cycle FROM walk w WHERE w.cur = w.start_key
   ORDER BY w.start_key LIMIT 1;
  IF cycle IS NOT NULL THEN
    RAISE EXCEPTION 'events refer to each other in a cycle: %', array_to_string(cycle, ' -> ')
      USING ERRCODE = 'invalid_recursion',
            HINT = 'Change one of the rules so that it does not count from the others.';
  END IF;
END $$;
COMMENT ON FUNCTION vigo_cal.check_event_references() IS
  'raise an error if an event''s rule counts from an unknown event or the references form a cycle';

CREATE OR REPLACE FUNCTION vigo_cal.event_occurrences(first_year vigo_cal.schoolyear, last_year vigo_cal.schoolyear,
                                     use_overrides boolean DEFAULT true)
  RETURNS TABLE (school_year vigo_cal.schoolyear, event_key text, occurrence integer,
                 due_date date, due_end date, overridden boolean)
  LANGUAGE sql STABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  SET jit = off
AS $$
  WITH RECURSIVE years AS (
    SELECT first_year OPERATOR(vigo_cal.+) i AS sy
      FROM generate_series(0, last_year OPERATOR(vigo_cal.-) first_year) AS i
  ), ev AS (
    -- school holidays come from school_holiday (holiday_weeks, below), not
    -- from the rules of the events of their category
    SELECT e.*, vigo_cal.rule_reference(e.rule) AS ref FROM vigo_cal.event e
     WHERE e.category <> 'school_holiday'
  ), active AS (
    SELECT y.sy, ev.* FROM years y JOIN ev
        ON (ev.first_school_year IS NULL OR ev.first_school_year OPERATOR(vigo_cal.<=) y.sy)
       AND (ev.last_school_year IS NULL OR ev.last_school_year OPERATOR(vigo_cal.>=) y.sy)
  ), first_occurrence(sy, event_key, by_rule, ovr, has_ovr) AS (
    SELECT a.sy, a.event_key, vigo_cal.occurrence_range(a.rule, a.sy, NULL),
           o.ovr, o.has_ovr
      FROM active a
      CROSS JOIN LATERAL (
        SELECT CASE WHEN ov.due_date IS NULL THEN 'empty'::daterange
                    ELSE pg_catalog.daterange(ov.due_date, coalesce(ov.due_end, ov.due_date), '[]') END AS ovr,
               ov.event_key IS NOT NULL AS has_ovr
          FROM (SELECT 1) AS one
          LEFT JOIN vigo_cal.event_override ov
            ON use_overrides AND ov.event_key = a.event_key AND ov.school_year = a.sy AND ov.occurrence = 1
      ) AS o
     WHERE a.ref IS NULL
    UNION ALL
    SELECT a.sy, a.event_key,
           vigo_cal.occurrence_range(a.rule, a.sy,
             pg_catalog.lower(CASE WHEN f.has_ovr THEN f.ovr ELSE f.by_rule END)),
           (SELECT CASE WHEN ov.due_date IS NULL THEN 'empty'::daterange
                        ELSE pg_catalog.daterange(ov.due_date, coalesce(ov.due_end, ov.due_date), '[]') END
              FROM vigo_cal.event_override ov
             WHERE use_overrides AND ov.event_key = a.event_key AND ov.school_year = a.sy AND ov.occurrence = 1),
           EXISTS (SELECT 1 FROM vigo_cal.event_override ov
                    WHERE use_overrides AND ov.event_key = a.event_key AND ov.school_year = a.sy AND ov.occurrence = 1)
      FROM first_occurrence f
      JOIN active a ON a.ref = f.event_key AND a.sy OPERATOR(vigo_cal.=) f.sy
  ), firsts AS (
    SELECT f.sy, f.event_key, CASE WHEN f.has_ovr THEN f.ovr ELSE f.by_rule END AS days, f.has_ovr
      FROM first_occurrence f
  ), expanded AS (
    -- a monthly event falls due again on the same day of each following
    -- month, up to the last day its recur_until rule gives; unless the
    -- event's date is fixed, a repeat that is not a working day moves to
    -- the next working day
    SELECT f.sy, f.event_key, k + 1 AS occurrence,
           pg_catalog.daterange(m.day, m.day + (pg_catalog.upper(f.days) - pg_catalog.lower(f.days))) AS days,
           k = 0 AND f.has_ovr AS has_ovr
      FROM firsts f
      JOIN vigo_cal.event e ON e.event_key = f.event_key
      CROSS JOIN LATERAL pg_catalog.generate_series(0,
        CASE WHEN e.recurrence = 'monthly' AND NOT pg_catalog.isempty(f.days) THEN
          (SELECT coalesce(max(n), 0) FROM pg_catalog.generate_series(0, 24) AS n
            WHERE (pg_catalog.lower(f.days) + pg_catalog.make_interval(months => n))::date
                  <= pg_catalog.upper(vigo_cal.occurrence_range(e.recur_until, f.sy, pg_catalog.lower(f.days))) - 1)
        ELSE 0 END) AS k
      CROSS JOIN LATERAL (
        SELECT CASE WHEN k > 0 AND NOT e.fixed_date THEN vigo_cal.add_business_days(d.day, 0) ELSE d.day END AS day
          FROM (SELECT (pg_catalog.lower(f.days) + pg_catalog.make_interval(months => k))::date AS day) AS d
      ) AS m
     WHERE f.days IS NOT NULL AND NOT pg_catalog.isempty(f.days)
  )
  SELECT x.sy, x.event_key, x.occurrence,
         coalesce(ov.due_date, CASE WHEN ov.event_key IS NULL THEN pg_catalog.lower(x.days) END),
         CASE WHEN ov.event_key IS NOT NULL THEN coalesce(ov.due_end, ov.due_date)
              ELSE pg_catalog.upper(x.days) - 1 END,
         x.has_ovr OR ov.event_key IS NOT NULL
    FROM expanded x
    LEFT JOIN vigo_cal.event_override ov
      ON use_overrides AND x.occurrence > 1 AND ov.event_key = x.event_key
     AND ov.school_year = x.sy AND ov.occurrence = x.occurrence
   WHERE ov.event_key IS NULL OR ov.due_date IS NOT NULL
$$;
COMMENT ON FUNCTION vigo_cal.event_occurrences(vigo_cal.schoolyear, vigo_cal.schoolyear, boolean) IS
  'the dates of every occurrence of the events in a range of school years, references resolved in order (use_overrides false: the rules alone); occurrences() adds the school holiday weeks';

-- Every occurrence: the events' and the school holiday weeks'.
CREATE OR REPLACE FUNCTION vigo_cal.occurrences(first_year vigo_cal.schoolyear, last_year vigo_cal.schoolyear,
                                     use_overrides boolean DEFAULT true)
  RETURNS TABLE (school_year vigo_cal.schoolyear, event_key text, occurrence integer,
                 due_date date, due_end date, overridden boolean)
  LANGUAGE sql STABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  SET jit = off
AS $$
  SELECT * FROM vigo_cal.event_occurrences(first_year, last_year, use_overrides)
  UNION ALL
  SELECT hw.school_year, hw.event_key, 1, hw.due_date, hw.due_end, false
    FROM vigo_cal.holiday_weeks(first_year, last_year) AS hw
$$;
COMMENT ON FUNCTION vigo_cal.occurrences(vigo_cal.schoolyear, vigo_cal.schoolyear, boolean) IS
  'the dates of every event occurrence in a range of school years, references resolved in order (use_overrides false: the rules alone); school holidays from school_holiday, one per kind and ISO week (holiday_weeks)';

-- ---------------------------------------------------------------------
-- The calendar
-- ---------------------------------------------------------------------

-- The label the printed årshjul gives a date: 04.jul, uke 40, 19.jun til 21.jun.
-- A week rule reads as its weeks when it covers them Monday to Friday; one that
-- names fewer days (uke 25 ons-fre) reads as its span of days, as printed.
CREATE OR REPLACE FUNCTION vigo_cal.date_label(r vigo_cal.rule, due_date date, due_end date, overridden boolean DEFAULT false)
  RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  SELECT CASE
    WHEN due_date IS NULL THEN NULL
    WHEN NOT coalesce(overridden, false) AND r IS NOT NULL AND vigo_cal.rule_offsets(r) = 0
         AND vigo_cal.rule_kind(r) = 'week' AND extract(isodow FROM due_date) = 1
         AND extract(isodow FROM due_end) = 5 THEN r::text
    WHEN NOT coalesce(overridden, false) AND r IS NOT NULL AND vigo_cal.rule_offsets(r) = 0
         AND vigo_cal.rule_kind(r) = 'month' THEN 'I løpet av ' || vigo_cal.month_name(date_part('month', due_date)::integer)
    WHEN due_end IS NOT NULL AND due_end > due_date THEN
      vigo_cal.date_label(due_date) || ' til ' || vigo_cal.date_label(due_end)
    ELSE vigo_cal.date_label(due_date)
  END
$$;
COMMENT ON FUNCTION vigo_cal.date_label(vigo_cal.rule, date, date, boolean) IS
  'the date cell as the printed årshjul writes it: 04.jul, uke 40, uke 31/32, 19.jun til 21.jun (also for uke 25 ons-fre), I løpet av august';

CREATE OR REPLACE FUNCTION vigo_cal.calendar_between(from_date date, to_date date)
  RETURNS TABLE (school_year vigo_cal.schoolyear, event_key text, occurrence integer,
                 title text, comment text, from_party text, to_party text,
                 category text, category_color text, due_date date, due_end date,
                 county_deadline date, iso_week vigo_cal.isoweek, weekday text,
                 tentative boolean, overridden boolean, vigo_report text,
                 date_label text, rule vigo_cal.rule, last_working_day date,
                 fixed_date boolean)
  LANGUAGE plpgsql STABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  SET jit = off
AS $$
DECLARE
  first_year vigo_cal.schoolyear;
  last_year vigo_cal.schoolyear;
BEGIN
  PERFORM vigo_cal.check_event_references();
  IF from_date IS NULL OR to_date IS NULL OR from_date > to_date THEN
    RETURN;
  END IF;
  -- SQLSTATE 22008 for a day outside 1583-01-01 .. 9999-12-31, infinity too
  PERFORM vigo_cal.is_business_day(from_date), vigo_cal.is_business_day(to_date);
  -- a week-31 rule of one school year can fall in July of the one before,
  -- and July rows belong to the year before: look one year further out
  first_year := vigo_cal.schoolyear(greatest(from_date - 366, date '1583-08-01'));
  last_year := vigo_cal.schoolyear(least(to_date + 366, date '9999-07-31'));
  -- the school years stored (62_occurrence_store.sql) are read, not worked out
  IF vigo_cal.occurrence_store_covers(first_year, last_year) THEN
    RETURN QUERY
    SELECT s.school_year, s.event_key, s.occurrence, s.title, s.comment, s.from_party, s.to_party,
           s.category, s.category_color, s.due_date, s.due_end, s.county_deadline, s.iso_week,
           s.weekday, s.tentative, s.overridden, s.vigo_report, s.date_label, s.rule,
           s.last_working_day, s.fixed_date
      FROM vigo_cal.occurrence_store s
     WHERE s.school_year OPERATOR(vigo_cal.>=) first_year AND s.school_year OPERATOR(vigo_cal.<=) last_year
       AND s.due_date <= to_date AND coalesce(s.due_end, s.due_date) >= from_date
     ORDER BY s.due_date, s.event_key, s.occurrence;
    RETURN;
  END IF;
  RETURN QUERY
  WITH hw AS MATERIALIZED (
    -- a school holiday week lies inside its school year (weeks 31-53 and
    -- 1-30), so only the years the range touches are worked out
    SELECT * FROM vigo_cal.holiday_weeks(vigo_cal.schoolyear(greatest(from_date, date '1583-08-01')),
                                         vigo_cal.schoolyear(least(to_date + 7, date '9999-07-31')))
  ), occ AS (
    SELECT * FROM vigo_cal.event_occurrences(first_year, last_year, true)
    UNION ALL
    SELECT hw.school_year, hw.event_key, 1, hw.due_date, hw.due_end, false FROM hw
  ), dates AS (
    SELECT y.sy,
           jsonb_object_agg(e.event_key, o.due_date) AS map
      FROM (SELECT DISTINCT o2.school_year AS sy FROM occ o2) AS y
      CROSS JOIN vigo_cal.event e
      LEFT JOIN occ o ON o.event_key = e.event_key AND o.school_year OPERATOR(vigo_cal.=) y.sy
                     AND o.occurrence = 1
     GROUP BY y.sy
  ), rows AS (
    SELECT o.*, e.title AS title_t, e.comment AS comment_t, e.from_party AS fp, e.to_party AS tp,
           e.category AS cat, e.tentative AS tent, e.vigo_report AS report, e.rule AS r,
           e.fixed_date AS fixed,
           CASE WHEN e.county_deadline IS NOT NULL THEN
             lower(vigo_cal.occurrence_range(e.county_deadline, o.school_year, o.due_date)) END AS deadline
      FROM occ o JOIN vigo_cal.event e ON e.event_key = o.event_key
     WHERE o.due_date <= to_date AND coalesce(o.due_end, o.due_date) >= from_date
       AND e.category <> 'school_holiday'
    UNION ALL
    -- school holidays: one row per kind and ISO week, from school_holiday
    -- (their text is no template: a brace is a brace)
    SELECT hw.school_year, hw.event_key, 1, hw.due_date, hw.due_end, false,
           replace(hw.title, '{', '{{'), replace(hw.comment, '{', '{{'), NULL, NULL, 'school_holiday',
           hw.tentative, NULL, hw.rule, false, NULL::date
      FROM hw
     WHERE hw.due_date <= to_date AND hw.due_end >= from_date
  )
  SELECT r.school_year, r.event_key, r.occurrence,
         -- a text without a placeholder is its own rendering (and the
         -- year's dates do without self and county_deadline when the text
         -- names neither)
         CASE WHEN strpos(r.title_t, '{') = 0 THEN r.title_t
              WHEN strpos(r.title_t, 'self') = 0 AND strpos(r.title_t, 'county_deadline') = 0
                THEN vigo_cal.render_template(r.title_t, r.school_year, d.map)
              ELSE vigo_cal.render_template(r.title_t, r.school_year,
                     d.map || jsonb_build_object('self', r.due_date, 'county_deadline', r.deadline)) END,
         CASE WHEN strpos(r.comment_t, '{') = 0 THEN r.comment_t
              WHEN strpos(r.comment_t, 'self') = 0 AND strpos(r.comment_t, 'county_deadline') = 0
                THEN vigo_cal.render_template(r.comment_t, r.school_year, d.map)
              ELSE vigo_cal.render_template(r.comment_t, r.school_year,
                     d.map || jsonb_build_object('self', r.due_date, 'county_deadline', r.deadline)) END,
         pf.name, pt.name, r.cat, c.color, r.due_date, r.due_end, r.deadline,
         vigo_cal.isoweek(r.due_date), vigo_cal.weekday_name(r.due_date),
         r.tent, r.overridden, r.report,
         vigo_cal.date_label(r.r, r.due_date, r.due_end, r.overridden), r.r,
         -- the deadline is the county deadline, else the last day
         vigo_cal.previous_business_day(coalesce(r.deadline, r.due_end, r.due_date)),
         r.fixed
    FROM rows r
    JOIN dates d ON d.sy OPERATOR(vigo_cal.=) r.school_year
    JOIN vigo_cal.category c ON c.category_key = r.cat
    LEFT JOIN vigo_cal.party pf ON pf.party_key = r.fp
    LEFT JOIN vigo_cal.party pt ON pt.party_key = r.tp
   ORDER BY r.due_date, r.event_key, r.occurrence;
END $$;
COMMENT ON FUNCTION vigo_cal.calendar_between(date, date) IS
  'every event occurrence due in from_date .. to_date (both included), with rendered text; references resolved in dependency order; the columns of calendar, and the rule';

CREATE OR REPLACE VIEW vigo_cal.calendar AS
  SELECT c.school_year, c.event_key, c.occurrence, c.title, c.comment, c.from_party, c.to_party,
         c.category, c.category_color, c.due_date, c.due_end, c.county_deadline, c.iso_week,
         c.weekday, c.tentative, c.overridden, c.vigo_report, c.date_label, c.last_working_day,
         c.fixed_date
    FROM vigo_cal.calendar_between(
           vigo_cal.first_day(vigo_cal.current_schoolyear() OPERATOR(vigo_cal.-) 1),
           vigo_cal.last_day(vigo_cal.current_schoolyear() OPERATOR(vigo_cal.+) 1)) AS c
   -- (SELECT ...): the school year worked out once, not for every row
   WHERE c.school_year OPERATOR(vigo_cal.>=) ((SELECT vigo_cal.current_schoolyear()) OPERATOR(vigo_cal.-) 1)
     AND c.school_year OPERATOR(vigo_cal.<=) ((SELECT vigo_cal.current_schoolyear()) OPERATOR(vigo_cal.+) 1);
COMMENT ON VIEW vigo_cal.calendar IS
  'every event occurrence of the previous, current and next school year, one row each';
COMMENT ON COLUMN vigo_cal.calendar.school_year IS 'the school year of the occurrence';
COMMENT ON COLUMN vigo_cal.calendar.event_key IS 'the event (vigo_cal.event)';
COMMENT ON COLUMN vigo_cal.calendar.occurrence IS '1, or for a monthly event the count of its occurrence in the year (1, 2, 3, ...)';
COMMENT ON COLUMN vigo_cal.calendar.title IS 'what is due, with this year''s dates and school years filled in';
COMMENT ON COLUMN vigo_cal.calendar.comment IS 'the comment, filled in for this year';
COMMENT ON COLUMN vigo_cal.calendar.from_party IS 'who delivers';
COMMENT ON COLUMN vigo_cal.calendar.to_party IS 'who receives';
COMMENT ON COLUMN vigo_cal.calendar.category IS 'the colour code (vigo_cal.category)';
COMMENT ON COLUMN vigo_cal.calendar.category_color IS 'the category''s colour as #rrggbb';
COMMENT ON COLUMN vigo_cal.calendar.due_date IS 'the day it is due (the first day of a week or span)';
COMMENT ON COLUMN vigo_cal.calendar.due_end IS 'the last day of a week or span; equal to due_date for one day';
COMMENT ON COLUMN vigo_cal.calendar.county_deadline IS 'when the counties must have registered in VIGO, if the event has such a deadline';
COMMENT ON COLUMN vigo_cal.calendar.iso_week IS 'the ISO week of due_date';
COMMENT ON COLUMN vigo_cal.calendar.weekday IS 'the Norwegian weekday of due_date';
COMMENT ON COLUMN vigo_cal.calendar.tentative IS 'the date may still move';
COMMENT ON COLUMN vigo_cal.calendar.overridden IS 'the date comes from event_override, not the rule';
COMMENT ON COLUMN vigo_cal.calendar.vigo_report IS 'the VIGO report or screen involved';
COMMENT ON COLUMN vigo_cal.calendar.date_label IS 'the date as the printed årshjul writes it (04.jul, uke 40)';
COMMENT ON COLUMN vigo_cal.calendar.last_working_day IS
  'the last working day on or before the deadline: the county deadline if there is one, else the last day (due_end); the deadline itself when it is a working day';
COMMENT ON COLUMN vigo_cal.calendar.fixed_date IS 'the date is fixed by law or by a system and kept whatever the weekday (vigo_cal.event.fixed_date); false: meant to be a working day, as every shipped rule gives';

-- ---------------------------------------------------------------------
-- The document, its verification, and checks
-- ---------------------------------------------------------------------
CREATE OR REPLACE FUNCTION vigo_cal.arshjul(school_year vigo_cal.schoolyear)
  RETURNS TABLE (month_heading text, date_label text, due_date date, due_end date, event_key text,
                 from_party text, what text, to_party text, comment text, category text,
                 last_working_day date, fixed_date boolean)
  LANGUAGE sql STABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  SET jit = off
AS $$
  SELECT initcap(vigo_cal.month_name(date_part('month', h.month_day)::integer)) || ' '
           || date_part('year', h.month_day)::integer::text,
         c.date_label, c.due_date, c.due_end, c.event_key, c.from_party, c.title, c.to_party,
         c.comment, c.category, c.last_working_day, c.fixed_date
    FROM vigo_cal.calendar_between(make_date(school_year::integer, 7, 1),
                                   make_date(school_year::integer + 1, 8, 31)) AS c
    -- a week is printed under the month of its Thursday
    CROSS JOIN LATERAL (SELECT CASE WHEN vigo_cal.rule_kind(c.rule) = 'week' AND NOT c.overridden
                                    THEN vigo_cal.monday(c.iso_week) + 3 ELSE c.due_date END AS month_day) AS h
    LEFT JOIN (SELECT ee.event_key, min(substr(ee.entry, 2)::integer) AS entry_order
                 FROM vigo_cal.edition_entry ee
                WHERE ee.entry ~ '^e[0-9]+$'
                GROUP BY ee.event_key) AS o ON o.event_key = c.event_key
   WHERE c.due_date BETWEEN make_date(school_year::integer, 7, 1) AND make_date(school_year::integer + 1, 8, 31)
   ORDER BY date_trunc('month', h.month_day), c.due_date, o.entry_order NULLS LAST, c.event_key, c.occurrence
$$;
COMMENT ON FUNCTION vigo_cal.arshjul(vigo_cal.schoolyear) IS
  'the årshjul document for a school year: every occurrence from 1 July to 31 August the next year, under month headings, with the date labels of the printed edition and the last working day on or before each deadline';

CREATE OR REPLACE FUNCTION vigo_cal.verify_edition(school_year vigo_cal.schoolyear)
  RETURNS TABLE (entry text, event_key text, printed date, by_rule date, final date, verdict text,
                 printed_end date, final_end date, reason text)
  LANGUAGE sql STABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  SET jit = off
AS $$
  WITH entries AS (
    SELECT ee.* FROM vigo_cal.edition_entry ee WHERE ee.school_year OPERATOR(vigo_cal.=) verify_edition.school_year
  ), span AS (
    SELECT min(occurrence_year) AS lo, max(occurrence_year) AS hi FROM entries
  ), by_rule AS (
    SELECT o.* FROM span, vigo_cal.occurrences(span.lo, span.hi, false) AS o
  ), final AS (
    SELECT o.* FROM span, vigo_cal.occurrences(span.lo, span.hi, true) AS o
  )
  SELECT e.entry, e.event_key, e.printed_date, r.due_date, f.due_date,
         CASE
           WHEN e.printed_date IS NULL THEN 'no printed date'
           WHEN f.due_date IS NOT DISTINCT FROM e.printed_date
                AND f.due_end IS NOT DISTINCT FROM coalesce(e.printed_end, e.printed_date) THEN
             CASE WHEN r.due_date IS NOT DISTINCT FROM e.printed_date
                       AND r.due_end IS NOT DISTINCT FROM coalesce(e.printed_end, e.printed_date)
                  THEN 'rule' ELSE 'override' END
           ELSE 'MISMATCH'
         END,
         e.printed_end, f.due_end,
         (SELECT ov.reason FROM vigo_cal.event_override ov
           WHERE ov.event_key = e.event_key AND ov.school_year OPERATOR(vigo_cal.=) e.occurrence_year
             AND ov.occurrence = e.occurrence)
    FROM entries e
    LEFT JOIN by_rule r ON r.event_key = e.event_key AND r.school_year OPERATOR(vigo_cal.=) e.occurrence_year
                       AND r.occurrence = e.occurrence
    LEFT JOIN final f ON f.event_key = e.event_key AND f.school_year OPERATOR(vigo_cal.=) e.occurrence_year
                     AND f.occurrence = e.occurrence
   ORDER BY CASE WHEN e.entry ~ '^e[0-9]+$' THEN substr(e.entry, 2)::integer END, e.entry
$$;
COMMENT ON FUNCTION vigo_cal.verify_edition(vigo_cal.schoolyear) IS
  'each entry of a published edition: its printed date, what the rule alone gives, the final date after overrides, and a verdict (rule, override, MISMATCH, no printed date)';

CREATE OR REPLACE FUNCTION vigo_cal.order_violations(school_year vigo_cal.schoolyear)
  RETURNS TABLE (before_key text, after_key text, before_date date, after_date date, note text)
  LANGUAGE sql STABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  SET jit = off
AS $$
  WITH occ AS (
    SELECT o.event_key, min(o.due_date) AS first_date
      FROM vigo_cal.occurrences(school_year, school_year, true) AS o
     GROUP BY o.event_key
  )
  SELECT l.event_key, l.other_key, a.first_date, b.first_date, l.note
    FROM vigo_cal.event_link l
    JOIN occ a ON a.event_key = l.event_key
    JOIN occ b ON b.event_key = l.other_key
   WHERE l.kind = 'runs_before' AND a.first_date > b.first_date
   ORDER BY a.first_date, l.event_key, l.other_key
$$;
COMMENT ON FUNCTION vigo_cal.order_violations(vigo_cal.schoolyear) IS
  'pairs linked runs_before whose first dates that school year come in the wrong order';

CREATE OR REPLACE FUNCTION vigo_cal.upcoming(days integer DEFAULT 14)
  RETURNS TABLE (due_date date, due_end date, date_label text, event_key text, title text,
                 from_party text, to_party text, county_deadline date, category text, tentative boolean,
                 last_working_day date)
  LANGUAGE sql STABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  SELECT c.due_date, c.due_end, c.date_label, c.event_key, c.title, c.from_party, c.to_party,
         c.county_deadline, c.category, c.tentative, c.last_working_day
    FROM vigo_cal.calendar_between(vigo_cal.today(), vigo_cal.today() + days) AS c
   ORDER BY c.due_date, c.event_key, c.occurrence
$$;
COMMENT ON FUNCTION vigo_cal.upcoming(integer) IS
  'what falls due from today to today + days, today being the day in Norway (vigo_cal.today()), with the last working day on or before each deadline';
-- The occurrence store: the calendar of a window of school years, worked
-- out once and kept in a table, so that the BI views and calendar_between
-- read rows instead of resolving every rule and rendering every text on
-- each read.
--
-- The rows are exactly what calendar_between computes, one school year at a
-- time (every occurrence of the year within a year of it, as
-- calendar_between reaches), plus the columns the BI views need in built-in
-- types; and beside it every county's school holidays of those years.
-- Statement-level triggers on the tables they are worked out from (event,
-- event_override, category, party, school_holiday, region, region_county,
-- county) note what each statement that changed a row left pending, and
-- a deferred constraint trigger refreshes both once, at commit: an override
-- its school years, anything else the whole window.  Until then the store
-- is not valid in the editing transaction (SET CONSTRAINTS ALL IMMEDIATE
-- refreshes after each statement instead).  A change that leaves the
-- schedule unresolvable (an unknown reference, a cycle) does not fail: the
-- store is marked not valid, calendar_between works the calendar out as
-- before (and reports the error), the BI views report it, and the next
-- change refreshes everything.
--
-- occurrence_window says which school years are stored (2015-2016 ..
-- 2050-2051 as shipped); store_occurrences(first, last) widens it with one
-- call.  The window is a user-editable row that pg_dump keeps when changed;
-- the stored rows are never dumped, they are worked out again on restore.

CREATE TABLE vigo_cal.occurrence_window (
  only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  first_year vigo_cal.schoolyear NOT NULL,
  last_year vigo_cal.schoolyear NOT NULL,
  origin text NOT NULL DEFAULT 'user' CHECK (origin IN ('vigo_cal', 'user', 'changed')),
  CHECK (first_year OPERATOR(vigo_cal.<=) last_year),
  CHECK (last_year OPERATOR(vigo_cal.-) first_year < 250)
);
COMMENT ON TABLE vigo_cal.occurrence_window IS
  'the school years whose occurrences are kept in occurrence_store (one row; widen it with store_occurrences)';
COMMENT ON COLUMN vigo_cal.occurrence_window.only_row IS 'always true: the table has one row';
COMMENT ON COLUMN vigo_cal.occurrence_window.first_year IS 'the first school year stored';
COMMENT ON COLUMN vigo_cal.occurrence_window.last_year IS 'the last school year stored (at most 250 years after the first)';
COMMENT ON COLUMN vigo_cal.occurrence_window.origin IS 'vigo_cal: shipped with the extension; user: added; changed: a shipped row a user changed';
INSERT INTO vigo_cal.occurrence_window (first_year, last_year, origin) VALUES ('2015-2016', '2050-2051', 'vigo_cal');
CREATE TRIGGER keep_user_changes BEFORE INSERT OR UPDATE ON vigo_cal.occurrence_window
  FOR EACH ROW EXECUTE FUNCTION vigo_cal.keep_user_changes('only_row');
SELECT pg_catalog.pg_extension_config_dump('vigo_cal.occurrence_window', 'WHERE origin <> ''vigo_cal''');

CREATE TABLE vigo_cal.occurrence_store_state (
  only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  valid boolean NOT NULL,
  suspended boolean NOT NULL,
  problem text,
  refreshed_at timestamptz,
  pending_all boolean NOT NULL DEFAULT false,
  pending_from vigo_cal.schoolyear,
  pending_to vigo_cal.schoolyear,
  CHECK ((pending_from IS NULL) = (pending_to IS NULL))
);
COMMENT ON TABLE vigo_cal.occurrence_store_state IS
  'whether occurrence_store holds what the rules give now (one row, kept by the refresh)';
COMMENT ON COLUMN vigo_cal.occurrence_store_state.only_row IS 'always true: the table has one row';
COMMENT ON COLUMN vigo_cal.occurrence_store_state.valid IS 'the stored rows are the calendar of every school year in the window';
COMMENT ON COLUMN vigo_cal.occurrence_store_state.suspended IS 'refreshes are off (while the extension script loads its rows)';
COMMENT ON COLUMN vigo_cal.occurrence_store_state.problem IS 'why the last refresh failed (the error the calendar gives), if it did';
COMMENT ON COLUMN vigo_cal.occurrence_store_state.refreshed_at IS 'when the store was last refreshed (the transaction''s time)';
COMMENT ON COLUMN vigo_cal.occurrence_store_state.pending_all IS 'this transaction changed what every school year depends on: the whole window is worked out again at commit';
COMMENT ON COLUMN vigo_cal.occurrence_store_state.pending_from IS 'the first school year this transaction''s overrides changed, worked out again at commit';
COMMENT ON COLUMN vigo_cal.occurrence_store_state.pending_to IS 'the last school year this transaction''s overrides changed, worked out again at commit';
INSERT INTO vigo_cal.occurrence_store_state (valid, suspended) VALUES (false, true);

CREATE TABLE vigo_cal.occurrence_store (
  -- the columns of calendar_between, in its order
  school_year vigo_cal.schoolyear NOT NULL,
  event_key text NOT NULL,
  occurrence integer NOT NULL,
  title text,
  comment text,
  from_party text,
  to_party text,
  category text NOT NULL,
  category_color text,
  due_date date NOT NULL,
  due_end date,
  county_deadline date,
  iso_week vigo_cal.isoweek,
  weekday text,
  tentative boolean,
  overridden boolean,
  vigo_report text,
  date_label text,
  rule vigo_cal.rule,
  last_working_day date,
  fixed_date boolean,
  -- the same in built-in types, and what the BI views add
  school_year_text text COLLATE "C" NOT NULL,
  start_year integer NOT NULL,
  iso_week_text text COLLATE "C",
  iso_year integer,
  iso_week_number integer,
  category_label text,
  category_sort integer,
  rule_text text,
  deadline date NOT NULL,
  counties_deliver boolean NOT NULL,
  PRIMARY KEY (school_year, event_key, occurrence)
);
CREATE INDEX occurrence_store_school_year_text ON vigo_cal.occurrence_store (school_year_text, due_date);
CREATE INDEX occurrence_store_due_date ON vigo_cal.occurrence_store (due_date);
CREATE INDEX occurrence_store_deadline ON vigo_cal.occurrence_store (deadline) WHERE counties_deliver;
COMMENT ON TABLE vigo_cal.occurrence_store IS
  'every event occurrence of the school years in occurrence_window, as calendar_between gives it, kept up to date by triggers';
COMMENT ON COLUMN vigo_cal.occurrence_store.school_year IS 'the school year of the occurrence';
COMMENT ON COLUMN vigo_cal.occurrence_store.event_key IS 'the event (vigo_cal.event)';
COMMENT ON COLUMN vigo_cal.occurrence_store.occurrence IS '1, or the number of a monthly event''s occurrence in the year';
COMMENT ON COLUMN vigo_cal.occurrence_store.title IS 'what is due, with this year''s dates and school years filled in';
COMMENT ON COLUMN vigo_cal.occurrence_store.comment IS 'the comment, filled in for this year';
COMMENT ON COLUMN vigo_cal.occurrence_store.from_party IS 'who delivers (the party''s name)';
COMMENT ON COLUMN vigo_cal.occurrence_store.to_party IS 'who receives (the party''s name)';
COMMENT ON COLUMN vigo_cal.occurrence_store.category IS 'the colour code (vigo_cal.category)';
COMMENT ON COLUMN vigo_cal.occurrence_store.category_color IS 'the category''s colour as #rrggbb';
COMMENT ON COLUMN vigo_cal.occurrence_store.due_date IS 'the day it is due (the first day of a week or span)';
COMMENT ON COLUMN vigo_cal.occurrence_store.due_end IS 'the last day of a week or span; equal to due_date for one day';
COMMENT ON COLUMN vigo_cal.occurrence_store.county_deadline IS 'when the counties must have registered in VIGO, if the event has such a deadline';
COMMENT ON COLUMN vigo_cal.occurrence_store.iso_week IS 'the ISO week of due_date';
COMMENT ON COLUMN vigo_cal.occurrence_store.weekday IS 'the Norwegian weekday of due_date';
COMMENT ON COLUMN vigo_cal.occurrence_store.tentative IS 'the date may still move';
COMMENT ON COLUMN vigo_cal.occurrence_store.overridden IS 'the date comes from event_override, not the rule';
COMMENT ON COLUMN vigo_cal.occurrence_store.vigo_report IS 'the VIGO report or screen involved';
COMMENT ON COLUMN vigo_cal.occurrence_store.date_label IS 'the date as the printed årshjul writes it (04.jul, uke 40)';
COMMENT ON COLUMN vigo_cal.occurrence_store.rule IS 'the event''s rule';
COMMENT ON COLUMN vigo_cal.occurrence_store.last_working_day IS 'the last working day on or before the county deadline, or the last day when there is none';
COMMENT ON COLUMN vigo_cal.occurrence_store.fixed_date IS 'the date is fixed by law or by a system and kept on a day off';
COMMENT ON COLUMN vigo_cal.occurrence_store.school_year_text IS 'school_year as text, 2026-2027';
COMMENT ON COLUMN vigo_cal.occurrence_store.start_year IS 'the calendar year the school year starts in, 2026';
COMMENT ON COLUMN vigo_cal.occurrence_store.iso_week_text IS 'iso_week as text, 2026-W49';
COMMENT ON COLUMN vigo_cal.occurrence_store.iso_year IS 'the ISO year of iso_week';
COMMENT ON COLUMN vigo_cal.occurrence_store.iso_week_number IS 'the week number of iso_week, 1-53';
COMMENT ON COLUMN vigo_cal.occurrence_store.category_label IS 'the category''s label in the colour legend';
COMMENT ON COLUMN vigo_cal.occurrence_store.category_sort IS 'the category''s place in the legend';
COMMENT ON COLUMN vigo_cal.occurrence_store.rule_text IS 'the event''s rule as text';
COMMENT ON COLUMN vigo_cal.occurrence_store.deadline IS 'the county deadline, or the last day (due_end) when there is none: the day delivery_status compares with';
COMMENT ON COLUMN vigo_cal.occurrence_store.counties_deliver IS 'every county owes this occurrence (it has a county deadline or the counties send it)';

-- The school holidays of every county in the window's school years, as
-- school_holidays(county, school_year) gives them, published and projected.
CREATE TABLE vigo_cal.school_holiday_store (
  county_number text NOT NULL,
  school_year vigo_cal.schoolyear NOT NULL,
  kind text NOT NULL,
  region text NOT NULL,
  first_day date NOT NULL,
  last_day date NOT NULL,
  tentative boolean NOT NULL,
  projected boolean NOT NULL,
  from_year vigo_cal.schoolyear,
  rule vigo_cal.rule,
  source text,
  source_kind text,
  note text,
  school_year_text text COLLATE "C" NOT NULL,
  start_year integer NOT NULL
);
CREATE INDEX school_holiday_store_county ON vigo_cal.school_holiday_store (county_number, school_year_text);
CREATE INDEX school_holiday_store_school_year ON vigo_cal.school_holiday_store (school_year);
COMMENT ON TABLE vigo_cal.school_holiday_store IS
  'the school holidays of every county in the school years of occurrence_window, as school_holidays(county, school_year) gives them, kept up to date by triggers';
COMMENT ON COLUMN vigo_cal.school_holiday_store.county_number IS 'the county asked for (school_holidays'' county)';
COMMENT ON COLUMN vigo_cal.school_holiday_store.school_year IS 'the school year';
COMMENT ON COLUMN vigo_cal.school_holiday_store.kind IS 'hostferie, vinterferie, juleferie, paaskeferie, sommerferie or annet';
COMMENT ON COLUMN vigo_cal.school_holiday_store.region IS 'the region, or part of the county, the holiday is given for';
COMMENT ON COLUMN vigo_cal.school_holiday_store.first_day IS 'the first day off';
COMMENT ON COLUMN vigo_cal.school_holiday_store.last_day IS 'the last day off';
COMMENT ON COLUMN vigo_cal.school_holiday_store.tentative IS 'the days may still change';
COMMENT ON COLUMN vigo_cal.school_holiday_store.projected IS 'no skolerute is registered for the year: projected from from_year';
COMMENT ON COLUMN vigo_cal.school_holiday_store.from_year IS 'the school year the days come from (the year itself unless projected)';
COMMENT ON COLUMN vigo_cal.school_holiday_store.rule IS 'the days as a rule';
COMMENT ON COLUMN vigo_cal.school_holiday_store.source IS 'where the days come from';
COMMENT ON COLUMN vigo_cal.school_holiday_store.source_kind IS 'edition, county, school or municipality';
COMMENT ON COLUMN vigo_cal.school_holiday_store.note IS 'a note';
COMMENT ON COLUMN vigo_cal.school_holiday_store.school_year_text IS 'school_year as text, 2026-2027';
COMMENT ON COLUMN vigo_cal.school_holiday_store.start_year IS 'the calendar year the school year starts in';

-- @replaceable: everything below is CREATE OR REPLACE; upgrade scripts rerun it.

-- ---------------------------------------------------------------------
-- Refresh
-- ---------------------------------------------------------------------

-- Work out the given school years again (NULL, NULL: the whole window),
-- with every year this transaction's edits left pending, and store them;
-- rows outside the window are removed.  A failure is caught
-- and recorded in occurrence_store_state.  Returns the rows stored now.
CREATE OR REPLACE FUNCTION vigo_cal.refresh_occurrence_store(first_year vigo_cal.schoolyear,
                                                             last_year vigo_cal.schoolyear)
  RETURNS bigint
  LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
DECLARE
  st vigo_cal.occurrence_store_state;
  win vigo_cal.occurrence_window;
  lo vigo_cal.schoolyear;
  hi vigo_cal.schoolyear;
  whole boolean;
  msg text;
  stored bigint;
BEGIN
  -- the state row is the lock: one refresh at a time, and under REPEATABLE
  -- READ a concurrent refresh is a serialization failure, never a lost one
  SELECT * INTO st FROM vigo_cal.occurrence_store_state FOR UPDATE;
  IF st.suspended THEN
    RETURN 0;
  END IF;
  SELECT * INTO win FROM vigo_cal.occurrence_window;
  IF NOT FOUND THEN
    -- no window: nothing is stored
    DELETE FROM vigo_cal.occurrence_store;
    DELETE FROM vigo_cal.school_holiday_store;
    UPDATE vigo_cal.occurrence_store_state
       SET valid = true, problem = NULL, refreshed_at = now(),
           pending_all = false, pending_from = NULL, pending_to = NULL;
    RETURN 0;
  END IF;
  -- the years asked for and the years this transaction left pending; all
  -- of them when the store is not valid for another reason
  whole := st.pending_all OR (NOT st.valid AND st.pending_from IS NULL);
  lo := CASE WHEN whole OR first_year IS NULL THEN win.first_year
             ELSE greatest(least(first_year, st.pending_from), win.first_year) END;
  hi := CASE WHEN whole OR last_year IS NULL THEN win.last_year
             ELSE least(greatest(last_year, st.pending_to), win.last_year) END;
  -- calendar_between computes while the store is not valid; nothing is
  -- pending once this refresh has run (or failed)
  UPDATE vigo_cal.occurrence_store_state
     SET valid = false, pending_all = false, pending_from = NULL, pending_to = NULL;
  BEGIN
    DELETE FROM vigo_cal.occurrence_store s
     WHERE s.school_year OPERATOR(vigo_cal.<) win.first_year
        OR s.school_year OPERATOR(vigo_cal.>) win.last_year
        OR (s.school_year OPERATOR(vigo_cal.>=) lo AND s.school_year OPERATOR(vigo_cal.<=) hi);
    DELETE FROM vigo_cal.school_holiday_store s
     WHERE s.school_year OPERATOR(vigo_cal.<) win.first_year
        OR s.school_year OPERATOR(vigo_cal.>) win.last_year
        OR (s.school_year OPERATOR(vigo_cal.>=) lo AND s.school_year OPERATOR(vigo_cal.<=) hi);
    IF lo OPERATOR(vigo_cal.<=) hi THEN
      -- the calendar's own rows (the school holiday weeks have no event row)
      INSERT INTO vigo_cal.occurrence_store
      SELECT c.school_year, c.event_key, c.occurrence, c.title, c.comment, c.from_party, c.to_party,
             c.category, c.category_color, c.due_date, c.due_end, c.county_deadline, c.iso_week,
             c.weekday, c.tentative, c.overridden, c.vigo_report, c.date_label, c.rule,
             c.last_working_day, c.fixed_date,
             c.school_year::text, vigo_cal.start_year(c.school_year), c.iso_week::text,
             vigo_cal.isoweek_year(c.iso_week), vigo_cal.isoweek_week(c.iso_week),
             k.label, k.sort_order, c.rule::text,
             coalesce(c.county_deadline, c.due_end, c.due_date),
             e.event_key IS NOT NULL AND (c.county_deadline IS NOT NULL OR coalesce(e.from_party = 'fylkene', false))
        FROM vigo_cal.calendar_between(greatest(vigo_cal.first_day(lo) - 366, date '1583-01-01'),
                                       least(vigo_cal.last_day(hi) + 366, date '9999-12-31')) AS c
        LEFT JOIN vigo_cal.event e ON e.event_key = c.event_key
        JOIN vigo_cal.category k ON k.category_key = c.category
       WHERE c.school_year OPERATOR(vigo_cal.>=) lo AND c.school_year OPERATOR(vigo_cal.<=) hi;
      -- every county's school holidays, as school_holidays(county, year)
      -- has them: all_school_holidays once a year, matched to the counties
      -- the way school_holidays matches them
      INSERT INTO vigo_cal.school_holiday_store
      WITH years AS (
        SELECT lo OPERATOR(vigo_cal.+) i AS sy FROM pg_catalog.generate_series(0, hi OPERATOR(vigo_cal.-) lo) AS i
      ), asked AS MATERIALIZED (
        SELECT y.sy, k.county_number, vigo_cal.county_numbers(k.county_number, y.sy) AS numbers
          FROM years y CROSS JOIN vigo_cal.county k
      ), holidays AS MATERIALIZED (
        SELECT y.sy, h.* FROM years y CROSS JOIN LATERAL vigo_cal.all_school_holidays(y.sy) AS h
      )
      SELECT a.county_number, a.sy, h.kind, h.region, pg_catalog.lower(h.days), pg_catalog.upper(h.days) - 1,
             h.tentative, h.projected, h.from_year, h.rule, h.source, h.source_kind, h.note,
             a.sy::text, vigo_cal.start_year(a.sy)
        FROM holidays h
        JOIN asked a ON a.sy OPERATOR(vigo_cal.=) h.sy AND h.counties && a.numbers;
    END IF;
    UPDATE vigo_cal.occurrence_store_state SET valid = true, problem = NULL, refreshed_at = now();
  EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS msg = MESSAGE_TEXT;
    UPDATE vigo_cal.occurrence_store_state SET valid = false, problem = msg, refreshed_at = now();
    -- the edit stands, but say at once what the calendar cannot work out
    RAISE WARNING 'the calendar cannot be worked out after this change: %', msg
      USING HINT = 'Correct the schedule; until then the vigo_cal_bi views raise an error and calendar_between works the calendar out each time.';
  END;
  SELECT count(*) INTO stored FROM vigo_cal.occurrence_store;
  RETURN stored;
END $$;
COMMENT ON FUNCTION vigo_cal.refresh_occurrence_store(vigo_cal.schoolyear, vigo_cal.schoolyear) IS
  'work the school years first_year .. last_year of the window out again, with those the transaction left pending, and store them (NULL, NULL: the whole window); returns the rows stored';

CREATE OR REPLACE FUNCTION vigo_cal.refresh_occurrence_store() RETURNS bigint
  LANGUAGE sql VOLATILE PARALLEL UNSAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  AS $$ SELECT vigo_cal.refresh_occurrence_store(NULL, NULL) $$;
COMMENT ON FUNCTION vigo_cal.refresh_occurrence_store() IS
  'work the whole window out again and store it; returns the rows stored (the triggers do this by themselves at commit)';

-- Widen the window to take in first_year .. last_year (it never narrows;
-- to narrow it, UPDATE occurrence_window).  Returns the rows stored.
CREATE OR REPLACE FUNCTION vigo_cal.store_occurrences(first_year vigo_cal.schoolyear,
                                                      last_year vigo_cal.schoolyear)
  RETURNS bigint
  LANGUAGE plpgsql VOLATILE STRICT PARALLEL UNSAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
DECLARE
  st vigo_cal.occurrence_store_state;
  stored bigint;
BEGIN
  IF first_year OPERATOR(vigo_cal.>) last_year THEN
    RAISE EXCEPTION 'first school year % comes after last school year %', first_year, last_year
      USING ERRCODE = 'invalid_parameter_value',
            HINT = 'Give the earlier school year first.';
  END IF;
  UPDATE vigo_cal.occurrence_window w
     SET first_year = least(w.first_year, store_occurrences.first_year),
         last_year = greatest(w.last_year, store_occurrences.last_year)
   WHERE w.first_year OPERATOR(vigo_cal.>) store_occurrences.first_year
      OR w.last_year OPERATOR(vigo_cal.<) store_occurrences.last_year;
  -- store the years that came in now, not at commit
  SELECT * INTO st FROM vigo_cal.occurrence_store_state;
  IF NOT st.suspended AND (st.pending_all OR st.pending_from IS NOT NULL) THEN
    PERFORM vigo_cal.refresh_occurrence_store(st.pending_from, st.pending_to);
  END IF;
  SELECT count(*) INTO stored FROM vigo_cal.occurrence_store;
  RETURN stored;
END $$;
COMMENT ON FUNCTION vigo_cal.store_occurrences(vigo_cal.schoolyear, vigo_cal.schoolyear) IS
  'widen the stored window to take in first_year .. last_year and store those years; returns the rows stored';

-- Does the store answer for every school year from first_year to
-- last_year?  (valid, refreshed, the years inside the window, and the
-- caller may read it).
CREATE OR REPLACE FUNCTION vigo_cal.occurrence_store_covers(first_year vigo_cal.schoolyear,
                                                            last_year vigo_cal.schoolyear)
  RETURNS boolean
  LANGUAGE sql STABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  SELECT pg_catalog.has_table_privilege('vigo_cal.occurrence_store', 'SELECT')
     AND pg_catalog.has_table_privilege('vigo_cal.occurrence_store_state', 'SELECT')
     AND pg_catalog.has_table_privilege('vigo_cal.occurrence_window', 'SELECT')
     AND coalesce((SELECT st.valid AND NOT st.suspended
                          AND w.first_year OPERATOR(vigo_cal.<=) occurrence_store_covers.first_year
                          AND w.last_year OPERATOR(vigo_cal.>=) occurrence_store_covers.last_year
                     FROM vigo_cal.occurrence_store_state st, vigo_cal.occurrence_window w), false)
$$;
COMMENT ON FUNCTION vigo_cal.occurrence_store_covers(vigo_cal.schoolyear, vigo_cal.schoolyear) IS
  'true if occurrence_store holds the calendar of every school year first_year .. last_year and the current user may read it';

-- Raise the refresh's error if the store is not valid; true otherwise.  The
-- BI views call it with the state row, once per query.
CREATE OR REPLACE FUNCTION vigo_cal.occurrence_store_ready(st vigo_cal.occurrence_store_state)
  RETURNS boolean
  LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
BEGIN
  IF st.valid AND NOT st.suspended THEN
    RETURN true;
  END IF;
  IF (st.pending_all OR st.pending_from IS NOT NULL) AND NOT st.suspended THEN
    RAISE EXCEPTION 'the stored calendar is out of date: this transaction changed the schedule, and the store is worked out at commit'
      USING ERRCODE = 'object_not_in_prerequisite_state',
            HINT = 'Run SET CONSTRAINTS ALL IMMEDIATE, or SELECT vigo_cal.refresh_occurrence_store(), to work it out at once.';
  END IF;
  RAISE EXCEPTION 'the stored calendar is out of date: %', coalesce(st.problem, 'it has not been refreshed')
    USING ERRCODE = 'object_not_in_prerequisite_state',
          HINT = 'Correct the schedule so that vigo_cal.calendar_between() works, or run SELECT vigo_cal.refresh_occurrence_store().';
END $$;
COMMENT ON FUNCTION vigo_cal.occurrence_store_ready(vigo_cal.occurrence_store_state) IS
  'true when the occurrence store is valid; otherwise an error with the reason (the BI views read no stale rows)';


-- ---------------------------------------------------------------------
-- Triggers: note what is pending; refresh once, at commit
-- ---------------------------------------------------------------------

-- After a statement that changed rows of event, category, party,
-- school_holiday, region, region_county, county (or inserted or deleted
-- the occurrence_window row): the whole window is pending (an event's rule
-- or text reaches every year it is in; a school holiday is projected into
-- the years after it).  A statement that changed no row changes nothing.
CREATE OR REPLACE FUNCTION vigo_cal.occurrence_store_mark_all() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    IF NOT EXISTS (SELECT FROM new_rows) THEN
      RETURN NULL;
    END IF;
  ELSIF TG_OP = 'DELETE' THEN
    IF NOT EXISTS (SELECT FROM old_rows) THEN
      RETURN NULL;
    END IF;
  END IF;
  UPDATE vigo_cal.occurrence_store_state
     SET valid = false, pending_all = true, pending_from = NULL, pending_to = NULL
   WHERE NOT pending_all;
  RETURN NULL;
END $$;
COMMENT ON FUNCTION vigo_cal.occurrence_store_mark_all() IS
  'trigger: after a statement that changed a table every school year depends on, leave the whole occurrence store to be worked out at commit';

-- Leave the school years lo .. hi to be worked out at commit (added to what
-- is pending already; the whole window, when the store is not valid for
-- another reason).  The state row is written only when this adds something.
CREATE OR REPLACE FUNCTION vigo_cal.occurrence_store_mark_years(lo vigo_cal.schoolyear,
                                                               hi vigo_cal.schoolyear)
  RETURNS void
  LANGUAGE sql VOLATILE STRICT PARALLEL UNSAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  UPDATE vigo_cal.occurrence_store_state st
     SET valid = false,
         -- all of them when the store is not valid for another reason
         pending_all = NOT st.valid AND st.pending_from IS NULL,
         pending_from = least(st.pending_from, lo),
         pending_to = greatest(st.pending_to, hi)
   WHERE NOT st.pending_all
     AND (st.pending_from IS NULL
          OR st.pending_from OPERATOR(vigo_cal.>) lo OR st.pending_to OPERATOR(vigo_cal.<) hi)
$$;
COMMENT ON FUNCTION vigo_cal.occurrence_store_mark_years(vigo_cal.schoolyear, vigo_cal.schoolyear) IS
  'leave the school years lo .. hi of the occurrence store to be worked out at commit (used by the store''s triggers)';

-- After a statement on event_override: only the school years it touched
-- (an override changes its own year, and what counts from it that year).
CREATE OR REPLACE FUNCTION vigo_cal.occurrence_store_mark_override() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
DECLARE
  lo vigo_cal.schoolyear;
  hi vigo_cal.schoolyear;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT min(n.school_year), max(n.school_year) INTO lo, hi FROM new_rows n;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT min(o.school_year), max(o.school_year) INTO lo, hi FROM old_rows o;
  ELSE
    SELECT min(y), max(y) INTO lo, hi
      FROM (SELECT n.school_year AS y FROM new_rows n UNION ALL SELECT o.school_year FROM old_rows o) AS t;
  END IF;
  IF lo IS NOT NULL THEN
    PERFORM vigo_cal.occurrence_store_mark_years(lo, hi);
  END IF;
  RETURN NULL;
END $$;
COMMENT ON FUNCTION vigo_cal.occurrence_store_mark_override() IS
  'trigger: leave the school years an event_override statement touched to be worked out at commit';

-- After occurrence_window changes: the rows of years that left go at
-- once, the years that came in are stored at commit.
CREATE OR REPLACE FUNCTION vigo_cal.occurrence_store_mark_window() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
DECLARE
  o vigo_cal.occurrence_window;
  n vigo_cal.occurrence_window;
  lo vigo_cal.schoolyear;
  hi vigo_cal.schoolyear;
BEGIN
  SELECT * INTO o FROM old_rows;
  IF NOT FOUND THEN
    RETURN NULL;
  END IF;
  SELECT * INTO n FROM new_rows;
  IF n.first_year OPERATOR(vigo_cal.>) o.last_year OR n.last_year OPERATOR(vigo_cal.<) o.first_year THEN
    UPDATE vigo_cal.occurrence_store_state
       SET valid = false, pending_all = true, pending_from = NULL, pending_to = NULL
     WHERE NOT pending_all;
    RETURN NULL;
  END IF;
  DELETE FROM vigo_cal.occurrence_store s
   WHERE s.school_year OPERATOR(vigo_cal.<) n.first_year OR s.school_year OPERATOR(vigo_cal.>) n.last_year;
  DELETE FROM vigo_cal.school_holiday_store s
   WHERE s.school_year OPERATOR(vigo_cal.<) n.first_year OR s.school_year OPERATOR(vigo_cal.>) n.last_year;
  -- the years that came in (both ends: the years between them too)
  IF n.first_year OPERATOR(vigo_cal.<) o.first_year THEN
    lo := n.first_year;
    hi := o.first_year OPERATOR(vigo_cal.-) 1;
  END IF;
  IF n.last_year OPERATOR(vigo_cal.>) o.last_year THEN
    lo := coalesce(lo, o.last_year OPERATOR(vigo_cal.+) 1);
    hi := n.last_year;
  END IF;
  IF lo IS NOT NULL THEN
    PERFORM vigo_cal.occurrence_store_mark_years(lo, hi);
  END IF;
  RETURN NULL;
END $$;
COMMENT ON FUNCTION vigo_cal.occurrence_store_mark_window() IS
  'trigger: drop the school years that left occurrence_window from the occurrence store and leave those that came in to be stored at commit';

-- At commit (a deferred constraint trigger on occurrence_store_state, queued
-- by the marks above): work out what the transaction left pending, once.
CREATE OR REPLACE FUNCTION vigo_cal.occurrence_store_refresh_pending() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
DECLARE
  st vigo_cal.occurrence_store_state;
BEGIN
  SELECT * INTO st FROM vigo_cal.occurrence_store_state;
  IF NOT st.suspended AND (st.pending_all OR st.pending_from IS NOT NULL) THEN
    PERFORM vigo_cal.refresh_occurrence_store(st.pending_from, st.pending_to);
  END IF;
  RETURN NULL;
END $$;
COMMENT ON FUNCTION vigo_cal.occurrence_store_refresh_pending() IS
  'trigger: at commit, work out the school years the transaction left pending in the occurrence store (once, however many statements)';

-- The triggers, rerunnable: DROP IF EXISTS and CREATE, as PostgreSQL 13
-- has no CREATE OR REPLACE TRIGGER (an extension script's notices are not
-- shown, so the first install is quiet).  Transition tables need one
-- trigger per event, so that a statement that changed no row is seen.
-- One row per trigger: its name, table, statement, transition tables and
-- marking function.  The tables every school year is worked out from mark
-- the whole window (for school_holiday, region, region_county and county:
-- the calendar's holiday weeks and the holiday store, as a year without a
-- row of its own is projected from the years before it); event_override
-- marks the years it touched, an UPDATE of occurrence_window the years
-- that came in; a TRUNCATE, or a window row inserted or deleted, marks all.
DO $$
DECLARE
  tr record;
BEGIN
  FOR tr IN
    SELECT 'occurrence_store_' || lower(e.ev) AS name, t.tab, e.ev, e.refs,
           'occurrence_store_mark_all' AS fn
      FROM unnest(ARRAY['event', 'category', 'party', 'school_holiday', 'region',
                        'region_county', 'county']) AS t(tab),
           (VALUES ('INSERT', 'REFERENCING NEW TABLE AS new_rows'),
                   ('UPDATE', 'REFERENCING NEW TABLE AS new_rows'),
                   ('DELETE', 'REFERENCING OLD TABLE AS old_rows'),
                   ('TRUNCATE', '')) AS e(ev, refs)
    UNION ALL
    VALUES ('occurrence_store_insert', 'event_override', 'INSERT',
            'REFERENCING NEW TABLE AS new_rows', 'occurrence_store_mark_override'),
           ('occurrence_store_update', 'event_override', 'UPDATE',
            'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows', 'occurrence_store_mark_override'),
           ('occurrence_store_delete', 'event_override', 'DELETE',
            'REFERENCING OLD TABLE AS old_rows', 'occurrence_store_mark_override'),
           ('occurrence_store_truncate', 'event_override', 'TRUNCATE', '', 'occurrence_store_mark_all'),
           ('occurrence_store', 'occurrence_window', 'UPDATE',
            'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows', 'occurrence_store_mark_window'),
           ('occurrence_store_insert', 'occurrence_window', 'INSERT',
            'REFERENCING NEW TABLE AS new_rows', 'occurrence_store_mark_all'),
           ('occurrence_store_delete', 'occurrence_window', 'DELETE',
            'REFERENCING OLD TABLE AS old_rows', 'occurrence_store_mark_all'),
           ('occurrence_store_truncate', 'occurrence_window', 'TRUNCATE', '', 'occurrence_store_mark_all')
  LOOP
    EXECUTE format('DROP TRIGGER IF EXISTS %I ON vigo_cal.%I', tr.name, tr.tab);
    EXECUTE format('CREATE TRIGGER %I AFTER %s ON vigo_cal.%I %s'
                   ' FOR EACH STATEMENT EXECUTE FUNCTION vigo_cal.%I()',
                   tr.name, tr.ev, tr.tab, tr.refs, tr.fn);
  END LOOP;
END $$;
-- the refresh, once per transaction: every mark updates the state row
-- (once, while something new is pending), which queues this trigger for
-- commit; SET CONSTRAINTS vigo_cal.occurrence_store_refresh IMMEDIATE (or
-- ALL) works the store out at the end of each statement instead
DROP TRIGGER IF EXISTS occurrence_store_refresh ON vigo_cal.occurrence_store_state;
CREATE CONSTRAINT TRIGGER occurrence_store_refresh AFTER INSERT OR UPDATE ON vigo_cal.occurrence_store_state
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (NEW.pending_all OR NEW.pending_from IS NOT NULL)
  EXECUTE FUNCTION vigo_cal.occurrence_store_refresh_pending();
-- Counties, the regions the årshjul gives school holidays for, and the
-- school holidays of 2023-2024, as data.
--
-- Counties: the numbers of the 2020 reform, and the 2024 reform that split
-- Viken (30), Vestfold og Telemark (38) and Troms og Finnmark (54).  The
-- counties that survived 2024 unchanged keep valid_to NULL.  valid_from is
-- 2020-01-01 for every 2020 county, the earliest day modelled, even where
-- the county and its number are older (Oslo 03, Rogaland 11, Møre og
-- Romsdal 15, Nordland 18).
--
-- Regions: one per area the årshjul names (school_holidays_2023_2024.csv,
-- region_text), mapped to the 2020 county it lies in AND the 2024 counties
-- that cover it, so that a holiday printed with the old names is found from
-- either number.  Regions are named as printed; Nordland's "(kun 11.-13.
-- oktober)" is not part of the name but of its rule (uke 41 ons-fre).  And
-- one region per county of 2024 that the edition does not name (Østfold,
-- Akershus, Buskerud, Vestfold, Telemark, Troms, Finnmark), for the
-- skoleruter from 2024-2025 on (72_data_school_holidays.sql).
--
-- A region that is only part of a county, one that sets its own holidays
-- inside it, is marked partial there: Vestland's two former counties, and
-- Viken's two areas inside Viken (each covers its 2024 county whole).
-- all_school_holidays projects a year without rows per such part.

-- ---------------------------------------------------------------------
-- Counties
-- ---------------------------------------------------------------------
INSERT INTO vigo_cal.county (county_number, name, valid_from, valid_to, successors, origin) VALUES
  ('03', 'Oslo', date '2020-01-01', NULL, NULL, 'vigo_cal'),
  ('11', 'Rogaland', date '2020-01-01', NULL, NULL, 'vigo_cal'),
  ('15', 'Møre og Romsdal', date '2020-01-01', NULL, NULL, 'vigo_cal'),
  ('18', 'Nordland', date '2020-01-01', NULL, NULL, 'vigo_cal'),
  ('30', 'Viken', date '2020-01-01', date '2024-01-01', ARRAY['31', '32', '33'], 'vigo_cal'),
  ('34', 'Innlandet', date '2020-01-01', NULL, NULL, 'vigo_cal'),
  ('38', 'Vestfold og Telemark', date '2020-01-01', date '2024-01-01', ARRAY['39', '40'], 'vigo_cal'),
  ('42', 'Agder', date '2020-01-01', NULL, NULL, 'vigo_cal'),
  ('46', 'Vestland', date '2020-01-01', NULL, NULL, 'vigo_cal'),
  ('50', 'Trøndelag', date '2020-01-01', NULL, NULL, 'vigo_cal'),
  ('54', 'Troms og Finnmark', date '2020-01-01', date '2024-01-01', ARRAY['55', '56'], 'vigo_cal'),
  ('31', 'Østfold', date '2024-01-01', NULL, NULL, 'vigo_cal'),
  ('32', 'Akershus', date '2024-01-01', NULL, NULL, 'vigo_cal'),
  ('33', 'Buskerud', date '2024-01-01', NULL, NULL, 'vigo_cal'),
  ('39', 'Vestfold', date '2024-01-01', NULL, NULL, 'vigo_cal'),
  ('40', 'Telemark', date '2024-01-01', NULL, NULL, 'vigo_cal'),
  ('55', 'Troms', date '2024-01-01', NULL, NULL, 'vigo_cal'),
  ('56', 'Finnmark', date '2024-01-01', NULL, NULL, 'vigo_cal');

-- ---------------------------------------------------------------------
-- Regions and the counties they lie in
-- ---------------------------------------------------------------------
INSERT INTO vigo_cal.region (region_key, name, origin) VALUES
  ('oslo', 'Oslo', 'vigo_cal'),
  ('rogaland', 'Rogaland', 'vigo_cal'),
  ('more_og_romsdal', 'Møre og Romsdal', 'vigo_cal'),
  ('nordland', 'Nordland', 'vigo_cal'),
  ('viken', 'Viken', 'vigo_cal'),
  ('viken_tidl_akershus_og_ostfold', 'Viken (tidl. Akershus og Østfold)', 'vigo_cal'),
  ('viken_tidl_buskerud', 'Viken (tidl. Buskerud)', 'vigo_cal'),
  ('innlandet', 'Innlandet', 'vigo_cal'),
  ('vestfold_og_telemark', 'Vestfold og Telemark', 'vigo_cal'),
  ('agder', 'Agder', 'vigo_cal'),
  ('vestland', 'Vestland', 'vigo_cal'),
  ('vestland_tidl_hordaland', 'Vestland (tidl. Hordaland)', 'vigo_cal'),
  ('vestland_tidl_sogn_og_fjordane', 'Vestland (tidl. Sogn og Fjordane)', 'vigo_cal'),
  ('trondelag', 'Trøndelag', 'vigo_cal'),
  ('troms_og_finnmark', 'Troms og Finnmark', 'vigo_cal'),
  ('ostfold', 'Østfold', 'vigo_cal'),
  ('akershus', 'Akershus', 'vigo_cal'),
  ('buskerud', 'Buskerud', 'vigo_cal'),
  ('vestfold', 'Vestfold', 'vigo_cal'),
  ('telemark', 'Telemark', 'vigo_cal'),
  ('troms', 'Troms', 'vigo_cal'),
  ('finnmark', 'Finnmark', 'vigo_cal');

-- Former Akershus is Akershus (32) from 2024, former Østfold is Østfold
-- (31), former Buskerud is Buskerud (33); Hordaland and Sogn og Fjordane
-- stay in Vestland (46).
INSERT INTO vigo_cal.region_county (region_key, county_number, partial, origin) VALUES
  ('oslo', '03', false, 'vigo_cal'),
  ('rogaland', '11', false, 'vigo_cal'),
  ('more_og_romsdal', '15', false, 'vigo_cal'),
  ('nordland', '18', false, 'vigo_cal'),
  ('viken', '30', false, 'vigo_cal'),
  ('viken', '31', false, 'vigo_cal'),
  ('viken', '32', false, 'vigo_cal'),
  ('viken', '33', false, 'vigo_cal'),
  ('viken_tidl_akershus_og_ostfold', '30', true, 'vigo_cal'),
  ('viken_tidl_akershus_og_ostfold', '31', false, 'vigo_cal'),
  ('viken_tidl_akershus_og_ostfold', '32', false, 'vigo_cal'),
  ('viken_tidl_buskerud', '30', true, 'vigo_cal'),
  ('viken_tidl_buskerud', '33', false, 'vigo_cal'),
  ('innlandet', '34', false, 'vigo_cal'),
  ('vestfold_og_telemark', '38', false, 'vigo_cal'),
  ('vestfold_og_telemark', '39', false, 'vigo_cal'),
  ('vestfold_og_telemark', '40', false, 'vigo_cal'),
  ('agder', '42', false, 'vigo_cal'),
  ('vestland', '46', false, 'vigo_cal'),
  ('vestland_tidl_hordaland', '46', true, 'vigo_cal'),
  ('vestland_tidl_sogn_og_fjordane', '46', true, 'vigo_cal'),
  ('trondelag', '50', false, 'vigo_cal'),
  ('troms_og_finnmark', '54', false, 'vigo_cal'),
  ('troms_og_finnmark', '55', false, 'vigo_cal'),
  ('troms_og_finnmark', '56', false, 'vigo_cal'),
  ('ostfold', '31', false, 'vigo_cal'),
  ('akershus', '32', false, 'vigo_cal'),
  ('buskerud', '33', false, 'vigo_cal'),
  ('vestfold', '39', false, 'vigo_cal'),
  ('telemark', '40', false, 'vigo_cal'),
  ('troms', '55', false, 'vigo_cal'),
  ('finnmark', '56', false, 'vigo_cal');
-- School holidays per region and school year, as data: one row per
-- region, school year and kind (hostferie, vinterferie), each citing its
-- source (source: the page's title and address; source_kind: edition,
-- county, school or municipality).  Years without a row are not stored:
-- all_school_holidays projects them from the latest known year, marked
-- tentative and projected (doc/school_holidays.md).
--
-- 2023-2024: as printed in the edition (arshjul_2023_2024.csv entries
-- e25, e26, e79, e80, e81; school_holidays_2023_2024.csv).
--
-- 2024-2025 to 2027-2028: the skoleruter for videregående opplæring of the
-- 15 counties of 2024, read from stored copies of their public pages.  A
-- county's own decision is preferred to a school's page, and a school's to
-- a municipality's (grunnskole) page, which is the last resort.  Every row
-- from a municipal page, or whose link to the county's skolerute is
-- inferred, is tentative, and its note says why.  The note quotes the
-- page.  Every first and last day was checked against the ISO week of the
-- rule (sql/school_holidays.sql).  For 2027-2028 only Oslo's standing rule
-- ("alltid uke 40 / uke 8") was found, and for Finnmark only one municipal
-- page (2024-2025).  Not used as sources: aggregators (timeanddate.no,
-- skolefri.no) and private grunnskoler.
--
-- Kept as found: Nordland's høstferie is the whole week 40 from 2024 (it
-- was Wednesday to Friday of week 41 in 2023); Troms's and Finnmark's are
-- Wednesday to Friday of week 40, and Finnmark's vinterferie Wednesday to
-- Friday of week 10; Vestland's vinterferie differs between former
-- Hordaland (week 9) and former Sogn og Fjordane (week 8), its høstferie
-- does not.  one_off marks a year moved from the usual week, which is not
-- projected to later years (Rogaland and Innlandet, February 2027).

-- ---------------------------------------------------------------------
-- School holidays 2023-2024 (entries e25, e26, e79, e80, e81)
-- ---------------------------------------------------------------------
-- All printed "Med forbehold om endringer."  The winter holidays of
-- February/March 2024 are printed with the 2020 names although the split
-- counties no longer existed; region_county maps them to the new ones.
INSERT INTO vigo_cal.school_holiday (region_key, school_year, kind, rule, tentative, note, source, source_kind, origin) VALUES
  ('agder', '2023-2024', 'hostferie', 'uke 40', true, 'Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e25', 'edition', 'vigo_cal'),
  ('oslo', '2023-2024', 'hostferie', 'uke 40', true, 'Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e25', 'edition', 'vigo_cal'),
  ('viken', '2023-2024', 'hostferie', 'uke 40', true, 'Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e25', 'edition', 'vigo_cal'),
  ('troms_og_finnmark', '2023-2024', 'hostferie', 'uke 40', true, 'Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e25', 'edition', 'vigo_cal'),
  ('innlandet', '2023-2024', 'hostferie', 'uke 41', true, 'Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e26', 'edition', 'vigo_cal'),
  ('more_og_romsdal', '2023-2024', 'hostferie', 'uke 41', true, 'Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e26', 'edition', 'vigo_cal'),
  ('rogaland', '2023-2024', 'hostferie', 'uke 41', true, 'Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e26', 'edition', 'vigo_cal'),
  ('trondelag', '2023-2024', 'hostferie', 'uke 41', true, 'Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e26', 'edition', 'vigo_cal'),
  ('vestfold_og_telemark', '2023-2024', 'hostferie', 'uke 41', true, 'Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e26', 'edition', 'vigo_cal'),
  ('vestland', '2023-2024', 'hostferie', 'uke 41', true, 'Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e26', 'edition', 'vigo_cal'),
  ('nordland', '2023-2024', 'hostferie', 'uke 41 ons-fre', true,
   'Printed "Nordland (kun 11.-13. oktober)". Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e26', 'edition', 'vigo_cal'),
  ('agder', '2023-2024', 'vinterferie', 'uke 8', true, 'Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e79', 'edition', 'vigo_cal'),
  ('oslo', '2023-2024', 'vinterferie', 'uke 8', true, 'Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e79', 'edition', 'vigo_cal'),
  ('more_og_romsdal', '2023-2024', 'vinterferie', 'uke 8', true, 'Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e79', 'edition', 'vigo_cal'),
  ('trondelag', '2023-2024', 'vinterferie', 'uke 8', true, 'Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e79', 'edition', 'vigo_cal'),
  ('vestfold_og_telemark', '2023-2024', 'vinterferie', 'uke 8', true, 'Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e79', 'edition', 'vigo_cal'),
  ('vestland_tidl_sogn_og_fjordane', '2023-2024', 'vinterferie', 'uke 8', true, 'Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e79', 'edition', 'vigo_cal'),
  ('viken_tidl_akershus_og_ostfold', '2023-2024', 'vinterferie', 'uke 8', true, 'Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e79', 'edition', 'vigo_cal'),
  ('innlandet', '2023-2024', 'vinterferie', 'uke 9', true, 'Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e80', 'edition', 'vigo_cal'),
  ('nordland', '2023-2024', 'vinterferie', 'uke 9', true, 'Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e80', 'edition', 'vigo_cal'),
  ('rogaland', '2023-2024', 'vinterferie', 'uke 9', true, 'Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e80', 'edition', 'vigo_cal'),
  ('vestland_tidl_hordaland', '2023-2024', 'vinterferie', 'uke 9', true, 'Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e80', 'edition', 'vigo_cal'),
  ('viken_tidl_buskerud', '2023-2024', 'vinterferie', 'uke 9', true, 'Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e80', 'edition', 'vigo_cal'),
  ('troms_og_finnmark', '2023-2024', 'vinterferie', 'uke 10', true,
   'Printed only "Troms og Finnmark" under Uke 10, after the winter holiday rows. Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e81', 'edition', 'vigo_cal');

-- ---------------------------------------------------------------------
-- School holidays from the counties' skoleruter, 2024-2025 to 2027-2028
-- ---------------------------------------------------------------------
-- 2024-2025
INSERT INTO vigo_cal.school_holiday
  (region_key, school_year, kind, rule, tentative, one_off, note, source, source_kind, origin)
VALUES
  -- 03 oslo hostferie (2024-09-30..2024-10-04)
  ('oslo', '2024-2025', 'hostferie', 'uke 40', false, false,
   'Osloskolen (Utdanningsetaten), one skolerute for grunnskole and vgs: "Høstferie 2024: mandag 30. september – fredag 4. oktober".',
   'Ferie og fridager for skoleåret 2024/2025, https://aktuelt.osloskolen.no/felles-nyhetsliste/ferie-og-fridager-for-skolearet-20242025/',
   'county', 'vigo_cal'),
  -- 03 oslo vinterferie (2025-02-17..2025-02-21)
  ('oslo', '2024-2025', 'vinterferie', 'uke 8', false, false,
   'Osloskolen: "Vinterferie 2025: mandag 17. februar til 21. februar".',
   'Ferie og fridager for skoleåret 2024/2025, https://aktuelt.osloskolen.no/felles-nyhetsliste/ferie-og-fridager-for-skolearet-20242025/',
   'county', 'vigo_cal'),
  -- 11 rogaland hostferie (2024-10-07..2024-10-11)
  ('rogaland', '2024-2025', 'hostferie', 'uke 41', false, false,
   'Godalen vgs (Stavanger): "Høstferie: uke 41 (7. - 11. oktober)". Eigersund and Vindafjord kommune agree.',
   'Skoleruten (Godalen vgs, Skoleruten 2024/25), https://www.godalen.vgs.no/hovedmeny/for-elever/skolehverdag/skoleferier-og-fridager-skoleruten/',
   'school', 'vigo_cal'),
  -- 11 rogaland vinterferie (2025-02-24..2025-02-28)
  ('rogaland', '2024-2025', 'vinterferie', 'uke 9', false, false,
   'Godalen vgs: "Vinterferie: uke 9 (24. februar - 28. februar)".',
   'Skoleruten (Godalen vgs, Skoleruten 2024/25), https://www.godalen.vgs.no/hovedmeny/for-elever/skolehverdag/skoleferier-og-fridager-skoleruten/',
   'school', 'vigo_cal'),
  -- 15 more_og_romsdal hostferie (2024-10-07..2024-10-11)
  ('more_og_romsdal', '2024-2025', 'hostferie', 'uke 41', false, false,
   'Stranda vgs: "Haustferie veke 41: måndag 7. – fredag 11. oktober". Ålesund kommune, whose skolerute follows the county''s proposal, agrees.',
   'Skuleruta (Stranda vgs), https://stranda.vgs.no/skuleruta',
   'school', 'vigo_cal'),
  -- 15 more_og_romsdal vinterferie (2025-02-17..2025-02-21)
  ('more_og_romsdal', '2024-2025', 'vinterferie', 'uke 8', false, false,
   'Stranda vgs: "Vinterferie veke 8, måndag 17. – fredag 21. februar".',
   'Skuleruta (Stranda vgs), https://stranda.vgs.no/skuleruta',
   'school', 'vigo_cal'),
  -- 18 nordland hostferie (2024-09-30..2024-10-04)
  ('nordland', '2024-2025', 'hostferie', 'uke 40', true, false,
   'Tentative: municipal page, no county or public vgs page for 2024-2025 found. Narvik: "Høstferie 30. september til 4. oktober", the whole week 40 (2023-2024: Wednesday to Friday of week 41); Vefsn ("høstferien er en hel uke") and Nesna agree. A private vgs (KVN, Nesna, kvn.no/skolerute) prints "Høstferie: Uke 40" without days; its "Uke 41" for 2023-2024 stood for three days, so the label does not show the whole week.',
   'Skolerute 2024/2025 (Narvik kommune, vedtatt skolerute), https://www.narvik.kommune.no/kunngjoringer-og-horinger/skolerute-2024-2025.361074.aspx',
   'municipality', 'vigo_cal'),
  -- 18 nordland vinterferie (2025-03-03..2025-03-07)
  ('nordland', '2024-2025', 'vinterferie', 'uke 10', true, false,
   'Tentative: municipal page. Narvik: "Vinterferie 3-7. mars" (week 10); Vefsn and Nesna agree, and a private vgs (KVN, Nesna) prints "Vinterferie: Uke 10".',
   'Skolerute 2024/2025 (Narvik kommune, vedtatt skolerute), https://www.narvik.kommune.no/kunngjoringer-og-horinger/skolerute-2024-2025.361074.aspx',
   'municipality', 'vigo_cal'),
  -- 31 ostfold hostferie (2024-09-30..2024-10-04)
  ('ostfold', '2024-2025', 'hostferie', 'uke 40', false, false,
   'Østfold fylkeskommune: "30. september til 4. oktober – Høstferie (uke 40)".',
   'Skolerute for videregående skoler i Østfold, https://ofk.no/tjenester/skole-og-opplaring/opplaring-i-skole/skoledager-ferier-og-fridager/',
   'county', 'vigo_cal'),
  -- 31 ostfold vinterferie (2025-02-17..2025-02-21)
  ('ostfold', '2024-2025', 'vinterferie', 'uke 8', false, false,
   'Østfold fylkeskommune: "17. februar til 21. februar – Vinterferie (uke 8)".',
   'Skolerute for videregående skoler i Østfold, https://ofk.no/tjenester/skole-og-opplaring/opplaring-i-skole/skoledager-ferier-og-fridager/',
   'county', 'vigo_cal'),
  -- 32 akershus hostferie (2024-09-30..2024-10-04)
  ('akershus', '2024-2025', 'hostferie', 'uke 40', false, false,
   'Asker vgs on afk.no (the holidays of the Akershus fylkeskommune schools): "30.september - 04.oktober - Høstferie (uke 40)". Ski vgs and Mailand vgs agree.',
   'Skoleferier og fridager (skoleruta), Asker vgs (afk.no), https://afk.no/asker-vgs/for-elever/skolehverdagen/skoleferier-og-fridager-skoleruta/',
   'school', 'vigo_cal'),
  -- 32 akershus vinterferie (2025-02-17..2025-02-21)
  ('akershus', '2024-2025', 'vinterferie', 'uke 8', false, false,
   'Asker vgs: "17. februar til 21. februar – Vinterferie (uke 8)".',
   'Skoleferier og fridager (skoleruta), Asker vgs (afk.no), https://afk.no/asker-vgs/for-elever/skolehverdagen/skoleferier-og-fridager-skoleruta/',
   'school', 'vigo_cal'),
  -- 33 buskerud hostferie (2024-09-30..2024-10-04)
  ('buskerud', '2024-2025', 'hostferie', 'uke 40', true, false,
   'Tentative: municipal page (Gol kommune, adult education, Hallingdal), no county or vgs page found: "Haustferie måndag 30.9 - fredag 4.10. (veke 40)".',
   'Skulerute for vaksenopplæringa 2024 - 2025 / 2025 - 2026 (Gol kommune), https://www.gol.kommune.no/meny/barnehage-og-skule/skuletilbod/gol-vaksenopplaring/skulerute',
   'municipality', 'vigo_cal'),
  -- 33 buskerud vinterferie (2025-02-24..2025-02-28)
  ('buskerud', '2024-2025', 'vinterferie', 'uke 9', true, false,
   'Tentative: municipal page (Gol): "Vinterferie 24.2. - 28.2. (veke 9)", the week former Buskerud had under Viken.',
   'Skulerute for vaksenopplæringa 2024 - 2025 / 2025 - 2026 (Gol kommune), https://www.gol.kommune.no/meny/barnehage-og-skule/skuletilbod/gol-vaksenopplaring/skulerute',
   'municipality', 'vigo_cal'),
  -- 34 innlandet hostferie (2024-10-07..2024-10-11)
  ('innlandet', '2024-2025', 'hostferie', 'uke 41', false, false,
   'Lena-Valle vgs ("felles skolerute for de videregående skolene i Innlandet"): "Høstferie Uke 41: mandag 07.10.–fredag 11.10.2024".',
   'Skoleferier og fridager (Lena-Valle vgs) – Skoleferier og fridager i Innlandet 2024/2025, https://www.lena-valle.vgs.no/hovedmeny/for-elever/praktisk-informasjon/skoleferier-og-fridager/',
   'school', 'vigo_cal'),
  -- 34 innlandet vinterferie (2025-02-24..2025-02-28)
  ('innlandet', '2024-2025', 'vinterferie', 'uke 9', false, false,
   'Lena-Valle vgs: "Vinterferie Uke 9: mandag 24.02.–fredag 28.01.2025", 28.01 a misprint for 28.02 (week 9; Åmot and Hamar kommune print 24.-28. februar).',
   'Skoleferier og fridager (Lena-Valle vgs) – Skoleferier og fridager i Innlandet 2024/2025, https://www.lena-valle.vgs.no/hovedmeny/for-elever/praktisk-informasjon/skoleferier-og-fridager/',
   'school', 'vigo_cal'),
  -- 39 vestfold hostferie (2024-10-07..2024-10-11)
  ('vestfold', '2024-2025', 'hostferie', 'uke 41', true, false,
   'Tentative: municipal page (Holmestrand grunnskole), no county or vgs page for 2024-2025 found; the same table gives the "Siste skoledag vgs", as in the joint skolerute of the Vestfold kommuner and vgs of later years: "Høstferie: uke 41 (f.o.m. mandag 7. oktober t.o.m. fredag 11. oktober)".',
   'Skoleruter - fri og feriedager (Holmestrand kommune), https://holmestrand.kommune.no/innbyggerhjelpen/skole-og-utdanning/skoleruter-ferier-og-fridager/',
   'municipality', 'vigo_cal'),
  -- 39 vestfold vinterferie (2025-02-17..2025-02-21)
  ('vestfold', '2024-2025', 'vinterferie', 'uke 8', true, false,
   'Tentative: same page: "Vinterferie: uke 8 (f.o.m. mandag 17. februar t.o.m. fredag 21. februar)".',
   'Skoleruter - fri og feriedager (Holmestrand kommune), https://holmestrand.kommune.no/innbyggerhjelpen/skole-og-utdanning/skoleruter-ferier-og-fridager/',
   'municipality', 'vigo_cal'),
  -- 40 telemark hostferie (2024-10-07..2024-10-11)
  ('telemark', '2024-2025', 'hostferie', 'uke 41', true, false,
   'Tentative: inferred from a private vgs whose page does not say it follows the county''s skolerute; no county or public vgs page for Telemark from 2024 found. "Høstferie uke 41 (f.o.m mandag 7 oktober t.o.m fredag 11. oktober)", as Vestfold og Telemark had.',
   'Skolerute 2024-2025 (Kvitsund gymnas, Kviteseid), https://kvitsund.vgs.no/?p=17900',
   'school', 'vigo_cal'),
  -- 40 telemark vinterferie (2025-02-17..2025-02-21)
  ('telemark', '2024-2025', 'vinterferie', 'uke 8', true, false,
   'Tentative: inferred, same page: "Vinterferie uke 8 (f.o.m mandag. 17.februar til og med fredag 21. februar)".',
   'Skolerute 2024-2025 (Kvitsund gymnas, Kviteseid), https://kvitsund.vgs.no/?p=17900',
   'school', 'vigo_cal'),
  -- 42 agder hostferie (2024-09-30..2024-10-04)
  ('agder', '2024-2025', 'hostferie', 'uke 40', false, false,
   'Tvedestrand vgs (the skolerute of the Agder fylkeskommune schools): "Haustferie uke 40: 30.september - 4.oktober". Vågsbygd and Vennesla vgs agree. The free Friday 18.10 (Sørlandsk lærerstevne) is a day of its own, not part of the break.',
   'Skolerute for Agder fylkeskommune (Tvedestrand vgs), https://tvedestrand.vgs.no/for-elever/skolehverdag/skoleferier-og-fridager-skoleruta/',
   'school', 'vigo_cal'),
  -- 42 agder vinterferie (2025-02-17..2025-02-21)
  ('agder', '2024-2025', 'vinterferie', 'uke 8', false, false,
   'Tvedestrand vgs: "Vinterferie uke 8: 17.februar - 21.februar".',
   'Skolerute for Agder fylkeskommune (Tvedestrand vgs), https://tvedestrand.vgs.no/for-elever/skolehverdag/skoleferier-og-fridager-skoleruta/',
   'school', 'vigo_cal'),
  -- 46 vestland hostferie (2024-10-07..2024-10-11)
  ('vestland', '2024-2025', 'hostferie', 'uke 41', true, false,
   'Tentative: municipal page (Fjaler, former Sogn og Fjordane: "Vestland fylkeskommune har ei felles skulerute"): "Haustferie 7. - 11. oktober". Etne and Bømlo (former Hordaland) and Sunnfjord print the same week.',
   'Skulerute Våge skule (Fjaler kommune), https://www.fjaler.kommune.no/tenester/barnehage-og-skule/skule/skular-i-kommunen/vage-skule/skulerute',
   'municipality', 'vigo_cal'),
  -- 46 vestland_tidl_hordaland vinterferie (2025-02-24..2025-02-28)
  ('vestland_tidl_hordaland', '2024-2025', 'vinterferie', 'uke 9', true, false,
   'Tentative: municipal page (Etne): "Vinterferie veke 9 (24.-28.02.)"; Bømlo agrees.',
   'Skuleruta 2024/2025 (Etne kommune), https://www.etne.kommune.no/barn-og-unge/skule/skuleruta/skuleruta-2024-2025/',
   'municipality', 'vigo_cal'),
  -- 46 vestland_tidl_sogn_og_fjordane vinterferie (2025-02-17..2025-02-21)
  ('vestland_tidl_sogn_og_fjordane', '2024-2025', 'vinterferie', 'uke 8', true, false,
   'Tentative: municipal page (Fjaler): "Vinterferie 17. - 21. februar"; Sunnfjord agrees.',
   'Skulerute Våge skule (Fjaler kommune), https://www.fjaler.kommune.no/tenester/barnehage-og-skule/skule/skular-i-kommunen/vage-skule/skulerute',
   'municipality', 'vigo_cal'),
  -- 50 trondelag hostferie (2024-10-07..2024-10-11)
  ('trondelag', '2024-2025', 'hostferie', 'uke 41', true, false,
   'Tentative: municipal page (Frøya), no county or vgs page from 2024 found: "Høstferie 7. - 11 oktober".',
   'Skoleruta (Frøya kommune), https://froya.kommune.no/tjenester/oppvekst/skole-og-barnehagerute/skoleruta',
   'municipality', 'vigo_cal'),
  -- 50 trondelag vinterferie (2025-03-03..2025-03-07)
  ('trondelag', '2024-2025', 'vinterferie', 'uke 10', true, false,
   'Tentative: one municipal page (Frøya): "Vinterferie 3. - 7. mars", week 10 where Trøndelag usually has week 8; to be checked against the county''s skolerute.',
   'Skoleruta (Frøya kommune), https://froya.kommune.no/tjenester/oppvekst/skole-og-barnehagerute/skoleruta',
   'municipality', 'vigo_cal'),
  -- 55 troms hostferie (2024-10-02..2024-10-04)
  ('troms', '2024-2025', 'hostferie', 'uke 40 ons-fre', true, false,
   'Tentative: municipal forskrift that "følger Troms og Finnmark fylkeskommunens skolerute for videregående skolene": "Høstferie onsdag 2.oktober-fredag 4.oktober", Wednesday to Friday only; Harstad kommune prints the same days.',
   'Forskrift om skole- og feriedager 2024-2025, Kåfjord kommune, https://www.kafjord.kommune.no/cppage.6678809-422935.html',
   'municipality', 'vigo_cal'),
  -- 55 troms vinterferie (2025-03-03..2025-03-07)
  ('troms', '2024-2025', 'vinterferie', 'uke 10', true, false,
   'Tentative: same forskrift: "Vinterferie mandag 3.mars-fredag 7.mars" (week 10); Harstad kommune agrees.',
   'Forskrift om skole- og feriedager 2024-2025, Kåfjord kommune, https://www.kafjord.kommune.no/cppage.6678809-422935.html',
   'municipality', 'vigo_cal'),
  -- 56 finnmark hostferie (2024-10-02..2024-10-04)
  ('finnmark', '2024-2025', 'hostferie', 'uke 40 ons-fre', true, false,
   'Tentative: municipal page (Gamvik grunnskole), no county or vgs page for Finnmark after the split found; its year read from the weekdays it prints (Monday 19 August, second Whit Monday 9 June: 2024-2025): "Høstferie: onsdag 2. til fredag 4. oktober (i uke 40)", the days of the Troms og Finnmark vgs skolerute that Kåfjord follows.',
   'Ferie og fridager - skoleruta (Gamvik kommune), https://gamvik.kommune.no/tjenester/barnehage-og-skole/skole/ferie-og-fridager-skoleruta',
   'municipality', 'vigo_cal'),
  -- 56 finnmark vinterferie (2025-03-05..2025-03-07)
  ('finnmark', '2024-2025', 'vinterferie', 'uke 10 ons-fre', true, false,
   'Tentative: same page: "Vinterferie: 5. til 7. mars (uke 10)", Wednesday to Friday; the Troms og Finnmark vgs skolerute that Kåfjord follows has the whole week 10, so these days may be Gamvik''s own. To be checked against Finnmark fylkeskommune''s skolerute.',
   'Ferie og fridager - skoleruta (Gamvik kommune), https://gamvik.kommune.no/tjenester/barnehage-og-skole/skole/ferie-og-fridager-skoleruta',
   'municipality', 'vigo_cal');

-- 2025-2026
INSERT INTO vigo_cal.school_holiday
  (region_key, school_year, kind, rule, tentative, one_off, note, source, source_kind, origin)
VALUES
  -- 03 oslo hostferie (2025-09-29..2025-10-03)
  ('oslo', '2025-2026', 'hostferie', 'uke 40', true, false,
   'Tentative: a standing rule, no dated list for this year found. Osloskolen (one skolerute for grunnskole and vgs): "Høstferien er alltid uke 40, og vinterferien er alltid uke 8". Kastellet skole printed the same rule for 2018-2019, and the dated list of 2024-2025 keeps it.',
   'Ferie og fridager (Vetland skole, osloskolen.no), https://vetland.osloskolen.no/skolens-tilbud/hjemskole-samarbeid/ferie-og-fridager/',
   'school', 'vigo_cal'),
  -- 03 oslo vinterferie (2026-02-16..2026-02-20)
  ('oslo', '2025-2026', 'vinterferie', 'uke 8', true, false,
   'Tentative: the same standing rule: "vinterferien er alltid uke 8".',
   'Ferie og fridager (Vetland skole, osloskolen.no), https://vetland.osloskolen.no/skolens-tilbud/hjemskole-samarbeid/ferie-og-fridager/',
   'school', 'vigo_cal'),
  -- 18 nordland hostferie (2025-09-29..2025-10-03)
  ('nordland', '2025-2026', 'hostferie', 'uke 40', true, false,
   'Tentative: municipal page (Nesna grunnskole): "Høstferie: 29. september - 3. oktober", the whole week 40.',
   'Skolerute 2025-2026 (Nesna kommune), https://nesna.kommune.no/aktuelt/skolerute-2025-2026.3971.aspx',
   'municipality', 'vigo_cal'),
  -- 18 nordland vinterferie (2026-03-02..2026-03-06)
  ('nordland', '2025-2026', 'vinterferie', 'uke 10', true, false,
   'Tentative: municipal page (Nesna grunnskole): "Vinterferie: 2. mars - 6. mars" (week 10).',
   'Skolerute 2025-2026 (Nesna kommune), https://nesna.kommune.no/aktuelt/skolerute-2025-2026.3971.aspx',
   'municipality', 'vigo_cal'),
  -- 31 ostfold hostferie (2025-09-29..2025-10-03)
  ('ostfold', '2025-2026', 'hostferie', 'uke 40', false, false,
   'A school that follows the public vgs of Østfold: "Uke 40: Høstferie (mandag 29. september til fredag 3. oktober)". The county says 2025-2026 and 2026-2027 were adopted on 19.06.2024; their days are not in the copy read.',
   'Skolerute (hnh.vgs.no, skoleruta høsten 2025 / våren 2026), https://hnh.vgs.no/for-elever-og-foresatte/skolerute',
   'school', 'vigo_cal'),
  -- 31 ostfold vinterferie (2026-02-16..2026-02-20)
  ('ostfold', '2025-2026', 'vinterferie', 'uke 8', false, false,
   'Same page: "Uke 8: Vinterferie (mandag 16. februar til fredag 20. februar)".',
   'Skolerute (hnh.vgs.no, skoleruta høsten 2025 / våren 2026), https://hnh.vgs.no/for-elever-og-foresatte/skolerute',
   'school', 'vigo_cal'),
  -- 32 akershus hostferie (2025-09-29..2025-10-03)
  ('akershus', '2025-2026', 'hostferie', 'uke 40', false, false,
   'Asker vgs: "Mandag 29. september til og med fredag 3. oktober – Høstferie (uke 40)".',
   'Skoleferier og fridager (skoleruta), Asker vgs (afk.no), https://afk.no/asker-vgs/for-elever/skolehverdagen/skoleferier-og-fridager-skoleruta/',
   'school', 'vigo_cal'),
  -- 32 akershus vinterferie (2026-02-16..2026-02-20)
  ('akershus', '2025-2026', 'vinterferie', 'uke 8', false, false,
   'Asker vgs: "Mandag 16. februar til og med fredag 20. februar – Vinterferie (uke 8)".',
   'Skoleferier og fridager (skoleruta), Asker vgs (afk.no), https://afk.no/asker-vgs/for-elever/skolehverdagen/skoleferier-og-fridager-skoleruta/',
   'school', 'vigo_cal'),
  -- 33 buskerud hostferie (2025-09-29..2025-10-03)
  ('buskerud', '2025-2026', 'hostferie', 'uke 40', true, false,
   'Tentative: municipal page (Gol): "Haustferie måndag 29.9 - fredag 3.10 (veke 40)".',
   'Skulerute for vaksenopplæringa 2024 - 2025 / 2025 - 2026 (Gol kommune), https://www.gol.kommune.no/meny/barnehage-og-skule/skuletilbod/gol-vaksenopplaring/skulerute',
   'municipality', 'vigo_cal'),
  -- 33 buskerud vinterferie (2026-02-23..2026-02-27)
  ('buskerud', '2025-2026', 'vinterferie', 'uke 9', true, false,
   'Tentative: municipal page (Gol): "Vinterferie 23.2. - 27.2 (veke 9)".',
   'Skulerute for vaksenopplæringa 2024 - 2025 / 2025 - 2026 (Gol kommune), https://www.gol.kommune.no/meny/barnehage-og-skule/skuletilbod/gol-vaksenopplaring/skulerute',
   'municipality', 'vigo_cal'),
  -- 34 innlandet hostferie (2025-10-06..2025-10-10)
  ('innlandet', '2025-2026', 'hostferie', 'uke 41', true, false,
   'Tentative: municipal page, no vgs page for 2025-2026 found. Åmot: "Høstferie Uke 41 - mandag 06.10–fredag 10.10.2025"; Hamar and Gjøvik agree.',
   'Ferie og fridager i skolen (Åmot kommune), https://www.amot.kommune.no/tjenester/barnehage-og-skole/skole/ferie-og-fridager-i-skolen',
   'municipality', 'vigo_cal'),
  -- 34 innlandet vinterferie (2026-02-23..2026-02-27)
  ('innlandet', '2025-2026', 'vinterferie', 'uke 9', true, false,
   'Tentative: municipal page. Åmot: "Vinterferie Uke 9 - mandag 23.02 - fredag 27.02.2026"; Hamar and Gjøvik agree.',
   'Ferie og fridager i skolen (Åmot kommune), https://www.amot.kommune.no/tjenester/barnehage-og-skole/skole/ferie-og-fridager-i-skolen',
   'municipality', 'vigo_cal'),
  -- 39 vestfold hostferie (2025-10-06..2025-10-10)
  ('vestfold', '2025-2026', 'hostferie', 'uke 41', false, false,
   'Sandefjord vgs ("Felles skolerute for kommunene og de videregående skolene i Vestfold"): "Høstferie: uke 41 (f.o.m. mandag 6. oktober t.o.m. fredag 10. oktober)".',
   'Skoleruta (Sandefjord vgs, vestfoldfylke.no), https://www.vestfoldfylke.no/no/skoler/sandefjord-vgs/meny/elev-ved-sandefjord-vgs/skolerute',
   'school', 'vigo_cal'),
  -- 39 vestfold vinterferie (2026-02-16..2026-02-20)
  ('vestfold', '2025-2026', 'vinterferie', 'uke 8', false, false,
   'Sandefjord vgs: "Vinterferie: uke 8 (f.o.m. mandag 16. februar t.o.m. fredag 20. februar)".',
   'Skoleruta (Sandefjord vgs, vestfoldfylke.no), https://www.vestfoldfylke.no/no/skoler/sandefjord-vgs/meny/elev-ved-sandefjord-vgs/skolerute',
   'school', 'vigo_cal'),
  -- 42 agder hostferie (2025-09-29..2025-10-03)
  ('agder', '2025-2026', 'hostferie', 'uke 40', false, false,
   'Sam Eyde vgs: "Høstferie uke 40: 29. september - 3. oktober"; the year follows from the weekdays on the page ("Skolestart: torsdag 14. august").',
   'Skoleferier og fridager (skolerute), Sam Eyde vgs, https://sameyde.vgs.no/for-elever/skolehverdag/skoleferier-og-fridager-skolerute',
   'school', 'vigo_cal'),
  -- 42 agder vinterferie (2026-02-16..2026-02-20)
  ('agder', '2025-2026', 'vinterferie', 'uke 8', false, false,
   'Sam Eyde vgs: "Vinterferie uke 8: 16. februar - 20. februar"; Vågsbygd vgs prints the same.',
   'Skoleferier og fridager (skolerute), Sam Eyde vgs, https://sameyde.vgs.no/for-elever/skolehverdag/skoleferier-og-fridager-skolerute',
   'school', 'vigo_cal'),
  -- 46 vestland hostferie (2025-10-06..2025-10-10)
  ('vestland', '2025-2026', 'hostferie', 'uke 41', false, false,
   'Osterøy vgs (former Hordaland): "Veke 41, 6. til 10. oktober er haustferie"; Stord vgs agrees, and Kinn, Fjaler and Lærdal (former Sogn og Fjordane) have week 41 too.',
   'Skuleruta 2025/2026 for skjermlesar (Osterøy vgs), https://osteroy.vgs.no/andre-sider/skuleruta-20252026-for-skjermlesar',
   'school', 'vigo_cal'),
  -- 46 vestland_tidl_hordaland vinterferie (2026-02-23..2026-02-27)
  ('vestland_tidl_hordaland', '2025-2026', 'vinterferie', 'uke 9', false, false,
   'Osterøy vgs: "Veke 9, 23. til 27. februar er vinterferie"; Stord vgs agrees.',
   'Skuleruta 2025/2026 for skjermlesar (Osterøy vgs), https://osteroy.vgs.no/andre-sider/skuleruta-20252026-for-skjermlesar',
   'school', 'vigo_cal'),
  -- 46 vestland_tidl_sogn_og_fjordane vinterferie (2026-02-16..2026-02-20)
  ('vestland_tidl_sogn_og_fjordane', '2025-2026', 'vinterferie', 'uke 8', true, false,
   'Tentative: municipal page (Kinn), no vgs page of former Sogn og Fjordane found: "Vinterferie måndag 16. februar til fredag 20. februar (v. 8)"; Fjaler and Lærdal agree.',
   'Forskrift om skuledagar, ferie- og fridagar (Kinn kommune), https://kinn.kommune.no/vare-tenester/oppvekst-og-utdanning/skule/forskrift-om-skuledagar-ferie-og-fridagar',
   'municipality', 'vigo_cal'),
  -- 50 trondelag hostferie (2025-10-06..2025-10-10)
  ('trondelag', '2025-2026', 'hostferie', 'uke 41', true, false,
   'Tentative: municipal page (Frosta): "Høstferie uke 41: mandag 6. oktober - fredag 10. oktober"; Nærøysund agrees.',
   'Skoleruta - ferie og fridager (Frosta kommune), https://www.frosta.kommune.no/tjenester/barnehage-og-skole/skole/skoleruta-ferie-og-fridager/',
   'municipality', 'vigo_cal'),
  -- 50 trondelag vinterferie (2026-02-16..2026-02-20)
  ('trondelag', '2025-2026', 'vinterferie', 'uke 8', true, false,
   'Tentative: municipal page (Frosta): "Vinterferie uke 8: mandag 16. februar - fredag 20. februar"; Nærøysund agrees.',
   'Skoleruta - ferie og fridager (Frosta kommune), https://www.frosta.kommune.no/tjenester/barnehage-og-skole/skole/skoleruta-ferie-og-fridager/',
   'municipality', 'vigo_cal');

-- 2026-2027
INSERT INTO vigo_cal.school_holiday
  (region_key, school_year, kind, rule, tentative, one_off, note, source, source_kind, origin)
VALUES
  -- 03 oslo hostferie (2026-09-28..2026-10-02)
  ('oslo', '2026-2027', 'hostferie', 'uke 40', true, false,
   'Tentative: a standing rule, no dated list for this year found. Osloskolen (one skolerute for grunnskole and vgs): "Høstferien er alltid uke 40, og vinterferien er alltid uke 8". Kastellet skole printed the same rule for 2018-2019, and the dated list of 2024-2025 keeps it.',
   'Ferie og fridager (Vetland skole, osloskolen.no), https://vetland.osloskolen.no/skolens-tilbud/hjemskole-samarbeid/ferie-og-fridager/',
   'school', 'vigo_cal'),
  -- 03 oslo vinterferie (2027-02-22..2027-02-26)
  ('oslo', '2026-2027', 'vinterferie', 'uke 8', true, false,
   'Tentative: the same standing rule: "vinterferien er alltid uke 8".',
   'Ferie og fridager (Vetland skole, osloskolen.no), https://vetland.osloskolen.no/skolens-tilbud/hjemskole-samarbeid/ferie-og-fridager/',
   'school', 'vigo_cal'),
  -- 11 rogaland vinterferie (2027-02-15..2027-02-19)
  ('rogaland', '2026-2027', 'vinterferie', 'uke 7', true, true,
   'Tentative: inferred from a municipal (grunnskole) page that prints no days: "vinterferien neste skoleår er uke 7, to uker tidligere enn normalt" (normally uke 9), for the early Easter of 2027. Read as ISO week 7, 15.-19.02.2027 (some pages number the weeks of 2027 one higher than ISO). One-off: later years are projected from uke 9.',
   'Hana skole, Sandnes (minskole.no): notice of the adopted skolerute 2026-2027, http://www.minskole.no/hana',
   'municipality', 'vigo_cal'),
  -- 34 innlandet hostferie (2026-10-05..2026-10-09)
  ('innlandet', '2026-2027', 'hostferie', 'uke 41', true, false,
   'Tentative: municipal page. Åmot: "Høstferie Uke 41 - mandag 05.10–fredag 09.10.2026"; Hamar, Gjøvik and Trysil agree.',
   'Ferie og fridager i skolen (Åmot kommune), https://www.amot.kommune.no/tjenester/barnehage-og-skole/skole/ferie-og-fridager-i-skolen',
   'municipality', 'vigo_cal'),
  -- 34 innlandet vinterferie (2027-02-22..2027-02-26)
  ('innlandet', '2026-2027', 'vinterferie', 'uke 8', true, true,
   'Tentative: municipal page. Åmot: "Vinterferie Uke 9 - mandag 22.02 - fredag 26.02.2027"; these days are ISO week 8 (2027 begins on a Friday and the page numbers its weeks one higher). Hamar, Gjøvik and Trysil print the same days. One-off: the usual week is 9 (2022-2023 to 2025-2026), and later years are projected from it.',
   'Ferie og fridager i skolen (Åmot kommune), https://www.amot.kommune.no/tjenester/barnehage-og-skole/skole/ferie-og-fridager-i-skolen',
   'municipality', 'vigo_cal'),
  -- 39 vestfold hostferie (2026-10-05..2026-10-09)
  ('vestfold', '2026-2027', 'hostferie', 'uke 41', false, false,
   'Sandefjord vgs: "Høstferie: uke 41 (f.o.m. mandag 5. oktober t.o.m. fredag 9. oktober)".',
   'Skoleruta (Sandefjord vgs, vestfoldfylke.no), https://www.vestfoldfylke.no/no/skoler/sandefjord-vgs/meny/elev-ved-sandefjord-vgs/skolerute',
   'school', 'vigo_cal'),
  -- 39 vestfold vinterferie (2027-02-22..2027-02-26)
  ('vestfold', '2026-2027', 'vinterferie', 'uke 8', false, false,
   'Sandefjord vgs: "Vinterferie: uke 8 (f.o.m. mandag 22. februar t.o.m. fredag 26. februar)", ISO week 8 of 2027: number and days agree.',
   'Skoleruta (Sandefjord vgs, vestfoldfylke.no), https://www.vestfoldfylke.no/no/skoler/sandefjord-vgs/meny/elev-ved-sandefjord-vgs/skolerute',
   'school', 'vigo_cal'),
  -- 42 agder hostferie (2026-09-28..2026-10-02)
  ('agder', '2026-2027', 'hostferie', 'uke 40', true, false,
   'Tentative: municipal page (Froland grunnskole), no county or vgs page for 2026-2027 found: "Høstferie: 28. september - 2. oktober (uke 40)".',
   'Skoleruta 2026-2027 (Froland kommune), https://www.froland.kommune.no/tjenester/skole-og-opplaring/skoleruta-2026-2027/',
   'municipality', 'vigo_cal'),
  -- 42 agder vinterferie (2027-02-22..2027-02-26)
  ('agder', '2026-2027', 'vinterferie', 'uke 8', true, false,
   'Tentative: municipal page (Froland): "Vinterferie: 22. - 26. februar (uke 8)".',
   'Skoleruta 2026-2027 (Froland kommune), https://www.froland.kommune.no/tjenester/skole-og-opplaring/skoleruta-2026-2027/',
   'municipality', 'vigo_cal'),
  -- 46 vestland_tidl_hordaland hostferie (2026-10-05..2026-10-09)
  ('vestland_tidl_hordaland', '2026-2027', 'hostferie', 'uke 41', true, false,
   'Tentative: municipal page (Bergen grunnskole), no county or vgs page for 2026-2027 found: "05.10. - 09.10. Høstferie for skolene", the week former Sogn og Fjordane has too.',
   'Ferie og fridager (Fjellsdalen skole, Bergen kommune; the stored copy is served at an IP address under the path of bergen.kommune.no), http://193.161.171.199/omkommunen/avdelinger/fjellsdalen-skole/ferie-og-fridager',
   'municipality', 'vigo_cal'),
  -- 46 vestland_tidl_hordaland vinterferie (2027-03-01..2027-03-05)
  ('vestland_tidl_hordaland', '2026-2027', 'vinterferie', 'uke 9', true, false,
   'Tentative: same page: "01.03. - 05.03. Vinterferie for skolene", ISO week 9 of 2027, the usual week (not moved for the early Easter).',
   'Ferie og fridager (Fjellsdalen skole, Bergen kommune; the stored copy is served at an IP address under the path of bergen.kommune.no), http://193.161.171.199/omkommunen/avdelinger/fjellsdalen-skole/ferie-og-fridager',
   'municipality', 'vigo_cal'),
  -- 46 vestland_tidl_sogn_og_fjordane hostferie (2026-10-05..2026-10-09)
  ('vestland_tidl_sogn_og_fjordane', '2026-2027', 'hostferie', 'uke 41', true, false,
   'Tentative: municipal page (Kinn): "Haustferie: måndag 5. til fredag 9. oktober (veke 41)".',
   'Forskrift om skuledagar, ferie- og fridagar (Kinn kommune), https://kinn.kommune.no/vare-tenester/oppvekst-og-utdanning/skule/forskrift-om-skuledagar-ferie-og-fridagar',
   'municipality', 'vigo_cal'),
  -- 46 vestland_tidl_sogn_og_fjordane vinterferie (2027-02-22..2027-02-26)
  ('vestland_tidl_sogn_og_fjordane', '2026-2027', 'vinterferie', 'uke 8', true, false,
   'Tentative: municipal page (Kinn): "Vinterferie: måndag 22. februar - fredag 26. februar (veke 8)".',
   'Forskrift om skuledagar, ferie- og fridagar (Kinn kommune), https://kinn.kommune.no/vare-tenester/oppvekst-og-utdanning/skule/forskrift-om-skuledagar-ferie-og-fridagar',
   'municipality', 'vigo_cal');

-- 2027-2028
INSERT INTO vigo_cal.school_holiday
  (region_key, school_year, kind, rule, tentative, one_off, note, source, source_kind, origin)
VALUES
  -- 03 oslo hostferie (2027-10-04..2027-10-08)
  ('oslo', '2027-2028', 'hostferie', 'uke 40', true, false,
   'Tentative: a standing rule, no dated list for this year found. Osloskolen (one skolerute for grunnskole and vgs): "Høstferien er alltid uke 40, og vinterferien er alltid uke 8". Kastellet skole printed the same rule for 2018-2019, and the dated list of 2024-2025 keeps it.',
   'Ferie og fridager (Vetland skole, osloskolen.no), https://vetland.osloskolen.no/skolens-tilbud/hjemskole-samarbeid/ferie-og-fridager/',
   'school', 'vigo_cal'),
  -- 03 oslo vinterferie (2028-02-21..2028-02-25)
  ('oslo', '2027-2028', 'vinterferie', 'uke 8', true, false,
   'Tentative: the same standing rule: "vinterferien er alltid uke 8".',
   'Ferie og fridager (Vetland skole, osloskolen.no), https://vetland.osloskolen.no/skolens-tilbud/hjemskole-samarbeid/ferie-og-fridager/',
   'school', 'vigo_cal');
-- The 2023-2024 edition of the årshjul as data: parties, categories, one
-- event per recurring duty with the rule that dates it in any school year,
-- the overrides where the printed date follows no rule, the links between
-- events, and the edition itself with every entry as printed.
--
-- Source: the seed files arshjul_2023_2024.csv (the structured
-- transcription of the OCR'd PDF "ÅRSHJUL VIGO OPPLÆRING, skoleåret
-- 2023-2024 (pr. 21.08.2023)", and procedures.md).  Entry ids e1..e114 are
-- the transcription's.
--
-- Conventions
-- * An entry printed in both July 2023 and July 2024 is one event whose rule
--   gives both dates; July belongs to the school year before (July 2023 is
--   an occurrence of 2022-2023).  Its text follows the July 2024 printing,
--   the occurrence in the edition's own school year, unless noted.
-- * Titles and comments are templates (see render_template): {sy}, {sy-1},
--   {sy+1}, {y}, {y+1} for school years, {date:KEY}/{day:KEY} for another
--   event's date in the same school year, {date:county_deadline} and
--   {date:self}.  Dates that are the same every year (reference dates such
--   as "pr 01. oktober", "per 15. november") stay as text.
-- * {date:self + 2 virkedager} (a rule counting from the event itself) is
--   used where the text names a date a fixed distance from the event's own
--   date: "Data vil være i VIGO senest ..." (Udir WIS), "Conexus vil ha data
--   senest ...", "ftp-server senest ...".  render_template resolves the
--   offsets after the key as a rule (doc/schedule.md, Templates).
-- * Rules give the day an editor would print in any year.  The evidence is
--   the edition itself: only 7 of its 113 dates fall on a weekend, all of
--   them dates fixed by law or by a system (15.07, 14.07, 30.06, the day
--   before the last formidlingsfil); the "pr"/"per" rows move a weekend to
--   the next working day (Sun 01.10.2023 -> Mon 02.10, Sat 15.06.2024 ->
--   Mon 17.06, 01.01 -> Tue 02.01.2024); and the publisher writes of a
--   Sunday deadline "dvs. siste arbeidsdag fredag".  So:
--   - fixed_date true, a plain day: fixed by law or by a system, kept on a
--     weekend (14.07, 15.07, 30.06, 31.07; the day before the last
--     formidlingsfil; the month "i løpet av august");
--   - "DD.MM, neste virkedag": deliveries, publications, jobs and runs,
--     first days, recommended dates, and the deadlines that applicants or
--     the public meet (søknadsfrist, oppmelding), which in Norway move to
--     the next working day;
--   - "DD.MM, forrige virkedag": internal deadlines ("Siste dato", "Frist
--     for", "Siste frist"), their last working day; but the deadlines of
--     3 January move forward, not back over New Year;
--   - an nth weekday or a week where a block of days hangs on a weekday; a
--     reference (KEY + n virkedager) where the text or procedures.md says
--     one duty follows another.
--   The rule of every event, with its evidence in one line, is in
--   doc/schedule.md.  Judgement calls are noted above the event.
-- * Rights updates (5A019) fall on the working day before the delivery they
--   prepare; Udir's "Tilbakemelding" one working day after the delivery;
--   "Frist for fylkene å registrere/kjøre inntak i VIGO er X" is the county
--   deadline, always the calendar day before.
-- * first_school_year is NULL (always) for every event: the rules are meant
--   for every year, and the July 2023 entries are occurrences of 2022-2023.
-- * A Fra or Til cell with two parties (printed on two lines) keeps the first
--   as the party; the second is named in the note above the event.

-- ---------------------------------------------------------------------
-- Parties: every Fra and Til of the edition
-- ---------------------------------------------------------------------
INSERT INTO vigo_cal.party (party_key, name, description, origin) VALUES
  ('vigo_ist', 'VIGO (IST)', 'IST, the vendor that runs VIGO centrally (also printed "Vigo (IST)")', 'vigo_cal'),
  ('vigo_sentralbasen_ist', 'VIGO Sentralbasen (IST)', 'the central VIGO database, run by IST', 'vigo_cal'),
  ('vigo_inntak', 'VIGO (Inntak)', 'the admissions side of VIGO in the counties', 'vigo_cal'),
  ('vigo_skole_inntak', 'VIGO Skole (Inntak)', 'VIGO Skole, administered by the county admissions office', 'vigo_cal'),
  ('vigo_inntakskontoret', 'VIGO (Inntakskontoret)', 'the county admissions office, as VIGO user', 'vigo_cal'),
  ('inntakskontorene', 'Inntakskontorene', 'the county admissions offices', 'vigo_cal'),
  ('vigo_fagopplaering', 'VIGO (Fagopplæring)', 'the apprenticeship (fagopplæring) side of VIGO in the counties', 'vigo_cal'),
  ('fylkesansvarlig_vis', 'Fylkesansvarlig for ViS', 'the county officer for ViS (Visma InSchool)', 'vigo_cal'),
  ('skolene_fylkesansvarlig_sas', 'Skolene/Fylkesansvarlig SAS', 'the schools and the county officer for the school administration systems', 'vigo_cal'),
  ('privatistkontoret_fylkesansvarlig_sas', 'Privatistkontoret/Fylkesansvarlig SAS', 'the county office for private candidates and the county officer for the school administration systems', 'vigo_cal'),
  ('grunnskolene', 'Grunnskolene', 'the lower-secondary schools', 'vigo_cal'),
  ('skolene', 'Skolene', 'the upper-secondary schools', 'vigo_cal'),
  ('fylkene', 'Fylkene', 'the counties (fylkeskommunene)', 'vigo_cal'),
  ('fylkene_vilbli', 'Fylkene/vilbli.no (Fagbokforlaget)', 'the counties together with vilbli.no', 'vigo_cal'),
  ('vilbli', 'vilbli.no (Fagbokforlaget)', 'vilbli.no, the national guide to upper-secondary education, run by Fagbokforlaget', 'vigo_cal'),
  ('vigo_ot', 'VIGO OT', 'the follow-up service (oppfølgingstjenesten) module of VIGO', 'vigo_cal'),
  ('vigo_ot_ansvarlig', 'VIGO OT-ansvarlig i fylket', 'the county officer for VIGO OT', 'vigo_cal'),
  ('vigo_kodeverksgruppe', 'VIGO Kodeverksgruppe', 'the VIGO code-list group', 'vigo_cal'),
  ('udir', 'Udir', 'Utdanningsdirektoratet, the Directorate for Education and Training', 'vigo_cal'),
  ('udir_inkl_ssb', 'Udir (inkl SSB)', 'Udir, receiving on behalf of Statistics Norway as well', 'vigo_cal'),
  ('udir_wis', 'Udir (WIS)', 'Udir''s WIS, the data system of the private schools', 'vigo_cal'),
  ('ssb', 'SSB', 'Statistisk sentralbyrå, Statistics Norway', 'vigo_cal'),
  ('bring_og_ssb', 'Bring og SSB', 'Bring (postal codes) and SSB (municipality numbers)', 'vigo_cal'),
  ('lanekassen', 'Lånekassen', 'Statens lånekasse for utdanning, the student loan fund', 'vigo_cal'),
  ('fpvs', 'Forsvarets personell- og vernepliktssenter (FPVS)', 'the armed forces'' personnel and conscription centre', 'vigo_cal'),
  ('conexus', 'Conexus', 'Conexus, vendor of the Insight (formerly PULS) analysis tool', 'vigo_cal'),
  ('statsforvalteren', 'Statsforvalteren', 'the county governor, responsible for joint exam marking', 'vigo_cal');

-- ---------------------------------------------------------------------
-- Categories: the colour legend of the PDF
-- ---------------------------------------------------------------------
-- The printed colours did not survive OCR, so the colours are a new
-- palette: Tableau 10 (distinct, readable on white, colour-blind tolerant)
-- for the ten legend keys, and a pale blue for school holidays, which the
-- wheel draws as background.
INSERT INTO vigo_cal.category (category_key, label, color, sort_order, origin) VALUES
  ('vigo_internal', 'VIGO internt og fylkene', '#4e79a7', 10, 'vigo_cal'),
  ('udir_fagopplaering', 'Udir – fagopplæring', '#59a14f', 20, 'vigo_cal'),
  ('udir_privatskole', 'Udir – privatskoler', '#b07aa1', 30, 'vigo_cal'),
  ('udir_soker_inntak', 'Udir – søkere og inntak', '#76b7b2', 40, 'vigo_cal'),
  ('ssb_udir', 'SSB og Udir – statistikk', '#f28e2b', 50, 'vigo_cal'),
  ('lanekassen', 'Lånekassen', '#e15759', 60, 'vigo_cal'),
  ('ot', 'Oppfølgingstjenesten (OT)', '#edc948', 70, 'vigo_cal'),
  ('vilbli', 'vilbli.no', '#ff9da7', 80, 'vigo_cal'),
  ('conexus', 'Conexus', '#9c755f', 90, 'vigo_cal'),
  ('fpvs', 'FPVS', '#79706e', 100, 'vigo_cal'),
  ('school_holiday', 'Skoleferie', '#a0cbe8', 110, 'vigo_cal');

-- ---------------------------------------------------------------------
-- Events: one per recurring duty, in the order of the edition
-- ---------------------------------------------------------------------
-- Above each row: the entries it stands for and their printed dates.
INSERT INTO vigo_cal.event
  (event_key, title, comment, from_party, to_party, category, vigo_report,
   rule, county_deadline, tentative, fixed_date, origin)
VALUES
  -- e1, e103: 04.jul / 02.jul
  -- 04.07.2023 and 02.07.2024 are both the first Tuesday of July.
  -- Text from the 2024 printing (e103).  "Conexus vil ha data senest" is the day after in
  -- 2024 (and in November and February), the same day in 2023 (e1): the template follows
  -- the majority.  "Se info i slutten av dette dokumentet" dangles (nothing about Conexus
  -- at the end of the document): kept as text, no link.
  ('conexus_juli',
   'Søker-, elev- og fagopplæringsdata til Conexus i forbindelse med Insight (tidligere PULS).',
   'Se info i slutten av dette dokumentet. Conexus vil ha data senest {date:self + 1 virkedag}.',
   'vigo_ist', 'conexus', 'conexus', NULL,
   '1. tirsdag i juli', NULL, false, false, 'vigo_cal'),
  -- e2, e104: 05.jul / 08.jul
  -- Wed 05.07.2023 and Mon 08.07.2024 fit no common rule.  The rule is the 5th or the next
  -- working day, like the other FPVS extracts (05.10, 05.12, 01.03); 2024 (Fri 05.07 moved
  -- to Mon 08.07) is an override ("Dato for uttrekket kan bli noe justert").  Fra was "VIGO
  -- Sentralbasen (IST)" in 2023, "VIGO (IST)" in 2024.
  ('fpvs_fullfort_juli',
   'Datalevering - Fullført videregående opplæring skoleårene {sy-1} og {sy}.',
   'Dato for uttrekket kan bli noe justert.',
   'vigo_ist', 'fpvs', 'fpvs', NULL,
   '05.07, neste virkedag', NULL, true, false, 'vigo_cal'),
  -- e3, e105: 14.jul / 14.jul
  -- Fixed (fixed_date): Fri 14.07.2023 and Sun 14.07.2024.  Text from 2024 (e105); 2023
  -- (e3) read "Siste dato for kjøring av hovedinntaket Se 18. juli vedr levering av
  -- inntaksfil til Udir."
  ('hovedinntak_siste_kjoring',
   'Siste dato for kjøring av 1. hovedinntak Se {date:inntaksfil_juli}',
   NULL,
   'vigo_inntak', NULL, 'vigo_internal', NULL,
   '14.07', NULL, false, true, 'vigo_cal'),
  -- e4, e106: 15.jul / 15.jul
  -- Fixed (fixed_date): Sat 15.07.2023 and Mon 15.07.2024.  Text from e4: e106 prints the
  -- same with a doubled word ("Frist for for fylkene"), a slip not worth keeping in a
  -- template.
  -- Fra was "VIGO Sentralbasen (IST)" in 2023, "VIGO (IST)" in 2024.
  ('ssb_resultat_gs_endelig',
   'Elevdata ssbResultat og ssbResultatfag (skoleåret {sy}) for grunnskolen (endelig levering). Frist for fylkene å registrere i VIGO er {date:county_deadline}.',
   'Grunnlag for karakterstatistikk og for overgang grunnskole/videregående i KOSTRA.',
   'vigo_ist', 'udir_inkl_ssb', 'ssb_udir', NULL,
   '15.07', 'ssb_resultat_gs_endelig - 1 dag', false, true, 'vigo_cal'),
  -- e5, e107: 15.jul / 15.jul
  -- Fixed (fixed_date), as ssb_resultat_gs_endelig.  The comment is e107's as printed (the
  -- README calls it a copy of the grunnskole comment).  e5 had "Grunnlag for
  -- karakterstatistikk i KOSTRA. Se også 25. september.": that 25 September is
  -- ssb_resultat_vgs_2 of the NEXT school year (July belongs to the year before), which
  -- {date:KEY} cannot name; the see_also link records it instead.  Til was "Udir" in 2023,
  -- "Udir (inkl SSB)" in 2024.
  ('ssb_resultat_vgs_1',
   'Elevdata ssbResultat og ssbResultatfag (skoleåret {sy}) for videregående opplæring (1. levering). Frist for fylkene å registrere i VIGO er {date:county_deadline}.',
   'Grunnlag for karakterstatistikk og for overgang grunnskole/videregående i KOSTRA.',
   'vigo_ist', 'udir_inkl_ssb', 'ssb_udir', NULL,
   '15.07', 'ssb_resultat_vgs_1 - 1 dag', false, true, 'vigo_cal'),
  -- e6, e108: 18.jul / 16.jul
  -- One working day after the delivery: Sat 15.07.2023 rolls to Mon 17, + 1 = Tue 18.07;
  -- Mon 15.07.2024 + 1 = Tue 16.07.  "skoleåret {sy}" is in the 2024 text only.
  ('udir_tilbakemelding_resultat_gs',
   'Tilbakemelding fra Udir på ssbResultat og ssbResultatfag for grunnskolen skoleåret {sy}.',
   'IST henter ut disse filene fra Udir. Blir ikke sendt videre til fylkene.',
   'udir_inkl_ssb', 'vigo_ist', 'ssb_udir', NULL,
   'ssb_resultat_gs_endelig + 1 virkedag', NULL, false, false, 'vigo_cal'),
  -- e7, e109: 18.jul / 16.jul
  ('udir_tilbakemelding_resultat_vgs_1',
   'Tilbakemelding fra Udir på ssbResultat og ssbResultatfag for videregående opplæring skoleåret {sy}.',
   'IST henter ut disse filene fra Udir. Filene blir lagt ut på fylkets ftp-server i begynnelsen av august.',
   'udir_inkl_ssb', 'vigo_ist', 'ssb_udir', NULL,
   'ssb_resultat_vgs_1 + 1 virkedag', NULL, false, false, 'vigo_cal'),
  -- e8, e110: 18.jul / 17.jul
  -- "etter 1. inntak" (procedures.md S19, S20): two working days after the last run of the
  -- hovedinntak, Fri 14.07.2023 -> Tue 18.07 and Sun 14.07.2024 -> Wed 17.07.  The date of
  -- e8 is inferred (README repair 1).  e8 said "... er 17. juli 2023." and "per juli".
  ('inntaksfil_juli',
   'Inntaksfil skole og fagopplæring (etter 1. inntak) Frist for fylkene å kjøre inntak i VIGO er {date:county_deadline}.',
   'Grunnlag for publisering av 1. inntak per juli {y+1}',
   'vigo_ist', 'udir_inkl_ssb', 'udir_soker_inntak', NULL,
   'hovedinntak_siste_kjoring + 2 virkedager', 'inntaksfil_juli - 1 dag', false, false, 'vigo_cal'),
  -- e9, e112: 31.jul / 31.jul
  -- Fixed (fixed_date): Mon 31.07.2023 and Wed 31.07.2024, a job on the last day of the
  -- school year.
  ('laerer_brukere_passiv',
   'Lærer-brukere i VIGO Skole settes passiv',
   NULL,
   'vigo_ist', NULL, 'vigo_internal', NULL,
   '31.07', NULL, false, true, 'vigo_cal'),
  -- e10: 31.aug
  -- An internal deadline: its last working day.
  ('skolene_registrere_ajourhold',
   'Siste dato for skolene å registrere elever i forhold til ajourhold ved skolestart.',
   NULL,
   'skolene', NULL, 'vigo_internal', NULL,
   '31.08, forrige virkedag', NULL, false, false, 'vigo_cal'),
  -- e11: I løpet av august
  -- fixed_date: a whole month, printed "I løpet av august" every year; its first day is no
  -- due date to move.
  ('vilbli_apner_neste_skolear',
   'vilbli.no åpner informasjon om skoleåret {sy+1}.',
   NULL,
   'vilbli', NULL, 'vilbli', NULL,
   'i løpet av august', NULL, false, true, 'vigo_cal'),
  -- e12: 01.sep
  -- A delivery: the 1st or the next working day; the county deadline the day before.
  ('lanekassen_eksamensresultater',
   'Innsending av eksamensresultater for skoleåret {sy-1}. Frist for fylkene å registrere i VIGO er {date:county_deadline}.',
   'Fylket leverer data til Lånekassen så snart de er klar med egne data. Se også {date:ssb_resultat_vgs_2}.',
   'vigo_inntakskontoret', 'lanekassen', 'lanekassen', NULL,
   '01.09, neste virkedag', 'lanekassen_eksamensresultater - 1 dag', false, false, 'vigo_cal'),
  -- e13: 05.sep
  -- A delivery: the 5th or the next working day, still before søker til elev (R1).
  -- "Se info i slutten av dette dokumentet" = the Rutiner (procedures.md section 1).
  ('privatskoledata_september',
   'Privatskoledata skoleåret {sy} (elever og programområder) til Vigo. (Data vil være i VIGO senest {date:self + 2 virkedager})',
   'Se info i slutten av dette dokumentet.',
   'udir_wis', 'vigo_ist', 'udir_privatskole', NULL,
   '05.09, neste virkedag', NULL, false, false, 'vigo_cal'),
  -- e14: 08.sep
  -- The working day before søker til elev starts (Fri 08.09 before Mon 11.09): the updated
  -- inntaksdata must be in place first.  Fra also: VIGO (Inntak).
  -- Report code 8A011 kept as printed (README repair 17).
  ('inntaksdata_etter_ajourhold',
   'Frist for oppdaterte inntaksdata i VIGO (etter ajourhold).',
   'Rapport i VIGO 8A011 - Oppdatering av ajourhold.',
   'skolene_fylkesansvarlig_sas', NULL, 'vigo_internal', '8A011 - Oppdatering av ajourhold',
   'soker_til_elev_forste - 1 virkedag', NULL, false, false, 'vigo_cal'),
  -- e15: 08.sep
  -- A recommended run date: the 8th or the next working day.
  -- Fra also: Fylkesansvarlig for ViS.
  ('vigo_fag_til_vigo_voksen',
   'Anbefalt dato for overføring av data fra VIGO fag til VIGO Voksen. Gjelder avlagte prøver.',
   'Rapport 5A105 - Eksport til Vigo Voksen. Ligger under Kjøringer Fag Fylkene må vurdere om denne er aktuell i forhold til hvor mye VIGO Voksen blir brukt.',
   'vigo_fagopplaering', NULL, 'vigo_internal', '5A105 - Eksport til Vigo Voksen',
   '08.09, neste virkedag', NULL, false, false, 'vigo_cal'),
  -- e16: 11.sep
  -- Judgement: Mon 11.09 to Fri 15.09 is one working week ("Første"/"Siste dato", each
  -- pointing at the other), so the window starts on the 2nd Monday of September and ends
  -- that Friday; after the privatskole import of 05.09 (procedures.md R1).
  ('soker_til_elev_forste',
   'Første dato for overføring fra søker til elev. Se {date:soker_til_elev_siste}',
   'Rapport i VIGO 5A001 - Oppdater elev fra søker. Etter overføring må vedlikehold av elever gjøres i 4S001. Se info i slutten av dette dokumentet.',
   'vigo_inntak', NULL, 'vigo_internal', '5A001 - Oppdater elev fra søker',
   '2. mandag i september', NULL, false, false, 'vigo_cal'),
  -- e17: 15.sep
  ('soker_til_elev_siste',
   'Siste dato for overføring fra søker til elev Se {date:soker_til_elev_forste}',
   'Rapport i VIGO 5A001 - Oppdater elev fra søker. Etter overføring må vedlikehold av elever gjøres i 4S001. Se info i slutten av dette dokumentet.',
   'vigo_inntak', NULL, 'vigo_internal', '5A001 - Oppdater elev fra søker',
   'soker_til_elev_forste + 4 dager', NULL, false, false, 'vigo_cal'),
  -- e18: 15.sep
  -- A delivery: the 15th or the next working day.
  ('privatskole_resultat_endelig',
   'Oppdatert fil fra privatskolene skoleåret {sy-1} i forhold til ssbResultat og ssbResultatfag (endelig levering) (Data vil være i VIGO senest {date:self + 2 virkedager})',
   'Etter denne dato må privatskolene selv melde endringer til Lånekassen for skoleåret {sy-1}.',
   'udir_wis', 'vigo_ist', 'udir_privatskole', NULL,
   '15.09, neste virkedag', NULL, false, false, 'vigo_cal'),
  -- e19: 15.sep
  -- A deadline the public meets: the 15th or the next working day.
  ('privatisteksamen_oppmelding_host',
   'Frist for oppmelding til privatisteksamen.',
   'Fylkene bestemmer dato for når oppmeldingsportalen åpner.',
   NULL, NULL, 'vigo_internal', NULL,
   '15.09, neste virkedag', NULL, false, false, 'vigo_cal'),
  -- e20: 18.sep
  -- The working day after the last day of søker til elev (procedures.md R2: OT lines are
  -- transferred after søker til elev).
  ('vigo_ot_overforing_forste',
   'Første dato for overføring av data fra VIGO til VIGO OT. Søkere som har takket nei. (Etter ajourhold fra skole).',
   'Rapport i VIGO: 6A015 - Utlasting til OT. Kjør uten lærlinger (gruppe 2-5) Se info i slutten av dette dokumentet.',
   'vigo_inntak', 'vigo_ot', 'ot', '6A015 - Utlasting til OT',
   'soker_til_elev_siste + 1 virkedag', NULL, false, false, 'vigo_cal'),
  -- e21: 19.sep
  -- An internal deadline: its last working day.
  -- Fra also: VIGO (Inntak).
  ('karakterer_etter_klage',
   'Frist for overføring av oppdaterte data fra skolene vedr. karakterer etter klagebehandling og evt. ny eksamen (eks sommerskolen).',
   'Husk evt. oppdatering av fullførtkoden.',
   'skolene_fylkesansvarlig_sas', NULL, 'vigo_internal', NULL,
   '19.09, forrige virkedag', NULL, false, false, 'vigo_cal'),
  -- e22: 22.sep
  -- Rights update on the working day before the delivery it prepares (procedures.md S12).
  ('rett_ssb_resultat_vgs_2',
   'Frist for å kjøre oppdatering av rett for statistikk til Udir/SSB. Se {date:ssb_resultat_vgs_2}',
   'Rapport i VIGO: 5A019 - Oppdatere rett',
   'fylkene', NULL, 'vigo_internal', '5A019 - Oppdatere rett',
   'ssb_resultat_vgs_2 - 1 virkedag', NULL, false, false, 'vigo_cal'),
  -- e23: 25.sep
  -- Delivered on the 25th or the next working day: the publisher writes of 2023 "Frist for
  -- endelig levering ... er søndag 24. september (dvs. siste arbeidsdag fredag 22.
  -- september). IST leverer fil til Udir mandag 25. september."  The county deadline stays
  -- the day before, whatever the weekday.
  -- "Se også 17. juli" is stale (the 1. levering was dated Sat 15.07; README Observations):
  -- kept as printed, no link.
  ('ssb_resultat_vgs_2',
   'Elevdata ssbResultat og ssbResultatfag (skoleåret {sy-1}) for videregående opplæring (2. levering - endelig). HUSK! Det må kjøres oppdatering av rett. Se {date:rett_ssb_resultat_vgs_2}. Frist for fylkene å registrere i VIGO er {date:county_deadline}.',
   'Grunnlag for publisering av utdanningsstatistikk og KOSTRA. Se også 17. juli. Det bør også sendes ny fil til Lånekassen.',
   'vigo_ist', 'udir_inkl_ssb', 'ssb_udir', NULL,
   '25.09, neste virkedag', 'ssb_resultat_vgs_2 - 1 dag', false, false, 'vigo_cal'),
  -- e24: 26.sep
  ('udir_tilbakemelding_resultat_vgs_2',
   'Tilbakemelding på ssbResultat og ssbResultatfag.',
   'IST henter ut disse filene fra Udir. Blir ikke sendt videre til fylkene.',
   'udir_inkl_ssb', 'vigo_ist', 'ssb_udir', NULL,
   'ssb_resultat_vgs_2 + 1 virkedag', NULL, false, false, 'vigo_cal'),
  -- e25: uke 40
  -- School holidays: these five events are the keys of the edition's entries only; the
  -- calendar's holiday rows come from vigo_cal.school_holiday (holiday_weeks, 55_counties.sql).
  ('hostferie_uke_40',
   'Høstferie for Agder, Oslo, Viken, Troms og Finnmark',
   'Med forbehold om endringer.',
   NULL, NULL, 'school_holiday', NULL,
   'uke 40', NULL, true, false, 'vigo_cal'),
  -- e26: uke 41
  -- The whole week; Nordland only Wed-Fri (school_holiday: uke 41 ons-fre).
  ('hostferie_uke_41',
   'Høstferie for Innlandet, Møre og Romsdal, Rogaland, Trøndelag, Vestfold og Telemark, Vestland, Nordland (kun 11.-13. oktober)',
   'Med forbehold om endringer.',
   NULL, NULL, 'school_holiday', NULL,
   'uke 41', NULL, true, false, 'vigo_cal'),
  -- e27: 02.okt
  -- "pr 01. oktober": delivered on the reference date or the next working day (01.10.2023
  -- is a Sunday), like the OT-data rows.
  ('udir_bedrift_oktober',
   'Filen for godkjente lærebedrifter (UdirBedrift) pr 01. oktober.',
   'Grunnlag for statistikk om lærebedrifter.',
   'vigo_ist', 'udir', 'udir_fagopplaering', NULL,
   '01.10, neste virkedag', NULL, false, false, 'vigo_cal'),
  -- e28: 02.okt
  -- A check the counties run: the 2nd or the next working day.
  ('adminbrukere_kontroll',
   'Kontroll av adminbrukerne på VIGO Skole',
   'Fylkene bør kontrollere adminbrukere.',
   'vigo_skole_inntak', NULL, 'vigo_internal', NULL,
   '02.10, neste virkedag', NULL, false, false, 'vigo_cal'),
  -- e29: 02.okt
  -- An internal deadline: its last working day.
  ('skolene_registrere_elevfil',
   'Siste dato for skolene å registrere data (fag på elevene, fagstatus og evt. elevtimer på fagene) i forhold til elevfilen til SSB/Udir.',
   NULL,
   'skolene', NULL, 'vigo_internal', NULL,
   '02.10, forrige virkedag', NULL, false, false, 'vigo_cal'),
  -- e30: 05.okt
  -- An extract: the 5th or the next working day.
  ('fpvs_fullfort_oktober',
   'Datalevering - alle opplysninger om personer med fullført videregående opplæring fom 2009 + søkere som er overført fra 2S001 til 4S001 på uttrekkstidspunktet.',
   'Dato for uttrekket kan bli noe justert.',
   'vigo_ist', 'fpvs', 'fpvs', NULL,
   '05.10, neste virkedag', NULL, true, false, 'vigo_cal'),
  -- e31: 09.okt
  -- Judgement: 09.10-13.10 is one working week built on this Monday delivery: Tue SAS
  -- import deadline, Wed IST update (data in VIGO), Thu rights update, Fri IST to Udir
  -- (WIS).  The chain keeps procedures.md S8, S10, S16, S17 in order in every year.
  -- Its April twin (08.04.2024) is also the 2nd Monday.
  ('privatskoledata_oktober',
   'Privatskoledata (elever, programområder og fag) til Vigo. (Data vil være i VIGO senest {date:self + 2 virkedager})',
   NULL,
   'udir_wis', 'vigo_ist', 'udir_privatskole', NULL,
   '2. mandag i oktober', NULL, false, false, 'vigo_cal'),
  -- e32: 10.okt
  -- Fra also: VIGO (Inntak).
  ('sas_import_elevfil',
   'Siste frist for å importere data fra de skoleadministrative systemene i forhold til elevfilene til SSB/Udir. Se {date:ist_oppdatere_fagstatus}.',
   'Rapport i VIGO: 6A001 - Import fra skoler / 6S002 SAS-konsoll. Etter fristen vil IST gjøre en jobb for å oppdatere feltene tidligere fagstatus og tidligere elevstatus.',
   'skolene_fylkesansvarlig_sas', NULL, 'vigo_internal', '6A001 - Import fra skoler / 6S002 SAS-konsoll',
   'privatskoledata_oktober + 1 virkedag', NULL, false, false, 'vigo_cal'),
  -- e33: 11.okt
  -- After the import deadline (S16) and when the privatskole data are in VIGO (S17, two
  -- working days after the WIS delivery).  "pr 11.10" in the comment kept as printed
  -- (README repair 18: probably meant 01.10).
  ('ist_oppdatere_fagstatus',
   'Oppdatere 01.10 fagstatus og elevstatus etter at alle elevdata er importert i VIGO. Se {day:privatskoledata_oktober}. og {date:sas_import_elevfil}',
   'Jobben gjøres for å få riktige data i statistikk til Udir og SSB pr 11.10.',
   'vigo_ist', NULL, 'vigo_internal', NULL,
   'sas_import_elevfil + 1 virkedag', NULL, false, false, 'vigo_cal'),
  -- e34: 12.okt
  -- "Kan ikke kjøres før privatskoledata er på plass i VIGO": the working day after the
  -- data are in VIGO (delivery + 2 working days).
  ('rett_privatskole_oktober',
   'Dato for å kjøre oppdatering av rett for IST skal levere data til privatskolene. Kan ikke kjøres før privatskoledata er på plass i VIGO. Se {day:privatskoledata_oktober}. og {date:privatskole_ist_oktober}.',
   'Rapport i VIGO: 5A019 - Oppdater rett kjøres bare for skoleåret {sy}.',
   'fylkene', NULL, 'udir_privatskole', '5A019 - Oppdater rett',
   'privatskoledata_oktober + 3 virkedager', NULL, false, false, 'vigo_cal'),
  -- e35: 13.okt
  ('privatskole_ist_oktober',
   'Oppdaterte data på privatskoleelevene. FREG-adresse og rettsinfo. HUSK! Det må kjøres oppdatering av rett. Se {date:rett_privatskole_oktober}',
   NULL,
   'vigo_ist', 'udir_wis', 'udir_privatskole', NULL,
   'rett_privatskole_oktober + 1 virkedag', NULL, false, false, 'vigo_cal'),
  -- e36: 16.okt
  -- A job: the 16th or the next working day (not a school-year end like 31.07).
  ('skolebrukere_passiv',
   'Skolebrukerne i VIGO Skole settes passiv.',
   NULL,
   'vigo_ist', NULL, 'vigo_internal', NULL,
   '16.10, neste virkedag', NULL, false, false, 'vigo_cal'),
  -- e37: 20.okt
  -- A first day: the 20th or the next working day.
  ('klasseordning_kopiering_forste',
   'Første dato for kopiering av klasseordningen',
   'Rapport i VIGO: 1A001 - Kopiere klasseordning. Pga vilbli.no Husk å kontrollere at ikke utgåtte programoradekoder legges inn for skoleåret {sy+1}.',
   'vigo_inntak', NULL, 'vigo_internal', '1A001 - Kopiere klasseordning',
   '20.10, neste virkedag', NULL, false, false, 'vigo_cal'),
  -- e38: 24.okt
  ('rett_ssb_elev_1',
   'Frist for å kjøres oppdatering av rett for statistikk til Udir/SSB. Se {date:ssb_elev_vgs_1}',
   'Rapport i VIGO: 5A019 - Oppdater rett',
   'fylkene', NULL, 'vigo_internal', '5A019 - Oppdater rett',
   'ssb_elev_vgs_1 - 1 virkedag', NULL, false, false, 'vigo_cal'),
  -- e39: 25.okt
  -- A delivery: the 25th or the next working day, as ssb_resultat_vgs_2.
  ('ssb_elev_vgs_1',
   'Elevdata ssbElev og ssbElevfag (skoleåret {sy}) for videregående opplæring (1. levering). Husk! Det må kjøres oppdatering av rett. Se {date:rett_ssb_elev_1}. Frist for fylkene å registrere i VIGO er {date:county_deadline}.',
   'Se også {date:ssb_elev_vgs_2}.',
   'vigo_ist', 'udir', 'ssb_udir', NULL,
   '25.10, neste virkedag', 'ssb_elev_vgs_1 - 1 dag', false, false, 'vigo_cal'),
  -- e40: 26.okt
  -- Til printed "Vigo (IST)": the same party as VIGO (IST).
  ('udir_tilbakemelding_elev_vgs_1',
   'Tilbakemelding fra Udir på ssbElev og ssbElevfag.',
   'IST henter ut disse filene fra Udir. Filene blir lagt ut på fylkets ftp-server senest {date:self + 1 virkedag}.',
   'udir_inkl_ssb', 'vigo_ist', 'ssb_udir', NULL,
   'ssb_elev_vgs_1 + 1 virkedag', NULL, false, false, 'vigo_cal'),
  -- e41: 01.nov
  -- A søknadsfrist (the counties apply to the code group): the 1st or the next working day.
  ('programomradekoder_soknad',
   'Frist for søknad om nye programområdekoder for neste skoleår.',
   'Benytt søknadsskjema som ligger på vigoiks.no',
   'fylkene', 'vigo_kodeverksgruppe', 'vigo_internal', NULL,
   '01.11, neste virkedag', NULL, false, false, 'vigo_cal'),
  -- e42: 03.nov
  -- A last day: its last working day.
  ('vigo_ot_overforing_siste',
   'Siste dato for overføring fra VIGO til VIGO OT. Søkere som ikke har startet i opplæring etter avsluttet formidling (gjelder de som blir registrert i 2S001).',
   'Rapport i VIGO: 6A015 - Utlasting til OT.',
   'vigo_inntak', 'vigo_ot', 'ot', '6A015 - Utlasting til OT',
   '03.11, forrige virkedag', NULL, false, false, 'vigo_cal'),
  -- e43: 03.nov
  -- A delivery: the 3rd or the next working day.
  -- The print says "senest 06. november", one working day after Fri 03.11, where every
  -- other WIS row says two (README Observations).  The template keeps two, so the
  -- 2023-2024 text renders "07. november": a text difference no date override can carry.
  ('privatskole_elev_ssb',
   'Oppdatert fil fra privatskolene skoleåret {sy} i forhold til ssbElev og ssbElevfag. Elever som har sluttet eller begynt på en privatskole etter {date:privatskoledata_oktober}. (Data vil være i VIGO senest {date:self + 2 virkedager})',
   NULL,
   'udir_wis', 'vigo_ist', 'udir_privatskole', NULL,
   '03.11, neste virkedag', NULL, false, false, 'vigo_cal'),
  -- e44: 07.nov
  ('rett_ssb_elev_2',
   'Dato for å kjøre oppdatering av rett for statistikk til Udir/SSB. Se {date:ssb_elev_vgs_2}',
   'Rapport i VIGO: 5A019 - Oppdater rett',
   'fylkene', NULL, 'vigo_internal', '5A019 - Oppdater rett',
   'ssb_elev_vgs_2 - 1 virkedag', NULL, false, false, 'vigo_cal'),
  -- e45: 08.nov
  -- A delivery: the 8th or the next working day.
  ('ssb_elev_vgs_2',
   'Elevdata ssbElev og ssbElevfag (skoleåret {sy}) for videregående opplæring (2. levering - endelig). Husk! Det må kjøres oppdatering av rett. Se {date:rett_ssb_elev_2} Frist for fylkene å registrere i VIGO er {date:county_deadline}.',
   'Grunnlag for publisering av utdanningsstatistikk og KOSTRA. Se også {date:ssb_elev_vgs_1}',
   'vigo_ist', 'udir_inkl_ssb', 'ssb_udir', NULL,
   '08.11, neste virkedag', 'ssb_elev_vgs_2 - 1 dag', false, false, 'vigo_cal'),
  -- e46: 09.nov
  ('udir_tilbakemelding_elev_vgs_2',
   'Tilbakemelding på ssbElev og ssbElevfag.',
   'IST henter ut disse filene fra Udir. Blir ikke sendt videre til fylkene.',
   'udir_inkl_ssb', 'vigo_ist', 'ssb_udir', NULL,
   'ssb_elev_vgs_2 + 1 virkedag', NULL, false, false, 'vigo_cal'),
  -- e47: 09.nov
  -- A delivery: the 9th or the next working day.
  -- "Conexus vil ha data senest" the working day after the delivery, as in February and
  -- July 2024.
  ('conexus_november',
   'Elev- og fagopplæringsdata til Conexus i forbindelse med Insight (tidligere PULS).',
   'Conexus vil ha data senest {date:self + 1 virkedag}',
   'vigo_ist', 'conexus', 'conexus', NULL,
   '09.11, neste virkedag', NULL, false, false, 'vigo_cal'),
  -- e48: 12.nov
  -- The day before the last formidlingsfil, whatever the weekday (Sun 12.11.2023), like
  -- the county deadlines: fixed_date, the registrations the file is cut from.
  ('kontrakter_onsker_forslag',
   'Siste frist for fylkene å registrere kontrakter fra ønsker og forslag.',
   'Etter at inntaket er slettet må kontrakter opprettes direkte fra Kontrakt.',
   'vigo_fagopplaering', NULL, 'vigo_internal', NULL,
   'formidlingsfil_siste - 1 dag', NULL, false, true, 'vigo_cal'),
  -- e49: 13.nov
  -- A delivery: the 13th or the next working day.
  ('formidlingsfil_siste',
   'Fagopplæringsfil (formidling) pr {date:self} (Siste formidlingsfil)',
   'Grunnlag for produksjonsdata om tilstanden i fagopplæringen.',
   'vigo_ist', 'udir', 'udir_fagopplaering', NULL,
   '13.11, neste virkedag', NULL, false, false, 'vigo_cal'),
  -- e50: 14.nov
  -- A first day: the 14th or the next working day.
  ('sletting_inntak_forste',
   'Første dato for sletting av inntaket. Se {date:sletting_inntak_siste}',
   'Rapport i VIGO: 5A014 - Slette søkerdata.',
   'vigo_inntak', NULL, 'vigo_internal', '5A014 - Slette søkerdata',
   '14.11, neste virkedag', NULL, false, false, 'vigo_cal'),
  -- e51: 15.nov
  -- OT-data per 15th: on the 15th or the next working day (README Observations).
  ('ot_data_november',
   'Overføring av OT-data per 15. november.',
   NULL,
   'vigo_ist', 'udir', 'ot', NULL,
   '15.11, neste virkedag', NULL, false, false, 'vigo_cal'),
  -- e52: 16.nov
  -- A run: the 16th or the next working day, before preutfylling (S15).
  ('vigo_ot_til_vigo_november',
   'Evt. overføring fra VIGO OT til VIGO for oppdatering av OT-status. Må gjøres før preutfylling.',
   'Rapport i VIGO OT «Sentrale oppgaver — Oppdatere Vigo Opplæring». Fylket avgjør om de vil tilbakeføre data til VIGO.',
   'vigo_ot_ansvarlig', 'vigo_inntak', 'ot', 'VIGO OT: Sentrale oppgaver — Oppdatere Vigo Opplæring',
   '16.11, neste virkedag', NULL, false, false, 'vigo_cal'),
  -- e53: 17.nov
  -- A job: the 17th or the next working day.
  -- Til printed "Bring og SSB" (presumably the sources); kept as printed.
  ('postnummer_kommunenummer',
   'Oppdatering av postnummer- og kommunenummer-tabellene i VIGO Kodeverksbase',
   'Kan også bli oppdateringer gjennom året ved behov.',
   'vigo_ist', 'bring_og_ssb', 'vigo_internal', NULL,
   '17.11, neste virkedag', NULL, false, false, 'vigo_cal'),
  -- e54: 20.nov
  -- A last day: its last working day.
  ('sletting_inntak_siste',
   'Siste dato for sletting av inntaket Se {date:sletting_inntak_forste}',
   'Rapport i VIGO: 5A014 - Slette søkerdata.',
   'vigo_inntak', NULL, 'vigo_internal', '5A014 - Slette søkerdata',
   '20.11, forrige virkedag', NULL, false, false, 'vigo_cal'),
  -- e55: 21.nov
  -- A delivery: the 21st or the next working day.
  -- "etter 03.november" is printed without a space; the template writes "03. november".
  ('privatskole_elev_november',
   'Oppdatert fil fra privatskolene skoleåret {sy}. Elever som har sluttet eller begynt på en privatskole etter {date:privatskole_elev_ssb}. (Data vil være i VIGO senest {date:self + 2 virkedager})',
   NULL,
   'udir_wis', 'vigo_ist', 'udir_privatskole', NULL,
   '21.11, neste virkedag', NULL, false, false, 'vigo_cal'),
  -- e56: 28.nov
  -- A last day: its last working day.
  ('fodselsnummer_grunnskolen',
   'Siste dato for import av fødselsnummer fra grunnskolen.',
   'Rapport i VIGO: 6A001 - Import fra skoler.',
   'vigo_inntak', NULL, 'vigo_internal', '6A001 - Import fra skoler',
   '28.11, forrige virkedag', NULL, false, false, 'vigo_cal'),
  -- e57: 01.des
  -- A deadline for the counties: its last working day.
  ('vilbli_fylkestekster',
   'Frist for å oppdatere informasjonen (om skoleåret {sy+1}) i fylkets tekster på vilbli.no',
   'Etter dette fremkommer ikke automatisk kommentar til brukerne om at det «kan foreligge mer informasjon senere i høst». Fylkesredakteren står fritt til å legge inn slik kommentar manuelt også etter {date:self} der det er nødvendig.',
   'fylkene', 'vilbli', 'vilbli', NULL,
   '01.12, forrige virkedag', NULL, false, false, 'vigo_cal'),
  -- e58: 05.des
  -- An extract: the 5th or the next working day.
  ('fpvs_komplettering',
   'Datalevering - Komplettering av inntatte elever/lærlinger til skoleåret {sy}.',
   'Dato for uttrekket kan bli noe justert.',
   'vigo_ist', 'fpvs', 'fpvs', NULL,
   '05.12, neste virkedag', NULL, true, false, 'vigo_cal'),
  -- e59: 06.des
  -- A delivery: the 6th or the next working day.
  ('ssb_kontrakt_1',
   'ssbKontrakt og ssbAvlagteProver (1. levering) - Kontrakter pr. 01.10 og avlagte prøver forrige skoleår',
   NULL,
   'vigo_ist', 'udir_inkl_ssb', 'ssb_udir', NULL,
   '06.12, neste virkedag', NULL, false, false, 'vigo_cal'),
  -- e60: 07.des
  -- Til printed "Vigo (IST)": the same party as VIGO (IST).
  ('udir_tilbakemelding_kontrakt_1',
   'Tilbakemelding fra Udir på ssbKontrakt og ssbAvlagteProver.',
   'IST henter ut filene fra Udir. Filene blir lagt ut på fylkets ftp-server senest {date:self + 2 virkedager}.',
   'udir_inkl_ssb', 'vigo_ist', 'ssb_udir', NULL,
   'ssb_kontrakt_1 + 1 virkedag', NULL, false, false, 'vigo_cal'),
  -- e61: 15.des
  -- A last day: its last working day.
  ('preutfylling_siste',
   'Siste dato for preutfylling',
   'Rapport i VIGO: 5A006 - Preutfylling.',
   'vigo_inntak', NULL, 'vigo_internal', '5A006 - Preutfylling',
   '15.12, forrige virkedag', NULL, false, false, 'vigo_cal'),
  -- e62: 02.jan
  -- "pr 01. januar": the first working day of the year.
  ('fagopplaeringsfil_januar',
   'Fagopplæringsfil (kontrakter og prøver) pr 01. januar.',
   'Grunnlag for produksjonsdata om tilstanden i fagopplæringen.',
   'vigo_ist', 'udir', 'udir_fagopplaering', NULL,
   '01.01, neste virkedag', NULL, false, false, 'vigo_cal'),
  -- e63: 03.jan
  -- A deadline, but in the first days of January: the 3rd or the next working day.
  ('landslinjer_kontroll',
   'Frist for å kontrollere listen over landslinjer/landsdekkende tilbud mot klasseordningen i VIGO.',
   '1S001 Klasseordning Husk å kontrollere at ikke utgåtte programoradekoder legges inn for skoleåret {sy+1}.',
   'vigo_inntak', NULL, 'vigo_internal', '1S001 Klasseordning',
   '03.01, neste virkedag', NULL, false, false, 'vigo_cal'),
  -- e64: 03.jan
  -- A deadline, but in the first days of January: the 3rd or the next working day.
  ('landslinjer_kopiering',
   'Frist for fylkene å kjøre 1A003 - Kopiere landslinjer',
   NULL,
   'vigo_inntak', NULL, 'vigo_internal', '1A003 - Kopiere landslinjer',
   '03.01, neste virkedag', NULL, false, false, 'vigo_cal'),
  -- e65: 03.jan
  -- The 3rd or the next working day.
  ('fellessensur_vgs_host',
   'Fellessensur skriftlig sentralt gitt eksamen for videregående opplæring - høsteksamen.',
   NULL,
   'statsforvalteren', NULL, 'vigo_internal', NULL,
   '03.01, neste virkedag', NULL, false, false, 'vigo_cal'),
  -- e66: 05.jan
  -- A deadline: its last working day (never back past 3 January).
  ('klasseordning_vilbli',
   'Frist for å legge ut klasseordningen for {sy+1} til vilbli.no.',
   'Husk å hake av for "Er klasseordningen klar" i 5S001 - Systemparameter, mappekort Generelt',
   'vigo_inntak', NULL, 'vilbli', '5S001 - Systemparameter',
   '05.01, forrige virkedag', NULL, false, false, 'vigo_cal'),
  -- e67: 11.jan
  -- A delivery: the 11th or the next working day.
  ('ssb_kontrakt_2',
   'ssbKontrakt og ssbAvlagteProver (2. levering - endelig) - Kontrakter pr 01.10 og avlagte prøver forrige skoleår.',
   'Grunnlag for publisering av utdanningsstatistikk og KOSTRA',
   'vigo_ist', 'udir_inkl_ssb', 'ssb_udir', NULL,
   '11.01, neste virkedag', NULL, false, false, 'vigo_cal'),
  -- e68: 12.jan
  -- Til printed "Vigo (IST)": the same party as VIGO (IST).
  ('udir_tilbakemelding_kontrakt_2',
   'Tilbakemelding fra Udir på ssbKontrakt og ssbAvlagteProver.',
   'IST henter ut filene fra Udir. Filene blir ikke sendt videre til fylkene.',
   'udir_inkl_ssb', 'vigo_ist', 'ssb_udir', NULL,
   'ssb_kontrakt_2 + 1 virkedag', NULL, false, false, 'vigo_cal'),
  -- e69: 12.jan
  -- A delivery: the 12th or the next working day.
  ('privatskole_elev_januar',
   'Elever som har sluttet eller begynt på en privatskole etter {date:privatskole_elev_november}. (Data vil være i VIGO senest {date:self + 2 virkedager})',
   NULL,
   'udir_wis', 'vigo_ist', 'udir_privatskole', NULL,
   '12.01, neste virkedag', NULL, false, false, 'vigo_cal'),
  -- e70: 19.jan
  -- A reminder vilbli.no sends: the 19th or the next working day.
  -- Judgement: "Skolene får frist til 02. februar" is two weeks after the reminder.
  ('vilbli_fagtilbud',
   'Registrering/oppdatering av fagtilbud: vilbli.no (Fagboksforlaget) sender e-post til alle skolene med løpende påminnelse om å oppdatere fagtilbudet for {sy+1}.',
   'Skolenes pålogging er uendret. Skolene kan logge inn og oppdatere fagtilbud for inneværende skoleår og neste skoleår. Skolene får frist til {date:self + 2 uker} Fylkene bidrar med å minne skolene om å oppdatere fagtilbudet på vilbli.no',
   'fylkene_vilbli', NULL, 'vilbli', NULL,
   '19.01, neste virkedag', NULL, false, false, 'vigo_cal'),
  -- e71: 01.feb
  -- A søknadsfrist applicants meet: on a weekend it moves to the next working day, and
  -- the comment's "stenger for søking" date with it ({date:self} writes "01. februar"
  -- where the print has "1. februar").
  ('soknadsfrist_fortrinn',
   'Søknadsfrist fortrinn, individuell behandling og minoritetsspråklige.',
   'Se Forskrift til opplæringslova § 6-8. www.vigo.no stenger for søking {date:self}, kl 23.59.',
   NULL, NULL, 'vigo_internal', NULL,
   '01.02, neste virkedag', NULL, false, false, 'vigo_cal'),
  -- e72: 01.feb
  -- A deadline the public meets: the 1st or the next working day.
  ('privatisteksamen_oppmelding_var',
   'Frist for oppmelding til privatisteksamen.',
   'Fylkene bestemmer dato for når oppmeldingsprotalen åpner.',
   NULL, NULL, 'vigo_internal', NULL,
   '01.02, neste virkedag', NULL, false, false, 'vigo_cal'),
  -- e73: 02.feb
  -- A delivery: the 2nd or the next working day.
  -- Printed "senest 6. februar"; the template writes "06. februar".
  ('privatskoledata_februar',
   'Privatskoledata (elever, programområder, fag og halvårsvurdering) til Vigo. (Data vil være i VIGO senest {date:self + 2 virkedager})',
   NULL,
   'udir_wis', 'vigo_ist', 'udir_privatskole', NULL,
   '02.02, neste virkedag', NULL, false, false, 'vigo_cal'),
  -- e74: 12.feb
  -- An internal deadline: its last working day.
  -- Fra also: VIGO (Inntak).
  ('terminkarakterer_h1',
   'Siste frist for innhenting (registrering) av terminkarakterer - H1 (grunnskolen og videregående)',
   'Rapport i VIGO: 6A001 - Import fra skoler / 6S002 SAS-konsoll.',
   'skolene_fylkesansvarlig_sas', NULL, 'vigo_internal', '6A001 - Import fra skoler / 6S002 SAS-konsoll',
   '12.02, forrige virkedag', NULL, false, false, 'vigo_cal'),
  -- e75: 14.feb
  -- A delivery: the 14th or the next working day.
  -- Date read from "147 feb" (README repair 4).
  ('conexus_februar',
   'Elev- og fagopplæringsdata til Conexus i forbindelse med Insight (tidligere PULS).',
   'Conexus vil ha data senest {date:self + 1 virkedag}.',
   'vigo_ist', 'conexus', 'conexus', NULL,
   '14.02, neste virkedag', NULL, false, false, 'vigo_cal'),
  -- e76: 15.feb
  ('ot_data_februar',
   'Overføring av OT-data (via innsamlingsportalen) pr 15. februar.',
   NULL,
   'vigo_ist', 'udir', 'ot', NULL,
   '15.02, neste virkedag', NULL, false, false, 'vigo_cal'),
  -- e77: 26.feb
  -- A publication: the 26th or the next working day, as the KOSTRA ones.
  ('ssb_endelige_tall_vgs',
   'Publisering av endelige tall for videregående opplæring',
   NULL,
   'ssb', NULL, 'ssb_udir', NULL,
   '26.02, neste virkedag', NULL, false, false, 'vigo_cal'),
  -- e78: 26.feb
  -- An internal deadline: its last working day.
  -- Fra also: VIGO (Inntak).
  ('privatist_karakterer_host',
   'Siste frist for innhenting (registrering) av eksamenskaraterer for privatister - Høsteksamen',
   'Rapport i VIGO: 6A001 - Import fra skoler / 6S002 SAS-konsoll. Viktig med god kommunikasjon mellom privatistkontoret og inntak',
   'privatistkontoret_fylkesansvarlig_sas', NULL, 'vigo_internal', '6A001 - Import fra skoler / 6S002 SAS-konsoll',
   '26.02, forrige virkedag', NULL, false, false, 'vigo_cal'),
  -- e79: Uke 8
  ('vinterferie_uke_8',
   'Vinterferie for Agder, Oslo, Møre og Romsdal, Trøndelag, Vestfold og Telemark, Vestland (tidl. Sogn og Fjordane) og Viken (tidl. Akershus og Østfold)',
   'Med forbehold om endringer.',
   NULL, NULL, 'school_holiday', NULL,
   'uke 8', NULL, true, false, 'vigo_cal'),
  -- e80: Uke 9
  -- "Vinerferie" as printed (README: source typo).
  ('vinterferie_uke_9',
   'Vinerferie for Innlandet, Nordland, Rogaland, Vestland (tidl. Hordaland) og Viken (tidl. Buskerud)',
   'Med forbehold om endringer.',
   NULL, NULL, 'school_holiday', NULL,
   'uke 9', NULL, true, false, 'vigo_cal'),
  -- e81: Uke 10
  -- Printed only "Troms og Finnmark"; vinterferie inferred (README repair 20).
  ('vinterferie_uke_10',
   'Troms og Finnmark',
   'Med forbehold om endringer.',
   NULL, NULL, 'school_holiday', NULL,
   'uke 10', NULL, true, false, 'vigo_cal'),
  -- e82: 01.mar
  -- A søknadsfrist applicants meet: the 1st or the next working day, as e71; the søkerfil
  -- and 5A029 follow it.
  ('soknadsfrist_ordinaere',
   'Søknadsfrist ordinære søkere (skole og læreplass).',
   'Se Forskrift til opplæringslova § 6-8. www.vigo.no stenger for søking {date:self}, kl 23.59.',
   NULL, NULL, 'vigo_internal', NULL,
   '01.03, neste virkedag', NULL, false, false, 'vigo_cal'),
  -- e83: 01.mar
  -- A delivery: the 1st or the next working day; the county deadline the day before.
  ('lanekassen_hosteksamen',
   'Innsending av eksamensresultater for høsteksamen skoleåret {sy}. Frist for fylkene å registrere i VIGO er {date:county_deadline}.',
   NULL,
   'vigo_inntakskontoret', 'lanekassen', 'lanekassen', NULL,
   '01.03, neste virkedag', 'lanekassen_hosteksamen - 1 dag', false, false, 'vigo_cal'),
  -- e84: 01.mar
  -- An extract: the 1st or the next working day.
  ('fpvs_fullfort_mars',
   'Datalevering - Fullført videregående opplæring skoleårene {sy-2} og {sy-1}. I tillegg eksamen høsten {y}.',
   'Dato for uttrekket kan bli noe justert.',
   'vigo_ist', 'fpvs', 'fpvs', NULL,
   '01.03, neste virkedag', NULL, true, false, 'vigo_cal'),
  -- e85: 04.mar
  -- The first working day after the søknadsfrist (Fri 01.03 -> Mon 04.03), as the søkerfil.
  ('inntaksadresse_5a029',
   'For fylker som benytter låsing av inntaksadresse: Anberfalt dato for å kjøre 5A029 - Sjekk/oppdatere eierskap/inntaksadresse.',
   NULL,
   'vigo_inntakskontoret', NULL, 'vigo_internal', '5A029 - Sjekk/oppdatere eierskap/inntaksadresse',
   'soknadsfrist_ordinaere + 1 dag, neste virkedag', NULL, false, false, 'vigo_cal'),
  -- e86: 04.mar
  -- "per 01. mars", the søknadsfrist: delivered the first working day after it.
  ('sokerfil_mars',
   'Søkerfil (skole og fagopplæring) per 01. mars. Frist for fylkene å registrere i VIGO er {date:county_deadline}.',
   'Grunnlag for publisering av søkertall per 01.03.{y+1}.',
   'vigo_ist', 'udir_inkl_ssb', 'udir_soker_inntak', NULL,
   'soknadsfrist_ordinaere + 1 dag, neste virkedag', 'sokerfil_mars - 1 dag', false, false, 'vigo_cal'),
  -- e87: 15.mar
  -- SSB publishes the unrevised KOSTRA figures on 15 March, the next working day if it
  -- is a weekend.
  ('ssb_kostra_ureviderte',
   'Publisering av KOSTRA ureviderte tall',
   NULL,
   'ssb', NULL, 'ssb_udir', NULL,
   '15.03, neste virkedag', NULL, false, false, 'vigo_cal'),
  -- e88: 15.mar
  -- A recommended run date: the 15th or the next working day.
  ('ikke_sokere_til_ot',
   'Anbefalt dato for overføring av "Ikke søkere" fra VIGO til OT.',
   'Rapport i VIGO: 6A015 - Utlasting OT.',
   'vigo_inntakskontoret', 'vigo_ot', 'ot', '6A015 - Utlasting OT',
   '15.03, neste virkedag', NULL, false, false, 'vigo_cal'),
  -- e89: 18.mar
  -- Delivered on the 18th or the next working day, as ssb_resultat_vgs_2 (county deadline
  -- Sun 17.03.2024, the day before).
  ('ssb_resultat_vgs_host',
   'ssbResultat og ssbResultatfag (skoleåret {sy}) for vidergående opplæring (høsteksamen) Frist for fylkene å registrere i VIGO er {date:county_deadline}.',
   'Gir deler av grunnlaget for publisering av privatiststatistikk.',
   'vigo_ist', 'udir_inkl_ssb', 'ssb_udir', NULL,
   '18.03, neste virkedag', 'ssb_resultat_vgs_host - 1 dag', false, false, 'vigo_cal'),
  -- e90: 19.mar
  -- "ftp-server 20.mars" printed without a space; the template writes "20. mars".
  ('udir_tilbakemelding_resultat_vgs_host',
   'Tilbakemelding fra Udir på ssbResultat og ssbResultatfag for videregående opplæring.',
   'IST henter ut disse filene fra Udir. Filene blir lagt ut på fylkets ftp-server {date:self + 1 virkedag}.',
   'udir_inkl_ssb', 'vigo_ist', 'ssb_udir', NULL,
   'ssb_resultat_vgs_host + 1 virkedag', NULL, false, false, 'vigo_cal'),
  -- e91: 08.apr
  -- As the October block: Mon delivery, Thu rights update, Fri IST to Udir (WIS).  Rolled
  -- past Easter Monday when it falls on the 2nd Monday (as in 2023).
  ('privatskoledata_april',
   'Privatskoledata (elever, programområder, fag og halvårsvurdering) til VIGO. (Data vil være i VIGO senest {date:self + 2 virkedager})',
   NULL,
   'udir_wis', 'vigo_ist', 'udir_privatskole', NULL,
   '2. mandag i april, neste virkedag', NULL, false, false, 'vigo_cal'),
  -- e92: 11.apr
  -- Date inferred from "1"/".apr" (README repair 3).
  ('rett_privatskole_april',
   'Dato for å kjøre oppdatering av rett for IST skal levere data til privatskolene. Kan ikke kjøres før privatskoledata er på plass i VIGO. Se {day:privatskoledata_april}. og {date:privatskole_ist_april}.',
   'Rapport i VIGO: 5A019 - Oppdater rett kjøres bare for skoleåret {sy}.',
   'fylkene', NULL, 'udir_privatskole', '5A019 - Oppdater rett',
   'privatskoledata_april + 3 virkedager', NULL, false, false, 'vigo_cal'),
  -- e93: 12.apr
  ('privatskole_ist_april',
   'Oppdaterte data på privatskoleelevene. FREG-adresse og rettsinfo. HUSK! Det må kjøres oppdatering av rett. Se {date:rett_privatskole_april}',
   NULL,
   'vigo_ist', 'udir_wis', 'udir_privatskole', NULL,
   'rett_privatskole_april + 1 virkedag', NULL, false, false, 'vigo_cal'),
  -- e94: 17.jun
  -- "per 15. juni" delivered Mon 17.06.2024 (15.06 a Saturday).
  ('ot_data_juni',
   'Overføring av OT-data (via innsamlingsportalen) per 15. juni.',
   NULL,
   'vigo_ist', 'udir', 'ot', NULL,
   '15.06, neste virkedag', NULL, false, false, 'vigo_cal'),
  -- e95: 17.jun
  -- Judgement: SSB publishes revised KOSTRA figures on 15 June; 15.06.2024 is a Saturday,
  -- so Mon 17.06 as printed.
  ('ssb_kostra_reviderte_juni',
   'Publisering av KOSTRA reviderte tall',
   NULL,
   'ssb', NULL, 'ssb_udir', NULL,
   '15.06, neste virkedag', NULL, false, false, 'vigo_cal'),
  -- e96: 19.jun til 21.jun
  -- Wed 19.06 to Fri 21.06.2024 is Wednesday to Friday of ISO week 25: a weekday block.
  ('fellessensur_gs',
   'Fellessensur skriftlig eksamen for grunnskolen.',
   NULL,
   'statsforvalteren', NULL, 'vigo_internal', NULL,
   'uke 25 ons-fre', NULL, false, false, 'vigo_cal'),
  -- e97: 19.jun til 21.jun
  -- As fellessensur_gs.
  ('fellessensur_vgs',
   'Fellessensur skriftlig eksamen for videregående opplæring.',
   'Gjelder både sentralt og lokalt gitt eksamen',
   'statsforvalteren', NULL, 'vigo_internal', NULL,
   'uke 25 ons-fre', NULL, false, false, 'vigo_cal'),
  -- e98: 26.jun
  -- A delivery: the 26th or the next working day.
  ('privatskoledata_juni',
   'Privatskoledata for Vg1, Vg2 og Vg3 (elever, programområder, fag og endelige karakterer) til Vigo. (Data vil være i VIGO senest {date:self + 2 virkedager})',
   NULL,
   'udir_wis', 'vigo_ist', 'udir_privatskole', NULL,
   '26.06, neste virkedag', NULL, false, false, 'vigo_cal'),
  -- e99: 28.jun
  -- A run: the 28th or the next working day (still June).
  ('vigo_ot_avslutte_skolear',
   'Avslutte skoleåret i VIGO OT. Evt. overføring fra VIGO OT til Vigo for oppdatering av OT-status.',
   'Rapport i VIGO OT «Sentrale oppgaver — Oppdatere Vigo Opplæring». Fylket avgjør om de vil tilbakeføre data til VIGO.',
   'vigo_ot_ansvarlig', NULL, 'ot', 'VIGO OT: Sentrale oppgaver — Oppdatere Vigo Opplæring',
   '28.06, neste virkedag', NULL, false, false, 'vigo_cal'),
  -- e100: 30.jun
  -- Fixed (fixed_date): the grade deadline of the school year, Sun 30.06.2024.  Fra also:
  -- VIGO (Inntak).
  ('karakterer_gs',
   'Siste frist for innhenting (registrering) av karakterer for grunnskolen for skoleåret {sy}.',
   'Rapport i VIGO: 6A001 - Import fra skoler / 6S002 SAS-konsoll.',
   'grunnskolene', NULL, 'vigo_internal', '6A001 - Import fra skoler / 6S002 SAS-konsoll',
   '30.06', NULL, false, true, 'vigo_cal'),
  -- e101: 30.jun
  -- Fixed (fixed_date), as karakterer_gs.  Fra also: VIGO (Inntak).
  ('karakterer_vgs',
   'Siste frist for innhenting (registrering) av karakterer for videregående opplæring skoleåret {sy}. Inkludert ny, utsatt og særskilt prøve både høst {y} og vår {y+1}.',
   'Rapport i VIGO: 6A001 - Import fra skoler / 6S002 SAS-konsoll.',
   'skolene_fylkesansvarlig_sas', NULL, 'vigo_internal', '6A001 - Import fra skoler / 6S002 SAS-konsoll',
   '30.06', NULL, false, true, 'vigo_cal'),
  -- e102: 30.jun
  -- Fixed (fixed_date), as karakterer_gs.  Fra also: VIGO (Inntak).
  ('privatist_karakterer_var',
   'Siste frist for innhenting (registrering) av eksamenskarakterer for privatister - Våreksamen {y+1}',
   'Rapport i VIGO: 6A001 - Import fra skoler / 6S002 SAS-konsoll.',
   'privatistkontoret_fylkesansvarlig_sas', NULL, 'vigo_internal', '6A001 - Import fra skoler / 6S002 SAS-konsoll',
   '30.06', NULL, false, true, 'vigo_cal'),
  -- e111: 17.jul
  -- Same text as ssb_kostra_reviderte_juni one month later (README: possible duplicate);
  -- kept as its own event with the printed day, or the next working day.
  ('ssb_kostra_reviderte_juli',
   'Publisering av KOSTRA reviderte tall',
   NULL,
   'ssb', NULL, 'ssb_udir', NULL,
   '17.07, neste virkedag', NULL, false, false, 'vigo_cal'),
  -- e113: Uke 31/32
  -- Printed under August 2024 but ISO week 31 starts Mon 29.07.2024: the occurrence
  -- belongs to school year 2024-2025.
  ('inntakslister_kjopte_plasser',
   'Sende inntakslister til aktuelle fylker på kjøpte plasser i andre fylker',
   NULL,
   'inntakskontorene', NULL, 'vigo_internal', NULL,
   'uke 31/32', NULL, false, false, 'vigo_cal');

-- e114: "Engang pr. måned etter overføring fra søker til elev" under the
-- heading "Hver måned etter overføring fra søker til elev (rapport 5A001 må
-- være kjørt) (se 11. og 15. september)".  No printed date.  Monthly from
-- the working day after the last day of søker til elev (as the first
-- transfer to VIGO OT, procedures.md R2 and S1) until the end of June.
-- The 5A018/5A019 runs before each transfer (S2, S3) and the registration
-- of new pupils (S4) are part of this duty, not events of their own.
INSERT INTO vigo_cal.event
  (event_key, title, comment, from_party, to_party, category, vigo_report,
   rule, recurrence, recur_until, tentative, fixed_date, origin)
VALUES
  ('sluttere_til_vigo_ot',
   'Overføre sluttere fra VIGO til VIGO OT. OBS! Fylkene må lage egne regler for å hente ut sluttere fra ViS. Det anbefales også å registrere elever som har starter opplæring i gitt måned før overføring til VIGO OT.',
   'Rapport i VIGO: 6A015 - Utlasting til OT. Før overføring til VIGO OT må rapportene 5A018 - Utvid kvoter for rett og 5A019 - Oppdater rett (i denne rekkefølgen) kjøres i VIGO.',
   'vigo_inntak', 'vigo_ot', 'ot', '6A015 - Utlasting til OT; 5A018 - Utvid kvoter for rett; 5A019 - Oppdater rett',
   'soker_til_elev_siste + 1 virkedag', 'monthly', '30.06', false, false, 'vigo_cal');

-- ---------------------------------------------------------------------
-- Overrides: printed dates no honest rule gives
-- ---------------------------------------------------------------------
INSERT INTO vigo_cal.event_override (event_key, school_year, occurrence, due_date, due_end, reason, origin) VALUES
  -- e104
  ('fpvs_fullfort_juli', '2023-2024', 1, date '2024-07-08', NULL,
   'FPVS extract moved to Mon 08.07.2024 (05.07 in 2023; "Dato for uttrekket kan bli noe justert")', 'vigo_cal');

-- ---------------------------------------------------------------------
-- Links
-- ---------------------------------------------------------------------
-- runs_before: the Rutiner (procedures.md section 1) and the constraints
-- the text states (section 2) where both sides are events.  Not linked:
-- S2, S3 and S4 (5A018, 5A019 and the registration of new pupils are steps
-- inside the monthly transfer e114, not events), S7 (4S001 maintenance),
-- S21 and S22 (the county deadlines, a column of the event), S23-S28 (no
-- event on one side).
INSERT INTO vigo_cal.event_link (event_key, other_key, kind, note, origin) VALUES
  ('privatskoledata_september', 'soker_til_elev_forste', 'runs_before', 'procedures.md R1: privatskoleelevene importeres først', 'vigo_cal'),
  ('soker_til_elev_siste', 'vigo_ot_overforing_forste', 'runs_before', 'procedures.md R2', 'vigo_cal'),
  ('soker_til_elev_siste', 'vigo_ot_overforing_siste', 'runs_before', 'procedures.md R2', 'vigo_cal'),
  ('soker_til_elev_siste', 'ikke_sokere_til_ot', 'runs_before', 'procedures.md R2 (step 3 names e88)', 'vigo_cal'),
  ('soker_til_elev_siste', 'sluttere_til_vigo_ot', 'runs_before', 'procedures.md R2, S1: rapport 5A001 må være kjørt', 'vigo_cal'),
  ('skolene_registrere_ajourhold', 'vigo_ot_overforing_forste', 'runs_before', 'procedures.md S5: etter ajourhold fra skole', 'vigo_cal'),
  ('inntaksdata_etter_ajourhold', 'vigo_ot_overforing_forste', 'runs_before', 'procedures.md S5: etter ajourhold fra skole', 'vigo_cal'),
  ('skolene_registrere_ajourhold', 'inntaksdata_etter_ajourhold', 'runs_before', 'procedures.md S6', 'vigo_cal'),
  ('privatskoledata_oktober', 'rett_privatskole_oktober', 'runs_before', 'procedures.md S8: privatskoledata på plass i VIGO', 'vigo_cal'),
  ('privatskoledata_april', 'rett_privatskole_april', 'runs_before', 'procedures.md S9: privatskoledata på plass i VIGO', 'vigo_cal'),
  ('rett_privatskole_oktober', 'privatskole_ist_oktober', 'runs_before', 'procedures.md S10: oppdatering av rett', 'vigo_cal'),
  ('rett_privatskole_april', 'privatskole_ist_april', 'runs_before', 'procedures.md S11: oppdatering av rett', 'vigo_cal'),
  ('rett_ssb_resultat_vgs_2', 'ssb_resultat_vgs_2', 'runs_before', 'procedures.md S12: oppdatering av rett', 'vigo_cal'),
  ('rett_ssb_elev_1', 'ssb_elev_vgs_1', 'runs_before', 'procedures.md S13: oppdatering av rett', 'vigo_cal'),
  ('rett_ssb_elev_2', 'ssb_elev_vgs_2', 'runs_before', 'procedures.md S14: oppdatering av rett', 'vigo_cal'),
  ('vigo_ot_til_vigo_november', 'preutfylling_siste', 'runs_before', 'procedures.md S15: må gjøres før preutfylling', 'vigo_cal'),
  ('sas_import_elevfil', 'ist_oppdatere_fagstatus', 'runs_before', 'procedures.md S16, S17', 'vigo_cal'),
  ('privatskoledata_oktober', 'ist_oppdatere_fagstatus', 'runs_before', 'procedures.md S17: alle elevdata importert', 'vigo_cal'),
  ('kontrakter_onsker_forslag', 'sletting_inntak_forste', 'runs_before', 'procedures.md S18: kontrakter før inntaket slettes', 'vigo_cal'),
  ('hovedinntak_siste_kjoring', 'inntaksfil_juli', 'runs_before', 'procedures.md S19, S20: etter 1. inntak', 'vigo_cal');

-- feedback_on: Udir's Tilbakemelding on a delivery (procedures.md I4).
INSERT INTO vigo_cal.event_link (event_key, other_key, kind, note, origin) VALUES
  ('udir_tilbakemelding_resultat_gs', 'ssb_resultat_gs_endelig', 'feedback_on', 'procedures.md I4 (e6, e108)', 'vigo_cal'),
  ('udir_tilbakemelding_resultat_vgs_1', 'ssb_resultat_vgs_1', 'feedback_on', 'procedures.md I4 (e7, e109)', 'vigo_cal'),
  ('udir_tilbakemelding_resultat_vgs_2', 'ssb_resultat_vgs_2', 'feedback_on', 'procedures.md I4 (e24)', 'vigo_cal'),
  ('udir_tilbakemelding_elev_vgs_1', 'ssb_elev_vgs_1', 'feedback_on', 'procedures.md I4 (e40)', 'vigo_cal'),
  ('udir_tilbakemelding_elev_vgs_2', 'ssb_elev_vgs_2', 'feedback_on', 'procedures.md I4 (e46)', 'vigo_cal'),
  ('udir_tilbakemelding_kontrakt_1', 'ssb_kontrakt_1', 'feedback_on', 'procedures.md I4 (e60)', 'vigo_cal'),
  ('udir_tilbakemelding_kontrakt_2', 'ssb_kontrakt_2', 'feedback_on', 'procedures.md I4 (e68)', 'vigo_cal'),
  ('udir_tilbakemelding_resultat_vgs_host', 'ssb_resultat_vgs_host', 'feedback_on', 'procedures.md I4 (e90)', 'vigo_cal');

-- see_also: the printed "Se <dato>" and "Se også <dato>".  Not linked: the
-- stale "Se også 17. juli" (e23), "Se info i slutten av dette dokumentet"
-- (e13, e16, e17, e20: the Rutiner, recorded as runs_before; e103: nothing
-- there about Conexus) and "Se Forskrift til opplæringslova" (e71, e82).
INSERT INTO vigo_cal.event_link (event_key, other_key, kind, note, origin) VALUES
  ('hovedinntak_siste_kjoring', 'inntaksfil_juli', 'see_also', 'e3 "Se 18. juli", e105 "Se 17. juli"', 'vigo_cal'),
  ('ssb_resultat_vgs_1', 'ssb_resultat_vgs_2', 'see_also', 'e5 "Se også 25. september" (the next school year''s 2. levering)', 'vigo_cal'),
  ('lanekassen_eksamensresultater', 'ssb_resultat_vgs_2', 'see_also', 'e12 "Se også 25. september"', 'vigo_cal'),
  ('soker_til_elev_forste', 'soker_til_elev_siste', 'see_also', 'e16 "Se 15. september"', 'vigo_cal'),
  ('soker_til_elev_siste', 'soker_til_elev_forste', 'see_also', 'e17 "Se 11. september"', 'vigo_cal'),
  ('rett_ssb_resultat_vgs_2', 'ssb_resultat_vgs_2', 'see_also', 'e22 "Se 25. september"', 'vigo_cal'),
  ('ssb_resultat_vgs_2', 'rett_ssb_resultat_vgs_2', 'see_also', 'e23 "Se 22. september"', 'vigo_cal'),
  ('sas_import_elevfil', 'ist_oppdatere_fagstatus', 'see_also', 'e32 "Se 11. oktober"', 'vigo_cal'),
  ('ist_oppdatere_fagstatus', 'privatskoledata_oktober', 'see_also', 'e33 "Se 09. og 10. oktober"', 'vigo_cal'),
  ('ist_oppdatere_fagstatus', 'sas_import_elevfil', 'see_also', 'e33 "Se 09. og 10. oktober"', 'vigo_cal'),
  ('rett_privatskole_oktober', 'privatskoledata_oktober', 'see_also', 'e34 "Se 09. og 13. oktober"', 'vigo_cal'),
  ('rett_privatskole_oktober', 'privatskole_ist_oktober', 'see_also', 'e34 "Se 09. og 13. oktober"', 'vigo_cal'),
  ('privatskole_ist_oktober', 'rett_privatskole_oktober', 'see_also', 'e35 "Se 12. oktober"', 'vigo_cal'),
  ('rett_ssb_elev_1', 'ssb_elev_vgs_1', 'see_also', 'e38 "Se 25. oktober"', 'vigo_cal'),
  ('ssb_elev_vgs_1', 'rett_ssb_elev_1', 'see_also', 'e39 "Se 24. oktober"', 'vigo_cal'),
  ('ssb_elev_vgs_1', 'ssb_elev_vgs_2', 'see_also', 'e39 "Se også 08. november"', 'vigo_cal'),
  ('rett_ssb_elev_2', 'ssb_elev_vgs_2', 'see_also', 'e44 "Se 08. november"', 'vigo_cal'),
  ('ssb_elev_vgs_2', 'rett_ssb_elev_2', 'see_also', 'e45 "Se 07. november"', 'vigo_cal'),
  ('ssb_elev_vgs_2', 'ssb_elev_vgs_1', 'see_also', 'e45 "Se også 25. oktober"', 'vigo_cal'),
  ('sletting_inntak_forste', 'sletting_inntak_siste', 'see_also', 'e50 "Se 20. november"', 'vigo_cal'),
  ('sletting_inntak_siste', 'sletting_inntak_forste', 'see_also', 'e54 "Se 14. november"', 'vigo_cal'),
  ('rett_privatskole_april', 'privatskoledata_april', 'see_also', 'e92 "Se 08. og 12. april"', 'vigo_cal'),
  ('rett_privatskole_april', 'privatskole_ist_april', 'see_also', 'e92 "Se 08. og 12. april"', 'vigo_cal'),
  ('privatskole_ist_april', 'rett_privatskole_april', 'see_also', 'e93 "Se 11. april"', 'vigo_cal'),
  ('sluttere_til_vigo_ot', 'soker_til_elev_forste', 'see_also', 'e114 heading "(se 11. og 15. september)"', 'vigo_cal'),
  ('sluttere_til_vigo_ot', 'soker_til_elev_siste', 'see_also', 'e114 heading "(se 11. og 15. september)"', 'vigo_cal');

-- ---------------------------------------------------------------------
-- The edition and its entries as printed
-- ---------------------------------------------------------------------
INSERT INTO vigo_cal.edition (school_year, published, title, source, origin) VALUES
  ('2023-2024', date '2023-08-21', 'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023)',
   'The PDF published by VIGO IKS (Måned | Dato | Fra | Hva | Til | Kommentar, July 2023 to August 2024), '
   || 'OCR''d to text and transcribed into 114 entries e1..e114 with repairs of OCR errors and '
   || 'two inferred dates (e8, e92); school holidays and the Rutiner at the end as separate tables.',
   'vigo_cal');

-- occurrence_year: July 2023 (e1-e9) belongs to 2022-2023, "Uke 31/32"
-- under August 2024 (e113) to 2024-2025.  printed_end: the last day of a
-- span, or the Friday of a week row; NULL for one day.

INSERT INTO vigo_cal.edition_entry
  (school_year, entry, event_key, occurrence_year, occurrence, month_heading, date_text,
   printed_date, printed_end, origin)
VALUES
  ('2023-2024', 'e1', 'conexus_juli', '2022-2023', 1,
   'Juli 2023', '04.jul', date '2023-07-04', NULL, 'vigo_cal'),
  ('2023-2024', 'e2', 'fpvs_fullfort_juli', '2022-2023', 1,
   'Juli 2023', '05.jul', date '2023-07-05', NULL, 'vigo_cal'),
  ('2023-2024', 'e3', 'hovedinntak_siste_kjoring', '2022-2023', 1,
   'Juli 2023', '14.jul', date '2023-07-14', NULL, 'vigo_cal'),
  ('2023-2024', 'e4', 'ssb_resultat_gs_endelig', '2022-2023', 1,
   'Juli 2023', '15.jul', date '2023-07-15', NULL, 'vigo_cal'),
  ('2023-2024', 'e5', 'ssb_resultat_vgs_1', '2022-2023', 1,
   'Juli 2023', '15.jul', date '2023-07-15', NULL, 'vigo_cal'),
  ('2023-2024', 'e6', 'udir_tilbakemelding_resultat_gs', '2022-2023', 1,
   'Juli 2023', '18.jul', date '2023-07-18', NULL, 'vigo_cal'),
  ('2023-2024', 'e7', 'udir_tilbakemelding_resultat_vgs_1', '2022-2023', 1,
   'Juli 2023', '18.jul', date '2023-07-18', NULL, 'vigo_cal'),
  ('2023-2024', 'e8', 'inntaksfil_juli', '2022-2023', 1,
   'Juli 2023', '18.jul', date '2023-07-18', NULL, 'vigo_cal'),
  ('2023-2024', 'e9', 'laerer_brukere_passiv', '2022-2023', 1,
   'Juli 2023', '31.jul', date '2023-07-31', NULL, 'vigo_cal'),
  ('2023-2024', 'e10', 'skolene_registrere_ajourhold', '2023-2024', 1,
   'August 2023', '31.aug', date '2023-08-31', NULL, 'vigo_cal'),
  ('2023-2024', 'e11', 'vilbli_apner_neste_skolear', '2023-2024', 1,
   'August 2023', 'I løpet av august', date '2023-08-01', date '2023-08-31', 'vigo_cal'),
  ('2023-2024', 'e12', 'lanekassen_eksamensresultater', '2023-2024', 1,
   'September 2023', '01.sep', date '2023-09-01', NULL, 'vigo_cal'),
  ('2023-2024', 'e13', 'privatskoledata_september', '2023-2024', 1,
   'September 2023', '05.sep', date '2023-09-05', NULL, 'vigo_cal'),
  ('2023-2024', 'e14', 'inntaksdata_etter_ajourhold', '2023-2024', 1,
   'September 2023', '08.sep', date '2023-09-08', NULL, 'vigo_cal'),
  ('2023-2024', 'e15', 'vigo_fag_til_vigo_voksen', '2023-2024', 1,
   'September 2023', '08.sep', date '2023-09-08', NULL, 'vigo_cal'),
  ('2023-2024', 'e16', 'soker_til_elev_forste', '2023-2024', 1,
   'September 2023', '11.sep', date '2023-09-11', NULL, 'vigo_cal'),
  ('2023-2024', 'e17', 'soker_til_elev_siste', '2023-2024', 1,
   'September 2023', '15.sep', date '2023-09-15', NULL, 'vigo_cal'),
  ('2023-2024', 'e18', 'privatskole_resultat_endelig', '2023-2024', 1,
   'September 2023', '15.sep', date '2023-09-15', NULL, 'vigo_cal'),
  ('2023-2024', 'e19', 'privatisteksamen_oppmelding_host', '2023-2024', 1,
   'September 2023', '15.sep', date '2023-09-15', NULL, 'vigo_cal'),
  ('2023-2024', 'e20', 'vigo_ot_overforing_forste', '2023-2024', 1,
   'September 2023', '18.sep', date '2023-09-18', NULL, 'vigo_cal'),
  ('2023-2024', 'e21', 'karakterer_etter_klage', '2023-2024', 1,
   'September 2023', '19.sep', date '2023-09-19', NULL, 'vigo_cal'),
  ('2023-2024', 'e22', 'rett_ssb_resultat_vgs_2', '2023-2024', 1,
   'September 2023', '22.sep', date '2023-09-22', NULL, 'vigo_cal'),
  ('2023-2024', 'e23', 'ssb_resultat_vgs_2', '2023-2024', 1,
   'September 2023', '25.sep', date '2023-09-25', NULL, 'vigo_cal'),
  ('2023-2024', 'e24', 'udir_tilbakemelding_resultat_vgs_2', '2023-2024', 1,
   'September 2023', '26.sep', date '2023-09-26', NULL, 'vigo_cal'),
  ('2023-2024', 'e25', 'hostferie_uke_40', '2023-2024', 1,
   'Oktober 2023', 'uke 40', date '2023-10-02', date '2023-10-06', 'vigo_cal'),
  ('2023-2024', 'e26', 'hostferie_uke_41', '2023-2024', 1,
   'Oktober 2023', 'uke 41', date '2023-10-09', date '2023-10-13', 'vigo_cal'),
  ('2023-2024', 'e27', 'udir_bedrift_oktober', '2023-2024', 1,
   'Oktober 2023', '02.okt', date '2023-10-02', NULL, 'vigo_cal'),
  ('2023-2024', 'e28', 'adminbrukere_kontroll', '2023-2024', 1,
   'Oktober 2023', '02.okt', date '2023-10-02', NULL, 'vigo_cal'),
  ('2023-2024', 'e29', 'skolene_registrere_elevfil', '2023-2024', 1,
   'Oktober 2023', '02.okt', date '2023-10-02', NULL, 'vigo_cal'),
  ('2023-2024', 'e30', 'fpvs_fullfort_oktober', '2023-2024', 1,
   'Oktober 2023', '05.okt', date '2023-10-05', NULL, 'vigo_cal'),
  ('2023-2024', 'e31', 'privatskoledata_oktober', '2023-2024', 1,
   'Oktober 2023', '09.okt', date '2023-10-09', NULL, 'vigo_cal'),
  ('2023-2024', 'e32', 'sas_import_elevfil', '2023-2024', 1,
   'Oktober 2023', '10.okt', date '2023-10-10', NULL, 'vigo_cal'),
  ('2023-2024', 'e33', 'ist_oppdatere_fagstatus', '2023-2024', 1,
   'Oktober 2023', '11.okt', date '2023-10-11', NULL, 'vigo_cal'),
  ('2023-2024', 'e34', 'rett_privatskole_oktober', '2023-2024', 1,
   'Oktober 2023', '12.okt', date '2023-10-12', NULL, 'vigo_cal'),
  ('2023-2024', 'e35', 'privatskole_ist_oktober', '2023-2024', 1,
   'Oktober 2023', '13.okt', date '2023-10-13', NULL, 'vigo_cal'),
  ('2023-2024', 'e36', 'skolebrukere_passiv', '2023-2024', 1,
   'Oktober 2023', '16.okt', date '2023-10-16', NULL, 'vigo_cal'),
  ('2023-2024', 'e37', 'klasseordning_kopiering_forste', '2023-2024', 1,
   'Oktober 2023', '20.okt', date '2023-10-20', NULL, 'vigo_cal'),
  ('2023-2024', 'e38', 'rett_ssb_elev_1', '2023-2024', 1,
   'Oktober 2023', '24.okt', date '2023-10-24', NULL, 'vigo_cal'),
  ('2023-2024', 'e39', 'ssb_elev_vgs_1', '2023-2024', 1,
   'Oktober 2023', '25.okt', date '2023-10-25', NULL, 'vigo_cal'),
  ('2023-2024', 'e40', 'udir_tilbakemelding_elev_vgs_1', '2023-2024', 1,
   'Oktober 2023', '26.okt', date '2023-10-26', NULL, 'vigo_cal'),
  ('2023-2024', 'e41', 'programomradekoder_soknad', '2023-2024', 1,
   'November 2023', '01.nov', date '2023-11-01', NULL, 'vigo_cal'),
  ('2023-2024', 'e42', 'vigo_ot_overforing_siste', '2023-2024', 1,
   'November 2023', '03.nov', date '2023-11-03', NULL, 'vigo_cal'),
  ('2023-2024', 'e43', 'privatskole_elev_ssb', '2023-2024', 1,
   'November 2023', '03.nov', date '2023-11-03', NULL, 'vigo_cal'),
  ('2023-2024', 'e44', 'rett_ssb_elev_2', '2023-2024', 1,
   'November 2023', '07.nov', date '2023-11-07', NULL, 'vigo_cal'),
  ('2023-2024', 'e45', 'ssb_elev_vgs_2', '2023-2024', 1,
   'November 2023', '08.nov', date '2023-11-08', NULL, 'vigo_cal'),
  ('2023-2024', 'e46', 'udir_tilbakemelding_elev_vgs_2', '2023-2024', 1,
   'November 2023', '09.nov', date '2023-11-09', NULL, 'vigo_cal'),
  ('2023-2024', 'e47', 'conexus_november', '2023-2024', 1,
   'November 2023', '09.nov', date '2023-11-09', NULL, 'vigo_cal'),
  ('2023-2024', 'e48', 'kontrakter_onsker_forslag', '2023-2024', 1,
   'November 2023', '12.nov', date '2023-11-12', NULL, 'vigo_cal'),
  ('2023-2024', 'e49', 'formidlingsfil_siste', '2023-2024', 1,
   'November 2023', '13.nov', date '2023-11-13', NULL, 'vigo_cal'),
  ('2023-2024', 'e50', 'sletting_inntak_forste', '2023-2024', 1,
   'November 2023', '14.nov', date '2023-11-14', NULL, 'vigo_cal'),
  ('2023-2024', 'e51', 'ot_data_november', '2023-2024', 1,
   'November 2023', '15.nov', date '2023-11-15', NULL, 'vigo_cal'),
  ('2023-2024', 'e52', 'vigo_ot_til_vigo_november', '2023-2024', 1,
   'November 2023', '16.nov', date '2023-11-16', NULL, 'vigo_cal'),
  ('2023-2024', 'e53', 'postnummer_kommunenummer', '2023-2024', 1,
   'November 2023', '17.nov', date '2023-11-17', NULL, 'vigo_cal'),
  ('2023-2024', 'e54', 'sletting_inntak_siste', '2023-2024', 1,
   'November 2023', '20.nov', date '2023-11-20', NULL, 'vigo_cal'),
  ('2023-2024', 'e55', 'privatskole_elev_november', '2023-2024', 1,
   'November 2023', '21.nov', date '2023-11-21', NULL, 'vigo_cal'),
  ('2023-2024', 'e56', 'fodselsnummer_grunnskolen', '2023-2024', 1,
   'November 2023', '28.nov', date '2023-11-28', NULL, 'vigo_cal'),
  ('2023-2024', 'e57', 'vilbli_fylkestekster', '2023-2024', 1,
   'Desember 2023', '01.des', date '2023-12-01', NULL, 'vigo_cal'),
  ('2023-2024', 'e58', 'fpvs_komplettering', '2023-2024', 1,
   'Desember 2023', '05.des', date '2023-12-05', NULL, 'vigo_cal'),
  ('2023-2024', 'e59', 'ssb_kontrakt_1', '2023-2024', 1,
   'Desember 2023', '06.des', date '2023-12-06', NULL, 'vigo_cal'),
  ('2023-2024', 'e60', 'udir_tilbakemelding_kontrakt_1', '2023-2024', 1,
   'Desember 2023', '07.des', date '2023-12-07', NULL, 'vigo_cal'),
  ('2023-2024', 'e61', 'preutfylling_siste', '2023-2024', 1,
   'Desember 2023', '15.des', date '2023-12-15', NULL, 'vigo_cal'),
  ('2023-2024', 'e62', 'fagopplaeringsfil_januar', '2023-2024', 1,
   'Januar 2024', '02.jan', date '2024-01-02', NULL, 'vigo_cal'),
  ('2023-2024', 'e63', 'landslinjer_kontroll', '2023-2024', 1,
   'Januar 2024', '03.jan', date '2024-01-03', NULL, 'vigo_cal'),
  ('2023-2024', 'e64', 'landslinjer_kopiering', '2023-2024', 1,
   'Januar 2024', '03.jan', date '2024-01-03', NULL, 'vigo_cal'),
  ('2023-2024', 'e65', 'fellessensur_vgs_host', '2023-2024', 1,
   'Januar 2024', '03.jan', date '2024-01-03', NULL, 'vigo_cal'),
  ('2023-2024', 'e66', 'klasseordning_vilbli', '2023-2024', 1,
   'Januar 2024', '05.jan', date '2024-01-05', NULL, 'vigo_cal'),
  ('2023-2024', 'e67', 'ssb_kontrakt_2', '2023-2024', 1,
   'Januar 2024', '11.jan', date '2024-01-11', NULL, 'vigo_cal'),
  ('2023-2024', 'e68', 'udir_tilbakemelding_kontrakt_2', '2023-2024', 1,
   'Januar 2024', '12.jan', date '2024-01-12', NULL, 'vigo_cal'),
  ('2023-2024', 'e69', 'privatskole_elev_januar', '2023-2024', 1,
   'Januar 2024', '12.jan', date '2024-01-12', NULL, 'vigo_cal'),
  ('2023-2024', 'e70', 'vilbli_fagtilbud', '2023-2024', 1,
   'Januar 2024', '19.jan', date '2024-01-19', NULL, 'vigo_cal'),
  ('2023-2024', 'e71', 'soknadsfrist_fortrinn', '2023-2024', 1,
   'Februar 2024', '01.feb', date '2024-02-01', NULL, 'vigo_cal'),
  ('2023-2024', 'e72', 'privatisteksamen_oppmelding_var', '2023-2024', 1,
   'Februar 2024', '01.feb', date '2024-02-01', NULL, 'vigo_cal'),
  ('2023-2024', 'e73', 'privatskoledata_februar', '2023-2024', 1,
   'Februar 2024', '02.feb', date '2024-02-02', NULL, 'vigo_cal'),
  ('2023-2024', 'e74', 'terminkarakterer_h1', '2023-2024', 1,
   'Februar 2024', '12.feb', date '2024-02-12', NULL, 'vigo_cal'),
  ('2023-2024', 'e75', 'conexus_februar', '2023-2024', 1,
   'Februar 2024', '14.feb', date '2024-02-14', NULL, 'vigo_cal'),
  ('2023-2024', 'e76', 'ot_data_februar', '2023-2024', 1,
   'Februar 2024', '15.feb', date '2024-02-15', NULL, 'vigo_cal'),
  ('2023-2024', 'e77', 'ssb_endelige_tall_vgs', '2023-2024', 1,
   'Februar 2024', '26.feb', date '2024-02-26', NULL, 'vigo_cal'),
  ('2023-2024', 'e78', 'privatist_karakterer_host', '2023-2024', 1,
   'Februar 2024', '26.feb', date '2024-02-26', NULL, 'vigo_cal'),
  ('2023-2024', 'e79', 'vinterferie_uke_8', '2023-2024', 1,
   'Februar 2024', 'Uke 8', date '2024-02-19', date '2024-02-23', 'vigo_cal'),
  ('2023-2024', 'e80', 'vinterferie_uke_9', '2023-2024', 1,
   'Februar 2024', 'Uke 9', date '2024-02-26', date '2024-03-01', 'vigo_cal'),
  ('2023-2024', 'e81', 'vinterferie_uke_10', '2023-2024', 1,
   'Mars 2024', 'Uke 10', date '2024-03-04', date '2024-03-08', 'vigo_cal'),
  ('2023-2024', 'e82', 'soknadsfrist_ordinaere', '2023-2024', 1,
   'Mars 2024', '01.mar', date '2024-03-01', NULL, 'vigo_cal'),
  ('2023-2024', 'e83', 'lanekassen_hosteksamen', '2023-2024', 1,
   'Mars 2024', '01.mar', date '2024-03-01', NULL, 'vigo_cal'),
  ('2023-2024', 'e84', 'fpvs_fullfort_mars', '2023-2024', 1,
   'Mars 2024', '01.mar', date '2024-03-01', NULL, 'vigo_cal'),
  ('2023-2024', 'e85', 'inntaksadresse_5a029', '2023-2024', 1,
   'Mars 2024', '04.mar', date '2024-03-04', NULL, 'vigo_cal'),
  ('2023-2024', 'e86', 'sokerfil_mars', '2023-2024', 1,
   'Mars 2024', '04.mar', date '2024-03-04', NULL, 'vigo_cal'),
  ('2023-2024', 'e87', 'ssb_kostra_ureviderte', '2023-2024', 1,
   'Mars 2024', '15.mar', date '2024-03-15', NULL, 'vigo_cal'),
  ('2023-2024', 'e88', 'ikke_sokere_til_ot', '2023-2024', 1,
   'Mars 2024', '15.mar', date '2024-03-15', NULL, 'vigo_cal'),
  ('2023-2024', 'e89', 'ssb_resultat_vgs_host', '2023-2024', 1,
   'Mars 2024', '18.mar', date '2024-03-18', NULL, 'vigo_cal'),
  ('2023-2024', 'e90', 'udir_tilbakemelding_resultat_vgs_host', '2023-2024', 1,
   'Mars 2024', '19.mar', date '2024-03-19', NULL, 'vigo_cal'),
  ('2023-2024', 'e91', 'privatskoledata_april', '2023-2024', 1,
   'April 2024', '08.apr', date '2024-04-08', NULL, 'vigo_cal'),
  ('2023-2024', 'e92', 'rett_privatskole_april', '2023-2024', 1,
   'April 2024', '11.apr', date '2024-04-11', NULL, 'vigo_cal'),
  ('2023-2024', 'e93', 'privatskole_ist_april', '2023-2024', 1,
   'April 2024', '12.apr', date '2024-04-12', NULL, 'vigo_cal'),
  ('2023-2024', 'e94', 'ot_data_juni', '2023-2024', 1,
   'Juni 2024', '17.jun', date '2024-06-17', NULL, 'vigo_cal'),
  ('2023-2024', 'e95', 'ssb_kostra_reviderte_juni', '2023-2024', 1,
   'Juni 2024', '17.jun', date '2024-06-17', NULL, 'vigo_cal'),
  ('2023-2024', 'e96', 'fellessensur_gs', '2023-2024', 1,
   'Juni 2024', '19.jun til 21.jun', date '2024-06-19', date '2024-06-21', 'vigo_cal'),
  ('2023-2024', 'e97', 'fellessensur_vgs', '2023-2024', 1,
   'Juni 2024', '19.jun til 21.jun', date '2024-06-19', date '2024-06-21', 'vigo_cal'),
  ('2023-2024', 'e98', 'privatskoledata_juni', '2023-2024', 1,
   'Juni 2024', '26.jun', date '2024-06-26', NULL, 'vigo_cal'),
  ('2023-2024', 'e99', 'vigo_ot_avslutte_skolear', '2023-2024', 1,
   'Juni 2024', '28.jun', date '2024-06-28', NULL, 'vigo_cal'),
  ('2023-2024', 'e100', 'karakterer_gs', '2023-2024', 1,
   'Juni 2024', '30.jun', date '2024-06-30', NULL, 'vigo_cal'),
  ('2023-2024', 'e101', 'karakterer_vgs', '2023-2024', 1,
   'Juni 2024', '30.jun', date '2024-06-30', NULL, 'vigo_cal'),
  ('2023-2024', 'e102', 'privatist_karakterer_var', '2023-2024', 1,
   'Juni 2024', '30.jun', date '2024-06-30', NULL, 'vigo_cal'),
  ('2023-2024', 'e103', 'conexus_juli', '2023-2024', 1,
   'Juli 2024', '02.jul', date '2024-07-02', NULL, 'vigo_cal'),
  ('2023-2024', 'e104', 'fpvs_fullfort_juli', '2023-2024', 1,
   'Juli 2024', '08.jul', date '2024-07-08', NULL, 'vigo_cal'),
  ('2023-2024', 'e105', 'hovedinntak_siste_kjoring', '2023-2024', 1,
   'Juli 2024', '14.jul', date '2024-07-14', NULL, 'vigo_cal'),
  ('2023-2024', 'e106', 'ssb_resultat_gs_endelig', '2023-2024', 1,
   'Juli 2024', '15.jul', date '2024-07-15', NULL, 'vigo_cal'),
  ('2023-2024', 'e107', 'ssb_resultat_vgs_1', '2023-2024', 1,
   'Juli 2024', '15.jul', date '2024-07-15', NULL, 'vigo_cal'),
  ('2023-2024', 'e108', 'udir_tilbakemelding_resultat_gs', '2023-2024', 1,
   'Juli 2024', '16.jul', date '2024-07-16', NULL, 'vigo_cal'),
  ('2023-2024', 'e109', 'udir_tilbakemelding_resultat_vgs_1', '2023-2024', 1,
   'Juli 2024', '16.jul', date '2024-07-16', NULL, 'vigo_cal'),
  ('2023-2024', 'e110', 'inntaksfil_juli', '2023-2024', 1,
   'Juli 2024', '17.jul', date '2024-07-17', NULL, 'vigo_cal'),
  ('2023-2024', 'e111', 'ssb_kostra_reviderte_juli', '2023-2024', 1,
   'Juli 2024', '17.jul', date '2024-07-17', NULL, 'vigo_cal'),
  ('2023-2024', 'e112', 'laerer_brukere_passiv', '2023-2024', 1,
   'Juli 2024', '31.jul', date '2024-07-31', NULL, 'vigo_cal'),
  ('2023-2024', 'e113', 'inntakslister_kjopte_plasser', '2024-2025', 1,
   'August 2024', 'Uke 31/32', date '2024-07-29', date '2024-08-09', 'vigo_cal'),
  ('2023-2024', 'e114', 'sluttere_til_vigo_ot', '2023-2024', 1,
   'Hver måned etter overføring fra søker til elev (rapport 5A001 må være kjørt) (se 11. og 15. september)', 'Engang pr. måned etter overføring fra søker til elev.', NULL, NULL, 'vigo_cal');
-- Delivery tracking: the counties' own log of deliveries, and the status
-- of every delivery a county owes, with row-level security per county.

-- Which roles act for which county (county_number NULL: every county).
CREATE TABLE vigo_cal.county_member (
  member_role regrole NOT NULL,
  county_number text REFERENCES vigo_cal.county ON UPDATE CASCADE ON DELETE CASCADE,
  origin text NOT NULL DEFAULT 'user' CHECK (origin IN ('vigo_cal', 'user', 'changed')),
  UNIQUE (member_role, county_number)
);
COMMENT ON TABLE vigo_cal.county_member IS
  'which database roles act for which county in delivery_log (county_number NULL: all counties)';
COMMENT ON COLUMN vigo_cal.county_member.member_role IS 'a role; its members act for the county too';
COMMENT ON COLUMN vigo_cal.county_member.county_number IS 'the county, or NULL for every county (an administrator or a reader of all)';
COMMENT ON COLUMN vigo_cal.county_member.origin IS 'vigo_cal: shipped with the extension; user: added; changed: a shipped row a user changed';
SELECT pg_catalog.pg_extension_config_dump('vigo_cal.county_member', 'WHERE origin <> ''vigo_cal''');

CREATE TABLE vigo_cal.delivery_log (
  county text NOT NULL REFERENCES vigo_cal.county ON UPDATE CASCADE,
  event_key text NOT NULL REFERENCES vigo_cal.event ON UPDATE CASCADE,
  school_year vigo_cal.schoolyear NOT NULL,
  occurrence integer NOT NULL DEFAULT 1 CHECK (occurrence >= 1),
  delivered_at timestamptz NOT NULL,
  delivered_by text NOT NULL DEFAULT CURRENT_USER,
  note text,
  PRIMARY KEY (county, event_key, school_year, occurrence)
);
COMMENT ON TABLE vigo_cal.delivery_log IS
  'the deliveries a county has made: one row per county, event occurrence and school year (a correction updates the row)';
COMMENT ON COLUMN vigo_cal.delivery_log.county IS 'the county number (vigo_cal.county)';
COMMENT ON COLUMN vigo_cal.delivery_log.event_key IS 'the event delivered (vigo_cal.event)';
COMMENT ON COLUMN vigo_cal.delivery_log.school_year IS 'the school year of the occurrence';
COMMENT ON COLUMN vigo_cal.delivery_log.occurrence IS 'which occurrence, for a monthly event (1 = the first)';
COMMENT ON COLUMN vigo_cal.delivery_log.delivered_at IS 'when it was delivered';
COMMENT ON COLUMN vigo_cal.delivery_log.delivered_by IS 'who delivered it (defaults to the database user)';
COMMENT ON COLUMN vigo_cal.delivery_log.note IS 'a note';
SELECT pg_catalog.pg_extension_config_dump('vigo_cal.delivery_log', '');

-- The county numbers the current user may see and write in delivery_log.
CREATE FUNCTION vigo_cal.my_counties() RETURNS text[]
  LANGUAGE sql STABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  SELECT CASE
    WHEN (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = CURRENT_USER)
      OR EXISTS (SELECT 1 FROM vigo_cal.county_member m
                  WHERE m.county_number IS NULL
                    AND pg_catalog.pg_has_role(CURRENT_USER, m.member_role::oid, 'MEMBER'))
    THEN (SELECT coalesce(array_agg(c.county_number ORDER BY c.county_number), '{}') FROM vigo_cal.county c)
    ELSE (SELECT coalesce(array_agg(DISTINCT m.county_number), '{}') FROM vigo_cal.county_member m
           WHERE m.county_number IS NOT NULL
             AND pg_catalog.pg_has_role(CURRENT_USER, m.member_role::oid, 'MEMBER'))
  END
$$;
COMMENT ON FUNCTION vigo_cal.my_counties() IS
  'the counties the current user acts for (superusers and members of a county_member row without county: all)';

ALTER TABLE vigo_cal.delivery_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY county_rows ON vigo_cal.delivery_log
  USING (county = ANY (vigo_cal.my_counties()))
  WITH CHECK (county = ANY (vigo_cal.my_counties()));

-- @replaceable: everything below is CREATE OR REPLACE; upgrade scripts rerun it.

-- Events whose occurrences each county must deliver: those that give the
-- counties a deadline, those sent by the counties, and those marked so.
-- Days are Oslo days: a delivery counts for vigo_cal.oslo_date(delivered_at).
-- Late counts the working days after the deadline up to and including the
-- day of delivery (or as_of, while missing), and is at least 1: a delivery
-- on Sunday after a Saturday deadline is 1 working day late (doc/delivery.md).
CREATE OR REPLACE FUNCTION vigo_cal.delivery_status_as_of(as_of date)
  RETURNS TABLE (county text, county_name text, school_year vigo_cal.schoolyear, event_key text,
                 occurrence integer, title text, to_party text, category text,
                 due_date date, county_deadline date, delivered_at timestamptz,
                 status text, business_days_late integer, last_working_day date, delivered_on date)
  LANGUAGE sql STABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  SET jit = off
AS $$
  WITH owed AS (
    SELECT c.*, coalesce(c.county_deadline, c.due_end) AS deadline
      FROM vigo_cal.calendar_between(
             greatest(pg_catalog.make_date(vigo_cal.start_year(vigo_cal.schoolyear(as_of)) - 1, 8, 1), date '1583-08-01'),
             least(pg_catalog.make_date(vigo_cal.start_year(vigo_cal.schoolyear(as_of)) + 2, 7, 31), date '9999-07-31')) AS c
      JOIN vigo_cal.event e ON e.event_key = c.event_key
     WHERE c.county_deadline IS NOT NULL OR e.from_party = 'fylkene'
  ), per_county AS (
    SELECT k.county_number, k.name, o.*, l.delivered_at,
           vigo_cal.oslo_date(l.delivered_at) AS delivered_on,
           -- the day that decides: the day of delivery, or as_of while missing
           coalesce(vigo_cal.oslo_date(l.delivered_at), as_of) AS day
      FROM owed o
      JOIN vigo_cal.county k
        ON k.valid_from <= o.deadline AND (k.valid_to IS NULL OR o.deadline < k.valid_to)
       AND k.county_number = ANY (vigo_cal.my_counties())
      LEFT JOIN vigo_cal.delivery_log l
        ON l.county = k.county_number AND l.event_key = o.event_key
       AND l.school_year OPERATOR(vigo_cal.=) o.school_year AND l.occurrence = o.occurrence
  )
  SELECT s.county_number, s.name, s.school_year, s.event_key, s.occurrence, s.title, s.to_party,
         s.category, s.due_date, s.deadline, s.delivered_at,
         CASE
           WHEN s.delivered_on <= s.deadline THEN 'on_time'
           WHEN s.delivered_on IS NOT NULL THEN 'late'
           WHEN s.deadline < as_of THEN 'missing'
           WHEN vigo_cal.business_days_between(as_of, s.last_working_day) < 5 THEN 'due_soon'
           ELSE 'upcoming'
         END,
         CASE
           WHEN s.day > s.deadline
             THEN greatest(vigo_cal.business_days_between(s.deadline + 1, s.day + 1), 1)
           ELSE 0
         END,
         s.last_working_day, s.delivered_on
    FROM per_county s
   ORDER BY s.deadline, s.county_number, s.event_key, s.occurrence
$$;
COMMENT ON FUNCTION vigo_cal.delivery_status_as_of(date) IS
  'delivery_status as it stood on a given day: one row per county and occurrence the county must deliver, for the school year of that day and the years either side';

CREATE OR REPLACE VIEW vigo_cal.delivery_status AS
  SELECT * FROM vigo_cal.delivery_status_as_of(vigo_cal.today());
COMMENT ON VIEW vigo_cal.delivery_status IS
  'for every county the user acts for: each delivery it owes in the previous, current and next school year, and whether it is on_time, late, missing, due_soon (within 5 working days) or upcoming, as of today in Norway';
COMMENT ON COLUMN vigo_cal.delivery_status.county IS 'the county number';
COMMENT ON COLUMN vigo_cal.delivery_status.county_name IS 'the county''s name';
COMMENT ON COLUMN vigo_cal.delivery_status.school_year IS 'the school year of the occurrence';
COMMENT ON COLUMN vigo_cal.delivery_status.event_key IS 'the event';
COMMENT ON COLUMN vigo_cal.delivery_status.occurrence IS 'which occurrence, for a monthly event';
COMMENT ON COLUMN vigo_cal.delivery_status.title IS 'what is due, filled in for the year';
COMMENT ON COLUMN vigo_cal.delivery_status.to_party IS 'who receives the delivery';
COMMENT ON COLUMN vigo_cal.delivery_status.category IS 'the colour code';
COMMENT ON COLUMN vigo_cal.delivery_status.due_date IS 'when the event falls due';
COMMENT ON COLUMN vigo_cal.delivery_status.county_deadline IS 'the county''s deadline: the event''s county deadline, or its last day (due_end, the due date of a one-day event)';
COMMENT ON COLUMN vigo_cal.delivery_status.delivered_at IS 'when the county delivered, from delivery_log (NULL: not yet)';
COMMENT ON COLUMN vigo_cal.delivery_status.status IS 'on_time (delivered on or before the deadline, in Oslo days), late, missing (deadline passed, nothing logged), due_soon (the last working day is one of the next 5 working days, today counted) or upcoming';
COMMENT ON COLUMN vigo_cal.delivery_status.business_days_late IS 'late or missing: the working days after the deadline up to and including the day of delivery (so far, today), at least 1; 0 otherwise';
COMMENT ON COLUMN vigo_cal.delivery_status.last_working_day IS 'the last working day on or before county_deadline (county_deadline itself when it is a working day)';
COMMENT ON COLUMN vigo_cal.delivery_status.delivered_on IS 'the day the delivery counts for: the Europe/Oslo date of delivered_at (NULL: not yet)';
-- iCalendar export: a school year's årshjul, and a county's school
-- holidays, as one RFC 5545 VCALENDAR for Outlook, Google Calendar and
-- anything else that reads .ics files (doc/ical.md).

-- @replaceable: everything below is CREATE OR REPLACE; upgrade scripts rerun it.

-- ---------------------------------------------------------------------
-- RFC 5545 text values and content lines
-- ---------------------------------------------------------------------

-- Escape a TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma get
-- a backslash, a line break (CRLF, CR or LF) becomes \n, and the other
-- control characters, which TEXT does not allow, are dropped (tab stays).
CREATE OR REPLACE FUNCTION vigo_cal.ical_escape(value text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  SELECT pg_catalog.replace(
           pg_catalog.regexp_replace(
             pg_catalog.regexp_replace(
               pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(value, E'\\', E'\\\\'),
                                                     ';', E'\\;'),
                                  ',', E'\\,'),
               E'\\r\\n?', E'\n', 'g'),
             E'[\\u0001-\\u0008\\u000B-\\u001F\\u007F]', '', 'g'),
           E'\n', E'\\n')
$$;
COMMENT ON FUNCTION vigo_cal.ical_escape(text) IS
  'a TEXT value escaped for iCalendar (RFC 5545 3.3.11): a backslash before backslash, semicolon and comma, line breaks as backslash-n, other control characters dropped';

-- Fold one content line (RFC 5545 3.1): no line longer than 75 octets of
-- UTF-8, continuation lines start with one space, and a multi-octet
-- character is never split.  The line comes without its CRLF; the result
-- has CRLF between its pieces but not at the end.
CREATE OR REPLACE FUNCTION vigo_cal.ical_fold(line text) RETURNS text
  LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
DECLARE
  max_octets constant integer := 75;
  pieces text[] := '{}';
  rest text := line;
  room integer := max_octets;  -- the first piece has no leading space
  piece text;
  excess integer;
BEGIN
  WHILE octet_length(convert_to(rest, 'UTF8')) > room LOOP
    piece := left(rest, room);
    -- each character is 1 to 4 octets: dropping ceil(excess / 4) trailing
    -- characters never drops more than needed
    LOOP
      excess := octet_length(convert_to(piece, 'UTF8')) - room;
      EXIT WHEN excess <= 0;
      piece := left(piece, length(piece) - (excess + 3) / 4);
    END LOOP;
    pieces := pieces || piece;
    rest := substr(rest, length(piece) + 1);
    room := max_octets - 1;
  END LOOP;
  RETURN array_to_string(pieces || rest, E'\r\n ');
END $$;
COMMENT ON FUNCTION vigo_cal.ical_fold(text) IS
  'an iCalendar content line folded at 75 octets of UTF-8 (RFC 5545 3.1), never inside a character; pieces joined by CRLF and a space';

-- ---------------------------------------------------------------------
-- The calendar
-- ---------------------------------------------------------------------

-- The events of a school year's calendar, one row per VEVENT, with the
-- values of their properties as plain text (not yet escaped or folded):
-- every occurrence of the school year, and with a county its school
-- holidays.  ical() writes them out.
CREATE OR REPLACE FUNCTION vigo_cal.ical_events(school_year vigo_cal.schoolyear, county text DEFAULT NULL)
  RETURNS TABLE (uid text, kind text, dtstart date, dtend date, summary text, description text,
                 categories text, status text)
  LANGUAGE plpgsql STABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  SET jit = off
AS $$
DECLARE
  start_year integer := school_year::integer;
BEGIN
  IF school_year IS NULL THEN
    RETURN;
  END IF;
  IF county IS NOT NULL THEN
    PERFORM vigo_cal.county_numbers(county);  -- raises for an unknown county
  END IF;
  RETURN QUERY
  WITH occ AS (
    -- every occurrence of the school year, wherever its days fall: look a
    -- year either side, as a week-31 date may start in July before the
    -- year and an offset or an override may push one past its end.  Near
    -- the ends of the supported range the window stays where
    -- calendar_between can look a year further out itself.
    SELECT c.*, coalesce(c.county_deadline, c.due_end, c.due_date) AS deadline
      FROM vigo_cal.calendar_between(greatest(vigo_cal.first_day(ical_events.school_year) - 366, date '1585-08-01'),
                                     least(vigo_cal.last_day(ical_events.school_year) + 366, date '9997-07-31')) AS c
     WHERE c.school_year OPERATOR(vigo_cal.=) ical_events.school_year
  ), hol AS (
    SELECT h.kind, h.region, r.region_key, h.days, h.tentative, h.projected, h.from_year, h.source, h.note
      FROM vigo_cal.school_holidays(ical_events.county, ical_events.school_year) AS h
      JOIN vigo_cal.region r ON r.name = h.region
     WHERE ical_events.county IS NOT NULL AND NOT isempty(h.days)
  ), ev AS (
    SELECT o.event_key || '-' || o.occurrence || '-' || start_year || '@vigo-cal' AS uid, 'event' AS kind,
           o.due_date AS dtstart, coalesce(o.due_end, o.due_date) + 1 AS dtend, o.title AS summary,
           nullif(concat_ws(E'\n',
             'Fra: ' || o.from_party,
             'Til: ' || o.to_party,
             nullif(o.comment, ''),
             'VIGO: ' || nullif(o.vigo_report, ''),
             -- the county deadline; a deadline on a day off says so, with
             -- the last working day before it
             CASE WHEN o.county_deadline IS NOT NULL THEN 'Frist for fylkene å registrere i VIGO: '
                  WHEN o.last_working_day < o.deadline THEN 'Frist: ' END
             || vigo_cal.weekday_name(o.deadline) || ' ' || vigo_cal.norwegian_date(o.deadline, true)
             || CASE WHEN o.last_working_day < o.deadline
                     THEN ', siste arbeidsdag ' || vigo_cal.weekday_name(o.last_working_day) || ' '
                          || to_char(o.last_working_day, 'DD.MM') ELSE '' END), '') AS description,
           cat.label AS categories, CASE WHEN o.tentative THEN 'TENTATIVE' ELSE 'CONFIRMED' END AS status
      FROM occ o
      JOIN vigo_cal.category cat ON cat.category_key = o.category
    UNION ALL
    SELECT 'holiday-' || h.region_key || '-' || h.kind || '-' || start_year || '@vigo-cal', 'school_holiday',
           lower(h.days), upper(h.days),
           vigo_cal.holiday_label(h.kind) || ' (' || h.region || CASE WHEN h.projected THEN ', forventet' ELSE '' END || ')',
           -- a projected holiday says where it comes from; each its source
           concat_ws(E'\n',
             vigo_cal.holiday_label(h.kind) || ' i ' || h.region || ' skoleåret ' || ical_events.school_year::text || '.'
             || CASE WHEN h.tentative THEN ' Med forbehold om endringer.' ELSE '' END,
             CASE WHEN h.projected THEN h.note END,
             'Kilde' || CASE WHEN h.projected THEN ' (' || h.from_year::text || ')' ELSE '' END || ': ' || h.source),
           coalesce((SELECT cat.label FROM vigo_cal.category cat WHERE cat.category_key = 'school_holiday'),
                    'Skoleferie'),
           CASE WHEN h.tentative THEN 'TENTATIVE' ELSE 'CONFIRMED' END
      FROM hol h
  )
  -- by first day, the årshjul's events before the school holidays, then by UID
  SELECT ev.uid, ev.kind, ev.dtstart, ev.dtend, ev.summary, ev.description, ev.categories, ev.status
    FROM ev
   ORDER BY ev.dtstart, ev.kind, ev.uid COLLATE "C";
END $$;
COMMENT ON FUNCTION vigo_cal.ical_events(vigo_cal.schoolyear, text) IS
  'the events of ical(): one row per VEVENT (kind event or school_holiday) with its UID, all-day DTSTART and exclusive DTEND, and SUMMARY, DESCRIPTION, CATEGORIES and STATUS as plain text, before escaping and folding';

CREATE OR REPLACE FUNCTION vigo_cal.ical(school_year vigo_cal.schoolyear, county text DEFAULT NULL)
  RETURNS text
  LANGUAGE plpgsql STABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  SET jit = off
AS $$
DECLARE
  county_name text;
  stamp text;
  result text;
BEGIN
  IF school_year IS NULL THEN
    RETURN NULL;
  END IF;
  IF county IS NOT NULL THEN
    SELECT string_agg(c.name, ', ' ORDER BY c.county_number) INTO county_name
      FROM vigo_cal.county c
     WHERE c.county_number = ANY (vigo_cal.county_numbers(county));  -- raises for an unknown county
  END IF;
  -- the time this calendar was made (RFC 5545 3.8.7.2, with METHOD), so
  -- that a client importing it again takes it as the newer version
  stamp := to_char(now() AT TIME ZONE 'UTC', 'YYYYMMDD"T"HH24MISS"Z"');

  WITH body AS (
    SELECT 0 AS part, NULL::date AS dtstart, NULL::text AS kind, NULL::text AS uid, l.n, l.line
      FROM unnest(ARRAY[
             'BEGIN:VCALENDAR',
             'PRODID:-//vigo_cal//vigo_cal ' || (SELECT e.extversion FROM pg_catalog.pg_extension e
                                                  WHERE e.extname = 'vigo_cal') || '//NO',
             'VERSION:2.0',
             'CALSCALE:GREGORIAN',
             'METHOD:PUBLISH',
             'X-WR-CALNAME:' || vigo_cal.ical_escape('VIGO årshjul ' || school_year::text
                                                     || coalesce(' (' || county_name || ')', '')),
             'X-WR-CALDESC:' || vigo_cal.ical_escape('Årshjulet for VIGO opplæring skoleåret '
                                                     || school_year::text
                                                     || coalesce(', med skoleferiene i ' || county_name, '')),
             'REFRESH-INTERVAL;VALUE=DURATION:P1D',
             'X-PUBLISHED-TTL:P1D']) WITH ORDINALITY AS l(line, n)
    UNION ALL
    SELECT 1, e.dtstart, e.kind, e.uid, l.n, l.line
      FROM vigo_cal.ical_events(school_year, county) AS e
     CROSS JOIN LATERAL unnest(ARRAY[
             'BEGIN:VEVENT',
             'UID:' || e.uid,
             'DTSTAMP:' || stamp,
             'DTSTART;VALUE=DATE:' || to_char(e.dtstart, 'YYYYMMDD'),
             'DTEND;VALUE=DATE:' || to_char(e.dtend, 'YYYYMMDD'),
             'SUMMARY:' || vigo_cal.ical_escape(e.summary),
             'DESCRIPTION:' || vigo_cal.ical_escape(e.description),  -- NULL: no DESCRIPTION
             'CATEGORIES:' || vigo_cal.ical_escape(e.categories),
             'STATUS:' || e.status,
             'TRANSP:TRANSPARENT',
             'END:VEVENT']) WITH ORDINALITY AS l(line, n)
     WHERE l.line IS NOT NULL
    UNION ALL
    SELECT 2, NULL, NULL, NULL, 1, 'END:VCALENDAR'
  )
  -- events by first day, the årshjul's before the school holidays, then by UID
  SELECT string_agg(vigo_cal.ical_fold(b.line), E'\r\n'
                    ORDER BY b.part, b.dtstart, b.kind, b.uid COLLATE "C", b.n) || E'\r\n'
    INTO result
    FROM body b;
  RETURN result;
END $$;
COMMENT ON FUNCTION vigo_cal.ical(vigo_cal.schoolyear, text) IS
  'the school year''s årshjul as an iCalendar file (RFC 5545): the events of ical_events() escaped and folded; one all-day event per occurrence, and with a county its school holidays; UIDs stable across runs, DTSTAMP the time of the call';
-- The årshjul as a picture.  wheel_layout places every item of a school
-- year's wheel: August at the top and the months clockwise, ISO weeks, a
-- county's school holidays shaded, every event occurrence a mark on the ring
-- of its category, the legend.  wheel_svg draws those items as one SVG
-- document.  The layout is in wheel_scale (months and weeks), wheel_marks
-- (the marks in their lanes), wheel_dial (the wheel) and wheel_page (title
-- and legend); the drawing in wheel_draw, wheel_style and the point, sector
-- and text helpers.

-- One positioned item of the picture: a row of wheel_layout.
CREATE TYPE vigo_cal.wheel_item AS (
  item integer,
  layer text,
  kind text,
  shape text,
  css_class text,
  label text,
  detail text,
  category text,
  color text,
  tentative boolean,
  day date,
  day_end date,
  r_in double precision,
  r_out double precision,
  r double precision,
  size double precision,
  angle_from double precision,
  angle_to double precision,
  x double precision,
  y double precision
);

-- @replaceable: everything below is CREATE OR REPLACE; upgrade scripts rerun it.

COMMENT ON TYPE vigo_cal.wheel_item IS
  'one positioned item of the årshjul picture (a row of wheel_layout): a month sector, a week tick, a mark, a school holiday, a label, a line of the legend';
COMMENT ON COLUMN vigo_cal.wheel_item.item IS
  'drawing order, from 1; the segments of one line (a month boundary) share their item';
COMMENT ON COLUMN vigo_cal.wheel_item.layer IS
  'page (canvas, title; x and y in px from the top left), wheel (around the wheel''s centre; radii and angles), legend (under the wheel; x and y in px)';
COMMENT ON COLUMN vigo_cal.wheel_item.kind IS
  'what the item is: month, week-tick, week-number, holiday, ring, event, today, category, school-holiday, next, ...';
COMMENT ON COLUMN vigo_cal.wheel_item.shape IS
  'how it is drawn: canvas, group, circle, sector, ring, line, label, dot, arc, hand, text, swatch, key, bullet';
COMMENT ON COLUMN vigo_cal.wheel_item.css_class IS
  'its class in the SVG (for a swatch, the class of the colour box; the line around it is a legend-item)';
COMMENT ON COLUMN vigo_cal.wheel_item.label IS
  'the text written: a name, a week number, a legend line; of a mark, its tooltip; of the canvas, the document''s title';
COMMENT ON COLUMN vigo_cal.wheel_item.detail IS
  'a second text: the count of a category in the legend, the dates of a line of what comes next';
COMMENT ON COLUMN vigo_cal.wheel_item.category IS 'the category (vigo_cal.category) of a ring, a mark or a legend line';
COMMENT ON COLUMN vigo_cal.wheel_item.color IS 'its colour; of the canvas, the colour of the school holidays';
COMMENT ON COLUMN vigo_cal.wheel_item.tentative IS 'a mark or school holiday whose date may still move';
COMMENT ON COLUMN vigo_cal.wheel_item.day IS 'the first day it stands for (a mark: the occurrence''s due date)';
COMMENT ON COLUMN vigo_cal.wheel_item.day_end IS 'the last day it stands for';
COMMENT ON COLUMN vigo_cal.wheel_item.r_in IS 'inner radius of a sector or ring, start of a line or a hand';
COMMENT ON COLUMN vigo_cal.wheel_item.r_out IS 'outer radius of a sector or ring, end of a line or a hand';
COMMENT ON COLUMN vigo_cal.wheel_item.r IS 'the radius a circle, ring track, label, dot or arc is drawn at; of a hand, its label''s';
COMMENT ON COLUMN vigo_cal.wheel_item.size IS 'radius of a dot or a hand''s tip, stroke width of an arc or ring track';
COMMENT ON COLUMN vigo_cal.wheel_item.angle_from IS
  'degrees clockwise from the top (1 August): where a sector or arc starts, where a line, label, dot or hand stands';
COMMENT ON COLUMN vigo_cal.wheel_item.angle_to IS 'degrees clockwise from the top: where a sector or arc ends';
COMMENT ON COLUMN vigo_cal.wheel_item.x IS 'x in px: on the page, in the legend; of the wheel group, its centre; of the canvas, its width';
COMMENT ON COLUMN vigo_cal.wheel_item.y IS 'y in px (down): on the page, in the legend, from the wheel''s centre; of the canvas, its height';

-- ---------------------------------------------------------------------
-- Helpers
-- ---------------------------------------------------------------------
CREATE OR REPLACE FUNCTION vigo_cal.xml_escape(t text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  SELECT pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(
           -- characters XML 1.0 does not allow at all
           pg_catalog.regexp_replace(t, E'[\\x01-\\x08\\x0b\\x0c\\x0e-\\x1f\\ufffe\\uffff]', '', 'g'),
           '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&apos;')
$$;
COMMENT ON FUNCTION vigo_cal.xml_escape(text) IS
  'text made safe for XML content and attribute values: & < > " '' escaped, control characters XML does not allow removed';

-- A point on the wheel: radius r, angle in degrees clockwise from the top,
-- around (0,0), as "x,y" with one decimal (SVG's y axis points down).
CREATE OR REPLACE FUNCTION vigo_cal.wheel_xy(r double precision, angle double precision) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  SELECT pg_catalog.round((r * pg_catalog.sind(angle))::numeric, 1)::text || ','
      || pg_catalog.round((-r * pg_catalog.cosd(angle))::numeric, 1)::text
$$;
COMMENT ON FUNCTION vigo_cal.wheel_xy(double precision, double precision) IS
  'helper of wheel_svg: the SVG point "x,y" at radius r and angle degrees clockwise from the top of a wheel centred on 0,0';

-- SVG path data for the ring sector between radii r_in and r_out from angle
-- a1 to a2 (clockwise, degrees); r_in NULL gives the open arc at r_out.
CREATE OR REPLACE FUNCTION vigo_cal.wheel_sector(r_in double precision, r_out double precision,
                                      a1 double precision, a2 double precision) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  SELECT 'M' || vigo_cal.wheel_xy(r_out, a1)
      || 'A' || pg_catalog.round(r_out::numeric, 1)::text || ',' || pg_catalog.round(r_out::numeric, 1)::text
      || ' 0 ' || CASE WHEN a2 - a1 > 180 THEN '1' ELSE '0' END || ',1 ' || vigo_cal.wheel_xy(r_out, a2)
      || CASE WHEN r_in IS NULL THEN '' ELSE
           'L' || vigo_cal.wheel_xy(r_in, a2)
           || 'A' || pg_catalog.round(r_in::numeric, 1)::text || ',' || pg_catalog.round(r_in::numeric, 1)::text
           || ' 0 ' || CASE WHEN a2 - a1 > 180 THEN '1' ELSE '0' END || ',0 ' || vigo_cal.wheel_xy(r_in, a1) || 'Z'
         END
$$;
COMMENT ON FUNCTION vigo_cal.wheel_sector(double precision, double precision, double precision, double precision) IS
  'helper of wheel_svg: SVG path data of the ring sector r_in..r_out from angle a1 to a2 (degrees clockwise from the top); r_in NULL: the arc at r_out';

-- A text centred on the circle of radius r at an angle, running along it
-- (turned over on the lower half, so that it never stands on its head).
CREATE OR REPLACE FUNCTION vigo_cal.wheel_text(css_class text, label text, r double precision, angle double precision)
  RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  SELECT pg_catalog.format('<text class="%s" x="0" y="%s" dy="0.35em" transform="rotate(%s)">%s</text>',
                           vigo_cal.xml_escape(css_class),
                           pg_catalog.round((CASE WHEN a.lower_half THEN r ELSE -r END)::numeric, 1),
                           pg_catalog.round((CASE WHEN a.lower_half THEN a.deg - 180 ELSE a.deg END)::numeric, 2),
                           vigo_cal.xml_escape(label))
    FROM (SELECT d AS deg, d > 90 AND d < 270 AS lower_half
            FROM (SELECT angle - 360 * pg_catalog.floor(angle / 360) AS d) AS n) AS a
$$;
COMMENT ON FUNCTION vigo_cal.wheel_text(text, text, double precision, double precision) IS
  'helper of wheel_svg: an SVG text element centred at radius r and angle degrees clockwise from the top, running along the circle and readable on either half';

-- ---------------------------------------------------------------------
-- The layout
-- ---------------------------------------------------------------------

-- The fixed measures of the picture, in px: the canvas is width wide, the
-- wheel centred on (cx, cy); its bands from the outside in: the months, the
-- weeks, the category rings, the disc in the middle.
CREATE OR REPLACE FUNCTION vigo_cal.wheel_geometry()
  RETURNS TABLE (width integer, cx integer, cy integer,
                 r_month_out double precision, r_month_in double precision, r_week_in double precision,
                 r_ring_out double precision, r_ring_in double precision, r_center double precision,
                 ring_gap double precision, max_lanes integer)
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  SELECT 1000, 500, 548,
         440::float8, 404::float8,     -- month band
         380::float8,                  -- week band, out to r_month_in: ticks and numbers
         374::float8, 128::float8,     -- the category rings
         116::float8,                  -- the disc in the middle
         4::float8,                    -- between two rings
         4                             -- marks of one ring side by side on a day
$$;
COMMENT ON FUNCTION vigo_cal.wheel_geometry() IS
  'helper of wheel_layout: the fixed measures of the årshjul picture in px (canvas width, centre, radii of the bands, gap between rings, most marks abreast)';

-- One item of the layout from its fields by name:
-- wheel_new_item(jsonb_build_object('layer', 'wheel', 'kind', 'month', ...)).
-- The values arrive exact: a double precision goes through jsonb as its
-- shortest exact text, and a numeric angle becomes the double precision a
-- cast would make of it.  The item number is set when the layout is put in
-- order.
CREATE OR REPLACE FUNCTION vigo_cal.wheel_new_item(fields jsonb) RETURNS vigo_cal.wheel_item
  LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
DECLARE
  unknown constant jsonb := fields - '{item,layer,kind,shape,css_class,label,detail,category,color,tentative,day,
                                       day_end,r_in,r_out,r,size,angle_from,angle_to,x,y}'::text[];
BEGIN
  IF unknown <> '{}' THEN
    RAISE EXCEPTION 'not a field of vigo_cal.wheel_item: %', unknown USING ERRCODE = 'undefined_column';
  END IF;
  RETURN jsonb_populate_record(NULL::vigo_cal.wheel_item, fields);
END $$;
COMMENT ON FUNCTION vigo_cal.wheel_new_item(jsonb) IS
  'helper of wheel_layout: a wheel_item from a jsonb object of its fields by name (an unknown name is an error), not yet numbered';

-- The months and weeks of a school year on the wheel: the face, the month
-- sectors, a line and a tick at every Monday and the ISO week number
-- mid-week, the month boundaries and the months' names.  An angle is
-- 360 degrees times the days since 1 August over the days of the year.
CREATE OR REPLACE FUNCTION vigo_cal.wheel_scale(school_year vigo_cal.schoolyear)
  RETURNS SETOF vigo_cal.wheel_item
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  WITH g AS (SELECT * FROM vigo_cal.wheel_geometry()),
  y AS (SELECT s.y0, s.y1, s.y1 - s.y0 + 1 AS nd
          FROM (SELECT vigo_cal.first_day(school_year) AS y0, vigo_cal.last_day(school_year) AS y1) AS s),
  week AS (SELECT d::date AS monday, d::date - y.y0 AS s, extract(week FROM d)::integer AS week
             FROM y, generate_series((y.y0 - (extract(isodow FROM y.y0)::integer - 1))::timestamp, y.y1::timestamp,
                                     interval '7 days') AS d),
  month AS (SELECT i, b.m0, b.m1,
                   (360.0 * (b.m0 - y.y0) / y.nd)::float8 AS a1, (360.0 * (b.m1 - y.y0) / y.nd)::float8 AS a2
              FROM y, generate_series(0, 11) AS i,
                   LATERAL (SELECT (y.y0 + make_interval(months => i))::date AS m0,
                                   (y.y0 + make_interval(months => i + 1))::date AS m1) AS b),
  items (part, n, sub, it) AS (
    SELECT 1, 0, 0, vigo_cal.wheel_new_item(jsonb_build_object(
                        'layer', 'wheel', 'kind', 'face', 'shape', 'circle', 'css_class', 'face',
                        'r', g.r_month_in)) FROM g
    UNION ALL
    SELECT 2, m.i, 0, vigo_cal.wheel_new_item(jsonb_build_object(
                          'layer', 'wheel', 'kind', 'month', 'shape', 'sector',
                          'css_class', 'month m' || m.i % 2, 'day', m.m0, 'day_end', m.m1 - 1,
                          'r_in', g.r_month_in, 'r_out', g.r_month_out, 'angle_from', m.a1, 'angle_to', m.a2))
      FROM g, month m
    UNION ALL
    SELECT 3, w.s, 1, vigo_cal.wheel_new_item(jsonb_build_object(
                          'layer', 'wheel', 'kind', 'week-line', 'shape', 'line', 'css_class', 'week-line',
                          'day', w.monday, 'r_in', g.r_ring_in, 'r_out', g.r_ring_out,
                          'angle_from', 360.0 * w.s / y.nd))
      FROM g, y, week w WHERE w.s > 0
    UNION ALL
    SELECT 3, w.s, 2, vigo_cal.wheel_new_item(jsonb_build_object(
                          'layer', 'wheel', 'kind', 'week-tick', 'shape', 'line', 'css_class', 'week-tick',
                          'day', w.monday, 'r_in', g.r_week_in + 16, 'r_out', g.r_month_in,
                          'angle_from', 360.0 * w.s / y.nd))
      FROM g, y, week w WHERE w.s > 0
    UNION ALL
    SELECT 3, w.s, 3, vigo_cal.wheel_new_item(jsonb_build_object(
                          'layer', 'wheel', 'kind', 'week-number', 'shape', 'label', 'css_class', 'week-number',
                          'label', w.week::text, 'day', w.monday, 'day_end', w.monday + 6, 'r', g.r_week_in + 9,
                          'angle_from', 360.0 * (w.s + 3.5) / y.nd))
      FROM g, y, week w WHERE w.s + 3.5 BETWEEN 0 AND y.nd
    UNION ALL
    -- across the rings and across the month band, not across the week numbers
    SELECT 4, m.i, 1, vigo_cal.wheel_new_item(jsonb_build_object(
                          'layer', 'wheel', 'kind', 'month-line', 'shape', 'line',
                          'css_class', CASE WHEN m.i = 0 THEN 'year-line' ELSE 'month-line' END, 'day', m.m0,
                          'r_in', seg.r_in, 'r_out', seg.r_out, 'angle_from', m.a1))
      FROM g, month m,
           LATERAL (VALUES (g.r_ring_in - 6, g.r_week_in),
                           (g.r_month_in, g.r_month_out + CASE WHEN m.i = 0 THEN 8 ELSE 0 END)) AS seg (r_in, r_out)
    UNION ALL
    SELECT 4, m.i, 2, vigo_cal.wheel_new_item(jsonb_build_object(
                          'layer', 'wheel', 'kind', 'month-name', 'shape', 'label', 'css_class', 'month-name',
                          'label', initcap(vigo_cal.month_name(extract(month FROM m.m0)::integer)), 'day', m.m0,
                          'day_end', m.m1 - 1, 'r', (g.r_month_in + g.r_month_out) / 2,
                          'angle_from', (m.a1 + m.a2) / 2))
      FROM g, month m)
  SELECT jsonb_populate_record(it, jsonb_build_object('item', dense_rank() OVER (ORDER BY part, n, sub)))
    FROM items
   ORDER BY part, n, sub, (it).r_in
$$;
COMMENT ON FUNCTION vigo_cal.wheel_scale(vigo_cal.schoolyear) IS
  'helper of wheel_layout: the months and weeks of a school year''s wheel (face, month sectors and names, month boundaries, week lines, ticks and numbers)';

-- Every occurrence with a day in the school year, clipped to it, in ring
-- order: one ring per category that has occurrences, in legend order from
-- the outside in.  Marks of one ring that would overlap go into lanes
-- (concentric tracks inside the ring), so that none hides another.
CREATE OR REPLACE FUNCTION vigo_cal.wheel_marks(school_year vigo_cal.schoolyear)
  RETURNS TABLE (mark integer, ring integer, rings integer, lane integer, category text, color text,
                 from_day integer, to_day integer, span boolean, tentative boolean,
                 due_date date, due_end date, tip text)
  LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  SET jit = off
AS $$
#variable_conflict use_column
DECLARE
  g record;
  y0 constant date := vigo_cal.first_day(school_year);
  y1 constant date := vigo_cal.last_day(school_year);
  nd constant integer := y1 - y0 + 1;
  lane_end integer[];
  cur_ring integer := 0;
  min_gap double precision;
  rec record;
  i integer;
BEGIN
  SELECT * INTO g FROM vigo_cal.wheel_geometry();
  mark := 0;
  FOR rec IN
    SELECT o.*, max(o.ring) OVER () AS rings
      FROM (SELECT dense_rank() OVER (ORDER BY k.sort_order, k.category_key)::integer AS ring,
                   greatest(c.due_date, y0) - y0 AS s,
                   least(coalesce(c.due_end, c.due_date), y1) - y0 AS e,
                   c.category AS cat, c.category_color AS col, c.tentative AS tent,
                   c.due_date AS due, coalesce(c.due_end, c.due_date) AS due_to,
                   coalesce(c.date_label || ': ', '') || coalesce(c.title, c.event_key) AS tip_text,
                   c.event_key AS ev, c.occurrence AS occ
              FROM vigo_cal.calendar_between(y0, y1) AS c
              JOIN vigo_cal.category k ON k.category_key = c.category) AS o
     ORDER BY o.ring, o.s, o.e, o.ev, o.occ
  LOOP
    IF rec.ring <> cur_ring THEN
      cur_ring := rec.ring;
      lane_end := array_fill(-100000, ARRAY[g.max_lanes]);
      -- the least distance in days between two marks in one lane: the
      -- width of a mark at the ring's estimated radius
      min_gap := 13.0 / (2 * pi() * (g.r_ring_out - (cur_ring - 0.5) * (g.r_ring_out - g.r_ring_in) / rec.rings) / nd);
    END IF;
    lane := NULL;
    FOR i IN 1 .. g.max_lanes LOOP
      IF rec.s - lane_end[i] >= min_gap THEN
        lane := i;
        EXIT;
      END IF;
    END LOOP;
    IF lane IS NULL THEN
      -- no room: the lane that is free soonest
      lane := 1;
      FOR i IN 2 .. g.max_lanes LOOP
        IF lane_end[i] < lane_end[lane] THEN
          lane := i;
        END IF;
      END LOOP;
    END IF;
    lane_end[lane] := rec.e;
    mark := mark + 1;
    ring := rec.ring; rings := rec.rings; category := rec.cat; color := rec.col;
    from_day := rec.s; to_day := rec.e; span := rec.due_to > rec.due; tentative := rec.tent;
    due_date := rec.due; due_end := rec.due_to; tip := rec.tip_text;
    RETURN NEXT;
  END LOOP;
END $$;
COMMENT ON FUNCTION vigo_cal.wheel_marks(vigo_cal.schoolyear) IS
  'helper of wheel_layout: every occurrence of the school year as a mark, with its ring (category) and lane, days since 1 August clipped to the year';

-- The wheel of a school year: the scale (months and weeks), the county's
-- school holidays shaded across the rings and the weeks, the category rings
-- and their marks, the disc in the middle and, when today is in the school
-- year, the hand that points at it.
CREATE OR REPLACE FUNCTION vigo_cal.wheel_dial(school_year vigo_cal.schoolyear, county text, today date)
  RETURNS SETOF vigo_cal.wheel_item
  LANGUAGE sql STABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  SET jit = off
AS $$
  WITH RECURSIVE g AS (SELECT * FROM vigo_cal.wheel_geometry()),
  y AS (SELECT s.y0, s.y1, s.y1 - s.y0 + 1 AS nd
          FROM (SELECT vigo_cal.first_day(school_year) AS y0, vigo_cal.last_day(school_year) AS y1) AS s
         WHERE school_year IS NOT NULL),
  -- an unknown county is an error (22023) listing the counties
  place AS (SELECT string_agg(c.name, ', ' ORDER BY c.county_number) AS name
              FROM vigo_cal.county c WHERE c.county_number = ANY (vigo_cal.county_numbers(wheel_dial.county))),
  m AS (SELECT * FROM vigo_cal.wheel_marks(school_year)),
  ring AS (SELECT m.ring, min(m.category) AS category, min(m.color) AS color, max(m.lane) AS lanes
             FROM m GROUP BY m.ring),
  -- lanes of equal pitch, what is left over shared out among the rings
  fit AS (SELECT p.pitch, least(5.5, p.pitch * 0.42) AS dot_r,
                 (g.r_ring_out - g.r_ring_in - g.ring_gap * (p.rings - 1) - p.pitch * p.lanes) / p.rings AS pad
            FROM g, (SELECT n.rings, n.lanes,
                            least(14.0, (g.r_ring_out - g.r_ring_in - g.ring_gap * (n.rings - 1)) / n.lanes) AS pitch
                       FROM g, (SELECT count(*)::integer AS rings, sum(ring.lanes)::integer AS lanes FROM ring) AS n
                      WHERE n.rings > 0) AS p),
  track (ring, r_outer, width) AS (
    SELECT ring.ring, g.r_ring_out, ring.lanes * fit.pitch + fit.pad FROM g, fit, ring WHERE ring.ring = 1
    UNION ALL
    SELECT ring.ring, t.r_outer - t.width - g.ring_gap, ring.lanes * fit.pitch + fit.pad
      FROM track t, g, fit, ring WHERE ring.ring = t.ring + 1),
  -- one sector for each different set of days, clipped to the year
  hol AS (SELECT d.s, d.e, row_number() OVER (ORDER BY d.s, d.e) AS n
            FROM (SELECT DISTINCT greatest(lower(h.days), y.y0) - y.y0 AS s, least(upper(h.days), y.y1 + 1) - y.y0 AS e
                    FROM y, vigo_cal.school_holidays(wheel_dial.county, school_year) AS h
                   WHERE lower(h.days) <= y.y1 AND upper(h.days) > y.y0) AS d),
  items (part, n, it) AS (
    SELECT 1, 0, vigo_cal.wheel_new_item(jsonb_build_object(
                     'layer', 'wheel', 'kind', 'wheel', 'shape', 'group', 'x', g.cx, 'y', g.cy)) FROM g, y
    UNION ALL
    -- the face and the months first, the rest of the scale over the rings
    SELECT CASE WHEN s.kind IN ('face', 'month') THEN 2 ELSE 5 END, s.item, s FROM vigo_cal.wheel_scale(school_year) s
    UNION ALL
    SELECT 3, h.n,
           vigo_cal.wheel_new_item(jsonb_build_object(
               'layer', 'wheel', 'kind', 'holiday', 'shape', 'sector', 'css_class', 'holiday', 'day', y.y0 + h.s,
               'day_end', y.y0 + h.e - 1, 'r_in', g.r_ring_in, 'r_out', g.r_month_in,
               'angle_from', 360.0 * h.s / y.nd, 'angle_to', 360.0 * h.e / y.nd))
      FROM g, y, hol h
    UNION ALL
    -- ring tracks, tinted with the category's colour
    SELECT 4, t.ring, vigo_cal.wheel_new_item(jsonb_build_object(
                          'layer', 'wheel', 'kind', 'ring', 'shape', 'ring', 'css_class', 'ring',
                          'category', ring.category, 'color', ring.color, 'r_in', t.r_outer - t.width,
                          'r_out', t.r_outer, 'r', t.r_outer - t.width / 2, 'size', t.width))
      FROM track t JOIN ring USING (ring)
    UNION ALL
    -- a dot for a day, an arc for a span
    SELECT 6, m.mark,
           vigo_cal.wheel_new_item(jsonb_build_object(
               'layer', 'wheel', 'kind', 'event', 'shape', CASE WHEN m.span THEN 'arc' ELSE 'dot' END,
               'css_class', 'event' || CASE WHEN m.span THEN ' span' ELSE '' END
                                    || CASE WHEN m.tentative THEN ' tentative' ELSE '' END,
               'label', m.tip, 'category', m.category, 'color', m.color, 'tentative', m.tentative,
               'day', m.due_date, 'day_end', m.due_end,
               'r', t.r_outer - fit.pad / 2 - (m.lane - 0.5) * fit.pitch,
               'size', CASE WHEN m.span THEN fit.dot_r * 1.6 WHEN m.tentative THEN fit.dot_r - 0.8 ELSE fit.dot_r END,
               'angle_from', CASE WHEN m.span THEN 360.0 * (m.from_day + 0.2) / y.nd
                                  ELSE 360.0 * (m.from_day + 0.5) / y.nd END,
               'angle_to', CASE WHEN m.span THEN 360.0 * (m.to_day + 0.8) / y.nd END))
      FROM y, fit, m JOIN track t USING (ring)
    UNION ALL
    -- the disc in the middle: the school year, the number of marks, the county
    SELECT 7, 0, vigo_cal.wheel_new_item(jsonb_build_object(
                     'layer', 'wheel', 'kind', 'center', 'shape', 'circle', 'css_class', 'center',
                     'r', g.r_center)) FROM g, y
    UNION ALL
    SELECT 7, c.n, vigo_cal.wheel_new_item(jsonb_build_object(
                       'layer', 'wheel', 'kind', 'center-text', 'shape', 'text', 'css_class', c.css,
                       'label', c.label, 'y', c.y))
      FROM y, place,
           LATERAL (VALUES (1, 'center-year', school_year::text, -8),
                           (2, 'center-sub', (SELECT count(*) FROM m)
                                             || CASE WHEN (SELECT count(*) FROM m) = 1 THEN ' hendelse' ELSE ' hendelser' END, 18),
                           (3, 'center-sub', place.name, 40)) AS c (n, css, label, y)
     WHERE c.label IS NOT NULL
    UNION ALL
    -- today: a hand from the disc out past the months, the date at its tip
    SELECT 8, 0, vigo_cal.wheel_new_item(jsonb_build_object(
                     'layer', 'wheel', 'kind', 'today', 'shape', 'hand', 'css_class', 'today',
                     'label', 'i dag ' || to_char(today, 'FMDD.FMMM.'), 'day', today, 'r_in', g.r_center,
                     'r_out', g.r_month_out + 12, 'r', g.r_month_out + 22, 'size', 5,
                     'angle_from', 360.0 * ((today - y.y0) + 0.5) / y.nd))
      FROM g, y WHERE today BETWEEN y.y0 AND y.y1)
  SELECT jsonb_populate_record(it, jsonb_build_object('item', dense_rank() OVER (ORDER BY part, n)))
    FROM items
   ORDER BY part, n, (it).r_in
$$;
COMMENT ON FUNCTION vigo_cal.wheel_dial(vigo_cal.schoolyear, text, date) IS
  'helper of wheel_layout: the items of the wheel itself (scale, school holidays, category rings, marks, centre, today''s hand)';

-- A school holiday as the legend lists it: Høstferie 02.10.–06.10. (uke 40).
CREATE OR REPLACE FUNCTION vigo_cal.wheel_holiday_text(kind text, from_day date, to_day date) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  SELECT vigo_cal.holiday_label(kind) || ' ' || to_char(from_day, 'DD.MM.')
         || CASE WHEN to_day > from_day THEN '–' || to_char(to_day, 'DD.MM.') ELSE '' END
         || ' (uke ' || extract(week FROM from_day)::integer
         || CASE WHEN extract(week FROM to_day) <> extract(week FROM from_day)
                 THEN '–' || extract(week FROM to_day)::integer ELSE '' END || ')'
$$;
COMMENT ON FUNCTION vigo_cal.wheel_holiday_text(text, date, date) IS
  'helper of wheel_layout: a school holiday from from_day to to_day as the legend lists it: Høstferie 02.10.–06.10. (uke 40)';

-- The page around the wheel: the canvas (its height grows with the legend),
-- the title with the dates and counts under it, and the legend under the
-- wheel: every category with its count, how to read the marks, the county's
-- school holidays, and in the current school year the next six occurrences.
CREATE OR REPLACE FUNCTION vigo_cal.wheel_page(school_year vigo_cal.schoolyear, county text, today date)
  RETURNS SETOF vigo_cal.wheel_item
  LANGUAGE sql STABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  SET jit = off
AS $$
  WITH g AS (SELECT * FROM vigo_cal.wheel_geometry()),
  y AS (SELECT vigo_cal.first_day(school_year) AS y0, vigo_cal.last_day(school_year) AS y1 WHERE school_year IS NOT NULL),
  place AS (SELECT string_agg(c.name, ', ' ORDER BY c.county_number) AS name
              FROM vigo_cal.county c WHERE c.county_number = ANY (vigo_cal.county_numbers(wheel_page.county))),
  head AS (SELECT 'Årshjul VIGO ' || school_year::text || coalesce(' – ' || place.name, '') AS title,
                  coalesce((SELECT k.color FROM vigo_cal.category k WHERE k.category_key = 'school_holiday'),
                           '#a0cbe8') AS holiday_color
             FROM place),
  used AS (SELECT c.category, count(*)::integer AS marks
             FROM y, vigo_cal.calendar_between(y.y0, y.y1) AS c GROUP BY c.category),
  -- the legend: categories with marks (the rings, from the outside in) first
  cat AS (SELECT k.category_key, k.label, k.color, u.marks,
                 (row_number() OVER (ORDER BY u.marks IS NULL, k.sort_order, k.category_key) - 1)::integer AS n
            FROM vigo_cal.category k LEFT JOIN used u ON u.category = k.category_key),
  hol AS (SELECT h.kind, h.days, h.region, h.tentative, h.projected
            FROM vigo_cal.school_holidays(wheel_page.county, school_year) AS h),
  -- a region whose days are projected from an earlier year says so
  hline AS (SELECT h.kind, lower(h.days) AS lo, upper(h.days) - 1 AS hi, bool_or(h.tentative) AS tentative,
                   string_agg(CASE WHEN NOT h.projected THEN h.region
                                   WHEN right(h.region, 1) = ')' THEN left(h.region, -1) || ', forventet)'
                                   ELSE h.region || ' (forventet)' END, ', ' ORDER BY h.region) AS regions,
                   (row_number() OVER (ORDER BY lower(h.days), upper(h.days), h.kind) - 1)::integer AS n
              FROM hol h GROUP BY h.kind, h.days),
  nxt AS (SELECT c.due_date, c.due_end, c.category_color, c.title,
                 (row_number() OVER (ORDER BY c.due_date, c.event_key, c.occurrence) - 1)::integer AS n
            FROM y, vigo_cal.calendar_between(today, y.y1) AS c
           WHERE today BETWEEN y.y0 AND y.y1
           ORDER BY c.due_date, c.event_key, c.occurrence LIMIT 6),
  -- where each part of the legend starts (y_hol and y_next are NULL for a
  -- part that is not there) and where the last one ends
  sec AS (SELECT a.y_cat, a.per_column, b.y_key, c.y_hol, c.shaded, d.y_next,
                 coalesce(d.y_next + 18 + 24 * (SELECT count(*) FROM nxt), c.y_after_hol) AS y_end
            FROM g, y,
                 LATERAL (SELECT g.cy + g.r_month_out + 44 AS y_cat,
                                 (SELECT (count(*) + 1) / 2 FROM vigo_cal.category)::integer AS per_column) AS a,
                 LATERAL (SELECT a.y_cat + 14 + a.per_column * 26 + 14 AS y_key) AS b,
                 LATERAL (SELECT h.y_hol, h.shaded,
                                 coalesce(h.y_hol + 18 + 24 * ((SELECT count(*) FROM hline) + CASE WHEN h.shaded THEN 0 ELSE 1 END),
                                          b.y_key + 30) AS y_after_hol
                            FROM (SELECT CASE WHEN wheel_page.county IS NOT NULL THEN b.y_key + 30 + 10 END AS y_hol,
                                         EXISTS (SELECT FROM hol WHERE lower(hol.days) <= y.y1 AND upper(hol.days) > y.y0)
                                           AS shaded) AS h) AS c,
                 LATERAL (SELECT CASE WHEN today BETWEEN y.y0 AND y.y1 THEN c.y_after_hol + 10 END AS y_next) AS d),
  items (part, n, it) AS (
    SELECT 1, 0, vigo_cal.wheel_new_item(jsonb_build_object('layer', 'page', 'kind', 'canvas', 'shape', 'canvas',
                   'label', head.title, 'color', head.holiday_color, 'x', g.width, 'y', ceil(sec.y_end + 20)))
      FROM g, head, sec
    UNION ALL
    -- the title, and under it the dates and the counts
    SELECT t.n, 0, vigo_cal.wheel_new_item(jsonb_build_object('layer', 'page', 'kind', t.kind, 'shape', 'text',
                     'css_class', t.kind, 'label', t.label, 'x', g.cx, 'y', t.y))
      FROM g, y, head, place, (SELECT coalesce(sum(used.marks), 0) AS marks, count(*) AS rings FROM used) AS c,
           LATERAL (VALUES (2, 'title', head.title, 46),
                           (3, 'subtitle',
                            to_char(y.y0, 'FMDD') || '. ' || vigo_cal.month_name(extract(month FROM y.y0)::integer) || ' '
                            || extract(year FROM y.y0)::integer || ' – ' || to_char(y.y1, 'FMDD') || '. '
                            || vigo_cal.month_name(extract(month FROM y.y1)::integer) || ' ' || extract(year FROM y.y1)::integer
                            || ' · ' || c.marks || CASE WHEN c.marks = 1 THEN ' hendelse' ELSE ' hendelser' END
                            || ' i ' || c.rings || CASE WHEN c.rings = 1 THEN ' kategori' ELSE ' kategorier' END
                            || coalesce(' · skoleferie i ' || place.name || ' skyggelagt', ''),
                            74)) AS t (n, kind, label, y)
    UNION ALL
    -- the headings of the parts of the legend that are there
    SELECT t.n, 0, vigo_cal.wheel_new_item(jsonb_build_object('layer', 'legend', 'kind', 'heading', 'shape', 'text',
                     'css_class', 'legend-head', 'x', 60, 'y', t.y, 'label', t.label))
      FROM sec, place,
           LATERAL (VALUES (10, sec.y_cat, 'Kategorier (ringene fra ytterst til innerst)'),
                           (13, sec.y_hol + 4, 'Skoleferie i ' || place.name || ' (skyggelagt)'),
                           (16, sec.y_next + 4, 'Neste hendelser')) AS t (n, y, label)
     WHERE t.y IS NOT NULL
    UNION ALL
    SELECT 11, cat.n, vigo_cal.wheel_new_item(jsonb_build_object('layer', 'legend', 'kind', 'category', 'shape', 'swatch',
                        'css_class', 'swatch' || CASE WHEN cat.marks IS NULL THEN ' unused' ELSE '' END,
                        'label', cat.label, 'category', cat.category_key, 'color', cat.color,
                        'detail', '(' || coalesce(cat.marks::text, 'ingen i ' || school_year::text) || ')',
                        'x', 60 + (cat.n / sec.per_column) * 460, 'y', sec.y_cat + 14 + (cat.n % sec.per_column) * 26))
      FROM sec, cat
    UNION ALL
    -- how to read the marks
    SELECT 12, 0, vigo_cal.wheel_new_item(jsonb_build_object('layer', 'legend', 'kind', 'key', 'shape', 'key',
                    'css_class', 'key', 'x', 60, 'y', sec.y_key))
      FROM sec
    UNION ALL
    -- the county's school holidays, one line each
    SELECT 14, h.n, vigo_cal.wheel_new_item(jsonb_build_object('layer', 'legend', 'kind', 'school-holiday',
                      'shape', 'swatch', 'css_class', 'swatch', 'color', head.holiday_color, 'tentative', h.tentative,
                      'day', h.lo, 'day_end', h.hi, 'x', 60, 'y', sec.y_hol + 18 + 24 * h.n,
                      'label', vigo_cal.wheel_holiday_text(h.kind, h.lo, h.hi)
                               || CASE WHEN h.regions <> place.name THEN ', ' || h.regions ELSE '' END
                               || CASE WHEN h.tentative THEN ', med forbehold om endringer' ELSE '' END))
      FROM sec, head, place, hline h WHERE sec.y_hol IS NOT NULL
    UNION ALL
    SELECT 15, 0, vigo_cal.wheel_new_item(jsonb_build_object('layer', 'legend', 'kind', 'note', 'shape', 'text',
                    'css_class', 'legend-label', 'x', 60, 'y', sec.y_hol + 18 + 24 * (SELECT count(*) FROM hline) + 12,
                    'label', 'ingen skoleferier registrert for ' || school_year::text))
      FROM sec WHERE sec.y_hol IS NOT NULL AND NOT sec.shaded
    UNION ALL
    -- in the current school year, what comes next
    SELECT 17, x.n, vigo_cal.wheel_new_item(jsonb_build_object('layer', 'legend', 'kind', 'next', 'shape', 'bullet',
                      'css_class', 'next-item', 'color', x.category_color, 'day', x.due_date, 'day_end', x.due_end,
                      'x', 60, 'y', sec.y_next + 18 + 24 * x.n,
                      'detail', to_char(x.due_date, 'DD.MM.')
                                || CASE WHEN x.due_end > x.due_date THEN '–' || to_char(x.due_end, 'DD.MM.') ELSE '' END,
                      'label', CASE WHEN length(x.title) > 88 THEN rtrim(left(x.title, 87)) || '…' ELSE x.title END))
      FROM sec, nxt x WHERE sec.y_next IS NOT NULL)
  SELECT jsonb_populate_record(it, jsonb_build_object('item', dense_rank() OVER (ORDER BY part, n)))
    FROM items
   ORDER BY part, n
$$;
COMMENT ON FUNCTION vigo_cal.wheel_page(vigo_cal.schoolyear, text, date) IS
  'helper of wheel_layout: the items around the wheel (canvas, title, subtitle, and the legend: categories, key, school holidays, what comes next)';

-- Every item of the picture of a school year, in the order drawn: the page,
-- the wheel, the legend.  today is the day the "today" hand and the list of
-- what comes next are for.
CREATE OR REPLACE FUNCTION vigo_cal.wheel_layout(school_year vigo_cal.schoolyear, county text DEFAULT NULL,
                                                 today date DEFAULT vigo_cal.today())
  RETURNS SETOF vigo_cal.wheel_item
  LANGUAGE sql STABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  SET jit = off
AS $$
  SELECT jsonb_populate_record(u.it, jsonb_build_object('item', dense_rank() OVER (ORDER BY o.layer, (u.it).item)))
    FROM (SELECT l FROM vigo_cal.wheel_page(school_year, county, today) AS l
          UNION ALL
          SELECT d FROM vigo_cal.wheel_dial(school_year, county, today) AS d) AS u (it),
         LATERAL (SELECT array_position(ARRAY['page', 'wheel', 'legend'], (u.it).layer)) AS o (layer)
   WHERE school_year IS NOT NULL
   ORDER BY o.layer, (u.it).item, (u.it).r_in
$$;
COMMENT ON FUNCTION vigo_cal.wheel_layout(vigo_cal.schoolyear, text, date) IS
  'the årshjul picture of a school year as positioned items in drawing order: months, weeks, school holidays of the county, category rings, marks, today''s hand (on the day today), title and legend';

-- ---------------------------------------------------------------------
-- The drawing
-- ---------------------------------------------------------------------

-- The style sheet of the picture; school holidays in holiday_color.
CREATE OR REPLACE FUNCTION vigo_cal.wheel_style(holiday_color text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  SELECT '<style>'
    || '.bg{fill:#ffffff}'
    || '.title{font-size:30px;font-weight:bold;fill:#111827;text-anchor:middle}'
    || '.subtitle{font-size:15px;fill:#4b5563;text-anchor:middle}'
    || '.face{fill:#fbfcfd}'
    || '.month.m0{fill:#e3e8ef}.month.m1{fill:#eef1f6}'
    || '.month-name{font-size:16px;font-weight:bold;fill:#1f2937;text-anchor:middle}'
    || '.month-line{stroke:#b8c0cc;stroke-width:1}'
    || '.year-line{stroke:#1f2937;stroke-width:2}'
    || '.week-line{stroke:#d9dee5;stroke-width:0.6}'
    || '.week-tick{stroke:#8a94a3;stroke-width:1}'
    || '.week-number{font-size:9.5px;fill:#5b6472;text-anchor:middle}'
    || '.holiday{fill:' || vigo_cal.xml_escape(holiday_color) || ';fill-opacity:0.55}'
    || '.ring{fill:none;stroke-opacity:0.13}'
    || 'circle.event{stroke:#ffffff;stroke-width:1.2}'
    || 'circle.event.tentative{fill:#ffffff;stroke-width:2.2}'
    || 'path.event{fill:none;stroke-linecap:round;stroke-opacity:0.9}'
    || 'path.event.tentative{stroke-opacity:0.5}'
    || '.center{fill:#ffffff;stroke:#c7ced8;stroke-width:1.5}'
    || '.center-year{font-size:30px;font-weight:bold;fill:#111827;text-anchor:middle}'
    || '.center-sub{font-size:14px;fill:#4b5563;text-anchor:middle}'
    || '.today path{stroke:#d62728;stroke-width:2.5}.today circle{fill:#d62728}'
    || '.today-label{font-size:13px;font-weight:bold;fill:#d62728}'
    || '.legend-head{font-size:15px;font-weight:bold;fill:#111827}'
    || '.legend-label{font-size:14px;fill:#1f2937}'
    || '.legend-count{fill:#6b7280}'
    || '.legend-date{font-weight:bold}'
    || '.swatch.unused{fill-opacity:0.3}'
    || '</style>'
$$;
COMMENT ON FUNCTION vigo_cal.wheel_style(text) IS
  'helper of wheel_svg: the <style> element of the årshjul picture, school holidays shaded in holiday_color';

-- One item of the layout as SVG, from its rows: one row, or the segments
-- of a line.  Every label, tooltip, category and colour goes through
-- xml_escape (the classes are the layout's own words).  Colours go in
-- style, which the style sheet does not override.
CREATE OR REPLACE FUNCTION vigo_cal.wheel_draw(parts vigo_cal.wheel_item[]) RETURNS text
  LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
DECLARE
  i constant vigo_cal.wheel_item := parts[1];
  css constant text := i.css_class;
  label constant text := vigo_cal.xml_escape(i.label);
  color constant text := vigo_cal.xml_escape(i.color);
  at text;       -- where a dot or the label of a hand is
  tip text;      -- where a hand ends
  segment vigo_cal.wheel_item;
  d text := '';
BEGIN
  CASE i.shape
  WHEN 'canvas' THEN
    RETURN format('<svg xmlns="http://www.w3.org/2000/svg" width="%1$s" height="%2$s" viewBox="0 0 %1$s %2$s"'
                  || ' font-family="DejaVu Sans, Verdana, Arial, Helvetica, sans-serif">', i.x, i.y)
           || format('<title>%s</title>', label) || vigo_cal.wheel_style(i.color)
           || format('<rect class="bg" width="%s" height="%s"/>', i.x, i.y);
  WHEN 'group' THEN
    RETURN format('<g transform="translate(%s,%s)">', i.x, i.y);
  WHEN 'text' THEN
    RETURN format('<text class="%s"%s y="%s">%s</text>', css, ' x="' || i.x || '"', i.y, label);
  WHEN 'circle' THEN
    RETURN format('<circle class="%s" r="%s"/>', css, i.r);
  WHEN 'ring' THEN
    RETURN format('<circle class="%s" r="%s" stroke="%s" stroke-width="%s"/>', css, round(i.r::numeric, 1), color,
                  round(i.size::numeric, 1));
  WHEN 'sector' THEN
    RETURN format('<path class="%s" d="%s"/>', css, vigo_cal.wheel_sector(i.r_in, i.r_out, i.angle_from, i.angle_to));
  WHEN 'line' THEN
    FOREACH segment IN ARRAY parts LOOP
      d := d || 'M' || vigo_cal.wheel_xy(segment.r_in, segment.angle_from)
             || 'L' || vigo_cal.wheel_xy(segment.r_out, segment.angle_from);
    END LOOP;
    RETURN format('<path class="%s" d="%s"/>', css, d);
  WHEN 'label' THEN
    RETURN vigo_cal.wheel_text(i.css_class, i.label, i.r, i.angle_from);
  WHEN 'dot' THEN
    at := vigo_cal.wheel_xy(i.r, i.angle_from);
    RETURN format('<circle class="%s" data-category="%s" data-date="%s" cx="%s" cy="%s" r="%s" style="%s:%s"><title>%s</title></circle>',
                  css, vigo_cal.xml_escape(i.category), to_char(i.day, 'YYYY-MM-DD'), split_part(at, ',', 1),
                  split_part(at, ',', 2), round(i.size::numeric, 1), CASE WHEN i.tentative THEN 'stroke' ELSE 'fill' END,
                  color, label);
  WHEN 'arc' THEN
    RETURN format('<path class="%s" data-category="%s" data-date="%s" d="%s" style="stroke:%s;stroke-width:%s"><title>%s</title></path>',
                  css, vigo_cal.xml_escape(i.category), to_char(i.day, 'YYYY-MM-DD'),
                  vigo_cal.wheel_sector(NULL, i.r, i.angle_from, i.angle_to), color, round(i.size::numeric, 1), label);
  WHEN 'hand' THEN
    at := vigo_cal.wheel_xy(i.r, i.angle_from);
    tip := vigo_cal.wheel_xy(i.r_out, i.angle_from);
    RETURN format('<g class="%s"><path d="M%sL%s"/><circle cx="%s" cy="%s" r="%s"/>'
                  || '<text class="today-label" x="%s" y="%s" dy="0.35em" text-anchor="%s">%s</text></g>',
                  css, vigo_cal.wheel_xy(i.r_in, i.angle_from), tip, split_part(tip, ',', 1), split_part(tip, ',', 2),
                  i.size, split_part(at, ',', 1), split_part(at, ',', 2),
                  CASE WHEN sind(i.angle_from) > 0.25 THEN 'start' WHEN sind(i.angle_from) < -0.25 THEN 'end'
                       ELSE 'middle' END, label);
  WHEN 'swatch' THEN
    RETURN format('<g class="legend-item" transform="translate(%s,%s)"><rect class="%s" x="0" y="0" width="22" height="14" rx="3" fill="%s"/>'
                  || '<text class="legend-label" x="32" y="12">%s%s</text></g>', i.x, i.y, css, color, label,
                  ' <tspan class="legend-count">' || vigo_cal.xml_escape(i.detail) || '</tspan>');
  WHEN 'bullet' THEN
    RETURN format('<g class="%s" transform="translate(%s,%s)"><circle cx="11" cy="7" r="5.5" style="fill:%s"/>'
                  || '<text class="legend-label" x="32" y="12"><tspan class="legend-date">%s</tspan> %s</text></g>',
                  css, i.x, i.y, color, vigo_cal.xml_escape(i.detail), label);
  WHEN 'key' THEN
    -- how to read the marks: a day, a span, a tentative date
    RETURN format('<g class="%s" transform="translate(%s,%s)">', css, i.x, i.y)
      || '<circle cx="8" cy="0" r="5.5" fill="#4b5563"/><text class="legend-label" x="20" y="5">én dag</text>'
      || '<path d="M110,0L140,0" stroke="#4b5563" stroke-width="8.8" stroke-linecap="round"/>'
      || '<text class="legend-label" x="152" y="5">periode</text>'
      || '<circle cx="252" cy="0" r="4.5" fill="#ffffff" stroke="#4b5563" stroke-width="2.2"/>'
      || '<path d="M272,0L302,0" stroke="#4b5563" stroke-opacity="0.5" stroke-width="8.8" stroke-linecap="round"/>'
      || '<text class="legend-label" x="314" y="5">foreløpig dato</text>'
      || '<text class="legend-label" x="480" y="5">tallene i ringen utenfor: ISO-uker</text>'
      || '</g>';
  END CASE;
END $$;
COMMENT ON FUNCTION vigo_cal.wheel_draw(vigo_cal.wheel_item[]) IS
  'helper of wheel_svg: one item of wheel_layout as SVG, from its rows (one, or the segments of a line)';

-- The picture: the items of wheel_layout drawn in their order, one SVG
-- document (on today's date in Norway).
CREATE OR REPLACE FUNCTION vigo_cal.wheel_svg(school_year vigo_cal.schoolyear, county text DEFAULT NULL)
  RETURNS text
  LANGUAGE sql STABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  SET jit = off
AS $$
  SELECT string_agg(d.svg, '' ORDER BY d.item) || '</svg>'
    FROM (SELECT l.item,
                 vigo_cal.wheel_draw(array_agg(l ORDER BY l.r_in))
                 -- the wheel's items are drawn in a group around its centre
                 || CASE WHEN min(l.layer) = 'wheel' AND lead(min(l.layer)) OVER (ORDER BY l.item) IS DISTINCT FROM 'wheel'
                         THEN '</g>' ELSE '' END AS svg
            FROM vigo_cal.wheel_layout(school_year, county) AS l
           GROUP BY l.item) AS d
$$;
COMMENT ON FUNCTION vigo_cal.wheel_svg(vigo_cal.schoolyear, text) IS
  'the årshjul of a school year as an SVG picture: August at the top, months clockwise, ISO weeks, every occurrence a mark on its category''s ring, a legend; with a county, its school holidays shaded; a "today" hand in the current school year';
-- The BI surface: schema vigo_cal_bi, plain views in built-in types only
-- (text, integer, date, timestamptz, boolean), every view and column
-- commented, for dashboard tools that filter with a bound text parameter
-- and know nothing of vigo_cal's types, operators or search_path.
--
-- School years are text ('2026-2027', sorting as the type does) with their
-- start year beside them; ISO weeks are text ('2026-W49') with the ISO year
-- and week number; spans are first_day/last_day.  The calendar views read
-- occurrence_store (62_occurrence_store.sql), so a dashboard refresh reads
-- rows, not rules.
--
-- Access: the views run with their owner's rights (the extension's owner),
-- so a reader needs USAGE on vigo_cal_bi and SELECT on the views and no
-- grant on vigo_cal's tables.  Row-level security on delivery_log does not
-- apply to the owner; the views that show deliveries filter by the counties
-- the current user acts for themselves (vigo_cal_bi.my_counties, the same
-- rule as the policy), and are security barriers so that no function in a
-- user's WHERE sees another county's row first.
--
-- The role vigo_cal_reader (NOLOGIN) holds exactly those grants; GRANT it
-- to a login.  Roles belong to the cluster, not the database: the role is
-- created by the first CREATE EXTENSION that finds it missing, reused by
-- the others, and left in place by DROP EXTENSION.

CREATE SCHEMA vigo_cal_bi;
COMMENT ON SCHEMA vigo_cal_bi IS
  'vigo_cal for BI tools: plain views in built-in types, readable with USAGE on this schema and SELECT on the views (role vigo_cal_reader)';

-- @replaceable: everything below is CREATE OR REPLACE; upgrade scripts rerun it.

-- The reader role, made again if a DBA dropped it (roles are global; the
-- grants below need it).
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'vigo_cal_reader') THEN
    CREATE ROLE vigo_cal_reader NOLOGIN;
    COMMENT ON ROLE vigo_cal_reader IS
      'reads the vigo_cal_bi views (GRANT vigo_cal_reader TO a login); which counties'' deliveries it sees is vigo_cal.county_member''s business';
  END IF;
END $$;
GRANT USAGE ON SCHEMA vigo_cal_bi TO vigo_cal_reader;

-- Today is vigo_cal.today(), the Norwegian day (10_schoolyear.sql).  The
-- views take it once per query, from a subquery kept apart with OFFSET 0:
-- a STABLE function in a flattened subquery runs for every row.

-- ---------------------------------------------------------------------
-- Who may see which county
-- ---------------------------------------------------------------------
CREATE OR REPLACE VIEW vigo_cal_bi.my_counties WITH (security_barrier) AS
  SELECT c.county_number AS county, c.name AS county_name,
         CASE WHEN su.rolsuper THEN 'superuser'
              ELSE (SELECT string_agg(DISTINCT m.member_role::text, ', ')
                      FROM vigo_cal.county_member m
                     WHERE (m.county_number IS NULL OR m.county_number = c.county_number)
                       AND pg_catalog.pg_has_role(CURRENT_USER, m.member_role::oid, 'MEMBER'))
         END AS granted_by,
         su.rolsuper OR EXISTS (SELECT 1 FROM vigo_cal.county_member m
                                 WHERE m.county_number IS NULL
                                   AND pg_catalog.pg_has_role(CURRENT_USER, m.member_role::oid, 'MEMBER')) AS all_counties,
         c.valid_from, c.valid_to
    FROM vigo_cal.county c
    CROSS JOIN (SELECT coalesce((SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = CURRENT_USER), false)
                       AS rolsuper) AS su
   WHERE su.rolsuper
      OR EXISTS (SELECT 1 FROM vigo_cal.county_member m
                  WHERE (m.county_number IS NULL OR m.county_number = c.county_number)
                    AND pg_catalog.pg_has_role(CURRENT_USER, m.member_role::oid, 'MEMBER'));
COMMENT ON VIEW vigo_cal_bi.my_counties IS
  'the counties whose deliveries the current user sees (vigo_cal.county_member, as row-level security on delivery_log has it); empty: you act for no county, ask an administrator for a county_member row';
COMMENT ON COLUMN vigo_cal_bi.my_counties.county IS 'the county number';
COMMENT ON COLUMN vigo_cal_bi.my_counties.county_name IS 'the county''s name';
COMMENT ON COLUMN vigo_cal_bi.my_counties.granted_by IS 'the county_member roles that give it (superuser: all counties)';
COMMENT ON COLUMN vigo_cal_bi.my_counties.all_counties IS 'the user sees every county (a county_member row without county, or a superuser)';
COMMENT ON COLUMN vigo_cal_bi.my_counties.valid_from IS 'first day the county exists';
COMMENT ON COLUMN vigo_cal_bi.my_counties.valid_to IS 'first day it no longer exists (NULL: still exists)';

-- ---------------------------------------------------------------------
-- Dimensions: school years, categories, counties
-- ---------------------------------------------------------------------
CREATE OR REPLACE VIEW vigo_cal_bi.school_years AS
  SELECT (w.first_year OPERATOR(vigo_cal.+) i)::text COLLATE "C" AS school_year,
         vigo_cal.start_year(w.first_year) + i AS start_year,
         vigo_cal.first_day(w.first_year OPERATOR(vigo_cal.+) i) AS first_day,
         vigo_cal.last_day(w.first_year OPERATOR(vigo_cal.+) i) AS last_day,
         vigo_cal.start_year(vigo_cal.schoolyear(t.today)) - vigo_cal.start_year(w.first_year) - i AS years_ago,
         (w.first_year OPERATOR(vigo_cal.+) i) OPERATOR(vigo_cal.=) vigo_cal.schoolyear(t.today) AS is_current
    FROM vigo_cal.occurrence_window w
    CROSS JOIN pg_catalog.generate_series(0, w.last_year OPERATOR(vigo_cal.-) w.first_year) AS i
    CROSS JOIN (SELECT vigo_cal.today() AS today OFFSET 0) AS t;
COMMENT ON VIEW vigo_cal_bi.school_years IS
  'the school years the BI views cover (vigo_cal.occurrence_window), one row each: a filter''s list of values';
COMMENT ON COLUMN vigo_cal_bi.school_years.school_year IS 'the school year, 2026-2027';
COMMENT ON COLUMN vigo_cal_bi.school_years.start_year IS 'the calendar year it starts in, 2026';
COMMENT ON COLUMN vigo_cal_bi.school_years.first_day IS 'its first day, 1 August';
COMMENT ON COLUMN vigo_cal_bi.school_years.last_day IS 'its last day, 31 July';
COMMENT ON COLUMN vigo_cal_bi.school_years.years_ago IS '0 for the current school year (Norwegian today), 1 for the one before, -1 for the next';
COMMENT ON COLUMN vigo_cal_bi.school_years.is_current IS 'it is the current school year (Norwegian today)';

CREATE OR REPLACE VIEW vigo_cal_bi.categories AS
  SELECT c.category_key AS category, c.label, c.color, c.sort_order
    FROM vigo_cal.category c;
COMMENT ON VIEW vigo_cal_bi.categories IS 'the colour codes of the årshjul, with their colours: the legend';
COMMENT ON COLUMN vigo_cal_bi.categories.category IS 'the category key, as the other views give it';
COMMENT ON COLUMN vigo_cal_bi.categories.label IS 'the Norwegian label of the legend';
COMMENT ON COLUMN vigo_cal_bi.categories.color IS 'the colour as #rrggbb';
COMMENT ON COLUMN vigo_cal_bi.categories.sort_order IS 'the place in the legend';

CREATE OR REPLACE VIEW vigo_cal_bi.counties AS
  SELECT c.county_number AS county, c.name AS county_name, c.valid_from, c.valid_to,
         c.valid_from <= t.today AND (c.valid_to IS NULL OR t.today < c.valid_to) AS exists_today,
         pg_catalog.array_to_string(c.successors, ', ') AS successors
    FROM vigo_cal.county c
    CROSS JOIN (SELECT vigo_cal.today() AS today OFFSET 0) AS t;
COMMENT ON VIEW vigo_cal_bi.counties IS 'the counties, through the reforms of 2020 and 2024';
COMMENT ON COLUMN vigo_cal_bi.counties.county IS 'the two-digit county number';
COMMENT ON COLUMN vigo_cal_bi.counties.county_name IS 'the county''s name';
COMMENT ON COLUMN vigo_cal_bi.counties.valid_from IS 'first day the county exists';
COMMENT ON COLUMN vigo_cal_bi.counties.valid_to IS 'first day it no longer exists (NULL: still exists)';
COMMENT ON COLUMN vigo_cal_bi.counties.exists_today IS 'the county exists today (Norwegian today)';
COMMENT ON COLUMN vigo_cal_bi.counties.successors IS 'the counties it became, comma-separated (NULL: none)';

-- ---------------------------------------------------------------------
-- The calendar
-- ---------------------------------------------------------------------
CREATE OR REPLACE VIEW vigo_cal_bi.deadlines AS
  SELECT s.school_year_text AS school_year, s.start_year, s.event_key, s.occurrence,
         s.title, s.comment, s.from_party, s.to_party,
         s.category, s.category_label, s.category_color, s.category_sort,
         s.due_date, coalesce(s.due_end, s.due_date) AS due_end, s.date_label, s.weekday,
         s.iso_week_text AS iso_week, s.iso_year, s.iso_week_number AS week,
         s.county_deadline, s.deadline, s.last_working_day, s.counties_deliver,
         s.tentative, s.fixed_date, s.overridden, s.vigo_report, s.rule_text AS rule
    FROM vigo_cal.occurrence_store s
   WHERE vigo_cal.occurrence_store_ready((SELECT st FROM vigo_cal.occurrence_store_state st));
COMMENT ON VIEW vigo_cal_bi.deadlines IS
  'the calendar: every event occurrence of every school year in vigo_cal_bi.school_years, one row each, with its text filled in for the year';
COMMENT ON COLUMN vigo_cal_bi.deadlines.school_year IS 'the school year of the occurrence, 2026-2027';
COMMENT ON COLUMN vigo_cal_bi.deadlines.start_year IS 'the calendar year the school year starts in, 2026';
COMMENT ON COLUMN vigo_cal_bi.deadlines.event_key IS 'the event''s stable key';
COMMENT ON COLUMN vigo_cal_bi.deadlines.occurrence IS '1, or the number of a monthly event''s occurrence in the year';
COMMENT ON COLUMN vigo_cal_bi.deadlines.title IS 'what is due, with this year''s dates and school years filled in';
COMMENT ON COLUMN vigo_cal_bi.deadlines.comment IS 'the comment, filled in for this year';
COMMENT ON COLUMN vigo_cal_bi.deadlines.from_party IS 'who delivers';
COMMENT ON COLUMN vigo_cal_bi.deadlines.to_party IS 'who receives';
COMMENT ON COLUMN vigo_cal_bi.deadlines.category IS 'the colour code (vigo_cal_bi.categories)';
COMMENT ON COLUMN vigo_cal_bi.deadlines.category_label IS 'the category''s label in the legend';
COMMENT ON COLUMN vigo_cal_bi.deadlines.category_color IS 'the category''s colour as #rrggbb';
COMMENT ON COLUMN vigo_cal_bi.deadlines.category_sort IS 'the category''s place in the legend';
COMMENT ON COLUMN vigo_cal_bi.deadlines.due_date IS 'the day it is due (the first day of a week or span)';
COMMENT ON COLUMN vigo_cal_bi.deadlines.due_end IS 'the last day of a week or span; due_date for one day';
COMMENT ON COLUMN vigo_cal_bi.deadlines.date_label IS 'the date as the printed årshjul writes it (04.jul, uke 40)';
COMMENT ON COLUMN vigo_cal_bi.deadlines.weekday IS 'the Norwegian weekday of due_date';
COMMENT ON COLUMN vigo_cal_bi.deadlines.iso_week IS 'the ISO week of due_date, 2026-W49';
COMMENT ON COLUMN vigo_cal_bi.deadlines.iso_year IS 'the ISO year of iso_week';
COMMENT ON COLUMN vigo_cal_bi.deadlines.week IS 'the week number of iso_week, 1-53';
COMMENT ON COLUMN vigo_cal_bi.deadlines.county_deadline IS 'when the counties must have registered in VIGO, if the event has such a deadline';
COMMENT ON COLUMN vigo_cal_bi.deadlines.deadline IS 'county_deadline, or due_end (the last day) when there is none: the day a delivery is compared with';
COMMENT ON COLUMN vigo_cal_bi.deadlines.last_working_day IS 'the last working day on or before deadline (deadline itself when it is a working day)';
COMMENT ON COLUMN vigo_cal_bi.deadlines.fixed_date IS 'the date is fixed by law or by a system and is kept on a Saturday, Sunday or public holiday';
COMMENT ON COLUMN vigo_cal_bi.deadlines.counties_deliver IS 'every county owes this occurrence (vigo_cal_bi.delivery_status has a row per county)';
COMMENT ON COLUMN vigo_cal_bi.deadlines.tentative IS 'the date may still move';
COMMENT ON COLUMN vigo_cal_bi.deadlines.overridden IS 'the date is set for this year by hand, not by the rule';
COMMENT ON COLUMN vigo_cal_bi.deadlines.vigo_report IS 'the VIGO report or screen involved';
COMMENT ON COLUMN vigo_cal_bi.deadlines.rule IS 'the rule that dates the event (doc/rules.md)';

CREATE OR REPLACE VIEW vigo_cal_bi.upcoming_deadlines WITH (security_barrier) AS
  SELECT k.county_number AS county, k.name AS county_name,
         s.school_year_text AS school_year, s.start_year, s.event_key, s.occurrence,
         s.title, s.from_party, s.to_party, s.category, s.category_color,
         s.due_date, coalesce(s.due_end, s.due_date) AS due_end, s.date_label, s.weekday,
         s.iso_week_text AS iso_week, s.iso_year, s.iso_week_number AS week,
         s.due_date - t.today AS days_until,
         s.county_deadline, s.deadline, s.deadline - t.today AS days_until_deadline, s.last_working_day,
         s.counties_deliver AS county_must_deliver, s.tentative, s.fixed_date,
         k.county_number = ANY (m.counties) AS visible,
         l.delivered_at,
         -- as in delivery_status below
         CASE WHEN NOT k.county_number = ANY (m.counties) OR NOT s.counties_deliver THEN NULL
              WHEN l.delivered_at IS NOT NULL AND (l.delivered_at AT TIME ZONE 'Europe/Oslo')::date <= s.deadline
                THEN 'on_time'
              WHEN l.delivered_at IS NOT NULL THEN 'late'
              WHEN s.deadline < t.today THEN 'missing'
              WHEN vigo_cal.business_days_between(t.today, s.last_working_day) < 5 THEN 'due_soon'
              ELSE 'upcoming'
         END AS status
    FROM vigo_cal.occurrence_store s
    CROSS JOIN (SELECT vigo_cal.today() AS today OFFSET 0) AS t
    JOIN vigo_cal.county k
      ON k.valid_from <= s.deadline AND (k.valid_to IS NULL OR s.deadline < k.valid_to)
    -- the counties you act for, worked out once per query
    CROSS JOIN (SELECT ARRAY(SELECT mc.county FROM vigo_cal_bi.my_counties mc) AS counties OFFSET 0) AS m
    LEFT JOIN vigo_cal.delivery_log l
      ON k.county_number = ANY (m.counties) AND s.counties_deliver
     AND l.county = k.county_number AND l.event_key = s.event_key
     AND l.school_year OPERATOR(vigo_cal.=) s.school_year AND l.occurrence = s.occurrence
   WHERE coalesce(s.due_end, s.due_date) >= t.today
     AND least(s.due_date, s.deadline) <= t.today + 60
     -- a school holiday week only for the counties that have it off
     AND (s.category <> 'school_holiday'
          OR EXISTS (SELECT 1 FROM vigo_cal.school_holiday_store h
                      WHERE h.county_number = k.county_number
                        AND h.school_year OPERATOR(vigo_cal.=) s.school_year
                        AND h.first_day <= coalesce(s.due_end, s.due_date) AND h.last_day >= s.due_date))
     AND vigo_cal.occurrence_store_ready((SELECT st FROM vigo_cal.occurrence_store_state st));
COMMENT ON VIEW vigo_cal_bi.upcoming_deadlines IS
  'what falls due in the next 60 days (from Norwegian today; filter days_until for fewer), one row per county that exists on the deadline; the delivery columns only for the counties you act for (vigo_cal_bi.my_counties)';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.county IS 'the county number';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.county_name IS 'the county''s name';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.school_year IS 'the school year of the occurrence, 2026-2027';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.start_year IS 'the calendar year the school year starts in';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.event_key IS 'the event''s stable key';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.occurrence IS '1, or the number of a monthly event''s occurrence in the year';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.title IS 'what is due, filled in for the year';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.from_party IS 'who delivers';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.to_party IS 'who receives';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.category IS 'the colour code';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.category_color IS 'the category''s colour as #rrggbb';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.due_date IS 'the day it is due (the first day of a week or span)';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.due_end IS 'the last day of a week or span; due_date for one day';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.date_label IS 'the date as the printed årshjul writes it';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.weekday IS 'the Norwegian weekday of due_date';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.iso_week IS 'the ISO week of due_date, 2026-W49';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.iso_year IS 'the ISO year of iso_week';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.week IS 'the week number of iso_week';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.days_until IS 'days from today to due_date (0: today; below 0: a span that has begun)';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.county_deadline IS 'when the counties must have registered in VIGO, if the event has such a deadline';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.deadline IS 'county_deadline, or due_end (the last day) when there is none';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.days_until_deadline IS 'days from today to deadline (below 0: passed)';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.last_working_day IS 'the last working day on or before deadline';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.county_must_deliver IS 'the county owes this occurrence';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.fixed_date IS 'the date is fixed by law or by a system and is kept on a day off';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.tentative IS 'the date may still move';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.visible IS 'you act for the county, so delivered_at and status are shown';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.delivered_at IS 'when the county delivered (NULL: not yet, or not visible to you)';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.status IS 'for a delivery the county owes and you may see: on_time, late, missing, due_soon or upcoming (as in delivery_status); NULL otherwise';

-- ---------------------------------------------------------------------
-- Deliveries
-- ---------------------------------------------------------------------
CREATE OR REPLACE VIEW vigo_cal_bi.delivery_status WITH (security_barrier) AS
  SELECT k.county_number AS county, k.name AS county_name,
         s.school_year_text AS school_year, s.start_year, s.event_key, s.occurrence,
         s.title, s.to_party, s.category, s.category_color, s.due_date,
         s.deadline AS county_deadline, s.last_working_day,
         vigo_cal.isoweek(s.deadline)::text COLLATE "C" AS deadline_iso_week,
         s.deadline - t.today AS days_until_deadline,
         l.delivered_at, d.delivered_on,
         -- the rules of vigo_cal.delivery_status_as_of (the views call no
         -- function that reads a table or names vigo_cal objects in its
         -- body: those run with the reader's rights)
         CASE WHEN d.delivered_on IS NOT NULL AND d.delivered_on <= s.deadline THEN 'on_time'
              WHEN d.delivered_on IS NOT NULL THEN 'late'
              WHEN s.deadline < t.today THEN 'missing'
              WHEN vigo_cal.business_days_between(t.today, s.last_working_day) < 5 THEN 'due_soon'
              ELSE 'upcoming'
         END AS status,
         CASE WHEN coalesce(d.delivered_on, t.today) > s.deadline
                THEN greatest(vigo_cal.business_days_between(s.deadline + 1, coalesce(d.delivered_on, t.today) + 1), 1)
              ELSE 0
         END AS business_days_late
    FROM vigo_cal.occurrence_store s
    CROSS JOIN (SELECT vigo_cal.today() AS today OFFSET 0) AS t
    JOIN vigo_cal.county k
      ON k.valid_from <= s.deadline AND (k.valid_to IS NULL OR s.deadline < k.valid_to)
     -- the counties you act for, worked out once per query
     AND k.county_number = ANY (ARRAY(SELECT mc.county FROM vigo_cal_bi.my_counties mc))
    LEFT JOIN vigo_cal.delivery_log l
      ON l.county = k.county_number AND l.event_key = s.event_key
     AND l.school_year OPERATOR(vigo_cal.=) s.school_year AND l.occurrence = s.occurrence
    CROSS JOIN LATERAL (SELECT (l.delivered_at AT TIME ZONE 'Europe/Oslo')::date AS delivered_on) AS d
   WHERE s.counties_deliver
     AND vigo_cal.occurrence_store_ready((SELECT st FROM vigo_cal.occurrence_store_state st));
COMMENT ON VIEW vigo_cal_bi.delivery_status IS
  'for every county you act for (vigo_cal_bi.my_counties): each delivery it owes in every school year covered, and whether it is on_time, late, missing, due_soon or upcoming as of Norwegian today';
COMMENT ON COLUMN vigo_cal_bi.delivery_status.county IS 'the county number';
COMMENT ON COLUMN vigo_cal_bi.delivery_status.county_name IS 'the county''s name';
COMMENT ON COLUMN vigo_cal_bi.delivery_status.school_year IS 'the school year of the occurrence, 2026-2027';
COMMENT ON COLUMN vigo_cal_bi.delivery_status.start_year IS 'the calendar year the school year starts in';
COMMENT ON COLUMN vigo_cal_bi.delivery_status.event_key IS 'the event';
COMMENT ON COLUMN vigo_cal_bi.delivery_status.occurrence IS 'which occurrence, for a monthly event';
COMMENT ON COLUMN vigo_cal_bi.delivery_status.title IS 'what is due, filled in for the year';
COMMENT ON COLUMN vigo_cal_bi.delivery_status.to_party IS 'who receives the delivery';
COMMENT ON COLUMN vigo_cal_bi.delivery_status.category IS 'the colour code';
COMMENT ON COLUMN vigo_cal_bi.delivery_status.category_color IS 'the category''s colour as #rrggbb';
COMMENT ON COLUMN vigo_cal_bi.delivery_status.due_date IS 'when the event falls due';
COMMENT ON COLUMN vigo_cal_bi.delivery_status.county_deadline IS 'the county''s deadline: the event''s county deadline, or its last day (due_end)';
COMMENT ON COLUMN vigo_cal_bi.delivery_status.last_working_day IS 'the last working day on or before county_deadline';
COMMENT ON COLUMN vigo_cal_bi.delivery_status.deadline_iso_week IS 'the ISO week of county_deadline, 2026-W49';
COMMENT ON COLUMN vigo_cal_bi.delivery_status.days_until_deadline IS 'days from today to county_deadline (below 0: passed)';
COMMENT ON COLUMN vigo_cal_bi.delivery_status.delivered_at IS 'when the county delivered, from delivery_log (NULL: not yet)';
COMMENT ON COLUMN vigo_cal_bi.delivery_status.delivered_on IS 'the Norwegian day of delivered_at, the day compared with the deadline';
COMMENT ON COLUMN vigo_cal_bi.delivery_status.status IS 'on_time (delivered on or before the deadline, in Norwegian days), late, missing (deadline passed, nothing logged), due_soon (the last working day is one of the next 5 working days) or upcoming';
COMMENT ON COLUMN vigo_cal_bi.delivery_status.business_days_late IS 'late or missing: the working days after the deadline up to and including the day of delivery (so far, today), at least 1; 0 otherwise';

CREATE OR REPLACE VIEW vigo_cal_bi.late_missing WITH (security_barrier) AS
  SELECT d.county, d.county_name, d.school_year, d.start_year,
         count(*)::integer AS owed,
         (count(*) FILTER (WHERE d.status = 'on_time'))::integer AS on_time,
         (count(*) FILTER (WHERE d.status = 'late'))::integer AS late,
         (count(*) FILTER (WHERE d.status = 'missing'))::integer AS missing,
         (count(*) FILTER (WHERE d.status IN ('due_soon', 'upcoming')))::integer AS not_yet_due,
         coalesce(max(d.business_days_late), 0) AS worst_business_days_late,
         min(d.county_deadline) FILTER (WHERE d.status = 'missing') AS oldest_missing_deadline
    FROM vigo_cal_bi.delivery_status d
   GROUP BY d.county, d.county_name, d.school_year, d.start_year;
COMMENT ON VIEW vigo_cal_bi.late_missing IS
  'per county you act for and school year: how many deliveries it owes, and how many were on time, late, are missing or not yet due (as of Norwegian today)';
COMMENT ON COLUMN vigo_cal_bi.late_missing.county IS 'the county number';
COMMENT ON COLUMN vigo_cal_bi.late_missing.county_name IS 'the county''s name';
COMMENT ON COLUMN vigo_cal_bi.late_missing.school_year IS 'the school year, 2026-2027';
COMMENT ON COLUMN vigo_cal_bi.late_missing.start_year IS 'the calendar year the school year starts in';
COMMENT ON COLUMN vigo_cal_bi.late_missing.owed IS 'deliveries the county owes that year';
COMMENT ON COLUMN vigo_cal_bi.late_missing.on_time IS 'delivered on or before the deadline';
COMMENT ON COLUMN vigo_cal_bi.late_missing.late IS 'delivered after the deadline';
COMMENT ON COLUMN vigo_cal_bi.late_missing.missing IS 'deadline passed, nothing logged';
COMMENT ON COLUMN vigo_cal_bi.late_missing.not_yet_due IS 'deadline still ahead, nothing logged (due_soon or upcoming)';
COMMENT ON COLUMN vigo_cal_bi.late_missing.worst_business_days_late IS 'the most working days any delivery was late, or is so far (0: none)';
COMMENT ON COLUMN vigo_cal_bi.late_missing.oldest_missing_deadline IS 'the earliest deadline still missing (NULL: none)';

-- ---------------------------------------------------------------------
-- Holidays
-- ---------------------------------------------------------------------
CREATE OR REPLACE VIEW vigo_cal_bi.school_holidays AS
  SELECT h.county_number AS county, k.name AS county_name,
         h.school_year_text AS school_year, h.start_year,
         h.kind, vigo_cal.holiday_label(h.kind) AS holiday, h.region,
         h.first_day, h.last_day, h.last_day - h.first_day + 1 AS days,
         vigo_cal.isoweek(h.first_day)::text COLLATE "C" AS iso_week,
         h.tentative, h.projected, h.from_year::text COLLATE "C" AS from_year,
         h.source, h.source_kind, h.note, h.rule::text AS rule
    FROM vigo_cal.school_holiday_store h
    JOIN vigo_cal.county k ON k.county_number = h.county_number
   WHERE vigo_cal.occurrence_store_ready((SELECT st FROM vigo_cal.occurrence_store_state st));
COMMENT ON VIEW vigo_cal_bi.school_holidays IS
  'school holidays per county and school year, as vigo_cal.school_holidays(county, school_year) gives them: published, or projected (tentative) where no skolerute is registered; one row per region of a county printed in parts';
COMMENT ON COLUMN vigo_cal_bi.school_holidays.county IS 'the county number (an old county: the holidays of the counties it became)';
COMMENT ON COLUMN vigo_cal_bi.school_holidays.county_name IS 'the county''s name';
COMMENT ON COLUMN vigo_cal_bi.school_holidays.school_year IS 'the school year, 2026-2027';
COMMENT ON COLUMN vigo_cal_bi.school_holidays.start_year IS 'the calendar year the school year starts in';
COMMENT ON COLUMN vigo_cal_bi.school_holidays.kind IS 'hostferie, vinterferie, juleferie, paaskeferie, sommerferie or annet';
COMMENT ON COLUMN vigo_cal_bi.school_holidays.holiday IS 'the holiday''s Norwegian name: Høstferie, Vinterferie, ...';
COMMENT ON COLUMN vigo_cal_bi.school_holidays.region IS 'the region, or part of the county, the holiday is given for';
COMMENT ON COLUMN vigo_cal_bi.school_holidays.first_day IS 'the first day off';
COMMENT ON COLUMN vigo_cal_bi.school_holidays.last_day IS 'the last day off';
COMMENT ON COLUMN vigo_cal_bi.school_holidays.days IS 'calendar days from first_day to last_day, both included';
COMMENT ON COLUMN vigo_cal_bi.school_holidays.iso_week IS 'the ISO week of first_day, 2026-W40';
COMMENT ON COLUMN vigo_cal_bi.school_holidays.tentative IS 'the days may still change';
COMMENT ON COLUMN vigo_cal_bi.school_holidays.projected IS 'no skolerute is registered for the year: the days are projected from from_year';
COMMENT ON COLUMN vigo_cal_bi.school_holidays.from_year IS 'the school year the days come from, 2025-2026 (the year itself unless projected)';
COMMENT ON COLUMN vigo_cal_bi.school_holidays.source IS 'where the days come from: the page''s title and address';
COMMENT ON COLUMN vigo_cal_bi.school_holidays.source_kind IS 'edition, county, school or municipality';
COMMENT ON COLUMN vigo_cal_bi.school_holidays.note IS 'a note: what the source says, and why the days are tentative';
COMMENT ON COLUMN vigo_cal_bi.school_holidays.rule IS 'the days as a rule (uke 40, uke 41 ons-fre)';

CREATE OR REPLACE VIEW vigo_cal_bi.public_holidays AS
  SELECT h.day, h.name, y AS year,
         vigo_cal.schoolyear(h.day)::text COLLATE "C" AS school_year,
         vigo_cal.start_year(vigo_cal.schoolyear(h.day)) AS start_year,
         vigo_cal.weekday_name(h.day) AS weekday,
         vigo_cal.isoweek(h.day)::text COLLATE "C" AS iso_week,
         pg_catalog.date_part('isodow', h.day) < 6 AS on_weekday
    FROM vigo_cal.occurrence_window w
    CROSS JOIN pg_catalog.generate_series(vigo_cal.start_year(w.first_year), vigo_cal.start_year(w.last_year) + 1) AS y
    CROSS JOIN LATERAL vigo_cal.public_holidays(y) AS h;
COMMENT ON VIEW vigo_cal_bi.public_holidays IS
  'the Norwegian public holidays (helligdager and offentlige høytidsdager) of the calendar years the school years cover';
COMMENT ON COLUMN vigo_cal_bi.public_holidays.day IS 'the day';
COMMENT ON COLUMN vigo_cal_bi.public_holidays.name IS 'the holiday''s Norwegian name (two on one day joined by " og ")';
COMMENT ON COLUMN vigo_cal_bi.public_holidays.year IS 'the calendar year';
COMMENT ON COLUMN vigo_cal_bi.public_holidays.school_year IS 'the school year the day falls in, 2026-2027';
COMMENT ON COLUMN vigo_cal_bi.public_holidays.start_year IS 'the calendar year that school year starts in';
COMMENT ON COLUMN vigo_cal_bi.public_holidays.weekday IS 'the Norwegian weekday';
COMMENT ON COLUMN vigo_cal_bi.public_holidays.iso_week IS 'the ISO week of the day, 2026-W52';
COMMENT ON COLUMN vigo_cal_bi.public_holidays.on_weekday IS 'it falls Monday to Friday, so it takes a working day';

-- ---------------------------------------------------------------------
-- The reader role
-- ---------------------------------------------------------------------
GRANT SELECT ON vigo_cal_bi.my_counties, vigo_cal_bi.school_years, vigo_cal_bi.categories,
                vigo_cal_bi.counties, vigo_cal_bi.deadlines, vigo_cal_bi.upcoming_deadlines,
                vigo_cal_bi.delivery_status, vigo_cal_bi.late_missing, vigo_cal_bi.school_holidays,
                vigo_cal_bi.public_holidays
  TO vigo_cal_reader;
-- Fill the occurrence store (62_occurrence_store.sql) once every row the
-- extension ships is loaded: the triggers stay quiet while the script runs
-- and the store is worked out here once.
UPDATE vigo_cal.occurrence_store_state SET suspended = false;
SELECT vigo_cal.refresh_occurrence_store();
