/*
 * dates.c
 *		Date expressions in English news text.
 *
 * Word patterns over one sentence.  A day and month without a year take the
 * year that puts them nearest the publication date ("on 17 January" in an
 * article of 13 January 2025 is 2025-01-17; in one of 28 December 2024 it
 * is also 2025-01-17).  A weekday is the nearest one within three days.
 */
#include "dates.h"

#include <stdio.h>
#include <string.h>

static const char *const months[] = {
	"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december"
};
static const char *const month_abbrevs[] = {
	"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
};
static const char *const weekdays[] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"
};

int
gp_weekday(gp_date d)
{
	int			w = (int) ((d + 5) % 7);	/* 2000-01-01 was a Saturday */

	return w < 0 ? w + 7 : w;
}

/* Is the word (case-insensitive, ASCII) equal to s?  Every word is tried against every month. */
static bool
word_is(const char *text, const gp_span *w, const char *s)
{
	size_t		len = w->end - w->start,
				i;

	for (i = 0; s[i] != '\0'; i++)
	{
		char		c;

		if (i == len)
			return false;
		c = text[w->start + i];
		if (c >= 'A' && c <= 'Z')
			c = (char) (c + 32);
		if (c != s[i])
			return false;
	}
	return i == len;
}

static int
month_of(const char *text, const gp_span *w)
{
	for (int m = 0; m < 12; m++)
		if (word_is(text, w, months[m]) || word_is(text, w, month_abbrevs[m]))
			return m + 1;
	/* "Sept" */
	if (word_is(text, w, "sept"))
		return 9;
	return 0;
}

/* A number of 1 to 4 digits, with an ordinal suffix allowed ("17th"). */
static int
number_of(const char *text, const gp_span *w, int *digits)
{
	int			v = 0,
				n = 0;
	size_t		i = w->start;

	for (; i < w->end && text[i] >= '0' && text[i] <= '9' && n < 5; i++, n++)
		v = v * 10 + (text[i] - '0');
	if (n == 0 || n > 4)
		return -1;
	if (i < w->end)
	{
		const char *rest = text + i;
		size_t		r = w->end - i;

		if (!(r == 2 && (memcmp(rest, "st", 2) == 0 || memcmp(rest, "nd", 2) == 0 ||
						 memcmp(rest, "rd", 2) == 0 || memcmp(rest, "th", 2) == 0)))
			return -1;
	}
	*digits = n;
	return v;
}

static bool
valid_day(int y, int m, int d)
{
	gp_date		x;
	char		buf[16];

	if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1 || y > 9999)
		return false;
	snprintf(buf, sizeof(buf), "%04d-%02d-%02d", y, m, d);
	return gp_date_parse_iso(buf, &x);
}

/* The year that puts month/day nearest the publication date. */
static int
nearest_year(gp_date published, int m, int d)
{
	int			y,
				pm,
				pd;
	gp_date		best = 0;
	int			best_year = 0;

	gp_date_to_ymd(published, &y, &pm, &pd);
	for (int cand = y - 1; cand <= y + 1; cand++)
	{
		gp_date		x;
		gp_date		dist;

		if (!valid_day(cand, m, d))
			continue;
		x = gp_date_from_ymd(cand, m, d);
		dist = x > published ? x - published : published - x;
		if (best_year == 0 || dist < best)
		{
			best = dist;
			best_year = cand;
		}
	}
	return best_year;
}

static bool
add(gp_fuzzy_date *dates, int *at, int *n, int cap, int word, gp_date d, gp_precision p)
{
	if (*n >= cap)
		return false;
	dates[*n].date = d;
	dates[*n].prec = p;
	at[*n] = word;
	(*n)++;
	return true;
}

