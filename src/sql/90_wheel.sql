-- The årshjul as a picture.  wheel_layout places every item of a school
-- year's wheel: August at the top and the months clockwise, ISO weeks, a
-- county's school holidays shaded, every event occurrence a mark on the ring
-- of its category, the legend.  wheel_svg draws those items as one SVG
-- document.  The layout is in wheel_scale (months and weeks), wheel_marks
-- (the marks in their lanes), wheel_dial (the wheel) and wheel_page (title
-- and legend); the drawing in wheel_draw, wheel_style and the point, sector
-- and text helpers.

-- One positioned item of the picture: a row of wheel_layout.
CREATE TYPE vigo_cal.wheel_item AS (
  item integer,
  layer text,
  kind text,
  shape text,
  css_class text,
  label text,
  detail text,
  category text,
  color text,
  tentative boolean,
  day date,
  day_end date,
  r_in double precision,
  r_out double precision,
  r double precision,
  size double precision,
  angle_from double precision,
  angle_to double precision,
  x double precision,
  y double precision
);

-- @replaceable: everything below is CREATE OR REPLACE; upgrade scripts rerun it.

COMMENT ON TYPE vigo_cal.wheel_item IS
  'one positioned item of the årshjul picture (a row of wheel_layout): a month sector, a week tick, a mark, a school holiday, a label, a line of the legend';
COMMENT ON COLUMN vigo_cal.wheel_item.item IS
  'drawing order, from 1; the segments of one line (a month boundary) share their item';
COMMENT ON COLUMN vigo_cal.wheel_item.layer IS
  'page (canvas, title; x and y in px from the top left), wheel (around the wheel''s centre; radii and angles), legend (under the wheel; x and y in px)';
COMMENT ON COLUMN vigo_cal.wheel_item.kind IS
  'what the item is: month, week-tick, week-number, holiday, ring, event, today, category, school-holiday, next, ...';
COMMENT ON COLUMN vigo_cal.wheel_item.shape IS
  'how it is drawn: canvas, group, circle, sector, ring, line, label, dot, arc, hand, text, swatch, key, bullet';
COMMENT ON COLUMN vigo_cal.wheel_item.css_class IS
  'its class in the SVG (for a swatch, the class of the colour box; the line around it is a legend-item)';
COMMENT ON COLUMN vigo_cal.wheel_item.label IS
  'the text written: a name, a week number, a legend line; of a mark, its tooltip; of the canvas, the document''s title';
COMMENT ON COLUMN vigo_cal.wheel_item.detail IS
  'a second text: the count of a category in the legend, the dates of a line of what comes next';
COMMENT ON COLUMN vigo_cal.wheel_item.category IS 'the category (vigo_cal.category) of a ring, a mark or a legend line';
COMMENT ON COLUMN vigo_cal.wheel_item.color IS 'its colour; of the canvas, the colour of the school holidays';
COMMENT ON COLUMN vigo_cal.wheel_item.tentative IS 'a mark or school holiday whose date may still move';
COMMENT ON COLUMN vigo_cal.wheel_item.day IS 'the first day it stands for (a mark: the occurrence''s due date)';
COMMENT ON COLUMN vigo_cal.wheel_item.day_end IS 'the last day it stands for';
COMMENT ON COLUMN vigo_cal.wheel_item.r_in IS 'inner radius of a sector or ring, start of a line or a hand';
COMMENT ON COLUMN vigo_cal.wheel_item.r_out IS 'outer radius of a sector or ring, end of a line or a hand';
COMMENT ON COLUMN vigo_cal.wheel_item.r IS 'the radius a circle, ring track, label, dot or arc is drawn at; of a hand, its label''s';
COMMENT ON COLUMN vigo_cal.wheel_item.size IS 'radius of a dot or a hand''s tip, stroke width of an arc or ring track';
COMMENT ON COLUMN vigo_cal.wheel_item.angle_from IS
  'degrees clockwise from the top (1 August): where a sector or arc starts, where a line, label, dot or hand stands';
COMMENT ON COLUMN vigo_cal.wheel_item.angle_to IS 'degrees clockwise from the top: where a sector or arc ends';
COMMENT ON COLUMN vigo_cal.wheel_item.x IS 'x in px: on the page, in the legend; of the wheel group, its centre; of the canvas, its width';
COMMENT ON COLUMN vigo_cal.wheel_item.y IS 'y in px (down): on the page, in the legend, from the wheel''s centre; of the canvas, its height';

