// Rules for dates counted from the date under discussion rather than the article's: "two days later", "the quarter",
// "the 1988 quarter", "the following February", "the previous Friday", "the next morning". Apart because only these
// are resolved in order against the date before them.
import { SEASON_START, addDays, fmtDay, shiftYears, weekday } from './calendar';
import type { Made, Rule, RuleContext, ShiftUnit } from './candidate';
import { afterAmount, tenseAt } from './context';
import { MONTH_HINT, MONTH_RE, MONTH_WORD_HINT, MONTHS, NUM_RE, PART_OF_DAY, SEASONS, UNIT_RE, WEEKDAYS, WEEKDAY_CAPS_RE, durationValue, parseNumber, perUnit, unitOf } from './lexicon';
import { ago, monthFrom, relativeUnit, resolveMonth, resolveWeekday } from './resolve';
import { execLong, testLong } from '../chars';
import { B, E, re } from './rulesCalendarShared';
import { at } from './rulesRelativeShared';
import { rateBaseAt } from './textTests';

/** The units a duration counted from the date under discussion moves it by ("two days later", "three months earlier"). */
const SHIFT_UNIT: Partial<Record<string, ShiftUnit>> = { D: 'day', W: 'week', M: 'month', Q: 'quarter' };

/** A particle or preposition after "that fall" / "that spring" makes them verbs: "fall short", "fall on", "spring from". */
const VERB_PARTICLE_AFTER_RE = /^\s+(?:short|apart|into|under|within|from|back|behind|off|through|out|up|down|on|upon|to|in|outside|below|above|flat|victim|prey|silent)\b/i;

/**
 * "Now, 25 years on from the flood": "on" counts up to the time the clause stands in; outside the future that is no
 * later than the article's year (a count from an older date the text does not give would overshoot it).
 */
function yearsOnNow(m: RegExpExecArray, ctx: RuleContext): boolean | undefined {
  return m[3] !== undefined && m[3].toLowerCase() === 'on' && tenseAt(ctx.s, m.index, m.index + m[0].length) !== 'future' ? true : undefined;
}

/**
 * "A decade on from the floods of 2015", "25 years on from the 1999 flood": counted from the year the phrase after
 * it names (the date before it in the text is another story's), no later than the article's year outside the future.
 */
function yearsOnFrom(m: RegExpExecArray, ctx: RuleContext, years: number): Made | null {
  if (m[3] === undefined || m[3].toLowerCase() !== 'on' || years <= 0) return null;
  const end = m.index + m[0].length;
  const from = execLong(ON_FROM_YEAR_RE, ctx.s.slice(end, end + 60));
  if (!from) return null;
  let y = Number(from[1]) + years;
  if (ctx.ref && y > ctx.ref.y && yearsOnNow(m, ctx)) y = ctx.ref.y;
  return at(m, { type: 'DATE', value: String(y), inferred: [], relative: true });
}
/** After "a decade on": "from" and a phrase of a few words that names a year ("from the floods of 2015"). */
const ON_FROM_YEAR_RE = /^\s+(?:from|since)\s+(?:[^\s.;:!?]+\s+){0,5}?(?:of\s+|in\s+)?((?:1[89]|20)\d\d)(?![\w/-])/i;

/** After "the same quarter": "of 2024". */
const SAME_OF_YEAR_RE = /^\s+of\s+((?:19|20)\d\d)(?![\w/-])/;

/**
 * "the next morning", "the previous evening", "that night": a part of a day counted from the date under discussion
 * (a TIME). "that evening" is the day under discussion; "this morning" and "last night" are other rules'.
 */
