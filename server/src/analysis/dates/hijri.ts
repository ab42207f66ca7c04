// Hijri dates ("23 Jumada al-Awwal 1447", "the first week of Rajab 1447"), converted to the Gregorian calendar TIMEX3
// values are written in, by the arithmetical (tabular) Islamic calendar. The calendar a country observes (Umm al-Qura,
// or a sighting of the moon) may begin a month a day or two apart from it, so a converted value is never certain.
import type { Made, Rule, RuleContext } from './candidate';
import { addDays, fmtDay, fmtMonth, isoWeek, weekday, type Ymd } from './calendar';
import { tenseAt, type Tense } from './context';
import { WEEKDAYS } from './lexicon';
import { nearestYearOf } from './resolve';

/** Julian day number of the tabular calendar's epoch, 1 Muharram 1 AH (16 July 622, Julian), less one. */
const EPOCH = 1948439;

/** The Julian day number of a day of the tabular Islamic calendar (month 1 to 12). */
export function hijriToJdn(y: number, m: number, d: number): number {
  return d + Math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + Math.floor((3 + 11 * y) / 30) + EPOCH;
}

/** The Gregorian day of a Julian day number. */
export function jdnToGregorian(j: number): Ymd {
  const a = j + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return { y: 100 * b + d - 4800 + Math.floor(m / 10), m: m + 3 - 12 * Math.floor(m / 10), d: e - Math.floor((153 * m + 2) / 5) + 1 };
}

/** The Julian day number of a Gregorian day. */
function gregorianToJdn(t: Ymd): number {
  const a = Math.floor((14 - t.m) / 12);
  const y = t.y + 4800 - a;
  const m = t.m + 12 * a - 3;
  return t.d + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
}

/** The Gregorian day of a day of the tabular Islamic calendar. */
export function hijriToGregorian(y: number, m: number, d: number): Ymd {
  return jdnToGregorian(hijriToJdn(y, m, d));
}

