// Rules for holidays: fixed feasts, US holidays on a weekday of a month, Election Day, and the feasts that move with
// Easter. Apart from the other calendar rules because only these compute a day from a calendar of feasts.
import { addDays, addMonths, daysBetween, fmtMonth, daysInMonth, isoWeek, parseYmd, weekday } from './calendar';
import type { Candidate, Made, Rule, RuleContext } from './candidate';
import { presentSchedule, tenseAt } from './context';
import { WEEKDAYS, MONTH_RE, WEEKDAY_RE, ORDINALS, MONTH_HINT, MONTH_WORD_HINT } from './lexicon';
import { resolveMonth, resolveMonthDay } from './resolve';
import { eidYear, eitherEid, festivalAround, festivalKey, festivalNear, festivalValue } from './festivals';
import { B, E, re, monthNo, capitalised, pad, aheadIf, relWord, CONTEXT_YEAR, standingDay, namedYear } from './rulesCalendarShared';

/** Fixed-date holidays by month and day. */
const HOLIDAYS: Record<string, [number, number]> = {
  'christmas': [12, 25], 'christmas day': [12, 25], 'christmas eve': [12, 24], "new year's day": [1, 1],
  "new year's eve": [12, 31], 'independence day': [7, 4], 'halloween': [10, 31], "valentine's day": [2, 14],
  'bastille day': [7, 14], 'veterans day': [11, 11], 'armistice day': [11, 11], 'remembrance day': [11, 11],
  'boxing day': [12, 26], 'hogmanay': [12, 31], 'anzac day': [4, 25], 'australia day': [1, 26], 'canada day': [7, 1],
  "st patrick's day": [3, 17], "st. patrick's day": [3, 17], 'juneteenth': [6, 19],
  // Russia's public holidays (not "Victory Day", which is also Bangladesh's on 16 December).
  'defender of the fatherland day': [2, 23], 'russia day': [6, 12], 'cosmonautics day': [4, 12], 'unity day': [11, 4],
  'national unity day': [11, 4], 'day of national unity': [11, 4],
  // Named days that start with, or hold, a month's word: days, not their months.
  "april fools' day": [4, 1], 'april fools day': [4, 1], "april fool's day": [4, 1], 'may day': [5, 1], 'cinco de mayo': [5, 5],
  "international workers' day": [5, 1], "international women's day": [3, 8], 'earth day': [4, 22],
  'world aids day': [12, 1], 'guy fawkes night': [11, 5], 'bonfire night': [11, 5],
};

/**
 * Independence Day by country (month, day), by its names and the adjective of its people; null where its day moves
 * (Israel's, by the Hebrew calendar) or the country keeps it by another name (Kenya's Jamhuri Day). Without a country
 * of its own, "Independence Day" is the United States' 4 July.
 */
const INDEPENDENCE_DAYS: [string, [number, number] | null][] = [
  ['United States|U\\.S\\.|US|America|American', [7, 4]],
  ['India|Indian', [8, 15]],
  ['Pakistan|Pakistani', [8, 14]],
  ['Bangladesh|Bangladeshi', [3, 26]],
  ['Ukraine|Ukrainian', [8, 24]],
  ['Mexico|Mexican', [9, 16]],
  ['Indonesia|Indonesian', [8, 17]],
  ['Philippines|Philippine|Filipino', [6, 12]],
  ['Brazil|Brazilian', [9, 7]],
  ['Argentina|Argentine|Argentinian', [7, 9]],
  ['Nigeria|Nigerian', [10, 1]],
  ['Ghana|Ghanaian', [3, 6]],
  ['Sri Lanka|Sri Lankan', [2, 4]],
  ['Belarus|Belarusian', [7, 3]],
  ['Kazakhstan|Kazakh', [12, 16]],
  ['Armenia|Armenian', [9, 21]],
  ['Moldova|Moldovan', [8, 27]],
  ['Finland|Finnish', [12, 6]],
  ['Algeria|Algerian', [7, 5]],
  ['Venezuela|Venezuelan', [7, 5]],
  ['Colombia|Colombian', [7, 20]],
  ['Peru|Peruvian', [7, 28]],
  ['Chile|Chilean', [9, 18]],
  ['Malaysia|Malaysian', [8, 31]],
  ['Kosovo|Kosovar', [2, 17]],
  ['Greece|Greek', [3, 25]],
  ['Poland|Polish', [11, 11]],
  ['Jamaica|Jamaican', [8, 6]],
  ['Zimbabwe|Zimbabwean', [4, 18]],
  ['Uganda|Ugandan', [10, 9]],
  ['South Sudan|South Sudanese', [7, 9]],
  ['Estonia|Estonian', [2, 24]],
  ['Uzbekistan|Uzbek', [9, 1]],
  ['Tajikistan|Tajik', [9, 9]],
  ['Kyrgyzstan|Kyrgyz', [8, 31]],
  ['Turkmenistan|Turkmen', [9, 27]],
  ['Vietnam|Vietnamese', [9, 2]],
  ['Israel|Israeli', null],
  ['Kenya|Kenyan', null],
];
/** Every country's names, a group each: the country is the group that matched. */
const INDEPENDENCE_NAMES = `\\b(?:${INDEPENDENCE_DAYS.map(([names]) => `(${names})`).join('|')})`;
const INDEPENDENCE_COUNTRY_RE = new RegExp(`${INDEPENDENCE_NAMES}(?![\\w-])`, 'g');
/** A country's name right before the holiday: "India's", "Pakistan’s 78th", "Mexican". */
const INDEPENDENCE_OWNER_BEFORE = new RegExp(`${INDEPENDENCE_NAMES}(?:['\u2019]s)?\\s+(?:\\d{1,3}(?:st|nd|rd|th)\\s+)?$`);

/** The country's group of a match of INDEPENDENCE_COUNTRY_RE or INDEPENDENCE_OWNER_BEFORE. */
function independenceOf(m: RegExpExecArray): [number, number] | null | undefined {
  for (let k = 0; k < INDEPENDENCE_DAYS.length; k++) if (m[k + 1] !== undefined) return INDEPENDENCE_DAYS[k][1];
  return undefined;
}

/**
 * The day of "Independence Day" at s[start, end): the country named right before it ("India's Independence Day"), else
 * the one country its sentence names ("celebrations in Pakistan"), else the United States'. Null where that country's
 * day is not one of the calendar's.
 */
