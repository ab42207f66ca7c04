// Paragraphs, sentences and quotations. One left-to-right pass per concern, so the cost stays linear in the
// text whatever its shape (a 1 MB single line of garbage is one paragraph scanned once).
import type { Paragraph, Quotation, Sentence, Span } from './types';
import { findQuotations } from './quotes';
import { mergeSortedOffsets } from './order';
import { findCredits, type Credit } from './credits';
import { isAsciiLetterCode, isDigitCode, lazyRegExp } from './chars';
import { ABBREVIATION_MAX, afterListMarker, isCloserCode, isOpenerCode, isSpace, isUpperStart, NAME_TITLES, NUMBER_ABBREVIATIONS, splitSentences } from './sentences';
import { findDateline, isTitleLine } from './datelines';

export interface Segmentation {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  quotations: Quotation[];
  /** The wire dateline ("ERBIL, Iraq, Nov. 14 (Agency) -", "13 November 2025 | KYIV"), when there is one. */
  dateline?: Span;
  /** Paragraphs that are headings ("# ...", "## ...", or a plain-text headline first), by index. */
  headings?: number[];
  /** Line breaks (offsets of their '\n') inside hard-wrapped paragraphs: each reads as a space. */
  softBreaks?: number[];
  /**
   * Paragraphs that are the page's notes on itself, by index: a correction or a clarification, an editor's note, "This
   * article was amended on ...", a copyright line, a reading time ("27 November 2026 · 3 min read").
   */
  notes?: number[];
  /** The byline, the wire's credit lines and the pictures' credits ("By Ann Lee", "(Reporting by ...; Editing by ...)",
   * "REUTERS/Vlad Ursu"), sorted by start (credits.ts). */
  credits?: Credit[];
}

const HEADING = /^[ \t]{0,3}#{1,6}[ \t]/;

