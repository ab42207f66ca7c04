// Resolving relative expressions against the reference date, the way a news reader does.
import { SEASON_START, addDays, addMonths, fmtDay, fmtMonth, isoWeek, quarterOf, weekday, type Ymd } from './calendar';
import type { Tense } from './context';
import type { Unit } from './lexicon';

/** How a word before the expression places it: "last", "next", "this", "since" (some time up to now). */
/**
 * How a yearless date stands to the reference date, besides the clause's tense: "last", "next", "this", "since",
 * "ahead" (a future said in the present tense, "will ... in December": this month or a later one), or "timetable" (a
 * day a schedule in the present gives, "Term starts on 22 September": within the month gone or the eleven to come).
 */
export type Rel = 'last' | 'next' | 'this' | 'since' | 'ahead' | 'timetable' | null;

export interface Resolved {
  value: string;
  /** Parts taken from the reference date or by convention, in words. */
  inferred: string[];
  /** Relative to the reference date (so unresolved without one). */
  relative: boolean;
}

const r = (value: string): Resolved => ({ value, inferred: [], relative: true });
const pad4 = (n: number): string => String(n).padStart(4, '0');

/** Month offsets allowed for a yearless date in past and in future narration. */
const PAST_WINDOW = [-10.5, 3];
const FUTURE_WINDOW = [-3, 9];
/** A future in the present tense: this month or one of the next eleven. */
const AHEAD_WINDOW = [-1, 11];
/** Without a clear tense, news leans to the past. */
const UNKNOWN_WINDOW = [-7, 5];
/** The month offsets from the reference date (low exclusive, high inclusive) a yearless date told in a clear past or future falls in. */
export function tenseWindow(tense: 'past' | 'future'): number[] {
  return tense === 'past' ? PAST_WINDOW : FUTURE_WINDOW;
}

/** Months from the reference date to year y, month m, day d (fractional). */
export function monthsFrom(ref: Ymd, y: number, m: number, d: number): number {
  return (y - ref.y) * 12 + (m - ref.m) + (d - ref.d) / 31;
}

/**
 * Of the years around `guess` in another calendar (the Hijri, the Iranian), the one whose day, as `toGregorian` gives
 * it, lies nearest the reference day; in a clause told in the past (or the future), the nearest within the window of
 * months a yearless Gregorian date of that tense takes ("Eid was celebrated after 29th Ramazan" in December is the
 * Ramadan gone, not the one three months ahead).
 */
export function nearestYearOf(ref: Ymd, guess: number, tense: Tense, toGregorian: (y: number) => Ymd): number {
  const at = Date.UTC(ref.y, ref.m - 1, ref.d);
  const window = tense === 'past' || tense === 'future' ? tenseWindow(tense) : null;
  const dist = (g: Ymd): number => Math.abs(Date.UTC(g.y, g.m - 1, g.d) - at);
  const fits = (g: Ymd): boolean => {
    if (!window) return true;
    const k = monthsFrom(ref, g.y, g.m, g.d);
    return k > window[0] && k <= window[1];
  };
  let best = guess;
  let bestDay = toGregorian(guess);
  let bestFits = fits(bestDay);
  for (let y = guess - 1; y <= guess + 1; y++) {
    const g = toGregorian(y);
    const f = fits(g);
    if ((f && !bestFits) || (f === bestFits && dist(g) < dist(bestDay))) {
      best = y;
      bestDay = g;
      bestFits = f;
    }
  }
  return best;
}

/**
 * The year for a month (and day) given without one: the occurrence that falls in a 12-month window around
 * the reference date, the window leaning back in past narration and forward in future narration.
 */
function yearFor(ref: Ymd, month: number, day: number, tense: Tense, rel: Rel): number {
  const [lo, hi] = rel === 'last' || rel === 'since' ? [-12, 0] : rel === 'next' ? [0, 12] : rel === 'ahead' || rel === 'timetable' ? AHEAD_WINDOW : tense === 'past' ? PAST_WINDOW : tense === 'future' ? FUTURE_WINDOW : UNKNOWN_WINDOW;
  for (const y of [ref.y, ref.y - 1, ref.y + 1]) {
    const k = monthsFrom(ref, y, month, day);
    if (k > lo && k <= hi) return y;
  }
  return ref.y;
}

