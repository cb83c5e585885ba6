-- vigo_cal: the VIGO årshjul as types, rules, tables and views.
-- This script is assembled by the Makefile from src/sql/*.sql, in name order.

\echo Use "CREATE EXTENSION vigo_cal" to load this file. \quit

COMMENT ON SCHEMA vigo_cal IS
  'vigo_cal: school years, ISO weeks, Norwegian public holidays and working days for the VIGO årshjul';
-- The schoolyear type: a Norwegian school year, 1 August to 31 July,
-- held by value as its start year.  Comparison, hashing and sorting use
-- PostgreSQL's own int4 functions (the representation is an int4).

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

CREATE FUNCTION vigo_cal.current_schoolyear() RETURNS vigo_cal.schoolyear
  LANGUAGE sql STABLE PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
  AS $$ SELECT vigo_cal.schoolyear(CURRENT_DATE) $$;
COMMENT ON FUNCTION vigo_cal.current_schoolyear() IS
  'the school year of today (CURRENT_DATE in the session time zone)';

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

CREATE FUNCTION vigo_cal.easter_sunday(year integer) RETURNS date
  AS 'MODULE_PATHNAME', 'vc_easter_sunday_fn' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.easter_sunday(integer) IS
  'Easter Sunday (første påskedag) of a year, Gregorian computus, 1583 to 9999';

CREATE FUNCTION vigo_cal.public_holidays(year integer)
  RETURNS TABLE (day date, name text)
  AS 'MODULE_PATHNAME', 'vc_public_holidays_year'
  LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE ROWS 12;
COMMENT ON FUNCTION vigo_cal.public_holidays(integer) IS
  'the Norwegian public holidays of a year, one row per day in date order; a day that is two holidays has both names joined by " og "';

CREATE FUNCTION vigo_cal.public_holidays(from_date date, to_date date)
  RETURNS TABLE (day date, name text)
  AS 'MODULE_PATHNAME', 'vc_public_holidays_between'
  LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE ROWS 12;
COMMENT ON FUNCTION vigo_cal.public_holidays(date, date) IS
  'the Norwegian public holidays from from_date to to_date, both included, one row per day';

CREATE FUNCTION vigo_cal.is_public_holiday(date) RETURNS boolean
  AS 'MODULE_PATHNAME', 'vc_is_public_holiday_fn' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.is_public_holiday(date) IS
  'is the day a Norwegian public holiday (helligdag or offentlig høytidsdag)?';

CREATE FUNCTION vigo_cal.is_business_day(date) RETURNS boolean
  AS 'MODULE_PATHNAME', 'vc_is_business_day_fn' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.is_business_day(date) IS
  'is the day a working day: Monday to Friday and not a public holiday?';

CREATE FUNCTION vigo_cal.add_business_days(d date, n integer, roll text DEFAULT 'forward')
  RETURNS date
  AS 'MODULE_PATHNAME', 'vc_add_business_days' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.add_business_days(date, integer, text) IS
  'n working days from d, as numpy.busday_offset: a day off is first rolled to a working day (roll: forward/following, backward/preceding, modifiedfollowing, modifiedpreceding, raise, nat = NULL)';

CREATE FUNCTION vigo_cal.business_days_between(a date, b date) RETURNS integer
  AS 'MODULE_PATHNAME', 'vc_business_days_between' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.business_days_between(date, date) IS
  'working days in [a, b), negative when b is before a, as numpy.busday_count';

CREATE FUNCTION vigo_cal.next_business_day(date) RETURNS date
  AS 'MODULE_PATHNAME', 'vc_next_business_day' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.next_business_day(date) IS
  'the first working day on or after the day';

CREATE FUNCTION vigo_cal.previous_business_day(date) RETURNS date
  AS 'MODULE_PATHNAME', 'vc_previous_business_day' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
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
  PRIMARY KEY (region_key, county_number)
);
COMMENT ON TABLE vigo_cal.region_county IS 'which counties, old and new, a region lies in';
COMMENT ON COLUMN vigo_cal.region_county.region_key IS 'the region';
COMMENT ON COLUMN vigo_cal.region_county.county_number IS 'a county it lies in';
COMMENT ON COLUMN vigo_cal.region_county.origin IS 'vigo_cal: shipped with the extension; user: added; changed: a shipped row a user changed';

CREATE TABLE vigo_cal.school_holiday (
  region_key text NOT NULL REFERENCES vigo_cal.region ON UPDATE CASCADE ON DELETE CASCADE,
  school_year vigo_cal.schoolyear NOT NULL,
  kind text NOT NULL CHECK (kind IN ('hostferie', 'vinterferie', 'juleferie', 'paaskeferie', 'sommerferie', 'annet')),
  rule vigo_cal.rule NOT NULL,
  tentative boolean NOT NULL DEFAULT false,
  note text,
  origin text NOT NULL DEFAULT 'user' CHECK (origin IN ('vigo_cal', 'user', 'changed')),
  PRIMARY KEY (region_key, school_year, kind)
);
COMMENT ON TABLE vigo_cal.school_holiday IS 'school holidays per region and school year, as week rules (uke 40, uke 41 ons-fre)';
COMMENT ON COLUMN vigo_cal.school_holiday.region_key IS 'the region';
COMMENT ON COLUMN vigo_cal.school_holiday.school_year IS 'the school year';
COMMENT ON COLUMN vigo_cal.school_holiday.kind IS 'hostferie, vinterferie, ...';
COMMENT ON COLUMN vigo_cal.school_holiday.rule IS 'the days, as a rule';
COMMENT ON COLUMN vigo_cal.school_holiday.tentative IS 'printed "Med forbehold om endringer"';
COMMENT ON COLUMN vigo_cal.school_holiday.note IS 'a note';
COMMENT ON COLUMN vigo_cal.school_holiday.origin IS 'vigo_cal: shipped with the extension; user: added; changed: a shipped row a user changed';

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
CREATE TRIGGER keep_user_changes BEFORE INSERT OR UPDATE ON vigo_cal.county
  FOR EACH ROW EXECUTE FUNCTION vigo_cal.keep_user_changes('county_number');
CREATE TRIGGER keep_user_changes BEFORE INSERT OR UPDATE ON vigo_cal.region
  FOR EACH ROW EXECUTE FUNCTION vigo_cal.keep_user_changes('region_key');
CREATE TRIGGER keep_user_changes BEFORE INSERT OR UPDATE ON vigo_cal.region_county
  FOR EACH ROW EXECUTE FUNCTION vigo_cal.keep_user_changes('region_key', 'county_number');
CREATE TRIGGER keep_user_changes BEFORE INSERT OR UPDATE ON vigo_cal.school_holiday
  FOR EACH ROW EXECUTE FUNCTION vigo_cal.keep_user_changes('region_key', 'school_year', 'kind');

SELECT pg_catalog.pg_extension_config_dump('vigo_cal.party', 'WHERE origin <> ''vigo_cal''');
SELECT pg_catalog.pg_extension_config_dump('vigo_cal.category', 'WHERE origin <> ''vigo_cal''');
SELECT pg_catalog.pg_extension_config_dump('vigo_cal.event', 'WHERE origin <> ''vigo_cal''');
SELECT pg_catalog.pg_extension_config_dump('vigo_cal.event_override', 'WHERE origin <> ''vigo_cal''');
SELECT pg_catalog.pg_extension_config_dump('vigo_cal.event_link', 'WHERE origin <> ''vigo_cal''');
SELECT pg_catalog.pg_extension_config_dump('vigo_cal.edition', 'WHERE origin <> ''vigo_cal''');
SELECT pg_catalog.pg_extension_config_dump('vigo_cal.edition_entry', 'WHERE origin <> ''vigo_cal''');
SELECT pg_catalog.pg_extension_config_dump('vigo_cal.county', 'WHERE origin <> ''vigo_cal''');
SELECT pg_catalog.pg_extension_config_dump('vigo_cal.region', 'WHERE origin <> ''vigo_cal''');
SELECT pg_catalog.pg_extension_config_dump('vigo_cal.region_county', 'WHERE origin <> ''vigo_cal''');
SELECT pg_catalog.pg_extension_config_dump('vigo_cal.school_holiday', 'WHERE origin <> ''vigo_cal''');
-- The calendar: events resolved into dated occurrences for any school
-- year, with their templates rendered, and the views and functions built
-- on it (calendar, calendar_between, arshjul, verify_edition,
-- order_violations, upcoming, school_holidays, is_school_day).

-- ---------------------------------------------------------------------
-- Words for dates
-- ---------------------------------------------------------------------
CREATE FUNCTION vigo_cal.month_name(month integer) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  AS $$ SELECT (ARRAY['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august',
                      'september', 'oktober', 'november', 'desember'])[month] $$;
COMMENT ON FUNCTION vigo_cal.month_name(integer) IS 'the Norwegian name of a month, 1-12 (januar ... desember)';

CREATE FUNCTION vigo_cal.weekday_name(day date) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  AS $$ SELECT (ARRAY['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'])
                 [pg_catalog.date_part('isodow', day)::integer] $$;
COMMENT ON FUNCTION vigo_cal.weekday_name(date) IS 'the Norwegian name of the day''s weekday (mandag ... søndag)';

CREATE FUNCTION vigo_cal.norwegian_date(day date, with_year boolean DEFAULT false) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  AS $$ SELECT pg_catalog.to_char(day, 'DD') || '. ' || vigo_cal.month_name(pg_catalog.date_part('month', day)::integer)
               || CASE WHEN with_year THEN ' ' || pg_catalog.date_part('year', day)::integer::text ELSE '' END $$;
COMMENT ON FUNCTION vigo_cal.norwegian_date(date, boolean) IS
  'a date as the årshjul writes it in text: 07. september (with_year: 17. juli 2023)';

-- ---------------------------------------------------------------------
-- Templates
-- ---------------------------------------------------------------------
CREATE FUNCTION vigo_cal.render_template(template text, school_year vigo_cal.schoolyear, dates jsonb)
  RETURNS text
  AS 'MODULE_PATHNAME', 'vc_render_template' LANGUAGE c IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.render_template(text, vigo_cal.schoolyear, jsonb) IS
  'fill in a title or comment template for a school year: {sy}, {sy-1}, {y}, {y+1}, {date:KEY}, {datey:KEY}, {day:KEY}, KEY optionally followed by rule offsets; dates maps keys to dates';

-- ---------------------------------------------------------------------
-- Occurrences: every event's dates in a range of school years
-- ---------------------------------------------------------------------

-- Raise a clear error for references to unknown events and for cycles.
CREATE FUNCTION vigo_cal.check_event_references() RETURNS void
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

CREATE FUNCTION vigo_cal.occurrences(first_year vigo_cal.schoolyear, last_year vigo_cal.schoolyear,
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
    SELECT e.*, vigo_cal.rule_reference(e.rule) AS ref FROM vigo_cal.event e
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
    -- month, up to the last day its recur_until rule gives
    SELECT f.sy, f.event_key, k + 1 AS occurrence,
           pg_catalog.daterange((pg_catalog.lower(f.days) + pg_catalog.make_interval(months => k))::date,
                                (pg_catalog.lower(f.days) + pg_catalog.make_interval(months => k))::date
                                + (pg_catalog.upper(f.days) - pg_catalog.lower(f.days))) AS days,
           k = 0 AND f.has_ovr AS has_ovr
      FROM firsts f
      JOIN vigo_cal.event e ON e.event_key = f.event_key
      CROSS JOIN LATERAL pg_catalog.generate_series(0,
        CASE WHEN e.recurrence = 'monthly' AND NOT pg_catalog.isempty(f.days) THEN
          (SELECT coalesce(max(n), 0) FROM pg_catalog.generate_series(0, 24) AS n
            WHERE (pg_catalog.lower(f.days) + pg_catalog.make_interval(months => n))::date
                  <= pg_catalog.upper(vigo_cal.occurrence_range(e.recur_until, f.sy, pg_catalog.lower(f.days))) - 1)
        ELSE 0 END) AS k
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
COMMENT ON FUNCTION vigo_cal.occurrences(vigo_cal.schoolyear, vigo_cal.schoolyear, boolean) IS
  'the dates of every event occurrence in a range of school years, references resolved in order (use_overrides false: the rules alone)';

-- ---------------------------------------------------------------------
-- The calendar
-- ---------------------------------------------------------------------

-- The label the printed årshjul gives a date: 04.jul, uke 40, 19.jun til 21.jun.
CREATE FUNCTION vigo_cal.date_label(r vigo_cal.rule, due_date date, due_end date, overridden boolean DEFAULT false)
  RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  SELECT CASE
    WHEN due_date IS NULL THEN NULL
    WHEN NOT coalesce(overridden, false) AND r IS NOT NULL AND vigo_cal.rule_offsets(r) = 0
         AND vigo_cal.rule_kind(r) = 'week' THEN r::text
    WHEN NOT coalesce(overridden, false) AND r IS NOT NULL AND vigo_cal.rule_offsets(r) = 0
         AND vigo_cal.rule_kind(r) = 'month' THEN 'I løpet av ' || vigo_cal.month_name(date_part('month', due_date)::integer)
    WHEN due_end IS NOT NULL AND due_end > due_date THEN
      to_char(due_date, 'DD') || '.' || left(vigo_cal.month_name(date_part('month', due_date)::integer), 3)
      || ' til ' || to_char(due_end, 'DD') || '.' || left(vigo_cal.month_name(date_part('month', due_end)::integer), 3)
    ELSE to_char(due_date, 'DD') || '.' || left(vigo_cal.month_name(date_part('month', due_date)::integer), 3)
  END
$$;
COMMENT ON FUNCTION vigo_cal.date_label(vigo_cal.rule, date, date, boolean) IS
  'the date cell as the printed årshjul writes it: 04.jul, uke 40, uke 41 ons-fre, 19.jun til 21.jun, I løpet av august';

CREATE FUNCTION vigo_cal.calendar_between(from_date date, to_date date)
  RETURNS TABLE (school_year vigo_cal.schoolyear, event_key text, occurrence integer,
                 title text, comment text, from_party text, to_party text,
                 category text, category_color text, due_date date, due_end date,
                 county_deadline date, iso_week vigo_cal.isoweek, weekday text,
                 tentative boolean, overridden boolean, vigo_report text,
                 date_label text, rule vigo_cal.rule)
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
  RETURN QUERY
  WITH occ AS (
    SELECT * FROM vigo_cal.occurrences(first_year, last_year, true)
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
           CASE WHEN e.county_deadline IS NOT NULL THEN
             lower(vigo_cal.occurrence_range(e.county_deadline, o.school_year, o.due_date)) END AS deadline
      FROM occ o JOIN vigo_cal.event e ON e.event_key = o.event_key
     WHERE o.due_date <= to_date AND coalesce(o.due_end, o.due_date) >= from_date
  )
  SELECT r.school_year, r.event_key, r.occurrence,
         vigo_cal.render_template(r.title_t, r.school_year,
           d.map || jsonb_build_object('self', r.due_date, 'county_deadline', r.deadline)),
         vigo_cal.render_template(r.comment_t, r.school_year,
           d.map || jsonb_build_object('self', r.due_date, 'county_deadline', r.deadline)),
         pf.name, pt.name, r.cat, c.color, r.due_date, r.due_end, r.deadline,
         vigo_cal.isoweek(r.due_date), vigo_cal.weekday_name(r.due_date),
         r.tent, r.overridden, r.report,
         vigo_cal.date_label(r.r, r.due_date, r.due_end, r.overridden), r.r
    FROM rows r
    JOIN dates d ON d.sy OPERATOR(vigo_cal.=) r.school_year
    JOIN vigo_cal.category c ON c.category_key = r.cat
    LEFT JOIN vigo_cal.party pf ON pf.party_key = r.fp
    LEFT JOIN vigo_cal.party pt ON pt.party_key = r.tp
   ORDER BY r.due_date, r.event_key, r.occurrence;
END $$;
COMMENT ON FUNCTION vigo_cal.calendar_between(date, date) IS
  'every event occurrence due in from_date .. to_date (both included), with rendered text; references resolved in dependency order';

CREATE VIEW vigo_cal.calendar AS
  SELECT c.school_year, c.event_key, c.occurrence, c.title, c.comment, c.from_party, c.to_party,
         c.category, c.category_color, c.due_date, c.due_end, c.county_deadline, c.iso_week,
         c.weekday, c.tentative, c.overridden, c.vigo_report, c.date_label
    FROM vigo_cal.calendar_between(
           vigo_cal.first_day(vigo_cal.current_schoolyear() OPERATOR(vigo_cal.-) 1),
           vigo_cal.last_day(vigo_cal.current_schoolyear() OPERATOR(vigo_cal.+) 1)) AS c
   WHERE c.school_year OPERATOR(vigo_cal.>=) (vigo_cal.current_schoolyear() OPERATOR(vigo_cal.-) 1)
     AND c.school_year OPERATOR(vigo_cal.<=) (vigo_cal.current_schoolyear() OPERATOR(vigo_cal.+) 1);
COMMENT ON VIEW vigo_cal.calendar IS
  'every event occurrence of the previous, current and next school year, one row each';
COMMENT ON COLUMN vigo_cal.calendar.school_year IS 'the school year of the occurrence';
COMMENT ON COLUMN vigo_cal.calendar.event_key IS 'the event (vigo_cal.event)';
COMMENT ON COLUMN vigo_cal.calendar.occurrence IS '1, or the month number of a monthly event''s occurrence in the year';
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

-- ---------------------------------------------------------------------
-- The document, its verification, and checks
-- ---------------------------------------------------------------------
CREATE FUNCTION vigo_cal.arshjul(school_year vigo_cal.schoolyear)
  RETURNS TABLE (month_heading text, date_label text, due_date date, due_end date, event_key text,
                 from_party text, what text, to_party text, comment text, category text)
  LANGUAGE sql STABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  SET jit = off
AS $$
  SELECT initcap(vigo_cal.month_name(date_part('month', h.month_day)::integer)) || ' '
           || date_part('year', h.month_day)::integer::text,
         c.date_label, c.due_date, c.due_end, c.event_key, c.from_party, c.title, c.to_party,
         c.comment, c.category
    FROM vigo_cal.calendar_between(make_date(school_year::integer, 7, 1),
                                   make_date(school_year::integer + 1, 8, 31)) AS c
    -- a week is printed under the month of its Thursday
    CROSS JOIN LATERAL (SELECT CASE WHEN vigo_cal.rule_kind(c.rule) = 'week' AND NOT c.overridden
                                    THEN vigo_cal.monday(c.iso_week) + 3 ELSE c.due_date END AS month_day) AS h
    LEFT JOIN LATERAL (SELECT min(substr(ee.entry, 2)::integer) AS entry_order
                         FROM vigo_cal.edition_entry ee
                        WHERE ee.event_key = c.event_key AND ee.entry ~ '^e[0-9]+$') AS o ON true
   WHERE c.due_date BETWEEN make_date(school_year::integer, 7, 1) AND make_date(school_year::integer + 1, 8, 31)
   ORDER BY date_trunc('month', h.month_day), c.due_date, o.entry_order NULLS LAST, c.event_key, c.occurrence
$$;
COMMENT ON FUNCTION vigo_cal.arshjul(vigo_cal.schoolyear) IS
  'the årshjul document for a school year: every occurrence from 1 July to 31 August the next year, under month headings, with the date labels of the printed edition';

CREATE FUNCTION vigo_cal.verify_edition(school_year vigo_cal.schoolyear)
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

CREATE FUNCTION vigo_cal.order_violations(school_year vigo_cal.schoolyear)
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

CREATE FUNCTION vigo_cal.upcoming(days integer DEFAULT 14)
  RETURNS TABLE (due_date date, due_end date, date_label text, event_key text, title text,
                 from_party text, to_party text, county_deadline date, category text, tentative boolean)
  LANGUAGE sql STABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  SELECT c.due_date, c.due_end, c.date_label, c.event_key, c.title, c.from_party, c.to_party,
         c.county_deadline, c.category, c.tentative
    FROM vigo_cal.calendar_between(CURRENT_DATE, CURRENT_DATE + days) AS c
   ORDER BY c.due_date, c.event_key, c.occurrence
$$;
COMMENT ON FUNCTION vigo_cal.upcoming(integer) IS 'what falls due from today to today + days';

-- ---------------------------------------------------------------------
-- Counties and school holidays
-- ---------------------------------------------------------------------

-- The county numbers a county given by number or name (old or new) means.
CREATE FUNCTION vigo_cal.county_numbers(county text) RETURNS text[]
  LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
DECLARE
  found text[];
BEGIN
  SELECT array_agg(c.county_number ORDER BY c.county_number) INTO found
    FROM vigo_cal.county c
   WHERE c.county_number = lpad(btrim(county), 2, '0') OR lower(c.name) = lower(btrim(county));
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

CREATE FUNCTION vigo_cal.school_holidays(county text, school_year vigo_cal.schoolyear)
  RETURNS TABLE (kind text, region text, days daterange, tentative boolean)
  LANGUAGE sql STABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  SELECT DISTINCT h.kind, r.name, vigo_cal.resolve_range(h.rule, h.school_year), h.tentative
    FROM vigo_cal.school_holiday h
    JOIN vigo_cal.region r ON r.region_key = h.region_key
   WHERE h.school_year OPERATOR(vigo_cal.=) school_holidays.school_year
     AND EXISTS (SELECT 1 FROM vigo_cal.region_county rc
                  WHERE rc.region_key = h.region_key
                    AND rc.county_number = ANY (vigo_cal.county_numbers(county)))
   ORDER BY 3, 2
$$;
COMMENT ON FUNCTION vigo_cal.school_holidays(text, vigo_cal.schoolyear) IS
  'the school holidays of a county (by number or name, old or new) in a school year, per region it covers';

CREATE FUNCTION vigo_cal.is_school_day(day date, county text) RETURNS boolean
  LANGUAGE sql STABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  SELECT vigo_cal.is_business_day(day)
     AND NOT EXISTS (SELECT 1 FROM vigo_cal.school_holidays(county, vigo_cal.schoolyear(day)) AS h
                      WHERE h.days @> day)
$$;
COMMENT ON FUNCTION vigo_cal.is_school_day(date, text) IS
  'a working day outside the county''s school holidays (for a county split in regions: outside all of them)';
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
-- oktober)" is not part of the name but of its rule (uke 41 ons-fre).

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
  ('troms_og_finnmark', 'Troms og Finnmark', 'vigo_cal');

-- Former Akershus is Akershus (32) from 2024, former Østfold is Østfold
-- (31), former Buskerud is Buskerud (33); Hordaland and Sogn og Fjordane
-- stay in Vestland (46).
INSERT INTO vigo_cal.region_county (region_key, county_number, origin) VALUES
  ('oslo', '03', 'vigo_cal'),
  ('rogaland', '11', 'vigo_cal'),
  ('more_og_romsdal', '15', 'vigo_cal'),
  ('nordland', '18', 'vigo_cal'),
  ('viken', '30', 'vigo_cal'),
  ('viken', '31', 'vigo_cal'),
  ('viken', '32', 'vigo_cal'),
  ('viken', '33', 'vigo_cal'),
  ('viken_tidl_akershus_og_ostfold', '30', 'vigo_cal'),
  ('viken_tidl_akershus_og_ostfold', '31', 'vigo_cal'),
  ('viken_tidl_akershus_og_ostfold', '32', 'vigo_cal'),
  ('viken_tidl_buskerud', '30', 'vigo_cal'),
  ('viken_tidl_buskerud', '33', 'vigo_cal'),
  ('innlandet', '34', 'vigo_cal'),
  ('vestfold_og_telemark', '38', 'vigo_cal'),
  ('vestfold_og_telemark', '39', 'vigo_cal'),
  ('vestfold_og_telemark', '40', 'vigo_cal'),
  ('agder', '42', 'vigo_cal'),
  ('vestland', '46', 'vigo_cal'),
  ('vestland_tidl_hordaland', '46', 'vigo_cal'),
  ('vestland_tidl_sogn_og_fjordane', '46', 'vigo_cal'),
  ('trondelag', '50', 'vigo_cal'),
  ('troms_og_finnmark', '54', 'vigo_cal'),
  ('troms_og_finnmark', '55', 'vigo_cal'),
  ('troms_og_finnmark', '56', 'vigo_cal');

-- ---------------------------------------------------------------------
-- School holidays 2023-2024 (entries e25, e26, e79, e80, e81)
-- ---------------------------------------------------------------------
-- All printed "Med forbehold om endringer."  The winter holidays of
-- February/March 2024 are printed with the 2020 names although the split
-- counties no longer existed; region_county maps them to the new ones.
INSERT INTO vigo_cal.school_holiday (region_key, school_year, kind, rule, tentative, note, origin) VALUES
  ('agder', '2023-2024', 'hostferie', 'uke 40', true, 'Med forbehold om endringer.', 'vigo_cal'),
  ('oslo', '2023-2024', 'hostferie', 'uke 40', true, 'Med forbehold om endringer.', 'vigo_cal'),
  ('viken', '2023-2024', 'hostferie', 'uke 40', true, 'Med forbehold om endringer.', 'vigo_cal'),
  ('troms_og_finnmark', '2023-2024', 'hostferie', 'uke 40', true, 'Med forbehold om endringer.', 'vigo_cal'),
  ('innlandet', '2023-2024', 'hostferie', 'uke 41', true, 'Med forbehold om endringer.', 'vigo_cal'),
  ('more_og_romsdal', '2023-2024', 'hostferie', 'uke 41', true, 'Med forbehold om endringer.', 'vigo_cal'),
  ('rogaland', '2023-2024', 'hostferie', 'uke 41', true, 'Med forbehold om endringer.', 'vigo_cal'),
  ('trondelag', '2023-2024', 'hostferie', 'uke 41', true, 'Med forbehold om endringer.', 'vigo_cal'),
  ('vestfold_og_telemark', '2023-2024', 'hostferie', 'uke 41', true, 'Med forbehold om endringer.', 'vigo_cal'),
  ('vestland', '2023-2024', 'hostferie', 'uke 41', true, 'Med forbehold om endringer.', 'vigo_cal'),
  ('nordland', '2023-2024', 'hostferie', 'uke 41 ons-fre', true,
   'Printed "Nordland (kun 11.-13. oktober)". Med forbehold om endringer.', 'vigo_cal'),
  ('agder', '2023-2024', 'vinterferie', 'uke 8', true, 'Med forbehold om endringer.', 'vigo_cal'),
  ('oslo', '2023-2024', 'vinterferie', 'uke 8', true, 'Med forbehold om endringer.', 'vigo_cal'),
  ('more_og_romsdal', '2023-2024', 'vinterferie', 'uke 8', true, 'Med forbehold om endringer.', 'vigo_cal'),
  ('trondelag', '2023-2024', 'vinterferie', 'uke 8', true, 'Med forbehold om endringer.', 'vigo_cal'),
  ('vestfold_og_telemark', '2023-2024', 'vinterferie', 'uke 8', true, 'Med forbehold om endringer.', 'vigo_cal'),
  ('vestland_tidl_sogn_og_fjordane', '2023-2024', 'vinterferie', 'uke 8', true, 'Med forbehold om endringer.', 'vigo_cal'),
  ('viken_tidl_akershus_og_ostfold', '2023-2024', 'vinterferie', 'uke 8', true, 'Med forbehold om endringer.', 'vigo_cal'),
  ('innlandet', '2023-2024', 'vinterferie', 'uke 9', true, 'Med forbehold om endringer.', 'vigo_cal'),
  ('nordland', '2023-2024', 'vinterferie', 'uke 9', true, 'Med forbehold om endringer.', 'vigo_cal'),
  ('rogaland', '2023-2024', 'vinterferie', 'uke 9', true, 'Med forbehold om endringer.', 'vigo_cal'),
  ('vestland_tidl_hordaland', '2023-2024', 'vinterferie', 'uke 9', true, 'Med forbehold om endringer.', 'vigo_cal'),
  ('viken_tidl_buskerud', '2023-2024', 'vinterferie', 'uke 9', true, 'Med forbehold om endringer.', 'vigo_cal'),
  ('troms_og_finnmark', '2023-2024', 'vinterferie', 'uke 10', true,
   'Printed only "Troms og Finnmark" under Uke 10, after the winter holiday rows. Med forbehold om endringer.', 'vigo_cal');
-- The 2023-2024 edition of the årshjul as data: parties, categories, one
-- event per recurring duty with the rule that dates it in any school year,
-- the overrides where the printed date follows no rule, the links between
-- events, and the edition itself with every entry as printed.
--
-- Source: /work/shared/seed (arshjul_2023_2024.csv, the structured
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
--   as "pr 01. oktober", the statutory "1. februar") stay as text.
-- * {date:self + 2 virkedager} (a rule counting from the event itself) is
--   used where the text names a date a fixed distance from the event's own
--   date: "Data vil være i VIGO senest ..." (Udir WIS), "Conexus vil ha data
--   senest ...", "ftp-server senest ...".  render_template resolves the
--   offsets after the key as a rule (doc/schedule.md, Templates).
-- * Rules: a fixed day where the text gives a deadline or the day stays put
--   whatever the weekday; an nth weekday where a block of days hangs on a
--   weekday; a reference (KEY + n virkedager) where the text or
--   procedures.md says one duty follows another.  Judgement calls are noted
--   above the event.
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
   rule, county_deadline, tentative, origin)
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
   '1. tirsdag i juli', NULL, false, 'vigo_cal'),
  -- e2, e104: 05.jul / 08.jul
  -- Wed 05.07.2023 and Mon 08.07.2024 fit no common rule.  The rule is the 5th, like the
  -- other FPVS extracts (05.10, 05.12); 2024 is an override ("Dato for uttrekket kan bli
  -- noe justert").  Fra was "VIGO Sentralbasen (IST)" in 2023, "VIGO (IST)" in 2024.
  ('fpvs_fullfort_juli',
   'Datalevering - Fullført videregående opplæring skoleårene {sy-1} og {sy}.',
   'Dato for uttrekket kan bli noe justert.',
   'vigo_ist', 'fpvs', 'fpvs', NULL,
   '05.07', NULL, true, 'vigo_cal'),
  -- e3, e105: 14.jul / 14.jul
  -- Fixed day: Fri 14.07.2023 and Sun 14.07.2024.  Text from 2024 (e105); 2023 (e3) read
  -- "Siste dato for kjøring av hovedinntaket Se 18. juli vedr levering av inntaksfil til Udir."
  ('hovedinntak_siste_kjoring',
   'Siste dato for kjøring av 1. hovedinntak Se {date:inntaksfil_juli}',
   NULL,
   'vigo_inntak', NULL, 'vigo_internal', NULL,
   '14.07', NULL, false, 'vigo_cal'),
  -- e4, e106: 15.jul / 15.jul
  -- Fixed day: Sat 15.07.2023 and Mon 15.07.2024.  Text from e4: e106 prints the same with
  -- a doubled word ("Frist for for fylkene"), a slip not worth keeping in a template.
  -- Fra was "VIGO Sentralbasen (IST)" in 2023, "VIGO (IST)" in 2024.
  ('ssb_resultat_gs_endelig',
   'Elevdata ssbResultat og ssbResultatfag (skoleåret {sy}) for grunnskolen (endelig levering). Frist for fylkene å registrere i VIGO er {date:county_deadline}.',
   'Grunnlag for karakterstatistikk og for overgang grunnskole/videregående i KOSTRA.',
   'vigo_ist', 'udir_inkl_ssb', 'ssb_udir', NULL,
   '15.07', 'ssb_resultat_gs_endelig - 1 dag', false, 'vigo_cal'),
  -- e5, e107: 15.jul / 15.jul
  -- Fixed day, as ssb_resultat_gs_endelig.  The comment is e107's as printed (the README
  -- calls it a copy of the grunnskole comment).  e5 had "Grunnlag for karakterstatistikk i
  -- KOSTRA. Se også 25. september.": that 25 September is ssb_resultat_vgs_2 of the NEXT
  -- school year (July belongs to the year before), which {date:KEY} cannot name; the
  -- see_also link records it instead.  Til was "Udir" in 2023, "Udir (inkl SSB)" in 2024.
  ('ssb_resultat_vgs_1',
   'Elevdata ssbResultat og ssbResultatfag (skoleåret {sy}) for videregående opplæring (1. levering). Frist for fylkene å registrere i VIGO er {date:county_deadline}.',
   'Grunnlag for karakterstatistikk og for overgang grunnskole/videregående i KOSTRA.',
   'vigo_ist', 'udir_inkl_ssb', 'ssb_udir', NULL,
   '15.07', 'ssb_resultat_vgs_1 - 1 dag', false, 'vigo_cal'),
  -- e6, e108: 18.jul / 16.jul
  -- One working day after the delivery: Sat 15.07.2023 rolls to Mon 17, + 1 = Tue 18.07;
  -- Mon 15.07.2024 + 1 = Tue 16.07.  "skoleåret {sy}" is in the 2024 text only.
  ('udir_tilbakemelding_resultat_gs',
   'Tilbakemelding fra Udir på ssbResultat og ssbResultatfag for grunnskolen skoleåret {sy}.',
   'IST henter ut disse filene fra Udir. Blir ikke sendt videre til fylkene.',
   'udir_inkl_ssb', 'vigo_ist', 'ssb_udir', NULL,
   'ssb_resultat_gs_endelig + 1 virkedag', NULL, false, 'vigo_cal'),
  -- e7, e109: 18.jul / 16.jul
  ('udir_tilbakemelding_resultat_vgs_1',
   'Tilbakemelding fra Udir på ssbResultat og ssbResultatfag for videregående opplæring skoleåret {sy}.',
   'IST henter ut disse filene fra Udir. Filene blir lagt ut på fylkets ftp-server i begynnelsen av august.',
   'udir_inkl_ssb', 'vigo_ist', 'ssb_udir', NULL,
   'ssb_resultat_vgs_1 + 1 virkedag', NULL, false, 'vigo_cal'),
  -- e8, e110: 18.jul / 17.jul
  -- "etter 1. inntak" (procedures.md S19, S20): two working days after the last run of the
  -- hovedinntak, Fri 14.07.2023 -> Tue 18.07 and Sun 14.07.2024 -> Wed 17.07.  The date of
  -- e8 is inferred (README repair 1).  e8 said "... er 17. juli 2023." and "per juli".
  ('inntaksfil_juli',
   'Inntaksfil skole og fagopplæring (etter 1. inntak) Frist for fylkene å kjøre inntak i VIGO er {date:county_deadline}.',
   'Grunnlag for publisering av 1. inntak per juli {y+1}',
   'vigo_ist', 'udir_inkl_ssb', 'udir_soker_inntak', NULL,
   'hovedinntak_siste_kjoring + 2 virkedager', 'inntaksfil_juli - 1 dag', false, 'vigo_cal'),
  -- e9, e112: 31.jul / 31.jul
  -- Fixed day: Mon 31.07.2023 and Wed 31.07.2024.
  ('laerer_brukere_passiv',
   'Lærer-brukere i VIGO Skole settes passiv',
   NULL,
   'vigo_ist', NULL, 'vigo_internal', NULL,
   '31.07', NULL, false, 'vigo_cal'),
  -- e10: 31.aug
  ('skolene_registrere_ajourhold',
   'Siste dato for skolene å registrere elever i forhold til ajourhold ved skolestart.',
   NULL,
   'skolene', NULL, 'vigo_internal', NULL,
   '31.08', NULL, false, 'vigo_cal'),
  -- e11: I løpet av august
  ('vilbli_apner_neste_skolear',
   'vilbli.no åpner informasjon om skoleåret {sy+1}.',
   NULL,
   'vilbli', NULL, 'vilbli', NULL,
   'i løpet av august', NULL, false, 'vigo_cal'),
  -- e12: 01.sep
  ('lanekassen_eksamensresultater',
   'Innsending av eksamensresultater for skoleåret {sy-1}. Frist for fylkene å registrere i VIGO er {date:county_deadline}.',
   'Fylket leverer data til Lånekassen så snart de er klar med egne data. Se også {date:ssb_resultat_vgs_2}.',
   'vigo_inntakskontoret', 'lanekassen', 'lanekassen', NULL,
   '01.09', 'lanekassen_eksamensresultater - 1 dag', false, 'vigo_cal'),
  -- e13: 05.sep
  -- "Se info i slutten av dette dokumentet" = the Rutiner (procedures.md section 1).
  ('privatskoledata_september',
   'Privatskoledata skoleåret {sy} (elever og programområder) til Vigo. (Data vil være i VIGO senest {date:self + 2 virkedager})',
   'Se info i slutten av dette dokumentet.',
   'udir_wis', 'vigo_ist', 'udir_privatskole', NULL,
   '05.09', NULL, false, 'vigo_cal'),
  -- e14: 08.sep
  -- The working day before søker til elev starts (Fri 08.09 before Mon 11.09): the updated
  -- inntaksdata must be in place first.  Fra also: VIGO (Inntak).
  -- Report code 8A011 kept as printed (README repair 17).
  ('inntaksdata_etter_ajourhold',
   'Frist for oppdaterte inntaksdata i VIGO (etter ajourhold).',
   'Rapport i VIGO 8A011 - Oppdatering av ajourhold.',
   'skolene_fylkesansvarlig_sas', NULL, 'vigo_internal', '8A011 - Oppdatering av ajourhold',
   'soker_til_elev_forste - 1 virkedag', NULL, false, 'vigo_cal'),
  -- e15: 08.sep
  -- Fra also: Fylkesansvarlig for ViS.
  ('vigo_fag_til_vigo_voksen',
   'Anbefalt dato for overføring av data fra VIGO fag til VIGO Voksen. Gjelder avlagte prøver.',
   'Rapport 5A105 - Eksport til Vigo Voksen. Ligger under Kjøringer Fag Fylkene må vurdere om denne er aktuell i forhold til hvor mye VIGO Voksen blir brukt.',
   'vigo_fagopplaering', NULL, 'vigo_internal', '5A105 - Eksport til Vigo Voksen',
   '08.09', NULL, false, 'vigo_cal'),
  -- e16: 11.sep
  -- Judgement: Mon 11.09 to Fri 15.09 is one working week ("Første"/"Siste dato", each
  -- pointing at the other), so the window starts on the 2nd Monday of September and ends
  -- that Friday; after the privatskole import of 05.09 (procedures.md R1).
  ('soker_til_elev_forste',
   'Første dato for overføring fra søker til elev. Se {date:soker_til_elev_siste}',
   'Rapport i VIGO 5A001 - Oppdater elev fra søker. Etter overføring må vedlikehold av elever gjøres i 4S001. Se info i slutten av dette dokumentet.',
   'vigo_inntak', NULL, 'vigo_internal', '5A001 - Oppdater elev fra søker',
   '2. mandag i september', NULL, false, 'vigo_cal'),
  -- e17: 15.sep
  ('soker_til_elev_siste',
   'Siste dato for overføring fra søker til elev Se {date:soker_til_elev_forste}',
   'Rapport i VIGO 5A001 - Oppdater elev fra søker. Etter overføring må vedlikehold av elever gjøres i 4S001. Se info i slutten av dette dokumentet.',
   'vigo_inntak', NULL, 'vigo_internal', '5A001 - Oppdater elev fra søker',
   'soker_til_elev_forste + 4 dager', NULL, false, 'vigo_cal'),
  -- e18: 15.sep
  ('privatskole_resultat_endelig',
   'Oppdatert fil fra privatskolene skoleåret {sy-1} i forhold til ssbResultat og ssbResultatfag (endelig levering) (Data vil være i VIGO senest {date:self + 2 virkedager})',
   'Etter denne dato må privatskolene selv melde endringer til Lånekassen for skoleåret {sy-1}.',
   'udir_wis', 'vigo_ist', 'udir_privatskole', NULL,
   '15.09', NULL, false, 'vigo_cal'),
  -- e19: 15.sep
  ('privatisteksamen_oppmelding_host',
   'Frist for oppmelding til privatisteksamen.',
   'Fylkene bestemmer dato for når oppmeldingsportalen åpner.',
   NULL, NULL, 'vigo_internal', NULL,
   '15.09', NULL, false, 'vigo_cal'),
  -- e20: 18.sep
  -- The working day after the last day of søker til elev (procedures.md R2: OT lines are
  -- transferred after søker til elev).
  ('vigo_ot_overforing_forste',
   'Første dato for overføring av data fra VIGO til VIGO OT. Søkere som har takket nei. (Etter ajourhold fra skole).',
   'Rapport i VIGO: 6A015 - Utlasting til OT. Kjør uten lærlinger (gruppe 2-5) Se info i slutten av dette dokumentet.',
   'vigo_inntak', 'vigo_ot', 'ot', '6A015 - Utlasting til OT',
   'soker_til_elev_siste + 1 virkedag', NULL, false, 'vigo_cal'),
  -- e21: 19.sep
  -- Fra also: VIGO (Inntak).
  ('karakterer_etter_klage',
   'Frist for overføring av oppdaterte data fra skolene vedr. karakterer etter klagebehandling og evt. ny eksamen (eks sommerskolen).',
   'Husk evt. oppdatering av fullførtkoden.',
   'skolene_fylkesansvarlig_sas', NULL, 'vigo_internal', NULL,
   '19.09', NULL, false, 'vigo_cal'),
  -- e22: 22.sep
  -- Rights update on the working day before the delivery it prepares (procedures.md S12).
  ('rett_ssb_resultat_vgs_2',
   'Frist for å kjøre oppdatering av rett for statistikk til Udir/SSB. Se {date:ssb_resultat_vgs_2}',
   'Rapport i VIGO: 5A019 - Oppdatere rett',
   'fylkene', NULL, 'vigo_internal', '5A019 - Oppdatere rett',
   'ssb_resultat_vgs_2 - 1 virkedag', NULL, false, 'vigo_cal'),
  -- e23: 25.sep
  -- Fixed day, like the July deliveries (the county deadline 24.09.2023 is a Sunday).
  -- "Se også 17. juli" is stale (the 1. levering was dated Sat 15.07; README Observations):
  -- kept as printed, no link.
  ('ssb_resultat_vgs_2',
   'Elevdata ssbResultat og ssbResultatfag (skoleåret {sy-1}) for videregående opplæring (2. levering - endelig). HUSK! Det må kjøres oppdatering av rett. Se {date:rett_ssb_resultat_vgs_2}. Frist for fylkene å registrere i VIGO er {date:county_deadline}.',
   'Grunnlag for publisering av utdanningsstatistikk og KOSTRA. Se også 17. juli. Det bør også sendes ny fil til Lånekassen.',
   'vigo_ist', 'udir_inkl_ssb', 'ssb_udir', NULL,
   '25.09', 'ssb_resultat_vgs_2 - 1 dag', false, 'vigo_cal'),
  -- e24: 26.sep
  ('udir_tilbakemelding_resultat_vgs_2',
   'Tilbakemelding på ssbResultat og ssbResultatfag.',
   'IST henter ut disse filene fra Udir. Blir ikke sendt videre til fylkene.',
   'udir_inkl_ssb', 'vigo_ist', 'ssb_udir', NULL,
   'ssb_resultat_vgs_2 + 1 virkedag', NULL, false, 'vigo_cal'),
  -- e25: uke 40
  -- School holidays: the structured form is vigo_cal.school_holiday (65_counties.sql).
  ('hostferie_uke_40',
   'Høstferie for Agder, Oslo, Viken, Troms og Finnmark',
   'Med forbehold om endringer.',
   NULL, NULL, 'school_holiday', NULL,
   'uke 40', NULL, true, 'vigo_cal'),
  -- e26: uke 41
  -- The whole week; Nordland only Wed-Fri (school_holiday: uke 41 ons-fre).
  ('hostferie_uke_41',
   'Høstferie for Innlandet, Møre og Romsdal, Rogaland, Trøndelag, Vestfold og Telemark, Vestland, Nordland (kun 11.-13. oktober)',
   'Med forbehold om endringer.',
   NULL, NULL, 'school_holiday', NULL,
   'uke 41', NULL, true, 'vigo_cal'),
  -- e27: 02.okt
  -- "pr 01. oktober": delivered on the reference date or the next working day (01.10.2023
  -- is a Sunday), like the OT-data rows.
  ('udir_bedrift_oktober',
   'Filen for godkjente lærebedrifter (UdirBedrift) pr 01. oktober.',
   'Grunnlag for statistikk om lærebedrifter.',
   'vigo_ist', 'udir', 'udir_fagopplaering', NULL,
   '01.10, neste virkedag', NULL, false, 'vigo_cal'),
  -- e28: 02.okt
  ('adminbrukere_kontroll',
   'Kontroll av adminbrukerne på VIGO Skole',
   'Fylkene bør kontrollere adminbrukere.',
   'vigo_skole_inntak', NULL, 'vigo_internal', NULL,
   '02.10', NULL, false, 'vigo_cal'),
  -- e29: 02.okt
  ('skolene_registrere_elevfil',
   'Siste dato for skolene å registrere data (fag på elevene, fagstatus og evt. elevtimer på fagene) i forhold til elevfilen til SSB/Udir.',
   NULL,
   'skolene', NULL, 'vigo_internal', NULL,
   '02.10', NULL, false, 'vigo_cal'),
  -- e30: 05.okt
  ('fpvs_fullfort_oktober',
   'Datalevering - alle opplysninger om personer med fullført videregående opplæring fom 2009 + søkere som er overført fra 2S001 til 4S001 på uttrekkstidspunktet.',
   'Dato for uttrekket kan bli noe justert.',
   'vigo_ist', 'fpvs', 'fpvs', NULL,
   '05.10', NULL, true, 'vigo_cal'),
  -- e31: 09.okt
  -- Judgement: 09.10-13.10 is one working week built on this Monday delivery: Tue SAS
  -- import deadline, Wed IST update (data in VIGO), Thu rights update, Fri IST to Udir
  -- (WIS).  The chain keeps procedures.md S8, S10, S16, S17 in order in every year.
  -- Its April twin (08.04.2024) is also the 2nd Monday.
  ('privatskoledata_oktober',
   'Privatskoledata (elever, programområder og fag) til Vigo. (Data vil være i VIGO senest {date:self + 2 virkedager})',
   NULL,
   'udir_wis', 'vigo_ist', 'udir_privatskole', NULL,
   '2. mandag i oktober', NULL, false, 'vigo_cal'),
  -- e32: 10.okt
  -- Fra also: VIGO (Inntak).
  ('sas_import_elevfil',
   'Siste frist for å importere data fra de skoleadministrative systemene i forhold til elevfilene til SSB/Udir. Se {date:ist_oppdatere_fagstatus}.',
   'Rapport i VIGO: 6A001 - Import fra skoler / 6S002 SAS-konsoll. Etter fristen vil IST gjøre en jobb for å oppdatere feltene tidligere fagstatus og tidligere elevstatus.',
   'skolene_fylkesansvarlig_sas', NULL, 'vigo_internal', '6A001 - Import fra skoler / 6S002 SAS-konsoll',
   'privatskoledata_oktober + 1 virkedag', NULL, false, 'vigo_cal'),
  -- e33: 11.okt
  -- After the import deadline (S16) and when the privatskole data are in VIGO (S17, two
  -- working days after the WIS delivery).  "pr 11.10" in the comment kept as printed
  -- (README repair 18: probably meant 01.10).
  ('ist_oppdatere_fagstatus',
   'Oppdatere 01.10 fagstatus og elevstatus etter at alle elevdata er importert i VIGO. Se {day:privatskoledata_oktober}. og {date:sas_import_elevfil}',
   'Jobben gjøres for å få riktige data i statistikk til Udir og SSB pr 11.10.',
   'vigo_ist', NULL, 'vigo_internal', NULL,
   'sas_import_elevfil + 1 virkedag', NULL, false, 'vigo_cal'),
  -- e34: 12.okt
  -- "Kan ikke kjøres før privatskoledata er på plass i VIGO": the working day after the
  -- data are in VIGO (delivery + 2 working days).
  ('rett_privatskole_oktober',
   'Dato for å kjøre oppdatering av rett for IST skal levere data til privatskolene. Kan ikke kjøres før privatskoledata er på plass i VIGO. Se {day:privatskoledata_oktober}. og {date:privatskole_ist_oktober}.',
   'Rapport i VIGO: 5A019 - Oppdater rett kjøres bare for skoleåret {sy}.',
   'fylkene', NULL, 'udir_privatskole', '5A019 - Oppdater rett',
   'privatskoledata_oktober + 3 virkedager', NULL, false, 'vigo_cal'),
  -- e35: 13.okt
  ('privatskole_ist_oktober',
   'Oppdaterte data på privatskoleelevene. FREG-adresse og rettsinfo. HUSK! Det må kjøres oppdatering av rett. Se {date:rett_privatskole_oktober}',
   NULL,
   'vigo_ist', 'udir_wis', 'udir_privatskole', NULL,
   'rett_privatskole_oktober + 1 virkedag', NULL, false, 'vigo_cal'),
  -- e36: 16.okt
  ('skolebrukere_passiv',
   'Skolebrukerne i VIGO Skole settes passiv.',
   NULL,
   'vigo_ist', NULL, 'vigo_internal', NULL,
   '16.10', NULL, false, 'vigo_cal'),
  -- e37: 20.okt
  ('klasseordning_kopiering_forste',
   'Første dato for kopiering av klasseordningen',
   'Rapport i VIGO: 1A001 - Kopiere klasseordning. Pga vilbli.no Husk å kontrollere at ikke utgåtte programoradekoder legges inn for skoleåret {sy+1}.',
   'vigo_inntak', NULL, 'vigo_internal', '1A001 - Kopiere klasseordning',
   '20.10', NULL, false, 'vigo_cal'),
  -- e38: 24.okt
  ('rett_ssb_elev_1',
   'Frist for å kjøres oppdatering av rett for statistikk til Udir/SSB. Se {date:ssb_elev_vgs_1}',
   'Rapport i VIGO: 5A019 - Oppdater rett',
   'fylkene', NULL, 'vigo_internal', '5A019 - Oppdater rett',
   'ssb_elev_vgs_1 - 1 virkedag', NULL, false, 'vigo_cal'),
  -- e39: 25.okt
  ('ssb_elev_vgs_1',
   'Elevdata ssbElev og ssbElevfag (skoleåret {sy}) for videregående opplæring (1. levering). Husk! Det må kjøres oppdatering av rett. Se {date:rett_ssb_elev_1}. Frist for fylkene å registrere i VIGO er {date:county_deadline}.',
   'Se også {date:ssb_elev_vgs_2}.',
   'vigo_ist', 'udir', 'ssb_udir', NULL,
   '25.10', 'ssb_elev_vgs_1 - 1 dag', false, 'vigo_cal'),
  -- e40: 26.okt
  -- Til printed "Vigo (IST)": the same party as VIGO (IST).
  ('udir_tilbakemelding_elev_vgs_1',
   'Tilbakemelding fra Udir på ssbElev og ssbElevfag.',
   'IST henter ut disse filene fra Udir. Filene blir lagt ut på fylkets ftp-server senest {date:self + 1 virkedag}.',
   'udir_inkl_ssb', 'vigo_ist', 'ssb_udir', NULL,
   'ssb_elev_vgs_1 + 1 virkedag', NULL, false, 'vigo_cal'),
  -- e41: 01.nov
  ('programomradekoder_soknad',
   'Frist for søknad om nye programområdekoder for neste skoleår.',
   'Benytt søknadsskjema som ligger på vigoiks.no',
   'fylkene', 'vigo_kodeverksgruppe', 'vigo_internal', NULL,
   '01.11', NULL, false, 'vigo_cal'),
  -- e42: 03.nov
  ('vigo_ot_overforing_siste',
   'Siste dato for overføring fra VIGO til VIGO OT. Søkere som ikke har startet i opplæring etter avsluttet formidling (gjelder de som blir registrert i 2S001).',
   'Rapport i VIGO: 6A015 - Utlasting til OT.',
   'vigo_inntak', 'vigo_ot', 'ot', '6A015 - Utlasting til OT',
   '03.11', NULL, false, 'vigo_cal'),
  -- e43: 03.nov
  -- The print says "senest 06. november", one working day after Fri 03.11, where every
  -- other WIS row says two (README Observations).  The template keeps two, so the
  -- 2023-2024 text renders "07. november": a text difference no date override can carry.
  ('privatskole_elev_ssb',
   'Oppdatert fil fra privatskolene skoleåret {sy} i forhold til ssbElev og ssbElevfag. Elever som har sluttet eller begynt på en privatskole etter {date:privatskoledata_oktober}. (Data vil være i VIGO senest {date:self + 2 virkedager})',
   NULL,
   'udir_wis', 'vigo_ist', 'udir_privatskole', NULL,
   '03.11', NULL, false, 'vigo_cal'),
  -- e44: 07.nov
  ('rett_ssb_elev_2',
   'Dato for å kjøre oppdatering av rett for statistikk til Udir/SSB. Se {date:ssb_elev_vgs_2}',
   'Rapport i VIGO: 5A019 - Oppdater rett',
   'fylkene', NULL, 'vigo_internal', '5A019 - Oppdater rett',
   'ssb_elev_vgs_2 - 1 virkedag', NULL, false, 'vigo_cal'),
  -- e45: 08.nov
  ('ssb_elev_vgs_2',
   'Elevdata ssbElev og ssbElevfag (skoleåret {sy}) for videregående opplæring (2. levering - endelig). Husk! Det må kjøres oppdatering av rett. Se {date:rett_ssb_elev_2} Frist for fylkene å registrere i VIGO er {date:county_deadline}.',
   'Grunnlag for publisering av utdanningsstatistikk og KOSTRA. Se også {date:ssb_elev_vgs_1}',
   'vigo_ist', 'udir_inkl_ssb', 'ssb_udir', NULL,
   '08.11', 'ssb_elev_vgs_2 - 1 dag', false, 'vigo_cal'),
  -- e46: 09.nov
  ('udir_tilbakemelding_elev_vgs_2',
   'Tilbakemelding på ssbElev og ssbElevfag.',
   'IST henter ut disse filene fra Udir. Blir ikke sendt videre til fylkene.',
   'udir_inkl_ssb', 'vigo_ist', 'ssb_udir', NULL,
   'ssb_elev_vgs_2 + 1 virkedag', NULL, false, 'vigo_cal'),
  -- e47: 09.nov
  -- "Conexus vil ha data senest" the working day after the delivery, as in February and
  -- July 2024.
  ('conexus_november',
   'Elev- og fagopplæringsdata til Conexus i forbindelse med Insight (tidligere PULS).',
   'Conexus vil ha data senest {date:self + 1 virkedag}',
   'vigo_ist', 'conexus', 'conexus', NULL,
   '09.11', NULL, false, 'vigo_cal'),
  -- e48: 12.nov
  -- The day before the last formidlingsfil, whatever the weekday (Sun 12.11.2023), like
  -- the county deadlines.
  ('kontrakter_onsker_forslag',
   'Siste frist for fylkene å registrere kontrakter fra ønsker og forslag.',
   'Etter at inntaket er slettet må kontrakter opprettes direkte fra Kontrakt.',
   'vigo_fagopplaering', NULL, 'vigo_internal', NULL,
   'formidlingsfil_siste - 1 dag', NULL, false, 'vigo_cal'),
  -- e49: 13.nov
  ('formidlingsfil_siste',
   'Fagopplæringsfil (formidling) pr {date:self} (Siste formidlingsfil)',
   'Grunnlag for produksjonsdata om tilstanden i fagopplæringen.',
   'vigo_ist', 'udir', 'udir_fagopplaering', NULL,
   '13.11', NULL, false, 'vigo_cal'),
  -- e50: 14.nov
  ('sletting_inntak_forste',
   'Første dato for sletting av inntaket. Se {date:sletting_inntak_siste}',
   'Rapport i VIGO: 5A014 - Slette søkerdata.',
   'vigo_inntak', NULL, 'vigo_internal', '5A014 - Slette søkerdata',
   '14.11', NULL, false, 'vigo_cal'),
  -- e51: 15.nov
  -- OT-data per 15th: on the 15th or the next working day (README Observations).
  ('ot_data_november',
   'Overføring av OT-data per 15. november.',
   NULL,
   'vigo_ist', 'udir', 'ot', NULL,
   '15.11, neste virkedag', NULL, false, 'vigo_cal'),
  -- e52: 16.nov
  ('vigo_ot_til_vigo_november',
   'Evt. overføring fra VIGO OT til VIGO for oppdatering av OT-status. Må gjøres før preutfylling.',
   'Rapport i VIGO OT «Sentrale oppgaver — Oppdatere Vigo Opplæring». Fylket avgjør om de vil tilbakeføre data til VIGO.',
   'vigo_ot_ansvarlig', 'vigo_inntak', 'ot', 'VIGO OT: Sentrale oppgaver — Oppdatere Vigo Opplæring',
   '16.11', NULL, false, 'vigo_cal'),
  -- e53: 17.nov
  -- Til printed "Bring og SSB" (presumably the sources); kept as printed.
  ('postnummer_kommunenummer',
   'Oppdatering av postnummer- og kommunenummer-tabellene i VIGO Kodeverksbase',
   'Kan også bli oppdateringer gjennom året ved behov.',
   'vigo_ist', 'bring_og_ssb', 'vigo_internal', NULL,
   '17.11', NULL, false, 'vigo_cal'),
  -- e54: 20.nov
  ('sletting_inntak_siste',
   'Siste dato for sletting av inntaket Se {date:sletting_inntak_forste}',
   'Rapport i VIGO: 5A014 - Slette søkerdata.',
   'vigo_inntak', NULL, 'vigo_internal', '5A014 - Slette søkerdata',
   '20.11', NULL, false, 'vigo_cal'),
  -- e55: 21.nov
  -- "etter 03.november" is printed without a space; the template writes "03. november".
  ('privatskole_elev_november',
   'Oppdatert fil fra privatskolene skoleåret {sy}. Elever som har sluttet eller begynt på en privatskole etter {date:privatskole_elev_ssb}. (Data vil være i VIGO senest {date:self + 2 virkedager})',
   NULL,
   'udir_wis', 'vigo_ist', 'udir_privatskole', NULL,
   '21.11', NULL, false, 'vigo_cal'),
  -- e56: 28.nov
  ('fodselsnummer_grunnskolen',
   'Siste dato for import av fødselsnummer fra grunnskolen.',
   'Rapport i VIGO: 6A001 - Import fra skoler.',
   'vigo_inntak', NULL, 'vigo_internal', '6A001 - Import fra skoler',
   '28.11', NULL, false, 'vigo_cal'),
  -- e57: 01.des
  ('vilbli_fylkestekster',
   'Frist for å oppdatere informasjonen (om skoleåret {sy+1}) i fylkets tekster på vilbli.no',
   'Etter dette fremkommer ikke automatisk kommentar til brukerne om at det «kan foreligge mer informasjon senere i høst». Fylkesredakteren står fritt til å legge inn slik kommentar manuelt også etter {date:self} der det er nødvendig.',
   'fylkene', 'vilbli', 'vilbli', NULL,
   '01.12', NULL, false, 'vigo_cal'),
  -- e58: 05.des
  ('fpvs_komplettering',
   'Datalevering - Komplettering av inntatte elever/lærlinger til skoleåret {sy}.',
   'Dato for uttrekket kan bli noe justert.',
   'vigo_ist', 'fpvs', 'fpvs', NULL,
   '05.12', NULL, true, 'vigo_cal'),
  -- e59: 06.des
  ('ssb_kontrakt_1',
   'ssbKontrakt og ssbAvlagteProver (1. levering) - Kontrakter pr. 01.10 og avlagte prøver forrige skoleår',
   NULL,
   'vigo_ist', 'udir_inkl_ssb', 'ssb_udir', NULL,
   '06.12', NULL, false, 'vigo_cal'),
  -- e60: 07.des
  -- Til printed "Vigo (IST)": the same party as VIGO (IST).
  ('udir_tilbakemelding_kontrakt_1',
   'Tilbakemelding fra Udir på ssbKontrakt og ssbAvlagteProver.',
   'IST henter ut filene fra Udir. Filene blir lagt ut på fylkets ftp-server senest {date:self + 2 virkedager}.',
   'udir_inkl_ssb', 'vigo_ist', 'ssb_udir', NULL,
   'ssb_kontrakt_1 + 1 virkedag', NULL, false, 'vigo_cal'),
  -- e61: 15.des
  ('preutfylling_siste',
   'Siste dato for preutfylling',
   'Rapport i VIGO: 5A006 - Preutfylling.',
   'vigo_inntak', NULL, 'vigo_internal', '5A006 - Preutfylling',
   '15.12', NULL, false, 'vigo_cal'),
  -- e62: 02.jan
  -- "pr 01. januar": the first working day of the year.
  ('fagopplaeringsfil_januar',
   'Fagopplæringsfil (kontrakter og prøver) pr 01. januar.',
   'Grunnlag for produksjonsdata om tilstanden i fagopplæringen.',
   'vigo_ist', 'udir', 'udir_fagopplaering', NULL,
   '01.01, neste virkedag', NULL, false, 'vigo_cal'),
  -- e63: 03.jan
  ('landslinjer_kontroll',
   'Frist for å kontrollere listen over landslinjer/landsdekkende tilbud mot klasseordningen i VIGO.',
   '1S001 Klasseordning Husk å kontrollere at ikke utgåtte programoradekoder legges inn for skoleåret {sy+1}.',
   'vigo_inntak', NULL, 'vigo_internal', '1S001 Klasseordning',
   '03.01', NULL, false, 'vigo_cal'),
  -- e64: 03.jan
  ('landslinjer_kopiering',
   'Frist for fylkene å kjøre 1A003 - Kopiere landslinjer',
   NULL,
   'vigo_inntak', NULL, 'vigo_internal', '1A003 - Kopiere landslinjer',
   '03.01', NULL, false, 'vigo_cal'),
  -- e65: 03.jan
  ('fellessensur_vgs_host',
   'Fellessensur skriftlig sentralt gitt eksamen for videregående opplæring - høsteksamen.',
   NULL,
   'statsforvalteren', NULL, 'vigo_internal', NULL,
   '03.01', NULL, false, 'vigo_cal'),
  -- e66: 05.jan
  ('klasseordning_vilbli',
   'Frist for å legge ut klasseordningen for {sy+1} til vilbli.no.',
   'Husk å hake av for "Er klasseordningen klar" i 5S001 - Systemparameter, mappekort Generelt',
   'vigo_inntak', NULL, 'vilbli', '5S001 - Systemparameter',
   '05.01', NULL, false, 'vigo_cal'),
  -- e67: 11.jan
  ('ssb_kontrakt_2',
   'ssbKontrakt og ssbAvlagteProver (2. levering - endelig) - Kontrakter pr 01.10 og avlagte prøver forrige skoleår.',
   'Grunnlag for publisering av utdanningsstatistikk og KOSTRA',
   'vigo_ist', 'udir_inkl_ssb', 'ssb_udir', NULL,
   '11.01', NULL, false, 'vigo_cal'),
  -- e68: 12.jan
  -- Til printed "Vigo (IST)": the same party as VIGO (IST).
  ('udir_tilbakemelding_kontrakt_2',
   'Tilbakemelding fra Udir på ssbKontrakt og ssbAvlagteProver.',
   'IST henter ut filene fra Udir. Filene blir ikke sendt videre til fylkene.',
   'udir_inkl_ssb', 'vigo_ist', 'ssb_udir', NULL,
   'ssb_kontrakt_2 + 1 virkedag', NULL, false, 'vigo_cal'),
  -- e69: 12.jan
  ('privatskole_elev_januar',
   'Elever som har sluttet eller begynt på en privatskole etter {date:privatskole_elev_november}. (Data vil være i VIGO senest {date:self + 2 virkedager})',
   NULL,
   'udir_wis', 'vigo_ist', 'udir_privatskole', NULL,
   '12.01', NULL, false, 'vigo_cal'),
  -- e70: 19.jan
  -- Judgement: "Skolene får frist til 02. februar" is two weeks after the reminder.
  ('vilbli_fagtilbud',
   'Registrering/oppdatering av fagtilbud: vilbli.no (Fagboksforlaget) sender e-post til alle skolene med løpende påminnelse om å oppdatere fagtilbudet for {sy+1}.',
   'Skolenes pålogging er uendret. Skolene kan logge inn og oppdatere fagtilbud for inneværende skoleår og neste skoleår. Skolene får frist til {date:self + 2 uker} Fylkene bidrar med å minne skolene om å oppdatere fagtilbudet på vilbli.no',
   'fylkene_vilbli', NULL, 'vilbli', NULL,
   '19.01', NULL, false, 'vigo_cal'),
  -- e71: 01.feb
  -- "1. februar" in the comment is the statutory date, as fixed as the rule: kept.
  ('soknadsfrist_fortrinn',
   'Søknadsfrist fortrinn, individuell behandling og minoritetsspråklige.',
   'Se Forskrift til opplæringslova § 6-8. www.vigo.no stenger for søking 1. februar, kl 23.59.',
   NULL, NULL, 'vigo_internal', NULL,
   '01.02', NULL, false, 'vigo_cal'),
  -- e72: 01.feb
  ('privatisteksamen_oppmelding_var',
   'Frist for oppmelding til privatisteksamen.',
   'Fylkene bestemmer dato for når oppmeldingsprotalen åpner.',
   NULL, NULL, 'vigo_internal', NULL,
   '01.02', NULL, false, 'vigo_cal'),
  -- e73: 02.feb
  -- Printed "senest 6. februar"; the template writes "06. februar".
  ('privatskoledata_februar',
   'Privatskoledata (elever, programområder, fag og halvårsvurdering) til Vigo. (Data vil være i VIGO senest {date:self + 2 virkedager})',
   NULL,
   'udir_wis', 'vigo_ist', 'udir_privatskole', NULL,
   '02.02', NULL, false, 'vigo_cal'),
  -- e74: 12.feb
  -- Fra also: VIGO (Inntak).
  ('terminkarakterer_h1',
   'Siste frist for innhenting (registrering) av terminkarakterer - H1 (grunnskolen og videregående)',
   'Rapport i VIGO: 6A001 - Import fra skoler / 6S002 SAS-konsoll.',
   'skolene_fylkesansvarlig_sas', NULL, 'vigo_internal', '6A001 - Import fra skoler / 6S002 SAS-konsoll',
   '12.02', NULL, false, 'vigo_cal'),
  -- e75: 14.feb
  -- Date read from "147 feb" (README repair 4).
  ('conexus_februar',
   'Elev- og fagopplæringsdata til Conexus i forbindelse med Insight (tidligere PULS).',
   'Conexus vil ha data senest {date:self + 1 virkedag}.',
   'vigo_ist', 'conexus', 'conexus', NULL,
   '14.02', NULL, false, 'vigo_cal'),
  -- e76: 15.feb
  ('ot_data_februar',
   'Overføring av OT-data (via innsamlingsportalen) pr 15. februar.',
   NULL,
   'vigo_ist', 'udir', 'ot', NULL,
   '15.02, neste virkedag', NULL, false, 'vigo_cal'),
  -- e77: 26.feb
  ('ssb_endelige_tall_vgs',
   'Publisering av endelige tall for videregående opplæring',
   NULL,
   'ssb', NULL, 'ssb_udir', NULL,
   '26.02', NULL, false, 'vigo_cal'),
  -- e78: 26.feb
  -- Fra also: VIGO (Inntak).
  ('privatist_karakterer_host',
   'Siste frist for innhenting (registrering) av eksamenskaraterer for privatister - Høsteksamen',
   'Rapport i VIGO: 6A001 - Import fra skoler / 6S002 SAS-konsoll. Viktig med god kommunikasjon mellom privatistkontoret og inntak',
   'privatistkontoret_fylkesansvarlig_sas', NULL, 'vigo_internal', '6A001 - Import fra skoler / 6S002 SAS-konsoll',
   '26.02', NULL, false, 'vigo_cal'),
  -- e79: Uke 8
  ('vinterferie_uke_8',
   'Vinterferie for Agder, Oslo, Møre og Romsdal, Trøndelag, Vestfold og Telemark, Vestland (tidl. Sogn og Fjordane) og Viken (tidl. Akershus og Østfold)',
   'Med forbehold om endringer.',
   NULL, NULL, 'school_holiday', NULL,
   'uke 8', NULL, true, 'vigo_cal'),
  -- e80: Uke 9
  -- "Vinerferie" as printed (README: source typo).
  ('vinterferie_uke_9',
   'Vinerferie for Innlandet, Nordland, Rogaland, Vestland (tidl. Hordaland) og Viken (tidl. Buskerud)',
   'Med forbehold om endringer.',
   NULL, NULL, 'school_holiday', NULL,
   'uke 9', NULL, true, 'vigo_cal'),
  -- e81: Uke 10
  -- Printed only "Troms og Finnmark"; vinterferie inferred (README repair 20).
  ('vinterferie_uke_10',
   'Troms og Finnmark',
   'Med forbehold om endringer.',
   NULL, NULL, 'school_holiday', NULL,
   'uke 10', NULL, true, 'vigo_cal'),
  -- e82: 01.mar
  ('soknadsfrist_ordinaere',
   'Søknadsfrist ordinære søkere (skole og læreplass).',
   'Se Forskrift til opplæringslova § 6-8. www.vigo.no stenger for søking 1. mars, kl 23.59.',
   NULL, NULL, 'vigo_internal', NULL,
   '01.03', NULL, false, 'vigo_cal'),
  -- e83: 01.mar
  ('lanekassen_hosteksamen',
   'Innsending av eksamensresultater for høsteksamen skoleåret {sy}. Frist for fylkene å registrere i VIGO er {date:county_deadline}.',
   NULL,
   'vigo_inntakskontoret', 'lanekassen', 'lanekassen', NULL,
   '01.03', 'lanekassen_hosteksamen - 1 dag', false, 'vigo_cal'),
  -- e84: 01.mar
  ('fpvs_fullfort_mars',
   'Datalevering - Fullført videregående opplæring skoleårene {sy-2} og {sy-1}. I tillegg eksamen høsten {y}.',
   'Dato for uttrekket kan bli noe justert.',
   'vigo_ist', 'fpvs', 'fpvs', NULL,
   '01.03', NULL, true, 'vigo_cal'),
  -- e85: 04.mar
  -- The first working day after the søknadsfrist (Fri 01.03 -> Mon 04.03), as the søkerfil.
  ('inntaksadresse_5a029',
   'For fylker som benytter låsing av inntaksadresse: Anberfalt dato for å kjøre 5A029 - Sjekk/oppdatere eierskap/inntaksadresse.',
   NULL,
   'vigo_inntakskontoret', NULL, 'vigo_internal', '5A029 - Sjekk/oppdatere eierskap/inntaksadresse',
   'soknadsfrist_ordinaere + 1 dag, neste virkedag', NULL, false, 'vigo_cal'),
  -- e86: 04.mar
  -- "per 01. mars", the søknadsfrist: delivered the first working day after it.
  ('sokerfil_mars',
   'Søkerfil (skole og fagopplæring) per 01. mars. Frist for fylkene å registrere i VIGO er {date:county_deadline}.',
   'Grunnlag for publisering av søkertall per 01.03.{y+1}.',
   'vigo_ist', 'udir_inkl_ssb', 'udir_soker_inntak', NULL,
   'soknadsfrist_ordinaere + 1 dag, neste virkedag', 'sokerfil_mars - 1 dag', false, 'vigo_cal'),
  -- e87: 15.mar
  -- SSB publishes the unrevised KOSTRA figures on 15 March, the next working day if it
  -- is a weekend.
  ('ssb_kostra_ureviderte',
   'Publisering av KOSTRA ureviderte tall',
   NULL,
   'ssb', NULL, 'ssb_udir', NULL,
   '15.03, neste virkedag', NULL, false, 'vigo_cal'),
  -- e88: 15.mar
  ('ikke_sokere_til_ot',
   'Anbefalt dato for overføring av "Ikke søkere" fra VIGO til OT.',
   'Rapport i VIGO: 6A015 - Utlasting OT.',
   'vigo_inntakskontoret', 'vigo_ot', 'ot', '6A015 - Utlasting OT',
   '15.03', NULL, false, 'vigo_cal'),
  -- e89: 18.mar
  -- Fixed day like the other ssbResultat deliveries (county deadline Sun 17.03.2024).
  ('ssb_resultat_vgs_host',
   'ssbResultat og ssbResultatfag (skoleåret {sy}) for vidergående opplæring (høsteksamen) Frist for fylkene å registrere i VIGO er {date:county_deadline}.',
   'Gir deler av grunnlaget for publisering av privatiststatistikk.',
   'vigo_ist', 'udir_inkl_ssb', 'ssb_udir', NULL,
   '18.03', 'ssb_resultat_vgs_host - 1 dag', false, 'vigo_cal'),
  -- e90: 19.mar
  -- "ftp-server 20.mars" printed without a space; the template writes "20. mars".
  ('udir_tilbakemelding_resultat_vgs_host',
   'Tilbakemelding fra Udir på ssbResultat og ssbResultatfag for videregående opplæring.',
   'IST henter ut disse filene fra Udir. Filene blir lagt ut på fylkets ftp-server {date:self + 1 virkedag}.',
   'udir_inkl_ssb', 'vigo_ist', 'ssb_udir', NULL,
   'ssb_resultat_vgs_host + 1 virkedag', NULL, false, 'vigo_cal'),
  -- e91: 08.apr
  -- As the October block: Mon delivery, Thu rights update, Fri IST to Udir (WIS).  Rolled
  -- past Easter Monday when it falls on the 2nd Monday (as in 2023).
  ('privatskoledata_april',
   'Privatskoledata (elever, programområder, fag og halvårsvurdering) til VIGO. (Data vil være i VIGO senest {date:self + 2 virkedager})',
   NULL,
   'udir_wis', 'vigo_ist', 'udir_privatskole', NULL,
   '2. mandag i april, neste virkedag', NULL, false, 'vigo_cal'),
  -- e92: 11.apr
  -- Date inferred from "1"/".apr" (README repair 3).
  ('rett_privatskole_april',
   'Dato for å kjøre oppdatering av rett for IST skal levere data til privatskolene. Kan ikke kjøres før privatskoledata er på plass i VIGO. Se {day:privatskoledata_april}. og {date:privatskole_ist_april}.',
   'Rapport i VIGO: 5A019 - Oppdater rett kjøres bare for skoleåret {sy}.',
   'fylkene', NULL, 'udir_privatskole', '5A019 - Oppdater rett',
   'privatskoledata_april + 3 virkedager', NULL, false, 'vigo_cal'),
  -- e93: 12.apr
  ('privatskole_ist_april',
   'Oppdaterte data på privatskoleelevene. FREG-adresse og rettsinfo. HUSK! Det må kjøres oppdatering av rett. Se {date:rett_privatskole_april}',
   NULL,
   'vigo_ist', 'udir_wis', 'udir_privatskole', NULL,
   'rett_privatskole_april + 1 virkedag', NULL, false, 'vigo_cal'),
  -- e94: 17.jun
  -- "per 15. juni" delivered Mon 17.06.2024 (15.06 a Saturday).
  ('ot_data_juni',
   'Overføring av OT-data (via innsamlingsportalen) per 15. juni.',
   NULL,
   'vigo_ist', 'udir', 'ot', NULL,
   '15.06, neste virkedag', NULL, false, 'vigo_cal'),
  -- e95: 17.jun
  -- Judgement: SSB publishes revised KOSTRA figures on 15 June; 15.06.2024 is a Saturday,
  -- so Mon 17.06 as printed.
  ('ssb_kostra_reviderte_juni',
   'Publisering av KOSTRA reviderte tall',
   NULL,
   'ssb', NULL, 'ssb_udir', NULL,
   '15.06, neste virkedag', NULL, false, 'vigo_cal'),
  -- e96: 19.jun til 21.jun
  ('fellessensur_gs',
   'Fellessensur skriftlig eksamen for grunnskolen.',
   NULL,
   'statsforvalteren', NULL, 'vigo_internal', NULL,
   '19.06 til 21.06', NULL, false, 'vigo_cal'),
  -- e97: 19.jun til 21.jun
  ('fellessensur_vgs',
   'Fellessensur skriftlig eksamen for videregående opplæring.',
   'Gjelder både sentralt og lokalt gitt eksamen',
   'statsforvalteren', NULL, 'vigo_internal', NULL,
   '19.06 til 21.06', NULL, false, 'vigo_cal'),
  -- e98: 26.jun
  ('privatskoledata_juni',
   'Privatskoledata for Vg1, Vg2 og Vg3 (elever, programområder, fag og endelige karakterer) til Vigo. (Data vil være i VIGO senest {date:self + 2 virkedager})',
   NULL,
   'udir_wis', 'vigo_ist', 'udir_privatskole', NULL,
   '26.06', NULL, false, 'vigo_cal'),
  -- e99: 28.jun
  ('vigo_ot_avslutte_skolear',
   'Avslutte skoleåret i VIGO OT. Evt. overføring fra VIGO OT til Vigo for oppdatering av OT-status.',
   'Rapport i VIGO OT «Sentrale oppgaver — Oppdatere Vigo Opplæring». Fylket avgjør om de vil tilbakeføre data til VIGO.',
   'vigo_ot_ansvarlig', NULL, 'ot', 'VIGO OT: Sentrale oppgaver — Oppdatere Vigo Opplæring',
   '28.06', NULL, false, 'vigo_cal'),
  -- e100: 30.jun
  -- Fixed day (Sun 30.06.2024).  Fra also: VIGO (Inntak).
  ('karakterer_gs',
   'Siste frist for innhenting (registrering) av karakterer for grunnskolen for skoleåret {sy}.',
   'Rapport i VIGO: 6A001 - Import fra skoler / 6S002 SAS-konsoll.',
   'grunnskolene', NULL, 'vigo_internal', '6A001 - Import fra skoler / 6S002 SAS-konsoll',
   '30.06', NULL, false, 'vigo_cal'),
  -- e101: 30.jun
  -- Fra also: VIGO (Inntak).
  ('karakterer_vgs',
   'Siste frist for innhenting (registrering) av karakterer for videregående opplæring skoleåret {sy}. Inkludert ny, utsatt og særskilt prøve både høst {y} og vår {y+1}.',
   'Rapport i VIGO: 6A001 - Import fra skoler / 6S002 SAS-konsoll.',
   'skolene_fylkesansvarlig_sas', NULL, 'vigo_internal', '6A001 - Import fra skoler / 6S002 SAS-konsoll',
   '30.06', NULL, false, 'vigo_cal'),
  -- e102: 30.jun
  -- Fra also: VIGO (Inntak).
  ('privatist_karakterer_var',
   'Siste frist for innhenting (registrering) av eksamenskarakterer for privatister - Våreksamen {y+1}',
   'Rapport i VIGO: 6A001 - Import fra skoler / 6S002 SAS-konsoll.',
   'privatistkontoret_fylkesansvarlig_sas', NULL, 'vigo_internal', '6A001 - Import fra skoler / 6S002 SAS-konsoll',
   '30.06', NULL, false, 'vigo_cal'),
  -- e111: 17.jul
  -- Same text as ssb_kostra_reviderte_juni one month later (README: possible duplicate);
  -- kept as its own event with the printed day.
  ('ssb_kostra_reviderte_juli',
   'Publisering av KOSTRA reviderte tall',
   NULL,
   'ssb', NULL, 'ssb_udir', NULL,
   '17.07', NULL, false, 'vigo_cal'),
  -- e113: Uke 31/32
  -- Printed under August 2024 but ISO week 31 starts Mon 29.07.2024: the occurrence
  -- belongs to school year 2024-2025.
  ('inntakslister_kjopte_plasser',
   'Sende inntakslister til aktuelle fylker på kjøpte plasser i andre fylker',
   NULL,
   'inntakskontorene', NULL, 'vigo_internal', NULL,
   'uke 31/32', NULL, false, 'vigo_cal');

-- e114: "Engang pr. måned etter overføring fra søker til elev" under the
-- heading "Hver måned etter overføring fra søker til elev (rapport 5A001 må
-- være kjørt) (se 11. og 15. september)".  No printed date.  Monthly from
-- the working day after the last day of søker til elev (as the first
-- transfer to VIGO OT, procedures.md R2 and S1) until the end of June.
-- The 5A018/5A019 runs before each transfer (S2, S3) and the registration
-- of new pupils (S4) are part of this duty, not events of their own.
INSERT INTO vigo_cal.event
  (event_key, title, comment, from_party, to_party, category, vigo_report,
   rule, recurrence, recur_until, tentative, origin)
VALUES
  ('sluttere_til_vigo_ot',
   'Overføre sluttere fra VIGO til VIGO OT. OBS! Fylkene må lage egne regler for å hente ut sluttere fra ViS. Det anbefales også å registrere elever som har starter opplæring i gitt måned før overføring til VIGO OT.',
   'Rapport i VIGO: 6A015 - Utlasting til OT. Før overføring til VIGO OT må rapportene 5A018 - Utvid kvoter for rett og 5A019 - Oppdater rett (i denne rekkefølgen) kjøres i VIGO.',
   'vigo_inntak', 'vigo_ot', 'ot', '6A015 - Utlasting til OT; 5A018 - Utvid kvoter for rett; 5A019 - Oppdater rett',
   'soker_til_elev_siste + 1 virkedag', 'monthly', '30.06', false, 'vigo_cal');

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

-- Events whose occurrences each county must deliver: those that give the
-- counties a deadline, those sent by the counties, and those marked so.
CREATE FUNCTION vigo_cal.delivery_status_as_of(as_of date)
  RETURNS TABLE (county text, county_name text, school_year vigo_cal.schoolyear, event_key text,
                 occurrence integer, title text, to_party text, category text,
                 due_date date, county_deadline date, delivered_at timestamptz,
                 status text, business_days_late integer)
  LANGUAGE sql STABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  SET jit = off
AS $$
  WITH owed AS (
    SELECT c.*, coalesce(c.county_deadline, c.due_date) AS deadline
      FROM vigo_cal.calendar_between(
             greatest(pg_catalog.make_date(vigo_cal.start_year(vigo_cal.schoolyear(as_of)) - 1, 8, 1), date '1583-08-01'),
             least(pg_catalog.make_date(vigo_cal.start_year(vigo_cal.schoolyear(as_of)) + 2, 7, 31), date '9999-07-31')) AS c
      JOIN vigo_cal.event e ON e.event_key = c.event_key
     WHERE c.county_deadline IS NOT NULL OR e.from_party = 'fylkene'
  )
  SELECT k.county_number, k.name, o.school_year, o.event_key, o.occurrence, o.title, o.to_party,
         o.category, o.due_date, o.deadline, l.delivered_at,
         CASE
           WHEN l.delivered_at IS NOT NULL AND l.delivered_at::date <= o.deadline THEN 'on_time'
           WHEN l.delivered_at IS NOT NULL THEN 'late'
           WHEN o.deadline < as_of THEN 'missing'
           WHEN vigo_cal.business_days_between(as_of, o.deadline) < 5 THEN 'due_soon'
           ELSE 'upcoming'
         END,
         CASE
           WHEN l.delivered_at IS NOT NULL AND l.delivered_at::date > o.deadline
             THEN vigo_cal.business_days_between(o.deadline + 1, l.delivered_at::date + 1)
           WHEN l.delivered_at IS NULL AND o.deadline < as_of
             THEN vigo_cal.business_days_between(o.deadline + 1, as_of + 1)
           ELSE 0
         END
    FROM owed o
    JOIN vigo_cal.county k
      ON k.valid_from <= o.deadline AND (k.valid_to IS NULL OR o.deadline < k.valid_to)
     AND k.county_number = ANY (vigo_cal.my_counties())
    LEFT JOIN vigo_cal.delivery_log l
      ON l.county = k.county_number AND l.event_key = o.event_key
     AND l.school_year OPERATOR(vigo_cal.=) o.school_year AND l.occurrence = o.occurrence
   ORDER BY o.deadline, k.county_number, o.event_key, o.occurrence
$$;
COMMENT ON FUNCTION vigo_cal.delivery_status_as_of(date) IS
  'delivery_status as it stood on a given day: one row per county and occurrence the county must deliver, for the school year of that day and the years either side';

CREATE VIEW vigo_cal.delivery_status AS
  SELECT * FROM vigo_cal.delivery_status_as_of(CURRENT_DATE);
COMMENT ON VIEW vigo_cal.delivery_status IS
  'for every county the user acts for: each delivery it owes in the previous, current and next school year, and whether it is on_time, late, missing, due_soon (within 5 working days) or upcoming';
COMMENT ON COLUMN vigo_cal.delivery_status.county IS 'the county number';
COMMENT ON COLUMN vigo_cal.delivery_status.county_name IS 'the county''s name';
COMMENT ON COLUMN vigo_cal.delivery_status.school_year IS 'the school year of the occurrence';
COMMENT ON COLUMN vigo_cal.delivery_status.event_key IS 'the event';
COMMENT ON COLUMN vigo_cal.delivery_status.occurrence IS 'which occurrence, for a monthly event';
COMMENT ON COLUMN vigo_cal.delivery_status.title IS 'what is due, filled in for the year';
COMMENT ON COLUMN vigo_cal.delivery_status.to_party IS 'who receives the delivery';
COMMENT ON COLUMN vigo_cal.delivery_status.category IS 'the colour code';
COMMENT ON COLUMN vigo_cal.delivery_status.due_date IS 'when the event falls due';
COMMENT ON COLUMN vigo_cal.delivery_status.county_deadline IS 'the county''s deadline: the event''s county deadline, or its due date';
COMMENT ON COLUMN vigo_cal.delivery_status.delivered_at IS 'when the county delivered, from delivery_log (NULL: not yet)';
COMMENT ON COLUMN vigo_cal.delivery_status.status IS 'on_time, late, missing (deadline passed, nothing logged), due_soon (deadline within 5 working days) or upcoming';
COMMENT ON COLUMN vigo_cal.delivery_status.business_days_late IS 'working days after the deadline of the delivery, or so far when missing; 0 otherwise';
-- iCalendar export: a school year's årshjul, and a county's school
-- holidays, as one RFC 5545 VCALENDAR for Outlook, Google Calendar and
-- anything else that reads .ics files (doc/ical.md).

-- ---------------------------------------------------------------------
-- RFC 5545 text values and content lines
-- ---------------------------------------------------------------------

-- Escape a TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma get
-- a backslash, a line break (CRLF, CR or LF) becomes \n, and the other
-- control characters, which TEXT does not allow, are dropped (tab stays).
CREATE FUNCTION vigo_cal.ical_escape(value text) RETURNS text
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
CREATE FUNCTION vigo_cal.ical_fold(line text) RETURNS text
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

-- The label of a school holiday kind, for event summaries.
CREATE FUNCTION vigo_cal.holiday_label(kind text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  SELECT CASE kind
           WHEN 'hostferie' THEN 'Høstferie'
           WHEN 'vinterferie' THEN 'Vinterferie'
           WHEN 'juleferie' THEN 'Juleferie'
           WHEN 'paaskeferie' THEN 'Påskeferie'
           WHEN 'sommerferie' THEN 'Sommerferie'
           ELSE 'Skolefri'
         END
$$;
COMMENT ON FUNCTION vigo_cal.holiday_label(text) IS
  'the Norwegian name of a school holiday kind: hostferie -> Høstferie, paaskeferie -> Påskeferie, annet -> Skolefri';

CREATE FUNCTION vigo_cal.ical(school_year vigo_cal.schoolyear, county text DEFAULT NULL)
  RETURNS text
  LANGUAGE plpgsql STABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  SET jit = off
AS $$
DECLARE
  start_year integer;
  numbers text[];
  county_name text;
  stamp text;
  result text;
BEGIN
  IF school_year IS NULL THEN
    RETURN NULL;
  END IF;
  start_year := school_year::integer;
  IF county IS NOT NULL THEN
    numbers := vigo_cal.county_numbers(county);  -- raises for an unknown county
    SELECT string_agg(c.name, ', ' ORDER BY c.county_number) INTO county_name
      FROM vigo_cal.county c WHERE c.county_number = ANY (numbers);
  END IF;
  -- the time this calendar was made (RFC 5545 3.8.7.2, with METHOD), so
  -- that a client importing it again takes it as the newer version
  stamp := to_char(now() AT TIME ZONE 'UTC', 'YYYYMMDD"T"HH24MISS"Z"');

  WITH occ AS (
    -- every occurrence of the school year, wherever its days fall: look a
    -- year either side, as a week-31 date may start in July before the
    -- year and an offset or an override may push one past its end.  Near
    -- the ends of the supported range the window stays where
    -- calendar_between can look a year further out itself.
    SELECT c.* FROM vigo_cal.calendar_between(greatest(vigo_cal.first_day(school_year) - 366, date '1585-08-01'),
                                              least(vigo_cal.last_day(school_year) + 366, date '9997-07-31')) AS c
     WHERE c.school_year OPERATOR(vigo_cal.=) ical.school_year
  ), hol AS (
    SELECT h.kind, h.region, r.region_key, h.days, h.tentative
      FROM vigo_cal.school_holidays(county, school_year) AS h
      JOIN vigo_cal.region r ON r.name = h.region
     WHERE county IS NOT NULL AND NOT isempty(h.days)
  ), vevents AS (
    SELECT o.due_date AS first_day, 0 AS source, o.event_key AS sort_key, o.occurrence AS sort_n,
           ARRAY[
             'BEGIN:VEVENT',
             'UID:' || o.event_key || '-' || o.occurrence || '-' || start_year || '@vigo-cal',
             'DTSTAMP:' || stamp,
             'DTSTART;VALUE=DATE:' || to_char(o.due_date, 'YYYYMMDD'),
             'DTEND;VALUE=DATE:' || to_char(coalesce(o.due_end, o.due_date) + 1, 'YYYYMMDD'),
             'SUMMARY:' || vigo_cal.ical_escape(o.title),
             'DESCRIPTION:' || nullif(vigo_cal.ical_escape(concat_ws(E'\n',
                 'Fra: ' || o.from_party,
                 'Til: ' || o.to_party,
                 nullif(o.comment, ''),
                 'VIGO: ' || nullif(o.vigo_report, ''),
                 'Frist for fylkene å registrere i VIGO: ' || vigo_cal.norwegian_date(o.county_deadline, true))), ''),
             'CATEGORIES:' || vigo_cal.ical_escape(cat.label),
             'STATUS:' || CASE WHEN o.tentative THEN 'TENTATIVE' ELSE 'CONFIRMED' END,
             'TRANSP:TRANSPARENT',
             'END:VEVENT'] AS lines
      FROM occ o
      JOIN vigo_cal.category cat ON cat.category_key = o.category
    UNION ALL
    SELECT lower(h.days), 1, h.region_key || '-' || h.kind, 1,
           ARRAY[
             'BEGIN:VEVENT',
             'UID:holiday-' || h.region_key || '-' || h.kind || '-' || start_year || '@vigo-cal',
             'DTSTAMP:' || stamp,
             'DTSTART;VALUE=DATE:' || to_char(lower(h.days), 'YYYYMMDD'),
             'DTEND;VALUE=DATE:' || to_char(upper(h.days), 'YYYYMMDD'),
             'SUMMARY:' || vigo_cal.ical_escape(vigo_cal.holiday_label(h.kind) || ' (' || h.region || ')'),
             'DESCRIPTION:' || vigo_cal.ical_escape(
                 vigo_cal.holiday_label(h.kind) || ' i ' || h.region || ' skoleåret ' || school_year::text || '.'
                 || CASE WHEN h.tentative THEN ' Med forbehold om endringer.' ELSE '' END),
             'CATEGORIES:' || vigo_cal.ical_escape(coalesce(
                 (SELECT cat.label FROM vigo_cal.category cat WHERE cat.category_key = 'school_holiday'),
                 'Skoleferie')),
             'STATUS:' || CASE WHEN h.tentative THEN 'TENTATIVE' ELSE 'CONFIRMED' END,
             'TRANSP:TRANSPARENT',
             'END:VEVENT']
      FROM hol h
  ), body AS (
    SELECT 0 AS part, NULL::date AS first_day, 0 AS source, NULL::text AS sort_key, 0 AS sort_n,
           l.n, l.line
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
    SELECT 1, v.first_day, v.source, v.sort_key, v.sort_n, l.n, l.line
      FROM vevents v CROSS JOIN LATERAL unnest(v.lines) WITH ORDINALITY AS l(line, n)
     WHERE l.line IS NOT NULL
    UNION ALL
    SELECT 2, NULL, 0, NULL, 0, 1, 'END:VCALENDAR'
  )
  SELECT string_agg(vigo_cal.ical_fold(b.line), E'\r\n'
                    ORDER BY b.part, b.first_day, b.source, b.sort_key, b.sort_n, b.n) || E'\r\n'
    INTO result
    FROM body b;
  RETURN result;
END $$;
COMMENT ON FUNCTION vigo_cal.ical(vigo_cal.schoolyear, text) IS
  'the school year''s årshjul as an iCalendar file (RFC 5545): one all-day event per occurrence, and with a county its school holidays; UIDs stable across runs, DTSTAMP the time of the call';
-- The årshjul as a picture: wheel_svg draws a school year as an SVG wheel,
-- August at the top and the months clockwise, with ISO weeks, a county's
-- school holidays shaded, and every event occurrence a mark on the ring of
-- its category.  xml_escape, wheel_xy and wheel_sector are its helpers.

-- ---------------------------------------------------------------------
-- Helpers
-- ---------------------------------------------------------------------
CREATE FUNCTION vigo_cal.xml_escape(t text) RETURNS text
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
CREATE FUNCTION vigo_cal.wheel_xy(r double precision, angle double precision) RETURNS text
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
CREATE FUNCTION vigo_cal.wheel_sector(r_in double precision, r_out double precision,
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
CREATE FUNCTION vigo_cal.wheel_text(css_class text, label text, r double precision, angle double precision)
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
-- The wheel
-- ---------------------------------------------------------------------
CREATE FUNCTION vigo_cal.wheel_svg(school_year vigo_cal.schoolyear, county text DEFAULT NULL)
  RETURNS text
  LANGUAGE plpgsql STABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  SET jit = off
AS $$
DECLARE
  -- geometry in px: a 1000 px wide canvas, the wheel centred on (cx, cy)
  width constant integer := 1000;
  cx constant integer := 500;
  cy constant integer := 548;
  r_month_out constant double precision := 440;   -- month band
  r_month_in constant double precision := 404;
  r_week_in constant double precision := 380;     -- week band: ticks and numbers
  r_ring_out constant double precision := 374;    -- the category rings
  r_ring_in constant double precision := 128;
  r_center constant double precision := 116;      -- the disc in the middle
  ring_gap constant double precision := 4;
  max_lanes constant integer := 4;                -- marks of one ring side by side on a day
  month_names constant text[] := ARRAY['Januar', 'Februar', 'Mars', 'April', 'Mai', 'Juni', 'Juli',
                                       'August', 'September', 'Oktober', 'November', 'Desember'];
  y0 date;
  y1 date;
  nd integer;
  county_name text;
  holiday_color text;
  svg text := '';
  body text := '';
  legend text := '';
  rec record;
  -- the marks, in ring order
  m_ring integer[] := '{}';
  m_lane integer[] := '{}';
  m_s integer[] := '{}';
  m_e integer[] := '{}';
  m_span boolean[] := '{}';
  m_tent boolean[] := '{}';
  m_color text[] := '{}';
  m_tip text[] := '{}';
  m_cat text[] := '{}';
  m_date text[] := '{}';
  n_marks integer := 0;
  -- the rings
  ring_key text[] := '{}';
  ring_color text[] := '{}';
  ring_lanes integer[] := '{}';
  ring_count integer[] := '{}';
  ring_outer double precision[] := '{}';
  ring_width double precision[] := '{}';
  n_rings integer;
  lane_end integer[];
  cur_ring integer := 0;
  min_gap double precision;
  lane integer;
  i integer;
  total_lanes integer;
  pitch double precision;
  pad double precision;
  dot_r double precision;
  r double precision;
  a1 double precision;
  a2 double precision;
  y double precision;
  rows_per_col integer;
  today date := CURRENT_DATE;
  n_holidays integer := 0;
BEGIN
  IF school_year IS NULL THEN
    RETURN NULL;
  END IF;
  y0 := vigo_cal.first_day(school_year);
  y1 := vigo_cal.last_day(school_year);
  nd := y1 - y0 + 1;
  IF county IS NOT NULL THEN
    -- an unknown county is an error (22023) listing the counties
    SELECT string_agg(c.name, ', ' ORDER BY c.county_number) INTO county_name
      FROM vigo_cal.county c
     WHERE c.county_number = ANY (vigo_cal.county_numbers(county));
  END IF;
  holiday_color := coalesce((SELECT c.color FROM vigo_cal.category c WHERE c.category_key = 'school_holiday'),
                            '#a0cbe8');

  -- The categories with occurrences this year get a ring each, in legend
  -- order from the outside in.
  SELECT array_agg(k.category_key ORDER BY k.sort_order, k.category_key),
         array_agg(k.color ORDER BY k.sort_order, k.category_key)
    INTO ring_key, ring_color
    FROM vigo_cal.category k
   WHERE k.category_key IN (SELECT c.category FROM vigo_cal.calendar_between(y0, y1) AS c);
  n_rings := coalesce(array_length(ring_key, 1), 0);
  ring_key := coalesce(ring_key, '{}');

  -- Every occurrence with a day in the school year, clipped to it.  Marks
  -- of one ring that would overlap go into lanes (concentric tracks inside
  -- the ring), so that none hides another.
  FOR rec IN
    SELECT array_position(ring_key, c.category) AS ring,
           greatest(c.due_date, y0) - y0 AS s,
           least(coalesce(c.due_end, c.due_date), y1) - y0 AS e,
           coalesce(c.due_end, c.due_date) > c.due_date AS span,
           c.tentative, c.category, c.category_color, to_char(c.due_date, 'YYYY-MM-DD') AS due,
           coalesce(c.date_label || ': ', '') || coalesce(c.title, c.event_key) AS tip
      FROM vigo_cal.calendar_between(y0, y1) AS c
     ORDER BY 1, 2, 3, c.event_key, c.occurrence
  LOOP
    IF rec.ring <> cur_ring THEN
      cur_ring := rec.ring;
      lane_end := array_fill(-100000, ARRAY[max_lanes]);
      ring_lanes[cur_ring] := 1;
      ring_count[cur_ring] := 0;
      -- the least distance in days between two marks in one lane: the
      -- width of a mark at the ring's estimated radius
      min_gap := 13.0 / (2 * pi() * (r_ring_out - (cur_ring - 0.5) * (r_ring_out - r_ring_in) / n_rings) / nd);
    END IF;
    lane := NULL;
    FOR i IN 1 .. max_lanes LOOP
      IF rec.s - lane_end[i] >= min_gap THEN
        lane := i;
        EXIT;
      END IF;
    END LOOP;
    IF lane IS NULL THEN
      -- no room: the lane that is free soonest
      lane := 1;
      FOR i IN 2 .. max_lanes LOOP
        IF lane_end[i] < lane_end[lane] THEN
          lane := i;
        END IF;
      END LOOP;
    END IF;
    lane_end[lane] := rec.e;
    ring_lanes[cur_ring] := greatest(ring_lanes[cur_ring], lane);
    ring_count[cur_ring] := ring_count[cur_ring] + 1;
    n_marks := n_marks + 1;
    m_ring[n_marks] := rec.ring;
    m_lane[n_marks] := lane;
    m_s[n_marks] := rec.s;
    m_e[n_marks] := rec.e;
    m_span[n_marks] := rec.span;
    m_tent[n_marks] := rec.tentative;
    m_color[n_marks] := vigo_cal.xml_escape(rec.category_color);
    m_tip[n_marks] := rec.tip;
    m_cat[n_marks] := rec.category;
    m_date[n_marks] := rec.due;
  END LOOP;

  -- Ring widths: lanes of equal pitch, what is left over shared out.
  total_lanes := 0;
  FOR i IN 1 .. n_rings LOOP
    total_lanes := total_lanes + ring_lanes[i];
  END LOOP;
  IF n_rings > 0 THEN
    pitch := least(14.0, (r_ring_out - r_ring_in - ring_gap * (n_rings - 1)) / total_lanes);
    pad := (r_ring_out - r_ring_in - ring_gap * (n_rings - 1) - pitch * total_lanes) / n_rings;
    dot_r := least(5.5, pitch * 0.42);
    r := r_ring_out;
    FOR i IN 1 .. n_rings LOOP
      ring_outer[i] := r;
      ring_width[i] := ring_lanes[i] * pitch + pad;
      r := r - ring_width[i] - ring_gap;
    END LOOP;
  END IF;

  -- ---- the wheel, drawn around (0,0) ----
  body := body || format('<g transform="translate(%s,%s)">', cx, cy);
  body := body || format('<circle class="face" r="%s"/>', r_month_in);

  -- month sectors and their names
  FOR i IN 0 .. 11 LOOP
    a1 := 360.0 * ((y0 + make_interval(months => i))::date - y0) / nd;
    a2 := 360.0 * ((y0 + make_interval(months => i + 1))::date - y0) / nd;
    body := body || format('<path class="month m%s" d="%s"/>', i % 2,
                           vigo_cal.wheel_sector(r_month_in, r_month_out, a1, a2));
  END LOOP;

  -- the county's school holidays, shaded across the rings and the weeks
  IF county IS NOT NULL THEN
    FOR rec IN
      SELECT DISTINCT greatest(lower(h.days), y0) - y0 AS s, least(upper(h.days), y1 + 1) - y0 AS e
        FROM vigo_cal.school_holidays(county, school_year) AS h
       WHERE lower(h.days) <= y1 AND upper(h.days) > y0
       ORDER BY 1, 2
    LOOP
      body := body || format('<path class="holiday" d="%s"/>',
                             vigo_cal.wheel_sector(r_ring_in, r_month_in, 360.0 * rec.s / nd, 360.0 * rec.e / nd));
      n_holidays := n_holidays + 1;
    END LOOP;
  END IF;

  -- ring tracks, tinted with the category's colour
  FOR i IN 1 .. n_rings LOOP
    body := body || format('<circle class="ring" r="%s" stroke="%s" stroke-width="%s"/>',
                           round((ring_outer[i] - ring_width[i] / 2)::numeric, 1), vigo_cal.xml_escape(ring_color[i]),
                           round(ring_width[i]::numeric, 1));
  END LOOP;

  -- week lines and ticks at every Monday, the ISO week number mid-week
  FOR rec IN
    SELECT d::date AS monday, (d::date - y0) AS s, extract(week FROM d)::integer AS week
      FROM generate_series((y0 - (extract(isodow FROM y0)::integer - 1))::timestamp, y1::timestamp,
                           interval '7 days') AS d
  LOOP
    IF rec.s > 0 THEN
      a1 := 360.0 * rec.s / nd;
      body := body || format('<path class="week-line" d="M%sL%s"/><path class="week-tick" d="M%sL%s"/>',
                             vigo_cal.wheel_xy(r_ring_in, a1), vigo_cal.wheel_xy(r_ring_out, a1),
                             vigo_cal.wheel_xy(r_week_in + 16, a1), vigo_cal.wheel_xy(r_month_in, a1));
    END IF;
    IF rec.s + 3.5 BETWEEN 0 AND nd THEN
      a1 := 360.0 * (rec.s + 3.5) / nd;
      body := body || vigo_cal.wheel_text('week-number', rec.week::text, r_week_in + 9, a1);
    END IF;
  END LOOP;

  -- month boundaries across the whole wheel, the names in the band
  FOR i IN 0 .. 11 LOOP
    a1 := 360.0 * ((y0 + make_interval(months => i))::date - y0) / nd;
    a2 := 360.0 * ((y0 + make_interval(months => i + 1))::date - y0) / nd;
    -- (not across the week numbers)
    body := body || format('<path class="%s" d="M%sL%sM%sL%s"/>',
                           CASE WHEN i = 0 THEN 'year-line' ELSE 'month-line' END,
                           vigo_cal.wheel_xy(r_ring_in - 6, a1), vigo_cal.wheel_xy(r_week_in, a1),
                           vigo_cal.wheel_xy(r_month_in, a1),
                           vigo_cal.wheel_xy(r_month_out + CASE WHEN i = 0 THEN 8 ELSE 0 END, a1));
    body := body || vigo_cal.wheel_text('month-name',
                      month_names[extract(month FROM y0 + make_interval(months => i))::integer],
                      (r_month_in + r_month_out) / 2, (a1 + a2) / 2);
  END LOOP;

  -- the marks: a dot for a day, an arc for a span; a tentative date hollow
  -- (a dot) or pale (an arc).  Colours go in style, which the style sheet
  -- does not override.
  FOR i IN 1 .. n_marks LOOP
    r := ring_outer[m_ring[i]] - pad / 2 - (m_lane[i] - 0.5) * pitch;
    IF m_span[i] THEN
      body := body || format('<path class="event span%s" data-category="%s" data-date="%s" d="%s"'
                             || ' style="stroke:%s;stroke-width:%s"><title>%s</title></path>',
                             CASE WHEN m_tent[i] THEN ' tentative' ELSE '' END,
                             vigo_cal.xml_escape(m_cat[i]), m_date[i],
                             vigo_cal.wheel_sector(NULL, r, 360.0 * (m_s[i] + 0.2) / nd, 360.0 * (m_e[i] + 0.8) / nd),
                             m_color[i], round((dot_r * 1.6)::numeric, 1), vigo_cal.xml_escape(m_tip[i]));
    ELSE
      body := body || format('<circle class="event%s" data-category="%s" data-date="%s" cx="%s" cy="%s" r="%s"'
                             || ' style="%s:%s"><title>%s</title></circle>',
                             CASE WHEN m_tent[i] THEN ' tentative' ELSE '' END,
                             vigo_cal.xml_escape(m_cat[i]), m_date[i],
                             split_part(vigo_cal.wheel_xy(r, 360.0 * (m_s[i] + 0.5) / nd), ',', 1),
                             split_part(vigo_cal.wheel_xy(r, 360.0 * (m_s[i] + 0.5) / nd), ',', 2),
                             round((CASE WHEN m_tent[i] THEN dot_r - 0.8 ELSE dot_r END)::numeric, 1),
                             CASE WHEN m_tent[i] THEN 'stroke' ELSE 'fill' END, m_color[i],
                             vigo_cal.xml_escape(m_tip[i]));
    END IF;
  END LOOP;

  -- the disc in the middle
  body := body || format('<circle class="center" r="%s"/>', r_center)
    || format('<text class="center-year" y="-8">%s</text>', school_year::text)
    || format('<text class="center-sub" y="18">%s</text>',
              n_marks || CASE WHEN n_marks = 1 THEN ' hendelse' ELSE ' hendelser' END)
    || CASE WHEN county_name IS NOT NULL
            THEN format('<text class="center-sub" y="40">%s</text>', vigo_cal.xml_escape(county_name))
            ELSE '' END;

  -- today, when today is in the school year: a hand, the date at its tip
  IF today BETWEEN y0 AND y1 THEN
    a1 := 360.0 * ((today - y0) + 0.5) / nd;
    body := body || format('<g class="today"><path d="M%sL%s"/><circle cx="%s" cy="%s" r="5"/>'
                           || '<text class="today-label" x="%s" y="%s" dy="0.35em" text-anchor="%s">%s</text></g>',
                           vigo_cal.wheel_xy(r_center, a1), vigo_cal.wheel_xy(r_month_out + 12, a1),
                           split_part(vigo_cal.wheel_xy(r_month_out + 12, a1), ',', 1),
                           split_part(vigo_cal.wheel_xy(r_month_out + 12, a1), ',', 2),
                           split_part(vigo_cal.wheel_xy(r_month_out + 22, a1), ',', 1),
                           split_part(vigo_cal.wheel_xy(r_month_out + 22, a1), ',', 2),
                           CASE WHEN sind(a1) > 0.25 THEN 'start' WHEN sind(a1) < -0.25 THEN 'end' ELSE 'middle' END,
                           'i dag ' || to_char(today, 'FMDD.FMMM.'));
  END IF;
  body := body || '</g>';

  -- ---- the legend, under the wheel ----
  y := cy + r_month_out + 44;
  legend := legend || format('<text class="legend-head" x="60" y="%s">%s</text>', y,
                             'Kategorier (ringene fra ytterst til innerst)');
  y := y + 14;
  rows_per_col := (coalesce((SELECT count(*) FROM vigo_cal.category), 0) + 1) / 2;
  FOR rec IN
    SELECT k.label, k.color, (row_number() OVER (ORDER BY array_position(ring_key, k.category_key) NULLS LAST,
                                                   k.sort_order, k.category_key) - 1)::integer AS n,
           array_position(ring_key, k.category_key) AS ring
      FROM vigo_cal.category k
     ORDER BY 3
  LOOP
    legend := legend || format(
      '<g class="legend-item" transform="translate(%s,%s)"><rect class="swatch%s" x="0" y="0" width="22" height="14" rx="3" fill="%s"/>'
      || '<text class="legend-label" x="32" y="12">%s <tspan class="legend-count">%s</tspan></text></g>',
      60 + (rec.n / rows_per_col) * 460, y + (rec.n % rows_per_col) * 26,
      CASE WHEN rec.ring IS NULL THEN ' unused' ELSE '' END, vigo_cal.xml_escape(rec.color),
      vigo_cal.xml_escape(rec.label),
      CASE WHEN rec.ring IS NULL THEN '(ingen i ' || school_year::text || ')' ELSE '(' || ring_count[rec.ring] || ')' END);
  END LOOP;
  y := y + rows_per_col * 26 + 14;

  -- how to read the marks
  legend := legend || format('<g class="key" transform="translate(60,%s)">', y)
    || '<circle cx="8" cy="0" r="5.5" fill="#4b5563"/><text class="legend-label" x="20" y="5">én dag</text>'
    || '<path d="M110,0L140,0" stroke="#4b5563" stroke-width="8.8" stroke-linecap="round"/>'
    || '<text class="legend-label" x="152" y="5">periode</text>'
    || '<circle cx="252" cy="0" r="4.5" fill="#ffffff" stroke="#4b5563" stroke-width="2.2"/>'
    || '<path d="M272,0L302,0" stroke="#4b5563" stroke-opacity="0.5" stroke-width="8.8" stroke-linecap="round"/>'
    || '<text class="legend-label" x="314" y="5">foreløpig dato</text>'
    || '<text class="legend-label" x="480" y="5">tallene i ringen utenfor: ISO-uker</text>'
    || '</g>';
  y := y + 30;

  -- the county's school holidays, one line each
  IF county IS NOT NULL THEN
    y := y + 10;
    legend := legend || format('<text class="legend-head" x="60" y="%s">%s</text>', y + 4,
                               vigo_cal.xml_escape('Skoleferie i ' || county_name || ' (skyggelagt)'));
    y := y + 18;
    FOR rec IN
      SELECT h.kind, lower(h.days) AS lo, upper(h.days) - 1 AS hi, bool_or(h.tentative) AS tentative,
             string_agg(h.region, ', ' ORDER BY h.region) AS regions
        FROM vigo_cal.school_holidays(county, school_year) AS h
       GROUP BY h.kind, h.days
       ORDER BY lower(h.days), upper(h.days), h.kind
    LOOP
      legend := legend || format(
        '<g class="legend-item" transform="translate(60,%s)"><rect class="swatch" x="0" y="0" width="22" height="14" rx="3" fill="%s"/>'
        || '<text class="legend-label" x="32" y="12">%s</text></g>',
        y, vigo_cal.xml_escape(holiday_color),
        vigo_cal.xml_escape(
          CASE rec.kind WHEN 'hostferie' THEN 'Høstferie' WHEN 'vinterferie' THEN 'Vinterferie'
                        WHEN 'juleferie' THEN 'Juleferie' WHEN 'paaskeferie' THEN 'Påskeferie'
                        WHEN 'sommerferie' THEN 'Sommerferie' ELSE 'Fri' END
          || ' ' || to_char(rec.lo, 'DD.MM.') || CASE WHEN rec.hi > rec.lo THEN '–' || to_char(rec.hi, 'DD.MM.') ELSE '' END
          || ' (uke ' || extract(week FROM rec.lo)::integer
          || CASE WHEN extract(week FROM rec.hi) <> extract(week FROM rec.lo)
                  THEN '–' || extract(week FROM rec.hi)::integer ELSE '' END || ')'
          || CASE WHEN rec.regions <> county_name THEN ', ' || rec.regions ELSE '' END
          || CASE WHEN rec.tentative THEN ', med forbehold om endringer' ELSE '' END));
      y := y + 24;
    END LOOP;
    IF n_holidays = 0 THEN
      legend := legend || format('<text class="legend-label" x="60" y="%s">%s</text>', y + 12,
                                 'ingen skoleferier registrert for ' || school_year::text);
      y := y + 24;
    END IF;
  END IF;

  -- in the current school year, what comes next
  IF today BETWEEN y0 AND y1 THEN
    y := y + 10;
    legend := legend || format('<text class="legend-head" x="60" y="%s">%s</text>', y + 4, 'Neste hendelser');
    y := y + 18;
    FOR rec IN
      SELECT c.due_date, c.due_end, c.category_color, c.title
        FROM vigo_cal.calendar_between(today, y1) AS c
       ORDER BY c.due_date, c.event_key, c.occurrence
       LIMIT 6
    LOOP
      legend := legend || format(
        '<g class="next-item" transform="translate(60,%s)"><circle cx="11" cy="7" r="5.5" style="fill:%s"/>'
        || '<text class="legend-label" x="32" y="12"><tspan class="legend-date">%s</tspan> %s</text></g>',
        y, vigo_cal.xml_escape(rec.category_color),
        to_char(rec.due_date, 'DD.MM.')
          || CASE WHEN rec.due_end > rec.due_date THEN '–' || to_char(rec.due_end, 'DD.MM.') ELSE '' END,
        vigo_cal.xml_escape(CASE WHEN length(rec.title) > 88 THEN rtrim(left(rec.title, 87)) || '…'
                                 ELSE rec.title END));
      y := y + 24;
    END LOOP;
  END IF;

  -- ---- the document ----
  svg := format('<svg xmlns="http://www.w3.org/2000/svg" width="%1$s" height="%2$s" viewBox="0 0 %1$s %2$s"'
                || ' font-family="DejaVu Sans, Verdana, Arial, Helvetica, sans-serif">', width, ceil(y + 20)::integer)
    || format('<title>%s</title>',
              vigo_cal.xml_escape('Årshjul VIGO ' || school_year::text || coalesce(' – ' || county_name, '')))
    || '<style>'
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
    || format('<rect class="bg" width="%s" height="%s"/>', width, ceil(y + 20)::integer)
    || format('<text class="title" x="%s" y="46">%s</text>', cx,
              vigo_cal.xml_escape('Årshjul VIGO ' || school_year::text || coalesce(' – ' || county_name, '')))
    || format('<text class="subtitle" x="%s" y="74">%s</text>', cx,
              vigo_cal.xml_escape(to_char(y0, 'FMDD') || '. august ' || extract(year FROM y0)::integer
                                  || ' – ' || to_char(y1, 'FMDD') || '. juli ' || extract(year FROM y1)::integer
                                  || ' · ' || n_marks || CASE WHEN n_marks = 1 THEN ' hendelse' ELSE ' hendelser' END
                                  || ' i ' || n_rings || CASE WHEN n_rings = 1 THEN ' kategori' ELSE ' kategorier' END
                                  || CASE WHEN county_name IS NOT NULL
                                          THEN ' · skoleferie i ' || county_name || ' skyggelagt' ELSE '' END));
  RETURN svg || body || legend || '</svg>';
END $$;
COMMENT ON FUNCTION vigo_cal.wheel_svg(vigo_cal.schoolyear, text) IS
  'the årshjul of a school year as an SVG picture: August at the top, months clockwise, ISO weeks, every occurrence a mark on its category''s ring, a legend; with a county, its school holidays shaded; a "today" hand in the current school year';
