/*
 * names.c
 *		The name index: a hash table of folded names with arena storage.
 */
#include "names.h"
#include "arena.h"
#include "fold.h"
#include "builtin_data.h"
#include "tsv.h"

#include <stdlib.h>
#include <string.h>

#define ARENA_CHUNK (64 * 1024)

struct gp_names
{
	const gp_allocator *a;
	gp_name_entry *slots;
	size_t		cap;			/* a power of two */
	size_t		count;
	gp_arena	arena;
	/* folded state-form words, a small open-addressing set */
	const char **stop;
	size_t		stopcap;		/* a power of two, 0 when empty */
	/* the entries in key order, built on first use after the last add */
	const gp_name_entry **sorted;
	/* the names' cores (gp_names_cores), built on first use after the last add */
	gp_names   *cores;
	bool		dense;			/* a cores index: fuller, so smaller */
};

/* Forget the key order and the cores: an add may move every entry. */
static void
drop_sorted(gp_names *names)
{
	if (names->sorted)
		names->a->free(names->a->ctx, (void *) names->sorted);
	names->sorted = NULL;
	gp_names_free(names->cores);
	names->cores = NULL;
}

static gp_status
resize(gp_names *names, size_t cap, gp_error *err)
{
	gp_name_entry *old = names->slots;
	size_t		oldcap = names->cap;
	gp_name_entry *slots = names->a->alloc(names->a->ctx, cap * sizeof(gp_name_entry));

	if (slots == NULL)
		return gp_fail(err, GP_ERR_NO_MEMORY, 0, "out of memory");
	memset(slots, 0, cap * sizeof(gp_name_entry));
	for (size_t i = 0; i < oldcap; i++)
	{
		if (old[i].key == NULL)
			continue;
		for (size_t j = old[i].hash & (cap - 1);; j = (j + 1) & (cap - 1))
			if (slots[j].key == NULL)
			{
				slots[j] = old[i];
				break;
			}
	}
	names->slots = slots;
	names->cap = cap;
	if (old)
		names->a->free(names->a->ctx, old);
	return GP_OK;
}

gp_status
gp_names_create(const gp_allocator *a, gp_names **out, gp_error *err)
{
	gp_names   *names = a->alloc(a->ctx, sizeof(gp_names));
	gp_status	st;

	if (names == NULL)
		return gp_fail(err, GP_ERR_NO_MEMORY, 0, "out of memory");
	memset(names, 0, sizeof(*names));
	names->a = a;
	names->arena.a = a;
	names->arena.chunk_size = ARENA_CHUNK;
	if ((st = resize(names, 1024, err)) != GP_OK)
	{
		a->free(a->ctx, names);
		return st;
	}
	*out = names;
	return GP_OK;
}

void
gp_names_free(gp_names *names)
{
	const gp_allocator *a;

	if (names == NULL)
		return;
	a = names->a;
	drop_sorted(names);
	gp_arena_free(&names->arena);
	if (names->slots)
		a->free(a->ctx, names->slots);
	if (names->stop)
		a->free(a->ctx, (void *) names->stop);
	a->free(a->ctx, names);
}

static gp_name_entry *
find_slot(const gp_names *names, const char *key, size_t keylen, uint32_t h)
{
	for (size_t j = h & (names->cap - 1);; j = (j + 1) & (names->cap - 1))
	{
		gp_name_entry *e = &names->slots[j];

		if (e->key == NULL ||
			(e->hash == h && e->keylen == keylen && memcmp(e->key, key, keylen) == 0))
			return e;
	}
}

static gp_status add_key(gp_names *names, const char *key, size_t keylen, const char *name,
						 size_t len, gp_tier tier, gp_polity code, gp_error *err);

gp_status
gp_names_add(gp_names *names, const char *name, size_t len, gp_tier tier,
			 gp_polity code, gp_error *err)
{
	char		key[GP_FOLD_OUTPUT_MAX];
	size_t		keylen;
	gp_status	st;

	if ((st = gp_fold(name, len, key, sizeof(key), &keylen, err)) != GP_OK)
		return st;
	return add_key(names, key, keylen, name, len, tier, code, err);
}

