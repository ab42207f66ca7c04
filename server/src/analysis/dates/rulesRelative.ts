// Rules for expressions relative to the reference date: today, last week, Thursday, two years ago, 10 a.m.
import { SEASON_START, addDays, addMonths, daysInMonth, fmtDay, isoWeek, parseYmd, shiftYears, weekday, type Ymd } from './calendar';
import type { Made, Rule, RuleContext, ShiftUnit } from './candidate';
import { doneOnDay, tenseAt } from './context';
import { AND_A_HALF, DIGIT_HINT, MONTH_HINT, MONTH_RE, MONTH_WORD_HINT, MONTHS, NUM_RE, PART_OF_DAY, SEASONS, UNIT_RE, WEEKDAYS, WEEKDAY_CAPS_RE, WEEKDAY_RE, durationValue, parseNumber, perUnit, unitOf, UNIT_HINT, UNIT_WORD_HINT } from './lexicon';
import { ago, monthFrom, relativeUnit, resolveMonth, resolveWeekday, type Rel } from './resolve';
import { dropFinalS, dropLeadingThe, hasSpace, opensItsLine } from './textTests';
import { execLong, isAsciiUpperCode, isDigitCode, isSpaceAt, skipBlanks, testLong } from '../chars';

/** "and next" after "this year" (but not "and next year", which is its own match). */
const AND_NEXT_AFTER = /^\s+(?:and|or)\s+(next|last)(?![\w-])(?!\s+(?:year|month|week|quarter|decade|century|weekend|[A-Z]))/;

/** A second weekday after a dash: "Saturday-Sunday", "Monday – Wednesday". */
const WEEKDAY_AFTER_DASH = /^\s*[-\u2013]\s*(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\w-])/;

/** The units a duration counted from the date under discussion moves it by ("two days later", "three months earlier"). */
const SHIFT_UNIT: Partial<Record<string, ShiftUnit>> = { D: 'day', W: 'week', M: 'month', Q: 'quarter' };

/** Words for the turn of the day, as the part of the day TIMEX3 gives them ("at dawn on Saturday": TMO). */
const TWILIGHT: Record<string, string> = { dawn: 'MO', daybreak: 'MO', dusk: 'EV', nightfall: 'NI' };
const B = '(?<![\\w-])';
const E = '(?![\\w])';
const re = (src: string): RegExp => new RegExp(src, 'gi');

/** Words that place a unit relative to now ("this week", "last month"; also every "on this day in 1995"). */
const THIS_LAST_NEXT_HINT = /this|last|next|coming|past|previous|current|outgoing/i;

/** Every epidemiological week holds one of these words. */
const EPI_WEEK_GATE = /\b(?:epidemiological|epi|iso|ew)/i;

/** A month's name or abbreviation with its capital, after a military time ("0500 on 3 December", "0600 Nov. 12"). */
const MONTH_CAPS = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';

/** A date in figures right before a clock time: "14/11/2025 15:45", "2025-11-14 09:00". */
const DATE_FIGURES_BEFORE = /(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d\d-\d\d)\s+$/;
/** A day named before a live blog's stamp: "Yesterday, 22:40", "Thursday, 22:40", "13 Nov, 22:40". */
const DAY_STAMP_BEFORE = /(?:\b(?:yesterday|today|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|\b\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?|\b[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?),\s*$/i;
/** Nothing but blanks since the line began (or the chunk, which begins a line or a sentence). */
const LINE_START_BEFORE = /(?:^|\n)[ \t*#>]*(?:[-+\u2022]\s+)?$/;

/** A particle or preposition after "that fall" / "that spring" makes them verbs: "fall short", "fall on", "spring from". */
const VERB_PARTICLE_AFTER_RE = /^\s+(?:short|apart|into|under|within|from|back|behind|off|through|out|up|down|on|upon|to|in|outside|below|above|flat|victim|prey|silent)\b/i;

/** Every "ago" expression holds the word (one object, so the hint scan looks for it once). */
const AGO_HINT = /\bago\b|(?:years?|weeks?|months?|days?|decades?)\s+back\b/i;

/** The article's day, week or month in another year (29 February of a year without one is its 28th). */
function sameDayOf(ref: Ymd, year: number, grain: 'day' | 'week' | 'month'): string {
  const day = { y: year, m: ref.m, d: Math.min(ref.d, daysInMonth(year, ref.m)) };
  return grain === 'week' ? isoWeek(day) : grain === 'month' ? fmtDay(day).slice(0, 7) : fmtDay(day);
}

const NAMED_WEEKDAY_BEFORE = /\b(?:Good|Black|Bloody|Holy|Maundy|Palm|Ash|Easter|Whit|Cyber|Super|Giving)\s+$/;

/** "two Saturdays ago": the second Saturday before the article's day (the first is last Saturday). */
function weekdaysAgo(m: RegExpExecArray, ctx: RuleContext, wd: number, end: number): Made | null {
  const ago = /^\s+ago\b/.exec(ctx.s.slice(end, end + 8));
  if (!ago) return null;
  const lo = Math.max(0, m.index - 12);
  const count = /([A-Za-z]+|\d{1,2})\s+$/.exec(ctx.s.slice(lo, m.index));
  const n = count ? parseNumber(count[1]) : null;
  if (!count || !n || n < 2 || n > 10 || !Number.isInteger(n)) return null;
  const start = lo + count.index;
  if (start > 0 && /[\p{L}\d]/u.test(ctx.s[start - 1])) return null;
  const stop = end + ago[0].length;
  if (!ctx.ref) return at(m, { type: 'DATE', value: `XXXX-WXX-${wd}`, inferred: ['week'], relative: true }, start, stop);
  const last = addDays(ctx.ref, -(((weekday(ctx.ref) - wd + 6) % 7) + 1));
  return at(m, { type: 'DATE', value: fmtDay(addDays(last, -7 * (n - 1))), inferred: [], relative: true }, start, stop);
}

function at(m: RegExpExecArray, rest: Omit<Made, 'start' | 'end'>, start = m.index, end = m.index + m[0].length): Made {
  return { start, end, ...rest };
}

/** After "the current fiscal year": the year it is, written as a span of two ("2025-26", "2025/26"). */
const FISCAL_SPAN_AFTER = /^\s((?:19|20)\d\d)[-/\u2013](\d\d)(?![\w/-])/;
/** What a financial or fiscal year's value leaves open. */
const FISCAL_INFERRED = ['fiscal year'];
/** What ends a weekday's clause before its verb: a dash, a colon, a bar, a line break ("Thursday, 21:45 GMT — ..."). */
const CLAUSE_BREAK_RE = /\s[-\u2013\u2014]\s|[\u2013\u2014|\n]|:\s/;
/** Where CLAUSE_BREAK_RE first matches in s, or -1 (one character, a one-byte string on a two-byte article, is looked up: no second compile). */
function clauseBreak(s: string): number {
  if (s.length < 2) return s.length === 1 && '\u2013\u2014|\n'.includes(s) ? 0 : -1;
  const m = CLAUSE_BREAK_RE.exec(s);
  return m ? m.index : -1;
}
/** "on" and an indefinite article (and maybe one adjective) before a weekday: "on a Tuesday", "on a grey Tuesday" (not "published a letter Thursday"). */
const A_DAY_BEFORE_RE = /\b(?:[Oo]n|[Oo]f)\s+a\s+(?:[a-z]{2,12}\s+)?$/;
/** After a weekday, what it keeps open each week: "Sunday hours", "Saturday opening", "Sunday service". */
const OPENING_AFTER_RE = /^\s+(?:hours|opening|openings|trading|service|services|shifts?|schedule|closures?|newsletters?|editions?|supplements?|podcasts?)\b/i;
/** After a weekday, the rest of a publication's or a show's name: "The Friday Brief", "the Monday Briefing". */
const PUBLICATION_AFTER_RE = /^\s+(?:Brief|Briefing|Newsletter|Edition|Podcast|Digest|Roundup|Round-up|Read|Show|Review|Wrap|Supplement)\b/;

/** Before a clock time: a habit's day ("every day at 8 a.m.", "daily from 0800"). */
// ("weekdays 08:00–18:00": a habit's words right before its hours, and the second clock of a range after its dash.)
const HABIT_BEFORE_RE = /\b(?:daily|nightly|weekdays|every\s+(?:day|night|morning|evening|afternoon|weekday)|each\s+(?:day|night|morning|evening))\b(?:[ap]\.m\.|[^.;!?\n]){0,24}(?:\b(?:at|from|until|till|to|by|between)\s+(?:about\s+|around\s+)?|\d\s?[\u2013-]\s?)$|\b(?:daily|nightly|weekdays),?\s+$/i;
/** After it, in its clause: "opens at 8 a.m. daily", "from 10 p.m. to 5 a.m. every night", "8am-4pm on weekdays". */
const HABIT_AFTER_RE = /^(?:[ap]\.m\.|[^.;!?\n]){0,32}?\b(daily|nightly|every\s+(?:day|night|morning|evening|afternoon|weekday)|each\s+(?:day|night|morning|evening)|on\s+weekdays|on\s+weekends|at\s+weekends)\b/i;
/**
 * Whether the 24-hour clock at start..end is one end of a range of clocks joined by a dash ("08:00–18:00",
 * "09:30-17:30"): opening hours, each end a time. (Two-digit hours on both sides, or whole and half hours: "John
 * 3:16–4:12" is a verse.)
 */
function clockRange(s: string, start: number, end: number): boolean {
  const c = s.charCodeAt(end) === 32 ? s.charCodeAt(end + 1) : s.charCodeAt(end);
  const b = s.charCodeAt(start - 1) === 32 ? s.charCodeAt(start - 2) : s.charCodeAt(start - 1);
  if (c !== 0x2013 && c !== 45 && b !== 0x2013 && b !== 45) return false;
  const m = CLOCK_RANGE_RE.exec(s.slice(Math.max(0, start - 8), Math.min(s.length, end + 8)));
  if (!m) return false;
  return (m[1].length === 2 && m[3].length === 2) || (QUARTER_MINUTES.test(m[2]) && QUARTER_MINUTES.test(m[4]));
}
const CLOCK_RANGE_RE = /(?<![\d:.])([01]?\d|2[0-3]):([0-5]\d) ?[\u2013-] ?([01]?\d|2[0-3]):([0-5]\d)(?![\d:])/;
/**
 * Whether the clock at start..end is one of two joined by "between ... and" ("between 14:00 and 16:00 local time",
 * "between 9:00 and 17:00"): both ends written as hours and minutes, the first after "between".
 */
function clockBetween(s: string, start: number, end: number): boolean {
  return testLong(BETWEEN_FIRST_RE, s.slice(Math.max(0, start - 8), start)) ? BETWEEN_SECOND_RE.test(s.slice(end, end + 14)) : testLong(BETWEEN_PAIR_RE, s.slice(Math.max(0, start - 24), start));
}
const BETWEEN_FIRST_RE = /\bbetween\s+$/i;
const BETWEEN_SECOND_RE = /^\s+and\s+(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d:])/;
const BETWEEN_PAIR_RE = /\bbetween\s+(?:[01]?\d|2[0-3])[:.][0-5]\d\s+and\s+$/i;
const QUARTER_MINUTES = /^(?:00|15|30|45)$/;

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

/** After "the 18:10": what a time of departure names ("service", "train", "from Leeds", "to London"). */
const DEPARTURE_AFTER_RE = /^\s+(?:service|services|train|departure|flight|bus|coach|ferry|sailing|express|shuttle|from\s+[A-Z]|to\s+[A-Z])/;
/** A clock of 24 hours after "at" ..., then "and", "or", "instead of", "rather than": the second of a pair comes next. */
const CLOCK_PAIR_BEFORE_RE = /\b(?:at|from|by|until|till|after|before|around|about)\s+(?:[01]?\d|2[0-3]):[0-5]\d(?:\s+(?:GMT|UTC|BST|CET|CEST|EST|EDT|local\s+time))?,?\s+(?:and|or|instead\s+of|rather\s+than)\s+$/;

/** "every Tuesday and ", "each Monday, Wednesday or ": a list of days that recur. */
const EVERY_DAY_AND_BEFORE_RE = /\b(?:[Ee]very|[Ee]ach)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:,\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)){0,3}(?:,\s+|,?\s+(?:and|or)\s+)$/;

