/*
 * test_limits.c
 *	  Unit tests of the core's limits: the longest rule prints whole and
 *	  reads back, text cut for a message never splits a UTF-8 character,
 *	  and words fold to lower case the same under any C locale.
 */
#include <stdio.h>
#include <string.h>

#include "unit.h"
#include "vc_internal.h"

/* The longest rule: a 63-byte key, 16 offsets at their longest, a roll. */
static void
longest_rule_text(char *buf, size_t buflen)
{
	size_t		n;
	int			i;

	memset(buf, 'k', VC_RULE_MAX_REF);
	buf[VC_RULE_MAX_REF] = '\0';
	n = VC_RULE_MAX_REF;
	for (i = 0; i < VC_RULE_MAX_OFFSETS; i++)
		n += (size_t) snprintf(buf + n, buflen - n, " - %d virkedager", VC_RULE_MAX_N);
	snprintf(buf + n, buflen - n, ", forrige virkedag");
}

/* The longest rule prints whole, in exactly VC_RULE_MAX_TEXT bytes. */
void
test_rule_longest(void)
{
	char		text[VC_RULE_MAX_TEXT + 16];
	char		out[VC_RULE_MAX_TEXT];
	uint8_t		bin[VC_RULE_MAX_BINARY];
	vc_rule		rule,
				again;
	vc_error	err;
	size_t		len;

	longest_rule_text(text, sizeof(text));
	CHECK(strlen(text) == VC_RULE_MAX_TEXT - 1, "longest rule is %zu bytes, want %d",
		  strlen(text), VC_RULE_MAX_TEXT - 1);
	CHECK(vc_rule_parse(text, &rule, &err) == VC_OK, "longest rule: %s", err.detail);
	CHECK(vc_rule_format(&rule, out, sizeof(out)), "longest rule does not fit");
	CHECK(strcmp(out, text) == 0, "longest rule prints as \"%s\"", out);
	CHECK(!vc_rule_format(&rule, out, sizeof(out) - 1), "a short buffer is not reported");
	CHECK(vc_rule_parse(text, &again, &err) == VC_OK && memcmp(&again, &rule, sizeof(rule)) == 0,
		  "longest rule does not read back from its text");
	len = vc_rule_serialize(&rule, bin);
	CHECK(len <= VC_RULE_MAX_BINARY && vc_rule_deserialize(bin, len, &again) == VC_OK &&
		  memcmp(&again, &rule, sizeof(rule)) == 0,
		  "longest rule does not read back from its binary form");
}

/* Names of words.c within the longest anchor format.c allows for. */
void
test_rule_anchor_words(void)
{
	int			i;

	for (i = 1; i <= 12; i++)
		CHECK(strlen(vc_month_name(i, false)) <= strlen("september"),
			  "month %d is longer than september", i);
	for (i = 1; i <= 7; i++)
		CHECK(strlen(vc_weekday_name(i, false)) <= strlen("lørdag") &&
			  strlen(vc_weekday_name(i, true)) <= strlen("lør"),
			  "weekday %d is longer than lørdag", i);
}

/* Is text valid UTF-8 (no sequence cut short, no stray continuation byte)? */
static bool
valid_utf8(const char *text)
{
	const unsigned char *p = (const unsigned char *) text;

	while (*p)
	{
		int			n = *p < 0x80 ? 1 : *p >= 0xF0 ? 4 : *p >= 0xE0 ? 3 : *p >= 0xC0 ? 2 : 0;
		int			i;

		if (n == 0)
			return false;
		for (i = 1; i < n; i++)
			if ((p[i] & 0xC0) != 0x80)
				return false;
		p += n;
	}
	return true;
}

