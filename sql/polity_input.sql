-- polity input and output: codes, names in any language, errors.
SET search_path = geopol, public;

-- codes: alpha-3, alpha-2, numeric, bloc codes, any case
SELECT 'RUS'::polity, 'ru'::polity, '643'::polity, '4'::polity, 'nato'::polity,
       'EU'::polity, 'opec+'::polity, 'G7'::polity;
-- UK is an alias of GBR, not a code; GB is
SELECT 'UK'::polity, 'GB'::polity, 'gbr'::polity;

-- canonical output reads back to the same value
SELECT p, p::text::polity = p AS round_trip
FROM (VALUES ('Russia'::polity), ('IRN'), ('Soviet Union'), ('BRICS'), ('the West'), ('@HTS')) v(p);

-- English short, official and ISO list names
SELECT 'Russian Federation'::polity, 'Iran (Islamic Republic of)'::polity,
       'Islamic Republic of Iran'::polity, 'Korea, Republic of'::polity,
       'United Kingdom of Great Britain and Northern Ireland'::polity;
-- CLDR display names in other languages and scripts
SELECT 'Россия'::polity, 'Irán'::polity, 'Nordkorea'::polity, '伊朗'::polity,
       'إيران'::polity, 'Allemagne'::polity, 'Türkiye'::polity, 'Rusya'::polity;
-- Debian iso-codes translations (official names CLDR lacks), state-form
-- words of other languages, and letters writers trade (ґ/г, ɛ/ẹ)
SELECT 'Suomen tasavalta'::polity, 'アフガニスタン・イスラム共和国'::polity,
       'Republik Islamek Afghanistan'::polity, 'Orílẹ́ède Àfùgànístánì'::polity,
       'Orílɛ́ède Àfùgànístánì'::polity, 'Obodo Armenia'::polity, 'Бельґія'::polity;
-- Unicode CLDR spellings of releases before and after ICU's: Tigrinya in
-- CLDR 36, Bodo in CLDR 41, Sicilian in CLDR 48
SELECT 'ኣንቲጓን ባሩዳን'::polity, 'अफ़ग़ानिस्तान'::polity, 'Brasili'::polity;
SELECT 'Yemen People''s Republic'::polity, 'República Democrática Popular de Yemen'::polity,
       'Yemen'::polity;
-- an unknown name is retried in other forms: ISO 3166's inverted French
-- names, alternatives at a slash, without elided articles, words run
-- together, without state-form endings (Japanese), as an inflected name
SELECT 'Salomon (les Îles)'::polity, 'Comores (l''Union des)'::polity,
       'Burma/Myanmar'::polity, 'République d''Irlande'::polity,
       'Marshall eilanden'::polity, 'カーボベルデ共和国'::polity;
-- a space typed after an elided article
SELECT 'Côte d'' Ivoire'::polity, 'République d'' Irlande'::polity;
SELECT 'Burundin tasavalta'::polity, 'Republika Rwandy'::polity,
       'Республика Турции'::polity;
-- a parenthesis of state forms: Arabic ones without their article, and a
-- Chinese state-form ending written as a word
SELECT 'باكستان (جمهورية إسلامية)'::polity, '斐济 (群岛)'::polity;
-- two words turned around, as country-sorted lists write them
SELECT 'Germany East'::polity, 'Yemen North'::polity, 'Islands Cook'::polity;
-- words lists abbreviate, abbreviated or spelt out ("Saint", Russian
-- "острова", Swedish "S:t")
SELECT 'St. Helena, Ascension and Tristan da Cunha'::polity,
       'Saint-Pierre und Miquelon'::polity, 'Ste. Lucie'::polity,
       'Острова Кука'::polity, 'Sankta Lucia'::polity;
-- the World Bank's names and abbreviations
SELECT 'Egypt, Arab Rep.'::polity, 'Venezuela, RB'::polity, 'Micronesia, Fed. Sts.'::polity,
       'Congo, Dem. Rep.'::polity, 'Korea, Rep.'::polity;
