/*
 * agreements_extract.c
 *		The agreements an article speaks of.
 *
 * Design: sentence by sentence, every agreement noun ("treaty", "accord",
 * "pact", "deal", "partnership", "memorandum", "ceasefire" ...) is a
 * reference.  A reference gets its parties from, in order: polities written
 * into the noun phrase ("the North Korea agreement", "the Iran-Russia
 * partnership"), "with X" and "between X and Y" after it; a definite
 * reference with none ("the treaty", "this deal") is the agreement spoken of
 * last; otherwise the polities acting in the sentence.  A reference with one
 * party joins the agreement spoken of last that has it.  References with the
 * same parties are one agreement, their fields merged: the most specific
 * kind, the status furthest along ("talks" < "will sign" < "signed" <
 * "entered into force" ...), the date stated with that status, and the
 * domains and clauses the evidence sentences name.  "A similar agreement"
 * takes the kind of the one before it.  Negated and hypothetical verbs
 * ("did not sign", "if they sign") give no status.  An agreement keeps
 * only when it has two parties, or one bloc (an OPEC output accord).
 */
#include "extract.h"
#include "dates.h"
#include "sentence_view.h"

#include <stdio.h>
#include <string.h>

#define MAX_AGREEMENTS 256

static const char *const agreement_nouns[] = {
	"treaty", "treaties", "agreement", "agreements", "accord", "accords", "pact", "pacts",
	"deal", "deals", "partnership", "memorandum", "mou", "ceasefire", "truce",
	"protocol", "convention", NULL
};

static const char *const plural_nouns[] = {
	"treaties", "agreements", "accords", "pacts", "deals", "partnerships", NULL
};

typedef struct kind_rule
{
	const char *words[3];		/* all must appear near the noun (prefix match) */
	const char *kind;
} kind_rule;

/* Most specific first. */
static const kind_rule kind_rules[] = {
	{{"comprehensive", "strategic", "partnership"}, "comprehensive_strategic_partnership"},
	{{"strategic", "partnership", NULL}, "strategic_partnership"},
	{{"non-aggression", NULL, NULL}, "non_aggression_pact"},
	{{"nonaggression", NULL, NULL}, "non_aggression_pact"},
	{{"aggression", NULL, NULL}, "non_aggression_pact"},
	{{"neutrality", NULL, NULL}, "neutrality_pact"},
	{{"mutual", "defen", NULL}, "defence_pact"},
	{{"defen", NULL, NULL}, "defence_pact"},
	{{"military", "alliance", NULL}, "defence_pact"},
	{{"ceasefire", NULL, NULL}, "ceasefire"},
	{{"truce", NULL, NULL}, "ceasefire"},
	{{"peace", NULL, NULL}, "peace_agreement"},
	{{"arms", NULL, NULL}, "arms_control"},
	{{"missile", NULL, NULL}, "arms_control"},
	{{"disarmament", NULL, NULL}, "arms_control"},
	{{"memorandum", NULL, NULL}, "memorandum"},
	{{"mou", NULL, NULL}, "memorandum"},
	{{"investment", "treaty", NULL}, "investment_treaty"},
	{{"investment", "protection", NULL}, "investment_treaty"},
	{{"currenc", NULL, NULL}, "monetary_agreement"},
	{{"monetary", NULL, NULL}, "monetary_agreement"},
	{{"debt", NULL, NULL}, "monetary_agreement"},
	{{"loan", NULL, NULL}, "monetary_agreement"},
	{{"reschedul", NULL, NULL}, "monetary_agreement"},
	{{"credit", NULL, NULL}, "monetary_agreement"},
	{{"exchange", "rate", NULL}, "monetary_agreement"},
	{{"louvre", NULL, NULL}, "monetary_agreement"},
	{{"growth", "stability", NULL}, "monetary_agreement"},
	{{"stability", "pact", NULL}, "monetary_agreement"},
	{{"deficit", NULL, NULL}, "monetary_agreement"},
	{{"plaza", NULL, NULL}, "monetary_agreement"},
	{{"oil", NULL, NULL}, "energy_agreement"},
	{{"gas", NULL, NULL}, "energy_agreement"},
	{{"output", NULL, NULL}, "energy_agreement"},
	{{"production", NULL, NULL}, "energy_agreement"},
	{{"energy", NULL, NULL}, "energy_agreement"},
	/* after oil: "stabilise the dollar", not "18 dollars a barrel" */
	{{"dollar", NULL, NULL}, "monetary_agreement"},
	{{"trade", NULL, NULL}, "trade_agreement"},
	{{"tariff", NULL, NULL}, "trade_agreement"},
	{{"quota", NULL, NULL}, "trade_agreement"},
	{{"export", NULL, NULL}, "trade_agreement"},
	{{"import", NULL, NULL}, "trade_agreement"},
	{{"commodity", NULL, NULL}, "trade_agreement"},
	{{"coffee", NULL, NULL}, "trade_agreement"},
	{{"cocoa", NULL, NULL}, "trade_agreement"},
	{{"sugar", NULL, NULL}, "trade_agreement"},
	{{"rubber", NULL, NULL}, "trade_agreement"},
	{{"tin", NULL, NULL}, "trade_agreement"},
	{{"wheat", NULL, NULL}, "trade_agreement"},
	{{"fibre", NULL, NULL}, "trade_agreement"},
	{{"multi-fibre", NULL, NULL}, "trade_agreement"},
	{{"dumping", NULL, NULL}, "trade_agreement"},
	{{"semiconductor", NULL, NULL}, "trade_agreement"},
	{{"microchip", NULL, NULL}, "trade_agreement"},
	{{"chip", NULL, NULL}, "trade_agreement"},
	{{"buffer", "stock", NULL}, "trade_agreement"},
	{{"market", "access", NULL}, "trade_agreement"},
	{{"textile", NULL, NULL}, "trade_agreement"},
	{{"steel", NULL, NULL}, "trade_agreement"},
	/* a treaty of no more specific purpose is a treaty (GUIDE), general cooperation or not */
	{{"treaty", NULL, NULL}, "treaty"},
	{{"treaties", NULL, NULL}, "treaty"},
	{{"cooperation", NULL, NULL}, "cooperation_agreement"},
	{{NULL, NULL, NULL}, "cooperation_agreement"}
};

typedef struct domain_rule
{
	const char *prefix;
	const char *domain;
} domain_rule;

static const domain_rule domain_rules[] = {
	{"trade", "trade"}, {"commerc", "trade"}, {"tariff", "trade"}, {"export", "trade"},
	{"import", "trade"}, {"investment", "investment"}, {"invest", "investment"},
	{"energy", "energy"}, {"oil", "energy"}, {"gas", "energy"}, {"electricity", "energy"},
	{"logistic", "logistics"}, {"transport", "logistics"}, {"shipping", "logistics"},
	{"humanitarian", "humanitarian"}, {"military", "military"}, {"defence", "military"},
	{"defense", "military"}, {"weapon", "military"}, {"security", "security"},
	{"nuclear", "nuclear"}, {"technolog", "technology"}, {"financ", "finance"},
	{"banking", "finance"}, {"monetary", "finance"}, {"currenc", "finance"},
	{"agricultur", "agriculture"}, {"farm", "agriculture"}, {"grain", "agriculture"},
	{"health", "health"}, {"medical", "health"}, {"education", "education"},
	{"cultur", "culture"}, {"climate", "climate"}, {"emission", "climate"},
	{"migra", "migration"}, {"refugee", "migration"}, {"space", "space"},
	{"cyber", "cyber"}, {"intelligence", "intelligence"}, {NULL, NULL}
};

typedef struct status_rule
{
	const char *words[3];		/* consecutive words (prefix match on the last) */
	int			status;			/* index into gp_agreement_statuses */
} status_rule;

enum
{
	ST_PROPOSED, ST_PLANNED, ST_SIGNED, ST_RATIFIED, ST_IN_FORCE, ST_SUSPENDED, ST_TERMINATED
};

/*
 * "Under the agreement, ..." tells what an agreement says, which is said of a
 * new deal as often as of one in force: it means in force only when nothing
 * before it gave the agreement a status.
 */
#define ST_CONTENT (-3)

/*
 * Keeping to an agreement or breaking it ("abide by", "failed to honour",
 * "violating") says it is in force, negated or not.
 */
#define ST_OBSERVED (-4)

