/*
 * test_holidays.c
 *	  Unit tests of Easter and the Norwegian public holidays (src/core/holiday.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"

/* Easter Sunday: known years, and a Sunday 22 March to 25 April in every year. */
void
test_easter(void)
{
	int			y,
				bad = 0;

	CHECK_DAY(vc_easter_sunday(2024), D(2024, 3, 31), "Easter 2024");
	CHECK_DAY(vc_easter_sunday(2025), D(2025, 4, 20), "Easter 2025");
	CHECK_DAY(vc_easter_sunday(2023), D(2023, 4, 9), "Easter 2023");
	CHECK_DAY(vc_easter_sunday(1818), D(1818, 3, 22), "Easter 1818 (earliest)");
	CHECK_DAY(vc_easter_sunday(2285), D(2285, 3, 22), "Easter 2285 (earliest)");
	CHECK_DAY(vc_easter_sunday(1943), D(1943, 4, 25), "Easter 1943 (latest)");
	CHECK_DAY(vc_easter_sunday(2038), D(2038, 4, 25), "Easter 2038 (latest)");
	CHECK_DAY(vc_easter_sunday(1583), D(1583, 4, 10), "Easter 1583");

	for (y = VC_MIN_YEAR; y <= VC_MAX_YEAR; y++)
	{
		vc_day		e = vc_easter_sunday(y);

		if (vc_isodow(e) != 7 || e < D(y, 3, 22) || e > D(y, 4, 25))
			bad++;
	}
	CHECK(bad == 0, "%d Easter Sundays not a Sunday between 22 March and 25 April", bad);
}

/* The fast path of is_public_holiday agrees with the full list, 1900..2200. */
static void
test_holiday_fast_path(void)
{
	vc_holiday	list[VC_MAX_HOLIDAYS_PER_YEAR];
	int			n,
				y,
				bad = 0;

	for (y = 1900; y <= 2200; y++)
	{
		vc_day		d;
		int			i = 0;

		n = vc_public_holidays(y, list);
		for (d = D(y, 1, 1); d <= D(y, 12, 31); d++)
		{
			bool		listed = i < n && list[i].day == d;

			if (listed)
				i++;
			if (listed != vc_is_public_holiday(d))
				bad++;
		}
	}
	CHECK(bad == 0, "%d days where is_public_holiday disagrees with the list", bad);
}

/* The public holidays of some years, their labels, and 1 and 17 May before 1947. */
void
test_holidays(void)
{
	vc_holiday	list[VC_MAX_HOLIDAYS_PER_YEAR];
	char		label[256];
	int			n;

	n = vc_public_holidays(2024, list);
	CHECK(n == 12, "2024 has 12 holiday days, got %d", n);
	CHECK_DAY(list[0].day, D(2024, 1, 1), "first holiday of 2024");
	CHECK_DAY(list[1].day, D(2024, 3, 28), "Skjærtorsdag 2024");
	CHECK_DAY(list[7].day, D(2024, 5, 17), "Grunnlovsdag 2024");
	CHECK_DAY(list[6].day, D(2024, 5, 9), "Kristi himmelfartsdag 2024");

	n = vc_public_holidays(2027, list);
	CHECK(n == 11, "2027 has 11 holiday days (17 May is Whit Monday), got %d", n);
	vc_holiday_label(list[8].ids, label, sizeof(label));
	CHECK(list[8].day == D(2027, 5, 17) &&
		  strcmp(label, "Grunnlovsdag (17. mai) og Andre pinsedag") == 0,
		  "2027-05-17 label: %s", label);
	n = vc_public_holidays(2008, list);
	CHECK(n == 11, "2008 has 11 holiday days (1 May is Ascension), got %d", n);
	n = vc_public_holidays(1946, list);
	CHECK(n == 10, "1946 has no 1 and 17 May holidays, got %d", n);
	CHECK(!vc_is_public_holiday(D(1946, 5, 17)), "17 May 1946 was not a public holiday");
	CHECK(vc_is_public_holiday(D(1947, 5, 17)), "17 May 1947 was a public holiday");
	CHECK(vc_is_public_holiday(D(2024, 3, 29)), "Langfredag 2024");
	CHECK(!vc_is_public_holiday(D(2024, 12, 24)), "Julaften is not a public holiday");
	test_holiday_fast_path();
}
