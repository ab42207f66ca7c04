// Rules for calendar expressions: full dates, months, years, decades, seasons, quarters.
import { addDays, addMonths, fmtMonth, daysInMonth, isoWeek, weekday, type Ymd } from './calendar';
import type { Made, Rule, RuleContext } from './candidate';
import { BOOKED_BEFORE, doneAt, presentFuture, presentSchedule, tenseAt, type Tense } from './context';
import { MONTHS, WEEKDAYS, MONTH_RE, SEASONS, SEASON_RE, SPOKEN_YEAR_RE, WEEKDAY_RE, ORDINALS, ORDINAL_DAY_RE, ordinalDay, parseSpokenYear, MONTH_HINT, MONTH_WORD_HINT, DIGIT_HINT } from './lexicon';
import { resolveMonth, resolveMonthDay, resolveSeason, resolveTerm, type Rel } from './resolve';
import { digitAfterBlanks, endsWithLetters, startsWithDigit } from './textTests';
import { execLong, isAsciiLetterCode, isAsciiUpperCode, isSpaceAt, isWordCode, skipBlanks, testLong, testShort } from '../chars';

/** Words before a spoken year written like a count ("in two thousand and three", "by nineteen hundred and six"). */
const SPOKEN_YEAR_LEAD = /\b(?:in|since|until|till|by|of|from|to|before|after|during|around|circa|early|late|mid|year)[\s-]+$/i;

const B = '(?<![\\w-])';
/** Like B, but "mid-", "early-", "late-", "end-", "pre-" and "post-" may come before (mid-October, end-2025, post-2011). */
const BM = '(?<!\\w)(?<!(?<!mid|early|late|end|pre|post)-)';
const E = '(?![\\w])';
/**
 * Like B, but a date may follow the dash of a range that crosses months: a month after a day or a month ("Feb.
 * 28-March 2"), a day after a month ("30 June-2 July"; after a number, "14-9 November" is a score).
 */
