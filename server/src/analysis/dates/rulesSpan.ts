// Rules for stretches and repetitions of time: five years, the past two months, annually, $300 billion a year.
import { fmtDay } from './calendar';
import type { Made, Rule } from './candidate';
import { afterAmount, tenseAt } from './context';
import { execLong, isAsciiUpperCode, isSpaceAt, skipBlanks, testLong, testShort } from '../chars';
import { AND_A_HALF, PART_OF_DAY, MONTHS, MONTH_RE, NUM_RE, SEASONS, SEASON_RE, UNIT_RE, WEEKDAYS, WEEKDAY_RE, durationValue, parseNumber, perUnit, unitOf, UNIT_HINT, UNIT_WORD_HINT } from './lexicon';
import { relativeUnit, resolveMonth } from './resolve';

/** Parts of the day that repeat ("every morning"), as TIMEX3 writes them. */
const DAY_PARTS: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV' };
const B = '(?<![\\w-])';
const E = '(?![\\w])';
const re = (src: string): RegExp => new RegExp(src, 'gi');

// (Words looked up, not patterns tested: the lower-cased word is one-byte or two-byte as its text is, and each
// pattern would be compiled for both.)
const MODS = new Map<string, string>([
  ...['about', 'some', 'roughly', 'approximately', 'around', 'nearly', 'almost'].map((w): [string, string] => [w, 'APPROX']),
  ...['more than', 'over', 'well over', 'at least'].map((w): [string, string] => [w, 'MORE_THAN']),
  ...['less than', 'fewer than', 'under', 'only', 'just'].map((w): [string, string] => [w, 'LESS_THAN']),
  // "up to seven years" may be seven years.
  ...['up to', 'no more than', 'at most'].map((w): [string, string] => [w, 'EQUAL_OR_LESS']),
]);

function modOf(w: string | undefined): string | undefined {
  if (!w) return undefined;
  const x = w.toLowerCase().replace(/\s+/g, ' ');
  if (x === 'at least') return 'EQUAL_OR_MORE';
  if (x === 'no more than' || x === 'at most') return 'EQUAL_OR_LESS';
  return MODS.get(x);
}

/** A day's number as a day of the month mo (of a leap year: "every February 29"), or null. */
function dayOfMonth(written: string | undefined, mo: number): number | null {
  const d = written === undefined ? NaN : Number(written);
  return d >= 1 && d <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1] ? d : null;
}

const SET_WORDS: Record<string, string> = {
  // ("nightly": every night, as "every morning" is every morning, XXXX-XX-XXTMO.)
  daily: 'P1D', nightly: 'XXXX-XX-XXTNI', weekly: 'P1W', biweekly: 'P2W', monthly: 'P1M', annually: 'P1Y',
  yearly: 'P1Y', annual: 'P1Y', hourly: 'PT1H', quarterly: 'P3M', biannually: 'P6M', semiannually: 'P6M', 'semi-annually': 'P6M',
  biennially: 'P2Y', fortnightly: 'P2W',
};

const LEAD = '(?:(the|for|over\\s+the|in\\s+the|within\\s+the|during\\s+the)\\s+)?';
const WHICH = '(?:(past|last|next|first|previous|latest|coming|following|final|remaining|initial|same|ensuing|preceding)\\s+)?';
const QUALIFIER =
  '(?:(about|almost|nearly|more\\s+than|less\\s+than|fewer\\s+than|at\\s+least|at\\s+most|over|under|some|roughly|approximately|around|up\\s+to|no\\s+more\\s+than|well\\s+over)\\s+)?';

/**
 * Before "over two years" where it means across them: an amount, or a verb of spreading, phasing out or growing, of meeting or of a
 * move in figures ("will meet over two days", "is held over three days", "prices rose over two days"), or a count of
 * things ("21 sittings over 32 days", "five rounds of talks over two weeks").
 */
const ACROSS_BEFORE = /(?:\d|%|\b(?:million|billion|trillion|thousand|pounds|dollars|euros|per\s*cent|percent|points|rise|rises|increase|increases|fall|falls|cut|cuts|drop|drops|growth|decline|gain|gains|pay\s+rise|raise))\s*$|\b(?:spread|evolved|developed|phased|phased\s+in|phased\s+out|wound\s+down|repaid|amorti[sz]ed|implemented|reduced|lowered|eliminated|paid|spent|invested|funded|staggered|rolled\s+out|grown|grew|built|meet|meets|met|held|hold|holds|runs|ran|takes\s+place|take\s+place|took\s+place|unfold(?:s|ed)?|rose|fell|climbed|dropped|gained)\s+$|\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)\s+(?:[a-z]+\s+)?[a-z]{3,}s(?:\s+of\s+[a-z]+)?\s+$/i;

