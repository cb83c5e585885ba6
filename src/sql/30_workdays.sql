-- Easter, Norwegian public holidays and working days.  A working day
-- (virkedag) is Monday to Friday and not a public holiday.  All of these
-- work on dates from 1583-01-01 to 9999-12-31 and raise SQLSTATE 22008
-- outside that range (infinity included).

-- @replaceable: everything below is CREATE OR REPLACE; upgrade scripts rerun it.

CREATE OR REPLACE FUNCTION vigo_cal.easter_sunday(year integer) RETURNS date
  AS 'MODULE_PATHNAME', 'vigo_cal_holiday_easter_sunday' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.easter_sunday(integer) IS
  'Easter Sunday (første påskedag) of a year, Gregorian computus, 1583 to 9999';

CREATE OR REPLACE FUNCTION vigo_cal.public_holidays(year integer)
  RETURNS TABLE (day date, name text)
  AS 'MODULE_PATHNAME', 'vigo_cal_holiday_list_year'
  LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE ROWS 12;
COMMENT ON FUNCTION vigo_cal.public_holidays(integer) IS
  'the Norwegian public holidays of a year, one row per day in date order; a day that is two holidays has both names joined by " og "';

CREATE OR REPLACE FUNCTION vigo_cal.public_holidays(from_date date, to_date date)
  RETURNS TABLE (day date, name text)
  AS 'MODULE_PATHNAME', 'vigo_cal_holiday_list_between'
  LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE ROWS 12;
COMMENT ON FUNCTION vigo_cal.public_holidays(date, date) IS
  'the Norwegian public holidays from from_date to to_date, both included, one row per day';

CREATE OR REPLACE FUNCTION vigo_cal.is_public_holiday(date) RETURNS boolean
  AS 'MODULE_PATHNAME', 'vigo_cal_holiday_is_public_holiday' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.is_public_holiday(date) IS
  'is the day a Norwegian public holiday (helligdag or offentlig høytidsdag)?';

CREATE OR REPLACE FUNCTION vigo_cal.is_business_day(date) RETURNS boolean
  AS 'MODULE_PATHNAME', 'vigo_cal_busday_is_business_day' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.is_business_day(date) IS
  'is the day a working day: Monday to Friday and not a public holiday?';

CREATE OR REPLACE FUNCTION vigo_cal.add_business_days(d date, n integer, roll text DEFAULT 'forward')
  RETURNS date
  AS 'MODULE_PATHNAME', 'vigo_cal_busday_add' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.add_business_days(date, integer, text) IS
  'n working days from d, as numpy.busday_offset: a day off is first rolled to a working day (roll: forward/following, backward/preceding, modifiedfollowing, modifiedpreceding, raise, nat = NULL)';

CREATE OR REPLACE FUNCTION vigo_cal.business_days_between(a date, b date) RETURNS integer
  AS 'MODULE_PATHNAME', 'vigo_cal_busday_between' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.business_days_between(date, date) IS
  'working days in [a, b), negative when b is before a, as numpy.busday_count';

CREATE OR REPLACE FUNCTION vigo_cal.next_business_day(date) RETURNS date
  AS 'MODULE_PATHNAME', 'vigo_cal_busday_next' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.next_business_day(date) IS
  'the first working day on or after the day';

CREATE OR REPLACE FUNCTION vigo_cal.previous_business_day(date) RETURNS date
  AS 'MODULE_PATHNAME', 'vigo_cal_busday_previous' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.previous_business_day(date) IS
  'the last working day on or before the day';
