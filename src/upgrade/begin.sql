-- begin.sql: the first steps of every built upgrade script, after the
-- version's \echo guard.  Schema vigo_cal_upgrade holds what the upgrade
-- needs for the length of the script (end.sql drops it).

-- No takeover (as in the install script, src/sql/00_header.sql): the update
-- runs every function of the extension again and then as its owner, so it
-- stops if schema vigo_cal or vigo_cal_bi belongs to another role than the
-- extension's owner (or a superuser), lets another role create objects in
-- it, or holds a function, operator or type that is not the extension's
-- (an install of an older version into a schema that someone had made
-- beforehand).  Tables
-- and indexes that users added are left alone: the functions name every
-- table with its schema.
DO $$
DECLARE
  ext record;
  s record;
  objects text;
BEGIN
  SELECT e.oid, e.extowner, e.extowner::regrole::text AS owner INTO ext
    FROM pg_catalog.pg_extension e WHERE e.extname = 'vigo_cal';
  FOR s IN
    SELECT n.oid, n.nspname, n.nspowner, n.nspowner::regrole::text AS nsp_owner,
           (SELECT pg_catalog.string_agg(CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE a.grantee::regrole::text END,
                                         ', ' ORDER BY a.grantee)
              FROM pg_catalog.aclexplode(n.nspacl) a
             WHERE a.privilege_type = 'CREATE' AND a.grantee <> n.nspowner) AS creators
      FROM pg_catalog.pg_namespace n
     WHERE n.nspname IN ('vigo_cal', 'vigo_cal_bi')
     ORDER BY n.nspname
  LOOP
    IF s.nspowner <> ext.extowner
       AND NOT (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.oid = s.nspowner) THEN
      RAISE EXCEPTION 'schema "%" belongs to role "%", not to "%" who owns the extension vigo_cal',
                      s.nspname, s.nsp_owner, ext.owner
        USING ERRCODE = 'insufficient_privilege',
              DETAIL = 'Its owner can put functions and operators beside the extension''s, and the update would run them.',
              HINT = pg_catalog.format('Find out who made schema %I; if nothing in it but vigo_cal''s objects is wanted, ALTER SCHEMA %I OWNER TO %s, then update again.', s.nspname, s.nspname, ext.owner);
    END IF;
    IF s.creators IS NOT NULL THEN
      RAISE EXCEPTION 'others may create objects in schema "%" (owner "%")', s.nspname, s.nsp_owner
        USING ERRCODE = 'insufficient_privilege',
              DETAIL = 'CREATE is granted to: ' || s.creators || '.',
              HINT = pg_catalog.format('REVOKE CREATE ON SCHEMA %I FROM those roles, then update again.', s.nspname);
    END IF;
    SELECT pg_catalog.string_agg(o.what, ', ' ORDER BY o.what) INTO objects
      FROM (SELECT 'function ' || p.oid::regprocedure AS what, 'pg_proc'::regclass AS cls, p.oid
              FROM pg_catalog.pg_proc p WHERE p.pronamespace = s.oid
            UNION ALL SELECT 'operator ' || o.oid::regoperator, 'pg_operator'::regclass, o.oid
              FROM pg_catalog.pg_operator o WHERE o.oprnamespace = s.oid
            UNION ALL SELECT 'type ' || t.oid::regtype, 'pg_type'::regclass, t.oid
              FROM pg_catalog.pg_type t WHERE t.typnamespace = s.oid
               -- a row type or an array type comes with its table or type
               AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                                WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'i')
            UNION ALL SELECT 'operator class ' || c.opcname, 'pg_opclass'::regclass, c.oid
              FROM pg_catalog.pg_opclass c WHERE c.opcnamespace = s.oid
            UNION ALL SELECT 'operator family ' || f.opfname, 'pg_opfamily'::regclass, f.oid
              FROM pg_catalog.pg_opfamily f WHERE f.opfnamespace = s.oid
            UNION ALL SELECT 'collation ' || c.collname, 'pg_collation'::regclass, c.oid
              FROM pg_catalog.pg_collation c WHERE c.collnamespace = s.oid
            UNION ALL SELECT 'conversion ' || c.conname, 'pg_conversion'::regclass, c.oid
              FROM pg_catalog.pg_conversion c WHERE c.connamespace = s.oid) AS o
     WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                        WHERE d.classid = o.cls AND d.objid = o.oid AND d.deptype = 'e'
                          AND d.refclassid = 'pg_extension'::regclass AND d.refobjid = ext.oid);
    IF objects IS NOT NULL THEN
      RAISE EXCEPTION 'schema "%" holds functions, operators or types that are not vigo_cal''s', s.nspname
        USING ERRCODE = 'insufficient_privilege',
              DETAIL = 'It holds: ' || objects || '.',
              HINT = pg_catalog.format('Find out who made them; move them out of schema %I or drop them, then update again.', s.nspname);
    END IF;
  END LOOP;
END $$;

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
