-- end.sql: the last steps of every built upgrade script.  The privileges
-- saved by begin.sql are granted again on the views of the same name (a
-- grant that is already there is a no-op), then the scratch schema goes.
DO $$
DECLARE
  g record;
BEGIN
  FOR g IN SELECT v.* FROM vigo_cal_upgrade.view_grant v
            WHERE to_regclass(format('vigo_cal.%I', v.view_name)) IS NOT NULL
  LOOP
    EXECUTE format('GRANT %s ON vigo_cal.%I TO %s%s', g.privilege_type, g.view_name,
                   CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE g.grantee::regrole::text END,
                   CASE WHEN g.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END);
  END LOOP;
END $$;
DROP SCHEMA vigo_cal_upgrade CASCADE;
