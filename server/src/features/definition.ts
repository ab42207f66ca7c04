// Definition and references: a mention leads to its glossary entry; references list every mention of the
// same entity (or the same unlinked text) across the documents given; highlights mark them in their own document.
import { DocumentHighlightKind, type DocumentHighlight, type Location } from 'vscode-languageserver';
import type { GlossaryEntry } from '../analysis/glossaryTypes';
import type { ActorAnnotation, AgreementAnnotation } from '../analysis/types';
import { pushTo } from '../analysis/order';
import { type DocContext, findAt, toRange } from './context';

/** The entity id (or, for unlinked mentions, a text key) of the actor or agreement at an offset. */
export function entityKeyAt(ctx: DocContext, offset: number): { key: string; entity: GlossaryEntry | undefined } | null {
  const a = findAt(ctx.model.actors, offset) ?? findAt(ctx.model.agreements, offset);
  if (!a) return null;
  return { key: mentionKey(a), entity: a.entity ? ctx.gazetteer.get(a.entity) : undefined };
}

/** What references match a mention by: its entity id, or for an unlinked mention the text (of its antecedent). */
function mentionKey(a: ActorAnnotation | AgreementAnnotation): string {
  if (a.entity) return `id:${a.entity}`;
  const ante = 'antecedent' in a && a.antecedent ? a.antecedent.text : a.text;
  return `text:${ante.toLowerCase()}`;
}

/** The glossary entry's location, when it comes from a file. */
export function entryLocation(entry: GlossaryEntry | undefined): Location | null {
  if (!entry?.origin) return null;
  const pos = { line: entry.origin.line, character: entry.origin.character };
  return { uri: entry.origin.uri, range: { start: pos, end: pos } };
}

/** Each analysis's index of mentions, made once: highlights ask for it at every move of the cursor. */
const indexes = new WeakMap<DocContext['model'], Map<string, Location[]>>();

/** Mentions in one document matching a key from entityKeyAt. */
export function mentionsOf(ctx: DocContext, key: string): Location[] {
  let index = indexes.get(ctx.model);
  if (!index) indexes.set(ctx.model, (index = mentionIndex(ctx)));
  return index.get(key) ?? [];
}

/**
 * Every mention of a document by its key, each list in document order: all that references keep of an article that
 * is not open (its whole analysis is several times the size of its text).
 */
export function mentionIndex(ctx: DocContext): Map<string, Location[]> {
  const out = new Map<string, Location[]>();
  for (const list of [ctx.model.actors, ctx.model.agreements]) {
    for (const a of list) pushTo(out, mentionKey(a), { uri: ctx.uri, range: toRange(ctx.lines, a) });
  }
  for (const locs of out.values()) locs.sort((x, y) => x.range.start.line - y.range.start.line || x.range.start.character - y.range.start.character);
  return out;
}

/**
 * The highlights of the mention or date at an offset, in its own document: every mention of the same entity (or
 * unlinked text), or every date of the same value ("Thursday", "Nov. 13" and "13 November" of one article are one
 * day); none elsewhere.
 */
export function highlightsAt(ctx: DocContext, offset: number): DocumentHighlight[] {
  const hit = entityKeyAt(ctx, offset);
  if (hit) return mentionsOf(ctx, hit.key).map((l) => ({ range: l.range, kind: DocumentHighlightKind.Text }));
  const d = findAt(ctx.model.dates, offset);
  // (A date that could not be resolved, "Thursday" in an article with no date of its own, is no day to match.)
  if (!d || d.unresolved || !d.value) return [];
  const out: DocumentHighlight[] = [];
  for (const o of ctx.model.dates) if (o.value === d.value && o.type === d.type && !o.unresolved) out.push({ range: toRange(ctx.lines, o), kind: DocumentHighlightKind.Text });
  return out;
}
