/*
 * rule.c
 *	  The rule language: recurring dates of the årshjul, written the way
 *	  the document writes them ("15.jul", "uke 41 ons-fre", "1. tirsdag i
 *	  juli", "ssb_resultat_vgs_1 + 1 virkedag"), parsed into a vc_rule,
 *	  printed back in canonical Norwegian, serialized, and resolved to the
 *	  days they name in a given school year.
 *
 * The grammar is in doc/rules.md.  The parser is a recursive descent over
 * a small lexer; it is reentrant and keeps all state in its arguments.
 * Errors come back as a status, the character position of the offending
 * word, a detail and a hint.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "vc_calendar.h"

/* ---------------------------------------------------------------------
 * Words of the language
 * ---------------------------------------------------------------------
 */
typedef struct word_value
{
	const char *word;
	int			value;
} word_value;

static const word_value month_words[] = {
	{"januar", 1}, {"jan", 1}, {"january", 1},
	{"februar", 2}, {"feb", 2}, {"february", 2},
	{"mars", 3}, {"mar", 3}, {"march", 3},
	{"april", 4}, {"apr", 4},
	{"mai", 5}, {"may", 5},
	{"juni", 6}, {"jun", 6}, {"june", 6},
	{"juli", 7}, {"jul", 7}, {"july", 7},
	{"august", 8}, {"aug", 8},
	{"september", 9}, {"sep", 9}, {"sept", 9},
	{"oktober", 10}, {"okt", 10}, {"october", 10}, {"oct", 10},
	{"november", 11}, {"nov", 11},
	{"desember", 12}, {"des", 12}, {"december", 12}, {"dec", 12},
	{NULL, 0}
};

static const word_value weekday_words[] = {
	{"mandag", 1}, {"man", 1}, {"monday", 1}, {"mon", 1},
	{"tirsdag", 2}, {"tir", 2}, {"tuesday", 2}, {"tue", 2},
	{"onsdag", 3}, {"ons", 3}, {"wednesday", 3}, {"wed", 3},
	{"torsdag", 4}, {"tor", 4}, {"thursday", 4}, {"thu", 4},
	{"fredag", 5}, {"fre", 5}, {"friday", 5}, {"fri", 5},
	{"lørdag", 6}, {"lør", 6}, {"saturday", 6}, {"sat", 6},
	{"søndag", 7}, {"søn", 7}, {"sunday", 7}, {"sun", 7},
	{NULL, 0}
};

static const word_value ordinal_words[] = {
	{"første", 1}, {"andre", 2}, {"tredje", 3}, {"fjerde", 4}, {"femte", 5},
	{"first", 1}, {"second", 2}, {"third", 3}, {"fourth", 4}, {"fifth", 5},
	{"siste", -1}, {"last", -1},
	{NULL, 0}
};

static const word_value unit_words[] = {
	{"dag", VC_UNIT_DAY}, {"dager", VC_UNIT_DAY}, {"day", VC_UNIT_DAY}, {"days", VC_UNIT_DAY},
	{"virkedag", VC_UNIT_BUSINESS_DAY}, {"virkedager", VC_UNIT_BUSINESS_DAY},
	{"workday", VC_UNIT_BUSINESS_DAY}, {"workdays", VC_UNIT_BUSINESS_DAY},
	{"uke", VC_UNIT_WEEK}, {"uker", VC_UNIT_WEEK}, {"week", VC_UNIT_WEEK}, {"weeks", VC_UNIT_WEEK},
	{NULL, 0}
};

/* Other words of the grammar; none of them can name an event. */
static const char *const other_keywords[] = {
	"i", "in", "of", "til", "to", "løpet", "av", "during", "neste", "next",
	"forrige", "previous", "business", "working", "st", "nd", "rd", "th", NULL
};

static const char *const weekday_names[8] = {
	NULL, "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"
};
static const char *const month_names_en[13] = {
	NULL, "January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"
};
static const char *const weekday_names_en[8] = {
	NULL, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
};
static const char *const ordinal_names_en[6] = {
	NULL, "first", "second", "third", "fourth", "fifth"
};
static const char *const weekday_abbrevs[8] = {
	NULL, "man", "tir", "ons", "tor", "fre", "lør", "søn"
};

static const char *const MONTH_HINT =
"A month is 1-12 or a name such as \"jul\" or \"juli\".";
static const char *const ANCHOR_HINT =
"A rule starts with a day (15.07, 15.jul, 15. juli), a week (uke 40), "
"an nth weekday (1. tirsdag i juli, siste fredag i juni), a month "
"(i løpet av august) or an event key.";
static const char *const OFFSET_HINT =
"An offset is + or - a number and a unit: dag, dager, virkedag, virkedager, uke or uker.";
static const char *const ROLL_HINT =
"A rule may end with \", neste virkedag\" or \", forrige virkedag\".";
static const char *const WEEKDAY_HINT =
"A weekday is a name such as \"man\", \"tirsdag\" or \"fri\".";

/* ---------------------------------------------------------------------
 * Lexer
 * ---------------------------------------------------------------------
 */
typedef enum tok_type
{
	T_END,
	T_NUMBER,
	T_WORD,
	T_DOT,
	T_PLUS,
	T_MINUS,
	T_COMMA,
	T_SLASH,
	T_OTHER
} tok_type;

#define MAX_WORD 64

typedef struct token
{
	tok_type	type;
	const char *start;
	size_t		len;
	int64_t		value;			/* T_NUMBER, capped */
	int			ndigits;		/* T_NUMBER */
	char		word[MAX_WORD + 1]; /* T_WORD, lower case, cut at MAX_WORD */
} token;

typedef struct lexer
{
	const char *text;
	const char *p;				/* where the next token starts */
	token		tok;			/* the current token */
} lexer;

