-- vigo_cal: the VIGO årshjul as types, rules, tables and views.
-- This script is assembled by the Makefile from src/sql/*.sql, in name order.

\echo Use "CREATE EXTENSION vigo_cal" to load this file. \quit

-- The calendar's words, its shipped rows and the C functions' text are
-- UTF-8: a database in another encoding would store them garbled.  (No
-- "encoding" line in the control file: a conversion of the script would
-- fail on its first non-Latin character before this check could say why.)
DO $$
BEGIN
  IF pg_catalog.current_setting('server_encoding') <> 'UTF8' THEN
    RAISE EXCEPTION 'vigo_cal needs a database in encoding UTF8, not %',
                    pg_catalog.current_setting('server_encoding')
      USING ERRCODE = 'feature_not_supported',
            HINT = 'Create the database with ENCODING ''UTF8'' (and TEMPLATE template0 if template1 is not UTF8).';
  END IF;
END $$;

COMMENT ON SCHEMA vigo_cal IS
  'vigo_cal: school years, ISO weeks, Norwegian public holidays and working days for the VIGO årshjul';
