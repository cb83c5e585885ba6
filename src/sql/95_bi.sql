-- The BI surface: schema vigo_cal_bi, plain views in built-in types only
-- (text, integer, date, timestamptz, boolean), every view and column
-- commented, for dashboard tools that filter with a bound text parameter
-- and know nothing of vigo_cal's types, operators or search_path.
--
-- School years are text ('2026-2027', sorting as the type does) with their
-- start year beside them; ISO weeks are text ('2026-W49') with the ISO year
-- and week number; spans are first_day/last_day.  The calendar views read
-- occurrence_store (62_occurrence_store.sql), so a dashboard refresh reads
-- rows, not rules.
--
-- Access: the views run with their owner's rights (the extension's owner),
-- so a reader needs USAGE on vigo_cal_bi and SELECT on the views and no
-- grant on vigo_cal's tables.  Row-level security on delivery_log does not
-- apply to the owner; the views that show deliveries filter by the counties
-- the current user acts for themselves (vigo_cal_bi.my_counties, the same
-- rule as the policy), and are security barriers so that no function in a
-- user's WHERE sees another county's row first.
--
-- A function a view calls runs with the reader's rights, though: the
-- reader needs EXECUTE on it.  vigo_cal.grant_reader(role) grants exactly
-- these (96_privileges.sql); the extension makes no role of its own.

CREATE SCHEMA vigo_cal_bi;
COMMENT ON SCHEMA vigo_cal_bi IS
  'vigo_cal for BI tools: plain views in built-in types, readable with USAGE on this schema, SELECT on the views and EXECUTE on the functions they call (vigo_cal.grant_reader)';

-- @replaceable: everything below is CREATE OR REPLACE; upgrade scripts rerun it.

-- Today is vigo_cal.today(), the Norwegian day (10_schoolyear.sql).  The
-- views take it once per query, from a subquery kept apart with OFFSET 0:
-- a STABLE function in a flattened subquery runs for every row.

-- ---------------------------------------------------------------------
-- Who may see which county
-- ---------------------------------------------------------------------
CREATE OR REPLACE VIEW vigo_cal_bi.my_counties WITH (security_barrier) AS
  SELECT c.county_number AS county, c.name AS county_name,
         CASE WHEN su.rolsuper THEN 'superuser'
              ELSE (SELECT string_agg(DISTINCT m.member_role::text, ', ')
                      FROM vigo_cal.county_member m
                     WHERE (m.county_number IS NULL OR m.county_number = c.county_number)
                       AND pg_catalog.pg_has_role(CURRENT_USER, m.member_role::oid, 'MEMBER'))
         END AS granted_by,
         su.rolsuper OR EXISTS (SELECT 1 FROM vigo_cal.county_member m
                                 WHERE m.county_number IS NULL
                                   AND pg_catalog.pg_has_role(CURRENT_USER, m.member_role::oid, 'MEMBER')) AS all_counties,
         c.valid_from, c.valid_to
    FROM vigo_cal.county c
    CROSS JOIN (SELECT coalesce((SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = CURRENT_USER), false)
                       AS rolsuper) AS su
   WHERE su.rolsuper
      OR EXISTS (SELECT 1 FROM vigo_cal.county_member m
                  WHERE (m.county_number IS NULL OR m.county_number = c.county_number)
                    AND pg_catalog.pg_has_role(CURRENT_USER, m.member_role::oid, 'MEMBER'));
COMMENT ON VIEW vigo_cal_bi.my_counties IS
  'the counties whose deliveries the current user sees (vigo_cal.county_member, as row-level security on delivery_log has it); empty: you act for no county, ask an administrator for a county_member row';
COMMENT ON COLUMN vigo_cal_bi.my_counties.county IS 'the county number';
COMMENT ON COLUMN vigo_cal_bi.my_counties.county_name IS 'the county''s name';
COMMENT ON COLUMN vigo_cal_bi.my_counties.granted_by IS 'the county_member roles that give it (superuser: all counties)';
COMMENT ON COLUMN vigo_cal_bi.my_counties.all_counties IS 'the user sees every county (a county_member row without county, or a superuser)';
COMMENT ON COLUMN vigo_cal_bi.my_counties.valid_from IS 'first day the county exists';
COMMENT ON COLUMN vigo_cal_bi.my_counties.valid_to IS 'first day it no longer exists (NULL: still exists)';

