// The one-byte form of an article. V8 keeps a string of Latin-1 characters one byte a character and any other string
// two; most news is two-byte only for its curly quotes and dashes, and a two-byte text costs the whole analysis more
// (each regex compiled again for it, case mapping and class checks by slower paths, every word sliced from it two-byte
// too). So the bundled core reads such an article with each of those marks replaced by a C1 control character, one
// for one, which keeps every offset: the build (esbuild.mjs, foldPlugin) writes the core's own mentions of the marks as
// those characters too, so the rules read the folded text exactly as they read the original. The article's own C1
// characters (mis-decoded text, rare) move to private-use characters meanwhile, and every string of the result is
// mapped back. Run from the TypeScript sources (the tests), the core reads the original text unchanged.
//
// This file is not folded by the build: it names both forms.

/** The marks folded, and the C1 character each becomes (the Windows-1252 code of the mark where it has one). */
export const FOLDED_MARKS = '\u2018\u2019\u201c\u201d\u2013\u2014\u2015\u2026\u2022\u20ac';
export const FOLD_CODES = '\x91\x92\x93\x94\x96\x97\x81\x85\x95\x80';

declare const __POLICY_LENS_FOLD__: boolean | undefined;
/** Whether this build's core was written with the folded marks (the bundles: set by esbuild's define). */
export const FOLDING: boolean = typeof __POLICY_LENS_FOLD__ !== 'undefined' && __POLICY_LENS_FOLD__;

const MARK_TO_CODE = new Map<string, string>();
const CODE_TO_MARK = new Map<string, string>();
for (let i = 0; i < FOLDED_MARKS.length; i++) {
  MARK_TO_CODE.set(FOLDED_MARKS[i], FOLD_CODES[i]);
  CODE_TO_MARK.set(FOLD_CODES[i], FOLDED_MARKS[i]);
}

/** How a text was folded: where its own C1 characters of the marks' codes went (0 when it had none). */
export interface Fold {
  /** The first of 32 private-use code units that stand for the text's own U+0080-U+009F of FOLD_CODES, or 0. */
  escapeBase: number;
}

const NO_ESCAPE: Fold = { escapeBase: 0 };
const HAS_TO_FOLD_RE = /[\u0080\u0081\u0085\u0091-\u0097\u2018\u2019\u201c\u201d\u2013\u2014\u2015\u2026\u2022\u20ac]/;
/** The text's own C1 characters that are some mark's code (its others, as a stray "\x83" of mis-decoded text, stay). */
const HAS_C1_RE = /[\u0080\u0081\u0085\u0091-\u0097]/;
/** Whether a code is some mark's (FOLD_CODES). */
const isFoldCode = (c: number): boolean => c === 0x80 || c === 0x81 || c === 0x85 || (c >= 0x91 && c <= 0x97);

/** The first block of 32 private-use code units none of which occurs in text. */
function freeEscapeBase(text: string): number {
  const used = new Set<number>();
  for (const m of text.matchAll(/[\ue000-\uf8ff]/g)) used.add(m[0].charCodeAt(0) >> 5);
  for (let block = 0xe000 >> 5; block <= 0xf8ff >> 5; block++) if (!used.has(block)) return block << 5;
  // Every block is taken (a text made to be so): its C1 characters are then read as the marks they stand for.
  return 0;
}

/** Each code unit's folded form, for those that change: a mark's C1 code, or (with an escape block) the escape. */
function foldCode(c: number, escapeBase: number): number {
  if (c >= 0x80 && c <= 0x9f) return escapeBase && isFoldCode(c) ? escapeBase + (c - 0x80) : c;
  const code = MARK_TO_CODE.get(String.fromCharCode(c));
  return code === undefined ? c : code.charCodeAt(0);
}

declare const Buffer: { from(bytes: ArrayBufferLike, offset: number, length: number): { latin1Slice(start: number, end: number): string } } | undefined;

/** The text with the folded marks as C1 characters (same length, same offsets), and how it was folded. */
export function foldText(text: string): { text: string; fold: Fold } {
  if (!HAS_TO_FOLD_RE.test(text)) return { text, fold: NO_ESCAPE };
  const escapeBase = HAS_C1_RE.test(text) ? freeEscapeBase(text) : 0;
  const fold = escapeBase ? { escapeBase } : NO_ESCAPE;
  // Built from codes: String.replace on a two-byte text gives a two-byte string whatever it holds, where a string
  // made from codes below 256 is one-byte.
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = c < 0x80 || (c >= 0xa0 && c < 0x100) ? c : foldCode(c, escapeBase);
    // Anything else beyond Latin-1 (an accented letter of another alphabet, an escape) keeps the text two-byte, its
    // marks folded all the same.
    if (f > 0xff) return { text: wideFold(text, escapeBase), fold };
    bytes[i] = f;
  }
  return { text: latin1(bytes), fold };
}

