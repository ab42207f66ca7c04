// Wire copy of November 2025 about Latin America (Venezuela and the boat strikes, Mexico, Brazil, Chile, Peru, Haiti)
// and technology policy (the EU's digital rulebook, US antitrust and export controls, Ofcom). Sentences written for
// these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle as analyze, attributionsOf as attributions, datedBy, findingsOf } from '../support/article';

const DATED = datedBy('2025-11-20');

/** The actors of a body as "text|category|glossary id". */
function actors(body: string): string[] {
  return analyze(DATED(body)).actors.map((a) => `${a.text}|${a.category}|${a.entity ?? ''}`);
}

/** The agreements of a body as "text|glossary id". */
function agreements(body: string): string[] {
  return analyze(DATED(body)).agreements.map((a) => `${a.text}|${a.entity ?? ''}`);
}

test('Latin American officials, gangs and bodies link the glossary: Padrino López, the Cartel de los Soles, Viv Ansanm, ECLAC', () => {
  assert.deepEqual(actors('Defense Minister Vladimir Padrino Lopez said the exercises would begin.'), [
    'Defense Minister Vladimir Padrino Lopez|official|vladimir-padrino-lopez',
  ]);
  assert.deepEqual(actors('Washington designated the Cartel de los Soles.').slice(1), ['Cartel de los Soles|group|cartel-de-los-soles']);
  // (A gang coalition is a group, not a person.)
  assert.deepEqual(actors('Viv Ansanm controls most of the capital.'), ['Viv Ansanm|group|viv-ansanm']);
  // (And so is its coalition, which is no government's.)
  assert.deepEqual(actors('Jimmy Cherizier, who leads the Viv Ansanm coalition, said his fighters would resist.').slice(0, 2), [
    'Jimmy Cherizier|person|jimmy-cherizier',
    'Viv Ansanm coalition|group|',
  ]);
  // (The commission's name runs to "and the Caribbean".)
  assert.deepEqual(actors('The U.N. Economic Commission for Latin America and the Caribbean cut its forecast.'), [
    'U.N. Economic Commission for Latin America and the Caribbean|organization|eclac',
  ]);
  assert.deepEqual(actors('The U.S. Southern Command said the carrier had arrived.'), ['U.S. Southern Command|military|us-southern-command']);
  assert.deepEqual(actors('Ecuadoreans rejected foreign bases.'), ['Ecuadoreans|country|country:ecuador']);
});

test('technology regulators, officials and laws link the glossary: Ofcom, the FTC, the AI Act, the EU-Mercosur agreement', () => {
  assert.deepEqual(actors("Britain's media regulator Ofcom fined the forum.").slice(1), ['Ofcom|government|ofcom']);
  assert.deepEqual(actors('The FTC had failed to prove its case, competition chief Teresa Ribera said.'), [
    'FTC|government|ftc',
    'Teresa Ribera|official|teresa-ribera',
  ]);
  assert.deepEqual(agreements('The Commission proposed to delay parts of the AI Act and ease the GDPR.'), ['AI Act|eu-ai-act', 'GDPR|gdpr']);
  assert.deepEqual(agreements('French farmers oppose the EU-Mercosur trade agreement.'), ['EU-Mercosur trade agreement|eu-mercosur-agreement']);
});

test('"on X." ends a sentence: the next sentence\'s speaker is no "X. Petro"', () => {
  const body = 'Colombian President Gustavo Petro suspended intelligence sharing, according to a post on X. Petro said the strikes were "extrajudicial executions."';
  assert.deepEqual(actors(body).slice(1), ['Petro|official|gustavo-petro']);
  assert.deepEqual(
    attributions(DATED(body)).map((a) => a.source),
    ['a post on X', 'Petro'],
  );
  // (An initial is still an initial: "John F. Kennedy".)
  assert.deepEqual(actors('The airport was named for John F. Kennedy.'), ['John F. Kennedy|person|']);
});

test('a chamber after another country\'s possessive is that country\'s: "Peru\'s Congress" is not the U.S. Congress', () => {
  assert.deepEqual(actors("Peru's Congress declared a state of emergency in Lima.").slice(0, 2), ['Peru|country|country:peru', 'Congress|government|']);
  assert.deepEqual(actors("Canada's Parliament met in Ottawa.").slice(0, 2), ['Canada|country|country:canada', 'Parliament|government|']);
  // (America's own keeps its link.)
  assert.deepEqual(actors("America's Congress met.").slice(1), ['Congress|government|us-congress']);
  // ("The Republican Party" beside José Antonio Kast is Chile's.)
  assert.deepEqual(actors('Jose Antonio Kast, who founded the Republican Party, won the runoff.'), [
    'Jose Antonio Kast|official|jose-antonio-kast',
    'Republican Party|organization|republican-party-chile',
  ]);
});

