-- bench/agreement.sql
--
-- Not timing: checks that the things the benchmark compares compute the
-- same dates, so the timings compare like with like.  Prints one line per
-- check with the number of disagreements and, below, a few examples of any.
--
--   vigo_cal vs the PL/pgSQL reference of baseline_plpgsql.sql (expected: 0)
--   vigo_cal vs orafce plvdate configured by orafce_norway.sql, raw and
--   after allowing for plvdate's different start convention (see there)
--   resolve(r, sy) vs the make_date() baseline of bench.sql's case 5 on
--   every row of bench.rules (expected: 0; month and day were taken from
--   resolve, so this checks that the baseline computes the same dates)
--
-- Uses psql variables :check_rows, :check_rows_oracle, :have_orafce,
-- :orafce_first_year, :orafce_last_year.

CREATE TEMP TABLE agreement (
	seq			serial,
	check_name	text,
	compared	bigint,
	disagree	bigint,
	expected	text,
	examples	text
);

-- Easter Sunday, 1583..9999
INSERT INTO agreement (check_name, compared, disagree, expected, examples)
SELECT 'easter_sunday(y) vs reference, 1583-9999', count(*),
	   count(*) FILTER (WHERE v IS DISTINCT FROM r), '0',
	   (array_agg(format('%s: %s vs %s', y, v, r) ORDER BY y)
		   FILTER (WHERE v IS DISTINCT FROM r))[1:5]::text
FROM (SELECT y, vigo_cal.easter_sunday(y) AS v, bench.easter(y) AS r
	  FROM generate_series(1583, 9999) AS y) s;

-- public holiday dates, 1583..9999 (dates only; names are not compared)
INSERT INTO agreement (check_name, compared, disagree, expected, examples)
SELECT 'public_holidays(y) dates vs reference, 1583-9999', count(*),
	   count(*) FILTER (WHERE v IS NULL OR r IS NULL), '0',
	   (array_agg(format('%s only in %s', coalesce(v, r),
						 CASE WHEN v IS NULL THEN 'reference' ELSE 'vigo_cal' END)
				  ORDER BY coalesce(v, r))
		   FILTER (WHERE v IS NULL OR r IS NULL))[1:5]::text
FROM (SELECT DISTINCT h.day AS v
	  FROM generate_series(1583, 9999) AS y, vigo_cal.public_holidays(y) AS h) a
	 FULL JOIN (SELECT day AS r FROM bench.holiday) b ON a.v = b.r;

-- is_business_day, every day of 1583..2599 (both edges of the 1900-2199
-- window that vigo_cal keeps per-day tables for)
INSERT INTO agreement (check_name, compared, disagree, expected, examples)
SELECT 'is_business_day(d) vs reference, 1583-2599', count(*),
	   count(*) FILTER (WHERE v IS DISTINCT FROM r), '0',
	   (array_agg(format('%s: %s vs %s', d, v, r) ORDER BY d)
		   FILTER (WHERE v IS DISTINCT FROM r))[1:5]::text
FROM (SELECT g.d, vigo_cal.is_business_day(g.d) AS v,
			 extract(isodow FROM g.d) <= 5 AND h.day IS NULL AS r
	  FROM (SELECT d::date AS d
			FROM generate_series(date '1583-01-01', date '2599-12-31',
								 interval '1 day') AS d) g
		   LEFT JOIN bench.holiday h ON h.day = g.d) s;

-- add_business_days vs the PL/pgSQL loop, n random in -400..400 (about 30%
-- of starts are weekends or holidays); starts: 40% in 1950-2089, 40% in
-- 1586-9996, 20% within two years of 1900-01-01 or 2200-01-01 (the edges of
-- the per-day tables)
SELECT setseed(0.5);
CREATE TEMP TABLE sample_oracle AS
SELECT CASE
		   WHEN g % 5 < 2 THEN date '1950-01-01' + floor(random() * 51134)::int
		   WHEN g % 5 < 4 THEN date '1586-01-01' + floor(random() * 3072000)::int
		   WHEN g % 2 = 0 THEN date '1898-01-01' + floor(random() * 1461)::int
		   ELSE date '2198-01-01' + floor(random() * 1461)::int
	   END AS d,
	   floor(random() * 801)::int - 400 AS n
FROM generate_series(1, :check_rows_oracle) AS g;

INSERT INTO agreement (check_name, compared, disagree, expected, examples)
SELECT 'add_business_days(d, n) vs PL/pgSQL loop', count(*),
	   count(*) FILTER (WHERE v IS DISTINCT FROM r), '0',
	   (array_agg(format('(%s, %s): %s vs %s', d, n, v, r))
		   FILTER (WHERE v IS DISTINCT FROM r))[1:5]::text
