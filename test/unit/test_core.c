/*
 * test_core.c
 *	  Unit tests of the pure calendar core (src/core), no server needed.
 *	  Prints one line per failed check and a closing "N passed, N failed".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vc_calendar.h"

static int passed = 0;
static int failed = 0;

#define CHECK(cond, ...) \
	do { \
		if (cond) \
			passed++; \
		else \
		{ \
			failed++; \
			printf("not ok %d - %s:%d: ", passed + failed, __FILE__, __LINE__); \
			printf(__VA_ARGS__); \
			printf("\n"); \
		} \
	} while (0)

static vc_day
D(int y, int m, int d)
{
	return vc_day_from_ymd(y, m, d);
}

static const char *
fmt_day(vc_day d, char *buf)
{
	int			y,
				m,
				dd;

	vc_ymd_from_day(d, &y, &m, &dd);
	sprintf(buf, "%04d-%02d-%02d", y, m, dd);
	return buf;
}

#define CHECK_DAY(got, want, what) \
	do { \
		char b1[16], b2[16]; \
		vc_day g_ = (got), w_ = (want); \
		CHECK(g_ == w_, "%s: got %s, want %s", what, fmt_day(g_, b1), fmt_day(w_, b2)); \
	} while (0)

/* ---- civil dates ---- */
static void
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

/* ---- ISO weeks ---- */
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

static void
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

/* ---- Easter and holidays ---- */
static void
test_holidays(void)
{
	vc_holiday	list[VC_MAX_HOLIDAYS_PER_YEAR];
	char		label[256];
	int			n,
				y,
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

	/* the fast path agrees with the full list on every day of 1900..2200 */
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

/* ---- working days ---- */

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

static void
test_busday(void)
{
	vc_day		r;
	int			i,
				bad = 0,
				count_bad = 0;
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

	/* against the day-by-day reference: random days 1950..2150 (and 1850..2250, across
	 * the edges of the 1900-2199 tables), n in [-400, 400] */
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
			int64_t		naive = 0;
			vc_day		x;

			for (x = d < b ? d : b; x < (d < b ? b : d); x++)
				naive += vc_is_business_day(x);
			if (b < d)
				naive = -naive;
			if (vc_busday_count(d, b) != naive)
				count_bad++;
		}
	}
	CHECK(bad == 0, "%d offsets differ from the day-by-day reference", bad);
	CHECK(count_bad == 0, "%d counts differ from the day-by-day reference", count_bad);
}

/* ---- text input ---- */
static void
check_sy(const char *text, vc_status want, int want_sy)
{
	vc_error	err;
	int			sy = -1;
	vc_status	rc = vc_schoolyear_parse(text, &sy, &err);

	CHECK(rc == want && (rc != VC_OK || sy == want_sy),
		  "schoolyear \"%s\": got status %d (%d), want %d (%d)%s%s",
		  text, rc, sy, want, want_sy, rc ? ": " : "", rc ? err.detail : "");
}

static void
check_week(const char *text, vc_status want, int want_year, int want_week)
{
	vc_error	err;
	vc_day		monday = 0;
	vc_status	rc = vc_isoweek_parse(text, &monday, &err);
	int			y = 0,
				w = 0;

	if (rc == VC_OK)
		vc_isoweek_of(monday, &y, &w);
	CHECK(rc == want && (rc != VC_OK || (y == want_year && w == want_week &&
										 vc_isodow(monday) == 1)),
		  "isoweek \"%s\": got status %d (%d-W%02d), want %d", text, rc, y, w, want);
}