static const status_rule status_rules[] = {
	{{"entered", "into", "force"}, ST_IN_FORCE}, {{"came", "into", "force"}, ST_IN_FORCE},
	{{"enter", "into", "force"}, ST_PLANNED}, {{"took", "effect", NULL}, ST_IN_FORCE},
	{{"in", "force", NULL}, ST_IN_FORCE}, {{"in", "effect", NULL}, ST_IN_FORCE},
	{{"under", "the", NULL}, ST_CONTENT}, {{"existing", NULL, NULL}, ST_IN_FORCE},
	{{"current", NULL, NULL}, ST_IN_FORCE}, {{"expires", NULL, NULL}, ST_IN_FORCE},
	{{"expiring", NULL, NULL}, ST_IN_FORCE}, {{"renew", NULL, NULL}, ST_IN_FORCE},
	{{"extended", NULL, NULL}, ST_IN_FORCE}, {{"comply", NULL, NULL}, ST_OBSERVED},
	{{"complying", NULL, NULL}, ST_OBSERVED}, {{"complied", NULL, NULL}, ST_OBSERVED},
	{{"breach", NULL, NULL}, ST_OBSERVED}, {{"implement", NULL, NULL}, ST_IN_FORCE},
	{{"honour", NULL, NULL}, ST_OBSERVED}, {{"honor", NULL, NULL}, ST_OBSERVED},
	{{"abid", NULL, NULL}, ST_OBSERVED}, {{"violat", NULL, NULL}, ST_OBSERVED},
	{{"reneg", NULL, NULL}, ST_OBSERVED}, {{"adhere", NULL, NULL}, ST_OBSERVED},
	{{"adhering", NULL, NULL}, ST_OBSERVED},
	/* "planned changes in the pact": the changes are planned, the pact is in force */
	{{"changes", "to", NULL}, ST_OBSERVED}, {{"changes", "in", NULL}, ST_OBSERVED},
	{{"amendment", NULL, NULL}, ST_OBSERVED}, {{"revision", "of", NULL}, ST_OBSERVED},
	{{"reform", "of", NULL}, ST_OBSERVED}, {{"overhaul", "of", NULL}, ST_OBSERVED},
	{{"live", "up", NULL}, ST_OBSERVED},
	{{"living", "up", NULL}, ST_OBSERVED}, {{"lived", "up", NULL}, ST_OBSERVED},
	{{"by", "signing", NULL}, ST_SIGNED}, {{"after", "signing", NULL}, ST_SIGNED},
	{{"poised", "to", NULL}, ST_PLANNED}, {{"will", "sign", NULL}, ST_PLANNED},
	{{"to", "sign", NULL}, ST_PLANNED}, {{"to", "be", "signed"}, ST_PLANNED},
	{{"will", "be", "signed"}, ST_PLANNED}, {{"set", "to", NULL}, ST_PLANNED},
	{{"due", "to", NULL}, ST_PLANNED}, {{"signing", "ceremony", NULL}, ST_PLANNED},
	{{"ratified", NULL, NULL}, ST_RATIFIED}, {{"ratification", NULL, NULL}, ST_SIGNED},
	/* put to the vote, awaiting ratification: its text is concluded */
	{{"referendum", NULL, NULL}, ST_SIGNED}, {{"vote", "on", NULL}, ST_SIGNED},
	{{"suspended", NULL, NULL}, ST_SUSPENDED}, {{"suspend", NULL, NULL}, ST_SUSPENDED},
	{{"withdrew", NULL, NULL}, ST_TERMINATED}, {{"withdrawn", NULL, NULL}, ST_TERMINATED},
	{{"pulled", "out", NULL}, ST_TERMINATED}, {{"scrapped", NULL, NULL}, ST_TERMINATED},
	{{"terminated", NULL, NULL}, ST_TERMINATED}, {{"expired", NULL, NULL}, ST_TERMINATED},
	{{"collapsed", NULL, NULL}, ST_TERMINATED}, {{"abandoned", NULL, NULL}, ST_TERMINATED},
	{{"annulled", NULL, NULL}, ST_TERMINATED}, {{"tore", "up", NULL}, ST_TERMINATED},
	{{"signed", NULL, NULL}, ST_SIGNED}, {{"concluded", NULL, NULL}, ST_SIGNED},
	{{"signs", NULL, NULL}, ST_SIGNED}, {{"seals", NULL, NULL}, ST_SIGNED},
	{{"reached", NULL, NULL}, ST_SIGNED}, {{"struck", NULL, NULL}, ST_SIGNED},
	{{"sealed", NULL, NULL}, ST_SIGNED}, {{"agreed", NULL, NULL}, ST_SIGNED},
	{{"inked", NULL, NULL}, ST_SIGNED}, {{"clinched", NULL, NULL}, ST_SIGNED},
	{{"negotiat", NULL, NULL}, ST_PROPOSED}, {{"talks", NULL, NULL}, ST_PROPOSED},
	{{"reach", NULL, NULL}, ST_PROPOSED},	/* "failed to reach", "towards reaching" */
	{{"proposed", NULL, NULL}, ST_PROPOSED}, {{"proposal", NULL, NULL}, ST_PROPOSED},
	{{"propose", NULL, NULL}, ST_PROPOSED}, {{"discuss", NULL, NULL}, ST_PROPOSED},
	{{"seek", NULL, NULL}, ST_PROPOSED}, {{"sought", NULL, NULL}, ST_PROPOSED},
	{{"offered", NULL, NULL}, ST_PROPOSED}, {{"draft", NULL, NULL}, ST_PROPOSED},
	{{"planned", NULL, NULL}, ST_PLANNED}, {{"upcoming", NULL, NULL}, ST_PLANNED},
	/* an accord that acts is in force: "the Paris accord brought a pause", "the truce has held" */
	{{"brought", NULL, NULL}, ST_OBSERVED}, {{"has", "held", NULL}, ST_OBSERVED},
	{{"have", "held", NULL}, ST_OBSERVED},
	{{"impending", NULL, NULL}, ST_PLANNED}, {{"close", "to", NULL}, ST_PROPOSED},
	{{"closer", "to", NULL}, ST_PROPOSED},
	{{"headed", "for", NULL}, ST_PROPOSED}, {{"heading", "for", NULL}, ST_PROPOSED},
	{{"forthcoming", NULL, NULL}, ST_PLANNED}, {{"sign", NULL, NULL}, ST_PLANNED},
	{{"seal", NULL, NULL}, ST_PLANNED},
	{{NULL, NULL, NULL}, 0}
};

static const char *const negations[] = {
	"not", "never", "refused", "refuses", "refusal", "failed", "didn't", "did", "won't", "no",
	"rejected", "unwilling", "unwillingness", "reluctant", "reluctance", "declined", NULL
};
static const char *const hypotheticals[] = {
	"if", "would", "could", "might", "unless", "whether", "must", "should", "wants", "want",
	"hopes", "hope", NULL
};
static const char *const reporting_verbs[] = {
	"said", "says", "announced", "told", "reported", "stated", "added", NULL
};
/* before a verb: "should deal with the banks" */
static const char *const modals[] = {
	"should", "must", "will", "would", "can", "could", "may", "might", "shall", NULL
};
static const char *const definites[] = {
	"the", "this", "that", "these", "its", "their", "such", NULL
};

#define RECENT 8

typedef struct agreement_state
{
	gp_found_agreement *items;
	size_t		n;
	int			last;			/* the agreement spoken of last, or -1 */
	const char *text;
	gp_polity	recent[RECENT];	/* polities acting in earlier sentences, latest first */
	int			nrecent;
	gp_polity	pair[2];		/* the last two named together: "India and Pakistan" */
} agreement_state;

static void
remember(agreement_state *st, gp_polity p)
{
	int			k;

	if (p == 0)
		return;
	for (k = 0; k < st->nrecent && st->recent[k] != p; k++)
		;
	if (k == st->nrecent && st->nrecent < RECENT)
		st->nrecent++;
	if (k == RECENT)
		k = RECENT - 1;
	memmove(st->recent + 1, st->recent, (size_t) k * sizeof(gp_polity));
	st->recent[0] = p;
}

/* "the two countries", "both nations": the two polities spoken of last */
static bool
names_the_two(const gp_sentence *s, int at)
{
	static const char *const groups[] = {
		"countries", "nations", "governments", "sides", "states", "leaders", "presidents",
		"capitals", NULL
	};

	for (int w = 0; w + 1 < s->nwords; w++)
		if (s->clause[w] == s->clause[at] &&
			(gp_word_is(s, w, "two") || gp_word_is(s, w, "both")) && gp_word_in(s, w + 1, groups))
			return true;
	return false;
}

static int
kind_index(const char *name)
{
	return gp_vocab_find(gp_agreement_kinds, gp_agreement_nkinds, name, strlen(name));
}

/* A rank of specificity: the lower, the more specific. */
static int
kind_rank(int kind)
{
	const char *name = kind >= 0 && kind < (int) gp_agreement_nkinds ? gp_agreement_kinds[kind] : "";

	for (size_t r = 0; r < sizeof(kind_rules) / sizeof(kind_rules[0]); r++)
		if (strcmp(kind_rules[r].kind, name) == 0)
			return (int) r;
	return 1000;
}

/* The first letter of word w in lower case: a cheap test before a comparison. */
static inline char
first_letter(const gp_sentence *s, int w)
{
	char		c = s->text[s->words[w].start];

	return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
}

static bool
near_word(const gp_sentence *s, int from, int to, const char *prefix)
{
	for (int i = from < 0 ? 0 : from; i <= to && i < s->nwords; i++)
		if (first_letter(s, i) == prefix[0] && gp_word_starts(s, i, prefix) &&
			/* "in defence of the agreement" defends it: no defence pact */
			!(gp_word_starts(s, i, "defen") && gp_word_is(s, i + 1, "of")))
			return true;
	return false;
}

