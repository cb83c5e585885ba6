-- The occurrence store: the calendar of a window of school years, worked
-- out once and kept in a table, so that the BI views and calendar_between
-- read rows instead of resolving every rule and rendering every text on
-- each read.
--
-- The rows are exactly what calendar_between computes, one school year at a
-- time (every occurrence of the year within a year of it, as
-- calendar_between reaches), plus the columns the BI views need in built-in
-- types; and beside it every county's school holidays of those years.
-- Statement-level triggers on the tables they are worked out from (event,
-- event_override, event_wording, category, party, school_holiday, region, region_county,
-- county) note in the transaction's own row of occurrence_store_pending
-- what each statement that changed a row left pending, and a deferred
-- constraint trigger refreshes both once, at commit: an override its
-- school years, anything else the whole window.  Two transactions that
-- edit the schedule write different rows, so neither waits for the other
-- while it edits; the refreshes at commit take turns on the state row, and
-- each works from what the one before it committed.  Until then the store
-- is not valid in the editing transaction (SET CONSTRAINTS ALL IMMEDIATE
-- refreshes after each statement instead).  A change that leaves the
-- schedule unresolvable (an unknown reference, a cycle) does not fail: the
-- store is marked not valid, calendar_between works the calendar out as
-- before (and reports the error), the BI views report it, and the next
-- change refreshes everything.
--
-- The trigger functions run as the extension's owner (SECURITY DEFINER), so
-- that a role allowed to edit one schedule table needs no privilege on the
-- store's tables, and cannot write them: see "Who writes it" in
-- doc/performance.md for why that is safe, and test/pgtap/security_store.sql.
--
-- occurrence_window says which school years are stored (2015-2016 ..
-- 2050-2051 as shipped); store_occurrences(first, last) widens it with one
-- call.  The window is a user-editable row that pg_dump keeps when changed;
-- the stored rows are never dumped, they are worked out again on restore.

CREATE TABLE vigo_cal.occurrence_window (
  only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  first_year vigo_cal.schoolyear NOT NULL,
  last_year vigo_cal.schoolyear NOT NULL,
  origin text NOT NULL DEFAULT 'user' CHECK (origin IN ('vigo_cal', 'user', 'changed')),
  CHECK (first_year OPERATOR(vigo_cal.<=) last_year),
  CHECK (last_year OPERATOR(vigo_cal.-) first_year < 250)
);
COMMENT ON TABLE vigo_cal.occurrence_window IS
  'the school years whose occurrences are kept in occurrence_store (one row; widen it with store_occurrences)';
COMMENT ON COLUMN vigo_cal.occurrence_window.only_row IS 'always true: the table has one row';
COMMENT ON COLUMN vigo_cal.occurrence_window.first_year IS 'the first school year stored';
COMMENT ON COLUMN vigo_cal.occurrence_window.last_year IS 'the last school year stored (at most 250 years after the first)';
COMMENT ON COLUMN vigo_cal.occurrence_window.origin IS 'vigo_cal: shipped with the extension; user: added; changed: a shipped row a user changed';
INSERT INTO vigo_cal.occurrence_window (first_year, last_year, origin) VALUES ('2015-2016', '2050-2051', 'vigo_cal');
CREATE TRIGGER keep_user_changes BEFORE INSERT OR UPDATE ON vigo_cal.occurrence_window
  FOR EACH ROW EXECUTE FUNCTION vigo_cal.keep_user_changes('only_row');
SELECT pg_catalog.pg_extension_config_dump('vigo_cal.occurrence_window', 'WHERE origin <> ''vigo_cal''');

CREATE TABLE vigo_cal.occurrence_store_state (
  only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  valid boolean NOT NULL,
  suspended boolean NOT NULL,
  problem text,
  refreshed_at timestamptz
);
COMMENT ON TABLE vigo_cal.occurrence_store_state IS
  'whether occurrence_store holds what the rules give (one row, written by the refresh, whose lock makes refreshes take turns)';
COMMENT ON COLUMN vigo_cal.occurrence_store_state.only_row IS 'always true: the table has one row';
COMMENT ON COLUMN vigo_cal.occurrence_store_state.valid IS 'the last refresh worked the calendar out: the stored rows are the calendar of every school year in the window';
COMMENT ON COLUMN vigo_cal.occurrence_store_state.suspended IS 'refreshes are off (while the extension script loads its rows); what is noted meanwhile is worked out when they are on again';
COMMENT ON COLUMN vigo_cal.occurrence_store_state.problem IS 'why the last refresh failed (the error the calendar gives), if it did';
COMMENT ON COLUMN vigo_cal.occurrence_store_state.refreshed_at IS 'when the store was last refreshed (the transaction''s time)';
INSERT INTO vigo_cal.occurrence_store_state (valid, suspended) VALUES (false, true);

