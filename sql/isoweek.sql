-- The isoweek type: ISO 8601 weeks, Monday to Sunday.
SET search_path = vigo_cal, public;
SET datestyle = ISO;

-- Text forms.
SELECT t, t::isoweek AS week
  FROM (VALUES ('2023-W40'), ('2023W40'), ('2023-w40'), ('uke 40 2023'),
               ('Uke 8 2024'), ('week 40 2023'), ('  2023-W09 '), ('2026-W53'),
               ('2020-W53'), ('2021-W1')) AS v(t);

-- The week of a day: 29 December to 4 January crosses ISO years.
SELECT d, to_char(d, 'Dy') AS dow, isoweek(d) AS week,
       isoweek_year(isoweek(d)) AS iso_year, isoweek_week(isoweek(d)) AS iso_week,
       monday(isoweek(d))
  FROM generate_series(0, 7) AS i, LATERAL (SELECT date '2020-12-28' + i AS d) AS g;
SELECT d, isoweek(d)
  FROM (VALUES (date '2024-12-29'), ('2024-12-30'), ('2025-01-01'), ('2026-12-31'),
               ('2027-01-03'), ('2027-01-04'), ('2008-12-29'), ('2010-01-03')) AS v(d);

-- The weeks of the 2023-2024 årshjul: høstferie uke 40 and 41, vinterferie
-- uke 8, 9 and 10; in a school year Y, weeks 31-53 are in Y and 1-30 in Y+1.
SELECT w, isoweek(2023 + (w < 31)::int, w) AS week,
       daterange(isoweek(2023 + (w < 31)::int, w)) AS days
  FROM unnest(ARRAY[40, 41, 8, 9, 10, 31, 32]) AS w;

-- 53-week years.
SELECT y, isoweek_week(isoweek(make_date(y, 12, 28))) AS weeks
  FROM unnest(ARRAY[2015, 2020, 2023, 2024, 2026, 2032, 2037]) AS y;
SELECT isoweek(2026, 53), isoweek(2020, 53);
SELECT isoweek(2023, 53);
SELECT isoweek(2023, 0);
SELECT isoweek(1582, 52);

-- Arithmetic: whole weeks.
SELECT '2023-W52'::isoweek + 1 AS next_week,
       '2026-W52'::isoweek + 1 AS into_w53,
       '2024-W01'::isoweek - 1 AS back_to_2023,
       '2024-W08'::isoweek - '2023-W40'::isoweek AS weeks_between,
       '2023-W40'::isoweek - '2024-W08'::isoweek AS negative;

-- Containment, comparison, sorting.
SELECT '2023-W40'::isoweek @> date '2023-10-08' AS sunday_in,
       '2023-W40'::isoweek @> date '2023-10-09' AS next_monday_in,
       date '2023-10-02' <@ '2023-W40'::isoweek AS monday_in;
SELECT a, b, a = b AS eq, a <> b AS ne, a < b AS lt, a <= b AS le, a > b AS gt, a >= b AS ge
  FROM (VALUES ('2023-W52'::isoweek, '2024-W01'::isoweek), ('2024-W01', '2024-W01')) AS v(a, b);
SELECT w FROM unnest(ARRAY['2024-W01', '2020-W53', '2023-W52', '2021-W01']::isoweek[]) AS w ORDER BY w;
-- Binary send/recv: ISO year and week as two int4, round-tripped by a binary COPY through psql.
SELECT isoweek_send('2023-W40');
CREATE TABLE wk_bin (w isoweek);
INSERT INTO wk_bin VALUES ('1583-W01'), ('2020-W53'), ('9999-W51');
\copy wk_bin TO 'results/vigo_cal_wk.bin' WITH (FORMAT binary)
CREATE TABLE wk_bin_back (w isoweek);
\copy wk_bin_back FROM 'results/vigo_cal_wk.bin' WITH (FORMAT binary)
SELECT w FROM wk_bin_back ORDER BY w;
DROP TABLE wk_bin, wk_bin_back;

-- An index and a hash join.
CREATE TABLE wk (w isoweek, n int);
INSERT INTO wk SELECT isoweek(date '2023-01-02' + i), i FROM generate_series(0, 999) AS i;
CREATE INDEX ON wk (w);
ANALYZE wk;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM wk WHERE w = '2023-W40';
SELECT count(*) FROM wk WHERE w = '2023-W40';
RESET enable_seqscan;
SET enable_mergejoin = off;
SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM wk a JOIN wk b USING (w);
SELECT count(*) FROM wk a JOIN wk b USING (w);
RESET enable_mergejoin;
RESET enable_nestloop;
DROP TABLE wk;