/* The kind the words around the noun at word i say. */
static int
kind_near(const gp_sentence *s, int i)
{
	/* "a truce in the deficit battle", "a trade truce": a truce of words, not arms */
	bool		figurative = near_word(s, i - 4, i + 10, "deficit") ||
		near_word(s, i - 4, i + 10, "budget") || near_word(s, i - 4, i + 10, "trade") ||
		near_word(s, i - 4, i + 10, "tariff") || near_word(s, i - 4, i + 10, "price");

	for (size_t r = 0; r < sizeof(kind_rules) / sizeof(kind_rules[0]); r++)
	{
		const kind_rule *k = &kind_rules[r];
		bool		all = true;

		if (figurative && strcmp(k->kind, "ceasefire") == 0)
			continue;
		/* "output" and "production" of oil or gas, not of milk or steel */
		if (k->words[0] &&
			(strcmp(k->words[0], "output") == 0 || strcmp(k->words[0], "production") == 0) &&
			!(near_word(s, 0, s->nwords, "oil") || near_word(s, 0, s->nwords, "crude") ||
			  near_word(s, 0, s->nwords, "petroleum") || near_word(s, 0, s->nwords, "gas") ||
			  near_word(s, 0, s->nwords, "barrel") || near_word(s, 0, s->nwords, "opec")))
			continue;
		for (int w = 0; w < 3 && k->words[w] && all; w++)
			all = near_word(s, i - 4, i + 3, k->words[w]);
		/*
		 * the purpose after the noun: "an agreement to cut oil output", "an
		 * agreement that called on Japan to stop selling cut-price microchips"
		 */
		if (!all && k->words[0] && !k->words[1] &&
			(gp_word_is(s, i + 1, "to") || gp_word_is(s, i + 1, "on") || gp_word_is(s, i + 1, "for")))
			all = near_word(s, i + 2, i + 8, k->words[0]);
		if (!all && k->words[0] && !k->words[1] &&
			(gp_word_is(s, i + 1, "that") || gp_word_is(s, i + 1, "which")))
			all = near_word(s, i + 2, i + 14, k->words[0]);
		if (all)
			return kind_index(k->kind);
	}
	return kind_index("cooperation_agreement");
}

/*
 * The status a verb near word i gives, -1 when none; negated and
 * hypothetical statements give none.
 */
/* Is word w nearer to noun i than to any other agreement noun of the sentence? */
static bool
nearest_noun(const gp_sentence *s, int w, int i)
{
	int			d = w > i ? w - i : i - w;

	for (int k = 0; k < s->nwords; k++)
		if (k != i && gp_word_in(s, k, agreement_nouns) && (w > k ? w - k : k - w) < d &&
			!(k == i + 1 || k == i - 1))	/* "partnership treaty" is one noun */
			return false;
	return true;
}

#define ST_DENIED (-2)			/* the nearest verb is negated or hypothetical */

/* The status of the rule that matches the words from w on, or NO_STATUS. */
#define NO_STATUS (-100)

static int
status_word_at(const gp_sentence *s, int w)
{
	char		c = first_letter(s, w);

	for (const status_rule *r = status_rules; r->words[0]; r++)
	{
		int			len = 0;
		bool		ok = true;

		if (r->words[0][0] != c)
			continue;

		while (len < 3 && r->words[len])
			len++;
		for (int k = 0; k < len && ok; k++)
			ok = k == len - 1 ? gp_word_starts(s, w + k, r->words[k]) :
				gp_word_is(s, w + k, r->words[k]);
		if (ok)
			return r->status;
	}
	return NO_STATUS;
}

/* Does a verb of another status stand between word at and the verb at verb_at? */
static bool
verb_between(const gp_sentence *s, int at, int verb_at)
{
	int			own = status_word_at(s, verb_at);

	int			from = at < verb_at ? at : verb_at,
				to = at < verb_at ? verb_at : at;

	for (int w = from + 1; w < to; w++)
	{
		int			other = status_word_at(s, w);

		if (other != NO_STATUS && other != own)
			return true;
	}
	return false;
}

/* Does "when" open a clause between words from and to? */
static bool
when_between(const gp_sentence *s, int from, int to)
{
	for (int w = from + 1; w < to; w++)
		if (gp_word_is(s, w, "when"))
			return true;
	return false;
}

/*
 * Does a subordinate clause open between words from and to?  "Congress could
 * approve it because Egypt has signed a treaty": the "could" is not the
 * signing's.
 */
static bool
subordinate_between(const gp_sentence *s, int from, int to)
{
	static const char *const openers[] = {
		"because", "since", "which", "who", "after", "as", "when", NULL
	};

	for (int w = from + 1; w < to; w++)
		if (gp_word_in(s, w, openers))
			return true;
	return false;
}

static int
status_near(const gp_sentence *s, int i, int *verb_at)
{
	int			best = -1,
				best_dist = 1000;

	for (int w = 0; w < s->nwords; w++)
	{
		if (s->clause[w] != s->clause[i] && (w < i - 10 || w > i + 10))
			continue;			/* the noun's clause, or near it */
		if (status_word_at(s, w) == NO_STATUS)
			continue;			/* no status word starts here: the common case */
		if (!nearest_noun(s, w, i))
			continue;			/* another agreement's verb */
		if (w > i && when_between(s, i, w))
			continue;			/* "the accord ... a meeting when nations agreed": another event */
		for (const status_rule *r = status_rules; r->words[0]; r++)
		{
			int			len = 0;
			bool		ok = true;
			int			dist,
						status = r->status;

			while (len < 3 && r->words[len])
				len++;
			for (int k = 0; k < len && ok; k++)
				ok = k == len - 1 ? gp_word_starts(s, w + k, r->words[k]) :
					gp_word_is(s, w + k, r->words[k]);
			if (!ok)
				continue;
			/* an accord that acts is its verb's subject: "the accord (also) brought" */
			if ((gp_word_is(s, w, "brought") || gp_word_is(s, w + 1, "held")) &&
				!(w > i && w - i <= 3))
				break;
			/* the distance from the rule's last word: "by signing" beats "signing" */
			dist = w + len - 1 > i ? w + len - 1 - i : i - w - len + 1;
			/* a headline's present tense, right after its subject: "Egypt and Israel sign trade deal" */
			if ((gp_word_is(s, w, "sign") || gp_word_is(s, w, "seal")) && w > 0 &&
				s->mention[w - 1] >= 0 &&
				s->mentions->items[s->mention[w - 1]].kind == GP_MK_COUNTRY)
				status = ST_SIGNED;
			/* negated or hypothetical: this verb says the agreement is not (yet) made */
			if (r->status == ST_OBSERVED)
				;				/* "not abiding by the accord": it is in force */
			else if (gp_word_in(s, w - 1, negations) || gp_word_in(s, w - 2, negations))
				ok = false;
			for (int k = 0; k < w && ok; k++)
				if (gp_word_in(s, k, hypotheticals) && status >= ST_PLANNED &&
					!subordinate_between(s, k, w))
					ok = false;
			if (dist < best_dist)
			{
				best = ok ? status : ST_DENIED;
				best_dist = dist;
				*verb_at = w;
			}
			break;
		}
	}
	return best;
}

/* A bloc or an organisation: a party that may stand alone (an OPEC output accord). */
static bool
is_bloc(const gp_catalog *cat, gp_polity p)
{
	const gp_polity_info *info = cat ? gp_catalog_find(cat, p) : NULL;

	return info && (info->kind == GP_KIND_BLOC || info->kind == GP_KIND_ORGANISATION);
}

static void
add_party(gp_polity *parties, int *n, gp_polity p)
{
	if (p == 0)
		return;
	for (int i = 0; i < *n; i++)
		if (parties[i] == p)
			return;
	if (*n < GP_EXTRACT_MAX_PARTIES)
		parties[(*n)++] = p;
}

/*
 * Is word w a city alone before an agreement's name, naming where it was
 * made: "the Paris accord", "the Oslo accords"?  "The Moscow-Tehran treaty"
 * names two parties.
 */
static bool
names_the_venue(const gp_sentence *s, int w)
{
	return w >= 0 && s->mention[w] >= 0 &&
		s->mentions->items[s->mention[w]].kind == GP_MK_METONYM &&
		(w == 0 || (s->mention[w - 1] < 0 && !gp_word_is(s, w - 1, "and") &&
					!gp_word_is(s, w - 1, "s")));
}

/* Polities written into the noun phrase before word i: "the Iran-Russia partnership". */
static void
parties_before(const gp_sentence *s, int i, gp_polity *parties, int *n)
{
	int			w = i - 1;

	/* modifiers between the polities and the noun */
	while (w >= 0 && w > i - 5 && s->mention[w] < 0 &&
		   (gp_word_starts(s, w, "trade") || gp_word_starts(s, w, "strategic") ||
			gp_word_starts(s, w, "comprehensive") || gp_word_starts(s, w, "partnership") ||
			gp_word_starts(s, w, "peace") || gp_word_starts(s, w, "defen") ||
			gp_word_starts(s, w, "security") || gp_word_starts(s, w, "cooperation") ||
			gp_word_starts(s, w, "investment") || gp_word_starts(s, w, "free") ||
			gp_word_starts(s, w, "bilateral") || gp_word_starts(s, w, "nuclear") ||
			gp_word_starts(s, w, "economic") || gp_word_starts(s, w, "military") ||
			gp_word_is(s, w, "talks")))
		w--;
	/* the words of a name: "the European Union's Stability and Growth Pact"; not a headline's "PACT" */
	if (gp_word_capitalised(s, i) && s->words[i].end - s->words[i].start > 1 &&
		!(s->text[s->words[i].start + 1] >= 'A' && s->text[s->words[i].start + 1] <= 'Z'))
		while (w >= 0 && w > i - 7 && s->mention[w] < 0 &&
			   (gp_word_capitalised(s, w) || gp_word_is(s, w, "and") || gp_word_is(s, w, "of")))
			w--;
	/* the possessive of "Russia's treaty", a word of its own */
	if (w > 0 && gp_word_is(s, w, "s") && s->mention[w - 1] >= 0)
		w--;
	if (names_the_venue(s, w))
		return;
	while (w >= 0 && s->mention[w] >= 0)
	{
		add_party(parties, n, gp_word_polity(s, w));
		w = gp_mention_first_word(s, w) - 1;
		if (w >= 0 && (gp_word_is(s, w, "and") || gp_word_is(s, w, "or")))
			w--;
	}
}

