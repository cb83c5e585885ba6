-- security_catalog.sql: a walk over everything the extension owns (pg_depend
-- deptype 'e' on vigo_cal): no SECURITY DEFINER (but the occurrence
-- store's trigger functions, security_store.sql), a pinned search_path on
-- every SQL and PL/pgSQL function, the documented volatility and parallel
-- safety, nothing in schema public and nothing that points into it, and a
-- comment on every function, type, table, view and column.  Functions that
-- other files add to the extension (src/sql/*.sql) are covered as soon as
-- they exist; the exceptions are listed here by name.
BEGIN;
SET LOCAL search_path = public;  -- signatures below print schema-qualified
SELECT plan(31);

-- Every object the extension owns, with its schema (NULL for a cast),
-- from the catalogue of its class.
CREATE TEMP VIEW members AS
  SELECT d.classid, d.objid, d.classid::regclass::text AS catalog,
         pg_describe_object(d.classid, d.objid, 0) AS object,
         CASE d.classid
           WHEN 'pg_proc'::regclass THEN (SELECT pronamespace FROM pg_proc WHERE oid = d.objid)
           WHEN 'pg_type'::regclass THEN (SELECT typnamespace FROM pg_type WHERE oid = d.objid)
           WHEN 'pg_class'::regclass THEN (SELECT relnamespace FROM pg_class WHERE oid = d.objid)
           WHEN 'pg_operator'::regclass THEN (SELECT oprnamespace FROM pg_operator WHERE oid = d.objid)
           WHEN 'pg_opclass'::regclass THEN (SELECT opcnamespace FROM pg_opclass WHERE oid = d.objid)
           WHEN 'pg_opfamily'::regclass THEN (SELECT opfnamespace FROM pg_opfamily WHERE oid = d.objid)
           WHEN 'pg_collation'::regclass THEN (SELECT collnamespace FROM pg_collation WHERE oid = d.objid)
           WHEN 'pg_conversion'::regclass THEN (SELECT connamespace FROM pg_conversion WHERE oid = d.objid)
           WHEN 'pg_ts_config'::regclass THEN (SELECT cfgnamespace FROM pg_ts_config WHERE oid = d.objid)
           WHEN 'pg_ts_dict'::regclass THEN (SELECT dictnamespace FROM pg_ts_dict WHERE oid = d.objid)
           WHEN 'pg_statistic_ext'::regclass THEN (SELECT stxnamespace FROM pg_statistic_ext WHERE oid = d.objid)
         END AS nsp
    FROM pg_depend d
   WHERE d.refclassid = 'pg_extension'::regclass
     AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'vigo_cal')
     AND d.deptype = 'e'
     -- From PostgreSQL 17 on, the types that come with another object (the
     -- array type of a type, the row type of a table or view) are recorded
     -- as members too; they are that object's, and are left out here.
     AND NOT (d.classid = 'pg_type'::regclass
              AND EXISTS (SELECT 1 FROM pg_type t
                           WHERE t.oid = d.objid
                             AND (EXISTS (SELECT 1 FROM pg_type e WHERE e.typarray = t.oid)
                                  OR EXISTS (SELECT 1 FROM pg_class c
                                              WHERE c.oid = t.typrelid AND c.relkind <> 'c'))));

CREATE TEMP VIEW member_functions AS
  SELECT p.oid, p.oid::regprocedure::text AS signature, p.proname, l.lanname, p.prokind,
         p.provolatile, p.proparallel, p.proisstrict, p.prosecdef, p.proconfig, p.prosrc,
         p.prorettype IN ('trigger'::regtype, 'event_trigger'::regtype) AS is_trigger
    FROM members m JOIN pg_proc p ON p.oid = m.objid AND m.classid = 'pg_proc'::regclass
    JOIN pg_language l ON l.oid = p.prolang;

SELECT cmp_ok((SELECT count(*)::int FROM members), '>', 150,
              'the extension owns its objects (pg_depend deptype e)');
SELECT is((SELECT array_agg(DISTINCT catalog ORDER BY catalog) FROM members
            WHERE catalog NOT IN ('pg_proc', 'pg_type', 'pg_class', 'pg_operator', 'pg_opclass',
                                  'pg_opfamily', 'pg_cast')
              AND object NOT IN ('schema vigo_cal_bi', 'event trigger vigo_cal_keep_deliveries')),
          NULL, 'it owns only functions, types, relations, operators, operator classes and families, casts, schema vigo_cal_bi and the event trigger that keeps the delivery log from DROP EXTENSION');

-- ---------------------------------------------------------------------
-- SECURITY DEFINER and search_path
-- ---------------------------------------------------------------------
SELECT is((SELECT array_agg(signature ORDER BY signature) FROM member_functions WHERE prosecdef),
          ARRAY['vigo_cal.occurrence_store_mark_all()', 'vigo_cal.occurrence_store_mark_override()',
                'vigo_cal.occurrence_store_mark_window()', 'vigo_cal.occurrence_store_refresh_pending()'],
          'no function is SECURITY DEFINER but the occurrence store''s trigger functions (why they are safe: security_store.sql)');

SELECT is((SELECT array_agg(signature ORDER BY signature) FROM member_functions
            WHERE lanname IN ('sql', 'plpgsql')
              AND NOT EXISTS (SELECT 1 FROM unnest(proconfig) AS c WHERE c LIKE 'search_path=%')),
          NULL, 'every SQL and PL/pgSQL function pins its search_path (proconfig search_path=...)');

-- pinned to trusted schemas only: pg_catalog first (so nothing can shadow
-- a built-in), pg_temp named last (so a temporary object never comes first),
-- vigo_cal in between or absent; never public or "$user".
SELECT is((SELECT array_agg(signature || ': ' || c ORDER BY signature) FROM member_functions f,
                  unnest(f.proconfig) AS c
            WHERE c LIKE 'search_path=%'
              AND c NOT IN ('search_path=pg_catalog, pg_temp', 'search_path=pg_catalog, vigo_cal, pg_temp')),
          NULL, 'each pinned search_path is "pg_catalog, pg_temp" or "pg_catalog, vigo_cal, pg_temp"');

SELECT is((SELECT array_agg(lanname::text ORDER BY lanname) FROM (SELECT DISTINCT lanname FROM member_functions) l
            WHERE lanname NOT IN ('c', 'internal', 'sql', 'plpgsql')),
          NULL, 'functions are written in C, internal, SQL or PL/pgSQL only');

SELECT is((SELECT oid::regnamespace::text FROM pg_namespace
            WHERE oid = (SELECT extnamespace FROM pg_extension WHERE extname = 'vigo_cal')),
          'vigo_cal', 'the extension lives in schema vigo_cal');
SELECT is((SELECT nspowner FROM pg_namespace WHERE nspname = 'vigo_cal'),
          (SELECT extowner FROM pg_extension WHERE extname = 'vigo_cal'),
          'schema vigo_cal belongs to the role that owns the extension (nobody else can plant objects in it)');
SELECT is((SELECT array_agg(privilege_type ORDER BY privilege_type)
             FROM aclexplode((SELECT nspacl FROM pg_namespace WHERE nspname = 'vigo_cal'))
            WHERE privilege_type = 'CREATE'
              AND grantee <> (SELECT nspowner FROM pg_namespace WHERE nspname = 'vigo_cal')),
          NULL, 'no other role has CREATE on schema vigo_cal');

-- A pinned search_path must still find what the body needs.  The trigger
-- keep_user_changes compares key columns with = in dynamic SQL, which for
-- a schoolyear key needs the extension's = (a restore of a changed shipped
-- row of event_override, school_holiday, edition or edition_entry).
SELECT lives_ok(
  $$INSERT INTO vigo_cal.school_holiday (region_key, school_year, kind, rule, tentative, note, origin)
    SELECT region_key, school_year, kind, rule, tentative, 'endret', 'changed'
      FROM vigo_cal.school_holiday WHERE origin = 'vigo_cal' AND region_key = 'oslo' AND kind = 'hostferie'$$,
  'a changed shipped row with a schoolyear key merges back over the shipped one, as in a pg_restore');

-- ---------------------------------------------------------------------
-- Volatility and parallel safety
-- ---------------------------------------------------------------------
-- The C functions (and the built-in int4 functions reused as LANGUAGE
-- internal) are pure: IMMUTABLE PARALLEL SAFE, but the restriction
-- estimators, which read the planner's statistics and are STABLE as
-- PostgreSQL's own (eqsel, scalarltsel) are, and two that are not about
-- the calendar: whether the extension's own script runs (STABLE PARALLEL
-- RESTRICTED: the backend's state) and the event trigger that keeps the
-- delivery log from DROP EXTENSION.
SELECT is((SELECT array_agg(format('%s %s%s', signature, provolatile, proparallel) ORDER BY signature)
             FROM member_functions
            WHERE lanname IN ('c', 'internal') AND prokind = 'f'
              AND (provolatile <> 'i' OR proparallel <> 's')),
          ARRAY['vigo_cal.extension_script_running() sr',
                'vigo_cal.isoweek_contsel(internal,oid,internal,integer) ss',
                'vigo_cal.refuse_drop_with_deliveries() vu',
                'vigo_cal.schoolyear_contsel(internal,oid,internal,integer) ss',
                'vigo_cal.today() ss'],
          'every C and internal function is IMMUTABLE PARALLEL SAFE, the estimators and today() (it reads the clock and the setting vigo_cal.today) STABLE PARALLEL SAFE, but extension_script_running() and the event trigger''s');
SELECT cmp_ok((SELECT count(*)::int FROM member_functions WHERE lanname = 'c'), '>=', 50,
              'and there are C functions to check');

SELECT is((SELECT array_agg(signature ORDER BY signature) FROM member_functions
            WHERE prokind = 'a' AND (provolatile <> 'i' OR proparallel <> 's')),
          NULL, 'the aggregates (min, max) are IMMUTABLE PARALLEL SAFE');

-- SQL and PL/pgSQL: never VOLATILE and always PARALLEL SAFE, except the
-- trigger functions, the occurrence store's refresh, publish_edition, and
-- grant_reader and revoke_reader (GRANT and REVOKE), which write; STABLE
-- where they read a table or the clock, IMMUTABLE otherwise.
SELECT is((SELECT array_agg(signature ORDER BY signature) FROM member_functions
            WHERE lanname IN ('sql', 'plpgsql') AND NOT is_trigger
              AND (provolatile NOT IN ('i', 's') OR proparallel <> 's')),
          ARRAY['vigo_cal.apply_shipped_removals()',
                'vigo_cal.grant_reader(regrole)',
                'vigo_cal.occurrence_store_mark_years(vigo_cal.schoolyear,vigo_cal.schoolyear)',
                'vigo_cal.occurrence_store_work_out(vigo_cal.schoolyear,vigo_cal.schoolyear,boolean)',
                'vigo_cal.publish_edition(vigo_cal.schoolyear,date,text)',
                'vigo_cal.refresh_occurrence_store()',
                'vigo_cal.refresh_occurrence_store(vigo_cal.schoolyear,vigo_cal.schoolyear)',
                'vigo_cal.revoke_reader(regrole)',
                'vigo_cal.store_occurrences(vigo_cal.schoolyear,vigo_cal.schoolyear)'],
          'every SQL and PL/pgSQL function but the triggers, the store''s refresh, publish_edition, grant_reader/revoke_reader and apply_shipped_removals() is IMMUTABLE or STABLE and PARALLEL SAFE');
SELECT is((SELECT format('%s %s%s', signature, provolatile, proparallel) FROM member_functions
            WHERE signature = 'vigo_cal.publish_edition(vigo_cal.schoolyear,date,text)'),
          'vigo_cal.publish_edition(vigo_cal.schoolyear,date,text) vu',
          'publish_edition is VOLATILE PARALLEL UNSAFE (it writes)');
SELECT is((SELECT array_agg(format('%s %s%s', signature, provolatile, proparallel) ORDER BY signature)
             FROM member_functions
            WHERE signature LIKE 'vigo_cal.refresh_occurrence_store(%' OR signature LIKE 'vigo_cal.store_occurrences(%'
               OR signature LIKE 'vigo_cal.occurrence_store_mark_years(%' OR signature LIKE 'vigo_cal.occurrence_store_work_out(%'),
          ARRAY['vigo_cal.occurrence_store_mark_years(vigo_cal.schoolyear,vigo_cal.schoolyear) vu',
                'vigo_cal.occurrence_store_work_out(vigo_cal.schoolyear,vigo_cal.schoolyear,boolean) vu',
                'vigo_cal.refresh_occurrence_store() vu',
                'vigo_cal.refresh_occurrence_store(vigo_cal.schoolyear,vigo_cal.schoolyear) vu',
                'vigo_cal.store_occurrences(vigo_cal.schoolyear,vigo_cal.schoolyear) vu'],
          'the store''s refresh functions are VOLATILE PARALLEL UNSAFE (they write)');
SELECT is((SELECT array_agg(format('%s %s%s', signature, provolatile, proparallel) ORDER BY signature)
             FROM member_functions WHERE is_trigger),
          ARRAY['vigo_cal.county_member_stamp() vu', 'vigo_cal.delivery_log_stamp() vu',
                'vigo_cal.keep_user_changes() vu', 'vigo_cal.occurrence_store_mark_all() vu',
                'vigo_cal.occurrence_store_mark_override() vu', 'vigo_cal.occurrence_store_mark_window() vu',
                'vigo_cal.occurrence_store_refresh_pending() vu', 'vigo_cal.refuse_drop_with_deliveries() vu',
                'vigo_cal.restore_hold() vu', 'vigo_cal.restore_release() vu', 'vigo_cal.restore_serialise() vu',
                'vigo_cal.shipped_removal_note() vu', 'vigo_cal.shipped_removal_note_truncate() vu',
                'vigo_cal.shipped_removed_apply() vu',
                'vigo_cal.shipped_removed_once() vu'],
          'the trigger functions (keep_user_changes, the occurrence store''s, the stamps, the restore''s, the event trigger''s) are VOLATILE PARALLEL UNSAFE (they write)');
SELECT is((SELECT format('%s %s%s', lanname, provolatile, proparallel) FROM member_functions
            WHERE signature = 'vigo_cal.current_schoolyear()'),
          'sql ss', 'exception: current_schoolyear() is SQL, STABLE PARALLEL SAFE (it reads the clock)');
-- an IMMUTABLE function must not read the extension's tables or the clock
SELECT is((SELECT array_agg(f.signature ORDER BY f.signature) FROM member_functions f
            WHERE f.lanname IN ('sql', 'plpgsql') AND f.provolatile = 'i'
              AND (f.prosrc ~* '\m(current_date|current_timestamp|now|localtimestamp|clock_timestamp|current_user|session_user)\M'
                   OR EXISTS (SELECT 1 FROM members m JOIN pg_class c ON c.oid = m.objid AND m.classid = 'pg_class'::regclass
                               WHERE c.relkind IN ('r', 'v')
                                 AND f.prosrc ~ ('\mvigo_cal\.' || c.relname || '\M')))),
          NULL, 'no IMMUTABLE SQL or PL/pgSQL function reads a table, a view or the clock');
SELECT is((SELECT array_agg(f.signature ORDER BY f.signature) FROM member_functions f
            WHERE f.lanname IN ('sql', 'plpgsql') AND f.provolatile = 's'
              AND f.signature <> 'vigo_cal.current_schoolyear()'
              AND NOT EXISTS (SELECT 1 FROM members m JOIN pg_class c ON c.oid = m.objid AND m.classid = 'pg_class'::regclass
                               WHERE c.relkind IN ('r', 'v')
                                 AND f.prosrc ~ ('\mvigo_cal\.' || c.relname || '\M'))
              AND f.prosrc !~* '\m(current_date|current_user|now)\M'
              -- the system catalogue is read too (roles, keys, foreign keys)
              AND f.prosrc !~ '\mpg_catalog\.pg_(roles|index|constraint)\M'
              AND f.prosrc !~ '\mvigo_cal\.(calendar_between|occurrences|check_event_references|school_holidays|all_school_holidays|county_numbers|my_counties|delivery_status_as_of|arshjul|upcoming|wheel_layout|wheel_page|wheel_dial|event_occurrences|holiday_weeks|occurrence_store_behind)\('),
          NULL, 'every STABLE SQL or PL/pgSQL function reads a table (the extension''s or the catalogue''s), the clock or a STABLE function (else it could be IMMUTABLE)');

-- ---------------------------------------------------------------------
-- Nothing in public, nothing pointing into public
-- ---------------------------------------------------------------------
SELECT is((SELECT array_agg(object ORDER BY object) FROM members
            WHERE catalog NOT IN ('pg_cast', 'pg_event_trigger') AND nsp IS DISTINCT FROM 'vigo_cal'::regnamespace
              AND NOT (catalog = 'pg_class' AND nsp = 'vigo_cal_bi'::regnamespace)
              AND object <> 'schema vigo_cal_bi'),
          NULL, 'every object of the extension is in schema vigo_cal (but the casts and the event trigger, which have no schema, and the BI views in vigo_cal_bi)');
SELECT is((SELECT array_agg(object ORDER BY object) FROM members m JOIN pg_class c ON c.oid = m.objid
            WHERE m.classid = 'pg_class'::regclass AND m.nsp = 'vigo_cal_bi'::regnamespace AND c.relkind <> 'v'),
          NULL, 'schema vigo_cal_bi holds views only');
SELECT is((SELECT nspowner FROM pg_namespace WHERE nspname = 'vigo_cal_bi'),
          (SELECT extowner FROM pg_extension WHERE extname = 'vigo_cal'),
          'schema vigo_cal_bi belongs to the role that owns the extension');
SELECT is((SELECT array_agg(privilege_type || ' ' || grantee::regrole::text ORDER BY privilege_type)
             FROM aclexplode((SELECT nspacl FROM pg_namespace WHERE nspname = 'vigo_cal_bi'))
            WHERE grantee <> (SELECT nspowner FROM pg_namespace WHERE nspname = 'vigo_cal_bi')),
          NULL, 'on schema vigo_cal_bi, no other role has any privilege (vigo_cal.grant_reader gives USAGE)');
SELECT is((SELECT array_agg(object ORDER BY object) FROM members WHERE nsp = 'public'::regnamespace),
          NULL, 'no object of the extension is in schema public');
-- what the members depend on: the functions behind operators, casts,
-- types, operator classes, estimators, aggregates, triggers, defaults,
-- constraints, views and policies
SELECT is((SELECT array_agg(DISTINCT pg_describe_object(m.classid, m.objid, 0) || ' -> '
                                     || pg_describe_object(d.refclassid, d.refobjid, 0))
             FROM (SELECT classid, objid FROM members
                   UNION SELECT 'pg_class'::regclass, a.objid FROM members mm
                          JOIN pg_depend a ON a.refclassid = mm.classid AND a.refobjid = mm.objid
                                          AND a.classid = 'pg_class'::regclass
                   UNION SELECT d2.classid, d2.objid FROM members mm
                          JOIN pg_depend d2 ON d2.refclassid = mm.classid AND d2.refobjid = mm.objid
                                           AND d2.classid IN ('pg_rewrite'::regclass, 'pg_constraint'::regclass,
                                                              'pg_attrdef'::regclass, 'pg_trigger'::regclass,
                                                              'pg_policy'::regclass)) AS m
             JOIN pg_depend d ON d.classid = m.classid AND d.objid = m.objid AND d.deptype IN ('n', 'a')
            WHERE (pg_identify_object(d.refclassid, d.refobjid, 0)).schema NOT IN ('pg_catalog', 'vigo_cal', 'vigo_cal_bi')),
          NULL, 'nothing the extension owns depends on an object outside pg_catalog, vigo_cal and vigo_cal_bi');
SELECT is((SELECT array_agg(format('%s %s', o.oprname, o.oprcode::regproc) ORDER BY o.oid)
             FROM members m JOIN pg_operator o ON o.oid = m.objid AND m.classid = 'pg_operator'::regclass
            WHERE EXISTS (SELECT 1 FROM pg_proc p
                           WHERE p.oid IN (o.oprcode, o.oprrest, o.oprjoin)
                             AND p.pronamespace NOT IN ('pg_catalog'::regnamespace, 'vigo_cal'::regnamespace))),
          NULL, 'every operator''s function and estimators (eqsel, scalarltsel, ...) are in pg_catalog or vigo_cal');

-- ---------------------------------------------------------------------
-- Comments
-- ---------------------------------------------------------------------
SELECT is((SELECT array_agg(signature ORDER BY signature) FROM member_functions
            WHERE obj_description(oid, 'pg_proc') IS NULL),
          NULL, 'every function and aggregate has a comment');
SELECT is((SELECT array_agg(object ORDER BY object) FROM members
            WHERE catalog IN ('pg_type', 'pg_operator') AND obj_description(objid, catalog) IS NULL),
          NULL, 'every type and operator has a comment');
SELECT is((SELECT array_agg(object ORDER BY object) FROM members m JOIN pg_class c ON c.oid = m.objid
            WHERE m.classid = 'pg_class'::regclass AND c.relkind IN ('r', 'v', 'm', 'p', 'f')
              AND obj_description(c.oid, 'pg_class') IS NULL),
          NULL, 'every table and view has a comment');
SELECT is((SELECT array_agg(c.relname || '.' || a.attname ORDER BY c.relname, a.attnum)
             FROM members m JOIN pg_class c ON c.oid = m.objid AND m.classid = 'pg_class'::regclass
             JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            WHERE c.relkind IN ('r', 'v', 'm', 'p', 'f') AND col_description(c.oid, a.attnum) IS NULL),
          NULL, 'every column of every table and view has a comment');

SELECT * FROM finish();
ROLLBACK;
