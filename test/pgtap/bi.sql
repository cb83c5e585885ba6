-- bi.sql: the BI surface, schema vigo_cal_bi.  Every column of every view
-- is a built-in type a BI tool knows; every view and column is commented;
-- vigo_cal.grant_reader gives a role exactly the documented grants, and a
-- login given only those reads every view and sees only the deliveries of
-- the counties it acts for, also where the installing role's default
-- privileges take EXECUTE on functions from PUBLIC; the extension makes no
-- role, and DROP EXTENSION leaves none.  Everything is rolled back, the
-- roles included.
BEGIN;
SET LOCAL search_path = public;
SELECT plan(55);
CREATE TEMP TABLE roles_before AS SELECT rolname FROM pg_roles;

CREATE TEMP VIEW bi_views AS
  SELECT c.oid, c.relname::text AS view FROM pg_class c
   WHERE c.relnamespace = 'vigo_cal_bi'::regnamespace AND c.relkind = 'v';
CREATE TEMP VIEW bi_columns AS
  SELECT v.view, a.attname::text AS col, a.atttypid::regtype::text AS type, t.typnamespace,
         col_description(v.oid, a.attnum) AS comment
    FROM bi_views v JOIN pg_attribute a ON a.attrelid = v.oid AND a.attnum > 0 AND NOT a.attisdropped
    JOIN pg_type t ON t.oid = a.atttypid;
GRANT SELECT ON bi_views, bi_columns TO PUBLIC;

-- ---------------------------------------------------------------------
-- The views, their types and comments
-- ---------------------------------------------------------------------
SELECT has_schema('vigo_cal_bi');
SELECT set_eq($$SELECT view FROM bi_views$$,
              ARRAY['categories', 'counties', 'deadline_parties', 'deadlines', 'delivery_status', 'late_missing',
                    'my_counties', 'public_holidays', 'school_holidays', 'school_years', 'upcoming_deadlines'],
              'vigo_cal_bi has the eleven documented views');
SELECT is((SELECT array_agg(c.relname::text ORDER BY c.relname) FROM pg_class c
            WHERE c.relnamespace = 'vigo_cal_bi'::regnamespace AND c.relkind <> 'v'),
          NULL, 'and nothing but views');
SELECT is((SELECT array_agg(view || '.' || col || ' ' || type ORDER BY view, col) FROM bi_columns
            WHERE typnamespace <> 'pg_catalog'::regnamespace
               OR type NOT IN ('text', 'integer', 'date', 'timestamp with time zone', 'boolean', 'numeric')),
          NULL, 'every column of every BI view is text, integer, date, timestamptz, boolean or numeric');
SELECT cmp_ok((SELECT count(*)::int FROM bi_columns), '>', 100, 'and there are columns to check');
SELECT is((SELECT array_agg(view ORDER BY view) FROM bi_views WHERE obj_description(oid, 'pg_class') IS NULL),
          NULL, 'every BI view has a comment');
SELECT is((SELECT array_agg(view || '.' || col ORDER BY view, col) FROM bi_columns WHERE comment IS NULL),
          NULL, 'every column of every BI view has a comment');
SELECT is((SELECT array_agg(view || ' ' || col ORDER BY view) FROM bi_columns
            WHERE col = 'school_year' AND type <> 'text'),
          NULL, 'school_year is text wherever it appears');
SELECT is((SELECT array_agg(view ORDER BY view) FROM bi_columns b
            WHERE col = 'school_year'
              AND NOT EXISTS (SELECT 1 FROM bi_columns s WHERE s.view = b.view AND s.col = 'start_year' AND s.type = 'integer')),
          NULL, 'with the start year as integer beside it');
SELECT is((SELECT array_agg(DISTINCT view ORDER BY view) FROM bi_columns
            WHERE col IN ('iso_week', 'deadline_iso_week') AND type <> 'text'),
          NULL, 'ISO weeks are text');
SELECT set_eq($$SELECT view FROM bi_views v WHERE v.oid IN (SELECT oid FROM pg_class WHERE 'security_barrier=true' = ANY (reloptions))$$,
              ARRAY['delivery_status', 'late_missing', 'my_counties', 'upcoming_deadlines'],
              'the views that show deliveries or memberships are security barriers');
SELECT is((SELECT array_agg(view ORDER BY view) FROM bi_views v
            WHERE (SELECT c.relowner FROM pg_class c WHERE c.oid = v.oid)
                  <> (SELECT extowner FROM pg_extension WHERE extname = 'vigo_cal')),
          NULL, 'every BI view belongs to the extension''s owner (so it reads the tables with the owner''s rights)');
SELECT is((SELECT array_agg(view ORDER BY view) FROM bi_views v
            WHERE EXISTS (SELECT 1 FROM pg_class c WHERE c.oid = v.oid AND 'security_invoker=true' = ANY (c.reloptions))),
          NULL, 'no BI view is security_invoker');