const BR_MONTH = `(?<!\\w)(?<!(?<!\\d|${MONTH_RE})-)`;
const BR_DAY = `(?<!\\w)(?<!(?<!${MONTH_RE})-)`;
const re = (src: string): RegExp => new RegExp(src, 'gi');
const monthNo = (w: string): number => {
  const x = w.toLowerCase();
  return MONTHS[x.endsWith('.') ? x.slice(0, -1) : x] ?? 0;
};
const LOWER_MONTHS = new Set(['january', 'february', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
/** Month names are capitalised in news; full names other than May and March are accepted in lower case too. */
const capitalised = (w: string): boolean => isAsciiUpperCode(w.charCodeAt(0)) || LOWER_MONTHS.has(w);
const pad = (n: number): string => String(n).padStart(2, '0');
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

const CONTEXT_YEAR = { kind: 'contextYear' } as const;
/** A word of nearness right before an early year: "around ", "circa ", "c. ", "ca. ". */
const NEAR_YEAR_BEFORE_RE = /(?:\b(?:around|circa)|(?:^|[\s(])(?:c|ca)\.)\s+$/i;
/** What may follow a year the clause ends on: a stop, a bracket, "and", "to", "when", "in", "BC"/"AD". */
const YEAR_CLAUSE_END_RE = /^(?:\s*[.,;:)]|\s*$|\s+(?:and|to|when|in|BC|AD|CE|BCE)\b)/;
/** "Ides of " right before "March". */
const IDES_BEFORE_RE = /\b[Ii]des of $/;
/** A date said to lie ahead: a chronology's entry ("* June 9, 2023 - ... to begin on Aug. 3") still gives it its year. */
const CONTEXT_YEAR_AHEAD = { kind: 'contextYear', ahead: true } as const;

/** What a month opens the name of: " Charter", " Revolution", " Uprising", " National Charter" (one capitalised word may come between). */
const MONTH_IN_NAME_AFTER_RE = /^\s(?:[A-Z][a-z]+\s)?(?:Charter|Uprising|Revolution|Revolt|Movement|Manifesto|Declaration|Proclamation|Massacre|Crisis|Coup|Offensive|Theses|Ordinances|Monarchy|Days)\b/;
/** An event a month names ("the March budget", "the May election"): lets "March" and "May" be months there too. */
/** The verb after the modal "may": "MAY BE UPDATED", "may not", "may well". */
const MAY_MODAL_AFTER_RE = /^\s+(?:be|not|have|also|well|still|never|even|need|want|take|make|come|go|become|seem|appear|remain|lead|cause|face|help|prove|continue|change|vary|apply|affect|include|require)\b/i;
const EVENT_AFTER = /^\s+(?:budget|election|elections|vote|summit|meeting|statement|update|report|talks|deadline|poll|polls|referendum|conference|session|visit|decision|agreement|accord|deal|ceasefire|offensive|forecast|forecasts|projections)\b/i;
/** Figures before a month they are for: "inflation data for October", "figures for September" (they come out after it). */
const DATA_FOR_BEFORE = /\b(?:data|figures|numbers|statistics|readings?|print)\s+(?:for|from|covering)\s+$/i;
/** Figures for a month: "October GDP data", "September retail sales", "the November jobs report" (not "their December output targets", a plan). */
const DATA_AFTER = /^\s+(?:(?:GDP|CPI|PPI|inflation|retail|trade|jobs|payrolls?|employment|unemployment|industrial|factory|manufacturing|housing|consumer|producer|export|import)\s+)*(?:data|figures|numbers|statistics|sales|report|reading|output|prices|inflation|payrolls|projections|forecasts|estimates|minutes)\b(?!\s+(?:targets?|quotas?|goals?|limits?|ceilings?|caps?|plans?|increases?|hikes?|cuts?)\b)/i;

/** Whether "of" (either case) and a blank follow the blanks at `i`, all before `stop`, as every PART_OF_THING_AFTER match opens. */
function ofAfterBlanks(s: string, i: number, stop: number): boolean {
  const j = skipBlanks(s, i, Math.min(s.length, stop));
  return j + 2 < stop && (s.charCodeAt(j) | 32) === 111 && (s.charCodeAt(j + 1) | 32) === 102 && isSpaceAt(s, j + 2);
}
/** After "the second half", "the first quarter": "of" and a thing's noun, no time ("of the claim", "of its voters"). */
const PART_OF_THING_AFTER = /^\s+of\s+(?:(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those)\s+)?(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those)\b)(?!(?:(?:current|coming|next|last|previous|past|same|following|fiscal|financial|calendar|school|academic|new|\w+'s|\d{4})\s+)*(?:year|decade|century|millennium|month|season|quarter|week|term|period|session|cycle|\d|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|spring|summer|autumn|fall|winter|fiscal|financial|calendar|\d{4}s?)\b)[a-z]/i;

/** Right before a year written as a range: "fiscal ", "fiscal year ", "FY" ("FY2026/27"). */
const FISCAL_BEFORE_RE = /\b[Ff]iscal(?:\s+year)?\s+$|\bFY\s?$/;
/** After "the second quarter": "in a row", "running" (a count: "for the second quarter in a row"). */
const IN_A_ROW_AFTER = /^\s+(?:in\s+a\s+row|running)\b/i;
/** After "the second half": "of the decade", "of this century" (a longer stretch than a year that the article is in). */
const HALF_OF_LONGER_AFTER = /^\s+of\s+(?:the|this)\s+(decade|century)\b/i;

/** After a range of two years, what runs from one into the next: "heating season", "financial year", "winter". */
const SEASON_AFTER_RANGE_RE = /^\s+(?:[a-z]+[- ])?(?:season|seasons|financial\s+year|fiscal\s+year|tax\s+year|school\s+year|academic\s+year|budget\s+year|marketing\s+year|crop\s+year|winter|campaign|term|session)\b/i;

/** Whether a lower-case noun follows a season at end ("winter gas pact"), not a verb, preposition or pronoun. */
function seasonModifies(s: string, end: number): boolean {
  const m = WORD_AFTER_SEASON_RE.exec(s.slice(end, end + 16));
  return !!m && !NOT_A_NOUN_AFTER_SEASON.has(m[1]) && !m[1].endsWith('ly') && !m[1].endsWith('ed');
}
const WORD_AFTER_SEASON_RE = /^ ([a-z]{3,})\b/;
/** After a month, its noun and the year named relative to the article's: " uprising last year", " floods of last year". */
const NOUN_THEN_NAMED_YEAR = /^ (?!than\b)[a-z]{3,}(?: of)?\s+(last|next|this)\s+year(?![\w'\u2019])/;
const NOT_A_NOUN_AFTER_SEASON = new Set('and|but|nor|for|yet|the|this|that|these|those|its|his|her|our|their|with|from|into|onto|over|under|after|before|since|until|when|while|was|were|are|has|had|have|will|would|could|should|can|may|might|must|did|does|not|then|there|here|comes|came|begins|began|ends|ended|arrives|arrived|months|approaches|sets|set|hits|hit|brings|brought|again|too|also|every|each|all|sun'.split('|'));

/**
 * A written date later in the clause (no stop, comma or line between), after a preposition of time: "schedule began on
 * 26 October", "offensive opened in April", "timetable starts on Monday".
 */
const WRITTEN_DATE_AFTER_RE = new RegExp(`^[^.,;:!?\\n]{0,60}?\\b(?:on|in|from|since|until|till|by|before|after|through)\\s+(?:(?:early|mid|late)[- ]|the\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?(?:${MONTH_RE}|${WEEKDAY_RE})(?![\\w])`, 'i');

/** A habit in the clause before a month: "which usually runs from May to", "typically falls in". */
const HABIT_MONTH_BEFORE_RE = /\b(?:usually|typically|normally|generally|traditionally|customarily|habitually)\b[^.,;:!?\n]{0,40}$/i;
/**
 * A habit in the clause after it: "from May to September each year", "in June every year". (Not past an infinitive or
 * an amount, whose habit it is: "at the summit in June to invest 5% of GDP annually" is that June.)
 */
const HABIT_MONTH_AFTER_RE = /^(?:(?!\bto\s+[a-z])[^.,;:!?\n\d%]){0,24}?\b(?:(?:each|every)\s+year|annually)\b/i;

/** The seasons of the terms named for feasts or saints (Oxford's and Cambridge's; Lent's is the spring term). */
const TERM_SEASONS: Record<string, string> = { michaelmas: 'FA', lent: 'SP', hilary: 'SP', trinity: 'SU' };
/** A preposition of time before a term: "in the summer term". */
const TERM_PREP_BEFORE = /\b(?:in|during|over|throughout|through)\s+$/i;

/** Words before a bare "Q3" or "H1" that make it a period of the year. */
const QUARTER_LEAD = /\b(?:in|for|during|of|the|by|from|to|and|than|over|since|through|until)\s+$/i;
const HALF_LEAD = /\b(?:in|for|during|by|since|through|until|than|over)\s+$/i;

/** Words of time before "the fall" that make it the season, not a decrease ("only that the fall followed it": a conjunction). */
const FALL_SEASON_BEFORE = /\b(?:during|by|until|till|through|since|over|before|after|for|into|throughout|from|of|next|last|early|late)\s+$/i;
/** After "the fall": "in" and a word in lower case, what fell ("the fall in prices"). */
const FALL_IN_THING_AFTER = /^\s+in\s+[a-z]/;
/** Prepositions of time that make a bare season a date ("until spring"). */
const SEASON_PREP_BEFORE = /\b(?:until|till|by|since|before|after|through)\s+$/i;

/**
 * Whether what precedes a four-digit number at `start` makes it no year: an amount ("$2025", "No. 2025", "3.2025"),
 * or the number of a law or of its part ("Regulation (EU) 2016/679", "Directive 2019/1937", "Article 2019").
 */
/** Before a range of two days: "the night of", "night of". */
const NIGHT_OF_BEFORE = /\bnights?\s+of\s+$/i;

/**
 * "in the night of 9 to 10 September", "the night of Sept. 9-10": one night, from the first day into the next, dated by
 * its first day as TimeML dates "the night of Oct. 23"; other ranges and lists of days as made.
 */
function oneNight(ctx: RuleContext, start: number, join: string, days: { day: number }[], made: Made[] | null): Made[] | null {
  if (!made || made.length !== 2 || days[1].day !== days[0].day + 1 || ctx.s.charCodeAt(start - 1) !== 32 || /and|or/i.test(join)) return made;
  return testLong(NIGHT_OF_BEFORE, ctx.s.slice(Math.max(0, start - 12), start)) ? [{ ...made[0], end: made[1].end }] : made;
}
/** A capitalised word after a lowercase one, right before a year: "of Vision 2030", "for Euro 2024". */
const NAME_BEFORE_YEAR = /(?:^|[^\w'’-])[a-z][a-z'’-]*,?\s+([A-Z][a-z]+)\s$/;
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
  return m !== null && m[1].length > 2 && !DATING_BEFORE_YEAR.has(m[1].toLowerCase()) && before.lastIndexOf('(') <= before.lastIndexOf(')');
}

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

/** "ahead" when the clause looks ahead in the present tense ("will", "are due"), so last month is not in reach. */
function aheadIf(ctx: RuleContext, tense: Tense, start: number): Rel {
  return tense === 'future' && presentFuture(ctx.s, start) ? 'ahead' : null;
}

function relWord(w: string | undefined): Rel {
  const x = (w ?? '').toLowerCase();
  if (x === 'last' || x === 'past' || x === 'previous') return 'last';
  if (x === 'next' || x === 'coming') return 'next';
  if (x === 'this') return 'this';
  return null;
}

/** A year written in full or with an apostrophe: "'98" is 1998, "'08" 2008 (a two-digit year below 30 is this century's). */
function yearOf(s: string): number {
  if (!s.startsWith("'") && !s.startsWith('\u2019')) return Number(s);
  const y = Number(s.slice(1));
  return y < 30 ? 2000 + y : 1900 + y;
}

const ENDED_BEFORE_RE = /\b(?:ended|closed|expired|began|started|occurred|happened|took\s+place|died|was\s+killed|were\s+killed)\s+(?:on\s+)?$/i;

/** A year written after a day: digits, or "this year", "next year", "last year" (counted from the article's year). */
const REL_YEAR = '(?:this|last|next|that)\\s+year';
/** A year written after a day: four digits that are no clock time ("Nov. 19, 0900 GMT", "NOV. 17, 1430 GMT"). */
const YEAR_AFTER_DAY = '[12]\\d{3}(?!\\s*(?:GMT|UTC|Z|ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|CET|CEST|BST|MSK|EAT|IST|JST|AEST|AEDT|GST|hrs|hours|h|local)\\b)';
const DAY_YEAR = `(${YEAR_AFTER_DAY}|${REL_YEAR})`;

/** "April of that year", "Aug. 18 that year": the year comes from the date under discussion (resolved in order). */
const SAME_YEAR = { kind: 'sameYear' } as const;
const thatYear = (words: string): boolean => words.slice(0, 4).toLowerCase() === 'that';

/** Words before "the 90s" that make it a reading, not a decade. */
const NOT_A_DECADE_BEFORE = /temperat|degree|°|heat|highs?\b|lows?\b|fever|percent|per\s+cent|%|\baged?\b|\bscor|\bpoll|\brating|\bIQ\b|\bmph\b|unemploy|\brates?\b|inflation|yield/i;

/** A month after "March" or "May" that makes it one end of a range ("fielded March to April 2024"). */
const MONTH_RANGE_AFTER = new RegExp(`^\\s*(?:to|through|until|till|[-\u2013])\\s*(?:${MONTH_RE})(?![\\w])`, 'i');

/** A month and a comma before "March" or "May" ("April, May"), or a comma or "and"/"or" and a capitalised month after it ("May, or June"). */
const MONTH_LIST_BEFORE = new RegExp(`(?<![\\w])(${MONTH_RE}),\\s+$`, 'i');
const MONTH_LIST_AFTER = new RegExp(`^(?:,\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or)\\s+)(${MONTH_RE})(?![\\w])`, 'i');
/** Whether a capitalised month stands in a list beside "March" or "May" at s[start, end). */
function inMonthList(s: string, start: number, end: number): boolean {
  const before = MONTH_LIST_BEFORE.exec(s.slice(Math.max(0, start - 14), start));
  if (before && isAsciiUpperCode(before[1].charCodeAt(0))) return true;
  const after = MONTH_LIST_AFTER.exec(s.slice(end, end + 18));
  return after !== null && isAsciiUpperCode(after[1].charCodeAt(0));
}
/** Ordinal words of centuries, in order ("first" is the 1st). */
const CENTURY_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty-first', 'twenty-second'];
const CENTURY_ORDINALS = CENTURY_WORDS.slice().reverse().join('|');

/** The year that "this year", "last year" or "next year" names, counted from the article's year ("that year": the article's, until the date under discussion gives its own). */
function namedYear(ref: Ymd, words: string): number {
  const w = words.slice(0, 4).toLowerCase();
  return ref.y + (w === 'last' ? -1 : w === 'next' ? 1 : 0);
}

/** A document's noun after a day, with up to three words between ("inter-Korean military agreement", "Communiqué"). */
const DOCUMENT_AFTER = /^\s+(?:(?!(?:on|of|in|to|for|by|with|and|or|at|from|that|which|was|were|is|are|the|a|an)\b)[A-Za-z][\w-]*\s+){0,3}(?:agreements?|accords?|communiqu[eé]s?|declaration|pact|treaty|memorandum|protocol|charter|armistice)(?![\w-])/i;
/** Before the day: "the", "its", "Seoul's". */
const DOCUMENT_OWNER_BEFORE = /(?:\b(?:the|its|their)|\w['’]s)\s+$/i;

/** After a document's noun: the year of its name ("Communiqué of 1982"). */
const DOCUMENT_YEAR_AFTER = /^\s+of\s+(1[89]\d\d|20\d\d)(?!\d)/;

/** How long the words after the day at start..end are that make it name a document ("the Sept. 19 inter-Korean military agreement"), or 0. */
function documentNamed(s: string, start: number, end: number): number {
  if (!DOCUMENT_OWNER_BEFORE.test(s.slice(Math.max(0, start - 8), start))) return 0;
  const m = execLong(DOCUMENT_AFTER, s.slice(end, end + 60));
  return m ? m[0].length : 0;
}

function dayDate(ctx: RuleContext, start: number, end: number, month: number, day: number, year?: string, weekdayName?: string) {
  if (!month || day < 1 || day > 31) return null;
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
  // Right after a verb of something finished ("the year ended Jan. 31", "died on May 3") the day is past.
  const done = ENDED_BEFORE_RE.test(ctx.s.slice(Math.max(0, start - 24), start)) || doneAt(ctx.s, start);
  const tense = tenseAt(ctx.s, start, end);
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
const DASHED_DIGITS = /\d[-\u2013/]\d/;

/** A day and what joins it to the next: every range or list of days holds one ("14-", "3 and ", "14th to "). */
const DAY_JOIN_HINT = /\d(?:st|nd|rd|th)?(?:\s*[-\u2013]|,?\s+(?:to|and|or|through|until|till)\s)/;

/** An ordinal before "of": every "the twelfth of March" and "the 5th of this month" holds one. */
const ORDINAL_OF_HINT = /(?:st|nd|rd|th)\s+(?:day\s+)?of\s/;

/** A day of the month in digits, with an optional ordinal ending. */
const DAY_NO = '\\d{1,2}(?:st|nd|rd|th)?';
/** What joins the days of a range or a list: a dash, "to", "and", "through" ... */
const DAY_JOIN = '(?:\\s*[-\u2013]\\s*|,?\\s+(?:to|and|or|through|until|till)\\s+(?:the\\s+)?)';
/** After the last day of "May 3 and 4": a word that lets it be a day rather than a count ("4 people"). */
const AFTER_LISTED_DAY = /^(?:\s*(?:[^\w\s]|$)|\s+(?:in|at|on|the|to|when|and|or|but|with|for|as|before|after|during|while|is|was|were|will|would|by|from|of|respectively|this|last|next)\b)/;
/** After the last day: a time, an amount or a ratio, not a day ("March 3 to 5 p.m.", "3-5%"). */
/** AFTER_LISTED_DAY.test(s); "" and one character (one-byte on a two-byte article: a second compile) read by code: "" and any non-word character match. */
function afterListedDay(s: string): boolean {
  return s.length > 1 ? AFTER_LISTED_DAY.test(s) : s.length === 0 || !isWordCode(s.charCodeAt(0));
}
const NOT_A_DAY_AFTER = /^\s*(?:%|percent\b|[ap]\.?m\b|o'clock|[.,:]\d)/i;

/**
 * The dates of a range or list of days in one month: "14-16 November 2025", "3, 4 and 5 December", "Nov. 14-16".
 * `days` are the day numbers with where each is written (the month-first form's first one reaching back over the
 * month); the last one carries the month and year, and the others share them. Days must rise; null otherwise.
 */
function listedDays(ctx: RuleContext, month: number, year: string | undefined, days: { start: number; end: number; day: number }[], joinedByWord: boolean): Made[] | null {
  const last = days[days.length - 1];
  if (testShort(NOT_A_DAY_AFTER, ctx.s.slice(last.end, last.end + 10), '%')) return null;
  if (joinedByWord && !afterListedDay(ctx.s.slice(last.end, last.end + 16))) return null;
  // Rising days below the last one, which dayDate checks, all exist.
  if (days[0].day < 1) return null;
  for (let k = 1; k < days.length; k++) if (days[k].day <= days[k - 1].day) return null;
  const made = dayDate(ctx, last.start, last.end, month, last.day, year);
  if (!made) return null;
  const out: Made[] = [];
  for (let k = 0; k < days.length - 1; k++) {
    const d = days[k];
    out.push({ ...made, start: d.start, end: d.end, value: `${made.value.slice(0, 8)}${pad(d.day)}`, inferred: [...made.inferred] });
  }
  out.push(made);
  return out;
}

/** Where each day number of `list` (a part of the match starting at `at`) is written. */
function daysIn(list: string, at: number): { start: number; end: number; day: number }[] {
  const out: { start: number; end: number; day: number }[] = [];
  const re = /\d{1,2}(?:st|nd|rd|th)?/g;
  for (let m = re.exec(list); m; m = re.exec(list)) out.push({ start: at + m.index, end: at + m.index + m[0].length, day: parseInt(m[0], 10) });
  return out;
}

/** Fixed-date holidays by month and day. */
const HOLIDAYS: Record<string, [number, number]> = {
  'christmas': [12, 25], 'christmas day': [12, 25], 'christmas eve': [12, 24], "new year's day": [1, 1],
  "new year's eve": [12, 31], 'independence day': [7, 4], 'halloween': [10, 31], "valentine's day": [2, 14],
  'bastille day': [7, 14], 'veterans day': [11, 11], 'armistice day': [11, 11], 'remembrance day': [11, 11],
  'boxing day': [12, 26], 'hogmanay': [12, 31], 'anzac day': [4, 25], 'australia day': [1, 26], 'canada day': [7, 1],
  "st patrick's day": [3, 17], "st. patrick's day": [3, 17], 'juneteenth': [6, 19],
};

/** Holidays on a weekday of a month (US): month, which one (-1 the last), ISO weekday. */
const WEEKDAY_HOLIDAYS: Record<string, [number, number, number]> = {
  'thanksgiving': [11, 4, 4], 'thanksgiving day': [11, 4, 4], 'memorial day': [5, -1, 1], 'labor day': [9, 1, 1],
  'martin luther king day': [1, 3, 1], 'martin luther king jr. day': [1, 3, 1], "presidents' day": [2, 3, 1], "presidents day": [2, 3, 1],
  'columbus day': [10, 2, 1],
};
/** Days after its weekday a holiday falls. */
const DAYS_AFTER_WEEKDAY: Record<string, number> = {};

/** The day in November of the US Election Day of year y: the Tuesday after the first Monday. */
function usElectionDay(y: number): number {
  return nthWeekday(y, 11, 1, 1) + 1;
}

/** Feasts that move with Easter: days after Easter Sunday. */
const EASTER_FEASTS: Record<string, number> = {
  'easter': 0, 'easter sunday': 0, 'easter day': 0, 'easter monday': 1, 'good friday': -2, 'holy saturday': -1,
  'maundy thursday': -3, 'palm sunday': -7, 'ash wednesday': -46, 'ascension day': 39, 'pentecost': 49,
  'whit sunday': 49, 'whitsunday': 49, 'whitsun': 49, 'whit monday': 50,
};

/** Easter Sunday of a Gregorian year, as [month, day] (the anonymous Gregorian computus). */
export function easterSunday(y: number): [number, number] {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return [Math.floor(n / 31), (n % 31) + 1];
}

/** A feast's [month, day] in year y, counted from that year's Easter. */
function feastDay(y: number, offset: number): [number, number] {
  const [em, ed] = easterSunday(y);
  const t = addDays({ y, m: em, d: ed }, offset);
  return [t.m, t.d];
}

/** "Easter" alone is the feast only after a word of time or before a break: "at Easter", "the Easter recess" (not the Easter Rising, Easter Island). */
function easterAlone(s: string, start: number, end: number): boolean {
  return /\b(?:at|over|before|after|since|until|till|by|around|during|on|this|last|next|from|to|of)\s+$/i.test(s.slice(Math.max(0, start - 8), start)) ||
    /^\s+(?:weekend|holidays?|break|recess|period|vacation|week)\b/i.test(s.slice(end, end + 12));
}

const MONTH_AFTER_RE = /^\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;

/** Easter, Good Friday, Pentecost ...: the year written, or the one the tense picks around the article's date. */
function easterFeast(m: RegExpExecArray, ctx: RuleContext, start: number, end: number, key: string, offset: number) {
  if (key === 'easter' && !m[1] && !m[3] && !easterAlone(ctx.s, start, end)) return null;
  // Before another name it names a thing: "the Good Friday Agreement", "the Easter Rising".
  if (!m[3] && /^\s+[A-Z][a-z]/.test(ctx.s.slice(end, end + 3)) && !MONTH_AFTER_RE.test(ctx.s.slice(end, end + 12))) return null;
  let y: number | undefined = m[3] ? Number(m[3]) : undefined;
  if (y === undefined && ctx.ref) {
    const rel = relWord(m[1]);
    const [month, day] = feastDay(ctx.ref.y, offset);
    y = Number(resolveMonthDay(ctx.ref, month, day, rel === 'last' ? 'past' : rel === 'next' ? 'future' : tenseAt(ctx.s, start, end)).value.slice(0, 4));
  }
  // "as Easter week began": Holy Week, the week that ends on Easter Sunday.
  const week = key === 'easter' && !m[3] ? /^\s+week\b/i.exec(ctx.s.slice(end, end + 8)) : null;
  if (week) end += week[0].length;
  if (y === undefined) return { start, end, type: 'DATE' as const, value: week ? 'XXXX-WXX' : 'XXXX-XX-XX', inferred: ['year', 'month', 'day'], relative: true };
  const [month, day] = feastDay(y, offset);
  if (week) return { start, end, type: 'DATE' as const, value: isoWeek({ y, m: month, d: day }), inferred: ['year'], relative: true };
  return { start, end, type: 'DATE' as const, value: `${fmtMonth(y, month)}-${pad(day)}`, inferred: m[3] ? [] : ['year'], relative: !m[3] };
}

/** The day of the month of the nth (1-5, or -1 for the last) ISO weekday of a month, or 0 when there is none. */
export function nthWeekday(y: number, month: number, nth: number, wd: number): number {
  const first = weekday({ y, m: month, d: 1 });
  const firstDay = 1 + ((wd - first + 7) % 7);
  const days = daysInMonth(y, month);
  const day = nth > 0 ? firstDay + 7 * (nth - 1) : firstDay + 7 * Math.floor((days - firstDay) / 7);
  return day <= days ? day : 0;
}

/** Calendar expressions: holidays, spoken years, full dates, months, years, decades, seasons, quarters. */
export const calendarRules: Rule[] = [
  {
    name: 'holiday',
    // (Every other holiday's name ends in "day", a word the scan looks for anyway: few words of its own keep it fast.)
    hint: /christmas|new year|halloween|thanksgiving|hogmanay|juneteenth|day|easter|pentecost|whitsun/i,
    re: re(`${B}(?:(last|next|this)\\s+)?(easter(?:\\s+(?:sunday|day|monday))?|(?:good\\s+friday|holy\\s+saturday|maundy\\s+thursday|palm\\s+sunday|ash\\s+wednesday|ascension\\s+day|whit\\s*sunday|whit\\s+monday|whitsun|pentecost)|christmas(?:\\s+(?:day|eve))?|new\\s+year's\\s+(?:day|eve)|(?:independence|bastille|veterans|armistice|remembrance|boxing|anzac|australia|canada|memorial|labor|columbus)\\s+day|halloween|hogmanay|juneteenth|valentine's\\s+day|st\\.?\\s+patrick's\\s+day|martin\\s+luther\\s+king(?:\\s+jr\\.?)?\\s+day|presidents'?\\s+day|thanksgiving(?:\\s+day)?)(?:,?\\s+(\\d{4}))?${E}`),
    make: (m, ctx) => {
      if (!/^[A-Z]/.test(m[2])) return null;
      const key = m[2].toLowerCase().replace(/\s+/g, ' ');
      const start = m.index;
      const end = m.index + m[0].length;
      const feast = EASTER_FEASTS[key];
      if (feast !== undefined) return easterFeast(m, ctx, start, end, key, feast);
      const moving = WEEKDAY_HOLIDAYS[key];
      const md: [number, number] | undefined = moving ? [moving[0], 15] : HOLIDAYS[key];
      if (!md) return null;
      let y: number | undefined = m[3] ? Number(m[3]) : undefined;
      if (y === undefined && ctx.ref) {
        const rel = relWord(m[1]);
        const after = DAYS_AFTER_WEEKDAY[key] ?? 0;
        const guess = resolveMonthDay(ctx.ref, md[0], moving ? nthWeekday(ctx.ref.y, moving[0], moving[1], moving[2]) + after : md[1], rel === 'last' ? 'past' : rel === 'next' ? 'future' : tenseAt(ctx.s, start, end));
        y = Number(guess.value.slice(0, 4));
      }
      if (y === undefined) return { start, end, type: 'DATE', value: moving ? `XXXX-${pad(md[0])}` : `XXXX-${pad(md[0])}-${pad(md[1])}`, inferred: ['year'], relative: true };
      const day = moving ? nthWeekday(y, moving[0], moving[1], moving[2]) + (DAYS_AFTER_WEEKDAY[key] ?? 0) : md[1];
      return { start, end, type: 'DATE', value: `${fmtMonth(y, md[0])}-${pad(day)}`, inferred: m[3] ? [] : ['year'], relative: !m[3] };
    },
    priority: 4,
  },
  {
    // "Election Day", "on election day", "two days before polling day": the day of the election the text names before
    // (resolved with the anchors); the US Election Day, the Tuesday after the first Monday in November, only in a
    // text about the United States.
    name: 'election-day',
    hint: /election|polling/i,
    re: re(`${B}(election|polling)\\s+day(?:,?\\s+(\\d{4}))?${E}`),
    make: (m, ctx) => {
      const start = m.index;
      const end = m.index + m[0].length;
      const y = m[2] ? Number(m[2]) : undefined;
      let us: string | null = null;
      if (m[1].toLowerCase() === 'election') {
        const usYear = y ?? (ctx.ref ? Number(resolveMonthDay(ctx.ref, 11, usElectionDay(ctx.ref.y), tenseAt(ctx.s, start, end)).value.slice(0, 4)) : undefined);
        if (usYear !== undefined) us = `${fmtMonth(usYear, 11)}-${pad(usElectionDay(usYear))}`;
      }
      const value = y !== undefined ? `${String(y).padStart(4, '0')}-XX-XX` : 'XXXX-XX-XX';
      return { start, end, type: 'DATE', value, inferred: y !== undefined ? ['month', 'day'] : ['year', 'month', 'day'], relative: true, deferred: { kind: 'electionDay', us } };
    },
    priority: 4,
  },
  {
    // the first Sunday of December, the last Friday in March 2026, the second Tuesday of the month
    name: 'nth-weekday',
    reach: 44,
    hint: MONTH_HINT,
    gate: [MONTH_WORD_HINT],
    also: [/monday|tuesday|wednesday|thursday|friday|saturday|sunday/i],
    re: re(`${B}the\\s+(first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\\s+(${WEEKDAY_RE})\\s+(?:of|in)\\s+(${MONTH_RE})${E}(?:,?\\s+(\\d{4})${E})?`),
    make: (m, ctx) => {
      if (!capitalised(m[3])) return null;
      const nth = /last/i.test(m[1]) ? -1 : ORDINALS[m[1].toLowerCase()] ?? (parseInt(m[1], 10) || 0);
      const wd = WEEKDAYS[m[2].toLowerCase().replace(/s$/, '')];
      const month = monthNo(m[3]);
      if (!nth || !wd || !month) return null;
      const start = m.index;
      const end = m.index + m[0].length;
      let y = m[4] ? Number(m[4]) : undefined;
      if (y === undefined && ctx.ref) y = Number(resolveMonth(ctx.ref, month, tenseAt(ctx.s, start, end), aheadIf(ctx, tenseAt(ctx.s, start, end), start)).value.slice(0, 4));
      if (y === undefined) return { start, end, type: 'DATE', value: `XXXX-${pad(month)}`, inferred: ['year', 'day'], relative: true };
      const day = nthWeekday(y, month, nth, wd);
      if (!day) return null;
      return { start, end, type: 'DATE', value: `${fmtMonth(y, month)}-${pad(day)}`, inferred: m[4] ? [] : ['year'], relative: !m[4] };
    },
    priority: 6,
  },
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
  {
    // Friday, Nov. 13, 2025 / Nov. 13 / November 13th, 2025
    name: 'month-day-year',
    reach: 40,
    hint: MONTH_HINT,
    gate: [MONTH_WORD_HINT],
    also: [DIGIT_HINT],
    re: re(`${BR_MONTH}(?:(${WEEKDAY_RE}),?\\s+)?(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?${E}(?:,?\\s+(?:of\\s+)?(${YEAR_AFTER_DAY}|'\\d\\d|${REL_YEAR})${E})?`),
    make: (m, ctx) => {
      if (!capitalised(m[2])) return null;
      return dayDate(ctx, m.index, m.index + m[0].length, monthNo(m[2]), Number(m[3]), m[4], m[1]);
    },
    priority: 5,
  },
  {
    // 13 November 2025 / 13th of November
    name: 'day-month-year',
    reach: 40,
    hint: MONTH_HINT,
    gate: [MONTH_WORD_HINT],
    also: [DIGIT_HINT],
    re: re(`${BR_DAY}(?:(${WEEKDAY_RE}),?\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE})${E}(?:,?\\s+${DAY_YEAR}${E})?`),
    make: (m, ctx) => {
      if (!capitalised(m[3])) return null;
      // "The 26 October parliamentary elections": the article is the noun's ("the 26th of October" keeps it).
      const the = !m[1] && /^the\s/i.test(m[0]) && !/\sof\s/i.test(m[0]) ? m[0].indexOf(m[2]) : 0;
      return dayDate(ctx, m.index + the, m.index + m[0].length, monthNo(m[3]), Number(m[2]), m[4], m[1]);
    },
    priority: 5,
  },
  {
    // 14-16 November 2025, 3, 4 and 5 December, the 14th to the 16th of November: each day a date
    name: 'day-range',
    reach: 60,
    hint: MONTH_HINT,
    gate: [MONTH_WORD_HINT],
    also: [DAY_JOIN_HINT],
    re: re(`${B}(?:the\\s+)?((?:${DAY_NO},\\s+)*${DAY_NO})(${DAY_JOIN})(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE})${E}(?:,?\\s+(\\d{4})${E})?`),
    make: (m, ctx) => {
      if (!capitalised(m[4])) return null;
      const listAt = m.index + m[0].indexOf(m[1]);
      const lastAt = listAt + m[1].length + m[2].length;
      const days = daysIn(m[1], listAt);
      days.push({ start: lastAt, end: m.index + m[0].length, day: Number(m[3]) });
      return oneNight(ctx, m.index, m[2], days, listedDays(ctx, monthNo(m[4]), m[5], days, false));
    },
    priority: 6,
  },
  {
    // Nov. 14-16, March 3-5, 2026, Dec. 3, 4 and 5: the first day keeps the month, each day is a date
    name: 'month-day-range',
    reach: 40,
    hint: MONTH_HINT,
    gate: [MONTH_WORD_HINT],
    also: [DAY_JOIN_HINT],
    re: re(`${B}(${MONTH_RE})\\s+(${DAY_NO})((?:,\\s+${DAY_NO})*)(${DAY_JOIN})(\\d{1,2})(?:st|nd|rd|th)?${E}(?:,?\\s+(\\d{4}|'\\d\\d)${E})?`),
    make: (m, ctx) => {
      if (!capitalised(m[1])) return null;
      const restAt = m.index + m[0].indexOf(m[2], m[1].length) + m[2].length;
      const days = [{ start: m.index, end: restAt, day: parseInt(m[2], 10) }];
      days.push(...daysIn(m[3], restAt));
      const lastAt = restAt + m[3].length + m[4].length;
      const end = m.index + m[0].length;
      // The year, when written, belongs to the last day ("Nov. 14-16, 2025"); otherwise it ends at its number.
      days.push({ start: lastAt, end, day: Number(m[5]) });
      return oneNight(ctx, m.index, m[4], days, listedDays(ctx, monthNo(m[1]), m[6], days, !testShort(/[-\u2013]/, m[4], '-\u2013')));
    },
    priority: 6,
  },
  {
    // the twelfth of March, the twenty-first of December 2025, and as treaties and laws write it: "the first day of
    // March", "Done at Geneva this fourth day of March, two thousand and twenty-five"
    name: 'ordinal-day',
    reach: 48,
    hint: MONTH_HINT,
    gate: [MONTH_WORD_HINT],
    also: [ORDINAL_OF_HINT],
    // (And in digits: "Done at Geneva, this 3rd day of March, 2026", "Signed at London this 1st day of April 2026".)
    re: re(`${B}(?:the|this)\\s+(${ORDINAL_DAY_RE}|\\d{1,2}(?:st|nd|rd|th))\\s+(?:day\\s+)?of\\s+(${MONTH_RE})${E}(?:,?\\s+(?:in\\s+the\\s+year\\s+)?(?:${DAY_YEAR}|(${SPOKEN_YEAR_RE}))${E})?`),
    make: (m, ctx) => {
      if (!capitalised(m[2])) return null;
      // "this" only opens the treaty form, with "day of": "this fifth of March" is no English.
      if (/^this/i.test(m[0]) && !/\sday\s/i.test(m[0])) return null;
      const spoken = m[4] ? parseSpokenYear(m[4]) : null;
      const day = startsWithDigit(m[1]) ? parseInt(m[1], 10) : ordinalDay(m[1]);
      if (day < 1 || day > 31) return null;
      return dayDate(ctx, m.index, m.index + m[0].length, monthNo(m[2]), day, spoken ? String(spoken) : m[3]);
    },
    priority: 5,
  },
  {
    // the 5th of this month, the twelfth of last month
    name: 'day-of-month',
    reach: 40,
    hint: /month/,
    also: [ORDINAL_OF_HINT],
    re: re(`${B}the\\s+(\\d{1,2}(?:st|nd|rd|th)|${ORDINAL_DAY_RE})\\s+of\\s+(this|last|next)\\s+month${E}`),
    make: (m, ctx) => {
      const day = startsWithDigit(m[1]) ? parseInt(m[1], 10) : ordinalDay(m[1]);
      const start = m.index;
      const end = start + m[0].length;
      if (day < 1 || day > 31) return null;
      if (!ctx.ref) return { start, end, type: 'DATE', value: `XXXX-XX-${pad(day)}`, inferred: ['month'], relative: true };
      const rel = m[2].toLowerCase();
      const t = addMonths({ ...ctx.ref, d: 1 }, rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
      if (day > daysInMonth(t.y, t.m)) return null;
      return { start, end, type: 'DATE', value: `${fmtMonth(t.y, t.m)}-${pad(day)}`, inferred: [], relative: true };
    },
    priority: 5,
  },
  {
    // "on 17th instant", "the 2nd inst.", "the 28th ultimo", "the 3rd proximo": official South Asian (and old
    // commercial) style for a day of this month, of the last one and of the next
    name: 'day-instant',
    reach: 16,
    hint: /instant|ultimo|proximo|\binst\.|\bult\.|\bprox\./,
    re: re(`${B}(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(instant|inst\\.|ultimo|ult\\.|proximo|prox\\.)(?![\\w-])`),
    make: (m, ctx) => {
      const day = Number(m[1]);
      const start = m.index;
      const end = start + m[0].length;
      if (day < 1 || day > 31) return null;
      if (!ctx.ref) return { start, end, type: 'DATE', value: `XXXX-XX-${pad(day)}`, inferred: ['month'], relative: true };
      const w = m[2].charCodeAt(0) | 32;
      const t = addMonths({ ...ctx.ref, d: 1 }, w === 117 ? -1 : w === 112 ? 1 : 0);
      if (day > daysInMonth(t.y, t.m)) return null;
      return { start, end, type: 'DATE', value: `${fmtMonth(t.y, t.m)}-${pad(day)}`, inferred: [], relative: true };
    },
    priority: 5,
  },
  {
    // 2025-11-13, 11/13/2025, 11/13/98, 2025-11-14T08:00:00Z (a time, to the minute)
    name: 'numeric',
    reach: 12,
    hint: DASHED_DIGITS,
    // (and the US order with dashes, as a filing stamp writes it: "Filed 11-13-25", "11-13-2025"; "27-11-2026" is
    // day first, and so is "05-12-2026" in a document that writes its dates so)
    re: re(`${B}(?:(\\d{4})-(\\d{2})-(\\d{2})(?:T([01]\\d|2[0-3]):([0-5]\\d)(?::[0-5]\\d(?:\\.\\d+)?)?(?:Z|[+-]\\d\\d:?\\d\\d)?)?|(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})|(\\d{2})-(\\d{2})-(\\d{4}|\\d{2})(?:\\s+([01]\\d|2[0-3])([0-5]\\d)(?:[A-Z]{2,4})?)?)(?![\\w/-])`),
    make: (m) => {
      const yy = m[8] ?? m[11];
      const y = m[1] ? Number(m[1]) : yy.length === 2 ? 1900 + Number(yy) + (Number(yy) < 50 ? 100 : 0) : Number(yy);
      let mo = Number(m[2] ?? m[6] ?? m[9]);
      let d = Number(m[3] ?? m[7] ?? m[10]);
      // "27-11-2026": a day over twelve before the month is South Asian and European copy's day first.
      if (m[9] && mo > 12 && d <= 12) [mo, d] = [d, mo];
      if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
      const day = `${fmtMonth(y, mo)}-${pad(d)}`;
      if (m[4]) return { start: m.index, end: m.index + m[0].length, type: 'TIME', value: `${day}T${m[4]}:${m[5]}`, inferred: [], relative: false };
      // ("08-16-90 2041EDT": a wire's filing stamp, the day and the time.)
      if (m[12]) return { start: m.index, end: m.index + m[0].length, type: 'TIME', value: `${day}T${m[12]}:${m[13]}`, inferred: [], relative: false };
      return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: day, inferred: [], relative: false };
    },
    priority: 5,
  },
  {
    // "on 28/11", "from 15/3": a day and month with a slash and no year after a preposition of time, when the order is
    // plain from a figure over twelve (day first, "28/11"; month first, "11/28"). ("24/7" and fractions have none.)
    name: 'day-slash-month',
    reach: 8,
    hint: DASHED_DIGITS,
    // (Then the clause goes on or ends: "on 24/7 duty", "by 15/12 points" count.)
    re: re(`(?<=\\b(?:on|from|until|till|by|since|before|after)\\s)(\\d{1,2})/(\\d{1,2})(?=\\s*(?:[,;:)!?]|\\.(?!\\d)|$)|\\s+(?:and|to|at|in|the|when|as|until|till|through|[-\u2013\u2014])\\s)`),
    make: (m, ctx) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      if (a > 12 && b >= 1 && b <= 12) return dayDate(ctx, m.index, m.index + m[0].length, b, a);
      if (b > 12 && a >= 1 && a <= 12) return dayDate(ctx, m.index, m.index + m[0].length, a, b);
      return null;
    },
    priority: 4,
  },
  {
    // November 2025, Nov. of 2025, (last|next|this) November, in March
    name: 'month',
    reach: 24,
    hint: MONTH_HINT,
    gate: [MONTH_WORD_HINT],
    re: re(`${BM}(?:(last|next|this|past|coming|previous|that)\\s+)?(${MONTH_RE})(?:,?\\s+(?:of\\s+)?(\\d{4}${E}|['’]\\d\\d${E}|${SPOKEN_YEAR_RE}${E}|${REL_YEAR}${E}))?(?![\\w'’])`),
    make: (m, ctx) => {
      if (!capitalised(m[2])) return null;
      let start = m.index;
      const end = m.index + m[0].length;
      const mo = monthNo(m[2]);
      const word = m[2].toLowerCase();
      // "the Ides of March": the 15th, of a year the phrase does not give (a byword as often as a date).
      const ides = word === 'march' && !m[1] && !m[3] && start > 8 && (ctx.s.charCodeAt(start - 3) | 32) === 111 ? IDES_BEFORE_RE.exec(ctx.s.slice(start - 9, start)) : null;
      if (ides) return { start: start - 9 + ides.index, end, type: 'DATE', value: 'XXXX-03-15', inferred: [], relative: false };
      // "last Oct. 23": the day belongs to the month-day rule ("last" then only sets the tense).
      if (!m[3] && digitAfterBlanks(ctx.s, end, end + 6) && /^\s*\d{1,2}(?:st|nd|rd|th)?\b/.test(ctx.s.slice(end, end + 6))) return null;
      if (m[3] && endsWithLetters(m[3], 'year')) {
        if (!ctx.ref) return { start, end, type: 'DATE', value: fmtMonth(0, mo).replace(/^0000/, 'XXXX'), inferred: [], relative: true };
        const y = namedYear(ctx.ref, m[3]);
        return { start, end, type: 'DATE', value: fmtMonth(y, mo), inferred: [], relative: true, deferred: thatYear(m[3]) ? SAME_YEAR : undefined };
      }
      if (m[3]) {
        const y = startsWithDigit(m[3]) || !/^[a-z]/i.test(m[3]) ? yearOf(m[3]) : parseSpokenYear(m[3]);
        if (y === null) return null;
        return { start, end, type: 'DATE', value: fmtMonth(y, mo), inferred: [], relative: false };
      }
      // "That December" (opening a sentence, or "in that December"): the December of the year under discussion; "said
      // that December was cold" is the month alone.
      let rel: string | undefined = m[1];
      if (rel && rel.toLowerCase() === 'that') {
        if (rel === 'That' || /\b(?:in|by|until|of|from|during)\s+$/i.test(ctx.s.slice(Math.max(0, start - 8), start))) {
          const r = resolveMonth(ctx.ref, mo, tenseAt(ctx.s, start, end), null);
          return { start, end, type: 'DATE', value: r.value, inferred: r.inferred, relative: r.relative, deferred: SAME_YEAR };
        }
        rel = undefined;
        start = end - m[2].length;
      }
      // "the July Charter", "the October Revolution", "the July National Charter": a month that opens the name of an event
      // or of a text is no date.
      if (!m[3] && isSpaceAt(ctx.s, end) && isAsciiUpperCode(ctx.s.charCodeAt(end + 1)) && MONTH_IN_NAME_AFTER_RE.test(ctx.s.slice(end, end + 40))) return null;
      // "May" and "March" (and bare abbreviations) are words too: only after a temporal preposition.
      if (!/[a-z]{4,}|\.$|^may$/.test(word)) return null; // "Jan Kavan": an abbreviation needs its dot
      // ("AND MAY BE UPDATED", "and may well": a modal before its verb, whatever the preposition or case before it.)
      if (word === 'may' && testLong(MAY_MODAL_AFTER_RE, ctx.s.slice(end, end + 12))) return null;
      // "set for May" too, but not "voted for May".
      if (
        !rel &&
        (word === 'may' || word === 'march') &&
        !/\b(?:(?:in|since|by|until|till|through|from|to|during|before|after|early|late|mid|of|last|next|this|and|or|between)\s+|(?:early|late|mid|end)-)$/i.test(ctx.s.slice(Math.max(0, start - 12), start)) &&
        // ("until at least March".)
        !/\b(?:until|till|by|through)\s+at\s+least\s+$/i.test(ctx.s.slice(Math.max(0, start - 20), start)) &&
        !BOOKED_BEFORE.test(ctx.s.slice(Math.max(0, start - 32), start)) &&
        // ("the March budget", "the OBR's March forecast", "its May meeting".)
        !(/(?:\b(?:the|its|their)|\w['’]s)\s+$/i.test(ctx.s.slice(Math.max(0, start - 6), start)) && EVENT_AFTER.test(ctx.s.slice(end, end + 16))) &&
        !MONTH_RANGE_AFTER.test(ctx.s.slice(end, end + 16)) &&
        // ("in April, May, or June 2027": capitalised between other months of a list.)
        !(isAsciiUpperCode(ctx.s.charCodeAt(start)) && inMonthList(ctx.s, start, end)) &&
        // ("| March | 4,310 |": capitalised alone in a table's cell.)
        !(isAsciiUpperCode(ctx.s.charCodeAt(start)) && /\|\s*$/.test(ctx.s.slice(Math.max(0, start - 3), start)) && /^\s*\|/.test(ctx.s.slice(end, end + 3)))
      )
        return null;
      // "since January", and "suspended in January": the latest January.
      // "since January", and "suspended in January": the latest January; so is "October GDP data" (figures come out
      // after their month), and "the August projections" (a forecast is named for the month it came out).
      // "the lean season, which usually runs from May to September": a habit's month, of no one year.
      if (!rel && (HABIT_MONTH_BEFORE_RE.test(ctx.s.slice(Math.max(0, start - 48), start)) || testLong(HABIT_MONTH_AFTER_RE, ctx.s.slice(end, end + 40)))) {
        return { start, end, type: 'DATE', value: `XXXX-${pad(mo)}`, inferred: [], relative: false };
      }
      // "The July uprising last year", "the August floods of last year": the year named after the month's noun, counted
      // from the article's (as "the July-August uprising last year" is, see month-range).
      if (!rel && ctx.ref && ctx.s.charCodeAt(end) === 32 && ctx.s.slice(end, end + 34).includes(' year') && seasonModifies(ctx.s, end)) {
        const named = NOUN_THEN_NAMED_YEAR.exec(ctx.s.slice(end, end + 34));
        if (named) return { start, end, type: 'DATE', value: fmtMonth(namedYear(ctx.ref, named[1]), mo), inferred: [], relative: true };
      }
      const since =
        testLong(/\bsince\s+$/i, ctx.s.slice(Math.max(0, start - 8), start)) ||
        doneAt(ctx.s, start) ||
        (!rel && (testLong(DATA_AFTER, ctx.s.slice(end, end + 24)) || testLong(DATA_FOR_BEFORE, ctx.s.slice(Math.max(0, start - 20), start))));
      const tense = tenseAt(ctx.s, start, end);
      // ("Trinity Term ends in June", in November: a timetable in the present is of the coming June.)
      const timetable = !since && !rel && tense !== 'past' && presentSchedule(ctx.s, start, end, true);
      const r = resolveMonth(ctx.ref, mo, tense, since && !rel ? 'since' : relWord(rel) ?? aheadIf(ctx, tense, start) ?? (timetable ? 'timetable' : null));
      const narrative = !rel && ctx.ref && !testLong(/\bsince\s+$/i, ctx.s.slice(Math.max(0, start - 8), start));
      return { start, end, type: 'DATE', value: r.value, inferred: r.inferred, relative: r.relative, deferred: narrative ? (tense !== 'future' && !timetable ? CONTEXT_YEAR : CONTEXT_YEAR_AHEAD) : undefined };
    },
    priority: 4,
  },
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
        return { start: fiscal ? start - fiscal[0].length : start, end, type: 'DATE', value: String(y1), through: String(y2), inferred: [], relative: false };
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
  {
    // last fall, this summer, the summer of 2024, spring 2025, in the fall
    name: 'season',
    reach: 28,
    hint: /spring|summer|fall|autumn|winter/i,
    // ("winter 2022-23": the winter that runs into the next year.)
    re: re(`${B}(?:(?:(this|last|next|past|coming)|(the|in))\\s+)?(?:(early|mid|late)[- ]?)?(${SEASON_RE})(?:\\s+(?:of\\s+)?(\\d{4}|${SPOKEN_YEAR_RE}${E}|${REL_YEAR}${E}))?(?:(?<=\\d{4})[-\u2013/]\\d\\d(?!\\d))?${E}`),
    make: (m, ctx) => {
      const code = SEASONS[m[4].toLowerCase()];
      // "the Spring Festival", "the Autumn Statement": a capitalised season before a capitalised word names something.
      if (isAsciiUpperCode(m[4].charCodeAt(0)) && /^[\s-]+[A-Z]/.test(ctx.s.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null;
      const start = m[2] && m[2].toLowerCase() === 'in' ? m.index + m[2].length + 1 : m.index;
      const end = m.index + m[0].length;
      const mod = m[3] ? { early: 'START', mid: 'MID', late: 'END' }[m[3].toLowerCase()] : undefined;
      // "the winter of 1994", "the winter of nineteen ninety-four", "the spring of last year"
      const yearWord = m[5] && endsWithLetters(m[5], 'year') ? m[5].toLowerCase() : null;
      if (yearWord && !ctx.ref) return { start, end, type: 'DATE', value: `XXXX-${code}`, mod, inferred: ['year'], relative: true };
      const year = yearWord && ctx.ref ? namedYear(ctx.ref, yearWord) : m[5] ? (startsWithDigit(m[5]) ? Number(m[5]) : parseSpokenYear(m[5])) : null;
      if (year !== null) return { start, end, type: 'DATE', value: `${String(year).padStart(4, '0')}-${code}`, mod, inferred: [], relative: !!yearWord, deferred: yearWord && thatYear(yearWord) ? SAME_YEAR : undefined };
      // "fall" and "spring" are also verbs and nouns: a bare season needs a determiner or capital letter.
      // ... or a preposition of time before it ("wait until spring"; "fall" stays a verb).
      if (!m[1] && !m[2] && !m[3] && (code === 'FA' || (!SEASON_PREP_BEFORE.test(ctx.s.slice(Math.max(0, m.index - 8), m.index)) && !BOOKED_BEFORE.test(ctx.s.slice(Math.max(0, m.index - 32), m.index))))) return null;
      if (!m[1] && m[2] && m[2].toLowerCase() === 'the' && !/\bin\s+$/i.test(ctx.s.slice(Math.max(0, m.index - 4), m.index))) {
        if (/^\s+of\b/i.test(ctx.s.slice(end, end + 4))) return null;
        // "the fall is closer to 22%", "the fall in crossings": a decrease; the season needs a word of time before
        // it ("during the fall", "by the fall").
        if (code === 'FA' && !m[3] && !FALL_SEASON_BEFORE.test(ctx.s.slice(Math.max(0, m.index - 12), m.index))) return null;
        // "took comfort from the fall in bond yields", "since the fall in oil prices": "in" and a thing in lower case
        // is what fell, whatever the word before ("the fall in Paris", "the fall in 2024" stay the season).
        if (code === 'FA' && !m[3] && testLong(FALL_IN_THING_AFTER, ctx.s.slice(end, end + 6))) return null;
      }
      // "the winter schedule began on 26 October", "the spring offensive opened in April": a season that describes a
      // noun is no date of its own when a written date in the clause says when.
      if (!m[1] && !m[3] && seasonModifies(ctx.s, end) && WRITTEN_DATE_AFTER_RE.test(ctx.s.slice(end, end + 80))) return null;
      // "lock in winter gas pact", "the winter storage plan": a bare season before a noun describes the thing by the
      // season it serves, the current or coming one, whatever the tense of the sentence around it.
      const modifier = !m[1] && !m[3] && (!m[2] || m[2].toLowerCase() === 'in') && seasonModifies(ctx.s, end);
      const tense = modifier ? 'unknown' : tenseAt(ctx.s, start, end);
      const r = resolveSeason(ctx.ref, code, tense, relWord(m[1]) ?? (modifier ? null : aheadIf(ctx, tense, start)));
      return { start, end, type: 'DATE', mod, ...r };
    },
    priority: 3,
  },
  {
    // the spring term, the Michaelmas term, the autumn semester: a term of the academic year, valued as the season it
    // falls in (Michaelmas the autumn, Lent and Hilary the spring, Trinity the summer)
    name: 'academic-term',
    reach: 40,
    hint: /term|semester/i,
    re: re(`${B}(?:(this|last|next|past|coming|the)\\s+)?(michaelmas|lent|hilary|trinity|${SEASON_RE})\\s+(?:term|semester)${E}`),
    make: (m, ctx) => {
      const word = m[2].toLowerCase();
      const capital = isAsciiUpperCode(m[2].charCodeAt(0));
      // ("the bank lent term loans": the names of terms are capitalised; "fall" is also a verb.)
      if (!(word in SEASONS) && !capital) return null;
      if (word === 'fall' && !m[1] && !capital) return null;
      const code = TERM_SEASONS[word] ?? SEASONS[word];
      const start = m.index;
      const end = m.index + m[0].length;
      // "In the summer term, most students passed": a term told of in the past, after a preposition of time, is over.
      const past = !m[1] || m[1].toLowerCase() === 'the' ? TERM_PREP_BEFORE.test(ctx.s.slice(Math.max(0, start - 12), start)) && tenseAt(ctx.s, start, end) === 'past' : false;
      return { start, end, type: 'DATE', ...resolveTerm(ctx.ref, code, relWord(m[1]), past) };
    },
    priority: 4,
  },
  {
    // Q3 2024, Q3-2024, H1 2025, 2024 Q3: quarters and halves as business and policy papers write them
    name: 'quarter-code',
    hint: /\d\d\d\d/,
    also: [/q[1-4]|h[12]|[1-4][qh]/],
    // (also "1H 2027", "3Q 2025": the number first)
    re: re(`${B}(?:(?:([QH])([1-4])|([1-4])([QH]))(?:\\s+|-|\\s+of\\s+)(?:fiscal\\s+)?(1[89]\\d\\d|20\\d\\d)|(1[89]\\d\\d|20\\d\\d)\\s+([QH])([1-4]))${E}`),
    make: (m) => {
      const kind = (m[1] ?? m[4] ?? m[7]).toUpperCase();
      const n = Number(m[2] ?? m[3] ?? m[8]);
      if (kind === 'H' && n > 2) return null;
      return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: `${m[5] ?? m[6]}-${kind}${n}`, inferred: [], relative: false };
    },
    priority: 5,
  },
  {
    // July-September, the April-June quarter, January-October 2025: a quarter or half when the months make one,
    // else its first and last months
    name: 'month-range',
    reach: 40,
    hint: MONTH_HINT,
    gate: [MONTH_WORD_HINT],
    // (The match starts at the dash, which the engine finds fast; the first month is read behind it.)
    // ("July-August last year", and "the July-August uprising last year": the year named after the months, or after
    // their noun, counted from the article's.)
    re: re(`[-\u2013](?<=(?<![\\w-])(${MONTH_RE})[-\u2013])(${MONTH_RE})(?:\\s+(quarter|period|half))?(?:,?\\s+(\\d{4}|(?:this|last|next)\\s+year))?${E}(?=(?:\\s+[a-z]{3,}\\s+((?:this|last|next)\\s+year)${E})?)`),
    make: (m, ctx) => {
      if (!isAsciiUpperCode(m[1].charCodeAt(0)) || !isAsciiUpperCode(m[2].charCodeAt(0))) return null;
      const from = monthNo(m[1]);
      const to = monthNo(m[2]);
      if (!from || !to || from === to) return null;
      const first = m.index - m[1].length;
      // "the July-September quarter": with its noun the period takes the article too.
      const the = m[3] ? /\bthe\s+$/i.exec(ctx.s.slice(Math.max(0, first - 6), first)) : null;
      const start = the ? first - the[0].length : first;
      const end = m.index + m[0].length;
      // The year of the last month (the period is reported once it is over), unless written.
      const named = m[4] && endsWithLetters(m[4], 'year') ? m[4] : m[5];
      let y: number | null = m[4] && !named ? Number(m[4]) : named && ctx.ref ? namedYear(ctx.ref, named) : null;
      if (y === null && !named && ctx.ref) {
        const tense = tenseAt(ctx.s, start, end);
        // (Told in the past, the latest such months up to now: "rose in July-September" in October is this year's
        // quarter, just ended, not last year's, as "last September" would be.)
        y = Number(resolveMonth(ctx.ref, to, tense, tense === 'future' ? aheadIf(ctx, tense, start) : tense === 'past' ? 'since' : null).value.slice(0, 4));
      }
      const yy = y === null ? 'XXXX' : String(y).padStart(4, '0');
      const inferred = m[4] || named ? [] : ['year'];
      const relative = !m[4] || !!named;
      if (to === from + 2 && from % 3 === 1) return { start, end, type: 'DATE', value: `${yy}-Q${(from + 2) / 3}`, inferred, relative };
      if (to === from + 5 && (from === 1 || from === 7)) return { start, end, type: 'DATE', value: `${yy}-H${from === 1 ? 1 : 2}`, inferred, relative };
      // Otherwise each month is a date ("January-September": a stretch from one to the other).
      const y0 = y !== null && from > to ? String(y - 1).padStart(4, '0') : yy;
      const lastAt = m.index + 1;
      return [
        { start: first, end: m.index, type: 'DATE', value: `${y0}-${pad(from)}`, inferred, relative },
        // ("March-April 2024": the year written after the second month is part of it.)
        { start: lastAt, end: m[4] ? end : lastAt + m[2].length, type: 'DATE', value: `${yy}-${pad(to)}`, inferred, relative },
      ];
    },
    priority: 7,
  },
  {
    // the September quarter, the June quarter (Australian and New Zealand usage): the quarter that ends that month
    name: 'month-quarter',
    reach: 20,
    hint: /quarter/i,
    also: [MONTH_HINT],
    re: re(`${B}the\\s+(March|June|September|December)\\s+quarter(?:\\s+(?:of\\s+)?(\\d{4}|${REL_YEAR}))?${E}`),
    make: (m, ctx) => {
      if (!isAsciiUpperCode(m[1].charCodeAt(0))) return null;
      const month = monthNo(m[1]);
      const q = month / 3;
      const start = m.index;
      const end = m.index + m[0].length;
      if (m[2] && startsWithDigit(m[2])) return { start, end, type: 'DATE', value: `${m[2]}-Q${q}`, inferred: [], relative: false };
      if (!ctx.ref) return { start, end, type: 'DATE', value: `XXXX-Q${q}`, inferred: ['year'], relative: true };
      const tense = tenseAt(ctx.s, start, end);
      const y = m[2] ? namedYear(ctx.ref, m[2]) : Number(resolveMonth(ctx.ref, month, tense, tense === 'future' ? aheadIf(ctx, tense, start) : 'last').value.slice(0, 4));
      return { start, end, type: 'DATE', value: `${String(y).padStart(4, '0')}-Q${q}`, inferred: m[2] ? [] : ['year'], relative: true };
    },
    priority: 6,
  },
  {
    // Q3, H1 on their own ("grew 1.4% in Q3", "Q2 results"): this year's, or last year's when not yet reached
    name: 'quarter-bare',
    // (Every match holds "Q" or "H" and its digit: most chunks with a digit have none, and the regex is not run.)
    hint: /[qh][1-4]/,
    // (The letter first, then the look back: a regex that opens with a look-behind tries it at every position.)
    re: /([QH])(?<![\w-][QH])([1-4])(?![\w'’-]|\s+(?:FY|fiscal|\d))/g,
    make: (m, ctx) => {
      const kind = m[1];
      const n = Number(m[2]);
      if (kind === 'H' && n > 2) return null;
      const start = m.index;
      const end = start + m[0].length;
      // Only where a period is meant: after a preposition or "the", or before what is reported for it.
      const lead = ctx.s.slice(Math.max(0, start - 8), start);
      const after = ctx.s.slice(end, end + 16);
      // ("the H2 plant" is hydrogen: a half needs a preposition of time or a report after it.)
      const period = kind === 'Q' ? QUARTER_LEAD : HALF_LEAD;
      if (!period.test(lead) && !/^\s+(?:results|earnings|profits?|revenues?|sales|GDP|growth|figures|data|output|numbers)\b/i.test(after)) return null;
      if (!ctx.ref) return { start, end, type: 'DATE', value: `XXXX-${kind}${n}`, inferred: ['year'], relative: true };
      const now = kind === 'Q' ? Math.floor((ctx.ref.m - 1) / 3) + 1 : ctx.ref.m <= 6 ? 1 : 2;
      // A quarter still to come in the past is last year's; one already over in the future is next year's ("The report is
      // expected in Q1", written in November).
      const tense = tenseAt(ctx.s, start, end);
      const y = n > now && tense !== 'future' ? ctx.ref.y - 1 : n < now && tense === 'future' ? ctx.ref.y + 1 : ctx.ref.y;
      return { start, end, type: 'DATE', value: `${String(y).padStart(4, '0')}-${kind}${n}`, inferred: ['year'], relative: true };
    },
    priority: 4,
  },
  {
    // FY26, FY'27: a fiscal year in short (named, as "fiscal 2026" is, by the calendar year it ends in)
    name: 'fiscal-short',
    // (Every match holds "FY", maybe a blank and an apostrophe, then its digits.)
    hint: /fy\s?['\u2019]?\d/,
    re: /FY(?<![\w-]FY)\s?['’]?(\d\d)(?![\w'’-])/g,
    make: (m) => ({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: `20${m[1]}`, inferred: [], relative: false }),
    priority: 4,
  },
  {
    // 3Q25, 1H25, Q3'25, Q3 FY26: the short codes of company and market reports
    name: 'quarter-short',
    hint: /\d[qh]\d\d|q[1-4]'|h[1-4]'|q[1-4] fy|h[1-4] fy/,
    re: /(?<![\w-])(?:([1-4])([QH])(\d\d)|([QH])([1-4])(?:'|\s+FY)(\d\d))(?![\w'])/g,
    make: (m) => {
      const kind = m[2] ?? m[4];
      const n = Number(m[1] ?? m[5]);
      if (kind === 'H' && n > 2) return null;
      return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: `20${m[3] ?? m[6]}-${kind}${n}`, inferred: [], relative: false };
    },
    priority: 5,
  },
  {
    // "Week 45", "week 45 of 2025": a numbered week of the year (the article's when none is written).
    name: 'week-number',
    hint: /week \d/i,
    re: re(`${B}[Ww]eek\\s+([1-9]|[1-4]\\d|5[0-3])(?:\\s+of\\s+(\\d{4}))?(?![\\w.,]\\d|\\w)`),
    make: (m, ctx) => {
      // ("week 3 of the trial", "in week 2 of the strike": a week of something else.)
      if (!m[2] && /^\s+of\s+(?:the|a|an|his|her|its|their)\b/i.test(ctx.s.slice(m.index + m[0].length, m.index + m[0].length + 10))) return null;
      const year = m[2] ?? (ctx.ref ? String(ctx.ref.y).padStart(4, '0') : 'XXXX');
      return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: `${year}-W${m[1].padStart(2, '0')}`, inferred: m[2] ? [] : ['year'], relative: !m[2] };
    },
    priority: 6,
  },
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
  {
    // the third quarter, third-quarter, the fiscal first quarter, the fourth quarter of 2024, 1989's third quarter
    name: 'quarter',
    hint: /quarter|half/i,
    re: re(`${B}(?:the\\s+)?(?:(this|last|next|current|latest|year-earlier|year-ago|(?:\\d{4}|this\\s+year|last\\s+year|next\\s+year)(?:'s)?)\\s+)?(?:fiscal\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|final|last)(?:-|\\s+)(?:fiscal(?:-|\\s+))?(quarter|half)(?:\\s+of\\s+(?:fiscal\\s+)?(\\d{4}|this\\s+year|last\\s+year|next\\s+year))?${E}`),
    make: (m, ctx) => {
      // "the third-quarter results": the article belongs to the noun, not to the adjective.
      const start = /^the\s+(?:fiscal\s+)?\w+-(?:fiscal-)?(?:quarter|half)/i.test(m[0]) ? m.index + m[0].indexOf(' ') + 1 : m.index;
      const end = m.index + m[0].length;
      const half = m[3].toLowerCase() === 'half';
      // "The second half of the claim", "the first quarter of respondents": a part of a thing, not of a year (a time
      // after "of" is read by the rule or by the modifiers: "of 2026", "of the year", "of March").
      if (!m[4] && ctx.s.charCodeAt(end) === 32 && ofAfterBlanks(ctx.s, end, end + 40) && PART_OF_THING_AFTER.test(ctx.s.slice(end, end + 40))) return null;
      // "fell for the second quarter in a row", "the third quarter running": a count of quarters, none of them named.
      if (!m[1] && !m[4] && ctx.s.charCodeAt(end) === 32 && IN_A_ROW_AFTER.test(ctx.s.slice(end, end + 14))) return null;
      // "the second half of the decade", "the first half of this century": the start or end of the decade (or century)
      // the article is in, not a half of its year.
      const ofLonger = !m[1] && !m[4] && half && ctx.s.charCodeAt(end) === 32 ? HALF_OF_LONGER_AFTER.exec(ctx.s.slice(end, end + 24)) : null;
      if (ofLonger) {
        const decade = ofLonger[1].toLowerCase() === 'decade';
        const mod = (ORDINALS[m[2].toLowerCase()] ?? 0) === 1 ? 'START' : 'END';
        const value = ctx.ref ? String(ctx.ref.y).slice(0, decade ? 3 : 2) : decade ? 'XXX' : 'XX';
        return { start, end: end + ofLonger[0].length, type: 'DATE', value, mod, inferred: [], relative: true };
      }
      // "fell last quarter" is the quarter before this one (this-last-next-unit); "the last quarter of 2024" its fourth.
      if (!m[1] && !m[4] && !half && m[2].toLowerCase() === 'last' && !/^the\s/i.test(m[0])) return null;
      let n = ORDINALS[m[2].toLowerCase()] ?? 0;
      if (half && n > 2) n = 2;
      const q = half ? `H${n}` : `Q${n}`;
      const yearText = (m[4] ?? m[1] ?? '').toLowerCase();
      const explicit = execLong(/(\d{4})/, yearText);
      if (explicit) return { start, end, type: 'DATE', value: `${explicit[1]}-${q}`, inferred: [], relative: false };
      if (!ctx.ref) return { start, end, type: 'DATE', value: `XXXX-${q}`, inferred: ['year'], relative: true };
      let y = ctx.ref.y;
      if (testLong(/last/, yearText) || testLong(/year-(?:earlier|ago)/, yearText)) y--;
      else if (testLong(/next/, yearText)) y++;
      else if (!yearText && !half) {
        // Quarterly results are reported after the quarter: "the fourth quarter" in a January story is last year's.
        const refQ = Math.floor((ctx.ref.m - 1) / 3) + 1;
        // ("expects to report third-quarter results" in November: this year's quarter, so no move ahead either.)
        const tense = tenseAt(ctx.s, start, end);
        if (n > refQ && tense !== 'future' && n - refQ >= 2) y--;
        // "completes its design review in the second quarter" in October: next year's (the quarter just ended, whose
        // results are still to come, stays this year's).
        else if (n < refQ - 1 && tense === 'future') y++;
      }
      return { start, end, type: 'DATE', value: `${y}-${q}`, inferred: testLong(/year/, yearText) ? [] : ['year'], relative: true };
    },
    priority: 5,
  },
];
