-- Revisions of a published edition: the årshjul of a school year frozen as
-- it was published ("Pr. 21.08.2023", a later "Pr. 15.01.2024"), entry by
-- entry with the date cell and the texts as printed, so that what changed
-- since can be listed (edition_changes), marked in the document
-- (arshjul_html) and carried to calendar clients (ical's SEQUENCE).
-- publish_edition() adds a revision; the shipped 2023-2024 edition is
-- revision 1 of its year (76_data_edition_2023_2024_revision.sql).  The
-- functions are in 92_edition_html.sql.

CREATE TABLE vigo_cal.edition_revision (
  school_year vigo_cal.schoolyear NOT NULL REFERENCES vigo_cal.edition ON UPDATE CASCADE ON DELETE CASCADE,
  revision integer NOT NULL CHECK (revision >= 1),
  published date NOT NULL,
  note text,
  origin text NOT NULL DEFAULT 'user' CHECK (origin IN ('vigo_cal', 'user', 'changed')),
  PRIMARY KEY (school_year, revision),
  UNIQUE (school_year, published)
);
COMMENT ON TABLE vigo_cal.edition_revision IS
  'the revisions of a published edition, one per publishing day: revision 1 is the edition as first published, each later one the calendar as it stood that day (publish_edition)';
COMMENT ON COLUMN vigo_cal.edition_revision.school_year IS 'the edition (vigo_cal.edition)';
COMMENT ON COLUMN vigo_cal.edition_revision.revision IS '1, 2, ...: the order of publishing';
COMMENT ON COLUMN vigo_cal.edition_revision.published IS 'the day it was published, in Oslo (the "Pr." date of the document; its start in Oslo is the iCalendar LAST-MODIFIED of what changed in it)';
COMMENT ON COLUMN vigo_cal.edition_revision.note IS 'what the revision is for, in one line';
COMMENT ON COLUMN vigo_cal.edition_revision.origin IS 'vigo_cal: shipped with the extension; user: added; changed: a shipped row a user changed';

CREATE TABLE vigo_cal.edition_revision_entry (
  school_year vigo_cal.schoolyear NOT NULL,
  revision integer NOT NULL,
  event_key text NOT NULL,
  occurrence_year vigo_cal.schoolyear NOT NULL,
  occurrence integer NOT NULL DEFAULT 1,
  place integer NOT NULL,
  month_heading text NOT NULL,
  date_label text NOT NULL,
  due_date date NOT NULL,
  due_end date,
  from_party text,
  what text,
  to_party text,
  comment text,
  category text NOT NULL,
  tentative boolean NOT NULL DEFAULT false,
  origin text NOT NULL DEFAULT 'user' CHECK (origin IN ('vigo_cal', 'user', 'changed')),
  PRIMARY KEY (school_year, revision, event_key, occurrence_year, occurrence),
  UNIQUE (school_year, revision, place),
  FOREIGN KEY (school_year, revision) REFERENCES vigo_cal.edition_revision ON UPDATE CASCADE ON DELETE CASCADE
);
COMMENT ON TABLE vigo_cal.edition_revision_entry IS
  'the dated entries of a revision as they were printed: date cell, Fra, Hva, Til, Kommentar and colour, in document order; not tied to the events, so a revision outlives a changed or deleted event';
COMMENT ON COLUMN vigo_cal.edition_revision_entry.school_year IS 'the edition';
COMMENT ON COLUMN vigo_cal.edition_revision_entry.revision IS 'the revision (vigo_cal.edition_revision)';
COMMENT ON COLUMN vigo_cal.edition_revision_entry.event_key IS 'the event the entry was an occurrence of (what keeps an entry the same across revisions, with occurrence_year and occurrence)';
COMMENT ON COLUMN vigo_cal.edition_revision_entry.occurrence_year IS 'the school year of the occurrence (July rows belong to the year before; week 31 rows in August to the year after)';
COMMENT ON COLUMN vigo_cal.edition_revision_entry.occurrence IS 'which occurrence of the event in its school year';
COMMENT ON COLUMN vigo_cal.edition_revision_entry.place IS 'the entry''s place in the document, from 1';
COMMENT ON COLUMN vigo_cal.edition_revision_entry.month_heading IS 'the month heading it was printed under';
COMMENT ON COLUMN vigo_cal.edition_revision_entry.date_label IS 'the date cell as printed (15.jul, uke 40, 19.jun til 21.jun)';
COMMENT ON COLUMN vigo_cal.edition_revision_entry.due_date IS 'the first day printed';
COMMENT ON COLUMN vigo_cal.edition_revision_entry.due_end IS 'the last day of a week or span (NULL: one day)';
COMMENT ON COLUMN vigo_cal.edition_revision_entry.from_party IS 'the Fra cell as printed';
COMMENT ON COLUMN vigo_cal.edition_revision_entry.what IS 'the Hva cell as printed';
COMMENT ON COLUMN vigo_cal.edition_revision_entry.to_party IS 'the Til cell as printed';
COMMENT ON COLUMN vigo_cal.edition_revision_entry.comment IS 'the Kommentar cell as printed';
COMMENT ON COLUMN vigo_cal.edition_revision_entry.category IS 'the colour code it was printed in (a category key)';
COMMENT ON COLUMN vigo_cal.edition_revision_entry.tentative IS 'printed as tentative ("Med forbehold om endringer", "Dato for uttrekket kan bli noe justert")';
COMMENT ON COLUMN vigo_cal.edition_revision_entry.origin IS 'vigo_cal: shipped with the extension; user: added; changed: a shipped row a user changed';

CREATE TRIGGER keep_user_changes BEFORE INSERT OR UPDATE ON vigo_cal.edition_revision
  FOR EACH ROW EXECUTE FUNCTION vigo_cal.keep_user_changes('school_year', 'revision');
CREATE TRIGGER keep_user_changes BEFORE INSERT OR UPDATE ON vigo_cal.edition_revision_entry
  FOR EACH ROW EXECUTE FUNCTION vigo_cal.keep_user_changes('school_year', 'revision', 'event_key',
                                                            'occurrence_year', 'occurrence');

SELECT pg_catalog.pg_extension_config_dump('vigo_cal.edition_revision', 'WHERE origin <> ''vigo_cal''');
SELECT pg_catalog.pg_extension_config_dump('vigo_cal.edition_revision_entry', 'WHERE origin <> ''vigo_cal''');

-- @replaceable: everything below is CREATE OR REPLACE; upgrade scripts rerun it.
