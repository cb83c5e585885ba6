-- bi.sql: the BI surface (schema vigo_cal_bi) and the occurrence store
-- behind it.  The store holds exactly what the rules give, after every kind
-- of edit; the views filter with a literal or a bound text parameter without
-- any search_path; a reader needs no grant but those of
-- vigo_cal.grant_reader and sees only its counties' deliveries; the views
-- agree with the typed API.
SET client_min_messages = warning;
SET datestyle = ISO;
-- the schedule is edited as an administrator does, with vigo_cal on the
-- search_path; the BI views are read below without it
SET search_path = vigo_cal, public;

-- ---------------------------------------------------------------------
-- The store holds what the rules give
-- ---------------------------------------------------------------------
-- store_check(): the stored rows against calendar_between worked out from
-- the rules (with the store set aside), both ways, and the BI columns
-- against the typed ones.
CREATE FUNCTION pg_temp.store_check() RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
  w vigo_cal.occurrence_window;
  st vigo_cal.occurrence_store_state;
  n_stored bigint;
  n_missing bigint;
  n_extra bigint;
  n_bad bigint;
BEGIN
  SELECT * INTO st FROM vigo_cal.occurrence_store_state;
  IF NOT st.valid THEN
    RETURN 'not valid: ' || coalesce(st.problem, '?');
  END IF;
  SELECT * INTO w FROM vigo_cal.occurrence_window;
  CREATE TEMP TABLE stored_rows AS
    SELECT s.school_year, s.event_key, s.occurrence, s.title, s.comment, s.from_party, s.to_party,
           s.category, s.category_color, s.due_date, s.due_end, s.county_deadline, s.iso_week,
           s.weekday, s.tentative, s.overridden, s.vigo_report, s.date_label, s.rule,
           s.last_working_day, s.fixed_date
      FROM vigo_cal.occurrence_store s;
  UPDATE vigo_cal.occurrence_store_state SET valid = false;
  CREATE TEMP TABLE computed_rows AS
    SELECT c.* FROM vigo_cal.calendar_between(vigo_cal.first_day(w.first_year) - 366,
                                              vigo_cal.last_day(w.last_year) + 366) AS c
     WHERE c.school_year OPERATOR(vigo_cal.>=) w.first_year AND c.school_year OPERATOR(vigo_cal.<=) w.last_year;
  UPDATE vigo_cal.occurrence_store_state SET valid = true;
  SELECT count(*) INTO n_stored FROM stored_rows;
  SELECT count(*) INTO n_missing FROM (SELECT * FROM computed_rows EXCEPT ALL SELECT * FROM stored_rows) AS m;
  SELECT count(*) INTO n_extra FROM (SELECT * FROM stored_rows EXCEPT ALL SELECT * FROM computed_rows) AS x;
  SELECT count(*) INTO n_bad FROM vigo_cal.occurrence_store s
    LEFT JOIN vigo_cal.event e ON e.event_key = s.event_key
    JOIN vigo_cal.category k ON k.category_key = s.category
   WHERE s.school_year_text IS DISTINCT FROM s.school_year::text
      OR s.start_year IS DISTINCT FROM vigo_cal.start_year(s.school_year)
      OR s.iso_week_text IS DISTINCT FROM s.iso_week::text
      OR s.iso_year IS DISTINCT FROM vigo_cal.isoweek_year(s.iso_week)
      OR s.iso_week_number IS DISTINCT FROM vigo_cal.isoweek_week(s.iso_week)
      OR s.category_label IS DISTINCT FROM k.label OR s.category_sort IS DISTINCT FROM k.sort_order
      OR s.rule_text IS DISTINCT FROM s.rule::text
      OR s.deadline IS DISTINCT FROM coalesce(s.county_deadline, s.due_end, s.due_date)
      OR s.counties_deliver IS DISTINCT FROM (e.event_key IS NOT NULL
                                              AND (s.county_deadline IS NOT NULL OR coalesce(e.from_party = 'fylkene', false)));
  DROP TABLE stored_rows, computed_rows;
  RETURN format('%s rows of %s..%s stored, %s missing, %s extra, %s with wrong BI columns',
                n_stored, w.first_year, w.last_year, n_missing, n_extra, n_bad);
END $$;

