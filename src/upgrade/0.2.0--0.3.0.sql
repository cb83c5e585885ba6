-- vigo_cal upgrade from 0.2.0 to 0.3.0: the changes to objects that hold
-- state (types, tables, operators, triggers) and the drops that a rerun of
-- the replaceable parts needs (a view whose columns change, a function whose
-- result type changes).  The Makefile puts begin.sql after the guard line,
-- appends the replaceable part of every src/sql/ file, merges the shipped
-- rows (shipped_*.sql) and ends with end.sql.

\echo Use "ALTER EXTENSION vigo_cal UPDATE TO '0.3.0'" to load this file. \quit

-- event.fixed_date: dates fixed by law or by a system, kept whatever the
-- weekday (the same column, default and comment as 50_schedule.sql).
ALTER TABLE vigo_cal.event ADD COLUMN fixed_date boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN vigo_cal.event.fixed_date IS
  'true: the date is fixed by law or by a system (15 July deliveries, 14 July hovedinntak, 30 June grades, 31 July) and is kept on a Saturday, Sunday or public holiday on purpose; false: the date is meant to be a working day (every shipped rule gives one), and a monthly repeat that is not one moves to the next working day';

-- The last working day on or before each deadline, a new last column of
-- calendar_between, calendar, arshjul, upcoming and delivery_status (and
-- the Oslo day of delivery, delivered_on, in delivery_status), and after
-- it event.fixed_date in calendar_between, calendar and arshjul: result
-- types change, so the functions and the views over them are dropped here
-- and created again by the replaceable parts.  Privileges granted on the
-- views are saved by begin.sql and granted again by end.sql.
DROP VIEW vigo_cal.delivery_status;
DROP FUNCTION vigo_cal.delivery_status_as_of(date);
DROP VIEW vigo_cal.calendar;
DROP FUNCTION vigo_cal.calendar_between(date, date);
DROP FUNCTION vigo_cal.arshjul(vigo_cal.schoolyear);
DROP FUNCTION vigo_cal.upcoming(integer);

-- ---------------------------------------------------------------------
-- School holidays for every year: sources, county parts, projections
-- ---------------------------------------------------------------------
ALTER TABLE vigo_cal.region_county ADD COLUMN partial boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN vigo_cal.region_county.partial IS
  'true: the region is only a part of the county, one that sets its own holidays (Vestland (tidl. Hordaland) in Vestland); false: it covers the whole county';
ALTER TABLE vigo_cal.school_holiday
  ADD COLUMN source text,
  ADD COLUMN source_kind text CHECK (source_kind IN ('edition', 'county', 'school', 'municipality')),
  ADD COLUMN one_off boolean NOT NULL DEFAULT false;
COMMENT ON TABLE vigo_cal.school_holiday IS 'school holidays per region and school year, as week rules (uke 40, uke 41 ons-fre); years without a row are projected by all_school_holidays';
COMMENT ON COLUMN vigo_cal.school_holiday.tentative IS 'the days may still change: printed "Med forbehold om endringer", or taken from a municipal page or inferred (the note says why)';
COMMENT ON COLUMN vigo_cal.school_holiday.note IS 'a note: what the source says, and why the row is tentative';
COMMENT ON COLUMN vigo_cal.school_holiday.source IS 'where the days come from: the page''s title and its address';
COMMENT ON COLUMN vigo_cal.school_holiday.source_kind IS
  'what the source is: edition (the printed 2023-2024 årshjul), county (the county''s own skolerute), school (a school''s page), municipality (a municipal skolerute, the last resort)';
COMMENT ON COLUMN vigo_cal.school_holiday.one_off IS
  'true: that year departs from the region''s usual week (moved for an early Easter, say), so later years are not projected from it';
-- school_holidays() returns more columns: dropped here, created again by
-- the replaceable part of 55_counties.sql
DROP FUNCTION vigo_cal.school_holidays(text, vigo_cal.schoolyear);

-- The årshjul's layout (90_wheel.sql): one positioned item of the picture.
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

-- ---------------------------------------------------------------------
-- The occurrence store (62_occurrence_store.sql): new tables.  Its
-- triggers and functions come with the replaceable parts; the store is
-- filled at the end (98_store_fill.sql), after the shipped rows are merged.
-- ---------------------------------------------------------------------
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
INSERT INTO vigo_cal.occurrence_window (first_year, last_year, origin) VALUES ('2015-2016', '2040-2041', 'vigo_cal');
CREATE TRIGGER keep_user_changes BEFORE INSERT OR UPDATE ON vigo_cal.occurrence_window
  FOR EACH ROW EXECUTE FUNCTION vigo_cal.keep_user_changes('only_row');
SELECT pg_catalog.pg_extension_config_dump('vigo_cal.occurrence_window', 'WHERE origin <> ''vigo_cal''');

CREATE TABLE vigo_cal.occurrence_store_state (
  only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  valid boolean NOT NULL,
  suspended boolean NOT NULL,
  problem text,
  refreshed_at timestamptz
);
COMMENT ON TABLE vigo_cal.occurrence_store_state IS
  'whether occurrence_store holds what the rules give now (one row, kept by the refresh)';
COMMENT ON COLUMN vigo_cal.occurrence_store_state.only_row IS 'always true: the table has one row';
COMMENT ON COLUMN vigo_cal.occurrence_store_state.valid IS 'the stored rows are the calendar of every school year in the window';
COMMENT ON COLUMN vigo_cal.occurrence_store_state.suspended IS 'refreshes are off (while the extension script loads its rows)';
COMMENT ON COLUMN vigo_cal.occurrence_store_state.problem IS 'why the last refresh failed (the error the calendar gives), if it did';
COMMENT ON COLUMN vigo_cal.occurrence_store_state.refreshed_at IS 'when the store was last refreshed (the transaction''s time)';
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

-- ---------------------------------------------------------------------
-- The BI surface (95_bi.sql): schema vigo_cal_bi and the role
-- vigo_cal_reader (created if missing; roles are global).
-- ---------------------------------------------------------------------
CREATE SCHEMA vigo_cal_bi;
COMMENT ON SCHEMA vigo_cal_bi IS
  'vigo_cal for BI tools: plain views in built-in types, readable with USAGE on this schema and SELECT on the views (role vigo_cal_reader)';

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'vigo_cal_reader') THEN
    CREATE ROLE vigo_cal_reader NOLOGIN;
    COMMENT ON ROLE vigo_cal_reader IS
      'reads the vigo_cal_bi views (GRANT vigo_cal_reader TO a login); which counties'' deliveries it sees is vigo_cal.county_member''s business';
  END IF;
END $$;
GRANT USAGE ON SCHEMA vigo_cal_bi TO vigo_cal_reader;
