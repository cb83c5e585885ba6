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

-- ---------------------------------------------------------------------
-- The layout: wheel_layout, the positioned items wheel_svg draws
-- ---------------------------------------------------------------------
-- 2023-2024 for Nordland as on Monday 2 October 2023 (a "today" inside the
-- school year) and as on a day outside it.
CREATE TEMP TABLE l AS SELECT * FROM wheel_layout('2023-2024', 'Nordland', '2023-10-02');
CREATE TEMP TABLE l_past AS SELECT * FROM wheel_layout('2023-2024', 'Nordland', '2025-01-01');

-- Items numbered 1, 2, ... in drawing order, the page first, then the
-- wheel, then the legend; only the segments of a line share a number.
SELECT count(DISTINCT item) = max(item) AND min(item) = 1 AS numbered_from_1,
       bool_and(layer = 'page') FILTER (WHERE item <= 3) AS page_first,
       (SELECT bool_and(w.item < g.item) FROM l w, l g WHERE w.layer = 'wheel' AND g.layer = 'legend') AS wheel_then_legend,
       (SELECT array_agg(kind ORDER BY item) FROM l WHERE item <= 5) AS first_kinds,
       (SELECT count(*) FROM (SELECT item FROM l GROUP BY item HAVING count(*) > 1) AS s) AS shared,
       bool_and(shape = 'line') FILTER (WHERE item IN (SELECT item FROM l GROUP BY item HAVING count(*) > 1))
         AS shared_are_lines
  FROM l;

-- What is drawn, per kind: 12 month sectors, names and boundary lines (of
-- two segments each, the first the year line); a line and a tick at each
-- Monday of the school year (52, 7 August 2023 to 29 July 2024) and the
-- week number of each week with its Thursday in it (52, from week 31 of
-- Monday 31 July 2023 to week 30); the centre with the school year, the
-- count and the county; the hand for 2 October.
SELECT layer, kind, shape, count(DISTINCT item) AS items, count(*) AS rows,
       string_agg(DISTINCT css_class, ', ') AS classes
  FROM l
 WHERE kind NOT IN ('event', 'ring', 'holiday', 'category', 'school-holiday', 'next')
 GROUP BY layer, kind, shape
 ORDER BY min(item);

-- The items that come from the data: a mark per occurrence, a ring per
-- category with occurrences, a legend line per category, a shaded sector
-- per different set of days of the county's school holidays and a legend
-- line per holiday, the next six occurrences from today.
WITH c AS (SELECT * FROM calendar_between('2023-08-01', '2024-07-31')),
     h AS (SELECT * FROM school_holidays('Nordland', '2023-2024'))
SELECT (SELECT count(*) FROM l WHERE kind = 'event') = (SELECT count(*) FROM c) AS one_mark_each,
       NOT EXISTS (SELECT category, day, day_end, tentative FROM l WHERE kind = 'event'
                   EXCEPT ALL
                   SELECT category, due_date, coalesce(due_end, due_date), tentative FROM c) AS marks_are_occurrences,
       (SELECT count(*) FROM l WHERE kind = 'event' AND shape = 'arc') = (SELECT count(*) FROM c WHERE due_end > due_date)
         AS arcs_for_spans,
       (SELECT array_agg(category ORDER BY item) FROM l WHERE kind = 'ring')
         = (SELECT array_agg(k.category_key ORDER BY k.sort_order, k.category_key) FROM category k
             WHERE k.category_key IN (SELECT category FROM c)) AS rings_in_legend_order,
       (SELECT count(*) FROM l WHERE kind = 'category') = (SELECT count(*) FROM category) AS legend_lines,
       (SELECT count(*) FROM l WHERE kind = 'holiday') = (SELECT count(DISTINCT days) FROM h) AS shaded,
       (SELECT count(*) FROM l WHERE kind = 'school-holiday') = (SELECT count(DISTINCT (kind, days)) FROM h) AS listed,
       (SELECT array_agg(day ORDER BY item) FROM l WHERE kind = 'next')
         = ARRAY(SELECT due_date FROM calendar_between('2023-10-02', '2024-07-31')
                  ORDER BY due_date, event_key, occurrence LIMIT 6) AS next_six;

