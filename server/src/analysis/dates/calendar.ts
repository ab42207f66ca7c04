// Calendar arithmetic on plain year/month/day triples (UTC, no time zones) and TIMEX3 value formatting.
import type { DateAnnotation } from '../types';
import { isDigitCode } from '../chars';

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Parses YYYY-MM-DD (anything after the day is ignored); null when malformed. */
export function parseYmd(s: string | null | undefined): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s ?? '');
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return { y, m: mo, d };
}

/** Days in month m (1-12) of year y. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** YYYY-MM-DD. */
export function fmtDay(t: Ymd): string {
  return `${pad(t.y, 4)}-${pad(t.m)}-${pad(t.d)}`;
}

/** YYYY-MM. */
export function fmtMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

/** The day n days later (n may be negative). */
export function addDays(t: Ymd, n: number): Ymd {
  const dt = new Date(Date.UTC(t.y, t.m - 1, t.d + n));
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** The number of days from a to b (negative when b is before a). */
export function daysBetween(a: Ymd, b: Ymd): number {
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000);
}

/** Adds months, clamping the day to the target month's length. */
export function addMonths(t: Ymd, n: number): Ymd {
  const idx = t.y * 12 + (t.m - 1) + n;
  const y = Math.floor(idx / 12);
  const m = (idx % 12) + 1;
  return { y, m, d: Math.min(t.d, daysInMonth(y, m)) };
}

/** ISO weekday, Monday = 1 ... Sunday = 7. */
export function weekday(t: Ymd): number {
  const w = new Date(Date.UTC(t.y, t.m - 1, t.d)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week: 2025-W46. */
export function isoWeek(t: Ymd): string {
  const thursday = addDays(t, 4 - weekday(t));
  const jan1 = Date.UTC(thursday.y, 0, 1);
  const week = Math.floor((Date.UTC(thursday.y, thursday.m - 1, thursday.d) - jan1) / 86400000 / 7) + 1;
  return `${pad(thursday.y, 4)}-W${pad(week)}`;
}

/** Calendar quarter, 1-4. */
export function quarterOf(t: Ymd): number {
  return Math.floor((t.m - 1) / 3) + 1;
}

/** Shifts a TIMEX3 value by n units of its own granularity (year, half, quarter, month, week, day). */
export function shiftValue(value: string, n: number): string | null {
  let m = /^(\d{4})$/.exec(value);
  if (m) return pad(Number(m[1]) + n, 4);
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) {
    const i = Number(m[1]) * 4 + Number(m[2]) - 1 + n;
    return `${pad(Math.floor(i / 4), 4)}-Q${(i % 4) + 1}`;
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const t = addMonths({ y: Number(m[1]), m: Number(m[2]), d: 1 }, n);
    return fmtMonth(t.y, t.m);
  }
  const day = parseYmd(value);
  if (day && value.length === 10) return fmtDay(addDays(day, n));
  return null;
}

/** Shifts a value by whole years, keeping its granularity (1989-Q3 -> 1988-Q3); a decade ("197") or century ("19")
 * moves to the one that holds its first year so moved ("a decade later" than the 1970s is the 1980s). */
export function shiftYears(value: string, n: number): string | null {
  // (Read by code, not /^\d{2,3}$/, /^(\d{4})(.*)$/ and /^-\d{2}-(\d{2})$/: values are one-byte and two-byte strings, and each
  // regex would be compiled for both.)
  if ((value.length === 2 || value.length === 3) && digitsAt(value, 0, value.length)) {
    const span = value.length === 3 ? 10 : 100;
    const first = Number(value) * span + n;
    return first < 0 ? null : String(Math.floor(first / span)).padStart(value.length, '0');
  }
  // ("44 BC ... a year later": a year before Christ counts on to 1 BC, then AD 1; its month and day, if any, kept.)
  if (value.charCodeAt(0) === 66 && value.charCodeAt(1) === 67 && digitsAt(value, 2, 4) && (value.length === 6 || value.charCodeAt(6) === 45)) {
    const y = 1 - Number(value.slice(2, 6)) + n;
    return `${y <= 0 ? `BC${pad(1 - y, 4)}` : pad(y, 4)}${value.slice(6)}`;
  }
  if (!digitsAt(value, 0, 4)) return null;
  // ("." stops at line terminators.)
  for (let i = 4; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return null;
  }
  const rest = value.slice(4);
  const year = Number(value.slice(0, 4));
  if (rest === '-02-29') return `${pad(year + n, 4)}-02-28`;
  return `${pad(year + n, 4)}${rest}`;
}

/** Whether v[from, from+n) are all ASCII digits. */
export function digitsAt(v: string, from: number, n: number): boolean {
  if (from < 0 || from + n > v.length) return false;
  for (let i = from; i < from + n; i++) if (!isDigitCode(v.charCodeAt(i))) return false;
  return true;
}

/** The first month of each TIMEX3 season (winter runs December to February). */
export const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, AU: 9, WI: 12 };

