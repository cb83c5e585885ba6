/*
 * test_rules.c
 *	  Unit tests of the rule language (src/core/rule/): text, canonical
 *	  text, binary form, resolution, errors.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"

/* ---- rules ---- */
static void
check_rule(const char *text, const char *canonical, int sy, vc_day first, vc_day last)
{
	vc_rule		rule,
				again;
	vc_error	err;
	char		buf[VC_RULE_MAX_TEXT];
	uint8_t		bin[VC_RULE_MAX_BINARY];
	size_t		len;
	vc_day		a = 0,
				b = 0;

	if (vc_rule_parse(text, &rule, &err) != VC_OK)
	{
		CHECK(false, "rule \"%s\" does not parse: %s", text, err.detail);
		return;
	}
	vc_rule_format(&rule, buf, sizeof(buf));
	CHECK(strcmp(buf, canonical) == 0, "rule \"%s\" prints as \"%s\", want \"%s\"",
		  text, buf, canonical);
	CHECK(vc_rule_parse(buf, &again, &err) == VC_OK && memcmp(&again, &rule, sizeof(rule)) == 0,
		  "rule \"%s\" does not read back from its text", text);
	len = vc_rule_serialize(&rule, bin);
	CHECK(vc_rule_deserialize(bin, len, &again) == VC_OK && memcmp(&again, &rule, sizeof(rule)) == 0,
		  "rule \"%s\" does not read back from its binary form", text);
	if (first == 0)
		return;
	CHECK(vc_rule_resolve(&rule, sy, NULL, &a, &b, &err) == VC_OK && a == first && b == last,
		  "rule \"%s\" in %d: got %d..%d, want %d..%d", text, sy, a, b, first, last);
}

static void
check_bad_rule(const char *text, int position)
{
	vc_rule		rule;
	vc_error	err;

	CHECK(vc_rule_parse(text, &rule, &err) == VC_ERR_SYNTAX && err.position == position,
		  "bad rule \"%s\": want an error at %d, got status %d at %d", text, position,
		  err.status, err.position);
}

static void
check_rule_value_error(const char *text, int sy)
{
	vc_rule		rule;
	vc_error	err;
	vc_day		a,
				b;

	CHECK(vc_rule_parse(text, &rule, &err) == VC_OK &&
		  vc_rule_resolve(&rule, sy, NULL, &a, &b, &err) == VC_ERR_VALUE,
		  "rule \"%s\" should have no date in %d", text, sy);
}

/* Days, spans, whole months and references: their canonical text and days. */
static void
test_rule_days(void)
{
	check_rule("15.07", "15.07", 2022, D(2023, 7, 15), D(2023, 7, 15));
	check_rule("15.7", "15.07", 2023, D(2024, 7, 15), D(2024, 7, 15));
	check_rule("15.jul", "15.07", 2023, D(2024, 7, 15), D(2024, 7, 15));
	check_rule("15. juli", "15.07", 2023, D(2024, 7, 15), D(2024, 7, 15));
	check_rule("Jul 15", "15.07", 2023, D(2024, 7, 15), D(2024, 7, 15));
	check_rule("15 July", "15.07", 2023, D(2024, 7, 15), D(2024, 7, 15));
	check_rule("01.08", "01.08", 2023, D(2023, 8, 1), D(2023, 8, 1));
	check_rule("31.07", "31.07", 2023, D(2024, 7, 31), D(2024, 7, 31));
	check_rule("19.06 til 21.06", "19.06 til 21.06", 2023, D(2024, 6, 19), D(2024, 6, 21));
	check_rule("15.12 til 15.01", "15.12 til 15.01", 2023, D(2023, 12, 15), D(2024, 1, 15));
	check_rule("i løpet av august", "i løpet av august", 2023, D(2023, 8, 1), D(2023, 8, 31));
	check_rule("I LØPET AV Februar", "i løpet av februar", 2023, D(2024, 2, 1), D(2024, 2, 29));
	check_rule("during february", "i løpet av februar", 2022, D(2023, 2, 1), D(2023, 2, 28));
	check_rule("ssb_resultat_vgs_1 + 1 virkedag", "ssb_resultat_vgs_1 + 1 virkedag", 0, 0, 0);
	check_rule("SSB_Resultat", "ssb_resultat", 0, 0, 0);
	check_rule("29.02", "29.02", 2023, D(2024, 2, 29), D(2024, 2, 29));
}