/* "the accord reached by OPEC": by whom it was made, not "backed by" or "brokered by" */
static const char *const made_by[] = {
	"reached", "signed", "agreed", "concluded", "struck", "sealed", "made", "adopted", NULL
};

/* Words between a preposition and its polity: "by the so-called Paris Club" */
static bool
filler(const gp_sentence *s, int w)
{
	return gp_word_is(s, w, "and") || gp_word_is(s, w, "the") || gp_word_is(s, w, "of") ||
		(gp_word_is(s, w, "so") && gp_word_is(s, w + 1, "called")) ||
		(gp_word_is(s, w, "called") && gp_word_is(s, w - 1, "so"));
}

/* Does a bloc or organisation follow word w ("in the Paris Club")? */
static bool
forum_after(const gp_sentence *s, int w)
{
	for (int k = w + 1; k <= w + 4 && k < s->nwords; k++)
		if (s->mention[k] >= 0)
			return is_bloc(s->cat, gp_word_polity(s, k));
		else if (!filler(s, k))
			break;
	return false;
}

/*
 * "with X", "between X and Y", "among X, Y and Z" after word i, and the
 * subject of a relative clause before "with": "the agreement Russia signed
 * with North Korea".
 */
static void
parties_after(const gp_sentence *s, int i, gp_polity *parties, int *n)
{
	/* "a truce in its battle with France": the other side of the battle */
	static const char *const conflicts[] = {
		"battle", "dispute", "row", "war", "fight", "conflict", "standoff", "feud",
		"quarrel", "clash", NULL
	};

	/* "a deal on China-UK tourism": a joined pair names the two sides */
	if (gp_word_is(s, i + 1, "on") || gp_word_is(s, i + 1, "over"))
	{
		int			a = gp_word_is(s, i + 2, "the") ? i + 3 : i + 2,
					b;

		if (a < s->nwords && s->mention[a] >= 0 && gp_mention_first_word(s, a) == a)
		{
			for (b = a; b + 1 < s->nwords && s->mention[b + 1] == s->mention[a]; b++)
				;
			if (b + 1 < s->nwords && s->mention[b + 1] >= 0 &&
				s->words[b + 1].start == s->words[b].end + 1 && s->text[s->words[b].end] == '-')
			{
				add_party(parties, n, gp_word_polity(s, a));
				add_party(parties, n, gp_word_polity(s, b + 1));
				return;
			}
		}
	}
	for (int w = i + 1; w < s->nwords && w <= i + 4; w++)
	{
		if (gp_word_in(s, w, conflicts))
			return;
		if (gp_word_is(s, w, "with") || gp_word_is(s, w, "between") || gp_word_is(s, w, "among") ||
			/* "the accord reached by OPEC", "reached in the Paris Club" */
			(gp_word_is(s, w, "by") && (w == i + 1 || gp_word_in(s, w - 1, made_by))) ||
			(gp_word_is(s, w, "in") && forum_after(s, w)))
		{
			for (int k = i + 1; k < w; k++)
				if (s->mention[k] >= 0)
					add_party(parties, n, gp_word_polity(s, k));
			for (int k = w + 1; k < s->nwords && k <= w + 12; k++)
			{
				if (s->mention[k] >= 0)
					add_party(parties, n, gp_word_polity(s, k));
				else if (!filler(s, k))
					break;
			}
			return;
		}
	}
}

/*
 * The polities acting in the clause of word at: not places, not groups, not
 * "in X", not those written into another agreement noun.
 */
/*
 * Do clauses c and c + 1 meet at the comma of a list of polities ("Bulgaria,
 * Albania and Macedonia", "Japan, the U.S. and West Germany", "France, and
 * Japan")?
 */
static bool
list_comma(const gp_sentence *s, int c)
{
	for (int w = 1; w < s->nwords; w++)
		if (s->clause[w] == c + 1 && s->clause[w - 1] == c)
			return s->mention[w - 1] >= 0 &&
				(s->mention[w] >= 0 ||
				 ((gp_word_is(s, w, "the") || gp_word_is(s, w, "and")) && s->mention[w + 1] >= 0) ||
				 (gp_word_is(s, w, "and") && gp_word_is(s, w + 1, "the") && s->mention[w + 2] >= 0));
	return false;
}

/* Before a polity, these make it no subject: "exports to Spain", "aid from Japan". */
static const char *const prepositions[] = {
	"to", "from", "in", "into", "for", "against", "on", "at", "over", NULL
};

/* "OPEC's biggest producer", "the EU's newest member": apposition */
static const char *const apposition_words[] = {
	"largest", "biggest", "second-biggest", "second-largest", "third-largest", "top",
	"leading", "main", "newest", "oldest", "fellow", "member", "founding", "closest",
	"strongest", "poorest", "richest", "second", "third", "former", "colonial", "neighbour",
	"neighbor", "ally", NULL
};

/*
 * Does the organisation at word w, ending before word next, host the talks
 * ("a United Nations conference", "UN-sponsored talks")?  A body that makes
 * agreements of its own (OPEC, the IMF: data/blocs.tsv, column agreements)
 * takes part in its conferences; a forum like the UN does not.
 */
static bool
hosts(const gp_sentence *s, int w, int next)
{
	static const char *const hosting[] = {
		"conference", "conferences", "sponsored", "brokered", "backed", "mediated", NULL
	};
	const gp_polity_info *p = s->cat ? gp_catalog_find(s->cat, gp_word_polity(s, w)) : NULL;

	return p && p->kind == GP_KIND_ORGANISATION && !(p->agreements && *p->agreements) &&
		gp_word_in(s, next, hosting);
}

/*
 * Is the polity at word w, or the list it ends, compared with or left out:
 * "better than Mexico's", "all members except Zaire and Australia"?
 */
static bool
left_out(const gp_sentence *s, int w)
{
	static const char *const excluding[] = {"than", "unlike", "except", "excluding", NULL};
	int			k = w - 1;

	while (k >= 0 && (s->mention[k] >= 0 || gp_word_is(s, k, "and") || gp_word_is(s, k, "or") ||
					  gp_word_is(s, k, "the")))
		k--;
	return gp_word_in(s, k, excluding) || (gp_word_is(s, k, "for") && gp_word_is(s, k - 1, "except"));
}

/*
 * Does the polity at word w only report or judge what another does: "U.S.
 * Treasury Secretary Baker said Brazil will strike an agreement"?  Its
 * verb follows in the clause, and another polity acts after it.
 */
static bool
speaker(const gp_sentence *s, int w)
{
	/* who says or judges what others do: "Blair hailed a deal bringing Turkey closer to the EU" */
	static const char *const commenting[] = {
		"said", "says", "told", "added", "hailed", "welcomed", "praised", "criticised",
		"criticized", "condemned", "denounced", NULL
	};

	for (int r = w + 1; r < s->nwords && r <= w + 7 && s->clause[r] == s->clause[w]; r++)
	{
		if (gp_word_in(s, r, agreement_nouns))
			return false;
		if (gp_word_in(s, r, commenting))
		{
			for (int k = r + 1; k < s->nwords && s->clause[k] == s->clause[w]; k++)
			{
				int			before = gp_word_is(s, k - 1, "the") ? k - 2 : k - 1;

				/* the next polity acting, not "remarks by U.S. officials" */
				if (s->mention[k] >= 0 && gp_word_polity(s, k) != 0 &&
					gp_word_polity(s, k) != gp_word_polity(s, w))
					return !gp_word_in(s, before, prepositions) && !gp_word_is(s, before, "by") &&
						!gp_word_is(s, before, "of") && !gp_word_is(s, before, "with");
			}
			return false;
		}
	}
	return false;
}