/** A month name without a year: the reference year, moved by "last"/"next" or a clearly past/future tense. */
export function resolveMonth(ref: Ymd | null, month: number, tense: Tense, rel: Rel): Resolved {
  if (!ref) return { value: `XXXX-${String(month).padStart(2, '0')}`, inferred: ['year'], relative: true };
  // A whole month counts from its middle, so "in November" in a November story is this one.
  let y = rel === 'this' ? ref.y : yearFor(ref, month, rel === 'last' ? ref.d + 1 : ref.d, tense, rel);
  // The month just gone is "last month": "last February" written in March is the February a year before.
  if (rel === 'last' && monthsFrom(ref, y, month, ref.d) === -1) y--;
  return { value: fmtMonth(y, month), inferred: ['year'], relative: true };
}

/** A month and day without a year (`rel` "last": the latest one up to the reference date). */
export function resolveMonthDay(ref: Ymd | null, month: number, day: number, tense: Tense, rel: Rel = null): Resolved {
  const dd = String(day).padStart(2, '0');
  if (!ref) return { value: `XXXX-${String(month).padStart(2, '0')}-${dd}`, inferred: ['year'], relative: true };
  // Looking ahead, a day is today or later: "will vote on Dec. 30" in early January is next December's.
  const y = rel === 'ahead' ? (monthsFrom(ref, ref.y, month, day) > -0.04 ? ref.y : ref.y + 1) : yearFor(ref, month, day, tense, rel);
  return { value: `${fmtMonth(y, month)}-${dd}`, inferred: ['year'], relative: true };
}

/** A weekday: in past or neutral narration the latest such day up to the reference date, in future the next one. */
export function resolveWeekday(ref: Ymd | null, wd: number, tense: Tense, rel: Rel): Resolved {
  if (!ref) return { value: `XXXX-WXX-${wd}`, inferred: ['week'], relative: true };
  const cur = weekday(ref);
  let delta: number;
  if (rel === 'next' || (rel === null && tense === 'future')) {
    delta = (wd - cur + 7) % 7;
    if (delta === 0 && rel === 'next') delta = 7;
  } else if (rel === 'this') {
    delta = wd - cur;
  } else {
    delta = -((cur - wd + 7) % 7);
    if (delta === 0 && rel === 'last') delta = -7;
  }
  return { value: fmtDay(addDays(ref, delta)), inferred: ['week'], relative: true };
}

/** "this/last/next" + a calendar unit, as a value of that unit's granularity. */
export function relativeUnit(ref: Ymd | null, unit: Unit, offset: number): Resolved | null {
  if (!ref) {
    const x: Partial<Record<Unit, string>> = { D: 'XXXX-XX-XX', W: 'XXXX-WXX', WE: 'XXXX-WXX-WE', M: 'XXXX-XX', Q: 'XXXX-QX', Y: 'XXXX', DE: 'XXX', CE: 'XX' };
    const v = x[unit];
    return v ? { value: v, inferred: [], relative: true } : null;
  }
  switch (unit) {
    case 'D': return r(fmtDay(addDays(ref, offset)));
    case 'W': return r(isoWeek(addDays(ref, offset * 7)));
    case 'WE': return r(`${isoWeek(addDays(ref, offset * 7))}-WE`);
    case 'M': {
      const t = addMonths(ref, offset);
      return r(fmtMonth(t.y, t.m));
    }
    case 'Q': {
      const i = ref.y * 4 + quarterOf(ref) - 1 + offset;
      return r(`${pad4(Math.floor(i / 4))}-Q${(i % 4) + 1}`);
    }
    case 'Y': return r(pad4(ref.y + offset));
    case 'DE': return r(pad4(ref.y + offset * 10).slice(0, 3));
    case 'CE': return r(pad4(ref.y + offset * 100).slice(0, 2));
    default: return null;
  }
}

/** "N units ago": the reference date moved back, at the unit's granularity. */
export function ago(ref: Ymd | null, n: number, unit: Unit): Resolved | null {
  if (!ref) return { value: 'PAST_REF', inferred: [], relative: true };
  // "two and a half years ago": thirty months back.
  if (!Number.isInteger(n) && unit === 'Y' && Number.isInteger(n * 12)) return relativeUnit(ref, 'M', -n * 12);
  if (!Number.isInteger(n)) return { value: 'PAST_REF', inferred: [], relative: true };
  switch (unit) {
    case 'D': case 'H': case 'MIN': case 'S': return relativeUnit(ref, 'D', unit === 'D' ? -n : 0);
    case 'W': case 'WE': return relativeUnit(ref, 'W', -n);
    case 'M': return relativeUnit(ref, 'M', -n);
    case 'Q': return relativeUnit(ref, 'Q', -n);
    case 'Y': return relativeUnit(ref, 'Y', -n);
    case 'DE': return relativeUnit(ref, 'Y', -10 * n);
    case 'CE': return relativeUnit(ref, 'Y', -100 * n);
    default: return null;
  }
}