static void
test_parse(void)
{
	char		buf[32];
	vc_error	err;
	int			sy;

	check_sy("2023-2024", VC_OK, 2023);
	check_sy("2023/2024", VC_OK, 2023);
	check_sy("2023/24", VC_OK, 2023);
	check_sy(" 2023-24 ", VC_OK, 2023);
	check_sy("2099-00", VC_OK, 2099);
	check_sy("9998-9999", VC_OK, 9998);
	check_sy("2023-2025", VC_ERR_SYNTAX, 0);
	check_sy("2023-25", VC_ERR_SYNTAX, 0);
	check_sy("2023", VC_ERR_SYNTAX, 0);
	check_sy("", VC_ERR_SYNTAX, 0);
	check_sy("0-1", VC_ERR_SYNTAX, 0);
	check_sy("2023-2024x", VC_ERR_SYNTAX, 0);
	check_sy("1582-1583", VC_ERR_RANGE, 0);
	check_sy("9999-10000", VC_ERR_SYNTAX, 0);
	check_sy("99999999999999999999-1", VC_ERR_SYNTAX, 0);
	vc_schoolyear_parse("2023-2024 x", &sy, &err);
	CHECK(err.position == 11, "trailing junk position: %d", err.position);

	check_week("2023-W40", VC_OK, 2023, 40);
	check_week("2023w40", VC_OK, 2023, 40);
	check_week("uke 40 2023", VC_OK, 2023, 40);
	check_week("Week 1 2021", VC_OK, 2021, 1);
	check_week("UKE  53   2026", VC_OK, 2026, 53);
	check_week("2020-W53", VC_OK, 2020, 53);
	check_week("2023-W53", VC_ERR_VALUE, 0, 0);
	check_week("2023-W54", VC_ERR_VALUE, 0, 0);
	check_week("2023-W00", VC_ERR_VALUE, 0, 0);
	check_week("2023-W40-1", VC_ERR_SYNTAX, 0, 0);
	check_week("2023-W400", VC_ERR_SYNTAX, 0, 0);
	check_week("uke 40", VC_ERR_SYNTAX, 0, 0);
	check_week("uke402023", VC_ERR_SYNTAX, 0, 0);
	check_week("", VC_ERR_SYNTAX, 0, 0);
	check_week("1582-W52", VC_ERR_RANGE, 0, 0);

	vc_schoolyear_format(2023, buf, sizeof(buf));
	CHECK(strcmp(buf, "2023-2024") == 0, "format schoolyear: %s", buf);
	vc_isoweek_format(D(2021, 1, 4), buf, sizeof(buf));
	CHECK(strcmp(buf, "2021-W01") == 0, "format isoweek: %s", buf);
}

/* ---- rules ---- */
static void
check_rule(const char *text, const char *canonical, int sy, vc_day first, vc_day last)
{
	vc_rule		rule,
				again;
	vc_error	err;
	char		buf[VC_RULE_MAX_TEXT];
	uint8_t		bin[VC_RULE_MAX_BINARY];
	size_t		len;
	vc_day		a = 0,
				b = 0;

	if (vc_rule_parse(text, &rule, &err) != VC_OK)
	{
		CHECK(false, "rule \"%s\" does not parse: %s", text, err.detail);
		return;
	}
	vc_rule_format(&rule, buf, sizeof(buf));
	CHECK(strcmp(buf, canonical) == 0, "rule \"%s\" prints as \"%s\", want \"%s\"",
		  text, buf, canonical);
	CHECK(vc_rule_parse(buf, &again, &err) == VC_OK && memcmp(&again, &rule, sizeof(rule)) == 0,
		  "rule \"%s\" does not read back from its text", text);
	len = vc_rule_serialize(&rule, bin);
	CHECK(vc_rule_deserialize(bin, len, &again) == VC_OK && memcmp(&again, &rule, sizeof(rule)) == 0,
		  "rule \"%s\" does not read back from its binary form", text);
	if (first == 0)
		return;
	CHECK(vc_rule_resolve(&rule, sy, NULL, &a, &b, &err) == VC_OK && a == first && b == last,
		  "rule \"%s\" in %d: got %d..%d, want %d..%d", text, sy, a, b, first, last);
}

