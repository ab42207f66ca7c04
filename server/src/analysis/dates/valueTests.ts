// Tests of a TIMEX3 value's shape, read by code rather than by regex: a day, a clock, a part of the day, a quarter,
// a month or day, a decade or century; a clock's minutes and a period's first month. Apart because both the
// joining passes and the anchoring read them.
import { digitsAt } from './calendar';
import { monthOfAnchor } from './resolve';
import { isAsciiUpperCode, isDigitCode } from '../chars';

/** `/^(?:\d{4}|XXXX)-\d{2}-\d{2}$/` */
export function isDayValue(v: string): boolean {
  return v.length === 10 && (digitsAt(v, 0, 4) || v.startsWith('XXXX')) && v.charCodeAt(4) === 45 && digitsAt(v, 5, 2) && v.charCodeAt(7) === 45 && digitsAt(v, 8, 2);
}

/** `/T\d{2}:\d{2}(?::\d{2})?$/` */
export function endsInClock(v: string): boolean {
  let n = v.length;
  // (With seconds: "T06:42:15".)
  if (n >= 9 && v.charCodeAt(n - 3) === 58 && v.charCodeAt(n - 9) === 84) n -= 3;
  return n >= 6 && v.charCodeAt(n - 6) === 84 && digitsAt(v, n - 5, 2) && v.charCodeAt(n - 3) === 58 && digitsAt(v, n - 2, 2);
}

/** `/[\dX]T[A-Z]{2}$/`: a day's part ("TMO") */
export function endsInPartOfDay(v: string): boolean {
  const n = v.length;
  const c = v.charCodeAt(n - 4);
  return n >= 4 && v.charCodeAt(n - 3) === 84 && (isDigitCode(c) || c === 88) && isAsciiUpperCode(v.charCodeAt(n - 2)) && isAsciiUpperCode(v.charCodeAt(n - 1));
}

/** `/^\d{4}-Q\d$/` */
export function isQuarterValue(v: string): boolean {
  return v.length === 7 && digitsAt(v, 0, 4) && v.charCodeAt(4) === 45 && v.charCodeAt(5) === 81 && isDigitCode(v.charCodeAt(6));
}

/**
 * `YYYY-MM` or `YYYY-MM-DD`, a month or a day of a known year (`/^\d{4}-\d{2}(?:-\d{2})?$/` read by code: values are
 * built from one-byte and two-byte slices alike, and the regex would be compiled once for each).
 */
export function isMonthOrDay(v: string): boolean {
  const n = v.length;
  return (n === 7 || n === 10) && digitsAt(v, 0, 4) && v.charCodeAt(4) === 45 && digitsAt(v, 5, 2) && (n === 7 || (v.charCodeAt(7) === 45 && digitsAt(v, 8, 2)));
}

/** Minutes since midnight of a clock "HH:MM" (seconds ignored). */
export function clockMinutes(v: string): number {
  return Number(v.slice(0, 2)) * 60 + Number(v.slice(3, 5));
}

/** The first month of a quarter, half or season value ("2025-Q3" 7), or 0. */
export function monthOfPeriod(v: string): number {
  return v.length === 7 && v.charCodeAt(4) === 45 && isAsciiUpperCode(v.charCodeAt(5)) ? (monthOfAnchor(v) ?? 0) : 0;
}

/** A decade ("197") or century ("19") value. */
export function isDecadeOrCentury(v: string): boolean {
  return (v.length === 2 || v.length === 3) && digitsAt(v, 0, v.length);
}

/** `v.replace(/T.*$/, '')`: the value without its time part (values hold no line breaks, but a regex-exact fallback stays). */
export function beforeClock(v: string): string {
  const t = v.indexOf('T');
  if (t < 0) return v;
  for (let i = t; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return v.replace(/T.*$/, '');
  }
  return v.slice(0, t);
}