/** Days in a month of the tabular calendar: 30 in odd months, 29 in even ones, 30 in the last of a leap year. */
function hijriMonthDays(y: number, m: number): number {
  return hijriToJdn(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - hijriToJdn(y, m, 1);
}

/**
 * The Hijri year of the given month whose day lies nearest to a Gregorian day; in a clause told in the past (or the
 * future) the nearest within the window of months a yearless Gregorian date of that tense takes ("Eid was celebrated
 * after 29th Ramazan" in December is the Ramadan gone, not the one three months ahead).
 */
function nearestHijriYear(ref: Ymd, m: number, d: number, tense: Tense): number {
  const guess = Math.floor(((gregorianToJdn(ref) - EPOCH) * 30) / 10631) + 1;
  return nearestYearOf(ref, guess, tense, (y) => hijriToGregorian(y, m, d));
}

/** The Gregorian day of a day of the Hijri year (tabular) nearest a Gregorian day in the tense's window: Eid al-Fitr, 1 Shawwal. */
export function hijriDayNear(ref: Ymd, m: number, d: number, tense: Tense): Ymd {
  return hijriToGregorian(nearestHijriYear(ref, m, d, tense), m, d);
}

/** The Gregorian day, in a Gregorian year, of a day of a Hijri month (the first such, by the tabular calendar). */
export function hijriDayInYear(gy: number, m: number, d: number): Ymd {
  return hijriToGregorian(hijriYearInGregorian(gy, m), m, d);
}

/** The Hijri year whose given month begins in a Gregorian year ("Ramadan 2026"), the first such when two do. */
function hijriYearInGregorian(gy: number, m: number): number {
  const guess = Math.floor(((gy - 622) * 33) / 32);
  for (let y = guess - 2; y <= guess + 2; y++) if (hijriToGregorian(y, m, 1).y === gy) return y;
  return guess;
}

const AP_CHARS = "'\u2018\u2019\u02bf\u02bc";
const AP = `[${AP_CHARS}]`;
/**
 * The twelve months in their common English spellings: "Muharram", "Safar", "Rabi al-Awwal" ("Rabi' al-Awwal",
 * "Rabiul Awwal", "Rabi I"), "Rabi al-Thani" ("Rabi al-Akhir", "Rabi II"), "Jumada al-Awwal" ("Jumada al-Ula",
 * "Jumadal Ula", "Jumada I"), "Jumada al-Thani" ("Jumada al-Akhirah"), "Rajab", "Sha'ban", "Ramadan" ("Ramzan"),
 * "Shawwal", "Dhu al-Qadah" ("Dhul Qa'dah"), "Dhu al-Hijjah" ("Dhul Hijjah", "Zul Hijjah").
 */
const HIJRI_MONTH = `(Muharram|Moharram|Safar|Rajab|Sha${AP}?a?ban|Ramadh?an|Ramazan|Ramzan|Shaww?al|(Rabi|Jumad[ai]|Jamad[ai]|Dhu|Zu)${AP}?(?:[\\s-]*(?:al|ul|us|as|ath|el|l)(?=[\\s-]))?[\\s${AP_CHARS}-]+(Awwal|Ula|Oula|Thani|Sani|Akhir(?:ah?)?|Akhar|Qa${AP}?dah?|Qi${AP}?dah?|Hijj?ah?|II|I))`;
const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const HIJRI_RE = new RegExp(
  `(?<![\\w-])(?:the\\s+(first|second|third|fourth|last|final)\\s+week\\s+of\\s+)?(?:${WEEKDAY},?\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?${HIJRI_MONTH}(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?(?=,?\\s+\\d{3,4}(?!\\d)))?(?:,?\\s+(\\d{3,4})(?:\\s*(?:AH|A\\.H\\.|H\\b))?)?(?![\\w-])`,
  'gi',
);

/** The month number of a spelling matched by HIJRI_MONTH: head word, and the second part for the paired months. */
function monthNumber(whole: string, head: string | undefined, part: string | undefined): number {
  if (head && part) {
    const h = head.toLowerCase();
    const p = part.toLowerCase();
    const first = p === 'awwal' || p === 'ula' || p === 'oula' || p === 'i';
    const second = p === 'thani' || p === 'sani' || p.startsWith('akh') || p === 'ii';
    if (h === 'rabi') return first ? 3 : second ? 4 : 0;
    if (h.startsWith('jumad') || h.startsWith('jamad')) return first ? 5 : second ? 6 : 0;
    return p.startsWith('q') ? 11 : p.startsWith('h') ? 12 : 0;
  }
  const w = whole.toLowerCase();
  if (w.startsWith('mu') || w.startsWith('mo')) return 1;
  if (w === 'safar') return 2;
  if (w === 'rajab') return 7;
  if (w.startsWith('sha') && w.endsWith('ban')) return 8;
  if (w.startsWith('ram')) return 9;
  if (w.startsWith('shaw')) return 10;
  return 0;
}

/** A verb after "Ramadan" that tells one Ramadan: its start, its end, or that it is under way. */
const RAMADAN_VERB_RE = /^\s+(?:(?:will|would|is\s+(?:expected|set|due)\s+to|was\s+(?:expected|set|due)\s+to)\s+)?(?:(began|begins?|starts?|started|gets?\s+under\s*way|got\s+under\s*way|kicks?\s+off|kicked\s+off)|(ended|ends?|is\s+over|was\s+over|drew\s+to\s+a\s+close|draws\s+to\s+a\s+close|came\s+to\s+an\s+end|comes\s+to\s+an\s+end|concluded|concludes)|(is\s+under\s*way|was\s+under\s*way|is\s+in\s+full\s+swing))(?![\w-])/i;
/** Capitalised words that open a clause before "Ramadan" without naming anyone. */
const OPENERS = new Set(['As', 'When', 'Since', 'After', 'Before', 'Until', 'Once', 'But', 'And', 'While', 'Then', 'Now', 'If', 'The', 'Holy', 'Islamic', 'During', 'In', 'Over', 'Throughout']);
/** "the start of", "the end of", "ahead of" (and "the holy month of") before it. */
const RAMADAN_EDGE_RE = /\b(?:(?:the\s+)?(start|beginning|onset|eve|end|close)\s+of|(ahead)\s+of)\s+(?:the\s+(?:holy\s+|fasting\s+|Muslim\s+)*month\s+of\s+)?$/i;
/** A word that places a deed in the month, right before it: "during", "in", "over the holy month of". */
const DURING_BEFORE_RE = /\b(?:during|in|over|throughout|through)\s+(?:the\s+(?:holy\s+|fasting\s+|Muslim\s+)*month\s+of\s+)?$/i;
/** Whether s[at] opens a sentence: nothing but blanks, quotes or brackets back to a stop, a line break or the start. */
function opensSentence(s: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (s.charCodeAt(k) === 32 || s.charCodeAt(k) === 34 || s.charCodeAt(k) === 40 || s.charCodeAt(k) === 0x201c)) k--;
  return k < 0 || s.charCodeAt(k) === 10 || s.charCodeAt(k) === 46 || s.charCodeAt(k) === 33 || s.charCodeAt(k) === 63;
}
/** "last", "next", "this" or "the coming" before it. */
const RAMADAN_REL_RE = /\b(last|next|this|the\s+coming|the\s+last|the\s+previous)\s+$/i;

