/*
 * schoolyear.c
 *	  The schoolyear type: a school year by its start year, 4 bytes by
 *	  value.  Comparison, hashing and sorting reuse PostgreSQL's int4
 *	  functions (declared in src/sql/10_schoolyear.sql); this file holds
 *	  what is particular to school years.
 */
#include "vc_pg.h"

#include "libpq/pqformat.h"
#include "utils/builtins.h"

/* sy as a schoolyear value, or an error if it lies outside the supported range. */
static int32
checked_schoolyear(int64 sy)
{
	if (!vc_schoolyear_in_range(sy))
		ereport(ERROR,
				errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				errmsg("schoolyear out of range: start year %lld", (long long) sy),
				errhint("School years run from %d-%d to %d-%d.",
						VC_MIN_SCHOOLYEAR, VC_MIN_SCHOOLYEAR + 1,
						VC_MAX_SCHOOLYEAR, VC_MAX_SCHOOLYEAR + 1));
	return (int32) sy;
}

/* schoolyear_in(cstring): '2023-2024', '2023/2024', '2023-24', '2023/24' */
PG_FUNCTION_INFO_V1(vigo_cal_schoolyear_in);
Datum
vigo_cal_schoolyear_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	vc_error	err;
	int			sy;

	if (vc_schoolyear_parse(str, &sy, &err) != VC_OK)
	{
		input_error_report(fcinfo->context, "schoolyear", str, &err);
		PG_RETURN_DATUM((Datum) 0);
	}
	PG_RETURN_SCHOOLYEAR(sy);
}

/* schoolyear_out(schoolyear): '2023-2024' */
PG_FUNCTION_INFO_V1(vigo_cal_schoolyear_out);
Datum
vigo_cal_schoolyear_out(PG_FUNCTION_ARGS)
{
	char	   *buf = palloc(16);

	vc_schoolyear_format(PG_GETARG_SCHOOLYEAR(0), buf, 16);
	PG_RETURN_CSTRING(buf);
}

/* Binary input: the start year as int4. */
PG_FUNCTION_INFO_V1(vigo_cal_schoolyear_recv);
Datum
vigo_cal_schoolyear_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);

	PG_RETURN_SCHOOLYEAR(checked_schoolyear(pq_getmsgint(buf, 4)));
}

/* Binary output: the start year as int4. */
PG_FUNCTION_INFO_V1(vigo_cal_schoolyear_send);
Datum
vigo_cal_schoolyear_send(PG_FUNCTION_ARGS)
{
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint32(&buf, PG_GETARG_SCHOOLYEAR(0));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* schoolyear(int): the school year starting in that year (the int cast). */
PG_FUNCTION_INFO_V1(vigo_cal_schoolyear_from_int);
Datum
vigo_cal_schoolyear_from_int(PG_FUNCTION_ARGS)
{
	PG_RETURN_SCHOOLYEAR(checked_schoolyear(PG_GETARG_INT32(0)));
}

/* schoolyear(date): the school year holding the day (it starts 1 August). */
PG_FUNCTION_INFO_V1(vigo_cal_schoolyear_from_date);
Datum
vigo_cal_schoolyear_from_date(PG_FUNCTION_ARGS)
{
	PG_RETURN_SCHOOLYEAR(checked_schoolyear(vc_schoolyear_of(day_from_date(PG_GETARG_DATEADT(0)))));
}

/* first_day(schoolyear): 1 August of the start year. */
PG_FUNCTION_INFO_V1(vigo_cal_schoolyear_first_day);
Datum
vigo_cal_schoolyear_first_day(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATEADT(vc_schoolyear_first_day(PG_GETARG_SCHOOLYEAR(0)));
}

/* last_day(schoolyear): 31 July of the end year. */
PG_FUNCTION_INFO_V1(vigo_cal_schoolyear_last_day);
Datum
vigo_cal_schoolyear_last_day(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATEADT(vc_schoolyear_last_day(PG_GETARG_SCHOOLYEAR(0)));
}

/* contains(schoolyear, date): does the school year hold the day? */
PG_FUNCTION_INFO_V1(vigo_cal_schoolyear_contains);
Datum
vigo_cal_schoolyear_contains(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(vc_schoolyear_contains(PG_GETARG_SCHOOLYEAR(0), PG_GETARG_DATEADT(1)));
}

/* contained_by(date, schoolyear): the commutator of contains. */
PG_FUNCTION_INFO_V1(vigo_cal_schoolyear_contained_by);
Datum
vigo_cal_schoolyear_contained_by(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(vc_schoolyear_contains(PG_GETARG_SCHOOLYEAR(1), PG_GETARG_DATEADT(0)));
}

/* schoolyear + int: n school years later. */
PG_FUNCTION_INFO_V1(vigo_cal_schoolyear_pl_int);
Datum
vigo_cal_schoolyear_pl_int(PG_FUNCTION_ARGS)
{
	PG_RETURN_SCHOOLYEAR(checked_schoolyear((int64) PG_GETARG_SCHOOLYEAR(0) +
											PG_GETARG_INT32(1)));
}

/* schoolyear - int: n school years earlier. */
PG_FUNCTION_INFO_V1(vigo_cal_schoolyear_mi_int);
Datum
vigo_cal_schoolyear_mi_int(PG_FUNCTION_ARGS)
{
	PG_RETURN_SCHOOLYEAR(checked_schoolyear((int64) PG_GETARG_SCHOOLYEAR(0) -
											PG_GETARG_INT32(1)));
}

/* int + schoolyear: the commutator of schoolyear + int. */
PG_FUNCTION_INFO_V1(vigo_cal_schoolyear_int_pl);
Datum
vigo_cal_schoolyear_int_pl(PG_FUNCTION_ARGS)
{
	PG_RETURN_SCHOOLYEAR(checked_schoolyear((int64) PG_GETARG_INT32(0) +
											PG_GETARG_SCHOOLYEAR(1)));
}
