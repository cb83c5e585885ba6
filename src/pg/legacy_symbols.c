/*
 * legacy_symbols.c
 *	  The C symbols of earlier releases, kept as aliases of the entry
 *	  points that replaced them.
 *
 * The install and upgrade scripts of released versions (in releases/:
 * 0.1.0, 0.2.0, 0.3.0 and the upgrades between them) are frozen, and name
 * these symbols in AS 'MODULE_PATHNAME', '<symbol>'.  CREATE EXTENSION of
 * an older version and ALTER EXTENSION UPDATE run them against the module
 * of the current version, and a database not yet updated calls them, so
 * the module must still export every one.  Version 0.3.0 named its entry
 * points <type-or-topic>_<verb>; from 0.4.0 on every entry point carries
 * the prefix vigo_cal_ (see vc_pg.h), and the current install and upgrade
 * scripts name only those.  Never remove a line here: a released script
 * names it.  test/scripts/symbols.sh checks that every symbol a released
 * or current script names is exported, and nothing else unprefixed.
 */
#include "vc_pg.h"

/* Export old_name as an entry point that calls new_name. */
#define LEGACY_SYMBOL(old_name, new_name) \
	extern PGDLLEXPORT Datum new_name(PG_FUNCTION_ARGS); \
	PG_FUNCTION_INFO_V1(old_name); \
	Datum old_name(PG_FUNCTION_ARGS) { return new_name(fcinfo); } \
	extern int no_such_variable

/* 0.1.0 and 0.2.0: holiday.c */
LEGACY_SYMBOL(vc_easter_sunday_fn, vigo_cal_holiday_easter_sunday);
LEGACY_SYMBOL(vc_public_holidays_year, vigo_cal_holiday_list_year);
LEGACY_SYMBOL(vc_public_holidays_between, vigo_cal_holiday_list_between);
LEGACY_SYMBOL(vc_is_public_holiday_fn, vigo_cal_holiday_is_public_holiday);

/* 0.1.0 and 0.2.0: busday.c */
LEGACY_SYMBOL(vc_is_business_day_fn, vigo_cal_busday_is_business_day);
LEGACY_SYMBOL(vc_add_business_days, vigo_cal_busday_add);
LEGACY_SYMBOL(vc_next_business_day, vigo_cal_busday_next);
LEGACY_SYMBOL(vc_previous_business_day, vigo_cal_busday_previous);
LEGACY_SYMBOL(vc_business_days_between, vigo_cal_busday_between);

/* 0.2.0: template.c */
LEGACY_SYMBOL(vc_render_template, vigo_cal_template_render);

/* 0.1.0 to 0.3.0: schoolyear.c */
LEGACY_SYMBOL(schoolyear_in, vigo_cal_schoolyear_in);
LEGACY_SYMBOL(schoolyear_out, vigo_cal_schoolyear_out);
LEGACY_SYMBOL(schoolyear_recv, vigo_cal_schoolyear_recv);
LEGACY_SYMBOL(schoolyear_send, vigo_cal_schoolyear_send);
LEGACY_SYMBOL(schoolyear_from_int, vigo_cal_schoolyear_from_int);
LEGACY_SYMBOL(schoolyear_from_date, vigo_cal_schoolyear_from_date);
LEGACY_SYMBOL(schoolyear_first_day, vigo_cal_schoolyear_first_day);
LEGACY_SYMBOL(schoolyear_last_day, vigo_cal_schoolyear_last_day);
LEGACY_SYMBOL(schoolyear_contains, vigo_cal_schoolyear_contains);
LEGACY_SYMBOL(schoolyear_contained_by, vigo_cal_schoolyear_contained_by);
LEGACY_SYMBOL(schoolyear_pl_int, vigo_cal_schoolyear_pl_int);
LEGACY_SYMBOL(schoolyear_mi_int, vigo_cal_schoolyear_mi_int);

