// Health and climate wire copy: the WHO, the US health agencies, vaccines, the COP talks and climate finance. The
// glossary's bodies, officials and agreements of the beat, and who said what in it. Sentences written for these tests,
// run through the full analysis.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle as analyze, attributionsOf as attributions, datedBy, findingsOf as findings } from '../support/article';

const DATED = datedBy('2025-11-22');

/** The actors of a body as "text|category|entity". */
function actors(body: string): string[] {
  return analyze(DATED(body)).actors.map((a) => `${a.text}|${a.category}|${a.entity ?? '-'}`);
}
/** The agreements of a body as "text|entity". */
function agreements(body: string): string[] {
  return analyze(DATED(body)).agreements.map((a) => `${a.text}|${a.entity ?? '-'}`);
}
/** The source of the attribution whose cue is `cue`. */
function sourceOf(body: string, cue: string): string | null | undefined {
  return attributions(DATED(body)).find((a) => a.cue === cue)?.source;
}

test('the health beat\'s bodies and officials are the glossary\'s', () => {
  const got = actors(
    'The U.S. Centers for Disease Control and Prevention said on Friday it was reviewing the schedule. Health and Human Services Secretary Robert F. Kennedy Jr. has questioned some shots, and FDA Commissioner Marty Makary said new trials were needed. ' +
      'The Global Fund to Fight AIDS, Tuberculosis and Malaria and Gavi, the Vaccine Alliance, both lost money. The EMA backed the shot. WHO chief Tedros Adhanom Ghebreyesus and Africa CDC head Jean Kaseya met in Addis Ababa. RFK Jr. did not comment.',
  );
  for (const want of [
    'U.S. Centers for Disease Control and Prevention|government|cdc',
    'FDA Commissioner Marty Makary|official|marty-makary',
    'Global Fund to Fight AIDS, Tuberculosis and Malaria|organization|global-fund',
    'Gavi, the Vaccine Alliance|organization|gavi',
    'EMA|organization|ema',
    'RFK Jr.|official|robert-f-kennedy-jr',
  ]) assert.ok(got.includes(want), `${want} in ${got.join('; ')}`);
  assert.ok(got.some((a) => a.endsWith('|tedros-adhanom-ghebreyesus')), got.join('; '));
  assert.ok(got.some((a) => a.endsWith('|jean-kaseya')), got.join('; '));
  assert.ok(got.some((a) => a.endsWith('|robert-f-kennedy-jr') && a.includes('Robert F. Kennedy Jr.')), got.join('; '));
});

test('the climate beat\'s bodies, conferences and officials are the glossary\'s', () => {
  const got = actors(
    'UN climate chief Simon Stiell spoke at COP30 in Belem, a year after COP29 in Baku. UNEP Executive Director Inger Andersen and COP30 President Andre Correa do Lago attended. The Loss and Damage Fund and the Green Climate Fund were short of cash.',
  );
  for (const want of ['COP30|organization|cop30', 'COP29|organization|cop29', 'Loss and Damage Fund|organization|loss-and-damage-fund', 'Green Climate Fund|organization|green-climate-fund']) {
    assert.ok(got.includes(want), `${want} in ${got.join('; ')}`);
  }
  for (const id of ['simon-stiell', 'inger-andersen', 'andre-correa-do-lago']) assert.ok(got.some((a) => a.endsWith('|' + id)), `${id} in ${got.join('; ')}`);
});

test('the health and climate agreements are the glossary\'s', () => {
  const got = agreements(
    'The WHO Pandemic Agreement was adopted in May and the International Health Regulations (IHR) were amended. The Kigali Amendment and the Global Methane Pledge were discussed, as was the New Collective Quantified Goal (NCQG). ' +
      'The High Seas Treaty enters into force in January, the EU\'s carbon border adjustment mechanism (CBAM) starts charging, talks on a global plastics treaty stalled and countries filed their NDCs.',
  );
  for (const want of [
    'WHO Pandemic Agreement|who-pandemic-agreement',
    'International Health Regulations|ihr',
    'IHR|ihr',
    'Kigali Amendment|kigali-amendment',
    'Global Methane Pledge|global-methane-pledge',
    'New Collective Quantified Goal|ncqg',
    'NCQG|ncqg',
    'High Seas Treaty|bbnj-agreement',
    'carbon border adjustment mechanism|cbam',
    'CBAM|cbam',
    'NDCs|ndc',
  ]) assert.ok(got.includes(want), `${want} in ${got.join('; ')}`);
  assert.ok(got.some((a) => a.endsWith('|global-plastics-treaty')), got.join('; '));
});

test('"according to the WHO": the World Health Organization in capitals is the source, no relative pronoun', () => {
  assert.equal(sourceOf('Measles cases rose 20% last year, according to the WHO.', 'according to'), 'the WHO');
});

test('", the IPCC found.": a body and "found" after the clause attribute it', () => {
  assert.equal(sourceOf('Global temperatures are likely to exceed 1.5C within a decade, the IPCC found.', 'found'), 'the IPCC');
  assert.equal(sourceOf('Cases will double by 2030, the WHO found on Tuesday.', 'found'), 'the WHO');
  assert.deepEqual(findings(DATED('Global temperatures are likely to exceed 1.5C within a decade, the IPCC found.')), []);
  // (Finding a thing is no finding.)
  assert.equal(attributions(DATED('After a search, police found the car.')).length, 0);
});

