-- The rule type: recurring dates of the årshjul.
SET search_path = vigo_cal, public;
SET datestyle = ISO;

-- Every form of the language, its canonical text, and what it gives in
-- the 2023-2024 school year (months 8-12 in 2023, 1-7 in 2024; ISO weeks
-- 31-53 in 2023, 1-30 in 2024).
SELECT t AS written, t::rule AS canonical,
       resolve(t::rule, '2023-2024') AS first_day,
       resolve_range(t::rule, '2023-2024') AS days
  FROM (VALUES ('15.07'), ('15.7'), ('15.jul'), ('15. juli'), ('15.JULI'), ('Jul 15'),
               ('15 July'), ('01.08'), ('31.12'), ('01.01'),
               ('uke 40'), ('Uke 8'), ('uke 41 ons-fre'), ('uke 41 ons–fre'), ('uke 9 man'),
               ('uke 31/32'), ('uke 31-32'), ('week 40'), ('week 41 wed-fri'),
               ('1. tirsdag i juli'), ('2. mandag i september'), ('siste fredag i juni'),
               ('første mandag i august'), ('first tuesday of july'), ('1st tuesday of july'),
               ('last friday of june'), ('5. fredag i mars'),
               ('19.06 til 21.06'), ('Jun 19 to Jun 21'), ('15.12 til 15.01'),
               ('i løpet av august'), ('I LØPET AV februar'), ('during may'),
               ('15.07 + 1 virkedag'), ('15.07 - 1 dag'), ('15.07 + 2 dager'),
               ('15.07 - 3 virkedager'), ('15.07 + 1 uke'), ('15.07 -2 weeks'),
               ('15.07 +1 day +2 business days -1 week'), ('15.07 + 0 virkedager'),
               ('15.07, neste virkedag'), ('14.07 forrige virkedag'),
               ('15.07 + 1 uke, forrige virkedag'), ('15.07 next business day'),
               ('uke 40 - 1 dag'), ('19.06 til 21.06 + 1 virkedag')) AS v(t);

-- The canonical text reads back to an equal rule, and equal rules have
-- equal text.
SELECT count(*) AS rules,
       count(*) FILTER (WHERE r::text::rule = r) AS round_trips,
       count(DISTINCT r) AS distinct_rules, count(DISTINCT r::text) AS distinct_texts
  FROM unnest(ARRAY['15.07', '15.jul', 'Jul 15', 'uke 41 ons-fre', 'week 41 wed-fri',
                    'uke 31-32', 'uke 31/32', 'siste fredag i juni', 'last friday of june',
                    'x + 1 virkedag', 'X + 1 business day', 'i løpet av august',
                    '15.07 + 1 dag, neste virkedag']::rule[]) AS r;
SELECT '15.jul'::rule = '15.07'::rule AS same_day, '15.07'::rule = '15.07 + 0 dager'::rule AS zero_offset_differs,
       '15.07'::rule <> '16.07'::rule AS different;

-- Rules that count from another event need its date.
SELECT rule_reference('ssb_resultat_vgs_1 + 1 virkedag') AS reference,
       rule_reference('15.07 + 1 virkedag') AS no_reference;
SELECT resolve('ssb_resultat_vgs_1 + 1 virkedag', '2022-2023', date '2023-07-15') AS from_saturday,
       resolve('ssb_resultat_vgs_1 + 1 virkedag', '2023-2024', date '2024-07-15') AS from_monday;
SELECT resolve('ssb_resultat_vgs_1 + 1 virkedag', '2023-2024');
-- An anchor is ignored by a rule that names no event.
SELECT resolve('15.07', '2023-2024', date '2000-01-01');

-- The same rule in other years: leap years, week 53, Easter.
SELECT sy, resolve('29.02', sy) AS leap_day
  FROM unnest(ARRAY['2023-2024', '2027-2028']::schoolyear[]) AS sy;
SELECT resolve('29.02', '2022-2023');
SELECT resolve_range('uke 53', '2026-2027') AS week_53_2026;
SELECT resolve('uke 53', '2023-2024');
SELECT resolve('5. fredag i februar', '2023-2024');
SELECT resolve('4. fredag i februar', '2023-2024') AS fourth_friday;
-- Maundy Thursday 2024 is 28 March: a working day before Easter counts past it.
SELECT resolve('27.03 + 1 virkedag', '2023-2024') AS after_easter_2024,
       resolve('01.04, neste virkedag', '2023-2024') AS easter_monday_rolled,
       resolve('17.05, forrige virkedag', '2023-2024') AS before_constitution_day;
