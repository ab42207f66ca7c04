// Technology and cyber policy copy: advisories, CVEs and patches, threat actors, chip export controls, AI rules and
// data-protection fines. What its dates, actors and unsourced claims look like. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze as analyzeWith } from '../../server/src/analysis/analyze';
import { createGazetteer } from '../../server/src/analysis/gazetteer';
import { builtinGlossary } from '../../server/src/glossary';

const gazetteer = createGazetteer(builtinGlossary());
const analyze = (text: string) => analyzeWith(text, { gazetteer });

const DATED = (body: string, date = '2024-03-06'): string => `---\ndate: ${date}\n---\n${body}\n`;

function dates(text: string): string[] {
  return analyze(text).dates.map((d) => `${text.slice(d.start, d.end)}=${d.value}`);
}

function actors(text: string): string[] {
  return analyze(text).actors.map((a) => `${text.slice(a.start, a.end)}|${a.category}`);
}

function findings(text: string): string[] {
  return analyze(text).findings.map((f) => `${f.code}: ${text.slice(f.start, f.end)}`);
}

test('a zero-day is a flaw, no stretch of no days', () => {
  for (const body of [
    'Apple patched two zero-day vulnerabilities that were exploited against iPhones.',
    'Google fixed another zero-day in Chrome, its fifth this year.',
    'The vendor shipped fixes for three zero-days on Tuesday.',
  ]) assert.ok(!dates(DATED(body)).some((d) => d.startsWith('zero') || d.includes('zero-day')), body);
  // A count of days that happens to be none is still read.
  assert.deepEqual(dates(DATED('The reservoir had zero days of supply left.')).filter((d) => d.includes('zero')), ['zero days=P0D']);
});

test('"Midnight Blizzard" and names like it are no clock time', () => {
  for (const body of [
    'The emails were related to Midnight Blizzard itself, the company said.',
    'Officials attributed the intrusion to Midnight Blizzard on Friday.',
  ]) assert.ok(!dates(DATED(body)).some((d) => d.startsWith('Midnight')), body);
  // Midnight as an hour, before its day, is still a time.
  assert.ok(dates(DATED('The rules take effect at Midnight Friday.')).some((d) => d.startsWith('Midnight')));
  assert.ok(dates(DATED('The ban takes effect at midnight on Friday.')).some((d) => d.startsWith('midnight')));
});
