-- Install the extension for the regression tests that follow.
CREATE EXTENSION vigo_cal;
SELECT extname, extversion, nspname
  FROM pg_extension JOIN pg_namespace ON pg_namespace.oid = extnamespace
 WHERE extname = 'vigo_cal';

-- Helpers for the tests that follow, in their own schema.
CREATE SCHEMA regress;

-- try(text, type): cast text to type and report 'ok: <value>' or
-- '<SQLSTATE>: <message> | <detail>'.
CREATE FUNCTION regress.try(input text, typ regtype) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
  result text;
  msg text;
  det text;
BEGIN
  EXECUTE format('SELECT %L::%s::text', input, typ) INTO result;
  RETURN 'ok: ' || result;
EXCEPTION WHEN others THEN
  GET STACKED DIAGNOSTICS msg = MESSAGE_TEXT, det = PG_EXCEPTION_DETAIL;
  RETURN SQLSTATE || ': ' || msg || coalesce(' | ' || nullif(det, ''), '');
END $$;

-- try_sql(query): run a query returning one value and report it the same way.
CREATE FUNCTION regress.try_sql(query text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
  result text;
  msg text;
  det text;
BEGIN
  EXECUTE query INTO result;
  RETURN 'ok: ' || coalesce(result, 'NULL');
EXCEPTION WHEN others THEN
  GET STACKED DIAGNOSTICS msg = MESSAGE_TEXT, det = PG_EXCEPTION_DETAIL;
  RETURN SQLSTATE || ': ' || msg || coalesce(' | ' || nullif(det, ''), '');
END $$;
