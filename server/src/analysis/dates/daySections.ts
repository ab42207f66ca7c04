// A digest's or a live blog's day headings ("## WEDNESDAY | 12 Nov") and an embedded post's stamp: the text under
// each, and its candidates read again with that day for reference. Apart because only texts with such headings need it.
import type { Paragraph } from '../types';
import type { Candidate } from './candidate';
import { parseYmd, type Ymd } from './calendar';
import { lastIndexWithin } from '../chars';
import { readParagraphs } from './readRules';

/** The text under a day's heading, up to the next heading, and that day. */
interface DaySection {
  start: number;
  end: number;
  ref: Ymd;
}

/** How long (characters) a line may be and still be a day's heading. */
const HEADING_LINE_MAX = 80;
/** What a day's heading holds beside its dates: heading and list marks, bold, a bar, dashes, commas. */
const HEADING_REST_RE = /^[\s#*_|:,.\-\u2013\u2014>\u00b7]*$/;
/** How far back (characters) an embedded post's stamp dates the quoted lines above it. */
const POST_REACH = 3000;
/** A Markdown heading opening a line (found in a slice holding the line break before it). */
const HEADING_START_RE = /\n[ \t]{0,3}#{1,6}\s/;

/**
 * The sections of a digest or diary under a line that holds only a day ("## WEDNESDAY | 12 Nov", "MONDAY | 10 Nov",
 * "**14 November**") of another day than the article's: each runs from the line's end to the next heading or day
 * line. `list` is sorted; every line is looked at within its bounded length, and every section's text once.
 */
export function daySections(text: string, list: Candidate[], ref: Ymd | null): DaySection[] {
  if (!ref) return [];
  const heads: { lineStart: number; lineEnd: number; day: Ymd }[] = [];
  const posts: DaySection[] = [];
  let postFloor = 0;
  for (let k = 0; k < list.length; k++) {
    const c = list[k];
    if (c.type !== 'DATE' || c.value.length !== 10 || !parseYmd(c.value)) continue;
    const nl = lastIndexWithin(text, '\n', c.start - 1, c.start - HEADING_LINE_MAX);
    if (nl < 0 && c.start > HEADING_LINE_MAX) continue;
    const lineStart = nl + 1;
    const tail = text.slice(c.end, lineStart + HEADING_LINE_MAX + 1);
    const e = tail.indexOf('\n');
    if (e < 0 && c.end + tail.length < text.length) continue;
    const lineEnd = e < 0 ? text.length : c.end + e;
    // The line's other dates ("WEDNESDAY" beside "12 Nov"); the day of the month wins over the weekday.
    let j = k;
    while (j > 0 && list[j - 1].start >= lineStart) j--;
    let rest = '';
    let at = lineStart;
    let day: Candidate | null = null;
    for (; j < list.length && list[j].start < lineEnd; j++) {
      const d = list[j];
      rest += text.slice(at, d.start);
      at = Math.max(at, d.end);
      if (d.type === 'DATE' && d.value.length === 10 && parseYmd(d.value) && (!day || (day.inferred.includes('week') && !d.inferred.includes('week')))) day = d;
    }
    k = j - 1;
    rest += text.slice(at, lineEnd);
    if (!day || text.charCodeAt(lineStart) === 124 || !HEADING_REST_RE.test(rest)) continue;
    const when = parseYmd(day.value);
    if (!when) continue;
    // "> 7:42 PM · Nov 11, 2025" closing an embedded post: its quoted lines above were written that day.
    if (/^[ \t]*>/.test(text.slice(lineStart, lineStart + 8))) {
      const start = quoteBlockStart(text, lineStart, postFloor);
      postFloor = lineEnd;
      if (start < lineStart && (when.y !== ref.y || when.m !== ref.m || when.d !== ref.d)) posts.push({ start, end: lineStart, ref: when });
      continue;
    }
    heads.push({ lineStart, lineEnd, day: when });
  }
  const out: DaySection[] = [];
  for (let h = 0; h < heads.length; h++) {
    const { lineEnd, day } = heads[h];
    const until = h + 1 < heads.length ? heads[h + 1].lineStart : text.length;
    const next = HEADING_START_RE.exec(text.slice(lineEnd, until));
    const end = next ? lineEnd + next.index + 1 : until;
    if (day.y !== ref.y || day.m !== ref.m || day.d !== ref.d) out.push({ start: lineEnd, end, ref: day });
  }
  if (!posts.length) return out;
  // A post's lines lie within a day's section or outside any: the post's own day wins inside it.
  const all: DaySection[] = [];
  let p = 0;
  for (const sec of out) {
    let from = sec.start;
    for (; p < posts.length && posts[p].start < sec.end; p++) {
      const post = posts[p];
      if (post.start > from) all.push({ ...sec, start: from, end: Math.min(post.start, sec.end) });
      all.push(post);
      from = Math.max(from, post.end);
    }
    if (from < sec.end) all.push({ ...sec, start: from });
  }
  for (; p < posts.length; p++) all.push(posts[p]);
  all.sort((a, b) => a.start - b.start);
  return all;
}

/** The start of the run of quoted lines ("> ...") that ends with the line at `lineStart`, not before `floor` nor POST_REACH back. */
function quoteBlockStart(text: string, lineStart: number, floor: number): number {
  const lo = Math.max(0, floor, lineStart - POST_REACH);
  const win = text.slice(lo, lineStart);
  let start = win.length;
  while (start > 0) {
    // (The line before ends at start - 1; with start < 2 a negative index would find that line break itself.)
    const prev = start < 2 ? 0 : win.lastIndexOf('\n', start - 2) + 1;
    if (prev >= start || (prev === 0 && lo > 0 && text.charCodeAt(lo - 1) !== 10)) break;
    if (!/^[ \t]*>/.test(win.slice(prev, prev + 8))) break;
    start = prev;
  }
  return lo + start;
}

/** The candidates, those of each day's section read again with its day for reference (sorted). */
export function readSections(text: string, paragraphs: Paragraph[], found: Candidate[], sections: DaySection[]): Candidate[] {
  const kept: Candidate[] = [];
  let s = 0;
  for (const c of found) {
    while (s < sections.length && sections[s].end <= c.start) s++;
    if (!(s < sections.length && c.start >= sections[s].start)) kept.push(c);
  }
  const spans = [...paragraphs].sort((a, b) => a.start - b.start);
  let p = 0;
  for (const sec of sections) {
    while (p < spans.length && spans[p].end <= sec.start) p++;
    const inside: Paragraph[] = [];
    for (let q = p; q < spans.length && spans[q].start < sec.end; q++) inside.push({ ...spans[q], start: Math.max(spans[q].start, sec.start), end: Math.min(spans[q].end, sec.end) });
    for (const c of readParagraphs(text, inside, sec.ref)) kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start);
  return kept;
}

