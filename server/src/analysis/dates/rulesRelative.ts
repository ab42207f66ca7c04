// Rules for days and units named relative to the reference date: today, tonight, Thursday, last week, this year, the
// weekend; and relativeRules, which lists them with the counted, anaphoric and clock rules of their own files in one order.
import { addDays, fmtDay, isoWeek, parseYmd, shiftYears, weekday } from './calendar';
import type { Made, Rule, RuleContext } from './candidate';
import { doneOnDay, firstBookedOnDay, pastScheduleOnDay, tenseAt } from './context';
import { PART_OF_DAY, WEEKDAYS, WEEKDAY_RE, parseNumber, unitOf, UNIT_HINT, UNIT_WORD_HINT } from './lexicon';
import { ago, relativeUnit, resolveWeekday, type Rel } from './resolve';
import { dropFinalS, dropLeadingThe, hasSpace, opensItsLine, rateBaseAt } from './textTests';
import { execLong, isAsciiUpperCode, isDigitCode, isSpaceAt, isWordCode, testLong } from '../chars';
import { B, BM, E, re } from './rulesCalendarShared';
import { THIS_LAST_NEXT_HINT, at } from './rulesRelativeShared';
import { anaphoricRules } from './rulesAnaphoric';
import { clockRules } from './rulesClock';
import { countedRules } from './rulesCounted';

/** "and next" after "this year" (but not "and next year", which is its own match). */
const AND_NEXT_AFTER = /^\s+(?:and|or)\s+(next|last)(?![\w-])(?!\s+(?:year|month|week|quarter|decade|century|weekend|[A-Z]))/;

/** A date named right after "recently": "last October", "in March", "as 2019", "on Tuesday", "this week". */
const RECENTLY_DATED_RE = /^\s+(?:as\s+|(?:in|on|during)\s+)?(?:(?:last|this|early|late|earlier\s+this)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|week|month|year|spring|summer|autumn|fall|winter|decade)|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|yesterday\b|[12]\d{3}\b)/;

/** A second weekday after a dash: "Saturday-Sunday", "Monday – Wednesday". */
/** Between "next week" and a weekday: a break of the sentence or a clause, or "and" (a second thing, not its day). */
const NEXT_WEEK_THEN_BREAK = /[.;:!?]|\b(?:and|but|while|after|before|until|since)\b/;

const WEEKDAY_AFTER_DASH = /^\s*[-\u2013]\s*(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\w-])/;

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

/** After "the current fiscal year": the year it is, written as a span of two ("2025-26", "2025/26"). */
const FISCAL_SPAN_AFTER = /^\s((?:19|20)\d\d)[-/\u2013](\d\d)(?![\w/-])/;
/** What a financial or fiscal year's value leaves open. */
const FISCAL_INFERRED = ['fiscal year'];
/** A present verb right after a weekday, its subject: " marks", " is", " sees", " brings". */
const PRESENT_VERB_AFTER_DAY_RE = /^\s+(?:marks|is|sees|brings)\s/;
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

/** "every Tuesday and ", "each Monday, Wednesday or ": a list of days that recur. */
/**
 * A range of weekdays right after or before a habit's clock times: "from 7.30am to 3.30pm, Monday to Thursday",
 * "9am-5pm Monday to Friday", "Monday to Friday, 9am to 5pm".
 */
