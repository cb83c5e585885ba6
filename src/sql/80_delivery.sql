-- Delivery tracking: the counties' own log of deliveries, and the status
-- of every delivery a county owes, with row-level security per county.

-- Which roles act for which county (county_number NULL: every county).
-- A row names its role twice: by OID (member_role) and by the name the
-- role had when the row was written (role_name, set by the trigger below).
-- It counts only while a role with that OID has that name, so after DROP
-- ROLE no future role inherits it, even one that is given the same OID.
CREATE TABLE vigo_cal.county_member (
  member_role regrole NOT NULL,
  county_number text REFERENCES vigo_cal.county ON UPDATE CASCADE ON DELETE CASCADE,
  origin text NOT NULL DEFAULT 'user' CHECK (origin IN ('vigo_cal', 'user', 'changed')),
  -- after origin: 0.4.0 adds the columns with ALTER TABLE, which appends them
  role_name name NOT NULL,
  scope text GENERATED ALWAYS AS (coalesce(county_number, '*')) STORED,
  PRIMARY KEY (member_role, scope)
);
COMMENT ON TABLE vigo_cal.county_member IS
  'which database roles act for which county in delivery_log (county_number NULL: all counties)';
COMMENT ON COLUMN vigo_cal.county_member.member_role IS 'a role; its members act for the county too';
COMMENT ON COLUMN vigo_cal.county_member.county_number IS 'the county, or NULL for every county (an administrator or a reader of all)';
COMMENT ON COLUMN vigo_cal.county_member.origin IS 'vigo_cal: shipped with the extension; user: added; changed: a shipped row a user changed';
COMMENT ON COLUMN vigo_cal.county_member.role_name IS
  'the role''s name when the row was written (set by the server): the row counts only while member_role still has this name, so a dropped role''s row is dead';
COMMENT ON COLUMN vigo_cal.county_member.scope IS 'the county number, or * for every county (part of the primary key, so a role holds each at most once)';

-- Stamp role_name with the role's name now; a role that does not exist
-- (a bare OID) is refused.
CREATE FUNCTION vigo_cal.county_member_stamp() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
BEGIN
  SELECT r.rolname INTO NEW.role_name FROM pg_catalog.pg_roles r WHERE r.oid = NEW.member_role::oid;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'role with OID % does not exist', NEW.member_role::oid
      USING ERRCODE = 'undefined_object',
            HINT = 'Name an existing role in county_member.member_role.';
  END IF;
  RETURN NEW;
END $$;
COMMENT ON FUNCTION vigo_cal.county_member_stamp() IS
  'trigger: sets county_member.role_name to the role''s name, and refuses a role that does not exist';
CREATE TRIGGER county_member_stamp BEFORE INSERT OR UPDATE ON vigo_cal.county_member
  FOR EACH ROW EXECUTE FUNCTION vigo_cal.county_member_stamp();
-- pg_dump keeps the rows of roles that still exist under their name: a
-- dead row would otherwise come back as a bare OID
SELECT pg_catalog.pg_extension_config_dump('vigo_cal.county_member',
  'WHERE origin <> ''vigo_cal'' AND EXISTS (SELECT FROM pg_catalog.pg_roles r WHERE r.oid = member_role::oid AND r.rolname = role_name)');

CREATE TABLE vigo_cal.delivery_log (
  county text NOT NULL REFERENCES vigo_cal.county ON UPDATE CASCADE,
  event_key text NOT NULL REFERENCES vigo_cal.event ON UPDATE CASCADE,
  school_year vigo_cal.schoolyear NOT NULL,
  occurrence integer NOT NULL DEFAULT 1 CHECK (occurrence >= 1),
  delivered_at timestamptz NOT NULL,
  delivered_by text NOT NULL DEFAULT CURRENT_USER,
  note text,
  -- after note: 0.4.0 adds the columns with ALTER TABLE, which appends them
  recorded_by text NOT NULL DEFAULT SESSION_USER,
  recorded_at timestamptz NOT NULL DEFAULT pg_catalog.statement_timestamp(),
  PRIMARY KEY (county, event_key, school_year, occurrence)
);
COMMENT ON TABLE vigo_cal.delivery_log IS
  'the deliveries a county has made: one row per county, event occurrence and school year (a correction updates the row)';
COMMENT ON COLUMN vigo_cal.delivery_log.county IS 'the county number (vigo_cal.county)';
COMMENT ON COLUMN vigo_cal.delivery_log.event_key IS 'the event delivered (vigo_cal.event)';
COMMENT ON COLUMN vigo_cal.delivery_log.school_year IS 'the school year of the occurrence';
COMMENT ON COLUMN vigo_cal.delivery_log.occurrence IS 'which occurrence, for a monthly event (1 = the first)';
COMMENT ON COLUMN vigo_cal.delivery_log.delivered_at IS 'when it was delivered, as the county says';
COMMENT ON COLUMN vigo_cal.delivery_log.delivered_by IS 'who delivered it, as the county says (defaults to the database user)';
COMMENT ON COLUMN vigo_cal.delivery_log.note IS 'a note';
COMMENT ON COLUMN vigo_cal.delivery_log.recorded_by IS 'the login (session user) that wrote the row last, set by the server';
COMMENT ON COLUMN vigo_cal.delivery_log.recorded_at IS 'when the row was written last (the statement''s time), set by the server';
SELECT pg_catalog.pg_extension_config_dump('vigo_cal.delivery_log', '');

