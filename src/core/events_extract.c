/*
 * events_extract.c
 *		Who did what to whom: events between two polities, with CAMEO codes.
 *
 * Design: in each sentence, a verb or action noun from the table below is
 * an event; its actor is the polity acting before it in the clause (or the
 * polity after "by" in the passive, or the demonym in "the supply of
 * Iranian drones"), its target the first polity after it in the clause.
 * Capitals count as their states here ("a visit to Moscow"), but not as
 * the place where something happens ("signed in Rome").  Negated, denied,
 * refused and hypothetical acts are no events; neither are acts inside one
 * state.  One row per distinct (actor, action, target); mutual acts
 * (signing, meeting, praise, cooperation) are one row whichever way round.
 *
 * Beyond "X verbs Y", the rules read the other shapes news writing gives
 * an act: the passive ("X was attacked by Y"), nouns ("talks between X and
 * Y", "a complaint from X about Y", "the invasion of X by Y"), coordinated
 * subjects ("X and Y accused Z": both act) and verbs ("X accused Y and
 * threatened retaliation": the second act shares both sides), a demonym
 * heading a government ("the Japanese government"), and the people that
 * event_people.c follows through the article ("Mr Brown", "the
 * chancellor").  "The two" after an act are the pair last named with
 * "and"; bare "talks" are between the sides of the sentence's act before.
 * Criticism is also read from reported speech that blames a state's policy
 * or its failure ("claiming Washington's policy had made life impossible",
 * "what he called Japan's failure to honour the pact").
 */
#include "extract.h"
#include "dates.h"
#include "event_people.h"
#include "sentence_view.h"

#include <string.h>

#define MAX_EVENTS 1024

typedef struct action_rule
{
	const char *prefix;			/* the verb or noun, a prefix of the word */
	const char *needs;			/* a word (prefix) that must be near, or NULL */
	const char *action;
	const char *cameo;
	bool		mutual;
} action_rule;

/*
 * Most specific first: "supplied ... weapons" before "supplied".  A word a
 * rule needed is read as part of that act, not as an act of its own
 * ("suspended aid" is no aid, "military aid" no economic aid).
 */
static const action_rule rules[] = {
	/* 057: sign or reach a formal agreement */
	{"sign", "agree", "sign", "057", true}, {"sign", "treat", "sign", "057", true},
	{"sign", "pact", "sign", "057", true}, {"sign", "accord", "sign", "057", true},
	{"sign", "deal", "sign", "057", true}, {"sign", "partnership", "sign", "057", true},
	{"sign", "memorand", "sign", "057", true}, {"conclud", "agree", "sign", "057", true},
	{"sign", "constitution", "sign", "057", true}, {"sign", "charter", "sign", "057", true},
	{"sign", "convention", "sign", "057", true}, {"sign", "protocol", "sign", "057", true},
	{"reach", "agreement", "sign", "057", true}, {"reach", "accord", "sign", "057", true},
	{"reach", "deal", "sign", "057", true}, {"struck", "deal", "sign", "057", true},
	{"conclud", "accord", "sign", "057", true}, {"conclud", "treat", "sign", "057", true},
	{"conclud", "pact", "sign", "057", true}, {"conclud", "deal", "sign", "057", true},
	{"agreed", "with", "sign", "057", true},	/* "agreed with Gabon to reschedule" */
	{"agreed", NULL, "sign", "057", true},	/* "France and Yugoslavia agreed to": see below */
	/* 042, 043: visit, host */
	{"visit", NULL, "visit", "042", false}, {"travel", NULL, "visit", "042", false},
	{"flies", NULL, "visit", "042", false}, {"flew", NULL, "visit", "042", false},
	{"arriv", NULL, "visit", "042", false}, {"leav", "for", "visit", "042", false},
	{"left", "for", "visit", "042", false},
	{"host", NULL, "host", "043", false},
	/* 046, 040: negotiate, meet */
	{"negotiat", NULL, "negotiate", "046", true}, {"talks", NULL, "negotiate", "046", true},
	{"met", NULL, "consult", "040", true}, {"meet", NULL, "consult", "040", true},
	{"discuss", "with", "consult", "040", true},
	/* 051: praise, endorse, defend verbally */
	{"prais", NULL, "praise", "051", true}, {"hail", NULL, "praise", "051", true},
	{"commend", NULL, "praise", "051", true}, {"lauded", NULL, "praise", "051", true},
	{"welcom", NULL, "praise", "051", true}, {"backing", NULL, "praise", "051", false},
	{"endors", NULL, "praise", "051", false}, {"support", NULL, "praise", "051", false},
	{"defended", NULL, "praise", "051", false}, {"thank", NULL, "praise", "051", false},
	{"congratulat", NULL, "praise", "051", false}, {"applaud", NULL, "praise", "051", false},
	{"backed", NULL, "praise", "051", false},
	/* 055: apologise */
	{"apologi", NULL, "apologise", "055", true},
	/* 072: military aid */
	{"suppl", "weapon", "supply_weapons", "072", false}, {"suppl", "arms", "supply_weapons", "072", false},
	{"suppl", "drone", "supply_weapons", "072", false}, {"suppl", "shell", "supply_weapons", "072", false},
	{"suppl", "missile", "supply_weapons", "072", false}, {"suppl", "troop", "supply_weapons", "072", false},
	{"suppl", "ammunition", "supply_weapons", "072", false},
	{"deliver", "weapon", "supply_weapons", "072", false}, {"sent", "troop", "supply_weapons", "072", false},
	{"sent", "weapon", "supply_weapons", "072", false}, {"sent", "arms", "supply_weapons", "072", false},
	{"sent", "shell", "supply_weapons", "072", false}, {"sent", "missile", "supply_weapons", "072", false},
	{"sent", "drone", "supply_weapons", "072", false}, {"sent", "soldier", "supply_weapons", "072", false},
	{"sold", "weapon", "supply_weapons", "072", false}, {"sold", "arms", "supply_weapons", "072", false},
	{"sell", "weapon", "supply_weapons", "072", false}, {"sell", "arms", "supply_weapons", "072", false},
	{"military", "aid", "military_aid", "072", false}, {"military", "assistance", "military_aid", "072", false},
	/* 16: reduce relations (before the aid and talks they cut) */
	{"sever", "relation", "reduce_relations", "16", false}, {"sever", "ties", "reduce_relations", "16", false},
	{"broke", "relation", "reduce_relations", "16", false}, {"break", "relation", "reduce_relations", "16", false},
	{"cut", "ties", "reduce_relations", "16", false}, {"recall", "ambassador", "reduce_relations", "16", false},
	{"suspend", "aid", "reduce_relations", "16", false}, {"suspend", "talks", "reduce_relations", "16", false},
	{"suspend", "relation", "reduce_relations", "16", false}, {"boycott", NULL, "reduce_relations", "16", false},
	{"cut", "aid", "reduce_relations", "16", false}, {"halt", "aid", "reduce_relations", "16", false},
	/* 081: ease sanctions */
	{"lift", "sanction", "ease_sanctions", "081", false}, {"eas", "sanction", "ease_sanctions", "081", false},
	{"lift", "embargo", "ease_sanctions", "081", false}, {"lift", "tariff", "ease_sanctions", "081", false},
	{"remov", "tariff", "ease_sanctions", "081", false}, {"remov", "sanction", "ease_sanctions", "081", false},
	/* 163: sanctions, embargoes, tariffs */
	{"impos", "sanction", "impose_sanctions", "163", false}, {"impos", "tariff", "impose_sanctions", "163", false},
	{"impos", "embargo", "impose_sanctions", "163", false}, {"impos", "dut", "impose_sanctions", "163", false},
	{"impos", "quota", "impose_sanctions", "163", false},
	{"sanction", NULL, "impose_sanctions", "163", false}, {"embargo", NULL, "impose_sanctions", "163", false},
	{"tariff", NULL, "impose_sanctions", "163", false}, {"ban", "import", "impose_sanctions", "163", false},
	/* 19: fight */
	{"invad", NULL, "attack", "19", false}, {"invasion", NULL, "attack", "19", false},
	{"attack", NULL, "attack", "19", false}, {"bomb", NULL, "attack", "19", false},
	{"shelled", NULL, "attack", "19", false}, {"shelling", NULL, "attack", "19", false},
	{"airstrike", NULL, "attack", "19", false}, {"annex", NULL, "attack", "19", false},
	{"occupation", NULL, "attack", "19", false}, {"occupied", NULL, "attack", "19", false},
	{"clash", NULL, "attack", "19", false}, {"launch", "missile", "attack", "19", false},
	{"launch", "drone", "attack", "19", false}, {"launch", "offensive", "attack", "19", false},
	{"launch", "strike", "attack", "19", false},
	/* 11: disapprove */
	{"criticis", NULL, "criticise", "11", false}, {"criticiz", NULL, "criticise", "11", false},
	{"accus", NULL, "criticise", "11", false}, {"condemn", NULL, "criticise", "11", false},
	{"blam", NULL, "criticise", "11", false}, {"complain", NULL, "criticise", "11", false},
	{"charg", NULL, "criticise", "11", false}, {"attacked", "polic", "criticise", "11", false},
	{"denounc", NULL, "criticise", "11", false}, {"deplor", NULL, "criticise", "11", false},
	{"rebuk", NULL, "criticise", "11", false}, {"lambast", NULL, "criticise", "11", false},
	{"censur", NULL, "criticise", "11", false}, {"slammed", NULL, "criticise", "11", false},
	{"hit", "out", "criticise", "11", false},
	/* 13: threaten */
	{"vow", "retaliat", "threaten", "13", false},
	{"retaliat", NULL, "threaten", "13", false},	/* "would retaliate": see scan_events */
	{"threat", NULL, "threaten", "13", false}, {"warn", NULL, "threaten", "13", false},
	{"ultimatum", NULL, "threaten", "13", false},
	/* 12: reject */
	{"reject", NULL, "reject", "12", false}, {"refus", NULL, "reject", "12", false},
	{"veto", NULL, "reject", "12", false}, {"rebuff", NULL, "reject", "12", false},
	{"accept", NULL, "reject", "12", false},	/* only "not accept": see refuses_to_accept */
	/* 10: demand */
	{"demand", NULL, "demand", "10", false},
	{"insist", NULL, "demand", "10", false},
	/* 02: appeal */
	{"urg", NULL, "appeal", "02", false}, {"appeal", NULL, "appeal", "02", false},
	{"want", "to", "appeal", "02", false},	/* "wants Y to": see asks_of */
	{"asked", NULL, "appeal", "02", false}, {"request", NULL, "appeal", "02", false},
	{"press", "to", "appeal", "02", false}, {"called", "on", "appeal", "02", false},
	/* 03: intend to cooperate */
	{"promis", NULL, "intend_to_cooperate", "03", true}, {"pledg", NULL, "intend_to_cooperate", "03", true},
	{"offered", NULL, "intend_to_cooperate", "03", false}, {"invit", NULL, "intend_to_cooperate", "036", false},
	/* 14, 17 */
	{"protest", NULL, "protest", "14", false},
	{"expel", NULL, "expel", "17", false}, {"seiz", NULL, "seize", "17", false},
	{"confiscat", NULL, "seize", "17", false},
	/* 071: economic aid */
	{"aid", NULL, "economic_aid", "071", false}, {"loan", NULL, "economic_aid", "071", false},
	{"lent", NULL, "economic_aid", "071", false}, {"grant", "credit", "economic_aid", "071", false},
	{"grant", "loan", "economic_aid", "071", false},
	{"extend", "credit", "economic_aid", "071", false},
	{"debt", "relief", "economic_aid", "071", false},
	{NULL, NULL, NULL, NULL, false}
};

