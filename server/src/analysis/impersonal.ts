// IMPERSONAL_CUE.exec without compiling IMPERSONAL_CUE. Its vague-subject alternative ("some critics have
// argued", "many of the residents said") costs a cold process ~30 ms of regex compilation, more than the rest of
// the regex together, so it is read here by hand, trying the regex's choices in the regex's order (greedy
// repeats first, alternatives left to right), and the other alternatives run as two smaller regexes. The
// leftmost match wins, and at one position the earlier alternative, exactly as in the single regex; the unit
// test compares the two on generated and real sentences.
import { isAsciiLetterCode, isSpaceCode, isWordCode } from './chars';
import { IMPERSONAL_HEAD, IMPERSONAL_TAIL, VAGUE_ADV_WORDS, VAGUE_QUANTITY_WORDS, VAGUE_SUBJECT_WORDS, VAGUE_VERB_WORDS } from './cues';

/** A match: where it starts and what it covers (IMPERSONAL_CUE's `index` and `[0]`). */
export interface CueMatch {
  index: number;
  text: string;
}

/** Words by their first letter, keeping the regex's order within a letter. */
function byInitial(words: string[]): string[][] {
  const out: string[][] = [];
  for (let c = 0; c < 26; c++) out.push([]);
  for (const w of words) out[w.charCodeAt(0) - 97].push(w);
  return out;
}
const QUANTITY = byInitial(VAGUE_QUANTITY_WORDS);
const SUBJECT = byInitial(VAGUE_SUBJECT_WORDS);
const ADV = byInitial(VAGUE_ADV_WORDS);
const VERB = byInitial(VAGUE_VERB_WORDS);
// Per initial, the lengths (as bits) of the first words of the subject alternatives ("some", "a", "lots",
// "critics"): a word of another length cannot open a match, since each first word is followed by a blank.
const FIRST_LENGTHS: number[] = [];
for (let c = 0; c < 26; c++) FIRST_LENGTHS.push(0);
for (const w of [...VAGUE_QUANTITY_WORDS, ...VAGUE_SUBJECT_WORDS]) {
  const first = w.split(' ')[0];
  FIRST_LENGTHS[first.charCodeAt(0) - 97] |= 1 << Math.min(first.length, 31);
}

/** Index 0-25 of the ASCII letter at s[i], either case, or -1. */
function initial(s: string, i: number): number {
  const c = s.charCodeAt(i) | 32;
  return c >= 97 && c <= 122 && isAsciiLetterCode(s.charCodeAt(i)) ? c - 97 : -1;
}

/** Whether s holds `lit` (lower-case letters and spaces) at p, letters in either case (a non-Unicode /i regex). */
function matchAt(s: string, p: number, lit: string): boolean {
  if (p + lit.length > s.length) return false;
  for (let k = 0; k < lit.length; k++) {
    const l = lit.charCodeAt(k);
    const c = s.charCodeAt(p + k);
    if (l === 32 ? c !== 32 : (c | 32) !== l) return false;
  }
  return true;
}

/** End of the blank run at p, or -1 when there is none (`\s+`). */
function blanks(s: string, p: number): number {
  let i = p;
  while (i < s.length && isSpaceCode(s.charCodeAt(i))) i++;
  return i > p ? i : -1;
}

/** `(?:word)\s+` for one of `words` at p: the end of the blanks, or -1. */
function wordThenBlanks(s: string, p: number, words: string[][]): number {
  const k = initial(s, p);
  if (k < 0) return -1;
  for (const w of words[k]) {
    if (!matchAt(s, p, w)) continue;
    const e = blanks(s, p + w.length);
    if (e >= 0) return e;
  }
  return -1;
}

/** `(?:verbs)\b` at p: the end of the verb, or -1. */
function verbAt(s: string, p: number): number {
  const k = initial(s, p);
  if (k < 0) return -1;
  for (const w of VERB[k]) if (matchAt(s, p, w) && !isWordCode(s.charCodeAt(p + w.length))) return p + w.length;
  return -1;
}

