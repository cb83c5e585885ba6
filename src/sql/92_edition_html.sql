-- The årshjul as its readers get it: the printed edition of a school year,
-- national or a county's, as one self-contained HTML5 document that prints
-- to PDF in a browser (arshjul_html), and the revisions of a published
-- edition: publish_edition freezes the calendar as it stands, and
-- edition_changes lists what changed since (doc/edition.md).  Everything
-- is read through calendar_between() and school_holidays(), never the
-- rules; the revisions are in edition_revision (52_edition_revisions.sql).

-- @replaceable: everything below is CREATE OR REPLACE; upgrade scripts rerun it.

-- ---------------------------------------------------------------------
-- The entries of a document
-- ---------------------------------------------------------------------

-- The last revision of a school year's edition (NULL: never published).
CREATE OR REPLACE FUNCTION vigo_cal.last_revision(school_year vigo_cal.schoolyear) RETURNS integer
  LANGUAGE sql STABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  SELECT max(r.revision) FROM vigo_cal.edition_revision r
   WHERE r.school_year OPERATOR(vigo_cal.=) last_revision.school_year
$$;
COMMENT ON FUNCTION vigo_cal.last_revision(vigo_cal.schoolyear) IS
  'the number of the last published revision of a school year''s edition; NULL if none was published';

-- The dated entries of the edition of school year Y as the calendar stands:
-- every occurrence due from 1 July Y to 31 July Y+1, but for those of year
-- Y itself due in July Y (the edition of the year before printed them, as
-- 2023-2024 prints week 31/32 of 2024 under August 2024); a monthly event
-- is not among them (it closes the document).  With a county, its own
-- school holidays instead of every county's.  Each under the heading of
-- its month (a week under the month of its Thursday), in the order of the
-- year's last revision where it was printed there, else by date.
CREATE OR REPLACE FUNCTION vigo_cal.edition_rows(school_year vigo_cal.schoolyear, county text DEFAULT NULL)
  RETURNS TABLE (place integer, month_start date, month_heading text, event_key text,
                 occurrence_year vigo_cal.schoolyear, occurrence integer, date_label text,
                 due_date date, due_end date, from_party text, what text, to_party text, comment text,
                 category text, category_color text, tentative boolean, county_deadline date,
                 deadline date, last_working_day date)
  LANGUAGE plpgsql STABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  SET jit = off
AS $$
#variable_conflict use_column
DECLARE
  y integer := school_year::integer;
  win_first date := pg_catalog.make_date(school_year::integer, 7, 1);
  win_last date := pg_catalog.make_date(school_year::integer + 1, 7, 31);
  rev integer;
BEGIN
  IF school_year IS NULL THEN
    RETURN;
  END IF;
  IF county IS NOT NULL THEN
    PERFORM vigo_cal.county_numbers(county);  -- raises for an unknown county
  END IF;
  rev := vigo_cal.last_revision(school_year);
  RETURN QUERY
  WITH cal AS (
    SELECT c.* FROM vigo_cal.calendar_between(win_first, win_last) AS c
     WHERE c.due_date BETWEEN win_first AND win_last
       AND NOT (c.school_year OPERATOR(vigo_cal.=) edition_rows.school_year AND c.due_date < pg_catalog.make_date(y, 8, 1))
       AND NOT EXISTS (SELECT 1 FROM vigo_cal.event e
                        WHERE e.event_key = c.event_key AND e.recurrence IS NOT NULL)
       AND (edition_rows.county IS NULL OR c.category <> 'school_holiday')
  ), rows AS (
    SELECT c.event_key, c.school_year AS occ_year, c.occurrence, c.date_label, c.due_date,
           coalesce(c.due_end, c.due_date) AS due_end, c.from_party, c.title AS what, c.to_party, c.comment,
           c.category, c.category_color, c.tentative, c.county_deadline,
           coalesce(c.county_deadline, c.due_end, c.due_date) AS deadline, c.last_working_day,
           CASE WHEN vigo_cal.rule_kind(c.rule) = 'week' AND NOT c.overridden
                THEN vigo_cal.monday(c.iso_week) + 3 ELSE c.due_date END AS month_day
      FROM cal c
    UNION ALL
    -- a county's edition: its own school holidays, one row per region and kind
    SELECT h.kind || '_uke_' || pg_catalog.date_part('week', h.first_day)::integer, edition_rows.school_year, 1,
           vigo_cal.date_label(h.rule, h.first_day, h.last_day), h.first_day, h.last_day, NULL,
           CASE WHEN h.projected THEN 'Forventet ' || pg_catalog.lower(vigo_cal.holiday_label(h.kind))
                ELSE vigo_cal.holiday_label(h.kind) END || ' for ' || h.region,
           NULL,
           nullif(pg_catalog.concat_ws(' ',
             CASE WHEN h.projected THEN 'Forventet ut fra siste kjente skolerute, ikke publisert ennå.' END,
             CASE WHEN h.tentative THEN 'Med forbehold om endringer.' END), ''),
           'school_holiday', cat.color, h.tentative, NULL, h.last_day, h.last_day,
           CASE WHEN vigo_cal.rule_kind(h.rule) = 'week'
                THEN vigo_cal.monday(vigo_cal.isoweek(h.first_day)) + 3 ELSE h.first_day END
      FROM vigo_cal.school_holidays(coalesce(edition_rows.county, ''), edition_rows.school_year) AS h
      JOIN vigo_cal.category cat ON cat.category_key = 'school_holiday'
     WHERE edition_rows.county IS NOT NULL AND h.first_day BETWEEN win_first AND win_last
  ), printed AS (
    SELECT ee.event_key, ee.occurrence_year, ee.occurrence, ee.place
      FROM vigo_cal.edition_revision_entry ee
     WHERE ee.school_year OPERATOR(vigo_cal.=) edition_rows.school_year AND ee.revision = rev
  ), entry_order AS (
    SELECT ee.event_key, min(pg_catalog.substr(ee.entry, 2)::integer) AS entry_order
      FROM vigo_cal.edition_entry ee
     WHERE ee.entry ~ '^e[0-9]+$'
     GROUP BY ee.event_key
  ), placed AS MATERIALIZED (
    SELECT r.*, pg_catalog.date_trunc('month', r.month_day)::date AS month, p.place AS printed_at, o.entry_order
      FROM rows r
      LEFT JOIN printed p
        ON p.event_key = r.event_key AND p.occurrence_year OPERATOR(vigo_cal.=) r.occ_year
       AND p.occurrence = r.occurrence
      LEFT JOIN entry_order o ON o.event_key = r.event_key
  ), keyed AS (
    -- an entry the last revision did not print goes after the printed
    -- ones of its month due on or before its day
    SELECT p.*,
           coalesce(p.printed_at::numeric,
                    (SELECT max(q.printed_at) FROM placed q
                      WHERE q.month = p.month AND q.due_date <= p.due_date) + 0.5, 0) AS sort_key
      FROM placed p
  )
  SELECT (pg_catalog.row_number() OVER (ORDER BY k.month, k.sort_key, k.due_date, k.entry_order NULLS LAST,
                                      k.event_key, k.occurrence))::integer,
         k.month,
         pg_catalog.initcap(vigo_cal.month_name(pg_catalog.date_part('month', k.month)::integer)) || ' '
           || pg_catalog.date_part('year', k.month)::integer::text,
         k.event_key, k.occ_year, k.occurrence, k.date_label, k.due_date, k.due_end, k.from_party,
         k.what, k.to_party, k.comment, k.category, k.category_color, k.tentative, k.county_deadline,
         k.deadline, k.last_working_day
    FROM keyed k
   ORDER BY 1;
