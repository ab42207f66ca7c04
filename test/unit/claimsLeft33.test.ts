// Claims the last round left: a factbox's points under "according to X:", a military's own press release, a situation
// report's own figures, a cabinet's decision, an absence nobody reports, a figure sourced in the sentence after it, and
// the sources and cues that decide them ("figures from the commission show", "a document seen by Reuters", "Kassala
// State"). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf as attributions, datedBy, findingsOf as findings } from '../support/article';

const DATED = datedBy('2026-11-30');

test('a factbox\'s points under "according to X:" or "X said:" are X\'s, every one of them', () => {
  for (const lead of ['According to the National Disaster Management Authority:', 'The disaster authority said:', 'Here are the main figures, according to the disaster authority:']) {
    const text = DATED(`${lead}\n\n- 214 people have died since June.\n- More than 1.3 million people have been displaced.\n- 46,000 homes were destroyed or damaged.\n\nRescue teams are still reaching cut-off villages.`);
    assert.deepEqual(findings(text), [], lead);
  }
  // (The list ends where the paragraphs stop being its items: a figure after it is the writer's again.)
  const after = DATED('According to the disaster authority:\n\n- 214 people have died.\n- 46,000 homes were destroyed.\n\nThe floods are the worst in 40 years.');
  assert.deepEqual(findings(after), ['unsourced-claim: The floods are the worst in 40 years.']);
  // (An item that names its own source is that source's, and so are the items after it.)
  const own = DATED('According to the disaster authority:\n\n- 214 people have died.\n- 3.4 million children need aid, UNICEF said.\n- 18,000 schools have been damaged.');
  assert.deepEqual(attributions(own).map((a) => a.source), ['the disaster authority', 'UNICEF']);
});

test("a military's own press release: what its forces did is its own account", () => {
  const idf = "IDF Spokesperson's Unit\n\nPress release, November 30, 2026\n\n";
  for (const body of [
    'In addition, troops of the 36th Division located and dismantled three rocket launchers in the area of Khiam.',
    'The Israel Defense Forces carried out more than 40 strikes in the past week against Hezbollah targets.',
    'IDF troops struck 12 terrorist infrastructure sites overnight.',
  ]) assert.deepEqual(findings(DATED(idf + body)), [], body);
  const centcom = 'U.S. Central Command\nPress Release\nNovember 30, 2026\n\nCENTCOM Forces Conduct Strikes in Syria\n\nU.S. Central Command (CENTCOM) forces conducted strikes against ISIS camps in central Syria on Saturday. ';
  for (const body of ['CENTCOM forces struck 11 targets in the Badiya desert.', 'Since January, CENTCOM has conducted more than 60 operations against ISIS in Iraq and Syria.']) {
    assert.deepEqual(findings(DATED(centcom + body)), [], body);
  }
  // (What others did, and the same sentence in a news story, still want a source.)
  assert.equal(findings(DATED(idf + 'Hezbollah fired more than 40 rockets at Israel in the past week.')).length, 1);
  assert.equal(findings(DATED('Israel strikes Lebanon again\n\nThe Israel Defense Forces carried out more than 40 strikes in the past week.')).length, 1);
});

test("a situation report's own figures: its issuer's work and its case counts", () => {
  const joint = 'South Sudan: Cholera Outbreak\nJoint WHO/UNICEF Situation Report No. 14\n\n';
  for (const body of [
    'WHO and UNICEF supported 36 cholera treatment centres and 112 oral rehydration points.',
    'UNICEF distributed hygiene kits to 24,000 households in Juba.',
    'Cases have been reported from 51 counties in nine states.',
    'Since the beginning of the outbreak, a cumulative 48,310 cases, including 812 deaths, have been recorded.',
  ]) assert.deepEqual(findings(DATED(joint + body)), [], body);
  // (Another agency's work is still its own to source; so is a count in a newspaper's story.)
  assert.equal(findings(DATED(joint + 'WFP distributed 420 metric tons of food.')).length, 1);
  assert.equal(findings(DATED('Cholera spreads in the south\n\nCases have been reported from 51 counties in nine states.')).length, 1);
});

test("a cabinet's or a council's decision with its figures is its record: \"The federal cabinet approved\"", () => {
  for (const body of [
    'The federal cabinet on Monday approved a 1.1 trillion yen extra budget.',
    'The Union Cabinet also cleared a 650 billion rupee plan to build 18 new nuclear reactors by 2035.',
    'The city council approved a $412 million budget on Tuesday.',
    'The provincial cabinet approved 300 million rand for schools.',
    'The Cabinet Committee on Economic Affairs approved 12 highway projects worth 30,000 crore rupees.',
  ]) assert.deepEqual(findings(DATED(body)), [], body);
  // (What a cabinet is said to have done to others, or a figure after its decision, still wants a source.)
  assert.equal(findings(DATED('The federal cabinet approved the budget, which will cost every household 40,000 yen.')).length, 1);
});

