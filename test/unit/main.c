/*
 * main.c
 *		Runs every core unit test and prints "N passed, N failed".
 */
#include "unit.h"

int			unit_passed = 0;
int			unit_failed = 0;

int
main(void)
{
	test_fold();
	test_polity();
	test_agreement();
	test_mentions();
	test_events();
	printf("%d passed, %d failed\n", unit_passed, unit_failed);
	return unit_failed == 0 ? 0 : 1;
}
