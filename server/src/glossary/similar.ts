// "Add as an alias of X": which glossary entries an unknown mention most likely names. Scores mix word
// overlap, containment, acronyms ("PMF" for "Popular Mobilization Forces") and character trigrams, so
// "Kurdish Peshmerga" finds "Peshmerga" and "Popular Mobilisation Units" finds "Popular Mobilization Forces".
import type { GlossaryEntry } from '../analysis/glossaryTypes';
import { tokenize } from '../analysis/tokens';

const STOP = new Set(['the', 'of', 'and', 'for', 'in', 'on', 'to', 'a', 'an', 'al', 'el', 's']);

function words(s: string): string[] {
  return tokenize(s).map((t) => t.key).filter((w) => !STOP.has(w));
}

function trigrams(s: string): Set<string> {
  const t = ` ${words(s).join(' ')} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= t.length; i++) out.add(t.slice(i, i + 3));
  return out;
}

function dice(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return (2 * n) / (a.size + b.size);
}

function acronym(s: string): string {
  return words(s).map((w) => w[0]).join('');
}

/** Similarity of a mention to one name, in [0, 1]. */
export function nameSimilarity(mention: string, name: string): number {
  const a = words(mention);
  const b = words(name);
  if (!a.length || !b.length) return 0;
  const ja = a.join(' ');
  const jb = b.join(' ');
  if (ja === jb) return 1;
  const setB = new Set(b);
  const shared = a.filter((w) => setB.has(w)).length;
  const overlap = shared / Math.max(a.length, b.length);
  const contained = shared === Math.min(a.length, b.length) ? 0.75 : 0;
  const acro = (a.length === 1 && a[0].length >= 2 && a[0] === acronym(name)) || (b.length === 1 && b[0].length >= 2 && b[0] === acronym(mention)) ? 0.9 : 0;
  return Math.max(overlap, contained, acro, dice(trigrams(mention), trigrams(name)) * 0.9);
}

/** Entries of the right kind ranked by similarity to the mention (best first, at most n, above a floor). */
export function similarEntries(mention: string, kind: string, entries: readonly GlossaryEntry[], n = 3, floor = 0.45): { entry: GlossaryEntry; score: number }[] {
  const out: { entry: GlossaryEntry; score: number }[] = [];
  // Names are written with capitals; "security vacuum" shares a word with "Security Council" but names nothing.
  if (!/\p{Lu}/u.test(mention)) return out;
  for (const e of entries) {
    if (e.kind !== kind) continue;
    let score = 0;
    for (const name of [e.label, ...(e.aliases ?? [])]) score = Math.max(score, nameSimilarity(mention, name));
    if (score >= floor) out.push({ entry: e, score });
  }
  return out.sort((x, y) => y.score - x.score || x.entry.label.localeCompare(y.entry.label)).slice(0, n);
}