/* Weeks and nth weekdays. */
static void
test_rule_weeks(void)
{
	check_rule("uke 40", "uke 40", 2023, D(2023, 10, 2), D(2023, 10, 6));
	check_rule("uke 41 ons-fre", "uke 41 ons-fre", 2023, D(2023, 10, 11), D(2023, 10, 13));
	check_rule("Uke 8", "uke 8", 2023, D(2024, 2, 19), D(2024, 2, 23));
	check_rule("uke 31/32", "uke 31/32", 2024, D(2024, 7, 29), D(2024, 8, 9));
	check_rule("uke 31-32", "uke 31/32", 2024, D(2024, 7, 29), D(2024, 8, 9));
	check_rule("uke 52/1", "uke 52/1", 2026, D(2026, 12, 21), D(2027, 1, 8));
	check_rule("uke 9 man", "uke 9 man", 2023, D(2024, 2, 26), D(2024, 2, 26));
	check_rule("week 41 wed-fri", "uke 41 ons-fre", 2023, D(2023, 10, 11), D(2023, 10, 13));
	check_rule("uke 53", "uke 53", 2026, D(2026, 12, 28), D(2027, 1, 1));
	check_rule("1. tirsdag i juli", "1. tirsdag i juli", 2023, D(2024, 7, 2), D(2024, 7, 2));
	check_rule("2. mandag i september", "2. mandag i september", 2023, D(2023, 9, 11), D(2023, 9, 11));
	check_rule("siste fredag i juni", "siste fredag i juni", 2023, D(2024, 6, 28), D(2024, 6, 28));
	check_rule("first tuesday of july", "1. tirsdag i juli", 2023, D(2024, 7, 2), D(2024, 7, 2));
	check_rule("last friday of june", "siste fredag i juni", 2024, D(2025, 6, 27), D(2025, 6, 27));
	check_rule("5. fredag i mars", "5. fredag i mars", 2023, D(2024, 3, 29), D(2024, 3, 29));
}

/* Offsets and rolls. */
static void
test_rule_offsets(void)
{
	check_rule("15.07 + 1 virkedag", "15.07 + 1 virkedag", 2022, D(2023, 7, 18), D(2023, 7, 18));
	check_rule("15.07 - 1 dag", "15.07 - 1 dag", 2022, D(2023, 7, 14), D(2023, 7, 14));
	check_rule("uke 40 - 1 dag", "uke 40 - 1 dag", 2023, D(2023, 10, 1), D(2023, 10, 5));
	/* Saturday 15 July 2023 + 2 days is Monday 17 July; 3 working days back is 12 July */
	check_rule("15.07 + 2 dager - 3 virkedager", "15.07 + 2 dager - 3 virkedager", 2022,
			   D(2023, 7, 12), D(2023, 7, 12));
	check_rule("15.07 +1 day +2 business days -1 week", "15.07 + 1 dag + 2 virkedager - 1 uke",
			   2023, D(2024, 7, 11), D(2024, 7, 11));
	check_rule("15.07, neste virkedag", "15.07, neste virkedag", 2022, D(2023, 7, 17), D(2023, 7, 17));
	check_rule("15.07 forrige virkedag", "15.07, forrige virkedag", 2022, D(2023, 7, 14), D(2023, 7, 14));
	check_rule("15.07 next business day", "15.07, neste virkedag", 2022, D(2023, 7, 17), D(2023, 7, 17));
}

/* Rules: their canonical text, binary form and days; references need their event's date. */
void
test_rules(void)
{
	vc_rule		rule;
	vc_error	err;
	vc_day		a,
				b,
				anchor = D(2023, 11, 3);

	test_rule_days();
	test_rule_weeks();
	test_rule_offsets();
	CHECK(vc_rule_parse("priv + 2 virkedager", &rule, &err) == VC_OK &&
		  vc_rule_resolve(&rule, 2023, NULL, &a, &b, &err) == VC_ERR_NEEDS_ANCHOR,
		  "a reference without its date");
	CHECK(vc_rule_resolve(&rule, 2023, &anchor, &a, &b, &err) == VC_OK && a == D(2023, 11, 7),
		  "priv + 2 virkedager from Friday 3 November 2023");
}

/* Rules that do not parse (at the position given), or give no date in a year. */
void
test_rule_errors(void)
{
	check_rule_value_error("29.02", 2022);
	check_rule_value_error("uke 53", 2023);
	check_rule_value_error("5. fredag i februar", 2023);

	check_bad_rule("", 1);
	check_bad_rule("15.13", 4);
	check_bad_rule("30.02", 1);
	check_bad_rule("32.01", 1);
	check_bad_rule("uke 54", 5);
	check_bad_rule("uke 32/31", 8);
	check_bad_rule("15.07 +", 8);
	check_bad_rule("15.07 + 1", 10);
	check_bad_rule("15.07 + 1 år", 11);
	check_bad_rule("15.07 foo", 7);
	check_bad_rule("6. mandag i mai", 1);
	check_bad_rule("jul", 4);
	check_bad_rule("uke", 4);
	check_bad_rule("19.06 til 18.06", 11);
	check_bad_rule("15.07, neste", 13);
	check_bad_rule("ære", 1);
}

