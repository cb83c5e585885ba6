-- security_roles.sql: the three roles of doc/delivery.md, created with
-- exactly the GRANTs and county_member rows the page gives, each doing its
-- job and no more: the reporting role reads everything and writes nothing,
-- a county role reads the schedule and writes its own deliveries only, the
-- administrator edits the schedule.  This file is about GRANTs; row-level
-- security in detail is test/pgtap/security_rls.sql.  Everything is rolled
-- back, the roles included.
BEGIN;
SET LOCAL search_path = public;
SET LOCAL client_min_messages = warning;  -- TRUNCATE ... CASCADE notices of writable()
SELECT plan(36);

-- ---------------------------------------------------------------------
-- The roles, as doc/delivery.md creates them (without the passwords)
-- ---------------------------------------------------------------------
-- a reader of everything (dashboards, BI tools)
CREATE ROLE vigo_reporting LOGIN;
GRANT USAGE ON SCHEMA vigo_cal TO vigo_reporting;
GRANT SELECT ON ALL TABLES IN SCHEMA vigo_cal TO vigo_reporting;
INSERT INTO vigo_cal.county_member (member_role, county_number) VALUES ('vigo_reporting', NULL);

-- a county: reads the schedule, writes its own deliveries
CREATE ROLE vigo_fylke_46 LOGIN;
GRANT USAGE ON SCHEMA vigo_cal TO vigo_fylke_46;
GRANT SELECT ON ALL TABLES IN SCHEMA vigo_cal TO vigo_fylke_46;
GRANT INSERT, UPDATE, DELETE ON vigo_cal.delivery_log TO vigo_fylke_46;
INSERT INTO vigo_cal.county_member (member_role, county_number) VALUES ('vigo_fylke_46', '46');

-- an administrator of the schedule: edits events, overrides, holidays
CREATE ROLE vigo_admin LOGIN;
GRANT USAGE ON SCHEMA vigo_cal TO vigo_admin;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA vigo_cal TO vigo_admin;
INSERT INTO vigo_cal.county_member (member_role, county_number) VALUES ('vigo_admin', NULL);

-- A delivery of another county (Oslo), logged by the superuser.
INSERT INTO vigo_cal.delivery_log (county, event_key, school_year, delivered_at)
VALUES ('03', 'ssb_elev_vgs_1', '2023-2024', '2023-10-24 10:00+02');

-- What the superuser sees, for comparison (readable by the roles).
CREATE TEMP TABLE seen_by_superuser AS
  SELECT (SELECT count(*) FROM vigo_cal.calendar) AS calendar_rows,
         (SELECT count(*) FROM vigo_cal.arshjul('2023-2024')) AS arshjul_rows,
         (SELECT md5(string_agg(a::text, '|')) FROM vigo_cal.arshjul('2023-2024') AS a) AS arshjul_md5,
         (SELECT count(*) FROM vigo_cal.delivery_status) AS status_rows;
GRANT SELECT ON seen_by_superuser TO PUBLIC;

-- writable(): every 'table:PRIVILEGE' of the extension's tables that the
-- current role may use, found by trying an INSERT, UPDATE and DELETE that
-- touch no row, and a TRUNCATE; each try is rolled back (the exception
-- P0001 undoes a statement that succeeded), so nothing changes.
CREATE FUNCTION pg_temp.writable() RETURNS text[]
LANGUAGE plpgsql AS $$
DECLARE
  t record;
  op text;
  stmt text;
  allowed text[] := '{}';
BEGIN
  FOR t IN
    SELECT c.oid::regclass AS tbl, c.relname,
           (SELECT a.attname FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum = 1) AS col,
           (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) FROM pg_attribute a
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '') AS cols
      FROM pg_depend d JOIN pg_class c ON c.oid = d.objid AND d.classid = 'pg_class'::regclass
     WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
       AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'vigo_cal')
       AND c.relkind = 'r'
     ORDER BY c.relname
  LOOP
    FOREACH op IN ARRAY ARRAY['INSERT', 'UPDATE', 'DELETE', 'TRUNCATE'] LOOP
      stmt := CASE op
        WHEN 'INSERT' THEN format('INSERT INTO %1$s (%2$s) SELECT %2$s FROM %1$s WHERE false', t.tbl, t.cols)
        WHEN 'UPDATE' THEN format('UPDATE %s SET %I = %I WHERE false', t.tbl, t.col, t.col)
        WHEN 'DELETE' THEN format('DELETE FROM %s WHERE false', t.tbl)
        ELSE format('TRUNCATE %s CASCADE', t.tbl) END;
      BEGIN
        EXECUTE stmt;
        RAISE EXCEPTION 'allowed' USING ERRCODE = 'P0001';
      EXCEPTION
        WHEN insufficient_privilege THEN NULL;
        WHEN raise_exception THEN allowed := allowed || (t.relname || ':' || op);
      END;
    END LOOP;
  END LOOP;
  RETURN allowed;
