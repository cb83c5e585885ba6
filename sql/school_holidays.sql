-- County school holidays for every year: the shipped rows and their
-- sources, each county's weeks, the projection of the years that have no
-- rows, counties by old and new name and number, working days, and the
-- calendar's holiday rows, all from the one table.
SET search_path = vigo_cal, public;
SET datestyle = ISO;

-- ---------------------------------------------------------------------
-- The shipped rows
-- ---------------------------------------------------------------------
-- Per school year and kind of source: rows, how many are tentative, and
-- how many are one-off (not projected to later years).
SELECT school_year, source_kind, count(*) AS rows, count(*) FILTER (WHERE tentative) AS tentative,
       count(*) FILTER (WHERE one_off) AS one_off
  FROM school_holiday WHERE origin = 'vigo_cal'
 GROUP BY school_year, source_kind ORDER BY school_year, source_kind;
-- Every shipped row cites its source (a page with its address, or the
-- edition's entry); every row from a municipal page or inferred is
-- tentative and its note says why.
SELECT count(*) AS rows,
       count(*) FILTER (WHERE source IS NULL OR source_kind IS NULL) AS without_source,
       count(*) FILTER (WHERE source_kind <> 'edition' AND source !~ ', https?://[^ ]+$') AS without_address,
       count(*) FILTER (WHERE source_kind = 'edition' AND source !~ 'entry e(25|26|79|80|81)$') AS edition_without_entry,
       count(*) FILTER (WHERE source_kind = 'municipality' AND NOT tentative) AS municipal_not_tentative,
       count(*) FILTER (WHERE school_year >= '2024-2025' AND tentative AND note NOT LIKE 'Tentative: %') AS tentative_without_reason,
       count(*) FILTER (WHERE school_year >= '2024-2025' AND NOT tentative AND note LIKE 'Tentative: %') AS reason_not_tentative
  FROM school_holiday WHERE origin = 'vigo_cal';
-- Every row's rule gives the first and last day its source prints (for
-- 2023-2024: the weeks of school_holidays_2023_2024.csv; after: the days
-- of research/holidays.csv).  The rows that differ (none), then the count.
CREATE TEMP TABLE printed (region_key text, school_year schoolyear, kind text, first_day date, last_day date);
INSERT INTO printed VALUES
  ('agder', '2023-2024', 'hostferie', date '2023-10-02', date '2023-10-06'),
  ('oslo', '2023-2024', 'hostferie', date '2023-10-02', date '2023-10-06'),
  ('viken', '2023-2024', 'hostferie', date '2023-10-02', date '2023-10-06'),
  ('troms_og_finnmark', '2023-2024', 'hostferie', date '2023-10-02', date '2023-10-06'),
  ('innlandet', '2023-2024', 'hostferie', date '2023-10-09', date '2023-10-13'),
  ('more_og_romsdal', '2023-2024', 'hostferie', date '2023-10-09', date '2023-10-13'),
  ('rogaland', '2023-2024', 'hostferie', date '2023-10-09', date '2023-10-13'),
  ('trondelag', '2023-2024', 'hostferie', date '2023-10-09', date '2023-10-13'),
  ('vestfold_og_telemark', '2023-2024', 'hostferie', date '2023-10-09', date '2023-10-13'),
  ('vestland', '2023-2024', 'hostferie', date '2023-10-09', date '2023-10-13'),
  ('nordland', '2023-2024', 'hostferie', date '2023-10-11', date '2023-10-13'),
  ('agder', '2023-2024', 'vinterferie', date '2024-02-19', date '2024-02-23'),
  ('oslo', '2023-2024', 'vinterferie', date '2024-02-19', date '2024-02-23'),
  ('more_og_romsdal', '2023-2024', 'vinterferie', date '2024-02-19', date '2024-02-23'),
  ('trondelag', '2023-2024', 'vinterferie', date '2024-02-19', date '2024-02-23'),
  ('vestfold_og_telemark', '2023-2024', 'vinterferie', date '2024-02-19', date '2024-02-23'),
  ('vestland_tidl_sogn_og_fjordane', '2023-2024', 'vinterferie', date '2024-02-19', date '2024-02-23'),
  ('viken_tidl_akershus_og_ostfold', '2023-2024', 'vinterferie', date '2024-02-19', date '2024-02-23'),
  ('innlandet', '2023-2024', 'vinterferie', date '2024-02-26', date '2024-03-01'),
  ('nordland', '2023-2024', 'vinterferie', date '2024-02-26', date '2024-03-01'),
  ('rogaland', '2023-2024', 'vinterferie', date '2024-02-26', date '2024-03-01'),
  ('vestland_tidl_hordaland', '2023-2024', 'vinterferie', date '2024-02-26', date '2024-03-01'),
  ('viken_tidl_buskerud', '2023-2024', 'vinterferie', date '2024-02-26', date '2024-03-01'),
  ('troms_og_finnmark', '2023-2024', 'vinterferie', date '2024-03-04', date '2024-03-08'),
  ('oslo', '2024-2025', 'hostferie', date '2024-09-30', date '2024-10-04'),
  ('oslo', '2024-2025', 'vinterferie', date '2025-02-17', date '2025-02-21'),
  ('rogaland', '2024-2025', 'hostferie', date '2024-10-07', date '2024-10-11'),
  ('rogaland', '2024-2025', 'vinterferie', date '2025-02-24', date '2025-02-28'),
  ('more_og_romsdal', '2024-2025', 'hostferie', date '2024-10-07', date '2024-10-11'),
  ('more_og_romsdal', '2024-2025', 'vinterferie', date '2025-02-17', date '2025-02-21'),
  ('nordland', '2024-2025', 'hostferie', date '2024-09-30', date '2024-10-04'),
  ('nordland', '2024-2025', 'vinterferie', date '2025-03-03', date '2025-03-07'),
  ('ostfold', '2024-2025', 'hostferie', date '2024-09-30', date '2024-10-04'),
  ('ostfold', '2024-2025', 'vinterferie', date '2025-02-17', date '2025-02-21'),
  ('akershus', '2024-2025', 'hostferie', date '2024-09-30', date '2024-10-04'),
  ('akershus', '2024-2025', 'vinterferie', date '2025-02-17', date '2025-02-21'),
  ('buskerud', '2024-2025', 'hostferie', date '2024-09-30', date '2024-10-04'),
  ('buskerud', '2024-2025', 'vinterferie', date '2025-02-24', date '2025-02-28'),
  ('innlandet', '2024-2025', 'hostferie', date '2024-10-07', date '2024-10-11'),
  ('innlandet', '2024-2025', 'vinterferie', date '2025-02-24', date '2025-02-28'),
  ('telemark', '2024-2025', 'hostferie', date '2024-10-07', date '2024-10-11'),
  ('telemark', '2024-2025', 'vinterferie', date '2025-02-17', date '2025-02-21'),
  ('agder', '2024-2025', 'hostferie', date '2024-09-30', date '2024-10-04'),
  ('agder', '2024-2025', 'vinterferie', date '2025-02-17', date '2025-02-21'),
  ('vestland', '2024-2025', 'hostferie', date '2024-10-07', date '2024-10-11'),
  ('vestland_tidl_hordaland', '2024-2025', 'vinterferie', date '2025-02-24', date '2025-02-28'),
  ('vestland_tidl_sogn_og_fjordane', '2024-2025', 'vinterferie', date '2025-02-17', date '2025-02-21'),
  ('trondelag', '2024-2025', 'hostferie', date '2024-10-07', date '2024-10-11'),
  ('trondelag', '2024-2025', 'vinterferie', date '2025-03-03', date '2025-03-07'),
  ('troms', '2024-2025', 'hostferie', date '2024-10-02', date '2024-10-04'),
  ('troms', '2024-2025', 'vinterferie', date '2025-03-03', date '2025-03-07'),
  ('vestfold', '2024-2025', 'hostferie', date '2024-10-07', date '2024-10-11'),
  ('vestfold', '2024-2025', 'vinterferie', date '2025-02-17', date '2025-02-21'),
  ('finnmark', '2024-2025', 'hostferie', date '2024-10-02', date '2024-10-04'),
  ('finnmark', '2024-2025', 'vinterferie', date '2025-03-05', date '2025-03-07'),
  ('oslo', '2025-2026', 'hostferie', date '2025-09-29', date '2025-10-03'),
  ('oslo', '2025-2026', 'vinterferie', date '2026-02-16', date '2026-02-20'),
  ('nordland', '2025-2026', 'hostferie', date '2025-09-29', date '2025-10-03'),
  ('nordland', '2025-2026', 'vinterferie', date '2026-03-02', date '2026-03-06'),
  ('ostfold', '2025-2026', 'hostferie', date '2025-09-29', date '2025-10-03'),
  ('ostfold', '2025-2026', 'vinterferie', date '2026-02-16', date '2026-02-20'),
  ('akershus', '2025-2026', 'hostferie', date '2025-09-29', date '2025-10-03'),
  ('akershus', '2025-2026', 'vinterferie', date '2026-02-16', date '2026-02-20'),
  ('buskerud', '2025-2026', 'hostferie', date '2025-09-29', date '2025-10-03'),
  ('buskerud', '2025-2026', 'vinterferie', date '2026-02-23', date '2026-02-27'),
  ('innlandet', '2025-2026', 'hostferie', date '2025-10-06', date '2025-10-10'),
  ('innlandet', '2025-2026', 'vinterferie', date '2026-02-23', date '2026-02-27'),
  ('vestfold', '2025-2026', 'hostferie', date '2025-10-06', date '2025-10-10'),
  ('vestfold', '2025-2026', 'vinterferie', date '2026-02-16', date '2026-02-20'),
  ('agder', '2025-2026', 'hostferie', date '2025-09-29', date '2025-10-03'),
  ('agder', '2025-2026', 'vinterferie', date '2026-02-16', date '2026-02-20'),
  ('vestland', '2025-2026', 'hostferie', date '2025-10-06', date '2025-10-10'),
  ('vestland_tidl_hordaland', '2025-2026', 'vinterferie', date '2026-02-23', date '2026-02-27'),
  ('vestland_tidl_sogn_og_fjordane', '2025-2026', 'vinterferie', date '2026-02-16', date '2026-02-20'),
  ('trondelag', '2025-2026', 'hostferie', date '2025-10-06', date '2025-10-10'),
  ('trondelag', '2025-2026', 'vinterferie', date '2026-02-16', date '2026-02-20'),
  ('troms', '2025-2026', 'hostferie', date '2025-10-01', date '2025-10-03'),
  ('troms', '2025-2026', 'vinterferie', date '2026-03-02', date '2026-03-06'),
  ('oslo', '2026-2027', 'hostferie', date '2026-09-28', date '2026-10-02'),
  ('oslo', '2026-2027', 'vinterferie', date '2027-02-22', date '2027-02-26'),
  ('rogaland', '2026-2027', 'vinterferie', date '2027-02-15', date '2027-02-19'),
  ('innlandet', '2026-2027', 'hostferie', date '2026-10-05', date '2026-10-09'),
  ('innlandet', '2026-2027', 'vinterferie', date '2027-02-22', date '2027-02-26'),
  ('vestfold', '2026-2027', 'hostferie', date '2026-10-05', date '2026-10-09'),
  ('vestfold', '2026-2027', 'vinterferie', date '2027-02-22', date '2027-02-26'),
  ('agder', '2026-2027', 'hostferie', date '2026-09-28', date '2026-10-02'),
  ('agder', '2026-2027', 'vinterferie', date '2027-02-22', date '2027-02-26'),
  ('vestland_tidl_sogn_og_fjordane', '2026-2027', 'hostferie', date '2026-10-05', date '2026-10-09'),
  ('vestland_tidl_sogn_og_fjordane', '2026-2027', 'vinterferie', date '2027-02-22', date '2027-02-26'),
  ('vestland_tidl_hordaland', '2026-2027', 'hostferie', date '2026-10-05', date '2026-10-09'),
  ('vestland_tidl_hordaland', '2026-2027', 'vinterferie', date '2027-03-01', date '2027-03-05'),
  ('troms', '2026-2027', 'hostferie', date '2026-09-30', date '2026-10-02'),
  ('troms', '2026-2027', 'vinterferie', date '2027-02-22', date '2027-02-26'),
  ('oslo', '2027-2028', 'hostferie', date '2027-10-04', date '2027-10-08'),
  ('oslo', '2027-2028', 'vinterferie', date '2028-02-21', date '2028-02-25');
