// Checks on the dates an article writes: a weekday that does not fall on the day written beside it ("Friday, Oct. 30"
// when 30 October 2025 is a Thursday) is a slip a fact checker wants to see.
import type { DateAnnotation, Finding } from './types';
import { parseYmd, weekday } from './dates/calendar';

const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** A weekday opening a date's text ("Friday, Oct. 30", "Friday 30 October"). */
const WEEKDAY_FIRST = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i;

/** A `date-mismatch` finding for each day written with a weekday it does not fall on. */
export function weekdayMismatches(dates: readonly DateAnnotation[]): Finding[] {
  const out: Finding[] = [];
  for (const d of dates) {
    if (d.type !== 'DATE' || d.value.length !== 10) continue;
    const w = WEEKDAY_FIRST.exec(d.text);
    const day = w ? parseYmd(d.value) : null;
    if (!w || !day) continue;
    const written = WEEKDAY_NAMES.indexOf(w[1].toLowerCase()) + 1;
    const actual = weekday(day);
    if (written === actual) continue;
    const name = (i: number) => WEEKDAY_NAMES[i - 1][0].toUpperCase() + WEEKDAY_NAMES[i - 1].slice(1);
    // (A year the text left out was inferred; the day may be right in another year.)
    const inferred = d.inferred?.includes('year') ? ' (year inferred from the article date)' : '';
    out.push({
      code: 'date-mismatch',
      severity: 'warning',
      start: d.start,
      end: d.end,
      message: `"${d.text}": ${d.value} is a ${name(actual)}, not a ${name(written)}${inferred}. Check the day or the weekday.`,
      reasons: ['weekday'],
    });
  }
  return out;
}

const MONTH_KEYS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Longest day of each month in any year (February 29 in leap years). */
const LONGEST = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** A day number a month may lack: 29 to 99 (February has 28 or 29 days; no month has more than 31). */
const HIGH_DAY_RE = /\b(29|3\d|[4-9]\d)(?:st|nd|rd|th)?\b/g;
/** A month's name right before a day ("Feb. 30", "April 31st"). */
const MONTH_BEFORE_RE = /\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+$/;
/** A month's name right after a day ("31 April"). */
const MONTH_AFTER_RE = /^\s+(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/;

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
    const month = MONTH_KEYS.indexOf(name.slice(0, 3).toLowerCase());
    if (month < 0 || day <= LONGEST[month] || day > 31) continue;
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