/* 0.1.0 to 0.3.0: isoweek.c */
LEGACY_SYMBOL(isoweek_in, vigo_cal_isoweek_in);
LEGACY_SYMBOL(isoweek_out, vigo_cal_isoweek_out);
LEGACY_SYMBOL(isoweek_recv, vigo_cal_isoweek_recv);
LEGACY_SYMBOL(isoweek_send, vigo_cal_isoweek_send);
LEGACY_SYMBOL(isoweek_from_date, vigo_cal_isoweek_from_date);
LEGACY_SYMBOL(isoweek_make, vigo_cal_isoweek_make);
LEGACY_SYMBOL(isoweek_monday, vigo_cal_isoweek_monday);
LEGACY_SYMBOL(isoweek_year, vigo_cal_isoweek_year);
LEGACY_SYMBOL(isoweek_week, vigo_cal_isoweek_week);
LEGACY_SYMBOL(isoweek_contains, vigo_cal_isoweek_contains);
LEGACY_SYMBOL(isoweek_pl_int, vigo_cal_isoweek_pl_int);
LEGACY_SYMBOL(isoweek_mi_int, vigo_cal_isoweek_mi_int);
LEGACY_SYMBOL(isoweek_mi, vigo_cal_isoweek_mi);
LEGACY_SYMBOL(isoweek_contained_by, vigo_cal_isoweek_contained_by);

/* 0.3.0: holiday.c */
LEGACY_SYMBOL(holiday_easter_sunday, vigo_cal_holiday_easter_sunday);
LEGACY_SYMBOL(holiday_list_year, vigo_cal_holiday_list_year);
LEGACY_SYMBOL(holiday_list_between, vigo_cal_holiday_list_between);
LEGACY_SYMBOL(holiday_is_public_holiday, vigo_cal_holiday_is_public_holiday);

/* 0.3.0: busday.c */
LEGACY_SYMBOL(busday_is_business_day, vigo_cal_busday_is_business_day);
LEGACY_SYMBOL(busday_add, vigo_cal_busday_add);
LEGACY_SYMBOL(busday_next, vigo_cal_busday_next);
LEGACY_SYMBOL(busday_previous, vigo_cal_busday_previous);
LEGACY_SYMBOL(busday_between, vigo_cal_busday_between);

/* 0.1.0 to 0.3.0: rule.c */
LEGACY_SYMBOL(rule_in, vigo_cal_rule_in);
LEGACY_SYMBOL(rule_out, vigo_cal_rule_out);
LEGACY_SYMBOL(rule_recv, vigo_cal_rule_recv);
LEGACY_SYMBOL(rule_send, vigo_cal_rule_send);
LEGACY_SYMBOL(rule_cmp, vigo_cal_rule_cmp);
LEGACY_SYMBOL(rule_eq, vigo_cal_rule_eq);
LEGACY_SYMBOL(rule_ne, vigo_cal_rule_ne);
LEGACY_SYMBOL(rule_lt, vigo_cal_rule_lt);
LEGACY_SYMBOL(rule_le, vigo_cal_rule_le);
LEGACY_SYMBOL(rule_gt, vigo_cal_rule_gt);
LEGACY_SYMBOL(rule_ge, vigo_cal_rule_ge);
LEGACY_SYMBOL(rule_hash, vigo_cal_rule_hash);
LEGACY_SYMBOL(rule_hash_extended, vigo_cal_rule_hash_extended);
LEGACY_SYMBOL(rule_reference, vigo_cal_rule_reference);
LEGACY_SYMBOL(rule_resolve, vigo_cal_rule_resolve);
LEGACY_SYMBOL(rule_resolve_anchor, vigo_cal_rule_resolve_anchor);
LEGACY_SYMBOL(rule_resolve_range, vigo_cal_rule_resolve_range);
LEGACY_SYMBOL(rule_resolve_range_anchor, vigo_cal_rule_resolve_range_anchor);
LEGACY_SYMBOL(rule_occurrence_range, vigo_cal_rule_occurrence_range);
LEGACY_SYMBOL(rule_kind, vigo_cal_rule_kind);
LEGACY_SYMBOL(rule_offsets, vigo_cal_rule_offsets);

/* 0.3.0: template.c */
LEGACY_SYMBOL(template_render, vigo_cal_template_render);

/* 0.3.0: words.c */
LEGACY_SYMBOL(words_month_name, vigo_cal_words_month_name);
LEGACY_SYMBOL(words_weekday_name, vigo_cal_words_weekday_name);
LEGACY_SYMBOL(words_weekday_of_date, vigo_cal_words_weekday_of_date);
LEGACY_SYMBOL(words_date_label, vigo_cal_words_date_label);
LEGACY_SYMBOL(words_long_date, vigo_cal_words_long_date);
LEGACY_SYMBOL(words_school_holiday_label, vigo_cal_words_school_holiday_label);
