// Humanitarian situation reports, flash updates and appeals: OCHA, UNHCR, IOM, WFP, UNICEF and WHO bulletins, NGO
// appeals and cluster updates. Who reports their figures, what their dates are and which of their sentences need a
// source. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze as analyzeWith } from '../../server/src/analysis/analyze';
import { createGazetteer } from '../../server/src/analysis/gazetteer';
import { builtinGlossary } from '../../server/src/glossary';
import { seenOf, type Seen } from '../support/seen';

const gazetteer = createGazetteer(builtinGlossary());
const analyze = (text: string) => analyzeWith(text, { gazetteer });

const DATED = (body: string, date = '2026-05-14'): string => `---\ndate: ${date}\n---\n${body}\n`;

function attributions(text: string): Seen[] {
  return seenOf(text, analyze(text).attributions, true);
}

function findings(text: string): string[] {
  return analyze(text).findings.map((f) => `${f.code}: ${text.slice(f.start, f.end)}`);
}

function actors(text: string): string[] {
  return analyze(text).actors.map((a) => `${a.text}=${a.category}`);
}

test('"according to" set off after an opening adverbial reports the whole sentence, whose figure is then sourced', () => {
  for (const body of [
    'Since the escalation began on 7 October 2023, according to the Ministry of Health, at least 52,400 people have been killed.',
    'In Sudan, according to the Federal Ministry of Health, 11,200 suspected cases were reported in August.',
  ]) {
    const text = DATED(body);
    const got = attributions(text).find((a) => a.cue === 'according to');
    assert.equal(got?.content, body, body);
    assert.deepEqual(findings(text), [], body);
  }
});

test('a ministry with a mixed-case acronym in brackets and its place is the whole source: "the Ministry of Health (MoH) in Gaza"', () => {
  const text = DATED('Between 6 and 12 May, the Ministry of Health (MoH) in Gaza reported that 287 people were killed. According to MoH, 641 were injured.');
  assert.deepEqual(attributions(text).map((a) => a.source), ['the Ministry of Health (MoH) in Gaza', 'MoH']);
  assert.ok(actors(text).includes('MoH=government'));
  const dmr = DATED('According to the Ministry of Disaster Management and Relief (MoDMR), 16 people died. MoDMR said 35,000 houses were destroyed.');
  assert.deepEqual(actors(dmr).filter((a) => a.startsWith('MoDMR')), ['MoDMR=government', 'MoDMR=government']);
});

test('a report\'s sector and section labels before a colon are no speakers: "Education:", "Contacts:", "UNHCR Regional Update:"', () => {
  const text = DATED(
    [
      'UNHCR Regional Update: Democratic Republic of the Congo Situation #58',
      'Education: At least 31 schools were damaged in April, the ministry said.',
      'Health: UNICEF delivered 18 generators to hospitals in Kherson.',
      'Contacts: Regional Bureau for Southern Africa, Pretoria',
      'Next SitRep: 20 August 2026',
    ].join('\n\n'),
  );
  assert.deepEqual(attributions(text).map((a) => a.cue), ['said']);
  const turn = DATED('Jane Doe: We delivered the aid to 4,000 families.');
  assert.deepEqual(attributions(turn).map((a) => [a.cue, a.source]), [[':', 'Jane Doe']]);
});
