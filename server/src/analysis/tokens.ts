// Word tokens for phrase matching: the gazetteer and the actor patterns share this so that a glossary alias
// and the article text are cut the same way.
import { hashWord, lazyRegExp } from './chars';

/** A word token: its range, its text, and a normalised key (lower case, no diacritics, dots removed). */
export interface Token {
  start: number;
  end: number;
  text: string;
  key: string;
  /** hashWord(key), computed while the word is scanned: KeyTable looks the key up by it without hashing the string. */
  hash: number;
  /** SHAPE_* bits of text, noted while the word is scanned. */
  shape: number;
}

/** Token.shape: the word holds a character beyond ASCII. */
export const SHAPE_NON_ASCII = 1;
/** Token.shape: the word holds two ASCII capitals or more. */
export const SHAPE_TWO_CAPS = 2;
/** Token.shape: the word begins with a capital (an ASCII one, or beyond ASCII a letter that lower-casing changes). */
export const SHAPE_CAP = 4;

/** Whether a word begins with a letter beyond ASCII that lower-casing changes. */
function capitalBeyondAscii(w: string): boolean {
  if (w.charCodeAt(0) < 128) return false;
  const ch = w.charAt(0);
  return ch !== ch.toLowerCase();
}

/** The SHAPE_* bits of a word (for the rare tokens not scanned letter by letter: dotted abbreviations). */
function shapeOf(w: string): number {
  let caps = 0;
  let shape = 0;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c >= 128) shape |= SHAPE_NON_ASCII;
    else if (c >= 65 && c <= 90) caps++;
  }
  if ((w.charCodeAt(0) >= 65 && w.charCodeAt(0) <= 90) || capitalBeyondAscii(w)) shape |= SHAPE_CAP;
  return caps >= 2 ? shape | SHAPE_TWO_CAPS : shape;
}

// Dotted abbreviations ("U.S.", "U.K", "U.N.") are one token so that they meet the acronym "US";
// everything else is a run of letters, marks and digits. Hyphens and apostrophes separate tokens, which
// makes "al-Qaeda" = "al Qaeda" and leaves the "s" of "Iraq's" outside "Iraq".
const MARKS_RE = lazyRegExp(() => /\p{M}/gu);

/** Lower-cases and strips diacritics and dots: the form both aliases and text are compared in. */
export function normaliseWord(word: string): string {
  const w = word.indexOf('.') >= 0 ? word.replace(/\./g, '') : word;
  let ascii = true;
  let upper = false;
  for (let k = 0; k < w.length && ascii; k++) {
    const c = w.charCodeAt(k);
    if (c > 127) ascii = false;
    else if (c >= 65 && c <= 90) upper = true;
  }
  // Most words are already lower-case ASCII: reuse the string rather than allocate a copy.
  if (ascii) return upper ? w.toLowerCase() : w;
  const folded = dropMarks(w.normalize('NFD')).toLowerCase();
  // Letters that carry their stroke or dot in the letter itself, not as a mark: "Łukasz", "Đurić", "Yıldırım".
  return HAS_STROKED_RE.test(folded) ? folded.replace(STROKED_RE, strokedBase) : folded;
}
/**
 * A string without its combining marks (\p{M}). Below U+0370 the marks are exactly U+0300-U+036F, where Latin letters'
 * accents decompose to: such a string (nearly every word) is read by code, without compiling the Unicode class (a unit
 * test checks every code below U+0370 against it).
 */
function dropMarks(s: string): string {
  let out = '';
  let from = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 0x300) continue;
    if (c >= 0x370) return s.replace(MARKS_RE(), '');
    out += s.slice(from, k);
    from = k + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}
const HAS_STROKED_RE = /[łđıøħŧ]/;
const STROKED_RE = /[łđıøħŧ]/g;
const STROKED_BASE: Record<string, string> = { ł: 'l', đ: 'd', ı: 'i', ø: 'o', ħ: 'h', ŧ: 't' };
function strokedBase(ch: string): string {
  return STROKED_BASE[ch] ?? ch;
}

const WORD_CHAR_RE = lazyRegExp(() => /[\p{L}\p{M}\p{N}]/u);
const UPPER_RE = /\p{Lu}/u;

/** Whether the UTF-16 unit at i is part of a word (ASCII fast path; a surrogate counts when its code point does). */
function isWordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  // Latin-1's letters and numbers, Latin Extended-A and -B (all letters), the combining diacritics (all marks) and the
  // general punctuation (none): an article's curly quotes, dashes and accented letters without the Unicode class's
  // regex (a unit test checks every code of these blocks against it).
  if (c < 0x100) return c >= 0xc0 ? c !== 0xd7 && c !== 0xf7 : c === 0xaa || c === 0xb2 || c === 0xb3 || c === 0xb5 || c === 0xb9 || c === 0xba || (c >= 0xbc && c <= 0xbe);
  if (c < 0x250 || (c >= 0x300 && c < 0x370)) return true;
  if (c >= 0x2000 && c < 0x2070) return false; // (fold: checked: the marks' one-byte forms are no letters above either)
  if (c >= 0xd800 && c <= 0xdbff) return WORD_CHAR_RE().test(text.slice(i, i + 2));
  if (c >= 0xdc00 && c <= 0xdfff) return WORD_CHAR_RE().test(text.slice(i - 1, i + 1));
  return WORD_CHAR_RE().test(text[i]);
}

function isUpperAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_RE.test(text[i]);
}

/**
 * Where a dotted abbreviation of two to six capitals that starts at i ends ("U.S.", "U.K", "U.N."), or -1. (Shared by
 * both tokenizers: it runs rarely, so what kinds of string it has met does not matter.)
 */
function dottedEnd(text: string, i: number, end: number): number {
  let j = i;
  let letters = 0;
  while (j + 1 < end && letters < 6 && isUpperAt(text, j) && text.charCodeAt(j + 1) === 46) {
    j += 2;
    letters++;
  }
  // "U.S" without the last dot, or a final letter after the dots
  if (j < end && isUpperAt(text, j) && !isWordAt(text, j + 1)) {
    j++;
    letters++;
    if (text.charCodeAt(j) === 46) j++;
  }
  return letters >= 2 && !isWordAt(text, j) ? j : -1;
}

/**
 * The token of a dotted abbreviation that starts at the capital at i, pushed onto out, and its end; or -1 when there is
 * none. Shared by both tokenizers, called at every capital: the rare branch's operations are met early (glossary names
 * such as "U.S."), and do not throw away an optimised tokenizer when the article's first one comes.
 */
function pushDotted(text: string, i: number, end: number, out: Token[]): number {
  if (text.charCodeAt(i + 1) !== 46 || !isUpperAt(text, i + 2)) return -1;
  const j = dottedEnd(text, i, end);
  if (j > 0) {
    const w = text.slice(i, j);
    const key = normaliseWord(w);
    out.push({ start: i, end: j, text: w, key, hash: hashWord(key), shape: shapeOf(w) });
  }
  return j;
}

/**
 * Pushes the token of the word w = text[i, j) with `caps` ASCII capitals (upperFirst: the first is one); h is its hash
 * if it is all ASCII. Shared by both tokenizers for the same reason as pushDotted: the glossary's accented names meet
 * the branch of a word beyond ASCII before the article's first one would throw away the optimised tokenizer.
 */
function pushWord(out: Token[], i: number, j: number, w: string, nonAscii: boolean, caps: number, h: number, upperFirst: boolean): void {
  const shape = (nonAscii ? SHAPE_NON_ASCII : 0) | (caps >= 2 ? SHAPE_TWO_CAPS : 0) | (upperFirst || (nonAscii && capitalBeyondAscii(w)) ? SHAPE_CAP : 0);
  if (nonAscii) {
    const key = normaliseWord(w);
    out.push({ start: i, end: j, text: w, key, hash: hashWord(key), shape });
  } else if (caps === 1 && w === 'Sec') out.push({ start: i, end: j, text: w, key: 'secretary', hash: SECRETARY_HASH, shape });
  else out.push({ start: i, end: j, text: w, key: caps ? w.toLowerCase() : w, hash: h, shape });
}
/** "Sec." is the Philippine press's secretary ("Foreign Affairs Sec. Theresa Lazaro"), keyed as the word it stands for;
 * "SEC", the Securities and Exchange Commission, keeps its own key. */
const SECRETARY_HASH = hashWord('secretary');

