/*
 * polity_parse.c
 *		Codes, names and the hints for names that resolve to nothing or to
 *		more than one polity.
 */
#include "polity_parse.h"
#include "fold.h"

#include <stdio.h>
#include <string.h>

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

/* The folded key without its state-form words; NULL when none was dropped. */
static const gp_name_entry *
lookup_without_state_forms(const gp_names *const *indexes, int nindexes,
						   const char *key, size_t keylen)
{
	char		out[GP_FOLD_OUTPUT_MAX];
	size_t		n = 0,
				start = 0;
	bool		dropped = false;

	for (size_t j = 0; j <= keylen; j++)
	{
		bool		stop = false;

		if (j < keylen && key[j] != ' ')
			continue;
		for (int i = 0; i < nindexes && !stop; i++)
			stop = gp_names_is_state_form(indexes[i], key + start, j - start);
		if (stop)
			dropped = true;
		else if (j > start)
		{
			if (n > 0)
				out[n++] = ' ';
			memcpy(out + n, key + start, j - start);
			n += j - start;
		}
		start = j + 1;
	}
	return dropped && n > 0 ? lookup(indexes, nindexes, out, n) : NULL;
}

/* Does a parenthesis hold nothing but state-form words, or end with one? */
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
	for (int i = 0; i < nindexes; i++)
		if (gp_names_is_state_form(indexes[i], key + last, keylen - last))
			return true;
	return false;
}

/*
 * Other ways of writing a name in lists and official texts, tried in turn
 * when the name as written is unknown: without parenthesised parts
 * ("Bahamas (the)", "Bolivia (Plurinational State of)"), turned around a
 * comma ("Korea, Republic of", "Palestine, State of") or cut at it, and
 * without the words of the state's form ("Islamische Republik Afghanistan").
 */
static const gp_name_entry *
lookup_variants(const gp_names *const *indexes, int nindexes, const char *s, size_t len,
				const char *key, size_t keylen)
{
	char		buf[GP_NAME_MAX * 2 + 2];
	const gp_name_entry *e;
	const char *comma = memchr(s, ',', len);
	size_t		n = 0;
	int			depth = 0;

	if (len > GP_NAME_MAX)
		return NULL;
	/*
	 * without parentheses that hold only an article or a reversed state form
	 * ("(the)", "(l')", "(Plurinational State of)"), not a name of their own
	 * ("San Martín (Países Bajos)")
	 */
	for (size_t i = 0; i < len; i++)
	{
		if (s[i] == '(' && depth == 0)
		{
			const char *close = memchr(s + i, ')', len - i);

			if (close == NULL || !droppable_parenthesis(indexes, nindexes, s + i + 1,
														(size_t) (close - s - i - 1)))
			{
				n = len;		/* keep the text as it is */
				break;
			}
			depth++;
		}
		else if (s[i] == ')' && depth > 0)
			depth--;
		else if (depth == 0)
			buf[n++] = s[i];
	}
	if (n < len && (e = lookup_text(indexes, nindexes, buf, n)) != NULL)
		return e;
	if (n < len && comma == NULL)
	{
		/* and then without state-form words */
		char		k2[GP_FOLD_OUTPUT_MAX];
		size_t		k2len;

		if (gp_fold(buf, n, k2, sizeof(k2), &k2len, NULL) == GP_OK &&
			(e = lookup_without_state_forms(indexes, nindexes, k2, k2len)) != NULL)
			return e;
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
		if ((e = lookup_text(indexes, nindexes, buf, len)) != NULL)
			return e;
		if (gp_fold(buf, len, k2, sizeof(k2), &k2len, NULL) == GP_OK &&
			(e = lookup_without_state_forms(indexes, nindexes, k2, k2len)) != NULL)
			return e;
		/* "Congo, The Democratic Republic of the" -> "Congo" would guess: no */
	}
	return lookup_without_state_forms(indexes, nindexes, key, keylen);
}

/*
 * The entry of a name as written or, failing that, in another of its
 * written forms; *e is NULL when no index knows it.  key (GP_FOLD_OUTPUT_MAX
 * bytes) receives the folded name.  Fails only when folding fails.
 */
static gp_status
find_name(const gp_names *const *indexes, int nindexes, const char *s, size_t len,
		  char *key, size_t *keylen, const gp_name_entry **e, gp_error *err)
{
	gp_status	st;

	if ((st = gp_fold(s, len, key, GP_FOLD_OUTPUT_MAX, keylen, err)) != GP_OK)
		return st;
	*e = lookup(indexes, nindexes, key, *keylen);
	if (*e == NULL)
		*e = lookup_variants(indexes, nindexes, s, len, key, *keylen);
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

	if ((st = find_name(indexes, nindexes, s, len, key, &keylen, &e, err)) != GP_OK)
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
gp_polity_name_candidates(const gp_names *const *indexes, int nindexes,
						  const char *s, size_t len, gp_polity *out, int *n,
						  gp_error *err)
{
	char		key[GP_FOLD_OUTPUT_MAX];
	size_t		keylen;
	const gp_name_entry *e;
	gp_status	st;

	*n = 0;
	if ((st = find_name(indexes, nindexes, s, len, key, &keylen, &e, err)) != GP_OK)
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
