-- The schoolyear type: 1 August to 31 July.
SET search_path = vigo_cal, public;
SET datestyle = ISO;

-- Text forms: canonical output whatever the input form.
SELECT t, t::schoolyear AS sy
  FROM (VALUES ('2023-2024'), ('2023/2024'), ('2023/24'), ('2023-24'),
               ('  2023-2024  '), ('1999-00'), ('2099/00'),
               ('1583-1584'), ('9998-9999')) AS v(t);

-- A school year starts on 1 August.
SELECT d, schoolyear(d)
  FROM (VALUES (date '2023-07-31'), ('2023-08-01'), ('2024-02-29'),
               ('2024-07-31'), ('2024-08-01'), ('2000-01-01')) AS v(d);
SELECT first_day('2023-2024'), last_day('2023-2024'), daterange('2023-2024'::schoolyear);
SELECT first_day('2023-2024') - 1 AS day_before,
       schoolyear(first_day('2023-2024') - 1) AS its_schoolyear;
SELECT current_schoolyear() = schoolyear(current_date) AS current_is_today;

-- Containment.
SELECT contains('2023-2024'::schoolyear, date '2024-07-31') AS last_day_in,
       contains('2023-2024'::schoolyear, date '2024-08-01') AS next_day_in,
       '2023-2024'::schoolyear @> date '2023-08-01' AS op_contains,
       date '2023-07-31' <@ '2023-2024'::schoolyear AS op_contained_by,
       contains('2023-2024'::schoolyear, date 'infinity') AS infinity_in;

-- Arithmetic and casts.
SELECT '2023-2024'::schoolyear + 3 AS plus_3,
       '2023-2024'::schoolyear - 1 AS minus_1,
       '2026-2027'::schoolyear - '2023-2024'::schoolyear AS years_between,
       2026::schoolyear AS from_int,
       '2026-2027'::schoolyear::int AS to_int;
SELECT '9998-9999'::schoolyear + 1;
SELECT '1583-1584'::schoolyear - 1;
SELECT 1582::schoolyear;
SELECT schoolyear(date '1583-07-31');
SELECT schoolyear(date 'infinity');

-- Comparison operators, all six.
SELECT a, b, a = b AS eq, a <> b AS ne, a < b AS lt, a <= b AS le, a > b AS gt, a >= b AS ge
  FROM (VALUES ('2022-2023'::schoolyear, '2023-2024'::schoolyear),
               ('2023-2024', '2023-2024'), ('2024-2025', '2023-2024')) AS v(a, b);

-- Sorting, grouping, DISTINCT.
SELECT sy, count(*)
  FROM (SELECT schoolyear(date '2020-01-01' + i * 50) AS sy
          FROM generate_series(0, 40) AS i) AS s
 GROUP BY sy ORDER BY sy DESC;

-- Binary send/recv: the wire format is the start year as int4, and a
-- binary COPY through psql round-trips.
SELECT schoolyear_send('2023-2024') AS wire;
CREATE TABLE sy_bin (sy schoolyear);
INSERT INTO sy_bin VALUES ('1583-1584'), ('2023-2024'), ('9998-9999');
\copy sy_bin TO 'results/vigo_cal_sy.bin' WITH (FORMAT binary)
CREATE TABLE sy_bin_back (sy schoolyear);
\copy sy_bin_back FROM 'results/vigo_cal_sy.bin' WITH (FORMAT binary)
SELECT sy FROM sy_bin_back ORDER BY sy;
DROP TABLE sy_bin, sy_bin_back;

-- An index, a hash join and a merge join.
CREATE TABLE sy_delivery (sy schoolyear, n int);
INSERT INTO sy_delivery SELECT (2000 + i % 30)::schoolyear, i FROM generate_series(1, 3000) AS i;
CREATE INDEX ON sy_delivery (sy);
ANALYZE sy_delivery;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM sy_delivery WHERE sy = '2023-2024';
SELECT count(*) FROM sy_delivery WHERE sy = '2023-2024';
EXPLAIN (COSTS OFF) SELECT count(*) FROM sy_delivery WHERE sy BETWEEN '2020-2021' AND '2022-2023';
SELECT count(*) FROM sy_delivery WHERE sy BETWEEN '2020-2021' AND '2022-2023';
RESET enable_seqscan;
CREATE TABLE sy_name (sy schoolyear PRIMARY KEY, label text);
INSERT INTO sy_name SELECT (2000 + i)::schoolyear, 'year ' || i FROM generate_series(0, 29) AS i;
ANALYZE sy_name;
SET enable_mergejoin = off;
SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM sy_delivery d JOIN sy_name n USING (sy);
SELECT count(*) FROM sy_delivery d JOIN sy_name n USING (sy);
SET enable_hashjoin = off;
SET enable_mergejoin = on;
EXPLAIN (COSTS OFF) SELECT count(*) FROM sy_delivery d JOIN sy_name n USING (sy);
SELECT count(*) FROM sy_delivery d JOIN sy_name n USING (sy);
RESET enable_hashjoin;
RESET enable_mergejoin;
RESET enable_nestloop;
CREATE INDEX sy_delivery_hash ON sy_delivery USING hash (sy);

-- A range-partition key.
CREATE TABLE sy_log (sy schoolyear NOT NULL, note text) PARTITION BY RANGE (sy);
CREATE TABLE sy_log_old PARTITION OF sy_log FOR VALUES FROM ('2000-2001') TO ('2023-2024');
CREATE TABLE sy_log_now PARTITION OF sy_log FOR VALUES FROM ('2023-2024') TO ('2025-2026');
INSERT INTO sy_log VALUES ('2022-2023', 'old'), ('2023-2024', 'now'), ('2024-2025', 'now');
SELECT tableoid::regclass AS partition, sy, note FROM sy_log ORDER BY sy;
EXPLAIN (COSTS OFF) SELECT * FROM sy_log WHERE sy = '2024-2025';
INSERT INTO sy_log VALUES ('2025-2026', 'no partition');
-- Hash partitioning uses the hash opclass.
CREATE TABLE sy_hashed (sy schoolyear) PARTITION BY HASH (sy);
CREATE TABLE sy_hashed_0 PARTITION OF sy_hashed FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE sy_hashed_1 PARTITION OF sy_hashed FOR VALUES WITH (MODULUS 2, REMAINDER 1);
INSERT INTO sy_hashed SELECT (2000 + i)::schoolyear FROM generate_series(0, 9) AS i;
SELECT count(*) FROM sy_hashed;
DROP TABLE sy_delivery, sy_name, sy_log, sy_hashed;
