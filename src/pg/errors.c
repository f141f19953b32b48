/*
 * errors.c
 *		Turning a core gp_error into ereport(ERROR).
 */
#include "geopol.h"

#include "mb/pg_wchar.h"

/* Input quoted in messages is cut here: a 1 MB literal is no message. */
#define QUOTE_MAX 64

static void *
palloc_noerr(void *ctx, size_t size)
{
	return MemoryContextAllocExtended(CurrentMemoryContext, size, MCXT_ALLOC_NO_OOM);
}

static void
pfree_any(void *ctx, void *ptr)
{
	pfree(ptr);
}

static const gp_allocator palloc_allocator = {palloc_noerr, pfree_any, NULL};

const gp_allocator *
geopol_palloc_allocator(void)
{
	return &palloc_allocator;
}

int
geopol_sqlstate(gp_status status)
{
	switch (status)
	{
		case GP_ERR_SYNTAX:
		case GP_ERR_EMPTY:
		case GP_ERR_TOO_LONG:
		case GP_ERR_CONTROL:
		case GP_ERR_UNKNOWN:
		case GP_ERR_AMBIGUOUS:
			return ERRCODE_INVALID_TEXT_REPRESENTATION;
		case GP_ERR_ENCODING:
			return ERRCODE_CHARACTER_NOT_IN_REPERTOIRE;
		case GP_ERR_RANGE:
			return ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE;
		case GP_ERR_NO_MEMORY:
			return ERRCODE_OUT_OF_MEMORY;
		case GP_ERR_ICU:
			return ERRCODE_EXTERNAL_ROUTINE_EXCEPTION;
		case GP_ERR_CANCELLED:
			return ERRCODE_QUERY_CANCELED;
		case GP_OK:
			break;
	}
	return ERRCODE_INTERNAL_ERROR;
}

void
geopol_report(const gp_error *err, const char *type, const char *input, size_t inputlen)
{
	char	   *quoted;
	size_t		n = inputlen;

	if (n > QUOTE_MAX)
		n = pg_mbcliplen(input, (int) inputlen, QUOTE_MAX);
	quoted = psprintf("%.*s%s", (int) n, input, n < inputlen ? "..." : "");

	/* a literal that cannot be read is 22P02 whatever the reason, bar encoding */
	ereport(ERROR,
			(errcode(err->status == GP_ERR_ENCODING || err->status == GP_ERR_NO_MEMORY ||
					 err->status == GP_ERR_ICU ? geopol_sqlstate(err->status) :
					 ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type %s: \"%s\"", type, quoted),
			 err->detail[0] ? errdetail("%s", err->detail) :
			 errdetail("%c%s.", pg_toupper((unsigned char) err->message[0]),
					   err->message + 1),
			 err->hint[0] ? errhint("%s", err->hint) : 0));
	pg_unreachable();
}
