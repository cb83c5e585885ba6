/*
 * parse.c
 *	  The parser of the rule language: recurring dates of the årshjul,
 *	  written the way the document writes them ("15.jul", "uke 41 ons-fre",
 *	  "1. tirsdag i juli", "ssb_resultat_vgs_1 + 1 virkedag"), read into a
 *	  vc_rule.
 *
 * The grammar is in doc/rules.md.  A recursive descent over the lexer of
 * lex.c: the anchor (anchor.c), then offsets and a roll (here).
 * Reentrant, with all state in its arguments.  Errors come back as a
 * status, the character position of the offending word, a detail and a
 * hint.
 */
#include <string.h>

#include "rule_internal.h"

static const char *const OFFSET_HINT =
"An offset is + or - a number and a unit: dag, dager, virkedag, virkedager, uke or uker.";
static const char *const ROLL_HINT =
"A rule may end with \", neste virkedag\" or \", forrige virkedag\".";

/* A unit word after an offset's number; "business day(s)" is two words. */
static int
parse_unit(lexer *lx)
{
	int			unit = rule_tok_unit(lx);

	if (unit)
	{
		rule_lex_next(lx);
		return unit;
	}
	if (rule_tok_is(lx, "business") || rule_tok_is(lx, "working"))
	{
		lexer		save = *lx;

		rule_lex_next(lx);
		if (rule_tok_is(lx, "day") || rule_tok_is(lx, "days"))
		{
			rule_lex_next(lx);
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
		return rule_error(lx, &lx->tok, err, "Combine offsets of the same unit.",
						  "More than %d offsets", VC_RULE_MAX_OFFSETS);
	rule_lex_next(lx);
	if (lx->tok.type != T_NUMBER)
		return rule_unexpected(lx, err, OFFSET_HINT, "a number after the sign");
	if (lx->tok.value > VC_RULE_MAX_N || lx->tok.ndigits > 9)
		return rule_error(lx, &lx->tok, err, OFFSET_HINT, "Offset %.*s is larger than %d",
						  (int) (lx->tok.len > 20 ? 20 : lx->tok.len), lx->tok.start,
						  VC_RULE_MAX_N);
	n = lx->tok.value;
	rule_lex_next(lx);
	if ((unit = parse_unit(lx)) == 0)
		return rule_unexpected(lx, err, OFFSET_HINT, "a unit");
	rule->offsets[rule->noffsets].n = (int32_t) (sign * n);
	rule->offsets[rule->noffsets].unit = (uint8_t) unit;
	rule->noffsets++;
	return VC_OK;
}

/* Does a roll start here: "neste", "forrige", "next" or "previous"? */
static bool
at_roll(const lexer *lx)
{
	return rule_tok_is(lx, "neste") || rule_tok_is(lx, "forrige") ||
		rule_tok_is(lx, "next") || rule_tok_is(lx, "previous");
}

/*
 * roll = ("neste" | "forrige") "virkedag"
 *      | ("next" | "previous") ("business" | "working") "day"
 */
static vc_status
parse_roll(lexer *lx, vc_error *err, vc_rule *rule)
{
	bool		norwegian = rule_tok_is(lx, "neste") || rule_tok_is(lx, "forrige");

	if (!at_roll(lx))
		return rule_unexpected(lx, err, ROLL_HINT, "\"neste virkedag\" or \"forrige virkedag\"");
	rule->roll = (rule_tok_is(lx, "neste") || rule_tok_is(lx, "next")) ?
		VC_RULE_ROLL_NEXT : VC_RULE_ROLL_PREVIOUS;
	rule_lex_next(lx);
	if (norwegian)
	{
		if (!rule_tok_is(lx, "virkedag"))
			return rule_unexpected(lx, err, ROLL_HINT, "\"virkedag\"");
		rule_lex_next(lx);
		return VC_OK;
	}
	if (!rule_tok_is(lx, "business") && !rule_tok_is(lx, "working"))
		return rule_unexpected(lx, err, ROLL_HINT, "\"business day\"");
	rule_lex_next(lx);
	if (!rule_tok_is(lx, "day"))
		return rule_unexpected(lx, err, ROLL_HINT, "\"day\"");
	rule_lex_next(lx);
	return VC_OK;
}

/*
 * Does the rule's canonical text fit in VC_RULE_MAX_TEXT?  It always does
 * (format.c checks the sum at compile time), but a rule that could not be
 * written out whole must be refused here, never cut when printed.
 */
static vc_status
check_length(const vc_rule *rule, vc_error *err)
{
	char		text[VC_RULE_MAX_TEXT + 1];

	if (vc_rule_format(rule, text, sizeof(text)) && strlen(text) < VC_RULE_MAX_TEXT)
		return VC_OK;
	return vc_error_set(err, VC_ERR_SYNTAX, 0,
						"Combine offsets of the same unit, or name a shorter event key.",
						"The canonical text of the rule is longer than %d bytes.",
						VC_RULE_MAX_TEXT - 1);
}

/* rule = anchor { offset } [ [","] roll ] */
vc_status
vc_rule_parse(const char *text, vc_rule *rule, vc_error *err)
{
	lexer		lx;
	vc_status	rc;

	memset(rule, 0, sizeof(*rule));
	rule_lex_start(&lx, text);
	if ((rc = rule_parse_anchor(&lx, err, rule)) != VC_OK)
		return rc;
	while (lx.tok.type == T_PLUS || lx.tok.type == T_MINUS)
		if ((rc = parse_offset(&lx, err, rule)) != VC_OK)
			return rc;
	if (lx.tok.type == T_COMMA)
	{
		rule_lex_next(&lx);
		if ((rc = parse_roll(&lx, err, rule)) != VC_OK)
			return rc;
	}
	else if (at_roll(&lx) && (rc = parse_roll(&lx, err, rule)) != VC_OK)
		return rc;
	if (lx.tok.type == T_END)
		return check_length(rule, err);
	if (rule->roll == VC_RULE_ROLL_NONE)
		return rule_unexpected(&lx, err,
							   "After the date come offsets (+ 1 virkedag) and a roll (, neste virkedag).",
							   "an offset, a roll or the end");
	return rule_unexpected(&lx, err, ROLL_HINT, "the end after the roll");
}
