/*
 * fold.c
 *		Name folding: an ASCII fast path and the ICU path for the rest.
 *
 * Both paths give the same key for ASCII input, which the unit tests check.
 */
#include "fold.h"

#include <string.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

/* Output builder: collapses separators, drops a leading "the". */
typedef struct sink
{
	char	   *out;
	size_t		cap;
	size_t		len;
	size_t		word;			/* characters in the current word */
	int			pending_space;
	int			join;			/* "U.S.": the next letter continues the word */
	int			overflow;
} sink;

static void
sink_byte(sink *k, char c)
{
	if (k->len + 1 >= k->cap)
	{
		k->overflow = 1;
		return;
	}
	k->out[k->len++] = c;
}

static void
sink_separator(sink *k)
{
	if (k->len > 0)
		k->pending_space = 1;
	k->word = 0;
	k->join = 0;
}

static void
sink_flush_space(sink *k)
{
	if (k->pending_space)
	{
		k->pending_space = 0;
		/* a leading "the" is dropped: "The Gambia" -> "gambia" */
		if (k->len == 3 && memcmp(k->out, "the", 3) == 0)
			k->len = 0;
		else
			sink_byte(k, ' ');
	}
}

static void
sink_word_bytes(sink *k, const char *s, size_t n)
{
	sink_flush_space(k);
	for (size_t i = 0; i < n; i++)
		sink_byte(k, s[i]);
	k->word++;
}

/*
 * A period after a one-letter word joins it to the next one, so that
 * "U.S.A." folds like "USA"; after a longer word ("St. Lucia") it separates.
 */
static void
sink_period(sink *k)
{
	int			join = k->word == 1 || k->join;

	sink_separator(k);
	if (join)
	{
		k->pending_space = 0;
		k->join = 1;
	}
}

/* '&' reads "and", '+' reads "plus": "OPEC+" folds like "OPEC Plus" */
static void
sink_symbol_word(sink *k, const char *word)
{
	sink_separator(k);
	sink_word_bytes(k, word, strlen(word));
	sink_separator(k);
}

static gp_status
sink_finish(sink *k, size_t *outlen, gp_error *err)
{
	if (k->overflow)
		return gp_fail(err, GP_ERR_TOO_LONG, 0, "name too long to fold");
	k->out[k->len] = '\0';
	*outlen = k->len;
	return GP_OK;
}

static int
is_apostrophe(UChar32 c)
{
	return c == '\'' || c == '`' || c == 0x2019 || c == 0x2018 || c == 0x02BC ||
		c == 0x02BB || c == 0x00B4 || c == 0x02B9;
}

/*
 * Marks that are accents or optional vowel points: Latin, Greek and Cyrillic
 * diacritics, Arabic harakat, Hebrew points.  Marks of Indic, Tibetan, Thai
 * and other scripts spell the word and are kept.
 */
static int
is_accent(UChar32 c)
{
	return (c >= 0x0300 && c <= 0x036F) ||
		(c >= 0x1AB0 && c <= 0x1AFF) ||
		(c >= 0x1DC0 && c <= 0x1DFF) ||
		(c >= 0x20D0 && c <= 0x20FF) ||
		(c >= 0xFE20 && c <= 0xFE2F) ||
		(c >= 0x0591 && c <= 0x05C7) ||
		(c >= 0x064B && c <= 0x065F) ||
		c == 0x0670;
}

/*
 * Letters that writers use in place of one another: Ukrainian ґ for г (CLDR
 * spells "Бельґія" where most text has "Бельгія"), and the open e and o of
 * African orthographies (Benin's Yoruba writes ɛ ɔ for Nigeria's ẹ ọ).  Not
 * the Arabic-script letters that Persian and Urdu spell differently (ی ک):
 * folded together, Urdu's "ترکی" (Turkey) reads Arabic's "تركي" (Turkish).
 */
static UChar32
fold_letter_variant(UChar32 c)
{
	switch (c)
	{
		case 0x0491:			/* ґ */
			return 0x0433;		/* г */
		case 0x025B:			/* ɛ */
			return 'e';
		case 0x0254:			/* ɔ */
			return 'o';
		default:
			return c;
	}
}

