// IMPERSONAL_CUE.exec without compiling IMPERSONAL_CUE. Three of its alternatives cost a cold process ~45 ms of
// regex compilation, more than the rest together: "it is (widely) believed that", "is (widely) believed" and the
// vague subject ("some critics have argued", "many of the residents said"). They are read here by hand, trying
// the regex's choices in the regex's order (greedy repeats and optional parts first, alternatives left to
// right), and the other alternatives run as three smaller regexes. The leftmost match wins, and at one position
// the earlier alternative, exactly as in the single regex; the unit test compares the two on generated and real
// sentences.
import { codeAt, isAsciiLetterCode, isWordCode, skipBlanks } from './chars';
import {
  BE_WORDS,
  HEDGE_WORDS,
  IMPERSONAL_ALT1,
  IMPERSONAL_MID,
  IMPERSONAL_TAIL,
  IT_ONLY_PASSIVE_WORDS,
  PASSIVE_WORDS,
  VAGUE_ADV_WORDS,
  VAGUE_QUANTITY_WORDS,
  VAGUE_SUBJECT_WORDS,
  VAGUE_VERB_WORDS,
} from './cues';

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
  if (i >= s.length) return -1;
  const c = s.charCodeAt(i) | 32;
  return c >= 97 && c <= 122 && isAsciiLetterCode(s.charCodeAt(i)) ? c - 97 : -1;
}

/** `\w` at s[i] (false outside s). */
function wordAt(s: string, i: number): boolean {
  return isWordCode(codeAt(s, i));
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
  const i = skipBlanks(s, p);
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
  for (const w of VERB[k]) if (matchAt(s, p, w) && !wordAt(s, p + w.length)) return p + w.length;
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

/** Whether s[x, w) is "the", "a" or "an" in any case (the regex's `(?!(?:the|a|an)\s)`). */
function isArticle(s: string, x: number, w: number): boolean {
  const n = w - x;
  if (n === 1) return (s.charCodeAt(x) | 32) === 97;
  if (n === 2) return (s.charCodeAt(x) | 32) === 97 && (s.charCodeAt(x + 1) | 32) === 110;
  return n === 3 && (s.charCodeAt(x) | 32) === 116 && (s.charCodeAt(x + 1) | 32) === 104 && (s.charCodeAt(x + 2) | 32) === 101;
}
/** Whether s[x, w) is "is", "are", "was" or "were" with no passive of opinion after it (the regex's
 * `(?!(?:is|are|was|were)\s+(?!PASSIVE\b))`): "most of the assets are held at" is where they are, no one's view. */
function beWithoutPassive(s: string, x: number, w: number): boolean {
  const n = w - x;
  if (n < 2 || n > 4) return false;
  const word = s.slice(x, w).toLowerCase();
  if (word !== 'is' && word !== 'are' && word !== 'was' && word !== 'were') return false;
  const y = blanks(s, w);
  if (y < 0) return false;
  for (let k = 0; k < PASSIVE_WORDS.length; k++) {
    const p = PASSIVE_WORDS[k];
    if (matchAt(s, y, p) && !isWordCode(s.charCodeAt(y + p.length))) return false;
  }
  return true;
}

/** `(?:(?:of\s+)?(?:the\s+)?(?!(?:the|a|an|to)\s)[a-z-]+\s+){0,left}` then adverbs and a verb, at p ("to" is no word of
 * the subject: in "led some analysts to question", the analysts are the object of the verb before). */
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
      if (w === x || isArticle(s, x, w) || (w - x === 2 && (s.charCodeAt(x) | 32) === 116 && (s.charCodeAt(x + 1) | 32) === 111) || beWithoutPassive(s, x, w)) continue;
      const y = blanks(s, w);
      if (y < 0) continue;
      const r = wordsThenVerb(s, y, left - 1);
      if (r >= 0) return r;
    }
  }
  return adverbsThenVerb(s, p);
}

/** Whether "by" and one blank stand right before p (the regex's `(?<!\bby\s)`): the agent of a participle. */
function afterBy(s: string, p: number): boolean {
  if (p < 3 || (s.charCodeAt(p - 3) | 32) !== 98 || (s.charCodeAt(p - 2) | 32) !== 121 || !/\s/.test(s.charAt(p - 1))) return false;
  return p === 3 || !isWordCode(s.charCodeAt(p - 4));
}

