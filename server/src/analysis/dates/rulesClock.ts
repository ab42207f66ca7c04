// Rules for clock times: "10 a.m.", "noon", "at dawn", "14:30 GMT", "1430Z", with the tests for a habit's hours,
// ranges and pairs of clocks and a departure's time. Apart because they read times of day, not dates.
import { fmtDay, weekday } from './calendar';
import type { Made, Rule, RuleContext } from './candidate';
import { tenseAt } from './context';
import { DIGIT_HINT, WEEKDAY_CAPS_RE } from './lexicon';
import { execLong, isAsciiUpperCode, testLong } from '../chars';
import { B, E, re } from './rulesCalendarShared';
import { at } from './rulesRelativeShared';

/** Words for the turn of the day, as the part of the day TIMEX3 gives them ("at dawn on Saturday": TMO). */
const TWILIGHT: Record<string, string> = { dawn: 'MO', daybreak: 'MO', dusk: 'EV', nightfall: 'NI' };

/** A month's name or abbreviation with its capital, after a military time ("0500 on 3 December", "0600 Nov. 12"). */
const MONTH_CAPS = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
/** What every 24-hour clock holds: "4:3" of "14:30", "4.3" of "14.30 GMT", the figures of "1430Z". */
const CLOCK_FIGURES_HINT = /\d[:.]\d|\d\d\d\d/;