/* Lower-case one character at s (ASCII and Æ/Ø/Å) into out; bytes used. */
static int
fold_char(const unsigned char *s, char *out, int *outlen)
{
	if (s[0] == 0xC3 && (s[1] == 0x86 || s[1] == 0x98 || s[1] == 0x85))
	{
		out[0] = (char) 0xC3;
		out[1] = (char) (s[1] + 0x20);
		*outlen = 2;
		return 2;
	}
	out[0] = (char) tolower(s[0]);
	*outlen = 1;
	return 1;
}

static bool
is_word_byte(unsigned char c)
{
	return isalnum(c) || c == '_' || c >= 0x80;
}

/* Read the next token into lx->tok. */
static void
lex_next(lexer *lx)
{
	const unsigned char *p = (const unsigned char *) lx->p;
	token	   *t = &lx->tok;

	while (*p && isspace(*p))
		p++;
	t->start = (const char *) p;
	t->word[0] = '\0';
	t->value = 0;
	t->ndigits = 0;

	if (*p == '\0')
		t->type = T_END;
	else if (isdigit(*p))
	{
		t->type = T_NUMBER;
		while (isdigit(*p))
		{
			if (t->value < 1000000000)
				t->value = t->value * 10 + (*p - '0');
			t->ndigits++;
			p++;
		}
	}
	else if (isalpha(*p) || *p >= 0x80)
	{
		size_t		n = 0;

		/* an en dash is punctuation, not a letter */
		if (p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0x93)
		{
			t->type = T_MINUS;
			p += 3;
			goto done;
		}
		t->type = T_WORD;
		while (is_word_byte(*p) && !(p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0x93))
		{
			char		folded[2];
			int			flen;
			int			used = fold_char(p, folded, &flen);

			if (n + (size_t) flen <= MAX_WORD)
			{
				memcpy(t->word + n, folded, (size_t) flen);
				n += (size_t) flen;
			}
			else
				n = MAX_WORD + 1;	/* too long: no keyword, no key */
			p += used;
			if (n > MAX_WORD)
			{
				while (is_word_byte(*p))
					p++;
				break;
			}
		}
		t->word[n > MAX_WORD ? MAX_WORD : n] = '\0';
		if (n > MAX_WORD)
			t->word[0] = '\0';
	}
	else
	{
		switch (*p)
		{
			case '.':
				t->type = T_DOT;
				break;
			case '+':
				t->type = T_PLUS;
				break;
			case '-':
				t->type = T_MINUS;
				break;
			case ',':
				t->type = T_COMMA;
				break;
			case '/':
				t->type = T_SLASH;
				break;
			default:
				t->type = T_OTHER;
				break;
		}
		p++;
	}
done:
	t->len = (size_t) ((const char *) p - t->start);
	lx->p = (const char *) p;
}

/* 1-based character (not byte) position of the current token. */
static int
tok_position(const lexer *lx)
{
	const unsigned char *p = (const unsigned char *) lx->text;
	int			pos = 1;

	for (; p < (const unsigned char *) lx->tok.start; p++)
		if ((*p & 0xC0) != 0x80)
			pos++;
	return pos;
}

static int
lookup(const word_value *table, const char *word)
{
	for (; table->word; table++)
		if (strcmp(table->word, word) == 0)
			return table->value;
	return 0;
}

static bool
tok_is(const lexer *lx, const char *word)
{
	return lx->tok.type == T_WORD && strcmp(lx->tok.word, word) == 0;
}

static int
tok_month(const lexer *lx)
{
	return lx->tok.type == T_WORD ? lookup(month_words, lx->tok.word) : 0;
}

static int
tok_weekday(const lexer *lx)
{
	return lx->tok.type == T_WORD ? lookup(weekday_words, lx->tok.word) : 0;
}

static int
tok_unit(const lexer *lx)
{
	return lx->tok.type == T_WORD ? lookup(unit_words, lx->tok.word) : 0;
}

/* Is this word part of the rule language? */
static bool
is_keyword(const char *word)
{
	const char *const *kw;

	if (lookup(month_words, word) || lookup(weekday_words, word) ||
		lookup(ordinal_words, word) || lookup(unit_words, word))
		return true;
	for (kw = other_keywords; *kw; kw++)
		if (strcmp(*kw, word) == 0)
			return true;
	return false;
}

/* Can this word name an event?  Letters, digits and _, not a keyword. */
static bool
is_event_key(const char *word)
{
	const char *p;

	if (word[0] == '\0' || !islower((unsigned char) word[0]) ||
		strlen(word) > VC_RULE_MAX_REF)
		return false;
	for (p = word; *p; p++)
		if (!(islower((unsigned char) *p) || isdigit((unsigned char) *p) || *p == '_'))
			return false;
	return !is_keyword(word);
}

/* ---------------------------------------------------------------------
 * Errors
 * ---------------------------------------------------------------------
 */
#if defined(__GNUC__)
#define VC_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define VC_PRINTF(f, a)
#endif

static vc_status fail(lexer *lx, vc_error *err, vc_status status,
					  const char *hint, const char *fmt,...) VC_PRINTF(5, 6);

/*
 * Record an error at the current token.  The detail is the message
 * followed by " at position N", which the tests and users rely on to find
 * the offending word.
 */
static vc_status
fail(lexer *lx, vc_error *err, vc_status status, const char *hint,
	 const char *fmt,...)
{
	va_list		args;
	char		msg[sizeof(err->detail) - 24];

	va_start(args, fmt);
	vsnprintf(msg, sizeof(msg), fmt, args);
	va_end(args);
	err->status = status;
	err->position = tok_position(lx);
	err->hint = hint;
	snprintf(err->detail, sizeof(err->detail), "%s at position %d.", msg,
			 err->position);
	return status;
}

/* A short description of the current token, for error details. */
static const char *
tok_text(const lexer *lx, char *buf, size_t buflen)
{
	if (lx->tok.type == T_END)
		return "end of rule";
	snprintf(buf, buflen, "\"%.*s\"", (int) (lx->tok.len > 30 ? 30 : lx->tok.len),
			 lx->tok.start);
	return buf;
}

