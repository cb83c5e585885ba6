-- Install the extension for the regression tests that follow.
CREATE EXTENSION vigo_cal;
SELECT extname, extversion, nspname
  FROM pg_extension JOIN pg_namespace ON pg_namespace.oid = extnamespace
 WHERE extname = 'vigo_cal';