/** The vague-subject alternative at p (a word start): the match's end, or -1. */
function vagueSubjectAt(s: string, p: number): number {
  const k = initial(s, p);
  if (k < 0 || afterBy(s, p)) return -1;
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

// "it (is) (has been) (widely) believed": the passive words, and what must follow ("that", "to", "by some").
const IT_PASSIVE_WORDS = [...PASSIVE_WORDS, ...IT_ONLY_PASSIVE_WORDS];
const IT_FOLLOWERS = ['that', 'to', 'by some', 'by many', 'by most', 'by critics', 'by experts', 'by others'];
const HAS_BEEN = ['has been ', 'had been '];
const PLACE_WORDS = ['in', 'on', 'at', 'from', 'into', 'during'];

/** `(?=,?\s+(?:that|to|by (?:some|...|others))\b)` at p. */
function followedByThat(s: string, p: number): boolean {
  const e = blanks(s, p < s.length && s.charCodeAt(p) === 44 ? p + 1 : p);
  if (e < 0) return false;
  for (let k = 0; k < IT_FOLLOWERS.length; k++) if (matchAt(s, e, IT_FOLLOWERS[k]) && !wordAt(s, e + IT_FOLLOWERS[k].length)) return true;
  return false;
}

/** The passive word of "it ... believed" at q, with its word boundary and what follows: its end, or -1. */
function itPassiveWord(s: string, q: number): number {
  for (let k = 0; k < IT_PASSIVE_WORDS.length; k++) {
    const w = IT_PASSIVE_WORDS[k];
    if (!matchAt(s, q, w)) continue;
    const e = q + w.length;
    if (!wordAt(s, e) && followedByThat(s, e)) return e;
  }
  return -1;
}

/**
 * `(?:w1|w2|...)?` then `rest` at q, tried in the regex's order: each word that is there, then none. The end
 * of the first way that matches, or -1.
 */
function optionally(s: string, q: number, words: readonly string[], rest: (s: string, q: number) => number): number {
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (!matchAt(s, q, w)) continue;
    const r = rest(s, q + w.length);
    if (r >= 0) return r;
  }
  return rest(s, q);
}

const HEDGES_THEN_SPACE = HEDGE_WORDS.map((h) => `${h} `);
const ONE_SPACE = [' '];

/** The hedges of "it is ... known": those of HEDGE_WORDS, and "well" ("It is well known that"). */
const IT_HEDGES_THEN_SPACE = [...HEDGES_THEN_SPACE, 'well '];
/** `(?:hedge )?` then the passive word. */
const itAfterHas = (s: string, q: number): number => optionally(s, q, IT_HEDGES_THEN_SPACE, itPassiveWord);
/** `(?:has been |had been )?` and the rest. */
const itAfterSpace = (s: string, q: number): number => optionally(s, q, HAS_BEEN, itAfterHas);
/** `' ?'` and the rest. */
const itAfterBe = (s: string, q: number): number => optionally(s, q, ONE_SPACE, itAfterSpace);

/** The "it is (widely) believed that" alternative at p (a word start): the match's end, or -1. */
function itPassiveAt(s: string, p: number): number {
  if (!matchAt(s, p, 'it ')) return -1;
  // `(?:be ?(?:has been |had been )?|has been |had been )`, in the regex's order.
  for (let k = 0; k < BE_WORDS.length; k++) {
    if (!matchAt(s, p + 3, BE_WORDS[k])) continue;
    const r = itAfterBe(s, p + 3 + BE_WORDS[k].length);
    if (r >= 0) return r;
  }
  for (let k = 0; k < HAS_BEEN.length; k++) {
    if (!matchAt(s, p + 3, HAS_BEEN[k])) continue;
    const r = itAfterHas(s, p + 3 + HAS_BEEN[k].length);
    if (r >= 0) return r;
  }
  return -1;
}

/** Whether a named agent or a place follows a passive at p: `\s+by\s+(?:the\s+)?[A-Z]` (/i) or `\s+(?:in|...)\b`. */
function agentOrPlaceAfter(s: string, p: number): boolean {
  const e = blanks(s, p);
  if (e < 0) return false;
  if (matchAt(s, e, 'by')) {
    const f = blanks(s, e + 2);
    // "(?:the\s+)?[A-Z]" under /i: any ASCII letter (the "t" of "the" included).
    if (f >= 0 && f < s.length && isAsciiLetterCode(s.charCodeAt(f))) return true;
  }
  for (let k = 0; k < PLACE_WORDS.length; k++) if (matchAt(s, e, PLACE_WORDS[k]) && !wordAt(s, e + PLACE_WORDS[k].length)) return true;
  return false;
}

