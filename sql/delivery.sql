-- Delivery tracking on a small log fixture, as of 10 November 2023, and
-- the dashboard panels of doc/dashboards.md.
SET search_path = vigo_cal, public;
SET datestyle = ISO;
SET timezone = 'Europe/Oslo';

INSERT INTO delivery_log (county, event_key, school_year, delivered_at, note) VALUES
  ('03', 'lanekassen_eksamensresultater', '2023-2024', '2023-08-30 14:00+02', NULL),
  ('03', 'rett_ssb_resultat_vgs_2',       '2023-2024', '2023-09-22 09:00+02', NULL),
  ('03', 'ssb_resultat_vgs_2',            '2023-2024', '2023-09-24 23:30+02', 'siste kveld'),
  ('03', 'rett_privatskole_oktober',      '2023-2024', '2023-10-12 08:00+02', NULL),
  ('03', 'rett_ssb_elev_1',               '2023-2024', '2023-10-24 08:00+02', NULL),
  ('03', 'ssb_elev_vgs_1',                '2023-2024', '2023-10-26 15:00+02', 'retting etter tilbakemelding'),
  ('46', 'ssb_resultat_vgs_2',            '2023-2024', '2023-09-27 10:00+02', NULL),
  ('46', 'lanekassen_eksamensresultater', '2023-2024', '2023-09-04 10:00+02', NULL);

-- One row per county and delivery it owes; the fixture's two counties in full.
SELECT county, event_key, county_deadline, last_working_day, delivered_at, delivered_on, status, business_days_late
  FROM delivery_status_as_of('2023-11-10')
 WHERE school_year = '2023-2024' AND county IN ('03', '46')
 ORDER BY county, county_deadline, event_key;

-- Counties exist for the deadlines that fall while they exist: Viken (30)
-- owes the autumn of 2023, Akershus (32) the spring of 2024.
SELECT county, county_name, min(county_deadline) AS first_deadline, max(county_deadline) AS last_deadline, count(*) AS owed
  FROM delivery_status_as_of('2023-11-10')
 WHERE school_year = '2023-2024' AND county IN ('30', '32')
 GROUP BY county, county_name ORDER BY county;

-- A day can be due_soon (deadline within 5 working days) or upcoming.
SELECT as_of, status, count(*)
  FROM unnest(ARRAY[date '2023-11-01', '2023-11-03', '2023-11-10']) AS as_of,
       LATERAL delivery_status_as_of(as_of) s
 WHERE s.school_year = '2023-2024' AND s.county = '03' AND s.event_key = 'ssb_elev_vgs_2'
 GROUP BY as_of, status ORDER BY as_of;

-- Panel: late and missing deliveries per county and school year.
SELECT county, county_name, school_year,
       count(*) FILTER (WHERE status = 'late') AS late,
       count(*) FILTER (WHERE status = 'missing') AS missing,
       max(business_days_late) AS worst_business_days_late
  FROM delivery_status_as_of('2023-11-10')
 WHERE school_year = '2023-2024'
 GROUP BY county, county_name, school_year
HAVING count(*) FILTER (WHERE status IN ('late', 'missing')) > 0
 ORDER BY county;

-- Panel: deliveries per ISO week (a heatmap: week by county).
SELECT isoweek(county_deadline) AS week, county,
       count(*) AS owed, count(delivered_at) AS delivered
  FROM delivery_status_as_of('2023-11-10')
 WHERE school_year = '2023-2024' AND county IN ('03', '46') AND county_deadline < '2023-11-10'
 GROUP BY 1, 2 ORDER BY 1, 2;

-- Panel: the next 14 days (as of 20 November 2023).
SELECT county_deadline, event_key, count(*) AS counties, string_agg(DISTINCT status, ', ') AS status
  FROM delivery_status_as_of('2023-11-20')
 WHERE county_deadline BETWEEN '2023-11-20' AND date '2023-11-20' + 14
 GROUP BY county_deadline, event_key ORDER BY county_deadline, event_key;

-- Panel: on-time rate by receiver, over what has fallen due.
SELECT coalesce(to_party, '(internt)') AS receiver,
       count(*) FILTER (WHERE status IN ('on_time', 'late', 'missing')) AS due,
       count(*) FILTER (WHERE status = 'on_time') AS on_time,
       round(100.0 * count(*) FILTER (WHERE status = 'on_time')
             / nullif(count(*) FILTER (WHERE status IN ('on_time', 'late', 'missing')), 0), 1) AS on_time_pct
  FROM delivery_status_as_of('2023-11-10')
 WHERE school_year = '2023-2024' AND county IN ('03', '46')
 GROUP BY 1 ORDER BY 1;

-- A county that keeps its own log joins on event key and school year.
CREATE TEMP TABLE my_log (fylke text, hva text, skoleaar text, levert timestamptz);
INSERT INTO my_log VALUES ('46', 'ssb_elev_vgs_1', '2023/24', '2023-10-24 12:00+02');
SELECT c.event_key, c.county_deadline, l.levert, oslo_date(l.levert) <= c.county_deadline AS on_time
  FROM calendar_between('2023-08-01', '2024-07-31') c
  JOIN my_log l ON l.hva = c.event_key AND l.skoleaar::schoolyear = c.school_year;

-- The log's keys are checked: an unknown event or county is refused.
INSERT INTO delivery_log (county, event_key, school_year, delivered_at) VALUES ('03', 'finnes_ikke', '2023-2024', now());
INSERT INTO delivery_log (county, event_key, school_year, delivered_at) VALUES ('99', 'ssb_elev_vgs_1', '2023-2024', now());
-- One row per county, occurrence and school year: a correction updates it.
INSERT INTO delivery_log (county, event_key, school_year, delivered_at) VALUES ('03', 'ssb_elev_vgs_1', '2023-2024', now());
DELETE FROM delivery_log;
