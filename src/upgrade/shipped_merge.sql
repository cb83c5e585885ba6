-- shipped_merge.sql: the end of the shipped-rows merge of an upgrade script.
-- For each table, in the order of its foreign keys: a shipped row the user
-- has not changed (origin 'vigo_cal') takes the new version's values; a row
-- new in this version is added unless the user already has one with its
-- key; a shipped row this version no longer ships is removed.  Rows users
-- added or changed ('user', 'changed') are left as they are.  The trigger
-- that marks changed rows is off while the merge runs.
DO $$
DECLARE
  t text;
  key_match text;
  cols text;
  src_cols text;
BEGIN
  FOREACH t IN ARRAY ARRAY['party', 'category', 'event', 'event_override', 'event_link',
                           'edition', 'edition_entry', 'county', 'region',
                           'region_county', 'school_holiday']
  LOOP
    SELECT string_agg(format('t.%1$I IS NOT DISTINCT FROM s.%1$I', a.attname), ' AND ')
      INTO key_match
      FROM pg_catalog.pg_index i
      JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
     WHERE i.indrelid = format('vigo_cal.%I', t)::regclass AND i.indisprimary;
    SELECT string_agg(format('%I', a.attname), ', ' ORDER BY a.attnum),
           string_agg(format('s.%I', a.attname), ', ' ORDER BY a.attnum)
      INTO cols, src_cols
      FROM pg_catalog.pg_attribute a
     WHERE a.attrelid = format('vigo_cal.%I', t)::regclass AND a.attnum > 0
       AND NOT a.attisdropped AND a.attgenerated = '';
    EXECUTE format('ALTER TABLE vigo_cal.%I DISABLE TRIGGER keep_user_changes', t);
    EXECUTE format('UPDATE vigo_cal.%1$I t SET (%2$s) = ROW(%3$s) FROM vigo_cal_upgrade.%1$I s'
                   ' WHERE %4$s AND t.origin = ''vigo_cal'' AND (%5$s) IS DISTINCT FROM (%3$s)',
                   t, cols, src_cols, key_match,
                   (SELECT string_agg('t.' || c, ', ') FROM unnest(string_to_array(cols, ', ')) AS c));
    EXECUTE format('INSERT INTO vigo_cal.%1$I (%2$s) SELECT %3$s FROM vigo_cal_upgrade.%1$I s'
                   ' WHERE NOT EXISTS (SELECT 1 FROM vigo_cal.%1$I t WHERE %4$s)',
                   t, cols, src_cols, key_match);
    EXECUTE format('ALTER TABLE vigo_cal.%I ENABLE TRIGGER keep_user_changes', t);
  END LOOP;
  FOREACH t IN ARRAY ARRAY['school_holiday', 'region_county', 'region', 'county',
                           'edition_entry', 'edition', 'event_link', 'event_override',
                           'event', 'category', 'party']
  LOOP
    SELECT string_agg(format('t.%1$I IS NOT DISTINCT FROM s.%1$I', a.attname), ' AND ')
      INTO key_match
      FROM pg_catalog.pg_index i
      JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
     WHERE i.indrelid = format('vigo_cal.%I', t)::regclass AND i.indisprimary;
    EXECUTE format('DELETE FROM vigo_cal.%1$I t WHERE t.origin = ''vigo_cal'''
                   ' AND NOT EXISTS (SELECT 1 FROM vigo_cal_upgrade.%1$I s WHERE %2$s)',
                   t, key_match);
  END LOOP;
END $$;