-- state-form words stay where the name has them ("et"), and those that
-- tell two states apart are never dropped alone
SELECT 'République des Îles Marshall'::polity, 'République de Trinité-et-Tobago'::polity;
-- territories' forms of many languages
SELECT 'Territoire des îles Wallis et Futuna'::polity,
       'Estado Libre Asociado de Puerto Rico'::polity, 'Bailiwick of Guernsey'::polity,
       'Terytorium Wyspy Norfolk'::polity, 'Gebiet der Weihnachtsinsel'::polity,
       'Republik Kevreel Brazil'::polity, 'Город-государство Ватикан'::polity;
-- a territory named with the state it belongs to (data/sovereignty.tsv),
-- but not with another state, and not with words that are no state form
SELECT 'Special Administrative Region of Macao of the People''s Republic of China'::polity,
       'Sonderverwaltungszone Macau der Volksrepublik China'::polity,
       'Greenland, Kingdom of Denmark'::polity, 'Aruba of the Kingdom of the Netherlands'::polity;
SELECT 'Gibraltar of Spain'::polity;
SELECT 'Saint Martin of the Netherlands'::polity;
SELECT 'Hong Kong Disneyland'::polity;
-- between a territory and its state, a short word may be a preposition
SELECT 'Hong Kong SAR ng Tsina'::polity;
SELECT 'Hong Kong SAR ng Japan'::polity;
-- and as many other words as state-form words
SELECT 'Gibraltar, British Overseas Territory of the United Kingdom'::polity;
SELECT 'Hong Kong protests against China'::polity;
-- the words of a known name without its state-form words, in any order;
-- never the one state of two that a telling word sets apart
SELECT 'Islands Keeling Cocos'::polity, 'Territory of the Keeling Cocos Islands'::polity,
       'Mayen Jan Svalbard'::polity, 'Chile Republic'::polity;
-- and with its words run together as compounds are
SELECT 'Centralafrican Republic'::polity, 'Saotome und Principe'::polity;
-- and without the state-form endings of unspaced scripts (islands), and
-- of the compounds of "islands" in German, Dutch, Finnish, Swedish,
-- Norwegian, Danish and Estonian
SELECT '马绍尔'::polity, 'ソロモン'::polity, 'Fidschiinseln'::polity,
       'Bahamaeilanden'::polity, 'Fidjiøyene'::polity;
-- a form word spelt a letter or two off, as languages we lack spell it,
-- unless it is as near a word that tells states apart
SELECT 'Ripublik Senegal'::polity, 'Republick of Chile'::polity;
SELECT 'Democratik Republick Kongo'::polity;
-- and, with a form, with each word cut to its first six letters, as
-- languages inflect the names in official names
SELECT 'Teritorij Kajmanskih otoka'::polity, 'Республика Маршалловых Островов'::polity;
SELECT 'Kajmanskih'::polity;
-- a state's adjective (data/adjectives.tsv) with the words of its form
SELECT 'Österreichische Republik'::polity, 'Belgisch Koninkrijk'::polity,
       'Reino español'::polity;
SELECT 'Kongolesische Republik'::polity;
SELECT 'Korea State'::polity;
SELECT 'Cocos Narnia'::polity;
-- romanized official names, Vietnamese and Swahili state forms
SELECT 'Dawlat al-Kuwait'::polity, 'Jomhuri-ye Eslāmi-ye Irān'::polity,
       'Bharat Ganrajya'::polity, 'Cộng hòa xã hội chủ nghĩa Việt Nam'::polity,
       'Jamhuri ya Muungano wa Tanzania'::polity;
-- the two Koreas and the two Chinas by their official names
SELECT 'Republiek Korea'::polity, '大韓民国'::polity, 'Republiek China'::polity,
       'Kínai Köztársaság'::polity, 'German Federal Republic'::polity;
-- the Democratic Republic of the Congo, never the Republic of the Congo
SELECT 'Democratic Republic Congo'::polity;
-- a form that names two polities gives way to a later one that names one
-- of them
SELECT 'Korea (the Republic of)'::polity,
       'Korea (the Democratic People''s Republic of)'::polity,
       'Congo (la République démocratique du)'::polity;