-- What a transaction's edits leave to be worked out at its commit: one row
-- per transaction, which inserts and updates its own row only (keyed by its
-- transaction id), so that editors never wait on each other's marks.  The
-- refresh deletes the rows it works out: another transaction's rows are
-- never seen (they are deleted before their transaction commits), but while
-- the store is suspended, when they are kept for the refresh that resumes it.
CREATE TABLE vigo_cal.occurrence_store_pending (
  xact xid8 PRIMARY KEY,
  whole boolean NOT NULL DEFAULT false,
  first_year vigo_cal.schoolyear,
  last_year vigo_cal.schoolyear,
  CHECK ((first_year IS NULL) = (last_year IS NULL))
);
COMMENT ON TABLE vigo_cal.occurrence_store_pending IS
  'what each transaction''s schedule edits leave to be worked out in occurrence_store at its commit (one row per transaction, written by the store''s triggers)';
COMMENT ON COLUMN vigo_cal.occurrence_store_pending.xact IS 'the transaction (pg_current_xact_id()) whose edits these are';
COMMENT ON COLUMN vigo_cal.occurrence_store_pending.whole IS 'it changed what every school year depends on: the whole window is worked out again';
COMMENT ON COLUMN vigo_cal.occurrence_store_pending.first_year IS 'the first school year its overrides or window changed (NULL: none, or the whole window)';
COMMENT ON COLUMN vigo_cal.occurrence_store_pending.last_year IS 'the last school year its overrides or window changed';

CREATE TABLE vigo_cal.occurrence_store (
  -- the columns of calendar_between, in its order
  school_year vigo_cal.schoolyear NOT NULL,
  event_key text NOT NULL,
  occurrence integer NOT NULL,
  title text,
  comment text,
  from_party text,
  to_party text,
  category text NOT NULL,
  category_color text,
  due_date date NOT NULL,
  due_end date,
  county_deadline date,
  iso_week vigo_cal.isoweek,
  weekday text,
  tentative boolean,
  overridden boolean,
  vigo_report text,
  date_label text,
  rule vigo_cal.rule,
  last_working_day date,
  fixed_date boolean,
  -- the same in built-in types, and what the BI views add
  school_year_text text COLLATE "C" NOT NULL,
  start_year integer NOT NULL,
  iso_week_text text COLLATE "C",
  iso_year integer,
  iso_week_number integer,
  category_label text,
  category_sort integer,
  rule_text text,
  deadline date NOT NULL,
  counties_deliver boolean NOT NULL,
  PRIMARY KEY (school_year, event_key, occurrence)
);
CREATE INDEX occurrence_store_school_year_text ON vigo_cal.occurrence_store (school_year_text, due_date);
CREATE INDEX occurrence_store_due_date ON vigo_cal.occurrence_store (due_date);
CREATE INDEX occurrence_store_deadline ON vigo_cal.occurrence_store (deadline) WHERE counties_deliver;
COMMENT ON TABLE vigo_cal.occurrence_store IS
  'every event occurrence of the school years in occurrence_window, as calendar_between gives it, kept up to date by triggers';
COMMENT ON COLUMN vigo_cal.occurrence_store.school_year IS 'the school year of the occurrence';
COMMENT ON COLUMN vigo_cal.occurrence_store.event_key IS 'the event (vigo_cal.event)';
COMMENT ON COLUMN vigo_cal.occurrence_store.occurrence IS '1, or the number of a monthly event''s occurrence in the year';
COMMENT ON COLUMN vigo_cal.occurrence_store.title IS 'what is due, with this year''s dates and school years filled in';
COMMENT ON COLUMN vigo_cal.occurrence_store.comment IS 'the comment, filled in for this year';
COMMENT ON COLUMN vigo_cal.occurrence_store.from_party IS 'who delivers (the party''s name, or two joined by "; ")';
COMMENT ON COLUMN vigo_cal.occurrence_store.to_party IS 'who receives (the party''s name, or two joined by "; ")';
COMMENT ON COLUMN vigo_cal.occurrence_store.category IS 'the colour code (vigo_cal.category)';
COMMENT ON COLUMN vigo_cal.occurrence_store.category_color IS 'the category''s colour as #rrggbb';
COMMENT ON COLUMN vigo_cal.occurrence_store.due_date IS 'the day it is due (the first day of a week or span)';
COMMENT ON COLUMN vigo_cal.occurrence_store.due_end IS 'the last day of a week or span; equal to due_date for one day';
COMMENT ON COLUMN vigo_cal.occurrence_store.county_deadline IS 'when the counties must have registered in VIGO, if the event has such a deadline';
COMMENT ON COLUMN vigo_cal.occurrence_store.iso_week IS 'the ISO week of due_date';
COMMENT ON COLUMN vigo_cal.occurrence_store.weekday IS 'the Norwegian weekday of due_date';
COMMENT ON COLUMN vigo_cal.occurrence_store.tentative IS 'the date may still move';
COMMENT ON COLUMN vigo_cal.occurrence_store.overridden IS 'the date comes from event_override, not the rule';
COMMENT ON COLUMN vigo_cal.occurrence_store.vigo_report IS 'the VIGO report or screen involved';
COMMENT ON COLUMN vigo_cal.occurrence_store.date_label IS 'the date as the printed årshjul writes it (04.jul, uke 40)';
COMMENT ON COLUMN vigo_cal.occurrence_store.rule IS 'the event''s rule';
COMMENT ON COLUMN vigo_cal.occurrence_store.last_working_day IS 'the last working day on or before the county deadline, or the last day when there is none';
COMMENT ON COLUMN vigo_cal.occurrence_store.fixed_date IS 'the date is fixed by law or by a system and kept on a day off';
COMMENT ON COLUMN vigo_cal.occurrence_store.school_year_text IS 'school_year as text, 2026-2027';
COMMENT ON COLUMN vigo_cal.occurrence_store.start_year IS 'the calendar year the school year starts in, 2026';
COMMENT ON COLUMN vigo_cal.occurrence_store.iso_week_text IS 'iso_week as text, 2026-W49';
COMMENT ON COLUMN vigo_cal.occurrence_store.iso_year IS 'the ISO year of iso_week';
COMMENT ON COLUMN vigo_cal.occurrence_store.iso_week_number IS 'the week number of iso_week, 1-53';
COMMENT ON COLUMN vigo_cal.occurrence_store.category_label IS 'the category''s label in the colour legend';
COMMENT ON COLUMN vigo_cal.occurrence_store.category_sort IS 'the category''s place in the legend';
COMMENT ON COLUMN vigo_cal.occurrence_store.rule_text IS 'the event''s rule as text';
COMMENT ON COLUMN vigo_cal.occurrence_store.deadline IS 'the county deadline, or the last day (due_end) when there is none: the day delivery_status compares with';
COMMENT ON COLUMN vigo_cal.occurrence_store.counties_deliver IS 'every county owes this occurrence (it has a county deadline or the counties send it)';

