// "Add as an alias of X": which glossary entries an unknown mention most likely names. Scores mix word
// overlap, containment, acronyms ("PMF" for "Popular Mobilization Forces") and character trigrams, so
// "Kurdish Peshmerga" finds "Peshmerga" and "Popular Mobilisation Units" finds "Popular Mobilization Forces".
import type { GlossaryEntry } from '../analysis/glossaryTypes';
import { tokenize } from '../analysis/tokens';
import { forCore } from '../analysis/fold';
import { pushTo } from '../analysis/order';

const STOP = new Set(['the', 'of', 'and', 'for', 'in', 'on', 'to', 'a', 'an', 'al', 'el', 's']);

function words(s: string): string[] {
  return tokenize(forCore(s)).map((t) => t.key).filter((w) => !STOP.has(w));
}

/** What scoring needs of one name, computed once: its words, their set, its acronym and its trigrams. */
interface NameFeatures {
  words: string[];
  joined: string;
  wordSet: Set<string>;
  acronym: string;
  trigrams: Set<string>;
}

function features(s: string): NameFeatures {
  const w = words(s);
  const joined = w.join(' ');
  const t = ` ${joined} `;
  const trigrams = new Set<string>();
  for (let i = 0; i + 3 <= t.length; i++) trigrams.add(t.slice(i, i + 3));
  return { words: w, joined, wordSet: new Set(w), acronym: w.map((x) => x[0]).join(''), trigrams };
}

/** Dice coefficient of two trigram sets; `shared`, when known, is the size of their intersection. */
function dice(a: Set<string>, b: Set<string>, shared?: number): number {
  if (!a.size || !b.size) return 0;
  let n = shared ?? 0;
  if (shared === undefined) for (const x of a) if (b.has(x)) n++;
  return (2 * n) / (a.size + b.size);
}

function similarity(a: NameFeatures, b: NameFeatures, sharedTrigrams?: number): number {
  if (!a.words.length || !b.words.length) return 0;
  if (a.joined === b.joined) return 1;
  let shared = 0;
  for (const w of a.words) if (b.wordSet.has(w)) shared++;
  const overlap = shared / Math.max(a.words.length, b.words.length);
  const contained = shared === Math.min(a.words.length, b.words.length) ? 0.75 : 0;
  const acro =
    (a.words.length === 1 && a.words[0].length >= 2 && a.words[0] === b.acronym) || (b.words.length === 1 && b.words[0].length >= 2 && b.words[0] === a.acronym) ? 0.9 : 0;
  return Math.max(overlap, contained, acro, dice(a.trigrams, b.trigrams, sharedTrigrams) * 0.9);
}

/** Similarity of a mention to one name, in [0, 1]. */
export function nameSimilarity(mention: string, name: string): number {
  return similarity(features(mention), features(name));
}

/**
 * The names of a list of entries, indexed so that a request scores only the names that can score above 0:
 * those sharing a trigram with the mention (every shared word or spelling variant does), and the acronym
 * matches ("PMF" for "Popular Mobilization Forces" and back). A name sharing none of these scores 0.
 */
interface NameIndex {
  /** The entries indexed, and what their names were read from (to notice a list or entry that changed). */
  entries: GlossaryEntry[];
  labels: string[];
  aliases: (string[] | undefined)[];
  aliasCounts: number[];
  /** Each entry's names and the number of its first name; for each name (by number) the entry it belongs to. */
  names: NameFeatures[][];
  firstName: number[];
  owner: number[];
  byTrigram: Map<string, number[]>;
  /** Names by their acronym; one-word names (of two letters or more) by that word. */
  byAcronym: Map<string, number[]>;
  byOnlyWord: Map<string, number[]>;
}

// Code actions ask on every selection, and a glossary can have thousands of entries: the index is built once
// per list of entries (the gazetteer keeps one list per glossary version) instead of on every request.
const indexes = new WeakMap<readonly GlossaryEntry[], NameIndex>();

function buildIndex(entries: readonly GlossaryEntry[]): NameIndex {
  const index: NameIndex = {
    entries: [...entries],
    labels: entries.map((e) => e.label),
    aliases: entries.map((e) => e.aliases),
    aliasCounts: entries.map((e) => e.aliases?.length ?? 0),
    names: [],
    firstName: [],
    owner: [],
    byTrigram: new Map(),
    byAcronym: new Map(),
    byOnlyWord: new Map(),
  };
  entries.forEach((e, i) => {
    const names = [e.label, ...(e.aliases ?? [])].map(features);
    index.names.push(names);
    index.firstName.push(index.owner.length);
    for (const f of names) {
      const n = index.owner.push(i) - 1;
      for (const t of f.trigrams) pushTo(index.byTrigram, t, n);
      if (f.acronym) pushTo(index.byAcronym, f.acronym, n);
      if (f.words.length === 1 && f.words[0].length >= 2) pushTo(index.byOnlyWord, f.words[0], n);
    }
  });
  return index;
}

