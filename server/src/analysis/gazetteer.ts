// A fast phrase matcher over the glossary: a trie keyed by normalised words, so matching costs
// O(words in the text x longest alias) whatever the glossary size.
import { FOLDING, forCore, forCoreDeep } from './fold';
import type { GlossaryData, GlossaryEntry } from './glossaryTypes';
import type { CaseRule, Token } from './tokens';
import * as tokensModule from './tokens';
import * as charsModule from './chars';
// Imported helpers as local constants: under tsx (tests, eval, bench) every use of an import is a getter call.
const { caseFits, caseRuleOf, hasNonAscii, keyOfTokens, KeyTable, normaliseWord, phraseKeyOf, tokenize } = tokensModule;
const { hashWord } = charsModule;

export interface GazetteerMatch {
  start: number;
  end: number;
  entry: GlossaryEntry;
  /** The alias (or label) that matched, as written in the glossary. */
  alias?: string;
}

export interface Gazetteer {
  readonly data: GlossaryData;
  /** Entry by id, as the glossary has it. */
  get(id: string): GlossaryEntry | undefined;
  /** Entry by id as the core reads it: its names in the article's one-byte form in the bundles (fold.ts), else get's. */
  entry(id: string): GlossaryEntry | undefined;
  /** Longest non-overlapping matches of glossary labels and aliases in text[from, to) (text as the core reads it, and
   * entries as entry() gives them: from outside the core, fold the text with forCore and look entries up with get). */
  match(text: string, from?: number, to?: number): GazetteerMatch[];
  /** Matches over already computed tokens (the actor finder tokenizes once). */
  matchTokens(text: string, tokens: Token[]): GazetteerMatch[];
  /** Whether a phrase is on the stoplist (case-insensitive). */
  stopped(phrase: string): boolean;
}

interface Terminal {
  entry: GlossaryEntry;
  alias: string;
  /** The alias's words and their case rules: read by `ready` when the matcher first meets the terminal (most of the
   * glossary's ~1,500 names never are in one run, and the gazetteer is built at every start). */
  words: string[];
  rules: CaseRule[];
  /** Whether words, rules and plainLetters are set. */
  ready: boolean;
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
  /** The nodes of the next words (NO_NEXT, shared, where no name goes on: most nodes). */
  next: Map<string, Node>;
  /** The names that end here (NO_TERMINALS, shared, where none does). */
  terminals: Terminal[];
  /** Whether a name goes on from here after a comma ("Foreign, Commonwealth and Development Office"). */
  comma: boolean;
  /** Whether a name goes on from here after an ampersand or a slash ("S&D", "Greens/EFA", "Johnson & Johnson"). */
  glue: boolean;
}

// (Shared by the nodes that have none: a gazetteer is built at every start, one node per word of ~1,500 names.)
const NO_NEXT: ReadonlyMap<string, Node> = new Map();
const NO_TERMINALS: readonly Terminal[] = [];
const NO_WORDS: string[] = [];
const NO_RULES: CaseRule[] = [];
/** The trie's root in the matcher's walk: its words are in the gazetteer's root table. */
const ROOT: Node = { next: NO_NEXT as Map<string, Node>, terminals: NO_TERMINALS as Terminal[], comma: false, glue: false };
/** The root table's entry of a plural form that starts no name itself (never changed). */
const PLURAL_ONLY: RootEntry = Object.freeze({ node: undefined, plural: true });

const HEAD_NOUNS = /^(?:agreements?|accords?|treaty|treaties|pact|protocol|conventions?|deal|initiative|charter|statute|declaration)$/i;

/** Head nouns that name the same kind of agreement. */
const ACCORD_FAMILY = ['agreement', 'agreements', 'accord', 'accords'];

/**
 * Names of agreements with their head noun swapped for another of ACCORD_FAMILY, each claimed by one entry only and by
 * no name of the glossary (`taken`: the keys of all its names that end in one of ACCORD_FAMILY).
 */
function headVariants(named: readonly { entry: GlossaryEntry; names: readonly string[] }[], taken: ReadonlySet<string>): { name: string; entry: GlossaryEntry; toks: Token[] }[] {
  const claims = new Map<string, { name: string; entry: GlossaryEntry | null; toks: Token[] }>();
  for (const { entry, names } of named) {
    if (entry.kind !== 'agreement') continue;
    for (const n of names) {
      const m = /^(.+)\s+(\S+)$/.exec(n);
      if (!m || !ACCORD_FAMILY.includes(m[2].toLowerCase())) continue;
      for (const head of ACCORD_FAMILY) {
        const variant = `${m[1]} ${head[0].toUpperCase()}${head.slice(1)}`;
        const toks = tokenize(variant);
        const key = keyOfTokens(toks);
        if (taken.has(key)) continue;
        const seen = claims.get(key);
        if (!seen) claims.set(key, { name: variant, entry, toks });
        else if (seen.entry !== entry) seen.entry = null;
      }
    }
  }
  // (In the order of the claims, as a Map by name kept them: two claims never share a name, whose key is theirs.)
  const out: { name: string; entry: GlossaryEntry; toks: Token[] }[] = [];
  for (const { name, entry, toks } of claims.values()) if (entry) out.push({ name, entry, toks });
  return out;
}