-- ---------------------------------------------------------------------
-- Dimensions: school years, categories, counties
-- ---------------------------------------------------------------------
CREATE OR REPLACE VIEW vigo_cal_bi.school_years AS
  SELECT (w.first_year OPERATOR(vigo_cal.+) i)::text COLLATE "C" AS school_year,
         vigo_cal.start_year(w.first_year) + i AS start_year,
         vigo_cal.first_day(w.first_year OPERATOR(vigo_cal.+) i) AS first_day,
         vigo_cal.last_day(w.first_year OPERATOR(vigo_cal.+) i) AS last_day,
         vigo_cal.start_year(vigo_cal.schoolyear(t.today)) - vigo_cal.start_year(w.first_year) - i AS years_ago,
         (w.first_year OPERATOR(vigo_cal.+) i) OPERATOR(vigo_cal.=) vigo_cal.schoolyear(t.today) AS is_current
    FROM vigo_cal.occurrence_window w
    CROSS JOIN pg_catalog.generate_series(0, w.last_year OPERATOR(vigo_cal.-) w.first_year) AS i
    CROSS JOIN (SELECT vigo_cal.today() AS today OFFSET 0) AS t;
COMMENT ON VIEW vigo_cal_bi.school_years IS
  'the school years the BI views cover (vigo_cal.occurrence_window), one row each: a filter''s list of values';
COMMENT ON COLUMN vigo_cal_bi.school_years.school_year IS 'the school year, 2026-2027';
COMMENT ON COLUMN vigo_cal_bi.school_years.start_year IS 'the calendar year it starts in, 2026';
COMMENT ON COLUMN vigo_cal_bi.school_years.first_day IS 'its first day, 1 August';
COMMENT ON COLUMN vigo_cal_bi.school_years.last_day IS 'its last day, 31 July';
COMMENT ON COLUMN vigo_cal_bi.school_years.years_ago IS '0 for the current school year (Norwegian today), 1 for the one before, -1 for the next';
COMMENT ON COLUMN vigo_cal_bi.school_years.is_current IS 'it is the current school year (Norwegian today)';

CREATE OR REPLACE VIEW vigo_cal_bi.categories AS
  SELECT c.category_key AS category, c.label, c.color, c.sort_order
    FROM vigo_cal.category c;
COMMENT ON VIEW vigo_cal_bi.categories IS 'the colour codes of the årshjul, with their colours: the legend';
COMMENT ON COLUMN vigo_cal_bi.categories.category IS 'the category key, as the other views give it';
COMMENT ON COLUMN vigo_cal_bi.categories.label IS 'the Norwegian label of the legend';
COMMENT ON COLUMN vigo_cal_bi.categories.color IS 'the colour as #rrggbb';
COMMENT ON COLUMN vigo_cal_bi.categories.sort_order IS 'the place in the legend';

CREATE OR REPLACE VIEW vigo_cal_bi.counties AS
  SELECT c.county_number AS county, c.name AS county_name, c.valid_from, c.valid_to,
         c.valid_from <= t.today AND (c.valid_to IS NULL OR t.today < c.valid_to) AS exists_today,
         pg_catalog.array_to_string(c.successors, ', ') AS successors
    FROM vigo_cal.county c
    CROSS JOIN (SELECT vigo_cal.today() AS today OFFSET 0) AS t;
COMMENT ON VIEW vigo_cal_bi.counties IS 'the counties, through the reforms of 2020 and 2024';
COMMENT ON COLUMN vigo_cal_bi.counties.county IS 'the two-digit county number';
COMMENT ON COLUMN vigo_cal_bi.counties.county_name IS 'the county''s name';
COMMENT ON COLUMN vigo_cal_bi.counties.valid_from IS 'first day the county exists';
COMMENT ON COLUMN vigo_cal_bi.counties.valid_to IS 'first day it no longer exists (NULL: still exists)';
COMMENT ON COLUMN vigo_cal_bi.counties.exists_today IS 'the county exists today (Norwegian today)';
COMMENT ON COLUMN vigo_cal_bi.counties.successors IS 'the counties it became, comma-separated (NULL: none)';

