// After the rules, before the anchoring: a date and its time of day become one expression ("Nov. 13 at 10 a.m."), a
// stretch of clock times runs past midnight into the next day, and the two ends of a range or a list share a year.
import type { Candidate } from './candidate';
import { addDays, fmtDay, isoWeek, parseYmd } from './calendar';
import { PART_OF_DAY } from './lexicon';
import { tenseAt } from './context';
import { backOverBlanks, isDigitCode, isSpaceCode, testLong, testShort } from '../chars';
import { isDayValue, endsInClock, endsInPartOfDay, isMonthOrDay } from './valueTests';

/**
 * What the two gap patterns of mergeDateAndTime answer for a gap below two characters (one-byte on a two-byte
 * article: spared the regexes' second compile): "" matches, and one blank or one of `marks`.
 */
function gapOfOne(gap: string, marks: string): boolean {
  return gap.length === 0 || isSpaceCode(gap.charCodeAt(0)) || marks.includes(gap);
}

/** A day: "Thursday", "13 November"; or a part of a named day, "tonight", "this morning", "Friday night". */
const isDay = (x: Candidate): boolean =>
  x.type === 'DATE' ? isDayValue(x.value) : x.type === 'TIME' && !x.inferred.includes('day') && endsInPartOfDay(x.value) && isDayValue(x.value.slice(0, -3));
/** A clock time, or a part of the day written without its day ("at dawn"): either takes the day beside it. */
const isClock = (x: Candidate): boolean => x.type === 'TIME' && (endsInClock(x.value) || (x.inferred.includes('day') && endsInPartOfDay(x.value)));

