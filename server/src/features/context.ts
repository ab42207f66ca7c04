// What every feature needs about one document: its model, a line index and the glossary in force.
import type { ArticleModel, Span } from '../analysis/types';
import { LineIndex } from '../analysis/positions';
import type { Gazetteer } from '../analysis/gazetteer';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { firstStartingFrom, lowerBound } from '../analysis/order';

export interface DocContext {
  uri: string;
  model: ArticleModel;
  lines: LineIndex;
  gazetteer: Gazetteer;
  /** True when the client renders markdown hovers. */
  markdown: boolean;
  /** The version of the open document whose text was analysed (none for an article read from disk). */
  version?: number;
}

/** The LSP range of a span. */
export function toRange(lines: LineIndex, span: Span): Range {
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
}

/** The item of a sorted, non-overlapping list that contains offset (end inclusive, for a cursor at a word's end). */
export function findAt<T extends Span>(items: readonly T[], offset: number): T | undefined {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const it = items[mid];
    if (it.end < offset) lo = mid + 1;
    else if (it.start > offset) hi = mid - 1;
    else return it;
  }
  return undefined;
}

/** Items of a sorted list that overlap [start, end), in order. */
export function overlapping<T extends Span>(items: readonly T[], start: number, end: number): T[] {
  const reach = reachOf(items);
  if (!reach) return items.filter((it) => it.start < end && it.end > start);
  // Only the items from the first whose reach passes `start` to the last that starts before `end` can overlap: two
  // binary searches, where a look through the whole list for every request at the cursor cost ~10 ms a request on an
  // article of 300,000 mentions.
  const out: T[] = [];
  for (let k = lowerBound(reach, start + 1), hi = firstStartingFrom(items, end); k < hi; k++) if (items[k].end > start) out.push(items[k]);
  return out;
}

const REACH = new WeakMap<readonly Span[], number[] | null>();
/** For a list sorted by start, the furthest end of each item and all before it (null for a list not sorted by start). */
function reachOf(items: readonly Span[]): number[] | null {
  let reach = REACH.get(items);
  if (reach === undefined) {
    reach = [];
    for (let k = 0; k < items.length; k++) {
      if (k && items[k].start < items[k - 1].start) {
        reach = null;
        break;
      }
      reach.push(Math.max(items[k].end, k ? reach[k - 1] : -Infinity));
    }
    REACH.set(items, reach);
  }
  return reach;
}

/**
 * Quick fixes for each annotation and finding are offered for a range that holds at most this many of them (a few
 * paragraphs). A selection of a whole article had offered every one: 35,000 actions, 14 MB of JSON for 1 MB of news,
 * sent at each change of the selection for a menu no one could read.
 */
export const MAX_SELECTION_ITEMS = 100;

/** How many annotations, sources and findings a range holds: each would have fixes of its own. */
export function itemsIn(ctx: DocContext, start: number, end: number, diagnostics: readonly Diagnostic[]): number {
  const { actors, agreements, dates, attributions } = ctx.model;
  let sources = 0;
  for (const a of attributions) if (a.source && a.source.start < end && a.source.end > start) sources++;
  return overlapping(actors, start, end).length + overlapping(agreements, start, end).length + overlapping(dates, start, end).length + sources + diagnostics.length;
}

/** Whether a range holds too many items for a fix of each to be offered (tagActions, dateActions). */
export const crowded = (ctx: DocContext, start: number, end: number, diagnostics: readonly Diagnostic[]): boolean =>
  itemsIn(ctx, start, end, diagnostics) > MAX_SELECTION_ITEMS;
