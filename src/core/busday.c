/*
 * busday.c
 *	  Working-day arithmetic: Monday to Friday minus the Norwegian public
 *	  holidays, with the semantics of numpy's busday_offset/busday_count.
 *
 * Every day gets an index: the number of working days before it.  With
 * W(x), the number of Mondays-to-Fridays before x (closed form), and
 * H(x), the number of public holidays on a weekday before x (a per-year
 * cumulative table plus at most a dozen days of the year itself), the
 * index is W(x) - H(x).  Moving n working days is then "find the working
 * day whose index is index + n": a binary search over years and a walk
 * over one year's holidays.  The cost does not depend on n.
 */
#include <ctype.h>
#include <string.h>

#include "vc_calendar.h"
#include "vc_internal.h"

/* A Monday: 2000-01-03. */
#define REFERENCE_MONDAY 2

#define NYEARS (VC_MAX_YEAR - VC_MIN_YEAR + 1)

/*
 * holidays_before_year[i]: weekday public holidays in the years
 * VC_MIN_YEAR .. VC_MIN_YEAR + i - 1.  Built on first use; it depends on
 * nothing but arithmetic, so every process builds the same table.
 */
static int32_t holidays_before_year[NYEARS + 1];
static bool holidays_table_ready = false;

/* Mondays-to-Fridays before x, counted from REFERENCE_MONDAY (may be < 0). */
static int64_t
weekdays_before(int64_t x)
{
	int64_t		k = x - REFERENCE_MONDAY;

	return 5 * vc_floor_div(k, 7) + (vc_floor_mod(k, 7) < 5 ? vc_floor_mod(k, 7) : 5);
}

/* The Monday-to-Friday day x with weekdays_before(x) == t. */
static int64_t
weekday_with_index(int64_t t)
{
	return REFERENCE_MONDAY + 7 * vc_floor_div(t, 5) + vc_floor_mod(t, 5);
}

static bool
is_weekday(vc_day d)
{
	return vc_isodow(d) <= 5;
}

/* The public holidays of year that fall Monday to Friday, in date order. */
static int
weekday_holidays(int year, vc_day *out)
{
	vc_holiday	list[VC_MAX_HOLIDAYS_PER_YEAR];
	int			n = vc_public_holidays(year, list);
	int			count = 0;
	int			i;

	for (i = 0; i < n; i++)
		if (is_weekday(list[i].day))
			out[count++] = list[i].day;
	return count;
}

static void
build_holidays_table(void)
{
	vc_day		days[VC_MAX_HOLIDAYS_PER_YEAR];
	int32_t		total = 0;
	int			i;

	for (i = 0; i < NYEARS; i++)
	{
		holidays_before_year[i] = total;
		total += weekday_holidays(VC_MIN_YEAR + i, days);
	}
	holidays_before_year[NYEARS] = total;
	holidays_table_ready = true;
}

static int32_t
holidays_before(int year)
{
	if (!holidays_table_ready)
		build_holidays_table();
	return holidays_before_year[year - VC_MIN_YEAR];
}

/* Working days before d (d in range): the index of d. */
static int64_t
busday_index(vc_day d)
{
	vc_day		days[VC_MAX_HOLIDAYS_PER_YEAR];
	int			y,
				m,
				dd,
				n,
				i;
	int64_t		h;

	vc_ymd_from_day(d, &y, &m, &dd);
	h = holidays_before(y);
	n = weekday_holidays(y, days);
	for (i = 0; i < n && days[i] < d; i++)
		h++;
	return weekdays_before(d) - h;
}

/* Working days before 1 January of year (VC_MIN_YEAR .. VC_MAX_YEAR + 1). */
static int64_t
busdays_before_year(int year)
{
	return weekdays_before(vc_day_from_ymd(year, 1, 1)) - holidays_before(year);
}

/* The working day with index t, or VC_ERR_RANGE if it is out of range. */
static int
busday_with_index(int64_t t, vc_day *result)
{
	vc_day		days[VC_MAX_HOLIDAYS_PER_YEAR];
	int			lo = VC_MIN_YEAR,
				hi = VC_MAX_YEAR,
				n,
				i;
	int64_t		x;

	if (t < busdays_before_year(VC_MIN_YEAR) ||
		t >= busdays_before_year(VC_MAX_YEAR + 1))
		return VC_ERR_RANGE;

	/* the last year lo with busdays_before_year(lo) <= t */
	while (lo < hi)
	{
		int			mid = lo + (hi - lo + 1) / 2;

		if (busdays_before_year(mid) <= t)
			lo = mid;
		else
			hi = mid - 1;
	}

	/* the weekday of that index, pushed past each holiday on or before it */
	x = weekday_with_index(t + holidays_before(lo));
	n = weekday_holidays(lo, days);
	for (i = 0; i < n; i++)
		if (days[i] <= x)
			x = weekday_with_index(weekdays_before(x) + 1);

	*result = (vc_day) x;
	return VC_OK;
}

