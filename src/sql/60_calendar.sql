-- The calendar: events resolved into dated occurrences for any school
-- year, with their templates rendered, and the views and functions built
-- on it (calendar, calendar_between, arshjul, verify_edition,
-- order_violations, upcoming, school_holidays, is_school_day).

-- @replaceable: everything below is CREATE OR REPLACE; upgrade scripts rerun it.

-- ---------------------------------------------------------------------
-- Templates
-- ---------------------------------------------------------------------
CREATE OR REPLACE FUNCTION vigo_cal.render_template(template text, school_year vigo_cal.schoolyear, dates jsonb)
  RETURNS text
  AS 'MODULE_PATHNAME', 'vigo_cal_template_render' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.render_template(text, vigo_cal.schoolyear, jsonb) IS
  'fill in a title or comment template for a school year: {sy}, {sy-1}, {y}, {y+1}, {date:KEY}, {datey:KEY}, {day:KEY}, KEY optionally ending in @sy+1 or @sy-1 (a date of the year after or before) and followed by rule offsets; dates maps keys (KEY@sy+1 too) to ISO dates (YYYY-MM-DD); NULL if any argument is NULL';

-- ---------------------------------------------------------------------
-- Occurrences: every event's dates in a range of school years
-- ---------------------------------------------------------------------

-- Raise a clear error for references to unknown events and for cycles.
CREATE OR REPLACE FUNCTION vigo_cal.check_event_references() RETURNS void
  LANGUAGE plpgsql STABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
DECLARE
  bad record;
  cycle text[];
BEGIN
  SELECT e.event_key, vigo_cal.rule_reference(e.rule) AS ref INTO bad
    FROM vigo_cal.event e
   WHERE vigo_cal.rule_reference(e.rule) IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM vigo_cal.event o WHERE o.event_key = vigo_cal.rule_reference(e.rule))
   ORDER BY e.event_key LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'event "%" counts from unknown event "%"', bad.event_key, bad.ref
      USING ERRCODE = 'undefined_object',
            HINT = 'Add the event, or change the rule to name an existing event key.';
  END IF;

  WITH RECURSIVE refs AS (
    SELECT e.event_key, vigo_cal.rule_reference(e.rule) AS ref FROM vigo_cal.event e
  ), walk(start_key, cur, path) AS (
    SELECT r.event_key, r.ref, ARRAY[r.event_key] FROM refs r WHERE r.ref IS NOT NULL
    UNION ALL
    SELECT w.start_key, r.ref, w.path || w.cur
      FROM walk w JOIN refs r ON r.event_key = w.cur
     WHERE r.ref IS NOT NULL AND w.cur <> ALL (w.path)
  )
  SELECT w.path || w.cur INTO cycle FROM walk w WHERE w.cur = w.start_key
   ORDER BY w.start_key LIMIT 1;
  IF cycle IS NOT NULL THEN
    RAISE EXCEPTION 'events refer to each other in a cycle: %', pg_catalog.array_to_string(cycle, ' -> ')
      USING ERRCODE = 'invalid_recursion',
            HINT = 'Change one of the rules so that it does not count from the others.';
  END IF;
END $$;
COMMENT ON FUNCTION vigo_cal.check_event_references() IS
  'raise an error if an event''s rule counts from an unknown event or the references form a cycle';

CREATE OR REPLACE FUNCTION vigo_cal.event_occurrences(first_year vigo_cal.schoolyear, last_year vigo_cal.schoolyear,
                                     use_overrides boolean DEFAULT true)
  RETURNS TABLE (school_year vigo_cal.schoolyear, event_key text, occurrence integer,
                 due_date date, due_end date, overridden boolean)
  LANGUAGE sql STABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  SET jit = off