-- ---------------------------------------------------------------------
-- Helpers
-- ---------------------------------------------------------------------
CREATE OR REPLACE FUNCTION vigo_cal.xml_escape(t text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  SELECT pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(
           -- characters XML 1.0 does not allow at all
           pg_catalog.regexp_replace(t, E'[\\x01-\\x08\\x0b\\x0c\\x0e-\\x1f\\ufffe\\uffff]', '', 'g'),
           '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&apos;')
$$;
COMMENT ON FUNCTION vigo_cal.xml_escape(text) IS
  'text made safe for XML content and attribute values: & < > " '' escaped, control characters XML does not allow removed';

-- A point on the wheel: radius r, angle in degrees clockwise from the top,
-- around (0,0), as "x,y" with one decimal (SVG's y axis points down).
CREATE OR REPLACE FUNCTION vigo_cal.wheel_xy(r double precision, angle double precision) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  SELECT pg_catalog.round((r * pg_catalog.sind(angle))::numeric, 1)::text || ','
      || pg_catalog.round((-r * pg_catalog.cosd(angle))::numeric, 1)::text
$$;
COMMENT ON FUNCTION vigo_cal.wheel_xy(double precision, double precision) IS
  'helper of wheel_svg: the SVG point "x,y" at radius r and angle degrees clockwise from the top of a wheel centred on 0,0';

-- SVG path data for the ring sector between radii r_in and r_out from angle
-- a1 to a2 (clockwise, degrees); r_in NULL gives the open arc at r_out.
CREATE OR REPLACE FUNCTION vigo_cal.wheel_sector(r_in double precision, r_out double precision,
                                      a1 double precision, a2 double precision) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  SELECT 'M' || vigo_cal.wheel_xy(r_out, a1)
      || 'A' || pg_catalog.round(r_out::numeric, 1)::text || ',' || pg_catalog.round(r_out::numeric, 1)::text
      || ' 0 ' || CASE WHEN a2 - a1 > 180 THEN '1' ELSE '0' END || ',1 ' || vigo_cal.wheel_xy(r_out, a2)
      || CASE WHEN r_in IS NULL THEN '' ELSE
           'L' || vigo_cal.wheel_xy(r_in, a2)
           || 'A' || pg_catalog.round(r_in::numeric, 1)::text || ',' || pg_catalog.round(r_in::numeric, 1)::text
           || ' 0 ' || CASE WHEN a2 - a1 > 180 THEN '1' ELSE '0' END || ',0 ' || vigo_cal.wheel_xy(r_in, a1) || 'Z'
         END
$$;
COMMENT ON FUNCTION vigo_cal.wheel_sector(double precision, double precision, double precision, double precision) IS
  'helper of wheel_svg: SVG path data of the ring sector r_in..r_out from angle a1 to a2 (degrees clockwise from the top); r_in NULL: the arc at r_out';

-- A text centred on the circle of radius r at an angle, running along it
-- (turned over on the lower half, so that it never stands on its head).
CREATE OR REPLACE FUNCTION vigo_cal.wheel_text(css_class text, label text, r double precision, angle double precision)
  RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  SELECT pg_catalog.format('<text class="%s" x="0" y="%s" dy="0.35em" transform="rotate(%s)">%s</text>',
                           vigo_cal.xml_escape(css_class),
                           pg_catalog.round((CASE WHEN a.lower_half THEN r ELSE -r END)::numeric, 1),
                           pg_catalog.round((CASE WHEN a.lower_half THEN a.deg - 180 ELSE a.deg END)::numeric, 2),
                           vigo_cal.xml_escape(label))
    FROM (SELECT d AS deg, d > 90 AND d < 270 AS lower_half
            FROM (SELECT angle - 360 * pg_catalog.floor(angle / 360) AS d) AS n) AS a
$$;
COMMENT ON FUNCTION vigo_cal.wheel_text(text, text, double precision, double precision) IS
  'helper of wheel_svg: an SVG text element centred at radius r and angle degrees clockwise from the top, running along the circle and readable on either half';

-- ---------------------------------------------------------------------
-- The layout
-- ---------------------------------------------------------------------

-- The fixed measures of the picture, in px: the canvas is width wide, the
-- wheel centred on (cx, cy); its bands from the outside in: the months, the
-- weeks, the category rings, the disc in the middle.
CREATE OR REPLACE FUNCTION vigo_cal.wheel_geometry()
  RETURNS TABLE (width integer, cx integer, cy integer,
                 r_month_out double precision, r_month_in double precision, r_week_in double precision,
                 r_ring_out double precision, r_ring_in double precision, r_center double precision,
                 ring_gap double precision, max_lanes integer)
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  SELECT 1000, 500, 548,
         440::float8, 404::float8,     -- month band
         380::float8,                  -- week band, out to r_month_in: ticks and numbers
         374::float8, 128::float8,     -- the category rings
         116::float8,                  -- the disc in the middle
         4::float8,                    -- between two rings
         4                             -- marks of one ring side by side on a day
$$;
COMMENT ON FUNCTION vigo_cal.wheel_geometry() IS
  'helper of wheel_layout: the fixed measures of the årshjul picture in px (canvas width, centre, radii of the bands, gap between rings, most marks abreast)';

-- One item of the layout from its fields by name:
-- wheel_new_item(jsonb_build_object('layer', 'wheel', 'kind', 'month', ...)).
-- The values arrive exact: a double precision goes through jsonb as its
-- shortest exact text, and a numeric angle becomes the double precision a
-- cast would make of it.  The item number is set when the layout is put in
-- order.
CREATE OR REPLACE FUNCTION vigo_cal.wheel_new_item(fields jsonb) RETURNS vigo_cal.wheel_item
  LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
DECLARE
  unknown constant jsonb := fields - '{item,layer,kind,shape,css_class,label,detail,category,color,tentative,day,
                                       day_end,r_in,r_out,r,size,angle_from,angle_to,x,y}'::text[];
BEGIN
  IF unknown <> '{}' THEN
    RAISE EXCEPTION 'not a field of vigo_cal.wheel_item: %', unknown USING ERRCODE = 'undefined_column';
  END IF;
  RETURN pg_catalog.jsonb_populate_record(NULL::vigo_cal.wheel_item, fields);
END $$;
COMMENT ON FUNCTION vigo_cal.wheel_new_item(jsonb) IS
  'helper of wheel_layout: a wheel_item from a jsonb object of its fields by name (an unknown name is an error), not yet numbered';

-- The months and weeks of a school year on the wheel: the face, the month
-- sectors, a line and a tick at every Monday and the ISO week number
-- mid-week, the month boundaries and the months' names.  An angle is
-- 360 degrees times the days since 1 August over the days of the year.
CREATE OR REPLACE FUNCTION vigo_cal.wheel_scale(school_year vigo_cal.schoolyear)
  RETURNS SETOF vigo_cal.wheel_item
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  WITH g AS (SELECT * FROM vigo_cal.wheel_geometry()),
  y AS (SELECT s.y0, s.y1, s.y1 - s.y0 + 1 AS nd
          FROM (SELECT vigo_cal.first_day(school_year) AS y0, vigo_cal.last_day(school_year) AS y1) AS s),
  week AS (SELECT d::date AS monday, d::date - y.y0 AS s, extract(week FROM d)::integer AS week
             FROM y, pg_catalog.generate_series((y.y0 - (extract(isodow FROM y.y0)::integer - 1))::timestamp, y.y1::timestamp,
                                     interval '7 days') AS d),
  month AS (SELECT i, b.m0, b.m1,
                   (360.0 * (b.m0 - y.y0) / y.nd)::float8 AS a1, (360.0 * (b.m1 - y.y0) / y.nd)::float8 AS a2
              FROM y, pg_catalog.generate_series(0, 11) AS i,
                   LATERAL (SELECT (y.y0 + pg_catalog.make_interval(months => i))::date AS m0,
                                   (y.y0 + pg_catalog.make_interval(months => i + 1))::date AS m1) AS b),
  items (part, n, sub, it) AS (
    SELECT 1, 0, 0, vigo_cal.wheel_new_item(pg_catalog.jsonb_build_object(
                        'layer', 'wheel', 'kind', 'face', 'shape', 'circle', 'css_class', 'face',
                        'r', g.r_month_in)) FROM g
    UNION ALL
    SELECT 2, m.i, 0, vigo_cal.wheel_new_item(pg_catalog.jsonb_build_object(
                          'layer', 'wheel', 'kind', 'month', 'shape', 'sector',
                          'css_class', 'month m' || m.i % 2, 'day', m.m0, 'day_end', m.m1 - 1,
                          'r_in', g.r_month_in, 'r_out', g.r_month_out, 'angle_from', m.a1, 'angle_to', m.a2))
      FROM g, month m
    UNION ALL
    SELECT 3, w.s, 1, vigo_cal.wheel_new_item(pg_catalog.jsonb_build_object(
                          'layer', 'wheel', 'kind', 'week-line', 'shape', 'line', 'css_class', 'week-line',
                          'day', w.monday, 'r_in', g.r_ring_in, 'r_out', g.r_ring_out,
                          'angle_from', 360.0 * w.s / y.nd))
      FROM g, y, week w WHERE w.s > 0
    UNION ALL
    SELECT 3, w.s, 2, vigo_cal.wheel_new_item(pg_catalog.jsonb_build_object(
                          'layer', 'wheel', 'kind', 'week-tick', 'shape', 'line', 'css_class', 'week-tick',
                          'day', w.monday, 'r_in', g.r_week_in + 16, 'r_out', g.r_month_in,
                          'angle_from', 360.0 * w.s / y.nd))
      FROM g, y, week w WHERE w.s > 0
    UNION ALL
    SELECT 3, w.s, 3, vigo_cal.wheel_new_item(pg_catalog.jsonb_build_object(
                          'layer', 'wheel', 'kind', 'week-number', 'shape', 'label', 'css_class', 'week-number',
                          'label', w.week::text, 'day', w.monday, 'day_end', w.monday + 6, 'r', g.r_week_in + 9,
                          'angle_from', 360.0 * (w.s + 3.5) / y.nd))
      FROM g, y, week w WHERE w.s + 3.5 BETWEEN 0 AND y.nd
    UNION ALL
    -- across the rings and across the month band, not across the week numbers
    SELECT 4, m.i, 1, vigo_cal.wheel_new_item(pg_catalog.jsonb_build_object(
                          'layer', 'wheel', 'kind', 'month-line', 'shape', 'line',
                          'css_class', CASE WHEN m.i = 0 THEN 'year-line' ELSE 'month-line' END, 'day', m.m0,
                          'r_in', seg.r_in, 'r_out', seg.r_out, 'angle_from', m.a1))
      FROM g, month m,
           LATERAL (VALUES (g.r_ring_in - 6, g.r_week_in),
                           (g.r_month_in, g.r_month_out + CASE WHEN m.i = 0 THEN 8 ELSE 0 END)) AS seg (r_in, r_out)
    UNION ALL
    SELECT 4, m.i, 2, vigo_cal.wheel_new_item(pg_catalog.jsonb_build_object(
                          'layer', 'wheel', 'kind', 'month-name', 'shape', 'label', 'css_class', 'month-name',
                          'label', pg_catalog.initcap(vigo_cal.month_name(extract(month FROM m.m0)::integer)), 'day', m.m0,
                          'day_end', m.m1 - 1, 'r', (g.r_month_in + g.r_month_out) / 2,
                          'angle_from', (m.a1 + m.a2) / 2))
      FROM g, month m)
  SELECT pg_catalog.jsonb_populate_record(it, pg_catalog.jsonb_build_object('item', pg_catalog.dense_rank() OVER (ORDER BY part, n, sub)))
    FROM items
   ORDER BY part, n, sub, (it).r_in
$$;
COMMENT ON FUNCTION vigo_cal.wheel_scale(vigo_cal.schoolyear) IS
  'helper of wheel_layout: the months and weeks of a school year''s wheel (face, month sectors and names, month boundaries, week lines, ticks and numbers)';

-- Every occurrence with a day in the school year, clipped to it, in ring
-- order: one ring per category that has occurrences, in legend order from
-- the outside in.  Marks of one ring that would overlap go into lanes
-- (concentric tracks inside the ring), so that none hides another.
CREATE OR REPLACE FUNCTION vigo_cal.wheel_marks(school_year vigo_cal.schoolyear)
  RETURNS TABLE (mark integer, ring integer, rings integer, lane integer, category text, color text,
                 from_day integer, to_day integer, span boolean, tentative boolean,
                 due_date date, due_end date, tip text)
  LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  SET jit = off
AS $$
#variable_conflict use_column
DECLARE
  g record;
  y0 constant date := vigo_cal.first_day(school_year);
  y1 constant date := vigo_cal.last_day(school_year);
  nd constant integer := y1 - y0 + 1;
  lane_end integer[];
  cur_ring integer := 0;
  min_gap double precision;
  rec record;
  i integer;
BEGIN
  SELECT * INTO g FROM vigo_cal.wheel_geometry();
  mark := 0;
  FOR rec IN
    SELECT o.*, max(o.ring) OVER () AS rings
      FROM (SELECT pg_catalog.dense_rank() OVER (ORDER BY k.sort_order, k.category_key)::integer AS ring,
                   greatest(c.due_date, y0) - y0 AS s,
                   least(coalesce(c.due_end, c.due_date), y1) - y0 AS e,
                   c.category AS cat, c.category_color AS col, c.tentative AS tent,
                   c.due_date AS due, coalesce(c.due_end, c.due_date) AS due_to,
                   coalesce(c.date_label || ': ', '') || coalesce(c.title, c.event_key) AS tip_text,
                   c.event_key AS ev, c.occurrence AS occ
              FROM vigo_cal.calendar_between(y0, y1) AS c
              JOIN vigo_cal.category k ON k.category_key = c.category) AS o
     ORDER BY o.ring, o.s, o.e, o.ev, o.occ
  LOOP
    IF rec.ring <> cur_ring THEN
      cur_ring := rec.ring;
      lane_end := pg_catalog.array_fill(-100000, ARRAY[g.max_lanes]);
      -- the least distance in days between two marks in one lane: the
      -- width of a mark at the ring's estimated radius
      min_gap := 13.0 / (2 * pg_catalog.pi() * (g.r_ring_out - (cur_ring - 0.5) * (g.r_ring_out - g.r_ring_in) / rec.rings) / nd);
    END IF;
    lane := NULL;
    FOR i IN 1 .. g.max_lanes LOOP
      IF rec.s - lane_end[i] >= min_gap THEN
        lane := i;
        EXIT;
      END IF;
    END LOOP;
    IF lane IS NULL THEN
      -- no room: the lane that is free soonest
      lane := 1;
      FOR i IN 2 .. g.max_lanes LOOP
        IF lane_end[i] < lane_end[lane] THEN
          lane := i;
        END IF;
      END LOOP;
    END IF;
    lane_end[lane] := rec.e;
    mark := mark + 1;
    ring := rec.ring; rings := rec.rings; category := rec.cat; color := rec.col;
    from_day := rec.s; to_day := rec.e; span := rec.due_to > rec.due; tentative := rec.tent;
    due_date := rec.due; due_end := rec.due_to; tip := rec.tip_text;
    RETURN NEXT;
  END LOOP;
END $$;
COMMENT ON FUNCTION vigo_cal.wheel_marks(vigo_cal.schoolyear) IS
  'helper of wheel_layout: every occurrence of the school year as a mark, with its ring (category) and lane, days since 1 August clipped to the year';

-- The wheel of a school year: the scale (months and weeks), the county's
-- school holidays shaded across the rings and the weeks, the category rings
-- and their marks, the disc in the middle and, when today is in the school
-- year, the hand that points at it.
CREATE OR REPLACE FUNCTION vigo_cal.wheel_dial(school_year vigo_cal.schoolyear, county text, today date)
  RETURNS SETOF vigo_cal.wheel_item
  LANGUAGE sql STABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  SET jit = off
AS $$
  WITH RECURSIVE g AS (SELECT * FROM vigo_cal.wheel_geometry()),
  y AS (SELECT s.y0, s.y1, s.y1 - s.y0 + 1 AS nd
          FROM (SELECT vigo_cal.first_day(school_year) AS y0, vigo_cal.last_day(school_year) AS y1) AS s
         WHERE school_year IS NOT NULL),
  -- an unknown county is an error (22023) listing the counties
  place AS (SELECT pg_catalog.string_agg(c.name, ', ' ORDER BY c.county_number) AS name
              FROM vigo_cal.county c WHERE c.county_number = ANY (vigo_cal.county_numbers(wheel_dial.county))),
  m AS (SELECT * FROM vigo_cal.wheel_marks(school_year)),
  ring AS (SELECT m.ring, min(m.category) AS category, min(m.color) AS color, max(m.lane) AS lanes
             FROM m GROUP BY m.ring),
  -- lanes of equal pitch, what is left over shared out among the rings
  fit AS (SELECT p.pitch, least(5.5, p.pitch * 0.42) AS dot_r,
                 (g.r_ring_out - g.r_ring_in - g.ring_gap * (p.rings - 1) - p.pitch * p.lanes) / p.rings AS pad
            FROM g, (SELECT n.rings, n.lanes,
                            least(14.0, (g.r_ring_out - g.r_ring_in - g.ring_gap * (n.rings - 1)) / n.lanes) AS pitch
                       FROM g, (SELECT pg_catalog.count(*)::integer AS rings, pg_catalog.sum(ring.lanes)::integer AS lanes FROM ring) AS n
                      WHERE n.rings > 0) AS p),
  track (ring, r_outer, width) AS (
    SELECT ring.ring, g.r_ring_out, ring.lanes * fit.pitch + fit.pad FROM g, fit, ring WHERE ring.ring = 1
    UNION ALL
    SELECT ring.ring, t.r_outer - t.width - g.ring_gap, ring.lanes * fit.pitch + fit.pad
      FROM track t, g, fit, ring WHERE ring.ring = t.ring + 1),
  -- one sector for each different set of days, clipped to the year
  hol AS (SELECT d.s, d.e, pg_catalog.row_number() OVER (ORDER BY d.s, d.e) AS n
            FROM (SELECT DISTINCT greatest(pg_catalog.lower(h.days), y.y0) - y.y0 AS s, least(pg_catalog.upper(h.days), y.y1 + 1) - y.y0 AS e
                    FROM y, vigo_cal.school_holidays(wheel_dial.county, school_year) AS h
                   WHERE pg_catalog.lower(h.days) <= y.y1 AND pg_catalog.upper(h.days) > y.y0) AS d),
  items (part, n, it) AS (
    SELECT 1, 0, vigo_cal.wheel_new_item(pg_catalog.jsonb_build_object(
                     'layer', 'wheel', 'kind', 'wheel', 'shape', 'group', 'x', g.cx, 'y', g.cy)) FROM g, y
    UNION ALL
    -- the face and the months first, the rest of the scale over the rings
    SELECT CASE WHEN s.kind IN ('face', 'month') THEN 2 ELSE 5 END, s.item, s FROM vigo_cal.wheel_scale(school_year) s
    UNION ALL
    SELECT 3, h.n,
           vigo_cal.wheel_new_item(pg_catalog.jsonb_build_object(
               'layer', 'wheel', 'kind', 'holiday', 'shape', 'sector', 'css_class', 'holiday', 'day', y.y0 + h.s,
               'day_end', y.y0 + h.e - 1, 'r_in', g.r_ring_in, 'r_out', g.r_month_in,
               'angle_from', 360.0 * h.s / y.nd, 'angle_to', 360.0 * h.e / y.nd))
      FROM g, y, hol h
    UNION ALL
    -- ring tracks, tinted with the category's colour
    SELECT 4, t.ring, vigo_cal.wheel_new_item(pg_catalog.jsonb_build_object(
                          'layer', 'wheel', 'kind', 'ring', 'shape', 'ring', 'css_class', 'ring',
                          'category', ring.category, 'color', ring.color, 'r_in', t.r_outer - t.width,
                          'r_out', t.r_outer, 'r', t.r_outer - t.width / 2, 'size', t.width))
      FROM track t JOIN ring USING (ring)
    UNION ALL
    -- a dot for a day, an arc for a span
    SELECT 6, m.mark,
           vigo_cal.wheel_new_item(pg_catalog.jsonb_build_object(
               'layer', 'wheel', 'kind', 'event', 'shape', CASE WHEN m.span THEN 'arc' ELSE 'dot' END,
               'css_class', 'event' || CASE WHEN m.span THEN ' span' ELSE '' END
                                    || CASE WHEN m.tentative THEN ' tentative' ELSE '' END,
               'label', m.tip, 'category', m.category, 'color', m.color, 'tentative', m.tentative,
               'day', m.due_date, 'day_end', m.due_end,
               'r', t.r_outer - fit.pad / 2 - (m.lane - 0.5) * fit.pitch,
               'size', CASE WHEN m.span THEN fit.dot_r * 1.6 WHEN m.tentative THEN fit.dot_r - 0.8 ELSE fit.dot_r END,
               'angle_from', CASE WHEN m.span THEN 360.0 * (m.from_day + 0.2) / y.nd
                                  ELSE 360.0 * (m.from_day + 0.5) / y.nd END,
               'angle_to', CASE WHEN m.span THEN 360.0 * (m.to_day + 0.8) / y.nd END))
      FROM y, fit, m JOIN track t USING (ring)
    UNION ALL
    -- the disc in the middle: the school year, the number of marks, the county
    SELECT 7, 0, vigo_cal.wheel_new_item(pg_catalog.jsonb_build_object(
                     'layer', 'wheel', 'kind', 'center', 'shape', 'circle', 'css_class', 'center',
                     'r', g.r_center)) FROM g, y
    UNION ALL
    SELECT 7, c.n, vigo_cal.wheel_new_item(pg_catalog.jsonb_build_object(
                       'layer', 'wheel', 'kind', 'center-text', 'shape', 'text', 'css_class', c.css,
                       'label', c.label, 'y', c.y))
      FROM y, place,
           LATERAL (VALUES (1, 'center-year', school_year::text, -8),
                           (2, 'center-sub', (SELECT pg_catalog.count(*) FROM m)
                                             || CASE WHEN (SELECT pg_catalog.count(*) FROM m) = 1 THEN ' hendelse' ELSE ' hendelser' END, 18),
                           (3, 'center-sub', place.name, 40)) AS c (n, css, label, y)
     WHERE c.label IS NOT NULL
    UNION ALL
    -- today: a hand from the disc out past the months, the date at its tip
    SELECT 8, 0, vigo_cal.wheel_new_item(pg_catalog.jsonb_build_object(
                     'layer', 'wheel', 'kind', 'today', 'shape', 'hand', 'css_class', 'today',
                     'label', 'i dag ' || pg_catalog.to_char(today, 'FMDD.FMMM.'), 'day', today, 'r_in', g.r_center,
                     'r_out', g.r_month_out + 12, 'r', g.r_month_out + 22, 'size', 5,
                     'angle_from', 360.0 * ((today - y.y0) + 0.5) / y.nd))
      FROM g, y WHERE today BETWEEN y.y0 AND y.y1)
  SELECT pg_catalog.jsonb_populate_record(it, pg_catalog.jsonb_build_object('item', pg_catalog.dense_rank() OVER (ORDER BY part, n)))
    FROM items
   ORDER BY part, n, (it).r_in
$$;
COMMENT ON FUNCTION vigo_cal.wheel_dial(vigo_cal.schoolyear, text, date) IS
  'helper of wheel_layout: the items of the wheel itself (scale, school holidays, category rings, marks, centre, today''s hand)';

-- A school holiday as the legend lists it: Høstferie 02.10.–06.10. (uke 40).
CREATE OR REPLACE FUNCTION vigo_cal.wheel_holiday_text(kind text, from_day date, to_day date) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  SELECT vigo_cal.holiday_label(kind) || ' ' || pg_catalog.to_char(from_day, 'DD.MM.')
         || CASE WHEN to_day > from_day THEN '–' || pg_catalog.to_char(to_day, 'DD.MM.') ELSE '' END
         || ' (uke ' || extract(week FROM from_day)::integer
         || CASE WHEN extract(week FROM to_day) <> extract(week FROM from_day)
                 THEN '–' || extract(week FROM to_day)::integer ELSE '' END || ')'
$$;
COMMENT ON FUNCTION vigo_cal.wheel_holiday_text(text, date, date) IS
  'helper of wheel_layout: a school holiday from from_day to to_day as the legend lists it: Høstferie 02.10.–06.10. (uke 40)';

-- The page around the wheel: the canvas (its height grows with the legend),
-- the title with the dates and counts under it, and the legend under the
-- wheel: every category with its count, how to read the marks, the county's
-- school holidays, and in the current school year the next six occurrences.
CREATE OR REPLACE FUNCTION vigo_cal.wheel_page(school_year vigo_cal.schoolyear, county text, today date)
  RETURNS SETOF vigo_cal.wheel_item
  LANGUAGE sql STABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  SET jit = off
AS $$
  WITH g AS (SELECT * FROM vigo_cal.wheel_geometry()),
  y AS (SELECT vigo_cal.first_day(school_year) AS y0, vigo_cal.last_day(school_year) AS y1 WHERE school_year IS NOT NULL),
  place AS (SELECT pg_catalog.string_agg(c.name, ', ' ORDER BY c.county_number) AS name
              FROM vigo_cal.county c WHERE c.county_number = ANY (vigo_cal.county_numbers(wheel_page.county))),
  head AS (SELECT 'Årshjul VIGO ' || school_year::text || coalesce(' – ' || place.name, '') AS title,
                  coalesce((SELECT k.color FROM vigo_cal.category k WHERE k.category_key = 'school_holiday'),
                           '#a0cbe8') AS holiday_color
             FROM place),
  used AS (SELECT c.category, pg_catalog.count(*)::integer AS marks
             FROM y, vigo_cal.calendar_between(y.y0, y.y1) AS c GROUP BY c.category),
  -- the legend: categories with marks (the rings, from the outside in) first
  cat AS (SELECT k.category_key, k.label, k.color, u.marks,
                 (pg_catalog.row_number() OVER (ORDER BY u.marks IS NULL, k.sort_order, k.category_key) - 1)::integer AS n
            FROM vigo_cal.category k LEFT JOIN used u ON u.category = k.category_key),
  hol AS (SELECT h.kind, h.days, h.region, h.tentative, h.projected
            FROM vigo_cal.school_holidays(wheel_page.county, school_year) AS h),
  -- a region whose days are projected from an earlier year says so
  hline AS (SELECT h.kind, pg_catalog.lower(h.days) AS lo, pg_catalog.upper(h.days) - 1 AS hi, pg_catalog.bool_or(h.tentative) AS tentative,
                   pg_catalog.string_agg(CASE WHEN NOT h.projected THEN h.region
                                   WHEN pg_catalog.right(h.region, 1) = ')' THEN pg_catalog.left(h.region, -1) || ', forventet)'
                                   ELSE h.region || ' (forventet)' END, ', ' ORDER BY h.region) AS regions,
                   (pg_catalog.row_number() OVER (ORDER BY pg_catalog.lower(h.days), pg_catalog.upper(h.days), h.kind) - 1)::integer AS n
              FROM hol h GROUP BY h.kind, h.days),
  nxt AS (SELECT c.due_date, c.due_end, c.category_color, c.title,
                 (pg_catalog.row_number() OVER (ORDER BY c.due_date, c.event_key, c.occurrence) - 1)::integer AS n
            FROM y, vigo_cal.calendar_between(today, y.y1) AS c
           WHERE today BETWEEN y.y0 AND y.y1
           ORDER BY c.due_date, c.event_key, c.occurrence LIMIT 6),
  -- where each part of the legend starts (y_hol and y_next are NULL for a
  -- part that is not there) and where the last one ends
  sec AS (SELECT a.y_cat, a.per_column, b.y_key, c.y_hol, c.shaded, d.y_next,
                 coalesce(d.y_next + 18 + 24 * (SELECT pg_catalog.count(*) FROM nxt), c.y_after_hol) AS y_end
            FROM g, y,
                 LATERAL (SELECT g.cy + g.r_month_out + 44 AS y_cat,
                                 (SELECT (pg_catalog.count(*) + 1) / 2 FROM vigo_cal.category)::integer AS per_column) AS a,
                 LATERAL (SELECT a.y_cat + 14 + a.per_column * 26 + 14 AS y_key) AS b,
                 LATERAL (SELECT h.y_hol, h.shaded,
                                 coalesce(h.y_hol + 18 + 24 * ((SELECT pg_catalog.count(*) FROM hline) + CASE WHEN h.shaded THEN 0 ELSE 1 END),
                                          b.y_key + 30) AS y_after_hol
                            FROM (SELECT CASE WHEN wheel_page.county IS NOT NULL THEN b.y_key + 30 + 10 END AS y_hol,
                                         EXISTS (SELECT FROM hol WHERE pg_catalog.lower(hol.days) <= y.y1 AND pg_catalog.upper(hol.days) > y.y0)
                                           AS shaded) AS h) AS c,
                 LATERAL (SELECT CASE WHEN today BETWEEN y.y0 AND y.y1 THEN c.y_after_hol + 10 END AS y_next) AS d),
  items (part, n, it) AS (
    SELECT 1, 0, vigo_cal.wheel_new_item(pg_catalog.jsonb_build_object('layer', 'page', 'kind', 'canvas', 'shape', 'canvas',
                   'label', head.title, 'color', head.holiday_color, 'x', g.width, 'y', pg_catalog.ceil(sec.y_end + 20)))
      FROM g, head, sec
    UNION ALL
    -- the title, and under it the dates and the counts
    SELECT t.n, 0, vigo_cal.wheel_new_item(pg_catalog.jsonb_build_object('layer', 'page', 'kind', t.kind, 'shape', 'text',
                     'css_class', t.kind, 'label', t.label, 'x', g.cx, 'y', t.y))
      FROM g, y, head, place, (SELECT coalesce(pg_catalog.sum(used.marks), 0) AS marks, pg_catalog.count(*) AS rings FROM used) AS c,
           LATERAL (VALUES (2, 'title', head.title, 46),
                           (3, 'subtitle',
                            pg_catalog.to_char(y.y0, 'FMDD') || '. ' || vigo_cal.month_name(extract(month FROM y.y0)::integer) || ' '
                            || extract(year FROM y.y0)::integer || ' – ' || pg_catalog.to_char(y.y1, 'FMDD') || '. '
                            || vigo_cal.month_name(extract(month FROM y.y1)::integer) || ' ' || extract(year FROM y.y1)::integer
                            || ' · ' || c.marks || CASE WHEN c.marks = 1 THEN ' hendelse' ELSE ' hendelser' END
                            || ' i ' || c.rings || CASE WHEN c.rings = 1 THEN ' kategori' ELSE ' kategorier' END
                            || coalesce(' · skoleferie i ' || place.name || ' skyggelagt', ''),
                            74)) AS t (n, kind, label, y)
    UNION ALL
    -- the headings of the parts of the legend that are there
    SELECT t.n, 0, vigo_cal.wheel_new_item(pg_catalog.jsonb_build_object('layer', 'legend', 'kind', 'heading', 'shape', 'text',
                     'css_class', 'legend-head', 'x', 60, 'y', t.y, 'label', t.label))
      FROM sec, place,
           LATERAL (VALUES (10, sec.y_cat, 'Kategorier (ringene fra ytterst til innerst)'),
                           (13, sec.y_hol + 4, 'Skoleferie i ' || place.name || ' (skyggelagt)'),
                           (16, sec.y_next + 4, 'Neste hendelser')) AS t (n, y, label)
     WHERE t.y IS NOT NULL
    UNION ALL
    SELECT 11, cat.n, vigo_cal.wheel_new_item(pg_catalog.jsonb_build_object('layer', 'legend', 'kind', 'category', 'shape', 'swatch',
                        'css_class', 'swatch' || CASE WHEN cat.marks IS NULL THEN ' unused' ELSE '' END,
                        'label', cat.label, 'category', cat.category_key, 'color', cat.color,
                        'detail', '(' || coalesce(cat.marks::text, 'ingen i ' || school_year::text) || ')',
                        'x', 60 + (cat.n / sec.per_column) * 460, 'y', sec.y_cat + 14 + (cat.n % sec.per_column) * 26))
      FROM sec, cat
    UNION ALL
    -- how to read the marks
    SELECT 12, 0, vigo_cal.wheel_new_item(pg_catalog.jsonb_build_object('layer', 'legend', 'kind', 'key', 'shape', 'key',
                    'css_class', 'key', 'x', 60, 'y', sec.y_key))
      FROM sec
    UNION ALL
    -- the county's school holidays, one line each
    SELECT 14, h.n, vigo_cal.wheel_new_item(pg_catalog.jsonb_build_object('layer', 'legend', 'kind', 'school-holiday',
                      'shape', 'swatch', 'css_class', 'swatch', 'color', head.holiday_color, 'tentative', h.tentative,
                      'day', h.lo, 'day_end', h.hi, 'x', 60, 'y', sec.y_hol + 18 + 24 * h.n,
                      'label', vigo_cal.wheel_holiday_text(h.kind, h.lo, h.hi)
                               || CASE WHEN h.regions <> place.name THEN ', ' || h.regions ELSE '' END
                               || CASE WHEN h.tentative THEN ', med forbehold om endringer' ELSE '' END))
      FROM sec, head, place, hline h WHERE sec.y_hol IS NOT NULL
    UNION ALL
    SELECT 15, 0, vigo_cal.wheel_new_item(pg_catalog.jsonb_build_object('layer', 'legend', 'kind', 'note', 'shape', 'text',
                    'css_class', 'legend-label', 'x', 60, 'y', sec.y_hol + 18 + 24 * (SELECT pg_catalog.count(*) FROM hline) + 12,
                    'label', 'ingen skoleferier registrert for ' || school_year::text))
      FROM sec WHERE sec.y_hol IS NOT NULL AND NOT sec.shaded
    UNION ALL
    -- in the current school year, what comes next
    SELECT 17, x.n, vigo_cal.wheel_new_item(pg_catalog.jsonb_build_object('layer', 'legend', 'kind', 'next', 'shape', 'bullet',
                      'css_class', 'next-item', 'color', x.category_color, 'day', x.due_date, 'day_end', x.due_end,
                      'x', 60, 'y', sec.y_next + 18 + 24 * x.n,
                      'detail', pg_catalog.to_char(x.due_date, 'DD.MM.')
                                || CASE WHEN x.due_end > x.due_date THEN '–' || pg_catalog.to_char(x.due_end, 'DD.MM.') ELSE '' END,
                      'label', CASE WHEN pg_catalog.length(x.title) > 88 THEN pg_catalog.rtrim(pg_catalog.left(x.title, 87)) || '…' ELSE x.title END))
      FROM sec, nxt x WHERE sec.y_next IS NOT NULL)
  SELECT pg_catalog.jsonb_populate_record(it, pg_catalog.jsonb_build_object('item', pg_catalog.dense_rank() OVER (ORDER BY part, n)))
    FROM items
   ORDER BY part, n
$$;
COMMENT ON FUNCTION vigo_cal.wheel_page(vigo_cal.schoolyear, text, date) IS
  'helper of wheel_layout: the items around the wheel (canvas, title, subtitle, and the legend: categories, key, school holidays, what comes next)';

-- Every item of the picture of a school year, in the order drawn: the page,
-- the wheel, the legend.  today is the day the "today" hand and the list of
-- what comes next are for.
CREATE OR REPLACE FUNCTION vigo_cal.wheel_layout(school_year vigo_cal.schoolyear, county text DEFAULT NULL,
                                                 today date DEFAULT vigo_cal.today())
  RETURNS SETOF vigo_cal.wheel_item
  LANGUAGE sql STABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  SET jit = off
AS $$
  SELECT pg_catalog.jsonb_populate_record(u.it, pg_catalog.jsonb_build_object('item', pg_catalog.dense_rank() OVER (ORDER BY o.layer, (u.it).item)))
    FROM (SELECT l FROM vigo_cal.wheel_page(school_year, county, today) AS l
          UNION ALL
          SELECT d FROM vigo_cal.wheel_dial(school_year, county, today) AS d) AS u (it),
         LATERAL (SELECT pg_catalog.array_position(ARRAY['page', 'wheel', 'legend'], (u.it).layer)) AS o (layer)
   WHERE school_year IS NOT NULL
   ORDER BY o.layer, (u.it).item, (u.it).r_in
$$;
COMMENT ON FUNCTION vigo_cal.wheel_layout(vigo_cal.schoolyear, text, date) IS
  'the årshjul picture of a school year as positioned items in drawing order: months, weeks, school holidays of the county, category rings, marks, today''s hand (on the day today), title and legend';

-- ---------------------------------------------------------------------
-- The drawing
-- ---------------------------------------------------------------------

-- The style sheet of the picture; school holidays in holiday_color.
CREATE OR REPLACE FUNCTION vigo_cal.wheel_style(holiday_color text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  SELECT '<style>'
    || '.bg{fill:#ffffff}'
    || '.title{font-size:30px;font-weight:bold;fill:#111827;text-anchor:middle}'
    || '.subtitle{font-size:15px;fill:#4b5563;text-anchor:middle}'
    || '.face{fill:#fbfcfd}'
    || '.month.m0{fill:#e3e8ef}.month.m1{fill:#eef1f6}'
    || '.month-name{font-size:16px;font-weight:bold;fill:#1f2937;text-anchor:middle}'
    || '.month-line{stroke:#b8c0cc;stroke-width:1}'
    || '.year-line{stroke:#1f2937;stroke-width:2}'
    || '.week-line{stroke:#d9dee5;stroke-width:0.6}'
    || '.week-tick{stroke:#8a94a3;stroke-width:1}'
    || '.week-number{font-size:9.5px;fill:#5b6472;text-anchor:middle}'
    || '.holiday{fill:' || vigo_cal.xml_escape(holiday_color) || ';fill-opacity:0.55}'
    || '.ring{fill:none;stroke-opacity:0.13}'
    || 'circle.event{stroke:#ffffff;stroke-width:1.2}'
    || 'circle.event.tentative{fill:#ffffff;stroke-width:2.2}'
    || 'path.event{fill:none;stroke-linecap:round;stroke-opacity:0.9}'
    || 'path.event.tentative{stroke-opacity:0.5}'
    || '.center{fill:#ffffff;stroke:#c7ced8;stroke-width:1.5}'
    || '.center-year{font-size:30px;font-weight:bold;fill:#111827;text-anchor:middle}'
    || '.center-sub{font-size:14px;fill:#4b5563;text-anchor:middle}'
    || '.today path{stroke:#d62728;stroke-width:2.5}.today circle{fill:#d62728}'
    || '.today-label{font-size:13px;font-weight:bold;fill:#d62728}'
    || '.legend-head{font-size:15px;font-weight:bold;fill:#111827}'
    || '.legend-label{font-size:14px;fill:#1f2937}'
    || '.legend-count{fill:#6b7280}'
    || '.legend-date{font-weight:bold}'
    || '.swatch.unused{fill-opacity:0.3}'
    || '</style>'
$$;
COMMENT ON FUNCTION vigo_cal.wheel_style(text) IS
  'helper of wheel_svg: the <style> element of the årshjul picture, school holidays shaded in holiday_color';

-- One item of the layout as SVG, from its rows: one row, or the segments
-- of a line.  Every label, tooltip, category and colour goes through
-- xml_escape (the classes are the layout's own words).  Colours go in
-- style, which the style sheet does not override.
CREATE OR REPLACE FUNCTION vigo_cal.wheel_draw(parts vigo_cal.wheel_item[]) RETURNS text
  LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
DECLARE
  i constant vigo_cal.wheel_item := parts[1];
  css constant text := i.css_class;
  label constant text := vigo_cal.xml_escape(i.label);
  color constant text := vigo_cal.xml_escape(i.color);
  at text;       -- where a dot or the label of a hand is
  tip text;      -- where a hand ends
  segment vigo_cal.wheel_item;
  d text := '';
BEGIN
  CASE i.shape
  WHEN 'canvas' THEN
    RETURN pg_catalog.format('<svg xmlns="http://www.w3.org/2000/svg" width="%1$s" height="%2$s" viewBox="0 0 %1$s %2$s"'
                  || ' font-family="DejaVu Sans, Verdana, Arial, Helvetica, sans-serif">', i.x, i.y)
           || pg_catalog.format('<title>%s</title>', label) || vigo_cal.wheel_style(i.color)
           || pg_catalog.format('<rect class="bg" width="%s" height="%s"/>', i.x, i.y);
  WHEN 'group' THEN
    RETURN pg_catalog.format('<g transform="translate(%s,%s)">', i.x, i.y);
  WHEN 'text' THEN
    RETURN pg_catalog.format('<text class="%s"%s y="%s">%s</text>', css, ' x="' || i.x || '"', i.y, label);
  WHEN 'circle' THEN
    RETURN pg_catalog.format('<circle class="%s" r="%s"/>', css, i.r);
  WHEN 'ring' THEN
    RETURN pg_catalog.format('<circle class="%s" r="%s" stroke="%s" stroke-width="%s"/>', css, pg_catalog.round(i.r::numeric, 1), color,
                  pg_catalog.round(i.size::numeric, 1));
  WHEN 'sector' THEN
    RETURN pg_catalog.format('<path class="%s" d="%s"/>', css, vigo_cal.wheel_sector(i.r_in, i.r_out, i.angle_from, i.angle_to));
  WHEN 'line' THEN
    FOREACH segment IN ARRAY parts LOOP
      d := d || 'M' || vigo_cal.wheel_xy(segment.r_in, segment.angle_from)
             || 'L' || vigo_cal.wheel_xy(segment.r_out, segment.angle_from);
    END LOOP;
    RETURN pg_catalog.format('<path class="%s" d="%s"/>', css, d);
  WHEN 'label' THEN
    RETURN vigo_cal.wheel_text(i.css_class, i.label, i.r, i.angle_from);
  WHEN 'dot' THEN
    at := vigo_cal.wheel_xy(i.r, i.angle_from);
    RETURN pg_catalog.format('<circle class="%s" data-category="%s" data-date="%s" cx="%s" cy="%s" r="%s" style="%s:%s"><title>%s</title></circle>',
                  css, vigo_cal.xml_escape(i.category), pg_catalog.to_char(i.day, 'YYYY-MM-DD'), pg_catalog.split_part(at, ',', 1),
                  pg_catalog.split_part(at, ',', 2), pg_catalog.round(i.size::numeric, 1), CASE WHEN i.tentative THEN 'stroke' ELSE 'fill' END,
                  color, label);
  WHEN 'arc' THEN
    RETURN pg_catalog.format('<path class="%s" data-category="%s" data-date="%s" d="%s" style="stroke:%s;stroke-width:%s"><title>%s</title></path>',
                  css, vigo_cal.xml_escape(i.category), pg_catalog.to_char(i.day, 'YYYY-MM-DD'),
                  vigo_cal.wheel_sector(NULL, i.r, i.angle_from, i.angle_to), color, pg_catalog.round(i.size::numeric, 1), label);
  WHEN 'hand' THEN
    at := vigo_cal.wheel_xy(i.r, i.angle_from);
    tip := vigo_cal.wheel_xy(i.r_out, i.angle_from);
    RETURN pg_catalog.format('<g class="%s"><path d="M%sL%s"/><circle cx="%s" cy="%s" r="%s"/>'
                  || '<text class="today-label" x="%s" y="%s" dy="0.35em" text-anchor="%s">%s</text></g>',
                  css, vigo_cal.wheel_xy(i.r_in, i.angle_from), tip, pg_catalog.split_part(tip, ',', 1), pg_catalog.split_part(tip, ',', 2),
                  i.size, pg_catalog.split_part(at, ',', 1), pg_catalog.split_part(at, ',', 2),
                  CASE WHEN pg_catalog.sind(i.angle_from) > 0.25 THEN 'start' WHEN pg_catalog.sind(i.angle_from) < -0.25 THEN 'end'
                       ELSE 'middle' END, label);
  WHEN 'swatch' THEN
    RETURN pg_catalog.format('<g class="legend-item" transform="translate(%s,%s)"><rect class="%s" x="0" y="0" width="22" height="14" rx="3" fill="%s"/>'
                  || '<text class="legend-label" x="32" y="12">%s%s</text></g>', i.x, i.y, css, color, label,
                  ' <tspan class="legend-count">' || vigo_cal.xml_escape(i.detail) || '</tspan>');
  WHEN 'bullet' THEN
    RETURN pg_catalog.format('<g class="%s" transform="translate(%s,%s)"><circle cx="11" cy="7" r="5.5" style="fill:%s"/>'
                  || '<text class="legend-label" x="32" y="12"><tspan class="legend-date">%s</tspan> %s</text></g>',
                  css, i.x, i.y, color, vigo_cal.xml_escape(i.detail), label);
  WHEN 'key' THEN
    -- how to read the marks: a day, a span, a tentative date
    RETURN pg_catalog.format('<g class="%s" transform="translate(%s,%s)">', css, i.x, i.y)
      || '<circle cx="8" cy="0" r="5.5" fill="#4b5563"/><text class="legend-label" x="20" y="5">én dag</text>'
      || '<path d="M110,0L140,0" stroke="#4b5563" stroke-width="8.8" stroke-linecap="round"/>'
      || '<text class="legend-label" x="152" y="5">periode</text>'
      || '<circle cx="252" cy="0" r="4.5" fill="#ffffff" stroke="#4b5563" stroke-width="2.2"/>'
      || '<path d="M272,0L302,0" stroke="#4b5563" stroke-opacity="0.5" stroke-width="8.8" stroke-linecap="round"/>'
      || '<text class="legend-label" x="314" y="5">foreløpig dato</text>'
      || '<text class="legend-label" x="480" y="5">tallene i ringen utenfor: ISO-uker</text>'
      || '</g>';
  END CASE;
END $$;
COMMENT ON FUNCTION vigo_cal.wheel_draw(vigo_cal.wheel_item[]) IS
  'helper of wheel_svg: one item of wheel_layout as SVG, from its rows (one, or the segments of a line)';

-- The picture: the items of wheel_layout drawn in their order, one SVG
-- document (on today's date in Norway).
CREATE OR REPLACE FUNCTION vigo_cal.wheel_svg(school_year vigo_cal.schoolyear, county text DEFAULT NULL)
  RETURNS text
  LANGUAGE sql STABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  SET jit = off
AS $$
  SELECT pg_catalog.string_agg(d.svg, '' ORDER BY d.item) || '</svg>'
    FROM (SELECT l.item,
                 vigo_cal.wheel_draw(pg_catalog.array_agg(l ORDER BY l.r_in))
                 -- the wheel's items are drawn in a group around its centre
                 || CASE WHEN min(l.layer) = 'wheel' AND pg_catalog.lead(min(l.layer)) OVER (ORDER BY l.item) IS DISTINCT FROM 'wheel'
                         THEN '</g>' ELSE '' END AS svg
            FROM vigo_cal.wheel_layout(school_year, county) AS l
           GROUP BY l.item) AS d
$$;
COMMENT ON FUNCTION vigo_cal.wheel_svg(vigo_cal.schoolyear, text) IS
  'the årshjul of a school year as an SVG picture: August at the top, months clockwise, ISO weeks, every occurrence a mark on its category''s ring, a legend; with a county, its school holidays shaded; a "today" hand in the current school year';