-- recorded_by and recorded_at are the server's word: every INSERT and
-- UPDATE sets them to the session user and the statement's time.  Only
-- the table's owner (a superuser, or pg_restore run by either) may write
-- other values, so that a restore gives back what was dumped; an owner's
-- UPDATE that leaves them alone is stamped like any other.
CREATE FUNCTION vigo_cal.delivery_log_stamp() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
BEGIN
  IF pg_catalog.pg_has_role(CURRENT_USER, (SELECT c.relowner FROM pg_catalog.pg_class c WHERE c.oid = TG_RELID), 'USAGE') THEN
    IF TG_OP = 'INSERT' THEN
      RETURN NEW;
    ELSIF (NEW.recorded_by, NEW.recorded_at) IS DISTINCT FROM (OLD.recorded_by, OLD.recorded_at) THEN
      RETURN NEW;
    END IF;
  END IF;
  NEW.recorded_by := SESSION_USER;
  NEW.recorded_at := pg_catalog.statement_timestamp();
  RETURN NEW;
END $$;
COMMENT ON FUNCTION vigo_cal.delivery_log_stamp() IS
  'trigger: sets delivery_log.recorded_by and recorded_at to the session user and the statement''s time (only the table''s owner may write them, as a restore does)';
CREATE TRIGGER delivery_log_stamp BEFORE INSERT OR UPDATE ON vigo_cal.delivery_log
  FOR EACH ROW EXECUTE FUNCTION vigo_cal.delivery_log_stamp();

-- Does a county_member row still name its role: a role with that OID and
-- that name?  (After DROP ROLE the row is dead.)
CREATE FUNCTION vigo_cal.county_member_live(role_oid oid, role_name name) RETURNS boolean
  LANGUAGE sql STABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  SELECT EXISTS (SELECT FROM pg_catalog.pg_roles r WHERE r.oid = role_oid AND r.rolname = role_name)
$$;
COMMENT ON FUNCTION vigo_cal.county_member_live(oid, name) IS
  'true while a role with this OID has this name: a county_member row of a dropped (or renamed) role counts no more';

-- The county numbers the current user may see and write in delivery_log.
CREATE FUNCTION vigo_cal.my_counties() RETURNS text[]
  LANGUAGE sql STABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  SELECT CASE
    WHEN (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = CURRENT_USER)
      OR EXISTS (SELECT 1 FROM vigo_cal.county_member m
                  WHERE m.county_number IS NULL
                    AND pg_catalog.pg_has_role(CURRENT_USER, m.member_role::oid, 'MEMBER')
                    AND vigo_cal.county_member_live(m.member_role::oid, m.role_name))
    THEN (SELECT coalesce(pg_catalog.array_agg(c.county_number ORDER BY c.county_number), '{}') FROM vigo_cal.county c)
    ELSE (SELECT coalesce(pg_catalog.array_agg(DISTINCT m.county_number), '{}') FROM vigo_cal.county_member m
           WHERE m.county_number IS NOT NULL
             AND pg_catalog.pg_has_role(CURRENT_USER, m.member_role::oid, 'MEMBER')
             AND vigo_cal.county_member_live(m.member_role::oid, m.role_name))
  END
$$;
COMMENT ON FUNCTION vigo_cal.my_counties() IS
  'the counties the current user acts for (superusers and members of a county_member row without county: all)';

ALTER TABLE vigo_cal.delivery_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY county_rows ON vigo_cal.delivery_log
  USING (county = ANY (vigo_cal.my_counties()))
  WITH CHECK (county = ANY (vigo_cal.my_counties()));

-- DROP EXTENSION vigo_cal without CASCADE (or DROP OWNED BY its owner,
-- which drops it too) is refused while delivery_log or county_member holds
-- a row (doc/reliability.md).
CREATE FUNCTION vigo_cal.refuse_drop_with_deliveries() RETURNS event_trigger
  LANGUAGE c
  AS 'MODULE_PATHNAME', 'vigo_cal_extension_refuse_drop';
COMMENT ON FUNCTION vigo_cal.refuse_drop_with_deliveries() IS
  'event trigger: refuses DROP EXTENSION vigo_cal (or DROP OWNED BY its owner) without CASCADE while delivery_log or county_member holds a row';
CREATE EVENT TRIGGER vigo_cal_keep_deliveries ON ddl_command_start
  WHEN TAG IN ('DROP EXTENSION', 'DROP OWNED')
  EXECUTE FUNCTION vigo_cal.refuse_drop_with_deliveries();
COMMENT ON EVENT TRIGGER vigo_cal_keep_deliveries IS
  'refuses DROP EXTENSION vigo_cal without CASCADE while the counties'' delivery log or memberships hold rows';

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
                 status text, business_days_late integer, last_working_day date, delivered_on date,
                 recorded_at timestamptz, recorded_after_deadline boolean)
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
    SELECT k.county_number, k.name, o.*, l.delivered_at, l.recorded_at,
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
         s.last_working_day, s.delivered_on,
         s.recorded_at, vigo_cal.oslo_date(s.recorded_at) > s.deadline
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
COMMENT ON COLUMN vigo_cal.delivery_status.recorded_at IS 'when the delivery was written into delivery_log, by the server''s clock (NULL: not yet)';
COMMENT ON COLUMN vigo_cal.delivery_status.recorded_after_deadline IS 'true: the row was written after the deadline (Oslo days), whatever delivered_at claims; a status on_time with this true is a claim the log cannot confirm (NULL: not yet)';
