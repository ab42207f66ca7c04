// The command's narrow build (dist/cli-narrow.js). Each Unicode class of a regex (\p{L}, \p{Lu}, ...) costs its first
// use a walk of the Unicode tables and code for its hundreds of ranges, in every one of the ~200 patterns that hold one:
// ~100 ms of a cold megabyte, more where the text is two bytes a character. A run whose every input (articles, glossary
// files, arguments) is written in the characters of NARROW_ALPHABET (the Latin scripts, their accents, punctuation,
// currency, arrows and symbols, emoji) gives the same results with each class cut to the characters of that alphabet,
// which compile as a few ranges. The build writes the narrow bundle so (build/narrowBundle.mjs: its regex literals at
// build time, the patterns it builds from strings when they are built, here); the command runs it when the inputs fit
// and hands the run to the full bundle otherwise (main.ts). Nothing here changes what is found.

/** The alphabet of the narrow build, as ranges of code points. */
export const NARROW_ALPHABET: readonly (readonly [number, number])[] = [
  [0x0000, 0x024f], // Basic Latin, Latin-1, Latin Extended-A and B
  [0x0300, 0x036f], // combining accents
  [0x2000, 0x20cf], // general punctuation, super- and subscripts, currency signs
  [0x2100, 0x23ff], // letterlike symbols, number forms, arrows, mathematical operators, technical signs
  [0x2500, 0x27bf], // box drawing, shapes, symbols, dingbats
  [0xfe00, 0xfe0f], // variation selectors (an emoji's presentation)
  [0xfeff, 0xfeff], // byte-order mark
  [0xe000, 0xf8ff], // private use (where fold.ts moves an article's own C1 characters)
  [0x1f000, 0x1faff], // emoji and pictographs
];

/**
 * The narrow build's classes (computed by the build from the engine's own): for each Unicode class the bundle names ("L",
 * "^L" for \P{L}), the part of a character class that stands for it within the alphabet, written as ranges.
 */
export type NarrowClasses = Record<string, string>;

/** A code point as a regex escape (flag u). */
function escapeCode(c: number): string {
  if (c < 0x100) return `\\x${c.toString(16).padStart(2, '0')}`;
  return c < 0x10000 ? `\\u${c.toString(16).padStart(4, '0')}` : `\\u{${c.toString(16)}}`;
}

/** Sorted code points as the ranges of a character class ("\x41-\x5a\xaa"). */
function rangesOf(codes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < codes.length; ) {
    let j = i;
    while (j + 1 < codes.length && codes[j + 1] === codes[j] + 1) j++;
    out += j === i ? escapeCode(codes[i]) : j === i + 1 ? escapeCode(codes[i]) + escapeCode(codes[j]) : `${escapeCode(codes[i])}-${escapeCode(codes[j])}`;
    i = j + 1;
  }
  return out;
}

/** The alphabet as the ranges of a character class. */
function alphabetRanges(): string {
  return NARROW_ALPHABET.map(([a, b]) => (a === b ? escapeCode(a) : `${escapeCode(a)}-${escapeCode(b)}`)).join('');
}

/** The pattern (flag u) of a character beyond the alphabet. */
export function outsidePattern(): string {
  return `[^${alphabetRanges()}]`;
}

/**
 * The class within the alphabet that stands for \p{name} (\P{name} when negated), made with the engine's own classes:
 * the alphabet's characters of that class, and the few beyond it whose case matches one in it ("Μ", the Greek capital mu,
 * for "µ"; "ẞ" for "ß"), so that it stands for the whole class under the i flag too. (For the build: it tests every code
 * point once.) Undefined for a name the engine does not know.
 */
