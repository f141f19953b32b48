/*
 * sentence_view.c
 *		Words of a sentence tied to their mentions.
 */
#include "sentence_view.h"

#include <string.h>

void
gp_sentence_load(gp_sentence *s, const gp_catalog *cat, const char *text, gp_span span,
				 int number, const gp_mention_list *mentions, size_t *cursor)
{
	size_t		m = *cursor;
	int			clause = 0;

	s->cat = cat;
	s->text = text;
	s->span = span;
	s->number = number;
	s->mentions = mentions;
	s->nwords = (int) gp_split_words(text, span.start, span.end, s->words,
									 GP_SENTENCE_MAX_WORDS);
	while (m < mentions->n && mentions->items[m].byte_start < span.start)
		m++;
	for (int i = 0; i < s->nwords; i++)
	{
		size_t		k = m;

		/* a clause ends at , ; : ( or a spaced dash between words */
		if (i > 0)
			for (size_t b = s->words[i - 1].end; b < s->words[i].start; b++)
				if (text[b] == ',' || text[b] == ';' || text[b] == ':' || text[b] == '(' ||
					(text[b] == '-' && text[b - 1] == ' ') ||
					/* en and em dashes, U+2013 and U+2014 */
					((unsigned char) text[b] == 0xE2 && (unsigned char) text[b + 1] == 0x80 &&
					 ((unsigned char) text[b + 2] == 0x93 || (unsigned char) text[b + 2] == 0x94)))
				{
					clause++;
					break;
				}
		s->clause[i] = clause;
		s->mention[i] = -1;
		while (k < mentions->n && mentions->items[k].byte_start <= s->words[i].start)
		{
			const gp_mention *x = &mentions->items[k];

			if (s->words[i].start < x->byte_start + x->byte_len)
				s->mention[i] = (int) k;
			k++;
		}
	}
	while (m < mentions->n && mentions->items[m].byte_start < span.end)
		m++;
	*cursor = m;
}

/*
 * Is word i the lower-case word w (or starts with it)?  Called for every word
 * against every cue, so it walks w once instead of measuring it first.
 */
static bool
match(const gp_sentence *s, int i, const char *w, bool prefix)
{
	const char *t;
	size_t		len,
				k;

	if (i < 0 || i >= s->nwords)
		return false;
	t = s->text + s->words[i].start;
	len = s->words[i].end - s->words[i].start;
	for (k = 0; w[k] != '\0'; k++)
	{
		char		c;

		if (k == len)
			return false;
		c = t[k];
		if (c >= 'A' && c <= 'Z')
			c = (char) (c + 32);
		if (c != w[k])
			return false;
	}
	return prefix || k == len;
}

/* The first letter of word i in lower case, or '\0' outside the sentence. */
static inline char
first_letter(const gp_sentence *s, int i)
{
	char		c;

	if (i < 0 || i >= s->nwords)
		return '\0';
	c = s->text[s->words[i].start];
	return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
}

bool
gp_word_is(const gp_sentence *s, int i, const char *w)
{
	return first_letter(s, i) == w[0] && w[0] != '\0' && match(s, i, w, false);
}

bool
gp_word_starts(const gp_sentence *s, int i, const char *prefix)
{
	return prefix[0] == '\0' ? i >= 0 && i < s->nwords :
		first_letter(s, i) == prefix[0] && match(s, i, prefix, true);
}

bool
gp_word_capitalised(const gp_sentence *s, int i)
{
	char		c = i >= 0 && i < s->nwords ? s->text[s->words[i].start] : '\0';

	return c >= 'A' && c <= 'Z';
}

bool
gp_word_in(const gp_sentence *s, int i, const char *const *list)
{
	char		c = first_letter(s, i);

	if (c == '\0')
		return false;
	/* the first letter rules out most of a list without a call */
	for (; *list; list++)
		if ((*list)[0] == c && match(s, i, *list, false))
			return true;
	return false;
}

/* Nouns of businesses: "Japanese car maker", "a US firm", "Russian energy giant". */
static const char *const business_nouns[] = {
	"firm", "firms", "company", "companies", "corporation", "corp", "carmaker", "carmakers",
	"automaker", "automakers", "maker", "makers", "manufacturer", "manufacturers", "producer",
	"producers", "giant", "giants", "conglomerate", "lender", "lenders", "insurer", "insurers",
	"airline", "airlines", "operator", "operators", "retailer", "retailers", "supplier",
	"suppliers", "chipmaker", "chipmakers", "miner", "miners", "brewer", "shipbuilder",
	"shipbuilders", "utility", "subsidiary", "businesses", "businessman", "businessmen",
	"multinational", "multinationals", "exporter", "exporters", "importer", "importers",
	"traders", "investors", "bank", "banks", "motors", "airways", "group",
	"holdings", "industries", "inc", "ltd", "plc", "co", "ag", "gmbh", "spa", "nv", "exchanges",
	"bourse", "bourses", "interests", "stocks", "shares", "brewery", "breweries", "refinery", "refineries", "factory",
	"factories", NULL
};

static const char *const currency_words[] = {
	"dollar", "dollars", "dlr", "dlrs", "currency", "currencies", NULL
};

static const char *const function_words[] = {
	"to", "and", "or", "of", "the", "a", "an", "in", "on", "for", "with", "by", "at", "is",
	"was", "are", "were", "has", "had", "have", "will", "would", "said", "says", "that", NULL
};

/*
 * Does the mention ending at word last name the nationality of a business
 * ("French car maker Peugeot", "the Paris and Lisbon stock exchanges")
 * rather than a state?  Up to two lower-case
 * words may stand between ("oil", "car", "state-owned"); after a possessive,
 * the words of the business's name ("China's National Petroleum
 * Corporation").
 */
