-- The årshjul as an SVG picture: wheel_svg.  Only what does not depend on
-- the day the test runs: 2023-2024 is never the current school year here,
-- so it has no "today" hand.
SET search_path = vigo_cal, public;
SET datestyle = ISO;

-- How often needle occurs in hay.
CREATE FUNCTION pg_temp.n(hay text, needle text) RETURNS integer
LANGUAGE sql IMMUTABLE AS $$ SELECT (length(hay) - length(replace(hay, needle, ''))) / length(needle) $$;

CREATE TEMP TABLE w AS
SELECT wheel_svg('2023-2024') AS plain, wheel_svg('2023-2024', 'Nordland') AS nordland;

-- One SVG document on one line (no newline at all), well-formed, 1000 px wide.
SELECT left(plain, 4) AS starts,
       plain LIKE '<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="%' AS svg_root,
       right(plain, 6) = '</svg>' AS ends,
       pg_temp.n(plain, E'\n') AS newlines,
       xml_is_well_formed_document(plain) AS well_formed,
       xml_is_well_formed_document(nordland) AS well_formed_county
  FROM w;

-- The title, with the county's name when one is given.
SELECT (regexp_match(plain, '<title>([^<]*)</title>'))[1] AS title,
       (regexp_match(nordland, '<title>([^<]*)</title>'))[1] AS title_county,
       (regexp_match(wheel_svg('2023-2024', '18'), '<title>([^<]*)</title>'))[1] AS by_number
  FROM w;

-- Twelve month sectors, named in order from August; 52 ISO weeks numbered,
-- from week 31 (Thursday 3 August 2023) to week 30 (Thursday 25 July 2024).
SELECT pg_temp.n(plain, 'class="month ') AS month_sectors,
       pg_temp.n(plain, 'class="month-name"') AS month_names,
       array_to_string(ARRAY(SELECT m[1] FROM regexp_matches(plain, 'class="month-name"[^>]*>([^<]*)<', 'g') AS m), ' ')
         AS months,
       pg_temp.n(plain, 'class="week-number"') AS week_numbers,
       (SELECT string_agg(m[1], ' ') FROM regexp_matches(plain, 'class="week-number"[^>]*>([^<]*)<', 'g') AS m)
         AS weeks
  FROM w;

-- Every occurrence with a day in the school year is one mark (a dot or an
-- arc for a span), in its category's colour, with date and title as its
-- tooltip.
CREATE TEMP TABLE marks AS
SELECT m[1] AS shape, m[2] AS category, m[3]::date AS due, m[4] AS color
  FROM w, regexp_matches(plain, '<(circle|path) class="event[^"]*" data-category="([^"]*)" data-date="([^"]*)"'
                                || '[^>]*style="(?:fill|stroke):(#[0-9a-f]{6})', 'g') AS m;
WITH c AS (SELECT * FROM calendar_between('2023-08-01', '2024-07-31'))
SELECT (SELECT count(*) FROM marks) = (SELECT count(*) FROM c) AS one_mark_each,
       pg_temp.n(plain, 'class="event') = (SELECT count(*) FROM marks) AS all_marks_parsed,
       pg_temp.n(nordland, 'class="event') = (SELECT count(*) FROM c) AS one_mark_each_county,
       NOT EXISTS (SELECT category, due, count(*) FROM marks GROUP BY 1, 2
                   EXCEPT ALL
                   SELECT category, due_date, count(*) FROM c GROUP BY 1, 2) AS same_days,
       (SELECT count(*) FROM marks WHERE shape = 'path') = (SELECT count(*) FROM c WHERE due_end > due_date)
         AS arcs_for_spans,
       NOT EXISTS (SELECT 1 FROM marks JOIN category k ON k.category_key = marks.category
                    WHERE marks.color <> k.color) AS category_colours,
       pg_temp.n(plain, '<title>') = (SELECT count(*) FROM c) + 1 AS tooltips
  FROM w;

-- Each dot sits at its date: August at the top, clockwise, a day is
-- 360/366 degrees in 2023-2024 (the angle of the middle of the day).
SELECT count(*) > 0 AS dots,
       max(abs(degrees(atan2(m[2]::float8, -m[3]::float8)) + CASE WHEN m[2]::float8 < 0 THEN 360 ELSE 0 END
               - 360.0 * (m[1]::date - date '2023-08-01' + 0.5) / 366)) < 0.1 AS at_their_dates
  FROM w, regexp_matches(plain, '<circle class="event[^"]*" data-category="[^"]*" data-date="([^"]*)" cx="([^"]*)" cy="([^"]*)"',
                         'g') AS m;

