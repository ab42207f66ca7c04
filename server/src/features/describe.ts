// Puts TIMEX3 values into words for hovers, inlay hints and the CLI.
import type { ArticleModel, DateAnnotation, FiscalPart } from '../analysis/types';
import { addDays, isoWeekMonday, SEASON_START } from '../analysis/dates/calendar';
import { MONTH_NAMES as MONTHS } from '../analysis/dates/lexicon';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', AU: 'autumn', WI: 'winter' };
const REFS: Record<string, string> = {
  PAST_REF: 'some time in the past',
  PRESENT_REF: 'the present',
  FUTURE_REF: 'some time in the future',
};
const MODS: Record<string, string> = {
  START: 'early',
  MID: 'mid',
  END: 'late',
  BEFORE: 'before',
  AFTER: 'after',
  ON_OR_BEFORE: 'no later than',
  ON_OR_AFTER: 'no earlier than',
  APPROX: 'about',
  EQUAL_OR_LESS: 'at most',
  EQUAL_OR_MORE: 'at least',
  LESS_THAN: 'less than',
  MORE_THAN: 'more than',
};
const WEEK_MODS: Record<string, string> = { START: 'early in', MID: 'in the middle of', END: 'late in' };
const UNITS: Record<string, [string, string]> = {
  Y: ['year', 'years'],
  M: ['month', 'months'],
  W: ['week', 'weeks'],
  D: ['day', 'days'],
  H: ['hour', 'hours'],
  MIN: ['minute', 'minutes'],
  S: ['second', 'seconds'],
  DE: ['decade', 'decades'],
  CE: ['century', 'centuries'],
  Q: ['quarter', 'quarters'],
};

/** Parses a calendar date value (YYYY-MM-DD) into a UTC Date, or null. */
export function parseDay(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  // (setUTCFullYear, not Date.UTC, which reads the years 0-99 as 1900-1999: "AD 70" is no 1970.)
  const d = new Date(0);
  d.setUTCFullYear(+m[1], +m[2] - 1, +m[3]);
  return d.getUTCMonth() === +m[2] - 1 ? d : null;
}