/* Headline verbs: "U.S. SENATE HITS EC OILS TAX" criticises. */
static const action_rule headline_rules[] = {
	{"hits", NULL, "criticise", "11", false}, {"raps", NULL, "criticise", "11", false},
	{"blasts", NULL, "criticise", "11", false}, {"slams", NULL, "criticise", "11", false},
	{NULL, NULL, NULL, NULL, false}
};

/* Words that only share a prefix with an action: "metal", "aides", "bank". */
static const char *const not_actions[] = {
	"metal", "metals", "method", "methods", "metre", "metres", "metric", "metro",
	"hostage", "hostages", "hostile", "hostility", "hostilities", "urgent", "urgently",
	"urgency", "aide", "aides", "bank", "banks", "banking", "banker", "bankers", "banana",
	"bananas", "band", "easy", "easily", "east", "eastern", "easter", "supporter",
	"supporters", "charger", NULL
};

/* Prepositions that put a target after an agent: "by the U.S. on Iran" */
static const char *const target_preps[] = {
	"on", "against", "to", "toward", "towards", "into", "over", NULL
};

/* "press conference" is no pressing */
static const char *const press_nouns[] = {
	"conference", "release", "reports", "report", "agency", "secretary", "officer", NULL
};

/* "ready to continue talks": the intent, not yet the act (CAMEO 036) */
static const action_rule intent_rule = {"", NULL, "intend_to_cooperate", "036", true};

static const char *const negations[] = {
	"not", "never", "denied", "denies", "deny", "no", "without", "cannot", "can't", "won't",
	"didn't", "doesn't", "don't",
	/* "refused to sign", "its unwillingness to sign", "failed to agree" */
	"refused", "refuses", "refusing", "refusal", "unwilling", "unwillingness", "failed",
	"fails", "failure", "declined", "declines", "reluctant", "reluctance",
	/* "they want to sell arms": a wish, not an act */
	"want", "wants", "wanted", "hopes", "hoped", "seeks", "sought", NULL
};
static const char *const hypotheticals[] = {
	"if", "would", "could", "might", "may", "unless", "whether", "should", "must",
	"possible", "possibly", "potential", NULL
};

/* Words that stand between an auxiliary and its verb, or are the auxiliary. */
static const char *const auxiliaries[] = {
	"is", "are", "was", "were", "has", "have", "had", "will", "did", "also", "then",
	"later", "again", "repeatedly", "been", NULL
};

/* Words after a demonym that make it a government: "the Japanese government". */
static const char *const governments[] = {
	"government", "governments", "officials", "official", "authorities", "ministry",
	"minister", "ministers", "leaders", "leader", "president", "prime", "delegation",
	"negotiators", "envoy", "ambassador", "embassy", "administration", "cabinet",
	"regime", "forces", "troops", "army", "navy", "military", "side", "warplanes", "warships",
	"jets", "aircraft", "planes", "frigates", "submarines", "gunboats", "diplomats", "ships",
	"vessels", "tankers", NULL
};

/* A rejection or criticism falls on a state's proposal: "refused a Yugoslav request". */
static const char *const proposals[] = {
	"proposal", "proposals", "request", "requests", "plan", "plans", "offer", "offers",
	"demand", "demands", "initiative", "bid", NULL
};

/* Sanctions fall on a state's goods: "tariffs on imports of Japanese electronic goods". */
static const char *const goods[] = {
	"goods", "exports", "products", "imports", "companies", "firms", "producers", NULL
};

/* A polity naming a rulebook is not acted on: "breached GATT trade rules". */
static const char *const rulebooks[] = {
	"rules", "regulations", "law", "laws", "norms", "guidelines", "standards", NULL
};

/* A state's name before these is a private actor: "the U.S. National Association". */
static const char *const private_nouns[] = {
	"association", "federation", "chamber", "industry", "industries", "companies",
	"company", "firms", "makers", "chipmakers", "producers", "farmers", "growers",
	"exporters", "importers", "banks", "bankers", "traders", "dealers", "unions",
	"consumers", "court", "media", "newspaper", "newspapers", "analysts", "economists",
	"business", "businessmen", "manufacturers", "airlines", "investors", "shippers",
	"banker", "businessman", "investor", "trader", "analyst", "economist", "firm",
	/* "a 45 mln U.S. dlr loan": the currency */
	"dollar", "dollars", "dlr", "dlrs", "currency", NULL
};

/* The noun forms of gatherings: "meeting of X" is X's own business. */
static const char *const gathering_nouns[] = {
	"meeting", "meetings", "talks", "negotiations", NULL
};

/* ready, willing, prepared to act */
static const char *const willing[] = {
	"ready", "willing", "prepared", "eager", "keen", NULL
};

/* "agreed to begin talks" */
static const char *const talking[] = {
	"begin", "start", "open", "hold", "talk", "meet", "continue", "resume", "discuss",
	"negotiate", NULL
};

/* where one is: "in Kenya", "at the White House" */
static const char *const where_preps[] = {"in", "at", NULL};

/* A state after these is an object, not the subject of a later verb: "explained to the U.S. when" */
static const char *const object_preps[] = {
	"to", "with", "against", "into", "toward", "towards", "on", "over", "about", "than",
	"between", NULL
};

