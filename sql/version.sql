-- geopol.version(): our version and the ICU and Unicode versions, without
-- printing numbers that depend on the machine's ICU.
SELECT geopol.version() ~ '^geopol 1\.1 \(ICU [0-9.]+, Unicode [0-9.]+\)$' AS version_ok;
SELECT extversion FROM pg_extension WHERE extname = 'geopol';

-- every object of the extension has a comment
SELECT pg_describe_object(classid, objid, objsubid) AS uncommented
FROM pg_depend d
WHERE refclassid = 'pg_extension'::regclass
  AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'geopol')
  AND deptype = 'e'
  AND obj_description(objid, (SELECT relname FROM pg_class WHERE oid = classid)) IS NULL
ORDER BY 1;

-- no SECURITY DEFINER anywhere
SELECT proname FROM pg_proc WHERE pronamespace = 'geopol'::regnamespace AND prosecdef;

-- drops cleanly (the schema CREATE EXTENSION made stays, empty) and comes back
DROP EXTENSION geopol;
SELECT (SELECT count(*) FROM pg_class WHERE relnamespace = 'geopol'::regnamespace)
     + (SELECT count(*) FROM pg_proc WHERE pronamespace = 'geopol'::regnamespace)
     + (SELECT count(*) FROM pg_type WHERE typnamespace = 'geopol'::regnamespace)
     + (SELECT count(*) FROM pg_operator WHERE oprnamespace = 'geopol'::regnamespace)
     AS leftover_objects;
CREATE EXTENSION geopol;
SELECT geopol.iso3('Russia') AS after_recreate;
