-- end.sql: the last steps of every built upgrade script.  A view or
-- function that begin.sql saved privileges for and that was created again
-- (same name, another object) gets them back: for a function, PUBLIC's
-- default EXECUTE is taken away first, so that a revoke stays revoked.
-- Then the scratch schema goes.
DO $$
DECLARE
  s record;
  a record;
  now_oid oid;
BEGIN
  FOR s IN SELECT * FROM vigo_cal_upgrade.saved_acl LOOP
    now_oid := CASE s.kind WHEN 'TABLE' THEN pg_catalog.to_regclass(s.ident)::oid
                           ELSE pg_catalog.to_regprocedure(s.ident)::oid END;
    CONTINUE WHEN now_oid IS NULL OR now_oid = s.oid;
    IF s.kind = 'FUNCTION' THEN
      EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', s.ident);
    END IF;
    FOR a IN SELECT * FROM pg_catalog.aclexplode(s.acl) LOOP
      EXECUTE format('GRANT %s ON %s %s TO %s%s', a.privilege_type, s.kind, s.ident,
                     CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE a.grantee::regrole::text END,
                     CASE WHEN a.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END);
    END LOOP;
  END LOOP;
END $$;
DROP SCHEMA vigo_cal_upgrade CASCADE;
