// A sentence's text with the spans that are not the reporter's own words blanked out (attributions, quotations,
// dates), same length so offsets still line up, and the claim features' trigger bits read around those spans. Apart
// from claims.ts because it is plain span arithmetic that knows nothing of claims.
import type { Span } from './types';
import { triggerBitsIn } from './claimFeatures';
import { sortShort } from './order';

export const NO_SPANS: Span[] = [];
const byStart = (a: Span, b: Span): number => a.start - b.start;

/** The spans of `a` and `b` clipped to [start, end), non-empty, sorted by start (they may overlap). */
export function maskSpans(start: number, end: number, a: Span[], b: Span[]): Span[] {
  if (!a.length && !b.length) return NO_SPANS;
  // The given spans are of several kinds (attributions, quotations, dates): copied clipped into one shape.
  const spans: Span[] = [];
  for (let k = 0; k < a.length + b.length; k++) {
    const m = k < a.length ? a[k] : b[k - a.length];
    const s = clipped(m.start, m.end, start, end);
    if (s.end > s.start) spans.push(s);
  }
  return sortShort(spans, byStart);
}

/** The text of [start, end) with the (maskSpans) spans blanked. */
export function maskWith(text: string, start: number, end: number, spans: Span[]): string {
  if (!spans.length) return text.slice(start, end);
  let out = '';
  let at = start;
  for (let j = 0; j < spans.length; j++) {
    const m = spans[j];
    if (m.end <= at) continue;
    const from = Math.max(at, m.start);
    out += text.slice(at, from) + blanks(m.end - from);
    at = m.end;
  }
  return out + text.slice(at, end);
}

/** triggerBits of maskWith(text, start, end, spans), read from the text between the spans. */
export function maskedTriggerBits(text: string, start: number, end: number, spans: Span[]): number {
  let bits = 0;
  let at = start;
  for (let j = 0; j < spans.length; j++) {
    const m = spans[j];
    if (m.end <= at) continue;
    bits |= triggerBitsIn(text, at, Math.max(at, m.start));
    at = m.end;
  }
  return bits | triggerBitsIn(text, at, end);
}

/** A run of n blanks: a slice of one made once, for most spans. */
function blanks(n: number): string {
  return n <= BLANKS.length ? BLANKS.slice(0, n) : ' '.repeat(n);
}
const BLANKS = ' '.repeat(400);

function clipped(from: number, to: number, start: number, end: number): Span {
  return { start: Math.max(start, from), end: Math.min(end, to) };
}
