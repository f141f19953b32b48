/*
 * event_people.h
 *		People who stand for a polity in an article: "Mr Brown" after
 *		"Gordon Brown", "Smith" after "U.S. Trade Representative Michael
 *		Smith", "the chancellor", and a sentence opening with "He"; also
 *		"It" opening a sentence after one that a state opened.
 */
#ifndef GP_EVENT_PEOPLE_H
#define GP_EVENT_PEOPLE_H

#include "sentence_view.h"

#define GP_PEOPLE_MAX 64

typedef struct gp_person
{
	size_t		surname;		/* bytes of the surname in the text */
	size_t		len;
	gp_polity	polity;
} gp_person;

/* What an article has said so far about its people; zero it to start. */
typedef struct gp_people
{
	gp_person	known[GP_PEOPLE_MAX];
	int			n;
	gp_polity	last;			/* the polity of the person named last */
	gp_polity	previous_only;	/* the one polity the previous sentence's people had, or 0 */
	gp_polity	subject;		/* the state opening the previous sentence, or 0 */
} gp_people;

/*
 * Fill who[w] for the words of s that name a person standing for a polity
 * (0 elsewhere), using what earlier sentences taught, then learn the people
 * s introduces.  Call once per sentence, in order.
 */
extern void gp_people_read(gp_people *pp, const gp_sentence *s, gp_polity *who);

#endif							/* GP_EVENT_PEOPLE_H */
