-- Fill the occurrence store (62_occurrence_store.sql) once every row the
-- extension ships is loaded: the triggers stay quiet while the script runs
-- and the store is worked out here once.
UPDATE vigo_cal.occurrence_store_state SET suspended = false;
SELECT vigo_cal.refresh_occurrence_store();
