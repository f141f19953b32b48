/*
 * events_extract.c
 *		Who did what to whom: events between two polities, with CAMEO codes.
 *
 * Design: in each sentence, a verb or action noun from the table below is
 * an event; its actor is the polity acting before it in the clause (or the
 * polity after "by" in the passive, or the demonym in "the supply of
 * Iranian drones"), its target the first polity after it.  Capitals count
 * as their states here ("a visit to Moscow").  Negated, denied and
 * hypothetical acts are no events; neither are acts inside one state.  One
 * row per distinct (actor, action, target); mutual acts (signing, meeting,
 * praise, cooperation) are one row whichever way round.
 */
#include "extract.h"
#include "dates.h"
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

/* Most specific first: "supplied ... weapons" before "supplied". */
static const action_rule rules[] = {
	{"sign", "agree", "sign", "057", true}, {"sign", "treat", "sign", "057", true},
	{"sign", "pact", "sign", "057", true}, {"sign", "accord", "sign", "057", true},
	{"sign", "deal", "sign", "057", true}, {"sign", "partnership", "sign", "057", true},
	{"sign", "memorand", "sign", "057", true}, {"conclud", "agree", "sign", "057", true},
	{"sign", "constitution", "sign", "057", true}, {"sign", "charter", "sign", "057", true},
	{"sign", "convention", "sign", "057", true}, {"sign", "protocol", "sign", "057", true},
	{"visit", NULL, "visit", "042", false}, {"travel", NULL, "visit", "042", false},
	{"flies", NULL, "visit", "042", false}, {"flew", NULL, "visit", "042", false},
	{"host", NULL, "host", "043", false},
	{"negotiat", NULL, "negotiate", "046", true}, {"talks", NULL, "negotiate", "046", true},
	{"met", NULL, "consult", "040", true}, {"meet", NULL, "consult", "040", true},
	{"prais", NULL, "praise", "051", true}, {"hail", NULL, "praise", "051", true},
	{"commend", NULL, "praise", "051", true}, {"lauded", NULL, "praise", "051", true},
	{"welcom", NULL, "praise", "051", true}, {"backing", NULL, "praise", "051", false},
	{"endors", NULL, "praise", "051", false}, {"support", NULL, "praise", "051", false},
	{"suppl", "weapon", "supply_weapons", "072", false}, {"suppl", "arms", "supply_weapons", "072", false},
	{"suppl", "drone", "supply_weapons", "072", false}, {"suppl", "shell", "supply_weapons", "072", false},
	{"suppl", "missile", "supply_weapons", "072", false}, {"suppl", "troop", "supply_weapons", "072", false},
	{"suppl", "ammunition", "supply_weapons", "072", false},
	{"deliver", "weapon", "supply_weapons", "072", false}, {"sent", "troop", "supply_weapons", "072", false},
	{"military", "aid", "military_aid", "072", false}, {"military", "assistance", "military_aid", "072", false},
	{"lift", "sanction", "ease_sanctions", "081", false}, {"eas", "sanction", "ease_sanctions", "081", false},
	{"sanction", NULL, "impose_sanctions", "163", false}, {"embargo", NULL, "impose_sanctions", "163", false},
	{"tariff", NULL, "impose_sanctions", "163", false},
	{"invad", NULL, "attack", "19", false}, {"invasion", NULL, "attack", "19", false},
	{"attack", NULL, "attack", "19", false}, {"bomb", NULL, "attack", "19", false},
	{"criticis", NULL, "criticise", "11", false}, {"criticiz", NULL, "criticise", "11", false},
	{"accus", NULL, "criticise", "11", false}, {"condemn", NULL, "criticise", "11", false},
	{"blam", NULL, "criticise", "11", false}, {"complain", NULL, "criticise", "11", false},
	{"charg", NULL, "criticise", "11", false}, {"attacked", "polic", "criticise", "11", false},
	{"threat", NULL, "threaten", "13", false}, {"warn", NULL, "threaten", "13", false},
	{"reject", NULL, "reject", "12", false}, {"refus", NULL, "reject", "12", false},
	{"demand", NULL, "demand", "10", false},
	{"insist", NULL, "demand", "10", false},
	{"urg", NULL, "appeal", "02", false}, {"appeal", NULL, "appeal", "02", false},
	{"asked", NULL, "appeal", "02", false}, {"request", NULL, "appeal", "02", false},
	{"press", "to", "appeal", "02", false}, {"called", "on", "appeal", "02", false},
	{"promis", NULL, "intend_to_cooperate", "03", true}, {"pledg", NULL, "intend_to_cooperate", "03", true},
	{"protest", NULL, "protest", "14", false},
	{"expel", NULL, "expel", "17", false}, {"seiz", NULL, "seize", "17", false},
	{"aid", NULL, "economic_aid", "071", false}, {"loan", NULL, "economic_aid", "071", false},
	{NULL, NULL, NULL, NULL, false}
};

