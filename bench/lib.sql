-- bench/lib.sql
--
-- Timing harness for the vigo_cal benchmarks.  Everything runs inside the
-- one session that psql opens for bench.sql, so a baseline and the vigo_cal
-- function it is compared with always share the same backend, settings and
-- warm caches.
--
-- A query is timed with clock_timestamp() around EXECUTE in PL/pgSQL; the
-- result row is fetched (INTO) so the whole plan runs.  Each case is run once
-- to warm up, then p_reps rounds alternate baseline and candidate (the order
-- flips every round).  The best (minimum) time of each side is what the
-- ratio uses: on a shared machine, other work only ever adds time, so the
-- minimum is the steadiest estimate of the query's own cost.  The median is
-- kept as well, and the report's "noise" column says how far it lies above
-- the minimum.  Times are reported per million rows, so cases measured on
-- fewer rows (the slow PL/pgSQL baseline) are still comparable.

CREATE SCHEMA bench;

CREATE TABLE bench.result (
	seq			serial PRIMARY KEY,
	label		text NOT NULL,		-- what is measured
	baseline	text NOT NULL,		-- what it is measured against
	base_rows	bigint NOT NULL,
	cand_rows	bigint NOT NULL,
	base_ms		float8 NOT NULL,	-- best run, ms per 1M rows
	cand_ms		float8 NOT NULL,	-- best run, ms per 1M rows
	base_median	float8 NOT NULL,	-- median run, ms per 1M rows
	cand_median	float8 NOT NULL,	-- median run, ms per 1M rows
	ref_ms		float8,				-- best run of the same scan without the
									-- expression, ms per 1M rows
	max_ratio	float8,				-- target: cand_ms / base_ms <= max_ratio
	target		text NOT NULL
);

-- Wall-clock milliseconds for one execution of q.
CREATE FUNCTION bench.time_once(q text) RETURNS float8
LANGUAGE plpgsql AS $$
DECLARE
	t0		timestamptz;
	dummy	record;
BEGIN
	t0 := clock_timestamp();
	EXECUTE q INTO dummy;
	RETURN 1000 * extract(epoch FROM clock_timestamp() - t0);
END
$$;

CREATE FUNCTION bench.median(v float8[]) RETURNS float8
LANGUAGE sql IMMUTABLE AS $$
	SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x) FROM unnest(v) AS x
$$;

CREATE FUNCTION bench.least_of(v float8[]) RETURNS float8
LANGUAGE sql IMMUTABLE AS $$
	SELECT min(x) FROM unnest(v) AS x
$$;

