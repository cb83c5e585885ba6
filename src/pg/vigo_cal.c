/*
 * vigo_cal.c
 *	  Module entry (the magic block, with the module's name and version
 *	  from PostgreSQL 18 on, and the settings), and what all glue files
 *	  share: turning a core error into an ereport, and checking date and
 *	  year arguments against the range of the core (the range itself is
 *	  the core's: vc_day_in_range, vc_year_in_range).
 */
#include "vc_pg.h"

#include "utils/builtins.h"

/*
 * From PostgreSQL 18 the module says its name and version, which
 * pg_get_loaded_modules() shows; the version is META.json's, passed by the
 * Makefile.
 */
#ifndef VIGO_CAL_VERSION
#error "VIGO_CAL_VERSION is not defined: build with the Makefile"
#endif
#if PG_VERSION_NUM >= 180000
PG_MODULE_MAGIC_EXT(.name = "vigo_cal",.version = VIGO_CAL_VERSION);
#else
PG_MODULE_MAGIC;
#endif

/* exported, as the entry points are (vc_pg.h), for the server to call */
extern PGDLLEXPORT void _PG_init(void);

/* Module load: the settings of vigo_cal (today.c). */
void
_PG_init(void)
{
	today_define_setting();
}

/*
 * Report a parse failure of the core as an input error of type_name:
 * SQLSTATE 22007 for text of the wrong form, 22008 for a value outside the
 * supported range, 22008 (field overflow) for one that does not exist.
 */
void
input_error_report(Node *escontext, const char *type_name, const char *input,
				   const vc_error *err)
{
	if (err->status == VC_ERR_SYNTAX)
		errsave(escontext,
				errcode(ERRCODE_INVALID_DATETIME_FORMAT),
				errmsg("invalid input syntax for type %s: \"%s\"",
					   type_name, input),
				errdetail("%s", err->detail),
				err->hint ? errhint("%s", err->hint) : 0);
	else if (err->status == VC_ERR_RANGE)
		errsave(escontext,
				errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				errmsg("%s out of range: \"%s\"", type_name, input),
				errdetail("%s", err->detail),
				err->hint ? errhint("%s", err->hint) : 0);
	else
		errsave(escontext,
				errcode(ERRCODE_DATETIME_FIELD_OVERFLOW),
				errmsg("%s field value out of range: \"%s\"", type_name, input),
				errdetail("%s", err->detail),
				err->hint ? errhint("%s", err->hint) : 0);
}

/* The hint of every date range error: the dates vigo_cal works with. */
int
date_range_hint(void)
{
	return errhint("vigo_cal works with dates from %d-01-01 to %d-12-31.",
				   VC_MIN_YEAR, VC_MAX_YEAR);
}

/* d as a core day, or an error if it lies outside the supported range. */
vc_day
day_from_date(DateADT d)
{
	if (!vc_day_in_range(d))
		ereport(ERROR,
				errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				errmsg("date out of range for vigo_cal: \"%s\"",
					   DatumGetCString(DirectFunctionCall1(date_out,
														   DateADTGetDatum(d)))),
				date_range_hint());
	return (vc_day) d;
}

/* A calendar year, or an error if it lies outside the supported range. */
int
year_from_int(int64 year)
{
	if (!vc_year_in_range(year))
		ereport(ERROR,
				errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				errmsg("year out of range for vigo_cal: %lld", (long long) year),
				errhint("vigo_cal works with the years %d to %d.",
						VC_MIN_YEAR, VC_MAX_YEAR));
	return (int) year;
}