function clockWeekdayRange(s: string, start: number, end: number): boolean {
  let lead: string;
  let tail: string;
  const a = WEEKDAY_RANGE_AFTER_RE.exec(s.slice(end, end + 16));
  if (a) {
    lead = s.slice(Math.max(0, start - 16), start);
    tail = s.slice(end + a[0].length, end + a[0].length + 20);
  } else {
    const b = s.slice(Math.max(0, start - 32), start);
    const r = WEEKDAY_RANGE_BEFORE_RE.exec(b);
    if (!r) return false;
    lead = b.slice(0, r.index);
    tail = s.slice(end, end + 20);
  }
  // (In the past, "was open from 8am to 4pm, Monday to Friday" names that week's days.)
  // (Clocks after the days make a timetable after a word of opening: "open Monday to Friday, 9am to 5pm"; "The summit
  // runs Monday to Wednesday, 9am to 5pm" is next week's days.)
  return (CLOCK_BEFORE_RE.test(lead) || (CLOCK_AFTER_RE.test(tail) && OPEN_BEFORE_RE.test(lead))) && tenseAt(s, start, end) !== 'past';
}
const OPEN_BEFORE_RE = /\b(?:open|opens|hours|staffed)\b[^.;!?\n\d]{0,12}?\s$/i;
const CLOCK_AFTER_RE = /^[,:]?\s+(?:from\s+|between\s+)?\d{1,2}(?:[:.][0-5]\d)?\s*[ap]\.?m\b/i;
const WEEKDAY_RANGE_AFTER_RE = /^\s*(?:to|through|till|until|[-\u2013])\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;
const WEEKDAY_RANGE_BEFORE_RE = /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*(?:to|through|till|until|[-\u2013])\s*$/;
const CLOCK_BEFORE_RE = /(?:\d\s*(?:[ap]\.m\.?|[ap]m)|\bnoon|\bmidnight|\d[:.][0-5]\d),?\s*$/i;
/**
 * Words that wait for a day's event just before it: "ahead of", "in time for", "in the run-up to" ("before" may look
 * back: "its share before Friday's purchases").
 */
const AWAITED_BEFORE_RE = /\b(?:ahead\s+of|in\s+time\s+for|in\s+the\s+run-up\s+to|in\s+the\s+lead-up\s+to|awaiting|await)\s+$/i;
/** "later on " or "later " right before a weekday. */
const LATER_ON_BEFORE_RE = /\blater\s+(?:on\s+)?$/i;
/** A habit's word a few words before a day: "usually meets on", "is normally held on the". */
const HABIT_DAY_BEFORE_RE = /\b(?:usually|typically|normally|generally|traditionally|customarily|always|routinely|regularly)\s+(?:[a-z]+\s+){0,3}?(?:on\s+)?(?:the\s+)?$/i;
/** After a day, the week or month it recurs in: " each week", " of every month" (after "the first Monday"). */
const HABIT_DAY_AFTER_RE = /^\s+(?:(?:each|every)\s+week\b|of\s+(?:each|every)\s+month\b)/i;
/** Whether the day at [start, end) is a habit's: a habit's word before it, or its week or month after it. */
function habitDay(s: string, start: number, end: number): boolean {
  return testLong(HABIT_DAY_AFTER_RE, s.slice(end, end + 20)) || testLong(HABIT_DAY_BEFORE_RE, s.slice(Math.max(0, start - 48), start));
}
const EVERY_DAY_AND_BEFORE_RE = /\b(?:[Ee]very|[Ee]ach)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:,\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)){0,3}(?:,\s+|,?\s+(?:and|or)\s+)$/;

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

/** What makes "the year", "the quarter" a stretch up to a date: "ended June 30", "that ended March 31", "ending March",
 * "to date", and the statistics offices' "the year to March 2020", "the year to the end of June", and "the year through
 * March". */
