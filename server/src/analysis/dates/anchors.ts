// After the rules and the joining passes of timesAndRanges.ts: expressions anchored on another ("the following day",
// "that quarter") take their value from it, in one pass through the text in order.
import type { Candidate, Deferred, ShiftUnit } from './candidate';
import { addDays, daysBetween, digitsAt, fmtDay, isoWeek, isoWeekMonday, parseYmd, shiftValue, shiftYears, weekday } from './calendar';
import { monthFrom } from './resolve';
import { WEEKDAYS } from './lexicon';
import { feastDay, holidayValue, orthodoxFeastDay } from './rulesHoliday';
import { feastProbe, festivalAround, festivalKey } from './festivals';
import { opensItsLine } from './textTests';
import { tenseAt } from './context';
import { pushAll } from '../order';
import { isAsciiUpperCode, lastIndexWithin, testLong } from '../chars';
import { SENTENCE_BREAK, type NarrativeYear, opensSentence, namesItsYear, inHeadingLine, opensLine, yearOfNarrative, monthNamedBefore, monthAfterAhead } from './narrativeYear';
import { isDayValue, endsInClock, isQuarterValue, isMonthOrDay, clockMinutes, monthOfPeriod, isDecadeOrCentury, beforeClock } from './valueTests';

/** How far (characters, within a paragraph) a day lends itself to a clock time written without one. */
const DAY_REACH = 400;

/** How far back (characters) a quarter stays "the quarter under discussion". */
const QUARTER_REACH = 1000;

/** "since " right before a date. */
const SINCE_BEFORE_RE = /\b[Ss]ince\s$/;

/** A year's value alone ("2026"). */
const YEAR_VALUE_RE = /^\d{4}$/;

