/*
 * test_agreement.c
 *		The agreement literal, packing, order and distance, without a server.
 */
#include "unit.h"
#include "agreement.h"
#include "polity_parse.h"

#include <stdlib.h>

static gp_catalog *cat;

/* parties by code only: the names are the glue's business */
static gp_status
resolve_code(void *ctx, const char *s, size_t len, gp_polity *out, gp_error *err)
{
	gp_status	st = gp_polity_parse_code(cat, s, len, out, err);

	if (st == GP_ERR_UNKNOWN)
		gp_fail(err, GP_ERR_UNKNOWN, 0, "unknown polity \"%.*s\"", (int) len, s);
	return st;
}

/* parse, pack, view, format: the canonical text, or the error's status */
static const char *
round_trip(const char *literal)
{
	static char out[2048];
	gp_agreement ag,
				view;
	gp_error	err;
	void	   *buf;
	size_t		size;

	if (gp_agreement_parse(literal, strlen(literal), resolve_code, NULL,
						   &gp_malloc_allocator, &ag, &err) != GP_OK)
	{
		snprintf(out, sizeof(out), "error: %s", err.message);
		return out;
	}
	size = gp_agreement_packed_size(&ag);
	buf = aligned_alloc(8, (size + 7) & ~(size_t) 7);
	gp_agreement_pack(&ag, buf);
	if (gp_agreement_view(buf, size, &view, &err) != GP_OK)
		snprintf(out, sizeof(out), "view error: %s", err.message);
	else
		gp_agreement_format(&view, out, sizeof(out));
	free(buf);
	free((void *) ag.parties);
	free((void *) ag.title);
	return out;
}

static gp_agreement
parse_ok(const char *literal)
{
	gp_agreement ag;
	gp_error	err;

	memset(&ag, 0, sizeof(ag));
	CHECK(gp_agreement_parse(literal, strlen(literal), resolve_code, NULL,
							 &gp_malloc_allocator, &ag, &err) == GP_OK);
	return ag;
}

void
test_agreement(void)
{
	gp_error	err;
	gp_agreement a,
				b,
				c;

	if (gp_catalog_load(&gp_malloc_allocator, &cat, &err) != GP_OK)
	{
		CHECK(!"catalog loads");
		return;
	}

	/* canonical form: parties sorted and unique, defaults omitted */
	CHECK_STR(round_trip("treaty {RUS,IRN,rus}"), "treaty {IRN,RUS}");
	CHECK_STR(round_trip("  comprehensive_strategic_partnership {ru, ir} status=planned "
						 "signed=2025-01-17 domains={trade, logistics,humanitarian,investment}"),
			  "comprehensive_strategic_partnership {IRN,RUS} status=planned signed=2025-01-17 "
			  "domains={humanitarian,investment,logistics,trade}");
	CHECK_STR(round_trip("defence_pact {PRK,RUS} signed=2024 clauses={mutual_defence} "
						 "title=\"Treaty on \\\"Comprehensive\\\" Partnership\""),
			  "defence_pact {PRK,RUS} signed=2024 clauses={mutual_defence} "
			  "title=\"Treaty on \\\"Comprehensive\\\" Partnership\"");
	CHECK_STR(round_trip("TREATY {USA} status=terminated signed=1972-05 ended=2002-06-13"),
			  "treaty {USA} status=terminated signed=1972-05 ended=2002-06-13");
	CHECK_STR(round_trip("treaty {RUS} status=signed"), "treaty {RUS}");

	/* errors */
	CHECK_STR(round_trip(""), "error: empty agreement");
	CHECK_STR(round_trip("pact {RUS}"), "error: unknown agreement kind \"pact\"");
	CHECK_STR(round_trip("treaty RUS"), "error: expected \"{\" and the parties after the kind");
	CHECK_STR(round_trip("treaty {}"), "error: an agreement needs at least one party");
	CHECK_STR(round_trip("treaty {RUS,}"), "error: empty party");
	CHECK_STR(round_trip("treaty {RUS"), "error: expected \",\" or \"}\" in the party list");
	CHECK_STR(round_trip("treaty {XYZZY}"), "error: unknown polity \"XYZZY\"");
	CHECK_STR(round_trip("treaty {RUS} status=maybe"), "error: unknown status \"maybe\"");
	CHECK_STR(round_trip("treaty {RUS} signed=2024-02-30"), "error: invalid signed date");
	CHECK_STR(round_trip("treaty {RUS} signed=24"), "error: invalid signed date");
	CHECK_STR(round_trip("treaty {RUS} domains={trade,fishing}"), "error: unknown domains \"fishing\"");
	CHECK_STR(round_trip("treaty {RUS} colour=red"), "error: unknown field \"colour\"");
	CHECK_STR(round_trip("treaty {RUS} signed=2024 signed=2025"), "error: field \"signed\" given twice");
	CHECK_STR(round_trip("treaty {RUS} signed=2024 ended=2023-12-31"), "error: end date before the signing date");
	CHECK_STR(round_trip("treaty {RUS} signed=2024-06 ended=2024"), "treaty {RUS} signed=2024-06 ended=2024");
	CHECK_STR(round_trip("treaty {RUS} title=\"open"), "error: unterminated quoted string");
	CHECK_STR(round_trip("treaty {RUS} title=\"a\"b"), "error: unexpected \"b\" after the title field");
	CHECK_STR(round_trip("treaty {RUS}\x01"), "error: control character 0x01");

	/* order: first date, kind, parties */
	a = parse_ok("treaty {RUS,IRN} signed=2025-01-17");
	b = parse_ok("defence_pact {PRK,RUS} signed=2024");
	c = parse_ok("treaty {RUS,IRN} signed=2025-01-17");
	CHECK(gp_agreement_cmp(&a, &b) > 0 && gp_agreement_cmp(&b, &a) < 0);
	CHECK(gp_agreement_cmp(&a, &c) == 0);
	CHECK(gp_agreement_has_party(&a, a.parties[1]) && !gp_agreement_has_party(&a, b.parties[0]));

	/* distance: 0 for the same parties, kind and domains; grows as they differ */
	CHECK(gp_agreement_distance(&a, &c) == 0.0);
	CHECK(gp_agreement_distance(&a, &b) > 0.5 && gp_agreement_distance(&a, &b) < 1.0);
	free((void *) a.parties);
	free((void *) b.parties);
	free((void *) c.parties);
	a = parse_ok("treaty {RUS} domains={trade}");
	b = parse_ok("memorandum {USA} domains={energy}");
	CHECK(gp_agreement_distance(&a, &b) == 1.0);
	free((void *) a.parties);
	free((void *) b.parties);

	gp_catalog_free(&gp_malloc_allocator, cat);
}