static void
check_bad_rule(const char *text, int position)
{
	vc_rule		rule;
	vc_error	err;

	CHECK(vc_rule_parse(text, &rule, &err) == VC_ERR_SYNTAX && err.position == position,
		  "bad rule \"%s\": want an error at %d, got status %d at %d", text, position,
		  err.status, err.position);
}

static void
check_rule_value_error(const char *text, int sy)
{
	vc_rule		rule;
	vc_error	err;
	vc_day		a,
				b;

	CHECK(vc_rule_parse(text, &rule, &err) == VC_OK &&
		  vc_rule_resolve(&rule, sy, NULL, &a, &b, &err) == VC_ERR_VALUE,
		  "rule \"%s\" should have no date in %d", text, sy);
}

static void
test_rules(void)
{
	vc_rule		rule;
	vc_error	err;
	vc_day		a,
				b,
				anchor = D(2023, 11, 3);
	uint8_t		bin[VC_RULE_MAX_BINARY];
	size_t		len;
	int			i,
				bad = 0;

	check_rule("15.07", "15.07", 2022, D(2023, 7, 15), D(2023, 7, 15));
	check_rule("15.7", "15.07", 2023, D(2024, 7, 15), D(2024, 7, 15));
	check_rule("15.jul", "15.07", 2023, D(2024, 7, 15), D(2024, 7, 15));
	check_rule("15. juli", "15.07", 2023, D(2024, 7, 15), D(2024, 7, 15));
	check_rule("Jul 15", "15.07", 2023, D(2024, 7, 15), D(2024, 7, 15));
	check_rule("15 July", "15.07", 2023, D(2024, 7, 15), D(2024, 7, 15));
	check_rule("01.08", "01.08", 2023, D(2023, 8, 1), D(2023, 8, 1));
	check_rule("31.07", "31.07", 2023, D(2024, 7, 31), D(2024, 7, 31));
	check_rule("uke 40", "uke 40", 2023, D(2023, 10, 2), D(2023, 10, 6));
	check_rule("uke 41 ons-fre", "uke 41 ons-fre", 2023, D(2023, 10, 11), D(2023, 10, 13));
	check_rule("Uke 8", "uke 8", 2023, D(2024, 2, 19), D(2024, 2, 23));
	check_rule("uke 31/32", "uke 31/32", 2024, D(2024, 7, 29), D(2024, 8, 9));
	check_rule("uke 31-32", "uke 31/32", 2024, D(2024, 7, 29), D(2024, 8, 9));
	check_rule("uke 52/1", "uke 52/1", 2026, D(2026, 12, 21), D(2027, 1, 8));
	check_rule("uke 9 man", "uke 9 man", 2023, D(2024, 2, 26), D(2024, 2, 26));
	check_rule("week 41 wed-fri", "uke 41 ons-fre", 2023, D(2023, 10, 11), D(2023, 10, 13));
	check_rule("uke 53", "uke 53", 2026, D(2026, 12, 28), D(2027, 1, 1));
	check_rule("1. tirsdag i juli", "1. tirsdag i juli", 2023, D(2024, 7, 2), D(2024, 7, 2));
	check_rule("2. mandag i september", "2. mandag i september", 2023, D(2023, 9, 11), D(2023, 9, 11));
	check_rule("siste fredag i juni", "siste fredag i juni", 2023, D(2024, 6, 28), D(2024, 6, 28));
	check_rule("first tuesday of july", "1. tirsdag i juli", 2023, D(2024, 7, 2), D(2024, 7, 2));
	check_rule("last friday of june", "siste fredag i juni", 2024, D(2025, 6, 27), D(2025, 6, 27));
	check_rule("5. fredag i mars", "5. fredag i mars", 2023, D(2024, 3, 29), D(2024, 3, 29));
	check_rule("15.07 + 1 virkedag", "15.07 + 1 virkedag", 2022, D(2023, 7, 18), D(2023, 7, 18));
	check_rule("15.07 - 1 dag", "15.07 - 1 dag", 2022, D(2023, 7, 14), D(2023, 7, 14));
	/* Saturday 15 July 2023 + 2 days is Monday 17 July; 3 working days back is 12 July */
	check_rule("15.07 + 2 dager - 3 virkedager", "15.07 + 2 dager - 3 virkedager", 2022,
			   D(2023, 7, 12), D(2023, 7, 12));
	check_rule("15.07 +1 day +2 business days -1 week", "15.07 + 1 dag + 2 virkedager - 1 uke",
			   2023, D(2024, 7, 11), D(2024, 7, 11));
	check_rule("15.07, neste virkedag", "15.07, neste virkedag", 2022, D(2023, 7, 17), D(2023, 7, 17));
	check_rule("15.07 forrige virkedag", "15.07, forrige virkedag", 2022, D(2023, 7, 14), D(2023, 7, 14));
	check_rule("15.07 next business day", "15.07, neste virkedag", 2022, D(2023, 7, 17), D(2023, 7, 17));
	check_rule("19.06 til 21.06", "19.06 til 21.06", 2023, D(2024, 6, 19), D(2024, 6, 21));
	check_rule("15.12 til 15.01", "15.12 til 15.01", 2023, D(2023, 12, 15), D(2024, 1, 15));
	check_rule("i løpet av august", "i løpet av august", 2023, D(2023, 8, 1), D(2023, 8, 31));
	check_rule("I LØPET AV Februar", "i løpet av februar", 2023, D(2024, 2, 1), D(2024, 2, 29));
	check_rule("during february", "i løpet av februar", 2022, D(2023, 2, 1), D(2023, 2, 28));
	check_rule("ssb_resultat_vgs_1 + 1 virkedag", "ssb_resultat_vgs_1 + 1 virkedag", 0, 0, 0);
	check_rule("SSB_Resultat", "ssb_resultat", 0, 0, 0);
	check_rule("uke 40 - 1 dag", "uke 40 - 1 dag", 2023, D(2023, 10, 1), D(2023, 10, 5));
	check_rule("29.02", "29.02", 2023, D(2024, 2, 29), D(2024, 2, 29));

	check_rule_value_error("29.02", 2022);
	check_rule_value_error("uke 53", 2023);
	check_rule_value_error("5. fredag i februar", 2023);

	check_bad_rule("", 1);
	check_bad_rule("15.13", 4);
	check_bad_rule("30.02", 1);
	check_bad_rule("32.01", 1);
	check_bad_rule("uke 54", 5);
	check_bad_rule("uke 32/31", 8);
	check_bad_rule("15.07 +", 8);
	check_bad_rule("15.07 + 1", 10);
	check_bad_rule("15.07 + 1 år", 11);
	check_bad_rule("15.07 foo", 7);
	check_bad_rule("6. mandag i mai", 1);
	check_bad_rule("jul", 4);
	check_bad_rule("uke", 4);
	check_bad_rule("19.06 til 18.06", 11);
	check_bad_rule("15.07, neste", 13);
	check_bad_rule("ære", 1);

	/* references need their event's date */
	CHECK(vc_rule_parse("priv + 2 virkedager", &rule, &err) == VC_OK &&
		  vc_rule_resolve(&rule, 2023, NULL, &a, &b, &err) == VC_ERR_NEEDS_ANCHOR,
		  "a reference without its date");
	CHECK(vc_rule_resolve(&rule, 2023, &anchor, &a, &b, &err) == VC_OK && a == D(2023, 11, 7),
		  "priv + 2 virkedager from Friday 3 November 2023");

	/* binary form: bad version, truncated, and corrupted bytes are refused */
	vc_rule_parse("uke 41 ons-fre + 1 dag", &rule, &err);
	len = vc_rule_serialize(&rule, bin);
	bin[0] = 2;
	CHECK(vc_rule_deserialize(bin, len, &rule) == VC_ERR_VERSION, "binary version 2 is refused");
	bin[0] = VC_RULE_FORMAT_VERSION;
	CHECK(vc_rule_deserialize(bin, len - 1, &rule) == VC_ERR_SYNTAX, "truncated binary is refused");
	for (i = 1; i < (int) len; i++)
	{
		uint8_t		save = bin[i];
		int			v;

		for (v = 0; v < 256; v++)
		{
			vc_rule		r2;
			char		t1[VC_RULE_MAX_TEXT];

			bin[i] = (uint8_t) v;
			/* whatever is accepted prints and reads back to the same rule */
			if (vc_rule_deserialize(bin, len, &r2) == VC_OK)
			{
				vc_rule		r3;

				vc_rule_format(&r2, t1, sizeof(t1));
				if (vc_rule_parse(t1, &r3, &err) != VC_OK || memcmp(&r2, &r3, sizeof(r2)) != 0)
					bad++;
			}
		}
		bin[i] = save;
	}
	CHECK(bad == 0, "%d corrupted binary forms accepted that do not round-trip", bad);
}

