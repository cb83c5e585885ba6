-- shipped_merge.sql: the end of the shipped-rows merge of an upgrade script.
-- For each table, in the order of its foreign keys: a shipped row the user
-- has not changed (origin 'vigo_cal') takes the new version's values; a row
-- new in this version is added unless the user already has one with its
-- key; then, children first, a shipped row this version no longer ships is
-- removed.  Rows users added or changed ('user', 'changed') are left as they
-- are, and a shipped row the user removed (its key in
-- vigo_cal.shipped_removed) is not added back, nor a new one whose parent
-- the user removed (the wording of a deleted event).  From a version that
-- noted no removals, the rows it shipped (vigo_cal_upgrade.shipped_before,
-- src/upgrade/shipped_keys_PREV.sql) that the database lacks are noted
-- first.  The trigger that marks changed rows is off while the merge runs.
DO $$
DECLARE
  t text;
  cols text;
  new_cols text;
  old_cols text;
  key_json text;
BEGIN
  IF pg_catalog.to_regclass('vigo_cal_upgrade.shipped_before') IS NOT NULL THEN
    FOR t IN SELECT name FROM vigo_cal_upgrade.shipped_table ORDER BY fk_order LOOP
      SELECT string_agg(format('%L, pg_catalog.to_jsonb(x) -> %L', a.attname, a.attname), ', ') INTO key_json
        FROM pg_catalog.pg_index i
        JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
       WHERE i.indrelid = format('vigo_cal.%I', t)::regclass AND i.indisprimary;
      EXECUTE format('INSERT INTO vigo_cal.shipped_removed (table_name, shipped_key)'
                     ' SELECT b.table_name, b.shipped_key FROM vigo_cal_upgrade.shipped_before b'
                     ' WHERE b.table_name = %1$L'
                     '   AND NOT EXISTS (SELECT 1 FROM vigo_cal.%1$I x WHERE pg_catalog.jsonb_build_object(%2$s) = b.shipped_key)',
                     t, key_json);
    END LOOP;
  END IF;
  FOR t IN SELECT name FROM vigo_cal_upgrade.shipped_table ORDER BY fk_order LOOP
    SELECT string_agg(format('%I', a.attname), ', ' ORDER BY a.attnum),
           string_agg(format('s.%I', a.attname), ', ' ORDER BY a.attnum),
           string_agg(format('t.%I', a.attname), ', ' ORDER BY a.attnum)
      INTO cols, new_cols, old_cols
      FROM pg_catalog.pg_attribute a
     WHERE a.attrelid = format('vigo_cal.%I', t)::regclass AND a.attnum > 0
       AND NOT a.attisdropped AND a.attgenerated = '';
    EXECUTE format('ALTER TABLE vigo_cal.%I DISABLE TRIGGER keep_user_changes', t);
    EXECUTE format('UPDATE vigo_cal.%1$I t SET (%2$s) = ROW(%3$s) FROM vigo_cal_upgrade.%1$I s'
                   ' WHERE %4$s AND t.origin = ''vigo_cal'' AND ROW(%5$s) IS DISTINCT FROM ROW(%3$s)',
                   t, cols, new_cols, vigo_cal_upgrade.same_key(t), old_cols);
    EXECUTE format('INSERT INTO vigo_cal.%1$I (%2$s) SELECT %3$s FROM vigo_cal_upgrade.%1$I s'
                   ' WHERE NOT EXISTS (SELECT 1 FROM vigo_cal.%1$I t WHERE %4$s)'
                   '   AND NOT vigo_cal.shipped_was_removed(%1$L, vigo_cal.shipped_key(%5$L, pg_catalog.to_jsonb(s)))'
                   '   AND vigo_cal.parents_present(%5$L, pg_catalog.to_jsonb(s))',
                   t, cols, new_cols, vigo_cal_upgrade.same_key(t), format('vigo_cal.%I', t));
    EXECUTE format('ALTER TABLE vigo_cal.%I ENABLE TRIGGER keep_user_changes', t);
  END LOOP;
  FOR t IN SELECT name FROM vigo_cal_upgrade.shipped_table ORDER BY fk_order DESC LOOP
    EXECUTE format('DELETE FROM vigo_cal.%1$I t WHERE t.origin = ''vigo_cal'''
                   ' AND NOT EXISTS (SELECT 1 FROM vigo_cal_upgrade.%1$I s WHERE %2$s)',
                   t, vigo_cal_upgrade.same_key(t));
  END LOOP;
END $$;
