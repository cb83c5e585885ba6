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
 * day whose index is index + n": a guess of the year corrected by a step
 * or two, and a walk over that year's holidays.  The cost does not depend
 * on n.
 *
 * For the years most queries touch (1900-2199) two further tables map a
 * day to its index and an index to its day, so that the common case is a
 * few array reads.  Both paths give the same answers (the unit tests
 * compare them on every day of the window).
 */
#include <string.h>

#include "vc_internal.h"

/*
 * A Monday before the range: 1582-12-27.  Counting from it keeps every
 * quantity below non-negative, so plain unsigned division (by constants)
 * does the work.
 */
#define REFERENCE_MONDAY (VC_MIN_DAY - 5)

#define NYEARS (VC_MAX_YEAR - VC_MIN_YEAR + 1)


/*
 * What working-day arithmetic needs to know of one year.  The table is
 * built on first use from nothing but arithmetic, so every process builds
 * the same one (about 300 kB, in about a millisecond); entry NYEARS is a
 * sentinel for 1 January of the year after the range.
 */
typedef struct year_info
{
	int32_t		jan1;			/* day number of 1 January */
	int32_t		busdays_before; /* working days before 1 January */
	int32_t		holidays_before;	/* weekday holidays before 1 January */
	uint8_t		count;			/* weekday holidays in the year */
	uint16_t	doy[VC_MAX_HOLIDAYS_PER_YEAR];	/* their days of year, ascending */
} year_info;

static year_info years[NYEARS + 1];
static bool years_ready = false;

/* Years per working day, as a 32.32 fixed-point factor, to guess a year. */
static uint64_t years_per_busday;

/* Mondays-to-Fridays in [REFERENCE_MONDAY, x), for x in range (or just past it). */
static inline int32_t
weekdays_before(int32_t x)
{
	uint32_t	k = (uint32_t) (x - REFERENCE_MONDAY);
	uint32_t	rem = k % 7;

	return (int32_t) (5 * (k / 7) + (rem < 5 ? rem : 5));
}

/* The Monday-to-Friday day x with weekdays_before(x) == t (t >= 0). */
static inline int32_t
weekday_with_index(int32_t t)
{
	uint32_t	u = (uint32_t) t;

	return REFERENCE_MONDAY + (int32_t) (7 * (u / 5) + u % 5);
}

/* Monday to Friday?  For d in range. */
static inline bool
is_weekday(vc_day d)
{
	return (uint32_t) (d - REFERENCE_MONDAY) % 7 < 5;
}

static void
build_years(void)
{
	int32_t		holidays = 0;
	int			i;

	for (i = 0; i <= NYEARS; i++)
	{
		year_info  *yi = &years[i];
		vc_holiday	list[VC_MAX_HOLIDAYS_PER_YEAR];
		int			n,
					k;

		yi->jan1 = vc_day_from_ymd(VC_MIN_YEAR + i, 1, 1);
		yi->holidays_before = holidays;
		yi->busdays_before = weekdays_before(yi->jan1) - holidays;
		yi->count = 0;
		if (i == NYEARS)
			break;
		n = vc_public_holidays(VC_MIN_YEAR + i, list);
		for (k = 0; k < n; k++)
			if (is_weekday(list[k].day))
				yi->doy[yi->count++] = (uint16_t) (list[k].day - yi->jan1);
		holidays += yi->count;
	}
	years_per_busday = ((uint64_t) NYEARS << 32) /
		(uint64_t) (years[NYEARS].busdays_before - years[0].busdays_before);
	years_ready = true;
}

/* The table entry of the year that holds d (d in range). */
static inline const year_info *
year_of_day(vc_day d)
{
	int64_t		i;

	if (!years_ready)
		build_years();
	i = (int64_t) ((uint32_t) (d - years[0].jan1) * 400u / 146097u);
	if (i > NYEARS - 1)
		i = NYEARS - 1;
	while (i < NYEARS - 1 && years[i + 1].jan1 <= d)
		i++;
	while (i > 0 && years[i].jan1 > d)
		i--;
	return &years[i];
}

