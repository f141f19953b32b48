/*
 * unit.h
 *		A minimal test harness for the core: CHECK records, never aborts.
 */
#ifndef GP_UNIT_H
#define GP_UNIT_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern int	unit_passed;
extern int	unit_failed;

#define CHECK(cond) \
	do { \
		if (cond) \
			unit_passed++; \
		else \
		{ \
			unit_failed++; \
			fprintf(stderr, "FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); \
		} \
	} while (0)

#define CHECK_STR(got, want) \
	do { \
		const char *g_ = (got), *w_ = (want); \
		if (g_ != NULL && strcmp(g_, w_) == 0) \
			unit_passed++; \
		else \
		{ \
			unit_failed++; \
			fprintf(stderr, "FAIL %s:%d: got \"%s\", want \"%s\"\n", \
					__FILE__, __LINE__, g_ ? g_ : "(null)", w_); \
		} \
	} while (0)

void		test_fold(void);
void		test_polity(void);
void		test_agreement(void);
void		test_mentions(void);
void		test_events(void);

#endif
