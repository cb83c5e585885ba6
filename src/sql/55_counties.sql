-- Counties, the regions school holidays are given for, and the holidays
-- themselves: the tables and the functions that look them up.  The rows are
-- in 70_data_counties.sql and 72_data_school_holidays.sql.

-- ---------------------------------------------------------------------
-- Counties, regions and school holidays
-- ---------------------------------------------------------------------
CREATE TABLE vigo_cal.county (
  county_number text PRIMARY KEY CHECK (county_number ~ '^[0-9]{2}$'),
  name text NOT NULL,
  valid_from date NOT NULL,
  valid_to date,
  successors text[],
  origin text NOT NULL DEFAULT 'user' CHECK (origin IN ('vigo_cal', 'user', 'changed')),
  CHECK (valid_to IS NULL OR valid_to > valid_from)
);
COMMENT ON TABLE vigo_cal.county IS 'counties (fylker) with their numbers, through the reforms of 2020 and 2024';
COMMENT ON COLUMN vigo_cal.county.county_number IS 'the two-digit county number';
COMMENT ON COLUMN vigo_cal.county.name IS 'the county''s name';
COMMENT ON COLUMN vigo_cal.county.valid_from IS 'first day the county exists';
COMMENT ON COLUMN vigo_cal.county.valid_to IS 'first day it no longer exists (NULL: still exists)';
COMMENT ON COLUMN vigo_cal.county.successors IS 'the counties it was split into or merged into';
COMMENT ON COLUMN vigo_cal.county.origin IS 'vigo_cal: shipped with the extension; user: added; changed: a shipped row a user changed';

CREATE TABLE vigo_cal.region (
  region_key text PRIMARY KEY CHECK (region_key ~ '^[a-z][a-z0-9_]*$'),
  name text NOT NULL UNIQUE,
  origin text NOT NULL DEFAULT 'user' CHECK (origin IN ('vigo_cal', 'user', 'changed'))
);
COMMENT ON TABLE vigo_cal.region IS 'the areas school holidays are given for: a county, or part of one ("Vestland (tidl. Hordaland)")';
COMMENT ON COLUMN vigo_cal.region.region_key IS 'stable key';
COMMENT ON COLUMN vigo_cal.region.name IS 'the name as the årshjul prints it';
COMMENT ON COLUMN vigo_cal.region.origin IS 'vigo_cal: shipped with the extension; user: added; changed: a shipped row a user changed';

CREATE TABLE vigo_cal.region_county (
  region_key text NOT NULL REFERENCES vigo_cal.region ON UPDATE CASCADE ON DELETE CASCADE,
  county_number text NOT NULL REFERENCES vigo_cal.county ON UPDATE CASCADE,
  origin text NOT NULL DEFAULT 'user' CHECK (origin IN ('vigo_cal', 'user', 'changed')),
  partial boolean NOT NULL DEFAULT false,
  PRIMARY KEY (region_key, county_number)
);
COMMENT ON TABLE vigo_cal.region_county IS 'which counties, old and new, a region lies in';
COMMENT ON COLUMN vigo_cal.region_county.region_key IS 'the region';
COMMENT ON COLUMN vigo_cal.region_county.county_number IS 'a county it lies in';
COMMENT ON COLUMN vigo_cal.region_county.origin IS 'vigo_cal: shipped with the extension; user: added; changed: a shipped row a user changed';
COMMENT ON COLUMN vigo_cal.region_county.partial IS
  'true: the region is only a part of the county, one that sets its own holidays (Vestland (tidl. Hordaland) in Vestland); false: it covers the whole county';

