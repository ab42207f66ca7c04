// Sources and findings that the session's earlier hunts saw and left: hearsay adverbs, counts reported to a named body,
// an agency's own report, sources of survey findings and of hearsay, and explanations. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle as analyze, attributionsOf as attributions, datedBy, findingsOf as findings } from '../support/article';

const DATED = datedBy('2026-03-10');

test('"reportedly" inside a clause gets one vague finding, not an unsourced claim as well', () => {
  for (const [body, cue] of [
    ['At least 112 civilians were reportedly killed in the shelling.', 'reportedly'],
    ['Five people were allegedly detained at the border.', 'allegedly'],
  ]) assert.deepEqual(findings(DATED(body)), [`vague-attribution: ${cue}`], body);
  // (A clause of the reporter's own before it is still judged: the adverb covers only its own clause.)
  const two = DATED('Prices rose 40% last year; at least 12 traders were reportedly arrested.');
  assert.ok(findings(two).some((f) => f.startsWith('unsourced-claim')), two);
});

test('a count reported to a named body is that body\'s tally: no vague "were reported"', () => {
  const cases: [string, string][] = [
    ['412,000 cases were reported to WHO from 29 countries.', 'WHO'],
    ['Fifty deaths were reported to the Ministry of Health last week.', 'the Ministry of Health'],
  ];
  for (const [body, source] of cases) {
    const text = DATED(body);
    assert.deepEqual(attributions(text).map((a) => [a.cue, a.source]), [['were reported', source]], body);
    assert.deepEqual(findings(text), [], body);
  }
  // (Reported to no one named, the count is still asked about.)
  assert.ok(findings(DATED('412,000 cases were reported from 29 countries.')).length > 0);
});

test('in an agency\'s own report named by its title line, the agency\'s figures are sourced by the report', () => {
  for (const [title, body] of [
    ['WFP Haiti Emergency Response | Situation Report #9', 'WFP assisted 680,000 people in May.'],
    ['UNHCR Sudan Regional Refugee Response | Update', 'UNHCR\'s financial requirements for 2026 amount to US$ 689 million.'],
    ['WFP Haiti Emergency Response | Situation Report #9', 'In May, WFP reached 680,000 people with food and cash.'],
  ]) assert.deepEqual(findings(DATED(`${title}\n\n${body}`)), [], body);
  // (Another agency's figures, or the same sentence under a newspaper's headline, still need a source.)
  assert.ok(findings(DATED('WFP Haiti Emergency Response | Situation Report #9\n\nUNICEF assisted 680,000 people in May.')).length > 0);
  assert.ok(findings(DATED('Aid reaches Haiti as gangs tighten grip\n\nWFP assisted 680,000 people in May.')).length > 0);
});

test('an adverb before the participle that opens a sentence\'s subject stays in the source: "Newly displaced households"', () => {
  const cases: [string, string][] = [
    ['Newly displaced households cited shelter (72%), food (65%) and water (51%) as their main needs.', 'Newly displaced households'],
    ['Recently arrived refugees said the camps were full.', 'Recently arrived refugees'],
  ];
  for (const [body, source] of cases) assert.equal(attributions(DATED(body))[0]?.source, source, body);
});

test('a participle joined to a progressive inside reported words is no cue of the sentence\'s subject', () => {
  const text = DATED('Unverified reports indicate that armed men are stopping people at checkpoints and demanding payment.');
  assert.deepEqual(attributions(text).map((a) => [a.cue, a.source]), [['indicate', 'Unverified reports']]);
  // (A progressive of the sentence's own subject still has it speak.)
  const own = DATED('The minister is touring the region and warning that crime will rise.');
  assert.ok(attributions(own).some((a) => a.cue === 'warning' && a.source === 'The minister'), own);
});

test('"quoted in the report" says where people were cited, and is no cue', () => {
  const text = DATED('Analysts quoted in the report were divided.');
  assert.deepEqual(attributions(text), []);
  assert.deepEqual(findings(text), []);
});

test('"attributed X to Y" is the subject\'s explanation', () => {
  const cases: [string, string, string][] = [
    ['The ministry attributed the rise in cases to poor sanitation.', 'The ministry', 'the rise in cases to poor sanitation.'],
    ['Authorities attributed the decline to the closure of the border.', 'Authorities', 'the decline to the closure of the border.'],
  ];
  for (const [body, source, content] of cases) assert.deepEqual(attributions(DATED(body)).map((a) => [a.cue, a.source, a.content]), [['attributed', source, content]], body);
  // (Deaths attributed to a disease, a quote attributed to someone: a description, no one's explanation.)
  for (const body of ['Deaths attributed to cholera rose to 40.', 'A quote attributed to Lincoln circulated.']) {
    assert.ok(!attributions(DATED(body)).some((a) => a.cue === 'attributed'), body);
  }
});

test('the factors listed right after a named body\'s assessment are the assessor\'s', () => {
  assert.deepEqual(findings(DATED('WHO assesses the overall risk as high. Factors include insufficient vaccine supply and weak surveillance.')), []);
  assert.deepEqual(findings(DATED('ECDC said the risk was moderate. Contributing factors include low vaccine coverage and weak surveillance.')), []);
  // (After no assessment, the list is the reporter's own.)
  assert.ok(findings(DATED('The risk is high. Factors include insufficient vaccine supply and weak surveillance.')).length > 0);
});

function actors(text: string): string[] {
  return analyze(text).actors.map((a) => `${a.text}|${a.category}${a.entity ? `|${a.entity}` : ''}`);
}

test('actor kinds: a tracking service, a White House task force, the DRC\'s "Congolese", a city in a list of places', () => {
  assert.deepEqual(actors(DATED('The Financial Tracking Service shows the appeal is 12% funded.')), ['Financial Tracking Service|organization']);
  assert.deepEqual(actors(DATED('The Internal Revenue Service said so.')), ['Internal Revenue Service|government']);
  assert.deepEqual(actors(DATED('The White House Coronavirus Task Force met on Monday.')), ['White House Coronavirus Task Force|government']);
  assert.deepEqual(actors(DATED('The Joint Task Force met on Monday.')), ['Joint Task Force|military']);
  assert.deepEqual(
    actors(DATED('Fighting in the Democratic Republic of the Congo has displaced thousands. Congolese said they had fled.')),
    ['Democratic Republic of the Congo|country|country:democratic-republic-of-the-congo', 'Congolese|country|country:democratic-republic-of-the-congo'],
  );
  assert.deepEqual(actors(DATED('Congolese said they had fled.')), ['Congolese|country|country:republic-of-the-congo']);
  assert.deepEqual(actors(DATED('Visas are available in Islamabad, Karachi and London.')), []);
  assert.deepEqual(actors(DATED('Pakistan, Karachi and London met.')).map((a) => a.split('|')[0]), ['Pakistan', 'London']);
});
