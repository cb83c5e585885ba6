-- Gregorian Easter and the Norwegian public holidays.
SET search_path = vigo_cal, public;
SET datestyle = ISO;

-- Easter: the years of the årshjul, and the extremes (22 March, 25 April).
SELECT y, easter_sunday(y), to_char(easter_sunday(y), 'Dy') AS dow
  FROM unnest(ARRAY[2023, 2024, 2025, 2026, 2027, 1818, 2285, 1943, 2038, 1583, 9999]) AS y;
SELECT easter_sunday(1582);
SELECT easter_sunday(10000);

-- The twelve holidays of the 2023-2024 school year's spring.
SELECT day, to_char(day, 'Dy') AS dow, name FROM public_holidays(2024);

-- 17 May on Whit Monday (2027) and on Ascension Day (2012): one row, both names.
SELECT day, name FROM public_holidays(2027) WHERE day BETWEEN '2027-05-01' AND '2027-05-31';
SELECT day, name FROM public_holidays(2012) WHERE day BETWEEN '2012-05-01' AND '2012-05-31';
-- 1 May on Ascension Day (2008).
SELECT day, name FROM public_holidays(2008) WHERE day = '2008-05-01';
SELECT y, count(*) AS days FROM unnest(ARRAY[2024, 2027, 2008, 2012]) AS y, public_holidays(y) GROUP BY y ORDER BY y;

-- 1 May and 17 May are statutory holidays from 1947.
SELECT y, count(*) FILTER (WHERE name LIKE '%mai)%') AS may_holidays
  FROM unnest(ARRAY[1946, 1947]) AS y, public_holidays(y) GROUP BY y ORDER BY y;
SELECT is_public_holiday('1946-05-17') AS may17_1946, is_public_holiday('1947-05-17') AS may17_1947;

-- A window of days, both ends included.
SELECT day, name FROM public_holidays('2023-12-25', '2024-01-01');
SELECT count(*) FROM public_holidays('2023-08-01', '2024-07-31');
SELECT count(*) FROM public_holidays('2024-01-02', '2024-01-01');

-- Predicates.
SELECT d, to_char(d, 'Dy') AS dow, is_public_holiday(d), is_business_day(d)
  FROM (VALUES (date '2023-12-24'), ('2023-12-25'), ('2023-12-26'), ('2023-12-27'),
               ('2024-03-28'), ('2024-03-29'), ('2024-03-30'), ('2024-03-31'),
               ('2024-04-01'), ('2024-04-02'), ('2024-05-17'), ('2024-05-18')) AS v(d);

-- Outside the supported range.
SELECT * FROM public_holidays(1582);
SELECT * FROM public_holidays('2023-01-01', 'infinity');
SELECT is_public_holiday('-infinity');