-- holiday_check(): the stored school holidays against school_holidays()
-- for every county and school year of the window, both ways.
CREATE FUNCTION pg_temp.holiday_check() RETURNS text
LANGUAGE sql AS $$
  WITH typed AS (
    SELECT k.county_number, y.sy::text AS school_year, h.kind, h.region, h.first_day, h.last_day,
           h.tentative, h.projected, h.from_year::text AS from_year, h.rule::text AS rule,
           h.source, h.source_kind, h.note
      FROM vigo_cal.occurrence_window w
      CROSS JOIN generate_series(0, w.last_year OPERATOR(vigo_cal.-) w.first_year) AS i
      CROSS JOIN LATERAL (SELECT w.first_year OPERATOR(vigo_cal.+) i AS sy) AS y
      CROSS JOIN vigo_cal.county k
      CROSS JOIN LATERAL vigo_cal.school_holidays(k.county_number, y.sy) AS h
  ), stored AS (
    SELECT county_number, school_year_text, kind, region, first_day, last_day, tentative, projected,
           from_year::text, rule::text, source, source_kind, note
      FROM vigo_cal.school_holiday_store
  )
  SELECT format('%s school holidays stored, %s missing, %s extra', (SELECT count(*) FROM stored),
                (SELECT count(*) FROM (SELECT * FROM typed EXCEPT ALL SELECT * FROM stored) m),
                (SELECT count(*) FROM (SELECT * FROM stored EXCEPT ALL SELECT * FROM typed) x))
$$;

SELECT first_year, last_year, origin FROM vigo_cal.occurrence_window;
SELECT valid, suspended, problem FROM vigo_cal.occurrence_store_state;
SELECT pg_temp.store_check();
SELECT pg_temp.holiday_check();

-- Every kind of edit, each followed by the check, in one transaction.  The
-- store is worked out at commit; SET CONSTRAINTS ALL IMMEDIATE works it
-- out at the end of each statement instead, so each edit is checked alone.
BEGIN;
SET CONSTRAINTS ALL IMMEDIATE;
-- an event's rule: its own dates, what counts from it, the texts naming it
UPDATE vigo_cal.event SET rule = '3. tirsdag i oktober' WHERE event_key = 'ssb_elev_vgs_1';
SELECT pg_temp.store_check();
SELECT event_key, due_date, county_deadline, title FROM vigo_cal_bi.deadlines
 WHERE school_year = '2026-2027' AND event_key IN ('ssb_elev_vgs_1', 'rett_ssb_elev_1') ORDER BY due_date;
-- an override, changed, then cancelling the occurrence, then removed
INSERT INTO vigo_cal.event_override (event_key, school_year, due_date, reason)
VALUES ('ssb_elev_vgs_1', '2026-2027', '2026-10-28', 'flyttet (test)');
SELECT pg_temp.store_check();
SELECT event_key, due_date, overridden, date_label FROM vigo_cal_bi.deadlines
 WHERE school_year = '2026-2027' AND event_key IN ('ssb_elev_vgs_1', 'rett_ssb_elev_1') ORDER BY due_date;
UPDATE vigo_cal.event_override SET due_date = '2026-10-29', due_end = '2026-10-30'
 WHERE event_key = 'ssb_elev_vgs_1' AND school_year = '2026-2027';
SELECT pg_temp.store_check();
UPDATE vigo_cal.event_override SET due_date = NULL, due_end = NULL
 WHERE event_key = 'ssb_elev_vgs_1' AND school_year = '2026-2027';
SELECT pg_temp.store_check();
SELECT count(*) AS rows_2026 FROM vigo_cal_bi.deadlines WHERE school_year = '2026-2027' AND event_key = 'ssb_elev_vgs_1';
DELETE FROM vigo_cal.event_override WHERE event_key = 'ssb_elev_vgs_1' AND school_year = '2026-2027';
SELECT pg_temp.store_check();
-- one month of a monthly event
INSERT INTO vigo_cal.event_override (event_key, school_year, occurrence, due_date, reason)
VALUES ('sluttere_til_vigo_ot', '2026-2027', 3, '2026-11-30', 'november flyttet (test)');
SELECT pg_temp.store_check();
SELECT occurrence, due_date, overridden FROM vigo_cal_bi.deadlines
 WHERE school_year = '2026-2027' AND event_key = 'sluttere_til_vigo_ot' AND occurrence BETWEEN 2 AND 4 ORDER BY occurrence;
-- a category's colour and label, a party's name
UPDATE vigo_cal.category SET color = '#010203', label = 'Endret (test)'
 WHERE category_key = (SELECT category FROM vigo_cal.event WHERE event_key = 'ssb_elev_vgs_1');
