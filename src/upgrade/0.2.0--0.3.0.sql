-- vigo_cal upgrade from 0.2.0 to 0.3.0: the changes to objects that hold
-- state (types, tables, operators, triggers) and the drops that a rerun of
-- the replaceable parts needs (a view whose columns change, a function whose
-- result type changes).  The Makefile puts begin.sql after the guard line,
-- appends the replaceable part of every src/sql/ file (the whole of a file
-- new in this version: 62_occurrence_store.sql, 95_bi.sql), merges the
-- shipped rows (shipped_*.sql) and ends with end.sql and the store fill.

\echo Use "ALTER EXTENSION vigo_cal UPDATE TO '0.3.0'" to load this file. \quit

-- event.fixed_date: dates fixed by law or by a system, kept whatever the
-- weekday (the same column, default and comment as 50_schedule.sql).
ALTER TABLE vigo_cal.event ADD COLUMN fixed_date boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN vigo_cal.event.fixed_date IS
  'true: the date is fixed by law or by a system (15 July deliveries, 14 July hovedinntak, 30 June grades, 31 July), or a county registration deadline kept on the day before its delivery as the edition prints it (its last working day is shown beside it), and is kept on a Saturday, Sunday or public holiday on purpose; false: the date is meant to be a working day (every shipped rule gives one), and a monthly repeat that is not one moves to the next working day';

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
