-- Projected years read like printed ones: from 2024-2025 to 2040-2041 no
-- event whose date is not fixed by law or by a system falls due on a
-- Saturday, Sunday or public holiday, the job order of procedures.md holds,
-- and the same rules still reproduce the printed 2023-2024 edition.
SET search_path = vigo_cal, public;
SET datestyle = ISO;

-- Due dates that are not working days, per school year: of the events not
-- fixed (all 0; a week or span counts by its first day, a monthly event by
-- every repeat, a county deadline not at all), and, for comparison, of the
-- fixed ones (15.07 on a Saturday, 30.06 on a Sunday ...), kept on purpose.
SELECT school_year::text AS school_year, count(*) AS occurrences,
       count(*) FILTER (WHERE NOT fixed_date AND NOT is_business_day(due_date)) AS not_fixed_off_day,
       count(*) FILTER (WHERE fixed_date AND NOT is_business_day(due_date)) AS fixed_off_day
  FROM calendar_between('2024-07-01', '2041-07-31')
 WHERE school_year BETWEEN '2024-2025' AND '2040-2041'
 GROUP BY school_year ORDER BY school_year;

-- The same, listed (no rows), and with the rules alone, without overrides.
SELECT c.school_year, c.event_key, c.due_date, c.weekday
  FROM calendar_between('2024-07-01', '2041-07-31') AS c
 WHERE c.school_year BETWEEN '2024-2025' AND '2040-2041'
   AND NOT c.fixed_date AND NOT is_business_day(c.due_date);
SELECT o.school_year, o.event_key, o.due_date
  FROM occurrences('2024-2025', '2040-2041', false) AS o
  JOIN event e USING (event_key)
 WHERE NOT e.fixed_date AND NOT is_business_day(o.due_date);

-- The fixed events, and the weekdays their dates fall on in those years.
SELECT e.event_key, e.rule, string_agg(DISTINCT to_char(o.due_date, 'ID Dy'), ' ' ORDER BY to_char(o.due_date, 'ID Dy')) AS weekdays
  FROM event e JOIN occurrences('2024-2025', '2040-2041', true) AS o USING (event_key)
 WHERE e.fixed_date
 GROUP BY e.event_key, e.rule ORDER BY min(to_char(o.due_date, 'MM-DD')), e.event_key;

-- The job order of procedures.md (the runs_before links): violations per
-- school year, all 0.
SELECT y::schoolyear::text AS school_year, count(v.before_key) AS order_violations
  FROM generate_series(2024, 2040) AS y
  LEFT JOIN LATERAL order_violations(y::schoolyear) AS v ON true
 GROUP BY y ORDER BY y;

-- And the printed edition: 113 of 113 dates, at most one by an override.
SELECT count(*) FILTER (WHERE printed IS NOT NULL) AS dated,
       count(*) FILTER (WHERE verdict IN ('rule', 'override')) AS reproduced,
       count(*) FILTER (WHERE verdict = 'rule') AS by_rule,
       count(*) FILTER (WHERE verdict = 'override') AS by_override,
       count(*) FILTER (WHERE verdict = 'MISMATCH') AS mismatches
  FROM verify_edition('2023-2024');

-- The words of projected years: every date a text names is worked out
-- (no "(ingen dato ...)"), in the years of the printed edition's July rows
-- (2022-2023, event_wording, whose e5 names the September after) and in
-- every year around them; the July 2023 words apply up to 2022-2023 only.
-- e5's "Se også" names the 2. levering of the September after: the 25th,
-- or the Monday after in 2021 (a Saturday) and 2022 (a Sunday).
SELECT count(*) AS occurrences,
       count(*) FILTER (WHERE c.title LIKE '%(ingen dato%' OR c.comment LIKE '%(ingen dato%') AS without_date,
       count(*) FILTER (WHERE c.from_party = 'VIGO Sentralbasen (IST)') AS sentralbasen,
       count(*) FILTER (WHERE c.from_party = 'VIGO Sentralbasen (IST)' AND c.school_year > '2022-2023') AS sentralbasen_after_2023
  FROM calendar_between('2015-07-01', '2041-07-31') AS c;
SELECT c.school_year, c.due_date, c.comment
  FROM calendar_between('2019-07-01', '2024-07-31') AS c
 WHERE c.event_key = 'ssb_resultat_vgs_1'
 ORDER BY c.due_date;