/** `(?:(?:adverbs)\s+){0,2}(?:verbs)\b` at p. */
function adverbsThenVerb(s: string, p: number): number {
  const a1 = wordThenBlanks(s, p, ADV);
  if (a1 >= 0) {
    const a2 = wordThenBlanks(s, a1, ADV);
    if (a2 >= 0) {
      const v = verbAt(s, a2);
      if (v >= 0) return v;
    }
    const v = verbAt(s, a1);
    if (v >= 0) return v;
  }
  return verbAt(s, p);
}

/** `(?:(?:of\s+)?(?:the\s+)?[a-z-]+\s+){0,left}` then adverbs and a verb, at p. */
function wordsThenVerb(s: string, p: number, left: number): number {
  if (left > 0) {
    // The four ways into one more word, in the regex's order: "of the", "of", "the", neither.
    for (let o = 0; o < 4; o++) {
      let x = p;
      if (o < 2) {
        if (!matchAt(s, x, 'of')) continue;
        x = blanks(s, x + 2);
        if (x < 0) continue;
      }
      if (o === 0 || o === 2) {
        if (!matchAt(s, x, 'the')) continue;
        x = blanks(s, x + 3);
        if (x < 0) continue;
      }
      let w = x;
      while (w < s.length && (isAsciiLetterCode(s.charCodeAt(w)) || s.charCodeAt(w) === 45)) w++;
      if (w === x) continue;
      const y = blanks(s, w);
      if (y < 0) continue;
      const r = wordsThenVerb(s, y, left - 1);
      if (r >= 0) return r;
    }
  }
  return adverbsThenVerb(s, p);
}

/** The vague-subject alternative at p (a word start): the match's end, or -1. */
function vagueSubjectAt(s: string, p: number): number {
  const k = initial(s, p);
  if (k < 0) return -1;
  for (const q of QUANTITY[k]) {
    if (!matchAt(s, p, q)) continue;
    const e = blanks(s, p + q.length);
    if (e < 0) continue;
    const r = wordsThenVerb(s, e, 3);
    if (r >= 0) return r;
  }
  for (const w of SUBJECT[k]) {
    if (!matchAt(s, p, w)) continue;
    const e = blanks(s, p + w.length);
    if (e < 0) continue;
    const r = adverbsThenVerb(s, e);
    if (r >= 0) return r;
  }
  return -1;
}

/**
 * IMPERSONAL_CUE.exec(s), as a CueMatch. `subjects` false says the caller's word scan found no vague subject with
 * a verb close enough after it (cues.ts IMP_NEAR_SUBJ_VERB), so the vague-subject alternative cannot match.
 */
export function impersonalMatch(s: string, subjects = true): CueMatch | null {
  const head = IMPERSONAL_HEAD.exec(s);
  let index = head ? head.index : -1;
  let text = head ? head[0] : '';
  // The vague subject wins only left of the head alternatives' match (at the same place they come first).
  const limit = subjects ? (head ? head.index : s.length) : 0;
  // From word start to word start (`\b` before a letter).
  for (let p = 0; p < limit; ) {
    const c = s.charCodeAt(p);
    if (!isWordCode(c)) {
      p++;
      continue;
    }
    const start = p;
    while (p < s.length && isAsciiLetterCode(s.charCodeAt(p))) p++;
    const k = initial(s, start);
    if (k >= 0 && (FIRST_LENGTHS[k] & (1 << Math.min(p - start, 31))) !== 0) {
      const e = vagueSubjectAt(s, start);
      if (e >= 0) {
        index = start;
        text = s.slice(start, e);
        break;
      }
    }
    while (p < limit && isWordCode(s.charCodeAt(p))) p++;
  }
  // The tail alternatives come last: they win only strictly further left.
  const tail = IMPERSONAL_TAIL.exec(s);
  if (tail && (index < 0 || tail.index < index)) {
    index = tail.index;
    text = tail[0];
  }
  return index < 0 ? null : { index, text };
}
