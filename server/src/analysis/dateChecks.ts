// Checks on the dates an article writes: a weekday that does not fall on the day written beside it ("Friday, Oct. 30"
// when 30 October 2025 is a Thursday) is a slip a fact checker wants to see.
import type { DateAnnotation, Finding } from './types';
import { fmtDay, parseYmd, weekday } from './dates/calendar';
import { MONTHS, MONTH_NAMES, WEEKDAYS, WEEKDAY_NAMES } from './dates/lexicon';

/** A weekday opening a date's text ("Friday, Oct. 30", "Friday 30 October"). */
const WEEKDAY_FIRST = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i;
/**
 * A weekday, maybe abbreviated, right before a date on its line ("Sun., Nov. 10", "Monday, 10/11/2025"); a full stop
 * only after an abbreviation ("... on Saturday.\n\n15:10 GMT -" is another sentence's).
 */
const WEEKDAY_BEFORE = /\b(Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:(?:day|nesday|sday|urday|rsday)|\.)?,?[ \t]+$/i;

/** A `date-mismatch` finding for each day written with a weekday it does not fall on. */
export function weekdayMismatches(dates: readonly DateAnnotation[], text = ''): Finding[] {
  const out: Finding[] = [];
  for (const d of dates) {
    // (A time of a day is checked by its day: "Fri 28 Nov 2026 09.15 GMT", "Thursday 26 November 2026, 14:32".)
    const timed = d.type === 'TIME' && d.value.length > 10 && d.value.charCodeAt(10) === 84;
    if (!timed && (d.type !== 'DATE' || d.value.length !== 10)) continue;
    const w = WEEKDAY_FIRST.exec(d.text) ?? WEEKDAY_BEFORE.exec(text.slice(Math.max(0, d.start - 14), d.start));
    const day = w ? parseYmd(timed ? d.value.slice(0, 10) : d.value) : null;
    if (!w || !day) continue;
    const written = WEEKDAYS[w[1].toLowerCase()];
    const actual = weekday(day);
    if (written === actual) continue;
    const name = (i: number) => WEEKDAY_NAMES[i - 1][0].toUpperCase() + WEEKDAY_NAMES[i - 1].slice(1);
    // (A year the text left out was inferred; the day may be right in another year. Figures read month first may be meant
    // day first: "Monday, 10/11/2025".)
    const inferred = d.inferred?.includes('year') ? ' (year inferred from the article date)' : '';
    const swapped = /^\d/.test(d.text) && !d.calendar && day.d <= 12 && day.m !== day.d ? { y: day.y, m: day.d, d: day.m } : null;
    const dayFirst = swapped && weekday(swapped) === written ? ` Read day first, it is ${fmtDay(swapped)}, a ${name(written)}.` : '';
    out.push({
      code: 'date-mismatch',
      severity: 'warning',
      start: d.start,
      end: d.end,
      message: `"${d.text}": ${timed ? d.value.slice(0, 10) : d.value} is a ${name(actual)}, not a ${name(written)}${inferred}.${dayFirst || ' Check the day or the weekday.'}`,
      reasons: ['weekday'],
    });
  }
  return out;
}

/** Longest day of each month in any year (February 29 in leap years). */
const LONGEST = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** A day number a month may lack: 29 to 99 (February has 28 or 29 days; no month has more than 31). */
const HIGH_DAY_RE = /\b(29|3\d|[4-9]\d)(?:st|nd|rd|th)?\b/g;
/** A month's name, capitalised as in running text, full or cut short. */
const MONTH_WORD = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
/** A month's name right before a day ("Feb. 30", "April 31st"). */
const MONTH_BEFORE_RE = new RegExp(`\\b${MONTH_WORD}\\.?\\s+$`);
/** A month's name right after a day ("31 April"). */
const MONTH_AFTER_RE = new RegExp(`^\\s+${MONTH_WORD}\\b`);

/** A `date-mismatch` finding for each day its month does not have ("Feb. 30", "31 April"): no date is read there. */
export function impossibleDays(text: string, from = 0): Finding[] {
  const out: Finding[] = [];
  // Only the days from 29 on are read (far rarer than month names), then the month beside them.
  HIGH_DAY_RE.lastIndex = from;
  for (let m = HIGH_DAY_RE.exec(text); m; m = HIGH_DAY_RE.exec(text)) {
    const day = Number(m[1]);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 3);
    if (/^[\d:.,]\d/.test(after)) continue;
    const before = MONTH_BEFORE_RE.exec(text.slice(Math.max(0, m.index - 12), m.index));
    const next = before ? null : MONTH_AFTER_RE.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 12));
    const name = before?.[1] ?? next?.[1];
    if (!name) continue;
    const month = MONTHS[name.toLowerCase()] - 1;
    if (day <= LONGEST[month] || day > 31) continue;
    const start = before ? m.index - before[0].length : m.index;
    const end = before ? m.index + m[0].length : m.index + m[0].length + next![0].length;
    out.push({
      code: 'date-mismatch',
      severity: 'warning',
      start,
      end,
      message: `"${text.slice(start, end)}": ${MONTH_NAMES[month]} has no day ${day}. Check the date.`,
      reasons: ['no-such-day'],
    });
  }
  return out;
}
