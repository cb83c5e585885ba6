-- Cross-check vigo_cal's calendar functions against an independent oracle
-- (numpy busday_*, dateutil Easter, Python isocalendar) generated at test
-- time.  Needs schema "oracle" loaded first:
--
--   /usr/bin/python3 test/oracle/gen_oracle.py OUTDIR [--seed N]
--   psql -v ON_ERROR_STOP=1 -v dir=OUTDIR -f test/oracle/load.sql
--   pg_prove test/pgtap/oracle.sql
--
-- Every "mismatches" assertion counts rows where the extension disagrees
-- with the oracle; when it fails it prints up to 5 of those rows, and if
-- the query itself errors it fails with the error instead of aborting.
-- The random cases depend on the seed printed first; regenerate with the
-- same --seed to reproduce a failure.

BEGIN;
SET LOCAL client_min_messages = warning;
SELECT plan(41);

SELECT diag('oracle: seed ' || coalesce((SELECT value FROM oracle.meta WHERE key = 'seed'), '?')
            || ', numpy ' || coalesce((SELECT value FROM oracle.meta WHERE key = 'numpy'), '?')
            || ' (reproduce: gen_oracle.py OUTDIR --seed N)');

-- Helper: q is a query returning the mismatching rows.
CREATE FUNCTION pg_temp.no_mismatches(q text, descr text)
RETURNS text LANGUAGE plpgsql AS $fn$
DECLARE
  n   bigint;
  ex  text;
BEGIN
  EXECUTE format(
    $$SELECT count(*), string_agg(j, E'\n') FILTER (WHERE rn <= 5)
        FROM (SELECT row_to_json(s)::text AS j, row_number() OVER () AS rn
                FROM (%s) s) t$$, q)
    INTO n, ex;
  IF n = 0 THEN
    RETURN is(n::int, 0, descr);
  END IF;
  RETURN is(n::int, 0, descr) || E'\n'
      || diag(format('%s mismatching rows; first ones:', n) || E'\n' || ex);
EXCEPTION WHEN others THEN
  RETURN fail(descr) || E'\n'
      || diag(format('query failed: %s (SQLSTATE %s)', SQLERRM, SQLSTATE));
END
$fn$;

-- Helper: add_business_days for one roll mode, cases where numpy does not raise.
CREATE FUNCTION pg_temp.check_roll(r text)
RETURNS text LANGUAGE sql AS $fn$
  SELECT pg_temp.no_mismatches(format($$
    SELECT id, d, n, roll, expected, got
      FROM (SELECT o.*,
                   CASE WHEN NOT o.raises
                        THEN vigo_cal.add_business_days(o.d, o.n, o.roll) END AS got
              FROM oracle.busday_offset o
             WHERE o.roll = %L) x
     WHERE NOT raises AND got IS DISTINCT FROM expected
     ORDER BY id$$, r),
    format('add_business_days(d, n, %L) = numpy.busday_offset(roll=%L)', r, r));
$fn$;

-- Helper: every case where numpy raises must raise in SQL too -- with a
-- real data error: "function does not exist" (class 42) or an internal
-- error (XX, 58) does not count as raising.
CREATE FUNCTION pg_temp.check_raises()
RETURNS text LANGUAGE plpgsql AS $fn$
DECLARE
  rec       record;
  got       date;
  not_rais  int := 0;
  total     int := 0;
  ex        text := '';
  states    text[] := '{}';