END $$;

CREATE TEMP VIEW extension_tables AS
  SELECT c.relname::text AS relname
    FROM pg_depend d JOIN pg_class c ON c.oid = d.objid AND d.classid = 'pg_class'::regclass
   WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
     AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'vigo_cal')
     AND c.relkind = 'r';
GRANT SELECT ON extension_tables TO PUBLIC;

SELECT is(pg_temp.writable() @> ARRAY['event:INSERT', 'delivery_log:TRUNCATE'], true,
          'writable() sees what the superuser may do (so an empty answer below means something)');

-- ---------------------------------------------------------------------
-- vigo_reporting: reads everything, writes nothing
-- ---------------------------------------------------------------------
SET LOCAL ROLE vigo_reporting;
SELECT is((SELECT count(*) FROM vigo_cal.calendar), (SELECT calendar_rows FROM seen_by_superuser),
          'reporting reads the calendar view, every row the superuser sees');
SELECT is((SELECT md5(string_agg(a::text, '|')) FROM vigo_cal.arshjul('2023-2024') AS a),
          (SELECT arshjul_md5 FROM seen_by_superuser),
          'reporting reads arshjul(''2023-2024''), the same document as the superuser');
SELECT cmp_ok((SELECT arshjul_rows FROM seen_by_superuser), '>', 100::bigint, 'and it is the whole document');
SELECT is((SELECT count(*) FROM vigo_cal.delivery_status), (SELECT status_rows FROM seen_by_superuser),
          'reporting reads delivery_status for every county (county_member row without county)');
SELECT is((SELECT array_agg(DISTINCT county) FROM vigo_cal.delivery_log), '{03}',
          'reporting reads delivery_log, Oslo''s row included');
SELECT is(pg_temp.writable(), '{}', 'reporting can INSERT, UPDATE, DELETE or TRUNCATE no table');
SELECT throws_ok($$INSERT INTO vigo_cal.delivery_log (county, event_key, school_year, delivered_at)
                   VALUES ('46', 'ssb_elev_vgs_1', '2023-2024', now())$$,
                 '42501', NULL, 'reporting cannot log a delivery');
SELECT throws_ok($$UPDATE vigo_cal.event SET title = 'endret' WHERE event_key = 'ssb_elev_vgs_1'$$,
                 '42501', NULL, 'reporting cannot change an event');
SELECT throws_ok($$INSERT INTO vigo_cal.county_member (member_role, county_number) VALUES ('vigo_reporting', '46')$$,
                 '42501', NULL, 'reporting cannot add itself to county_member');
SELECT throws_ok($$CREATE TABLE vigo_cal.reporting_table (a int)$$,
                 '42501', NULL, 'reporting cannot create objects in schema vigo_cal');
RESET ROLE;

-- ---------------------------------------------------------------------
-- vigo_fylke_46: reads the schedule, writes its own deliveries
-- ---------------------------------------------------------------------
SET LOCAL ROLE vigo_fylke_46;
SELECT is((SELECT count(*) FROM vigo_cal.calendar), (SELECT calendar_rows FROM seen_by_superuser),
          'the county reads the calendar');
SELECT is((SELECT count(*) FROM vigo_cal.arshjul('2023-2024')), (SELECT arshjul_rows FROM seen_by_superuser),
          'the county reads arshjul(''2023-2024'')');
SELECT lives_ok($$INSERT INTO vigo_cal.delivery_log (county, event_key, school_year, delivered_at)
                  VALUES ('46', 'ssb_elev_vgs_1', '2023-2024', '2023-10-25 10:00+02')$$,
                'the county logs its own delivery');
SELECT is((SELECT delivered_by FROM vigo_cal.delivery_log WHERE county = '46' AND event_key = 'ssb_elev_vgs_1'),
          'vigo_fylke_46', 'delivered_by defaults to the county''s role');
SELECT lives_ok($$UPDATE vigo_cal.delivery_log SET delivered_at = '2023-10-23 09:00+02', note = 'korrigert'
                   WHERE county = '46' AND event_key = 'ssb_elev_vgs_1'$$,
                'the county corrects its own delivery');
SELECT is((SELECT status FROM vigo_cal.delivery_status_as_of('2023-11-10')
            WHERE event_key = 'ssb_elev_vgs_1' AND school_year::text = '2023-2024'),
          'on_time', 'and delivery_status shows it on time');
SELECT is((SELECT array_agg(DISTINCT county) FROM vigo_cal.delivery_log), '{46}',
          'the county reads only its own deliveries');
SELECT throws_ok($$INSERT INTO vigo_cal.delivery_log (county, event_key, school_year, delivered_at)
                   VALUES ('03', 'ssb_elev_vgs_2', '2023-2024', now())$$,
                 '42501', NULL, 'the county cannot log a delivery for another county');
