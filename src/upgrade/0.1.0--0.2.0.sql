-- vigo_cal upgrade from 0.1.0 to 0.2.0.  The Makefile appends the src/sql
-- parts that are new in 0.2.0 (the iCalendar export and the wheel) after
-- the changes to existing objects below.

\echo Use "ALTER EXTENSION vigo_cal UPDATE TO '0.2.0'" to load this file. \quit
