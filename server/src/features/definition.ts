// Definition and references: a mention leads to its glossary entry; references list every mention of the
// same entity (or the same unlinked text) across the documents given.
import type { Location } from 'vscode-languageserver';
import type { GlossaryEntry } from '../analysis/glossaryTypes';
import { type DocContext, findAt, toRange } from './context';

/** The entity id (or, for unlinked mentions, a text key) of the actor or agreement at an offset. */
export function entityKeyAt(ctx: DocContext, offset: number): { key: string; entity: GlossaryEntry | undefined } | null {
  const a = findAt(ctx.model.actors, offset) ?? findAt(ctx.model.agreements, offset);
  if (!a) return null;
  if (a.entity) return { key: `id:${a.entity}`, entity: ctx.gazetteer.get(a.entity) };
  const ante = 'antecedent' in a && a.antecedent ? a.antecedent.text : a.text;
  return { key: `text:${ante.toLowerCase()}`, entity: undefined };
}

/** The glossary entry's location, when it comes from a file. */
export function entryLocation(entry: GlossaryEntry | undefined): Location | null {
  if (!entry?.origin) return null;
  const pos = { line: entry.origin.line, character: entry.origin.character };
  return { uri: entry.origin.uri, range: { start: pos, end: pos } };
}

/** Mentions in one document matching a key from entityKeyAt. */
export function mentionsOf(ctx: DocContext, key: string): Location[] {
  const out: Location[] = [];
  for (const a of [...ctx.model.actors, ...ctx.model.agreements]) {
    const ante = 'antecedent' in a && a.antecedent ? a.antecedent.text : a.text;
    const k = a.entity ? `id:${a.entity}` : `text:${ante.toLowerCase()}`;
    if (k === key) out.push({ uri: ctx.uri, range: toRange(ctx.lines, a) });
  }
  return out.sort((x, y) => x.range.start.line - y.range.start.line || x.range.start.character - y.range.start.character);
}
