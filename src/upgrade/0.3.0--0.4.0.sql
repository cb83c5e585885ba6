-- vigo_cal upgrade from 0.3.0 to 0.4.0: the changes to objects that hold
-- state (types, tables, operators, operator classes, triggers) and the
-- drops that a rerun of the replaceable parts needs (a view whose columns
-- change, a function whose result type changes).  The Makefile puts
-- begin.sql after the guard line, appends the replaceable part of every
-- src/sql/ file (the whole of a file new in this version, NEW_SQL_PARTS),
-- merges the shipped rows (shipped_*.sql) and ends with end.sql and the
-- store fill.

\echo Use "ALTER EXTENSION vigo_cal UPDATE TO '0.4.0'" to load this file. \quit
