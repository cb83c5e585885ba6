-- api.sql: the public API exists with the documented signatures,
-- volatility, strictness and parallel safety; the operator classes
-- validate; an index on a schoolyear column is used.
BEGIN;
SELECT plan(71);

SELECT has_schema('vigo_cal');
SELECT has_type('vigo_cal', 'schoolyear', 'type schoolyear');
SELECT has_type('vigo_cal', 'isoweek', 'type isoweek');
SELECT has_type('vigo_cal', 'rule', 'type rule');

-- Types: 4 bytes, by value.
SELECT results_eq(
  $$SELECT typname::text COLLATE "default", typlen::int, typbyval FROM pg_type
     WHERE typnamespace = 'vigo_cal'::regnamespace AND typtype = 'b' AND typelem = 0 ORDER BY typname$$,
  $$VALUES ('isoweek', 4, true), ('rule', -1, false), ('schoolyear', 4, true)$$,
  'schoolyear and isoweek are 4 bytes by value; rule is a varlena');

-- Functions: signature, return type, volatility, strictness, parallel safety.
CREATE TEMP TABLE expected_api (signature text, returns text, volatility "char", strict boolean);
INSERT INTO expected_api VALUES
  ('schoolyear(date)', 'vigo_cal.schoolyear', 'i', true),
  ('schoolyear(integer)', 'vigo_cal.schoolyear', 'i', true),
  ('current_schoolyear()', 'vigo_cal.schoolyear', 's', false),
  ('today()', 'date', 's', false),
  ('oslo_date(timestamp with time zone)', 'date', 'i', true),
  ('first_day(vigo_cal.schoolyear)', 'date', 'i', true),
  ('last_day(vigo_cal.schoolyear)', 'date', 'i', true),
  ('daterange(vigo_cal.schoolyear)', 'daterange', 'i', true),
  ('contains(vigo_cal.schoolyear,date)', 'boolean', 'i', true),
  ('isoweek(date)', 'vigo_cal.isoweek', 'i', true),
  ('isoweek(integer,integer)', 'vigo_cal.isoweek', 'i', true),
  ('monday(vigo_cal.isoweek)', 'date', 'i', true),
  ('daterange(vigo_cal.isoweek)', 'daterange', 'i', true),
  ('isoweek_year(vigo_cal.isoweek)', 'integer', 'i', true),
  ('isoweek_week(vigo_cal.isoweek)', 'integer', 'i', true),
  ('easter_sunday(integer)', 'date', 'i', true),
  ('public_holidays(integer)', 'record', 'i', true),
  ('public_holidays(date,date)', 'record', 'i', true),
  ('is_public_holiday(date)', 'boolean', 'i', true),
  ('is_business_day(date)', 'boolean', 'i', true),
  ('add_business_days(date,integer,text)', 'date', 'i', true),
  ('business_days_between(date,date)', 'integer', 'i', true),
  ('next_business_day(date)', 'date', 'i', true),
  ('previous_business_day(date)', 'date', 'i', true),
  ('resolve(vigo_cal.rule,vigo_cal.schoolyear)', 'date', 'i', true),
  ('resolve(vigo_cal.rule,vigo_cal.schoolyear,date)', 'date', 'i', true),
  ('resolve_range(vigo_cal.rule,vigo_cal.schoolyear)', 'daterange', 'i', true),
  ('resolve_range(vigo_cal.rule,vigo_cal.schoolyear,date)', 'daterange', 'i', true),
  ('rule_reference(vigo_cal.rule)', 'text', 'i', true),
  ('render_template(text,vigo_cal.schoolyear,jsonb)', 'text', 'i', true);

CREATE TEMP VIEW actual_api AS
  SELECT p.proname || '(' || pg_catalog.array_to_string(ARRAY(
           SELECT format_type(t, NULL) FROM unnest(p.proargtypes) AS t), ',') || ')' AS signature,
         format_type(p.prorettype, NULL) AS returns, p.provolatile AS volatility,
         p.proisstrict AS strict, p.proparallel AS parallel, p.prosecdef AS secdef,
         obj_description(p.oid, 'pg_proc') AS comment
    FROM pg_proc p WHERE p.pronamespace = 'vigo_cal'::regnamespace;

SELECT ok(EXISTS (SELECT 1 FROM actual_api a WHERE a.signature = e.signature
                     AND a.returns = e.returns AND a.volatility = e.volatility
                     AND a.strict = e.strict AND a.parallel = 's'),
          format('%s returns %s, %s, %s, parallel safe', e.signature, e.returns,
                 CASE e.volatility WHEN 'i' THEN 'immutable' ELSE 'stable' END,
                 CASE WHEN e.strict THEN 'strict' ELSE 'not strict' END))
  FROM expected_api e ORDER BY e.signature;

SELECT is((SELECT pg_get_function_arguments('vigo_cal.add_business_days(date,integer,text)'::regprocedure)),
          'd date, n integer, roll text DEFAULT ''forward''::text',
          'add_business_days takes roll with the default forward');
SELECT is((SELECT pg_get_function_result('vigo_cal.public_holidays(integer)'::regprocedure)),
          'TABLE(day date, name text)', 'public_holidays returns (day date, name text)');

