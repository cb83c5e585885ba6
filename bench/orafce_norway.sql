-- bench/orafce_norway.sql
--
-- Configure orafce's plvdate with the Norwegian public holidays, so that
-- plvdate.add_bizdays(date, int) skips the same days as
-- vigo_cal.add_business_days.  Needs :orafce_first_year and
-- :orafce_last_year (psql variables, at most 10 years apart) and
-- bench.easter() from baseline_plpgsql.sql.
--
-- How plvdate works (orafce 4.1):
--   * its calendar lives in static memory of the backend: every session
--     starts from the defaults (Sat+Sun non-business, use_easter = true,
--     use_great_friday = true, no holidays), so this file must run in the
--     session that measures plvdate;
--   * set_nonbizday(day, true) registers a day/month repeated every year
--     (at most 30); set_nonbizday(day, false) one single date (at most 50);
--   * use_easter(true) adds Easter Sunday and Easter Monday,
--     use_great_friday(true) Good Friday; nothing else Easter-based
--     (no Maundy Thursday, Ascension Day or Whit Monday);
--   * add_bizdays walks one calendar day at a time, |n| business days.
--
-- use_easter/use_great_friday are NOT used: plvdate's Easter is a week early
-- in 9 of the years 1900-2099 (1906, 1930, 1957, 2001, 2025, 2052, 2055,
-- 2079, 2096 -- e.g. 13 April 2025 instead of 20 April), which would move
-- Good Friday and Easter Monday in 2025, inside the benchmark's years.  So:
--
--   repeating:     1 Jan, 1 May, 17 May, 25 Dec, 26 Dec          (5 of 30)
--   single dates:  Maundy Thursday, Good Friday, Easter Monday, Ascension
--                  Day, Whit Monday (Easter -3, -2, +1, +39, +50) for each
--                  year :orafce_first_year .. :orafce_last_year, from the
--                  correct Easter: 5 a year, 50 slots, so at most 10 years
--   not needed:    Easter Sunday, Whit Sunday (always Sundays)
--
-- Outside those years plvdate lacks the movable feasts, so the benchmark
-- only uses starts and results inside them.
--
-- One difference is not a matter of configuration: for n > 0 plvdate counts
-- the n-th business day after the start even when the start itself is not a
-- business day, while vigo_cal (numpy.busday_offset, roll='forward') first
-- rolls such a start forward to a business day and then counts n from it;
-- so from a weekend or holiday vigo_cal's answer is one business day later,
-- and for n = 0 plvdate returns the start unchanged.  From business days,
-- and for n < 0 from any day, the two agree.  The work per call is the same
-- either way, so the timings are comparable; agreement.sql checks the dates.

SELECT plvdate.use_easter(false);
SELECT plvdate.use_great_friday(false);

SELECT count(plvdate.set_nonbizday(make_date(2000, m, d), true)) AS repeating_days
FROM (VALUES (1, 1), (5, 1), (5, 17), (12, 25), (12, 26)) AS f(m, d) \gset

SELECT count(plvdate.set_nonbizday(bench.easter(y) + o, false)) AS single_dates
FROM generate_series(:orafce_first_year, :orafce_last_year) AS y,
	 (VALUES (-3), (-2), (1), (39), (50)) AS e(o) \gset

\echo 'plvdate configured: ':repeating_days' repeating days, ':single_dates' Easter-based single dates for ':orafce_first_year'-':orafce_last_year
