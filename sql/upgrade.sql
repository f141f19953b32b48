-- ALTER EXTENSION geopol UPDATE from 1.0, the released version.  The full
-- check (data, indexes, objects equal to a fresh install) is test/t/upgrade.sh.
SELECT source, target, path FROM pg_extension_update_paths('geopol')
WHERE path IS NOT NULL ORDER BY 1, 2;

DROP EXTENSION geopol;
CREATE EXTENSION geopol VERSION '1.0';
SELECT extversion FROM pg_extension WHERE extname = 'geopol';
SELECT to_regprocedure('geopol.to_polity(text)') AS to_polity_in_1_0;
ALTER EXTENSION geopol UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'geopol';
SELECT geopol.to_polity('Iran') AS iran, geopol.candidates('Korea') AS korea;

-- every object of the updated extension has a comment
SELECT pg_describe_object(classid, objid, objsubid) AS uncommented
FROM pg_depend d
WHERE refclassid = 'pg_extension'::regclass
  AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'geopol')
  AND deptype = 'e'
  AND obj_description(objid, (SELECT relname FROM pg_class WHERE oid = classid)) IS NULL
ORDER BY 1;
-- and the objects 1.1 added
SELECT pg_describe_object(classid, objid, objsubid) AS added_by_1_1
FROM pg_depend
WHERE refclassid = 'pg_extension'::regclass
  AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'geopol')
  AND deptype = 'e'
  AND classid = 'pg_proc'::regclass
  AND objid::regproc::text IN ('geopol.to_polity', 'geopol.candidates')
ORDER BY 1;

-- the tests after this one run on a fresh 1.1
DROP EXTENSION geopol;
CREATE EXTENSION geopol;
