// Rules for dates that name a day of the month: full dates, ranges and lists of days, ordinal days, numeric dates.
// Apart from the month and year rules because only these read the number of a day, a range or a list of days.
import { addMonths, fmtMonth, daysInMonth } from './calendar';
import type { Made, Rule, RuleContext } from './candidate';
import { MONTH_RE, SPOKEN_YEAR_RE, WEEKDAY_RE, ORDINAL_DAY_RE, ordinalDay, parseSpokenYear, MONTH_HINT, MONTH_WORD_HINT, DIGIT_HINT } from './lexicon';
import { startsWithDigit } from './textTests';
import { isWordCode, testLong, testShort } from '../chars';
import { B, E, re, monthNo, capitalised, pad, REL_YEAR, dayDate, DASHED_DIGITS } from './rulesCalendarShared';

/**
 * Like B, but a date may follow the dash of a range that crosses months: a month after a day or a month ("Feb.
 * 28-March 2"), a day after a month ("30 June-2 July"; after a number, "14-9 November" is a score).
 */
const BR_MONTH = `(?<!\\w)(?<!(?<!\\d|${MONTH_RE})-)`;
const BR_DAY = `(?<!\\w)(?<!(?<!${MONTH_RE})-)`;

/** A year written after a day: four digits that are no clock time ("Nov. 19, 0900 GMT", "NOV. 17, 1430 GMT"). */
const YEAR_AFTER_DAY = '[12]\\d{3}(?!\\s*(?:GMT|UTC|Z|ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|CET|CEST|BST|MSK|EAT|IST|JST|AEST|AEDT|GST|hrs|hours|h|local)\\b)';
const DAY_YEAR = `(${YEAR_AFTER_DAY}|${REL_YEAR})`;

/** Before a range of two days: "the night of", "night of". */
const NIGHT_OF_BEFORE = /\bnights?\s+of\s+$/i;

/**
 * "in the night of 9 to 10 September", "the night of Sept. 9-10": one night, from the first day into the next, dated by
 * its first day as TimeML dates "the night of Oct. 23"; other ranges and lists of days as made.
 */
function oneNight(ctx: RuleContext, start: number, join: string, days: { day: number }[], made: Made[] | null): Made[] | null {
  if (!made || made.length !== 2 || days[1].day !== days[0].day + 1 || ctx.s.charCodeAt(start - 1) !== 32 || /and|or/i.test(join)) return made;
  return testLong(NIGHT_OF_BEFORE, ctx.s.slice(Math.max(0, start - 12), start)) ? [{ ...made[0], end: made[1].end }] : made;
}

/** A day and what joins it to the next: every range or list of days holds one ("14-", "3 and ", "14th to "). */
const DAY_JOIN_HINT = /\d(?:st|nd|rd|th)?(?:\s*[-\u2013]|,?\s+(?:to|and|or|through|until|till)\s)/;

/** An ordinal before "of": every "the twelfth of March" and "the 5th of this month" holds one. */
const ORDINAL_OF_HINT = /(?:st|nd|rd|th)\s+(?:day\s+)?of\s/;

