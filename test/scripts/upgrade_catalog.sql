-- upgrade_catalog.sql: a text picture of everything the extension owns, to
-- compare an upgraded installation with a fresh one.  One line per object.
SELECT kind || ' ' || ident || coalesce(' :: ' || detail, '') AS object
  FROM (
    SELECT 'function' AS kind, p.oid::regprocedure::text AS ident,
           md5(pg_get_functiondef(p.oid)) || ' ' || coalesce(obj_description(p.oid, 'pg_proc'), '-') AS detail
      FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass
     WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'vigo_cal') AND d.deptype = 'e'
       AND p.prokind <> 'a'
    UNION ALL
    SELECT 'aggregate', p.oid::regprocedure::text, coalesce(obj_description(p.oid, 'pg_proc'), '-')
      FROM pg_proc p WHERE p.pronamespace = 'vigo_cal'::regnamespace AND p.prokind = 'a'
    UNION ALL
    SELECT 'relation ' || c.relkind::text, c.oid::regclass::text,
           coalesce(obj_description(c.oid, 'pg_class'), '-') || ' ' ||
           coalesce((SELECT string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
                                       || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
                                       || coalesce(' default ' || pg_get_expr(ad.adbin, ad.adrelid), '')
                                       || coalesce(' -- ' || col_description(c.oid, a.attnum), ''), ', ' ORDER BY a.attnum)
                       FROM pg_attribute a LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
                      WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped), '')
           || CASE WHEN c.relkind = 'v' THEN ' view ' || md5(pg_get_viewdef(c.oid)) ELSE '' END
           || CASE WHEN c.relrowsecurity THEN ' rls' ELSE '' END
           || coalesce(' options ' || c.reloptions::text, '')
           -- the BI views' grants are the extension's own (upgrade.sh grants
           -- users' own on the views of vigo_cal); the owner's privileges
           -- alone, written out, are the default
           || CASE WHEN c.relnamespace = 'vigo_cal_bi'::regnamespace
                   THEN coalesce(' acl ' || nullif(c.relacl, acldefault('r', c.relowner))::text, '') ELSE '' END
      FROM pg_class c WHERE c.relnamespace IN ('vigo_cal'::regnamespace, 'vigo_cal_bi'::regnamespace)
       AND c.relkind IN ('r', 'v', 'i', 'S')
    UNION ALL
    SELECT 'schema', n.nspname::text, coalesce(obj_description(n.oid, 'pg_namespace'), '-') || coalesce(' acl ' || nullif(n.nspacl, acldefault('n', n.nspowner))::text, '')
      FROM pg_namespace n WHERE n.nspname IN ('vigo_cal', 'vigo_cal_bi')
    UNION ALL
    SELECT 'constraint', conrelid::regclass::text || '.' || conname, pg_get_constraintdef(oid)
      FROM pg_constraint WHERE connamespace IN ('vigo_cal'::regnamespace, 'vigo_cal_bi'::regnamespace)
    UNION ALL
    SELECT 'index', indexrelid::regclass::text, pg_get_indexdef(indexrelid)
      FROM pg_index WHERE indrelid IN (SELECT oid FROM pg_class WHERE relnamespace IN ('vigo_cal'::regnamespace, 'vigo_cal_bi'::regnamespace))
    UNION ALL
    SELECT 'trigger', tgrelid::regclass::text || '.' || tgname, pg_get_triggerdef(oid)
      FROM pg_trigger WHERE tgrelid IN (SELECT oid FROM pg_class WHERE relnamespace IN ('vigo_cal'::regnamespace, 'vigo_cal_bi'::regnamespace))
       AND NOT tgisinternal
    UNION ALL
    SELECT 'policy', polrelid::regclass::text || '.' || polname,
           pg_get_expr(polqual, polrelid) || ' / ' || coalesce(pg_get_expr(polwithcheck, polrelid), '-')
      FROM pg_policy WHERE polrelid IN (SELECT oid FROM pg_class WHERE relnamespace IN ('vigo_cal'::regnamespace, 'vigo_cal_bi'::regnamespace))
    UNION ALL
    SELECT 'type', t.oid::regtype::text, t.typtype::text || ' ' || coalesce(obj_description(t.oid, 'pg_type'), '-')
      FROM pg_type t WHERE t.typnamespace = 'vigo_cal'::regnamespace AND t.typtype IN ('b', 'c', 'd', 'e', 'r')
       AND NOT EXISTS (SELECT 1 FROM pg_class c WHERE c.reltype = t.oid)
    UNION ALL
    SELECT 'operator', o.oid::regoperator::text, o.oprcode::text || ' ' || coalesce(obj_description(o.oid, 'pg_operator'), '-')
           || ' commutator ' || o.oprcom::regoperator::text || ' negator ' || o.oprnegate::regoperator::text
           || ' estimators ' || o.oprrest::text || ' ' || o.oprjoin::text
           || CASE WHEN o.oprcanmerge THEN ' merges' ELSE '' END || CASE WHEN o.oprcanhash THEN ' hashes' ELSE '' END
      FROM pg_operator o WHERE o.oprnamespace = 'vigo_cal'::regnamespace
    UNION ALL
    SELECT 'opfamily operator', am.amname || ' ' || f.opfname || ' ' || a.amopstrategy
           || ' (' || format_type(a.amoplefttype, NULL) || ', ' || format_type(a.amoprighttype, NULL) || ')',
           a.amopopr::regoperator::text || ' ' || a.amoppurpose::text
      FROM pg_amop a JOIN pg_opfamily f ON f.oid = a.amopfamily JOIN pg_am am ON am.oid = f.opfmethod
     WHERE f.opfnamespace = 'vigo_cal'::regnamespace
    UNION ALL
    SELECT 'opfamily function', am.amname || ' ' || f.opfname || ' ' || p.amprocnum
           || ' (' || format_type(p.amproclefttype, NULL) || ', ' || format_type(p.amprocrighttype, NULL) || ')',
           p.amproc::regprocedure::text
      FROM pg_amproc p JOIN pg_opfamily f ON f.oid = p.amprocfamily JOIN pg_am am ON am.oid = f.opfmethod
     WHERE f.opfnamespace = 'vigo_cal'::regnamespace
    UNION ALL
    SELECT 'opclass', am.amname || ' ' || oc.opcname, oc.opcdefault::text
      FROM pg_opclass oc JOIN pg_am am ON am.oid = oc.opcmethod WHERE oc.opcnamespace = 'vigo_cal'::regnamespace
    UNION ALL
    SELECT 'cast', castsource::regtype || ' -> ' || casttarget::regtype, castfunc::regprocedure::text || ' ' || castcontext::text
      FROM pg_cast WHERE castsource::regtype::text LIKE 'vigo_cal.%' OR casttarget::regtype::text LIKE 'vigo_cal.%'
    UNION ALL
    SELECT 'config dump', c.oid::regclass::text, e.extcondition[array_position(e.extconfig, c.oid)]
      FROM pg_extension e, unnest(e.extconfig) AS cfg(oid) JOIN pg_class c ON c.oid = cfg.oid
     WHERE e.extname = 'vigo_cal'
    UNION ALL
    SELECT 'shipped rows', 'vigo_cal.' || t, NULL FROM unnest(ARRAY['event', 'party', 'category']) AS t
  ) AS objects
 ORDER BY 1;
