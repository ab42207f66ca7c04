// The year of the narrative: the last date written with its year, or a year that opens a sentence, a line of a
// chronology or a heading, lends it to a later month or day written without one. Apart from the anchoring pass,
// which keeps the narrative's year as it goes and asks these functions about it.
import type { Candidate } from './candidate';
import { parseYmd } from './calendar';
import { parseNumber } from './lexicon';
import { opensItsLine } from './textTests';
import { isAsciiUpperCode, isClosingQuote, isSpaceCode, lastIndexWithin } from '../chars';
import { isMonthOrDay } from './valueTests';

/** How far (characters) a written date gives its year to a later month or day written without one. */
const YEAR_REACH = 400;
/** How far a year that opens a line of a chronology ("1948 - ...", a heading "2014") reaches down its entries. */
const LIST_YEAR_REACH = 1500;

/** The end of a sentence between two dates: a full stop before a capital letter ("Nov. 21" has a figure), or a line break. */
export const SENTENCE_BREAK = /[A-Za-z0-9]{2,}[.!?]["'\u201d\u2019)]*\s+["\u201c'\u2018(]?[A-Z]|\n/;

/** The year of the narrative: the last date written with its year, or a year opening a line of a chronology. */
export interface NarrativeYear {
  year: string;
  /** Its month (a later month of the same year continues the story), or 0 for a year alone. */
  month: number;
  end: number;
  /** A year that opens its sentence ("In 2024, ..."): it lends itself to that sentence only. */
  sentence?: boolean;
  /** A date that opens an entry of a chronology ("* Aug. 24, 2016 - ..."): it lends its year to its whole line. */
  line?: boolean;
  /** A year in a Markdown heading ("## Monthly arrivals by sea, 2025", "# Bank signals cut in early 2026"). */
  heading?: boolean;
}

/**
 * "In 2024, Ash Wednesday fell on 14 February", "In 2019 the firm was sold in March", "Last year, the union struck
 * in March and July": a year that opens its sentence after "In" (before a comma or the clause), or a year counted
 * from the article's ("Last year", "Next year", or "Last year's" before a holiday of that year) opening it.
 */
export function opensSentence(text: string, c: Candidate): boolean {
  const after = text.charCodeAt(c.end);
  // ("Last year's Easter, on March 31, came early", "Next year's Passover falls on April 2": a holiday of that year,
  // named, and the days told with it; not "Last year's output fell, and in March ...", the year's figure.)
  if ((after === 39 || after === 0x2019) && c.relative && text.charCodeAt(c.end + 1) === 115 && isAsciiUpperCode(text.charCodeAt(c.end + 3))) return RELATIVE_YEAR_RE.test(text.slice(c.start, c.end)) && startsSentenceAt(text, c.start);
  if (after !== 44 && !(after === 32 && /^ [a-z]/.test(text.slice(c.end, c.end + 2)))) return false;
  if (c.relative) return RELATIVE_YEAR_RE.test(text.slice(c.start, c.end)) && startsSentenceAt(text, c.start);
  const lead = /In\s+$/.exec(text.slice(Math.max(0, c.start - 8), c.start));
  return lead !== null && startsSentenceAt(text, c.start - (Math.min(8, c.start) - lead.index));
}

/** The years counted from the article's that open a sentence of their own: "Last year, ...", "Next year, ...". */
const RELATIVE_YEAR_RE = /^(?:last|next) year$/i;

/** Whether a month or day ends in the year named relative to the article's ("July 1 last year", "March next year"). */
export function namesItsYear(text: string, c: Candidate): boolean {
  // ("Easter last year fell on March 31": a holiday with the year named right after it, outside its span.)
  if (text.charCodeAt(c.end) === 32 && /^ (?:last|next) year(?![\w'\u2019-])/.test(text.slice(c.end, c.end + 11))) return true;
  return c.end - c.start > 12 && text.charCodeAt(c.end - 1) === 114 && /\s(?:last|next)\s+year$/i.test(text.slice(c.end - 12, c.end));
}

/** Whether a sentence starts at `at`: the text's or a line's start, or the end of a sentence before it. */
function startsSentenceAt(text: string, at: number): boolean {
  // Before it: the text's or a line's start, or the end of a sentence (maybe closed by quotes or brackets).
  let k = at - 1;
  while (k >= 0 && isSpaceCode(text.charCodeAt(k)) && text.charCodeAt(k) !== 10) k--;
  if (k < 0 || text.charCodeAt(k) === 10) return true;
  while (k >= 0 && isClosingQuote(text.charCodeAt(k))) k--;
  const end = text.charCodeAt(k);
  return end === 46 || end === 33 || end === 63;
}

/**
 * Whether a candidate stands in a Markdown heading ("## Monthly arrivals by sea, 2025"): the year of what follows.
 * Only the 120 characters before it are searched for the line's start (a text of one long line would make the
 * search quadratic).
 */
export function inHeadingLine(text: string, c: Candidate): boolean {
  const nl = lastIndexWithin(text, '\n', c.start - 1, c.start - 120);
  if (nl < 0 && c.start >= 120) return false;
  const lineStart = nl + 1;
  return c.start - lineStart < 120 && /^\s{0,3}#{1,6}\s/.test(text.slice(lineStart, lineStart + 8));
}

/** A year that opens its line, alone or before a dash or colon: "2014", "1948 - Israel declares ...", "1967: ...". */
export function opensLine(text: string, c: Candidate): boolean {
  return opensItsLine(text, c.start) && /^\s*(?:[-\u2013\u2014:|]|\*\*|\r?\n|$)/.test(text.slice(c.end, c.end + 4));
}

/**
 * A month or day written without a year takes the narrative's year instead of the article's, when the narrative
 * is set in another year and the date comes later in it, in the same sentence ("opened on Nov. 1, 1995, and
 * initialled on Nov. 21") or under a year that opens a line of a chronology ("2014" above "Feb. 22 - ...").
 */
export function yearOfNarrative(text: string, c: Candidate, n: NarrativeYear | null, refYear: number | null): string | null {
  if (!n || c.value.slice(0, 4) === n.year || !isMonthOrDay(c.value)) return null;
  // "* June 9, 2023 - ... a ceasefire, to begin on Aug. 3": in a chronology's entry a date said to lie ahead lies
  // ahead of the entry's own date, not of the article's (the first such month after it). Elsewhere the tense rules.
  if (c.deferred?.kind === 'contextYear' && c.deferred.ahead) {
    // ("Next year, Easter falls on April 5": a sentence opened by a year to come holds its days.)
    if (n.sentence && refYear !== null && Number(n.year) > refYear && c.start - n.end <= YEAR_REACH && !SENTENCE_BREAK.test(text.slice(Math.max(0, n.end - 4), c.start + 1))) {
      const v = `${n.year}${c.value.slice(4)}`;
      return v.length === 10 && !parseYmd(v) ? null : v;
    }
    if (!n.line || n.month === 0 || c.start - n.end > YEAR_REACH || text.slice(n.end, c.start).includes('\n')) return null;
    const y = Number(n.year) + (Number(c.value.slice(5, 7)) < n.month ? 1 : 0);
    const v = `${String(y).padStart(4, '0')}${c.value.slice(4)}`;
    return v === c.value || (v.length === 10 && !parseYmd(v)) ? null : v;
  }
  // "# Bank signals cut in early 2026" over "Inflation was 2.9% in October": a heading's year later than the
  // article's is a forecast's, not the period its text reports on (no figures of a year to come exist). A month below
  // it follows its own tense from the article's date. (In a sentence, a later date may lead a list of deadlines, "no
  // later than 1 April 2026 and a final report by 15 September": that one still lends its year.)
  if (n.heading && refYear !== null && Number(n.year) > refYear) return null;
  // "..., the General Staff reported on Nov. 14": when it was reported is the story's time, not the narrative's.
  if (REPORTED_ON_RE.test(text.slice(Math.max(0, c.start - 24), c.start))) return null;
  const inSentence = n.month > 0 || n.sentence === true;
  if (c.start - n.end > (inSentence ? YEAR_REACH : LIST_YEAR_REACH)) return null;
  // A written date lends its year only inside its own sentence; the next may have moved on to the present.
  // (An entry of a chronology, "* Aug. 24, 2016 - ... reject it in a referendum on Oct. 2.", is one line.)
  if (inSentence && (n.line ? text.slice(n.end, c.start).includes('\n') : SENTENCE_BREAK.test(text.slice(Math.max(0, n.end - 4), c.start + 1)))) return null;
  // "agreed in January 2021 for five years, ran out in February": a term that runs from the written date carries the
  // story to its end; the month is in the term's last year (none when that is after the article's: its tense decides).
  const between = text.slice(n.end, c.start);
  if (between.includes('for ') && between.includes('year')) {
    const term = FOR_YEARS_RE.exec(between);
    const years = term ? parseNumber(term[1]) : null;
    if (years !== null && years > 0 && years < 100) {
      const y = Number(n.year) + years;
      return refYear !== null && y > refYear ? null : `${String(y).padStart(4, '0')}${c.value.slice(4)}`;
    }
  }
  if (n.month && Number(c.value.slice(5, 7)) < n.month) return null;
  const v = `${n.year}${c.value.slice(4)}`;
  return v.length === 10 && !parseYmd(v) ? null : v;
}

/**
 * "the May deadline" after "finish the annex by May 2026", "the February window" after "no earlier than February 5,
 * 2026": a month that names a thing the text has told of ("the", the month, a noun) is the month written before with
 * its year, not the one its own tense picks.
 */
export function monthNamedBefore(text: string, c: Candidate, writtenMonth: ({ year: string; end: number } | undefined)[]): string | null {
  if (c.value.length !== 7 || !isMonthOrDay(c.value)) return null;
  const w = writtenMonth[Number(c.value.slice(5, 7))];
  if (!w || w.year === c.value.slice(0, 4) || c.start - w.end > NAMED_MONTH_REACH) return null;
  if (!THE_BEFORE_RE.test(text.slice(Math.max(0, c.start - 5), c.start)) || !NOUN_AFTER_MONTH_RE.test(text.slice(c.end, c.end + 24))) return null;
  return `${w.year}${c.value.slice(4)}`;
}
const NAMED_MONTH_REACH = 1500;
/** A term from a written date to a month that ends it: " for five years, ran out in ", " for 10 years and expired in ". */
const FOR_YEARS_RE = /^[^.;]{0,60}?\bfor\s+(?:a\s+(?:further|period\s+of)\s+|another\s+)?(\d{1,2}|[a-z]+)\s+(?:more\s+)?years?\b[^.;]{0,40}?\b(?:ran\s+out|expired|lapsed|ended|elapsed|came\s+to\s+an\s+end)\s+(?:in|on|at\s+the\s+end\s+of|early\s+in|late\s+in)\s+$/;

/**
 * "the February window runs until February 11, with backup opportunities in March and April": a later month after a
 * date ahead of the article's year, in the same sentence, goes on from it (the same year), whatever the tense of the
 * verb of saying that opened the sentence.
 */
export function monthAfterAhead(text: string, c: Candidate, last: { value: string; end: number } | null, refYear: number | null): string | null {
  if (!last || refYear === null || c.value.length !== 7 || !isMonthOrDay(c.value) || last.value.length < 7 || !isMonthOrDay(last.value.slice(0, 7))) return null;
  const year = Number(last.value.slice(0, 4));
  if (year <= refYear || Number(c.value.slice(0, 4)) >= year || Number(c.value.slice(5, 7)) <= Number(last.value.slice(5, 7))) return null;
  // ("The election is expected in April 2026, Yunus said in June": when it was said is the story's time.)
  if (REPORTED_ON_RE.test(text.slice(Math.max(0, c.start - 24), c.start))) return null;
  if (c.start - last.end > 120 || SENTENCE_BREAK.test(text.slice(Math.max(0, last.end - 4), c.start + 1)) || text.slice(last.end, c.start).includes('\n')) return null;
  return `${year}${c.value.slice(4)}`;
}
const THE_BEFORE_RE = /\bthe\s+$/i;
/** A noun the month names, not a day, a year or a verb: "deadline", "window", "summit" ("the May 2026 deadline" has its own year). */
const NOUN_AFTER_MONTH_RE = /^[ \t]+(?!(?:is|was|are|were|has|had|will|would|and|or|to|of|in|on|at|by|for|that|which|when|as)\b)[a-z]{3,}\b/;

/** A verb of reporting right before a date: "said on", "reported", "told reporters on", "said in" (a month). */
const REPORTED_ON_RE = /\b(?:said|says|reported|reports|told\s+\w+|announced|added|stated|wrote|confirmed|tweeted|posted)\s+(?:on\s+|in\s+)?$/i;