SELECT p.*, h.rule, resolve_range(h.rule, h.school_year) AS by_rule
  FROM printed p
  FULL JOIN school_holiday h USING (region_key, school_year, kind)
 WHERE h.rule IS NULL OR p.first_day IS NULL
    OR resolve_range(h.rule, h.school_year) <> daterange(p.first_day, p.last_day, '[]');
SELECT count(*) AS printed_rows FROM printed;

-- ---------------------------------------------------------------------
-- Each county of 2024, each year from 2023-2024 to 2027-2028: its weeks
-- ---------------------------------------------------------------------
-- basis: the kind of source, or "forventet" and the year it is projected
-- from.  2023-2024 is the edition (old names); Vestland has two regions;
-- Nordland's whole week 40 from 2024, and Wednesday to Friday in Troms
-- and Finnmark, are as found; for 2027-2028 only Oslo's standing rule is
-- published.
SELECT c.name AS county, y.sy AS school_year, h.kind, h.region, h.rule, h.first_day, h.last_day,
       CASE WHEN h.projected THEN 'forventet fra ' || h.from_year::text ELSE h.source_kind END AS basis,
       h.tentative
  FROM county c
  CROSS JOIN (SELECT sy::schoolyear FROM unnest(ARRAY['2023-2024', '2024-2025', '2025-2026', '2026-2027', '2027-2028']) AS sy) AS y
  CROSS JOIN LATERAL school_holidays(c.county_number, y.sy) AS h
 WHERE c.valid_to IS NULL
 ORDER BY c.county_number, y.sy, h.first_day, h.region;