/* One sentence as the event rules see it. */
typedef struct ev_sentence
{
	const gp_sentence *s;
	gp_polity	who[GP_SENTENCE_MAX_WORDS]; /* people standing for a polity */
	bool		used[GP_SENTENCE_MAX_WORDS];	/* read as part of an earlier act */
	bool		title_case;		/* a headline: most words capitalised */
	bool		trade;			/* the act at hand is a sanction */
	bool		answering;		/* the act at hand rejects or criticises */
	bool		companies;		/* the sentence names companies ("Co Ltd", "<GM>") */
	short		first_rule[26];	/* by a word's first letter: the first rule of that letter */
	short		next_rule[sizeof(rules) / sizeof(rules[0])];	/* the next of the same letter */
	gp_polity	recent[2];		/* the last two states named before, latest first */
	gp_polity	pair[2];		/* the last "X and Y" named before: "the two" */
} ev_sentence;

/* A polity that can act or be acted on: a state or bloc, a capital too. */
static gp_polity
event_polity(const ev_sentence *e, int w)
{
	const gp_sentence *s = e->s;
	const gp_mention *m;

	if (w < 0 || w >= s->nwords)
		return 0;
	if (s->mention[w] < 0)
		return e->who[w];
	m = &s->mentions->items[s->mention[w]];
	if (m->kind == GP_MK_CITY || m->kind == GP_MK_GROUP)
		return 0;
	if (m->polity != 0 && s->cat)
	{
		const gp_polity_info *p = gp_catalog_find(s->cat, m->polity);

		if (p && p->kind == GP_KIND_GROUP)
			return 0;
	}
	return m->polity;
}

static bool
is_demonym(const ev_sentence *e, int w)
{
	const gp_sentence *s = e->s;

	return w >= 0 && w < s->nwords && s->mention[w] >= 0 &&
		s->mentions->items[s->mention[w]].kind == GP_MK_DEMONYM;
}

/*
 * A capital or metonym after "in" or "at" is where, not whom: "signed in
 * Rome".  A country after "in" stays a target: "a project in Nepal".
 */
static bool
is_place(const ev_sentence *e, int w)
{
	const gp_sentence *s = e->s;
	int			first;
	gp_mention_kind kind;

	if (s->mention[w] < 0)
		return false;
	kind = s->mentions->items[s->mention[w]].kind;
	first = gp_mention_first_word(s, w);
	return (kind == GP_MK_CAPITAL || kind == GP_MK_METONYM) &&
		(gp_word_is(s, first - 1, "in") || gp_word_is(s, first - 1, "at"));
}

static bool
ends_with(const gp_sentence *s, int w, const char *suffix)
{
	size_t		n = strlen(suffix),
				len = s->words[w].end - s->words[w].start;

	return len > n && memcmp(s->text + s->words[w].end - n, suffix, n) == 0;
}

/* "U.S. chipmakers", "the U.S. National Association of Wheat Growers" */
static bool
is_private(const ev_sentence *e, int w)
{
	const gp_sentence *s = e->s;

	while (w + 1 < s->nwords && s->mention[w] >= 0 && s->mention[w + 1] == s->mention[w])
		w++;
	return gp_word_in(s, w + 1, private_nouns) ||
		(gp_word_is(s, w + 1, "national") && gp_word_in(s, w + 2, private_nouns)) ||
		(s->mention[w] >= 0 && gp_names_a_business(s, w));
}

/* "U.S. dlr", "U.S. dollar": money, not the state */
static bool
is_currency(const ev_sentence *e, int w)
{
	const gp_sentence *s = e->s;

	while (w + 1 < s->nwords && s->mention[w] >= 0 && s->mention[w + 1] == s->mention[w])
		w++;
	return gp_word_starts(s, w + 1, "dollar") || gp_word_starts(s, w + 1, "dlr") ||
		gp_word_is(s, w + 1, "currency");
}

/* Is the mention at w (after "the") preceded by a word of list? */
static bool
after_word(const gp_sentence *s, int w, const char *const *list)
{
	int			first = gp_mention_first_word(s, w);

	if (gp_word_is(s, first - 1, "the"))
		first--;
	return gp_word_in(s, first - 1, list);
}

/* "French", "Swiss" qualify; "Czechs", "Iranians" are people */
static bool
is_adjective(const gp_sentence *s, int w)
{
	return !ends_with(s, w, "s") || ends_with(s, w, "ss");
}

/* "non-OPEC producers" are not OPEC, "anti-U.S. sentiment" not the U.S. */
static bool
negated_name(const ev_sentence *e, int w)
{
	const gp_sentence *s = e->s;
	int			first = gp_mention_first_word(s, w);

	return first > 0 && (gp_word_is(s, first - 1, "non") || gp_word_is(s, first - 1, "anti") ||
						 gp_word_is(s, first - 1, "pro"));
}

/*
 * A demonym heading a government ("the Japanese trade ministry") acts as
 * its state; for sanctions, one heading its goods too.
 */
static bool
demonym_governs(const ev_sentence *e, int w, bool trade)
{
	for (int k = w + 1; k <= w + 3 && k < e->s->nwords; k++)
	{
		if (gp_word_in(e->s, k, governments) || (trade && gp_word_in(e->s, k, goods)))
			return true;
		if (e->s->mention[k] >= 0 || e->s->clause[k] != e->s->clause[w])
			return false;
	}
	return false;
}

/* Does a parenthesis open before word w: "European Community (EC)"? */
static bool
after_paren(const gp_sentence *s, int w)
{
	for (size_t b = s->words[w - 1].end; b < s->words[w].start; b++)
		if (s->text[b] == '(')
			return true;
	return false;
}

/* The polity acting before word v in its clause (the nearest), or 0. */
static gp_polity
actor_before(const ev_sentence *e, int v)
{
	const gp_sentence *s = e->s;
	int			w;

	for (w = v - 1; w >= 0 && (s->clause[w] == s->clause[w + 1] || after_paren(s, w + 1)); w--)
	{
		gp_polity	p = event_polity(e, w);

		/*
		 * "Japanese officials warned", "French aid", "an Iranian attack", not
		 * "the American Soybean Association denounced"
		 */
		if (p && (!is_demonym(e, w) || demonym_governs(e, w, false) ||
				  (is_adjective(s, w) && (w == v - 1 || (w == v - 2 && !ends_with(s, v - 1, "s"))))) &&
			!is_place(e, w) && !is_private(e, w) && !negated_name(e, w) &&
			(w >= v - 2 || !after_word(s, w, object_preps)))
			return p;
	}
	/* "Smith, who flies to Brussels": the relative clause's antecedent */
	if (gp_word_is(s, w + 1, "who") && event_polity(e, w))
		return event_polity(e, w);
	/*
	 * "For Russia, ... its invasion of Ukraine", "The EC charges ..., and is
	 * requesting ...": the sentence's first polity
	 */
	for (w = v - 1; w >= 0; w--)
		if (((gp_word_is(s, w, "its") || gp_word_is(s, w, "it")) && w >= v - 3) ||
			(gp_word_is(s, w, "and") && w >= v - 3 && s->clause[w] == s->clause[v] &&
			 (w == 0 || s->clause[w - 1] != s->clause[w])))
		{
			for (int k = 0; k < v; k++)
				if (event_polity(e, k))
					return event_polity(e, k);
		}
	return 0;
}

/* Ends the reach of a verb: "while", "but", "whereas". */
static bool
breaks_clause(const gp_sentence *s, int w)
{
	return gp_word_is(s, w, "while") || gp_word_is(s, w, "but") || gp_word_is(s, w, "whereas");
}

/*
 * The first polity after word v in its clause, within a few words, not
 * actor.  A parenthesis is an aside, not a new clause.
 */
static gp_polity
target_after_at(const ev_sentence *e, int v, gp_polity actor, bool places, int *at)
{
	const gp_sentence *s = e->s;

	for (int w = v + 1; w < s->nwords && w <= v + 10 &&
		 (s->clause[w] == s->clause[w - 1] || after_paren(s, w)); w++)
	{
		gp_polity	p = event_polity(e, w);

		if (p && p != actor && (places || !is_place(e, w)) && !negated_name(e, w) &&
			!is_currency(e, w) && (e->trade || !is_private(e, w)) &&
			!(gp_word_in(s, w + 1, rulebooks) || gp_word_in(s, w + 2, rulebooks)) &&
			(!is_demonym(e, w) || gp_word_is(s, w - 1, "against") ||
			 gp_word_is(s, w - 1, "on") || demonym_governs(e, w, e->trade) ||
			 (e->answering && is_adjective(s, w) && gp_word_in(s, w + 1, proposals))))
		{
			int			last = w;

			/* "recognise West Berlin as part of the EC": the whole is at stake */
			while (last + 1 < s->nwords && s->mention[last + 1] == s->mention[w])
				last++;
			if (gp_word_is(s, last + 1, "as") && gp_word_is(s, last + 2, "part") &&
				gp_word_is(s, last + 3, "of") &&
				(event_polity(e, last + 4) != 0 ||
				 (gp_word_is(s, last + 4, "the") && event_polity(e, last + 5) != 0)))
			{
				w = last + 3;
				continue;
			}
			if (at)
				*at = w;
			return p;
		}
		if (breaks_clause(s, w))
			break;
	}
	return 0;
}

