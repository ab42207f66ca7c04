// impersonalMatch answers exactly what IMPERSONAL_CUE.exec answers: same start, same text, or both nothing.
// Sentences are generated from the regex's own words (cases, blanks, hyphens, digits and the other alternatives
// mixed in, so that ties and backtracking are exercised), plus the repository's sample articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { IMPERSONAL_CUE, VAGUE_ADV_WORDS, VAGUE_QUANTITY_WORDS, VAGUE_SUBJECT_WORDS, VAGUE_VERB_WORDS } from '../../server/src/analysis/cues';
import { impersonalMatch } from '../../server/src/analysis/impersonal';

function check(s: string): void {
  const m = IMPERSONAL_CUE.exec(s);
  const got = impersonalMatch(s);
  const want = m ? { index: m.index, text: m[0] } : null;
  assert.deepEqual(got, want, `on ${JSON.stringify(s)}`);
}

test('agrees with IMPERSONAL_CUE on hand-picked sentences', () => {
  for (const s of [
    'Some critics have argued that the plan fails.',
    'many of the residents said no',
    'Most of the people in the town would also say so.',
    'A number of experts believe it, some say.',
    'It is widely believed that the vote was rigged, critics argue.',
    'Critics, reportedly, said nothing.',
    'some people point out that the others disagree',
    'SOME   OBSERVERS\tSAID',
    'several well-known figures have claimed',
    'some_people said',
    'some people said2 things',
    'others say; there are claims of fraud',
    'lots of the of the people said',
    'a lot of them maybe would have said',
    'There have been reports that some believe it.',
    'other people, they say',
    'some of\u00a0the\u00a0residents\u00a0say',
    '',
    'x',
  ]) check(s);
});

test('agrees with IMPERSONAL_CUE on generated sentences', () => {
  let seed = 12345;
  const rnd = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    return seed % n;
  };
  const pick = (xs: string[]): string => xs[rnd(xs.length)];
  const filler = ['the', 'of', 'of the', 'plan', 'well-known', 'it', 'is', 'was', 'widely', 'believed', 'by', 'that', 'to',
    'there', 'are', 'claims', 'reportedly', 'under', 'fire', 'has', 'come', 'popular', 'belief', 'according', 'x2', '_a', 'and'];
  const seps = [' ', ' ', ' ', '  ', '\t', '\u00a0', ', ', '. ', '-', '', '\n'];
  const pools = [VAGUE_QUANTITY_WORDS, VAGUE_SUBJECT_WORDS, VAGUE_ADV_WORDS, VAGUE_VERB_WORDS, filler, filler];
  for (let n = 0; n < 20000; n++) {
    const parts: string[] = [];
    const len = 1 + rnd(12);
    for (let k = 0; k < len; k++) {
      let w = pick(pools[rnd(pools.length)]);
      const c = rnd(10);
      if (c === 0) w = w.toUpperCase();
      else if (c === 1) w = w.charAt(0).toUpperCase() + w.slice(1);
      parts.push(w, k + 1 < len ? pick(seps) : pick(['', '.', ' ', 's', '1', "'s"]));
    }
    check(parts.join(''));
  }
});

test('agrees with IMPERSONAL_CUE on the sample articles', () => {
  const dir = path.join(__dirname, '..', 'fixtures');
  for (const f of fs.readdirSync(dir)) {
    if (!/\.(?:news|article)$/.test(f)) continue;
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    for (const s of text.split(/(?<=[.!?])\s+|\n+/)) check(s);
  }
});