-- ---------------------------------------------------------------------
-- Projection
-- ---------------------------------------------------------------------
-- A year with nothing published: each county's rule of its latest known
-- year, tentative, projected, with where it comes from.
SELECT kind, region, rule, first_day, last_day, tentative, projected, from_year, source_kind, note
  FROM school_holidays('Oslo', '2030-2031');
SELECT kind, region, rule, first_day, last_day, projected, from_year, note
  FROM school_holidays('Nordland', '2030-2031');
-- Partly published: Rogaland 2026-2027 has its vinterferie (moved, one-off);
-- its høstferie is projected.
SELECT kind, region, rule, first_day, projected, from_year, source_kind
  FROM school_holidays('Rogaland', '2026-2027');
-- A part of a county is projected from a row of the whole county: without
-- former Hordaland's rows of 2026-2027, its høstferie comes from Vestland's
-- row of 2025-2026 and its vinterferie from its own.
BEGIN;
DELETE FROM school_holiday WHERE region_key = 'vestland_tidl_hordaland' AND school_year = '2026-2027';
SELECT kind, region, rule, first_day, projected, from_year, source_kind
  FROM school_holidays('Vestland', '2026-2027');
ROLLBACK;
-- A one-off year is not projected: Rogaland's vinterferie of 2027, moved
-- to week 7 for the early Easter, and Innlandet's (week 8) are followed by
-- week 9 again, from 2024-2025 and 2025-2026.
SELECT h.kind, h.region, h.rule, h.first_day, h.projected, h.from_year
  FROM unnest(ARRAY['Rogaland', 'Innlandet']) AS c(name),
       unnest(ARRAY['2026-2027', '2027-2028', '2040-2041']::schoolyear[]) AS y(sy),
       LATERAL school_holidays(c.name, y.sy) AS h
 WHERE h.kind = 'vinterferie'
 ORDER BY h.region, h.first_day;