-- Node types of q's plan, in tree order; used to check that a baseline and
-- its candidate really run the same plan shape.
CREATE FUNCTION bench.plan_shape(q text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	plan	jsonb;
BEGIN
	EXECUTE 'EXPLAIN (COSTS OFF, FORMAT JSON) ' || q INTO plan;
	RETURN (SELECT string_agg(n #>> '{}', ' > ')
			FROM jsonb_path_query(plan, 'strict $.**."Node Type"') AS n);
END
$$;

-- Time a baseline query against a vigo_cal query and record the result.
-- If p_ref_sql is given (the same scan without the function), it is timed
-- in the same rounds, to derive the net cost per call.
CREATE FUNCTION bench.compare(
	p_label		text,
	p_baseline	text,
	p_base_sql	text,
	p_base_rows	bigint,
	p_cand_sql	text,
	p_cand_rows	bigint,
	p_reps		int,
	p_max_ratio	float8,
	p_target	text,
	p_ref_sql	text DEFAULT NULL,		-- optional bare scan, timed alongside
	p_ref_rows	bigint DEFAULT NULL)
RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
	tb		float8[] := '{}';
	tc		float8[] := '{}';
	tr		float8[] := '{}';
	sb		text := bench.plan_shape(p_base_sql);
	sc		text := bench.plan_shape(p_cand_sql);
BEGIN
	IF sb <> sc THEN
		RAISE WARNING 'case "%": plans differ: baseline [%], vigo_cal [%]',
			p_label, sb, sc;
	END IF;

	PERFORM bench.time_once(p_base_sql);	-- warm-up
	PERFORM bench.time_once(p_cand_sql);

	FOR i IN 1 .. p_reps LOOP
		IF p_ref_sql IS NOT NULL THEN
			tr := tr || bench.time_once(p_ref_sql);
		END IF;
		IF i % 2 = 1 THEN
			tb := tb || bench.time_once(p_base_sql);
			tc := tc || bench.time_once(p_cand_sql);
		ELSE
			tc := tc || bench.time_once(p_cand_sql);
			tb := tb || bench.time_once(p_base_sql);
		END IF;
	END LOOP;

	INSERT INTO bench.result (label, baseline, base_rows, cand_rows,
							  base_ms, cand_ms, base_median, cand_median,
							  ref_ms, max_ratio, target)
	VALUES (p_label, p_baseline, p_base_rows, p_cand_rows,
			bench.least_of(tb) * 1e6 / p_base_rows,
			bench.least_of(tc) * 1e6 / p_cand_rows,
			bench.median(tb) * 1e6 / p_base_rows,
			bench.median(tc) * 1e6 / p_cand_rows,
			bench.least_of(tr) * 1e6 / p_ref_rows, p_max_ratio, p_target);
END
$$;

-- 1000000 -> '1M', 20000 -> '20k'
CREATE FUNCTION bench.rows_label(n bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
	SELECT CASE
		WHEN n >= 1000000 AND n % 1000000 = 0 THEN (n / 1000000) || 'M'
		WHEN n >= 1000 AND n % 1000 = 0 THEN (n / 1000) || 'k'
		ELSE n::text
	END
$$;

-- The report: one line per case.
--   ratio    = vigo_cal time / baseline time (per row; below 1 is faster)
--   speed-up = baseline time / vigo_cal time
--   net ns   = per-call cost after subtracting the bare scan (ref_ms)
--   noise    = how far the median run lies above the best, worse side
CREATE VIEW bench.report AS
SELECT
	label AS "case",
	baseline,
	bench.rows_label(base_rows) || ' / ' || bench.rows_label(cand_rows) AS "rows",
	round(base_ms::numeric, 1) AS "baseline ms/1M",
	round(cand_ms::numeric, 1) AS "vigo_cal ms/1M",
	round((cand_ms / base_ms)::numeric, 3) AS ratio,
	round((base_ms / cand_ms)::numeric, 1) || 'x' AS "speed-up",
	CASE WHEN ref_ms IS NOT NULL THEN
		round(greatest(base_ms - ref_ms, 0)::numeric, 0) || ' / '
		|| round(greatest(cand_ms - ref_ms, 0)::numeric, 0)
	END AS "net ns/call",
	round(100 * (greatest(base_median / base_ms, cand_median / cand_ms) - 1)::numeric, 0)
		|| '%' AS noise,
	target,
	CASE
		WHEN max_ratio IS NULL THEN '-'
		WHEN cand_ms / base_ms <= max_ratio THEN 'yes'
		ELSE 'NO'
	END AS "met?"
FROM bench.result
ORDER BY seq;

-- Absolute timings (the BI cases of bi.sql): the best and the median of
-- p_reps runs after one warm-up (p_reps 0: the one run, cold), in ms per
-- query, against a target in ms.
CREATE TABLE bench.absolute (
	seq			serial PRIMARY KEY,
	label		text NOT NULL,
	best_ms		float8 NOT NULL,
	median_ms	float8 NOT NULL,
	target_ms	float8,				-- met when best_ms < target_ms
	note		text
);

CREATE FUNCTION bench.time_values(p_sql text, p_reps int, OUT best float8, OUT median float8)
LANGUAGE plpgsql AS $$
DECLARE
	t	float8[] := '{}';
BEGIN
	IF p_reps = 0 THEN
		t := ARRAY[bench.time_once(p_sql)];	-- one cold run: a step that runs once
	ELSE
		PERFORM bench.time_once(p_sql);		-- warm-up
		FOR i IN 1 .. p_reps LOOP
			t := t || bench.time_once(p_sql);
		END LOOP;
	END IF;
	best := bench.least_of(t);
	median := bench.median(t);
END
$$;

CREATE FUNCTION bench.time_best(p_label text, p_sql text, p_reps int,
								p_target_ms float8 DEFAULT NULL, p_note text DEFAULT NULL)
RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO bench.absolute (label, best_ms, median_ms, target_ms, note)
	SELECT p_label, v.best, v.median, p_target_ms, p_note FROM bench.time_values(p_sql, p_reps) AS v;
END
$$;

CREATE VIEW bench.absolute_report AS
SELECT
	label AS "case",
	round(best_ms::numeric, 2) AS "best ms",
	round(median_ms::numeric, 2) AS "median ms",
	CASE WHEN target_ms IS NULL THEN '(report)' ELSE '< ' || target_ms || ' ms' END AS target,
	CASE
		WHEN target_ms IS NULL THEN '-'
		WHEN best_ms < target_ms THEN 'yes'
		ELSE 'NO'
	END AS "met?",
	coalesce(note, '') AS note
FROM bench.absolute
ORDER BY seq;