END $$;
COMMENT ON FUNCTION vigo_cal.edition_rows(vigo_cal.schoolyear, text) IS
  'the dated entries of a school year''s edition as the calendar stands, in document order: occurrences due 1 July to 31 July the next year (not those of the year itself due in its first July), monthly events left out; with a county, its own school holidays instead of every county''s';

-- The entries of one published revision, in document order.
CREATE OR REPLACE FUNCTION vigo_cal.revision_rows(school_year vigo_cal.schoolyear, revision integer)
  RETURNS TABLE (place integer, month_heading text, event_key text, occurrence_year vigo_cal.schoolyear,
                 occurrence integer, date_label text, due_date date, due_end date, from_party text,
                 what text, to_party text, comment text, category text, tentative boolean)
  LANGUAGE sql STABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  SELECT e.place, e.month_heading, e.event_key, e.occurrence_year, e.occurrence, e.date_label,
         e.due_date, coalesce(e.due_end, e.due_date), e.from_party, e.what, e.to_party, e.comment,
         e.category, e.tentative
    FROM vigo_cal.edition_revision_entry e
   WHERE e.school_year OPERATOR(vigo_cal.=) revision_rows.school_year AND e.revision = revision_rows.revision
   ORDER BY e.place
$$;
COMMENT ON FUNCTION vigo_cal.revision_rows(vigo_cal.schoolyear, integer) IS
  'the dated entries of one published revision of a school year''s edition, as printed, in document order';

-- ---------------------------------------------------------------------
-- Revisions: publish, compare
-- ---------------------------------------------------------------------

-- What differs between two revisions of a year's edition, or between one
-- and the calendar as it stands (to_revision NULL).  from_revision NULL:
-- the last revision (the one before to_revision, if that is given).
CREATE OR REPLACE FUNCTION vigo_cal.edition_changes(school_year vigo_cal.schoolyear,
                                                    from_revision integer DEFAULT NULL,
                                                    to_revision integer DEFAULT NULL)
  RETURNS TABLE (change text, event_key text, occurrence_year vigo_cal.schoolyear, occurrence integer,
                 old_date date, new_date date, old_label text, new_label text, fields text[],
                 what text, old_place integer, new_place integer)
  LANGUAGE plpgsql STABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  SET jit = off
AS $$
#variable_conflict use_column
DECLARE
  last_rev integer;
  old_rev integer;