-- Nothing is projected backwards: before 2023-2024 there are no holidays.
SELECT count(*) AS holidays_2022_2023 FROM school_holidays('Oslo', '2022-2023');
-- A row added for a year makes it published: no longer projected.
BEGIN;
INSERT INTO school_holiday (region_key, school_year, kind, rule, source, source_kind)
VALUES ('oslo', '2030-2031', 'hostferie', 'uke 41', 'Skolerute 2030-2031, https://example.org/', 'county');
SELECT kind, region, rule, first_day, tentative, projected, from_year, source_kind
  FROM school_holidays('Oslo', '2030-2031');
ROLLBACK;

-- ---------------------------------------------------------------------
-- Counties by name or number, old or new, as they stand in the year
-- ---------------------------------------------------------------------
SELECT county_numbers('Viken', '2023-2024') AS viken_2023, county_numbers('Viken', '2026-2027') AS viken_2026,
       county_numbers('54', '2030-2031') AS troms_og_finnmark_2030, county_numbers('Akershus', '2026-2027') AS akershus;
-- Akershus in 2023-2024: the rows the edition printed for it, under Viken.
SELECT kind, region, rule, first_day, last_day FROM school_holidays('32', '2023-2024');
-- Viken in 2026-2027: Østfold's, Akershus's and Buskerud's.
SELECT kind, region, rule, first_day, projected FROM school_holidays('Viken', '2026-2027');
-- Name and number, old and union of new, agree in every year from
-- 2022-2023 to 2035-2036 (the count of years where they differ: 0).
CREATE FUNCTION pg_temp.rows_of(county text, sy schoolyear) RETURNS text[] LANGUAGE sql AS
  $$ SELECT coalesce(array_agg(h::text ORDER BY h::text), '{}') FROM school_holidays(county, sy) AS h $$;
