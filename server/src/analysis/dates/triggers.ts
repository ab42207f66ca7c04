// One pass over a lower-cased chunk that finds where each rule hint first (and last) occurs, instead of one
// regex scan per hint. A hint's alternatives are literal words or "special" patterns (digits, word boundaries).
// The literals of all hints run as one Aho-Corasick automaton (one table step per character reports every
// occurrence of every literal); a special is tested with its sticky regex at each position where the automaton finds
// one of the strings its matches can start with (literals too, in an alphabet where one letter stands for every
// digit and one for every other code) and its first few characters fit. So a hint's first and last hits are exactly
// what its own regex would find. (This replaced one merged regex: hints hold common words, "that", " of ", so it
// stopped about every six characters, and each stop cost a match object.)
import { isWordCode } from '../chars';

interface Special {
  /** Index of the hint this pattern belongs to. */
  hint: number;
  /** Sticky copy, tested at a position that passes the gate. */
  re: RegExp;
  /** How many leading characters every match has (at most GATE): those the gate checks. */
  need: number;
  /** For each offset below GATE, the set (WORDS numbers, see CharSet) of characters a match can have there. */
  gate: Int32Array;
  /** Whether passing the gate is a match: a pattern of `need` digits and letters ("\d\d\d\d"), no regex call needed. */
  exact: boolean;
}

export interface Hits {
  /** First-hit position per hint (index as in the `hints` list given to makeScanner), or -1. */
  first: Int32Array;
  /** Last-hit position per hint; the text length for a bare `\d` hint (not tracked). */
  last: Int32Array;
}

export interface TriggerScanner {
  /** The hits of every hint in a lower-cased chunk; the arrays are reused by the next call. */
  scan(lower: string): Hits;
}

/** The automaton's alphabet: a-z, space, apostrophe, hyphen (what isLiteral allows), then one letter for every digit
 * and one for every other code (which no literal holds, only the specials' starts, below). */
const ALPHABET = 31;
const DIGIT_LETTER = 29;
const OTHER_LETTER = 30;
function letterIndex(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 48 && c <= 57) return DIGIT_LETTER;
  return c === 32 ? 26 : c === 39 ? 27 : c === 45 ? 28 : OTHER_LETTER;
}
const LETTER_INDEX = Int8Array.from({ length: 128 }, (_, c) => letterIndex(c));