BEGIN
  FOR rec IN SELECT * FROM oracle.busday_offset WHERE raises ORDER BY id LOOP
    total := total + 1;
    BEGIN
      got := vigo_cal.add_business_days(rec.d, rec.n, rec.roll);
      not_rais := not_rais + 1;
      IF not_rais <= 5 THEN
        ex := ex || format(E'\n{"id":%s,"d":"%s","n":%s,"roll":"%s","expected":"error","got":%s}',
                           rec.id, rec.d, rec.n, rec.roll,
                           coalesce('"' || got::text || '"', 'null'));
      END IF;
    EXCEPTION WHEN others THEN
      IF NOT SQLSTATE = ANY (states) THEN
        states := states || SQLSTATE;
      END IF;
      IF left(SQLSTATE, 2) IN ('42', 'XX', '58') THEN
        not_rais := not_rais + 1;
        IF not_rais <= 5 THEN
          ex := ex || format(E'\n{"id":%s,"d":"%s","n":%s,"roll":"%s","expected":"error","got":"wrong error %s: %s"}',
                             rec.id, rec.d, rec.n, rec.roll, SQLSTATE, SQLERRM);
        END IF;
      END IF;
    END;
  END LOOP;
  RETURN is(not_rais, 0,
            format('add_business_days(d, n, ''raise'') errors on all %s non-business start days',
                   total))
      || CASE WHEN not_rais > 0
              THEN E'\n' || diag(format('%s calls did not raise a data error; first ones:', not_rais) || ex)
              ELSE '' END
      || E'\n' || diag('SQLSTATEs raised in roll=raise cases: '
                       || coalesce(array_to_string(states, ', '), ''));
END
$fn$;

-------------------------------------------------------------------------------
-- The oracle is really there (an empty or partial load must fail).
-------------------------------------------------------------------------------
SELECT is((SELECT count(*)::int FROM oracle.easter WHERE year BETWEEN 1583 AND 2500),
          918, 'oracle.easter has every year 1583..2500');
SELECT cmp_ok((SELECT count(*)::int FROM oracle.holidays), '>=', 2600,
              'oracle.holidays has >= 2600 days');
SELECT is((SELECT count(DISTINCT extract(year FROM day))::int FROM oracle.holidays),
          221, 'oracle.holidays covers 1940..2160');
SELECT cmp_ok((SELECT count(*)::int FROM oracle.busday), '>=', 73000,
              'oracle.busday has >= 73000 days');
SELECT cmp_ok((SELECT count(*)::int FROM oracle.busday_offset), '>=', 6000,
              'oracle.busday_offset has >= 6000 cases');
SELECT is((SELECT count(*)::int FROM (SELECT roll FROM oracle.busday_offset
                                       GROUP BY roll HAVING count(*) >= 500) r),
          8, 'oracle.busday_offset has >= 500 cases for each of the 8 roll modes');
SELECT cmp_ok((SELECT count(*)::int FROM oracle.busday_offset WHERE raises), '>=', 100,
              'oracle.busday_offset has >= 100 raising cases');
SELECT cmp_ok((SELECT count(*)::int FROM oracle.busday_count), '>=', 3000,
              'oracle.busday_count has >= 3000 cases');
SELECT cmp_ok((SELECT count(*)::int FROM oracle.isoweek), '>=', 3000,
              'oracle.isoweek has >= 3000 dates');
SELECT cmp_ok((SELECT count(*)::int FROM oracle.schoolyear), '>=', 500,
              'oracle.schoolyear has >= 500 dates');

-------------------------------------------------------------------------------
-- Easter and public holidays
-------------------------------------------------------------------------------
SELECT pg_temp.no_mismatches($$
  SELECT year, easter AS expected, vigo_cal.easter_sunday(year) AS got
    FROM oracle.easter
   WHERE vigo_cal.easter_sunday(year) IS DISTINCT FROM easter
   ORDER BY year$$,
  'easter_sunday(y) = dateutil easter for 1583..2500');

SELECT pg_temp.no_mismatches($$
  SELECT day AS missing_from_public_holidays
    FROM oracle.holidays
  EXCEPT
  SELECT h.day
    FROM generate_series(1940, 2160) y, vigo_cal.public_holidays(y) h
  ORDER BY 1$$,
  'every oracle holiday 1940..2160 is in public_holidays(year)');

SELECT pg_temp.no_mismatches($$
  SELECT h.day AS not_a_holiday, h.name, y AS year
    FROM generate_series(1940, 2160) y, vigo_cal.public_holidays(y) h
   WHERE NOT EXISTS (SELECT 1 FROM oracle.holidays o WHERE o.day = h.day)
      OR h.day IS NULL OR extract(year FROM h.day) <> y
   ORDER BY 1$$,
  'public_holidays(year) 1940..2160 returns only oracle holidays of that year');

