// Glossary quick fixes on a mention: add it as a new entry or as an alias of a similar one, or never tag it.
// Each is a WorkspaceEdit on the glossary file (undoable; a missing file is created).
import { CodeActionKind, type CodeAction, type WorkspaceEdit } from 'vscode-languageserver';
import type { GlossaryEntry } from '../analysis/glossaryTypes';
import { forCore } from '../analysis/fold';
import type { ActorAnnotation, AgreementAnnotation } from '../analysis/types';
import { addAliasSplice, addEntriesSplice, addEntrySplice, addStopSplice, applySplice, slugId, toWorkspaceEdit, type GlossaryFile, type NewEntry } from '../glossary/edit';
import { similarEntries, similarFinder, type SimilarFinder } from '../glossary/similar';
import type { DocContext } from './context';
import { isName } from './describe';
import type { AddToGlossaryArgs } from './tagCommands';

export type Mention = ActorAnnotation | AgreementAnnotation;

/** The name a mention would be filed under ("the agreement" files its antecedent's name). */
export function mentionName(m: Mention): string {
  return (m.kind === 'agreement' && m.antecedent ? m.antecedent.text : m.text).replace(/\s+/g, ' ').trim();
}


const PEOPLE = new Set(['person', 'official']);
/**
 * Whether a mention may be an alias of an entry by their categories: a person is no alias of a body ("ECOWAS Commission
 * President Omar Touray" of ECOWAS, "The United Nations envoy" of the UN, whose every mention it would then tag), nor a
 * body of a person.
 */
function sameSort(mention: string | undefined, entry: string | undefined): boolean {
  return !mention || !entry || PEOPLE.has(mention) === PEOPLE.has(entry);
}

function taken(ctx: DocContext): (id: string) => boolean {
  return (id) => !!ctx.gazetteer.get(id);
}

/** The new entry for a mention. */
export function entryFor(ctx: DocContext, name: string, kind: 'actor' | 'agreement', category?: string): NewEntry {
  const entry: NewEntry = { id: slugId(name, taken(ctx)), label: name, kind };
  if (kind === 'actor' && category) entry.category = category;
  return entry;
}

/** The WorkspaceEdit of an "Add to glossary" request (new entry, or alias of args.aliasOf). */
export function addToGlossaryEdit(ctx: DocContext, file: GlossaryFile, args: AddToGlossaryArgs, documentChanges: boolean): WorkspaceEdit {
  const name = String(args.text ?? '').replace(/\s+/g, ' ').trim();
  if (!name) throw new Error('nothing to add');
  const target = args.aliasOf ? ctx.gazetteer.get(args.aliasOf) : undefined;
  if (args.aliasOf && !target) throw new Error(`no glossary entry "${args.aliasOf}"`);
  const splice = target ? addAliasSplice(file, target, name) : addEntrySplice(file, entryFor(ctx, name, args.kind === 'agreement' ? 'agreement' : 'actor', args.category));
  return toWorkspaceEdit(file, splice, documentChanges);
}

/** Several new entries in one edit (one replacement covering what changed, so it undoes as one). */
export function addEntriesEdit(file: GlossaryFile, entries: NewEntry[], documentChanges: boolean): WorkspaceEdit {
  const old = file.text ?? '';
  // One splice for all the entries: the file is parsed once, however many there are.
  const text = applySplice(old, addEntriesSplice(file, entries));
  let a = 0;
  while (a < old.length && a < text.length && old[a] === text[a]) a++;
  let b = 0;
  while (b < old.length - a && b < text.length - a && old[old.length - 1 - b] === text[text.length - 1 - b]) b++;
  return toWorkspaceEdit(file, { start: a, end: old.length - b, text: text.slice(a, text.length - b) }, documentChanges);
}

