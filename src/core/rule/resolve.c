/*
 * resolve.c
 *	  A rule resolved: the days it names in a given school year.  The
 *	  anchor gives a first and a last day (equal for a single day), then
 *	  the offsets and the roll move both.
 */
#include "rule_internal.h"

static const char *const LEAVES_RANGE = "The date leaves the supported range.";

/* The calendar year of a month in school year sy: August-December in sy. */
static int
year_of_month(int sy, int month)
{
	return month >= 8 ? sy : sy + 1;
}

static vc_status
resolve_day(int sy, int month, int day, vc_day *out, vc_error *err)
{
	int			year = year_of_month(sy, month);

	if (day > vc_days_in_month(year, month))
		return vc_error_set(err, VC_ERR_VALUE, 0, NULL, "%02d.%02d.%04d does not exist.",
							day, month, year);
	*out = vc_day_from_ymd(year, month, day);
	return VC_OK;
}

static vc_status
resolve_week(int sy, int week, int dow, vc_day *out, vc_error *err)
{
	int			isoyear = week >= 31 ? sy : sy + 1;
	vc_day		monday;
	vc_status	rc = vc_isoweek_make(isoyear, week, &monday);

	if (rc == VC_ERR_VALUE)
		return vc_error_set(err, VC_ERR_VALUE, 0, NULL, "ISO year %d has no week %d.",
							isoyear, week);
	if (rc != VC_OK)
		return vc_error_set(err, VC_ERR_RANGE, 0, NULL, "Week %d of %d is out of range.",
							week, isoyear);
	*out = monday + dow - 1;
	return VC_OK;
}

static vc_status
resolve_nth_weekday(const vc_rule *rule, int sy, vc_day *out, vc_error *err)
{
	int			year = year_of_month(sy, rule->month);
	vc_day		first = vc_day_from_ymd(year, rule->month, 1);
	vc_day		last = first + vc_days_in_month(year, rule->month) - 1;
	vc_day		d;

	if (rule->nth < 0)
		d = last - (vc_isodow(last) - rule->dow + 7) % 7;
	else
		d = first + (rule->dow - vc_isodow(first) + 7) % 7 + (rule->nth - 1) * 7;
	if (d > last)
		return vc_error_set(err, VC_ERR_VALUE, 0, NULL, "%s %d has no %s %s.",
							vc_month_name_en(rule->month), year,
							rule_ordinal_en(rule->nth), vc_weekday_name_en(rule->dow));
	*out = d;
	return VC_OK;
}

/*
 * The days the anchor names in school year sy, before offsets: *a and *b.
 * With want_last false the end of a span or week is not worked out (*b is
 * left alone).
 */
static vc_status
resolve_anchor(const vc_rule *rule, int sy, const vc_day *anchor, bool want_last,
			   vc_day *a, vc_day *b, vc_error *err)
{
	vc_status	rc = VC_OK;
	int			year = year_of_month(sy, rule->month);

	switch (rule->kind)
	{
		case VC_ANCHOR_DAY:
			rc = resolve_day(sy, rule->month, rule->day, a, err);
			*b = *a;
			return rc;
		case VC_ANCHOR_SPAN:
			if ((rc = resolve_day(sy, rule->month, rule->day, a, err)) != VC_OK || !want_last)
				return rc;
			if ((rc = resolve_day(sy, rule->month2, rule->day2, b, err)) == VC_OK && *b < *a)
				return vc_error_set(err, VC_ERR_VALUE, 0, NULL, "The span ends before it starts.");
			return rc;
		case VC_ANCHOR_MONTH:
			*a = vc_day_from_ymd(year, rule->month, 1);
			*b = *a + vc_days_in_month(year, rule->month) - 1;
			return VC_OK;
		case VC_ANCHOR_WEEK:
			if ((rc = resolve_week(sy, rule->week, rule->dow_from, a, err)) != VC_OK || !want_last)
				return rc;
			return resolve_week(sy, rule->week2, rule->dow_to, b, err);
		case VC_ANCHOR_NTH_WEEKDAY:
			rc = resolve_nth_weekday(rule, sy, a, err);
			*b = *a;
			return rc;
		case VC_ANCHOR_REFERENCE:
			if (anchor == NULL)
				return vc_error_set(err, VC_ERR_NEEDS_ANCHOR, 0, NULL,
									"The rule counts from event \"%s\", whose date is not given.",
									rule->ref);
			if (!vc_day_in_range(*anchor))
				return vc_error_set(err, VC_ERR_RANGE, 0, NULL,
									"The date of event \"%s\" is out of range.", rule->ref);
			*a = *b = *anchor;
			return VC_OK;
	}
	return vc_error_set(err, VC_ERR_SYNTAX, 0, NULL, "Unknown kind of rule.");
}