/** Before "noon" or "midnight": "between 10 a.m. and ". */
const BETWEEN_CLOCK_AND_RE = /\bbetween\s+\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)\s+and\s+$/i;
/** Right after a clock: a dash and a second clock ("-4pm", "–5 p.m."). */
const CLOCK_AFTER_DASH_RE = /^\s?[-\u2013]\s?(\d{1,2})(?:[:.](\d{2}))?\s*(a\.m\.?|p\.m\.?|am|pm)(?!\w)/i;
/** Right after a 24-hour clock: a hyphen and a second one, with its zone ("-10:00 GMT"). */
const HYPHEN_CLOCK_AFTER_RE = /^-([01]?\d|2[0-3]):([0-5]\d)(?![\d:])(?:\s+(?:GMT|UTC|BST|CET|CEST|EST|EDT|local\s+time))?/;
/** After "the same quarter": "of 2024". */
const SAME_OF_YEAR_RE = /^\s+of\s+((?:19|20)\d\d)(?![\w/-])/;

/** A day named after a clock time: "3 a.m. on Friday", "at noon today". */
const DAY_AFTER_CLOCK_RE = /^\s+(?:on\s+)?(?:[A-Z][a-z]+day|today|tonight|tomorrow|yesterday|[A-Z][a-z]{2,8}\.?\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2})/;

/**
 * A clock time on the article's day, which the date under discussion may replace later; or on no day at all when it
 * is a habit's ("The crossing opens at 8 a.m. daily": XXXX-XX-XXT08:00).
 */
function clockTime(m: RegExpExecArray, ctx: RuleContext, clock: string): Made {
  const end = m.index + m[0].length;
  const after = ctx.s.slice(end, end + 48);
  // (In the past, a habit word further on may be another clause's: "ended at 5 p.m. and talks resume daily".)
  const habitAfter = execLong(HABIT_AFTER_RE, after);
  const habit = (habitAfter && (habitAfter[0].length - habitAfter[1].length < 3 || tenseAt(ctx.s, m.index, end) !== 'past')) || testLong(HABIT_BEFORE_RE, ctx.s.slice(Math.max(0, m.index - 48), m.index));
  if (habit && !DAY_AFTER_CLOCK_RE.test(after)) {
    return at(m, { type: 'TIME', value: `XXXX-XX-XXT${clock}`, inferred: [], relative: false });
  }
  return at(m, { type: 'TIME', value: `${ctx.ref ? fmtDay(ctx.ref) : 'XXXX-XX-XX'}T${clock}`, inferred: ['day'], relative: true });
}

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

/** After "overnight": "into" and a weekday, the morning the night runs into. */
const INTO_WEEKDAY_AFTER_RE = /^\s+into\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\w'\u2019])/;

/** A day value, with a part of the day ("TMO") making it a TIME. */
function dayWithPart(ctx: RuleContext, offset: number, part: string | undefined): Omit<Made, 'start' | 'end'> {
  const code = part ? PART_OF_DAY[part.toLowerCase()] : undefined;
  const day = ctx.ref ? fmtDay(addDays(ctx.ref, offset)) : 'XXXX-XX-XX';
  return { type: code ? 'TIME' : 'DATE', value: code ? `${day}T${code}` : day, inferred: [], relative: true };
}

