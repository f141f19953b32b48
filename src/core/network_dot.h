/*
 * network_dot.h
 *		The network of parties of a set of agreements, as Graphviz DOT.
 */
#ifndef GP_NETWORK_DOT_H
#define GP_NETWORK_DOT_H

#include "agreement.h"

/*
 * Write the DOT text of the network into buf (cap bytes, NUL-terminated when
 * it fits); returns the length it needs.  Parties are nodes (labelled with
 * their code and English name); a bilateral agreement is an edge labelled
 * with its kind and year; an agreement of three or more parties is a small
 * box linked to each of them.
 */
extern size_t gp_network_dot(const gp_catalog *cat, const gp_agreement *agreements, size_t n,
							 char *buf, size_t cap);

#endif							/* GP_NETWORK_DOT_H */
