/*
 * mentions.c
 *		The mention scanner.
 *
 * Design: one pass over the text.  next_token() yields word tokens (letters,
 * digits and marks, with "d'Ivoire" and "U.S." kept whole and a possessive
 * "'s" left out; every character of an unspaced script is a token of its
 * own) and notes sentence ends in the separators between them.  A token
 * that can start a name begins a lookup: the phrase grows a token at a time
 * (across spaces, hyphens, "&" and dots only) while the gazetteer knows a
 * longer phrase with this beginning, and every phrase that has values is
 * remembered; the longest with a value that fits wins.  Rules then keep
 * look-alikes out:
 *   - names must start with a capital in scripts with case ("turkey", "china"
 *     and "west" are words); acronyms must be written in capitals ("us");
 *   - a country or bloc name glued to other capitalised words is part of
 *     another name ("Air India", "Jordan Peterson", "Iran Air"), except in
 *     headlines written in capitals; on a line made only of capitalised
 *     words (a byline: "EU Global Editorial Staff") any capitalised word
 *     glued to it counts;
 *   - names inside longer names are left out: a monarch's realm after a
 *     regnal number ("Carlos I de España"), the seat of a title of
 *     nobility ("Duke of Norfolk"), a gloss in another script ("Ірак
 *     ( Iraq )"), a Chinese language or transliterated name ("葡萄牙语",
 *     "馬里·安培"); so are Latin names in languages other than English in
 *     text of another script ("журнал Hrvatska"), and "West" outside English;
 *   - people named like places (given names: data/given_names.tsv): a place
 *     after a given name ("Whitney Houston") or that is a given name before
 *     a surname ("Milan Kundera"), in English only cities; in any language, a
 *     place after a given name and a preposition ("Elena de Grecia"), unless
 *     a title or an article comes first ("King ... of", "la Victoria de");
 *   - two names of one state back to back are one mention;
 *   - office holders count for the dates they held office (and two years
 *     after), as of the publication date.
 * Names that stay ambiguous ("Korea", "Congo") are resolved from the other
 * mentions of the article when exactly one candidate occurs there, and are
 * otherwise reported with their candidates and no polity.
 */
#include "mentions.h"
#include "fold.h"

#include <string.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#define MAX_PHRASE_TOKENS 12
#define TICK_BYTES (256 * 1024)
#define GRACE_DAYS 730			/* office holders, after their term */
#define IS_PLACE_KIND(k) ((k) == GP_EK_CAPITAL || (k) == GP_EK_SEAT || (k) == GP_EK_CITY)

const char *
gp_mention_kind_name(gp_mention_kind kind)
{
	static const char *const names[] = {
		"country", "demonym", "capital", "city", "metonym", "office_holder",
		"organisation", "group"
	};

	return names[kind];
}

typedef struct token
{
	size_t		start;			/* bytes */
	size_t		end;
	size_t		alt_end;		/* "İtalya'da": end before the apostrophe, or 0 */
	bool		unspaced;		/* one character of an unspaced script */
	bool		sentence_before;	/* a sentence ends between the previous token and this */
	bool		line_before;	/* a line break between the previous token and this */
	bool		join_before;	/* only spaces, hyphens, "&", "." or apostrophes before */
	bool		has_prev;		/* the word before: */
	bool		prev_first;		/* it began a sentence or a line */
	int32_t		sentence;		/* from 1 */
	size_t		prev_start;
	size_t		prev_end;
} token;

typedef struct scanner
{
	const char *s;
	size_t		len;
	size_t		pos;
	int8_t		prev_abbrev;	/* the last token was "Mr" or "U.S.": its dot ends
								 * nothing; -1 until a dot asks (abbrev_before) */
	int32_t		sentence;
	bool		have_word;		/* the last word read, skipped or not */
	bool		last_first;
	size_t		last_start;
	size_t		last_end;
} scanner;

#define SKIP_LIMIT (64 * 1024)	/* lower-case words skipped before returning anyway */

/* ASCII letters and digits */
static const bool ascii_alnum[256] = {
	['0'] = 1,['1'] = 1,['2'] = 1,['3'] = 1,['4'] = 1,['5'] = 1,['6'] = 1,['7'] = 1,
	['8'] = 1,['9'] = 1,
	['A'] = 1,['B'] = 1,['C'] = 1,['D'] = 1,['E'] = 1,['F'] = 1,['G'] = 1,['H'] = 1,
	['I'] = 1,['J'] = 1,['K'] = 1,['L'] = 1,['M'] = 1,['N'] = 1,['O'] = 1,['P'] = 1,
	['Q'] = 1,['R'] = 1,['S'] = 1,['T'] = 1,['U'] = 1,['V'] = 1,['W'] = 1,['X'] = 1,
	['Y'] = 1,['Z'] = 1,
	['a'] = 1,['b'] = 1,['c'] = 1,['d'] = 1,['e'] = 1,['f'] = 1,['g'] = 1,['h'] = 1,
	['i'] = 1,['j'] = 1,['k'] = 1,['l'] = 1,['m'] = 1,['n'] = 1,['o'] = 1,['p'] = 1,
	['q'] = 1,['r'] = 1,['s'] = 1,['t'] = 1,['u'] = 1,['v'] = 1,['w'] = 1,['x'] = 1,
	['y'] = 1,['z'] = 1
};

static inline UChar32
peek(const scanner *sc, size_t at, size_t *next)
{
	int32_t		i = (int32_t) at;
	UChar32		c;

	if (at >= sc->len)
	{
		*next = at;
		return -1;
	}
	if ((unsigned char) sc->s[at] < 0x80)
	{
		*next = at + 1;
		return (unsigned char) sc->s[at];
	}
	U8_NEXT(sc->s, i, (int32_t) sc->len, c);
	*next = (size_t) i;
	return c < 0 ? 0xFFFD : c;
}

static inline bool
is_word_char(UChar32 c)
{
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
	if (c < 0)
		return false;
	return u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK ||
		u_charType(c) == U_COMBINING_SPACING_MARK;
}

static inline bool
is_apostrophe(UChar32 c)
{
	return c == '\'' || c == 0x2019 || c == 0x02BC;
}

