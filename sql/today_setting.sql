-- The setting vigo_cal.today: a date as YYYY-MM-DD or an error at SET
-- time, whatever DateStyle is; SET LOCAL for a day that ends with the
-- transaction (doc/schoolyear.md).
--
-- This file's session has not loaded vigo_cal's module yet: the first SET
-- is kept by the server as a placeholder, checked when the module loads,
-- and a wrong one is then an error of today(), never the real day.
SET vigo_cal.today = 'not a date';
SELECT vigo_cal.today();
SELECT vigo_cal.current_schoolyear();
SELECT count(*) FROM vigo_cal_bi.school_years WHERE is_current;
SHOW vigo_cal.today;
RESET vigo_cal.today;
SELECT vigo_cal.today() = (now() AT TIME ZONE 'Europe/Oslo')::date AS real_day;

-- Now the module is loaded: a wrong value is refused at SET, with the
-- text, and the setting keeps its value.
SET vigo_cal.today = '2026-11-25';
SET vigo_cal.today = 'not a date';
SHOW vigo_cal.today;
-- the form is YYYY-MM-DD, whatever DateStyle reads
SET DateStyle = 'SQL, DMY';
SET vigo_cal.today = '01/02/2024';
SET DateStyle = 'SQL, MDY';
SET vigo_cal.today = '01/02/2024';
SET vigo_cal.today = '1 February 2024';
SET vigo_cal.today = '2024-2-1';
SET vigo_cal.today = ' 2024-02-01';
SET vigo_cal.today = '2024-02-01 12:00';
SET vigo_cal.today = 'today';
SET vigo_cal.today = 'epoch';
-- a day that does not exist, or outside the dates vigo_cal knows
SET vigo_cal.today = '2023-02-29';
SET vigo_cal.today = '2024-13-01';
SET vigo_cal.today = '1582-12-31';
SHOW vigo_cal.today;
-- and a date is the same date under every DateStyle
SET vigo_cal.today = '2024-02-01';
SET DateStyle = 'ISO, DMY';
SELECT vigo_cal.today(), vigo_cal.current_schoolyear();
SET DateStyle = 'German';
SELECT vigo_cal.today()::text COLLATE "C" = '01.02.2024' AS german;
SET DateStyle = 'ISO';
-- empty is the real day, as RESET
SET vigo_cal.today = '';
SELECT vigo_cal.today() = (now() AT TIME ZONE 'Europe/Oslo')::date AS real_day;

-- SET LOCAL: the day ends with the transaction, so that a pooled
-- connection's next transaction has the real day again.
BEGIN;
SET LOCAL vigo_cal.today = '2026-11-25';
SELECT vigo_cal.today(), vigo_cal.current_schoolyear();
COMMIT;
SELECT vigo_cal.today() = (now() AT TIME ZONE 'Europe/Oslo')::date AS real_day_after_commit;
-- a wrong SET LOCAL fails its transaction
BEGIN;
SET LOCAL vigo_cal.today = '25.11.2026';
ROLLBACK;
-- with an error code a client can read
SELECT regress.try_sql($$SELECT set_config('vigo_cal.today', 'not a date', true)$$);