AS $$
  WITH RECURSIVE years AS (
    SELECT first_year OPERATOR(vigo_cal.+) i AS sy
      FROM pg_catalog.generate_series(0, last_year OPERATOR(vigo_cal.-) first_year) AS i
  ), ev AS (
    -- school holidays come from school_holiday (holiday_weeks, below), not
    -- from the rules of the events of their category
    SELECT e.*, vigo_cal.rule_reference(e.rule) AS ref FROM vigo_cal.event e
     WHERE e.category <> 'school_holiday'
  ), active AS (
    SELECT y.sy, ev.* FROM years y JOIN ev
        ON (ev.first_school_year IS NULL OR ev.first_school_year OPERATOR(vigo_cal.<=) y.sy)
       AND (ev.last_school_year IS NULL OR ev.last_school_year OPERATOR(vigo_cal.>=) y.sy)
  ), first_occurrence(sy, event_key, by_rule, ovr, has_ovr) AS (
    SELECT a.sy, a.event_key, vigo_cal.occurrence_range(a.rule, a.sy, NULL),
           o.ovr, o.has_ovr
      FROM active a
      CROSS JOIN LATERAL (
        SELECT CASE WHEN ov.due_date IS NULL THEN 'empty'::daterange
                    ELSE pg_catalog.daterange(ov.due_date, coalesce(ov.due_end, ov.due_date), '[]') END AS ovr,
               ov.event_key IS NOT NULL AS has_ovr
          FROM (SELECT 1) AS one
          LEFT JOIN vigo_cal.event_override ov
            ON use_overrides AND ov.event_key = a.event_key AND ov.school_year = a.sy AND ov.occurrence = 1
      ) AS o
     WHERE a.ref IS NULL
    UNION ALL
    SELECT a.sy, a.event_key,
           vigo_cal.occurrence_range(a.rule, a.sy,
             pg_catalog.lower(CASE WHEN f.has_ovr THEN f.ovr ELSE f.by_rule END)),
           (SELECT CASE WHEN ov.due_date IS NULL THEN 'empty'::daterange
                        ELSE pg_catalog.daterange(ov.due_date, coalesce(ov.due_end, ov.due_date), '[]') END
              FROM vigo_cal.event_override ov
             WHERE use_overrides AND ov.event_key = a.event_key AND ov.school_year = a.sy AND ov.occurrence = 1),
           EXISTS (SELECT 1 FROM vigo_cal.event_override ov
                    WHERE use_overrides AND ov.event_key = a.event_key AND ov.school_year = a.sy AND ov.occurrence = 1)
      FROM first_occurrence f
      JOIN active a ON a.ref = f.event_key AND a.sy OPERATOR(vigo_cal.=) f.sy
  ), firsts AS (
    SELECT f.sy, f.event_key, CASE WHEN f.has_ovr THEN f.ovr ELSE f.by_rule END AS days, f.has_ovr
      FROM first_occurrence f
  ), expanded AS (
    -- a monthly event falls due again on the same day of each following
    -- month, up to the last day its recur_until rule gives; unless the
    -- event's date is fixed, a repeat that is not a working day moves to
    -- the next working day
    SELECT f.sy, f.event_key, k + 1 AS occurrence,
           pg_catalog.daterange(m.day, m.day + (pg_catalog.upper(f.days) - pg_catalog.lower(f.days))) AS days,
           k = 0 AND f.has_ovr AS has_ovr
      FROM firsts f
      JOIN vigo_cal.event e ON e.event_key = f.event_key
      CROSS JOIN LATERAL pg_catalog.generate_series(0,
        CASE WHEN e.recurrence = 'monthly' AND NOT pg_catalog.isempty(f.days) THEN
          (SELECT coalesce(max(n), 0) FROM pg_catalog.generate_series(0, 24) AS n
            WHERE (pg_catalog.lower(f.days) + pg_catalog.make_interval(months => n))::date
                  <= pg_catalog.upper(vigo_cal.occurrence_range(e.recur_until, f.sy, pg_catalog.lower(f.days))) - 1)
        ELSE 0 END) AS k
      CROSS JOIN LATERAL (
        SELECT CASE WHEN k > 0 AND NOT e.fixed_date THEN vigo_cal.add_business_days(d.day, 0) ELSE d.day END AS day
          FROM (SELECT (pg_catalog.lower(f.days) + pg_catalog.make_interval(months => k))::date AS day) AS d
      ) AS m
     WHERE f.days IS NOT NULL AND NOT pg_catalog.isempty(f.days)
  )
  SELECT x.sy, x.event_key, x.occurrence,
         coalesce(ov.due_date, CASE WHEN ov.event_key IS NULL THEN pg_catalog.lower(x.days) END),
         CASE WHEN ov.event_key IS NOT NULL THEN coalesce(ov.due_end, ov.due_date)
              ELSE pg_catalog.upper(x.days) - 1 END,
         x.has_ovr OR ov.event_key IS NOT NULL
    FROM expanded x
    LEFT JOIN vigo_cal.event_override ov
      ON use_overrides AND x.occurrence > 1 AND ov.event_key = x.event_key
     AND ov.school_year = x.sy AND ov.occurrence = x.occurrence
   WHERE ov.event_key IS NULL OR ov.due_date IS NOT NULL