CREATE TABLE vigo_cal.school_holiday (
  region_key text NOT NULL REFERENCES vigo_cal.region ON UPDATE CASCADE ON DELETE CASCADE,
  school_year vigo_cal.schoolyear NOT NULL,
  kind text NOT NULL CHECK (kind IN ('hostferie', 'vinterferie', 'juleferie', 'paaskeferie', 'sommerferie', 'annet')),
  rule vigo_cal.rule NOT NULL,
  tentative boolean NOT NULL DEFAULT false,
  note text,
  origin text NOT NULL DEFAULT 'user' CHECK (origin IN ('vigo_cal', 'user', 'changed')),
  source text,
  source_kind text CHECK (source_kind IN ('edition', 'county', 'school', 'municipality', 'aggregator')),
  one_off boolean NOT NULL DEFAULT false,
  PRIMARY KEY (region_key, school_year, kind),
  CONSTRAINT school_holiday_aggregator_tentative
    CHECK (source_kind IS DISTINCT FROM 'aggregator' OR (tentative AND source IS NOT NULL))
);
COMMENT ON TABLE vigo_cal.school_holiday IS 'school holidays per region and school year, as week rules (uke 40, uke 41 ons-fre); years without a row are projected by all_school_holidays';
COMMENT ON COLUMN vigo_cal.school_holiday.region_key IS 'the region';
COMMENT ON COLUMN vigo_cal.school_holiday.school_year IS 'the school year';
COMMENT ON COLUMN vigo_cal.school_holiday.kind IS 'hostferie, vinterferie, ...';
COMMENT ON COLUMN vigo_cal.school_holiday.rule IS 'the days, as a rule';
COMMENT ON COLUMN vigo_cal.school_holiday.tentative IS 'the days may still change: printed "Med forbehold om endringer", or taken from a municipal page or inferred (the note says why)';
COMMENT ON COLUMN vigo_cal.school_holiday.note IS 'a note: what the source says, and why the row is tentative';
COMMENT ON COLUMN vigo_cal.school_holiday.origin IS 'vigo_cal: shipped with the extension; user: added; changed: a shipped row a user changed';
COMMENT ON COLUMN vigo_cal.school_holiday.source IS 'where the days come from: the page''s title and its address';
COMMENT ON COLUMN vigo_cal.school_holiday.source_kind IS
  'what the source is, best first: county (the county''s own skolerute), school (a school''s page), edition (the printed 2023-2024 årshjul), municipality (a municipal skolerute), aggregator (a site listing every county''s weeks, such as skolefri.no: the last resort, always tentative); where several rows cover one county part in a year the best kind wins (school_holiday_source_rank)';
COMMENT ON COLUMN vigo_cal.school_holiday.one_off IS
  'true: that year departs from the region''s usual week (moved for an early Easter, say), so later years are not projected from it';

-- Triggers and pg_dump registration.
CREATE TRIGGER keep_user_changes BEFORE INSERT OR UPDATE ON vigo_cal.county
  FOR EACH ROW EXECUTE FUNCTION vigo_cal.keep_user_changes('county_number');
CREATE TRIGGER keep_user_changes BEFORE INSERT OR UPDATE ON vigo_cal.region
  FOR EACH ROW EXECUTE FUNCTION vigo_cal.keep_user_changes('region_key');
CREATE TRIGGER keep_user_changes BEFORE INSERT OR UPDATE ON vigo_cal.region_county
  FOR EACH ROW EXECUTE FUNCTION vigo_cal.keep_user_changes('region_key', 'county_number');
CREATE TRIGGER keep_user_changes BEFORE INSERT OR UPDATE ON vigo_cal.school_holiday
  FOR EACH ROW EXECUTE FUNCTION vigo_cal.keep_user_changes('region_key', 'school_year', 'kind');

SELECT pg_catalog.pg_extension_config_dump('vigo_cal.county', 'WHERE origin <> ''vigo_cal''');
SELECT pg_catalog.pg_extension_config_dump('vigo_cal.region', 'WHERE origin <> ''vigo_cal''');
SELECT pg_catalog.pg_extension_config_dump('vigo_cal.region_county', 'WHERE origin <> ''vigo_cal''');
SELECT pg_catalog.pg_extension_config_dump('vigo_cal.school_holiday', 'WHERE origin <> ''vigo_cal''');

-- @replaceable: everything below is CREATE OR REPLACE; upgrade scripts rerun it.

-- How good a school holiday's source is: 1 the county's own skolerute, 2
-- a school's page, 3 the printed edition, 4 a municipality's page, 5 an
-- aggregator's listing; NULL (no kind given) for an unknown one, which
-- comes after all of them.
CREATE OR REPLACE FUNCTION vigo_cal.school_holiday_source_rank(source_kind text) RETURNS integer
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
AS $$
  SELECT CASE source_kind
           WHEN 'county' THEN 1 WHEN 'school' THEN 2 WHEN 'edition' THEN 3
           WHEN 'municipality' THEN 4 WHEN 'aggregator' THEN 5 END
