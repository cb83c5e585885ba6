-- The schedule model: who, what, when, and which edition printed it.
--
-- Every table is user-editable and registered with pg_extension_config_dump.
-- Column "origin" tells the rows the extension ships ('vigo_cal') from the
-- rows users add ('user') or change ('changed'): pg_dump keeps the latter
-- two, and a restore merges a changed shipped row back over the shipped one
-- (trigger vigo_cal.keep_user_changes).

-- Is vigo_cal's own install or update script running?  Only it writes
-- origin 'vigo_cal' (keep_user_changes, below).
CREATE FUNCTION vigo_cal.extension_script_running() RETURNS boolean
  LANGUAGE c STABLE PARALLEL RESTRICTED
  AS 'MODULE_PATHNAME', 'vigo_cal_extension_script_running';
COMMENT ON FUNCTION vigo_cal.extension_script_running() IS
  'true while vigo_cal''s own install or update script runs (the only writer of origin vigo_cal)';

-- Keep user changes to shipped rows across pg_dump/restore.  "origin" is
-- the extension's word, never the client's: only the extension's own script
-- writes 'vigo_cal'; an INSERT that says 'vigo_cal' is a user's row; an
-- UPDATE keeps the origin, but marks a shipped row it changes 'changed' so
-- that it is dumped.  A row added with the key of a shipped row the user
-- removed (vigo_cal.shipped_removed, 82_restore.sql) is 'changed' too.  On INSERT of a
-- 'changed' row whose key a shipped row already has (a restore), update
-- that row instead.  TG_ARGV: the key columns.
CREATE FUNCTION vigo_cal.keep_user_changes() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
DECLARE
  keys text[] := TG_ARGV;
  cols text;
  key_match text;
  found_key boolean;
  in_script boolean := vigo_cal.extension_script_running();
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NOT in_script THEN
      NEW.origin := OLD.origin;
    END IF;
    IF OLD.origin = 'vigo_cal' AND NEW.origin = 'vigo_cal' AND NEW IS DISTINCT FROM OLD THEN
      NEW.origin := 'changed';
    END IF;
    RETURN NEW;
  END IF;
  IF NEW.origin = 'vigo_cal' AND NOT in_script THEN
    NEW.origin := 'user';
  END IF;
  IF NEW.origin = 'user' AND NOT in_script THEN
    IF vigo_cal.shipped_was_removed(TG_TABLE_NAME, vigo_cal.shipped_key(TG_RELID, pg_catalog.to_jsonb(NEW))) THEN
      NEW.origin := 'changed';
    END IF;
  END IF;
  IF NEW.origin <> 'changed' THEN
    RETURN NEW;
  END IF;
  SELECT pg_catalog.string_agg(pg_catalog.format('t.%1$I IS NOT DISTINCT FROM ($1).%1$I', k), ' AND ')
    INTO key_match FROM pg_catalog.unnest(keys) AS k;
  EXECUTE pg_catalog.format('SELECT EXISTS (SELECT 1 FROM %I.%I t WHERE %s AND t.origin = ''vigo_cal'')',
                 TG_TABLE_SCHEMA, TG_TABLE_NAME, key_match)
    INTO found_key USING NEW;
  IF NOT found_key THEN
    RETURN NEW;
  END IF;
  SELECT pg_catalog.string_agg(pg_catalog.format('%1$I = ($1).%1$I', a.attname), ', ')
    INTO cols
    FROM pg_attribute a
   WHERE a.attrelid = TG_RELID AND a.attnum > 0 AND NOT a.attisdropped
     AND a.attgenerated = '';
  EXECUTE pg_catalog.format('UPDATE %I.%I t SET %s WHERE %s', TG_TABLE_SCHEMA, TG_TABLE_NAME, cols, key_match)
    USING NEW;
  RETURN NULL;
