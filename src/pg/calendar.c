/*
 * calendar.c
 *	  Easter, Norwegian public holidays and working-day arithmetic.
 */
#include "vc_pg.h"

#include "access/htup_details.h"
#include "funcapi.h"
#include "utils/builtins.h"

/* easter_sunday(year int): Gregorian Easter Sunday. */
PG_FUNCTION_INFO_V1(vc_easter_sunday_fn);
Datum
vc_easter_sunday_fn(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATEADT(vc_easter_sunday(vcpg_checked_year(PG_GETARG_INT32(0))));
}

/* ---------------------------------------------------------------------
 * public_holidays: a set-returning function over a window of days,
 * computing one year's holidays at a time.
 * ---------------------------------------------------------------------
 */
typedef struct holiday_scan
{
	vc_day		from;
	vc_day		to;
	int			year;
	int			last_year;
	int			count;
	int			next;
	vc_holiday	list[VC_MAX_HOLIDAYS_PER_YEAR];
} holiday_scan;

static int
year_of(vc_day d)
{
	int			y,
				m,
				dd;

	vc_ymd_from_day(d, &y, &m, &dd);
	return y;
}

/* Start a scan of the holidays from .. to (both inclusive). */
static void
holiday_scan_begin(FunctionCallInfo fcinfo, vc_day from, vc_day to)
{
	FuncCallContext *funcctx = SRF_FIRSTCALL_INIT();
	MemoryContext oldcontext;
	TupleDesc	tupdesc;
	holiday_scan *scan;

	oldcontext = MemoryContextSwitchTo(funcctx->multi_call_memory_ctx);
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		ereport(ERROR,
				errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				errmsg("function returning record called in context that cannot accept type record"));
	funcctx->tuple_desc = BlessTupleDesc(tupdesc);
	scan = palloc0(sizeof(holiday_scan));
	scan->from = from;
	scan->to = to;
	scan->year = year_of(from) - 1;
	scan->last_year = year_of(to);
	funcctx->user_fctx = scan;
	MemoryContextSwitchTo(oldcontext);
}

/* The next row of the scan, or the end of the set. */
static Datum
holiday_scan_next(FunctionCallInfo fcinfo)
{
	FuncCallContext *funcctx = SRF_PERCALL_SETUP();
	holiday_scan *scan = funcctx->user_fctx;

	for (;;)
	{
		vc_holiday *h;
		char		label[256];
		Datum		values[2];
		bool		nulls[2] = {false, false};

		while (scan->next >= scan->count && scan->year < scan->last_year)
		{
			scan->year++;
			scan->count = vc_public_holidays(scan->year, scan->list);
			scan->next = 0;
		}
		if (scan->next >= scan->count)
			break;
		h = &scan->list[scan->next++];
		if (h->day < scan->from)
			continue;
		if (h->day > scan->to)
			break;
		vc_holiday_label(h->ids, label, sizeof(label));
		values[0] = DateADTGetDatum(h->day);
		values[1] = CStringGetTextDatum(label);
		SRF_RETURN_NEXT(funcctx,
						HeapTupleGetDatum(heap_form_tuple(funcctx->tuple_desc,
														  values, nulls)));
	}
	SRF_RETURN_DONE(funcctx);
}

/* public_holidays(year int): the year's public holidays, one row per day. */
PG_FUNCTION_INFO_V1(vc_public_holidays_year);
Datum
vc_public_holidays_year(PG_FUNCTION_ARGS)
{
	if (SRF_IS_FIRSTCALL())
	{
		int			year = vcpg_checked_year(PG_GETARG_INT32(0));

		holiday_scan_begin(fcinfo, vc_day_from_ymd(year, 1, 1),
						   vc_day_from_ymd(year, 12, 31));
	}
	return holiday_scan_next(fcinfo);
}

/* public_holidays(from date, to date): the holidays in from .. to. */
PG_FUNCTION_INFO_V1(vc_public_holidays_between);
Datum
vc_public_holidays_between(PG_FUNCTION_ARGS)
{
	if (SRF_IS_FIRSTCALL())
	{
		vc_day		from = vcpg_checked_day(PG_GETARG_DATEADT(0));
		vc_day		to = vcpg_checked_day(PG_GETARG_DATEADT(1));

		holiday_scan_begin(fcinfo, from, to);
	}
	return holiday_scan_next(fcinfo);
}

/* ---------------------------------------------------------------------
 * Working days
 * ---------------------------------------------------------------------
 */

/* is_public_holiday(date) */
PG_FUNCTION_INFO_V1(vc_is_public_holiday_fn);
Datum
vc_is_public_holiday_fn(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(vc_is_public_holiday(vcpg_checked_day(PG_GETARG_DATEADT(0))));
}

/* is_business_day(date): Monday to Friday and not a public holiday. */
PG_FUNCTION_INFO_V1(vc_is_business_day_fn);
Datum
vc_is_business_day_fn(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(vc_is_business_day(vcpg_checked_day(PG_GETARG_DATEADT(0))));
}

/*
 * Shared by the working-day functions: numpy busday_offset with error
 * reporting.  Returns false for roll 'nat' on a day off (SQL NULL).
 */
static bool
busday_offset_or_error(DateADT date, int64 n, vc_roll roll, DateADT *result)
{
	vc_day		d = vcpg_checked_day(date);
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
				errhint("vigo_cal works with dates from %d-01-01 to %d-12-31.",
						VC_MIN_YEAR, VC_MAX_YEAR));
	*result = r;
	return true;
}

/* add_business_days(d date, n int, roll text): numpy.busday_offset. */
PG_FUNCTION_INFO_V1(vc_add_business_days);
Datum
vc_add_business_days(PG_FUNCTION_ARGS)
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
PG_FUNCTION_INFO_V1(vc_next_business_day);
Datum
vc_next_business_day(PG_FUNCTION_ARGS)
{
	DateADT		result;

	busday_offset_or_error(PG_GETARG_DATEADT(0), 0, VC_ROLL_FORWARD, &result);
	PG_RETURN_DATEADT(result);
}

/* previous_business_day(date): the day itself if it is one. */
PG_FUNCTION_INFO_V1(vc_previous_business_day);
Datum
vc_previous_business_day(PG_FUNCTION_ARGS)
{
	DateADT		result;

	busday_offset_or_error(PG_GETARG_DATEADT(0), 0, VC_ROLL_BACKWARD, &result);
	PG_RETURN_DATEADT(result);
}

/* business_days_between(a, b): numpy.busday_count, working days in [a, b). */
PG_FUNCTION_INFO_V1(vc_business_days_between);
Datum
vc_business_days_between(PG_FUNCTION_ARGS)
{
	vc_day		a = vcpg_checked_day(PG_GETARG_DATEADT(0));
	vc_day		b = vcpg_checked_day(PG_GETARG_DATEADT(1));

	PG_RETURN_INT32((int32) vc_busday_count(a, b));
}