function relOf(w: string | undefined): Rel {
  const x = dropLeadingThe((w ?? '').toLowerCase());
  if (x === 'last' || x === 'past' || x === 'previous' || testLong(/^this\s+past$/, x)) return 'last';
  if (x === 'next' || x === 'coming' || x === 'following') return 'next';
  if (x === 'this' || x === 'current') return 'this';
  return null;
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

/** Expressions resolved against the reference date or the date under discussion. */
/** What makes "the year", "the quarter" a stretch up to a date: "ended June 30", "ending March", "to date", and the
 * statistics offices' "the year to March 2020", "the year to the end of June". */
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
const STRETCH_ENDING_RE = /^\s+(?:ended|ending|to\s+date|to\s+(?:the\s+end\s+of\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mid-)|to\s+(?:the\s+(?:first|second|third|fourth|final|latest)\s+quarter|Q[1-4]\b))/i;

/** Whether the day at s[start, end) opens its line and a dash or colon follows it: a diary's entry ("TUESDAY - ..."). */
function diaryEntryAt(s: string, start: number, end: number): boolean {
  return opensItsLine(s, start) && /^\s*(?:[-\u2013\u2014:]|,\s+\p{L}{3,9}\.?\s+\d{1,2}\b)/u.test(s.slice(end, end + 16));
}

/** Nouns after a capitalised "Today" that make it a title: "the Today programme". */
const TITLE_AFTER_TODAY = /^\s+(?:programme|program|show|newspaper|broadcast|presenter|interview)\b/i;

/** A relative clause without "that" after "the year": a subject, then a finite verb ("the deal was", "he took office"). */
const CONTACT_CLAUSE_AFTER = /^\s+(?:(?:the|a|an|his|her|its|their|our|my|this|these|those)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|he|she|it|they|we|I|you)\s+(?:was|were|had|has|have|is|are|did|began|ended|came|took|went|fell|rose|won|lost|left|died|broke|[a-z]{3,}ed)\b/;

/** A company's figures near "the quarter": results, which are reported for the quarter just completed. */
const RESULTS_NEAR_RE = /[$\u20ac\u00a3]\s?\d|\b(?:net\s+income|income|revenues?|profits?|earnings|sales|EPS|per\s+share|results|margins?|losses|EBITDA|turnover|operating|dividend|guidance|shipments|deliveries|cash\s+flow|bookings|orders|backlog|repurchased|buybacks?)\b/i;

export const relativeRules: Rule[] = [
  {
    name: 'deictic-day',
    reach: 28,
    hint: /today|tonight|yesterday|tomorrow|morning|afternoon|evening|night/i,
    re: re(`${B}(?:(the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow)|(today|tonight|yesterday|tomorrow)(?:'s)?(?:\\s+(morning|afternoon|evening|night))?|(this|last|tomorrow|yesterday|the\\s+past(?=\\s+night))\\s+(morning|afternoon|evening|night))${E}`),
    make: (m, ctx) => {
      if (m[1]) return at(m, dayWithPart(ctx, /before/i.test(m[1]) ? -2 : 2, undefined));
      // "BBC Radio 4's Today programme", "the Today show", "USA Today": a title, not a day.
      if (m[2] && m[2].charCodeAt(0) === 84 && !m[3] && (testLong(TITLE_AFTER_TODAY, ctx.s.slice(m.index + m[0].length, m.index + m[0].length + 12)) || testLong(/(?:['’]s|USA|the)\s+$/, ctx.s.slice(Math.max(0, m.index - 5), m.index)))) return null;
      // ("over the past night", the wording of air-defence tallies, is last night.)
      const word = m[4] && m[4].length > 4 ? 'last' : (m[2] ?? m[4]).toLowerCase();
      const offsets: Record<string, number> = { today: 0, tonight: 0, this: 0, yesterday: -1, tomorrow: 1, last: -1 };
      const part = m[3] ?? m[5] ?? (word === 'tonight' ? 'tonight' : undefined);
      const r = dayWithPart(ctx, offsets[word] ?? 0, part);
      // "today" in a headline-less wire story is the DCT; the possessive "'s" stays outside the span.
      const end = m[2] && /'s$/i.test(m[0]) && !m[3] ? m.index + m[0].length - 2 : m.index + m[0].length;
      return at(m, r, m.index, end);
    },
    priority: 6,
  },
  {
    // "attacked overnight", "will fly overnight": the night before the article's day, or the coming one.
    name: 'overnight',
    reach: 8,
    hint: /overnight/i,
    re: re(`${B}overnight(?=\\s*(?:[.,;:)\u2014]|$)|\\s+(?:in|on|at|and|but|to|into|from|as|when|while|after|before|with|near|across|along|around|inside|outside|for|until|through)\\b)`),
    make: (m, ctx) => {
      // ("an overnight for two", "the overnight to Lyon": a noun, a stay or a train.)
      if (testLong(/\b(?:an?|the)\s+$/i, ctx.s.slice(Math.max(0, m.index - 5), m.index))) return null;
      const tense = tenseAt(ctx.s, m.index, m.index + m[0].length);
      // "rose overnight into Wednesday": the night before that day, one expression.
      const into = execLong(INTO_WEEKDAY_AFTER_RE, ctx.s.slice(m.index + m[0].length, m.index + m[0].length + 20));
      if (into) {
        const r = resolveWeekday(ctx.ref, WEEKDAYS[into[1].toLowerCase()], tense === 'future' ? 'future' : 'past', null);
        const day = parseYmd(r.value);
        const value = day ? `${fmtDay(addDays(day, -1))}TNI` : `XXXX-WXX-${(WEEKDAYS[into[1].toLowerCase()] + 5) % 7 + 1}TNI`;
        return at(m, { type: 'TIME', value, inferred: r.inferred, relative: true }, m.index, m.index + m[0].length + into[0].length);
      }
      const made = at(m, dayWithPart(ctx, tense === 'past' ? -1 : 0, 'overnight'));
      // "overnight on November 12": the night of the day after it (joined to it as a part of that day).
      if (/^\s+on\s+\S/.test(ctx.s.slice(m.index + m[0].length, m.index + m[0].length + 6))) made.inferred = ['day'];
      return made;
    },
    priority: 5,
  },
  {
    name: 'present-past-future-ref',
    hint: /now|current|present|days|moment|recent|lately|formerly|past|once|earlier|future|coming|ahead|term|later date|those days|other day/i,
    re: re(`${B}(?:(now|currently|presently|nowadays|these\\s+days|at\\s+present|at\\s+the\\s+moment|the\\s+present)|(recently|lately|formerly|in\\s+the\\s+past|the\\s+past|once\\s+upon\\s+a\\s+time|those\\s+days|the\\s+other\\s+day)|(the\\s+(?:near\\s+|distant\\s+|foreseeable\\s+)?future|the\\s+(?:near|short|medium|long|longer)\\s+term|a\\s+later\\s+date|in\\s+the\\s+(?:coming|next\\s+few)\\s+(?:days|weeks|months|years)|the\\s+coming\\s+(?:days|weeks|months|years)|in\\s+the\\s+(?:days|weeks|months|years)\\s+ahead|the\\s+(?:days|weeks|months|years)\\s+ahead))${E}`),
    make: (m, ctx) => {
      let start = m.index;
      const end = m.index + m[0].length;
      const w = m[0].toLowerCase();
      if (w.startsWith('in') && isSpaceAt(w, 2)) start += m[0].indexOf(' ') + 1;
      const value = m[1] ? 'PRESENT_REF' : m[2] ? 'PAST_REF' : 'FUTURE_REF';
      const after = ctx.s.slice(end, end + 30);
      // ("each of the past five budgets", "the past two governments": a count of things, not a time; "the past five
      // years" is a span's.)
      if (w === 'the past' && /^\s+(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|few|several|many|couple)\b|[a-z]+\s+(?:years?|months?|weeks?|days?|decades?|summers?|winters?|springs?|autumns?|falls?)|(?:years?|months?|weeks?|days?|decades?|century|quarter))/i.test(after)) return null;
      if (w.endsWith('future') && /^\s+of\b/i.test(after)) return null; // "the future of NATO" is a topic, not a time
      if (w.endsWith('term') && testLong(/^\s*(?:debt|notes?|bonds?|loans?|rates?|securities|interest|financing|paper|contracts?|investors?)\b/i, after)) return null; // "short term debt" // left to durations of the context; too vague to mark
      return { start, end, type: 'DATE', value, inferred: [], relative: false };
    },
    priority: 2,
  },
  {
    // recent weeks -> handled as a duration; "recent" before other nouns is PAST_REF; "current" likewise PRESENT_REF
    name: 'recent-current',
    reach: 8,
    hint: /current/i,
    re: re(`${B}(current)${E}(?=\\s+[a-z])`),
    make: (m, ctx) => {
      const next = /^\s+([a-z]+)/i.exec(ctx.s.slice(m.index + m[0].length, m.index + m[0].length + 30))?.[1]?.toLowerCase() ?? '';
      if (/^(?:years?|months?|weeks?|days?|decades?|quarters?|hours?|times)$/.test(next)) return null;
      if (m[1].toLowerCase() === 'current' && /^(?:account|accounts|affairs|events|flows?|practice|law|rules|status|form|level|levels|price|prices|dollars|members?|and|or|issue)$/.test(next)) return null;
      return at(m, { type: 'DATE', value: m[1].toLowerCase() === 'recent' ? 'PAST_REF' : 'PRESENT_REF', inferred: [], relative: false });
    },
    priority: 1,
  },
  {
    // Thursday, last Friday, next Tuesday, Friday morning, Friday's, Tuesday next week; Tuesdays is a SET
    name: 'weekday',
    reach: 20,
    hint: /monday|tuesday|wednesday|thursday|friday|saturday|sunday/i,
    // ("on Monday last", "Monday next": the South Asian and older British order, the word after the day.)
    re: re(`${B}(?:(this\\s+past|last|next|this|coming|past|previous)\\s+)?(${WEEKDAY_RE})('s)?(?:\\s+(mornings?|afternoons?|evenings?|nights?))?(\\s+(?:next|last|this)\\s+week|\\s+(?:last|next)(?![\\w-]|\\s+(?:week|month|year|time|night|weekend|one)\\b))?${E}`),
    make: (m, ctx) => {
      if (!isAsciiUpperCode(m[2].charCodeAt(0))) return null;
      // Named days are not the week's: "Good Friday" (a feast), "Bloody Sunday", "Super Tuesday", "Black Friday".
      if (!m[1] && testLong(NAMED_WEEKDAY_BEFORE, ctx.s.slice(Math.max(0, m.index - 8), m.index))) return null;
      // Nor is a name's: "The Friday Brief", "the Monday Briefing" (a newsletter, a show).
      if (!m[1] && !m[3] && !m[4] && !m[5] && ctx.s.charCodeAt(m.index + m[0].length + 1) <= 90 && PUBLICATION_AFTER_RE.test(ctx.s.slice(m.index + m[0].length, m.index + m[0].length + 14))) return null;
      const name = m[2].toLowerCase();
      const plural = name.endsWith('s') && !(m[3] ?? '');
      const wd = WEEKDAYS[dropFinalS(name)] ?? WEEKDAYS[name];
      if (!wd) return null;
      const part = m[4] ? PART_OF_DAY[dropFinalS(m[4].toLowerCase())] : undefined;
      let end = m.index + m[0].length;
      if (m[3] && !m[4] && !m[5]) end -= m[3].length;
      if (plural && !m[1] && !m[4]) {
        const back = weekdaysAgo(m, ctx, wd, end);
        if (back) return back;
      }
      // "restores Sunday hours at the library": the opening hours of every Sunday.
      // ("every Tuesday and Thursday": the second day of the list recurs as the first does.)
      const everyList = !m[1] && !m[3] && testLong(EVERY_DAY_AND_BEFORE_RE, ctx.s.slice(Math.max(0, m.index - 32), m.index));
      // ("Friday nights", "on Sunday mornings": every such part of that day.)
      if (plural || everyList || (m[4] !== undefined && m[4].endsWith('s')) || (!m[1] && !m[3] && !m[4] && !m[5] && testLong(OPENING_AFTER_RE, ctx.s.slice(end, end + 16)))) {
        return at(m, { type: 'SET', value: `XXXX-WXX-${wd}${part ? `T${part}` : ''}`, inferred: [], relative: false }, m.index, end);
      }
      // "on a grey Tuesday afternoon in February", "on a Sunday": some such day, not the nearest one.
      if (!m[1] && !m[3] && !m[5] && testLong(A_DAY_BEFORE_RE, ctx.s.slice(Math.max(0, m.index - 20), m.index))) {
        return at(m, part ? { type: 'TIME', value: `XXXX-WXX-${wd}T${part}`, inferred: [], relative: false } : { type: 'DATE', value: `XXXX-WXX-${wd}`, inferred: [], relative: false }, m.index, end);
      }
      // "on Monday last", "Monday next": the latest or the coming such day.
      if (m[5] && !/week/i.test(m[5])) {
        const r = resolveWeekday(ctx.ref, wd, /last/i.test(m[5]) ? 'past' : 'future', /last/i.test(m[5]) ? 'last' : 'next');
        return at(m, part ? { type: 'TIME', value: `${r.value}T${part}`, inferred: r.inferred, relative: true } : { type: 'DATE', ...r }, m.index, end);
      }
      // "Tuesday next week": that week's Tuesday.
      if (m[5] && !m[1] && !m[3] && ctx.ref) {
        const shift = /next/i.test(m[5]) ? 7 : /last/i.test(m[5]) ? -7 : 0;
        const value = fmtDay(addDays(ctx.ref, shift + wd - weekday(ctx.ref)));
        return at(m, part ? { type: 'TIME', value: `${value}T${part}`, inferred: ['week'], relative: true } : { type: 'DATE', value, inferred: ['week'], relative: true }, m.index, end);
      }
      if (m[5]) end -= m[5].length;
      // "Wednesday's ruling": an event already reported, so the latest such day.
      // ("Monday night's debate" too.)
      const owned = m[3] || ctx.s.startsWith("'s", end) || ctx.s.startsWith('\u2019s', end);
      // A diary's entry: "TUESDAY - G20 summit opens", "Thursday: Bank of England decision" opens its line, and its
      // tense is the entry's own, after it (no verb of the past there: an entry ahead).
      const entry = !m[1] && !owned && diaryEntryAt(ctx.s, m.index, end);
      let tense = entry ? (tenseAt(ctx.s, m.index, end, true) === 'past' ? 'past' : 'future') : tenseAt(ctx.s, m.index, end, false);
      // "On Monday the department will face questions": with no verb before the day, the clause's verb after it decides
      // (a past one, "On Monday officials said", leaves the latest such day, as no verb at all does).
      // (Only within the clause: a stamp's "Thursday, 21:45 GMT — The minister will travel" is the entry's day, not the verb's.)
      if (tense === 'unknown') {
        const stop = clauseBreak(ctx.s.slice(end, end + 160));
        if (tenseAt(stop >= 0 ? ctx.s.slice(0, end + stop) : ctx.s, m.index, end, true) === 'future') tense = 'future';
      }
      const r = resolveWeekday(ctx.ref, wd, owned || (!m[1] && doneOnDay(ctx.s, m.index)) ? 'past' : tense, relOf(m[1]));
      if (part) return at(m, { type: 'TIME', value: `${r.value}T${part}`, inferred: r.inferred, relative: true }, m.index, end);
      const first = at(m, { type: 'DATE', ...r }, m.index, end);
      // "Saturday-Sunday", "Monday–Wednesday": the days after the first, up to the second.
      const to = r.value.length === 10 && !m[1] ? execLong(WEEKDAY_AFTER_DASH, ctx.s.slice(end, end + 14)) : null;
      const day = to ? parseYmd(r.value) : null;
      const wd2 = to ? WEEKDAYS[to[1].toLowerCase()] : undefined;
      if (!to || !day || !wd2 || wd2 === wd) return first;
      const second: Made = { start: end + to[0].length - to[1].length, end: end + to[0].length, type: 'DATE', value: fmtDay(addDays(day, (wd2 - wd + 7) % 7)), inferred: r.inferred, relative: true };
      return [first, second];
    },
    priority: 5,
  },
  {
    // this week, last month, next year, the current quarter, this weekend, earlier this year; "the outgoing fiscal
    // year" (South Asian budget copy's: the current one, about to end)
    name: 'this-last-next-unit',
    reach: 28,
    hint: UNIT_HINT,
    gate: [UNIT_WORD_HINT],
    also: [THIS_LAST_NEXT_HINT],
    re: re(`${B}(this\\s+past|this|last|next|coming|past|previous|current|the\\s+current|the\\s+outgoing|the\\s+coming|the\\s+previous|the\\s+past|the\\s+last|the\\s+next)\\s+(?:(?:fiscal|financial|calendar)\\s+(?=year))?(hour|day|week|weekend|fortnight|month|quarter|year|decade|century)${E}`),
    make: (m, ctx) => {
      const unit = unitOf(m[2]);
      if (!unit) return null;
      const fortnight = m[2].toLowerCase() === 'fortnight';
      const lower = m[1].toLowerCase();
      const spaced = hasSpace(lower) ? lower.replace(/\s+/g, ' ') : lower;
      // "this past weekend" is the last one.
      const w = spaced === 'this past' ? 'past' : spaced;
      // "the past year", "the next month": a stretch of time, not a calendar unit.
      // ("the next financial year" is the next one, as "next financial year" is.)
      const fiscal = /(?:fiscal|financial)\s/i.test(m[0]);
      // "on the last day", "the afternoon of the last day", "the last day of the summit": the final one of something's
      // days, not the day up to now.
      if (w === 'the last' && (unit === 'D' || unit === 'W') && (testLong(/\b(?:on|of)\s+$/i, ctx.s.slice(Math.max(0, m.index - 4), m.index)) || testLong(/^\s+of\s/i, ctx.s.slice(m.index + m[0].length, m.index + m[0].length + 4)))) return null;
      // ("the coming year", "tasks for the coming year": the next calendar year, as "the coming fiscal year" is the next
      // one; "the coming week" and "the coming month" stay stretches from the article's day.)
      if (!fiscal && (w === 'the past' || w === 'the last' || w === 'the next' || (w === 'the coming' && unit !== 'Y') || (w === 'past' && unit !== 'WE'))) {
        if (unit === 'WE') return at(m, { type: 'DATE', ...(relativeUnit(ctx.ref, 'WE', w.includes('past') || w.includes('last') ? -1 : 1) ?? { value: 'XXXX-WXX-WE', inferred: [], relative: true }) });
        const n = unit === 'DE' ? 10 : unit === 'CE' ? 100 : fortnight ? 2 : 1;
        const u = unit === 'DE' || unit === 'CE' ? 'Y' : unit === 'Q' ? 'Q' : unit;
        // ("in the past hour": PT1H.)
        return at(m, { type: 'DURATION', value: u === 'H' ? 'PT1H' : `P${n}${u === 'D' ? 'D' : u}`, inferred: [], relative: false });
      }
      // ("this hour", "next hour" name no calendar unit here.)
      if (unit === 'H') return null;
      // ("this fortnight" names no calendar unit.)
      if (fortnight) return null;
      const rel = relOf(w);
      const offset = rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
      if (unit === 'D') return null;
      const r = relativeUnit(ctx.ref, unit, offset);
      if (!r) return null;
      // "compared with $3 million last year" in a results story: the same quarter a year before.
      if (unit === 'Y' && offset === -1 && testLong(/\b(?:compared\s+with|from|versus|vs\.|against)\b[^.;]{0,60}$/i, ctx.s.slice(Math.max(0, m.index - 80), m.index))) {
        return at(m, { type: 'DATE', ...r, deferred: { kind: 'shiftYears', n: -1, quarterOnly: true } });
      }
      // "the current fiscal year 2025-26": the year written after it says which.
      if (fiscal && offset === 0 && isDigitCode(ctx.s.charCodeAt(m.index + m[0].length + 1))) {
        const written = FISCAL_SPAN_AFTER.exec(ctx.s.slice(m.index + m[0].length, m.index + m[0].length + 10));
        const y1 = written ? Number(written[1]) : 0;
        if (written && (y1 + 1) % 100 === Number(written[2])) {
          return { start: m.index, end: m.index + m[0].length + written[0].length, type: 'DATE', value: written[1], through: String(y1 + 1), inferred: [], relative: false };
        }
      }
      // ("this financial year": which months it spans, and so its year, depends on the country and the body; see the-unit.)
      const made = at(m, { type: 'DATE', ...r, inferred: fiscal ? FISCAL_INFERRED : r.inferred });
      // "this year and next", "this week or last": the second word names the unit too.
      const end = m.index + m[0].length;
      const also = made && (rel === 'this' || rel === null) ? execLong(AND_NEXT_AFTER, ctx.s.slice(end, end + 12)) : null;
      const other = also ? relativeUnit(ctx.ref, unit, also[1].toLowerCase() === 'next' ? 1 : -1) : null;
      if (!made || !also || !other) return made;
      return [made, { start: end + also[0].length - also[1].length, end: end + also[0].length, type: 'DATE', ...other }];
    },
    priority: 5,
  },
  {
    // "the last fiscal", "next fiscal", "the current fiscal": South Asian copy's fiscal year, the noun left out (not
    // "the current fiscal deficit", where "fiscal" is what the noun is)
    name: 'fiscal-noun',
    reach: 20,
    hint: /fiscal/,
    re: re(`${B}(?:the\\s+)?(this|last|next|current|previous|outgoing|coming)\\s+fiscal(?=\\s*(?:[.,;:)'\u2019]|$)|\\s+(?:and|or|to|in|on|at|by|from|with|than|when|as|is|was|were|will|would|has|had|but|while|after|before|ending|ended|ends|that|which)\\b)`),
    make: (m, ctx) => {
      const w = m[1].toLowerCase();
      // ("This fiscal" needs no article; "the this fiscal" is no English.)
      if (w === 'this' && /^the/i.test(m[0])) return null;
      const offset = w === 'last' || w === 'previous' ? -1 : w === 'next' || w === 'coming' ? 1 : 0;
      const r = relativeUnit(ctx.ref, 'Y', offset);
      return r ? at(m, { type: 'DATE', ...r, inferred: FISCAL_INFERRED }) : null;
    },
    priority: 5,
  },
  {
    // the year, the full year, the fiscal year, the current fiscal year, the week, the month; the decade to 2024
    name: 'the-unit',
    hint: UNIT_HINT,
    gate: [UNIT_WORD_HINT],
    also: [/year|week|month|decade/i],
    re: re(`${B}the\\s+(?:(full|whole|entire|current|same)\\s+)?(fiscal\\s+|financial\\s+|calendar\\s+)?(year|week|month|decade)${E}`),
    make: (m, ctx) => {
      const unit = unitOf(m[3]);
      if (!unit) return null;
      // "in the decade to 2024", "the decade since 2015": ten years up to or from then; "the decade" alone is left be.
      if (unit === 'DE') {
        const after = ctx.s.slice(m.index + m[0].length, m.index + m[0].length + 24);
        return !m[1] && !m[2] && (testLong(STRETCH_ENDING_RE, after) || testLong(/^\s+since\s+(?:\d|the\s)/i, after)) ? at(m, { type: 'DURATION', value: 'P10Y', inferred: [], relative: false }) : null;
      }
      // "# The Week in Diplomacy", "The Year in Review": a title (in title case, not capitals) names no week.
      if (isAsciiUpperCode(m[3].charCodeAt(0)) && !isAsciiUpperCode(m[3].charCodeAt(1)) && isAsciiUpperCode(m[0].charCodeAt(0))) return null;
      const after = ctx.s.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (testLong(/^\s*(?:'s|before|after|earlier|later|ago|of|in\s+which|when|that)\b/i, after)) return null;
      // "on the first day of the month following the deposit", "the week following the squeeze": a month or a week that
      // what follows it names, not the article's; a date whose value the text leaves open.
      if (!m[1] && !m[2] && (unit === 'M' || unit === 'W' || unit === 'Y') && testLong(/^\s+(?:following|preceding)\b/i, after)) {
        return at(m, { type: 'DATE', value: unit === 'M' ? 'XXXX-XX' : unit === 'W' ? 'XXXX-WXX' : 'XXXX', inferred: [], relative: true });
      }
      // "the financial year 2024-25": the year written after it is the one meant.
      if (m[2] && testLong(/^\s+(?:19|20)\d\d\b/, after)) return null;
      const lead = ctx.s.slice(Math.max(0, m.index - 24), m.index);
      if (m[1] && /same/i.test(m[1])) return null;
      // "in 1964, the year Khrushchev was ousted": that year again.
      if (!m[1] && !m[2] && unit === 'Y' && /\d{4},\s+$/.test(lead)) {
        return at(m, { type: 'DATE', value: relativeUnit(ctx.ref, 'Y', 0)?.value ?? 'XXXX', inferred: [], relative: true, deferred: { kind: 'shiftUnit', unit: 'year', n: 0 } });
      }
      // "Over the year the deal was in force", "the week the markets fell": a period the clause after it names, not the
      // current one. ("For the year the company expects ...", an earnings report's idiom, stays the year.)
      if (!m[1] && !m[2] && testLong(CONTACT_CLAUSE_AFTER, ctx.s.slice(m.index + m[0].length, m.index + m[0].length + 60)) && !/\bfor\s+$/i.test(ctx.s.slice(Math.max(0, m.index - 4), m.index))) return null;
      // "the week ahead", "in the year ahead": the next one.
      if (!m[1] && !m[2] && testLong(/^\s+ahead\b/i, after)) {
        const next = relativeUnit(ctx.ref, unit, 1);
        const len = m[0].length + (/^\s+ahead/i.exec(after)?.[0].length ?? 0);
        return next ? { start: m.index, end: m.index + len, type: 'DATE', ...next } : null;
      }
      // "rose 0.3% on the month and 2.1% on the year": a comparison with the month or year before, no date.
      if (!m[1] && !m[2] && /(?:%|\bper\s?cent|\bpoints?|\d)\s+on\s+$/i.test(lead)) return null;
      // ("On the month, prices rose 0.2 percent": the same comparison opening its sentence.)
      if (!m[1] && !m[2] && (unit === 'M' || unit === 'Y' || unit === 'Q') && after.charCodeAt(0) === 44 && /(?:^|[.!?:;]\s+|\n\s*)On\s+$/.test(lead)) return null;
      // "the year ended June 30", "throughout the week": a stretch; otherwise the current one ("for the year").
      if (testLong(STRETCH_ENDING_RE, ctx.s.slice(m.index + m[0].length, m.index + m[0].length + 24)) || /\b(?:during|throughout|within)\s+$/i.test(lead) || testLong(/whole|entire/i, m[1] ?? '')) {
        return at(m, { type: 'DURATION', value: `P1${unit}`, inferred: [], relative: false });
      }
      const r = relativeUnit(ctx.ref, unit, 0);
      // "the financial year" runs July to June in Australia, April to March in India and Britain, October to September
      // for the US government: its year is the article's only by convention, never certain (an end date written
      // after it settles it, see fiscalYearEnds).
      return r ? at(m, { type: 'DATE', ...r, inferred: m[2] && !/calendar/i.test(m[2]) ? FISCAL_INFERRED : r.inferred }) : null;
    },
    priority: 2,
  },
  {
    // year-end, year's end, around year end, end-year, end-of-year: the end of the current year; mid-year its middle
    name: 'year-end',
    reach: 16,
    hint: /year/i,
    re: re(`${B}(?:year(?:'s)?[- ]end|(end|mid)-(?:of-)?year)${E}`),
    make: (m, ctx) => {
      const r = relativeUnit(ctx.ref, 'Y', 0);
      const mod = (m[1] ?? '').toLowerCase() === 'mid' ? 'MID' : 'END';
      return r ? at(m, { type: 'DATE', ...r, mod }) : null;
    },
    priority: 3,
  },
  {
    // the weekend, over the weekend
    name: 'the-weekend',
    reach: 16,
    hint: /weekend/i,
    re: re(`${B}the\\s+weekend${E}`),
    make: (m, ctx) => {
      if (!ctx.ref) return at(m, { type: 'DATE', value: 'XXXX-WXX-WE', inferred: ['week'], relative: true });
      const wd = weekday(ctx.ref);
      const future = tenseAt(ctx.s, m.index, m.index + m[0].length) === 'future';
      const offset = future ? (wd === 7 ? 7 : 0) : wd >= 6 ? 0 : -7;
      return at(m, { type: 'DATE', value: `${isoWeek(addDays(ctx.ref, offset))}-WE`, inferred: ['week'], relative: true });
    },
    priority: 4,
  },
  {
    // the end of the month, the beginning of this year, the end of next week; "since the start of the day"
    name: 'part-of-unit',
    hint: /week|month|year|quarter|decade|centur|millenn|day/i,
    gate: [/\b(?:week|month|year|quarter|decade|centur|millenn|day)/i],
    also: [/beginning|start|middle|end|close|turn/i],
    re: re(`${B}the\\s+(beginning|start|middle|end|close|turn)\\s+of\\s+(the|this|last|next)\\s+(week|month|year|quarter|decade|century|millennium|day)${E}`),
    make: (m, ctx) => {
      // "Since the start of the day, there have been 182 clashes": the start of the article's day. (Only its start:
      // "at the end of the day" is an idiom, "the middle of the day" any day's noon; "the last day" is no day's part.)
      if (m[3].length === 3) {
        if (!/^(?:beginning|start)$/i.test(m[1]) || !/^(?:the|this)$/i.test(m[2]) || !ctx.ref) return null;
        return at(m, { type: 'DATE', value: fmtDay(ctx.ref), mod: 'START', inferred: [], relative: true });
      }
      // "the turn of the millennium": the start of the 2000s, around the year 2000.
      if (/millennium/i.test(m[3])) return /turn/i.test(m[1]) && /the/i.test(m[2]) ? at(m, { type: 'DATE', value: '200', mod: 'START', inferred: [], relative: false }) : null;
      const unit = unitOf(m[3]);
      if (!unit) return null;
      const w = m[2].toLowerCase();
      const r = relativeUnit(ctx.ref, unit, w === 'last' ? -1 : w === 'next' ? 1 : 0);
      if (!r) return null;
      // "The turn of the century" (or decade) is the one that began it: around 2000 in an article of 2025.
      const turnStarts = unit === 'CE' || unit === 'DE';
      const mod = { beginning: 'START', start: 'START', middle: 'MID', end: 'END', close: 'END', turn: turnStarts ? 'START' : 'END' }[m[1].toLowerCase()];
      // ("by the end of the month" after "on 12 June" in its paragraph: that month's end, see anchors.)
      if (unit === 'M' && w === 'the') return at(m, { type: 'DATE', ...r, mod, deferred: { kind: 'shiftUnit', unit: 'month', n: 0, inParagraph: true } });
      return at(m, { type: 'DATE', ...r, mod });
    },
    priority: 6,
  },
  {
    // two weeks from now, a year from today
    name: 'from-now',
    hint: /from now|from today/i,
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
    // "in the new year": the coming year, or the one just begun when written in its first months
    name: 'new-year',
    reach: 8,
    hint: /new year/,
    re: /(?<![\w-])the\s+new\s+year(?![\w'’])/g,
    make: (m, ctx) => {
      if (!ctx.ref) return at(m, { type: 'DATE', value: 'XXXX', inferred: [], relative: true });
      return at(m, { type: 'DATE', value: String(ctx.ref.y + (ctx.ref.m >= 7 ? 1 : 0)), inferred: [], relative: true });
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
    // two years ago, a week ago, years ago, more than a decade ago
    name: 'ago',
    hint: AGO_HINT,
    // (also "a couple of weeks back", "two years back" closing a phrase)
    re: re(`${B}(?:(about|almost|nearly|more\\s+than|less\\s+than|some|roughly|around|just|only|over)\\s+)?(?:(${NUM_RE}${AND_A_HALF})[\\s-]+)?(${UNIT_RE})\\s+(?:ago|back(?=\\s*[,.;:!?)]|\\s+(?:when|in|on|at|before|after|and|but|I|we|he|she|they)\\b))${E}`),
    make: (m, ctx) => {
      const unit = unitOf(m[3]);
      if (!unit) return null;
      const count = m[2] ? parseNumber(m[2]) : null;
      const n = count === null ? null : count * perUnit(m[3]);
      // ("just minutes ago", "over an hour ago": before or after by less than a day says nothing of the day.)
      const mod = n === null || unit === 'H' || unit === 'MIN' || unit === 'S' ? undefined : amountMod(m[1], -1);
      if (n === null) return at(m, { type: 'DATE', value: 'PAST_REF', inferred: [], relative: false, mod });
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
  {
    // a year earlier, two days later, the year-earlier quarter, year-ago
    name: 'earlier-later',
    hint: /earlier|later|before|after|previously|year-|(?:years?|decades?|months?|weeks?|days?|centur(?:y|ies))\s+on\b/i,
    re: re(`${B}(?:(${NUM_RE})[\\s-]+(${UNIT_RE})\\s+(earlier|later|before|after|afterward|afterwards|previously|on(?=\\s*[,;.]|\\s+from\\b))|(?:the\\s+)?(year-earlier|year-ago|year-before|prior-year|previous-year)(?:\\s+(quarter|period|third\\s+quarter|second\\s+quarter|first\\s+quarter|fourth\\s+quarter|nine\\s+months|six\\s+months|month|year))?)${E}`),
    make: (m, ctx) => {
      if (m[4]) {
        const adj = m.index + m[0].toLowerCase().indexOf(m[4].toLowerCase());
        const start = m[5] ? m.index : adj;
        const end = m[5] ? m.index + m[0].length : adj + m[4].length;
        const base = relativeUnit(ctx.ref, 'Y', -1);
        if (m[5] && /months/i.test(m[5])) return { start, end, type: 'DURATION', value: `P${/nine/i.test(m[5]) ? 9 : 6}M`, inferred: [], relative: false };
        return { start, end, type: 'DATE', value: base?.value ?? 'XXXX', inferred: [], relative: true, deferred: { kind: 'shiftYears', n: -1 } };
      }
      const unit = unitOf(m[2]);
      const count = parseNumber(m[1]);
      const n = count === null ? null : count * perUnit(m[2]);
      if (!unit || n === null || !Number.isInteger(n)) return null;
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
    re: re(`${B}(?:the\\s+|that\\s+(?=same\\s))?(?:(following|next|previous|preceding|prior|same|that)\\s+(day|week|month|quarter|year|decade|morning|afternoon|evening|night|spring|summer|fall|autumn|winter)|(day|week|month|year)\\s+(before\\s+last|before|after)(?:\\s+it(?=\\s*[,.;:!?]))?(?=\\s*[,.;:!?]|\\s+(?:that|when|was|were|had|is)\\b))${E}`),
    make: (m, ctx) => {
      if (m[3]) {
        if (!/^the\s/i.test(m[0])) return null;
        const rel = m[4].toLowerCase();
        const n = rel === 'before' ? -1 : rel === 'after' ? 1 : -2;
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
        const value = base ? shiftYears(base.value, years) : null;
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
  {
    // 10 a.m., 10:30 p.m. EST, 12.30pm (British), noon, midnight, at dawn (a part of the day)
    name: 'clock-time',
    reach: 16,
    hint: /\d\s*(?:a\.?m|p\.?m|o'clock)|noon|midnight|midday|dawn|dusk|daybreak|nightfall/i,
    re: re(`${B}(?:(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.m\\.?|p\\.m\\.?|am|pm|o'clock)|(noon|midnight|midday|dawn|dusk|daybreak|nightfall))(?:\\s+(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|CT|MT|GMT|UTC|BST|CET|CEST|EET|EEST|MSK|IST|PKT|JST|KST|AEST|AEDT|WITA|WIB|WIT|local\\s+time|[A-Z\u00c0-\u024f][a-z\u00c0-\u024f]+(?:\\s+[A-Z][a-z]+)?\\s+[Tt]ime))?${E}`),
    make: (m, ctx) => {
      let h: number;
      let min = 0;
      // "3.5 pm" is no "5 pm".
      if (m.index > 1 && /\d[.,:]$/.test(ctx.s.slice(m.index - 2, m.index))) return null;
      if (m[4]) {
        // ("between 10 a.m. and noon": the second end of a stretch of clock times.)
        // ("until at least noon", "by noon at the latest" too.)
        const prep = /\b(?:at|by|until|till|before|after|around|about|from|to|since|past)\s+(?:at\s+least\s+)?$/i.test(ctx.s.slice(Math.max(0, m.index - 17), m.index)) || testLong(BETWEEN_CLOCK_AND_RE, ctx.s.slice(Math.max(0, m.index - 32), m.index));
        const dayAfter = /^\s+(?:on\s+)?(?:[A-Z][a-z]+day|today|tomorrow|yesterday|[A-Z][a-z]{2,8}\.?\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2})/.test(ctx.s.slice(m.index + m[0].length, m.index + m[0].length + 16));
        if (!prep && !dayAfter) return null;
        // "related to Midnight Blizzard", "at Noon Park": in capitals before another capitalised word, a name.
        if (!dayAfter && isAsciiUpperCode(m[4].charCodeAt(0)) && /^ [A-Z][a-z]/.test(ctx.s.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null;
        const part = TWILIGHT[m[4].toLowerCase()];
        // "Dawn" in capitals is a name ("Golden Dawn", the newspaper Dawn); the parts of the day are lower case.
        if (part) return isAsciiUpperCode(m[4].charCodeAt(0)) ? null : at(m, { type: 'TIME', value: `${ctx.ref ? fmtDay(ctx.ref) : 'XXXX-XX-XX'}T${part}`, inferred: ['day'], relative: true });
        // Midnight said in the past with no day is the one that began the day ("took effect at midnight"); else the
        // one ending it ("expire at midnight Friday"). Just after it, "shortly after midnight on Tuesday", or since
        // it, "on strike since midnight Tuesday", is the start of that day: the hour that ends a day has no "after".
        const after = dayAfter && testLong(/\b(?:after|past|since)\s+$/i, ctx.s.slice(Math.max(0, m.index - 7), m.index));
        h = /midnight/i.test(m[4]) ? (after || (!dayAfter && tenseAt(ctx.s, m.index, m.index + m[0].length) === 'past') ? 0 : 24) : 12;
      } else {
        h = Number(m[1]);
        min = m[2] ? Number(m[2]) : 0;
        if (h > 12 || min > 59) return null;
        if (/^p/i.test(m[3]) && h < 12) h += 12;
        if (/^a/i.test(m[3]) && h === 12) h = 0;
      }
      const first = clockTime(m, ctx, `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`);
      // "8am-4pm", "9 a.m.–5 p.m.": the second clock after the dash is a time too (a word boundary kept it apart).
      const end = m.index + m[0].length;
      const second = !m[4] && ctx.s.charCodeAt(end) !== 32 ? CLOCK_AFTER_DASH_RE.exec(ctx.s.slice(end, end + 14)) : null;
      if (!second) return first;
      let h2 = Number(second[1]);
      const min2 = second[2] ? Number(second[2]) : 0;
      if (h2 > 12 || min2 > 59) return first;
      if (/^p/i.test(second[3]) && h2 < 12) h2 += 12;
      if (/^a/i.test(second[3]) && h2 === 12) h2 = 0;
      const from = end + second[0].length - second[0].trimStart().slice(1).trimStart().length;
      const made = clockTime(m, ctx, `${String(h2).padStart(2, '0')}:${String(min2).padStart(2, '0')}`);
      return [first, { ...made, start: from, end: end + second[0].length }];
    },
    priority: 5,
  },
  {
    // 14:30 GMT, 09:00 local time, 1430 GMT (wire style), at 18:00, 14.30 GMT (British): a 24-hour clock with a zone
    // or a preposition (with a dot, only with a zone: "rose to 14.30" is a figure); military: 1430Z, 0400 Zulu,
    // 2359 hours, at 0300 Friday, 0500 on 3 December
    name: 'clock-24',
    reach: 12,
    // (Every match is figures; what makes some of them times may follow the match: "0300 Friday".)
    hint: DIGIT_HINT,
    re: re(`${B}(?:([01]?\\d|2[0-3])(?::|\\.(?=\\d\\d\\s*(?:GMT|UTC|BST|CET|hrs\\b)))([0-5]\\d)(?::([0-5]\\d))?(?![:.]\\d)|([01]\\d|2[0-3])([0-5]\\d)(?=Z\\b|\\s*(?:GMT|UTC|CET|CEST|EST|EDT|BST|Zulu|hrs|hours)\\b|\\s+local\\b|\\s+[A-Z\u00c0-\u024f][a-z\u00c0-\u024f]+\\s+time\\b|(?<=\\b[Aa]s\\s+of\\s+0\\d{3})|\\s+(?:on\\s+)?(?:${WEEKDAY_CAPS_RE}|\\d{1,2}\\s+${MONTH_CAPS}|${MONTH_CAPS}[a-z]*\\.?\\s+\\d)))(?:\\s*(?:hrs|hours|h)\\b)?(?:(Z)\\b|\\s+((?:GMT|UTC)\\s?[+\u2212-]\\s?\\d{1,2}(?::?\\d\\d)?|GMT|UTC|BST|CET|CEST|EST|EDT|Zulu|WITA|WIB|WIT|local\\s+time|local|(?:[A-Z\u00c0-\u024f][a-z\u00c0-\u024f]+\\s+){1,2}[Tt]ime\\b))?${E}`),
    make: (m, ctx) => {
      const zone = m[6] ?? m[7];
      // "10:35 a.m. (0735 GMT)": the same moment again, in another zone. (With its own day, "3:17 a.m. local time
      // (1917 GMT on Monday)", it is a time of its own: that day is the other zone's, not the first clock's.)
      if (!DAY_AFTER_CLOCK_RE.test(ctx.s.slice(m.index + m[0].length, m.index + m[0].length + 16)) && testLong(/(?:[ap]\.?m\.?|\d|noon|midnight|local\s+time|hrs)(?:\s+[A-Z]{2,4})?\s*\(\s*$/i, ctx.s.slice(Math.max(0, m.index - 20), m.index))) return null;
      // Without a zone only after "at", "by", "until" ..., after a date in figures ("14/11/2025 15:45"), or opening a
      // line of a live blog ("11:40 - The pound fell", "**08:15** — Overnight"): "3:1" is a score, "John 3:16" a verse.
      // ("set for 0500 on 3 December": "for" too, before the day it is on.)
      // ("at approximately 21:00", "approx. 23:50", "as of 08:00".)
      // (Neither prep matches below two characters: those slices, one-byte on a two-byte article, are not tested.)
      const prep = m[4] && !/hour|hrs/i.test(m[0]) ? /\b(?:at|by|until|till|before|after|around|about|from|to|since|for|as\s+of)\s+(?:(?:about|around|approximately|approx\.|roughly)\s+)?$/i : /(?:\b(?:at|by|until|till|before|after|around|about|from|to|since|as\s+of|approximately|roughly)|\bapprox\.)\s+(?:(?:about|around|approximately|approx\.|roughly)\s+)?$/i;
      // ("scheduled for 10:00 on Friday": a clock before its day.)
      const dayAfter = !!m[1] && DAY_AFTER_CLOCK_RE.test(ctx.s.slice(m.index + m[0].length, m.index + m[0].length + 16)) && /\bfor\s+$/i.test(ctx.s.slice(Math.max(0, m.index - 5), m.index));
      // ("Yesterday, 22:40" and "14:05" alone on its line: a live blog's stamps; "[14:05:32]": a broadcast's.)
      const bracketed = !!m[1] && ctx.s.charCodeAt(m.index - 1) === 91 && ctx.s.charCodeAt(m.index + m[0].length) === 93;
      // ("at 08:00 and 16:30", "depart at 05:12 instead of 05:40": the second clock of a pair.)
      const paired = !!m[1] && testLong(CLOCK_PAIR_BEFORE_RE, ctx.s.slice(Math.max(0, m.index - 32), m.index));
      // ("the 18:10 service to the port", "The 07:52 from Leeds": a train or flight named by its time of departure.)
      const departure = !!m[1] && /\b[Tt]he\s+$/.test(ctx.s.slice(Math.max(0, m.index - 5), m.index)) && testLong(DEPARTURE_AFTER_RE, ctx.s.slice(m.index + m[0].length, m.index + m[0].length + 16));
      if (!zone && !bracketed && !dayAfter && !paired && !departure && !(m[1] && (clockRange(ctx.s, m.index, m.index + m[0].length) || clockBetween(ctx.s, m.index, m.index + m[0].length))) && !(m.index > 1 && prep.test(ctx.s.slice(Math.max(0, m.index - 24), m.index))) && !DATE_FIGURES_BEFORE.test(ctx.s.slice(Math.max(0, m.index - 12), m.index)) && !(LINE_START_BEFORE.test(ctx.s.slice(Math.max(0, m.index - 4), m.index)) && /^(?:\*\*?|__?)?\s*(?:[-\u2013\u2014:|]|\r?\n|$)/.test(ctx.s.slice(m.index + m[0].length, m.index + m[0].length + 6))) && !(m[1] && DAY_STAMP_BEFORE.test(ctx.s.slice(Math.max(0, m.index - 22), m.index)))) return null;
      const hh = (m[1] ?? m[4]).padStart(2, '0');
      const mm = m[2] ?? m[5];
      // (Seconds when written: "06:42:15 UTC".)
      const ss = m[3] ? `:${m[3]}` : '';
      const first = clockTime(m, ctx, `${hh}:${mm}${ss}`);
      // "09:00-10:00 GMT": the clock after a hyphen is the range's other end (the word boundary before it kept it out;
      // after an en dash the rule finds it itself).
      const end = m.index + m[0].length;
      const second = m[1] && !zone && ctx.s.charCodeAt(end) === 45 ? HYPHEN_CLOCK_AFTER_RE.exec(ctx.s.slice(end, end + 24)) : null;
      if (!second) return first;
      const made = clockTime(m, ctx, `${second[1].padStart(2, '0')}:${second[2]}`);
      return [first, { ...made, start: end + 1, end: end + second[0].length }];
    },
    priority: 5,
  },
];