function independenceDay(s: string, start: number, end: number): [number, number] | null {
  const owner = INDEPENDENCE_OWNER_BEFORE.exec(s.slice(Math.max(0, start - 40), start));
  if (owner) {
    const day = independenceOf(owner);
    return day === undefined ? [7, 4] : day;
  }
  // (Its sentence: from the last full stop or line break before it to the next after it, in the chunk.)
  const from = Math.max(s.lastIndexOf('. ', start), s.lastIndexOf('\n', start)) + 1;
  let to = s.indexOf('. ', end);
  const line = s.indexOf('\n', end);
  if (to < 0 || (line >= 0 && line < to)) to = line < 0 ? s.length : line;
  let found: [number, number] | null | undefined;
  INDEPENDENCE_COUNTRY_RE.lastIndex = from;
  for (let m = INDEPENDENCE_COUNTRY_RE.exec(s); m && m.index < to; m = INDEPENDENCE_COUNTRY_RE.exec(s)) {
    const day = independenceOf(m);
    // (Two countries in one sentence: no telling whose day it is but by the name before it; the US's, as before.)
    if (found !== undefined && day !== found) return [7, 4];
    found = day;
  }
  return found === undefined ? [7, 4] : found;
}

/** Holidays on a weekday of a month (US): month, which one (-1 the last), ISO weekday. */
const WEEKDAY_HOLIDAYS: Record<string, [number, number, number]> = {
  'thanksgiving': [11, 4, 4], 'thanksgiving day': [11, 4, 4], 'memorial day': [5, -1, 1], 'labor day': [9, 1, 1],
  'martin luther king day': [1, 3, 1], 'martin luther king jr. day': [1, 3, 1], "presidents' day": [2, 3, 1], "presidents day": [2, 3, 1],
  'columbus day': [10, 2, 1], 'black friday': [11, 4, 4],
};
/** Days after its weekday a holiday falls ("Black Friday", the day after Thanksgiving). */
const DAYS_AFTER_WEEKDAY: Record<string, number> = { 'black friday': 1 };

/** The day in November of the US Election Day of year y: the Tuesday after the first Monday. */
function usElectionDay(y: number): number {
  return nthWeekday(y, 11, 1, 1) + 1;
}

/** Feasts that move with Easter: days after Easter Sunday. */
const EASTER_FEASTS: Record<string, number> = {
  'easter': 0, 'easter sunday': 0, 'easter day': 0, 'easter monday': 1, 'good friday': -2, 'holy saturday': -1,
  'maundy thursday': -3, 'palm sunday': -7, 'ash wednesday': -46, 'ascension day': 39, 'pentecost': 49,
  'whit sunday': 49, 'whitsunday': 49, 'whitsun': 49, 'whit monday': 50, 'holy week': 0, 'semana santa': 0,
};
/**
 * "closed for Diwali", "Diwali 2022", "last Diwali", "Eid al-Fitr", "Passover": a festival of a lunar or lunisolar
 * calendar, in the year written or the one the tense picks around its day; its day from the festival's table
 * (festivals.ts), or the year alone where the table has none.
 */
function festival(m: RegExpExecArray, ctx: RuleContext, start: number, end: number, key: string, written: number | undefined) {
  const rel = relWord(m[1]);
  let tense = rel === 'last' ? 'past' : rel === 'next' ? 'future' : tenseAt(ctx.s, start, end);
  // ("Airfares for Tet have doubled": what is bought or booked for a festival, told in the present, is for the coming one.)
  if (tense === 'past' && !rel && PURPOSE_FOR_BEFORE_RE.test(ctx.s.slice(Math.max(0, start - 32), start)) && PRESENT_AFTER_RE.test(ctx.s.slice(end, end + 16))) tense = 'future';
  // ("Passover in 2025 is ...", "Sukkot is in October": the year, or the month, written right after it.)
  const beside = written === undefined && !rel && ctx.ref ? yearBeside(ctx, end, key) : undefined;
  let y = written ?? beside;
  // ("Lunar New Year celebrations ended last week", "As Passover began": the festival the subject of a past verb of its
  // own has come, the latest one, by a day or two ("As Passover began" at its eve's sundown); "added flights for Lunar
  // New Year" may be for the coming one.)
  // ("Sales slumped during Hanukkah": a deed told in the past at the festival itself, the latest one, as with "own".)
  let own = !rel && tense === 'past' && ((ctx.s.charCodeAt(end) === 32 && FEAST_PAST_AFTER_RE.test(ctx.s.slice(end, end + 40))) || doneAtFeast(ctx.s, start));
  if (y === undefined && ctx.ref) {
    const near = festivalNear(key, ctx.ref.y);
    // ("Millions travelled home for Diwali", a month before it: the journey was for the one gone.)
    if (!own && !rel && tense === 'past' && near && goneForFeast(ctx.s, start, daysAheadTo(ctx.ref, near[0], near[1]))) own = true;
    // ("Gold demand rose ahead of Diwali", three weeks after it: what was done ahead of a feast gone by in the last six
    // weeks was done ahead of that one.)
    if (near && !rel && tense === 'future' && doneAheadOfFeast(ctx.s, start)) {
      const last = resolveMonthDay(ctx.ref, near[0], near[1], 'past', 'last').value;
      own = daysBetween({ y: Number(last.slice(0, 4)), m: near[0], d: near[1] }, ctx.ref) <= 42;
    }
    // (As a day of a month is: "added flights for Lunar New Year" ten days before it is the coming one; "families are
    // preparing for Tet" six weeks after it, the next one.)
    y = near
      ? Number(resolveMonthDay(own ? addDays(ctx.ref, 2) : ctx.ref, near[0], near[1], tense, rel === 'last' || own ? 'last' : rel === 'next' || tense === 'future' ? 'ahead' : null).value.slice(0, 4))
      : eidYear(key, ctx.ref, tense);
  }
  if (y === undefined) return { start, end, type: 'DATE' as const, value: 'XXXX-XX-XX', inferred: ['year'], relative: true };
  // ("In 2023, Diwali lights filled the streets": the year the sentence opens with, and that year's day.)
  const narrative = written === undefined && beside === undefined && !m[1] && tense !== 'future';
  return { start, end, type: 'DATE' as const, value: festivalValue(key, y), inferred: m[3] ? [] : ['year'], relative: !m[3], deferred: narrative ? { kind: 'contextYear' as const, feast: key } : undefined };
}

/** A word that places a deed at the feast itself, right before its name: "over the", "at", "during", "throughout". */
const AT_FEAST_BEFORE_RE = /\b(?:over|at|during|through|throughout|around|across|on)\s+(?:the\s+)?$/i;
/**
 * Whether the feast at `start` is when a deed was done ("Sales fell over the Christmas period", "Retailers spent more at
 * Thanksgiving"): told in the past, that is the latest feast, not the coming one (what is bought "for Christmas" may be
 * for the coming one).
 */
