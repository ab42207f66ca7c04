// A fast phrase matcher over the glossary. (Stub.)
import type { GlossaryData, GlossaryEntry } from './glossaryTypes';

export interface GazetteerMatch {
  start: number;
  end: number;
  entry: GlossaryEntry;
}

export interface Gazetteer {
  readonly data: GlossaryData;
  /** Entry by id. */
  get(id: string): GlossaryEntry | undefined;
  /** Longest non-overlapping matches of glossary labels and aliases in text[from, to). */
  match(text: string, from?: number, to?: number): GazetteerMatch[];
}

/** Builds a gazetteer for a glossary (merged built-in + workspace entries). */
export function createGazetteer(data: GlossaryData): Gazetteer {
  const byId = new Map(data.entries.map((e) => [e.id, e] as const));
  return { data, get: (id) => byId.get(id), match: () => [] };
}