$$;
COMMENT ON FUNCTION vigo_cal.event_occurrences(vigo_cal.schoolyear, vigo_cal.schoolyear, boolean) IS
  'the dates of every occurrence of the events in a range of school years, references resolved in order (use_overrides false: the rules alone); occurrences() adds the school holiday weeks';

-- Every occurrence: the events' and the school holiday weeks'.
CREATE OR REPLACE FUNCTION vigo_cal.occurrences(first_year vigo_cal.schoolyear, last_year vigo_cal.schoolyear,
                                     use_overrides boolean DEFAULT true)
  RETURNS TABLE (school_year vigo_cal.schoolyear, event_key text, occurrence integer,
                 due_date date, due_end date, overridden boolean)
  LANGUAGE sql STABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  SET jit = off
AS $$
  SELECT * FROM vigo_cal.event_occurrences(first_year, last_year, use_overrides)
  UNION ALL
  SELECT hw.school_year, hw.event_key, 1, hw.due_date, hw.due_end, false
    FROM vigo_cal.holiday_weeks(first_year, last_year) AS hw
$$;
COMMENT ON FUNCTION vigo_cal.occurrences(vigo_cal.schoolyear, vigo_cal.schoolyear, boolean) IS
  'the dates of every event occurrence in a range of school years, references resolved in order (use_overrides false: the rules alone); school holidays from school_holiday, one per kind and ISO week (holiday_weeks)';

-- ---------------------------------------------------------------------
-- The calendar
-- ---------------------------------------------------------------------

-- The label the printed årshjul gives a date: 04.jul, uke 40, 19.jun til 21.jun.
-- A week rule reads as its weeks when it covers them Monday to Friday; one that
-- names fewer days (uke 25 ons-fre) reads as its span of days, as printed.
CREATE OR REPLACE FUNCTION vigo_cal.date_label(r vigo_cal.rule, due_date date, due_end date, overridden boolean DEFAULT false)
  RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  SELECT CASE
    WHEN due_date IS NULL THEN NULL
    WHEN NOT coalesce(overridden, false) AND r IS NOT NULL AND vigo_cal.rule_offsets(r) = 0
         AND vigo_cal.rule_kind(r) = 'week' AND extract(isodow FROM due_date) = 1
         AND extract(isodow FROM due_end) = 5 THEN r::text
    WHEN NOT coalesce(overridden, false) AND r IS NOT NULL AND vigo_cal.rule_offsets(r) = 0
         AND vigo_cal.rule_kind(r) = 'month' THEN 'I løpet av ' || vigo_cal.month_name(pg_catalog.date_part('month', due_date)::integer)
    WHEN due_end IS NOT NULL AND due_end > due_date THEN
      vigo_cal.date_label(due_date) || ' til ' || vigo_cal.date_label(due_end)
    ELSE vigo_cal.date_label(due_date)
  END
$$;
COMMENT ON FUNCTION vigo_cal.date_label(vigo_cal.rule, date, date, boolean) IS
  'the date cell as the printed årshjul writes it: 04.jul, uke 40, uke 31/32, 19.jun til 21.jun (also for uke 25 ons-fre), I løpet av august';

