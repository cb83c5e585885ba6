-- Privileges: who may create in the extension's schemas, who may run its
-- functions, and the one step that makes a login a BI reader.
--
-- CREATE EXTENSION makes no role (roles belong to the cluster, and a role
-- made by one database's install would outlive DROP EXTENSION and could be
-- made beforehand by anyone with CREATEROLE to receive the grants).  A DBA
-- makes a BI login a reader with vigo_cal.grant_reader(login) instead
-- (doc/dashboards.md).
--
-- Functions: the functions of the API, and what they call, may be run by
-- everyone, as PostgreSQL's own are; what they read is a matter of table
-- privileges and row-level security.  Where the installing role's default
-- privileges take EXECUTE from PUBLIC (ALTER DEFAULT PRIVILEGES ... REVOKE
-- EXECUTE ON FUNCTIONS FROM PUBLIC), the install gives it back on those
-- functions, so that the extension behaves the same in both databases.
-- The internal helpers that no call of a user needs (the trigger functions,
-- and the BI views' check of the occurrence store) are revoked from PUBLIC;
-- grant_reader grants a reader EXECUTE on what the BI views call.

-- Nobody but the owner creates objects in the schemas, whatever default
-- privileges the installing role has for new schemas (ALTER DEFAULT
-- PRIVILEGES ... GRANT CREATE ON SCHEMAS).  00_header.sql refused a
-- vigo_cal made beforehand with such grants; these are the ones the
-- install itself made.
DO $$
DECLARE
  a record;
BEGIN
  FOR a IN SELECT n.nspname, x.grantee
             FROM pg_catalog.pg_namespace n, pg_catalog.aclexplode(n.nspacl) x
            WHERE n.nspname IN ('vigo_cal', 'vigo_cal_bi')
              AND x.privilege_type = 'CREATE' AND x.grantee <> n.nspowner LOOP
    EXECUTE pg_catalog.format('REVOKE CREATE ON SCHEMA %I FROM %s', a.nspname,
                              CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE a.grantee::regrole::text END);
  END LOOP;
END $$;

-- EXECUTE for PUBLIC on every function but the internal helpers, where the
-- installing role's default privileges left it out.
DO $$
DECLARE
  f regprocedure;
BEGIN
  FOR f IN SELECT p.oid::regprocedure
             FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_proc p ON p.oid = d.objid
            WHERE d.classid = 'pg_proc'::regclass AND d.deptype = 'e'
              AND d.refclassid = 'pg_extension'::regclass
              AND d.refobjid = (SELECT e.oid FROM pg_catalog.pg_extension e WHERE e.extname = 'vigo_cal')
              AND p.prorettype <> 'trigger'::regtype
              AND p.oid <> 'vigo_cal.occurrence_store_ready(vigo_cal.occurrence_store_state)'::regprocedure
              AND NOT pg_catalog.has_function_privilege('public', p.oid, 'EXECUTE')
            ORDER BY 1 LOOP
    EXECUTE pg_catalog.format('GRANT EXECUTE ON FUNCTION %s TO PUBLIC', f);
  END LOOP;
END $$;

-- @replaceable: everything below is CREATE OR REPLACE; upgrade scripts rerun it.

-- The internal helpers: the trigger functions (run by their triggers, never
-- called), and the BI views' check that the occurrence store is valid.
REVOKE EXECUTE ON FUNCTION vigo_cal.keep_user_changes(), vigo_cal.occurrence_store_mark_all(),
                           vigo_cal.occurrence_store_mark_override(), vigo_cal.occurrence_store_mark_window(),
                           vigo_cal.occurrence_store_refresh_pending(),
                           vigo_cal.occurrence_store_ready(vigo_cal.occurrence_store_state)
  FROM PUBLIC;

-- ---------------------------------------------------------------------
-- BI readers
-- ---------------------------------------------------------------------
-- The views of vigo_cal_bi read the tables with their owner's rights, but
-- a function a view calls is run with the reader's (PostgreSQL checks
-- EXECUTE for the user who runs the query).  grant_reader grants a role
-- USAGE on vigo_cal_bi, SELECT on its views and EXECUTE on the functions
-- of vigo_cal that the views (and views they read) call, found in the
-- catalogue: directly, as an operator, or as a cast.  It runs with the
-- caller's rights: the caller must be able to grant those (the extension's
-- owner, or a superuser).
CREATE OR REPLACE FUNCTION vigo_cal.grant_reader(reader regrole) RETURNS void
  LANGUAGE plpgsql VOLATILE STRICT PARALLEL UNSAFE
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  f regprocedure;
BEGIN
  EXECUTE pg_catalog.format('GRANT USAGE ON SCHEMA vigo_cal_bi TO %s', reader);
  EXECUTE pg_catalog.format('GRANT SELECT ON ALL TABLES IN SCHEMA vigo_cal_bi TO %s', reader);
  FOR f IN
    WITH RECURSIVE views (oid) AS (
      SELECT c.oid FROM pg_catalog.pg_class c
       WHERE c.relnamespace = 'vigo_cal_bi'::regnamespace AND c.relkind = 'v'
      UNION
      SELECT d.refobjid FROM views v
        JOIN pg_catalog.pg_rewrite r ON r.ev_class = v.oid
        JOIN pg_catalog.pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid
                                   AND d.refclassid = 'pg_class'::regclass
        JOIN pg_catalog.pg_class c ON c.oid = d.refobjid AND c.relkind = 'v'
    )
    SELECT DISTINCT p.oid::regprocedure
      FROM views v
      JOIN pg_catalog.pg_rewrite r ON r.ev_class = v.oid
      JOIN pg_catalog.pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid
      JOIN pg_catalog.pg_proc p
        ON p.oid = CASE d.refclassid
                     WHEN 'pg_proc'::regclass THEN d.refobjid
                     WHEN 'pg_operator'::regclass THEN (SELECT o.oprcode FROM pg_catalog.pg_operator o WHERE o.oid = d.refobjid)
                     WHEN 'pg_cast'::regclass THEN (SELECT k.castfunc FROM pg_catalog.pg_cast k WHERE k.oid = d.refobjid)
                   END
     WHERE p.pronamespace = 'vigo_cal'::regnamespace
     ORDER BY 1
  LOOP
    EXECUTE pg_catalog.format('GRANT EXECUTE ON FUNCTION %s TO %s', f, reader);
  END LOOP;
