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
-- iCalendar export: a school year's årshjul, and a county's school
-- holidays, as one RFC 5545 VCALENDAR for Outlook, Google Calendar and
-- anything else that reads .ics files (doc/ical.md).

-- ---------------------------------------------------------------------
-- RFC 5545 text values and content lines
-- ---------------------------------------------------------------------

-- Escape a TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma get
-- a backslash, a line break (CRLF, CR or LF) becomes \n, and the other
-- control characters, which TEXT does not allow, are dropped (tab stays).
CREATE FUNCTION vigo_cal.ical_escape(value text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  SELECT pg_catalog.replace(
           pg_catalog.regexp_replace(
             pg_catalog.regexp_replace(
               pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(value, E'\\', E'\\\\'),
                                                     ';', E'\\;'),
                                  ',', E'\\,'),
               E'\\r\\n?', E'\n', 'g'),
             E'[\\u0001-\\u0008\\u000B-\\u001F\\u007F]', '', 'g'),
           E'\n', E'\\n')
$$;
COMMENT ON FUNCTION vigo_cal.ical_escape(text) IS
  'a TEXT value escaped for iCalendar (RFC 5545 3.3.11): a backslash before backslash, semicolon and comma, line breaks as backslash-n, other control characters dropped';

-- Fold one content line (RFC 5545 3.1): no line longer than 75 octets of
-- UTF-8, continuation lines start with one space, and a multi-octet
-- character is never split.  The line comes without its CRLF; the result
-- has CRLF between its pieces but not at the end.
CREATE FUNCTION vigo_cal.ical_fold(line text) RETURNS text
  LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
DECLARE
  max_octets constant integer := 75;
  pieces text[] := '{}';
  rest text := line;
  room integer := max_octets;  -- the first piece has no leading space
  piece text;
  excess integer;
BEGIN
  WHILE octet_length(convert_to(rest, 'UTF8')) > room LOOP
    piece := left(rest, room);
    -- each character is 1 to 4 octets: dropping ceil(excess / 4) trailing
    -- characters never drops more than needed
    LOOP
      excess := octet_length(convert_to(piece, 'UTF8')) - room;
      EXIT WHEN excess <= 0;
      piece := left(piece, length(piece) - (excess + 3) / 4);
    END LOOP;
    pieces := pieces || piece;
    rest := substr(rest, length(piece) + 1);
    room := max_octets - 1;
  END LOOP;
  RETURN array_to_string(pieces || rest, E'\r\n ');
END $$;
COMMENT ON FUNCTION vigo_cal.ical_fold(text) IS
  'an iCalendar content line folded at 75 octets of UTF-8 (RFC 5545 3.1), never inside a character; pieces joined by CRLF and a space';

-- ---------------------------------------------------------------------
-- The calendar
-- ---------------------------------------------------------------------

