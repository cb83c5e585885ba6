-- security_shadowing_api.sql: the main API, run by security_shadowing.sh as a
-- superuser in a database whose search_path starts with public (where a
-- hostile role planted traps) and in a clean database; the two outputs
-- must be equal.  Calls are schema-qualified, as a careful client writes
-- them, except add_business_days, which is also called through the
-- search_path.  :county_role is a county role of doc/delivery.md (46).
\set QUIET on
\pset format unaligned
\pset tuples_only on
\pset footer off
SET datestyle = ISO;
SET timezone = 'Europe/Oslo';

SELECT 'search_path', current_setting('search_path');

-- Working days, schema-qualified and through the search_path.
SELECT 'add_business_days', vigo_cal.add_business_days('2023-07-15', 1), add_business_days('2023-07-15', 1),
       vigo_cal.add_business_days('2023-07-15', 0, 'backward');
SELECT 'business_days_between', vigo_cal.business_days_between('2023-08-01', '2024-08-01');
SELECT 'easter', vigo_cal.easter_sunday(2024), vigo_cal.schoolyear(date '2024-02-29'),
       vigo_cal.isoweek(date '2023-10-02'), vigo_cal.current_schoolyear() IS NOT NULL;
SELECT 'public_holidays', * FROM vigo_cal.public_holidays(2027);

-- The schedule.
SELECT 'arshjul', * FROM vigo_cal.arshjul('2023-2024');
SELECT 'calendar_between', * FROM vigo_cal.calendar_between('2023-08-01', '2024-07-31');
SELECT 'calendar', count(*) FROM vigo_cal.calendar;
SELECT 'verify_edition', * FROM vigo_cal.verify_edition('2023-2024');
SELECT 'order_violations', * FROM vigo_cal.order_violations('2023-2024');
SELECT 'upcoming', count(*) FROM vigo_cal.upcoming(60);

-- Counties and school holidays, by number and by old and new names.
SELECT 'school_holidays 46', * FROM vigo_cal.school_holidays('46', '2023-2024');
SELECT 'school_holidays Viken', * FROM vigo_cal.school_holidays('Viken', '2023-2024');
SELECT 'school_holidays Akershus', * FROM vigo_cal.school_holidays('Akershus', '2023-2024');
SELECT 'is_school_day', vigo_cal.is_school_day('2023-10-04', '03'), vigo_cal.is_school_day('2023-10-04', '34'),
       vigo_cal.is_school_day('2023-10-11', '18');

-- Edits that fire the trigger: a user event, a changed shipped row, and a
-- restored changed row merged back over the shipped one.
INSERT INTO vigo_cal.event (event_key, title, comment, from_party, category, rule, county_deadline)
VALUES ('lokal_frist', 'Lokal frist {sy}', 'Frist {date:county_deadline}', 'fylkene', 'vigo_internal',
        '2. mandag i september', 'lokal_frist - 1 virkedag');
INSERT INTO vigo_cal.event_override (event_key, school_year, due_date, reason)
VALUES ('lokal_frist', '2024-2025', '2024-09-16', 'flyttet (test)');
UPDATE vigo_cal.category SET color = '#000001' WHERE category_key = 'conexus';
INSERT INTO vigo_cal.category (category_key, label, color, sort_order, origin)
VALUES ('ot', 'OT (endret)', '#000002', 70, 'changed');
SELECT 'category', category_key, label, color, origin FROM vigo_cal.category
 WHERE category_key IN ('conexus', 'ot') ORDER BY 2;
SELECT 'lokal_frist', * FROM vigo_cal.calendar_between('2023-08-01', '2025-07-31') WHERE event_key = 'lokal_frist';

-- Deliveries: the status of a county, as the superuser and as the county
-- (recorded_at given, as the owner may, so that both databases agree).
INSERT INTO vigo_cal.delivery_log (county, event_key, school_year, delivered_at, recorded_at) VALUES
  ('46', 'ssb_resultat_vgs_2', '2023-2024', '2023-09-27 10:00+02', '2023-09-27 10:05+02'),
  ('03', 'ssb_resultat_vgs_2', '2023-2024', '2023-09-20 10:00+02', '2023-09-20 10:05+02');
SELECT 'delivery_status_as_of', * FROM vigo_cal.delivery_status_as_of('2023-10-01')
 WHERE county IN ('03', '46') AND county_deadline BETWEEN '2023-09-01' AND '2023-10-15';
SELECT 'delivery_status', count(*), count(DISTINCT county) FROM vigo_cal.delivery_status;

