/*
 * gazetteer.c
 *		The phrase table the text scanner matches against.
 */
#include "gazetteer.h"
#include "builtin_data.h"
#include "cldr_names.h"
#include "arena.h"
#include "fold.h"
#include "tsv.h"

#include <string.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#define ARENA_CHUNK (256 * 1024)

typedef struct gaz_entry
{
	const char *key;
	uint32_t	hash;
	uint16_t	keylen;
	uint8_t		flags;			/* PREFIX_ANY, PREFIX_OF_PLACE, GIVEN_NAME */
	int32_t		first;			/* first value, -1 when none */
} gaz_entry;

typedef struct trap
{
	gp_polity	code;
	int			n;
	const char *contexts[16];
} trap;

#define MAX_TRAPS 64

struct gp_gazetteer
{
	const gp_allocator *a;
	trap		traps[MAX_TRAPS];
	int			ntraps;
	gaz_entry  *slots;
	size_t		cap;
	size_t		count;
	gp_gaz_value *values;
	size_t		nvalues;
	size_t		valuecap;
	gp_arena	arena;
};

bool
gp_unspaced_char(uint32_t c)
{
	if (c < 0x0E00)
		return false;
	return (c >= 0x4E00 && c <= 0x9FFF) ||	/* CJK ideographs */
		(c >= 0x3400 && c <= 0x4DBF) ||
		(c >= 0xF900 && c <= 0xFAFF) ||
		(c >= 0x3040 && c <= 0x30FF) ||	/* kana */
		(c >= 0x0E00 && c <= 0x0EFF) ||	/* Thai, Lao */
		(c >= 0x1000 && c <= 0x109F) ||	/* Myanmar */
		(c >= 0x1780 && c <= 0x17FF);	/* Khmer */
}

static gp_status
resize(gp_gazetteer *gz, size_t cap, gp_error *err)
{
	gaz_entry  *slots = gz->a->alloc(gz->a->ctx, cap * sizeof(gaz_entry));

	if (slots == NULL)
		return gp_fail(err, GP_ERR_NO_MEMORY, 0, "out of memory");
	memset(slots, 0, cap * sizeof(gaz_entry));
	for (size_t i = 0; i < gz->cap; i++)
	{
		if (gz->slots[i].key == NULL)
			continue;
		for (size_t j = gz->slots[i].hash & (cap - 1);; j = (j + 1) & (cap - 1))
			if (slots[j].key == NULL)
			{
				slots[j] = gz->slots[i];
				break;
			}
	}
	if (gz->slots)
		gz->a->free(gz->a->ctx, gz->slots);
	gz->slots = slots;
	gz->cap = cap;
	return GP_OK;
}

gp_status
gp_gazetteer_create(const gp_allocator *a, gp_gazetteer **out, gp_error *err)
{
	gp_gazetteer *gz = a->alloc(a->ctx, sizeof(gp_gazetteer));
	gp_status	st;

	if (gz == NULL)
		return gp_fail(err, GP_ERR_NO_MEMORY, 0, "out of memory");
	memset(gz, 0, sizeof(*gz));
	gz->a = a;
	gz->arena.a = a;
	gz->arena.chunk_size = ARENA_CHUNK;
	if ((st = resize(gz, 4096, err)) != GP_OK)
	{
		a->free(a->ctx, gz);
		return st;
	}
	*out = gz;
	return GP_OK;
}

void
gp_gazetteer_free(gp_gazetteer *gz)
{
	const gp_allocator *a;

	if (gz == NULL)
		return;
	a = gz->a;
	gp_arena_free(&gz->arena);
	if (gz->slots)
		a->free(a->ctx, gz->slots);
	if (gz->values)
		a->free(a->ctx, gz->values);
	a->free(a->ctx, gz);
}