/* ---- templates ---- */
static vc_status
test_lookup(const char *key, size_t len, void *ctx, vc_day *day)
{
	(void) ctx;
	if (len == 4 && strncmp(key, "self", 4) == 0)
	{
		*day = D(2023, 11, 3);
		return VC_OK;
	}
	if (len == 15 && strncmp(key, "county_deadline", 15) == 0)
		return VC_ERR_VALUE;
	return VC_ERR_UNKNOWN_KEY;
}

static void
check_template(const char *tmpl, vc_status want, const char *want_text)
{
	char		out[512];
	vc_error	err;
	vc_status	rc = vc_template_render(tmpl, 2023, test_lookup, NULL, out, sizeof(out), &err);

	CHECK(rc == want && (rc != VC_OK || strcmp(out, want_text) == 0),
		  "template \"%s\": status %d, \"%s\"; want %d, \"%s\"", tmpl, rc,
		  rc == VC_OK ? out : err.detail, want, want_text);
	if (rc != VC_OK && want_text != NULL)
		CHECK(strcmp(err.detail, want_text) == 0, "template \"%s\": detail \"%s\", want \"%s\"",
			  tmpl, err.detail, want_text);
}

static void
test_templates(void)
{
	char		small[8];
	vc_error	err;

	check_template("skoleåret {sy}, {sy-1} og {sy+1}", VC_OK,
				   "skoleåret 2023-2024, 2022-2023 og 2024-2025");
	check_template("høsten {y}, våren {y+1}", VC_OK, "høsten 2023, våren 2024");
	check_template("Data i VIGO senest {date:self + 2 virkedager}", VC_OK,
				   "Data i VIGO senest 07. november");
	check_template("{date:self} {datey:self} {day:self}", VC_OK, "03. november 03. november 2023 03");
	check_template("Frist {date:county_deadline}", VC_OK, "Frist (ingen dato 2023-2024)");
	check_template("{{sy}} og {{", VC_OK, "{sy}} og {");
	check_template("ingen plassholdere } her", VC_OK, "ingen plassholdere } her");
	check_template("Se {date:ukjent}", VC_ERR_UNKNOWN_KEY, "ukjent");
	check_template("Se {dato:self}", VC_ERR_SYNTAX, "{dato:self}");
	check_template("Se {date:self + 2 epler}", VC_ERR_SYNTAX, "{date:self + 2 epler}");
	check_template("Se {y+1234}", VC_ERR_SYNTAX, "{y+1234}");
	check_template("Se {date:self", VC_ERR_SYNTAX, "{date:self");
	CHECK(vc_template_render("skoleåret {sy}", 2023, test_lookup, NULL, small, sizeof(small), &err)
		  == VC_ERR_RANGE, "a too small buffer is an error, not an overflow");
}

int
main(void)
{
	test_civil();
	test_isoweek();
	test_holidays();
	test_busday();
	test_parse();
	test_rules();
	test_templates();
	printf("unit: %d passed, %d failed\n", passed, failed);
	return failed == 0 ? 0 : 1;
}