static void
clause_parties(const gp_sentence *s, int at, gp_polity *parties, int *n)
{
	int			lo = s->clause[at],
				hi = s->clause[at];

	while (lo > 0 && list_comma(s, lo - 1))
		lo--;
	while (hi < s->clause[s->nwords - 1] && list_comma(s, hi))
		hi++;
	/* parties already taken by another reference are left to it by the caller */
	for (int w = 0; w < s->nwords; w++)
	{
		int			first,
					next;

		if (s->mention[w] < 0 || s->clause[w] < lo || s->clause[w] > hi)
			continue;
		/* "the North Korea agreement" elsewhere in the clause */
		for (next = w + 1; next < s->nwords && s->mention[next] == s->mention[w]; next++)
			;
		if (next < s->nwords && gp_word_in(s, next, agreement_nouns) &&
			(next != at || names_the_venue(s, w)))
			continue;
		first = gp_mention_first_word(s, w);
		if (first != w)
			continue;
		/* "Iran, Opec's second-biggest producer": a description, not an actor */
		if (gp_word_is(s, next, "s") && gp_word_in(s, next + 1, apposition_words))
			continue;
		/* "a deal backed by the United States", "brokered by Qatar": a third party */
		{
			int			by = gp_word_is(s, w - 1, "the") ? w - 2 : w - 1;

			if (gp_word_is(s, by, "by") && !gp_word_in(s, by - 1, made_by))
				continue;
		}
		/* "a United Nations conference on a rubber pact": the forum hosts it */
		if (hosts(s, w, next))
			continue;
		if (left_out(s, w))
			continue;
		/* "in Moscow" is a place, but "reached in OPEC" names the forum that agreed */
		{
			int			last = w;
			int			before;

			while (last + 1 < s->nwords && s->mention[last + 1] == s->mention[w])
				last++;
			/* "in the Netherlands", but not "in the Iran-Iraq war" */
			before = gp_word_is(s, w - 1, "the") && s->mention[last + 1] < 0 ? w - 2 : w - 1;

			if (((gp_word_is(s, before, "in") || gp_word_is(s, before, "into")) &&
				 !is_bloc(s->cat, gp_word_polity(s, w))) ||
				gp_word_is(s, w - 1, "against") || gp_word_is(s, w - 1, "on") ||
				gp_word_is(s, w - 1, "from"))
				continue;
		}
		if (speaker(s, w))
			continue;
		add_party(parties, n, gp_word_polity(s, w));
	}
}

static bool
same_parties(const gp_found_agreement *f, const gp_polity *p, int n)
{
	if ((int) f->ag.nparties != n)
		return false;
	for (int i = 0; i < n; i++)
	{
		bool		found = false;

		for (uint32_t j = 0; j < f->ag.nparties; j++)
			found |= f->parties[j] == p[i];
		if (!found)
			return false;
	}
	return true;
}

static bool
has_party(const gp_found_agreement *f, gp_polity p)
{
	for (uint32_t j = 0; j < f->ag.nparties; j++)
		if (f->parties[j] == p)
			return true;
	return false;
}

/*
 * The agreement among parties p, found before or new.  A bloc's constitution
 * is one agreement and its other accords another ("the stability pact" and
 * "the European constitution" are two rows).
 */
static int
find_or_add_of(agreement_state *st, const gp_polity *p, int n, const gp_sentence *s, int kind,
			   bool constitution)
{
	gp_found_agreement *f;

	for (size_t i = 0; i < st->n; i++)
		if (same_parties(&st->items[i], p, n) && st->items[i].constitution == constitution)
			return (int) i;
	if (st->n == MAX_AGREEMENTS)
		return -1;
	f = &st->items[st->n];
	memset(f, 0, sizeof(*f));
	memcpy(f->parties, p, sizeof(gp_polity) * (size_t) n);
	f->ag.nparties = (uint32_t) n;
	f->ag.kind = kind;
	f->ag.status = -1;
	f->constitution = constitution;
	f->evidence_start = s->span.start;
	f->evidence_end = s->span.end;
	return (int) st->n++;
}

static int
find_or_add(agreement_state *st, const gp_polity *p, int n, const gp_sentence *s, int kind)
{
	return find_or_add_of(st, p, n, s, kind, false);
}

/*
 * Does word w name a field of cooperation of the agreement at noun: right
 * before the noun ("trade agreement"), or after "cooperation in",
 * "covering", "including" ..., or before "cooperation"?
 */
static bool
domain_context(const gp_sentence *s, int w, int noun)
{
	static const char *const triggers[] = {
		"cooperation", "covering", "covers", "cover", "including", "includes", "include",
		"involving", "fields", "areas", "spheres", "sectors", "on", NULL
	};

	if (w < noun && w >= noun - 3)
		return true;
	for (int k = w - 6; k < w; k++)
		if (k >= 0 && s->clause[k] == s->clause[w] && gp_word_in(s, k, triggers) &&
			!gp_word_is(s, k, "on"))
			return true;
	return gp_word_starts(s, w + 1, "cooperation") || gp_word_starts(s, w + 2, "cooperation");
}

/*
 * The domains and clauses the evidence names: from the noun's clause to the
 * next agreement noun ("cooperation in trade, investment, logistics").
 */
static void
collect_domains(gp_found_agreement *f, const gp_sentence *s, int noun)
{
	int			from = noun,
				to = s->nwords;
	bool		in_list = false;

	while (from > 0 && s->clause[from - 1] == s->clause[noun])
		from--;
	for (int k = noun + 2; k < s->nwords; k++)
		if (gp_word_in(s, k, agreement_nouns))
		{
			to = k;
			while (to > noun && s->clause[to - 1] == s->clause[k])
				to--;
			break;
		}
	for (int w = from; w < to; w++)
	{
		int			bit = -1;

		for (const domain_rule *d = domain_rules; d->prefix && bit < 0; d++)
			if (gp_word_starts(s, w, d->prefix) &&
				/* "militaristic" is no domain: a prefix must be most of the word */
				s->words[w].end - s->words[w].start <= strlen(d->prefix) + 4)
				bit = gp_vocab_find(gp_agreement_domains, gp_agreement_ndomains,
									d->domain, strlen(d->domain));
		if (bit >= 0 && (in_list || domain_context(s, w, noun)))
		{
			f->ag.domains |= 1u << bit;
			in_list = true;		/* "trade, investment, logistics and ..." */
		}
		else if (!(gp_word_is(s, w, "and") || gp_word_is(s, w, "or") ||
				   gp_word_is(s, w, "as") || gp_word_is(s, w, "well")))
			in_list = false;
		if (gp_word_is(s, w, "mutual") &&
			(gp_word_starts(s, w + 1, "defen") || gp_word_is(s, w + 1, "assistance") ||
			 (gp_word_is(s, w + 1, "military") && gp_word_is(s, w + 2, "assistance"))))
		{
			f->ag.clauses |= 1u << gp_vocab_find(gp_agreement_clauses, gp_agreement_nclauses,
												  "mutual_defence", 14);
			f->ag.domains |= 1u << gp_vocab_find(gp_agreement_domains, gp_agreement_ndomains,
												  "military", 8);
		}
	}
}

static void
merge_sentence(agreement_state *st, int idx, const gp_sentence *s, int noun, int kind,
			   bool similar, gp_date published)
{
	gp_found_agreement *f = &st->items[idx];
	int			verb_at = noun;
	int			status = status_near(s, noun, &verb_at);
	gp_fuzzy_date dates[8];
	int			at[8];
	int			ndates = gp_find_dates(s->text, s->words, s->nwords, published, dates, at, 8);

	if (kind_rank(kind) < kind_rank(f->ag.kind))
		f->ag.kind = kind;
	if (similar && st->last >= 0 && st->last != idx)
		f->ag.kind = st->items[st->last].ag.kind;
	if (status == ST_DENIED)
	{
		f->denied = true;
		status = -1;
	}
	if (status == ST_CONTENT)
		status = f->ag.status < 0 ? ST_IN_FORCE : -1;
	/* the date near "abiding by" is one of complaint, not of entry into force */
	if (status == ST_OBSERVED)
	{
		status = ST_IN_FORCE;
		ndates = 0;
	}
	/* "an accord with the IMF could help": one supposed, not made */
	for (int w = noun + 1; status < 0 && w <= noun + 5 && w < s->nwords; w++)
		if (s->clause[w] == s->clause[noun] &&
			(gp_word_is(s, w, "could") || gp_word_is(s, w, "would") ||
			 gp_word_is(s, w, "might")))
			f->denied = true;
	/* "any agreement", "no agreement": one not (yet) made */
	for (int w = noun - 4; w < noun; w++)
		if (w >= 0 && s->clause[w] == s->clause[noun] &&
			(gp_word_is(s, w, "any") || gp_word_is(s, w, "no")))
		{
			f->denied = true;
			/* "there is no treaty between them": none, unless talks are spoken of */
			f->absent |= gp_word_is(s, w, "no") && w >= noun - 2 && !f->status_seen;
		}
	if (status >= 0 && status >= f->ag.status)
	{
		int			best = -1,
					best_dist = 1000;

		/* the date nearest the verb goes with the status, not a date of saying */
		for (int d = 0; d < ndates; d++)
		{
			int			dist = at[d] > verb_at ? at[d] - verb_at : verb_at - at[d];
			bool		said = false;

			for (int k = at[d] - 3; k < at[d]; k++)
				said |= gp_word_in(s, k, reporting_verbs);
			/* "waived interest until 1989": a term, not the date it was made */
			said |= gp_word_is(s, at[d] - 1, "until") || gp_word_is(s, at[d] - 1, "till") ||
				gp_word_is(s, at[d] - 1, "through");
			/* "signed last October and due to come into force in 2006" */
			if (said || verb_between(s, at[d], verb_at))
				continue;

			if (dist < best_dist)
			{
				best = d;
				best_dist = dist;
			}
		}
		if (status > f->ag.status || best >= 0)
		{
			f->ag.status = status;
			f->status_seen = true;
			if (best >= 0)
			{
				int			slot = status >= ST_SUSPENDED ? GP_DATE_ENDED :
					status == ST_IN_FORCE ? GP_DATE_IN_FORCE : GP_DATE_SIGNED;

				memset(f->ag.dates, 0, sizeof(f->ag.dates));
				f->ag.dates[slot] = dates[best];
			}
		}
	}
	collect_domains(f, s, noun);
	f->sentences++;
	st->last = idx;
}

