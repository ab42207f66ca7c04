// Rules for dates counted from the article's day: "two weeks from now", "a week from Monday", "the week after next",
// "two years ago", anniversaries ("fifty years ago this week", "on this day in 1995"), "Monday week"; with "the new
// year", a bare ordinal day ("by the 4th") and epidemiological weeks, which stand among them in relativeRules.
import { addDays, addMonths, daysInMonth, fmtDay, isoWeek, parseYmd, shiftYears, weekday, type Ymd } from './calendar';
import type { Rule } from './candidate';
import { tenseAt } from './context';
import { AND_A_HALF, DIGIT_HINT, NUM_RE, UNIT_RE, WEEKDAYS, WEEKDAY_RE, parseNumber, perUnit, unitOf, UNIT_HINT, UNIT_WORD_HINT } from './lexicon';
import { ago, relativeUnit, resolveWeekday } from './resolve';
import { isAsciiUpperCode, skipBlanks, testLong } from '../chars';
import { B, E, re } from './rulesCalendarShared';
import { THIS_LAST_NEXT_HINT, at } from './rulesRelativeShared';

/** Every epidemiological week holds one of these words. */
const EPI_WEEK_GATE = /\b(?:epidemiological|epi|iso|ew)/i;

/** " on Tuesday" after an anniversary's "ago". */
const ON_WEEKDAY_AFTER_RE = new RegExp(`^ on (?:${WEEKDAY_RE})(?![\\w-])`, 'i');
/** Every "ago" expression holds the word (one object, so the hint scan looks for it once). */
const AGO_HINT = /\bago\b|(?:years?|weeks?|months?|days?|decades?)\s+back\b/i;

/** The article's day, week or month in another year (29 February of a year without one is its 28th). */
function sameDayOf(ref: Ymd, year: number, grain: 'day' | 'week' | 'month'): string {
  const day = { y: year, m: ref.m, d: Math.min(ref.d, daysInMonth(year, ref.m)) };
  return grain === 'week' ? isoWeek(day) : grain === 'month' ? fmtDay(day).slice(0, 7) : fmtDay(day);
}

/**
 * The mod an amount's qualifier gives a date counted from the article date, back (-1: "more than two years ago"
 * is BEFORE the date two years ago) or forward (1: "more than two weeks from now" is AFTER).
 */
function amountMod(qualifier: string | undefined, direction: 1 | -1): string | undefined {
  if (!qualifier) return undefined;
  const more = /more|over/i.test(qualifier);
  if (!more && !/less|just|only/i.test(qualifier)) return 'APPROX';
  return more === (direction > 0) ? 'AFTER' : 'BEFORE';
}