/**
 * A bare "Ramadan" that names one Ramadan ("Ramadan ended last week", "as Ramadan began", "Ramadan is under way", "next
 * Ramadan"): the Ramadan gone, coming or under way around the reference day, as the Gregorian month holding its
 * middle; a verb dated by a day of its own ("Ramadan began on March 1") leaves it to that day ("began around Feb. 18",
 * "began Feb. 18" too).
 */
function bareRamadan(ctx: RuleContext, start: number, end: number): Made | null {
  const ref = ctx.ref!;
  const before = RAMADAN_REL_RE.exec(ctx.s.slice(Math.max(0, start - 18), start));
  const v = before ? null : RAMADAN_VERB_RE.exec(ctx.s.slice(end, end + 48));
  const edge = before || v ? null : RAMADAN_EDGE_RE.exec(ctx.s.slice(Math.max(0, start - 48), start));
  // ("Prices rose during Ramadan", "Militants will attack during Ramadan": a deed told in the past or ahead at the
  // month itself names the latest Ramadan or the next; in the present, "Muslims fast during Ramadan", it names none.)
  // (The deed's tense is its clause's before the month, not a saying's after it: "Shops open late during Ramadan, said
  // Tariq Ramadan"; only a month that opens its sentence, "During Ramadan, prices rose", reads on.)
  const lead = before || v || edge ? null : DURING_BEFORE_RE.exec(ctx.s.slice(Math.max(0, start - 48), start));
  const during = !lead ? 'unknown' : tenseAt(ctx.s, start, end, /^[A-Z]/.test(lead[0]) && opensSentence(ctx.s, start - lead[0].length));
  if (!before && !v && !edge && during === 'unknown') return null;
  // ("Tariq Ramadan began his lecture": a person's name.)
  const name = before ? null : /(?:^|[^\w-])([A-Z][a-z]+)\s+$/.exec(ctx.s.slice(Math.max(0, start - 16), start));
  if (name && !OPENERS.has(name[1])) return null;
  if (v && /^\s+(?:(?:on\s+or\s+)?(?:on|in|around|about|circa)\s+|(?=[A-Z0-9]))(?:(?:early|late|mid)[\s-]+)?(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?(?![a-z]))/.test(ctx.s.slice(end + v[0].length, end + v[0].length + 24))) return null;
  const at = gregorianToJdn(ref);
  const guess = Math.floor(((at - EPOCH) * 30) / 10631) + 1;
  const years = [guess - 1, guess, guess + 1];
  const first = (y: number): number => hijriToJdn(y, 9, 1);
  const last = (y: number): number => hijriToJdn(y, 9, hijriMonthDays(y, 9));
  const rel = before ? before[1].toLowerCase().replace(/\s+/g, ' ') : null;
  // (A day or two either way, as the moon is sighted.)
  const ended = (y: number): boolean => last(y) < at + 2;
  const begun = (y: number): boolean => first(y) <= at + 2;
  let year: number;
  if (rel === 'last' || rel === 'the last' || rel === 'the previous') year = Math.max(...years.filter((y) => last(y) < at));
  else if (rel === 'next' || rel === 'the coming') year = Math.min(...years.filter((y) => first(y) > at));
  else if (during === 'past') year = Math.max(...years.filter((y) => first(y) < at));
  else if (during === 'future') year = Math.min(...years.filter((y) => last(y) >= at));
  else if (edge) {
    // ("ahead of Ramadan": the next to begin; "the start of Ramadan", "the end of Ramadan": by the tense, the latest
    // that has begun or ended, the next to, or the nearest.)
    const day = edge[1] && /end|close/i.test(edge[1]) ? last : first;
    const tense = edge[2] ? 'future' : tenseAt(ctx.s, start, end);
    if (tense === 'past') year = Math.max(...years.filter((y) => day(y) < at + 2));
    else if (tense === 'future') year = Math.min(...years.filter((y) => day(y) >= at - 2));
    else year = years.reduce((b, y) => (Math.abs(day(y) - at) < Math.abs(day(b) - at) ? y : b));
  } else if (rel === 'this' || v?.[3]) {
    // ("this Ramadan", "Ramadan is under way": the one under way, else the one whose middle lies nearest.)
    year = years.reduce((b, y) => (Math.abs(hijriToJdn(y, 9, 15) - at) < Math.abs(hijriToJdn(b, 9, 15) - at) ? y : b));
  } else {
    // Begun or ended, told in the past: the latest Ramadan that has; in the present or ahead, the next one to.
    const past = /^(?:began|started|got|kicked|ended|was|drew|came|concluded)$/.test(v![0].trim().split(/\s+/)[0].toLowerCase());
    const done = v![1] ? begun : ended;
    year = past ? Math.max(...years.filter(done)) : Math.min(...years.filter((y) => (v![1] ? first(y) : last(y)) >= at - 2));
  }
  const mid = hijriToGregorian(year, 9, 15);
  return { start: before ? start - before[0].length : start, end, type: 'DATE', value: fmtMonth(mid.y, mid.m), inferred: ['year'], relative: true, calendar: 'islamic' };
}

