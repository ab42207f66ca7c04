// Temporal expressions, normalised to TimeML TIMEX3. Regex rules do most of the work (dates/rulesCalendar.ts,
// rulesRelative.ts, rulesSpan.ts; words in lexicon.ts, tense clues in context.ts, news-reader resolution in
// resolve.ts); chrono-node (dates/chronoPass.ts) adds explicit dates in formats the rules lack. Every parser
// sees bounded chunks of one paragraph (dates/chunks.ts), so the pass stays linear in the text size.
// The rules are read over the chunks in dates/readRules.ts; this file runs findDates and its passes over the text.
import type { DateAnnotation, Paragraph } from './types';
import type { Candidate } from './dates/candidate';
import { parseYmd } from './dates/calendar';
import { fiscalMonths, fiscalYearEnds } from './dates/fiscal';
import { reportingPeriod } from './dates/period';
import { webAddresses } from './chars';
import { overlapsSorted } from './order';
import { resolveAnchors } from './dates/anchors';
import { alignRanges, mergeDateAndTime, spanMidnight } from './dates/timesAndRanges';
import { endsInClock } from './dates/valueTests';
import { formatOffset, zoneIn } from './dates/zones';
import { readSlashesDayFirst, writesDayFirst } from './dates/slashOrder';
import { daySections, readSections } from './dates/daySections';
import { readParagraphs } from './dates/readRules';
import { holidayWeekdays } from './dates/rulesHoliday';
import { dayShifts, weekdayPairs, weekdaySets } from './dates/dayShifts';

/** Finds and normalises the temporal expressions of each paragraph against the reference date. */
export function findDates(text: string, paragraphs: Paragraph[], referenceDate: string | null): DateAnnotation[] {
  try {
    return findDatesUnsafe(text, paragraphs, referenceDate);
  } catch {
    return [];
  }
}

function findDatesUnsafe(text: string, paragraphs: Paragraph[], referenceDate: string | null): DateAnnotation[] {
  const ref = parseYmd(referenceDate);
  // No date of the article's is written inside a web address ("https://example.org/2025/11/14/story").
  const links = webAddresses(text);
  let found = readParagraphs(text, paragraphs, ref);
  found.sort((a, b) => a.start - b.start);
  // "10/11/2025" in a document that writes "14/11/2025" is 10 November.
  const dayFirst = writesDayFirst(text, found);
  if (dayFirst) readSlashesDayFirst(text, found);
  // A digest's items under a day's heading ("## WEDNESDAY | 12 Nov") count their "yesterday" and "the weekend"
  // from that day: read again with it.
  const sections = daySections(text, found, ref);
  if (sections.length) {
    found = readSections(text, paragraphs, found, sections);
    if (dayFirst) readSlashesDayFirst(text, found);
  }
  const chosen = dropRecordingMarks(text, links.length ? found.filter((c) => !overlapsSorted(links, c.start, c.end)) : found);
  chosen.sort((a, b) => a.start - b.start);
  const merged = joinCompoundDurations(text, mergeDateAndTime(text, chosen));
  alignRanges(text, merged, ref ? referenceDate : null);
  reportingPeriod(text, merged, referenceDate);
  resolveAnchors(merged, text, referenceDate);
  holidayWeekdays(text, merged);
  dayShifts(text, merged, ref);
  weekdaySets(text, merged);
  weekdayPairs(text, merged, ref);
  fiscalYearEnds(text, merged);
  fiscalMonths(text, merged, referenceDate);
  spanMidnight(text, merged);
  return merged.map((c) => toAnnotation(text, c, ref !== null));
}

/**
 * "[00:01:02] HOST: Welcome back.": a recording's transcript marks each turn with how far into the recording it falls,
 * not with a time of day ("[14:05:32]" in a broadcast's log is one). When the first clock in square brackets with
 * seconds reads under ten minutes, the text's bracketed clocks with seconds are all such marks: no dates. `found` is
 * sorted by start.
 */
