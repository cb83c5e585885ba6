-- vigo_cal upgrade from 0.3.0 to 0.4.0: the changes to objects that hold
-- state (types, tables, operators, operator classes, triggers) and the
-- drops that a rerun of the replaceable parts needs (a view whose columns
-- change, a function whose result type changes).  The Makefile puts
-- begin.sql after the guard line, appends the replaceable part of every
-- src/sql/ file (the whole of a file new in this version, NEW_SQL_PARTS),
-- merges the shipped rows (shipped_*.sql) and ends with end.sql and the
-- store fill.

\echo Use "ALTER EXTENSION vigo_cal UPDATE TO '0.4.0'" to load this file. \quit

-- ---------------------------------------------------------------------
-- C symbols with the prefix vigo_cal_
-- ---------------------------------------------------------------------
-- From 0.4.0 every C entry point is named vigo_cal_<name> (the module
-- exports nothing unprefixed but the aliases of legacy_symbols.c, which
-- the released scripts name).  The functions below a file's
-- "-- @replaceable" line are made again with the new names by the rest of
-- this script; these, above it (type I/O, operator and support functions
-- of 10_schoolyear.sql, 20_isoweek.sql and 40_rule.sql), are pointed at
-- the new names here, each as src/sql/ declares it.

-- 10_schoolyear.sql
CREATE OR REPLACE FUNCTION vigo_cal.schoolyear_in(cstring) RETURNS vigo_cal.schoolyear
  AS 'MODULE_PATHNAME', 'vigo_cal_schoolyear_in' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION vigo_cal.schoolyear_out(vigo_cal.schoolyear) RETURNS cstring
  AS 'MODULE_PATHNAME', 'vigo_cal_schoolyear_out' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION vigo_cal.schoolyear_recv(internal) RETURNS vigo_cal.schoolyear
  AS 'MODULE_PATHNAME', 'vigo_cal_schoolyear_recv' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION vigo_cal.schoolyear_send(vigo_cal.schoolyear) RETURNS bytea
  AS 'MODULE_PATHNAME', 'vigo_cal_schoolyear_send' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION vigo_cal.schoolyear_pl_int(vigo_cal.schoolyear, integer) RETURNS vigo_cal.schoolyear
  AS 'MODULE_PATHNAME', 'vigo_cal_schoolyear_pl_int' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION vigo_cal.schoolyear_mi_int(vigo_cal.schoolyear, integer) RETURNS vigo_cal.schoolyear
  AS 'MODULE_PATHNAME', 'vigo_cal_schoolyear_mi_int' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION vigo_cal.schoolyear(integer) RETURNS vigo_cal.schoolyear
  AS 'MODULE_PATHNAME', 'vigo_cal_schoolyear_from_int' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION vigo_cal.schoolyear(date) RETURNS vigo_cal.schoolyear
  AS 'MODULE_PATHNAME', 'vigo_cal_schoolyear_from_date' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION vigo_cal.first_day(vigo_cal.schoolyear) RETURNS date
  AS 'MODULE_PATHNAME', 'vigo_cal_schoolyear_first_day' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION vigo_cal.last_day(vigo_cal.schoolyear) RETURNS date
  AS 'MODULE_PATHNAME', 'vigo_cal_schoolyear_last_day' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION vigo_cal.contains(vigo_cal.schoolyear, date) RETURNS boolean
  AS 'MODULE_PATHNAME', 'vigo_cal_schoolyear_contains' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION vigo_cal.contained_by(date, vigo_cal.schoolyear) RETURNS boolean
  AS 'MODULE_PATHNAME', 'vigo_cal_schoolyear_contained_by' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;