function dayInWords(d: Date): string {
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${yearInWords(d.getUTCFullYear())}`;
}

/** A year of the common era: "2025", and "AD 70" for one of fewer than four figures, not "0070". */
function yearInWords(y: number | string): string {
  return +y < 1000 ? `AD ${+y}` : String(y);
}

/** A value before Christ ("BC0044", "BC0044-03-15", "BC04" the 5th century BC) in words, or null. */
function beforeChrist(value: string): string | null {
  const m = /^BC(\d{2}|\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
  if (!m) return null;
  if (m[1].length === 2) return m[2] ? null : `the ${+m[1] + 1}${ordinalSuffix(+m[1] + 1)} century BC`;
  const month = m[2] ? MONTHS[+m[2] - 1] : '';
  if (m[2] && !month) return null;
  return `${m[3] ? `${+m[3]} ` : ''}${month ? `${month} ` : ''}${+m[1]} BC`;
}

function durationInWords(value: string): string {
  const m = /^P(T?)(\d+(?:\.\d+)?|X)(Y|M|W|D|H|S|DE|CE|Q)$/.exec(value);
  if (!m) return compoundDuration(value) ?? value;
  const unit = m[1] && m[3] === 'M' ? 'MIN' : m[3];
  const [one, many] = UNITS[unit] ?? [unit, unit];
  if (m[2] === 'X') return `some ${many}`;
  return m[2] === '1' ? `1 ${one}` : `${m[2]} ${many}`;
}

/** A duration of several units ("P1Y6M", "PT5H30M", "P2DT3H") in words: "1 year and 6 months", or null. */
function compoundDuration(value: string): string | null {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(value);
  if (!m) return null;
  const parts: string[] = [];
  ['Y', 'M', 'W', 'D', 'H', 'MIN', 'S'].forEach((unit, i) => {
    const n = m[i + 1];
    if (n !== undefined) parts.push(`${+n} ${UNITS[unit][+n === 1 ? 0 : 1]}`);
  });
  if (parts.length < 2) return null;
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** The value of a TIMEX3 without its mod, in words ("Thursday 13 November 2025", "October 2025", "5 years"). */
export function valueInWords(type: string, value: string): string {
  if (REFS[value]) return REFS[value];
  if (type === 'DURATION') return durationInWords(value);
  let m: RegExpExecArray | null;
  if (type === 'SET') {
    // "every Monday" (XXXX-WXX-1), "every summer" (XXXX-SU): a calendar pattern repeated.
    const day = anyWeekday(value);
    if (day) return `every ${day}`;
    if ((m = /^XXXX-(SP|SU|FA|AU|WI)$/.exec(value))) return `every ${SEASONS[m[1]]}`;
    if ((m = /^XXXX-XX-XXT(MO|AF|EV|NI)$/.exec(value))) return `every ${PARTS[m[1]]}`;
    // "each July", "every 4 November", "weekdays", "daily at 06:00": a month, a day of the year or of the week.
    if ((m = /^XXXX-(\d{2})(?:-(\d{2}))?$/.exec(value)) && MONTHS[+m[1] - 1]) return `every ${m[2] ? `${+m[2]} ` : ''}${MONTHS[+m[1] - 1]}`;
    if ((m = /^XXXX-Q([1-4])$/.exec(value))) return `every Q${m[1]}`;
    if (value === 'XXXX-WXX-WD') return 'every weekday';
    if (value === 'XXXX-WXX-WE') return 'every weekend';
    if (value === 'XXXX-WXX') return 'every week';
    if ((m = /^XXXX-XX-XX(?:T(\d{2}):(\d{2}))?$/.exec(value))) return m[1] ? `every day at ${m[1]}:${m[2]}` : 'every day';
    const d = durationInWords(value);
    return /^1 /.test(d) ? `every ${d.slice(2)}` : `every ${d}`;
  }
  if (value.charCodeAt(0) === 66) {
    const bc = beforeChrist(value);
    if (bc) return bc;
  }
  const partly = partlyKnown(value);
  if (partly) return partly;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value))) {
    const d = parseDay(value);
    // ("midnight on Nov. 21", the deadline's 24:00: the midnight that ends the day, not the one that begins it.)
    return `${d ? dayInWords(d) : value.slice(0, 10)}, ${m[4]}:${m[5]}${m[4] === '24' ? " (midnight, at the day's end)" : ''}`;
  }
  if ((m = /^(\d{4})-(\d{2})-(\d{2})T(MO|AF|EV|NI)$/.exec(value))) {
    const d = parseDay(value);
    return `${d ? dayInWords(d) : value.slice(0, 10)}, ${PARTS[m[4]]}`;
  }
  const day = parseDay(value);
  if (day && value.length === 10) return dayInWords(day);
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return `${MONTHS[+m[2] - 1] ?? m[2]} ${yearInWords(m[1])}`;
  if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) {
    const mon = isoWeekMonday(+m[1], +m[2]);
    return `the week of ${mon.d} ${MONTHS[mon.m - 1]} ${mon.y}`;
  }
  if ((m = /^(\d{4})-W(\d{2})-WE$/.exec(value))) return weekendInWords(+m[1], +m[2]);
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return `Q${m[2]} ${m[1]}`;
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return `${m[2] === '1' ? 'first' : 'second'} half of ${m[1]}`;
  if ((m = /^(\d{4})-(SP|SU|FA|AU|WI)$/.exec(value))) return `${SEASONS[m[2]]} ${m[1]}`;
  if ((m = /^(\d{4})$/.exec(value))) return yearInWords(m[1]);
  if ((m = /^(\d{3})$/.exec(value))) return `the ${m[1]}0s`;
  if ((m = /^(\d{2})$/.exec(value))) return `the ${+m[1] + 1}${ordinalSuffix(+m[1] + 1)} century`;
  return value;
}

const PARTS: Record<string, string> = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night' };

/** A weekday of no known week, maybe with a part of the day ("XXXX-WXX-4TNI": "Thursday night"), or null. */
function anyWeekday(value: string): string | null {
  const m = /^XXXX-WXX-([1-7])(?:T(MO|AF|EV|NI))?$/.exec(value);
  return m ? `${WEEKDAYS[+m[1] % 7]}${m[2] ? ` ${PARTS[m[2]]}` : ''}` : null;
}

/**
 * Values with unknown parts (TIMEX3 writes them as X): what is known, in words ("a Thursday", "13 November
 * (year unknown)", "a quarter of 1989"), or null for a value without any.
 */
function partlyKnown(value: string): string | null {
  if (!value.includes('X')) return null;
  let m: RegExpExecArray | null;
  const day = anyWeekday(value);
  if (day) return `a ${day} (date unknown)`;
  if (value === 'XXXX-WXX-WE') return 'a weekend (date unknown)';
  if ((m = /^XXXX-(\d{2})-(\d{2})$/.exec(value))) return `${+m[2]} ${MONTHS[+m[1] - 1] ?? m[1]} (year unknown)`;
  if ((m = /^XXXX-(\d{2})$/.exec(value))) return `${MONTHS[+m[1] - 1] ?? m[1]} (year unknown)`;
  if ((m = /^XXXX-XX-XXT(\d{2}):(\d{2})$/.exec(value))) return `${m[1]}:${m[2]} (day unknown)`;
  if ((m = /^XXXX-Q([1-4])$/.exec(value))) return `Q${m[1]} (year unknown)`;
  if ((m = /^XXXX-(SP|SU|FA|AU|WI)$/.exec(value))) return `${SEASONS[m[1]]} (year unknown)`;
  if ((m = /^(\d{4})-QX$/.exec(value))) return `a quarter of ${m[1]}`;
  if ((m = /^(\d{4})-WXX$/.exec(value))) return `a week of ${m[1]}`;
  if ((m = /^(\d{4})-XX$/.exec(value))) return `a month of ${m[1]}`;
  // "Diwali" (2025-XX-XX): a day of a known year, its day not worked out.
  if ((m = /^(\d{4})-XX-XX$/.exec(value))) return `a day of ${m[1]}`;
  if ((m = /^XXXX-XX-(\d{2})$/.exec(value))) return `the ${+m[1]}${ordinalSuffix(+m[1])} of a month (month unknown)`;
  if ((m = /^XXXX-XX-XXT(MO|AF|EV|NI)$/.exec(value))) return `${/^[ae]/.test(PARTS[m[1]]) ? 'an' : 'a'} ${PARTS[m[1]]} (day unknown)`;
  if ((m = /^XXXX-H([12])$/.exec(value))) return `${m[1] === '1' ? 'first' : 'second'} half (year unknown)`;
  if (value === 'XXXX-XX-XX') return 'a day (date unknown)';
  if (value === 'XXX') return 'a decade (date unknown)';
  if (value === 'XX') return 'a century (date unknown)';
  // ("the week" with no date to count from: "a week (date unknown)", as "a weekend (date unknown)".)
  if (value === 'XXXX-WXX') return 'a week (date unknown)';
  if (value === 'XXXX-XX') return 'a month (date unknown)';
  if (value === 'XXXX-QX') return 'a quarter (date unknown)';
  if (/^XXXX(?:-[QW]?XX?)?$/.test(value)) return 'date unknown';
  return null;
}

/** The weekend of an ISO week: "the weekend of 8-9 November 2025" (its Saturday and Sunday). */
function weekendInWords(year: number, week: number): string {
  const sat = addDays(isoWeekMonday(year, week), 5);
  const sun = addDays(sat, 1);
  const satText = sat.m === sun.m ? `${sat.d}` : `${sat.d} ${MONTHS[sat.m - 1]}${sat.y === sun.y ? '' : ` ${sat.y}`}`;
  return `the weekend of ${satText}-${sun.d} ${MONTHS[sun.m - 1]} ${sun.y}`;
}

function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/**
 * A quarter or half of a fiscal year, with the calendar months it covers where known: "Q1 of the fiscal year 2025-26
 * (April to June 2025)", "the second half of fiscal 2026".
 */
function fiscalPartInWords(value: string, fiscal: FiscalPart): string {
  const m = /^\d{4}-([QH])([1-4])$/.exec(value);
  if (!m) return valueInWords('DATE', value);
  const part = m[1] === 'Q' ? `Q${m[2]}` : `the ${m[2] === '1' ? 'first' : 'second'} half`;
  const year = fiscal.year.length > 4 ? `the fiscal year ${fiscal.year}` : `fiscal ${fiscal.year}`;
  if (!fiscal.from || !fiscal.to) return `${part} of ${year}`;
  const from = valueInWords('DATE', fiscal.from);
  const to = valueInWords('DATE', fiscal.to);
  // ("April to June 2025", not "April 2025 to June 2025"; "October 2025 to March 2026" across a new year.)
  const sameYear = fiscal.from.slice(0, 4) === fiscal.to.slice(0, 4);
  return `${part} of ${year} (${sameYear ? from.slice(0, from.lastIndexOf(' ')) : from} to ${to})`;
}

/** A date annotation in words, with its mod ("early October 2025", "no later than late September 2025"). */
export function dateInWords(d: Pick<DateAnnotation, 'type' | 'value' | 'mod'> & { freq?: string; through?: string; zone?: string; text?: string; calendar?: string; fiscal?: FiscalPart }): string {
  let words = d.fiscal ? fiscalPartInWords(d.value, d.fiscal) : valueInWords(d.type, d.value);
  // "the Iranian year 1404": from Nowruz in March 2025 into 2026, not the Gregorian year 2025 it is labelled by.
  if (d.calendar === 'persian' && /^\d{4}$/.test(d.value)) words = `the Iranian year from March ${d.value} into ${+d.value + 1}`;
  // "fiscal 2025", "FY2024": a fiscal year is named so, not given as the calendar year of its label.
  if (d.text && namesFiscalYear(d)) words = `fiscal year ${words}`;
  // "Thursday 13 November 2025, 21:00 EST": a clock time with the zone the text gives it, as the text wrote it.
  const zone = clockZone(d);
  if (zone && d.type === 'TIME' && /T\d\d:\d\d(?::\d\d)?$/.test(d.value)) words = words.replace(/\d\d:\d\d(?::\d\d)?/, (clock) => `${clock} ${zone}`);
  // "2024-25": a financial year or a season, from one year into the next.
  if (d.through) words = `the ${words.startsWith('fiscal') ? 'fiscal ' : ''}year from ${d.value} into ${valueInWords(d.type, d.through)}`;
  // "twice a year": a set's frequency (freq 2X) in the period it repeats over.
  const times = d.type === 'SET' && d.freq ? /^(\d+)X$/.exec(d.freq) : null;
  if (times && words.startsWith('every ')) {
    // "twice a year", "twice an hour"; "twice every 2 years", "twice every Monday" where the period is no one unit.
    const per = words.slice(6);
    const unit = /^P(?:T\d+[HMS]|\d+[YMWDQ]|\d+DE|\d+CE)$/.test(d.value) && !/^\d/.test(per);
    words = `${times[1] === '1' ? 'once' : times[1] === '2' ? 'twice' : `${times[1]} times`} ${unit ? (/^h/.test(per) ? 'an' : 'a') : 'every'} ${per}`;
  }
  // ("some years" is no figure to be about: not "about some years".)
  if (!d.mod || (d.mod === 'APPROX' && words.startsWith('some '))) return words;
  const mod = MODS[d.mod] ?? d.mod.toLowerCase();
  // "late in the night of Thursday 13 November 2025", not "late Thursday 13 November 2025, night".
  // ("before the night of Thursday 13 November 2025", not "before Thursday 13 November 2025, night".)
  const part = d.type === 'TIME' ? /^(\d{4}-\d{2}-\d{2})T(MO|AF|EV|NI)$/.exec(d.value) : null;
  if (part) {
    const day = valueInWords('DATE', part[1]);
    return `${WEEK_MODS[d.mod] ?? mod} the ${PARTS[part[2]]} of ${day}`;
  }
  // "Friday 5 March 2021, about 06:30", "..., no later than 17:00": the mod is the clock's, not the day's.
  const clock = d.type === 'TIME' && !WEEK_MODS[d.mod] ? /^(.+, )(\d\d:\d\d.*)$/.exec(words) : null;
  if (clock) return `${clock[1]}${mod} ${clock[2]}`;
  // "late in the week of 3 March 2025", "late on a Thursday night (date unknown)", not "late a Thursday night".
  if (words.startsWith('the week') && WEEK_MODS[d.mod]) return `${WEEK_MODS[d.mod]} ${words}`;
  if (words.startsWith('a ') && WEEK_MODS[d.mod]) {
    const on = !/^a (?:decade|century|year|quarter|month|week)\b/.test(words);
    return `${on ? WEEK_MODS[d.mod].replace(/ in$/, ' on') : WEEK_MODS[d.mod]} ${words}`;
  }
  // ("the start of the year" with no year known: not "early date unknown".)
  if (words === 'date unknown' && WEEK_MODS[d.mod]) return `${WEEK_MODS[d.mod]} a year (date unknown)`;
  // "mid-2024", "the mid-1990s", "the early 1990s" (not "early the 1990s").
  const the = words.startsWith('the ') && (d.mod === 'START' || d.mod === 'MID' || d.mod === 'END');
  const rest = the ? words.slice(4) : words;
  // ("early in the first half of 2025", "before the first half of 2025", not "early first half of 2025".)
  if (/^(?:first|second) half/.test(rest)) return WEEK_MODS[d.mod] ? `${WEEK_MODS[d.mod]} the ${rest}` : `${mod} the ${rest}`;
  // ("mid-summer 2025", as "mid-October 2025".)
  const modded = d.mod === 'MID' && (/^[A-Z0-9]/.test(rest) || /^(?:spring|summer|autumn|winter) /.test(rest)) ? `mid-${rest}` : `${mod} ${rest}`;
  return the ? `the ${modded}` : modded;
}

/**
 * The zone a clock time's words give it, or undefined; not one in brackets with a second clock ("10:35 a.m. (0735
 * GMT)"), which is that clock's.
 */
export function clockZone(d: { zone?: string; text?: string }): string | undefined {
  if (!d.zone || !d.text) return d.zone;
  const at = d.text.indexOf(d.zone);
  return at > 0 && d.text.lastIndexOf('(', at) > d.text.lastIndexOf(')', at) ? undefined : d.zone;
}

/** Whether a year's own words name it a fiscal or financial year ("fiscal 2025", "FY2024", "the 2024-25 financial year"). */
export function namesFiscalYear(d: { value: string; text?: string }): boolean {
  return !!d.text && d.value.length === 4 && /\b(?:fiscal|financial)\b|\bFY ?\d/i.test(d.text);
}

/**
 * What an unresolved date's words give without an article date to count from, when that says more than its text:
 * "a Thursday (date unknown)" for "Thursday", "early October (year unknown)"; null for "next month" or "this year".
 */
export function knownWithoutDate(d: Pick<DateAnnotation, 'type' | 'value' | 'mod' | 'text'>): string | null {
  const known = dateInWords(d);
  return /^(?:date unknown|a (?:day|week|month|quarter) \(|every |some )|X/.test(known) || known.toLowerCase() === d.text.toLowerCase() ? null : known;
}

/**
 * A clock time's zone in words, with the time in UTC where the zone gives its offset: "Time zone: EST (UTC-05:00);
 * 15:00 UTC". When UTC falls on another day, the day is named.
 */
export function zoneInWords(value: string, zone: string, utcOffset?: string): string {
  const head = `Time zone: ${zone}`;
  const m = /^(\d{4}-\d{2}-\d{2})?.*T(\d{2}):(\d{2})(?::\d{2})?$/.exec(value);
  const o = utcOffset ? /^([+-])(\d{2}):(\d{2})$/.exec(utcOffset) : null;
  if (!utcOffset || !o || !m) return head;
  const offset = (o[1] === '-' ? -1 : 1) * (Number(o[2]) * 60 + Number(o[3]));
  if (offset === 0) return `${head} (UTC)`;
  let minutes = Number(m[2]) * 60 + Number(m[3]) - offset;
  const dayShift = Math.floor(minutes / 1440);
  minutes -= dayShift * 1440;
  const clock = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')} UTC`;
  const day = m[1] && dayShift ? parseDay(m[1]) : null;
  if (day) day.setUTCDate(day.getUTCDate() + dayShift);
  const on = day ? ` on ${valueInWords('DATE', day.toISOString().slice(0, 10))}` : dayShift ? ` (the ${dayShift > 0 ? 'next' : 'previous'} day)` : '';
  return `${head} (UTC${utcOffset}); ${clock}${on}`;
}