$$;
COMMENT ON FUNCTION vigo_cal.school_holiday_source_rank(text) IS
  'the rank of a school holiday''s source kind, best first: 1 county, 2 school, 3 edition, 4 municipality, 5 aggregator (NULL for none: after all of them); where several rows cover one county part in a year, the best rank wins';


-- The county numbers a county given by number or name (old or new) means.
CREATE OR REPLACE FUNCTION vigo_cal.county_numbers(county text) RETURNS text[]
  LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
DECLARE
  found text[];
BEGIN
  SELECT pg_catalog.array_agg(c.county_number ORDER BY c.county_number) INTO found
    FROM vigo_cal.county c
   -- a number of one or two digits (3 is 03); anything longer is no county number
   WHERE c.county_number = CASE WHEN pg_catalog.btrim(county) ~ '^[0-9]{1,2}$' THEN pg_catalog.lpad(pg_catalog.btrim(county), 2, '0') END
      OR pg_catalog.lower(c.name) = pg_catalog.lower(pg_catalog.btrim(county));
  IF found IS NULL THEN
    RAISE EXCEPTION 'unknown county: "%"', county
      USING ERRCODE = 'invalid_parameter_value',
            HINT = 'Counties: ' || (SELECT pg_catalog.string_agg(c.county_number || ' ' || c.name, ', ' ORDER BY c.county_number)
                                      FROM vigo_cal.county c) || '.';
  END IF;
  RETURN found;
END $$;
COMMENT ON FUNCTION vigo_cal.county_numbers(text) IS
  'the county numbers a county given by number or name, old or new, stands for; an error listing the counties if none';

-- The county numbers a county stands for in a school year: itself, and
-- where it had ended by the first day of the year, its successors (Viken
-- in 2026-2027: Viken, Østfold, Akershus and Buskerud).
CREATE OR REPLACE FUNCTION vigo_cal.county_numbers(county text, school_year vigo_cal.schoolyear) RETURNS text[]
  LANGUAGE sql STABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  WITH RECURSIVE named AS (
    SELECT c.county_number, c.valid_to, c.successors
      FROM vigo_cal.county c
     WHERE c.county_number = ANY (vigo_cal.county_numbers(county))
    UNION
    SELECT c.county_number, c.valid_to, c.successors
      FROM named n
      JOIN vigo_cal.county c ON c.county_number = ANY (n.successors)
     WHERE n.valid_to <= vigo_cal.first_day(county_numbers.school_year)
  )
  SELECT pg_catalog.array_agg(n.county_number ORDER BY n.county_number) FROM named n
$$;
COMMENT ON FUNCTION vigo_cal.county_numbers(text, vigo_cal.schoolyear) IS
  'the county numbers a county given by number or name, old or new, stands for in a school year: itself, and the successors of one that had ended by the year''s first day';

-- Every school holiday of a school year: the year's rows of school_holiday,
-- and a projection for each county part and kind that has none.  The
-- counties in force on 1 August of the year are split into the parts that
-- set their own holidays (their partial regions, e.g. Vestland (tidl.
-- Hordaland)) or taken whole.  A row covers a part if its region is that
-- part or covers the whole county (Viken covers Akershus).  Where several
-- rows of the year cover a part, the best source wins (county, school,
-- edition, municipality, aggregator: school_holiday_source_rank), and a row
-- beaten in every part it covers is left out.  A part without a covering
-- row this year gets the rule of its latest earlier covering row that is
-- not one_off, named after the part (the county of that year, never the
-- old region), tentative and projected.
CREATE OR REPLACE FUNCTION vigo_cal.all_school_holidays(school_year vigo_cal.schoolyear)
  RETURNS TABLE (kind text, region text, days daterange, tentative boolean, projected boolean,
                 rule vigo_cal.rule, from_year vigo_cal.schoolyear, source text, source_kind text,
                 note text, region_key text, counties text[])
  LANGUAGE sql STABLE STRICT PARALLEL SAFE ROWS 40
  SET search_path = pg_catalog, vigo_cal, pg_temp
  SET jit = off
