// Words of temporal language: months, weekdays, units, number words, and their regex fragments.
import { dropFinalS, hasSpace, startsWithDigit } from './textTests';
import { isSpaceCode } from '../chars';

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
};

export const WEEKDAYS: Record<string, number> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};

/** The months' names as written in running text, January first. */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Full month names and abbreviations (an abbreviation may carry a dot). "May"/"March" need context elsewhere. */
export const MONTH_RE =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?)';
/** Month names safe to take alone (not also common words). */
export const SAFE_MONTH_RE =
  '(?:january|february|april|june|july|august|september|october|november|december|(?:jan|feb|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.)';
/** The weekdays' full names, lower case. */
export const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
export const WEEKDAY_RE = `(?:${WEEKDAY_NAMES.map((d) => `${d}s?`).join('|')})`;
/** The weekdays as written in running text ("Monday"), for case-sensitive patterns. */
export const WEEKDAY_CAPS_RE = `(?:${WEEKDAY_NAMES.map((d) => d[0].toUpperCase() + d.slice(1)).join('|')})`;
export const SEASON_RE = '(?:spring|summer|fall|autumn|winter)';
export const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
export const PART_OF_DAY: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI', tonight: 'NI',
};

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  a: 1, an: 1, single: 1, couple: 2, dozen: 12, hundred: 100,
};

export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, final: 4, last: 4,
};

const DAY_UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const DAY_TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
/** Days of the month written as ordinal words ("the twelfth of March", "the twenty-first"). */
export const ORDINAL_DAY_RE = `(?:(?:twenty|thirty)[\\s-]?(?:${DAY_UNITS.join('|')})|${[...DAY_UNITS, ...DAY_TEENS, 'twentieth', 'thirtieth'].join('|')})`;

/** The day an ordinal word names (1-31), or 0. */
export function ordinalDay(word: string): number {
  const w = word.toLowerCase();
  if (w === 'twentieth') return 20;
  if (w === 'thirtieth') return 30;
  const ten = w.startsWith('twenty') ? 20 : w.startsWith('thirty') ? 30 : 0;
  const rest = ten ? w.slice(6).replace(/^[\s-]+/, '') : w;
  const unit = DAY_UNITS.indexOf(rest);
  if (unit >= 0) return ten + unit + 1;
  const teen = DAY_TEENS.indexOf(rest);
  return !ten && teen >= 0 ? teen + 10 : 0;
}

/** A cardinal number in words or digits ("twenty four", "twenty-four", "two hundred and fifty", "1 1/2", "a couple of", "several"). */
export const NUM_RE =
  "(?:\\d+(?:[.,]\\d+)?(?:\\s+\\d/\\d)?|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)|(?:one|two|three|four|five|six|seven|eight|nine)\\s+hundred(?:\\s+and\\s+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?(?![\\w-])|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\\s+couple\\s+of|a\\s+few|a\\s+dozen|several|few|many|some|a|an|a\\s+half|one\\s+hundred|a\\s+hundred)";
/** What may follow a number before its unit: "three and a half years" (parseNumber reads it). */
export const AND_A_HALF = '(?:\\s+and\\s+a\\s+half)?';

/** The value of a number phrase; null for vague amounts ("several", "a few"). */
export function parseNumber(s: string): number | null {
  const lower = s.toLowerCase();
  // Without blanks the whitespace clean-up changes nothing (the regexes below likewise run only when they can match).
  const t = hasSpace(lower) ? lower.replace(/\s+/g, ' ').trim() : lower;
  if (t.endsWith(' and a half')) {
    const whole = parseNumber(t.slice(0, -11));
    return whole === null ? null : whole + 0.5;
  }
  if (startsWithDigit(t)) {
    const frac = t.includes('/') ? /^(\d+)\s+(\d)\/(\d)$/.exec(t) : null;
    if (frac) return Number(frac[1]) + Number(frac[2]) / Number(frac[3]);
    const n = Number(t.includes(',') ? t.replace(/,/g, '') : t);
    return Number.isFinite(n) ? n : null;
  }
  if (t === 'several' || t === 'few' || t === 'a few' || t === 'many' || t === 'some') return null;
  if (t === 'a couple of') return 2;
  if (t === 'a dozen') return 12;
  if (t === 'a half') return 0.5;
  if (t === 'one hundred' || t === 'a hundred') return 100;
  // The words between hyphens and spaces, as t.split(/[- ]/) gives them (empty ones included).
  let total = 0;
  let from = 0;
  for (let i = 0; i <= t.length; i++) {
    const c = i < t.length ? t.charCodeAt(i) : -1;
    if (c !== 45 && c !== 32 && c !== -1) continue;
    const w = t.slice(from, i);
    // ("two hundred and fifty": the hundreds multiply what comes before them, and "and" joins the rest.)
    if (w === 'hundred' && total > 0) total *= 100;
    else if (w !== 'and' || total < 100) {
      const v = SMALL[w];
      if (v === undefined) return null;
      total += v;
    }
    from = i + 1;
  }
  return total;
}

export type Unit = 'S' | 'MIN' | 'H' | 'D' | 'W' | 'WE' | 'M' | 'Q' | 'Y' | 'DE' | 'CE';

/** Unit words, singular or plural. */
export const UNIT_RE =
  '(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?|century|centuries)';

