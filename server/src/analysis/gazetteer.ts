// A fast phrase matcher over the glossary: a trie keyed by normalised words, so matching costs
// O(words in the text x longest alias) whatever the glossary size.
import type { GlossaryData, GlossaryEntry } from './glossaryTypes';
import type { CaseRule, Token } from './tokens';
import * as tokensModule from './tokens';
// Imported helpers as local constants: under tsx (tests, eval, bench) every use of an import is a getter call.
const { caseFits, caseRuleOf, hasNonAscii, keyHash, KeyTable, normaliseWord, tokenize } = tokensModule;

export interface GazetteerMatch {
  start: number;
  end: number;
  entry: GlossaryEntry;
  /** The alias (or label) that matched, as written in the glossary. */
  alias?: string;
}

export interface Gazetteer {
  readonly data: GlossaryData;
  /** Entry by id. */
  get(id: string): GlossaryEntry | undefined;
  /** Longest non-overlapping matches of glossary labels and aliases in text[from, to). */
  match(text: string, from?: number, to?: number): GazetteerMatch[];
  /** Matches over already computed tokens (the actor finder tokenizes once). */
  matchTokens(text: string, tokens: Token[]): GazetteerMatch[];
  /** Whether a phrase is on the stoplist (case-insensitive). */
  stopped(phrase: string): boolean;
}

interface Terminal {
  entry: GlossaryEntry;
  alias: string;
  words: string[];
  rules: CaseRule[];
  /** The name ends in "+", which no token holds ("OPEC+"): it fits only where a "+" follows the words. */
  plus: boolean;
  /** A country's demonym ("German", by its ending): a word with an accent its letters lack is another word ("Germán",
   * a given name), never this one. (A country's names and its seats fold accents: "México", "Bogotá", "Türkiye".) */
  plainLetters: boolean;
}

/** A word at the trie's root: the node it leads to, if any, and whether it is the plural of a name of one word there. */
interface RootEntry {
  node: Node | undefined;
  plural: boolean;
}

interface Node {
  next: Map<string, Node>;
  terminals: Terminal[];
  /** Whether a name goes on from here after a comma ("Foreign, Commonwealth and Development Office"). */
  comma?: boolean;
}

const HEAD_NOUNS = /^(?:agreements?|accords?|treaty|treaties|pact|protocol|conventions?|deal|initiative|charter|statute|declaration)$/i;

/** Head nouns that name the same kind of agreement. */
const ACCORD_FAMILY = ['agreement', 'agreements', 'accord', 'accords'];

/**
 * Names of agreements with their head noun swapped for another of ACCORD_FAMILY, each claimed by one entry only and by
 * no name of the glossary (`taken`: the keys of all its names).
 */
function headVariants(named: readonly { entry: GlossaryEntry; names: Set<string> }[], taken: ReadonlySet<string>): Map<string, GlossaryEntry> {
  const claims = new Map<string, { name: string; entry: GlossaryEntry | null }>();
  for (const { entry, names } of named) {
    if (entry.kind !== 'agreement') continue;
    for (const n of names) {
      const m = /^(.+)\s+(\S+)$/.exec(n);
      if (!m || !ACCORD_FAMILY.includes(m[2].toLowerCase())) continue;
      for (const head of ACCORD_FAMILY) {
        const variant = `${m[1]} ${head[0].toUpperCase()}${head.slice(1)}`;
        const key = phraseKey(variant);
        if (taken.has(key)) continue;
        const seen = claims.get(key);
        if (!seen) claims.set(key, { name: variant, entry });
        else if (seen.entry !== entry) seen.entry = null;
      }
    }
  }
  const out = new Map<string, GlossaryEntry>();
  for (const { name, entry } of claims.values()) if (entry) out.set(name, entry);
  return out;
}

/** Longest alias, in words; longer aliases are ignored so that matching stays linear. */
const MAX_WORDS = 16;

function newNode(): Node {
  return { next: new Map(), terminals: [] };
}

function phraseKey(phrase: string): string {
  return tokenize(phrase)
    .map((t) => t.key)
    .join(' ');
}

