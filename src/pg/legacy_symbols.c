/*
 * legacy_symbols.c
 *	  The C symbols of earlier releases, kept as aliases of the entry
 *	  points that replaced them.
 *
 * The install scripts of released versions (releases/vigo_cal--0.1.0.sql,
 * releases/vigo_cal--0.2.0.sql and the upgrade script between them) are
 * frozen, and name these symbols in AS 'MODULE_PATHNAME', '<symbol>'.
 * ALTER EXTENSION UPDATE runs them against the module of the current
 * version, and a database not yet updated calls them, so the module must
 * still export every one.  Version 0.3.0 named its entry points
 * <type-or-topic>_<verb> (see vc_pg.h); its install and upgrade scripts
 * point at the new names.  Never remove a line here: a released script
 * may name it.
 */
#include "vc_pg.h"

/* Export old_name as an entry point that calls new_name. */
#define LEGACY_SYMBOL(old_name, new_name) \
	extern Datum new_name(PG_FUNCTION_ARGS); \
	PG_FUNCTION_INFO_V1(old_name); \
	Datum old_name(PG_FUNCTION_ARGS) { return new_name(fcinfo); } \
	extern int no_such_variable

/* 0.1.0 and 0.2.0: holiday.c */
LEGACY_SYMBOL(vc_easter_sunday_fn, holiday_easter_sunday);
LEGACY_SYMBOL(vc_public_holidays_year, holiday_list_year);
LEGACY_SYMBOL(vc_public_holidays_between, holiday_list_between);
LEGACY_SYMBOL(vc_is_public_holiday_fn, holiday_is_public_holiday);

/* 0.1.0 and 0.2.0: busday.c */
LEGACY_SYMBOL(vc_is_business_day_fn, busday_is_business_day);
LEGACY_SYMBOL(vc_add_business_days, busday_add);
LEGACY_SYMBOL(vc_next_business_day, busday_next);
LEGACY_SYMBOL(vc_previous_business_day, busday_previous);
LEGACY_SYMBOL(vc_business_days_between, busday_between);

/* 0.2.0: template.c */
LEGACY_SYMBOL(vc_render_template, template_render);
