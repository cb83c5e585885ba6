-- bench/bench.sql
--
-- The vigo_cal benchmark.  Run by bench/run.sh (make bench) in a scratch
-- database where vigo_cal (and, if available, orafce) are installed; all of
-- it runs in this one session.  psql variables set by run.sh:
--
--   rows                rows of the main table (1M)
--   reps                timed repetitions per case; the best is kept
--   reps_slow           the same for the slow baselines
--   plpgsql_rows_10     rows for the PL/pgSQL baseline at n = 10
--   plpgsql_rows_200    rows for the PL/pgSQL baseline at n = 200
--   orafce_rows_200     rows for orafce plvdate at n = 200
--   have_orafce         true if orafce is installed in the database
--
-- Cases (ratio = vigo_cal time / baseline time, per row):
--   1. vigo_cal.add_business_days(d, n) against the built-in d + n in the
--      same query, n random in -400..400, and fixed at 10 and 200; starts in
--      2019-2026, and (n random) in 2500-2599, outside the years for which
--      vigo_cal keeps per-day tables
--   2. against orafce's plvdate.add_bizdays(d, n) with the Norwegian
--      holidays (orafce_norway.sql), n = 10 and 200
--   3. against a day-by-day PL/pgSQL loop over a holiday table
--      (baseline_plpgsql.sql), n = 10 and 200
--   4. vigo_cal.schoolyear against int4 holding the same values: ORDER BY
--      of 1M rows, and a hash semi join of two 1M-row tables
--   5. vigo_cal.resolve(r, sy) over 1M rows, rules drawn from a mix of
--      eight (rule_mix below), school years 2000-2001 .. 2040-2041, against
--      the built-in d + n on two columns of the same table, and against
--      make_date() computing the same days from int columns
--   6. parsing rule texts (t::vigo_cal.rule) against parsing date texts
--      (t::date), 1M rows each, both from columns of one table
--   7. the BI views against tables of the same rows, and the occurrence
--      store: reads, a century of arshjul(), refreshes (bi.sql)
--
-- Each date query has the form
--   SELECT count(*) FROM t WHERE <expr> > date '1900-01-01'
-- so <expr> is evaluated once per row from the row's own columns: nothing
-- can be constant-folded and nothing is skipped.  The parsing queries of
-- case 6 have the form SELECT count(*) FROM t WHERE <column>::<type> IS NOT
-- NULL, for the same reason.

\set ON_ERROR_STOP on
\pset footer off
SET client_min_messages = warning;

-- rows compared in the agreement checks (against orafce; against the slow
-- PL/pgSQL loop)
\set check_rows 100000
\set check_rows_oracle 5000

-- Query results go nowhere until the report; \echo still prints progress.
\o /dev/null

-- fairness: one process, no JIT, sorts and hash tables in memory
SET max_parallel_workers_per_gather = 0;
SET jit = off;
SET work_mem = '512MB';

\ir lib.sql
\ir baseline_plpgsql.sql

-- plvdate can hold the movable feasts of at most 10 years (see
-- orafce_norway.sql): 2018..2027 covers the starts below (2019..2026) plus
-- 200 business days after them.
\set orafce_first_year 2018
\set orafce_last_year 2027
\if :have_orafce
\ir orafce_norway.sql
\endif

--------------------------------------------------------------------------
-- data
--------------------------------------------------------------------------

\echo 'generating data ...'

SELECT setseed(0.2023);

-- starts spread over 2019-01-01 .. 2026-12-31, n uniform in -400..400
CREATE UNLOGGED TABLE bench.days AS
SELECT g AS id,
	   date '2019-01-01' + floor(random() * 2922)::int AS d,
	   floor(random() * 801)::int - 400 AS n
FROM generate_series(1, :rows) AS g;

-- the same outside the years vigo_cal keeps per-day tables for (1900-2199):
-- starts in 2500-2599
CREATE UNLOGGED TABLE bench.days_far AS
SELECT g AS id,
	   date '2500-01-01' + floor(random() * 36524)::int AS d,
	   floor(random() * 801)::int - 400 AS n
FROM generate_series(1, :rows) AS g;

-- leading slices of bench.days for the slow baselines
CREATE UNLOGGED TABLE bench.days_plpgsql_10 AS
	SELECT * FROM bench.days WHERE id <= :plpgsql_rows_10;