END $$;
COMMENT ON FUNCTION vigo_cal.keep_user_changes() IS
  'trigger: keeps origin the extension''s word, marks changed shipped rows so pg_dump keeps them, and merges them back on restore';

-- ---------------------------------------------------------------------
-- Parties and categories
-- ---------------------------------------------------------------------
CREATE TABLE vigo_cal.party (
  party_key text PRIMARY KEY CHECK (party_key ~ '^[a-z][a-z0-9_]*$'),
  name text NOT NULL UNIQUE,
  description text,
  origin text NOT NULL DEFAULT 'user' CHECK (origin IN ('vigo_cal', 'user', 'changed'))
);
COMMENT ON TABLE vigo_cal.party IS 'who sends and who receives: VIGO (IST), Udir, SSB, Lånekassen, the counties, ...';
COMMENT ON COLUMN vigo_cal.party.party_key IS 'stable key, lower case';
COMMENT ON COLUMN vigo_cal.party.name IS 'the name as the årshjul prints it';
COMMENT ON COLUMN vigo_cal.party.description IS 'what the party is';
COMMENT ON COLUMN vigo_cal.party.origin IS 'vigo_cal: shipped with the extension; user: added; changed: a shipped row a user changed';

CREATE TABLE vigo_cal.category (
  category_key text PRIMARY KEY CHECK (category_key ~ '^[a-z][a-z0-9_]*$'),
  label text NOT NULL,
  color text NOT NULL CHECK (color ~ '^#[0-9a-f]{6}$'),
  sort_order integer NOT NULL DEFAULT 100,
  origin text NOT NULL DEFAULT 'user' CHECK (origin IN ('vigo_cal', 'user', 'changed')),
  -- after origin: 0.4.0 adds the column with ALTER TABLE, which appends it
  legend_text text CHECK (legend_text <> '')
);
COMMENT ON TABLE vigo_cal.category IS 'the colour codes of the årshjul, with a colour for dashboards';
COMMENT ON COLUMN vigo_cal.category.legend_text IS
  'the category''s line in the printed colour legend (FARGEKODER) of the edition, in its words ("Interne datoer for Vigo"); NULL: the label';
COMMENT ON COLUMN vigo_cal.category.category_key IS 'stable key, lower case';
COMMENT ON COLUMN vigo_cal.category.label IS 'the Norwegian label of the colour legend';
COMMENT ON COLUMN vigo_cal.category.color IS 'the colour as #rrggbb';
COMMENT ON COLUMN vigo_cal.category.sort_order IS 'order of the legend';
COMMENT ON COLUMN vigo_cal.category.origin IS 'vigo_cal: shipped with the extension; user: added; changed: a shipped row a user changed';

