/*
 * status.c
 *		Filling gp_error records.
 */
#include "status.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

gp_status
gp_fail(gp_error *err, gp_status status, size_t offset, const char *fmt,...)
{
	va_list		ap;

	if (err == NULL)
		return status;
	memset(err, 0, sizeof(*err));
	err->status = status;
	err->offset = offset;
	va_start(ap, fmt);
	vsnprintf(err->message, sizeof(err->message), fmt, ap);
	va_end(ap);
	return status;
}

void
gp_error_detail(gp_error *err, const char *fmt,...)
{
	va_list		ap;

	if (err == NULL)
		return;
	va_start(ap, fmt);
	vsnprintf(err->detail, sizeof(err->detail), fmt, ap);
	va_end(ap);
}

void
gp_error_hint(gp_error *err, const char *fmt,...)
{
	va_list		ap;

	if (err == NULL)
		return;
	va_start(ap, fmt);
	vsnprintf(err->hint, sizeof(err->hint), fmt, ap);
	va_end(ap);
}

const char *
gp_status_name(gp_status status)
{
	switch (status)
	{
		case GP_OK:
			return "ok";
		case GP_ERR_SYNTAX:
			return "syntax";
		case GP_ERR_EMPTY:
			return "empty";
		case GP_ERR_TOO_LONG:
			return "too_long";
		case GP_ERR_CONTROL:
			return "control";
		case GP_ERR_ENCODING:
			return "encoding";
		case GP_ERR_UNKNOWN:
			return "unknown";
		case GP_ERR_AMBIGUOUS:
			return "ambiguous";
		case GP_ERR_RANGE:
			return "range";
		case GP_ERR_NO_MEMORY:
			return "no_memory";
		case GP_ERR_ICU:
			return "icu";
		case GP_ERR_CANCELLED:
			return "cancelled";
	}
	return "invalid";
}
