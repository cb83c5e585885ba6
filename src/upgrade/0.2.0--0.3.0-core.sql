-- vigo_cal 0.2.0 -> 0.3.0, the C entry points renamed in 0.3.0 (see
-- src/pg/vc_pg.h and src/pg/legacy_symbols.c): each function of 0.2.0
-- whose symbol changed, pointed at its new symbol, with the signature and
-- attributes of src/sql/.  The old symbols stay exported, so a database
-- still on 0.2.0 (or 0.1.0) keeps working until it is updated.
--
-- All of these functions are in the replaceable parts of src/sql/
-- (30_workdays.sql, 60_calendar.sql), which the Makefile already appends to
-- the upgrade script; this file lists them for the record and for a script
-- that does not rerun those parts.

CREATE OR REPLACE FUNCTION vigo_cal.easter_sunday(year integer) RETURNS date
  AS 'MODULE_PATHNAME', 'holiday_easter_sunday' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;

CREATE OR REPLACE FUNCTION vigo_cal.public_holidays(year integer)
  RETURNS TABLE (day date, name text)
  AS 'MODULE_PATHNAME', 'holiday_list_year'
  LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE ROWS 12;

CREATE OR REPLACE FUNCTION vigo_cal.public_holidays(from_date date, to_date date)
  RETURNS TABLE (day date, name text)
  AS 'MODULE_PATHNAME', 'holiday_list_between'
  LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE ROWS 12;

CREATE OR REPLACE FUNCTION vigo_cal.is_public_holiday(date) RETURNS boolean
  AS 'MODULE_PATHNAME', 'holiday_is_public_holiday' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;

CREATE OR REPLACE FUNCTION vigo_cal.is_business_day(date) RETURNS boolean
  AS 'MODULE_PATHNAME', 'busday_is_business_day' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;

CREATE OR REPLACE FUNCTION vigo_cal.add_business_days(d date, n integer, roll text DEFAULT 'forward')
  RETURNS date
  AS 'MODULE_PATHNAME', 'busday_add' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;

CREATE OR REPLACE FUNCTION vigo_cal.business_days_between(a date, b date) RETURNS integer
  AS 'MODULE_PATHNAME', 'busday_between' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;

CREATE OR REPLACE FUNCTION vigo_cal.next_business_day(date) RETURNS date
  AS 'MODULE_PATHNAME', 'busday_next' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;

CREATE OR REPLACE FUNCTION vigo_cal.previous_business_day(date) RETURNS date
  AS 'MODULE_PATHNAME', 'busday_previous' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;

CREATE OR REPLACE FUNCTION vigo_cal.render_template(template text, school_year vigo_cal.schoolyear, dates jsonb)
  RETURNS text
  AS 'MODULE_PATHNAME', 'template_render' LANGUAGE c IMMUTABLE PARALLEL SAFE;
