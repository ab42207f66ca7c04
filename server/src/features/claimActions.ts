// Quick fixes on `unsourced-claim` and `vague-attribution`: attach a source (a tag), attribute the sentence
// to an actor of the article (a text edit), mark it as background or analysis (a tag), ignore it here (the
// claims module's marker), and the same for every such claim at once.
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { ActorAnnotation, Span } from '../analysis/types';
import { firstStartingFrom, lowerBound } from '../analysis/order';
import { type DocContext, overlapping } from './context';
import type { DiagnosticData } from './diagnostics';
import { COMMANDS, tagCommand, type TagManyArgs } from './tagCommands';

const CLAIM_CODES = new Set(['unsourced-claim', 'vague-attribution']);

/** Whether a diagnostic is a claim finding (unsourced or vaguely sourced). */
export const isClaimFinding = (d: Diagnostic): d is Diagnostic & { code: string } => typeof d.code === 'string' && CLAIM_CODES.has(d.code);
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
  // Each distinct actor by its first mention outside the claim (the claim's own subject is not its source), ranked
  // by its kind, then nearest before the claim, then first after it; of equals, the actor mentioned first.
  const index = sourceIndex(ctx.model.actors);
  const inside = (a: Span): boolean => a.start >= claim.start && a.end <= claim.end;
  const pool: { a: ActorAnnotation; group: number; rank: number }[] = [];
  const add = (a: ActorAnnotation, group: number): void => {
    const distance = a.end <= claim.start ? claim.start - a.end : 1e6 + a.start;
    pool.push({ a, group, rank: (SOURCE_RANK[a.category] ?? 3) * 1e7 + distance });
  };
  /** The group's first mention outside the claim, or null. */
  const outside = (mentions: ActorAnnotation[]): ActorAnnotation | null => {
    for (const a of mentions) if (!inside(a)) return a;
    return null;
  };
  if (!index.byRank) {
    // (A list not sorted by start: every actor looked at.)
    index.groups.forEach((mentions, g) => {
      const a = outside(mentions);
      if (a) add(a, g);
    });
  } else {
    // The actors first mentioned inside the claim: their next mention outside it.
    const actors = index.actors;
    for (let i = firstStartingFrom(actors, claim.start), hi = firstStartingFrom(actors, claim.end + 1); i < hi; i++) {
      if (!inside(actors[i]) || index.groups[index.groupOf[i]][0] !== actors[i]) continue;
      const a = outside(index.groups[index.groupOf[i]]);
      if (a) add(a, index.groupOf[i]);
    }
    // The others by their first mention: of each rank, the `limit` nearest before the claim and the `limit` first
    // after it (with any tied with the last), and those that straddle its start. The best `limit` of all are among
    // them: a binary search for each instead of a look through every actor of the article for every claim.
    for (const r of index.byRank.values()) {
      let n = 0;
      for (let k = lowerBound(r.ends, claim.start + 1) - 1; k >= 0 && (n < limit || r.ends[k] === r.ends[k + 1]); k--) {
        const f = r.byEnd[k];
        if (!inside(f.a)) add(f.a, f.group), n++;
      }
      for (const f of overlapping(r.byStart, claim.start, claim.start)) add(f.a, f.group);
      const from = firstStartingFrom(r.byStart, claim.start);
      n = 0;
      for (let k = from; k < r.byStart.length && (n < limit || (k > from && r.byStart[k].start === r.byStart[k - 1].start)); k++) {
        const f = r.byStart[k];
        if (!inside(f.a)) add(f.a, f.group), n++;
      }
    }
  }
  return pool.sort((x, y) => x.rank - y.rank || x.group - y.group).slice(0, limit).map((x) => x.a);
}

interface FirstMention {
  a: ActorAnnotation;
  group: number;
  start: number;
  end: number;
}
interface SourceIndex {
  actors: readonly ActorAnnotation[];
  /** The article's actors grouped by entity (or lower-cased text), in order of first mention, each group in order. */
  groups: ActorAnnotation[][];
  /** Each actor's group. */
  groupOf: Int32Array;
  /**
   * Per rank, the groups' first mentions by start and by end (null for a list not sorted by start).
   */
  byRank: Map<number, { byStart: FirstMention[]; byEnd: FirstMention[]; ends: number[] }> | null;
}

const SOURCE_INDEX = new WeakMap<readonly ActorAnnotation[], SourceIndex>();
/**
 * Made once per analysis, for the code actions of a selection that may hold thousands of claims (each looked through
 * every actor, lower-casing each, then through every distinct actor: seconds on a long article).
 */
