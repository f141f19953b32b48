-- What a polity knows about itself: names, codes, kind, memberships.
SET search_path = geopol, public;

-- display names through ICU's CLDR data; English for blocs and former states.
-- (Unqualified name('x') with an untyped literal is pg_catalog's cast to the
-- type name: qualify it, or type the argument.)
SELECT name('RUS') AS pg_catalog_cast, geopol.name('RUS') AS geopol_name;
SELECT name('IRN', 'ru') AS ru, geopol.name('IRN') AS en, name('IRN', 'de') AS de,
       name('IRN', 'zh-Hant') AS zh_hant, name('DEU', 'fr_FR') AS fr;
SELECT geopol.name('NATO'), geopol.name('SUN'), geopol.name('WEST'), name('EU', 'fr'), geopol.name('MMR');
SELECT name('RUS', 'not a locale');
SELECT name('RUS', '');

-- codes
SELECT p, iso2(p), iso3(p), iso_numeric(p), kind(p)
FROM unnest('{RUS,PRK,GRL,XKX,SUN,DDR,FRG,EU,NATO,OPEC,WEST,@HTS}'::polity[]) p;

-- every kind is represented, and coverage of ISO 3166-1 is complete
SELECT kind(p) AS kind, count(*) > 0 AS present
FROM (SELECT unnest('{RUS,GRL,SUN,NATO,IMF,WEST,@X}'::polity[]) p) s GROUP BY 1 ORDER BY 1;

-- memberships with validity dates
SELECT is_member('GBR', 'EU', '2020-01-30') AS uk_in_eu_before,
       is_member('GBR', 'EU', '2020-01-31') AS uk_in_eu_on_exit_day,
       is_member('FIN', 'NATO', '2023-04-03') AS fin_before,
       is_member('FIN', 'NATO', '2023-04-04') AS fin_joined,
       is_member('SWE', 'NATO', '2024-03-07') AS swe_joined,
       is_member('IRN', 'BRICS', '2023-12-31') AS irn_2023,
       is_member('IRN', 'BRICS', '2024-01-01') AS irn_2024,
       is_member('IDN', 'BRICS', '2025-01-06') AS idn_2025;
SELECT array_agg(m ORDER BY m) AS brics_2024 FROM members('BRICS', '2024-06-01') m;
SELECT array_agg(m ORDER BY m) AS brics_2010 FROM members('BRICS', '2010-06-01') m;
SELECT count(*) AS eu_2019 FROM members('EU', '2019-06-01');
SELECT count(*) AS eu_2021 FROM members('EU', '2021-06-01');
SELECT count(*) AS nato_2024 FROM members('NATO', '2024-06-01');
SELECT count(*) AS un_members_2024 FROM members('UN', '2024-06-01');
-- "is a member of" as of today, and its commutator
SELECT 'FIN'::polity <@ 'NATO'::polity AS fin_in_nato, 'NATO'::polity @> 'SWE'::polity AS nato_has_swe,
       'RUS'::polity <@ 'NATO'::polity AS rus_in_nato, 'RUS'::polity <@ 'RUS'::polity AS self;
SELECT is_member('RUS', 'NATO', 'infinity');

-- volatility and parallel safety as they truly are
SELECT oid::regprocedure, provolatile, proparallel, proisstrict
FROM pg_proc WHERE pronamespace = 'geopol'::regnamespace
  AND proname IN ('polity_in', 'polity_out', 'name', 'iso2', 'iso3', 'kind', 'members', 'is_member')
ORDER BY oid::regprocedure::text;
