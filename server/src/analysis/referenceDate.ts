// The article's document creation time. (Stub.)
import type { FrontMatter, ReferenceDateSource, Span } from './types';
import type { Segmentation } from './segment';

export interface ReferenceDate {
  date: string | null;
  source: ReferenceDateSource;
  span?: Span;
}

/** Finds the reference date: option, then front matter `date:`, then a dateline, else none. */
export function findReferenceDate(
  _text: string,
  frontMatter: FrontMatter | null,
  _seg: Segmentation,
  option?: string,
): ReferenceDate {
  if (option) return { date: option, source: 'option' };
  const d = frontMatter?.data.date;
  if (d instanceof Date) return { date: d.toISOString().slice(0, 10), source: 'front-matter' };
  if (typeof d === 'string' && /^\d{4}-\d{2}-\d{2}/.test(d)) return { date: d.slice(0, 10), source: 'front-matter' };
  return { date: null, source: 'none' };
}