-- Every function is parallel safe, none is SECURITY DEFINER (but the
-- occurrence store's trigger functions), all are commented.
-- The exceptions write: the trigger functions (and the event trigger's),
-- the occurrence store's refresh and window (62_occurrence_store.sql),
-- publish_edition (a new revision of an edition, 92_edition_html.sql),
-- grant_reader and revoke_reader, which grant (96_privileges.sql), and the
-- removal of the shipped rows a user removed (82_restore.sql); and
-- extension_script_running() reads the backend's own state (PARALLEL
-- RESTRICTED).
SELECT is((SELECT array_agg(signature ORDER BY signature) FROM actual_api
            WHERE parallel <> 's' AND returns NOT IN ('trigger', 'event_trigger')
              AND signature NOT IN ('grant_reader(regrole)', 'revoke_reader(regrole)',
                                    'apply_shipped_removals()', 'extension_script_running()',
                                    'refresh_occurrence_store()',
                                    'publish_edition(vigo_cal.schoolyear,date,text)',
                                    'refresh_occurrence_store(vigo_cal.schoolyear,vigo_cal.schoolyear)',
                                    'store_occurrences(vigo_cal.schoolyear,vigo_cal.schoolyear)',
                                    'occurrence_store_mark_years(vigo_cal.schoolyear,vigo_cal.schoolyear)',
                                    'occurrence_store_work_out(vigo_cal.schoolyear,vigo_cal.schoolyear,boolean)')),
          NULL, 'every function but the trigger functions, the store''s refresh, publish_edition, grant_reader/revoke_reader, apply_shipped_removals and extension_script_running is parallel safe');
SELECT is((SELECT array_agg(signature ORDER BY signature) FROM actual_api WHERE secdef),
          ARRAY['occurrence_store_mark_all()', 'occurrence_store_mark_override()',
                'occurrence_store_mark_window()', 'occurrence_store_refresh_pending()'],
          'no function is SECURITY DEFINER but the occurrence store''s trigger functions (security_store.sql)');
SELECT is((SELECT array_agg(signature ORDER BY signature) FROM actual_api WHERE comment IS NULL),
          NULL, 'every function has a comment');
SELECT is((SELECT array_agg(p.proname ORDER BY p.proname) FROM pg_proc p
            WHERE p.pronamespace = 'vigo_cal'::regnamespace
              AND p.prolang IN (SELECT oid FROM pg_language WHERE lanname IN ('sql', 'plpgsql'))
              AND NOT EXISTS (SELECT 1 FROM unnest(p.proconfig) AS c WHERE c LIKE 'search_path=%')),
          NULL, 'every SQL and PL/pgSQL function pins its search_path');
SELECT is((SELECT array_agg(typname ORDER BY typname) FROM pg_type
            WHERE typnamespace = 'vigo_cal'::regnamespace AND typtype = 'b' AND typelem = 0
              AND obj_description(oid, 'pg_type') IS NULL),
          NULL, 'every type has a comment');

-- Operators and operator classes.
SELECT ok(oprcanhash AND oprcanmerge, format('= on %s hashes and merges', format_type(oprleft, NULL)))
  FROM pg_operator WHERE oprnamespace = 'vigo_cal'::regnamespace AND oprname = '='
 ORDER BY oprleft, oprname;
SELECT ok(oprcom <> 0 AND oprnegate <> 0 AND oprrest <> 0 AND oprjoin <> 0,
          format('%s on %s has commutator, negator and estimators', oprname, format_type(oprleft, NULL)))
  FROM pg_operator WHERE oprnamespace = 'vigo_cal'::regnamespace
   AND oprname IN ('=', '<>', '<', '<=', '>', '>=')
 ORDER BY oprleft, oprname;
SELECT is((SELECT count(*)::int FROM pg_opclass WHERE opcnamespace = 'vigo_cal'::regnamespace AND opcdefault),
          6, 'six default operator classes (btree and hash for each type)');
SELECT ok(amvalidate(oid), format('operator class %s is valid', opcname))
  FROM pg_opclass WHERE opcnamespace = 'vigo_cal'::regnamespace ORDER BY opcname;

-- An index on a schoolyear column is used (operators need vigo_cal on the search_path).
SET LOCAL search_path = public, vigo_cal;
CREATE FUNCTION pg_temp.explain_lines(query text) RETURNS SETOF text
LANGUAGE plpgsql AS $$
DECLARE
  line text;
BEGIN
  FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || query LOOP
    RETURN NEXT line;
  END LOOP;
END $$;
CREATE TEMP TABLE deliveries (sy vigo_cal.schoolyear, n int);
INSERT INTO deliveries SELECT (2000 + i % 40)::vigo_cal.schoolyear, i FROM generate_series(1, 20000) AS i;
CREATE INDEX ON deliveries (sy);
ANALYZE deliveries;
SELECT ok(EXISTS (SELECT 1 FROM (SELECT * FROM pg_temp.explain_lines(
            $$SELECT count(*) FROM deliveries WHERE sy = '2023-2024'$$)) AS e(line)
           WHERE line ~ 'Index'),
          'a btree index on schoolyear is used for =');

SELECT * FROM finish();
ROLLBACK;
