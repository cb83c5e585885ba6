-- security_rls.sql: row-level security on delivery_log.  A county role
-- reads and writes only its own county's rows, an admin role all; and
-- delivery_status shows a county role only its county.
BEGIN;
SELECT plan(11);

CREATE ROLE tap_oslo NOLOGIN;
CREATE ROLE tap_vestland NOLOGIN;
CREATE ROLE tap_admin NOLOGIN;
GRANT USAGE ON SCHEMA vigo_cal TO tap_oslo, tap_vestland, tap_admin;
GRANT SELECT ON ALL TABLES IN SCHEMA vigo_cal TO tap_oslo, tap_vestland, tap_admin;
GRANT INSERT, UPDATE, DELETE ON vigo_cal.delivery_log TO tap_oslo, tap_vestland, tap_admin;
INSERT INTO vigo_cal.county_member (member_role, county_number) VALUES
  ('tap_oslo', '03'), ('tap_vestland', '46'), ('tap_admin', NULL);
INSERT INTO vigo_cal.delivery_log (county, event_key, school_year, delivered_at) VALUES
  ('03', 'ssb_elev_vgs_1', '2023-2024', '2023-10-24 10:00+02'),
  ('46', 'ssb_elev_vgs_1', '2023-2024', '2023-10-25 10:00+02'),
  ('46', 'ssb_elev_vgs_2', '2023-2024', '2023-11-07 10:00+02');

SET LOCAL ROLE tap_oslo;
SELECT is((SELECT array_agg(DISTINCT county) FROM vigo_cal.delivery_log), '{03}', 'Oslo reads only Oslo''s rows');
SELECT throws_ok($$INSERT INTO vigo_cal.delivery_log (county, event_key, school_year, delivered_at)
                   VALUES ('46', 'ssb_resultat_vgs_2', '2023-2024', now())$$,
                 '42501', NULL, 'Oslo cannot insert a row for Vestland');
SELECT lives_ok($$INSERT INTO vigo_cal.delivery_log (county, event_key, school_year, delivered_at)
                  VALUES ('03', 'ssb_elev_vgs_2', '2023-2024', now())$$, 'Oslo inserts its own row');
-- an UPDATE or DELETE of Vestland's rows finds none (checked as Vestland below)
UPDATE vigo_cal.delivery_log SET note = 'endret av Oslo' WHERE county = '46';
DELETE FROM vigo_cal.delivery_log WHERE county = '46';
SELECT throws_ok($$UPDATE vigo_cal.delivery_log SET county = '46' WHERE county = '03'$$,
                 '42501', NULL, 'Oslo cannot move its row to Vestland');
SELECT is((SELECT array_agg(DISTINCT county) FROM vigo_cal.delivery_status_as_of('2023-11-10')), '{03}',
          'delivery_status_as_of shows Oslo only Oslo');
SELECT is((SELECT array_agg(DISTINCT county) FROM vigo_cal.delivery_status), '{03}',
          'the delivery_status view shows Oslo only Oslo');
RESET ROLE;

SET LOCAL ROLE tap_vestland;
SELECT is((SELECT count(*)::int FROM vigo_cal.delivery_log), 2, 'Vestland reads its two rows: Oslo''s DELETE did not reach them');
SELECT is((SELECT count(*)::int FROM vigo_cal.delivery_log WHERE note = 'endret av Oslo'), 0,
          'and Oslo''s UPDATE did not reach them');
SELECT is((SELECT status FROM vigo_cal.delivery_status_as_of('2023-11-10')
            WHERE county = '46' AND event_key = 'ssb_elev_vgs_1' AND school_year::text = '2023-2024'),
          'late', 'and sees its own status');
RESET ROLE;

SET LOCAL ROLE tap_admin;
SELECT is((SELECT count(*)::int FROM vigo_cal.delivery_log), 4, 'the admin reads every row');
SELECT ok((SELECT count(DISTINCT county) FROM vigo_cal.delivery_status_as_of('2023-11-10')) >= 11,
          'the admin sees every county in delivery_status');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