FROM (SELECT d, n, vigo_cal.add_business_days(d, n) AS v,
			 bench.plpgsql_add_business_days(d, n) AS r
	  FROM sample_oracle) s;

-- resolve vs the make_date baseline it is timed against
INSERT INTO agreement (check_name, compared, disagree, expected, examples)
SELECT 'resolve(r, sy) vs make_date(y + (m < 8), m, d), bench.rules', count(*),
	   count(*) FILTER (WHERE v IS DISTINCT FROM b), '0',
	   (array_agg(format('(%s, %s): %s vs %s', r, sy, v, b))
		   FILTER (WHERE v IS DISTINCT FROM b))[1:5]::text
FROM (SELECT r, sy, vigo_cal.resolve(r, sy) AS v,
			 make_date(start_year + (month < 8)::int, month, day) AS b
	  FROM bench.rules) s;

\if :have_orafce
-- against plvdate: starts from the second to the second-last configured
-- year, |n| <= 240, so that results stay inside the configured years
SELECT setseed(0.25);
CREATE TEMP TABLE sample_orafce AS
SELECT make_date(:orafce_first_year + 1, 1, 1)
	   + floor(random() * (make_date(:orafce_last_year, 1, 1)
						   - make_date(:orafce_first_year + 1, 1, 1)))::int AS d,
	   floor(random() * 481)::int - 240 AS n
FROM generate_series(1, :check_rows);

CREATE TEMP TABLE cmp_orafce AS
SELECT d, n, vigo_cal.is_business_day(d) AS start_ok,
	   vigo_cal.add_business_days(d, n) AS v,
	   plvdate.add_bizdays(d, n) AS o,
	   -- what plvdate should give under its own convention
	   CASE
		   WHEN n = 0 THEN d
		   WHEN n > 0 AND NOT vigo_cal.is_business_day(d)
			   THEN vigo_cal.add_business_days(d, n - 1)
		   ELSE vigo_cal.add_business_days(d, n)
	   END AS v_conv
FROM sample_orafce;

INSERT INTO agreement (check_name, compared, disagree, expected, examples)
SELECT 'add_business_days vs plvdate.add_bizdays, raw', count(*),
	   count(*) FILTER (WHERE v <> o),
	   'starts on non-business days with n >= 0 (' ||
	   count(*) FILTER (WHERE NOT start_ok AND n >= 0) || ' here)',
	   (array_agg(format('(%s, %s): %s vs %s', d, n, v, o)) FILTER (WHERE v <> o))[1:3]::text
FROM cmp_orafce;

INSERT INTO agreement (check_name, compared, disagree, expected, examples)
SELECT 'add_business_days vs plvdate.add_bizdays, same convention', count(*),
	   count(*) FILTER (WHERE v_conv <> o), '0',
	   (array_agg(format('(%s, %s): %s vs %s', d, n, v_conv, o))
		   FILTER (WHERE v_conv <> o))[1:5]::text
FROM cmp_orafce;

INSERT INTO agreement (check_name, compared, disagree, expected, examples)
SELECT format('add_business_days vs plvdate.add_bizdays, business-day starts, n = 10, %s-%s',
			  :orafce_first_year + 1, :orafce_last_year - 1), count(*),
	   count(*) FILTER (WHERE v <> o), '0',
	   (array_agg(format('%s: %s vs %s', d, v, o)) FILTER (WHERE v <> o))[1:5]::text
FROM (SELECT d::date AS d, vigo_cal.add_business_days(d::date, 10) AS v,
			 plvdate.add_bizdays(d::date, 10) AS o
	  FROM generate_series(make_date(:orafce_first_year + 1, 1, 1),
						   make_date(:orafce_last_year - 1, 12, 31),
						   interval '1 day') AS d
	  WHERE vigo_cal.is_business_day(d::date)) s;

INSERT INTO agreement (check_name, compared, disagree, expected, examples)
SELECT format('is_business_day vs plvdate.isbizday, %s-%s',
			  :orafce_first_year, :orafce_last_year), count(*),
	   count(*) FILTER (WHERE v IS DISTINCT FROM o), '0',
	   (array_agg(format('%s: %s vs %s', d, v, o))
		   FILTER (WHERE v IS DISTINCT FROM o))[1:5]::text
FROM (SELECT d::date AS d, vigo_cal.is_business_day(d::date) AS v,
			 plvdate.isbizday(d::date) AS o
	  FROM generate_series(make_date(:orafce_first_year, 1, 1),
						   make_date(:orafce_last_year, 12, 31),
						   interval '1 day') AS d) s;
\endif

\o
SELECT check_name AS "check", compared, disagree AS "disagreements",
	   expected AS "expected"
FROM agreement ORDER BY seq;

SELECT check_name AS "check", examples AS "first disagreements"
FROM agreement WHERE disagree > 0 ORDER BY seq;