/** A season, by default this year's; "last" the latest one already over, "next" the coming one. */
export function resolveSeason(ref: Ymd | null, code: string, tense: Tense, rel: Rel): Resolved {
  if (!ref) return { value: `XXXX-${code}`, inferred: ['year'], relative: true };
  const start = SEASON_START[code] ?? 1;
  let y = ref.y;
  if (rel === 'last') {
    // The latest season already over (winter runs December to February).
    if (start + 3 > ref.m) y--;
  } else if (rel === 'next') {
    if (start <= ref.m) y++;
  } else if (rel !== 'this') {
    // Like a month name: the occurrence nearest the reference date, leaning with the tense (by mid-season).
    const mid = (start % 12) + 1;
    y = yearFor(ref, mid, 15, tense, rel === 'ahead' ? 'ahead' : null) - (code === 'WI' ? 1 : 0);
  }
  return { value: `${pad4(y)}-${code}`, inferred: ['year'], relative: true };
}

/**
 * The month an academic term named by a season begins: the autumn term in September, the winter semester in October,
 * the spring term in January, the summer term in April (its value is still the season's: the winter semester of
 * 2025, October to March, is 2025-WI).
 */
const TERM_START: Record<string, number> = { FA: 9, AU: 9, WI: 10, SP: 1, SU: 4 };

/**
 * A term of the academic year named by its season ("the spring term"): by default the one of the academic year under
 * way (from August), so "the spring term" in November is next year's spring; "last" the latest one over, "next" the
 * first not yet begun; `past` (told of in the past tense) the latest one begun.
 */
export function resolveTerm(ref: Ymd | null, code: string, rel: Rel, past: boolean, toldPast = past): Resolved {
  if (!ref) return { value: `XXXX-${code}`, inferred: ['year'], relative: true };
  const start = TERM_START[code] ?? 1;
  const academicYear = ref.m >= 8 ? ref.y : ref.y - 1;
  let y = start >= 8 ? academicYear : academicYear + 1;
  const begun = (yy: number) => monthsFrom(ref, yy, start, 1) <= 0;
  // (A term lasts about three months.)
  if (rel === 'last') while (monthsFrom(ref, y, start, 1) > -3) y--;
  else if (rel === 'next') y += begun(y) ? 1 : 0;
  else if (rel !== 'this' && past && !begun(y)) y--;
  // ("The court will rule in the Michaelmas term", in July: the academic year's autumn term is over, four months and
  // more since it began; the coming one is meant.)
  else if (rel === null && !past && !toldPast && monthsFrom(ref, y, start, 1) <= -4) y++;
  return { value: `${pad4(y)}-${code}`, inferred: ['year'], relative: true };
}

/** The month an anchor value is in or begins with ("1994-03-05" 3, "1994-SP" 3, "1994-Q3" 7), or null for a year. */
export function monthOfAnchor(anchor: string): number | null {
  if (anchor.length < 7) return null;
  const code = anchor.slice(5, 7);
  if (code in SEASON_START) return SEASON_START[code];
  if (code[0] === 'Q') return (Number(code[1]) - 1) * 3 + 1 || null;
  if (code[0] === 'H') return code[1] === '2' ? 7 : 1;
  // (A week's month, near enough for "the following March".)
  if (code[0] === 'W') return Math.min(12, Math.floor(((Number(anchor.slice(6, 8)) || 1) - 1) * 7 / 30.44) + 1);
  return Number(code) || null;
}

/** The month `month` first after (dir 1) or last before (dir -1) the month `anchor` is in ("2010-04", "1994-SP"). */
export function monthFrom(anchor: string, month: number, dir: 1 | -1): string {
  const y = Number(anchor.slice(0, 4));
  const m = monthOfAnchor(anchor) ?? (dir === 1 ? 12 : 1);
  const year = dir === 1 ? (month > m ? y : y + 1) : month < m ? y : y - 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}