-- ---------------------------------------------------------------------
-- grant_reader: exactly the documented grants, and no role of its own
-- ---------------------------------------------------------------------
SELECT is((SELECT count(*)::int FROM pg_roles WHERE rolname = 'vigo_cal_reader'), 0,
          'the extension makes no role (no vigo_cal_reader)');
SELECT is((SELECT array_agg(a.privilege_type || ' ' || a.grantee::regrole::text ORDER BY 1)
             FROM pg_namespace n, aclexplode(n.nspacl) a
            WHERE n.nspname IN ('vigo_cal', 'vigo_cal_bi') AND a.grantee <> n.nspowner),
          NULL, 'and grants nothing on its schemas to anyone');
CREATE ROLE tap_bi_probe NOLOGIN;
SELECT lives_ok($$SELECT vigo_cal.grant_reader('tap_bi_probe')$$, 'grant_reader(role) runs');
SELECT ok(has_schema_privilege('tap_bi_probe', 'vigo_cal_bi', 'USAGE'), 'it gives USAGE on vigo_cal_bi');
SELECT ok(NOT has_schema_privilege('tap_bi_probe', 'vigo_cal', 'USAGE'), 'and none on vigo_cal');
SELECT is((SELECT array_agg(view ORDER BY view) FROM bi_views WHERE NOT has_table_privilege('tap_bi_probe', oid, 'SELECT')),
          NULL, 'SELECT on every BI view');
SELECT is((SELECT array_agg(c.oid::regclass::text || ' ' || a.privilege_type ORDER BY 1)
             FROM pg_class c, aclexplode(c.relacl) a
            WHERE a.grantee = 'tap_bi_probe'::regrole
              AND NOT (c.relnamespace = 'vigo_cal_bi'::regnamespace AND a.privilege_type = 'SELECT')),
          NULL, 'and nothing else on any relation');
SELECT is((SELECT array_agg(p.oid::regprocedure::text ORDER BY 1) FROM pg_proc p, aclexplode(p.proacl) a
            WHERE a.grantee = 'tap_bi_probe'::regrole AND p.pronamespace <> 'vigo_cal'::regnamespace),
          NULL, 'EXECUTE on functions of vigo_cal only');
SELECT ok((SELECT bool_and(l.lanname IN ('c', 'internal') OR p.proname = 'occurrence_store_ready')
             FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang, aclexplode(p.proacl) a
            WHERE a.grantee = 'tap_bi_probe'::regrole),
          'each of them C but the store''s check (so the views name nothing in vigo_cal at run time)');
SELECT ok(has_function_privilege('tap_bi_probe', 'vigo_cal.occurrence_store_ready(vigo_cal.occurrence_store_state)', 'EXECUTE')
          AND NOT has_function_privilege('public', 'vigo_cal.occurrence_store_ready(vigo_cal.occurrence_store_state)', 'EXECUTE'),
          'among them the views'' check of the store, which PUBLIC may not run');
SELECT lives_ok($$SELECT vigo_cal.revoke_reader('tap_bi_probe')$$, 'revoke_reader(role) takes it back');
SELECT lives_ok($$DROP ROLE tap_bi_probe$$, 'and the role can be dropped then');
SELECT is((SELECT array_agg(p.oid::regprocedure::text) FROM pg_proc p
            WHERE p.proname IN ('grant_reader', 'revoke_reader') AND p.prosecdef), NULL,
          'grant_reader and revoke_reader are not SECURITY DEFINER (they use the caller''s rights)');
SELECT is((SELECT count(*)::int FROM vigo_cal.county_member WHERE member_role::text LIKE 'tap_bi_probe%'), 0,
          'a reader acts for no county by itself: membership is given per login');

-- ---------------------------------------------------------------------
-- A county's login, a reader of all, and a login without county
-- ---------------------------------------------------------------------
\i test/clients/fixture.sql
SET LOCAL vigo_cal.today = '2026-11-25';
CREATE ROLE tap_bi_46 LOGIN;
CREATE ROLE tap_bi_all LOGIN;
CREATE ROLE tap_bi_none LOGIN;
-- the documented grant, one per login
SELECT lives_ok($$SELECT vigo_cal.grant_reader(r) FROM unnest(ARRAY['tap_bi_46', 'tap_bi_all', 'tap_bi_none']::regrole[]) AS r$$,
                'grant_reader makes the three logins readers');
INSERT INTO vigo_cal.county_member (member_role, county_number) VALUES ('tap_bi_46', '46'), ('tap_bi_all', NULL);
CREATE TEMP TABLE seen (who text, view text, rows bigint, counties text[], delivered bigint);
GRANT INSERT, SELECT ON seen TO PUBLIC;
-- read_all(): SELECT * from every BI view as the current user; record rows,
-- counties with delivery data, delivered rows
CREATE FUNCTION pg_temp.read_all() RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
  v text;
  n bigint;
  counties text[];
  delivered bigint;
  failed text[] := '{}';