/** Builds a gazetteer for a glossary (merged built-in + workspace entries). */
export function createGazetteer(data: GlossaryData): Gazetteer {
  const byId = new Map<string, GlossaryEntry>();
  const root = newNode();
  const stop = new Set<string>();
  for (const s of data.stoplist ?? []) if (typeof s === 'string' && s.trim()) stop.add(phraseKey(s));
  const named: { entry: GlossaryEntry; names: Set<string> }[] = [];
  for (const entry of data.entries ?? []) {
    if (!entry || typeof entry.id !== 'string') continue;
    byId.set(entry.id, entry);
    const names = new Set<string>();
    if (typeof entry.label === 'string') names.add(entry.label);
    for (const a of entry.aliases ?? []) if (typeof a === 'string') names.add(a);
    for (const a of entry.seats ?? []) if (typeof a === 'string') names.add(a);
    named.push({ entry, names });
  }
  /** The keys of all the glossary's names ("camp david accords"), as `insert` adds them. */
  const taken = new Set<string>();
  /** Adds one name of an entry to the trie. */
  const insert = (entry: GlossaryEntry, name: string): void => {
    const toks = tokenize(name);
    if (toks.length === 0 || toks.length > MAX_WORDS) return;
    const key = toks.map((t) => t.key).join(' ');
    taken.add(key);
    if (stop.has(key)) return;
    let node = root;
    for (let j = 0; j < toks.length; j++) {
      let n = node.next.get(toks[j].key);
      if (!n) node.next.set(toks[j].key, (n = newNode()));
      node = n;
      if (j + 1 < toks.length && commaBetween(name, toks[j], toks[j + 1])) node.comma = true;
    }
    const words = toks.map((t) => t.text);
    const rules = words.map(caseRuleOf);
    // News writes "the Paris accord", "the Minsk agreements": an agreement's head noun may be lower case.
    if (entry.kind === 'agreement' && words.length > 1 && rules[rules.length - 1] === 'capital' && HEAD_NOUNS.test(words[words.length - 1])) {
      rules[rules.length - 1] = 'any';
    }
    const plainLetters = entry.category === 'country' && words.length === 1 && name !== entry.label && !entry.seats?.includes(name) && DEMONYM_ENDING_RE.test(name) && !hasNonAscii(name);
    // (Every terminal has the same fields, in the same order: one shape keeps the matcher's reads monomorphic.)
    node.terminals.push({ entry, alias: name, words, rules, plus: name.endsWith('+'), plainLetters });
  };
  for (const { entry, names } of named) for (const name of names) insert(entry, name);
  // News names an accord by another head noun than its own: "the Camp David agreement" (Camp David Accords), "the Oslo
  // agreement". Each agreement's names also match with the other heads of that family, where no other entry claims
  // the same words.
  for (const [name, entry] of headVariants(named, taken)) insert(entry, name);
  // The root's map again, looked up by the hash each token carries (every word of an article asks it), with the plural
  // forms ("-s", "-es") of the root's names of one word: a word ending in "s" elsewhere (most such words of an article)
  // is answered by this one lookup instead of slicing its key twice to look the singulars up.
  // (Room for every first word and its two plural forms.)
  const rootTable = new KeyTable<RootEntry>(root.next.size * 3);
  const rootEntry = (key: string): RootEntry => {
    let e = rootTable.get(key, keyHash(key));
    if (!e) rootTable.set(key, (e = { node: undefined, plural: false }));
    return e;
  };
  for (const [key, n] of root.next) {
    rootEntry(key).node = n;
    if (!n.terminals.length) continue;
    rootEntry(key + 's').plural = true;
    rootEntry(key + 'es').plural = true;
  }

  const fits = (term: Terminal, toks: Token[], i: number, strip: number): boolean => {
    if (term.plainLetters && hasNonAscii(toks[i].text)) return false;
    for (let k = 0; k < term.words.length; k++) {
      let w = toks[i + k].text;
      if (strip && k === term.words.length - 1) w = w.slice(0, w.length - strip);
      if (!caseFits(term.rules[k], term.words[k], w)) return false;
    }
    return true;
  };

  /**
   * The first terminal at node that the tokens from i fit (the last one `strip` letters shorter), if any. Where a "+"
   * follows the words, a name that ends in one comes first ("OPEC+" before "OPEC").
   */
  const fitting = (node: Node | undefined, toks: Token[], i: number, strip: number, plusAfter = false): Terminal | null => {
    if (!node) return null;
    let plain: Terminal | null = null;
    for (let k = 0; k < node.terminals.length; k++) {
      const x = node.terminals[k];
      // A plural ending never turns an acronym into another ("USS" is not "US").
      if (strip && x.rules[x.rules.length - 1] === 'acronym') continue;
      if ((x.plus && !plusAfter) || !fits(x, toks, i, strip)) continue;
      if (x.plus || !plusAfter) return x;
      plain ??= x;
    }
    return plain;
  };

  const matchTokens = (text: string, toks: Token[]): GazetteerMatch[] => {
    const out: GazetteerMatch[] = [];
    let i = 0;
    while (i < toks.length) {
      let bestLen = 0;
      let bestTerm: Terminal | null = null;
      let node: Node | undefined = root;
      for (let k = 0; k < MAX_WORDS && i + k < toks.length && node; k++) {
        const t = toks[i + k];
        // Words of one phrase must be adjacent: only spaces, hyphens or a possessive may separate them.
        // (A name written with a comma may have one there too.)
        if (k > 0 && !joinable(text, toks[i + k - 1], t) && !(node.comma && commaBetween(text, toks[i + k - 1], t))) break;
        const key = t.key;
        let exact: Node | undefined;
        let rootPlural = false;
        if (k === 0) {
          const e = rootTable.get(key, t.hash);
          // (Most words of an article start no name, nor end one in the plural.)
          if (!e) break;
          exact = e.node;
          rootPlural = e.plural;
        } else exact = node.next.get(key);
        // A plural ("Iraqis", "Kurds") may end a phrase written in the singular.
        if (key.length > 3 && key.charCodeAt(key.length - 1) === 115 /* s */ && (k > 0 || rootPlural)) {
          let term = fitting(node.next.get(key.slice(0, -1)), toks, i, 1);
          if (!term && key.charCodeAt(key.length - 2) === 101 /* e */) term = fitting(node.next.get(key.slice(0, -2)), toks, i, 2);
          if (term) {
            bestLen = k + 1;
            bestTerm = term;
          }
        }
        if (exact && exact.terminals.length) {
          const term = fitting(exact, toks, i, 0, text.charCodeAt(t.end) === 43);
          if (term) {
            bestLen = k + 1;
            bestTerm = term;
          }
        }
        node = exact;
      }
      if (bestTerm) {
        const start = toks[i].start;
        const end = toks[i + bestLen - 1].end + (bestTerm.plus ? 1 : 0);
        out.push({ start, end, entry: bestTerm.entry, alias: bestTerm.alias });
        i += bestLen;
      } else i++;
    }
    return stop.size ? out.filter((m) => !stopHit(toks, m)) : out;
  };

  // The stoplist also removes matches it names in other words than the alias (e.g. a plural).
  const stopHit = (toks: Token[], m: GazetteerMatch): boolean => {
    const words: string[] = [];
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k];
      if (t.start >= m.start && t.end <= m.end) words.push(t.key);
    }
    return stop.has(words.join(' ')) || stop.has(phraseKey(m.alias ?? ''));
  };

  return {
    data,
    get: (id) => byId.get(id),
    match: (text, from = 0, to = text.length) => matchTokens(text, tokenize(text, from, to)),
    matchTokens,
    stopped: (phrase) => stop.has(phraseKey(phrase)),
  };
}