UPDATE vigo_cal.party SET name = 'Udir og SSB (test)' WHERE party_key = (SELECT to_party FROM vigo_cal.event WHERE event_key = 'ssb_elev_vgs_1');
SELECT pg_temp.store_check();
SELECT DISTINCT category_color, category_label, to_party FROM vigo_cal_bi.deadlines WHERE event_key = 'ssb_elev_vgs_1';
-- a new event, in force from 2030-2031, whose text names another's date; then gone
INSERT INTO vigo_cal.event (event_key, title, from_party, category, rule, county_deadline, first_school_year)
VALUES ('bi_test_frist', 'Test {sy}: se {date:ssb_elev_vgs_1}', 'fylkene', 'vigo_internal',
        'ssb_elev_vgs_1 + 3 virkedager', 'bi_test_frist - 1 virkedag', '2030-2031');
SELECT pg_temp.store_check();
SELECT school_year, due_date, county_deadline, counties_deliver, title FROM vigo_cal_bi.deadlines
 WHERE event_key = 'bi_test_frist' AND start_year <= 2031 ORDER BY start_year;
DELETE FROM vigo_cal.event WHERE event_key = 'bi_test_frist';
SELECT pg_temp.store_check();
TRUNCATE vigo_cal.event_override;
SELECT pg_temp.store_check();
-- a school holiday published for a year (which the years after it are
-- projected from), and a county's parts: the calendar's holiday weeks and
-- the holiday store follow
INSERT INTO vigo_cal.school_holiday (region_key, school_year, kind, rule, tentative, source, source_kind)
VALUES ('oslo', '2028-2029', 'hostferie', 'uke 42', true, 'test', 'county');
SELECT pg_temp.store_check(), pg_temp.holiday_check();
SELECT school_year, first_day, last_day, projected, from_year FROM vigo_cal_bi.school_holidays
 WHERE county = '03' AND kind = 'hostferie' AND start_year BETWEEN 2027 AND 2030 ORDER BY start_year;
SELECT school_year, event_key, due_date FROM vigo_cal_bi.deadlines
 WHERE category = 'school_holiday' AND event_key LIKE 'hostferie%' AND start_year = 2028 ORDER BY due_date;
DELETE FROM vigo_cal.region_county WHERE region_key = 'oslo' AND county_number = '03';
SELECT pg_temp.store_check(), pg_temp.holiday_check();
-- A change that leaves the schedule unresolvable is accepted; the store
-- says so, the BI views report it, calendar_between gives the real error,
-- and the next change that mends it refreshes everything.
UPDATE vigo_cal.event SET rule = 'finnes_ikke + 1 virkedag' WHERE event_key = 'rett_ssb_elev_1';
SELECT valid, problem FROM vigo_cal.occurrence_store_state;
SAVEPOINT broken;
SELECT count(*) FROM vigo_cal_bi.deadlines;
ROLLBACK TO broken;
SELECT count(*) FROM vigo_cal.calendar_between('2026-08-01', '2027-07-31');
ROLLBACK;
BEGIN;
SET CONSTRAINTS ALL IMMEDIATE;
UPDATE vigo_cal.event SET rule = 'finnes_ikke + 1 virkedag' WHERE event_key = 'rett_ssb_elev_1';
UPDATE vigo_cal.event SET rule = 'ssb_elev_vgs_1 - 2 dager' WHERE event_key = 'rett_ssb_elev_1';
SELECT valid, problem FROM vigo_cal.occurrence_store_state;
SELECT pg_temp.store_check();
ROLLBACK;
SELECT pg_temp.store_check();

-- At commit (SET CONSTRAINTS ALL IMMEDIATE stands for it here, as the
-- rows are rolled back): the store is worked out once per transaction,
-- never for a statement that changed no row.  A refresh fills the store
-- with one INSERT: a trigger, made in each transaction and rolled back with
-- it, notes each one and its rows in pg_temp.refreshes.
CREATE TEMP TABLE refreshes (stored bigint);
CREATE FUNCTION pg_temp.note_refresh() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO pg_temp.refreshes SELECT count(*) FROM new_rows;
  RETURN NULL;
