/*
 * test_busday.c
 *	  Unit tests of working-day arithmetic (src/core/busday.c), against a
 *	  day-by-day reference.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"

/* The obvious day-by-day version, as a reference. */
static int
naive_offset(vc_day d, int n, vc_roll roll, vc_day *out)
{
	if (!vc_is_business_day(d))
	{
		vc_day		f = d,
					b = d;
		int			y1,
					m1,
					d1,
					y2,
					m2,
					d2;

		if (roll == VC_ROLL_RAISE)
			return VC_BUSDAY_NOT_BUSDAY;
		if (roll == VC_ROLL_NAT)
			return VC_BUSDAY_NAT;
		while (!vc_is_business_day(f))
			f++;
		while (!vc_is_business_day(b))
			b--;
		vc_ymd_from_day(d, &y1, &m1, &d1);
		if (roll == VC_ROLL_FORWARD)
			d = f;
		else if (roll == VC_ROLL_BACKWARD)
			d = b;
		else
		{
			vc_ymd_from_day(roll == VC_ROLL_MODIFIED_FOLLOWING ? f : b, &y2, &m2, &d2);
			if (roll == VC_ROLL_MODIFIED_FOLLOWING)
				d = (m2 == m1) ? f : b;
			else
				d = (m2 == m1) ? b : f;
		}
	}
	while (n > 0)
	{
		d++;
		if (vc_is_business_day(d))
			n--;
	}
	while (n < 0)
	{
		d--;
		if (vc_is_business_day(d))
			n++;
	}
	*out = d;
	return VC_OK;
}

/* Working days: offsets, rolls, counts, the range, roll names. */
void
test_busday(void)
{
	vc_day		r;
	vc_roll		roll;

	CHECK(vc_busday_offset(D(2023, 7, 15), 1, VC_ROLL_FORWARD, &r) == VC_OK &&
		  r == D(2023, 7, 18), "Saturday 15 July 2023 + 1 working day is 18 July");
	CHECK(vc_busday_offset(D(2023, 11, 3), 2, VC_ROLL_FORWARD, &r) == VC_OK &&
		  r == D(2023, 11, 7), "Friday 3 November 2023 + 2 working days is 7 November");
	CHECK(vc_busday_offset(D(2024, 3, 27), 1, VC_ROLL_FORWARD, &r) == VC_OK &&
		  r == D(2024, 4, 2), "Easter 2024: 27 March + 1 working day is 2 April");
	CHECK(vc_busday_offset(D(2024, 4, 1), -1, VC_ROLL_FORWARD, &r) == VC_OK &&
		  r == D(2024, 3, 27), "Easter Monday 2024 - 1 rolls to 2 April first: 27 March");
	CHECK(vc_busday_offset(D(2024, 4, 1), 0, VC_ROLL_RAISE, &r) == VC_BUSDAY_NOT_BUSDAY,
		  "raise on a holiday");
	CHECK(vc_busday_offset(D(2024, 4, 1), 0, VC_ROLL_NAT, &r) == VC_BUSDAY_NAT,
		  "nat on a holiday");
	CHECK(vc_busday_offset(D(2024, 3, 30), 0, VC_ROLL_MODIFIED_FOLLOWING, &r) == VC_OK &&
		  r == D(2024, 3, 27), "modifiedfollowing stays in March 2024");
	CHECK(vc_busday_offset(D(2023, 12, 31), 0, VC_ROLL_MODIFIED_FOLLOWING, &r) == VC_OK &&
		  r == D(2023, 12, 29), "modifiedfollowing from Sunday 31 December 2023");
	CHECK(vc_busday_offset(D(2024, 6, 1), 0, VC_ROLL_MODIFIED_PRECEDING, &r) == VC_OK &&
		  r == D(2024, 6, 3), "modifiedpreceding from Saturday 1 June 2024");
	CHECK(vc_busday_offset(D(9999, 12, 31), 1, VC_ROLL_FORWARD, &r) == VC_ERR_RANGE,
		  "past 9999-12-31 is out of range");
	CHECK(vc_busday_offset(D(1583, 1, 3), -1, VC_ROLL_FORWARD, &r) == VC_ERR_RANGE,
		  "before 1583-01-01 is out of range");
	CHECK(vc_busday_offset(D(2024, 1, 1), 2147483647, VC_ROLL_FORWARD, &r) == VC_ERR_RANGE,
		  "int max working days is out of range");
	CHECK(vc_busday_window_selfcheck() == 0, "the 1900-2199 tables agree with the year table");
	CHECK(vc_busday_count(D(2023, 7, 15), D(2023, 7, 18)) == 1, "count 15..18 July 2023");
	CHECK(vc_busday_count(D(2023, 7, 18), D(2023, 7, 15)) == -1, "count backwards");
	CHECK(vc_busday_count(D(2024, 1, 1), D(2025, 1, 1)) == 252, "2024 has 252 working days (262 weekdays, 10 weekday holidays), got %lld",
		  (long long) vc_busday_count(D(2024, 1, 1), D(2025, 1, 1)));
	CHECK(vc_roll_parse("ModifiedFollowing", 17, &roll) && roll == VC_ROLL_MODIFIED_FOLLOWING,
		  "roll names are case-insensitive");
	CHECK(!vc_roll_parse("forwards", 8, &roll), "unknown roll name");
}

/* Working days in [a, b) day by day, negative when b < a. */
static int64_t
naive_count(vc_day a, vc_day b)
{
	int64_t		naive = 0;
	vc_day		x;

	for (x = a < b ? a : b; x < (a < b ? b : a); x++)
		naive += vc_is_business_day(x);
	return b < a ? -naive : naive;
}

/*
 * Offsets and counts against the day-by-day reference: random days
 * 1950..2150 (and 1850..2250, across the edges of the 1900-2199 tables),
 * n in [-400, 400].
 */
void
test_busday_reference(void)
{
	int			i,
				bad = 0,
				count_bad = 0;
	vc_roll		roll;

	srand(20231015);
	for (i = 0; i < 200000; i++)
	{
		vc_day		d = (i % 4 == 0 ? D(1850, 1, 1) + rand() % (400 * 365)
						 : D(1950, 1, 1) + rand() % (200 * 365));
		int			n = rand() % 801 - 400;
		vc_day		want = 0,
					got = 0;
		int			rc_want,
					rc_got;

		roll = (vc_roll) (rand() % 6);
		rc_want = naive_offset(d, n, roll, &want);
		rc_got = vc_busday_offset(d, n, roll, &got);
		if (rc_want != rc_got || (rc_want == VC_OK && want != got))
		{
			if (bad++ < 5)
			{
				char		b1[16],
							b2[16],
							b3[16];

				printf("# offset(%s, %d, roll %d): got %s (rc %d), want %s (rc %d)\n",
					   fmt_day(d, b1), n, roll, fmt_day(got, b2), rc_got,
					   fmt_day(want, b3), rc_want);
			}
		}
		if (i % 10 == 0)
		{
			vc_day		b = d + rand() % 2000 - 1000;

			if (vc_busday_count(d, b) != naive_count(d, b))
				count_bad++;
		}
	}
	CHECK(bad == 0, "%d offsets differ from the day-by-day reference", bad);
	CHECK(count_bad == 0, "%d counts differ from the day-by-day reference", count_bad);
}