END $$;
COMMENT ON FUNCTION vigo_cal.grant_reader(regrole) IS
  'makes a role a reader of the BI views: USAGE on schema vigo_cal_bi, SELECT on its views, EXECUTE on the functions they call; run by the extension''s owner or a superuser (it uses the caller''s rights); which counties'' deliveries the role sees is vigo_cal.county_member''s business';

CREATE OR REPLACE FUNCTION vigo_cal.revoke_reader(reader regrole) RETURNS void
  LANGUAGE plpgsql VOLATILE STRICT PARALLEL UNSAFE
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  f regprocedure;
BEGIN
  EXECUTE pg_catalog.format('REVOKE SELECT ON ALL TABLES IN SCHEMA vigo_cal_bi FROM %s', reader);
  EXECUTE pg_catalog.format('REVOKE USAGE ON SCHEMA vigo_cal_bi FROM %s', reader);
  -- EXECUTE on the functions: those granted to the role by name (PUBLIC's
  -- stays as it is)
  FOR f IN SELECT p.oid::regprocedure FROM pg_catalog.pg_proc p, pg_catalog.aclexplode(p.proacl) a
            WHERE p.pronamespace = 'vigo_cal'::regnamespace AND a.grantee = reader::oid
              AND a.privilege_type = 'EXECUTE'
            ORDER BY 1 LOOP
    EXECUTE pg_catalog.format('REVOKE EXECUTE ON FUNCTION %s FROM %s', f, reader);
  END LOOP;
END $$;
COMMENT ON FUNCTION vigo_cal.revoke_reader(regrole) IS
  'takes back what vigo_cal.grant_reader gave a role (and EXECUTE on any function of vigo_cal granted to it by name), so that it can be dropped; uses the caller''s rights';
