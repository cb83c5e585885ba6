/*
 * anchor.c
 *	  The anchors of the rule language, what a rule counts from: a day
 *	  ("15.07", "15. juli", "Jul 15"), a span of days ("19.06 til
 *	  21.06"), an nth weekday ("1. tirsdag i juli", "siste fredag i
 *	  juni"), a week ("uke 41 ons-fre", "uke 31/32"), a whole month ("i
 *	  løpet av august") or an event key.  One function per grammar rule of
 *	  doc/rules.md; parse.c reads what follows the anchor.
 */
#include <string.h>

#include "rule_internal.h"

static const char *const MONTH_HINT =
"A month is 1-12 or a name such as \"jul\" or \"juli\".";
static const char *const ANCHOR_HINT =
"A rule starts with a day (15.07, 15.jul, 15. juli), a week (uke 40), "
"an nth weekday (1. tirsdag i juli, siste fredag i juni), a month "
"(i løpet av august) or an event key.";
static const char *const WEEKDAY_HINT =
"A weekday is a name such as \"man\", \"tirsdag\" or \"fri\".";
static const char *const MONTH_SPAN_HINT =
"Write a whole month as \"i løpet av august\".";

/* ---------------------------------------------------------------------
 * Days, spans and nth weekdays
 * ---------------------------------------------------------------------
 */

/* day = 1..31, valid for the month in a leap year (29.02 is allowed). */
static vc_status
check_day(const lexer *lx, vc_error *err, const token *day_tok, int month, int *day)
{
	if (day_tok->value < 1 || day_tok->value > vc_days_in_month(2000, month))
		return rule_error(lx, day_tok, err,
						  "A day is 1 to the length of its month (29 for February).",
						  "Day %lld does not exist in %s", (long long) day_tok->value,
						  vc_month_name_en(month));
	*day = (int) day_tok->value;
	return VC_OK;
}

/* A month after "15." or "15 ": a number or a name. */
static vc_status
parse_month(lexer *lx, vc_error *err, int *month)
{
	if (lx->tok.type == T_NUMBER)
	{
		if (lx->tok.value < 1 || lx->tok.value > 12 || lx->tok.ndigits > 2)
			return rule_error(lx, &lx->tok, err, MONTH_HINT, "Month %lld",
							  (long long) lx->tok.value);
		*month = (int) lx->tok.value;
	}
	else if ((*month = rule_tok_month(lx)) == 0)
		return rule_unexpected(lx, err, MONTH_HINT, "a month");
	rule_lex_next(lx);
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

	if ((*month = rule_tok_month(lx)) != 0)
	{
		/* English: "Jul 15" */
		rule_lex_next(lx);
		if (lx->tok.type != T_NUMBER)
			return rule_unexpected(lx, err, ANCHOR_HINT, "a day after the month");
		day_tok = lx->tok;
		rule_lex_next(lx);
		return check_day(lx, err, &day_tok, *month, day);
	}
	if (lx->tok.type != T_NUMBER)
		return rule_unexpected(lx, err, ANCHOR_HINT, "a day");
	day_tok = lx->tok;
	rule_lex_next(lx);
	if (lx->tok.type == T_DOT)
		rule_lex_next(lx);
	else if (!rule_tok_month(lx))
		return rule_unexpected(lx, err, MONTH_HINT, "\".\" and a month after the day");
	if ((rc = parse_month(lx, err, month)) != VC_OK)
		return rc;
	return check_day(lx, err, &day_tok, *month, day);
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
	token		at;
	int			month,
				day;
	vc_status	rc;

	rule_lex_next(lx);
	at = lx->tok;
	if ((rc = parse_fixed_day(lx, err, &month, &day)) != VC_OK)
		return rc;
	if (day_order(month, day) < day_order(rule->month, rule->day))
		return rule_error(lx, &at, err,
						  "A span runs forward within the school year, August to July.",
						  "The span ends before it starts");
	rule->kind = VC_ANCHOR_SPAN;
	rule->month2 = (uint8_t) month;
	rule->day2 = (uint8_t) day;
	return VC_OK;
}