/** Quick fixes for the unlinked actor or agreement mentions at a range. */
export function glossaryActions(ctx: DocContext, mentions: Mention[], file: GlossaryFile | undefined, documentChanges: boolean): CodeAction[] {
  const out: CodeAction[] = [];
  const seen = new Set<string>();
  let similar: SimilarFinder | undefined;
  for (const m of mentions) {
    const name = mentionName(m);
    const key = name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    // (An agreement without a name, "a prisoner exchange deal", has none to file or to stop.)
    if (m.kind === 'agreement' && m.unnamed) continue;
    // ("reporters", "the delegation": a description, which as an entry or an alias would tag every such word.)
    if (file && !m.entity && isName(name)) {
      const category = m.kind === 'actor' ? m.category : undefined;
      const args: AddToGlossaryArgs = { uri: ctx.uri, start: m.start, end: m.end, kind: m.kind, category, text: name };
      out.push(safeAction(`Add "${name}" to the glossary as a new ${m.kind}${category ? ` (${category})` : ''}`, CodeActionKind.QuickFix, () => addToGlossaryEdit(ctx, file, args, documentChanges), true));
      for (const { entry } of (similar ??= similarFinder(ctx.gazetteer.data.entries))(name, m.kind)) {
        if (!sameSort(category, entry.category)) continue;
        out.push(safeAction(`Add "${name}" as an alias of "${entry.label}"`, CodeActionKind.QuickFix, () => addToGlossaryEdit(ctx, file, { ...args, aliasOf: entry.id }, documentChanges)));
      }
    }
    // "the agreement" found through its antecedent is not a phrase the glossary matches: nothing to stop.
    if (file && !(m.kind === 'agreement' && m.antecedent)) {
      out.push(safeAction(`Never tag "${m.text}" (add it to the glossary stoplist)`, CodeActionKind.QuickFix, () => toWorkspaceEdit(file, addStopSplice(file, m.text.replace(/\s+/g, ' ').trim()), documentChanges)));
    }
  }
  return out.filter((a): a is CodeAction => !!a);
}

/** A code action with an edit, or nothing when the edit cannot be made (a glossary we cannot parse). */
function safeAction(title: string, kind: string, edit: () => WorkspaceEdit, isPreferred = false): CodeAction {
  try {
    const a: CodeAction = { title, kind, edit: edit() };
    if (isPreferred) a.isPreferred = true;
    return a;
  } catch (err) {
    return { title, kind, disabled: { reason: `The glossary file cannot be edited: ${(err as Error).message}` } };
  }
}

/** Source action: every unlinked actor of the article added to the glossary at once. */
export function addAllUnlinkedAction(ctx: DocContext, file: GlossaryFile | undefined, documentChanges: boolean): CodeAction | null {
  if (!file) return null;
  const byName = new Map<string, NewEntry>();
  const taken = new Set<string>();
  for (const a of ctx.model.actors) {
    if (a.entity) continue;
    const name = mentionName(a);
    if (!isName(name)) continue;
    if (byName.has(name.toLowerCase())) continue;
    const e = entryFor(ctx, name, 'actor', a.category);
    e.id = slugId(name, (id) => !!ctx.gazetteer.get(id) || taken.has(id));
    taken.add(e.id);
    byName.set(name.toLowerCase(), e);
  }
  if (!byName.size) return null;
  return safeAction(`Add all ${byName.size} unlinked actor${byName.size === 1 ? '' : 's'} to the glossary`, `${CodeActionKind.Source}.policyLens.addUnlinked`, () => addEntriesEdit(file, [...byName.values()], documentChanges));
}

/** Glossary entries similar to a selection, for "Tag as actor: X" offers. */
export function linkOffers(ctx: DocContext, text: string, kind: 'actor' | 'agreement'): GlossaryEntry[] {
  // (The core's matcher reads the selection as it reads an article, and its entries as it reads them: get gives them as written.)
  const match = ctx.gazetteer.match(forCore(text)).find((m) => m.start === 0 && m.end === text.length && m.entry.kind === kind);
  const exact = match && { entry: ctx.gazetteer.get(match.entry.id) ?? match.entry };
  const ranked = similarEntries(text, kind, ctx.gazetteer.data.entries, 2).map((r) => r.entry);
  return exact ? [exact.entry, ...ranked.filter((e) => e.id !== exact.entry.id)].slice(0, 2) : ranked;
}
