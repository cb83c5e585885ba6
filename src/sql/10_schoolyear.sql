-- The schoolyear type: a Norwegian school year, 1 August to 31 July,
-- held by value as its start year.  Comparison, hashing and sorting use
-- PostgreSQL's own int4 functions (the representation is an int4).  At the
-- end, the Norwegian day: today() and oslo_date(), and current_schoolyear().

CREATE TYPE vigo_cal.schoolyear;

CREATE FUNCTION vigo_cal.schoolyear_in(cstring) RETURNS vigo_cal.schoolyear
  AS 'MODULE_PATHNAME', 'vigo_cal_schoolyear_in' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vigo_cal.schoolyear_out(vigo_cal.schoolyear) RETURNS cstring
  AS 'MODULE_PATHNAME', 'vigo_cal_schoolyear_out' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vigo_cal.schoolyear_recv(internal) RETURNS vigo_cal.schoolyear
  AS 'MODULE_PATHNAME', 'vigo_cal_schoolyear_recv' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vigo_cal.schoolyear_send(vigo_cal.schoolyear) RETURNS bytea
  AS 'MODULE_PATHNAME', 'vigo_cal_schoolyear_send' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;

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
-- Equal school years have equal bits, so a btree index can deduplicate.
CREATE FUNCTION vigo_cal.schoolyear_equalimage(oid) RETURNS boolean
  AS 'btequalimage' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
-- Window frames in whole school years (RANGE 1 PRECEDING): the start
-- year's int4 frame test, an offset in years.
CREATE FUNCTION vigo_cal.schoolyear_in_range(vigo_cal.schoolyear, vigo_cal.schoolyear, integer, boolean, boolean)
  RETURNS boolean
  AS 'in_range_int4_int4' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;

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
-- Added to the family as an upgrade from 0.3.0 adds them, so that both
-- installs record the same members.
ALTER OPERATOR FAMILY vigo_cal.schoolyear_ops USING btree ADD
    FUNCTION 3 (vigo_cal.schoolyear, integer)
      vigo_cal.schoolyear_in_range(vigo_cal.schoolyear, vigo_cal.schoolyear, integer, boolean, boolean),
    FUNCTION 4 (vigo_cal.schoolyear, vigo_cal.schoolyear) vigo_cal.schoolyear_equalimage(oid);

CREATE OPERATOR CLASS vigo_cal.schoolyear_hash_ops
  DEFAULT FOR TYPE vigo_cal.schoolyear USING hash AS
    OPERATOR 1 vigo_cal.=,
    FUNCTION 1 vigo_cal.schoolyear_hash(vigo_cal.schoolyear),
    FUNCTION 2 vigo_cal.schoolyear_hash_extended(vigo_cal.schoolyear, bigint);