CREATE OR REPLACE FUNCTION vigo_cal.calendar_between(from_date date, to_date date)
  RETURNS TABLE (school_year vigo_cal.schoolyear, event_key text, occurrence integer,
                 title text, comment text, from_party text, to_party text,
                 category text, category_color text, due_date date, due_end date,
                 county_deadline date, iso_week vigo_cal.isoweek, weekday text,
                 tentative boolean, overridden boolean, vigo_report text,
                 date_label text, rule vigo_cal.rule, last_working_day date,
                 fixed_date boolean)
  LANGUAGE plpgsql STABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  SET jit = off
AS $$
DECLARE
  first_year vigo_cal.schoolyear;
  last_year vigo_cal.schoolyear;
BEGIN
  PERFORM vigo_cal.check_event_references();
  IF from_date IS NULL OR to_date IS NULL OR from_date > to_date THEN
    RETURN;
  END IF;
  -- SQLSTATE 22008 for a day outside 1583-01-01 .. 9999-12-31, infinity too
  PERFORM vigo_cal.is_business_day(from_date), vigo_cal.is_business_day(to_date);
  -- a week-31 rule of one school year can fall in July of the one before,
  -- and July rows belong to the year before: look one year further out
  first_year := vigo_cal.schoolyear(greatest(from_date - 366, date '1583-08-01'));
  last_year := vigo_cal.schoolyear(least(to_date + 366, date '9999-07-31'));
  -- the school years stored (62_occurrence_store.sql) are read, not worked out
  IF vigo_cal.occurrence_store_covers(first_year, last_year) THEN
    RETURN QUERY
    SELECT s.school_year, s.event_key, s.occurrence, s.title, s.comment, s.from_party, s.to_party,
           s.category, s.category_color, s.due_date, s.due_end, s.county_deadline, s.iso_week,
           s.weekday, s.tentative, s.overridden, s.vigo_report, s.date_label, s.rule,
           s.last_working_day, s.fixed_date
      FROM vigo_cal.occurrence_store s
     WHERE s.school_year OPERATOR(vigo_cal.>=) first_year AND s.school_year OPERATOR(vigo_cal.<=) last_year
       AND s.due_date <= to_date AND coalesce(s.due_end, s.due_date) >= from_date
     ORDER BY s.due_date, s.event_key, s.occurrence;
    RETURN;
  END IF;
  RETURN QUERY
  WITH hw AS MATERIALIZED (
    -- a school holiday week lies inside its school year (weeks 31-53 and
    -- 1-30), so only the years the range touches are worked out
    SELECT * FROM vigo_cal.holiday_weeks(vigo_cal.schoolyear(greatest(from_date, date '1583-08-01')),
                                         vigo_cal.schoolyear(least(to_date + 7, date '9999-07-31')))
  ), occ AS (
    SELECT * FROM vigo_cal.event_occurrences(first_year, last_year, true)
    UNION ALL
    SELECT hw.school_year, hw.event_key, 1, hw.due_date, hw.due_end, false FROM hw
  ), dates AS (
    SELECT y.sy,
           pg_catalog.jsonb_object_agg(e.event_key, o.due_date) AS map
      FROM (SELECT DISTINCT o2.school_year AS sy FROM occ o2) AS y
      CROSS JOIN vigo_cal.event e
      LEFT JOIN occ o ON o.event_key = e.event_key AND o.school_year OPERATOR(vigo_cal.=) y.sy
                     AND o.occurrence = 1
     GROUP BY y.sy
  ), near_dates AS (
    -- KEY@sy-1 and KEY@sy+1: every event's date in the years before and
    -- after (null where none), for the texts that name one ({date:KEY@sy+1})
    SELECT d.sy,
           pg_catalog.jsonb_object_agg(e.event_key || '@sy-1', p.map -> e.event_key)
           || pg_catalog.jsonb_object_agg(e.event_key || '@sy+1', n.map -> e.event_key) AS map
      FROM dates d
      CROSS JOIN vigo_cal.event e
      -- (by start year: no school year before the first or after the last)
      LEFT JOIN dates p ON p.sy::integer = d.sy::integer - 1
      LEFT JOIN dates n ON n.sy::integer = d.sy::integer + 1
     WHERE EXISTS (SELECT 1 FROM vigo_cal.event e2 WHERE pg_catalog.strpos(e2.title || coalesce(e2.comment, ''), '@sy') > 0)
        OR EXISTS (SELECT 1 FROM vigo_cal.event_wording w
                    WHERE pg_catalog.strpos(w.title || coalesce(w.comment, ''), '@sy') > 0)
     GROUP BY d.sy
  ), rows AS (
    -- an occurrence takes the words of its school year: the earliest
    -- event_wording row whose last school year is on or after it, else
    -- the event's own
    SELECT o.*, coalesce(w.title, e.title) AS title_t,
           CASE WHEN w.event_key IS NULL THEN e.comment ELSE w.comment END AS comment_t,
           CASE WHEN w.event_key IS NULL THEN e.from_party ELSE w.from_party END AS fp,
           CASE WHEN w.event_key IS NULL THEN e.from_party_2 ELSE w.from_party_2 END AS fp2,
           CASE WHEN w.event_key IS NULL THEN e.to_party ELSE w.to_party END AS tp,
           CASE WHEN w.event_key IS NULL THEN e.to_party_2 ELSE w.to_party_2 END AS tp2,
           e.category AS cat, e.tentative AS tent, e.vigo_report AS report, e.rule AS r,
           e.fixed_date AS fixed,
           CASE WHEN e.county_deadline IS NOT NULL THEN
             pg_catalog.lower(vigo_cal.occurrence_range(e.county_deadline, o.school_year, o.due_date)) END AS deadline
      FROM occ o JOIN vigo_cal.event e ON e.event_key = o.event_key
      LEFT JOIN LATERAL (
        SELECT w1.* FROM vigo_cal.event_wording w1
         WHERE w1.event_key = o.event_key AND w1.last_school_year OPERATOR(vigo_cal.>=) o.school_year
         ORDER BY w1.last_school_year LIMIT 1) AS w ON true
     WHERE o.due_date <= to_date AND coalesce(o.due_end, o.due_date) >= from_date
       AND e.category <> 'school_holiday'
    UNION ALL
    -- school holidays: one row per kind and ISO week, from school_holiday
    -- (their text is no template: a brace is a brace)
    SELECT hw.school_year, hw.event_key, 1, hw.due_date, hw.due_end, false,
           pg_catalog.replace(hw.title, '{', '{{'), pg_catalog.replace(hw.comment, '{', '{{'), NULL, NULL, NULL, NULL,
           'school_holiday', hw.tentative, NULL, hw.rule, false, NULL::date
      FROM hw
     WHERE hw.due_date <= to_date AND hw.due_end >= from_date
  )
  SELECT r.school_year, r.event_key, r.occurrence,
         -- a text without a placeholder is its own rendering (and the
         -- year's dates do without self and county_deadline when the text
         -- names neither, and without the years around it when it names
         -- none of theirs)
         CASE WHEN pg_catalog.strpos(r.title_t, '{') = 0 THEN r.title_t
              WHEN pg_catalog.strpos(r.title_t, 'self') = 0 AND pg_catalog.strpos(r.title_t, 'county_deadline') = 0
                   AND pg_catalog.strpos(r.title_t, '@sy') = 0
                THEN vigo_cal.render_template(r.title_t, r.school_year, d.map)
              ELSE vigo_cal.render_template(r.title_t, r.school_year,
                     d.map || coalesce(nd.map, '{}')
                     || pg_catalog.jsonb_build_object('self', r.due_date, 'county_deadline', r.deadline)) END,
         CASE WHEN pg_catalog.strpos(r.comment_t, '{') = 0 THEN r.comment_t
              WHEN pg_catalog.strpos(r.comment_t, 'self') = 0 AND pg_catalog.strpos(r.comment_t, 'county_deadline') = 0
                   AND pg_catalog.strpos(r.comment_t, '@sy') = 0
                THEN vigo_cal.render_template(r.comment_t, r.school_year, d.map)
              ELSE vigo_cal.render_template(r.comment_t, r.school_year,
                     d.map || coalesce(nd.map, '{}')
                     || pg_catalog.jsonb_build_object('self', r.due_date, 'county_deadline', r.deadline)) END,
         -- a cell with two parties: both names, as printed one above the
         -- other, joined by '; '
         nullif(pg_catalog.concat_ws('; ', pf.name, pf2.name), ''), nullif(pg_catalog.concat_ws('; ', pt.name, pt2.name), ''),
         r.cat, c.color, r.due_date, r.due_end, r.deadline,
         vigo_cal.isoweek(r.due_date), vigo_cal.weekday_name(r.due_date),
         r.tent, r.overridden, r.report,
         vigo_cal.date_label(r.r, r.due_date, r.due_end, r.overridden), r.r,
         -- the deadline is the county deadline, else the last day
         vigo_cal.previous_business_day(coalesce(r.deadline, r.due_end, r.due_date)),
         r.fixed
    FROM rows r
    JOIN dates d ON d.sy OPERATOR(vigo_cal.=) r.school_year
    LEFT JOIN near_dates nd ON nd.sy OPERATOR(vigo_cal.=) r.school_year
    JOIN vigo_cal.category c ON c.category_key = r.cat
    LEFT JOIN vigo_cal.party pf ON pf.party_key = r.fp
    LEFT JOIN vigo_cal.party pf2 ON pf2.party_key = r.fp2
    LEFT JOIN vigo_cal.party pt ON pt.party_key = r.tp
    LEFT JOIN vigo_cal.party pt2 ON pt2.party_key = r.tp2
   ORDER BY r.due_date, r.event_key, r.occurrence;
