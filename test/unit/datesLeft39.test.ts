// Dates session 39 left: festivals, feasts in a tense, and phrases of news copy. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle as analyze, datedBy } from '../support/article';

// (Wednesday 20 March 2024.)
const DATED = datedBy('2024-03-20');

function dates(text: string): [string, string][] {
  return analyze(text).dates.map((d) => [text.slice(d.start, d.end), d.value]);
}
function valueOf(text: string, span: string): string | undefined {
  return analyze(text).dates.find((d) => text.slice(d.start, d.end) === span)?.value;
}

test('Purim, Shavuot, Sukkot and Tet are dated from their tables', () => {
  const cases: [string, string, string][] = [
    ['Israelis will mark Purim next week, police said.', 'Purim', '2024-03-24'],
    ['Shavuos 2023 fell on a Friday.', 'Shavuos 2023', '2023-05-26'],
    ['Pilgrims are expected in Jerusalem for Shavuot, officials said.', 'Shavuot', '2024-06-12'],
    ['Sukkot last year drew thousands to the Western Wall.', 'Sukkot', '2023-09-30'],
    ['Vietnamese families are preparing for Tet, the Lunar New Year.', 'Tet', '2025-01-29'],
    ['T\u1ebft 2023 fell in January.', 'T\u1ebft 2023', '2023-01-22'],
  ];
  for (const [body, span, want] of cases) assert.equal(valueOf(DATED(body), span), want, body);
  // (The Tet Offensive is a campaign's name, no festival.)
  assert.deepEqual(dates(DATED('The Tet Offensive began in 1968.')).map(([s]) => s), ['1968']);
});

test('a festival takes the year, or the month, written right after it', () => {
  const cases: [string, string, string][] = [
    ['Passover in 2025 is in April.', 'Passover', '2025-04-13'],
    ['Tet in 2025 will be early.', 'Tet', '2025-01-29'],
    ['Sukkot is in October this time.', 'Sukkot', '2024-10-17'],
    ['Hanukkah begins in December.', 'Hanukkah', '2024-12-26'],
  ];
  for (const [body, span, want] of cases) assert.equal(valueOf(DATED(body), span), want, body);
});
