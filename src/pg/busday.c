/*
 * busday.c
 *	  Working days (Monday to Friday minus the public holidays), with the
 *	  semantics of numpy's busday_offset and busday_count:
 *	  is_business_day, add_business_days, next_business_day,
 *	  previous_business_day, business_days_between.
 */
#include "vc_pg.h"

#include "utils/builtins.h"

/* is_business_day(date): Monday to Friday and not a public holiday. */
PG_FUNCTION_INFO_V1(vigo_cal_busday_is_business_day);
Datum
vigo_cal_busday_is_business_day(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(vc_is_business_day(day_from_date(PG_GETARG_DATEADT(0))));
}

/*
 * Shared by the working-day functions: numpy busday_offset with error
 * reporting.  Returns false for roll 'nat' on a day off (SQL NULL).
 */
static bool
busday_offset_or_error(DateADT date, int64 n, vc_roll roll, DateADT *result)
{
	vc_day		d = day_from_date(date);
	vc_day		r;
	int			rc = vc_busday_offset(d, n, roll, &r);

	if (rc == VC_BUSDAY_NAT)
		return false;
	if (rc == VC_BUSDAY_NOT_BUSDAY)
		ereport(ERROR,
				errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				errmsg("%s is not a business day",
					   DatumGetCString(DirectFunctionCall1(date_out,
														   DateADTGetDatum(date)))),
				errhint("Roll 'raise' requires a business day; use 'forward' or 'backward' to move to one."));
	if (rc != VC_OK)
		ereport(ERROR,
				errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				errmsg("moving %lld business days from %s leaves the supported range",
					   (long long) n,
					   DatumGetCString(DirectFunctionCall1(date_out,
														   DateADTGetDatum(date)))),
				date_range_hint());
	*result = r;
	return true;
}

/* add_business_days(d date, n int, roll text): numpy.busday_offset. */
PG_FUNCTION_INFO_V1(vigo_cal_busday_add);
Datum
vigo_cal_busday_add(PG_FUNCTION_ARGS)
{
	text	   *roll_text = PG_GETARG_TEXT_PP(2);
	vc_roll		roll;
	DateADT		result;

	if (!vc_roll_parse(VARDATA_ANY(roll_text), VARSIZE_ANY_EXHDR(roll_text), &roll))
		ereport(ERROR,
				errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				errmsg("invalid roll mode: \"%s\"", text_to_cstring(roll_text)),
				errhint("The roll modes are raise, nat, forward, following, backward, preceding, modifiedfollowing and modifiedpreceding."));
	if (!busday_offset_or_error(PG_GETARG_DATEADT(0), PG_GETARG_INT32(1), roll, &result))
		PG_RETURN_NULL();
	PG_RETURN_DATEADT(result);
}

/* next_business_day(date): the day itself if it is one. */
PG_FUNCTION_INFO_V1(vigo_cal_busday_next);
Datum
vigo_cal_busday_next(PG_FUNCTION_ARGS)
{
	DateADT		result;

	busday_offset_or_error(PG_GETARG_DATEADT(0), 0, VC_ROLL_FORWARD, &result);
	PG_RETURN_DATEADT(result);
}

/* previous_business_day(date): the day itself if it is one. */
PG_FUNCTION_INFO_V1(vigo_cal_busday_previous);
Datum
vigo_cal_busday_previous(PG_FUNCTION_ARGS)
{
	DateADT		result;

	busday_offset_or_error(PG_GETARG_DATEADT(0), 0, VC_ROLL_BACKWARD, &result);
	PG_RETURN_DATEADT(result);
}

/* business_days_between(a, b): numpy.busday_count, working days in [a, b). */
PG_FUNCTION_INFO_V1(vigo_cal_busday_between);
Datum
vigo_cal_busday_between(PG_FUNCTION_ARGS)
{
	vc_day		a = day_from_date(PG_GETARG_DATEADT(0));
	vc_day		b = day_from_date(PG_GETARG_DATEADT(1));

	PG_RETURN_INT32((int32) vc_busday_count(a, b));
}