END $$;
CREATE FUNCTION pg_temp.note_refreshes() RETURNS void
LANGUAGE sql AS $$
  CREATE TRIGGER note_refresh AFTER INSERT ON vigo_cal.occurrence_store
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION pg_temp.note_refresh();
$$;
BEGIN;
SELECT pg_temp.note_refreshes();
UPDATE vigo_cal.category SET label = label WHERE false;
DELETE FROM vigo_cal.event WHERE false;
INSERT INTO vigo_cal.party SELECT * FROM vigo_cal.party WHERE false;
UPDATE vigo_cal.event_override SET reason = reason WHERE false;
SELECT valid, (SELECT count(*) FROM vigo_cal.occurrence_store_pending) AS pending FROM vigo_cal.occurrence_store_state;
SET CONSTRAINTS ALL IMMEDIATE;
SELECT count(*) AS no_change_no_refresh FROM pg_temp.refreshes;
ROLLBACK;
-- ten single-row edits: pending until commit, then one refresh; the views
-- say so meanwhile, and calendar_between works the edits out
BEGIN;
SELECT pg_temp.note_refreshes();
UPDATE vigo_cal.event SET tentative = true
 WHERE event_key IN (SELECT event_key FROM vigo_cal.event WHERE NOT tentative ORDER BY event_key LIMIT 1);
UPDATE vigo_cal.event SET tentative = true
 WHERE event_key IN (SELECT event_key FROM vigo_cal.event WHERE NOT tentative ORDER BY event_key LIMIT 1);
UPDATE vigo_cal.event SET tentative = true
 WHERE event_key IN (SELECT event_key FROM vigo_cal.event WHERE NOT tentative ORDER BY event_key LIMIT 1);
UPDATE vigo_cal.event SET tentative = true
 WHERE event_key IN (SELECT event_key FROM vigo_cal.event WHERE NOT tentative ORDER BY event_key LIMIT 1);
UPDATE vigo_cal.event SET tentative = true
 WHERE event_key IN (SELECT event_key FROM vigo_cal.event WHERE NOT tentative ORDER BY event_key LIMIT 1);
UPDATE vigo_cal.category SET label = label || ' (test)' WHERE category_key = 'fpvs';
UPDATE vigo_cal.party SET name = name || ' (test)' WHERE party_key = 'fylkene';
INSERT INTO vigo_cal.event_override (event_key, school_year, due_date, reason)
VALUES ('ssb_elev_vgs_1', '2026-2027', '2026-10-28', 'flyttet (test)');
UPDATE vigo_cal.event_override SET due_date = '2026-10-29' WHERE event_key = 'ssb_elev_vgs_1' AND school_year = '2026-2027';
UPDATE vigo_cal.school_holiday SET tentative = tentative
 WHERE (region_key, school_year, kind) IN (SELECT region_key, school_year, kind FROM vigo_cal.school_holiday ORDER BY 1, 2, 3 LIMIT 1);
SELECT p.whole, p.first_year, p.last_year, p.xact = pg_current_xact_id() AS own, st.valid, st.problem
  FROM vigo_cal.occurrence_store_pending p, vigo_cal.occurrence_store_state st;
SELECT count(*) AS refreshes_so_far FROM pg_temp.refreshes;
SAVEPOINT pending;
SELECT count(*) FROM vigo_cal_bi.deadlines;
ROLLBACK TO pending;
SELECT due_date, overridden FROM vigo_cal.calendar_between('2026-10-01', '2026-10-31') WHERE event_key = 'ssb_elev_vgs_1';
SET CONSTRAINTS ALL IMMEDIATE;
SELECT count(*) AS refreshes, sum(stored) AS stored FROM pg_temp.refreshes;
SELECT pg_temp.store_check();
SELECT due_date, overridden FROM vigo_cal_bi.deadlines WHERE event_key = 'ssb_elev_vgs_1' AND school_year = '2026-2027';
ROLLBACK;
-- overrides alone: only their school years are worked out
BEGIN;
SELECT pg_temp.note_refreshes();
INSERT INTO vigo_cal.event_override (event_key, school_year, due_date, reason)
VALUES ('ssb_elev_vgs_1', '2026-2027', '2026-10-28', 'flyttet (test)');
INSERT INTO vigo_cal.event_override (event_key, school_year, due_date, reason)
VALUES ('ssb_elev_vgs_1', '2028-2029', '2028-10-27', 'flyttet (test)');
SELECT whole, first_year, last_year FROM vigo_cal.occurrence_store_pending;
SET CONSTRAINTS ALL IMMEDIATE;
SELECT count(*) AS refreshes, sum(stored) = (SELECT count(*) FROM vigo_cal.occurrence_store
                                              WHERE school_year BETWEEN '2026-2027' AND '2028-2029') AS those_years_only
  FROM pg_temp.refreshes;