/** "Nov. 13 at 10 a.m." and "10 a.m. Thursday" become one TIME (also over the same time in brackets: "12:01 a.m. EST (0501 GMT) on Monday"). */
export function mergeDateAndTime(text: string, list: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < list.length; k++) {
    const c = list[k];
    const prev = out[out.length - 1];
    // "the weekend of 1-2 November", "the week of 3 to 7 March": the week takes in the last day of its range.
    if (prev && prev.type === 'DATE' && c.type === 'DATE' && prev.value.length >= 8 && prev.value.charCodeAt(5) === 87 && c.value.length === 10 && c.start - prev.end < 6 && weekOfRange(text, prev, c)) {
      out[out.length - 1] = { ...prev, end: c.end };
      continue;
    }
    if (prev && c.start >= prev.end && (prev.type === 'TIME' || c.type === 'TIME')) {
      const gap = text.slice(prev.end, c.start);
      if (!gap.includes('\n') && !(isClock(prev) && opensDayRange(text, c, list[k + 1])) && ((isDay(prev) && isClock(c) && (gap.length < 2 ? gapOfOne(gap, ',') : /^\s*,?\s*(?:at\s+)?(?:(?:about|around|approximately|roughly)\s+)?$/i.test(gap))) || (isClock(prev) && isDay(c) && (gap.length < 2 ? gapOfOne(gap, ',\u00b7\u2022|') : /^\s*(?:\([^()]{1,24}\)\s*)?[,\u00b7\u2022|]?\s*(?:on\s+)?$/i.test(gap))))) {
        const d = isDay(prev) ? prev : c;
        const t = isDay(prev) ? c : prev;
        const clock = clockOfPart(text, t, d);
        out[out.length - 1] = {
          start: prev.start,
          end: c.end,
          type: 'TIME',
          value: `${d.type === 'TIME' ? d.value.slice(0, -3) : d.value}${clock}`,
          // ("Nov. 13 at about 3 p.m.", "approximately 3 p.m. on Nov. 13": the time is approximate.)
          mod: d.mod ?? t.mod ?? (testLong(/\b(?:about|around|approximately|roughly)\s+$/i, gap) ? 'APPROX' : undefined),
          inferred: d.inferred,
          relative: d.relative,
          priority: d.priority,
          // ("9 PM the same evening", "18:30 CET that day": the day, counted later, keeps the clock.)
          deferred: d.deferred?.kind === 'shiftUnit' && (d.deferred.part || d.deferred.unit === 'day') ? { ...d.deferred, part: undefined, clock } : d.deferred,
          point: undefined,
          freq: undefined,
          through: undefined,
        };
        continue;
      }
    }
    // "the morning of 3 December", "the afternoon of Nov. 20": that part of that day.
    if (isDay(c) && c.type === 'DATE') {
      // (The pattern ends in "of" and blanks: run only where the text does.)
      const of = backOverBlanks(text, c.start, Math.max(0, c.start - 28));
      const lead = of < c.start && of - 2 >= Math.max(0, c.start - 28) && text.charCodeAt(of - 2) === 111 && text.charCodeAt(of - 1) === 102 ? PART_OF_BEFORE.exec(text.slice(Math.max(0, c.start - 28), c.start)) : null;
      const from = lead ? c.start - lead[0].length : -1;
      if (lead && (!prev || prev.end <= from)) {
        out.push({ ...c, start: from, type: 'TIME', value: `${c.value}T${PART_OF_DAY[lead[1].toLowerCase()]}` });
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

/** Whether week (a week or weekend "of" a day) is written with a range of days whose last is day, in that week. */
function weekOfRange(text: string, week: Candidate, day: Candidate): boolean {
  const d = parseYmd(day.value);
  if (!d || !isDigitCode(text.charCodeAt(week.end - 1)) || !testShort(DAY_RANGE_GAP, text.slice(week.end, day.start), '-\u2013')) return false;
  if (!/^the\s+(?:week|weekend)\s+(?:of|beginning|starting|commencing)\s/i.test(text.slice(week.start, week.end))) return false;
  return week.value === isoWeek(d) || week.value === `${isoWeek(d)}-WE`;
}

/** Whether the day c opens a range of days with next ("3.30pm, Monday to Thursday": hours kept on each of the days). */
function opensDayRange(text: string, c: Candidate, next: Candidate | undefined): boolean {
  return next !== undefined && isDay(c) && isDay(next) && next.start > c.end && next.start - c.end < 12 && DAY_RANGE_GAP.test(text.slice(c.end, next.start));
}

// (Not "the night of": TimeML marks only the day in "the night of Oct. 23", a night that runs into the next day.)
const PART_OF_BEFORE = /\b[Tt]he\s+(morning|afternoon|evening)\s+of\s+$/;

/**
 * The clock part of t ("T18:40"), on the day or part of the day d: "6:40 this evening" is 18:40, since a clock
 * written without a.m. or p.m. takes the half of the day its part names.
 */
function clockOfPart(text: string, t: Candidate, d: Candidate): string {
  const clock = t.value.slice(t.value.indexOf('T'));
  if (d.type !== 'TIME' || !/T(?:AF|EV|NI)$/.test(d.value) || !endsInClock(t.value) || /[ap]\.?m\b/i.test(text.slice(t.start, t.end))) return clock;
  const h = Number(clock.slice(1, 3));
  return h >= 1 && h <= 11 ? `T${h + 12}${clock.slice(3)}` : clock;
}

/**
 * "between 11 p.m. and 5 a.m.", "began at 10.40 pm on Sunday and continued till 2.15 am": a stretch over midnight.
 * The end falls on the next day after a day written for the start; with neither day written, in a report of what
 * happened, the start falls on the evening before. (After resolveAnchors, which gives both ends the day under
 * discussion.)
 */
export function spanMidnight(text: string, list: Candidate[]): void {
  for (let k = 1; k < list.length; k++) {
    const a = list[k - 1];
    const b = list[k];
    if (a.type !== 'TIME' || b.type !== 'TIME' || !b.inferred.includes('day') || a.value.length < 16 || b.value.length < 16) continue;
    if (a.value.slice(0, 10) !== b.value.slice(0, 10) || a.value.slice(10) <= b.value.slice(10) || !testShort(TIME_RANGE_GAP, text.slice(a.end, b.start), '-\u2013')) continue;
    const day = parseYmd(a.value.slice(0, 10));
    if (day && !a.inferred.includes('day')) b.value = `${fmtDay(addDays(day, 1))}${b.value.slice(10)}`;
    else if (day) a.value = `${fmtDay(addDays(day, -1))}${a.value.slice(10)}`;
  }
}

/** Between the two clock times of a stretch: "and", "to", "till", "until", a dash, with a few words ("and continued till"). */
const TIME_RANGE_GAP = /^[^.;!?\n]{0,48}?(?:\band|\bto|\btill|\buntil|\bthrough|[-\u2013])\s*$/i;

/**
 * The two ends of a range of months or days share a year: "February to May 2026" begins in February 2026, and
 * "from June to September" does not run backwards from one year into the one before.
 */
export function alignRanges(text: string, list: Candidate[], refDay: string | null = null): void {
  for (let k = 1; k < list.length; k++) {
    const a = list[k - 1];
    const b = list[k];
    // "from Saturday to Sunday": the second weekday comes after the first; in the past the first moves back a week
    // ("ran from Friday until Monday"), else the second moves on ("runs from Saturday to Sunday").
    if (a.type === 'DATE' && b.type === 'DATE' && b.inferred.includes('week') && isDayValue(a.value) && isDayValue(b.value) && b.value < a.value && testShort(DAY_RANGE_GAP, text.slice(a.end, b.start), '-\u2013')) {
      const from = parseYmd(a.value);
      const to = parseYmd(b.value);
      if (!from || !to) continue;
      const weeks = Math.ceil((Date.UTC(from.y, from.m - 1, from.d) - Date.UTC(to.y, to.m - 1, to.d)) / (7 * 86_400_000));
      if (tenseAt(text, a.start, a.end) === 'past') a.value = fmtDay(addDays(from, -7 * weeks));
      else b.value = fmtDay(addDays(to, 7 * weeks));
      continue;
    }
    if (a.type !== 'DATE' || b.type !== 'DATE' || !a.inferred.includes('year') || !isMonthOrDay(a.value) || !isMonthOrDay(b.value)) continue;
    const listed = listYear(text, list, k);
    if (listed) {
      a.value = `${listed}${a.value.slice(4)}`;
      continue;
    }
    if (!testShort(RANGE_GAP, text.slice(a.end, b.start), '-\u2013')) continue;
    const explicit = !b.inferred.includes('year');
    if (!explicit && a.value <= b.value) {
      if (refDay && b.value > refDay) pastRangeBack(text, a, b, refDay);
      continue;
    }
    const y = Number(b.value.slice(0, 4)) - (a.value.slice(5) > b.value.slice(5) ? 1 : 0);
    const v = `${String(y).padStart(4, '0')}${a.value.slice(4)}`;
    if (v.length === 10 && !parseYmd(v)) continue;
    a.value = v;
  }
}

/**
 * "killed between July 15 and August 15" written on 16 July: a stretch told in the past that would end after the
 * article's day is last year's (both ends yearless, of one year, and a day each).
 */
function pastRangeBack(text: string, a: Candidate, b: Candidate, refDay: string): void {
  if (a.value.length !== 10 || b.value.length !== 10 || a.value.slice(0, 4) !== b.value.slice(0, 4) || a.value > refDay) return;
  if (tenseAt(text, a.start, a.end) !== 'past' || tenseAt(text, b.start, b.end) !== 'past') return;
  const y = String(Number(a.value.slice(0, 4)) - 1).padStart(4, '0');
  const from = `${y}${a.value.slice(4)}`;
  const to = `${y}${b.value.slice(4)}`;
  if (!parseYmd(from) || !parseYmd(to)) return;
  a.value = from;
  b.value = to;
}

/** What joins the items of a list: a comma, "and", "or" ("January, February and March 2027"). */
const LIST_GAP = /^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)$/i;
/** How many months or days of a list may share the year written after the last. */
const LIST_ITEMS = 12;

/**
 * The year written after the last item of a list of months or days that starts with list[k - 1] and continues
 * with list[k] ("January, February and March 2027": 2027 for January too), when the items rise through the year;
 * else null (a range that runs into the next year, "November to February 2027", is left to the caller).
 */
function listYear(text: string, list: Candidate[], k: number): string | null {
  let prev = list[k - 1];
  for (let j = k; j < list.length && j < k + LIST_ITEMS; j++) {
    const c = list[j];
    if (c.type !== 'DATE' || !isMonthOrDay(c.value) || c.value.slice(5) < prev.value.slice(5)) return null;
    const gap = text.slice(prev.end, c.start);
    if (gap.length > 8 || !(testShort(LIST_GAP, gap, ',') || testShort(RANGE_GAP, gap, '-\u2013'))) return null;
    if (!c.inferred.includes('year')) {
      const v = `${c.value.slice(0, 4)}${list[k - 1].value.slice(4)}`;
      return v.length === 10 && !parseYmd(v) ? null : c.value.slice(0, 4);
    }
    prev = c;
  }
  return null;
}

/** What joins two weekdays into a stretch of days ("Friday and Thursday" is a list, in any order). */
const DAY_RANGE_GAP = /^\s*(?:-|\u2013|to|through|until|till)\s*$/i;
/** What joins the two ends of a range (on one line): a dash, "to", "through", "until", "and". */
const RANGE_GAP = /^\s*(?:-|\u2013|to|through|until|till|and)\s*$/i;
