-- security_audit.sql: who recorded a delivery and when is the server's
-- word, not the county's; a membership follows its role (a dropped role's
-- row counts for no one after it, not even a role given its OID); every
-- table has a primary key.
BEGIN;
SELECT plan(17);

CREATE ROLE tap_audit_county NOLOGIN;
CREATE ROLE tap_audit_admin NOLOGIN;
GRANT USAGE ON SCHEMA vigo_cal TO tap_audit_county, tap_audit_admin;
GRANT SELECT ON ALL TABLES IN SCHEMA vigo_cal TO tap_audit_county, tap_audit_admin;
GRANT INSERT, UPDATE, DELETE ON vigo_cal.delivery_log TO tap_audit_county;
GRANT INSERT, UPDATE, DELETE ON vigo_cal.county_member TO tap_audit_admin;
INSERT INTO vigo_cal.county_member (member_role, county_number) VALUES ('tap_audit_county', '46');

-- ---------------------------------------------------------------------
-- recorded_by, recorded_at: set by the server
-- ---------------------------------------------------------------------
SET LOCAL ROLE tap_audit_county;
-- a county claims an old delivery, and tries to say it was recorded then,
-- by the administrator
INSERT INTO vigo_cal.delivery_log (county, event_key, school_year, delivered_at, delivered_by, recorded_by, recorded_at)
VALUES ('46', 'ssb_elev_vgs_1', '2023-2024', '2023-10-20 10:00+02', 'vigo_admin', 'vigo_admin', '2023-10-20 10:00+02');
SELECT is((SELECT recorded_by FROM vigo_cal.delivery_log WHERE county = '46'), session_user::text,
          'recorded_by is the session user, whatever the county wrote');
SELECT ok((SELECT recorded_at BETWEEN now() AND clock_timestamp() FROM vigo_cal.delivery_log WHERE county = '46'),
          'recorded_at is the time of the statement, whatever the county wrote');
SELECT is((SELECT delivered_at::text || ' ' || delivered_by FROM vigo_cal.delivery_log WHERE county = '46'),
          '2023-10-20 08:00:00+00 vigo_admin', 'delivered_at and delivered_by stay the county''s claim');
UPDATE vigo_cal.delivery_log SET recorded_by = 'vigo_admin', recorded_at = '2023-10-20 10:00+02', note = 'rettet'
 WHERE county = '46';
SELECT is((SELECT recorded_by || ' ' || (recorded_at BETWEEN now() AND clock_timestamp())::text FROM vigo_cal.delivery_log WHERE county = '46'),
          session_user || ' true', 'an UPDATE cannot set them either: it is recorded as a new writing');
SELECT is((SELECT status || ' ' || recorded_after_deadline::text FROM vigo_cal.delivery_status_as_of('2023-11-01')
            WHERE county = '46' AND event_key = 'ssb_elev_vgs_1' AND school_year::text = '2023-2024'),
          'on_time true',
          'delivery_status: claimed on time, recorded after the deadline, and shows both');
SELECT is((SELECT array_agg(attname::text ORDER BY attnum) FROM pg_attribute
            WHERE attrelid = 'vigo_cal.delivery_status'::regclass AND attname LIKE 'recorded%'),
          ARRAY['recorded_at', 'recorded_after_deadline'], 'the view delivery_status has both columns');
RESET ROLE;
-- the table's owner may write them (pg_restore gives back what was dumped)
INSERT INTO vigo_cal.delivery_log (county, event_key, school_year, delivered_at, recorded_by, recorded_at)
VALUES ('03', 'ssb_elev_vgs_1', '2023-2024', '2023-10-20 10:00+02', 'fylke03_login', '2023-10-20 10:05+02');
SELECT is((SELECT recorded_by || ' ' || recorded_at::text FROM vigo_cal.delivery_log WHERE county = '03'),
          'fylke03_login 2023-10-20 08:05:00+00', 'the owner (a restore) writes them as given');