test('a participle after a counted object is its adjective, no report: "struck another suspected drug-smuggling boat"', () => {
  assert.deepEqual(
    attributions(DATED('The U.S. military struck another suspected drug-smuggling boat on Wednesday, killing four people.')),
    [],
  );
  assert.deepEqual(attributions(DATED('Police detained several suspected gang members in San Salvador.')), []);
  // (A counting word that opens a clause still reports: "many suspected a plot".)
  assert.deepEqual(
    attributions(DATED('In Caracas, many suspected a plot.')).map((a) => a.cue),
    ['many suspected'],
  );
});

test('"declined to" and a verb is a refusal, no trend: "Judge Amit Mehta declined to order Google to sell Chrome"', () => {
  assert.deepEqual(findingsOf(DATED('Judge Amit Mehta in September declined to order Google to sell its Chrome browser.')), []);
  assert.deepEqual(findingsOf(DATED('The court declined to block the tariffs.')), []);
  // (To a figure or a level it is a trend still.)
  assert.deepEqual(findingsOf(DATED('Exports declined to a record low in October.')), ['unsourced-claim: Exports declined to a record low in October.']);
});

test('"the regulator" after Ofcom is Ofcom; "the department" after the DOJ\'s Antitrust Division is the Justice Department', () => {
  assert.deepEqual(
    actors("Britain's media regulator Ofcom fined the forum 20,000 pounds under the Online Safety Act, the regulator said.").slice(1),
    ['Ofcom|government|ofcom', 'the regulator|government|ofcom'],
  );
  assert.deepEqual(actors("Gail Slater, who heads the DOJ's Antitrust Division, said the department would appeal.").slice(1), [
    'DOJ|government|us-justice-department',
    'Antitrust Division|government|doj-antitrust-division',
    'the department|government|us-justice-department',
  ]);
});

test('a law\'s name holds "from" between its capitals: "the Protecting Americans from Foreign Adversary Controlled Applications Act"', () => {
  const body = 'The Protecting Americans from Foreign Adversary Controlled Applications Act, which the Supreme Court upheld in January, required ByteDance to divest TikTok.';
  assert.deepEqual(agreements(body), ['Protecting Americans from Foreign Adversary Controlled Applications Act|']);
  // (No "Americans" inside it is the United States.)
  assert.ok(!actors(body).some((a) => a.startsWith('Americans')));
});

test('"a framework trade agreement" is one agreement, its head the last noun', () => {
  assert.deepEqual(agreements("Milei's government signed a framework trade agreement with the United States on Nov. 13."), ['a framework trade agreement|']);
});

test('Bolsonaro alone is Jair Bolsonaro, unless the story named another Bolsonaro of the glossary before; Honduras\'s candidates link', () => {
  assert.deepEqual(actors("Police said Bolsonaro's ankle monitor had been damaged.").slice(1), ['Bolsonaro|official|jair-bolsonaro']);
  assert.deepEqual(actors('Eduardo Bolsonaro lobbied in Washington. Bolsonaro said the tariffs were justified.'), [
    'Eduardo Bolsonaro|official|eduardo-bolsonaro',
    'Bolsonaro|official|eduardo-bolsonaro',
  ]);
  assert.deepEqual(actors('His son, Senator Flavio Bolsonaro, called the decision persecution.'), ['Senator Flavio Bolsonaro|official|flavio-bolsonaro']);
  assert.deepEqual(actors('The race between Nasry Asfura and Salvador Nasralla was too close to call.'), [
    'Nasry Asfura|official|nasry-asfura',
    'Salvador Nasralla|person|salvador-nasralla',
  ]);
  assert.deepEqual(actors('The U.S. Federal Aviation Administration warned airlines.'), ['U.S. Federal Aviation Administration|government|faa']);
});

test('"aboard Air Force One" is the president\'s aircraft, no air force', () => {
  assert.deepEqual(actors('Trump told reporters aboard Air Force One that he might speak with Maduro.'), [
    'Trump|official|donald-trump',
    'reporters|group|',
    'Maduro|official|nicolas-maduro',
  ]);
});

test('a law named with more capitals before a glossary law\'s name is another law: "the GAIN AI Act", "the Colorado AI Act"', () => {
  assert.deepEqual(agreements('The GAIN AI Act would require chipmakers to prioritize U.S. customers.'), ['GAIN AI Act|']);
  assert.deepEqual(agreements('The Colorado AI Act takes effect in June.'), ['Colorado AI Act|']);
  // (The glossary's own, and its longer alias, stay linked.)
  assert.deepEqual(agreements('The EU AI Act applies from August; under the AI Act, firms must comply.'), ['EU AI Act|eu-ai-act', 'AI Act|eu-ai-act']);
});