-- 20_isoweek.sql
CREATE OR REPLACE FUNCTION vigo_cal.isoweek_in(cstring) RETURNS vigo_cal.isoweek
  AS 'MODULE_PATHNAME', 'vigo_cal_isoweek_in' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION vigo_cal.isoweek_out(vigo_cal.isoweek) RETURNS cstring
  AS 'MODULE_PATHNAME', 'vigo_cal_isoweek_out' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION vigo_cal.isoweek_recv(internal) RETURNS vigo_cal.isoweek
  AS 'MODULE_PATHNAME', 'vigo_cal_isoweek_recv' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION vigo_cal.isoweek_send(vigo_cal.isoweek) RETURNS bytea
  AS 'MODULE_PATHNAME', 'vigo_cal_isoweek_send' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION vigo_cal.isoweek_pl_int(vigo_cal.isoweek, integer) RETURNS vigo_cal.isoweek
  AS 'MODULE_PATHNAME', 'vigo_cal_isoweek_pl_int' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION vigo_cal.isoweek_mi_int(vigo_cal.isoweek, integer) RETURNS vigo_cal.isoweek
  AS 'MODULE_PATHNAME', 'vigo_cal_isoweek_mi_int' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION vigo_cal.isoweek_mi(vigo_cal.isoweek, vigo_cal.isoweek) RETURNS integer
  AS 'MODULE_PATHNAME', 'vigo_cal_isoweek_mi' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION vigo_cal.isoweek(date) RETURNS vigo_cal.isoweek
  AS 'MODULE_PATHNAME', 'vigo_cal_isoweek_from_date' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION vigo_cal.isoweek(year integer, week integer) RETURNS vigo_cal.isoweek
  AS 'MODULE_PATHNAME', 'vigo_cal_isoweek_make' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION vigo_cal.monday(vigo_cal.isoweek) RETURNS date
  AS 'MODULE_PATHNAME', 'vigo_cal_isoweek_monday' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION vigo_cal.isoweek_year(vigo_cal.isoweek) RETURNS integer
  AS 'MODULE_PATHNAME', 'vigo_cal_isoweek_year' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION vigo_cal.isoweek_week(vigo_cal.isoweek) RETURNS integer
  AS 'MODULE_PATHNAME', 'vigo_cal_isoweek_week' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION vigo_cal.contains(vigo_cal.isoweek, date) RETURNS boolean
  AS 'MODULE_PATHNAME', 'vigo_cal_isoweek_contains' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION vigo_cal.contained_by(date, vigo_cal.isoweek) RETURNS boolean
  AS 'MODULE_PATHNAME', 'vigo_cal_isoweek_contained_by' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;

-- 40_rule.sql
CREATE OR REPLACE FUNCTION vigo_cal.rule_in(cstring) RETURNS vigo_cal.rule
  AS 'MODULE_PATHNAME', 'vigo_cal_rule_in' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION vigo_cal.rule_out(vigo_cal.rule) RETURNS cstring
  AS 'MODULE_PATHNAME', 'vigo_cal_rule_out' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION vigo_cal.rule_recv(internal) RETURNS vigo_cal.rule
  AS 'MODULE_PATHNAME', 'vigo_cal_rule_recv' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION vigo_cal.rule_send(vigo_cal.rule) RETURNS bytea
  AS 'MODULE_PATHNAME', 'vigo_cal_rule_send' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION vigo_cal.rule_eq(vigo_cal.rule, vigo_cal.rule) RETURNS boolean
  AS 'MODULE_PATHNAME', 'vigo_cal_rule_eq' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE OR REPLACE FUNCTION vigo_cal.rule_ne(vigo_cal.rule, vigo_cal.rule) RETURNS boolean
  AS 'MODULE_PATHNAME', 'vigo_cal_rule_ne' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE OR REPLACE FUNCTION vigo_cal.rule_lt(vigo_cal.rule, vigo_cal.rule) RETURNS boolean
  AS 'MODULE_PATHNAME', 'vigo_cal_rule_lt' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE OR REPLACE FUNCTION vigo_cal.rule_le(vigo_cal.rule, vigo_cal.rule) RETURNS boolean
  AS 'MODULE_PATHNAME', 'vigo_cal_rule_le' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE OR REPLACE FUNCTION vigo_cal.rule_gt(vigo_cal.rule, vigo_cal.rule) RETURNS boolean
  AS 'MODULE_PATHNAME', 'vigo_cal_rule_gt' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE OR REPLACE FUNCTION vigo_cal.rule_ge(vigo_cal.rule, vigo_cal.rule) RETURNS boolean
  AS 'MODULE_PATHNAME', 'vigo_cal_rule_ge' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE OR REPLACE FUNCTION vigo_cal.rule_cmp(vigo_cal.rule, vigo_cal.rule) RETURNS integer
  AS 'MODULE_PATHNAME', 'vigo_cal_rule_cmp' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE OR REPLACE FUNCTION vigo_cal.rule_hash(vigo_cal.rule) RETURNS integer
  AS 'MODULE_PATHNAME', 'vigo_cal_rule_hash' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE OR REPLACE FUNCTION vigo_cal.rule_hash_extended(vigo_cal.rule, bigint) RETURNS bigint
  AS 'MODULE_PATHNAME', 'vigo_cal_rule_hash_extended' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE OR REPLACE FUNCTION vigo_cal.resolve(r vigo_cal.rule, school_year vigo_cal.schoolyear) RETURNS date
  AS 'MODULE_PATHNAME', 'vigo_cal_rule_resolve' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION vigo_cal.resolve(r vigo_cal.rule, school_year vigo_cal.schoolyear, anchor date) RETURNS date
  AS 'MODULE_PATHNAME', 'vigo_cal_rule_resolve_anchor' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION vigo_cal.resolve_range(r vigo_cal.rule, school_year vigo_cal.schoolyear) RETURNS daterange
  AS 'MODULE_PATHNAME', 'vigo_cal_rule_resolve_range' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION vigo_cal.resolve_range(r vigo_cal.rule, school_year vigo_cal.schoolyear, anchor date) RETURNS daterange
  AS 'MODULE_PATHNAME', 'vigo_cal_rule_resolve_range_anchor' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION vigo_cal.rule_reference(vigo_cal.rule) RETURNS text
  AS 'MODULE_PATHNAME', 'vigo_cal_rule_reference' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION vigo_cal.occurrence_range(r vigo_cal.rule, school_year vigo_cal.schoolyear, anchor date)
  RETURNS daterange
  AS 'MODULE_PATHNAME', 'vigo_cal_rule_occurrence_range' LANGUAGE c IMMUTABLE PARALLEL SAFE;
