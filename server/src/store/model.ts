// Manual tags: what an analyst adds, corrects or rejects by hand. In memory a tag is a flat record with
// UTF-16 offsets into the article text (like every other span in Policy Lens); on disk it is a W3C Web
// Annotation (see sidecar.ts).

/** What a tag says about its span. */
export type TagKind =
  | 'actor'
  | 'agreement'
  | 'date'
  | 'claim'
  | 'source'
  | 'background'
  | 'analysis'
  /** "Not a(n) X here": the automatic annotation of kind `rejects` over this span is wrong. */
  | 'reject';

export const TAG_KINDS: readonly TagKind[] = ['actor', 'agreement', 'date', 'claim', 'source', 'background', 'analysis', 'reject'];

/** Kinds an automatic annotation can have, i.e. what a reject tag can reject. */
export type RejectableKind = 'actor' | 'agreement' | 'date' | 'source' | 'claim';

export interface Tag {
  /** Stable id (urn:uuid:...). */
  id: string;
  kind: TagKind;
  /** UTF-16 offsets into the current text, end exclusive. Meaningless while `orphan` is set. */
  start: number;
  end: number;
  /** The tagged text, and a little context either side, for re-anchoring after outside edits. */
  exact: string;
  prefix: string;
  suffix: string;
  /** Actor category (person, official, government ...). */
  category?: string;
  /** Glossary entry id the tag links to. */
  entity?: string;
  /** TIMEX3 value for a date tag, when known. */
  value?: string;
  /** For kind 'source', or a claim's attached source: a URL or a citation. */
  source?: string;
  /** For kind 'reject': which automatic kind is rejected. */
  rejects?: RejectableKind;
  note?: string;
  author?: string;
  /** ISO 8601 times. */
  created: string;
  modified?: string;
  /** True when the tagged text could not be found again; kept (never dropped) until re-attached or deleted. */
  orphan?: boolean;
}

/** How many characters of context the quote selector keeps either side. */
export const CONTEXT_CHARS = 32;

let counter = 0;
/** A new tag id; random enough for a sidecar, unique within a process even without crypto. */
export function newTagId(): string {
  const g = globalThis as { crypto?: { randomUUID?: () => string } };
  if (g.crypto?.randomUUID) return `urn:uuid:${g.crypto.randomUUID()}`;
  counter++;
  return `urn:uuid:${Date.now().toString(16)}-${counter.toString(16)}-${Math.random().toString(16).slice(2, 10)}`;
}

/** Fills exact/prefix/suffix of a tag from the text at its offsets. */
export function refreshQuote(tag: Tag, text: string): Tag {
  if (tag.orphan) return tag;
  tag.exact = text.slice(tag.start, tag.end);
  tag.prefix = text.slice(Math.max(0, tag.start - CONTEXT_CHARS), tag.start);
  tag.suffix = text.slice(tag.end, tag.end + CONTEXT_CHARS);
  return tag;
}

/** What a caller gives to make a tag: its kind and span, and any of its optional facts. */
export type NewTag = Pick<Tag, 'kind' | 'start' | 'end'> &
  Partial<Pick<Tag, 'category' | 'entity' | 'value' | 'source' | 'rejects' | 'note' | 'author'>>;

/** Makes a tag over text[start, end), trimming surrounding white space from the selection. */
export function makeTag(text: string, init: NewTag, now: string): Tag {
  let start = Math.max(0, Math.min(init.start, text.length));
  let end = Math.max(start, Math.min(init.end, text.length));
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  const tag: Tag = { id: newTagId(), kind: init.kind, start, end, exact: '', prefix: '', suffix: '', created: now };
  for (const k of ['category', 'entity', 'value', 'source', 'rejects', 'note', 'author'] as const) {
    const v = init[k];
    if (typeof v === 'string' && v.trim()) (tag as unknown as Record<string, string>)[k] = v.trim();
  }
  return refreshQuote(tag, text);
}

/** Whether a value is a kind of tag. */
export function isTagKind(v: unknown): v is TagKind {
  return typeof v === 'string' && (TAG_KINDS as readonly string[]).includes(v);
}
