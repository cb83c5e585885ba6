/*
 * words.c
 *	  The words of the calendar, in one place: Norwegian month and weekday
 *	  names, full ("juli", "tirsdag") and abbreviated ("jul", "tir"), the
 *	  English spellings the rule language also accepts and its messages
 *	  use, the date labels of the årshjul ("15.jul", "07. september") and
 *	  the names of the public holidays ("Første nyttårsdag") and of the
 *	  school holidays ("Høstferie", "Skolefri").
 *
 * Everything else that prints or reads a month or weekday name (the rule
 * parser and printer, templates, the SQL functions) asks here.
 */
#include <string.h>

#include "vc_internal.h"

typedef struct calendar_word
{
	const char *name;			/* Norwegian: "juli", "tirsdag" */
	const char *abbrev;			/* Norwegian abbreviation: "jul", "tir" */
	const char *en;				/* English, for messages: "July", "Tuesday" */
	const char *en_abbrev;		/* English abbreviation: "jul", "tue" */
	const char *alias;			/* one more spelling the parser reads, or NULL */
} calendar_word;

static const calendar_word months[12] = {
	{"januar", "jan", "January", "jan", NULL},
	{"februar", "feb", "February", "feb", NULL},
	{"mars", "mar", "March", "mar", NULL},
	{"april", "apr", "April", "apr", NULL},
	{"mai", "mai", "May", "may", NULL},
	{"juni", "jun", "June", "jun", NULL},
	{"juli", "jul", "July", "jul", NULL},
	{"august", "aug", "August", "aug", NULL},
	{"september", "sep", "September", "sep", "sept"},
	{"oktober", "okt", "October", "oct", NULL},
	{"november", "nov", "November", "nov", NULL},
	{"desember", "des", "December", "dec", NULL},
};

static const calendar_word weekdays[7] = {
	{"mandag", "man", "Monday", "mon", NULL},
	{"tirsdag", "tir", "Tuesday", "tue", NULL},
	{"onsdag", "ons", "Wednesday", "wed", NULL},
	{"torsdag", "tor", "Thursday", "thu", NULL},
	{"fredag", "fre", "Friday", "fri", NULL},
	{"lørdag", "lør", "Saturday", "sat", NULL},
	{"søndag", "søn", "Sunday", "sun", NULL},
};

/* The Norwegian public holidays (holiday.c says which days they fall on). */
static const char *const holiday_names[VC_HOL_COUNT] = {
	[VC_HOL_NEW_YEAR] = "Første nyttårsdag",
	[VC_HOL_MAUNDY_THURSDAY] = "Skjærtorsdag",
	[VC_HOL_GOOD_FRIDAY] = "Langfredag",
	[VC_HOL_EASTER_SUNDAY] = "Første påskedag",
	[VC_HOL_EASTER_MONDAY] = "Andre påskedag",
	[VC_HOL_MAY_DAY] = "Offentlig høytidsdag (1. mai)",
	[VC_HOL_CONSTITUTION_DAY] = "Grunnlovsdag (17. mai)",
	[VC_HOL_ASCENSION] = "Kristi himmelfartsdag",
	[VC_HOL_WHIT_SUNDAY] = "Første pinsedag",
	[VC_HOL_WHIT_MONDAY] = "Andre pinsedag",
	[VC_HOL_CHRISTMAS_DAY] = "Første juledag",
	[VC_HOL_BOXING_DAY] = "Andre juledag",
};

/* The Norwegian name of a public holiday, or NULL. */
const char *
vc_holiday_name(vc_holiday_id id)
{
	return (id >= 0 && id < VC_HOL_COUNT) ? holiday_names[id] : NULL;
}

/* School holiday kinds (vigo_cal.school_holiday.kind) and their names. */
static const struct
{
	const char *kind;
	const char *label;
}			school_holidays[] = {
	{"hostferie", "Høstferie"},
	{"vinterferie", "Vinterferie"},
	{"juleferie", "Juleferie"},
	{"paaskeferie", "Påskeferie"},
	{"sommerferie", "Sommerferie"},
};

