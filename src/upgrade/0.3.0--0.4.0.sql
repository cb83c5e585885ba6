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
-- The edition's words: a second party per Fra and Til cell, and the words
-- of earlier school years (event_wording).
-- ---------------------------------------------------------------------
ALTER TABLE vigo_cal.event
  ADD COLUMN from_party_2 text REFERENCES vigo_cal.party ON UPDATE CASCADE,
  ADD COLUMN to_party_2 text REFERENCES vigo_cal.party ON UPDATE CASCADE,
  ADD CONSTRAINT event_second_from_party CHECK (from_party_2 IS NULL OR (from_party IS NOT NULL AND from_party_2 <> from_party)),
  ADD CONSTRAINT event_second_to_party CHECK (to_party_2 IS NULL OR (to_party IS NOT NULL AND to_party_2 <> to_party));
COMMENT ON COLUMN vigo_cal.event.from_party_2 IS
  'a second party of the Fra cell, printed on the line below the first ("Skolene/Fylkesansvarlig SAS" over "VIGO (Inntak)"); NULL: one party';
COMMENT ON COLUMN vigo_cal.event.to_party_2 IS 'a second party of the Til cell; NULL: one party';

CREATE TABLE vigo_cal.event_wording (
  event_key text NOT NULL REFERENCES vigo_cal.event ON UPDATE CASCADE ON DELETE CASCADE,
  last_school_year vigo_cal.schoolyear NOT NULL,
  title text NOT NULL,
  comment text,
  from_party text REFERENCES vigo_cal.party ON UPDATE CASCADE,
  from_party_2 text REFERENCES vigo_cal.party ON UPDATE CASCADE,
  to_party text REFERENCES vigo_cal.party ON UPDATE CASCADE,
  to_party_2 text REFERENCES vigo_cal.party ON UPDATE CASCADE,
  source text NOT NULL CHECK (source <> ''),
  origin text NOT NULL DEFAULT 'user' CHECK (origin IN ('vigo_cal', 'user', 'changed')),
  PRIMARY KEY (event_key, last_school_year),
  CHECK (from_party_2 IS NULL OR (from_party IS NOT NULL AND from_party_2 <> from_party)),
  CHECK (to_party_2 IS NULL OR (to_party IS NOT NULL AND to_party_2 <> to_party))
);
COMMENT ON TABLE vigo_cal.event_wording IS
  'the words of an event in earlier school years: title, comment and parties as they stood up to and including last_school_year (the event''s own row: the words in force after the last of them)';
COMMENT ON COLUMN vigo_cal.event_wording.event_key IS 'the event';
COMMENT ON COLUMN vigo_cal.event_wording.last_school_year IS
  'the last school year these words apply to; an occurrence takes the row with the earliest last_school_year on or after its own school year, else the event''s words';
COMMENT ON COLUMN vigo_cal.event_wording.title IS 'the Hva column then, a template';
COMMENT ON COLUMN vigo_cal.event_wording.comment IS 'the Kommentar column then, a template';
COMMENT ON COLUMN vigo_cal.event_wording.from_party IS 'who delivered (Fra) then';
COMMENT ON COLUMN vigo_cal.event_wording.from_party_2 IS 'a second party of the Fra cell then';
COMMENT ON COLUMN vigo_cal.event_wording.to_party IS 'who received (Til) then';
COMMENT ON COLUMN vigo_cal.event_wording.to_party_2 IS 'a second party of the Til cell then';
COMMENT ON COLUMN vigo_cal.event_wording.source IS 'where the words come from (the edition and its entry)';
COMMENT ON COLUMN vigo_cal.event_wording.origin IS 'vigo_cal: shipped with the extension; user: added; changed: a shipped row a user changed';
CREATE TRIGGER keep_user_changes BEFORE INSERT OR UPDATE ON vigo_cal.event_wording
  FOR EACH ROW EXECUTE FUNCTION vigo_cal.keep_user_changes('event_key', 'last_school_year');
SELECT pg_catalog.pg_extension_config_dump('vigo_cal.event_wording', 'WHERE origin <> ''vigo_cal''');

-- ---------------------------------------------------------------------
-- School holidays: an aggregator's listing as the lowest source kind
-- ---------------------------------------------------------------------
ALTER TABLE vigo_cal.school_holiday
  DROP CONSTRAINT school_holiday_source_kind_check,
  ADD CONSTRAINT school_holiday_source_kind_check
    CHECK (source_kind IN ('edition', 'county', 'school', 'municipality', 'aggregator')),
  ADD CONSTRAINT school_holiday_aggregator_tentative
    CHECK (source_kind IS DISTINCT FROM 'aggregator' OR (tentative AND source IS NOT NULL));
