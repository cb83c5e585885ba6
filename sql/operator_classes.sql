-- Operator classes of schoolyear, isoweek and rule: what the btree families
-- hold, B-tree deduplication (equalimage), window frames (in_range), the
-- planner's view of a day in a school year or week (index scans and
-- range estimates), and the operators' commutators and estimators.
SET search_path = vigo_cal, public;
SET datestyle = ISO;

-- The btree families: comparison, sort support, in_range (offsets in
-- school years and weeks) and equalimage.  Every operator class is valid.
SELECT opf.opfname, p.amprocnum AS support,
       format_type(p.amproclefttype, NULL) AS lefttype,
       format_type(p.amprocrighttype, NULL) AS righttype, p.amproc
  FROM pg_amproc p
  JOIN pg_opfamily opf ON opf.oid = p.amprocfamily
  JOIN pg_am am ON am.oid = opf.opfmethod AND am.amname = 'btree'
 WHERE opf.opfnamespace = 'vigo_cal'::regnamespace
 ORDER BY 1, 2;
SELECT opcname, amvalidate(oid) AS valid
  FROM pg_opclass WHERE opcnamespace = 'vigo_cal'::regnamespace ORDER BY 1;

-- Every operator with its commutator, negator and estimators: comparisons
-- have all four, containment its commutator and a range-like restriction
-- estimator, + its commutator (n + school year), - none.
SELECT o.oid::regoperator AS operator, nullif(o.oprcom, 0)::regoperator AS commutator,
       nullif(o.oprnegate, 0)::regoperator AS negator,
       nullif(o.oprrest::text, '-') AS restrict, nullif(o.oprjoin::text, '-') AS join
  FROM pg_operator o WHERE o.oprnamespace = 'vigo_cal'::regnamespace
 ORDER BY o.oid::regoperator::text;

-- n + school year and n + week, the commutators of + n; the same range checks.
SELECT 3 + '2023-2024'::schoolyear AS sy_plus, '2023-2024'::schoolyear + 3 AS plus_sy,
       2 + '2020-W52'::isoweek AS w_plus, '2020-W52'::isoweek + 2 AS plus_w;
SELECT regress.try_sql($$SELECT 1 + '9998-9999'::vigo_cal.schoolyear$$) AS sy_past_end,
       regress.try_sql($$SELECT 1 + '9999-W51'::vigo_cal.isoweek$$) AS week_past_end;

-- ---------------------------------------------------------------------
-- B-tree deduplication
-- ---------------------------------------------------------------------
-- 10,000 rows holding 10 school years, 10 weeks and 10 rules.  Equal
-- values have equal bits, so every index can deduplicate (CREATE INDEX
-- says so at DEBUG1) ...
CREATE TABLE dedup (sy schoolyear, w isoweek, r rule);
INSERT INTO dedup
  SELECT schoolyear(2020 + i % 10), isoweek(2024, 1 + i % 10), ('uke ' || (1 + i % 10))::rule
    FROM generate_series(1, 10000) AS i;
SET client_min_messages = debug1;
CREATE INDEX dedup_sy ON dedup (sy);
CREATE INDEX dedup_w ON dedup (w);
CREATE INDEX dedup_r ON dedup (r);
RESET client_min_messages;
-- ... and does: each index is less than half the size of the same index
-- built without deduplication.
CREATE INDEX dedup_sy_off ON dedup (sy) WITH (deduplicate_items = off);
CREATE INDEX dedup_w_off ON dedup (w) WITH (deduplicate_items = off);
CREATE INDEX dedup_r_off ON dedup (r) WITH (deduplicate_items = off);
SELECT pg_relation_size('dedup_sy') * 2 < pg_relation_size('dedup_sy_off') AS schoolyear_deduplicated,
       pg_relation_size('dedup_w') * 2 < pg_relation_size('dedup_w_off') AS isoweek_deduplicated,
       pg_relation_size('dedup_r') * 2 < pg_relation_size('dedup_r_off') AS rule_deduplicated;
SELECT count(*) FROM dedup WHERE r = 'uke 3';
DROP TABLE dedup;

-- equalimage is right for rule because = compares the canonical bytes and
-- one binary format has ever been written: spellings of one rule are one
-- value with one binary form, and two rules are equal exactly when their
-- bytes are.  (With a second format it would say false, src/pg/rule.c.)
SELECT rule_equalimage('vigo_cal.rule'::regtype) AS rule_equalimage;
WITH spelled(t) AS (
  VALUES ('15.jul'), ('15. juli'), ('15.07'), ('15.7'), ('16.07'), ('uke 40'), ('Uke 40'),
         ('uke 41 ons-fre'), ('uke 41 onsdag-fredag'), ('1. tirsdag i juli'),
         ('15.07 + 1 virkedag'), ('15.07 +1 virkedag'), ('15.07 + 2 virkedager'),
         ('ssb_resultat_vgs_1 + 1 virkedag'), ('19.06 til 21.06'), ('i løpet av august'))