SET ROLE :county_role;
-- the county's own session shadows county_member and my_counties in pg_temp
CREATE TEMP TABLE county_member (member_role regrole, county_number text, origin text);
INSERT INTO county_member VALUES (current_user::regrole, NULL, 'user');
SELECT 'shadowed county_member', count(DISTINCT county), string_agg(DISTINCT county, ',') FROM vigo_cal.delivery_log;
SELECT 'county delivery_status', count(DISTINCT county), min(county) FROM vigo_cal.delivery_status_as_of('2023-10-01');
SELECT 'county arshjul', count(*) FROM vigo_cal.arshjul('2023-2024');
DROP TABLE county_member;
RESET ROLE;

-- Every SQL and PL/pgSQL function of the extension, called directly from
-- this session (search_path public, vigo_cal) with a sample value of each
-- argument type: a function that did not pin its search_path would resolve
-- its body here, where the traps are.  Result: an md5, or the SQLSTATE.
CREATE FUNCTION pg_temp.call_every_function() RETURNS TABLE (signature text, result text)
LANGUAGE plpgsql AS $$
DECLARE
  f record;
  args text;
  q text;
BEGIN
  FOR f IN
    SELECT p.oid, format('%I.%I', p.pronamespace::regnamespace, p.proname) AS fn,
           format('%s(%s)', p.proname, pg_get_function_identity_arguments(p.oid)) AS sig,
           p.proargtypes::regtype[] AS types
      FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
      JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
                      AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'vigo_cal')
     WHERE l.lanname IN ('sql', 'plpgsql') AND p.prokind = 'f' AND p.prorettype <> 'trigger'::regtype
     ORDER BY 2
  LOOP
    SELECT string_agg(CASE t
             WHEN 'date'::regtype THEN '''2023-10-02''::date'
             WHEN 'integer'::regtype THEN '7'
             WHEN 'text'::regtype THEN '''46'''
             WHEN 'boolean'::regtype THEN 'true'
             WHEN 'double precision'::regtype THEN '0.5::float8'
             WHEN 'jsonb'::regtype THEN '''{"x": "2023-09-01"}''::jsonb'
             WHEN 'vigo_cal.schoolyear'::regtype THEN '''2023-2024''::vigo_cal.schoolyear'
             WHEN 'vigo_cal.isoweek'::regtype THEN '''2023-W40''::vigo_cal.isoweek'
             WHEN 'vigo_cal.rule'::regtype THEN '''uke 40''::vigo_cal.rule'
             ELSE format('NULL::%s', t) END, ', ' ORDER BY i)
      INTO args FROM unnest(f.types) WITH ORDINALITY AS a(t, i);
    q := format('SELECT md5(coalesce(string_agg(regexp_replace(r::text, ''DTSTAMP:[0-9TZ]+'', ''DTSTAMP:-'', ''g''), ''|''), ''(none)'')) FROM %s(%s) AS r',
                f.fn, coalesce(args, ''));
    signature := f.sig;
    BEGIN
      EXECUTE q INTO result;
    EXCEPTION WHEN others THEN
      result := 'error ' || SQLSTATE;
    END;
    RETURN NEXT;
  END LOOP;
END $$;
SELECT 'direct', * FROM pg_temp.call_every_function();
SELECT 'render_template', vigo_cal.render_template('{sy} {sy-1} {y+1} {date:x} {datey:x + 2 virkedager} {day:x} {{', '2023-2024', '{"x": "2023-09-01"}');
SELECT 'date_label', vigo_cal.date_label('uke 40', '2023-10-02', '2023-10-06'), vigo_cal.date_label('15.07', '2024-07-15', NULL),
       vigo_cal.date_label('19.06', '2024-06-19', '2024-06-21', true), vigo_cal.norwegian_date('2024-07-17', true);

-- The iCalendar export and the wheel, where this build has them (the time
-- of the call, DTSTAMP, left out).
SELECT to_regprocedure('vigo_cal.ical(vigo_cal.schoolyear,text)') IS NOT NULL AS has_ical,
       to_regprocedure('vigo_cal.wheel_svg(vigo_cal.schoolyear,text)') IS NOT NULL AS has_wheel \gset
\if :has_ical
SELECT 'ical', md5(regexp_replace(vigo_cal.ical('2023-2024', '46'), 'DTSTAMP:[0-9TZ]+', 'DTSTAMP:-', 'g'));
\endif
\if :has_wheel
SELECT 'wheel_svg', md5(vigo_cal.wheel_svg('2023-2024', '46'));
\endif
