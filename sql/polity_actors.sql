-- Actors and aliases users add.
SET search_path = geopol, public;

-- an actor code reads on syntax alone (a dump may restore it first) ...
SELECT '@HTS'::polity, kind('@HTS'::polity), geopol.name('@HTS');
-- ... and its name once registered
SELECT 'Hayat Tahrir al-Sham'::polity;
INSERT INTO actor VALUES ('@HTS', 'Hayat Tahrir al-Sham', 'Syrian armed group');
SELECT 'Hayat Tahrir al-Sham'::polity, 'hayat tahrir al sham'::polity, geopol.name('@HTS');
-- only actor codes can be registered as actors
INSERT INTO actor VALUES ('RUS', 'Russia again');

-- an alias for an existing polity, and for an actor
INSERT INTO alias VALUES ('Muscovy', 'RUS', 'test'), ('HTS', '@HTS', 'test');
SELECT 'Muscovy'::polity, 'hts'::polity;
-- a user alias takes precedence over a CLDR name
SELECT 'Rusland'::polity;
INSERT INTO alias VALUES ('Rusland', 'NLD', 'test');
SELECT 'Rusland'::polity;
DELETE FROM alias WHERE name = 'Rusland';
SELECT 'Rusland'::polity;

-- a rolled-back alias is gone
BEGIN;
INSERT INTO alias VALUES ('Ruritania', 'AUT', 'test');
SELECT 'Ruritania'::polity;
ROLLBACK;
SELECT 'Ruritania'::polity;

-- user rows are dumped by pg_dump: the tables are extension config tables
SELECT relname FROM pg_class WHERE oid IN (
  SELECT unnest(extconfig) FROM pg_extension WHERE extname = 'geopol') ORDER BY 1;

TRUNCATE alias, actor;
SELECT 'Muscovy'::polity;
