-- The binary form of rule, version by version.  A rule is stored in the
-- binary format of the vigo_cal that wrote it (a format-version byte
-- first, then the fields), and pg_upgrade, binary dumps and binary COPY
-- keep those bytes as they are, so every format version ever written
-- stays readable (src/core/rule/format.c lists them).  Here are bytes of
-- each version, held as constants, and the rules they read back to.
SET search_path = vigo_cal, public;
SET datestyle = ISO;

CREATE TABLE rule_forms (n int, version int, bytes bytea, want text);
INSERT INTO rule_forms VALUES
  (1, 1, '\x0101070f0000000000000000000000', '15.07'),
  (2, 1, '\x010206130615000000000000000000', '19.06 til 21.06'),
  (3, 1, '\x010308000000000000000000000000', 'i løpet av august'),
  (4, 1, '\x0104000000002929030500000001010000000100', 'uke 41 ons-fre + 1 dag'),
  (5, 1, '\x0104000000001f2001050000000000', 'uke 31/32'),
  (6, 1, '\x01050600000000000000ff05010000', 'siste fredag i juni, neste virkedag'),
  (7, 1, '\x010507000000000000000102020101fffffffd00', '1. tirsdag i juli - 3 dager, forrige virkedag'),
  (8, 1, '\x0106000000000000000000000002020000000103fffffffe127373625f726573756c7461745f7667735f31',
         'ssb_resultat_vgs_1 + 1 virkedag - 2 uker');

-- Binary input (rule_recv): the bytes in a binary COPY file, which psql
-- writes from a bytea column and reads into a rule column.
\copy (SELECT n, bytes FROM rule_forms ORDER BY n) TO 'results/vigo_cal_rule_forms.bin' WITH (FORMAT binary)
CREATE TABLE rule_received (n int, r rule);
\copy rule_received FROM 'results/vigo_cal_rule_forms.bin' WITH (FORMAT binary)
SELECT f.n, f.version, r.r AS received, r.r = f.want::rule AS equal,
       rule_send(r.r) = f.bytes AS same_bytes
  FROM rule_forms f JOIN rule_received r USING (n) ORDER BY f.n;

-- Stored values (what rule_out, resolve and every other function read):
-- the same bytes taken for a rule with no conversion at all, as they lie
-- on disk, through a cast made for this test only.
BEGIN;
CREATE CAST (bytea AS rule) WITHOUT FUNCTION;
SELECT n, version, bytes::rule AS stored, bytes::rule = want::rule AS equal,
       rule_send(bytes::rule) = bytes AS same_bytes,
       rule_hash(bytes::rule) = rule_hash(want::rule) AS same_hash,
       occurrence_range(bytes::rule, '2023-2024', '2023-11-20') AS days_2023_2024
  FROM rule_forms ORDER BY n;

-- A format version never written (0), a newer one (2), and bytes that
-- are no rule, as stored values: each named for what it is.
SELECT format('%-34s', t) AS stored_bytes, regress.try_sql(format('SELECT %L::bytea::rule', t)) AS result
  FROM (VALUES ('\x0001070f0000000000000000000000'), ('\x0201070f0000000000000000000000'),
               ('\x01ff070f0000000000000000000000'), ('\x'), ('\x01')) AS v(t);
SELECT '\x0201070f0000000000000000000000'::bytea::rule;
ROLLBACK;

-- The same as binary input.
CREATE TABLE rule_bad (n int, bytes bytea);
INSERT INTO rule_bad VALUES (1, '\x0201070f0000000000000000000000');
\copy rule_bad TO 'results/vigo_cal_rule_bad.bin' WITH (FORMAT binary)
\copy rule_received FROM 'results/vigo_cal_rule_bad.bin' WITH (FORMAT binary)
DROP TABLE rule_forms, rule_received, rule_bad;
