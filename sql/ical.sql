-- The iCalendar export: text escaping, line folding, and the structure of
-- the 2023-2024 calendar.  DTSTAMP is the time of the call, so it is
-- checked for its form and never printed.
SET search_path = vigo_cal, public;
SET datestyle = ISO;

-- The physical lines of an iCalendar text, without their CRLF, numbered;
-- vevent counts the VEVENTs begun so far (0 in the header).
CREATE FUNCTION regress.ical_lines(ics text)
  RETURNS TABLE (n bigint, vevent bigint, line text, octets integer)
  LANGUAGE sql AS $$
  SELECT l.n,
         count(*) FILTER (WHERE l.line = 'BEGIN:VEVENT') OVER (ORDER BY l.n),
         l.line, octet_length(convert_to(l.line, 'UTF8'))
    FROM regexp_split_to_table(left(ics, -2), E'\r\n') WITH ORDINALITY AS l(line, n)
$$;

-- The content lines (folding undone), numbered the same way.
CREATE FUNCTION regress.ical_content(ics text)
  RETURNS TABLE (n bigint, vevent bigint, line text)
  LANGUAGE sql AS $$
  SELECT l.n, l.vevent, l.line
    FROM regress.ical_lines(replace(ics, E'\r\n ', '')) AS l
$$;

-- A TEXT value unescaped: split at each \\ (an escaped backslash), undo
-- \, \; and \n in the pieces, and join them with one backslash.
CREATE FUNCTION regress.ical_unescape(value text) RETURNS text
  LANGUAGE sql AS $$
  SELECT coalesce(string_agg(replace(replace(replace(p.piece, '\,', ','), '\;', ';'), '\n', E'\n'), '\'
                             ORDER BY p.n), '')
    FROM unnest(string_to_array(value, '\\')) WITH ORDINALITY AS p(piece, n)
$$;

-- One row per VEVENT, its values unescaped (DTSTAMP left out).
CREATE FUNCTION regress.parsed_events(ics text)
  RETURNS TABLE (vevent bigint, uid text, dtstart text, dtend text, summary text,
                 description text, categories text, status text)
  LANGUAGE sql AS $$
  SELECT c.vevent,
         max(substr(c.line, 5)) FILTER (WHERE c.line LIKE 'UID:%'),
         max(substr(c.line, 20)) FILTER (WHERE c.line LIKE 'DTSTART;VALUE=DATE:%'),
         max(substr(c.line, 18)) FILTER (WHERE c.line LIKE 'DTEND;VALUE=DATE:%'),
         max(regress.ical_unescape(substr(c.line, 9))) FILTER (WHERE c.line LIKE 'SUMMARY:%'),
         max(regress.ical_unescape(substr(c.line, 13))) FILTER (WHERE c.line LIKE 'DESCRIPTION:%'),
         max(regress.ical_unescape(substr(c.line, 12))) FILTER (WHERE c.line LIKE 'CATEGORIES:%'),
         max(substr(c.line, 8)) FILTER (WHERE c.line LIKE 'STATUS:%')
    FROM regress.ical_content(ics) AS c
   WHERE c.vevent > 0
   GROUP BY c.vevent
$$;

-- ---------------------------------------------------------------------
-- Escaping TEXT values (RFC 5545 3.3.11)
-- ---------------------------------------------------------------------
SELECT label, ical_escape(v) AS escaped
  FROM (VALUES ('parties', 'Fra: VIGO (IST); Til: Udir, SSB'),
               ('path', 'C:\VIGO\eksport'),
               ('LF', E'to linjer\nunix'),
               ('CRLF', E'to linjer\r\nwindows'),
               ('CR', E'to linjer\rmac'),
               ('controls', E'bell\u0007, ESC\u001b og DEL\u007f forsvinner'),
               ('UTF-8', 'æøå ÆØÅ – €'),
               ('empty', '')) AS t(label, v);