function doneAtFeast(s: string, start: number): boolean {
  const c = s.charCodeAt(start - 1);
  if (c !== 32) return false;
  const b = s.slice(Math.max(0, start - 40), start);
  return AT_FEAST_BEFORE_RE.test(b.slice(-16)) || FEAST_KEPT_BEFORE_RE.test(b);
}

/**
 * A past verb of keeping or living through a feast, the feast its object: "spent Christmas", "celebrated Thanksgiving",
 * "had a quiet Christmas", "attended Easter Mass" (no one has spent a feast still to come).
 */
const FEAST_KEPT_BEFORE_RE = /\b(?:spent|celebrated|marked|observed|commemorated|had|enjoyed|endured|survived|attended|missed)\s+(?:(?:a|an|the|their|his|her|its|our|my|your)\s+(?:(?!been\b|to\b|for\b)[a-z-]+\s+){0,2})?$/i;
/** A past verb of going or gathering, then "for" or "to" the feast: "travelled home for Thanksgiving", "gathered for". */
const FEAST_GONE_FOR_BEFORE_RE = /\b(?:gathered|travell?ed|went|came|returned|flew|drove|headed|flocked|crowded|thronged|poured|streamed)\s+(?:(?:home|back|out|together)\s+)?(?:for|to)\s+(?:the\s+)?$/i;
/**
 * Whether the feast at `start`, whose coming day lies `ahead` days off, is the one people went or gathered for, told
 * in the past: the latest, unless the coming one is at most a week off (travel before it).
 */
function goneForFeast(s: string, start: number, ahead: number): boolean {
  return ahead > 7 && s.charCodeAt(start - 1) === 32 && FEAST_GONE_FOR_BEFORE_RE.test(s.slice(Math.max(0, start - 32), start));
}

/** Days from `ref` to the coming `month`/`day` (this year's, or next year's once gone). */
function daysAheadTo(ref: { y: number; m: number; d: number }, month: number, day: number): number {
  const today = Date.UTC(ref.y, ref.m - 1, ref.d);
  const at = Date.UTC(ref.y, month - 1, day);
  return (at >= today ? at - today : Date.UTC(ref.y + 1, month - 1, day) - today) / 864e5;
}

/** What leads up to a feast, right before its name: "ahead of", "before the", "in the run-up to". */
const AHEAD_OF_FEAST_RE = /\b(?:ahead\s+of|before|in\s+the\s+(?:run-up|lead-up|build-up)\s+to)\s+(?:the\s+)?$/i;
/** Whether the feast at `start` follows "ahead of" (AHEAD_OF_FEAST_RE) after a clause told in the past: "Sales rose ahead of". */
function doneAheadOfFeast(s: string, start: number): boolean {
  const a = AHEAD_OF_FEAST_RE.exec(s.slice(Math.max(0, start - 28), start));
  if (!a) return false;
  const at = Math.max(0, start - 28) + a.index;
  return tenseAt(s, at, at, false) === 'past';
}

