/*
 * fuzz_agreement.c
 *		libFuzzer harness: the agreement literal and the packed form.
 *
 * 1. gp_agreement_parse over the bytes, parties resolved as the glue does
 *    (a code, else a name through the index).  When it parses: pack, view,
 *    format, parse the canonical text again, and abort unless the two are
 *    equal (gp_agreement_cmp == 0) and the packed forms are equal bytes.
 * 2. The same bytes as a packed value (an 8-byte aligned copy) through
 *    gp_agreement_view, the binary validator; a value it accepts is
 *    formatted.
 */
#include "agreement.h"
#include "catalog.h"
#include "names.h"
#include "polity_parse.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static gp_catalog *cat;
static gp_names *names;

int			LLVMFuzzerInitialize(int *argc, char ***argv);
int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	gp_error	err;

	(void) argc;
	(void) argv;
	if (gp_catalog_load(&gp_malloc_allocator, &cat, &err) != GP_OK ||
		gp_names_create(&gp_malloc_allocator, &names, &err) != GP_OK ||
		gp_names_add_builtin(names, cat, &err) != GP_OK)
	{
		fprintf(stderr, "fuzz_agreement: setup failed: %s\n", err.message);
		abort();
	}
	return 0;
}

/* As src/pg/polity_io.c geopol_resolve_polity: a code, else a name. */
static gp_status
resolve(void *ctx, const char *s, size_t len, gp_polity *out, gp_error *err)
{
	size_t		b,
				n;
	gp_status	st;
	const gp_names *indexes[1];

	(void) ctx;
	if ((st = gp_polity_check_input(s, len, &b, &n, err)) != GP_OK)
		return st;
	st = gp_polity_parse_code(cat, s + b, n, out, err);
	if (st != GP_ERR_UNKNOWN)
		return st;
	indexes[0] = names;
	return gp_polity_parse_name(cat, indexes, 1, s + b, n, out, err);
}

static void *
aligned_copy(const void *src, size_t size)
{
	size_t		rounded = (size + 7) & ~(size_t) 7;
	void	   *buf = aligned_alloc(8, rounded ? rounded : 8);

	if (buf == NULL)
		abort();
	if (size)
		memcpy(buf, src, size);
	return buf;
}

/*
 * The canonical text of ag, malloc'd and NUL-terminated; *len its length
 * (a title may hold NUL bytes, so not strlen).
 */
static char *
format(const gp_agreement *ag, size_t *len)
{
	size_t		need = gp_agreement_format(ag, NULL, 0);
	char	   *text = malloc(need + 1);
	size_t		again;

	if (text == NULL)
		abort();
	again = gp_agreement_format(ag, text, need + 1);
	if (again != need || text[need] != '\0')
	{
		fprintf(stderr, "format: %zu bytes needed, then %zu written\n", need, again);
		abort();
	}
	*len = need;
	return text;
}

static void
round_trip(const uint8_t *data, size_t size)
{
	gp_agreement ag,
				view,
				again;
	gp_error	err;
	size_t		psize,
				tlen,
				psize2;
	void	   *buf,
			   *buf2;
	char	   *text;

	memset(&ag, 0, sizeof(ag));
	memset(&err, 0, sizeof(err));
	if (gp_agreement_parse((const char *) data, size, resolve, NULL,
						   &gp_malloc_allocator, &ag, &err) != GP_OK)
		return;

	psize = gp_agreement_packed_size(&ag);
	buf = aligned_alloc(8, (psize + 7) & ~(size_t) 7);
	if (buf == NULL)
		abort();
	gp_agreement_pack(&ag, buf);
	if (gp_agreement_view(buf, psize, &view, &err) != GP_OK)
	{
		fprintf(stderr, "round trip: the packed value does not view: %s\n", err.message);
		abort();
	}
	if (gp_agreement_cmp(&ag, &view) != 0)
	{
		fprintf(stderr, "round trip: the view differs from the parsed value\n");
		abort();
	}

	text = format(&view, &tlen);
	memset(&again, 0, sizeof(again));
	if (gp_agreement_parse(text, tlen, resolve, NULL, &gp_malloc_allocator,
						   &again, &err) != GP_OK)
	{
		fprintf(stderr, "round trip: canonical text does not parse: %s\n"
				"  text: %s\n  at byte %zu\n", err.message, text, err.offset);
		abort();
	}
	if (gp_agreement_cmp(&view, &again) != 0)
	{
		fprintf(stderr, "round trip: canonical text parses to another value\n"
				"  text: %s\n", text);
		abort();
	}
	/* canonical packing: equal values are equal bytes */
	psize2 = gp_agreement_packed_size(&again);
	if (psize2 != psize)
	{
		fprintf(stderr, "round trip: packed sizes differ (%zu, %zu)\n", psize, psize2);
		abort();
	}
	buf2 = aligned_alloc(8, (psize2 + 7) & ~(size_t) 7);
	if (buf2 == NULL)
		abort();
	gp_agreement_pack(&again, buf2);
	if (memcmp(buf, buf2, psize) != 0)
	{
		fprintf(stderr, "round trip: packed bytes differ for equal values\n");
		abort();
	}

	free(buf2);
	free(text);
	free(buf);
	free((void *) again.parties);
	free((void *) again.title);
	free((void *) ag.parties);
	free((void *) ag.title);
}

static void
view_raw(const uint8_t *data, size_t size)
{
	void	   *buf = aligned_copy(data, size);
	gp_agreement view;
	gp_error	err;

	memset(&err, 0, sizeof(err));
	if (gp_agreement_view(buf, size, &view, &err) == GP_OK)
	{
		size_t		tlen;
		char	   *text = format(&view, &tlen);

		(void) gp_agreement_first_date(&view);
		(void) gp_agreement_status_date(&view);
		if (gp_agreement_cmp(&view, &view) != 0)
			abort();
		free(text);
	}
	free(buf);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	round_trip(data, size);
	view_raw(data, size);
	return 0;
}
