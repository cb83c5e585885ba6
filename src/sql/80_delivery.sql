-- Delivery tracking: the counties' own log of deliveries, and the status
-- of every delivery a county owes, with row-level security per county.

-- Which roles act for which county (county_number NULL: every county).
CREATE TABLE vigo_cal.county_member (
  member_role regrole NOT NULL,
  county_number text REFERENCES vigo_cal.county ON UPDATE CASCADE ON DELETE CASCADE,
  origin text NOT NULL DEFAULT 'user' CHECK (origin IN ('vigo_cal', 'user', 'changed')),
  UNIQUE (member_role, county_number)
);
COMMENT ON TABLE vigo_cal.county_member IS
  'which database roles act for which county in delivery_log (county_number NULL: all counties)';
COMMENT ON COLUMN vigo_cal.county_member.member_role IS 'a role; its members act for the county too';
COMMENT ON COLUMN vigo_cal.county_member.county_number IS 'the county, or NULL for every county (an administrator or a reader of all)';
COMMENT ON COLUMN vigo_cal.county_member.origin IS 'vigo_cal: shipped with the extension; user: added; changed: a shipped row a user changed';
SELECT pg_catalog.pg_extension_config_dump('vigo_cal.county_member', 'WHERE origin <> ''vigo_cal''');

CREATE TABLE vigo_cal.delivery_log (
  county text NOT NULL REFERENCES vigo_cal.county ON UPDATE CASCADE,
  event_key text NOT NULL REFERENCES vigo_cal.event ON UPDATE CASCADE,
  school_year vigo_cal.schoolyear NOT NULL,
  occurrence integer NOT NULL DEFAULT 1 CHECK (occurrence >= 1),
  delivered_at timestamptz NOT NULL,
  delivered_by text NOT NULL DEFAULT CURRENT_USER,
  note text,
  PRIMARY KEY (county, event_key, school_year, occurrence)
);
COMMENT ON TABLE vigo_cal.delivery_log IS
  'the deliveries a county has made: one row per county, event occurrence and school year (a correction updates the row)';
COMMENT ON COLUMN vigo_cal.delivery_log.county IS 'the county number (vigo_cal.county)';
COMMENT ON COLUMN vigo_cal.delivery_log.event_key IS 'the event delivered (vigo_cal.event)';
COMMENT ON COLUMN vigo_cal.delivery_log.school_year IS 'the school year of the occurrence';
COMMENT ON COLUMN vigo_cal.delivery_log.occurrence IS 'which occurrence, for a monthly event (1 = the first)';
COMMENT ON COLUMN vigo_cal.delivery_log.delivered_at IS 'when it was delivered';
COMMENT ON COLUMN vigo_cal.delivery_log.delivered_by IS 'who delivered it (defaults to the database user)';
COMMENT ON COLUMN vigo_cal.delivery_log.note IS 'a note';
SELECT pg_catalog.pg_extension_config_dump('vigo_cal.delivery_log', '');

-- The county numbers the current user may see and write in delivery_log.
CREATE FUNCTION vigo_cal.my_counties() RETURNS text[]
  LANGUAGE sql STABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  SELECT CASE
    WHEN (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = CURRENT_USER)
      OR EXISTS (SELECT 1 FROM vigo_cal.county_member m
                  WHERE m.county_number IS NULL
                    AND pg_catalog.pg_has_role(CURRENT_USER, m.member_role::oid, 'MEMBER'))
    THEN (SELECT coalesce(pg_catalog.array_agg(c.county_number ORDER BY c.county_number), '{}') FROM vigo_cal.county c)
    ELSE (SELECT coalesce(pg_catalog.array_agg(DISTINCT m.county_number), '{}') FROM vigo_cal.county_member m
           WHERE m.county_number IS NOT NULL
             AND pg_catalog.pg_has_role(CURRENT_USER, m.member_role::oid, 'MEMBER'))
  END
$$;
COMMENT ON FUNCTION vigo_cal.my_counties() IS
  'the counties the current user acts for (superusers and members of a county_member row without county: all)';

ALTER TABLE vigo_cal.delivery_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY county_rows ON vigo_cal.delivery_log
  USING (county = ANY (vigo_cal.my_counties()))
  WITH CHECK (county = ANY (vigo_cal.my_counties()));

-- @replaceable: everything below is CREATE OR REPLACE; upgrade scripts rerun it.

-- Events whose occurrences each county must deliver: those that give the
-- counties a deadline, those sent by the counties, and those marked so.
-- Days are Oslo days: a delivery counts for vigo_cal.oslo_date(delivered_at).
-- Late counts the working days after the deadline up to and including the
-- day of delivery (or as_of, while missing), and is at least 1: a delivery
-- on Sunday after a Saturday deadline is 1 working day late (doc/delivery.md).
CREATE OR REPLACE FUNCTION vigo_cal.delivery_status_as_of(as_of date)
  RETURNS TABLE (county text, county_name text, school_year vigo_cal.schoolyear, event_key text,
                 occurrence integer, title text, to_party text, category text,
                 due_date date, county_deadline date, delivered_at timestamptz,
                 status text, business_days_late integer, last_working_day date, delivered_on date)
  LANGUAGE sql STABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  SET jit = off