END $$;
COMMENT ON FUNCTION vigo_cal.calendar_between(date, date) IS
  'every event occurrence due in from_date .. to_date (both included), with rendered text; references resolved in dependency order; the columns of calendar, and the rule';

CREATE OR REPLACE VIEW vigo_cal.calendar AS
  SELECT c.school_year, c.event_key, c.occurrence, c.title, c.comment, c.from_party, c.to_party,
         c.category, c.category_color, c.due_date, c.due_end, c.county_deadline, c.iso_week,
         c.weekday, c.tentative, c.overridden, c.vigo_report, c.date_label, c.last_working_day,
         c.fixed_date
    FROM vigo_cal.calendar_between(
           vigo_cal.first_day(vigo_cal.current_schoolyear() OPERATOR(vigo_cal.-) 1),
           vigo_cal.last_day(vigo_cal.current_schoolyear() OPERATOR(vigo_cal.+) 1)) AS c
   -- (SELECT ...): the school year worked out once, not for every row
   WHERE c.school_year OPERATOR(vigo_cal.>=) ((SELECT vigo_cal.current_schoolyear()) OPERATOR(vigo_cal.-) 1)
     AND c.school_year OPERATOR(vigo_cal.<=) ((SELECT vigo_cal.current_schoolyear()) OPERATOR(vigo_cal.+) 1);
