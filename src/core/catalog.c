/*
 * catalog.c
 *		Parsing the built-in data files into the polity catalog.
 *
 * Each data file is a TSV with a header line; columns are found by name so
 * that a file may gain columns without breaking older code.  Any row that
 * names an unknown polity or carries a bad date fails the load: the data is
 * ours, and a silent skip would hide a mistake.
 */
#include "catalog.h"
#include "builtin_data.h"
#include "tsv.h"

#include <stdlib.h>
#include <string.h>

gp_date
gp_date_from_ymd(int year, int month, int day)
{
	/* days from civil, shifted so that 2000-03-01 is a year start */
	int			y = year - (month <= 2);
	int			era = (y >= 0 ? y : y - 399) / 400;
	int			yoe = y - era * 400;
	int			doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
	int			doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	/* 730425 days from 0000-03-01 to 2000-01-01 */
	return era * 146097 + doe - 730425;
}

void
gp_date_to_ymd(gp_date d, int *year, int *month, int *day)
{
	/* the inverse of gp_date_from_ymd, on eras of 146097 days */
	long		z = (long) d + 730425;
	long		era = (z >= 0 ? z : z - 146096) / 146097;
	long		doe = z - era * 146097;
	long		yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long		doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long		mp = (5 * doy + 2) / 153;

	*day = (int) (doy - (153 * mp + 2) / 5 + 1);
	*month = (int) (mp < 10 ? mp + 3 : mp - 9);
	*year = (int) (yoe + era * 400 + (*month <= 2));
}

