/*
 * event_people.c
 *		People who stand for a polity, followed through an article.
 *
 * Design: news writing names an official once in full, with the office and
 * its state ("French Finance Minister Edouard Balladur", "India's petroleum
 * minister Mani Shankar Aiyar", "Zdzislaw Kuroski, deputy director of
 * Comecon"), and afterwards by surname ("Balladur", "Mr Aiyar"), by bare
 * office ("the chancellor") or by pronoun ("He told journalists ...").
 * The mention scanner knows the office holders in its data; this file
 * learns the others from their introductions and resolves the later
 * references, so that the event rules see an actor where the text has one.
 * A sentence-initial "He" or "She" is read only when the sentence before
 * spoke of people of exactly one polity.  States are followed the same
 * way one step: "The EC ... . It also accused Japan" (only when a state or
 * bloc opened the sentence before).
 */
#include "event_people.h"

#include <string.h>

/* Head words of an office: "Trade Representative", "foreign minister". */
static const char *const office_heads[] = {
	"minister", "secretary", "president", "representative", "ambassador", "envoy",
	"chancellor", "premier", "spokesman", "spokeswoman", "negotiator", "delegate",
	"governor", "commissioner", "leader", "director", "chairman", "king", "diplomat",
	NULL
};

/* Lower-case words that may stand inside a title: "deputy foreign minister". */
static const char *const title_words[] = {
	"deputy", "vice", "foreign", "trade", "finance", "defence", "defense", "economy",
	"economics", "energy", "petroleum", "oil", "agriculture", "agricultural", "farm",
	"affairs", "industry", "interior", "justice", "prime", "chief", "senior", "top",
	"international", "development", "commerce", "treasury", "and", "of", "for", "the",
	"european", "permanent", "special", "central", "bank", "state", NULL
};

/* Offices written bare that point back at the person named last. */
static const char *const bare_offices[] = {
	"chancellor", "president", "premier", NULL
};

static bool
capitalised(const gp_sentence *s, int w)
{
	char		c;

	if (w < 0 || w >= s->nwords)
		return false;
	c = s->text[s->words[w].start];
	return c >= 'A' && c <= 'Z';
}

/* A cheap first look: office words are 4 to 14 letters long. */
static bool
might_be_office(const gp_sentence *s, int w)
{
	size_t		len = s->words[w].end - s->words[w].start;

	return len >= 4 && len <= 14;
}

static gp_polity
mention_polity(const gp_sentence *s, int w)
{
	if (w < 0 || w >= s->nwords || s->mention[w] < 0)
		return 0;
	return s->mentions->items[s->mention[w]].polity;
}

static gp_mention_kind
mention_kind(const gp_sentence *s, int w)
{
	return s->mentions->items[s->mention[w]].kind;
}

static void
learn(gp_people *pp, const gp_sentence *s, int w, gp_polity p)
{
	size_t		len = s->words[w].end - s->words[w].start;

	if (p == 0 || len < 2)
		return;
	for (int i = 0; i < pp->n; i++)
		if (pp->known[i].len == len &&
			memcmp(s->text + pp->known[i].surname, s->text + s->words[w].start, len) == 0)
		{
			pp->known[i].polity = p;	/* the latest introduction wins */
			return;
		}
	if (pp->n == GP_PEOPLE_MAX)
		return;
	pp->known[pp->n].surname = s->words[w].start;
	pp->known[pp->n].len = len;
	pp->known[pp->n].polity = p;
	pp->n++;
}

static gp_polity
lookup(const gp_people *pp, const gp_sentence *s, int w)
{
	size_t		len = s->words[w].end - s->words[w].start;

	for (int i = 0; i < pp->n; i++)
		if (pp->known[i].len == len &&
			memcmp(s->text + pp->known[i].surname, s->text + s->words[w].start, len) == 0)
			return pp->known[i].polity;
	return 0;
}

/*
 * The last word of a name of two or more capitalised words starting at w
 * ("Sir Geoffrey Howe"), or -1.  A name stops at a mention: the scanner
 * already knows that one.
 */
static int
name_end(const gp_sentence *s, int w)
{
	int			k = w;

	while (k < s->nwords && k < w + 4 && capitalised(s, k) && s->mention[k] < 0 &&
		   s->clause[k] == s->clause[w])
		k++;
	return k - w >= 2 ? k - 1 : -1;
}

/* The polity whose office word h is: "French EC affairs minister", "India's oil minister". */
static gp_polity
office_owner(const gp_sentence *s, int h)
{
	for (int w = h - 1; w >= 0 && w >= h - 6 && s->clause[w] == s->clause[h]; w--)
	{
		if (s->mention[w] >= 0)
		{
			/* "EC affairs minister": a portfolio, not the owner */
			if (gp_word_is(s, w + 1, "affairs"))
				continue;
			if (mention_kind(s, w) == GP_MK_CITY || mention_kind(s, w) == GP_MK_GROUP ||
				mention_kind(s, w) == GP_MK_OFFICE_HOLDER)
				return 0;
			return mention_polity(s, w);
		}
		if (gp_word_is(s, w, "s") && w > 0 && s->mention[w - 1] >= 0)
			continue;			/* "India's" */
		if (!capitalised(s, w) && !gp_word_in(s, w, title_words))
			return 0;
	}
	return 0;
}

