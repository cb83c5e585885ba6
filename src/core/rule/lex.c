/*
 * lex.c
 *	  The lexer of the rule language: numbers, words (lower-cased, Æ/Ø/Å
 *	  included), and punctuation; the keywords of the grammar; and how a
 *	  syntax error at a token is reported.  Month and weekday names come
 *	  from words.c.
 */
#include <stdio.h>
#include <string.h>

#include "rule_internal.h"

typedef struct word_value
{
	const char *word;
	int			value;
} word_value;

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

static int
lookup(const word_value *table, const char *word)
{
	for (; table->word; table++)
		if (strcmp(table->word, word) == 0)
			return table->value;
	return 0;
}

/* ---------------------------------------------------------------------
 * Tokens
 * ---------------------------------------------------------------------
 */

/* Is there an en dash (U+2013) at p?  It is punctuation, not a letter. */
static bool
is_en_dash(const unsigned char *p)
{
	return p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0x93;
}

static bool
is_word_byte(const unsigned char *p)
{
	return (vc_ascii_isalnum(*p) || *p == '_' || *p >= 0x80) && !is_en_dash(p);
}

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
	out[0] = (char) vc_ascii_tolower(s[0]);
	*outlen = 1;
	return 1;
}

/* A number at p: its value, capped, and its digits; returns the end. */
static const unsigned char *
lex_number(const unsigned char *p, token *t)
{
	t->type = T_NUMBER;
	while (vc_ascii_isdigit(*p))
	{
		if (t->value < 1000000000)
			t->value = t->value * 10 + (*p - '0');
		t->ndigits++;
		p++;
	}
	return p;
}

/*
 * A word at p, lower-cased into t->word; a word longer than RULE_MAX_WORD
 * bytes is read whole but leaves t->word empty (no keyword, no key).
 */
static const unsigned char *
lex_word(const unsigned char *p, token *t)
{
	size_t		n = 0;

	t->type = T_WORD;
	while (is_word_byte(p))
	{
		char		folded[2];
		int			flen;
		int			used = fold_char(p, folded, &flen);

		if (n + (size_t) flen > RULE_MAX_WORD)
		{
			/* the rest of the word, byte by byte (an en dash included) */
			while (vc_ascii_isalnum(*p) || *p == '_' || *p >= 0x80)
				p++;
			t->word[0] = '\0';
			return p;
		}
		memcpy(t->word + n, folded, (size_t) flen);
		n += (size_t) flen;
		p += used;
	}
	t->word[n] = '\0';
	return p;
}

/* One byte of punctuation at p. */
static tok_type
punct_type(unsigned char c)
{
	switch (c)
	{
		case '.':
			return T_DOT;
		case '+':
			return T_PLUS;
		case '-':
			return T_MINUS;
		case ',':
			return T_COMMA;
		case '/':
			return T_SLASH;
		default:
			return T_OTHER;
	}
}

/* Read the next token into lx->tok. */
void
rule_lex_next(lexer *lx)
{
	const unsigned char *p = (const unsigned char *) lx->p;
	token	   *t = &lx->tok;

	while (*p && vc_ascii_isspace(*p))
		p++;
	t->start = (const char *) p;
	t->word[0] = '\0';
	t->value = 0;
	t->ndigits = 0;
	if (*p == '\0')
		t->type = T_END;
	else if (vc_ascii_isdigit(*p))
		p = lex_number(p, t);
	else if (is_en_dash(p))
	{
		t->type = T_MINUS;
		p += 3;
	}
	else if (vc_ascii_isalpha(*p) || *p >= 0x80)
		p = lex_word(p, t);
	else
		t->type = punct_type(*p++);
	t->len = (size_t) ((const char *) p - t->start);
	lx->p = (const char *) p;
}

/* Start lexing text: the first token is current. */
void
rule_lex_start(lexer *lx, const char *text)
{
	lx->text = lx->p = text;
	rule_lex_next(lx);
}

/* Is the current token this (lower-case) word? */
bool
rule_tok_is(const lexer *lx, const char *word)
{
	return lx->tok.type == T_WORD && strcmp(lx->tok.word, word) == 0;
}

/* The month the current token names, 1-12, or 0. */
int
rule_tok_month(const lexer *lx)
{
	return lx->tok.type == T_WORD ? vc_month_from_word(lx->tok.word) : 0;
}

/* The weekday the current token names, 1-7, or 0. */
int
rule_tok_weekday(const lexer *lx)
{
	return lx->tok.type == T_WORD ? vc_weekday_from_word(lx->tok.word) : 0;
}

/* The unit of an offset the current token names, or 0. */
int
rule_tok_unit(const lexer *lx)
{
	return lx->tok.type == T_WORD ? lookup(unit_words, lx->tok.word) : 0;
}

/* The ordinal the current token names: 1-5, -1 for the last, or 0. */
int
rule_tok_ordinal(const lexer *lx)
{
	return lx->tok.type == T_WORD ? lookup(ordinal_words, lx->tok.word) : 0;
}

/* "first" .. "fifth" for 1-5, for messages. */
const char *
rule_ordinal_en(int nth)
{
	return nth >= 1 && nth <= 5 ? ordinal_words[nth + 4].word : "last";
}

/* Is this word part of the rule language? */
bool
rule_is_keyword(const char *word)
{
	const char *const *kw;

	if (vc_month_from_word(word) || vc_weekday_from_word(word) ||
		lookup(ordinal_words, word) || lookup(unit_words, word))
		return true;
	for (kw = other_keywords; *kw; kw++)
		if (strcmp(*kw, word) == 0)
			return true;
	return false;
}

/* Can this word name an event?  Letters, digits and _, not a keyword. */
bool
rule_is_event_key(const char *word)
{
	const char *p;

	if (word[0] == '\0' || !vc_ascii_islower((unsigned char) word[0]) ||
		strlen(word) > VC_RULE_MAX_REF)
		return false;
	for (p = word; *p; p++)
		if (!(vc_ascii_islower((unsigned char) *p) || vc_ascii_isdigit((unsigned char) *p) || *p == '_'))
			return false;
	return !rule_is_keyword(word);
}

/* ---------------------------------------------------------------------
 * Errors
 * ---------------------------------------------------------------------
 */

/* A syntax error at token at (see rule_internal.h). */
vc_status
rule_error(const lexer *lx, const token *at, vc_error *err, const char *hint,
		   const char *fmt,...)
{
	va_list		args;
	char		msg[sizeof(err->detail) - 24];
	int			position = vc_char_position(lx->text, at->start);

	va_start(args, fmt);
	if (vsnprintf(msg, sizeof(msg), fmt, args) >= (int) sizeof(msg))
		msg[vc_utf8_boundary(msg, sizeof(msg) - 1)] = '\0';
	va_end(args);
	return vc_error_set(err, VC_ERR_SYNTAX, position, hint, "%s at position %d.",
						msg, position);
}

/* A short description of the current token, for error details. */
const char *
rule_tok_text(const lexer *lx, char *buf, size_t buflen)
{
	if (lx->tok.type == T_END)
		return "end of rule";
	snprintf(buf, buflen, "\"%.*s\"", vc_utf8_prefix(lx->tok.start, lx->tok.len, 30),
			 lx->tok.start);
	return buf;
}

/* "Expected <what>, found <the current token>". */
vc_status
rule_unexpected(const lexer *lx, vc_error *err, const char *hint, const char *what)
{
	char		tbuf[48];

	return rule_error(lx, &lx->tok, err, hint, "Expected %s, found %s", what,
					  rule_tok_text(lx, tbuf, sizeof(tbuf)));
}