#define UNEXPECTED(lx, err, hint, what) \
	do { \
		char tbuf_[48]; \
		return fail((lx), (err), VC_ERR_SYNTAX, (hint), "Expected %s, found %s", \
					(what), tok_text((lx), tbuf_, sizeof(tbuf_))); \
	} while (0)

/* ---------------------------------------------------------------------
 * Parser, one function per grammar rule
 * ---------------------------------------------------------------------
 */

/* day = 1..31, valid for the month in a leap year (29.02 is allowed). */
static vc_status
check_day(lexer *lx, vc_error *err, int64_t day, int month, const token *day_tok)
{
	if (day < 1 || day > vc_days_in_month(2000, month))
	{
		lexer		at = *lx;

		at.tok = *day_tok;
		return fail(&at, err, VC_ERR_SYNTAX,
					"A day is 1 to the length of its month (29 for February).",
					"Day %lld does not exist in %s", (long long) day,
					month_names_en[month]);
	}
	return VC_OK;
}

/* A month after "15." or "15 ": a number or a name. */
static vc_status
parse_month(lexer *lx, vc_error *err, int *month)
{
	if (lx->tok.type == T_NUMBER)
	{
		if (lx->tok.value < 1 || lx->tok.value > 12 || lx->tok.ndigits > 2)
			return fail(lx, err, VC_ERR_SYNTAX, MONTH_HINT, "Month %lld",
						(long long) lx->tok.value);
		*month = (int) lx->tok.value;
	}
	else if ((*month = tok_month(lx)) == 0)
		UNEXPECTED(lx, err, MONTH_HINT, "a month");
	lex_next(lx);
	return VC_OK;
}

/*
 * fixed_day = number "." ( number | month_name ) | number month_name
 *           | month_name number
 */
static vc_status
parse_fixed_day(lexer *lx, vc_error *err, int *month, int *day)
{
	token		day_tok;
	vc_status	rc;

	if ((*month = tok_month(lx)) != 0)
	{
		/* English: "Jul 15" */
		lex_next(lx);
		if (lx->tok.type != T_NUMBER)
			UNEXPECTED(lx, err, ANCHOR_HINT, "a day after the month");
		day_tok = lx->tok;
		lex_next(lx);
		*day = (int) (day_tok.value > 99 ? 99 : day_tok.value);
		return check_day(lx, err, day_tok.value, *month, &day_tok);
	}
	if (lx->tok.type != T_NUMBER)
		UNEXPECTED(lx, err, ANCHOR_HINT, "a day");
	day_tok = lx->tok;
	lex_next(lx);
	if (lx->tok.type == T_DOT)
		lex_next(lx);
	else if (!tok_month(lx))
		UNEXPECTED(lx, err, MONTH_HINT, "\".\" and a month after the day");
	if ((rc = parse_month(lx, err, month)) != VC_OK)
		return rc;
	*day = (int) (day_tok.value > 99 ? 99 : day_tok.value);
	return check_day(lx, err, day_tok.value, *month, &day_tok);
}

/* The rest of an nth weekday after its ordinal: weekday ("i" | "of") month. */
static vc_status
parse_nth_rest(lexer *lx, vc_error *err, vc_rule *rule, int nth)
{
	rule->kind = VC_ANCHOR_NTH_WEEKDAY;
	rule->nth = (int8_t) nth;
	if ((rule->dow = (uint8_t) tok_weekday(lx)) == 0)
		UNEXPECTED(lx, err, WEEKDAY_HINT, "a weekday");
	lex_next(lx);
	if (!tok_is(lx, "i") && !tok_is(lx, "of"))
		UNEXPECTED(lx, err, "Write it as \"1. tirsdag i juli\" or \"first tuesday of july\".",
				   "\"i\" or \"of\" and a month");
	lex_next(lx);
	if ((rule->month = (uint8_t) tok_month(lx)) == 0)
		UNEXPECTED(lx, err, MONTH_HINT, "a month name");
	lex_next(lx);
	return VC_OK;
}

/* Order of a day in a school year: August to July. */
static int
day_order(int month, int day)
{
	return (month >= 8 ? month : month + 12) * 32 + day;
}

/* "til" and the last day of a span, after its first day. */
static vc_status
parse_span_end(lexer *lx, vc_error *err, vc_rule *rule)
{
	lexer		at;
	int			month,
				day;
	vc_status	rc;

	lex_next(lx);
	at = *lx;
	if ((rc = parse_fixed_day(lx, err, &month, &day)) != VC_OK)
		return rc;
	if (day_order(month, day) < day_order(rule->month, rule->day))
		return fail(&at, err, VC_ERR_SYNTAX,
					"A span runs forward within the school year, August to July.",
					"The span ends before it starts");
	rule->kind = VC_ANCHOR_SPAN;
	rule->month2 = (uint8_t) month;
	rule->day2 = (uint8_t) day;
	return VC_OK;
}

/*
 * A day, a span of days, or an nth weekday, starting with a number:
 *   "15.07", "15. juli", "15 july", "19.06 til 21.06", "1. tirsdag i juli",
 *   "1st tuesday of july"
 */
