-- Bad input for every input function: each string next to the SQLSTATE
-- and message it gets.
SET search_path = vigo_cal, public;
SET datestyle = ISO;

-- schoolyear
SELECT format('%-24s', quote_literal(t)) AS input, regress.try(t, 'schoolyear') AS result
  FROM (VALUES (''), ('   '), ('2023'), ('2023-'), ('2023-2025'), ('2023-25'), ('2023-2023'),
               ('2024-2023'), ('0-1'), ('23-24'), ('202-203'), ('20233-20234'),
               ('2023 2024'), ('2023--2024'), ('2023-2024x'), ('2023-2024 2025'),
               ('2023.2024'), ('2023–2024'), ('skoleåret 2023-2024'), ('1582-1583'),
               ('1582-83'), ('9999-10000'), ('99999999999999999999-1'),
               ('-2023-2024'), ('+2023-2024'), ('2023-2O24'), ('x')) AS v(t);

-- isoweek
SELECT format('%-24s', quote_literal(t)) AS input, regress.try(t, 'isoweek') AS result
  FROM (VALUES (''), ('2023'), ('2023-W'), ('2023-W54'), ('2023-W53'), ('2023-W00'),
               ('2023-W40-1'), ('2023-W400'), ('2023-40'), ('W40-2023'), ('uke 40'),
               ('uke 40 23'), ('uke402023'), ('uke 54 2023'), ('uke 0 2023'),
               ('week 40 2023 x'), ('2023-W40 x'), ('1582-W52'), ('10000-W01'),
               ('9999-W53'), ('uke 40 99999'), ('2023-W4O'), ('uke  2023')) AS v(t);

-- The full report of a few: message, detail with the position, hint.
SELECT '2023-2025'::schoolyear;
SELECT '2023-2024 x'::schoolyear;
SELECT '1582-1583'::schoolyear;
SELECT '2023-W53'::isoweek;
SELECT 'uke 40'::isoweek;

-- Long user text in a detail is cut at a character, never inside one
-- (chr(248) is ø, two bytes in UTF-8): the detail reads whole here, and
-- with the message converted to LATIN1 for the client the error is still
-- 22007, not 22021 (invalid byte sequence).  VERBOSITY sqlstate there
-- keeps this file UTF-8.
SELECT ('2023-2024 x' || repeat(chr(248), 36))::schoolyear;
SELECT ('2023-W40-1' || repeat(chr(248), 36))::isoweek;
SELECT ('15.07 x' || repeat(chr(248), 36))::rule;
SET client_encoding = LATIN1;
\set VERBOSITY sqlstate
SELECT ('2023-2024 x' || repeat(chr(248), 36))::schoolyear;
SELECT ('2023-W40-1' || repeat(chr(248), 36))::isoweek;
SELECT ('15.07 x' || repeat(chr(248), 36))::rule;
\set VERBOSITY default
RESET client_encoding;

-- pg_input_is_valid() (PostgreSQL 16 and later) sees these as soft
-- errors; before 16 the same answer comes from a cast in a subtransaction.
CREATE FUNCTION pg_temp.is_valid(input text, typ regtype) RETURNS boolean
LANGUAGE plpgsql AS $$
DECLARE
  ok boolean;
BEGIN
  IF current_setting('server_version_num')::int >= 160000 THEN
    EXECUTE 'SELECT pg_input_is_valid($1, $2)' INTO ok USING input, typ::text;
    RETURN ok;
  END IF;
  RETURN regress.try(input, typ) LIKE 'ok: %';
END $$;
SELECT t, typ, pg_temp.is_valid(t, typ) AS valid
  FROM (VALUES ('2023-24', 'schoolyear'::regtype), ('2023-25', 'schoolyear'),
               ('1582-1583', 'schoolyear'), ('2023-W40', 'isoweek'),
               ('2023-W53', 'isoweek'), ('2023-W40-1', 'isoweek')) AS v(t, typ);