SELECT is((SELECT recorded_after_deadline FROM vigo_cal.delivery_status_as_of('2023-11-01')
            WHERE county = '03' AND event_key = 'ssb_elev_vgs_1' AND school_year::text = '2023-2024'),
          false, 'recorded before the deadline: not flagged');

-- ---------------------------------------------------------------------
-- Memberships follow their roles
-- ---------------------------------------------------------------------
SELECT throws_ok($$INSERT INTO vigo_cal.county_member (member_role, county_number) VALUES ('tap_audit_admin', NULL), ('tap_audit_admin', NULL)$$,
                 '23505', NULL, 'a role holds every county (NULL) once only');
SELECT throws_ok($$INSERT INTO vigo_cal.county_member (member_role, county_number) VALUES ('tap_audit_county', '46')$$,
                 '23505', NULL, 'and a county once only');
SELECT throws_ok($$INSERT INTO vigo_cal.county_member (member_role, county_number) VALUES (4000000000::oid::regrole, '46')$$,
                 '42704', 'role with OID 4000000000 does not exist', 'a bare OID of no role is refused');
SELECT is((SELECT role_name::text FROM vigo_cal.county_member WHERE member_role = 'tap_audit_county'::regrole),
          'tap_audit_county', 'role_name is the role''s name, set by the server');

-- the county's role is dropped: its row counts for no one
CREATE ROLE tap_audit_heir NOLOGIN;
GRANT USAGE ON SCHEMA vigo_cal TO tap_audit_heir;
GRANT SELECT ON ALL TABLES IN SCHEMA vigo_cal TO tap_audit_heir;
CREATE TEMP TABLE dropped AS SELECT 'tap_audit_county'::regrole::oid AS role_oid;
GRANT SELECT ON dropped TO tap_audit_heir;
DELETE FROM vigo_cal.delivery_log;
DROP OWNED BY tap_audit_county;
DROP ROLE tap_audit_county;
SELECT is((SELECT count(*)::int FROM vigo_cal.county_member m, dropped d
            WHERE m.member_role::oid = d.role_oid AND NOT vigo_cal.county_member_live(m.member_role::oid, m.role_name)),
          1, 'after DROP ROLE the row is left, and dead');
-- a future role that is given the dropped role's OID (simulated: the row
-- pointed at a new role by hand, as OID wrap-around would) inherits nothing
ALTER TABLE vigo_cal.county_member DISABLE TRIGGER county_member_stamp;
UPDATE vigo_cal.county_member m SET member_role = 'tap_audit_heir'::regrole FROM dropped d WHERE m.member_role::oid = d.role_oid;
ALTER TABLE vigo_cal.county_member ENABLE TRIGGER county_member_stamp;
SET LOCAL ROLE tap_audit_heir;
SELECT is(vigo_cal.my_counties(), '{}'::text[], 'a role with the dropped role''s OID does not act for its county');
SELECT is((SELECT count(*)::int FROM vigo_cal.delivery_status_as_of('2026-11-01')), 0,
          'and sees no county in delivery_status');
RESET ROLE;
-- a renamed role's row is dead too (fail closed), until it is written again
ALTER ROLE tap_audit_admin RENAME TO tap_audit_admin2;
SELECT is((SELECT count(*)::int FROM vigo_cal.county_member WHERE vigo_cal.county_member_live(member_role::oid, role_name)),
          0, 'no live membership is left');

-- ---------------------------------------------------------------------
-- Every table has a primary key (logical replication of UPDATE and DELETE)
-- ---------------------------------------------------------------------
SELECT is((SELECT array_agg(c.relname::text ORDER BY c.relname) FROM pg_class c
            WHERE c.relnamespace IN ('vigo_cal'::regnamespace, 'vigo_cal_bi'::regnamespace) AND c.relkind = 'r'
              AND NOT EXISTS (SELECT FROM pg_index i WHERE i.indrelid = c.oid AND i.indisprimary)),
          NULL, 'every table of the extension has a primary key');

SELECT * FROM finish();
ROLLBACK;