static vc_status
parse_number_anchor(lexer *lx, vc_error *err, vc_rule *rule)
{
	lexer		start = *lx;
	token		first = lx->tok;
	int			month,
				day;
	vc_status	rc;

	lex_next(lx);
	if (lx->tok.type == T_DOT)
		lex_next(lx);
	else if (tok_is(lx, "st") || tok_is(lx, "nd") || tok_is(lx, "rd") || tok_is(lx, "th"))
		lex_next(lx);

	if (tok_weekday(lx))
	{
		if (first.value < 1 || first.value > 5)
		{
			*lx = start;
			return fail(lx, err, VC_ERR_SYNTAX, "A month has at most five of each weekday; use \"siste\" for the last.",
						"Ordinal %lld", (long long) first.value);
		}
		return parse_nth_rest(lx, err, rule, (int) first.value);
	}

	*lx = start;
	if ((rc = parse_fixed_day(lx, err, &month, &day)) != VC_OK)
		return rc;
	rule->kind = VC_ANCHOR_DAY;
	rule->month = (uint8_t) month;
	rule->day = (uint8_t) day;

	if (tok_is(lx, "til") || tok_is(lx, "to"))
		return parse_span_end(lx, err, rule);
	return VC_OK;
}

/* Order of a week in a school year: weeks 31-53 come before weeks 1-30. */
static int
week_order(int week)
{
	return week >= 31 ? week : week + 53;
}

static vc_status
parse_week_number(lexer *lx, vc_error *err, uint8_t *week)
{
	if (lx->tok.type != T_NUMBER)
		UNEXPECTED(lx, err, "Write a week as \"uke 40\".", "a week number");
	if (lx->tok.value < 1 || lx->tok.value > 53)
		return fail(lx, err, VC_ERR_SYNTAX, "An ISO week is 1 to 53.",
					"Week %lld", (long long) lx->tok.value);
	*week = (uint8_t) lx->tok.value;
	lex_next(lx);
	return VC_OK;
}

/*
 * week = ("uke" | "week") number [ ("/" | "-") number ]
 *        [ weekday [ "-" weekday ] ]
 */
static vc_status
parse_week(lexer *lx, vc_error *err, vc_rule *rule)
{
	vc_status	rc;

	lex_next(lx);
	rule->kind = VC_ANCHOR_WEEK;
	if ((rc = parse_week_number(lx, err, &rule->week)) != VC_OK)
		return rc;
	rule->week2 = rule->week;

	/* "uke 31/32" or "uke 31-32"; but "uke 40 - 1 dag" is an offset */
	if (lx->tok.type == T_SLASH || lx->tok.type == T_MINUS)
	{
		lexer		save = *lx;
		bool		is_span;

		lex_next(lx);
		is_span = lx->tok.type == T_NUMBER;
		if (is_span && save.tok.type == T_MINUS)
		{
			lexer		peek = *lx;

			lex_next(&peek);
			is_span = !tok_unit(&peek) && !tok_is(&peek, "business") &&
				!tok_is(&peek, "working");
		}
		if (!is_span && save.tok.type == T_SLASH)
			UNEXPECTED(lx, err, "Write a span of weeks as \"uke 31/32\".", "a week number");
		if (is_span)
		{
			lexer		at = *lx;

			if ((rc = parse_week_number(lx, err, &rule->week2)) != VC_OK)
				return rc;
			if (week_order(rule->week2) < week_order(rule->week))
				return fail(&at, err, VC_ERR_SYNTAX,
							"In a school year weeks 31-53 come first, then weeks 1-30.",
							"Week %d comes before week %d", rule->week2, rule->week);
		}
		else
			*lx = save;
	}

	rule->dow_from = 1;
	rule->dow_to = 5;
	if (tok_weekday(lx))
	{
		rule->dow_from = rule->dow_to = (uint8_t) tok_weekday(lx);
		lex_next(lx);
		if (lx->tok.type == T_MINUS)
		{
			lexer		save = *lx;

			lex_next(lx);
			if (tok_weekday(lx))
			{
				lexer		at = *lx;

				rule->dow_to = (uint8_t) tok_weekday(lx);
				lex_next(lx);
				if (rule->dow_to < rule->dow_from)
					return fail(&at, err, VC_ERR_SYNTAX, "Days run Monday to Sunday, as in \"ons-fre\".",
								"The days end before they start");
			}
			else
				*lx = save;
		}
	}
	return VC_OK;
}

/* month_span = "i" "løpet" "av" month_name | "during" month_name */
static vc_status
parse_month_span(lexer *lx, vc_error *err, vc_rule *rule)
{
	if (tok_is(lx, "i"))
	{
		lex_next(lx);
		if (!tok_is(lx, "løpet"))
			UNEXPECTED(lx, err, "Write a whole month as \"i løpet av august\".", "\"løpet av\"");
		lex_next(lx);
		if (!tok_is(lx, "av"))
			UNEXPECTED(lx, err, "Write a whole month as \"i løpet av august\".", "\"av\"");
	}
	lex_next(lx);
	rule->kind = VC_ANCHOR_MONTH;
	if ((rule->month = (uint8_t) tok_month(lx)) == 0)
		UNEXPECTED(lx, err, MONTH_HINT, "a month name");
	lex_next(lx);
	return VC_OK;
}

/* anchor = fixed_day | span | month_span | week | nth_weekday | event_key */
static vc_status
parse_anchor(lexer *lx, vc_error *err, vc_rule *rule)
{
	int			nth;

	if (lx->tok.type == T_NUMBER)
		return parse_number_anchor(lx, err, rule);
	if (lx->tok.type != T_WORD)
		UNEXPECTED(lx, err, ANCHOR_HINT, "a date");
	if (tok_is(lx, "uke") || tok_is(lx, "week"))
		return parse_week(lx, err, rule);
	if (tok_is(lx, "i") || tok_is(lx, "during"))
		return parse_month_span(lx, err, rule);
	if ((nth = lookup(ordinal_words, lx->tok.word)) != 0)
	{
		lex_next(lx);
		return parse_nth_rest(lx, err, rule, nth);
	}
	if (tok_month(lx))
	{
		int			month,
					day;
		vc_status	rc = parse_fixed_day(lx, err, &month, &day);

		if (rc != VC_OK)
			return rc;
		rule->kind = VC_ANCHOR_DAY;
		rule->month = (uint8_t) month;
		rule->day = (uint8_t) day;
		if (tok_is(lx, "til") || tok_is(lx, "to"))
			return parse_span_end(lx, err, rule);
		return VC_OK;
	}
	if (is_event_key(lx->tok.word))
	{
		rule->kind = VC_ANCHOR_REFERENCE;
		strcpy(rule->ref, lx->tok.word);
		lex_next(lx);
		return VC_OK;
	}
	if (lx->tok.len > VC_RULE_MAX_REF && isalpha((unsigned char) lx->tok.start[0]))
		return fail(lx, err, VC_ERR_SYNTAX, "Use a shorter event key.",
					"An event key has at most %d characters", VC_RULE_MAX_REF);
	if (is_keyword(lx->tok.word))
	{
		char		tbuf[48];

		return fail(lx, err, VC_ERR_SYNTAX,
					"An event key is letters, digits and _ and cannot be a word of the rule language.",
					"%s is a keyword, not an event key", tok_text(lx, tbuf, sizeof(tbuf)));
	}
	UNEXPECTED(lx, err, ANCHOR_HINT, "a date");
}