COMMENT ON VIEW vigo_cal.calendar IS
  'every event occurrence of the previous, current and next school year, one row each';
COMMENT ON COLUMN vigo_cal.calendar.school_year IS 'the school year of the occurrence';
COMMENT ON COLUMN vigo_cal.calendar.event_key IS 'the event (vigo_cal.event)';
COMMENT ON COLUMN vigo_cal.calendar.occurrence IS '1, or for a monthly event the count of its occurrence in the year (1, 2, 3, ...)';
COMMENT ON COLUMN vigo_cal.calendar.title IS 'what is due, with this year''s dates and school years filled in';
COMMENT ON COLUMN vigo_cal.calendar.comment IS 'the comment, filled in for this year';
COMMENT ON COLUMN vigo_cal.calendar.from_party IS 'who delivers: the party''s name, or two names joined by "; " where the edition prints two in the Fra cell';
COMMENT ON COLUMN vigo_cal.calendar.to_party IS 'who receives: the party''s name, or two names joined by "; "';
COMMENT ON COLUMN vigo_cal.calendar.category IS 'the colour code (vigo_cal.category)';
COMMENT ON COLUMN vigo_cal.calendar.category_color IS 'the category''s colour as #rrggbb';
COMMENT ON COLUMN vigo_cal.calendar.due_date IS 'the day it is due (the first day of a week or span)';
COMMENT ON COLUMN vigo_cal.calendar.due_end IS 'the last day of a week or span; equal to due_date for one day';
COMMENT ON COLUMN vigo_cal.calendar.county_deadline IS 'when the counties must have registered in VIGO, if the event has such a deadline';
COMMENT ON COLUMN vigo_cal.calendar.iso_week IS 'the ISO week of due_date';
COMMENT ON COLUMN vigo_cal.calendar.weekday IS 'the Norwegian weekday of due_date';
COMMENT ON COLUMN vigo_cal.calendar.tentative IS 'the date may still move';
COMMENT ON COLUMN vigo_cal.calendar.overridden IS 'the date comes from event_override, not the rule';
COMMENT ON COLUMN vigo_cal.calendar.vigo_report IS 'the VIGO report or screen involved';
COMMENT ON COLUMN vigo_cal.calendar.date_label IS 'the date as the printed årshjul writes it (04.jul, uke 40)';
COMMENT ON COLUMN vigo_cal.calendar.last_working_day IS
  'the last working day on or before the deadline: the county deadline if there is one, else the last day (due_end); the deadline itself when it is a working day';