/* The entry of key, created when missing (NULL on no memory). */
static gaz_entry *
entry(gp_gazetteer *gz, const char *key, size_t keylen, gp_error *err)
{
	uint32_t	h = gp_hash_bytes(key, keylen);
	gaz_entry  *e;

	if ((gz->count + 1) * 2 > gz->cap && resize(gz, gz->cap * 2, err) != GP_OK)
		return NULL;
	for (size_t j = h & (gz->cap - 1);; j = (j + 1) & (gz->cap - 1))
	{
		e = &gz->slots[j];
		if (e->key == NULL)
			break;
		if (e->hash == h && e->keylen == keylen && memcmp(e->key, key, keylen) == 0)
			return e;
	}
	if ((e->key = gp_arena_copy(&gz->arena, key, keylen)) == NULL)
	{
		gp_fail(err, GP_ERR_NO_MEMORY, 0, "out of memory");
		return NULL;
	}
	e->hash = h;
	e->keylen = (uint16_t) keylen;
	e->flags = 0;
	e->first = -1;
	gz->count++;
	return e;
}

static gp_status
add_value(gp_gazetteer *gz, gaz_entry *e, const gp_gaz_value *v, gp_error *err)
{
	gp_gaz_value *nv;

	for (int32_t i = e->first; i >= 0; i = gz->values[i].next)
	{
		const gp_gaz_value *o = &gz->values[i];

		if (o->code == v->code && o->ekind == v->ekind && o->stem == v->stem &&
			o->from == v->from && o->to == v->to)
		{
			/* the same value: keep the looser case rule; English wins over foreign */
			gz->values[i].exact_case &= v->exact_case;
			gz->values[i].foreign &= v->foreign;
			return GP_OK;
		}
	}
	if (gz->nvalues == gz->valuecap)
	{
		size_t		cap = gz->valuecap ? gz->valuecap * 2 : 4096;
		gp_gaz_value *bigger = gz->a->alloc(gz->a->ctx, cap * sizeof(gp_gaz_value));

		if (bigger == NULL)
			return gp_fail(err, GP_ERR_NO_MEMORY, 0, "out of memory");
		if (gz->values)
		{
			memcpy(bigger, gz->values, gz->nvalues * sizeof(gp_gaz_value));
			gz->a->free(gz->a->ctx, gz->values);
		}
		gz->values = bigger;
		gz->valuecap = cap;
	}
	nv = &gz->values[gz->nvalues];
	*nv = *v;
	/* append, so values keep the order they were added in */
	nv->next = -1;
	if (e->first < 0)
		e->first = (int32_t) gz->nvalues;
	else
	{
		int32_t		i = e->first;

		while (gz->values[i].next >= 0)
			i = gz->values[i].next;
		gz->values[i].next = (int32_t) gz->nvalues;
	}
	gz->nvalues++;
	return GP_OK;
}

#define PREFIX_ANY 1
#define PREFIX_OF_PLACE 2		/* of a phrase that is not a person's name */
#define GIVEN_NAME 4			/* a person's given name (data/given_names.tsv) */

/*
 * Mark every token-boundary prefix of key: at spaces, and between the
 * characters of unspaced scripts.
 */
static gp_status
add_prefixes(gp_gazetteer *gz, const char *key, size_t keylen, bool person, gp_error *err)
{
	uint8_t		mark = PREFIX_ANY | (person ? 0 : PREFIX_OF_PLACE);

	int32_t		i = 0;
	int32_t		len = (int32_t) keylen;

	while (i < len)
	{
		UChar32		c;
		int32_t		before = i;

		U8_NEXT(key, i, len, c);
		if (i >= len)
			break;
		if (c == ' ' && before > 0)
		{
			gaz_entry  *e = entry(gz, key, (size_t) before, err);

			if (e == NULL)
				return err->status;
			e->flags |= mark;
		}
		else if (gp_unspaced_char((uint32_t) c))
		{
			gaz_entry  *e = entry(gz, key, (size_t) i, err);

			if (e == NULL)
				return err->status;
			e->flags |= mark;
		}
	}
	return GP_OK;
}

/* An acronym: capitals (any script), digits and dots or "+" only, up to 6 letters. */
static bool
is_acronym(const char *s, size_t len)
{
	int			letters = 0;
	int32_t		i = 0;

	while (i < (int32_t) len)
	{
		UChar32		c;

		U8_NEXT(s, i, (int32_t) len, c);
		if (c < 0)
			return false;
		if (u_isupper(c))
			letters++;
		else if (!((c >= '0' && c <= '9') || c == '.' || c == '+'))
			return false;
	}
	return letters >= 1 && letters <= 6;
}

