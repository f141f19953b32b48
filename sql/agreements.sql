-- geopol.agreements(): the agreements a text speaks of.
SET search_path = geopol, public;

-- our sample article (the facts of the design's worked example)
\set body `cat sample/article.txt`
SELECT kind, parties, status, date, date_precision, domains, mutual_defence
FROM agreements(:'body', '2025-01-13');
SELECT bool_and(substr(:'body', start, length) = evidence) AS evidence_positions,
       bool_and(agreement = geopol.agreement(kind, parties, status, date, date_precision, domains,
                CASE WHEN mutual_defence THEN '{mutual_defence}'::text[] ELSE '{}' END))
         AS agreement_matches_columns
FROM agreements(:'body', '2025-01-13');

-- each status
SELECT status, parties, date, date_precision FROM agreements(
  'Japan and Australia opened talks on a trade agreement on Tuesday.', '2025-03-06');
SELECT status, parties, date, date_precision FROM agreements(
  'India and Brazil will sign a defence pact on 2 April.', '2025-03-06');
SELECT status, parties, date, date_precision FROM agreements(
  'Chile and Peru signed a trade agreement last month.', '2025-03-06');
SELECT status, parties FROM agreements('Canada ratified its investment treaty with Mexico.');
SELECT status, parties, date FROM agreements(
  'The trade agreement between Kenya and Uganda entered into force on 1 January 2024.');
SELECT status, parties FROM agreements('Poland suspended its energy agreement with Hungary.');
SELECT status, parties, date, date_precision FROM agreements(
  'The United States withdrew from the arms control treaty with Russia in 2019.');
-- negated and hypothetical statements do not make signed agreements
SELECT status, parties FROM agreements('Serbia and Kosovo did not sign the accord.');
SELECT status, parties FROM agreements('If Armenia and Azerbaijan sign a peace agreement, trade would grow.');
-- "under the agreement" tells its content, not its status; "any agreement" is not made
SELECT status, parties FROM agreements('Chile reached a fishing agreement with Peru on Monday. Under the agreement, boats from both sides may fish in the disputed zone.');
SELECT status, parties FROM agreements('Under the 1994 trade agreement between Chile and Peru, tariffs fall each year.');
SELECT status, parties FROM agreements('Peru said it would insist on a quota in any agreement with Chile.');

-- date forms, relative ones resolved against the publication date, NULL without it
SELECT date, date_precision FROM agreements('Egypt and Sudan signed a water deal on Monday.', '2025-03-06');
SELECT date, date_precision FROM agreements('Egypt and Sudan signed a water deal on Monday.');
SELECT date, date_precision FROM agreements('Egypt and Sudan signed a water deal on June 19.', '2025-03-06');
SELECT date, date_precision FROM agreements('Egypt and Sudan signed a water deal in 2000.');
SELECT date, date_precision FROM agreements('Egypt and Sudan signed a water deal in March 1987.');
SELECT date, date_precision FROM agreements('Egypt and Sudan will sign a water deal next month.', '2025-03-06');
SELECT date, date_precision FROM agreements('Egypt and Sudan signed a water deal earlier this week.', '2025-03-06');
SELECT date, date_precision FROM agreements('Egypt and Sudan signed a water deal this morning.', '2025-03-06');
SELECT date, date_precision FROM agreements('Egypt and Sudan signed a water deal late last night.', '2025-03-06');
-- a verb of a when-clause after the noun tells of another event, and its date is not this one's
SELECT status, date, date_precision FROM agreements(
  'Japan and Germany signed a currency accord in March 2024. '
  'The accord ended a slide set off by a meeting in 2019 when both nations agreed to cut rates.');

-- kinds, domains and clauses from cue words
SELECT kind, domains, mutual_defence FROM agreements(
  'Vietnam and Laos signed a mutual defence treaty covering military and intelligence cooperation.');
SELECT kind, parties FROM agreements('Israel and Lebanon agreed a ceasefire on the border.');
SELECT kind, parties FROM agreements('OPEC members reached an agreement to cut oil output.');
SELECT kind, parties FROM agreements('France and Italy signed an accord to limit milk production.');

-- coreference across sentences, and one row per agreement however often it is mentioned
SELECT kind, parties, status, date FROM agreements(
  'Leaders of Ghana and Togo met in Accra. The two countries signed a logistics agreement '
  'on Friday. The deal covers rail and port cooperation. Officials said the agreement '
  'would enter into force in July.', '2025-03-06');
SELECT count(*) AS rows, string_agg(kind, ', ') FROM agreements(
  'Russia signed a treaty with North Korea in 2024. Moscow also signed a similar treaty with '
  'Iran. The North Korea treaty includes mutual military assistance.', '2025-03-06');

-- an agreement made with a verb: its parties are the polities before "agreed"
SELECT kind, parties, status, date FROM agreements(
  'Meeting in Paris, the United States, Japan, West Germany, France and Britain agreed last '
  'month to stabilise their currencies. The accord held.', '1987-03-28');
-- but not an agreement to keep talking, an opinion shared, or a passive
SELECT count(*) FROM agreements('Japan and the United States agreed to hold further talks.');
SELECT count(*) FROM agreements('The EU and the US have agreed to begin talks on aircraft subsidies.');
SELECT count(*) FROM agreements('France and Britain agreed that the plan was flawed.');
-- a business named by its nationality is no party
SELECT count(*) FROM agreements('Japanese car maker Daihatsu struck a deal with French firm Citroen.');
-- keeping to an agreement, or not, says it is in force; the date of the complaint is not its date
SELECT kind, parties, status, date FROM agreements(
  'On Monday Washington said Tokyo was not abiding by the semiconductor pact with the United States.',
  '1987-04-07');
-- a member signing its bloc's treaty: the bloc alone, also in an undated text
SELECT kind, parties, status FROM agreements(
  'Britain signed the European Union treaty on the euro in Rome.');
-- "with" after another noun belongs to it: a truce in a battle with France is not with France
SELECT kind, parties FROM agreements(
  'The European Union called a truce in its battle with France over deficit limits.');

-- the party of a named agreement stands before its name, possessive or not
SELECT kind, parties, status FROM agreements(
  'For a third year France and Germany broke the European Union''s Stability and Growth Pact.');
-- a bloc's constitution is a treaty, and "the constitution" later is that treaty;
-- a state's constitution is domestic law
SELECT kind, parties, status FROM agreements(
  'Voters will be asked to approve the treaty establishing a constitution for the European Union. '
  'The prime minister signed the constitution in Rome.');
SELECT count(*) FROM agreements('Russia changed its constitution in 2020.');
-- the European constitution is the EU's treaty, apart from its other pacts;
-- one put to a vote or a referendum is signed; a pact being changed is in force
SELECT kind, parties, status FROM agreements(
  'Ministers agreed changes to the European Union''s stability pact on budget deficits. '
  'Critics said voters will have a referendum on the European constitution. '
  'It would entrench the pact''s rules.') ORDER BY kind;

-- unwillingness and refusal negate like "not"; a polity compared with is no party
SELECT kind, parties, status FROM agreements(
  'Britain pressed Washington despite its unwillingness to sign the climate treaty with Britain.');
SELECT kind, parties, status FROM agreements(
  'Brazil called its debt agreement with the IMF better than Mexico''s.');
-- a member left out of its bloc's accord is no party
SELECT kind, parties FROM agreements('All ANRPC members except Thailand and Sri Lanka agreed to limit rubber exports.');

-- parties in a list after the noun's clause; a border named after a ceasefire is none
SELECT kind, parties FROM agreements(
  'By signing the accord on Tuesday, the leaders of Bulgaria, Albania and Macedonia settled the route.');
SELECT count(*) FROM agreements('Troops from India and Pakistan face each other across the ceasefire line.');
-- "no treaty between them" is none; a business named after its country is no party
SELECT count(*) FROM agreements('There is no treaty between the United States and Russia on the matter.');
SELECT count(*) FROM agreements(
  'China''s National Petroleum Corporation signed a commercial agreement with Russia''s largest gas company.');
-- a polity described, not acting: "Iran, OPEC's second-biggest producer"
SELECT count(*) FROM agreements('Iran, OPEC''s second biggest producer, has pursued a series of deals with buyers.');
-- a date goes with its own verb: signed in October, in force from 2006
SELECT status, date FROM agreements(
  'The treaty was signed by Spain and Portugal in Rome in October 2004 and is due to come into force in November 2006.');

-- "failed to reach agreement": talks go on; the purpose in a relative clause gives the kind;
-- "agreed to cooperate to hold currency rates" has a substance
SELECT kind, parties, status FROM agreements(
  'The International Cocoa Organization has so far failed to reach agreement on buffer stock rules.');
SELECT kind, parties, status FROM agreements(
  'Washington accused Tokyo of breaking an agreement that called on Japan to stop dumping cheap microchips.');
SELECT kind, parties, status FROM agreements(
  'Britain, Canada and Japan agreed to cooperate to hold currency rates steady.');
SELECT count(*) FROM agreements('Britain, Canada and Japan agreed to cooperate.');

-- a headline's present tense right after its subject is done; after "will", to come
SELECT kind, parties, status FROM agreements(E'Jordan and Egypt sign gas deal\n\nThe deal runs for ten years.');
SELECT kind, parties, status FROM agreements('Jordan and Egypt will seal a gas deal.');

-- a city alone before the name says where it was made; two name the parties
SELECT count(*) FROM agreements('Japan has not yet taken the steps it pledged in the Paris accord.');
SELECT kind, parties FROM agreements('The Moscow-Tehran treaty covers trade.');

-- "by signing" is done; "unanimous agreement" is consent, not an accord
SELECT kind, parties, status FROM agreements('By signing the accord on Tuesday, Greece and Bulgaria ended the dispute.');
SELECT count(*) FROM agreements('Such measures needed the unanimous agreement of France, Germany and Italy.');

-- a body whose agreements are of one kind gives it (data/blocs.tsv): OPEC's are energy
SELECT kind, parties, status FROM agreements('Margins are higher because the OPEC pact is holding.');
SELECT kind FROM agreements('OPEC''s December agreement to stabilise prices at 18 dollars a barrel held.');
SELECT kind FROM agreements('The accord with the IMF gives Kenya time.');

-- agreements in general join no agreement; one that "could" help is not made
SELECT kind, parties, status, date FROM agreements(
  'Kenya and France signed a debt accord. In 1983 France kept its cover for Kenya on current trade deals.',
  '1987-03-27');
SELECT kind, parties, status FROM agreements('He said an accord with the IMF could be a help to Ghana.');

-- "agreements with A, B and C" of one side are one agreement with each;
-- "fellow OPEC member Venezuela" acts, OPEC describes it; "in defence of" is no defence pact
SELECT kind, parties FROM agreements('The EC trade agreements with Tunisia, Egypt and Morocco run until 1992.') ORDER BY parties;
SELECT kind, parties FROM agreements('Fellow OPEC member Venezuela has agreed to lend Ecuador crude.');
SELECT kind, parties FROM agreements('Britain will not rally to the side of France in defence of the agreement with Japan.');

-- who made it: "the accord reached by OPEC", "reached in the Paris Club"; not "backed by"
SELECT kind, parties, status FROM agreements('Optimism stems from the accord reached by OPEC last December.', '1987-03-15');
SELECT kind, parties, status FROM agreements('He said the accord, reached in the Paris Club of creditor governments, eases debts.');
SELECT kind, parties, status FROM agreements('Lenders reached a debt agreement, the French minister said. He said the accord, reached in the so-called Paris Club, eases debts.');
SELECT kind, parties FROM agreements('Kenya and Uganda signed a border deal backed by the United States.');
-- one state in the noun's clause, one other acting in the sentence: the two sides;
-- not in a sentence about companies, nor a polity of another agreement's clause
SELECT kind, parties FROM agreements(
  'The United States threatened tariffs in retaliation for Japan''s failure to keep a pact on chip trade.');
SELECT count(*) FROM agreements('Kenya''s Safaricom Ltd said the agreement would help it sell more phones to Uganda.');
SELECT count(*) FROM agreements('A deal would join the Paris, Amsterdam and Lisbon stock exchanges.');
SELECT count(*) FROM agreements('Acme Corp said it signed an accord with Tokyo-based Hoshi Co Ltd to sell toys in Australia.');
SELECT count(*) FROM agreements('<Nordbank> of Norway and Sweden''s <Vastra> signed an agreement on card payments.');
-- "Belgium, Zaire's former colonial ruler": Zaire describes Belgium
SELECT kind, parties FROM agreements(
  'Portugal, Angola''s former colonial ruler, and Brazil agreed to fund a new port.');
SELECT kind, parties FROM agreements(
  'Loans were agreed with Chile, an accord with Peru is close, and a deal with Bolivia could follow.');
-- who only reports what another polity does is no party;
-- "to deal with" is a verb; the city of another accord is no party
SELECT count(*) FROM agreements('U.S. officials said Brazil will strike an agreement with its creditor banks.');
SELECT count(*) FROM agreements('Brazil should deal with its creditors, U.S. officials said.');
SELECT count(*) FROM agreements('As part of the Paris accord, Japan agreed to stimulate its economy.');
SELECT kind, parties FROM agreements('Tony Blair hailed a deal bringing Serbia a step closer to EU membership.');
SELECT count(*) FROM agreements('Shares in Japan''s Hoshi fell after it agreed to pay France more for ore.');
SELECT count(*) FROM agreements('Mexico and Canada had agreed to reopen talks on the steel row.');
SELECT kind FROM agreements('Germany called for reform of the EU''s stability pact.');
-- a hypothetical of another clause leaves the signing alone; "bilateral accords with X and Y" are one each
SELECT status FROM agreements('Congress could approve the sale because Jordan has signed a peace treaty with Israel.');
SELECT count(*) FROM agreements('So far, bilateral accords have been reached with Spain and Italy.');
-- a lender's rescheduling has the debtor as its other side; a date after "until" is a term;
-- "a sort of agreement that" is consent
SELECT kind, parties, date FROM agreements(
  'The Paris Club agreed to reschedule Peru''s official debt, deferring payments until 1990.');
SELECT count(*) FROM agreements('There is a sort of agreement between Japan and the World Bank that loans to Chile should stay modest.');
-- a deal with banks is no agreement of states; agreements with a list are one each, of the subject
SELECT count(*) FROM agreements('Venezuela and Chile have reached agreement with commercial banks on debt.');
SELECT parties FROM agreements('The United States had signed agreements with Kenya and Ghana.') ORDER BY 1;
SELECT count(*) FROM agreements('Banks reached agreements recently with Chile, Peru and Mexico.');
-- a list with "the" or "and" after its comma is one list
SELECT parties FROM agreements('The accord binds the six nations - Britain, Canada, France, Japan, the U.S. and West Germany.');
SELECT parties FROM agreements('Under the Andean accord, Chile, Peru, and Bolivia cut tariffs.');
-- a "Treaty Organisation" is a body, not a treaty
SELECT count(*) FROM agreements('Ukraine and the US met leaders of the Pacific Treaty Organisation in Brussels.');
-- a joined pair after "on" names the two sides
SELECT kind, parties FROM agreements('The minister also signed a deal on Chile-Peru tourism.');
-- an accord that acts is in force, with no date of its own
SELECT status, date FROM agreements(
  'Japan and Germany signed a currency accord. The accord also brought a pause to the slide begun in 2019.');
-- impending, close to, headed for
SELECT status FROM agreements('Rumours of an impending grain deal between Moscow and Washington lifted wheat.');
SELECT status FROM agreements('Officials said China and Portugal were close to agreement on Macao.');
SELECT status FROM agreements('Chile and Peru moved closer to an agreement on fishing.');
SELECT status FROM agreements('He said the United States and the Soviet Union were headed for an arms control agreement.');
-- a forum that hosts the talks is no party; a body that makes its own accords is
SELECT count(*) FROM agreements('Delegates at a United Nations conference moved closer to a new cocoa pact.');
SELECT kind, parties FROM agreements('Delegates at an OPEC conference moved closer to a new output pact.');

-- a truce in a deficit battle or a trade war is no ceasefire
SELECT kind, parties FROM agreements('The European Union called a truce in its deficit battle with its members.');
SELECT kind, parties FROM agreements('The United States and China agreed a trade truce.');

-- "both countries" are the pair named together, not whoever spoke of them since;
-- "the Turkey-EU talks deal" names its parties through "talks"
SELECT kind, parties FROM agreements(
  'Britain welcomed the decision by India and Pakistan to open a bus link. The British foreign secretary '
  'spoke in London. Both countries called the deal a step to peace.');
SELECT kind, parties FROM agreements('Blair hails Turkey-EU talks deal');

-- the subject, not a polity after a preposition; a currency is no party
SELECT kind, parties FROM agreements(
  'The U.S. has been promised maize exports to Spain under an agreement with the European Community.', '1987-04-01');
SELECT kind, parties FROM agreements(
  'Bangladesh will receive a grant of 47 mln U.S. dlrs from the Netherlands under an agreement signed here.');

-- nothing to find; NULL
SELECT count(*) FROM agreements('The weather in Oslo was mild.');
SELECT count(*) FROM agreements(NULL);

-- many reports of one agreement fold into one
SELECT same_agreement('treaty {IRN,RUS} status=planned signed=2025-01', 'comprehensive_strategic_partnership {RUS,IRN} signed=2025-01-17') AS same,
       same_agreement('treaty {IRN,RUS} signed=2024', 'treaty {IRN,RUS} signed=2025') AS different_year,
       same_agreement('trade_agreement {IRN,RUS}', 'defence_pact {IRN,RUS}') AS different_kind,
       same_agreement('treaty {IRN,RUS}', 'treaty {IRN,RUS,PRK}') AS different_parties;
CREATE TEMP TABLE reports (article int, a agreement);
INSERT INTO reports VALUES
  (1, 'treaty {IRN,RUS} status=proposed domains={trade}'),
  (2, 'comprehensive_strategic_partnership {IRN,RUS} status=planned signed=2025-01 domains={investment}'),
  (3, 'treaty {IRN,RUS} signed=2025-01-17 domains={logistics}'),
  (4, 'defence_pact {PRK,RUS} signed=2024 clauses={mutual_defence}'),
  (5, 'treaty {PRK,RUS} signed=2024-06-19');
SELECT agreement_key(a) AS key, merge(a ORDER BY article) AS merged, count(*) AS reports
FROM reports GROUP BY agreement_key(a) ORDER BY key;

-- the network of parties as Graphviz DOT (test/t/network_dot.sh checks that dot reads it)
SELECT network_dot(ARRAY[
  'comprehensive_strategic_partnership {IRN,RUS} status=planned signed=2025-01-17',
  'defence_pact {PRK,RUS} signed=2024 clauses={mutual_defence}',
  'trade_agreement {CAN,MEX,USA} status=in_force in_force=2020-07-01',
  NULL]::agreement[]);
SELECT network_dot('{}'::agreement[]);