SELECT count(*) FILTER (WHERE a.t::rule = b.t::rule AND a.t < b.t) AS equal_spellings,
       count(*) FILTER (WHERE (a.t::rule = b.t::rule)
                              <> (rule_send(a.t::rule) = rule_send(b.t::rule))) AS eq_unlike_bytes
  FROM spelled a, spelled b;

-- ---------------------------------------------------------------------
-- Window frames (in_range): RANGE n PRECEDING / FOLLOWING
-- ---------------------------------------------------------------------
CREATE TABLE deliveries (sy schoolyear, n int);
INSERT INTO deliveries VALUES ('2020-2021', 5), ('2021-2022', 7), ('2023-2024', 4), ('2024-2025', 6);
-- each year with the year before it; and with the two after it (no
-- 2022-2023: a frame counts school years, not rows)
SELECT sy, n,
       sum(n) OVER (ORDER BY sy RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) AS with_year_before,
       sum(n) OVER (ORDER BY sy RANGE BETWEEN CURRENT ROW AND 2 FOLLOWING) AS with_two_after,
       sum(n) OVER (ORDER BY sy DESC RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) AS desc_with_year_after
  FROM deliveries ORDER BY sy;

-- Weeks: 2021-W01 follows 2020-W53, and 2021-W03 is missing.
CREATE TABLE weekly (w isoweek, n int);
INSERT INTO weekly VALUES ('2020-W52', 1), ('2020-W53', 2), ('2021-W01', 3), ('2021-W02', 4), ('2021-W04', 5);
SELECT w, n,
       sum(n) OVER (ORDER BY w RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) AS with_week_before,
       sum(n) OVER (ORDER BY w RANGE BETWEEN 2 PRECEDING AND 1 FOLLOWING) AS two_before_one_after,
       sum(n) OVER (ORDER BY w DESC RANGE BETWEEN CURRENT ROW AND 1 FOLLOWING) AS desc_with_week_before
  FROM weekly ORDER BY w;

