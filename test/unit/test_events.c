/*
 * test_events.c
 *		Event extraction and the people it follows, without a server.
 */
#include "unit.h"
#include "catalog.h"
#include "extract.h"
#include "gazetteer.h"
#include "polity_code.h"

static gp_catalog *cat;
static gp_gazetteer *gz;

/* "ACT-cameo->TGT" for each event, joined by spaces */
static const char *
events(const char *text)
{
	static char out[2048];
	gp_found_event *ev;
	size_t		n,
				used = 0;
	gp_error	err;

	out[0] = '\0';
	if (gp_find_events(gz, cat, text, strlen(text), GP_NO_DATE, NULL, NULL,
					   &gp_malloc_allocator, &ev, &n, &err) != GP_OK)
		return gp_status_name(err.status);
	for (size_t i = 0; i < n && used < sizeof(out); i++)
	{
		char		a[GP_CODE_MAX + 1],
					t[GP_CODE_MAX + 1];

		gp_code_unpack(ev[i].actor, a);
		gp_code_unpack(ev[i].target, t);
		used += (size_t) snprintf(out + used, sizeof(out) - used, "%s%s-%s->%s",
								  i ? " " : "", a, ev[i].cameo, t);
	}
	gp_malloc_allocator.free(gp_malloc_allocator.ctx, ev);
	return out;
}

void
test_events(void)
{
	gp_error	err;
	char	   *big;
	size_t		n = 1024 * 1024;

	if (gp_catalog_load(&gp_malloc_allocator, &cat, &err) != GP_OK ||
		gp_gazetteer_create(&gp_malloc_allocator, &gz, &err) != GP_OK ||
		gp_gazetteer_add_builtin(gz, cat, &err) != GP_OK)
	{
		CHECK(!"gazetteer builds");
		return;
	}
	CHECK_STR(events("Russia invaded Ukraine."), "RUS-19->UKR");
	/* people: introduced with office and state, then surname, office, pronoun */
	CHECK_STR(events("Polish Defence Minister Jan Nowak met reporters. Nowak later criticised Belarus."),
			  "POL-11->BLR");
	CHECK_STR(events("Chilean President Rosa Vidal spoke on Monday. She praised Peru."),
			  "CHL-051->PER");
	CHECK_STR(events("Irish Prime Minister Sean Byrne spoke. Reporters asked questions. "
					 "He then warned Iceland."), "");
	CHECK_STR(events("Austrian Chancellor Eva Huber spoke. The chancellor then visited Prague."),
			  "AUT-042->CZE");
	/* shapes of one act */
	CHECK_STR(events("The bombing of Serbia by NATO began in March."), "NATO-19->SRB");
	CHECK_STR(events("Ghana and Togo accused Benin."), "TGO-11->BEN GHA-11->BEN");
	CHECK_STR(events("Ghana accused Benin of smuggling and demanded compensation."),
			  "GHA-11->BEN GHA-10->BEN");
	/* no acts: a list is no pair, a wish is no act, a name is no verb */
	CHECK_STR(events("Britain, France, Spain and Italy met in Rome."), "");
	CHECK_STR(events("Egypt wants to sign a deal with Israel."), "");
	CHECK_STR(events("Delegates met at the Organisation for Economic Co-operation\nand "
					 "Development (OECD) with Japan."), "");
	/* a long text of people and no acts stays bounded and quiet */
	big = malloc(n + 1);
	for (size_t i = 0; i < n; i++)
		big[i] = "Finance Minister Ann Lee, who, said He the chancellor. "[i % 55];
	big[n] = '\0';
	CHECK_STR(events(big), "");
	free(big);
	gp_gazetteer_free(gz);
	gp_catalog_free(&gp_malloc_allocator, cat);
}