COMMENT ON COLUMN vigo_cal.school_holiday.source_kind IS
  'what the source is, best first: county (the county''s own skolerute), school (a school''s page), edition (the printed 2023-2024 årshjul), municipality (a municipal skolerute), aggregator (a site listing every county''s weeks, such as skolefri.no: the last resort, always tentative); where several rows cover one county part in a year the best kind wins (school_holiday_source_rank)';

-- the store's parties: a cell with two is both names
COMMENT ON COLUMN vigo_cal.occurrence_store.from_party IS 'who delivers (the party''s name, or two joined by "; ")';
COMMENT ON COLUMN vigo_cal.occurrence_store.to_party IS 'who receives (the party''s name, or two joined by "; ")';

-- ---------------------------------------------------------------------
-- Revisions of published editions (52_edition_revisions.sql, whole, with
-- its tables edition_revision and edition_revision_entry; their shipped
-- rows, revision 1 of 2023-2024, come with the data files) and the edition
-- as HTML (92_edition_html.sql): both files are new in 0.4.0 and appended
-- whole (NEW_SQL_PARTS in the Makefile).
-- ---------------------------------------------------------------------

-- ---------------------------------------------------------------------
-- Editors do not block each other (62_occurrence_store.sql): what a
-- transaction leaves pending moves from the one shared state row to a row
-- of its own in occurrence_store_pending.  The deferred trigger on the
-- state row that read the old columns goes first; the new triggers are
-- made by the replaceable part.
-- ---------------------------------------------------------------------
-- (A chain of updates in one transaction, 0.2.0 to 0.4.0, has the 0.3.0
-- refresh queued on the state row: it runs now, before its trigger goes.)
SET CONSTRAINTS vigo_cal.occurrence_store_refresh IMMEDIATE;
SET CONSTRAINTS vigo_cal.occurrence_store_refresh DEFERRED;
DROP TRIGGER occurrence_store_refresh ON vigo_cal.occurrence_store_state;
ALTER TABLE vigo_cal.occurrence_store_state
  DROP COLUMN pending_all, DROP COLUMN pending_from, DROP COLUMN pending_to;
COMMENT ON TABLE vigo_cal.occurrence_store_state IS
  'whether occurrence_store holds what the rules give (one row, written by the refresh, whose lock makes refreshes take turns)';
COMMENT ON COLUMN vigo_cal.occurrence_store_state.valid IS 'the last refresh worked the calendar out: the stored rows are the calendar of every school year in the window';
COMMENT ON COLUMN vigo_cal.occurrence_store_state.suspended IS 'refreshes are off (while the extension script loads its rows); what is noted meanwhile is worked out when they are on again';
CREATE TABLE vigo_cal.occurrence_store_pending (
  xact xid8 PRIMARY KEY,
  whole boolean NOT NULL DEFAULT false,
  first_year vigo_cal.schoolyear,
  last_year vigo_cal.schoolyear,
  CHECK ((first_year IS NULL) = (last_year IS NULL))
);
COMMENT ON TABLE vigo_cal.occurrence_store_pending IS
  'what each transaction''s schedule edits leave to be worked out in occurrence_store at its commit (one row per transaction, written by the store''s triggers)';
COMMENT ON COLUMN vigo_cal.occurrence_store_pending.xact IS 'the transaction (pg_current_xact_id()) whose edits these are';
COMMENT ON COLUMN vigo_cal.occurrence_store_pending.whole IS 'it changed what every school year depends on: the whole window is worked out again';
COMMENT ON COLUMN vigo_cal.occurrence_store_pending.first_year IS 'the first school year its overrides or window changed (NULL: none, or the whole window)';
COMMENT ON COLUMN vigo_cal.occurrence_store_pending.last_year IS 'the last school year its overrides or window changed';

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

-- ---------------------------------------------------------------------
-- Nothing lost: the counties' data and the users' edits survive DROP
-- EXTENSION, dump, restore and upgrade (doc/reliability.md)
-- ---------------------------------------------------------------------

