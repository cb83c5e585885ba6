-- vigo_cal: the VIGO årshjul as types, rules, tables and views.
-- This script is assembled by the Makefile from src/sql/*.sql, in name order.

\echo Use "CREATE EXTENSION vigo_cal" to load this file. \quit

COMMENT ON SCHEMA vigo_cal IS
  'vigo_cal: school years, ISO weeks, Norwegian public holidays and working days for the VIGO årshjul';
