-- vigo_cal upgrade from 0.1.0 to 0.2.0.  The Makefile appends the src/sql
-- parts that are new in 0.2.0 (the iCalendar export and the wheel) after
-- the changes to existing objects below.

\echo Use "ALTER EXTENSION vigo_cal UPDATE TO '0.2.0'" to load this file. \quit

-- calendar_between: school years at the ends of the supported range work,
-- and an end outside the range (infinity too) is SQLSTATE 22008.
CREATE OR REPLACE FUNCTION vigo_cal.calendar_between(from_date date, to_date date)
  RETURNS TABLE (school_year vigo_cal.schoolyear, event_key text, occurrence integer,
                 title text, comment text, from_party text, to_party text,
                 category text, category_color text, due_date date, due_end date,
                 county_deadline date, iso_week vigo_cal.isoweek, weekday text,
                 tentative boolean, overridden boolean, vigo_report text,
                 date_label text, rule vigo_cal.rule)
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
  RETURN QUERY
  WITH occ AS (
    SELECT * FROM vigo_cal.occurrences(first_year, last_year, true)
  ), dates AS (
    SELECT y.sy,
           jsonb_object_agg(e.event_key, o.due_date) AS map
      FROM (SELECT DISTINCT o2.school_year AS sy FROM occ o2) AS y
      CROSS JOIN vigo_cal.event e
      LEFT JOIN occ o ON o.event_key = e.event_key AND o.school_year OPERATOR(vigo_cal.=) y.sy
                     AND o.occurrence = 1
     GROUP BY y.sy
  ), rows AS (
    SELECT o.*, e.title AS title_t, e.comment AS comment_t, e.from_party AS fp, e.to_party AS tp,
           e.category AS cat, e.tentative AS tent, e.vigo_report AS report, e.rule AS r,
           CASE WHEN e.county_deadline IS NOT NULL THEN
             lower(vigo_cal.occurrence_range(e.county_deadline, o.school_year, o.due_date)) END AS deadline
      FROM occ o JOIN vigo_cal.event e ON e.event_key = o.event_key
     WHERE o.due_date <= to_date AND coalesce(o.due_end, o.due_date) >= from_date
  )
  SELECT r.school_year, r.event_key, r.occurrence,
         vigo_cal.render_template(r.title_t, r.school_year,
           d.map || jsonb_build_object('self', r.due_date, 'county_deadline', r.deadline)),
         vigo_cal.render_template(r.comment_t, r.school_year,
           d.map || jsonb_build_object('self', r.due_date, 'county_deadline', r.deadline)),
         pf.name, pt.name, r.cat, c.color, r.due_date, r.due_end, r.deadline,
         vigo_cal.isoweek(r.due_date), vigo_cal.weekday_name(r.due_date),
         r.tent, r.overridden, r.report,
         vigo_cal.date_label(r.r, r.due_date, r.due_end, r.overridden), r.r
    FROM rows r
    JOIN dates d ON d.sy OPERATOR(vigo_cal.=) r.school_year
    JOIN vigo_cal.category c ON c.category_key = r.cat
    LEFT JOIN vigo_cal.party pf ON pf.party_key = r.fp
    LEFT JOIN vigo_cal.party pt ON pt.party_key = r.tp
   ORDER BY r.due_date, r.event_key, r.occurrence;
END $$;
COMMENT ON FUNCTION vigo_cal.calendar_between(date, date) IS
  'every event occurrence due in from_date .. to_date (both included), with rendered text; references resolved in dependency order';

-- occurrence_range: a date outside the supported range is no date, too.
COMMENT ON FUNCTION vigo_cal.occurrence_range(vigo_cal.rule, vigo_cal.schoolyear, date) IS
  'like resolve_range, but NULL when the rule gives no date that year (29.02, uke 53, no anchor, or outside 1583-9999) instead of an error';

-- render_template: now the core's renderer (fuzzed with the other parsers),
-- and {sy+1} of the last school year prints instead of failing.
CREATE OR REPLACE FUNCTION vigo_cal.render_template(template text, school_year vigo_cal.schoolyear, dates jsonb)
  RETURNS text
  AS 'MODULE_PATHNAME', 'vc_render_template' LANGUAGE c IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.render_template(text, vigo_cal.schoolyear, jsonb) IS
  'fill in a title or comment template for a school year: {sy}, {sy-1}, {y}, {y+1}, {date:KEY}, {datey:KEY}, {day:KEY}, KEY optionally followed by rule offsets; dates maps keys to dates';

-- keep_user_changes: its dynamic SQL needs the extension's = for school
-- years, so that a restore can merge a changed shipped row back.
ALTER FUNCTION vigo_cal.keep_user_changes() SET search_path = pg_catalog, vigo_cal, pg_temp;

-- delivery_status_as_of: days in the first and last school year work.
CREATE OR REPLACE FUNCTION vigo_cal.delivery_status_as_of(as_of date)
  RETURNS TABLE (county text, county_name text, school_year vigo_cal.schoolyear, event_key text,
                 occurrence integer, title text, to_party text, category text,
                 due_date date, county_deadline date, delivered_at timestamptz,
                 status text, business_days_late integer)
  LANGUAGE sql STABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  SET jit = off
AS $$
  WITH owed AS (
    SELECT c.*, coalesce(c.county_deadline, c.due_date) AS deadline
      FROM vigo_cal.calendar_between(
             greatest(pg_catalog.make_date(vigo_cal.start_year(vigo_cal.schoolyear(as_of)) - 1, 8, 1), date '1583-08-01'),
             least(pg_catalog.make_date(vigo_cal.start_year(vigo_cal.schoolyear(as_of)) + 2, 7, 31), date '9999-07-31')) AS c
      JOIN vigo_cal.event e ON e.event_key = c.event_key
     WHERE c.county_deadline IS NOT NULL OR e.from_party = 'fylkene'
  )
  SELECT k.county_number, k.name, o.school_year, o.event_key, o.occurrence, o.title, o.to_party,
         o.category, o.due_date, o.deadline, l.delivered_at,
         CASE
           WHEN l.delivered_at IS NOT NULL AND l.delivered_at::date <= o.deadline THEN 'on_time'
           WHEN l.delivered_at IS NOT NULL THEN 'late'
           WHEN o.deadline < as_of THEN 'missing'
           WHEN vigo_cal.business_days_between(as_of, o.deadline) < 5 THEN 'due_soon'
           ELSE 'upcoming'
         END,
         CASE
           WHEN l.delivered_at IS NOT NULL AND l.delivered_at::date > o.deadline
             THEN vigo_cal.business_days_between(o.deadline + 1, l.delivered_at::date + 1)
           WHEN l.delivered_at IS NULL AND o.deadline < as_of
             THEN vigo_cal.business_days_between(o.deadline + 1, as_of + 1)
           ELSE 0
         END
    FROM owed o
    JOIN vigo_cal.county k
      ON k.valid_from <= o.deadline AND (k.valid_to IS NULL OR o.deadline < k.valid_to)
     AND k.county_number = ANY (vigo_cal.my_counties())
    LEFT JOIN vigo_cal.delivery_log l
      ON l.county = k.county_number AND l.event_key = o.event_key
     AND l.school_year OPERATOR(vigo_cal.=) o.school_year AND l.occurrence = o.occurrence
   ORDER BY o.deadline, k.county_number, o.event_key, o.occurrence
$$;
COMMENT ON FUNCTION vigo_cal.delivery_status_as_of(date) IS
  'delivery_status as it stood on a given day: one row per county and occurrence the county must deliver, for the school year of that day and the years either side';
