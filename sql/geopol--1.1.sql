-- geopol 1.1: the polity type, its operators and functions.

\echo Use "CREATE EXTENSION geopol" to load this file. \quit

CREATE FUNCTION geopol.version() RETURNS text
	AS 'MODULE_PATHNAME', 'geopol_version'
	LANGUAGE C STRICT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION geopol.version() IS
	'geopol''s version and the ICU and Unicode versions this backend runs with';

------------------------------------------------------------------------------
-- polity: a state, former state, territory, bloc, organisation, group or
-- registered actor, stored as its canonical code in 8 bytes.
------------------------------------------------------------------------------

CREATE TYPE geopol.polity;

-- Input reads names through the alias and actor tables, so it is STABLE.
CREATE FUNCTION geopol.polity_in(cstring) RETURNS geopol.polity
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT STABLE PARALLEL SAFE;
CREATE FUNCTION geopol.polity_out(geopol.polity) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION geopol.polity_recv(internal) RETURNS geopol.polity
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION geopol.polity_send(geopol.polity) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;

CREATE TYPE geopol.polity (
	INPUT = geopol.polity_in,
	OUTPUT = geopol.polity_out,
	RECEIVE = geopol.polity_recv,
	SEND = geopol.polity_send,
	INTERNALLENGTH = 8,
	PASSEDBYVALUE,
	ALIGNMENT = double,
	STORAGE = plain
);
COMMENT ON TYPE geopol.polity IS
	'a state, former state, territory, bloc, organisation, group or registered actor; reads codes and names in any language, prints its canonical code';
COMMENT ON FUNCTION geopol.polity_in(cstring) IS 'polity input: a code, or a name in any language';
COMMENT ON FUNCTION geopol.polity_out(geopol.polity) IS 'polity output: the canonical code';
COMMENT ON FUNCTION geopol.polity_recv(internal) IS 'polity binary input';
COMMENT ON FUNCTION geopol.polity_send(geopol.polity) IS 'polity binary output';