test('an absence no one reports is no vague attribution: "No airspace violation was confirmed."', () => {
  for (const body of ['No airspace violation was confirmed.', 'No casualties were reported.', 'No damage has been reported to nearby homes.']) {
    assert.deepEqual(findings(DATED(body)), [], body);
  }
  // (What was confirmed by no one named still is one.)
  assert.equal(findings(DATED('The airspace violation was confirmed.')).length, 1);
});

test('a figure whose next sentence goes on with it and names the source is sourced there', () => {
  for (const body of [
    'In 2024, the city recorded 1,412 violent crimes. In 2025, it recorded 1,511, according to the department\'s annual report.',
    'In 2022, 39,900 teachers left state schools in England. In 2023, the figure was 43,500, according to Department for Education data.',
  ]) assert.deepEqual(findings(DATED(body)), [], body);
  // (A figure of its own before a sentence that names its source for its own figure stays the writer's.)
  assert.equal(findings(DATED('Crime rose by 40% in the city. Burglaries fell by 3% in 2025, according to the department.')).length, 1);
});

test('a capitalised "State" after a name ends the name: "Floods in Kassala State" is no cue', () => {
  for (const body of ['Sudan: Floods in Kassala State', 'Nigeria: Floods in Borno State\n\nRains have affected 62,000 people, the state emergency agency said.']) {
    assert.ok(!attributions(DATED(body)).some((a) => a.cue === 'State'), body);
  }
  // (A headline's verb in title case before what is said still reports.)
  assert.deepEqual(attributions(DATED('Witnesses State That Dam Broke')).map((a) => a.cue), ['State']);
});

test('"..., figures from the charity commission show." is a cue whose source is the figures and their maker', () => {
  for (const [body, source] of [
    ['The state had 3,950 registered charities in 2025, figures from the charity commission show.', 'figures from the charity commission'],
    ['Wages rose 4.1% in the year to March, figures from Eurostat indicate.', 'figures from Eurostat'],
  ]) {
    const text = DATED(body);
    assert.deepEqual(attributions(text).map((a) => a.source), [source], body);
    assert.deepEqual(findings(text), [], body);
  }
});

test('"according to a document seen by Reuters", "an estimate by the ministry": the noun and its maker are the source', () => {
  for (const [body, source] of [
    ['The price cap is lowered to $45 a barrel, according to a document seen by Reuters.', 'a document seen by Reuters'],
    ['The toll stands at 400, according to an estimate by the health ministry.', 'an estimate by the health ministry'],
    ["The toll stands at 400, according to the ministry's latest estimate.", "the ministry's latest estimate"],
  ]) assert.deepEqual(attributions(DATED(body)).map((a) => a.source), [source], body);
});

test('a passive report in a clause of time dates what follows: "since the outbreak was declared" is no vague attribution', () => {
  for (const body of [
    'Cholera has spread to 51 counties since the outbreak was declared in September.',
    'The curfew has been in place since a state of emergency was declared on Friday.',
    'After famine was confirmed in El Fasher, aid agencies scaled up their response.',
  ]) assert.ok(!attributions(DATED(body)).length, body);
  // (Alone, or with what was said after "that", it still asks who.)
  assert.equal(attributions(DATED('Famine was confirmed in El Fasher.')).length, 1);
  assert.equal(attributions(DATED('Shares fell after it was announced that the chief executive would resign.')).length, 1);
});

test('the writer\'s arithmetic on a named source\'s figures is no claim of its own: "That is an increase of 7 per cent."', () => {
  for (const body of [
    "In 2025, the city recorded 1,511 violent crimes, according to the department's annual report.\n\nThat is an increase of 7 per cent.",
    'Crime rose in 2025, the police said. That is a 7% rise on 2024.',
  ]) assert.deepEqual(findings(DATED(body)), [], body);
  // (After an unsourced sentence, or with a judgement of its own, it is still a claim.)
  assert.deepEqual(findings(DATED('Crime rose in 2025. That is an increase of 7 per cent.')), ['unsourced-claim: Crime rose in 2025.', 'unsourced-claim: That is an increase of 7 per cent.']);
  assert.equal(findings(DATED('Crime rose in 2025, the police said. That is an increase of 7 per cent, the biggest in a decade.')).length, 1);
});

test("in an agency's own report, what its unnamed partners did is the report's record", () => {
  const ocha = 'OCHA Flash Update No. 3\nSudan: Floods in Kassala State\n\n';
  for (const body of [
    'Humanitarian partners reached 18,400 people with emergency shelter and household items.',
    'Partners are setting up 3 mobile clinics in Aroma.',
    'In Kassala town, health cluster partners deployed 14 rapid response teams.',
  ]) assert.deepEqual(findings(DATED(ocha + body)), [], body);
  // (A named agency with them, or the same sentence under a newspaper's headline, still wants a source.)
  assert.equal(findings(DATED(ocha + 'UNICEF and its partners trucked safe water to 11,000 people.')).length, 1);
  assert.equal(findings(DATED('Aid reaches flooded Kassala\n\nPartners distributed hygiene kits to 24,000 households.')).length, 1);
});
