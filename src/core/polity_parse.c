/*
 * polity_parse.c
 *		Codes, names and the hints for names that resolve to nothing or to
 *		more than one polity.
 */
#include "polity_parse.h"
#include "fold.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

int
gp_utf8_valid(const char *s, size_t len, size_t *bad)
{
	const unsigned char *p = (const unsigned char *) s;
	size_t		i = 0;

	while (i < len)
	{
		unsigned char c = p[i];
		size_t		n;
		uint32_t	cp;

		if (c < 0x80)
		{
			i++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF)
			n = 1, cp = c & 0x1F;
		else if (c >= 0xE0 && c <= 0xEF)
			n = 2, cp = c & 0x0F;
		else if (c >= 0xF0 && c <= 0xF4)
			n = 3, cp = c & 0x07;
		else
			goto fail;
		for (size_t k = 1; k <= n; k++)
		{
			if (i + k >= len || (p[i + k] & 0xC0) != 0x80)
				goto fail;
			cp = (cp << 6) | (p[i + k] & 0x3F);
		}
		if ((n == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
			(n == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
			goto fail;
		i += n + 1;
	}
	return 1;
fail:
	if (bad)
		*bad = i;
	return 0;
}

static int
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

gp_status
gp_polity_check_input(const char *s, size_t len, size_t *start, size_t *trimmed_len,
					  gp_error *err)
{
	size_t		b = 0,
				e = len,
				bad;

	if (len > GP_NAME_MAX)
	{
		gp_fail(err, GP_ERR_TOO_LONG, GP_NAME_MAX, "input too long");
		gp_error_detail(err, "A polity name or code is at most %d bytes; the input has %zu.",
						GP_NAME_MAX, len);
		return GP_ERR_TOO_LONG;
	}
	while (b < e && is_space(s[b]))
		b++;
	while (e > b && is_space(s[e - 1]))
		e--;
	if (b == e)
	{
		gp_fail(err, GP_ERR_EMPTY, 0, "empty input");
		gp_error_detail(err, "A polity needs a code or a name.");
		return GP_ERR_EMPTY;
	}
	for (size_t i = b; i < e; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c < 0x20 || c == 0x7F)
		{
			gp_fail(err, GP_ERR_CONTROL, i, "control character in input");
			gp_error_detail(err, "Byte 0x%02X at offset %zu is a control character.", c, i);
			return GP_ERR_CONTROL;
		}
	}
	if (!gp_utf8_valid(s + b, e - b, &bad))
		return gp_fail(err, GP_ERR_ENCODING, b + bad, "invalid UTF-8 in input");
	*start = b;
	*trimmed_len = e - b;
	return GP_OK;
}

gp_status
gp_polity_parse_code(const gp_catalog *cat, const char *s, size_t len, gp_polity *out,
					 gp_error *err)
{
	char		up[GP_CODE_MAX + 1];
	gp_polity	code;
	const gp_polity_info *p;
	int			digits = 1;

	if (len > 0 && s[0] == GP_ACTOR_PREFIX)
	{
		/* actors are accepted on syntax alone: see polity_code.h */
		for (size_t i = 0; i < len && i < GP_CODE_MAX; i++)
			up[i] = (s[i] >= 'a' && s[i] <= 'z') ? (char) (s[i] - ('a' - 'A')) : s[i];
		if (len <= GP_CODE_MAX && gp_code_pack(up, len, out))
			return GP_OK;
		gp_fail(err, GP_ERR_SYNTAX, 0, "malformed actor code");
		gp_error_detail(err, "An actor code is \"@\" and 1 to %d characters from A-Z, 0-9, \"+\" and \"_\".",
						GP_CODE_MAX - 1);
		return GP_ERR_SYNTAX;
	}
	if (len == 0 || len > GP_CODE_MAX)
		return GP_ERR_UNKNOWN;
	for (size_t i = 0; i < len; i++)
	{
		char		c = s[i];

		if (c >= 'a' && c <= 'z')
			c = (char) (c - ('a' - 'A'));
		up[i] = c;
		if (c < '0' || c > '9')
			digits = 0;
	}
	up[len] = '\0';

	if (digits)
	{
		int			n = 0;

		if (len > 3)
			return GP_ERR_UNKNOWN;
		for (size_t i = 0; i < len; i++)
			n = n * 10 + (up[i] - '0');
		if ((p = gp_catalog_find_numeric(cat, n)) == NULL)
			return GP_ERR_UNKNOWN;
		*out = p->code;
		return GP_OK;
	}
	/* canonical codes first: "EC" is the European Communities, not Ecuador */
	if (gp_code_pack(up, len, &code) && gp_catalog_find(cat, code) != NULL)
	{
		*out = code;
		return GP_OK;
	}
	if (len == 2 && (p = gp_catalog_find_alpha2(cat, up)) != NULL)
	{
		*out = p->code;
		return GP_OK;
	}
	return GP_ERR_UNKNOWN;
}

/* Edit distance between a and b, or limit + 1 once it must exceed limit. */
static size_t
edit_distance(const char *a, size_t alen, const char *b, size_t blen, size_t limit)
{
	size_t		row[GP_FOLD_OUTPUT_MAX + 1];

	if ((alen > blen ? alen - blen : blen - alen) > limit || blen > GP_FOLD_OUTPUT_MAX)
		return limit + 1;
	for (size_t j = 0; j <= blen; j++)
		row[j] = j;
	for (size_t i = 1; i <= alen; i++)
	{
		size_t		diag = row[0],
					best;

		row[0] = i;
		best = row[0];
		for (size_t j = 1; j <= blen; j++)
		{
			size_t		up = row[j];
			size_t		v = diag + (a[i - 1] != b[j - 1]);

			if (up + 1 < v)
				v = up + 1;
			if (row[j - 1] + 1 < v)
				v = row[j - 1] + 1;
			diag = up;
			row[j] = v;
			if (v < best)
				best = v;
		}
		if (best > limit)
			return limit + 1;
	}
	return row[blen];
}

#define SUGGESTIONS 3

typedef struct suggest_state
{
	const char *key;
	size_t		keylen;
	size_t		limit;
	const gp_name_entry *best[SUGGESTIONS];
	size_t		dist[SUGGESTIONS];
	int			n;
} suggest_state;

static int
suggest_visit(const gp_name_entry *e, void *arg)
{
	suggest_state *s = arg;
	size_t		d;
	int			i;

	if (e->tier >= GP_TIER_CLDR || e->display == NULL || e->ncodes != 1)
		return 0;
	d = edit_distance(s->key, s->keylen, e->key, e->keylen, s->limit);
	if (d > s->limit)
		return 0;
	/* one suggestion per polity: keep the closer spelling */
	for (i = 0; i < s->n; i++)
		if (s->best[i]->codes[0] == e->codes[0])
		{
			if (d < s->dist[i] ||
				(d == s->dist[i] && strcmp(e->display, s->best[i]->display) < 0))
			{
				s->best[i] = e;
				s->dist[i] = d;
			}
			return 0;
		}
	if (s->n < SUGGESTIONS)
		i = s->n++;
	else
	{
		i = SUGGESTIONS - 1;
		if (d > s->dist[i] ||
			(d == s->dist[i] && strcmp(e->display, s->best[i]->display) >= 0))
			return 0;
	}
	s->best[i] = e;
	s->dist[i] = d;
	/* keep sorted by distance, then spelling, so the hint is stable */
	for (; i > 0 && (s->dist[i] < s->dist[i - 1] ||
					 (s->dist[i] == s->dist[i - 1] &&
					  strcmp(s->best[i]->display, s->best[i - 1]->display) < 0)); i--)
	{
		const gp_name_entry *te = s->best[i];
		size_t		td = s->dist[i];

		s->best[i] = s->best[i - 1];
		s->dist[i] = s->dist[i - 1];
		s->best[i - 1] = te;
		s->dist[i - 1] = td;
	}
	return 0;
}

static void
hint_suggestions(const gp_names *const *indexes, int nindexes, const char *key,
				 size_t keylen, gp_error *err)
{
	suggest_state s;
	char		buf[GP_HINT_MAX];
	size_t		used = 0;

	memset(&s, 0, sizeof(s));
	s.key = key;
	s.keylen = keylen;
	s.limit = keylen <= 4 ? 1 : keylen <= 8 ? 2 : 3;
	for (int i = 0; i < nindexes; i++)
		gp_names_foreach(indexes[i], suggest_visit, &s);
	if (s.n == 0)
	{
		gp_error_hint(err, "Use an ISO 3166 code such as \"RUS\", or a country name in any language.");
		return;
	}
	used += (size_t) snprintf(buf, sizeof(buf), "Perhaps you meant ");
	for (int i = 0; i < s.n && used < sizeof(buf); i++)
	{
		char		code[GP_CODE_MAX + 1];

		gp_code_unpack(s.best[i]->codes[0], code);
		used += (size_t) snprintf(buf + used, sizeof(buf) - used, "%s\"%s\" (%s)",
								  i == 0 ? "" : i == s.n - 1 ? " or " : ", ",
								  s.best[i]->display, code);
	}
	if (used < sizeof(buf))
		snprintf(buf + used, sizeof(buf) - used, ".");
	gp_error_hint(err, "%s", buf);
}

/*
 * The polities of an entry in code order, which is the polity type's btree
 * order; out holds GP_MAX_CANDIDATES.  Returns how many.
 */
static int
sorted_codes(const gp_name_entry *e, gp_polity *out)
{
	memcpy(out, e->codes, sizeof(gp_polity) * e->ncodes);
	for (int i = 1; i < e->ncodes; i++)
		for (int j = i; j > 0 && out[j] < out[j - 1]; j--)
		{
			gp_polity	t = out[j];

			out[j] = out[j - 1];
			out[j - 1] = t;
		}
	return e->ncodes;
}

static void
hint_candidates(const gp_catalog *cat, const gp_name_entry *e, gp_error *err)
{
	char		buf[GP_HINT_MAX];
	size_t		used = 0;
	gp_polity	codes[GP_MAX_CANDIDATES];

	/* in code order, so the hint does not depend on load order */
	sorted_codes(e, codes);
	used += (size_t) snprintf(buf, sizeof(buf), "It may mean ");
	for (int i = 0; i < e->ncodes && used < sizeof(buf); i++)
	{
		char		code[GP_CODE_MAX + 1];
		const gp_polity_info *p = gp_catalog_find(cat, codes[i]);

		gp_code_unpack(codes[i], code);
		used += (size_t) snprintf(buf + used, sizeof(buf) - used, "%s%s (%s)",
								  i == 0 ? "" : i == e->ncodes - 1 ? " or " : ", ",
								  code, p ? p->name : "registered actor");
	}
	if (used < sizeof(buf))
		snprintf(buf + used, sizeof(buf) - used, "; write one of these codes.");
	gp_error_hint(err, "%s", buf);
}

static const gp_name_entry *
lookup(const gp_names *const *indexes, int nindexes, const char *key, size_t keylen)
{
	const gp_name_entry *e = NULL;

	for (int i = 0; i < nindexes && e == NULL && keylen > 0; i++)
		e = gp_names_lookup(indexes[i], key, keylen);
	return e;
}

static const gp_name_entry *
lookup_text(const gp_names *const *indexes, int nindexes, const char *s, size_t len)
{
	char		key[GP_FOLD_OUTPUT_MAX];
	size_t		keylen;

	if (gp_fold(s, len, key, sizeof(key), &keylen, NULL) != GP_OK)
		return NULL;
	return lookup(indexes, nindexes, key, keylen);
}

/* Does any index say yes to the word (a state-form word, a telling one)? */
static bool
in_any_index(const gp_names *const *indexes, int nindexes, const char *word, size_t len,
			 bool (*test) (const gp_names *names, const char *word, size_t len))
{
	for (int i = 0; i < nindexes; i++)
		if (test(indexes[i], word, len))
			return true;
	return false;
}

static bool
is_state_form(const gp_names *const *indexes, int nindexes, const char *word, size_t len)
{
	return in_any_index(indexes, nindexes, word, len, gp_names_is_state_form);
}

static bool
is_telling_form(const gp_names *const *indexes, int nindexes, const char *word, size_t len)
{
	return in_any_index(indexes, nindexes, word, len, gp_names_is_telling_form);
}

/* The longest state-form ending of word in any index ("共和国"), or 0. */
static size_t
state_form_suffix(const gp_names *const *indexes, int nindexes, const char *word, size_t len)
{
	size_t		best = 0;

	for (int i = 0; i < nindexes; i++)
	{
		size_t		n = gp_names_state_form_suffix(indexes[i], word, len);

		if (n > best)
			best = n;
	}
	return best;
}

/*
 * The folded key with its words run together, as languages that compound
 * write them ("Cook eilanden" is "Cookeilanden"); NULL when it has one word
 * or a word of one character ("N A" is no "NA").
 */
static const gp_name_entry *
lookup_joined(const gp_names *const *indexes, int nindexes, const char *key, size_t keylen)
{
	char		out[GP_FOLD_OUTPUT_MAX];
	size_t		n = 0,
				word = 0;

	for (size_t i = 0; i <= keylen; i++)
	{
		if (i < keylen && key[i] != ' ')
		{
			out[n++] = key[i];
			word += (key[i] & 0xC0) != 0x80;
			continue;
		}
		if (word == 1)
			return NULL;
		word = 0;
	}
	return n < keylen ? lookup(indexes, nindexes, out, n) : NULL;
}

/* Does e name polity p? */
static bool
has_code(const gp_name_entry *e, gp_polity p)
{
	for (int i = 0; i < e->ncodes; i++)
		if (e->codes[i] == p)
			return true;
	return false;
}

/* One polity, or 0: an entry that names more than one counts as none. */
static gp_polity
sole_polity(const gp_name_entry *e)
{
	return e != NULL && e->ncodes == 1 ? e->codes[0] : 0;
}

#define MAX_DROPPABLE 10			/* state-form words tried in every combination */
#define MAX_WORDS (GP_NAME_MAX + 1)

/*
 * The folded key without state-form words and endings ("フィジー諸島共和国"
 * loses 共和国, then 諸島).  First without all of them, as the name's form
 * is usually all they are; then without every combination of them, most
 * dropped first, since some are part of names ("les Îles Cook" is "Îles
 * Cook", "Wallis et Futuna" keeps its "et"); in those, the words that tell
 * states apart ("*Democratic" in state_forms.tsv) stay, so that "Democratic
 * Republic Congo" never reads "Republic Congo".  Each key is also tried with
 * its words run together (lookup_joined).  The combinations that drop the
 * most words and find one polity decide, unless they name two, when there
 * is none; a name of several polities found first is narrowed to one of
 * them by combinations that keep more words, if any do.  full (GP_FOLD_OUTPUT_MAX bytes) receives the key without
 * all of them, *fulllen its length: 0 when nothing was dropped.
 */
static const gp_name_entry *
lookup_without_state_forms(const gp_names *const *indexes, int nindexes,
						   const char *key, size_t keylen, char *full, size_t *fulllen)
{
	size_t		wstart[MAX_WORDS],
				wfull[MAX_WORDS],
				wlen[MAX_WORDS];
	bool		telling[MAX_WORDS];
	int			droppable[MAX_DROPPABLE];
	int			nwords = 0,
				ndrop = 0;
	bool		changed = false;
	size_t		start = 0;
	const gp_name_entry *found = NULL;

	*fulllen = 0;
	for (size_t j = 0; j <= keylen; j++)
	{
		size_t		suffix;

		if (j < keylen && key[j] != ' ')
			continue;
		if (j > start)
		{
			if (nwords == MAX_WORDS)
				return NULL;
			wstart[nwords] = start;
			wfull[nwords] = wlen[nwords] = j - start;
			telling[nwords] = false;
			if (is_state_form(indexes, nindexes, key + start, j - start))
			{
				changed = true;
				telling[nwords] = is_telling_form(indexes, nindexes, key + start, j - start);
				if (!telling[nwords] && ndrop < MAX_DROPPABLE)
					droppable[ndrop++] = nwords;
				else if (!telling[nwords])
					wfull[nwords] = 0;	/* past MAX_DROPPABLE: always dropped */
				wlen[nwords] = 0;
			}
			while (wlen[nwords] > 0 &&
				   (suffix = state_form_suffix(indexes, nindexes, key + start,
											   wlen[nwords])) > 0)
			{
				wlen[nwords] -= suffix;
				wfull[nwords] = wlen[nwords];
				changed = true;
			}
			nwords++;
		}
		start = j + 1;
	}
	if (!changed)
		return NULL;
	for (int drop = ndrop; drop >= 0; drop--)
	{
		const gp_name_entry *sole = NULL,
				   *several = NULL;
		bool		conflict = false;

		for (unsigned mask = 0; mask < (1u << ndrop); mask++)
		{
			char		out[GP_FOLD_OUTPUT_MAX];
			size_t		n = 0;
			int			bits = 0,
						d = 0;
			const gp_name_entry *e;

			for (int i = 0; i < ndrop; i++)
				bits += (mask >> i) & 1;
			if (bits != drop)
				continue;
			for (int w = 0; w < nwords; w++)
			{
				size_t		len = wlen[w];

				if (d < ndrop && droppable[d] == w)
					len = (mask >> d++) & 1 ? 0 : wfull[w];
				else if (telling[w] && drop < ndrop)
					len = wfull[w];
				if (len == 0)
					continue;
				if (n > 0)
					out[n++] = ' ';
				memcpy(out + n, key + wstart[w], len);
				n += len;
			}
			if (drop == ndrop && n > 0)
			{
				memcpy(full, out, n);
				*fulllen = n;
			}
			if (n == 0 || (n == keylen && memcmp(out, key, n) == 0) ||
				((e = lookup(indexes, nindexes, out, n)) == NULL &&
				 (e = lookup_joined(indexes, nindexes, out, n)) == NULL))
				continue;
			if (sole_polity(e) == 0)
				several = several ? several : e;
			else if (sole == NULL)
				sole = e;
			else if (sole_polity(sole) != sole_polity(e))
				conflict = true;
		}
		if (conflict)
			return found;
		/* a level with one polity decides, within an ambiguous name found before */
		if (sole != NULL)
			return found == NULL || has_code(found, sole_polity(sole)) ? sole : found;
		if (several != NULL && found == NULL)
			found = several;
	}
	return found;
}

/* Characters (not bytes) in n bytes of UTF-8. */
static size_t
utf8_chars(const char *s, size_t n)
{
	size_t		c = 0;

	for (size_t i = 0; i < n; i++)
		c += (s[i] & 0xC0) != 0x80;
	return c;
}

#define STEM_MIN_CHARS 5		/* the shared start of a stem match */
#define STEM_MAX_ENDING 2		/* characters the two endings may have together */

/*
 * Could s (n bytes, folded) be a case ending?  In the Latin and Cyrillic
 * alphabets, vowels, "n" and "j" (Finnish "-n", Croatian "-ji"): "Arubaot"
 * has none.  Letters of other scripts pass.
 */
static bool
inflection_ending(const char *s, size_t n)
{
	static const char *const vowels[] = {"a", "e", "i", "o", "u", "y", "n", "j",
		"а", "е", "ё", "и", "й", "о", "у", "ы", "э", "ю", "я", "і", "ї", "є", "ь"};

	for (size_t i = 0; i < n;)
	{
		size_t		k;

		for (k = 0; k < sizeof(vowels) / sizeof(vowels[0]); k++)
		{
			size_t		len = strlen(vowels[k]);

			if (i + len <= n && memcmp(s + i, vowels[k], len) == 0)
			{
				i += len;
				break;
			}
		}
		if (k < sizeof(vowels) / sizeof(vowels[0]))
			continue;
		/* ASCII, Latin-1 to Latin Extended-B (U+0250), Cyrillic (to U+0530) */
		if ((unsigned char) s[i] < 0x80 ||
			((unsigned char) s[i] >= 0xC3 && (unsigned char) s[i] <= 0xC9) ||
			((unsigned char) s[i] >= 0xD0 && (unsigned char) s[i] <= 0xD4))
			return false;
		for (i++; i < n && (s[i] & 0xC0) == 0x80; i++)
			;
	}
	return true;
}

typedef struct stem_state
{
	const char *key;
	size_t		keylen;
	const gp_name_entry *found;
	bool		conflict;
} stem_state;

static int
stem_visit(const gp_name_entry *e, void *arg)
{
	stem_state *s = arg;
	size_t		p = 0,
				max = s->keylen < e->keylen ? s->keylen : e->keylen,
				shared,
				ending,
				e_ending;

	while (p < max && s->key[p] == e->key[p])
		p++;
	/* back to the start of a character in both */
	while (p > 0 && ((p < s->keylen && (s->key[p] & 0xC0) == 0x80) ||
					 (p < e->keylen && (e->key[p] & 0xC0) == 0x80)))
		p--;
	shared = utf8_chars(s->key, p);
	ending = utf8_chars(s->key + p, s->keylen - p);
	e_ending = utf8_chars(e->key + p, e->keylen - p);
	if (shared < STEM_MIN_CHARS || ending + e_ending > STEM_MAX_ENDING ||
		!inflection_ending(s->key + p, s->keylen - p) ||
		memchr(s->key + p, ' ', s->keylen - p) != NULL ||
		memchr(e->key + p, ' ', e->keylen - p) != NULL)
		return 0;
	if (e->ncodes != 1 || (s->found != NULL && s->found->codes[0] != e->codes[0]))
	{
		s->conflict = true;
		return 1;
	}
	s->found = e;
	return 0;
}

/*
 * An inflected name: the one polity whose names differ from key only in the
 * end of the last word, two letters in all (one for one, two for none,
 * none for two), after a shared start of five or more: "Burundin" is the
 * Finnish genitive of "Burundi", "Rwandy" Polish of "Rwanda"; "Iraku" is
 * too short to tell, and the key's ending must look like one
 * (inflection_ending).  NULL when no name or names of more than one polity match.
 */
static const gp_name_entry *
lookup_stem(const gp_names *const *indexes, int nindexes, const char *key, size_t keylen)
{
	stem_state	s = {key, keylen, NULL, false};
	size_t		prefix = keylen;

	if (utf8_chars(key, keylen) < STEM_MIN_CHARS + 1)
		return NULL;
	/* a match shares all but the key's last STEM_MAX_ENDING characters */
	for (int k = 0; k < STEM_MAX_ENDING && prefix > 0; k++)
		do
			prefix--;
		while (prefix > 0 && (key[prefix] & 0xC0) == 0x80);
	for (int i = 0; i < nindexes && !s.conflict; i++)
		gp_names_foreach_prefix(indexes[i], key, prefix, stem_visit, &s);
	return s.conflict ? NULL : s.found;
}

/*
 * A folded key with the words of its state's form dropped, then with its
 * words run together (with and without those words).  fuzzy: a key that
 * had state-form words may also be an inflected name (lookup_stem).
 */
static const gp_name_entry *
lookup_reduced(const gp_names *const *indexes, int nindexes, const char *key, size_t keylen,
			   bool fuzzy)
{
	char		full[GP_FOLD_OUTPUT_MAX];
	size_t		n;
	const gp_name_entry *e = lookup_without_state_forms(indexes, nindexes, key, keylen,
													   full, &n);

	if (e == NULL)
		e = lookup_joined(indexes, nindexes, key, keylen);
	if (e == NULL && n > 0)
		e = lookup_joined(indexes, nindexes, full, n);
	if (e == NULL && n > 0 && fuzzy)
		e = lookup_stem(indexes, nindexes, full, n);
	return e;
}

static const gp_name_entry *
lookup_text_reduced(const gp_names *const *indexes, int nindexes, const char *s, size_t len)
{
	char		key[GP_FOLD_OUTPUT_MAX];
	size_t		keylen;
	const gp_name_entry *e;

	if (gp_fold(s, len, key, sizeof(key), &keylen, NULL) != GP_OK)
		return NULL;
	if ((e = lookup(indexes, nindexes, key, keylen)) != NULL)
		return e;
	return lookup_reduced(indexes, nindexes, key, keylen, false);
}

/*
 * Does a parenthesis hold nothing but state-form words, or end with one (or
 * with a word that is a whole state-form ending)?
 */
static bool
droppable_parenthesis(const gp_names *const *indexes, int nindexes, const char *s, size_t len)
{
	char		key[GP_FOLD_OUTPUT_MAX];
	size_t		keylen,
				last = 0;

	if (gp_fold(s, len, key, sizeof(key), &keylen, NULL) != GP_OK)
		return false;
	if (keylen == 0)
		return true;			/* "(the)" */
	for (size_t j = 0; j < keylen; j++)
		if (key[j] == ' ')
			last = j + 1;
	if (is_state_form(indexes, nindexes, key + last, keylen - last))
		return true;
	/* a word that is all a state-form ending: "(多民族国)" */
	if (keylen >= sizeof(key))
		return false;
	memmove(key + last + 1, key + last, keylen - last);
	key[last] = '-';
	return is_state_form(indexes, nindexes, key + last, keylen - last + 1);
}

/*
 * "A (B) C", with one parenthesis: the text turned around it, "B A C", as
 * ISO 3166's French list writes "Cook (les Îles)" for "les Îles Cook"; or,
 * failing that, "A C" when B names the same polity on its own
 * ("Falklandinseln (Malvinas)").
 */
static const gp_name_entry *
lookup_around_parenthesis(const gp_names *const *indexes, int nindexes, const char *s,
						  size_t len)
{
	const char *open = memchr(s, '(', len);
	const char *close;
	char		buf[GP_NAME_MAX + 2];
	size_t		n,
				inner;
	const gp_name_entry *e,
			   *e2;

	if (open == NULL || (close = memchr(open, ')', len - (size_t) (open - s))) == NULL ||
		memchr(open + 1, '(', len - (size_t) (open + 1 - s)) != NULL ||
		memchr(close + 1, ')', len - (size_t) (close + 1 - s)) != NULL ||
		len > GP_NAME_MAX)
		return NULL;
	inner = (size_t) (close - open - 1);
	memcpy(buf, open + 1, inner);
	n = inner;
	buf[n++] = ' ';
	memcpy(buf + n, s, (size_t) (open - s));
	n += (size_t) (open - s);
	buf[n++] = ' ';
	memcpy(buf + n, close + 1, len - (size_t) (close + 1 - s));
	n += len - (size_t) (close + 1 - s);
	if ((e = lookup_text_reduced(indexes, nindexes, buf, n)) != NULL)
		return e;

	/* "A C" and "B" alone, when they agree */
	n = (size_t) (open - s);
	memcpy(buf, s, n);
	buf[n++] = ' ';
	memcpy(buf + n, close + 1, len - (size_t) (close + 1 - s));
	n += len - (size_t) (close + 1 - s);
	e = lookup_text_reduced(indexes, nindexes, buf, n);
	e2 = lookup_text_reduced(indexes, nindexes, open + 1, inner);
	if (sole_polity(e) != 0 && sole_polity(e) == sole_polity(e2))
		return e;
	return NULL;
}

/*
 * A two-word key turned around, as lists sorted by country write a
 * qualifier last ("Germany East", "Yemen North"); NULL for other keys.
 */
static const gp_name_entry *
lookup_turned(const gp_names *const *indexes, int nindexes, const char *key, size_t keylen)
{
	const char *space = memchr(key, ' ', keylen);
	char		out[GP_FOLD_OUTPUT_MAX];
	size_t		head,
				tail;

	if (space == NULL || memchr(space + 1, ' ', keylen - (size_t) (space + 1 - key)) != NULL)
		return NULL;
	head = (size_t) (space - key);
	tail = keylen - head - 1;
	memcpy(out, space + 1, tail);
	out[tail] = ' ';
	memcpy(out + tail + 1, key, head);
	return lookup(indexes, nindexes, out, keylen);
}

/*
 * The folded key with the words that lists abbreviate written short, or
 * long: "St. Helena" for "Saint Helena" and back, German "Sankt" for both,
 * and CLDR's Russian "о-ва" for "острова" (islands), "о-в" for "остров";
 * or as Swedish abbreviates "Sankt" and "Sankta" ("S:t Helena", as CLDR
 * writes it).  way picks the direction: 0 long, 1 short, 2 Swedish.
 * Returns the new length, 0 for no change.
 */
static size_t
respell_abbreviations(const char *key, size_t keylen, char *out, int way)
{
	static const char *const longer[][2] = {
		{"st", "saint"}, {"ste", "sainte"}, {"sankt", "saint"}, {NULL, NULL}
	};
	static const char *const shorter[][2] = {
		{"saint", "st"}, {"sainte", "ste"}, {"sankt", "st"},
		{"острова", "о ва"}, {"остров", "о в"}, {NULL, NULL}
	};
	static const char *const swedish[][2] = {
		{"saint", "s t"}, {"sankt", "s t"}, {"sankta", "s t"}, {"st", "s t"}, {NULL, NULL}
	};
	const char *const (*pairs)[2] = way == 0 ? longer : way == 1 ? shorter : swedish;
	size_t		n = 0,
				start = 0;
	bool		changed = false;

	for (size_t j = 0; j <= keylen; j++)
	{
		const char *word = key + start;
		size_t		wlen = j - start;

		if (j < keylen && key[j] != ' ')
			continue;
		for (size_t k = 0; pairs[k][0] != NULL; k++)
			if (strlen(pairs[k][0]) == wlen && memcmp(word, pairs[k][0], wlen) == 0)
			{
				word = pairs[k][1];
				wlen = strlen(word);
				changed = true;
				break;
			}
		if (n > 0)
			out[n++] = ' ';
		memcpy(out + n, word, wlen);
		n += wlen;
		start = j + 1;
	}
	return changed ? n : 0;
}

static const gp_name_entry *
lookup_abbreviated(const gp_names *const *indexes, int nindexes, const char *key, size_t keylen)
{
	char		out[GP_FOLD_OUTPUT_MAX];
	size_t		n;
	const gp_name_entry *e = NULL;

	if (keylen * 2 >= sizeof(out))
		return NULL;
	for (int way = 0; way <= 2 && e == NULL; way++)
		if ((n = respell_abbreviations(key, keylen, out, way)) > 0 &&
			(e = lookup(indexes, nindexes, out, n)) == NULL)
			e = lookup_reduced(indexes, nindexes, out, n, false);
	return e;
}

/* Is s[i] the start of a word? */
static bool
word_start(const char *s, size_t i)
{
	return i == 0 || s[i - 1] == ' ' || s[i - 1] == '(' || s[i - 1] == '-' || s[i - 1] == '/';
}

/* The length of an apostrophe at s, or 0: ' U+2019 U+02BC. */
static size_t
apostrophe(const char *s, size_t len)
{
	if (len >= 1 && s[0] == '\'')
		return 1;
	if (len >= 3 && memcmp(s, "\xE2\x80\x99", 3) == 0)
		return 3;
	if (len >= 2 && memcmp(s, "\xCA\xBC", 2) == 0)
		return 2;
	return 0;
}

/*
 * The bytes of an elided article or preposition of French or Italian and its
 * apostrophe at byte i of s ("l'", "dell'"), 0 when none starts there.
 */
static size_t
elision_at(const char *s, size_t len, size_t i)
{
	static const char *const elided[] = {"l", "d", "dell", "all", "nell", "sull", "dall"};

	if (!word_start(s, i))
		return 0;
	for (size_t k = 0; k < sizeof(elided) / sizeof(elided[0]); k++)
	{
		size_t		w = strlen(elided[k]),
					a;

		if (i + w < len && strncasecmp(s + i, elided[k], w) == 0 &&
			(a = apostrophe(s + i + w, len - i - w)) > 0)
			return w + a;
	}
	return 0;
}

/*
 * s without the elided articles and prepositions of French and Italian
 * ("l'Île Norfolk" -> "Île Norfolk", "dell'Oceano" -> "Oceano"), which
 * folding would glue to the next word; into buf (len bytes).  Returns the
 * new length, len when there was none.
 */
static size_t
strip_elisions(const char *s, size_t len, char *buf)
{
	size_t		n = 0;

	for (size_t i = 0; i < len;)
	{
		size_t		skip = elision_at(s, len, i);

		if (skip > 0)
			i += skip;
		else
			buf[n++] = s[i++];
	}
	return n;
}

#define MAX_PART_WORDS 24		/* longer names are not split into parts */
#define SHORT_WORD_CHARS 3		/* a preposition of a language we lack */

/*
 * A name made of the names of polities and state-form words: an official
 * name that names a territory together with the state it belongs to
 * ("Région administrative spéciale de Hong Kong de la République populaire
 * de Chine", "Hong Kong SAR of China") or with its administrative form
 * ("Territoire des îles Cocos").  From the left, each part is the longest
 * run of words that names one polity as written (or run together); a word
 * outside the parts must be a state-form word that tells no states apart
 * ("*Democratic" in state_forms.tsv is no filler), so "Hong Kong
 * Disneyland" stays unknown.  A name of a territory and its state may hold
 * other words too: those of up to three letters (prepositions of languages
 * state_forms.tsv lacks: "Hong Kong SAR ti Ṣáìnà", Yoruba), and longer ones
 * (the words of a form in an inflection we lack: "Makao specijalna
 * administrativna oblast Narodne Republike Kine") while there are no more of
 * them than state-form words.  The answer is the polity all parts name, or a
 * territory named with the state it belongs to (data/sovereignty.tsv), so
 * that "San Martín (Países Bajos)" is not the French part (whose Spanish
 * name is "San Martín"); NULL in every other case (two states, a territory
 * and another state, an ambiguous part).
 */
static const gp_name_entry *
lookup_parts(const gp_catalog *cat, const gp_names *const *indexes, int nindexes,
			 const char *key, size_t keylen)
{
	size_t		wstart[MAX_PART_WORDS + 1],
				wend[MAX_PART_WORDS];
	int			nwords = 0,
				nparts = 0;
	const gp_name_entry *territory = NULL,
			   *state = NULL;
	size_t		start = 0;
	int			nforms = 0,		/* words outside the parts: state forms */
				nother = 0,		/* the others */
				nlong = 0;		/* the others of more than three letters */
	bool		telling = false;	/* a state form that tells states apart */

	for (size_t j = 0; j <= keylen; j++)
	{
		if (j < keylen && key[j] != ' ')
			continue;
		if (j > start)
		{
			if (nwords == MAX_PART_WORDS)
				return NULL;
			wstart[nwords] = start;
			wend[nwords++] = j;
		}
		start = j + 1;
	}
	if (nwords < 2)
		return NULL;
	for (int i = 0; i < nwords;)
	{
		const gp_name_entry *e = NULL;
		const gp_polity_info *p;
		int			j;

		for (j = nwords; j > i && e == NULL; j--)
		{
			size_t		n = wend[j - 1] - wstart[i];

			if (n == keylen)
				continue;		/* the whole name was tried before */
			e = lookup(indexes, nindexes, key + wstart[i], n);
			if (e == NULL && j - i > 1)
				e = lookup_joined(indexes, nindexes, key + wstart[i], n);
		}
		if (e == NULL)
		{
			size_t		n = wend[i] - wstart[i];

			if (!is_state_form(indexes, nindexes, key + wstart[i], n))
			{
				nother++;
				nlong += utf8_chars(key + wstart[i], n) > SHORT_WORD_CHARS;
			}
			else
			{
				nforms++;
				telling = telling || is_telling_form(indexes, nindexes, key + wstart[i], n);
			}
			i++;
			continue;
		}
		i = j + 1;
		nparts++;
		if (sole_polity(e) == 0 || (p = gp_catalog_find(cat, e->codes[0])) == NULL)
			return NULL;
		if (p->kind == GP_KIND_TERRITORY)
		{
			if (territory != NULL && sole_polity(territory) != p->code)
				return NULL;
			territory = e;
		}
		else
		{
			if (state != NULL && sole_polity(state) != p->code)
				return NULL;
			state = e;
		}
	}
	if (territory != NULL && state != NULL)
		return gp_catalog_find(cat, sole_polity(territory))->sovereign == sole_polity(state) &&
			(nlong == 0 || nother <= nforms) ? territory : NULL;
	if (nother > 0 || telling)
		return NULL;
	return territory != NULL ? territory : state;
}

/*
 * s with the space typed after an elided article or preposition taken out
 * ("Côte d' Ivoire" -> "Côte d'Ivoire"), into buf (len bytes).  Returns the
 * new length, len when there was none.
 */
static size_t
join_elisions(const char *s, size_t len, char *buf)
{
	size_t		n = 0;

	for (size_t i = 0; i < len;)
	{
		size_t		keep = elision_at(s, len, i);

		if (keep > 0 && !(i + keep < len && s[i + keep] == ' '))
			keep = 0;
		if (keep > 0)
		{
			memcpy(buf + n, s + i, keep);
			n += keep;
			for (i += keep; i < len && s[i] == ' '; i++)
				;
		}
		else
			buf[n++] = s[i++];
	}
	return n;
}

/*
 * The name as the core of a known name: its words, in any order, without
 * state-form words, are those of a known name without its state-form words
 * (gp_names_cores).  "Chile" reads through "República de Chile" when only
 * that is known in a language, and "Territorio de las Islas Cocos Keeling"
 * through "Cocos (Keeling) Islands".  A name with state-form words matches
 * only names that have one of the same or none, so "Dominican Commonwealth"
 * never reads as "Dominican Republic".  NULL unless one polity has the core;
 * also when a name with words that tell states apart has it too ("Korea":
 * the Republic of Korea and the Democratic People's Republic of Korea), and
 * for a bare name of a polity whose short name is shared ("Congo").  Then
 * the same with the words in their order run together, as compounds are
 * written apart or together ("Centralno-afrikanskaja"); and last, for a
 * name with a form, with each word of an alphabet cut to its first six
 * letters, as languages inflect names within official names ("Teritorija
 * Kokosovih Ostrva", "Kokosovi otoci"); a name without a form is not read
 * so, so that a misspelt name gets its hint.
 */
static const gp_name_entry *
lookup_core(const gp_names *const *indexes, int nindexes, const char *key, size_t keylen)
{
	const gp_names *forms = NULL;

	for (int i = 0; i < nindexes && forms == NULL; i++)
		if (gp_names_has_state_forms(indexes[i]))
			forms = indexes[i];
	if (forms == NULL)
		return NULL;
	/* the words sorted, in their order run together, cut to their stems */
	for (int mode = 0; mode < 3; mode++)
	{
		int			kind = mode == 0 ? 0 : mode == 1 ? GP_CORE_JOINED : GP_CORE_STEMMED;
		char		core[GP_FOLD_OUTPUT_MAX * 2 + 2];
		const char *fw[32];
		size_t		fl[32],
					n;
		int			nforms;

		if ((n = gp_names_core_key(forms, key, keylen, GP_CORE_KEEP_TELLING | kind, core,
								   GP_FOLD_OUTPUT_MAX, fw, fl, &nforms)) == 0 ||
			(kind == GP_CORE_STEMMED && nforms == 0))
			continue;
		for (int i = 0; i < nindexes; i++)
		{
			const gp_names *cores = gp_names_cores(indexes[i], forms);
			const gp_name_entry *found = NULL,
					   *e;
			char		code[GP_CODE_MAX + 2];
			size_t		codelen;

			if (cores == NULL)
				continue;
			/* "\x01*" without a form; "\x01" and "\x01FORM" with one */
			for (int f = nforms > 0 ? -1 : -2; f < nforms; f++)
			{
				size_t		len = n + 1;

				core[n] = '\x01';
				if (f == -2)
					core[len++] = '*';
				else if (f >= 0)
				{
					memcpy(core + len, fw[f], fl[f]);
					len += fl[f];
				}
				if ((e = gp_names_lookup(cores, core, len)) == NULL)
					continue;
				if (sole_polity(e) == 0 || (found != NULL && found->codes[0] != e->codes[0]))
					return NULL;
				found = e;
			}
			if (found == NULL)
				continue;
			core[n] = '\x02';
			if ((e = gp_names_lookup(cores, core, n + 1)) != NULL &&
				(e->ncodes > 1 || e->codes[0] != found->codes[0]))
				return NULL;
			code[0] = '\x03';
			codelen = gp_code_unpack(found->codes[0], code + 1) + 1;
			/* and never a polity whose short name is shared by a bare or stemmed name */
			if ((nforms == 0 || kind == GP_CORE_STEMMED) &&
				gp_names_lookup(cores, code, codelen) != NULL)
				return NULL;
			return found;
		}
	}
	return NULL;
}

typedef struct adjective_state
{
	const char *word;			/* the folded word, after GP_ADJECTIVE_MARK */
	size_t		len;
	gp_polity	found;
	bool		conflict;
} adjective_state;

static int
adjective_visit(const gp_name_entry *e, void *arg)
{
	adjective_state *a = arg;
	size_t		p = 0,
				max = a->len < e->keylen ? a->len : e->keylen;

	while (p < max && a->word[p] == e->key[p])
		p++;
	while (p > 0 && ((p < a->len && (a->word[p] & 0xC0) == 0x80) ||
					 (p < e->keylen && (e->key[p] & 0xC0) == 0x80)))
		p--;
	/* the adjective, less at most its last letter, and at most two more */
	if (utf8_chars(a->word + 1, p - 1) < STEM_MIN_CHARS ||
		utf8_chars(e->key + p, e->keylen - p) > 1 ||
		utf8_chars(a->word + p, a->len - p) > 2)
		return 0;
	if (e->ncodes != 1 || (a->found != 0 && a->found != e->codes[0]))
	{
		a->conflict = true;
		return 1;
	}
	a->found = e->codes[0];
	return 0;
}

/*
 * A state's adjective and the words of its form, in any order: "Russische
 * Federatie", "República francés", "Syrische Arabische Republik".  The
 * adjective (data/adjectives.tsv) may be inflected: it may lose its last
 * letter and gain two ("Zwitserse" for "Zwitsers").  The name must have one
 * word besides state-form words, and a form word of four or more letters;
 * NULL when that word is no adjective, an adjective of several states, or
 * as near a name of another polity (Polish "Nigerii", of Nigeria, is not
 * Spanish "Níger").
 * Returns an entry of the polity's name.
 */
static const gp_name_entry *
lookup_adjective(const gp_catalog *cat, const gp_names *const *indexes, int nindexes,
				 const char *key, size_t keylen)
{
	char		word[GP_FOLD_OUTPUT_MAX + 1];
	size_t		start = 0,
				wlen = 0,
				prefix;
	int			content = 0;
	bool		form = false;
	adjective_state a;
	const gp_polity_info *p;

	for (size_t j = 0; j <= keylen; j++)
	{
		size_t		n = j - start;

		if (j < keylen && key[j] != ' ')
			continue;
		if (n > 0 && is_state_form(indexes, nindexes, key + start, n))
			form = form || utf8_chars(key + start, n) >= 4;
		else if (n > 0 && content++ == 0)
		{
			word[0] = GP_ADJECTIVE_MARK;
			memcpy(word + 1, key + start, n);
			wlen = n + 1;
		}
		start = j + 1;
	}
	if (content != 1 || !form || utf8_chars(word + 1, wlen - 1) < STEM_MIN_CHARS)
		return NULL;
	/* a match shares all but the word's last two letters */
	prefix = wlen;
	for (int k = 0; k < 2; k++)
		do
			prefix--;
		while (prefix > 1 && (word[prefix] & 0xC0) == 0x80);
	memset(&a, 0, sizeof(a));
	a.word = word;
	a.len = wlen;
	for (int i = 0; i < nindexes && !a.conflict; i++)
		gp_names_foreach_prefix(indexes[i], word, prefix, adjective_visit, &a);
	if (a.conflict || a.found == 0 || (p = gp_catalog_find(cat, a.found)) == NULL)
		return NULL;
	/* nor when the word may be an inflected name of another ("Nigerii") */
	{
		stem_state	st = {word + 1, wlen - 1, NULL, false};

		for (int i = 0; i < nindexes && !st.conflict; i++)
			gp_names_foreach_prefix(indexes[i], word + 1, prefix - 1, stem_visit, &st);
		if (st.conflict || (st.found != NULL && st.found->codes[0] != a.found))
			return NULL;
	}
	return lookup_text(indexes, nindexes, p->name, strlen(p->name));
}

#define RESPELT_MIN_CHARS 7		/* a shorter word is never taken for a form */

typedef struct respell_state
{
	const char *word;
	size_t		len;
	size_t		limit;
	const char *best;
	size_t		bestlen;
	size_t		dist;
	bool		telling;		/* a word that tells states apart is as close */
} respell_state;

static int
respell_visit(const char *form, size_t len, bool telling, void *arg)
{
	respell_state *r = arg;
	size_t		d;

	if (utf8_chars(form, len) < RESPELT_MIN_CHARS - 1)
		return 0;
	d = edit_distance(r->word, r->len, form, len, r->limit);
	if (d > r->limit)
		return 0;
	if (telling)
	{
		/* a spelling of "Democratic" is never dropped */
		r->telling = true;
		return 1;
	}
	/* the nearest; of two as near, either is a form word */
	if (r->best == NULL || d < r->dist)
	{
		r->best = form;
		r->bestlen = len;
		r->dist = d;
	}
	return 0;
}

/*
 * The folded key with words that are spellings of state-form words in
 * languages state_forms.tsv lacks ("Ripublik", "Respublikasy": one or two
 * letters from "Republik", "Respublika") written as the form they are
 * nearest; a word of seven or more letters, one letter off per six.  Then
 * read as the other retries read state-form words (lookup_reduced,
 * lookup_core).  Never when the word is as near a word that tells states
 * apart ("Demokratika"), nor for a word that is a name itself.
 */
static const gp_name_entry *
lookup_respelt_forms(const gp_names *const *indexes, int nindexes, const char *key,
					 size_t keylen)
{
	char		out[GP_FOLD_OUTPUT_MAX];
	size_t		n = 0,
				start = 0;
	bool		changed = false;
	const gp_name_entry *e;

	for (size_t j = 0; j <= keylen; j++)
	{
		const char *w = key + start;
		size_t		wlen = j - start,
					chars;

		if (j < keylen && key[j] != ' ')
			continue;
		start = j + 1;
		if (wlen == 0)
			continue;
		chars = utf8_chars(w, wlen);
		if (chars >= RESPELT_MIN_CHARS && !is_state_form(indexes, nindexes, w, wlen) &&
			lookup(indexes, nindexes, w, wlen) == NULL)
		{
			respell_state r;

			memset(&r, 0, sizeof(r));
			r.word = w;
			r.len = wlen;
			r.limit = chars / 6;
			for (int i = 0; i < nindexes && !r.telling; i++)
				gp_names_foreach_state_form(indexes[i], respell_visit, &r);
			if (r.telling)
				return NULL;
			if (r.best != NULL && n + r.bestlen + 1 < sizeof(out))
			{
				w = r.best;
				wlen = r.bestlen;
				changed = true;
			}
		}
		if (n + wlen + 1 >= sizeof(out))
			return NULL;
		if (n > 0)
			out[n++] = ' ';
		memcpy(out + n, w, wlen);
		n += wlen;
	}
	if (!changed)
		return NULL;
	if ((e = lookup(indexes, nindexes, out, n)) == NULL &&
		(e = lookup_reduced(indexes, nindexes, out, n, false)) == NULL)
		e = lookup_core(indexes, nindexes, out, n);
	return e;
}

static const gp_name_entry *lookup_variants(const gp_catalog *cat,
											const gp_names *const *indexes, int nindexes,
											const char *s, size_t len, const char *key,
											size_t keylen, int depth);

/* A text as written or in another of its forms (find_name's rules). */
static const gp_name_entry *
lookup_any(const gp_catalog *cat, const gp_names *const *indexes, int nindexes, const char *s,
		   size_t len, int depth)
{
	char		key[GP_FOLD_OUTPUT_MAX];
	size_t		keylen;
	const gp_name_entry *e;

	if (gp_fold(s, len, key, sizeof(key), &keylen, NULL) != GP_OK)
		return NULL;
	if ((e = lookup(indexes, nindexes, key, keylen)) != NULL)
		return e;
	return lookup_variants(cat, indexes, nindexes, s, len, key, keylen, depth);
}

/*
 * "A/B", alternatives of one name ("Falkland (les Îles)/Malouines (les
 * Îles)"): the polity they all name; NULL when a part names none ("N/A")
 * or another polity.
 */
static const gp_name_entry *
lookup_alternatives(const gp_catalog *cat, const gp_names *const *indexes, int nindexes,
					const char *s, size_t len, int depth)
{
	const gp_name_entry *found = NULL;
	size_t		start = 0;

	for (size_t i = 0; i <= len; i++)
	{
		const gp_name_entry *e;
		size_t		b = start,
					n;

		if (i < len && s[i] != '/')
			continue;
		n = i - start;
		start = i + 1;
		while (n > 0 && s[b] == ' ')
			b++, n--;
		while (n > 0 && s[b + n - 1] == ' ')
			n--;
		if (n == 0)
			continue;
		e = lookup_any(cat, indexes, nindexes, s + b, n, depth);
		if (sole_polity(e) == 0 || (found != NULL && found->codes[0] != e->codes[0]))
			return NULL;
		found = e;
	}
	return found;
}

/*
 * Other ways of writing a name in lists and official texts, tried in turn
 * when the name as written is unknown: without parenthesised parts
 * ("Bahamas (the)", "Bolivia (Plurinational State of)"), turned around a
 * comma ("Korea, Republic of", "Palestine, State of") or cut at it, and
 * without the words of the state's form ("Islamische Republik Afghanistan");
 * then turned around a parenthesis ("Cook (les Îles)"), two words turned
 * around ("Germany East"), with words abbreviated or spelt out ("St.
 * Helena", "о-ва"), its words run together ("Cook eilanden"), split at
 * slashes, without the space typed after an elided article ("d' Ivoire")
 * or without elided articles ("l'Île Christmas"), and last as an inflected name (lookup_stem).  A form
 * that names several polities ("Korea (the Republic of)" without its
 * parenthesis) is kept while a later one may name one of them ("the
 * Republic of Korea"; take()).  depth is 0 for the input, 1 for the parts of
 * a slash or the text without elisions, which are not split again.
 */
/*
 * Keep e as the answer so far: a name of one polity ends the search, unless
 * a name of several came first and it is not one of them; a name of several
 * is kept in case nothing narrower comes.  Returns true to stop.
 */
static bool
take(const gp_name_entry **best, const gp_name_entry *e)
{
	if (e == NULL)
		return false;
	if (sole_polity(e) == 0)
	{
		if (*best == NULL)
			*best = e;
		return false;
	}
	if (*best != NULL && !has_code(*best, sole_polity(e)))
		return false;
	*best = e;
	return true;
}

static const gp_name_entry *
lookup_variants(const gp_catalog *cat, const gp_names *const *indexes, int nindexes,
				const char *s, size_t len, const char *key, size_t keylen, int depth)
{
	char		buf[GP_NAME_MAX * 2 + 2];
	char		full[GP_FOLD_OUTPUT_MAX];
	size_t		fulllen;
	const gp_name_entry *best = NULL;
	const char *comma = memchr(s, ',', len);
	size_t		n = 0;
	int			paren = 0;

	if (len > GP_NAME_MAX)
		return NULL;
	/*
	 * without parentheses that hold only an article or a reversed state form
	 * ("(the)", "(l')", "(Plurinational State of)"), not a name of their own
	 * ("San Martín (Países Bajos)")
	 */
	for (size_t i = 0; i < len; i++)
	{
		if (s[i] == '(' && paren == 0)
		{
			const char *close = memchr(s + i, ')', len - i);

			if (close == NULL || !droppable_parenthesis(indexes, nindexes, s + i + 1,
														(size_t) (close - s - i - 1)))
			{
				n = len;		/* keep the text as it is */
				break;
			}
			paren++;
		}
		else if (s[i] == ')' && paren > 0)
			paren--;
		else if (paren == 0)
			buf[n++] = s[i];
	}
	if (n < len && take(&best, lookup_text(indexes, nindexes, buf, n)))
		return best;
	if (n < len && comma == NULL)
	{
		/* and then without state-form words */
		char		k2[GP_FOLD_OUTPUT_MAX];
		size_t		k2len;

		if (gp_fold(buf, n, k2, sizeof(k2), &k2len, NULL) == GP_OK &&
			take(&best, lookup_without_state_forms(indexes, nindexes, k2, k2len, full, &fulllen)))
			return best;
	}
	if (comma != NULL)
	{
		size_t		head = (size_t) (comma - s);
		size_t		tail = len - head - 1;
		char		k2[GP_FOLD_OUTPUT_MAX];
		size_t		k2len;

		/* "Korea, Republic of" -> "Republic of Korea" */
		memcpy(buf, comma + 1, tail);
		buf[tail] = ' ';
		memcpy(buf + tail + 1, s, head);
		if (take(&best, lookup_text(indexes, nindexes, buf, len)))
			return best;
		if (gp_fold(buf, len, k2, sizeof(k2), &k2len, NULL) == GP_OK &&
			take(&best, lookup_without_state_forms(indexes, nindexes, k2, k2len, full, &fulllen)))
			return best;
		/* "Congo, The Democratic Republic of the" -> "Congo" would guess: no */
	}
	if (take(&best, lookup_reduced(indexes, nindexes, key, keylen, false)) ||
		take(&best, lookup_around_parenthesis(indexes, nindexes, s, len)) ||
		take(&best, lookup_turned(indexes, nindexes, key, keylen)) ||
		take(&best, lookup_abbreviated(indexes, nindexes, key, keylen)))
		return best;
	if (depth == 0 && memchr(s, '/', len) != NULL &&
		take(&best, lookup_alternatives(cat, indexes, nindexes, s, len, depth + 1)))
		return best;
	if (depth == 0 && (n = join_elisions(s, len, buf)) < len &&
		take(&best, lookup_any(cat, indexes, nindexes, buf, n, depth)))
		return best;
	if (depth == 0 && (n = strip_elisions(s, len, buf)) < len &&
		take(&best, lookup_any(cat, indexes, nindexes, buf, n, depth + 1)))
		return best;
	if (take(&best, lookup_parts(cat, indexes, nindexes, key, keylen)))
		return best;
	if (take(&best, lookup_core(indexes, nindexes, key, keylen)))
		return best;
	if (take(&best, lookup_adjective(cat, indexes, nindexes, key, keylen)) ||
		take(&best, lookup_respelt_forms(indexes, nindexes, key, keylen)))
		return best;
	if (depth == 0)
		take(&best, lookup_reduced(indexes, nindexes, key, keylen, true));
	return best;
}

/*
 * The entry of a name as written or, failing that, in another of its
 * written forms; *e is NULL when no index knows it.  key (GP_FOLD_OUTPUT_MAX
 * bytes) receives the folded name.  Fails only when folding fails.
 */
static gp_status
find_name(const gp_catalog *cat, const gp_names *const *indexes, int nindexes, const char *s,
		  size_t len, char *key, size_t *keylen, const gp_name_entry **e, gp_error *err)
{
	gp_status	st;

	if ((st = gp_fold(s, len, key, GP_FOLD_OUTPUT_MAX, keylen, err)) != GP_OK)
		return st;
	*e = lookup(indexes, nindexes, key, *keylen);
	if (*e == NULL)
		*e = lookup_variants(cat, indexes, nindexes, s, len, key, *keylen, 0);
	else if ((*e)->ncodes > 1 && (*e)->tier == GP_TIER_TRANSLATED)
	{
		/*
		 * A translation that names several polities is a slip of one of
		 * them ("Pakistan İslam Cumhuriyeti" for Afghanistan too): the one
		 * its words without the state's form name in a stronger tier.
		 */
		char		full[GP_FOLD_OUTPUT_MAX];
		size_t		fulllen;
		const gp_name_entry *r = lookup_without_state_forms(indexes, nindexes, key, *keylen,
													   full, &fulllen);

		if (sole_polity(r) != 0 && r->tier < GP_TIER_TRANSLATED && has_code(*e, sole_polity(r)))
			*e = r;
	}
	return GP_OK;
}

gp_status
gp_polity_parse_name(const gp_catalog *cat, const gp_names *const *indexes, int nindexes,
					 const char *s, size_t len, gp_polity *out, gp_error *err)
{
	char		key[GP_FOLD_OUTPUT_MAX];
	size_t		keylen;
	const gp_name_entry *e;
	gp_status	st;

	if ((st = find_name(cat, indexes, nindexes, s, len, key, &keylen, &e, err)) != GP_OK)
		return st;
	if (e != NULL && e->ncodes == 1)
	{
		*out = e->codes[0];
		return GP_OK;
	}
	if (e != NULL && e->ncodes > 1)
	{
		gp_fail(err, GP_ERR_AMBIGUOUS, 0, "ambiguous polity name");
		gp_error_detail(err, "The name matches %d polities.", e->ncodes);
		hint_candidates(cat, e, err);
		return GP_ERR_AMBIGUOUS;
	}
	gp_fail(err, GP_ERR_UNKNOWN, 0, "unknown polity");
	gp_error_detail(err, "No state, bloc, group or registered actor has this code or name.");
	hint_suggestions(indexes, nindexes, key, keylen, err);
	return GP_ERR_UNKNOWN;
}

gp_status
gp_polity_name_candidates(const gp_catalog *cat, const gp_names *const *indexes, int nindexes,
						  const char *s, size_t len, gp_polity *out, int *n,
						  gp_error *err)
{
	char		key[GP_FOLD_OUTPUT_MAX];
	size_t		keylen;
	const gp_name_entry *e;
	gp_status	st;

	*n = 0;
	if ((st = find_name(cat, indexes, nindexes, s, len, key, &keylen, &e, err)) != GP_OK)
		return st;
	if (e != NULL)
		*n = sorted_codes(e, out);
	return GP_OK;
}

gp_status
gp_polity_parse(const gp_catalog *cat, const gp_names *names, const char *s,
				size_t len, gp_polity *out, gp_error *err)
{
	size_t		b,
				n;
	gp_status	st;

	if ((st = gp_polity_check_input(s, len, &b, &n, err)) != GP_OK)
		return st;
	st = gp_polity_parse_code(cat, s + b, n, out, err);
	if (st != GP_ERR_UNKNOWN)
		return st;
	return gp_polity_parse_name(cat, &names, 1, s + b, n, out, err);
}