-- At the ends of the types' ranges a frame bound beyond the first or last
-- value is no error (the frame simply reaches past the end, as an integer
-- frame does), even with the largest offset ...
SELECT sy, count(*) OVER (ORDER BY sy RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS one_each_side,
       count(*) OVER (ORDER BY sy RANGE BETWEEN 2147483647 PRECEDING AND 2147483647 FOLLOWING) AS widest
  FROM (VALUES ('1583-1584'::schoolyear), ('1584-1585'), ('9997-9998'), ('9998-9999')) AS v(sy)
 ORDER BY sy;
SELECT w, count(*) OVER (ORDER BY w RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS one_each_side,
       count(*) OVER (ORDER BY w RANGE BETWEEN 2147483647 PRECEDING AND 2147483647 FOLLOWING) AS widest
  FROM (VALUES ('1583-W01'::isoweek), ('1583-W02'), ('9999-W50'), ('9999-W51')) AS v(w)
 ORDER BY w;
-- ... where arithmetic on the values themselves is (22008) ...
SELECT regress.try_sql($$SELECT '1583-1584'::vigo_cal.schoolyear - 1$$) AS sy_before_first,
       regress.try_sql($$SELECT '1583-W01'::vigo_cal.isoweek - 1$$) AS week_before_first;
-- ... and a negative offset is refused as PostgreSQL refuses it (22013).
SELECT regress.try_sql($$SELECT count(*) OVER (ORDER BY sy RANGE BETWEEN -1 PRECEDING AND CURRENT ROW)
                           FROM vigo_cal.schoolyear(2023) AS sy$$) AS schoolyear_negative,
       regress.try_sql($$SELECT count(*) OVER (ORDER BY w RANGE BETWEEN CURRENT ROW AND -1 FOLLOWING)
                           FROM vigo_cal.isoweek(2023, 40) AS w$$) AS isoweek_negative;
DROP TABLE deliveries, weekly;

-- ---------------------------------------------------------------------
-- A day in a school year or week: index scans and estimates
-- ---------------------------------------------------------------------
-- Every day of two centuries, with a btree index on the day.
CREATE TABLE days (d date, note text);
INSERT INTO days SELECT day::date, 'x' FROM generate_series(timestamp '1900-01-01', '2099-12-31', '1 day') AS day;
CREATE INDEX days_d ON days (d);
ANALYZE days;

-- The estimated rows of a query's top plan node.
CREATE FUNCTION pg_temp.estimate(query text) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
  plan json;
BEGIN
  EXECUTE 'EXPLAIN (FORMAT JSON) ' || query INTO plan;
  RETURN (plan -> 0 -> 'Plan' ->> 'Plan Rows')::bigint;
END $$;

-- A constant school year or week: the containment is the range of its days,
-- scanned in the index and estimated from the statistics of d.
EXPLAIN (COSTS OFF) SELECT * FROM days WHERE d <@ '2023-2024'::schoolyear;
EXPLAIN (COSTS OFF) SELECT * FROM days WHERE '2023-2024'::schoolyear @> d;
EXPLAIN (COSTS OFF) SELECT * FROM days WHERE d <@ '2023-W40'::isoweek;
EXPLAIN (COSTS OFF) SELECT * FROM days WHERE '2023-W40'::isoweek @> d;
EXPLAIN (COSTS OFF) SELECT * FROM days WHERE d <@ NULL::schoolyear;
SELECT (SELECT count(*) FROM days WHERE d <@ '2023-2024'::schoolyear) AS days_2023_2024,
       (SELECT count(*) FROM days WHERE '2023-W40'::isoweek @> d) AS days_2023_w40,
       (SELECT count(*) FROM days WHERE d <@ NULL::isoweek) AS days_null;
-- The estimates are those of a range of days: near 366 and 7 of 73,049
-- rows, where a containment without an estimator was taken for half.
SELECT pg_temp.estimate($$SELECT * FROM days WHERE d <@ '2023-2024'::vigo_cal.schoolyear$$)
         BETWEEN 300 AND 450 AS schoolyear_estimate_near_366,
       pg_temp.estimate($$SELECT * FROM days WHERE '2023-W40'::vigo_cal.isoweek @> d$$)
         BETWEEN 3 AND 15 AS isoweek_estimate_near_7;

-- A school year known when the scan starts (a STABLE function, a parameter,
-- the outer side of a join) still scans the index on d, from the first to
-- the last day; the estimator folds what it can at planning.
SET vigo_cal.today = '2026-11-25';
EXPLAIN (COSTS OFF) SELECT * FROM days WHERE d <@ current_schoolyear();
SELECT count(*) AS days_this_schoolyear, min(d), max(d) FROM days WHERE d <@ current_schoolyear();
SELECT pg_temp.estimate($$SELECT * FROM days WHERE d <@ vigo_cal.current_schoolyear()$$)
         BETWEEN 300 AND 450 AS estimate_near_365,
       pg_temp.estimate($$SELECT * FROM days WHERE vigo_cal.contains(vigo_cal.current_schoolyear(), d)$$)
         BETWEEN 300 AND 450 AS called_as_function_near_365;
EXPLAIN (COSTS OFF) SELECT * FROM days WHERE vigo_cal.isoweek(current_date) @> d;
SELECT count(*) AS days_this_week FROM days WHERE vigo_cal.isoweek(current_date) @> d;
RESET vigo_cal.today;
PREPARE days_of(schoolyear) AS SELECT d, note FROM days WHERE d <@ $1 ORDER BY d LIMIT 2;
SET plan_cache_mode = force_generic_plan;
EXPLAIN (COSTS OFF) EXECUTE days_of('2023-2024');
EXECUTE days_of('2023-2024');
RESET plan_cache_mode;
DEALLOCATE days_of;
CREATE TABLE years (sy schoolyear);
INSERT INTO years VALUES ('2023-2024'), ('2024-2025');
ANALYZE years;
EXPLAIN (COSTS OFF) SELECT * FROM years JOIN days ON d <@ sy;
SELECT sy, count(*) FROM years JOIN days ON d <@ sy GROUP BY sy ORDER BY sy;

-- A BRIN index on the day serves too (its operator family holds date's
-- >= and <=); a hash index cannot.
DROP INDEX days_d;
CREATE INDEX days_brin ON days USING brin (d);
CREATE INDEX days_hash ON days USING hash (d);
EXPLAIN (COSTS OFF) SELECT * FROM days WHERE d <@ '2023-2024'::schoolyear;
SET vigo_cal.today = '2026-11-25';
EXPLAIN (COSTS OFF) SELECT * FROM days WHERE d <@ current_schoolyear();
SELECT count(*) AS days_this_schoolyear FROM days WHERE d <@ current_schoolyear();
RESET vigo_cal.today;

-- The day is used twice once rewritten, so a volatile day is left alone.
EXPLAIN (COSTS OFF) SELECT * FROM days WHERE d + (random() * 0)::int <@ '2023-2024'::schoolyear;
DROP TABLE days, years;