/* gp_names_add of a key folded already (or built: gp_names_cores) */
static gp_status
add_key(gp_names *names, const char *key, size_t keylen, const char *name, size_t len,
		gp_tier tier, gp_polity code, gp_error *err)
{
	uint32_t	h;
	gp_name_entry *e;
	gp_status	st;

	if (keylen == 0 || keylen > UINT16_MAX)
		return GP_OK;
	/* half full at most, or three quarters for the cores, read only on retries */
	if ((names->dense ? (names->count + 1) * 4 > names->cap * 3 :
		 (names->count + 1) * 2 > names->cap) &&
		(st = resize(names, names->cap * 2, err)) != GP_OK)
		return st;

	h = gp_hash_bytes(key, keylen);
	e = find_slot(names, key, keylen, h);
	drop_sorted(names);
	if (e->key == NULL)
	{
		e->key = gp_arena_copy(&names->arena, key, keylen);
		e->display = tier < GP_TIER_CLDR ? gp_arena_copy(&names->arena, name, len) : NULL;
		if (e->key == NULL || (tier < GP_TIER_CLDR && e->display == NULL))
			return gp_fail(err, GP_ERR_NO_MEMORY, 0, "out of memory");
		e->hash = h;
		e->keylen = (uint16_t) keylen;
		e->tier = (uint8_t) tier;
		e->ncodes = 0;
		names->count++;
	}
	else if (tier > e->tier)
		return GP_OK;			/* a stronger tier already names this key */
	else if (tier < e->tier)
	{
		e->tier = (uint8_t) tier;
		e->ncodes = 0;
		if (e->display == NULL &&
			(e->display = gp_arena_copy(&names->arena, name, len)) == NULL)
			return gp_fail(err, GP_ERR_NO_MEMORY, 0, "out of memory");
	}

	for (int i = 0; i < e->ncodes; i++)
		if (e->codes[i] == code)
			return GP_OK;
	if (e->ncodes < GP_MAX_CANDIDATES)
		e->codes[e->ncodes++] = code;
	return GP_OK;
}

static gp_status
add_string(gp_names *names, const gp_catalog *cat, const char *s, gp_polity code,
		   gp_error *err)
{
	const gp_polity_info *p = gp_catalog_find(cat, code);
	gp_tier		tier = p && p->kind == GP_KIND_FORMER_STATE ? GP_TIER_FORMER : GP_TIER_CURATED;

	if (s == NULL || *s == '\0')
		return GP_OK;
	return gp_names_add(names, s, strlen(s), tier, code, err);
}

gp_status
gp_names_add_catalog(gp_names *names, const gp_catalog *cat, gp_error *err)
{
	gp_status	st;

	for (size_t i = 0; i < cat->npolities; i++)
	{
		const gp_polity_info *p = &cat->polities[i];

		if ((st = add_string(names, cat, p->name, p->code, err)) != GP_OK ||
			(st = add_string(names, cat, p->official, p->code, err)) != GP_OK ||
			(st = add_string(names, cat, p->iso_name, p->code, err)) != GP_OK)
			return st;
	}
	for (size_t i = 0; i < cat->naliases; i++)
	{
		const gp_alias *al = &cat->aliases[i];

		for (int j = 0; j < al->ncodes; j++)
			if ((st = add_string(names, cat, al->alias, al->codes[j], err)) != GP_OK)
				return st;
	}
	return GP_OK;
}

const gp_name_entry *
gp_names_lookup(const gp_names *names, const char *key, size_t keylen)
{
	const gp_name_entry *e = find_slot(names, key, keylen, gp_hash_bytes(key, keylen));

	return e->key ? e : NULL;
}

size_t
gp_names_count(const gp_names *names)
{
	return names->count;
}

void
gp_names_foreach(const gp_names *names,
				 int (*fn) (const gp_name_entry *e, void *arg), void *arg)
{
	for (size_t i = 0; i < names->cap; i++)
		if (names->slots[i].key && fn(&names->slots[i], arg))
			return;
}

static int
cmp_keys(const char *a, size_t alen, const char *b, size_t blen)
{
	int			c = memcmp(a, b, alen < blen ? alen : blen);

	return c != 0 ? c : (alen > blen) - (alen < blen);
}