static gp_polity
target_after(const ev_sentence *e, int v, gp_polity actor)
{
	return target_after_at(e, v, actor, false, NULL);
}


/*
 * Two polities joined by "and" ending at word w: "Russia and Iran",
 * "the EC and the Soviet Union".
 */
static bool
pair_ending(const ev_sentence *e, int w, gp_polity *first, gp_polity *second)
{
	const gp_sentence *s = e->s;
	int			start = gp_mention_first_word(s, w);
	int			and = start - 1;
	int			before;

	if (gp_word_is(s, and, "the"))
		and--;
	if (!gp_word_is(s, and, "and"))
		return false;
	before = gp_word_is(s, and - 1, "s") ? and - 2 : and - 1;	/* "Russia and Iran's" */
	if (!event_polity(e, before) || event_polity(e, before) == event_polity(e, w))
		return false;
	/* "Britain, France, Switzerland and Italy": a list is no pair */
	start = gp_mention_first_word(s, before);
	if (gp_word_is(s, start - 1, "the"))
		start--;
	if (start > 0 && s->clause[start - 1] != s->clause[start] && event_polity(e, start - 1))
		return false;
	*first = event_polity(e, before);
	*second = event_polity(e, w);
	return true;
}

/* Prepositions that make a pair an object, not a subject: "in Australia and New Zealand". */
static const char *const pair_preps[] = {
	"in", "for", "to", "with", "at", "by", "on", "between", "against",
	"including", "except", "into", "like", NULL
};

/* "Russia and Iran [are poised to] sign": two polities joined by "and" before v. */
static bool
pair_before(const ev_sentence *e, int v, gp_polity *first, gp_polity *second)
{
	const gp_sentence *s = e->s;

	for (int w = v - 1; w >= 2 && s->clause[w] == s->clause[v]; w--)
	{
		int			start;

		if (!event_polity(e, w))
			continue;
		if (is_place(e, w) || !pair_ending(e, w, first, second))
			return false;		/* the nearest polity decides */
		/* the first of the pair opens its phrase */
		for (start = w - 1; start > 0 && !gp_word_is(s, start, "and"); start--)
			;
		start = gp_mention_first_word(s, start - 1);
		if (gp_word_is(s, start - 1, "the"))
			start--;
		return !gp_word_in(s, start - 1, pair_preps);
	}
	return false;
}

/* Note p as the latest state named. */
static void
remember(gp_polity *recent, gp_polity p)
{
	if (p != 0 && p != recent[0])
	{
		recent[1] = recent[0];
		recent[0] = p;
	}
}

/*
 * "The two countries signed", "both governments agreed": the subject of v
 * is the pair of states named last before it.
 */
static bool
pair_referred(const ev_sentence *e, int v, gp_polity *first, gp_polity *second)
{
	const gp_sentence *s = e->s;
	gp_polity	recent[2] = {e->recent[0], e->recent[1]};
	int			at = -1;

	for (int w = v - 1; w > 0 && w >= v - 6 && s->clause[w] == s->clause[v]; w--)
	{
		if (event_polity(e, w))
			return false;
		if ((gp_word_is(s, w, "countries") || gp_word_is(s, w, "nations") ||
			 gp_word_is(s, w, "governments")) &&
			(gp_word_is(s, w - 1, "two") || gp_word_is(s, w - 1, "both")))
		{
			at = w - 1;
			break;
		}
	}
	if (at < 0)
		return false;
	for (int w = 0; w < at; w++)
		remember(recent, event_polity(e, w));
	*first = recent[1];
	*second = recent[0];
	return *first != 0 && *second != 0;
}

/* "talks between the EC and the Soviet Union": the pair after "between". */
static bool
pair_between(const ev_sentence *e, int v, gp_polity *first, gp_polity *second)
{
	const gp_sentence *s = e->s;

	for (int b = v + 1; b <= v + 4 && b < s->nwords; b++)
	{
		if (!gp_word_is(s, b, "between"))
			continue;
		for (int w = b + 1; w <= b + 8 && w < s->nwords && s->clause[w] == s->clause[b]; w++)
			if (event_polity(e, w) && pair_ending(e, w, first, second))
				return true;
		return false;
	}
	return false;
}

/* A word near v (from 4 before to 8 after) starting with prefix: its index, or -1. */
static int
near(const gp_sentence *s, int v, const char *prefix)
{
	for (int w = v - 4; w <= v + 8; w++)
		if (w >= 0 && w < s->nwords && w != v && gp_word_starts(s, w, prefix))
			return w;
	return -1;
}

/* The word after v that follows, skipping "the" and up to two others, or -1. */
static int
word_after(const gp_sentence *s, int v, const char *word, int gap)
{
	for (int w = v + 1; w <= v + 1 + gap && w < s->nwords; w++)
		if (gp_word_is(s, w, word))
			return w;
	return -1;
}

typedef struct event_list
{
	gp_found_event *items;
	size_t		n;
} event_list;

/* The date expression nearest word v. */
static int
nearest_date(const int *at, int nd, int v)
{
	int			best = 0;

	for (int d = 1; d < nd; d++)
		if ((at[d] > v ? at[d] - v : v - at[d]) < (at[best] > v ? at[best] - v : v - at[best]))
			best = d;
	return best;
}

/*
 * Is p named in the sentence as a state, not by an adjective, as "of p" or
 * as the home of a business?
 */
static bool
named_as_state(const gp_sentence *s, gp_polity p)
{
	for (int w = 0; w < s->nwords; w++)
	{
		const gp_mention *m;
		int			last = w,
					before;

		if (s->mention[w] < 0 || gp_mention_first_word(s, w) != w)
			continue;
		m = &s->mentions->items[s->mention[w]];
		while (last + 1 < s->nwords && s->mention[last + 1] == s->mention[w])
			last++;
		before = gp_word_is(s, w - 1, "the") ? w - 2 : w - 1;
		if (m->polity == p && m->kind != GP_MK_DEMONYM && !gp_word_is(s, before, "of") &&
			!gp_names_a_business(s, last))
			return true;
	}
	return false;
}

static void
add_event(event_list *ev, const gp_sentence *s, const action_rule *r, gp_polity actor,
		  gp_polity target, int v, gp_date published, bool companies)
{
	gp_fuzzy_date dates[8];
	int			at[8];
	int			nd;
	gp_found_event *e;

	if (actor == 0 || target == 0 || actor == target)
		return;
	/* "Daewoo Co Ltd of South Korea ... its Hong Kong unit": companies act for no state */
	if (companies && (!named_as_state(s, actor) || !named_as_state(s, target)))
		return;
	nd = gp_find_dates(s->text, s->words, s->nwords, published, dates, at, 8);
	for (size_t i = 0; i < ev->n; i++)
	{
		gp_found_event *o = &ev->items[i];

		if (strcmp(o->cameo, r->cameo) == 0 &&
			((o->actor == actor && o->target == target) ||
			 (r->mutual && o->actor == target && o->target == actor)))
		{
			/* one row per act, however often reported; a later report may date it */
			if (o->date.prec == GP_PREC_NONE && nd > 0)
				o->date = dates[nearest_date(at, nd, v)];
			return;
		}
	}
	if (ev->n == MAX_EVENTS)
		return;
	e = &ev->items[ev->n++];
	memset(e, 0, sizeof(*e));
	e->actor = actor;
	e->target = target;
	e->action = r->action;
	e->cameo = r->cameo;
	e->evidence_start = s->span.start;
	e->evidence_end = s->span.end;
	if (nd > 0)
		e->date = dates[nearest_date(at, nd, v)];
}

/* A negation within n words before v in its clause: "do not amount to formal talks". */
static bool
negated_before(const gp_sentence *s, int v, int n)
{
	for (int k = v - 1; k >= 0 && k >= v - n && s->clause[k] == s->clause[v]; k--)
		if (gp_word_in(s, k, negations))
			return true;
	return false;
}

/* Has the sentence already given an act between a and b, either way round? */
static bool
sentence_pairs(const event_list *ev, const gp_sentence *s, gp_polity a, gp_polity b)
{
	for (size_t i = 0; i < ev->n; i++)
		if (ev->items[i].evidence_start == s->span.start &&
			((ev->items[i].actor == a && ev->items[i].target == b) ||
			 (ev->items[i].actor == b && ev->items[i].target == a)))
			return true;
	return false;
}