BEGIN
  FOR v IN SELECT view FROM bi_views ORDER BY view LOOP
    BEGIN
      EXECUTE format('SELECT count(*) FROM vigo_cal_bi.%I', v) INTO n;
      counties := NULL;
      delivered := NULL;
      IF v IN ('delivery_status', 'late_missing', 'my_counties') THEN
        EXECUTE format('SELECT array_agg(DISTINCT county ORDER BY county) FROM vigo_cal_bi.%I', v) INTO counties;
      ELSIF v = 'upcoming_deadlines' THEN
        SELECT array_agg(DISTINCT county ORDER BY county) INTO counties FROM vigo_cal_bi.upcoming_deadlines
         WHERE status IS NOT NULL OR delivered_at IS NOT NULL OR visible;
      END IF;
      IF v = 'delivery_status' THEN
        SELECT count(*) INTO delivered FROM vigo_cal_bi.delivery_status WHERE delivered_at IS NOT NULL;
      ELSIF v = 'upcoming_deadlines' THEN
        SELECT count(*) INTO delivered FROM vigo_cal_bi.upcoming_deadlines WHERE delivered_at IS NOT NULL;
      END IF;
      INSERT INTO seen VALUES (current_user, v, n, counties, delivered);
    EXCEPTION WHEN OTHERS THEN
      failed := failed || (v || ': ' || SQLERRM);
    END;
  END LOOP;
  RETURN array_to_string(failed, '; ');
END $$;
GRANT EXECUTE ON FUNCTION pg_temp.read_all() TO PUBLIC;

SET LOCAL ROLE tap_bi_46;
SELECT is(pg_temp.read_all(), '', 'a county''s login with only grant_reader''s grants reads every BI view');
SELECT throws_ok($$SELECT count(*) FROM vigo_cal.delivery_log$$, '42501', NULL,
                 'but not the tables of vigo_cal');
SELECT throws_ok($$SELECT count(*) FROM vigo_cal.calendar$$, '42501', NULL, 'nor its typed views');
SELECT results_eq($$SELECT county, granted_by, all_counties FROM vigo_cal_bi.my_counties$$,
                  $$VALUES ('46', 'tap_bi_46', false)$$, 'my_counties says it acts for Vestland (46), and why');
SELECT is((SELECT counties FROM seen WHERE who = 'tap_bi_46' AND view = 'delivery_status'), '{46}',
          'delivery_status shows it Vestland''s rows only');
SELECT is((SELECT counties FROM seen WHERE who = 'tap_bi_46' AND view = 'late_missing'), '{46}',
          'late_missing too');
SELECT is((SELECT counties FROM seen WHERE who = 'tap_bi_46' AND view = 'upcoming_deadlines'), '{46}',
          'upcoming_deadlines shows delivery columns for Vestland only');
SELECT is((SELECT count(*)::int FROM vigo_cal_bi.upcoming_deadlines WHERE county = '03' AND delivered_at IS NULL AND status IS NULL),
          (SELECT count(*)::int FROM vigo_cal_bi.upcoming_deadlines WHERE county = '03'),
          'and Oslo''s schedule without Oslo''s delivery (logged on 20 November)');
SELECT results_eq($$SELECT event_key, status FROM vigo_cal_bi.delivery_status
                     WHERE county = '46' AND school_year = '2026-2027' AND status IN ('late', 'missing') ORDER BY county_deadline, event_key$$,
                  $$VALUES ('ssb_resultat_vgs_2', 'late'), ('rett_privatskole_oktober', 'missing'),
                           ('ssb_elev_vgs_1', 'late'), ('programomradekoder_soknad', 'late'), ('rett_ssb_elev_2', 'missing')$$,
                  'Vestland''s late and missing deliveries of 2026-2027, as of 25 November 2026');
RESET ROLE;

SET LOCAL ROLE tap_bi_all;
SELECT is(pg_temp.read_all(), '', 'a reader of every county reads every BI view');
SELECT is((SELECT counties FROM seen WHERE who = 'tap_bi_all' AND view = 'delivery_status'),
          (SELECT array_agg(county ORDER BY county) FROM vigo_cal_bi.counties),
          'and sees every county''s deliveries');
SELECT is((SELECT delivered FROM seen WHERE who = 'tap_bi_all' AND view = 'delivery_status'), 11::bigint,
          'all eleven logged deliveries');
SELECT is((SELECT delivered FROM seen WHERE who = 'tap_bi_all' AND view = 'upcoming_deadlines'), 1::bigint,
          'Oslo''s early one among the upcoming deadlines');
