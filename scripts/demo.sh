#!/usr/bin/env bash
# demo.sh: the quick start.  A throwaway cluster with vigo_cal installed,
# showing this school year, this ISO week, this year's public holidays and
# the next working days.
. "$(dirname "$0")/lib.sh"
setup
psql -X -q -v ON_ERROR_STOP=1 -d postgres <<'SQL'
CREATE EXTENSION vigo_cal;
\pset footer off
\echo
\echo 'Today, its school year and ISO week'
SELECT current_date AS today,
       vigo_cal.current_schoolyear() AS school_year,
       vigo_cal.isoweek(current_date) AS iso_week,
       vigo_cal.is_business_day(current_date) AS business_day;
\echo 'The school year in days'
SELECT vigo_cal.first_day(sy) AS first_day, vigo_cal.last_day(sy) AS last_day,
       vigo_cal.business_days_between(vigo_cal.first_day(sy), vigo_cal.last_day(sy) + 1)
         AS business_days
  FROM vigo_cal.current_schoolyear() AS sy;
\echo 'Public holidays this calendar year'
SELECT day, to_char(day, 'Dy') AS weekday, name
  FROM vigo_cal.public_holidays(extract(year FROM current_date)::int);
\echo 'The next five working days after today'
-- rolling a day off backward first makes n = 1 the first working day after today
SELECT n, d AS working_day, to_char(d, 'Dy') AS weekday
  FROM generate_series(1, 5) AS n,
       vigo_cal.add_business_days(current_date, n, 'backward') AS d;
SQL
