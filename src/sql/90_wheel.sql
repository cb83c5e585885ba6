-- The årshjul as a picture: wheel_svg draws a school year as an SVG wheel,
-- August at the top and the months clockwise, with ISO weeks, a county's
-- school holidays shaded, and every event occurrence a mark on the ring of
-- its category.  xml_escape, wheel_xy and wheel_sector are its helpers.

-- @replaceable: everything below is CREATE OR REPLACE; upgrade scripts rerun it.

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
-- The wheel
-- ---------------------------------------------------------------------
CREATE OR REPLACE FUNCTION vigo_cal.wheel_svg(school_year vigo_cal.schoolyear, county text DEFAULT NULL)
  RETURNS text
  LANGUAGE plpgsql STABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  SET jit = off
AS $$
DECLARE
  -- geometry in px: a 1000 px wide canvas, the wheel centred on (cx, cy)
  width constant integer := 1000;
  cx constant integer := 500;
  cy constant integer := 548;
  r_month_out constant double precision := 440;   -- month band
  r_month_in constant double precision := 404;
  r_week_in constant double precision := 380;     -- week band: ticks and numbers
  r_ring_out constant double precision := 374;    -- the category rings
  r_ring_in constant double precision := 128;
  r_center constant double precision := 116;      -- the disc in the middle
  ring_gap constant double precision := 4;
  max_lanes constant integer := 4;                -- marks of one ring side by side on a day
  month_names constant text[] := ARRAY['Januar', 'Februar', 'Mars', 'April', 'Mai', 'Juni', 'Juli',
                                       'August', 'September', 'Oktober', 'November', 'Desember'];
  y0 date;
  y1 date;
  nd integer;
  county_name text;
  holiday_color text;
  svg text := '';
  body text := '';
  legend text := '';
  rec record;
  -- the marks, in ring order
  m_ring integer[] := '{}';
  m_lane integer[] := '{}';
  m_s integer[] := '{}';
  m_e integer[] := '{}';
  m_span boolean[] := '{}';
  m_tent boolean[] := '{}';
  m_color text[] := '{}';
  m_tip text[] := '{}';
  m_cat text[] := '{}';
  m_date text[] := '{}';
  n_marks integer := 0;
  -- the rings
  ring_key text[] := '{}';
  ring_color text[] := '{}';
  ring_lanes integer[] := '{}';
  ring_count integer[] := '{}';
  ring_outer double precision[] := '{}';
  ring_width double precision[] := '{}';
  n_rings integer;
  lane_end integer[];
  cur_ring integer := 0;
  min_gap double precision;
  lane integer;
  i integer;
  total_lanes integer;
  pitch double precision;
  pad double precision;
  dot_r double precision;
  r double precision;
  a1 double precision;
  a2 double precision;
  y double precision;
  rows_per_col integer;
  today date := vigo_cal.today();
  n_holidays integer := 0;
