-- The årshjul as data: the 2023-2024 edition reproduced, verified against
-- its printed dates, and the same rules giving 2026-2027.
SET search_path = vigo_cal, public;
SET datestyle = ISO;

-- What the extension ships.
SELECT (SELECT count(*) FROM event) AS events, (SELECT count(*) FROM event_override) AS overrides,
       (SELECT count(*) FROM event_link) AS links, (SELECT count(*) FROM party) AS parties,
       (SELECT count(*) FROM category) AS categories, (SELECT count(*) FROM edition_entry) AS edition_entries;

-- Every entry of the 2023-2024 edition: the printed date, what the rule
-- alone gives, the final date after overrides, and the verdict.
SELECT entry, event_key, printed, printed_end, by_rule, final, final_end, verdict, reason
  FROM verify_edition('2023-2024');

-- The figures: every dated entry reproduced, overrides on under 10% of entries.
SELECT count(*) AS entries,
       count(*) FILTER (WHERE printed IS NOT NULL) AS dated,
       count(*) FILTER (WHERE verdict IN ('rule', 'override')) AS reproduced,
       round(100.0 * count(*) FILTER (WHERE verdict IN ('rule', 'override'))
             / count(*) FILTER (WHERE printed IS NOT NULL), 1) AS reproduced_pct,
       count(*) FILTER (WHERE verdict = 'override') AS by_override,
       round(100.0 * count(*) FILTER (WHERE verdict = 'override') / count(*), 1) AS override_pct,
       count(*) FILTER (WHERE verdict = 'MISMATCH') AS mismatches
  FROM verify_edition('2023-2024');

-- The July duties printed twice (July 2023 and July 2024): one event each,
-- one rule giving both dates.
SELECT ee.event_key, e.rule, string_agg(ee.entry || ' ' || ee.printed_date, ', ' ORDER BY ee.printed_date) AS printed
  FROM edition_entry ee JOIN event e USING (event_key)
 GROUP BY ee.event_key, e.rule HAVING count(*) = 2
 ORDER BY min(ee.printed_date), ee.event_key;

-- The job order of the document holds every year from 2015-2016 to 2034-2035.
SELECT sy, count(v.*) AS violations
  FROM generate_series(2015, 2034) AS y, LATERAL (SELECT y::schoolyear AS sy) s
  LEFT JOIN LATERAL order_violations(sy) v ON true
 GROUP BY sy HAVING count(v.*) > 0;

-- The document for 2023-2024, as printed: July 2023 to August 2024.
SELECT month_heading, date_label, due_date, due_end, event_key, from_party, what, to_party, comment, category
  FROM arshjul('2023-2024');

-- The document for 2026-2027 from the same rules.  Checked by hand against
-- a 2026-2027 calendar: Conexus in July is the first Tuesday (06.07.2027);
-- ssbResultat is on 15.07.2027, a Thursday, with the county deadline
-- Wednesday 14.07 and Udir's feedback Friday 16.07; høstferie uke 40 is
-- 28.09-02.10.2026, Nordland's too (the whole week 40 since 2024); the
-- October private-school chain starts Monday 12.10.2026 (2. mandag i
-- oktober) with the data in VIGO two working days later, Wednesday 14.10;
-- vinterferie uke 8 is 22.-26.02.2027 (the school holidays are those of
-- the counties' skoleruter, most projected: school_holidays.sql); 17 May
-- 2027 is both Grunnlovsdag and Andre pinsedag, so nothing falls due on
-- it by a working-day rule.
-- Dates of 2026-2027 that are a weekend move as an editor moves them:
-- ssbElev due Sun 25.10 and Sun 08.11.2026 is delivered Mon 26.10 and
-- Mon 09.11 (county deadline still the day before, the Sunday; rights
-- update the Friday), ssbKontrakt Sun 06.12 on Mon 07.12, the 3 January
-- rows (Sun 03.01.2027) on Mon 04.01, the last day of sletting av inntaket
-- (Fri 20.11) stays and its first day Sat 14.11 moves to Mon 16.11, and
-- Fellessensur, Wed-Fri of week 25, is 23.-25.06.2027.
SELECT month_heading, date_label, due_date, due_end, event_key, from_party, what, to_party, comment, category
  FROM arshjul('2026-2027');
SELECT due_date, to_char(due_date, 'Dy') AS dow, event_key
  FROM arshjul('2026-2027')
 WHERE event_key IN ('conexus_juli', 'ssb_resultat_vgs_1', 'udir_tilbakemelding_resultat_vgs_1',
                     'hostferie_uke_40', 'privatskoledata_oktober', 'vinterferie_uke_8',
                     'ssb_elev_vgs_1', 'ssb_elev_vgs_2', 'ssb_kontrakt_1', 'fellessensur_vgs_host',
                     'sletting_inntak_forste', 'fellessensur_gs')
 ORDER BY due_date, event_key;

-- The last working day on or before each deadline of 2026-2027 (the
-- county deadline where there is one, else the last day), where it is not
-- the last day itself: the county deadlines, and a fixed date on a
-- weekend; every other last day is a working day by its rule.  Checked by
-- hand: ssbResultat's county deadline Tuesday 14.07 is a working day;
-- ssbElev, delivered Monday 26.10 as the 25th is a Sunday, keeps its county
-- deadline the day before, Sunday 25.10, and goes back to Friday 23.10;
-- Lånekassen's county deadline Sunday 28.02.2027 to Friday 26.02;
-- lærer-brukere passiv, fixed on Saturday 31.07.2027, to Friday 30.07.
SELECT due_date, to_char(due_date, 'Dy') AS dow, event_key, last_working_day,
       to_char(last_working_day, 'Dy') AS lwd_dow
  FROM arshjul('2026-2027')
 WHERE last_working_day <> due_end
 ORDER BY due_date, event_key;

-- Errors: a reference to an unknown event, and a reference cycle.
BEGIN;
UPDATE event SET rule = 'finnes_ikke + 1 virkedag' WHERE event_key = 'udir_tilbakemelding_resultat_gs';
SELECT count(*) FROM arshjul('2023-2024');
ROLLBACK;
BEGIN;
UPDATE event SET rule = 'udir_tilbakemelding_resultat_gs - 1 virkedag' WHERE event_key = 'ssb_resultat_gs_endelig';
SELECT count(*) FROM arshjul('2023-2024');
ROLLBACK;