bool
gp_names_a_business(const gp_sentence *s, int last)
{
	bool		possessive;

	/* "the Paris, Amsterdam and Lisbon stock exchanges": the list shares its noun */
	while (last + 1 < s->nwords &&
		   (s->mention[last + 1] >= 0 ||
			((gp_word_is(s, last + 1, "and") || gp_word_is(s, last + 1, "or")) &&
			 last + 2 < s->nwords && s->mention[last + 2] >= 0)))
		last++;
	possessive = gp_word_is(s, last + 1, "s");

	for (int k = last + 1 + possessive; k <= last + 3 + possessive && k < s->nwords; k++)
	{
		char		c = s->text[s->words[k].start];

		if (gp_word_in(s, k, business_nouns) ||
			(gp_word_is(s, k, "exchange") && gp_word_is(s, k - 1, "stock")))
			return true;
		/* modifiers stand between, not words of a clause: "the US to make firm commitments" */
		if ((!(c >= 'a' && c <= 'z') && !(possessive && c >= 'A' && c <= 'Z')) ||
			gp_word_in(s, k, function_words))
			return false;
	}
	return false;
}

/* Does the sentence speak of businesses ("Siemens AG", "a unit of", "the company")? */
bool
gp_speaks_of_business(const gp_sentence *s)
{
	for (int w = 0; w < s->nwords; w++)
		if (gp_word_in(s, w, business_nouns) || gp_word_is(s, w, "unit"))
			return true;
	return false;
}

/*
 * Does the sentence name a company by its legal form ("Tonka Corp", "Bandai
 * Co Ltd") or by a stock ticker in angle brackets ("<China Everbright>")?
 */
bool
gp_speaks_of_companies(const gp_sentence *s)
{
	static const char *const legal_forms[] = {
		"inc", "corp", "co", "ltd", "plc", "ag", "gmbh", "spa", "nv", "llc", "bhd", NULL
	};

	for (int w = 0; w < s->nwords; w++)
		if (gp_word_capitalised(s, w) && gp_word_in(s, w, legal_forms))
			return true;
	for (size_t k = s->span.start; k + 1 < s->span.end; k++)
		if (s->text[k] == '<' && s->text[k + 1] >= 'A' && s->text[k + 1] <= 'Z')
			return true;
	return false;
}

gp_polity
gp_word_polity(const gp_sentence *s, int i)
{
	const gp_mention *m;
	int			last = i;

	if (i < 0 || i >= s->nwords || s->mention[i] < 0)
		return 0;
	m = &s->mentions->items[s->mention[i]];
	if (m->kind == GP_MK_CITY || m->kind == GP_MK_CAPITAL || m->kind == GP_MK_GROUP)
		return 0;
	while (last + 1 < s->nwords && s->mention[last + 1] == s->mention[i])
		last++;
	if ((m->kind == GP_MK_DEMONYM || m->kind == GP_MK_COUNTRY || m->kind == GP_MK_METONYM) &&
		gp_names_a_business(s, last))
		return 0;
	/* "47 mln U.S. dlrs": money, not the state */
	if (gp_word_in(s, last + 1, currency_words))
		return 0;
	if (m->polity != 0 && s->cat != NULL)
	{
		const gp_polity_info *p = gp_catalog_find(s->cat, m->polity);

		if (p && p->kind == GP_KIND_GROUP)
			return 0;			/* "Western sanctions": the West signs nothing */
	}
	return m->polity;
}

int
gp_mention_first_word(const gp_sentence *s, int i)
{
	while (i > 0 && s->mention[i - 1] == s->mention[i] && s->mention[i] >= 0)
		i--;
	return i;
}

gp_status
gp_sentences_visit(const gp_gazetteer *gz, const gp_catalog *cat, const char *text, size_t len,
				   gp_date published, gp_tick tick, void *tick_ctx, const gp_allocator *a,
				   gp_sentence_visit fn, void *arg, gp_error *err)
{
	gp_mention_list mentions;
	gp_span    *sentences = NULL;
	size_t		nsentences,
				cursor = 0;
	gp_sentence *s;
	gp_status	rc;

	if ((rc = gp_find_mentions(gz, cat, text, len, published, tick, tick_ctx, a, &mentions,
							   err)) != GP_OK)
		return rc;
	rc = gp_split_sentences(text, len, a, &sentences, &nsentences, err);
	s = a->alloc(a->ctx, sizeof(gp_sentence));
	if (rc == GP_OK && s == NULL)
		rc = gp_fail(err, GP_ERR_NO_MEMORY, 0, "out of memory");
	for (size_t k = 0; rc == GP_OK && k < nsentences; k++)
	{
		if (tick && (k & 255) == 255 && tick(tick_ctx))
		{
			rc = gp_fail(err, GP_ERR_CANCELLED, sentences[k].start, "cancelled");
			break;
		}
		gp_sentence_load(s, cat, text, sentences[k], (int) k + 1, &mentions, &cursor);
		fn(arg, s);
	}
	if (s)
		a->free(a->ctx, s);
	if (sentences)
		a->free(a->ctx, sentences);
	gp_mention_list_free(a, &mentions);
	return rc;
}

void
gp_char_span(const char *text, gp_char_cursor *c, size_t b, size_t e, int64_t *start,
			 int32_t *length)
{
	if (b < c->byte)
	{
		c->byte = 0;
		c->chars = 0;
	}
	for (; c->byte < b; c->byte++)
		c->chars += ((unsigned char) text[c->byte] & 0xC0) != 0x80;
	*start = c->chars + 1;
	*length = 0;
	for (size_t i = b; i < e; i++)
		*length += ((unsigned char) text[i] & 0xC0) != 0x80;
}
