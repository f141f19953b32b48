-- geopol.events(): who did what to whom, with CAMEO codes.
SET search_path = geopol, public;

\set body `cat sample/article.txt`
SELECT actor, action, cameo, target, date FROM events(:'body', '2025-01-13');
SELECT bool_and(substr(:'body', start, length) = evidence) AS evidence_positions
FROM events(:'body', '2025-01-13');

-- one pattern each
SELECT actor, action, cameo, target, date FROM events('Russia and Iran signed a treaty on Friday.', '2025-01-13');
SELECT actor, action, cameo, target FROM events('The Iranian president visited Moscow.');
SELECT actor, action, cameo, target FROM events('Putin praised China for its support.', '2024-05-01');
SELECT actor, action, cameo, target FROM events('North Korea has supplied Russia with artillery shells.');
SELECT actor, action, cameo, target FROM events('The United States imposed sanctions on Iran.');
SELECT actor, action, cameo, target FROM events('Russia invaded Ukraine in February 2022.');
SELECT actor, action, cameo, target FROM events('China criticised Japan over the visit.');
SELECT actor, action, cameo, target FROM events('Israel was criticised by Turkey.');
SELECT actor, action, cameo, target FROM events('France threatened Italy with retaliation.');
SELECT actor, action, cameo, target FROM events('Germany and Poland signed the convention in Warsaw.');
SELECT actor, action, cameo, target FROM events('Russia insisted that Ukraine withdraw its troops.');
-- "is" before a present participle is active, not passive
SELECT actor, action, cameo, target FROM events('Spain is threatening Portugal with tariffs.');
-- a clause opening with "and" keeps the sentence's actor
SELECT actor, action, cameo, target FROM events('The EC charges Japan with dumping, and is requesting talks with Japan.');
-- nouns: talks between two, the invasion of X by Y, a complaint from X about Y
SELECT actor, action, cameo, target FROM events('Talks between Egypt and Sudan resumed in Cairo.');
SELECT actor, action, cameo, target FROM events('The invasion of Kuwait by Iraq began in August 1990.');
SELECT actor, action, cameo, target FROM events('The council heard a complaint from Brazil about Argentina.');
-- the reduced passive; a demonym heading ships or a government stands for its state
SELECT actor, action, cameo, target FROM events('Two Kuwaiti tankers seized by Iran were released.');
SELECT actor, action, cameo, target FROM events('Britain reached an agreement with the Japanese government on landing rights.');
-- coordination: a second verb shares both sides; two subjects both act
SELECT actor, action, cameo, target FROM events('Chile accused Peru of dumping and threatened retaliation.') ORDER BY cameo;
SELECT actor, action, cameo, target FROM events('Japan and South Korea condemned North Korea.') ORDER BY actor;
SELECT actor, action, cameo, target FROM events('Spain and Portugal will hold talks with Morocco.') ORDER BY actor;
-- intent: "ready to" talk is CAMEO 036; a visit "for talks with" is to the hosts
SELECT actor, action, cameo, target FROM events('Norway said it was ready to resume talks with Iceland.');
SELECT actor, action, cameo, target FROM events('The Turkish foreign minister flew to Geneva for talks with the United Nations.');
-- people: the surname, the bare office and "She" keep the state of the introduction
SELECT actor, action, cameo, target FROM events('Finnish Foreign Minister Anna Virtanen arrived in Stockholm. Virtanen later criticised Russia.');
SELECT actor, action, cameo, target FROM events('Swedish Prime Minister Lars Holm visited Oslo. The prime minister then travelled to Helsinki.');
SELECT actor, action, cameo, target FROM events('Dutch Trade Minister Anna Visser spoke in Brussels on Monday. She accused China of unfair subsidies.');
SELECT actor, action, cameo, target FROM events('Kenyan President Daniel Okoth, who visited Uganda last week, spoke on Friday.');
-- "It" after a sentence a state opened; "the two countries" named last
SELECT actor, action, cameo, target FROM events('Egypt rejected the plan on Monday. It also accused Israel of delays.');
SELECT actor, action, cameo, target FROM events('Officials from Peru and Chile met in Lima. The two countries later signed a fishing accord.') ORDER BY cameo;
-- a headline: "hits" criticises, a comma joins its verbs
SELECT actor, action, cameo, target FROM events('CANADA HITS U.S. LUMBER DUTY, VOWS RETALIATION') ORDER BY cameo;
-- more verbs: wants X to, refused, imposed duties on goods, severed relations, offered
SELECT actor, action, cameo, target FROM events('Germany wants Greece to cut its deficit.');
SELECT actor, action, cameo, target FROM events('Brazil refused to sign the accord with Argentina.');
SELECT actor, action, cameo, target FROM events('Canada imposed duties on Chinese steel imports.');
SELECT actor, action, cameo, target FROM events('Bahrain severed relations with Qatar.');
SELECT actor, action, cameo, target FROM events('Venezuela offered China access to its oil.');
-- an agent after "by", for nouns too ("under pressure from" also names one);
-- a target after the agent needs its preposition
SELECT actor, action, cameo, target FROM events('Oil terminals in Kuwait came under attack by Iran on Monday.');
SELECT actor, action, cameo, target FROM events('Sanctions imposed by Britain on Iran took effect.');
SELECT actor, action, cameo, target FROM events('Kenya came under pressure from Britain to cut spending.');
SELECT count(*) FROM events('Measures backed by Norway and Denmark passed.');
SELECT count(*) FROM events('Sanctions approved by Congress against Nigeria were lifted.');
-- an act asked for is not done: the asking is the event
SELECT actor, action, cameo, target FROM events('Chad urged Libya to impose sanctions on Sudan.');
-- two who pledge together are partners, unless they pledge it to a third
SELECT actor, action, cameo, target FROM events('Ghana and Nigeria pledged to cooperate.');
SELECT count(*) FROM events('Ghana and Nigeria pledged to cooperate with the Cocoa Council.');
SELECT count(*) FROM events('Finland will decide what sanctions, if any, to impose on Belarus.');
-- more verbs: credit granted, apologies, removing tariffs
SELECT actor, action, cameo, target FROM events('Spain has granted Cuba a credit line.');
SELECT actor, action, cameo, target FROM events('Japan apologised to South Korea.');
SELECT actor, action, cameo, target FROM events('Australia agreed to remove tariffs on New Zealand wine.');
-- no event: pressure from nobody named, "non-OPEC", private bodies named for a state,
-- a currency, a participle used as an adjective, demand in the market sense
SELECT count(*) FROM events('Kenya came under pressure to cut spending.');
SELECT count(*) FROM events('Egypt called on non-OPEC producers to cut output.');
SELECT count(*) FROM events('The German Farmers Association protested against the European Union.');
SELECT count(*) FROM events('A Thai company raised a 20 mln U.S. dlr loan.');
SELECT count(*) FROM events('The threatened trade war between Canada and Mexico worries investors.');
SELECT count(*) FROM events('Export demand of the United States fell.');
-- "X and Y agreed to" is an agreement between them; a pair after a preposition is no subject
SELECT actor, action, cameo, target FROM events('France and Yugoslavia agreed to set up a joint commission.');
SELECT actor, action, cameo, target FROM events('The heads of the central banks of Mexico and Peru met on Monday.');
SELECT count(*) FROM events('Tonka said it agreed to sell toys in Australia and New Zealand and also agreed to buy a firm.');
-- "leaves for" a capital is a visit; "granted Y a loan"
SELECT actor, action, cameo, target FROM events('The Japanese prime minister leaves for Washington on Monday.');
SELECT actor, action, cameo, target FROM events('The United States on Thursday granted Argentina a bridge loan.');
-- no event: a passive with "be" and no agent, possible sanctions, sanctions that "should" come
SELECT count(*) FROM events('Russia and Georgia will be invited to Geneva.');
SELECT count(*) FROM events('Officials discussed possible sanctions against Cuba.');
SELECT count(*) FROM events('Sanctions should be imposed on Cuba, Mexico said.');
-- no event: a state after "to" is no later verb's subject; "anti-" names no state
SELECT count(*) FROM events('The plan was explained to Japan when the minister visited Seoul.');
SELECT count(*) FROM events('Spain condemned anti-Morocco protests.');
-- no event: a banker named for a state, a plural demonym as people
SELECT count(*) FROM events('Ghana has asked a US banker to run its central bank.');
SELECT count(*) FROM events('Two Czechs refused entry to Austria.');
-- no event: a wish about a thing, a place, a word inside a name, one side's meeting,
-- a compound backing no polity, a rate, a press conference, a lobby named for a state
SELECT count(*) FROM events('Germany wants the Greek budget to shrink.');
SELECT count(*) FROM events('Spain signed the charter in Rome.');
SELECT count(*) FROM events(E'Mexico presented its case to the General Agreement on Tariffs and\nTrade (GATT).');
SELECT count(*) FROM events('Japan attended a meeting of the Group of Seven.');
SELECT count(*) FROM events('Iranian-backed militias fought in Syria.');
SELECT count(*) FROM events('The London interbank offered rate rose.');
SELECT count(*) FROM events('The French minister told a press conference that Spain had to act.');
SELECT count(*) FROM events('The American Farm Bureau denounced Canada.');
-- no event: denied, hypothetical, passive without an actor, one state alone
SELECT count(*) FROM events('Russia did not invade Finland.');
SELECT count(*) FROM events('If China attacked Taiwan, Japan would respond.');
SELECT count(*) FROM events('The treaty was criticised for its vagueness.');
SELECT count(*) FROM events('Germany praised its own economy.');
SELECT count(*) FROM events('Poland declined to sign the treaty with Lithuania.');
SELECT count(*) FROM events(NULL);

