/*
 * extract.h
 *		Agreements and events in article text, built on the mentions.
 */
#ifndef GP_EXTRACT_H
#define GP_EXTRACT_H

#include "agreement.h"
#include "gazetteer.h"
#include "mentions.h"

#define GP_EXTRACT_MAX_PARTIES 32

typedef struct gp_found_agreement
{
	gp_agreement ag;			/* ag.parties points at parties */
	gp_polity	parties[GP_EXTRACT_MAX_PARTIES];
	size_t		evidence_start; /* bytes of the sentence that states it */
	size_t		evidence_end;
	int64_t		start;			/* characters, 1-based */
	int32_t		length;
	int			sentences;		/* how many sentences speak of it */
	bool		status_seen;	/* a verb gave the status */
	bool		denied;			/* a negated or hypothetical verb spoke of it */
	bool		constitution;	/* a bloc's constitution: "the constitution" refers to it */
	bool		absent;			/* spoken of as "no treaty": none unless a verb says more */
	float		confidence;
} gp_found_agreement;

typedef struct gp_found_event
{
	gp_polity	actor;
	gp_polity	target;
	const char *action;			/* "sign", "visit", "supply_weapons" ... */
	const char *cameo;			/* "057", "042", "072" ... */
	gp_fuzzy_date date;
	size_t		evidence_start;
	size_t		evidence_end;
	int64_t		start;
	int32_t		length;
} gp_found_event;

/*
 * The agreements an article speaks of, one per distinct agreement, in text
 * order.  *out is allocated with a.
 */
extern gp_status gp_find_agreements(const gp_gazetteer *gz, const gp_catalog *cat,
									const char *text, size_t len, gp_date published,
									gp_tick tick, void *tick_ctx, const gp_allocator *a,
									gp_found_agreement **out, size_t *n, gp_error *err);

/* Who did what to whom: one row per distinct (actor, action, target). */
extern gp_status gp_find_events(const gp_gazetteer *gz, const gp_catalog *cat,
								const char *text, size_t len, gp_date published,
								gp_tick tick, void *tick_ctx, const gp_allocator *a,
								gp_found_event **out, size_t *n, gp_error *err);

#endif							/* GP_EXTRACT_H */