/** A day of the month in digits, with an optional ordinal ending. */
const DAY_NO = '\\d{1,2}(?:st|nd|rd|th)?';
/** What joins the days of a range or a list: a dash, "to", "and", "through" ... */
const DAY_JOIN = '(?:\\s*[-\u2013]\\s*|,?\\s+(?:to|and|or|through|until|till)\\s+(?:the\\s+)?)';
/** After the last day of "May 3 and 4": a word that lets it be a day rather than a count ("4 people"). */
// (And "that" after a time: "argued at hearings on Oct. 14 and 15 that".)
const AFTER_LISTED_DAY = /^(?:\s*(?:[^\w\s]|$)|\s+(?:in|at|on|the|to|when|and|or|but|with|for|as|before|after|during|while|is|was|were|will|would|by|from|of|respectively|this|last|next|that)\b)/;
/** After the last day: a time, an amount or a ratio, not a day ("March 3 to 5 p.m.", "3-5%"). */
/** AFTER_LISTED_DAY.test(s); "" and one character (one-byte on a two-byte article: a second compile) read by code: "" and any non-word character match. */
function afterListedDay(s: string): boolean {
  return s.length > 1 ? AFTER_LISTED_DAY.test(s) : s.length === 0 || !isWordCode(s.charCodeAt(0));
}
const NOT_A_DAY_AFTER = /^\s*(?:%|percent\b|[ap]\.?m\b|o'clock|[.,:]\d)/i;

/**
 * The dates of a range or list of days in one month: "14-16 November 2025", "3, 4 and 5 December", "Nov. 14-16".
 * `days` are the day numbers with where each is written (the month-first form's first one reaching back over the
 * month); the last one carries the month and year, and the others share them. Days must rise; null otherwise.
 */
function listedDays(ctx: RuleContext, month: number, year: string | undefined, days: { start: number; end: number; day: number }[], joinedByWord: boolean): Made[] | null {
  const last = days[days.length - 1];
  if (testShort(NOT_A_DAY_AFTER, ctx.s.slice(last.end, last.end + 10), '%')) return null;
  if (joinedByWord && !afterListedDay(ctx.s.slice(last.end, last.end + 16))) return null;
  // Rising days below the last one, which dayDate checks, all exist.
  if (days[0].day < 1) return null;
  for (let k = 1; k < days.length; k++) if (days[k].day <= days[k - 1].day) return null;
  const made = dayDate(ctx, last.start, last.end, month, last.day, year);
  if (!made) return null;
  const out: Made[] = [];
  for (let k = 0; k < days.length - 1; k++) {
    const d = days[k];
    out.push({ ...made, start: d.start, end: d.end, value: `${made.value.slice(0, 8)}${pad(d.day)}`, inferred: [...made.inferred] });
  }
  out.push(made);
  return out;
}

/** Where each day number of `list` (a part of the match starting at `at`) is written. */
function daysIn(list: string, at: number): { start: number; end: number; day: number }[] {
  const out: { start: number; end: number; day: number }[] = [];
  const re = /\d{1,2}(?:st|nd|rd|th)?/g;
  for (let m = re.exec(list); m; m = re.exec(list)) out.push({ start: at + m.index, end: at + m.index + m[0].length, day: parseInt(m[0], 10) });
  return out;
}

/** The first word of a feast named by its weekday: "Palm Sunday", "Good Friday", "Easter Monday", "Ash Wednesday". */
const FEAST_WORD_BEFORE = /(?<![\w-])(?:Palm|Easter|Good|Holy|Maundy|Ash|Whit)\s$/;
/** Where a date that opens with a weekday starts: before the feast's first word, when the weekday names a feast ("Palm Sunday, April 13"). */
function feastStart(s: string, start: number): number {
  const m = s.charCodeAt(start - 1) === 32 ? FEAST_WORD_BEFORE.exec(s.slice(Math.max(0, start - 8), start)) : null;
  return m ? start - m[0].length : start;
}

/** Dates that name a day of the month, in calendarRules' order. */
export const dayRules: Rule[] = [
  {
    // Friday, Nov. 13, 2025 / Nov. 13 / November 13th, 2025
    name: 'month-day-year',
    reach: 40,
    hint: MONTH_HINT,
    gate: [MONTH_WORD_HINT],
    also: [DIGIT_HINT],
    re: re(`${BR_MONTH}(?:(${WEEKDAY_RE}),?\\s+)?(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?${E}(?:,?\\s+(?:of\\s+)?(${YEAR_AFTER_DAY}|'\\d\\d|${REL_YEAR})${E})?`),
    make: (m, ctx) => {
      if (!capitalised(m[2])) return null;
      return dayDate(ctx, m[1] ? feastStart(ctx.s, m.index) : m.index, m.index + m[0].length, monthNo(m[2]), Number(m[3]), m[4], m[1]);
    },
    priority: 5,
  },
  {
    // 13 November 2025 / 13th of November
    name: 'day-month-year',
    reach: 40,
    hint: MONTH_HINT,
    // (The day's figure and the month after it: a chunk with both apart has none.)
    gate: [MONTH_WORD_HINT, /\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/],
    also: [DIGIT_HINT],
    re: re(`${BR_DAY}(?:(${WEEKDAY_RE}),?\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE})${E}(?:,?\\s+${DAY_YEAR}${E})?`),
    make: (m, ctx) => {
      if (!capitalised(m[3])) return null;
      // "The 26 October parliamentary elections": the article is the noun's ("the 26th of October" keeps it).
      const the = !m[1] && /^the\s/i.test(m[0]) && !/\sof\s/i.test(m[0]) ? m[0].indexOf(m[2]) : 0;
      return dayDate(ctx, m[1] ? feastStart(ctx.s, m.index) : m.index + the, m.index + m[0].length, monthNo(m[3]), Number(m[2]), m[4], m[1]);
    },
    priority: 5,
  },
  {
    // 14-16 November 2025, 3, 4 and 5 December, the 14th to the 16th of November, 18-19 December last year: each day a date
    name: 'day-range',
    reach: 60,
    hint: MONTH_HINT,
    gate: [MONTH_WORD_HINT],
    also: [DAY_JOIN_HINT],
    re: re(`${B}(?:the\\s+)?((?:${DAY_NO},\\s+)*${DAY_NO})(${DAY_JOIN})(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE})${E}(?:,?\\s+(\\d{4})${E}|\\s+(${REL_YEAR})(?![\\w'’]))?`),
    make: (m, ctx) => {
      if (!capitalised(m[4])) return null;
      const listAt = m.index + m[0].indexOf(m[1]);
      const lastAt = listAt + m[1].length + m[2].length;
      const days = daysIn(m[1], listAt);
      days.push({ start: lastAt, end: m.index + m[0].length, day: Number(m[3]) });
      return oneNight(ctx, m.index, m[2], days, listedDays(ctx, monthNo(m[4]), m[5] ?? m[6], days, false));
    },
    priority: 6,
  },
  {
    // Nov. 14-16, March 3-5, 2026, Dec. 3, 4 and 5, December 18-19 last year: the first day keeps the month, each day is a date
    name: 'month-day-range',
    reach: 40,
    hint: MONTH_HINT,
    gate: [MONTH_WORD_HINT],
    also: [DAY_JOIN_HINT],
    re: re(`${B}(${MONTH_RE})\\s+(${DAY_NO})((?:,\\s+${DAY_NO})*)(${DAY_JOIN})(\\d{1,2})(?:st|nd|rd|th)?${E}(?:,?\\s+(\\d{4}|'\\d\\d)${E}|\\s+(${REL_YEAR})(?![\\w'’]))?`),
    make: (m, ctx) => {
      if (!capitalised(m[1])) return null;
      const restAt = m.index + m[0].indexOf(m[2], m[1].length) + m[2].length;
      const days = [{ start: m.index, end: restAt, day: parseInt(m[2], 10) }];
      days.push(...daysIn(m[3], restAt));
      const lastAt = restAt + m[3].length + m[4].length;
      const end = m.index + m[0].length;
      // The year, when written, belongs to the last day ("Nov. 14-16, 2025"); otherwise it ends at its number.
      days.push({ start: lastAt, end, day: Number(m[5]) });
      return oneNight(ctx, m.index, m[4], days, listedDays(ctx, monthNo(m[1]), m[6] ?? m[7], days, !testShort(/[-\u2013]/, m[4], '-\u2013')));
    },
    priority: 6,
  },
  {
    // the twelfth of March, the twenty-first of December 2025, and as treaties and laws write it: "the first day of
    // March", "Done at Geneva this fourth day of March, two thousand and twenty-five"
    name: 'ordinal-day',
    reach: 48,
    hint: MONTH_HINT,
    gate: [MONTH_WORD_HINT],
    also: [ORDINAL_OF_HINT],
    // (And in digits: "Done at Geneva, this 3rd day of March, 2026", "Signed at London this 1st day of April 2026".)
    re: re(`${B}(?:the|this)\\s+(${ORDINAL_DAY_RE}|\\d{1,2}(?:st|nd|rd|th))\\s+(?:day\\s+)?of\\s+(${MONTH_RE})${E}(?:,?\\s+(?:in\\s+the\\s+year\\s+)?(?:${DAY_YEAR}|(${SPOKEN_YEAR_RE}))${E})?`),
    make: (m, ctx) => {
      if (!capitalised(m[2])) return null;
      // "this" only opens the treaty form, with "day of": "this fifth of March" is no English.
      if (/^this/i.test(m[0]) && !/\sday\s/i.test(m[0])) return null;
      const spoken = m[4] ? parseSpokenYear(m[4]) : null;
      const day = startsWithDigit(m[1]) ? parseInt(m[1], 10) : ordinalDay(m[1]);
      if (day < 1 || day > 31) return null;
      return dayDate(ctx, m.index, m.index + m[0].length, monthNo(m[2]), day, spoken ? String(spoken) : m[3]);
    },
    priority: 5,
  },
  {
    // the 5th of this month, the twelfth of last month
    name: 'day-of-month',
    reach: 40,
    hint: /month/,
    also: [ORDINAL_OF_HINT],
    re: re(`${B}the\\s+(\\d{1,2}(?:st|nd|rd|th)|${ORDINAL_DAY_RE})\\s+of\\s+(this|last|next)\\s+month${E}`),
    make: (m, ctx) => {
      const day = startsWithDigit(m[1]) ? parseInt(m[1], 10) : ordinalDay(m[1]);
      const start = m.index;
      const end = start + m[0].length;
      if (day < 1 || day > 31) return null;
      if (!ctx.ref) return { start, end, type: 'DATE', value: `XXXX-XX-${pad(day)}`, inferred: ['month'], relative: true };
      const rel = m[2].toLowerCase();
      const t = addMonths({ ...ctx.ref, d: 1 }, rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
      if (day > daysInMonth(t.y, t.m)) return null;
      return { start, end, type: 'DATE', value: `${fmtMonth(t.y, t.m)}-${pad(day)}`, inferred: [], relative: true };
    },
    priority: 5,
  },
  {
    // "on 17th instant", "the 2nd inst.", "the 28th ultimo", "the 3rd proximo": official South Asian (and old
    // commercial) style for a day of this month, of the last one and of the next
    name: 'day-instant',
    reach: 16,
    hint: /instant|ultimo|proximo|\binst\.|\bult\.|\bprox\./,
    re: re(`${B}(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(instant|inst\\.|ultimo|ult\\.|proximo|prox\\.)(?![\\w-])`),
    make: (m, ctx) => {
      const day = Number(m[1]);
      const start = m.index;
      const end = start + m[0].length;
      if (day < 1 || day > 31) return null;
      if (!ctx.ref) return { start, end, type: 'DATE', value: `XXXX-XX-${pad(day)}`, inferred: ['month'], relative: true };
      const w = m[2].charCodeAt(0) | 32;
      const t = addMonths({ ...ctx.ref, d: 1 }, w === 117 ? -1 : w === 112 ? 1 : 0);
      if (day > daysInMonth(t.y, t.m)) return null;
      return { start, end, type: 'DATE', value: `${fmtMonth(t.y, t.m)}-${pad(day)}`, inferred: [], relative: true };
    },
    priority: 5,
  },
  {
    // 2025-11-13, 11/13/2025, 11/13/98, 2025-11-14T08:00:00Z (a time, to the minute)
    name: 'numeric',
    reach: 12,
    hint: DASHED_DIGITS,
    // (and the US order with dashes, as a filing stamp writes it: "Filed 11-13-25", "11-13-2025"; "27-11-2026" is
    // day first, and so is "05-12-2026" in a document that writes its dates so)
    re: re(`${B}(?:(\\d{4})-(\\d{2})-(\\d{2})(?:T([01]\\d|2[0-3]):([0-5]\\d)(?::[0-5]\\d(?:\\.\\d+)?)?(?:Z|[+-]\\d\\d:?\\d\\d)?)?|(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})|(\\d{2})-(\\d{2})-(\\d{4}|\\d{2})(?:\\s+([01]\\d|2[0-3])([0-5]\\d)(?:[A-Z]{2,4})?)?)(?![\\w/-])`),
    make: (m) => {
      const yy = m[8] ?? m[11];
      const y = m[1] ? Number(m[1]) : yy.length === 2 ? 1900 + Number(yy) + (Number(yy) < 50 ? 100 : 0) : Number(yy);
      let mo = Number(m[2] ?? m[6] ?? m[9]);
      let d = Number(m[3] ?? m[7] ?? m[10]);
      // "27-11-2026": a day over twelve before the month is South Asian and European copy's day first.
      if (m[9] && mo > 12 && d <= 12) [mo, d] = [d, mo];
      if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
      const day = `${fmtMonth(y, mo)}-${pad(d)}`;
      if (m[4]) return { start: m.index, end: m.index + m[0].length, type: 'TIME', value: `${day}T${m[4]}:${m[5]}`, inferred: [], relative: false };
      // ("08-16-90 2041EDT": a wire's filing stamp, the day and the time.)
      if (m[12]) return { start: m.index, end: m.index + m[0].length, type: 'TIME', value: `${day}T${m[12]}:${m[13]}`, inferred: [], relative: false };
      return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: day, inferred: [], relative: false };
    },
    priority: 5,
  },
  {
    // "on 28/11", "from 15/3": a day and month with a slash and no year after a preposition of time, when the order is
    // plain from a figure over twelve (day first, "28/11"; month first, "11/28"). ("24/7" and fractions have none.)
    name: 'day-slash-month',
    reach: 8,
    hint: DASHED_DIGITS,
    // (Then the clause goes on or ends: "on 24/7 duty", "by 15/12 points" count.)
    re: re(`(?<=\\b(?:on|from|until|till|by|since|before|after)\\s)(\\d{1,2})/(\\d{1,2})(?=\\s*(?:[,;:)!?]|\\.(?!\\d)|$)|\\s+(?:and|to|at|in|the|when|as|until|till|through|[-\u2013\u2014])\\s)`),
    make: (m, ctx) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      if (a > 12 && b >= 1 && b <= 12) return dayDate(ctx, m.index, m.index + m[0].length, b, a);
      if (b > 12 && a >= 1 && a <= 12) return dayDate(ctx, m.index, m.index + m[0].length, a, b);
      return null;
    },
    priority: 4,
  },
];
