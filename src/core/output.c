/*
 * output.c
 *	  The core's output and error toolkit: a bounded text buffer that the
 *	  printers (rules, templates, labels) write into, and the one function
 *	  that fills in a vc_error for the parsers and the resolver.
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

/* Append len bytes of text, as many as fit. */
void
vc_buf_put(vc_buf *b, const char *text, size_t len)
{
	size_t		room = b->size > 0 ? b->size - 1 - b->len : 0;

	if (len > room)
	{
		len = room;
		b->overflow = true;
	}
	if (b->size == 0)
		return;
	memcpy(b->data + b->len, text, len);
	b->len += len;
	b->data[b->len] = '\0';
}

/* Append printf-style, as much as fits. */
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
		b->len = b->size - 1;
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

	err->status = status;
	err->position = position;
	err->hint = hint;
	va_start(args, fmt);
	vsnprintf(err->detail, sizeof(err->detail), fmt, args);
	va_end(args);
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