/* The binary form: another version, truncated, and corrupted bytes are refused. */
void
test_rule_binary(void)
{
	vc_rule		rule;
	vc_error	err;
	uint8_t		bin[VC_RULE_MAX_BINARY];
	size_t		len;
	int			i,
				bad = 0;

	vc_rule_parse("uke 41 ons-fre + 1 dag", &rule, &err);
	len = vc_rule_serialize(&rule, bin);
	bin[0] = 2;
	CHECK(vc_rule_deserialize(bin, len, &rule) == VC_ERR_VERSION, "binary version 2 is refused");
	bin[0] = VC_RULE_FORMAT_VERSION;
	CHECK(vc_rule_deserialize(bin, len - 1, &rule) == VC_ERR_SYNTAX, "truncated binary is refused");
	for (i = 1; i < (int) len; i++)
	{
		uint8_t		save = bin[i];
		int			v;

		for (v = 0; v < 256; v++)
		{
			vc_rule		r2;
			char		t1[VC_RULE_MAX_TEXT];

			bin[i] = (uint8_t) v;
			/* whatever is accepted prints and reads back to the same rule */
			if (vc_rule_deserialize(bin, len, &r2) == VC_OK)
			{
				vc_rule		r3;

				vc_rule_format(&r2, t1, sizeof(t1));
				if (vc_rule_parse(t1, &r3, &err) != VC_OK || memcmp(&r2, &r3, sizeof(r2)) != 0)
					bad++;
			}
		}
		bin[i] = save;
	}
	CHECK(bad == 0, "%d corrupted binary forms accepted that do not round-trip", bad);
}

/*
 * Bytes of every binary format version ever written, held as constants:
 * stored values outlive the code that wrote them (pg_upgrade, binary
 * dumps), so each must read back to its rule for as long as vigo_cal reads
 * rules.  Version 1 is written by 0.1.0 and later; see format.c.
 */
static const struct
{
	const char *hex;
	const char *text;
}			stored_forms[] = {
	{"0101070f0000000000000000000000", "15.07"},
	{"010206130615000000000000000000", "19.06 til 21.06"},
	{"010308000000000000000000000000", "i løpet av august"},
	{"0104000000002929030500000001010000000100", "uke 41 ons-fre + 1 dag"},
	{"0104000000001f2001050000000000", "uke 31/32"},
	{"01050600000000000000ff05010000", "siste fredag i juni, neste virkedag"},
	{"010507000000000000000102020101fffffffd00",
	"1. tirsdag i juli - 3 dager, forrige virkedag"},
	{"0106000000000000000000000002020000000103fffffffe12"
		"7373625f726573756c7461745f7667735f31",
	"ssb_resultat_vgs_1 + 1 virkedag - 2 uker"},
};

static size_t
from_hex(const char *hex, uint8_t *buf)
{
	size_t		n = 0;
	unsigned int byte;

	for (; hex[0] && hex[1]; hex += 2)
	{
		sscanf(hex, "%2x", &byte);
		buf[n++] = (uint8_t) byte;
	}
	return n;
}

void
test_rule_stored_forms(void)
{
	size_t		i;

	for (i = 0; i < sizeof(stored_forms) / sizeof(stored_forms[0]); i++)
	{
		uint8_t		bin[VC_RULE_MAX_BINARY];
		uint8_t		now[VC_RULE_MAX_BINARY];
		size_t		len = from_hex(stored_forms[i].hex, bin);
		vc_rule		rule,
					parsed;
		vc_error	err;
		char		text[VC_RULE_MAX_TEXT] = "";

		CHECK(vc_rule_unpack(bin, len, &rule) == VC_OK &&
			  vc_rule_format(&rule, text, sizeof(text)) &&
			  strcmp(text, stored_forms[i].text) == 0,
			  "stored version %d bytes %s read as \"%s\", want \"%s\"", bin[0],
			  stored_forms[i].hex, text, stored_forms[i].text);
		CHECK(vc_rule_deserialize(bin, len, &rule) == VC_OK,
			  "binary input of version %d reads \"%s\"", bin[0], stored_forms[i].text);
		/* the current version is still written byte for byte */
		if (bin[0] == VC_RULE_FORMAT_VERSION)
			CHECK(vc_rule_parse(stored_forms[i].text, &parsed, &err) == VC_OK &&
				  vc_rule_serialize(&parsed, now) == len && memcmp(now, bin, len) == 0,
				  "\"%s\" is written as %s", stored_forms[i].text, stored_forms[i].hex);
	}
}

/* A format version never written, before or after the known ones. */
void
test_rule_unknown_version(void)
{
	uint8_t		bin[VC_RULE_MAX_BINARY];
	size_t		len = from_hex(stored_forms[0].hex, bin);
	vc_rule		rule;

	bin[0] = 0;
	CHECK(vc_rule_unpack(bin, len, &rule) == VC_ERR_VERSION, "stored version 0 is unknown");
	bin[0] = VC_RULE_FORMAT_VERSION + 1;
	CHECK(vc_rule_unpack(bin, len, &rule) == VC_ERR_VERSION, "a newer stored version is unknown");
	CHECK(vc_rule_unpack(bin, 0, &rule) == VC_ERR_SYNTAX, "no bytes are no rule");
}
