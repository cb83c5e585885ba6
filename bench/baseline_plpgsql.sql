-- bench/baseline_plpgsql.sql
--
-- Independent reference code for the benchmarks, written in plain SQL and
-- PL/pgSQL with no use of vigo_cal:
--
--   bench.easter(year)               Gregorian Easter Sunday (anonymous
--                                    Gregorian / Meeus-Jones-Butcher method)
--   bench.norwegian_holidays(year)   the 12 Norwegian public holidays (1 May
--                                    and 17 May only from 1947, when the law
--                                    made them public holidays)
--   bench.holiday                    those holidays for 1583..9999, as a table
--   bench.plpgsql_add_business_days  the obvious day-by-day loop: roll a
--                                    non-working start forward, then step one
--                                    calendar day at a time, counting days
--                                    that are Mon-Fri and not in
--                                    bench.holiday (numpy.busday_offset,
--                                    roll='forward')
--
-- The loop is the baseline of case 3 and, being simple enough to trust, also
-- the oracle for the agreement checks in agreement.sql.

CREATE FUNCTION bench.easter(y int) RETURNS date
LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
	golden	int := y % 19;			-- position in the 19-year Metonic cycle
	century	int := y / 100;
	yy		int := y % 100;
	leap_c	int := century / 4;
	corr_c	int := century % 4;
	moon_c	int := (century + 8) / 25;
	moon_g	int := (century - moon_c + 1) / 3;
	epact	int;
	wd		int;
	shift	int;
	mmdd	int;
BEGIN
	epact := (19 * golden + century - leap_c - moon_g + 15) % 30;
	wd := (32 + 2 * corr_c + 2 * (yy / 4) - epact - yy % 4) % 7;
	shift := (golden + 11 * epact + 22 * wd) / 451;
	mmdd := epact + wd - 7 * shift + 114;
	RETURN make_date(y, mmdd / 31, mmdd % 31 + 1);
END
$$;

CREATE FUNCTION bench.norwegian_holidays(y int)
RETURNS TABLE (day date, name text)
LANGUAGE sql IMMUTABLE STRICT AS $$
	SELECT make_date(y, m, d), n
	FROM (VALUES (1, 1, 'New Year''s Day', 0),
				 (5, 1, 'Labour Day', 1947),
				 (5, 17, 'Constitution Day', 1947),
				 (12, 25, 'Christmas Day', 0),
				 (12, 26, 'St Stephen''s Day', 0)) AS f(m, d, n, since)
	WHERE y >= since
	UNION ALL
	SELECT bench.easter(y) + o, n
	FROM (VALUES (-3, 'Maundy Thursday'),
				 (-2, 'Good Friday'),
				 (0, 'Easter Sunday'),
				 (1, 'Easter Monday'),
				 (39, 'Ascension Day'),
				 (49, 'Whit Sunday'),
				 (50, 'Whit Monday')) AS e(o, n)
$$;

-- Two holidays can share a date (17 May was Ascension Day in 2007 and is Whit
-- Monday in 2027), hence DISTINCT ON.
CREATE TABLE bench.holiday AS
SELECT DISTINCT ON (h.day) h.day, h.name
FROM generate_series(1583, 9999) AS y, bench.norwegian_holidays(y) AS h
ORDER BY h.day, h.name;
ALTER TABLE bench.holiday ADD PRIMARY KEY (day);
ANALYZE bench.holiday;

CREATE FUNCTION bench.plpgsql_add_business_days(d date, n int) RETURNS date
LANGUAGE plpgsql STABLE STRICT AS $$
DECLARE
	cur		date := d;
	step	int := CASE WHEN n < 0 THEN -1 ELSE 1 END;
	todo	int := abs(n);
BEGIN
	-- roll a weekend or holiday start forward to the next working day
	WHILE extract(isodow FROM cur) > 5
		  OR EXISTS (SELECT 1 FROM bench.holiday h WHERE h.day = cur) LOOP
		cur := cur + 1;
	END LOOP;

	WHILE todo > 0 LOOP
		cur := cur + step;
		IF extract(isodow FROM cur) <= 5
		   AND NOT EXISTS (SELECT 1 FROM bench.holiday h WHERE h.day = cur) THEN
			todo := todo - 1;
		END IF;
	END LOOP;

	RETURN cur;
END
$$;
