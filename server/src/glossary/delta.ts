// What an edit of the glossary can change in an article. The core reaches the glossary only through the names it
// finds in the text (an entry's label, aliases and seats; an agreement's parties, found by their own names), so an
// article that holds no name of a changed entry, nor of a changed agreement's parties, nor a changed stoplist phrase,
// is annotated the same under the glossary before and after. The workspace's findings use this to read again only the
// articles an edit can touch.
import type { GlossaryData, GlossaryEntry } from '../analysis/glossaryTypes';
import { tokenize } from '../analysis/tokens';
import { entryNames } from '../analysis/gazetteer';

/** Beyond this many names changed at once (a glossary replaced, another branch checked out), every article counts. */
const MAX_NAMES = 400;

/** An agreement's head noun, which the matcher also swaps for another ("the Oslo agreement" for the Oslo Accords). */
const SWAPPED_HEADS = new Set(['agreement', 'agreements', 'accord', 'accords']);

/**
 * The keys of a text's words run together ("U.S.-Iraq" and "US Iraq" are both "usiraq"): a name the matcher finds in
 * the text, whose words may be parted by spaces, hyphens, commas, line breaks or invisible characters, and whose last
 * word may carry a plural ending, is a substring of the text's run, its own words' keys run together.
 */
export function runOfKeys(text: string, dropHead = false): string {
  const toks = tokenize(text);
  let end = toks.length;
  if (dropHead && end > 1 && SWAPPED_HEADS.has(toks[end - 1].key)) end--;
  let run = '';
  for (let i = 0; i < end; i++) run += toks[i].key;
  return run;
}

/** An entry as the analysis reads it: all but where it is written (every entry after an edit moves). */
function signature(e: GlossaryEntry): string {
  return JSON.stringify(e, (k, v) => (k === 'origin' ? undefined : v));
}

function byId(data: GlossaryData): Map<string, GlossaryEntry> {
  const map = new Map<string, GlossaryEntry>();
  for (const e of data.entries ?? []) if (e && typeof e.id === 'string') map.set(e.id, e);
  return map;
}

/**
 * Whether an article's text can be annotated otherwise under `after` than under `before`: true where it holds a name of
 * an entry added, removed or changed (or of a changed agreement's parties) or a stoplist phrase added or removed.
 */
export function glossaryDelta(before: GlossaryData, after: GlossaryData): (text: string) => boolean {
  const was = byId(before);
  const now = byId(after);
  const names: { name: string; agreement: boolean }[] = [];
  const note = (e: GlossaryEntry | undefined): void => {
    if (!e) return;
    for (const name of entryNames(e)) names.push({ name, agreement: e.kind === 'agreement' });
    for (const p of Array.isArray(e.parties) ? e.parties : []) {
      for (const party of [was.get(p), now.get(p)]) if (party) for (const name of entryNames(party)) names.push({ name, agreement: false });
    }
  };
  for (const [id, e] of was) {
    const other = now.get(id);
    if (!other || signature(other) !== signature(e)) {
      note(e);
      note(other);
    }
  }
  for (const [id, e] of now) if (!was.has(id)) note(e);
  const stopWas = new Set(before.stoplist ?? []);
  const stopNow = new Set(after.stoplist ?? []);
  for (const s of stopWas) if (!stopNow.has(s)) names.push({ name: s, agreement: false });
  for (const s of stopNow) if (!stopWas.has(s)) names.push({ name: s, agreement: false });
  if (names.length > MAX_NAMES) return () => true;
  const runs = new Set<string>();
  for (const { name, agreement } of names) {
    // (A name of no word never matches.)
    const run = typeof name === 'string' ? runOfKeys(name, agreement) : '';
    if (run) runs.add(run);
  }
  if (runs.size === 0) return () => false;
  const needles = [...runs];
  return (text) => {
    const run = runOfKeys(text);
    return needles.some((n) => run.includes(n));
  };
}

/** glossaryDelta for the last change asked about (a sweep of the workspace asks of the same one for every file). */
export class GlossaryChanges {
  private last: { before: GlossaryData; after: GlossaryData; touches: (text: string) => boolean } | undefined;

  /**
   * Whether what was made of `text` under `made.glossary` still holds under `now`: the glossary is the same, or its
   * change touches nothing the text names, in which case `made` is marked as made under `now`.
   */
  holds(made: { glossary: GlossaryData }, now: GlossaryData, text: string): boolean {
    if (made.glossary === now) return true;
    if (this.last?.before !== made.glossary || this.last.after !== now) this.last = { before: made.glossary, after: now, touches: glossaryDelta(made.glossary, now) };
    if (this.last.touches(text)) return false;
    made.glossary = now;
    return true;
  }
}
