-- iCalendar export: a school year's årshjul, and a county's school
-- holidays, as one RFC 5545 VCALENDAR for Outlook, Google Calendar and
-- anything else that reads .ics files (doc/ical.md).

-- @replaceable: everything below is CREATE OR REPLACE; upgrade scripts rerun it.

-- ---------------------------------------------------------------------
-- RFC 5545 text values and content lines
-- ---------------------------------------------------------------------

-- Escape a TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma get
-- a backslash, a line break (CRLF, CR or LF) becomes \n, and the other
-- control characters, which TEXT does not allow, are dropped (tab stays).
CREATE OR REPLACE FUNCTION vigo_cal.ical_escape(value text) RETURNS text
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
CREATE OR REPLACE FUNCTION vigo_cal.ical_fold(line text) RETURNS text
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
  WHILE pg_catalog.octet_length(pg_catalog.convert_to(rest, 'UTF8')) > room LOOP
    piece := pg_catalog.left(rest, room);
    -- each character is 1 to 4 octets: dropping ceil(excess / 4) trailing
    -- characters never drops more than needed
    LOOP
      excess := pg_catalog.octet_length(pg_catalog.convert_to(piece, 'UTF8')) - room;
      EXIT WHEN excess <= 0;
      piece := pg_catalog.left(piece, pg_catalog.length(piece) - (excess + 3) / 4);
    END LOOP;
    pieces := pieces || piece;
    rest := pg_catalog.substr(rest, pg_catalog.length(piece) + 1);
    room := max_octets - 1;
  END LOOP;
  RETURN pg_catalog.array_to_string(pieces || rest, E'\r\n ');
END $$;
COMMENT ON FUNCTION vigo_cal.ical_fold(text) IS
  'an iCalendar content line folded at 75 octets of UTF-8 (RFC 5545 3.1), never inside a character; pieces joined by CRLF and a space';

-- ---------------------------------------------------------------------
-- The calendar
-- ---------------------------------------------------------------------

-- The events of a school year's calendar, one row per VEVENT, with the
-- values of their properties as plain text (not yet escaped or folded):
-- every occurrence of the school year, and with a county its school
-- holidays.  ical() writes them out.
CREATE OR REPLACE FUNCTION vigo_cal.ical_events(school_year vigo_cal.schoolyear, county text DEFAULT NULL)
  RETURNS TABLE (uid text, kind text, dtstart date, dtend date, summary text, description text,
                 categories text, status text)
  LANGUAGE plpgsql STABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  SET jit = off
AS $$
DECLARE
  start_year integer := school_year::integer;
BEGIN
  IF school_year IS NULL THEN
    RETURN;
  END IF;
  IF county IS NOT NULL THEN
    PERFORM vigo_cal.county_numbers(county);  -- raises for an unknown county
  END IF;
  RETURN QUERY
  WITH occ AS (
    -- every occurrence of the school year, wherever its days fall: look a
    -- year either side, as a week-31 date may start in July before the
    -- year and an offset or an override may push one past its end.  Near
    -- the ends of the supported range the window stays where
    -- calendar_between can look a year further out itself.
    SELECT c.*, coalesce(c.county_deadline, c.due_end, c.due_date) AS deadline
      FROM vigo_cal.calendar_between(greatest(vigo_cal.first_day(ical_events.school_year) - 366, date '1585-08-01'),
                                     least(vigo_cal.last_day(ical_events.school_year) + 366, date '9997-07-31')) AS c
     WHERE c.school_year OPERATOR(vigo_cal.=) ical_events.school_year
  ), hol AS (
    SELECT h.kind, h.region, r.region_key, h.days, h.tentative, h.projected, h.from_year, h.source, h.note
      FROM vigo_cal.school_holidays(ical_events.county, ical_events.school_year) AS h
      JOIN vigo_cal.region r ON r.name = h.region
     WHERE ical_events.county IS NOT NULL AND NOT pg_catalog.isempty(h.days)
  ), ev AS (
    SELECT o.event_key || '-' || o.occurrence || '-' || start_year || '@vigo-cal' AS uid, 'event' AS kind,
           o.due_date AS dtstart, coalesce(o.due_end, o.due_date) + 1 AS dtend, o.title AS summary,
           nullif(pg_catalog.concat_ws(E'\n',
             'Fra: ' || o.from_party,
             'Til: ' || o.to_party,
             nullif(o.comment, ''),
             'VIGO: ' || nullif(o.vigo_report, ''),
             -- the county deadline; a deadline on a day off says so, with
             -- the last working day before it
             CASE WHEN o.county_deadline IS NOT NULL THEN 'Frist for fylkene å registrere i VIGO: '
                  WHEN o.last_working_day < o.deadline THEN 'Frist: ' END
             || vigo_cal.weekday_name(o.deadline) || ' ' || vigo_cal.norwegian_date(o.deadline, true)
             || CASE WHEN o.last_working_day < o.deadline
                     THEN ', siste arbeidsdag ' || vigo_cal.weekday_name(o.last_working_day) || ' '
                          || pg_catalog.to_char(o.last_working_day, 'DD.MM') ELSE '' END), '') AS description,
           cat.label AS categories, CASE WHEN o.tentative THEN 'TENTATIVE' ELSE 'CONFIRMED' END AS status
      FROM occ o
      JOIN vigo_cal.category cat ON cat.category_key = o.category
    UNION ALL
    SELECT 'holiday-' || h.region_key || '-' || h.kind || '-' || start_year || '@vigo-cal', 'school_holiday',
           pg_catalog.lower(h.days), pg_catalog.upper(h.days),
           vigo_cal.holiday_label(h.kind) || ' (' || h.region || CASE WHEN h.projected THEN ', forventet' ELSE '' END || ')',
           -- a projected holiday says where it comes from; each its source
           pg_catalog.concat_ws(E'\n',
             vigo_cal.holiday_label(h.kind) || ' i ' || h.region || ' skoleåret ' || ical_events.school_year::text || '.'
             || CASE WHEN h.tentative THEN ' Med forbehold om endringer.' ELSE '' END,
             CASE WHEN h.projected THEN h.note END,
             'Kilde' || CASE WHEN h.projected THEN ' (' || h.from_year::text || ')' ELSE '' END || ': ' || h.source),
           coalesce((SELECT cat.label FROM vigo_cal.category cat WHERE cat.category_key = 'school_holiday'),
                    'Skoleferie'),
           CASE WHEN h.tentative THEN 'TENTATIVE' ELSE 'CONFIRMED' END
      FROM hol h
  )
  -- by first day, the årshjul's events before the school holidays, then by UID
  SELECT ev.uid, ev.kind, ev.dtstart, ev.dtend, ev.summary, ev.description, ev.categories, ev.status
    FROM ev
   ORDER BY ev.dtstart, ev.kind, ev.uid COLLATE "C";
