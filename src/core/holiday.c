/*
 * holiday.c
 *	  Gregorian Easter and the Norwegian public holidays (helligdager and
 *	  offentlige høytidsdager).
 */
#include "vc_internal.h"

/*
 * The name of a day that is one or more holidays: the names joined with
 * " og ", in the order of vc_holiday_id.
 */
void
vc_holiday_label(uint16_t ids, char *buf, size_t buflen)
{
	vc_buf		b;
	int			id;

	vc_buf_init(&b, buf, buflen);
	for (id = 0; id < VC_HOL_COUNT; id++)
		if (ids & (1u << id))
			vc_buf_printf(&b, "%s%s", b.len > 0 ? " og " : "", vc_holiday_name((vc_holiday_id) id));
}

/*
 * Easter Sunday of a Gregorian year, by the anonymous Gregorian computus
 * (Meeus/Jones/Butcher): the Sunday after the ecclesiastical full moon on
 * or after 21 March.  Always between 22 March and 25 April.
 */
vc_day
vc_easter_sunday(int year)
{
	int			golden = year % 19;
	int			century = year / 100;
	int			year_in_century = year % 100;
	int			leap_skips = century / 4;
	int			century_mod4 = century % 4;
	int			moon_correction = (century + 8) / 25;
	int			solar_correction = (century - moon_correction + 1) / 3;
	int			epact = (19 * golden + century - leap_skips
						 - solar_correction + 15) % 30;
	int			weekday_shift = (32 + 2 * century_mod4 + 2 * (year_in_century / 4)
								 - epact - year_in_century % 4) % 7;
	int			late_fix = (golden + 11 * epact + 22 * weekday_shift) / 451;
	int			n = epact + weekday_shift - 7 * late_fix + 114;

	return vc_day_from_ymd(year, n / 31, n % 31 + 1);
}

/* Add holiday id on day d to the list, merging days that coincide. */
static int
add_holiday(vc_holiday *list, int count, vc_day d, vc_holiday_id id)
{
	int			i;

	for (i = 0; i < count; i++)
	{
		if (list[i].day == d)
		{
			list[i].ids |= (uint16_t) (1u << id);
			return count;
		}
	}
	/* insertion keeps the list in date order */
	i = count;
	while (i > 0 && list[i - 1].day > d)
	{
		list[i] = list[i - 1];
		i--;
	}
	list[i].day = d;
	list[i].ids = (uint16_t) (1u << id);
	return count + 1;
}

/*
 * The public holidays of a year, one entry per day in date order; a day
 * that is two holidays at once (17 May on Ascension or Whit Monday) is one
 * entry with two bits set.  out must hold VC_MAX_HOLIDAYS_PER_YEAR entries.
 * Returns the number of entries.
 */
int
vc_public_holidays(int year, vc_holiday *out)
{
	vc_day		easter = vc_easter_sunday(year);
	int			n = 0;

	n = add_holiday(out, n, vc_day_from_ymd(year, 1, 1), VC_HOL_NEW_YEAR);
	n = add_holiday(out, n, easter - 3, VC_HOL_MAUNDY_THURSDAY);
	n = add_holiday(out, n, easter - 2, VC_HOL_GOOD_FRIDAY);
	n = add_holiday(out, n, easter, VC_HOL_EASTER_SUNDAY);
	n = add_holiday(out, n, easter + 1, VC_HOL_EASTER_MONDAY);
	if (year >= VC_MAY_HOLIDAYS_FROM)
	{
		n = add_holiday(out, n, vc_day_from_ymd(year, 5, 1), VC_HOL_MAY_DAY);
		n = add_holiday(out, n, vc_day_from_ymd(year, 5, 17),
						VC_HOL_CONSTITUTION_DAY);
	}
	n = add_holiday(out, n, easter + 39, VC_HOL_ASCENSION);
	n = add_holiday(out, n, easter + 49, VC_HOL_WHIT_SUNDAY);
	n = add_holiday(out, n, easter + 50, VC_HOL_WHIT_MONDAY);
	n = add_holiday(out, n, vc_day_from_ymd(year, 12, 25), VC_HOL_CHRISTMAS_DAY);
	n = add_holiday(out, n, vc_day_from_ymd(year, 12, 26), VC_HOL_BOXING_DAY);
	return n;
}

/*
 * Is d a public holiday?  Answered from the month first, so that most days
 * need no Easter computation.
 */
bool
vc_is_public_holiday(vc_day d)
{
	int			y,
				m,
				dd;
	int			from_easter;

	vc_ymd_from_day(d, &y, &m, &dd);
	switch (m)
	{
		case 1:
			return dd == 1;
		case 12:
			return dd == 25 || dd == 26;
		case 3:
		case 4:
		case 5:
		case 6:
			break;
		default:
			return false;
	}
	if (m == 5 && (dd == 1 || dd == 17) && y >= VC_MAY_HOLIDAYS_FROM)
		return true;
	from_easter = d - vc_easter_sunday(y);
	return from_easter == -3 || from_easter == -2 || from_easter == 0 ||
		from_easter == 1 || from_easter == 39 || from_easter == 49 ||
		from_easter == 50;
}
