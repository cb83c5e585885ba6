-- Edge values: every SQL-callable function of the extension with NULL in
-- each argument, then with the extremes of its argument types: dates
-- 'infinity', '-infinity', 0001-01-01, 9999-12-31 and 5874897-12-31 (the
-- last date PostgreSQL has), offsets 2147483647 and -2147483648, years 1
-- and 9999, the first and last school years and ISO weeks.  Each call
-- gives a defined result or an error with its SQLSTATE (regress.try_sql),
-- never a crash.  The supported range is 1583-01-01 to 9999-12-31, school
-- years 1583-1584 to 9998-9999 (doc/vigo_cal.md).
SET search_path = vigo_cal, public;
SET datestyle = ISO;
SET timezone = 'UTC';

-- calls(queries): each query's value as regress.try_sql reports it, in
-- order; whitespace folded, and a long value cut after 60 characters.
CREATE FUNCTION pg_temp.calls(VARIADIC queries text[]) RETURNS TABLE (call text, result text)
LANGUAGE plpgsql AS $$
DECLARE
  q text;
  r text;
BEGIN
  FOREACH q IN ARRAY queries LOOP
    r := regexp_replace(regress.try_sql('SELECT ' || q), '\s+', ' ', 'g');
    IF r LIKE 'ok: %' AND length(r) > 64 THEN
      r := left(r, 64) || '...';
    END IF;
    call := q;
    result := r;
    RETURN NEXT;
  END LOOP;
END $$;

