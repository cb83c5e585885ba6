/*
 * test_words.c
 *	  Unit tests of the words of the calendar (src/core/words.c): month and
 *	  weekday names in every form, the spellings the rule language reads,
 *	  the date labels, and the school holiday names.
 */
#include <string.h>

#include "unit.h"

/* str equals want (NULL only for NULL). */
static bool
same(const char *str, const char *want)
{
	return str == NULL ? want == NULL : want != NULL && strcmp(str, want) == 0;
}

#define CHECK_WORD(got, want) \
	do { \
		const char *g_ = (got); \
		CHECK(same(g_, want), "%s: got \"%s\", want \"%s\"", #got, \
			  g_ ? g_ : "(null)", (want) ? (want) : "(null)"); \
	} while (0)

/* Month and weekday names, full, abbreviated and English, and out of range. */
void
test_words(void)
{
	CHECK_WORD(vc_month_name(1, false), "januar");
	CHECK_WORD(vc_month_name(7, false), "juli");
	CHECK_WORD(vc_month_name(7, true), "jul");
	CHECK_WORD(vc_month_name(5, true), "mai");
	CHECK_WORD(vc_month_name(9, true), "sep");
	CHECK_WORD(vc_month_name(10, true), "okt");
	CHECK_WORD(vc_month_name(12, false), "desember");
	CHECK_WORD(vc_month_name(12, true), "des");
	CHECK_WORD(vc_month_name(0, false), NULL);
	CHECK_WORD(vc_month_name(13, true), NULL);
	CHECK_WORD(vc_month_name_en(2), "February");
	CHECK_WORD(vc_month_name_en(13), NULL);
	CHECK_WORD(vc_weekday_name(1, false), "mandag");
	CHECK_WORD(vc_weekday_name(2, true), "tir");
	CHECK_WORD(vc_weekday_name(6, false), "lørdag");
	CHECK_WORD(vc_weekday_name(7, true), "søn");
	CHECK_WORD(vc_weekday_name(0, false), NULL);
	CHECK_WORD(vc_weekday_name(8, true), NULL);
	CHECK_WORD(vc_weekday_name_en(5), "Friday");

	/* the abbreviation is what the printed årshjul shows: the first three letters */
	for (int m = 1; m <= 12; m++)
		CHECK(strncmp(vc_month_name(m, false), vc_month_name(m, true), 3) == 0 &&
			  strlen(vc_month_name(m, true)) == 3, "month %d: abbreviation %s", m,
			  vc_month_name(m, true));

	/* what the rule language reads: every form, lower-cased, and nothing else */
	CHECK(vc_month_from_word("juli") == 7 && vc_month_from_word("jul") == 7 &&
		  vc_month_from_word("july") == 7, "juli, jul, july");
	CHECK(vc_month_from_word("sept") == 9 && vc_month_from_word("oct") == 10 &&
		  vc_month_from_word("des") == 12 && vc_month_from_word("dec") == 12, "sept, oct, des, dec");
	CHECK(vc_month_from_word("may") == 5 && vc_month_from_word("mai") == 5, "mai, may");
	CHECK(vc_month_from_word("Juli") == 0 && vc_month_from_word("ju") == 0 &&
		  vc_month_from_word("") == 0, "only whole lower-case words");
	CHECK(vc_weekday_from_word("tirsdag") == 2 && vc_weekday_from_word("tir") == 2 &&
		  vc_weekday_from_word("tuesday") == 2 && vc_weekday_from_word("tue") == 2,
		  "tirsdag, tir, tuesday, tue");
	CHECK(vc_weekday_from_word("lørdag") == 6 && vc_weekday_from_word("lør") == 6 &&
		  vc_weekday_from_word("søn") == 7 && vc_weekday_from_word("fri") == 5,
		  "lørdag, lør, søn, fri");
	CHECK(vc_weekday_from_word("onsdagen") == 0, "onsdagen is not a weekday");
}

/* The labels of the årshjul and the names of the school holidays. */
void
test_date_labels(void)
{
	char		buf[VC_LABEL_SIZE];
	char		tiny[4];

	vc_date_label(D(2024, 7, 15), buf, sizeof(buf));
	CHECK_WORD(buf, "15.jul");
	vc_date_label(D(2023, 10, 2), buf, sizeof(buf));
	CHECK_WORD(buf, "02.okt");
	vc_long_date_label(D(2023, 9, 7), false, buf, sizeof(buf));
	CHECK_WORD(buf, "07. september");
	vc_long_date_label(D(2023, 7, 17), true, buf, sizeof(buf));
	CHECK_WORD(buf, "17. juli 2023");
	vc_long_date_label(D(9999, 12, 31), true, buf, sizeof(buf));
	CHECK_WORD(buf, "31. desember 9999");
	vc_long_date_label(D(2023, 9, 7), false, tiny, sizeof(tiny));
	CHECK_WORD(tiny, "07.");

	CHECK_WORD(vc_school_holiday_label("hostferie", 9), "Høstferie");
	CHECK_WORD(vc_school_holiday_label("vinterferie", 11), "Vinterferie");
	CHECK_WORD(vc_school_holiday_label("juleferie", 9), "Juleferie");
	CHECK_WORD(vc_school_holiday_label("paaskeferie", 11), "Påskeferie");
	CHECK_WORD(vc_school_holiday_label("sommerferie", 11), "Sommerferie");
	CHECK_WORD(vc_school_holiday_label("annet", 5), "Skolefri");
	CHECK_WORD(vc_school_holiday_label("", 0), "Skolefri");
	CHECK_WORD(vc_school_holiday_label("hostferiex", 9), "Høstferie");
	CHECK_WORD(vc_school_holiday_label("hostferie", 8), "Skolefri");
}
