-- Security: no SECURITY DEFINER, a hostile schema cannot change geopol's
-- results, ordinary roles use everything but change nothing, granted roles
-- add names.
SET search_path = geopol, public;

SELECT count(*) AS security_definer FROM pg_proc
WHERE pronamespace = 'geopol'::regnamespace AND prosecdef;
-- every function is C: nothing resolves names through the caller's search_path
SELECT DISTINCT l.lanname FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
WHERE p.pronamespace = 'geopol'::regnamespace;

-- a hostile schema first in search_path, shadowing operators and functions
CREATE SCHEMA hostile;
CREATE FUNCTION hostile.always(geopol.polity, geopol.polity) RETURNS boolean
	LANGUAGE sql AS 'SELECT true';
CREATE OPERATOR hostile.= (LEFTARG = geopol.polity, RIGHTARG = geopol.polity, FUNCTION = hostile.always);
CREATE FUNCTION hostile.lower(text) RETURNS text LANGUAGE sql AS 'SELECT ''hijacked''';
CREATE FUNCTION hostile.text_to_cstring(text) RETURNS text LANGUAGE sql AS 'SELECT ''hijacked''';
CREATE TABLE hostile.alias (name text, polity geopol.polity);
INSERT INTO hostile.alias VALUES ('Narnia', 'RUS');
SET search_path = hostile, geopol, public;
SELECT 'Narnia'::geopol.polity;
SELECT count(*) FROM geopol.mentions('Russia and Iran signed a treaty in Moscow.');
SELECT kind, parties FROM geopol.agreements('Russia and Iran signed a treaty.');
SELECT 'RUS'::geopol.polity OPERATOR(geopol.=) 'IRN'::geopol.polity AS geopol_equality;
RESET search_path;
DROP SCHEMA hostile CASCADE;
SET search_path = geopol, public;

-- an ordinary role uses every function, but cannot add names
CREATE ROLE geopol_reader;
CREATE ROLE geopol_editor;
GRANT INSERT, DELETE ON alias, actor TO geopol_editor;
SET ROLE geopol_reader;
SELECT 'Iran'::polity, name('IRN', 'fr'), count(*) FROM mentions('Iran and Russia');
SELECT kind FROM agreements('Chile and Peru signed a trade agreement.');
INSERT INTO alias VALUES ('Persia Nova', 'IRN', 'test');
DELETE FROM alias;
RESET ROLE;
-- a role granted it can
SET ROLE geopol_editor;
INSERT INTO alias VALUES ('Persia Nova', 'IRN', 'test');
SELECT 'Persia Nova'::polity;
DELETE FROM alias;
RESET ROLE;
DROP ROLE geopol_reader;
REVOKE ALL ON alias, actor FROM geopol_editor;
DROP ROLE geopol_editor;