/** Before "years" or "decades": "the" and a word naming an era ("the interwar ", "the Thatcher ", "the boom "). */
const ERA_BEFORE_RE = /\b[Tt]he\s+(?:inter-?war|post-?war|pre-?war|war|wartime|boom|bust|lean|austerity|Cold\s+War|[A-Z][a-z]+)\s+$/;
/** Before "days": a word that makes them an era ("the dark days", "the heady days", "the good old days"). */
const ERA_DAYS_BEFORE_RE = /\b[Tt]he\s+(?:dark|darkest|darker|heady|halcyon|glory|golden|salad|bleak|grim|good\s+old|bad\s+old|old|wild|lean|happier|simpler|Cold\s+War|[A-Z][a-z]+)\s+$/;
/** After "the years": the stretch its ends give ("from 1945 to", "between the wars"). */
const YEARS_SPAN_AFTER_RE = /^\s+(?:from\s+(?:1[89]|20)\d\d|between\s+(?:(?:1[89]|20)\d\d|the\s+wars))\b/;

/** `/[A-Z][a-z]+$/.test(t)`: a capital and lower-case letters end t. */
function capitalisedLast(t: string): boolean {
  let i = t.length;
  while (i > 0 && t.charCodeAt(i - 1) >= 97 && t.charCodeAt(i - 1) <= 122) i--;
  return i < t.length && i > 0 && isAsciiUpperCode(t.charCodeAt(i - 1));
}

