/*
 * isoweek.c
 *	  The isoweek type: an ISO 8601 week, held as the day number of its
 *	  Monday (4 bytes, by value), so weeks sort and compare as int4 and
 *	  week arithmetic is day arithmetic.
 */
#include "vc_pg.h"

#include "libpq/pqformat.h"
#include "utils/builtins.h"

/* The week the core computed, or an error if it left the range. */
static vc_day
checked_week(vc_status rc, vc_day monday)
{
	if (rc != VC_OK)
		ereport(ERROR,
				errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				errmsg("isoweek out of range"),
				errhint("ISO weeks must lie wholly inside %d-01-01 .. %d-12-31 (%d-W01 to %d-W51).",
						VC_MIN_YEAR, VC_MAX_YEAR, VC_MIN_YEAR, VC_MAX_YEAR));
	return monday;
}

/* isoweek_in(cstring): '2023-W40', '2023W40', 'uke 40 2023', 'week 40 2023' */
PG_FUNCTION_INFO_V1(vigo_cal_isoweek_in);
Datum
vigo_cal_isoweek_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	vc_error	err;
	vc_day		monday;

	if (vc_isoweek_parse(str, &monday, &err) != VC_OK)
	{
		input_error_report(fcinfo->context, "isoweek", str, &err);
		PG_RETURN_DATUM((Datum) 0);
	}
	PG_RETURN_ISOWEEK(monday);
}

/* isoweek_out(isoweek): '2023-W40' */
PG_FUNCTION_INFO_V1(vigo_cal_isoweek_out);
Datum
vigo_cal_isoweek_out(PG_FUNCTION_ARGS)
{
	char	   *buf = palloc(16);

	vc_isoweek_format(PG_GETARG_ISOWEEK(0), buf, 16);
	PG_RETURN_CSTRING(buf);
}

/* Binary input: ISO year and week as two int4 values. */
PG_FUNCTION_INFO_V1(vigo_cal_isoweek_recv);
Datum
vigo_cal_isoweek_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int32		year = pq_getmsgint(buf, 4);
	int32		week = pq_getmsgint(buf, 4);
	vc_day		monday;

	if (vc_isoweek_make(year, week, &monday) != VC_OK)
		ereport(ERROR,
				errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				errmsg("invalid isoweek in binary input: year %d, week %d",
					   year, week));
	PG_RETURN_ISOWEEK(monday);
}