/** The Monday of ISO week `week` of `year` (week 1 holds 4 January). */
export function isoWeekMonday(year: number, week: number): Ymd {
  const jan4: Ymd = { y: year, m: 1, d: 4 };
  return addDays(jan4, (week - 1) * 7 - (weekday(jan4) - 1));
}

/**
 * A key that sorts TIMEX3 values by when they begin: "2025-Q2" (April) before "2025-11", a week at its Monday, a
 * decade ("199") at 1990, a coarser value before a finer one that begins with it ("2025" before "2025-01-01"), and
 * a value of which only the year is known ("Diwali", 2025-XX-XX; "a week of 1989", 1989-WXX) just after its year,
 * and years before Christ ("BC0044") before all of them.
 * Values that are no point in time (durations, the vague PAST_REF, PRESENT_REF and FUTURE_REF in that order, then
 * values of no known year, in the text's order) sort after all of them.
 */
export function chronologicalKey(value: string): string {
  let m: RegExpExecArray | null;
  let start: string | null = null;
  const c = value.charCodeAt(0);
  // "753 BC" before "44 BC" before any year of the era: the more years before Christ, the earlier (a century at its
  // first year, "BC04" at 500 BC).
  if (c === 66 && (m = /^BC(\d{2}|\d{4})(-\d{2}(?:-\d{2})?)?$/.exec(value))) {
    const years = m[1].length === 2 ? (Number(m[1]) + 1) * 100 : Number(m[1]);
    return `/${pad(10000 - years, 4)}${m[2] ?? ''} ${pad(value.length)} ${value}`;
  }
  if (c === 80 || c === 70) {
    // (P, F: "PAST_REF" and "FUTURE_REF" sort as the past, the present and the future, not as spelt.)
    const ref = REF_ORDER[value];
    if (ref) return ref;
  } else if (value.length > 5 && value.includes('X') && (m = /^(\d{4})-(?:XX|XX-XX|QX|WXX)$/.exec(value))) {
    return `0${m[1]}-01-01 04 ${value}`;
  }
  if ((m = /^(\d{4}-\d{2}-\d{2})(T[\d:]+|T(?:MO|AF|EV|NI))?$/.exec(value))) start = value;
  else if ((m = /^(\d{4})-(\d{2})$/.exec(value))) start = `${m[1]}-${m[2]}-01`;
  else if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) start = `${m[1]}-${pad(3 * Number(m[2]) - 2)}-01`;
  else if ((m = /^(\d{4})-H([12])$/.exec(value))) start = `${m[1]}-${m[2] === '1' ? '01' : '07'}-01`;
  else if ((m = /^(\d{4})-(SP|SU|FA|AU|WI)$/.exec(value))) start = `${m[1]}-${pad(SEASON_START[m[2]])}-01`;
  else if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) start = fmtDay(addDays(isoWeekMonday(Number(m[1]), Number(m[2])), m[3] ? 5 : 0));
  else if ((m = /^(\d{4})$/.exec(value))) start = `${m[1]}-01-01`;
  else if ((m = /^(\d{3})$/.exec(value))) start = `${m[1]}0-01-01`;
  else if ((m = /^(\d{2})$/.exec(value))) start = `${m[1]}00-01-01`;
  if (start) return `0${start.slice(0, 10)} ${pad(value.length)} ${value}`;
  // Values of no known year ("a Thursday", "October" with no year) have no order of their own: they keep the text's.
  return c === 88 ? '1X' : `1${value}`;
}
const REF_ORDER: Record<string, string> = { PAST_REF: '1R0', PRESENT_REF: '1R1', FUTURE_REF: '1R2' };

/**
 * The dates a timeline lists: days, periods and times, and each duration counted from another date ("two days
 * later") as the date it reaches. The text and position stay the expression's.
 */
export function onTimeline(dates: readonly DateAnnotation[]): DateAnnotation[] {
  const out: DateAnnotation[] = [];
  for (const d of dates) {
    if (d.type === 'DATE' || d.type === 'TIME') out.push(d);
    else if (d.point) out.push({ ...d, type: 'DATE', value: d.point, mod: undefined });
  }
  return out;
}

/**
 * Items in date order (chronologicalKey), then by start where they have one; each distinct value keyed once. With the
 * article's date as `present`, "now" (PRESENT_REF) stands at it, not after every dated item.
 */
export function inDateOrder<T extends { value: string; start?: number; fiscal?: { from?: string } }>(items: readonly T[], present: string | null = null): T[] {
  const keys = new Map<string, string>();
  // (A part of a fiscal year whose months are known stands at its first month: "Q1 FY2025-26", 2026-Q1, in April 2025.)
  const at = (d: T): string => d.fiscal?.from ?? d.value;
  for (const d of items) {
    const v = at(d);
    if (!keys.has(v)) keys.set(v, chronologicalKey(present && v === 'PRESENT_REF' ? present : v));
  }
  return [...items].sort((a, b) => {
    const x = keys.get(at(a))!;
    const y = keys.get(at(b))!;
    return x < y ? -1 : x > y ? 1 : (a.start ?? 0) - (b.start ?? 0);
  });
}
