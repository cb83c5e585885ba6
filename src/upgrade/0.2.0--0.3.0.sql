-- vigo_cal upgrade from 0.2.0 to 0.3.0: the changes to objects that hold
-- state (types, tables, operators, triggers) and the drops that a rerun of
-- the replaceable parts needs (a view whose columns change, a function whose
-- result type changes).  The Makefile puts begin.sql after the guard line,
-- appends the replaceable part of every src/sql/ file, merges the shipped
-- rows (shipped_*.sql) and ends with end.sql.

\echo Use "ALTER EXTENSION vigo_cal UPDATE TO '0.3.0'" to load this file. \quit

-- event.fixed_date: dates fixed by law or by a system, kept whatever the
-- weekday (the same column, default and comment as 50_schedule.sql).
ALTER TABLE vigo_cal.event ADD COLUMN fixed_date boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN vigo_cal.event.fixed_date IS
  'true: the date is fixed by law or by a system (15 July deliveries, 14 July hovedinntak, 30 June grades, 31 July) and is kept on a Saturday, Sunday or public holiday on purpose; false: the date is meant to be a working day (every shipped rule gives one), and a monthly repeat that is not one moves to the next working day';

-- The last working day on or before each deadline, a new last column of
-- calendar_between, calendar, arshjul, upcoming and delivery_status (and
-- the Oslo day of delivery, delivered_on, in delivery_status), and after
-- it event.fixed_date in calendar_between, calendar and arshjul: result
-- types change, so the functions and the views over them are dropped here
-- and created again by the replaceable parts.  Privileges granted on the
-- views are saved by begin.sql and granted again by end.sql.
DROP VIEW vigo_cal.delivery_status;
DROP FUNCTION vigo_cal.delivery_status_as_of(date);
DROP VIEW vigo_cal.calendar;
DROP FUNCTION vigo_cal.calendar_between(date, date);
DROP FUNCTION vigo_cal.arshjul(vigo_cal.schoolyear);
DROP FUNCTION vigo_cal.upcoming(integer);