static gp_status
fold_ascii(const char *s, size_t len, sink *k, size_t *outlen, gp_error *err)
{
	for (size_t i = 0; i < len; i++)
	{
		char		c = s[i];

		if (c >= 'A' && c <= 'Z')
			c = (char) (c + ('a' - 'A'));
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
			sink_word_bytes(k, &c, 1);
		else if (c == '&')
			sink_symbol_word(k, "and");
		else if (c == '+')
			sink_symbol_word(k, "plus");
		else if (c == '.')
			sink_period(k);
		else if (c != '\'' && c != '`')
			sink_separator(k);
	}
	return sink_finish(k, outlen, err);
}

#define UBUF (2 * GP_FOLD_INPUT_MAX)

static gp_status
fold_icu(const char *s, size_t len, sink *k, size_t *outlen, gp_error *err)
{
	UChar		a[UBUF],
				b[UBUF];
	int32_t		alen,
				blen = 0;
	UErrorCode	status = U_ZERO_ERROR;
	/* NFKD, not NFD: "ǆ" and other compatibility letters carry accents too */
	const UNormalizer2 *nfkd = unorm2_getNFKDInstance(&status);
	const UNormalizer2 *casefold = unorm2_getNFKCCasefoldInstance(&status);

	if (U_FAILURE(status))
		return gp_fail(err, GP_ERR_ICU, 0, "could not open ICU normalizer: %s",
					   u_errorName(status));
	u_strFromUTF8(b, UBUF, &blen, s, (int32_t) len, &status);
	if (status == U_INVALID_CHAR_FOUND || status == U_ILLEGAL_CHAR_FOUND)
		return gp_fail(err, GP_ERR_ENCODING, 0, "invalid UTF-8 in name");
	if (U_FAILURE(status) || status == U_STRING_NOT_TERMINATED_WARNING)
		return gp_fail(err, GP_ERR_TOO_LONG, 0, "name too long to fold");

	alen = unorm2_normalize(nfkd, b, blen, a, UBUF, &status);
	if (U_FAILURE(status) || status == U_STRING_NOT_TERMINATED_WARNING)
		return gp_fail(err, GP_ERR_TOO_LONG, 0, "name too long to fold");

	/* drop accents */
	blen = 0;
	for (int32_t i = 0; i < alen;)
	{
		UChar32		c;
		int32_t		start = i;

		U16_NEXT(a, i, alen, c);
		if (!is_accent(c))
			while (start < i)
				b[blen++] = a[start++];
	}

	alen = unorm2_normalize(casefold, b, blen, a, UBUF, &status);
	if (U_FAILURE(status) || status == U_STRING_NOT_TERMINATED_WARNING)
		return gp_fail(err, GP_ERR_TOO_LONG, 0, "name too long to fold");

	for (int32_t i = 0; i < alen;)
	{
		UChar32		c;
		int8_t		type;

		U16_NEXT(a, i, alen, c);
		type = u_charType(c);
		if (is_apostrophe(c))
			continue;			/* before letters: U+02BC is a letter to ICU */
		if (u_isalnum(c) || type == U_COMBINING_SPACING_MARK ||
			type == U_NON_SPACING_MARK)
		{
			char		u8[4];
			int32_t		n = 0;
			UBool		bad = 0;

			c = fold_letter_variant(c);
			U8_APPEND(u8, n, 4, c, bad);
			if (!bad)
				sink_word_bytes(k, u8, (size_t) n);
		}
		else if (c == '&')
			sink_symbol_word(k, "and");
		else if (c == '+')
			sink_symbol_word(k, "plus");
		else if (c == '.')
			sink_period(k);
		else
			sink_separator(k);
	}
	return sink_finish(k, outlen, err);
}

gp_status
gp_fold(const char *s, size_t len, char *out, size_t cap, size_t *outlen,
		gp_error *err)
{
	sink		k = {out, cap, 0, 0, 0, 0, 0};
	int			ascii = 1;

	if (cap == 0)
		return gp_fail(err, GP_ERR_TOO_LONG, 0, "no room to fold");
	if (len > GP_FOLD_INPUT_MAX)
		return gp_fail(err, GP_ERR_TOO_LONG, 0, "name too long to fold");
	for (size_t i = 0; i < len; i++)
		if ((unsigned char) s[i] >= 0x80)
		{
			ascii = 0;
			break;
		}
	if (ascii)
		return fold_ascii(s, len, &k, outlen, err);
	return fold_icu(s, len, &k, outlen, err);
}
