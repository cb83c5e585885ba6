/*
 * civil.c
 *	  Civil (proleptic Gregorian) dates, ISO 8601 weeks and school years
 *	  as day numbers in PostgreSQL's numbering (day 0 = 2000-01-01).
 */
#include "vc_internal.h"

/* Days from 0000-03-01 to 2000-01-01 in the era arithmetic below. */
#define DAYS_0000_03_01_TO_2000_01_01 730425

/* Day number of year-month-day; the arguments must name a real day. */
vc_day
vc_day_from_ymd(int year, int month, int day)
{
	/* Count from 1 March so that the leap day ends the counting year. */
	int64_t		y = (int64_t) year - (month <= 2 ? 1 : 0);
	int64_t		era = vc_floor_div(y, 400);
	int64_t		year_of_era = y - era * 400;
	int64_t		shifted_month = month > 2 ? month - 3 : month + 9;
	int64_t		day_of_year = (153 * shifted_month + 2) / 5 + day - 1;
	int64_t		day_of_era = year_of_era * 365 + year_of_era / 4
		- year_of_era / 100 + day_of_year;

	return (vc_day) (era * 146097 + day_of_era - DAYS_0000_03_01_TO_2000_01_01);
}

/* Year, month and day of a day number. */
void
vc_ymd_from_day(vc_day d, int *year, int *month, int *day)
{
	int64_t		z = (int64_t) d + DAYS_0000_03_01_TO_2000_01_01;
	int64_t		era = vc_floor_div(z, 146097);
	int64_t		day_of_era = z - era * 146097;
	int64_t		year_of_era = (day_of_era - day_of_era / 1460
							   + day_of_era / 36524 - day_of_era / 146096) / 365;
	int64_t		day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4
											- year_of_era / 100);
	int64_t		shifted_month = (5 * day_of_year + 2) / 153;
	int			m = (int) (shifted_month < 10 ? shifted_month + 3 : shifted_month - 9);

	*day = (int) (day_of_year - (153 * shifted_month + 2) / 5 + 1);
	*month = m;
	*year = (int) (year_of_era + era * 400 + (m <= 2 ? 1 : 0));
}

/* The first day of the supported range, 1583-01-01. */
vc_day
vc_min_day(void)
{
	return VC_MIN_DAY;
}

/* The last day of the supported range, 9999-12-31. */
vc_day
vc_max_day(void)
{
	return VC_MAX_DAY;
}

/* The calendar year of a day number. */
int
vc_year_of(vc_day d)
{
	int			y,
				m,
				dd;

	vc_ymd_from_day(d, &y, &m, &dd);
	return y;
}

/* The month (1-12) of a day number. */
int
vc_month_of(vc_day d)
{
	int			y,
				m,
				dd;

	vc_ymd_from_day(d, &y, &m, &dd);
	return m;
}