function partOfDayFrom(m: RegExpExecArray, ctx: RuleContext, part: string): Made | null {
  const w = m[1].toLowerCase();
  if (w !== 'that' && w !== 'same' && !/^the\s/i.test(m[0])) return null;
  // "complained that morning trains were late", "said that evening classes would close": "that" opens the clause and
  // the part of the day names the kind of a noun, the clause's subject (not after a preposition, "on that morning",
  // nor opening a sentence, "That evening talks were held").
  if (w === 'that' && m[0].charCodeAt(0) === 116 && testLong(PART_AS_MODIFIER_AFTER_RE, ctx.s.slice(m.index + m[0].length, m.index + m[0].length + 40)) && !testLong(PREPOSITION_BEFORE_RE, ctx.s.slice(Math.max(0, m.index - 12), m.index))) return null;
  // "that night's attack" is the same night; "the next night's" too. "that evening, which" still reads as one.
  const n = w === 'same' || w === 'that' ? 0 : /next|following/.test(w) ? 1 : -1;
  const day = ctx.ref ? fmtDay(addDays(ctx.ref, n)) : 'XXXX-XX-XX';
  return at(m, { type: 'TIME', value: `${day}T${part}`, inferred: [], relative: true, deferred: { kind: 'shiftUnit', unit: 'day', n, part } });
}

/** After "that morning": a noun and the verb whose subject it is ("trains were", "classes would"). */
const PART_AS_MODIFIER_AFTER_RE = /^\s+[a-z]{3,}\s+(?:were|are|was|is|would|will|had|have|has|could|can|may|might|must|should|ran|run|runs|start|starts|started|began|begin|begins|remain|remained|stay|stayed)\b/;
/** A preposition (or a comma) before "that morning": a time, "on that morning", "by that evening". */
const PREPOSITION_BEFORE_RE = /(?:\b(?:on|in|by|until|till|for|during|of|since|from|at|before|after|throughout|through|into|to)|,)\s+$/i;

/** "ended Sept. 30, 2024", "to June", "ending 31 March": the month (1) and maybe the year (2) a quarter ends in. */
const QUARTER_ENDING_RE = new RegExp(
  `^\\s+(?:ended|ending|to)\\s+(?:the\\s+end\\s+of\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\b\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?\\b)?(?:,?\\s+(\\d{4})\\b)?`,
  'i',
);
/** QUARTER_ENDING_RE.exec(s), which needs more than one character (as execLong; the pattern is no literal). */
function quarterEnding(s: string): RegExpExecArray | null {
  return s.length > 1 ? QUARTER_ENDING_RE.exec(s) : null;
}
/** After "the same month": the year it is in, counted from the one under discussion ("last year", "a year earlier"). */
const SAME_UNIT_YEAR_RE = /^\s+(?:(?:of\s+)?(?:last|next|the\s+(?:previous|prior|preceding|following))\s+year|a\s+year\s+(?:earlier|before|ago|later))\b/i;

/** A company's figures near "the quarter": results, which are reported for the quarter just completed. */
const RESULTS_NEAR_RE = /[$\u20ac\u00a3]\s?\d|\b(?:net\s+income|income|revenues?|profits?|earnings|sales|EPS|per\s+share|results|margins?|losses|EBITDA|turnover|operating|dividend|guidance|shipments|deliveries|cash\s+flow|bookings|orders|backlog|repurchased|buybacks?)\b/i;