AS $$
  WITH part AS (
    SELECT c.county_number, p.region_key, p.name
      FROM vigo_cal.county c
      CROSS JOIN LATERAL (
        SELECT rc.region_key, r.name
          FROM vigo_cal.region_county rc JOIN vigo_cal.region r ON r.region_key = rc.region_key
         WHERE rc.county_number = c.county_number AND rc.partial
        UNION ALL
        -- the whole county, under the region that is the county alone
        SELECT own.region_key, coalesce(own.name, c.name)
          FROM (SELECT 1) AS one
          LEFT JOIN LATERAL (
            SELECT r.region_key, r.name
              FROM vigo_cal.region_county rc JOIN vigo_cal.region r ON r.region_key = rc.region_key
             WHERE rc.county_number = c.county_number AND NOT rc.partial
               AND NOT EXISTS (SELECT 1 FROM vigo_cal.region_county o
                                WHERE o.region_key = rc.region_key AND o.county_number <> c.county_number)
             ORDER BY r.region_key LIMIT 1) AS own ON true
         WHERE NOT EXISTS (SELECT 1 FROM vigo_cal.region_county rc
                            WHERE rc.county_number = c.county_number AND rc.partial)
      ) AS p
     WHERE c.valid_from <= vigo_cal.first_day(all_school_holidays.school_year)
       AND (c.valid_to IS NULL OR c.valid_to > vigo_cal.first_day(all_school_holidays.school_year))
  ), cover AS (
    SELECT p.county_number, p.region_key AS part_key, p.name AS part_name, r.name AS from_region,
           h.region_key, h.school_year, h.kind, h.rule, h.source, h.source_kind,
           vigo_cal.school_holiday_source_rank(h.source_kind) AS source_rank
      FROM part p
      JOIN vigo_cal.school_holiday h
        ON h.region_key = p.region_key
        OR EXISTS (SELECT 1 FROM vigo_cal.region_county rc
                    WHERE rc.region_key = h.region_key AND rc.county_number = p.county_number AND NOT rc.partial)
      JOIN vigo_cal.region r ON r.region_key = h.region_key
     WHERE h.school_year OPERATOR(vigo_cal.<=) all_school_holidays.school_year
       AND (h.school_year OPERATOR(vigo_cal.=) all_school_holidays.school_year OR NOT h.one_off)
  ), latest AS (
    -- per part and kind the latest covering row: of that year the one from
    -- the best source (school_holiday_source_rank), then the part's own
    SELECT DISTINCT ON (c.county_number, c.part_key, c.kind) c.*
      FROM cover c
     ORDER BY c.county_number, c.part_key, c.kind, c.school_year DESC,
              c.source_rank NULLS LAST, c.region_key IS NOT DISTINCT FROM c.part_key DESC, c.region_key
  )
  -- the year's rows, but not one that covers county parts and is beaten
  -- by a better source in every one of them
  SELECT h.kind, r.name, vigo_cal.resolve_range(h.rule, h.school_year), h.tentative, false,
         h.rule, h.school_year, h.source, h.source_kind, h.note, h.region_key,
         ARRAY(SELECT rc.county_number FROM vigo_cal.region_county rc
                WHERE rc.region_key = h.region_key ORDER BY rc.county_number)
    FROM vigo_cal.school_holiday h
    JOIN vigo_cal.region r ON r.region_key = h.region_key
   WHERE h.school_year OPERATOR(vigo_cal.=) all_school_holidays.school_year
     AND (EXISTS (SELECT 1 FROM latest l
                   WHERE l.region_key = h.region_key AND l.kind = h.kind
                     AND l.school_year OPERATOR(vigo_cal.=) h.school_year)
          OR NOT EXISTS (SELECT 1 FROM cover c
                          WHERE c.region_key = h.region_key AND c.kind = h.kind
                            AND c.school_year OPERATOR(vigo_cal.=) h.school_year))
  UNION ALL
  SELECT l.kind, l.part_name, vigo_cal.resolve_range(l.rule, all_school_holidays.school_year), true, true,
         l.rule, l.school_year, l.source, l.source_kind,
         'Forventet ut fra ' || l.school_year::text || ' (' || l.from_region || ', ' || l.rule::text
           || '): ingen skolerute registrert for ' || all_school_holidays.school_year::text || '.',
         l.part_key, ARRAY[l.county_number]
    FROM latest l
   WHERE l.school_year OPERATOR(vigo_cal.<) all_school_holidays.school_year