/* Gregorian leap year: divisible by 4, not by 100 unless by 400. */
bool
vc_is_leap_year(int year)
{
	return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

/* Days in month 1-12 of year. */
int
vc_days_in_month(int year, int month)
{
	static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (month == 2 && vc_is_leap_year(year))
		return 29;
	return days[month - 1];
}

/* ISO day of week: 1 = Monday .. 7 = Sunday (2000-01-01 was a Saturday). */
int
vc_isodow(vc_day d)
{
	return (int) vc_floor_mod((int64_t) d + 5, 7) + 1;
}

/* ---------------------------------------------------------------------
 * ISO 8601 weeks
 * ---------------------------------------------------------------------
 */

/* Monday of ISO week 1 of isoyear: the week that holds 4 January. */
static vc_day
isoyear_first_monday(int isoyear)
{
	vc_day		jan4 = vc_day_from_ymd(isoyear, 1, 4);

	return jan4 - (vc_isodow(jan4) - 1);
}

/* ISO year and week of a day: the week belongs to the year of its Thursday. */
void
vc_isoweek_of(vc_day d, int *isoyear, int *week)
{
	vc_day		thursday = d - (vc_isodow(d) - 1) + 3;
	int			y,
				m,
				dd;

	vc_ymd_from_day(thursday, &y, &m, &dd);
	*isoyear = y;
	*week = (thursday - vc_day_from_ymd(y, 1, 1)) / 7 + 1;
}

/* 52 or 53: the week of 28 December is always the last one. */
int
vc_isoweeks_in_year(int isoyear)
{
	int			y,
				w;

	vc_isoweek_of(vc_day_from_ymd(isoyear, 12, 28), &y, &w);
	return w;
}

/* The Monday of ISO week week of isoyear, unchecked (see vc_isoweek_make). */
vc_day
vc_isoweek_monday(int isoyear, int week)
{
	return isoyear_first_monday(isoyear) + (week - 1) * 7;
}

/*
 * The week starting on monday as a value: VC_OK if all its seven days lie
 * in the supported range (1583-W01 .. 9999-W51), else VC_ERR_RANGE.
 */
static vc_status
week_value(int64_t monday, vc_day *result)
{
	if (!vc_day_in_range(monday) || !vc_day_in_range(monday + 6))
		return VC_ERR_RANGE;
	*result = (vc_day) monday;
	return VC_OK;
}

/*
 * The Monday of ISO week (isoyear, week), checked: VC_ERR_RANGE if the year
 * is outside the core's range, VC_ERR_VALUE if the year has no such week.
 */
vc_status
vc_isoweek_make(int64_t isoyear, int64_t week, vc_day *monday)
{
	if (!vc_year_in_range(isoyear))
		return VC_ERR_RANGE;
	if (week < 1 || week > vc_isoweeks_in_year((int) isoyear))
		return VC_ERR_VALUE;
	return week_value(vc_isoweek_monday((int) isoyear, (int) week), monday);
}

/* The Monday of the week that holds d; VC_ERR_RANGE if the week leaves the range. */
vc_status
vc_isoweek_of_day(vc_day d, vc_day *monday)
{
	return week_value((int64_t) d - (vc_isodow(d) - 1), monday);
}

/* The week n weeks after (n < 0: before) the week starting monday, checked. */
vc_status
vc_isoweek_add(vc_day monday, int64_t weeks, vc_day *result)
{
	return week_value((int64_t) monday + 7 * weeks, result);
}

/* The last day of the week starting monday: its Sunday. */
vc_day
vc_isoweek_sunday(vc_day monday)
{
	return monday + 6;
}

/* Is day d (any date number, infinities included) in the week starting monday? */
bool
vc_isoweek_contains(vc_day monday, int64_t d)
{
	return d >= monday && d <= (int64_t) vc_isoweek_sunday(monday);
}

/*
 * The frame test of a window ordered by week (RANGE n PRECEDING/FOLLOWING):
 * is the week starting val on the near side of the week weeks weeks
 * before (sub) or after base?  less: val must come at or before that
 * bound, else at or after it.  The bound is not range-checked: one beyond
 * the supported weeks still compares, as an integer frame's bound does.
 */
bool
vc_isoweek_in_frame(vc_day val, vc_day base, int64_t weeks, bool sub, bool less)
{
	int64_t		bound = (int64_t) base + (sub ? -7 : 7) * weeks;

	return less ? val <= bound : val >= bound;
}

/* ---------------------------------------------------------------------
 * School years
 * ---------------------------------------------------------------------
 */

/* The school year (by start year) that holds d: it starts on 1 August. */
int
vc_schoolyear_of(vc_day d)
{
	int			y,
				m,
				dd;

	vc_ymd_from_day(d, &y, &m, &dd);
	return m >= 8 ? y : y - 1;
}

/* The first day of school year sy: 1 August sy. */
vc_day
vc_schoolyear_first_day(int sy)
{
	return vc_day_from_ymd(sy, 8, 1);
}

/* The last day of school year sy: 31 July sy + 1. */
vc_day
vc_schoolyear_last_day(int sy)
{
	return vc_day_from_ymd(sy + 1, 7, 31);
}

/* Is school year sy (by start year) inside the supported range, 1583-1584 .. 9998-9999? */
bool
vc_schoolyear_in_range(int64_t sy)
{
	return sy >= VC_MIN_SCHOOLYEAR && sy <= VC_MAX_SCHOOLYEAR;
}

/* Is day d (any date number, infinities included) in school year sy? */
bool
vc_schoolyear_contains(int sy, int64_t d)
{
	return d >= vc_schoolyear_first_day(sy) && d <= vc_schoolyear_last_day(sy);
}