static int
cmp_entries(const void *x, const void *y)
{
	const gp_name_entry *a = *(const gp_name_entry *const *) x;
	const gp_name_entry *b = *(const gp_name_entry *const *) y;

	return cmp_keys(a->key, a->keylen, b->key, b->keylen);
}

void
gp_names_foreach_prefix(const gp_names *names, const char *prefix, size_t len,
						int (*fn) (const gp_name_entry *e, void *arg), void *arg)
{
	gp_names   *mut = (gp_names *) names;	/* the order is a cache */
	size_t		lo = 0,
				hi = names->count;

	if (mut->sorted == NULL && names->count > 0)
	{
		size_t		n = 0;

		mut->sorted = names->a->alloc(names->a->ctx, names->count * sizeof(gp_name_entry *));
		if (mut->sorted == NULL)
		{
			/* no memory for the order: every entry, as gp_names_foreach */
			for (size_t i = 0; i < names->cap; i++)
				if (names->slots[i].key && names->slots[i].keylen >= len &&
					memcmp(names->slots[i].key, prefix, len) == 0 && fn(&names->slots[i], arg))
					return;
			return;
		}
		for (size_t i = 0; i < names->cap; i++)
			if (names->slots[i].key)
				mut->sorted[n++] = &names->slots[i];
		qsort(mut->sorted, n, sizeof(gp_name_entry *), cmp_entries);
	}
	/* the first key not below the prefix */
	while (lo < hi)
	{
		size_t		mid = (lo + hi) / 2;

		if (cmp_keys(names->sorted[mid]->key, names->sorted[mid]->keylen, prefix, len) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < names->count; lo++)
	{
		const gp_name_entry *e = names->sorted[lo];

		if (e->keylen < len || memcmp(e->key, prefix, len) != 0 || fn(e, arg))
			return;
	}
}

/*
 * data/adjectives.tsv: each adjective ("Österreichisch") folded, after
 * GP_ADJECTIVE_MARK, so that no name meets it (gp_names_foreach_prefix
 * finds them).
 */
static gp_status
add_adjectives(gp_names *names, const gp_catalog *cat, gp_error *err)
{
	size_t		len = strlen(gp_data_adjectives);
	char	   *text = names->a->alloc(names->a->ctx, len + 1);
	char	   *f[GP_TSV_MAX_COLUMNS];
	gp_tsv		t;
	gp_status	st;
	int			c_adj,
				c_code;

	if (text == NULL)
		return gp_fail(err, GP_ERR_NO_MEMORY, 0, "out of memory");
	memcpy(text, gp_data_adjectives, len + 1);
	if ((st = gp_tsv_open(&t, "adjectives.tsv", text, err)) != GP_OK)
		goto done;
	c_adj = gp_tsv_column(&t, "adjective");
	c_code = gp_tsv_column(&t, "code");
	while (st == GP_OK && gp_tsv_next(&t, f) > 0)
	{
		const char *adj = gp_tsv_field(f, c_adj),
				   *code = gp_tsv_field(f, c_code);
		char		key[GP_FOLD_OUTPUT_MAX + 1];
		size_t		keylen;
		gp_polity	p;

		if (!gp_code_pack(code, strlen(code), &p) || gp_catalog_find(cat, p) == NULL)
		{
			st = gp_fail(err, GP_ERR_SYNTAX, 0, "bad row in %s line %d", t.file, t.line);
			break;
		}
		key[0] = GP_ADJECTIVE_MARK;
		if ((st = gp_fold(adj, strlen(adj), key + 1, sizeof(key) - 1, &keylen, err)) == GP_OK &&
			keylen > 0)
			st = add_key(names, key, keylen + 1, NULL, 0, GP_TIER_TRANSLATED, p, err);
	}
done:
	names->a->free(names->a->ctx, text);
	return st;
}

gp_status
gp_names_add_builtin(gp_names *names, const gp_catalog *cat, gp_error *err)
{
	gp_status	st = gp_names_add_catalog(names, cat, err);

	if (st == GP_OK)
		st = gp_names_add_cldr(names, cat, err);
	if (st == GP_OK)
		st = gp_names_add_translations(names, cat, err);
	if (st == GP_OK)
		st = gp_names_add_state_forms(names, cat, err);
	if (st == GP_OK)
		st = add_adjectives(names, cat, err);
	return st;
}

static bool
stop_has(const gp_names *names, const char *word, size_t len)
{
	if (names->stopcap == 0)
		return false;
	for (size_t k = gp_hash_bytes(word, len) & (names->stopcap - 1); names->stop[k] != NULL;
		 k = (k + 1) & (names->stopcap - 1))
		if (strlen(names->stop[k]) == len && memcmp(names->stop[k], word, len) == 0)
			return true;
	return false;
}

static gp_status
stop_add(gp_names *names, const char *word, size_t len, gp_error *err)
{
	uint32_t	h = gp_hash_bytes(word, len);
	size_t		k = h & (names->stopcap - 1);
	char	   *copy;

	if (stop_has(names, word, len))
		return GP_OK;
	if ((copy = gp_arena_copy(&names->arena, word, len)) == NULL)
		return gp_fail(err, GP_ERR_NO_MEMORY, 0, "out of memory");
	while (names->stop[k] != NULL)
		k = (k + 1) & (names->stopcap - 1);
	names->stop[k] = copy;
	return GP_OK;
}

/*
 * The set holds folded words, suffixes as "-" and the folded suffix, and
 * the words that tell states apart also as "*" and the folded word: a
 * folded word never holds a hyphen or an asterisk, so they never meet.
 */
gp_status
gp_names_add_state_forms(gp_names *names, const gp_catalog *cat, gp_error *err)
{
	size_t		cap = 64;

	while (cap < 2 * cat->nstate_forms + 2)
		cap *= 2;
	names->stop = names->a->alloc(names->a->ctx, cap * sizeof(char *));
	if (names->stop == NULL)
		return gp_fail(err, GP_ERR_NO_MEMORY, 0, "out of memory");
	memset((void *) names->stop, 0, cap * sizeof(char *));
	names->stopcap = cap;
	for (size_t i = 0; i < cat->nstate_forms; i++)
	{
		const char *form = cat->state_forms[i];
		size_t		formlen = strlen(form);
		bool		suffix = form[0] == '-';
		bool		telling = form[0] == '*';
		char		key[GP_FOLD_OUTPUT_MAX];
		size_t		keylen,
					start = 0;
		gp_status	st;

		if (suffix || telling)
		{
			form++;
			formlen--;
		}
		key[0] = suffix ? '-' : '*';
		st = gp_fold(form, formlen, key + 1, sizeof(key) - 1, &keylen, err);
		if (st != GP_OK)
			return st;
		if (suffix)
		{
			/* "-共和国": one word, kept whole */
			if (keylen > 0 && memchr(key + 1, ' ', keylen) == NULL &&
				(st = stop_add(names, key, keylen + 1, err)) != GP_OK)
				return st;
			continue;
		}
		/* "*Democratic": a state-form word, and marked as telling */
		if (telling && keylen > 0 && memchr(key + 1, ' ', keylen) == NULL &&
			(st = stop_add(names, key, keylen + 1, err)) != GP_OK)
			return st;
		/* "Grand-Duché" folds to two words: each is a state-form word */
		for (size_t j = 0; j <= keylen; j++)
		{
			if (j < keylen && key[1 + j] != ' ')
				continue;
			if (j > start && (st = stop_add(names, key + 1 + start, j - start, err)) != GP_OK)
				return st;
			start = j + 1;
		}
	}
	return GP_OK;
}

#define ARABIC_ARTICLE "\xD8\xA7\xD9\x84"	/* "ال", written joined to its word */
#define ARABIC_ARTICLE_LEN 4

/*
 * Is mark (NULL or "*") and word a state-form entry, also with the Arabic
 * article: state_forms.tsv lists "الإسلامية", and official names write
 * "إسلامية" too ("إيران (جمهورية إسلامية)").
 */
static bool
stop_has_form(const gp_names *names, const char *mark, const char *word, size_t len)
{
	char		buf[GP_FOLD_OUTPUT_MAX + 1 + ARABIC_ARTICLE_LEN];
	size_t		m = mark ? strlen(mark) : 0;

	if (len + m + ARABIC_ARTICLE_LEN > sizeof(buf))
		return false;
	if (m > 0)
		memcpy(buf, mark, m);
	memcpy(buf + m, word, len);
	if (stop_has(names, buf, m + len))
		return true;
	if (len >= 2 && (unsigned char) word[0] >= 0xD8 && (unsigned char) word[0] <= 0xDB &&
		(len < ARABIC_ARTICLE_LEN || memcmp(word, ARABIC_ARTICLE, ARABIC_ARTICLE_LEN) != 0))
	{
		/*
		 * an Arabic-script word without the article (never the other way:
		 * "الجزائر" is Algeria, though Urdu "جزائر" is "islands")
		 */
		memcpy(buf + m, ARABIC_ARTICLE, ARABIC_ARTICLE_LEN);
		memcpy(buf + m + ARABIC_ARTICLE_LEN, word, len);
		return stop_has(names, buf, m + ARABIC_ARTICLE_LEN + len);
	}
	return false;
}

bool
gp_names_is_state_form(const gp_names *names, const char *word, size_t len)
{
	return stop_has_form(names, NULL, word, len);
}

void
gp_names_foreach_state_form(const gp_names *names,
							int (*fn) (const char *word, size_t len, bool telling, void *arg),
							void *arg)
{
	for (size_t k = 0; k < names->stopcap; k++)
	{
		const char *w = names->stop[k];

		if (w == NULL || w[0] == '-')
			continue;
		if (w[0] == '*' ? fn(w + 1, strlen(w + 1), true, arg) : fn(w, strlen(w), false, arg))
			return;
	}
}

bool
gp_names_has_state_forms(const gp_names *names)
{
	return names->stopcap > 0;
}

bool
gp_names_is_telling_form(const gp_names *names, const char *word, size_t len)
{
	return stop_has_form(names, "*", word, len);
}

size_t
gp_names_state_form_suffix(const gp_names *names, const char *word, size_t len)
{
	char		buf[GP_FOLD_OUTPUT_MAX + 1];

	if (names->stopcap == 0 || len >= sizeof(buf))
		return 0;
	buf[0] = '-';
	/* the longest suffix first, each starting on a character */
	for (size_t k = 1; k < len; k++)
	{
		if ((word[k] & 0xC0) == 0x80)
			continue;
		memcpy(buf + 1, word + k, len - k);
		if (stop_has(names, buf, len - k + 1))
			return len - k;
	}
	return 0;
}

/*
 * The cores of names: the words of each name that are not state-form words
 * of forms (words that tell states apart stay), in byte order, so that
 * "République de Chypre" and "Chypre" share the core "chypre", and
 * "Territorio de las Islas Cocos Keeling" and "Cocos Keeling Islands" share
 * "cocos keeling".  The state-form words of four or more characters are
 * its form ("Republic", not "of"), and so are the state-form endings of
 * unspaced scripts ("共和国" of "中央アフリカ共和国"), each compared by its first five
 * characters, so that an inflected form is the same ("Respublikos",
 * "Respublika") and so is the same word of a related language ("Republik",
 * "Republic").  Each name enters under its core
 * followed by:
 *   \x01 '*'         always;
 *   \x01 FORM        for each word FORM of its form;
 *   \x01             when it has none;
 * so that a name of another form finds only the names that have a word of
 * its form or none (lookup_core in polity_parse.c).  A name whose core is
 * one word enters only when it has a form or loses nothing ("Do Thai",
 * Vietnamese, is not "Thai" because "do" is Portuguese "of").  A name
 * with words that tell states apart also enters as its core without them,
 * after \x02, so that "Republic of Korea" does not make "Korea" the
 * Republic while "Democratic People's Republic of Korea" is another; and
 * every polity of an ambiguous curated name ("Congo") enters as \x03 and
 * its code, since its short name is shared.  Each name also enters the same
 * ways under its core's words in their order run together, so that
 * compounds written apart or together meet ("Centralnoafrikanskaja" and
 * "Centralno-afrikanskaja"), and with each word of an alphabet below U+0800
 * cut to its first six letters (not under \x01 '*': only names with a form
 * are read so).  The three kinds of core share their keys: a name's cores
 * are mostly one word, the same in all three.  Built on first use after the
 * last add and owned by names; NULL when out of memory.
 */
#define CORE_MAX_WORDS 32
#define FORM_STEM_CHARS 5		/* the characters of a form word compared */
#define CORE_STEM_CHARS 6		/* the characters of a core word compared, stemmed */

/* Characters (not bytes) in n bytes of UTF-8. */
static size_t
utf8_len(const char *s, size_t n)
{
	size_t		c = 0;

	for (size_t i = 0; i < n; i++)
		c += (s[i] & 0xC0) != 0x80;
	return c;
}

typedef struct core_word
{
	const char *s;
	size_t		len;
	int			kind;			/* 0 core, 1 state form, 2 telling */
} core_word;

static int
cmp_core_words(const void *x, const void *y)
{
	const core_word *a = x,
			   *b = y;

	return cmp_keys(a->s, a->len, b->s, b->len);
}

size_t
gp_names_core_key(const gp_names *forms, const char *key, size_t keylen, int flags,
				  char *out, size_t outsize, const char **formwords, size_t *formlens,
				  int *nforms)
{
	bool		keep_telling = (flags & GP_CORE_KEEP_TELLING) != 0,
				joined = (flags & GP_CORE_JOINED) != 0,
				stemmed = (flags & GP_CORE_STEMMED) != 0;
	core_word	w[CORE_MAX_WORDS];
	int			n = 0;
	size_t		used = 0,
				start = 0;

	*nforms = 0;
	for (size_t j = 0; j <= keylen; j++)
	{
		size_t		suffix;

		if (j < keylen && key[j] != ' ')
			continue;
		if (j > start)
		{
			if (n == CORE_MAX_WORDS)
				return 0;
			w[n].s = key + start;
			w[n].len = j - start;
			w[n].kind = gp_names_is_telling_form(forms, w[n].s, w[n].len) ? 2 :
				gp_names_is_state_form(forms, w[n].s, w[n].len) ? 1 : 0;
			/* endings of unspaced scripts: "中央アフリカ共和国" */
			while (w[n].kind == 0 &&
				   (suffix = gp_names_state_form_suffix(forms, w[n].s, w[n].len)) > 0)
			{
				w[n].len -= suffix;
				if (formwords != NULL && *nforms < CORE_MAX_WORDS)
				{
					formwords[*nforms] = w[n].s + w[n].len;
					formlens[(*nforms)++] = suffix;
				}
			}
			/* the start of a word of an alphabet below U+0800 (Latin to Thaana) */
			if (stemmed && w[n].kind == 0 && (unsigned char) w[n].s[0] < 0xE0)
			{
				size_t		b = 0;

				for (int c = 0; b < w[n].len; b++)
					if ((w[n].s[b] & 0xC0) != 0x80 && ++c > CORE_STEM_CHARS)
						break;
				w[n].len = b;
			}
			n++;
		}
		start = j + 1;
	}
	if (!joined)
		qsort(w, (size_t) n, sizeof(core_word), cmp_core_words);
	for (int i = 0; i < n; i++)
	{
		if (w[i].kind == 1 || (w[i].kind == 2 && !keep_telling))
		{
			if (w[i].kind == 1 && formwords != NULL && *nforms < CORE_MAX_WORDS &&
				utf8_len(w[i].s, w[i].len) >= 4)
			{
				/* its first five characters: "Respublikos" is "Respublika" */
				size_t		b = 0;

				for (int c = 0; c <= FORM_STEM_CHARS && b < w[i].len; b++)
					if ((w[i].s[b] & 0xC0) != 0x80 && ++c > FORM_STEM_CHARS)
						break;
				formwords[*nforms] = w[i].s;
				formlens[(*nforms)++] = b;
			}
			continue;
		}
		if (used + w[i].len + 2 >= outsize)
			return 0;
		if (used > 0 && !joined)
			out[used++] = ' ';
		memcpy(out + used, w[i].s, w[i].len);
		used += w[i].len;
	}
	return used;
}

typedef struct cores_state
{
	gp_names   *cores;
	const gp_names *forms;
	gp_error	err;
	gp_status	st;
} cores_state;

static int
cores_visit(const gp_name_entry *e, void *arg)
{
	cores_state *c = arg;
	char		core[GP_FOLD_OUTPUT_MAX + 2 + GP_FOLD_OUTPUT_MAX];
	const char *forms[CORE_MAX_WORDS];
	size_t		formlens[CORE_MAX_WORDS],
				n;
	int			nforms;
	bool		telling = false,
				enter = false;

	if (e->key[0] == GP_ADJECTIVE_MARK)
		return 0;				/* an adjective, no name */
	if (e->tier == GP_TIER_CURATED && e->ncodes > 1)
		for (int i = 0; i < e->ncodes && c->st == GP_OK; i++)
		{
			char		code[GP_CODE_MAX + 2];
			size_t		len = gp_code_unpack(e->codes[i], code + 1);

			code[0] = '\x03';
			c->st = add_key(c->cores, code, len + 1, NULL, 0, GP_TIER_TRANSLATED, e->codes[i], &c->err);
		}
	for (size_t j = 0; j < e->keylen && !telling; j++)
		if (j == 0 || e->key[j - 1] == ' ')
		{
			size_t		k = j;

			while (k < e->keylen && e->key[k] != ' ')
				k++;
			telling = gp_names_is_telling_form(c->forms, e->key + j, k - j);
		}
	/* sorted, joined, stemmed */
	for (int mode = 0; mode < 3 && c->st == GP_OK; mode++)
	{
		int			kind = mode == 0 ? 0 : mode == 1 ? GP_CORE_JOINED : GP_CORE_STEMMED;

		n = gp_names_core_key(c->forms, e->key, e->keylen, GP_CORE_KEEP_TELLING | kind, core,
							  GP_FOLD_OUTPUT_MAX, forms, formlens, &nforms);
		if (mode == 0)
			enter = n > 0 && (memchr(core, ' ', n) != NULL || nforms > 0 || n == e->keylen);
		/* stemmed cores are read only for names with a form: no "\x01*" */
		if (enter)
			for (int f = kind == GP_CORE_STEMMED ? 0 : -1;
				 f < (nforms > 0 ? nforms : 1) && c->st == GP_OK; f++)
			{
				size_t		len = n + 1;

				core[n] = '\x01';
				if (f < 0)
					core[len++] = '*';
				else if (nforms > 0)
				{
					memcpy(core + len, forms[f], formlens[f]);
					len += formlens[f];
				}
				for (int i = 0; i < e->ncodes && c->st == GP_OK; i++)
					c->st = add_key(c->cores, core, len, NULL, 0, GP_TIER_TRANSLATED, e->codes[i],
									&c->err);
			}
		if (telling && c->st == GP_OK &&
			(n = gp_names_core_key(c->forms, e->key, e->keylen, kind, core, GP_FOLD_OUTPUT_MAX,
								   NULL, NULL, &nforms)) > 0)
		{
			core[n] = '\x02';
			for (int i = 0; i < e->ncodes && c->st == GP_OK; i++)
				c->st = add_key(c->cores, core, n + 1, NULL, 0, GP_TIER_TRANSLATED, e->codes[i],
								&c->err);
		}
	}
	return c->st != GP_OK;
}

const gp_names *
gp_names_cores(const gp_names *names, const gp_names *forms)
{
	gp_names   *mut = (gp_names *) names;	/* the cores are a cache */
	cores_state c;
	size_t		cap;

	if (names->cores != NULL)
		return names->cores;
	memset(&c, 0, sizeof(c));
	c.forms = forms;
	if ((c.st = gp_names_create(names->a, &c.cores, &c.err)) != GP_OK)
		return NULL;
	c.cores->dense = true;
	/* about three keys a name: sized once, never a table and its double at once */
	for (cap = 1024; cap < names->count * 4; cap *= 2)
		;
	if ((c.st = resize(c.cores, cap, &c.err)) != GP_OK)
	{
		gp_names_free(c.cores);
		return NULL;
	}
	gp_names_foreach(names, cores_visit, &c);
	if (c.st != GP_OK)
	{
		gp_names_free(c.cores);
		return NULL;
	}
	mut->cores = c.cores;
	return mut->cores;
}
