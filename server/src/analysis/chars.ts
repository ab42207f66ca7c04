// Character tests on UTF-16 code units, for the per-character loops of the core. A one-character regex test
// (`/\s/.test(text[i])`) allocates a string and calls into the regex engine for every character; on a cold
// process, before the JIT has optimised anything, that is the dearest way to ask. These answer the same
// questions exactly as the regexes named beside them do (checked against them in test/unit/chars.test.ts).

/** `/\s/`: JavaScript white space and line terminators. */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Whether text[i] exists and is `/\s/` (false outside the string, as `/\s/.test(undefined ?? '')`). */
export function isSpaceAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isSpaceCode(text.charCodeAt(i));
}

/**
 * s up to its first space ' ' (all of s when it has none). (Not `s.slice(0, s.indexOf(' ') >>> 0)`: the first string
 * without a space makes that 4294967295, no small integer, and throws away the caller's optimised code.)
 */
export function firstWordOf(s: string): string {
  const i = s.indexOf(' ');
  return i < 0 ? s : s.slice(0, i);
}

/** Whether text[from, to) holds the character `code`: `text.slice(from, to).includes(...)` without making the slice (and
 * without an indexOf that would read on past `to`). */
export function holdsCode(text: string, from: number, to: number, code: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === code) return true;
  return false;
}

/** Whether text[from, to) holds a line break. */
export function hasLineBreak(text: string, from: number, to: number): boolean {
  return holdsCode(text, from, to, 10);
}

