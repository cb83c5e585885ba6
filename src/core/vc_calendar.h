/*
 * vc_calendar.h
 *	  The vigo_cal calendar core: civil dates, ISO weeks, school years,
 *	  the words of the calendar, Easter, Norwegian public holidays,
 *	  working-day arithmetic, the rule language and templates.
 *
 * Pure C99: no PostgreSQL headers.  Days are counted the way PostgreSQL
 * counts them for the date type, as days since 2000-01-01 (day 0), so a
 * vc_day and a DateADT hold the same number for the same day.
 *
 * The core supports the Gregorian calendar from 1583-01-01 to 9999-12-31.
 * Functions that can fail return a vc_status and leave their result
 * untouched on failure.  The only global state is the working-day tables
 * of busday.c, built once, on first use, from pure arithmetic; the parsers
 * keep none.
 */
#ifndef VC_CALENDAR_H
#define VC_CALENDAR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef int32_t vc_day;

/* Supported range of the calendar core. */
#define VC_MIN_YEAR 1583
#define VC_MAX_YEAR 9999

/* Day numbers of 1583-01-01 and 9999-12-31 (checked by the unit tests). */
#define VC_MIN_DAY (-152306)
#define VC_MAX_DAY 2921939

/* Supported range of school years (by start year). */
#define VC_MIN_SCHOOLYEAR VC_MIN_YEAR
#define VC_MAX_SCHOOLYEAR (VC_MAX_YEAR - 1)

/* Norwegian public holidays (1 May and 17 May are statutory from this year). */
#define VC_MAY_HOLIDAYS_FROM 1947

typedef enum vc_status
{
	VC_OK = 0,
	VC_ERR_SYNTAX,				/* text does not have the expected form */
	VC_ERR_RANGE,				/* well-formed, but outside the supported range */
	VC_ERR_VALUE,				/* well-formed, but names a day that does not exist */
	VC_ERR_NEEDS_ANCHOR,		/* a rule refers to an event whose date is not given */
	VC_ERR_UNKNOWN_KEY,			/* a template names a key the caller does not know */
	VC_ERR_VERSION				/* a binary form of a format version this code does not read */
} vc_status;

/* What went wrong and where: filled in by the parsers on failure. */
typedef struct vc_error
{
	vc_status	status;
	int			position;		/* 1-based character position, 0 if none */
	char		detail[160];
	const char *hint;
} vc_error;

/* ---- civil dates ---- */
extern vc_day vc_day_from_ymd(int year, int month, int day);
extern void vc_ymd_from_day(vc_day d, int *year, int *month, int *day);
extern int	vc_year_of(vc_day d);
extern int	vc_month_of(vc_day d);
extern bool vc_is_leap_year(int year);
extern int	vc_days_in_month(int year, int month);
extern int	vc_isodow(vc_day d);	/* 1 = Monday .. 7 = Sunday */
extern vc_day vc_min_day(void);
extern vc_day vc_max_day(void);

/* Is d inside the range the calendar core supports? */
static inline bool
vc_day_in_range(int64_t d)
{
	return d >= VC_MIN_DAY && d <= VC_MAX_DAY;
}

/* Is the calendar year inside the range the calendar core supports? */
static inline bool
vc_year_in_range(int64_t year)
{
	return year >= VC_MIN_YEAR && year <= VC_MAX_YEAR;
}

/* ---- the words of the calendar (words.c) ---- */
#define VC_LABEL_SIZE 32		/* room for any date label, NUL included */

extern const char *vc_month_name(int month, bool abbreviated);	/* "juli", "jul" */
extern const char *vc_month_name_en(int month); /* "July" */
extern const char *vc_weekday_name(int isodow, bool abbreviated);	/* "tirsdag", "tir" */
extern const char *vc_weekday_name_en(int isodow);	/* "Tuesday" */
extern int	vc_month_from_word(const char *word);	/* 1-12, or 0 */
extern int	vc_weekday_from_word(const char *word); /* 1-7, or 0 */
extern void vc_date_label(vc_day d, char *buf, size_t buflen);	/* "15.jul" */
extern void vc_long_date_label(vc_day d, bool with_year, char *buf, size_t buflen);	/* "07. september" */
extern const char *vc_school_holiday_label(const char *kind, size_t len);	/* "Høstferie" */