-- Every school year from 2020-2021 to 2030-2031 for one rule.
SELECT sy, resolve('15.07 + 1 virkedag', sy) AS feedback, to_char(resolve('15.07 + 1 virkedag', sy), 'Dy') AS dow
  FROM generate_series(2020, 2030) AS y, LATERAL (SELECT y::schoolyear AS sy) AS s;

-- The edges of the range: the last school year ends 31.07.9999, but its
-- rules may reach into the rest of 9999; not past it.
SELECT resolve('15.07', '9998-9999'), resolve('01.08', '1583-1584'), resolve('31.07 + 1 dag', '9998-9999');
SELECT resolve('31.07 + 200 dager', '9998-9999');
SELECT resolve('x + 1 dag', '2023-2024', date 'infinity');

-- Comparison, indexing, hashing.
CREATE TABLE rules (r rule PRIMARY KEY);
INSERT INTO rules SELECT DISTINCT (lpad(d::text, 2, '0') || '.' || lpad(m::text, 2, '0'))::rule
  FROM generate_series(1, 28) AS d, generate_series(1, 12) AS m;
INSERT INTO rules VALUES ('uke 40'), ('siste fredag i juni'), ('x + 1 virkedag');
-- 15.jul is the same rule as 15.07, so the key refuses it.
INSERT INTO rules VALUES ('15.jul');
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT * FROM rules WHERE r = '15.07';
SELECT * FROM rules WHERE r = 'Jul 15';
RESET enable_seqscan;
SELECT count(*) FROM rules a JOIN rules b USING (r);
CREATE INDEX ON rules USING hash (r);
SELECT count(*) FROM rules WHERE r = 'uke 40';
DROP TABLE rules;

-- Binary: a format-version byte, then the fields; a binary COPY round-trips.
SELECT rule_send('15.07 + 1 virkedag') AS wire;
CREATE TABLE rule_bin (r rule);
INSERT INTO rule_bin VALUES ('15.07 + 1 virkedag'), ('uke 41 ons-fre'), ('ssb_x - 2 uker, forrige virkedag');
\copy rule_bin TO 'results/vigo_cal_rule.bin' WITH (FORMAT binary)
CREATE TABLE rule_bin_back (r rule);
\copy rule_bin_back FROM 'results/vigo_cal_rule.bin' WITH (FORMAT binary)
SELECT b.r, b.r = a.r AS equal FROM rule_bin_back b JOIN rule_bin a ON a.r = b.r ORDER BY b.r::text;
DROP TABLE rule_bin, rule_bin_back;

-- The longest rule (an event key of 63 bytes, 16 offsets at their longest
-- and a roll) prints whole in 401 bytes, and reads back equal from its
-- text and from its binary form (a binary COPY: rule_send, rule_recv).
CREATE TABLE rule_long (n int, r rule);
INSERT INTO rule_long VALUES
  (1, (repeat('k', 63) || repeat(' - 100000 virkedager', 16) || ', forrige virkedag')::rule),
  (2, ('abcdefghijklmno' || repeat('+100000virkedager', 12) || '-5dager')::rule);
SELECT n, octet_length(r::text) AS bytes, rule_offsets(r) AS offsets,
       r::text::rule = r AS text_equal, rule_offsets(r::text::rule) = rule_offsets(r) AS offsets_equal,
       right(r::text, 40) AS ends_with
  FROM rule_long ORDER BY n;
\copy rule_long TO 'results/vigo_cal_rule_long.bin' WITH (FORMAT binary)
CREATE TABLE rule_long_back (n int, r rule);
\copy rule_long_back FROM 'results/vigo_cal_rule_long.bin' WITH (FORMAT binary)
SELECT b.n, b.r = a.r AS equal, rule_send(b.r) = rule_send(a.r) AS same_bytes, b.r::text = a.r::text AS same_text
  FROM rule_long_back b JOIN rule_long a USING (n) ORDER BY b.n;
DROP TABLE rule_long, rule_long_back;

-- NULLs.
SELECT resolve(NULL, '2023-2024') IS NULL AS null_rule, resolve('15.07', NULL) IS NULL AS null_year,
       resolve('x', '2023-2024', NULL) IS NULL AS null_anchor;