END $$;
COMMENT ON FUNCTION vigo_cal.ical_events(vigo_cal.schoolyear, text) IS
  'the events of ical(): one row per VEVENT (kind event or school_holiday) with its UID, all-day DTSTART and exclusive DTEND, and SUMMARY, DESCRIPTION, CATEGORIES and STATUS as plain text, before escaping and folding';

CREATE OR REPLACE FUNCTION vigo_cal.ical(school_year vigo_cal.schoolyear, county text DEFAULT NULL)
  RETURNS text
  LANGUAGE plpgsql STABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  SET jit = off
AS $$
DECLARE
  county_name text;
  stamp text;
  result text;
  revised jsonb;
BEGIN
  IF school_year IS NULL THEN
    RETURN NULL;
  END IF;
  IF county IS NOT NULL THEN
    SELECT pg_catalog.string_agg(c.name, ', ' ORDER BY c.county_number) INTO county_name
      FROM vigo_cal.county c
     WHERE c.county_number = ANY (vigo_cal.county_numbers(county));  -- raises for an unknown county
  END IF;
  -- the time this calendar was made (RFC 5545 3.8.7.2, with METHOD), so
  -- that a client importing it again takes it as the newer version
  stamp := pg_catalog.to_char(pg_catalog.now() AT TIME ZONE 'UTC', 'YYYYMMDD"T"HH24MISS"Z"');
  -- an event whose date or text changed since the edition was published
  -- keeps its UID and gets a higher SEQUENCE, with LAST-MODIFIED, so that
  -- a subscribed client updates it in place (RFC 5545 3.8.7.4)
  SELECT pg_catalog.jsonb_object_agg(s.event_key || '-' || s.occurrence || '-' || school_year::integer || '@vigo-cal',
                          pg_catalog.jsonb_build_array(s.sequence,
                            pg_catalog.to_char(s.last_modified AT TIME ZONE 'UTC', 'YYYYMMDD"T"HH24MISS"Z"')))
    INTO revised
    FROM vigo_cal.edition_sequence(school_year) AS s;

  WITH body AS (
    SELECT 0 AS part, NULL::date AS dtstart, NULL::text AS kind, NULL::text AS uid, l.n, l.line
      FROM pg_catalog.unnest(ARRAY[
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
    SELECT 1, e.dtstart, e.kind, e.uid, l.n, l.line
      FROM vigo_cal.ical_events(school_year, county) AS e
     CROSS JOIN LATERAL pg_catalog.unnest(ARRAY[
             'BEGIN:VEVENT',
             'UID:' || e.uid,
             'DTSTAMP:' || stamp,
             'SEQUENCE:' || (revised -> e.uid ->> 0),  -- NULL: never changed, no SEQUENCE
             'LAST-MODIFIED:' || (revised -> e.uid ->> 1),
             'DTSTART;VALUE=DATE:' || pg_catalog.to_char(e.dtstart, 'YYYYMMDD'),
             'DTEND;VALUE=DATE:' || pg_catalog.to_char(e.dtend, 'YYYYMMDD'),
             'SUMMARY:' || vigo_cal.ical_escape(e.summary),
             'DESCRIPTION:' || vigo_cal.ical_escape(e.description),  -- NULL: no DESCRIPTION
             'CATEGORIES:' || vigo_cal.ical_escape(e.categories),
             'STATUS:' || e.status,
             'TRANSP:TRANSPARENT',
             'END:VEVENT']) WITH ORDINALITY AS l(line, n)
     WHERE l.line IS NOT NULL
    UNION ALL
    SELECT 2, NULL, NULL, NULL, 1, 'END:VCALENDAR'
  )
  -- events by first day, the årshjul's before the school holidays, then by UID
  SELECT pg_catalog.string_agg(vigo_cal.ical_fold(b.line), E'\r\n'
                    ORDER BY b.part, b.dtstart, b.kind, b.uid COLLATE "C", b.n) || E'\r\n'
    INTO result
    FROM body b;
  RETURN result;
END $$;
COMMENT ON FUNCTION vigo_cal.ical(vigo_cal.schoolyear, text) IS
  'the school year''s årshjul as an iCalendar file (RFC 5545): the events of ical_events() escaped and folded; one all-day event per occurrence, and with a county its school holidays; UIDs stable across runs and revisions, DTSTAMP the time of the call; an event whose date or text changed since the edition was published has SEQUENCE and LAST-MODIFIED (edition_sequence)';