/* ---- ISO 8601 weeks ---- */
extern void vc_isoweek_of(vc_day d, int *isoyear, int *week);
extern int	vc_isoweeks_in_year(int isoyear);
extern vc_day vc_isoweek_monday(int isoyear, int week);
extern vc_status vc_isoweek_make(int64_t isoyear, int64_t week, vc_day *monday);
extern vc_status vc_isoweek_of_day(vc_day d, vc_day *monday);
extern vc_status vc_isoweek_add(vc_day monday, int64_t weeks, vc_day *result);
extern vc_day vc_isoweek_sunday(vc_day monday);
extern bool vc_isoweek_contains(vc_day monday, int64_t d);
extern bool vc_isoweek_in_frame(vc_day val, vc_day base, int64_t weeks, bool sub, bool less);
extern vc_status vc_isoweek_parse(const char *text, vc_day *monday, vc_error *err);
extern void vc_isoweek_format(vc_day monday, char *buf, size_t buflen);

/* ---- school years (a school year Y-(Y+1) runs 1 August Y .. 31 July Y+1) ---- */
extern int	vc_schoolyear_of(vc_day d);
extern vc_day vc_schoolyear_first_day(int sy);
extern vc_day vc_schoolyear_last_day(int sy);
extern bool vc_schoolyear_in_range(int64_t sy);
extern bool vc_schoolyear_contains(int sy, int64_t d);
extern vc_status vc_schoolyear_parse(const char *text, int *sy, vc_error *err);
extern void vc_schoolyear_format(int sy, char *buf, size_t buflen);

/* ---- ISO dates (2024-07-15, the form templates read; textform.c) ---- */
extern vc_status vc_iso_date_parse(const char *text, size_t len, vc_day *day, vc_error *err);

/* ---- Easter and public holidays ---- */
typedef enum vc_holiday_id
{
	VC_HOL_NEW_YEAR,
	VC_HOL_MAUNDY_THURSDAY,
	VC_HOL_GOOD_FRIDAY,
	VC_HOL_EASTER_SUNDAY,
	VC_HOL_EASTER_MONDAY,
	VC_HOL_MAY_DAY,
	VC_HOL_CONSTITUTION_DAY,
	VC_HOL_ASCENSION,
	VC_HOL_WHIT_SUNDAY,
	VC_HOL_WHIT_MONDAY,
	VC_HOL_CHRISTMAS_DAY,
	VC_HOL_BOXING_DAY,
	VC_HOL_COUNT
} vc_holiday_id;

typedef struct vc_holiday
{
	vc_day		day;
	uint16_t	ids;			/* bit (1 << vc_holiday_id) for each holiday that day */
} vc_holiday;

#define VC_MAX_HOLIDAYS_PER_YEAR VC_HOL_COUNT

extern vc_day vc_easter_sunday(int year);
extern const char *vc_holiday_name(vc_holiday_id id);	/* in words.c */
extern void vc_holiday_label(uint16_t ids, char *buf, size_t buflen);
extern int	vc_public_holidays(int year, vc_holiday *out);
extern bool vc_is_public_holiday(vc_day d);

/* ---- working days (Monday to Friday, minus public holidays) ---- */
typedef enum vc_roll
{
	VC_ROLL_RAISE,
	VC_ROLL_NAT,
	VC_ROLL_FORWARD,
	VC_ROLL_BACKWARD,
	VC_ROLL_MODIFIED_FOLLOWING,
	VC_ROLL_MODIFIED_PRECEDING
} vc_roll;

/* Result of vc_busday_offset beyond VC_OK / VC_ERR_RANGE. */
#define VC_BUSDAY_NOT_BUSDAY	10	/* roll 'raise' on a day off */
#define VC_BUSDAY_NAT			11	/* roll 'nat' on a day off: no date */

extern bool vc_roll_parse(const char *text, size_t len, vc_roll *roll);
extern bool vc_is_business_day(vc_day d);
extern int	vc_busday_offset(vc_day d, int64_t n, vc_roll roll, vc_day *result);
extern int64_t vc_busday_count(vc_day a, vc_day b);
extern int	vc_busday_window_selfcheck(void);

/* ---- date rules (the rule language of doc/rules.md) ---- */
#define VC_RULE_MAX_OFFSETS 16
#define VC_RULE_MAX_REF 63		/* longest event key a rule can name */
#define VC_RULE_MAX_N 100000	/* largest offset count */
/*
 * The longest canonical text, NUL included: the longest anchor (an event
 * key of VC_RULE_MAX_REF bytes; every other anchor is shorter), the most
 * offsets each at its longest (" - 100000 virkedager") and the longest roll
 * (", forrige virkedag").  format.c checks these figures at compile time.
 */