CREATE UNLOGGED TABLE bench.days_plpgsql_200 AS
	SELECT * FROM bench.days WHERE id <= :plpgsql_rows_200;
CREATE UNLOGGED TABLE bench.days_orafce_200 AS
	SELECT * FROM bench.days WHERE id <= :orafce_rows_200;

-- school years: the same random start years as int4 and as schoolyear,
-- 8000 distinct values (1600-1601 .. 9599-9600), two independent tables for
-- the join
\set sy_first 1600
\set sy_count 8000
CREATE UNLOGGED TABLE bench.sy_a AS
SELECT y AS i, y::vigo_cal.schoolyear AS sy
FROM (SELECT :sy_first + floor(random() * :sy_count)::int AS y
	  FROM generate_series(1, :rows)) AS s;
CREATE UNLOGGED TABLE bench.sy_b AS
SELECT y AS i, y::vigo_cal.schoolyear AS sy
FROM (SELECT :sy_first + floor(random() * :sy_count)::int AS y
	  FROM generate_series(1, :rows)) AS s;

-- rules: the mix below, each rule equally often, in random school years
-- 2000-2001 .. 2040-2041.  In the same rows, for the baselines: d + n (d in
-- the same school years, n in 0..365), and the day resolve gives, as
-- start_year, month and day, for make_date().  Every column but the rule is
-- fixed-width and the rule comes last, so every query deforms its columns
-- at cached offsets; resolve reads the last two, so it deforms the most.
\set rule_mix 'ARRAY[''15.07'', ''15.07 + 1 virkedag'', ''15.07 - 1 dag'', ''uke 40'', ''uke 41 ons-fre'', ''1. tirsdag i juli'', ''siste fredag i juni'', ''05.09 + 2 virkedager'']'
CREATE UNLOGGED TABLE bench.rules AS
SELECT id, d, n, y AS start_year,
	   extract(month FROM rd)::int AS month, extract(day FROM rd)::int AS day,
	   sy, r
FROM (SELECT id, d, n, y, sy, r, vigo_cal.resolve(r, sy) AS rd
	  FROM (SELECT g AS id,
				   date '2000-08-01' + floor(random() * 14975)::int AS d,
				   floor(random() * 366)::int AS n,
				   y, y::vigo_cal.schoolyear AS sy,
				   ((:rule_mix)[1 + floor(random() * cardinality(:rule_mix))::int])::vigo_cal.rule AS r
			FROM (SELECT g, 2000 + floor(random() * 41)::int AS y
				  FROM generate_series(1, :rows) AS g) AS s0) AS s1) AS s2;

-- texts to parse, in one table: dt a date as 'YYYY-MM-DD' (2000-2041), rt a
-- rule of the same mix as written above
CREATE UNLOGGED TABLE bench.rule_texts AS
SELECT g AS id,
	   (date '2000-08-01' + floor(random() * 14975)::int)::text AS dt,
	   (:rule_mix)[1 + floor(random() * cardinality(:rule_mix))::int] AS rt
FROM generate_series(1, :rows) AS g;

VACUUM (FREEZE, ANALYZE) bench.days, bench.days_far, bench.days_plpgsql_10,
	bench.days_plpgsql_200, bench.days_orafce_200, bench.sy_a, bench.sy_b,
	bench.rules, bench.rule_texts;

-- the scan and the comparison alone, timed with every date case for the
-- "net ns/call" column
\set ref_sql 'SELECT count(*) FROM bench.days WHERE d > date ''1900-01-01'''

--------------------------------------------------------------------------
-- 1. add_business_days vs d + n
--------------------------------------------------------------------------

\echo 'case 1: add_business_days vs d + n ...'

SELECT bench.compare('add_business_days(d, n), n random -400..400', 'd + n',
	$q$SELECT count(*) FROM bench.days WHERE d + n > date '1900-01-01'$q$, :rows,
	$q$SELECT count(*) FROM bench.days
	   WHERE vigo_cal.add_business_days(d, n) > date '1900-01-01'$q$, :rows,
	:reps, 1.5, '<= 1.5', :'ref_sql', :rows);

SELECT bench.compare('add_business_days(d, n), n random, years 2500-2599', 'd + n',
	$q$SELECT count(*) FROM bench.days_far WHERE d + n > date '1900-01-01'$q$, :rows,
	$q$SELECT count(*) FROM bench.days_far
	   WHERE vigo_cal.add_business_days(d, n) > date '1900-01-01'$q$, :rows,
	:reps, NULL, '(report)', :'ref_sql', :rows);