CREATE FUNCTION pg_temp.rows_of_all(counties text[], sy schoolyear) RETURNS text[] LANGUAGE sql AS
  $$ SELECT coalesce(array_agg(DISTINCT h::text ORDER BY h::text), '{}')
       FROM unnest(counties) AS c, LATERAL school_holidays(c, sy) AS h $$;
SELECT count(*) AS years,
       count(*) FILTER (WHERE pg_temp.rows_of('Akershus', sy) <> pg_temp.rows_of('32', sy)) AS akershus_32,
       count(*) FILTER (WHERE pg_temp.rows_of('Viken', sy) <> pg_temp.rows_of('30', sy)) AS viken_30,
       count(*) FILTER (WHERE sy >= '2024-2025'
                          AND pg_temp.rows_of('Viken', sy) <> pg_temp.rows_of_all('{31,32,33}', sy)) AS viken_new,
       count(*) FILTER (WHERE sy >= '2024-2025'
                          AND pg_temp.rows_of('Troms og Finnmark', sy) <> pg_temp.rows_of_all('{Troms,Finnmark}', sy)) AS troms_og_finnmark_new,
       count(*) FILTER (WHERE sy >= '2024-2025'
                          AND pg_temp.rows_of('38', sy) <> pg_temp.rows_of_all('{39,40}', sy)) AS vestfold_og_telemark_new,
       count(*) FILTER (WHERE pg_temp.rows_of(' vestland ', sy) <> pg_temp.rows_of('46', sy)) AS vestland_46
  FROM generate_series(2022, 2035) AS y, LATERAL (SELECT y::schoolyear AS sy) AS s;
SELECT school_holidays('Narnia', '2026-2027');

-- ---------------------------------------------------------------------
-- School days
-- ---------------------------------------------------------------------
-- A holiday, a public holiday and a weekend are no school days; so is a
-- day off in any region of a county split in regions, and in any of the
-- counties an old county stands for in that year.
SELECT day, to_char(day, 'Dy') AS dow, county, is_school_day(day, county) AS school_day, why
  FROM (VALUES (1, '2024-10-01'::date, 'Oslo', 'høstferie uke 40'),
               (2, '2024-10-08', 'Oslo', 'the Tuesday after'),
               (3, '2025-05-01', 'Oslo', '1. mai'),
               (4, '2024-10-05', 'Oslo', 'a Saturday'),
               (5, '2024-10-01', 'Troms', 'uke 40, but Troms is off Wednesday to Friday'),
               (6, '2024-10-02', 'Troms', 'the Wednesday'),
               (7, '2023-10-10', 'Nordland', '2023: only Wednesday to Friday of uke 41'),
               (8, '2023-10-11', 'Nordland', 'the Wednesday'),
               (9, '2024-10-01', 'Nordland', 'from 2024 the whole uke 40'),
               (10, '2025-02-18', 'Vestland', 'off in former Sogn og Fjordane (uke 8)'),
               (11, '2025-02-25', 'Vestland', 'off in former Hordaland (uke 9)'),
               (12, '2025-02-18', '46', 'by number'),
               (13, '2027-02-16', 'Rogaland', 'uke 7 of 2027'),
               (14, '2030-10-01', 'Oslo', 'projected høstferie'),
               (15, '2030-10-08', 'Oslo', 'the Tuesday after'),
               (16, '2026-10-07', 'Vestland', 'uke 41 of 2026'),
               (17, '2026-09-30', 'Viken', 'uke 40 in Østfold, Akershus, Buskerud'),
               (18, '2026-10-07', 'Viken', 'uke 41: school there')) AS t(n, day, county, why)
 ORDER BY n;