RESET ROLE;

SET LOCAL ROLE tap_bi_none;
SELECT is(pg_temp.read_all(), '', 'a login without county reads every BI view');
SELECT is((SELECT rows FROM seen WHERE who = 'tap_bi_none' AND view = 'my_counties'), 0::bigint,
          'my_counties is empty: the answer to "why is my dashboard empty"');
SELECT is((SELECT rows FROM seen WHERE who = 'tap_bi_none' AND view = 'delivery_status'), 0::bigint,
          'it sees no delivery');
SELECT is((SELECT delivered FROM seen WHERE who = 'tap_bi_none' AND view = 'upcoming_deadlines'), 0::bigint,
          'not even in upcoming_deadlines');
RESET ROLE;
SELECT is((SELECT rows FROM seen WHERE who = 'tap_bi_none' AND view = 'deadlines'),
          (SELECT count(*) FROM vigo_cal.occurrence_store), 'but the whole calendar');

SELECT is((SELECT array_agg(DISTINCT s.rows) FROM seen s WHERE s.view IN ('deadlines', 'school_holidays', 'public_holidays', 'categories')
            GROUP BY s.view HAVING count(DISTINCT s.rows) > 1), NULL,
          'the calendar, holidays and categories are the same for all three');

-- ---------------------------------------------------------------------
-- Default privileges that take EXECUTE from PUBLIC; DROP EXTENSION
-- ---------------------------------------------------------------------
SET LOCAL client_min_messages = warning;  -- the temporary views above go with it
DROP EXTENSION vigo_cal CASCADE;
SELECT is((SELECT array_agg(rolname::text ORDER BY rolname) FROM pg_roles
            WHERE rolname NOT IN (SELECT rolname FROM roles_before)
              AND rolname NOT IN ('tap_bi_46', 'tap_bi_all', 'tap_bi_none')),
          NULL, 'CREATE and DROP EXTENSION leave no role behind');
-- a common hardening: functions made from now on are not PUBLIC's to run
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
SELECT lives_ok($$CREATE EXTENSION vigo_cal$$, 'CREATE EXTENSION under default privileges that revoke EXECUTE from PUBLIC');
SELECT is((SELECT array_agg(p.oid::regprocedure::text ORDER BY 1) FROM pg_proc p
            WHERE p.pronamespace = 'vigo_cal'::regnamespace AND p.prokind = 'f'
              AND has_function_privilege('public', p.oid, 'EXECUTE')
              AND (p.prorettype = 'trigger'::regtype OR p.proname = 'occurrence_store_ready')),
          NULL, 'PUBLIC may not run the internal helpers (trigger functions, the views'' check of the store)');
SELECT is((SELECT array_agg(p.oid::regprocedure::text ORDER BY 1) FROM pg_proc p
            WHERE p.oid IN ('vigo_cal.resolve(vigo_cal.rule,vigo_cal.schoolyear)'::regprocedure,
                            'vigo_cal.arshjul(vigo_cal.schoolyear)'::regprocedure,
                            'vigo_cal.is_school_day(date,text)'::regprocedure,
                            'vigo_cal.today()'::regprocedure)
              AND NOT has_function_privilege('public', p.oid, 'EXECUTE')),
          NULL, 'but runs the API as in any other database');
-- bi_views went with schema vigo_cal_bi
CREATE TEMP VIEW bi_views AS
  SELECT c.oid, c.relname::text AS view FROM pg_class c
   WHERE c.relnamespace = 'vigo_cal_bi'::regnamespace AND c.relkind = 'v';
GRANT SELECT ON bi_views TO PUBLIC;
\i test/clients/fixture.sql
SET LOCAL vigo_cal.today = '2026-11-25';
INSERT INTO vigo_cal.county_member (member_role, county_number) VALUES ('tap_bi_46', '46');
CREATE ROLE tap_bi_plain LOGIN;
GRANT USAGE ON SCHEMA vigo_cal_bi TO tap_bi_plain;
GRANT SELECT ON ALL TABLES IN SCHEMA vigo_cal_bi TO tap_bi_plain;
SET LOCAL ROLE tap_bi_plain;
SELECT throws_ok($$SELECT count(*) FROM vigo_cal_bi.deadlines$$, '42501', NULL,
                 'USAGE and SELECT alone do not make a reader (the views call functions)');
RESET ROLE;
SELECT lives_ok($$SELECT vigo_cal.grant_reader('tap_bi_46')$$, 'grant_reader(login) there');
DELETE FROM seen;
SET LOCAL ROLE tap_bi_46;
SELECT is(pg_temp.read_all(), '', 'a login given grant_reader reads every BI view there');
SELECT is((SELECT counties FROM seen WHERE who = 'tap_bi_46' AND view = 'delivery_status'), '{46}',
          'and sees Vestland''s deliveries only');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
