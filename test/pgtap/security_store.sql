-- security_store.sql: who may write the occurrence store.  A role granted
-- one schedule table edits it with no privilege on the store's tables, and
-- the store follows; it cannot write the store itself.  The four trigger
-- functions that make this work run as the extension's owner (SECURITY
-- DEFINER); each of the conditions that make that safe is checked here:
-- they are trigger functions (not callable), owned by the extension's
-- owner, with search_path pg_catalog, pg_temp, without EXECUTE for PUBLIC
-- (so no other role can attach them to a table), attached to the
-- extension's own tables only, and not led astray by a session's
-- temporary objects or settings.  (Two editors at once:
-- test/scripts/concurrent_edits.sh.)  Everything is rolled back.
BEGIN;
SET LOCAL search_path = public;
SELECT plan(26);

CREATE TEMP VIEW definer_functions AS
  SELECT p.oid, p.oid::regprocedure::text AS signature, p.prorettype::regtype::text AS returns,
         p.proowner, p.proconfig
    FROM pg_proc p
    JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
                    AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'vigo_cal')
   WHERE p.prosecdef;
GRANT SELECT ON definer_functions TO PUBLIC;

-- ---------------------------------------------------------------------
-- The SECURITY DEFINER functions and what makes them safe
-- ---------------------------------------------------------------------
SELECT is((SELECT array_agg(signature ORDER BY signature) FROM definer_functions),
          ARRAY['vigo_cal.occurrence_store_mark_all()', 'vigo_cal.occurrence_store_mark_override()',
                'vigo_cal.occurrence_store_mark_window()', 'vigo_cal.occurrence_store_refresh_pending()'],
          'the only SECURITY DEFINER functions are the occurrence store''s four trigger functions');
SELECT is((SELECT array_agg(DISTINCT returns) FROM definer_functions), '{trigger}',
          'each is a trigger function (PostgreSQL calls it only as a trigger)');
SELECT is((SELECT array_agg(DISTINCT proowner::regrole::text) FROM definer_functions),
          ARRAY[(SELECT extowner::regrole::text FROM pg_extension WHERE extname = 'vigo_cal')],
          'each belongs to the extension''s owner');
SELECT is((SELECT array_agg(DISTINCT array_to_string(proconfig, ';')) FROM definer_functions),
          '{"search_path=pg_catalog, pg_temp"}',
          'each runs with search_path = pg_catalog, pg_temp and no other setting');
SELECT is((SELECT array_agg(signature ORDER BY signature) FROM definer_functions
            WHERE has_function_privilege('public', oid, 'EXECUTE')),
          NULL, 'PUBLIC may not EXECUTE any of them');
SELECT is((SELECT array_agg(DISTINCT t.tgrelid::regclass::text ORDER BY t.tgrelid::regclass::text)
             FROM pg_trigger t WHERE t.tgfoid IN (SELECT oid FROM definer_functions)),
          ARRAY['vigo_cal.category', 'vigo_cal.county', 'vigo_cal.event', 'vigo_cal.event_override', 'vigo_cal.event_wording',
                'vigo_cal.occurrence_store_pending', 'vigo_cal.occurrence_store_state',
                'vigo_cal.occurrence_window', 'vigo_cal.party', 'vigo_cal.region',
                'vigo_cal.region_county', 'vigo_cal.school_holiday'],
          'they are attached to the extension''s tables only: the schedule tables, the window and the store''s own');
SELECT is((SELECT array_agg(DISTINCT c.relowner::regrole::text) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
            WHERE t.tgfoid IN (SELECT oid FROM definer_functions)),
          ARRAY[(SELECT extowner::regrole::text FROM pg_extension WHERE extname = 'vigo_cal')],
          'and those tables belong to the extension''s owner (only it can add or drop their triggers)');

-- an editor of one schedule table, and a role that owns a table of its own
CREATE ROLE tap_store_editor NOLOGIN;
GRANT USAGE ON SCHEMA vigo_cal TO tap_store_editor;
GRANT SELECT, UPDATE ON vigo_cal.category TO tap_store_editor;
CREATE ROLE tap_store_other NOLOGIN;
GRANT USAGE ON SCHEMA vigo_cal TO tap_store_other;
CREATE TABLE public.tap_store_own (a int);
ALTER TABLE public.tap_store_own OWNER TO tap_store_other;

SET LOCAL ROLE tap_store_other;
SELECT throws_ok($$SELECT vigo_cal.occurrence_store_refresh_pending()$$, '42501', NULL,
                 'another role cannot call one (no EXECUTE)');
SELECT throws_ok($$CREATE TRIGGER tap_refresh AFTER INSERT ON public.tap_store_own
                   FOR EACH STATEMENT EXECUTE FUNCTION vigo_cal.occurrence_store_mark_all()$$,
                 '42501', NULL, 'nor attach one to a table it owns (CREATE TRIGGER needs EXECUTE)');