CREATE OR REPLACE FUNCTION vigo_cal.rule_kind(vigo_cal.rule) RETURNS text
  AS 'MODULE_PATHNAME', 'vigo_cal_rule_kind' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION vigo_cal.rule_offsets(vigo_cal.rule) RETURNS integer
  AS 'MODULE_PATHNAME', 'vigo_cal_rule_offsets' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;

-- ---------------------------------------------------------------------
-- Revisions of published editions (52_edition_revisions.sql, whole, with
-- its tables edition_revision and edition_revision_entry; their shipped
-- rows, revision 1 of 2023-2024, come with the data files) and the edition
-- as HTML (92_edition_html.sql): both files are new in 0.4.0 and appended
-- whole (NEW_SQL_PARTS in the Makefile).
-- ---------------------------------------------------------------------

-- ---------------------------------------------------------------------
-- Operator classes of a datetime-like type: deduplication (equalimage),
-- window frames (in_range), the planner's view of d <@ school year / week
-- (a support function and a restriction estimator), and n + school year /
-- week as commutators.  The comments are in the replaceable parts.
-- ---------------------------------------------------------------------
CREATE FUNCTION vigo_cal.schoolyear_equalimage(oid) RETURNS boolean
  AS 'btequalimage' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vigo_cal.schoolyear_in_range(vigo_cal.schoolyear, vigo_cal.schoolyear, integer, boolean, boolean)
  RETURNS boolean
  AS 'in_range_int4_int4' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
ALTER OPERATOR FAMILY vigo_cal.schoolyear_ops USING btree ADD
    FUNCTION 3 (vigo_cal.schoolyear, integer)
      vigo_cal.schoolyear_in_range(vigo_cal.schoolyear, vigo_cal.schoolyear, integer, boolean, boolean),
    FUNCTION 4 (vigo_cal.schoolyear, vigo_cal.schoolyear) vigo_cal.schoolyear_equalimage(oid);

CREATE FUNCTION vigo_cal.isoweek_equalimage(oid) RETURNS boolean
  AS 'btequalimage' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vigo_cal.isoweek_in_range(vigo_cal.isoweek, vigo_cal.isoweek, integer, boolean, boolean)
  RETURNS boolean
  AS 'MODULE_PATHNAME', 'vigo_cal_isoweek_in_range' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
