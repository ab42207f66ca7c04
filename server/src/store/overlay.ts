// Manual tags over the automatic analysis: a tag replaces the automatic annotations it overlaps, a reject
// removes one, a source / background / analysis tag settles a claim. The result is an ordinary ArticleModel
// (manual annotations carry `manual: true` and their tag's id), so every feature shows manual tags first.
// Cost: one pass per list with a binary search into the sorted removal spans, and sweeps (not pairwise
// tests) among the tags themselves, so tens of thousands of tags on a megabyte article stay cheap.
import { findDates } from '../analysis/dates';
import { forCore, fromCore } from '../analysis/fold';
import { firstStartingFrom } from '../analysis/order';
import type { Gazetteer } from '../analysis/gazetteer';
import type { ActorAnnotation, ActorCategory, AgreementAnnotation, ArticleModel, Claim, DateAnnotation, Finding, Span } from '../analysis/types';
import type { Tag } from './model';

/** Fields a manual annotation carries besides the usual ones. */
export interface ManualMark {
  manual?: boolean;
  tagId?: string;
}

const CATEGORIES = new Set(['person', 'official', 'government', 'military', 'organization', 'country', 'group']);
const CLAIM_CODES = new Set(['unsourced-claim', 'vague-attribution']);
const SETTLING = new Set(['source', 'background', 'analysis']);

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && a.end > b.start;
const byStart = (a: Span, b: Span): number => a.start - b.start || a.end - b.end;

/** Spans merged into sorted disjoint intervals, for overlap tests by binary search. */
class SpanSet {
  private starts: number[] = [];
  private ends: number[] = [];
  constructor(spans: Span[]) {
    for (const s of [...spans].sort(byStart)) {
      const last = this.ends.length - 1;
      if (last >= 0 && s.start < this.ends[last]) this.ends[last] = Math.max(this.ends[last], s.end);
      else {
        this.starts.push(s.start);
        this.ends.push(s.end);
      }
    }
  }
  /** Whether [start, end) overlaps any span of the set. */
  hits(x: Span): boolean {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ends[mid] <= x.start) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.starts.length && this.starts[lo] < x.end;
  }
  get size(): number {
    return this.starts.length;
  }
}

/** The first item of a start-sorted list that overlaps a span (items may nest, so a short scan back). */
function firstOverlap<T extends Span>(list: readonly T[], span: Span): T | undefined {
  const lo = firstStartingFrom(list, span.end);
  let found: T | undefined;
  for (let i = lo - 1; i >= 0 && i >= lo - 64; i--) if (overlaps(list[i], span)) found = list[i];
  return found;
}

/**
 * For each query span, the index of the earliest item (the lowest index) that overlaps it, or -1: the
 * first `items.find((x) => overlaps(x, query))`, for all queries at once. One sweep in order of query end:
 * the items starting before that end are added to a Fenwick tree keyed by their end (counted from the
 * right), which answers "lowest index among the items ending after the query's start". O((n + m) log n).
 * With `last`, the highest index instead.
 */
export function firstOverlapping(queries: readonly Span[], items: readonly Span[], last = false): Int32Array {
  const out = new Int32Array(queries.length).fill(-1);
  if (!queries.length || !items.length) return out;
  // Ends, distinct and ascending; tree slot r stands for the r-th largest end, so a prefix of slots is
  // "every end above some offset".
  const ends = [...new Set(items.map((x) => x.end))].sort((a, b) => a - b);
  const slotOf = new Map(ends.map((e, k) => [e, ends.length - 1 - k]));
  // Lowest index wanted: keep minima of the index, or of its negation for the highest.
  const tree = new Int32Array(ends.length).fill(0x7fffffff);
  const sign = last ? -1 : 1;
  const byItemStart = items.map((_, j) => j).sort((a, b) => items[a].start - items[b].start);
  const byQueryEnd = queries.map((_, i) => i).sort((a, b) => queries[a].end - queries[b].end);
  let next = 0;
  for (const i of byQueryEnd) {
    const q = queries[i];
    for (; next < byItemStart.length && items[byItemStart[next]].start < q.end; next++) {
      const j = byItemStart[next];
      for (let r = slotOf.get(items[j].end) as number; r < tree.length; r |= r + 1) tree[r] = Math.min(tree[r], sign * j);
    }
    // Items ending after q.start: the ends above it are the first (count of ends > q.start) slots.
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid] <= q.start) lo = mid + 1;
      else hi = mid;
    }
    let best = 0x7fffffff;
    for (let r = ends.length - lo - 1; r >= 0; r = (r & (r + 1)) - 1) best = Math.min(best, tree[r]);
    if (best !== 0x7fffffff) out[i] = sign * best;
  }
  return out;
}

/** The tags of a list (oldest first) that no later tag of the list overlaps: where tags overlap, the newest wins. */
export function keepNewest<T extends Span>(list: readonly T[]): T[] {
  const lastOver = firstOverlapping(list, list, true);
  return list.filter((_, i) => lastOver[i] <= i);
}