/** `/[A-Za-z]/` */
export function isAsciiLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** `/[a-z]/` */
export function isAsciiLowerCode(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** `/[A-Z]/` */
export function isAsciiUpperCode(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** `/\d/` (ASCII digits only, as in JavaScript regexes). */
export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** 1 for the ASCII code units of `/\w/`: letters, digits and the underscore. */
const WORD_ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD_ASCII[c] = /\w/.test(String.fromCharCode(c)) ? 1 : 0;

/**
 * `/\w/`: ASCII letters, digits and the underscore. (Looked up: a chain of range tests runs its later tests only for
 * some code units, and the first to run threw away the optimised code. `& 127` keeps codeAt's -1 inside the table.)
 */
export function isWordCode(c: number): boolean {
  return c < 128 && WORD_ASCII[c & 127] === 1;
}

/** An apostrophe, straight or curly: `'` or `\u2019`. */
export function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** A closing quote or bracket: `"`, `'`, `\u201d`, `\u2019` or `)`. */
export function isClosingQuote(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41;
}

/**
 * Code unit i of s, or -1 outside it. Reading past the end with charCodeAt gives NaN, which the tests above
 * would then see (a deoptimisation for them and their callers); this never does.
 */
export function codeAt(s: string, i: number): number {
  return i >= 0 && i < s.length ? s.charCodeAt(i) : -1;
}

/** The first index from i (below end) whose code unit is not white space; end when there is none. */
export function skipBlanks(s: string, i: number, end?: number): number {
  // (s.length read on every call: read only for the calls that leave out end, its first read deoptimised.)
  const n = s.length;
  end ??= n;
  while (i < end && isSpaceCode(s.charCodeAt(i))) i++;
  return i;
}

/** i moved back over the white space right before it, not below floor. */
export function backOverBlanks(s: string, i: number, floor = 0): number {
  while (i > floor && isSpaceCode(s.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * A 32-bit hash of a lower-case word: h = h * 31 + code unit, for each code unit. The word scans (cueScan.ts
 * scanWords, claimFeatures.ts triggerBits) compute the same sum inline while they read a word, so that their
 * tables, keyed by this hash, are looked up without slicing or lower-casing the word.
 */
export function hashWord(w: string): number {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = (Math.imul(h, 31) + w.charCodeAt(i)) | 0;
  return h;
}

/** A word of letters, maybe with an apostrophe or a hyphen inside: no figure, no mark ("Unite", "O'Neill"). */
export const LETTERS_WORD_RE = /^\p{L}[\p{L}'\u2019-]*$/u;

/** Web addresses ("https://example.org/2025/11/14/story", "www.example.org"); global: reset lastIndex before use. */
export const URL_RE = /\bhttps?:\/\/[^\s<>()"\u201d]+|\bwww\.[^\s<>()"\u201d]+/g;

/**
 * fn, answering again from its last result when asked for the same argument (===) as the time before: for work on a
 * whole text that many callers ask for in a row.
 */
export function rememberLast<A, R>(fn: (a: A) => R): (a: A) => R {
  let asked = false;
  let last: A;
  let result: R;
  return (a) => {
    if (!asked || a !== last) {
      result = fn(a);
      last = a;
      asked = true;
    }
    return result;
  };
}

/**
 * Where the web addresses of text are (none are read when it has no "://" or "www."). The last text's are kept: the
 * manual date tags of an article (store/overlay.ts) each read their dates with findDates, which asked for the whole
 * article's web addresses each time (20,000 tags on 1 MB: 2 s).
 */
export const webAddresses = rememberLast((text: string): readonly { start: number; end: number }[] => {
  const out: { start: number; end: number }[] = [];
  if (text.includes('://') || text.includes('www.')) {
    URL_RE.lastIndex = 0;
    for (let m = URL_RE.exec(text); m; m = URL_RE.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
});

/**
 * Where a global regex next matches in `own`, a copy of the text from `base` on (a paragraph), searching from text
 * position `from`: that position in the text, or base + own.length when there is none. Searching the copy rather than
 * the whole text keeps a paragraph without a match from sending the search on to the end of the article (which,
 * repeated for every paragraph, took time that grew with the square of the text).
 */
export function nextMatch(re: RegExp, own: string, base: number, from: number): number {
  const end = base + own.length;
  if (from >= end) return end;
  re.lastIndex = from - base;
  const m = re.exec(own);
  return m ? base + m.index : end;
}

/**
 * `text.lastIndexOf(needle, from)`, but reading back no further than `floor`: -1 when the needle does not start in
 * [floor, from]. A search repeated for every cue or candidate must have such a floor, or a long text without the
 * needle is read back to its start each time.
 */
export function lastIndexWithin(text: string, needle: string, from: number, floor: number): number {
  const lo = Math.max(0, floor);
  if (from < lo) return -1;
  const k = text.slice(lo, from + needle.length).lastIndexOf(needle);
  return k < 0 ? -1 : lo + k;
}

/**
 * `re.test(s)` for a pattern that needs two characters or more to match (none of those passed here matches "" or any
 * one character; test/unit/chars.test.ts checks every call in the core, and those of execLong). A slice of "" or one character is a one-byte
 * string even when the text is two-byte (curly quotes), and V8 compiles a regex once per encoding: on a two-byte
 * article the length check spares each pattern a second compile (only `re` without the g or y flag: no lastIndex).
 */
export function testLong(re: RegExp, s: string): boolean {
  return s.length > 1 && re.test(s);
}

/** `re.exec(s)` for a pattern that needs two characters or more (as testLong). */
export function execLong(re: RegExp, s: string): RegExpExecArray | null {
  return s.length > 1 ? re.exec(s) : null;
}

/**
 * `re.test(s)` for a pattern that matches no "" and, of the one-character strings, exactly the characters of `ones`
 * (checked in test/unit/chars.test.ts): on those short, one-byte, subjects the characters are looked up instead, so
 * that the pattern is not compiled a second time (as testLong).
 */
export function testShort(re: RegExp, s: string, ones: string): boolean {
  return s.length > 1 ? re.test(s) : s.length === 1 && ones.includes(s);
}

/**
 * A regex made on its first use. For Unicode patterns that most articles never reach: making a regex parses it, and
 * each property class (\p{Lu}, \p{L}) in it is looked up in the Unicode tables, ~0.1 ms a pattern at every start.
 */
export function lazyRegExp(make: () => RegExp): () => RegExp {
  let re: RegExp | undefined;
  return () => (re ??= make());
}