/* Working days before d (d in range): the index of d, from the year table. */
static int32_t
year_busday_index(vc_day d)
{
	const year_info *yi = year_of_day(d);
	int			doy = d - yi->jan1;
	int32_t		h = yi->holidays_before;
	int			i;

	for (i = 0; i < yi->count && yi->doy[i] < doy; i++)
		h++;
	return weekdays_before(d) - h;
}

/* The working day with index t (in range), from the year table. */
static vc_day
year_busday_with_index(int64_t t)
{
	const year_info *yi;
	int32_t		i,
				x;
	int			k;

	/* the year: a guess from the average year, then the exact one nearby */
	i = (int32_t) (((uint64_t) (t - years[0].busdays_before) * years_per_busday) >> 32);
	if (i > NYEARS - 1)
		i = NYEARS - 1;
	while (i < NYEARS - 1 && years[i + 1].busdays_before <= t)
		i++;
	while (i > 0 && years[i].busdays_before > t)
		i--;
	yi = &years[i];

	/* the weekday of that index, pushed past each holiday on or before it */
	t += yi->holidays_before;
	x = weekday_with_index((int32_t) t);
	for (k = 0; k < yi->count; k++)
		if (yi->jan1 + yi->doy[k] <= x)
			x = weekday_with_index((int32_t) ++t);
	return x;
}

/* Is d (in range) a working day?  From the year table. */
static bool
year_is_business_day(vc_day d)
{
	const year_info *yi;
	int			doy,
				i;

	if (!is_weekday(d))
		return false;
	yi = year_of_day(d);
	doy = d - yi->jan1;
	for (i = 0; i < yi->count && yi->doy[i] <= doy; i++)
		if (yi->doy[i] == doy)
			return false;
	return true;
}

/* ---------------------------------------------------------------------
 * The window of years with per-day tables
 * ---------------------------------------------------------------------
 */
#define WINDOW_FIRST_YEAR 1900
#define WINDOW_LAST_YEAR 2199
#define WINDOW_DAYS 109573		/* days in 1900-01-01 .. 2199-12-31 */
#define WINDOW_MAX_BUSDAYS WINDOW_DAYS

static vc_day window_first_day;
static int32_t window_first_index;	/* index of window_first_day */
static int32_t window_busdays;	/* working days in the window */
static int32_t window_index[WINDOW_DAYS + 1];	/* day -> index */
static vc_day window_day[WINDOW_MAX_BUSDAYS];	/* index -> day */
static bool window_ready = false;

static void
build_window(void)
{
	int32_t		index;
	int			i = 0;
	int			y;

	if (!years_ready)
		build_years();
	window_first_day = vc_day_from_ymd(WINDOW_FIRST_YEAR, 1, 1);
	index = window_first_index = year_busday_index(window_first_day);
	for (y = WINDOW_FIRST_YEAR; y <= WINDOW_LAST_YEAR; y++)
	{
		const year_info *yi = &years[y - VC_MIN_YEAR];
		int			ndays = yi[1].jan1 - yi->jan1;
		int			doy,
					k = 0;

		for (doy = 0; doy < ndays; doy++, i++)
		{
			vc_day		d = yi->jan1 + doy;
			bool		busday;

			/* the year's weekday holidays come in day order */
			if (k < yi->count && yi->doy[k] == doy)
			{
				k++;
				busday = false;
			}
			else
				busday = is_weekday(d);
			window_index[i] = index;
			if (busday)
				window_day[index++ - window_first_index] = d;
		}
	}
	window_index[WINDOW_DAYS] = index;
	window_busdays = index - window_first_index;
	window_ready = true;
}

/* Working days before d (d in range): the index of d. */
static inline int32_t
busday_index(vc_day d)
{
	uint32_t	i;

	if (!window_ready)
		build_window();
	i = (uint32_t) (d - window_first_day);
	if (i < WINDOW_DAYS)
		return window_index[i];
	return year_busday_index(d);
}