SELECT pg_temp.store_check();
ROLLBACK;
-- a broken edit mended in the same transaction: no warning, nothing lost
BEGIN;
UPDATE vigo_cal.event SET rule = 'finnes_ikke + 1 virkedag' WHERE event_key = 'rett_ssb_elev_1';
UPDATE vigo_cal.event SET rule = 'ssb_elev_vgs_1 - 2 dager' WHERE event_key = 'rett_ssb_elev_1';
SET CONSTRAINTS ALL IMMEDIATE;
SELECT valid, problem FROM vigo_cal.occurrence_store_state;
SELECT pg_temp.store_check();
ROLLBACK;
-- a broken edit left at commit: the warning comes then
BEGIN;
UPDATE vigo_cal.event SET rule = 'finnes_ikke + 1 virkedag' WHERE event_key = 'rett_ssb_elev_1';
SET CONSTRAINTS ALL IMMEDIATE;
SELECT valid, problem FROM vigo_cal.occurrence_store_state;
ROLLBACK;

-- calendar_between reads the store inside the window and works the rest
-- out: the same rows either way, at the window's edges too.
CREATE FUNCTION pg_temp.same_rows(from_date date, to_date date) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
  stored boolean := vigo_cal.occurrence_store_covers(vigo_cal.schoolyear(from_date - 366),
                                                     vigo_cal.schoolyear(to_date + 366));
  n bigint;
  differ bigint;
BEGIN
  CREATE TEMP TABLE read_rows AS SELECT * FROM vigo_cal.calendar_between(from_date, to_date);
  UPDATE vigo_cal.occurrence_store_state SET valid = false;
  CREATE TEMP TABLE worked_out AS SELECT * FROM vigo_cal.calendar_between(from_date, to_date);
  UPDATE vigo_cal.occurrence_store_state SET valid = true;
  SELECT count(*) INTO n FROM read_rows;
  SELECT count(*) INTO differ FROM ((SELECT * FROM read_rows EXCEPT ALL SELECT * FROM worked_out)
                                    UNION ALL (SELECT * FROM worked_out EXCEPT ALL SELECT * FROM read_rows)) AS d;
  DROP TABLE read_rows, worked_out;
  RETURN format('%s rows %s, %s differ', n, CASE WHEN stored THEN 'read from the store' ELSE 'worked out' END, differ);
END $$;
SELECT pg_temp.same_rows('2026-07-01', '2027-08-31') AS arshjul_2026_2027,
       pg_temp.same_rows('2017-01-01', '2018-12-31') AS near_the_first_year,
       pg_temp.same_rows('2016-01-01', '2017-12-31') AS past_the_first_year,
       pg_temp.same_rows('2049-08-01', '2050-07-31') AS near_the_last_year,
       pg_temp.same_rows('2012-08-01', '2016-07-31') AS before_the_window;

-- The window: widened with one call, narrowed by UPDATE; bad windows refused.
BEGIN;
SELECT vigo_cal.store_occurrences('2010-2011', '2055-2056') AS rows_stored;
SELECT pg_temp.store_check();
SELECT count(*) AS school_years, min(school_year), max(school_year) FROM vigo_cal_bi.school_years;
SELECT vigo_cal.store_occurrences('2012-2013', '2054-2055') AS rows_stored_unchanged;
-- narrowed: the rows of the years that left go at commit (here at once)
UPDATE vigo_cal.occurrence_window SET first_year = '2020-2021', last_year = '2030-2031';
SET CONSTRAINTS ALL IMMEDIATE;
SELECT pg_temp.store_check();
SELECT origin FROM vigo_cal.occurrence_window;
ROLLBACK;
SELECT vigo_cal.store_occurrences('2030-2031', '2020-2021');
UPDATE vigo_cal.occurrence_window SET last_year = '2300-2301';

-- ---------------------------------------------------------------------
-- Built-in types, comments
-- ---------------------------------------------------------------------
SELECT c.relname AS view, count(*) AS columns,
       string_agg(DISTINCT format_type(a.atttypid, a.atttypmod), ', ') AS types,
       count(*) FILTER (WHERE col_description(c.oid, a.attnum) IS NULL) AS uncommented,
       obj_description(c.oid, 'pg_class') IS NOT NULL AS commented,
       c.reloptions
  FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0
 WHERE c.relnamespace = 'vigo_cal_bi'::regnamespace
 GROUP BY c.oid, c.relname, c.reloptions ORDER BY c.relname;