/* Learn the introductions in s: office, then name; or name, office of a polity. */
static void
learn_sentence(gp_people *pp, const gp_sentence *s, gp_polity *seen, int *nseen)
{
	for (int w = 0; w < s->nwords; w++)
	{
		gp_polity	p;
		int			end;

		if (s->mention[w] >= 0)
		{
			const gp_mention *m = &s->mentions->items[s->mention[w]];

			/* "Gordon Brown" teaches "Mr Brown" */
			if (m->kind == GP_MK_OFFICE_HOLDER && m->polity != 0)
			{
				int			last = w;

				while (last + 1 < s->nwords && s->mention[last + 1] == s->mention[w])
					last++;
				if (last > w)
					learn(pp, s, last, m->polity);
				if (*nseen < 8)
					seen[(*nseen)++] = m->polity;
				w = last;
			}
			continue;
		}
		if (!might_be_office(s, w) || !gp_word_in(s, w, office_heads))
			continue;
		/* "U.S. Deputy Trade Representative Michael Smith" */
		if ((p = office_owner(s, w)) != 0 && (end = name_end(s, w + 1)) >= 0)
		{
			learn(pp, s, end, p);
			if (*nseen < 8)
				seen[(*nseen)++] = p;
			continue;
		}
		/* "Zdzislaw Kuroski, deputy director of Comecon" */
		if (gp_word_is(s, w + 1, "of"))
		{
			int			o = gp_word_is(s, w + 2, "the") ? w + 3 : w + 2;
			int			k = w;

			p = mention_polity(s, o);
			if (p == 0 || mention_kind(s, o) == GP_MK_DEMONYM ||
				mention_kind(s, o) == GP_MK_CITY || mention_kind(s, o) == GP_MK_GROUP)
				continue;
			while (k > 0 && s->clause[k - 1] == s->clause[w] &&
				   (capitalised(s, k - 1) || gp_word_in(s, k - 1, title_words)) &&
				   s->mention[k - 1] < 0)
				k--;
			if (k >= 2 && s->clause[k - 1] != s->clause[k] && capitalised(s, k - 1) &&
				capitalised(s, k - 2) && s->mention[k - 1] < 0 && s->mention[k - 2] < 0)
			{
				learn(pp, s, k - 1, p);
				if (*nseen < 8)
					seen[(*nseen)++] = p;
			}
		}
	}
}

/* The state or bloc named in the first words of s, as its subject: "The EC said". */
static gp_polity
opening_state(const gp_sentence *s)
{
	for (int w = 0; w < s->nwords && w < 3; w++)
		if (s->mention[w] >= 0)
		{
			const gp_mention *m = &s->mentions->items[s->mention[w]];
			int			last = w;

			while (last + 1 < s->nwords && s->mention[last + 1] == s->mention[w])
				last++;
			if (m->kind != GP_MK_COUNTRY && m->kind != GP_MK_ORGANISATION &&
				m->kind != GP_MK_METONYM)
				return 0;
			/* a subject, not "Japan's trade surplus" nor "U.S. officials" */
			if (gp_word_is(s, last + 1, "s") || capitalised(s, last + 1) ||
				gp_word_is(s, last + 1, "officials") || gp_word_is(s, last + 1, "sources"))
				return 0;
			return m->polity;
		}
	return 0;
}

void
gp_people_read(gp_people *pp, const gp_sentence *s, gp_polity *who)
{
	gp_polity	seen[8];
	int			nseen = 0;

	learn_sentence(pp, s, seen, &nseen);
	for (int w = 0; w < s->nwords; w++)
	{
		who[w] = 0;
		if (s->mention[w] >= 0)
			continue;
		/* "He complained that ...": the one polity of the sentence before */
		if (w == 0 && (gp_word_is(s, w, "he") || gp_word_is(s, w, "she")))
			who[w] = pp->previous_only;
		/* "It also accused Japan": the state that opened the sentence before */
		else if (w == 0 && gp_word_is(s, w, "it") && !gp_word_is(s, w + 1, "is") &&
				 !gp_word_is(s, w + 1, "was") && !gp_word_is(s, w + 1, "s"))
			who[w] = pp->subject;
		else if (capitalised(s, w) && pp->n > 0 && !capitalised(s, w + 1))
			who[w] = lookup(pp, s, w);
		/* "the chancellor", "the prime minister", not "the president of ..." */
		else if (might_be_office(s, w) && (gp_word_in(s, w, bare_offices) ||
				  (gp_word_is(s, w, "minister") && gp_word_is(s, w - 1, "prime"))) &&
				 (gp_word_is(s, w - 1, "the") || gp_word_is(s, w - 2, "the")) &&
				 !gp_word_is(s, w + 1, "of") && !capitalised(s, w + 1))
			who[w] = pp->last;
		if (who[w] != 0 && nseen < 8)
			seen[nseen++] = who[w];
	}
	pp->subject = opening_state(s);
	pp->previous_only = nseen > 0 ? seen[0] : 0;
	for (int i = 1; i < nseen; i++)
		if (seen[i] != seen[0])
			pp->previous_only = 0;
	if (nseen > 0)
		pp->last = seen[nseen - 1];
}