/**
 * True for a resolved date or time whose value the text leaves to be worked out: one with an inferred part
 * ("Thursday", "in January") or one counted from the article's date without a figure ("last year", "next week", "the
 * end of the month"); not one it spells out ("13 November 2025", "2023"), a duration, a set or a vague reference.
 * Inlay hints follow these, and "Insert the resolved date" is offered on them.
 */
export function leavesValueOpen(d: Pick<DateAnnotation, 'type' | 'value' | 'text' | 'certain' | 'unresolved'>): boolean {
  if (d.unresolved || (d.type !== 'DATE' && d.type !== 'TIME') || /_REF$/.test(d.value)) return false;
  return !d.certain || !/\d/.test(d.text);
}

/**
 * True for a name, false for a description in common nouns ("reporters", "the delegation", "both sides"): one with
 * lower-case letters and neither a capital nor a letter of a script without case ("حماس" is a name).
 */
export function isName(text: string): boolean {
  // (A determiner capitalised at a sentence's start names no one: "The rebels".)
  const rest = text.replace(LEADING_DETERMINER, '');
  return !/\p{Ll}/u.test(rest) || /[\p{Lu}\p{Lt}\p{Lo}]/u.test(rest);
}
const LEADING_DETERMINER = /^(?:the|a|an|its|their|our|his|her|this|that|these|those|both|all|some|many|several)\s+/i;

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/**
 * A count of quarters, seasons or half-years (`perYear` to a year), in years past two years, as months are: "3 years
 * and 2 seasons", not "14 seasons"; "2 and a half years", not "5 half-years".
 */