AS $$
  WITH owed AS (
    SELECT c.*, coalesce(c.county_deadline, c.due_end) AS deadline
      FROM vigo_cal.calendar_between(
             greatest(pg_catalog.make_date(vigo_cal.start_year(vigo_cal.schoolyear(as_of)) - 1, 8, 1), date '1583-08-01'),
             least(pg_catalog.make_date(vigo_cal.start_year(vigo_cal.schoolyear(as_of)) + 2, 7, 31), date '9999-07-31')) AS c
      JOIN vigo_cal.event e ON e.event_key = c.event_key
     WHERE c.county_deadline IS NOT NULL OR e.from_party = 'fylkene'
  ), per_county AS (
    SELECT k.county_number, k.name, o.*, l.delivered_at,
           vigo_cal.oslo_date(l.delivered_at) AS delivered_on,
           -- the day that decides: the day of delivery, or as_of while missing
           coalesce(vigo_cal.oslo_date(l.delivered_at), as_of) AS day
      FROM owed o
      JOIN vigo_cal.county k
        ON k.valid_from <= o.deadline AND (k.valid_to IS NULL OR o.deadline < k.valid_to)
       AND k.county_number = ANY (vigo_cal.my_counties())
      LEFT JOIN vigo_cal.delivery_log l
        ON l.county = k.county_number AND l.event_key = o.event_key
       AND l.school_year OPERATOR(vigo_cal.=) o.school_year AND l.occurrence = o.occurrence
  )
  SELECT s.county_number, s.name, s.school_year, s.event_key, s.occurrence, s.title, s.to_party,
         s.category, s.due_date, s.deadline, s.delivered_at,
         CASE
           WHEN s.delivered_on <= s.deadline THEN 'on_time'
           WHEN s.delivered_on IS NOT NULL THEN 'late'
           WHEN s.deadline < as_of THEN 'missing'
           WHEN vigo_cal.business_days_between(as_of, s.last_working_day) < 5 THEN 'due_soon'
           ELSE 'upcoming'
         END,
         CASE
           WHEN s.day > s.deadline
             THEN greatest(vigo_cal.business_days_between(s.deadline + 1, s.day + 1), 1)
           ELSE 0
         END,
         s.last_working_day, s.delivered_on
    FROM per_county s
   ORDER BY s.deadline, s.county_number, s.event_key, s.occurrence
$$;
COMMENT ON FUNCTION vigo_cal.delivery_status_as_of(date) IS
  'delivery_status as it stood on a given day: one row per county and occurrence the county must deliver, for the school year of that day and the years either side';

CREATE OR REPLACE VIEW vigo_cal.delivery_status AS
  SELECT * FROM vigo_cal.delivery_status_as_of(vigo_cal.today());
COMMENT ON VIEW vigo_cal.delivery_status IS
  'for every county the user acts for: each delivery it owes in the previous, current and next school year, and whether it is on_time, late, missing, due_soon (within 5 working days) or upcoming, as of today in Norway';
COMMENT ON COLUMN vigo_cal.delivery_status.county IS 'the county number';
COMMENT ON COLUMN vigo_cal.delivery_status.county_name IS 'the county''s name';
COMMENT ON COLUMN vigo_cal.delivery_status.school_year IS 'the school year of the occurrence';
COMMENT ON COLUMN vigo_cal.delivery_status.event_key IS 'the event';
COMMENT ON COLUMN vigo_cal.delivery_status.occurrence IS 'which occurrence, for a monthly event';
COMMENT ON COLUMN vigo_cal.delivery_status.title IS 'what is due, filled in for the year';
COMMENT ON COLUMN vigo_cal.delivery_status.to_party IS 'who receives the delivery';
COMMENT ON COLUMN vigo_cal.delivery_status.category IS 'the colour code';
COMMENT ON COLUMN vigo_cal.delivery_status.due_date IS 'when the event falls due';
COMMENT ON COLUMN vigo_cal.delivery_status.county_deadline IS 'the county''s deadline: the event''s county deadline, or its last day (due_end, the due date of a one-day event)';
COMMENT ON COLUMN vigo_cal.delivery_status.delivered_at IS 'when the county delivered, from delivery_log (NULL: not yet)';
COMMENT ON COLUMN vigo_cal.delivery_status.status IS 'on_time (delivered on or before the deadline, in Oslo days), late, missing (deadline passed, nothing logged), due_soon (the last working day is one of the next 5 working days, today counted) or upcoming';
COMMENT ON COLUMN vigo_cal.delivery_status.business_days_late IS 'late or missing: the working days after the deadline up to and including the day of delivery (so far, today), at least 1; 0 otherwise';
COMMENT ON COLUMN vigo_cal.delivery_status.last_working_day IS 'the last working day on or before county_deadline (county_deadline itself when it is a working day)';
COMMENT ON COLUMN vigo_cal.delivery_status.delivered_on IS 'the day the delivery counts for: the Europe/Oslo date of delivered_at (NULL: not yet)';