-- ---------------------------------------------------------------------
-- The calendar
-- ---------------------------------------------------------------------
CREATE OR REPLACE VIEW vigo_cal_bi.deadlines AS
  SELECT s.school_year_text AS school_year, s.start_year, s.event_key, s.occurrence,
         s.title, s.comment, s.from_party, s.to_party,
         s.category, s.category_label, s.category_color, s.category_sort,
         s.due_date, coalesce(s.due_end, s.due_date) AS due_end, s.date_label, s.weekday,
         s.iso_week_text AS iso_week, s.iso_year, s.iso_week_number AS week,
         s.county_deadline, s.deadline, s.last_working_day, s.counties_deliver,
         s.tentative, s.fixed_date, s.overridden, s.vigo_report, s.rule_text AS rule
    FROM vigo_cal.occurrence_store s
   WHERE vigo_cal.occurrence_store_ready((SELECT st FROM vigo_cal.occurrence_store_state st));
COMMENT ON VIEW vigo_cal_bi.deadlines IS
  'the calendar: every event occurrence of every school year in vigo_cal_bi.school_years, one row each, with its text filled in for the year';
COMMENT ON COLUMN vigo_cal_bi.deadlines.school_year IS 'the school year of the occurrence, 2026-2027';
COMMENT ON COLUMN vigo_cal_bi.deadlines.start_year IS 'the calendar year the school year starts in, 2026';
COMMENT ON COLUMN vigo_cal_bi.deadlines.event_key IS 'the event''s stable key';
COMMENT ON COLUMN vigo_cal_bi.deadlines.occurrence IS '1, or the number of a monthly event''s occurrence in the year';
COMMENT ON COLUMN vigo_cal_bi.deadlines.title IS 'what is due, with this year''s dates and school years filled in';
COMMENT ON COLUMN vigo_cal_bi.deadlines.comment IS 'the comment, filled in for this year';
COMMENT ON COLUMN vigo_cal_bi.deadlines.from_party IS 'who delivers: the party''s name, or two names joined by "; " where the edition prints two in the Fra cell';
COMMENT ON COLUMN vigo_cal_bi.deadlines.to_party IS 'who receives: the party''s name, or two names joined by "; "';
COMMENT ON COLUMN vigo_cal_bi.deadlines.category IS 'the colour code (vigo_cal_bi.categories)';
COMMENT ON COLUMN vigo_cal_bi.deadlines.category_label IS 'the category''s label in the legend';
COMMENT ON COLUMN vigo_cal_bi.deadlines.category_color IS 'the category''s colour as #rrggbb';
COMMENT ON COLUMN vigo_cal_bi.deadlines.category_sort IS 'the category''s place in the legend';
COMMENT ON COLUMN vigo_cal_bi.deadlines.due_date IS 'the day it is due (the first day of a week or span)';
COMMENT ON COLUMN vigo_cal_bi.deadlines.due_end IS 'the last day of a week or span; due_date for one day';
COMMENT ON COLUMN vigo_cal_bi.deadlines.date_label IS 'the date as the printed årshjul writes it (04.jul, uke 40)';
COMMENT ON COLUMN vigo_cal_bi.deadlines.weekday IS 'the Norwegian weekday of due_date';
COMMENT ON COLUMN vigo_cal_bi.deadlines.iso_week IS 'the ISO week of due_date, 2026-W49';
COMMENT ON COLUMN vigo_cal_bi.deadlines.iso_year IS 'the ISO year of iso_week';
COMMENT ON COLUMN vigo_cal_bi.deadlines.week IS 'the week number of iso_week, 1-53';
COMMENT ON COLUMN vigo_cal_bi.deadlines.county_deadline IS 'when the counties must have registered in VIGO, if the event has such a deadline';
COMMENT ON COLUMN vigo_cal_bi.deadlines.deadline IS 'county_deadline, or due_end (the last day) when there is none: the day a delivery is compared with';
COMMENT ON COLUMN vigo_cal_bi.deadlines.last_working_day IS 'the last working day on or before deadline (deadline itself when it is a working day)';
COMMENT ON COLUMN vigo_cal_bi.deadlines.fixed_date IS 'the date is fixed by law or by a system and is kept on a Saturday, Sunday or public holiday';
COMMENT ON COLUMN vigo_cal_bi.deadlines.counties_deliver IS 'every county owes this occurrence (vigo_cal_bi.delivery_status has a row per county)';
COMMENT ON COLUMN vigo_cal_bi.deadlines.tentative IS 'the date may still move';
COMMENT ON COLUMN vigo_cal_bi.deadlines.overridden IS 'the date is set for this year by hand, not by the rule';
COMMENT ON COLUMN vigo_cal_bi.deadlines.vigo_report IS 'the VIGO report or screen involved';
COMMENT ON COLUMN vigo_cal_bi.deadlines.rule IS 'the rule that dates the event (doc/rules.md)';

