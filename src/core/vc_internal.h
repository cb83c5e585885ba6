/*
 * vc_internal.h
 *	  What the calendar core's files share and its callers do not see:
 *	  floor division for day counts, character classes and case of ASCII
 *	  whatever the locale, and the output and error toolkit of output.c (a
 *	  bounded text buffer with a printf-like appender, the one function that
 *	  fills in a vc_error, and cutting text at a UTF-8 character).
 */
#ifndef VC_INTERNAL_H
#define VC_INTERNAL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "vc_calendar.h"

#if defined(__GNUC__)
#define VC_PRINTF(f, a) __attribute__((format(printf, f, a)))
#define VC_HIDDEN __attribute__((visibility("hidden")))
#else
#define VC_PRINTF(f, a)
#define VC_HIDDEN
#endif

/* Division rounding toward minus infinity, for day counts before 2000. */
static inline int64_t
vc_floor_div(int64_t a, int64_t b)
{
	int64_t		q = a / b;

	return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

static inline int64_t
vc_floor_mod(int64_t a, int64_t b)
{
	return a - vc_floor_div(a, b) * b;
}

/*
 * Character classes and case of ASCII only, whatever the C locale: inside
 * a PostgreSQL backend LC_CTYPE is the server's, and under a Turkish one
 * tolower('I') is not 'i'.  The core reads every word through these.
 */
static inline bool
vc_ascii_isdigit(int c)
{
	return c >= '0' && c <= '9';
}

static inline bool
vc_ascii_islower(int c)
{
	return c >= 'a' && c <= 'z';
}

static inline bool
vc_ascii_isalpha(int c)
{
	return vc_ascii_islower(c) || (c >= 'A' && c <= 'Z');
}

static inline bool
vc_ascii_isalnum(int c)
{
	return vc_ascii_isalpha(c) || vc_ascii_isdigit(c);
}

static inline bool
vc_ascii_isspace(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

static inline int
vc_ascii_tolower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/*
 * A text buffer over the caller's memory.  What does not fit is cut off
 * and overflow is set; the text is always NUL-terminated (when size > 0).
 */
typedef struct vc_buf
{
	char	   *data;
	size_t		size;			/* bytes at data, the NUL included */
	size_t		len;			/* bytes of text, the NUL excluded */
	bool		overflow;		/* something did not fit */
} vc_buf;

extern VC_HIDDEN void vc_buf_init(vc_buf *b, char *data, size_t size);
extern VC_HIDDEN void vc_buf_put(vc_buf *b, const char *text, size_t len);
extern VC_HIDDEN void vc_buf_printf(vc_buf *b, const char *fmt,...) VC_PRINTF(2, 3);

/*
 * Fill in err (status, 1-based position or 0, hint, printf-style detail)
 * and return status: the one way the core reports an error.
 */
extern VC_HIDDEN vc_status vc_error_set(vc_error *err, vc_status status, int position,
							  const char *hint, const char *fmt,...) VC_PRINTF(5, 6);

/*
 * Cutting user text for a message or a buffer: the first n bytes of text
 * without a UTF-8 character cut short at the end (vc_utf8_boundary), and
 * at most max of len bytes so cut, as an int for "%.*s" (vc_utf8_prefix).
 * vc_buf and vc_error_set cut the same way when text does not fit.
 */
extern VC_HIDDEN size_t vc_utf8_boundary(const char *text, size_t n);
extern VC_HIDDEN int	vc_utf8_prefix(const char *text, size_t len, size_t max);

/* 1-based character (not byte) position of at in the UTF-8 text. */
extern VC_HIDDEN int	vc_char_position(const char *text, const char *at);

#endif							/* VC_INTERNAL_H */
