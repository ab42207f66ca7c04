// Glossary entries as the core sees them. Loading and validating files lives in server/src/glossary.

export type GlossaryKind = 'actor' | 'agreement' | 'term';

/** One glossary entry, from the built-in glossary or a workspace file. */
export interface GlossaryEntry {
  id: string;
  label: string;
  kind: GlossaryKind;
  /** For actors: person | official | government | military | organization | country | group. */
  category?: string;
  aliases?: string[];
  /**
   * For countries and governments: names of the seat of government ("Washington", "Tripoli"). They stand for the
   * government ("Tripoli said") but are places after "in", "to", "from" ("clashes in Tripoli"). Matched like aliases.
   */
  seats?: string[];
  /** Markdown, untrusted: escape before showing. */
  description?: string;
  links?: string[];
  related?: string[];
  parties?: string[];
  signed?: string;
  inForce?: string;
  /** Where the entry is defined, for "Open in glossary" and go-to-definition. */
  origin?: { uri: string; line: number; character: number };
}

/** A merged glossary: entries by id, plus phrases never to tag. */
export interface GlossaryData {
  entries: GlossaryEntry[];
  /** Phrases the user said never to tag (case-insensitive). */
  stoplist: string[];
}