-- The school holidays of every county in the window's school years, as
-- school_holidays(county, school_year) gives them, published and projected.
CREATE TABLE vigo_cal.school_holiday_store (
  county_number text NOT NULL,
  school_year vigo_cal.schoolyear NOT NULL,
  kind text NOT NULL,
  region text NOT NULL,
  first_day date NOT NULL,
  last_day date NOT NULL,
  tentative boolean NOT NULL,
  projected boolean NOT NULL,
  from_year vigo_cal.schoolyear,
  rule vigo_cal.rule,
  source text,
  source_kind text,
  note text,
  school_year_text text COLLATE "C" NOT NULL,
  start_year integer NOT NULL
);
CREATE INDEX school_holiday_store_county ON vigo_cal.school_holiday_store (county_number, school_year_text);
CREATE INDEX school_holiday_store_school_year ON vigo_cal.school_holiday_store (school_year);
-- a primary key, so that logical replication can replicate the refresh's
-- deletes (0.4.0)
ALTER TABLE vigo_cal.school_holiday_store ADD PRIMARY KEY (county_number, school_year, kind, region, first_day);
COMMENT ON TABLE vigo_cal.school_holiday_store IS
  'the school holidays of every county in the school years of occurrence_window, as school_holidays(county, school_year) gives them, kept up to date by triggers';
COMMENT ON COLUMN vigo_cal.school_holiday_store.county_number IS 'the county asked for (school_holidays'' county)';
COMMENT ON COLUMN vigo_cal.school_holiday_store.school_year IS 'the school year';
COMMENT ON COLUMN vigo_cal.school_holiday_store.kind IS 'hostferie, vinterferie, juleferie, paaskeferie, sommerferie or annet';
COMMENT ON COLUMN vigo_cal.school_holiday_store.region IS 'the region, or part of the county, the holiday is given for';
COMMENT ON COLUMN vigo_cal.school_holiday_store.first_day IS 'the first day off';
COMMENT ON COLUMN vigo_cal.school_holiday_store.last_day IS 'the last day off';
COMMENT ON COLUMN vigo_cal.school_holiday_store.tentative IS 'the days may still change';
COMMENT ON COLUMN vigo_cal.school_holiday_store.projected IS 'no skolerute is registered for the year: projected from from_year';
COMMENT ON COLUMN vigo_cal.school_holiday_store.from_year IS 'the school year the days come from (the year itself unless projected)';
COMMENT ON COLUMN vigo_cal.school_holiday_store.rule IS 'the days as a rule';
COMMENT ON COLUMN vigo_cal.school_holiday_store.source IS 'where the days come from';
COMMENT ON COLUMN vigo_cal.school_holiday_store.source_kind IS 'edition, county, school or municipality';
COMMENT ON COLUMN vigo_cal.school_holiday_store.note IS 'a note';
COMMENT ON COLUMN vigo_cal.school_holiday_store.school_year_text IS 'school_year as text, 2026-2027';
COMMENT ON COLUMN vigo_cal.school_holiday_store.start_year IS 'the calendar year the school year starts in';

-- @replaceable: everything below is CREATE OR REPLACE; upgrade scripts rerun it.

-- ---------------------------------------------------------------------
-- Refresh
-- ---------------------------------------------------------------------

-- Work out the school years first_year .. last_year again (the whole window
-- when whole), with every year that the schedule edits this transaction
-- sees left pending (its own, and those kept while the store was
-- suspended), and store them; rows outside the window are removed.  The
-- pending rows are taken (deleted).  A failure is caught and recorded in
-- occurrence_store_state.  Returns the rows stored now.
CREATE OR REPLACE FUNCTION vigo_cal.occurrence_store_work_out(first_year vigo_cal.schoolyear,
                                                              last_year vigo_cal.schoolyear,
                                                              whole boolean)
  RETURNS bigint
  LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
