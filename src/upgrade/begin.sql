-- begin.sql: the first steps of every built upgrade script, after the
-- version's \echo guard.  Schema vigo_cal_upgrade holds what the upgrade
-- needs for the length of the script (end.sql drops it).
CREATE SCHEMA vigo_cal_upgrade;

-- The privileges on the extension's views and functions as they stand: a
-- view whose columns change, or a function whose result type changes, is
-- dropped and created again, and the new one must keep what users granted
-- or revoked on the old (end.sql).
CREATE TABLE vigo_cal_upgrade.saved_acl AS
  SELECT 'TABLE' AS kind, c.oid::regclass::text AS ident, c.oid, c.relacl AS acl
    FROM pg_catalog.pg_class c
   WHERE c.relnamespace IN (SELECT n.oid FROM pg_catalog.pg_namespace n
                             WHERE n.nspname IN ('vigo_cal', 'vigo_cal_bi'))
     AND c.relkind = 'v' AND c.relacl IS NOT NULL
  UNION ALL
  SELECT 'FUNCTION', p.oid::regprocedure::text, p.oid, p.proacl
    FROM pg_catalog.pg_proc p
   WHERE p.pronamespace = 'vigo_cal'::regnamespace AND p.prokind = 'f' AND p.proacl IS NOT NULL;

-- The occurrence store (0.3.0 on) stays as it is while the upgrade runs:
-- its triggers would work the whole window out again after every statement
-- of the shipped-rows merge.  98_store_fill.sql, last, turns it on and
-- fills it once.
DO $$
BEGIN
  IF pg_catalog.to_regclass('vigo_cal.occurrence_store_state') IS NOT NULL THEN
    UPDATE vigo_cal.occurrence_store_state SET suspended = true;
  END IF;
END $$;
