/*
 * fuzz_dates.c
 *		libFuzzer harness: gp_find_dates over the words of arbitrary bytes.
 *
 * The input is split into words with gp_split_words (as the scanner splits
 * them) and the date finder runs over them with a fixed publication date
 * and with none, at a small and a large capacity.  Every date it returns
 * must have a precision, start a period at a real day, and point at one of
 * the words.
 */
#include "catalog.h"
#include "dates.h"
#include "mentions.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DATES 64

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check(const char *text, const gp_span *words, int n, gp_date published, int cap)
{
	gp_fuzzy_date dates[MAX_DATES];
	int			at[MAX_DATES];
	int			found = gp_find_dates(text, words, n, published, dates, at, cap);

	if (found < 0 || found > cap)
	{
		fprintf(stderr, "gp_find_dates: %d dates for capacity %d\n", found, cap);
		abort();
	}
	for (int i = 0; i < found; i++)
	{
		int			y,
					m,
					d;

		if (at[i] < 0 || at[i] >= n)
		{
			fprintf(stderr, "gp_find_dates: date %d at word %d of %d\n", i, at[i], n);
			abort();
		}
		if (dates[i].prec < GP_PREC_YEAR || dates[i].prec > GP_PREC_DAY)
		{
			fprintf(stderr, "gp_find_dates: date %d has precision %d\n", i, (int) dates[i].prec);
			abort();
		}
		/* the date is the first day of its period */
		gp_date_to_ymd(dates[i].date, &y, &m, &d);
		if (gp_date_from_ymd(y, m, d) != dates[i].date ||
			(dates[i].prec <= GP_PREC_MONTH && d != 1) ||
			(dates[i].prec == GP_PREC_YEAR && m != 1))
		{
			fprintf(stderr, "gp_find_dates: date %d (%d-%d-%d) is not the start of its %s\n",
					i, y, m, d, dates[i].prec == GP_PREC_YEAR ? "year" : "month");
			abort();
		}
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *) data;
	size_t		cap = size + 1;	/* at most one word a byte */
	gp_span    *words = malloc(cap * sizeof(gp_span));
	size_t		n;
	gp_date		published = gp_date_from_ymd(2025, 1, 13);

	if (words == NULL)
		abort();
	n = gp_split_words(text, 0, size, words, cap);
	if (n > size)
		abort();
	for (size_t i = 0; i < n; i++)
		if (words[i].start >= words[i].end || words[i].end > size ||
			(i > 0 && words[i].start < words[i - 1].end))
		{
			fprintf(stderr, "gp_split_words: word %zu is [%zu, %zu) of %zu bytes\n",
					i, words[i].start, words[i].end, size);
			abort();
		}

	check(text, words, (int) n, published, MAX_DATES);
	check(text, words, (int) n, GP_NO_DATE, MAX_DATES);
	check(text, words, (int) n, published, 8);
	check(text, words, (int) n, GP_NO_DATE, 1);
	free(words);
	return 0;
}
