-- Days are Norwegian days: today, the day a delivery counts for, and
-- lateness are Europe/Oslo dates whatever the session's TimeZone; the
-- last working day on or before a deadline; how late a delivery is when
-- the deadline falls on a day off (doc/delivery.md).
SET search_path = vigo_cal, public;
SET datestyle = ISO;

-- ---------------------------------------------------------------------
-- oslo_date(timestamptz): the Oslo day of an instant
-- ---------------------------------------------------------------------
-- Labelled by the time in Oslo: winter time (UTC+1), summer time (UTC+2),
-- the days the clocks change (29 March and 25 October 2026, at 01:00
-- UTC); the same answers in three session time zones, where the session's
-- own day (the old ::date) is often another.
CREATE TEMP TABLE instants (label text, instant timestamptz);
INSERT INTO instants VALUES
  ('28.03 23:59 CET', '2026-03-28 22:59+00'),
  ('29.03 00:00 CET, clocks go forward at 02:00', '2026-03-28 23:00+00'),
  ('29.03 23:59 CEST', '2026-03-29 21:59+00'),
  ('30.03 00:00 CEST', '2026-03-29 22:00+00'),
  ('24.09 23:59 CEST', '2026-09-24 21:59+00'),
  ('25.09 00:30 CEST', '2026-09-24 22:30+00'),
  ('25.09 02:30 CEST, 20:30 in New York', '2026-09-24 20:30-04'),
  ('25.10 00:00 CEST, clocks go back at 03:00', '2026-10-24 22:00+00'),
  ('25.10 23:59 CET', '2026-10-25 22:59+00'),
  ('26.10 00:00 CET', '2026-10-25 23:00+00'),
  ('31.12 23:59 CET', '2026-12-31 22:59+00'),
  ('01.01 00:00 CET', '2026-12-31 23:00+00');
SET TimeZone = 'UTC';
CREATE TEMP TABLE days_utc AS
  SELECT label, instant, oslo_date(instant) AS oslo_day, instant::date AS session_day FROM instants;
SET TimeZone = 'Europe/Oslo';
CREATE TEMP TABLE days_oslo AS
  SELECT label, instant, oslo_date(instant) AS oslo_day, instant::date AS session_day FROM instants;
SET TimeZone = 'America/New_York';
CREATE TEMP TABLE days_ny AS
  SELECT label, instant, oslo_date(instant) AS oslo_day, instant::date AS session_day FROM instants;
SELECT u.label, u.instant AT TIME ZONE 'UTC' AS utc, u.oslo_day,
       o.oslo_day = u.oslo_day AND n.oslo_day = u.oslo_day AS same_in_3_zones,
       u.session_day AS utc_session_day, n.session_day AS new_york_session_day
  FROM days_utc u JOIN days_oslo o USING (label) JOIN days_ny n USING (label)
 ORDER BY u.instant, u.label;
SELECT oslo_date(NULL) IS NULL AS strict, oslo_date('infinity') AS infinity;

-- ---------------------------------------------------------------------
-- today() and current_schoolyear(): the same in every session time zone
-- ---------------------------------------------------------------------
-- now() is fixed for a transaction, so within one the three zones must
-- agree, and agree with the Oslo date of now().
BEGIN;
SET LOCAL TimeZone = 'UTC';
CREATE TEMP TABLE today_utc AS SELECT today() AS today, current_schoolyear() AS sy;
SET LOCAL TimeZone = 'America/New_York';
CREATE TEMP TABLE today_ny AS SELECT today() AS today, current_schoolyear() AS sy;
SET LOCAL TimeZone = 'Pacific/Kiritimati';
CREATE TEMP TABLE today_kiritimati AS SELECT today() AS today, current_schoolyear() AS sy;
SELECT u.today = n.today AND u.today = k.today AS today_same,
       u.sy = n.sy AND u.sy = k.sy AS schoolyear_same,
       u.today = (now() AT TIME ZONE 'Europe/Oslo')::date AS today_is_oslo_date_of_now,
       u.sy = schoolyear(u.today) AS schoolyear_of_today
  FROM today_utc u, today_ny n, today_kiritimati k;
