-- Working days: Monday to Friday minus public holidays, numpy semantics.
SET search_path = vigo_cal, public;
SET datestyle = ISO;

-- The årshjul's own cases.  Udir feedback one working day after the
-- Saturday 15 July 2023 delivery: the Saturday rolls to Monday, then +1.
SELECT add_business_days('2023-07-15', 1) AS feedback_2023,
       add_business_days('2024-07-15', 1) AS feedback_2024;
-- Private-school data two working days after delivery.
SELECT d, add_business_days(d, 2) AS in_vigo
  FROM (VALUES (date '2023-10-12'), ('2023-11-03'), ('2024-04-11')) AS v(d);

-- Every roll mode on a weekday, a weekend and a holiday.
SELECT d, to_char(d, 'Dy') AS dow, roll, add_business_days(d, 0, roll) AS n0,
       add_business_days(d, 1, roll) AS n1, add_business_days(d, -1, roll) AS n_1
  FROM (VALUES (date '2024-03-27'), ('2024-03-30'), ('2024-04-01')) AS v(d),
       unnest(ARRAY['forward', 'following', 'backward', 'preceding',
                    'modifiedfollowing', 'modifiedpreceding', 'nat']) AS roll
 ORDER BY d, roll;
SELECT add_business_days('2024-04-01', 0, 'raise');
SELECT add_business_days('2024-03-27', 3, 'raise');
SELECT add_business_days('2024-04-01', 0, 'sideways');
SELECT add_business_days('2024-04-01', 0, 'Forward') AS case_insensitive;

-- Modified rolls keep the month: 30-31 March 2024 are a weekend at the
-- end of the Easter holidays; 1 June 2024 is a Saturday.
SELECT add_business_days('2024-03-31', 0, 'modifiedfollowing') AS mf_march,
       add_business_days('2024-06-01', 0, 'modifiedpreceding') AS mp_june,
       add_business_days('2023-12-31', 0, 'modifiedfollowing') AS mf_newyear;

-- Negative offsets from a holiday: the holiday rolls forward first.
SELECT add_business_days('2024-12-25', -1) AS from_christmas,
       add_business_days('2024-12-25', -1, 'backward') AS backward_first,
       add_business_days('2024-05-17', -5) AS from_may17;

-- Year boundaries and long spans.
SELECT add_business_days('2023-12-22', 1) AS after_christmas,
       add_business_days('2024-01-02', -1) AS before_new_year,
       add_business_days('2024-01-01', 252) AS one_year_on,
       add_business_days('2024-01-01', -252) AS one_year_back,
       add_business_days('2000-01-03', 100000) AS far_future;

-- Leap days.
SELECT add_business_days('2024-02-28', 1) AS leap_2024, add_business_days('2023-02-28', 1) AS no_leap_2023,
       add_business_days('2100-02-26', 1) AS no_leap_2100, is_business_day('2024-02-29') AS leap_day_works;

-- next and previous working day.
SELECT d, to_char(d, 'Dy') AS dow, next_business_day(d), previous_business_day(d)
  FROM (VALUES (date '2024-03-27'), ('2024-03-28'), ('2024-04-01'), ('2024-12-24'),
               ('2024-12-25'), ('2024-12-28'), ('2027-05-17')) AS v(d);

-- Counting, half-open [a, b) as numpy.busday_count.
SELECT business_days_between('2023-07-15', '2023-07-18') AS sat_to_tue,
       business_days_between('2023-07-18', '2023-07-15') AS backwards,
       business_days_between('2024-03-27', '2024-03-27') AS same_day,
       business_days_between('2024-01-01', '2025-01-01') AS year_2024,
       business_days_between('2023-08-01', '2024-08-01') AS schoolyear_2023;
-- Adding the count of working days in [a, b) to a working day a gives
-- the first working day on or after b.
SELECT count(*) FILTER (WHERE add_business_days(a, business_days_between(a, b)) <> next_business_day(b)) AS mismatches
  FROM (SELECT next_business_day(date '2023-01-01' + i) AS a, date '2023-01-01' + i + (i * 37) % 400 AS b
          FROM generate_series(0, 2000) AS i) AS s;

-- The range ends and overflow.
SELECT add_business_days('9999-12-30', 1);
SELECT add_business_days('9999-12-31', 1);
SELECT add_business_days('1583-01-03', -1);
SELECT add_business_days('2024-01-01', 2147483647);
SELECT add_business_days('2024-01-01', -2147483648);
SELECT add_business_days('infinity', 1);
SELECT add_business_days('-infinity', 1);
SELECT business_days_between('2024-01-01', 'infinity');
SELECT next_business_day('10000-01-01');
SELECT is_business_day('1582-12-31');
SELECT add_business_days(NULL, 1) IS NULL AS null_date, add_business_days('2024-01-01', NULL) IS NULL AS null_n,
       add_business_days('2024-01-01', 1, NULL) IS NULL AS null_roll;
