// Dates the round's hunts left (2): a feast in a sentence that opens with its year, a bare quarter after one written
// with its fiscal year, a feast named by its weekday before its day, Diwali, a holiday's standing day in the present,
// "a year earlier" after a span that runs from a year to now. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle as analyze, datedBy } from '../support/article';

const DATED = datedBy('2025-06-10');

function dates(text: string): [string, string][] {
  return analyze(text).dates.map((d) => [text.slice(d.start, d.end), d.value]);
}

test('a bare quarter after one written with its year, in the sentence, is of that year', () => {
  assert.deepEqual(dates(DATED('Growth was 7% in Q3 FY26 and 6.5% in Q4.')), [['Q3 FY26', '2026-Q3'], ['Q4', '2026-Q4']]);
  assert.deepEqual(dates(DATED('Sales rose 4% in Q3 2026 and 2% in Q4.')), [['Q3 2026', '2026-Q3'], ['Q4', '2026-Q4']]);
  assert.deepEqual(dates(DATED('Margins rose in H1 FY25 and fell in H2.')), [['H1 FY25', '2025-H1'], ['H2', '2025-H2']]);
  // (In the next sentence the tense picks it again.)
  assert.deepEqual(dates(DATED('Sales rose 4% in Q3 2026. In Q4 they fell.')), [['Q3 2026', '2026-Q3'], ['Q4', '2024-Q4']]);
});

test('a feast named by its weekday, before its day, is one date with the feast\'s name', () => {
  assert.deepEqual(dates(DATED('The parade is on Palm Sunday, April 13, and the mass on Easter Sunday, April 20.')), [
    ['Palm Sunday, April 13', '2025-04-13'],
    ['Easter Sunday, April 20', '2025-04-20'],
  ]);
  assert.deepEqual(dates(DATED('Shops close on Good Friday, 18 April.')), [['Good Friday, 18 April', '2025-04-18']]);
  assert.deepEqual(dates(DATED('It was a good Sunday, April 13.')), [['Sunday, April 13', '2025-04-13']]);
});
