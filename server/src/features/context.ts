// What every feature needs about one document: its model, a line index and the glossary in force.
import type { ArticleModel, Span } from '../analysis/types';
import { LineIndex } from '../analysis/positions';
import type { Gazetteer } from '../analysis/gazetteer';
import type { Range } from 'vscode-languageserver-types';

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

/** Items of a sorted list that overlap [start, end). */
export function overlapping<T extends Span>(items: readonly T[], start: number, end: number): T[] {
  return items.filter((it) => it.start < end && it.end > start);
}