function sourceIndex(actors: readonly ActorAnnotation[]): SourceIndex {
  let index = SOURCE_INDEX.get(actors);
  if (index) return index;
  const byKey = new Map<string, number>();
  const groups: ActorAnnotation[][] = [];
  const groupOf = new Int32Array(actors.length);
  let sorted = true;
  actors.forEach((a, i) => {
    if (i && a.start < actors[i - 1].start) sorted = false;
    const key = a.entity ?? a.text.toLowerCase();
    let g = byKey.get(key);
    if (g === undefined) {
      byKey.set(key, (g = groups.length));
      groups.push([]);
    }
    groups[g].push(a);
    groupOf[i] = g;
  });
  let byRank: SourceIndex['byRank'] = null;
  if (sorted) {
    byRank = new Map();
    // (First mentions come in order of start: a group's number is its first mention's order.)
    groups.forEach((mentions, group) => {
      const a = mentions[0];
      const rank = SOURCE_RANK[a.category] ?? 3;
      let r = byRank!.get(rank);
      if (!r) byRank!.set(rank, (r = { byStart: [], byEnd: [], ends: [] }));
      r.byStart.push({ a, group, start: a.start, end: a.end });
    });
    for (const r of byRank.values()) {
      r.byEnd = [...r.byStart].sort((x, y) => x.a.end - y.a.end || x.group - y.group);
      r.ends = r.byEnd.map((f) => f.a.end);
    }
  }
  index = { actors, groups, groupOf, byRank };
  SOURCE_INDEX.set(actors, index);
  return index;
}

/** How to name an actor after "according to": with the article and modifiers the text gave it ("a senior Kurdish official"). */
export function sourcePhrase(text: string, a: ActorAnnotation): string {
  const before = text.slice(Math.max(0, a.start - 40), a.start);
  // ... or whose it is: "Romania's president", "the UN's humanitarian office" (not "according to president").
  const m = /(?:^|[^\p{L}])((?:(?:[Tt]he\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}['\u2019]s\s+|(?:a|an|the)\s+)(?:[a-z][\p{L}-]*\s+){0,2})$/u.exec(before);
  return ((m ? m[1].replace(/^The\s/, 'the ') : '') + a.text).replace(/\s+/g, ' ');
}

/**
 * The sources to offer after "according to": named ones (a phrase without a capital, "the sides", "reporters", "a
 * senior official", names no one a reader could check, and is itself a vague attribution), each person once (of
 * "Fidan" and "Foreign Minister Hakan Fidan", the fuller).
 */
export function namedSources(ctx: DocContext, claim: Span, limit = 4): { a: ActorAnnotation; phrase: string }[] {
  const text = ctx.model.text;
  const named = candidateSources(ctx, claim, limit * 2)
    .map((a) => ({ a, phrase: sourcePhrase(text, a) }))
    .filter((x) => /\p{Lu}/u.test(x.phrase));
  const shorter = (x: string, y: string): boolean => y.length > x.length && y.endsWith(` ${x}`);
  return named.filter((x) => !named.some((y) => y !== x && !x.a.entity && !y.a.entity && shorter(x.a.text, y.a.text))).slice(0, limit);
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
    if (!isClaimFinding(d)) continue;
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
    // (A vague attribution already says who says so, vaguely: a second, named one after it would contradict it.)
    const at = attributionPoint(text, sentence);
    for (const { a, phrase: who } of d.code === 'unsourced-claim' ? namedSources(ctx, sentence) : []) {
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
    // (An anonymous source's finding is silenced by its own rule name, which leaves a vague source beside it flagged.)
    const rule = (d.data as DiagnosticData | undefined)?.reasons?.includes('anonymous-source') ? 'anonymous-source' : String(d.code);
    out.push({
      title: `Ignore ${rule} here`,
      kind: CodeActionKind.QuickFix,
      diagnostics: diags,
      edit: { changes: { [ctx.uri]: [insertAt(ctx, end, ` ${ignoreMarker(ctx.uri, rule)}`)] } },
    });
  }
  const all = ctx.model.findings.filter((f) => f.code === 'unsourced-claim');
  if (all.length > 1 && diagnostics.some((d) => d.code === 'unsourced-claim')) {
    const args: TagManyArgs = { uri: ctx.uri, tags: all.map((f) => ({ kind: 'background', ...sentenceAt(ctx, f) })) };
    out.push({ title: `Mark all ${all.length} unsourced claims in this article as background`, kind: CodeActionKind.QuickFix, command: { title: 'Mark all as background', command: COMMANDS.tagMany, arguments: [args] } });
  }
  return out;
}