/** Longest alias, in words; longer aliases are ignored so that matching stays linear. */
const MAX_WORDS = 16;

function newNode(): Node {
  return { next: NO_NEXT as Map<string, Node>, terminals: NO_TERMINALS as Terminal[], comma: false, glue: false };
}

/** The distinct names through which the text meets an entry, in order: its label, aliases and seats. (A list, not a
 * Set, for the few names of an entry.) */
export function entryNames(entry: GlossaryEntry): string[] {
  const names: string[] = [];
  if (typeof entry.label === 'string') names.push(entry.label);
  for (const a of entry.aliases ?? []) if (typeof a === 'string' && !names.includes(a)) names.push(a);
  for (const a of entry.seats ?? []) if (typeof a === 'string' && !names.includes(a)) names.push(a);
  return names;
}

/** Builds a gazetteer for a glossary (merged built-in + workspace entries). */
export function createGazetteer(data: GlossaryData): Gazetteer {
  const byId = new Map<string, GlossaryEntry>();
  /** The entries as the core reads them (the same as byId's but in the bundles, see fold.ts). */
  const coreById = FOLDING ? new Map<string, GlossaryEntry>() : byId;
  const stop = new Set<string>();
  for (const s of data.stoplist ?? []) if (typeof s === 'string' && s.trim()) stop.add(phraseKeyOf(forCore(s)));
  // (About how many names there are, for the room below.)
  let nameCount = 0;
  for (const entry of data.entries ?? []) if (entry) nameCount += 1 + (entry.aliases?.length ?? 0) + (entry.seats?.length ?? 0);
  // The trie's first level is a table looked up by the hash each token carries (every word of an article asks it),
  // which also holds the plural forms ("-s", "-es") of the names of one word: a word ending in "s" elsewhere (most
  // such words of an article) is answered by this one lookup instead of slicing its key twice to look the singulars
  // up. (Room for the first words and plural forms of most glossaries: it grows for more.)
  const rootTable = new KeyTable<RootEntry>(nameCount * 2);
  /** The first words' keys and nodes, in the order they were added. */
  const rootKeys: string[] = [];
  const rootNodes: Node[] = [];
  /** The keys of the glossary's names whose last word is a head noun of ACCORD_FAMILY ("camp david accords"), as
   * `insert` adds them: those that a variant's key (see headVariants) can equal. */
  const taken = new Set<string>();
  /**
   * Whether a name (its tokens) is in the stoplist; the key of a name that ends in an accord is noted in `taken`. (Its
   * own function, called for every name: the key, first made for the first such name, deoptimised insert.)
   */
  const stopped = (toks: Token[]): boolean => {
    // (The name's key only where it can matter: most glossaries have no stoplist, and few names end in an accord.)
    const last = toks[toks.length - 1].key;
    if (!stop.size && !ACCORD_FAMILY.includes(last)) return false;
    const key = keyOfTokens(toks);
    if (ACCORD_FAMILY.includes(last)) taken.add(key);
    return stop.has(key);
  };
  /** Adds one name of an entry (its tokens) to the trie. */
  const insert = (entry: GlossaryEntry, name: string, toks: Token[]): void => {
    if (toks.length === 0 || toks.length > MAX_WORDS) return;
    if (stopped(toks)) return;
    const first = toks[0];
    let e = rootTable.get(first.key, first.hash);
    if (!e) rootTable.set(first.key, (e = { node: undefined, plural: false }), first.hash);
    let node = e.node;
    if (!node) {
      node = e.node = newNode();
      rootKeys.push(first.key);
      rootNodes.push(node);
    }
    for (let j = 0; ; j++) {
      if (j + 1 < toks.length && commaBetween(name, toks[j], toks[j + 1])) node.comma = true;
      if (j + 1 < toks.length && glueBetween(name, toks[j], toks[j + 1])) node.glue = true;
      if (j + 1 === toks.length) break;
      if (node.next === NO_NEXT) node.next = new Map();
      let n = node.next.get(toks[j + 1].key);
      if (!n) node.next.set(toks[j + 1].key, (n = newNode()));
      node = n;
    }
    if (node.terminals === NO_TERMINALS) node.terminals = [];
    // (Every terminal has the same fields, in the same order: one shape keeps the matcher's reads monomorphic.)
    node.terminals.push({ entry, alias: name, words: NO_WORDS, rules: NO_RULES, ready: false, plus: name.endsWith('+'), plainLetters: false });
  };
  /** The agreements and their names, for headVariants. */
  const agreements: { entry: GlossaryEntry; names: string[] }[] = [];
  for (const written of data.entries ?? []) {
    if (!written || typeof written.id !== 'string') continue;
    byId.set(written.id, written);
    const entry = FOLDING ? forCoreDeep(written) : written;
    if (FOLDING) coreById.set(entry.id, entry);
    const names = entryNames(entry);
    for (const name of names) insert(entry, name, tokenize(name));
    if (entry.kind === 'agreement') agreements.push({ entry, names });
  }
  // News names an accord by another head noun than its own: "the Camp David agreement" (Camp David Accords), "the Oslo
  // agreement". Each agreement's names also match with the other heads of that family, where no other entry claims
  // the same words.
  for (const { name, entry, toks } of headVariants(agreements, taken)) insert(entry, name, toks);
  // The plural forms of the names of one word.
  const markPlural = (key: string): void => {
    const hash = hashWord(key);
    const e = rootTable.get(key, hash);
    if (!e) rootTable.set(key, PLURAL_ONLY, hash);
    else if (!e.plural) e.plural = true;
  };
  for (let r = 0; r < rootNodes.length; r++) {
    if (!rootNodes[r].terminals.length) continue;
    markPlural(rootKeys[r] + 's');
    markPlural(rootKeys[r] + 'es');
  }
  /** A node of the first level. */
  const rootNode = (key: string): Node | undefined => rootTable.get(key, hashWord(key))?.node;

  /** Sets a terminal's words, case rules and plainLetters, from its alias's tokens as `insert` had them. */
  const ready = (term: Terminal): void => {
    const { entry, alias: name } = term;
    const toks = tokenize(name);
    const words = toks.map((t) => t.text);
    const rules = words.map(caseRuleOf);
    // News writes "the Paris accord", "the Minsk agreements": an agreement's head noun may be lower case.
    if (entry.kind === 'agreement' && words.length > 1 && rules[rules.length - 1] === 'capital' && HEAD_NOUNS.test(words[words.length - 1])) {
      rules[rules.length - 1] = 'any';
    }
    // The UN writes "resolution 2231 (2015)": a resolution's noun before its number may be lower case.
    if (entry.kind === 'agreement' && words.length === 2 && words[0] === 'Resolution' && /^\d+$/.test(words[1])) rules[0] = 'any';
    term.words = words;
    term.rules = rules;
    term.plainLetters = entry.category === 'country' && words.length === 1 && name !== entry.label && !entry.seats?.includes(name) && DEMONYM_ENDING_RE.test(name) && !hasNonAscii(name);
    term.ready = true;
  };

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
      if (!x.ready) ready(x);
      // A plural ending never turns an acronym into another ("USS" is not "US").
      if (strip && x.rules[x.rules.length - 1] === 'acronym') continue;
      if ((x.plus && !plusAfter) || !fits(x, toks, i, strip)) continue;
      if (x.plus || !plusAfter) return x;
      plain ??= x;
    }
    return plain;
  };

  // The phrase whose word k (of the phrase at token i) is the plural key of its last word, after node; "-s" first, then
  // "-es". (Its own function, called for every plural: the first "-es" tried deoptimised the optimised matchTokens.)
  const pluralTerm = (node: Node, key: string, k: number, toks: Token[], i: number): Terminal | null => {
    const term = fitting(k === 0 ? rootNode(key.slice(0, -1)) : node.next.get(key.slice(0, -1)), toks, i, 1);
    if (term || key.charCodeAt(key.length - 2) !== 101 /* e */) return term;
    return fitting(k === 0 ? rootNode(key.slice(0, -2)) : node.next.get(key.slice(0, -2)), toks, i, 2);
  };

  const matchTokens = (text: string, toks: Token[]): GazetteerMatch[] => {
    const out: GazetteerMatch[] = [];
    let i = 0;
    while (i < toks.length) {
      let bestLen = 0;
      let bestTerm: Terminal | null = null;
      // (The first word is looked up in rootTable: the root node holds none.)
      let node: Node | undefined = ROOT;
      for (let k = 0; k < MAX_WORDS && i + k < toks.length && node; k++) {
        const t = toks[i + k];
        // Words of one phrase must be adjacent: only spaces, hyphens or a possessive may separate them.
        // (A name written with a comma may have one there too.)
        // (So may an ampersand or a slash, where the name has one: "the S&D", "the Greens/EFA group".)
        if (k > 0 && !joinable(text, toks[i + k - 1], t) && !(node.comma && commaBetween(text, toks[i + k - 1], t)) && !(node.glue && glueBetween(text, toks[i + k - 1], t))) break;
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
          const term = pluralTerm(node, key, k, toks, i);
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
    return stop.has(words.join(' ')) || stop.has(phraseKeyOf(m.alias ?? ''));
  };

  return {
    data,
    get: (id) => byId.get(id),
    entry: (id) => coreById.get(id),
    match: (text, from = 0, to = text.length) => matchTokens(text, tokenize(text, from, to)),
    matchTokens,
    stopped: (phrase) => stop.has(phraseKeyOf(phrase)),
  };
}

/** The endings of demonyms ("German", "Chinese", "British", "Iraqi"), which a country's other one-word names lack; and
 * the nouns for one of a people that have none of those endings ("Turk", "Dane", "Pole", "Swede"): "Volker Türk" is a
 * surname, no Turk. */
const DEMONYM_ENDING_RE = /(?:an|ese|ish|i)$|^(?:Turk|Dane|Pole|Finn|Swede|Scot|Serb|Croat|Czech|Slovak|Greek|Thai|Uzbek|Kazakh|Tajik|Kyrgyz|Turkmen|Filipino|Briton)$/;

/** Whether two consecutive tokens are separated by a comma and a space. */
function commaBetween(text: string, a: Token, b: Token): boolean {
  return b.start - a.end === 2 && text.charCodeAt(a.end) === 44 && text.charCodeAt(a.end + 1) === 32;
}

/** Whether two consecutive tokens are separated by an ampersand or a slash alone, or by " & ". */
function glueBetween(text: string, a: Token, b: Token): boolean {
  const gap = b.start - a.end;
  const c = text.charCodeAt(a.end + (gap === 3 ? 1 : 0));
  return (gap === 1 && (c === 38 || c === 47)) || (gap === 3 && c === 38 && text.charCodeAt(a.end) === 32 && text.charCodeAt(a.end + 2) === 32);
}

/** Whether two consecutive tokens can belong to one name: separated by a space, a hyphen, an apostrophe
 * or an abbreviation's dot, never by other punctuation or a blank line. */
export function joinable(text: string, a: { end: number }, b: { start: number }): boolean {
  const gap = b.start - a.end;
  if (gap > 2) return softBreakGap(text, a.end, b.start) || invisibleGap(text, a.end, b.start);
  if (gap < 0) return false;
  if (gap === 0) return true;
  if (gap === 1 && text.charCodeAt(a.end) === 32) return true;
  // Exactly /^(?:[ \u00a0]{1,2}|\r?\n|[-\u2010\u2011'\u2019]|\. | \u00a0{2,8})$/ on the gap, without slicing it.
  const c = text.charCodeAt(a.end);
  if (gap === 1) return c === 0xa0 || c === 10 || c === 45 || c === 0x2010 || c === 0x2011 || c === 39 || c === 0x2019 || invisibleCode(c);
  if (gap !== 2) return false;
  const d = text.charCodeAt(a.end + 1);
  return ((c === 32 || c === 0xa0) && (d === 32 || d === 0xa0)) || (c === 13 && d === 10) || (c === 46 && d === 32) || invisibleGap(text, a.end, b.start);
}

/** Characters that show nothing and part no words: zero-width space, non-joiner and joiner, the left-to-right and
 * right-to-left marks (copy beside Arabic or Hebrew holds them: "Prime Minister\u200e Haider al-Abadi"), word joiner, soft
 * hyphen. */
function invisibleCode(c: number): boolean {
  return (c >= 0x200b && c <= 0x200f) || c === 0x2060 || c === 0xad;
}
/**
 * Whether a gap joins once its invisible characters are read as nothing: a zero-width space a web page leaves inside a
 * name ("al\u200b-Burhan", "Abdel\u200b Fattah"). (Only gaps of a few characters, and only those that hold one.)
 */
function invisibleGap(text: string, from: number, to: number): boolean {
  if (to - from > 6) return false;
  let shown = '';
  for (let i = from; i < to; i++) if (!invisibleCode(text.charCodeAt(i))) shown += text[i];
  if (shown.length === to - from) return false;
  return joinable(shown, { end: 0 }, { start: shown.length });
}

/**
 * A hard wrap's soft break before a continued line's marks, as segment.ts unwrapText() writes it: one space, then a
 * no-break space for each mark ("the Energy⏎  Minister", "Minister⏎> Abdoulaye"). (At most 9 characters.)
 */
function softBreakGap(text: string, from: number, to: number): boolean {
  if (to - from > 9 || text.charCodeAt(from) !== 32) return false;
  for (let i = from + 1; i < to; i++) if (text.charCodeAt(i) !== 0xa0) return false;
  return true;
}

export { normaliseWord };
