/*
 * test_mentions.c
 *		The gazetteer and the mention scanner, without a server.
 */
#include "unit.h"
#include "catalog.h"
#include "gazetteer.h"
#include "mentions.h"

static gp_catalog *cat;
static gp_gazetteer *gz;

/* "CODE:kind:surface" for each mention, joined by spaces */
static const char *
scan(const char *text, gp_date published)
{
	static char out[4096];
	gp_mention_list list;
	gp_error	err;
	size_t		used = 0;

	out[0] = '\0';
	if (gp_find_mentions(gz, cat, text, strlen(text), published, NULL, NULL,
						 &gp_malloc_allocator, &list, &err) != GP_OK)
		return gp_status_name(err.status);
	for (size_t i = 0; i < list.n && used < sizeof(out); i++)
	{
		char		code[GP_CODE_MAX + 1] = "-";
		const gp_mention *m = &list.items[i];

		if (m->polity)
			gp_code_unpack(m->polity, code);
		used += (size_t) snprintf(out + used, sizeof(out) - used, "%s%s:%s:%.*s",
								  i ? " " : "", code, gp_mention_kind_name(m->kind),
								  (int) m->byte_len, text + m->byte_start);
	}
	gp_mention_list_free(&gp_malloc_allocator, &list);
	return out;
}

static int	ticks;

static int
stop_at_second_tick(void *ctx)
{
	return ++ticks >= 2;
}

void
test_mentions(void)
{
	gp_error	err;
	gp_date		jan2025 = gp_date_from_ymd(2025, 1, 13);
	gp_mention_list list;
	char	   *big;
	size_t		n = 4 * 1024 * 1024;

	if (gp_catalog_load(&gp_malloc_allocator, &cat, &err) != GP_OK ||
		gp_gazetteer_create(&gp_malloc_allocator, &gz, &err) != GP_OK ||
		gp_gazetteer_add_builtin(gz, cat, &err) != GP_OK)
	{
		fprintf(stderr, "gazetteer: %s\n", err.message);
		CHECK(!"gazetteer builds");
		return;
	}
	CHECK(gp_gazetteer_count(gz) > 40000);

	CHECK_STR(scan("Russia's pivot to Iran-Russia ties.", GP_NO_DATE),
			  "RUS:country:Russia IRN:country:Iran RUS:country:Russia");
	CHECK_STR(scan("The Kremlin said Moscow would host Iranian envoys in Moscow.", GP_NO_DATE),
			  "RUS:metonym:Kremlin RUS:metonym:Moscow IRN:demonym:Iranian RUS:capital:Moscow");
	CHECK_STR(scan("President-elect Donald Trump spoke.", jan2025), "USA:office_holder:Donald Trump");
	CHECK_STR(scan("President-elect Donald Trump spoke.", gp_date_from_ymd(2010, 1, 1)), "");
	CHECK_STR(scan("turkey, china and the west; Jordan Peterson.", GP_NO_DATE), "");
	CHECK_STR(scan("Papua New Guinea and South Sudan", GP_NO_DATE),
			  "PNG:country:Papua New Guinea SSD:country:South Sudan");
	CHECK_STR(scan("Korea", GP_NO_DATE), "-:country:Korea");
	CHECK_STR(scan("The U.S. and the UN met; us and un did not.", GP_NO_DATE),
			  "USA:country:U.S. UN:organisation:UN");
	CHECK_STR(scan("伊朗和俄罗斯", GP_NO_DATE), "IRN:country:伊朗 RUS:country:俄罗斯");
	CHECK_STR(scan("в Мексике", GP_NO_DATE), "MEX:country:Мексике");
	CHECK_STR(scan("Moscow", gp_date_from_ymd(1987, 3, 2)), "SUN:metonym:Moscow");
	/* names inside longer names, and the edges of the look back */
	CHECK_STR(scan("Carlos I de España y Francia", GP_NO_DATE), "FRA:country:Francia");
	CHECK_STR(scan("IV de España", GP_NO_DATE), "ESP:country:España");
	CHECK_STR(scan("Ірак ( Iraq ) і Іран", GP_NO_DATE), "IRQ:country:Ірак IRN:country:Іран");
	CHECK_STR(scan("(Iraq", GP_NO_DATE), "IRQ:country:Iraq");
	CHECK_STR(scan("（Iraq）", GP_NO_DATE), "IRQ:country:Iraq");
	CHECK_STR(scan("葡萄牙语", GP_NO_DATE), "");
	CHECK_STR(scan("Duke of Norfolk", GP_NO_DATE), "");
	/* given names: looked up, never matched; a place only with two languages */
	CHECK(gp_gazetteer_lookup(gz, "whitney", 7).is_given_name);
	CHECK(gp_gazetteer_lookup(gz, "whitney", 7).first == NULL);
	CHECK(gp_gazetteer_lookup(gz, "milan", 5).is_given_name);
	CHECK(!gp_gazetteer_lookup(gz, "houston", 7).is_given_name);
	CHECK_STR(scan("Whitney", GP_NO_DATE), "");
	/* people named like places, outside English */
	CHECK_STR(scan("Die Sängerin Whitney Houston trat gestern mit ihrer Band vor vielen Gästen auf.",
				   GP_NO_DATE), "");
	CHECK_STR(scan("Der Schriftsteller Milan Kundera lebte lange Zeit als Emigrant und starb 2023.",
				   GP_NO_DATE), "");
	CHECK_STR(scan("The singer Whitney Houston flew to Moscow.", GP_NO_DATE), "RUS:capital:Moscow");
	CHECK_STR(scan("Jean de Norvège et Birgitte de Suède arrivèrent hier à Paris.", GP_NO_DATE),
			  "FRA:metonym:Paris");
	CHECK_STR(scan("El rey Felipe de España visitó Chile ayer con su hermano.", GP_NO_DATE),
			  "ESP:country:España CHL:country:Chile");
	CHECK_STR(scan("Ansgar, Erzbischof von Hamburg-Bremen, reiste nach Dänemark.", GP_NO_DATE),
			  "DNK:country:Dänemark");
	CHECK_STR(scan("Carter spoke at the Carter Center.", gp_date_from_ymd(1980, 6, 1)),
			  "USA:office_holder:Carter");
	CHECK_STR(scan("La avenida Reagan, y Reagan.", gp_date_from_ymd(1983, 1, 1)),
			  "USA:office_holder:Reagan");
	CHECK_STR(scan("", GP_NO_DATE), "");
	CHECK_STR(scan("\xff\xfe Iran \xc3", GP_NO_DATE), "IRN:country:Iran");

	/* the scan asks to stop every 256 KB; a nonzero answer cancels it */
	big = malloc(n + 1);
	for (size_t i = 0; i < n; i++)
		big[i] = "Iran and Russia signed. "[i % 24];
	big[n] = '\0';
	ticks = 0;
	CHECK(gp_find_mentions(gz, cat, big, n, GP_NO_DATE, stop_at_second_tick, NULL,
						   &gp_malloc_allocator, &list, &err) == GP_ERR_CANCELLED);
	CHECK(ticks == 2 && list.items == NULL);
	free(big);

	gp_gazetteer_free(gz);
	gp_catalog_free(&gp_malloc_allocator, cat);
}
