// impersonalMatch answers exactly what IMPERSONAL_CUE.exec answers: same start, same text, or both nothing.
// Sentences are generated from the regex's own words (cases, blanks, hyphens, digits and the other alternatives
// mixed in, so that ties and backtracking are exercised), plus the repository's sample articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BE_WORDS, HEDGE_WORDS, IMPERSONAL_PARTS, IT_ONLY_PASSIVE_WORDS, PASSIVE_WORDS, VAGUE_ADV_WORDS, VAGUE_QUANTITY_WORDS, VAGUE_SUBJECT_WORDS, VAGUE_VERB_WORDS } from '../../server/src/analysis/cues';
import { impersonalMatch } from '../../server/src/analysis/impersonal';

/** The reference: one regex of all the alternatives, as the core read them before impersonal.ts. */
const IMPERSONAL_CUE = new RegExp(IMPERSONAL_PARTS.join('|'), 'i');

function check(s: string): void {
  const m = IMPERSONAL_CUE.exec(s);
  const got = impersonalMatch(s);
  const want = m ? { index: m.index, text: m[0] } : null;
  assert.deepEqual(got, want, `on ${JSON.stringify(s)}`);
}

test('agrees with IMPERSONAL_CUE on hand-picked sentences', () => {
  for (const s of [
    'Some critics have argued that the plan fails.',
    'interviewed by researchers described it', 'BY critics said', 'standby critics said', 'by  critics said', 'by\tsome say', '_by critics said', 'by critics said',
    'Some observers believe the report understates it.', 'many think a report says so', 'Some of THE people A say', 'some an said', 'many of the the report said',
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
    'It is widely believed that x', 'it was long thought, that', 'it  believed to', 'it has been noted by some critics',
    'it being said that', 'it been said that', 'It is rumoured that', 'was widely seen as weak', 'is believed by The Times',
    'is believed by the 1990s', 'were considered in May', 'is considered into', 'is also widely praised', 'are being cited',
    'it is known,  that', 'it is known, to', 'it is said  by many', 'Being thought of', 'it am felt to',
    'some of\u00a0the\u00a0residents\u00a0say',
    'The ceasefire has largely held.', 'they have often described it', 'it had widely held', 'having generally accepted',
    '',
    'x',
  ]) check(s);
});

/** A small deterministic generator: rnd(n) in [0, n), pick(xs) one of xs. */
function seeded(seed: number): { rnd: (n: number) => number; pick: (xs: string[]) => string } {
  const rnd = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    return (seed >>> 12) % n;
  };
  return { rnd, pick: (xs) => xs[rnd(xs.length)] };
}

test('agrees with IMPERSONAL_CUE on generated sentences', () => {
  const { rnd, pick } = seeded(12345);
  const filler = ['the', 'of', 'of the', 'plan', 'well-known', 'it', 'is', 'was', 'widely', 'believed', 'by', 'that', 'to',
    'there', 'are', 'claims', 'reportedly', 'under', 'fire', 'has', 'come', 'popular', 'belief', 'according', 'x2', '_a', 'and',
    'it is', 'it was', 'it', 'been', 'being', 'be', 'am', 'were', 'has been', 'had been', 'long', 'also', 'best', 'known',
    'felt', 'held', 'noted', 'thought', 'said', 'seen as', 'viewed as', 'rumoured', 'rumored', 'considered', 'by some',
    'by The', 'by the', 'by 2020', 'in', 'into', 'during', 'Smith', ',', 'called', 'that,'];
  const seps = [' ', ' ', ' ', '  ', '\t', '\u00a0', ', ', '. ', '-', '', '\n'];
  const pools = [VAGUE_QUANTITY_WORDS, VAGUE_SUBJECT_WORDS, VAGUE_ADV_WORDS, VAGUE_VERB_WORDS, BE_WORDS, HEDGE_WORDS, PASSIVE_WORDS, filler, filler, filler];
  for (let n = 0; n < 30000; n++) {
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

test('agrees with IMPERSONAL_CUE on generated "it is believed" and "is believed" phrases', () => {
  const { rnd, pick } = seeded(777);
  const maybe = (x: string): string => (rnd(2) ? x : '');
  const blank = (): string => pick([' ', ' ', ' ', '  ', '\t', '', '\u00a0']);
  const word = (xs: string[]): string => {
    const w = pick(xs);
    return rnd(8) === 0 ? w.toUpperCase() : rnd(8) === 0 ? w.slice(0, -1) : w;
  };
  const after = ['that', 'to', 'by some', 'by many', 'by others', 'by The', 'by the 1990s', 'by 2020', 'in', 'into', 'during',
    'on', 'thatx', 'to_', 'the', '', 'by  some', 'by\tmost'];
  for (let n = 0; n < 30000; n++) {
    const lead = pick(['', 'x ', 'Yet ', 'bit ', '(', 'so, ']);
    const head = rnd(2)
      ? `${pick(['it', 'It', 'IT', 'it'])}${pick([' ', ' ', '  ', ''])}${maybe(word(BE_WORDS))}${maybe(' ')}${maybe(pick(['has been ', 'had been ', 'has  been ']))}${maybe(word(HEDGE_WORDS) + pick([' ', ' ', '  ']))}`
      : `${word(BE_WORDS)}${blank()}${maybe(word(HEDGE_WORDS) + blank())}${maybe(word(HEDGE_WORDS) + blank())}`;
    const passive = word([...PASSIVE_WORDS, ...IT_ONLY_PASSIVE_WORDS]);
    check(`${lead}${head}${passive}${pick(['', ',', ', ', ' ,'])}${blank()}${pick(after)}${pick(['', ' x', '.', 's'])}`);
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

test('"It is well known that" is impersonal, as "It is widely known that" is', () => {
  for (const text of ['It is well known that taxes deter investment.', 'It is well understood that the plan failed.']) {
    check(text);
    assert.equal(impersonalMatch(text)?.text.startsWith('It is well'), true, text);
  }
});
