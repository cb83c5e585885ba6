-- fixture.sql: the delivery log the BI tests and the panels of
-- doc/dashboards.md run on, as of 25 November 2026 (vigo_cal.today set to
-- that day).  Vestland (46) has logged most of its 2026-2027 deliveries,
-- some late; Oslo (03) three, one ahead of time; every other county
-- nothing.  Days are Norwegian: the ssb_elev_vgs_1 delivery at 00:30 on
-- Monday 26 October is late for its deadline, Sunday 25 October, although
-- it is still the 25th in UTC.
INSERT INTO vigo_cal.delivery_log (county, event_key, school_year, occurrence, delivered_at, delivered_by, note) VALUES
  ('46', 'lanekassen_eksamensresultater', '2026-2027', 1, '2026-08-31 10:00+02', 'fylke46', NULL),
  ('46', 'rett_ssb_resultat_vgs_2', '2026-2027', 1, '2026-09-24 08:00+02', 'fylke46', NULL),
  ('46', 'ssb_resultat_vgs_2', '2026-2027', 1, '2026-09-27 14:00+02', 'fylke46', 'etter helgen'),
  ('46', 'rett_ssb_elev_1', '2026-2027', 1, '2026-10-23 09:00+02', 'fylke46', NULL),
  ('46', 'ssb_elev_vgs_1', '2026-2027', 1, '2026-10-26 00:30+01', 'fylke46', 'like etter midnatt'),
  ('46', 'programomradekoder_soknad', '2026-2027', 1, '2026-11-03 12:00+01', 'fylke46', NULL),
  ('46', 'ssb_elev_vgs_2', '2026-2027', 1, '2026-11-06 15:00+01', 'fylke46', NULL),
  ('46', 'ssb_resultat_vgs_1', '2025-2026', 1, '2026-07-14 11:00+02', 'fylke46', NULL),
  ('03', 'lanekassen_eksamensresultater', '2026-2027', 1, '2026-08-28 10:00+02', 'fylke03', NULL),
  ('03', 'ssb_resultat_vgs_2', '2026-2027', 1, '2026-09-23 10:00+02', 'fylke03', NULL),
  ('03', 'vilbli_fylkestekster', '2026-2027', 1, '2026-11-20 09:00+01', 'fylke03', 'tidlig ute');