-- ---------------------------------------------------------------------
-- NULL in each argument, for every function of the extension
-- ---------------------------------------------------------------------
-- One line per function: whether it is STRICT, then what it gives with
-- NULL in argument 1, 2, ... (the others a plain value), and with NULL in
-- all of them.  A set-returning function gives its number of rows.
-- Functions taking type internal (binary input, sort support) cannot be
-- called from SQL; the trigger functions are called by their triggers only;
-- the aggregates are called over one NULL.
CREATE FUNCTION pg_temp.sample(t regtype) RETURNS text LANGUAGE sql AS $$
  SELECT CASE t
    WHEN 'date'::regtype THEN '''2023-10-02''::date'
    WHEN 'integer'::regtype THEN '7'
    WHEN 'bigint'::regtype THEN '0::bigint'
    WHEN 'text'::regtype THEN '''46''::text'
    WHEN 'cstring'::regtype THEN '''2023-2024''::cstring'
    WHEN 'boolean'::regtype THEN 'true'
    WHEN 'double precision'::regtype THEN '1::float8'
    WHEN 'jsonb'::regtype THEN '''{}''::jsonb'
    WHEN 'oid'::regtype THEN '10::oid'
    WHEN 'name'::regtype THEN '''nobody''::name'
    WHEN 'regclass'::regtype THEN '''vigo_cal.event''::regclass'
    WHEN 'vigo_cal.schoolyear'::regtype THEN '''2023-2024''::vigo_cal.schoolyear'
    WHEN 'vigo_cal.isoweek'::regtype THEN '''2023-W40''::vigo_cal.isoweek'
    WHEN 'vigo_cal.rule'::regtype THEN '''15.07''::vigo_cal.rule'
  END $$;

CREATE FUNCTION pg_temp.null_calls() RETURNS TABLE (function text, strictness text, results text)
LANGUAGE plpgsql AS $$
DECLARE
  f record;
  k integer;
  args text[];
  q text;
  res text[];
BEGIN
  FOR f IN
    SELECT p.oid, p.proname, p.prokind, p.proretset, p.proisstrict, p.pronargs,
           p.proargtypes::regtype[] AS types,
           format('%s(%s)', p.proname, pg_get_function_identity_arguments(p.oid)) AS sig
      FROM pg_proc p
      JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
                      AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'vigo_cal')
     WHERE p.prorettype NOT IN ('trigger'::regtype, 'event_trigger'::regtype)
       AND NOT 'internal'::regtype = ANY (p.proargtypes::regtype[])
     ORDER BY p.proname, pg_get_function_identity_arguments(p.oid)
  LOOP
    res := '{}';
    FOR k IN 1 .. greatest(f.pronargs, 1) + CASE WHEN f.pronargs > 1 THEN 1 ELSE 0 END LOOP
      -- k = 1 .. n: NULL in argument k; k = n + 1: NULL in all
      SELECT array_agg(CASE WHEN i = k OR k > f.pronargs THEN format('NULL::%s', t)
                            ELSE pg_temp.sample(t) END ORDER BY i)
        INTO args FROM unnest(f.types) WITH ORDINALITY AS a(t, i);
      IF f.pronargs = 0 THEN
        q := format('SELECT %s() IS NOT NULL', f.oid::regproc);
      ELSIF f.prokind = 'a' THEN
        q := format('SELECT %s(x)::text FROM (VALUES (%s)) AS v(x)', f.oid::regproc, args[1]);
      ELSIF f.proretset THEN
        q := format('SELECT count(*) || '' rows'' FROM %s(%s)', f.oid::regproc, array_to_string(args, ', '));
      ELSE
        q := format('SELECT (%s(%s))::text', f.oid::regproc, array_to_string(args, ', '));
      END IF;
      res := res || regexp_replace(left(regress.try_sql(q), 30), '\s+', ' ', 'g');
    END LOOP;
    function := f.sig;
    strictness := CASE WHEN f.proisstrict THEN 'strict' ELSE '' END;
    results := array_to_string(res, ' / ');
    RETURN NEXT;
  END LOOP;
END $$;

SELECT * FROM pg_temp.null_calls();
-- publish_edition published a revision of 2023-2024 above, today's (its
-- call with NULL for the day): removed, so that the tests after this one
-- see the edition as shipped
DELETE FROM vigo_cal.edition_revision WHERE revision > 1;

-- The functions that are not STRICT take NULL on purpose: occurrence_range
-- (no anchor), date_label (no rule, no end), occurrences (a NULL school
-- year: no rows), calendar_between (no rows), ical and wheel_svg (no
-- county: all), wheel_sector, refresh_occurrence_store (the whole window),
-- occurrence_store_work_out (no years asked for: what is pending),
-- occurrence_store_ready (no state: an error), and the aggregates, which
-- skip NULLs.  render_template is STRICT: NULL for any NULL argument (no
-- dates is '{}').  In detail:
SELECT * FROM pg_temp.calls(
  $$occurrence_store_ready(NULL)$$,
  $$occurrence_range('x + 1 dag', '2023-2024', NULL)$$,
  $$occurrence_range('15.07', '2023-2024', NULL)$$,
  $$(SELECT count(*) FROM occurrences('2023-2024', '2023-2024', NULL))$$,
  $$(SELECT count(*) FROM occurrences('2023-2024', NULL))$$,
  -- use_overrides NULL applies no override, as false does (2023-2024 has one)
  $$(SELECT count(*) FROM occurrences('2023-2024', '2023-2024', true) WHERE overridden)$$,
  $$(SELECT count(*) FROM occurrences('2023-2024', '2023-2024', false) WHERE overridden)$$,
  $$(SELECT count(*) FROM occurrences('2023-2024', '2023-2024', NULL) WHERE overridden)$$,
  $$(SELECT count(*) FROM calendar_between(NULL, '2023-08-31'))$$,
  $$(SELECT count(*) FROM calendar_between('2023-08-01', NULL))$$,
  $$date_label('uke 40', NULL, NULL)$$,
  $$date_label(NULL, '2023-10-02', NULL)$$,
  $$render_template(NULL, '2023-2024', '{}')$$,
  $$render_template('{sy}', NULL, '{}')$$,
  $$render_template('{date:x}', '2023-2024', NULL)$$,
  $$render_template('{date:x}', '2023-2024', '{}')$$,
  $$render_template('{date:x}', '2023-2024', '{"x": null}')$$);

-- ---------------------------------------------------------------------
-- School years: 1583-1584 to 9998-9999
-- ---------------------------------------------------------------------
SELECT * FROM pg_temp.calls(
  $$schoolyear(1583)$$, $$schoolyear(9998)$$, $$schoolyear(1582)$$, $$schoolyear(9999)$$,
  $$schoolyear(1)$$, $$schoolyear(0)$$, $$schoolyear(2147483647)$$, $$schoolyear(-2147483648)$$,
  $$schoolyear(date '1583-08-01')$$, $$schoolyear(date '1583-07-31')$$, $$schoolyear(date '1583-01-01')$$,
  $$schoolyear(date '9999-07-31')$$, $$schoolyear(date '9999-08-01')$$, $$schoolyear(date '9999-12-31')$$,
  $$schoolyear(date '0001-01-01')$$, $$schoolyear(date '5874897-12-31')$$,
  $$schoolyear(date 'infinity')$$, $$schoolyear(date '-infinity')$$,
  $$start_year('1583-1584')$$, $$start_year('9998-9999')$$,
  $$first_day('1583-1584')$$, $$last_day('1583-1584')$$, $$first_day('9998-9999')$$, $$last_day('9998-9999')$$,
  $$daterange('1583-1584'::schoolyear)$$, $$daterange('9998-9999'::schoolyear)$$,
  $$contains('9998-9999'::schoolyear, '9999-07-31')$$, $$contains('9998-9999'::schoolyear, 'infinity')$$,
  $$contains('1583-1584'::schoolyear, '-infinity')$$, $$contains('2023-2024'::schoolyear, '0001-01-01')$$,
  $$contains('2023-2024'::schoolyear, '5874897-12-31')$$, $$contained_by('infinity', '2023-2024'::schoolyear)$$,
  $$'9998-9999'::schoolyear @> date '9999-12-31'$$, $$date '-infinity' <@ '1583-1584'::schoolyear$$,
  $$'1583-1584'::schoolyear + 8415$$, $$'1583-1584'::schoolyear + 8416$$, $$'9998-9999'::schoolyear + 1$$,
  $$'1583-1584'::schoolyear - 1$$, $$'9998-9999'::schoolyear - 8415$$,
  $$'2023-2024'::schoolyear + 2147483647$$, $$'2023-2024'::schoolyear + (-2147483648)$$,
  $$'2023-2024'::schoolyear - 2147483647$$, $$'2023-2024'::schoolyear - (-2147483648)$$,
  $$'9998-9999'::schoolyear - '1583-1584'::schoolyear$$, $$'1583-1584'::schoolyear - '9998-9999'::schoolyear$$,
  $$'1583-1584'::schoolyear < '9998-9999'::schoolyear$$,
  $$schoolyear_cmp('9998-9999', '1583-1584')$$, $$schoolyear_hash('9998-9999')$$,
  $$schoolyear_hash_extended('9998-9999', -9223372036854775808)$$,
  $$schoolyear_smaller('1583-1584', '9998-9999')$$, $$schoolyear_larger('1583-1584', '9998-9999')$$,
  $$schoolyear_send('9998-9999')$$, $$schoolyear_out('1583-1584')$$, $$schoolyear_in('9998-99')$$,
  $$'9998-9999'::schoolyear::integer$$, $$2147483647::schoolyear$$,
  $$(SELECT min(y)::text || ' ' || max(y)::text FROM (VALUES ('9998-9999'::schoolyear), ('1583-1584'), (NULL)) AS v(y))$$);

-- ---------------------------------------------------------------------
-- ISO weeks: 1583-W01 (Monday 3 January 1583) to 9999-W51; 9999-W52 ends
-- on 2 January 10000
-- ---------------------------------------------------------------------
SELECT * FROM pg_temp.calls(
  $$isoweek(1583, 1)$$, $$isoweek(9999, 51)$$, $$isoweek(9999, 52)$$, $$isoweek(1582, 52)$$,
  $$isoweek(1, 1)$$, $$isoweek(9999, 53)$$, $$isoweek(2020, 53)$$, $$isoweek(2023, 0)$$,
  $$isoweek(2147483647, 1)$$, $$isoweek(-2147483648, 1)$$,
  $$isoweek(2023, 2147483647)$$, $$isoweek(2023, -2147483648)$$,
  $$isoweek(date '1583-01-03')$$, $$isoweek(date '1583-01-02')$$, $$isoweek(date '1583-01-01')$$,
  $$isoweek(date '9999-12-26')$$, $$isoweek(date '9999-12-27')$$, $$isoweek(date '9999-12-31')$$,
  $$isoweek(date '0001-01-01')$$, $$isoweek(date '5874897-12-31')$$,
  $$isoweek(date 'infinity')$$, $$isoweek(date '-infinity')$$,
  $$monday('1583-W01')$$, $$monday('9999-W51')$$, $$isoweek_year('9999-W51')$$, $$isoweek_week('9999-W51')$$,
  $$daterange('1583-W01'::isoweek)$$, $$daterange('9999-W51'::isoweek)$$,
  $$contains('9999-W51'::isoweek, '9999-12-26')$$, $$contains('2023-W40'::isoweek, 'infinity')$$,
  $$contained_by('-infinity', '2023-W40'::isoweek)$$, $$contained_by('5874897-12-31', '2023-W40'::isoweek)$$,
  $$'9999-W51'::isoweek + 1$$, $$'1583-W01'::isoweek - 1$$, $$'1583-W01'::isoweek + 439029$$,
  $$'2023-W40'::isoweek + 2147483647$$, $$'2023-W40'::isoweek + (-2147483648)$$,
  $$'2023-W40'::isoweek - 2147483647$$, $$'2023-W40'::isoweek - (-2147483648)$$,
  $$'9999-W51'::isoweek - '1583-W01'::isoweek$$, $$'1583-W01'::isoweek - '9999-W51'::isoweek$$,
  $$isoweek_cmp('9999-W51', '1583-W01')$$, $$isoweek_hash_extended('9999-W51', 9223372036854775807)$$,
  $$isoweek_send('9999-W51')$$, $$isoweek_out('1583-W01')$$, $$isoweek_in('uke 51 9999')$$,
  $$(SELECT min(w)::text || ' ' || max(w)::text FROM (VALUES ('9999-W51'::isoweek), ('1583-W01'), (NULL)) AS v(w))$$);

-- ---------------------------------------------------------------------
-- Easter, public holidays, working days
-- ---------------------------------------------------------------------
SELECT * FROM pg_temp.calls(
  $$easter_sunday(1583)$$, $$easter_sunday(9999)$$, $$easter_sunday(1582)$$, $$easter_sunday(10000)$$,
  $$easter_sunday(1)$$, $$easter_sunday(0)$$, $$easter_sunday(2147483647)$$, $$easter_sunday(-2147483648)$$,
  $$(SELECT string_agg(to_char(day, 'MM-DD'), ' ' ORDER BY day) FROM public_holidays(1583))$$,
  $$(SELECT string_agg(to_char(day, 'MM-DD'), ' ' ORDER BY day) FROM public_holidays(9999))$$,
  $$(SELECT count(*) FROM public_holidays(1))$$, $$(SELECT count(*) FROM public_holidays(2147483647))$$,
  $$(SELECT count(*) FROM public_holidays(-2147483648))$$,
  $$(SELECT count(*) FROM public_holidays('1583-01-01', '9999-12-31'))$$,
  $$(SELECT count(*) FROM public_holidays('9999-12-31', '1583-01-01'))$$,
  $$(SELECT count(*) FROM public_holidays('9999-12-26', '9999-12-31'))$$,
  $$(SELECT count(*) FROM public_holidays('1582-12-31', '1583-01-01'))$$,
  $$(SELECT count(*) FROM public_holidays('-infinity', 'infinity'))$$,
  $$(SELECT count(*) FROM public_holidays('2023-01-01', '5874897-12-31'))$$,
  $$is_public_holiday('1583-01-01')$$, $$is_public_holiday('9999-12-26')$$, $$is_public_holiday('0001-01-01')$$,
  $$is_public_holiday('infinity')$$, $$is_business_day('9999-12-31')$$, $$is_business_day('1583-01-03')$$,
  $$is_business_day('5874897-12-31')$$, $$is_business_day('-infinity')$$,
  $$next_business_day('9999-12-31')$$, $$next_business_day('1583-01-01')$$, $$next_business_day('infinity')$$,
  $$previous_business_day('1583-01-03')$$, $$previous_business_day('1583-01-02')$$,
  $$previous_business_day('9999-12-31')$$, $$previous_business_day('-infinity')$$,
  $$add_business_days('9999-12-31', 0)$$, $$add_business_days('9999-12-31', 1)$$,
  $$add_business_days('9999-12-30', 1)$$, $$add_business_days('1583-01-03', -1)$$,
  $$add_business_days('1583-01-01', 0)$$, $$add_business_days('1583-01-01', 0, 'backward')$$,
  $$add_business_days('1583-01-01', 0, 'nat')$$, $$add_business_days('1583-01-01', 0, 'raise')$$,
  $$add_business_days('2023-10-02', 2124839)$$, $$add_business_days('2023-10-02', 2147483647)$$,
  $$add_business_days('2023-10-02', -2147483648)$$, $$add_business_days('9999-12-31', -2124838)$$,
  $$add_business_days('9999-12-31', -2124839)$$,
  $$add_business_days('infinity', 0)$$, $$add_business_days('-infinity', 0)$$,
  $$add_business_days('0001-01-01', 1)$$, $$add_business_days('5874897-12-31', -1)$$,
  $$add_business_days('2023-10-02', 1, '')$$,
  $$business_days_between('1583-01-01', '9999-12-31')$$, $$business_days_between('9999-12-31', '1583-01-01')$$,
  $$business_days_between('9999-12-31', '9999-12-31')$$, $$business_days_between('1583-01-01', 'infinity')$$,
  $$business_days_between('-infinity', '2023-01-01')$$, $$business_days_between('0001-01-01', '2023-01-01')$$);

-- ---------------------------------------------------------------------
-- Rules at both ends of the range, with extreme anchors and offsets
-- ---------------------------------------------------------------------
SELECT * FROM pg_temp.calls(
  $$resolve('01.08', '1583-1584')$$, $$resolve('31.07', '9998-9999')$$,
  $$resolve('uke 31', '1583-1584')$$, $$resolve('uke 30', '9998-9999')$$, $$resolve('uke 52', '9998-9999')$$,
  $$resolve('uke 53', '9998-9999')$$, $$resolve('29.02', '9998-9999')$$, $$resolve('29.02', '1583-1584')$$,
  $$resolve('1. tirsdag i august', '1583-1584')$$, $$resolve('siste fredag i juli', '9998-9999')$$,
  $$resolve('i løpet av juli', '9998-9999')$$, $$resolve('15.12 til 15.01', '9998-9999')$$,
  $$resolve('01.08 - 1 dag', '1583-1584')$$, $$resolve('31.07 + 153 dager', '9998-9999')$$,
  $$resolve('31.07 + 154 dager', '9998-9999')$$, $$resolve('31.07 + 100000 virkedager', '9998-9999')$$,
  $$resolve('01.08 - 100000 uker', '1583-1584')$$,
  $$resolve('x + 1 dag', '2023-2024', '9999-12-30')$$, $$resolve('x + 1 dag', '2023-2024', '9999-12-31')$$,
  $$resolve('x - 1 virkedag', '2023-2024', '1583-01-03')$$, $$resolve('x + 0 dager', '2023-2024', '1583-01-01')$$,
  $$resolve('x + 1 dag', '2023-2024', 'infinity')$$, $$resolve('x + 1 dag', '2023-2024', '-infinity')$$,
  $$resolve('x + 1 dag', '2023-2024', '0001-01-01')$$, $$resolve('x + 1 dag', '2023-2024', '5874897-12-31')$$,
  $$resolve('15.07', '2023-2024', 'infinity')$$, $$resolve('x + 1 dag', '2023-2024')$$,
  $$resolve_range('uke 51', '9998-9999')$$, $$resolve_range('19.06 til 21.06', '9998-9999')$$,
  $$resolve_range('x + 1 uke', '9998-9999', '9999-12-24')$$, $$resolve_range('x + 1 uke', '9998-9999', '9999-12-25')$$,
  $$occurrence_range('29.02', '9998-9999', NULL)$$, $$occurrence_range('x + 1 dag', '9998-9999', '9999-12-31')$$,
  $$occurrence_range('x + 1 dag', '2023-2024', 'infinity')$$, $$occurrence_range('15.07', '2023-2024', '-infinity')$$,
  $$'x + 100000 dager'::rule$$, $$'x + 100001 dager'::rule$$,
  $$'x + 2147483647 virkedager'::rule$$, $$'x - 2147483648 dager'::rule$$, $$'x + 99999999999999999999 dager'::rule$$,
  $$rule_kind('x + 100000 dager')$$, $$rule_offsets('x + 1 dag + 2 virkedager - 3 uker')$$,
  $$rule_reference('x + 1 dag')$$, $$rule_reference('15.07')$$,
  $$rule_cmp('01.01', 'x + 100000 dager')$$, $$length(rule_send('x + 100000 dager'))$$, $$rule_out('uke 53')$$);

-- ---------------------------------------------------------------------
-- The schedule: words for dates, templates, occurrences, the calendar
-- ---------------------------------------------------------------------
SELECT * FROM pg_temp.calls(
  $$month_name(1)$$, $$month_name(12)$$, $$month_name(0)$$, $$month_name(13)$$,
  $$month_name(2147483647)$$, $$month_name(-2147483648)$$,
  $$weekday_name('1583-01-03')$$, $$weekday_name('9999-12-31')$$, $$weekday_name('0001-01-01')$$,
  $$weekday_name('5874897-12-31')$$, $$weekday_name('infinity')$$, $$weekday_name('-infinity')$$,
  $$norwegian_date('1583-01-01', true)$$, $$norwegian_date('9999-12-31', true)$$,
  $$norwegian_date('0001-01-01', true)$$, $$norwegian_date('5874897-12-31')$$,
  $$norwegian_date('infinity')$$, $$norwegian_date('infinity', true)$$, $$norwegian_date('-infinity', true)$$,
  $$date_label('uke 51', '9999-12-20', '9999-12-24')$$, $$date_label('31.07', '9999-07-31', '9999-07-31')$$,
  $$date_label('15.07', 'infinity', NULL)$$, $$date_label('15.07', '-infinity', 'infinity')$$,
  $$date_label('15.07', '2023-10-02', '5874897-12-31')$$,
  $$render_template('{sy} {sy-1} {sy+1}', '1583-1584', '{}')$$,
  $$render_template('{sy} {sy-1} {sy+1}', '9998-9999', '{}')$$,
  $$render_template('{sy+999}', '2023-2024', '{}')$$, $$render_template('{y+999} {y-999}', '2023-2024', '{}')$$,
  $$render_template('{date:x}', '2023-2024', '{"x": "9999-12-31"}')$$,
  $$render_template('{date:x + 1 dag}', '2023-2024', '{"x": "9999-12-31"}')$$,
  $$render_template('{date:x}', '2023-2024', '{"x": "infinity"}')$$,
  $$render_template('{datey:x}', '2023-2024', '{"x": "0001-01-01"}')$$,
  $$render_template('{date:x}', '2023-2024', '{"x": "5874897-12-31"}')$$,
  $$render_template('{date:x}', '2023-2024', '{"x": 2147483647}')$$,
  $$(SELECT count(*) FROM occurrences('1583-1584', '1583-1584'))$$,
  $$(SELECT count(*) FROM occurrences('9998-9999', '9998-9999'))$$,
  $$(SELECT count(*) FROM occurrences('9998-9999', '1583-1584'))$$,
  $$(SELECT min(due_date)::text || ' ' || max(due_end)::text FROM occurrences('9998-9999', '9998-9999'))$$,
  $$(SELECT count(*) FROM calendar_between('1584-08-01', '1584-08-31'))$$,
  $$(SELECT count(*) FROM calendar_between('1584-07-01', '1584-07-31'))$$,
  $$(SELECT count(*) FROM calendar_between('1583-01-01', '1583-12-31'))$$,
  $$(SELECT count(*) FROM calendar_between('9998-07-30', '9998-07-30'))$$,
  $$(SELECT count(*) FROM calendar_between('9998-07-31', '9998-07-31'))$$,
  $$(SELECT count(*) FROM calendar_between('9999-07-01', '9999-12-31'))$$,
  $$(SELECT count(*) FROM calendar_between('9999-12-31', '1583-01-01'))$$,
  $$(SELECT count(*) FROM calendar_between('infinity', 'infinity'))$$,
  $$(SELECT count(*) FROM calendar_between('-infinity', '1585-08-31'))$$,
  $$(SELECT count(*) FROM calendar_between('0001-01-01', '0001-12-31'))$$,
  $$(SELECT count(*) FROM calendar_between('5874897-12-31', '5874897-12-31'))$$,
  $$(SELECT count(*) FROM arshjul('1585-1586'))$$, $$(SELECT count(*) FROM arshjul('9996-9997'))$$,
  $$(SELECT count(*) FROM arshjul('1583-1584'))$$, $$(SELECT count(*) FROM arshjul('1584-1585'))$$,
  $$(SELECT count(*) FROM arshjul('9997-9998'))$$, $$(SELECT count(*) FROM arshjul('9998-9999'))$$,
  $$(SELECT count(*) FROM verify_edition('1583-1584'))$$, $$(SELECT count(*) FROM verify_edition('9998-9999'))$$,
  $$(SELECT count(*) FROM order_violations('1583-1584'))$$, $$(SELECT count(*) FROM order_violations('9998-9999'))$$,
  $$(SELECT count(*) FROM upcoming(-1))$$,
  $$(SELECT count(*) FROM upcoming(2147483647))$$, $$(SELECT count(*) FROM upcoming(-2147483648))$$);

-- ---------------------------------------------------------------------
-- Counties, school holidays, deliveries
-- ---------------------------------------------------------------------
SELECT * FROM pg_temp.calls(
  $$county_numbers('')$$, $$county_numbers(' 3 ')$$, $$county_numbers('6')$$, $$county_numbers(repeat('9', 70))$$,
  $$(SELECT count(*) FROM school_holidays('46', '1583-1584'))$$,
  $$(SELECT count(*) FROM school_holidays('46', '9998-9999'))$$,
  $$(SELECT count(*) FROM school_holidays('', '2023-2024'))$$,
  $$is_school_day('1583-08-01', '46')$$, $$is_school_day('9999-07-30', '46')$$,
  $$is_school_day('1583-01-03', '46')$$, $$is_school_day('9999-12-31', '46')$$,
  $$is_school_day('infinity', '46')$$, $$is_school_day('0001-01-01', '46')$$,
  $$is_school_day('2023-10-04', 'Narnia')$$,
  $$(SELECT count(*) FROM delivery_status_as_of('1585-08-01'))$$,
  $$(SELECT count(*) FROM delivery_status_as_of('1584-08-01'))$$,
  $$(SELECT count(*) FROM delivery_status_as_of('9997-08-01'))$$,
  $$(SELECT count(*) FROM delivery_status_as_of('9998-08-01'))$$,
  $$(SELECT count(*) FROM delivery_status_as_of('9999-12-31'))$$,
  $$(SELECT count(*) FROM delivery_status_as_of('infinity'))$$,
  $$(SELECT count(*) FROM delivery_status_as_of('-infinity'))$$,
  $$(SELECT count(*) FROM delivery_status_as_of('0001-01-01'))$$);

-- ---------------------------------------------------------------------
-- The iCalendar export and the wheel
-- ---------------------------------------------------------------------
SELECT * FROM pg_temp.calls(
  $$ical_escape('')$$, $$length(ical_escape(repeat(E';,\\\n', 10000)))$$,
  $$ical_fold('')$$, $$length(ical_fold(repeat('ø', 10000)))$$,
  $$holiday_label('')$$, $$holiday_label('hostferie')$$,
  $$xml_escape('')$$, $$xml_escape('<&>"''')$$,
  $$wheel_xy(0, 0)$$, $$wheel_xy('Infinity', 0)$$, $$wheel_xy(1, 'NaN')$$, $$wheel_xy(-1e308, 1e308)$$,
  $$wheel_sector(0, 0, 0, 0)$$, $$wheel_sector(1, 2, 'Infinity', '-Infinity')$$,
  $$wheel_text('', '', 0, 0)$$, $$wheel_text('c', '<x>', 'NaN', 'NaN')$$,
  $$left(ical('1585-1586'), 15)$$, $$left(ical('9996-9997'), 15)$$,
  $$left(ical('1583-1584'), 15)$$, $$left(ical('9998-9999'), 15)$$, $$left(ical('2023-2024', ''), 15)$$,
  $$left(wheel_svg('1585-1586'), 4)$$, $$left(wheel_svg('9996-9997'), 4)$$,
  $$left(wheel_svg('1583-1584'), 4)$$, $$left(wheel_svg('9998-9999'), 4)$$);

-- ---------------------------------------------------------------------
-- The full report (message, detail, hint) of a few of the errors above
-- ---------------------------------------------------------------------
SELECT schoolyear(date '9999-12-31');
SELECT isoweek(date '9999-12-31');
SELECT '2023-W40'::isoweek + 2147483647;
SELECT add_business_days('2023-10-02', 2147483647);
SELECT previous_business_day('1583-01-01');
SELECT easter_sunday(-2147483648);
SELECT resolve('x + 1 dag', '2023-2024', '9999-12-31');
SELECT norwegian_date('-infinity', true);
