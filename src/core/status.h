/*
 * status.h
 *		How the core reports failure: a status code and an error record.
 *
 * The core never longjmps, exits or prints.  Every fallible function returns
 * a gp_status and, when it fails, fills the caller's gp_error with the byte
 * offset of the problem and sentences the glue can hand to ereport().
 */
#ifndef GP_STATUS_H
#define GP_STATUS_H

#include <stddef.h>

typedef enum gp_status
{
	GP_OK = 0,
	GP_ERR_SYNTAX,				/* malformed input */
	GP_ERR_EMPTY,				/* empty or blank input */
	GP_ERR_TOO_LONG,			/* input longer than any name can be */
	GP_ERR_CONTROL,				/* control character in input */
	GP_ERR_ENCODING,			/* not valid UTF-8 */
	GP_ERR_UNKNOWN,				/* well-formed, but names nothing known */
	GP_ERR_AMBIGUOUS,			/* names more than one thing */
	GP_ERR_RANGE,				/* value out of range */
	GP_ERR_NO_MEMORY,			/* allocator returned NULL */
	GP_ERR_ICU,					/* an ICU call failed */
	GP_ERR_CANCELLED			/* the caller asked to stop */
} gp_status;

#define GP_MESSAGE_MAX 256
#define GP_HINT_MAX 512

typedef struct gp_error
{
	gp_status	status;
	size_t		offset;			/* byte offset of the problem in the input */
	char		message[GP_MESSAGE_MAX];	/* what went wrong, no period */
	char		detail[GP_MESSAGE_MAX];	/* optional full sentence */
	char		hint[GP_HINT_MAX];	/* optional full sentence */
} gp_error;

/* Record a failure; returns status so callers can "return gp_fail(...)". */
extern gp_status gp_fail(gp_error *err, gp_status status, size_t offset,
						 const char *fmt,...)
			__attribute__((format(printf, 4, 5)));
extern void gp_error_detail(gp_error *err, const char *fmt,...)
			__attribute__((format(printf, 2, 3)));
extern void gp_error_hint(gp_error *err, const char *fmt,...)
			__attribute__((format(printf, 2, 3)));

/* A fixed name for a status, for tests and logs. */
extern const char *gp_status_name(gp_status status);

#endif							/* GP_STATUS_H */