/** The model with the article's manual tags applied. Pure; the input model is not changed. */
export function applyTags(model: ArticleModel, tags: readonly Tag[], gazetteer?: Gazetteer): ArticleModel {
  // Oldest first, so that where manual tags overlap the newer one wins.
  const live = tags
    .filter((t) => !t.orphan && t.end > t.start && t.end <= model.text.length)
    .sort((a, b) => (a.created < b.created ? -1 : a.created > b.created ? 1 : 0));
  if (!live.length) return model;
  const text = model.text;
  const of = (pred: (t: Tag) => boolean) => live.filter(pred);
  const names = of((t) => t.kind === 'actor' || t.kind === 'agreement');
  const dateTags = of((t) => t.kind === 'date');
  const claimTags = of((t) => t.kind === 'claim');
  const settling = of((t) => SETTLING.has(t.kind));
  const rejects = (k: string) => of((t) => t.kind === 'reject' && t.rejects === k);

  // Newer manual names and dates replace older overlapping ones.
  const manualNames = keepNewest(names);
  const manualDateTags = keepNewest(dateTags);

  const dropActors = new SpanSet([...rejects('actor'), ...names]);
  const dropAgreements = new SpanSet([...rejects('agreement'), ...names]);
  const dropDates = new SpanSet([...rejects('date'), ...dateTags]);
  const dropSources = new SpanSet(rejects('source'));
  const dropClaims = new SpanSet([...rejects('claim'), ...claimTags, ...settling.filter((t) => t.kind !== 'source')]);
  const settleFindings = new SpanSet([...rejects('claim'), ...claimTags, ...settling]);
  const sourced = new SpanSet(settling.filter((t) => t.kind === 'source'));

  const entryCategory = (t: Tag) => (t.entity ? gazetteer?.get(t.entity)?.category : undefined);
  const manualActors: (ActorAnnotation & ManualMark)[] = [];
  const manualAgreements: (AgreementAnnotation & ManualMark)[] = [];
  for (const t of manualNames) {
    const span = { start: t.start, end: t.end };
    const before = firstOverlap(model.actors, span) ?? firstOverlap(model.agreements, span);
    const sameSpan = before && before.start === t.start && before.end === t.end;
    const entity = t.entity ?? (sameSpan ? before.entity : null) ?? null;
    const mark = { manual: true, tagId: t.id };
    if (t.kind === 'actor') {
      const cat = t.category ?? entryCategory(t) ?? (before?.kind === 'actor' ? before.category : undefined);
      const category = (cat && CATEGORIES.has(cat) ? cat : 'organization') as ActorCategory;
      manualActors.push({ kind: 'actor', ...span, text: text.slice(t.start, t.end), category, entity, ...mark });
    } else {
      manualAgreements.push({ kind: 'agreement', ...span, text: text.slice(t.start, t.end), entity, antecedent: null, ...mark });
    }
  }
  const manualDates = manualDateTags.map((t) => ({ ...dateFor(model, t, firstOverlap(model.dates, t)), manual: true, tagId: t.id }));

  const manualClaims: (Claim & ManualMark)[] = [];
  const extraFindings: Finding[] = [];
  // A source, background or analysis tag over the claim settles it, whichever was added first.
  const settlers = firstOverlapping(claimTags, settling);
  claimTags.forEach((t, i) => {
    const span = { start: t.start, end: t.end };
    const settledBy = settlers[i] >= 0 ? settling[settlers[i]] : undefined;
    if (settledBy && settledBy.kind !== 'source') return;
    const isSourced = !!t.source || !!settledBy;
    manualClaims.push({ ...span, reasons: ['manual'], score: 1, status: isSourced ? 'sourced' : 'unsourced', manual: true, tagId: t.id });
    if (!isSourced) {
      extraFindings.push({
        code: 'unsourced-claim', severity: 'warning', ...span, reasons: ['manual'], score: 1,
        message: 'Tagged by hand as a claim, with no source: attach one (a URL or a citation) or attribute it.',
      });
    }
  });

  const findings = model.findings.filter((f) => {
    if (CLAIM_CODES.has(f.code)) return !settleFindings.hits(f);
    if (f.code === 'unresolved-date') return !dropDates.hits(f);
    return true;
  });
  const claims = model.claims
    .filter((c) => !dropClaims.hits(c))
    .map((c) => (sourced.size && sourced.hits(c) ? { ...c, status: 'sourced' as const } : c));
  return {
    ...model,
    actors: [...model.actors.filter((a) => !dropActors.hits(a)), ...manualActors].sort(byStart),
    agreements: [...model.agreements.filter((a) => !dropAgreements.hits(a)), ...manualAgreements].sort(byStart),
    dates: [...model.dates.filter((d) => !dropDates.hits(d)), ...manualDates].sort(byStart),
    attributions: dropSources.size ? model.attributions.filter((a) => !(a.source && dropSources.hits(a.source))) : model.attributions,
    claims: [...claims, ...manualClaims].sort(byStart),
    findings: [...findings, ...extraFindings].sort(byStart),
  };
}

/** A date annotation for a date tag: its own value, else the automatic one it replaces, else the tagger's. */
function dateFor(model: ArticleModel, t: Tag, before: DateAnnotation | undefined): DateAnnotation {
  const base = { kind: 'date' as const, start: t.start, end: t.end, text: model.text.slice(t.start, t.end) };
  if (t.value) return { ...base, type: /^P/.test(t.value) ? 'DURATION' : 'DATE', value: t.value, certain: true };
  if (before) return { ...before, ...base };
  const found = fromCore(findDates(forCore(model.text), [{ start: t.start, end: t.end }], model.referenceDate)[0]);
  if (found) return { ...found, ...base };
  return { ...base, type: 'DATE', value: 'XXXX-XX-XX', certain: false };
}