function inYears(n: number, perYear: number, unit: string): string {
  if (perYear === 2 ? n <= 4 : n < 2 * perYear) return plural(n, unit);
  const years = Math.floor(n / perYear);
  const rest = n % perYear;
  if (perYear === 2) return rest ? `${years} and a half years` : plural(years, 'year');
  return `${plural(years, 'year')}${rest ? ` and ${plural(rest, unit)}` : ''}`;
}

/** The reference date's sources in words ("(from front matter)", not "(from front-matter)", nor "(from option)"). */
const ORIGINS: Record<string, string> = {
  option: 'the policyLens.referenceDate setting or --reference-date',
  'front-matter': 'front matter',
  dateline: 'dateline',
};

/** Where the article's date came from: "front-matter", or "dateline; year assumed, ..." when the dateline gives none. */
export function referenceDateOrigin(model: Pick<ArticleModel, 'referenceDate' | 'referenceDateSource' | 'referenceDateInferred' | 'referenceDateYearBy' | 'referenceDateStamp'>): string {
  // ("Published: 14 Nov 2025" at the top of a web page: no dateline, though the JSON names its source so.)
  if (model.referenceDateStamp) return "the line that dates the page";
  if (!model.referenceDateInferred?.includes('year')) return ORIGINS[model.referenceDateSource] ?? model.referenceDateSource;
  // "SEOUL, Oct. 3 - ... agreed on Friday" read in 2026: 2025, when 3 October was a Friday, not the latest 3 October.
  const day = model.referenceDateYearBy === 'weekday' && model.referenceDate ? parseDay(model.referenceDate) : null;
  const how = day ? `the latest in which ${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]} is a ${WEEKDAYS[day.getUTCDay()]}, as the lead says` : 'the latest such day up to today';
  return `${model.referenceDateSource}; year assumed, ${how}: the dateline gives none`;
}