-- ---------------------------------------------------------------------
-- Filters with no search_path: literals, IN, ranges, aggregates, joins,
-- and bound text and varchar parameters
-- ---------------------------------------------------------------------
SET search_path = '';
SELECT count(*) FROM vigo_cal_bi.deadlines WHERE school_year = '2026-2027';
SELECT count(*) FROM vigo_cal_bi.deadlines WHERE school_year IN ('2025-2026', '2026-2027');
SELECT count(*) FROM vigo_cal_bi.deadlines WHERE school_year > '2048-2049';
SELECT min(school_year), max(school_year), count(DISTINCT school_year) FROM vigo_cal_bi.deadlines;
SELECT event_key, due_date, iso_week, iso_year, week FROM vigo_cal_bi.deadlines WHERE iso_week = '2026-W49' ORDER BY due_date, event_key;
SELECT y.school_year, y.is_current, count(d.event_key) FROM vigo_cal_bi.school_years y
  JOIN vigo_cal_bi.deadlines d USING (school_year) WHERE y.start_year BETWEEN 2025 AND 2027 GROUP BY 1, 2 ORDER BY 1;
PREPARE by_text(text) AS SELECT count(*) FROM vigo_cal_bi.deadlines WHERE school_year = $1;
EXECUTE by_text('2026-2027');
PREPARE by_varchar(varchar, varchar) AS
  SELECT count(*) FROM vigo_cal_bi.school_holidays WHERE school_year = $1 AND county = $2;
EXECUTE by_varchar('2023-2024', '46');
-- text school years sort as the type does
SELECT (SELECT array_agg(school_year ORDER BY school_year) FROM vigo_cal_bi.school_years)
     = (SELECT array_agg(w.first_year OPERATOR(vigo_cal.+) i ORDER BY w.first_year OPERATOR(vigo_cal.+) i)::text[]
          FROM vigo_cal.occurrence_window w,
               generate_series(0, w.last_year OPERATOR(vigo_cal.-) w.first_year) AS i) AS same_order;
-- the filter reaches the index
ANALYZE vigo_cal.occurrence_store;
-- (the plan's nodes and conditions; the initplan that checks the store is
-- left out, as PostgreSQL 17 prints its parameter differently)
CREATE FUNCTION pg_temp.plan_nodes(query text) RETURNS SETOF text LANGUAGE plpgsql AS $$
DECLARE
  line text;
BEGIN
  FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || query LOOP
    IF line !~ '(InitPlan|One-Time Filter)' THEN
      RETURN NEXT line;
    END IF;
  END LOOP;
END $$;
SELECT * FROM pg_temp.plan_nodes($$SELECT * FROM vigo_cal_bi.deadlines WHERE school_year = '2026-2027'$$) AS plan;
RESET search_path;
DEALLOCATE ALL;

-- ---------------------------------------------------------------------
-- The views against the typed API, as of a fixed day
-- ---------------------------------------------------------------------
\i test/clients/fixture.sql
SET vigo_cal.today = '2026-11-25';
SET TimeZone = 'Europe/Oslo';
SELECT vigo_cal.today(), (SELECT school_year FROM vigo_cal_bi.school_years WHERE is_current);
-- delivery_status: the same rows as delivery_status_as_of for its three years
SELECT count(*) AS typed,
       (SELECT count(*) FROM vigo_cal_bi.delivery_status WHERE start_year BETWEEN 2025 AND 2027) AS bi,
       (SELECT count(*) FROM (
          SELECT county, county_name, school_year::text, event_key, occurrence, title, to_party, category,
                 due_date, county_deadline, delivered_at, status, business_days_late, last_working_day, delivered_on
            FROM vigo_cal.delivery_status_as_of('2026-11-25')
          EXCEPT ALL
          SELECT county, county_name, school_year, event_key, occurrence, title, to_party, category,
                 due_date, county_deadline, delivered_at, status, business_days_late, last_working_day, delivered_on
            FROM vigo_cal_bi.delivery_status WHERE start_year BETWEEN 2025 AND 2027) AS d) AS differ
  FROM vigo_cal.delivery_status_as_of('2026-11-25');
-- ... in any session time zone: both take the day in Norway
SET TimeZone = 'UTC';
SELECT t.status AS typed_in_utc, b.status AS bi, b.delivered_on, b.business_days_late
  FROM vigo_cal.delivery_status_as_of('2026-11-25') t
  JOIN vigo_cal_bi.delivery_status b ON b.county = t.county AND b.event_key = t.event_key
   AND b.school_year = t.school_year::text AND b.occurrence = t.occurrence
 WHERE t.county = '46' AND t.event_key = 'ssb_elev_vgs_1' AND t.school_year::text = '2026-2027';
SET TimeZone = 'Europe/Oslo';
-- the county's year
SELECT event_key, county_deadline, delivered_on, status, business_days_late, days_until_deadline
  FROM vigo_cal_bi.delivery_status WHERE county = '46' AND school_year = '2026-2027'
 ORDER BY county_deadline, event_key;