SELECT ical_escape(E'kolonne\tkolonne') = E'kolonne\tkolonne' AS tab_kept, ical_escape(NULL) IS NULL AS strict;
-- and back
SELECT bool_and(regress.ical_unescape(ical_escape(v)) = v) AS unescapes
  FROM (VALUES ('a\,b'), ('a\\;b'), (E'x\\ny\nz'), ('\'), ('æ, ø; å')) AS t(v);

-- ---------------------------------------------------------------------
-- Folding content lines at 75 octets (RFC 5545 3.1)
-- ---------------------------------------------------------------------
-- 75 octets stay on one line, 76 are folded; continuation lines start with
-- a space and carry 74 octets of the line.  A multi-octet character that
-- would cross octet 75 moves whole to the next line.
SELECT label, p.n AS piece, octet_length(convert_to(p.piece, 'UTF8')) AS octets,
       left(p.piece, 1) = ' ' AS continuation, right(p.piece, 3) AS ends_with
  FROM (VALUES (1, '75 x a', repeat('a', 75)),
               (2, '76 x a', repeat('a', 76)),
               (3, '224 x a', repeat('a', 224)),
               (4, '74 x a + æ', repeat('a', 74) || 'æ'),
               (5, '73 x a + æ', repeat('a', 73) || 'æ'),
               (6, '72 x a + €', repeat('a', 72) || '€' || 'b'),
               (7, '73 x a + €', repeat('a', 73) || '€' || 'b'),
               (8, '72 x a + U+1F600', repeat('a', 72) || '😀' || 'b'),
               (9, '40 x æ', repeat('æ', 40)),
               (10, '100 x U+1F600', repeat('😀', 100))) AS t(i, label, v)
  CROSS JOIN LATERAL regexp_split_to_table(ical_fold(v), E'\r\n') WITH ORDINALITY AS p(piece, n)
 ORDER BY t.i, p.n;
-- Unfolding (removing CRLF and one space) gives back the line.
SELECT bool_and(replace(ical_fold(v), E'\r\n ', '') = v) AS unfolds
  FROM (VALUES (repeat('ab, æ; ø\ å ', 60)), (repeat('😀x', 77)), ('kort')) AS t(v);

-- ---------------------------------------------------------------------
-- The 2023-2024 calendar, without a county
-- ---------------------------------------------------------------------
CREATE TEMP TABLE cal AS SELECT ical('2023-2024') AS ics;

-- The header, as it stands before the first VEVENT; PRODID names the
-- installed version.
SELECT n, CASE WHEN line = 'PRODID:-//vigo_cal//vigo_cal ' || e.extversion || '//NO'
               THEN 'PRODID:-//vigo_cal//vigo_cal <extversion>//NO' ELSE line END AS line
  FROM regress.ical_lines((SELECT ics FROM cal)), pg_extension e
 WHERE vevent = 0 AND e.extname = 'vigo_cal'
 ORDER BY n;

-- One VEVENT per occurrence of the school year, as calendar_between has them.
SELECT (SELECT count(*) FROM regress.ical_lines(ics) WHERE line = 'BEGIN:VEVENT') AS vevents,
       (SELECT count(*) FROM regress.ical_lines(ics) WHERE line = 'END:VEVENT') AS ends,
       (SELECT count(*) FROM calendar_between('2022-08-01', '2025-07-31') AS c
         WHERE c.school_year = '2023-2024') AS occurrences
  FROM cal;

-- CRLF after every line, the last one too; no bare CR or LF; no line over
-- 75 octets; the last line closes the calendar.
SELECT right(ics, 2) = E'\r\n' AS ends_with_crlf,
       ics !~ E'\r(?!\n)' AS no_bare_cr,
       ics !~ E'(?<!\r)\n' AS no_bare_lf,
       (SELECT max(octets) FROM regress.ical_lines(ics)) AS max_octets,
       (SELECT count(*) FROM regress.ical_lines(ics) WHERE line LIKE ' %') > 0 AS has_folded_lines,
       (SELECT line FROM regress.ical_lines(ics) ORDER BY n DESC LIMIT 1) AS last_line
  FROM cal;

-- Every VEVENT has each property once (DESCRIPTION and STATUS at most
-- once, SEQUENCE and LAST-MODIFIED together or not at all), all-day
-- dates, DTEND after DTSTART, and DTSTAMP in UTC.
WITH props AS (
  SELECT c.vevent, split_part(split_part(c.line, ':', 1), ';', 1) AS name, c.line
    FROM cal, regress.ical_content(cal.ics) AS c
   WHERE c.vevent > 0 AND c.line NOT IN ('BEGIN:VEVENT', 'END:VEVENT', 'END:VCALENDAR')
), per_event AS (
  SELECT vevent,
         count(*) FILTER (WHERE name = 'UID') AS uid,
         count(*) FILTER (WHERE name = 'DTSTAMP' AND line ~ '^DTSTAMP:[0-9]{8}T[0-9]{6}Z$') AS dtstamp,
         count(*) FILTER (WHERE name = 'DTSTART' AND line ~ '^DTSTART;VALUE=DATE:[0-9]{8}$') AS dtstart,
         count(*) FILTER (WHERE name = 'DTEND' AND line ~ '^DTEND;VALUE=DATE:[0-9]{8}$') AS dtend,
         count(*) FILTER (WHERE name = 'SUMMARY') AS summary,
         count(*) FILTER (WHERE name = 'DESCRIPTION') AS description,
         count(*) FILTER (WHERE name = 'CATEGORIES') AS categories,
         count(*) FILTER (WHERE name = 'STATUS') AS status,
         count(*) FILTER (WHERE line = 'TRANSP:TRANSPARENT') AS transp,
         -- an event changed since the edition was published (edition_sequence)
         count(*) FILTER (WHERE name = 'SEQUENCE' AND line ~ '^SEQUENCE:[1-9][0-9]*$') AS sequence,
         count(*) FILTER (WHERE name = 'LAST-MODIFIED' AND line ~ '^LAST-MODIFIED:[0-9]{8}T[0-9]{6}Z$') AS last_modified,
         count(*) AS props,
         min(to_date(substr(line, 20), 'YYYYMMDD')) FILTER (WHERE name = 'DTSTART') AS dtstart_day,
         min(to_date(substr(line, 18), 'YYYYMMDD')) FILTER (WHERE name = 'DTEND') AS dtend_day
    FROM props GROUP BY vevent
)
SELECT count(*) AS vevents,
       count(*) FILTER (WHERE uid = 1 AND dtstamp = 1 AND dtstart = 1 AND dtend = 1 AND summary = 1
                          AND description <= 1 AND categories = 1 AND status = 1 AND transp = 1
                          AND sequence <= 1 AND last_modified = sequence
                          AND props = 9 - (1 - description) + 2 * sequence) AS well_formed,
       count(*) FILTER (WHERE dtend_day > dtstart_day) AS dtend_after_dtstart,
       count(*) FILTER (WHERE description = 0) AS without_description,
       min(dtstart_day) AS first_day, max(dtend_day - 1) AS last_day
  FROM per_event;
-- One DTSTAMP for the whole calendar.
SELECT count(DISTINCT line) AS dtstamps
  FROM cal, regress.ical_content(cal.ics) WHERE line LIKE 'DTSTAMP:%';

-- The dates are those of calendar_between: DTSTART the first day, DTEND
-- the day after the last.
WITH ev AS (
  SELECT e.* FROM cal, regress.parsed_events(cal.ics) AS e
), occ AS (
  SELECT c.event_key || '-' || c.occurrence || '-2023@vigo-cal' AS uid, c.*
    FROM calendar_between('2022-08-01', '2025-07-31') AS c
   WHERE c.school_year = '2023-2024'
)
SELECT count(*) AS matched,
       count(*) FILTER (WHERE ev.dtstart = to_char(occ.due_date, 'YYYYMMDD')
                          AND ev.dtend = to_char(occ.due_end + 1, 'YYYYMMDD')) AS same_dates,
       count(*) FILTER (WHERE ev.summary = occ.title) AS same_summary,
       count(*) FILTER (WHERE strpos(ev.description, occ.comment) > 0) AS with_comment,
       count(*) FILTER (WHERE occ.comment IS NOT NULL) AS comments,
       count(*) FILTER (WHERE ev.status = CASE WHEN occ.tentative THEN 'TENTATIVE' ELSE 'CONFIRMED' END) AS same_status,
       count(*) FILTER (WHERE occ.tentative) AS tentative,
       count(*) FILTER (WHERE occ.due_end > occ.due_date) AS spans
  FROM ev JOIN occ USING (uid);

-- UIDs: one per VEVENT, ASCII, the same in a second call.
WITH a AS (
  SELECT array_agg(substr(line, 5) ORDER BY n) AS uids
    FROM regress.ical_content((SELECT ics FROM cal)) WHERE line LIKE 'UID:%'
), b AS (
  SELECT array_agg(substr(line, 5) ORDER BY n) AS uids
    FROM regress.ical_content(ical('2023-2024')) WHERE line LIKE 'UID:%'
)
SELECT cardinality(a.uids) AS uids,
       (SELECT count(DISTINCT u) FROM unnest(a.uids) AS u) AS distinct_uids,
       (SELECT bool_and(u ~ '^[a-z0-9_]+-[0-9]+-2023@vigo-cal$') FROM unnest(a.uids) AS u) AS ascii_form,
       a.uids = b.uids AS same_in_second_call
  FROM a, b;
SELECT line FROM regress.ical_content((SELECT ics FROM cal)) WHERE line LIKE 'UID:%' ORDER BY n LIMIT 3;

-- ---------------------------------------------------------------------
-- A user's event: escaping and folding in a whole VEVENT
-- ---------------------------------------------------------------------
BEGIN;
INSERT INTO event (event_key, title, comment, from_party, to_party, category, vigo_report,
                   rule, county_deadline, tentative)
VALUES ('lokal_kontroll',
        'Særskilt kontroll for skoleåret {sy}: rett opp elevdata; sjekk fag, karakterer og fravær i C:\VIGO\eksport før {date:self} – gjelder Møre og Romsdal, Trøndelag og Østfold',
        E'Første linje; med semikolon, og komma.\nAndre linje med æøå ÆØÅ og en \\ omvendt skråstrek.',
        'fylkene', 'vigo_ist', 'vigo_internal', '5A001 - Oppdater elev fra søker',
        '2. mandag i oktober', 'lokal_kontroll - 1 virkedag', true);
SELECT row_number() OVER (ORDER BY n) AS n, octets, line
  FROM regress.ical_lines(ical('2023-2024'))
 WHERE vevent = (SELECT vevent FROM regress.ical_lines(ical('2023-2024'))
                  WHERE line = 'UID:lokal_kontroll-1-2023@vigo-cal')
   AND line NOT LIKE 'DTSTAMP:%'
 ORDER BY n
 LIMIT 30;
-- Unfolded and unescaped, SUMMARY is the title and DESCRIPTION has the
-- parties, the comment, the report and the county deadline on lines of
-- their own.
SELECT e.summary = c.title AS summary_is_title, e.description
  FROM regress.parsed_events(ical('2023-2024')) AS e,
       calendar_between('2023-10-09', '2023-10-09') AS c
 WHERE e.uid = 'lokal_kontroll-1-2023@vigo-cal' AND c.event_key = 'lokal_kontroll';
ROLLBACK;

-- ---------------------------------------------------------------------
-- With a county: its school holidays as all-day events
-- ---------------------------------------------------------------------
SELECT kind, region, days, tentative FROM school_holidays('Nordland', '2023-2024');
SELECT uid, dtstart, dtend, summary, categories, status
  FROM regress.parsed_events(ical('2023-2024', 'Nordland'))
 WHERE uid LIKE 'holiday-%' ORDER BY vevent;
-- The full holiday event, folded as it is written.
SELECT row_number() OVER (ORDER BY n) AS n, line
  FROM regress.ical_lines(ical('2023-2024', 'Nordland'))
 WHERE vevent = (SELECT vevent FROM regress.ical_lines(ical('2023-2024', 'Nordland'))
                  WHERE line = 'UID:holiday-nordland-hostferie-2023@vigo-cal')
   AND line NOT LIKE 'DTSTAMP:%'
 ORDER BY n;
-- The calendar's name; the county by number is the same calendar.
SELECT line FROM regress.ical_content(ical('2023-2024', 'Nordland')) WHERE line LIKE 'X-WR-CAL%' ORDER BY n;
SELECT (SELECT count(*) FROM regress.ical_lines(ical('2023-2024', 'Nordland')) WHERE line = 'BEGIN:VEVENT') AS nordland,
       (SELECT count(*) FROM regress.ical_lines(ical('2023-2024')) WHERE line = 'BEGIN:VEVENT') AS without_county,
       ical('2023-2024', '18') = ical('2023-2024', 'Nordland') AS by_number,
       ical('2023-2024', ' nordland ') = ical('2023-2024', 'Nordland') AS by_lower_case_name;
-- A county split in regions gets each region's holidays, named by region.
SELECT uid, dtstart, dtend, summary
  FROM regress.parsed_events(ical('2023-2024', 'Vestland'))
 WHERE uid LIKE 'holiday-%' ORDER BY vevent;
-- The årshjul itself prints school holidays for all regions at once; those
-- are events of the calendar, with or without a county.
SELECT uid, dtstart, dtend, left(summary, 40) AS summary
  FROM regress.parsed_events(ical('2023-2024'))
 WHERE categories = 'Skoleferie' ORDER BY vevent;
SELECT kind, holiday_label(kind)
  FROM unnest(ARRAY['hostferie', 'vinterferie', 'juleferie', 'paaskeferie', 'sommerferie', 'annet']) AS kind;
-- A year before any holidays in the data gets none, and no error; a year
-- after them gets the projected ones, tentative (school_holidays.sql).
SELECT count(*) FILTER (WHERE line LIKE 'UID:holiday-%') AS holidays
  FROM regress.ical_content(ical('2020-2021', 'Oslo'));
SELECT uid, dtstart, dtend, summary, status, description
  FROM regress.parsed_events(ical('2030-2031', 'Oslo'))
 WHERE uid LIKE 'holiday-%' ORDER BY vevent;

-- ---------------------------------------------------------------------
-- ical_events: the events alone, and ical() writing them out
-- ---------------------------------------------------------------------
SELECT uid, kind, dtstart, dtend, summary, categories, status
  FROM ical_events('2023-2024', 'Nordland') LIMIT 4;
SELECT kind, count(*), min(dtstart), max(dtend - 1) AS last_day
  FROM ical_events('2023-2024', 'Nordland') GROUP BY kind ORDER BY kind;
-- Read back from the file, every VEVENT is a row of ical_events, in the
-- same order, with the same values.
WITH parsed AS (
  SELECT p.*, row_number() OVER (ORDER BY p.vevent) AS n
    FROM regress.parsed_events(ical('2023-2024', 'Nordland')) AS p
), plain AS (
  SELECT e.*, row_number() OVER () AS n FROM ical_events('2023-2024', 'Nordland') AS e
)
SELECT count(*) AS vevents,
       count(*) FILTER (WHERE p.uid = e.uid AND p.dtstart = to_char(e.dtstart, 'YYYYMMDD')
                          AND p.dtend = to_char(e.dtend, 'YYYYMMDD') AND p.summary = e.summary
                          AND p.description IS NOT DISTINCT FROM e.description
                          AND p.categories = e.categories AND p.status = e.status) AS same
  FROM parsed p FULL JOIN plain e USING (n);

-- A deadline on a day off says so, with the last working day before it:
-- the county deadline of ssb_resultat_vgs_2, Sunday 24.09.2023, and the
-- last day of karakterer_vgs, Sunday 30.06.2024, with no county deadline.
SELECT uid, description FROM ical_events('2023-2024')
 WHERE uid IN ('ssb_resultat_vgs_2-1-2023@vigo-cal', 'karakterer_vgs-1-2023@vigo-cal',
               'ssb_elev_vgs_1-1-2023@vigo-cal')
 ORDER BY dtstart;
-- In the file (the end of the unfolded line; the comma escaped):
SELECT substr(line, strpos(line, '\nFrist')) AS description_ends
  FROM regress.ical_content(ical('2023-2024'))
 WHERE line LIKE 'DESCRIPTION:%' AND line LIKE '%siste arbeidsdag fredag 22.09%';
-- One such event per occurrence whose deadline is not a working day.
SELECT (SELECT count(*) FROM ical_events('2023-2024') WHERE description LIKE '%, siste arbeidsdag %') AS events,
       (SELECT count(*) FROM calendar_between('2022-08-01', '2025-07-31') c
         WHERE c.school_year = '2023-2024'
           AND c.last_working_day < coalesce(c.county_deadline, c.due_end)) AS deadlines_on_a_day_off;

-- ---------------------------------------------------------------------
-- Errors and NULL
-- ---------------------------------------------------------------------
SELECT regress.try_sql($$SELECT ical('2023-2024', 'Narnia')$$);
SELECT regress.try_sql($$SELECT ical('2030-2031', '99')$$);
SELECT regress.try_sql($$SELECT count(*) FROM ical_events('2030-2031', '99')$$);
SELECT ical(NULL) IS NULL AS null_year, ical(NULL, 'Oslo') IS NULL AS null_year_with_county,
       (SELECT count(*) FROM ical_events(NULL, 'Oslo')) AS events_of_null_year;

-- The attributes.
SELECT p.oid::regprocedure AS function, p.provolatile, p.proparallel, p.proisstrict, l.lanname,
       p.proconfig
  FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
 WHERE p.pronamespace = 'vigo_cal'::regnamespace AND p.proname IN ('ical', 'ical_events', 'ical_escape', 'ical_fold', 'holiday_label')
 ORDER BY p.proname;

DROP FUNCTION regress.parsed_events(text);
DROP FUNCTION regress.ical_unescape(text);
DROP FUNCTION regress.ical_content(text);
DROP FUNCTION regress.ical_lines(text);
