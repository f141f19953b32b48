/*
 * translated_names.c
 *		Country names in the languages Debian's iso-codes translates them into.
 *
 * data/iso_translations.tsv (written by scripts/import_iso_codes.py) holds
 * about 32,000 spellings, official names among them ("Suomen tasavalta",
 * "アフガニスタン・イスラム共和国"), that ICU's CLDR data lacks, and the
 * 5,300 territory names of older and newer CLDR releases (36, 38, 41 and
 * 48: CLDR 41 spelled Bodo and Kashmiri names otherwise, CLDR 36 Tigrinya
 * and Sindhi ones; CLDR 48 has locales ICU 72 lacks) that ICU 72's CLDR 42
 * does not spell alike.  They are the
 * weakest tier: a name CLDR or our own files give keeps its meaning.  The
 * blob is read in place, without a copy, since a backend builds its name
 * index once.
 */
#include "names.h"
#include "builtin_data.h"

#include <string.h>

/* The length of the field that starts at s (up to a tab or the line's end). */
static size_t
field_length(const char *s)
{
	return strcspn(s, "\t\n");
}

gp_status
gp_names_add_translations(gp_names *names, const gp_catalog *cat, gp_error *err)
{
	const char *line = strchr(gp_data_iso_translations, '\n');	/* skip the header */
	int			lineno = 1;

	while (line != NULL && *++line != '\0')
	{
		const char *name = line;
		size_t		namelen = field_length(name);
		const char *code = name + namelen + 1;
		size_t		codelen;
		gp_polity	polity;
		gp_status	st;

		lineno++;
		if (name[namelen] != '\t')
			return gp_fail(err, GP_ERR_SYNTAX, 0, "iso_translations.tsv line %d has no code",
						   lineno);
		codelen = field_length(code);
		if (!gp_code_pack(code, codelen, &polity) || gp_catalog_find(cat, polity) == NULL)
			return gp_fail(err, GP_ERR_UNKNOWN, 0,
						   "unknown polity \"%.*s\" in iso_translations.tsv line %d",
						   (int) codelen, code, lineno);
		st = gp_names_add(names, name, namelen, GP_TIER_TRANSLATED, polity, err);
		if (st != GP_OK)
			return st;
		line = strchr(code, '\n');
	}
	return GP_OK;
}
