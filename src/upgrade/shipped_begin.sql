-- shipped_begin.sql: the start of the shipped-rows merge of an upgrade
-- script.  Every table the extension ships rows into gets an empty copy in
-- schema vigo_cal_upgrade; the Makefile then appends the data files of
-- src/sql/ with their INSERTs pointed at those copies, and shipped_merge.sql.
-- (Schema vigo_cal_upgrade is made by begin.sql and dropped by end.sql.)
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['party', 'category', 'event', 'event_override', 'event_link',
                           'edition', 'edition_entry', 'county', 'region',
                           'region_county', 'school_holiday']
  LOOP
    EXECUTE format('CREATE TABLE vigo_cal_upgrade.%1$I (LIKE vigo_cal.%1$I INCLUDING DEFAULTS)', t);
  END LOOP;
END $$;