/*
 * Verbs of asking, threatening and promising: the act they ask, threaten or
 * promise "to" do has not happened ("threatened to impose tariffs" is a
 * threat, not sanctions).
 */
static const char *const asking[] = {
	"urged", "urges", "urging", "asked", "asks", "asking", "called", "calls", "calling",
	"pressed", "presses", "pressing", "requested", "requests", "threatened", "threatens",
	"threatening", "vowed", "vows", "promised", "promises", "pledged", "pledges", NULL
};

/*
 * "said it would defend its rights and urged Turkey to ...": a past verb
 * joined by "and" or "but" after the modal at k is out of its reach.
 */
static bool
past_after_and(const gp_sentence *s, int k, int v)
{
	if (!ends_with(s, v, "ed"))
		return false;
	for (int j = v - 1; j > k && j >= v - 3; j--)
		if (gp_word_is(s, j, "and") || gp_word_is(s, j, "but"))
			return true;
	return false;
}

/*
 * Is the act at v denied, refused or only possible?  Also the act asked
 * for ("urged the government to impose sanctions") and "sanctions, if
 * any".
 */
static bool
denied(const gp_sentence *s, int v)
{
	for (int k = v - 3; k < v; k++)
		if (k >= 0 && gp_word_in(s, k, negations))
			return true;
	/* "close to reaching a deal", "nearer to agreement": not yet */
	if (gp_word_is(s, v - 1, "to") &&
		(gp_word_is(s, v - 2, "close") || gp_word_is(s, v - 2, "closer") ||
		 gp_word_is(s, v - 2, "near") || gp_word_is(s, v - 2, "nearer")))
		return true;
	for (int k = v - 8; k < v - 1; k++)
		if (k >= 0 && gp_word_in(s, k, asking))
			for (int t = k + 1; t < v; t++)
				if (gp_word_is(s, t, "to") && s->clause[t] == s->clause[v])
					return true;
	if (gp_word_is(s, v + 1, "if") || gp_word_is(s, v + 2, "if") ||
		gp_word_in(s, v + 1, hypotheticals))
		return true;		/* "sanctions, if any", "sanctions should be imposed" */
	for (int k = 0; k < v; k++)
		if (gp_word_in(s, k, hypotheticals) && s->clause[k] == s->clause[v] &&
			!past_after_and(s, k, v))
			return true;
	return false;
}

/*
 * "cannot accept", "could not accept", "refused to accept": the word before
 * "accept" (past "to") negates it, and no "if" or "whether" makes it a question.
 */
static bool
refuses_to_accept(const gp_sentence *s, int v)
{
	static const char *const refusing[] = {
		"not", "never", "cannot", "can't", "won't", "refused", "refuses", "refusing",
		"unwilling", "unable", NULL
	};
	int			w = gp_word_is(s, v - 1, "to") ? v - 2 : v - 1;

	if (!gp_word_is(s, v, "accept") || !gp_word_in(s, w, refusing))
		return false;
	for (int k = 0; k < v; k++)
		if ((gp_word_is(s, k, "if") || gp_word_is(s, k, "whether") ||
			 gp_word_is(s, k, "unless")) && s->clause[k] == s->clause[v])
			return false;
	return true;
}

/*
 * "said it would retaliate against Japan", "is ready to retaliate": a
 * stated will to retaliate is a threat.  Not the noun ("could trigger
 * retaliation", "in retaliation for"), not one asked for or asked about
 * ("urged Washington to retaliate", "if Japan was expected to retaliate"),
 * not one negated.
 */
static bool
retaliation_threatened(const gp_sentence *s, int v)
{
	static const char *const will[] = {"would", "will", "may", "might", NULL};

	if (!gp_word_is(s, v, "retaliate") ||
		!(gp_word_in(s, v - 1, will) ||
		  (gp_word_is(s, v - 1, "to") && (gp_word_in(s, v - 2, willing) ||
										  gp_word_is(s, v - 2, "decided")))))
		return false;
	for (int k = v - 3; k < v; k++)
		if (k >= 0 && gp_word_in(s, k, negations))
			return false;
	for (int k = 0; k < v; k++)
		if ((gp_word_is(s, k, "if") || gp_word_is(s, k, "whether") ||
			 gp_word_is(s, k, "unless") || (k >= v - 8 && gp_word_in(s, k, asking))) &&
			s->clause[k] == s->clause[v])
			return false;
	return true;
}

/*
 * "accused Y and threatened", "and is requesting": a verb whose subject is
 * the one before "and" or "but".  The word before v, past auxiliaries,
 * is the conjunction, and no polity stands right before it.
 */
static bool
shares_subject(const ev_sentence *e, int v)
{
	const gp_sentence *s = e->s;
	int			w = v - 1;

	while (w > 0 && w >= v - 3 && gp_word_in(s, w, auxiliaries))
		w--;
	/* headlines join verbs with a comma: "HITS EC TAX, VOWS RETALIATION" */
	if (e->title_case && w >= 0 && w == v - 1 && s->clause[w] != s->clause[v])
		return true;
	if (!(gp_word_is(s, w, "and") || gp_word_is(s, w, "but")))
		return false;
	return !event_polity(e, w - 1) && !gp_word_is(s, w - 1, "s");
}

/* The mention at w is followed by "to" or "on": "agreed with Gabon to reschedule". */
static bool
agrees_to(const gp_sentence *s, int w)
{
	while (w + 1 < s->nwords && s->mention[w + 1] == s->mention[w] && s->mention[w] >= 0)
		w++;
	return gp_word_is(s, w + 1, "to") || gp_word_is(s, w + 1, "on");
}

/*
 * "wants Japan to", "wants other G8 nations to", "wants the Japanese
 * government to": a request to target; "wants the EU budget to" is none.
 */
static bool
asks_of(const ev_sentence *e, int v, gp_polity actor, gp_polity target)
{
	const gp_sentence *s = e->s;
	int			at = -1;

	if (target == 0 || target_after_at(e, v, actor, false, &at) != target)
		return false;
	while (at + 1 < s->nwords && s->mention[at] >= 0 && s->mention[at + 1] == s->mention[at])
		at++;
	if (gp_word_in(s, at + 1, governments) || gp_word_is(s, at + 1, "nations") ||
		gp_word_is(s, at + 1, "countries") || gp_word_is(s, at + 1, "states"))
		at++;
	return gp_word_is(s, at + 1, "to");
}

static bool
offered_to(const ev_sentence *e, int v, gp_polity actor, gp_polity target)
{
	int			at = -1;

	if (target == 0 || target_after_at(e, v, actor, false, &at) != target)
		return false;
	return at == v + 1 || (at == v + 2 && gp_word_is(e->s, v + 1, "the")) ||
		gp_word_is(e->s, at - 1, "to") || gp_word_is(e->s, at - 2, "to");
}

/*
 * The agent after "by" at b: the polity heading the phrase that follows,
 * "by Iran", "by the 12-nation EC", "by British Prime Minister Tony
 * Blair"; not one further on ("by Congress against South Africa").
 */
static gp_polity
agent_after(const ev_sentence *e, int b, gp_polity not)
{
	const gp_sentence *s = e->s;

	for (int w = b + 1; w < s->nwords && w <= b + 5 && s->clause[w] == s->clause[b]; w++)
	{
		gp_polity	p = event_polity(e, w);
		char		c = s->text[s->words[w].start];

		if (p && p != not && !is_currency(e, w) && !negated_name(e, w))
			return p;
		if (!(gp_word_capitalised(s, w) || (c >= '0' && c <= '9') || gp_word_is(s, w, "the") ||
			  gp_word_is(s, w, "nation")))
			return 0;
	}
	return 0;
}

/* A name follows "with" at w: "with the ATPC", not "with progress". */
static bool
names_party(const ev_sentence *e, int w)
{
	if (gp_word_is(e->s, w + 1, "the"))
		w++;
	return !e->title_case && w + 1 < e->s->nwords && gp_word_capitalised(e->s, w + 1);
}

/* The sentence's first polity before v: the subject a later verb shares. */
static gp_polity
first_polity(const ev_sentence *e, int v)
{
	for (int w = 0; w < v; w++)
		if (event_polity(e, w))
			return event_polity(e, w);
	return 0;
}

/*
 * The act of cooperation at v is only intended: "ready to continue talks"
 * (1), or promised, and the promise is the act (2): "pledged to sign".
 */
static int
only_intended(const gp_sentence *s, int v)
{
	for (int k = v - 5; k < v - 1; k++)
		if (k >= 0 && gp_word_is(s, k + 1, "to"))
		{
			if (gp_word_in(s, k, willing))
				return 1;
			if (gp_word_starts(s, k, "promis") || gp_word_starts(s, k, "pledg"))
				return 2;
		}
	return 0;
}