RESET ROLE;
SELECT throws_ok($$SELECT vigo_cal.occurrence_store_refresh_pending()$$, '0A000',
                 'trigger functions can only be called as triggers',
                 'even the owner cannot call one other than as a trigger: no caller passes it anything');

-- ---------------------------------------------------------------------
-- An editor of one table: edits it, the store follows, and the store's
-- tables stay out of its reach
-- ---------------------------------------------------------------------
SET LOCAL ROLE tap_store_editor;
SELECT is((SELECT array_agg(t ORDER BY t) FROM unnest(ARRAY['occurrence_store', 'occurrence_store_state',
                                                             'occurrence_store_pending', 'school_holiday_store',
                                                             'occurrence_window']) AS t
            WHERE has_table_privilege('vigo_cal.' || t, 'INSERT, UPDATE, DELETE, TRUNCATE')),
          NULL, 'the editor holds no write privilege on the store''s tables');
-- what a session may plant: temporary objects named like the store's and
-- its aggregates, and its own settings
CREATE TEMP TABLE occurrence_store_pending (xact xid8, whole boolean, first_year text, last_year text);
CREATE TEMP TABLE occurrence_store (school_year text);
CREATE FUNCTION pg_temp.max(vigo_cal.schoolyear) RETURNS vigo_cal.schoolyear
  LANGUAGE sql AS $$ SELECT '2000-2001'::vigo_cal.schoolyear $$;
SET LOCAL DateStyle = 'SQL, DMY';
SET LOCAL TimeZone = 'Pacific/Kiritimati';
SELECT lives_ok($$UPDATE vigo_cal.category SET color = '#0a0b0c' WHERE category_key = 'fpvs'$$,
                'the editor, granted only SELECT and UPDATE on category, updates a category');
SELECT is((SELECT whole FROM vigo_cal.occurrence_store_pending WHERE xact = pg_current_xact_id()), true,
          'its transaction''s mark is in occurrence_store_pending (which every role may read)');
SELECT is(vigo_cal.occurrence_store_behind(), true, 'and occurrence_store_behind() says so');
SELECT lives_ok($$SET CONSTRAINTS ALL IMMEDIATE$$, 'the refresh (here at once rather than at commit) goes through');
SELECT is(vigo_cal.occurrence_store_behind(), false, 'after which nothing is pending');
SELECT is((SELECT count(*) FROM pg_temp.occurrence_store_pending) + (SELECT count(*) FROM pg_temp.occurrence_store),
          0::bigint, 'the session''s temporary tables were not touched');
RESET ROLE;
SELECT is((SELECT count(*) FROM vigo_cal.occurrence_store WHERE category = 'fpvs' AND category_color <> '#0a0b0c'),
          0::bigint, 'every fpvs row of the store has the new colour');
SELECT cmp_ok((SELECT count(*) FROM vigo_cal.occurrence_store WHERE category = 'fpvs'), '>', 100::bigint,
              'and there are such rows');
SELECT is((SELECT valid AND problem IS NULL FROM vigo_cal.occurrence_store_state), true, 'the store is valid');
-- the store as the editor's refresh left it equals one worked out now, in
-- this session's own settings
CREATE TEMP TABLE stored_by_editor AS SELECT * FROM vigo_cal.occurrence_store;
RESET DateStyle;
RESET TimeZone;
SELECT cmp_ok(vigo_cal.refresh_occurrence_store(), '>', 4000::bigint, 'the owner works the store out again');
SELECT is((SELECT count(*) FROM ((TABLE stored_by_editor EXCEPT ALL TABLE vigo_cal.occurrence_store)
                                 UNION ALL (TABLE vigo_cal.occurrence_store EXCEPT ALL TABLE stored_by_editor)) AS d),
          0::bigint, 'and gets the same rows: the editor''s temporary objects and settings changed nothing');

SET LOCAL ROLE tap_store_editor;
SELECT throws_ok($$DELETE FROM vigo_cal.occurrence_store$$, '42501', NULL,
                 'the editor cannot delete stored rows');
SELECT throws_ok($$UPDATE vigo_cal.occurrence_store_state SET valid = true$$, '42501', NULL,
                 'nor say the store is valid');
SELECT throws_ok($$INSERT INTO vigo_cal.occurrence_store_pending (xact, whole) VALUES (pg_current_xact_id(), false)$$,
                 '42501', NULL, 'nor write a mark of its own');
SELECT throws_ok($$UPDATE vigo_cal.occurrence_window SET last_year = '2060-2061'$$, '42501', NULL,
                 'nor move the window');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
