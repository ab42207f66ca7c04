// The dates' hint scanner (dates/triggers.ts) against the plain reading of each hint: a rule is tried only from its
// hints' first hits to their last, so a hit the scanner misses is a date lost, and one it invents costs time only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { HINTS } from '../../server/src/analysis/dates/readRules';
import { makeScanner, topLevelAlternatives as alternatives } from '../../server/src/analysis/dates/triggers';

const isWord = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
const WORD_START = /^\\b\(\?:([a-z' |-]+)\)$/;

/** Whether hint h hits at position p of lower: one of its alternatives matches there (word-start lists after no word character but 'k'). */
function hitsAt(h: RegExp, lower: string, p: number): boolean {
  const ws = WORD_START.exec(h.source);
  if (ws) {
    const prev = p === 0 ? 32 : lower.charCodeAt(p - 1);
    return (!isWord(prev) || prev === 107) && ws[1].split('|').some((w) => lower.startsWith(w, p));
  }
  return alternatives(h.source).some((piece) => {
    const re = new RegExp(piece, 'y');
    re.lastIndex = p;
    return re.test(lower);
  });
}

/** First and last hit of every hint, position by position (a bare "\d" hint: its first digit, last the text's length). */
function reference(lower: string): { first: number[]; last: number[] } {
  const first: number[] = [];
  const last: number[] = [];
  HINTS.forEach((h, k) => {
    first[k] = -1;
    last[k] = -1;
    if (h.source === '\\d') {
      first[k] = lower.search(/\d/);
      last[k] = first[k] < 0 ? -1 : lower.length;
      return;
    }
    for (let p = 0; p < lower.length; p++) {
      if (!hitsAt(h, lower, p)) continue;
      if (first[k] < 0) first[k] = p;
      last[k] = p;
    }
  });
  return { first, last };
}

const scanner = makeScanner(HINTS);

function check(lower: string): void {
  const got = scanner.scan(lower);
  const want = reference(lower);
  assert.deepEqual({ first: [...got.first], last: [...got.last] }, want, JSON.stringify(lower));
}

// Pieces the texts are made of: every literal of every hint, cut short too, and the characters the other patterns read.
const literals = [...new Set(HINTS.flatMap((h) => {
  const ws = WORD_START.exec(h.source);
  return ws ? ws[1].split('|') : alternatives(h.source).filter((p) => /^[a-z' -]+$/.test(p));
}))];
const pieces = [
  ...literals,
  ...literals.map((w) => w.slice(0, Math.ceil(w.length / 2))),
  ...' 0123456789 -/\'.,:;k\u2019\u2013\u00e9\u212a'.split(''),
  '19', '2025', '1st', '22nd', '3rd', '4th', 'q3', 'h1', 'fy', '90s', "'90s", 'a.m', 'p.m', '9/11', '-w', 'sha\u2019ban',
];

test('the scanner finds each hint exactly where its own pattern matches, on texts made of the hints\' pieces', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 30 }), (parts) => check(parts.join(''))),
    { numRuns: 400, seed: 24 },
  );
});

test('the scanner on lower-cased news sentences', () => {
  for (const s of [
    'on monday, the ministry said the talks would resume next week, two years after the 2023 accord.',
    'by the end of the third quarter of fy2025, 40 per cent of the 1990s stock was gone; earlier this month it rose.',
    'in mid-october, at 9 a.m. gmt, officials met for the 22nd time since 9/11 \u2014 the \u201890s are long past.',
    'the ramadan truce held for a fortnight; every weekday since, shelling resumed at dusk.',
    '',
    'k',
    '\u212adays',
  ]) check(s);
});