static inline bool
is_letter(UChar32 c)
{
	return c >= 0 && (c < 0x80 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') : u_isalpha(c));
}

/* Is s (len bytes) one of the words of list? */
static bool
in_list(const char *const *list, size_t n, const char *s, size_t len)
{
	if (len == 0)
		return false;
	for (size_t i = 0; i < n; i++)
		if (list[i][0] == s[0] && strncmp(list[i], s, len) == 0 && list[i][len] == '\0')
			return true;
	return false;
}

static bool
is_abbreviation(const char *s, size_t len)
{
	static const char *const abbrevs[] = {
		"Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Col", "Lt", "Sgt", "Capt", "Gov", "Sen",
		"Rep", "Prof", "Jr", "Sr", "No", "vs", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
		"Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Inc", "Ltd", "Co", "Corp", "Mt"
	};

	if (len == 1 && s[0] >= 'A' && s[0] <= 'Z')
		return true;			/* an initial: "John F. Kennedy" */
	if (len > 4 || !((s[0] >= 'A' && s[0] <= 'Z') || s[0] == 'v'))
		return false;			/* most tokens: no need to look */
	return in_list(abbrevs, sizeof(abbrevs) / sizeof(abbrevs[0]), s, len);
}

/*
 * Was the last token an abbreviation?  Worked out only when a dot follows
 * it, from its bytes: most tokens are followed by no dot.
 */
static bool
abbrev_before(scanner *sc)
{
	if (sc->prev_abbrev < 0)
		sc->prev_abbrev = is_abbreviation(sc->s + sc->last_start,
										  sc->last_end - sc->last_start);
	return sc->prev_abbrev;
}

/*
 * The next token at or after sc->pos; false at the end.  The separators
 * skipped on the way say whether a sentence or a line ended.  With
 * skip_lower, words that begin with a lower-case ASCII letter or a digit
 * (most words, and never the start of a name) are read and passed over.
 */
static bool
next_token(scanner *sc, token *t, bool skip_lower)
{
	size_t		p,
				next,
				skipped_from = sc->pos;
	int			newlines;
	bool		stop;			/* sentence-ending punctuation seen */
	bool		join;
	bool		space,
				dash;			/* " - " separates; "Iran-Russia" joins */
	bool		boundary;
	UChar32		c;

again:
	p = sc->pos;
	newlines = 0;
	stop = false;
	join = true;
	space = dash = false;
	t->alt_end = 0;
	t->unspaced = false;
	/* separators */
	for (;;)
	{
		/* spaces and ASCII punctuation without decoding */
		while (p < sc->len && (unsigned char) sc->s[p] < 0x80)
		{
			char		b = sc->s[p];

			if (ascii_alnum[(unsigned char) b])
				break;
			if (b == '\n')
				newlines++;		/* one is a wrapped line: "the Paris\nClub" joins */
			else if (b == '.' || b == '!' || b == '?')
			{
				if (!(b == '.' && abbrev_before(sc)))
					stop = true;
				if (b != '.')
					join = false;
			}
			else if (!(b == ' ' || b == '-' || b == '&' || b == '\''))
				join = false;
			space |= b == ' ';
			dash |= b == '-';
			p++;
		}
		c = peek(sc, p, &next);
		if (c < 0)
		{
			sc->pos = p;
			return false;
		}
		if (is_word_char(c))
			break;
		if (c == '\n')
			newlines++;
		else if (c == '.' || c == '!' || c == '?' || c == 0x3002 || c == 0xFF01 ||
				 c == 0xFF1F || c == 0x061F || c == 0x0964)
		{
			if (!(c == '.' && abbrev_before(sc)))
				stop = true;
			if (c != '.')
				join = false;
		}
		else if (!(c == ' ' || c == '-' || c == 0x2010 || c == 0x2011 || c == '&' ||
				   is_apostrophe(c) || c == 0xA0))
			join = false;
		p = next;
	}
	t->start = p;
	/* a sentence ends at .!? before a new token, at a blank line, or at CJK stops */
	boundary = (stop && p > sc->pos) || newlines >= 2;
	if (boundary && sc->have_word)
		sc->sentence++;
	t->sentence = sc->sentence;
	t->sentence_before = boundary;
	t->line_before = newlines > 0;
	t->join_before = join && !stop && !(space && dash) && newlines < 2;
	t->has_prev = sc->have_word;
	t->prev_first = sc->last_first;
	t->prev_start = sc->last_start;
	t->prev_end = sc->last_end;
	sc->last_first = !sc->have_word || boundary || newlines > 0;
	sc->have_word = true;
	sc->last_start = p;

	/* (no unspaced script below U+0E00: most tokens need no call) */
	if (c >= 0x0E00 && gp_unspaced_char((uint32_t) c))
	{
		t->unspaced = true;
		t->end = next;
		sc->pos = next;
		sc->last_end = next;
		sc->prev_abbrev = false;
		return true;
	}

	/* the word */
	{
		size_t		q = p;
		int			letters = 0;
		bool		dotted = false;

		for (;;)
		{
			size_t		n2;
			UChar32		d;

			/* ASCII letters and digits, the common case, without decoding */
			{
				size_t		q0 = q;

				while (q < sc->len && ascii_alnum[(unsigned char) sc->s[q]])
					q++;
				letters += (int) (q - q0);
			}
			d = peek(sc, q, &next);
			if (d >= 0x80 && is_word_char(d) && !gp_unspaced_char((uint32_t) d))
			{
				letters++;
				q = next;
				continue;
			}
			if (d >= 0 && is_apostrophe(d))
			{
				UChar32		e = peek(sc, next, &n2);

				/* a possessive 's stays outside the token */
				if ((e == 's' || e == 'S') && !is_word_char(peek(sc, n2, &n2)))
					break;
				if (is_letter(e))
				{
					if (t->alt_end == 0)
						t->alt_end = q;
					q = next;
					continue;
				}
				break;
			}
			/* "U.S.", "U.K.": single letters joined by dots */
			if (d == '.' && (letters == 1 || dotted))
			{
				UChar32		e = peek(sc, next, &n2);

				if (e >= 'A' && e <= 'Z')
				{
					UChar32		f = peek(sc, n2, &n2);

					if (f == '.')
					{
						dotted = true;
						letters = 0;
						q = next;
						continue;
					}
				}
				if (dotted)
					q = next;	/* the final dot of "U.S." */
				break;
			}
			break;
		}
		t->end = q;
		sc->pos = q;
		sc->last_end = q;
		sc->prev_abbrev = dotted ? 1 : -1;
		if (skip_lower && q - skipped_from < SKIP_LIMIT &&
			((sc->s[p] >= 'a' && sc->s[p] <= 'z') || (sc->s[p] >= '0' && sc->s[p] <= '9')))
		{
			/*
			 * Running text, the common case: more lower-case words after
			 * one space each, ending in ASCII that is neither a dot nor an
			 * apostrophe.  For these the loop above would set exactly this
			 * state (no sentence or line ends between them); anything else
			 * goes round it again.
			 */
			for (;;)
			{
				size_t		b = sc->pos + 1;
				unsigned char ch;

				if (b >= sc->len || sc->s[b - 1] != ' ' ||
					!((sc->s[b] >= 'a' && sc->s[b] <= 'z') || (sc->s[b] >= '0' && sc->s[b] <= '9')))
					break;
				q = b;
				while (q < sc->len && ascii_alnum[(unsigned char) sc->s[q]])
					q++;
				ch = q < sc->len ? (unsigned char) sc->s[q] : ' ';
				if (ch >= 0x80 || ch == '.' || ch == '\'' || q - skipped_from >= SKIP_LIMIT)
					break;
				sc->last_first = !sc->have_word;
				sc->have_word = true;
				sc->last_start = b;
				sc->last_end = q;
				sc->pos = q;
				sc->prev_abbrev = -1;
			}
			goto again;
		}
	}
	return true;
}

/* Does a possessive "'s" (left out of the token before it) begin at p? */
static bool
possessive_at(const scanner *sc, size_t p)
{
	size_t		n;
	UChar32		c = peek(sc, p, &n);

	if (!is_apostrophe(c))
		return false;
	c = peek(sc, n, &n);
	return c == 's' || c == 'S';
}

/* Does the token start with a letter that may begin a name? */
static bool
can_start_name(const scanner *sc, const token *t, bool *cased)
{
	size_t		next;
	UChar32		c = peek(sc, t->start, &next);

	*cased = true;
	if (c < 0x80)
		return c >= 'A' && c <= 'Z';
	if (u_isupper(c) || u_istitle(c))
		return true;
	if (u_islower(c))
		return false;
	*cased = false;
	return u_isalpha(c);
}

/* Characters in n bytes of UTF-8: the bytes that are not 10xxxxxx. */
static size_t
count_chars(const char *s, size_t n)
{
	size_t		chars = n,
				i = 0;

	for (; i + 8 <= n; i += 8)
	{
		uint64_t	x;

		memcpy(&x, s + i, 8);
		/* bit 7 set and bit 6 clear: a continuation byte */
		x = (x & ~(x << 1) & 0x8080808080808080ULL) >> 7;
		chars -= (size_t) ((x * 0x0101010101010101ULL) >> 56);	/* sum of the bytes */
	}
	for (; i < n; i++)
		chars -= ((unsigned char) s[i] & 0xC0) == 0x80;
	return chars;
}

static bool
ascii_span(const char *s, size_t b, size_t e)
{
	for (size_t i = b; i < e; i++)
		if ((unsigned char) s[i] >= 0x80)
			return false;
	return true;
}

/* Has the text between two byte offsets no lower-case letter? */
static bool
no_lower(const char *s, size_t b, size_t e)
{
	for (size_t i = b; i < e; i++)
		if (s[i] >= 'a' && s[i] <= 'z')
			return false;
		else if ((unsigned char) s[i] >= 0x80)
		{
			int32_t		k = (int32_t) i;
			UChar32		c;

			U8_NEXT(s, k, (int32_t) e, c);
			if (c >= 0 && u_islower(c))
				return false;
			i = (size_t) k - 1;
		}
	return true;
}

static bool
starts_upper(const char *s, size_t b, size_t e)
{
	int32_t		k = (int32_t) b;
	UChar32		c;

	if (b >= e)
		return false;
	U8_NEXT(s, k, (int32_t) e, c);
	return c >= 0 && (u_isupper(c) || u_istitle(c));
}

/* The line around byte p: [*b, *e). */
static void
line_bounds(const char *s, size_t len, size_t p, size_t *b, size_t *e)
{
	size_t		i = p;
	size_t		limit = len - p < 2000 ? len - p : 2000;
	const char *nl = memchr(s + p, '\n', limit);

	while (i > 0 && s[i - 1] != '\n' && p - i < 2000)
		i--;
	*b = i;
	*e = nl ? (size_t) (nl - s) : p + limit;
}

typedef enum line_style
{
	LINE_PROSE,
	LINE_CAPS,					/* a headline in capitals: JAPAN GET LUCKY WIN */
	LINE_NAMES					/* only capitalised words: a byline */
} line_style;

/* Bytes 0x80 (one a byte) summed: how many bytes of x have their high bit set. */
static inline int
high_bits(uint64_t x)
{
	return (int) ((((x & 0x8080808080808080ULL) >> 7) * 0x0101010101010101ULL) >> 56);
}

/*
 * Are 8 or more ASCII letters in [b, e) and at least 80% of them capitals?
 * Eight bytes at a time: each byte's high bit says whether it is in range.
 */
static bool
mostly_capitals(const char *s, size_t b, size_t e)
{
	const uint64_t ones = 0x0101010101010101ULL;
	int			upper = 0,
				letters = 0;
	size_t		i = b;

	for (; i + 8 <= e; i += 8)
	{
		uint64_t	x,
					v,
					l,
					ascii;

		memcpy(&x, s + i, 8);
		ascii = ~x & (0x80 * ones);
		v = x & (0x7F * ones);	/* no byte carries into the next below */
		l = v | (0x20 * ones);
		upper += high_bits((v + 0x3F * ones) & ~(v + 0x25 * ones) & ascii);	/* 'A'..'Z' */
		letters += high_bits((l + 0x1F * ones) & ~(l + 0x05 * ones) & ascii);	/* 'a'..'z' */
		/* prose: capitals cannot reach 80% even if every byte left is one */
		if ((letters - upper) * 4 > upper + (int) (e - i - 8))
			return false;
	}
	for (; i < e; i++)
	{
		upper += s[i] >= 'A' && s[i] <= 'Z';
		letters += (s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z';
	}
	return letters >= 8 && upper * 10 >= letters * 8;
}

static line_style
classify_line(const char *s, size_t b, size_t e)
{
	scanner		sc = {s, e, b, false, 1, false, false, 0, 0};
	token		t;
	int			words = 0,
				capitalised = 0,
				lower = 0;

	if (mostly_capitals(s, b, e))
		return LINE_CAPS;
	if (e - b > 160)
		return LINE_PROSE;		/* too long for a byline of at most six words */
	while (next_token(&sc, &t, false))
	{
		bool		cased;

		words++;
		if (can_start_name(&sc, &t, &cased) && cased)
			capitalised++;
		else if (cased)
			lower++;
	}
	if (words >= 2 && words <= 6 && lower == 0 && capitalised == words)
		return LINE_NAMES;
	return LINE_PROSE;
}

typedef struct candidate_set
{
	gp_entry_kind ekind;
	bool		foreign;		/* every value is another language's name */
	int			n;
	gp_polity	codes[GP_MAX_CANDIDATES];
} candidate_set;

static int
ekind_rank(gp_entry_kind k)
{
	switch (k)
	{
		case GP_EK_NAME:
			return 0;
		case GP_EK_PERSON:
			return 1;
		case GP_EK_SEAT:
			return 2;
		case GP_EK_CAPITAL:
			return 3;
		case GP_EK_DEMONYM:
			return 4;
		case GP_EK_CITY:
			return 5;
	}
	return 6;
}

/*
 * Choose among a phrase's values those that fit the surface and the date:
 * the best-ranked kind, and its distinct polities.  False when none fits.
 */
static bool
choose(const gp_gazetteer *gz, const gp_gaz_value *v, const char *s, size_t b, size_t e,
	   bool stem, gp_date published, candidate_set *out)
{
	bool		upper = no_lower(s, b, e);
	bool		titled = starts_upper(s, b, e);
	int			letters = 0;
	int			best_rank = 99;
	bool		best_current = false;

	for (size_t i = b; i < e; i++)
		letters += ((unsigned char) s[i] & 0xC0) != 0x80;
	out->n = 0;
	for (; v != NULL; v = gp_gazetteer_next(gz, v))
	{
		int			rank = ekind_rank((gp_entry_kind) v->ekind);
		bool		current = true;

		if (v->stem != stem)
			continue;
		/* acronyms in capitals; "Nato" for the longer ones */
		if (v->exact_case && !upper && !(titled && letters >= 4))
			continue;
		if (v->ekind == GP_EK_PERSON && published != GP_NO_DATE)
		{
			if (v->from != GP_NO_DATE && published < v->from)
				continue;
			if (v->to != GP_NO_DATE && published > v->to + GRACE_DAYS)
				continue;
			current = v->to == GP_NO_DATE || published <= v->to;
		}
		/* a current office holder beats one whose term has ended */
		if (rank < best_rank || (rank == best_rank && current && !best_current))
		{
			best_rank = rank;
			best_current = current;
			out->ekind = (gp_entry_kind) v->ekind;
			out->foreign = true;
			out->n = 0;
		}
		else if (rank > best_rank || (v->ekind == GP_EK_PERSON && current != best_current))
			continue;
		{
			bool		seen = false;

			for (int i = 0; i < out->n; i++)
				seen |= out->codes[i] == v->code;
			if (!seen && out->n < GP_MAX_CANDIDATES)
				out->codes[out->n++] = v->code;
			out->foreign &= v->foreign;
		}
	}
	return out->n > 0;
}

static bool
is_locative(const char *s, size_t len)
{
	static const char *const words[] = {
		"in", "to", "at", "from", "near", "into", "outside", "inside", "around", "via", "across"
	};

	return in_list(words, sizeof(words) / sizeof(words[0]), s, len);
}

static gp_mention_kind
mention_kind(const gp_catalog *cat, const candidate_set *c, bool locative)
{
	const gp_polity_info *p;

	switch (c->ekind)
	{
		case GP_EK_DEMONYM:
			return GP_MK_DEMONYM;
		case GP_EK_CAPITAL:
			return locative ? GP_MK_CAPITAL : GP_MK_METONYM;
		case GP_EK_SEAT:
			return GP_MK_METONYM;
		case GP_EK_CITY:
			return GP_MK_CITY;
		case GP_EK_PERSON:
			return GP_MK_OFFICE_HOLDER;
		case GP_EK_NAME:
			break;
	}
	p = gp_catalog_find(cat, c->codes[0]);
	if (p == NULL)
		return GP_MK_ORGANISATION;	/* a registered actor */
	switch (p->kind)
	{
		case GP_KIND_BLOC:
		case GP_KIND_ORGANISATION:
		case GP_KIND_ACTOR:
			return GP_MK_ORGANISATION;
		case GP_KIND_GROUP:
			return GP_MK_GROUP;
		default:
			return GP_MK_COUNTRY;
	}
}

static gp_status
push(const gp_allocator *a, gp_mention_list *list, const gp_mention *m, gp_error *err)
{
	if (list->n == list->cap)
	{
		size_t		cap = list->cap ? list->cap * 2 : 64;
		gp_mention *bigger = a->alloc(a->ctx, cap * sizeof(gp_mention));

		if (bigger == NULL)
			return gp_fail(err, GP_ERR_NO_MEMORY, 0, "out of memory");
		if (list->items)
		{
			memcpy(bigger, list->items, list->n * sizeof(gp_mention));
			a->free(a->ctx, list->items);
		}
		list->items = bigger;
		list->cap = cap;
	}
	list->items[list->n++] = *m;
	return GP_OK;
}

/* Fold the bytes [b, e) and look them up. */
static gp_gaz_hit
lookup_span(const gp_gazetteer *gz, const char *s, size_t b, size_t e)
{
	char		key[GP_FOLD_OUTPUT_MAX];
	size_t		keylen;
	gp_gaz_hit	none = {NULL, false, false, false};

	/*
	 * ASCII words and separators, the common case ("New York"): the key is
	 * their lower case with one space between words, as gp_fold() makes it,
	 * a leading "the" dropped too.  Dots, "&", "+" and apostrophes fold in
	 * their own ways: those go to gp_fold().
	 */
	if (e - b < 64)
	{
		size_t		i,
					n = 0;
		bool		space = false;

		for (i = b; i < e; i++)
		{
			char		c = s[i];

			if (c >= 'A' && c <= 'Z')
				c = (char) (c + 32);
			if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
			{
				if (space)
				{
					if (n == 3 && memcmp(key, "the", 3) == 0)
						n = 0;
					else
						key[n++] = ' ';
					space = false;
				}
				key[n++] = c;
			}
			else if ((unsigned char) c >= 0x80 || c == '.' || c == '&' || c == '+' ||
					 c == '\'' || c == '`')
				break;
			else
				space = n > 0;
		}
		if (i == e)
			return n == 0 && e > b ? none : gp_gazetteer_lookup(gz, key, n);
	}

	if (e - b > GP_FOLD_INPUT_MAX ||
		gp_fold(s + b, e - b, key, sizeof(key), &keylen, NULL) != GP_OK || keylen == 0)
		return none;
	return gp_gazetteer_lookup(gz, key, keylen);
}

/*
 * Letters of Slavic and Greek case endings: vowels, й, ь, and the м and х
 * of "-ом", "-ах".  "Мексике" is "Мексика" in the locative; "Франсуа"
 * is a name.
 */
static bool
is_case_ending(UChar32 c)
{
	static const UChar32 letters[] = {
		0x0430, 0x0435, 0x0438, 0x043E, 0x0443, 0x044B, 0x044D, 0x044E, 0x044F,	/* а е и о у ы э ю я */
		0x0456, 0x0457, 0x0454, 0x0439, 0x044C, 0x043C, 0x0445,	/* і ї є й ь м х */
		0x03B1, 0x03B7, 0x03BF, 0x03B9, 0x03C2, 0x03C5, 0x03C9, 0x03BD	/* α η ο ι ς υ ω ν */
	};

	for (size_t i = 0; i < sizeof(letters) / sizeof(letters[0]); i++)
		if (c == letters[i])
			return true;
	return false;
}

/*
 * Is the suffix of n bytes at s, of two or three letters, a case ending of
 * Russian or Ukrainian ("-ой", "-ами", "-єю"), or Greek ("-ας": all left to
 * is_case_ending)?
 */
static bool
is_slavic_ending(const char *s, size_t n)
{
	static const char *const endings[] = {
		"ой", "ей", "ом", "ем", "ам", "ям", "ах", "ях", "ию", "ии", "ие", "ия", "ью", "ою",
		"ею", "ую", "ая", "ое", "ые", "ых", "ым", "ий", "єю", "ії", "ію", "ій", "ія", "ів", "єм",
		"ами", "ями", "ией", "иям", "иях", "ією"
	};

	if ((unsigned char) s[0] == 0xCE || (unsigned char) s[0] == 0xCF)
		return true;			/* Greek */
	return in_list(endings, sizeof(endings) / sizeof(endings[0]), s, n);
}

/* Arabic-script clitics: "و" and, "ب" in, "ل" for, "ف" so, "ك" as, and "ال". */
static size_t
arabic_clitics(const char *s, size_t b, size_t e)
{
	static const char *const clitics[] = {"وال", "بال", "لل", "و", "ب", "ل", "ف", "ك"};

	for (size_t i = 0; i < sizeof(clitics) / sizeof(clitics[0]); i++)
	{
		size_t		n = strlen(clitics[i]);

		if (e - b > n + 4 && memcmp(s + b, clitics[i], n) == 0)
			return n;
	}
	return 0;
}

/*
 * Nouns that follow a country's name in headlines and titles without making
 * a new proper name: "North Korea Agreement", "Iran Talks".
 */
static bool
is_headline_noun(const char *s, size_t len)
{
	static const char *const words[] = {
		"Agreement", "Agreements", "Treaty", "Deal", "Pact", "Accord", "Talks", "Summit",
		"Crisis", "War", "Border", "Government", "Sanctions", "Relations", "Ties", "Conflict",
		"Election", "Elections", "Economy", "Policy", "Partnership", "Cooperation", "Alliance",
		"Visit", "Trade", "Deal", "Nuclear", "Military", "Forces", "Troops", "Embassy",
		"Tensions", "Dispute", "Plan", "Strategy", "Agenda", "Axis", "Axis", "Concerns",
		"Offensive", "Invasion", "Attack", "Attacks", "Strikes", "Protests", "Aid", "Debt",
		"Exports", "Imports", "Growth", "Budget", "Reforms", "Referendum", "Ceasefire", NULL
	};

	for (int i = 0; words[i]; i++)
		if (strlen(words[i]) == len && memcmp(words[i], s, len) == 0)
			return true;
	return false;
}

/*
 * Is the token a capitalised word of the gazetteer's places and names, or
 * the start of one (a name may sit beside it)?  The first word of a person's
 * name ("François", "Le") is not: "François Maurice" is someone else.
 */
static bool
known_word(const gp_gazetteer *gz, const char *s, const token *t)
{
	gp_gaz_hit	h = lookup_span(gz, s, t->start, t->end);

	if (h.is_place_prefix)
		return true;
	for (const gp_gaz_value *v = h.first; v; v = gp_gazetteer_next(gz, v))
		if (v->ekind != GP_EK_PERSON)
			return true;
	return false;
}

static bool
is_title_word(const char *s, size_t len)
{
	static const char *const words[] = {
		"The", "A", "An", "In", "At", "On", "To", "From", "For", "By", "With", "And", "But",
		"Or", "Of", "As", "After", "Before", "Both", "While", "When", "Unlike", "Like",
		"For", "Meanwhile", "Nevertheless", "However", "Although", "Since", "If", "Why",
		"President", "Prime", "Minister", "Foreign", "Defence", "Defense", "Premier",
		"King", "Queen", "Chancellor", "Secretary", "General", "Leader", "Supreme",
		"Former", "Mr", "Mrs", "Ms", "Dr", "Sheikh", "Emir", "Crown", "Prince", "Vice",
		"Deputy", "Acting", "Interim", "Ambassador", "Envoy", "Said", "Says", "Told"
	};

	return in_list(words, sizeof(words) / sizeof(words[0]), s, len);
}

/* Words that end the names of companies and publications: "EU Horizon Desk". */
static bool
is_organisation_word(const char *s, size_t len)
{
	static const char *const words[] = {
		"Desk", "Staff", "Editorial", "Media", "Group", "Daily", "Times", "Post", "Today",
		"News", "Airlines", "Airways", "Air", "Inc", "Ltd", "Corp", "Corporation",
		"Holdings", "Company", "Network", "Television", "TV", "Press", "Journal",
		"Magazine", "Insider", "Monitor", "Review", "Telegraph", "Herald", "Tribune",
		"Gazette", "Observer", "Express", "Mail", "Mirror", "Online", "Horizon", "Global"
	};

	return in_list(words, sizeof(words) / sizeof(words[0]), s, len);
}

/*
 * Is a capitalised organisation word among the (up to three) capitalised
 * words that follow the match?
 */
static bool
names_an_organisation(const scanner *sc, const char *s)
{
	scanner		ahead = *sc;
	token		t;

	for (int i = 0; i < 3 && next_token(&ahead, &t, false); i++)
	{
		if (!t.join_before || t.line_before || !starts_upper(s, t.start, t.end))
			return false;
		if (is_organisation_word(s + t.start, t.end - t.start))
			return true;
	}
	return false;
}

static bool
contains(const char *hay, size_t n, const char *needle)
{
	size_t		m = strlen(needle);

	for (size_t i = 0; m > 0 && i + m <= n; i++)
		if (hay[i] == needle[0] && memcmp(hay + i, needle, m) == 0)
			return true;
	return false;
}

/* Does a trap's context stand near the mention ("Georgia" ... "Atlanta")? */
static bool
trapped(const gp_gazetteer *gz, gp_polity code, const char *s, size_t len,
		size_t b, size_t e)
{
	int			n;
	const char *const *contexts = gp_gazetteer_traps(gz, code, &n);
	size_t		from,
				to;

	if (n == 0)
		return false;

	/* the paragraph around the mention, at most 300 bytes each way */
	line_bounds(s, len, b, &from, &to);
	if (from + 300 < b)
		from = b - 300;
	if (to > e + 300)
		to = e + 300;

	for (int i = 0; i < n; i++)
		if (contains(s + from, to - from, contexts[i]))
			return true;
	return false;
}

/*
 * Is the text English?  The capitalisation rules ("Iran Air" is a company)
 * are English usage: German capitalises every noun, Turkish writes
 * "Fransa Cumhuriyeti".  Counted on the first words: English function words
 * make a tenth of running English text and next to none of other languages.
 */
static bool
english_like(const char *text, size_t len)
{
	static const char *const function_words[] = {
		"the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "as", "was",
		"by", "at", "from", "said", "it", "its", "has", "will"
	};
	scanner		sc = {text, len < 8192 ? len : 8192, 0, false, 1, false, false, 0, 0};
	token		t;
	int			words = 0,
				english = 0;

	while (words < 150 && next_token(&sc, &t, false))
	{
		size_t		n = t.end - t.start;

		words++;
		if (n <= 4 && text[t.start] >= 'a' && text[t.start] <= 'w')
			english += in_list(function_words, sizeof(function_words) / sizeof(function_words[0]),
							   text + t.start, n);
		if (english >= 6)
			return true;		/* plainly English: no need to read on */
	}
	return words < 8 || english * 100 >= words * 8;
}

/*
 * Looking back from a name.  A word before byte `to`, on the same line and
 * within 200 bytes: its bytes [b, e), and the separators between it and
 * `to`: an opening bracket or a comma among them, a dot right after it.
 */
typedef struct back_word
{
	size_t		b;
	size_t		e;
	bool		bracket;		/* "(" or a comma between */
	bool		close;			/* ")" between */
	bool		dot;			/* "IV." */
} back_word;

static bool
word_before(const char *s, size_t line_b, size_t to, back_word *w)
{
	int32_t		i = (int32_t) to;
	int32_t		limit = (int32_t) (to - line_b > 200 ? to - 200 : line_b);
	UChar32		c = 0;

	w->bracket = w->close = w->dot = false;
	while (i > limit)
	{
		int32_t		k = i;

		U8_PREV((const uint8_t *) s, limit, k, c);
		if (c < 0 || c == '\n')
			return false;
		if (is_word_char(c))
			break;
		w->bracket |= c == '(' || c == 0xFF08 || c == ',' || c == 0x060C || c == 0xFF0C;
		w->close |= c == ')' || c == 0xFF09;
		w->dot = c == '.';
		i = k;
	}
	if (i <= limit)
		return false;
	w->e = (size_t) i;
	while (i > limit)
	{
		int32_t		k = i;

		if ((unsigned char) s[i - 1] < 0x80)
		{
			if (!ascii_alnum[(unsigned char) s[i - 1]])
				break;
			i--;
			continue;
		}
		U8_PREV((const uint8_t *) s, limit, k, c);
		if (c < 0 || !is_word_char(c) || gp_unspaced_char((uint32_t) c))
			break;
		i = k;
	}
	w->b = (size_t) i;
	return w->e > w->b;
}

/* 1 for an upper- or title-case letter, -1 for a lower-case one, else 0 */
static int
letter_case(UChar32 c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z' ? 1 : (c >= 'a' && c <= 'z' ? -1 : 0);
	if (u_isupper(c) || u_istitle(c))
		return 1;
	return u_islower(c) ? -1 : 0;
}

/* Does the word fold to one of the keys of list (folded: lower case, no accents)? */
static bool
folds_to(const char *s, size_t b, size_t e, const char *const *list, size_t n)
{
	char		key[GP_FOLD_OUTPUT_MAX];
	size_t		keylen;

	if (e - b < 3 || e - b > 32)
		return false;
	if (ascii_span(s, b, e))
	{
		/* most words: their key is their lower case */
		for (keylen = 0; keylen < e - b; keylen++)
		{
			char		ch = s[b + keylen];

			key[keylen] = ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch;
		}
		return in_list(list, n, key, keylen);
	}
	if (gp_fold(s + b, e - b, key, sizeof(key), &keylen, NULL) != GP_OK)
		return false;
	return in_list(list, n, key, keylen);
}

/* "de", "of", "von": the prepositions of a title or a byname */
static bool
is_name_preposition(const char *s, size_t b, size_t e)
{
	static const char *const words[] = {
		"of", "de", "da", "do", "dos", "das", "del", "della", "di", "du", "des", "von", "zu",
		"van", "af", "av"
	};

	return in_list(words, sizeof(words) / sizeof(words[0]), s + b, e - b);
}

/*
 * A regnal number: a Roman numeral ("IV", "Ier", "II.") or, in Arabic and
 * Persian, an ordinal word ("الثاني", "دوم").
 */
static bool
is_regnal_number(const char *s, size_t b, size_t e)
{
	static const char *const ordinals[] = {
		"الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن",
		"التاسع", "العاشر", "الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة",
		"یکم", "اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم",
		"یازدهم", "دوازدهم", "سیزدهم", "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم"
	};
	size_t		i = b;
	int			x = 0,
				units = 0;

	if ((unsigned char) s[b] >= 0x80)
		return in_list(ordinals, sizeof(ordinals) / sizeof(ordinals[0]), s + b, e - b);
	/* X{0,3} then I..IX, then "er", "e" (French) or "º" (Portuguese) */
	while (i < e && s[i] == 'X' && x < 3)
		i++, x++;
	while (i < e && (s[i] == 'I' || s[i] == 'V') && units < 4)
		i++, units++;
	if (i < e && s[i] == 'X' && units == 1 && s[i - 1] == 'I')
		i++;					/* IX */
	if (x + units == 0)
		return false;
	return i == e || (e - i == 2 && memcmp(s + i, "er", 2) == 0) ||
		(e - i == 1 && s[i] == 'e') || (e - i == 2 && memcmp(s + i, "\xC2\xBA", 2) == 0);
}

/* Royal titles between a regnal number and the realm: "جورج الأول ملك اليونان" */
static bool
is_royal_title(const char *s, size_t b, size_t e)
{
	static const char *const words[] = {
		"ملك", "ملكة", "إمبراطور", "إمبراطورة", "سلطان", "امپراتور", "پادشاه", "ملکه",
		"شاهزاده", "شاه"
	};

	return in_list(words, sizeof(words) / sizeof(words[0]), s + b, e - b);
}

/*
 * Is the name after the word `first` the realm of a monarch's name,
 * "Carlos I de España", "Guillaume III ( roi des Pays-Bas )", "Leopold IV.
 * von Österreich", "II. Ludwig ( İtalya )", "والدمار دوم دانمارک"?  Looking
 * back at most four words: the regnal number, after a personal name
 * (capitalised, in scripts with case), then only prepositions, one more
 * name ("Carlos X Gustavo de Suecia"), royal titles, or a lower-case title
 * right after a bracket or a comma ("( roi des").
 */
static bool
regnal_realm(const char *s, size_t line_b, const back_word *first)
{
	back_word	w = *first;
	int			names = 0;
	bool		bracket = false,
				lower = false,
				prep = false;	/* the word after is a preposition */

	for (int i = 0; i < 5; i++)
	{
		bool		cased;
		int			lc;
		UChar32		c;
		int32_t		k = (int32_t) w.b;

		U8_NEXT(s, k, (int32_t) w.e, c);
		lc = letter_case(c);
		cased = lc != 0;
		if (w.close)
			return false;		/* "Nikolaus II. ( Russland ) kam aus Berlin" */
		if (is_regnal_number(s, w.b, w.e))
		{
			back_word	n;

			bracket |= w.bracket;
			/* Turkish order: "II. Ludwig ( İtalya )" */
			if (w.dot && names == 1 && bracket && !lower && cased && i == 1)
				return true;
			/* "IV. von", "II. (": a dot before a name may end a sentence ("War II. France") */
			if (w.dot && !bracket && !prep)
				return false;
			if (lower && !bracket)
				return false;
			if (!word_before(s, line_b, w.b, &n) || n.bracket)
				return false;
			k = (int32_t) n.b;
			U8_NEXT(s, k, (int32_t) n.e, c);
			if (u_isupper(c) || u_istitle(c))
				return !no_lower(s, n.b, n.e);	/* "Carlos I", not "AUSTRALIA V" */
			if (u_islower(c) || !u_isalpha(c))
				return false;
			/* scripts without case: not "جنگ جهانی دوم" (the second world war) */
			return !(n.e - n.b == strlen("جهانی") && memcmp(s + n.b, "جهانی", n.e - n.b) == 0) &&
				!(n.e - n.b == strlen("العالمية") && memcmp(s + n.b, "العالمية", n.e - n.b) == 0);
		}
		prep = is_name_preposition(s, w.b, w.e);
		if (prep)
			;
		else if (lc > 0)
		{
			if (++names > 1)
				return false;
		}
		else if (lc < 0)
		{
			/* a lower-case title only right after a bracket or a comma: "III ( roi des" */
			size_t		q = w.b;

			while (q > line_b && s[q - 1] == ' ')
				q--;
			if (!(q > line_b && (s[q - 1] == '(' || s[q - 1] == ',' ||
								 (q >= line_b + 2 && memcmp(s + q - 2, "\xD8\x8C", 2) == 0) ||
								 (q >= line_b + 3 && memcmp(s + q - 3, "\xEF\xBC\x88", 3) == 0))))
				return false;	/* "talks with Iran": words of prose */
			lower = true;
		}
		else if (!is_royal_title(s, w.b, w.e))
			return false;
		bracket |= w.bracket;
		if (!word_before(s, line_b, w.b, &w))
			return false;
	}
	return false;
}

/*
 * Is the name after the word `first` the seat of a title of nobility or of
 * a see: "Duke of Norfolk", "duc de Reims", "Erzbischof von Ohrid", "герцог
 * Люксембургу"?
 * The place names the title, not a state.  Titles of monarchs ("King of
 * Spain") do name the state, and are left alone.
 */
static bool
noble_seat(const char *s, size_t line_b, const back_word *first)
{
	/* folded: lower case, without accents */
	static const char *const titles[] = {
		"duke", "duchess", "earl", "countess", "marquess", "marquis", "marchioness",
		"baron", "baroness", "viscount", "viscountess", "archduke", "archduchess",
		"archbishop", "bishop",
		"herzog", "herzogin", "graf", "grafin", "furst", "furstin", "markgraf", "landgraf",
		"pfalzgraf", "kurfurst", "freiherr", "erzherzog", "erzherzogin", "erzbischof",
		"erzbischofe", "bischof", "bischofe",
		"duc", "duchesse", "comte", "comtesse", "marquise", "baronne", "vicomte",
		"vicomtesse", "archiduc", "archiduchesse", "archeveque", "eveque",
		"duque", "duquesa", "conde", "condesa", "condessa", "marques", "marquesa", "barao",
		"baronesa", "vizconde", "visconde", "archiduque", "arquiduque", "arzobispo", "obispo",
		"arcebispo", "bispo",
		"duca", "duchessa", "conte", "contessa", "marchese", "marchesa", "barone",
		"arcivescovo", "vescovo",
		"герцог", "герцогиня", "граф", "графиня", "маркиз", "маркіз", "барон", "баронесса",
		"архиепископ", "архієпископ", "епископ", "єпископ"
	};
	back_word	w = *first;

	if (w.bracket)
		return false;
	if (is_name_preposition(s, w.b, w.e))
	{
		if (!word_before(s, line_b, w.b, &w) || w.bracket)
			return false;
	}
	else if ((unsigned char) s[w.b] < 0x80)
		return false;			/* only Slavic titles go without a preposition */
	return folds_to(s, w.b, w.e, titles, sizeof(titles) / sizeof(titles[0]));
}

/* Only spaces between two byte offsets (and at least one). */
static bool
spaces_between(const char *s, size_t b, size_t e)
{
	if (b >= e)
		return false;
	for (size_t i = b; i < e; i++)
		if (s[i] != ' ')
			return false;
	return true;
}

/*
 * Is the word [b, e) a person's given name (data/given_names.tsv) written
 * as one, capitalised and not in capitals ("Whitney", "Elena", "Milan")?
 */
static bool
given_name(const gp_gazetteer *gz, const char *s, size_t b, size_t e)
{
	if (!starts_upper(s, b, e) || no_lower(s, b, e))
		return false;
	return lookup_span(gz, s, b, e).is_given_name;
}

/* A given name that is no place's name ("Whitney", not "Sofia") */
static bool
only_given_name(const gp_gazetteer *gz, const char *s, size_t b, size_t e)
{
	gp_gaz_hit	h;

	if (!starts_upper(s, b, e) || no_lower(s, b, e))
		return false;
	h = lookup_span(gz, s, b, e);
	if (!h.is_given_name || h.is_place_prefix)
		return false;
	for (const gp_gaz_value *v = h.first; v; v = gp_gazetteer_next(gz, v))
		if (v->ekind != GP_EK_PERSON)
			return false;
	return true;
}

/*
 * Words before a given name that make "Felipe de España" a monarch of his
 * realm, or no person at all: titles ("King Hussein of Jordan", "el rey
 * Felipe de España"), articles and prepositions ("la Victoria de Francia"),
 * a saint's name for a place ("San Carlos de Bariloche"), folded
 */
static bool
names_no_byname(const char *s, size_t b, size_t e)
{
	static const char *const words[] = {
		"king", "queen", "prince", "princess", "emperor", "empress", "tsar", "czar",
		"sultan", "emir", "shah", "sheikh", "crown", "president", "premier", "minister",
		"chancellor", "rey", "reina", "principe", "princesa", "infante", "infanta",
		"emperador", "emperatriz", "presidente", "ministro", "ministra", "roi", "reine",
		"princesse", "empereur", "imperatrice", "ministre", "konig", "konigin", "prinz",
		"prinzessin", "kaiser", "kaiserin", "zar", "zarin", "prasident", "prasidentin",
		"kanzler", "kanzlerin", "bundeskanzler", "bundeskanzlerin", "regina", "imperatore",
		"rainha", "kral", "kralice", "prens", "prenses", "imparator", "padisah",
		"cumhurbaskani", "basbakan", "король", "королева", "принц", "принцесса",
		"царь", "император", "президент", "принцеса", "цар",
		"the", "and", "for", "with", "from", "las", "los", "del", "der", "die", "das",
		"den", "dem", "des", "une", "und", "una", "uno", "por", "para", "aux", "von",
		"zur", "zum", "vom", "della", "delle", "degli", "dos", "nas", "nos",
		"san", "santa", "santo", "saint", "sainte", "sankt", "sao"
	};
	static const char *const short_words[] = {
		"a", "an", "of", "in", "la", "el", "le", "l", "lo", "il", "un", "de", "du", "di",
		"da", "do", "en", "im", "am", "zu", "au", "os", "as", "re"
	};

	if (e - b <= 2)
	{
		char		low[2];

		for (size_t i = 0; i < e - b; i++)
			low[i] = s[b + i] >= 'A' && s[b + i] <= 'Z' ? (char) (s[b + i] + 32) : s[b + i];
		return in_list(short_words, sizeof(short_words) / sizeof(short_words[0]), low, e - b);
	}
	return folds_to(s, b, e, words, sizeof(words) / sizeof(words[0]));
}

/*
 * Is the name after the word `first` the byname of a person: a given name,
 * a preposition, the place ("Elena de Grecia", "Hans von Aachen", "Jean de
 * Norvège", "Vittorio De Sica")?  Not after a title or an article: "King
 * Hussein of Jordan" and "la Victoria de Francia" name the state.
 */
static bool
personal_byname(const gp_gazetteer *gz, const char *s, size_t line_b, const back_word *first)
{
	back_word	g,
				w;
	char		low[4];
	size_t		n = first->e - first->b;

	if (first->bracket || first->close || first->dot || n > 4)
		return false;
	/* the preposition, in any case: "de", "De", "von", "Von" */
	for (size_t i = 0; i < n; i++)
		low[i] = s[first->b + i] >= 'A' && s[first->b + i] <= 'Z' ?
			(char) (s[first->b + i] + 32) : s[first->b + i];
	if (!is_name_preposition(low, 0, n))
		return false;
	if (!word_before(s, line_b, first->b, &g) || g.bracket || g.close || g.dot ||
		!spaces_between(s, g.e, first->b) || !only_given_name(gz, s, g.b, g.e))
		return false;
	/*
	 * and after no word of prose: "den angrenzenden Osten von Paraguay"
	 * (nouns that are given names somewhere); "y Elena de Grecia" is one
	 */
	if (word_before(s, line_b, g.b, &w) && !w.dot &&
		(spaces_between(s, w.e, g.b) || (w.e + 1 == g.b && s[w.e] == '-')))
	{
		static const char *const conjunctions[] = {
			"y", "e", "et", "und", "and", "ve", "i", "o", "ou", "or", "oder", "u", "и", "і", "та"
		};
		int32_t		k = (int32_t) w.b;
		UChar32		c;

		if (names_no_byname(s, w.b, w.e))
			return false;
		U8_NEXT(s, k, (int32_t) w.e, c);
		if (letter_case(c) < 0 &&
			!in_list(conjunctions, sizeof(conjunctions) / sizeof(conjunctions[0]), s + w.b, w.e - w.b))
			return false;
	}
	return true;
}

/*
 * Words after a person's surname that name a place or a body called after
 * them: "Clinton County", "Carter Center", "Reagan Airport", "Adenauer
 * Stiftung", "Süleyman Demirel Kültür Merkezi" (folded)
 */
static bool
is_named_after_word(const char *s, size_t b, size_t e)
{
	static const char *const words[] = {
		"county", "township", "street", "avenue", "road", "boulevard", "bridge", "airport",
		"center", "centre", "foundation", "library", "institute", "university", "college",
		"school", "hospital", "stadium", "arena", "park", "square", "museum", "prize",
		"award", "trophy", "memorial", "doctrine", "dam", "station",
		"stiftung", "strasse", "platz", "allee", "brucke", "flughafen", "preis",
		"gymnasium", "schule", "kaserne",
		"kultur", "merkezi", "universitesi", "caddesi", "bulvari", "havalimani",
		"stadyumu", "koprusu", "parki", "meydani", "lisesi", "vakfi", "muzesi",
		"hastanesi", "baraji", "odulu", "kutuphanesi", "okulu"
	};

	return folds_to(s, b, e, words, sizeof(words) / sizeof(words[0]));
}

/*
 * Words before a person's name that name a place or a body called after
 * them: "Aeropuerto Jorge Chávez", "avenue Kennedy", "Fundação Sarney"
 * (folded)
 */
static bool
is_named_for_word(const char *s, size_t b, size_t e)
{
	static const char *const words[] = {
		"avenida", "avenue", "rue", "calle", "plaza", "praca", "rua", "aeropuerto",
		"aeroport", "aeroporto", "estadio", "stade", "stadio", "fundacion", "fondation",
		"fundacao", "fondazione", "boulevard", "bulevar", "paseo", "piazza", "puente",
		"ponte", "parque", "parc", "universidad", "universite", "universidade",
		"universita", "hospital", "hopital", "museo", "musee", "museu", "lycee", "colegio",
		"escuela", "escola", "instituto", "institut"
	};

	return folds_to(s, b, e, words, sizeof(words) / sizeof(words[0]));
}

/*
 * Turkish titles of nobility and sees follow their seat: "Avusturya
 * düşesi", "Norfolk Dükü", "Ohri Başpiskoposu" (folded)
 */
static bool
is_postposed_title(const char *s, size_t b, size_t e)
{
	static const char *const titles[] = {
		"duku", "dusesi", "arsiduku", "arsidusesi", "kontu", "kontesi", "markizi",
		"baronu", "baronesi", "piskoposu", "baspiskoposu"
	};

	return folds_to(s, b, e, titles, sizeof(titles) / sizeof(titles[0]));
}

static bool
is_interpunct(UChar32 c)
{
	return c == 0x00B7 || c == 0x2022 || c == 0x30FB || c == 0xFF65;
}

/*
 * A character's script, kana counted as Han; USCRIPT_COMMON for none.  The
 * common blocks are told apart without asking ICU.
 */
static UScriptCode
script_of(UChar32 c)
{
	UErrorCode	status = U_ZERO_ERROR;
	UScriptCode sc;

	if (c < 0x80)
		return is_letter(c) ? USCRIPT_LATIN : USCRIPT_COMMON;
	if (c >= 0x00C0 && c <= 0x024F)
		return c == 0xD7 || c == 0xF7 ? USCRIPT_COMMON : USCRIPT_LATIN;
	if (c >= 0x0300 && c <= 0x036F)
		return USCRIPT_COMMON;	/* combining accents */
	if (c >= 0x0400 && c <= 0x052F)
		return USCRIPT_CYRILLIC;
	if (c >= 0x0620 && c <= 0x064A)
		return USCRIPT_ARABIC;
	if (c >= 0x4E00 && c <= 0x9FFF)
		return USCRIPT_HAN;
	sc = uscript_getScript(c, &status);
	if (U_FAILURE(status) || sc == USCRIPT_INHERITED)
		return USCRIPT_COMMON;
	if (sc == USCRIPT_HIRAGANA || sc == USCRIPT_KATAKANA)
		return USCRIPT_HAN;
	return sc;
}

/* The script most of the text's first kilobyte is written in */
static UScriptCode
main_script(const char *s, size_t len)
{
	int			counts[256] = {0};	/* by UScriptCode, all of which are below 256 */
	int			best = USCRIPT_COMMON;
	int			ascii_letters = 0;
	int32_t		i = 0;
	int32_t		n = (int32_t) (len < 1024 ? len : 1024);

	while (i < n)
	{
		UChar32		c;
		UScriptCode sc;

		if ((unsigned char) s[i] < 0x80)
		{
			ascii_letters += ascii_alnum[(unsigned char) s[i]] && s[i] > '9';
			i++;
			continue;
		}
		U8_NEXT(s, i, n, c);
		sc = c < 0 ? USCRIPT_COMMON : script_of(c);
		if (sc <= USCRIPT_COMMON || sc >= 256)
			continue;
		/* a Han character says about as much as a word of four letters */
		counts[sc] += sc == USCRIPT_HAN ? 4 : 1;
	}
	counts[USCRIPT_LATIN] += ascii_letters;
	for (int k = 0; k < 256; k++)
		if (counts[k] > counts[best])
			best = k;
	return (UScriptCode) best;
}

/* The text's main script, read once (*cache starts as USCRIPT_INVALID_CODE) */
static UScriptCode
main_script_cached(const char *s, size_t len, UScriptCode *cache)
{
	if (*cache == USCRIPT_INVALID_CODE)
		*cache = main_script(s, len);
	return *cache;
}

/*
 * Is the name at b part of a gloss: brackets that give the term before them
 * in another script, "芝加哥体育中心（Chicago Coliseum）", "Ірак ( Iraq )",
 * "كاليدونيا الجديدة ( France )"?  The term before is the mention, if any;
 * the gloss repeats it.  A gloss is in a script other than the text's
 * ("Filatelia Cubana ( Куба )" in Russian names the country), and between
 * the bracket and the name there is only the name's own script.
 */
static bool
in_gloss(const char *s, size_t len, size_t line_b, size_t b, UScriptCode *text_script)
{
	size_t		lo = b - line_b > 64 ? b - 64 : line_b;
	size_t		open = 0;
	bool		found = false;
	int32_t		k;
	UChar32		c;
	UScriptCode own;

	/* the last open bracket before the name on its line: most names have none */
	for (const char *p = s + lo; (p = memchr(p, '(', b - (size_t) (p - s))) != NULL; p++)
	{
		open = (size_t) (p - s);
		found = true;
	}
	for (const char *p = s + lo; (p = memchr(p, '\xEF', b - (size_t) (p - s))) != NULL; p++)
		if ((size_t) (p - s) + 3 <= b && memcmp(p, "\xEF\xBC\x88", 3) == 0 &&
			(!found || (size_t) (p - s) > open))
		{
			open = (size_t) (p - s);	/* "（" */
			found = true;
		}
	if (!found || memchr(s + open, '\n', b - open) || memchr(s + open, ')', b - open) ||
		(b - open >= 3 && contains(s + open, b - open, "\xEF\xBC\x89")))
		return false;
	k = (int32_t) b;
	U8_NEXT(s, k, (int32_t) len, c);
	own = c < 0 ? USCRIPT_COMMON : script_of(c);
	if (own == USCRIPT_COMMON || own == main_script_cached(s, len, text_script))
		return false;
	/* between the bracket and the name, only the name's script */
	k = (int32_t) b;
	while (k > (int32_t) open + 1)
	{
		UScriptCode sc;

		U8_PREV((const uint8_t *) s, (int32_t) open, k, c);
		if (c == '(' || c == 0xFF08)
			break;
		if (c < 0 || ((sc = script_of(c)) != USCRIPT_COMMON && sc != own))
			return false;
	}
	/* the last letter before the bracket, past quotes and spaces */
	k = (int32_t) open;
	for (int n = 0; n < 8 && k > (int32_t) line_b; n++)
	{
		UScriptCode sc;

		U8_PREV((const uint8_t *) s, (int32_t) line_b, k, c);
		if (c == '\n' || c < 0)
			return false;
		if ((sc = script_of(c)) != USCRIPT_COMMON)
			return sc != own;
	}
	return false;
}

/*
 * In Chinese and Japanese text: is the name part of a longer word?
 *   - "葡萄牙语": a language named after the country;
 *   - "馬里·安培": a transliterated personal name, its parts joined by a
 *     middle dot.
 */
static bool
unspaced_part(const char *s, size_t len, size_t line_b, size_t b, size_t e)
{
	UChar32		after = 0;
	UChar32		before = 0;
	int32_t		k = (int32_t) e;

	if (e < len)
		U8_NEXT(s, k, (int32_t) len, after);
	k = (int32_t) b;
	if (b > line_b)
		U8_PREV((const uint8_t *) s, (int32_t) line_b, k, before);
	return after == 0x8BED || after == 0x8A9E || is_interpunct(after) || is_interpunct(before);
}

/*
 * Does mention m name the same state as the last one, right after it with
 * only spaces between ("ایالات متحده آمریکا", "United States America")?
 */
static bool
joins_last(const char *s, const gp_mention *last, const gp_mention *m)
{
	if (last->kind != GP_MK_COUNTRY || m->kind != GP_MK_COUNTRY || last->polity == 0 ||
		last->polity != m->polity || last->sentence != m->sentence)
		return false;
	for (size_t i = last->byte_start + last->byte_len; i < m->byte_start; i++)
		if (s[i] != ' ')
			return false;
	return true;
}

/*
 * Does a surname follow the match, on its line and after spaces only: a
 * capitalised word (not in capitals) that names no place, an initial ("Alan
 * G. MacDiarmid"), or a capitalised preposition before such a word
 * ("Maurizio De Angelis", "Maurice Le Roux").  Not a lower-case one:
 * "Santiago de Chile" is a place.
 */
static bool
surname_after(const gp_gazetteer *gz, const scanner *sc, const char *s,
			  size_t end, const token *after)
{
	static const char *const particles[] = {
		"De", "Di", "Da", "Do", "Dos", "Del", "Della", "Du", "Le", "La", "Van", "Von", "Ten", "Ter"
	};
	scanner		rest = *sc;
	token		next;
	size_t		n = after->end - after->start;

	if (after->line_before || after->sentence_before || after->unspaced ||
		!spaces_between(s, end, after->start) || !starts_upper(s, after->start, after->end))
		return false;
	if (n == 1 && after->end < sc->len && s[after->end] == '.')
		return true;			/* an initial */
	if (no_lower(s, after->start, after->end))
		return false;			/* an acronym */
	if (!in_list(particles, sizeof(particles) / sizeof(particles[0]), s + after->start, n))
		return !known_word(gz, s, after);
	/* a preposition: a capitalised word must follow */
	rest.pos = after->end;
	return next_token(&rest, &next, false) && !next.line_before &&
		spaces_between(s, after->end, next.start) &&
		starts_upper(s, next.start, next.end) && !no_lower(s, next.start, next.end);
}

gp_status
gp_find_mentions(const gp_gazetteer *gz, const gp_catalog *cat, const char *text,
				 size_t len, gp_date published, gp_tick tick, void *tick_ctx,
				 const gp_allocator *a, gp_mention_list *out, gp_error *err)
{
	scanner		sc = {text, len, 0, false, 1, false, false, 0, 0};
	token		window[MAX_PHRASE_TOKENS];
	int			nwin = 0;		/* tokens read ahead, window[0] is current */
	token		prev = {0};
	bool		have_prev = false;
	bool		prev_starts_sentence = false;
	size_t		char_byte = 0;	/* character count cursor */
	int64_t		char_count = 0;
	size_t		next_tick = TICK_BYTES;
	size_t		line_b = 1,
				line_e = 0;		/* cached line and its style */
	line_style	style = LINE_PROSE;
	gp_status	st = GP_OK;
	bool		english = english_like(text, len);
	UScriptCode text_script = USCRIPT_INVALID_CODE;	/* known when needed */

	memset(out, 0, sizeof(*out));
	for (;;)
	{
		token	   *t;
		bool		cased;
		int			best = -1;
		candidate_set best_set;
		size_t		best_end = 0;

		if (nwin == 0)
		{
			if (!next_token(&sc, &window[0], true))
				break;
			nwin = 1;
		}
		t = &window[0];
		have_prev = t->has_prev;
		prev_starts_sentence = t->prev_first;
		prev.start = t->prev_start;
		prev.end = t->prev_end;
		if (tick && t->start >= next_tick)
		{
			next_tick = t->start + TICK_BYTES;
			if (tick(tick_ctx))
			{
				st = gp_fail(err, GP_ERR_CANCELLED, t->start, "cancelled");
				break;
			}
		}

		if (can_start_name(&sc, t, &cased))
		{
			/* grow the phrase while a longer one may follow */
			for (int k = 0; k < MAX_PHRASE_TOKENS; k++)
			{
				gp_gaz_hit	h;
				candidate_set set;
				size_t		e;

				if (k >= nwin)
				{
					if (!next_token(&sc, &window[k], false))
						break;
					nwin = k + 1;
				}
				if (k > 0 && !(window[k].unspaced ? window[k - 1].unspaced &&
							   window[k].start == window[k - 1].end :
							   window[k].join_before && !window[k - 1].unspaced))
					break;
				e = window[k].end;
				h = lookup_span(gz, text, t->start, e);
				if (h.first && choose(gz, h.first, text, t->start, e, false, published, &set))
				{
					best = k;
					best_set = set;
					best_end = e;
				}
				/* "İtalya'da": the name before a suffix after an apostrophe */
				else if (k == 0 && t->alt_end)
				{
					h = lookup_span(gz, text, t->start, t->alt_end);
					if (h.first && choose(gz, h.first, text, t->start, t->alt_end, false,
										  published, &set))
					{
						best = 0;
						best_set = set;
						best_end = t->alt_end;
					}
				}
				/* "People" is no name's prefix, but "People's Republic of China" is */
				if (!h.is_prefix && !possessive_at(&sc, window[k].end))
					break;
			}
			/* inflected and prefixed single words: "Мексике", "وإيران" */
			if (best < 0 && !t->unspaced)
			{
				size_t		n = (unsigned char) text[t->start] >= 0x80 ?
					arabic_clitics(text, t->start, t->end) : 0;
				gp_gaz_hit	h;
				candidate_set set;

				if (n > 0)
				{
					h = lookup_span(gz, text, t->start + n, t->end);
					if (h.first && choose(gz, h.first, text, t->start + n, t->end, false,
										  published, &set))
					{
						best = 0;
						best_set = set;
						best_end = t->end;
						t->start += n;
					}
				}
				for (int cut = 1; best < 0 && cut <= 3; cut++)
				{
					/* drop cut characters of a case ending from the end */
					int32_t		e = (int32_t) t->end;
					bool		ending = true;

					for (int c = 0; c < cut && e > (int32_t) t->start; c++)
					{
						UChar32		ch;

						U8_PREV((const uint8_t *) text, (int32_t) t->start, e, ch);
						ending &= is_case_ending(ch);
					}
					if (!ending || e <= (int32_t) t->start)
						break;
					if (cut > 1 && !is_slavic_ending(text + e, t->end - (size_t) e))
						continue;	/* "Франсуа" is not "Франс" + "-уа" */
					h = lookup_span(gz, text, t->start, (size_t) e);
					if (h.first && choose(gz, h.first, text, t->start, (size_t) e, true,
										  published, &set))
					{
						best = 0;
						best_set = set;
						best_end = t->end;
					}
				}
			}
		}

		if (best >= 0)
		{
			bool		keep = true;
			const token *after = best + 1 < nwin ? &window[best + 1] : NULL;
			token		ahead;

			if (after == NULL)
			{
				scanner		peek_sc = sc;

				if (next_token(&peek_sc, &ahead, false))
					after = &ahead;
			}
			if (best_set.ekind == GP_EK_NAME && best_set.n == 1 &&
				trapped(gz, best_set.codes[0], text, len, t->start, best_end))
				keep = false;
			/* names inside longer names: a monarch's, a title's, a language's */
			if (keep && best_set.ekind != GP_EK_PERSON && best_set.ekind != GP_EK_DEMONYM)
			{
				size_t		from = t->start > 400 ? t->start - 400 : 0;
				back_word	first;	/* the word before the name */
				bool		before = !t->unspaced && word_before(text, from, t->start, &first);

				/* "Erzbischof von Hamburg-Bremen": the title of the whole compound */
				if (before && first.e + 1 == t->start && text[first.e] == '-' &&
					starts_upper(text, first.b, first.e))
				{
					back_word	w;

					if (word_before(text, from, first.b, &w))
						first = w;
				}
				if (in_gloss(text, len, from, t->start, &text_script) ||
					(t->unspaced ? unspaced_part(text, len, from, t->start, best_end) :
					 (before &&
					  (regnal_realm(text, from, &first) || noble_seat(text, from, &first) ||
					   personal_byname(gz, text, from, &first)))))
					keep = false;
			}
			if (keep && best_set.ekind != GP_EK_PERSON && best_set.ekind != GP_EK_DEMONYM &&
				after && !after->line_before && spaces_between(text, best_end, after->start) &&
				is_postposed_title(text, after->start, after->end))
				keep = false;
			if (keep && best_set.ekind == GP_EK_PERSON &&
				((after && !after->line_before && spaces_between(text, best_end, after->start) &&
				  is_named_after_word(text, after->start, after->end)) ||
				 (have_prev && !t->line_before && spaces_between(text, prev.end, t->start) &&
				  is_named_for_word(text, prev.start, prev.end))))
				keep = false;
			/*
			 * A Latin name in a language other than English, in text written
			 * in another script, quotes a foreign name: "журнал Hrvatska",
			 * "Parque Naciones Unidas"; Russian calls Croatia "Хорватия"
			 */
			if (keep && !english && best_set.ekind == GP_EK_NAME && best_set.foreign &&
				!t->unspaced && (unsigned char) text[t->start] < 0x80 &&
				main_script_cached(text, len, &text_script) != USCRIPT_LATIN)
				keep = false;
			/*
			 * In English text an acronym is English: "SEC" is no Vietnamese
			 * "Séc" (Czechia), "IRA" no Portuguese "Irã"
			 */
			if (keep && english && best_set.foreign && best_set.ekind == GP_EK_NAME &&
				best_end - t->start <= 5 && no_lower(text, t->start, best_end))
				keep = false;
			/* "West" means the West in English only: "Kanye West", "Ost-West" */
			if (keep && !english && best_set.ekind == GP_EK_NAME && !best_set.foreign &&
				mention_kind(cat, &best_set, false) == GP_MK_GROUP)
				keep = false;
			/*
			 * In any language, another language's name glued to capitalised
			 * words is a person's: "Maurizio Costanzo", "Dominique Strauss"
			 */
			if (keep && cased && !english && best_set.foreign && best_set.ekind == GP_EK_NAME &&
				((after && after->join_before && !after->line_before && !after->unspaced &&
				  starts_upper(text, after->start, after->end) && !known_word(gz, text, after)) ||
				 (after && surname_after(gz, &sc, text, best_end, after)) ||
				 (have_prev && t->join_before && !t->line_before && !t->sentence_before &&
				  !prev_starts_sentence && starts_upper(text, prev.start, prev.end) &&
				  !known_word(gz, text, &prev))))
				keep = false;
			/*
			 * A place after a given name is a person's surname ("Whitney
			 * Houston", "Neil Jordan"), and a place that is a given name
			 * itself, before a surname, a person's given name ("Milan
			 * Kundera", "Sofia Jakobsson").  In English, cities and capitals
			 * only ("Mike German" is a person, "Roma Czechs" are Czechs): the
			 * capitalisation rules below see to countries there.
			 */
			if (keep && cased && (english ? IS_PLACE_KIND(best_set.ekind) :
								  best_set.ekind != GP_EK_PERSON) &&
				have_prev && !t->sentence_before && !t->line_before &&
				spaces_between(text, prev.end, t->start) &&
				only_given_name(gz, text, prev.start, prev.end))
				keep = false;
			if (keep && cased && (english ? IS_PLACE_KIND(best_set.ekind) :
								  best_set.ekind != GP_EK_PERSON &&
								  best_set.ekind != GP_EK_DEMONYM) &&
				best == 0 && after &&
				surname_after(gz, &sc, text, best_end, after) &&
				given_name(gz, text, t->start, best_end))
				keep = false;
			if (keep && cased && english && best_set.ekind == GP_EK_NAME)
			{
				if (t->start < line_b || t->start > line_e)
				{
					line_bounds(text, len, t->start, &line_b, &line_e);
					style = classify_line(text, line_b, line_e);
				}
				if (style == LINE_NAMES)
				{
					/* glued to another capitalised word on a byline */
					if (after && after->join_before && !after->line_before &&
						starts_upper(text, after->start, after->end))
						keep = false;
					if (have_prev && t->join_before && !t->line_before &&
						starts_upper(text, prev.start, prev.end))
						keep = false;
				}
				else if (style == LINE_PROSE)
				{
					bool		acronym = no_lower(text, t->start, best_end);
					scanner		rest = sc;

					/* the scanner may have read ahead: look after the match */
					rest.pos = best_end;
					if (names_an_organisation(&rest, text))
						keep = false;

					/* glued to a capitalised word after: "Iran Air", "China Daily" */
					if (!acronym && after && after->join_before && !after->line_before &&
						!after->unspaced && starts_upper(text, after->start, after->end) &&
						!known_word(gz, text, after) &&
						!is_headline_noun(text + after->start, after->end - after->start))
						keep = false;
					/*
					 * or before: "Air India", "Northern Ireland"; English words
					 * only (German capitalises every noun), and not the first
					 * word of a sentence
					 */
					if (have_prev && !t->sentence_before && t->join_before && !t->line_before &&
						!prev_starts_sentence && ascii_span(text, prev.start, best_end) &&
						starts_upper(text, prev.start, prev.end) &&
						!is_title_word(text + prev.start, prev.end - prev.start) &&
						!known_word(gz, text, &prev))
						keep = false;
					if (have_prev && t->join_before && !t->line_before &&
						is_organisation_word(text + prev.start, prev.end - prev.start))
						keep = false;	/* "Air India", even first in a sentence */
				}
			}
			if (keep)
			{
				gp_mention	m;
				bool		locative = have_prev && !t->sentence_before &&
					is_locative(text + prev.start, prev.end - prev.start);

				memset(&m, 0, sizeof(m));
				m.kind = mention_kind(cat, &best_set, locative);
				m.byte_start = t->start;
				m.byte_len = best_end - t->start;
				/* characters, counted forward from the last mention */
				char_count += count_chars(text + char_byte, t->start - char_byte);
				char_byte = t->start;
				m.start = char_count + 1;
				m.length = (int32_t) count_chars(text + t->start, best_end - t->start);
				m.sentence = t->sentence;
				m.ncandidates = best_set.n;
				memcpy(m.candidates, best_set.codes, sizeof(m.candidates));
				m.polity = best_set.n == 1 ? best_set.codes[0] : 0;
				if (out->n > 0 && joins_last(text, &out->items[out->n - 1], &m))
				{
					/* "ایالات متحده آمریکا": two names of one state, one name */
					gp_mention *last = &out->items[out->n - 1];

					last->length += (int32_t) count_chars(text + last->byte_start + last->byte_len,
														  best_end - last->byte_start - last->byte_len);
					last->byte_len = best_end - last->byte_start;
				}
				else if ((st = push(a, out, &m, err)) != GP_OK)
					break;
			}
			else
				best = 0;		/* skip the first token only */
		}

		/* advance past the match (or one token) */
		{
			int			used = best >= 0 ? best + 1 : 1;

			if (nwin > used)
				memmove(window, window + used, (size_t) (nwin - used) * sizeof(token));
			nwin -= used;
		}
	}
	if (st != GP_OK)
	{
		gp_mention_list_free(a, out);
		return st;
	}

	/* "Moscow" in an article of 1987 is the Soviet Union */
	if (published != GP_NO_DATE)
		for (size_t i = 0; i < out->n; i++)
		{
			gp_mention *m = &out->items[i];

			if (m->polity != 0 && m->kind != GP_MK_OFFICE_HOLDER)
				m->polity = gp_catalog_as_of(cat, m->polity, published);
			for (int c = 0; c < m->ncandidates; c++)
				m->candidates[c] = gp_catalog_as_of(cat, m->candidates[c], published);
		}

	/*
	 * "the European Commission (EC)": an abbreviation in brackets right after
	 * a name abbreviates that name, whatever else it could stand for
	 */
	for (size_t i = 1; i < out->n; i++)
	{
		gp_mention *m = &out->items[i];
		const gp_mention *before = &out->items[i - 1];
		size_t		b = before->byte_start + before->byte_len;

		while (b < m->byte_start && text[b] == ' ')
			b++;
		if (m->polity != 0 && before->polity != 0 && m->polity != before->polity &&
			b + 1 == m->byte_start && text[b] == '(' &&
			m->byte_start + m->byte_len < len && text[m->byte_start + m->byte_len] == ')' &&
			no_lower(text, m->byte_start, m->byte_start + m->byte_len))
		{
			/* and so does every use of it in the article, the headline's too */
			gp_polity	was = m->polity;

			for (size_t k = 0; k < out->n; k++)
			{
				gp_mention *o = &out->items[k];

				if (o->polity == was && o->byte_len == m->byte_len &&
					memcmp(text + o->byte_start, text + m->byte_start, m->byte_len) == 0)
					o->polity = before->polity;
			}
		}
	}

	/* ambiguous names: take the one candidate the article names elsewhere */
	for (size_t i = 0; i < out->n; i++)
	{
		gp_mention *m = &out->items[i];
		int			found = 0;
		gp_polity	pick = 0;

		if (m->polity != 0)
			continue;
		for (int c = 0; c < m->ncandidates; c++)
		{
			for (size_t j = 0; j < out->n; j++)
				if (out->items[j].polity == m->candidates[c])
				{
					found++;
					pick = m->candidates[c];
					break;
				}
		}
		if (found == 1)
			m->polity = pick;
	}
	return GP_OK;
}

gp_status
gp_split_sentences(const char *text, size_t len, const gp_allocator *a,
				   gp_span **sentences, size_t *n, gp_error *err)
{
	scanner		sc = {text, len, 0, false, 1, false, false, 0, 0};
	token		t;
	size_t		cap = 64;
	gp_span    *out = a->alloc(a->ctx, cap * sizeof(gp_span));

	*n = 0;
	if (out == NULL)
		return gp_fail(err, GP_ERR_NO_MEMORY, 0, "out of memory");
	while (next_token(&sc, &t, false))
	{
		if ((size_t) t.sentence > *n)
		{
			if (*n == cap)
			{
				gp_span    *bigger = a->alloc(a->ctx, 2 * cap * sizeof(gp_span));

				if (bigger == NULL)
				{
					a->free(a->ctx, out);
					return gp_fail(err, GP_ERR_NO_MEMORY, 0, "out of memory");
				}
				memcpy(bigger, out, cap * sizeof(gp_span));
				a->free(a->ctx, out);
				out = bigger;
				cap *= 2;
			}
			out[*n].start = t.start;
			(*n)++;
		}
		out[*n - 1].end = t.end;
	}
	/* a sentence ends with its closing punctuation */
	for (size_t i = 0; i < *n; i++)
		while (out[i].end < len && (text[out[i].end] == '.' || text[out[i].end] == '!' ||
									text[out[i].end] == '?' || text[out[i].end] == '"' ||
									text[out[i].end] == ')'))
			out[i].end++;
	*sentences = out;
	return GP_OK;
}

size_t
gp_split_words(const char *text, size_t b, size_t e, gp_span *words, size_t cap)
{
	scanner		sc = {text, e, b, false, 1, false, false, 0, 0};
	token		t;
	size_t		n = 0;

	while (n < cap && next_token(&sc, &t, false))
	{
		words[n].start = t.start;
		words[n].end = t.end;
		n++;
	}
	return n;
}

void
gp_mention_list_free(const gp_allocator *a, gp_mention_list *list)
{
	if (list->items)
		a->free(a->ctx, list->items);
	memset(list, 0, sizeof(*list));
}