DECLARE
  st vigo_cal.occurrence_store_state;
  win vigo_cal.occurrence_window;
  p record;
  lo vigo_cal.schoolyear;
  hi vigo_cal.schoolyear;
  msg text;
  stored bigint;
BEGIN
  -- The state row is the lock: refreshes take turns.  Under READ COMMITTED
  -- the statements after this one see everything the refresh before this
  -- one committed, the edits it stored included; under REPEATABLE READ or
  -- SERIALIZABLE a refresh committed since this transaction's snapshot is a
  -- serialization failure here, never years stored over edits not seen.
  SELECT * INTO st FROM vigo_cal.occurrence_store_state FOR UPDATE;
  IF NOT FOUND OR st.suspended THEN
    -- what is pending stays, for the refresh that resumes the store
    RETURN 0;
  END IF;
  WITH taken AS (DELETE FROM vigo_cal.occurrence_store_pending RETURNING *)
  SELECT pg_catalog.bool_or(t.whole) AS whole, vigo_cal.min(t.first_year) AS first_year,
         vigo_cal.max(t.last_year) AS last_year
    INTO p FROM taken t;
  SELECT * INTO win FROM vigo_cal.occurrence_window;
  IF NOT FOUND THEN
    -- no window: nothing is stored
    DELETE FROM vigo_cal.occurrence_store;
    DELETE FROM vigo_cal.school_holiday_store;
    UPDATE vigo_cal.occurrence_store_state SET valid = true, problem = NULL, refreshed_at = pg_catalog.now();
    RETURN 0;
  END IF;
  -- the years asked for and the years pending; all of them when the last
  -- refresh failed
  IF whole OR coalesce(p.whole, false) OR NOT st.valid THEN
    lo := win.first_year;
    hi := win.last_year;
  ELSIF coalesce(first_year, p.first_year) IS NOT NULL THEN
    lo := greatest(least(first_year, p.first_year), win.first_year);
    hi := least(greatest(last_year, p.last_year), win.last_year);
  END IF;
  -- calendar_between computes while the store is not valid
  UPDATE vigo_cal.occurrence_store_state SET valid = false;
  BEGIN
    DELETE FROM vigo_cal.occurrence_store s
     WHERE s.school_year OPERATOR(vigo_cal.<) win.first_year
        OR s.school_year OPERATOR(vigo_cal.>) win.last_year
        OR (s.school_year OPERATOR(vigo_cal.>=) lo AND s.school_year OPERATOR(vigo_cal.<=) hi);
    DELETE FROM vigo_cal.school_holiday_store s
     WHERE s.school_year OPERATOR(vigo_cal.<) win.first_year
        OR s.school_year OPERATOR(vigo_cal.>) win.last_year
        OR (s.school_year OPERATOR(vigo_cal.>=) lo AND s.school_year OPERATOR(vigo_cal.<=) hi);
    IF lo OPERATOR(vigo_cal.<=) hi THEN
      -- the calendar's own rows (the school holiday weeks have no event row)
      INSERT INTO vigo_cal.occurrence_store
      SELECT c.school_year, c.event_key, c.occurrence, c.title, c.comment, c.from_party, c.to_party,
             c.category, c.category_color, c.due_date, c.due_end, c.county_deadline, c.iso_week,
             c.weekday, c.tentative, c.overridden, c.vigo_report, c.date_label, c.rule,
             c.last_working_day, c.fixed_date,
             c.school_year::text, vigo_cal.start_year(c.school_year), c.iso_week::text,
             vigo_cal.isoweek_year(c.iso_week), vigo_cal.isoweek_week(c.iso_week),
             k.label, k.sort_order, c.rule::text,
             coalesce(c.county_deadline, c.due_end, c.due_date),
             e.event_key IS NOT NULL AND (c.county_deadline IS NOT NULL OR coalesce(e.from_party = 'fylkene', false))
        FROM vigo_cal.calendar_between(greatest(vigo_cal.first_day(lo) - 366, date '1583-01-01'),
                                       least(vigo_cal.last_day(hi) + 366, date '9999-12-31')) AS c
        LEFT JOIN vigo_cal.event e ON e.event_key = c.event_key
        JOIN vigo_cal.category k ON k.category_key = c.category
       WHERE c.school_year OPERATOR(vigo_cal.>=) lo AND c.school_year OPERATOR(vigo_cal.<=) hi;
      -- every county's school holidays, as school_holidays(county, year)
      -- has them: all_school_holidays once a year, matched to the counties
      -- the way school_holidays matches them
      INSERT INTO vigo_cal.school_holiday_store
      WITH years AS (
        SELECT lo OPERATOR(vigo_cal.+) i AS sy FROM pg_catalog.generate_series(0, hi OPERATOR(vigo_cal.-) lo) AS i
      ), asked AS MATERIALIZED (
        SELECT y.sy, k.county_number, vigo_cal.county_numbers(k.county_number, y.sy) AS numbers
          FROM years y CROSS JOIN vigo_cal.county k
      ), holidays AS MATERIALIZED (
        SELECT y.sy, h.* FROM years y CROSS JOIN LATERAL vigo_cal.all_school_holidays(y.sy) AS h
      )
      SELECT a.county_number, a.sy, h.kind, h.region, pg_catalog.lower(h.days), pg_catalog.upper(h.days) - 1,
             h.tentative, h.projected, h.from_year, h.rule, h.source, h.source_kind, h.note,
             a.sy::text, vigo_cal.start_year(a.sy)
        FROM holidays h
        JOIN asked a ON a.sy OPERATOR(vigo_cal.=) h.sy AND h.counties && a.numbers;
    END IF;
    UPDATE vigo_cal.occurrence_store_state SET valid = true, problem = NULL, refreshed_at = pg_catalog.now();
  EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS msg = MESSAGE_TEXT;
    UPDATE vigo_cal.occurrence_store_state SET valid = false, problem = msg, refreshed_at = pg_catalog.now();
    -- the edit stands, but say at once what the calendar cannot work out
    RAISE WARNING 'the calendar cannot be worked out after this change: %', msg
      USING HINT = 'Correct the schedule; until then the vigo_cal_bi views raise an error and calendar_between works the calendar out each time.';
  END;
  SELECT pg_catalog.count(*) INTO stored FROM vigo_cal.occurrence_store;
  RETURN stored;