-- ---------------------------------------------------------------------
-- The calendar: one row per kind and ISO week, from the same rows
-- ---------------------------------------------------------------------
-- 2023-2024 gives the keys and days of the edition's entries.
SELECT entry, event_key, printed, printed_end, final, final_end, verdict
  FROM verify_edition('2023-2024') WHERE event_key ~ 'ferie';
-- arshjul('2030-2031') has its holidays, expected and tentative.
SELECT a.month_heading, a.date_label, a.due_date, a.due_end, a.event_key, a.what, a.comment
  FROM arshjul('2030-2031') AS a WHERE a.category = 'school_holiday';
SELECT c.event_key, c.tentative, c.iso_week, c.weekday
  FROM calendar_between('2030-08-01', '2031-07-31') AS c WHERE c.category = 'school_holiday' ORDER BY c.due_date;
-- No calendar title after 2023-2024 names a county that ended on 1
-- January 2024, or misspells the winter break; every year has its rows.
SELECT count(*) AS years, min(n) AS fewest_rows_a_year, sum(bad) AS titles_with_old_names
  FROM (SELECT c.school_year, count(*) AS n,
               count(*) FILTER (WHERE c.title ~ 'Viken|Troms og Finnmark|Vestfold og Telemark|Vinerferie') AS bad
          FROM calendar_between('2024-08-01', '2041-07-31') AS c
         WHERE c.category = 'school_holiday'
         GROUP BY c.school_year) AS per_year;
-- The calendar's days are the days of school_holidays (one source): for
-- every holiday row from 2023-2024 to 2031-2032, its first and last day
-- are the least and greatest of its regions' (rows that differ: none).
WITH cal AS (
  SELECT c.school_year, c.event_key, c.due_date, c.due_end
    FROM calendar_between('2023-08-01', '2032-07-31') AS c WHERE c.category = 'school_holiday'
), tab AS (
  SELECT y.sy, h.kind || '_uke_' || date_part('week', lower(h.days)) AS event_key,
         min(lower(h.days)) AS first_day, max(upper(h.days)) - 1 AS last_day
    FROM generate_series(2023, 2031) AS i, LATERAL (SELECT i::schoolyear AS sy) AS y,
         LATERAL all_school_holidays(y.sy) AS h
   GROUP BY 1, 2
)
SELECT * FROM cal FULL JOIN tab ON tab.sy = cal.school_year AND tab.event_key = cal.event_key
 WHERE cal.due_date IS DISTINCT FROM tab.first_day OR cal.due_end IS DISTINCT FROM tab.last_day;
-- The events of the edition's holiday entries are keys only: their rules
-- give no rows of their own (no second "uke 40" row, no printed title).
SELECT count(*) AS rows_with_printed_titles
  FROM calendar_between('2023-08-01', '2031-07-31') AS c
  JOIN event e ON e.event_key = c.event_key
 WHERE c.title = e.title AND e.category = 'school_holiday';

-- A county number has one or two digits: a longer one is no county (not
-- cut down to one that exists).
SELECT regress.try_sql($$SELECT vigo_cal.county_numbers('4601')$$);
SELECT regress.try_sql($$SELECT vigo_cal.is_school_day('2026-10-07', '300')$$);
SELECT vigo_cal.county_numbers('3') AS oslo_by_one_digit;

