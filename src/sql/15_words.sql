-- The words of the calendar: Norwegian month and weekday names, full and
-- abbreviated, and the date labels of the årshjul (15.jul, 07. september).
-- All of them come from the C core (src/core/words.c), the one place
-- these words are spelled; the rule language, the templates and the
-- calendar views use the same table.  They name any finite date (they do
-- not check the range of the calendar functions); an infinite date gives
-- NULL.

-- @replaceable: everything below is CREATE OR REPLACE; upgrade scripts rerun it.

CREATE OR REPLACE FUNCTION vigo_cal.month_name(month integer) RETURNS text
  AS 'MODULE_PATHNAME', 'vigo_cal_words_month_name' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.month_name(integer) IS 'the Norwegian name of a month, 1-12 (januar ... desember)';

CREATE OR REPLACE FUNCTION vigo_cal.month_name(month integer, abbreviated boolean) RETURNS text
  AS 'MODULE_PATHNAME', 'vigo_cal_words_month_name' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.month_name(integer, boolean) IS
  'the Norwegian name of a month, 1-12, in full (juli) or abbreviated as the printed årshjul does (jul, mai, sep); NULL outside 1-12';

CREATE OR REPLACE FUNCTION vigo_cal.weekday_name(day date) RETURNS text
  AS 'MODULE_PATHNAME', 'vigo_cal_words_weekday_of_date' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.weekday_name(date) IS 'the Norwegian name of the day''s weekday (mandag ... søndag)';

CREATE OR REPLACE FUNCTION vigo_cal.weekday_name(isodow integer, abbreviated boolean) RETURNS text
  AS 'MODULE_PATHNAME', 'vigo_cal_words_weekday_name' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.weekday_name(integer, boolean) IS
  'the Norwegian name of an ISO weekday, 1 = Monday to 7 = Sunday, in full (tirsdag) or abbreviated as rules write it (tir); NULL outside 1-7';

CREATE OR REPLACE FUNCTION vigo_cal.norwegian_date(day date, with_year boolean DEFAULT false) RETURNS text
  AS 'MODULE_PATHNAME', 'vigo_cal_words_long_date' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.norwegian_date(date, boolean) IS
  'a date as the årshjul writes it in text: 07. september (with_year: 17. juli 2023)';

CREATE OR REPLACE FUNCTION vigo_cal.date_label(day date) RETURNS text
  AS 'MODULE_PATHNAME', 'vigo_cal_words_date_label' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.date_label(date) IS
  'a day as the date cell of the printed årshjul writes it: 15.jul, 02.okt';

CREATE OR REPLACE FUNCTION vigo_cal.holiday_label(kind text) RETURNS text
  AS 'MODULE_PATHNAME', 'vigo_cal_words_school_holiday_label' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION vigo_cal.holiday_label(text) IS
  'the Norwegian name of a school holiday kind: hostferie -> Høstferie, paaskeferie -> Påskeferie, annet -> Skolefri';
