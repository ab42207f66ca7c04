// Code actions for tagging: tag a selection, reject an automatic annotation ("Not an actor here"), remove a
// manual tag, re-attach or delete an orphan, plus the glossary and claim fixes and the source actions.
// Store changes go through server commands (policyLens.tag ...); text and glossary changes are edits.
import { CodeActionKind, DiagnosticSeverity, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import type { Span } from '../analysis/types';
import { firstStartingFrom, pushTo } from '../analysis/order';
import type { Tag } from '../store/model';
import type { ManualMark } from '../store/overlay';
import type { GlossaryFile } from '../glossary/edit';
import { type DocContext, itemsIn, MAX_SELECTION_ITEMS, overlapping, toRange } from './context';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { addAllUnlinkedAction, glossaryActions, linkOffers, type Mention } from './glossaryActions';
import { claimActions, isClaimFinding } from './claimActions';
import { COMMANDS, rejectCommand, tagCommand, type TagManyArgs, type TagRefArgs } from './tagCommands';

export const ORPHAN_CODE = 'orphaned-tag';
const TAG = `${CodeActionKind.RefactorRewrite}.policyLens.tag`;
const ARTICLE: Record<string, string> = { actor: 'an actor', agreement: 'an agreement', date: 'a date', source: 'a source', claim: 'a claim' };

export interface TagActionInput {
  /** The document with its tags applied. */
  ctx: DocContext;
  /** All the article's tags, orphans included. */
  tags: Tag[];
  start: number;
  end: number;
  diagnostics: Diagnostic[];
  /** The client's `only` filter. */
  only?: string[];
  /** The glossary file new entries go to, read lazily (undefined: no workspace, no glossary fixes). */
  glossaryFile: () => GlossaryFile | undefined;
  documentChanges: boolean;
}

const isManual = (x: unknown): boolean => !!(x as ManualMark).manual;
/**
 * True when a selection runs past the end of the sentence it starts in, or holds the whole of one of more than three
 * words ("The withdrawal will leave a vacuum."; not a one-word heading "NATO").
 */
function sentenceOrMore(ctx: DocContext, start: number, end: number, blanks: number): boolean {
  const text = ctx.model.text;
  const list = ctx.model.sentences;
  const s = list[firstStartingFrom(list, start + 1) - 1];
  if (!s || start >= s.end) return false;
  const raw = text.slice(s.start, s.end);
  const first = s.start + raw.length - raw.trimStart().length;
  const last = s.start + raw.trimEnd().length;
  if (end > last && text.slice(last, end).trim()) return true;
  return start <= first && end >= last && blanks >= 3;
}

/** A blank line, or a paragraph separator: what no name or date runs across. */
const PARAGRAPH_BREAK = /\r?\n[ \t]*\r?\n|\r[ \t]*\r|\u2029/;

/** The most words offered as one actor, agreement or date ("the Treaty on the Non-Proliferation of Nuclear Weapons": 8). */
const MAX_PHRASE_WORDS = 16;

function short(s: string, n = 40): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

/** All tagging code actions for a range. */
export function tagActions(input: TagActionInput): CodeAction[] {
  const { ctx, start, end } = input;
  const out: CodeAction[] = [];
  const text = ctx.model.text;
  const selected = text.slice(start, end).trim();
  const probe = { start, end: Math.max(end, start + 1) };

  if (selected && end - start <= 5000) {
    const sel = { start, end };
    // A name or a date is a phrase within a paragraph (hard-wrapped text may break it across two lines): a selection
    // of a sentence or more (as a claim's diagnostic range sends) is tagged as a claim or a source, not offered as an
    // actor, an agreement or a date.
    const blanks = selected.match(/\s+/g)?.length ?? 0;
    const phrase = !PARAGRAPH_BREAK.test(selected) && blanks < MAX_PHRASE_WORDS && !sentenceOrMore(ctx, start, end, blanks);
    for (const kind of phrase ? (['actor', 'agreement', 'date', 'claim'] as const) : (['claim'] as const)) {
      out.push({ title: `Tag as ${kind[0].toUpperCase()}${kind.slice(1)}`, kind: TAG, command: tagCommand(`Tag as ${kind}`, ctx.uri, kind, sel.start, sel.end) });
      if (kind === 'actor' || kind === 'agreement') {
        for (const e of linkOffers(ctx, selected, kind)) {
          const args = { entity: e.id, ...(kind === 'actor' && e.category ? { category: e.category } : {}) };
          out.push({ title: `Tag as ${kind[0].toUpperCase()}${kind.slice(1)}: ${e.label}`, kind: TAG, command: tagCommand(`Tag as ${kind}`, ctx.uri, kind, sel.start, sel.end, args) });
        }
      }
    }
    out.push({ title: 'Tag as Source (URL or citation)…', kind: TAG, command: tagCommand('Tag as source', ctx.uri, 'source', sel.start, sel.end, { ask: ['source'] }) });
    for (const t of input.tags.filter((x) => x.orphan).slice(0, 5)) {
      const args: TagRefArgs = { uri: ctx.uri, id: t.id, start: sel.start, end: sel.end };
      out.push({ title: `Re-attach the orphaned ${t.kind} tag "${short(t.exact)}" to the selection`, kind: TAG, command: { title: 'Re-attach tag', command: COMMANDS.reattachTag, arguments: [args] } });
    }
  }

  // What the range holds, each with fixes of its own; a selection of a whole article holds thousands.
  const items = itemsIn(ctx, probe.start, probe.end, input.diagnostics);
  if (items > MAX_SELECTION_ITEMS) {
    out.push({
      title: `Fix each of the ${items.toLocaleString('en-US')} annotations and findings in the selection`,
      kind: CodeActionKind.QuickFix,
      disabled: { reason: `Select less (up to ${MAX_SELECTION_ITEMS} annotations and findings, a few paragraphs) to fix them one by one; actions on the whole article are in the Source Action menu.` },
    });
  } else {
    // Exactly the range of a claim finding the client sent (VS Code's Problems view asks so): the finding's own fixes,
    // not also those of each name and date in its sentence.
    const finding = end > start && input.diagnostics.some((d) => isClaimFinding(d) && ctx.lines.offsetAt(d.range.start) === start && ctx.lines.offsetAt(d.range.end) === end);
    out.push(...(finding ? [...claimActions(ctx, input.diagnostics), ...orphanActions(ctx, input)] : itemActions(ctx, input, probe)));
  }

  // Source actions only when asked for (the Source Action menu): they cover the whole article, and building
  // the glossary edit for every unlinked actor is too much work for each cursor move.
  // (Asked for by a kind that holds ours: "source", "source.policyLens" ...; not "source.organizeImports", which an
  // editor may ask for at every save.)
  const wantSource = input.only?.some((k) => SOURCE_KINDS.some((o) => o === k || o.startsWith(`${k}.`)));
  const unlinked = wantSource ? ctx.model.actors.filter((a) => !a.entity && !isManual(a)) : [];
  if (unlinked.length) {
    const args: TagManyArgs = { uri: ctx.uri, tags: unlinked.map((a) => ({ kind: 'actor', start: a.start, end: a.end, category: a.category })) };
    out.push({ title: `Tag all ${unlinked.length} unlinked actors as confirmed actors`, kind: SOURCE_KINDS[0], command: { title: 'Tag all unlinked actors', command: COMMANDS.tagMany, arguments: [args] } });
    const add = addAllUnlinkedAction(ctx, input.glossaryFile(), input.documentChanges);
    if (add) out.push(add);
  }
  return filterKinds(out, input.only);
}

/** The fixes of each manual tag, automatic annotation, source and finding in a range. */
function itemActions(ctx: DocContext, input: TagActionInput, probe: Span): CodeAction[] {
  const out: CodeAction[] = [];
  // Manual tags here: remove them.
  for (const t of input.tags) {
    if (t.orphan || !(t.start < probe.end && t.end > probe.start)) continue;
    const label = t.kind === 'reject' ? `"not ${t.rejects}" mark` : `${t.kind} tag`;
    out.push({ title: `Remove the ${label} on "${short(t.exact)}"`, kind: CodeActionKind.QuickFix, command: { title: 'Remove tag', command: COMMANDS.deleteTag, arguments: [{ uri: ctx.uri, id: t.id }] } });
    const note: TagRefArgs = { uri: ctx.uri, id: t.id, ask: ['note'] };
    out.push({ title: `${t.note ? 'Change the note of' : 'Add a note to'} the ${label} on "${short(t.exact)}"…`, kind: TAG, command: { title: 'Note', command: COMMANDS.updateTag, arguments: [note] } });
  }

  // Automatic annotations here: reject them (here, or every mention of the same text).
  // (The "every ..." fix once per kind and text: a selection with a thousand mentions of one name had offered the same
  // list of a thousand rejections a thousand times, quadratic in the mentions.)
  const offered = new Set<string>();
  const here = { actor: overlapping(ctx.model.actors, probe.start, probe.end), agreement: overlapping(ctx.model.agreements, probe.start, probe.end), date: overlapping(ctx.model.dates, probe.start, probe.end) };
  for (const kind of ['actor', 'agreement', 'date'] as const) {
    const list = kind === 'actor' ? ctx.model.actors : kind === 'agreement' ? ctx.model.agreements : ctx.model.dates;
    for (const span of here[kind]) {
      if (isManual(span)) continue;
      out.push({ title: `Not ${ARTICLE[kind]} here: "${short(span.text)}"`, kind: CodeActionKind.QuickFix, command: rejectCommand(`Not ${ARTICLE[kind]} here`, ctx.uri, kind, span.start, span.end) });
      const key = span.text.toLowerCase();
      if (offered.has(`${kind} ${key}`)) continue;
      offered.add(`${kind} ${key}`);
      const same = sameText(list).get(key) ?? [];
      if (same.length > 1) {
        const args: TagManyArgs = { uri: ctx.uri, tags: same.map((x) => ({ kind: 'reject', rejects: kind, start: x.start, end: x.end })) };
        out.push({ title: `Not ${ARTICLE[kind]}: every "${short(span.text)}" in this article (${same.length})`, kind: CodeActionKind.QuickFix, command: { title: 'Reject all', command: COMMANDS.tagMany, arguments: [args] } });
      }
    }
  }
  for (const a of ctx.model.attributions) {
    const src = a.source;
    if (!src || !(src.start < probe.end && src.end > probe.start)) continue;
    out.push({ title: `Not a source here: "${short(src.text)}"`, kind: CodeActionKind.QuickFix, command: rejectCommand('Not a source here', ctx.uri, 'source', src.start, src.end) });
  }
  const mentions: Mention[] = [...here.actor, ...here.agreement];
  if (mentions.length) out.push(...glossaryActions(ctx, mentions, input.glossaryFile(), input.documentChanges));

  out.push(...claimActions(ctx, input.diagnostics));
  out.push(...orphanActions(ctx, input));
  return out;
}

const SAME_TEXT = new WeakMap<readonly (Span & { text: string })[], Map<string, (Span & { text: string })[]>>();
/**
 * The automatic annotations of a list by lower-cased text, each group in the list's order: made once per analysis
 * (a selection of the whole article offers "Not an actor: every ..." for each of its thousands of annotations, and
 * each had looked through the whole list, lower-casing each).
 */
export function sameText(list: readonly (Span & { text: string })[]): Map<string, (Span & { text: string })[]> {
  let byText = SAME_TEXT.get(list);
  if (!byText) {
    byText = new Map();
    for (const x of list) {
      if (isManual(x)) continue;
      pushTo(byText, x.text.toLowerCase(), x);
    }
    SAME_TEXT.set(list, byText);
  }
  return byText;
}

function orphanActions(ctx: DocContext, input: TagActionInput): CodeAction[] {
  const out: CodeAction[] = [];
  // The tags by id, made at the first orphan diagnostic (a selection of the whole article brings them all, and each
  // had looked through every tag).
  let byId: Map<string, Tag> | undefined;
  for (const d of input.diagnostics) {
    if (d.code !== ORPHAN_CODE) continue;
    const id = (d.data as { tagId?: string } | undefined)?.tagId;
    if (id && !byId) {
      byId = new Map();
      // (The first of a repeated id, as find gave.)
      for (const t of input.tags) if (!byId.has(t.id)) byId.set(t.id, t);
    }
    const tag = id ? byId!.get(id) : undefined;
    if (!tag) continue;
    out.push({ title: `Delete the orphaned ${tag.kind} tag "${short(tag.exact)}"`, kind: CodeActionKind.QuickFix, diagnostics: [d], command: { title: 'Delete tag', command: COMMANDS.deleteTag, arguments: [{ uri: ctx.uri, id: tag.id }] } });
    if (input.end > input.start && ctx.model.text.slice(input.start, input.end).trim()) {
      const args: TagRefArgs = { uri: ctx.uri, id: tag.id, start: input.start, end: input.end };
      out.push({ title: `Re-attach the orphaned ${tag.kind} tag to the selection`, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: true, command: { title: 'Re-attach tag', command: COMMANDS.reattachTag, arguments: [args] } });
    }
  }
  return out;
}

/** The kinds of this module's source actions. */
const SOURCE_KINDS = [`${CodeActionKind.Source}.policyLens.tagUnlinked`, `${CodeActionKind.Source}.policyLens.addUnlinked`];

/** Keeps the actions the client asked for (`only` is a list of kind prefixes). */
function filterKinds(actions: CodeAction[], only: string[] | undefined): CodeAction[] {
  if (!only?.length) return actions;
  return actions.filter((a) => only.some((k) => a.kind === k || (a.kind ?? '').startsWith(`${k}.`)));
}

/** Diagnostics for tags that lost their text: at their last known place, with the quote that was lost. */
export function orphanDiagnostics(ctx: DocContext, tags: Tag[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const len = ctx.model.text.length;
  for (const t of tags) {
    if (!t.orphan) continue;
    const at = Math.min(t.start, len);
    let end = at;
    while (end < len && end - at < 80 && !/\s/.test(ctx.model.text[end])) end++;
    out.push({
      range: toRange(ctx.lines, { start: at, end }),
      severity: DiagnosticSeverity.Warning,
      source: DIAGNOSTIC_SOURCE,
      code: ORPHAN_CODE,
      message: `The ${t.kind === 'reject' ? `"not ${t.rejects}"` : t.kind} tag on "${short(t.exact, 60)}" lost its text (it changed outside the editor). Select the text and re-attach the tag, or delete it.`,
      data: { tagId: t.id },
    });
  }
  return out;
}