/* Apply one offset to a day. */
static vc_status
apply_offset(const vc_rule_offset *off, vc_day *d, vc_error *err)
{
	int64_t		x = *d;
	vc_day		r;

	switch (off->unit)
	{
		case VC_UNIT_DAY:
			x += off->n;
			break;
		case VC_UNIT_WEEK:
			x += 7 * (int64_t) off->n;
			break;
		default:
			if (vc_busday_offset(*d, off->n, VC_ROLL_FORWARD, &r) != VC_OK)
				return vc_error_set(err, VC_ERR_RANGE, 0, NULL, "%s", LEAVES_RANGE);
			x = r;
			break;
	}
	if (!vc_day_in_range(x))
		return vc_error_set(err, VC_ERR_RANGE, 0, NULL, "%s", LEAVES_RANGE);
	*d = (vc_day) x;
	return VC_OK;
}

/* The offsets, then the roll, applied to one day. */
static vc_status
move_day(const vc_rule *rule, vc_day *d, vc_error *err)
{
	vc_day		r;
	vc_status	rc;
	int			i;

	for (i = 0; i < rule->noffsets; i++)
		if ((rc = apply_offset(&rule->offsets[i], d, err)) != VC_OK)
			return rc;
	if (rule->roll == VC_RULE_ROLL_NONE)
		return VC_OK;
	if (vc_busday_offset(*d, 0, rule->roll == VC_RULE_ROLL_NEXT ? VC_ROLL_FORWARD : VC_ROLL_BACKWARD,
						 &r) != VC_OK)
		return vc_error_set(err, VC_ERR_RANGE, 0, NULL, "%s", LEAVES_RANGE);
	*d = r;
	return VC_OK;
}

/*
 * The days a rule names in school year sy: first and last (equal for a
 * single day).  A rule that refers to an event needs its date in anchor;
 * other rules ignore anchor.  Offsets and the roll apply to both ends.
 * last may be NULL when only the first day is wanted; the end of a week or
 * span is then not worked out at all.
 */
vc_status
vc_rule_resolve(const vc_rule *rule, int sy, const vc_day *anchor,
				vc_day *first, vc_day *last, vc_error *err)
{
	vc_day		a = 0,
				b = 0;
	vc_status	rc;

	if (!vc_schoolyear_in_range(sy))
		return vc_error_set(err, VC_ERR_RANGE, 0, NULL, "School year %d is out of range.", sy);
	if ((rc = resolve_anchor(rule, sy, anchor, last != NULL, &a, &b, err)) != VC_OK)
		return rc;
	if (last == NULL)
		b = a;					/* not wanted: carried along unchanged */
	if (!vc_day_in_range(a) || !vc_day_in_range(b))
		return vc_error_set(err, VC_ERR_RANGE, 0, NULL, "%s", LEAVES_RANGE);
	if ((rc = move_day(rule, &a, err)) != VC_OK ||
		(last != NULL && (rc = move_day(rule, &b, err)) != VC_OK))
		return rc;
	*first = a;
	if (last != NULL)
		*last = b;
	return VC_OK;
}
