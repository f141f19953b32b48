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

/* The candidates of a name in the given indexes, as "COD,COG", or a status. */
static const char *
candidates_in(const gp_names *const *indexes, int nindexes, const char *s)
{
	static char buf[(GP_CODE_MAX + 1) * GP_MAX_CANDIDATES + 1];
	gp_polity	out[GP_MAX_CANDIDATES];
	gp_error	err;
	int			n;

	if (gp_polity_name_candidates(cat, indexes, nindexes, s, strlen(s), out, &n, &err) != GP_OK)
		return gp_status_name(err.status);
	buf[0] = '\0';
	for (int i = 0; i < n; i++)
	{
		char		c[GP_CODE_MAX + 1];

		gp_code_unpack(out[i], c);
		if (i > 0)
			strcat(buf, ",");
		strcat(buf, c);
	}
	return buf;
}

static const char *
candidates(const char *s)
{
	const gp_names *idx = names;

	return candidates_in(&idx, 1, s);
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
	/* retries of unknown names: inverted ISO forms, slashes, elisions */
	CHECK_STR(parse("Salomon (les Îles)"), "SLB");
	CHECK_STR(parse("Comores (l'Union des)"), "COM");
	CHECK_STR(parse("Burma/Myanmar"), "MMR");
	CHECK_STR(parse("Russia / Ukraine"), "unknown");	/* two polities: no name */
	CHECK_STR(parse("République d'Irlande"), "IRL");
	CHECK_STR(parse("République d' Irlande"), "IRL");
	CHECK_STR(parse("Côte d' Ivoire"), "CIV");
	/* words run together, endings of unspaced scripts, inflected names */
	CHECK_STR(parse("Marshall eilanden"), "MHL");
	CHECK_STR(parse("Germany East"), "DDR");	/* two words turned around */
	CHECK_STR(parse("Narnia Republic"), "unknown");
	CHECK_STR(parse("Sankt Lucia"), "LCA");	/* "Saint" respelt */
	CHECK_STR(parse("St. Narnia"), "unknown");
	CHECK_STR(parse("Sankta Lucia"), "LCA");	/* Swedish "S:ta", CLDR's "S:t Lucia" */
	CHECK_STR(parse("Острова Кука"), "COK");	/* CLDR: "о-ва Кука" */
	CHECK_STR(parse("Egypt, Arab Rep."), "EGY");	/* abbreviated state forms */
	CHECK_STR(parse("カーボベルデ共和国"), "CPV");
	CHECK_STR(parse("フィジー諸島共和国"), "FJI");
	CHECK_STR(parse("Burundin tasavalta"), "BDI");
	CHECK_STR(parse("Republika Rwandy"), "RWA");
	CHECK_STR(parse("Kingdom of Narnia"), "unknown");
	CHECK_STR(parse("N/A"), "unknown");	/* no part is a name */
	CHECK_STR(parse("x y"), "unknown");	/* one-letter words are not run together */
	CHECK_STR(parse("Republic of Arubaot"), "unknown");	/* no case ending */
	/* state-form words kept where they are part of the name ... */
	CHECK_STR(parse("République de Trinité-et-Tobago"), "TTO");
	CHECK_STR(parse("Territoire des îles Wallis et Futuna"), "WLF");
	CHECK_STR(parse("Bailiwick of Guernsey"), "GGY");
	/* a territory with the state it belongs to, and only that state */
	CHECK_STR(parse("Special Administrative Region of Macao of the People's Republic of China"), "MAC");
	CHECK_STR(parse("Greenland, Kingdom of Denmark"), "GRL");
	CHECK_STR(parse("Gibraltar of Spain"), "unknown");
	CHECK_STR(parse("Saint Martin of the Netherlands"), "unknown");
	CHECK_STR(parse("Hong Kong Disneyland"), "unknown");
	CHECK_STR(parse("Hong Kong SAR ng Tsina"), "HKG");	/* a preposition we lack */
	CHECK_STR(parse("Hong Kong SAR ng Japan"), "unknown");
	CHECK_STR(parse("Gibraltar, British Overseas Territory of the United Kingdom"), "GIB");
	CHECK_STR(parse("Hong Kong protests against China"), "unknown");	/* no more than forms */
	CHECK(gp_catalog_find(cat, code("HKG"))->sovereign == code("CHN"));
	CHECK(gp_catalog_find(cat, code("ESH"))->sovereign == 0);
	/* the core of a known name: its words without state forms, in any order */
	CHECK_STR(parse("Islands Keeling Cocos"), "CCK");
	CHECK_STR(parse("Territory of the Keeling Cocos Islands"), "CCK");
	CHECK_STR(parse("Chile Republic"), "CHL");
	CHECK_STR(parse("Centralafrican Republic"), "CAF");	/* a compound run together */
	CHECK_STR(parse("Saotome und Principe"), "STP");
	CHECK_STR(parse("马绍尔"), "MHL");	/* without the ending 群岛 (islands) */
	CHECK_STR(parse("ソロモン"), "SLB");	/* without 諸島 */
	CHECK_STR(parse("ドミニカ"), "DMA");	/* a name as it is, not the core of ドミニカ共和国 */
	CHECK_STR(parse("Ripublik Senegal"), "SEN");	/* a form word spelt as another language does */
	CHECK_STR(parse("Republick of Chile"), "CHL");
	CHECK_STR(parse("Democratik Republick Kongo"), "unknown");	/* never "Democratic" */
	CHECK_STR(parse("Republick Narnia"), "unknown");
	CHECK_STR(parse("Fidschiinseln"), "FJI");	/* compounds of "islands" */
	CHECK_STR(parse("Bahamaeilanden"), "BHS");
	CHECK_STR(parse("Kosovon tasavalta"), "XKX");
	CHECK_STR(parse("Österreichische Republik"), "AUT");	/* an adjective and a form */
	CHECK_STR(parse("Reino español"), "ESP");
	CHECK_STR(parse("Republika Nigerii"), "unknown");	/* as near names of two */
	CHECK_STR(parse("Teritorij Kajmanskih otoka"), "CYM");	/* words cut to six letters */
	CHECK_STR(parse("Республика Маршалловых Островов"), "MHL");
	CHECK_STR(parse("Kongolesische Republik"), "unknown");	/* "Kongolo" is COG, a shared name */
	CHECK_STR(parse("Kajmanskih"), "unknown");	/* not without a form */
	CHECK_STR(parse("Österreichische"), "unknown");	/* no form: an adjective is no name */
	CHECK_STR(parse("Korea State"), "ambiguous");
	CHECK_STR(parse("Cocos Narnia"), "unknown");
	{
		gp_names   *own;
		const gp_names *idx;

		CHECK(gp_names_create(&gp_malloc_allocator, &own, &err) == GP_OK);
		CHECK(gp_names_add_state_forms(own, cat, &err) == GP_OK);
		CHECK(gp_names_add(own, "Republic of Qux", 15, GP_TIER_TRANSLATED, code("GAB"), &err) == GP_OK);
		CHECK(gp_names_add(own, "Republic of Foo", 15, GP_TIER_TRANSLATED, code("COG"), &err) == GP_OK);
		CHECK(gp_names_add(own, "Democratic Republic of Foo", 26, GP_TIER_TRANSLATED, code("COD"), &err) == GP_OK);
		CHECK(gp_names_add(own, "Bar", 3, GP_TIER_CURATED, code("COD"), &err) == GP_OK);
		CHECK(gp_names_add(own, "Bar", 3, GP_TIER_CURATED, code("COG"), &err) == GP_OK);
		CHECK(gp_names_add(own, "Kingdom of Baz", 14, GP_TIER_TRANSLATED, code("COG"), &err) == GP_OK);
		CHECK(gp_names_add(own, "Do Quux", 7, GP_TIER_TRANSLATED, code("GAB"), &err) == GP_OK);
		idx = own;
		CHECK_STR(candidates_in(&idx, 1, "Qux"), "GAB");
		CHECK_STR(candidates_in(&idx, 1, "Kingdom of Qux"), "");	/* another form */
		CHECK_STR(candidates_in(&idx, 1, "Qux Republik"), "GAB");	/* the same form */
		CHECK_STR(candidates_in(&idx, 1, "Foo"), "");	/* the Democratic Republic too */
		CHECK_STR(candidates_in(&idx, 1, "Baz"), "");	/* a short name COG shares */
		CHECK_STR(candidates_in(&idx, 1, "Republic Baz"), "");
		CHECK_STR(candidates_in(&idx, 1, "Baz Kingdom"), "COG");
		CHECK_STR(candidates_in(&idx, 1, "Quux"), "");	/* only a short word dropped */
		/* a translation of two polities is the one its core names more strongly */
		CHECK(gp_names_add(own, "Corge", 5, GP_TIER_CURATED, code("GAB"), &err) == GP_OK);
		CHECK(gp_names_add(own, "Kingdom of Corge", 16, GP_TIER_TRANSLATED, code("GAB"), &err) == GP_OK);
		CHECK(gp_names_add(own, "Kingdom of Corge", 16, GP_TIER_TRANSLATED, code("COG"), &err) == GP_OK);
		CHECK_STR(candidates_in(&idx, 1, "Kingdom of Corge"), "GAB");
		CHECK(gp_names_add(own, "Kingdom of Grault", 17, GP_TIER_TRANSLATED, code("GAB"), &err) == GP_OK);
		CHECK(gp_names_add(own, "Kingdom of Grault", 17, GP_TIER_TRANSLATED, code("COG"), &err) == GP_OK);
		CHECK_STR(candidates_in(&idx, 1, "Kingdom of Grault"), "COG,GAB");
		gp_names_free(own);
	}
	/* ... but never those that tell two states apart */
	CHECK_STR(parse("Democratic Republic Congo"), "COD");
	/* "Korea", ambiguous, gives way to "the Republic of Korea" */
	CHECK_STR(parse("Korea (the Republic of)"), "KOR");
	CHECK_STR(parse("Congo (le)"), "ambiguous");
	CHECK_STR(parse("باكستان (جمهورية إسلامية)"), "PAK");	/* "الإسلامية" without its article */
	CHECK_STR(parse("الجزائر"), "DZA");	/* not a state form, though Urdu "جزائر" is one */
	CHECK_STR(parse("斐济 (群岛)"), "FJI");	/* a parenthesis that is a state-form ending */
	CHECK(gp_names_is_state_form(names, "democratic", 10));
	CHECK(gp_names_is_telling_form(names, "democratic", 10));
	CHECK(!gp_names_is_telling_form(names, "republic", 8));
	CHECK(gp_names_state_form_suffix(names, "ガンビア共和国", strlen("ガンビア共和国")) ==
		  strlen("共和国"));
	CHECK(gp_names_state_form_suffix(names, "国", strlen("国")) == 0);	/* never the whole word */

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

	/* every polity a name may mean, in code order */
	CHECK_STR(candidates("Korea"), "KOR,PRK");
	CHECK_STR(candidates("Congo"), "COD,COG");
	CHECK_STR(candidates("Iran"), "IRN");
	CHECK_STR(candidates("Iran (Islamic Republic of)"), "IRN");
	CHECK_STR(candidates("Korea, Republic of"), "KOR");
	CHECK_STR(candidates("Burma"), "MMR");	/* the former state's tier loses */
	CHECK_STR(candidates("Narnia"), "");
	/* a name the parser reads is exactly a name with one candidate */
	{
		const char *inputs[] = {"Russia", "Korea", "Congo", "Nordkorea", "Narnia",
			"Bahamas (the)", "Islamische Republik Afghanistan", "Germny", "the West",
		"Cook (les Îles)", "Burundin tasavalta", "Democratic Republic Congo", "Russia/Ukraine"};

		for (size_t i = 0; i < sizeof(inputs) / sizeof(inputs[0]); i++)
		{
			const gp_names *idx = names;
			gp_polity	out[GP_MAX_CANDIDATES];
			gp_polity	q = 0;
			int			n = -1;
			gp_status	st;

			CHECK(gp_polity_name_candidates(cat, &idx, 1, inputs[i], strlen(inputs[i]),
											out, &n, &err) == GP_OK);
			st = gp_polity_parse_name(cat, &idx, 1, inputs[i], strlen(inputs[i]), &q, &err);
			CHECK((st == GP_OK) == (n == 1));
			CHECK(st != GP_OK || q == out[0]);
			CHECK(st != GP_ERR_AMBIGUOUS || n > 1);
		}
	}
	/* the first index that knows a name decides, and its codes come sorted */
	{
		gp_names   *user = NULL;
		const gp_names *both[2];

		CHECK(gp_names_create(&gp_malloc_allocator, &user, &err) == GP_OK);
		CHECK(gp_names_add(user, "Korea", 5, GP_TIER_CURATED, code("KOR"), &err) == GP_OK);
		CHECK(gp_names_add(user, "Two Chinas", 10, GP_TIER_CURATED, code("TWN"), &err) == GP_OK);
		CHECK(gp_names_add(user, "Two Chinas", 10, GP_TIER_CURATED, code("CHN"), &err) == GP_OK);
		both[0] = user;
		both[1] = names;
		CHECK_STR(candidates_in(both, 2, "Korea"), "KOR");
		CHECK_STR(candidates_in(both, 2, "two chinas"), "CHN,TWN");
		CHECK_STR(candidates_in(both, 2, "Congo"), "COD,COG");
		gp_names_free(user);
	}

	gp_names_free(names);
	gp_catalog_free(&gp_malloc_allocator, cat);
}
