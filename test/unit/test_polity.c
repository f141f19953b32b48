/*
 * test_polity.c
 *		The catalog, the name index and polity parsing, without a server.
 */
#include "unit.h"
#include "catalog.h"
#include "names.h"
#include "polity_parse.h"

static gp_catalog *cat;
static gp_names *names;

static const char *
parse(const char *s)
{
	static char code[GP_CODE_MAX + 1];
	gp_polity	p;
	gp_error	err;

	if (gp_polity_parse(cat, names, s, strlen(s), &p, &err) != GP_OK)
		return gp_status_name(err.status);
	gp_code_unpack(p, code);
	return code;
}

static gp_error
parse_error(const char *s)
{
	gp_polity	p;
	gp_error	err;

	memset(&err, 0, sizeof(err));
	gp_polity_parse(cat, names, s, strlen(s), &p, &err);
	return err;
}

static gp_polity
code(const char *s)
{
	gp_polity	p = 0;

	gp_code_pack(s, strlen(s), &p);
	return p;
}

void
test_polity(void)
{
	gp_error	err;
	gp_polity	p;
	char		buf[GP_CODE_MAX + 1];

	/* packing */
	CHECK(gp_code_pack("RUS", 3, &p));
	CHECK(gp_code_unpack(p, buf) == 3);
	CHECK_STR(buf, "RUS");
	CHECK(!gp_code_pack("rus", 3, &p));
	CHECK(!gp_code_pack("TOOLONGXX", 9, &p));
	CHECK(!gp_code_pack("@", 1, &p));
	CHECK(code("AFG") < code("RUS") && code("G20") < code("G7"));
	CHECK(gp_polity_is_actor(code("@HTS")) && !gp_polity_is_actor(code("HTS")));

	/* dates */
	CHECK(gp_date_from_ymd(2000, 1, 1) == 0);
	CHECK(gp_date_from_ymd(2020, 1, 31) == 7335);
	CHECK(gp_date_from_ymd(1999, 12, 31) == -1);

	if (gp_catalog_load(&gp_malloc_allocator, &cat, &err) != GP_OK)
	{
		fprintf(stderr, "catalog: %s\n", err.message);
		CHECK(!"catalog loads");
		return;
	}
	CHECK(gp_names_create(&gp_malloc_allocator, &names, &err) == GP_OK);
	CHECK(gp_names_add_builtin(names, cat, &err) == GP_OK);
	CHECK(gp_names_count(names) > 20000);

	/* codes */
	CHECK_STR(parse("RUS"), "RUS");
	CHECK_STR(parse("ru"), "RUS");
	CHECK_STR(parse("643"), "RUS");
	CHECK_STR(parse("4"), "AFG");
	CHECK_STR(parse("nato"), "NATO");
	CHECK_STR(parse("@HTS"), "@HTS");
	CHECK_STR(parse("@hts"), "@HTS");
	CHECK_STR(parse("@"), "syntax");
	CHECK_STR(parse("@H-T"), "syntax");
	CHECK_STR(parse("EC"), "EC");		/* the bloc code before Ecuador's alpha-2 */
	CHECK_STR(parse("OPEC+"), "OPEC+");
	CHECK_STR(parse("OPEC Plus"), "OPEC+");
	CHECK_STR(parse("U.S.A."), "USA");
	CHECK_STR(parse("Burma"), "MMR");	/* the current state before the former */
	CHECK_STR(parse("SUN"), "SUN");

	/* names in any language, any case, any accent */
	CHECK_STR(parse("Russia"), "RUS");
	CHECK_STR(parse("Russian Federation"), "RUS");
	CHECK_STR(parse("Россия"), "RUS");
	CHECK_STR(parse("Irán"), "IRN");
	CHECK_STR(parse("Iran (Islamic Republic of)"), "IRN");
	CHECK_STR(parse("Nordkorea"), "PRK");
	CHECK_STR(parse("伊朗"), "IRN");
	CHECK_STR(parse("DPRK"), "PRK");
	CHECK_STR(parse("Ivory Coast"), "CIV");
	CHECK_STR(parse("Soviet Union"), "SUN");
	CHECK_STR(parse("European Union"), "EU");
	CHECK_STR(parse(" united   states "), "USA");
	/* list and official forms */
	CHECK_STR(parse("Bahamas (the)"), "BHS");
	CHECK_STR(parse("Afghanistan (l')"), "AFG");
	CHECK_STR(parse("Bolivia (Plurinational State of)"), "BOL");
	CHECK_STR(parse("Palestine, State of"), "PSE");
	CHECK_STR(parse("Arc'hantina"), "ARG");	/* Breton, written with U+02BC in CLDR */
	CHECK_STR(parse("Islamische Republik Afghanistan"), "AFG");
	CHECK_STR(parse("République du Mali"), "MLI");

	/* errors */
	CHECK_STR(parse("Korea"), "ambiguous");
	err = parse_error("Korea");
	CHECK(strstr(err.hint, "KOR") != NULL && strstr(err.hint, "PRK") != NULL);
	err = parse_error("Congo");
	CHECK(strstr(err.hint, "COD") != NULL && strstr(err.hint, "COG") != NULL);
	CHECK_STR(parse("Rusia"), "RUS");	/* Spanish, not a typo */
	err = parse_error("Russsia");
	CHECK(err.status == GP_ERR_UNKNOWN && strstr(err.hint, "\"Russia\" (RUS)") != NULL);
	err = parse_error("Germny");
	CHECK(err.status == GP_ERR_UNKNOWN && strstr(err.hint, "(DEU)") != NULL);
	CHECK_STR(parse(""), "empty");
	CHECK_STR(parse("   "), "empty");
	CHECK_STR(parse("Rus\x01sia"), "control");
	CHECK_STR(parse("\xc3\x28"), "encoding");
	CHECK_STR(parse("Narnia"), "unknown");

	gp_names_free(names);
	gp_catalog_free(&gp_malloc_allocator, cat);
}