/** Dates counted from the article's day, in relativeRules' order. */
export const countedRules: Rule[] = [
  {
    // two weeks from now, a year from today
    name: 'from-now',
    hint: /from\s+now|from\s+today/i,
    re: re(`${B}(?:(about|almost|nearly|more\\s+than|less\\s+than|some|roughly|around|just|only|over)\\s+)?(${NUM_RE})[\\s-]+(${UNIT_RE})\\s+from\\s+(?:now|today)${E}`),
    make: (m, ctx) => {
      const unit = unitOf(m[3]);
      const count = parseNumber(m[2]);
      if (!unit || count === null) return null;
      const n = count * perUnit(m[3]);
      const mod = amountMod(m[1], 1);
      if (!ctx.ref || !Number.isInteger(n)) return at(m, { type: 'DATE', value: 'FUTURE_REF', inferred: [], relative: true, mod });
      const r = ago(ctx.ref, -n, unit);
      return r ? at(m, { type: 'DATE', ...r, mod }) : null;
    },
    priority: 6,
  },
  {
    // a week from Monday, two weeks from Friday, three days from tomorrow: counted from a day ahead
    name: 'from-day',
    hint: /monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow/i,
    also: [/from/i],
    re: re(`${B}(${NUM_RE})[\\s-]+(days?|weeks?)\\s+from\\s+(${WEEKDAY_RE}|tomorrow)${E}`),
    make: (m, ctx) => {
      const count = parseNumber(m[1]);
      if (count === null || !Number.isInteger(count)) return null;
      const days = count * (/^week/i.test(m[2]) ? 7 : 1);
      const base = m[3].toLowerCase();
      const wd = WEEKDAYS[base];
      if (base !== 'tomorrow' && !(wd && isAsciiUpperCode(m[3].charCodeAt(0)))) return null;
      if (!ctx.ref) return at(m, { type: 'DATE', value: 'FUTURE_REF', inferred: [], relative: true });
      // The day counted from: the weekday ahead (its week inferred), or tomorrow.
      const day = wd ? resolveWeekday(ctx.ref, wd, 'future', null) : null;
      const from = (day && parseYmd(day.value)) || addDays(ctx.ref, 1);
      return at(m, { type: 'DATE', value: fmtDay(addDays(from, days)), inferred: day ? day.inferred : [], relative: true });
    },
    priority: 6,
  },
  {
    // "in the new year", "after the New Year": the coming year, or the one just begun when written in its first months;
    // "Travel surged over the New Year holiday", told in the past, the one begun.
    name: 'new-year',
    reach: 8,
    // (Across a line break too: "in the new\nyear" in hard-wrapped text.)
    hint: /new\s+year/,
    re: /(?<![\w-])the\s+(?:new\s+year|New\s+Year)(?![\w'’])/g,
    make: (m, ctx) => {
      if (!ctx.ref) return at(m, { type: 'DATE', value: 'XXXX', inferred: [], relative: true });
      const ahead = ctx.ref.m >= 7 && !(m[0].endsWith('Year') && tenseAt(ctx.s, m.index, m.index + m[0].length) === 'past');
      return at(m, { type: 'DATE', value: String(ctx.ref.y + (ahead ? 1 : 0)), inferred: [], relative: true });
    },
    priority: 4,
  },
  {
    // the week after next, the month after next
    name: 'after-next',
    reach: 24,
    hint: UNIT_HINT,
    gate: [UNIT_WORD_HINT],
    also: [/after next/i],
    re: re(`${B}the\\s+(week|weekend|month|year)\\s+after\\s+next${E}`),
    make: (m, ctx) => {
      const unit = unitOf(m[1]);
      const r = unit && relativeUnit(ctx.ref, unit, 2);
      return r ? at(m, { type: 'DATE', ...r }) : null;
    },
    priority: 5,
  },
  {
    // two years ago, a week ago, years ago, more than a decade ago, a week or so ago
    name: 'ago',
    hint: AGO_HINT,
    // (also "a couple of weeks back", "two years back" closing a phrase)
    re: re(`${B}(?:(about|almost|nearly|more\\s+than|less\\s+than|some|roughly|around|just|only|over)\\s+)?(?:(${NUM_RE}${AND_A_HALF})[\\s-]+)?(${UNIT_RE})(\\s+or\\s+(?:so|two|three))?\\s+(?:ago|back(?=\\s*[,.;:!?)]|\\s+(?:when|in|on|at|before|after|and|but|I|we|he|she|they)\\b))${E}`),
    make: (m, ctx) => {
      const unit = unitOf(m[3]);
      if (!unit) return null;
      const count = m[2] ? parseNumber(m[2]) : null;
      const n = count === null ? null : count * perUnit(m[3]);
      // ("just minutes ago", "over an hour ago": before or after by less than a day says nothing of the day.)
      // ("a week or so ago", "a month or two ago": about then.)
      const mod = n === null || unit === 'H' || unit === 'MIN' || unit === 'S' ? undefined : m[4] ? 'APPROX' : amountMod(m[1], -1);
      if (n === null) return at(m, { type: 'DATE', value: 'PAST_REF', inferred: [], relative: false, mod });
      // "Thirty years ago on Tuesday, the Berlin Wall fell": an anniversary, on the weekday after it; the years are how
      // long since, the day a date of its own.
      if ((unit === 'Y' || unit === 'DE' || unit === 'CE') && Number.isInteger(n) && !m[1] && ctx.s.startsWith(' on ', m.index + m[0].length) && ON_WEEKDAY_AFTER_RE.test(ctx.s.slice(m.index + m[0].length, m.index + m[0].length + 16))) {
        // (The span is the stretch, "Thirty years", without its "ago".)
        const cut = /\s+(?:ago|back)$/i.exec(m[0]);
        return at(m, { type: 'DURATION', value: `P${n}${unit === 'Y' ? 'Y' : unit}`, inferred: [], relative: false }, m.index, m.index + (cut ? cut.index : m[0].length));
      }
      const r = ago(ctx.ref, n, unit);
      if (!r) return null;
      // "a year ago" in an earnings story means the same quarter a year before: resolved in document order.
      const deferred = unit === 'Y' && Number.isInteger(n) ? { kind: 'shiftYears' as const, n: -n, quarterOnly: true } : undefined;
      return at(m, { type: 'DATE', ...r, mod, deferred });
    },
    priority: 6,
  },
  {
    // fifty years ago this week, thirty years ago today: the same week, month or day of an earlier year ("Thirty-five
    // years ago tonight": that day's night)
    name: 'anniversary',
    reach: 40,
    hint: AGO_HINT,
    re: re(`${B}(${NUM_RE})\\s+(years?|decades?|centur(?:y|ies))\\s+ago\\s+(this\\s+week|this\\s+month|today|tonight)${E}`),
    make: (m, ctx) => {
      const count = parseNumber(m[1]);
      const unit = unitOf(m[2]);
      if (count === null || !Number.isInteger(count) || !unit) return null;
      if (!ctx.ref) return at(m, { type: 'DATE', value: 'PAST_REF', inferred: ['day'], relative: true });
      const grain = /week/i.test(m[3]) ? 'week' : /month/i.test(m[3]) ? 'month' : 'day';
      const value = sameDayOf(ctx.ref, ctx.ref.y - count * (unit === 'DE' ? 10 : unit === 'CE' ? 100 : 1), grain);
      if (m[3].length === 7 && m[3].toLowerCase() === 'tonight') return at(m, { type: 'TIME', value: `${value}TNI`, inferred: ['day'], relative: true });
      return at(m, { type: 'DATE', value, inferred: ['day'], relative: true });
    },
    priority: 7,
  },
  {
    // this week in 1995, on this day in 1944, this day 30 years ago: the same day, week or month of an earlier year
    name: 'anniversary-this',
    reach: 40,
    hint: /this (?:day|week|month)/i,
    re: re(`${B}(?:on\\s+)?this\\s+(day|week|month)\\s+(?:in\\s+(1[5-9]\\d\\d|20\\d\\d)|(${NUM_RE})\\s+(years?|decades?|centur(?:y|ies))\\s+ago)${E}`),
    make: (m, ctx) => {
      const grain = m[1].toLowerCase() as 'day' | 'week' | 'month';
      let year: number;
      if (m[2]) year = Number(m[2]);
      else {
        const count = parseNumber(m[3]);
        const unit = unitOf(m[4]);
        if (count === null || !Number.isInteger(count) || !unit || !ctx.ref) return null;
        year = ctx.ref.y - count * (unit === 'DE' ? 10 : unit === 'CE' ? 100 : 1);
      }
      // ("On this day ...": the preposition is no part of the date.)
      const start = /^on\s/i.test(m[0]) ? skipBlanks(ctx.s, m.index + 2) : m.index;
      if (!ctx.ref) return at(m, { type: 'DATE', value: String(year), inferred: [grain], relative: true }, start);
      return at(m, { type: 'DATE', value: sameDayOf(ctx.ref, year, grain), inferred: [grain], relative: true }, start);
    },
    priority: 7,
  },
  {
    // on this day in 1995: the article's day of that year (not the preposition)
    name: 'this-day-in',
    hint: THIS_LAST_NEXT_HINT,
    // (Every match holds "this day in": chunks without it do not run the regex.)
    also: [/this\s+day\s+in/],
    re: re(`${B}on\\s+(this\\s+day\\s+in\\s+(1[5-9]\\d\\d|20\\d\\d))${E}`),
    make: (m, ctx) => {
      const start = m.index + m[0].length - m[1].length;
      const end = m.index + m[0].length;
      if (!ctx.ref) return { start, end, type: 'DATE', value: m[2], inferred: ['day'], relative: true };
      return { start, end, type: 'DATE', value: sameDayOf(ctx.ref, Number(m[2]), 'day'), inferred: ['day'], relative: true };
    },
    priority: 7,
  },
  {
    // Monday week, a week on Friday, a week today, a week tomorrow (British): a week after that day
    name: 'week-on',
    reach: 24,
    hint: /week/i,
    re: re(`${B}(?:a\\s+week\\s+(?:on\\s+)?(${WEEKDAY_RE}|today|tomorrow)|(${WEEKDAY_RE})\\s+week)(?![\\w-])`),
    make: (m, ctx) => {
      const word = m[1] ?? m[2];
      const lower = word.toLowerCase();
      const wd = WEEKDAYS[lower];
      if (wd && !isAsciiUpperCode(word.charCodeAt(0))) return null;
      if (!ctx.ref) return at(m, { type: 'DATE', value: wd ? `XXXX-WXX-${wd}` : 'XXXX-XX-XX', inferred: ['week'], relative: true });
      // The coming such day (today included), a week on.
      const base = wd ? (wd - weekday(ctx.ref) + 7) % 7 : lower === 'tomorrow' ? 1 : 0;
      return at(m, { type: 'DATE', value: fmtDay(addDays(ctx.ref, base + 7)), inferred: ['week'], relative: true });
    },
    priority: 7,
  },
  {
    // on the 20th, by the 4th: a day of the month under way (or the next one, when it has passed and the day lies ahead)
    name: 'bare-ordinal-day',
    reach: 16,
    // (Every match holds its day's ordinal, found where its first digit is.)
    hint: /\d{1,2}(?:st|nd|rd|th)/,
    // (The regex starts at "the", which it finds fast; the preposition before it is read in make.)
    re: re(`${B}(the\\s+(\\d{1,2})(?:st|nd|rd|th))(?![\\w-])`),
    make: (m, ctx) => {
      if (!testLong(/\b(?:on|by|until|from|since|before|after)\s+$/i, ctx.s.slice(Math.max(0, m.index - 8), m.index))) return null;
      const day = Number(m[2]);
      const end = m.index + m[0].length;
      // "on the 20th anniversary", "the 4th of July" (another rule's): only a day standing alone. (East Asian copy
      // reports the day so: "Prime Minister Kim said on the 26th that ...".)
      if (day < 1 || day > 31 || !/^(?:\s*[,.;:!?)]|\s+(?:at|and|or|when|before|after|to|until|in|with|for|as|but|the|a|that)\b|\s*$)/i.test(ctx.s.slice(end, end + 8))) return null;
      const start = end - m[1].length;
      if (!ctx.ref) return { start, end, type: 'DATE', value: `XXXX-XX-${String(day).padStart(2, '0')}`, inferred: ['month'], relative: true };
      const tense = tenseAt(ctx.s, start, end);
      // This month's, unless that day has gone by and the clause looks ahead, or is yet to come and it looks back.
      let t = { ...ctx.ref, d: 1 };
      if (tense === 'future' && day < ctx.ref.d) t = addMonths(t, 1);
      else if (tense === 'past' && day > ctx.ref.d) t = addMonths(t, -1);
      if (day > daysInMonth(t.y, t.m)) return null;
      return { start, end, type: 'DATE', value: fmtDay({ ...t, d: day }), inferred: ['month'], relative: true };
    },
    priority: 5,
  },
  {
    // epidemiological week 45, EW 44, epi weeks 40-44, ISO week 46 2025: weeks of the year as health reports count them
    name: 'epi-week',
    reach: 30,
    hint: DIGIT_HINT,
    gate: [EPI_WEEK_GATE],
    re: re(`${B}(?:(?:epidemiological|epi|iso)\\s+weeks?\\s+(\\d{1,2})(?:\\s*(?:-|\u2013|to|and)\\s*(\\d{1,2}))?|EW\\s?(\\d{1,2})(?:\\s*(?:-|\u2013|to)\\s*(?:EW\\s?)?(\\d{1,2}))?)(?:,?\\s+(\\d{4}))?(?![\\w-])`),
    make: (m, ctx) => {
      const a = Number(m[1] ?? m[3]);
      const b = m[2] ?? m[4] ? Number(m[2] ?? m[4]) : null;
      if (a < 1 || a > 53 || (b !== null && (b < 1 || b > 53 || b <= a))) return null;
      // A report counts weeks gone by: one after this week is last year's.
      const now = ctx.ref ? Number(isoWeek(ctx.ref).slice(6)) : 0;
      const year = m[5] ? Number(m[5]) : ctx.ref ? (Math.max(a, b ?? a) > now + 1 ? ctx.ref.y - 1 : ctx.ref.y) : null;
      const y = year === null ? 'XXXX' : String(year).padStart(4, '0');
      const value = (n: number) => `${y}-W${String(n).padStart(2, '0')}`;
      const inferred = m[5] ? [] : ['year'];
      if (b === null) return at(m, { type: 'DATE', value: value(a), inferred, relative: !m[5] });
      // Weeks 40-44: the first and the last, each a date (as a range of days is).
      const secondAt = m.index + m[0].search(/(?:EW\s?)?\d{1,2}(?:,?\s+\d{4})?$/i);
      const firstNo = /\d{1,2}/.exec(m[0])!;
      return [
        { start: m.index, end: m.index + firstNo.index + firstNo[0].length, type: 'DATE', value: value(a), inferred, relative: !m[5] },
        { start: secondAt, end: m.index + m[0].length, type: 'DATE', value: value(b), inferred, relative: !m[5] },
      ];
    },
    priority: 6,
  },
];