$$;
COMMENT ON FUNCTION vigo_cal.all_school_holidays(vigo_cal.schoolyear) IS
  'every school holiday of a school year: the rows of school_holiday, and for each county part and kind without one the rule of its latest earlier year, tentative and projected ("forventet")';

CREATE OR REPLACE FUNCTION vigo_cal.school_holidays(county text, school_year vigo_cal.schoolyear)
  RETURNS TABLE (kind text, region text, days daterange, tentative boolean,
                 first_day date, last_day date, rule vigo_cal.rule, projected boolean,
                 from_year vigo_cal.schoolyear, source text, source_kind text, note text)
  LANGUAGE sql STABLE STRICT PARALLEL SAFE ROWS 40
  SET search_path = pg_catalog, vigo_cal, pg_temp
  SET jit = off
AS $$
  SELECT h.kind, h.region, h.days, h.tentative, pg_catalog.lower(h.days), pg_catalog.upper(h.days) - 1,
         h.rule, h.projected, h.from_year, h.source, h.source_kind, h.note
    FROM vigo_cal.all_school_holidays(school_holidays.school_year) AS h
   WHERE h.counties && vigo_cal.county_numbers(county, school_holidays.school_year)
   ORDER BY pg_catalog.lower(h.days), h.region, h.kind
$$;
COMMENT ON FUNCTION vigo_cal.school_holidays(text, vigo_cal.schoolyear) IS
  'the school holidays of a county (by number or name, old or new, as it stands in that year) in a school year, per region it covers; projected ones tentative, with the year they come from';

CREATE OR REPLACE FUNCTION vigo_cal.is_school_day(day date, county text) RETURNS boolean
  LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
DECLARE
  sy vigo_cal.schoolyear := vigo_cal.schoolyear(day);
  numbers text[] := vigo_cal.county_numbers(county);
BEGIN
  IF NOT vigo_cal.is_business_day(day) THEN
    RETURN false;
  END IF;
  -- a year the occurrence store holds: its rows for the county are those of
  -- school_holidays(county, year) (62_occurrence_store.sql), read, not
  -- worked out again for every day asked
  IF pg_catalog.cardinality(numbers) = 1 AND vigo_cal.occurrence_store_covers(sy, sy)
     AND pg_catalog.has_table_privilege('vigo_cal.school_holiday_store', 'SELECT') THEN
    RETURN NOT EXISTS (SELECT 1 FROM vigo_cal.school_holiday_store h
                        WHERE h.county_number = numbers[1] AND h.school_year_text = sy::text
                          AND day BETWEEN h.first_day AND h.last_day);
  END IF;
  RETURN NOT EXISTS (SELECT 1 FROM vigo_cal.school_holidays(county, sy) AS h WHERE h.days @> day);
END $$;
COMMENT ON FUNCTION vigo_cal.is_school_day(date, text) IS
  'a working day outside the county''s school holidays (for a county split in regions: outside all of them)';