/* Binary output: ISO year and week as two int4 values. */
PG_FUNCTION_INFO_V1(vigo_cal_isoweek_send);
Datum
vigo_cal_isoweek_send(PG_FUNCTION_ARGS)
{
	StringInfoData buf;
	int			year,
				week;

	vc_isoweek_of(PG_GETARG_ISOWEEK(0), &year, &week);
	pq_begintypsend(&buf);
	pq_sendint32(&buf, year);
	pq_sendint32(&buf, week);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* isoweek(date): the ISO week holding the day. */
PG_FUNCTION_INFO_V1(vigo_cal_isoweek_from_date);
Datum
vigo_cal_isoweek_from_date(PG_FUNCTION_ARGS)
{
	vc_day		monday = 0;
	vc_status	rc = vc_isoweek_of_day(day_from_date(PG_GETARG_DATEADT(0)), &monday);

	PG_RETURN_ISOWEEK(checked_week(rc, monday));
}

/* isoweek(year, week): error if the ISO year has no such week. */
PG_FUNCTION_INFO_V1(vigo_cal_isoweek_make);
Datum
vigo_cal_isoweek_make(PG_FUNCTION_ARGS)
{
	int32		year = PG_GETARG_INT32(0);
	int32		week = PG_GETARG_INT32(1);
	vc_day		monday;
	vc_status	rc = vc_isoweek_make(year, week, &monday);

	if (rc == VC_ERR_RANGE)
		ereport(ERROR,
				errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				errmsg("isoweek out of range: year %d, week %d", year, week),
				errhint("ISO weeks must lie between %d-01-01 and %d-12-31.",
						VC_MIN_YEAR, VC_MAX_YEAR));
	if (rc == VC_ERR_VALUE)
		ereport(ERROR,
				errcode(ERRCODE_DATETIME_FIELD_OVERFLOW),
				errmsg("ISO year %d has no week %d", year, week),
				errdetail("ISO year %d has %d weeks.", year,
						  vc_isoweeks_in_year(year)));
	PG_RETURN_ISOWEEK(monday);
}

/* monday(isoweek): the first day of the week. */
PG_FUNCTION_INFO_V1(vigo_cal_isoweek_monday);
Datum
vigo_cal_isoweek_monday(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATEADT(PG_GETARG_ISOWEEK(0));
}

/* isoweek_year(isoweek): the ISO year, which can differ from the calendar year. */
PG_FUNCTION_INFO_V1(vigo_cal_isoweek_year);
Datum
vigo_cal_isoweek_year(PG_FUNCTION_ARGS)
{
	int			year,
				week;

	vc_isoweek_of(PG_GETARG_ISOWEEK(0), &year, &week);
	PG_RETURN_INT32(year);
}

/* isoweek_week(isoweek): the week number, 1 to 53. */
PG_FUNCTION_INFO_V1(vigo_cal_isoweek_week);
Datum
vigo_cal_isoweek_week(PG_FUNCTION_ARGS)
{
	int			year,
				week;

	vc_isoweek_of(PG_GETARG_ISOWEEK(0), &year, &week);
	PG_RETURN_INT32(week);
}

/* contains(isoweek, date): is the day in the week (Monday to Sunday)? */
PG_FUNCTION_INFO_V1(vigo_cal_isoweek_contains);
Datum
vigo_cal_isoweek_contains(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(vc_isoweek_contains(PG_GETARG_ISOWEEK(0), PG_GETARG_DATEADT(1)));
}

/* isoweek + int: n weeks later. */
PG_FUNCTION_INFO_V1(vigo_cal_isoweek_pl_int);
Datum
vigo_cal_isoweek_pl_int(PG_FUNCTION_ARGS)
{
	vc_day		monday = 0;
	vc_status	rc = vc_isoweek_add(PG_GETARG_ISOWEEK(0), PG_GETARG_INT32(1), &monday);

	PG_RETURN_ISOWEEK(checked_week(rc, monday));
}

/* isoweek - int: n weeks earlier. */
PG_FUNCTION_INFO_V1(vigo_cal_isoweek_mi_int);
Datum
vigo_cal_isoweek_mi_int(PG_FUNCTION_ARGS)
{
	vc_day		monday = 0;
	vc_status	rc = vc_isoweek_add(PG_GETARG_ISOWEEK(0), -(int64) PG_GETARG_INT32(1), &monday);

	PG_RETURN_ISOWEEK(checked_week(rc, monday));
}

/* isoweek - isoweek: the number of weeks between them. */
PG_FUNCTION_INFO_V1(vigo_cal_isoweek_mi);
Datum
vigo_cal_isoweek_mi(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32((PG_GETARG_ISOWEEK(0) - PG_GETARG_ISOWEEK(1)) / 7);
}

/* contained_by(date, isoweek): the commutator of contains. */
PG_FUNCTION_INFO_V1(vigo_cal_isoweek_contained_by);
Datum
vigo_cal_isoweek_contained_by(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(vc_isoweek_contains(PG_GETARG_ISOWEEK(1), PG_GETARG_DATEADT(0)));
}

/* int + isoweek: the commutator of isoweek + int. */
PG_FUNCTION_INFO_V1(vigo_cal_isoweek_int_pl);
Datum
vigo_cal_isoweek_int_pl(PG_FUNCTION_ARGS)
{
	vc_day		monday = 0;
	vc_status	rc = vc_isoweek_add(PG_GETARG_ISOWEEK(1), PG_GETARG_INT32(0), &monday);

	PG_RETURN_ISOWEEK(checked_week(rc, monday));
}

/*
 * btree in_range support, for window frames such as RANGE BETWEEN 2
 * PRECEDING AND CURRENT ROW ordered by a week: the offset is in weeks.
 * in_range(val, base, offset, sub, less) as PostgreSQL's own in_range
 * functions: a negative offset is an error, and a bound beyond the
 * supported weeks is compared all the same, never an overflow.
 */
PG_FUNCTION_INFO_V1(vigo_cal_isoweek_in_range);
Datum
vigo_cal_isoweek_in_range(PG_FUNCTION_ARGS)
{
	int32		offset = PG_GETARG_INT32(2);

	if (offset < 0)
		ereport(ERROR,
				errcode(ERRCODE_INVALID_PRECEDING_OR_FOLLOWING_SIZE),
				errmsg("invalid preceding or following size in window function"),
				errdetail("The offset is %d weeks; it must not be negative.", offset));
	PG_RETURN_BOOL(vc_isoweek_in_frame(PG_GETARG_ISOWEEK(0), PG_GETARG_ISOWEEK(1), offset,
									   PG_GETARG_BOOL(3), PG_GETARG_BOOL(4)));
}
