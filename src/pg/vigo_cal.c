/*
 * vigo_cal.c
 *	  Module entry and the error reporting shared by all glue files.
 */
#include "vc_pg.h"

#include "utils/builtins.h"

PG_MODULE_MAGIC;

/*
 * Report a parse failure of the core as an input error of type_name:
 * SQLSTATE 22007 for text of the wrong form, 22008 for a value that does
 * not exist or lies outside the supported range.
 */
void
vcpg_input_error(Node *escontext, const char *type_name, const char *input,
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

/* d as a core day, or an error if it lies outside the supported range. */
vc_day
vcpg_checked_day(DateADT d)
{
	if (!vc_day_in_range(d))
		ereport(ERROR,
				errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				errmsg("date out of range for vigo_cal: \"%s\"",
					   DatumGetCString(DirectFunctionCall1(date_out,
														   DateADTGetDatum(d)))),
				errhint("vigo_cal works with dates from %d-01-01 to %d-12-31.",
						VC_MIN_YEAR, VC_MAX_YEAR));
	return (vc_day) d;
}

/* Raise an error if a computed day d fell outside the supported range. */
void
vcpg_check_result_day(int64 d, const char *what)
{
	if (!vc_day_in_range(d))
		ereport(ERROR,
				errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				errmsg("%s out of range", what),
				errhint("vigo_cal works with dates from %d-01-01 to %d-12-31.",
						VC_MIN_YEAR, VC_MAX_YEAR));
}

/* A calendar year, or an error if it lies outside the supported range. */
int
vcpg_checked_year(int64 year)
{
	if (year < VC_MIN_YEAR || year > VC_MAX_YEAR)
		ereport(ERROR,
				errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				errmsg("year out of range for vigo_cal: %lld", (long long) year),
				errhint("vigo_cal works with the years %d to %d.",
						VC_MIN_YEAR, VC_MAX_YEAR));
	return (int) year;
}
