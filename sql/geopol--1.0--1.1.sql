-- geopol 1.0 -> 1.1: to_polity() and candidates(), for cleaning columns of
-- country names; places of kind region.

\echo Use "ALTER EXTENSION geopol UPDATE TO '1.1'" to load this file. \quit

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

-- Regions (provinces, states, constituent countries) are places of their
-- state, reported as kind city like the built-in ones ("Quebec", "Bavaria").
ALTER TABLE geopol.place DROP CONSTRAINT place_kind_check;
ALTER TABLE geopol.place ADD CONSTRAINT place_kind_check
	CHECK (kind IN ('capital', 'seat', 'city', 'region'));
COMMENT ON TABLE geopol.place IS
	'capitals, seats of government and central banks (standing for their state), cities and regions users add for mentions()';