/** A date in figures right before a clock time: "14/11/2025 15:45", "2025-11-14 09:00". */
const DATE_FIGURES_BEFORE = /(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d\d-\d\d)\s+$/;
/** A day named before a live blog's stamp: "Yesterday, 22:40", "Thursday, 22:40", "13 Nov, 22:40". */
const DAY_STAMP_BEFORE = /(?:\b(?:yesterday|today|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|\b\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?|\b[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?),\s*$/i;
/** Nothing but blanks since the line began (or the chunk, which begins a line or a sentence). */
const LINE_START_BEFORE = /(?:^|\n)[ \t*#>]*(?:[-+\u2022]\s+)?$/;

/** Before a clock time: a habit's day ("every day at 8 a.m.", "daily from 0800"). */
// ("weekdays 08:00–18:00": a habit's words right before its hours, and the second clock of a range after its dash.)
const HABIT_BEFORE_RE = /\b(?:daily|nightly|weekdays|every\s+(?:day|night|morning|evening|afternoon|weekday)|each\s+(?:day|night|morning|evening))\b(?:[ap]\.m\.|[^.;!?\n]){0,24}(?:\b(?:at|from|until|till|to|by|between)\s+(?:about\s+|around\s+)?|\d\s?[\u2013-]\s?)$|\b(?:daily|nightly|weekdays),?\s+$/i;
/**
 * Before it, a range of weekdays a timetable gives its hours for, written out after a word of opening: "open Monday to
 * Friday, 9am to 5pm".
 */
const TIMETABLE_DAYS_BEFORE_RE = /\b(?:open|opens|hours|staffed)\b[^.;!?\n\d]{0,12}?\s(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*(?:[-\u2013]|to|through|till|until)\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day[,:]?\s+(?:from\s+|between\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?\s*(?:[-\u2013]|to|and|until|till)\s*)?$/i;
/** Or abbreviated, in a timetable's own shorthand: "Mon–Fri 9am–7pm", "..., Sat 9am–5pm". */
const TIMETABLE_SHORT_DAYS_BEFORE_RE = /(?:\b(?:mon|tue|wed|thu|fri|sat|sun)\.?\s?[-\u2013]\s?|(?:[ap]\.?m\.?|\d),\s+)(?:mon|tue|wed|thu|fri|sat|sun)\.?[,:]?\s+(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?\s*[-\u2013]\s*)?$/i;
/**
 * After it, in its clause: "opens at 8 a.m. daily", "from 10 p.m. to 5 a.m. every night", "8am-4pm on weekdays", a
 * range of weekdays or a weekday's plural ("from 7.30am to 3.30pm, Monday to Thursday", "from 8am to noon on Fridays").
 */
const HABIT_AFTER_RE = /^(?:[ap]\.m\.|\d\.\d|[^.;!?\n]){0,32}?\b(daily|nightly|every\s+(?:day|night|morning|evening|afternoon|weekday)|each\s+(?:day|night|morning|evening)|on\s+weekdays|on\s+weekends|at\s+weekends|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days|(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*(?:to|through|till|until|[-\u2013])\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;
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

/** After "the 18:10": what a time of departure names ("service", "train", "from Leeds", "to London"). */
const DEPARTURE_AFTER_RE = /^\s+(?:service|services|train|departure|flight|bus|coach|ferry|sailing|express|shuttle|from\s+[A-Z]|to\s+[A-Z])/;
/** A clock of 24 hours after "at" ..., then "and", "or", "instead of", "rather than": the second of a pair comes next. */
const CLOCK_PAIR_BEFORE_RE = /\b(?:at|from|by|until|till|after|before|around|about)\s+(?:[01]?\d|2[0-3]):[0-5]\d(?:\s+(?:GMT|UTC|BST|CET|CEST|EST|EDT|local\s+time))?,?\s+(?:and|or|instead\s+of|rather\s+than)\s+$/;

/** Before "noon" or "midnight": "between 10 a.m. and ". */
const BETWEEN_CLOCK_AND_RE = /\bbetween\s+\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)\s+and\s+$/i;
/** Right after a clock: a dash and a second clock ("-4pm", "–5 p.m."). */
const CLOCK_AFTER_DASH_RE = /^\s?[-\u2013]\s?(\d{1,2})(?:[:.](\d{2}))?\s*(a\.m\.?|p\.m\.?|am|pm)(?!\w)/i;
/** Right after a 24-hour clock: a hyphen and a second one, with its zone ("-10:00 GMT"). */
const HYPHEN_CLOCK_AFTER_RE = /^-([01]?\d|2[0-3]):([0-5]\d)(?![\d:])(?:\s+(?:GMT|UTC|BST|CET|CEST|EST|EDT|local\s+time))?/;

/** A day named after a clock time: "3 a.m. on Friday", "at noon today". */
// ("at 10am on Sundays" names a habit's day, no one day.)
const DAY_AFTER_CLOCK_RE = /^\s+(?:on\s+)?(?:[A-Z][a-z]+day(?!s)|today|tonight|tomorrow|yesterday|[A-Z][a-z]{2,8}\.?\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2})/;

/**
 * A clock time on the article's day, which the date under discussion may replace later; or on no day at all when it
 * is a habit's ("The crossing opens at 8 a.m. daily": XXXX-XX-XXT08:00).
 */
function clockTime(m: RegExpExecArray, ctx: RuleContext, clock: string): Made {
  const end = m.index + m[0].length;
  const after = ctx.s.slice(end, end + 48);
  // (In the past, a habit word further on may be another clause's: "ended at 5 p.m. and talks resume daily".)
  const habitAfter = execLong(HABIT_AFTER_RE, after);
  // (Nor is a timetable's day a habit in the past: "was open from 8am to 4pm, Monday to Friday" names that week's.)
  const lead = ctx.s.slice(Math.max(0, m.index - 48), m.index);
  const habit =
    (habitAfter && ((habitAfter[0].length - habitAfter[1].length < 3 && !isAsciiUpperCode(habitAfter[1].charCodeAt(0))) || tenseAt(ctx.s, m.index, end) !== 'past')) ||
    testLong(HABIT_BEFORE_RE, lead) ||
    testLong(TIMETABLE_SHORT_DAYS_BEFORE_RE, lead) ||
    (testLong(TIMETABLE_DAYS_BEFORE_RE, lead) && tenseAt(ctx.s, m.index, end) !== 'past');
  if (habit && !DAY_AFTER_CLOCK_RE.test(after)) {
    return at(m, { type: 'TIME', value: `XXXX-XX-XXT${clock}`, inferred: [], relative: false });
  }
  return at(m, { type: 'TIME', value: `${ctx.ref ? fmtDay(ctx.ref) : 'XXXX-XX-XX'}T${clock}`, inferred: ['day'], relative: true });
}

/** Clock times: 12-hour, 24-hour and military. */
export const clockRules: Rule[] = [
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
        // ("ahead of a midnight deadline", "a noon cutoff": the hour a deadline falls at.)
        const deadline = !prep && !dayAfter && /^\s+(?:deadline|cut-?off)\b/i.test(ctx.s.slice(m.index + m[0].length, m.index + m[0].length + 12));
        if (!prep && !dayAfter && !deadline) return null;
        // "related to Midnight Blizzard", "at Noon Park": in capitals before another capitalised word, a name.
        if (!dayAfter && isAsciiUpperCode(m[4].charCodeAt(0)) && /^ [A-Z][a-z]/.test(ctx.s.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null;
        const part = TWILIGHT[m[4].toLowerCase()];
        // "Dawn" in capitals is a name ("Golden Dawn", the newspaper Dawn); the parts of the day are lower case.
        if (part) return isAsciiUpperCode(m[4].charCodeAt(0)) ? null : at(m, { type: 'TIME', value: `${ctx.ref ? fmtDay(ctx.ref) : 'XXXX-XX-XX'}T${part}`, inferred: ['day'], relative: true });
        // Midnight said in the past with no day is the one that began the day ("took effect at midnight"); else the
        // one ending it ("expire at midnight Friday"). Just after it, "shortly after midnight on Tuesday", or since
        // it, "on strike since midnight Tuesday", is the start of that day: the hour that ends a day has no "after".
        const after = dayAfter && testLong(/\b(?:after|past|since)\s+$/i, ctx.s.slice(Math.max(0, m.index - 7), m.index));
        // (A deadline's midnight ends its day.)
        h = /midnight/i.test(m[4]) ? (!deadline && (after || (!dayAfter && tenseAt(ctx.s, m.index, m.index + m[0].length) === 'past')) ? 0 : 24) : 12;
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
    // (And every one holds a digit, a colon or a dot and a digit, "14:30", "14.30 GMT", or four digits, "1430Z": the rule
    // was read over every chunk with a figure, 1,432 in 1 MB of real stories, for 34 matches; now over half as many.)
    also: [CLOCK_FIGURES_HINT],
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
