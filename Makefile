# geopol: PGXS build.
#
#   make demo       dependencies, build, install, throwaway server, demo
#   make check      the same set-up, then every test suite (README.md)
#   make && make install && make installcheck   against your own server

EXTENSION = geopol
EXTVERSION = $(shell sed -n "s/^default_version = '\(.*\)'/\1/p" geopol.control)

CORE_OBJS = \
	src/core/agreement.o \
	src/core/agreement_parse.o \
	src/core/agreements_extract.o \
	src/core/alloc.o \
	src/core/arena.o \
	src/core/builtin_data.o \
	src/core/catalog.o \
	src/core/dates.o \
	src/core/event_people.o \
	src/core/events_extract.o \
	src/core/cldr_names.o \
	src/core/fold.o \
	src/core/gazetteer.o \
	src/core/mentions.o \
	src/core/names.o \
	src/core/network_dot.o \
	src/core/polity_code.o \
	src/core/polity_parse.o \
	src/core/sentence_view.o \
	src/core/status.o \
	src/core/translated_names.o \
	src/core/tsv.o

PG_OBJS = \
	src/pg/agreement_funcs.o \
	src/pg/agreement_gin.o \
	src/pg/agreement_io.o \
	src/pg/agreement_ops.o \
	src/pg/errors.o \
	src/pg/extract.o \
	src/pg/module.o \
	src/pg/name_cache.o \
	src/pg/polity_funcs.o \
	src/pg/polity_io.o \
	src/pg/polity_ops.o

MODULE_big = geopol
OBJS = $(CORE_OBJS) $(PG_OBJS)
DATA = $(wildcard sql/geopol--*.sql)
REGRESS = version upgrade polity_input polity_ops polity_funcs to_polity polity_actors agreement_input agreement_ops mentions agreements events bad_inputs security
REGRESS_OPTS = --load-extension=geopol

DATA_FILES = data/iso3166.tsv data/former_states.tsv data/blocs.tsv \
	data/aliases.tsv data/memberships.tsv data/state_forms.tsv \
	data/demonyms.tsv data/places.tsv data/office_holders.tsv data/traps.tsv data/official_names.tsv \
	data/iso_translations.tsv data/given_names.tsv data/sovereignty.tsv data/adjectives.tsv

ICU_CFLAGS := $(shell pkg-config --cflags icu-uc icu-i18n 2>/dev/null)
ICU_LIBS := $(shell pkg-config --libs icu-uc icu-i18n 2>/dev/null)
PG_CPPFLAGS = -Isrc/core $(ICU_CFLAGS) -DGEOPOL_VERSION='"$(EXTVERSION)"'
PG_CFLAGS = -std=gnu11 -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers
SHLIB_LINK += $(ICU_LIBS)

EXTRA_CLEAN = src/core/builtin_data.c test/unit/run_unit results regression.diffs \
	regression.out

# Targets that set up their own machine and server run without PGXS, so that
# they work before pg_config is installed.
SELF_CONTAINED = bench check demo deps fuzz unit
ifneq ($(filter $(SELF_CONTAINED),$(MAKECMDGOALS)),)

.PHONY: $(SELF_CONTAINED)
check:
	bash scripts/check.sh
demo:
	bash scripts/demo.sh $(FILE)
deps:
	bash scripts/deps.sh
fuzz:
	bash scripts/fuzz.sh $(or $(FUZZ_SECONDS),600)
bench:
	bash scripts/bench.sh
unit:
	bash scripts/unit.sh

else

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# PGXS tracks no header dependencies: rebuild everything when one changes.
$(OBJS): $(wildcard src/core/*.h src/pg/*.h)
# version() prints default_version, which module.c gets as GEOPOL_VERSION.
src/pg/module.o src/pg/module.bc: geopol.control

src/core/builtin_data.c: $(DATA_FILES) scripts/embed.sh
	sh scripts/embed.sh $@ iso3166=data/iso3166.tsv former_states=data/former_states.tsv \
		blocs=data/blocs.tsv aliases=data/aliases.tsv memberships=data/memberships.tsv \
		state_forms=data/state_forms.tsv demonyms=data/demonyms.tsv places=data/places.tsv \
		office_holders=data/office_holders.tsv traps=data/traps.tsv official_names=data/official_names.tsv \
		iso_translations=data/iso_translations.tsv given_names=data/given_names.tsv \
		sovereignty=data/sovereignty.tsv adjectives=data/adjectives.tsv

# The core's unit tests: plain C against the core objects, no server.
UNIT_SRCS = $(wildcard test/unit/*.c)
test/unit/run_unit: $(UNIT_SRCS) $(CORE_OBJS:.o=.c) $(wildcard src/core/*.h) src/core/builtin_data.c
	$(CC) -std=gnu11 -O1 -g -Wall -Wextra -Wno-unused-parameter -Isrc/core $(ICU_CFLAGS) \
		-o $@ $(UNIT_SRCS) $(CORE_OBJS:.o=.c) $(ICU_LIBS)

.PHONY: unittest
unittest: test/unit/run_unit
	test/unit/run_unit

# A source tarball for PGXN, from what is committed.
.PHONY: dist
dist:
	git archive --format=tar.gz --prefix=geopol-$(EXTVERSION)/ -o geopol-$(EXTVERSION).tar.gz HEAD
	@echo "wrote geopol-$(EXTVERSION).tar.gz"

endif