/* The working day with index t, or VC_ERR_RANGE if it is out of range. */
static inline int
busday_with_index(int64_t t, vc_day *result)
{
	if (!window_ready)
		build_window();
	if (t >= window_first_index && t < window_first_index + window_busdays)
		*result = window_day[t - window_first_index];
	else if (t < years[0].busdays_before || t >= years[NYEARS].busdays_before)
		return VC_ERR_RANGE;
	else
		*result = year_busday_with_index(t);
	return VC_OK;
}

/* Is d a working day?  d must be in range. */
bool
vc_is_business_day(vc_day d)
{
	uint32_t	i;

	if (!window_ready)
		build_window();
	i = (uint32_t) (d - window_first_day);
	if (i < WINDOW_DAYS)
		return window_index[i + 1] != window_index[i];
	return year_is_business_day(d);
}

/*
 * Self-check for the unit tests: do the window tables agree with the year
 * table on every day of the window?  Returns the number of disagreements.
 */
int
vc_busday_window_selfcheck(void)
{
	int			bad = 0;
	int			i;

	if (!window_ready)
		build_window();
	for (i = 0; i < WINDOW_DAYS; i++)
	{
		vc_day		d = window_first_day + i;

		if (window_index[i] != year_busday_index(d) ||
			(window_index[i + 1] != window_index[i]) != year_is_business_day(d))
			bad++;
		else if (year_is_business_day(d) &&
				 window_day[window_index[i] - window_first_index] !=
				 year_busday_with_index(window_index[i]))
			bad++;
	}
	return bad + (vc_day_from_ymd(WINDOW_LAST_YEAR + 1, 1, 1) - window_first_day != WINDOW_DAYS);
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

	if (len == 7 && memcmp(text, "forward", 7) == 0)
	{
		*roll = VC_ROLL_FORWARD;	/* the default, so checked first */
		return true;
	}
	for (i = 0; i < sizeof(modes) / sizeof(modes[0]); i++)
	{
		if (strlen(modes[i].name) != len)
			continue;
		for (j = 0; j < len; j++)
			if (vc_ascii_tolower((unsigned char) text[j]) != modes[i].name[j])
				break;
		if (j == len)
		{
			*roll = modes[i].roll;
			return true;
		}
	}
	return false;
}

/* Move a day off to a working day as roll says (d is not a working day). */
static int
roll_to_busday(vc_day d, vc_roll roll, vc_day *result)
{
	int32_t		index = busday_index(d);	/* the first working day after d */
	vc_day		other;
	int			rc;

	switch (roll)
	{
		case VC_ROLL_RAISE:
			return VC_BUSDAY_NOT_BUSDAY;
		case VC_ROLL_NAT:
			return VC_BUSDAY_NAT;
		case VC_ROLL_FORWARD:
			return busday_with_index(index, result);
		case VC_ROLL_BACKWARD:
			return busday_with_index((int64_t) index - 1, result);
		case VC_ROLL_MODIFIED_FOLLOWING:
			rc = busday_with_index(index, result);
			if (rc == VC_OK && vc_month_of(*result) == vc_month_of(d))
				return VC_OK;
			rc = busday_with_index((int64_t) index - 1, &other);
			break;
		case VC_ROLL_MODIFIED_PRECEDING:
			rc = busday_with_index((int64_t) index - 1, result);
			if (rc == VC_OK && vc_month_of(*result) == vc_month_of(d))
				return VC_OK;
			rc = busday_with_index(index, &other);
			break;
		default:
			return VC_ERR_RANGE;	/* not reached */
	}
	/* a modified roll that left the month takes the other neighbour */
	if (rc == VC_OK)
		*result = other;
	return rc;
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
	/* more working days than the range holds cannot land in it */
	if (n > (int64_t) VC_MAX_DAY - VC_MIN_DAY || n < (int64_t) VC_MIN_DAY - VC_MAX_DAY)
		return VC_ERR_RANGE;
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