COMMIT;

-- ---------------------------------------------------------------------
-- last_working_day: on or before the deadline (the county deadline if
-- there is one, else the last day)
-- ---------------------------------------------------------------------
-- 2023-2024: the county deadline of ssb_resultat_vgs_2 is Sunday 24.09.2023,
-- its last working day Friday 22.09.
SELECT event_key, due_date, county_deadline, last_working_day, to_char(last_working_day, 'Dy') AS dow
  FROM calendar_between('2023-09-20', '2023-09-30') ORDER BY due_date, event_key;
-- Every occurrence of 2023-2024 whose deadline is not a working day.
SELECT event_key, occurrence, due_date, due_end, county_deadline,
       weekday_name(coalesce(county_deadline, due_end)) AS deadline_day, last_working_day,
       weekday_name(last_working_day) AS working_day
  FROM calendar_between('2023-08-01', '2024-07-31')
 WHERE school_year = '2023-2024' AND last_working_day <> coalesce(county_deadline, due_end)
 ORDER BY last_working_day, event_key, occurrence;
-- In every year from 2015-2016 to 2034-2035: the last working day is a
-- working day, on or before the deadline, with no working day between;
-- equal to the deadline exactly when that is a working day.
SELECT count(*) AS occurrences,
       count(*) FILTER (WHERE is_business_day(last_working_day)
                          AND last_working_day <= dl
                          AND business_days_between(last_working_day + 1, dl + 1) = 0) AS correct,
       count(*) FILTER (WHERE (last_working_day = dl) = is_business_day(dl)) AS equal_iff_working_day,
       count(*) FILTER (WHERE last_working_day < dl) AS on_a_day_off,
       max(dl - last_working_day) AS most_days_before
  FROM (SELECT c.*, coalesce(c.county_deadline, c.due_end) AS dl
          FROM calendar_between('2015-08-01', '2035-07-31') AS c) AS c;
-- Easter 2024: a deadline on Skjærtorsdag goes back to Wednesday, one on
-- Easter Monday to the Wednesday before Easter.
BEGIN;
INSERT INTO event (event_key, title, category, from_party, rule) VALUES
  ('lokal_skjaertorsdag', 'Lokal frist', 'vigo_internal', 'fylkene', '28.03'),
  ('lokal_andre_paaskedag', 'Lokal frist', 'vigo_internal', 'fylkene', '01.04');
SELECT event_key, due_date, weekday, last_working_day, weekday_name(last_working_day) AS working_day
  FROM calendar_between('2024-03-28', '2024-04-01') WHERE event_key LIKE 'lokal%' ORDER BY due_date;
ROLLBACK;

-- The new columns come last in calendar, calendar_between, arshjul,
-- upcoming and delivery_status (delivered_on after last_working_day in
-- delivery_status, and after it recorded_at and recorded_after_deadline of
-- 0.4.0; fixed_date after it in calendar, calendar_between and arshjul),
-- and agree with calendar_between.
SELECT c.relname AS view, a.attname, format_type(a.atttypid, a.atttypmod) AS type,
       a.attnum = (SELECT max(attnum) FROM pg_attribute WHERE attrelid = c.oid AND attnum > 0) AS last
  FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
 WHERE c.relnamespace = 'vigo_cal'::regnamespace AND c.relname IN ('calendar', 'delivery_status')
   AND a.attname IN ('last_working_day', 'delivered_on', 'fixed_date', 'recorded_after_deadline')
 ORDER BY 1, a.attnum;
SELECT p.proname, right(pg_get_function_result(p.oid), 60) AS result_ends
  FROM pg_proc p
 WHERE p.pronamespace = 'vigo_cal'::regnamespace
   AND p.proname IN ('calendar_between', 'arshjul', 'upcoming', 'delivery_status_as_of')
 ORDER BY 1;
