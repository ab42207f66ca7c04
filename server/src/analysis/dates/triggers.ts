// One pass over a lower-cased chunk that finds where each rule hint first (and last) occurs, instead of one
// regex scan per hint. The hints' alternatives are merged into a single regex: the literal words as a trie
// (the longest literal wins at a position, and every hint with a prefix of it matches there too) and a few
// "special" patterns (digits, word boundaries), tested by first character. The scan visits every position
// where any alternative matches, so a hint's first hit is exactly what its own regex would have found.

interface Special {
  /** Index of the hint this pattern belongs to. */
  hint: number;
  /** Sticky copy, tested at a visited position. */
  re: RegExp;
  /** First characters it can start with (a cheap gate before the sticky test). */
  first: (c: number) => boolean;
}

export interface Hits {
  /** First-hit position per hint (index as in the `hints` list given to makeScanner), or -1. */
  first: Int32Array;
  /** Last-hit position per hint; the text length for hints with non-literal patterns (not tracked). */
  last: Int32Array;
}

export interface TriggerScanner {
  /** The hits of every hint in a lower-cased chunk; the arrays are reused by the next call. */
  scan(lower: string): Hits;
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

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const LITERAL = /^[a-z' -]+$/;

/** What a special pattern can start with; any character when unknown (then it is tested at every stop). */
function firstOf(piece: string): (c: number) => boolean {
  if (piece.startsWith('\\d')) return isDigit;
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

/** Builds a scanner for the given hints (lower-case sources, tested case-sensitively on lower-cased text). */
export function makeScanner(hints: RegExp[]): TriggerScanner {
  const literalHints = new Map<string, number[]>();
  const specials: Special[] = [];
  const specialSources: string[] = [];
  // A bare character class ("\d") would stop the merged scan at every digit: it gets its own quick search.
  const direct: [number, RegExp][] = [];
  hints.forEach((h, k) => {
    if (h.source === '\\d') {
      direct.push([k, new RegExp(h.source)]);
      return;
    }
    for (const piece of topLevelAlternatives(h.source)) {
      if (LITERAL.test(piece)) {
        const list = literalHints.get(piece) ?? [];
        if (!list.includes(k)) list.push(k);
        literalHints.set(piece, list);
      } else {
        specials.push({ hint: k, re: new RegExp(piece, 'y'), first: firstOf(piece) });
        specialSources.push(piece);
      }
    }
  });
  const literals = [...literalHints.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  // For the longest literal matched at a position, every hint with a literal that is a prefix of it also matches.
  const hitsOf = new Map<string, number[]>();
  for (const w of literals) {
    const ks = new Set<number>();
    for (const l of literals) if (w.startsWith(l)) for (const k of literalHints.get(l) ?? []) ks.add(k);
    hitsOf.set(w, [...ks]);
  }
  const combined = new RegExp(`(${trieSource(literals)})${specialSources.map((s) => `|${s}`).join('')}`, 'g');
  const n = hints.length;
  // Hints whose last hit is not tracked: those with a special or direct pattern.
  const untracked = [...new Set([...specials.map((sp) => sp.hint), ...direct.map(([k]) => k)])];
  const hits: Hits = { first: new Int32Array(n), last: new Int32Array(n) };
  // The specials that can start with each ASCII character (others: those that can start with anything).
  const byFirst: Special[][] = [];
  for (let c = 0; c < 128; c++) byFirst.push(specials.filter((sp) => sp.first(c)));
  const anyFirst = specials.filter((sp) => sp.first(0x10000));
  return {
    scan(lower: string): Hits {
      const { first, last } = hits;
      first.fill(-1);
      last.fill(-1);
      for (const [k, re] of direct) first[k] = re.exec(lower)?.index ?? -1;
      combined.lastIndex = 0;
      for (let m = combined.exec(lower); m; m = combined.exec(lower)) {
        const p = m.index;
        if (m[1] !== undefined) {
          const ks = hitsOf.get(m[1]) ?? [];
          for (let i = 0; i < ks.length; i++) {
            const k = ks[i];
            if (first[k] < 0) first[k] = p;
            last[k] = p;
          }
        }
        const c = lower.charCodeAt(p);
        const list = c < 128 ? byFirst[c] : anyFirst;
        for (let i = 0; i < list.length; i++) {
          const sp = list[i];
          if (first[sp.hint] >= 0) continue;
          sp.re.lastIndex = p;
          if (sp.re.test(lower)) first[sp.hint] = p;
        }
        // Overlapping scan: the next alternative may start inside this match ("yesterday" holds "day").
        combined.lastIndex = p + 1;
      }
      for (const k of untracked) last[k] = first[k] < 0 ? -1 : lower.length;
      return hits;
    },
  };
}