/* A unit word after an offset's number; "business day(s)" is two words. */
static int
parse_unit(lexer *lx)
{
	int			unit = tok_unit(lx);

	if (unit)
	{
		lex_next(lx);
		return unit;
	}
	if (tok_is(lx, "business") || tok_is(lx, "working"))
	{
		lexer		save = *lx;

		lex_next(lx);
		if (tok_is(lx, "day") || tok_is(lx, "days"))
		{
			lex_next(lx);
			return VC_UNIT_BUSINESS_DAY;
		}
		*lx = save;
	}
	return 0;
}

/* offset = ("+" | "-") number unit */
static vc_status
parse_offset(lexer *lx, vc_error *err, vc_rule *rule)
{
	int			sign = lx->tok.type == T_MINUS ? -1 : 1;
	int64_t		n;
	int			unit;

	if (rule->noffsets >= VC_RULE_MAX_OFFSETS)
		return fail(lx, err, VC_ERR_SYNTAX, "Combine offsets of the same unit.",
					"More than %d offsets", VC_RULE_MAX_OFFSETS);
	lex_next(lx);
	if (lx->tok.type != T_NUMBER)
		UNEXPECTED(lx, err, OFFSET_HINT, "a number after the sign");
	if (lx->tok.value > VC_RULE_MAX_N || lx->tok.ndigits > 9)
		return fail(lx, err, VC_ERR_SYNTAX, OFFSET_HINT, "Offset %.*s is larger than %d",
					(int) (lx->tok.len > 20 ? 20 : lx->tok.len), lx->tok.start,
					VC_RULE_MAX_N);
	n = lx->tok.value;
	lex_next(lx);
	if ((unit = parse_unit(lx)) == 0)
		UNEXPECTED(lx, err, OFFSET_HINT, "a unit");
	rule->offsets[rule->noffsets].n = (int32_t) (sign * n);
	rule->offsets[rule->noffsets].unit = (uint8_t) unit;
	rule->noffsets++;
	return VC_OK;
}

/*
 * roll = ("neste" | "forrige") "virkedag"
 *      | ("next" | "previous") ("business" | "working") "day"
 */
static vc_status
parse_roll(lexer *lx, vc_error *err, vc_rule *rule)
{
	bool		norwegian = tok_is(lx, "neste") || tok_is(lx, "forrige");

	if (!norwegian && !tok_is(lx, "next") && !tok_is(lx, "previous"))
		UNEXPECTED(lx, err, ROLL_HINT, "\"neste virkedag\" or \"forrige virkedag\"");
	rule->roll = (tok_is(lx, "neste") || tok_is(lx, "next")) ?
		VC_RULE_ROLL_NEXT : VC_RULE_ROLL_PREVIOUS;
	lex_next(lx);
	if (norwegian)
	{
		if (!tok_is(lx, "virkedag"))
			UNEXPECTED(lx, err, ROLL_HINT, "\"virkedag\"");
		lex_next(lx);
		return VC_OK;
	}
	if (!tok_is(lx, "business") && !tok_is(lx, "working"))
		UNEXPECTED(lx, err, ROLL_HINT, "\"business day\"");
	lex_next(lx);
	if (!tok_is(lx, "day"))
		UNEXPECTED(lx, err, ROLL_HINT, "\"day\"");
	lex_next(lx);
	return VC_OK;
}

/* rule = anchor { offset } [ [","] roll ] */
vc_status
vc_rule_parse(const char *text, vc_rule *rule, vc_error *err)
{
	lexer		lx;
	vc_status	rc;

	memset(rule, 0, sizeof(*rule));
	lx.text = lx.p = text;
	lex_next(&lx);
	if ((rc = parse_anchor(&lx, err, rule)) != VC_OK)
		return rc;
	while (lx.tok.type == T_PLUS || lx.tok.type == T_MINUS)
		if ((rc = parse_offset(&lx, err, rule)) != VC_OK)
			return rc;
	if (lx.tok.type == T_COMMA)
	{
		lex_next(&lx);
		if ((rc = parse_roll(&lx, err, rule)) != VC_OK)
			return rc;
	}
	else if (lx.tok.type == T_WORD &&
			 (tok_is(&lx, "neste") || tok_is(&lx, "forrige") ||
			  tok_is(&lx, "next") || tok_is(&lx, "previous")))
	{
		if ((rc = parse_roll(&lx, err, rule)) != VC_OK)
			return rc;
	}
	if (lx.tok.type != T_END)
	{
		if (rule->roll == VC_RULE_ROLL_NONE)
			UNEXPECTED(&lx, err, "After the date come offsets (+ 1 virkedag) and a roll (, neste virkedag).",
					   "an offset, a roll or the end");
		UNEXPECTED(&lx, err, ROLL_HINT, "the end after the roll");
	}
	return VC_OK;
}

