#!/usr/bin/env bash
# demo.sh: the quick start.  A throwaway cluster with vigo_cal installed:
# this school year and week, the holidays and working days, what falls due
# next, the status of a small sample delivery log, and the calendar as an
# iCalendar file, the wheel as SVG (and PNG), and the printed edition as
# HTML, as PDF (printed by headless Chromium) and its first page as PNG, in
# a folder it names.
. "$(dirname "$0")/lib.sh"
DEMO_DIR=${DEMO_DIR:-$REPO/demo-output}
setup
mkdir -p "$DEMO_DIR"
psql -X -q -v ON_ERROR_STOP=1 -d postgres <<'SQL'
CREATE EXTENSION vigo_cal;
SET search_path = public, vigo_cal;
\pset footer off
\echo
\echo 'Today in Oslo, its school year and ISO week'
SELECT today() AS today, current_schoolyear() AS school_year,
       isoweek(today()) AS iso_week, is_business_day(today()) AS business_day;
\echo 'Public holidays this calendar year'
SELECT day, to_char(day, 'Dy') AS weekday, name
  FROM public_holidays(extract(year FROM today())::int);
\echo 'The next five working days after today'
-- rolling a day off backward first makes n = 1 the first working day after today
SELECT n, d AS working_day, to_char(d, 'Dy') AS weekday
  FROM generate_series(1, 5) AS n, add_business_days(today(), n, 'backward') AS d;
\echo 'What falls due in the next 21 days'
SELECT due_date, date_label, last_working_day, left(title, 60) AS title, to_party FROM upcoming(21);
\echo 'Vestland''s school holidays this school year (tentative: not yet confirmed by the county; projected: expected from an earlier year)'
SELECT kind, region, first_day, last_day, tentative, projected, source_kind
  FROM school_holidays('Vestland', current_schoolyear());

-- A sample log for Vestland (46): on time, a day late, or not at all.
INSERT INTO delivery_log (county, event_key, school_year, delivered_at, note)
SELECT county, event_key, school_year,
       (county_deadline + CASE WHEN n % 3 = 0 THEN 1 ELSE -1 END)::timestamptz + interval '12 hours',
       'sample'
  FROM (SELECT s.*, row_number() OVER (ORDER BY county_deadline, event_key) AS n
          FROM delivery_status s
         WHERE county = '46' AND school_year = current_schoolyear() AND county_deadline < today()) AS owed
 WHERE n % 4 <> 0;
\echo 'Vestland''s deliveries this school year, from a sample log'
SELECT county_deadline, last_working_day, event_key, delivered_on, status, business_days_late
  FROM delivery_status
 WHERE county = '46' AND school_year = current_schoolyear() AND county_deadline < today() + 21
 ORDER BY county_deadline, event_key;
\echo 'Late or missing, per county, this school year'
SELECT county, county_name, count(*) FILTER (WHERE status = 'late') AS late,
       count(*) FILTER (WHERE status = 'missing') AS missing
  FROM delivery_status WHERE school_year = current_schoolyear()
 GROUP BY 1, 2 HAVING count(*) FILTER (WHERE status IN ('late', 'missing')) > 0 ORDER BY 1;
SQL
psql -X -q -A -t -v ON_ERROR_STOP=1 -d postgres \
     -c "SELECT vigo_cal.ical(vigo_cal.current_schoolyear(), 'Vestland')" > "$DEMO_DIR/vigo_cal.ics"
psql -X -q -A -t -v ON_ERROR_STOP=1 -d postgres \
     -c "SELECT vigo_cal.wheel_svg(vigo_cal.current_schoolyear(), 'Vestland')" > "$DEMO_DIR/arshjul.svg"
command -v rsvg-convert >/dev/null && rsvg-convert -w 1000 "$DEMO_DIR/arshjul.svg" -o "$DEMO_DIR/arshjul.png"
# the edition as its readers get it: HTML, printed to PDF by the browser,
# and its first page as a picture
psql -X -q -A -t -v ON_ERROR_STOP=1 -d postgres \
     -c "SELECT vigo_cal.arshjul_html(vigo_cal.current_schoolyear())" > "$DEMO_DIR/arshjul.html"
if command -v chromium >/dev/null; then
    HOME=${HOME:-/tmp} chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
        --print-to-pdf="$DEMO_DIR/arshjul.pdf" "file://$DEMO_DIR/arshjul.html" >/dev/null 2>&1
    command -v pdftoppm >/dev/null && \
        pdftoppm -png -r 100 -f 1 -l 1 -singlefile "$DEMO_DIR/arshjul.pdf" "$DEMO_DIR/arshjul-side1"
fi
echo
echo "Written to $DEMO_DIR:"
ls -l "$DEMO_DIR"
