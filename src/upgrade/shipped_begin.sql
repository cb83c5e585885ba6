-- shipped_begin.sql: the start of the shipped-rows merge of an upgrade
-- script.  Every table the extension ships rows into gets an empty copy in
-- schema vigo_cal_upgrade (made by begin.sql, dropped by end.sql); the
-- Makefile then appends the data files of src/sql/ with their INSERTs
-- pointed at those copies, and shipped_merge.sql.

-- The tables, parents before children (the order of their foreign keys).
CREATE TABLE vigo_cal_upgrade.shipped_table (name text PRIMARY KEY, fk_order integer NOT NULL);
INSERT INTO vigo_cal_upgrade.shipped_table (name, fk_order) VALUES
  ('party', 1), ('category', 2), ('event', 3), ('event_override', 4), ('event_link', 5),
  ('edition', 6), ('edition_entry', 7), ('county', 8), ('region', 9),
  ('region_county', 10), ('school_holiday', 11), ('event_wording', 12),
  ('edition_revision', 13), ('edition_revision_entry', 14);

-- The condition that a row t of a table and a row s of its copy have the
-- same primary key.
CREATE FUNCTION vigo_cal_upgrade.same_key(tab text) RETURNS text
  LANGUAGE sql STABLE
  SET search_path = pg_catalog, pg_temp
AS $$
  SELECT string_agg(format('t.%1$I IS NOT DISTINCT FROM s.%1$I', a.attname), ' AND ')
    FROM pg_catalog.pg_index i
    JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
   WHERE i.indrelid = format('vigo_cal.%I', tab)::regclass AND i.indisprimary
$$;

DO $$
DECLARE
  t text;
BEGIN
  FOR t IN SELECT name FROM vigo_cal_upgrade.shipped_table ORDER BY fk_order LOOP
    EXECUTE format('CREATE TABLE vigo_cal_upgrade.%1$I (LIKE vigo_cal.%1$I INCLUDING DEFAULTS)', t);
  END LOOP;
END $$;
