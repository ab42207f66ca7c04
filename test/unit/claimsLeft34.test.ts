// Claims the last round left (2): a decision's terms and its vote, a court's order, a situation report's own figures,
// a release's own statements, a fact-check's verdict. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf as attributions, datedBy, findingsOf as findings } from '../support/article';

const DATED = datedBy('2026-11-30');

test('a decision\'s terms and its vote, reported as events, are its record: "Ministers agreed a 20 billion euro fund."', () => {
  for (const body of [
    'Ministers agreed a 20 billion euro fund.',
    'EU finance ministers agreed on a 150 billion euro loan scheme.',
    'The text was adopted by 26 member states.',
    'The bill was passed by 312 votes to 201.',
    'The court ordered Poland to pay the applicant 20,000 euros in damages.',
  ]) assert.deepEqual(findings(DATED(body)), [], body);
  // (A cause or a judgement beside the decision, and a text's figures with no vote, still want a source.)
  assert.equal(findings(DATED('Ministers agreed a 20 billion euro fund because the war had destroyed 40% of the grid.')).length, 1);
  assert.equal(findings(DATED('The court ordered Poland to pay 20,000 euros, the largest award in the chamber cases.')).length, 1);
  assert.equal(findings(DATED('The text, which will cost 20 billion euros, is the largest ever.')).length, 1);
});

test("a flash update's or a situation report's own figures: its count to a day, its rates, its toll", () => {
  for (const title of ['Democratic Republic of the Congo: Kasai Floods\nFlash Update No. 2\n\n', 'Disease Outbreak News\nMpox - Sierra Leone\n\n', 'Kasai Floods Situation Report No. 4\n\n']) {
    for (const body of [
      'As of 30 November, 1,240 people have been displaced in Kasai.',
      'The case fatality rate stands at 1.7 per cent.',
      'At least 27 people have died and 41 are missing.',
      'Some 3,400 houses have been destroyed or damaged in Tshikapa and Kamonia territories.',
      'Shelter: 1,100 emergency shelter kits have been distributed in Tshikapa.',
      'WASH: 180,000 litres of water are trucked daily to displacement sites.',
      'Humanitarian partners have reached 6,200 people with emergency shelter kits.',
    ]) assert.deepEqual(findings(DATED(title + body)), [], title + body);
  }
  // (The same figures in a newspaper's story, and a cause in the report, still want a source.)
  for (const body of ['As of 30 November, 1,240 people have been displaced in Kasai.', 'The case fatality rate stands at 1.7 per cent.', 'At least 27 people have died and 41 are missing.']) {
    assert.equal(findings(DATED('Floods hit Kasai\n\n' + body)).length, 1, body);
  }
  assert.equal(findings(DATED('Kasai Floods\nFlash Update No. 2\n\nTorrential rains since 24 November have caused the rivers to burst their banks.')).length, 1);
});