/* "agreed to talk": an agreement only to keep talking is none (GUIDE) */
static const char *const talk_verbs[] = {
	"talk", "hold", "meet", "continue", "resume", "discuss", "consider", "study",
	"negotiate", "work", "cooperate", "keep", "review", "examine", "explore", "look",
	"seek", "set", "begin", "start", "reopen", NULL
};

/*
 * "The United States, Japan ... and Canada agreed at the summit to use ...":
 * an agreement made with a verb and no agreement noun; its parties are the
 * polities before the verb.  Not "agreed that" (an opinion), "agreed with"
 * (a view shared), a passive, or an agreement to keep talking.  Returns the
 * word its purpose starts at ("to" or "on"), or -1.
 */
static int
verb_agreement(const gp_sentence *s, int i, gp_polity *parties, int *n)
{
	int			purpose = -1;

	/* "it agreed to pay more": one that agrees alone is a company or a side, not two states */
	if (!gp_word_is(s, i, "agreed") || gp_word_in(s, i - 1, negations) || gp_speaks_of_companies(s) ||
		gp_word_is(s, i - 1, "it") || gp_word_is(s, i - 1, "he") || gp_word_is(s, i - 1, "she") ||
		gp_word_is(s, i - 1, "was") || gp_word_is(s, i - 1, "been") ||
		gp_word_is(s, i - 1, "be") || gp_word_is(s, i - 1, "is"))
		return -1;
	for (int k = i + 1; k < s->nwords && k <= i + 7; k++)
	{
		if (gp_word_in(s, k, agreement_nouns) || gp_word_is(s, k, "that") ||
			gp_word_is(s, k, "with"))
			return -1;
		if (gp_word_is(s, k, "to") || (k == i + 1 && gp_word_is(s, k, "on")))
		{
			purpose = k;
			break;
		}
	}
	/* "agreed to cooperate to hold currencies" has a substance, "agreed to cooperate" none */
	if (purpose < 0 || (gp_word_in(s, purpose + 1, talk_verbs) &&
						!((gp_word_is(s, purpose + 1, "cooperate") ||
						   gp_word_is(s, purpose + 1, "work")) &&
						  (gp_word_is(s, purpose + 2, "to") || gp_word_is(s, purpose + 2, "on")))))
		return -1;
	*n = 0;
	for (int w = 0; w < i; w++)
	{
		int			next = w + 1;

		if (s->mention[w] < 0 || gp_mention_first_word(s, w) != w ||
			gp_word_is(s, w - 1, "in") || gp_word_is(s, w - 1, "from") ||
			gp_word_is(s, w - 1, "against") || gp_word_is(s, w - 1, "on") || left_out(s, w))
			continue;
		while (next < s->nwords && s->mention[next] == s->mention[w])
			next++;
		/* "Belgium, Zaire's former colonial ruler": Zaire describes Belgium */
		if (gp_word_is(s, next, "s") && gp_word_in(s, next + 1, apposition_words))
			continue;
		/* "fellow OPEC member Venezuela": Venezuela acts, OPEC describes it */
		if (gp_word_is(s, next, "member") && next + 1 < s->nwords && s->mention[next + 1] >= 0)
			continue;
		/* "as part of the Paris accord, Japan agreed": where another accord was made */
		if (gp_word_in(s, next, agreement_nouns) && names_the_venue(s, w))
			continue;
		add_party(parties, n, gp_word_polity(s, w));
	}
	return purpose;
}

/*
 * "EC trade agreements with Tunisia, Egypt and Morocco": one agreement of
 * the side before the plural noun with each polity after it.
 */
static bool
bilateral_each(agreement_state *st, const gp_sentence *s, int i, gp_polity side,
			   gp_date published)
{
	gp_polity	others[GP_EXTRACT_MAX_PARTIES];
	int			n = 0,
				kind;

	parties_after(s, i, others, &n);
	if (n < 2)
		return false;
	kind = kind_near(s, i);
	for (int k = 0; k < n; k++)
	{
		gp_polity	pair[2] = {side, others[k]};
		int			idx;

		if (others[k] == side)
			continue;
		idx = find_or_add(st, pair, 2, s, kind);
		if (idx >= 0)
			merge_sentence(st, idx, s, i, kind, false, published);
	}
	return true;
}

/*
 * A bloc's constitution is a treaty among its members ("the EU constitution",
 * "the treaty establishing a constitution for the European Union"), and "the
 * constitution" later in the text is that treaty.  A state's constitution is
 * domestic law, no agreement.
 */
static bool
constitution_reference(agreement_state *st, const gp_sentence *s, int i, gp_date published)
{
	gp_polity	parties[GP_EXTRACT_MAX_PARTIES];
	int			n = 0,
				idx = -1;

	parties_before(s, i, parties, &n);
	/* "the European constitution": the treaty of the European Union */
	if (n == 0 && gp_word_is(s, i - 1, "european") && gp_code_pack("EU", 2, &parties[0]))
		n = 1;
	/* "a constitution for the European Union" */
	if (n == 0 && gp_word_is(s, i + 1, "for"))
		for (int k = i + 2; k <= i + 4 && k < s->nwords && n == 0; k++)
			if (s->mention[k] >= 0)
				add_party(parties, &n, gp_word_polity(s, k));
	if (n == 1 && is_bloc(s->cat, parties[0]))
		idx = find_or_add_of(st, parties, n, s, kind_index("treaty"), true);
	else if (n == 0 && (gp_word_is(s, i - 1, "the") || gp_word_is(s, i - 1, "this")))
		for (int k = (int) st->n - 1; k >= 0 && idx < 0; k--)
			if (st->items[k].constitution)
				idx = k;
	if (idx < 0)
		return false;
	merge_sentence(st, idx, s, i, kind_index("treaty"), false, published);
	return true;
}

/*
 * "The U.S. threatened tariffs in retaliation for Japan's failure to keep a
 * pact": one state alone in the noun's clause, and one other acting in
 * another clause of the sentence make the two sides; not a polity of a
 * clause that only says so ("U.S. officials said") or that speaks of
 * another agreement ("an accord with Peru, and a deal with Chile",
 * "loans agreed with Chile").
 */
/*
 * Is p named in the sentence as a state, not only by an adjective or as "of
 * p"; acting, not after a preposition ("over London interbank rates")?
 */
static bool
named_as_state(const gp_sentence *s, gp_polity p, bool acting)
{
	for (int w = 0; w < s->nwords; w++)
	{
		const gp_mention *m;
		int			before;

		if (s->mention[w] < 0 || gp_mention_first_word(s, w) != w || gp_word_polity(s, w) != p)
			continue;
		m = &s->mentions->items[s->mention[w]];
		before = gp_word_is(s, w - 1, "the") ? w - 2 : w - 1;
		/* a subject or an object, not "over London interbank rates" */
		if (m->kind != GP_MK_DEMONYM && !gp_word_is(s, before, "of") &&
			!(acting && gp_word_in(s, before, prepositions)))
			return true;
	}
	return false;
}

/* Is p the object of "with" in clause c ("agreed with Chile")? */
static bool
with_object(const gp_sentence *s, int c, gp_polity p)
{
	for (int w = 1; w < s->nwords; w++)
		if (s->clause[w] == c && gp_word_polity(s, w) == p &&
			(gp_word_is(s, w - 1, "with") || (gp_word_is(s, w - 1, "the") && gp_word_is(s, w - 2, "with"))))
			return true;
	return false;
}

static void
other_side(const gp_sentence *s, int noun, const bool *bound, gp_polity *parties, int *n)
{
	gp_polity	other = 0;

	/* company deals name the countries of the companies */
	if (gp_speaks_of_business(s) || !named_as_state(s, parties[0], false))
		return;

	for (int c = 0; c <= s->clause[s->nwords - 1]; c++)
	{
		gp_polity	found[GP_EXTRACT_MAX_PARTIES];
		int			m = 0;
		bool		reporting = false;

		if (c == s->clause[noun])
			continue;
		/* a clause that only says so, or speaks of an agreement of its own */
		for (int w = 0; w < s->nwords; w++)
			if (s->clause[w] == c)
				reporting |= gp_word_in(s, w, reporting_verbs) || gp_word_in(s, w, agreement_nouns);
		if (reporting)
			continue;
		for (int w = 0; w < s->nwords && m == 0; w++)
			if (s->clause[w] == c && s->mention[w] >= 0 && !bound[w])
				clause_parties(s, w, found, &m);
		for (int k = 0; k < m; k++)
		{
			if (found[k] == parties[0] || found[k] == other || with_object(s, c, found[k]))
				continue;
			if (other != 0 || is_bloc(s->cat, found[k]))
				return;			/* more than one: whose side is not clear */
			other = found[k];
		}
	}
	if (other != 0 && named_as_state(s, other, true))
		add_party(parties, n, other);
}

