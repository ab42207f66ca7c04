// Rules for calendar expressions: years (spoken, ranges, decades, centuries, eras), ISO weeks, date-time groups; and
// calendarRules, which lists them with the holiday, day, month and year-part rules of their own files in one order.
import { fmtMonth, daysInMonth } from './calendar';
import type { Made, Rule } from './candidate';
import { MONTHS, MONTH_RE, ORDINALS, SPOKEN_YEAR_RE, parseSpokenYear } from './lexicon';
import { startsWithDigit } from './textTests';
import { isAsciiLetterCode, isAsciiUpperCode, isSpaceAt, skipBlanks, testLong } from '../chars';
import { B, BM, E, re, monthNo, capitalised, pad, yearOf, REL_YEAR, SAME_YEAR, thatYear, namedYear, dayDate, DASHED_DIGITS } from './rulesCalendarShared';
import { dayRules } from './rulesDay';
import { holidayRules } from './rulesHoliday';
import { monthRules } from './rulesMonth';
import { quarterRules, yearPartRules } from './rulesYearPart';

/** Words before a spoken year written like a count ("in two thousand and three", "by nineteen hundred and six"). */
const SPOKEN_YEAR_LEAD = /\b(?:in|since|until|till|by|of|from|to|before|after|during|around|circa|early|late|mid|year)[\s-]+$/i;

/** Nouns that make a four-digit number a count. */
const COUNTED =
  /^\s+(?:more\s+|additional\s+|new\s+|other\s+)?(?:troops|people|soldiers|police|officers|workers|jobs|tons|tonnes|barrels|shares|units|cases|deaths|dead|refugees|civilians|members|students|residents|families|homes|houses|vehicles|trucks|miles|km|kilometers|kilometres|feet|meters|metres|points|votes|employees|copies|signatures|prisoners|fighters|rockets|missiles|seconds|minutes|hours|days|weeks|months|years|rounds|shells|drones|protesters|demonstrators|migrants|detainees|hostages|victims|patients|children|tanks|aircraft|million|billion|trillion|euros|dollars|pounds)\b/i;
/** The first word of every COUNTED match (lower case): a noun, or the word it allows before one. */
const COUNTED_FIRST = new Set([
  'more', 'additional', 'new', 'other', 'troops', 'people', 'soldiers', 'police', 'officers', 'workers', 'jobs',
  'tons', 'tonnes', 'barrels', 'shares', 'units', 'cases', 'deaths', 'dead', 'refugees', 'civilians', 'members',
  'students', 'residents', 'families', 'homes', 'houses', 'vehicles', 'trucks', 'miles', 'km', 'kilometers',
  'kilometres', 'feet', 'meters', 'metres', 'points', 'votes', 'employees', 'copies', 'signatures', 'prisoners',
  'fighters', 'rockets', 'missiles', 'seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'rounds',
  'shells', 'drones', 'protesters', 'demonstrators', 'migrants', 'detainees', 'hostages', 'victims', 'patients',
  'children', 'tanks', 'aircraft', 'million', 'billion', 'trillion', 'euros', 'dollars', 'pounds',
]);
/**
 * Whether the first word after the blanks at `end`, within COUNTED's sixteen characters, may open a match: each
 * opens with one of COUNTED_FIRST whole (\b after it; ASCII letters only, which fold as the pattern's /i does).
 */
function mayCount(s: string, end: number): boolean {
  const stop = Math.min(s.length, end + 16);
  const i = skipBlanks(s, end, stop);
  let j = i;
  while (j < stop && isAsciiLetterCode(s.charCodeAt(j))) j++;
  return COUNTED_FIRST.has(s.slice(i, j).toLowerCase());
}