static const char *const negations[] = {
	"not", "never", "denied", "denies", "deny", "no", "without", NULL
};
static const char *const hypotheticals[] = {
	"if", "would", "could", "might", "may", "unless", "whether", "should", NULL
};

/* A polity that can act or be acted on: a state or bloc, a capital too. */
static gp_polity
event_polity(const gp_sentence *s, int w)
{
	const gp_mention *m;

	if (w < 0 || w >= s->nwords || s->mention[w] < 0)
		return 0;
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
is_demonym(const gp_sentence *s, int w)
{
	return w >= 0 && w < s->nwords && s->mention[w] >= 0 &&
		s->mentions->items[s->mention[w]].kind == GP_MK_DEMONYM;
}

/* The polity acting before word v in its clause (the nearest), or 0. */
static gp_polity
actor_before(const gp_sentence *s, int v)
{
	for (int w = v - 1; w >= 0 && s->clause[w] == s->clause[v]; w--)
	{
		gp_polity	p = event_polity(s, w);

		if (p)
			return p;
	}
	/*
	 * "For Russia, ... its invasion of Ukraine", "The EC charges ..., and is
	 * requesting ...": the sentence's first polity
	 */
	for (int w = v - 1; w >= 0; w--)
		if (((gp_word_is(s, w, "its") || gp_word_is(s, w, "it")) && w >= v - 3) ||
			(gp_word_is(s, w, "and") && w >= v - 3 && s->clause[w] == s->clause[v] &&
			 (w == 0 || s->clause[w - 1] != s->clause[w])))
		{
			for (int k = 0; k < v; k++)
				if (event_polity(s, k))
					return event_polity(s, k);
		}
	return 0;
}

/* The first polity after word v, within a few words, not actor. */
static gp_polity
target_after(const gp_sentence *s, int v, gp_polity actor)
{
	for (int w = v + 1; w < s->nwords && w <= v + 10; w++)
	{
		gp_polity	p = event_polity(s, w);

		if (p && p != actor && (!is_demonym(s, w) || gp_word_is(s, w - 1, "against") ||
								 gp_word_is(s, w - 1, "on")))
			return p;
		if (gp_word_is(s, w, "while") || gp_word_is(s, w, "but") || gp_word_is(s, w, "whereas"))
			break;
	}
	return 0;
}

static bool
ends_with(const gp_sentence *s, int w, const char *suffix)
{
	size_t		n = strlen(suffix),
				len = s->words[w].end - s->words[w].start;

	return len > n && memcmp(s->text + s->words[w].end - n, suffix, n) == 0;
}

/* "Russia and Iran [are poised to] sign": two polities joined by "and" before v. */
static bool
pair_before(const gp_sentence *s, int v, gp_polity *first, gp_polity *second)
{
	for (int w = v - 1; w >= 2 && s->clause[w] == s->clause[v]; w--)
	{
		int			start;

		if (!event_polity(s, w))
			continue;
		start = gp_mention_first_word(s, w);
		if (gp_word_is(s, start - 1, "and") && event_polity(s, start - 2) &&
			event_polity(s, start - 2) != event_polity(s, w))
		{
			*first = event_polity(s, start - 2);
			*second = event_polity(s, w);
			return true;
		}
		return false;			/* the nearest polity is not in a pair */
	}
	return false;
}

static bool
near(const gp_sentence *s, int v, const char *prefix)
{
	for (int w = v - 4; w <= v + 8; w++)
		if (w >= 0 && w < s->nwords && w != v && gp_word_starts(s, w, prefix))
			return true;
	return false;
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

static void
add_event(event_list *ev, const gp_sentence *s, const action_rule *r, gp_polity actor,
		  gp_polity target, int v, gp_date published)
{
	gp_fuzzy_date dates[8];
	int			at[8];
	int			nd;
	gp_found_event *e;

	if (actor == 0 || target == 0 || actor == target)
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

static void
scan_events(event_list *ev, const gp_sentence *s, gp_date published)
{
	for (int v = 0; v < s->nwords; v++)
	{
		const action_rule *r;
		gp_polity	actor,
					target;
		bool		denied = false;

		for (r = rules; r->prefix; r++)
			if (gp_word_starts(s, v, r->prefix) && (r->needs == NULL || near(s, v, r->needs)))
				break;
		if (r->prefix == NULL)
			continue;
		for (int k = v - 3; k < v; k++)
			if (k >= 0 && gp_word_in(s, k, negations))
				denied = true;
		for (int k = 0; k < v; k++)
			if (gp_word_in(s, k, hypotheticals) && s->clause[k] == s->clause[v])
				denied = true;
		if (denied)
			continue;
		/* criticism is a verb: "faces condemnation" is done by others */
		if (strcmp(r->cameo, "11") == 0 && (ends_with(s, v, "ation") || ends_with(s, v, "ism")))
			continue;
		/* "Russia and Iran will sign": both act, the first names the actor */
		if (r->mutual && pair_before(s, v, &actor, &target))
			;
		/* "the supply of Iranian drones used by Russia": the demonym acts */
		else if (gp_word_is(s, v + 1, "of") && is_demonym(s, v + 2))
		{
			actor = event_polity(s, v + 2);
			target = 0;
			for (int w = v + 3; w < s->nwords && w <= v + 12 && target == 0; w++)
				if (gp_word_is(s, w, "by") || gp_word_is(s, w, "to"))
					target = target_after(s, w, actor);
		}
		/* the passive: "X was criticised by Y"; without "by" nobody acts */
		else if ((gp_word_is(s, v - 1, "was") || gp_word_is(s, v - 1, "were") ||
				  gp_word_is(s, v - 1, "been") || gp_word_is(s, v - 1, "is")) &&
				 (ends_with(s, v, "ed") || ends_with(s, v, "en")))
		{
			if (!gp_word_is(s, v + 1, "by"))
				continue;
			target = actor_before(s, v);
			actor = target_after(s, v + 1, target);
		}
		else
		{
			actor = actor_before(s, v);
			target = target_after(s, v, actor);
		}
		add_event(ev, s, r, actor, target, v, published);
		/* "charged France, West Germany, the U.K. and Spain with ...": every one */
		if (!r->mutual && target != 0)
			for (int w = v + 1; w < s->nwords && w <= v + 24; w++)
			{
				gp_polity	p = event_polity(s, w);

				if (p && p != actor && p != target && !is_demonym(s, w) &&
					(gp_word_is(s, gp_mention_first_word(s, w) - 1, "and") ||
					 s->clause[w] != s->clause[gp_mention_first_word(s, w) > 0 ?
											   gp_mention_first_word(s, w) - 1 : 0] ||
					 gp_word_is(s, gp_mention_first_word(s, w) - 1, "the")))
					add_event(ev, s, r, actor, p, v, published);
				else if (!p && s->mention[w] < 0 && !gp_word_is(s, w, "and") &&
						 !gp_word_is(s, w, "the") && !gp_word_is(s, w, "commission"))
					break;
			}
	}
}

typedef struct scan_args
{
	event_list *ev;
	gp_date		published;
} scan_args;

static void
visit(void *arg, const gp_sentence *s)
{
	scan_args  *sa = arg;

	scan_events(sa->ev, s, sa->published);
}

gp_status
gp_find_events(const gp_gazetteer *gz, const gp_catalog *cat, const char *text, size_t len,
			   gp_date published, gp_tick tick, void *tick_ctx, const gp_allocator *a,
			   gp_found_event **out, size_t *nout, gp_error *err)
{
	event_list	ev = {NULL, 0};
	scan_args	sa = {&ev, published};
	gp_status	rc;

	*out = NULL;
	*nout = 0;
	ev.items = a->alloc(a->ctx, MAX_EVENTS * sizeof(gp_found_event));
	if (ev.items == NULL)
		return gp_fail(err, GP_ERR_NO_MEMORY, 0, "out of memory");
	rc = gp_sentences_visit(gz, cat, text, len, published, tick, tick_ctx, a, visit, &sa, err);
	if (rc == GP_OK)
	{
		gp_char_cursor cur = {0, 0};

		for (size_t i = 0; i < ev.n; i++)
			gp_char_span(text, &cur, ev.items[i].evidence_start, ev.items[i].evidence_end,
						 &ev.items[i].start, &ev.items[i].length);
		*out = ev.items;
		*nout = ev.n;
		return GP_OK;
	}
	a->free(a->ctx, ev.items);
	return rc;
}