/** How many of its unit a unit word counts: a fortnight is two weeks; every other word one. */
export function perUnit(word: string): number {
  // (Compared by code, not /^fortnights?$/i: unit words come one-byte and two-byte, and the regex would compile twice.)
  const n = word.length;
  if (n !== 9 && !(n === 10 && (word.charCodeAt(9) | 32) === 115)) return 1;
  for (let i = 0; i < 9; i++) if ((word.charCodeAt(i) | 32) !== 'fortnight'.charCodeAt(i)) return 1;
  return 2;
}

/** The unit a word names ("weeks" -> W), or null. */
export function unitOf(word: string): Unit | null {
  let w = dropFinalS(word.toLowerCase());
  if (w.endsWith('ie')) w = `${w.slice(0, -2)}y`;
  switch (w) {
    case 'second': return 'S';
    case 'minute': return 'MIN';
    case 'hour': return 'H';
    case 'day': case 'night': return 'D';
    case 'week': case 'fortnight': return 'W';
    case 'weekend': return 'WE';
    case 'month': return 'M';
    case 'quarter': return 'Q';
    case 'year': return 'Y';
    case 'decade': return 'DE';
    case 'century': case 'centurie': return 'CE';
    default: return null;
  }
}

/** A TIMEX3 duration: P5Y, PT3H, PXM (vague amount). Fractions become the next unit down where simple. */
export function durationValue(n: number | null, unit: Unit): string {
  if (unit === 'WE') return n === null ? 'PXWE' : `P${n * 2}D`;
  const letters: Record<Unit, string> = { S: 'S', MIN: 'M', H: 'H', D: 'D', W: 'W', WE: 'D', M: 'M', Q: 'Q', Y: 'Y', DE: 'DE', CE: 'CE' };
  const time = unit === 'S' || unit === 'MIN' || unit === 'H';
  const prefix = time ? 'PT' : 'P';
  if (n === null) {
    if (unit === 'DE') return 'PXDE';
    if (unit === 'CE') return 'PXCE';
    return `${prefix}X${letters[unit]}`;
  }
  if (unit === 'DE') return `P${n * 10}Y`;
  if (unit === 'CE') return `P${n * 100}Y`;
  if (unit === 'Q') return `P${n * 3}M`;
  if (!Number.isInteger(n)) {
    const whole = Math.floor(n);
    if (unit === 'Y' && Number.isInteger(n * 12)) return whole ? `P${whole}Y${Math.round((n - whole) * 12)}M` : `P${n * 12}M`;
    if (unit === 'MIN') return `PT${whole ? `${whole}M` : ''}${Math.round((n - whole) * 60)}S`;
    if (unit === 'H') return `PT${whole ? `${whole}H` : ''}${Math.round((n - whole) * 60)}M`;
    if (unit === 'D' && Number.isInteger(n * 24)) return `PT${n * 24}H`;
    if (unit === 'M' && Number.isInteger(n * 2)) return `P${Math.round(n * 30)}D`;
    return `${prefix}${n}${letters[unit]}`;
  }
  return `${prefix}${n}${letters[unit]}`;
}

const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
/** A year said in words, as in broadcast transcripts: "nineteen ninety-six", "two thousand one". */
export const SPOKEN_YEAR_RE = `(?:(?:nineteen|eighteen)[\\s-]+(?:hundred(?:\\s+and)?[\\s-]+)?(?:${TEENS}|(?:${TENS})(?:[\\s-](?:${UNITS}))?|oh[\\s-](?:${UNITS}))|two\\s+thousand(?:(?:\\s+and)?[\\s-]+(?:${TEENS}|(?:${TENS})(?:[\\s-](?:${UNITS}))?|${UNITS}))?)`;

/** The number of a spoken year; null when it is not one. */
export function parseSpokenYear(s: string): number | null {
  // The words between blanks and hyphens, read by code (/\s+/ splits one-byte and two-byte strings elsewhere: two compiles).
  const lower = s.toLowerCase();
  const w: string[] = [];
  for (let i = 0; i < lower.length; ) {
    while (i < lower.length && (lower.charCodeAt(i) === 45 || isSpaceCode(lower.charCodeAt(i)))) i++;
    const from = i;
    while (i < lower.length && lower.charCodeAt(i) !== 45 && !isSpaceCode(lower.charCodeAt(i))) i++;
    const x = lower.slice(from, i);
    if (x && x !== 'and' && x !== 'oh') w.push(x);
  }
  if (w[0] === 'two' && w[1] === 'thousand') {
    const rest = w.slice(2).join(' ');
    return 2000 + (rest ? (parseNumber(rest) ?? 0) : 0);
  }
  const century = parseNumber(w[0] ?? '');
  if (century === null) return null;
  const rest = w.slice(w[1] === 'hundred' ? 2 : 1).join(' ');
  const n = rest ? parseNumber(rest) : 0;
  return n === null ? null : century * 100 + n;
}

/** Cheap tests (on lower-cased text) that a chunk holds a month name or a unit word at all. */
export const MONTH_HINT = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
export const UNIT_HINT = /second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur|period/i;
/** The same words at the start of a word: where the rules find a month name or a unit, no word character precedes it. */
export const MONTH_WORD_HINT = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
export const UNIT_WORD_HINT = /\b(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur|period)/i;
/** A digit anywhere (kept out of the merged hint scan, see triggers.ts). */
export const DIGIT_HINT = /\d/;