/* A day ("15.07", "Jul 15"), or a span of days if "til" follows. */
static vc_status
parse_day_or_span(lexer *lx, vc_error *err, vc_rule *rule)
{
	int			month,
				day;
	vc_status	rc;

	if ((rc = parse_fixed_day(lx, err, &month, &day)) != VC_OK)
		return rc;
	rule->kind = VC_ANCHOR_DAY;
	rule->month = (uint8_t) month;
	rule->day = (uint8_t) day;
	if (rule_tok_is(lx, "til") || rule_tok_is(lx, "to"))
		return parse_span_end(lx, err, rule);
	return VC_OK;
}

/* The rest of an nth weekday after its ordinal: weekday ("i" | "of") month. */
static vc_status
parse_nth_rest(lexer *lx, vc_error *err, vc_rule *rule, int nth)
{
	rule->kind = VC_ANCHOR_NTH_WEEKDAY;
	rule->nth = (int8_t) nth;
	if ((rule->dow = (uint8_t) rule_tok_weekday(lx)) == 0)
		return rule_unexpected(lx, err, WEEKDAY_HINT, "a weekday");
	rule_lex_next(lx);
	if (!rule_tok_is(lx, "i") && !rule_tok_is(lx, "of"))
		return rule_unexpected(lx, err,
							   "Write it as \"1. tirsdag i juli\" or \"first tuesday of july\".",
							   "\"i\" or \"of\" and a month");
	rule_lex_next(lx);
	if ((rule->month = (uint8_t) rule_tok_month(lx)) == 0)
		return rule_unexpected(lx, err, MONTH_HINT, "a month name");
	rule_lex_next(lx);
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

	rule_lex_next(lx);
	if (lx->tok.type == T_DOT || rule_tok_is(lx, "st") || rule_tok_is(lx, "nd") ||
		rule_tok_is(lx, "rd") || rule_tok_is(lx, "th"))
		rule_lex_next(lx);
	if (rule_tok_weekday(lx))
	{
		if (first.value < 1 || first.value > 5)
			return rule_error(lx, &first, err,
							  "A month has at most five of each weekday; use \"siste\" for the last.",
							  "Ordinal %lld", (long long) first.value);
		return parse_nth_rest(lx, err, rule, (int) first.value);
	}
	*lx = start;
	return parse_day_or_span(lx, err, rule);
}

/* ---------------------------------------------------------------------
 * Weeks and months
 * ---------------------------------------------------------------------
 */

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
		return rule_unexpected(lx, err, "Write a week as \"uke 40\".", "a week number");
	if (lx->tok.value < 1 || lx->tok.value > 53)
		return rule_error(lx, &lx->tok, err, "An ISO week is 1 to 53.",
						  "Week %lld", (long long) lx->tok.value);
	*week = (uint8_t) lx->tok.value;
	rule_lex_next(lx);
	return VC_OK;
}

/*
 * After "uke 31": "/32" or "-32" makes a span of weeks; but in "uke 40 - 1
 * dag" the minus starts an offset, and is left for the caller.
 */
static vc_status
parse_week_span(lexer *lx, vc_error *err, vc_rule *rule)
{
	lexer		save = *lx;
	bool		is_span;
	token		at;
	vc_status	rc;

	rule_lex_next(lx);
	is_span = lx->tok.type == T_NUMBER;
	if (is_span && save.tok.type == T_MINUS)
	{
		lexer		peek = *lx;

		rule_lex_next(&peek);
		is_span = !rule_tok_unit(&peek) && !rule_tok_is(&peek, "business") &&
			!rule_tok_is(&peek, "working");
	}
	if (!is_span && save.tok.type == T_SLASH)
		return rule_unexpected(lx, err, "Write a span of weeks as \"uke 31/32\".", "a week number");
	if (!is_span)
	{
		*lx = save;
		return VC_OK;
	}
	at = lx->tok;
	if ((rc = parse_week_number(lx, err, &rule->week2)) != VC_OK)
		return rc;
	if (week_order(rule->week2) < week_order(rule->week))
		return rule_error(lx, &at, err, "In a school year weeks 31-53 come first, then weeks 1-30.",
						  "Week %d comes before week %d", rule->week2, rule->week);
	return VC_OK;
}

