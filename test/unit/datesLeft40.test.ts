// Dates session 40 left: festivals, schedules told in the past, habits and news phrases. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle as analyze, datedBy } from '../support/article';

// (Friday 14 November 2025.)
const DATED = datedBy('2025-11-14');

function dates(text: string): [string, string][] {
  return analyze(text).dates.map((d) => [text.slice(d.start, d.end), d.value]);
}
function valueOf(text: string, span: string): string | undefined {
  return analyze(text).dates.find((d) => text.slice(d.start, d.end) === span)?.value;
}

test('a Ramadan whose start has a day of its own, "around" it or with no "on", leaves it to that day', () => {
  assert.deepEqual(dates(DATED('Ramadan began around Feb. 18, officials said.')), [['around Feb. 18', '2025-02-18']]);
  assert.deepEqual(dates(DATED('Ramadan will start around Feb. 18, astronomers said.')), [['around Feb. 18', '2026-02-18']]);
  assert.deepEqual(dates(DATED('Ramadan began Monday, officials said.')), [['Monday', '2025-11-10']]);
  // (Without a day, the Ramadan is still the one begun.)
  assert.deepEqual(dates(DATED('Ramadan began in a tense mood.')), [['Ramadan', '2025-03']]);
});