/** A weekday set off right after a date: ", Thursday", " (Thursday". */
const WEEKDAY_BESIDE_RE = /^(?:,|\s*\()\s*(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
/** The ISO weekday set off right after the date ending at `end` (WEEKDAY_BESIDE_RE), if one is. */
function weekdayBeside(s: string, end: number): number | undefined {
  const c = s.charCodeAt(end);
  if (c !== 44 && c !== 32) return undefined;
  const w = WEEKDAY_BESIDE_RE.exec(s.slice(end, end + 14));
  return w ? WEEKDAYS[w[1].toLowerCase()] : undefined;
}

/** What is bought, booked or readied for a festival, then "for" or "ahead of": "airfares for", "travel demand ahead of the". */
const PURPOSE_FOR_BEFORE_RE = /\b(?:fares|airfares|tickets|flights|seats|bookings|reservations|demand|preparations|shopping|travel|orders|stockpiles?|supplies|prices)\s+(?:for|ahead\s+of)\s+(?:the\s+)?$/i;
/** A verb in the present right after the festival: " have doubled", " are up", " is rising". */
const PRESENT_AFTER_RE = /^(?:\s+(?:holiday|festival|season))?\s+(?:have|has|are|is)\b/i;

/** A festival's own past verb after it: " ended", " celebrations began", " holiday fell". */
const FEAST_PAST_AFTER_RE = /^\s+(?:(?:celebrations?|holidays?|festivities|festival|week|period|season)\s+)?(?:began|started|ended|fell|passed|came|drew|got\s+under\s*way|kicked\s+off|was\s+(?:over|celebrated|marked|observed|quiet)|were\s+(?:over|celebrated|marked|observed|quiet))(?![\w-])/i;

/** A year or a month written right after a festival, with its verb: "Passover in 2025", "Sukkot is in October", "Tet falls
 * in late January". */
const BESIDE_RE = /^\s+(?:(?:is|was|will\s+be|falls|fell|begins|began|starts|started|ends|ended|comes|came)\s+)?in\s+(?:(?:early|late|mid)[\s-]+)?(?:(\d{4})(?![\w-])|((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)(?![\w-])(?:\s+(\d{4})(?![\w-]))?)/;

/** The year of the festival by a year or a month written right after it (BESIDE_RE): the year, or the one that month
 * takes, where the festival's day falls within a month of it. */
function yearBeside(ctx: RuleContext, end: number, key: string): number | undefined {
  const c = ctx.s.charCodeAt(end);
  if (c !== 32 || !ctx.ref) return undefined;
  const b = BESIDE_RE.exec(ctx.s.slice(end, end + 48));
  if (!b) return undefined;
  const written = Number(b[1] ?? b[3]);
  if (b[1] || b[3]) return written >= 1900 && written <= 2200 ? written : undefined;
  const month = monthNo(b[2]);
  const near = festivalNear(key, ctx.ref.y);
  if (!month || !near || Math.abs(((month - near[0] + 18) % 12) - 6) > 1) return undefined;
  // (The month as its own rule reads it: by the tense at it, or as a timetable's in the present.)
  const from = end + b[0].lastIndexOf(b[2]);
  const to = from + b[2].length;
  const own = tenseAt(ctx.s, from, to);
  const timetable = own !== 'past' && presentSchedule(ctx.s, from, to, true);
  return Number(resolveMonth(ctx.ref, month, own, aheadIf(ctx, own, from) ?? (timetable ? 'timetable' : null)).value.slice(0, 4));
}

/** "last year's Thanksgiving", "next year's Diwali": the year named before the holiday, counted from the article's. */
function yearNamedBefore(s: string, start: number, ctx: RuleContext): number | undefined {
  if (!ctx.ref || start < 10 || (s.charCodeAt(start - 2) !== 115 && s.charCodeAt(start - 2) !== 83)) return undefined;
  const w = /\b(last|next|this)\s+year['\u2019]s\s+$/i.exec(s.slice(Math.max(0, start - 20), start));
  if (!w) return undefined;
  const rel = w[1].toLowerCase();
  return ctx.ref.y + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
}

/** After a holiday, up to two of its nouns, then the year counted from the article's: " sales last year", " last year". */
const YEAR_NAMED_AFTER_RE = /^(?:(?:\s+(?!(?:is|was|were|are|be|been|will|would|has|had|and|or|in|on|at|than|to|for|of|by|from|with|the|a|an)\b)(?![a-z]+ed\b)[a-z]{3,}){0,2})\s+(last|next|this)\s+year(?![\w'\u2019-])/;
/** The year named after a holiday (YEAR_NAMED_AFTER_RE). */
function yearNamedAfter(s: string, end: number, ctx: RuleContext): number | undefined {
  if (!ctx.ref || !s.slice(end, end + 32).includes(' year')) return undefined;
  const a = YEAR_NAMED_AFTER_RE.exec(s.slice(end, end + 40));
  return a ? namedYear(ctx.ref, a[1]) : undefined;
}

/** A holiday's value in year y, for a holiday whose day moves with the year: Thanksgiving, Diwali, Passover. */
export function holidayValue(key: string, y: number): string {
  const moving = WEEKDAY_HOLIDAYS[key];
  if (moving) return `${fmtMonth(y, moving[0])}-${pad(nthWeekday(y, moving[0], moving[1], moving[2]) + (DAYS_AFTER_WEEKDAY[key] ?? 0))}`;
  return festivalValue(key, y);
}

/** The week that ends on Easter Sunday, by its names ("Easter week" is read so too). */
const HOLY_WEEK = new Set(['holy week', 'semana santa']);

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
export function feastDay(y: number, offset: number): [number, number] {
  const [em, ed] = easterSunday(y);
  const t = addDays({ y, m: em, d: ed }, offset);
  return [t.m, t.d];
}

/** The Orthodox Easter Sunday of a year, as a Gregorian [month, day]: the Julian computus, moved by the days the two
 * calendars lie apart (13 from 1900 to 2099). */
export function orthodoxEasterSunday(y: number): [number, number] {
  const d = (19 * (y % 19) + 15) % 30;
  const e = (2 * (y % 4) + 4 * (y % 7) - d + 34) % 7;
  const n = d + e + 114;
  const t = addDays({ y, m: Math.floor(n / 31), d: (n % 31) + 1 }, Math.floor(y / 100) - Math.floor(y / 400) - 2);
  return [t.m, t.d];
}

/** An Orthodox feast's [month, day] in year y, counted from that year's Orthodox Easter. */
export function orthodoxFeastDay(y: number, offset: number): [number, number] {
  const [em, ed] = orthodoxEasterSunday(y);
  const t = addDays({ y, m: em, d: ed }, offset);
  return [t.m, t.d];
}

/** "Orthodox Easter", "Orthodox Christmas": the feast of the churches that keep the Julian calendar. */
function orthodoxBefore(s: string, start: number): boolean {
  return start >= 9 && s.charCodeAt(start - 2) === 120 && /Orthodox\s$/.test(s.slice(start - 9, start));
}

/** "celebrate Christmas on January 7", "a Christmas Eve service on January 6": the Orthodox Christmas, or its eve. */
function julianDayAfter(s: string, end: number, eve: boolean): boolean {
  if (!s.startsWith(' on ', end)) return false;
  const a = /^ on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:Jan(?:uary|\.)?\s+([67])|([67])\s+Jan(?:uary|\.)?)(?![\w-])/.exec(s.slice(end, end + 32));
  return a !== null && (a[1] ?? a[2]) === (eve ? '6' : '7');
}

/** "Easter" alone is the feast only after a word of time or before a break: "at Easter", "the Easter recess" (not the Easter Rising, Easter Island). */
function easterAlone(s: string, start: number, end: number): boolean {
  return /\b(?:at|over|before|after|since|until|till|by|around|during|on|this|last|next|from|to|of)\s+$/i.test(s.slice(Math.max(0, start - 8), start)) ||
    /^\s+(?:weekend|holidays?|break|recess|period|vacation|week)\b/i.test(s.slice(end, end + 12));
}

const MONTH_AFTER_RE = /^\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;

/** Easter, Good Friday, Pentecost ...: the year written, or the one the tense picks around the article's date. */
function easterFeast(m: RegExpExecArray, ctx: RuleContext, start: number, end: number, key: string, offset: number, written: number | undefined) {
  // ("Orthodox Easter", in the years the two Easters differ, falls up to five weeks later.)
  const julian = orthodoxBefore(ctx.s, start);
  const dayOf = julian ? orthodoxFeastDay : feastDay;
  // ("last year's Easter", "Orthodox Easter": the feast, of a year named before it, or of those churches.)
  if (key === 'easter' && !m[1] && written === undefined && !julian && !easterAlone(ctx.s, start, end)) return null;
  // Before another name it names a thing: "the Good Friday Agreement", "the Easter Rising".
  if (!m[3] && /^\s+[A-Z][a-z]/.test(ctx.s.slice(end, end + 3)) && !MONTH_AFTER_RE.test(ctx.s.slice(end, end + 12))) return null;
  // "as Easter week began": Holy Week, the week that ends on Easter Sunday.
  // ("Holy Week", "Semana Santa": that week by its own name.)
  const week = HOLY_WEEK.has(key) ? [''] : key === 'easter' && !m[3] ? /^\s+week\b/i.exec(ctx.s.slice(end, end + 8)) : null;
  if (week) end += week[0].length;
  let y: number | undefined = written;
  if (y === undefined && ctx.ref) {
    const rel = relWord(m[1]);
    // (A week is placed by its first day, the Monday: "as Easter week began" on that Monday is this year's.)
    const [month, day] = dayOf(ctx.ref.y, week ? offset - 6 : offset);
    const tense = rel === 'last' ? 'past' : rel === 'next' ? 'future' : tenseAt(ctx.s, start, end);
    // ("Last year, crowds gathered at Easter", written in March: a feast told in the past is the latest one, the date
    // of which moves too much for the window a day of the month allows.)
    // ("Crowds will gather at Easter", written in June: the next one, as a day of a month said to lie ahead is.)
    y = Number(resolveMonthDay(ctx.ref, month, day, tense, (tense === 'past' && !rel) || rel === 'last' ? 'last' : (tense === 'future' && !rel) || rel === 'next' ? 'ahead' : null).value.slice(0, 4));
  }
  if (y === undefined) return { start, end, type: 'DATE' as const, value: week ? 'XXXX-WXX' : 'XXXX-XX-XX', inferred: ['year', 'month', 'day'], relative: true };
  const [month, day] = dayOf(y, offset);
  if (week) return { start, end, type: 'DATE' as const, value: isoWeek({ y, m: month, d: day }), inferred: ['year'], relative: true };
  // ("In 2023, crowds gathered at Easter": the year the sentence opens with, as a day of a month takes it.)
  const narrative = written === undefined && !m[1] && tenseAt(ctx.s, start, end) !== 'future';
  return { start, end, type: 'DATE' as const, value: `${fmtMonth(y, month)}-${pad(day)}`, inferred: m[3] ? [] : ['year'], relative: !m[3], deferred: narrative ? { kind: 'contextYear' as const, easter: offset, julian: julian || undefined } : undefined };
}

/** After "Lent", what makes it the verb "lent" ("Lent by the bank", "Lent money to"); after "Advent", a name or "of". */
const LENT_VERB_AFTER_RE = /^\s+(?:to|by|out|money|support|credence|weight|itself|\$|\u00a3|\u20ac|\d|the|a|an|it|them|him|her|us|me|its|their|his|our)(?![\w-])/i;
const ADVENT_NOT_AFTER_RE = /^\s+(?:of\b|calendars?\b|[A-Z])/;

/**
 * "Lent", "Advent": the Christian seasons before Easter (Ash Wednesday to Holy Saturday) and before Christmas (from the
 * fourth Sunday before it), in the year written or the one the tense picks, as the Gregorian month holding the
 * season's middle (as a Ramadan is).
 */
function churchSeason(m: RegExpExecArray, ctx: RuleContext, start: number, end: number, key: string, written: number | undefined): Made | null {
  if (key === 'lent' ? LENT_VERB_AFTER_RE.test(ctx.s.slice(end, end + 10)) || /\b(?:had|has|have|was|were|been)\s+$/i.test(ctx.s.slice(Math.max(0, start - 6), start)) : ADVENT_NOT_AFTER_RE.test(ctx.s.slice(end, end + 12))) return null;
  // (Lent's middle is 23 days after Ash Wednesday; Advent's falls in mid-December.)
  const middle = (y: number): [number, number] => (key === 'lent' ? feastDay(y, -23) : [12, 12]);
  let y = written;
  if (y === undefined && ctx.ref) {
    const rel = relWord(m[1]);
    const tense = rel === 'last' ? 'past' : rel === 'next' ? 'future' : tenseAt(ctx.s, start, end);
    const [month, day] = middle(ctx.ref.y);
    y = Number(resolveMonthDay(ctx.ref, month, day, tense, (tense === 'past' && !rel) || rel === 'last' ? 'last' : (tense === 'future' && !rel) || rel === 'next' ? 'ahead' : null).value.slice(0, 4));
  }
  if (y === undefined) return { start, end, type: 'DATE', value: 'XXXX-XX', inferred: ['year', 'month'], relative: true };
  return { start, end, type: 'DATE', value: fmtMonth(y, middle(y)[0]), inferred: m[3] ? [] : ['year'], relative: !m[3] };
}

/** The day of the month of the nth (1-5, or -1 for the last) ISO weekday of a month, or 0 when there is none. */
export function nthWeekday(y: number, month: number, nth: number, wd: number): number {
  const first = weekday({ y, m: month, d: 1 });
  const firstDay = 1 + ((wd - first + 7) % 7);
  const days = daysInMonth(y, month);
  const day = nth > 0 ? firstDay + 7 * (nth - 1) : firstDay + 7 * Math.floor((days - firstDay) / 7);
  return day <= days ? day : 0;
}

/** A name the festival's word is part of ("the Yom Kippur War", "the Passover Seder"), its eve ("Chinese New Year's
 * Eve"), or the spring Navratri ("Chaitra Navratri"). */
function notFestival(s: string, start: number, end: number, key: string): boolean {
  const after = s.slice(end, end + 12);
  if (/^\s+[A-Z][a-z]/.test(after) && !MONTH_AFTER_RE.test(after)) return true;
  if (/^['\u2019]s\s+[Ee]ve\b/.test(after)) return true;
  // ("Spring Festival" is China's name for the Lunar New Year only in a story about China: not "the Prague Spring Festival".)
  if (key === 'lunar new year' && (s.charCodeAt(start) === 83 || s.charCodeAt(start) === 115)) return /[A-Z][a-z]+\s+$/.test(s.slice(Math.max(0, start - 16), start)) || !/Chin|Lunar|Beijing|Taiwan|Hong Kong|Macau/.test(s.slice(Math.max(0, start - 400), end + 400));
  // ("TET" in capitals is India's Teacher Eligibility Test as often: the festival only in a line of capitals, or beside
  // words of Vietnam or of a holiday, and never beside an exam's.)
  if (key === 'tet' && s.charCodeAt(start + 1) === 69) return tetAcronym(s, start, end);
  return key === 'navratri' && /\b(?:Chaitra|Vasant(?:a|ha)?)\s+$/.test(s.slice(Math.max(0, start - 10), start));
}

/** Words of an exam near "TET": the Teacher Eligibility Test. */
const TET_EXAM_RE = /\b(?:exams?|examinations?|tests?|candidates?|aspirants?|teachers?|teaching|recruitment|qualif\w*|syllabus|admit\s+cards?|answer\s+keys?|results?|marks|scores?|paper|CTET|board|eligibility|appeared|cleared|passed)\b/i;
/** Words of the festival near "TET": Vietnam, the new year, a holiday. */
const TET_FESTIVAL_RE = /\b(?:Viet\w*|Hanoi|Ho\s+Chi\s+Minh|Saigon|lunar|new\s+year|holidays?|festival|festivities|celebrat\w*|homecoming|home\s+for|travel\w*|air\w*|flights?|trains?|firecrackers|pagodas?|banh)\b/i;
/** Whether an all-capitals "TET" at [start, end) is an acronym, not the festival. */
function tetAcronym(s: string, start: number, end: number): boolean {
  const near = s.slice(Math.max(0, start - 80), Math.min(s.length, end + 80));
  if (TET_EXAM_RE.test(near)) return true;
  // (A headline in capitals: its other words are capitals too.)
  const line = s.slice(Math.max(0, start - 24), Math.min(s.length, end + 24));
  if (!/[a-z]/.test(line.replace(/^[^\n]*\n|\n[^]*$/g, ''))) return false;
  // ("TET 2026": a year written with it.)
  if (/\d$/.test(s.slice(start, end))) return false;
  return !TET_FESTIVAL_RE.test(near);
}

/**
 * "Christmas Day, December 25, is a public holiday", "Diwali (October 20)": a holiday followed by its own day set off
 * by commas or brackets is one date, the holiday's, reaching over the day (a timeline shows it once). A festival of a
 * lunar calendar takes the day written when it lies within three days of the table's (a country's own day), or
 * when the table gives only the year; so too before "on" and its day ("shut for Diwali on October 21", "Eid al-Fitr is
 * expected on March 20"), which stays a date of its own.
 */
function apposed(s: string, r: Made, fest: string | null): Made {
  const c = s.charCodeAt(r.end);
  const on = fest !== null && c === 32 && (s.startsWith('on ', r.end + 1) || VERB_BEFORE_ON.has(s.slice(r.end + 1, s.indexOf(' ', r.end + 1))));
  if (c !== 44 && !(c === 32 && s.charCodeAt(r.end + 1) === 40) && !on) return r;
  const a = (on ? ON_DAY_RE : APPOSED_RE).exec(s.slice(r.end, r.end + 40));
  if (!a || (!on && (c === 44) === Boolean(a[6])) || r.value.length !== 10) return r;
  const month = monthNo(a[1] ?? a[4]);
  const day = Number(a[2] ?? a[3]);
  if (!month || day < 1 || day > 31) return r;
  const y = r.value.slice(0, 4);
  if (a[5] && a[5] !== y) return r;
  const md = `${pad(month)}-${pad(day)}`;
  const end = on ? r.end : r.end + a[0].length;
  if (r.value.slice(5) === md) return { ...r, end };
  if (!fest || y === 'XXXX') return r;
  const v = r.value.slice(5, 7) === 'XX' ? null : Date.UTC(2000, Number(r.value.slice(5, 7)) - 1, Number(r.value.slice(8)));
  // (Within three days of the table's day; with none, near the day it falls near, or an Eid's by the tabular calendar.)
  const around = v === null ? festivalAround(fest, Number(y)) : null;
  const from = v ?? (around ? Date.UTC(2000, around[0] - 1, around[1]) : null);
  if (from === null || Math.abs(Date.UTC(2000, month - 1, day) - from) > (around ? around[2] : 3) * 864e5) return r;
  return { ...r, end, value: `${y}-${md}`, deferred: r.deferred ? CONTEXT_YEAR : undefined };
}
/** A festival's day after "on", or a verb that places it there: " on October 21", " will be observed on Saturday, June 7",
 * " is expected on March 20", " falls on October 2" (not "begins on", often its eve). */
const ON_DAY_RE = /^\s+(?:(?:is|was|will\s+be)\s+(?:(?:expected|likely|celebrated|observed|marked|held)\s+)?|falls\s+|fell\s+)?on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)(?:,?\s+(\d{4}))?(?![\w-])/;
/** The first words of ON_DAY_RE's verbs, a cheap look before it. */
const VERB_BEFORE_ON = new Set(['is', 'was', 'will', 'falls', 'fell']);
/** The day set off after a holiday's name: ", December 25," ", 25 December 2025," " (Oct. 20)". */
const APPOSED_RE = /^(?:,\s+|\s+\()(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)(?:,?\s+(\d{4}))?(?:(\))|(?=[,;:]|\.(?:\s|$)|$))/;

/** What every holiday's name in the rule below holds (read on lower-cased text; a word common in news only with the
 * rest of its name: "eastern", "the White House", "independence", "Memorial Hall"). */
const HOLIDAY_GATE =
  /\blent\b|\badvent\b|easter\b|holy\s+(?:week|saturday)|semana\s+santa|good\s+friday|maundy|palm\s+sunday|ash\s+wednesday|ascension|whitsun|whit\s+(?:sun|mon)day|pentecost|christmas|new\s+year['\u2019]s|(?:independence|bastille|veterans|armistice|remembrance|boxing|anzac|australia|canada|memorial|labor|columbus|russia|cosmonautics|unity|presidents['\u2019]?|may|workers['\u2019]?|women['\u2019]s|earth|aids|fools['\u2019]?|fool['\u2019]s)\s+day|halloween|hogmanay|juneteenth|diwali|deepavali|valentine|patrick|luther|thanksgiving|black\s+friday|fatherland|day\s+of\s+national|cinco\s+de|(?:fawkes|bonfire)\s+night|holi\b|nava?ratri|(?:chinese|lunar)\s+new\s+year|spring\s+festival|passover|pesach|purim|shavuo|sukko|succo|t[e\u1ebf]t\b|rosh\s+hashan|yom\s+kippur|hann?ukk?ah|chanukk?ah|eid[\s-]+(?:al|ul|el)/;

/**
 * "Markets are closed for Thanksgiving on Thursday", "shut Thursday for Christmas": a bare weekday beside a holiday in
 * its clause, when the holiday falls on that weekday within the week either way, is the holiday's day (the weekday's
 * own tense may have taken the week gone). `list` is sorted by start.
 */
export function holidayWeekdays(text: string, list: Candidate[]): void {
  for (let k = 0; k + 1 < list.length; k++) {
    const a = list[k];
    const b = list[k + 1];
    // (A cheap look first: two days close together, with nothing of another clause between them.)
    if (b.start - a.end > 24 || b.start < a.end || a.type !== 'DATE' || b.type !== 'DATE' || a.value.length !== 10 || b.value.length !== 10 || a.value === b.value) continue;
    const wdA = WEEKDAYS[text.slice(a.start, a.end).toLowerCase()];
    const wdB = wdA ? undefined : WEEKDAYS[text.slice(b.start, b.end).toLowerCase()];
    const [day, feast] = wdA ? [a, b] : wdB ? [b, a] : [null, null];
    if (!day || !feast || WEEKDAYS[text.slice(feast.start, feast.end).toLowerCase()]) continue;
    // (Between them, no break of a clause: "closed Thursday, and Thanksgiving is next week"; a comma alone sets one off.)
    const gap = text.slice(a.end, b.start);
    if (!HOLIDAY_GATE.test(text.slice(feast.start, feast.end).toLowerCase()) || /[.;:!?\n]|,\s*\S|\s(?:and|but|or|while)\s/.test(gap)) continue;
    const f = parseYmd(feast.value);
    const d = parseYmd(day.value);
    if (!f || !d || weekday(f) !== (wdA ?? wdB) || Math.abs(daysBetween(d, f)) > 7) continue;
    day.value = feast.value;
  }
}

/** A year that recurs right before a feast: "every year before ", "each year during the", "annually at ". */
const EVERY_YEAR_FEAST_BEFORE_RE = /\b(?:(?:each|every)\s+year|annually)\s+(?:in|during|throughout|before|after|at|around|over|for|on|ahead\s+of|until|till)\s+(?:the\s+)?$/i;
/** A habit after the feast in its clause: "during Lent each year", "at Christmas every year", "before Easter annually". */
const EVERY_YEAR_FEAST_AFTER_RE = /^(?:\s+(?:day|eve|season|week|period|holidays?))?\s+(?:(?:each|every)\s+year|annually)(?![\w-])/i;
/** Whether the feast at [start, end) is a habit's: "every year before Christmas", "during Lent each year". */
function habitAround(s: string, start: number, end: number): boolean {
  // (A cheap look for "year" or "annually" near it first.)
  const b = s.slice(Math.max(0, start - 40), start);
  const a = s.slice(end, end + 30);
  if (!b.includes('year') && !b.includes('nnually') && !a.includes('year') && !a.includes('nnually')) return false;
  return EVERY_YEAR_FEAST_BEFORE_RE.test(b) || EVERY_YEAR_FEAST_AFTER_RE.test(a);
}

/** The holiday rule's reading of a feast's name (see holidayRules). */
function holiday(m: RegExpExecArray, ctx: RuleContext): Made | null {
  if (!/^[A-Z]/.test(m[2])) return null;
  const key = m[2].toLowerCase().replace(/\s+/g, ' ').replace(/\u2019/g, "'");
  // ("May Day" with both its capitals: "may" is also a verb.)
  if (key === 'may day' && !/^May\s+Day$/.test(m[2])) return null;
  const start = m.index;
  // ("Easter last year fell on March 31", "Christmas sales last year were weak": the year named after it, counted
  // from the article's, which stays a date of its own.)
  const end = m.index + m[0].length;
  const written = m[3] ? Number(m[3]) : yearNamedBefore(ctx.s, start, ctx) ?? (m[1] ? undefined : yearNamedAfter(ctx.s, end, ctx));
  if (key === 'lent' || key === 'advent') return churchSeason(m, ctx, start, end, key, written);
  const feast = EASTER_FEASTS[key];
  if (feast !== undefined) return easterFeast(m, ctx, start, end, key, feast, written);
  const fest = festivalKey(key);
  if (fest) return notFestival(ctx.s, start, end, fest) ? null : apposed(ctx.s, festival(m, ctx, start, end, fest, written), fest);
  const moving = WEEKDAY_HOLIDAYS[key];
  let md: [number, number] | undefined = moving ? [moving[0], 15] : HOLIDAYS[key];
  // ("Orthodox Christmas", "Orthodox Christians will celebrate Christmas on January 7": the Julian calendar's, on
  // 7 January, its eve the 6th.)
  if (key.startsWith('christmas') && (orthodoxBefore(ctx.s, start) || julianDayAfter(ctx.s, end, key === 'christmas eve'))) md = key === 'christmas eve' ? [1, 6] : [1, 7];
  // ("India's Independence Day", "Independence Day celebrations in Pakistan": that country's day.)
  if (key === 'independence day') md = independenceDay(ctx.s, start, end) ?? undefined;
  if (!md) return null;
  // Germany's and Ukraine's days of unity fall on other days: "German Unity Day" (3 October), Ukraine's (22 January).
  if (key === 'unity day' && /German|Ukrain|Kyiv|Kiev/.test(ctx.s.slice(Math.max(0, start - 80), end + 80))) return null;
  // ("Unity Day is marked on November 4": the holiday of every year.)
  if (!m[1] && written === undefined && !moving && standingDay(ctx.s, start, end, true)) return apposed(ctx.s, { start, end, type: 'DATE' as const, value: `XXXX-${pad(md[0])}-${pad(md[1])}`, inferred: ['year'], relative: true }, null);
  let y: number | undefined = written;
  if (y === undefined && ctx.ref) {
    const rel = relWord(m[1]);
    const after = DAYS_AFTER_WEEKDAY[key] ?? 0;
    const tense = rel === 'last' ? 'past' : rel === 'next' ? 'future' : tenseAt(ctx.s, start, end);
    // ("Sales fell over the Christmas period", written in November: the deed is done, the feast the latest one.)
    // ("Millions travelled home for Thanksgiving", written a fortnight before it: the journey was for the one gone.)
    let done = !rel && !m[1] && tense === 'past' && (doneAtFeast(ctx.s, start) || goneForFeast(ctx.s, start, daysAheadTo(ctx.ref, md[0], moving ? nthWeekday(ctx.ref.y, moving[0], moving[1], moving[2]) + after : md[1])));
    // ("arrived on Christmas Day (Thursday)": a weekday set beside it that the last one did not fall on leaves the year
    // to the tense.)
    if (done && !moving) {
      const wd = weekdayBeside(ctx.s, end);
      if (wd !== undefined) done = weekday({ y: Number(resolveMonthDay(ctx.ref, md[0], md[1], tense, 'last').value.slice(0, 4)), m: md[0], d: md[1] }) === wd;
    }
    const guess = resolveMonthDay(ctx.ref, md[0], moving ? nthWeekday(ctx.ref.y, moving[0], moving[1], moving[2]) + after : md[1], tense, rel === 'last' || rel === 'next' ? rel : done ? 'last' : null);
    y = Number(guess.value.slice(0, 4));
  }
  if (y === undefined) return { start, end, type: 'DATE', value: moving ? `XXXX-${pad(md[0])}` : `XXXX-${pad(md[0])}-${pad(md[1])}`, inferred: ['year'], relative: true };
  const day = moving ? nthWeekday(y, moving[0], moving[1], moving[2]) + (DAYS_AFTER_WEEKDAY[key] ?? 0) : md[1];
  // ("In 2023, crowds gathered at Christmas": the year the sentence opens with. A holiday on a weekday of a month
  // moves its day with the year: that year's day.)
  const narrative = written === undefined && !m[1] && tenseAt(ctx.s, start, end) !== 'future';
  return apposed(ctx.s, { start, end, type: 'DATE' as const, value: `${fmtMonth(y, md[0])}-${pad(day)}`, inferred: m[3] ? [] : ['year'], relative: !m[3], deferred: narrative ? (moving ? { kind: 'contextYear' as const, feast: key } : CONTEXT_YEAR) : undefined }, null);
}

/** Holidays: fixed feasts, weekday holidays, Election Day, Easter and its feasts. */
export const holidayRules: Rule[] = [
  {
    name: 'holiday',
    // (Every other holiday's name ends in "day", a word the scan looks for anyway: few words of its own keep it fast.)
    hint: /lent|advent|christmas|new\s+year|halloween|thanksgiving|hogmanay|juneteenth|day|easter|pentecost|whitsun|holy week|semana santa|diwali|deepavali|holi|navratri|navaratri|mayo|bonfire|fawkes|passover|pesach|purim|shavuo|sukko|succo|t[e\u1ebf]t|rosh|kippur|hanuk|hannuk|chanuk|eid|spring\s+festival/i,
    // (A gate of each name's own words, as "day" is in most chunks: the rule runs where a holiday's name may be.)
    gate: [HOLIDAY_GATE],
    re: re(`${B}(?:(last|next|this|every|each)\\s+)?(lent|advent|easter(?:\\s+(?:sunday|day|monday))?|holy\\s+week|semana\\s+santa|(?:good\\s+friday|holy\\s+saturday|maundy\\s+thursday|palm\\s+sunday|ash\\s+wednesday|ascension\\s+day|whit\\s*sunday|whit\\s+monday|whitsun|pentecost)|christmas(?:\\s+(?:day|eve))?|new\\s+year['\u2019]s\\s+(?:day|eve)|(?:independence|bastille|veterans|armistice|remembrance|boxing|anzac|australia|canada|memorial|labor|columbus)\\s+day|halloween|hogmanay|juneteenth|diwali|deepavali|holi|nava?ratri|(?:chinese|lunar)\\s+new\\s+year|spring\\s+festival|passover|pesach|purim|shavuo(?:t|th|s)|su(?:kk|cc)o(?:t|th|s)|t[e\u1ebf]t|rosh\\s+hashanah?|yom\\s+kippur|hann?ukk?ah|chanukk?ah|eid[\\s-]+(?:al|ul|el)[\\s-]*(?:fitr|adha|azha|zuha)|valentine['\u2019]s\\s+day|st\\.?\\s+patrick['\u2019]s\\s+day|martin\\s+luther\\s+king(?:\\s+jr\\.?)?\\s+day|presidents['\u2019]?\\s+day|thanksgiving(?:\\s+day)?|black\\s+friday|defender\\s+of\\s+the\\s+fatherland\\s+day|(?:russia|cosmonautics|(?:national\\s+)?unity)\\s+day|day\\s+of\\s+national\\s+unity|april\\s+fool(?:s['\u2019]?|['\u2019]s)\\s+day|may\\s+day|cinco\\s+de\\s+mayo|international\\s+(?:workers['\u2019]?|women['\u2019]s)\\s+day|earth\\s+day|world\\s+aids\\s+day|guy\\s+fawkes\\s+night|bonfire\\s+night)(?:,?\\s+(?:of\\s+)?(\\d{4}))?${E}`),
    make: (m, ctx) => {
      // "every Christmas", "each Easter": the feast of every year, a set; "shops are busy every year before Christmas",
      // "during Lent each year": the feast of a habit, of no one year. (Read as with no article's date, which leaves
      // the year open.)
      const every = m[1] !== undefined && /^(?:every|each)$/i.test(m[1]);
      if (!every && (m[1] || m[3] || !habitAround(ctx.s, m.index, m.index + m[0].length))) return holiday(m, ctx);
      const r = holiday(m, { s: ctx.s, ref: null });
      if (r === null || !r.value.startsWith('XXXX')) return r;
      return every ? { ...r, start: m.index, type: 'SET', inferred: [], relative: false, deferred: undefined } : { ...r, inferred: [], relative: false, deferred: undefined };
    },
    priority: 4,
  },
  {
    // "next Eid", "last Eid", "the coming Eid": "Eid" alone is either feast, the next (or latest) of the two.
    name: 'either-eid',
    hint: /eid/,
    // ("every Eid", "each Eid": both feasts of every year, a set, as "every Christmas" is.)
    re: re(`${B}(last|next|the\\s+coming|the\\s+last|every|each)\\s+(Eid)(?![\\w-])(?![\\s-]+(?:al|ul|el)[\\s-])`),
    make: (m, ctx) => {
      if (m[2] !== 'Eid') return null;
      if (/^(?:every|each)$/i.test(m[1])) return { start: m.index, end: m.index + m[0].length, type: 'SET' as const, value: 'XXXX-XX-XX', inferred: [], relative: false };
      if (!ctx.ref) return null;
      const next = !/last/i.test(m[1]);
      return { start: m.index, end: m.index + m[0].length, type: 'DATE' as const, value: eitherEid(ctx.ref, next), inferred: ['year'], relative: true };
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
    // "the last Friday of the month", "the first Monday of next month": a weekday of the article's month, or of the
    // month after or before it ("of each month" is left to the sets).
    name: 'nth-weekday-of-the-month',
    reach: 44,
    hint: /month/,
    also: [/monday|tuesday|wednesday|thursday|friday|saturday|sunday/i],
    re: re(`${B}the\\s+(first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)\\s+(${WEEKDAY_RE})\\s+(?:of|in)\\s+(the|this|next|last|the\\s+coming)\\s+month${E}`),
    make: (m, ctx) => {
      if (!ctx.ref) return null;
      const word = m[1].toLowerCase();
      const nth = word === 'last' || word === 'final' ? -1 : ORDINALS[word] ?? (parseInt(word, 10) || 0);
      const wd = WEEKDAYS[m[2].toLowerCase().replace(/s$/, '')];
      if (!nth || !wd) return null;
      const which = m[3].toLowerCase();
      let at = addMonths(ctx.ref, which === 'next' || which.endsWith('coming') ? 1 : which === 'last' ? -1 : 0);
      let day = nthWeekday(at.y, at.m, nth, wd);
      // ("The vote was held on the last Friday of the month", written mid-month: a day gone by, the month before's; "is due
      // on the first Friday of the month", the month after's.)
      const tense = which === 'the' && day !== ctx.ref.d ? tenseAt(ctx.s, m.index, m.index + m[0].length) : 'unknown';
      const move = tense === 'past' && day > ctx.ref.d ? -1 : tense === 'future' && day < ctx.ref.d ? 1 : 0;
      if (move) {
        at = addMonths(ctx.ref, move);
        day = nthWeekday(at.y, at.m, nth, wd);
      }
      if (!day) return null;
      return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: `${fmtMonth(at.y, at.m)}-${pad(day)}`, inferred: ['year', 'month'], relative: true };
    },
    priority: 6,
  },
];
