// Merging glossaries: the built-in one first, then workspace files in order; a later entry with the same
// id replaces the earlier one whole (so a workspace can correct or extend a built-in entry).
import type { GlossaryData, GlossaryEntry } from '../analysis/glossaryTypes';

/** Merges glossaries; later ones override earlier entries by id and add to the stoplist. */
export function mergeGlossaries(builtin: GlossaryData, ...workspace: Partial<GlossaryData>[]): GlossaryData {
  const byId = new Map<string, GlossaryEntry>();
  const stop = new Set<string>();
  for (const g of [builtin, ...workspace]) {
    for (const e of g?.entries ?? []) if (e && typeof e.id === 'string') byId.set(e.id, e);
    for (const s of g?.stoplist ?? []) if (typeof s === 'string') stop.add(s);
  }
  return { entries: [...byId.values()], stoplist: [...stop] };
}
