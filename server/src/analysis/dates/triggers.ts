// One pass over a lower-cased chunk that finds where each rule hint first (and last) occurs, instead of one
// regex scan per hint. The hints' alternatives are merged into a single regex: the literal words as a trie
// (the longest literal wins at a position, and every hint with a prefix of it matches there too) and a few
// "special" patterns (digits, word boundaries), tested where their first character or literal prefix fits. The
// scan visits every position where any alternative matches, so a hint's first and last hits are exactly what
// its own regex would find.
import { isDigitCode, isWordCode } from '../chars';

interface Special {
  /** Index of the hint this pattern belongs to. */
  hint: number;
  /** Sticky copy, tested at a visited position. */
  re: RegExp;
  /** First characters it can start with (a cheap gate before the sticky test). */
  first: (c: number) => boolean;
  /** The literal text every match starts with ("ago" for `\bago\b`), maybe empty. */
  prefix: string;
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

/** What a literal hit at a position means: the hints it is a hit of, and the specials still worth a test there. */
interface LiteralInfo {
  /** Hints with a literal that is a prefix of this one. */
  any: number[];
  /** Word-start hints (`\b(?:...)`) with such a literal: hits only where no word character but 'k' comes before. */
  wordStart: number[];
  /** Specials that can match where this literal starts (first character and literal prefix agree). */
  specials: Special[];
}

/** Splits a regex source at its top-level `|`. */
function topLevelAlternatives(src: string): string[] {
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

const LITERAL = /^[a-z' -]+$/;

/** What a special pattern can start with; any character when unknown (then it is tested at every stop). */
function firstOf(piece: string): (c: number) => boolean {
  if (piece.startsWith('\\d')) return isDigitCode;
  if (piece.startsWith('\\b')) return firstOf(piece.slice(2));
  const c0 = piece.charCodeAt(0);
  if (/^[a-z0-9']/.test(piece)) return (c) => c === c0;
  return () => true;
}

interface TrieNode {
  end: boolean;
  kids: Map<string, TrieNode>;
}

/**
 * The literals as one regex shaped like a trie ("a(?:fter(?:noon)?|go|head)"): the engine rejects most positions
 * on the first letter instead of trying every word, and greedy optional tails give the longest literal.
 */
function trieSource(literals: string[]): string {
  const root: TrieNode = { end: false, kids: new Map() };
  for (const w of literals) {
    let node = root;
    for (const ch of w) {
      let kid = node.kids.get(ch);
      if (!kid) node.kids.set(ch, (kid = { end: false, kids: new Map() }));
      node = kid;
    }
    node.end = true;
  }
  const escape = (ch: string): string => (/[a-z0-9' ]/.test(ch) ? ch : `\\${ch}`);
  const emit = (node: TrieNode): string => {
    if (node.kids.size === 0) return '';
    const alts = [...node.kids].map(([ch, kid]) => escape(ch) + emit(kid));
    const group = alts.length === 1 && !node.end ? alts[0] : `(?:${alts.join('|')})`;
    return node.end ? `${group}?` : group;
  };
  return emit(root);
}

/** The literal text a special pattern's matches start with (up to its first operator), maybe empty. */
function literalPrefix(piece: string): string {
  const src = piece.startsWith('\\b') ? piece.slice(2) : piece;
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const next = src[i + 1];
    if (!/[a-z0-9' ]/.test(src[i]) || next === '?' || next === '*' || next === '+' || next === '{') break;
    out += src[i];
  }
  return out;
}

/** `\b(?:jan|feb|...)`: literals that count only at the start of a word. */
const WORD_START = /^\\b\(\?:([a-z' |-]+)\)$/;

/**
 * Builds a scanner for the given hints (lower-case sources, tested case-sensitively on lower-cased text).
 * A hint is a `|` list of literals and other patterns ("specials"), or `\b(?:...)` around literals only.
 */
export function makeScanner(hints: RegExp[]): TriggerScanner {
  const literalHints = new Map<string, number[]>();
  const wordStartHints = new Map<string, number[]>();
  const specials: Special[] = [];
  // A bare character class ("\d") would stop the merged scan at every digit: it gets its own quick search.
  const direct: [number, RegExp][] = [];
  const add = (map: Map<string, number[]>, w: string, k: number): void => {
    const list = map.get(w) ?? [];
    if (!list.includes(k)) list.push(k);
    map.set(w, list);
  };
  hints.forEach((h, k) => {
    if (h.source === '\\d') {
      direct.push([k, new RegExp(h.source)]);
      return;
    }
    const ws = WORD_START.exec(h.source);
    if (ws && ws[1].split('|').every((w) => LITERAL.test(w) && /^[a-z]/.test(w))) {
      for (const w of ws[1].split('|')) add(wordStartHints, w, k);
      return;
    }
    for (const piece of topLevelAlternatives(h.source)) {
      if (LITERAL.test(piece)) add(literalHints, piece, k);
      else specials.push({ hint: k, re: new RegExp(piece, 'y'), first: firstOf(piece), prefix: literalPrefix(piece) });
    }
  });
  const all = [...new Set([...literalHints.keys(), ...wordStartHints.keys()])];
  const literals = all.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  // For the longest literal matched at a position, every hint with a literal that is a prefix of it also matches.
  const infoOf = new Map<string, LiteralInfo>();
  for (const w of literals) {
    const anyKs = new Set<number>();
    const wordKs = new Set<number>();
    for (const l of literals) {
      if (!w.startsWith(l)) continue;
      for (const k of literalHints.get(l) ?? []) anyKs.add(k);
      for (const k of wordStartHints.get(l) ?? []) wordKs.add(k);
    }
    // A word-start hint that is also an any-position hint here needs no second look.
    for (const k of anyKs) wordKs.delete(k);
    const c0 = w.charCodeAt(0);
    const compatible = specials.filter((sp) => (sp.prefix ? w.startsWith(sp.prefix) || sp.prefix.startsWith(w) : sp.first(c0)));
    infoOf.set(w, { any: [...anyKs], wordStart: [...wordKs], specials: compatible });
  }
  // No group per special (telling which one matched costs the scan more than testing the few that can).
  const combined = new RegExp(`(${trieSource(literals)})${specials.map((sp) => `|${sp.re.source}`).join('')}`, 'g');
  const n = hints.length;
  // Hints whose last hit is not tracked: the direct ones.
  const untracked = direct.map(([k]) => k);
  const hits: Hits = { first: new Int32Array(n), last: new Int32Array(n) };
  const NONE: LiteralInfo = { any: [], wordStart: [], specials: [] };
  return {
    scan(lower: string): Hits {
      const { first, last } = hits;
      first.fill(-1);
      last.fill(-1);
      for (let j = 0; j < direct.length; j++) {
        const k = direct[j][0];
        const re = direct[j][1];
        first[k] = re.exec(lower)?.index ?? -1;
      }
      combined.lastIndex = 0;
      for (let m = combined.exec(lower); m; m = combined.exec(lower)) {
        const p = m.index;
        let list: Special[];
        if (m[1] !== undefined) {
          const info = infoOf.get(m[1]) ?? NONE;
          const ks = info.any;
          for (let i = 0; i < ks.length; i++) {
            const k = ks[i];
            if (first[k] < 0) first[k] = p;
            last[k] = p;
          }
          const ws = info.wordStart;
          // A 'k' may stand for a Kelvin sign (U+212A, no word character) in the original: counted as a start.
          const prev = p === 0 ? 32 : lower.charCodeAt(p - 1);
          if (ws.length && (!isWordCode(prev) || prev === 107)) {
            for (let i = 0; i < ws.length; i++) {
              const k = ws[i];
              if (first[k] < 0) first[k] = p;
              last[k] = p;
            }
          }
          list = info.specials;
        } else {
          list = specials;
        }
        // Every special that can match here is tested (unless its hint already has a hit here), so special
        // hints get exact last hits too: at a literal hit only those whose literal prefix agrees with it (few),
        // elsewhere those that can start with this character.
        const c = lower.charCodeAt(p);
        for (let i = 0; i < list.length; i++) {
          const sp = list[i];
          if (last[sp.hint] === p || !sp.first(c)) continue;
          sp.re.lastIndex = p;
          if (sp.re.test(lower)) {
            if (first[sp.hint] < 0) first[sp.hint] = p;
            last[sp.hint] = p;
          }
        }
        // Overlapping scan: the next alternative may start inside this match ("yesterday" holds "day").
        combined.lastIndex = p + 1;
      }
      for (let j = 0; j < untracked.length; j++) last[untracked[j]] = first[untracked[j]] < 0 ? -1 : lower.length;
      return hits;
    },
  };
}
