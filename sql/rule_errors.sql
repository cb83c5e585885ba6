-- Bad rules: each next to the SQLSTATE, message and detail (with the
-- position of the offending word) it gets.
SET search_path = vigo_cal, public;
SET datestyle = ISO;

SELECT format('%-32s', left(quote_literal(t), 32)) AS rule, regress.try(left(t, 200), 'rule') AS result
  FROM (VALUES
    (''), ('   '), ('15'), ('15.'), ('15.13'), ('15.0'), ('0.07'), ('32.01'), ('30.02'),
    ('31.04'), ('15.july2'), ('15.07.2023'), ('15/07'), ('15-07'), ('jul'), ('juli 32'),
    ('uke'), ('uke 0'), ('uke 54'), ('uke 40 2023'), ('uke 32/31'), ('uke 31/'), ('uke 40 fre-ons'),
    ('uke 40 ons-'), ('uke 40 onsdag-foo'), ('6. mandag i mai'), ('0. mandag i mai'),
    ('1. mandag'), ('1. mandag i'), ('1. mandag i 7'), ('siste'), ('siste dag i juni'),
    ('i juli'), ('i løpet av'), ('i løpet av sommer'), ('19.06 til'), ('19.06 til 18.06'),
    ('19.06 til uke 40'), ('15.07 +'), ('15.07 + 1'), ('15.07 + 1 år'), ('15.07 + dag'),
    ('15.07 + 100001 dager'), ('15.07 + 99999999999 dager'), ('15.07 * 2'), ('15.07 + 1 dag,'),
    ('15.07, neste'), ('15.07, neste dag'), ('15.07, next day'), ('15.07, neste virkedag + 1 dag'),
    ('15.07 foo'), ('+ 1 dag'), ('ære'), ('uke_40?'), ('til'), ('x y'),
    ('15.07 + 1 dag + 1 dag + 1 dag + 1 dag + 1 dag + 1 dag + 1 dag + 1 dag + 1 dag + 1 dag + 1 dag + 1 dag + 1 dag + 1 dag + 1 dag + 1 dag + 1 dag'),
    ('a_very_long_event_key_that_goes_on_and_on_and_on_past_sixty_four_chars')
  ) AS v(t);

-- The full report of a few: message, detail, hint.
SELECT '15.13'::rule;
SELECT 'uke 41 ons-fre + 1 ar'::rule;
SELECT '6. mandag i mai'::rule;
SELECT 'til'::rule;

-- Valid rules without a date in a school year: SQLSTATE 22008 at
-- resolution, naming the rule and the year.
SELECT format('%-24s', r) AS rule, sy, regress.try_sql(format('SELECT vigo_cal.resolve(%L, %L)', r, sy)) AS result
  FROM (VALUES ('29.02', '2022-2023'), ('uke 53', '2023-2024'), ('5. fredag i februar', '2023-2024'),
               ('31.07 + 1 dag', '9998-9999'), ('01.08 - 1000 dager', '1583-1584'),
               ('ssb_x + 1 dag', '2023-2024')) AS v(r, sy);