/* The name of any other kind ("annet"): a day off school. */
#define OTHER_SCHOOL_HOLIDAY "Skolefri"

/* Is spelling, lower-cased (ASCII), the lower-case word? */
static bool
spelled(const char *spelling, const char *word)
{
	if (spelling == NULL)
		return false;
	for (; *spelling && *word; spelling++, word++)
		if (vc_ascii_tolower((unsigned char) *spelling) != (unsigned char) *word)
			return false;
	return *spelling == '\0' && *word == '\0';
}

/* The 1-based entry of table whose spellings include word, or 0. */
static int
find_word(const calendar_word *table, int n, const char *word)
{
	int			i;

	for (i = 0; i < n; i++)
	{
		const calendar_word *w = &table[i];

		if (spelled(w->name, word) || spelled(w->abbrev, word) ||
			spelled(w->en, word) || spelled(w->en_abbrev, word) ||
			spelled(w->alias, word))
			return i + 1;
	}
	return 0;
}

/* Entry i (1-based) of a table of n: its Norwegian name or abbreviation, or English; NULL if none. */
static const char *
name_of(const calendar_word *table, int n, int i, bool abbreviated, bool english)
{
	if (i < 1 || i > n)
		return NULL;
	if (english)
		return table[i - 1].en;
	return abbreviated ? table[i - 1].abbrev : table[i - 1].name;
}

/* The Norwegian name of a month 1-12, "juli" or abbreviated "jul"; NULL otherwise. */
const char *
vc_month_name(int month, bool abbreviated)
{
	return name_of(months, 12, month, abbreviated, false);
}

/* The English name of a month 1-12 ("July"), for messages; NULL otherwise. */
const char *
vc_month_name_en(int month)
{
	return name_of(months, 12, month, false, true);
}

/* The Norwegian name of an ISO weekday 1-7, "tirsdag" or "tir"; NULL otherwise. */
const char *
vc_weekday_name(int isodow, bool abbreviated)
{
	return name_of(weekdays, 7, isodow, abbreviated, false);
}

/* The English name of an ISO weekday 1-7 ("Tuesday"), for messages; NULL otherwise. */
const char *
vc_weekday_name_en(int isodow)
{
	return name_of(weekdays, 7, isodow, false, true);
}

/* The month (1-12) a lower-case word names in any accepted spelling, or 0. */
int
vc_month_from_word(const char *word)
{
	return find_word(months, 12, word);
}

/* The ISO weekday (1-7) a lower-case word names in any accepted spelling, or 0. */
int
vc_weekday_from_word(const char *word)
{
	return find_word(weekdays, 7, word);
}

/* The short label of the printed årshjul: "15.jul". */
void
vc_date_label(vc_day d, char *buf, size_t buflen)
{
	vc_buf		b;
	int			y,
				m,
				dd;

	vc_ymd_from_day(d, &y, &m, &dd);
	vc_buf_init(&b, buf, buflen);
	vc_buf_printf(&b, "%02d.%s", dd, vc_month_name(m, true));
}

/* The date as the årshjul writes it in text: "07. september", "17. juli 2023". */
void
vc_long_date_label(vc_day d, bool with_year, char *buf, size_t buflen)
{
	vc_buf		b;
	int			y,
				m,
				dd;

	vc_ymd_from_day(d, &y, &m, &dd);
	vc_buf_init(&b, buf, buflen);
	vc_buf_printf(&b, "%02d. %s", dd, vc_month_name(m, false));
	if (with_year)
		vc_buf_printf(&b, " %d", y);
}

/*
 * The name of a school holiday kind of len bytes: "hostferie" is
 * "Høstferie", and a kind without a name of its own ("annet") "Skolefri".
 */
const char *
vc_school_holiday_label(const char *kind, size_t len)
{
	size_t		i;

	for (i = 0; i < sizeof(school_holidays) / sizeof(school_holidays[0]); i++)
		if (strlen(school_holidays[i].kind) == len &&
			memcmp(school_holidays[i].kind, kind, len) == 0)
			return school_holidays[i].label;
	return OTHER_SCHOOL_HOLIDAY;
}