-- a business named after its country acts for no state; "firm commitments" are no firm
SELECT actor, action, target FROM events('Shares in UK banking group Barclays rose after merger talks with US bank Wells Fargo.');
SELECT actor, cameo, target FROM events('Britain urged the United States to make firm commitments on aid.');
-- an act threatened or promised has not happened: the threat is the event
SELECT actor, cameo, target FROM events('The United States has threatened Japan that it would impose tariffs on its chips.');
SELECT actor, cameo, target FROM events('The United States threatened to impose sanctions on Japan.');
-- "cannot support" supports nothing
SELECT count(*) FROM events('But the United States says it cannot support the British plan.');

-- where one is, is not who acts; "the visit of" names the visitor; a demonym in a noun still acts
SELECT count(*) FROM events('The minister was in Kenya before travelling to Sudan.');
SELECT count(*) FROM events('Papers printed China''s demands on the eve of the visit of the U.S. Secretary of State.');
SELECT actor, cameo, target FROM events('The fall in Iraqi air attacks on Iranian ports helped exports.');
-- a company named by its legal form acts for no state; states beside it still act
SELECT count(*) FROM events('Koala Equity Ltd of Australia arranged a credit facility in support of U.S. notes.');
SELECT actor, cameo, target FROM events('Washington is pressing Tokyo to buy a plane from Boeing Co.');
-- an agreement only to begin talks is no signing; "under the same embargo as" compares
SELECT cameo FROM events('Canada and Mexico have agreed to begin talks on steel quotas.');
SELECT count(*) FROM events('He said it was wrong to put India under the same embargo as Cuba.');

