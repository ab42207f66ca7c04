// Quick fixes on `unsourced-claim` and `vague-attribution`: attach a source (a tag), attribute the sentence
// to an actor of the article (a text edit), mark it as background or analysis (a tag), ignore it here (the
// claims module's marker), and the same for every such claim at once.
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { ActorAnnotation, Span } from '../analysis/types';
import { firstStartingFrom } from '../analysis/order';
import { type DocContext } from './context';
import type { DiagnosticData } from './diagnostics';
import { COMMANDS, tagCommand, type TagManyArgs } from './tagCommands';

const CLAIM_CODES = new Set(['unsourced-claim', 'vague-attribution']);
/** Sources people cite; a country or a group reads oddly after "according to". */
const SOURCE_RANK: Record<string, number> = { official: 0, person: 0, government: 1, organization: 1, military: 2, group: 3, country: 4 };
const FINAL = /[.!?\u2026]$/;

/** The diagnostic's span (from its data, else its range). */
function spanOf(ctx: DocContext, d: Diagnostic): Span {
  const data = d.data as DiagnosticData | undefined;
  if (data && typeof data.start === 'number' && typeof data.end === 'number') return { start: data.start, end: data.end };
  return { start: ctx.lines.offsetAt(d.range.start), end: ctx.lines.offsetAt(d.range.end) };
}

/** The sentence holding an offset (or the span itself when segmentation has none). */
export function sentenceAt(ctx: DocContext, span: Span): Span {
  // Sentences are sorted and do not overlap: the one holding span.start is the last that starts at or before it. (A
  // binary search: "mark all as background" asks this for every unsourced claim of the article.)
  const list = ctx.model.sentences;
  const s = list[firstStartingFrom(list, span.start + 1) - 1];
  return s && span.start < s.end ? { start: s.start, end: Math.max(s.end, span.end) } : span;
}

/** Where ", according to X" goes: before the sentence's final punctuation, else at its end. */
export function attributionPoint(text: string, sentence: Span): number {
  let e = sentence.end;
  while (e > sentence.start && /\s/.test(text[e - 1])) e--;
  return FINAL.test(text.slice(e - 1, e)) ? e - 1 : e;
}

/** Distinct actors of the article as candidate sources, nearest before the claim first. */
export function candidateSources(ctx: DocContext, claim: Span, limit = 4): ActorAnnotation[] {
  // The best `limit` so far, by rank (the first of equals first, as a stable sort of them all would keep them).
  const out: { a: ActorAnnotation; rank: number }[] = [];
  // Each distinct actor by its first mention outside the claim (the claim's own subject is not its source).
  for (const mentions of actorsByKey(ctx)) {
    let a = mentions[0];
    for (let k = 1; a.start >= claim.start && a.end <= claim.end; k++) {
      if (k === mentions.length) break;
      a = mentions[k];
    }
    if (a.start >= claim.start && a.end <= claim.end) continue;
    const distance = a.end <= claim.start ? claim.start - a.end : 1e6 + a.start;
    const rank = (SOURCE_RANK[a.category] ?? 3) * 1e7 + distance;
    let at = out.length;
    while (at > 0 && out[at - 1].rank > rank) at--;
    if (at < limit) {
      out.splice(at, 0, { a, rank });
      if (out.length > limit) out.pop();
    }
  }
  return out.map((x) => x.a);
}

const BY_KEY = new WeakMap<DocContext, ActorAnnotation[][]>();
/**
 * The article's actors grouped by entity (or lower-cased text), in order of first mention, each group in order: made
 * once per analysis, for the code actions of a selection that may hold a thousand claims (each looked through every
 * actor, lower-casing each, took seconds on a long article).
 */
function actorsByKey(ctx: DocContext): ActorAnnotation[][] {
  let groups = BY_KEY.get(ctx);
  if (!groups) {
    const byKey = new Map<string, ActorAnnotation[]>();
    for (const a of ctx.model.actors) {
      const key = a.entity ?? a.text.toLowerCase();
      const g = byKey.get(key);
      if (g) g.push(a);
      else byKey.set(key, [a]);
    }
    groups = [...byKey.values()];
    BY_KEY.set(ctx, groups);
  }
  return groups;
}

/** How to name an actor after "according to": with the article and modifiers the text gave it ("a senior Kurdish official"). */
export function sourcePhrase(text: string, a: ActorAnnotation): string {
  const before = text.slice(Math.max(0, a.start - 40), a.start);
  const m = /(?:^|[^\p{L}])((?:a|an|the)\s+(?:[a-z][\p{L}-]*\s+){0,2})$/u.exec(before);
  return ((m ? m[1] : '') + a.text).replace(/\s+/g, ' ');
}

/** The ignore marker for a rule, in the form that suits the file (hidden in rendered Markdown). */
export function ignoreMarker(uri: string, code: string): string {
  return /\.(md|markdown)$/i.test(uri) ? `<!-- policy-lens-ignore ${code} -->` : `[policy-lens-ignore ${code}]`;
}

function insertAt(ctx: DocContext, offset: number, text: string): TextEdit {
  const p = ctx.lines.positionAt(offset);
  return { range: { start: p, end: p }, newText: text };
}

/** Quick fixes for the claim diagnostics the client sent. */
export function claimActions(ctx: DocContext, diagnostics: Diagnostic[]): CodeAction[] {
  const out: CodeAction[] = [];
  const text = ctx.model.text;
  for (const d of diagnostics) {
    if (typeof d.code !== 'string' || !CLAIM_CODES.has(d.code)) continue;
    const span = spanOf(ctx, d);
    const sentence = sentenceAt(ctx, span);
    const diags = [d];
    out.push({
      title: 'Attach a source (URL or citation)…',
      kind: CodeActionKind.QuickFix,
      diagnostics: diags,
      isPreferred: d.code === 'unsourced-claim',
      command: tagCommand('Attach a source', ctx.uri, 'source', sentence.start, sentence.end, { ask: ['source'] }),
    });
    const at = attributionPoint(text, sentence);
    for (const a of candidateSources(ctx, sentence)) {
      const who = sourcePhrase(text, a);
      out.push({
        title: `Attribute to ${a.text} (insert ", according to ${who}")`,
        kind: CodeActionKind.QuickFix,
        diagnostics: diags,
        edit: { changes: { [ctx.uri]: [insertAt(ctx, at, `, according to ${who}`)] } },
      });
    }
    for (const kind of ['background', 'analysis'] as const) {
      out.push({ title: `Mark as ${kind}`, kind: CodeActionKind.QuickFix, diagnostics: diags, command: tagCommand(`Mark as ${kind}`, ctx.uri, kind, sentence.start, sentence.end) });
    }
    let end = sentence.end;
    while (end > sentence.start && /\s/.test(text[end - 1])) end--;
    out.push({
      title: `Ignore ${d.code} here`,
      kind: CodeActionKind.QuickFix,
      diagnostics: diags,
      edit: { changes: { [ctx.uri]: [insertAt(ctx, end, ` ${ignoreMarker(ctx.uri, d.code)}`)] } },
    });
  }
  const all = ctx.model.findings.filter((f) => f.code === 'unsourced-claim');
  if (all.length > 1 && diagnostics.some((d) => d.code === 'unsourced-claim')) {
    const args: TagManyArgs = { uri: ctx.uri, tags: all.map((f) => ({ kind: 'background', ...sentenceAt(ctx, f) })) };
    out.push({ title: `Mark all ${all.length} unsourced claims in this article as background`, kind: CodeActionKind.QuickFix, command: { title: 'Mark all as background', command: COMMANDS.tagMany, arguments: [args] } });
  }
  return out;
}