END $$;
COMMENT ON FUNCTION vigo_cal.occurrence_store_work_out(vigo_cal.schoolyear, vigo_cal.schoolyear, boolean) IS
  'work the school years first_year .. last_year (the whole window when whole) out again, with those the schedule edits seen left pending, and store them; returns the rows stored (used by the refresh functions and the store''s triggers)';

-- Work out the given school years again (NULL, NULL: the whole window),
-- with every year this transaction's edits left pending, and store them.
CREATE OR REPLACE FUNCTION vigo_cal.refresh_occurrence_store(first_year vigo_cal.schoolyear,
                                                             last_year vigo_cal.schoolyear)
  RETURNS bigint
  LANGUAGE sql VOLATILE PARALLEL UNSAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  AS $$ SELECT vigo_cal.occurrence_store_work_out(first_year, last_year, first_year IS NULL OR last_year IS NULL) $$;
COMMENT ON FUNCTION vigo_cal.refresh_occurrence_store(vigo_cal.schoolyear, vigo_cal.schoolyear) IS
  'work the school years first_year .. last_year of the window out again, with those the transaction left pending, and store them (NULL, NULL: the whole window); returns the rows stored';

CREATE OR REPLACE FUNCTION vigo_cal.refresh_occurrence_store() RETURNS bigint
  LANGUAGE sql VOLATILE PARALLEL UNSAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
  AS $$ SELECT vigo_cal.occurrence_store_work_out(NULL, NULL, true) $$;
COMMENT ON FUNCTION vigo_cal.refresh_occurrence_store() IS
  'work the whole window out again and store it; returns the rows stored (the triggers do this by themselves at commit)';

-- Widen the window to take in first_year .. last_year (it never narrows;
-- to narrow it, UPDATE occurrence_window).  Returns the rows stored.
CREATE OR REPLACE FUNCTION vigo_cal.store_occurrences(first_year vigo_cal.schoolyear,
                                                      last_year vigo_cal.schoolyear)
  RETURNS bigint
  LANGUAGE plpgsql VOLATILE STRICT PARALLEL UNSAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
DECLARE
  stored bigint;
BEGIN
  IF first_year OPERATOR(vigo_cal.>) last_year THEN
    RAISE EXCEPTION 'first school year % comes after last school year %', first_year, last_year
      USING ERRCODE = 'invalid_parameter_value',
            HINT = 'Give the earlier school year first.';
  END IF;
  UPDATE vigo_cal.occurrence_window w
     SET first_year = least(w.first_year, store_occurrences.first_year),
         last_year = greatest(w.last_year, store_occurrences.last_year)
   WHERE w.first_year OPERATOR(vigo_cal.>) store_occurrences.first_year
      OR w.last_year OPERATOR(vigo_cal.<) store_occurrences.last_year;
  -- store the years that came in now, not at commit
  IF EXISTS (SELECT 1 FROM vigo_cal.occurrence_store_pending) THEN
    PERFORM vigo_cal.occurrence_store_work_out(NULL, NULL, false);
  END IF;
  SELECT pg_catalog.count(*) INTO stored FROM vigo_cal.occurrence_store;
  RETURN stored;
END $$;
COMMENT ON FUNCTION vigo_cal.store_occurrences(vigo_cal.schoolyear, vigo_cal.schoolyear) IS
  'widen the stored window to take in first_year .. last_year and store those years; returns the rows stored';

-- Does this transaction see schedule edits that the store does not hold
-- yet?  Its own, before its commit (other transactions' marks are never
-- visible), and any kept while the store is suspended.  NULL when the
-- caller may not read occurrence_store_pending (a BI reader, which has no
-- USAGE on schema vigo_cal, so has edited nothing itself).
CREATE OR REPLACE FUNCTION vigo_cal.occurrence_store_behind() RETURNS boolean
  LANGUAGE plpgsql STABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
BEGIN
  IF NOT pg_catalog.has_schema_privilege('vigo_cal', 'USAGE')
     OR NOT pg_catalog.has_table_privilege('vigo_cal.occurrence_store_pending', 'SELECT') THEN
    RETURN NULL;
  END IF;
  RETURN EXISTS (SELECT 1 FROM vigo_cal.occurrence_store_pending);