-- is_school_day reads the stored holidays for a year the occurrence store
-- holds; it gives what school_holidays() works out, day by day (here a
-- school year for three counties, old and new, by name and number).
SELECT k.county, count(*) AS days,
       count(*) FILTER (WHERE vigo_cal.is_school_day(d::date, k.county)) AS school_days,
       count(*) FILTER (WHERE vigo_cal.is_school_day(d::date, k.county) IS DISTINCT FROM
                              (vigo_cal.is_business_day(d::date)
                               AND NOT EXISTS (SELECT 1 FROM vigo_cal.school_holidays(k.county, '2026-2027') h
                                                WHERE h.days @> d::date))) AS disagreements
  FROM (VALUES ('46'), ('Nordland'), ('Viken')) AS k (county),
       generate_series(date '2026-08-01', date '2027-07-31', '1 day') AS d
 GROUP BY k.county ORDER BY k.county;

-- ---------------------------------------------------------------------
-- How sources rank: county, school, edition, municipality, aggregator
-- ---------------------------------------------------------------------
SELECT k AS source_kind, school_holiday_source_rank(k) AS rank
  FROM unnest(ARRAY['county', 'school', 'edition', 'municipality', 'aggregator', NULL]) AS k;
-- An aggregator row is the last resort: always tentative, always citing
-- its page; the shipped ones (Troms 2025-2026 and 2026-2027) quote it.
SELECT region_key, school_year, kind, rule, tentative, one_off, left(source, 40) AS source
  FROM school_holiday WHERE source_kind = 'aggregator' ORDER BY school_year, kind;
SELECT regress.try_sql($$INSERT INTO vigo_cal.school_holiday (region_key, school_year, kind, rule, tentative, source, source_kind)
                         VALUES ('finnmark', '2026-2027', 'hostferie', 'uke 40', false, 'https://example.org', 'aggregator')$$);
SELECT regress.try_sql($$INSERT INTO vigo_cal.school_holiday (region_key, school_year, kind, rule, tentative, source_kind)
                         VALUES ('finnmark', '2026-2027', 'hostferie', 'uke 40', true, 'aggregator')$$);
SELECT regress.try_sql($$INSERT INTO vigo_cal.school_holiday (region_key, school_year, kind, rule, source_kind)
                         VALUES ('finnmark', '2026-2027', 'hostferie', 'uke 40', 'blog')$$);
-- Rows that compete for a county part: in the year itself the best source
-- wins and a row beaten in every part it covers is left out (a county
-- decision for Troms og Finnmark over the aggregator's week for Troms, in
-- Troms and Finnmark both), and a county's row beats a municipal page of
-- the part's own region; a year published nowhere is projected from the
-- best row of the latest year.
BEGIN;
INSERT INTO school_holiday (region_key, school_year, kind, rule, source, source_kind)
VALUES ('troms_og_finnmark', '2026-2027', 'vinterferie', 'uke 10', 'a test, https://example.org/a', 'county');
SELECT county, kind, region, rule, projected, source_kind
  FROM (VALUES ('Troms'), ('Finnmark')) AS k (county), school_holidays(k.county, '2026-2027')
 ORDER BY county, kind;
SELECT count(*) FILTER (WHERE region = 'Troms' AND kind = 'vinterferie') AS aggregator_rows_left
  FROM all_school_holidays('2026-2027');
-- a municipal page for Troms's own region: the county's row still wins
INSERT INTO school_holiday (region_key, school_year, kind, rule, tentative, source, source_kind)
VALUES ('troms', '2027-2028', 'vinterferie', 'uke 9', true, 'a test, https://example.org/b', 'municipality'),
       ('troms_og_finnmark', '2027-2028', 'vinterferie', 'uke 11', false, 'a test, https://example.org/c', 'county');
SELECT kind, region, rule, projected, source_kind
  FROM school_holidays('Troms', '2027-2028') WHERE kind = 'vinterferie';
-- and 2028-2029, published nowhere, is projected from 2027-2028's best row
SELECT kind, region, rule, projected, from_year, source_kind
  FROM school_holidays('Troms', '2028-2029') WHERE kind = 'vinterferie';
ROLLBACK;