/** Tokens of text[from, to). Linear in the length of the range; a hand-written scanner because this runs
 * over every word of every article (it is equivalent to /(?:\p{Lu}\.){1,5}\p{Lu}\.?|[\p{L}\p{M}\p{N}]+/gu).
 * ASCII words are keyed while they are scanned, so most tokens cost one slice (and one lower-casing when
 * they hold a capital). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const end = Math.min(to, text.length);
  let i = Math.max(0, from);
  while (i < end) {
    const c = text.charCodeAt(i);
    const upperFirst = c < 128 ? c >= 65 && c <= 90 : false;
    if (c < 128) {
      if (!(upperFirst || (c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
        i++;
        continue;
      }
    } else if (!isWordAt(text, i)) {
      i++;
      continue;
    }
    // Dotted abbreviation: U.S. / U.K / U.N.
    if (upperFirst || (c >= 128 && isUpperAt(text, i))) {
      const j = pushDotted(text, i, end, out);
      if (j > 0) {
        i = j;
        continue;
      }
    }
    // The ASCII capitals, and whether the word holds a non-ASCII unit.
    let caps = upperFirst ? 1 : 0;
    let nonAscii = c >= 128;
    // hashWord of the lower-cased ASCII word, summed as it is read (a word beyond ASCII is hashed from its key).
    let h = upperFirst ? c + 32 : c;
    let j = i + 1;
    while (j < end) {
      const d = text.charCodeAt(j);
      if (d < 128) {
        if ((d >= 97 && d <= 122) || (d >= 48 && d <= 57)) h = (Math.imul(h, 31) + d) | 0;
        else if (d >= 65 && d <= 90) {
          caps++;
          h = (Math.imul(h, 31) + d + 32) | 0;
        } else break;
      } else if (isWordAt(text, j)) nonAscii = true;
      else break;
      // One increment for every kind of letter: one first met in a rare branch (a word's first accented letter) would
      // throw away the optimised tokenizer.
      j++;
    }
    pushWord(out, i, j, text.slice(i, j), nonAscii, caps, h, upperFirst);
    i = j;
  }
  return out;
}

/**
 * tokenize, line for line, for the article's own text only (its paragraphs). V8 records per function which kinds of
 * string its character reads have met: one function fed both the glossary's names and word lists (one-byte strings) and
 * an article held in two bytes (any curly quote) reads that article by the slow generic path, twice the cost of this
 * pass over every word. (A unit test keeps the two copies equal.)
 */
export function tokenizeText(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const end = Math.min(to, text.length);
  let i = Math.max(0, from);
  while (i < end) {
    const c = text.charCodeAt(i);
    const upperFirst = c < 128 ? c >= 65 && c <= 90 : false;
    if (c < 128) {
      if (!(upperFirst || (c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
        i++;
        continue;
      }
    } else if (!isWordAt(text, i)) {
      i++;
      continue;
    }
    // Dotted abbreviation: U.S. / U.K / U.N.
    if (upperFirst || (c >= 128 && isUpperAt(text, i))) {
      const j = pushDotted(text, i, end, out);
      if (j > 0) {
        i = j;
        continue;
      }
    }
    // The ASCII capitals, and whether the word holds a non-ASCII unit.
    let caps = upperFirst ? 1 : 0;
    let nonAscii = c >= 128;
    // hashWord of the lower-cased ASCII word, summed as it is read (a word beyond ASCII is hashed from its key).
    let h = upperFirst ? c + 32 : c;
    let j = i + 1;
    while (j < end) {
      const d = text.charCodeAt(j);
      if (d < 128) {
        if ((d >= 97 && d <= 122) || (d >= 48 && d <= 57)) h = (Math.imul(h, 31) + d) | 0;
        else if (d >= 65 && d <= 90) {
          caps++;
          h = (Math.imul(h, 31) + d + 32) | 0;
        } else break;
      } else if (isWordAt(text, j)) nonAscii = true;
      else break;
      // One increment for every kind of letter: one first met in a rare branch (a word's first accented letter) would
      // throw away the optimised tokenizer.
      j++;
    }
    pushWord(out, i, j, text.slice(i, j), nonAscii, caps, h, upperFirst);
    i = j;
  }
  return out;
}

/** The keys of a phrase's tokens joined by spaces: "Secretary-General" is "secretary general". */
export function phraseKeyOf(phrase: string): string {
  // A phrase of lower-case ASCII words and digits, one space between, is its own key: most entries of the word lists,
  // each keyed at every start, are answered without tokens.
  let plain = phrase.length > 0;
  for (let k = 0; k < phrase.length && plain; k++) {
    const c = phrase.charCodeAt(k);
    if (c === 32) plain = k > 0 && k < phrase.length - 1 && phrase.charCodeAt(k - 1) !== 32;
    else plain = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  }
  return plain ? phrase : keyOfTokens(tokenize(phrase));
}

/** The tokens' keys joined by spaces. */
export function keyOfTokens(toks: readonly Token[]): string {
  let key = toks.length ? toks[0].key : '';
  for (let j = 1; j < toks.length; j++) key += ' ' + toks[j].key;
  return key;
}

/**
 * A map from word keys to values, looked up with the key's hash (Token.hash): a token's words are asked about in a few
 * tables of thousands of keys (the glossary's first words, the word lists), and a Map would hash each new key string
 * again and walk its chains comparing strings. Open addressing over the stored hashes; a key is compared only where
 * its hash matches.
 */
export class KeyTable<V> {
  private keys!: (string | null)[];
  /** Per slot: 0 empty, else the key's hash (1 for a hash of 0), which also places it (slot). */
  private tags!: Int32Array;
  private values!: (V | undefined)[];
  private shift!: number;
  private count = 0;

  /** A table with room for `capacity` keys before it first grows (building one of thousands of keys from two slots up
   * rehashed it a dozen times). */
  constructor(capacity = 1) {
    let n = 2;
    while (n < capacity * 2) n *= 2;
    this.alloc(n);
  }

  get size(): number {
    return this.count;
  }

  /** Empty slots for n keys (a power of two); slot() keeps a tag's top log2(n) bits. */
  private alloc(n: number): void {
    this.keys = new Array<string | null>(n).fill(null);
    this.tags = new Int32Array(n);
    this.values = new Array<V | undefined>(n).fill(undefined);
    this.shift = 1 + Math.clz32(n);
    this.count = 0;
  }

  private slot(tag: number): number {
    return Math.imul(tag, 0x9e3779b1) >>> this.shift;
  }

  /** The value of key, whose hashWord is hash. */
  get(key: string, hash: number): V | undefined {
    // (A miss, most lookups, reads only the typed array of tags: the keys' array is read where a tag matches.)
    const tags = this.tags;
    const mask = tags.length - 1;
    const tag = hash === 0 ? 1 : hash;
    for (let i = this.slot(tag); ; i = (i + 1) & mask) {
      const t = tags[i];
      if (t === 0) return undefined;
      if (t === tag && this.keys[i] === key) return this.values[i];
    }
  }

  set(key: string, value: V, hash = hashWord(key)): void {
    const mask = this.tags.length - 1;
    const tag = hash === 0 ? 1 : hash;
    let i = this.slot(tag);
    for (; ; i = (i + 1) & mask) {
      const t = this.tags[i];
      if (t === 0) break;
      if (t === tag && this.keys[i] === key) {
        this.values[i] = value;
        return;
      }
    }
    this.keys[i] = key;
    this.tags[i] = tag;
    this.values[i] = value;
    // (At most half full, so that a missing key soon meets an empty slot.)
    if (++this.count * 2 > this.keys.length) this.grow();
  }

  private grow(): void {
    const { keys, tags, values } = this;
    this.alloc(keys.length * 2);
    // (A tag stands for its key's hash here: set() derives the same tag and slot from it.)
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k];
      if (key !== null) this.set(key, values[k] as V, tags[k]);
    }
  }
}