/** A comma or an opening bracket alone between a date and a weekday: "Thanksgiving, Thursday", "Dec. 4 (Thursday)". */
const BESIDE_RE = /^(?:,|\s*\()\s*$/;

/** The day `before` names when the weekday `c` stands right beside it and the day falls on that weekday, else null. */
function sameWeekdayBeside(text: string, before: { value: string; end: number }, c: Candidate): string | null {
  if (c.start - before.end > 3 || !BESIDE_RE.test(text.slice(before.end, c.start))) return null;
  const wd = WEEKDAYS[text.slice(c.start, c.end).toLowerCase()];
  const day = parseYmd(before.value);
  return wd !== undefined && day && weekday(day) === wd ? before.value : null;
}

/** Resolves "a year earlier", "the following year", "the latest period" ... against the last date mentioned. */
export function resolveAnchors(list: Candidate[], text = '', referenceDay: string | null = null): void {
  // (since: written after "since", the start of a span that runs up to the present.)
  let lastDate: { value: string; end: number; since?: boolean } | null = null;
  // The last date of a day, for a year to come in between ("the same day" below).
  let lastDay: { value: string; end: number } | null = null;
  // The end of the last night under discussion ("overnight", "Thursday night"), when it is the date under discussion.
  let nightEnd = -1;
  // By month (1-12), the year and end of the last date written with its year in that month ("the May deadline" below).
  const writtenMonth: ({ year: string; end: number } | undefined)[] = [];
  let narrative: NarrativeYear | null = null;
  let lastQuarter: { value: string; end: number } | null = null;
  let heading: { value: string; end: number } | null = null;
  // The date of the last election the text named ("Parliamentary Elections, 26 October 2025").
  let election: string | null = null;
  let usText: boolean | null = null;
  // The days a live blog's entry lies before (or after) the article's day, under a stamp with a day.
  let entryShift = 0;
  const refDay = parseYmd(referenceDay);
  const drop = new Set<Candidate>();
  for (let k = 0; k < list.length; k++) {
    const c = list[k];
    const d = c.deferred;
    if (entryShift && !d && c.relative && c.type !== 'DURATION' && c.type !== 'SET' && RELATIVE_DAY_RE.test(text.slice(c.start, Math.min(c.end, c.start + 40)))) shiftDayOf(c, entryShift);
    const quarter = lastQuarter && c.start - lastQuarter.end <= QUARTER_REACH ? lastQuarter.value : null;
    if (d?.kind === 'shiftYears') {
      // ("narrow to 4.3 percent in 2026/27 from 5.1 percent a year earlier": a year named after the quarter, in the
      // clause's own sentence, is what the clause compares with.)
      const yearNearer = quarter !== null && lastDate !== null && lastDate.end > lastQuarter!.end && YEAR_VALUE_RE.test(lastDate.value) && !SENTENCE_BREAK.test(text.slice(lastDate.end, c.start));
      // ("Prices have risen since 2021. Inflation stood at 47%, down from 300% a year earlier": a span from a year up
      // to now, told in a sentence before, is no time the figure is of; a year before the present is meant.)
      const spanBefore = d.n < 0 && lastDate?.since === true && SENTENCE_BREAK.test(text.slice(Math.max(0, lastDate.end - 4), c.start));
      const anchor = d.quarterOnly ? quarter : ((yearNearer ? null : quarter) ?? (spanBefore ? null : lastDate?.value) ?? null);
      // ("Two years later" after "September 13, 1993" is 1995: a count of years from a day names no day; "a year
      // earlier" keeps it, as a comparison with the same day or month a year before does.)
      // ("The ONS said on Friday that borrowing was £9.9bn more than in the same period last year": a period is no day; of
      // a day, only its year is known.)
      const yearOfDay = anchor !== null && isDayValue(anchor) && (d.n > 1 || d.n < -1 || samePeriod(text, c));
      let v = anchor ? shiftYears((d.yearOnly && /^\d{4}-/.test(anchor)) || yearOfDay ? anchor.slice(0, 4) : anchor, d.n) : null;
      // ("Now, 25 years on" after "two years later" = 2016: the article's present, not 2041.)
      if (v && d.notAfterRef && refDay && Number(v.slice(0, 4)) > refDay.y) v = String(refDay.y);
      if (v) fromContext(c, v, anchor && anchor.includes('-Q') ? 'quarter' : 'date');
      // "Russia withdrew a year later" with no date before it: later than some time the text does not give, not a year
      // after the article.
      // ("A year on from the election, the coalition is fragile": counted up to the present the clause is in, with no
      // date to count from, the article's year.)
      else if (!anchor && d.n > 0 && d.notAfterRef && refDay && tenseAt(text, c.start, c.end) === 'unknown') c.value = String(refDay.y);
      else if (!anchor && d.n > 0) {
        // ("The deal, which was extended a year later, was signed in 2020": a clause set inside the sentence counts from
        // the year the sentence goes on to write.)
        const later = yearWrittenAfterClause(text, c, list, k);
        const shifted = later ? shiftYears(later, d.n) : null;
        fromContext(c, shifted ?? 'XXXX', shifted ? 'date' : 'year');
      }
    } else if (d?.kind === 'lastQuarter') {
      if (quarter) fromContext(c, quarter, 'quarter');
      else if (d.needAnchor) drop.add(c);
    } else if (d?.kind === 'yearOfQuarter') {
      if (quarter) fromContext(c, `${d.year}${quarter.slice(4)}`, 'quarter');
    } else if (d?.kind === 'shiftUnit' && d.near && (!lastDate || text.slice(lastDate.end, c.start).includes('\n'))) {
      // "close at noon on the day before it" with no date in its paragraph: a day the text does not give.
      c.value = `XXXX-XX-XX${d.clock ?? ''}`;
      if (!c.inferred.includes(d.unit)) c.inferred = [...c.inferred, d.unit];
    } else if (d?.kind === 'shiftUnit' && !lastDate && d.unit === 'year' && d.n === 0 && !d.season && !d.years && THAT_YEAR_RE.test(text.slice(c.start, c.end))) {
      // "Later that year, he resigned." with no date before it: a year the text does not give, not the article's.
      fromContext(c, 'XXXX', 'year');
    } else if (d?.kind === 'shiftUnit' && d.inParagraph) {
      // "announced on 12 June the evacuation ... Some 1,700 children had been evacuated by the end of the month" in a
      // report of 22 July: the month the paragraph is about, when it is no later than the article's. (Not what lies
      // ahead: "In May inflation rose. The bank will meet by the end of the month" is the article's month.)
      const month = lastDate && lastDate.value.length >= 7 && digitsAt(lastDate.value, 0, 4) && lastDate.value.charCodeAt(4) === 45 && digitsAt(lastDate.value, 5, 2) ? lastDate.value.slice(0, 7) : null;
      if (month && refDay && month <= fmtDay(refDay).slice(0, 7) && month !== c.value && lastIndexWithin(text, '\n', c.start, lastDate!.end) < 0 && tenseAt(text, c.start, c.end) !== 'future') fromContext(c, month, 'month');
    } else if (d?.kind === 'shiftUnit' && lastDate) {
      // "said in its report on November 13 that prices would rise next year. ..., in a statement published the same
      // day": a year to come that a forecast names is no time anything was done on; the day before it is.
      // ("On the night of November 9, 1989, ... The Wall had stood between 1961 and 1989. That night, ...": a year that
      // holds the day before it, as the end of a span, is no day to count from; the day is.)
      // ("will hold its election on Feb. 12, the first since the ouster in August last year. The referendum would be held
      // on the same day": a day to come that a future clause names again is no past month the sentence looked back to.)
      const from = d.unit === 'day' && lastDay && c.start - lastDay.end < DAY_REACH && ((lastDate.value.length === 4 && ((refDay && Number(lastDate.value) > refDay.y) || lastDay.value.startsWith(lastDate.value))) || aheadAgainAfterPast(text, c, lastDate.value, lastDay.value, refDay)) ? lastDay : lastDate;
      const moved = shiftUnit(from.value, d.unit, d.n);
      const v = moved && d.years ? shiftYears(moved, d.years) : moved;
      if (v) fromContext(c, d.clock ? `${v}${d.clock}` : d.part ? `${v}T${d.part}` : d.season ? `${v}-${d.season}` : v, d.unit);
      // "The following year" after "the 1990s": some year, but not one counted from the article's date; so is "Six
      // months later" after "In 2019" some month.
      else if (isDecadeOrCentury(lastDate.value)) fromContext(c, 'XXXX', d.unit);
      else if (d.counted) fromContext(c, d.unit === 'month' ? 'XXXX-XX' : 'XXXX-QX', d.unit);
      // "signed the same day" after "in May 1972", "The next day" after "last weekend", "The following week" after "March
      // 1994": a day or week the anchor is too coarse to count from lies within it (or just beside it), not beside the
      // article's date ("The next morning" then says no more than the month: a date, not a time).
      else if ((d.unit === 'day' || d.unit === 'week') && d.n >= -1 && d.n <= 1) {
        fromContext(c, lastDate.value, d.unit);
        if (c.type === 'TIME') c.type = 'DATE';
      }
    } else if (d?.kind === 'pointFrom') {
      // "Two days later" after "3 March 2021" reaches 5 March: the duration keeps its value and notes the point.
      const v = lastDate ? shiftUnit(lastDate.value, d.unit, d.n) : null;
      if (v) c.point = v;
    } else if (d?.kind === 'monthFrom' && lastDate && /^\d{4}/.test(lastDate.value)) {
      const month = monthFrom(lastDate.value, d.month, d.dir);
      fromContext(c, d.season ? `${month.slice(0, 4)}-${d.season}` : month, 'year');
    } else if (d?.kind === 'weekdayFrom' && lastDate && isDayValue(lastDate.value)) {
      // "Voting closes on 21 November, and results follow the following Monday": the first Monday after it.
      const day = parseYmd(lastDate.value);
      if (day) fromContext(c, fmtDay(addDays(day, d.dir > 0 ? (d.wd - weekday(day) + 7) % 7 || 7 : -((weekday(day) - d.wd + 7) % 7 || 7))), 'day');
    } else if (d?.kind === 'sameYear') {
      if (lastDate) fromContext(c, `${lastDate.value.slice(0, 4)}${c.value.slice(4)}`, 'year');
      // "In April of that year" with no date before it: a year the text does not give, not the article's.
      else if (/^\d{4}/.test(c.value)) fromContext(c, `XXXX${c.value.slice(4)}`, 'year');
    } else if (d?.kind === 'electionDay') {
      // "Election day was calm" in a statement on "the 26 October parliamentary elections": that day. The US Election
      // Day only in a text about the United States; else some day the text does not give.
      const year = c.value.slice(0, 4);
      if (election && (year === 'XXXX' || election.startsWith(year))) fromContext(c, election, 'date');
      else if (d.us && ((usText ??= aboutUs(text, 0)) || aboutUs(text, c.start))) c.value = d.us;
    } else if (d?.kind === 'contextYear') {
      // (A festival whose table gives only its year, "2024-XX-XX", is placed in the narrative by the day it falls near.)
      const at = d.feast !== undefined && !isMonthOrDay(c.value) ? feastProbe(d.feast, c.value) : c.value;
      const probe = at === c.value ? c : at !== null ? { ...c, value: at } : null;
      const v = probe && (yearOfNarrative(text, probe, narrative, refDay ? refDay.y : null) ?? monthNamedBefore(text, probe, writtenMonth) ?? monthAfterAhead(text, probe, lastDate, refDay ? refDay.y : null));
      // (A feast that moves with Easter falls on that year's day of it.)
      if (v && d.easter !== undefined) {
        const [m, day] = (d.julian ? orthodoxFeastDay : feastDay)(Number(v.slice(0, 4)), d.easter);
        c.value = `${v.slice(0, 5)}${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      } else if (v && d.feast !== undefined) c.value = holidayValue(d.feast, Number(v.slice(0, 4)));
      else if (v) c.value = v;
    } else if (!d && c.type === 'TIME' && c.inferred.includes('day') && clockRangeToDay(text, c, list[k + 1])) {
      // "open 7 a.m. to 8 p.m. on 3 December": the first end of the stretch is on the second's day.
      const next = list[k + 1];
      const t = c.value.indexOf('T');
      if (t > 0) c.value = `${next.value.slice(0, 10)}${c.value.slice(t)}`;
      c.inferred = next.inferred;
    } else if (!d && c.type === 'TIME' && c.inferred.includes('day') && endsInClock(c.value) && sameMomentInBrackets(text, c, list[k + 1])) {
      // "at 7:10 a.m. local time (2210 GMT Tuesday)": the same moment in another zone, on its own day; the local
      // clock's day is that day, or the one after or before when the clocks lie more than 12 hours apart.
      const next = list[k + 1];
      const day = parseYmd(next.value.slice(0, 10));
      const t = c.value.indexOf('T');
      const diff = clockMinutes(c.value.slice(t + 1)) - clockMinutes(next.value.slice(11));
      if (day && t > 0) {
        c.value = `${fmtDay(addDays(day, diff < -720 ? 1 : diff > 720 ? -1 : 0))}${c.value.slice(t)}`;
        c.inferred = next.inferred;
      }
    } else if (!d && c.type === 'TIME' && c.inferred.includes('day') && dayAfterInClause(text, c, list[k + 1])) {
      // '"negotiated until 3 a.m." by vice-ministers on Friday': the day named later in the clause.
      const t = c.value.indexOf('T');
      if (t > 0) c.value = `${list[k + 1].value}${c.value.slice(t)}`;
    } else if (!d && c.type === 'TIME' && c.inferred.includes('day') && lastDate && isDayValue(lastDate.value) && c.start - lastDate.end < DAY_REACH && (!text.slice(lastDate.end, c.start).includes('\n') || storyGoesOn(text, lastDate, c, referenceDay)) && !(recordsTheMeeting(text, c.start) && SENTENCE_BREAK.test(text.slice(Math.max(0, lastDate.end - 4), c.start)))) {
      // "At 2:30 a.m. on Thursday a drone struck. A second was intercepted at 2:47 a.m.": the day under discussion
      // (its hover says the day came from the date before it, not from the article's).
      // ("Russia launched 93 drones overnight ... As of 9 a.m., ...": a morning's clock after a night is the next day's.)
      const t = c.value.indexOf('T');
      const day = nightEnd === lastDate.end && digitsAt(c.value, t + 1, 2) && Number(c.value.slice(t + 1, t + 3)) < 12 ? parseYmd(lastDate.value) : null;
      if (t > 0) fromContext(c, `${day ? fmtDay(addDays(day, 1)) : lastDate.value}${c.value.slice(t)}`, 'day');
    } else if (!d && c.type === 'TIME' && c.inferred.includes('day') && heading && lastDate && lastDate.end === heading.end) {
      // A diary: "MONDAY, NOV. 17" on a line of its own heads the entries below it ("Rubio meets Jaishankar, 1430 GMT").
      const t = c.value.indexOf('T');
      if (t > 0) c.value = `${heading.value}${c.value.slice(t)}`;
    }
    // "until Thanksgiving, Thursday, to respond", "on Dec. 4 (Thursday)": a weekday set beside a day that falls on it
    // names that day again, whatever the nearest such weekday is.
    if (!d && c.type === 'DATE' && c.relative && lastDate && isDayValue(c.value) && isDayValue(lastDate.value) && c.value !== lastDate.value) {
      const day = sameWeekdayBeside(text, lastDate, c);
      if (day) c.value = day;
    }
    // "**Thursday, 21:45 GMT** — The minister will travel to Cairo tomorrow": a live blog's entry stamped with another
    // day than the article's; its "tomorrow" and "today" count from that day, up to the next stamp.
    if (refDay && c.type === 'TIME' && opensItsLine(text, c.start) && ENTRY_STAMP_AFTER.test(text.slice(c.end, c.end + 6))) entryShift = stampShift(c.value, refDay);
    // "THURSDAY" in capitals alone on its line under "TUESDAY, NOV. 18": the diary's next such day, after the one heading
    // the entries above it (not the latest Thursday before the article).
    if (heading && c.type === 'DATE' && !d && c.relative && c.inferred.includes('week') && isDayValue(c.value) && capitalsOnly(text, c.start, c.end) && aloneOnLine(text, c)) {
      const from = parseYmd(heading.value);
      const day = parseYmd(c.value);
      if (from && day) c.value = fmtDay(addDays(from, (weekday(day) - weekday(from) + 7) % 7 || 7));
    }
    // A day alone on its line (a diary's heading) dates the clock times below it, up to the next date.
    if (c.type === 'DATE' && isDayValue(c.value) && aloneOnLine(text, c)) heading = { value: c.value, end: c.end };
    // (The article's own day, as a dateline writes it, is no time a story is told at: "GENEVA, Aug 14, 2025 (Reuters) -
    // ... ended without agreement in December" is last December.)
    // ("Last year, the union held two strikes, in March and again in July": that year's March and July.)
    if (c.type === 'DATE' && c.relative && !d && c.value.length === 4 && digitsAt(c.value, 0, 4) && opensSentence(text, c)) narrative = { year: c.value, month: 0, end: c.end, sentence: true };
    // ("began on July 1 last year ... after the killing on July 16": a day with the year named after it is as good as
    // one with its year written.)
    if (c.type === 'DATE' && (!c.relative || (!d && c.value.length >= 7 && namesItsYear(text, c))) && digitsAt(c.value, 0, 4) && c.value !== referenceDay) {
      if (c.value.length >= 7 && c.value.charCodeAt(4) === 45 && digitsAt(c.value, 5, 2)) narrative = { year: c.value.slice(0, 4), month: Number(c.value.slice(5, 7)), end: c.end, line: !c.inferred.length && opensLine(text, c) };
      else if (c.value.length === 4 && opensLine(text, c)) narrative = { year: c.value, month: 0, end: c.end };
      else if (c.value.length === 4 && inHeadingLine(text, c)) narrative = { year: c.value, month: 0, end: c.end, heading: true };
      // "Q3 2025 — Ceasefire signed." opening a line of a chronology: its year, from the quarter's (or half's, or
      // season's) first month.
      else if (opensLine(text, c) && monthOfPeriod(c.value)) narrative = { year: c.value.slice(0, 4), month: monthOfPeriod(c.value), end: c.end };
      else if (c.value.length === 4 && opensSentence(text, c)) narrative = { year: c.value, month: 0, end: c.end, sentence: true };
      // ("Diwali 2024 in November": a festival written with a year whose table leaves its day out lends that year to
      // its sentence, from the month it falls near.)
      else if (c.value.length === 10 && c.value.endsWith('-XX-XX')) narrative = { year: c.value.slice(0, 4), month: festivalMonthOf(text.slice(c.start, c.end), Number(c.value.slice(0, 4))), end: c.end, sentence: true };
    }
    if (c.type === 'DATE' && !c.relative && c.value.length >= 7 && digitsAt(c.value, 0, 4) && c.value.charCodeAt(4) === 45 && digitsAt(c.value, 5, 2)) writtenMonth[Number(c.value.slice(5, 7))] = { year: c.value.slice(0, 4), end: c.end };
    if (d?.kind !== 'electionDay' && c.type === 'DATE' && isMonthOrDay(c.value) && besideElection(text, c)) election = c.value;
    // Values that were themselves derived from an anchor do not become anchors (no chains of "a year ago"). A story
    // moving on does ("Three years later ... By the following autumn", "The following March ... That summer"), and
    // "the quarter": it is the quarter under discussion, or with none before it the last one completed.
    if (d && !becomesAnchor(d)) continue;
    // ("down 40 basis points from Q3 2024": a comparison's baseline is no quarter under discussion.)
    if (c.type === 'DATE' && isQuarterValue(c.value) && !BASELINE_BEFORE_RE.test(text.slice(Math.max(0, c.start - 28), c.start))) lastQuarter = { value: c.value, end: c.end };
    // ("at 02:14 local time on Wednesday (18:14 GMT Tuesday)": the same moment again in brackets; the story stays on
    // the local day.)
    if (k > 0 && c.type === 'TIME' && sameMomentInBrackets(text, list[k - 1], c) && lastDate && lastDate.end === list[k - 1].end) continue;
    // ("rose 3.4 percent in the year to October, down from 3.8 percent in September": the figure compared with is no
    // period under discussion; "a year earlier" after it is October's.)
    if (c.type === 'DATE' && c.start > 3 && text.charCodeAt(c.start - 3) === 105 && FIGURE_BASELINE_BEFORE_RE.test(text.slice(Math.max(0, c.start - 40), c.start))) continue;
    if ((c.type === 'DATE' || c.type === 'TIME') && digitsAt(c.value, 0, 4)) {
      lastDate = { value: beforeClock(c.value), end: c.end, since: c.start > 6 && text.charCodeAt(c.start - 1) === 32 && text.charCodeAt(c.start - 2) === 101 && SINCE_BEFORE_RE.test(text.slice(c.start - 7, c.start)) };
      if (isDayValue(lastDate.value)) lastDay = lastDate;
      if (c.type === 'TIME' && c.value.endsWith('TNI')) nightEnd = c.end;
    }
    // A decade or century is under discussion too: "In the late 1970s ... A decade later" is the 1980s.
    else if (c.type === 'DATE' && isDecadeOrCentury(c.value)) lastDate = { value: c.value, end: c.end };
    // A year before Christ too: "In 27 BC ... that year", "44 BC ... A year later".
    else if (c.type === 'DATE' && c.value.charCodeAt(0) === 66 && c.value.charCodeAt(1) === 67 && digitsAt(c.value, 2, 4)) lastDate = { value: c.value, end: c.end };
  }
  if (drop.size) {
    const kept = list.filter((c) => !drop.has(c));
    list.length = 0;
    pushAll(list, kept);
  }
}

/**
 * Whether the clock at start times the meeting a record reports ("The meeting began at 10:04 a.m. and ended at
 * 10:51 a.m.", "The sitting was suspended at 3 p.m."): the document's own meeting, on its own day (the article's, or
 * a day heading's), not on a day an earlier sentence told of ("briefed the Council on 28 October").
 */
function recordsTheMeeting(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 90), start);
  const k = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  return MEETING_RECORD_RE.test(k >= 0 ? before.slice(k + 1) : before);
}
const MEETING_RECORD_RE = /^\s*(?:the\s+)?(?:meeting|sitting|session|hearing|plenary)\s+(?:was\s+)?(?:began|begun|started|opened|commenced|resumed|ended|closed|rose|adjourned|suspended|called\s+to\s+order)\b/i;

/** A figure compared with and its period: "down from 3.8 percent in ", "up from 65% in ". */
const FIGURE_BASELINE_BEFORE_RE = /\b(?:down|up)\s+from\s+[\d.,]+\s*(?:percent|per\s+cent|%)?\s+in\s+$/i;
/** A comparison's baseline before a quarter: "points from Q3 2024", "versus", "compared with the". */
const BASELINE_BEFORE_RE = /(?:\b(?:points?|percent|per\s+cent|%|\d)\s+from|\b(?:versus|vs\.?|compared\s+(?:with|to)|against))\s+(?:the\s+)?(?:year-ago\s+)?$/i;

/** Between a clock and a day later in its clause: a few words, no clause's end, comma or "and"/"but". */
const CLAUSE_GAP_RE = /^[^.;:!?\n,\u2014]{1,60}$/;

/** Whether c, a clock on no day of its own, opens a stretch whose other end is a clock on a day: "7 a.m. to 8 p.m. on 3 December". */
function clockRangeToDay(text: string, c: Candidate, next: Candidate | undefined): boolean {
  if (!next || next.type !== 'TIME' || (next.deferred && next.deferred.kind !== 'contextYear') || next.inferred.includes('day') || next.value.charCodeAt(10) !== 84 || !isDayValue(next.value.slice(0, 10)) || next.start - c.end > 12) return false;
  const gap = text.slice(c.end, next.start);
  return CLOCK_RANGE_GAP_RE.test(gap) || (AND_GAP_RE.test(gap) && testLong(/\bbetween\s+$/i, text.slice(Math.max(0, c.start - 9), c.start)));
}
const CLOCK_RANGE_GAP_RE = /^\s*(?:to|until|till|[-\u2013])\s*$/i;
const AND_GAP_RE = /^\s+and\s+$/i;

/**
 * "The quake struck on Tuesday.\n\nWithin minutes, power failed. By 4 a.m., crews were at the scene.": in the past, a
 * story told hour by hour goes on into the next paragraph on the day it told of, before the article's own day (one
 * paragraph break, no heading between).
 */
function storyGoesOn(text: string, lastDate: { value: string; end: number }, c: Candidate, referenceDay: string | null): boolean {
  if (!referenceDay || lastDate.value >= referenceDay) return false;
  // (A clock opening its line is a live blog's stamp, of its own day.)
  // (A rule in the present, "Night flights are banned between 23:00 and 06:00", holds on no one day: its participle
  // is no past.)
  const gap = text.slice(lastDate.end, c.start);
  if (!ONE_PARAGRAPH_ON_RE.test(gap) || opensItsLine(text, c.start)) return false;
  const para = gap.slice(gap.lastIndexOf('\n') + 1) + text.slice(c.start, c.end + 40);
  return !PRESENT_AUX_RE.test(para) && tenseAt(text, c.start, c.end) === 'past';
}

/** A verb of the present ("are banned", "remain in force", "has"): a rule or a state, not the story's moment. */
const PRESENT_AUX_RE = /\b(?:is|are|am|remain|remains|has|have|stays|stay|runs|run|operates|operate)\b/i;
/** The rest of a paragraph, one blank line, and the start of the next paragraph of prose (no heading, quote, list or table). */
const ONE_PARAGRAPH_ON_RE = /^[^\n]*\r?\n[ \t]*\r?\n(?![ \t]*[#>*|\-\d])[^\n]*$/;

/** Whether `next` opens a bracket right after the clock `c` and is a clock on a day of its own ("(1917 GMT on Monday)"). */
function sameMomentInBrackets(text: string, c: Candidate, next: Candidate | undefined): boolean {
  return !!next && next.type === 'TIME' && !next.deferred && isDayValue(next.value.slice(0, 10)) && endsInClock(next.value) && /^\s*\(\s*$/.test(text.slice(c.end, next.start));
}

/** Whether `next` is a day written later in the clause of the clock time c ('until 3 a.m." by vice-ministers on Friday'). */
function dayAfterInClause(text: string, c: Candidate, next: Candidate | undefined): boolean {
  if (!next || next.type !== 'DATE' || (next.deferred && !(next.deferred.kind === 'contextYear' && next.deferred.ahead)) || !isDayValue(next.value) || next.start - c.end > 60) return false;
  const gap = text.slice(c.end, next.start);
  return CLAUSE_GAP_RE.test(gap) && !/\b(?:and|but|or|while|then|before|after|until|till)\b/i.test(gap);
}

/** After a live blog's stamp: a dash or a colon, maybe after the bold's closing stars ("**Thursday, 21:45 GMT** —"). */
const ENTRY_STAMP_AFTER = /^(?:\*\*?|__?)?\s*[-\u2013\u2014:|]/;
/** The day words of an entry that count from its day: "tomorrow", "Earlier today", "Yesterday", "this morning". */
const RELATIVE_DAY_RE = /^(?:(?:earlier|later)\s+)?(?:today|tonight|tomorrow|yesterday|overnight|last\s+night|this\s+(?:morning|afternoon|evening))\b/i;
/** How many days a live blog's stamp ("Thursday, 21:45 GMT" on Friday: -1) lies from the article's day; 0 beyond a fortnight. */
function stampShift(value: string, ref: { y: number; m: number; d: number }): number {
  const day = parseYmd(value.slice(0, 10));
  if (!day) return 0;
  const n = daysBetween(ref, day);
  return Math.abs(n) <= 14 ? n : 0;
}
/** Moves the day of a value ("2025-11-15", "2025-11-14TMO") by n days. */
function shiftDayOf(c: Candidate, n: number): void {
  const day = c.value.length >= 10 && isDayValue(c.value.slice(0, 10)) ? parseYmd(c.value.slice(0, 10)) : null;
  if (day) c.value = `${fmtDay(addDays(day, n))}${c.value.slice(10)}`;
}

/** An election's word beside its date (not "election day" itself, counted from it: "two days before polling day"). */
const ELECTION_BEFORE_RE = /\b(?:elections?|votes?|voting|polls|referendum|ballot|runoff|run-off)\b[^.;!?\n]{0,24}$/i;
const ELECTION_AFTER_RE = /^[^.;!?\n]{0,24}?\b(?:elections?|votes?|voting|polls|referendum|ballot|runoff|run-off)\b(?!\s+day\b)/i;
/** Whether a date is that of an election: "Parliamentary Elections, 26 October 2025", "the 26 October parliamentary elections", "voting on 26 October". */
function besideElection(text: string, c: Candidate): boolean {
  return ELECTION_AFTER_RE.test(text.slice(c.end, c.end + 40)) || ELECTION_BEFORE_RE.test(text.slice(Math.max(0, c.start - 40), c.start));
}
/** Words that set a text in the United States (Georgia, a country too, is left out). */
const US_RE = /\bU\.S\.|\b(?:US|USA|United States|America|Americans?|Republicans?|GOP|congressional|midterms?|Electoral College|electoral college|swing states?|White House|(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming))\b/;
/** How far around a place (and from the text's start) a word of the United States is looked for. */
const US_REACH = 800;
/** Whether the text near `at` (or its opening, at 0) is about the United States. */
function aboutUs(text: string, at: number): boolean {
  return US_RE.test(text.slice(Math.max(0, at - US_REACH), at + US_REACH));
}

/** Whether a date resolved from the one under discussion takes its place: the story has moved on to it. */
/** Whether the candidate's text is "the same period" (with what follows it: "last year", "a year earlier"). */
function samePeriod(text: string, c: Candidate): boolean {
  return SAME_PERIOD_RE.test(text.slice(c.start, c.start + 20));
}
const SAME_PERIOD_RE = /^the\s+same\s+period\b/i;

function becomesAnchor(d: Deferred): boolean {
  switch (d.kind) {
    // ("A month earlier, ..." looks back; the story stays where it was, as with "a year earlier".)
    // ("Margins were 21.3% in the quarter, against 20.8% in the previous quarter and 21.1% in the same quarter last year":
    // a quarter before, or a unit a year back, is what a figure is set against, no period the story moves to.)
    case 'shiftUnit': return !(d.counted && d.n < 0) && !(d.years !== undefined && d.years < 0) && !(d.unit === 'quarter' && d.n < 0);
    case 'contextYear': case 'sameYear': case 'monthFrom': case 'weekdayFrom': return true;
    case 'shiftYears': return d.n > 0 && !d.quarterOnly;
    case 'lastQuarter': return !d.needAnchor;
    default: return false;
  }
}

/** Whether text[start, end) is all capital letters ("THURSDAY"). */
function capitalsOnly(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isAsciiUpperCode(text.charCodeAt(i))) return false;
  return end > start;
}

/** Whether a candidate is alone on its line but for blanks, list and heading marks and closing punctuation. */
function aloneOnLine(text: string, c: Candidate): boolean {
  return opensItsLine(text, c.start) && /^[\s*:.,-]*(?:\r?\n|$)/.test(text.slice(c.end, c.end + 8));
}

/** "that year" (not "the same year"): a year named before. */
const THAT_YEAR_RE = /\bthat\s+year\b/i;

/** Sets a value taken from the date under discussion, noting (for hovers) which part came from there. */
function fromContext(c: Candidate, value: string, part: string): void {
  c.value = value;
  if (!c.inferred.includes(part)) c.inferred = [...c.inferred, part];
  // (A value still open, "XXXX", took nothing from there: the hover says it is unknown.)
  c.fromContext = !value.includes('X');
}

/** An anchor value moved by n days/weeks/months/years, at that unit's granularity; null when too coarse. */
function shiftUnit(anchor: string, unit: ShiftUnit, n: number): string | null {
  const day = parseYmd(anchor);
  if (unit === 'decade') return /^\d{3}/.test(anchor) ? String(Number(anchor.slice(0, 3)) + n).padStart(3, '0') : null;
  if (unit === 'quarter') {
    if (/^\d{4}-Q[1-4]$/.test(anchor)) return shiftValue(anchor, n);
    const m = /^(\d{4})-(\d{2})(?:$|-)/.exec(anchor);
    return m ? shiftValue(`${m[1]}-Q${Math.floor((Number(m[2]) - 1) / 3) + 1}`, n) : null;
  }
  // ("In 27 BC ... that year", "31 BC ... two years later": a year before Christ counts on to 1 BC, then AD 1.)
  if (unit === 'year' && anchor.charCodeAt(0) === 66 && /^BC\d{4}/.test(anchor)) {
    const y = 1 - Number(anchor.slice(2, 6)) + n;
    return y <= 0 ? `BC${String(1 - y).padStart(4, '0')}` : String(y).padStart(4, '0');
  }
  if (unit === 'year') return /^\d{4}/.test(anchor) ? String(Number(anchor.slice(0, 4)) + n).padStart(4, '0') : null;
  if (unit === 'month') {
    const m = /^(\d{4})-(\d{2})(?:$|-)/.exec(anchor);
    return m ? shiftValue(`${m[1]}-${m[2]}`, n) : null;
  }
  // ("up from 96 the previous week" after "this week": a week moved from a week.)
  if (unit === 'week' && anchor.length === 8 && anchor.charCodeAt(5) === 87 && digitsAt(anchor, 0, 4) && digitsAt(anchor, 6, 2)) {
    return isoWeek(addDays(isoWeekMonday(Number(anchor.slice(0, 4)), Number(anchor.slice(6))), 7 * n));
  }
  if (!day || anchor.length !== 10) return null;
  if (unit === 'week') return isoWeek(addDays(day, 7 * n));
  return fmtDay(addDays(day, n));
}

/**
 * The month before the one a festival named in `span` ("Diwali 2024", "Eid al-Fitr 2026") falls near in year y (its
 * day moves by weeks around it), or 0.
 */
function festivalMonthOf(span: string, y: number): number {
  const key = festivalKey(span.replace(/[\s,]+\d{4}$/, '').toLowerCase().replace(/\s+/g, ' '));
  const m = key ? festivalAround(key, y)?.[0] ?? 0 : 0;
  return m > 1 ? m - 1 : m;
}

/** A relative clause opened after a comma up to the date: ", which was extended ", ", who resigned ". */
const RELATIVE_CLAUSE_BEFORE_RE = /,\s+(?:which|who|that)\s+[^,;:.!?]{0,60}$/i;
/**
 * The year written after a count set in a relative clause ("The deal, which was extended a year later, was signed in
 * 2020"): of the next date with its year written, in the same sentence, after the clause has closed.
 */
function yearWrittenAfterClause(text: string, c: Candidate, list: Candidate[], k: number): string | null {
  if (!RELATIVE_CLAUSE_BEFORE_RE.test(text.slice(Math.max(0, c.start - 80), c.start))) return null;
  const next = list[k + 1];
  if (!next || next.relative || next.type !== 'DATE' || next.deferred || !digitsAt(next.value, 0, 4) || next.start - c.end > 120) return null;
  const between = text.slice(c.end, next.start);
  if (!between.includes(',') || SENTENCE_BREAK.test(text.slice(Math.max(0, c.end - 4), next.start + 1))) return null;
  return next.value.slice(0, 4);
}

/**
 * Whether "the same day" (or the day before or after) in a future clause names again a day to come, lastDay, rather
 * than the past month or year mentioned since (lastValue): both against the article's day.
 */
function aheadAgainAfterPast(text: string, c: Candidate, lastValue: string, lastDayValue: string, refDay: ReturnType<typeof parseYmd>): boolean {
  if (!refDay || isDayValue(lastValue) || !/^\d{4}/.test(lastValue)) return false;
  const today = fmtDay(refDay);
  return lastDayValue > today && lastValue < today.slice(0, lastValue.length) && tenseAt(text, c.start, c.end) === 'future';
}