static bool
cooperative(const action_rule *r)
{
	return r->cameo[0] == '0' && (r->cameo[1] == '4' || r->cameo[1] == '5' ||
								  r->cameo[1] == '6' || strcmp(r->cameo, "057") == 0);
}

/*
 * Is the polity p named before word v otherwise than as where one is ("in
 * Kenya before travelling")?  "In Iraqi air attacks" still names the attacker.
 */
static bool
acts_before(const ev_sentence *e, int v, gp_polity p)
{
	static const char *const linking[] = {
		"before", "after", "when", "while", "and", "or", "but", "to", "for", "since", "until",
		"as", "then", "is", "was", "were", "are", "has", "had", "have", "been", "be", NULL
	};

	for (int w = v - 1; w >= 0; w--)
	{
		bool		qualifies = true;	/* "in Iraqi air attacks": part of the act's noun */

		if (event_polity(e, w) != p)
			continue;
		for (int k = w + 1; k < v && qualifies; k++)
			qualifies = e->s->mention[k] < 0 && !gp_word_capitalised(e->s, k) &&
				!gp_word_in(e->s, k, linking);
		if (is_demonym(e, w) || qualifies || !after_word(e->s, w, where_preps))
			return true;
	}
	return false;
}

/*
 * The sentence names exactly two states or blocs, as actors could be named
 * (not as the home of a company, a currency or "non-OPEC"): *a and *b.
 */
static bool
two_states(const ev_sentence *e, gp_polity *a, gp_polity *b)
{
	const gp_sentence *s = e->s;

	*a = *b = 0;
	for (int w = 0; w < s->nwords; w++)
	{
		gp_polity	p = event_polity(e, w);

		if (p == 0 || p == *a || p == *b)
			continue;
		if (is_private(e, w) || is_currency(e, w) || negated_name(e, w) ||
			(is_demonym(e, w) && !demonym_governs(e, w, false)))
			continue;
		if (*a == 0)
			*a = p;
		else if (*b == 0)
			*b = p;
		else
			return false;
	}
	return *b != 0;
}

/* What "the two" may head: "warned the two", "the two countries". */
static const char *const two_heads[] = {
	"countries", "nations", "states", "governments", "sides", "were", "was", "are", "had",
	"have", "would", "will", "to", "of", NULL
};

/*
 * "warned the two were under scrutiny": the two states last named as a pair
 * ("France and Germany") are the targets.  The pair goes to *first and
 * *second when "the two" follows v closely and heads nothing else ("the two
 * men").
 */
static bool
two_after(const ev_sentence *e, int v, gp_polity actor, gp_polity *first, gp_polity *second)
{
	const gp_sentence *s = e->s;
	int			w = word_after(s, v, "two", 2);

	if (w < 0 || !gp_word_is(s, w - 1, "the") || s->clause[w] != s->clause[v] ||
		e->pair[0] == 0 || e->pair[1] == 0 || e->pair[0] == actor || e->pair[1] == actor)
		return false;
	if (w + 1 < s->nwords && !gp_word_in(s, w + 1, two_heads) &&
		s->clause[w + 1] == s->clause[w])
		return false;
	*first = e->pair[0];
	*second = e->pair[1];
	return true;
}

/* Harm said of a state's policy: "X's policy had made life impossible". */
static const char *const harm_words[] = {
	"impossible", "difficult", "problems", "hurt", "hurting", "harmed", "harming", "damaged",
	"damaging", "undermined", "undermining", "unacceptable", "unfair", "unjustified", NULL
};
static const char *const policy_nouns[] = {
	"policy", "policies", "rules", "regulations", "practices", "restrictions", "subsidies",
	"tariffs", "duties", "quotas", "barriers", "curbs", "measures", "decision", NULL
};
static const char *const speaking[] = {
	"said", "says", "say", "saying", "told", "tells", "claimed", "claims", "claiming",
	"argued", "argues", "arguing", "complained", "complains", "complaining", "called", NULL
};
static const action_rule blame_rule = {"", NULL, "criticise", "11", false};

/*
 * Criticism as reported speech: a state or official says that another
 * state's policy or rules made something impossible or difficult, caused
 * problems or hurt someone ("Tokyo and Bonn claiming Washington's policy had
 * made life impossible for exporters"), or that the state failed to do
 * something ("what he called Japan's failure to honour the pact").  The target owns the policy; the
 * actor is who speaks: the polity acting before the owner, or a person the
 * sentence names as standing for a state ("..., he said").
 */
static void
scan_blame(event_list *ev, ev_sentence *e, gp_date published)
{
	const gp_sentence *s = e->s;
	int			speech = -1;	/* not looked for yet */

	for (int h = 1; h < s->nwords; h++)
	{
		int			y = -1;
		gp_polity	target = 0,
					actor,
					first,
					second;
		char		c = s->text[s->words[h].start] | 0x20;

		/* the first letters of harm_words, "failure" and "failed": most words go here */
		if (c != 'i' && c != 'd' && c != 'p' && c != 'h' && c != 'u' && c != 'f')
			continue;
		if (!gp_word_in(s, h, harm_words) && !gp_word_is(s, h, "failure") &&
			!gp_word_is(s, h, "failed"))
			continue;
		if (speech < 0)
		{
			speech = 0;
			for (int w = 0; w < s->nwords && !speech; w++)
				speech = gp_word_in(s, w, speaking);
		}
		if (!speech)
			return;

		/* "what he called Japan's failure to honour", "Tokyo had failed to" */
		if ((gp_word_is(s, h, "failure") || gp_word_is(s, h, "failed")) &&
			gp_word_is(s, h + 1, "to") && !denied(s, h))
		{
			int			w = h - 1;

			if (gp_word_is(s, w, "s") || gp_word_is(s, w, "had") || gp_word_is(s, w, "has"))
				w--;
			if (event_polity(e, w) != 0 && s->mention[w] >= 0 && !is_demonym(e, w) &&
				!is_private(e, w) && !negated_name(e, w))
			{
				y = gp_mention_first_word(s, w);
				target = event_polity(e, w);
			}
		}
		else if (!gp_word_in(s, h, harm_words) || denied(s, h))
			continue;
		/* the owner of the policy: "Washington's policy", "the EU rules" */
		for (int w = h - 1; y < 0 && w >= 0 && w >= h - 12; w--)
		{
			int			last = w,
						k;

			if (event_polity(e, w) == 0 || s->mention[w] < 0)
				continue;
			while (last + 1 < s->nwords && s->mention[last + 1] == s->mention[w])
				last++;
			for (k = last + 1; k < h && k <= last + 5 && s->mention[k] < 0; k++)
				if (gp_word_in(s, k, policy_nouns))
					break;
			if (k < h && k <= last + 5 && gp_word_in(s, k, policy_nouns) &&
				!is_private(e, w) && !negated_name(e, w))
			{
				y = gp_mention_first_word(s, w);
				target = event_polity(e, w);
			}
			break;				/* the nearest polity decides */
		}
		if (y < 0)
			continue;
		actor = actor_before(e, y);
		/* "with Tokyo and Bonn claiming": both speak */
		for (int w = y - 1; actor != 0 && w >= 0 && s->clause[w] == s->clause[y]; w--)
			if (event_polity(e, w) == actor)
			{
				if (pair_ending(e, w, &first, &second) && first != target && second != target)
					add_event(ev, s, &blame_rule, actor == first ? second : first, target, h,
							  published, e->companies);
				break;
			}
		/* "..., he said": a person the article follows, as the one who speaks */
		if (actor == 0)
			for (int w = 0; w < s->nwords && actor == 0; w++)
				if (s->mention[w] < 0 && e->who[w] != 0 && e->who[w] != target &&
					(gp_word_in(s, w + 1, speaking) || gp_word_in(s, w - 1, speaking)))
					actor = e->who[w];
		if (actor == 0 || actor == target)
			continue;
		add_event(ev, s, &blame_rule, actor, target, h, published, e->companies);
	}
}

/*
 * The state a complaint or charge is about when no polity follows the verb
 * closely: the subject of its "that" clause ("complained to the GATT
 * secretariat that South Korea's plan broke the rules"), named right after
 * "that" (past "the").
 */
static gp_polity
blamed_in_that(const ev_sentence *e, int v, gp_polity actor)
{
	const gp_sentence *s = e->s;

	for (int w = v + 1; w < s->nwords && w <= v + 16; w++)
	{
		int			k = w + 1;
		gp_polity	p;

		if (breaks_clause(s, w))
			return 0;
		if (!gp_word_is(s, w, "that"))
			continue;
		if (gp_word_is(s, k, "the"))
			k++;
		p = event_polity(e, k);
		if (p == 0 || p == actor || is_place(e, k) || is_private(e, k) || negated_name(e, k) ||
			is_currency(e, k) || (is_demonym(e, k) && !demonym_governs(e, k, false)))
			return 0;
		return p;
	}
	return 0;
}