/** How a glossary alias word must be written in the text to match. */
export type CaseRule = 'acronym' | 'capital' | 'any';

/** The case rule a word of an alias imposes: acronyms exactly, capitalised words capitalised. */
export function caseRuleOf(word: string): CaseRule {
  // An ASCII word (nearly every glossary name's, each ruled at every start) by its codes: its letters are A-Z, a-z.
  let letterCount = 0;
  let upperCount = 0;
  let firstLetter = 0;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 128) return caseRuleOfText(word);
    const upper = c >= 65 && c <= 90;
    if (upper || (c >= 97 && c <= 122)) {
      if (letterCount++ === 0) firstLetter = c;
      if (upper) upperCount++;
    }
  }
  const first = word.charCodeAt(0);
  if ((letterCount >= 2 || (letterCount === 1 && first >= 48 && first <= 57)) && upperCount === letterCount) return 'acronym';
  return firstLetter >= 65 && firstLetter <= 90 ? 'capital' : 'any';
}

/** caseRuleOf for any word. */
function caseRuleOfText(word: string): CaseRule {
  const letters = word.replace(/[^\p{L}]/gu, '');
  // (A code of digits and capitals, "3R", "G7", is written exactly so too.)
  if ((letters.length >= 2 || (letters.length === 1 && word.charCodeAt(0) >= 48 && word.charCodeAt(0) <= 57)) && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return 'acronym';
  const first = letters.charAt(0);
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) return 'capital';
  return 'any';
}

/** Whether a text word satisfies an alias word's case rule ("US" never matches "us"; "Nato" may match "NATO"). */
export function caseFits(rule: CaseRule, aliasWord: string, textWord: string): boolean {
  if (rule === 'any') return true;
  const first = textWord.charAt(0);
  const upperFirst = first !== first.toLowerCase();
  if (rule === 'capital') return upperFirst;
  if (textWord === aliasWord) return true; // the common case, without building strings
  const a = aliasWord.replace(/\./g, '');
  const t = textWord.replace(/\./g, '');
  // An acronym's letters are its identity: the text may drop an accent the alias has ("OVP" for "ÖVP"), never add
  // one ("ÚS", the Czech court's case prefix, is no "US").
  if (t === a || (normaliseWord(t) === normaliseWord(a) && t === t.toUpperCase() && !hasNonAscii(t))) return true;
  // Newspapers write long acronyms in title case ("Nato", "Opec"); short ones must stay in capitals.
  return a.length >= 4 && upperFirst && t.slice(1) === t.slice(1).toLowerCase() && t.length === a.length;
}

/** Whether a word has a character beyond ASCII. */
export function hasNonAscii(word: string): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) > 127) return true;
  return false;
}

/** Whether a word starts with an upper-case letter. */
export function isCapitalised(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase();
}
