-- vigo_cal upgrade from 0.2.0 to 0.3.0: the changes to objects that hold
-- state (types, tables, operators, triggers) and the drops that a rerun of
-- the replaceable parts needs (a view whose columns change, a function whose
-- result type changes).  The Makefile appends the replaceable part of every
-- src/sql/ file and then merges the shipped rows (shipped_rows.sql).

\echo Use "ALTER EXTENSION vigo_cal UPDATE TO '0.3.0'" to load this file. \quit

-- The årshjul's layout (90_wheel.sql): one positioned item of the picture.
CREATE TYPE vigo_cal.wheel_item AS (
  item integer,
  layer text,
  kind text,
  shape text,
  css_class text,
  label text,
  detail text,
  category text,
  color text,
  tentative boolean,
  day date,
  day_end date,
  r_in double precision,
  r_out double precision,
  r double precision,
  size double precision,
  angle_from double precision,
  angle_to double precision,
  x double precision,
  y double precision
);