-- The parties of the deadlines, one per row: a Fra or Til cell can name
-- two parties, which deadlines gives as one text ("Skolene/Fylkesansvarlig
-- SAS; VIGO (Inntak)"); a dashboard that filters by party joins this
-- bridge on school_year and event_key.  The words of the occurrence's
-- school year, as in calendar_between: event_wording's row for it, else
-- the event's.
CREATE OR REPLACE VIEW vigo_cal_bi.deadline_parties AS
  SELECT y.school_year_text AS school_year, y.start_year, y.event_key, p.role, p.line,
         p.party_key, pt.name AS party
    FROM (SELECT DISTINCT s.school_year, s.school_year_text, s.start_year, s.event_key
            FROM vigo_cal.occurrence_store s
           WHERE vigo_cal.occurrence_store_ready((SELECT st FROM vigo_cal.occurrence_store_state st))) AS y
    JOIN vigo_cal.event e ON e.event_key = y.event_key
    LEFT JOIN LATERAL (
      SELECT w1.* FROM vigo_cal.event_wording w1
       WHERE w1.event_key = y.event_key AND w1.last_school_year OPERATOR(vigo_cal.>=) y.school_year
       ORDER BY w1.last_school_year LIMIT 1) AS w ON true
    CROSS JOIN LATERAL (VALUES
      ('fra', 1, CASE WHEN w.event_key IS NULL THEN e.from_party ELSE w.from_party END),
      ('fra', 2, CASE WHEN w.event_key IS NULL THEN e.from_party_2 ELSE w.from_party_2 END),
      ('til', 1, CASE WHEN w.event_key IS NULL THEN e.to_party ELSE w.to_party END),
      ('til', 2, CASE WHEN w.event_key IS NULL THEN e.to_party_2 ELSE w.to_party_2 END)) AS p (role, line, party_key)
    JOIN vigo_cal.party pt ON pt.party_key = p.party_key;
COMMENT ON VIEW vigo_cal_bi.deadline_parties IS
  'who delivers and who receives each deadline, one party per row (a Fra or Til cell can name two): join deadlines on school_year and event_key to filter by party';
COMMENT ON COLUMN vigo_cal_bi.deadline_parties.school_year IS 'the school year, 2026-2027';
COMMENT ON COLUMN vigo_cal_bi.deadline_parties.start_year IS 'the calendar year the school year starts in, 2026';
COMMENT ON COLUMN vigo_cal_bi.deadline_parties.event_key IS 'the event''s stable key (vigo_cal_bi.deadlines)';
COMMENT ON COLUMN vigo_cal_bi.deadline_parties.role IS 'fra: delivers (the Fra column); til: receives (the Til column)';
COMMENT ON COLUMN vigo_cal_bi.deadline_parties.line IS 'the party''s line in its cell: 1, or 2 for a second party printed below the first';
COMMENT ON COLUMN vigo_cal_bi.deadline_parties.party_key IS 'the party''s stable key';
COMMENT ON COLUMN vigo_cal_bi.deadline_parties.party IS 'the party''s name as the årshjul prints it';

CREATE OR REPLACE VIEW vigo_cal_bi.upcoming_deadlines WITH (security_barrier) AS
  SELECT k.county_number AS county, k.name AS county_name,
         s.school_year_text AS school_year, s.start_year, s.event_key, s.occurrence,
         s.title, s.from_party, s.to_party, s.category, s.category_color,
         s.due_date, coalesce(s.due_end, s.due_date) AS due_end, s.date_label, s.weekday,
         s.iso_week_text AS iso_week, s.iso_year, s.iso_week_number AS week,
         s.due_date - t.today AS days_until,
         s.county_deadline, s.deadline, s.deadline - t.today AS days_until_deadline, s.last_working_day,
         s.counties_deliver AS county_must_deliver, s.tentative, s.fixed_date,
         k.county_number = ANY (m.counties) AS visible,
         l.delivered_at,
         -- as in delivery_status below
         CASE WHEN NOT k.county_number = ANY (m.counties) OR NOT s.counties_deliver THEN NULL
              WHEN l.delivered_at IS NOT NULL AND (l.delivered_at AT TIME ZONE 'Europe/Oslo')::date <= s.deadline
                THEN 'on_time'
              WHEN l.delivered_at IS NOT NULL THEN 'late'
              WHEN s.deadline < t.today THEN 'missing'
              WHEN vigo_cal.business_days_between(t.today, s.last_working_day) < 5 THEN 'due_soon'
              ELSE 'upcoming'
         END AS status
    FROM vigo_cal.occurrence_store s
    CROSS JOIN (SELECT vigo_cal.today() AS today OFFSET 0) AS t
    JOIN vigo_cal.county k
      ON k.valid_from <= s.deadline AND (k.valid_to IS NULL OR s.deadline < k.valid_to)
    -- the counties you act for, worked out once per query
    CROSS JOIN (SELECT ARRAY(SELECT mc.county FROM vigo_cal_bi.my_counties mc) AS counties OFFSET 0) AS m
    LEFT JOIN vigo_cal.delivery_log l
      ON k.county_number = ANY (m.counties) AND s.counties_deliver
     AND l.county = k.county_number AND l.event_key = s.event_key
     AND l.school_year OPERATOR(vigo_cal.=) s.school_year AND l.occurrence = s.occurrence
   WHERE coalesce(s.due_end, s.due_date) >= t.today
     AND least(s.due_date, s.deadline) <= t.today + 60
     -- a school holiday week only for the counties that have it off
     AND (s.category <> 'school_holiday'
          OR EXISTS (SELECT 1 FROM vigo_cal.school_holiday_store h
                      WHERE h.county_number = k.county_number
                        AND h.school_year OPERATOR(vigo_cal.=) s.school_year
                        AND h.first_day <= coalesce(s.due_end, s.due_date) AND h.last_day >= s.due_date))
     AND vigo_cal.occurrence_store_ready((SELECT st FROM vigo_cal.occurrence_store_state st));
COMMENT ON VIEW vigo_cal_bi.upcoming_deadlines IS
  'what falls due in the next 60 days (from Norwegian today; filter days_until for fewer), one row per county that exists on the deadline; the delivery columns only for the counties you act for (vigo_cal_bi.my_counties)';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.county IS 'the county number';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.county_name IS 'the county''s name';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.school_year IS 'the school year of the occurrence, 2026-2027';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.start_year IS 'the calendar year the school year starts in';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.event_key IS 'the event''s stable key';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.occurrence IS '1, or the number of a monthly event''s occurrence in the year';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.title IS 'what is due, filled in for the year';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.from_party IS 'who delivers: the party''s name, or two names joined by "; " where the edition prints two in the Fra cell';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.to_party IS 'who receives: the party''s name, or two names joined by "; "';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.category IS 'the colour code';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.category_color IS 'the category''s colour as #rrggbb';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.due_date IS 'the day it is due (the first day of a week or span)';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.due_end IS 'the last day of a week or span; due_date for one day';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.date_label IS 'the date as the printed årshjul writes it';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.weekday IS 'the Norwegian weekday of due_date';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.iso_week IS 'the ISO week of due_date, 2026-W49';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.iso_year IS 'the ISO year of iso_week';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.week IS 'the week number of iso_week';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.days_until IS 'days from today to due_date (0: today; below 0: a span that has begun)';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.county_deadline IS 'when the counties must have registered in VIGO, if the event has such a deadline';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.deadline IS 'county_deadline, or due_end (the last day) when there is none';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.days_until_deadline IS 'days from today to deadline (below 0: passed)';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.last_working_day IS 'the last working day on or before deadline';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.county_must_deliver IS 'the county owes this occurrence';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.fixed_date IS 'the date is fixed by law or by a system and is kept on a day off';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.tentative IS 'the date may still move';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.visible IS 'you act for the county, so delivered_at and status are shown';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.delivered_at IS 'when the county delivered (NULL: not yet, or not visible to you)';
COMMENT ON COLUMN vigo_cal_bi.upcoming_deadlines.status IS 'for a delivery the county owes and you may see: on_time, late, missing, due_soon or upcoming (as in delivery_status); NULL otherwise';

-- ---------------------------------------------------------------------
-- Deliveries
-- ---------------------------------------------------------------------
CREATE OR REPLACE VIEW vigo_cal_bi.delivery_status WITH (security_barrier) AS
  SELECT k.county_number AS county, k.name AS county_name,
         s.school_year_text AS school_year, s.start_year, s.event_key, s.occurrence,
         s.title, s.to_party, s.category, s.category_color, s.due_date,
         s.deadline AS county_deadline, s.last_working_day,
         vigo_cal.isoweek(s.deadline)::text COLLATE "C" AS deadline_iso_week,
         s.deadline - t.today AS days_until_deadline,
         l.delivered_at, d.delivered_on,
         -- the rules of vigo_cal.delivery_status_as_of (the views call no
         -- function that reads a table or names vigo_cal objects in its
         -- body: those run with the reader's rights)
         CASE WHEN d.delivered_on IS NOT NULL AND d.delivered_on <= s.deadline THEN 'on_time'
              WHEN d.delivered_on IS NOT NULL THEN 'late'
              WHEN s.deadline < t.today THEN 'missing'
              WHEN vigo_cal.business_days_between(t.today, s.last_working_day) < 5 THEN 'due_soon'
              ELSE 'upcoming'
         END AS status,
         CASE WHEN coalesce(d.delivered_on, t.today) > s.deadline
                THEN greatest(vigo_cal.business_days_between(s.deadline + 1, coalesce(d.delivered_on, t.today) + 1), 1)
              ELSE 0
         END AS business_days_late
    FROM vigo_cal.occurrence_store s
    CROSS JOIN (SELECT vigo_cal.today() AS today OFFSET 0) AS t
    JOIN vigo_cal.county k
      ON k.valid_from <= s.deadline AND (k.valid_to IS NULL OR s.deadline < k.valid_to)
     -- the counties you act for, worked out once per query
     AND k.county_number = ANY (ARRAY(SELECT mc.county FROM vigo_cal_bi.my_counties mc))
    LEFT JOIN vigo_cal.delivery_log l
      ON l.county = k.county_number AND l.event_key = s.event_key
     AND l.school_year OPERATOR(vigo_cal.=) s.school_year AND l.occurrence = s.occurrence
    CROSS JOIN LATERAL (SELECT (l.delivered_at AT TIME ZONE 'Europe/Oslo')::date AS delivered_on) AS d
   WHERE s.counties_deliver
     AND vigo_cal.occurrence_store_ready((SELECT st FROM vigo_cal.occurrence_store_state st));
COMMENT ON VIEW vigo_cal_bi.delivery_status IS
  'for every county you act for (vigo_cal_bi.my_counties): each delivery it owes in every school year covered, and whether it is on_time, late, missing, due_soon or upcoming as of Norwegian today';
COMMENT ON COLUMN vigo_cal_bi.delivery_status.county IS 'the county number';
COMMENT ON COLUMN vigo_cal_bi.delivery_status.county_name IS 'the county''s name';
COMMENT ON COLUMN vigo_cal_bi.delivery_status.school_year IS 'the school year of the occurrence, 2026-2027';
COMMENT ON COLUMN vigo_cal_bi.delivery_status.start_year IS 'the calendar year the school year starts in';
COMMENT ON COLUMN vigo_cal_bi.delivery_status.event_key IS 'the event';
COMMENT ON COLUMN vigo_cal_bi.delivery_status.occurrence IS 'which occurrence, for a monthly event';
COMMENT ON COLUMN vigo_cal_bi.delivery_status.title IS 'what is due, filled in for the year';
COMMENT ON COLUMN vigo_cal_bi.delivery_status.to_party IS 'who receives the delivery';
COMMENT ON COLUMN vigo_cal_bi.delivery_status.category IS 'the colour code';
COMMENT ON COLUMN vigo_cal_bi.delivery_status.category_color IS 'the category''s colour as #rrggbb';
COMMENT ON COLUMN vigo_cal_bi.delivery_status.due_date IS 'when the event falls due';
COMMENT ON COLUMN vigo_cal_bi.delivery_status.county_deadline IS 'the county''s deadline: the event''s county deadline, or its last day (due_end)';
COMMENT ON COLUMN vigo_cal_bi.delivery_status.last_working_day IS 'the last working day on or before county_deadline';
COMMENT ON COLUMN vigo_cal_bi.delivery_status.deadline_iso_week IS 'the ISO week of county_deadline, 2026-W49';
COMMENT ON COLUMN vigo_cal_bi.delivery_status.days_until_deadline IS 'days from today to county_deadline (below 0: passed)';
COMMENT ON COLUMN vigo_cal_bi.delivery_status.delivered_at IS 'when the county delivered, from delivery_log (NULL: not yet)';
COMMENT ON COLUMN vigo_cal_bi.delivery_status.delivered_on IS 'the Norwegian day of delivered_at, the day compared with the deadline';
COMMENT ON COLUMN vigo_cal_bi.delivery_status.status IS 'on_time (delivered on or before the deadline, in Norwegian days), late, missing (deadline passed, nothing logged), due_soon (the last working day is one of the next 5 working days) or upcoming';
COMMENT ON COLUMN vigo_cal_bi.delivery_status.business_days_late IS 'late or missing: the working days after the deadline up to and including the day of delivery (so far, today), at least 1; 0 otherwise';

CREATE OR REPLACE VIEW vigo_cal_bi.late_missing WITH (security_barrier) AS
  SELECT d.county, d.county_name, d.school_year, d.start_year,
         count(*)::integer AS owed,
         (count(*) FILTER (WHERE d.status = 'on_time'))::integer AS on_time,
         (count(*) FILTER (WHERE d.status = 'late'))::integer AS late,
         (count(*) FILTER (WHERE d.status = 'missing'))::integer AS missing,
         (count(*) FILTER (WHERE d.status IN ('due_soon', 'upcoming')))::integer AS not_yet_due,
         coalesce(max(d.business_days_late), 0) AS worst_business_days_late,
         min(d.county_deadline) FILTER (WHERE d.status = 'missing') AS oldest_missing_deadline
    FROM vigo_cal_bi.delivery_status d
   GROUP BY d.county, d.county_name, d.school_year, d.start_year;
COMMENT ON VIEW vigo_cal_bi.late_missing IS
  'per county you act for and school year: how many deliveries it owes, and how many were on time, late, are missing or not yet due (as of Norwegian today)';
COMMENT ON COLUMN vigo_cal_bi.late_missing.county IS 'the county number';
COMMENT ON COLUMN vigo_cal_bi.late_missing.county_name IS 'the county''s name';
COMMENT ON COLUMN vigo_cal_bi.late_missing.school_year IS 'the school year, 2026-2027';
COMMENT ON COLUMN vigo_cal_bi.late_missing.start_year IS 'the calendar year the school year starts in';
COMMENT ON COLUMN vigo_cal_bi.late_missing.owed IS 'deliveries the county owes that year';
COMMENT ON COLUMN vigo_cal_bi.late_missing.on_time IS 'delivered on or before the deadline';
COMMENT ON COLUMN vigo_cal_bi.late_missing.late IS 'delivered after the deadline';
COMMENT ON COLUMN vigo_cal_bi.late_missing.missing IS 'deadline passed, nothing logged';
COMMENT ON COLUMN vigo_cal_bi.late_missing.not_yet_due IS 'deadline still ahead, nothing logged (due_soon or upcoming)';
COMMENT ON COLUMN vigo_cal_bi.late_missing.worst_business_days_late IS 'the most working days any delivery was late, or is so far (0: none)';
COMMENT ON COLUMN vigo_cal_bi.late_missing.oldest_missing_deadline IS 'the earliest deadline still missing (NULL: none)';

-- ---------------------------------------------------------------------
-- Holidays
-- ---------------------------------------------------------------------
CREATE OR REPLACE VIEW vigo_cal_bi.school_holidays AS
  SELECT h.county_number AS county, k.name AS county_name,
         h.school_year_text AS school_year, h.start_year,
         h.kind, vigo_cal.holiday_label(h.kind) AS holiday, h.region,
         h.first_day, h.last_day, h.last_day - h.first_day + 1 AS days,
         vigo_cal.isoweek(h.first_day)::text COLLATE "C" AS iso_week,
         h.tentative, h.projected, h.from_year::text COLLATE "C" AS from_year,
         h.source, h.source_kind, h.note, h.rule::text AS rule
    FROM vigo_cal.school_holiday_store h
    JOIN vigo_cal.county k ON k.county_number = h.county_number
   WHERE vigo_cal.occurrence_store_ready((SELECT st FROM vigo_cal.occurrence_store_state st));
COMMENT ON VIEW vigo_cal_bi.school_holidays IS
  'school holidays per county and school year, as vigo_cal.school_holidays(county, school_year) gives them: published, or projected (tentative) where no skolerute is registered; one row per region of a county printed in parts';
COMMENT ON COLUMN vigo_cal_bi.school_holidays.county IS 'the county number (an old county: the holidays of the counties it became)';
COMMENT ON COLUMN vigo_cal_bi.school_holidays.county_name IS 'the county''s name';
COMMENT ON COLUMN vigo_cal_bi.school_holidays.school_year IS 'the school year, 2026-2027';
COMMENT ON COLUMN vigo_cal_bi.school_holidays.start_year IS 'the calendar year the school year starts in';
COMMENT ON COLUMN vigo_cal_bi.school_holidays.kind IS 'hostferie, vinterferie, juleferie, paaskeferie, sommerferie or annet';
COMMENT ON COLUMN vigo_cal_bi.school_holidays.holiday IS 'the holiday''s Norwegian name: Høstferie, Vinterferie, ...';
COMMENT ON COLUMN vigo_cal_bi.school_holidays.region IS 'the region, or part of the county, the holiday is given for';
COMMENT ON COLUMN vigo_cal_bi.school_holidays.first_day IS 'the first day off';
COMMENT ON COLUMN vigo_cal_bi.school_holidays.last_day IS 'the last day off';
COMMENT ON COLUMN vigo_cal_bi.school_holidays.days IS 'calendar days from first_day to last_day, both included';
COMMENT ON COLUMN vigo_cal_bi.school_holidays.iso_week IS 'the ISO week of first_day, 2026-W40';
COMMENT ON COLUMN vigo_cal_bi.school_holidays.tentative IS 'the days may still change';
COMMENT ON COLUMN vigo_cal_bi.school_holidays.projected IS 'no skolerute is registered for the year: the days are projected from from_year';
COMMENT ON COLUMN vigo_cal_bi.school_holidays.from_year IS 'the school year the days come from, 2025-2026 (the year itself unless projected)';
COMMENT ON COLUMN vigo_cal_bi.school_holidays.source IS 'where the days come from: the page''s title and address';
COMMENT ON COLUMN vigo_cal_bi.school_holidays.source_kind IS 'edition, county, school or municipality';
COMMENT ON COLUMN vigo_cal_bi.school_holidays.note IS 'a note: what the source says, and why the days are tentative';
COMMENT ON COLUMN vigo_cal_bi.school_holidays.rule IS 'the days as a rule (uke 40, uke 41 ons-fre)';

CREATE OR REPLACE VIEW vigo_cal_bi.public_holidays AS
  SELECT h.day, h.name, y AS year,
         vigo_cal.schoolyear(h.day)::text COLLATE "C" AS school_year,
         vigo_cal.start_year(vigo_cal.schoolyear(h.day)) AS start_year,
         vigo_cal.weekday_name(h.day) AS weekday,
         vigo_cal.isoweek(h.day)::text COLLATE "C" AS iso_week,
         pg_catalog.date_part('isodow', h.day) < 6 AS on_weekday
    FROM vigo_cal.occurrence_window w
    CROSS JOIN pg_catalog.generate_series(vigo_cal.start_year(w.first_year), vigo_cal.start_year(w.last_year) + 1) AS y
    CROSS JOIN LATERAL vigo_cal.public_holidays(y) AS h;
COMMENT ON VIEW vigo_cal_bi.public_holidays IS
  'the Norwegian public holidays (helligdager and offentlige høytidsdager) of the calendar years the school years cover';
COMMENT ON COLUMN vigo_cal_bi.public_holidays.day IS 'the day';
COMMENT ON COLUMN vigo_cal_bi.public_holidays.name IS 'the holiday''s Norwegian name (two on one day joined by " og ")';
COMMENT ON COLUMN vigo_cal_bi.public_holidays.year IS 'the calendar year';
COMMENT ON COLUMN vigo_cal_bi.public_holidays.school_year IS 'the school year the day falls in, 2026-2027';
COMMENT ON COLUMN vigo_cal_bi.public_holidays.start_year IS 'the calendar year that school year starts in';
COMMENT ON COLUMN vigo_cal_bi.public_holidays.weekday IS 'the Norwegian weekday';
COMMENT ON COLUMN vigo_cal_bi.public_holidays.iso_week IS 'the ISO week of the day, 2026-W52';
COMMENT ON COLUMN vigo_cal_bi.public_holidays.on_weekday IS 'it falls Monday to Friday, so it takes a working day';