SELECT pg_temp.no_mismatches($$
  SELECT y AS year, h.day, count(*) AS times
    FROM generate_series(1940, 2160) y, vigo_cal.public_holidays(y) h
   GROUP BY y, h.day HAVING count(*) > 1
   ORDER BY 1, 2$$,
  'public_holidays(year) returns each day once (e.g. 17 May = Whit Monday 2027)');

SELECT pg_temp.no_mismatches($$
  SELECT y AS year, h.day, h.name
    FROM generate_series(1940, 2160) y, vigo_cal.public_holidays(y) h
   WHERE h.name IS NULL OR btrim(h.name) = ''
   ORDER BY 1, 2$$,
  'public_holidays(year) gives every day a name');

SELECT pg_temp.no_mismatches($$
  SELECT d::date, (o.day IS NOT NULL) AS expected, vigo_cal.is_public_holiday(d::date) AS got
    FROM generate_series(date '1940-01-01', date '2160-12-31', interval '1 day') d
    LEFT JOIN oracle.holidays o ON o.day = d::date
   WHERE vigo_cal.is_public_holiday(d::date) IS DISTINCT FROM (o.day IS NOT NULL)
   ORDER BY 1$$,
  'is_public_holiday(d) matches the oracle for every day 1940..2160');

-------------------------------------------------------------------------------
-- Business days, every day 1950..2150
-------------------------------------------------------------------------------
SELECT pg_temp.no_mismatches($$
  SELECT d, is_busday AS expected, vigo_cal.is_business_day(d) AS got
    FROM oracle.busday
   WHERE vigo_cal.is_business_day(d) IS DISTINCT FROM is_busday
   ORDER BY d$$,
  'is_business_day(d) = numpy.is_busday for every day 1950..2150');

SELECT pg_temp.no_mismatches($$
  SELECT d, next_busday AS expected, vigo_cal.next_business_day(d) AS got
    FROM oracle.busday
   WHERE vigo_cal.next_business_day(d) IS DISTINCT FROM next_busday
   ORDER BY d$$,
  'next_business_day(d) = busday_offset(d, 0, roll=forward) for every day 1950..2150');

SELECT pg_temp.no_mismatches($$
  SELECT d, prev_busday AS expected, vigo_cal.previous_business_day(d) AS got
    FROM oracle.busday
   WHERE vigo_cal.previous_business_day(d) IS DISTINCT FROM prev_busday
   ORDER BY d$$,
  'previous_business_day(d) = busday_offset(d, 0, roll=backward) for every day 1950..2150');

-------------------------------------------------------------------------------
-- add_business_days = numpy.busday_offset, one assertion per roll mode
-------------------------------------------------------------------------------
SELECT pg_temp.check_roll('raise');
SELECT pg_temp.check_roll('nat');
SELECT pg_temp.check_roll('forward');
SELECT pg_temp.check_roll('following');
SELECT pg_temp.check_roll('backward');
SELECT pg_temp.check_roll('preceding');
SELECT pg_temp.check_roll('modifiedfollowing');
SELECT pg_temp.check_roll('modifiedpreceding');

SELECT pg_temp.check_raises();

SELECT pg_temp.no_mismatches($$
  SELECT id, d, n, expected, vigo_cal.add_business_days(d, n) AS got
    FROM oracle.busday_offset
   WHERE roll = 'forward'
     AND vigo_cal.add_business_days(d, n) IS DISTINCT FROM expected
   ORDER BY id$$,
  'add_business_days(d, n) defaults to roll=forward');

SELECT pg_temp.no_mismatches($$
  SELECT id, d, expected, vigo_cal.next_business_day(d) AS got
    FROM oracle.busday_offset
   WHERE roll = 'forward' AND n = 0
     AND vigo_cal.next_business_day(d) IS DISTINCT FROM expected
   ORDER BY id$$,
  'next_business_day(d) = busday_offset(d, 0, forward) on the random cases');

SELECT throws_ok($$SELECT vigo_cal.add_business_days(date '2023-10-02', 1, 'sideways')$$,
                 '22023', NULL,
                 'add_business_days rejects an unknown roll mode (SQLSTATE 22023)');

