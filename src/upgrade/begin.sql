-- begin.sql: the first steps of every built upgrade script, after the
-- version's \echo guard.  Schema vigo_cal_upgrade holds what the upgrade
-- needs for the length of the script (end.sql drops it): here, the
-- privileges users granted on the extension's views, because a view whose
-- columns change is dropped and created again, and the new view must keep
-- what the old one was granted.
CREATE SCHEMA vigo_cal_upgrade;
CREATE TABLE vigo_cal_upgrade.view_grant AS
  SELECT c.relname AS view_name, a.grantee, a.privilege_type, a.is_grantable
    FROM pg_catalog.pg_class c, pg_catalog.aclexplode(c.relacl) AS a
   WHERE c.relnamespace = 'vigo_cal'::regnamespace AND c.relkind = 'v'
     AND a.grantee <> c.relowner;

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
