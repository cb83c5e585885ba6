/*
 * holiday.c
 *	  Easter and the Norwegian public holidays: easter_sunday,
 *	  public_holidays (by year and between two dates), is_public_holiday.
 */
#include "vc_pg.h"

#include "access/htup_details.h"
#include "funcapi.h"
#include "utils/builtins.h"

/* easter_sunday(year int): Gregorian Easter Sunday. */
PG_FUNCTION_INFO_V1(vigo_cal_holiday_easter_sunday);
Datum
vigo_cal_holiday_easter_sunday(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATEADT(vc_easter_sunday(year_from_int(PG_GETARG_INT32(0))));
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
	scan->year = vc_year_of(from) - 1;
	scan->last_year = vc_year_of(to);
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
PG_FUNCTION_INFO_V1(vigo_cal_holiday_list_year);
Datum
vigo_cal_holiday_list_year(PG_FUNCTION_ARGS)
{
	if (SRF_IS_FIRSTCALL())
	{
		int			year = year_from_int(PG_GETARG_INT32(0));

		holiday_scan_begin(fcinfo, vc_day_from_ymd(year, 1, 1),
						   vc_day_from_ymd(year, 12, 31));
	}
	return holiday_scan_next(fcinfo);
}

/* public_holidays(from date, to date): the holidays in from .. to. */
PG_FUNCTION_INFO_V1(vigo_cal_holiday_list_between);
Datum
vigo_cal_holiday_list_between(PG_FUNCTION_ARGS)
{
	if (SRF_IS_FIRSTCALL())
	{
		vc_day		from = day_from_date(PG_GETARG_DATEADT(0));
		vc_day		to = day_from_date(PG_GETARG_DATEADT(1));

		holiday_scan_begin(fcinfo, from, to);
	}
	return holiday_scan_next(fcinfo);
}

/* is_public_holiday(date) */
PG_FUNCTION_INFO_V1(vigo_cal_holiday_is_public_holiday);
Datum
vigo_cal_holiday_is_public_holiday(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(vc_is_public_holiday(day_from_date(PG_GETARG_DATEADT(0))));
}