/* The polity acting before word i in its clause, not after a preposition; 0 when none. */
static gp_polity
subject_before(const gp_sentence *s, int i)
{
	for (int k = i - 1; k >= 0 && s->clause[k] == s->clause[i]; k--)
		if (s->mention[k] >= 0 && gp_mention_first_word(s, k) == k && gp_word_polity(s, k) != 0 &&
			!gp_word_in(s, k - 1, prepositions) && !gp_word_is(s, k - 1, "of") &&
			!gp_word_is(s, k - 1, "by"))
			return gp_word_polity(s, k);
	return 0;
}

/* Does "with" or "by" follow the plural noun at word i ("agreements with X, Y and Z")? */
static bool
list_of_each(const gp_sentence *s, int i)
{
	for (int w = i + 1; w < s->nwords && w <= i + 3; w++)
		if (gp_word_is(s, w, "with") || gp_word_is(s, w, "by"))
			return true;
		else if (gp_word_is(s, w, "between") || gp_word_is(s, w, "among") || s->mention[w] >= 0)
			return false;
	return false;
}

/* Is the noun at word i made "with commercial banks", "with foreign companies"? */
static bool
with_businesses(const gp_sentence *s, int i)
{
	static const char *const businesses[] = {
		"banks", "bank", "lenders", "companies", "company", "firms", "firm", NULL
	};

	for (int w = i + 1; w < s->nwords && w <= i + 3; w++)
		if (gp_word_is(s, w, "with"))
		{
			/* "its", "the", "commercial", "foreign": a few words between */
			for (int k = w + 1; k < s->nwords && k <= w + 3 && s->mention[k] < 0; k++)
				if (gp_word_in(s, k, businesses))
					return true;
			return false;
		}
	return false;
}

/* Is p a body whose agreements are loans and reschedulings (the IMF, the Paris Club)? */
static bool
lends(const gp_catalog *cat, gp_polity p)
{
	const gp_polity_info *info = cat ? gp_catalog_find(cat, p) : NULL;

	return info && info->agreements && strcmp(info->agreements, "monetary_agreement") == 0;
}

/*
 * The state whose debt the sentence speaks of: "Bolivia's debt", "Bolivian
 * foreign debt", "Mexico's creditors"; 0 when none.
 */
static gp_polity
debtor(const gp_sentence *s)
{
	for (int w = 0; w < s->nwords; w++)
	{
		int			k = w;
		gp_polity	p;

		if (s->mention[w] < 0 || gp_mention_first_word(s, w) != w ||
			(p = gp_word_polity(s, w)) == 0 || is_bloc(s->cat, p))
			continue;
		while (k + 1 < s->nwords && s->mention[k + 1] == s->mention[w])
			k++;
		k += gp_word_is(s, k + 1, "s") ? 2 : 1;
		/* "foreign", "official", "commercial": lower-case words between */
		for (int j = 0; j < 2 && k < s->nwords && !gp_word_capitalised(s, k) &&
			 !gp_word_starts(s, k, "debt") && !gp_word_starts(s, k, "creditor"); j++)
			k++;
		if (gp_word_starts(s, k, "debt") || gp_word_starts(s, k, "creditor"))
			return p;
	}
	return 0;
}

/*
 * The agreement "the pact" refers to: the one spoken of last, but not a
 * bloc's constitution unless it is called a treaty or a constitution.
 */
static int
definite_target(const agreement_state *st, const gp_sentence *s, int noun)
{
	if (!st->items[st->last].constitution || gp_word_starts(s, noun, "treat"))
		return st->last;
	for (int k = (int) st->n - 1; k >= 0; k--)
		if (!st->items[k].constitution)
			return k;
	return st->last;
}

static void
scan_sentence(agreement_state *st, const gp_sentence *s, gp_date published)
{
	int			previous_here = -1;	/* the agreement of the previous noun in this sentence */
	bool		bound[GP_SENTENCE_MAX_WORDS] = {false};

	for (int i = 0; i <= s->nwords; i++)
	{
		gp_polity	parties[GP_EXTRACT_MAX_PARTIES];
		int			n = 0,
					idx = -1,
					purpose,
					kind;
		bool		definite = false,
					similar = false,
					explicit;

		if (i == s->nwords)
		{
			/* the sentence read: its polities are the latest spoken of */
			for (int w = 0; w < s->nwords; w++)
				if (s->mention[w] >= 0 && gp_mention_first_word(s, w) == w)
				{
					gp_polity	p = gp_word_polity(s, w);

					remember(st, p);
					/* "India and Pakistan": a pair the text may call "both countries" */
					if (p != 0 && w >= 2 && gp_word_is(s, w - 1, "and") &&
						gp_word_polity(s, w - 2) != 0 && gp_word_polity(s, w - 2) != p)
					{
						st->pair[0] = gp_word_polity(s, w - 2);
						st->pair[1] = p;
					}
				}
			break;
		}

		/* "the General Agreement on Tariffs and Trade" names a body, not an agreement */
		if (s->mention[i] >= 0)
			continue;
		if ((purpose = verb_agreement(s, i, parties, &n)) >= 0 &&
			(n >= 2 || (n == 1 && is_bloc(s->cat, parties[0]))))
		{
			/* the kind is in its purpose: "agreed ... to stabilise currencies" */
			kind = kind_near(s, purpose - 1);
			if (n == 1 && lends(s->cat, parties[0]))
				add_party(parties, &n, debtor(s));
			idx = find_or_add(st, parties, n, s, kind);
			if (idx >= 0)
				merge_sentence(st, idx, s, i, kind, false, published);
			continue;
		}
		n = 0;
		if (gp_word_is(s, i, "constitution") && constitution_reference(st, s, i, published))
			continue;
		if (!gp_word_in(s, i, agreement_nouns))
		{
			/* "the document", "the text": the agreement spoken of last */
			if ((gp_word_is(s, i, "document") || gp_word_is(s, i, "text")) &&
				gp_word_in(s, i - 1, definites) && st->last >= 0)
				merge_sentence(st, st->last, s, i, st->items[st->last].ag.kind, false, published);
			continue;
		}
		/*
		 * "unanimous agreement", "by mutual agreement", "in agreement", "a
		 * sort of agreement that": consent, not an accord
		 */
		if (gp_word_is(s, i - 1, "unanimous") || gp_word_is(s, i - 1, "in") ||
			((gp_word_is(s, i - 2, "sort") || gp_word_is(s, i - 2, "kind")) &&
			 gp_word_is(s, i - 1, "of")) ||
			(gp_word_is(s, i - 1, "mutual") && gp_word_is(s, i - 2, "by")))
			continue;
		/*
		 * "the ceasefire line" is a border, not an agreement spoken of; a
		 * "Treaty Organisation" the scanner did not know is a body
		 */
		if (gp_word_is(s, i + 1, "line") || gp_word_is(s, i + 1, "lines") ||
			gp_word_starts(s, i + 1, "organi"))
			continue;
		/* "trade deal" and "peace deal" are agreements; "a good deal", "to deal with" are not */
		if ((gp_word_is(s, i, "deal") || gp_word_is(s, i, "deals")) &&
			(gp_word_is(s, i - 1, "great") || gp_word_is(s, i - 1, "good") ||
			 (gp_word_is(s, i + 1, "with") &&
			  (gp_word_is(s, i - 1, "to") || gp_word_in(s, i - 1, modals)))))
			continue;
		/* "the treaty establishing a constitution for Europe": the constitution names it */
		if (gp_word_starts(s, i, "treat") &&
			(gp_word_is(s, i + 2, "constitution") || gp_word_is(s, i + 3, "constitution")))
			continue;
		kind = kind_near(s, i);
		for (int k = i - 1; k >= 0 && k >= i - 3; k--)
		{
			if (gp_word_in(s, k, definites))
				definite = true;
			if (gp_word_starts(s, k, "similar"))
				similar = true;
		}
		parties_before(s, i, parties, &n);
		if (n == 1 && gp_word_in(s, i, plural_nouns) && bilateral_each(st, s, i, parties[0], published))
			continue;
		{
			int			before = n;

			parties_after(s, i, parties, &n);
			/*
			 * "bilateral accords were reached with France and Britain",
			 * "agreements reached by Indonesia and Brazil": one each, with a
			 * side not named
			 */
			if (n - before >= 2 && before == 0 && gp_word_in(s, i, plural_nouns) &&
				(gp_word_is(s, i - 1, "bilateral") || list_of_each(s, i)))
			{
				/* "the United States signed agreements with Hong Kong and Korea": its own, one each */
				gp_polity	side = subject_before(s, i);

				if (side != 0)
					bilateral_each(st, s, i, side, published);
				continue;
			}
		}
		/* "reached agreement with commercial banks": a deal with businesses */
		if (with_businesses(s, i))
			continue;
		explicit = n > 0;
		/* "current trade deals", "all rescheduling accords": agreements in general */
		if (!explicit && !definite && gp_word_in(s, i, plural_nouns))
			continue;
		/* the words of these parties are taken: no other reference here uses them */
		for (int k = i - 6 < 0 ? 0 : i - 6; k < s->nwords && k <= i + 16; k++)
			for (int p = 0; p < n && s->mention[k] >= 0; p++)
				if (gp_word_polity(s, k) == parties[p])
					bound[k] = true;
		if (n == 0 && !similar && previous_here >= 0)
			idx = previous_here;	/* "..., a deal that included ..." */
		else if (n == 0 && definite && !similar && st->last >= 0)
			idx = definite_target(st, s, i);
		else
		{
			if (n == 0 && names_the_two(s, i) && st->pair[0] != 0)
			{
				/* the pair named together last, not whoever spoke of them since */
				add_party(parties, &n, st->pair[0]);
				add_party(parties, &n, st->pair[1]);
			}
			else if (n == 0 && names_the_two(s, i) && st->nrecent >= 2)
			{
				add_party(parties, &n, st->recent[0]);
				add_party(parties, &n, st->recent[1]);
			}
			/* a company's deal names the countries of the companies */
			if (n == 0 && !gp_speaks_of_companies(s))
			{
				clause_parties(s, i, parties, &n);
				for (int c = 0; c <= s->clause[s->nwords - 1] && n == 0; c++)
				{
					/* no polity in the noun's clause: those of the sentence */
					for (int w = 0; w < s->nwords; w++)
						if (s->clause[w] == c && s->mention[w] >= 0 && !bound[w])
						{
							clause_parties(s, w, parties, &n);
							break;
						}
				}
			}
			if (n == 1 && !explicit)
			{
				/* one polity in the clause acts alone: an agreement spoken of before */
			}
			else if (n == 1)
			{
				/*
				 * "Russia's treaty with Iran": the subject before the noun, not
				 * a polity after a preposition ("maize exports to Spain")
				 */
				for (int k = i - 1; k >= 0 && s->clause[k] == s->clause[i]; k--)
					if (s->mention[k] >= 0 && !bound[k] && gp_word_polity(s, k) != 0 &&
						gp_word_polity(s, k) != parties[0] &&
						!gp_word_in(s, gp_mention_first_word(s, k) - 1, prepositions))
					{
						add_party(parties, &n, gp_word_polity(s, k));
						break;
					}
			}
			/* "the Paris Club agreed to reschedule Bolivia's debt": the debtor is the other side */
			if (n == 1 && lends(s->cat, parties[0]))
				add_party(parties, &n, debtor(s));
			if (n == 1)
			{
				/* or the agreement spoken of last that has it */
				for (int k = (int) st->n - 1; k >= 0 && idx < 0; k--)
					if (has_party(&st->items[k], parties[0]))
						idx = k;
			}
			if (n == 1 && idx < 0 && !is_bloc(s->cat, parties[0]))
				other_side(s, i, bound, parties, &n);
			if (idx < 0 && n >= 1)
				idx = find_or_add(st, parties, n, s, kind);
		}
		previous_here = idx;
#ifdef GP_DEBUG_AGREEMENTS
		fprintf(stderr, "s%d w%d %.*s n=%d explicit=%d def=%d sim=%d -> idx %d kind %s\n", s->number, i,
				(int) (s->words[i].end - s->words[i].start), s->text + s->words[i].start, n,
				explicit, definite, similar, idx, gp_agreement_kinds[kind]);
#endif
		if (idx >= 0)
			merge_sentence(st, idx, s, i, kind, similar, published);
		/* a noun phrase is one reference: skip the rest of it */
		while (i + 1 < s->nwords && gp_word_in(s, i + 1, agreement_nouns))
			i++;
	}
}

