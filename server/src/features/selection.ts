// Smart selection (textDocument/selectionRange): from the cursor out through what the analysis found around it, the
// way an annotator selects what to tag or to source: a date or a name, the attribution's source or what it reports,
// the quotation, the whole attribution, the sentence, the paragraph.
import type { SelectionRange } from 'vscode-languageserver';
import type { Span } from '../analysis/types';
import { type DocContext, findAt, toRange } from './context';

/** The spans of the analysis that hold an offset, from the smallest out, each inside the next. */
export function spansAround(ctx: DocContext, offset: number): Span[] {
  const m = ctx.model;
  const found: Span[] = [];
  const add = (s: Span | null | undefined): void => {
    if (s && s.start <= offset && offset <= s.end && s.end > s.start) found.push({ start: s.start, end: s.end });
  };
  add(findAt(m.dates, offset));
  add(findAt(m.actors, offset));
  add(findAt(m.agreements, offset));
  for (const a of m.attributions) {
    const parts = [a, a.source, a.content];
    if (!parts.some((p) => p && p.start <= offset && offset <= p.end)) continue;
    for (const p of parts) add(p);
    // (The whole attribution: its cue, source and content together.)
    let start = a.start;
    let end = a.end;
    for (const p of parts) {
      if (!p) continue;
      start = Math.min(start, p.start);
      end = Math.max(end, p.end);
    }
    add({ start, end });
  }
  add(findAt(m.quotations, offset));
  add(findAt(m.sentences, offset));
  add(findAt(m.paragraphs, offset));
  // Smallest first; each kept only where it holds the one before it (two spans that cross make no chain).
  found.sort((x, y) => x.end - x.start - (y.end - y.start) || x.start - y.start);
  const chain: Span[] = [];
  for (const s of found) {
    const inner = chain[chain.length - 1];
    if (!inner || (s.start <= inner.start && s.end >= inner.end && (s.start < inner.start || s.end > inner.end))) chain.push(s);
  }
  return chain;
}

/** The selection ranges at an offset, innermost first; an empty range at the offset where nothing holds it. */
export function selectionRangeAt(ctx: DocContext, offset: number): SelectionRange {
  const chain = spansAround(ctx, offset);
  let out: SelectionRange | undefined;
  for (let i = chain.length - 1; i >= 0; i--) out = { range: toRange(ctx.lines, chain[i]), parent: out };
  return out ?? { range: toRange(ctx.lines, { start: offset, end: offset }) };
}