COMMENT ON COLUMN vigo_cal.calendar.fixed_date IS 'the date is fixed by law or by a system and kept whatever the weekday (vigo_cal.event.fixed_date); false: meant to be a working day, as every shipped rule gives';

-- ---------------------------------------------------------------------
-- The document, its verification, and checks
-- ---------------------------------------------------------------------
CREATE OR REPLACE FUNCTION vigo_cal.arshjul(school_year vigo_cal.schoolyear)
  RETURNS TABLE (month_heading text, date_label text, due_date date, due_end date, event_key text,
                 from_party text, what text, to_party text, comment text, category text,
                 last_working_day date, fixed_date boolean)
  LANGUAGE sql STABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  SET jit = off
AS $$
  SELECT pg_catalog.initcap(vigo_cal.month_name(pg_catalog.date_part('month', h.month_day)::integer)) || ' '
           || pg_catalog.date_part('year', h.month_day)::integer::text,
         c.date_label, c.due_date, c.due_end, c.event_key, c.from_party, c.title, c.to_party,
         c.comment, c.category, c.last_working_day, c.fixed_date
    FROM vigo_cal.calendar_between(pg_catalog.make_date(school_year::integer, 7, 1),
                                   pg_catalog.make_date(school_year::integer + 1, 8, 31)) AS c
    -- a week is printed under the month of its Thursday
    CROSS JOIN LATERAL (SELECT CASE WHEN vigo_cal.rule_kind(c.rule) = 'week' AND NOT c.overridden
                                    THEN vigo_cal.monday(c.iso_week) + 3 ELSE c.due_date END AS month_day) AS h
    LEFT JOIN (SELECT ee.event_key, min(pg_catalog.substr(ee.entry, 2)::integer) AS entry_order
                 FROM vigo_cal.edition_entry ee
                WHERE ee.entry ~ '^e[0-9]+$'
                GROUP BY ee.event_key) AS o ON o.event_key = c.event_key
   WHERE c.due_date BETWEEN pg_catalog.make_date(school_year::integer, 7, 1) AND pg_catalog.make_date(school_year::integer + 1, 8, 31)
   ORDER BY pg_catalog.date_trunc('month', h.month_day), c.due_date, o.entry_order NULLS LAST, c.event_key, c.occurrence
$$;
COMMENT ON FUNCTION vigo_cal.arshjul(vigo_cal.schoolyear) IS
  'the årshjul document for a school year: every occurrence from 1 July to 31 August the next year, under month headings, with the date labels of the printed edition and the last working day on or before each deadline';

CREATE OR REPLACE FUNCTION vigo_cal.verify_edition(school_year vigo_cal.schoolyear)
  RETURNS TABLE (entry text, event_key text, printed date, by_rule date, final date, verdict text,
                 printed_end date, final_end date, reason text)
  LANGUAGE sql STABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  SET jit = off