export function narrowClass(name: string, negated: boolean, caseMates: readonly number[]): string | undefined {
  let test: RegExp;
  try {
    test = new RegExp(`^\\p{${name}}$`, 'u');
  } catch {
    return undefined;
  }
  const codes: number[] = [];
  const take = (c: number) => {
    if (test.test(String.fromCodePoint(c)) !== negated) codes.push(c);
  };
  for (const [a, b] of NARROW_ALPHABET) for (let c = a; c <= b; c++) take(c);
  for (const c of caseMates) take(c);
  codes.sort((x, y) => x - y);
  return rangesOf(codes);
}

/** The code points beyond the alphabet whose case matches a character in it (each tested against the whole alphabet). */
export function caseMatesOfAlphabet(): number[] {
  const inside = new RegExp(`[${alphabetRanges()}]`, 'iu');
  const outside = new RegExp(outsidePattern(), 'u');
  const out: number[] = [];
  for (let c = 0; c <= 0x10ffff; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const s = String.fromCodePoint(c);
    if (outside.test(s) && inside.test(s)) out.push(c);
  }
  return out;
}

/**
 * A pattern (flag u) with its Unicode classes cut to the alphabet: \p{X} outside a character class becomes a class of
 * its own, inside one its ranges; \P{X} likewise with the alphabet's characters not in X. A class `classes` lacks stays
 * as it is. The pattern is read as the engine reads it under flag u: escapes, then classes (no class inside a class).
 */
export function narrowPattern(source: string, classes: NarrowClasses): string {
  let out = '';
  let from = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x5c) {
      const k = source.charCodeAt(i + 1);
      if ((k === 0x70 || k === 0x50) && source.charCodeAt(i + 2) === 0x7b) {
        const close = source.indexOf('}', i + 3);
        const ranges = close > 0 ? classes[(k === 0x50 ? '^' : '') + source.slice(i + 3, close)] : undefined;
        if (ranges !== undefined) {
          out += source.slice(from, i) + (inClass ? ranges : `[${ranges}]`);
          from = close + 1;
          i = close;
          continue;
        }
      }
      i++;
    } else if (c === 0x5b && !inClass) inClass = true;
    else if (c === 0x5d && inClass) inClass = false;
  }
  return out + source.slice(from);
}

declare const __POLICY_LENS_NARROW__: NarrowClasses | undefined;

/** The narrow build's classes, in the narrow bundle only. */
export const NARROW: NarrowClasses | undefined = typeof __POLICY_LENS_NARROW__ !== 'undefined' ? __POLICY_LENS_NARROW__ : undefined;

/** A pattern with flags u (not v) cut to the alphabet by the narrow classes; any other unchanged. */
function narrowed(source: string, flags: string | undefined, classes: NarrowClasses): string {
  return typeof flags === 'string' && flags.includes('u') && !flags.includes('v') && /\\[pP]\{/.test(source) ? narrowPattern(source, classes) : source;
}

/**
 * In the narrow bundle, its `RegExp(pattern, flags)` calls (sent here by the build): the pattern cut to the alphabet
 * once for each pattern (some are built at every call of their function), then the engine's RegExp. Set when this
 * module runs, which main.ts imports before any module that builds a pattern.
 */
if (NARROW) {
  const classes = NARROW;
  const NativeRegExp = globalThis.RegExp;
  const cut = new Map<string, string>();
  // (A function, not an arrow: the bundle calls it with `new`, and takes the object it returns.)
  (globalThis as { __policyLensRegExp?: unknown }).__policyLensRegExp = function narrowRegExp(source: string | RegExp, flags?: string): RegExp {
    if (typeof source !== 'string') return new NativeRegExp(source, flags);
    const key = `${flags}/${source}`;
    let s = cut.get(key);
    if (s === undefined) cut.set(key, (s = narrowed(source, flags, classes)));
    return new NativeRegExp(s, flags);
  };
}

let outside: RegExp | undefined;
/** Whether a text is written in the alphabet alone (always, outside the narrow bundle). */
export function fitsAlphabet(text: string): boolean {
  if (!NARROW) return true;
  outside ??= new RegExp(outsidePattern(), 'u');
  return !outside.test(text);
}