-- ---------------------------------------------------------------------
-- Events
-- ---------------------------------------------------------------------
CREATE TABLE vigo_cal.event (
  event_key text PRIMARY KEY CHECK (event_key ~ '^[a-z][a-z0-9_]*$' AND length(event_key) <= 63),
  title text NOT NULL,
  comment text,
  from_party text REFERENCES vigo_cal.party ON UPDATE CASCADE,
  to_party text REFERENCES vigo_cal.party ON UPDATE CASCADE,
  category text NOT NULL REFERENCES vigo_cal.category ON UPDATE CASCADE,
  vigo_report text,
  rule vigo_cal.rule NOT NULL,
  county_deadline vigo_cal.rule,
  recurrence text CHECK (recurrence IN ('monthly')),
  recur_until vigo_cal.rule,
  tentative boolean NOT NULL DEFAULT false,
  first_school_year vigo_cal.schoolyear,
  last_school_year vigo_cal.schoolyear,
  origin text NOT NULL DEFAULT 'user' CHECK (origin IN ('vigo_cal', 'user', 'changed')),
  -- after origin: 0.3.0 adds the column with ALTER TABLE, which appends it
  fixed_date boolean NOT NULL DEFAULT false,
  -- appended by 0.4.0
  from_party_2 text REFERENCES vigo_cal.party ON UPDATE CASCADE,
  to_party_2 text REFERENCES vigo_cal.party ON UPDATE CASCADE,
  CONSTRAINT event_second_from_party CHECK (from_party_2 IS NULL OR (from_party IS NOT NULL AND from_party_2 <> from_party)),
  CONSTRAINT event_second_to_party CHECK (to_party_2 IS NULL OR (to_party IS NOT NULL AND to_party_2 <> to_party)),
  CHECK (first_school_year IS NULL OR last_school_year IS NULL
         OR first_school_year OPERATOR(vigo_cal.<=) last_school_year),
  CHECK ((recurrence IS NULL) = (recur_until IS NULL)),
  CHECK (county_deadline IS NULL OR vigo_cal.rule_reference(county_deadline) = event_key)
);
COMMENT ON TABLE vigo_cal.event IS 'the duties of the årshjul: one row per recurring event, with the rule that dates it in any school year';
COMMENT ON COLUMN vigo_cal.event.event_key IS 'stable key; other rules refer to the event by it';
COMMENT ON COLUMN vigo_cal.event.title IS 'what is due (the Hva column), a template: see doc/schedule.md';
COMMENT ON COLUMN vigo_cal.event.comment IS 'the Kommentar column, a template';
COMMENT ON COLUMN vigo_cal.event.from_party IS 'who delivers (Fra)';
COMMENT ON COLUMN vigo_cal.event.to_party IS 'who receives (Til)';
COMMENT ON COLUMN vigo_cal.event.category IS 'the colour code';
COMMENT ON COLUMN vigo_cal.event.vigo_report IS 'VIGO report or screen, e.g. 5A001 - Oppdater elev fra søker';
COMMENT ON COLUMN vigo_cal.event.rule IS 'when it falls due in a school year';
COMMENT ON COLUMN vigo_cal.event.county_deadline IS 'when the counties must have registered in VIGO, as a rule counting from the event itself (e.g. <event_key> - 1 dag)';
COMMENT ON COLUMN vigo_cal.event.recurrence IS 'monthly: falls due again every month after the first occurrence, until recur_until';
COMMENT ON COLUMN vigo_cal.event.recur_until IS 'last day of a recurring event in the school year';
COMMENT ON COLUMN vigo_cal.event.tentative IS 'the date may move ("Dato for uttrekket kan bli noe justert", "Med forbehold om endringer")';
COMMENT ON COLUMN vigo_cal.event.first_school_year IS 'first school year the event applies to (NULL: always)';
COMMENT ON COLUMN vigo_cal.event.last_school_year IS 'last school year the event applies to (NULL: still in force)';
COMMENT ON COLUMN vigo_cal.event.origin IS 'vigo_cal: shipped with the extension; user: added; changed: a shipped row a user changed';
COMMENT ON COLUMN vigo_cal.event.from_party_2 IS
  'a second party of the Fra cell, printed on the line below the first ("Skolene/Fylkesansvarlig SAS" over "VIGO (Inntak)"); NULL: one party';
COMMENT ON COLUMN vigo_cal.event.to_party_2 IS 'a second party of the Til cell; NULL: one party';
COMMENT ON COLUMN vigo_cal.event.fixed_date IS
  'true: the date is fixed by law or by a system (15 July deliveries, 14 July hovedinntak, 30 June grades, 31 July), or a county registration deadline kept on the day before its delivery as the edition prints it (its last working day is shown beside it), and is kept on a Saturday, Sunday or public holiday on purpose; false: the date is meant to be a working day (every shipped rule gives one), and a monthly repeat that is not one moves to the next working day';