test('given names of technology and Latin American copy make a person: "Melanie Dawes, Ofcom\'s chief executive"', () => {
  assert.deepEqual(actors("Melanie Dawes, Ofcom's chief executive, told MPs the era of self-regulation was over.").slice(0, 2), [
    'Melanie Dawes|person|',
    'Ofcom|government|ofcom',
  ]);
});

test('the initials of a law named before are that law in the paragraphs after: "the Digital Services Act ... Under the DSA"', () => {
  assert.deepEqual(agreements('The EU fined X under the Digital Services Act on Friday.\n\nUnder the DSA, very large platforms must assess risks.'), [
    'Digital Services Act|dsa',
    'DSA|dsa',
  ]);
  // (The DSA is no actor; the platform the EU fined is.)
  assert.deepEqual(actors('The EU fined X under the Digital Services Act on Friday.\n\nUnder the DSA, very large platforms must assess risks.'), ['EU|organization|eu', 'X|organization|x-corp']);
  assert.deepEqual(agreements('Ofcom enforces the Online Safety Act.\n\nThe OSA took effect in July.'), ['Online Safety Act|uk-online-safety-act', 'OSA|uk-online-safety-act']);
});

test('UN, European and British regulators and officials of tech and rights copy link: Volker Türk, the CMA, the Irish DPC', () => {
  assert.deepEqual(actors('The strikes are illegal, U.N. human rights chief Volker Turk said.'), ['U.N. human rights chief Volker Turk|official|volker-turk']);
  assert.deepEqual(actors("Britain's Competition and Markets Authority designated Apple.").slice(1, 2), ['Competition and Markets Authority|government|cma-uk']);
  assert.deepEqual(actors('The Irish Data Protection Commission fined TikTok.')[0], 'Irish Data Protection Commission|government|irish-dpc');
});

test('a court that "denied" a motion or an appeal rules, it reports nothing', () => {
  assert.deepEqual(attributions(DATED("A judge in June denied Apple's motion to dismiss the case.")), []);
  assert.deepEqual(attributions(DATED("Brazil's Supreme Court denied Bolsonaro's appeal on Tuesday.")), []);
  // (A denial that something happened still reports.)
  assert.deepEqual(attributions(DATED('The ministry denied the request had been received.')).map((a) => a.cue), ['denied']);
});

test('a committee\'s chairman named after its "on" is an official: "House Select Committee on China Chairman John Moolenaar"', () => {
  assert.deepEqual(actors('House Select Committee on China Chairman John Moolenaar said the sales would be a grave mistake.'), [
    'House Select Committee on China Chairman John Moolenaar|official|',
  ]);
  assert.deepEqual(actors('The Office of the President said.'), ['Office of the President|government|']);
});

test('a person titled with another country than the glossary entry\'s is someone else of that name: "Colombian Defense Minister Pedro Sanchez"', () => {
  assert.deepEqual(actors('Colombian Defense Minister Pedro Sanchez visited troops in Cauca.')[0], 'Colombian Defense Minister Pedro Sanchez|official|');
  assert.deepEqual(actors('Spanish Prime Minister Pedro Sanchez said.'), ['Spanish Prime Minister Pedro Sanchez|official|pedro-sanchez']);
  assert.deepEqual(actors('Turkish President Tayyip Erdogan said.'), ['Turkish President Tayyip Erdogan|official|recep-tayyip-erdogan']);
});

test('a law\'s name runs over a comma in its list: "the Digital Markets, Competition and Consumers Act"', () => {
  assert.deepEqual(agreements('The CMA acted under the Digital Markets, Competition and Consumers Act.'), ['Digital Markets, Competition and Consumers Act|']);
  assert.deepEqual(agreements('Germany, France and Italy backed the Online Safety Act.'), ['Online Safety Act|uk-online-safety-act']);
});

test('"the fourth quarter of about $65 billion" is the quarter (an amount after "of" is no thing it is a part of)', () => {
  const dates = (body: string): string[] => (analyze(DATED(body)).dates as { text: string; value: string }[]).map((d) => `${d.text}|${d.value}`);
  assert.deepEqual(dates('Nvidia expects revenue in the fourth quarter of about $65 billion.'), ['the fourth quarter|2025-Q4']);
  assert.deepEqual(dates('The first quarter of respondents said no.'), []);
});