/*
 * Cyrillic and Greek names are inflected ("Мексика", "в Мексике"): a name
 * of one word gets a stem value, the word less a final vowel, which the
 * scanner matches against a word less one to three letters.
 */
static gp_status
add_stem(gp_gazetteer *gz, const char *key, size_t keylen, const gp_gaz_value *v,
		 gp_error *err)
{
	static const char *const vowels[] = {
		"а", "я", "о", "е", "и", "ы", "й", "ь", "і", "ї", "α", "η", "ο", "ι", "ς"
	};
	int32_t		i = 0,
				nchars = 0,
				last = 0;
	UChar32		c = 0;
	bool		inflected = false;
	gp_gaz_value sv = *v;
	gaz_entry  *e;

	while (i < (int32_t) keylen)
	{
		last = i;
		U8_NEXT(key, i, (int32_t) keylen, c);
		if (c == ' ')
			return GP_OK;		/* one word only */
		if ((c >= 0x0400 && c <= 0x04FF) || (c >= 0x0370 && c <= 0x03FF))
			inflected = true;
		nchars++;
	}
	if (!inflected || nchars < 4)
		return GP_OK;
	for (size_t k = 0; k < sizeof(vowels) / sizeof(vowels[0]); k++)
		if (keylen - (size_t) last == strlen(vowels[k]) &&
			memcmp(key + last, vowels[k], keylen - (size_t) last) == 0)
		{
			keylen = (size_t) last;
			nchars--;
			break;
		}
	if (nchars < 4)
		return GP_OK;
	sv.stem = 1;
	if ((e = entry(gz, key, keylen, err)) == NULL)
		return err->status;
	return add_value(gz, e, &sv, err);
}

gp_status
gp_gazetteer_add(gp_gazetteer *gz, const char *phrase, size_t len,
				 const gp_gaz_value *value, gp_error *err)
{
	char		key[GP_FOLD_OUTPUT_MAX];
	size_t		keylen;
	gp_gaz_value v = *value;
	gaz_entry  *e;
	gp_status	st;

	if ((st = gp_fold(phrase, len, key, sizeof(key), &keylen, err)) != GP_OK)
		return st;
	if (keylen == 0 || keylen > UINT16_MAX)
		return GP_OK;
	v.exact_case = is_acronym(phrase, len);
	v.stem = 0;
	/* v.foreign comes from the caller */
	if ((e = entry(gz, key, keylen, err)) == NULL)
		return err->status;
	if ((st = add_value(gz, e, &v, err)) != GP_OK)
		return st;
	if ((st = add_prefixes(gz, key, keylen, v.ekind == GP_EK_PERSON, err)) != GP_OK)
		return st;
	return add_stem(gz, key, keylen, &v, err);
}

gp_gaz_hit
gp_gazetteer_lookup(const gp_gazetteer *gz, const char *key, size_t keylen)
{
	gp_gaz_hit	hit = {NULL, false, false, false};
	uint32_t	h = gp_hash_bytes(key, keylen);

	for (size_t j = h & (gz->cap - 1);; j = (j + 1) & (gz->cap - 1))
	{
		const gaz_entry *e = &gz->slots[j];

		if (e->key == NULL)
			return hit;
		if (e->hash == h && e->keylen == keylen && memcmp(e->key, key, keylen) == 0)
		{
			hit.first = e->first >= 0 ? &gz->values[e->first] : NULL;
			hit.is_prefix = (e->flags & PREFIX_ANY) != 0;
			hit.is_place_prefix = (e->flags & PREFIX_OF_PLACE) != 0;
			hit.is_given_name = (e->flags & GIVEN_NAME) != 0;
			return hit;
		}
	}
}

const gp_gaz_value *
gp_gazetteer_next(const gp_gazetteer *gz, const gp_gaz_value *v)
{
	return v->next >= 0 ? &gz->values[v->next] : NULL;
}