-- The words an event had in earlier school years: an edition prints the
-- July duties twice (July 2023 belongs to 2022-2023, July 2024 to
-- 2023-2024), and the vendor reworded some between the two.  The event's
-- own row has the words in force now; a row here has all of them as they
-- stood up to and including last_school_year.
CREATE TABLE vigo_cal.event_wording (
  event_key text NOT NULL REFERENCES vigo_cal.event ON UPDATE CASCADE ON DELETE CASCADE,
  last_school_year vigo_cal.schoolyear NOT NULL,
  title text NOT NULL,
  comment text,
  from_party text REFERENCES vigo_cal.party ON UPDATE CASCADE,
  from_party_2 text REFERENCES vigo_cal.party ON UPDATE CASCADE,
  to_party text REFERENCES vigo_cal.party ON UPDATE CASCADE,
  to_party_2 text REFERENCES vigo_cal.party ON UPDATE CASCADE,
  source text NOT NULL CHECK (source <> ''),
  origin text NOT NULL DEFAULT 'user' CHECK (origin IN ('vigo_cal', 'user', 'changed')),
  PRIMARY KEY (event_key, last_school_year),
  CHECK (from_party_2 IS NULL OR (from_party IS NOT NULL AND from_party_2 <> from_party)),
  CHECK (to_party_2 IS NULL OR (to_party IS NOT NULL AND to_party_2 <> to_party))
);
COMMENT ON TABLE vigo_cal.event_wording IS
  'the words of an event in earlier school years: title, comment and parties as they stood up to and including last_school_year (the event''s own row: the words in force after the last of them)';
COMMENT ON COLUMN vigo_cal.event_wording.event_key IS 'the event';
COMMENT ON COLUMN vigo_cal.event_wording.last_school_year IS
  'the last school year these words apply to; an occurrence takes the row with the earliest last_school_year on or after its own school year, else the event''s words';
COMMENT ON COLUMN vigo_cal.event_wording.title IS 'the Hva column then, a template';
COMMENT ON COLUMN vigo_cal.event_wording.comment IS 'the Kommentar column then, a template';
COMMENT ON COLUMN vigo_cal.event_wording.from_party IS 'who delivered (Fra) then';
COMMENT ON COLUMN vigo_cal.event_wording.from_party_2 IS 'a second party of the Fra cell then';
COMMENT ON COLUMN vigo_cal.event_wording.to_party IS 'who received (Til) then';
COMMENT ON COLUMN vigo_cal.event_wording.to_party_2 IS 'a second party of the Til cell then';
COMMENT ON COLUMN vigo_cal.event_wording.source IS 'where the words come from (the edition and its entry)';
COMMENT ON COLUMN vigo_cal.event_wording.origin IS 'vigo_cal: shipped with the extension; user: added; changed: a shipped row a user changed';

CREATE TABLE vigo_cal.event_override (
  event_key text NOT NULL REFERENCES vigo_cal.event ON UPDATE CASCADE ON DELETE CASCADE,
  school_year vigo_cal.schoolyear NOT NULL,
  occurrence integer NOT NULL DEFAULT 1 CHECK (occurrence >= 1),
  due_date date,
  due_end date,
  reason text NOT NULL CHECK (reason <> ''),
  origin text NOT NULL DEFAULT 'user' CHECK (origin IN ('vigo_cal', 'user', 'changed')),
  PRIMARY KEY (event_key, school_year, occurrence),
  CHECK (due_end IS NULL OR due_end >= due_date)
);
COMMENT ON TABLE vigo_cal.event_override IS 'a date that is not what the rule gives, for one occurrence in one school year (due_date NULL: no occurrence that year)';
COMMENT ON COLUMN vigo_cal.event_override.event_key IS 'the event';
COMMENT ON COLUMN vigo_cal.event_override.school_year IS 'the school year of the occurrence';
COMMENT ON COLUMN vigo_cal.event_override.occurrence IS 'which occurrence, for a recurring event (1 = the first)';
COMMENT ON COLUMN vigo_cal.event_override.due_date IS 'the date that year, or NULL to cancel the occurrence';
COMMENT ON COLUMN vigo_cal.event_override.due_end IS 'the last day, for a span (NULL: one day)';
COMMENT ON COLUMN vigo_cal.event_override.reason IS 'why the date differs from the rule, in one line';
COMMENT ON COLUMN vigo_cal.event_override.origin IS 'vigo_cal: shipped with the extension; user: added; changed: a shipped row a user changed';

