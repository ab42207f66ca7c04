// Paragraphs, sentences and quotations. One left-to-right pass per concern, so the cost stays linear in the
// text whatever its shape (a 1 MB single line of garbage is one paragraph scanned once).
import type { Paragraph, Quotation, Sentence, Span } from './types';
import { findQuotations } from './quotes';
import { mergeSortedOffsets } from './order';
import { DAY_OR_MONTH } from './actorWords';
import { findCredits, type Credit } from './credits';
import { isAsciiLetterCode, isAsciiUpperCode, isDigitCode, lazyRegExp, nextMatch, testLong } from './chars';

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

// Titles that stand before a name, and so never end a sentence: a line ending with one was wrapped before the name
// ("... by the end of the year. Gen.⏎Patrick Sanders, the former army chief, ...").
const NAME_TITLES = new Set(
  (
    'mr mrs ms messrs dr prof gen gens brig col lt lieut maj capt cpt cmdr cdr adm amb sgt sgts ssgt cpl pvt spc ' +
    'gov sen sens rep reps rev fr hon pres supt insp det ' +
    // (Indian and Nigerian copy: "Smt. Mamata Banerjee", "Engr. David Umahi", "Barr. Ife Adedapo", "Comr. Joe Ajaero".)
    'smt engr barr comr'
  ).split(' '),
);
// Abbreviations that stand before a number: a line ending with one before a line that starts with a digit was wrapped
// inside "No.⏎10", "Nov.⏎14", "Art.⏎5".
/** Months' abbreviations ("DEC.", "Nov."). */
const MONTH_ABBREVIATIONS = new Set('jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));
const NUMBER_ABBREVIATIONS = new Set([...'no nos vol vols art sec ch fig pp'.split(' '), ...MONTH_ABBREVIATIONS]);
// Words that end with a period without ending the sentence ("Brig. Gen. Daouda Traore", "Mr. Smith", "St. Kitts"):
// the titles and the abbreviations before a number above, and more. Titles and month names are followed by a name or a
// number; a sentence almost never ends on them.
export const ABBREVIATIONS = new Set([
  ...NAME_TITLES,
  ...NUMBER_ABBREVIATIONS,
  ...'st mt ft ave blvd rd jr sr inc ltd co corp bros dept est approx vs v etc al cf ca univ assn del rt'.split(' '),
]);
/** A day's number right before a month's abbreviation: "1 ", "30 ". */
const DAY_BEFORE_RE = /(?:^|[^\w.,])(?:[1-9]|[12]\d|3[01])\s$/;
/** The longest of ABBREVIATIONS. */
const ABBREVIATION_MAX = Math.max(...[...ABBREVIATIONS].map((w) => w.length));
// Abbreviations that often do end a sentence ("... in the U.S. The talks"): break only before a word that
// usually starts one.
const ENDING_ABBREVIATIONS = /^(?:[a-z]\.){2,}$/i;
/** After a short abbreviation, a case or document code: "ÚS 27/25", "NS 3/2020", "123/2004". */
const CASE_CODE_AFTER_RE = lazyRegExp(() => /^(?:\p{Lu}{1,4}\s\d|\d+\/\d)/u);
/** A capitalised abbreviation of two or three letters with its period: "Pl.", "Sb.", "Čl.". */
const SHORT_CAPITALISED_RE = /^\p{Lu}\p{Ll}{1,2}\.$/u;
/** A zone named after a clock: "Eastern", "Pacific Standard Time", "Moscow time". */
const CLOCK_ZONE_AFTER_RE = /^(?:(?:Eastern|Central|Pacific|Mountain|Atlantic)\b|[A-Z][a-z]+\s+(?:[Ss]tandard\s+|[Dd]aylight\s+)?[Tt]ime\b)/;
const SENTENCE_STARTERS = new Set(
  (
    'the a an in on at he she it they we i but and this that these those there his her its their our as after ' +
    'while when if however meanwhile officials some many one two three mr mrs ms dr according for by under'
  ).split(' '),
);

const HEADING = /^[ \t]{0,3}#{1,6}[ \t]/;
// (A report's numbered paragraph too, "1.3 The Government will ...", "4.2.1 Ofgem has ...": levels before a capital, so
// that "1.5 million people fled" stays a figure.)
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,3}[.)]|\d{1,2}(?:\.\d{1,2}){1,2}\.?(?=[ \t]+["\u201c]?[A-Z]))[ \t]+/;

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

/** Whether a paragraph is one short line with no sentence's end: a headline or a byline. */
function isTitleLine(text: string, p: Paragraph): boolean {
  if (p.end - p.start > 160) return false;
  const line = text.slice(p.start, p.end);
  return !line.includes('\n') && !/[.!?:;,]["'\u201d\u2019)]?\s*$/.test(line);
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

/** Where the words of a list item at i begin, after its marker ("- ", "* ", "12. ", "3) "); i when it has none. */
export function afterListMarker(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (!(c === 45 || c === 42 || c === 43 || isDigitCode(c))) return i;
  const m = LIST_ITEM.exec(text.slice(i, Math.min(end, i + 12)));
  return m ? i + m[0].length : i;
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

// (U+FEFF too: the byte-order mark a file saved on Windows opens with is no part of its first line.)
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0xfeff;
}

function isUpperStart(c: string): boolean {
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c !== c.toLowerCase() && c === c.toUpperCase());
}

// Openers ('"', "'", U+201C, U+2018, '(', '[') and closers ('"', "'", U+201D, U+2019, ')', ']') by code: read without
// a one-character string per step.
const isOpenerCode = (c: number): boolean => c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 40 || c === 91;
const isCloserCode = (c: number): boolean => c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;

const TERMINATOR_RE = /[.!?\u2026]/g;

/** A superscript digit (¹ ² ³, ⁰ and ⁴-⁹): a footnote's marker. */
function isSuperscriptDigit(c: number): boolean {
  return c === 0xb9 || c === 0xb2 || c === 0xb3 || c === 0x2070 || (c >= 0x2074 && c <= 0x2079);
}

/** Sentence spans inside [start, end): a terminator, closing quotes/brackets, space, then a capital or an opener. */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  // ("12. Oil rose 9%.": a numbered list's marker is no sentence of its own, nor part of the item's first sentence,
  // which reads from its first word.)
  const from = isDigitCode(text.charCodeAt(start)) ? afterListMarker(text, start, end) : start;
  let sStart = from;
  // The number an inline numbered list goes on with ("Priorities: 1. Oil. 2. Gas."), 0 outside one; a paragraph that
  // opens with "1." is such a list's first item.
  let listNext = from > start && text.charCodeAt(start) === 49 && text.charCodeAt(start + 1) === 46 ? 2 : 0;
  // From one terminator to the next: the regex engine skips the letters between (this runs over every character of
  // the article, most of it before the optimising compiler has reached this function). It searches the paragraph's
  // own text: on the whole text, a paragraph without a terminator would send it on to the next one, or to the end.
  const own = text.slice(start, end);
  for (let i = nextMatch(TERMINATOR_RE, own, start, from); i < end; i = nextMatch(TERMINATOR_RE, own, start, i + 1)) {
    const c = text[i];
    let j = terminatorEnd(text, i, end);
    const termEnd = j;
    if (j >= end || !isSpace(text.charCodeAt(j))) {
      i = termEnd - 1;
      continue;
    }
    while (j < end && isSpace(text.charCodeAt(j))) j++;
    if (j >= end) break;
    let k = j;
    while (k < end && isOpenerCode(text.charCodeAt(k))) k++;
    // ("... by mid-2026. **We assess ...": Markdown emphasis before a capital opens the sentence too.)
    k = pastEmphasis(text, k, end);
    const next = text[k] ?? '';
    if (!isUpperStart(next) && !(k > j && next)) {
      i = termEnd - 1;
      continue;
    }
    if (c === '.' && termEnd === i + 1 && isDigitCode(text.charCodeAt(i - 1))) {
      // An inline numbered list: the marker is no sentence of its own, nor part of its item's sentence.
      const marker = inlineListMarker(text, sStart, i, listNext);
      if (marker === LIST_GOES_ON) {
        listNext++;
        sStart = j;
        i = j - 1;
        continue;
      }
      if (marker >= 0) {
        // ("The plan has three steps: 1. A ceasefire. 2. ...": the sentence that opens the list ends at its colon.)
        out.push({ start: sStart, end: marker + 1 });
        listNext = 2;
        sStart = j;
        i = j - 1;
        continue;
      }
    }
    if (c === '.' && termEnd === i + 1 && !isBreakAfterPeriod(text, sStart, i, k, end)) {
      i = termEnd - 1;
      continue;
    }
    // "Lt. Gen. (ret.) Mark Hertling", "Sen. Dick Durbin (D-Ill.) Tuesday said": an abbreviation in brackets of its own.
    if (c === '.' && termEnd === i + 2 && text.charCodeAt(i + 1) === 41 && bracketedAbbreviation(text, i)) {
      i = termEnd - 1;
      continue;
    }
    out.push({ start: sStart, end: termEnd });
    sStart = j;
    i = j - 1;
  }
  let e = end;
  while (e > sStart && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > sStart) out.push({ start: sStart, end: e });
  return out;
}

// (The steps below are functions of their own: their rarer branches, first met once splitSentences is optimised,
// would otherwise deoptimise it, and it is compiled again; on real news, Markdown emphasis after a stop did.)

/** The end of the sentence terminator at i: further stops, closing quotes and brackets, footnote markers. */
function terminatorEnd(text: string, i: number, end: number): number {
  let j = i + 1;
  while (j < end && (text[j] === '.' || text[j] === '!' || text[j] === '?' || text[j] === '\u2026')) j++;
  while (j < end && isCloserCode(text.charCodeAt(j))) j++;
  // The close of Markdown emphasis stays with its sentence: "**Gaza ceasefire.** Egyptian mediators said".
  j += emphasisMarks(text, j, end);
  // Footnote markers right after the full stop stay with the sentence: "... in 2023.[1] Next", "... in 2023.² Next".
  // (A Markdown footnote's "[^4]" and a plain-text "^4" too.)
  while (j < end && text[j] === '[' && /^\[(?:\d{1,3}|\^[\w-]{1,20})\]/.test(text.slice(j, j + 24))) j = text.indexOf(']', j) + 1;
  if (j + 1 < end && text[j] === '^' && isDigitCode(text.charCodeAt(j + 1))) for (j++; j < end && isDigitCode(text.charCodeAt(j)); j++);
  for (let n = 0; n < 4 && j < end && isSuperscriptDigit(text.charCodeAt(j)); n++) j++;
  return j;
}

/** Past Markdown emphasis marks before a capital at k: where the sentence's first word starts. */
function pastEmphasis(text: string, k: number, end: number): number {
  const em = k + emphasisMarks(text, k, end);
  return em > k && isUpperStart(text[em] ?? '') ? em : k;
}

/** How many Markdown emphasis marks ("*", "_"; at most three) stand at j, before end. */
function emphasisMarks(text: string, j: number, end: number): number {
  let n = 0;
  while (n < 3 && j + n < end && (text[j + n] === '*' || text[j + n] === '_')) n++;
  return n;
}

/** inlineListMarker's answer for a marker that goes on with the list ("2." after "1. Oil."). */
const LIST_GOES_ON = -2;

/**
 * Whether the number before the period at `dot` marks an item of an inline numbered list: LIST_GOES_ON when it opens
 * the sentence and is the list's next number (`listNext`); the offset of the colon when it is a "1" after one
 * ("Priorities: 1. Oil."), the list's start; -1 otherwise ("He won 3. Then he lost.", "How many? 12. The rest fled.").
 */
function inlineListMarker(text: string, sStart: number, dot: number, listNext: number): number {
  let w = dot;
  while (w > sStart && dot - w < 3 && isDigitCode(text.charCodeAt(w - 1))) w--;
  if (dot - w > 2 || (w > 0 && isDigitCode(text.charCodeAt(w - 1)))) return -1;
  const n = Number(text.slice(w, dot));
  if (w === sStart) return listNext > 0 && n === listNext ? LIST_GOES_ON : -1;
  if (n !== 1) return -1;
  let b = w;
  while (b > sStart && isSpace(text.charCodeAt(b - 1))) b--;
  return b < w && b > sStart && text.charCodeAt(b - 1) === 58 ? b - 1 : -1;
}

/** Abbreviations that stand in brackets of their own after a name or a rank ("(ret.)", "(sic.)"). */
const BRACKETED_ABBREVIATIONS = new Set(['ret', 'sic']);
/** A party and a state, as US news labels a lawmaker: "D-Ill.", "R-Calif.". */
const PARTY_STATE_RE = /^[DRI]-[A-Z][a-z]{1,5}$/;

/** Whether the period at `dot`, before a ")", ends an abbreviation that is all the brackets hold: "(ret.)", "(D-Ill.)". */
function bracketedAbbreviation(text: string, dot: number): boolean {
  let w = dot;
  while (w > 0 && dot - w <= 8 && (isAsciiLetterCode(text.charCodeAt(w - 1)) || text.charCodeAt(w - 1) === 45)) w--;
  if (w === dot || text.charCodeAt(w - 1) !== 40) return false;
  const word = text.slice(w, dot);
  const lower = word.toLowerCase();
  return ABBREVIATIONS.has(lower) || BRACKETED_ABBREVIATIONS.has(lower) || PARTY_STATE_RE.test(word);
}

/** Decides whether the period at `dot` ends a sentence, given the word before it and the word after. */
function isBreakAfterPeriod(text: string, sStart: number, dot: number, nextWord: number, end: number): boolean {
  let w = dot;
  while (w > sStart && w > dot - 20 && !isSpace(text.charCodeAt(w - 1)) && !isOpenerCode(text.charCodeAt(w - 1))) w--;
  // (Most words before a full stop are too long for any test below: said so without slicing or lower-casing them. A
  // word starts after the last hyphen; lower-casing never shortens a word.)
  let from = dot;
  while (from > w && text.charCodeAt(from - 1) !== 45) from--;
  if (dot - from > ABBREVIATION_MAX && text.charCodeAt(from + 1) !== 46) return true;
  // ("then-U.S. Secretary": the abbreviation after the hyphen.)
  const whole = text.slice(w, dot + 1);
  const hyphen = whole.lastIndexOf('-');
  const word = hyphen >= 0 ? whole.slice(hyphen + 1) : whole;
  const bare = word.slice(0, -1).toLowerCase();
  // Initials ("J. R. Smith") and single letters.
  if (word.length === 2 && isAsciiUpperCode(word.charCodeAt(0))) return false;
  // "c. 1890", "p. 14": a letter's abbreviation before a number.
  if (word.length === 2 && /[a-z]/.test(word[0]) && /\d/.test(text[nextWord] ?? '')) return false;
  if (ABBREVIATIONS.has(bare)) {
    // "No. 10" and "Jan. 5" are never breaks; "St." before a capital is a name. ("London said no. The court ruled":
    // "no" abbreviates "number" only before one.)
    if ((bare === 'no' || bare === 'nos') && !/[\d#]/.test(text[nextWord] ?? '')) return true;
    // "set at 0500Z 1 DEC. Units will cross": a month after its day, then a capitalised word, ends the sentence (a month
    // before its day, "Dec. 9", goes on; so does one before a year, "3 Dec. 2025").
    if (MONTH_ABBREVIATIONS.has(bare) && isAsciiUpperCode(text.charCodeAt(nextWord)) && testLong(DAY_BEFORE_RE, text.slice(Math.max(sStart, w - 4), w))) return true;
    return false;
  }
  // "Pl. ÚS 19/08", "Sb. 123/2004": a short capitalised abbreviation before a case or document code (capitals and a
  // number, or a number with a slash) is part of the reference.
  if (testLong(SHORT_CAPITALISED_RE, word) && CASE_CODE_AFTER_RE().test(text.slice(nextWord, Math.min(end, nextWord + 12)))) return false;
  // Only "x.y." and longer can be such abbreviations: a quick look before the regex.
  if (word.length >= 4 && word.charCodeAt(1) === 46 && ENDING_ABBREVIATIONS.test(word)) {
    const after = text.slice(nextWord, Math.min(end, nextWord + 30));
    const m = /^[A-Za-z]+/.exec(after);
    if (!m) return false;
    const next = m[0].toLowerCase();
    if (SENTENCE_STARTERS.has(next)) return true;
    // "He arrived at 9 p.m. Talks began at once": after a clock's "a.m." or "p.m.", a capitalised word opens a sentence
    // unless it names the clock's day or zone ("9 p.m. Tuesday", "10 a.m. Jan. 5", "p.m. Eastern time", "p.m. EST").
    return (word === 'a.m.' || word === 'p.m.') && /^[A-Z][a-z]/.test(m[0]) && !DAY_OR_MONTH.has(next) && !CLOCK_ZONE_AFTER_RE.test(after);
  }
  return true;
}

// "ERBIL, Iraq, Nov. 14 (Policy Lens Wire) -" or "GENEVA (Reuters) --" at the start of the first paragraph,
// or a line of its own such as "13 November 2025 | KYIV".
// (Also a press release's "THE HAGUE, 24 July 2025." or "NEW YORK, November 12, 2025:", and an appeal's place in title
// case with its full date and a dash: "Islamabad, 1 October 2026 - ", "Geneva, 3 March 2026 (WHO) – ".)
const DATELINE_PREFIX = /^\p{Lu}[\p{Lu} .'\u2019/-]{1,40}(?:,[^\n()]{1,60})?(?:\([^()\n]{1,40}\))?\s*(?:[-\u2013\u2014\u2015]{1,2}|:)\s|^\p{Lu}[\p{Lu} .'\u2019/-]{1,40},\s*(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2},?)\s+\d{4}\s*[.:]\s|^[A-Z][\p{L} .'\u2019/-]{1,40}(?:,[^\n()]{1,60})?\s*\((?:AFP|AP|Reuters|dpa|ANSA|EFE|Xinhua|Anadolu|UPI|CNN|IANS|PTI|KCNA|CNA|Yonhap|Kyodo|TASS|Bernama|[A-Z][A-Za-z ]{1,30}(?:News|Wire|Agency|Press))\)\s*[-\u2013\u2014\u2015]{1,2}\s|^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2},\s*[A-Z][a-z]+\.?\s+\d{1,2}\s*\((?:CNA|KCNA|Yonhap|Kyodo|Xinhua)\)\s+(?=[A-Z])|^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2},\s*(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2},?)\s+\d{4}\s*(?:\([^()\n]{1,40}\)\s*)?[-\u2013\u2014\u2015]{1,2}\s/u;
// (East Asian wires date a place in title case and name the agency with or without a dash: "Pyongyang, November 28
// (KCNA) -- ", and Taiwan's CNA with none: "Taipei, Nov. 27 (CNA) Taiwan's ...".)
// (A place in title case before a full date, alone on its line under a statement's title, is one too: "Jakarta, 26
// November 2026", "Rome, 25-26 November 2026", "Evian-les-Bains, 27 November 2026".)
const DATELINE_LINE = /^(?:\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+\.? \d{1,2},? \d{4})\s*[|,/-]\s*[A-Z][A-Za-z .'-]{1,40}$|^[A-Z][A-Z .'-]{1,40}\s*[|,/-]\s*(?:\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+\.? \d{1,2},? \d{4})$|^[A-Z][a-z]+(?:[ -](?:[A-Z][a-z]+|les|de|la|sur|am|upon)){0,3},\s*(?:\d{1,2}(?:[-\u2013]\d{1,2})? [A-Z][a-z]+ \d{4}|[A-Z][a-z]+\.? \d{1,2}(?:[-\u2013]\d{1,2})?,? \d{4})$/;

function findDateline(text: string, paragraphs: Paragraph[], headings: number[]): Span | undefined {
  // In the first paragraph, or after a headline and a byline: short paragraphs on one line each, no sentences. A
  // wire's slug lines ("URGENT", "UPDATE 2-...", "(Updates with ...)") come first too, and count for nothing; so do
  // Markdown headings ("# INTERNATIONAL ELECTION OBSERVATION MISSION", "## Republic of Moldova ...").
  for (let k = 0, titles = 0, h = 0; titles < 3 && k < paragraphs.length && k < 12; k++) {
    const found = datelineOf(text, paragraphs[k]);
    if (found) return text.charCodeAt(found.end - 1) === 58 && labelsLater(text, paragraphs, k) ? undefined : found;
    while (h < headings.length && headings[h] < k) h++;
    if (h < headings.length && headings[h] === k && text.charCodeAt(paragraphs[k].start) === 35) continue;
    if (isSlugLine(text.slice(paragraphs[k].start, Math.min(paragraphs[k].end, paragraphs[k].start + 120)))) continue;
    if (!isTitleLine(text, paragraphs[k])) return undefined;
    titles++;
  }
  return undefined;
}

/** A name in capitals and its colon opening a paragraph: "HARRIS: ", "MR. SMITH: ". */
const CAPITALS_LABEL_RE = /^\p{Lu}[\p{Lu} .'\u2019-]{1,40}:\s/u;

/**
 * Whether a later paragraph (of the next 60) opens with a name in capitals and a colon: then "PENCE: Well, look, we are
 * ready." opens a transcript's first turn, and is no dateline as "DHAKA: The tribunal yesterday ..." is.
 */
function labelsLater(text: string, paragraphs: readonly Paragraph[], k: number): boolean {
  for (let j = k + 1; j < paragraphs.length && j <= k + 60; j++) {
    const at = paragraphs[j].start;
    if (isAsciiUpperCode(text.charCodeAt(at)) && isAsciiUpperCode(text.charCodeAt(at + 1)) && CAPITALS_LABEL_RE.test(text.slice(at, Math.min(paragraphs[j].end, at + 48)))) return true;
  }
  return false;
}

/**
 * A wire's slug or status line, before the headline and dateline: a short line in capitals ("URGENT", "FLASH",
 * "UPDATE 2-Ukraine says ..."), or a note in brackets ("(Updates with Kremlin comment)").
 */
export function isSlugLine(line: string): boolean {
  const t = line.trim();
  if (!t || t.length > 110 || t.includes('\n')) return false;
  if (/^\(.*\)$/.test(t)) return true;
  return /^(?:URGENT|FLASH|BULLETIN|ALERT|BREAKING|EXCLUSIVE|ANALYSIS|UPDATE\s*\d*|RPT|CORRECTED|REFILE|WRAPUP\s*\d*|FACTBOX|TIMELINE|INSIGHT)\b/.test(t) || (t.length <= 40 && !/[a-z]/.test(t) && /[A-Z]{3}/.test(t));
}

/** A dated dateline in capitals, its comma and its dash: "LONDON, 27 October 2025 –", "ABUJA, Nigeria, Dec. 15 (Reuters) -". */
const DATED_DATELINE_RE =
  lazyRegExp(() => /^\p{Lu}[\p{Lu} .'\u2019/-]{1,40},\s*(?:\p{Lu}[\p{L} .]{1,30},\s*)?(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2},?)(?:\s+\d{4})?\s*(?:\([^()\n]{1,40}\)\s*)?(?:[-\u2013\u2014\u2015]{1,2}|:)\s/u);

/**
 * The length of a dated dateline in capitals at `at` (0 when there is none): one that opens a paragraph other than the
 * article's first ("LONDON, 27 October 2025 – The talks were useful, officials said.") is no part of what is said.
 */
export function datedDatelineLength(text: string, at: number, end: number): number {
  if (!isAsciiUpperCode(text.charCodeAt(at)) || !isAsciiUpperCode(text.charCodeAt(at + 1))) return 0;
  const head = text.slice(at, Math.min(end, at + 120));
  const m = DATED_DATELINE_RE().exec(head);
  if (m && /[A-Z]{3}/.test(m[0])) return m[0].length;
  // "JOHANNESBURG — The ANC's NEC will meet ...": a later section's dateline without a date, opening its paragraph.
  const u = at === 0 || text.charCodeAt(at - 1) === 10 ? UNDATED_DATELINE_RE().exec(head) : null;
  return u && /[A-Z]{4}/.test(u[0]) ? u[0].length : 0;
}
/** A place in capitals and a dash, before a capital: "JOHANNESBURG — ", "KUALA LUMPUR -- ". */
const UNDATED_DATELINE_RE = lazyRegExp(() => /^\p{Lu}[\p{Lu} .'\u2019-]{2,40}?\s+(?:[\u2013\u2014]|--)\s+(?=\p{Lu})/u);

/** A document's kind in capitals and a colon, closing a DATELINE_PREFIX match: "EMERGENCY APPEAL: ", "PRESS RELEASE: ". */
const DOCUMENT_KIND_LABEL_RE = /\b(?:APPEAL|RELEASE|UPDATE|STATEMENT|ADVISORY|REPORT|BULLETIN|ALERT|NOTE|SITREP|BRIEFING|NOTICE)S?\s*:\s*$/;

/** The dateline that opens the paragraph, if any. */
function datelineOf(text: string, first: Paragraph | undefined): Span | undefined {
  if (!first) return undefined;
  const head = text.slice(first.start, Math.min(first.end, first.start + 160));
  if (first.end - first.start <= 60 && DATELINE_LINE.test(head)) return { start: first.start, end: first.end };
  // (Or its second and last line, under a title line: "Ministerial Meeting on Food Security⏎Rome, 25-26 November 2026".)
  const nl = head.indexOf('\n');
  if (nl > 0 && first.end - first.start <= 160 && first.end - (first.start + nl + 1) <= 60 && head.indexOf('\n', nl + 1) < 0) {
    const line = text.slice(first.start + nl + 1, first.end).trimEnd();
    if (DATELINE_LINE.test(line)) return { start: first.start + nl + 1, end: first.start + nl + 1 + line.length };
  }
  const m = DATELINE_PREFIX.exec(head);
  // ("EMERGENCY APPEAL: Pakistan Monsoon Floods", "PRESS RELEASE: ...": a document's kind in capitals before its title is
  // no place.)
  if (m && m[0].includes(':') && DOCUMENT_KIND_LABEL_RE.test(m[0])) return undefined;
  // ("CCTV: ... What is China's comment?": a briefing's first question, its asker's label and a colon, is no place.)
  if (m && m[0].trimEnd().endsWith(':') && text.slice(first.start, first.end).trimEnd().endsWith('?')) return undefined;
  // A city in capitals ("ERBIL, Iraq -"), or any city before an agency ("Khartoum (AFP) -", "Washington (AP) -").
  if (m && (/[A-Z]{3}/.test(m[0]) || /\(\w[^)]*\)\s*(?:[-\u2013\u2014\u2015]|$)/.test(m[0]) || /\d{4}\s*[-\u2013\u2014\u2015]{1,2}\s$/.test(m[0]))) return { start: first.start, end: first.start + m[0].trimEnd().length };
  return undefined;
}