/** The folded form of a text that stays two-byte. */
function wideFold(text: string, escapeBase: number): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 || (c >= 0xa0 && c < 0x2000)) continue;
    const f = foldCode(c, escapeBase);
    if (f === c) continue;
    out += text.slice(from, i) + String.fromCharCode(f);
    from = i + 1;
  }
  return out + text.slice(from);
}

/** A one-byte string of bytes read as Latin-1: by Node's Buffer in one copy, else a chunk of codes at a time. */
function latin1(bytes: Uint8Array): string {
  if (typeof Buffer !== 'undefined') return Buffer.from(bytes.buffer, 0, bytes.length).latin1Slice(0, bytes.length);
  let out = '';
  for (let from = 0; from < bytes.length; from += 8192) out += String.fromCharCode.apply(null, bytes.subarray(from, from + 8192) as unknown as number[]);
  return out;
}

const HAS_FOLDED_RE = /[\u0080-\u009f]/;
const FOLDED_RE = /[\u0080-\u009f]/g;

/** A string of the folded core's result as the original text has it. */
export function unfoldString(s: string, fold: Fold): string {
  if (fold.escapeBase) {
    const base = fold.escapeBase;
    let out = '';
    let from = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      let to: string | undefined;
      if (c >= 0x80 && c <= 0x9f) to = CODE_TO_MARK.get(s[i]) ?? s[i];
      else if (c >= base && c < base + 32) to = String.fromCharCode(0x80 + (c - base));
      if (to === undefined) continue;
      out += s.slice(from, i) + to;
      from = i + 1;
    }
    return from ? out + s.slice(from) : s;
  }
  if (!HAS_FOLDED_RE.test(s)) return s;
  return s.replace(FOLDED_RE, (ch) => CODE_TO_MARK.get(ch) ?? ch);
}

/**
 * value with f applied to every string it holds (objects and arrays, any depth). Nothing is changed in place: an
 * object or array holding a string that f changes is copied, and the rest is shared (the result may share parts with
 * tables that must keep their forms). An object met twice (a claim's attribution, also in the list of attributions) is
 * copied twice if at all: nothing reads the model's objects by identity. (The model has no cycles: it is JSON.)
 */
function mapStrings<T>(value: T, f: (s: string) => string): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return f(v);
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) {
      let out: unknown[] | undefined;
      for (let i = 0; i < v.length; i++) {
        const x = v[i];
        if (x === null || (typeof x !== 'string' && typeof x !== 'object')) continue;
        const y = walk(x);
        if (y !== x) (out ??= v.slice())[i] = y;
      }
      return out ?? v;
    }
    const o = v as Record<string, unknown>;
    let out: Record<string, unknown> | undefined;
    for (const k in o) {
      const x = o[k];
      if (x === null || (typeof x !== 'string' && typeof x !== 'object')) continue;
      const y = walk(x);
      if (y !== x) (out ??= { ...o })[k] = y;
    }
    return out ?? o;
  };
  return walk(value) as T;
}

/** value with every string it holds (objects and arrays, any depth) as the original has it (see mapStrings). */
export function unfoldDeep<T>(value: T, fold: Fold): T {
  return mapStrings(value, (s) => unfoldString(s, fold));
}

/** A string given to the core from outside an analysis (a glossary's name, a selection) in the form the core reads. */
export function forCore(text: string): string {
  return FOLDING ? foldText(text).text : text;
}

/**
 * value (objects and arrays, any depth) with every string in the form the core reads (see forCore): copied where a
 * string changes, shared elsewhere (most glossary entries hold no mark, and a command's start folds them all).
 */
export function forCoreDeep<T>(value: T): T {
  return FOLDING ? mapStrings(value, (s) => (HAS_TO_FOLD_RE.test(s) ? foldText(s).text : s)) : value;
}

/** A string of the core's, for a library the build does not fold (chrono-node): with its marks as written. */
export function forLibrary(s: string): string {
  return FOLDING ? unfoldString(s, NO_ESCAPE) : s;
}

/** A result of the core for use outside it (see forCore), with the original's marks. */
export function fromCore<T>(value: T): T {
  return FOLDING ? unfoldDeep(value, NO_ESCAPE) : value;
}