/** "every " or "each " right before a month's name. */
const EVERY_BEFORE_RE = /\b(?:every|each)\s+$/i;

/** The middle day of each week of a month (the ISO week that holds it is the week's value). */
const NTH: Record<string, number> = { first: 4, second: 11, third: 18, fourth: 25 };

/** The Hijri date rule: a day, a week or a month of the Islamic calendar, as its Gregorian value (never certain). */
export const hijriRules: Rule[] = [
  {
    name: 'hijri',
    reach: 48,
    hint: /muharram|moharram|safar|rabi|jumad|jamad|rajab|sha'ban|sha\u2019ban|sha\u2018ban|sha\u02bfban|shaban|shaaban|sha'aban|ramad|ramazan|ramzan|shawal|shawwal|dhu|zul/,
    re: HIJRI_RE,
    make: (m: RegExpExecArray, ctx: RuleContext): Made | null => {
      const [, nth, wdName, dayBefore, monthText, head, part, dayAfter, yearText] = m;
      // ("Ramadan 15, 1445": a day after its month, as an American writes a Gregorian one, with its year.)
      if (dayBefore && dayAfter) return null;
      const dayText = dayBefore ?? dayAfter;
      // Month names are capitalised (the pattern ignores case for "Al-Awwal"); a weekday keeps its capital too.
      if (!/^[A-Z]/.test(monthText) || (wdName && !/^[A-Z]/.test(wdName))) return null;
      const month = monthNumber(monthText, head, part);
      if (!month) return null;
      // A bare month name ("during Ramadan") names no one month; a day or a year must go with it, unless Ramadan is
      // told as one that begins, ends or is under way ("Ramadan ended last week") or named by "last", "next", "this".
      // ("Ramadan last year began in March": the Ramadan that began in the year named after it.)
      const named = !dayText && !yearText && !nth && ctx.ref ? /^\s+(last|next|this)\s+year(?![\w'\u2019-])/.exec(ctx.s.slice(m.index + m[0].length, m.index + m[0].length + 16)) : null;
      if (named && ctx.ref) {
        const y = hijriYearInGregorian(ctx.ref.y + (named[1] === 'last' ? -1 : named[1] === 'next' ? 1 : 0), month);
        const mid = hijriToGregorian(y, month, 15);
        return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: fmtMonth(mid.y, mid.m), inferred: [], relative: true, calendar: 'islamic' };
      }
      // "Muslims fast each Ramadan", "every Muharram": the month of every Hijri year, a set (its Gregorian month moves).
      if (!dayText && !yearText && !nth && !wdName && m.index >= 5) {
        const every = EVERY_BEFORE_RE.exec(ctx.s.slice(Math.max(0, m.index - 7), m.index));
        if (every) return { start: m.index - every[0].length, end: m.index + m[0].length, type: 'SET', value: 'XXXX-XX', inferred: [], relative: false, calendar: 'islamic' };
      }
      if (!dayText && !yearText) return month === 9 && ctx.ref && !nth && !wdName ? bareRamadan(ctx, m.index, m.index + m[0].length) : null;
      let day = dayText ? Number(dayText) : 0;
      let year: number;
      const inferred: string[] = [];
      if (yearText) {
        const n = Number(yearText);
        // "Ramadan 2026": a Gregorian year, the Ramadan that begins in it; "1447" (or 1447 AH) a Hijri one.
        if (n >= 1300 && n <= 1600) year = n;
        else if (n >= 1900 && n <= 2200 && !dayText) year = hijriYearInGregorian(n, month);
        else return null;
      } else {
        if (!ctx.ref) return null;
        year = nearestHijriYear(ctx.ref, month, day || 1, tenseAt(ctx.s, m.index, m.index + m[0].length));
        inferred.push('year');
      }
      const start = m.index;
      const end = m.index + m[0].length;
      if (day) {
        if (day < 1 || day > 30) return null;
        day = Math.min(day, hijriMonthDays(year, month));
        let g = hijriToGregorian(year, month, day);
        // "Wednesday 22 Jumada al-Awwal": a weekday a day off the arithmetic is the day observed where it was written.
        const wd = wdName ? WEEKDAYS[wdName.toLowerCase()] : undefined;
        if (wd) {
          const diff = (wd - weekday(g) + 7) % 7;
          if (diff === 1) g = addDays(g, 1);
          else if (diff === 6) g = addDays(g, -1);
        }
        if (nth) return null;
        return { start, end, type: 'DATE', value: fmtDay(g), inferred, relative: inferred.length > 0, calendar: 'islamic' };
      }
      if (nth) {
        const n = NTH[nth.toLowerCase()] ?? hijriMonthDays(year, month) - 3;
        return { start, end, type: 'DATE', value: isoWeek(hijriToGregorian(year, month, n)), inferred, relative: inferred.length > 0, calendar: 'islamic' };
      }
      // A month: the Gregorian month that holds its middle (TIMEX3 has no value for a month of another calendar).
      const mid = hijriToGregorian(year, month, 15);
      return { start, end, type: 'DATE', value: fmtMonth(mid.y, mid.m), inferred, relative: inferred.length > 0, calendar: 'islamic' };
    },
    priority: 6,
  },
];
