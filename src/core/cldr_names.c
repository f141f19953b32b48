/*
 * cldr_names.c
 *		Country names in every locale ICU ships, read from its region data.
 *
 * Reading each locale's "Countries" tables directly (ures_openDirect, no
 * fallback) visits every distinct string once: about 56,000 names in 434
 * locales in a few milliseconds, where uloc_getDisplayCountry() for every
 * locale and region takes the better part of a second.  Region keys that
 * are not a current alpha-2 code known to the catalog (macro-regions such
 * as "150", deprecated codes that ICU maps onto successors) are skipped;
 * "EU" and "UN" name the blocs of those codes.
 */
#include "cldr_names.h"
#include "names.h"

#include <string.h>
#include <unicode/ures.h>
#include <unicode/ustring.h>

#define REGION_PACKAGE U_ICUDATA_NAME "-region"

static const char *const tables[] = {"Countries", "Countries%variant", "Countries%short"};

/* The polity a CLDR region key stands for, or 0. */
static gp_polity
region_polity(const gp_catalog *cat, const char *key)
{
	const gp_polity_info *p;
	gp_polity	code;

	if (strlen(key) != 2)
		return 0;
	p = gp_catalog_find_alpha2(cat, key);
	if (p != NULL)
		return p->kind == GP_KIND_FORMER_STATE ? 0 : p->code;
	/* EU and UN are region keys in CLDR and bloc codes in our catalog */
	if (gp_code_pack(key, 2, &code) && (p = gp_catalog_find(cat, code)) != NULL &&
		(p->kind == GP_KIND_BLOC || p->kind == GP_KIND_ORGANISATION))
		return code;
	return 0;
}

static gp_status
visit_locale(const gp_catalog *cat, const char *locale, gp_cldr_visit fn, void *arg,
			 gp_error *err)
{
	UErrorCode	status = U_ZERO_ERROR;
	UResourceBundle *rb = ures_openDirect(REGION_PACKAGE, locale, &status);
	gp_status	st = GP_OK;

	if (U_FAILURE(status))
		return GP_OK;			/* a locale without region data */

	for (size_t t = 0; t < sizeof(tables) / sizeof(tables[0]) && st == GP_OK; t++)
	{
		UErrorCode	s2 = U_ZERO_ERROR;
		UResourceBundle *table = ures_getByKey(rb, tables[t], NULL, &s2);

		if (U_FAILURE(s2))
			continue;
		while (ures_hasNext(table) && st == GP_OK)
		{
			UErrorCode	s3 = U_ZERO_ERROR;
			const char *key = NULL;
			int32_t		ulen = 0;
			const UChar *u = ures_getNextString(table, &ulen, &key, &s3);
			char		utf8[512];
			int32_t		n = 0;
			gp_polity	code;

			if (U_FAILURE(s3) || key == NULL || (code = region_polity(cat, key)) == 0)
				continue;
			u_strToUTF8(utf8, sizeof(utf8), &n, u, ulen, &s3);
			if (U_FAILURE(s3) || s3 == U_STRING_NOT_TERMINATED_WARNING)
				continue;
			st = fn(arg, utf8, (size_t) n, code, err);
		}
		ures_close(table);
	}
	ures_close(rb);
	return st;
}

gp_status
gp_cldr_foreach(const gp_catalog *cat, gp_cldr_visit fn, void *arg, gp_error *err)
{
	UErrorCode	status = U_ZERO_ERROR;
	UResourceBundle *index = ures_openDirect(REGION_PACKAGE, "res_index", &status);
	UResourceBundle *installed;
	gp_status	st = GP_OK;

	if (U_FAILURE(status))
		return gp_fail(err, GP_ERR_ICU, 0, "could not open ICU region data: %s",
					   u_errorName(status));
	installed = ures_getByKey(index, "InstalledLocales", NULL, &status);
	if (U_FAILURE(status))
	{
		ures_close(index);
		return gp_fail(err, GP_ERR_ICU, 0, "could not list ICU locales: %s",
					   u_errorName(status));
	}
	while (ures_hasNext(installed) && st == GP_OK)
	{
		UErrorCode	s2 = U_ZERO_ERROR;
		UResourceBundle *item = ures_getNextResource(installed, NULL, &s2);

		if (U_FAILURE(s2))
			break;
		st = visit_locale(cat, ures_getKey(item), fn, arg, err);
		ures_close(item);
	}
	ures_close(installed);
	ures_close(index);
	return st;
}

static gp_status
add_to_names(void *arg, const char *name, size_t len, gp_polity code, gp_error *err)
{
	return gp_names_add((gp_names *) arg, name, len, GP_TIER_CLDR, code, err);
}

gp_status
gp_names_add_cldr(gp_names *names, const gp_catalog *cat, gp_error *err)
{
	return gp_cldr_foreach(cat, add_to_names, names, err);
}