BEGIN
  IF school_year IS NULL THEN
    RETURN;
  END IF;
  last_rev := vigo_cal.last_revision(school_year);
  IF last_rev IS NULL THEN
    RAISE EXCEPTION 'school year % has no published edition', school_year
      USING ERRCODE = 'invalid_parameter_value',
            HINT = 'Publish one with vigo_cal.publish_edition(''' || school_year::text || ''').';
  END IF;
  old_rev := coalesce(from_revision, CASE WHEN to_revision IS NULL THEN last_rev ELSE to_revision - 1 END);
  IF NOT EXISTS (SELECT 1 FROM vigo_cal.edition_revision r
                  WHERE r.school_year OPERATOR(vigo_cal.=) edition_changes.school_year AND r.revision = old_rev)
     OR (to_revision IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM vigo_cal.edition_revision r
                          WHERE r.school_year OPERATOR(vigo_cal.=) edition_changes.school_year
                            AND r.revision = to_revision)) THEN
    RAISE EXCEPTION 'school year % has no revision %', school_year,
          CASE WHEN to_revision IS NOT NULL AND old_rev IS NOT NULL AND old_rev BETWEEN 1 AND last_rev
               THEN to_revision ELSE old_rev END
      USING ERRCODE = 'invalid_parameter_value',
            HINT = 'Its revisions are 1 to ' || last_rev || '.';
  END IF;
  RETURN QUERY
  WITH a AS (
    SELECT * FROM vigo_cal.revision_rows(school_year, old_rev)
  ), b AS (
    SELECT r.place, r.month_heading, r.event_key, r.occurrence_year, r.occurrence, r.date_label,
           r.due_date, r.due_end, r.from_party, r.what, r.to_party, r.comment, r.category, r.tentative
      FROM vigo_cal.revision_rows(school_year, to_revision) AS r
     WHERE to_revision IS NOT NULL
    UNION ALL
    SELECT r.place, r.month_heading, r.event_key, r.occurrence_year, r.occurrence, r.date_label,
           r.due_date, r.due_end, r.from_party, r.what, r.to_party, r.comment, r.category, r.tentative
      FROM vigo_cal.edition_rows(school_year) AS r
     WHERE to_revision IS NULL
  ), pairs AS (
    SELECT a.event_key AS a_key, b.event_key AS b_key,
           coalesce(b.event_key, a.event_key) AS k, coalesce(b.occurrence_year, a.occurrence_year) AS oy,
           coalesce(b.occurrence, a.occurrence) AS occ,
           a.due_date AS a_date, b.due_date AS b_date, a.date_label AS a_label, b.date_label AS b_label,
           coalesce(b.what, a.what) AS what, a.place AS a_pos, b.place AS b_pos,
           pg_catalog.array_remove(ARRAY[
             CASE WHEN pg_catalog.lower(a.date_label) IS DISTINCT FROM pg_catalog.lower(b.date_label) OR a.due_date IS DISTINCT FROM b.due_date
                       OR a.due_end IS DISTINCT FROM b.due_end THEN 'Dato' END,
             CASE WHEN a.from_party IS DISTINCT FROM b.from_party THEN 'Fra' END,
             CASE WHEN a.what IS DISTINCT FROM b.what THEN 'Hva' END,
             CASE WHEN a.to_party IS DISTINCT FROM b.to_party THEN 'Til' END,
             CASE WHEN a.comment IS DISTINCT FROM b.comment THEN 'Kommentar' END,
             CASE WHEN a.category IS DISTINCT FROM b.category THEN 'Fargekode' END,
             CASE WHEN a.tentative IS DISTINCT FROM b.tentative THEN 'Foreløpig' END], NULL) AS diff
      FROM a FULL JOIN b
        ON b.event_key = a.event_key AND b.occurrence_year OPERATOR(vigo_cal.=) a.occurrence_year
       AND b.occurrence = a.occurrence
  )
  SELECT CASE WHEN p.a_key IS NULL THEN 'added'
              WHEN p.b_key IS NULL THEN 'removed'
              WHEN 'Dato' = ANY (p.diff) THEN 'moved'
              ELSE 'text changed' END,
         p.k, p.oy, p.occ, p.a_date, p.b_date, p.a_label, p.b_label,
         CASE WHEN p.a_key IS NULL OR p.b_key IS NULL THEN NULL ELSE p.diff END,
         p.what, p.a_pos, p.b_pos
    FROM pairs p
   WHERE p.a_key IS NULL OR p.b_key IS NULL OR pg_catalog.cardinality(p.diff) > 0
   ORDER BY coalesce(p.b_date, p.a_date), coalesce(p.b_pos, p.a_pos), p.k, p.occ;
END $$;
COMMENT ON FUNCTION vigo_cal.edition_changes(vigo_cal.schoolyear, integer, integer) IS
  'what differs between two revisions of a school year''s edition, or (to_revision NULL) between a revision (default the last) and the calendar as it stands: each entry moved (old and new date), added, removed or text changed, with the cells that differ';

-- Freeze the calendar of a school year as it stands as a new revision of
-- its edition, dated the day in Oslo (or the day given).
CREATE OR REPLACE FUNCTION vigo_cal.publish_edition(school_year vigo_cal.schoolyear,
                                                    published date DEFAULT NULL,
                                                    note text DEFAULT NULL)
  RETURNS integer
  LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
DECLARE
  day date := coalesce(published, vigo_cal.today());
  last_rev integer;
  last_day date;
  rev integer;
  n integer;
BEGIN
  IF school_year IS NULL THEN
    RAISE EXCEPTION 'school year must not be null'
      USING ERRCODE = 'null_value_not_allowed', HINT = 'Name the school year to publish, e.g. ''2026-2027''.';
  END IF;
  -- one publisher at a time per school year
  PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('vigo_cal.publish_edition'), school_year::integer);
  SELECT r.revision, r.published INTO last_rev, last_day
    FROM vigo_cal.edition_revision r
   WHERE r.school_year OPERATOR(vigo_cal.=) publish_edition.school_year
   ORDER BY r.revision DESC LIMIT 1;
  IF last_day = day THEN
    RAISE EXCEPTION 'school year % already has a revision published on %', school_year, pg_catalog.to_char(day, 'DD.MM.YYYY')
      USING ERRCODE = 'unique_violation',
            DETAIL = 'Revision ' || last_rev || ' is dated ' || pg_catalog.to_char(day, 'DD.MM.YYYY') || '.',
            HINT = 'A school year gets at most one revision a day; publish the next one tomorrow, or delete revision '
                   || last_rev || ' from vigo_cal.edition_revision first.';
  ELSIF last_day > day THEN
    RAISE EXCEPTION 'school year % has a later revision (% published on %)', school_year, last_rev,
          pg_catalog.to_char(last_day, 'DD.MM.YYYY')
      USING ERRCODE = 'invalid_parameter_value',
            HINT = 'Revisions are published in date order.';
  END IF;
  rev := coalesce(last_rev, 0) + 1;
  INSERT INTO vigo_cal.edition (school_year, published, title, source)
  SELECT school_year, day,
         'ÅRSHJUL VIGO OPPLÆRING, skoleåret ' || school_year::text || ' (pr. ' || pg_catalog.to_char(day, 'DD.MM.YYYY') || ')',
         'vigo_cal.publish_edition: the calendar as it stood that day'
   WHERE NOT EXISTS (SELECT 1 FROM vigo_cal.edition e WHERE e.school_year OPERATOR(vigo_cal.=) publish_edition.school_year);
  INSERT INTO vigo_cal.edition_revision (school_year, revision, published, note)
  VALUES (school_year, rev, day, note);
  INSERT INTO vigo_cal.edition_revision_entry
    (school_year, revision, event_key, occurrence_year, occurrence, place, month_heading, date_label,
     due_date, due_end, from_party, what, to_party, comment, category, tentative)
  SELECT school_year, rev, p.event_key, p.occurrence_year, p.occurrence, p.place, p.month_heading,
         p.date_label, p.due_date, nullif(p.due_end, p.due_date), p.from_party, p.what, p.to_party,
         p.comment, p.category, p.tentative
    FROM vigo_cal.edition_rows(school_year) AS p;
  -- school holidays come from their own table: a year needs events
  SELECT pg_catalog.count(*) INTO n FROM vigo_cal.edition_revision_entry e
   WHERE e.school_year OPERATOR(vigo_cal.=) publish_edition.school_year AND e.revision = rev
     AND e.category <> 'school_holiday';
  IF n = 0 THEN
    -- the error undoes the rows above
    RAISE EXCEPTION 'school year % has no events to publish', school_year
      USING ERRCODE = 'invalid_parameter_value',
            HINT = 'vigo_cal.arshjul(''' || school_year::text || ''') is empty: add events valid that year first.';
  END IF;
  RETURN rev;
END $$;
COMMENT ON FUNCTION vigo_cal.publish_edition(vigo_cal.schoolyear, date, text) IS
  'freeze a school year''s edition as the calendar stands (every entry with its date cell and texts) as its next revision, dated today in Oslo or the day given; one revision a day; returns the revision number';

-- Per entry of a school year's occurrences (occurrence_year = the year),
-- how often its date or text changed across the revisions of the year's
-- edition and since the last one, and when it last did: the iCalendar
-- SEQUENCE and LAST-MODIFIED of its event.  A revision's changes are dated
-- the start of its day in Oslo; changes not yet published, the start of
-- today (so the same all day, whoever asks).
CREATE OR REPLACE FUNCTION vigo_cal.edition_sequence(school_year vigo_cal.schoolyear)
  RETURNS TABLE (event_key text, occurrence integer, sequence integer, last_modified timestamptz)
  LANGUAGE plpgsql STABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
DECLARE
  last_rev integer;
BEGIN
  last_rev := vigo_cal.last_revision(school_year);
  IF last_rev IS NULL THEN
    RETURN;
  END IF;
  RETURN QUERY
  WITH steps AS (
    SELECT r.revision AS to_rev, r.published::timestamp AT TIME ZONE 'Europe/Oslo' AS at
      FROM vigo_cal.edition_revision r
     WHERE r.school_year OPERATOR(vigo_cal.=) edition_sequence.school_year AND r.revision > 1
    UNION ALL
    SELECT NULL, vigo_cal.today()::timestamp AT TIME ZONE 'Europe/Oslo'
  ), changed AS (
    SELECT c.event_key, c.occurrence, s.at
      FROM steps s
      CROSS JOIN LATERAL vigo_cal.edition_changes(edition_sequence.school_year, NULL, s.to_rev) AS c
     WHERE c.change IN ('moved', 'text changed')
       AND c.occurrence_year OPERATOR(vigo_cal.=) edition_sequence.school_year
  )
  SELECT c.event_key, c.occurrence, pg_catalog.count(*)::integer, max(c.at)
    FROM changed c
   GROUP BY c.event_key, c.occurrence;
END $$;
COMMENT ON FUNCTION vigo_cal.edition_sequence(vigo_cal.schoolyear) IS
  'for each occurrence of a school year whose date or text changed between revisions of the year''s edition or since the last one: how many times (the iCalendar SEQUENCE) and when last (LAST-MODIFIED)';

-- ---------------------------------------------------------------------
-- The document
-- ---------------------------------------------------------------------

-- The style sheet of the document: A4 landscape, the column header on
-- every page, no entry split across pages, a month heading kept with its
-- first entry, page numbers in the page margin.
CREATE OR REPLACE FUNCTION vigo_cal.arshjul_html_style() RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  SELECT $css$
@page { size: A4 landscape; margin: 11mm 10mm 13mm 10mm;
  @bottom-right { content: "Side " counter(page) " av " counter(pages); font: 7.5pt sans-serif; color: #444; } }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 8pt; line-height: 1.25;
  color: #000; margin: 0 auto; max-width: 277mm; }
header h1 { font-size: 15pt; margin: 0 0 1mm 0; }
header p { margin: 0.5mm 0; }
.asof { font-weight: bold; }
.draft { font-weight: bold; color: #a00; border: 0.6pt solid #a00; padding: 1mm 2mm; display: inline-block; }
.county { font-size: 11pt; font-weight: bold; }
.changes { border: 0.8pt solid #a00; padding: 1mm 3mm; margin: 2mm 0; break-inside: avoid; }
.changes h2 { font-size: 10pt; margin: 1mm 0; color: #a00; }
.changes ul { margin: 0 0 1mm 0; padding-left: 5mm; columns: 2; column-gap: 8mm; }
.changes li { break-inside: avoid; }
table.arshjul { width: 100%; border-collapse: collapse; table-layout: fixed; margin-top: 2mm; }
table.arshjul col.dato { width: 10%; }
table.arshjul col.fra { width: 14%; }
table.arshjul col.hva { width: 36%; }
table.arshjul col.til { width: 13%; }
table.arshjul col.kommentar { width: 27%; }
table.arshjul thead { display: table-header-group; }
table.arshjul th, table.arshjul td { border: 0.5pt solid #777; padding: 0.8mm 1.5mm; vertical-align: top;
  text-align: left; overflow-wrap: anywhere; }
table.arshjul thead th { background: #333; color: #fff; }
table.arshjul tr { break-inside: avoid; page-break-inside: avoid; }
table.arshjul tbody.keep { break-inside: avoid; page-break-inside: avoid; }
tr.month-heading th { background: #e4e4e4; font-size: 9.5pt; break-after: avoid; page-break-after: avoid; }
tr.entry.tentative td.dato { font-style: italic; }
.vc-note { display: block; font-style: italic; color: #333; }
.endret { display: block; font-weight: bold; color: #a00; font-size: 7pt; }
tr.changed td.dato { border-left: 2pt solid #a00; }
section.closing { break-inside: avoid; page-break-inside: avoid; margin-top: 4mm; }
section.closing h2 { font-size: 10pt; margin: 1mm 0; }
section.closing ol { margin: 1mm 0; }
ul.legend { list-style: none; padding: 0; margin: 1mm 0; columns: 2; }
ul.legend li { margin: 0.6mm 0; break-inside: avoid; }
.swatch { display: inline-block; width: 9mm; height: 3.2mm; margin-right: 2mm; vertical-align: middle;
  border: 0.5pt solid #555; }
@media screen { body { padding: 6mm; } }
$css$
$$;
COMMENT ON FUNCTION vigo_cal.arshjul_html_style() IS
  'the CSS of arshjul_html: A4 landscape, header repeated on every page, no entry split across pages, a month heading kept with its first entry, page numbers';

-- The table rows of the document, one per entry of a jsonb array of
-- objects (id, date_label, from_party, what, to_party, comment, category,
-- color, tentative, notes, mark), in the array's order: the cells
-- HTML-escaped (& < > " ' as entities, control characters dropped), the row
-- tinted in its colour (35 % of it on white, so that black text stays
-- readable in print), notes (HTML) at the end of the Hva cell, mark (text)
-- in the Dato cell.  One call for all rows: the escaping is written out
-- here rather than called per cell.
CREATE OR REPLACE FUNCTION vigo_cal.arshjul_html_rows(entries jsonb)
  RETURNS TABLE (n bigint, html text)
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  SELECT x.n,
         '<tr' || coalesce(' data-entry="' || f.esc[1] || '"', '')
         || ' class="entry cat-' || coalesce(f.esc[2], '')
         || CASE WHEN (x.e ->> 'tentative')::boolean THEN ' tentative' ELSE '' END
         || CASE WHEN x.e ->> 'mark' IS NOT NULL THEN ' changed' ELSE '' END || '"'
         || coalesce(' style="background-color:' || t.tint || '"', '') || '>'
         || '<td class="dato">' || coalesce(f.esc[3], '')
         || coalesce('<span class="endret">' || f.esc[8] || '</span>', '') || '</td>'
         || '<td class="fra">' || coalesce(f.esc[4], '') || '</td>'
         || '<td class="hva">' || coalesce(f.esc[5], '') || coalesce(x.e ->> 'notes', '') || '</td>'
         || '<td class="til">' || coalesce(f.esc[6], '') || '</td>'
         || '<td class="kommentar">' || coalesce(f.esc[7], '') || '</td></tr>'
    FROM pg_catalog.jsonb_array_elements(entries) WITH ORDINALITY AS x(e, n)
    CROSS JOIN LATERAL (
      SELECT pg_catalog.array_agg(pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(
               pg_catalog.regexp_replace(u.v, E'[\\x01-\\x08\\x0b\\x0c\\x0e-\\x1f\\ufffe\\uffff]', '', 'g'),
               '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;') ORDER BY u.k) AS esc
        FROM pg_catalog.unnest(ARRAY[x.e ->> 'id', x.e ->> 'category', x.e ->> 'date_label', x.e ->> 'from_party',
                          x.e ->> 'what', x.e ->> 'to_party', x.e ->> 'comment', x.e ->> 'mark'])
             WITH ORDINALITY AS u(v, k)
    ) AS f
    CROSS JOIN LATERAL (
      SELECT '#' || pg_catalog.string_agg(pg_catalog.lpad(pg_catalog.to_hex(255 - (255 - ('x' || pg_catalog.substr(x.e ->> 'color', i, 2))::bit(8)::integer)
                                                  * 35 / 100), 2, '0'), '' ORDER BY i) AS tint
        FROM pg_catalog.unnest(ARRAY[2, 4, 6]) AS i
       WHERE x.e ->> 'color' ~ '^#[0-9a-fA-F]{6}$'
    ) AS t
   ORDER BY x.n
$$;
COMMENT ON FUNCTION vigo_cal.arshjul_html_rows(jsonb) IS
  'the entries of arshjul_html as table rows, in the order of the array: Dato, Fra, Hva, Til, Kommentar escaped, each row tinted in its colour (entry keys: id, the stem of its iCalendar UID, as data-entry; date_label, from_party, what, to_party, comment, category, color, tentative; notes, HTML ending the Hva cell; mark, text in the Dato cell)';

-- The edition of a school year as one HTML5 document, ready to print.
CREATE OR REPLACE FUNCTION vigo_cal.arshjul_html(school_year vigo_cal.schoolyear, county text DEFAULT NULL)
  RETURNS text
  LANGUAGE plpgsql STABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  SET jit = off
AS $$
#variable_conflict use_column
DECLARE
  y integer := school_year::integer;
  county_name text;
  rev integer;
  rev_day date;
  today date := vigo_cal.today();
  head text;
  changes text := '';
  changed jsonb := '[]';
  n_changes integer := 0;
  body text;
  recurring text;
  legend text;
  holiday_keys text[];
BEGIN
  IF school_year IS NULL THEN
    RETURN NULL;
  END IF;
  IF county IS NOT NULL THEN
    SELECT pg_catalog.string_agg(c.name, ', ' ORDER BY c.county_number) INTO county_name
      FROM vigo_cal.county c
     WHERE c.county_number = ANY (vigo_cal.county_numbers(county, school_year));  -- raises for an unknown county
  END IF;
  rev := vigo_cal.last_revision(school_year);
  SELECT r.published INTO rev_day FROM vigo_cal.edition_revision r
   WHERE r.school_year OPERATOR(vigo_cal.=) arshjul_html.school_year AND r.revision = rev;

  IF rev IS NOT NULL THEN
    -- a county's edition lists its own school holidays, not the national
    -- ones: the national school-holiday rows of the revision and of the
    -- calendar now, worked out once, are left out of its changes
    IF county IS NOT NULL THEN
      SELECT pg_catalog.array_agg(h.event_key) INTO holiday_keys
        FROM (SELECT e.event_key FROM vigo_cal.edition_revision_entry e
               WHERE e.school_year OPERATOR(vigo_cal.=) arshjul_html.school_year AND e.revision = rev
                 AND e.category = 'school_holiday'
              UNION
              SELECT n.event_key FROM vigo_cal.edition_rows(school_year) AS n
               WHERE n.category = 'school_holiday') AS h;
    END IF;
    SELECT coalesce(pg_catalog.jsonb_agg(pg_catalog.to_jsonb(c)), '[]'), pg_catalog.count(*) INTO changed, n_changes
      FROM vigo_cal.edition_changes(school_year) AS c
     WHERE NOT coalesce(c.event_key = ANY (holiday_keys), false);
  END IF;

  head := '<header>'
    || '<h1>ÅRSHJUL VIGO OPPLÆRING, skoleåret ' || school_year::text || '</h1>'
    || coalesce('<p class="county">' || vigo_cal.xml_escape(county_name) || '</p>', '')
    || CASE WHEN rev IS NOT NULL THEN '<p class="asof">Pr. ' || pg_catalog.to_char(rev_day, 'DD.MM.YYYY') || '</p>'
            ELSE '<p class="draft">Utkast, ikke publisert: datoene er beregnet ' || pg_catalog.to_char(today, 'DD.MM.YYYY')
                 || ' ut fra reglene (forventet)</p>' END;
  IF n_changes > 0 THEN
    SELECT '<section class="changes"><h2>Endret etter utgaven pr. ' || pg_catalog.to_char(rev_day, 'DD.MM.YYYY') || '</h2>'
           || '<p>Kalenderen er endret siden siste publiserte utgave (beregnet ' || pg_catalog.to_char(today, 'DD.MM.YYYY')
           || '), ' || n_changes || CASE WHEN n_changes = 1 THEN ' endring' ELSE ' endringer' END || ':</p><ul>'
           || pg_catalog.string_agg('<li>' || vigo_cal.xml_escape(
                CASE c.change
                  WHEN 'moved' THEN 'Flyttet fra ' || c.old_label || ' til ' || c.new_label
                  WHEN 'added' THEN 'Ny ' || c.new_label
                  WHEN 'removed' THEN 'Fjernet ' || c.old_label
                  ELSE 'Endret ' || c.new_label || ' (' || pg_catalog.array_to_string(c.fields, ', ') || ')' END
                || ': ' || coalesce(c.what, '')) || '</li>',
                '' ORDER BY coalesce(c.new_date, c.old_date), coalesce(c.new_place, c.old_place))
           || '</ul></section>'
      INTO changes
      FROM pg_catalog.jsonb_to_recordset(changed) AS c(change text, old_date date, new_date date, old_label text,
                                            new_label text, fields text[], what text, old_place integer,
                                            new_place integer);
  END IF;
  head := head || changes || '<p>Fargekoder se i slutten av dokumentet.</p></header>';

  -- the table: a heading for every month from July to the last one with an
  -- entry (a month without entries too), each month a group of its own
  -- whose heading and first entry stay together
  WITH r AS (
    SELECT e.*, ch.change AS ch_change, ch.old_label AS ch_old, ch.fields AS ch_fields
      FROM vigo_cal.edition_rows(school_year, county) AS e
      LEFT JOIN pg_catalog.jsonb_to_recordset(changed)
                AS ch(change text, event_key text, occurrence_year text, occurrence integer, old_label text,
                      fields text[])
        ON ch.event_key = e.event_key AND ch.occurrence_year = e.occurrence_year::text
       AND ch.occurrence = e.occurrence
  ), months AS (
    SELECT m::date AS month
      FROM pg_catalog.generate_series(pg_catalog.make_date(y, 7, 1),
                           greatest(pg_catalog.make_date(y + 1, 7, 1), (SELECT max(r.month_start) FROM r)),
                           interval '1 month') AS m
  ), src AS (
    SELECT r.month_start, r.place,
           pg_catalog.jsonb_build_object(
             'id', r.event_key || '-' || r.occurrence || '-' || r.occurrence_year::integer,
             'date_label', r.date_label, 'from_party', r.from_party, 'what', r.what, 'to_party', r.to_party,
             'comment', r.comment, 'category', r.category, 'color', r.category_color, 'tentative', r.tentative,
             -- a deadline on a day off: the last working day before it
             'notes', CASE WHEN r.last_working_day < r.deadline THEN
               '<span class="vc-note siste-arbeidsdag">Siste arbeidsdag før fristen '
               || vigo_cal.norwegian_date(r.deadline) || ': '
               || vigo_cal.weekday_name(r.last_working_day) || ' ' || vigo_cal.norwegian_date(r.last_working_day)
               || '.</span>' ELSE '' END
             -- tentative without the edition's words for it
             || CASE WHEN r.tentative AND pg_catalog.concat(r.what, ' ', r.comment) !~* '(forbehold|justert|forventet)'
                     THEN '<span class="vc-note foreløpig">Med forbehold om endringer.</span>' ELSE '' END,
             'mark', CASE r.ch_change
               WHEN 'added' THEN 'Ny'
               WHEN 'moved' THEN 'Endret, var ' || r.ch_old
               WHEN 'text changed' THEN 'Endret: ' || pg_catalog.array_to_string(r.ch_fields, ', ') END) AS e
      FROM r
  ), cells AS (
    SELECT s.month_start, s.place, pg_catalog.row_number() OVER (PARTITION BY s.month_start ORDER BY s.place) AS nth, h.html
      FROM src s
      JOIN vigo_cal.arshjul_html_rows((SELECT pg_catalog.jsonb_agg(s2.e ORDER BY s2.place) FROM src s2)) AS h
        ON h.n = s.place
  )
  SELECT pg_catalog.string_agg(
           '<tbody class="keep"><tr class="month-heading"><th colspan="5" scope="colgroup">'
           || pg_catalog.initcap(vigo_cal.month_name(pg_catalog.date_part('month', m.month)::integer)) || ' '
           || pg_catalog.date_part('year', m.month)::integer::text || '</th></tr>'
           || coalesce((SELECT c.html FROM cells c WHERE c.month_start = m.month AND c.nth = 1), '')
           || '</tbody>'
           || coalesce('<tbody>' || (SELECT pg_catalog.string_agg(c.html, E'\n' ORDER BY c.place) FROM cells c
                                      WHERE c.month_start = m.month AND c.nth > 1) || '</tbody>', ''),
           E'\n' ORDER BY m.month)
    INTO body
    FROM months m;

  -- the monthly events close the document, as the edition's "Hver måned ..."
  WITH occ AS (
    SELECT c.event_key, c.occurrence, c.due_date, c.date_label, c.from_party, c.title, c.to_party, c.comment,
           c.category, c.category_color, c.tentative
      FROM vigo_cal.calendar_between(vigo_cal.first_day(school_year), vigo_cal.last_day(school_year)) AS c
      JOIN vigo_cal.event e ON e.event_key = c.event_key AND e.recurrence IS NOT NULL
     WHERE c.school_year OPERATOR(vigo_cal.=) arshjul_html.school_year
  ), ev AS (
    SELECT o.event_key, pg_catalog.string_agg(o.date_label, ', ' ORDER BY o.due_date) AS dates
      FROM occ o GROUP BY o.event_key
  ), blocks AS (
    SELECT pg_catalog.row_number() OVER (ORDER BY o.due_date, o.event_key) AS n, o.due_date, p.month_heading,
           pg_catalog.jsonb_build_object(
             'id', o.event_key, 'date_label', coalesce(p.date_text, 'Engang pr. måned'),
             'from_party', o.from_party, 'what', o.title, 'to_party', o.to_party, 'comment', o.comment,
             'category', o.category, 'color', o.category_color, 'tentative', o.tentative,
             'notes', '<span class="vc-note datoer">Datoer skoleåret ' || school_year::text || ': '
                      || vigo_cal.xml_escape(ev.dates) || '.</span>') AS e
      FROM ev
      JOIN occ o ON o.event_key = ev.event_key AND o.occurrence = 1
      LEFT JOIN vigo_cal.edition_entry p
        ON p.school_year OPERATOR(vigo_cal.=) arshjul_html.school_year AND p.event_key = ev.event_key
       AND p.printed_date IS NULL
  )
  SELECT pg_catalog.string_agg(
           '<tbody class="keep"><tr class="month-heading"><th colspan="5" scope="colgroup">'
           || vigo_cal.xml_escape(coalesce(b.month_heading, 'Hver måned')) || '</th></tr>'
           || h.html || '</tbody>', E'\n' ORDER BY b.n)
    INTO recurring
    FROM blocks b
    JOIN vigo_cal.arshjul_html_rows((SELECT pg_catalog.jsonb_agg(b2.e ORDER BY b2.n) FROM blocks b2)) AS h ON h.n = b.n;

  SELECT pg_catalog.string_agg('<li><span class="swatch" style="background-color:' || c.color || '"></span>'
                    || vigo_cal.xml_escape(coalesce(c.legend_text, c.label)) || '</li>', '' ORDER BY c.sort_order, c.category_key)
    INTO legend
    FROM vigo_cal.category c;

  RETURN '<!DOCTYPE html>' || E'\n'
    || '<html lang="nb"><head><meta charset="utf-8">'
    || '<meta name="generator" content="vigo_cal">'
    || '<title>ÅRSHJUL VIGO OPPLÆRING, skoleåret ' || school_year::text
    || coalesce(' – ' || vigo_cal.xml_escape(county_name), '') || '</title>'
    || '<style>' || vigo_cal.arshjul_html_style() || '</style></head>' || E'\n'
    || '<body>' || head || E'\n'
    || '<table class="arshjul" id="arshjul"><colgroup><col class="dato"><col class="fra"><col class="hva">'
    || '<col class="til"><col class="kommentar"></colgroup>'
    || '<thead><tr><th scope="col">Dato</th><th scope="col">Fra</th><th scope="col">Hva</th>'
    || '<th scope="col">Til</th><th scope="col">Kommentar</th></tr></thead>' || E'\n'
    || coalesce(body, '') || E'\n</table>\n'
    || coalesce('<section class="closing recurring"><table class="arshjul recurring"><colgroup><col class="dato">'
                || '<col class="fra"><col class="hva"><col class="til"><col class="kommentar"></colgroup>'
                || recurring || '</table></section>' || E'\n', '')
    || '<section class="closing routines"><h2>Rutiner for overføring fra søker til elev og videre til OT</h2>'
    || '<p>Viktig at følgende rekkefølge følges i fylkene:</p><ol>'
    || '<li>Privatskoleelevene må først importeres i VIGO. Dette gjøres av IST.</li>'
    || '<li>Så overføres søker til elev (retten fra søker følger med)</li>'
    || '<li>Så overføre OT linjer.</li>'
    || '<li>Må logge de som fortsatt ligger uten rett.</li></ol></section>' || E'\n'
    || '<section class="closing legend"><h2>FARGEKODER:</h2><ul class="legend">' || coalesce(legend, '')
    || '</ul></section>' || E'\n'
    || '</body></html>' || E'\n';
END $$;
COMMENT ON FUNCTION vigo_cal.arshjul_html(vigo_cal.schoolyear, text) IS
  'the edition of a school year as one self-contained HTML5 document laid out as the printed årshjul (month headings, Dato | Fra | Hva | Til | Kommentar, colour codes, the monthly block, routines and legend), ready to print to A4 landscape; with a county, its own school holidays; "Pr." the last published revision, or marked as a draft; changes since that revision listed and marked';
