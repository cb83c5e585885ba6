-- Restore and upgrade: what makes pg_dump/pg_restore (serial, -j N,
-- --single-transaction) and ALTER EXTENSION UPDATE give back exactly the
-- schedule and the counties' rows the user left (doc/reliability.md).
--
-- 1. Shipped rows a user removed.
-- CREATE EXTENSION installs every shipped row (origin 'vigo_cal'), and
-- pg_dump keeps only the rows users added or changed.  A shipped row the
-- user deleted, or whose key the user changed (a renamed event), would come
-- back on restore and on upgrade.  So every such removal leaves its key in
-- vigo_cal.shipped_removed (dumped whole); restoring a key there removes
-- the shipped row again, and the upgrade's merge does not add it back.
-- Only the extension's own script writes origin 'vigo_cal'
-- (extension_script_running and keep_user_changes in 50_schedule.sql).
--
-- 2. Rows that come before their parents.  pg_dump orders the data of the
-- extension's tables by their foreign keys, but pg_restore -j loads them in
-- parallel in any order, each table in its own transaction, and a row of a
-- user's event in delivery_log would fail its foreign key.  So a COPY into
-- one of these tables (how pg_restore loads data) takes a lock that
-- serialises it with the others, and a row whose parent row is not there
-- yet waits in vigo_cal.restore_held instead of failing; the COPY that
-- brings the parent puts it in its table, and applies the removals noted
-- in shipped_removed that had to wait for it.  An INSERT is checked at once,
-- as always.

CREATE TABLE vigo_cal.shipped_removed (
  table_name text NOT NULL CHECK (table_name ~ '^[a-z][a-z0-9_]*$'),
  shipped_key jsonb NOT NULL CHECK (pg_catalog.jsonb_typeof(shipped_key) = 'object'),
  PRIMARY KEY (table_name, shipped_key)
);
COMMENT ON TABLE vigo_cal.shipped_removed IS
  'the keys of shipped rows a user deleted or gave another key: a restore removes them again, an upgrade does not add them back';
COMMENT ON COLUMN vigo_cal.shipped_removed.table_name IS 'the table of schema vigo_cal the row was in';
COMMENT ON COLUMN vigo_cal.shipped_removed.shipped_key IS 'the row''s primary key, as a jsonb object of column names and values';
SELECT pg_catalog.pg_extension_config_dump('vigo_cal.shipped_removed', '');

-- Rows a COPY brought before the rows they refer to (pg_restore -j).
CREATE TABLE vigo_cal.restore_held (
  table_name text NOT NULL,
  row_key jsonb NOT NULL,
  row_value jsonb NOT NULL,
  PRIMARY KEY (table_name, row_key)
);
COMMENT ON TABLE vigo_cal.restore_held IS
  'rows a COPY (a restore) brought before the rows they refer to: each goes into its table when the COPY that brings its parent runs (empty after a complete restore)';
COMMENT ON COLUMN vigo_cal.restore_held.table_name IS 'the table of schema vigo_cal the row belongs in';
COMMENT ON COLUMN vigo_cal.restore_held.row_key IS 'the row''s primary key, as a jsonb object';
COMMENT ON COLUMN vigo_cal.restore_held.row_value IS 'the row, as jsonb';
SELECT pg_catalog.pg_extension_config_dump('vigo_cal.restore_held', '');