-------------------------------------------------------------------------------
-- business_days_between = numpy.busday_count
-------------------------------------------------------------------------------
SELECT pg_temp.no_mismatches($$
  SELECT id, a, b, expected, vigo_cal.business_days_between(a, b) AS got
    FROM oracle.busday_count
   WHERE vigo_cal.business_days_between(a, b) IS DISTINCT FROM expected
   ORDER BY id$$,
  'business_days_between(a, b) = numpy.busday_count(a, b)');

SELECT ok((SELECT count(*) FILTER (WHERE b < a) >= 100
              AND count(*) FILTER (WHERE b = a) >= 50
              AND count(*) FILTER (WHERE abs(b - a) > 40 * 365) >= 50
             FROM oracle.busday_count),
          'busday_count cases include b < a, a = b and spans over 40 years');

-------------------------------------------------------------------------------
-- ISO weeks and school years
-------------------------------------------------------------------------------
SELECT pg_temp.no_mismatches($$
  SELECT d, iso_year AS expected, vigo_cal.isoweek_year(vigo_cal.isoweek(d)) AS got
    FROM oracle.isoweek
   WHERE vigo_cal.isoweek_year(vigo_cal.isoweek(d)) IS DISTINCT FROM iso_year
   ORDER BY d$$,
  'isoweek_year(isoweek(d)) = date.isocalendar().year');

SELECT pg_temp.no_mismatches($$
  SELECT d, iso_week AS expected, vigo_cal.isoweek_week(vigo_cal.isoweek(d)) AS got
    FROM oracle.isoweek
   WHERE vigo_cal.isoweek_week(vigo_cal.isoweek(d)) IS DISTINCT FROM iso_week
   ORDER BY d$$,
  'isoweek_week(isoweek(d)) = date.isocalendar().week');

SELECT pg_temp.no_mismatches($$
  SELECT d, monday AS expected, vigo_cal.monday(vigo_cal.isoweek(d)) AS got
    FROM oracle.isoweek
   WHERE vigo_cal.monday(vigo_cal.isoweek(d)) IS DISTINCT FROM monday
   ORDER BY d$$,
  'monday(isoweek(d)) = the Monday of the ISO week');

SELECT pg_temp.no_mismatches($$
  SELECT d, format('%s-W%s', iso_year, lpad(iso_week::text, 2, '0')) AS expected,
         vigo_cal.isoweek(d)::text AS got
    FROM oracle.isoweek
   WHERE vigo_cal.isoweek(d)::text
         IS DISTINCT FROM format('%s-W%s', iso_year, lpad(iso_week::text, 2, '0'))
   ORDER BY d$$,
  'isoweek(d)::text is YYYY-Www');

SELECT pg_temp.no_mismatches($$
  SELECT DISTINCT t AS input, t::vigo_cal.isoweek::text AS got
    FROM (SELECT format('%s-W%s', iso_year, lpad(iso_week::text, 2, '0')) AS t
            FROM oracle.isoweek) s
   WHERE t::vigo_cal.isoweek::text IS DISTINCT FROM t
   ORDER BY 1$$,
  'isoweek text YYYY-Www reads back unchanged');

SELECT is((SELECT count(*)::int FROM oracle.isoweek
            WHERE extract(month FROM d) = 12 AND extract(day FROM d) = 28
              AND d BETWEEN '1950-01-01' AND '2150-12-31'),
          201, 'oracle.isoweek has every 28 December 1950..2150');

SELECT pg_temp.no_mismatches($$
  SELECT d, schoolyear AS expected, vigo_cal.schoolyear(d)::text AS got
    FROM oracle.schoolyear
   WHERE vigo_cal.schoolyear(d)::text IS DISTINCT FROM schoolyear
   ORDER BY d$$,
  'schoolyear(d)::text = Y-(Y+1), starting 1 August');

SELECT pg_temp.no_mismatches($$
  SELECT DISTINCT schoolyear AS input, schoolyear::vigo_cal.schoolyear::text AS got
    FROM oracle.schoolyear
   WHERE schoolyear::vigo_cal.schoolyear::text IS DISTINCT FROM schoolyear
   ORDER BY 1$$,
  'schoolyear text Y-(Y+1) reads back unchanged');

SELECT * FROM finish();
ROLLBACK;