/* Words between a verb and the list of its targets: "called on both Japan and ..." */
static const char *const list_lead[] = {
	"to", "on", "upon", "against", "both", "the", NULL
};

static void
scan_events(event_list *ev, ev_sentence *e, gp_date published)
{
	const gp_sentence *s = e->s;
	gp_polity	last_actor = 0,
				last_target = 0;	/* the sentence's previous act */

	for (int v = 0; v < s->nwords; v++)
	{
		const action_rule *r;
		gp_polity	actor = 0,
					target = 0,
					first,
					second;
		int			need = -1,
					at = -1;
		char		c;
		bool		noun;

		/*
		 * "Tariffs" in the General Agreement on Tariffs and Trade is a name,
		 * whether the scanner knew it or not; headlines capitalise verbs
		 */
		if (e->used[v] || s->mention[v] >= 0 ||
			(v > 0 && gp_word_capitalised(s, v) && !e->title_case))
			continue;
		c = s->text[s->words[v].start] | 0x20;	/* only rules of its letter */
		for (r = headline_rules; e->title_case && r->prefix; r++)
			if (r->prefix[0] == c && gp_word_is(s, v, r->prefix))
				break;
		if (!e->title_case || r->prefix == NULL)
		{
			/* the rules of its letter only, in their order */
			int			k = c >= 'a' && c <= 'z' ? e->first_rule[c - 'a'] : -1;

			for (; k >= 0; k = e->next_rule[k])
				if (gp_word_starts(s, v, rules[k].prefix) &&
					(rules[k].needs == NULL || (need = near(s, v, rules[k].needs)) >= 0))
					break;
			r = k >= 0 ? &rules[k] : &rules[sizeof(rules) / sizeof(rules[0]) - 1];
		}
		if (r->prefix == NULL || gp_word_in(s, v, not_actions) ||
			(gp_word_is(s, v, "press") && gp_word_in(s, v + 1, press_nouns)))
			continue;
		if (need >= 0)
			e->used[need] = true;
		e->trade = strcmp(r->cameo, "163") == 0;
		e->answering = strcmp(r->cameo, "12") == 0 || strcmp(r->cameo, "11") == 0;
		/* "could not accept Y's plan", "refused to accept": a rejection; "accepted" none */
		if (gp_word_starts(s, v, "accept"))
		{
			if (!refuses_to_accept(s, v))
				continue;
		}
		/*
		 * "said it would retaliate against Japan": the threat is the act;
		 * "in retaliation for" tells why another act was done
		 */
		else if (gp_word_starts(s, v, "retaliat") && r->needs == NULL)
		{
			if (!retaliation_threatened(s, v))
				continue;
		}
		else if (denied(s, v))
			continue;
		/* "the threatened tariffs", "a proposed embargo": adjectives, not acts */
		if (ends_with(s, v, "ed") && (gp_word_is(s, v - 1, "the") || gp_word_is(s, v - 1, "a")))
			continue;
		/* "export demand of the United States" is trade, "demands that" a demand */
		if ((gp_word_is(s, v, "demand") || gp_word_is(s, v, "demands")) &&
			!(gp_word_is(s, v + 1, "that") || gp_word_is(s, v + 1, "to") || event_polity(e, v + 1)))
			continue;
		/* criticism is a verb: "faces condemnation" is done by others */
		if (strcmp(r->cameo, "11") == 0 && (ends_with(s, v, "ation") || ends_with(s, v, "ism")))
			continue;
		/* "agreed to begin talks": an agreement only to keep talking is none (GUIDE) */
		if (strcmp(r->cameo, "057") == 0 && gp_word_is(s, v, "agreed") &&
			gp_word_is(s, v + 1, "to") && gp_word_in(s, v + 2, talking))
			continue;
		if (cooperative(r) && only_intended(s, v) == 2)
			continue;
		if (cooperative(r) && only_intended(s, v) == 1)
			r = &intent_rule;
		noun = gp_word_in(s, v, gathering_nouns) &&
			!(gp_word_is(s, v - 1, "is") || gp_word_is(s, v - 1, "are") ||
			  gp_word_is(s, v - 1, "were") || gp_word_is(s, v - 1, "was"));

		/*
		 * "Russia and Iran will sign": both act, the first names the actor;
		 * "Spain and Portugal will hold talks with Morocco": each with Morocco
		 */
		if (r->mutual && pair_before(e, v, &actor, &target))
		{
			gp_polity	partner;

			if ((at = word_after(s, v, "with", 3)) >= 0 &&
				((partner = target_after(e, at, 0)) != 0 || names_party(e, at)))
			{
				/* "Brazil and China pledged to cooperate with the ATPC": co-actors */
				if (partner == 0 || partner == actor || partner == target)
					continue;
				add_event(ev, s, r, actor, partner, v, published, e->companies);
				actor = target;
				target = partner;
			}
		}
		/* "the two countries signed": the two named last */
		else if (r->mutual && pair_referred(e, v, &actor, &target))
			;
		/* "talks between the EC and the Soviet Union" */
		else if (pair_between(e, v, &actor, &target))
			;
		/* "came under pressure from Britain", "under attack by Iran": done to the subject */
		else if (gp_word_is(s, v - 1, "under") || gp_word_is(s, v - 2, "under") ||
				 (gp_word_is(s, v - 3, "under") && gp_word_is(s, v - 2, "the")))
		{
			if ((at = word_after(s, v, "by", 1)) < 0 && (at = word_after(s, v, "from", 1)) < 0)
				continue;
			target = actor_before(e, v);
			actor = agent_after(e, at, target);
		}
		/*
		 * "a meeting of the council": the business of one side; but in "X
		 * failed to convince Y during two days of talks", the talks are
		 * between the sides of the sentence's act before, when the sentence
		 * names no other state
		 */
		else if (noun && word_after(s, v, "with", 3) < 0)
		{
			if (!(gp_word_is(s, v, "talks") || gp_word_is(s, v, "negotiations")) ||
				!two_states(e, &actor, &target) || !sentence_pairs(ev, s, actor, target) ||
				negated_before(s, v, 6))
				continue;
		}
		/* "the supply of Iranian drones used by Russia": the demonym acts */
		else if (gp_word_is(s, v + 1, "of") && is_demonym(e, v + 2))
		{
			actor = event_polity(e, v + 2);
			for (int w = v + 3; w < s->nwords && w <= v + 12 && target == 0; w++)
				if (gp_word_is(s, w, "by") || gp_word_is(s, w, "to"))
					target = target_after(e, w, actor);
		}
		/*
		 * the passive: "X was criticised by Y"; without "by" nobody acts.
		 * Also reduced, "the vessels seized recently by Iran", and the
		 * noun's agent: "shipping came under attack by Iran".
		 */
		else if (((ends_with(s, v, "ed") || ends_with(s, v, "en")) &&
				  (gp_word_is(s, v - 1, "was") || gp_word_is(s, v - 1, "were") ||
				   gp_word_is(s, v - 1, "been") || gp_word_is(s, v - 1, "is") ||
				   gp_word_is(s, v - 1, "be") || gp_word_is(s, v - 1, "are"))) ||
				 (!r->mutual && word_after(s, v, "by", 1) >= 0))
		{
			if ((at = word_after(s, v, "by", 1)) < 0)
				continue;
			target = actor_before(e, v);
			actor = agent_after(e, at, target);
			/* "sanctions imposed by the U.S. on Iran", not "by X and Y" */
			if (actor != 0 && target == 0 &&
				(target = target_after_at(e, at, actor, false, &need)) != 0 &&
				!gp_word_in(s, gp_mention_first_word(s, need) - 1, target_preps))
				target = 0;
		}
		/* "the visit of U.S. Secretary of State Shultz (to Peking)": the visitor after "of" */
		else if (strcmp(r->cameo, "042") == 0 && gp_word_is(s, v + 1, "of") &&
				 (actor = target_after_at(e, v + 1, 0, true, &at)) != 0)
			target = (need = word_after(s, at, "to", 8)) >= 0 ? target_after(e, need, actor) : 0;
		/* "the invasion of Kuwait by Iraq" */
		else if (gp_word_is(s, v + 1, "of") &&
				 (target = target_after_at(e, v + 1, 0, true, &at)) != 0 &&
				 gp_word_is(s, at + 1, "by"))
			actor = target_after_at(e, at + 1, target, true, NULL);
		/* "a complaint from the EC about the accord": the noun's actor */
		else if (!r->mutual && (at = word_after(s, v, "from", 1)) >= 0 &&
				 (actor = target_after_at(e, at, 0, true, &need)) != 0 && need <= at + 4)
			target = target_after(e, need, actor);
		/* "X accused Y and threatened retaliation": the same sides */
		else if (shares_subject(e, v))
		{
			actor = last_actor ? last_actor : first_polity(e, v);
			target = target_after(e, v, actor);
			if (target == 0)
				target = last_target;
		}
		else
		{
			actor = actor_before(e, v);
			/* "He was in Kenya before travelling to Sudan": where one is, not who acts */
			if (actor != 0 && !acts_before(e, v, actor))
				actor = 0;
			if (noun)			/* "Japan's talks with the United States" */
				target = target_after(e, word_after(s, v, "with", 3), actor);
			/* "reached an agreement on traffic rights with the Japanese government" */
			else if (strcmp(r->cameo, "057") == 0)
			{
				target = 0;
				if ((at = word_after(s, v, "with", 8)) >= 0 &&
					target_after_at(e, at, actor, false, &need) != 0 && need <= at + 6)
					target = event_polity(e, need);
				/* "agreed with Japan to", not "agreed with Japan's view" */
				if (target != 0 && gp_word_is(s, v, "agreed") && !agrees_to(s, need))
					target = 0;
			}
			else
			{
				/*
				 * "complained to the GATT secretariat that South Korea's plan
				 * ...": the complaint is about Korea, to whomever it went
				 */
				gp_polity	about = strcmp(r->cameo, "11") == 0 && actor != 0 ?
					blamed_in_that(e, v, actor) : 0;

				target = target_after_at(e, v, actor, strcmp(r->cameo, "042") == 0, NULL);

				if (about != 0 && about != target)
				{
					if (target != 0)
						add_event(ev, s, r, actor, about, v, published, e->companies);
					else
						target = about;
				}
			}
		}
		/* "flies to Brussels for talks with EC officials": the visit is to the hosts */
		if (strcmp(r->cameo, "042") == 0)
			for (int w = v + 1; w < s->nwords && w <= v + 8 && s->clause[w] == s->clause[v]; w++)
				if (gp_word_in(s, w, gathering_nouns) && gp_word_is(s, w + 1, "with"))
				{
					gp_polity	host = target_after(e, w + 1, actor);

					if (host)
					{
						target = host;
						e->used[w] = true;
					}
					break;
				}
		/* "leaves for Washington", not "left room for" */
		if ((gp_word_starts(s, v, "leav") || gp_word_is(s, v, "left")) && !gp_word_is(s, v + 1, "for"))
			continue;
		/* "wants other G8 nations to match": a request only with its "to" */
		if (gp_word_starts(s, v, "want") && !asks_of(e, v, actor, target))
			continue;
		/* "Iranian-backed militias": the compound backs the noun it qualifies */
		if (v > 0 && s->words[v].start == s->words[v - 1].end + 1 &&
			s->text[s->words[v].start - 1] == '-' &&
			(at = -1, target_after_at(e, v, actor, false, &at)) != 0 && at != v + 1)
			continue;
		/* "offered China access", "offered wheat to Bangladesh"; not "offered rate" */
		if (gp_word_is(s, v, "offered") && !offered_to(e, v, actor, target))
			continue;
		if (actor == 0)
			continue;
		/* "the EC warned the two": each of the pair named last */
		if (target == 0 && !r->mutual && two_after(e, v, actor, &first, &second))
		{
			add_event(ev, s, r, actor, first, v, published, e->companies);
			target = second;
		}
		last_actor = actor;
		last_target = target;
		add_event(ev, s, r, actor, target, v, published, e->companies);
		/* "Japan and the U.S. accused China": both act */
		if (!r->mutual && pair_before(e, v, &first, &second) && (actor == first || actor == second))
			add_event(ev, s, r, actor == first ? second : first, target, v, published, e->companies);
		/*
		 * "charged France, West Germany, the U.K. and Spain with ...": every
		 * one; the list may start a little after the verb ("delivered
		 * warnings to both Japan and the United States")
		 */
		at = v + 1;
		for (int w = v + 1; w < s->nwords && w <= v + 4 && target != 0; w++)
		{
			if (event_polity(e, w) == target)
			{
				at = w;
				break;
			}
			if (!gp_word_in(s, w, list_lead))
				break;
		}
		if (!r->mutual && target != 0)
			for (int w = at; w < s->nwords && w <= v + 24; w++)
			{
				gp_polity	p = event_polity(e, w);

				if (p && p != actor && p != target && !is_demonym(e, w) &&
					(gp_word_is(s, gp_mention_first_word(s, w) - 1, "and") ||
					 s->clause[w] != s->clause[gp_mention_first_word(s, w) > 0 ?
											   gp_mention_first_word(s, w) - 1 : 0] ||
					 gp_word_is(s, gp_mention_first_word(s, w) - 1, "the")))
					add_event(ev, s, r, actor, p, v, published, e->companies);
				else if (!p && s->mention[w] < 0 && !gp_word_is(s, w, "and") &&
						 !gp_word_is(s, w, "the") && !gp_word_is(s, w, "commission"))
					break;
			}
	}
	scan_blame(ev, e, published);
	for (int w = 0; w < s->nwords; w++)
	{
		gp_polity	first,
					second;

		remember(e->recent, event_polity(e, w));
		if (event_polity(e, w) && pair_ending(e, w, &first, &second))
		{
			e->pair[0] = first;
			e->pair[1] = second;
		}
	}
}