-- county_member: a row names its role by OID and by name (role_name), and
-- counts only while both match; rows of roles dropped already are dead and
-- go now, and a role holds each county (or every county) once: the
-- primary key (member_role, scope).
ALTER TABLE vigo_cal.county_member ADD COLUMN role_name name;
UPDATE vigo_cal.county_member m SET role_name = r.rolname
  FROM pg_catalog.pg_roles r WHERE r.oid = m.member_role::oid;
DELETE FROM vigo_cal.county_member WHERE role_name IS NULL;
ALTER TABLE vigo_cal.county_member ALTER COLUMN role_name SET NOT NULL;
ALTER TABLE vigo_cal.county_member ADD COLUMN scope text GENERATED ALWAYS AS (coalesce(county_number, '*')) STORED;
DELETE FROM vigo_cal.county_member a USING vigo_cal.county_member b
 WHERE a.member_role::oid = b.member_role::oid AND a.scope = b.scope AND a.ctid > b.ctid;
ALTER TABLE vigo_cal.county_member DROP CONSTRAINT county_member_member_role_county_number_key;
ALTER TABLE vigo_cal.county_member ADD PRIMARY KEY (member_role, scope);
COMMENT ON COLUMN vigo_cal.county_member.role_name IS
  'the role''s name when the row was written (set by the server): the row counts only while member_role still has this name, so a dropped role''s row is dead';
COMMENT ON COLUMN vigo_cal.county_member.scope IS 'the county number, or * for every county (part of the primary key, so a role holds each at most once)';
CREATE FUNCTION vigo_cal.county_member_stamp() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
BEGIN
  SELECT r.rolname INTO NEW.role_name FROM pg_catalog.pg_roles r WHERE r.oid = NEW.member_role::oid;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'role with OID % does not exist', NEW.member_role::oid
      USING ERRCODE = 'undefined_object',
            HINT = 'Name an existing role in county_member.member_role.';
  END IF;
  RETURN NEW;
END $$;
COMMENT ON FUNCTION vigo_cal.county_member_stamp() IS
  'trigger: sets county_member.role_name to the role''s name, and refuses a role that does not exist';
CREATE TRIGGER county_member_stamp BEFORE INSERT OR UPDATE ON vigo_cal.county_member
  FOR EACH ROW EXECUTE FUNCTION vigo_cal.county_member_stamp();
SELECT pg_catalog.pg_extension_config_dump('vigo_cal.county_member',
  'WHERE origin <> ''vigo_cal'' AND EXISTS (SELECT FROM pg_catalog.pg_roles r WHERE r.oid = member_role::oid AND r.rolname = role_name)');
CREATE FUNCTION vigo_cal.county_member_live(role_oid oid, role_name name) RETURNS boolean
  LANGUAGE sql STABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  SELECT EXISTS (SELECT FROM pg_catalog.pg_roles r WHERE r.oid = role_oid AND r.rolname = role_name)
$$;
COMMENT ON FUNCTION vigo_cal.county_member_live(oid, name) IS
  'true while a role with this OID has this name: a county_member row of a dropped (or renamed) role counts no more';

-- ---------------------------------------------------------------------
-- No global objects: the role vigo_cal_reader
-- ---------------------------------------------------------------------
-- 0.3.0 made the cluster-wide role vigo_cal_reader and granted it the BI
-- views.  An upgrade cannot drop a role (it belongs to the cluster, and
-- other databases may use it), and logins that hold it keep working: the
-- role keeps its grants, and each role that may read vigo_cal_bi gets
-- EXECUTE on the BI views' check of the occurrence store, which is no
-- longer PUBLIC's (96_privileges.sql).  doc/dashboards.md says how a DBA
-- moves to vigo_cal.grant_reader and drops the role.
DO $$
DECLARE
  r text;
BEGIN
  FOR r IN SELECT a.grantee::regrole::text
             FROM pg_catalog.pg_namespace n, pg_catalog.aclexplode(n.nspacl) a
            WHERE n.nspname = 'vigo_cal_bi' AND a.privilege_type = 'USAGE'
              AND a.grantee <> n.nspowner AND a.grantee <> 0
            ORDER BY 1 LOOP
    EXECUTE pg_catalog.format('GRANT EXECUTE ON FUNCTION vigo_cal.occurrence_store_ready(vigo_cal.occurrence_store_state) TO %s', r);
  END LOOP;
END $$;
COMMENT ON SCHEMA vigo_cal_bi IS
  'vigo_cal for BI tools: plain views in built-in types, readable with USAGE on this schema, SELECT on the views and EXECUTE on the functions they call (vigo_cal.grant_reader)';