END $$;
COMMENT ON FUNCTION vigo_cal.occurrence_store_behind() IS
  'true when this transaction has edited the schedule and the store is not worked out yet (at its commit); NULL when the caller may not read occurrence_store_pending';

-- Does the store answer for every school year from first_year to
-- last_year?  (valid, refreshed, the years inside the window, nothing this
-- transaction changed pending, and the caller may read it).
CREATE OR REPLACE FUNCTION vigo_cal.occurrence_store_covers(first_year vigo_cal.schoolyear,
                                                            last_year vigo_cal.schoolyear)
  RETURNS boolean
  LANGUAGE sql STABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  SELECT pg_catalog.has_table_privilege('vigo_cal.occurrence_store', 'SELECT')
     AND pg_catalog.has_table_privilege('vigo_cal.occurrence_store_state', 'SELECT')
     AND pg_catalog.has_table_privilege('vigo_cal.occurrence_window', 'SELECT')
     AND coalesce((SELECT st.valid AND NOT st.suspended
                          AND w.first_year OPERATOR(vigo_cal.<=) occurrence_store_covers.first_year
                          AND w.last_year OPERATOR(vigo_cal.>=) occurrence_store_covers.last_year
                     FROM vigo_cal.occurrence_store_state st, vigo_cal.occurrence_window w), false)
     AND NOT coalesce(vigo_cal.occurrence_store_behind(), true)
$$;
COMMENT ON FUNCTION vigo_cal.occurrence_store_covers(vigo_cal.schoolyear, vigo_cal.schoolyear) IS
  'true if occurrence_store holds the calendar of every school year first_year .. last_year, as this transaction sees the schedule, and the current user may read it';

-- Raise the refresh's error if the store is not valid; true otherwise.  The
-- BI views call it with the state row, once per query.
CREATE OR REPLACE FUNCTION vigo_cal.occurrence_store_ready(st vigo_cal.occurrence_store_state)
  RETURNS boolean
  LANGUAGE plpgsql STABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
DECLARE
  behind boolean := false;
BEGIN
  -- a reader without USAGE on schema vigo_cal (a BI login) cannot have
  -- edited the schedule, and may not name the function that would tell
  IF pg_catalog.has_schema_privilege('vigo_cal', 'USAGE') THEN
    behind := coalesce(vigo_cal.occurrence_store_behind(), false);
  END IF;
  IF st.valid AND NOT st.suspended AND NOT behind THEN
    RETURN true;
  END IF;
  IF behind AND NOT st.suspended THEN
    RAISE EXCEPTION 'the stored calendar is out of date: this transaction changed the schedule, and the store is worked out at commit'
      USING ERRCODE = 'object_not_in_prerequisite_state',
            HINT = 'Run SET CONSTRAINTS ALL IMMEDIATE, or SELECT vigo_cal.refresh_occurrence_store(), to work it out at once.';
  END IF;
  RAISE EXCEPTION 'the stored calendar is out of date: %', coalesce(st.problem, 'it has not been refreshed')
    USING ERRCODE = 'object_not_in_prerequisite_state',
          HINT = 'Correct the schedule so that vigo_cal.calendar_between() works, or run SELECT vigo_cal.refresh_occurrence_store().';
END $$;
COMMENT ON FUNCTION vigo_cal.occurrence_store_ready(vigo_cal.occurrence_store_state) IS
  'true when the occurrence store is valid; otherwise an error with the reason (the BI views read no stale rows)';


-- ---------------------------------------------------------------------
-- Triggers: note what is pending; refresh once, at commit
-- ---------------------------------------------------------------------
-- The four trigger functions run as the extension's owner (SECURITY
-- DEFINER), so that an editor needs no privilege on the store's tables.
-- They can do nothing but what the schedule asks: a trigger function
-- cannot be called but by a trigger (0A000), only the extension's own
-- triggers call these (CREATE TRIGGER needs EXECUTE, which PUBLIC does not
-- have), they take no input but the statement's changed rows, they write
-- only the transaction's own row of occurrence_store_pending and the store
-- as calendar_between works it out from the schedule tables, and their
-- search_path holds no schema another role can create objects in (every
-- name in them is qualified).

-- After a statement that changed rows of event, category, party,
-- school_holiday, region, region_county, county (or inserted or deleted
-- the occurrence_window row): the whole window is pending (an event's rule
-- or text reaches every year it is in; a school holiday is projected into
-- the years after it).  A statement that changed no row changes nothing.
CREATE OR REPLACE FUNCTION vigo_cal.occurrence_store_mark_all() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    IF NOT EXISTS (SELECT FROM new_rows) THEN
      RETURN NULL;
    END IF;
  ELSIF TG_OP = 'DELETE' THEN
    IF NOT EXISTS (SELECT FROM old_rows) THEN
      RETURN NULL;
    END IF;
  END IF;
  INSERT INTO vigo_cal.occurrence_store_pending AS p (xact, whole)
  VALUES (pg_catalog.pg_current_xact_id(), true)
  ON CONFLICT (xact) DO UPDATE SET whole = true, first_year = NULL, last_year = NULL
   WHERE NOT p.whole;
  RETURN NULL;