ALTER OPERATOR FAMILY vigo_cal.isoweek_ops USING btree ADD
    FUNCTION 3 (vigo_cal.isoweek, integer)
      vigo_cal.isoweek_in_range(vigo_cal.isoweek, vigo_cal.isoweek, integer, boolean, boolean),
    FUNCTION 4 (vigo_cal.isoweek, vigo_cal.isoweek) vigo_cal.isoweek_equalimage(oid);

CREATE FUNCTION vigo_cal.rule_equalimage(oid) RETURNS boolean
  AS 'MODULE_PATHNAME', 'vigo_cal_rule_equalimage' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
ALTER OPERATOR FAMILY vigo_cal.rule_ops USING btree ADD
    FUNCTION 4 (vigo_cal.rule, vigo_cal.rule) vigo_cal.rule_equalimage(oid);

CREATE FUNCTION vigo_cal.int_pl_schoolyear(integer, vigo_cal.schoolyear) RETURNS vigo_cal.schoolyear
  AS 'MODULE_PATHNAME', 'vigo_cal_schoolyear_int_pl' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE OPERATOR vigo_cal.+ (
  LEFTARG = integer, RIGHTARG = vigo_cal.schoolyear, FUNCTION = vigo_cal.int_pl_schoolyear,
  COMMUTATOR = OPERATOR(vigo_cal.+)
);
CREATE FUNCTION vigo_cal.int_pl_isoweek(integer, vigo_cal.isoweek) RETURNS vigo_cal.isoweek
  AS 'MODULE_PATHNAME', 'vigo_cal_isoweek_int_pl' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE OPERATOR vigo_cal.+ (
  LEFTARG = integer, RIGHTARG = vigo_cal.isoweek, FUNCTION = vigo_cal.int_pl_isoweek,
  COMMUTATOR = OPERATOR(vigo_cal.+)
);

CREATE FUNCTION vigo_cal.schoolyear_support(internal) RETURNS internal
  AS 'MODULE_PATHNAME', 'vigo_cal_schoolyear_support' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vigo_cal.schoolyear_contsel(internal, oid, internal, integer) RETURNS double precision
  AS 'MODULE_PATHNAME', 'vigo_cal_schoolyear_contsel' LANGUAGE c STABLE STRICT PARALLEL SAFE;
ALTER FUNCTION vigo_cal.contains(vigo_cal.schoolyear, date) SUPPORT vigo_cal.schoolyear_support;
ALTER FUNCTION vigo_cal.contained_by(date, vigo_cal.schoolyear) SUPPORT vigo_cal.schoolyear_support;
ALTER OPERATOR vigo_cal.@> (vigo_cal.schoolyear, date)
  SET (RESTRICT = vigo_cal.schoolyear_contsel, JOIN = contjoinsel);
ALTER OPERATOR vigo_cal.<@ (date, vigo_cal.schoolyear)
  SET (RESTRICT = vigo_cal.schoolyear_contsel, JOIN = contjoinsel);

CREATE FUNCTION vigo_cal.isoweek_support(internal) RETURNS internal
  AS 'MODULE_PATHNAME', 'vigo_cal_isoweek_support' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vigo_cal.isoweek_contsel(internal, oid, internal, integer) RETURNS double precision
  AS 'MODULE_PATHNAME', 'vigo_cal_isoweek_contsel' LANGUAGE c STABLE STRICT PARALLEL SAFE;
ALTER FUNCTION vigo_cal.contains(vigo_cal.isoweek, date) SUPPORT vigo_cal.isoweek_support;
ALTER FUNCTION vigo_cal.contained_by(date, vigo_cal.isoweek) SUPPORT vigo_cal.isoweek_support;
ALTER OPERATOR vigo_cal.@> (vigo_cal.isoweek, date)
  SET (RESTRICT = vigo_cal.isoweek_contsel, JOIN = contjoinsel);
ALTER OPERATOR vigo_cal.<@ (date, vigo_cal.isoweek)
  SET (RESTRICT = vigo_cal.isoweek_contsel, JOIN = contjoinsel);