-- Anyone who may add a row may ask whether its key was removed (the keys
-- of the extension's own rows are no secret); noting a removal takes
-- INSERT, given with the rights to edit the schedule (doc/reliability.md).
GRANT SELECT ON vigo_cal.shipped_removed TO PUBLIC;

-- @replaceable: everything below is CREATE OR REPLACE; upgrade scripts rerun it.

-- ---------------------------------------------------------------------
-- Shipped rows a user removed
-- ---------------------------------------------------------------------

-- The primary key of a row of a table, as jsonb: {"event_key": "x"}.
CREATE OR REPLACE FUNCTION vigo_cal.shipped_key(rel regclass, row_value jsonb) RETURNS jsonb
  LANGUAGE sql STABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  SELECT pg_catalog.jsonb_object_agg(a.attname, row_value -> a.attname::text)
    FROM pg_catalog.pg_index i
    JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
   WHERE i.indrelid = rel AND i.indisprimary
$$;
COMMENT ON FUNCTION vigo_cal.shipped_key(regclass, jsonb) IS
  'the primary key of a row of a table (the row as jsonb), as a jsonb object: the key of vigo_cal.shipped_removed';

-- Was the shipped row of this table with this key removed by a user?
CREATE OR REPLACE FUNCTION vigo_cal.shipped_was_removed(table_name text, shipped_key jsonb) RETURNS boolean
  LANGUAGE sql STABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  SELECT EXISTS (SELECT FROM vigo_cal.shipped_removed r
                  WHERE r.table_name = shipped_was_removed.table_name
                    AND r.shipped_key = shipped_was_removed.shipped_key)
$$;
COMMENT ON FUNCTION vigo_cal.shipped_was_removed(text, jsonb) IS
  'true if a user removed the shipped row of the table with this key (vigo_cal.shipped_removed)';

-- After DELETE, or an UPDATE that changes the key, of a shipped row (origin
-- 'vigo_cal' or 'changed'), outside the extension's script: note its key.
CREATE OR REPLACE FUNCTION vigo_cal.shipped_removal_note() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
DECLARE
  old_key jsonb;
BEGIN
  IF OLD.origin NOT IN ('vigo_cal', 'changed') OR vigo_cal.extension_script_running() THEN
    RETURN NULL;
  END IF;
  old_key := vigo_cal.shipped_key(TG_RELID, pg_catalog.to_jsonb(OLD));
  IF TG_OP = 'UPDATE' AND old_key = vigo_cal.shipped_key(TG_RELID, pg_catalog.to_jsonb(NEW)) THEN
    RETURN NULL;
  END IF;
  INSERT INTO vigo_cal.shipped_removed (table_name, shipped_key) VALUES (TG_TABLE_NAME, old_key)
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
COMMENT ON FUNCTION vigo_cal.shipped_removal_note() IS
  'trigger: notes the key of a shipped row a user deleted or gave another key in vigo_cal.shipped_removed';

-- Before TRUNCATE of a table with shipped rows, outside the extension's
-- script: note the keys of all its shipped rows.
CREATE OR REPLACE FUNCTION vigo_cal.shipped_removal_note_truncate() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
BEGIN
  IF vigo_cal.extension_script_running() THEN
    RETURN NULL;
  END IF;
  EXECUTE pg_catalog.format('INSERT INTO vigo_cal.shipped_removed (table_name, shipped_key)'
                 ' SELECT %L, vigo_cal.shipped_key(%L, pg_catalog.to_jsonb(t)) FROM vigo_cal.%I t'
                 ' WHERE t.origin IN (''vigo_cal'', ''changed'') ON CONFLICT DO NOTHING',
                 TG_TABLE_NAME, TG_RELID::regclass, TG_TABLE_NAME);
  RETURN NULL;
END $$;
COMMENT ON FUNCTION vigo_cal.shipped_removal_note_truncate() IS
  'trigger: before a TRUNCATE, notes the keys of the table''s shipped rows in vigo_cal.shipped_removed';

-- Before INSERT into shipped_removed: a key noted already is not noted
-- twice (a restore notes, through ON DELETE CASCADE, keys that its dump
-- holds too).
CREATE OR REPLACE FUNCTION vigo_cal.shipped_removed_once() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
BEGIN
  IF vigo_cal.shipped_was_removed(NEW.table_name, NEW.shipped_key) THEN
    RETURN NULL;
  END IF;
  RETURN NEW;
END $$;
COMMENT ON FUNCTION vigo_cal.shipped_removed_once() IS
  'trigger: skips a key vigo_cal.shipped_removed holds already';

-- Remove the shipped rows (origin 'vigo_cal') whose keys shipped_removed
-- holds, children first.  A row that cannot go yet (another shipped row
-- still refers to it, until a restore brings the change that freed it)
-- stays, and goes at the next try.  Returns the rows that stay.
CREATE OR REPLACE FUNCTION vigo_cal.apply_shipped_removals() RETURNS integer
  LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
DECLARE
  r record;
  key_cols text;
  left_over integer := 0;
  removed integer;
BEGIN
  -- children first: a table after every table whose rows it refers to
  FOR r IN WITH RECURSIVE depth (rel, d) AS (
             SELECT c.oid, 0 FROM pg_catalog.pg_class c
              WHERE c.relnamespace = 'vigo_cal'::regnamespace AND c.relkind = 'r'
             UNION ALL
             SELECT k.conrelid, p.d + 1 FROM depth p
               JOIN pg_catalog.pg_constraint k ON k.confrelid = p.rel AND k.contype = 'f' AND k.conrelid <> k.confrelid
              WHERE p.d < 20)
           SELECT s.table_name, s.shipped_key
             FROM vigo_cal.shipped_removed s
             JOIN (SELECT c.relname, max(p.d) AS d FROM depth p JOIN pg_catalog.pg_class c ON c.oid = p.rel
                    GROUP BY c.relname) o ON o.relname = s.table_name
            ORDER BY o.d DESC, s.table_name, s.shipped_key LOOP
    SELECT pg_catalog.string_agg(pg_catalog.format('%L, t.%I', k, k), ', ') INTO key_cols
      FROM pg_catalog.jsonb_object_keys(r.shipped_key) AS k;
    BEGIN
      EXECUTE pg_catalog.format('DELETE FROM vigo_cal.%I t WHERE t.origin = ''vigo_cal'' AND pg_catalog.jsonb_build_object(%s) = $1',
                     r.table_name, key_cols)
        USING r.shipped_key;
    EXCEPTION WHEN foreign_key_violation THEN
      left_over := left_over + 1;
    END;
  END LOOP;
  RETURN left_over;
END $$;
COMMENT ON FUNCTION vigo_cal.apply_shipped_removals() IS
  'removes the shipped rows whose keys vigo_cal.shipped_removed holds (as a restore does); returns how many must wait for a row that still refers to them';

-- After INSERT into shipped_removed (a restore, or a user): the shipped
-- rows with those keys go.  Not for the keys that removal notes itself
-- (a row removed with ON DELETE CASCADE): the removal under way sees to
-- them.
CREATE OR REPLACE FUNCTION vigo_cal.shipped_removed_apply() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
BEGIN
  IF pg_catalog.pg_trigger_depth() = 1 THEN
    PERFORM vigo_cal.apply_shipped_removals();
  END IF;
  RETURN NULL;
END $$;
COMMENT ON FUNCTION vigo_cal.shipped_removed_apply() IS
  'trigger: removes the shipped rows whose keys were added to vigo_cal.shipped_removed';

-- ---------------------------------------------------------------------
-- Rows that come before their parents (pg_restore -j)
-- ---------------------------------------------------------------------

-- Is this a restore: the statement the client sent is a COPY (how
-- pg_restore loads a table), by a role that may hold rows back (the
-- extension's owner, or a superuser)?  A county's own COPY into
-- delivery_log is checked as an INSERT is.
CREATE OR REPLACE FUNCTION vigo_cal.restoring() RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
  SELECT coalesce(pg_catalog.current_query() ~* '^\s*copy\s', false)
     AND pg_catalog.has_table_privilege('vigo_cal.restore_held', 'SELECT, INSERT, DELETE')
$$;
COMMENT ON FUNCTION vigo_cal.restoring() IS
  'true while the statement the client sent is a COPY (pg_restore''s way of loading a table) by a role that may write vigo_cal.restore_held';

-- Are the rows that a row of the table refers to there (its foreign keys)?
-- row_value: the row as jsonb.
CREATE OR REPLACE FUNCTION vigo_cal.parents_present(rel regclass, row_value jsonb) RETURNS boolean
  LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
DECLARE
  fk record;
  present boolean;
BEGIN
  FOR fk IN
    SELECT c.confrelid::regclass AS parent,
           pg_catalog.string_agg(pg_catalog.format('r.%I IS NULL', ca.attname), ' OR ') AS any_null,
           pg_catalog.string_agg(pg_catalog.format('p.%I = r.%I', pa.attname, ca.attname), ' AND ') AS match
      FROM pg_catalog.pg_constraint c
      CROSS JOIN LATERAL ROWS FROM (pg_catalog.unnest(c.conkey), pg_catalog.unnest(c.confkey)) AS k (child_col, parent_col)
      JOIN pg_catalog.pg_attribute ca ON ca.attrelid = c.conrelid AND ca.attnum = k.child_col
      JOIN pg_catalog.pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = k.parent_col
     WHERE c.conrelid = rel AND c.contype = 'f'
     GROUP BY c.oid, c.confrelid
  LOOP
    EXECUTE pg_catalog.format('SELECT %s OR EXISTS (SELECT FROM %s p WHERE %s) FROM pg_catalog.jsonb_populate_record(NULL::%s, $1) AS r',
                   fk.any_null, fk.parent, fk.match, rel)
      INTO present USING row_value;
    IF NOT present THEN
      RETURN false;
    END IF;
  END LOOP;
  RETURN true;
END $$;
COMMENT ON FUNCTION vigo_cal.parents_present(regclass, jsonb) IS
  'true if every row that a row of the table (as jsonb) refers to by a foreign key is there';

-- Before each COPY into one of the extension's tables: wait for the other
-- COPYs into them to end (one at a time, each seeing what the others
-- brought).
CREATE OR REPLACE FUNCTION vigo_cal.restore_serialise() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
BEGIN
  IF vigo_cal.restoring() THEN
    PERFORM pg_catalog.pg_advisory_xact_lock('vigo_cal.restore_held'::regclass::oid::integer, 0);
  END IF;
  RETURN NULL;
END $$;
COMMENT ON FUNCTION vigo_cal.restore_serialise() IS
  'trigger: a COPY into one of the extension''s tables waits for the others (pg_restore -j)';

-- Before INSERT of a row in a COPY: a row whose parent row is not there
-- yet waits in restore_held.
CREATE OR REPLACE FUNCTION vigo_cal.restore_hold() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
DECLARE
  row_value jsonb;
BEGIN
  IF NOT vigo_cal.restoring() THEN
    RETURN NEW;
  END IF;
  row_value := pg_catalog.to_jsonb(NEW);
  IF vigo_cal.parents_present(TG_RELID, row_value) THEN
    RETURN NEW;
  END IF;
  INSERT INTO vigo_cal.restore_held (table_name, row_key, row_value)
  VALUES (TG_TABLE_NAME, vigo_cal.shipped_key(TG_RELID, row_value), row_value);
  RAISE NOTICE 'a row of vigo_cal.% waits in vigo_cal.restore_held for a row it refers to', TG_TABLE_NAME
    USING DETAIL = pg_catalog.format('The row''s key: %s.', vigo_cal.shipped_key(TG_RELID, row_value)),
          HINT = 'A COPY that brings the row it refers to puts it in its table.';
  RETURN NULL;
END $$;
COMMENT ON FUNCTION vigo_cal.restore_hold() IS
  'trigger: in a COPY, a row whose parent row is not there yet waits in vigo_cal.restore_held';

-- After each COPY into one of the extension's tables: the held rows whose
-- parents are there now go into their tables (again while that frees
-- more), and the removals that had to wait are tried again.
CREATE OR REPLACE FUNCTION vigo_cal.restore_release() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = pg_catalog, vigo_cal, pg_temp
AS $$
DECLARE
  h record;
  cols text;
  moved boolean := true;
BEGIN
  -- not again for the rows it puts in their tables itself
  IF NOT vigo_cal.restoring() OR pg_catalog.pg_trigger_depth() > 1 THEN
    RETURN NULL;
  END IF;
  WHILE moved LOOP
    moved := false;
    FOR h IN SELECT * FROM vigo_cal.restore_held ORDER BY table_name, row_key LOOP
      CONTINUE WHEN NOT vigo_cal.parents_present(pg_catalog.format('vigo_cal.%I', h.table_name)::regclass, h.row_value);
      DELETE FROM vigo_cal.restore_held WHERE table_name = h.table_name AND row_key = h.row_key;
      SELECT pg_catalog.string_agg(pg_catalog.format('%I', a.attname), ', ' ORDER BY a.attnum) INTO cols
        FROM pg_catalog.pg_attribute a
       WHERE a.attrelid = pg_catalog.format('vigo_cal.%I', h.table_name)::regclass AND a.attnum > 0
         AND NOT a.attisdropped AND a.attgenerated = '';
      EXECUTE pg_catalog.format('INSERT INTO vigo_cal.%1$I (%2$s) SELECT %2$s FROM pg_catalog.jsonb_populate_record(NULL::vigo_cal.%1$I, $1)',
                     h.table_name, cols)
        USING h.row_value;
      moved := true;
    END LOOP;
  END LOOP;
  IF EXISTS (SELECT FROM vigo_cal.shipped_removed) THEN
    PERFORM vigo_cal.apply_shipped_removals();
  END IF;
  RETURN NULL;
END $$;
COMMENT ON FUNCTION vigo_cal.restore_release() IS
  'trigger: after a COPY, puts the held rows whose parents are there now into their tables, and applies the removals that waited';

-- ---------------------------------------------------------------------
-- The triggers
-- ---------------------------------------------------------------------
-- Rerunnable, as in 62_occurrence_store.sql: DROP IF EXISTS and CREATE.
-- One row per trigger: its name, table, timing and events, level and
-- function; the tables found in the catalogue, so that a table added
-- later is covered by what it is: one with shipped rows (a
-- keep_user_changes trigger), one pg_dump keeps rows of, one with foreign
-- keys.  hold_for_restore sorts before keep_user_changes, so that a row is
-- held back before a merge could fail on its missing parent.
DO $$
DECLARE
  tr record;
BEGIN
  FOR tr IN
    WITH tabs AS (
      SELECT c.oid, c.relname,
             -- shipped rows: the tables whose rows keep_user_changes marks
             EXISTS (SELECT FROM pg_catalog.pg_trigger t
                      WHERE t.tgrelid = c.oid AND t.tgname = 'keep_user_changes') AS shipped,
             -- pg_dump keeps its rows (but the held rows themselves)
             c.oid = ANY (e.extconfig) AND c.relname <> 'restore_held' AS dumped,
             EXISTS (SELECT FROM pg_catalog.pg_constraint k WHERE k.conrelid = c.oid AND k.contype = 'f') AS refers
        FROM pg_catalog.pg_class c, pg_catalog.pg_extension e
       WHERE e.extname = 'vigo_cal' AND c.relnamespace = 'vigo_cal'::regnamespace AND c.relkind = 'r'
    )
    -- a shipped row removed is noted
    SELECT 'shipped_removal_note' AS name, relname AS tab, 'AFTER UPDATE OR DELETE' AS ev, 'ROW' AS lvl,
           'shipped_removal_note' AS fn
      FROM tabs WHERE shipped
    UNION ALL
    SELECT 'shipped_removal_truncate', relname, 'BEFORE TRUNCATE', 'STATEMENT', 'shipped_removal_note_truncate'
      FROM tabs WHERE shipped
    UNION ALL
    -- one COPY at a time, and the rows held back released after each
    SELECT n.name, t.relname, n.ev, 'STATEMENT', n.name
      FROM tabs t, (VALUES ('restore_serialise', 'BEFORE INSERT'), ('restore_release', 'AFTER INSERT')) AS n(name, ev)
     WHERE t.dumped
    UNION ALL
    -- a row that comes before its parent waits
    SELECT 'hold_for_restore', relname, 'BEFORE INSERT', 'ROW', 'restore_hold'
      FROM tabs WHERE dumped AND refers
    UNION ALL
    VALUES ('shipped_removed_once', 'shipped_removed', 'BEFORE INSERT', 'ROW', 'shipped_removed_once'),
           ('shipped_removed_apply', 'shipped_removed', 'AFTER INSERT', 'STATEMENT', 'shipped_removed_apply')
  LOOP
    EXECUTE pg_catalog.format('DROP TRIGGER IF EXISTS %I ON vigo_cal.%I', tr.name, tr.tab);
    EXECUTE pg_catalog.format('CREATE TRIGGER %I %s ON vigo_cal.%I FOR EACH %s EXECUTE FUNCTION vigo_cal.%I()',
                   tr.name, tr.ev, tr.tab, tr.lvl, tr.fn);
  END LOOP;
END $$;