CREATE TABLE vigo_cal.event_link (
  event_key text NOT NULL REFERENCES vigo_cal.event ON UPDATE CASCADE ON DELETE CASCADE,
  other_key text NOT NULL REFERENCES vigo_cal.event ON UPDATE CASCADE ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('see_also', 'runs_before', 'feedback_on')),
  note text,
  origin text NOT NULL DEFAULT 'user' CHECK (origin IN ('vigo_cal', 'user', 'changed')),
  PRIMARY KEY (event_key, other_key, kind),
  CHECK (event_key <> other_key)
);
COMMENT ON TABLE vigo_cal.event_link IS 'links between events: see_also, runs_before (the VIGO job order), feedback_on';
COMMENT ON COLUMN vigo_cal.event_link.event_key IS 'the event';
COMMENT ON COLUMN vigo_cal.event_link.other_key IS 'the event it is linked to';
COMMENT ON COLUMN vigo_cal.event_link.kind IS 'see_also; runs_before: event_key must come before other_key; feedback_on: event_key is feedback on other_key';
COMMENT ON COLUMN vigo_cal.event_link.note IS 'where the link comes from';
COMMENT ON COLUMN vigo_cal.event_link.origin IS 'vigo_cal: shipped with the extension; user: added; changed: a shipped row a user changed';

-- ---------------------------------------------------------------------
-- Editions: what was published, with the dates as printed
-- ---------------------------------------------------------------------
CREATE TABLE vigo_cal.edition (
  school_year vigo_cal.schoolyear PRIMARY KEY,
  published date NOT NULL,
  title text NOT NULL,
  source text NOT NULL,
  origin text NOT NULL DEFAULT 'user' CHECK (origin IN ('vigo_cal', 'user', 'changed'))
);
COMMENT ON TABLE vigo_cal.edition IS 'published editions of the årshjul';
COMMENT ON COLUMN vigo_cal.edition.school_year IS 'the school year the edition is for';
COMMENT ON COLUMN vigo_cal.edition.published IS 'the date it is "pr." (as of)';
COMMENT ON COLUMN vigo_cal.edition.title IS 'the title as printed';
COMMENT ON COLUMN vigo_cal.edition.source IS 'where the text comes from';
COMMENT ON COLUMN vigo_cal.edition.origin IS 'vigo_cal: shipped with the extension; user: added; changed: a shipped row a user changed';

CREATE TABLE vigo_cal.edition_entry (
  school_year vigo_cal.schoolyear NOT NULL REFERENCES vigo_cal.edition ON UPDATE CASCADE ON DELETE CASCADE,
  entry text NOT NULL,
  event_key text NOT NULL REFERENCES vigo_cal.event ON UPDATE CASCADE,
  occurrence_year vigo_cal.schoolyear NOT NULL,
  occurrence integer NOT NULL DEFAULT 1,
  month_heading text NOT NULL,
  date_text text,
  printed_date date,
  printed_end date,
  origin text NOT NULL DEFAULT 'user' CHECK (origin IN ('vigo_cal', 'user', 'changed')),
  PRIMARY KEY (school_year, entry)
);
COMMENT ON TABLE vigo_cal.edition_entry IS 'the entries of a published edition, with the dates as printed';
COMMENT ON COLUMN vigo_cal.edition_entry.school_year IS 'the edition';
COMMENT ON COLUMN vigo_cal.edition_entry.entry IS 'the entry''s id in the edition (e1, e2, ...)';
COMMENT ON COLUMN vigo_cal.edition_entry.event_key IS 'the event the entry is an occurrence of';
COMMENT ON COLUMN vigo_cal.edition_entry.occurrence_year IS 'the school year of the occurrence (July rows belong to the year before; week 31 rows in August to the year after)';
COMMENT ON COLUMN vigo_cal.edition_entry.occurrence IS 'which occurrence of a recurring event';
COMMENT ON COLUMN vigo_cal.edition_entry.month_heading IS 'the month heading the entry is printed under';
COMMENT ON COLUMN vigo_cal.edition_entry.date_text IS 'the date cell as printed';
COMMENT ON COLUMN vigo_cal.edition_entry.printed_date IS 'the printed date (first day of a week or span); NULL if the entry has none';
COMMENT ON COLUMN vigo_cal.edition_entry.printed_end IS 'the last printed day of a span or week';
COMMENT ON COLUMN vigo_cal.edition_entry.origin IS 'vigo_cal: shipped with the extension; user: added; changed: a shipped row a user changed';