/** A capitalised unit before a capitalised word names something: the Six-Day War, the Hundred Years War. */
function inName(s: string, m: RegExpExecArray): boolean {
  const end = m.index + m[0].length;
  // ("the Thirty Years' War", "the Seven Years’ War": a name's possessive before its capitalised noun.)
  return capitalisedLast(m[0]) && /^['\u2019]?[\s-]+[A-Z]/.test(s.slice(end, end + 4)) && !/^\s+(?:Ago|Later|Earlier)\b/.test(s.slice(end, end + 9));
}

/** Nouns that "a night", "a day" or "a week" describe rather than measure ("a night train", "a day trip"). */
const NOUN_OF_TIME_AFTER = /^[\s-]+(?:trains?|shifts?|flights?|raids?|bus(?:es)?|club|sky|watch|guard|vision|curfew|market|trips?|sessions?|sittings?|off|out|school|jobs?|operations?|attacks?|patrols?|visits?|passes?|porters?|labou?rers?|nurses?|rate|care)\b/i;

/** Before "a year" in "twice a year", "three times a week": how often. */
const TIMES_BEFORE = /\b(?:(once|twice|thrice)|(\w+)\s+times)\s+$/i;

/** Before a "daily" or "weekly" that is a newspaper: what kind of paper, or a capitalised word ("Israeli", "pro-Kremlin"). */
const PAPER_BEFORE_RE = /(?:\b(?:business|financial|economic|tabloid|popular|state-run|state-owned|state|official|government|national|local|regional|leading|liberal|conservative|independent|opposition|English-language|Russian-language|mass-circulation|broadsheet)|(?:^|\s)(?:(?!(?:The|An?)\s)(?:pro-)?\p{Lu}[\p{L}-]*|[Tt]he|[Aa]n?))\s+$/u;
/** After it: the paper's name (no day's or month's). */
const PAPER_NAME_AFTER_RE = /^\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{Lu}\p{Ll}/u;
/** Or its verb of saying. */
const PAPER_SAID_AFTER_RE = /^\s+(?:said|says|reported|reports|wrote|writes|quoted|cited)\b/;

/** Whether the "daily" or "weekly" at [start, end) is a newspaper: "business daily Kommersant", "the Israeli daily
 * Haaretz", "the daily reported" (not "the daily Russian strikes": after an article, only before its verb of saying). */
function paperAt(s: string, start: number, end: number): boolean {
  const before = PAPER_BEFORE_RE.exec(s.slice(Math.max(0, start - 24), start));
  if (!before) return false;
  const after = s.slice(end, end + 16);
  return PAPER_SAID_AFTER_RE.test(after) || (!/^\s*(?:[Tt]he|[Aa]n?)\s+$/.test(before[0]) && PAPER_NAME_AFTER_RE.test(after));
}

/** A capitalised word after a set word, not a title's small word: "Daily Courier", "Weekly Standard". */
const NAME_AFTER_SET_RE = /^ (?!(?:In|On|At|For|And|Or|Of|To|The|A|An|By|From|With|As|Since|Until|Across|After|Before|Over|Under)\b)\p{Lu}\p{Ll}/u;
/** TIMEX3 freq from the words before a set at `at` ("twice a year": 2X, "three times daily": 3X), or undefined. */
function freqBefore(s: string, at: number): string | undefined {
  const times = TIMES_BEFORE.exec(s.slice(Math.max(0, at - 24), at));
  const k = times ? (times[1] ? { once: 1, twice: 2, thrice: 3 }[times[1].toLowerCase()] : parseNumber(times[2])) : null;
  return k && Number.isInteger(k) ? `${k}X` : undefined;
}

/** After "half a century": when, not how long ("ago", "later", "earlier", "on,"). */
const WHEN_AFTER = /^\s+(ago|later|earlier|on(?=\s*[,;.]|\s+from\b))\b/i;

/** Words after "minutes" that make them a meeting's record ("minutes showed", "minutes released on"). */
const MINUTES_RECORD_AFTER = /^\s+(?:showed|show|shows|revealed|released|published|indicated|noted|said|say|says)\b/i;
/** After "a month" or "a year": "-on-month", "-over-year", "-to-quarter" (a rate's base). */
const PERIOD_ON_PERIOD_AFTER = /^-(?:on|over|to)-(?:day|week|month|quarter|year)\b/i;
/** After a record's "Minutes": of or from a meeting ("Minutes of the board meeting", "Minutes from the Fed's October meeting"). */
const MINUTES_OF_MEETING_AFTER = /^\s+(?:of|from)\s[^.;\n]{0,80}?\b(?:meeting|session|sitting|gathering|conference|summit|hearing)s?\b/i;
const OR_TWO_RE = /^\s+or\s+(?:two|so)\b(?!\s+(?:ago|earlier|later|before|after)\b)/i;
/** Before "last" as a verb: "and last", "will last", "to last", "could last". */
const LAST_VERB_BEFORE_RE = /\b(?:and|will|would|could|can|may|might|must|should|shall|to|not)\s+$|'ll\s+$/i;
const MODAL_BEFORE_RE = /\b(?:will|would|could|may|might|can|should|shall)\s+(?:[a-z]+ly\s+)?$/i;

/** What a range of durations holds: "3-5", "12 to 18", "three to", "two or" (the common small numbers only: every literal
 * here lengthens the scan that all rules share). */
const RANGE_HINT = new RegExp(
  ['\\d\\s*(?:to|or|[-\u2013])\\s*\\d', ...'one two three four five six ten'.split(' ').flatMap((w) => [`${w} to `, `${w} or `])].join('|'),
);

/** A verb of change (and "by"), or "up"/"down", before "a quarter": the quarter is a fraction of what changed. */
const CHANGE_BY_BEFORE_RE =
  /\b(?:rose|ris(?:e|es|en|ing)|fell|fall(?:s|en|ing)?|grew|grow(?:s|n|ing)?|(?:in|de)creas(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|drop(?:s|ped|ping)?|shr(?:ank|ink|inks|unk|inking)|cut(?:s|ting)?|reduc(?:e|es|ed|ing)|slash(?:ed|es|ing)?|jump(?:s|ed|ing)?|climb(?:s|ed|ing)?|plung(?:e|es|ed|ing)|slump(?:s|ed|ing)?|soar(?:s|ed|ing)?|surg(?:e|es|ed|ing)|expand(?:s|ed|ing)?|contract(?:s|ed|ing)?)\b(?:[^.;:!?]{0,30}?\s+by)?\s+(?:(?:about|around|roughly|nearly|almost|some|more\s+than|less\s+than|over|just\s+(?:over|under))\s+)?$|\b(?:up|down)\s+(?:by\s+)?(?:(?:about|around|roughly|nearly|almost|some|more\s+than|less\s+than|over|just\s+(?:over|under))\s+)?$/i;

/** Durations and sets. */
/** The words that say which kind of year a count counts: "four financial years". */
const FISCAL_WORD_RE = /\s(?:fiscal|financial|calendar|academic|school|budget|tax)\s/i;

export const spanRules: Rule[] = [
  {
    // "one day in 1989", "some week in 1989", "one day in March": a day (week, month) of that year or month, which the
    // text leaves open, no stretch of a day's length.
    name: 'some-unit-in',
    reach: 24,
    hint: /day|week|month/i,
    also: [/\b(?:one|some)\s/i],
    re: re(`${B}(?:one|some)\\s+(day|week|month)\\s+in\\s+(?:(${MONTH_RE})(?:,?\\s+(\\d{4}))?|(\\d{4}))${E}`),
    make: (m, ctx): Made | null => {
      const unit = m[1].toLowerCase();
      const mo = m[2] ? MONTHS[m[2].toLowerCase().replace(/\.$/, '')] : 0;
      if (m[2] && (!mo || !isAsciiUpperCode(m[2].charCodeAt(0)) || unit !== 'day')) return null;
      // ("closed for one week in 1989", "lasted one day in 2020": how long, in that year.)
      if (testLong(/\b(?:for|lasted|lasts|last|took|takes|spent|spend|within|over|during|only|just)\s+$/i, ctx.s.slice(Math.max(0, m.index - 8), m.index))) return null;
      const start = m.index;
      const end = m.index + m[0].length;
      let y = m[3] ?? m[4];
      let month = '';
      if (mo) {
        month = `-${String(mo).padStart(2, '0')}`;
        if (!y) y = resolveMonth(ctx.ref, mo, tenseAt(ctx.s, start, end), null).value.slice(0, 4);
      }
      const value = unit === 'day' ? `${y}${month}-XX` + (month ? '' : '-XX') : unit === 'week' ? `${y}-WXX` : `${y}-XX`;
      return { start, end, type: 'DATE', value, inferred: m[3] || m[4] ? [] : ['year'], relative: !(m[3] || m[4]) };
    },
    priority: 3,
  },
  {
    // three to five years, 3-5 years: at least the lower number (TimeML: "two to three weeks" is P2W, EQUAL_OR_MORE).
    // "two or three weeks" offers guesses, not a floor: the lower number, about (P2W, APPROX).
    name: 'duration-range',
    hint: UNIT_HINT,
    gate: [UNIT_WORD_HINT],
    also: [RANGE_HINT],
    re: re(`${B}(${NUM_RE})\\s*(to|or|-|\u2013)\\s*(${NUM_RE})[\\s-]+(${UNIT_RE})${E}`),
    make: (m, ctx): Made | null => {
      const unit = unitOf(m[4]);
      const lo = parseNumber(m[1]);
      const hi = parseNumber(m[3]);
      if (!unit || lo === null || hi === null || lo >= hi || hi > 1000 || !/s$/i.test(m[4])) return null;
      const end = m.index + m[0].length;
      if (testShort(/^\s+(?:ago|earlier|later|old)\b|^-/i, ctx.s.slice(end, end + 10), '-')) return null;
      const mod = m[2].toLowerCase() === 'or' ? 'APPROX' : 'EQUAL_OR_MORE';
      return { start: m.index, end, type: 'DURATION', value: durationValue(lo, unit), mod, inferred: [], relative: false };
    },
    priority: 4,
  },
  {
    // for another year, a further month: one more of the unit
    name: 'another-unit',
    reach: 12,
    hint: /another|further/i,
    re: re(`${B}(?:another|a\\s+further)\\s+(year|month|week|fortnight|day|decade|hour)${E}`),
    make: (m): Made | null => {
      const unit = unitOf(m[1]);
      if (!unit) return null;
      return { start: m.index, end: m.index + m[0].length, type: 'DURATION', value: durationValue(perUnit(m[1]), unit), inferred: [], relative: false };
    },
    priority: 2,
  },
  {
    // five years, the past two months, the first nine months, a five-year low, at least 72 hours, 5 1/2 hours, four
    // financial years
    name: 'duration',
    hint: UNIT_HINT,
    gate: [UNIT_WORD_HINT],
    re: re(`${B}${LEAD}${WHICH}${QUALIFIER}(?:(?:another|a\\s+further)\\s+)?(${NUM_RE}${AND_A_HALF})[\\s-]+(?:(?:more|additional|full|straight|consecutive|long|trading|business|working|sitting|fiscal|financial|calendar|academic|school|budget|tax)\\s+)?(${UNIT_RE})(\\s+and\\s+a\\s+half)?(?:-long|(-olds?))?${E}`),
    make: (m, ctx): Made | null => {
      const lead = m[1]?.toLowerCase();
      const which = m[2];
      const numText = m[4];
      const unit = unitOf(m[5]);
      if (!unit) return null;
      const numLower = numText.toLowerCase();
      const isArticle = numLower === 'a' || numLower === 'an';
      if (isArticle && unit === 'S') return null; // "a second round"
      // "a night train", "a day trip", "a night raid": the word describes the noun after it.
      if (isArticle && !which && (unit === 'D' || unit === 'W') && NOUN_OF_TIME_AFTER.test(ctx.s.slice(m.index + m[0].length, m.index + m[0].length + 14))) return null;
      if ((numLower === 'many' || numLower === 'some') && !/s$/i.test(m[5])) return null;
      // "a zero-day", "two zero-days exploited in attacks": a flaw unknown to its vendor, no stretch of no days.
      if (numLower === 'zero' && unit === 'D' && m[0].charCodeAt(m[0].length - m[5].length - 1) === 45) return null;
      let n = parseNumber(numText);
      if (m[6] && n !== null) n += 0.5;
      if (n !== null) n *= perUnit(m[5]);
      if (m[7]) return null; // ages ("a 6-year-old", "ten-year-olds") are not times
      // "the 2024–25 financial year", "the 1989 fiscal year": a year's label before the noun, no count of years; "changed from
      // a fiscal year to a calendar year": a kind of year, no stretch of one.
      if (FISCAL_WORD_RE.test(m[0]) && (isArticle || (/^\d{2,4}$/.test(numText) && (/[-\u2013/]$/.test(ctx.s.slice(Math.max(0, m.index - 1), m.index)) || numText.length === 4 || !/s$/i.test(m[5]))))) return null;
      if (inName(ctx.s, m)) return null;
      const next = ctx.s.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (isSpaceAt(next, 0) && (/^\s+old\b/i.test(next) || (unit === 'Q' && /^\s+(?:of|point|percent)/i.test(next)))) return null; // "52 years old", "three quarters of"
      // "on a month-on-month basis", "a year-over-year rise": the base a rate is measured against, no stretch of time.
      if (next.charCodeAt(0) === 45 && testLong(PERIOD_ON_PERIOD_AFTER, next + ctx.s.slice(m.index + m[0].length + 12, m.index + m[0].length + 20))) return null;
      // "a quarter-point cut", "a quarter-final": "quarter" joined to another noun is a fraction or a round, no three months.
      if (unit === 'Q' && next.charCodeAt(0) === 45 && /^-[a-z]/i.test(next) && !/^-(?:long|on-|over-|to-)/i.test(next)) return null;
      // "exports fell by a quarter", "cut by about a quarter": a change by a fraction, no three months.
      if (unit === 'Q' && isArticle && !which && CHANGE_BY_BEFORE_RE.test(ctx.s.slice(Math.max(0, m.index - 40), m.index))) return null;
      if (n !== null && (n > 10000 || (n >= 1000 && !/^(?:S|MIN|H|D|Y)$/.test(unit)))) return null;
      let start = m.index;
      if (lead && lead !== 'the') start += m[0].toLowerCase().indexOf(which ? which.toLowerCase() : m[3] ? m[3].toLowerCase() : numLower, lead.length);
      if (lead && /\bthe$/.test(lead) && lead !== 'the') start = m.index + m[0].toLowerCase().indexOf('the');
      // "the five-year plan": the article belongs to the noun after the adjective.
      if (lead && /the$/.test(lead) && !which && new RegExp(`${numText}-`, 'i').test(m[0])) start = m.index + m[0].toLowerCase().indexOf(numLower, m[0].toLowerCase().indexOf('the') + 3);
      // "will begin on 18 November and last ten days", "to last three days": "last" is the verb, the span its object.
      if (!lead && which && which.toLowerCase() === 'last' && LAST_VERB_BEFORE_RE.test(ctx.s.slice(Math.max(0, m.index - 12), m.index))) start = skipBlanks(ctx.s, m.index + 4);
      const end = m.index + m[0].length;
      // "a week or two", "a year or so": a stretch of about that long; "in a year or two" some time ahead.
      // ("a week or so ago" is left to what reads "ago".)
      const about = (isArticle || n === 1) && !which ? execLong(OR_TWO_RE, ctx.s.slice(end, end + 24)) : null;
      if (about) {
        const ahead = /\bin\s+$/i.test(ctx.s.slice(Math.max(0, start - 4), start));
        const u = unit === 'WE' ? 'W' : unit;
        return { start, end: end + about[0].length, type: ahead ? 'DATE' : 'DURATION', value: ahead ? 'FUTURE_REF' : durationValue(null, u), inferred: [], relative: false };
      }
      // "Islam will one day be ...": some day ahead, not a stretch of one day.
      if (numLower === 'one' && unit === 'D' && !lead && !which && !m[3] && MODAL_BEFORE_RE.test(ctx.s.slice(Math.max(0, m.index - 24), m.index))) {
        return { start, end, type: 'DATE', value: 'FUTURE_REF', inferred: [], relative: false };
      }
      // "$300 billion a year", "twice a week": a frequency ("twice": TIMEX3 freq 2X).
      if (isArticle && !which && !m[3] && afterAmount(ctx.s, m.index)) {
        const set: Made = { start, end, type: 'SET', value: durationValue(perUnit(m[5]), unit === 'WE' ? 'W' : unit), inferred: [], relative: false };
        const freq = freqBefore(ctx.s, m.index);
        if (freq) set.freq = freq;
        return set;
      }
      // "£250 million over two years", "evolved over two decades": across them, not more than them.
      const across = m[3] && /^over$/i.test(m[3]) && ACROSS_BEFORE.test(ctx.s.slice(Math.max(0, start - 24), start));
      if (across) return { start: skipBlanks(ctx.s, start + 4), end, type: 'DURATION', value: durationValue(n, unit), inferred: [], relative: false };
      return { start, end, type: 'DURATION', value: durationValue(n, unit), mod: modOf(m[3]), inferred: [], relative: false };
    },
    priority: 3,
  },
  {
    // a quarter of a century, half a century, a half-hour, half a year, the past half-century; half a century ago
    name: 'fraction-duration',
    hint: UNIT_HINT,
    gate: [UNIT_WORD_HINT],
    also: [/quarter|half/i],
    re: re(`${B}(?:(about|almost|nearly|more\\s+than|less\\s+than|over|some|the\\s+(?:past|last|next|previous|coming))\\s+)?(?:a\\s+)?(quarter|half)(?:[\\s-]+of)?(?:[\\s-]+(?:a|an))?[\\s-]+(century|decade|year|month|hour|day)${E}`),
    make: (m, ctx): Made | null => {
      const unit = unitOf(m[3]);
      if (!unit) return null;
      const f = m[2].toLowerCase() === 'quarter' ? 0.25 : 0.5;
      const end = m.index + m[0].length;
      // "Half a century ago" is a year (1975), "half a century later" the year so far from the date under discussion.
      // ("half an hour ago", "half a year ago": as "an hour ago" is today.)
      // (Not "the quarter a year ago": a quarter of a year is written with "of".)
      const ago = (unit === 'H' || unit === 'Y') && !m[1] && (f === 0.5 || /\bof\b/i.test(m[0])) ? /^\s+ago\b/i.exec(ctx.s.slice(end, end + 8)) : null;
      if (ago) {
        const r = unit === 'H' ? relativeUnit(ctx.ref, 'D', 0) : relativeUnit(ctx.ref, 'M', -12 * f);
        return { start: m.index, end: end + ago[0].length, type: 'DATE', value: r?.value ?? 'PAST_REF', inferred: [], relative: true };
      }
      const when = unit === 'CE' || unit === 'DE' ? WHEN_AFTER.exec(ctx.s.slice(end, end + 12)) : null;
      const years = f * (unit === 'CE' ? 100 : 10);
      if (when && Number.isInteger(years) && !m[1]) {
        const dir = /^ago$/i.test(when[1]) || /^earlier$/i.test(when[1]) ? -1 : 1;
        const base = ctx.ref ? String(ctx.ref.y + dir * years).padStart(4, '0') : dir < 0 ? 'PAST_REF' : 'FUTURE_REF';
        const deferred = /^ago$/i.test(when[1]) ? undefined : { kind: 'shiftYears' as const, n: dir * years, yearOnly: true };
        return { start: m.index, end: end + when[0].length, type: 'DATE', value: base, inferred: [], relative: true, deferred };
      }
      return { start: m.index, end, type: 'DURATION', value: durationValue(f, unit), mod: modOf(m[1]), inferred: [], relative: false };
    },
    priority: 4,
  },
  {
    // years, several months, recent weeks, the past few days, decades-long
    name: 'vague-duration',
    hint: UNIT_HINT,
    gate: [UNIT_WORD_HINT],
    also: [/seconds|minutes|hours|days|weeks|months|years|decades|centuries|quarters/i],
    re: re(`${B}${LEAD}(?:(past|last|next|coming|recent|previous|following|early|ensuing|intervening)\\s+)?(?:(few|several|many|couple\\s+of)\\s+)?(seconds|minutes|hours|days|weeks|months|years|decades|centuries|quarters)(?:-long)?${E}`),
    make: (m, ctx): Made | null => {
      const unit = unitOf(m[4]);
      if (!unit) return null;
      let start = m.index;
      const lead = m[1]?.toLowerCase();
      if (lead && lead !== 'the') start = lead.endsWith('the') ? m.index + m[0].toLowerCase().indexOf('the') : m.index + lead.length + 1;
      // "in the weeks before": just "weeks"; "the past few weeks" keeps its article.
      if (lead && /the$/.test(lead) && !m[2]) start = m.index + m[0].length - m[0].trimStart().replace(/^(?:(?:the|for|over|in|within|during)\s+)+/i, '').length;
      const end = m.index + m[0].length;
      const after = ctx.s.slice(end, end + 12);
      if (testLong(/^\s+(?:ago|earlier|later|old)\b/i, after)) return null;
      if (testShort(/^\s*-/, after, '-')) return null;
      // "in the early hours (of Thursday)", "the small hours" are a time of night, not a stretch of hours: with a day
      // after "of", that day alone is marked (as TimeML marks it); without one, a report's "struck in the early hours"
      // is the start of the morning of the article's day.
      if (unit === 'H' && (m[2]?.toLowerCase() === 'early' || testLong(/\b(?:small|wee)\s+$/i, ctx.s.slice(Math.max(0, start - 6), start)))) {
        const the = m[2] ? (lead?.endsWith('the') ? start : -1) : start - (/\b[Tt]he\s+(?:small|wee)\s+$/.exec(ctx.s.slice(Math.max(0, start - 10), start))?.[0].length ?? start + 1);
        if (the < 0 || !ctx.ref || /^\s+of\b/.test(after)) return null;
        return { start: the, end, type: 'TIME', value: `${fmtDay(ctx.ref)}TMO`, mod: 'START', inferred: [], relative: true };
      }
      // "the working hours", "business hours in Beijing", "opening hours", "Sunday hours": a time of day kept, not a stretch of hours.
      if (unit === 'H' && !m[2] && !m[3] && testLong(/\b(?:working|business|office|opening|visiting|peak|school|trading|waking|daylight|daytime|evening|night|off|core|(?:mon|tues|wednes|thurs|fri|satur|sun|week)days?|weekend)\s+$/i, ctx.s.slice(Math.max(0, start - 12), start))) return null;
      // "three quarters of voters", "living quarters": bare "quarters" is a share or a place, not a stretch of time.
      if (unit === 'Q' && !m[2] && !m[3]) return null;
      if (inName(ctx.s, m)) return null;
      // "the minutes of the meeting", "the Fed's minutes showed": a record, not a stretch of minutes.
      // ("Minutes of the Federal Open Market Committee meeting", "Minutes from this week's meeting" opening a line or a
      // sentence: the record's title; "within minutes of the meeting" in lower case stays a stretch.)
      if (unit === 'MIN' && !m[2] && !m[3] && m[4].charCodeAt(0) === 77 && testLong(MINUTES_OF_MEETING_AFTER, ctx.s.slice(end, end + 100))) return null;
      if (unit === 'MIN' && !m[2] && !m[3] && (testLong(MINUTES_RECORD_AFTER, after) || /(?:['’]s|\bmeeting|\bthe)\s+$/i.test(ctx.s.slice(Math.max(0, start - 9), start)) && /^\s+(?:of|from|show|released|published)/i.test(after))) return null;
      // "the interwar years", "the Thatcher years", "the postwar decades": an era named by the word before, no stretch
      // of some years; "the years from 1945 to 1965", "the years between the wars": the stretch the words after give.
      if ((unit === 'Y' || unit === 'DE') && !m[2] && !m[3] && (testLong(ERA_BEFORE_RE, ctx.s.slice(Math.max(0, start - 24), start)) || (/\bthe\s+$/i.test(ctx.s.slice(Math.max(0, start - 5), start)) && testLong(YEARS_SPAN_AFTER_RE, after + ctx.s.slice(end + 12, end + 24))))) return null;
      // "the dark days of one-party rule", "the heady days of the boom", "the good old days": an era named by how it felt,
      // no stretch of some days.
      if (unit === 'D' && !m[2] && !m[3] && ctx.s.charCodeAt(start - 1) === 32 && testLong(ERA_DAYS_BEFORE_RE, ctx.s.slice(Math.max(0, start - 20), start))) return null;
      // Bare plurals after a number are durations found by the other rule.
      if (testShort(/\d\s*$/, ctx.s.slice(Math.max(0, start - 3), start), '0123456789')) return null;
      const which = (m[2] ?? '').toLowerCase();
      if ((which === 'coming' || (which === 'next' && lead && /the$/.test(lead))) && !m[3] && /s$/.test(m[4]) && unit !== 'H') {
        return { start, end, type: 'DATE', value: 'FUTURE_REF', inferred: [], relative: false };
      }
      // "in recent years", "in past years": some time ago rather than a measured stretch.
      if ((which === 'recent' || (which === 'past' && !lead)) && unit === 'Y' && !m[3]) return { start, end, type: 'DATE', value: 'PAST_REF', inferred: [], relative: false };
      return { start, end, type: 'DURATION', value: durationValue(null, unit), inferred: [], relative: false };
    },
    priority: 1,
  },
  {
    // daily, weekly, annually, quarterly; "twice daily" (freq 2X)
    name: 'set-adverb',
    reach: 8,
    hint: /daily|nightly|weekly|monthly|annually|yearly|hourly|biennially|quarterly/i,
    re: re(`${B}(daily|nightly|fortnightly|weekly|biweekly|monthly|quarterly|annually|yearly|hourly|biannually|semi-?annually|biennially)${E}`),
    make: (m, ctx) => {
      // "People's Daily", "the Daily Telegraph": a newspaper's name.
      if (isAsciiUpperCode(m[1].charCodeAt(0)) && m.index > 0 && /(?:\p{Lu}[\p{L}'\u2019]{0,40}|['\u2019]s)\s+$/u.test(ctx.s.slice(Math.max(0, m.index - 24), m.index))) return null;
      // "the Daily Courier", "Weekly Standard": a newspaper's name, a name's word after it ("Daily In Gaza" is a title's).
      if (isAsciiUpperCode(m[1].charCodeAt(0)) && NAME_AFTER_SET_RE.test(ctx.s.slice(m.index + m[0].length, m.index + m[0].length + 16))) return null;
      // ("business daily Kommersant", "the weekly Der Spiegel", "the Israeli daily reported": a newspaper, before its name or
      // its verb of saying.)
      if ((m[1] === 'daily' || m[1] === 'weekly') && m.index > 0 && paperAt(ctx.s, m.index, m.index + m[0].length)) return null;
      const value = SET_WORDS[m[1].toLowerCase()];
      if (!value) return null;
      // "its quarterly dividend", "quarterly results": an adjective that names a period's figures, not a repetition.
      if (m[1].toLowerCase() === 'quarterly' && /^\s+[a-z]/i.test(ctx.s.slice(m.index + m[0].length, m.index + m[0].length + 3)) && !/^\s+(?:and|or|in|on|at|from|since|until|through|by|to|for|as)\b/i.test(ctx.s.slice(m.index + m[0].length, m.index + m[0].length + 10))) return null;
      const set: Made = { start: m.index, end: m.index + m[0].length, type: 'SET', value, inferred: [], relative: false };
      const freq = freqBefore(ctx.s, m.index);
      if (freq) set.freq = freq;
      return set;
    },
    priority: 3,
  },
  {
    // weekdays, every weekday: a set of the working days (as a TIMEX3 value, XXXX-WXX-WD)
    name: 'set-weekdays',
    reach: 12,
    hint: /weekday/i,
    re: re(`${B}(?:(?:every|each)\\s+weekday|weekdays)${E}`),
    make: (m, ctx): Made | null => {
      // ("the weekdays' names": no set.)
      if (/^['\u2019]/.test(ctx.s.slice(m.index + m[0].length, m.index + m[0].length + 1))) return null;
      return { start: m.index, end: m.index + m[0].length, type: 'SET', value: 'XXXX-WXX-WD', inferred: [], relative: false };
    },
    priority: 4,
  },
  {
    // every week, each year, per month, every other day, every three years, each Thursday, every July, every
    // summer, every morning
    name: 'set-every',
    reach: 12,
    hint: /every|each|per\b/i,
    re: re(`${B}(every|each|per)\\s+(?:(other)\\s+)?(?:(${NUM_RE})\\s+)?(${UNIT_RE}|${WEEKDAY_RE}|${MONTH_RE}|${SEASON_RE}|morning|afternoon|evening|half[\\s-]hour)${E}(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:.,]\\d))?(?:\\s+(morning|afternoon|evening|night)${E})?`),
    make: (m): Made | null => {
      // "every half hour", "every half-hour": every 30 minutes.
      if (/^half/i.test(m[4])) return m[2] || m[3] ? null : { start: m.index, end: m.index + m[0].length, type: 'SET', value: 'PT30M', inferred: [], relative: false };
      const word = m[4].toLowerCase().replace(/\.$/, '');
      const start = m.index;
      const wd = WEEKDAYS[word.replace(/s$/, '')];
      const mo = MONTHS[word];
      // "every November 4", "every 4 November": that day of every year (a day's number after anything but a month is
      // no part of the set, nor is a month's day after "other").
      const day = mo && !unitOf(word) && !m[2] ? dayOfMonth(m[5] ?? (m[3] && /^\d{1,2}$/.test(m[3]) ? m[3] : undefined), mo) : null;
      if (day) {
        const dayEnd = m.index + m[0].length - (m[6] ? m[0].length - m[0].lastIndexOf(m[6]) : 0);
        return { start, end: m.index + m[0].slice(0, dayEnd - m.index).trimEnd().length, type: 'SET', value: `XXXX-${String(mo).padStart(2, '0')}-${String(day).padStart(2, '0')}`, inferred: [], relative: false };
      }
      // ("every Thursday night": that part of every such day; a part after anything else is no part of the set.)
      const cut = m[5] !== undefined ? m[0].length - m[0].lastIndexOf(m[5]) : m[6] && !wd ? m[0].length - m[0].lastIndexOf(m[6]) : 0;
      const end = m.index + (cut ? m[0].slice(0, m[0].length - cut).trimEnd().length : m[0].length);
      if (wd) return { start, end, type: 'SET', value: `XXXX-WXX-${wd}${m[6] && m[5] === undefined ? `T${PART_OF_DAY[m[6].toLowerCase()]}` : ''}`, inferred: [], relative: false };
      // A season or a part of the day, every one of them (not "every other", not counted).
      const part = SEASONS[word] ?? DAY_PARTS[word];
      if (part) return m[2] || m[3] ? null : { start, end, type: 'SET', value: SEASONS[word] ? `XXXX-${part}` : `XXXX-XX-XXT${part}`, inferred: [], relative: false };
      if (mo && !unitOf(word) && (!m[3] || m[2])) return { start, end, type: 'SET', value: `XXXX-${String(mo).padStart(2, '0')}`, inferred: [], relative: false };
      const unit = unitOf(word);
      if (!unit) return null;
      // "every night", "each weekend": that part of every day, every weekend (XXXX-XX-XXTNI, XXXX-WXX-WE), as "every
      // morning" is; "every two nights", "every other weekend" stay counts of days and weeks.
      if (!m[2] && !m[3] && (word === 'night' || unit === 'WE')) return { start, end, type: 'SET', value: word === 'night' ? 'XXXX-XX-XXTNI' : 'XXXX-WXX-WE', inferred: [], relative: false };
      let n = m[3] ? parseNumber(m[3]) : 1;
      if (n === null) return null;
      n *= perUnit(word);
      if (m[2]) n *= 2;
      if (/^per$/i.test(m[1]) && unit === 'S') return null;
      const value = unit === 'Q' ? `P${n}Q` : durationValue(n, unit === 'WE' ? 'W' : unit);
      return { start, end, type: 'SET', value, inferred: [], relative: false };
    },
    priority: 4,
  },
];