#define VC_RULE_OFFSET_TEXT 20	/* " - 100000 virkedager" */
#define VC_RULE_ROLL_TEXT 18	/* ", forrige virkedag" */
#define VC_RULE_MAX_TEXT (VC_RULE_MAX_REF + \
						  VC_RULE_MAX_OFFSETS * VC_RULE_OFFSET_TEXT + \
						  VC_RULE_ROLL_TEXT + 1)
#define VC_RULE_MAX_BINARY 192	/* longest serialized form */
#define VC_RULE_FORMAT_VERSION 1	/* the binary form written; format.c reads all */
#define VC_RULE_FORMAT_OLDEST 1	/* the first binary form ever written */

typedef enum vc_anchor_kind
{
	VC_ANCHOR_DAY = 1,			/* 15.07 */
	VC_ANCHOR_SPAN,				/* 19.06 til 21.06 */
	VC_ANCHOR_MONTH,			/* i løpet av august */
	VC_ANCHOR_WEEK,				/* uke 40, uke 41 ons-fre, uke 31/32 */
	VC_ANCHOR_NTH_WEEKDAY,		/* 1. tirsdag i juli, siste fredag i juni */
	VC_ANCHOR_REFERENCE			/* ssb_resultat_vgs_1 */
} vc_anchor_kind;

typedef enum vc_offset_unit
{
	VC_UNIT_DAY = 1,
	VC_UNIT_BUSINESS_DAY,
	VC_UNIT_WEEK
} vc_offset_unit;

typedef enum vc_rule_roll
{
	VC_RULE_ROLL_NONE = 0,
	VC_RULE_ROLL_NEXT,			/* neste virkedag */
	VC_RULE_ROLL_PREVIOUS		/* forrige virkedag */
} vc_rule_roll;

typedef struct vc_rule_offset
{
	int32_t		n;				/* signed count */
	uint8_t		unit;			/* vc_offset_unit */
} vc_rule_offset;

/*
 * A parsed rule.  Fields not used by the anchor kind are zero, so two
 * rules that mean the same are equal field by field and serialize to the
 * same bytes.
 */
typedef struct vc_rule
{
	uint8_t		kind;			/* vc_anchor_kind */
	uint8_t		month;			/* DAY, SPAN (start), MONTH, NTH_WEEKDAY */
	uint8_t		day;			/* DAY, SPAN (start) */
	uint8_t		month2;			/* SPAN (end) */
	uint8_t		day2;			/* SPAN (end) */
	uint8_t		week;			/* WEEK: first week */
	uint8_t		week2;			/* WEEK: last week (= week for one) */
	uint8_t		dow_from;		/* WEEK: first day, 1 = Monday */
	uint8_t		dow_to;			/* WEEK: last day */
	int8_t		nth;			/* NTH_WEEKDAY: 1..5, or -1 for the last */
	uint8_t		dow;			/* NTH_WEEKDAY: the weekday */
	uint8_t		roll;			/* vc_rule_roll */
	uint8_t		noffsets;
	vc_rule_offset offsets[VC_RULE_MAX_OFFSETS];
	char		ref[VC_RULE_MAX_REF + 1];	/* REFERENCE: the event key */
} vc_rule;

extern vc_status vc_rule_parse(const char *text, vc_rule *rule, vc_error *err);
extern bool vc_rule_format(const vc_rule *rule, char *buf, size_t buflen);
extern size_t vc_rule_serialize(const vc_rule *rule, uint8_t *buf);
extern vc_status vc_rule_unpack(const uint8_t *buf, size_t len, vc_rule *rule);
extern vc_status vc_rule_deserialize(const uint8_t *buf, size_t len, vc_rule *rule);
extern vc_status vc_rule_resolve(const vc_rule *rule, int sy, const vc_day *anchor,
								 vc_day *first, vc_day *last, vc_error *err);

/* ---- title and comment templates ({sy}, {y+1}, {date:KEY + 2 virkedager}) ---- */

/*
 * Look up a template key of len bytes: VC_OK and *day, VC_ERR_VALUE when
 * the key is known but has no date, VC_ERR_UNKNOWN_KEY when it is unknown.
 */
typedef vc_status (*vc_template_lookup) (const char *key, size_t len, void *ctx, vc_day *day);

/* How much room vc_template_render may need for a template of len bytes. */
#define VC_TEMPLATE_OUT_SIZE(len) (4 * (len) + 64)

extern vc_status vc_template_render(const char *tmpl, int sy, vc_template_lookup lookup,
									void *ctx, char *out, size_t outlen, vc_error *err);

#endif							/* VC_CALENDAR_H */