/** Splits a regex source at its top-level `|`. */
export function topLevelAlternatives(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === '|' && depth === 0) {
      out.push(src.slice(from, i));
      from = i + 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

/** Whether an alternative is a literal: /^[a-z' -]+$/, or with '|' too the list of a word-start hint. (Read by code:
 * the scanner is built at every start, where a regex's compilation costs more than these loops.) */
function isLiteral(w: string, bar = false): boolean {
  if (w.length === 0) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || c === 39 || c === 32 || c === 45 || (bar && c === 124))) return false;
  }
  return true;
}
/** Whether e (one character of a regex source, or past its end) is what /[A-Za-z]/ matches: an escape of a class. */
function isLetterEscape(e: string | undefined): boolean {
  // (/[A-Za-z]/.test(undefined) reads "undefined": true.)
  if (e === undefined) return true;
  const c = e.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

// What a special's matches can start with, read from its source: for each of the first GATE offsets, the set of
// characters that can stand there (a set is OTHER + 1 bits in WORDS numbers: one per ASCII code, the last for
// every other code), and which match lengths below GATE are possible. Supersets: zero-width parts (`\b`,
// lookarounds) match nothing, a negated class or `.` anything, a repeat beyond the gate any number of times.
const GATE = 6;
const OTHER = 128;
const WORDS = 5;
type CharSet = number[];
interface Shape {
  /** Bit l set: a match can be l long (l < GATE); bit GATE: GATE or longer. */
  lens: number;
  /** For each offset j below GATE, the characters a match can have there: pos[j * WORDS ...] (one flat array of plain
   * numbers, several times cheaper to make than a typed array). */
  pos: number[];
}

const SHAPE_SIZE = GATE * WORDS;
const noChars = (): CharSet => [0, 0, 0, 0, 0];
const allChars = (): CharSet => [-1, -1, -1, -1, 1];
/** The codes in a set, OTHER standing for all above it. */
function codesOf(set: ArrayLike<number>, at = 0): number[] {
  const out: number[] = [];
  for (let w = 0; w < WORDS; w++) for (let bits = set[at + w]; bits !== 0; bits &= bits - 1) out.push(w * 32 + 31 - Math.clz32(bits & -bits));
  return out;
}
const addCode = (set: CharSet, c: number): void => {
  const b = c < OTHER ? c : OTHER;
  set[b >> 5] |= 1 << (b & 31);
};
const addRange = (set: CharSet, lo: number, hi: number): void => {
  for (let c = lo; c <= Math.min(hi, OTHER); c++) addCode(set, c);
};
const orInto = (to: CharSet, from: CharSet): void => {
  for (let w = 0; w < WORDS; w++) to[w] |= from[w];
};
const noPositions = (): number[] => [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
const emptyShape = (): Shape => ({ lens: 1, pos: noPositions() });
function charShape(set: CharSet): Shape {
  const pos = noPositions();
  for (let w = 0; w < WORDS; w++) pos[w] = set[w];
  return { lens: 2, pos };
}

function concat(a: Shape, b: Shape): Shape {
  // Every match of a already fills the gate: what follows changes nothing (most of a long pattern, at every start).
  if (a.lens === 1 << GATE && b.lens !== 0) return a;
  const out: Shape = { lens: 0, pos: a.pos.slice() };
  for (let la = 0; la <= GATE; la++) {
    if (!(a.lens & (1 << la))) continue;
    // (Lengths la + lb, those of GATE and more as GATE.)
    const sum = b.lens << la;
    out.lens |= (sum & ((1 << GATE) - 1)) | (sum >> GATE !== 0 ? 1 << GATE : 0);
    // (Offset j of the result takes offset j - la of b.)
    for (let k = la * WORDS; k < SHAPE_SIZE; k++) out.pos[k] |= b.pos[k - la * WORDS];
  }
  return out;
}

function either(a: Shape, b: Shape): Shape {
  const out: Shape = { lens: a.lens | b.lens, pos: a.pos.slice() };
  for (let k = 0; k < SHAPE_SIZE; k++) out.pos[k] |= b.pos[k];
  return out;
}

/** The set of an escape (after the backslash) at src[i], and where it ends. */
function escapeSet(src: string, i: number): [CharSet, number] {
  const e = src[i];
  const set = noChars();
  if (e === 'd') addRange(set, 48, 57);
  else if (e === 's') {
    addRange(set, 9, 13);
    addCode(set, 32);
    addCode(set, OTHER);
  } else if (e === 'w') {
    addRange(set, 48, 57);
    addRange(set, 65, 90);
    addRange(set, 97, 122);
    addCode(set, 95);
  } else if (e === 'u') {
    addCode(set, parseInt(src.slice(i + 1, i + 5), 16));
    return [set, i + 5];
  } else if (isLetterEscape(e) && !'tnr'.includes(e)) return [allChars(), i + 1];
  else addCode(set, e === 't' ? 9 : e === 'n' ? 10 : e === 'r' ? 13 : e.charCodeAt(0));
  return [set, i + 1];
}

/** A character class at src[i] ('['): its set, and where it ends. */
function classSet(src: string, i: number): [CharSet, number] {
  const set = noChars();
  let j = i + 1;
  const negated = src[j] === '^';
  if (negated) j++;
  let prev = -1;
  while (src[j] !== ']') {
    if (src[j] === '-' && prev >= 0 && src[j + 1] !== ']') {
      // (A range up to a non-ASCII code takes every code from its start on.)
      const hi = src[j + 1] === '\\' && src[j + 2] === 'u' ? parseInt(src.slice(j + 3, j + 7), 16) : src.charCodeAt(j + 1 + (src[j + 1] === '\\' ? 1 : 0));
      addRange(set, prev, hi);
      prev = -1;
      j += src[j + 1] !== '\\' ? 2 : src[j + 2] === 'u' ? 7 : 3;
    } else if (src[j] === '\\') {
      const [one, next] = escapeSet(src, j + 1);
      orInto(set, one);
      prev = src[j + 1] === 'u' ? parseInt(src.slice(j + 2, j + 6), 16) : isLetterEscape(src[j + 1]) ? -1 : src.charCodeAt(j + 1);
      j = next;
    } else {
      prev = src.charCodeAt(j);
      addCode(set, prev);
      j++;
    }
  }
  return [negated ? allChars() : set, j + 1];
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** The length of the quantifier at src[i] (0: none), as /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/ finds it in src[i, i + 12). */
function quantifierLength(src: string, i: number): number {
  const end = Math.min(src.length, i + 12);
  let j = i;
  const c = src.charCodeAt(j);
  if (c === 63 || c === 42 || c === 43) j++;
  else if (c === 123) {
    j++;
    const digits = j;
    while (j < end && isDigit(src.charCodeAt(j))) j++;
    if (j === digits) return 0;
    if (j < end && src.charCodeAt(j) === 44) for (j++; j < end && isDigit(src.charCodeAt(j)); ) j++;
    if (j >= end || src.charCodeAt(j) !== 125) return 0;
    j++;
  } else return 0;
  if (j < end && src.charCodeAt(j) === 63) j++;
  return j - i;
}

/** The shape of src from i up to an unmatched ')' or the end, and where it stopped. */
function shapeOf(src: string, i: number): [Shape, number] {
  let alt: Shape | null = null;
  let seq = emptyShape();
  while (i < src.length && src[i] !== ')') {
    const ch = src[i];
    if (ch === '|') {
      alt = alt ? either(alt, seq) : seq;
      seq = emptyShape();
      i++;
      continue;
    }
    let atom: Shape;
    if (ch === '(') {
      // (A lookaround: /^\(\?<?[=!]/.)
      const look = src[i + 2] === '<' ? src[i + 3] : src[i + 2];
      const zeroWidth = src[i + 1] === '?' && (look === '=' || look === '!');
      const body = src.startsWith('(?:', i) ? i + 3 : zeroWidth ? i + (src[i + 2] === '<' ? 4 : 3) : i + 1;
      const [inner, end] = shapeOf(src, body);
      atom = zeroWidth ? emptyShape() : inner;
      i = end + 1;
    } else if (ch === '[') {
      const [set, end] = classSet(src, i);
      atom = charShape(set);
      i = end;
    } else if (ch === '\\' && (src[i + 1] === 'b' || src[i + 1] === 'B')) {
      atom = emptyShape();
      i += 2;
    } else if (ch === '\\') {
      const [set, end] = escapeSet(src, i + 1);
      atom = charShape(set);
      i = end;
    } else if (ch === '^' || ch === '$') {
      atom = emptyShape();
      i++;
    } else {
      atom = charShape(ch === '.' ? allChars() : noChars());
      if (ch !== '.') addCode(atom.pos, src.charCodeAt(i));
      i++;
    }
    const qLength = quantifierLength(src, i);
    if (qLength) {
      const kind = src[i];
      const q = src.slice(i, i + qLength);
      i += qLength;
      if (kind === '?') atom = either(emptyShape(), atom);
      else {
        // n copies ("+" one, "*" none; as many as the gate holds), then any number more when allowed.
        const one = atom;
        const min = kind === '+' ? 1 : kind === '*' ? 0 : parseInt(q.slice(1), 10);
        let more = emptyShape();
        if (kind === '{' && !q.includes(',')) {
          // (Exactly n copies: none more.)
        } else if (one.lens === 2) {
          // One character repeated (the usual "\s+"): any length, that character at every offset.
          more = { lens: (1 << (GATE + 1)) - 1, pos: noPositions() };
          for (let k = 0; k < SHAPE_SIZE; k++) more.pos[k] = one.pos[k % WORDS];
        } else for (let r = 0; r < GATE; r++) more = either(emptyShape(), concat(one, more));
        atom = emptyShape();
        for (let r = 0; r < Math.min(min, GATE); r++) atom = concat(atom, one);
        atom = concat(atom, more);
      }
    }
    seq = concat(seq, atom);
  }
  return [alt ? either(alt, seq) : seq, i];
}

/** The least length of a shape's matches, up to GATE. */
function needOf(shape: Shape): number {
  let need = 0;
  while (need < GATE && !(shape.lens & (1 << need))) need++;
  return need;
}

/** The most literals that stand for the starts of one alternative of a special (below). */
const MAX_STARTS = 16;
/** A character standing for each letter of the alphabet in a literal: the letter itself, '0' for every digit, U+0080
 * for every other code. */
const letterChar = (x: number): string => (x === DIGIT_LETTER ? '0' : x === OTHER_LETTER ? '\u0080' : x < 26 ? String.fromCharCode(97 + x) : " '-"[x - 26]);

/** A special with its leading group's alternatives apart ("(?:years?|weeks?)\s+on": "(?:years?)\s+on", ...): the
 * same matches, and each alternative's starts, read on its own, are narrower than their union. */
function leadAlternatives(piece: string): string[] {
  const at = piece.startsWith('\\b') ? 2 : 0;
  if (!piece.startsWith('(?:', at)) return [piece];
  let depth = 0;
  for (let i = at; i < piece.length; i++) {
    const c = piece[i];
    if (c === '\\') i++;
    else if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && --depth === 0) {
      if (c !== ')' || quantifierLength(piece, i + 1) > 0) return [piece];
      return topLevelAlternatives(piece.slice(at + 3, i)).map((a) => `${piece.slice(0, at)}(?:${a})${piece.slice(i + 1)}`);
    }
  }
  return [piece];
}

/**
 * The literals (in the automaton's alphabet, see letterChar) that every match of a special starts with: the strings of
 * its first few characters' letters, as many characters as keep them at most MAX_STARTS per alternative of its leading
 * group (at least the first).
 */
function startsOf(piece: string): string[] {
  const out: string[] = [];
  for (const alternative of leadAlternatives(piece)) {
    const [shape] = shapeOf(alternative, 0);
    const need = needOf(shape);
    let strings = [''];
    for (let j = 0; j < need; j++) {
      const letters = [...new Set(codesOf(shape.pos, j * WORDS).map((c) => (c < OTHER ? LETTER_INDEX[c] : OTHER_LETTER)))];
      if (j > 0 && strings.length * letters.length > MAX_STARTS) break;
      strings = strings.flatMap((w) => letters.map((x) => w + letterChar(x)));
    }
    for (const w of strings) if (w.length > 0 && !out.includes(w)) out.push(w);
  }
  return out;
}

/** `\b(?:jan|feb|...)`: literals that count only at the start of a word. */
/** The list inside a word-start hint's source, /^\\b\(\?:([a-z' |-]+)\)$/, or null. */
function wordStartList(src: string): string | null {
  return src.length > 6 && src.startsWith('\\b(?:') && src.endsWith(')') && isLiteral(src.slice(5, -1), true) ? src.slice(5, -1) : null;
}

/**
 * What a scanner is built from, read off the hints' sources: plain data, so that the bundles compute it once when they
 * are built (esbuild.mjs, build/scannerPlan.mjs) and not at every start, where reading the shapes of the specials took
 * ~20 ms of a command's start.
 */
export interface ScannerPlan {
  /** How many hints it was made for. */
  hints: number;
  /** Each literal and the hint codes it reports (see makeScanner). */
  literals: [string, number[]][];
  /** Each special: its hint, its source, its need and its gate (GATE * WORDS numbers). */
  specials: [number, string, number, number[]][];
  /** The hints searched for by their own regex (a bare character class, "\d"). */
  direct: number[];
}

/** The plan of a scanner for the given hints (lower-case sources, tested case-sensitively on lower-cased text). */
export function scannerPlan(hints: RegExp[]): ScannerPlan {
  const specials: [number, string, number, number[]][] = [];
  // A bare character class ("\d") would be tested at every digit: it gets its own quick search.
  const direct: number[] = [];
  // The literals, each with the hints it belongs to (a word-start hint's index coded as -1 - k).
  const literalHints = new Map<string, number[]>();
  const add = (w: string, code: number): void => {
    const list = literalHints.get(w) ?? [];
    if (!list.includes(code)) list.push(code);
    literalHints.set(w, list);
  };
  hints.forEach((h, k) => {
    if (h.source === '\\d') {
      direct.push(k);
      return;
    }
    const ws = wordStartList(h.source);
    if (ws !== null && ws.split('|').every((w) => isLiteral(w) && w.charCodeAt(0) >= 97 && w.charCodeAt(0) <= 122)) {
      for (const w of ws.split('|')) add(w, -1 - k);
      return;
    }
    for (const piece of topLevelAlternatives(h.source)) {
      if (isLiteral(piece)) add(piece, k);
      else {
        // (A special's starts are literals too, coded as n + its index: where one is found, the special is tested.)
        for (const w of startsOf(piece)) add(w, hints.length + specials.length);
        const [shape] = shapeOf(piece, 0);
        specials.push([k, piece, needOf(shape), shape.pos]);
      }
    }
  });
  return { hints: hints.length, literals: [...literalHints], specials, direct };
}

/**
 * Whether a special's gate decides it alone: its source is `need` atoms each of which is `\d`, a lower-case letter or a
 * class of plain characters ("\d\d\d\d", four digits of a year, tested ~2,000 times in 1 MB of real stories and always
 * a match; "\d[:.]\d" of a clock), so that the gate's sets at its `need` offsets are exactly what the pattern reads.
 */
function exactByGate(source: string, need: number): boolean {
  let atoms = 0;
  for (let i = 0; i < source.length; i++, atoms++) {
    const c = source.charCodeAt(i);
    if (c === 92 && source.charCodeAt(i + 1) === 100) i++;
    else if (c === 91) {
      // (Or a class of plain characters, "[:.]", whose set the gate holds as it is: no range, escape or negation.)
      const close = source.indexOf(']', i);
      if (close < i + 2) return false;
      for (let j = i + 1; j < close; j++) {
        const d = source.charCodeAt(j);
        if (d === 92 || d === 94 || d === 45 || d === 91 || d >= 128 || (d >= 65 && d <= 90)) return false;
      }
      i = close;
    } else if (!(c >= 97 && c <= 122)) return false;
  }
  return atoms === need;
}

/** The first ASCII digit of s (`/\d/`), or -1. */
function firstDigit(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return i;
  }
  return -1;
}

/**
 * Builds a scanner for the given hints, from their plan (made here unless given). A hint is a `|` list of literals
 * and other patterns ("specials"), or `\b(?:...)` around literals only.
 */
export function makeScanner(hints: RegExp[], plan?: ScannerPlan): TriggerScanner {
  // (A plan made for other hints, which no build should give, is made again.)
  if (!plan || plan.hints !== hints.length) plan = scannerPlan(hints);
  const specials: Special[] = plan.specials.map(([hint, source, need, gate]) => ({ hint, re: new RegExp(source, 'y'), need, gate: Int32Array.from(gate), exact: exactByGate(source, need) }));
  // (Each a bare "\d", see scannerPlan.)
  const direct: number[] = plan.direct;
  const literalHints = plan.literals;

  // The automaton: a trie of the literals, then each state's missing steps from its longest proper suffix state.
  // (Built at every start, so in typed arrays sized for the most states the literals can make, one per character
  // and the root, with no per-state arrays.) States are kept as their row's offset, state * ALPHABET: one
  // multiplication less per character in scan. STEP[row + x] is the row that letter x leads to (-1: none yet).
  let maxStates = 1;
  for (const [w] of literalHints) maxStates += w.length;
  const STEP = new Int32Array(maxStates * ALPHABET).fill(-1);
  // The trie's edges by state number: each state's first child, its next sibling, the letter leading to it.
  const firstChild = new Int32Array(maxStates).fill(-1);
  const nextSibling = new Int32Array(maxStates);
  const letterOf = new Int32Array(maxStates);
  // Each state's own outputs: the literal's length and a hint code, pairs (most states have none).
  const own: (number[] | undefined)[] = [];
  let states = 1;
  for (const [w, codes] of literalHints) {
    let s = 0;
    for (let i = 0; i < w.length; i++) {
      const x = letterIndex(w.charCodeAt(i));
      const slot = s * ALPHABET + x;
      if (STEP[slot] < 0) {
        const t = states++;
        STEP[slot] = t * ALPHABET;
        letterOf[t] = x;
        nextSibling[t] = firstChild[s];
        firstChild[s] = t;
      }
      s = STEP[slot] / ALPHABET;
    }
    const list = (own[s] ??= []);
    for (const code of codes) list.push(w.length, code);
  }
  // Each state's outputs (length, hint code pairs) at OUTS[OUT_FROM[r]] up to OUTS[OUT_TO[r]], r its row's offset:
  // its own, then its suffix state's. HAS_OUT[r] says whether it has any (most have none, and then both reads are
  // spared).
  const OUT_FROM = new Int32Array(states * ALPHABET);
  const OUT_TO = new Int32Array(states * ALPHABET);
  const HAS_OUT = new Uint8Array(states * ALPHABET);
  const outs: number[] = [];
  /** The suffix state's row, per state number. */
  const fail = new Int32Array(states);
  const queue = new Int32Array(states);
  let queued = 0;
  for (let x = 0; x < ALPHABET; x++) if (STEP[x] < 0) STEP[x] = 0;
  for (let c = firstChild[0]; c >= 0; c = nextSibling[c]) queue[queued++] = c;
  // (Breadth first: a suffix state, shallower, is complete before its row and outputs are copied.)
  for (let q = 0; q < queued; q++) {
    const s = queue[q];
    const r = s * ALPHABET;
    const f = fail[s];
    const mine = own[s];
    if (mine === undefined) {
      OUT_FROM[r] = OUT_FROM[f];
      OUT_TO[r] = OUT_TO[f];
      HAS_OUT[r] = HAS_OUT[f];
    } else {
      OUT_FROM[r] = outs.length;
      for (let o = 0; o < mine.length; o++) outs.push(mine[o]);
      for (let o = OUT_FROM[f], end = OUT_TO[f]; o < end; o++) outs.push(outs[o]);
      OUT_TO[r] = outs.length;
      HAS_OUT[r] = 1;
    }
    // The children's steps first, then every letter steps as from the suffix state, except to a child.
    let kids = -1;
    for (let c = firstChild[s]; c >= 0; c = nextSibling[c]) {
      kids++;
      queue[queued++] = c;
    }
    STEP.copyWithin(r, f, f + ALPHABET);
    for (let k = queued - 1 - kids; k < queued; k++) {
      const c = queue[k];
      fail[c] = STEP[r + letterOf[c]];
      STEP[r + letterOf[c]] = c * ALPHABET;
    }
  }
  const OUTS = Int32Array.from(outs);

  const n = hints.length;
  // Hints whose last hit is not tracked: the direct ones.
  const untracked = direct;
  const hits: Hits = { first: new Int32Array(n), last: new Int32Array(n) };
  return {
    scan(lower: string): Hits {
      const { first, last } = hits;
      first.fill(-1);
      last.fill(-1);
      // (A direct hint is a bare "\d": its first digit found by code, not by a regex call per chunk.)
      for (let j = 0; j < direct.length; j++) first[direct[j]] = firstDigit(lower);
      const len = lower.length;
      let state = 0;
      for (let i = 0; i < len; i++) {
        const c = lower.charCodeAt(i);
        // Literals ending at i (hits at their starts; not in order of start, so kept as the least and the greatest).
        state = STEP[state + (c < OTHER ? LETTER_INDEX[c] : OTHER_LETTER)];
        if (HAS_OUT[state] === 0) continue;
        outs: for (let o = OUT_FROM[state], end = OUT_TO[state]; o < end; o += 2) {
          const p = i + 1 - OUTS[o];
          let k = OUTS[o + 1];
          if (k >= n) {
            // A special's start: its gate, then its sticky test.
            const sp = specials[k - n];
            if (p + sp.need > len) continue;
            for (let j = 0; j < sp.need; j++) {
              const cj = lower.charCodeAt(p + j);
              const b = cj < OTHER ? cj : OTHER;
              if (((sp.gate[j * WORDS + (b >> 5)] >>> (b & 31)) & 1) === 0) continue outs;
            }
            if (!sp.exact) {
              sp.re.lastIndex = p;
              if (!sp.re.test(lower)) continue;
            }
            k = sp.hint;
          } else if (k < 0) {
            k = -1 - k;
            // A word-start literal: no word character before it, but a 'k', which may stand for a Kelvin sign
            // (U+212A, no word character) in the original.
            const prev = p === 0 ? 32 : lower.charCodeAt(p - 1);
            if (isWordCode(prev) && prev !== 107) continue;
          }
          if (first[k] < 0 || p < first[k]) first[k] = p;
          if (p > last[k]) last[k] = p;
        }
      }
      for (let j = 0; j < untracked.length; j++) last[untracked[j]] = first[untracked[j]] < 0 ? -1 : lower.length;
      return hits;
    },
  };
}
