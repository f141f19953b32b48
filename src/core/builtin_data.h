/*
 * builtin_data.h
 *		The data files, as string constants.
 *
 * builtin_data.c is generated from data/ TSV files by scripts/embed.sh at build
 * time; it is never edited by hand nor committed.
 */
#ifndef GP_BUILTIN_DATA_H
#define GP_BUILTIN_DATA_H

extern const char gp_data_iso3166[];
extern const char gp_data_former_states[];
extern const char gp_data_blocs[];
extern const char gp_data_aliases[];
extern const char gp_data_memberships[];
extern const char gp_data_state_forms[];
extern const char gp_data_demonyms[];
extern const char gp_data_places[];
extern const char gp_data_office_holders[];
extern const char gp_data_traps[];
extern const char gp_data_official_names[];
extern const char gp_data_iso_translations[];
extern const char gp_data_given_names[];
extern const char gp_data_sovereignty[];
extern const char gp_data_adjectives[];

#endif							/* GP_BUILTIN_DATA_H */