/** The reader's day, for a dateline without a year (the core keeps no clock). */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const VAGUE_RELATIONS: Record<string, string> = { PAST_REF: "before the article's date", PRESENT_REF: "the article's date", FUTURE_REF: "after the article's date" };

/** How a date stands to the article's date ("the day before the article's date"), or null. */
export function relationToReference(value: string, referenceDate: string | null): string | null {
  if (!referenceDate) return null;
  const ref = parseDay(referenceDate);
  if (!ref) return null;
  // "now", "recently", "in the coming months": where they stand, with no figure to count.
  const vague = VAGUE_RELATIONS[value];
  if (vague) return vague;
  const day = value.length >= 10 ? parseDay(value) : null;
  if (day) {
    const diff = Math.round((day.getTime() - ref.getTime()) / 86_400_000);
    if (diff === 0) return "the article's date";
    if (diff === -1) return "the day before the article's date";
    if (diff === 1) return "the day after the article's date";
    const n = Math.abs(diff);
    if (n < 60) return `${n} days ${diff < 0 ? 'before' : 'after'} the article's date`;
    const months = Math.round(n / 30.44);
    // ("about 1 year", not "about 12 months": 352 days is a year less a fortnight.)
    if (n < 730) return `about ${months === 12 ? '1 year' : `${months} months`} ${diff < 0 ? 'before' : 'after'} the article's date`;
    return `about ${Math.round(n / 365.25)} years ${diff < 0 ? 'before' : 'after'} the article's date`;
  }
  const week = /^(\d{4})-W(\d{2})(?:-WE)?$/.exec(value);
  if (week) {
    const monday = isoWeekMonday(+week[1], +week[2]);
    const refMonday = Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate() - ((ref.getUTCDay() + 6) % 7));
    const diff = Math.round((Date.UTC(monday.y, monday.m - 1, monday.d) - refMonday) / (7 * 86_400_000));
    if (diff === 0) return "the week of the article's date";
    // "about 9 months before", not "39 weeks before": past two months, weeks are hard to read as a span.
    const n = Math.abs(diff);
    const span = n < 9 ? plural(n, 'week') : n < 104 ? `about ${plural(Math.round((n * 7) / 30.44), 'month')}` : `about ${plural(Math.round((n * 7) / 365.25), 'year')}`;
    return `${span} ${diff < 0 ? 'before' : 'after'} the article's week`;
  }
  const quarter = /^(\d{4})-Q([1-4])$/.exec(value);
  if (quarter) {
    const diff = (+quarter[1] - ref.getUTCFullYear()) * 4 + (+quarter[2] - 1 - Math.floor(ref.getUTCMonth() / 3));
    if (diff === 0) return "the quarter of the article's date";
    return `${inYears(Math.abs(diff), 4, 'quarter')} ${diff < 0 ? 'before' : 'after'} the article's quarter`;
  }
  // A season or a half of the year, counted in seasons or halves from the article's own (winter: December to February).
  const period = /^(\d{4})-(SP|SU|FA|AU|WI|H1|H2)$/.exec(value);
  if (period) {
    const half = period[2][0] === 'H';
    const ry = ref.getUTCFullYear();
    const rm = ref.getUTCMonth() + 1;
    const diff = half
      ? (+period[1] - ry) * 2 + (+period[2][1] - 1) - (rm >= 7 ? 1 : 0)
      : (+period[1] * 4 + (SEASON_START[period[2]] - 3) / 3) - ((rm <= 2 ? ry - 1 : ry) * 4 + Math.floor(((rm + 9) % 12) / 3));
    const unit = half ? 'half-year' : 'season';
    if (diff === 0) return `the ${unit} of the article's date`;
    return `${inYears(Math.abs(diff), half ? 2 : 4, unit)} ${diff < 0 ? 'before' : 'after'} the article's ${unit}`;
  }
  // A decade ("199") or a century ("18"), counted in decades or centuries.
  const era = /^(\d{2,3})$/.exec(value);
  if (era) {
    const decade = value.length === 3;
    const diff = +era[1] - Math.floor(ref.getUTCFullYear() / (decade ? 10 : 100));
    const unit = decade ? 'decade' : 'century';
    if (diff === 0) return `the ${unit} of the article's date`;
    const n = Math.abs(diff);
    // ("220 years before the article's decade", not "22 decades": from ten on, decades are centuries' work.)
    const span = decade ? (n < 10 ? plural(n, unit) : `${n * 10} years`) : `${n} ${n === 1 ? 'century' : 'centuries'}`;
    return `${span} ${diff < 0 ? 'before' : 'after'} the article's ${unit}`;
  }
  // "44 BC": counted across the turn of the era, which has no year 0.
  const bc = /^BC(\d{4})$/.exec(value);
  if (bc) return `${plural(ref.getUTCFullYear() + +bc[1] - 1, 'year')} before the article's year`;
  // "Diwali" (2025-XX-XX), "a week of 1989": only the year is known, and stands to the article's year.
  const yearOnly = /^(\d{4})-(?:XX|XX-XX|QX|WXX)$/.exec(value);
  if (yearOnly) return relationToReference(yearOnly[1], referenceDate);
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(value);
  if (m) {
    const y = +m[1];
    const ry = ref.getUTCFullYear();
    if (m[2]) {
      const diff = (y - ry) * 12 + (+m[2] - 1 - ref.getUTCMonth());
      if (diff === 0) return "the month of the article's date";
      // "3 years and 8 months", not "44 months": from two years on, months are hard to read as a span.
      const n = Math.abs(diff);
      const span = n < 24 ? plural(n, 'month') : `${plural(Math.floor(n / 12), 'year')}${n % 12 ? ` and ${plural(n % 12, 'month')}` : ''}`;
      return `${span} ${diff < 0 ? 'before' : 'after'} the article's month`;
    }
    if (y === ry) return "the year of the article's date";
    return `${plural(Math.abs(y - ry), 'year')} ${y < ry ? 'before' : 'after'} the article's year`;
  }
  return null;
}