AS $$
  WITH entries AS (
    SELECT ee.* FROM vigo_cal.edition_entry ee WHERE ee.school_year OPERATOR(vigo_cal.=) verify_edition.school_year
  ), span AS (
    SELECT min(occurrence_year) AS lo, max(occurrence_year) AS hi FROM entries
  ), by_rule AS (
    SELECT o.* FROM span, vigo_cal.occurrences(span.lo, span.hi, false) AS o
  ), final AS (
    SELECT o.* FROM span, vigo_cal.occurrences(span.lo, span.hi, true) AS o
  )
  SELECT e.entry, e.event_key, e.printed_date, r.due_date, f.due_date,
         CASE
           WHEN e.printed_date IS NULL THEN 'no printed date'
           WHEN f.due_date IS NOT DISTINCT FROM e.printed_date
                AND f.due_end IS NOT DISTINCT FROM coalesce(e.printed_end, e.printed_date) THEN
             CASE WHEN r.due_date IS NOT DISTINCT FROM e.printed_date
                       AND r.due_end IS NOT DISTINCT FROM coalesce(e.printed_end, e.printed_date)
                  THEN 'rule' ELSE 'override' END
           ELSE 'MISMATCH'
         END,
         e.printed_end, f.due_end,
         (SELECT ov.reason FROM vigo_cal.event_override ov
           WHERE ov.event_key = e.event_key AND ov.school_year OPERATOR(vigo_cal.=) e.occurrence_year
             AND ov.occurrence = e.occurrence)
    FROM entries e
    LEFT JOIN by_rule r ON r.event_key = e.event_key AND r.school_year OPERATOR(vigo_cal.=) e.occurrence_year
                       AND r.occurrence = e.occurrence
    LEFT JOIN final f ON f.event_key = e.event_key AND f.school_year OPERATOR(vigo_cal.=) e.occurrence_year
                     AND f.occurrence = e.occurrence
   ORDER BY CASE WHEN e.entry ~ '^e[0-9]+$' THEN pg_catalog.substr(e.entry, 2)::integer END, e.entry
$$;
COMMENT ON FUNCTION vigo_cal.verify_edition(vigo_cal.schoolyear) IS
  'each entry of a published edition: its printed date, what the rule alone gives, the final date after overrides, and a verdict (rule, override, MISMATCH, no printed date)';

CREATE OR REPLACE FUNCTION vigo_cal.order_violations(school_year vigo_cal.schoolyear)
  RETURNS TABLE (before_key text, after_key text, before_date date, after_date date, note text)
  LANGUAGE sql STABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  SET jit = off
AS $$
  WITH occ AS (
    SELECT o.event_key, min(o.due_date) AS first_date
      FROM vigo_cal.occurrences(school_year, school_year, true) AS o
     GROUP BY o.event_key
  )
  SELECT l.event_key, l.other_key, a.first_date, b.first_date, l.note
    FROM vigo_cal.event_link l
    JOIN occ a ON a.event_key = l.event_key
    JOIN occ b ON b.event_key = l.other_key
   WHERE l.kind = 'runs_before' AND a.first_date > b.first_date
   ORDER BY a.first_date, l.event_key, l.other_key
$$;
COMMENT ON FUNCTION vigo_cal.order_violations(vigo_cal.schoolyear) IS
  'pairs linked runs_before whose first dates that school year come in the wrong order';

CREATE OR REPLACE FUNCTION vigo_cal.upcoming(days integer DEFAULT 14)
  RETURNS TABLE (due_date date, due_end date, date_label text, event_key text, title text,
                 from_party text, to_party text, county_deadline date, category text, tentative boolean,
                 last_working_day date)
  LANGUAGE sql STABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  SELECT c.due_date, c.due_end, c.date_label, c.event_key, c.title, c.from_party, c.to_party,
         c.county_deadline, c.category, c.tentative, c.last_working_day
    FROM vigo_cal.calendar_between(vigo_cal.today(), vigo_cal.today() + days) AS c
   ORDER BY c.due_date, c.event_key, c.occurrence
$$;
COMMENT ON FUNCTION vigo_cal.upcoming(integer) IS
  'what falls due from today to today + days, today being the day in Norway (vigo_cal.today()), with the last working day on or before each deadline';
