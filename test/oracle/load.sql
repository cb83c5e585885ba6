-- Load the oracle CSVs written by test/oracle/gen_oracle.py into schema
-- "oracle", for test/pgtap/oracle.sql.
--
--   /usr/bin/python3 test/oracle/gen_oracle.py OUTDIR [--seed N]
--   psql -v ON_ERROR_STOP=1 -v dir=OUTDIR -f test/oracle/load.sql
--   pg_prove test/pgtap/oracle.sql
--
-- The database needs CREATE EXTENSION vigo_cal (and pgtap for the test);
-- this script only (re)creates schema oracle.  The files are read on the
-- client side (\copy), so the server needs no access to OUTDIR.
--
-- \copy does not expand psql variables, so the directory is handed to the
-- client-side shell through an environment variable instead.

\set ON_ERROR_STOP 1
\if :{?dir}
\else
  \warn 'load.sql: run with psql -v dir=OUTDIR (the directory gen_oracle.py wrote)'
  DO $$ BEGIN RAISE EXCEPTION 'psql variable dir is not set'; END $$;
\endif
\setenv VIGO_ORACLE_DIR :dir

SET client_min_messages = warning;
BEGIN;

DROP SCHEMA IF EXISTS oracle CASCADE;
CREATE SCHEMA oracle;
COMMENT ON SCHEMA oracle IS
  'Expected results from numpy/dateutil (test/oracle/gen_oracle.py); test data only';

CREATE TABLE oracle.meta (key text PRIMARY KEY, value text NOT NULL);

CREATE TABLE oracle.easter (
  year   int  PRIMARY KEY,
  easter date NOT NULL
);

CREATE TABLE oracle.holidays (
  day date PRIMARY KEY
);

CREATE TABLE oracle.busday (
  d           date PRIMARY KEY,
  is_busday   boolean NOT NULL,
  next_busday date NOT NULL,
  prev_busday date NOT NULL
);

CREATE TABLE oracle.busday_offset (
  id       int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  d        date    NOT NULL,
  n        int     NOT NULL,
  roll     text    NOT NULL,
  expected date,                  -- NULL: numpy gave NaT or raised
  raises   boolean NOT NULL,
  CHECK (NOT (raises AND expected IS NOT NULL))
);

CREATE TABLE oracle.busday_count (
  id       int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  a        date NOT NULL,
  b        date NOT NULL,
  expected int  NOT NULL
);

CREATE TABLE oracle.isoweek (
  d        date PRIMARY KEY,
  iso_year int  NOT NULL,
  iso_week int  NOT NULL,
  monday   date NOT NULL
);

CREATE TABLE oracle.schoolyear (
  d          date PRIMARY KEY,
  schoolyear text NOT NULL
);

\copy oracle.meta FROM PROGRAM 'cat -- "$VIGO_ORACLE_DIR/meta.csv"' WITH (FORMAT csv, HEADER)
\copy oracle.easter FROM PROGRAM 'cat -- "$VIGO_ORACLE_DIR/easter.csv"' WITH (FORMAT csv, HEADER)
\copy oracle.holidays FROM PROGRAM 'cat -- "$VIGO_ORACLE_DIR/holidays.csv"' WITH (FORMAT csv, HEADER)
\copy oracle.busday FROM PROGRAM 'cat -- "$VIGO_ORACLE_DIR/busday.csv"' WITH (FORMAT csv, HEADER)
\copy oracle.busday_offset (d, n, roll, expected, raises) FROM PROGRAM 'cat -- "$VIGO_ORACLE_DIR/busday_offset.csv"' WITH (FORMAT csv, HEADER)
\copy oracle.busday_count (a, b, expected) FROM PROGRAM 'cat -- "$VIGO_ORACLE_DIR/busday_count.csv"' WITH (FORMAT csv, HEADER)
\copy oracle.isoweek FROM PROGRAM 'cat -- "$VIGO_ORACLE_DIR/isoweek.csv"' WITH (FORMAT csv, HEADER)
\copy oracle.schoolyear FROM PROGRAM 'cat -- "$VIGO_ORACLE_DIR/schoolyear.csv"' WITH (FORMAT csv, HEADER)

CREATE INDEX ON oracle.busday_offset (roll);

COMMIT;

ANALYZE oracle.easter, oracle.holidays, oracle.busday, oracle.busday_offset,
        oracle.busday_count, oracle.isoweek, oracle.schoolyear;

SELECT key || ' = ' || value AS oracle FROM oracle.meta ORDER BY key;

SELECT 'easter' AS "table",       count(*) AS "rows" FROM oracle.easter
UNION ALL SELECT 'holidays',      count(*) FROM oracle.holidays
UNION ALL SELECT 'busday',        count(*) FROM oracle.busday
UNION ALL SELECT 'busday_offset', count(*) FROM oracle.busday_offset
UNION ALL SELECT 'busday_count',  count(*) FROM oracle.busday_count
UNION ALL SELECT 'isoweek',       count(*) FROM oracle.isoweek
UNION ALL SELECT 'schoolyear',    count(*) FROM oracle.schoolyear;