-- a place named as part of a whole: the whole is at stake
SELECT actor, cameo, target FROM events('Serbia refused to recognise Kosovo as part of Albania.');
-- talks named without "with" are between the sides of the sentence's act before
SELECT actor, cameo, target FROM events('Peru criticised Chile during three days of tense talks which ended in Santiago on Friday.') ORDER BY cameo;
SELECT count(*) FROM events('Delegates from Peru held three days of talks in Geneva.');
-- "the two" after an act are the pair named last ("Spain and Portugal"); "the two men" are not
SELECT actor, cameo, target FROM events('Spain and Portugal promised to cut their deficits. But the European Commission warned the two were still under close watch.') WHERE cameo = '13' ORDER BY target;
SELECT count(*) FROM events('Spain and Portugal sent delegates. The European Commission warned the two men in charge.') WHERE cameo = '13';
-- criticism in reported speech: a state's policy or rules blamed for harm, or its failure
SELECT actor, cameo, target FROM events('Canadian Finance Minister Paul Leblanc spoke in Ottawa. He told a committee that the EU rules "make it difficult for a small country to invest".');
SELECT actor, cameo, target FROM events('The talks ended, with Brazil and Chile claiming Argentina''s policy of cheap credit had made competition impossible for their farmers.') ORDER BY actor;
SELECT actor, cameo, target FROM events('The Chilean president announced quotas in retaliation for what he called Peru''s failure to honour the fishing accord.');
SELECT count(*) FROM events('Analysts said Argentina''s policy had made exports difficult.');
-- "could not accept", "refused to accept" reject; "accepted" and a question do not
SELECT actor, cameo, target FROM events('Norway could not accept Iceland''s fishing quotas, its minister said.');
SELECT count(*) FROM events('Norway accepted Iceland''s offer.');
SELECT count(*) FROM events('Asked whether Norway would accept Iceland''s quotas, he said nothing.');
-- a stated will to retaliate is a threat; one urged or negated is none
SELECT actor, cameo, target FROM events('Norway said it would retaliate against Iceland if the quotas stayed.');
SELECT count(*) FROM events('Fishermen urged Norway to retaliate against Iceland.');
SELECT count(*) FROM events('Norway will not retaliate against Iceland.');
-- a complaint is also about the state its "that" clause opens with
SELECT actor, cameo, target FROM events('Chile complained to the United Nations committee on fisheries that Peru''s new quotas broke the 1952 accord.') ORDER BY target;
SELECT count(*) FROM events('Chile complained to the committee that the talks had failed.');
-- a list of targets may start a little after the verb
SELECT actor, cameo, target FROM events('The Arab League delivered warnings to both Israel and the United States over the settlements.') ORDER BY target;
-- a modal does not reach a past verb joined by "and": "would defend ... and urged"
SELECT actor, cameo, target FROM events('Chile said it would defend its fishing rights and urged Peru to accept arbitration.');
SELECT count(*) FROM events('Chile said it would defend its fishing rights and urge Peru to accept arbitration.');
-- a rejection or criticism of a state's proposal, named by its demonym, falls on the state
SELECT actor, cameo, target FROM events('Norway rejected a Swedish proposal for joint patrols.');
SELECT count(*) FROM events('Norway praised a Swedish proposal for joint patrols.');
-- "as part of" a trip keeps the place visited; talks denied are none; tariffs and quotas called unfair are blamed
SELECT actor, cameo, target FROM events('Brazilian ministers visited Washington as part of their trip to Europe.');
SELECT count(*) FROM events('Delegates said the meetings between Peru and Chile do not amount to formal talks.') WHERE cameo = '046';
SELECT actor, cameo, target FROM events('Canada said Japan''s import quotas were unfair to its farmers.');
-- close to a deal is no deal yet
SELECT count(*) FROM events('Reports say Canada and the United States are close to reaching a trade deal.');