-- The month sectors: August from the top (0 degrees), 31 of the 366 days
-- of 2023-2024 each, February 2024 with its 29.
SELECT day, day_end, round(angle_from::numeric, 4) AS angle_from, round(angle_to::numeric, 4) AS angle_to,
       r_in, r_out, css_class
  FROM l
 WHERE kind = 'month' AND (item = (SELECT min(item) FROM l WHERE kind = 'month') OR day IN ('2023-09-01', '2024-02-01'))
 ORDER BY item;

-- A mark for a day sits at the middle of its day, a span from 0.2 into its
-- first day to 0.8 into its last; every mark inside its ring.
SELECT bool_and(abs(e.angle_from - 360.0 * (greatest(e.day, '2023-08-01') - date '2023-08-01' + 0.5) / 366) < 1e-9)
         FILTER (WHERE e.shape = 'dot') AS dots_mid_day,
       bool_and(abs(e.angle_from - 360.0 * (greatest(e.day, '2023-08-01') - date '2023-08-01' + 0.2) / 366) < 1e-9
                AND abs(e.angle_to - 360.0 * (least(e.day_end, '2024-07-31') - date '2023-08-01' + 0.8) / 366) < 1e-9)
         FILTER (WHERE e.shape = 'arc') AS arcs_day_to_day,
       bool_and(e.r > g.r_in AND e.r < g.r_out) AS inside_their_rings
  FROM l e JOIN l g ON g.kind = 'ring' AND g.category = e.category
 WHERE e.kind = 'event';

-- The hand for 2 October 2023, 62 days after 1 August: at the middle of
-- the day, from the disc out past the months, the date at its tip; none on
-- a day outside the school year, and then no list of what comes next.
SELECT day, label, round(angle_from::numeric, 4) AS angle, r_in, r_out, r, size
  FROM l WHERE kind = 'today';
SELECT (SELECT count(*) FROM l_past WHERE kind IN ('today', 'next')) AS today_items_past,
       (SELECT array_agg(label ORDER BY item) FROM l_past WHERE kind = 'heading') AS headings_past,
       (SELECT array_agg(label ORDER BY item) FROM l WHERE kind = 'heading') AS headings;
-- Without a day, wheel_layout is for today in Norway.
SELECT array_agg(kind) = '{today}' AND bool_and(day = today()) AS today_by_default
  FROM wheel_layout(current_schoolyear()) WHERE kind = 'today';

-- The legend, 44 px under the wheel: the categories in two columns of 6
-- lines 26 px apart, the key, the school holidays and what comes next,
-- each part under its heading, their lines 24 px apart; the canvas as high
-- as the legend and 20 px, as in wheel_svg's picture.
SELECT (SELECT array_agg(DISTINCT x ORDER BY x) FROM l WHERE kind = 'category') AS columns,
       (SELECT array_agg(kind || ' ' || y ORDER BY item) FROM l WHERE kind IN ('key', 'heading')) AS parts_at,
       (SELECT array_agg(y ORDER BY item) FROM l WHERE kind = 'school-holiday') AS holidays_at,
       (SELECT array_agg(y - lag ORDER BY item) FROM (SELECT item, y, lag(y) OVER (ORDER BY item) FROM l
                                                      WHERE kind = 'next') AS n WHERE lag IS NOT NULL) AS next_steps,
       (SELECT y FROM l WHERE kind = 'canvas') = (SELECT max(y) + 24 + 20 FROM l WHERE kind = 'next') AS canvas_height,
       (SELECT x || ',' || y FROM l_past WHERE kind = 'canvas')
         = (SELECT m[1] || ',' || m[2]
              FROM regexp_match(wheel_svg('2023-2024', 'Nordland'), '^<svg [^>]*width="(\d+)" height="(\d+)"') AS m)
         AS as_in_the_svg;