function dropRecordingMarks(text: string, found: Candidate[]): Candidate[] {
  const first = found.find((c) => isBracketedClock(text, c));
  if (!first || !FIRST_MARK_RE.test(text.slice(first.start, first.end))) return found;
  return found.filter((c) => !isBracketedClock(text, c));
}

function isBracketedClock(text: string, c: Candidate): boolean {
  return c.type === 'TIME' && text.charCodeAt(c.start - 1) === 91 && text.charCodeAt(c.end) === 93 && BRACKETED_CLOCK_RE.test(text.slice(c.start, c.end));
}
const BRACKETED_CLOCK_RE = /^\d{1,2}:[0-5]\d:[0-5]\d$/;
/** A mark under ten minutes into a recording: "00:01:02", "0:09:59". */
const FIRST_MARK_RE = /^0?0:0\d:/;

/** The parts of a duration value, largest unit first: "P3Y" -> [["Y", 3]], "PT40M" -> [["TM", 40]]. */
const DURATION_PART_RE = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;
const DURATION_UNITS = ['Y', 'M', 'W', 'D', 'H', 'TM', 'S'];

/**
 * "three hours and forty minutes", "two years and three months": one duration (PT3H40M, P2Y3M), when the second
 * counts a smaller unit than the first and only "and" stands between them.
 */
function joinCompoundDurations(text: string, list: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < list.length; k++) {
    const b = list[k];
    const a = out[out.length - 1];
    if (a && a.type === 'DURATION' && b.type === 'DURATION' && !b.mod && /^\s+and\s+$/.test(text.slice(a.end, b.start))) {
      const pa = DURATION_PART_RE.exec(a.value);
      const pb = pa ? DURATION_PART_RE.exec(b.value) : null;
      if (pa && pb && lastIndexSet(pa) >= 0 && firstIndexSet(pb) > lastIndexSet(pa)) {
        const parts = DURATION_UNITS.map((_, i) => pa[i + 1] ?? pb[i + 1]);
        const date = ['Y', 'M', 'W', 'D'].map((u, i) => (parts[i] ? `${parts[i]}${u}` : '')).join('');
        const time = ['H', 'M', 'S'].map((u, i) => (parts[i + 4] ? `${parts[i + 4]}${u}` : '')).join('');
        out[out.length - 1] = { ...a, end: b.end, value: `P${date}${time ? `T${time}` : ''}` };
        continue;
      }
    }
    out.push(b);
  }
  return out;
}
function lastIndexSet(m: RegExpExecArray): number {
  for (let i = 7; i >= 1; i--) if (m[i]) return i;
  return -1;
}
function firstIndexSet(m: RegExpExecArray): number {
  for (let i = 1; i <= 7; i++) if (m[i]) return i;
  return -1;
}

function toAnnotation(text: string, c: Candidate, haveRef: boolean): DateAnnotation {
  const a: DateAnnotation = {
    kind: 'date',
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    type: c.type,
    value: c.value,
    certain: c.inferred.length === 0 && !(c.relative && !haveRef) && !c.calendar,
  };
  if (c.mod) a.mod = c.mod;
  if (c.inferred.length) a.inferred = c.inferred;
  if (c.fromContext && c.inferred.length) a.fromContext = true;
  // Relative and still open: a value with X's, or "two years ago" reduced to PAST_REF for want of a date.
  if (c.relative && !haveRef && (c.value.includes('X') || c.value === 'PAST_REF')) a.unresolved = true;
  if (c.point) a.point = c.point;
  if (c.freq) a.freq = c.freq;
  if (c.through) a.through = c.through;
  if (c.fiscal) a.fiscal = c.fiscal;
  if (c.calendar) a.calendar = c.calendar;
  // "10 a.m. EST": the zone the clock is in (the TIMEX3 value has none).
  if (c.type === 'TIME' && endsInClock(c.value)) {
    const z = zoneIn(a.text, c.value);
    if (z) {
      if (z.zone) a.zone = z.zone;
      if (z.offset !== undefined) a.utcOffset = formatOffset(z.offset);
    }
  }
  return a;
}