const STRETCH_ENDING_RE = /^\s+(?:(?:that\s+(?:ended|ends)(?=\s+(?:on\s+|in\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))|ended(?=\s+(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mid-))|(?:starting|beginning)(?=\s+(?:on\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|ending|(?:to|through)\s+(?:the\s+end\s+of\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mid-)|to\s+(?:the\s+(?:first|second|third|fourth|final|latest)\s+quarter|Q[1-4]\b))/i;

/** Whether the day at s[start, end) opens its line and a dash or colon follows it: a diary's entry ("TUESDAY - ..."). */
function diaryEntryAt(s: string, start: number, end: number): boolean {
  return opensItsLine(s, start) && /^\s*(?:[-\u2013\u2014:]|,\s+\p{L}{3,9}\.?\s+\d{1,2}\b)/u.test(s.slice(end, end + 16));
}

/** An opening quote, or an owner's "'s", right before a capitalised "This Week" or "Today": the start of a show's title. */
const TITLE_OPENS_BEFORE_RE = /(?:["\u201c]|['\u2019]s\s|['\u2019]\s)$/;

/** What "today's" names of the present age, not of the day: "today's world", "today's young people", "today's computers". */
const GENERIC_AFTER_TODAYS_RE = /^\s+(?:(?:modern|global|digital|young|fast-changing|changing|interconnected|complex)\s+)?(?:world|society|societies|youth|young|children|kids|teenagers|generation|generations|economy|standards|terms|dollars|money|technology|culture|politics|media|students|workers|workforce|families|consumers|voters|computers|cars|homes|Britain|America|Europe|China|Russia|India|Japan|Germany|France)\b/;

/** Whether s[start, end) stands alone between quotation marks: NBC's "Today" show. */
function quotedAlone(s: string, start: number, end: number): boolean {
  const b = s.charCodeAt(start - 1);
  const a = s.charCodeAt(end);
  return (b === 34 || b === 0x201c) && (a === 34 || a === 0x201d);
}

/** Nouns after a capitalised "Today" that make it a title: "the Today programme". */
const TITLE_AFTER_TODAY = /^\s+(?:programme|program|show|newspaper|broadcast|presenter|interview)\b/i;

/** A relative clause without "that" after "the year": a subject, then a finite verb ("the deal was", "he took office"). */
const CONTACT_CLAUSE_AFTER = /^\s+(?:(?:the|a|an|his|her|its|their|our|my|this|these|those)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|he|she|it|they|we|I|you)\s+(?:was|were|had|has|have|is|are|did|began|ended|came|took|went|fell|rose|won|lost|left|died|broke|[a-z]{3,}ed)\b/;

/** Expressions resolved against the reference date or the date under discussion. */
export const relativeRules: Rule[] = [
  {
    name: 'deictic-day',
    reach: 28,
    hint: /today|tonight|yesterday|tomorrow|morning|afternoon|evening|night/i,
    re: re(`${B}(?:(the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow)|(today|tonight|yesterday|tomorrow)(?:'s)?(?:\\s+(morning|afternoon|evening|night))?|(this|last|tomorrow|yesterday|the\\s+past(?=\\s+night))\\s+(morning|afternoon|evening|night))${E}`),
    make: (m, ctx) => {
      if (m[1]) return at(m, dayWithPart(ctx, /before/i.test(m[1]) ? -2 : 2, undefined));
      // "BBC Radio 4's Today programme", "the Today show", "USA Today": a title, not a day.
      // ("This is VOA Today", NBC's "Today" show: after a broadcaster's capitals, or quoted alone, a title too.)
      if (m[2] && m[2].charCodeAt(0) === 84 && !m[3] && (testLong(TITLE_AFTER_TODAY, ctx.s.slice(m.index + m[0].length, m.index + m[0].length + 12)) || testLong(/(?:['’]s|USA|the)\s+$/, ctx.s.slice(Math.max(0, m.index - 5), m.index)) || (m[2].charCodeAt(1) > 90 && testLong(/\b[A-Z]{2,5}\s+$/, ctx.s.slice(Math.max(0, m.index - 7), m.index))) || quotedAlone(ctx.s, m.index, m.index + m[0].length))) return null;
      // ("over the past night", the wording of air-defence tallies, is last night.)
      const word = m[4] && m[4].length > 4 ? 'last' : (m[2] ?? m[4]).toLowerCase();
      const offsets: Record<string, number> = { today: 0, tonight: 0, this: 0, yesterday: -1, tomorrow: 1, last: -1 };
      const part = m[3] ?? m[5] ?? (word === 'tonight' ? 'tonight' : undefined);
      const r = dayWithPart(ctx, offsets[word] ?? 0, part);
      // "today" in a headline-less wire story is the DCT; the possessive "'s" stays outside the span.
      const end = m[2] && /'s$/i.test(m[0]) && !m[3] ? m.index + m[0].length - 2 : m.index + m[0].length;
      // ("in today's world", "today's youth": the present age, not the article's day, PRESENT_REF as TimeML has it.)
      if (end < m.index + m[0].length && word === 'today' && testLong(GENERIC_AFTER_TODAYS_RE, ctx.s.slice(end + 2, end + 24))) return at(m, { type: 'DATE', value: 'PRESENT_REF', inferred: [], relative: true }, m.index, end);
      return at(m, r, m.index, end);
    },
    priority: 6,
  },
  {
    // "attacked overnight", "will fly overnight": the night before the article's day, or the coming one.
    name: 'overnight',
    reach: 8,
    hint: /overnight/i,
    re: re(`${B}overnight(?=\\s*(?:[.,;:)\u2014]|$)|\\s+(?:in|on|at|and|but|to|into|from|as|when|while|after|before|with|near|across|along|around|inside|outside|for|until|through|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\\b)`),
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
      // ("overnight Wednesday", as wire copy writes it, too.)
      if (/^\s+(?:on\s+\S|[A-Z][a-z]+day\b)/.test(ctx.s.slice(m.index + m[0].length, m.index + m[0].length + 14))) made.inferred = ['day'];
      return made;
    },
    priority: 5,
  },
  {
    // "by late afternoon", "into the early morning", "at mid-afternoon": that part of the day under discussion (the
    // article's, or the day told before it in its paragraph), its start or end.
    name: 'edge-of-day-part',
    reach: 12,
    hint: /morning|afternoon|evening/i,
    gate: [/\b(?:early|late|mid)[\s-]+(?:morning|afternoon|evening)/i],
    re: re(`${B}(?<=\\b(?:by|in|into|until|till|from|during|through|before|after|since|at|around)\\s+(?:the\\s+)?)(early|late|mid)[\\s-]+(morning|afternoon|evening)${E}(?!\\s+(?:of|on|trade|trading|session|deals?|editions?|shows?|news|papers?)\\b)`),
    make: (m, ctx) => {
      const code = PART_OF_DAY[m[2].toLowerCase()];
      if (!code) return null;
      const edge = m[1].toLowerCase();
      const start = /\bthe\s+$/i.test(ctx.s.slice(Math.max(0, m.index - 4), m.index)) ? m.index - 4 : m.index;
      return at(m, { type: 'TIME', value: `${ctx.ref ? fmtDay(ctx.ref) : 'XXXX-XX-XX'}T${code}`, mod: edge === 'early' ? 'START' : edge === 'late' ? 'END' : 'MID', inferred: ['day'], relative: true }, start, m.index + m[0].length);
    },
    priority: 4,
  },
  {
    name: 'present-past-future-ref',
    hint: /now|current|present|days|moment|recent|lately|formerly|past|once|earlier|future|coming|ahead|term|later\s+date|other\s+day/i,
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
      // ("most recently last October", "as recently as 2019", "recently on Tuesday": the date named after it is the
      // time, "recently" only how near it is.)
      if (value === 'PAST_REF' && w === 'recently' && RECENTLY_DATED_RE.test(after)) return null;
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
      // ("open from 7.30am to 3.30pm, Monday to Thursday": the days of a timetable's hours.)
      // ("usually meets on Wednesday", "meets on Thursday each week", "on the first Monday of every month": a habit's day.)
      const habit = !m[1] && !m[3] && !m[5] && habitDay(ctx.s, m.index, end);
      if (plural || everyList || habit || (m[4] !== undefined && m[4].endsWith('s')) || (!m[1] && !m[3] && !m[4] && !m[5] && (testLong(OPENING_AFTER_RE, ctx.s.slice(end, end + 16)) || clockWeekdayRange(ctx.s, m.index, end)))) {
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
      // ("ahead of Sunday's deadline", "before Friday's vote": what is awaited is to come, its day the coming one.)
      const owned = (m[3] || ctx.s.startsWith("'s", end) || ctx.s.startsWith('\u2019s', end)) && !(!m[1] && testLong(AWAITED_BEFORE_RE, ctx.s.slice(Math.max(0, m.index - 24), m.index)));
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
        // "Thursday marks one year since the invasion", "Friday is the deadline": the day as the subject of a present
        // verb is this week's coming one (or today), as news writes an anniversary or a deadline ahead.
        else if (!owned && !m[1] && PRESENT_VERB_AFTER_DAY_RE.test(ctx.s.slice(end, end + 10))) tense = 'future';
      }
      // ("was due to vote later on Thursday": a schedule told in the past is of the latest such day.)
      if (tense === 'future' && !m[1] && pastScheduleOnDay(ctx.s, m.index)) tense = 'past';
      // ("is due to vote later on Thursday" in an article dated Friday: "later" tells of the day it was written, the
      // nearer such day.)
      if (tense === 'future' && !m[1] && ctx.ref && LATER_ON_BEFORE_RE.test(ctx.s.slice(Math.max(0, m.index - 10), m.index)) && (weekday(ctx.ref) - wd + 7) % 7 < (wd - weekday(ctx.ref) + 7) % 7) tense = 'past';
      // ("The vote, initially scheduled for Wednesday, was pushed back": the nearer such day, gone or to come.)
      if (tense === 'future' && !m[1] && ctx.ref && firstBookedOnDay(ctx.s, m.index) && (weekday(ctx.ref) - wd + 7) % 7 <= (wd - weekday(ctx.ref) + 7) % 7) tense = 'past';
      let r = resolveWeekday(ctx.ref, wd, owned || (!m[1] && doneOnDay(ctx.s, m.index)) ? 'past' : tense, relOf(m[1]));
      // "kicks off next week with JPMorgan on Tuesday": a weekday after "next week" in its clause is that week's.
      if (!m[1] && !owned && ctx.ref && tense !== 'past') {
        const lead = ctx.s.slice(Math.max(0, m.index - 48), m.index);
        const k = lead.lastIndexOf('ext week') - 1;
        if (k >= 0 && (lead.charCodeAt(k) | 32) === 110 && (k === 0 || !isWordCode(lead.charCodeAt(k - 1))) && !NEXT_WEEK_THEN_BREAK.test(lead.slice(k + 9))) r = { value: fmtDay(addDays(ctx.ref, 7 + wd - weekday(ctx.ref))), inferred: ['week'], relative: true };
      }
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
    // year" (South Asian budget copy's: the current one, about to end); "mid-next year", "end-last year" (the edge a mod)
    name: 'this-last-next-unit',
    reach: 28,
    hint: UNIT_HINT,
    gate: [UNIT_WORD_HINT],
    also: [THIS_LAST_NEXT_HINT],
    re: re(`${BM}(this\\s+past|this|last|next|coming|past|previous|current|the\\s+current|the\\s+outgoing|the\\s+coming|the\\s+previous|the\\s+past|the\\s+last|the\\s+next)\\s+(?:(?:fiscal|financial|calendar)\\s+(?=year))?(hour|day|week|weekend|fortnight|month|quarter|year|decade|century)${E}`),
    make: (m, ctx) => {
      const unit = unitOf(m[2]);
      if (!unit) return null;
      // "this year-on-year rise", "last month-over-month gain": the base a rate is measured against, no calendar unit.
      if (rateBaseAt(ctx.s, m.index + m[0].length)) return null;
      // (ABC's "This Week", "This Week With David Brinkley": a show's title, capitalised in quotes or after its owner.)
      if (isAsciiUpperCode(m[2].charCodeAt(0)) && isAsciiUpperCode(m[1].charCodeAt(0)) && m.index > 1 && TITLE_OPENS_BEFORE_RE.test(ctx.s.slice(Math.max(0, m.index - 3), m.index))) return null;
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
    // the year, the full year, the fiscal year, the current fiscal year, its fiscal year, the week, the month; the decade
    // to 2024
    name: 'the-unit',
    hint: UNIT_HINT,
    // (The word before the unit, which the units' other uses seldom have.)
    gate: [UNIT_WORD_HINT, /(?:the|full|whole|entire|current|same|fiscal|financial|calendar)\s+(?:year|week|month|decade)/],
    also: [/year|week|month|decade/i],
    // ("its fiscal year", "their financial year": a company's own year, as TimeML marks "its fourth quarter".)
    re: re(`${B}(?:the|(?:its|their)(?=\\s+(?:current\\s+)?(?:fiscal|financial)\\s))\\s+(?:(full|whole|entire|current|same)\\s+)?(fiscal\\s+|financial\\s+|calendar\\s+)?(year|week|month|decade)${E}`),
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
      // ("the fiscal year that ended March 31" is a stretch up to that day, below.)
      // ("the week's most active session", "the year's biggest fall": the current one, as a date, its "'s" outside.)
      if (testLong(/^\s*(?:before|after|earlier|later|ago|of|in\s+which|when|that)\b/i, after) && !(after.includes('that') && testLong(STRETCH_ENDING_RE, ctx.s.slice(m.index + m[0].length, m.index + m[0].length + 24)))) return null;
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
      // ("the year to date", "the month to date": the current one, so far; no stretch of a year's length.)
      const toDate = /^\s+to\s+date\b/i.exec(after);
      if (toDate && !testLong(/whole|entire|full/i, m[1] ?? '')) {
        const now = relativeUnit(ctx.ref, unit, 0);
        if (now) return { start: m.index, end: m.index + m[0].length + toDate[0].length, type: 'DATE', ...now, inferred: m[2] && !/calendar/i.test(m[2]) ? FISCAL_INFERRED : now.inferred };
      }
      // "the year ended June 30", "throughout the week": a stretch; otherwise the current one ("for the year").
      // ("The fiscal year ended badly", "ended in June": the verb of a clause, the year a date.)
      // ("During the month, 1,200 cases were reported": a bulletin's opening of a sentence dates what follows, as "Over
      // the month," does.)
      const stretch = testLong(STRETCH_ENDING_RE, ctx.s.slice(m.index + m[0].length, m.index + m[0].length + 24));
      // ("changed its fiscal year to a calendar year": a company's year is a date only as a stretch to its end.)
      if (!stretch && /^(?:its|their)\s/i.test(m[0])) return null;
      if (stretch || (/\b(?:during|throughout|within)\s+$/i.test(lead) && !(after.charCodeAt(0) === 44 && !m[1] && !m[2] && /(?:^|[.!?:;]\s+|\n\s*)During\s+$/.test(lead))) || testLong(/whole|entire/i, m[1] ?? '')) {
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
    // "rose 5% year to date", "year-to-date sales", "month-to-date": the current year (month, quarter) so far (with "the"
    // before it, see the-unit).
    name: 'unit-to-date',
    reach: 16,
    hint: /to[- ]date/i,
    re: re(`${B}(?<!\\bthe\\s)(year|month|quarter)[- ]to[- ]date${E}`),
    make: (m, ctx) => {
      const unit = unitOf(m[1]);
      const r = unit ? relativeUnit(ctx.ref, unit, 0) : null;
      return r ? at(m, { type: 'DATE', ...r }) : null;
    },
    priority: 3,
  },
  {
    // year-end, year's end, around year end, end-year, end-of-year: the end of the current year; mid-year its middle
    name: 'year-end',
    reach: 16,
    hint: /year/i,
    // (Every match holds "end" or "mid-": read over 429 chunks of 1 MB of real stories for 6 matches before.)
    also: [/end|mid-/i],
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
        // ("will sign it by the end of the day", "before the close of the day": a deadline's, the end of the article's day.)
        if (/^(?:end|close)$/i.test(m[1]) && /^(?:the|this)$/i.test(m[2]) && ctx.ref && /\b(?:by|before|until|till)\s+$/i.test(ctx.s.slice(Math.max(0, m.index - 8), m.index))) return at(m, { type: 'DATE', value: fmtDay(ctx.ref), mod: 'END', inferred: [], relative: true });
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
  ...countedRules,
  ...anaphoricRules,
  ...clockRules,
];