/* Chain the rules by their first letter, keeping their order (most specific first). */
static void
index_rules(ev_sentence *e)
{
	short		last[26];

	for (int l = 0; l < 26; l++)
		e->first_rule[l] = last[l] = -1;
	for (int k = 0; rules[k].prefix; k++)
	{
		int			l = rules[k].prefix[0] - 'a';

		e->next_rule[k] = -1;
		if (l < 0 || l >= 26)
			continue;
		if (last[l] < 0)
			e->first_rule[l] = (short) k;
		else
			e->next_rule[last[l]] = (short) k;
		last[l] = (short) k;
	}
}

typedef struct scan_args
{
	event_list *ev;
	ev_sentence *view;
	gp_people  *people;
	gp_date		published;
} scan_args;

static void
visit(void *arg, const gp_sentence *s)
{
	scan_args  *sa = arg;
	int			caps = 0;

	sa->view->s = s;
	memset(sa->view->used, 0, sizeof(sa->view->used));
	for (int w = 0; w < s->nwords; w++)
		caps += gp_word_capitalised(s, w);
	sa->view->title_case = caps * 2 > s->nwords;
	gp_people_read(sa->people, s, sa->view->who);
	sa->view->companies = gp_speaks_of_companies(s);
	scan_events(sa->ev, sa->view, sa->published);
}

gp_status
gp_find_events(const gp_gazetteer *gz, const gp_catalog *cat, const char *text, size_t len,
			   gp_date published, gp_tick tick, void *tick_ctx, const gp_allocator *a,
			   gp_found_event **out, size_t *nout, gp_error *err)
{
	event_list	ev = {NULL, 0};
	scan_args	sa = {&ev, NULL, NULL, published};
	gp_status	rc;

	*out = NULL;
	*nout = 0;
	ev.items = a->alloc(a->ctx, MAX_EVENTS * sizeof(gp_found_event));
	sa.view = a->alloc(a->ctx, sizeof(ev_sentence));
	sa.people = a->alloc(a->ctx, sizeof(gp_people));
	if (ev.items == NULL || sa.view == NULL || sa.people == NULL)
	{
		rc = gp_fail(err, GP_ERR_NO_MEMORY, 0, "out of memory");
		goto done;
	}
	memset(sa.people, 0, sizeof(gp_people));
	memset(sa.view, 0, sizeof(ev_sentence));
	index_rules(sa.view);
	rc = gp_sentences_visit(gz, cat, text, len, published, tick, tick_ctx, a, visit, &sa, err);
	if (rc == GP_OK)
	{
		gp_char_cursor cur = {0, 0};

		for (size_t i = 0; i < ev.n; i++)
			gp_char_span(text, &cur, ev.items[i].evidence_start, ev.items[i].evidence_end,
						 &ev.items[i].start, &ev.items[i].length);
		*out = ev.items;
		*nout = ev.n;
		ev.items = NULL;
	}
done:
	if (ev.items)
		a->free(a->ctx, ev.items);
	if (sa.view)
		a->free(a->ctx, sa.view);
	if (sa.people)
		a->free(a->ctx, sa.people);
	return rc;
}
