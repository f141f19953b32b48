-- agreement: the literal, its canonical form, the constructor, accessors, errors.
SET search_path = geopol, public;

-- canonical form: parties and sets sorted, defaults (status=signed) omitted
SELECT 'comprehensive_strategic_partnership {Russia, Iran} status=planned signed=2025-01-17 domains={trade,investment,logistics,humanitarian}'::agreement;
SELECT 'treaty {RUS, ru, Россия}'::agreement;
SELECT 'defence_pact {North Korea, RUS} status=signed signed=2024 domains={military} clauses={mutual_defence}'::agreement;
SELECT 'arms_control {USA, Soviet Union} status=terminated signed=1972-05-26 in_force=1972-10-03 ended=2002-06-13 title="Anti-Ballistic Missile Treaty"'::agreement;
SELECT 'trade_agreement {"Korea, Republic of", USA} title="KORUS \"FTA\""'::agreement;
-- reads back to an equal value
SELECT a::text::agreement = a AS round_trip
FROM (VALUES ('comprehensive_strategic_partnership {IRN,RUS} status=planned signed=2025-01-17 domains={humanitarian,investment,logistics,trade}'::agreement),
             ('arms_control {SUN,USA} status=terminated signed=1972-05 ended=2002 title="ABM \"Treaty\""'),
             ('memorandum {EU, @HTS}')) v(a);

-- the constructor, named like the type
SELECT agreement('comprehensive_strategic_partnership', '{RUS,IRN}', 'planned', '2025-01-17',
                 domains => '{trade,investment,logistics,humanitarian}');
SELECT agreement('defence_pact', '{PRK,RUS}', date => '2024-06-19', date_precision => 'year',
                 domains => '{military}', clauses => '{mutual_defence}');
SELECT agreement('treaty', '{USA,SUN}', 'in_force', '1972-10-03', title => 'ABM Treaty');
SELECT agreement('ceasefire', '{ISR,LBN}', 'terminated', '2025-03-15', 'month');

-- an accessor for each field
SELECT kind(a), parties(a), status(a), date(a), date_precision(a), signed(a), in_force(a),
       ended(a), domains(a), clauses(a), mutual_defence(a), title(a)
FROM (VALUES ('defence_pact {PRK,RUS} signed=2024 domains={military} clauses={mutual_defence}'::agreement),
             ('arms_control {SUN,USA} status=in_force signed=1972-05-26 in_force=1972-10-03 title="ABM Treaty"'),
             ('memorandum {CHN,RUS} status=proposed')) v(a);

-- errors: which field, what was expected (22P02), impossible values rejected
SELECT ''::agreement;
SELECT 'pact {RUS,IRN}'::agreement;
SELECT 'treaty RUS'::agreement;
SELECT 'treaty {}'::agreement;
SELECT 'treaty {RUS,}'::agreement;
SELECT 'treaty {RUS'::agreement;
SELECT 'treaty {Korea, RUS}'::agreement;
SELECT 'treaty {Narnia}'::agreement;
SELECT 'treaty {RUS} status=maybe'::agreement;
SELECT 'treaty {RUS} signed=2024-02-30'::agreement;
SELECT 'treaty {RUS} signed=yesterday'::agreement;
SELECT 'treaty {RUS} domains={trade,fishing}'::agreement;
SELECT 'treaty {RUS} clauses={eternal_friendship}'::agreement;
SELECT 'treaty {RUS} colour=red'::agreement;
SELECT 'treaty {RUS} signed=2024 signed=2025'::agreement;
SELECT 'treaty {RUS} signed=2024-06-01 ended=2024-05-31'::agreement;
SELECT 'treaty {RUS} title="unterminated'::agreement;
SELECT 'treaty {RUS} title=untitled'::agreement;
SELECT E'treaty {RUS}\x01'::agreement;
SELECT ('treaty {RUS} title="' || repeat('x', 1001) || '"')::agreement;
SELECT agreement('pact', '{RUS}');
SELECT agreement('treaty', '{}');
SELECT agreement('treaty', '{RUS,NULL}');
SELECT agreement('treaty', NULL);
SELECT agreement('treaty', '{RUS}', domains => '{fishing}');
SELECT agreement('treaty', '{RUS}', 'ratified', 'infinity');
DO $$
BEGIN
  PERFORM 'treaty {RUS} signed=2024-13'::geopol.agreement;
EXCEPTION WHEN invalid_text_representation THEN
  RAISE NOTICE 'caught %', SQLSTATE;
END $$;

-- binary send/receive: COPY BINARY round trip
CREATE TABLE bin_agreement (id int, a agreement);
INSERT INTO bin_agreement VALUES
  (1, 'comprehensive_strategic_partnership {IRN,RUS} status=planned signed=2025-01-17 domains={humanitarian,investment,logistics,trade}'),
  (2, 'defence_pact {PRK,RUS} signed=2024 domains={military} clauses={mutual_defence} title="Treaty on Comprehensive Strategic Partnership"'),
  (3, 'memorandum {EU,@HTS} status=proposed'), (4, NULL);
\copy bin_agreement TO 'results/agreement.bin' WITH (FORMAT binary)
CREATE TABLE bin_agreement2 (LIKE bin_agreement);
\copy bin_agreement2 FROM 'results/agreement.bin' WITH (FORMAT binary)
SELECT a.id, a.a IS NOT DISTINCT FROM b.a AS equal, b.a
FROM bin_agreement a JOIN bin_agreement2 b USING (id) ORDER BY id;
DROP TABLE bin_agreement, bin_agreement2;
