-- The isoweek type: an ISO 8601 week, held by value as the day number of
-- its Monday, so that weeks compare, hash and sort with PostgreSQL's int4
-- functions.

CREATE TYPE vigo_cal.isoweek;

CREATE FUNCTION vigo_cal.isoweek_in(cstring) RETURNS vigo_cal.isoweek
  AS 'MODULE_PATHNAME', 'vigo_cal_isoweek_in' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vigo_cal.isoweek_out(vigo_cal.isoweek) RETURNS cstring
  AS 'MODULE_PATHNAME', 'vigo_cal_isoweek_out' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vigo_cal.isoweek_recv(internal) RETURNS vigo_cal.isoweek
  AS 'MODULE_PATHNAME', 'vigo_cal_isoweek_recv' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vigo_cal.isoweek_send(vigo_cal.isoweek) RETURNS bytea
  AS 'MODULE_PATHNAME', 'vigo_cal_isoweek_send' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;

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
-- Equal weeks have equal bits, so a btree index can deduplicate.
CREATE FUNCTION vigo_cal.isoweek_equalimage(oid) RETURNS boolean
  AS 'btequalimage' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
-- Window frames in whole weeks (RANGE 1 PRECEDING), an offset in weeks.
CREATE FUNCTION vigo_cal.isoweek_in_range(vigo_cal.isoweek, vigo_cal.isoweek, integer, boolean, boolean)
  RETURNS boolean
  AS 'MODULE_PATHNAME', 'vigo_cal_isoweek_in_range' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;

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
-- Added to the family as an upgrade from 0.3.0 adds them, so that both
-- installs record the same members.
ALTER OPERATOR FAMILY vigo_cal.isoweek_ops USING btree ADD
    FUNCTION 3 (vigo_cal.isoweek, integer)
      vigo_cal.isoweek_in_range(vigo_cal.isoweek, vigo_cal.isoweek, integer, boolean, boolean),
    FUNCTION 4 (vigo_cal.isoweek, vigo_cal.isoweek) vigo_cal.isoweek_equalimage(oid);

CREATE OPERATOR CLASS vigo_cal.isoweek_hash_ops
  DEFAULT FOR TYPE vigo_cal.isoweek USING hash AS
    OPERATOR 1 vigo_cal.=,
    FUNCTION 1 vigo_cal.isoweek_hash(vigo_cal.isoweek),
    FUNCTION 2 vigo_cal.isoweek_hash_extended(vigo_cal.isoweek, bigint);

-- Arithmetic in whole weeks.
CREATE FUNCTION vigo_cal.isoweek_pl_int(vigo_cal.isoweek, integer) RETURNS vigo_cal.isoweek
  AS 'MODULE_PATHNAME', 'vigo_cal_isoweek_pl_int' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vigo_cal.isoweek_mi_int(vigo_cal.isoweek, integer) RETURNS vigo_cal.isoweek
  AS 'MODULE_PATHNAME', 'vigo_cal_isoweek_mi_int' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vigo_cal.isoweek_mi(vigo_cal.isoweek, vigo_cal.isoweek) RETURNS integer
  AS 'MODULE_PATHNAME', 'vigo_cal_isoweek_mi' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vigo_cal.int_pl_isoweek(integer, vigo_cal.isoweek) RETURNS vigo_cal.isoweek
  AS 'MODULE_PATHNAME', 'vigo_cal_isoweek_int_pl' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR vigo_cal.+ (
  LEFTARG = vigo_cal.isoweek, RIGHTARG = integer, FUNCTION = vigo_cal.isoweek_pl_int
);
CREATE OPERATOR vigo_cal.+ (
  LEFTARG = integer, RIGHTARG = vigo_cal.isoweek, FUNCTION = vigo_cal.int_pl_isoweek,
  COMMUTATOR = OPERATOR(vigo_cal.+)
);
CREATE OPERATOR vigo_cal.- (
  LEFTARG = vigo_cal.isoweek, RIGHTARG = integer, FUNCTION = vigo_cal.isoweek_mi_int
);
CREATE OPERATOR vigo_cal.- (
  LEFTARG = vigo_cal.isoweek, RIGHTARG = vigo_cal.isoweek, FUNCTION = vigo_cal.isoweek_mi
);

-- Constructors and parts.
CREATE FUNCTION vigo_cal.isoweek(date) RETURNS vigo_cal.isoweek
  AS 'MODULE_PATHNAME', 'vigo_cal_isoweek_from_date' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.isoweek(date) IS 'the ISO week that holds the day';
CREATE FUNCTION vigo_cal.isoweek(year integer, week integer) RETURNS vigo_cal.isoweek
  AS 'MODULE_PATHNAME', 'vigo_cal_isoweek_make' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.isoweek(integer, integer) IS
  'week number week of ISO year year; an error if the year has no such week';