static bool
parse_digits(const char *s, int n, int *out)
{
	int			v = 0;

	for (int i = 0; i < n; i++)
	{
		if (s[i] < '0' || s[i] > '9')
			return false;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return true;
}

bool
gp_date_parse_iso(const char *s, gp_date *out)
{
	size_t		len = strlen(s);
	int			y,
				m = 1,
				d = 1;
	static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (len != 4 && len != 7 && len != 10)
		return false;
	if (!parse_digits(s, 4, &y))
		return false;
	if (len >= 7 && (s[4] != '-' || !parse_digits(s + 5, 2, &m)))
		return false;
	if (len == 10 && (s[7] != '-' || !parse_digits(s + 8, 2, &d)))
		return false;
	if (m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
		return false;
	if (m == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))
		return false;
	*out = gp_date_from_ymd(y, m, d);
	return true;
}

static gp_status
parse_date_field(const gp_tsv *t, const char *s, gp_date *out, gp_error *err)
{
	if (*s == '\0')
	{
		*out = GP_NO_DATE;
		return GP_OK;
	}
	if (!gp_date_parse_iso(s, out))
		return gp_fail(err, GP_ERR_SYNTAX, 0, "bad date \"%s\" in %s line %d",
					   s, t->file, t->line);
	return GP_OK;
}

static bool
parse_kind(const char *s, gp_kind *out)
{
	for (int k = GP_KIND_STATE; k <= GP_KIND_ACTOR; k++)
		if (strcmp(s, gp_kind_name((gp_kind) k)) == 0)
		{
			*out = (gp_kind) k;
			return true;
		}
	return false;
}

const char *
gp_kind_name(gp_kind kind)
{
	switch (kind)
	{
		case GP_KIND_STATE:
			return "state";
		case GP_KIND_FORMER_STATE:
			return "former_state";
		case GP_KIND_TERRITORY:
			return "territory";
		case GP_KIND_BLOC:
			return "bloc";
		case GP_KIND_ORGANISATION:
			return "organisation";
		case GP_KIND_GROUP:
			return "group";
		case GP_KIND_ACTOR:
			return "actor";
	}
	return "unknown";
}

/* Count the lines of a blob: an upper bound on its rows. */
static size_t
count_lines(const char *s)
{
	size_t		n = 1;

	for (; *s; s++)
		n += (*s == '\n');
	return n;
}

/* Read states and territories, former states, and blocs into cat->polities. */
static gp_status
load_polities(gp_catalog *cat, char *iso, char *former, char *blocs, gp_error *err)
{
	char	   *f[GP_TSV_MAX_COLUMNS];
	gp_tsv		t;
	gp_status	st;

	/* ISO 3166-1: code kind alpha2 numeric name official_name iso_name */
	if ((st = gp_tsv_open(&t, "iso3166.tsv", iso, err)) != GP_OK)
		return st;
	{
		int			c_code = gp_tsv_column(&t, "code"),
					c_kind = gp_tsv_column(&t, "kind"),
					c_a2 = gp_tsv_column(&t, "alpha2"),
					c_num = gp_tsv_column(&t, "numeric"),
					c_name = gp_tsv_column(&t, "name"),
					c_off = gp_tsv_column(&t, "official_name"),
					c_iso = gp_tsv_column(&t, "iso_name");

		while (gp_tsv_next(&t, f) > 0)
		{
			gp_polity_info *p = &cat->polities[cat->npolities];

			memset(p, 0, sizeof(*p));
			if (!gp_code_pack(gp_tsv_field(f, c_code), strlen(gp_tsv_field(f, c_code)), &p->code) ||
				!parse_kind(gp_tsv_field(f, c_kind), &p->kind))
				return gp_fail(err, GP_ERR_SYNTAX, 0, "bad row in %s line %d", t.file, t.line);
			strncpy(p->alpha2, gp_tsv_field(f, c_a2), 2);
			p->numeric = *gp_tsv_field(f, c_num) ? atoi(gp_tsv_field(f, c_num)) : -1;
			p->name = gp_tsv_field(f, c_name);
			p->official = gp_tsv_field(f, c_off);
			p->iso_name = gp_tsv_field(f, c_iso);
			p->from = p->to = GP_NO_DATE;
			cat->npolities++;
		}
	}

	/* former states: code alpha2 numeric name official_name from to */
	if ((st = gp_tsv_open(&t, "former_states.tsv", former, err)) != GP_OK)
		return st;
	{
		int			c_code = gp_tsv_column(&t, "code"),
					c_a2 = gp_tsv_column(&t, "alpha2"),
					c_num = gp_tsv_column(&t, "numeric"),
					c_name = gp_tsv_column(&t, "name"),
					c_off = gp_tsv_column(&t, "official_name"),
					c_from = gp_tsv_column(&t, "from"),
					c_to = gp_tsv_column(&t, "to"),
					c_cont = gp_tsv_column(&t, "continued_by");

		while (gp_tsv_next(&t, f) > 0)
		{
			gp_polity_info *p = &cat->polities[cat->npolities];
			char	   *save = NULL;

			memset(p, 0, sizeof(*p));
			if (!gp_code_pack(gp_tsv_field(f, c_code), strlen(gp_tsv_field(f, c_code)), &p->code))
				return gp_fail(err, GP_ERR_SYNTAX, 0, "bad code in %s line %d", t.file, t.line);
			p->kind = GP_KIND_FORMER_STATE;
			/* checked against the catalog once every polity is in */
			for (char *c = strtok_r((char *) gp_tsv_field(f, c_cont), "|", &save); c != NULL;
				 c = strtok_r(NULL, "|", &save))
			{
				gp_continuity *k = &cat->continuity[cat->ncontinuity++];

				if (!gp_code_pack(c, strlen(c), &k->successor))
					return gp_fail(err, GP_ERR_SYNTAX, 0, "bad code in %s line %d", t.file, t.line);
				k->former = p->code;
			}
			strncpy(p->alpha2, gp_tsv_field(f, c_a2), 2);
			p->numeric = *gp_tsv_field(f, c_num) ? atoi(gp_tsv_field(f, c_num)) : -1;
			p->name = gp_tsv_field(f, c_name);
			p->official = gp_tsv_field(f, c_off);
			p->iso_name = "";
			if ((st = parse_date_field(&t, gp_tsv_field(f, c_from), &p->from, err)) != GP_OK ||
				(st = parse_date_field(&t, gp_tsv_field(f, c_to), &p->to, err)) != GP_OK)
				return st;
			for (size_t k = 0; k < cat->ncontinuity; k++)
				if (cat->continuity[k].former == p->code)
				{
					cat->continuity[k].from = p->from;
					cat->continuity[k].to = p->to;
				}
			cat->npolities++;
		}
	}

	/* blocs, organisations and groups: code kind name founded dissolved agreements continued_by */
	if ((st = gp_tsv_open(&t, "blocs.tsv", blocs, err)) != GP_OK)
		return st;
	{
		int			c_code = gp_tsv_column(&t, "code"),
					c_kind = gp_tsv_column(&t, "kind"),
					c_name = gp_tsv_column(&t, "name"),
					c_from = gp_tsv_column(&t, "founded"),
					c_to = gp_tsv_column(&t, "dissolved"),
					c_agreements = gp_tsv_column(&t, "agreements"),
					c_cont = gp_tsv_column(&t, "continued_by");

		while (gp_tsv_next(&t, f) > 0)
		{
			gp_polity_info *p = &cat->polities[cat->npolities];

			memset(p, 0, sizeof(*p));
			if (!gp_code_pack(gp_tsv_field(f, c_code), strlen(gp_tsv_field(f, c_code)), &p->code) ||
				!parse_kind(gp_tsv_field(f, c_kind), &p->kind))
				return gp_fail(err, GP_ERR_SYNTAX, 0, "bad row in %s line %d", t.file, t.line);
			p->numeric = -1;
			p->name = gp_tsv_field(f, c_name);
			p->official = "";
			p->iso_name = "";
			p->agreements = gp_tsv_field(f, c_agreements);
			if ((st = parse_date_field(&t, gp_tsv_field(f, c_from), &p->from, err)) != GP_OK ||
				(st = parse_date_field(&t, gp_tsv_field(f, c_to), &p->to, err)) != GP_OK)
				return st;
			/* "Brussels" in 1987 is the European Community: the EU stood for it */
			if (*gp_tsv_field(f, c_cont))
			{
				gp_continuity *k = &cat->continuity[cat->ncontinuity++];

				if (!gp_code_pack(gp_tsv_field(f, c_cont), strlen(gp_tsv_field(f, c_cont)),
								  &k->successor))
					return gp_fail(err, GP_ERR_SYNTAX, 0, "bad code in %s line %d", t.file, t.line);
				k->former = p->code;
				k->from = p->from;
				k->to = p->to;
			}
			cat->npolities++;
		}
	}
	return GP_OK;
}

static int
cmp_polity_info(const void *a, const void *b)
{
	gp_polity	x = ((const gp_polity_info *) a)->code;
	gp_polity	y = ((const gp_polity_info *) b)->code;

	return (x > y) - (x < y);
}

static int
cmp_membership(const void *a, const void *b)
{
	const gp_membership *x = a;
	const gp_membership *y = b;

	if (x->bloc != y->bloc)
		return (x->bloc > y->bloc) - (x->bloc < y->bloc);
	if (x->member != y->member)
		return (x->member > y->member) - (x->member < y->member);
	return (x->joined > y->joined) - (x->joined < y->joined);
}

/* Resolve a code column value to a known polity. */
static gp_status
known_code(const gp_catalog *cat, const gp_tsv *t, const char *s, gp_polity *out,
		   gp_error *err)
{
	if (!gp_code_pack(s, strlen(s), out) || gp_catalog_find(cat, *out) == NULL)
		return gp_fail(err, GP_ERR_UNKNOWN, 0, "unknown polity \"%s\" in %s line %d",
					   s, t->file, t->line);
	return GP_OK;
}

static gp_status
load_aliases(gp_catalog *cat, const char *file, const char *column, char *text, gp_error *err)
{
	char	   *f[GP_TSV_MAX_COLUMNS];
	gp_tsv		t;
	gp_status	st;
	int			c_alias,
				c_code;

	if ((st = gp_tsv_open(&t, file, text, err)) != GP_OK)
		return st;
	c_alias = gp_tsv_column(&t, column);
	c_code = gp_tsv_column(&t, "code");
	while (gp_tsv_next(&t, f) > 0)
	{
		gp_alias   *al = &cat->aliases[cat->naliases];
		char	   *codes = (char *) gp_tsv_field(f, c_code);

		al->alias = gp_tsv_field(f, c_alias);
		al->ncodes = 0;
		for (char *c = strtok(codes, "|"); c != NULL; c = strtok(NULL, "|"))
		{
			if (al->ncodes == GP_MAX_CANDIDATES)
				return gp_fail(err, GP_ERR_RANGE, 0, "too many codes in %s line %d",
							   t.file, t.line);
			if ((st = known_code(cat, &t, c, &al->codes[al->ncodes], err)) != GP_OK)
				return st;
			al->ncodes++;
		}
		if (al->ncodes == 0 || *al->alias == '\0')
			return gp_fail(err, GP_ERR_SYNTAX, 0, "bad row in %s line %d", t.file, t.line);
		cat->naliases++;
	}
	return GP_OK;
}

static gp_status
load_memberships(gp_catalog *cat, char *text, gp_error *err)
{
	char	   *f[GP_TSV_MAX_COLUMNS];
	gp_tsv		t;
	gp_status	st;
	int			c_bloc,
				c_member,
				c_joined,
				c_left;

	if ((st = gp_tsv_open(&t, "memberships.tsv", text, err)) != GP_OK)
		return st;
	c_bloc = gp_tsv_column(&t, "bloc");
	c_member = gp_tsv_column(&t, "member");
	c_joined = gp_tsv_column(&t, "joined");
	c_left = gp_tsv_column(&t, "left");
	while (gp_tsv_next(&t, f) > 0)
	{
		gp_membership *m = &cat->memberships[cat->nmemberships];

		if ((st = known_code(cat, &t, gp_tsv_field(f, c_bloc), &m->bloc, err)) != GP_OK ||
			(st = known_code(cat, &t, gp_tsv_field(f, c_member), &m->member, err)) != GP_OK ||
			(st = parse_date_field(&t, gp_tsv_field(f, c_joined), &m->joined, err)) != GP_OK ||
			(st = parse_date_field(&t, gp_tsv_field(f, c_left), &m->left, err)) != GP_OK)
			return st;
		if (m->joined == GP_NO_DATE)
			return gp_fail(err, GP_ERR_SYNTAX, 0, "missing joined date in %s line %d",
						   t.file, t.line);
		cat->nmemberships++;
	}
	qsort(cat->memberships, cat->nmemberships, sizeof(gp_membership), cmp_membership);
	return GP_OK;
}

static gp_status
load_state_forms(gp_catalog *cat, char *text, gp_error *err)
{
	char	   *f[GP_TSV_MAX_COLUMNS];
	gp_tsv		t;
	gp_status	st;
	int			c_word;

	if ((st = gp_tsv_open(&t, "state_forms.tsv", text, err)) != GP_OK)
		return st;
	c_word = gp_tsv_column(&t, "word");
	while (gp_tsv_next(&t, f) > 0)
		if (*gp_tsv_field(f, c_word))
			cat->state_forms[cat->nstate_forms++] = gp_tsv_field(f, c_word);
	return GP_OK;
}

/* sovereignty.tsv: code sovereign; sets the sovereign of each territory */
static gp_status
load_sovereignty(gp_catalog *cat, char *text, gp_error *err)
{
	char	   *f[GP_TSV_MAX_COLUMNS];
	gp_tsv		t;
	gp_status	st;
	int			c_code,
				c_sov;

	if ((st = gp_tsv_open(&t, "sovereignty.tsv", text, err)) != GP_OK)
		return st;
	c_code = gp_tsv_column(&t, "code");
	c_sov = gp_tsv_column(&t, "sovereign");
	while (gp_tsv_next(&t, f) > 0)
	{
		gp_polity	code,
					sov;
		gp_polity_info *p;
		const gp_polity_info *s;

		if (!gp_code_pack(gp_tsv_field(f, c_code), strlen(gp_tsv_field(f, c_code)), &code) ||
			!gp_code_pack(gp_tsv_field(f, c_sov), strlen(gp_tsv_field(f, c_sov)), &sov) ||
			(p = (gp_polity_info *) gp_catalog_find(cat, code)) == NULL ||
			(s = gp_catalog_find(cat, sov)) == NULL ||
			p->kind != GP_KIND_TERRITORY || s->kind != GP_KIND_STATE)
			return gp_fail(err, GP_ERR_SYNTAX, 0, "bad row in %s line %d", t.file, t.line);
		p->sovereign = sov;
	}
	return GP_OK;
}

static void
build_indexes(gp_catalog *cat)
{
	memset(cat->by_alpha2, -1, sizeof(cat->by_alpha2));
	memset(cat->by_numeric, -1, sizeof(cat->by_numeric));
	for (size_t i = 0; i < cat->npolities; i++)
	{
		const gp_polity_info *p = &cat->polities[i];
		const char *a2 = p->alpha2;

		/* current states win over former states that once held the code */
		if (a2[0] >= 'A' && a2[0] <= 'Z' && a2[1] >= 'A' && a2[1] <= 'Z')
		{
			int16_t    *slot = &cat->by_alpha2[(a2[0] - 'A') * 26 + (a2[1] - 'A')];

			if (*slot < 0 || p->kind != GP_KIND_FORMER_STATE)
				*slot = (int16_t) i;
		}
		if (p->numeric >= 0 && p->numeric < 1000)
		{
			int16_t    *slot = &cat->by_numeric[p->numeric];

			if (*slot < 0 || p->kind != GP_KIND_FORMER_STATE)
				*slot = (int16_t) i;
		}
	}
}

gp_status
gp_catalog_load(const gp_allocator *a, gp_catalog **out, gp_error *err)
{
	const char *blobs[] = {gp_data_iso3166, gp_data_former_states, gp_data_blocs,
		gp_data_aliases, gp_data_memberships, gp_data_state_forms, gp_data_official_names,
	gp_data_sovereignty};
	size_t		lens[8],
				total = 0,
				rows;
	char	   *parts[8];
	gp_catalog *cat;
	gp_status	st;

	for (int i = 0; i < 8; i++)
		total += (lens[i] = strlen(blobs[i]) + 1);

	cat = a->alloc(a->ctx, sizeof(gp_catalog));
	if (cat == NULL)
		return gp_fail(err, GP_ERR_NO_MEMORY, 0, "out of memory");
	memset(cat, 0, sizeof(*cat));
	cat->text = a->alloc(a->ctx, total);
	rows = count_lines(gp_data_iso3166) + count_lines(gp_data_former_states) +
		count_lines(gp_data_blocs);
	cat->polities = a->alloc(a->ctx, rows * sizeof(gp_polity_info));
	/* aliases.tsv and official_names.tsv both read as aliases */
	cat->aliases = a->alloc(a->ctx, (count_lines(gp_data_aliases) +
									 count_lines(gp_data_official_names)) * sizeof(gp_alias));
	cat->memberships = a->alloc(a->ctx,
								count_lines(gp_data_memberships) * sizeof(gp_membership));
	cat->state_forms = a->alloc(a->ctx, count_lines(gp_data_state_forms) * sizeof(char *));
	/* at most 32 successors a former state */
	cat->continuity = a->alloc(a->ctx, (count_lines(gp_data_former_states) * 32 +
										count_lines(gp_data_blocs)) * sizeof(gp_continuity));
	if (!cat->text || !cat->polities || !cat->aliases || !cat->memberships || !cat->state_forms ||
		!cat->continuity)
	{
		gp_catalog_free(a, cat);
		return gp_fail(err, GP_ERR_NO_MEMORY, 0, "out of memory");
	}
	total = 0;
	for (int i = 0; i < 8; i++)
	{
		parts[i] = cat->text + total;
		memcpy(parts[i], blobs[i], lens[i]);
		total += lens[i];
	}

	st = load_polities(cat, parts[0], parts[1], parts[2], err);
	if (st == GP_OK)
	{
		qsort(cat->polities, cat->npolities, sizeof(gp_polity_info), cmp_polity_info);
		for (size_t i = 1; i < cat->npolities && st == GP_OK; i++)
			if (cat->polities[i].code == cat->polities[i - 1].code)
				st = gp_fail(err, GP_ERR_SYNTAX, 0, "polity %s listed twice",
							 cat->polities[i].name);
	}
	/* a predecessor stands for its successor only until the successor begins */
	for (size_t k = 0; k < cat->ncontinuity; k++)
	{
		const gp_polity_info *succ = gp_catalog_find(cat, cat->continuity[k].successor);

		if (succ && succ->from != GP_NO_DATE &&
			(cat->continuity[k].to == GP_NO_DATE || succ->from < cat->continuity[k].to))
			cat->continuity[k].to = succ->from;
	}
	cat->continuity_end = GP_NO_DATE;
	for (size_t k = 0; k < cat->ncontinuity; k++)
		if (cat->continuity[k].to == GP_NO_DATE || cat->continuity[k].to > cat->continuity_end)
			cat->continuity_end = cat->continuity[k].to == GP_NO_DATE ? INT32_MAX : cat->continuity[k].to;
	for (size_t k = 0; k < cat->ncontinuity && st == GP_OK; k++)
		if (gp_catalog_find(cat, cat->continuity[k].successor) == NULL)
			st = gp_fail(err, GP_ERR_UNKNOWN, 0, "unknown polity in continued_by of former_states.tsv or blocs.tsv");
	if (st == GP_OK)
	{
		build_indexes(cat);
		st = load_aliases(cat, "aliases.tsv", "alias", parts[3], err);
	if (st == GP_OK)
		st = load_aliases(cat, "official_names.tsv", "name", parts[6], err);
	}
	if (st == GP_OK)
		st = load_memberships(cat, parts[4], err);
	if (st == GP_OK)
		st = load_state_forms(cat, parts[5], err);
	if (st == GP_OK)
		st = load_sovereignty(cat, parts[7], err);
	if (st != GP_OK)
	{
		gp_catalog_free(a, cat);
		return st;
	}
	*out = cat;
	return GP_OK;
}

void
gp_catalog_free(const gp_allocator *a, gp_catalog *cat)
{
	if (cat == NULL)
		return;
	if (cat->text)
		a->free(a->ctx, cat->text);
	if (cat->polities)
		a->free(a->ctx, cat->polities);
	if (cat->aliases)
		a->free(a->ctx, cat->aliases);
	if (cat->memberships)
		a->free(a->ctx, cat->memberships);
	if (cat->state_forms)
		a->free(a->ctx, (void *) cat->state_forms);
	if (cat->continuity)
		a->free(a->ctx, cat->continuity);
	a->free(a->ctx, cat);
}

const gp_polity_info *
gp_catalog_find(const gp_catalog *cat, gp_polity code)
{
	size_t		lo = 0,
				hi = cat->npolities;

	while (lo < hi)
	{
		size_t		mid = (lo + hi) / 2;
		gp_polity	c = cat->polities[mid].code;

		if (c == code)
			return &cat->polities[mid];
		if (c < code)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

const gp_polity_info *
gp_catalog_find_alpha2(const gp_catalog *cat, const char *s)
{
	int			a = s[0] & ~0x20,	/* ASCII upper case */
				b = s[1] & ~0x20;

	if (a < 'A' || a > 'Z' || b < 'A' || b > 'Z')
		return NULL;
	{
		int16_t		i = cat->by_alpha2[(a - 'A') * 26 + (b - 'A')];

		return i < 0 ? NULL : &cat->polities[i];
	}
}

const gp_polity_info *
gp_catalog_find_numeric(const gp_catalog *cat, int numeric)
{
	if (numeric < 0 || numeric >= 1000 || cat->by_numeric[numeric] < 0)
		return NULL;
	return &cat->polities[cat->by_numeric[numeric]];
}

/* Is member in bloc on day at, or at any time when at is GP_NO_DATE? */
static bool
member_at(const gp_catalog *cat, gp_polity member, gp_polity bloc, gp_date at)
{
	size_t		lo = 0,
				hi = cat->nmemberships;

	if (member == bloc)
		return true;
	/* first row of this bloc */
	while (lo < hi)
	{
		size_t		mid = (lo + hi) / 2;

		if (cat->memberships[mid].bloc < bloc ||
			(cat->memberships[mid].bloc == bloc && cat->memberships[mid].member < member))
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < cat->nmemberships; lo++)
	{
		const gp_membership *m = &cat->memberships[lo];

		if (m->bloc != bloc || m->member != member)
			break;
		if (at == GP_NO_DATE || (m->joined <= at && (m->left == GP_NO_DATE || at < m->left)))
			return true;
	}
	return false;
}

bool
gp_catalog_is_member(const gp_catalog *cat, gp_polity member, gp_polity bloc,
					 gp_date at)
{
	return at != GP_NO_DATE && member_at(cat, member, bloc, at);
}

bool
gp_catalog_was_member(const gp_catalog *cat, gp_polity member, gp_polity bloc)
{
	return member_at(cat, member, bloc, GP_NO_DATE);
}

gp_polity
gp_catalog_as_of(const gp_catalog *cat, gp_polity p, gp_date at)
{
	/* most articles are of today: later than any former state */
	if (at >= cat->continuity_end)
		return p;
	for (size_t k = 0; k < cat->ncontinuity; k++)
	{
		const gp_continuity *c = &cat->continuity[k];

		if (c->successor == p && (c->from == GP_NO_DATE || c->from <= at) &&
			(c->to == GP_NO_DATE || at < c->to))
			return c->former;
	}
	return p;
}
