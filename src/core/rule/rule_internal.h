/*
 * rule_internal.h
 *	  What the files of the rule language share: the tokens and the lexer
 *	  (lex.c), the way a syntax error is reported, and the anchor parser
 *	  (anchor.c).  The parser (parse.c, anchor.c), the printer and binary
 *	  codec (format.c) and the resolver (resolve.c) include it; month and
 *	  weekday names come from the core's words.c.
 */
#ifndef VC_RULE_INTERNAL_H
#define VC_RULE_INTERNAL_H

#include "vc_internal.h"

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

#define RULE_MAX_WORD 64

typedef struct token
{
	tok_type	type;
	const char *start;
	size_t		len;
	int64_t		value;			/* T_NUMBER, capped */
	int			ndigits;		/* T_NUMBER */
	char		word[RULE_MAX_WORD + 1];	/* T_WORD, lower case; empty if too long */
} token;

typedef struct lexer
{
	const char *text;
	const char *p;				/* where the next token starts */
	token		tok;			/* the current token */
} lexer;

/* ---- lex.c: tokens ---- */
extern VC_HIDDEN void rule_lex_start(lexer *lx, const char *text);
extern VC_HIDDEN void rule_lex_next(lexer *lx);
extern VC_HIDDEN bool rule_tok_is(const lexer *lx, const char *word);
extern VC_HIDDEN int	rule_tok_month(const lexer *lx);	/* 1-12, or 0 */
extern VC_HIDDEN int	rule_tok_weekday(const lexer *lx);	/* 1-7, or 0 */
extern VC_HIDDEN int	rule_tok_unit(const lexer *lx); /* vc_offset_unit, or 0 */
extern VC_HIDDEN int	rule_tok_ordinal(const lexer *lx);	/* 1-5, -1 for the last, or 0 */
extern VC_HIDDEN bool rule_is_keyword(const char *word);
extern VC_HIDDEN bool rule_is_event_key(const char *word);
extern VC_HIDDEN const char *rule_ordinal_en(int nth);	/* "first" .. "fifth" */

/* ---- anchor.c: the anchor a rule starts with ---- */
extern VC_HIDDEN vc_status rule_parse_anchor(lexer *lx, vc_error *err, vc_rule *rule);

/* ---- lex.c: errors ---- */

/*
 * A syntax error at token at: the detail is the message followed by
 * " at position N." (N counts characters), which the tests and users rely
 * on to find the offending word.
 */
extern VC_HIDDEN vc_status rule_error(const lexer *lx, const token *at, vc_error *err,
							const char *hint, const char *fmt,...) VC_PRINTF(5, 6);

/* "Expected <what>, found <the current token>" at the current token. */
extern VC_HIDDEN vc_status rule_unexpected(const lexer *lx, vc_error *err, const char *hint,
								 const char *what);

/* A short description of the current token for messages: "\"foo\"" or "end of rule". */
extern VC_HIDDEN const char *rule_tok_text(const lexer *lx, char *buf, size_t buflen);

#endif							/* VC_RULE_INTERNAL_H */