-- A category without occurrences that year: a pale swatch, no ring.
BEGIN;
INSERT INTO category (category_key, label, color, sort_order) VALUES ('regress_none', 'Ingen', '#654321', 1);
SELECT kind, css_class, label, detail, color FROM wheel_layout('2023-2024') WHERE category = 'regress_none';
ROLLBACK;

-- Drawn by wheel_draw, from an item's rows: the first month sector, the
-- year line (two segments in one path) and the hand.
SELECT min(w.kind) AS kind, wheel_draw(array_agg(w ORDER BY w.r_in)) AS svg
  FROM wheel_layout('2023-2024', 'Nordland', '2023-10-02') AS w
 WHERE w.item IN (SELECT min(item) FROM l WHERE kind IN ('month', 'month-line', 'today') GROUP BY kind)
 GROUP BY w.item ORDER BY w.item;

-- What each kind of item says, and how: the fields set on its rows.
SELECT kind, shape, count(*) AS rows,
       array_to_string(ARRAY(SELECT f FROM unnest(fields) AS f), ' ') AS fields
  FROM (SELECT kind, shape, item,
               ARRAY(SELECT a.attname FROM pg_attribute a
                      WHERE a.attrelid = 'wheel_item'::regclass AND a.attnum > 0
                        AND to_jsonb(l) -> a.attname::text <> 'null' AND a.attname NOT IN ('item', 'layer', 'kind', 'shape')
                      ORDER BY a.attnum) AS fields
          FROM l) AS f
 GROUP BY kind, shape, fields
 ORDER BY min(item);

-- The scale alone depends on the dates only: week 53 where the year has
-- one (2026-2027 and 2020-2021), 365 or 366 days.
SELECT s.sy, count(*) FILTER (WHERE w.kind = 'week-number') AS week_numbers,
       min(w.label::integer) FILTER (WHERE w.kind = 'week-number') AS lowest,
       max(w.label::integer) FILTER (WHERE w.kind = 'week-number') AS highest,
       round(max(w.angle_to)::numeric, 4) AS last_month_ends,
       round((array_agg(w.angle_to ORDER BY w.item) FILTER (WHERE w.kind = 'month'))[7]::numeric, 4) AS february_ends
  FROM (VALUES ('2020-2021'::schoolyear), ('2023-2024'), ('2026-2027')) AS s (sy), wheel_scale(s.sy) AS w
 GROUP BY s.sy ORDER BY s.sy;

-- NULL school year: no items; an unknown county: the error of wheel_svg;
-- a layout mistake (a field wheel_item does not have) is an error too.
SELECT count(*) AS null_year FROM wheel_layout(NULL, 'Nordland');
SELECT regress.try_sql($$SELECT count(*) FROM vigo_cal.wheel_layout('2023-2024', 'Atlantis')$$);
SELECT regress.try_sql($$SELECT vigo_cal.wheel_new_item('{"kind": "month", "radius": 3}')::text$$);

-- Volatility: STABLE where the tables or the clock are read, else
-- IMMUTABLE; parallel safe, search_path pinned, no JIT for the big queries.
SELECT p.oid::regprocedure, p.provolatile, p.proparallel, p.proisstrict, p.proconfig
  FROM pg_proc p
 WHERE p.pronamespace = 'vigo_cal'::regnamespace AND (p.proname LIKE 'wheel%' OR p.proname = 'xml_escape')
 ORDER BY p.oid::regprocedure::text COLLATE "C";

-- The legend's school holidays: a region whose days are projected from an
-- earlier year says "forventet" (Rogaland's høstferie of 2026-2027; its
-- vinterferie is published).
SELECT label FROM vigo_cal.wheel_layout('2026-2027', 'Rogaland', date '2026-12-02')
 WHERE kind = 'school-holiday' AND layer = 'legend' ORDER BY item;