SELECT bench.compare('add_business_days(d, 10)', 'd + 10',
	$q$SELECT count(*) FROM bench.days WHERE d + 10 > date '1900-01-01'$q$, :rows,
	$q$SELECT count(*) FROM bench.days
	   WHERE vigo_cal.add_business_days(d, 10) > date '1900-01-01'$q$, :rows,
	:reps, 1.5, '<= 1.5', :'ref_sql', :rows);

SELECT bench.compare('add_business_days(d, 200)', 'd + 200',
	$q$SELECT count(*) FROM bench.days WHERE d + 200 > date '1900-01-01'$q$, :rows,
	$q$SELECT count(*) FROM bench.days
	   WHERE vigo_cal.add_business_days(d, 200) > date '1900-01-01'$q$, :rows,
	:reps, 1.5, '<= 1.5', :'ref_sql', :rows);

--------------------------------------------------------------------------
-- 2. add_business_days vs orafce plvdate.add_bizdays
--------------------------------------------------------------------------

\echo 'case 2: add_business_days vs orafce plvdate ...'

\if :have_orafce
SELECT bench.compare('add_business_days(d, 10)', 'orafce plvdate.add_bizdays',
	$q$SELECT count(*) FROM bench.days
	   WHERE plvdate.add_bizdays(d, 10) > date '1900-01-01'$q$, :rows,
	$q$SELECT count(*) FROM bench.days
	   WHERE vigo_cal.add_business_days(d, 10) > date '1900-01-01'$q$, :rows,
	:reps, 1.0, '< 1 (faster)', :'ref_sql', :rows);

SELECT bench.compare('add_business_days(d, 200)', 'orafce plvdate.add_bizdays',
	$q$SELECT count(*) FROM bench.days_orafce_200
	   WHERE plvdate.add_bizdays(d, 200) > date '1900-01-01'$q$, :orafce_rows_200,
	$q$SELECT count(*) FROM bench.days
	   WHERE vigo_cal.add_business_days(d, 200) > date '1900-01-01'$q$, :rows,
	:reps_slow, 0.05, '<= 0.05 (20x)', :'ref_sql', :rows);
\else
\echo 'orafce is not installed: skipping the plvdate cases'
\endif

--------------------------------------------------------------------------
-- 3. add_business_days vs a PL/pgSQL day-by-day loop
--------------------------------------------------------------------------

\echo 'case 3: add_business_days vs PL/pgSQL ...'

SELECT bench.compare('add_business_days(d, 10)', 'PL/pgSQL loop',
	$q$SELECT count(*) FROM bench.days_plpgsql_10
	   WHERE bench.plpgsql_add_business_days(d, 10) > date '1900-01-01'$q$,
	:plpgsql_rows_10,
	$q$SELECT count(*) FROM bench.days
	   WHERE vigo_cal.add_business_days(d, 10) > date '1900-01-01'$q$, :rows,
	:reps_slow, NULL, '(report)', :'ref_sql', :rows);

SELECT bench.compare('add_business_days(d, 200)', 'PL/pgSQL loop',
	$q$SELECT count(*) FROM bench.days_plpgsql_200
	   WHERE bench.plpgsql_add_business_days(d, 200) > date '1900-01-01'$q$,
	:plpgsql_rows_200,
	$q$SELECT count(*) FROM bench.days
	   WHERE vigo_cal.add_business_days(d, 200) > date '1900-01-01'$q$, :rows,
	:reps_slow, NULL, '(report)', :'ref_sql', :rows);

--------------------------------------------------------------------------
-- 4. schoolyear vs int4
--------------------------------------------------------------------------

\echo 'case 4: schoolyear vs int4 ...'

-- A full in-memory sort; OFFSET returns one row but every row is sorted.
SELECT bench.compare('schoolyear ORDER BY', 'int4 ORDER BY',
	format('SELECT i FROM bench.sy_a ORDER BY i OFFSET %s', :rows - 1), :rows,
	format('SELECT sy FROM bench.sy_a ORDER BY sy OFFSET %s', :rows - 1), :rows,
	:reps, 1.2, '<= 1.2');