-- a translation in Debian iso-codes that names two polities (Turkish, for
-- Afghanistan and Pakistan) is the one its words without the form name
SELECT 'Pakistan İslam Cumhuriyeti'::polity;
-- two polities at a slash, and a state form around an unknown name, are no name
SELECT 'Russia/Ukraine'::polity;
SELECT 'N/A'::polity;
SELECT 'Kingdom of Narnia'::polity;
-- an inflected name ends in letters of a case ending
SELECT 'Republic of Arubaot'::polity;
-- aliases from data/aliases.tsv
SELECT 'DPRK'::polity, 'UK'::polity, 'Britain'::polity, 'USA'::polity, 'America'::polity,
       'Burma'::polity, 'Ivory Coast'::polity, 'Czechia'::polity;
-- case, accents, punctuation and width do not matter, nor compatibility
-- letters (U+01C6 "ǆ" is "dž")
SELECT 'Fiǆi'::polity, 'Fidži'::polity;
SELECT 'CÔTE D’IVOIRE'::polity, 'cote d''ivoire'::polity, 'U.S.A.'::polity,
       'ＲＵＳＳＩＡ'::polity, '  the   united states  '::polity;
-- former states, Kosovo, blocs, organisations and groups
SELECT 'Tschechoslowakei'::polity, 'Union soviétique'::polity, 'Alemania Oriental'::polity;
SELECT 'Soviet Union'::polity, 'USSR'::polity, 'Yugoslavia'::polity, 'East Germany'::polity,
       'West Germany'::polity, 'Czechoslovakia'::polity, 'Zaire'::polity,
       'Serbia and Montenegro'::polity, 'Kosovo'::polity;
SELECT 'European Union'::polity, 'North Atlantic Treaty Organization'::polity,
       'BRICS'::polity, 'African Union'::polity, 'the West'::polity, 'Global South'::polity;

-- ambiguous names: 22P02 with the candidates
SELECT 'Korea'::polity;
SELECT 'Congo'::polity;
-- unknown names: 22P02 with the closest names
SELECT 'Russsia'::polity;
SELECT 'Germny'::polity;
-- 'Rusia' is no typo: it is Spanish
SELECT 'Rusia'::polity;
SELECT 'Narnia'::polity;
-- empty, blank, control characters, huge
SELECT ''::polity;
SELECT '   '::polity;
SELECT E'Rus\x01sia'::polity;
SELECT repeat('x', 1000000)::polity;
-- malformed actor codes
SELECT '@'::polity;
SELECT '@toolongcode'::polity;

-- the error is 22P02, catchable by SQLSTATE
DO $$
BEGIN
  PERFORM 'Korea'::geopol.polity;
EXCEPTION WHEN invalid_text_representation THEN
  RAISE NOTICE 'caught %', SQLSTATE;
END $$;

-- storage: fixed-length, 8 bytes, passed by value
SELECT typlen, typbyval, typalign FROM pg_type WHERE oid = 'polity'::regtype;
SELECT pg_column_size('RUS'::polity);

-- binary send/receive
SELECT polity_send('RUS') AS send_rus, polity_send('OPEC+') AS send_opec;
CREATE TABLE bin_polity (p polity, note text);
INSERT INTO bin_polity VALUES ('RUS', 'state'), ('SUN', 'former'), ('NATO', 'bloc'),
  ('WEST', 'group'), ('@HTS', 'actor'), (NULL, 'null');
\copy bin_polity TO 'results/polity.bin' WITH (FORMAT binary)
CREATE TABLE bin_polity2 (LIKE bin_polity);
\copy bin_polity2 FROM 'results/polity.bin' WITH (FORMAT binary)
SELECT a.note, a.p, b.p, a.p IS NOT DISTINCT FROM b.p AS equal
FROM bin_polity a JOIN bin_polity2 b USING (note) ORDER BY a.note;
DROP TABLE bin_polity, bin_polity2;
-- the British and American spellings of a body's name
SELECT 'North Atlantic Treaty Organisation'::polity, 'World Trade Organisation'::polity,
       'Organization for Economic Co-operation and Development'::polity;
