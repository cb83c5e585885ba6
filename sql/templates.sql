-- render_template: title and comment templates filled in for a school
-- year.  It is IMMUTABLE, so its answer depends on its arguments alone:
-- the dates object holds ISO dates (YYYY-MM-DD) only, read the same under
-- every DateStyle, and nothing reads the clock.
SET search_path = vigo_cal, public;
SET datestyle = ISO;

-- Every placeholder, for two school years.
SELECT sy, render_template('{sy} {sy-1} {sy+1} {y} {y+1} {y-1} | {date:x} | {datey:x} | {day:x} | '
                           || '{date:x + 2 virkedager} | {{x}', sy,
                           '{"x": "2024-07-05"}') AS rendered
  FROM (VALUES ('2023-2024'::schoolyear), ('2026-2027')) AS v(sy);

-- The same text under every DateStyle.
CREATE TEMP TABLE rendered (style text, text text);
SET datestyle = 'ISO, DMY';
INSERT INTO rendered SELECT current_setting('datestyle'),
  render_template('{datey:a}, {datey:b}', '2023-2024', '{"a": "2024-01-02", "b": "2023-12-31"}');
SET datestyle = 'SQL, MDY';
INSERT INTO rendered SELECT current_setting('datestyle'),
  render_template('{datey:a}, {datey:b}', '2023-2024', '{"a": "2024-01-02", "b": "2023-12-31"}');
SET datestyle = 'German, DMY';
INSERT INTO rendered SELECT current_setting('datestyle'),
  render_template('{datey:a}, {datey:b}', '2023-2024', '{"a": "2024-01-02", "b": "2023-12-31"}');
SET datestyle = 'Postgres, YMD';
INSERT INTO rendered SELECT current_setting('datestyle'),
  render_template('{datey:a}, {datey:b}', '2023-2024', '{"a": "2024-01-02", "b": "2023-12-31"}');
SELECT style, text FROM rendered ORDER BY style;

-- A date written another way is refused under every DateStyle, where
-- date_in would read 01/02/2024 as 2 January (MDY) or 1 February (DMY).
SET datestyle = 'SQL, MDY';
SELECT render_template('{date:x}', '2023-2024', '{"x": "01/02/2024"}');
SET datestyle = 'ISO, DMY';
SELECT render_template('{date:x}', '2023-2024', '{"x": "01/02/2024"}');
SET datestyle = ISO;

-- Each bad date next to what it gets: 22007 for another form (today and
-- the other special words among them), 22008 for a day the month does
-- not have or a date outside 1583-9999.
SELECT format('%-22s', d) AS date,
       regress.try_sql(format('SELECT render_template(%L, %L, %L)', '{date:x}', '2023-2024',
                              jsonb_build_object('x', d))) AS result
  FROM (VALUES ('2024-07-15'), ('01/02/2024'), ('02.01.2024'), ('2024-7-5'), ('20240705'),
               ('2024-07-05 '), ('2024-07-05T00:00:00'), ('July 5, 2024'), ('today'),
               ('tomorrow'), ('now'), ('epoch'), ('infinity'), ('-infinity'), (''),
               ('2023-02-29'), ('2024-02-29'), ('2024-13-01'), ('2024-04-31'), ('1582-12-31'),
               ('0001-01-01'), ('5874897-12-31')) AS v(d);
-- The full report of one.
SELECT render_template('{date:x}', '2023-2024', '{"x": "today"}');

-- A key that is not in the dates, a key without a date, a date that is
-- not text.
SELECT regress.try_sql($$SELECT render_template('Se {date:y}', '2023-2024', '{"x": "2024-07-05"}')$$) AS unknown_key;
SELECT render_template('Se {date:x}', '2023-2024', '{"x": null}') AS no_date,
       render_template('Se {date:x}', '2023-2024', '{"x": 20240705}') AS a_number;
SELECT render_template('Se {date:y}', '2023-2024', '{"x": "2024-07-05"}');

-- STRICT: NULL for a NULL argument, whatever the template holds.
SELECT render_template(NULL, '2023-2024', '{}') IS NULL AS null_template,
       render_template('{sy}', NULL, '{}') IS NULL AS null_year,
       render_template('{sy}', '2023-2024', NULL) IS NULL AS null_dates,
       render_template('{sy}', '2023-2024', '{}') AS empty_dates;
SELECT provolatile, proisstrict, proparallel FROM pg_proc
 WHERE oid = 'render_template(text, schoolyear, jsonb)'::regprocedure;
