/*
 * vc_pg.h
 *	  Shared declarations of the PostgreSQL glue around the calendar core.
 *
 * The server loads modules with RTLD_GLOBAL, so a symbol this module
 * exports shares one namespace with the server and every other module.
 * The module exports its entry points only, each with the prefix vigo_cal_:
 * vigo_cal_<type-or-topic>_<verb>, as vigo_cal_schoolyear_in,
 * vigo_cal_rule_resolve, vigo_cal_busday_add, vigo_cal_template_render;
 * the names earlier releases used live on as aliases in legacy_symbols.c.
 * Everything else is hidden: the module is built with -fvisibility=hidden
 * (the Makefile; PGXS does so itself from PostgreSQL 16), and
 * PG_FUNCTION_INFO_V1 and PG_MODULE_MAGIC mark what they declare
 * PGDLLEXPORT, which is visibility("default") (below for PostgreSQL 14
 * and 15, as PostgreSQL 16 does).  The helpers below, shared by the glue
 * files, and the core's vc_* functions are not exported.
 */
#ifndef VC_PG_H
#define VC_PG_H

#include "postgres.h"

#include "fmgr.h"
#include "nodes/nodes.h"
#include "utils/date.h"
#if PG_VERSION_NUM >= 160000
#include "varatt.h"			/* VARDATA and friends, out of postgres.h from 16 */
#endif

#include "vc_calendar.h"

/*
 * Soft errors (errsave) arrived in PostgreSQL 16.  Before that an input
 * function can only throw, so errsave becomes a plain ereport(ERROR).
 */
#if PG_VERSION_NUM < 160000
#define errsave(context, ...) ereport(ERROR, __VA_ARGS__)
#endif

/*
 * Exported symbols before PostgreSQL 16: PGDLLEXPORT is empty outside
 * Windows, and PG_FUNCTION_INFO_V1 does not declare the function itself
 * PGDLLEXPORT.  Both as PostgreSQL 16 defines them, so that the entry
 * points, their pg_finfo_ records, Pg_magic_func and _PG_init stay
 * visible in a module built with -fvisibility=hidden.
 */
#if PG_VERSION_NUM < 160000 && defined(__GNUC__) && !defined(WIN32)
#undef PGDLLEXPORT
#define PGDLLEXPORT __attribute__((visibility("default")))
#undef PG_FUNCTION_INFO_V1
#define PG_FUNCTION_INFO_V1(funcname) \
extern PGDLLEXPORT Datum funcname(PG_FUNCTION_ARGS); \
extern PGDLLEXPORT const Pg_finfo_record * CppConcat(pg_finfo_,funcname)(void); \
const Pg_finfo_record * \
CppConcat(pg_finfo_,funcname) (void) \
{ \
	static const Pg_finfo_record my_finfo = { 1 }; \
	return &my_finfo; \
} \
extern int no_such_variable
#endif

#if defined(__GNUC__)
#define VCPG_HIDDEN __attribute__((visibility("hidden")))
#else
#define VCPG_HIDDEN
#endif

/* Datum conversions for the two by-value types: both are int4 inside. */
#define PG_GETARG_SCHOOLYEAR(n) PG_GETARG_INT32(n)
#define PG_RETURN_SCHOOLYEAR(x) PG_RETURN_INT32(x)
#define PG_GETARG_ISOWEEK(n) ((vc_day) PG_GETARG_INT32(n))
#define PG_RETURN_ISOWEEK(x) PG_RETURN_INT32(x)

/* vigo_cal.c: errors and checked arguments */
extern VCPG_HIDDEN void input_error_report(Node *escontext, const char *type_name,
										   const char *input, const vc_error *err);
extern VCPG_HIDDEN int date_range_hint(void);
extern VCPG_HIDDEN vc_day day_from_date(DateADT d);
extern VCPG_HIDDEN int year_from_int(int64 year);

/* today.c: the setting vigo_cal.today */
extern VCPG_HIDDEN void today_define_setting(void);

#endif							/* VC_PG_H */
