// The state of one document's reading and of one paragraph's work in progress, and the characters a paragraph's kept
// mentions take (with the reusable buffers that hold them). Apart from actors.ts so that the steps in files of their
// own (definedAcronyms.ts, antecedents.ts, actorListEntries.ts) share them without importing actors.ts.
import type { ActorAnnotation, ActorCategory, AgreementAnnotation, Span } from './types';
import type { Candidate, ParaContext } from './actorContext';
import type { AgreementCandidate } from './agreements';
import type { AcronymMeaning } from './acronyms';
import type { NamedInitials } from './namedBodies';

/** A surname's person in the glossary: its entry and category. */
export interface SurnameLink {
  entity: string;
  category: ActorCategory;
}

export interface DocState {
  acronyms: Map<string, AcronymMeaning>;
  notActorAcronyms: Set<string>;
  /** The initials of bodies named so far in three capitalised words or more ("NUG" for the National Unity Government). */
  initials: Map<string, NamedInitials>;
  surnames: Map<string, ActorCategory>;
  /** The glossary's person named so far by each surname, and their category (null: two different people). */
  surnameEntities: Map<string, SurnameLink | null>;
  /** Firms named by their staff ("Morgan Stanley analysts", "analysts at Jefferies"): their words' keys, by the first. */
  firms: Map<string, string[][]>;
  /** Those firms named right after what they are ("Apple supplier Foxconn", "the German company Züblin"): companies, by
   * their words' keys, and the noun that said what each is ("supplier", "lender"). */
  companies: Map<string, string>;
  actors: ActorAnnotation[];
  /** Glossary actors swallowed by longer mentions, kept only as antecedents. */
  inner: ActorAnnotation[];
  agreements: AgreementAnnotation[];
}

/** One paragraph's work in progress, shared by its steps. */
export interface ParaWork {
  c: ParaContext;
  /** The paragraph's range in the text. */
  start: number;
  end: number;
  doc: DocState;
  agreementCands: AgreementCandidate[];
  actorCands: Candidate[];
  agreements: AgreementAnnotation[];
  actors: ActorAnnotation[];
  /** Characters of the paragraph (from start) already covered by a kept mention. */
  taken: Uint8Array;
  /** Indices of the tokens that may be a defined acronym (see maybeAcronym), found when first needed. */
  acronymish: number[] | null;
}

/** Marks a mention's characters taken. */
export function mark(w: ParaWork, span: Span): void {
  w.taken.fill(1, span.start - w.start, span.end - w.start);
}

/** Whether a span overlaps a kept mention. */
export function isTaken(w: ParaWork, span: Span): boolean {
  return overlaps(w.taken, span.start - w.start, span.end - w.start);
}

/** Marks a span taken where it overlaps no kept mention: whether it did. */
export function claim(w: ParaWork, span: Span): boolean {
  if (isTaken(w, span)) return false;
  mark(w, span);
  return true;
}

/** Keeps the mentions of found that overlap nothing kept so far. */
export function addUntaken<T extends Span>(w: ParaWork, found: T[], into: T[]): void {
  for (let k = 0; k < found.length; k++) {
    const r = found[k];
    if (isTaken(w, r)) continue;
    mark(w, r);
    into.push(r);
  }
}

// Two reusable "taken" buffers (paragraph, select): allocating one typed array per paragraph costs more than
// the work done with it. Buffers much bigger than needed are not kept, so one huge paragraph does not pin memory.
const scratchBufs: Uint8Array[] = [new Uint8Array(4096), new Uint8Array(4096)];
export function scratch(which: 0 | 1, size: number): Uint8Array {
  let b = scratchBufs[which];
  if (b.length < size) {
    b = new Uint8Array(Math.max(size, b.length * 2));
    if (size <= 1 << 20) scratchBufs[which] = b;
  }
  const view = b.subarray(0, size);
  view.fill(0);
  return view;
}

export function overlaps(taken: Uint8Array, s: number, e: number): boolean {
  for (let k = Math.max(0, s); k < Math.min(e, taken.length); k++) if (taken[k]) return true;
  return false;
}