size_t
gp_gazetteer_count(const gp_gazetteer *gz)
{
	return gz->count;
}

/* builtin data */

static gp_status
add_simple(gp_gazetteer *gz, const char *phrase, gp_polity code, gp_entry_kind kind,
		   gp_error *err)
{
	gp_gaz_value v = {code, (uint8_t) kind, 0, 0, 0, GP_NO_DATE, GP_NO_DATE, -1};

	if (phrase == NULL || *phrase == '\0')
		return GP_OK;
	return gp_gazetteer_add(gz, phrase, strlen(phrase), &v, err);
}

static gp_status
add_cldr(void *arg, const char *name, size_t len, gp_polity code, gp_error *err)
{
	gp_gaz_value v = {code, GP_EK_NAME, 0, 0, 1, GP_NO_DATE, GP_NO_DATE, -1};
	bool		ascii = true;

	/*
	 * In running text, short Latin names from other languages are mostly
	 * English words or codes ("Man", "End", "AS"); the names in English come
	 * from the catalog.
	 */
	bool		acronym = len >= 3;

	for (size_t i = 0; i < len; i++)
	{
		ascii &= (unsigned char) name[i] < 0x80;
		acronym &= name[i] >= 'A' && name[i] <= 'Z';
	}
	/* but "ABD" (Turkish for the USA) and "EAU" are acronyms, matched in capitals */
	if (ascii && len <= 4 && !acronym)
		return GP_OK;

	return gp_gazetteer_add((gp_gazetteer *) arg, name, len, &v, err);
}

/* Copy a blob so that the TSV reader may cut it. */
static char *
writable(gp_gazetteer *gz, const char *blob)
{
	size_t		n = strlen(blob);
	char	   *copy = gz->a->alloc(gz->a->ctx, n + 1);

	if (copy)
		memcpy(copy, blob, n + 1);
	return copy;
}

/* A code column: one code or several joined by "|". */
static gp_status
each_code(const gp_catalog *cat, const gp_tsv *t, char *codes,
		  gp_status (*fn) (void *arg, gp_polity code, gp_error *err), void *arg,
		  gp_error *err)
{
	char	   *save = NULL;

	for (char *c = strtok_r(codes, "|", &save); c != NULL; c = strtok_r(NULL, "|", &save))
	{
		gp_polity	code;
		gp_status	st;

		if (!gp_code_pack(c, strlen(c), &code) || gp_catalog_find(cat, code) == NULL)
			return gp_fail(err, GP_ERR_UNKNOWN, 0, "unknown polity \"%s\" in %s line %d",
						   c, t->file, t->line);
		if ((st = fn(arg, code, err)) != GP_OK)
			return st;
	}
	return GP_OK;
}

typedef struct row_ctx
{
	gp_gazetteer *gz;
	const char *phrase;
	gp_gaz_value v;
} row_ctx;

static gp_status
add_row_value(void *arg, gp_polity code, gp_error *err)
{
	row_ctx    *r = arg;

	r->v.code = code;
	return gp_gazetteer_add(r->gz, r->phrase, strlen(r->phrase), &r->v, err);
}