-- No dot sits exactly on another: same-day marks of a ring stand side by side.
SELECT count(*) - count(DISTINCT m[1] || ',' || m[2]) AS hidden
  FROM w, regexp_matches(plain, '<circle class="event[^"]*" [^>]*cx="([^"]*)" cy="([^"]*)"', 'g') AS m;

-- One ring per category with occurrences that year; the legend lists every
-- category, label and colour.
SELECT pg_temp.n(plain, 'class="ring"')
         = (SELECT count(DISTINCT category) FROM calendar_between('2023-08-01', '2024-07-31')) AS one_ring_each,
       pg_temp.n(plain, 'class="legend-item"') = (SELECT count(*) FROM category) AS legend_items,
       (SELECT bool_and(strpos(plain, '>' || xml_escape(k.label) || ' <tspan') > 0
                        AND strpos(plain, 'fill="' || k.color || '"') > 0)
          FROM category k) AS labels_and_colours
  FROM w;

-- The county's school holidays are shaded, one sector each, and listed;
-- without a county nothing is shaded.
SELECT pg_temp.n(plain, 'class="holiday"') AS shaded_plain,
       pg_temp.n(nordland, 'class="holiday"') AS shaded_nordland,
       (SELECT count(DISTINCT days) FROM school_holidays('Nordland', '2023-2024')) AS nordland_holidays,
       pg_temp.n(nordland, 'class="legend-item"') - pg_temp.n(plain, 'class="legend-item"') AS listed
  FROM w;
SELECT pg_temp.n(wheel_svg('2023-2024', 'Vestland'), 'class="holiday"')
         = (SELECT count(DISTINCT days) FROM school_holidays('Vestland', '2023-2024')) AS vestland_regions;

-- A "today" hand only in the school year that contains today.
SELECT strpos(plain, 'class="today"') AS today_2023_2024,
       strpos(wheel_svg(current_schoolyear()), 'class="today"') > 0 AS today_current,
       strpos(wheel_svg(current_schoolyear() + 1), 'class="today"') AS today_next
  FROM w;

-- Users' text is escaped: a category and an event of their own.
BEGIN;
INSERT INTO category (category_key, label, color, sort_order)
VALUES ('regress_amp', 'R&D <test> "sitat" ''apostrof''', '#123456', 5);
INSERT INTO event (event_key, title, category, rule)
VALUES ('regress_wheel', E'Frist <b>&</b> "x" \u0001', 'regress_amp', '15.09');
SELECT xml_is_well_formed_document(s) AS well_formed,
       strpos(s, 'R&amp;D &lt;test&gt; &quot;sitat&quot; &apos;apostrof&apos;') > 0 AS label_escaped,
       strpos(s, '15.sep: Frist &lt;b&gt;&amp;&lt;/b&gt; &quot;x&quot; </title>') > 0 AS title_escaped,
       strpos(s, '<test>') + strpos(s, '<b>') AS raw,
       (xpath('count(//svg:*[@data-category="regress_amp"])', s::xml,
              ARRAY[ARRAY['svg', 'http://www.w3.org/2000/svg']]))[1]::text AS own_marks,
       (xpath('//svg:g[@class="legend-item"][1]/svg:text/text()', s::xml,
              ARRAY[ARRAY['svg', 'http://www.w3.org/2000/svg']]))[1]::text AS first_in_legend
  FROM (SELECT wheel_svg('2023-2024') AS s) AS x;
ROLLBACK;

-- Escaping on its own.
SELECT xml_escape('a & b < c > d "e" ''f''') AS escaped,
       xml_escape(E'tab\tnew\nline') = E'tab\tnew\nline' AS whitespace_kept,
       xml_escape(E'a\u0001b\u0007c\u001fd') AS control_removed,
       xml_escape(NULL) IS NULL AS null_in_null_out;

-- NULL school year: NULL; an unknown county: an error.
SELECT wheel_svg(NULL) IS NULL AS null_year;
SELECT regress.try_sql($$SELECT left(vigo_cal.wheel_svg('2023-2024', 'Atlantis'), 4)$$);

-- Stable, parallel safe, search_path pinned, no JIT.
SELECT p.oid::regprocedure, p.provolatile, p.proparallel, p.proisstrict, p.proconfig
  FROM pg_proc p
 WHERE p.oid IN ('wheel_svg(schoolyear,text)'::regprocedure, 'xml_escape(text)'::regprocedure)
 ORDER BY 1::text;