-- Triggers and pg_dump registration for every table.
CREATE TRIGGER keep_user_changes BEFORE INSERT OR UPDATE ON vigo_cal.party
  FOR EACH ROW EXECUTE FUNCTION vigo_cal.keep_user_changes('party_key');
CREATE TRIGGER keep_user_changes BEFORE INSERT OR UPDATE ON vigo_cal.category
  FOR EACH ROW EXECUTE FUNCTION vigo_cal.keep_user_changes('category_key');
CREATE TRIGGER keep_user_changes BEFORE INSERT OR UPDATE ON vigo_cal.event
  FOR EACH ROW EXECUTE FUNCTION vigo_cal.keep_user_changes('event_key');
CREATE TRIGGER keep_user_changes BEFORE INSERT OR UPDATE ON vigo_cal.event_wording
  FOR EACH ROW EXECUTE FUNCTION vigo_cal.keep_user_changes('event_key', 'last_school_year');
CREATE TRIGGER keep_user_changes BEFORE INSERT OR UPDATE ON vigo_cal.event_override
  FOR EACH ROW EXECUTE FUNCTION vigo_cal.keep_user_changes('event_key', 'school_year', 'occurrence');
CREATE TRIGGER keep_user_changes BEFORE INSERT OR UPDATE ON vigo_cal.event_link
  FOR EACH ROW EXECUTE FUNCTION vigo_cal.keep_user_changes('event_key', 'other_key', 'kind');
CREATE TRIGGER keep_user_changes BEFORE INSERT OR UPDATE ON vigo_cal.edition
  FOR EACH ROW EXECUTE FUNCTION vigo_cal.keep_user_changes('school_year');
CREATE TRIGGER keep_user_changes BEFORE INSERT OR UPDATE ON vigo_cal.edition_entry
  FOR EACH ROW EXECUTE FUNCTION vigo_cal.keep_user_changes('school_year', 'entry');

SELECT pg_catalog.pg_extension_config_dump('vigo_cal.party', 'WHERE origin <> ''vigo_cal''');
SELECT pg_catalog.pg_extension_config_dump('vigo_cal.category', 'WHERE origin <> ''vigo_cal''');
SELECT pg_catalog.pg_extension_config_dump('vigo_cal.event', 'WHERE origin <> ''vigo_cal''');
SELECT pg_catalog.pg_extension_config_dump('vigo_cal.event_wording', 'WHERE origin <> ''vigo_cal''');
SELECT pg_catalog.pg_extension_config_dump('vigo_cal.event_override', 'WHERE origin <> ''vigo_cal''');
SELECT pg_catalog.pg_extension_config_dump('vigo_cal.event_link', 'WHERE origin <> ''vigo_cal''');
SELECT pg_catalog.pg_extension_config_dump('vigo_cal.edition', 'WHERE origin <> ''vigo_cal''');
SELECT pg_catalog.pg_extension_config_dump('vigo_cal.edition_entry', 'WHERE origin <> ''vigo_cal''');