SELECT * FROM vigo_cal_bi.late_missing WHERE county IN ('03', '46', '55') AND start_year IN (2025, 2026)
 ORDER BY county, school_year;
-- upcoming: the next 60 days, per county, delivery columns where they are the county's
SELECT min(days_until), max(days_until), max(least(days_until, days_until_deadline)) AS latest_start,
       count(DISTINCT county) AS counties, count(DISTINCT (event_key, occurrence)) AS occurrences
  FROM vigo_cal_bi.upcoming_deadlines;
SELECT due_date, days_until, event_key, county_deadline, county_must_deliver, status
  FROM vigo_cal_bi.upcoming_deadlines WHERE county = '46' AND days_until <= 30 ORDER BY due_date, event_key;
-- the schedule rows are those of the typed API's upcoming() (its window on due dates)
SELECT (SELECT count(*) FROM vigo_cal.calendar_between('2026-11-25', '2027-01-24') c
         WHERE NOT EXISTS (SELECT 1 FROM vigo_cal_bi.upcoming_deadlines u
                            WHERE u.event_key = c.event_key AND u.occurrence = c.occurrence
                              AND u.school_year = c.school_year::text)) AS missing_from_view;
-- school holidays: the rows of school_holidays(county, year), published
-- and projected
SELECT pg_temp.holiday_check();
SELECT (SELECT count(*) FROM vigo_cal.school_holidays('46', '2026-2027')) AS typed,
       (SELECT count(*) FROM vigo_cal_bi.school_holidays WHERE county = '46' AND school_year = '2026-2027') AS bi,
       (SELECT count(*) FROM (SELECT kind, region, first_day, last_day, tentative, projected
                                FROM vigo_cal.school_holidays('46', '2026-2027')
                              EXCEPT ALL
                              SELECT kind, region, first_day, last_day, tentative, projected
                                FROM vigo_cal_bi.school_holidays WHERE county = '46' AND school_year = '2026-2027') d) AS differ;
SELECT holiday, region, first_day, last_day, days, iso_week, projected FROM vigo_cal_bi.school_holidays
 WHERE county = '32' AND school_year = '2023-2024' ORDER BY first_day;
-- public holidays: those of public_holidays(year), every year of the window
SELECT count(*), min(day), max(day),
       (SELECT count(*) FROM (SELECT h.day, h.name FROM generate_series(2015, 2051) y, vigo_cal.public_holidays(y) h
                              EXCEPT SELECT day, name FROM vigo_cal_bi.public_holidays) d) AS differ
  FROM vigo_cal_bi.public_holidays;
SELECT day, name, weekday, on_weekday FROM vigo_cal_bi.public_holidays WHERE school_year = '2026-2027' ORDER BY day;

-- ---------------------------------------------------------------------
-- A reader with only the grants of vigo_cal.grant_reader: every view, its
-- counties' deliveries only
-- ---------------------------------------------------------------------
BEGIN;
CREATE ROLE bi_regress_46 LOGIN;
CREATE ROLE bi_regress_none LOGIN;
SELECT vigo_cal.grant_reader('bi_regress_46'), vigo_cal.grant_reader('bi_regress_none');
-- what a reader holds: USAGE on vigo_cal_bi, SELECT on its views, EXECUTE
-- on the functions they call
SELECT privilege_type, table_schema, table_name FROM information_schema.role_table_grants
 WHERE grantee = 'bi_regress_46' ORDER BY table_name;
SELECT n.nspname, a.privilege_type FROM pg_namespace n, aclexplode(n.nspacl) a
 WHERE a.grantee = 'bi_regress_46'::regrole ORDER BY 1, 2;
SELECT p.oid::regprocedure AS executes FROM pg_proc p, aclexplode(p.proacl) a
 WHERE a.grantee = 'bi_regress_46'::regrole ORDER BY p.oid::regprocedure::text COLLATE "C";
INSERT INTO vigo_cal.county_member (member_role, county_number) VALUES ('bi_regress_46', '46');
-- a cheap function that writes down every value it is shown: a security
-- barrier view must not show it another county's rows
CREATE TABLE public.bi_regress_seen (seen text);
GRANT INSERT ON public.bi_regress_seen TO PUBLIC;
CREATE FUNCTION public.bi_regress_leak(text) RETURNS boolean
  LANGUAGE plpgsql COST 0.0000001 AS $$ BEGIN INSERT INTO public.bi_regress_seen VALUES ($1); RETURN true; END $$;