/** A capital, maybe after an opening quote. */
const HEADLINE_START_RE = /^["'\u201c\u2018]?\p{Lu}/u;

/**
 * Whether the body's first paragraph is a headline in plain text ("FACTBOX-Key events in the Sudan war"): one line
 * of at most 16 words with no sentence's end, before more paragraphs.
 */
function isHeadline(text: string, paragraphs: Paragraph[]): boolean {
  const p = paragraphs[0];
  if (!p || paragraphs.length < 2 || !isTitleLine(text, p)) return false;
  const line = text.slice(p.start, p.end);
  return line.split(/\s+/).length <= 16 && HEADLINE_START_RE.test(line);
}

/** Splits the text from `from` on into paragraphs (blank-line or line separated) and sentences. */
export function segment(text: string, from: number): Segmentation {
  const paragraphs: Paragraph[] = [];
  const headings: number[] = [];
  const joined: number[] = [];
  findParagraphs(text, Math.max(0, Math.min(from, text.length)), paragraphs, headings, joined);
  // (The width a text is hard-wrapped at, 0 when it is not: both passes over its joined lines read it.)
  const width = wrapWidth(joined);
  const stopBreaks = joinWrappedStops(text, width, paragraphs, headings);
  if (isHeadline(text, paragraphs) && headings[0] !== 0) headings.unshift(0);
  const sentences: Sentence[] = [];
  const quotations: Quotation[] = [];
  splitParagraphs(text, paragraphs, sentences, quotations);
  const dateline = findDateline(text, paragraphs, headings);
  const softBreaks = mergeSortedOffsets(wrappedBreaks(text, joined, width, paragraphs), stopBreaks);
  // (Read as the later passes read the text: a soft break as a space.)
  const credits = findCredits(softBreaks.length ? unwrapText(text, softBreaks) : text);
  const notes = pageNotes(text, paragraphs);
  return { paragraphs, sentences, quotations, dateline, headings, ...(softBreaks.length ? { softBreaks } : {}), ...(credits.length ? { credits } : {}), ...(notes.length ? { notes } : {}) };
}

/** The paragraphs that are the page's notes on itself (see Segmentation.notes), by index. */
function pageNotes(text: string, paragraphs: Paragraph[]): number[] {
  const out: number[] = [];
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k];
    let a = p.start;
    // (Past Markdown emphasis: "*Correction:* ...", "**Editor's note:** ...".)
    while (a < p.end && (text.charCodeAt(a) === 42 || text.charCodeAt(a) === 95)) a++;
    const c = text.charCodeAt(a);
    let end = p.end;
    while (end > a && isSpace(text.charCodeAt(end - 1))) end--;
    // (A cheap gate first: a note opens with one of these letters or the copyright sign, or ends a short line with "read".)
    if (!NOTE_OPENERS.has(c) && !(end - a <= 80 && text.charCodeAt(end - 1) === 100)) continue;
    const head = text.slice(a, Math.min(end, a + 80));
    if (NOTE_RE.test(head) || LINK_LINE_RE.test(head) || (end - a <= 80 && READING_TIME_RE.test(text.slice(a, end)))) {
      out.push(k);
      continue;
    }
    // A list of links under its heading ("Most read", "More on this story"): the headlines of other stories, each a
    // line of its own with no sentence's end.
    if (end - a > 40 || !LINKS_HEADING_RE.test(text.slice(a, end))) continue;
    out.push(k);
    for (let j = k + 1; j < paragraphs.length && j <= k + MAX_LINKS && headlinesOnly(text, paragraphs[j]); j++) out.push((k = j));
  }
  return out;
}
/** The most paragraphs of links a heading of links holds. */
const MAX_LINKS = 12;
/** Whether every line of paragraph p is a headline's: at most 120 characters, with no sentence's end. */
function headlinesOnly(text: string, p: Paragraph): boolean {
  for (let a = p.start; a < p.end; ) {
    let nl = text.indexOf('\n', a);
    if (nl < 0 || nl > p.end) nl = p.end;
    let e = nl;
    while (e > a && isSpace(text.charCodeAt(e - 1))) e--;
    if (e - a > 120) return false;
    const c = text.charCodeAt(e - 1);
    if (c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 34 || c === 0x201d) return false;
    a = nl + 1;
  }
  return true;
}
/** The first characters of a page's note ("Correction", "Editor's note", "This article", "An earlier version", "©"), or of a link's line. */
const NOTE_OPENERS = new Set([...'CEANTaRSWLMY'].map((ch) => ch.charCodeAt(0)).concat([0xa9]));
/** A line that links another story or the site's own matter: "Read more: ...", "Related: ...", "SEE ALSO: ...", "We use cookies ...". */
const LINK_LINE_RE = /^(?:(?:Read\s+more|Related|Related\s+(?:stories|articles|coverage|content)|See\s+also|Also\s+read|Read\s+also|More|Watch|Listen|Sponsored(?:\s+content)?|Recommended|You\s+may\s+also\s+like)\s*:|We\s+use\s+cookies\b)/i;
/** A heading over a list of links to other stories. */
const LINKS_HEADING_RE = /^(?:Most\s+(?:read|popular|viewed|shared)|More\s+(?:on|from|about)\s+this\s+(?:story|section|topic)|More\s+stories|Related(?:\s+(?:stories|articles|coverage|content))?|Recommended(?:\s+for\s+you)?|Top\s+stories|Trending(?:\s+now)?|You\s+may\s+also\s+like|Read\s+more|Editor['\u2019]?s\s+picks)[ \t]*:?$/i;
/** A page's note on itself, at a paragraph's head. */
const NOTE_RE =
  /^(?:(?:Corrections?|Clarifications?|Corrections and clarifications|Editor['\u2019]?s['\u2019]? note|Note to readers)(?:\s*[,(][^:\n]{0,36})?(?::|\s+[-\u2013\u2014]\s)|This\s+(?:article|story|piece|post)\s+(?:was|has\s+been)\s+(?:amended|corrected|clarified|updated|changed|edited)\b|An?\s+(?:earlier|previous)\s+version\s+of\s+this\s+(?:article|story|piece|post)\b|\u00a9|Copyright\s+(?:\u00a9\s*)?(?:\d{4}|\p{Lu})|All\s+rights\s+reserved)/u;
/** A short line that ends with a reading time: "27 November 2026 · 3 min read". */
const READING_TIME_RE = /\b\d{1,3}\s*(?:min|mins|minute|minutes)\.?\s+read$/i;

/** The widest a hard-wrapped line is (email and plain-text wraps are at 72 to 80 columns): longer lines are prose lines. */
const MAX_WRAP_WIDTH = 120;
/** How many full lines (within a few columns of the widest) show that the text is hard-wrapped at all. */
const MIN_FULL_LINES = 3;
/**
 * How full (of the width W) a line must be for its break to be the wrap's own even when the next word would have
 * fitted: text wrapped by hand, or copied from a PDF page in a proportional font, has ragged line ends.
 */
const RAGGED_FILL = 2 / 3;

/**
 * The line breaks inside paragraphs that a hard wrap made, given each joined line's [start, end, break, next start]
 * (four numbers per break) and the paragraphs. A text is hard-wrapped when several such lines fill nearly the same
 * width W (the widest of them, at most MAX_WRAP_WIDTH); a break is the wrap's own when the next line's first word
 * would not have fitted on the line ("... Foreign Minister Mauro⏎Vieira, ..."), or, inside a paragraph of prose (one
 * that ends as a sentence ends), when the line fills most of W ("... met the Norwegian⏎Prime Minister ..." wrapped
 * raggedly). A short line before a break (a headline and its byline, "Best wishes," and a name, a dateline) keeps its
 * break, and so does any line of a block that does not end as a sentence (a signature, an address, a contact block).
 */
function wrappedBreaks(text: string, joined: number[], width: number, paragraphs: readonly Paragraph[]): number[] {
  const out: number[] = [];
  if (!width) return out;
  const ragged = Math.ceil(width * RAGGED_FILL);
  // (Breaks and paragraphs both in text order: one walk over each.)
  let p = 0;
  for (let k = 0; k < joined.length; k += 4) {
    const length = joined[k + 1] - joined[k];
    // (The next line's first word, past its blockquote marks: "> Abdoulaye".)
    const next = continuationEnd(text, joined[k + 3]);
    let w = next;
    while (w < text.length && w - next < 40 && !isSpace(text.charCodeAt(w))) w++;
    if (length + 1 + (w - next) > width) {
      out.push(joined[k + 2]);
      continue;
    }
    if (length < ragged) continue;
    while (p < paragraphs.length && paragraphs[p].end <= joined[k + 2]) p++;
    if (p < paragraphs.length && paragraphs[p].start <= joined[k] && lineLooksFinished(text, paragraphs[p].end)) out.push(joined[k + 2]);
  }
  return out;
}

/** The width W a text is hard-wrapped at (see wrappedBreaks), from its joined lines; 0 when it is not hard-wrapped. */
function wrapWidth(joined: number[]): number {
  if (joined.length < 4 * MIN_FULL_LINES) return 0;
  let width = 0;
  for (let k = 0; k < joined.length; k += 4) width = Math.max(width, joined[k + 1] - joined[k]);
  if (width > MAX_WRAP_WIDTH || width < 30) return 0;
  let full = 0;
  for (let k = 0; k < joined.length; k += 4) if (joined[k + 1] - joined[k] >= width - 12) full++;
  return full < MIN_FULL_LINES ? 0 : width;
}

/** Whether the line [a, b) ends with a sentence's stop, past closing quotes and brackets. */
function endsWithStop(text: string, a: number, b: number): boolean {
  let i = b - 1;
  while (i > a && isCloserCode(text.charCodeAt(i))) i--;
  const c = text.charCodeAt(i);
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/**
 * In a hard-wrapped text whose paragraphs are parted by blank lines, a nearly full line that ends with a sentence's
 * stop ("... from Geneva to Brasilia.⏎Foreign Minister Mauro Vieira told ...") ends no paragraph: the wrap broke the
 * line there, as it would anywhere. (Read as two paragraphs, a quotation after it lost its speaker to the next cue, and
 * the sentences after "X told reporters:" on the next lines were unsourced claims.) The text shows how it parts its
 * paragraphs: by blank lines, when more prose paragraphs end at a blank line than end on a short line with a single
 * line break after it (one paragraph per line, the wire's way, keeps every such break). Merges those paragraphs (and
 * shifts `headings`); returns the breaks, which read as spaces.
 */
function joinWrappedStops(text: string, width: number, paragraphs: Paragraph[], headings: number[]): number[] {
  if (!width || paragraphs.length < 2) return [];
  const ragged = Math.ceil(width * RAGGED_FILL);
  // (A paragraph's last line, and whether the break after it is a blank line: one walk over the paragraphs.)
  let blankEnds = 0;
  let shortEnds = 0;
  for (let p = 0; p + 1 < paragraphs.length; p++) {
    const { start, end } = paragraphs[p];
    const lineStart = Math.max(start, text.lastIndexOf('\n', end - 1) + 1);
    if (!endsWithStop(text, lineStart, end)) continue;
    const nl = text.indexOf('\n', end);
    if (nl < 0 || nl >= paragraphs[p + 1].start) continue;
    const blank = text.indexOf('\n', nl + 1);
    if (blank >= 0 && blank < paragraphs[p + 1].start) blankEnds++;
    else if (end - lineStart < ragged) shortEnds++;
  }
  if (blankEnds <= shortEnds) return [];
  const breaks: number[] = [];
  const merged: Paragraph[] = [];
  const newIndex: number[] = [];
  const heading = new Set(headings);
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    const last = merged[merged.length - 1];
    if (last && !heading.has(p - 1) && !heading.has(p) && canJoinAtStop(text, last, para, width, ragged)) {
      breaks.push(text.indexOf('\n', last.end));
      last.end = para.end;
    } else merged.push({ start: para.start, end: para.end });
    newIndex.push(merged.length - 1);
  }
  if (!breaks.length) return breaks;
  paragraphs.length = 0;
  for (const para of merged) paragraphs.push(para);
  for (let k = 0; k < headings.length; k++) headings[k] = newIndex[headings[k]] ?? headings[k];
  return breaks;
}

/**
 * Whether paragraph `next` goes on from `prev` over a single line break after a nearly full line (at least `ragged`,
 * at most a few columns past `width`, the widest line the wrap joined) that ends with a stop, both lines plain prose (no list item, heading, table row, blockquote).
 */
function canJoinAtStop(text: string, prev: Paragraph, next: Paragraph, width: number, ragged: number): boolean {
  const nl = text.indexOf('\n', prev.end);
  if (nl < 0 || nl >= next.start) return false;
  const second = text.indexOf('\n', nl + 1);
  if (second >= 0 && second < next.start) return false;
  const lineStart = Math.max(prev.start, text.lastIndexOf('\n', prev.end - 1) + 1);
  const length = prev.end - lineStart;
  if (length < ragged || length > width + 12 || !endsWithStop(text, lineStart, prev.end)) return false;
  let nextEnd = text.indexOf('\n', next.start);
  if (nextEnd < 0 || nextEnd > next.end) nextEnd = next.end;
  const firstLineEnd = text.indexOf('\n', prev.start);
  const prevFirstEnd = firstLineEnd < 0 || firstLineEnd > prev.end ? prev.end : firstLineEnd;
  return (
    lineKind(text, prev.start, prevFirstEnd) === PLAIN_LINE &&
    lineKind(text, next.start, nextEnd) === PLAIN_LINE &&
    text.charCodeAt(prev.start) !== 62 &&
    text.charCodeAt(next.start) !== 62 &&
    isUpperStart(text[skipOpeners(text, next.start)] ?? '')
  );
}

function skipOpeners(text: string, i: number): number {
  while (i < text.length && isOpenerCode(text.charCodeAt(i))) i++;
  return i;
}

/**
 * The text with each soft line break (see wrappedBreaks) read as a space: same length, so every offset holds. The
 * next line's continuation marks (a list item's indent, a blockquote's "> ") go with the break: "the Energy⏎  Minister
 * Bintou Camara", "Interior Minister⏎> Abdoulaye Maiga" read as one name. (They become no-break spaces after the one
 * space, a gap that gazetteer.ts joinable() still joins.)
 */
export function unwrapText(text: string, softBreaks: number[] | undefined): string {
  if (!softBreaks?.length) return text;
  const parts: string[] = [];
  let at = 0;
  for (const nl of softBreaks) {
    // ("\r\n": both characters become spaces.)
    const from = nl > 0 && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    const next = continuationEnd(text, nl + 1);
    if (next === nl + 1) parts.push(text.slice(at, from), nl > from ? '  ' : ' ');
    else parts.push(text.slice(at, from), ' ', '\u00a0'.repeat(next - from - 1));
    at = next;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** The most a continued line's marks (indent, "> ") run: longer, it is no wrapped line's. */
const MAX_CONTINUATION = 8;

/** Past a continued line's indent and blockquote marks ("  ", "> ", "> > ") from i; i when the line has none. */
function continuationEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && j - i < MAX_CONTINUATION) {
    const c = text.charCodeAt(j);
    if (c === 32 || c === 9 || (c === 62 && (text.charCodeAt(j + 1) === 32 || text.charCodeAt(j + 1) === 62))) j++;
    else break;
  }
  return j - i < MAX_CONTINUATION ? j : i;
}

/** Sentences and quotations of each paragraph (a loop of its own, so optimising it mid-run deoptimises nothing after it). */
function splitParagraphs(text: string, paragraphs: Paragraph[], sentences: Sentence[], quotations: Quotation[]): void {
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    for (const s of splitSentences(text, para.start, para.end)) sentences.push({ start: s.start, end: s.end, paragraph: p });
    for (const q of findQuotations(text, para.start, para.end)) quotations.push(q);
  }
}

/**
 * Paragraphs are blank-line separated blocks; inside a block a line break also ends a paragraph when the line
 * reads as finished (ends with sentence punctuation, is a heading or a list item), as in wire copy with one
 * paragraph per line. A hard-wrapped Markdown paragraph (lines ending mid-sentence) stays one paragraph.
 */
function findParagraphs(text: string, from: number, out: Paragraph[], headings: number[], joined: number[]): void {
  let start = -1;
  let end = -1;
  // The previous line's trimmed start and its line break, for the record of joined lines.
  let lineStart = -1;
  let lineBreak = -1;
  let pos = from;
  const flush = (): void => {
    if (start >= 0) out.push({ start, end });
    start = -1;
  };
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let lineEnd = nl;
    if (lineEnd > pos && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    // Trim the line.
    let a = pos;
    let b = lineEnd;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (a === b) {
      flush();
    } else {
      const kind = lineKind(text, a, b);
      if (kind === RULE_LINE) {
        // A rule under a line of text underlines a heading ("Background\n---"); any other rule only parts blocks.
        // Either way it is no part of a paragraph, so no sentence or span runs over it.
        const underline = start >= 0 && lineStart === start && text.charCodeAt(a) !== 42 && text.charCodeAt(a) !== 95 && !lineLooksFinished(text, end);
        if (underline) headings.push(out.length);
        flush();
        pos = nl + 1;
        continue;
      }
      const isHeading = kind === HEADING_LINE;
      const startsBlock = kind !== PLAIN_LINE;
      if (start >= 0 && (startsBlock || (lineLooksFinished(text, end) && !wrappedAfterAbbreviation(text, end, a) && !closedBeforeLowerLine(text, end, a)) || closingLine(text, lineStart, end)) && !creditLine(text, lineStart, a, b)) flush();
      if (start < 0) start = a;
      else if (lineBreak >= 0) joined.push(lineStart, end, lineBreak, a);
      end = b;
      lineStart = a;
      lineBreak = nl;
      if (isHeading) {
        headings.push(out.length);
        flush();
      } else if (kind === TABLE_LINE) {
        // A Markdown table's row is a paragraph of its own: its cells never run into the next row's.
        flush();
      }
    }
    pos = nl + 1;
  }
  flush();
}

const PLAIN_LINE = 0;
const HEADING_LINE = 1;
const LIST_LINE = 2;
const TABLE_LINE = 3;
/** A rule: three or more of one of "-", "*", "_" or "=" and nothing else (spaces aside). */
const RULE_LINE = 4;
const RULE_RE = /^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|={3,})$/;

/** After a blockquote's marker, a dash and a capital: the line that credits the quotation ("> — Anna Nowak, ..."). */
const CREDIT_LINE_RE = lazyRegExp(() => /^>[ \t]*(?:[\u2014\u2013\u2015]|--)[ \t]*\p{Lu}/u);

/** Whether the line [a, b) credits the blockquote whose line starts at `prev`: it stays in the quotation's paragraph. */
function creditLine(text: string, prev: number, a: number, b: number): boolean {
  return prev >= 0 && text.charCodeAt(a) === 62 && text.charCodeAt(prev) === 62 && CREDIT_LINE_RE().test(text.slice(a, Math.min(b, a + 8)));
}

/** A letter's closing before the signature: "Best wishes,", "Kind regards,", "Yours sincerely,". */
const VALEDICTION_RE = /^(?:(?:best|kind|warm|warmest|many)\s+(?:wishes|regards|thanks)|(?:best|kind|warm)est\s+regards|regards|best|thanks|many thanks|thank you|cheers|sincerely|yours(?:\s+(?:sincerely|faithfully|truly|ever))?|with\s+(?:best|kind|warm)\s+(?:wishes|regards)|all the best|respectfully)\s*,$/i;
/** A dateline on a line of its own: a place, a comma, a date ("Canberra, 14/11/2025", "Lagos, 3 March 2025"). */
const PLACE_DATE_LINE_RE = lazyRegExp(() => /^\p{Lu}[\p{L} .'\u2019-]{1,40},\s*(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}\s+\p{L}+\.?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4})$/u);

/**
 * Whether the line [a, end) ends its paragraph though it has no full stop: a letter's closing ("Best wishes,"), after
 * which the signature starts; or a place and a date, a dateline before the story's first sentence.
 */
function closingLine(text: string, a: number, end: number): boolean {
  if (a < 0 || end - a > 60) return false;
  const last = text.charCodeAt(end - 1);
  if (last === 44) return VALEDICTION_RE.test(text.slice(a, end));
  return isDigitCode(last) && PLACE_DATE_LINE_RE().test(text.slice(a, end));
}

/** Whether the trimmed line [a, b) is a heading, a list item, a table row or plain (always called, so its call site stays typed). */
function lineKind(text: string, a: number, b: number): number {
  // The line starts with a non-blank, so a heading starts with '#' and a list item with a marker or digit.
  if (text.charCodeAt(a) === 35) return HEADING.test(text.slice(a, Math.min(b, a + 12))) ? HEADING_LINE : PLAIN_LINE;
  if (text.charCodeAt(a) === 124 && text.charCodeAt(b - 1) === 124) return TABLE_LINE;
  const c = text.charCodeAt(a);
  if ((c === 45 || c === 42 || c === 95 || c === 61) && b - a >= 3 && b - a <= 80 && RULE_RE.test(text.slice(a, b))) return RULE_LINE;
  if (afterListMarker(text, a, b) > a) return LIST_LINE;
  return isCapsHeading(text, a, b) ? HEADING_LINE : PLAIN_LINE;
}

/** A short line in capitals that ends in no stop or colon: a report's section heading ("SITUATION OVERVIEW"). */
function isCapsHeading(text: string, a: number, b: number): boolean {
  if (b - a > 60 || b - a < 4) return false;
  const last = text.charCodeAt(b - 1);
  if (last === 46 || last === 58 || last === 33 || last === 63 || last === 44) return false;
  let letters = 0;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
    else if (c > 127 && text[i] !== text[i].toUpperCase()) return false;
  }
  return letters >= 4;
}

function lineLooksFinished(text: string, end: number): boolean {
  // An HTML comment (a suppression marker) ends its line's paragraph.
  if (end >= 3 && text.startsWith('-->', end - 3)) return true;
  let i = end - 1;
  // Skip closing quotes and brackets.
  while (i >= 0 && '"\'\u201d\u2019)]*_'.includes(text[i])) i--;
  if (i < 0) return true;
  const c = text[i];
  return c === '.' || c === '!' || c === '?' || c === ':' || c === '\u2026' || i < end - 1;
}

/**
 * Whether the line ending at `end` looks finished only for its closing quotes or brackets (no stop before them) and the
 * next line, at `next`, opens in lower case: the sentence reads on ("As Brown (2018)⏎argues, ...", '"We were
 * surprised,"⏎said the lead author'); no paragraph opens with a small letter.
 */
function closedBeforeLowerLine(text: string, end: number, next: number): boolean {
  const c = text.charCodeAt(next);
  if (!((c >= 97 && c <= 122) || (c > 127 && text[next] !== text[next].toUpperCase()))) return false;
  let i = end - 1;
  while (i >= 0 && '"\'\u201d\u2019)]*_'.includes(text[i])) i--;
  if (i < 0 || i === end - 1) return false;
  const d = text[i];
  return d !== '.' && d !== '!' && d !== '?' && d !== ':' && d !== '\u2026';
}

/**
 * Whether the line ending at `end` with a full stop was wrapped after an abbreviation, not at a sentence's end: a
 * title (before a name), or an abbreviation of NUMBER_ABBREVIATIONS when the next line, at `next`, starts with a digit.
 */
function wrappedAfterAbbreviation(text: string, end: number, next: number): boolean {
  const dot = end - 1;
  if (text.charCodeAt(dot) !== 46) return false;
  let w = dot;
  while (w > 0 && dot - w <= ABBREVIATION_MAX && isAsciiLetterCode(text.charCodeAt(w - 1))) w--;
  if (w === dot || dot - w > ABBREVIATION_MAX || (w > 0 && !isSpace(text.charCodeAt(w - 1)) && !isOpenerCode(text.charCodeAt(w - 1)))) return false;
  const word = text.slice(w, dot).toLowerCase();
  return NAME_TITLES.has(word) || (NUMBER_ABBREVIATIONS.has(word) && isDigitCode(text.charCodeAt(next)));
}