-- Hash join of the two 1M-row tables.  With ~8400 possible school years
-- every key occurs ~120 times on each side, so an inner join would return
-- ~10^8 rows; a semi join (EXISTS) keeps the work of a hash join (build a
-- 1M-entry hash table from sy_b, probe it with the 1M rows of sy_a) without
-- that output.  Hash aggregation, merge and nested-loop joins are disabled so
-- that both sides surely run Hash Semi Join.
SET enable_hashagg = off;
SET enable_mergejoin = off;
SET enable_nestloop = off;
SELECT bench.compare('schoolyear hash semi join', 'same on int4',
	$q$SELECT count(*) FROM bench.sy_a a
	   WHERE EXISTS (SELECT FROM bench.sy_b b WHERE b.i = a.i)$q$, :rows,
	$q$SELECT count(*) FROM bench.sy_a a
	   WHERE EXISTS (SELECT FROM bench.sy_b b WHERE b.sy OPERATOR(vigo_cal.=) a.sy)$q$, :rows,
	:reps, NULL, '(report)');
RESET enable_hashagg;
RESET enable_mergejoin;
RESET enable_nestloop;

--------------------------------------------------------------------------
-- 5. resolve(rule, schoolyear) vs d + n and vs make_date
--------------------------------------------------------------------------

\echo 'case 5: resolve vs d + n, make_date ...'

\set ref_rules_sql 'SELECT count(*) FROM bench.rules WHERE d > date ''1900-01-01'''

SELECT bench.compare('resolve(r, sy), mix of 8 rules', 'd + n',
	$q$SELECT count(*) FROM bench.rules WHERE d + n > date '1900-01-01'$q$, :rows,
	$q$SELECT count(*) FROM bench.rules
	   WHERE vigo_cal.resolve(r, sy) > date '1900-01-01'$q$, :rows,
	:reps, 3.0, '<= 3', :'ref_rules_sql', :rows);

-- the same day computed the naive way, as if every rule were a fixed day
SELECT bench.compare('resolve(r, sy), mix of 8 rules', 'make_date(y + (m < 8), m, d)',
	$q$SELECT count(*) FROM bench.rules
	   WHERE make_date(start_year + (month < 8)::int, month, day) > date '1900-01-01'$q$, :rows,
	$q$SELECT count(*) FROM bench.rules
	   WHERE vigo_cal.resolve(r, sy) > date '1900-01-01'$q$, :rows,
	:reps, NULL, '(report)', :'ref_rules_sql', :rows);

--------------------------------------------------------------------------
-- 6. parsing rule texts vs parsing date texts
--------------------------------------------------------------------------

\echo 'case 6: t::vigo_cal.rule vs t::date ...'

-- Both casts are I/O conversions (the text's output, then the type's input
-- function) of a column, so they run once per row; IS NOT NULL keeps the
-- two queries the same shape.
SELECT bench.compare('parse rule text, mix of 8 rules', 'parse date text',
	$q$SELECT count(*) FROM bench.rule_texts WHERE dt::date IS NOT NULL$q$, :rows,
	$q$SELECT count(*) FROM bench.rule_texts
	   WHERE rt::vigo_cal.rule IS NOT NULL$q$, :rows,
	:reps, NULL, '(report)',
	'SELECT count(*) FROM bench.rule_texts WHERE rt IS NOT NULL', :rows);

--------------------------------------------------------------------------
-- 7. the BI views and the occurrence store
--------------------------------------------------------------------------

\ir bi.sql

--------------------------------------------------------------------------
-- 8. the edition as HTML
--------------------------------------------------------------------------

\ir edition.sql

--------------------------------------------------------------------------
-- report
--------------------------------------------------------------------------

\o
\echo
\echo 'ratio = vigo_cal time / baseline time per row (below 1: vigo_cal is faster).'
\echo 'Times are the best of the runs, in ms per 1M rows; "net ns/call" (baseline /'
\echo 'vigo_cal) subtracts the bare scan; "noise" is how far the median run lies'
\echo 'above the best one.'
\echo
SELECT * FROM bench.report;
\echo
\echo 'The BI views and the occurrence store (case 7), in ms per query: the best'
\echo 'and the median of the runs.'
\echo
SELECT * FROM bench.absolute_report;

\echo
\echo 'Agreement checks (not timed)'
\echo
\o /dev/null
\ir agreement.sql