SELECT (SELECT count(*) FROM arshjul('2023-2024') a
          JOIN calendar_between('2023-07-01', '2024-08-31') c
            ON c.event_key = a.event_key AND c.due_date = a.due_date
         WHERE a.last_working_day IS DISTINCT FROM c.last_working_day) AS arshjul_differs,
       (SELECT count(*) FROM upcoming(400) u
          JOIN calendar_between(today(), today() + 400) c
            ON c.event_key = u.event_key AND c.due_date = u.due_date
         WHERE u.last_working_day IS DISTINCT FROM c.last_working_day) AS upcoming_differs,
       (SELECT count(*) FROM upcoming(400)) = (SELECT count(*) FROM calendar_between(today(), today() + 400))
         AS upcoming_from_today,
       (SELECT count(*) FROM calendar c
          JOIN calendar_between(first_day(current_schoolyear() - 1), last_day(current_schoolyear() + 1)) b
            USING (school_year, event_key, occurrence)
         WHERE c.last_working_day IS DISTINCT FROM b.last_working_day) AS calendar_differs;

-- ---------------------------------------------------------------------
-- Lateness around a day off
-- ---------------------------------------------------------------------
-- A Sunday deadline from the edition (ssb_resultat_vgs_2, 24.09.2023, last
-- working day Friday 22.09), each county delivering at another time; and
-- a county's own Saturday deadline (14.10.2023, last working day Friday
-- 13.10) and one on Kristi himmelfartsdag (Thursday 09.05.2024, last
-- working day Wednesday 08.05).
BEGIN;
INSERT INTO event (event_key, title, category, from_party, rule) VALUES
  ('lokal_lordag', 'Lokal rapport (lørdag)', 'vigo_internal', 'fylkene', '14.10'),
  ('lokal_himmelfart', 'Lokal rapport (Kristi himmelfartsdag)', 'vigo_internal', 'fylkene', '09.05');
INSERT INTO delivery_log (county, event_key, school_year, delivered_at) VALUES
  ('03', 'ssb_resultat_vgs_2', '2023-2024', '2023-09-22 15:00+02'),  -- Friday
  ('11', 'ssb_resultat_vgs_2', '2023-2024', '2023-09-23 12:00+02'),  -- Saturday
  ('15', 'ssb_resultat_vgs_2', '2023-2024', '2023-09-24 23:59+02'),  -- Sunday, last minute
  ('18', 'ssb_resultat_vgs_2', '2023-2024', '2023-09-25 00:30+02'),  -- Monday, just after midnight
  ('34', 'ssb_resultat_vgs_2', '2023-2024', '2023-09-25 14:00+02'),  -- Monday
  ('46', 'ssb_resultat_vgs_2', '2023-2024', '2023-09-26 09:00+02'),  -- Tuesday
  ('03', 'lokal_lordag', '2023-2024', '2023-10-13 16:00+02'),        -- Friday
  ('11', 'lokal_lordag', '2023-2024', '2023-10-14 10:00+02'),        -- Saturday
  ('15', 'lokal_lordag', '2023-2024', '2023-10-15 10:00+02'),        -- Sunday
  ('18', 'lokal_lordag', '2023-2024', '2023-10-16 10:00+02'),        -- Monday
  ('34', 'lokal_lordag', '2023-2024', '2023-10-17 10:00+02'),        -- Tuesday
  ('03', 'lokal_himmelfart', '2023-2024', '2024-05-09 12:00+02'),    -- Thursday (the holiday)
  ('11', 'lokal_himmelfart', '2023-2024', '2024-05-10 12:00+02'),    -- Friday
  ('15', 'lokal_himmelfart', '2023-2024', '2024-05-13 12:00+02'),    -- Monday
  ('18', 'lokal_himmelfart', '2023-2024', '2024-05-17 12:00+02');    -- Friday, 17 May
-- As of 30 June 2024, in three session time zones: the same answers.
SET LOCAL TimeZone = 'UTC';
CREATE TEMP TABLE status_utc AS
  SELECT * FROM delivery_status_as_of('2024-06-30')
   WHERE event_key IN ('ssb_resultat_vgs_2', 'lokal_lordag', 'lokal_himmelfart') AND school_year = '2023-2024';