/* The days of a week: [ weekday [ "-" weekday ] ], Monday to Friday if none. */
static vc_status
parse_week_days(lexer *lx, vc_error *err, vc_rule *rule)
{
	lexer		save;
	token		at;

	rule->dow_from = 1;
	rule->dow_to = 5;
	if (!rule_tok_weekday(lx))
		return VC_OK;
	rule->dow_from = rule->dow_to = (uint8_t) rule_tok_weekday(lx);
	rule_lex_next(lx);
	if (lx->tok.type != T_MINUS)
		return VC_OK;
	save = *lx;
	rule_lex_next(lx);
	if (!rule_tok_weekday(lx))
	{
		*lx = save;				/* an offset: "uke 9 man - 1 dag" */
		return VC_OK;
	}
	at = lx->tok;
	rule->dow_to = (uint8_t) rule_tok_weekday(lx);
	rule_lex_next(lx);
	if (rule->dow_to < rule->dow_from)
		return rule_error(lx, &at, err, "Days run Monday to Sunday, as in \"ons-fre\".",
						  "The days end before they start");
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

	rule_lex_next(lx);
	rule->kind = VC_ANCHOR_WEEK;
	if ((rc = parse_week_number(lx, err, &rule->week)) != VC_OK)
		return rc;
	rule->week2 = rule->week;
	if ((lx->tok.type == T_SLASH || lx->tok.type == T_MINUS) &&
		(rc = parse_week_span(lx, err, rule)) != VC_OK)
		return rc;
	return parse_week_days(lx, err, rule);
}

/* month_span = "i" "løpet" "av" month_name | "during" month_name */
static vc_status
parse_month_span(lexer *lx, vc_error *err, vc_rule *rule)
{
	if (rule_tok_is(lx, "i"))
	{
		rule_lex_next(lx);
		if (!rule_tok_is(lx, "løpet"))
			return rule_unexpected(lx, err, MONTH_SPAN_HINT, "\"løpet av\"");
		rule_lex_next(lx);
		if (!rule_tok_is(lx, "av"))
			return rule_unexpected(lx, err, MONTH_SPAN_HINT, "\"av\"");
	}
	rule_lex_next(lx);
	rule->kind = VC_ANCHOR_MONTH;
	if ((rule->month = (uint8_t) rule_tok_month(lx)) == 0)
		return rule_unexpected(lx, err, MONTH_HINT, "a month name");
	rule_lex_next(lx);
	return VC_OK;
}

/* ---------------------------------------------------------------------
 * Event keys, and the anchor
 * ---------------------------------------------------------------------
 */

/* event_key, or the error for a word that cannot be one. */
static vc_status
parse_event_key(lexer *lx, vc_error *err, vc_rule *rule)
{
	char		tbuf[48];

	if (rule_is_event_key(lx->tok.word))
	{
		rule->kind = VC_ANCHOR_REFERENCE;
		strcpy(rule->ref, lx->tok.word);
		rule_lex_next(lx);
		return VC_OK;
	}
	if (lx->tok.len > VC_RULE_MAX_REF && vc_ascii_isalpha((unsigned char) lx->tok.start[0]))
		return rule_error(lx, &lx->tok, err, "Use a shorter event key.",
						  "An event key has at most %d characters", VC_RULE_MAX_REF);
	if (rule_is_keyword(lx->tok.word))
		return rule_error(lx, &lx->tok, err,
						  "An event key is letters, digits and _ and cannot be a word of the rule language.",
						  "%s is a keyword, not an event key", rule_tok_text(lx, tbuf, sizeof(tbuf)));
	return rule_unexpected(lx, err, ANCHOR_HINT, "a date");
}

/* anchor = fixed_day | span | month_span | week | nth_weekday | event_key */
vc_status
rule_parse_anchor(lexer *lx, vc_error *err, vc_rule *rule)
{
	int			nth;

	if (lx->tok.type == T_NUMBER)
		return parse_number_anchor(lx, err, rule);
	if (lx->tok.type != T_WORD)
		return rule_unexpected(lx, err, ANCHOR_HINT, "a date");
	if (rule_tok_is(lx, "uke") || rule_tok_is(lx, "week"))
		return parse_week(lx, err, rule);
	if (rule_tok_is(lx, "i") || rule_tok_is(lx, "during"))
		return parse_month_span(lx, err, rule);
	if ((nth = rule_tok_ordinal(lx)) != 0)
	{
		rule_lex_next(lx);
		return parse_nth_rest(lx, err, rule, nth);
	}
	if (rule_tok_month(lx))
		return parse_day_or_span(lx, err, rule);
	return parse_event_key(lx, err, rule);
}
