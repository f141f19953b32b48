/*
 * dates.h
 *		Date expressions in a sentence, resolved against the publication date.
 */
#ifndef GP_DATES_H
#define GP_DATES_H

#include "agreement.h"
#include "mentions.h"

/*
 * The date expressions among words[0..n) of text: "17 January 2025",
 * "January 17, 2025", "June 19", "March 1987", "in 2000", "on Monday",
 * "yesterday", "last year", "next month", "earlier this week".  Relative
 * ones need published (GP_NO_DATE: they are left out).  Fills up to cap
 * dates and the index of each one's first word; returns the count.
 */
extern int	gp_find_dates(const char *text, const gp_span *words, int n, gp_date published,
						  gp_fuzzy_date *dates, int *at, int cap);

/* Monday is 0. */
extern int	gp_weekday(gp_date d);

#endif							/* GP_DATES_H */
