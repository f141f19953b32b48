/*
 * fuzz_extract.c
 *		libFuzzer harness: the whole extraction over arbitrary bytes.
 *
 * gp_find_mentions, gp_find_agreements and gp_find_events run over the
 * input with no publication date and with a fixed one.  Results are checked
 * for positions inside the text and then freed.
 */
#include "catalog.h"
#include "extract.h"
#include "gazetteer.h"
#include "mentions.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef FUZZ_NAME
#define FUZZ_NAME "fuzz_extract"
#endif

static gp_catalog *cat;
static gp_gazetteer *gz;

int			LLVMFuzzerInitialize(int *argc, char ***argv);
int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	gp_error	err;

	(void) argc;
	(void) argv;
	if (gp_catalog_load(&gp_malloc_allocator, &cat, &err) != GP_OK ||
		gp_gazetteer_create(&gp_malloc_allocator, &gz, &err) != GP_OK ||
		gp_gazetteer_add_builtin(gz, cat, &err) != GP_OK)
	{
		fprintf(stderr, FUZZ_NAME ": setup failed: %s\n", err.message);
		abort();
	}
	return 0;
}

static void
bad(const char *what, size_t i, size_t start, size_t end, size_t size)
{
	fprintf(stderr, FUZZ_NAME ": %s %zu has bytes [%zu, %zu) of %zu\n", what, i, start, end, size);
	abort();
}

static void
extract(const char *text, size_t size, gp_date published)
{
	const gp_allocator *a = &gp_malloc_allocator;
	gp_error	err;
	gp_mention_list mentions;
	gp_found_agreement *agreements = NULL;
	gp_found_event *events = NULL;
	size_t		nagreements = 0,
				nevents = 0;

	memset(&mentions, 0, sizeof(mentions));
	if (gp_find_mentions(gz, cat, text, size, published, NULL, NULL, a,
						 &mentions, &err) == GP_OK)
	{
		for (size_t i = 0; i < mentions.n; i++)
		{
			const gp_mention *m = &mentions.items[i];

			if (m->byte_len == 0 || m->byte_start > size || m->byte_len > size - m->byte_start)
				bad("mention", i, m->byte_start, m->byte_start + m->byte_len, size);
			if (m->start < 1 || m->length < 1 || m->sentence < 1 ||
				m->ncandidates < 0 || m->ncandidates > GP_MAX_CANDIDATES)
				bad("mention", i, m->byte_start, m->byte_start + m->byte_len, size);
			(void) gp_mention_kind_name(m->kind);
		}
	}
	gp_mention_list_free(a, &mentions);

	if (gp_find_agreements(gz, cat, text, size, published, NULL, NULL, a,
						   &agreements, &nagreements, &err) == GP_OK)
	{
		for (size_t i = 0; i < nagreements; i++)
		{
			const gp_found_agreement *f = &agreements[i];

			if (f->evidence_start > f->evidence_end || f->evidence_end > size)
				bad("agreement evidence", i, f->evidence_start, f->evidence_end, size);
			if (f->ag.nparties > GP_EXTRACT_MAX_PARTIES ||
				f->ag.kind < 0 || f->ag.kind >= gp_agreement_nkinds ||
				f->ag.status < 0 || f->ag.status >= gp_agreement_nstatuses)
				bad("agreement", i, f->evidence_start, f->evidence_end, size);
		}
	}
	if (agreements)
		a->free(a->ctx, agreements);

	if (gp_find_events(gz, cat, text, size, published, NULL, NULL, a,
					   &events, &nevents, &err) == GP_OK)
	{
		for (size_t i = 0; i < nevents; i++)
		{
			const gp_found_event *e = &events[i];

			if (e->evidence_start > e->evidence_end || e->evidence_end > size)
				bad("event evidence", i, e->evidence_start, e->evidence_end, size);
			if (e->action == NULL || e->cameo == NULL)
				bad("event", i, e->evidence_start, e->evidence_end, size);
		}
	}
	if (events)
		a->free(a->ctx, events);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
#ifdef FUZZ_UTF8_ONLY
	size_t		badpos;

	if (!gp_utf8_valid((const char *) data, size, &badpos))
		return 0;
#endif
	extract((const char *) data, size, GP_NO_DATE);
	extract((const char *) data, size, gp_date_from_ymd(2025, 1, 13));
	return 0;
}
