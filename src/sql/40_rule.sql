-- The rule type: a recurring date inside a school year's cycle, written
-- the way the årshjul writes dates ("15.jul", "uke 41 ons-fre",
-- "1. tirsdag i juli", "ssb_resultat_vgs_1 + 1 virkedag").  The grammar
-- is in doc/rules.md.

CREATE TYPE vigo_cal.rule;

CREATE FUNCTION vigo_cal.rule_in(cstring) RETURNS vigo_cal.rule
  AS 'MODULE_PATHNAME', 'vigo_cal_rule_in' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vigo_cal.rule_out(vigo_cal.rule) RETURNS cstring
  AS 'MODULE_PATHNAME', 'vigo_cal_rule_out' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vigo_cal.rule_recv(internal) RETURNS vigo_cal.rule
  AS 'MODULE_PATHNAME', 'vigo_cal_rule_recv' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION vigo_cal.rule_send(vigo_cal.rule) RETURNS bytea
  AS 'MODULE_PATHNAME', 'vigo_cal_rule_send' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;

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
  AS 'MODULE_PATHNAME', 'vigo_cal_rule_eq' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION vigo_cal.rule_ne(vigo_cal.rule, vigo_cal.rule) RETURNS boolean
  AS 'MODULE_PATHNAME', 'vigo_cal_rule_ne' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION vigo_cal.rule_lt(vigo_cal.rule, vigo_cal.rule) RETURNS boolean
  AS 'MODULE_PATHNAME', 'vigo_cal_rule_lt' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION vigo_cal.rule_le(vigo_cal.rule, vigo_cal.rule) RETURNS boolean
  AS 'MODULE_PATHNAME', 'vigo_cal_rule_le' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION vigo_cal.rule_gt(vigo_cal.rule, vigo_cal.rule) RETURNS boolean
  AS 'MODULE_PATHNAME', 'vigo_cal_rule_gt' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION vigo_cal.rule_ge(vigo_cal.rule, vigo_cal.rule) RETURNS boolean
  AS 'MODULE_PATHNAME', 'vigo_cal_rule_ge' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION vigo_cal.rule_cmp(vigo_cal.rule, vigo_cal.rule) RETURNS integer
  AS 'MODULE_PATHNAME', 'vigo_cal_rule_cmp' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION vigo_cal.rule_hash(vigo_cal.rule) RETURNS integer
  AS 'MODULE_PATHNAME', 'vigo_cal_rule_hash' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION vigo_cal.rule_hash_extended(vigo_cal.rule, bigint) RETURNS bigint
  AS 'MODULE_PATHNAME', 'vigo_cal_rule_hash_extended' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
-- Equal rules have equal bytes (= compares the canonical binary form, and
-- one binary format has ever been written, see src/pg/rule.c), so a btree
-- index can deduplicate.
CREATE FUNCTION vigo_cal.rule_equalimage(oid) RETURNS boolean
  AS 'MODULE_PATHNAME', 'vigo_cal_rule_equalimage' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;

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
-- Added to the family as an upgrade from 0.3.0 adds it, so that both
-- installs record the same members.
ALTER OPERATOR FAMILY vigo_cal.rule_ops USING btree ADD
    FUNCTION 4 (vigo_cal.rule, vigo_cal.rule) vigo_cal.rule_equalimage(oid);

CREATE OPERATOR CLASS vigo_cal.rule_hash_ops
  DEFAULT FOR TYPE vigo_cal.rule USING hash AS
    OPERATOR 1 vigo_cal.=,
    FUNCTION 1 vigo_cal.rule_hash(vigo_cal.rule),
    FUNCTION 2 vigo_cal.rule_hash_extended(vigo_cal.rule, bigint);

-- Resolution.
CREATE FUNCTION vigo_cal.resolve(r vigo_cal.rule, school_year vigo_cal.schoolyear) RETURNS date
  AS 'MODULE_PATHNAME', 'vigo_cal_rule_resolve' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.resolve(vigo_cal.rule, vigo_cal.schoolyear) IS
  'the date the rule gives in the school year (the first day, for a week or a span)';
CREATE FUNCTION vigo_cal.resolve(r vigo_cal.rule, school_year vigo_cal.schoolyear, anchor date) RETURNS date
  AS 'MODULE_PATHNAME', 'vigo_cal_rule_resolve_anchor' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.resolve(vigo_cal.rule, vigo_cal.schoolyear, date) IS
  'the date the rule gives in the school year, counting from anchor when the rule names an event';
CREATE FUNCTION vigo_cal.resolve_range(r vigo_cal.rule, school_year vigo_cal.schoolyear) RETURNS daterange
  AS 'MODULE_PATHNAME', 'vigo_cal_rule_resolve_range' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.resolve_range(vigo_cal.rule, vigo_cal.schoolyear) IS
  'all the days the rule gives in the school year (Monday to Friday of a week, both ends of a span)';
CREATE FUNCTION vigo_cal.resolve_range(r vigo_cal.rule, school_year vigo_cal.schoolyear, anchor date) RETURNS daterange
  AS 'MODULE_PATHNAME', 'vigo_cal_rule_resolve_range_anchor' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.resolve_range(vigo_cal.rule, vigo_cal.schoolyear, date) IS
  'all the days the rule gives in the school year, counting from anchor when the rule names an event';
CREATE FUNCTION vigo_cal.rule_reference(vigo_cal.rule) RETURNS text
  AS 'MODULE_PATHNAME', 'vigo_cal_rule_reference' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
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
  AS 'MODULE_PATHNAME', 'vigo_cal_rule_occurrence_range' LANGUAGE c IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.occurrence_range(vigo_cal.rule, vigo_cal.schoolyear, date) IS
  'like resolve_range, but NULL when the rule gives no date that year (29.02, uke 53, no anchor, or outside 1583-9999) instead of an error';
CREATE FUNCTION vigo_cal.rule_kind(vigo_cal.rule) RETURNS text
  AS 'MODULE_PATHNAME', 'vigo_cal_rule_kind' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.rule_kind(vigo_cal.rule) IS
  'what the rule starts from: day, span, month, week, nth_weekday or reference';
CREATE FUNCTION vigo_cal.rule_offsets(vigo_cal.rule) RETURNS integer
  AS 'MODULE_PATHNAME', 'vigo_cal_rule_offsets' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.rule_offsets(vigo_cal.rule) IS
  'how many offsets and rolls follow the rule''s anchor (0 for a plain day, week, ...)';

-- @replaceable: everything below is CREATE OR REPLACE; upgrade scripts rerun it.

-- Comments on what 0.4.0 added to the operator classes (here, so that an
-- upgrade sets them too).
COMMENT ON FUNCTION vigo_cal.rule_equalimage(oid) IS
  'btree equalimage support of rule: true while one binary format has ever been written, as = then compares the stored canonical bytes, so indexes deduplicate';