/** A word of nearness right before an early year: "around ", "circa ", "c. ", "ca. ". */
const NEAR_YEAR_BEFORE_RE = /(?:\b(?:around|circa)|(?:^|[\s(])(?:c|ca)\.)\s+$/i;
/** What may follow a year the clause ends on: a stop, a bracket, "and", "to", "when", "in", "BC"/"AD". */
const YEAR_CLAUSE_END_RE = /^(?:\s*[.,;:)]|\s*$|\s+(?:and|to|when|in|BC|AD|CE|BCE)\b)/;

/** Right before a year written as a range: "fiscal ", "fiscal year ", "FY" ("FY2026/27"). */
const FISCAL_BEFORE_RE = /\b[Ff]iscal(?:\s+year)?\s+$|\bFY\s?$/;

/** Before a fiscal year: a quarter or half of it ("Q1 ", "H2 of ", "the second quarter of ", "first-half "). */
const FISCAL_PART_BEFORE_RE = /(?:(?<![\w-])([QH])([1-4])|\b(?:(the)\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+(quarter|half))(?:\s+of)?\s+$/i;

/**
 * The quarter or half written right before the fiscal year at `at` (named by `year`, the one it ends in, as "Q1 FY26"
 * is), running to `end`: "Q1 FY2025-26" is 2026-Q1. Null when none is.
 */
function fiscalPartBefore(s: string, at: number, year: number, end: number): Made | null {
  const m = FISCAL_PART_BEFORE_RE.exec(s.slice(Math.max(0, at - 32), at));
  if (!m || (m[1] && !isAsciiUpperCode(m[1].charCodeAt(0)))) return null;
  const kind = m[1] ?? (m[5].toLowerCase() === 'half' ? 'H' : 'Q');
  const word = m[4]?.toLowerCase();
  const n = m[2] ? Number(m[2]) : word === 'final' || word === 'last' ? (kind === 'H' ? 2 : 4) : ORDINALS[word ?? ''] ?? 0;
  if (!n || (kind === 'H' && n > 2)) return null;
  // ("the third-quarter FY2025-26 results": the article belongs to the noun.)
  const start = at - m[0].length + (m[3] && /-/.test(m[0]) ? m[0].indexOf(m[4]) : 0);
  return { start, end, type: 'DATE', value: `${year}-${kind}${n}`, inferred: [], relative: false };
}

/** After a range of two years, what runs from one into the next: "heating season", "financial year", "winter". */
const SEASON_AFTER_RANGE_RE = /^\s+(?:[a-z]+[- ])?(?:season|seasons|financial\s+year|fiscal\s+year|tax\s+year|school\s+year|academic\s+year|budget\s+year|marketing\s+year|crop\s+year|winter|campaign|term|session)\b/i;

/**
 * One to three capitalised words after a lowercase one, right before a year: "of Vision 2030", "for Euro 2024", "under
 * Saudi Vision 2030", "the World Cup 2026", "The FIFA World Cup 2026", "the UN's Agenda 2030" (the last word names the
 * thing); the first group is the lowercase word (or a sentence's "The", or an owner's name: "UN's").
 */
const NAME_BEFORE_YEAR = /(?:^|[^\w'’-])([a-z][a-z'’-]*|The|[A-Za-z]+['’]s),?\s+(?:(?:[A-Z][a-z]+|[A-Z]{2,6})\s+){0,2}([A-Z][a-z]+)\s$/;
/** Capitalised words before a year that date it rather than name something. */
const DATING_BEFORE_YEAR = new Set('january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday spring summer autumn fall winter christmas easter ramadan ramzan ramazan eid diwali lent advent hanukkah passover thanksgiving nowruz navruz hajj pentecost day days week year years act acts budget election elections census term session semester quarter half fiscal calendar year-end midyear new'.split(' '));

function isLowerAsciiAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 97 && c <= 122;
}

/** Whether the year at start follows a programme's or an event's name word ("Vision 2030", "Euro 2024"). */
function nameBeforeYear(s: string, start: number): boolean {
  const before = s.slice(Math.max(0, start - 40), start);
  const m = NAME_BEFORE_YEAR.exec(before);
  // ("(Lee and Park 2021)": an author-year citation's year, inside its brackets, stays a date.)
  if (m === null || m[2].length <= 2 || DATING_BEFORE_YEAR.has(m[2].toLowerCase()) || before.lastIndexOf('(') > before.lastIndexOf(')')) return false;
  // "Smith and Jones 2019 found that ...": two authors' names either side of "and" before a year cite their work, whose
  // year stays a date ("Vision 2030 and Agenda 2063" has a year before its "and").
  return !(m[1] === 'and' && AUTHORS_BEFORE_YEAR.test(before));
}
/** Two names joined by "and" right before a year: "Smith and Jones ". */
const AUTHORS_BEFORE_YEAR = /(?:^|[^\w'’-])[A-Z][a-z'’-]+\s+and\s+[A-Z][a-z'’-]+\s$/;

/**
 * Whether what precedes a four-digit number at `start` makes it no year: an amount ("$2025", "No. 2025", "3.2025"),
 * or the number of a law or of its part ("Regulation (EU) 2016/679", "Directive 2019/1937", "Article 2019").
 */

function notYearAfter(s: string, start: number): boolean {
  const pre = s.slice(Math.max(0, start - 4), start);
  if (mayMarkAmount(pre) && /[$#€£]\s*$|No\.\s*$|\d[.,]$/.test(pre)) return true;
  if (/\d\/$/.test(pre) || LAW_PART_BEFORE.test(s.slice(Math.max(0, start - 12), start))) return true;
  const before = s.slice(Math.max(0, start - 24), start);
  // "resolution 2801 (2025)", "S/RES/2712 (2023)": the year in a resolution's symbol is part of its name, and so is a
  // decision's in a law report's citation ("603 U.S. 369 (2024)", "142 S. Ct. 2228 (2022)").
  if (s.charCodeAt(start - 1) === 40) return RESOLUTION_BEFORE.test(before) || REPORTER_BEFORE.test(before);
  // "Law No. 27 of 2022", "Decree No. 44 of 2019": the year in a law's number (a year in its name is the law's year,
  // as TimeML reads "the ... Act of 1989"); "42 U.S.C. 1983", "§ 2021": a code's section.
  return LAW_YEAR_BEFORE.test(before);
}
/** After a year in square brackets: a court's or a law report's initials, maybe after a volume ("] UKSC", "] 2 AC"). */
const CITATION_AFTER = /^\]\s(?:\d{1,3}\s)?[A-Z][A-Z]/;
const RESOLUTION_BEFORE = /(?:\b[Rr]esolutions?\s+|RES\/)\d{1,4}\s*\($/;
/** A volume, a law report and a page before a decision's year in brackets: "603 U.S. 369 (", "597 U.S. 215, 231 (". */
const REPORTER_BEFORE = /\d\s+(?:U\.\s?S\.|S\.\s?Ct\.|L\.\s?Ed\.(?:\s?2d)?|F\.(?:\s?Supp\.)?(?:\s?[234]d|\s?4th)?)\s+\d{1,5}(?:,\s*\d{1,5})?\s*\($/;
/** A law's number before its year, or a code before a section's number. */
const LAW_YEAR_BEFORE = /(?:\bNo\.\s?\d{1,5}[A-Za-z]?\s+of|U\.\s?S\.\s?C\.(?:\s?A\.)?|\bUSC|C\.\s?F\.\s?R\.|\bCFR|§)\s*$/;

/** Words that number a law's parts or a place in an address: "Article 2019", "Room 1802", "Suite 2011" are no years. */
const LAW_PART_BEFORE = /\b(?:article|section|rule|paragraph|chapter|clause|annex|item|room|suite|office|block|building|floor|apartment|flat|unit|box|kilometre|kilometer|km)\s+$/i;

/** Whether s holds one of $ # € £ . , (every alternative of the amount test in the year rule needs one). */
function mayMarkAmount(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 36 || c === 35 || c === 0x20ac || c === 0xa3 || c === 46 || c === 44) return true;
  }
  return false;
}

/** Prepositions before a decade written with an apostrophe and no "the": "in 1980's Britain", "since 1990's". */
const DECADE_LEAD_RE = /\b(?:in|of|since|during|from|to|until|through|by|throughout)\s+$/i;
/** Words before "the 90s" that make it a reading, not a decade. */
const NOT_A_DECADE_BEFORE = /temperat|degree|°|heat|highs?\b|lows?\b|fever|percent|per\s+cent|%|\baged?\b|\bscor|\bpoll|\brating|\bIQ\b|\bmph\b|unemploy|\brates?\b|inflation|yield/i;

/** Ordinal words of centuries, in order ("first" is the 1st). */
const CENTURY_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty-first', 'twenty-second'];
const CENTURY_ORDINALS = CENTURY_WORDS.slice().reverse().join('|');

/** Calendar expressions: holidays, spoken years, full dates, months, years, decades, seasons, quarters. */
export const calendarRules: Rule[] = [
  ...holidayRules,
  {
    name: 'spoken-year',
    hint: /nineteen|eighteen|two thousand/i,
    re: re(`${B}(the\\s+year\\s+)?(${SPOKEN_YEAR_RE})${E}`),
    make: (m, ctx) => {
      if (/^two\s+thousand$/i.test(m[2]) && !m[1]) return null;
      // "two thousand three hundred soldiers", "some nineteen hundred and fifty troops": these forms also count
      // things, so they are years only after "the year" or a word that introduces a time ("in", "since", "by" ...).
      const end = m.index + m[0].length;
      if (testLong(/^[\s-]+(?:hundred|thousand|million|billion)\b/i, ctx.s.slice(end, end + 12))) return null;
      if (!m[1] && /hundred|^two\s+thousand/i.test(m[2]) && !SPOKEN_YEAR_LEAD.test(ctx.s.slice(Math.max(0, m.index - 12), m.index))) return null;
      const y = parseSpokenYear(m[2]);
      if (y === null || y < 1000) return null;
      return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: String(y), inferred: [], relative: false };
    },
    priority: 3,
  },
  ...dayRules,
  ...monthRules,
  {
    // 2008, fiscal 1989, fiscal year 2025, '98 (after "in"/"since"); before 1800 only after "in", "since", "until" ... ("at Augsburg in 1555")
    name: 'year',
    reach: 24,
    hint: /\d\d\d\d/,
    re: re(`${BM}(?:(fiscal(?:\\s+year)?|FY|the\\s+year|calendar)\\s*)?(1\\d\\d\\d|20\\d\\d|2100)(?![\\w%]|[.,:]\\d|-\\d|/\\d|\\s*(?:%|percent|mph|km|miles|feet|meters|GMT|UTC|hrs\\b))`),
    make: (m, ctx) => {
      const start = m.index;
      if (notYearAfter(ctx.s, start)) return null;
      // "2000 troops", "1800 people": a count, not a year (the nouns follow a blank).
      const end = m.index + m[0].length;
      if (!m[1] && isSpaceAt(ctx.s, end) && mayCount(ctx.s, end) && COUNTED.test(ctx.s.slice(end, end + 16))) return null;
      // "[2025] UKSC 12", "[2024] EWCA Civ 310", "[2000] 2 AC 115": a neutral citation's year, in square brackets before
      // a court's or a report's initials, is part of the citation.
      if (ctx.s.charCodeAt(start - 1) === 91 && ctx.s.charCodeAt(end) === 93 && CITATION_AFTER.test(ctx.s.slice(end, end + 12))) return null;
      // "part of Vision 2030", "fans of Euro 2024", "and Agenda 2063": a capitalised name word after a lowercase one, right
      // before the year, makes a programme's or an event's name (not a month, a holiday or an act: "in May 2024",
      // "after Memorial Day 2026", "the Welfare Reform Act 2012" stay dates).
      if (!m[1] && isLowerAsciiAt(ctx.s, start - 2) && ctx.s.charCodeAt(start - 1) === 32 && nameBeforeYear(ctx.s, start)) return null;
      // Numbers in lists of amounts ("1990 to 2000 shares") are rare; a year-range "1990-91" ends at the dash.
      const y = Number(m[2]);
      // ("founded around 1299", "built circa 1450", "c. 1300": an early year said to be near, as a year; after "around" or
      // "circa" only before the clause's end or a stop, as "around 1500 were arrested" is a count.)
      if (!m[1] && y < 1800 && !/\b(?:in|since|of|by|until|from|to|before|after|during)\s+$/i.test(ctx.s.slice(Math.max(0, start - 10), start)) && !(NEAR_YEAR_BEFORE_RE.test(ctx.s.slice(Math.max(0, start - 8), start)) && (ctx.s.charCodeAt(start - 2) === 46 || YEAR_CLAUSE_END_RE.test(ctx.s.slice(end, end + 6))))) return null;
      return { start, end: m.index + m[0].length, type: 'DATE', value: String(y), inferred: [], relative: false };
    },
    priority: 3,
  },
  {
    // 2015-2020, 1914-18: each year a date of its own; the 2025/26 season, the 2024-25 financial year: one year from
    // one into the next
    name: 'year-range',
    reach: 12,
    hint: /\d\d\d\d/,
    also: [DASHED_DIGITS],
    // (also a fiscal year written as a range: "FY2025-26")
    re: re(`(?:${B}|(?<=\\bFY))(1[6-9]\\d\\d|20\\d\\d)([-\u2013/])(1[6-9]\\d\\d|20\\d\\d|\\d\\d)(?![\\w%]|[-/.,:]\\d)`),
    make: (m, ctx) => {
      const y1 = Number(m[1]);
      const short = m[3].length === 2;
      let y2 = Number(m[3]);
      if (short) {
        // "1914-18" is 1918; "1999-00" is 2000. (A range runs into the next century only from its last years: "Report
        // 2025-07" and "NIE 2024-11" are numbers, not years of the 22nd century.)
        const century = y1 - (y1 % 100);
        const wraps = century + y2 <= y1;
        y2 += century + (wraps ? 100 : 0);
        if (wraps && y2 - y1 > 10) return null;
      }
      if (y2 <= y1 || y2 - y1 > 100) return null;
      // ("2024/25" is a season or a financial year; "Document 2025/45" is a number.)
      if (m[2] === '/' && y2 - y1 !== 1) return null;
      const start = m.index;
      const end = start + m[0].length;
      if (notYearAfter(ctx.s, start)) return null;
      if (isSpaceAt(ctx.s, end) && mayCount(ctx.s, end) && COUNTED.test(ctx.s.slice(end, end + 16))) return null;
      // ("the 2025–2026 heating season", "the 2024-2025 fiscal year", "2025/2026": one year running into the next, as
      // "2025–26" is.)
      if (y2 === y1 + 1 && (short || m[2] === '/' || SEASON_AFTER_RANGE_RE.test(ctx.s.slice(end, end + 40)))) {
        // ("covers fiscal 2025-26": the word is the date's, as in "fiscal 2024".)
        const fiscal = FISCAL_BEFORE_RE.exec(ctx.s.slice(Math.max(0, start - 20), start));
        const from = fiscal ? start - fiscal[0].length : start;
        // ("Q1 FY2025-26", "the second quarter of fiscal 2025-26": a part of that fiscal year.)
        if (fiscal && from > 2 && isSpaceAt(ctx.s, from - 1)) {
          const part = fiscalPartBefore(ctx.s, from, y2, end);
          if (part) return { ...part, fiscal: { year: `${y1}-${m[3].slice(-2)}` } };
        }
        return { start: from, end, type: 'DATE', value: String(y1), through: String(y2), inferred: [], relative: false };
      }
      return [
        { start, end: start + m[1].length, type: 'DATE', value: String(y1), inferred: [], relative: false },
        { start: end - m[3].length, end, type: 'DATE', value: String(y2), inferred: short ? ['century'] : [], relative: false },
      ];
    },
    priority: 4,
  },
  {
    // the 1990s, the '90s, the nineties, early 1980s, the mid-90s, the '00s
    name: 'decade',
    hint: /0'?s\b|['’]\d0s|ties\b/i,
    re: re(`${B}(?:the\\s+)?(?:(early|mid|late)[- ]?)?(?:(1[0-9]|20)(\\d)0'?s|['’](\\d)0s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|(?<=(?:the|early|mid|late)[- ])([5-9])0s)${E}`),
    make: (m, ctx) => {
      const words: Record<string, string> = { twenties: '2', thirties: '3', forties: '4', fifties: '5', sixties: '6', seventies: '7', eighties: '8', nineties: '9' };
      // "the mid-90s" without its apostrophe, but not a temperature, a score or an age ("highs in the mid-90s").
      // (Only after "the", and only the 1950s to the 1990s: "my early 20s" is an age.)
      if (m[6] && (!/^the\s/i.test(m[0]) || NOT_A_DECADE_BEFORE.test(ctx.s.slice(Math.max(0, m.index - 40), m.index)))) return null;
      // "Vision 2030's goals", "after 2030's deadline": a year's (or a name's) possessive, no decade, unless "the", a part
      // or a preposition comes before it ("the 1990's", "in 1980's Britain").
      if (m[2] && !m[1] && m[0].charCodeAt(m[0].length - 2) === 39 && !/^the\s/i.test(m[0]) && !DECADE_LEAD_RE.test(ctx.s.slice(Math.max(0, m.index - 8), m.index))) return null;
      // "the '00s" and "the '10s" are this century's; "the '20s" is still the 1920s.
      const short = m[4] ?? m[6];
      const value = m[2] ? `${m[2]}${m[3]}` : short ? `${short === '0' || short === '1' ? '20' : '19'}${short}` : `19${words[(m[5] ?? '').toLowerCase()]}`;
      const mod = m[1] ? { early: 'START', mid: 'MID', late: 'END' }[m[1].toLowerCase()] : undefined;
      return { start: m.index, end: m.index + m[0].length, type: 'DATE', value, mod, inferred: m[2] ? [] : ['century'], relative: false };
    },
    priority: 4,
  },
  {
    // the dying days of 2024, the closing weeks of last year, the first months of 2025: the year's end or start
    name: 'year-edge',
    reach: 40,
    hint: /days|weeks|months/i,
    also: [/ of /i],
    re: re(`${B}the\\s+(dying|closing|final|last|waning|early|earliest|opening|first)\\s+(?:few\\s+)?(?:days|weeks|months)\\s+of\\s+(\\d{4}|${REL_YEAR})${E}`),
    make: (m, ctx) => {
      const edge = /^(?:early|earliest|opening|first)$/i.test(m[1]) ? 'START' : 'END';
      const start = m.index;
      const end = m.index + m[0].length;
      if (startsWithDigit(m[2])) return { start, end, type: 'DATE', value: m[2], mod: edge, inferred: [], relative: false };
      if (!ctx.ref) return { start, end, type: 'DATE', value: 'XXXX', mod: edge, inferred: ['year'], relative: true };
      return { start, end, type: 'DATE', value: String(namedYear(ctx.ref, m[2])).padStart(4, '0'), mod: edge, inferred: [], relative: true, deferred: thatYear(m[2]) ? SAME_YEAR : undefined };
    },
    priority: 6,
  },
  {
    // the 20th century, the nineteenth century
    name: 'century',
    hint: /century/i,
    // (also in words, "the nineteenth century", and "the mid-19th century")
    re: re(`${B}(?:the\\s+)?(?:(early|mid|late)[- ])?(?:(\\d{1,2})(?:st|nd|rd|th)|(${CENTURY_ORDINALS}))\\s+century${E}`),
    make: (m) => {
      const n = m[2] ? Number(m[2]) : CENTURY_WORDS.indexOf(m[3].toLowerCase()) + 1;
      if (n < 1 || n > 22) return null;
      const mod = m[1] ? { early: 'START', mid: 'MID', late: 'END' }[m[1].toLowerCase()] : undefined;
      return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: String(n - 1).padStart(2, '0'), mod, inferred: [], relative: false };
    },
    priority: 4,
  },
  {
    // 44 BC, 133 BCE, March 15, 44 BC, AD 476, 476 CE, the 1st century BC: a year of an era, BC years as "BC0044"
    name: 'era-year',
    reach: 40,
    // (Hints are read in lower case; the rule's own pattern keeps the capitals.)
    hint: /\d ?(?:bc|ad|ce|b\.c)|ad ?\d|a\.d\. ?\d|century (?:bc|b\.c|ad|a\.d|ce)/,
    re: new RegExp(
      `(?<![\\w])(?:(?:(${MONTH_RE})\\s+(\\d{1,2}),?\\s+)?(\\d{1,4})\\s?(BCE?|B\\.C\\.(?:E\\.)?|AD|A\\.D\\.|CE)|(?:AD|A\\.D\\.)\\s?(\\d{1,4})|(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)\\s+century\\s+(BCE?|B\\.C\\.(?:E\\.)?|AD|A\\.D\\.|CE))(?![\\w])`,
      'gi',
    ),
    make: (m) => {
      const start = m.index;
      const end = start + m[0].length;
      // ("44 bc", "ad 476": the era is written in capitals.)
      const eraText = m[4] ?? m[7] ?? m[0].slice(0, 4);
      if (eraText.charCodeAt(0) !== 65 && eraText.charCodeAt(0) !== 66 && eraText.charCodeAt(0) !== 67) return null;
      if (eraText.charCodeAt(1) >= 97 && eraText.charCodeAt(1) <= 122) return null;
      const bc = (era: string): boolean => era.charCodeAt(0) === 66;
      if (m[6]) {
        const n = Number(m[6]);
        if (n < 1 || n > 22) return null;
        const c = String(n - 1).padStart(2, '0');
        return { start, end, type: 'DATE', value: bc(m[7]) ? `BC${c}` : c, inferred: [], relative: false };
      }
      const y = Number(m[3] ?? m[5]);
      if (y < 1 || y > 2100) return null;
      const era = m[4] ?? 'AD';
      const year = `${bc(era) ? 'BC' : ''}${String(y).padStart(4, '0')}`;
      if (m[1]) {
        const mo = monthNo(m[1]);
        const day = Number(m[2]);
        if (!capitalised(m[1]) || !mo || day < 1 || day > daysInMonth(2000, mo)) return null;
        return { start, end, type: 'DATE', value: `${year}-${pad(mo)}-${pad(day)}`, inferred: [], relative: false };
      }
      return { start, end, type: 'DATE', value: year, inferred: [], relative: false };
    },
    priority: 6,
  },
  {
    // Reiwa 7, Heisei 31, Showa 64: a year of a Japanese era, counted from its first (Reiwa 1 is 2019)
    name: 'japanese-era-year',
    reach: 12,
    hint: /reiwa|heisei|showa/,
    re: re(`${B}(Reiwa|Heisei|Showa)\\s+(\\d{1,2})${E}`),
    make: (m) => {
      // (The era's name is written with its capital: "reiwa" alone is no era.)
      if (!isAsciiUpperCode(m[1].charCodeAt(0))) return null;
      const n = Number(m[2]);
      const era = m[1].toLowerCase();
      const [first, last] = era === 'reiwa' ? [2019, 2100] : era === 'heisei' ? [1989, 2019] : [1926, 1989];
      const y = first + n - 1;
      if (n < 1 || y > last) return null;
      return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: String(y), inferred: [], relative: false };
    },
    priority: 6,
  },
  ...yearPartRules,
  {
    // "back in '22", "since '08", "the class of '98": a year with an apostrophe after a preposition.
    name: 'short-year',
    hint: /['\u2019]\d\d/,
    re: /(?<=\b(?:in|since|of|from|until|by|before|after|to)\s)['\u2019](\d\d)(?![\w'\u2019])/gi,
    make: (m) => ({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: String(yearOf(m[0])), inferred: ['century'], relative: false }),
    priority: 5,
  },
  {
    // An ISO week: "2025-W45"; a military date: "03NOV2025", "3 NOV 25" is the month-day rules'.
    name: 'iso-week',
    hint: /\d{4}-w\d|\d(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\d/,
    re: /(?<![\w-])(?:(\d{4})-W(0[1-9]|[1-4]\d|5[0-3])|([0-3]\d)(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(\d{4}|\d{2}))(?![\w-])/g,
    make: (m) => {
      if (m[1]) return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: `${m[1]}-W${m[2]}`, inferred: [], relative: false };
      const month = MONTHS[m[4].toLowerCase()];
      const year = m[5].length === 4 ? Number(m[5]) : 2000 + Number(m[5]);
      const day = Number(m[3]);
      if (!month || day < 1 || day > daysInMonth(year, month)) return null;
      return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: `${fmtMonth(year, month)}-${m[3]}`, inferred: [], relative: false };
    },
    priority: 7,
  },
  {
    // A military date-time group, as cables and orders write it: "141200Z NOV 25" is 14 November 2025 at 12:00 UTC.
    name: 'date-time-group',
    hint: /\d{6}z\s/,
    // Without its year ("NLT 091200Z DEC"), the day is the month-day rules' nearest one to the article's date.
    re: /(?<![\w-])([0-3]\d)([01]\d|2[0-3])([0-5]\d)Z\s+(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*(?:\s+(\d{4}|\d{2}))?(?![\w-])/gi,
    make: (m, ctx) => {
      const month = MONTHS[m[4].toLowerCase()];
      if (!m[5]) {
        const d = dayDate(ctx, m.index, m.index + m[0].length, month, Number(m[1]));
        return d && { ...d, type: 'TIME', value: `${d.value}T${m[2]}:${m[3]}` };
      }
      const year = m[5].length === 4 ? Number(m[5]) : 2000 + Number(m[5]);
      const day = Number(m[1]);
      if (!month || day < 1 || day > daysInMonth(year, month)) return null;
      return { start: m.index, end: m.index + m[0].length, type: 'TIME', value: `${fmtMonth(year, month)}-${m[1]}T${m[2]}:${m[3]}`, inferred: [], relative: false };
    },
    priority: 7,
  },
  {
    // "9/11", "the September 11 attacks": the attacks of 11 September 2001 (a day with a year is the numeric rule's)
    name: 'nine-eleven',
    hint: /9\/11|sept/i,
    re: /(?<![\w/.-])(?:9\/11(?![\w/.-]|\s*(?:%|percent))|(?:September|Sept?\.?)\s+11(?:th)?(?=\s+(?:attacks?|terror|terrorist|hijack|hijackers|hijackings|Commission|commission|era|generation|victims|plotters?)\b)|(?:the\s+)?11(?:th)?\s+September(?=\s+(?:attacks?|terror|terrorist|hijack|hijackers|hijackings|era|generation|victims)\b))/g,
    make: (m) => ({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: '2001-09-11', inferred: [], relative: false }),
    priority: 8,
  },
  ...quarterRules,
];
