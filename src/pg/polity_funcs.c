/*
 * polity_funcs.c
 *		What a polity knows about itself: names, codes, kind, memberships.
 */
#include "geopol.h"

#include "funcapi.h"
#include "compat.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/date.h"

#include <unicode/uloc.h>
#include <unicode/ustring.h>

/* The catalog entry of p; NULL for actors. */
static const gp_polity_info *
info_of(gp_polity p)
{
	const gp_polity_info *info;

	if (gp_polity_is_actor(p))
		return NULL;
	info = gp_catalog_find(geopol_catalog(), p);
	if (info == NULL)			/* only a corrupt datum gets here */
		elog(ERROR, "unknown polity code %s", geopol_polity_cstring(p));
	return info;
}

static text *
utf8_to_text(const char *s)
{
	char	   *server = pg_any_to_server(s, (int) strlen(s), PG_UTF8);

	return cstring_to_text(server);
}

/*
 * The CLDR display name of a state or territory in locale, or NULL when
 * ICU has none (it then answers with the region code itself).
 */
static char *
cldr_display_name(const char *alpha2, const char *locale)
{
	char		region[8];
	UChar		ubuf[256];
	char	   *out;
	int32_t		n,
				outlen;
	UErrorCode	status = U_ZERO_ERROR;

	snprintf(region, sizeof(region), "und_%s", alpha2);
	n = uloc_getDisplayCountry(region, locale, ubuf, lengthof(ubuf), &status);
	if (U_FAILURE(status) || n <= 0 || status == U_USING_DEFAULT_WARNING)
		return NULL;
	out = palloc(4 * n + 1);
	u_strToUTF8(out, 4 * n + 1, &outlen, ubuf, n, &status);
	if (U_FAILURE(status) || strcmp(out, alpha2) == 0)
		return NULL;
	return out;
}

/* Turn a locale argument ('ru', 'zh-Hant', 'pt_BR') into an ICU locale id. */
static void
icu_locale(text *arg, char *out, size_t outlen)
{
	char	   *tag = text_to_cstring(arg);
	UErrorCode	status = U_ZERO_ERROR;
	int32_t		parsed = 0;

	if (*tag == '\0')
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid locale \"\""),
				 errhint("Use a language tag such as 'en', 'ru' or 'zh-Hant'.")));
	for (char *c = tag; *c; c++)
		if (!(isalnum((unsigned char) *c) || *c == '-' || *c == '_'))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid locale \"%s\"", tag),
					 errhint("Use a language tag such as 'en', 'ru' or 'zh-Hant'.")));
	for (char *c = tag; *c; c++)
		if (*c == '_')
			*c = '-';
	uloc_forLanguageTag(tag, out, (int32_t) outlen, &parsed, &status);
	if (U_FAILURE(status) || parsed != (int32_t) strlen(tag))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid locale \"%s\"", tag),
				 errdetail("ICU could not read it as a language tag: %s.",
						   u_errorName(status)),
				 errhint("Use a language tag such as 'en', 'ru' or 'zh-Hant'.")));
}

PG_FUNCTION_INFO_V1(polity_name);
Datum
polity_name(PG_FUNCTION_ARGS)
{
	gp_polity	p = PG_GETARG_POLITY(0);
	const gp_polity_info *info = info_of(p);
	char		locale[ULOC_FULLNAME_CAPACITY];
	char	   *name = NULL;

	icu_locale(PG_GETARG_TEXT_PP(1), locale, sizeof(locale));
	if (info == NULL)
	{
		const char *actor = geopol_actor_name(p);

		PG_RETURN_TEXT_P(utf8_to_text(actor ? actor : geopol_polity_cstring(p)));
	}
	if (info->kind != GP_KIND_FORMER_STATE)
	{
		/* states, territories and the blocs CLDR names (EU, UN) */
		char		code[GP_CODE_MAX + 1];
		const char *region = info->alpha2;

		if (*region == '\0' && gp_code_unpack(p, code) == 2)
			region = code;
		if (*region)
			name = cldr_display_name(region, locale);
	}
	PG_RETURN_TEXT_P(utf8_to_text(name ? name : info->name));
}

PG_FUNCTION_INFO_V1(polity_iso2);
Datum
polity_iso2(PG_FUNCTION_ARGS)
{
	const gp_polity_info *info = info_of(PG_GETARG_POLITY(0));

	if (info == NULL || info->alpha2[0] == '\0')
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(info->alpha2));
}

PG_FUNCTION_INFO_V1(polity_iso3);
Datum
polity_iso3(PG_FUNCTION_ARGS)
{
	gp_polity	p = PG_GETARG_POLITY(0);
	const gp_polity_info *info = info_of(p);

	if (info == NULL || (info->kind != GP_KIND_STATE && info->kind != GP_KIND_TERRITORY &&
						 info->kind != GP_KIND_FORMER_STATE))
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(geopol_polity_cstring(p)));
}

PG_FUNCTION_INFO_V1(polity_iso_numeric);
Datum
polity_iso_numeric(PG_FUNCTION_ARGS)
{
	const gp_polity_info *info = info_of(PG_GETARG_POLITY(0));

	if (info == NULL || info->numeric < 0)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(psprintf("%03d", info->numeric)));
}

PG_FUNCTION_INFO_V1(polity_kind);
Datum
polity_kind(PG_FUNCTION_ARGS)
{
	const gp_polity_info *info = info_of(PG_GETARG_POLITY(0));

	PG_RETURN_TEXT_P(cstring_to_text(gp_kind_name(info ? info->kind : GP_KIND_ACTOR)));
}

PG_FUNCTION_INFO_V1(polity_is_member);
Datum
polity_is_member(PG_FUNCTION_ARGS)
{
	gp_polity	p = PG_GETARG_POLITY(0);
	gp_polity	bloc = PG_GETARG_POLITY(1);
	DateADT		at = PG_GETARG_DATEADT(2);

	if (DATE_NOT_FINITE(at))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("membership date must be finite")));
	PG_RETURN_BOOL(gp_catalog_is_member(geopol_catalog(), p, bloc, (gp_date) at));
}

/* p <@ bloc: p is a member of bloc today. */
PG_FUNCTION_INFO_V1(polity_member_of);
Datum
polity_member_of(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(gp_catalog_is_member(geopol_catalog(), PG_GETARG_POLITY(0),
										PG_GETARG_POLITY(1),
										(gp_date) GetSQLCurrentDate()));
}

/* bloc @> p: commutator of <@ */
PG_FUNCTION_INFO_V1(polity_has_member);
Datum
polity_has_member(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(gp_catalog_is_member(geopol_catalog(), PG_GETARG_POLITY(1),
										PG_GETARG_POLITY(0),
										(gp_date) GetSQLCurrentDate()));
}

PG_FUNCTION_INFO_V1(polity_members);
Datum
polity_members(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	gp_polity	bloc = PG_GETARG_POLITY(0);
	DateADT		at = PG_GETARG_DATEADT(1);
	const gp_catalog *cat = geopol_catalog();
	gp_polity	last = 0;

	if (DATE_NOT_FINITE(at))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("membership date must be finite")));
	InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC);
	/* memberships are sorted by bloc then member: members come out sorted */
	for (size_t i = 0; i < cat->nmemberships; i++)
	{
		const gp_membership *m = &cat->memberships[i];
		Datum		value;
		bool		isnull = false;

		if (m->bloc != bloc || m->member == last ||
			!gp_catalog_is_member(cat, m->member, bloc, (gp_date) at))
			continue;
		last = m->member;
		value = PolityGetDatum(m->member);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, &value, &isnull);
	}
	return (Datum) 0;
}