test('a source read back to a comma inside a whole name is the name', () => {
  assert.equal(sourceOf('The Global Fund to Fight AIDS, Tuberculosis and Malaria said its replenishment fell short.', 'said'), 'The Global Fund to Fight AIDS, Tuberculosis and Malaria');
  assert.equal(sourceOf('Gavi, the Vaccine Alliance, said it had lost U.S. funding.', 'said'), 'Gavi, the Vaccine Alliance');
});

test('a plural inside a body\'s name after its owner is no verb: "The EMA\'s human medicines committee said"', () => {
  assert.equal(sourceOf("The EMA's human medicines committee said it had recommended approval of the shot.", 'said'), "The EMA's human medicines committee");
  assert.equal(sourceOf("The WHO's vaccines advisory group said the shot was safe.", 'said'), "The WHO's vaccines advisory group");
  // (A verb in "-s" after a person still ends the source.)
  assert.equal(sourceOf("The group's leader says officials said it was safe.", 'says'), "The group's leader");
});

test('a Portuguese "do" inside a name is no auxiliary: "COP30 President André Corrêa do Lago told reporters"', () => {
  assert.equal(sourceOf('"We are not there yet," COP30 President André Corrêa do Lago told reporters.', 'told reporters'), 'COP30 President André Corrêa do Lago');
  assert.equal(sourceOf('"We are not there yet," COP30 President Andre Correa do Lago said.', 'said'), 'COP30 President Andre Correa do Lago');
});

test('charging a price is no accusation: "CBAM, charging importers for the carbon emitted"', () => {
  const body = "The EU's carbon border adjustment mechanism (CBAM), charging importers for the carbon emitted in making steel and cement, starts on Jan. 1.";
  assert.equal(attributions(DATED(body)).length, 0);
  assert.equal(attributions(DATED('Banks charge a fee for every transfer.')).length, 0);
  assert.equal(sourceOf('Critics charged that the government for years had hidden the data.', 'charged'), 'Critics');
});

test('"$300bn a year" is a frequency (SET P1Y) after a short scale', () => {
  for (const body of ['Rich nations agreed to provide $300bn a year by 2035.', 'Britain pledged £5m a year to the fund.']) {
    const d = analyze(DATED(body)).dates.find((x) => x.text === 'a year');
    assert.equal(d?.type, 'SET', body);
    assert.equal(d?.value, 'P1Y', body);
  }
});

test('a relative clause on an amount reports no words: "the $1.3tn developing countries had demanded"', () => {
  const seen = attributions(DATED('Rich nations agreed to provide $300bn a year, far less than the $1.3tn developing countries had demanded.'));
  assert.deepEqual(seen.map((a) => a.cue), ['agreed']);
  assert.equal(attributions(DATED('The deal fell short of the 50% cut campaigners had demanded.')).length, 0);
  assert.equal(sourceOf('Ministers demanded more money.', 'demanded'), 'Ministers');
});

test('"The UNFCCC said": the convention\'s name speaking is its secretariat, an organisation', () => {
  const body = 'The UNFCCC said in a report last month that current pledges would cut emissions by about 10% by 2035.';
  assert.ok(actors(body).includes('UNFCCC|organization|unfccc-secretariat'), actors(body).join('; '));
  assert.deepEqual(agreements(body), []);
  // (The treaty itself stays one.)
  assert.deepEqual(agreements('Parties to the UNFCCC met in Bonn.'), ['UNFCCC|unfccc']);
});

test('more of the beat\'s bodies and officials are the glossary\'s', () => {
  const got = actors(
    'The Advisory Committee on Immunization Practices met as the World Health Assembly closed. The ECDC, the WMO, the IEA, NOAA and the EPA published data, and EPA Administrator Lee Zeldin and EU climate commissioner Wopke Hoekstra spoke.',
  );
  for (const id of ['acip', 'world-health-assembly', 'ecdc', 'wmo', 'iea', 'noaa', 'epa', 'lee-zeldin', 'wopke-hoekstra']) {
    assert.ok(got.some((a) => a.endsWith('|' + id)), `${id} in ${got.join('; ')}`);
  }
  assert.ok(got.includes('World Health Assembly|organization|world-health-assembly'), got.join('; '));
  const bloc = actors('The goal was met in 2022, according to the OECD. The Alliance of Small Island States (AOSIS) said the deal fell short.');
  for (const want of ['OECD|organization|oecd', 'Alliance of Small Island States|organization|aosis', 'AOSIS|organization|aosis']) assert.ok(bloc.includes(want), `${want} in ${bloc.join('; ')}`);
});

test('the subject of a verb of stopping or going on speaks for the verb in "-ing" after it', () => {
  assert.equal(sourceOf('A panel of vaccine advisers to the CDC voted on Friday to stop recommending a combined measles shot for children under 4.', 'recommending'), 'A panel of vaccine advisers to the CDC');
  assert.equal(sourceOf('The agency decided to stop recommending the shot.', 'recommending'), 'The agency');
  assert.equal(sourceOf('Regulators have kept warning that prices will rise.', 'warning'), 'Regulators');
});

test('"with" and a noun phrase before a verb in "-ing": the noun phrase speaks', () => {
  assert.equal(sourceOf('Countries agreed to a goal, with developed nations pledging to provide at least $300 billion annually.', 'pledging'), 'developed nations');
  assert.equal(sourceOf('Talks stalled with delegates saying they would return.', 'saying'), 'delegates');
  assert.equal(sourceOf('Officials with knowledge of the talks saying nothing.', 'saying'), 'Officials with knowledge of the talks');
});