CREATE CAST (geopol.polity AS text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (text AS geopol.polity) WITH INOUT;
CREATE CAST (varchar AS geopol.polity) WITH INOUT;
COMMENT ON CAST (geopol.polity AS text) IS 'the canonical code';
COMMENT ON CAST (text AS geopol.polity) IS 'reads a code or a name, as polity input does';
COMMENT ON CAST (varchar AS geopol.polity) IS 'reads a code or a name, as polity input does';

-- Readers that do not raise for text naming no polity (PostgreSQL 15 has no
-- pg_input_is_valid).  STABLE like polity input: they read the names users
-- add through the alias and actor tables.
CREATE FUNCTION geopol.to_polity(name text) RETURNS geopol.polity
	AS 'MODULE_PATHNAME', 'geopol_to_polity' LANGUAGE C STRICT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION geopol.to_polity(text) IS
	'reads a code or a name as the cast to polity does, but gives NULL where the cast fails with 22P02: an unknown or ambiguous name, empty or malformed text';

CREATE FUNCTION geopol.candidates(name text) RETURNS geopol.polity[]
	AS 'MODULE_PATHNAME', 'geopol_candidates' LANGUAGE C STRICT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION geopol.candidates(text) IS
	'every polity a code or name may mean, in code order: one for a known name, several for an ambiguous one, none for an unknown one';

-- comparison: by canonical code, byte order, never by locale

CREATE FUNCTION geopol.polity_eq(geopol.polity, geopol.polity) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION geopol.polity_ne(geopol.polity, geopol.polity) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION geopol.polity_lt(geopol.polity, geopol.polity) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION geopol.polity_le(geopol.polity, geopol.polity) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION geopol.polity_gt(geopol.polity, geopol.polity) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION geopol.polity_ge(geopol.polity, geopol.polity) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION geopol.polity_cmp(geopol.polity, geopol.polity) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION geopol.polity_sortsupport(internal) RETURNS void
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION geopol.polity_hash(geopol.polity) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION geopol.polity_hash_extended(geopol.polity, bigint) RETURNS bigint
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE LEAKPROOF PARALLEL SAFE;

COMMENT ON FUNCTION geopol.polity_eq(geopol.polity, geopol.polity) IS 'implementation of = for polity';
COMMENT ON FUNCTION geopol.polity_ne(geopol.polity, geopol.polity) IS 'implementation of <> for polity';
COMMENT ON FUNCTION geopol.polity_lt(geopol.polity, geopol.polity) IS 'implementation of < for polity';
COMMENT ON FUNCTION geopol.polity_le(geopol.polity, geopol.polity) IS 'implementation of <= for polity';
COMMENT ON FUNCTION geopol.polity_gt(geopol.polity, geopol.polity) IS 'implementation of > for polity';
COMMENT ON FUNCTION geopol.polity_ge(geopol.polity, geopol.polity) IS 'implementation of >= for polity';
COMMENT ON FUNCTION geopol.polity_cmp(geopol.polity, geopol.polity) IS 'btree comparison of polities by canonical code';
COMMENT ON FUNCTION geopol.polity_sortsupport(internal) IS 'btree sort support for polity';
COMMENT ON FUNCTION geopol.polity_hash(geopol.polity) IS 'hash of a polity';
COMMENT ON FUNCTION geopol.polity_hash_extended(geopol.polity, bigint) IS 'seeded 64-bit hash of a polity, for hash partitioning';

CREATE OPERATOR geopol.= (
	LEFTARG = geopol.polity, RIGHTARG = geopol.polity, FUNCTION = geopol.polity_eq,
	COMMUTATOR = OPERATOR(geopol.=), NEGATOR = OPERATOR(geopol.<>),
	RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
);
CREATE OPERATOR geopol.<> (
	LEFTARG = geopol.polity, RIGHTARG = geopol.polity, FUNCTION = geopol.polity_ne,
	COMMUTATOR = OPERATOR(geopol.<>), NEGATOR = OPERATOR(geopol.=),
	RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR geopol.< (
	LEFTARG = geopol.polity, RIGHTARG = geopol.polity, FUNCTION = geopol.polity_lt,
	COMMUTATOR = OPERATOR(geopol.>), NEGATOR = OPERATOR(geopol.>=),
	RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR geopol.<= (
	LEFTARG = geopol.polity, RIGHTARG = geopol.polity, FUNCTION = geopol.polity_le,
	COMMUTATOR = OPERATOR(geopol.>=), NEGATOR = OPERATOR(geopol.>),
	RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
CREATE OPERATOR geopol.> (
	LEFTARG = geopol.polity, RIGHTARG = geopol.polity, FUNCTION = geopol.polity_gt,
	COMMUTATOR = OPERATOR(geopol.<), NEGATOR = OPERATOR(geopol.<=),
	RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
CREATE OPERATOR geopol.>= (
	LEFTARG = geopol.polity, RIGHTARG = geopol.polity, FUNCTION = geopol.polity_ge,
	COMMUTATOR = OPERATOR(geopol.<=), NEGATOR = OPERATOR(geopol.<),
	RESTRICT = scalargesel, JOIN = scalargejoinsel
);
COMMENT ON OPERATOR geopol.= (geopol.polity, geopol.polity) IS 'same polity';
COMMENT ON OPERATOR geopol.<> (geopol.polity, geopol.polity) IS 'different polities';
COMMENT ON OPERATOR geopol.< (geopol.polity, geopol.polity) IS 'sorts before, by canonical code';
COMMENT ON OPERATOR geopol.<= (geopol.polity, geopol.polity) IS 'sorts before or equal, by canonical code';
COMMENT ON OPERATOR geopol.> (geopol.polity, geopol.polity) IS 'sorts after, by canonical code';
COMMENT ON OPERATOR geopol.>= (geopol.polity, geopol.polity) IS 'sorts after or equal, by canonical code';

CREATE OPERATOR CLASS geopol.polity_ops
	DEFAULT FOR TYPE geopol.polity USING btree AS
		OPERATOR 1 geopol.<,
		OPERATOR 2 geopol.<=,
		OPERATOR 3 geopol.=,
		OPERATOR 4 geopol.>=,
		OPERATOR 5 geopol.>,
		FUNCTION 1 geopol.polity_cmp(geopol.polity, geopol.polity),
		FUNCTION 2 geopol.polity_sortsupport(internal);
COMMENT ON OPERATOR CLASS geopol.polity_ops USING btree IS 'btree order of polities by canonical code';
COMMENT ON OPERATOR FAMILY geopol.polity_ops USING btree IS 'btree order of polities by canonical code';

CREATE OPERATOR CLASS geopol.polity_hash_ops
	DEFAULT FOR TYPE geopol.polity USING hash AS
		OPERATOR 1 geopol.=,
		FUNCTION 1 geopol.polity_hash(geopol.polity),
		FUNCTION 2 geopol.polity_hash_extended(geopol.polity, bigint);
COMMENT ON OPERATOR CLASS geopol.polity_hash_ops USING hash IS 'hashing of polities: hash joins, hash aggregation, hash partitioning';
COMMENT ON OPERATOR FAMILY geopol.polity_hash_ops USING hash IS 'hashing of polities: hash joins, hash aggregation, hash partitioning';

------------------------------------------------------------------------------
-- What a polity knows about itself
------------------------------------------------------------------------------

CREATE FUNCTION geopol.name(p geopol.polity, locale text DEFAULT 'en') RETURNS text
	AS 'MODULE_PATHNAME', 'polity_name' LANGUAGE C STRICT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION geopol.name(geopol.polity, text) IS
	'display name of a polity in a locale (CLDR through ICU for states; English for blocs and former states)';

CREATE FUNCTION geopol.iso2(p geopol.polity) RETURNS text
	AS 'MODULE_PATHNAME', 'polity_iso2' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION geopol.iso2(geopol.polity) IS 'ISO 3166 alpha-2 code, NULL when there is none';

CREATE FUNCTION geopol.iso3(p geopol.polity) RETURNS text
	AS 'MODULE_PATHNAME', 'polity_iso3' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION geopol.iso3(geopol.polity) IS 'alpha-3 code of a state, territory or former state, NULL for blocs, groups and actors';

CREATE FUNCTION geopol.iso_numeric(p geopol.polity) RETURNS text
	AS 'MODULE_PATHNAME', 'polity_iso_numeric' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION geopol.iso_numeric(geopol.polity) IS 'ISO 3166 numeric code as three digits, NULL when there is none';

CREATE FUNCTION geopol.kind(p geopol.polity) RETURNS text
	AS 'MODULE_PATHNAME', 'polity_kind' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION geopol.kind(geopol.polity) IS
	'state, former_state, territory, bloc, organisation, group or actor';

-- Memberships change with the extension's data: STABLE, not IMMUTABLE.
CREATE FUNCTION geopol.is_member(p geopol.polity, bloc geopol.polity, at date DEFAULT current_date)
	RETURNS boolean
	AS 'MODULE_PATHNAME', 'polity_is_member' LANGUAGE C STRICT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION geopol.is_member(geopol.polity, geopol.polity, date) IS
	'whether p belonged to bloc on a date (a polity counts as a member of itself)';

CREATE FUNCTION geopol.members(bloc geopol.polity, at date DEFAULT current_date)
	RETURNS SETOF geopol.polity
	AS 'MODULE_PATHNAME', 'polity_members' LANGUAGE C STRICT STABLE PARALLEL SAFE ROWS 30;
COMMENT ON FUNCTION geopol.members(geopol.polity, date) IS
	'the members of a bloc on a date, sorted by code';

CREATE FUNCTION geopol.polity_member_of(geopol.polity, geopol.polity) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION geopol.polity_member_of(geopol.polity, geopol.polity) IS 'implementation of <@ for polity: member of a bloc today';
CREATE FUNCTION geopol.polity_has_member(geopol.polity, geopol.polity) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION geopol.polity_has_member(geopol.polity, geopol.polity) IS 'implementation of @> for polity: bloc has a member today';

CREATE OPERATOR geopol.<@ (
	LEFTARG = geopol.polity, RIGHTARG = geopol.polity, FUNCTION = geopol.polity_member_of,
	COMMUTATOR = OPERATOR(geopol.@>), RESTRICT = contsel, JOIN = contjoinsel
);
CREATE OPERATOR geopol.@> (
	LEFTARG = geopol.polity, RIGHTARG = geopol.polity, FUNCTION = geopol.polity_has_member,
	COMMUTATOR = OPERATOR(geopol.<@), RESTRICT = contsel, JOIN = contjoinsel
);
COMMENT ON OPERATOR geopol.<@ (geopol.polity, geopol.polity) IS 'is a member of (a bloc, as of today)';
COMMENT ON OPERATOR geopol.@> (geopol.polity, geopol.polity) IS 'has as a member (as of today)';

------------------------------------------------------------------------------
-- Names and actors users add.  pg_dump dumps their rows; polity input reads
-- them (a trigger tells every backend to reload them at commit).  Actor codes
-- ('@HTS') are accepted on syntax alone, so a dump restores in any order.
------------------------------------------------------------------------------

CREATE TABLE geopol.actor (
	polity geopol.polity PRIMARY KEY
		CHECK (geopol.kind(polity) = 'actor'),
	name text NOT NULL CHECK (name <> ''),
	description text
);
COMMENT ON TABLE geopol.actor IS
	'actors users register (armed groups, separatist authorities ...): code ''@XYZ'' and name';

CREATE TABLE geopol.alias (
	name text NOT NULL CHECK (name <> ''),
	polity geopol.polity NOT NULL,
	source text,
	PRIMARY KEY (name, polity)
);
COMMENT ON TABLE geopol.alias IS
	'names users add for any polity; they take precedence over built-in names';

CREATE TABLE geopol.office_holder (
	name text NOT NULL CHECK (name <> ''),
	polity geopol.polity NOT NULL,
	office text NOT NULL DEFAULT 'leader',
	from_date date NOT NULL,
	to_date date CHECK (to_date IS NULL OR to_date > from_date),
	source text,
	PRIMARY KEY (name, polity, from_date)
);
COMMENT ON TABLE geopol.office_holder IS
	'office holders users add for mentions(): a name as the news writes it, the polity, and the term';

CREATE TABLE geopol.place (
	name text NOT NULL CHECK (name <> ''),
	polity geopol.polity NOT NULL,
	kind text NOT NULL CHECK (kind IN ('capital', 'seat', 'city', 'region')),
	source text,
	PRIMARY KEY (name, polity, kind)
);
COMMENT ON TABLE geopol.place IS
	'capitals, seats of government and central banks (standing for their state), cities and regions users add for mentions()';

SELECT pg_catalog.pg_extension_config_dump('geopol.actor', '');
SELECT pg_catalog.pg_extension_config_dump('geopol.alias', '');
SELECT pg_catalog.pg_extension_config_dump('geopol.office_holder', '');
SELECT pg_catalog.pg_extension_config_dump('geopol.place', '');

CREATE FUNCTION geopol.names_changed() RETURNS trigger
	AS 'MODULE_PATHNAME', 'geopol_names_changed' LANGUAGE C;
COMMENT ON FUNCTION geopol.names_changed() IS
	'trigger: tells every backend to reload user names when the change commits';

CREATE TRIGGER names_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
	ON geopol.actor FOR EACH STATEMENT EXECUTE FUNCTION geopol.names_changed();
CREATE TRIGGER names_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
	ON geopol.alias FOR EACH STATEMENT EXECUTE FUNCTION geopol.names_changed();
CREATE TRIGGER names_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
	ON geopol.office_holder FOR EACH STATEMENT EXECUTE FUNCTION geopol.names_changed();
CREATE TRIGGER names_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
	ON geopol.place FOR EACH STATEMENT EXECUTE FUNCTION geopol.names_changed();

GRANT USAGE ON SCHEMA geopol TO PUBLIC;
GRANT SELECT ON geopol.actor, geopol.alias, geopol.office_holder, geopol.place TO PUBLIC;

------------------------------------------------------------------------------
-- agreement: kind, parties, status, dates, domains, clauses and a title.
-- The literal's grammar is in README.md; the storage layout in
-- src/core/agreement.h.
------------------------------------------------------------------------------

CREATE TYPE geopol.agreement;

CREATE FUNCTION geopol.agreement_in(cstring) RETURNS geopol.agreement
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT STABLE PARALLEL SAFE;
CREATE FUNCTION geopol.agreement_out(geopol.agreement) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION geopol.agreement_recv(internal) RETURNS geopol.agreement
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION geopol.agreement_send(geopol.agreement) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;

CREATE TYPE geopol.agreement (
	INPUT = geopol.agreement_in,
	OUTPUT = geopol.agreement_out,
	RECEIVE = geopol.agreement_recv,
	SEND = geopol.agreement_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE geopol.agreement IS
	'an agreement between polities: kind, parties, status, dates with precision, domains, clauses, title';
COMMENT ON FUNCTION geopol.agreement_in(cstring) IS 'agreement input: the text literal';
COMMENT ON FUNCTION geopol.agreement_out(geopol.agreement) IS 'agreement output: the canonical literal';
COMMENT ON FUNCTION geopol.agreement_recv(internal) IS 'agreement binary input';
COMMENT ON FUNCTION geopol.agreement_send(geopol.agreement) IS 'agreement binary output';

CREATE CAST (geopol.agreement AS text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (text AS geopol.agreement) WITH INOUT;
COMMENT ON CAST (geopol.agreement AS text) IS 'the canonical literal';
COMMENT ON CAST (text AS geopol.agreement) IS 'reads the literal, as agreement input does';

CREATE FUNCTION geopol.agreement(kind text, parties geopol.polity[], status text DEFAULT 'signed',
		date date DEFAULT NULL, date_precision text DEFAULT 'day',
		domains text[] DEFAULT '{}', clauses text[] DEFAULT '{}', title text DEFAULT NULL)
	RETURNS geopol.agreement
	AS 'MODULE_PATHNAME', 'agreement_make' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION geopol.agreement(text, geopol.polity[], text, date, text, text[], text[], text) IS
	'builds an agreement; the date is the signing date up to ratified, the date in force for in_force, the end date for suspended and terminated';

-- accessors

CREATE FUNCTION geopol.kind(a geopol.agreement) RETURNS text
	AS 'MODULE_PATHNAME', 'agreement_kind' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION geopol.kind(geopol.agreement) IS 'the kind of an agreement (treaty, defence_pact ...)';
CREATE FUNCTION geopol.parties(a geopol.agreement) RETURNS geopol.polity[]
	AS 'MODULE_PATHNAME', 'agreement_parties' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION geopol.parties(geopol.agreement) IS 'the parties of an agreement, sorted by code';
CREATE FUNCTION geopol.status(a geopol.agreement) RETURNS text
	AS 'MODULE_PATHNAME', 'agreement_status' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION geopol.status(geopol.agreement) IS 'proposed, planned, signed, ratified, in_force, suspended or terminated';
CREATE FUNCTION geopol.date(a geopol.agreement) RETURNS date
	AS 'MODULE_PATHNAME', 'agreement_date' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION geopol.date(geopol.agreement) IS 'the date the status refers to (first day of its period), NULL when unknown';
CREATE FUNCTION geopol.date_precision(a geopol.agreement) RETURNS text
	AS 'MODULE_PATHNAME', 'agreement_date_precision' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION geopol.date_precision(geopol.agreement) IS 'day, month or year: the precision of date(a)';
CREATE FUNCTION geopol.signed(a geopol.agreement) RETURNS date
	AS 'MODULE_PATHNAME', 'agreement_signed' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION geopol.signed(geopol.agreement) IS 'the signing date (planned signing date for planned agreements)';
CREATE FUNCTION geopol.in_force(a geopol.agreement) RETURNS date
	AS 'MODULE_PATHNAME', 'agreement_in_force' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION geopol.in_force(geopol.agreement) IS 'the date the agreement entered into force';
CREATE FUNCTION geopol.ended(a geopol.agreement) RETURNS date
	AS 'MODULE_PATHNAME', 'agreement_ended' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION geopol.ended(geopol.agreement) IS 'the date the agreement ended or was suspended';
CREATE FUNCTION geopol.domains(a geopol.agreement) RETURNS text[]
	AS 'MODULE_PATHNAME', 'agreement_domains' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION geopol.domains(geopol.agreement) IS 'the domains of cooperation, sorted';
CREATE FUNCTION geopol.clauses(a geopol.agreement) RETURNS text[]
	AS 'MODULE_PATHNAME', 'agreement_clauses' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION geopol.clauses(geopol.agreement) IS 'the clauses (mutual_defence, non_aggression ...), sorted';
CREATE FUNCTION geopol.mutual_defence(a geopol.agreement) RETURNS boolean
	AS 'MODULE_PATHNAME', 'agreement_mutual_defence' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION geopol.mutual_defence(geopol.agreement) IS 'whether the parties will defend each other if attacked';
CREATE FUNCTION geopol.title(a geopol.agreement) RETURNS text
	AS 'MODULE_PATHNAME', 'agreement_title' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION geopol.title(geopol.agreement) IS 'the title, NULL when none';

-- comparison: first date, kind, parties, then the rest; equality is byte equality

CREATE FUNCTION geopol.agreement_eq(geopol.agreement, geopol.agreement) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION geopol.agreement_ne(geopol.agreement, geopol.agreement) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION geopol.agreement_lt(geopol.agreement, geopol.agreement) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION geopol.agreement_le(geopol.agreement, geopol.agreement) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION geopol.agreement_gt(geopol.agreement, geopol.agreement) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION geopol.agreement_ge(geopol.agreement, geopol.agreement) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION geopol.agreement_cmp(geopol.agreement, geopol.agreement) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION geopol.agreement_hash(geopol.agreement) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION geopol.agreement_hash_extended(geopol.agreement, bigint) RETURNS bigint
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE LEAKPROOF PARALLEL SAFE;
COMMENT ON FUNCTION geopol.agreement_eq(geopol.agreement, geopol.agreement) IS 'implementation of = for agreement';
COMMENT ON FUNCTION geopol.agreement_ne(geopol.agreement, geopol.agreement) IS 'implementation of <> for agreement';
COMMENT ON FUNCTION geopol.agreement_lt(geopol.agreement, geopol.agreement) IS 'implementation of < for agreement';
COMMENT ON FUNCTION geopol.agreement_le(geopol.agreement, geopol.agreement) IS 'implementation of <= for agreement';
COMMENT ON FUNCTION geopol.agreement_gt(geopol.agreement, geopol.agreement) IS 'implementation of > for agreement';
COMMENT ON FUNCTION geopol.agreement_ge(geopol.agreement, geopol.agreement) IS 'implementation of >= for agreement';
COMMENT ON FUNCTION geopol.agreement_cmp(geopol.agreement, geopol.agreement) IS 'btree order of agreements: first date, kind, parties, then the rest';
COMMENT ON FUNCTION geopol.agreement_hash(geopol.agreement) IS 'hash of an agreement';
COMMENT ON FUNCTION geopol.agreement_hash_extended(geopol.agreement, bigint) IS 'seeded 64-bit hash of an agreement';

CREATE OPERATOR geopol.= (
	LEFTARG = geopol.agreement, RIGHTARG = geopol.agreement, FUNCTION = geopol.agreement_eq,
	COMMUTATOR = OPERATOR(geopol.=), NEGATOR = OPERATOR(geopol.<>),
	RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
);
CREATE OPERATOR geopol.<> (
	LEFTARG = geopol.agreement, RIGHTARG = geopol.agreement, FUNCTION = geopol.agreement_ne,
	COMMUTATOR = OPERATOR(geopol.<>), NEGATOR = OPERATOR(geopol.=),
	RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR geopol.< (
	LEFTARG = geopol.agreement, RIGHTARG = geopol.agreement, FUNCTION = geopol.agreement_lt,
	COMMUTATOR = OPERATOR(geopol.>), NEGATOR = OPERATOR(geopol.>=),
	RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR geopol.<= (
	LEFTARG = geopol.agreement, RIGHTARG = geopol.agreement, FUNCTION = geopol.agreement_le,
	COMMUTATOR = OPERATOR(geopol.>=), NEGATOR = OPERATOR(geopol.>),
	RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
CREATE OPERATOR geopol.> (
	LEFTARG = geopol.agreement, RIGHTARG = geopol.agreement, FUNCTION = geopol.agreement_gt,
	COMMUTATOR = OPERATOR(geopol.<), NEGATOR = OPERATOR(geopol.<=),
	RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
CREATE OPERATOR geopol.>= (
	LEFTARG = geopol.agreement, RIGHTARG = geopol.agreement, FUNCTION = geopol.agreement_ge,
	COMMUTATOR = OPERATOR(geopol.<=), NEGATOR = OPERATOR(geopol.<),
	RESTRICT = scalargesel, JOIN = scalargejoinsel
);
COMMENT ON OPERATOR geopol.= (geopol.agreement, geopol.agreement) IS 'same agreement (every field equal)';
COMMENT ON OPERATOR geopol.<> (geopol.agreement, geopol.agreement) IS 'different agreements';
COMMENT ON OPERATOR geopol.< (geopol.agreement, geopol.agreement) IS 'sorts before: earlier first date, then kind, then parties';
COMMENT ON OPERATOR geopol.<= (geopol.agreement, geopol.agreement) IS 'sorts before or equal';
COMMENT ON OPERATOR geopol.> (geopol.agreement, geopol.agreement) IS 'sorts after';
COMMENT ON OPERATOR geopol.>= (geopol.agreement, geopol.agreement) IS 'sorts after or equal';

CREATE OPERATOR CLASS geopol.agreement_ops
	DEFAULT FOR TYPE geopol.agreement USING btree AS
		OPERATOR 1 geopol.<,
		OPERATOR 2 geopol.<=,
		OPERATOR 3 geopol.=,
		OPERATOR 4 geopol.>=,
		OPERATOR 5 geopol.>,
		FUNCTION 1 geopol.agreement_cmp(geopol.agreement, geopol.agreement);
COMMENT ON OPERATOR CLASS geopol.agreement_ops USING btree IS 'btree order of agreements: first date, kind, parties';
COMMENT ON OPERATOR FAMILY geopol.agreement_ops USING btree IS 'btree order of agreements: first date, kind, parties';

CREATE OPERATOR CLASS geopol.agreement_hash_ops
	DEFAULT FOR TYPE geopol.agreement USING hash AS
		OPERATOR 1 geopol.=,
		FUNCTION 1 geopol.agreement_hash(geopol.agreement),
		FUNCTION 2 geopol.agreement_hash_extended(geopol.agreement, bigint);
COMMENT ON OPERATOR CLASS geopol.agreement_hash_ops USING hash IS 'hashing of agreements';
COMMENT ON OPERATOR FAMILY geopol.agreement_hash_ops USING hash IS 'hashing of agreements';

-- parties

CREATE FUNCTION geopol.agreement_has_party(geopol.agreement, geopol.polity) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION geopol.agreement_contains_parties(geopol.agreement, geopol.polity[]) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION geopol.agreement_contained_by_parties(geopol.agreement, geopol.polity[]) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION geopol.agreement_overlaps_parties(geopol.agreement, geopol.polity[]) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION geopol.agreement_overlaps(geopol.agreement, geopol.agreement) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION geopol.agreement_has_party(geopol.agreement, geopol.polity) IS 'implementation of @> (agreement, polity)';
COMMENT ON FUNCTION geopol.agreement_contains_parties(geopol.agreement, geopol.polity[]) IS 'implementation of @> (agreement, polity[])';
COMMENT ON FUNCTION geopol.agreement_contained_by_parties(geopol.agreement, geopol.polity[]) IS 'implementation of <@ (agreement, polity[])';
COMMENT ON FUNCTION geopol.agreement_overlaps_parties(geopol.agreement, geopol.polity[]) IS 'implementation of && (agreement, polity[])';
COMMENT ON FUNCTION geopol.agreement_overlaps(geopol.agreement, geopol.agreement) IS 'implementation of && (agreement, agreement)';

CREATE OPERATOR geopol.@> (
	LEFTARG = geopol.agreement, RIGHTARG = geopol.polity, FUNCTION = geopol.agreement_has_party,
	RESTRICT = contsel, JOIN = contjoinsel
);
CREATE OPERATOR geopol.@> (
	LEFTARG = geopol.agreement, RIGHTARG = geopol.polity[], FUNCTION = geopol.agreement_contains_parties,
	RESTRICT = contsel, JOIN = contjoinsel
);
CREATE OPERATOR geopol.<@ (
	LEFTARG = geopol.agreement, RIGHTARG = geopol.polity[], FUNCTION = geopol.agreement_contained_by_parties,
	RESTRICT = contsel, JOIN = contjoinsel
);
CREATE OPERATOR geopol.&& (
	LEFTARG = geopol.agreement, RIGHTARG = geopol.polity[], FUNCTION = geopol.agreement_overlaps_parties,
	RESTRICT = areasel, JOIN = areajoinsel
);
CREATE OPERATOR geopol.&& (
	LEFTARG = geopol.agreement, RIGHTARG = geopol.agreement, FUNCTION = geopol.agreement_overlaps,
	COMMUTATOR = OPERATOR(geopol.&&), RESTRICT = areasel, JOIN = areajoinsel
);
COMMENT ON OPERATOR geopol.@> (geopol.agreement, geopol.polity) IS 'has this party';
COMMENT ON OPERATOR geopol.@> (geopol.agreement, geopol.polity[]) IS 'has all these parties';
COMMENT ON OPERATOR geopol.<@ (geopol.agreement, geopol.polity[]) IS 'has only parties among these';
COMMENT ON OPERATOR geopol.&& (geopol.agreement, geopol.polity[]) IS 'has a party among these';
COMMENT ON OPERATOR geopol.&& (geopol.agreement, geopol.agreement) IS 'the two agreements share a party';

-- distance: 0.5 * (1 - Jaccard(parties)) + 0.25 * (kinds differ) + 0.25 * (1 - Jaccard(domains))

CREATE FUNCTION geopol.agreement_distance(geopol.agreement, geopol.agreement) RETURNS float8
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION geopol.agreement_distance(geopol.agreement, geopol.agreement) IS 'implementation of <-> for agreement';
CREATE OPERATOR geopol.<-> (
	LEFTARG = geopol.agreement, RIGHTARG = geopol.agreement, FUNCTION = geopol.agreement_distance,
	COMMUTATOR = OPERATOR(geopol.<->)
);
COMMENT ON OPERATOR geopol.<-> (geopol.agreement, geopol.agreement) IS
	'distance in [0,1]: 0.5*(1-Jaccard(parties)) + 0.25*(kinds differ) + 0.25*(1-Jaccard(domains))';
CREATE FUNCTION geopol.similarity(a geopol.agreement, b geopol.agreement) RETURNS float8
	AS 'MODULE_PATHNAME', 'agreement_similarity' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION geopol.similarity(geopol.agreement, geopol.agreement) IS '1 - (a <-> b)';

-- GIN: one key per party

CREATE FUNCTION geopol.agreement_gin_extract_value(geopol.agreement, internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION geopol.agreement_gin_extract_query(geopol.agreement, internal, int2, internal, internal, internal, internal)
	RETURNS internal
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION geopol.agreement_gin_consistent(internal, int2, geopol.agreement, int4, internal, internal, internal, internal)
	RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION geopol.agreement_gin_triconsistent(internal, int2, geopol.agreement, int4, internal, internal, internal)
	RETURNS "char"
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION geopol.agreement_gin_extract_value(geopol.agreement, internal, internal) IS 'GIN support: the parties of an agreement as keys';
COMMENT ON FUNCTION geopol.agreement_gin_extract_query(geopol.agreement, internal, int2, internal, internal, internal, internal) IS 'GIN support: the keys of a query';
COMMENT ON FUNCTION geopol.agreement_gin_consistent(internal, int2, geopol.agreement, int4, internal, internal, internal, internal) IS 'GIN support: does an indexed agreement match';
COMMENT ON FUNCTION geopol.agreement_gin_triconsistent(internal, int2, geopol.agreement, int4, internal, internal, internal) IS 'GIN support: ternary match';

CREATE OPERATOR CLASS geopol.agreement_gin_ops
	DEFAULT FOR TYPE geopol.agreement USING gin AS
		OPERATOR 3 geopol.&& (geopol.agreement, geopol.polity[]),
		OPERATOR 7 geopol.@> (geopol.agreement, geopol.polity[]),
		OPERATOR 8 geopol.<@ (geopol.agreement, geopol.polity[]),
		OPERATOR 20 geopol.@> (geopol.agreement, geopol.polity),
		OPERATOR 21 geopol.&& (geopol.agreement, geopol.agreement),
		FUNCTION 1 btint8cmp(int8, int8),
		FUNCTION 2 geopol.agreement_gin_extract_value(geopol.agreement, internal, internal),
		FUNCTION 3 geopol.agreement_gin_extract_query(geopol.agreement, internal, int2, internal, internal, internal, internal),
		FUNCTION 4 geopol.agreement_gin_consistent(internal, int2, geopol.agreement, int4, internal, internal, internal, internal),
		FUNCTION 6 geopol.agreement_gin_triconsistent(internal, int2, geopol.agreement, int4, internal, internal, internal),
		STORAGE int8;
COMMENT ON OPERATOR CLASS geopol.agreement_gin_ops USING gin IS 'GIN over the parties of agreements: @> polity, @> <@ && polity[], && agreement';
COMMENT ON OPERATOR FAMILY geopol.agreement_gin_ops USING gin IS 'GIN over the parties of agreements';

------------------------------------------------------------------------------
-- Extraction
------------------------------------------------------------------------------

-- STABLE: the names users add change the result.
CREATE FUNCTION geopol.mentions(body text, published date DEFAULT NULL)
	RETURNS TABLE (polity geopol.polity, kind text, surface text, start int, length int, sentence int)
	AS 'MODULE_PATHNAME', 'geopol_mentions' LANGUAGE C STABLE PARALLEL SAFE ROWS 50;
COMMENT ON FUNCTION geopol.mentions(text, date) IS
	'every geopolitical mention in a text, in order: polity (NULL when ambiguous), kind, surface, start and length in characters, sentence number; office holders as of the publication date';

CREATE FUNCTION geopol.polities(body text) RETURNS geopol.polity[]
	AS 'MODULE_PATHNAME', 'geopol_polities' LANGUAGE C STRICT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION geopol.polities(text) IS
	'the distinct polities a text mentions, sorted: for filtering and for GIN indexes over articles';

CREATE FUNCTION geopol.agreements(body text, published date DEFAULT NULL)
	RETURNS TABLE (agreement geopol.agreement, kind text, parties geopol.polity[], status text,
				   date date, date_precision text, domains text[], mutual_defence boolean,
				   evidence text, start int, length int, confidence real)
	AS 'MODULE_PATHNAME', 'geopol_agreements' LANGUAGE C STABLE PARALLEL SAFE ROWS 3;
COMMENT ON FUNCTION geopol.agreements(text, date) IS
	'the agreements a text speaks of, one row per distinct agreement, with the sentence that states it; relative dates resolved against the publication date';

CREATE FUNCTION geopol.events(body text, published date DEFAULT NULL)
	RETURNS TABLE (actor geopol.polity, action text, cameo text, target geopol.polity, date date,
				   evidence text, start int, length int)
	AS 'MODULE_PATHNAME', 'geopol_events' LANGUAGE C STABLE PARALLEL SAFE ROWS 5;
COMMENT ON FUNCTION geopol.events(text, date) IS
	'who did what to whom: one row per distinct (actor, action, target) with its CAMEO code, date and the sentence that states it';

-- many reports of one agreement

CREATE FUNCTION geopol.same_agreement(a geopol.agreement, b geopol.agreement) RETURNS boolean
	AS 'MODULE_PATHNAME', 'agreement_same' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION geopol.same_agreement(geopol.agreement, geopol.agreement) IS
	'whether two reports speak of one agreement: the same parties, agreeing kinds, compatible signing dates';
CREATE FUNCTION geopol.agreement_key(a geopol.agreement) RETURNS text
	AS 'MODULE_PATHNAME', 'agreement_key' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION geopol.agreement_key(geopol.agreement) IS
	'a grouping key for reports of one agreement: its parties';
CREATE FUNCTION geopol.agreement_merge(geopol.agreement, geopol.agreement) RETURNS geopol.agreement
	AS 'MODULE_PATHNAME', 'agreement_merge' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION geopol.agreement_merge(geopol.agreement, geopol.agreement) IS
	'folds a second report into the first: most specific kind, latest status, most precise dates, union of domains';
CREATE AGGREGATE geopol.merge(geopol.agreement) (
	SFUNC = geopol.agreement_merge,
	STYPE = geopol.agreement,
	COMBINEFUNC = geopol.agreement_merge,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE geopol.merge(geopol.agreement) IS
	'folds many reports of one agreement into one value (GROUP BY geopol.agreement_key(a))';

CREATE FUNCTION geopol.network_dot(agreements geopol.agreement[]) RETURNS text
	AS 'MODULE_PATHNAME', 'agreement_network_dot' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION geopol.network_dot(geopol.agreement[]) IS
	'the network of parties as Graphviz DOT: parties as nodes, bilateral agreements as edges labelled by kind and year, larger ones as boxes';