/** Dates counted from the date under discussion. */
export const anaphoricRules: Rule[] = [
  {
    // a year earlier, two days later, the year-earlier quarter, year-ago
    name: 'earlier-later',
    // ("the prior-year quarter": the adjective, whose "year" no hyphen follows.)
    hint: /earlier|later|before|after|previously|year-|prior-year|previous-year|(?:years?|decades?|months?|weeks?|days?|centur(?:y|ies))\s+on\b/i,
    // (The unit and the word after it, or the adjective: "before" and "after" are in most chunks.)
    gate: [/(?:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|centur(?:y|ie))s?\s+(?:earlier|later|before|after|previously|on)|year-|prior-year|previous-year/],
    re: re(`${B}(?:(${NUM_RE})[\\s-]+(${UNIT_RE})\\s+(earlier|later|before|after|afterward|afterwards|previously|on(?=\\s*[,;.]|\\s+from\\b))|(?:the\\s+)?(year-earlier|year-ago|year-before|prior-year|previous-year)(?:\\s+(quarter|period|third\\s+quarter|second\\s+quarter|first\\s+quarter|fourth\\s+quarter|nine\\s+months|six\\s+months|month|year))?)${E}`),
    make: (m, ctx) => {
      if (m[4]) {
        const adj = m.index + m[0].toLowerCase().indexOf(m[4].toLowerCase());
        const start = m[5] ? m.index : adj;
        const end = m[5] ? m.index + m[0].length : adj + m[4].length;
        const base = relativeUnit(ctx.ref, 'Y', -1);
        if (m[5] && /months/i.test(m[5])) return { start, end, type: 'DURATION', value: `P${/nine/i.test(m[5]) ? 9 : 6}M`, inferred: [], relative: false };
        // ("Earnings fell from the year-ago quarter", with no quarter before it: the last quarter reported, the latest
        // one completed, a year before; "the year-ago third quarter" the latest third quarter completed, a year before.)
        if (m[5] && /quarter/i.test(m[5]) && ctx.ref) {
          const named = /^(first|second|third|fourth)/i.exec(m[5]);
          const done = Math.floor((ctx.ref.m - 1) / 3);
          const q = named ? ['first', 'second', 'third', 'fourth'].indexOf(named[1].toLowerCase()) + 1 : done || 4;
          const y = ctx.ref.y - 1 - (q > done ? 1 : 0);
          return { start, end, type: 'DATE', value: `${y}-Q${q}`, inferred: [], relative: true, deferred: { kind: 'shiftYears', n: -1, quarterOnly: true } };
        }
        return { start, end, type: 'DATE', value: base?.value ?? 'XXXX', inferred: [], relative: true, deferred: { kind: 'shiftYears', n: -1 } };
      }
      const unit = unitOf(m[2]);
      const count = parseNumber(m[1]);
      const n = count === null ? null : count * perUnit(m[2]);
      if (!unit || n === null || !Number.isInteger(n)) return null;
      // ("600 trucks a day before the war": a rate, then what it was before; the span rule reads the rate.)
      if (count === 1 && /^an?\s/i.test(m[0]) && /^(?:after|before)$/i.test(m[3]) && afterAmount(ctx.s, m.index)) return null;
      const sign = /earlier|before|previously/i.test(m[3]) ? -1 : 1;
      // "a year earlier than planned": by how much, not when.
      if (testLong(/^\s+than\b/i, ctx.s.slice(m.index + m[0].length, m.index + m[0].length + 6))) {
        return { start: m.index, end: m.index + m[0].length - m[3].length - 1, type: 'DURATION', value: durationValue(n, unit), inferred: [], relative: false };
      }
      // "a decade later", "a century earlier": so many years from the date under discussion.
      if ((unit === 'DE' || unit === 'CE') && !/^(?:after|before)$/i.test(m[3])) {
        const years = sign * n * (unit === 'DE' ? 10 : 100);
        const fromYear = yearsOnFrom(m, ctx, years);
        if (fromYear) return fromYear;
        const base = relativeUnit(ctx.ref, 'Y', years);
        // (A count of decades is no count of days: from "17 September 1978" it is 1988.)
        return at(m, { type: 'DATE', value: base?.value ?? 'XXXX', inferred: [], relative: true, deferred: { kind: 'shiftYears', n: years, yearOnly: true, notAfterRef: yearsOnNow(m, ctx) } });
      }
      // "A month earlier, the ministry had rejected it", "a quarter later": the month (quarter) before or after the one
      // under discussion, a date at its grain, as TimeML marks "a year earlier"; "six months later", like "two days
      // later", stays a duration.
      if ((unit === 'M' || unit === 'Q') && n === 1 && !/^(?:after|before)$/i.test(m[3])) {
        const shift = SHIFT_UNIT[unit]!;
        const base = relativeUnit(ctx.ref, unit, sign * n);
        return at(m, { type: 'DATE', value: base?.value ?? (unit === 'M' ? 'XXXX-XX' : 'XXXX-QX'), inferred: [], relative: true, deferred: { kind: 'shiftUnit', unit: shift, n: sign * n, counted: true } });
      }
      if (/^(?:after|before)$/i.test(m[3]) || unit !== 'Y') {
        // "two days later", "a week before the vote": the stretch is the expression (TimeML marks the duration).
        const len = m[0].search(new RegExp(`\\s+${m[3]}$`, 'i'));
        const made: Made = { start: m.index, end: m.index + (len > 0 ? len : m[0].length), type: 'DURATION', value: durationValue(n, unit), inferred: [], relative: false };
        // "Two days later" (not "two days after the vote") is counted from the date under discussion.
        const shift = /^(?:after|before)$/i.test(m[3]) ? undefined : SHIFT_UNIT[unit];
        if (shift) made.deferred = { kind: 'pointFrom', unit: shift, n: sign * n };
        return made;
      }
      if (unit === 'Y') {
        const fromYear = yearsOnFrom(m, ctx, sign * n);
        if (fromYear) return fromYear;
        const base = relativeUnit(ctx.ref, 'Y', sign * n);
        return at(m, { type: 'DATE', value: base?.value ?? 'XXXX', inferred: [], relative: true, deferred: { kind: 'shiftYears', n: sign * n, notAfterRef: yearsOnNow(m, ctx) } });
      }
      const r = ago(ctx.ref, -sign * n, unit);
      return r ? at(m, { type: 'DATE', ...r }) : null;
    },
    priority: 6,
  },
  {
    // the quarter, the latest quarter, the latest period
    name: 'the-quarter',
    hint: /quarter|period/i,
    re: re(`${B}the\\s+(?:(latest|recent|most\\s+recent|just-ended|just\\s+ended|current|same)\\s+)?(quarter|period)${E}`),
    make: (m, ctx) => {
      const period = m[2].toLowerCase() === 'period';
      if (period && !m[1]) return null;
      // "the quarter to June", "the quarter ended Sept. 30, 2024": the quarter that ends in that month.
      const ending = !period && !m[1] ? quarterEnding(ctx.s.slice(m.index + m[0].length, m.index + m[0].length + 40)) : null;
      if (ending) {
        const month = MONTHS[ending[1].toLowerCase()];
        // "the quarter to January" ends in no calendar quarter's last month: three months up to that one, a stretch
        // as "the three months to October" is. (A company's "quarter ended July 31" is its fiscal quarter, which
        // TimeML dates by the calendar quarter it mostly covers.)
        if (month % 3 !== 0 && /^\s+to\s/i.test(ending[0])) return at(m, { type: 'DURATION', value: 'P3M', inferred: [], relative: false });
        const q = `Q${Math.ceil(month / 3)}`;
        if (ending[2]) return at(m, { type: 'DATE', value: `${ending[2]}-${q}`, inferred: [], relative: false });
        const r = resolveMonth(ctx.ref, month, tenseAt(ctx.s, m.index, m.index + m[0].length), null);
        return at(m, { type: 'DATE', value: `${r.value.slice(0, 4)}-${q}`, inferred: ['year'], relative: true });
      }
      if (testLong(/^-(?:to-|[a-z])/i, ctx.s.slice(m.index + m[0].length, m.index + m[0].length + 4))) return null; // "quarter-to-quarter", "the quarter-final"
      // "the same period last year", "the same quarter a year earlier": the stretch under discussion, a year before.
      const yearAway = m[1] && m[1].toLowerCase() === 'same' ? SAME_UNIT_YEAR_RE.exec(ctx.s.slice(m.index + m[0].length, m.index + m[0].length + 32)) : null;
      if (yearAway && !/next|following|later/i.test(yearAway[0])) {
        return at(m, { type: 'DATE', value: relativeUnit(ctx.ref, 'Y', -1)?.value ?? 'XXXX', inferred: [], relative: true, deferred: { kind: 'shiftYears', n: -1 } }, m.index, m.index + m[0].length + yearAway[0].length);
      }
      // A company's results come out after their quarter ends: "the latest quarter", or "the quarter" beside its
      // figures ("Net income in the quarter rose"), is the last one completed; else "the quarter" is the current one
      // ("denied access twice during the quarter", in a quarterly report dated in September).
      const results = !period && ((m[1] !== undefined && /latest|recent|ended/i.test(m[1])) || RESULTS_NEAR_RE.test(ctx.s.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60)));
      const base = ctx.ref ? relativeUnit(ctx.ref, 'Q', period || results ? -1 : 0) : null;
      const value = base?.value ?? 'XXXX-QX';
      // "the latest quarter" is the last one completed; "the quarter" is the one under discussion.
      if (m[1] && /latest|recent|ended/i.test(m[1]) && !period) return at(m, { type: 'DATE', value, inferred: ['quarter'], relative: true });
      // "the quarter" after "the second quarter" is that one; with none mentioned, the last one completed.
      if (!period) return at(m, { type: 'DATE', value, inferred: ['quarter'], relative: true, deferred: { kind: 'lastQuarter', needAnchor: false } });
      return at(m, { type: 'DATE', value, inferred: ['quarter'], relative: true, deferred: { kind: 'lastQuarter', needAnchor: true } });
    },
    priority: 2,
  },
  {
    // the 1988 quarter, the 1989 period: that year's counterpart of the quarter under discussion
    name: 'year-period',
    hint: /quarter|period/i,
    re: re(`${B}the\\s+(1[89]\\d\\d|20\\d\\d)(?:'s)?\\s+(quarter|period|first\\s+quarter|second\\s+quarter|third\\s+quarter|fourth\\s+quarter)${E}`),
    make: (m) => {
      const q = /first/i.test(m[2]) ? 1 : /second/i.test(m[2]) ? 2 : /third/i.test(m[2]) ? 3 : /fourth/i.test(m[2]) ? 4 : 0;
      if (q) return at(m, { type: 'DATE', value: `${m[1]}-Q${q}`, inferred: [], relative: false });
      return at(m, { type: 'DATE', value: m[1], inferred: [], relative: false, deferred: { kind: 'yearOfQuarter', year: Number(m[1]) } });
    },
    priority: 6,
  },
  {
    // the following February, the previous March: that month after (or before) the date under discussion
    name: 'following-month',
    reach: 28,
    hint: MONTH_HINT,
    gate: [MONTH_WORD_HINT],
    also: [/following|next|previous|preceding/i],
    re: re(`${B}the\\s+(following|next|previous|preceding)\\s+(${MONTH_RE})${E}`),
    make: (m, ctx) => {
      const month = MONTHS[m[2].toLowerCase().replace(/\.$/, '')];
      if (!month) return null;
      const dir = /following|next/i.test(m[1]) ? 1 : -1;
      const value = ctx.ref ? monthFrom(`${ctx.ref.y}-${String(ctx.ref.m).padStart(2, '0')}`, month, dir) : `XXXX-${String(month).padStart(2, '0')}`;
      return at(m, { type: 'DATE', value, inferred: ['year'], relative: true, deferred: { kind: 'monthFrom', month, dir } });
    },
    priority: 6,
  },
  {
    // the following Monday, the previous Friday: that weekday after (or before) the day under discussion; with no day
    // before it, the coming (or latest) such day
    name: 'following-weekday',
    reach: 28,
    hint: /monday|tuesday|wednesday|thursday|friday|saturday|sunday/i,
    also: [/following|next|previous|preceding/i],
    re: re(`${B}the\\s+(following|next|previous|preceding)\\s+(${WEEKDAY_CAPS_RE})(?![\\w'\u2019])`),
    make: (m, ctx) => {
      const wd = WEEKDAYS[m[2].toLowerCase()];
      if (!wd) return null;
      const dir = /following|next/i.test(m[1]) ? 1 : -1;
      const r = resolveWeekday(ctx.ref, wd, dir > 0 ? 'future' : 'past', dir > 0 ? 'next' : 'last');
      return at(m, { type: 'DATE', ...r, relative: true, deferred: { kind: 'weekdayFrom', wd, dir } });
    },
    priority: 6,
  },
  {
    // the following year, the next day, the previous month, the next morning: counted from the date under discussion
    name: 'following-unit',
    reach: 28,
    hint: /day|week|month|quarter|year|decade|morning|afternoon|evening|night|spring|summer|fall|autumn|winter/i,
    gate: [/\b(?:day|week|month|quarter|year|decade|morning|afternoon|evening|night|spring|summer|fall|autumn|winter)/i],
    also: [/following|next|previous|preceding|prior|same|that|before|after/i],
    // (also "the week before", "the day after" with no object: "The week before, the minister resigned"; or with "it",
    // the date under discussion: "on the day before it.")
    re: re(`${B}(?:the\\s+|that\\s+(?=same\\s))?(?:(following|next|previous|preceding|prior|same|that)\\s+(day|week|month|quarter|year|decade|morning|afternoon|evening|night|spring|summer|fall|autumn|winter)|(day|night|week|month|year)\\s+(?:(before\\s+last)(?!\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|week|month|year|night|time|season|spring|summer|autumn|fall|winter|quarter|decade|christmas|easter)|[\\w'\u2019-])|(before|after)(?:\\s+it(?=\\s*[,.;:!?]))?(?=\\s*[,.;:!?]|\\s+(?:that|when|was|were|had|is)\\b)))${E}`),
    make: (m, ctx) => {
      // "He told us that year-to-year changes are noise": the base a rate is measured against, no year.
      if (rateBaseAt(ctx.s, m.index + m[0].length)) return null;
      if (m[3]) {
        if (!/^the\s/i.test(m[0])) return null;
        const rel = (m[4] ?? m[5]).toLowerCase();
        const n = rel === 'before' ? -1 : rel === 'after' ? 1 : -2;
        // ("the night before last", "the night before": that night of the day so many before.)
        if (m[3].toLowerCase() === 'night') {
          const day = ctx.ref ? fmtDay(addDays(ctx.ref, n)) : 'XXXX-XX-XX';
          return at(m, { type: 'TIME', value: `${day}TNI`, inferred: [], relative: true, deferred: { kind: 'shiftUnit', unit: 'day', n, part: 'NI', near: /\sit$/i.test(m[0]) || undefined } });
        }
        const u = m[3].toLowerCase() as 'day' | 'week' | 'month' | 'year';
        const base = relativeUnit(ctx.ref, unitOf(u) ?? 'D', n);
        // ("the day before it": "it" is a thing the paragraph named, dated only when the paragraph dated one.)
        const it = /\sit$/i.test(m[0]);
        return at(m, { type: 'DATE', value: base?.value ?? 'XXXX', inferred: [], relative: true, deferred: { kind: 'shiftUnit', unit: u, n, near: it || undefined } });
      }
      const part = PART_OF_DAY[m[2].toLowerCase()];
      if (part) return partOfDayFrom(m, ctx, part);
      const season = SEASONS[m[2].toLowerCase()];
      const unit = season ? 'Y' : unitOf(m[2]);
      if (!unit) return null;
      const w = m[1].toLowerCase();
      const lead = ctx.s.slice(Math.max(0, m.index - 12), m.index);
      if (!/^the\s/i.test(m[0]) && w !== 'following' && w !== 'same' && w !== 'that') return null; // "next year" is this-last-next
      if (w === 'that' && /^\s*(?:'s\b|,?\s*(?:when|which|in\s+which))/i.test(ctx.s.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
      if (w === 'next' && /\b(?:over|in|during|for|within|through)\s+$/i.test(lead)) return null; // a stretch
      const n = w === 'same' || w === 'that' ? 0 : /next|following/.test(w) ? 1 : -1;
      // "more progress in two years than in the previous decade": set against a stretch of time, the decade (or
      // century) before is the ten years before it, a duration, as "the past decade" is; not the 2010s.
      if (n < 0 && (unit === 'DE' || unit === 'CE') && /\bthan\s+(?:in\s+|over\s+|during\s+|for\s+)?$/i.test(ctx.s.slice(Math.max(0, m.index - 16), m.index))) {
        return at(m, { type: 'DURATION', value: unit === 'DE' ? 'P10Y' : 'P100Y', inferred: [], relative: false });
      }
      const base = relativeUnit(ctx.ref, unit, n);
      // "The following spring", "that winter": the season of the year under discussion (or the one after).
      if (season) {
        if (w === 'next' && !/^the\s/i.test(m[0])) return null; // "next spring": the season rule's
        // "plans that fall short", "problems that spring from": a relative clause's verb.
        if (w === 'that' && VERB_PARTICLE_AFTER_RE.test(ctx.s.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
        if (w === 'that' || w === 'same') return at(m, { type: 'DATE', value: `${base?.value ?? 'XXXX'}-${season}`, inferred: [], relative: true, deferred: { kind: 'shiftUnit', unit: 'year', n: 0, season } });
        // "The following spring" after October 2019 is 2020's, after February 2019 that year's; "the previous winter"
        // is the last one begun before the date under discussion.
        return at(m, { type: 'DATE', value: `${base?.value ?? 'XXXX'}-${season}`, inferred: [], relative: true, deferred: { kind: 'monthFrom', month: SEASON_START[season], dir: n > 0 ? 1 : -1, season } });
      }
      // "the same month last year", "the same quarter a year earlier": the unit under discussion, a year away.
      const year = w === 'same' && unit !== 'Y' ? SAME_UNIT_YEAR_RE.exec(ctx.s.slice(m.index + m[0].length, m.index + m[0].length + 32)) : null;
      if (year) {
        const years = /next|following|later/i.test(year[0]) ? 1 : -1;
        // ("Sales rose from the same quarter a year earlier" with no quarter before it: the last quarter reported, the
        // latest one completed, as "the year-ago quarter" is.)
        const from = unit === 'Q' ? relativeUnit(ctx.ref, 'Q', -1) : base;
        const value = from ? shiftYears(from.value, years) : null;
        return at(m, { type: 'DATE', value: value ?? 'XXXX', inferred: [], relative: true, deferred: { kind: 'shiftUnit', unit: m[2].toLowerCase() as ShiftUnit, n, years } }, m.index, m.index + m[0].length + year[0].length);
      }
      // "the same quarter of 2024": the quarter under discussion, in that year.
      const ofYear = w === 'same' && unit === 'Q' ? SAME_OF_YEAR_RE.exec(ctx.s.slice(m.index + m[0].length, m.index + m[0].length + 12)) : null;
      if (ofYear) {
        return at(m, { type: 'DATE', value: `${ofYear[1]}${base ? base.value.slice(4) : '-QX'}`, inferred: [], relative: true, deferred: { kind: 'yearOfQuarter', year: Number(ofYear[1]) } }, m.index, m.index + m[0].length + ofYear[0].length);
      }
      return at(m, { type: 'DATE', value: base?.value ?? 'XXXX', inferred: [], relative: true, deferred: { kind: 'shiftUnit', unit: m[2].toLowerCase() as ShiftUnit, n } });
    },
    priority: 6,
  },
];