static gp_status
load_file(gp_gazetteer *gz, const gp_catalog *cat, const char *file, const char *blob,
		  const char *name_column, gp_error *err)
{
	char	   *text = writable(gz, blob);
	char	   *f[GP_TSV_MAX_COLUMNS];
	gp_tsv		t;
	gp_status	st;
	int			c_name,
				c_code,
				c_kind,
				c_from,
				c_to;

	if (text == NULL)
		return gp_fail(err, GP_ERR_NO_MEMORY, 0, "out of memory");
	if ((st = gp_tsv_open(&t, file, text, err)) != GP_OK)
		goto done;
	c_name = gp_tsv_column(&t, name_column);
	c_code = gp_tsv_column(&t, "code");
	c_kind = gp_tsv_column(&t, "kind");
	c_from = gp_tsv_column(&t, "from");
	c_to = gp_tsv_column(&t, "to");
	while (st == GP_OK && gp_tsv_next(&t, f) > 0)
	{
		row_ctx		r;
		const char *kind = gp_tsv_field(f, c_kind);

		memset(&r, 0, sizeof(r));
		r.gz = gz;
		r.phrase = gp_tsv_field(f, c_name);
		r.v.from = r.v.to = GP_NO_DATE;
		r.v.next = -1;
		if (c_from >= 0)
		{
			r.v.ekind = GP_EK_PERSON;
			if ((*gp_tsv_field(f, c_from) && !gp_date_parse_iso(gp_tsv_field(f, c_from), &r.v.from)) ||
				(*gp_tsv_field(f, c_to) && !gp_date_parse_iso(gp_tsv_field(f, c_to), &r.v.to)))
			{
				st = gp_fail(err, GP_ERR_SYNTAX, 0, "bad date in %s line %d", file, t.line);
				break;
			}
		}
		else if (c_kind < 0)
			r.v.ekind = GP_EK_DEMONYM;
		else if (strcmp(kind, "capital") == 0)
			r.v.ekind = GP_EK_CAPITAL;
		else if (strcmp(kind, "seat") == 0)
			r.v.ekind = GP_EK_SEAT;
		else if (strcmp(kind, "city") == 0 || strcmp(kind, "region") == 0)
			r.v.ekind = GP_EK_CITY;	/* a place within its state: "Kazan", "Quebec" */
		else
		{
			st = gp_fail(err, GP_ERR_SYNTAX, 0, "unknown kind \"%s\" in %s line %d",
						 kind, file, t.line);
			break;
		}
		if (*r.phrase)
			st = each_code(cat, &t, (char *) gp_tsv_field(f, c_code), add_row_value, &r, err);
	}
done:
	gz->a->free(gz->a->ctx, text);
	return st;
}

/* The languages of a locales column ("fr_CA,fr_FR,it_CH"): 2 for it. */
static int
count_languages(const char *locales)
{
	const char *seen[8];
	size_t		seenlen[8];
	int			n = 0;

	while (*locales && n < 8)
	{
		size_t		len = strcspn(locales, ",");
		size_t		lang = strcspn(locales, "_,");
		bool		dup = false;

		for (int i = 0; i < n; i++)
			dup |= seenlen[i] == lang && memcmp(seen[i], locales, lang) == 0;
		if (!dup)
		{
			seen[n] = locales;
			seenlen[n++] = lang;
		}
		locales += len + (locales[len] == ',');
	}
	return n;
}

/*
 * data/given_names.tsv: each name an entry of its own, flagged, with no
 * value, so that the scanner never starts a match on it.  A name that is
 * also a place or a polity's name counts only when the lists of two
 * languages hold it: "Milan", "Sofia", "Jordan", not "Houston" (en_US).
 */
static gp_status
load_given_names(gp_gazetteer *gz, gp_error *err)
{
	char	   *text = writable(gz, gp_data_given_names);
	char	   *f[GP_TSV_MAX_COLUMNS];
	gp_tsv		t;
	gp_status	st;
	int			c_name,
				c_locales;

	if (text == NULL)
		return gp_fail(err, GP_ERR_NO_MEMORY, 0, "out of memory");
	if ((st = gp_tsv_open(&t, "given_names.tsv", text, err)) != GP_OK)
		goto done;
	c_name = gp_tsv_column(&t, "name");
	c_locales = gp_tsv_column(&t, "locales");
	while (st == GP_OK && gp_tsv_next(&t, f) > 0)
	{
		const char *name = gp_tsv_field(f, c_name);
		char		key[GP_FOLD_OUTPUT_MAX];
		size_t		keylen;
		gaz_entry  *e;

		if (*name == '\0')
			continue;
		if ((st = gp_fold(name, strlen(name), key, sizeof(key), &keylen, err)) != GP_OK)
			break;
		if (keylen == 0 || keylen > UINT16_MAX)
			continue;
		if ((e = entry(gz, key, keylen, err)) == NULL)
			st = err->status;
		else if (e->first < 0 || count_languages(gp_tsv_field(f, c_locales)) >= 2)
			e->flags |= GIVEN_NAME;
	}
done:
	gz->a->free(gz->a->ctx, text);
	return st;
}