int
gp_find_dates(const char *text, const gp_span *w, int n, gp_date published,
			  gp_fuzzy_date *dates, int *at, int cap)
{
	int			found = 0;
	bool		have_pub = published != GP_NO_DATE;
	int			py = 0,
				pm = 0,
				pd = 0;

	if (have_pub)
		gp_date_to_ymd(published, &py, &pm, &pd);
	for (int i = 0; i < n && found < cap; i++)
	{
		int			digits,
					num = number_of(text, &w[i], &digits),
					m = month_of(text, &w[i]);

		/* 17 January [2025] */
		if (num >= 1 && num <= 31 && digits <= 2 && i + 1 < n && (m = month_of(text, &w[i + 1])) > 0)
		{
			int			y2,
						yd;

			if (i + 2 < n && (y2 = number_of(text, &w[i + 2], &yd)) > 0 && yd == 4 &&
				valid_day(y2, m, num))
			{
				add(dates, at, &found, cap, i, gp_date_from_ymd(y2, m, num), GP_PREC_DAY);
				i += 2;
			}
			else if (have_pub && (y2 = nearest_year(published, m, num)) > 0)
			{
				add(dates, at, &found, cap, i, gp_date_from_ymd(y2, m, num), GP_PREC_DAY);
				i += 1;
			}
			continue;
		}
		if (m > 0)
		{
			int			d2,
						dd,
						y2,
						yd;

			/* January 17[, 2025] */
			if (i + 1 < n && (d2 = number_of(text, &w[i + 1], &dd)) >= 1 && d2 <= 31 && dd <= 2)
			{
				if (i + 2 < n && (y2 = number_of(text, &w[i + 2], &yd)) > 0 && yd == 4 &&
					valid_day(y2, m, d2))
				{
					add(dates, at, &found, cap, i, gp_date_from_ymd(y2, m, d2), GP_PREC_DAY);
					i += 2;
				}
				else if (have_pub && (y2 = nearest_year(published, m, d2)) > 0)
				{
					add(dates, at, &found, cap, i, gp_date_from_ymd(y2, m, d2), GP_PREC_DAY);
					i += 1;
				}
				continue;
			}
			/* March 1987 */
			if (i + 1 < n && (y2 = number_of(text, &w[i + 1], &yd)) >= 1000 && yd == 4)
			{
				add(dates, at, &found, cap, i, gp_date_from_ymd(y2, m, 1), GP_PREC_MONTH);
				i += 1;
				continue;
			}
			/* "in March": the nearest March; "may" alone is a verb */
			if (have_pub && i > 0 && (word_is(text, &w[i - 1], "in") || word_is(text, &w[i - 1], "since") ||
									  word_is(text, &w[i - 1], "until")) && m != 5)
			{
				int			y3 = m - pm > 6 ? py - 1 : pm - m > 6 ? py + 1 : py;

				add(dates, at, &found, cap, i, gp_date_from_ymd(y3, m, 1), GP_PREC_MONTH);
			}
			continue;
		}
		/* in 2000 */
		if (num >= 1800 && num <= 2100 && digits == 4 && i > 0 &&
			(word_is(text, &w[i - 1], "in") || word_is(text, &w[i - 1], "since") ||
			 word_is(text, &w[i - 1], "of") || word_is(text, &w[i - 1], "until") ||
			 word_is(text, &w[i - 1], "by")))
		{
			add(dates, at, &found, cap, i, gp_date_from_ymd(num, 1, 1), GP_PREC_YEAR);
			continue;
		}
		if (!have_pub)
			continue;
		/* weekdays: the nearest within three days */
		for (int k = 0; k < 7; k++)
			if (word_is(text, &w[i], weekdays[k]))
			{
				int			delta = k - gp_weekday(published);

				if (delta > 3)
					delta -= 7;
				if (delta < -3)
					delta += 7;
				add(dates, at, &found, cap, i, published + delta, GP_PREC_DAY);
			}
		if (word_is(text, &w[i], "yesterday"))
			add(dates, at, &found, cap, i, published - 1, GP_PREC_DAY);
		else if (word_is(text, &w[i], "today"))
			add(dates, at, &found, cap, i, published, GP_PREC_DAY);
		else if (word_is(text, &w[i], "tomorrow"))
			add(dates, at, &found, cap, i, published + 1, GP_PREC_DAY);
		else if (word_is(text, &w[i], "tonight"))
			add(dates, at, &found, cap, i, published, GP_PREC_DAY);
		/* "this morning", "last night": the day of the report, the day before */
		else if (i + 1 < n && word_is(text, &w[i], "this") &&
				 (word_is(text, &w[i + 1], "morning") || word_is(text, &w[i + 1], "afternoon") ||
				  word_is(text, &w[i + 1], "evening")))
			add(dates, at, &found, cap, i, published, GP_PREC_DAY);
		else if (i + 1 < n && word_is(text, &w[i], "last") && word_is(text, &w[i + 1], "night"))
			add(dates, at, &found, cap, i, published - 1, GP_PREC_DAY);
		else if (i + 1 < n && (word_is(text, &w[i], "last") || word_is(text, &w[i], "next") ||
							   word_is(text, &w[i], "this")))
		{
			int			dir = word_is(text, &w[i], "last") ? -1 : word_is(text, &w[i], "next") ? 1 : 0;

			if (word_is(text, &w[i + 1], "year"))
				add(dates, at, &found, cap, i, gp_date_from_ymd(py + dir, 1, 1), GP_PREC_YEAR);
			else if (word_is(text, &w[i + 1], "month"))
			{
				int			mm = pm + dir,
							yy = py;

				if (mm < 1)
					mm = 12, yy--;
				if (mm > 12)
					mm = 1, yy++;
				add(dates, at, &found, cap, i, gp_date_from_ymd(yy, mm, 1), GP_PREC_MONTH);
			}
			else if (word_is(text, &w[i + 1], "week"))
			{
				/* the Monday of that week */
				gp_date		monday = published - gp_weekday(published) + 7 * dir;

				add(dates, at, &found, cap, i, monday, GP_PREC_DAY);
			}
		}
	}
	return found;
}