/** The endings of demonyms ("German", "Chinese", "British", "Iraqi"), which a country's other one-word names lack. */
const DEMONYM_ENDING_RE = /(?:an|ese|ish|i)$/;

/** Whether two consecutive tokens are separated by a comma and a space. */
function commaBetween(text: string, a: Token, b: Token): boolean {
  return b.start - a.end === 2 && text.charCodeAt(a.end) === 44 && text.charCodeAt(a.end + 1) === 32;
}

/** Whether two consecutive tokens can belong to one name: separated by a space, a hyphen, an apostrophe
 * or an abbreviation's dot, never by other punctuation or a blank line. */
export function joinable(text: string, a: { end: number }, b: { start: number }): boolean {
  const gap = b.start - a.end;
  if (gap < 0 || gap > 3) return false;
  if (gap === 0) return true;
  if (gap === 1 && text.charCodeAt(a.end) === 32) return true;
  // Exactly /^(?:[ \u00a0]{1,2}|\r?\n|[-\u2010\u2011'\u2019]|\. )$/ on the gap, without slicing it.
  const c = text.charCodeAt(a.end);
  if (gap === 1) return c === 0xa0 || c === 10 || c === 45 || c === 0x2010 || c === 0x2011 || c === 39 || c === 0x2019;
  if (gap !== 2) return false;
  const d = text.charCodeAt(a.end + 1);
  return ((c === 32 || c === 0xa0) && (d === 32 || d === 0xa0)) || (c === 13 && d === 10) || (c === 46 && d === 32);
}

export { normaliseWord };