-- ---------------------------------------------------------------------
-- Built-in functions called by their qualified names
-- ---------------------------------------------------------------------
-- Every function calls the built-ins as pg_catalog.name(...) (the
-- replaceable parts below are rerun); my_counties, above the replaceable
-- part of 80_delivery.sql, is made again here as it is there.
CREATE OR REPLACE FUNCTION vigo_cal.my_counties() RETURNS text[]
  LANGUAGE sql STABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  SELECT CASE
    WHEN (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = CURRENT_USER)
      OR EXISTS (SELECT 1 FROM vigo_cal.county_member m
                  WHERE m.county_number IS NULL
                    AND pg_catalog.pg_has_role(CURRENT_USER, m.member_role::oid, 'MEMBER')
                    AND vigo_cal.county_member_live(m.member_role::oid, m.role_name))
    THEN (SELECT coalesce(pg_catalog.array_agg(c.county_number ORDER BY c.county_number), '{}') FROM vigo_cal.county c)
    ELSE (SELECT coalesce(pg_catalog.array_agg(DISTINCT m.county_number), '{}') FROM vigo_cal.county_member m
           WHERE m.county_number IS NOT NULL
             AND pg_catalog.pg_has_role(CURRENT_USER, m.member_role::oid, 'MEMBER')
             AND vigo_cal.county_member_live(m.member_role::oid, m.role_name))
  END
$$;

-- school_holiday_store: a primary key, as every table has one (logical
-- replication)
ALTER TABLE vigo_cal.school_holiday_store ADD PRIMARY KEY (county_number, school_year, kind, region, first_day);

-- delivery_log: who recorded a delivery and when, the server's word.  The
-- rows logged before 0.4.0 are taken at their word: recorded by whom and
-- when they say they were delivered.
ALTER TABLE vigo_cal.delivery_log
  ADD COLUMN recorded_by text NOT NULL DEFAULT SESSION_USER,
  ADD COLUMN recorded_at timestamptz NOT NULL DEFAULT pg_catalog.statement_timestamp();
UPDATE vigo_cal.delivery_log SET recorded_by = delivered_by, recorded_at = delivered_at;
COMMENT ON COLUMN vigo_cal.delivery_log.delivered_at IS 'when it was delivered, as the county says';
COMMENT ON COLUMN vigo_cal.delivery_log.delivered_by IS 'who delivered it, as the county says (defaults to the database user)';
COMMENT ON COLUMN vigo_cal.delivery_log.recorded_by IS 'the login (session user) that wrote the row last, set by the server';
COMMENT ON COLUMN vigo_cal.delivery_log.recorded_at IS 'when the row was written last (the statement''s time), set by the server';
CREATE FUNCTION vigo_cal.delivery_log_stamp() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
BEGIN
  IF pg_catalog.pg_has_role(CURRENT_USER, (SELECT c.relowner FROM pg_catalog.pg_class c WHERE c.oid = TG_RELID), 'USAGE') THEN
    IF TG_OP = 'INSERT' THEN
      RETURN NEW;
    ELSIF (NEW.recorded_by, NEW.recorded_at) IS DISTINCT FROM (OLD.recorded_by, OLD.recorded_at) THEN
      RETURN NEW;
    END IF;
  END IF;
  NEW.recorded_by := SESSION_USER;
  NEW.recorded_at := pg_catalog.statement_timestamp();
  RETURN NEW;
END $$;
COMMENT ON FUNCTION vigo_cal.delivery_log_stamp() IS
  'trigger: sets delivery_log.recorded_by and recorded_at to the session user and the statement''s time (only the table''s owner may write them, as a restore does)';
CREATE TRIGGER delivery_log_stamp BEFORE INSERT OR UPDATE ON vigo_cal.delivery_log
  FOR EACH ROW EXECUTE FUNCTION vigo_cal.delivery_log_stamp();
-- delivery_status gains recorded_at and recorded_after_deadline
DROP VIEW vigo_cal.delivery_status;
DROP FUNCTION vigo_cal.delivery_status_as_of(date);

-- DROP EXTENSION without CASCADE is refused while the counties' data is in it
CREATE FUNCTION vigo_cal.refuse_drop_with_deliveries() RETURNS event_trigger
  LANGUAGE c
  AS 'MODULE_PATHNAME', 'vigo_cal_extension_refuse_drop';
