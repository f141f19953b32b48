/*
 * module.c
 *		geopol's module magic, initialisation and version().
 */
#include "geopol.h"

#include "utils/builtins.h"

#include <unicode/uchar.h>
#include <unicode/uversion.h>

PG_MODULE_MAGIC;

void		_PG_init(void);

void
_PG_init(void)
{
	geopol_name_cache_init();
}

PG_FUNCTION_INFO_V1(geopol_version);

/* "geopol 1.1 (ICU 72.1, Unicode 15.0)": what this backend runs with. */
Datum
geopol_version(PG_FUNCTION_ARGS)
{
	UVersionInfo icu,
				unicode;
	char		icu_s[U_MAX_VERSION_STRING_LENGTH],
				unicode_s[U_MAX_VERSION_STRING_LENGTH];

	u_getVersion(icu);
	u_versionToString(icu, icu_s);
	u_getUnicodeVersion(unicode);
	u_versionToString(unicode, unicode_s);
	PG_RETURN_TEXT_P(cstring_to_text(psprintf("geopol %s (ICU %s, Unicode %s)",
											  GEOPOL_VERSION, icu_s, unicode_s)));
}