/* ---------------------------------------------------------------------
 * Canonical text
 * ---------------------------------------------------------------------
 */
typedef struct outbuf
{
	char	   *buf;
	size_t		size;
	size_t		used;
} outbuf;

static void out(outbuf *o, const char *fmt,...) VC_PRINTF(2, 3);

static void
out(outbuf *o, const char *fmt,...)
{
	va_list		args;
	int			n;

	va_start(args, fmt);
	n = vsnprintf(o->buf + o->used, o->used < o->size ? o->size - o->used : 0, fmt, args);
	va_end(args);
	if (n > 0)
		o->used += (size_t) n;
	if (o->used >= o->size)
		o->used = o->size - 1;	/* truncated; the buffer stays terminated */
}

static void
format_offset(outbuf *o, const vc_rule_offset *off)
{
	int32_t		n = off->n < 0 ? -off->n : off->n;
	bool		one = n == 1;
	const char *unit;

	switch (off->unit)
	{
		case VC_UNIT_BUSINESS_DAY:
			unit = one ? "virkedag" : "virkedager";
			break;
		case VC_UNIT_WEEK:
			unit = one ? "uke" : "uker";
			break;
		default:
			unit = one ? "dag" : "dager";
			break;
	}
	out(o, " %c %d %s", off->n < 0 ? '-' : '+', (int) n, unit);
}

/* The canonical (Norwegian) text of a rule; reads back to an equal rule. */
void
vc_rule_format(const vc_rule *rule, char *buf, size_t buflen)
{
	outbuf		o = {buf, buflen, 0};
	int			i;

	if (buflen == 0)
		return;
	buf[0] = '\0';
	switch (rule->kind)
	{
		case VC_ANCHOR_DAY:
			out(&o, "%02d.%02d", rule->day, rule->month);
			break;
		case VC_ANCHOR_SPAN:
			out(&o, "%02d.%02d til %02d.%02d", rule->day, rule->month,
				rule->day2, rule->month2);
			break;
		case VC_ANCHOR_MONTH:
			out(&o, "i løpet av %s", vc_month_name(rule->month));
			break;
		case VC_ANCHOR_WEEK:
			out(&o, "uke %d", rule->week);
			if (rule->week2 != rule->week)
				out(&o, "/%d", rule->week2);
			if (rule->dow_from != 1 || rule->dow_to != 5)
			{
				out(&o, " %s", weekday_abbrevs[rule->dow_from]);
				if (rule->dow_to != rule->dow_from)
					out(&o, "-%s", weekday_abbrevs[rule->dow_to]);
			}
			break;
		case VC_ANCHOR_NTH_WEEKDAY:
			if (rule->nth < 0)
				out(&o, "siste %s i %s", weekday_names[rule->dow], vc_month_name(rule->month));
			else
				out(&o, "%d. %s i %s", rule->nth, weekday_names[rule->dow],
					vc_month_name(rule->month));
			break;
		case VC_ANCHOR_REFERENCE:
			out(&o, "%s", rule->ref);
			break;
	}
	for (i = 0; i < rule->noffsets; i++)
		format_offset(&o, &rule->offsets[i]);
	if (rule->roll == VC_RULE_ROLL_NEXT)
		out(&o, ", neste virkedag");
	else if (rule->roll == VC_RULE_ROLL_PREVIOUS)
		out(&o, ", forrige virkedag");
}

/* ---------------------------------------------------------------------
 * Binary form: a format-version byte, then the fields
 * ---------------------------------------------------------------------
 */

/* Write the binary form into buf (VC_RULE_MAX_BINARY bytes); its length. */
size_t
vc_rule_serialize(const vc_rule *rule, uint8_t *buf)
{
	size_t		n = 0;
	size_t		reflen = strlen(rule->ref);
	int			i;

	buf[n++] = VC_RULE_FORMAT_VERSION;
	buf[n++] = rule->kind;
	buf[n++] = rule->month;
	buf[n++] = rule->day;
	buf[n++] = rule->month2;
	buf[n++] = rule->day2;
	buf[n++] = rule->week;
	buf[n++] = rule->week2;
	buf[n++] = rule->dow_from;
	buf[n++] = rule->dow_to;
	buf[n++] = (uint8_t) rule->nth;
	buf[n++] = rule->dow;
	buf[n++] = rule->roll;
	buf[n++] = rule->noffsets;
	for (i = 0; i < rule->noffsets; i++)
	{
		uint32_t	v = (uint32_t) rule->offsets[i].n;

		buf[n++] = rule->offsets[i].unit;
		buf[n++] = (uint8_t) (v >> 24);
		buf[n++] = (uint8_t) (v >> 16);
		buf[n++] = (uint8_t) (v >> 8);
		buf[n++] = (uint8_t) v;
	}
	buf[n++] = (uint8_t) reflen;
	memcpy(buf + n, rule->ref, reflen);
	return n + reflen;
}

/*
 * Read a binary form back into a rule, checking lengths and the range of
 * every field, which is enough for a rule that was serialized by this
 * code (a stored value).  VC_ERR_SYNTAX if the bytes cannot be a rule.
 */