END $$;
COMMENT ON FUNCTION vigo_cal.occurrence_store_mark_all() IS
  'trigger: after a statement that changed a table every school year depends on, leave the whole occurrence store to be worked out at commit';

-- Leave the school years lo .. hi to be worked out at commit, in this
-- transaction's row (added to what is pending already).  The row is
-- written only when this adds something.
CREATE OR REPLACE FUNCTION vigo_cal.occurrence_store_mark_years(lo vigo_cal.schoolyear,
                                                               hi vigo_cal.schoolyear)
  RETURNS void
  LANGUAGE sql VOLATILE STRICT PARALLEL UNSAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  INSERT INTO vigo_cal.occurrence_store_pending AS p (xact, first_year, last_year)
  VALUES (pg_catalog.pg_current_xact_id(), lo, hi)
  ON CONFLICT (xact) DO UPDATE
     SET first_year = least(p.first_year, excluded.first_year),
         last_year = greatest(p.last_year, excluded.last_year)
   WHERE NOT p.whole
     AND (p.first_year IS NULL
          OR p.first_year OPERATOR(vigo_cal.>) excluded.first_year
          OR p.last_year OPERATOR(vigo_cal.<) excluded.last_year)
$$;
COMMENT ON FUNCTION vigo_cal.occurrence_store_mark_years(vigo_cal.schoolyear, vigo_cal.schoolyear) IS
  'leave the school years lo .. hi of the occurrence store to be worked out at commit (used by the store''s triggers)';

-- After a statement on event_override: only the school years it touched
-- (an override changes its own year, and what counts from it that year).
CREATE OR REPLACE FUNCTION vigo_cal.occurrence_store_mark_override() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  lo vigo_cal.schoolyear;
  hi vigo_cal.schoolyear;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT vigo_cal.min(n.school_year), vigo_cal.max(n.school_year) INTO lo, hi FROM new_rows n;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT vigo_cal.min(o.school_year), vigo_cal.max(o.school_year) INTO lo, hi FROM old_rows o;
  ELSE
    SELECT vigo_cal.min(y), vigo_cal.max(y) INTO lo, hi
      FROM (SELECT n.school_year AS y FROM new_rows n UNION ALL SELECT o.school_year FROM old_rows o) AS t;
  END IF;
  IF lo IS NOT NULL THEN
    PERFORM vigo_cal.occurrence_store_mark_years(lo, hi);
  END IF;
  RETURN NULL;
END $$;
COMMENT ON FUNCTION vigo_cal.occurrence_store_mark_override() IS
  'trigger: leave the school years an event_override statement touched to be worked out at commit';

-- After occurrence_window changes: the years that came in are stored, and
-- the rows of years that left removed, at commit.
CREATE OR REPLACE FUNCTION vigo_cal.occurrence_store_mark_window() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  o vigo_cal.occurrence_window;
  n vigo_cal.occurrence_window;
  lo vigo_cal.schoolyear;
  hi vigo_cal.schoolyear;
BEGIN
  SELECT * INTO o FROM old_rows;
  IF NOT FOUND THEN
    RETURN NULL;
  END IF;
  SELECT * INTO n FROM new_rows;
  IF n.first_year OPERATOR(vigo_cal.=) o.first_year AND n.last_year OPERATOR(vigo_cal.=) o.last_year THEN
    RETURN NULL;
  END IF;
  IF n.first_year OPERATOR(vigo_cal.>) o.last_year OR n.last_year OPERATOR(vigo_cal.<) o.first_year THEN
    INSERT INTO vigo_cal.occurrence_store_pending AS p (xact, whole)
    VALUES (pg_catalog.pg_current_xact_id(), true)
    ON CONFLICT (xact) DO UPDATE SET whole = true, first_year = NULL, last_year = NULL
     WHERE NOT p.whole;
    RETURN NULL;
  END IF;
  -- the years that came in (both ends: the years between them too)
  IF n.first_year OPERATOR(vigo_cal.<) o.first_year THEN
    lo := n.first_year;
    hi := o.first_year OPERATOR(vigo_cal.-) 1;
  END IF;
  IF n.last_year OPERATOR(vigo_cal.>) o.last_year THEN
    lo := coalesce(lo, o.last_year OPERATOR(vigo_cal.+) 1);
    hi := n.last_year;
  END IF;
  IF lo IS NOT NULL THEN
    PERFORM vigo_cal.occurrence_store_mark_years(lo, hi);
  ELSE
    -- narrowed only: nothing to work out, the rows outside go at commit
    INSERT INTO vigo_cal.occurrence_store_pending (xact) VALUES (pg_catalog.pg_current_xact_id())
    ON CONFLICT (xact) DO NOTHING;
  END IF;
  RETURN NULL;
END $$;
COMMENT ON FUNCTION vigo_cal.occurrence_store_mark_window() IS
  'trigger: leave the school years that came into occurrence_window to be stored, and those that left to be removed, at commit';

-- At commit (the deferred constraint trigger occurrence_store_refresh on
-- occurrence_store_pending, queued by the marks above; and
-- occurrence_store_resume when the store is no longer suspended): work out
-- what is pending, once.
CREATE OR REPLACE FUNCTION vigo_cal.occurrence_store_refresh_pending() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM vigo_cal.occurrence_store_pending) THEN
    PERFORM vigo_cal.occurrence_store_work_out(NULL, NULL, false);
  END IF;
  RETURN NULL;
