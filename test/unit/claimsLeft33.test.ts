// Claims the last round left: a factbox's points under "according to X:", a military's own press release, a situation
// report's own figures, a cabinet's decision, an absence nobody reports, and a figure sourced in the sentence after it.
// Sentences written for these tests.
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