-- The calendar's school-holiday rows: one per school year, kind and ISO
-- week, from all_school_holidays (so from school_holiday, with the
-- projections), keyed <kind>_uke_<week> (2023-2024: hostferie_uke_40 ...,
-- the keys of the edition's entries).  The days are those of all its
-- regions; the rule is theirs if they share one, else the whole week.  The
-- title names the regions of that year in county order, separated by
-- commas as the edition does (so "Troms, Finnmark" is two counties), a
-- region off for part of the week with its days ("Nordland (kun 11.-13.
-- oktober)"), a projected one "(forventet)", or if all of them are,
-- "Forventet høstferie for ...".
CREATE OR REPLACE FUNCTION vigo_cal.holiday_weeks(first_year vigo_cal.schoolyear, last_year vigo_cal.schoolyear)
  RETURNS TABLE (school_year vigo_cal.schoolyear, event_key text, due_date date, due_end date,
                 rule vigo_cal.rule, title text, comment text, tentative boolean)
  LANGUAGE sql STABLE STRICT PARALLEL SAFE ROWS 40
  SET search_path = pg_catalog, vigo_cal, pg_temp
  SET jit = off
AS $$
  WITH h AS (
    SELECT y.sy, a.kind, a.region, a.rule, a.tentative, a.projected,
           pg_catalog.lower(a.days) AS d0, pg_catalog.upper(a.days) - 1 AS d1,
           pg_catalog.date_part('week', pg_catalog.lower(a.days))::integer AS week,
           (SELECT min(n) FROM pg_catalog.unnest(a.counties) AS n) AS first_county
      FROM pg_catalog.generate_series(0, last_year OPERATOR(vigo_cal.-) first_year) AS i
      CROSS JOIN LATERAL (SELECT first_year OPERATOR(vigo_cal.+) i AS sy) AS y
      CROSS JOIN LATERAL vigo_cal.all_school_holidays(y.sy) AS a
     WHERE NOT pg_catalog.isempty(a.days)
  ), notes AS (
    -- what a region's name gets in brackets: the days, if not the whole
    -- week; "forventet", if projected among published ones
    SELECT h.*,
           nullif(pg_catalog.concat_ws(', ',
             CASE
               WHEN h.d0 = vigo_cal.monday(vigo_cal.isoweek(h.d0)) AND h.d1 = vigo_cal.monday(vigo_cal.isoweek(h.d0)) + 4
                 THEN NULL
               WHEN h.d0 = h.d1
                 THEN 'kun ' || pg_catalog.date_part('day', h.d0)::integer || '. '
                      || vigo_cal.month_name(pg_catalog.date_part('month', h.d0)::integer)
               WHEN pg_catalog.date_part('month', h.d0) = pg_catalog.date_part('month', h.d1)
                 THEN 'kun ' || pg_catalog.date_part('day', h.d0)::integer || '.-'
                      || pg_catalog.date_part('day', h.d1)::integer || '. '
                      || vigo_cal.month_name(pg_catalog.date_part('month', h.d0)::integer)
               ELSE 'kun ' || pg_catalog.date_part('day', h.d0)::integer || '. '
                    || vigo_cal.month_name(pg_catalog.date_part('month', h.d0)::integer) || '-'
                    || pg_catalog.date_part('day', h.d1)::integer || '. '
                    || vigo_cal.month_name(pg_catalog.date_part('month', h.d1)::integer)
             END,
             CASE WHEN h.projected AND NOT pg_catalog.bool_and(h.projected) OVER w THEN 'forventet' END), '') AS aside,
           pg_catalog.bool_and(h.projected) OVER w AS all_projected
      FROM h
    WINDOW w AS (PARTITION BY h.sy, h.kind, h.week)
  ), named AS (
    -- Nordland (kun 11.-13. oktober); Vestland (tidl. Hordaland, forventet)
    SELECT n.*,
           CASE WHEN n.aside IS NULL THEN n.region
                WHEN pg_catalog.right(n.region, 1) = ')' THEN pg_catalog.left(n.region, -1) || ', ' || n.aside || ')'
                ELSE n.region || ' (' || n.aside || ')' END AS label
      FROM notes n
  )
  SELECT n.sy, n.kind || '_uke_' || n.week, min(n.d0), max(n.d1),
         CASE WHEN pg_catalog.count(DISTINCT n.rule) = 1 THEN (pg_catalog.array_agg(n.rule))[1]
              ELSE ('uke ' || n.week)::vigo_cal.rule END,
         CASE WHEN pg_catalog.bool_and(n.all_projected) THEN 'Forventet ' || pg_catalog.lower(vigo_cal.holiday_label(n.kind))
              ELSE vigo_cal.holiday_label(n.kind) END
           || ' for ' || pg_catalog.string_agg(n.label, ', ' ORDER BY n.first_county, n.region),
         nullif(pg_catalog.concat_ws(' ',
           CASE WHEN pg_catalog.bool_or(n.projected) THEN 'Forventet ut fra siste kjente skolerute, ikke publisert ennå.' END,
           CASE WHEN pg_catalog.bool_or(n.tentative) THEN 'Med forbehold om endringer.' END), ''),
         pg_catalog.bool_or(n.tentative)
    FROM named n
   GROUP BY n.sy, n.kind, n.week
$$;
COMMENT ON FUNCTION vigo_cal.holiday_weeks(vigo_cal.schoolyear, vigo_cal.schoolyear) IS
  'the calendar''s school-holiday rows: one per school year, kind and ISO week (event key <kind>_uke_<week>), from all_school_holidays, titled with the regions of that year; tentative when any of them is';