SET LOCAL TimeZone = 'Europe/Oslo';
CREATE TEMP TABLE status_oslo AS
  SELECT * FROM delivery_status_as_of('2024-06-30')
   WHERE event_key IN ('ssb_resultat_vgs_2', 'lokal_lordag', 'lokal_himmelfart') AND school_year = '2023-2024';
SET LOCAL TimeZone = 'America/New_York';
CREATE TEMP TABLE status_ny AS
  SELECT * FROM delivery_status_as_of('2024-06-30')
   WHERE event_key IN ('ssb_resultat_vgs_2', 'lokal_lordag', 'lokal_himmelfart') AND school_year = '2023-2024';
SELECT (SELECT count(*) FROM status_utc) AS rows,
       (SELECT count(*) FROM ((TABLE status_utc EXCEPT TABLE status_oslo)
                              UNION ALL (TABLE status_oslo EXCEPT TABLE status_utc)) d) AS utc_vs_oslo,
       (SELECT count(*) FROM ((TABLE status_utc EXCEPT TABLE status_ny)
                              UNION ALL (TABLE status_ny EXCEPT TABLE status_utc)) d) AS utc_vs_new_york;
SET LOCAL TimeZone = 'UTC';
SELECT event_key, county, county_deadline, last_working_day,
       to_char(delivered_at AT TIME ZONE 'Europe/Oslo', 'Dy DD.MM HH24:MI') AS delivered_oslo,
       delivered_on, status, business_days_late
  FROM status_utc
 WHERE delivered_at IS NOT NULL
 ORDER BY county_deadline, delivered_at;
-- Missing, as of each day around the Saturday deadline: the same count a
-- delivery made that day would get; due_soon while the last working day
-- is one of the next five working days.
SELECT as_of, to_char(as_of, 'Dy') AS dow, s.status, s.business_days_late
  FROM generate_series(date '2023-10-05', '2023-10-18', '1 day') AS d,
       LATERAL (SELECT d::date AS as_of) a,
       LATERAL delivery_status_as_of(a.as_of) s
 WHERE s.county = '46' AND s.event_key = 'lokal_lordag' AND s.school_year = '2023-2024'
 ORDER BY as_of;
ROLLBACK;

-- A delivery at 00:30 Oslo time counts for that day, whatever the
-- session's TimeZone: ssb_resultat_vgs_2 of 2026-2027 has the county
-- deadline Thursday 24.09.2026; 2026-09-24 22:30 UTC is Friday 00:30 in
-- Oslo, one working day late, and 21:30 UTC is 23:30 on the Thursday.
BEGIN;
INSERT INTO delivery_log (county, event_key, school_year, delivered_at) VALUES
  ('03', 'ssb_resultat_vgs_2', '2026-2027', '2026-09-24 22:30+00'),
  ('11', 'ssb_resultat_vgs_2', '2026-2027', '2026-09-24 21:30+00');
SET LOCAL TimeZone = 'UTC';
SELECT current_setting('TimeZone') AS session_time_zone, county, county_deadline, delivered_on, status, business_days_late
  FROM delivery_status_as_of('2026-10-01')
 WHERE county IN ('03', '11') AND event_key = 'ssb_resultat_vgs_2' AND school_year = '2026-2027'
 ORDER BY county;
SET LOCAL TimeZone = 'Europe/Oslo';
SELECT current_setting('TimeZone') AS session_time_zone, county, county_deadline, delivered_on, status, business_days_late
  FROM delivery_status_as_of('2026-10-01')
 WHERE county IN ('03', '11') AND event_key = 'ssb_resultat_vgs_2' AND school_year = '2026-2027'
 ORDER BY county;
SET LOCAL TimeZone = 'America/New_York';
SELECT current_setting('TimeZone') AS session_time_zone, county, county_deadline, delivered_on, status, business_days_late
  FROM delivery_status_as_of('2026-10-01')
 WHERE county IN ('03', '11') AND event_key = 'ssb_resultat_vgs_2' AND school_year = '2026-2027'
 ORDER BY county;
ROLLBACK;
RESET TimeZone;