static gp_status
load_traps(gp_gazetteer *gz, const gp_catalog *cat, gp_error *err)
{
	char	   *text = writable(gz, gp_data_traps);
	char	   *f[GP_TSV_MAX_COLUMNS];
	gp_tsv		t;
	gp_status	st;
	int			c_code,
				c_context;

	if (text == NULL)
		return gp_fail(err, GP_ERR_NO_MEMORY, 0, "out of memory");
	/* the contexts point into text, which lives as long as the gazetteer */
	if ((st = gp_tsv_open(&t, "traps.tsv", text, err)) != GP_OK)
		return st;
	c_code = gp_tsv_column(&t, "code");
	c_context = gp_tsv_column(&t, "context");
	while (gp_tsv_next(&t, f) > 0)
	{
		gp_polity	code;
		trap	   *tr = NULL;

		if (!gp_code_pack(gp_tsv_field(f, c_code), strlen(gp_tsv_field(f, c_code)), &code) ||
			gp_catalog_find(cat, code) == NULL)
			return gp_fail(err, GP_ERR_UNKNOWN, 0, "unknown polity in traps.tsv line %d", t.line);
		for (int i = 0; i < gz->ntraps; i++)
			if (gz->traps[i].code == code)
				tr = &gz->traps[i];
		if (tr == NULL)
		{
			if (gz->ntraps == MAX_TRAPS)
				return gp_fail(err, GP_ERR_RANGE, 0, "too many polities in traps.tsv");
			tr = &gz->traps[gz->ntraps++];
			tr->code = code;
			tr->n = 0;
		}
		if (tr->n == 16)
			return gp_fail(err, GP_ERR_RANGE, 0, "too many contexts in traps.tsv line %d", t.line);
		tr->contexts[tr->n++] = gp_tsv_field(f, c_context);
	}
	return GP_OK;
}

const char *const *
gp_gazetteer_traps(const gp_gazetteer *gz, gp_polity code, int *n)
{
	for (int i = 0; i < gz->ntraps; i++)
		if (gz->traps[i].code == code)
		{
			*n = gz->traps[i].n;
			return gz->traps[i].contexts;
		}
	*n = 0;
	return NULL;
}

gp_status
gp_gazetteer_add_builtin(gp_gazetteer *gz, const gp_catalog *cat, gp_error *err)
{
	gp_status	st = GP_OK;

	for (size_t i = 0; i < cat->npolities && st == GP_OK; i++)
	{
		const gp_polity_info *p = &cat->polities[i];
		char		code[GP_CODE_MAX + 1];

		st = add_simple(gz, p->name, p->code, GP_EK_NAME, err);
		if (st == GP_OK)
			st = add_simple(gz, p->official, p->code, GP_EK_NAME, err);
		/*
		 * blocs are written by their codes: NATO, BRICS, EU, G7; not the long
		 * codes that are words ("LEAGUE", "WARSAW")
		 */
		if (st == GP_OK && (p->kind == GP_KIND_BLOC || p->kind == GP_KIND_ORGANISATION) &&
			gp_code_unpack(p->code, code) <= 5)
			st = add_simple(gz, code, p->code, GP_EK_NAME, err);
	}
	for (size_t i = 0; i < cat->naliases && st == GP_OK; i++)
		for (int j = 0; j < cat->aliases[i].ncodes && st == GP_OK; j++)
			st = add_simple(gz, cat->aliases[i].alias, cat->aliases[i].codes[j], GP_EK_NAME, err);
	if (st == GP_OK)
		st = gp_cldr_foreach(cat, add_cldr, gz, err);
	if (st == GP_OK)
		st = load_file(gz, cat, "demonyms.tsv", gp_data_demonyms, "word", err);
	if (st == GP_OK)
		st = load_file(gz, cat, "places.tsv", gp_data_places, "name", err);
	if (st == GP_OK)
		st = load_file(gz, cat, "office_holders.tsv", gp_data_office_holders, "name", err);
	if (st == GP_OK)
		st = load_traps(gz, cat, err);
	if (st == GP_OK)
		st = load_given_names(gz, err);
	return st;
}
