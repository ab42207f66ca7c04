// YAML front matter at the very start of an article, fenced by --- lines.
import { parse } from 'yaml';
import type { FrontMatter } from './types';

const FENCE = /^---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;

/** Finds and parses front matter; a broken body yields data {} and an error message, never a throw. */
export function parseFrontMatter(text: string): FrontMatter | null {
  const open = FENCE.exec(text.startsWith('\uFEFF') ? text.slice(1) : text);
  if (!open) return null;
  const bodyStart = open[0].length + (text.startsWith('\uFEFF') ? 1 : 0);
  const rest = text.slice(bodyStart);
  const close = CLOSE.exec(rest);
  if (!close) return null;
  const bodyEnd = bodyStart + close.index;
  const end = bodyEnd + close[0].length;
  const body = text.slice(bodyStart, bodyEnd);
  try {
    const value: unknown = parse(body, { maxAliasCount: 50 });
    const data = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
    return { start: 0, end, body: { start: bodyStart, end: bodyEnd }, data };
  } catch (err) {
    return { start: 0, end, body: { start: bodyStart, end: bodyEnd }, data: {}, error: (err as Error).message };
  }
}
