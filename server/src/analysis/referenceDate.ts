// The article's document creation time: the date relative expressions ("Thursday", "last week") count from.
import type { FrontMatter, ReferenceDateSource, Span } from './types';
import type { Segmentation } from './segment';
import { isSlugLine } from './datelines';
import { daysInMonth } from './dates/calendar';
import { MONTHS, MONTH_RE, WEEKDAY_CAPS_RE, WEEKDAY_NAMES } from './dates/lexicon';

export interface ReferenceDate {
  date: string | null;
  source: ReferenceDateSource;
  span?: Span;
  /** Parts the text did not give: ['year'] for a dateline without one, dated from the reader's day. */
  inferred?: string[];
  /** How an assumed year was chosen: 'weekday' when not the latest such day but the one the lead's weekday fits. */
  yearBy?: 'weekday';
  /** A web page's line dated the article ("Published: 14 Nov 2025"), not a dateline. */
  stamp?: boolean;
}

/** Front matter keys that may hold the publication date, in order of preference (Jekyll's and Hugo's, RSS's,
 * schema.org's, and what exporters of web pages write). */
const DATE_KEYS = ['date', 'published', 'publishDate', 'pubDate', 'datePublished', 'published_at', 'publishedAt', 'publish_date', 'publication_date', 'date_published', 'dateline'];
/** How far into the body a dateline may start (headline, byline and blank lines come first). */
const DATELINE_REACH = 600;
const DATELINE_LINES = 6;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function ymd(y: number, m: number, d: number): string | null {
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

const monthNo = (w: string): number => MONTHS[w.toLowerCase().replace(/\.$/, '')] ?? 0;

/** Reads a full calendar date from a string: 2025-11-13, 2025/11/13, November 13, 2025, 13 Nov 2025, 11/13/2025. */
export function parseDateString(s: string): string | null {
  const t = s.trim().slice(0, 100);
  const lead = datePrefix(t);
  if (lead) return lead.date;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (m) return ymd(Number(m[3]), Number(m[1]), Number(m[2]));
  return null;
}

const ISO_DAY_START_RE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?=$|[T\s])/;
const MDY_START_RE = new RegExp(`^(?:[A-Za-z]+,?\\s+)?(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DMY_START_RE = new RegExp(`^(?:[A-Za-z]+,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE}),?\\s+(\\d{4})\\b`, 'i');

/** A full calendar date at the start of t (a weekday before it allowed), and how long it runs. */
function datePrefix(t: string): { date: string; length: number } | null {
  let m = ISO_DAY_START_RE.exec(t);
  if (m) return dated(ymd(Number(m[1]), Number(m[2]), Number(m[3])), m[0].length);
  m = MDY_START_RE.exec(t);
  if (m) return dated(ymd(Number(m[3]), monthNo(m[1]), Number(m[2])), m[0].length);
  m = DMY_START_RE.exec(t);
  if (m) return dated(ymd(Number(m[3]), monthNo(m[2]), Number(m[1])), m[0].length);
  return null;
}

const dated = (date: string | null, length: number): { date: string; length: number } | null => (date ? { date, length } : null);

/** Whether s is a day of the calendar written YYYY-MM-DD, as a reference date given by the user must be ("2025-02-30" is none). */
export function isIsoDay(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && parseDateString(s) === s;
}

/** The span of a top-level `key:` value inside the front matter body, for pointing at it. */
function frontMatterValueSpan(text: string, fm: FrontMatter, key: string): Span | undefined {
  const body = text.slice(fm.body.start, fm.body.end);
  const m = new RegExp(`^${key}[ \\t]*:[ \\t]*(['"]?)([^\\r\\n]*?)\\1[ \\t]*(?:#[^\\r\\n]*)?$`, 'm').exec(body);
  if (!m || !m[2]) return undefined;
  const start = fm.body.start + m.index + m[0].indexOf(m[2], m[0].indexOf(':') + 1);
  return { start, end: start + m[2].length };
}

/** A year the article states elsewhere, for a dateline that gives only month and day. */
function knownYear(fm: FrontMatter | null): number | null {
  for (const key of DATE_KEYS) {
    const v = fm?.data[key];
    if (typeof v === 'number' && v >= 1000 && v <= 9999) return v;
    if (typeof v === 'string') {
      const m = /^(\d{4})(?:-\d{1,2})?$/.exec(v.trim());
      if (m) return Number(m[1]);
    }
  }
  return null;
}

/**
 * The year of a dateline that gives only month and day, read on `today` (YYYY-MM-DD): the latest such day
 * that is not after it, as a reader takes a wire story in front of them to be the latest one. A day ahead is
 * allowed, for a story filed from a time zone already in tomorrow.
 */
function yearUpTo(today: string | undefined, month: number, day: number, slackDays = 1): number | null {
  const t = today && /^(\d{4})-(\d{2})-(\d{2})$/.exec(today);
  if (!t) return null;
  const now = Date.UTC(Number(t[1]), Number(t[2]) - 1, Number(t[3]));
  const notAfter = (y: number) => Date.UTC(y, month - 1, day) - now <= slackDays * 86_400_000;
  const y = Number(t[1]);
  return notAfter(y + 1) ? y + 1 : notAfter(y) ? y : y - 1;
}

/** How far past the dateline its lead is read for the weekday of the news. */
const LEAD_REACH = 400;
// "Xi Jinping on Wednesday held talks", "Oil prices rose on Monday"; not "last Friday", "next Monday", "every Sunday".
const LEAD_WEEKDAY_RE = new RegExp(`(?<!\\b(?:[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]revious|[Ee]very|[Ee]ach)\\s)\\b(${WEEKDAY_CAPS_RE})\\b`, 'g');

/** What ends a dateline's own line (a source in brackets, a dash) and the blank and heading lines after it. */
const LEAD_AFTER_OWN_LINE_RE = /^[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?[-\u2013\u2014:]*[ \t]*\r?\n(?:[ \t]*(?:#{1,6}[ \t][^\n]*)?\r?\n)+/;

/** The days of the week (0 Sunday to 6 Saturday) the lead after a dateline names for its news. */
function leadWeekdays(text: string, from: number): Set<number> {
  let lead = text.slice(from, from + LEAD_REACH);
  // A dateline on a line of its own ("BRUSSELS, Nov. 14 (Policy Wire) -"), maybe with a headline under it: the
  // lead is the first paragraph of text after them.
  const own = LEAD_AFTER_OWN_LINE_RE.exec(lead);
  if (own) lead = lead.slice(own[0].length);
  // The first paragraph only.
  const br = /\n[ \t]*\r?\n/.exec(lead);
  if (br) lead = lead.slice(0, br.index);
  const days = new Set<number>();
  for (const m of lead.matchAll(LEAD_WEEKDAY_RE)) days.add((WEEKDAY_NAMES.indexOf(m[1].toLowerCase()) + 1) % 7);
  return days;
}

/**
 * The year of a dateline without one, between the latest such day up to the reader's day and the same day a
 * year before: the one on which the dateline day is the weekday the lead names ("BEIJING, Nov. 12 (Xinhua) --
 * ... on Wednesday held talks" is 12 November 2025, a Wednesday, not 2026, a Thursday), as wires name the
 * dateline day by its weekday. Any weekday lies within the six days before the dateline in every year, so only
 * the dateline day itself tells the years apart. When neither year or both fit, the latest stands.
 */
function yearByLead(latest: number, month: number, day: number, named: Set<number>): number {
  const weekday = (y: number) => new Date(Date.UTC(y, month - 1, day)).getUTCDay();
  if (named.size === 0 || named.has(weekday(latest))) return latest;
  return named.has(weekday(latest - 1)) ? latest - 1 : latest;
}

/** Month names in any letter case, for patterns that must keep the place name's capitals significant. */
const MONTH_ANY_CASE = MONTH_RE.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
// "WASHINGTON, Nov. 13 (Reuters) -", "ERBIL, Iraq, Nov. 14 (Policy Lens Wire) -", "GENEVA, March 3, 2025 (AFP) -",
// "DUBAI/VIENNA, Nov 14, 2025 (Reuters) -"
// (Capitals with accents too: "SÃO PAULO", "BOGOTÁ".)
const PLACE =
  "(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ /-]{1,30}|[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:[ -][A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?)(?:,\\s*[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ.'’-]+(?:\\s[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ.'’-]+)?){0,2}";
const WEEKDAY = '(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?';
const DATELINE_MDY = new RegExp(
  `^\\s*(?:[*_]+)?${PLACE},\\s*${WEEKDAY}((${MONTH_ANY_CASE})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*(\\d{4}))?)\\s*(?:\\([^)\\n]{1,60}\\))?\\s*(?:[-–—:]|$)`,
);
// "November 25, 2026" or "Wednesday, November 25, 2026" alone on a line under a readout's or a statement's title: the
// day it was issued (its year written, and nothing else on the line).
const HEADER_DATE_MDY = new RegExp(`^\\s*(?:[*_]+)?${WEEKDAY}((${MONTH_ANY_CASE})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4}))\\s*(?:[*_]+)?\\s*$`);
/** A line that ends in a year, perhaps in emphasis: what HEADER_DATE_MDY needs. */
const YEAR_AT_LINE_END_RE = /\d{4}[*_]*\s*$/;
// "13 November 2025 | BAGHDAD", "BAGHDAD, 13 November 2025 -", "13 Nov 2025 - BAGHDAD", "CANBERRA, Friday 14 November 2025 -"
const DATELINE_DMY = new RegExp(
  `^\\s*(?:${PLACE},\\s*)?${WEEKDAY}((\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_ANY_CASE})(?:,?\\s+(\\d{4}))?)\\s*(?:\\([^)\\n]{1,60}\\))?\\s*(?:[|\\-–—:]|$)`,
);

// "SYDNEY, 14/11/2025 -", "14.11.2025 | BERLIN": day first, as wherever a dateline is written in figures.
const DATELINE_NUMERIC = new RegExp(`^\\s*(?:${PLACE},\\s*)?${WEEKDAY}((\\d{1,2})([./])(\\d{1,2})\\3(\\d{4}))\\s*(?:\\([^)\\n]{1,60}\\))?\\s*(?:[|\\-–—:]|$)`);

// "MACDILL AIR FORCE BASE, Fla. (Nov. 14, 2025) -", "WASHINGTON (Nov. 14, 2025) -": military and government releases.
const DATELINE_PAREN = new RegExp(
  `^\\s*(?:[*_]+)?${PLACE}\\s*\\(((${MONTH_ANY_CASE})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})|(\\d{1,2})\\s+(${MONTH_ANY_CASE}),?\\s+(\\d{4}))\\)\\s*(?:[-–—:]|$)`,
);

// "PARIS, 13 novembre 2025 (AFP) -", "MADRID, 13 de noviembre de 2025 (EFE) -", "MADRID, jueves 13 nov 2025 -": a French or
// Spanish wire's dateline, its month in lower case. Read only here, in a dateline's place: in running English text
// "mars" and "mayo" are words.
const FOREIGN_WEEKDAY = '(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo),?\\s+)?';
const DATELINE_DMY_FOREIGN = new RegExp(
  `^\\s*(?:[*_]+)?${PLACE},\\s*${FOREIGN_WEEKDAY}((\\d{1,2})(?:er|º|°)?\\s+(?:de\\s+)?([A-Za-zÀ-ÿ]{3,10})\\.?(?:,?\\s+(?:de\\s+)?(\\d{4}))?)\\s*(?:\\([^)\\n]{1,60}\\))?\\s*(?:[|\\-–—:]|$)`,
);
/** French and Spanish month names and their short forms, by month number (and "nov", "sept" in lower case). */
const FOREIGN_MONTHS = new Map<string, number>();
[
  'janvier janv enero ene',
  'février fevrier févr fevr febrero feb',
  'mars marzo mar',
  'avril avr abril abr',
  'mai mayo',
  'juin junio jun',
  'juillet juil julio jul',
  'août aout agosto ago',
  'septembre sept septiembre setiembre sep',
  'octobre octubre oct',
  'novembre noviembre nov',
  'décembre decembre déc dec diciembre dic',
].forEach((names, k) => {
  for (const n of names.split(' ')) FOREIGN_MONTHS.set(n, k + 1);
});

/** A header line of an email's (RFC 5322) or a memo's header block: "From: ...", "Subject: ...", "Message-ID: ...",
 * and a memo's names in capitals of more than one word: "MEMORANDUM FOR: ...". */
const HEADER_LINE_RE = /^(?:[A-Za-z][A-Za-z-]{0,30}|[A-Z][A-Z -]{0,30}):[ \t]/;
/** How many lines an email's header block may run to. */
const HEADER_LINES = 30;

/**
 * The date of an email's `Date:` header ("Date: Fri, 14 Nov 2025 08:12:00 +0000") in the header block that opens
 * the body: its first run of lines, every one a "Name: value" header or a folded continuation. The date is the
 * sender's own day, as the header writes it with its zone.
 */
function findHeaderDate(text: string, from: number): { span: Span; date: string } | null {
  const re = /[^\r\n]*(?:\r?\n|$)/g;
  re.lastIndex = from;
  let started = false;
  // (A memo sets its headers a blank line apart: "MEMORANDUM FOR: ...", "", "FROM: ...", "", "DATE: November 20, 2026".
  // After a blank line the block goes on only with another header.)
  let gap = false;
  for (let lines = 0, m = re.exec(text); m && m[0] && lines < HEADER_LINES; m = re.exec(text), lines++) {
    const line = m[0].replace(/\r?\n$/, '');
    if (!line.trim()) {
      if (gap) return null;
      gap = started;
      continue;
    }
    // (A folded header goes on after a space or a tab.)
    if (started && !gap && (line.charCodeAt(0) === 32 || line.charCodeAt(0) === 9)) continue;
    if (!HEADER_LINE_RE.test(line)) return null;
    started = true;
    gap = false;
    if (!/^date:/i.test(line)) continue;
    const value = line.slice(5).slice(0, 100);
    const lead = value.length - value.trimStart().length;
    const t = value.trim();
    const date = parseDateString(t.replace(/\s+at\s+.*$|\s+\d{1,2}:\d\d.*$/, ''));
    if (!date) return null;
    // The span: the date without its clock and zone ("Fri 14 Nov 2025").
    const clock = /\s+(?:at\s+)?\d{1,2}:\d\d/.exec(t);
    const start = m.index + 5 + lead;
    return { span: { start, end: start + (clock ? clock.index : t.length) }, date };
  }
  return null;
}

interface Dateline {
  span: Span;
  month: number;
  day: number;
  year: number | null;
}

/** Looks for a dateline on the first few lines of the body. */
function findDateline(text: string, from: number): Dateline | null {
  const end = Math.min(text.length, from + DATELINE_REACH);
  const re = /[^\r\n]+/g;
  re.lastIndex = from;
  let lines = 0;
  for (let m = re.exec(text); m && m.index < end && lines < DATELINE_LINES; m = re.exec(text)) {
    if (!m[0].trim()) continue;
    // (A wire's slug lines before the dateline count for nothing: "URGENT", "(Updates with ...)".)
    if (!isSlugLine(m[0])) lines++;
    const line = m[0].slice(0, 200);
    const a = DATELINE_MDY.exec(line);
    if (a && /^[A-Z]/.test(a[2])) {
      const start = m.index + line.indexOf(a[1], line.indexOf(','));
      return { span: { start, end: start + a[1].length }, month: monthNo(a[2]), day: Number(a[3]), year: a[4] ? Number(a[4]) : null };
    }
    // (Only on a line that ends in a year: the pattern, with every month's spellings, costs a fresh process some
    // milliseconds to compile, and most articles have no such line.)
    const h = YEAR_AT_LINE_END_RE.test(line) ? HEADER_DATE_MDY.exec(line) : null;
    if (h && /^[A-Z]/.test(h[2])) {
      const start = m.index + line.indexOf(h[1]);
      return { span: { start, end: start + h[1].length }, month: monthNo(h[2]), day: Number(h[3]), year: Number(h[4]) };
    }
    const b = DATELINE_DMY.exec(line);
    if (b && /^[A-Z]/.test(b[3])) {
      const start = m.index + line.indexOf(b[1]);
      return { span: { start, end: start + b[1].length }, month: monthNo(b[3]), day: Number(b[2]), year: b[4] ? Number(b[4]) : null };
    }
    const f = DATELINE_DMY_FOREIGN.exec(line);
    const fm = f ? FOREIGN_MONTHS.get(f[3].toLowerCase()) : undefined;
    if (f && fm) {
      const start = m.index + line.indexOf(f[1], line.indexOf(','));
      return { span: { start, end: start + f[1].length }, month: fm, day: Number(f[2]), year: f[4] ? Number(f[4]) : null };
    }
    const e = DATELINE_PAREN.exec(line);
    if (e) {
      const start = m.index + line.indexOf(e[1]);
      const md = e[2] ? { month: monthNo(e[2]), day: Number(e[3]), year: Number(e[4]) } : { month: monthNo(e[6]), day: Number(e[5]), year: Number(e[7]) };
      return { span: { start, end: start + e[1].length }, ...md };
    }
    const c = DATELINE_NUMERIC.exec(line);
    if (c) {
      const start = m.index + line.indexOf(c[1]);
      // Figures with slashes that cannot be day first are American: "11/14/2025".
      const us = c[3] === '/' && Number(c[4]) > 12;
      return { span: { start, end: start + c[1].length }, month: Number(us ? c[2] : c[4]), day: Number(us ? c[4] : c[2]), year: Number(c[5]) };
    }
  }
  return null;
}

/** How far into the body a web page's line that dates the article may stand (after a headline and a standfirst). */
const STAMP_REACH = 1200;
const STAMP_LINES = 12;
/** A web page's words before the date that dates it: "Published: ", "Posted on ", "Last updated ". (A memo's or a
 * mail's "Date:" counts only in its header block: findHeaderDate.) */
const STAMP_WORDS_RE = /^(?:(?:first\s+)?published|posted|released|issued|(updated|last\s+updated|last\s+modified|modified))(?:\s+on)?\s*(?::|[-\u2013\u2014|]\s)?\s*/i;
/** What may follow such a date to the end of its part of the line: a clock, its zone, the author ("by admin"). */
const STAMP_REST_RE =
  /^,?\s*(?:(?:at\s+)?\d{1,2}[:.]\d\d(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s*(?:[A-Z]{1,5}|(?:GMT|UTC)\s?[+\u2212-]\s?\d{1,2}(?::?\d\d)?)\b)?)?\s*(?:,?\s+by\s+[^\n]{1,60})?\s*$/i;
/** A clock and its zone before a stamp's date. */
const STAMP_CLOCK_FIRST_RE = /^\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{1,5}\b)?,?\s*/i;
/** The parts of a line of furniture: "By Jane Doe | 13 November 2025", "Jane Doe \u00b7 13 Nov 2025 \u00b7 4 min read". */
const FURNITURE_SPLIT_RE = /\s*[|\u2022\u00b7]\s*|\s[-\u2013\u2014]\s/;
/** A byline's comma before its date: "By Jane Doe, November 13, 2025". */
const BYLINE_SPLIT_RE = /\s*[|\u2022\u00b7]\s*|\s[-\u2013\u2014]\s|,\s+(?=[A-Z][a-z]{2,8}\.?\s+\d|\d{1,2}\s+[A-Z][a-z]{2}|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s)/;
/** The end of a sentence ("Officials met on Thursday. GENEVA, ..."): such a line is text, not furniture. (Not the
 * point of an abbreviation: "Nov. 14", "Thurs.", "a.m.".) */
const SENTENCE_END_RE = /\b(?:[a-z]+[a-z]{2}|[A-Z][a-z]{4,})[.!?](?:\s|$)/;

interface Stamp {
  span: Span;
  date: string;
  /** An update's stamp ("Updated: ..."): the publication's, where the page gives one too, comes first. */
  updated: boolean;
}

/** A date that takes up a part of a line of furniture (a keyword before it, a clock or an author after it). */
function stampIn(part: string, at: number, lone: boolean): Stamp | null {
  const words = STAMP_WORDS_RE.exec(part);
  // (A date alone needs a line of its own or one of furniture; a keyword makes any part a stamp.)
  if (!words && !lone) return null;
  // ("Updated 3:45 PM EST, Thu November 13, 2025": the clock may come first.)
  const clock = words ? STAMP_CLOCK_FIRST_RE.exec(part.slice(words[0].length)) : null;
  const from = (words ? words[0].length : 0) + (clock ? clock[0].length : 0);
  const d = datePrefix(part.slice(from));
  if (!d || !STAMP_REST_RE.test(part.slice(from + d.length))) return null;
  const text = part.slice(from, from + d.length);
  return { span: { start: at + from, end: at + from + text.trimEnd().length }, date: d.date, updated: !!words?.[1] };
}

/**
 * The date of a web page's line that dates the article, in the first lines of its body: "Published: 14 Nov 2025",
 * "Posted on November 13, 2025 by admin", "Last updated: 2025-11-13 09:12 GMT", "By Jane Doe | 13 November 2025",
 * "Friday 14 November 2025 06.00 GMT" on a line of its own. The publication's date wins over an update's.
 */
function findStamp(text: string, from: number): Stamp | null {
  const end = Math.min(text.length, from + STAMP_REACH);
  const re = /[^\r\n]+/g;
  re.lastIndex = from;
  let updated: Stamp | null = null;
  let lines = 0;
  let sentences = 0;
  for (let m = re.exec(text); m && m.index < end && lines < STAMP_LINES; m = re.exec(text)) {
    const line = m[0];
    if (!line.trim()) continue;
    lines++;
    // (Furniture is short; a sentence that opens "Published on 3 March 2025, the report ..." is no stamp.)
    if (line.length > 160) continue;
    const lead = line.length - line.trimStart().length;
    const body = line.trim().replace(/^[*_]+|[*_]+$/g, '');
    const at = m.index + lead + (line.trim().length - line.trim().replace(/^[*_]+/, '').length);
    // (The article's text has begun after a standfirst and one more sentence: what is dated below it is not the page.)
    if (SENTENCE_END_RE.test(body)) {
      if (++sentences === 2) break;
      continue;
    }
    const byline = /^by\s/i.test(body);
    const parts = body.split(byline ? BYLINE_SPLIT_RE : FURNITURE_SPLIT_RE);
    let offset = 0;
    for (const part of parts) {
      const start = body.indexOf(part, offset);
      offset = start + part.length;
      const found = stampIn(part, at + start, parts.length > 1 || !byline);
      if (!found) continue;
      if (!found.updated) return found;
      updated ??= found;
    }
  }
  return updated;
}

/**
 * Finds the reference date: option, then front matter `date:`, then a dateline or a web page's line that dates the
 * article ("Published: 14 Nov 2025"), else none. A dateline without
 * a year takes the front matter's year, else the latest such day up to `today` (the reader's day, YYYY-MM-DD),
 * or the year before it when the dateline day is the weekday the lead names only then.
 */
export function findReferenceDate(
  text: string,
  frontMatter: FrontMatter | null,
  seg: Segmentation,
  option?: string,
  today?: string,
): ReferenceDate {
  try {
    if (option) {
      const d = parseDateString(option);
      if (d) return { date: d, source: 'option' };
    }
    for (const key of DATE_KEYS) {
      const v = frontMatter?.data[key];
      let d: string | null = null;
      if (v instanceof Date && !Number.isNaN(v.getTime())) d = v.toISOString().slice(0, 10);
      else if (typeof v === 'string') d = parseDateString(v);
      if (d && frontMatter) return { date: d, source: 'front-matter', span: frontMatterValueSpan(text, frontMatter, key) };
    }
    // The body starts after the front matter; the segmentation is only a hint for where text begins.
    const bodyStart = Math.min(seg.paragraphs[0]?.start ?? Infinity, frontMatter?.end ?? 0);
    // An email's Date: header dates the mail as a dateline dates a wire story.
    const header = findHeaderDate(text, bodyStart);
    if (header) return { date: header.date, source: 'dateline', span: header.span };
    const line = findDateline(text, bodyStart);
    // A web page's line that dates it ("Published: 14 Nov 2025") dates the article as a dateline does.
    let stamp: Stamp | null | undefined;
    if (line) {
      // (A dateline without a year under a page's stamp: the latest such day up to the stamp's, "Nov. 12" under
      // "Published: 14 November 2025".)
      let year = line.year ?? knownYear(frontMatter);
      if (year === null && (stamp = findStamp(text, bodyStart))) year = yearUpTo(stamp.date, line.month, line.day, 0);
      const d = year !== null ? ymd(year, line.month, line.day) : null;
      if (d) return { date: d, source: 'dateline', span: line.span };
      const latest = year === null ? yearUpTo(today, line.month, line.day) : null;
      const assumed = latest !== null ? yearByLead(latest, line.month, line.day, leadWeekdays(text, line.span.end)) : null;
      const a = assumed !== null ? ymd(assumed, line.month, line.day) : null;
      if (a) return { date: a, source: 'dateline', span: line.span, inferred: ['year'], ...(assumed !== latest ? { yearBy: 'weekday' as const } : {}) };
    }
    if (stamp === undefined) stamp = findStamp(text, bodyStart);
    if (stamp) return { date: stamp.date, source: 'dateline', span: stamp.span, stamp: true };
  } catch {
    // Never fail the analysis over the reference date.
  }
  return { date: null, source: 'none' };
}