/* Is d a working day?  d must be in range. */
bool
vc_is_business_day(vc_day d)
{
	return is_weekday(d) && !vc_is_public_holiday(d);
}

/*
 * Parse a numpy roll mode name of len bytes (ASCII, any case); false if it
 * is not one.
 */
bool
vc_roll_parse(const char *text, size_t len, vc_roll *roll)
{
	static const struct
	{
		const char *name;
		vc_roll		roll;
	}			modes[] = {
		{"raise", VC_ROLL_RAISE},
		{"nat", VC_ROLL_NAT},
		{"forward", VC_ROLL_FORWARD},
		{"following", VC_ROLL_FORWARD},
		{"backward", VC_ROLL_BACKWARD},
		{"preceding", VC_ROLL_BACKWARD},
		{"modifiedfollowing", VC_ROLL_MODIFIED_FOLLOWING},
		{"modifiedpreceding", VC_ROLL_MODIFIED_PRECEDING},
	};
	size_t		i,
				j;

	for (i = 0; i < sizeof(modes) / sizeof(modes[0]); i++)
	{
		if (strlen(modes[i].name) != len)
			continue;
		for (j = 0; j < len; j++)
			if (tolower((unsigned char) text[j]) != modes[i].name[j])
				break;
		if (j == len)
		{
			*roll = modes[i].roll;
			return true;
		}
	}
	return false;
}

static int
month_of(vc_day d)
{
	int			y,
				m,
				dd;

	vc_ymd_from_day(d, &y, &m, &dd);
	return m;
}

/* Move a day off to a working day as roll says (d is not a working day). */
static int
roll_to_busday(vc_day d, vc_roll roll, vc_day *result)
{
	vc_day		forward,
				backward;
	int			rc_forward,
				rc_backward;

	if (roll == VC_ROLL_RAISE)
		return VC_BUSDAY_NOT_BUSDAY;
	if (roll == VC_ROLL_NAT)
		return VC_BUSDAY_NAT;

	rc_forward = busday_with_index(busday_index(d), &forward);
	rc_backward = busday_with_index(busday_index(d) - 1, &backward);

	switch (roll)
	{
		case VC_ROLL_FORWARD:
			*result = forward;
			return rc_forward;
		case VC_ROLL_BACKWARD:
			*result = backward;
			return rc_backward;
		case VC_ROLL_MODIFIED_FOLLOWING:
			if (rc_forward == VC_OK && month_of(forward) == month_of(d))
			{
				*result = forward;
				return VC_OK;
			}
			*result = backward;
			return rc_backward;
		case VC_ROLL_MODIFIED_PRECEDING:
			if (rc_backward == VC_OK && month_of(backward) == month_of(d))
			{
				*result = backward;
				return VC_OK;
			}
			*result = forward;
			return rc_forward;
		default:
			return VC_ERR_RANGE;	/* not reached */
	}
}

/*
 * numpy.busday_offset(d, n, roll): roll d to a working day if it is not
 * one, then move n working days.  Returns VC_OK, VC_ERR_RANGE (d or the
 * result outside the supported range), VC_BUSDAY_NOT_BUSDAY (roll
 * 'raise') or VC_BUSDAY_NAT (roll 'nat').
 */
int
vc_busday_offset(vc_day d, int64_t n, vc_roll roll, vc_day *result)
{
	vc_day		start = d;

	if (!vc_day_in_range(d))
		return VC_ERR_RANGE;
	if (!vc_is_business_day(d))
	{
		int			rc = roll_to_busday(d, roll, &start);

		if (rc != VC_OK)
			return rc;
	}
	if (n == 0)
	{
		*result = start;
		return VC_OK;
	}
	return busday_with_index(busday_index(start) + n, result);
}

/*
 * numpy.busday_count(a, b): working days in [a, b), negative when b < a.
 * Both days must be in range.
 */
int64_t
vc_busday_count(vc_day a, vc_day b)
{
	return busday_index(b) - busday_index(a);
}