CREATE FUNCTION vigo_cal.monday(vigo_cal.isoweek) RETURNS date
  AS 'MODULE_PATHNAME', 'vigo_cal_isoweek_monday' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.monday(vigo_cal.isoweek) IS 'the Monday that starts the week';
CREATE FUNCTION vigo_cal.isoweek_year(vigo_cal.isoweek) RETURNS integer
  AS 'MODULE_PATHNAME', 'vigo_cal_isoweek_year' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.isoweek_year(vigo_cal.isoweek) IS
  'the ISO year of the week (the calendar year of its Thursday)';
CREATE FUNCTION vigo_cal.isoweek_week(vigo_cal.isoweek) RETURNS integer
  AS 'MODULE_PATHNAME', 'vigo_cal_isoweek_week' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.isoweek_week(vigo_cal.isoweek) IS 'the week number, 1 to 53';
CREATE FUNCTION vigo_cal.daterange(vigo_cal.isoweek) RETURNS daterange
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
  AS $$ SELECT pg_catalog.daterange(vigo_cal.monday($1), vigo_cal.monday($1) + 7, '[)') $$;
COMMENT ON FUNCTION vigo_cal.daterange(vigo_cal.isoweek) IS
  'the days of the week, Monday to Sunday';

-- The planner's view of a day in a week (src/pg/planner.c), as for a
-- school year: d >= Monday AND d <= Sunday.
CREATE FUNCTION vigo_cal.isoweek_support(internal) RETURNS internal
  AS 'MODULE_PATHNAME', 'vigo_cal_isoweek_support' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vigo_cal.isoweek_contsel(internal, oid, internal, integer) RETURNS double precision
  AS 'MODULE_PATHNAME', 'vigo_cal_isoweek_contsel' LANGUAGE c STABLE STRICT PARALLEL SAFE;

CREATE FUNCTION vigo_cal.contains(vigo_cal.isoweek, date) RETURNS boolean
  AS 'MODULE_PATHNAME', 'vigo_cal_isoweek_contains' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
  SUPPORT vigo_cal.isoweek_support;
COMMENT ON FUNCTION vigo_cal.contains(vigo_cal.isoweek, date) IS
  'is the day in the week (Monday to Sunday)?';
CREATE FUNCTION vigo_cal.contained_by(date, vigo_cal.isoweek) RETURNS boolean
  AS 'MODULE_PATHNAME', 'vigo_cal_isoweek_contained_by' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
  SUPPORT vigo_cal.isoweek_support;
COMMENT ON FUNCTION vigo_cal.contained_by(date, vigo_cal.isoweek) IS
  'is the day in the week (Monday to Sunday)?';
CREATE OPERATOR vigo_cal.@> (
  LEFTARG = vigo_cal.isoweek, RIGHTARG = date, FUNCTION = vigo_cal.contains,
  COMMUTATOR = OPERATOR(vigo_cal.<@),
  RESTRICT = vigo_cal.isoweek_contsel, JOIN = contjoinsel
);
CREATE OPERATOR vigo_cal.<@ (
  LEFTARG = date, RIGHTARG = vigo_cal.isoweek, FUNCTION = vigo_cal.contained_by,
  COMMUTATOR = OPERATOR(vigo_cal.@>),
  RESTRICT = vigo_cal.isoweek_contsel, JOIN = contjoinsel
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

-- @replaceable: everything below is CREATE OR REPLACE; upgrade scripts rerun it.

-- Comments on what 0.4.0 added to the operators and operator classes
-- (here, so that an upgrade sets them too).
COMMENT ON FUNCTION vigo_cal.isoweek_equalimage(oid) IS
  'btree equalimage support of isoweek: equal weeks have equal bits, so indexes deduplicate';
COMMENT ON FUNCTION vigo_cal.isoweek_in_range(vigo_cal.isoweek, vigo_cal.isoweek, integer, boolean, boolean) IS
  'btree in_range support of isoweek: window frames such as RANGE 1 PRECEDING, the offset in weeks';
COMMENT ON FUNCTION vigo_cal.int_pl_isoweek(integer, vigo_cal.isoweek) IS
  'the week n weeks later (n + week)';
COMMENT ON OPERATOR vigo_cal.+ (integer, vigo_cal.isoweek) IS 'week n weeks later';
COMMENT ON FUNCTION vigo_cal.isoweek_support(internal) IS
  'planner support of contains and contained_by (isoweek, date): a constant week becomes a range of days that a btree index on the day answers';
COMMENT ON FUNCTION vigo_cal.isoweek_contsel(internal, oid, internal, integer) IS
  'restriction selectivity of date <@ isoweek and isoweek @> date: that of the range of days from Monday to Sunday';