vc_status
vc_rule_unpack(const uint8_t *buf, size_t len, vc_rule *rule)
{
	size_t		n = 14;
	size_t		reflen;
	int			i;

	memset(rule, 0, sizeof(*rule));
	if (len < 15 || buf[0] != VC_RULE_FORMAT_VERSION)
		return VC_ERR_SYNTAX;
	rule->kind = buf[1];
	rule->month = buf[2];
	rule->day = buf[3];
	rule->month2 = buf[4];
	rule->day2 = buf[5];
	rule->week = buf[6];
	rule->week2 = buf[7];
	rule->dow_from = buf[8];
	rule->dow_to = buf[9];
	rule->nth = (int8_t) buf[10];
	rule->dow = buf[11];
	rule->roll = buf[12];
	rule->noffsets = buf[13];
	if (rule->noffsets > VC_RULE_MAX_OFFSETS || len < n + 5u * rule->noffsets + 1)
		return VC_ERR_SYNTAX;
	for (i = 0; i < rule->noffsets; i++, n += 5)
	{
		rule->offsets[i].unit = buf[n];
		rule->offsets[i].n = (int32_t) (((uint32_t) buf[n + 1] << 24) |
										((uint32_t) buf[n + 2] << 16) |
										((uint32_t) buf[n + 3] << 8) |
										(uint32_t) buf[n + 4]);
	}
	reflen = buf[n++];
	if (reflen > VC_RULE_MAX_REF || len != n + reflen || memchr(buf + n, '\0', reflen) != NULL ||
		(reflen > 0) != (rule->kind == VC_ANCHOR_REFERENCE))
		return VC_ERR_SYNTAX;
	memcpy(rule->ref, buf + n, reflen);
	if (rule->kind < VC_ANCHOR_DAY || rule->kind > VC_ANCHOR_REFERENCE ||
		rule->month > 12 || rule->month2 > 12 || rule->dow > 7 ||
		rule->dow_from > 7 || rule->dow_to > 7 || rule->roll > VC_RULE_ROLL_PREVIOUS)
		return VC_ERR_SYNTAX;
	for (i = 0; i < rule->noffsets; i++)
		if (rule->offsets[i].unit < VC_UNIT_DAY || rule->offsets[i].unit > VC_UNIT_WEEK ||
			rule->offsets[i].n > VC_RULE_MAX_N || rule->offsets[i].n < -VC_RULE_MAX_N)
			return VC_ERR_SYNTAX;
	if ((rule->kind == VC_ANCHOR_MONTH || rule->kind == VC_ANCHOR_NTH_WEEKDAY ||
		 rule->kind == VC_ANCHOR_DAY || rule->kind == VC_ANCHOR_SPAN) && rule->month == 0)
		return VC_ERR_SYNTAX;
	if (rule->kind == VC_ANCHOR_SPAN && rule->month2 == 0)
		return VC_ERR_SYNTAX;
	if (rule->kind == VC_ANCHOR_NTH_WEEKDAY && rule->dow == 0)
		return VC_ERR_SYNTAX;
	if (rule->kind == VC_ANCHOR_WEEK &&
		(rule->dow_from == 0 || rule->dow_to == 0 || rule->week < 1 ||
		 rule->week > 53 || rule->week2 < 1 || rule->week2 > 53))
		return VC_ERR_SYNTAX;
	if (rule->kind == VC_ANCHOR_NTH_WEEKDAY && (rule->nth == 0 || rule->nth > 5 || rule->nth < -1))
		return VC_ERR_SYNTAX;
	if ((rule->kind == VC_ANCHOR_DAY || rule->kind == VC_ANCHOR_SPAN) &&
		(rule->day < 1 || rule->day > vc_days_in_month(2000, rule->month)))
		return VC_ERR_SYNTAX;
	if (rule->kind == VC_ANCHOR_SPAN &&
		(rule->day2 < 1 || rule->day2 > vc_days_in_month(2000, rule->month2)))
		return VC_ERR_SYNTAX;
	return VC_OK;
}

/*
 * Read a binary form from outside (binary input), checking that it is
 * exactly what the parser makes of the rule's own canonical text, so that
 * equal rules always have equal bytes.  VC_ERR_SYNTAX if not.
 */
vc_status
vc_rule_deserialize(const uint8_t *buf, size_t len, vc_rule *rule)
{
	char		text[VC_RULE_MAX_TEXT];
	uint8_t		canonical[VC_RULE_MAX_BINARY];
	vc_rule		check;
	vc_error	err;
	vc_status	rc = vc_rule_unpack(buf, len, rule);

	if (rc != VC_OK)
		return rc;
	vc_rule_format(rule, text, sizeof(text));
	if (vc_rule_parse(text, &check, &err) != VC_OK ||
		memcmp(&check, rule, sizeof(check)) != 0)
		return VC_ERR_SYNTAX;
	/* and the bytes must be the ones this rule serializes to */
	if (vc_rule_serialize(rule, canonical) != len || memcmp(canonical, buf, len) != 0)
		return VC_ERR_SYNTAX;
	return VC_OK;
}

/* ---------------------------------------------------------------------
 * Resolution
 * ---------------------------------------------------------------------
 */
static vc_status
resolve_fail(vc_error *err, vc_status status, const char *fmt,...) VC_PRINTF(3, 4);

static vc_status
resolve_fail(vc_error *err, vc_status status, const char *fmt,...)
{
	va_list		args;

	va_start(args, fmt);
	vsnprintf(err->detail, sizeof(err->detail), fmt, args);
	va_end(args);
	err->status = status;
	err->position = 0;
	err->hint = NULL;
	return status;
}

/* The calendar year of a month in school year sy: August-December in sy. */
static int
year_of_month(int sy, int month)
{
	return month >= 8 ? sy : sy + 1;
}

static vc_status
resolve_day(int sy, int month, int day, vc_day *out, vc_error *err)
{
	int			year = year_of_month(sy, month);

	if (day > vc_days_in_month(year, month))
		return resolve_fail(err, VC_ERR_VALUE, "%02d.%02d.%04d does not exist.",
							day, month, year);
	*out = vc_day_from_ymd(year, month, day);
	return VC_OK;
}

static vc_status
resolve_week(int sy, int week, int dow, vc_day *out, vc_error *err)
{
	int			isoyear = week >= 31 ? sy : sy + 1;
	vc_day		monday;
	vc_status	rc = vc_isoweek_make(isoyear, week, &monday);

	if (rc == VC_ERR_VALUE)
		return resolve_fail(err, VC_ERR_VALUE, "ISO year %d has no week %d.",
							isoyear, week);
	if (rc != VC_OK)
		return resolve_fail(err, VC_ERR_RANGE, "Week %d of %d is out of range.",
							week, isoyear);
	*out = monday + dow - 1;
	return VC_OK;
}