-- Arithmetic in whole school years.
CREATE FUNCTION vigo_cal.schoolyear_pl_int(vigo_cal.schoolyear, integer) RETURNS vigo_cal.schoolyear
  AS 'MODULE_PATHNAME', 'vigo_cal_schoolyear_pl_int' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vigo_cal.schoolyear_mi_int(vigo_cal.schoolyear, integer) RETURNS vigo_cal.schoolyear
  AS 'MODULE_PATHNAME', 'vigo_cal_schoolyear_mi_int' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vigo_cal.schoolyear_mi(vigo_cal.schoolyear, vigo_cal.schoolyear) RETURNS integer
  AS 'int4mi' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vigo_cal.int_pl_schoolyear(integer, vigo_cal.schoolyear) RETURNS vigo_cal.schoolyear
  AS 'MODULE_PATHNAME', 'vigo_cal_schoolyear_int_pl' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR vigo_cal.+ (
  LEFTARG = vigo_cal.schoolyear, RIGHTARG = integer, FUNCTION = vigo_cal.schoolyear_pl_int
);
CREATE OPERATOR vigo_cal.+ (
  LEFTARG = integer, RIGHTARG = vigo_cal.schoolyear, FUNCTION = vigo_cal.int_pl_schoolyear,
  COMMUTATOR = OPERATOR(vigo_cal.+)
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
  AS 'MODULE_PATHNAME', 'vigo_cal_schoolyear_from_int' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.schoolyear(integer) IS
  'the school year that starts on 1 August of the given year';
CREATE FUNCTION vigo_cal.start_year(vigo_cal.schoolyear) RETURNS integer
  AS 'int4up' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION vigo_cal.start_year(vigo_cal.schoolyear) IS
  'the calendar year in which the school year starts';
CREATE CAST (integer AS vigo_cal.schoolyear) WITH FUNCTION vigo_cal.schoolyear(integer);
CREATE CAST (vigo_cal.schoolyear AS integer) WITH FUNCTION vigo_cal.start_year(vigo_cal.schoolyear);

CREATE FUNCTION vigo_cal.schoolyear(date) RETURNS vigo_cal.schoolyear
  AS 'MODULE_PATHNAME', 'vigo_cal_schoolyear_from_date' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.schoolyear(date) IS
  'the school year that holds the day (a school year starts on 1 August)';

CREATE FUNCTION vigo_cal.first_day(vigo_cal.schoolyear) RETURNS date
  AS 'MODULE_PATHNAME', 'vigo_cal_schoolyear_first_day' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.first_day(vigo_cal.schoolyear) IS
  'the first day of the school year, 1 August';
CREATE FUNCTION vigo_cal.last_day(vigo_cal.schoolyear) RETURNS date
  AS 'MODULE_PATHNAME', 'vigo_cal_schoolyear_last_day' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.last_day(vigo_cal.schoolyear) IS
  'the last day of the school year, 31 July';

CREATE FUNCTION vigo_cal.daterange(vigo_cal.schoolyear) RETURNS daterange
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
  AS $$ SELECT pg_catalog.daterange(vigo_cal.first_day($1), vigo_cal.last_day($1), '[]') $$;
COMMENT ON FUNCTION vigo_cal.daterange(vigo_cal.schoolyear) IS
  'the days of the school year, 1 August to 31 July';

-- The planner's view of a day in a school year (src/pg/planner.c): with a
-- constant school year, d <@ sy is d >= 1 August AND d <= 31 July, which a
-- btree index on d answers and the statistics of d estimate; else an
-- index on d is still scanned from first_day(sy) to last_day(sy).
CREATE FUNCTION vigo_cal.schoolyear_support(internal) RETURNS internal
  AS 'MODULE_PATHNAME', 'vigo_cal_schoolyear_support' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vigo_cal.schoolyear_contsel(internal, oid, internal, integer) RETURNS double precision
  AS 'MODULE_PATHNAME', 'vigo_cal_schoolyear_contsel' LANGUAGE c STABLE STRICT PARALLEL SAFE;

CREATE FUNCTION vigo_cal.contains(vigo_cal.schoolyear, date) RETURNS boolean
  AS 'MODULE_PATHNAME', 'vigo_cal_schoolyear_contains' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
  SUPPORT vigo_cal.schoolyear_support;
COMMENT ON FUNCTION vigo_cal.contains(vigo_cal.schoolyear, date) IS
  'does the school year hold the day?';
CREATE FUNCTION vigo_cal.contained_by(date, vigo_cal.schoolyear) RETURNS boolean
  AS 'MODULE_PATHNAME', 'vigo_cal_schoolyear_contained_by' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
  SUPPORT vigo_cal.schoolyear_support;
COMMENT ON FUNCTION vigo_cal.contained_by(date, vigo_cal.schoolyear) IS
  'is the day in the school year?';

CREATE OPERATOR vigo_cal.@> (
  LEFTARG = vigo_cal.schoolyear, RIGHTARG = date, FUNCTION = vigo_cal.contains,
  COMMUTATOR = OPERATOR(vigo_cal.<@),
  RESTRICT = vigo_cal.schoolyear_contsel, JOIN = contjoinsel
);
CREATE OPERATOR vigo_cal.<@ (
  LEFTARG = date, RIGHTARG = vigo_cal.schoolyear, FUNCTION = vigo_cal.contained_by,
  COMMUTATOR = OPERATOR(vigo_cal.@>),
  RESTRICT = vigo_cal.schoolyear_contsel, JOIN = contjoinsel
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

-- Comments on what 0.4.0 added to the operators and operator classes
-- (here, so that an upgrade sets them too).
COMMENT ON FUNCTION vigo_cal.schoolyear_equalimage(oid) IS
  'btree equalimage support of schoolyear: equal school years have equal bits, so indexes deduplicate';
COMMENT ON FUNCTION vigo_cal.schoolyear_in_range(vigo_cal.schoolyear, vigo_cal.schoolyear, integer, boolean, boolean) IS
  'btree in_range support of schoolyear: window frames such as RANGE 1 PRECEDING, the offset in school years';
COMMENT ON FUNCTION vigo_cal.int_pl_schoolyear(integer, vigo_cal.schoolyear) IS
  'the school year n years later (n + school year)';
COMMENT ON OPERATOR vigo_cal.+ (integer, vigo_cal.schoolyear) IS 'school year n years later';
COMMENT ON FUNCTION vigo_cal.schoolyear_support(internal) IS
  'planner support of contains and contained_by (schoolyear, date): a constant school year becomes a range of days that a btree index on the day answers';
COMMENT ON FUNCTION vigo_cal.schoolyear_contsel(internal, oid, internal, integer) IS
  'restriction selectivity of date <@ schoolyear and schoolyear @> date: that of the range of days from 1 August to 31 July';

-- ---------------------------------------------------------------------
-- Norwegian days: "today" and the day of an instant are taken in
-- Europe/Oslo, whatever the session's TimeZone
-- ---------------------------------------------------------------------

-- Today in Oslo: the day of the transaction's start, as now() is.
-- The setting vigo_cal.today, when set, stands in for the clock: a report
-- (or a test) as of a day, in every view that asks for today.  The setting
-- is the module's (src/pg/today.c): a date as YYYY-MM-DD or an error at
-- SET time, whatever DateStyle is.  In C, so that the module is loaded
-- (and the setting checked) wherever today is asked for, and so that the
-- BI views call no function that needs schema vigo_cal on the reader's
-- path.
CREATE OR REPLACE FUNCTION vigo_cal.today() RETURNS date
  AS 'MODULE_PATHNAME', 'vigo_cal_today'
  LANGUAGE c STABLE PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.today() IS
  'today in Norway: the Europe/Oslo date of now() (the start of the transaction), whatever the session''s TimeZone, or the day the setting vigo_cal.today names (YYYY-MM-DD; set it with SET LOCAL); STABLE, it reads the clock';

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