SET LOCAL ROLE bi_regress_46;
SELECT * FROM vigo_cal_bi.my_counties;
SELECT count(*) AS deadlines FROM vigo_cal_bi.deadlines;
SELECT count(*) AS school_years FROM vigo_cal_bi.school_years;
SELECT count(*) AS categories FROM vigo_cal_bi.categories;
SELECT count(*) AS counties FROM vigo_cal_bi.counties;
SELECT count(*) AS school_holidays FROM vigo_cal_bi.school_holidays;
SELECT count(*) AS public_holidays FROM vigo_cal_bi.public_holidays;
SELECT county, count(*), count(delivered_at) FROM vigo_cal_bi.delivery_status GROUP BY county;
SELECT county, school_year, owed, on_time, late, missing FROM vigo_cal_bi.late_missing WHERE school_year = '2026-2027';
SELECT county, visible, count(*), count(status), count(delivered_at) FROM vigo_cal_bi.upcoming_deadlines
 WHERE county IN ('03', '46') GROUP BY county, visible ORDER BY county;
SAVEPOINT direct;
SELECT count(*) FROM vigo_cal.delivery_log;
ROLLBACK TO direct;
SELECT count(*) FROM vigo_cal_bi.delivery_status
 WHERE bi_regress_leak(county || ' ' || coalesce(delivered_at::text, '-')) AND event_key = 'ssb_elev_vgs_2';
SELECT count(*) FROM vigo_cal_bi.upcoming_deadlines
 WHERE bi_regress_leak(county || ' ' || coalesce(delivered_at::text, '-')) AND county IN ('03', '46');
SELECT count(*) FROM vigo_cal_bi.late_missing WHERE bi_regress_leak(county);
RESET ROLE;
SELECT seen, count(*) FROM public.bi_regress_seen GROUP BY seen ORDER BY seen;
SET LOCAL ROLE bi_regress_none;
SELECT count(*) AS my_counties FROM vigo_cal_bi.my_counties;
SELECT count(*) AS deadlines FROM vigo_cal_bi.deadlines;
SELECT count(*) AS delivery_rows FROM vigo_cal_bi.delivery_status;
SELECT count(*) AS upcoming_rows, count(status) AS with_status FROM vigo_cal_bi.upcoming_deadlines;
SAVEPOINT direct;
SELECT count(*) FROM vigo_cal.event;
ROLLBACK TO direct;
RESET ROLE;
ROLLBACK;
-- the extension made no role
SELECT count(*) AS reader_roles FROM pg_roles WHERE rolname = 'vigo_cal_reader';

RESET vigo_cal.today;
DELETE FROM vigo_cal.delivery_log;

-- A county's upcoming school holiday weeks are its own: Vestland has week 8
-- (tidl. Sogn og Fjordane) and week 9 (tidl. Hordaland) off in 2027, not
-- Rogaland's week 7.
SET vigo_cal.today = '2027-02-10';
SELECT county, event_key, due_date, days_until
  FROM vigo_cal_bi.upcoming_deadlines
 WHERE county = '46' AND category = 'school_holiday' ORDER BY due_date;
SELECT count(*) AS rogaland_week_7
  FROM vigo_cal_bi.upcoming_deadlines WHERE county = '11' AND event_key = 'vinterferie_uke_7';
RESET vigo_cal.today;

-- deadline_parties is the bridge from a deadline to its parties, one per
-- row: joined back, its names in line order are the deadline's Fra and
-- Til cells, in every school year stored (the words of July 2023 too:
-- "VIGO Sentralbasen (IST)" in 2022-2023, "VIGO (IST)" after).
WITH b AS (
  SELECT school_year, event_key,
         string_agg(party, '; ' ORDER BY line) FILTER (WHERE role = 'fra') AS fra,
         string_agg(party, '; ' ORDER BY line) FILTER (WHERE role = 'til') AS til
    FROM vigo_cal_bi.deadline_parties GROUP BY school_year, event_key
)
SELECT count(*) AS deadlines,
       count(*) FILTER (WHERE d.from_party LIKE '%; %') AS two_in_fra,
       count(*) FILTER (WHERE d.from_party IS DISTINCT FROM b.fra OR d.to_party IS DISTINCT FROM b.til) AS differ
  FROM vigo_cal_bi.deadlines d
  LEFT JOIN b ON b.school_year = d.school_year AND b.event_key = d.event_key;
SELECT school_year, role, line, party
  FROM vigo_cal_bi.deadline_parties
 WHERE event_key = 'ssb_resultat_vgs_1' AND school_year IN ('2022-2023', '2023-2024')
 ORDER BY school_year, role, line;