END $$;
COMMENT ON FUNCTION vigo_cal.occurrence_store_refresh_pending() IS
  'trigger: at commit, work out the school years the transaction left pending in the occurrence store (once, however many statements)';

-- Only the extension's own triggers run them (CREATE TRIGGER needs EXECUTE).
REVOKE EXECUTE ON FUNCTION vigo_cal.occurrence_store_mark_all(), vigo_cal.occurrence_store_mark_override(),
                           vigo_cal.occurrence_store_mark_window(), vigo_cal.occurrence_store_refresh_pending()
  FROM PUBLIC;
-- Every transaction may see its own marks (occurrence_store_behind); no
-- other's is ever visible.
GRANT SELECT ON vigo_cal.occurrence_store_pending TO PUBLIC;

-- The triggers, rerunnable: DROP IF EXISTS and CREATE, as PostgreSQL 13
-- has no CREATE OR REPLACE TRIGGER (an extension script's notices are not
-- shown, so the first install is quiet).  Transition tables need one
-- trigger per event, so that a statement that changed no row is seen.
-- One row per trigger: its name, table, statement, transition tables and
-- marking function.  The tables every school year is worked out from mark
-- the whole window (for school_holiday, region, region_county and county:
-- the calendar's holiday weeks and the holiday store, as a year without a
-- row of its own is projected from the years before it); event_override
-- marks the years it touched, an UPDATE of occurrence_window the years
-- that came in; a TRUNCATE, or a window row inserted or deleted, marks all.
DO $$
DECLARE
  tr record;
BEGIN
  FOR tr IN
    SELECT 'occurrence_store_' || pg_catalog.lower(e.ev) AS name, t.tab, e.ev, e.refs,
           'occurrence_store_mark_all' AS fn
      FROM pg_catalog.unnest(ARRAY['event', 'category', 'party', 'school_holiday', 'region',
                        'region_county', 'county', 'event_wording']) AS t(tab),
           (VALUES ('INSERT', 'REFERENCING NEW TABLE AS new_rows'),
                   ('UPDATE', 'REFERENCING NEW TABLE AS new_rows'),
                   ('DELETE', 'REFERENCING OLD TABLE AS old_rows'),
                   ('TRUNCATE', '')) AS e(ev, refs)
    UNION ALL
    VALUES ('occurrence_store_insert', 'event_override', 'INSERT',
            'REFERENCING NEW TABLE AS new_rows', 'occurrence_store_mark_override'),
           ('occurrence_store_update', 'event_override', 'UPDATE',
            'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows', 'occurrence_store_mark_override'),
           ('occurrence_store_delete', 'event_override', 'DELETE',
            'REFERENCING OLD TABLE AS old_rows', 'occurrence_store_mark_override'),
           ('occurrence_store_truncate', 'event_override', 'TRUNCATE', '', 'occurrence_store_mark_all'),
           ('occurrence_store', 'occurrence_window', 'UPDATE',
            'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows', 'occurrence_store_mark_window'),
           ('occurrence_store_insert', 'occurrence_window', 'INSERT',
            'REFERENCING NEW TABLE AS new_rows', 'occurrence_store_mark_all'),
           ('occurrence_store_delete', 'occurrence_window', 'DELETE',
            'REFERENCING OLD TABLE AS old_rows', 'occurrence_store_mark_all'),
           ('occurrence_store_truncate', 'occurrence_window', 'TRUNCATE', '', 'occurrence_store_mark_all')
  LOOP
    EXECUTE pg_catalog.format('DROP TRIGGER IF EXISTS %I ON vigo_cal.%I', tr.name, tr.tab);
    EXECUTE pg_catalog.format('CREATE TRIGGER %I AFTER %s ON vigo_cal.%I %s'
                   ' FOR EACH STATEMENT EXECUTE FUNCTION vigo_cal.%I()',
                   tr.name, tr.ev, tr.tab, tr.refs, tr.fn);
  END LOOP;
END $$;
-- the refresh, once per transaction: the first mark inserts the
-- transaction's row of occurrence_store_pending, which queues this trigger
-- for commit; SET CONSTRAINTS vigo_cal.occurrence_store_refresh IMMEDIATE
-- (or ALL) works the store out at the end of each statement instead
DROP TRIGGER IF EXISTS occurrence_store_refresh ON vigo_cal.occurrence_store_pending;
CREATE CONSTRAINT TRIGGER occurrence_store_refresh AFTER INSERT OR UPDATE ON vigo_cal.occurrence_store_pending
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION vigo_cal.occurrence_store_refresh_pending();
-- and when the store is no longer suspended: what was noted meanwhile
DROP TRIGGER IF EXISTS occurrence_store_resume ON vigo_cal.occurrence_store_state;
CREATE CONSTRAINT TRIGGER occurrence_store_resume AFTER UPDATE ON vigo_cal.occurrence_store_state
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (OLD.suspended AND NOT NEW.suspended)
  EXECUTE FUNCTION vigo_cal.occurrence_store_refresh_pending();