-- The label of a school holiday kind, for event summaries.
CREATE FUNCTION vigo_cal.holiday_label(kind text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  SELECT CASE kind
           WHEN 'hostferie' THEN 'Høstferie'
           WHEN 'vinterferie' THEN 'Vinterferie'
           WHEN 'juleferie' THEN 'Juleferie'
           WHEN 'paaskeferie' THEN 'Påskeferie'
           WHEN 'sommerferie' THEN 'Sommerferie'
           ELSE 'Skolefri'
         END
$$;
COMMENT ON FUNCTION vigo_cal.holiday_label(text) IS
  'the Norwegian name of a school holiday kind: hostferie -> Høstferie, paaskeferie -> Påskeferie, annet -> Skolefri';

CREATE FUNCTION vigo_cal.ical(school_year vigo_cal.schoolyear, county text DEFAULT NULL)
  RETURNS text
  LANGUAGE plpgsql STABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  SET jit = off
AS $$
DECLARE
  start_year integer;
  numbers text[];
  county_name text;
  stamp text;
  result text;
BEGIN
  IF school_year IS NULL THEN
    RETURN NULL;
  END IF;
  start_year := school_year::integer;
  IF county IS NOT NULL THEN
    numbers := vigo_cal.county_numbers(county);  -- raises for an unknown county
    SELECT string_agg(c.name, ', ' ORDER BY c.county_number) INTO county_name
      FROM vigo_cal.county c WHERE c.county_number = ANY (numbers);
  END IF;
  -- the time this calendar was made (RFC 5545 3.8.7.2, with METHOD), so
  -- that a client importing it again takes it as the newer version
  stamp := to_char(now() AT TIME ZONE 'UTC', 'YYYYMMDD"T"HH24MISS"Z"');

  WITH occ AS (
    -- every occurrence of the school year, wherever its days fall: look a
    -- year either side, as a week-31 date may start in July before the
    -- year and an offset or an override may push one past its end.  Near
    -- the ends of the supported range the window stays where
    -- calendar_between can look a year further out itself.
    SELECT c.* FROM vigo_cal.calendar_between(greatest(vigo_cal.first_day(school_year) - 366, date '1585-08-01'),
                                              least(vigo_cal.last_day(school_year) + 366, date '9997-07-31')) AS c
     WHERE c.school_year OPERATOR(vigo_cal.=) ical.school_year
  ), hol AS (
    SELECT h.kind, h.region, r.region_key, h.days, h.tentative
      FROM vigo_cal.school_holidays(county, school_year) AS h
      JOIN vigo_cal.region r ON r.name = h.region
     WHERE county IS NOT NULL AND NOT isempty(h.days)
  ), vevents AS (
    SELECT o.due_date AS first_day, 0 AS source, o.event_key AS sort_key, o.occurrence AS sort_n,
           ARRAY[
             'BEGIN:VEVENT',
             'UID:' || o.event_key || '-' || o.occurrence || '-' || start_year || '@vigo-cal',
             'DTSTAMP:' || stamp,
             'DTSTART;VALUE=DATE:' || to_char(o.due_date, 'YYYYMMDD'),
             'DTEND;VALUE=DATE:' || to_char(coalesce(o.due_end, o.due_date) + 1, 'YYYYMMDD'),
             'SUMMARY:' || vigo_cal.ical_escape(o.title),
             'DESCRIPTION:' || nullif(vigo_cal.ical_escape(concat_ws(E'\n',
                 'Fra: ' || o.from_party,
                 'Til: ' || o.to_party,
                 nullif(o.comment, ''),
                 'VIGO: ' || nullif(o.vigo_report, ''),
                 'Frist for fylkene å registrere i VIGO: ' || vigo_cal.norwegian_date(o.county_deadline, true))), ''),
             'CATEGORIES:' || vigo_cal.ical_escape(cat.label),
             'STATUS:' || CASE WHEN o.tentative THEN 'TENTATIVE' ELSE 'CONFIRMED' END,
             'TRANSP:TRANSPARENT',
             'END:VEVENT'] AS lines
      FROM occ o
      JOIN vigo_cal.category cat ON cat.category_key = o.category
    UNION ALL
    SELECT lower(h.days), 1, h.region_key || '-' || h.kind, 1,
           ARRAY[
             'BEGIN:VEVENT',
             'UID:holiday-' || h.region_key || '-' || h.kind || '-' || start_year || '@vigo-cal',
             'DTSTAMP:' || stamp,
             'DTSTART;VALUE=DATE:' || to_char(lower(h.days), 'YYYYMMDD'),
             'DTEND;VALUE=DATE:' || to_char(upper(h.days), 'YYYYMMDD'),
             'SUMMARY:' || vigo_cal.ical_escape(vigo_cal.holiday_label(h.kind) || ' (' || h.region || ')'),
             'DESCRIPTION:' || vigo_cal.ical_escape(
                 vigo_cal.holiday_label(h.kind) || ' i ' || h.region || ' skoleåret ' || school_year::text || '.'
                 || CASE WHEN h.tentative THEN ' Med forbehold om endringer.' ELSE '' END),
             'CATEGORIES:' || vigo_cal.ical_escape(coalesce(
                 (SELECT cat.label FROM vigo_cal.category cat WHERE cat.category_key = 'school_holiday'),
                 'Skoleferie')),
             'STATUS:' || CASE WHEN h.tentative THEN 'TENTATIVE' ELSE 'CONFIRMED' END,
             'TRANSP:TRANSPARENT',
             'END:VEVENT']
      FROM hol h
  ), body AS (
    SELECT 0 AS part, NULL::date AS first_day, 0 AS source, NULL::text AS sort_key, 0 AS sort_n,
           l.n, l.line
      FROM unnest(ARRAY[
             'BEGIN:VCALENDAR',
             'PRODID:-//vigo_cal//vigo_cal ' || (SELECT e.extversion FROM pg_catalog.pg_extension e
                                                  WHERE e.extname = 'vigo_cal') || '//NO',
             'VERSION:2.0',
             'CALSCALE:GREGORIAN',
             'METHOD:PUBLISH',
             'X-WR-CALNAME:' || vigo_cal.ical_escape('VIGO årshjul ' || school_year::text
                                                     || coalesce(' (' || county_name || ')', '')),
             'X-WR-CALDESC:' || vigo_cal.ical_escape('Årshjulet for VIGO opplæring skoleåret '
                                                     || school_year::text
                                                     || coalesce(', med skoleferiene i ' || county_name, '')),
             'REFRESH-INTERVAL;VALUE=DURATION:P1D',
             'X-PUBLISHED-TTL:P1D']) WITH ORDINALITY AS l(line, n)
    UNION ALL
    SELECT 1, v.first_day, v.source, v.sort_key, v.sort_n, l.n, l.line
      FROM vevents v CROSS JOIN LATERAL unnest(v.lines) WITH ORDINALITY AS l(line, n)
     WHERE l.line IS NOT NULL
    UNION ALL
    SELECT 2, NULL, 0, NULL, 0, 1, 'END:VCALENDAR'
  )
  SELECT string_agg(vigo_cal.ical_fold(b.line), E'\r\n'
                    ORDER BY b.part, b.first_day, b.source, b.sort_key, b.sort_n, b.n) || E'\r\n'
    INTO result
    FROM body b;
  RETURN result;
END $$;
COMMENT ON FUNCTION vigo_cal.ical(vigo_cal.schoolyear, text) IS
  'the school year''s årshjul as an iCalendar file (RFC 5545): one all-day event per occurrence, and with a county its school holidays; UIDs stable across runs, DTSTAMP the time of the call';
-- The årshjul as a picture: wheel_svg draws a school year as an SVG wheel,
-- August at the top and the months clockwise, with ISO weeks, a county's
-- school holidays shaded, and every event occurrence a mark on the ring of
-- its category.  xml_escape, wheel_xy and wheel_sector are its helpers.

-- ---------------------------------------------------------------------
-- Helpers
-- ---------------------------------------------------------------------
CREATE FUNCTION vigo_cal.xml_escape(t text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  SELECT pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(
           -- characters XML 1.0 does not allow at all
           pg_catalog.regexp_replace(t, E'[\\x01-\\x08\\x0b\\x0c\\x0e-\\x1f\\ufffe\\uffff]', '', 'g'),
           '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&apos;')
$$;
COMMENT ON FUNCTION vigo_cal.xml_escape(text) IS
  'text made safe for XML content and attribute values: & < > " '' escaped, control characters XML does not allow removed';

-- A point on the wheel: radius r, angle in degrees clockwise from the top,
-- around (0,0), as "x,y" with one decimal (SVG's y axis points down).
CREATE FUNCTION vigo_cal.wheel_xy(r double precision, angle double precision) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  SELECT pg_catalog.round((r * pg_catalog.sind(angle))::numeric, 1)::text || ','
      || pg_catalog.round((-r * pg_catalog.cosd(angle))::numeric, 1)::text
$$;
COMMENT ON FUNCTION vigo_cal.wheel_xy(double precision, double precision) IS
  'helper of wheel_svg: the SVG point "x,y" at radius r and angle degrees clockwise from the top of a wheel centred on 0,0';

-- SVG path data for the ring sector between radii r_in and r_out from angle
-- a1 to a2 (clockwise, degrees); r_in NULL gives the open arc at r_out.
CREATE FUNCTION vigo_cal.wheel_sector(r_in double precision, r_out double precision,
                                      a1 double precision, a2 double precision) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  SELECT 'M' || vigo_cal.wheel_xy(r_out, a1)
      || 'A' || pg_catalog.round(r_out::numeric, 1)::text || ',' || pg_catalog.round(r_out::numeric, 1)::text
      || ' 0 ' || CASE WHEN a2 - a1 > 180 THEN '1' ELSE '0' END || ',1 ' || vigo_cal.wheel_xy(r_out, a2)
      || CASE WHEN r_in IS NULL THEN '' ELSE
           'L' || vigo_cal.wheel_xy(r_in, a2)
           || 'A' || pg_catalog.round(r_in::numeric, 1)::text || ',' || pg_catalog.round(r_in::numeric, 1)::text
           || ' 0 ' || CASE WHEN a2 - a1 > 180 THEN '1' ELSE '0' END || ',0 ' || vigo_cal.wheel_xy(r_in, a1) || 'Z'
         END
$$;
COMMENT ON FUNCTION vigo_cal.wheel_sector(double precision, double precision, double precision, double precision) IS
  'helper of wheel_svg: SVG path data of the ring sector r_in..r_out from angle a1 to a2 (degrees clockwise from the top); r_in NULL: the arc at r_out';

-- A text centred on the circle of radius r at an angle, running along it
-- (turned over on the lower half, so that it never stands on its head).
CREATE FUNCTION vigo_cal.wheel_text(css_class text, label text, r double precision, angle double precision)
  RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  SELECT pg_catalog.format('<text class="%s" x="0" y="%s" dy="0.35em" transform="rotate(%s)">%s</text>',
                           vigo_cal.xml_escape(css_class),
                           pg_catalog.round((CASE WHEN a.lower_half THEN r ELSE -r END)::numeric, 1),
                           pg_catalog.round((CASE WHEN a.lower_half THEN a.deg - 180 ELSE a.deg END)::numeric, 2),
                           vigo_cal.xml_escape(label))
    FROM (SELECT d AS deg, d > 90 AND d < 270 AS lower_half
            FROM (SELECT angle - 360 * pg_catalog.floor(angle / 360) AS d) AS n) AS a
$$;
COMMENT ON FUNCTION vigo_cal.wheel_text(text, text, double precision, double precision) IS
  'helper of wheel_svg: an SVG text element centred at radius r and angle degrees clockwise from the top, running along the circle and readable on either half';

-- ---------------------------------------------------------------------
-- The wheel
-- ---------------------------------------------------------------------
CREATE FUNCTION vigo_cal.wheel_svg(school_year vigo_cal.schoolyear, county text DEFAULT NULL)
  RETURNS text
  LANGUAGE plpgsql STABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  SET jit = off
AS $$
DECLARE
  -- geometry in px: a 1000 px wide canvas, the wheel centred on (cx, cy)
  width constant integer := 1000;
  cx constant integer := 500;
  cy constant integer := 548;
  r_month_out constant double precision := 440;   -- month band
  r_month_in constant double precision := 404;
  r_week_in constant double precision := 380;     -- week band: ticks and numbers
  r_ring_out constant double precision := 374;    -- the category rings
  r_ring_in constant double precision := 128;
  r_center constant double precision := 116;      -- the disc in the middle
  ring_gap constant double precision := 4;
  max_lanes constant integer := 4;                -- marks of one ring side by side on a day
  month_names constant text[] := ARRAY['Januar', 'Februar', 'Mars', 'April', 'Mai', 'Juni', 'Juli',
                                       'August', 'September', 'Oktober', 'November', 'Desember'];
  y0 date;
  y1 date;
  nd integer;
  county_name text;
  holiday_color text;
  svg text := '';
  body text := '';
  legend text := '';
  rec record;
  -- the marks, in ring order
  m_ring integer[] := '{}';
  m_lane integer[] := '{}';
  m_s integer[] := '{}';
  m_e integer[] := '{}';
  m_span boolean[] := '{}';
  m_tent boolean[] := '{}';
  m_color text[] := '{}';
  m_tip text[] := '{}';
  m_cat text[] := '{}';
  m_date text[] := '{}';
  n_marks integer := 0;
  -- the rings
  ring_key text[] := '{}';
  ring_color text[] := '{}';
  ring_lanes integer[] := '{}';
  ring_count integer[] := '{}';
  ring_outer double precision[] := '{}';
  ring_width double precision[] := '{}';
  n_rings integer;
  lane_end integer[];
  cur_ring integer := 0;
  min_gap double precision;
  lane integer;
  i integer;
  total_lanes integer;
  pitch double precision;
  pad double precision;
  dot_r double precision;
  r double precision;
  a1 double precision;
  a2 double precision;
  y double precision;
  rows_per_col integer;
  today date := CURRENT_DATE;
  n_holidays integer := 0;
BEGIN
  IF school_year IS NULL THEN
    RETURN NULL;
  END IF;
  y0 := vigo_cal.first_day(school_year);
  y1 := vigo_cal.last_day(school_year);
  nd := y1 - y0 + 1;
  IF county IS NOT NULL THEN
    -- an unknown county is an error (22023) listing the counties
    SELECT string_agg(c.name, ', ' ORDER BY c.county_number) INTO county_name
      FROM vigo_cal.county c
     WHERE c.county_number = ANY (vigo_cal.county_numbers(county));
  END IF;
  holiday_color := coalesce((SELECT c.color FROM vigo_cal.category c WHERE c.category_key = 'school_holiday'),
                            '#a0cbe8');

  -- The categories with occurrences this year get a ring each, in legend
  -- order from the outside in.
  SELECT array_agg(k.category_key ORDER BY k.sort_order, k.category_key),
         array_agg(k.color ORDER BY k.sort_order, k.category_key)
    INTO ring_key, ring_color
    FROM vigo_cal.category k
   WHERE k.category_key IN (SELECT c.category FROM vigo_cal.calendar_between(y0, y1) AS c);
  n_rings := coalesce(array_length(ring_key, 1), 0);
  ring_key := coalesce(ring_key, '{}');

  -- Every occurrence with a day in the school year, clipped to it.  Marks
  -- of one ring that would overlap go into lanes (concentric tracks inside
  -- the ring), so that none hides another.
  FOR rec IN
    SELECT array_position(ring_key, c.category) AS ring,
           greatest(c.due_date, y0) - y0 AS s,
           least(coalesce(c.due_end, c.due_date), y1) - y0 AS e,
           coalesce(c.due_end, c.due_date) > c.due_date AS span,
           c.tentative, c.category, c.category_color, to_char(c.due_date, 'YYYY-MM-DD') AS due,
           coalesce(c.date_label || ': ', '') || coalesce(c.title, c.event_key) AS tip
      FROM vigo_cal.calendar_between(y0, y1) AS c
     ORDER BY 1, 2, 3, c.event_key, c.occurrence
  LOOP
    IF rec.ring <> cur_ring THEN
      cur_ring := rec.ring;
      lane_end := array_fill(-100000, ARRAY[max_lanes]);
      ring_lanes[cur_ring] := 1;
      ring_count[cur_ring] := 0;
      -- the least distance in days between two marks in one lane: the
      -- width of a mark at the ring's estimated radius
      min_gap := 13.0 / (2 * pi() * (r_ring_out - (cur_ring - 0.5) * (r_ring_out - r_ring_in) / n_rings) / nd);
    END IF;
    lane := NULL;
    FOR i IN 1 .. max_lanes LOOP
      IF rec.s - lane_end[i] >= min_gap THEN
        lane := i;
        EXIT;
      END IF;
    END LOOP;
    IF lane IS NULL THEN
      -- no room: the lane that is free soonest
      lane := 1;
      FOR i IN 2 .. max_lanes LOOP
        IF lane_end[i] < lane_end[lane] THEN
          lane := i;
        END IF;
      END LOOP;
    END IF;
    lane_end[lane] := rec.e;
    ring_lanes[cur_ring] := greatest(ring_lanes[cur_ring], lane);
    ring_count[cur_ring] := ring_count[cur_ring] + 1;
    n_marks := n_marks + 1;
    m_ring[n_marks] := rec.ring;
    m_lane[n_marks] := lane;
    m_s[n_marks] := rec.s;
    m_e[n_marks] := rec.e;
    m_span[n_marks] := rec.span;
    m_tent[n_marks] := rec.tentative;
    m_color[n_marks] := vigo_cal.xml_escape(rec.category_color);
    m_tip[n_marks] := rec.tip;
    m_cat[n_marks] := rec.category;
    m_date[n_marks] := rec.due;
  END LOOP;

  -- Ring widths: lanes of equal pitch, what is left over shared out.
  total_lanes := 0;
  FOR i IN 1 .. n_rings LOOP
    total_lanes := total_lanes + ring_lanes[i];
  END LOOP;
  IF n_rings > 0 THEN
    pitch := least(14.0, (r_ring_out - r_ring_in - ring_gap * (n_rings - 1)) / total_lanes);
    pad := (r_ring_out - r_ring_in - ring_gap * (n_rings - 1) - pitch * total_lanes) / n_rings;
    dot_r := least(5.5, pitch * 0.42);
    r := r_ring_out;
    FOR i IN 1 .. n_rings LOOP
      ring_outer[i] := r;
      ring_width[i] := ring_lanes[i] * pitch + pad;
      r := r - ring_width[i] - ring_gap;
    END LOOP;
  END IF;

  -- ---- the wheel, drawn around (0,0) ----
  body := body || format('<g transform="translate(%s,%s)">', cx, cy);
  body := body || format('<circle class="face" r="%s"/>', r_month_in);

  -- month sectors and their names
  FOR i IN 0 .. 11 LOOP
    a1 := 360.0 * ((y0 + make_interval(months => i))::date - y0) / nd;
    a2 := 360.0 * ((y0 + make_interval(months => i + 1))::date - y0) / nd;
    body := body || format('<path class="month m%s" d="%s"/>', i % 2,
                           vigo_cal.wheel_sector(r_month_in, r_month_out, a1, a2));
  END LOOP;

  -- the county's school holidays, shaded across the rings and the weeks
  IF county IS NOT NULL THEN
    FOR rec IN
      SELECT DISTINCT greatest(lower(h.days), y0) - y0 AS s, least(upper(h.days), y1 + 1) - y0 AS e
        FROM vigo_cal.school_holidays(county, school_year) AS h
       WHERE lower(h.days) <= y1 AND upper(h.days) > y0
       ORDER BY 1, 2
    LOOP
      body := body || format('<path class="holiday" d="%s"/>',
                             vigo_cal.wheel_sector(r_ring_in, r_month_in, 360.0 * rec.s / nd, 360.0 * rec.e / nd));
      n_holidays := n_holidays + 1;
    END LOOP;
  END IF;

  -- ring tracks, tinted with the category's colour
  FOR i IN 1 .. n_rings LOOP
    body := body || format('<circle class="ring" r="%s" stroke="%s" stroke-width="%s"/>',
                           round((ring_outer[i] - ring_width[i] / 2)::numeric, 1), vigo_cal.xml_escape(ring_color[i]),
                           round(ring_width[i]::numeric, 1));
  END LOOP;

  -- week lines and ticks at every Monday, the ISO week number mid-week
  FOR rec IN
    SELECT d::date AS monday, (d::date - y0) AS s, extract(week FROM d)::integer AS week
      FROM generate_series((y0 - (extract(isodow FROM y0)::integer - 1))::timestamp, y1::timestamp,
                           interval '7 days') AS d
  LOOP
    IF rec.s > 0 THEN
      a1 := 360.0 * rec.s / nd;
      body := body || format('<path class="week-line" d="M%sL%s"/><path class="week-tick" d="M%sL%s"/>',
                             vigo_cal.wheel_xy(r_ring_in, a1), vigo_cal.wheel_xy(r_ring_out, a1),
                             vigo_cal.wheel_xy(r_week_in + 16, a1), vigo_cal.wheel_xy(r_month_in, a1));
    END IF;
    IF rec.s + 3.5 BETWEEN 0 AND nd THEN
      a1 := 360.0 * (rec.s + 3.5) / nd;
      body := body || vigo_cal.wheel_text('week-number', rec.week::text, r_week_in + 9, a1);
    END IF;
  END LOOP;

  -- month boundaries across the whole wheel, the names in the band
  FOR i IN 0 .. 11 LOOP
    a1 := 360.0 * ((y0 + make_interval(months => i))::date - y0) / nd;
    a2 := 360.0 * ((y0 + make_interval(months => i + 1))::date - y0) / nd;
    -- (not across the week numbers)
    body := body || format('<path class="%s" d="M%sL%sM%sL%s"/>',
                           CASE WHEN i = 0 THEN 'year-line' ELSE 'month-line' END,
                           vigo_cal.wheel_xy(r_ring_in - 6, a1), vigo_cal.wheel_xy(r_week_in, a1),
                           vigo_cal.wheel_xy(r_month_in, a1),
                           vigo_cal.wheel_xy(r_month_out + CASE WHEN i = 0 THEN 8 ELSE 0 END, a1));
    body := body || vigo_cal.wheel_text('month-name',
                      month_names[extract(month FROM y0 + make_interval(months => i))::integer],
                      (r_month_in + r_month_out) / 2, (a1 + a2) / 2);
  END LOOP;

  -- the marks: a dot for a day, an arc for a span; a tentative date hollow
  -- (a dot) or pale (an arc).  Colours go in style, which the style sheet
  -- does not override.
  FOR i IN 1 .. n_marks LOOP
    r := ring_outer[m_ring[i]] - pad / 2 - (m_lane[i] - 0.5) * pitch;
    IF m_span[i] THEN
      body := body || format('<path class="event span%s" data-category="%s" data-date="%s" d="%s"'
                             || ' style="stroke:%s;stroke-width:%s"><title>%s</title></path>',
                             CASE WHEN m_tent[i] THEN ' tentative' ELSE '' END,
                             vigo_cal.xml_escape(m_cat[i]), m_date[i],
                             vigo_cal.wheel_sector(NULL, r, 360.0 * (m_s[i] + 0.2) / nd, 360.0 * (m_e[i] + 0.8) / nd),
                             m_color[i], round((dot_r * 1.6)::numeric, 1), vigo_cal.xml_escape(m_tip[i]));
    ELSE
      body := body || format('<circle class="event%s" data-category="%s" data-date="%s" cx="%s" cy="%s" r="%s"'
                             || ' style="%s:%s"><title>%s</title></circle>',
                             CASE WHEN m_tent[i] THEN ' tentative' ELSE '' END,
                             vigo_cal.xml_escape(m_cat[i]), m_date[i],
                             split_part(vigo_cal.wheel_xy(r, 360.0 * (m_s[i] + 0.5) / nd), ',', 1),
                             split_part(vigo_cal.wheel_xy(r, 360.0 * (m_s[i] + 0.5) / nd), ',', 2),
                             round((CASE WHEN m_tent[i] THEN dot_r - 0.8 ELSE dot_r END)::numeric, 1),
                             CASE WHEN m_tent[i] THEN 'stroke' ELSE 'fill' END, m_color[i],
                             vigo_cal.xml_escape(m_tip[i]));
    END IF;
  END LOOP;

  -- the disc in the middle
  body := body || format('<circle class="center" r="%s"/>', r_center)
    || format('<text class="center-year" y="-8">%s</text>', school_year::text)
    || format('<text class="center-sub" y="18">%s</text>',
              n_marks || CASE WHEN n_marks = 1 THEN ' hendelse' ELSE ' hendelser' END)
    || CASE WHEN county_name IS NOT NULL
            THEN format('<text class="center-sub" y="40">%s</text>', vigo_cal.xml_escape(county_name))
            ELSE '' END;

  -- today, when today is in the school year: a hand, the date at its tip
  IF today BETWEEN y0 AND y1 THEN
    a1 := 360.0 * ((today - y0) + 0.5) / nd;
    body := body || format('<g class="today"><path d="M%sL%s"/><circle cx="%s" cy="%s" r="5"/>'
                           || '<text class="today-label" x="%s" y="%s" dy="0.35em" text-anchor="%s">%s</text></g>',
                           vigo_cal.wheel_xy(r_center, a1), vigo_cal.wheel_xy(r_month_out + 12, a1),
                           split_part(vigo_cal.wheel_xy(r_month_out + 12, a1), ',', 1),
                           split_part(vigo_cal.wheel_xy(r_month_out + 12, a1), ',', 2),
                           split_part(vigo_cal.wheel_xy(r_month_out + 22, a1), ',', 1),
                           split_part(vigo_cal.wheel_xy(r_month_out + 22, a1), ',', 2),
                           CASE WHEN sind(a1) > 0.25 THEN 'start' WHEN sind(a1) < -0.25 THEN 'end' ELSE 'middle' END,
                           'i dag ' || to_char(today, 'FMDD.FMMM.'));
  END IF;
  body := body || '</g>';

  -- ---- the legend, under the wheel ----
  y := cy + r_month_out + 44;
  legend := legend || format('<text class="legend-head" x="60" y="%s">%s</text>', y,
                             'Kategorier (ringene fra ytterst til innerst)');
  y := y + 14;
  rows_per_col := (coalesce((SELECT count(*) FROM vigo_cal.category), 0) + 1) / 2;
  FOR rec IN
    SELECT k.label, k.color, (row_number() OVER (ORDER BY array_position(ring_key, k.category_key) NULLS LAST,
                                                   k.sort_order, k.category_key) - 1)::integer AS n,
           array_position(ring_key, k.category_key) AS ring
      FROM vigo_cal.category k
     ORDER BY 3
  LOOP
    legend := legend || format(
      '<g class="legend-item" transform="translate(%s,%s)"><rect class="swatch%s" x="0" y="0" width="22" height="14" rx="3" fill="%s"/>'
      || '<text class="legend-label" x="32" y="12">%s <tspan class="legend-count">%s</tspan></text></g>',
      60 + (rec.n / rows_per_col) * 460, y + (rec.n % rows_per_col) * 26,
      CASE WHEN rec.ring IS NULL THEN ' unused' ELSE '' END, vigo_cal.xml_escape(rec.color),
      vigo_cal.xml_escape(rec.label),
      CASE WHEN rec.ring IS NULL THEN '(ingen i ' || school_year::text || ')' ELSE '(' || ring_count[rec.ring] || ')' END);
  END LOOP;
  y := y + rows_per_col * 26 + 14;

  -- how to read the marks
  legend := legend || format('<g class="key" transform="translate(60,%s)">', y)
    || '<circle cx="8" cy="0" r="5.5" fill="#4b5563"/><text class="legend-label" x="20" y="5">én dag</text>'
    || '<path d="M110,0L140,0" stroke="#4b5563" stroke-width="8.8" stroke-linecap="round"/>'
    || '<text class="legend-label" x="152" y="5">periode</text>'
    || '<circle cx="252" cy="0" r="4.5" fill="#ffffff" stroke="#4b5563" stroke-width="2.2"/>'
    || '<path d="M272,0L302,0" stroke="#4b5563" stroke-opacity="0.5" stroke-width="8.8" stroke-linecap="round"/>'
    || '<text class="legend-label" x="314" y="5">foreløpig dato</text>'
    || '<text class="legend-label" x="480" y="5">tallene i ringen utenfor: ISO-uker</text>'
    || '</g>';
  y := y + 30;

  -- the county's school holidays, one line each
  IF county IS NOT NULL THEN
    y := y + 10;
    legend := legend || format('<text class="legend-head" x="60" y="%s">%s</text>', y + 4,
                               vigo_cal.xml_escape('Skoleferie i ' || county_name || ' (skyggelagt)'));
    y := y + 18;
    FOR rec IN
      SELECT h.kind, lower(h.days) AS lo, upper(h.days) - 1 AS hi, bool_or(h.tentative) AS tentative,
             string_agg(h.region, ', ' ORDER BY h.region) AS regions
        FROM vigo_cal.school_holidays(county, school_year) AS h
       GROUP BY h.kind, h.days
       ORDER BY lower(h.days), upper(h.days), h.kind
    LOOP
      legend := legend || format(
        '<g class="legend-item" transform="translate(60,%s)"><rect class="swatch" x="0" y="0" width="22" height="14" rx="3" fill="%s"/>'
        || '<text class="legend-label" x="32" y="12">%s</text></g>',
        y, vigo_cal.xml_escape(holiday_color),
        vigo_cal.xml_escape(
          CASE rec.kind WHEN 'hostferie' THEN 'Høstferie' WHEN 'vinterferie' THEN 'Vinterferie'
                        WHEN 'juleferie' THEN 'Juleferie' WHEN 'paaskeferie' THEN 'Påskeferie'
                        WHEN 'sommerferie' THEN 'Sommerferie' ELSE 'Fri' END
          || ' ' || to_char(rec.lo, 'DD.MM.') || CASE WHEN rec.hi > rec.lo THEN '–' || to_char(rec.hi, 'DD.MM.') ELSE '' END
          || ' (uke ' || extract(week FROM rec.lo)::integer
          || CASE WHEN extract(week FROM rec.hi) <> extract(week FROM rec.lo)
                  THEN '–' || extract(week FROM rec.hi)::integer ELSE '' END || ')'
          || CASE WHEN rec.regions <> county_name THEN ', ' || rec.regions ELSE '' END
          || CASE WHEN rec.tentative THEN ', med forbehold om endringer' ELSE '' END));
      y := y + 24;
    END LOOP;
    IF n_holidays = 0 THEN
      legend := legend || format('<text class="legend-label" x="60" y="%s">%s</text>', y + 12,
                                 'ingen skoleferier registrert for ' || school_year::text);
      y := y + 24;
    END IF;
  END IF;

  -- in the current school year, what comes next
  IF today BETWEEN y0 AND y1 THEN
    y := y + 10;
    legend := legend || format('<text class="legend-head" x="60" y="%s">%s</text>', y + 4, 'Neste hendelser');
    y := y + 18;
    FOR rec IN
      SELECT c.due_date, c.due_end, c.category_color, c.title
        FROM vigo_cal.calendar_between(today, y1) AS c
       ORDER BY c.due_date, c.event_key, c.occurrence
       LIMIT 6
    LOOP
      legend := legend || format(
        '<g class="next-item" transform="translate(60,%s)"><circle cx="11" cy="7" r="5.5" style="fill:%s"/>'
        || '<text class="legend-label" x="32" y="12"><tspan class="legend-date">%s</tspan> %s</text></g>',
        y, vigo_cal.xml_escape(rec.category_color),
        to_char(rec.due_date, 'DD.MM.')
          || CASE WHEN rec.due_end > rec.due_date THEN '–' || to_char(rec.due_end, 'DD.MM.') ELSE '' END,
        vigo_cal.xml_escape(CASE WHEN length(rec.title) > 88 THEN rtrim(left(rec.title, 87)) || '…'
                                 ELSE rec.title END));
      y := y + 24;
    END LOOP;
  END IF;

  -- ---- the document ----
  svg := format('<svg xmlns="http://www.w3.org/2000/svg" width="%1$s" height="%2$s" viewBox="0 0 %1$s %2$s"'
                || ' font-family="DejaVu Sans, Verdana, Arial, Helvetica, sans-serif">', width, ceil(y + 20)::integer)
    || format('<title>%s</title>',
              vigo_cal.xml_escape('Årshjul VIGO ' || school_year::text || coalesce(' – ' || county_name, '')))
    || '<style>'
    || '.bg{fill:#ffffff}'
    || '.title{font-size:30px;font-weight:bold;fill:#111827;text-anchor:middle}'
    || '.subtitle{font-size:15px;fill:#4b5563;text-anchor:middle}'
    || '.face{fill:#fbfcfd}'
    || '.month.m0{fill:#e3e8ef}.month.m1{fill:#eef1f6}'
    || '.month-name{font-size:16px;font-weight:bold;fill:#1f2937;text-anchor:middle}'
    || '.month-line{stroke:#b8c0cc;stroke-width:1}'
    || '.year-line{stroke:#1f2937;stroke-width:2}'
    || '.week-line{stroke:#d9dee5;stroke-width:0.6}'
    || '.week-tick{stroke:#8a94a3;stroke-width:1}'
    || '.week-number{font-size:9.5px;fill:#5b6472;text-anchor:middle}'
    || '.holiday{fill:' || vigo_cal.xml_escape(holiday_color) || ';fill-opacity:0.55}'
    || '.ring{fill:none;stroke-opacity:0.13}'
    || 'circle.event{stroke:#ffffff;stroke-width:1.2}'
    || 'circle.event.tentative{fill:#ffffff;stroke-width:2.2}'
    || 'path.event{fill:none;stroke-linecap:round;stroke-opacity:0.9}'
    || 'path.event.tentative{stroke-opacity:0.5}'
    || '.center{fill:#ffffff;stroke:#c7ced8;stroke-width:1.5}'
    || '.center-year{font-size:30px;font-weight:bold;fill:#111827;text-anchor:middle}'
    || '.center-sub{font-size:14px;fill:#4b5563;text-anchor:middle}'
    || '.today path{stroke:#d62728;stroke-width:2.5}.today circle{fill:#d62728}'
    || '.today-label{font-size:13px;font-weight:bold;fill:#d62728}'
    || '.legend-head{font-size:15px;font-weight:bold;fill:#111827}'
    || '.legend-label{font-size:14px;fill:#1f2937}'
    || '.legend-count{fill:#6b7280}'
    || '.legend-date{font-weight:bold}'
    || '.swatch.unused{fill-opacity:0.3}'
    || '</style>'
    || format('<rect class="bg" width="%s" height="%s"/>', width, ceil(y + 20)::integer)
    || format('<text class="title" x="%s" y="46">%s</text>', cx,
              vigo_cal.xml_escape('Årshjul VIGO ' || school_year::text || coalesce(' – ' || county_name, '')))
    || format('<text class="subtitle" x="%s" y="74">%s</text>', cx,
              vigo_cal.xml_escape(to_char(y0, 'FMDD') || '. august ' || extract(year FROM y0)::integer
                                  || ' – ' || to_char(y1, 'FMDD') || '. juli ' || extract(year FROM y1)::integer
                                  || ' · ' || n_marks || CASE WHEN n_marks = 1 THEN ' hendelse' ELSE ' hendelser' END
                                  || ' i ' || n_rings || CASE WHEN n_rings = 1 THEN ' kategori' ELSE ' kategorier' END
                                  || CASE WHEN county_name IS NOT NULL
                                          THEN ' · skoleferie i ' || county_name || ' skyggelagt' ELSE '' END));
  RETURN svg || body || legend || '</svg>';
END $$;
COMMENT ON FUNCTION vigo_cal.wheel_svg(vigo_cal.schoolyear, text) IS
  'the årshjul of a school year as an SVG picture: August at the top, months clockwise, ISO weeks, every occurrence a mark on its category''s ring, a legend; with a county, its school holidays shaded; a "today" hand in the current school year';