BEGIN
  IF school_year IS NULL THEN
    RETURN NULL;
  END IF;
  y0 := vigo_cal.first_day(school_year);
  y1 := vigo_cal.last_day(school_year);
  nd := y1 - y0 + 1;
  IF county IS NOT NULL THEN
    -- an unknown county is an error (22023) listing the counties
    SELECT string_agg(c.name, ', ' ORDER BY c.county_number) INTO county_name
      FROM vigo_cal.county c
     WHERE c.county_number = ANY (vigo_cal.county_numbers(county));
  END IF;
  holiday_color := coalesce((SELECT c.color FROM vigo_cal.category c WHERE c.category_key = 'school_holiday'),
                            '#a0cbe8');

  -- The categories with occurrences this year get a ring each, in legend
  -- order from the outside in.
  SELECT array_agg(k.category_key ORDER BY k.sort_order, k.category_key),
         array_agg(k.color ORDER BY k.sort_order, k.category_key)
    INTO ring_key, ring_color
    FROM vigo_cal.category k
   WHERE k.category_key IN (SELECT c.category FROM vigo_cal.calendar_between(y0, y1) AS c);
  n_rings := coalesce(array_length(ring_key, 1), 0);
  ring_key := coalesce(ring_key, '{}');

  -- Every occurrence with a day in the school year, clipped to it.  Marks
  -- of one ring that would overlap go into lanes (concentric tracks inside
  -- the ring), so that none hides another.
  FOR rec IN
    SELECT array_position(ring_key, c.category) AS ring,
           greatest(c.due_date, y0) - y0 AS s,
           least(coalesce(c.due_end, c.due_date), y1) - y0 AS e,
           coalesce(c.due_end, c.due_date) > c.due_date AS span,
           c.tentative, c.category, c.category_color, to_char(c.due_date, 'YYYY-MM-DD') AS due,
           coalesce(c.date_label || ': ', '') || coalesce(c.title, c.event_key) AS tip
      FROM vigo_cal.calendar_between(y0, y1) AS c
     ORDER BY 1, 2, 3, c.event_key, c.occurrence
  LOOP
    IF rec.ring <> cur_ring THEN
      cur_ring := rec.ring;
      lane_end := array_fill(-100000, ARRAY[max_lanes]);
      ring_lanes[cur_ring] := 1;
      ring_count[cur_ring] := 0;
      -- the least distance in days between two marks in one lane: the
      -- width of a mark at the ring's estimated radius
      min_gap := 13.0 / (2 * pi() * (r_ring_out - (cur_ring - 0.5) * (r_ring_out - r_ring_in) / n_rings) / nd);
    END IF;
    lane := NULL;
    FOR i IN 1 .. max_lanes LOOP
      IF rec.s - lane_end[i] >= min_gap THEN
        lane := i;
        EXIT;
      END IF;
    END LOOP;
    IF lane IS NULL THEN
      -- no room: the lane that is free soonest
      lane := 1;
      FOR i IN 2 .. max_lanes LOOP
        IF lane_end[i] < lane_end[lane] THEN
          lane := i;
        END IF;
      END LOOP;
    END IF;
    lane_end[lane] := rec.e;
    ring_lanes[cur_ring] := greatest(ring_lanes[cur_ring], lane);
    ring_count[cur_ring] := ring_count[cur_ring] + 1;
    n_marks := n_marks + 1;
    m_ring[n_marks] := rec.ring;
    m_lane[n_marks] := lane;
    m_s[n_marks] := rec.s;
    m_e[n_marks] := rec.e;
    m_span[n_marks] := rec.span;
    m_tent[n_marks] := rec.tentative;
    m_color[n_marks] := vigo_cal.xml_escape(rec.category_color);
    m_tip[n_marks] := rec.tip;
    m_cat[n_marks] := rec.category;
    m_date[n_marks] := rec.due;
  END LOOP;

  -- Ring widths: lanes of equal pitch, what is left over shared out.
  total_lanes := 0;
  FOR i IN 1 .. n_rings LOOP
    total_lanes := total_lanes + ring_lanes[i];
  END LOOP;
  IF n_rings > 0 THEN
    pitch := least(14.0, (r_ring_out - r_ring_in - ring_gap * (n_rings - 1)) / total_lanes);
    pad := (r_ring_out - r_ring_in - ring_gap * (n_rings - 1) - pitch * total_lanes) / n_rings;
    dot_r := least(5.5, pitch * 0.42);
    r := r_ring_out;
    FOR i IN 1 .. n_rings LOOP
      ring_outer[i] := r;
      ring_width[i] := ring_lanes[i] * pitch + pad;
      r := r - ring_width[i] - ring_gap;
    END LOOP;
  END IF;

  -- ---- the wheel, drawn around (0,0) ----
  body := body || format('<g transform="translate(%s,%s)">', cx, cy);
  body := body || format('<circle class="face" r="%s"/>', r_month_in);

  -- month sectors and their names
  FOR i IN 0 .. 11 LOOP
    a1 := 360.0 * ((y0 + make_interval(months => i))::date - y0) / nd;
    a2 := 360.0 * ((y0 + make_interval(months => i + 1))::date - y0) / nd;
    body := body || format('<path class="month m%s" d="%s"/>', i % 2,
                           vigo_cal.wheel_sector(r_month_in, r_month_out, a1, a2));
  END LOOP;

  -- the county's school holidays, shaded across the rings and the weeks
  IF county IS NOT NULL THEN
    FOR rec IN
      SELECT DISTINCT greatest(lower(h.days), y0) - y0 AS s, least(upper(h.days), y1 + 1) - y0 AS e
        FROM vigo_cal.school_holidays(county, school_year) AS h
       WHERE lower(h.days) <= y1 AND upper(h.days) > y0
       ORDER BY 1, 2
    LOOP
      body := body || format('<path class="holiday" d="%s"/>',
                             vigo_cal.wheel_sector(r_ring_in, r_month_in, 360.0 * rec.s / nd, 360.0 * rec.e / nd));
      n_holidays := n_holidays + 1;
    END LOOP;
  END IF;

  -- ring tracks, tinted with the category's colour
  FOR i IN 1 .. n_rings LOOP
    body := body || format('<circle class="ring" r="%s" stroke="%s" stroke-width="%s"/>',
                           round((ring_outer[i] - ring_width[i] / 2)::numeric, 1), vigo_cal.xml_escape(ring_color[i]),
                           round(ring_width[i]::numeric, 1));
  END LOOP;

  -- week lines and ticks at every Monday, the ISO week number mid-week
  FOR rec IN
    SELECT d::date AS monday, (d::date - y0) AS s, extract(week FROM d)::integer AS week
      FROM generate_series((y0 - (extract(isodow FROM y0)::integer - 1))::timestamp, y1::timestamp,
                           interval '7 days') AS d
  LOOP
    IF rec.s > 0 THEN
      a1 := 360.0 * rec.s / nd;
      body := body || format('<path class="week-line" d="M%sL%s"/><path class="week-tick" d="M%sL%s"/>',
                             vigo_cal.wheel_xy(r_ring_in, a1), vigo_cal.wheel_xy(r_ring_out, a1),
                             vigo_cal.wheel_xy(r_week_in + 16, a1), vigo_cal.wheel_xy(r_month_in, a1));
    END IF;
    IF rec.s + 3.5 BETWEEN 0 AND nd THEN
      a1 := 360.0 * (rec.s + 3.5) / nd;
      body := body || vigo_cal.wheel_text('week-number', rec.week::text, r_week_in + 9, a1);
    END IF;
  END LOOP;

  -- month boundaries across the whole wheel, the names in the band
  FOR i IN 0 .. 11 LOOP
    a1 := 360.0 * ((y0 + make_interval(months => i))::date - y0) / nd;
    a2 := 360.0 * ((y0 + make_interval(months => i + 1))::date - y0) / nd;
    -- (not across the week numbers)
    body := body || format('<path class="%s" d="M%sL%sM%sL%s"/>',
                           CASE WHEN i = 0 THEN 'year-line' ELSE 'month-line' END,
                           vigo_cal.wheel_xy(r_ring_in - 6, a1), vigo_cal.wheel_xy(r_week_in, a1),
                           vigo_cal.wheel_xy(r_month_in, a1),
                           vigo_cal.wheel_xy(r_month_out + CASE WHEN i = 0 THEN 8 ELSE 0 END, a1));
    body := body || vigo_cal.wheel_text('month-name',
                      month_names[extract(month FROM y0 + make_interval(months => i))::integer],
                      (r_month_in + r_month_out) / 2, (a1 + a2) / 2);
  END LOOP;

  -- the marks: a dot for a day, an arc for a span; a tentative date hollow
  -- (a dot) or pale (an arc).  Colours go in style, which the style sheet
  -- does not override.
  FOR i IN 1 .. n_marks LOOP
    r := ring_outer[m_ring[i]] - pad / 2 - (m_lane[i] - 0.5) * pitch;
    IF m_span[i] THEN
      body := body || format('<path class="event span%s" data-category="%s" data-date="%s" d="%s"'
                             || ' style="stroke:%s;stroke-width:%s"><title>%s</title></path>',
                             CASE WHEN m_tent[i] THEN ' tentative' ELSE '' END,
                             vigo_cal.xml_escape(m_cat[i]), m_date[i],
                             vigo_cal.wheel_sector(NULL, r, 360.0 * (m_s[i] + 0.2) / nd, 360.0 * (m_e[i] + 0.8) / nd),
                             m_color[i], round((dot_r * 1.6)::numeric, 1), vigo_cal.xml_escape(m_tip[i]));
    ELSE
      body := body || format('<circle class="event%s" data-category="%s" data-date="%s" cx="%s" cy="%s" r="%s"'
                             || ' style="%s:%s"><title>%s</title></circle>',
                             CASE WHEN m_tent[i] THEN ' tentative' ELSE '' END,
                             vigo_cal.xml_escape(m_cat[i]), m_date[i],
                             split_part(vigo_cal.wheel_xy(r, 360.0 * (m_s[i] + 0.5) / nd), ',', 1),
                             split_part(vigo_cal.wheel_xy(r, 360.0 * (m_s[i] + 0.5) / nd), ',', 2),
                             round((CASE WHEN m_tent[i] THEN dot_r - 0.8 ELSE dot_r END)::numeric, 1),
                             CASE WHEN m_tent[i] THEN 'stroke' ELSE 'fill' END, m_color[i],
                             vigo_cal.xml_escape(m_tip[i]));
    END IF;
  END LOOP;

  -- the disc in the middle
  body := body || format('<circle class="center" r="%s"/>', r_center)
    || format('<text class="center-year" y="-8">%s</text>', school_year::text)
    || format('<text class="center-sub" y="18">%s</text>',
              n_marks || CASE WHEN n_marks = 1 THEN ' hendelse' ELSE ' hendelser' END)
    || CASE WHEN county_name IS NOT NULL
            THEN format('<text class="center-sub" y="40">%s</text>', vigo_cal.xml_escape(county_name))
            ELSE '' END;

  -- today, when today is in the school year: a hand, the date at its tip
  IF today BETWEEN y0 AND y1 THEN
    a1 := 360.0 * ((today - y0) + 0.5) / nd;
    body := body || format('<g class="today"><path d="M%sL%s"/><circle cx="%s" cy="%s" r="5"/>'
                           || '<text class="today-label" x="%s" y="%s" dy="0.35em" text-anchor="%s">%s</text></g>',
                           vigo_cal.wheel_xy(r_center, a1), vigo_cal.wheel_xy(r_month_out + 12, a1),
                           split_part(vigo_cal.wheel_xy(r_month_out + 12, a1), ',', 1),
                           split_part(vigo_cal.wheel_xy(r_month_out + 12, a1), ',', 2),
                           split_part(vigo_cal.wheel_xy(r_month_out + 22, a1), ',', 1),
                           split_part(vigo_cal.wheel_xy(r_month_out + 22, a1), ',', 2),
                           CASE WHEN sind(a1) > 0.25 THEN 'start' WHEN sind(a1) < -0.25 THEN 'end' ELSE 'middle' END,
                           'i dag ' || to_char(today, 'FMDD.FMMM.'));
  END IF;
  body := body || '</g>';

  -- ---- the legend, under the wheel ----
  y := cy + r_month_out + 44;
  legend := legend || format('<text class="legend-head" x="60" y="%s">%s</text>', y,
                             'Kategorier (ringene fra ytterst til innerst)');
  y := y + 14;
  rows_per_col := (coalesce((SELECT count(*) FROM vigo_cal.category), 0) + 1) / 2;
  FOR rec IN
    SELECT k.label, k.color, (row_number() OVER (ORDER BY array_position(ring_key, k.category_key) NULLS LAST,
                                                   k.sort_order, k.category_key) - 1)::integer AS n,
           array_position(ring_key, k.category_key) AS ring
      FROM vigo_cal.category k
     ORDER BY 3
  LOOP
    legend := legend || format(
      '<g class="legend-item" transform="translate(%s,%s)"><rect class="swatch%s" x="0" y="0" width="22" height="14" rx="3" fill="%s"/>'
      || '<text class="legend-label" x="32" y="12">%s <tspan class="legend-count">%s</tspan></text></g>',
      60 + (rec.n / rows_per_col) * 460, y + (rec.n % rows_per_col) * 26,
      CASE WHEN rec.ring IS NULL THEN ' unused' ELSE '' END, vigo_cal.xml_escape(rec.color),
      vigo_cal.xml_escape(rec.label),
      CASE WHEN rec.ring IS NULL THEN '(ingen i ' || school_year::text || ')' ELSE '(' || ring_count[rec.ring] || ')' END);
  END LOOP;
  y := y + rows_per_col * 26 + 14;

  -- how to read the marks
  legend := legend || format('<g class="key" transform="translate(60,%s)">', y)
    || '<circle cx="8" cy="0" r="5.5" fill="#4b5563"/><text class="legend-label" x="20" y="5">én dag</text>'
    || '<path d="M110,0L140,0" stroke="#4b5563" stroke-width="8.8" stroke-linecap="round"/>'
    || '<text class="legend-label" x="152" y="5">periode</text>'
    || '<circle cx="252" cy="0" r="4.5" fill="#ffffff" stroke="#4b5563" stroke-width="2.2"/>'
    || '<path d="M272,0L302,0" stroke="#4b5563" stroke-opacity="0.5" stroke-width="8.8" stroke-linecap="round"/>'
    || '<text class="legend-label" x="314" y="5">foreløpig dato</text>'
    || '<text class="legend-label" x="480" y="5">tallene i ringen utenfor: ISO-uker</text>'
    || '</g>';
  y := y + 30;

  -- the county's school holidays, one line each
  IF county IS NOT NULL THEN
    y := y + 10;
    legend := legend || format('<text class="legend-head" x="60" y="%s">%s</text>', y + 4,
                               vigo_cal.xml_escape('Skoleferie i ' || county_name || ' (skyggelagt)'));
    y := y + 18;
    FOR rec IN
      SELECT h.kind, lower(h.days) AS lo, upper(h.days) - 1 AS hi, bool_or(h.tentative) AS tentative,
             string_agg(h.region, ', ' ORDER BY h.region) AS regions
        FROM vigo_cal.school_holidays(county, school_year) AS h
       GROUP BY h.kind, h.days
       ORDER BY lower(h.days), upper(h.days), h.kind
    LOOP
      legend := legend || format(
        '<g class="legend-item" transform="translate(60,%s)"><rect class="swatch" x="0" y="0" width="22" height="14" rx="3" fill="%s"/>'
        || '<text class="legend-label" x="32" y="12">%s</text></g>',
        y, vigo_cal.xml_escape(holiday_color),
        vigo_cal.xml_escape(
          CASE rec.kind WHEN 'hostferie' THEN 'Høstferie' WHEN 'vinterferie' THEN 'Vinterferie'
                        WHEN 'juleferie' THEN 'Juleferie' WHEN 'paaskeferie' THEN 'Påskeferie'
                        WHEN 'sommerferie' THEN 'Sommerferie' ELSE 'Fri' END
          || ' ' || to_char(rec.lo, 'DD.MM.') || CASE WHEN rec.hi > rec.lo THEN '–' || to_char(rec.hi, 'DD.MM.') ELSE '' END
          || ' (uke ' || extract(week FROM rec.lo)::integer
          || CASE WHEN extract(week FROM rec.hi) <> extract(week FROM rec.lo)
                  THEN '–' || extract(week FROM rec.hi)::integer ELSE '' END || ')'
          || CASE WHEN rec.regions <> county_name THEN ', ' || rec.regions ELSE '' END
          || CASE WHEN rec.tentative THEN ', med forbehold om endringer' ELSE '' END));
      y := y + 24;
    END LOOP;
    IF n_holidays = 0 THEN
      legend := legend || format('<text class="legend-label" x="60" y="%s">%s</text>', y + 12,
                                 'ingen skoleferier registrert for ' || school_year::text);
      y := y + 24;
    END IF;
  END IF;

  -- in the current school year, what comes next
  IF today BETWEEN y0 AND y1 THEN
    y := y + 10;
    legend := legend || format('<text class="legend-head" x="60" y="%s">%s</text>', y + 4, 'Neste hendelser');
    y := y + 18;
    FOR rec IN
      SELECT c.due_date, c.due_end, c.category_color, c.title
        FROM vigo_cal.calendar_between(today, y1) AS c
       ORDER BY c.due_date, c.event_key, c.occurrence
       LIMIT 6
    LOOP
      legend := legend || format(
        '<g class="next-item" transform="translate(60,%s)"><circle cx="11" cy="7" r="5.5" style="fill:%s"/>'
        || '<text class="legend-label" x="32" y="12"><tspan class="legend-date">%s</tspan> %s</text></g>',
        y, vigo_cal.xml_escape(rec.category_color),
        to_char(rec.due_date, 'DD.MM.')
          || CASE WHEN rec.due_end > rec.due_date THEN '–' || to_char(rec.due_end, 'DD.MM.') ELSE '' END,
        vigo_cal.xml_escape(CASE WHEN length(rec.title) > 88 THEN rtrim(left(rec.title, 87)) || '…'
                                 ELSE rec.title END));
      y := y + 24;
    END LOOP;
  END IF;

  -- ---- the document ----
  svg := format('<svg xmlns="http://www.w3.org/2000/svg" width="%1$s" height="%2$s" viewBox="0 0 %1$s %2$s"'
                || ' font-family="DejaVu Sans, Verdana, Arial, Helvetica, sans-serif">', width, ceil(y + 20)::integer)
    || format('<title>%s</title>',
              vigo_cal.xml_escape('Årshjul VIGO ' || school_year::text || coalesce(' – ' || county_name, '')))
    || '<style>'
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
    || format('<rect class="bg" width="%s" height="%s"/>', width, ceil(y + 20)::integer)
    || format('<text class="title" x="%s" y="46">%s</text>', cx,
              vigo_cal.xml_escape('Årshjul VIGO ' || school_year::text || coalesce(' – ' || county_name, '')))
    || format('<text class="subtitle" x="%s" y="74">%s</text>', cx,
              vigo_cal.xml_escape(to_char(y0, 'FMDD') || '. august ' || extract(year FROM y0)::integer
                                  || ' – ' || to_char(y1, 'FMDD') || '. juli ' || extract(year FROM y1)::integer
                                  || ' · ' || n_marks || CASE WHEN n_marks = 1 THEN ' hendelse' ELSE ' hendelser' END
                                  || ' i ' || n_rings || CASE WHEN n_rings = 1 THEN ' kategori' ELSE ' kategorier' END
                                  || CASE WHEN county_name IS NOT NULL
                                          THEN ' · skoleferie i ' || county_name || ' skyggelagt' ELSE '' END));
  RETURN svg || body || legend || '</svg>';
END $$;
COMMENT ON FUNCTION vigo_cal.wheel_svg(vigo_cal.schoolyear, text) IS
  'the årshjul of a school year as an SVG picture: August at the top, months clockwise, ISO weeks, every occurrence a mark on its category''s ring, a legend; with a county, its school holidays shaded; a "today" hand in the current school year';