/* Cutting text: at a character, in vc_buf too, and in error details. */
void
test_utf8_cut(void)
{
	char		buf[7];
	char		text[256];
	vc_error	err;
	int			sy;
	vc_day		monday;
	vc_rule		rule;
	int			i;

	CHECK(vc_utf8_prefix("xø", 3, 2) == 1, "x and half of ø: keep x");
	CHECK(vc_utf8_prefix("xø", 3, 3) == 3, "xø whole: keep it");
	CHECK(vc_utf8_prefix("a\xE2\x80\x93", 4, 3) == 1, "two bytes of an en dash: drop them");
	CHECK(vc_utf8_prefix("a\xF0\x9F\x98\x80", 5, 4) == 1, "three bytes of an emoji: drop them");
	CHECK(vc_utf8_prefix("abc", 3, 40) == 3, "short ASCII: whole");
	{
		vc_buf		b;

		vc_buf_init(&b, buf, sizeof(buf));
		vc_buf_put(&b, "abcdeøx", 8);
		CHECK(strcmp(buf, "abcde") == 0 && b.overflow, "vc_buf_put cut ø: \"%s\"", buf);
		vc_buf_init(&b, buf, sizeof(buf));
		vc_buf_printf(&b, "%s", "abcdeø");
		CHECK(strcmp(buf, "abcde") == 0 && b.overflow, "vc_buf_printf cut ø: \"%s\"", buf);
	}
	strcpy(text, "2023-2024 x");
	for (i = 0; i < 40; i++)
		strcat(text, "ø");
	CHECK(vc_schoolyear_parse(text, &sy, &err) == VC_ERR_SYNTAX && valid_utf8(err.detail),
		  "schoolyear detail is not UTF-8: %s", err.detail);
	strcpy(text, "2023-W40-1");
	for (i = 0; i < 40; i++)
		strcat(text, "ø");
	CHECK(vc_isoweek_parse(text, &monday, &err) == VC_ERR_SYNTAX && valid_utf8(err.detail),
		  "isoweek detail is not UTF-8: %s", err.detail);
	strcpy(text, "15.07 x");
	for (i = 0; i < 40; i++)
		strcat(text, "ø");
	CHECK(vc_rule_parse(text, &rule, &err) == VC_ERR_SYNTAX && valid_utf8(err.detail),
		  "rule detail is not UTF-8: %s", err.detail);
	for (i = 0; i < 100; i++)
		strcpy(text + 2 * i, "ø");
	vc_error_set(&err, VC_ERR_SYNTAX, 0, NULL, "%s", text);
	CHECK(valid_utf8(err.detail) && strlen(err.detail) == sizeof(err.detail) - 2,
		  "vc_error_set cut ø: %zu bytes", strlen(err.detail));
}

/* Words fold to lower case as ASCII, never by the C locale ('I' is 'i'). */
void
test_ascii_case(void)
{
	vc_rule		rule;
	vc_error	err;
	vc_roll		roll;
	vc_day		monday;
	int			sy;

	CHECK(vc_ascii_tolower('I') == 'i' && vc_ascii_tolower('Z') == 'z' &&
		  vc_ascii_tolower(0xDD) == 0xDD && vc_ascii_tolower('[') == '[',
		  "vc_ascii_tolower");
	CHECK(vc_ascii_isalpha('I') && !vc_ascii_isalpha(0xC3) && !vc_ascii_isalpha('_') &&
		  vc_ascii_isalnum('9') && !vc_ascii_islower('I') && vc_ascii_islower('i'),
		  "vc_ascii_isalpha, isalnum, islower");
	CHECK(vc_ascii_isspace(' ') && vc_ascii_isspace('\t') && !vc_ascii_isspace(0xA0) &&
		  !vc_ascii_isspace(0x85), "vc_ascii_isspace");
	CHECK(vc_rule_parse("I LØPET AV JULI", &rule, &err) == VC_OK &&
		  rule.kind == VC_ANCHOR_MONTH && rule.month == 7, "I LØPET AV JULI: %s", err.detail);
	CHECK(vc_rule_parse("SISTE FREDAG I JUNI, NESTE VIRKEDAG", &rule, &err) == VC_OK &&
		  rule.nth == -1 && rule.dow == 5 && rule.month == 6 && rule.roll == VC_RULE_ROLL_NEXT,
		  "SISTE FREDAG I JUNI: %s", err.detail);
	CHECK(vc_rule_parse("FIRST TUESDAY OF APRIL + 1 WORKDAY", &rule, &err) == VC_OK &&
		  rule.month == 4 && rule.noffsets == 1, "... OF APRIL: %s", err.detail);
	CHECK(vc_rule_parse("Innlevering_I", &rule, &err) == VC_OK &&
		  strcmp(rule.ref, "innlevering_i") == 0, "event key with I: %s", err.detail);
	CHECK(vc_roll_parse("MODIFIEDFOLLOWING", 17, &roll) && roll == VC_ROLL_MODIFIED_FOLLOWING,
		  "roll MODIFIEDFOLLOWING");
	CHECK(vc_isoweek_parse("UKE 40 2023", &monday, &err) == VC_OK && monday == D(2023, 10, 2),
		  "UKE 40 2023: %s", err.detail);
	CHECK(vc_schoolyear_parse(" 2023-2024\t", &sy, &err) == VC_OK && sy == 2023,
		  "schoolyear with spaces: %s", err.detail);
}