SELECT lives_ok($$DELETE FROM vigo_cal.delivery_log WHERE county = '46' AND event_key = 'ssb_elev_vgs_1'$$,
                'the county deletes its own delivery');
SELECT is(pg_temp.writable(), ARRAY['delivery_log:INSERT', 'delivery_log:UPDATE', 'delivery_log:DELETE'],
          'the county can INSERT, UPDATE and DELETE in delivery_log and write no other table');
SELECT throws_ok($$UPDATE vigo_cal.event SET title = 'endret' WHERE event_key = 'ssb_elev_vgs_1'$$,
                 '42501', NULL, 'the county cannot change an event');
SELECT throws_ok($$INSERT INTO vigo_cal.event (event_key, title, category, rule)
                   VALUES ('fylke_46_frist', 'Egen frist', 'vigo_internal', '01.09')$$,
                 '42501', NULL, 'the county cannot add an event');
SELECT throws_ok($$INSERT INTO vigo_cal.event_override (event_key, school_year, due_date, reason)
                   VALUES ('ssb_elev_vgs_1', '2023-2024', '2023-12-01', 'flyttet')$$,
                 '42501', NULL, 'the county cannot override a date');
SELECT throws_ok($$INSERT INTO vigo_cal.county_member (member_role, county_number) VALUES ('vigo_fylke_46', NULL)$$,
                 '42501', NULL, 'the county cannot widen its own rights in county_member');
RESET ROLE;

-- ---------------------------------------------------------------------
-- vigo_admin: edits the schedule
-- ---------------------------------------------------------------------
SET LOCAL ROLE vigo_admin;
SELECT is((SELECT array_agg(x ORDER BY x) FROM unnest(pg_temp.writable()) AS x),
          (SELECT array_agg(t.relname || ':' || op ORDER BY t.relname || ':' || op)
             FROM extension_tables t, unnest(ARRAY['INSERT', 'UPDATE', 'DELETE']) AS op),
          'the admin can INSERT, UPDATE and DELETE in every table (and TRUNCATE none)');
SELECT lives_ok($$INSERT INTO vigo_cal.event (event_key, title, comment, from_party, to_party, category, rule)
                  VALUES ('admin_frist', 'Lokal frist {sy}', 'Se {date:ssb_elev_vgs_1}', 'fylkene', 'vigo_ist',
                          'vigo_internal', '2. mandag i september')$$,
                'the admin adds an event');
SELECT lives_ok($$INSERT INTO vigo_cal.event_override (event_key, school_year, due_date, reason)
                  VALUES ('admin_frist', '2024-2025', '2024-09-16', 'flyttet en uke (test)')$$,
                'the admin adds an override');
SELECT results_eq(
  $$SELECT school_year::text, due_date, overridden, title FROM vigo_cal.calendar_between('2023-08-01', '2025-07-31')
     WHERE event_key = 'admin_frist' ORDER BY due_date$$,
  $$VALUES ('2023-2024', date '2023-09-11', false, 'Lokal frist 2023-2024'),
           ('2024-2025', date '2024-09-16', true, 'Lokal frist 2024-2025')$$,
  'the admin sees the event, by rule and overridden, in calendar_between');
SELECT is((SELECT count(*)::int FROM vigo_cal.delivery_status_as_of('2024-10-01') WHERE event_key = 'admin_frist'),
          (SELECT count(*)::int FROM vigo_cal.county
            WHERE valid_from <= '2023-09-11' AND (valid_to IS NULL OR valid_to > '2023-09-11'))
          + (SELECT count(*)::int FROM vigo_cal.county
              WHERE valid_from <= '2024-09-16' AND (valid_to IS NULL OR valid_to > '2024-09-16'))
          + (SELECT count(*)::int FROM vigo_cal.county
              WHERE valid_from <= '2025-09-08' AND (valid_to IS NULL OR valid_to > '2025-09-08')),
          'an event the counties send is owed by every county that exists on each deadline');
SELECT lives_ok($$UPDATE vigo_cal.event SET title = title || ' (endret)' WHERE event_key = 'ssb_elev_vgs_1'$$,
                'the admin changes a shipped event');
SELECT is((SELECT origin FROM vigo_cal.event WHERE event_key = 'ssb_elev_vgs_1'), 'changed',
          'which is marked changed, so that pg_dump keeps it');
SELECT is((SELECT array_agg(DISTINCT county ORDER BY county) FROM vigo_cal.delivery_log), '{03}',
          'the admin reads every county''s deliveries');
SELECT throws_ok($$TRUNCATE vigo_cal.delivery_log$$, '42501', NULL, 'the admin cannot TRUNCATE');
SELECT throws_ok($$CREATE TABLE vigo_cal.admin_table (a int)$$,
                 '42501', NULL, 'the admin cannot create objects in schema vigo_cal');
RESET ROLE;

SELECT is(current_user::text, session_user::text, 'RESET ROLE is back to the session user');

SELECT * FROM finish();
ROLLBACK;
