// Embedded social-media posts quoted as Markdown blocks ("> **Name** @handle"), attributed to the author their
// header names, and a quote-post's lines to the quoted account. Apart from speechPasses.ts because a post's block
// has a shape of its own.
import type { AttributionAnnotation } from './types';
import type { Segmentation } from './segment';
import { backOverBlanks, skipBlanks } from './chars';
import { lowerBound } from './order';
import { make, trimSpan } from './speechPasses';

/**
 * An embedded post, quoted as a Markdown block: "> **BTB-ABVV Havens** @btb_havens", the post's lines, then its time
 * ("> 7:42 PM · Nov 11, 2025"). The author named in the header says the lines, the handle is the cue; a "Quoting
 * @handle: ..." line inside is the quoted account's.
 */
export function postAttributions(text: string, seg: Segmentation, out: AttributionAnnotation[]): void {
  // (Most articles quote no post: nothing to index for them.)
  if (!seg.paragraphs.some((p) => text.charCodeAt(p.start) === 62)) return;
  const covered = out.filter((a) => a.content).map((a) => a.content!).sort((x, y) => x.start - y.start);
  const coveredStarts = covered.map((c) => c.start);
  const isCovered = (at: number): boolean => {
    for (let k = lowerBound(coveredStarts, at + 1) - 1, n = 0; k >= 0 && n < 50; k--, n++) if (covered[k].end > at) return true;
    return false;
  };
  const starts = out.map((a) => a.start).sort((x, y) => x - y);
  /** Whether the text before the block ends "X replied:" with a cue of its own in its last 40 characters. */
  const introduced = (at: number): boolean => {
    const end = backOverBlanks(text, at, Math.max(0, at - 8));
    if (end < 1 || text.charCodeAt(end - 1) !== 58) return false;
    const k = lowerBound(starts, end - 40);
    return k < starts.length && starts[k] < end;
  };
  let after = -1;
  for (const p of seg.paragraphs) {
    if (p.start < after || text.charCodeAt(p.start) !== 62) continue;
    const h = POST_HEADER_RE.exec(text.slice(p.start, Math.min(text.length, p.start + 160)));
    if (!h) continue;
    const source = { start: p.start + h[0].indexOf(h[1]), end: p.start + h[0].indexOf(h[1]) + h[1].length, text: h[1] };
    const cueAt = p.start + h[0].lastIndexOf(h[2]);
    // The post's lines, up to its time, a "Quoting" line or the end of the block.
    let pos = p.start + h[0].length;
    let bodyStart = -1;
    let bodyEnd = -1;
    let quoting: { start: number; end: number; handle: number; len: number } | null = null;
    while (pos < text.length && text.charCodeAt(pos) === 62) {
      let nl = text.indexOf('\n', pos);
      if (nl < 0) nl = text.length;
      const line = text.slice(pos, Math.min(nl, pos + 400));
      if (POST_TIME_RE.test(line)) {
        pos = nl + 1;
        break;
      }
      const q = QUOTING_RE.exec(line);
      if (q) quoting = { start: pos + q.index, end: nl, handle: pos + q.index + q[0].indexOf(q[1]), len: q[1].length };
      else if (!quoting) {
        const from = skipBlanks(text, pos + 1, nl);
        if (from < nl) {
          if (bodyStart < 0) bodyStart = from;
          bodyEnd = nl;
        }
      }
      pos = nl + 1;
    }
    after = pos;
    // ("Within an hour the port authority replied:" before the block already says whose the post is.)
    if (bodyStart >= 0 && !isCovered(bodyStart) && !introduced(p.start)) out.push(make(text, { start: cueAt, end: cueAt + h[2].length }, source, trimSpan(text, bodyStart, bodyEnd)));
    if (quoting) {
      const cue = { start: quoting.start, end: quoting.start + 'Quoting'.length };
      const body = skipBlanks(text, quoting.handle + quoting.len + 1, quoting.end);
      out.push(make(text, cue, { start: quoting.handle, end: quoting.handle + quoting.len, text: text.slice(quoting.handle, quoting.handle + quoting.len) }, trimSpan(text, body, quoting.end)));
    }
  }
}
/** A post's header line in a quote block: "> **Name** @handle" (the name 1, the handle 2). */
const POST_HEADER_RE = /^>\s*(?:\*\*|__)([^*_\n]{2,60})(?:\*\*|__)\s+(@[A-Za-z0-9_]{2,30})[ \t]*(?:\n|$)/;
/** A post's time line: "> 7:42 PM · Nov 11, 2025", "> 14:05 · 12 Nov 2025". */
const POST_TIME_RE = /^>\s*\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s*[\u00b7|\u2022-]\s*\S/;
/** A quote-post's line: "Quoting @btb_havens:" (the handle 1). */
const QUOTING_RE = /\bQuoting\s+(@[A-Za-z0-9_]{2,30}):?/;