/** `(?:hedge\s+){0,left}` then a passive word with no named agent or place after it. */
function hedgesThenPassive(s: string, q: number, left: number): number {
  if (left > 0) {
    for (let k = 0; k < HEDGE_WORDS.length; k++) {
      const h = HEDGE_WORDS[k];
      if (!matchAt(s, q, h)) continue;
      const e = blanks(s, q + h.length);
      if (e < 0) continue;
      const r = hedgesThenPassive(s, e, left - 1);
      if (r >= 0) return r;
    }
  }
  for (let k = 0; k < PASSIVE_WORDS.length; k++) {
    const w = PASSIVE_WORDS[k];
    if (!matchAt(s, q, w)) continue;
    const e = q + w.length;
    if (!wordAt(s, e) && !agentOrPlaceAfter(s, e)) return e;
  }
  return -1;
}

/** The "is (widely) believed" alternative at p (a word start): the match's end, or -1. */
function bePassiveAt(s: string, p: number): number {
  for (let k = 0; k < BE_WORDS.length; k++) {
    const b = BE_WORDS[k];
    if (!matchAt(s, p, b)) continue;
    const q = blanks(s, p + b.length);
    if (q < 0) continue;
    const r = hedgesThenPassive(s, q, 2);
    if (r >= 0) return r;
  }
  return -1;
}

// Which hand-read alternative a search runs.
const IT_PASSIVE = 0;
const BE_PASSIVE = 1;
const VAGUE_SUBJECT = 2;
// Lengths (as bits) of the words that can open each: "it"; is, are, was, were, be, been, being, am.
const IT_LENGTHS = 1 << 2;
const BE_LENGTHS = (1 << 2) | (1 << 3) | (1 << 4) | (1 << 5);

// The leftmost hand-read match of a search: its start and end.
let foundAt = -1;
let foundEnd = -1;

/** Leftmost start p < limit (a word start) where alternative `which` matches; sets foundAt/foundEnd. */
function search(s: string, which: number, limit: number): boolean {
  for (let p = 0; p < limit; ) {
    const c = s.charCodeAt(p);
    if (!isWordCode(c)) {
      p++;
      continue;
    }
    const start = p;
    while (p < s.length && isAsciiLetterCode(s.charCodeAt(p))) p++;
    const k = initial(s, start);
    const bit = 1 << Math.min(p - start, 31);
    if (k >= 0) {
      let e = -1;
      // A word of another initial or length cannot open the alternative (its first word is followed by a blank).
      if (which === IT_PASSIVE) e = k === 8 && (IT_LENGTHS & bit) !== 0 ? itPassiveAt(s, start) : -1;
      else if (which === BE_PASSIVE) e = (k === 8 || k === 0 || k === 22 || k === 1) && (BE_LENGTHS & bit) !== 0 ? bePassiveAt(s, start) : -1;
      else e = (FIRST_LENGTHS[k] & bit) !== 0 ? vagueSubjectAt(s, start) : -1;
      if (e >= 0) {
        foundAt = start;
        foundEnd = e;
        return true;
      }
    }
    while (p < limit && wordAt(s, p)) p++;
  }
  return false;
}

/**
 * IMPERSONAL_CUE.exec(s), as a CueMatch. `subjects`, `itPassive` and `bePassive` false say the caller's word scan
 * found that the vague-subject, the "it is believed" or the "is believed" alternative cannot match; `alt1`, `mid`
 * and `tail` false, that IMPERSONAL_ALT1, IMPERSONAL_MID or IMPERSONAL_TAIL cannot.
 */
export function impersonalMatch(s: string, subjects = true, itPassive = true, bePassive = true, alt1 = true, mid = true, tail = true): CueMatch | null {
  // In the regex's order of alternatives; a later one wins only strictly further left.
  let best: CueMatch | null = null;
  const byRegex = (re: RegExp): void => {
    const m = re.exec(s);
    if (m && (!best || m.index < best.index)) best = { index: m.index, text: m[0] };
  };
  const byHand = (which: number): void => {
    if (search(s, which, best ? best.index : s.length)) best = { index: foundAt, text: s.slice(foundAt, foundEnd) };
  };
  if (itPassive) byHand(IT_PASSIVE);
  if (alt1) byRegex(IMPERSONAL_ALT1);
  if (bePassive) byHand(BE_PASSIVE);
  if (mid) byRegex(IMPERSONAL_MID);
  if (subjects) byHand(VAGUE_SUBJECT);
  if (tail) byRegex(IMPERSONAL_TAIL);
  return best;
}