/*
 * An agreement among the members of one bloc as a whole has the bloc alone
 * as its party: members named beside it are arguing about it, not parties.
 */
static void
bloc_alone(const gp_catalog *cat, gp_found_agreement *f, gp_date published)
{
	for (uint32_t b = 0; b < f->ag.nparties; b++)
	{
		const gp_polity_info *p = gp_catalog_find(cat, f->parties[b]);
		bool		all = true;

		if (!p || (p->kind != GP_KIND_BLOC && p->kind != GP_KIND_ORGANISATION))
			continue;
		for (uint32_t m = 0; m < f->ag.nparties && all; m++)
			if (m != b)
				all = published != GP_NO_DATE ?
					gp_catalog_is_member(cat, f->parties[m], f->parties[b], published) :
					gp_catalog_was_member(cat, f->parties[m], f->parties[b]);
		if (all)
		{
			f->parties[0] = f->parties[b];
			f->ag.nparties = 1;
			return;
		}
	}
}

/*
 * A body whose agreements are of one kind gives it (data/blocs.tsv, column
 * agreements): to an agreement among its members alone ("the OPEC pact",
 * whatever prices in dollars it sets, is an energy agreement), and to one
 * of no more specific kind with others ("an accord with the IMF").
 */
static void
default_kind(const gp_catalog *cat, gp_found_agreement *f)
{
	if (f->ag.kind != kind_index("cooperation_agreement") && f->ag.nparties != 1)
		return;
	for (uint32_t i = 0; i < f->ag.nparties; i++)
	{
		const gp_polity_info *p = gp_catalog_find(cat, f->parties[i]);

		int			k = p && p->agreements && *p->agreements ? kind_index(p->agreements) : -1;

		if (k >= 0)
		{
			f->ag.kind = k;
			return;
		}
	}
}

/* Keep an agreement with two parties, or one bloc. */
static bool
complete(const gp_catalog *cat, const gp_found_agreement *f)
{
	return f->ag.nparties >= 2 || (f->ag.nparties == 1 && is_bloc(cat, f->parties[0]));
}

typedef struct scan_args
{
	agreement_state *st;
	gp_date		published;
} scan_args;

static void
visit(void *arg, const gp_sentence *s)
{
	scan_args  *sa = arg;

	scan_sentence(sa->st, s, sa->published);
}

gp_status
gp_find_agreements(const gp_gazetteer *gz, const gp_catalog *cat, const char *text,
				   size_t len, gp_date published, gp_tick tick, void *tick_ctx,
				   const gp_allocator *a, gp_found_agreement **out, size_t *nout,
				   gp_error *err)
{
	agreement_state st = {NULL, 0, -1, text, {0}, 0, {0, 0}};
	scan_args	sa = {&st, published};
	gp_status	rc = GP_OK;

	*out = NULL;
	*nout = 0;
	st.items = a->alloc(a->ctx, MAX_AGREEMENTS * sizeof(gp_found_agreement));
	if (st.items == NULL)
		return gp_fail(err, GP_ERR_NO_MEMORY, 0, "out of memory");
	rc = gp_sentences_visit(gz, cat, text, len, published, tick, tick_ctx, a, visit, &sa, err);
	/* a one-party reference names an agreement found with its other parties */
	for (size_t i = 0; rc == GP_OK && i < st.n; i++)
	{
		gp_found_agreement *f = &st.items[i];
		int			target = -1,
					matches = 0;

		if (f->ag.nparties != 1)
			continue;
		for (size_t j = 0; j < st.n; j++)
			if (j != i && st.items[j].ag.nparties >= 2 && has_party(&st.items[j], f->parties[0]))
			{
				target = (int) j;
				matches++;
			}
		if (matches == 1)
		{
			gp_found_agreement *t = &st.items[target];

			if (kind_rank(f->ag.kind) < kind_rank(t->ag.kind))
				t->ag.kind = f->ag.kind;
			if (f->ag.status > t->ag.status)
			{
				t->ag.status = f->ag.status;
				memcpy(t->ag.dates, f->ag.dates, sizeof(t->ag.dates));
			}
			t->ag.domains |= f->ag.domains;
			t->ag.clauses |= f->ag.clauses;
			if (f->evidence_start < t->evidence_start)
			{
				t->evidence_start = f->evidence_start;
				t->evidence_end = f->evidence_end;
			}
			t->sentences += f->sentences;
			f->ag.nparties = 0;	/* dropped below */
		}
	}
	if (rc == GP_OK)
	{
		size_t		kept = 0;

		for (size_t i = 0; i < st.n; i++)
		{
			gp_found_agreement *f = &st.items[i];
			gp_error	e2;

			if (!complete(cat, f) || (f->absent && !f->status_seen))
				continue;
			/*
			 * no verb said where it stands: an agreement spoken of as a fact is
			 * in force; one only denied or supposed is proposed
			 */
			if (f->ag.status < 0)
				f->ag.status = f->denied ? ST_PROPOSED : ST_IN_FORCE;
			bloc_alone(cat, f, published);
			default_kind(cat, f);
			if (gp_agreement_normalise(&f->ag, f->parties, &e2) != GP_OK)
				continue;
			f->confidence = (float) (0.4 + 0.1 * (f->sentences > 4 ? 4 : f->sentences) +
									 (f->status_seen ? 0.2 : 0.0));
			st.items[kept++] = *f;
			st.items[kept - 1].ag.parties = st.items[kept - 1].parties;
		}
		/* character positions of the evidence */
		{
			gp_char_cursor cur = {0, 0};

			for (size_t i = 0; i < kept; i++)
				gp_char_span(text, &cur, st.items[i].evidence_start, st.items[i].evidence_end,
							 &st.items[i].start, &st.items[i].length);
		}
		*out = st.items;
		*nout = kept;
		st.items = NULL;
	}
	if (st.items)
		a->free(a->ctx, st.items);
	return rc;
}