static vc_status
resolve_nth_weekday(const vc_rule *rule, int sy, vc_day *out, vc_error *err)
{
	int			year = year_of_month(sy, rule->month);
	vc_day		first = vc_day_from_ymd(year, rule->month, 1);
	vc_day		last = first + vc_days_in_month(year, rule->month) - 1;
	vc_day		d;

	if (rule->nth < 0)
		d = last - (vc_isodow(last) - rule->dow + 7) % 7;
	else
		d = first + (rule->dow - vc_isodow(first) + 7) % 7 + (rule->nth - 1) * 7;
	if (d > last)
		return resolve_fail(err, VC_ERR_VALUE, "%s %d has no %s %s.",
							month_names_en[rule->month], year,
							ordinal_names_en[rule->nth], weekday_names_en[rule->dow]);
	*out = d;
	return VC_OK;
}

/* Apply one offset to a day. */
static vc_status
apply_offset(const vc_rule_offset *off, vc_day *d, vc_error *err)
{
	int64_t		x = *d;
	vc_day		r;

	switch (off->unit)
	{
		case VC_UNIT_DAY:
			x += off->n;
			break;
		case VC_UNIT_WEEK:
			x += 7 * (int64_t) off->n;
			break;
		default:
			if (vc_busday_offset(*d, off->n, VC_ROLL_FORWARD, &r) != VC_OK)
				return resolve_fail(err, VC_ERR_RANGE, "The date leaves the supported range.");
			x = r;
			break;
	}
	if (!vc_day_in_range(x))
		return resolve_fail(err, VC_ERR_RANGE, "The date leaves the supported range.");
	*d = (vc_day) x;
	return VC_OK;
}

static vc_status
apply_roll(vc_rule_roll roll, vc_day *d, vc_error *err)
{
	vc_day		r;

	if (roll == VC_RULE_ROLL_NONE)
		return VC_OK;
	if (vc_busday_offset(*d, 0, roll == VC_RULE_ROLL_NEXT ? VC_ROLL_FORWARD : VC_ROLL_BACKWARD,
						 &r) != VC_OK)
		return resolve_fail(err, VC_ERR_RANGE, "The date leaves the supported range.");
	*d = r;
	return VC_OK;
}

/*
 * The days a rule names in school year sy: first and last (equal for a
 * single day).  A rule that refers to an event needs its date in anchor;
 * other rules ignore anchor.  Offsets and the roll apply to both ends.
 * last may be NULL when only the first day is wanted; the end of a week or
 * span is then not worked out at all.
 */
vc_status
vc_rule_resolve(const vc_rule *rule, int sy, const vc_day *anchor,
				vc_day *first, vc_day *last, vc_error *err)
{
	vc_day		a = 0,
				b = 0;
	vc_status	rc = VC_OK;
	int			i;

	if (!vc_schoolyear_in_range(sy))
		return resolve_fail(err, VC_ERR_RANGE, "School year %d is out of range.", sy);
	switch (rule->kind)
	{
		case VC_ANCHOR_DAY:
			rc = resolve_day(sy, rule->month, rule->day, &a, err);
			b = a;
			break;
		case VC_ANCHOR_SPAN:
			if ((rc = resolve_day(sy, rule->month, rule->day, &a, err)) == VC_OK && last != NULL)
				rc = resolve_day(sy, rule->month2, rule->day2, &b, err);
			if (rc == VC_OK && last != NULL && b < a)
				rc = resolve_fail(err, VC_ERR_VALUE, "The span ends before it starts.");
			break;
		case VC_ANCHOR_MONTH:
			a = vc_day_from_ymd(year_of_month(sy, rule->month), rule->month, 1);
			b = a + vc_days_in_month(year_of_month(sy, rule->month), rule->month) - 1;
			break;
		case VC_ANCHOR_WEEK:
			if ((rc = resolve_week(sy, rule->week, rule->dow_from, &a, err)) == VC_OK && last != NULL)
				rc = resolve_week(sy, rule->week2, rule->dow_to, &b, err);
			break;
		case VC_ANCHOR_NTH_WEEKDAY:
			rc = resolve_nth_weekday(rule, sy, &a, err);
			b = a;
			break;
		case VC_ANCHOR_REFERENCE:
			if (anchor == NULL)
				return resolve_fail(err, VC_ERR_NEEDS_ANCHOR,
									"The rule counts from event \"%s\", whose date is not given.",
									rule->ref);
			if (!vc_day_in_range(*anchor))
				return resolve_fail(err, VC_ERR_RANGE, "The date of event \"%s\" is out of range.",
									rule->ref);
			a = b = *anchor;
			break;
		default:
			return resolve_fail(err, VC_ERR_SYNTAX, "Unknown kind of rule.");
	}
	if (rc != VC_OK)
		return rc;
	if (last == NULL)
		b = a;					/* not wanted: carried along unchanged */
	if (!vc_day_in_range(a) || !vc_day_in_range(b))
		return resolve_fail(err, VC_ERR_RANGE, "The date leaves the supported range.");
	for (i = 0; i < rule->noffsets; i++)
	{
		if ((rc = apply_offset(&rule->offsets[i], &a, err)) != VC_OK ||
			(last != NULL && (rc = apply_offset(&rule->offsets[i], &b, err)) != VC_OK))
			return rc;
	}
	if ((rc = apply_roll((vc_rule_roll) rule->roll, &a, err)) != VC_OK ||
		(last != NULL && (rc = apply_roll((vc_rule_roll) rule->roll, &b, err)) != VC_OK))
		return rc;
	*first = a;
	if (last != NULL)
		*last = b;
	return VC_OK;
}
