/*
 * output.c
 *	  The core's output and error toolkit: a bounded text buffer that the
 *	  printers (rules, templates, labels) write into, the one function
 *	  that fills in a vc_error for the parsers and the resolver, and how
 *	  user text is cut for either without splitting a UTF-8 character.
 */
#include <stdio.h>
#include <string.h>

#include "vc_internal.h"

/* Start an empty buffer over size bytes at data. */
void
vc_buf_init(vc_buf *b, char *data, size_t size)
{
	b->data = data;
	b->size = size;
	b->len = 0;
	b->overflow = size == 0;
	if (size > 0)
		data[0] = '\0';
}

/*
 * How many of the first n bytes of text to keep so as not to end inside a
 * UTF-8 character: n, or less by the bytes of a character cut short.
 */
size_t
vc_utf8_boundary(const char *text, size_t n)
{
	const unsigned char *t = (const unsigned char *) text;
	size_t		i = n;
	size_t		seqlen;

	while (i > 0 && n - i < 3 && (t[i - 1] & 0xC0) == 0x80)
		i--;
	if (i == 0 || t[i - 1] < 0xC0)
		return n;				/* ASCII last, or not UTF-8 at all: keep */
	seqlen = t[i - 1] >= 0xF0 ? 4 : t[i - 1] >= 0xE0 ? 3 : 2;
	return n - (i - 1) < seqlen ? i - 1 : n;
}

/* At most max of the len bytes of text, cut at a character: a length for "%.*s". */
int
vc_utf8_prefix(const char *text, size_t len, size_t max)
{
	return (int) vc_utf8_boundary(text, len < max ? len : max);
}

/* Append len bytes of text, as many whole characters as fit. */
void
vc_buf_put(vc_buf *b, const char *text, size_t len)
{
	size_t		room = b->size > 0 ? b->size - 1 - b->len : 0;

	if (len > room)
	{
		len = vc_utf8_boundary(text, room);
		b->overflow = true;
	}
	if (b->size == 0)
		return;
	memcpy(b->data + b->len, text, len);
	b->len += len;
	b->data[b->len] = '\0';
}

/* Append printf-style, as many whole characters as fit. */
void
vc_buf_printf(vc_buf *b, const char *fmt,...)
{
	va_list		args;
	int			n;

	if (b->size == 0)
	{
		b->overflow = true;
		return;
	}
	va_start(args, fmt);
	n = vsnprintf(b->data + b->len, b->size - b->len, fmt, args);
	va_end(args);
	if (n < 0)
		b->data[b->len] = '\0';
	else if ((size_t) n >= b->size - b->len)
	{
		b->len += vc_utf8_boundary(b->data + b->len, b->size - 1 - b->len);
		b->data[b->len] = '\0';
		b->overflow = true;
	}
	else
		b->len += (size_t) n;
}

/* Fill in err and return its status (see vc_internal.h). */
vc_status
vc_error_set(vc_error *err, vc_status status, int position, const char *hint,
			 const char *fmt,...)
{
	va_list		args;
	int			n;

	err->status = status;
	err->position = position;
	err->hint = hint;
	va_start(args, fmt);
	n = vsnprintf(err->detail, sizeof(err->detail), fmt, args);
	va_end(args);
	if (n >= (int) sizeof(err->detail))
		err->detail[vc_utf8_boundary(err->detail, sizeof(err->detail) - 1)] = '\0';
	return status;
}

/* 1-based character position of at in text: UTF-8 lead bytes before it, plus one. */
int
vc_char_position(const char *text, const char *at)
{
	const unsigned char *p = (const unsigned char *) text;
	int			pos = 1;

	for (; p < (const unsigned char *) at; p++)
		if ((*p & 0xC0) != 0x80)
			pos++;
	return pos;
}
