// What the calendar rule files share: the boundaries of their patterns, month numbers and capitals, the relative
// words and years, and the day date (dayDate) that the day rules and the date-time group make. Apart so that each
// rules file imports them from here rather than from one another.
import { fmtMonth, daysInMonth, weekday, type Ymd } from './calendar';
import type { RuleContext } from './candidate';
import { doneAt, presentFuture, presentSchedule, tenseAt, periodRunningTo, type Tense } from './context';
import { MONTHS, WEEKDAYS } from './lexicon';
import { resolveMonthDay, type Rel } from './resolve';
import { endsWithLetters } from './textTests';
import { execLong, isAsciiLetterCode, isAsciiUpperCode, testShort } from '../chars';

export const B = '(?<![\\w-])';
/** Like B, but "mid-", "early-", "late-", "end-", "pre-" and "post-" may come before (mid-October, end-2025, post-2011). */
export const BM = '(?<!\\w)(?<!(?<!mid|early|late|end|pre|post)-)';
export const E = '(?![\\w])';

export const re = (src: string): RegExp => new RegExp(src, 'gi');
export const monthNo = (w: string): number => {
  const x = w.toLowerCase();
  return MONTHS[x.endsWith('.') ? x.slice(0, -1) : x] ?? 0;
};
export const LOWER_MONTHS = new Set(['january', 'february', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
/** Month names are capitalised in news; full names other than May and March are accepted in lower case too. */
export const capitalised = (w: string): boolean => isAsciiUpperCode(w.charCodeAt(0)) || LOWER_MONTHS.has(w);
export const pad = (n: number): string => String(n).padStart(2, '0');

export const CONTEXT_YEAR = { kind: 'contextYear' } as const;

/** A date said to lie ahead: a chronology's entry ("* June 9, 2023 - ... to begin on Aug. 3") still gives it its year. */
export const CONTEXT_YEAR_AHEAD = { kind: 'contextYear', ahead: true } as const;

/** Whether a lower-case noun follows a season at end ("winter gas pact"), not a verb, preposition or pronoun. */
export function seasonModifies(s: string, end: number): boolean {
  const m = WORD_AFTER_SEASON_RE.exec(s.slice(end, end + 16));
  return !!m && !NOT_A_NOUN_AFTER_SEASON.has(m[1]) && !m[1].endsWith('ly') && !m[1].endsWith('ed');
}
export const WORD_AFTER_SEASON_RE = /^ ([a-z]{3,})\b/;

export const NOT_A_NOUN_AFTER_SEASON = new Set('and|but|nor|for|yet|the|this|that|these|those|its|his|her|our|their|with|from|into|onto|over|under|after|before|since|until|when|while|was|were|are|has|had|have|will|would|could|should|can|may|might|must|did|does|not|then|there|here|comes|came|begins|began|ends|ended|arrives|arrived|months|approaches|sets|set|hits|hit|brings|brought|again|too|also|every|each|all|sun'.split('|'));

/** "ahead" when the clause looks ahead in the present tense ("will", "are due"), so last month is not in reach. */
export function aheadIf(ctx: RuleContext, tense: Tense, start: number): Rel {
  return tense === 'future' && presentFuture(ctx.s, start) ? 'ahead' : null;
}

export function relWord(w: string | undefined): Rel {
  const x = (w ?? '').toLowerCase();
  if (x === 'last' || x === 'past' || x === 'previous') return 'last';
  if (x === 'next' || x === 'coming') return 'next';
  if (x === 'this') return 'this';
  return null;
}

/** A year written in full or with an apostrophe: "'98" is 1998, "'08" 2008 (a two-digit year below 30 is this century's). */
export function yearOf(s: string): number {
  if (!s.startsWith("'") && !s.startsWith('\u2019')) return Number(s);
  const y = Number(s.slice(1));
  return y < 30 ? 2000 + y : 1900 + y;
}

/**
 * What a month (or a day: "the May 4th Movement") opens the name of: " Charter", " Revolution", " Uprising", " National
 * Charter" (one capitalised word may come between), " Madness".
 */
export const MONTH_IN_NAME_AFTER_RE = /^\s(?:[A-Z][a-z]+\s)?(?:Charter|Uprising|Revolution|Revolt|Movement|Manifesto|Declaration|Proclamation|Massacre|Crisis|Coup|Offensive|Theses|Ordinances|Monarchy|Days|Madness)\b/;

// ("will be closed on Nov. 27", "is closed on Dec. 25": a state, not something finished.)
export const ENDED_BEFORE_RE = /\b(?:ended|(?<!\b(?:be|is|are|being|remains?|stays?)\s)closed|expired|began|started|occurred|happened|took\s+place|died|was\s+killed|were\s+killed)\s+(?:on\s+)?$/i;

/** A year written after a day: digits, or "this year", "next year", "last year" (counted from the article's year). */
export const REL_YEAR = '(?:this|last|next|that)\\s+year';

/** "April of that year", "Aug. 18 that year": the year comes from the date under discussion (resolved in order). */
export const SAME_YEAR = { kind: 'sameYear' } as const;
export const thatYear = (words: string): boolean => words.slice(0, 4).toLowerCase() === 'that';

/** The year that "this year", "last year" or "next year" names, counted from the article's year ("that year": the article's, until the date under discussion gives its own). */
export function namedYear(ref: Ymd, words: string): number {
  const w = words.slice(0, 4).toLowerCase();
  return ref.y + (w === 'last' ? -1 : w === 'next' ? 1 : 0);
}

/** A document's noun after a day, with up to three words between ("inter-Korean military agreement", "Communiqué"). */
export const DOCUMENT_AFTER = /^\s+(?:(?!(?:on|of|in|to|for|by|with|and|or|at|from|that|which|was|were|is|are|the|a|an)\b)[A-Za-z][\w-]*\s+){0,3}(?:agreements?|accords?|communiqu[eé]s?|declaration|pact|treaty|memorandum|protocol|charter|armistice)(?![\w-])/i;
/** Before the day: "the", "its", "Seoul's". */
export const DOCUMENT_OWNER_BEFORE = /(?:\b(?:the|its|their)|\w['’]s)\s+$/i;

/** After a document's noun: the year of its name ("Communiqué of 1982"). */
export const DOCUMENT_YEAR_AFTER = /^\s+of\s+(1[89]\d\d|20\d\d)(?!\d)/;

/** How long the words after the day at start..end are that make it name a document ("the Sept. 19 inter-Korean military agreement"), or 0. */
export function documentNamed(s: string, start: number, end: number): number {
  if (!DOCUMENT_OWNER_BEFORE.test(s.slice(Math.max(0, start - 8), start))) return 0;
  const m = execLong(DOCUMENT_AFTER, s.slice(end, end + 60));
  return m ? m[0].length : 0;
}

/** A day said to be kept every year, in the present: "is marked on", "are celebrated annually on". */
const STANDING_BEFORE_RE = /\b(?:is|are)\s+(?:(?:traditionally|usually|always|officially|now)\s+)?(?:marked|celebrated|observed|commemorated)\s+(?:(?:annually|every\s+year|each\s+year|nationwide)\s+)?on\s/i;
/** After a holiday's name: "is marked on", "is celebrated each year on". */
const STANDING_AFTER_RE = /^\s+(?:is|are)\s+(?:(?:traditionally|usually|always|officially|now)\s+)?(?:marked|celebrated|observed|commemorated)\s+(?:(?:annually|every\s+year|each\s+year|nationwide)\s+)?on\b/i;
/**
 * Whether the day at start..end is a holiday's standing day, a rule of every year told in the present ("Defender of the
 * Fatherland Day is marked on February 23, and Unity Day on November 4"): earlier in its sentence, or right after the
 * holiday's name, a verb of keeping a day in the present (not an anniversary, which is of one year).
 */
export function standingDay(s: string, start: number, end: number, holiday = false): boolean {
  if (holiday && testShort(STANDING_AFTER_RE, s.slice(end, end + 48), '')) return true;
  const w = s.slice(Math.max(0, start - 100), start);
  // (Only a window holding one of the verbs is read.)
  if (!w.includes('marked') && !w.includes('rated') && !w.includes('observed')) return false;
  const m = STANDING_BEFORE_RE.exec(w);
  if (!m) return false;
  const rest = w.slice(m.index);
  return !/[.!?]\s|\n/.test(rest) && !w.includes('anniversar') && !/\b\d{4}\b/.test(rest);
}

/**
 * The span of a day of the month with "each year" or "every year" after it ("November 4 each year") or "every year on"
 * before it, or null. (A cheap look at the character after, or at the "n" of "on" before, first.)
 */
function everyYear(s: string, start: number, end: number): [number, number] | null {
  if (s.charCodeAt(end) === 32 && s.charCodeAt(end + 1) === 101) {
    const a = /^ e(?:ach|very)\s+year(?![\w-])/.exec(s.slice(end, end + 16));
    if (a) return [start, end + a[0].length];
  }
  if (start > 12 && s.charCodeAt(start - 2) === 110) {
    const b = /\b(?:[Ee]ach|[Ee]very)\s+year\s+on\s+$/.exec(s.slice(Math.max(0, start - 20), start));
    if (b) return [start - (Math.min(20, start) - b.index), end];
  }
  return null;
}

/**
 * Whether the coming `month`/`day` from `ref` lies less than a period of `months` ahead: the end of a period still
 * running ("the year ending March 31" in November is the coming March 31; "the quarter ending Sept. 30" the one gone).
 */
export function endsRunningPeriod(ref: Ymd, month: number, day: number, months: number): boolean {
  if (!months) return false;
  const today = Date.UTC(ref.y, ref.m - 1, ref.d);
  let at = Date.UTC(ref.y, month - 1, day);
  if (at < today) at = Date.UTC(ref.y + 1, month - 1, day);
  return (at - today) / 864e5 < months * 30.5;
}

export function dayDate(ctx: RuleContext, start: number, end: number, month: number, day: number, year?: string, weekdayName?: string) {
  if (!month || day < 1 || day > 31) return null;
  // ("the May 4th Movement", "the 26th of July Movement": a day that opens the name of an event is no date.)
  if (!year && ctx.s.charCodeAt(end) === 32 && isAsciiUpperCode(ctx.s.charCodeAt(end + 1)) && MONTH_IN_NAME_AFTER_RE.test(ctx.s.slice(end, end + 40))) return null;
  if (year && endsWithLetters(year, 'year')) {
    // "31 March next year": the day of the year named relative to the article's.
    if (day > daysInMonth(2000, month)) return null;
    if (!ctx.ref) return { start, end, type: 'DATE' as const, value: `XXXX-${pad(month)}-${pad(day)}`, inferred: ['year'], relative: true };
    const y = namedYear(ctx.ref, year);
    if (day > daysInMonth(y, month)) return null;
    return { start, end, type: 'DATE' as const, value: `${fmtMonth(y, month)}-${pad(day)}`, inferred: [], relative: true, deferred: thatYear(year) ? SAME_YEAR : undefined };
  }
  if (year) {
    const y = yearOf(year);
    if (day > daysInMonth(y, month)) return null;
    return { start, end, type: 'DATE' as const, value: `${fmtMonth(y, month)}-${pad(day)}`, inferred: [], relative: false };
  }
  // "February 30" is no day of any year (2000 was a leap year).
  if (day > daysInMonth(2000, month)) return null;
  // "falls on November 4 each year", "every year on November 4": that day of every year, a set (as "every Monday" is).
  if (!weekdayName) {
    const every = everyYear(ctx.s, start, end);
    if (every) return { start: every[0], end: every[1], type: 'SET' as const, value: `XXXX-${pad(month)}-${pad(day)}`, inferred: [], relative: false };
  }
  // ("Unity Day is marked on November 4": a day of every year.)
  if (!weekdayName && standingDay(ctx.s, start, end)) return { start, end, type: 'DATE' as const, value: `XXXX-${pad(month)}-${pad(day)}`, inferred: ['year'], relative: true };
  // Right after a verb of something finished ("the year ended Jan. 31", "died on May 3") the day is past.
  const done = ENDED_BEFORE_RE.test(ctx.s.slice(Math.max(0, start - 24), start)) || doneAt(ctx.s, start, end);
  // ("raised its forecast for the year ending March 31", in November: a year still running, to its last day ahead.)
  // ("its forecast for the year to March 31": a year forecast is still running too.)
  const tense = !done && ctx.ref && endsRunningPeriod(ctx.ref, month, day, periodRunningTo(ctx.s, start)) ? 'future' : tenseAt(ctx.s, start, end);
  // ("Term starts on 22 September", in November: a timetable in the present is of the coming term; "The record date is
  // Nov. 9" five days on, of the one just gone.)
  const r = resolveMonthDay(ctx.ref, month, day, tense, done ? 'last' : aheadIf(ctx, tense, start) ?? (presentSchedule(ctx.s, start, end) ? 'timetable' : null));
  // "the Sept. 19 inter-Korean military agreement", "the August 17 Communiqué": a document named by its day, signed
  // before the article. Ahead of the article's day, or more than two months back, it is of some other year, which the
  // text does not give ("the Feb. 23 accord" a fortnight on is this year's).
  const named = ctx.ref && !r.value.startsWith('X') && isAsciiLetterCode(ctx.s.charCodeAt(end + 1)) ? documentNamed(ctx.s, start, end) : 0;
  if (named && ctx.ref) {
    // ("the August 17 Communiqué of 1982": the year its name gives.)
    const of = execLong(DOCUMENT_YEAR_AFTER, ctx.s.slice(end + named, end + named + 10));
    if (of && day <= daysInMonth(Number(of[1]), month)) return { start, end, type: 'DATE' as const, value: `${fmtMonth(Number(of[1]), month)}-${pad(day)}`, inferred: [], relative: false };
    const days = (Date.UTC(Number(r.value.slice(0, 4)), month - 1, day) - Date.UTC(ctx.ref.y, ctx.ref.m - 1, ctx.ref.d)) / 864e5;
    if (days > 0 || days < -62) return { start, end, type: 'DATE' as const, value: `XXXX-${pad(month)}-${pad(day)}`, inferred: ['year'], relative: true };
  }
  // "Wednesday 12 November": the year in which that day is a Wednesday, when the tense chose another.
  const wd = weekdayName ? WEEKDAYS[weekdayName.toLowerCase()] : undefined;
  if (wd && ctx.ref && !r.value.startsWith('X')) {
    const y = Number(r.value.slice(0, 4));
    const fits = (yy: number) => day <= daysInMonth(yy, month) && weekday({ y: yy, m: month, d: day }) === wd;
    // Only a year whose day lies within six months of the article's, and on the side the tense points to: further
    // off, the weekday is more likely a slip.
    const near = (yy: number) => {
      const k = (yy - ctx.ref!.y) * 12 + month - ctx.ref!.m;
      return Math.abs(k) <= 6 && (tense === 'past' ? k <= 0 : tense === 'future' ? k >= 0 : true);
    };
    const other = [ctx.ref.y - 1, ctx.ref.y, ctx.ref.y + 1].filter((yy) => yy !== y && near(yy) && fits(yy));
    if (!fits(y) && other.length) {
      const best = other.reduce((a, b) => (Math.abs(a - ctx.ref!.y) <= Math.abs(b - ctx.ref!.y) ? a : b));
      return { start, end, type: 'DATE' as const, ...r, value: `${fmtMonth(best, month)}-${pad(day)}` };
    }
  }
  // Not said to lie ahead: the year of the narrative, when one was just given, may replace the article's.
  return { start, end, type: 'DATE' as const, value: r.value, inferred: r.inferred, relative: r.relative, deferred: ctx.ref ? (tense !== 'future' ? CONTEXT_YEAR : CONTEXT_YEAR_AHEAD) : undefined };
}

/** Digits on both sides of a dash or slash: every numeric date and every range of years holds one. */
export const DASHED_DIGITS = /\d[-\u2013/]\d/;

/** A day that recurs, then the month or season it recurs in: "every Monday in ", "on Sundays during ", "each Friday night in ". */
const RECURRING_DAY_BEFORE_RE = /\b(?:(?:every|each)\s+(?:other\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)\s+(?:(?:mornings?|afternoons?|evenings?|nights?)\s+)?(?:in|during|throughout)\s+(?:the\s+)?$/i;
/** A year that recurs right before the period: "each year in ", "every year during the ". */
const EVERY_YEAR_BEFORE_RE = /\b(?:each|every)\s+year\s+(?:in|during|throughout)\s+(?:the\s+)?$/i;

/**
 * Whether the month or season at [start, end) is a habit's, of no one year: "held each year in March", "is closed every
 * Monday in January", "on Saturdays in winter" (told in the past or ahead, the day's habit is of one month: "will be
 * closed every Monday in January" is the coming one).
 */
export function recurringBefore(s: string, start: number, end: number): boolean {
  const b = s.slice(Math.max(0, start - 48), start);
  if (EVERY_YEAR_BEFORE_RE.test(b)) return true;
  return RECURRING_DAY_BEFORE_RE.test(b) && tenseAt(s, start, end, false) === 'unknown';
}
