/*
 * test_dates.c
 *	  Unit tests of civil dates and ISO weeks (src/core/civil.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"

/* Civil dates: day numbers, leap years, weekdays, the range. */
void
test_civil(void)
{
	vc_day		d;
	int			y,
				m,
				dd,
				bad = 0;

	CHECK(D(2000, 1, 1) == 0, "2000-01-01 is day 0");
	CHECK(D(1999, 12, 31) == -1, "1999-12-31 is day -1");
	CHECK(D(2024, 2, 29) - D(2024, 2, 28) == 1, "2024 is a leap year");
	CHECK(D(2023, 3, 1) - D(2023, 2, 28) == 1, "2023 is not a leap year");
	CHECK(D(2100, 3, 1) - D(2100, 2, 28) == 1, "2100 is not a leap year");
	CHECK(D(2000, 3, 1) - D(2000, 2, 28) == 2, "2000 is a leap year");
	CHECK(vc_isodow(D(2023, 7, 15)) == 6, "2023-07-15 is a Saturday");
	CHECK(vc_isodow(D(1583, 1, 1)) == 6, "1583-01-01 is a Saturday");
	CHECK(vc_isodow(D(9999, 12, 31)) == 5, "9999-12-31 is a Friday");

	/* every day of the range converts back to itself, one day apart */
	for (d = vc_min_day(); d <= vc_max_day(); d++)
	{
		vc_ymd_from_day(d, &y, &m, &dd);
		if (D(y, m, dd) != d || dd < 1 || dd > vc_days_in_month(y, m))
			bad++;
	}
	CHECK(bad == 0, "%d days do not round-trip", bad);
	CHECK(VC_MIN_DAY == D(1583, 1, 1) && VC_MAX_DAY == D(9999, 12, 31), "VC_MIN_DAY and VC_MAX_DAY");
	CHECK(vc_day_in_range(D(1583, 1, 1)) && !vc_day_in_range(D(1582, 12, 31)),
		  "the range starts 1583-01-01");
	CHECK(vc_day_in_range(D(9999, 12, 31)) && !vc_day_in_range(D(10000, 1, 1)),
		  "the range ends 9999-12-31");
}

static void
check_isoweek(vc_day d, int want_year, int want_week)
{
	int			y,
				w;
	char		b[16];

	vc_isoweek_of(d, &y, &w);
	CHECK(y == want_year && w == want_week, "%s: got %d-W%02d, want %d-W%02d",
		  fmt_day(d, b), y, w, want_year, want_week);
}

/* ISO weeks: the week of a day, 53-week years, making a week. */
void
test_isoweek(void)
{
	vc_day		monday;
	int			y,
				bad = 0;

	check_isoweek(D(2023, 10, 2), 2023, 40);
	check_isoweek(D(2023, 10, 8), 2023, 40);
	check_isoweek(D(2024, 2, 19), 2024, 8);
	check_isoweek(D(2020, 12, 31), 2020, 53);
	check_isoweek(D(2021, 1, 3), 2020, 53);
	check_isoweek(D(2021, 1, 4), 2021, 1);
	check_isoweek(D(2024, 12, 30), 2025, 1);
	check_isoweek(D(2026, 12, 31), 2026, 53);
	check_isoweek(D(2027, 1, 3), 2026, 53);
	check_isoweek(D(2027, 1, 4), 2027, 1);
	check_isoweek(D(2022, 1, 2), 2021, 52);
	check_isoweek(D(2024, 7, 29), 2024, 31);
	CHECK(vc_isoweeks_in_year(2020) == 53, "2020 has 53 weeks");
	CHECK(vc_isoweeks_in_year(2026) == 53, "2026 has 53 weeks");
	CHECK(vc_isoweeks_in_year(2015) == 53, "2015 has 53 weeks");
	CHECK(vc_isoweeks_in_year(2023) == 52, "2023 has 52 weeks");
	CHECK(vc_isoweeks_in_year(2024) == 52, "2024 has 52 weeks");
	CHECK(vc_isoweek_make(2023, 53, &monday) == VC_ERR_VALUE, "2023 has no week 53");
	CHECK(vc_isoweek_make(2026, 53, &monday) == VC_OK && monday == D(2026, 12, 28),
		  "2026-W53 starts 2026-12-28");
	CHECK(vc_isoweek_make(2023, 0, &monday) == VC_ERR_VALUE, "week 0 does not exist");
	CHECK(vc_isoweek_make(1582, 52, &monday) == VC_ERR_RANGE, "1582 is out of range");
	CHECK(vc_isoweek_sunday(D(2023, 10, 2)) == D(2023, 10, 8), "2023-W40 ends on Sunday 8 October");

	/* window frames: one week before 2023-W40 is 2023-W39; bounds past the range still compare */
	CHECK(vc_isoweek_in_frame(D(2023, 9, 25), D(2023, 10, 2), 1, true, false),
		  "2023-W39 is in 1 PRECEDING of 2023-W40");
	CHECK(!vc_isoweek_in_frame(D(2023, 9, 18), D(2023, 10, 2), 1, true, false),
		  "2023-W38 is not in 1 PRECEDING of 2023-W40");
	CHECK(vc_isoweek_in_frame(D(2023, 10, 9), D(2023, 10, 2), 1, false, true) &&
		  !vc_isoweek_in_frame(D(2023, 10, 16), D(2023, 10, 2), 1, false, true),
		  "1 FOLLOWING of 2023-W40 ends with 2023-W41");
	CHECK(vc_isoweek_in_frame(VC_MIN_DAY, VC_MAX_DAY, INT32_MAX, true, false) &&
		  vc_isoweek_in_frame(VC_MAX_DAY, VC_MIN_DAY, INT32_MAX, false, true),
		  "an offset of 2^31-1 weeks reaches past both ends without overflow");

	/* 53-week years are exactly those starting on Thursday, or leap years on Wednesday */
	for (y = VC_MIN_YEAR; y <= VC_MAX_YEAR; y++)
	{
		int			jan1 = vc_isodow(D(y, 1, 1));
		int			want = (jan1 == 4 || (jan1 == 3 && vc_is_leap_year(y))) ? 53 : 52;

		if (vc_isoweeks_in_year(y) != want)
			bad++;
	}
	CHECK(bad == 0, "%d years with the wrong number of ISO weeks", bad);
}
