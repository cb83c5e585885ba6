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

-- No takeover through the schemas.  The control file names schema
-- vigo_cal: CREATE EXTENSION makes it when it is missing (owned by the
-- installing role, empty) and uses it as it is when it exists.  A schema
-- made beforehand by another role, or holding objects already, would let
-- that role put functions and operators beside the extension's (an
-- array_agg(text) is a better match than the built-in array_agg inside
-- every function whose search_path names vigo_cal) or change them later.
-- So the install goes on only into a schema that is the installing role's
-- (or a superuser's) and empty, whether CREATE EXTENSION made it a moment
-- ago or a DBA did; vigo_cal_bi is made by this script and must not exist
-- yet.  (The same check guards ALTER EXTENSION UPDATE: src/upgrade/begin.sql.)
DO $$
DECLARE
  s record;
  objects text;
BEGIN
  FOR s IN
    SELECT n.oid, n.nspname, n.nspowner::regrole::text AS owner, n.nspowner,
           n.xmin = pg_catalog.xid(pg_catalog.pg_current_xact_id()) AS made_now,
           (SELECT pg_catalog.string_agg(DISTINCT a.grantee::regrole::text, ', ')
              FROM pg_catalog.aclexplode(n.nspacl) a
             WHERE a.privilege_type = 'CREATE' AND a.grantee <> n.nspowner AND a.grantee <> 0) AS creators,
           (SELECT pg_catalog.bool_or(a.grantee = 0)
              FROM pg_catalog.aclexplode(n.nspacl) a WHERE a.privilege_type = 'CREATE') AS public_creates
      FROM pg_catalog.pg_namespace n
     WHERE n.nspname IN ('vigo_cal', 'vigo_cal_bi')
     ORDER BY n.nspname
  LOOP
    SELECT pg_catalog.string_agg(o.what, ', ' ORDER BY o.what) INTO objects
      FROM (SELECT 'relation ' || c.relname AS what FROM pg_catalog.pg_class c WHERE c.relnamespace = s.oid
            UNION ALL SELECT 'function ' || p.oid::regprocedure FROM pg_catalog.pg_proc p WHERE p.pronamespace = s.oid
            UNION ALL SELECT 'type ' || t.typname FROM pg_catalog.pg_type t WHERE t.typnamespace = s.oid
            UNION ALL SELECT 'operator ' || o.oid::regoperator FROM pg_catalog.pg_operator o WHERE o.oprnamespace = s.oid
            UNION ALL SELECT 'operator class ' || c.opcname FROM pg_catalog.pg_opclass c WHERE c.opcnamespace = s.oid
            UNION ALL SELECT 'operator family ' || f.opfname FROM pg_catalog.pg_opfamily f WHERE f.opfnamespace = s.oid
            UNION ALL SELECT 'collation ' || c.collname FROM pg_catalog.pg_collation c WHERE c.collnamespace = s.oid
            UNION ALL SELECT 'conversion ' || c.conname FROM pg_catalog.pg_conversion c WHERE c.connamespace = s.oid
            UNION ALL SELECT 'text search configuration ' || c.cfgname FROM pg_catalog.pg_ts_config c WHERE c.cfgnamespace = s.oid
            UNION ALL SELECT 'text search dictionary ' || d.dictname FROM pg_catalog.pg_ts_dict d WHERE d.dictnamespace = s.oid
            UNION ALL SELECT 'text search parser ' || p.prsname FROM pg_catalog.pg_ts_parser p WHERE p.prsnamespace = s.oid
            UNION ALL SELECT 'text search template ' || t.tmplname FROM pg_catalog.pg_ts_template t WHERE t.tmplnamespace = s.oid
            UNION ALL SELECT 'statistics object ' || x.stxname FROM pg_catalog.pg_statistic_ext x WHERE x.stxnamespace = s.oid
            UNION ALL SELECT 'extension ' || e.extname FROM pg_catalog.pg_extension e
                       WHERE e.extnamespace = s.oid AND e.extname <> 'vigo_cal') AS o;
    -- (a superuser's schema is no risk: a superuser may do anything anyway;
    -- pg_restore makes the schema as its owner in the dump, before the
    -- extension, and a DBA restoring as another superuser gets this)
    IF s.nspowner <> (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname = CURRENT_USER)
       AND NOT (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.oid = s.nspowner) THEN
      RAISE EXCEPTION 'schema "%" already exists and belongs to role "%", not to "%" who is installing vigo_cal',
                      s.nspname, s.owner, CURRENT_USER
        USING ERRCODE = 'insufficient_privilege',
              DETAIL = 'Its owner could put functions and operators beside the extension''s'
                       || CASE WHEN objects IS NULL THEN '.' ELSE '; it holds: ' || objects || '.' END,
              HINT = pg_catalog.format('Find out who made schema %I and why; drop it (DROP SCHEMA %I CASCADE, after a look at what it holds), then run CREATE EXTENSION vigo_cal again.', s.nspname, s.nspname);
    END IF;
    IF objects IS NOT NULL THEN
      RAISE EXCEPTION 'schema "%" (owner "%") already holds objects that are not vigo_cal''s', s.nspname, s.owner
        USING ERRCODE = 'insufficient_privilege',
              DETAIL = 'It holds: ' || objects || '.',
              HINT = pg_catalog.format('Install vigo_cal into an empty schema: move those objects out of schema %I, or drop it, then run CREATE EXTENSION vigo_cal again.', s.nspname);
    END IF;
    IF (s.creators IS NOT NULL OR s.public_creates) AND NOT s.made_now THEN
      RAISE EXCEPTION 'schema "%" (owner "%") already exists, and others may create objects in it', s.nspname, s.owner
        USING ERRCODE = 'insufficient_privilege',
              DETAIL = 'CREATE is granted to: ' || pg_catalog.concat_ws(', ', CASE WHEN s.public_creates THEN 'PUBLIC' END, s.creators) || '.',
              HINT = pg_catalog.format('REVOKE CREATE ON SCHEMA %I FROM those roles (or drop the schema), then run CREATE EXTENSION vigo_cal again.', s.nspname);
    END IF;
    IF s.nspname = 'vigo_cal_bi' THEN
      RAISE EXCEPTION 'schema "vigo_cal_bi" already exists (owner "%")', s.owner
        USING ERRCODE = 'duplicate_schema',
              DETAIL = 'vigo_cal makes schema vigo_cal_bi itself; this one is empty and yours.',
              HINT = 'DROP SCHEMA vigo_cal_bi, then run CREATE EXTENSION vigo_cal again.';
    END IF;
  END LOOP;
END $$;

COMMENT ON SCHEMA vigo_cal IS
  'vigo_cal: school years, ISO weeks, Norwegian public holidays and working days for the VIGO årshjul';