function isCurrent(index: NameIndex, entries: readonly GlossaryEntry[]): boolean {
  if (index.entries.length !== entries.length) return false;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (e !== index.entries[i] || e.label !== index.labels[i] || e.aliases !== index.aliases[i] || (e.aliases?.length ?? 0) !== index.aliasCounts[i]) return false;
  }
  return true;
}

function indexOf(entries: readonly GlossaryEntry[]): NameIndex {
  let index = indexes.get(entries);
  if (!index || !isCurrent(index, entries)) indexes.set(entries, (index = buildIndex(entries)));
  return index;
}

/** Ranks entries for one mention: see similarEntries. */
export type SimilarFinder = (mention: string, kind: string, n?: number, floor?: number) => { entry: GlossaryEntry; score: number }[];

/**
 * similarEntries for many mentions against one list of entries (a whole article's unknown names): the index is
 * made or checked once, not once per mention (a loop over every entry), and the counts of shared trigrams are
 * kept in one array, cleared after each mention, not allocated for each. The list must not change meanwhile.
 */
export function similarFinder(entries: readonly GlossaryEntry[]): SimilarFinder {
  const index = indexOf(entries);
  const scratch = { shared: new Int32Array(index.owner.length), hit: new Uint8Array(entries.length) };
  return (mention, kind, n = 3, floor = 0.45) => rank(index, scratch, entries, mention, kind, n, floor);
}

/** Entries of the right kind ranked by similarity to the mention (best first, at most n, above a floor). */
export function similarEntries(mention: string, kind: string, entries: readonly GlossaryEntry[], n = 3, floor = 0.45): { entry: GlossaryEntry; score: number }[] {
  return similarFinder(entries)(mention, kind, n, floor);
}

/**
 * Per list of entries, what a ranking counts in and clears before it returns: the trigrams each name shares with
 * the mention, and which entries were met.
 */
interface Scratch {
  shared: Int32Array;
  hit: Uint8Array;
}

/** similarEntries with the index of the entries. */
function rank(index: NameIndex, scratch: Scratch, entries: readonly GlossaryEntry[], mention: string, kind: string, n: number, floor: number): { entry: GlossaryEntry; score: number }[] {
  const { shared, hit } = scratch;
  const out: { entry: GlossaryEntry; score: number }[] = [];
  // Names are written with capitals; "security vacuum" shares a word with "Security Council" but names nothing.
  if (!/\p{Lu}/u.test(mention)) return out;
  const m = features(mention);
  // With a floor above 0 only names that can score above 0 matter; otherwise every entry is in. Walking the
  // trigram lists also counts each name's trigrams in common with the mention, which is what Dice needs.
  let candidates: number[];
  if (floor > 0) {
    candidates = [];
    const add = (list: number[] | undefined, counts: boolean): void => {
      for (const name of list ?? []) {
        if (counts) shared[name]++;
        const i = index.owner[name];
        if (!hit[i]) {
          hit[i] = 1;
          candidates.push(i);
        }
      }
    };
    for (const t of m.trigrams) add(index.byTrigram.get(t), true);
    if (m.words.length === 1 && m.words[0].length >= 2) add(index.byAcronym.get(m.words[0]), false);
    if (m.acronym) add(index.byOnlyWord.get(m.acronym), false);
    // In list order, so that equal scores keep the order they had (a typed array sorts numbers natively).
    candidates = Array.from(Int32Array.from(candidates).sort());
  } else candidates = entries.map((_, i) => i);
  for (const i of candidates) {
    const e = entries[i];
    if (e.kind !== kind) continue;
    let score = 0;
    const names = index.names[i];
    for (let k = 0; k < names.length; k++) score = Math.max(score, similarity(m, names[k], floor > 0 ? shared[index.firstName[i] + k] : undefined));
    if (score >= floor) out.push({ entry: e, score });
  }
  if (floor > 0) {
    for (const t of m.trigrams) for (const name of index.byTrigram.get(t) ?? []) shared[name] = 0;
    for (const i of candidates) hit[i] = 0;
  }
  return out.sort((x, y) => y.score - x.score || x.entry.label.localeCompare(y.entry.label)).slice(0, n);
}
