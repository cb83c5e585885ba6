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
  PRIMARY KEY (region_key, county_number)
);
COMMENT ON TABLE vigo_cal.region_county IS 'which counties, old and new, a region lies in';
COMMENT ON COLUMN vigo_cal.region_county.region_key IS 'the region';
COMMENT ON COLUMN vigo_cal.region_county.county_number IS 'a county it lies in';
COMMENT ON COLUMN vigo_cal.region_county.origin IS 'vigo_cal: shipped with the extension; user: added; changed: a shipped row a user changed';

CREATE TABLE vigo_cal.school_holiday (
  region_key text NOT NULL REFERENCES vigo_cal.region ON UPDATE CASCADE ON DELETE CASCADE,
  school_year vigo_cal.schoolyear NOT NULL,
  kind text NOT NULL CHECK (kind IN ('hostferie', 'vinterferie', 'juleferie', 'paaskeferie', 'sommerferie', 'annet')),
  rule vigo_cal.rule NOT NULL,
  tentative boolean NOT NULL DEFAULT false,
  note text,
  origin text NOT NULL DEFAULT 'user' CHECK (origin IN ('vigo_cal', 'user', 'changed')),
  PRIMARY KEY (region_key, school_year, kind)
);
COMMENT ON TABLE vigo_cal.school_holiday IS 'school holidays per region and school year, as week rules (uke 40, uke 41 ons-fre)';
COMMENT ON COLUMN vigo_cal.school_holiday.region_key IS 'the region';
COMMENT ON COLUMN vigo_cal.school_holiday.school_year IS 'the school year';
COMMENT ON COLUMN vigo_cal.school_holiday.kind IS 'hostferie, vinterferie, ...';
COMMENT ON COLUMN vigo_cal.school_holiday.rule IS 'the days, as a rule';
COMMENT ON COLUMN vigo_cal.school_holiday.tentative IS 'printed "Med forbehold om endringer"';
COMMENT ON COLUMN vigo_cal.school_holiday.note IS 'a note';
COMMENT ON COLUMN vigo_cal.school_holiday.origin IS 'vigo_cal: shipped with the extension; user: added; changed: a shipped row a user changed';

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


-- The county numbers a county given by number or name (old or new) means.
CREATE OR REPLACE FUNCTION vigo_cal.county_numbers(county text) RETURNS text[]
  LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
DECLARE
  found text[];
BEGIN
  SELECT array_agg(c.county_number ORDER BY c.county_number) INTO found
    FROM vigo_cal.county c
   WHERE c.county_number = lpad(btrim(county), 2, '0') OR lower(c.name) = lower(btrim(county));
  IF found IS NULL THEN
    RAISE EXCEPTION 'unknown county: "%"', county
      USING ERRCODE = 'invalid_parameter_value',
            HINT = 'Counties: ' || (SELECT string_agg(c.county_number || ' ' || c.name, ', ' ORDER BY c.county_number)
                                      FROM vigo_cal.county c) || '.';
  END IF;
  RETURN found;
END $$;
COMMENT ON FUNCTION vigo_cal.county_numbers(text) IS
  'the county numbers a county given by number or name, old or new, stands for; an error listing the counties if none';

CREATE OR REPLACE FUNCTION vigo_cal.school_holidays(county text, school_year vigo_cal.schoolyear)
  RETURNS TABLE (kind text, region text, days daterange, tentative boolean)
  LANGUAGE sql STABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  SELECT DISTINCT h.kind, r.name, vigo_cal.resolve_range(h.rule, h.school_year), h.tentative
    FROM vigo_cal.school_holiday h
    JOIN vigo_cal.region r ON r.region_key = h.region_key
   WHERE h.school_year OPERATOR(vigo_cal.=) school_holidays.school_year
     AND EXISTS (SELECT 1 FROM vigo_cal.region_county rc
                  WHERE rc.region_key = h.region_key
                    AND rc.county_number = ANY (vigo_cal.county_numbers(county)))
   ORDER BY 3, 2
$$;
COMMENT ON FUNCTION vigo_cal.school_holidays(text, vigo_cal.schoolyear) IS
  'the school holidays of a county (by number or name, old or new) in a school year, per region it covers';

CREATE OR REPLACE FUNCTION vigo_cal.is_school_day(day date, county text) RETURNS boolean
  LANGUAGE sql STABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  SELECT vigo_cal.is_business_day(day)
     AND NOT EXISTS (SELECT 1 FROM vigo_cal.school_holidays(county, vigo_cal.schoolyear(day)) AS h
                      WHERE h.days @> day)
$$;
COMMENT ON FUNCTION vigo_cal.is_school_day(date, text) IS
  'a working day outside the county''s school holidays (for a county split in regions: outside all of them)';