COMMENT ON FUNCTION vigo_cal.refuse_drop_with_deliveries() IS
  'event trigger: refuses DROP EXTENSION vigo_cal (or DROP OWNED BY its owner) without CASCADE while delivery_log or county_member holds a row';
CREATE EVENT TRIGGER vigo_cal_keep_deliveries ON ddl_command_start
  WHEN TAG IN ('DROP EXTENSION', 'DROP OWNED')
  EXECUTE FUNCTION vigo_cal.refuse_drop_with_deliveries();
COMMENT ON EVENT TRIGGER vigo_cal_keep_deliveries IS
  'refuses DROP EXTENSION vigo_cal without CASCADE while the counties'' delivery log or memberships hold rows';

-- origin is the extension's word; shipped rows a user removed are noted
-- (82_restore.sql, new in 0.4.0, follows in full).  0.3.0 noted no
-- removal: the shipped-rows merge notes the rows 0.3.0 shipped that the
-- database lacks (their keys: shipped_keys_0.3.0.sql).
CREATE FUNCTION vigo_cal.extension_script_running() RETURNS boolean
  LANGUAGE c STABLE PARALLEL RESTRICTED
  AS 'MODULE_PATHNAME', 'vigo_cal_extension_script_running';
COMMENT ON FUNCTION vigo_cal.extension_script_running() IS
  'true while vigo_cal''s own install or update script runs (the only writer of origin vigo_cal)';

CREATE OR REPLACE FUNCTION vigo_cal.keep_user_changes() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
DECLARE
  keys text[] := TG_ARGV;
  cols text;
  key_match text;
  found_key boolean;
  in_script boolean := vigo_cal.extension_script_running();
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NOT in_script THEN
      NEW.origin := OLD.origin;
    END IF;
    IF OLD.origin = 'vigo_cal' AND NEW.origin = 'vigo_cal' AND NEW IS DISTINCT FROM OLD THEN
      NEW.origin := 'changed';
    END IF;
    RETURN NEW;
  END IF;
  IF NEW.origin = 'vigo_cal' AND NOT in_script THEN
    NEW.origin := 'user';
  END IF;
  IF NEW.origin = 'user' AND NOT in_script THEN
    IF vigo_cal.shipped_was_removed(TG_TABLE_NAME, vigo_cal.shipped_key(TG_RELID, pg_catalog.to_jsonb(NEW))) THEN
      NEW.origin := 'changed';
    END IF;
  END IF;
  IF NEW.origin <> 'changed' THEN
    RETURN NEW;
  END IF;
  SELECT pg_catalog.string_agg(pg_catalog.format('t.%1$I IS NOT DISTINCT FROM ($1).%1$I', k), ' AND ')
    INTO key_match FROM pg_catalog.unnest(keys) AS k;
  EXECUTE pg_catalog.format('SELECT EXISTS (SELECT 1 FROM %I.%I t WHERE %s AND t.origin = ''vigo_cal'')',
                 TG_TABLE_SCHEMA, TG_TABLE_NAME, key_match)
    INTO found_key USING NEW;
  IF NOT found_key THEN
    RETURN NEW;
  END IF;
  SELECT pg_catalog.string_agg(pg_catalog.format('%1$I = ($1).%1$I', a.attname), ', ')
    INTO cols
    FROM pg_attribute a
   WHERE a.attrelid = TG_RELID AND a.attnum > 0 AND NOT a.attisdropped
     AND a.attgenerated = '';
  EXECUTE pg_catalog.format('UPDATE %I.%I t SET %s WHERE %s', TG_TABLE_SCHEMA, TG_TABLE_NAME, cols, key_match)
    USING NEW;
  RETURN NULL;
END $$;
COMMENT ON FUNCTION vigo_cal.keep_user_changes() IS
  'trigger: keeps origin the extension''s word, marks changed shipped rows so pg_dump keeps them, and merges them back on restore';

-- ---------------------------------------------------------------------
-- The colour legend in the edition's words (category.legend_text, as in
-- 50_schedule.sql; the shipped rows get their text from the merge)
-- ---------------------------------------------------------------------
ALTER TABLE vigo_cal.category ADD COLUMN legend_text text CHECK (legend_text <> '');
COMMENT ON COLUMN vigo_cal.category.legend_text IS
  'the category''s line in the printed colour legend (FARGEKODER) of the edition, in its words ("Interne datoer for Vigo"); NULL: the label';
