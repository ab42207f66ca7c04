// Dates of the Iranian (Solar Hijri) calendar, the one Iran's officials and state media write in ("22 Bahman 1357",
// "the 13th of Aban", "the Iranian year 1405"), converted to the Gregorian calendar TIMEX3 values are written in. The
// year begins at Nowruz, on 20 or 21 March; the leap years follow the arithmetic (33-year) rule, which agrees with the
// observed calendar for the years the news writes. A converted value is never certain.
import type { Made, Rule, RuleContext } from './candidate';
import { addDays, fmtDay, type Ymd } from './calendar';
import { tenseAt, type Tense } from './context';
import { nearestYearOf } from './resolve';

/** Years of the Solar Hijri calendar at which its leap cycle breaks (the arithmetic rule's table). */
const BREAKS = [-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178];

/** The day of March (Gregorian year jy + 621) on which 1 Farvardin of Solar Hijri year jy falls. */
export function nowruzDay(jy: number): number {
  const gy = jy + 621;
  let leapJ = -14;
  let jp = BREAKS[0];
  let jump = 0;
  for (let i = 1; i < BREAKS.length; i++) {
    const jm = BREAKS[i];
    jump = jm - jp;
    if (jy < jm) break;
    leapJ += Math.floor(jump / 33) * 8 + Math.floor((jump % 33) / 4);
    jp = jm;
  }
  const n = jy - jp;
  leapJ += Math.floor(n / 33) * 8 + Math.floor(((n % 33) + 3) / 4);
  if (jump % 33 === 4 && jump - n === 4) leapJ++;
  const leapG = Math.floor(gy / 4) - Math.floor(((Math.floor(gy / 100) + 1) * 3) / 4) - 150;
  return 20 + leapJ - leapG;
}

/** The Gregorian day of day d of month m (1 to 12) of Solar Hijri year jy: six months of 31 days, then of 30. */
export function persianToGregorian(jy: number, m: number, d: number): Ymd {
  const offset = m <= 7 ? (m - 1) * 31 : 186 + (m - 7) * 30;
  return addDays({ y: jy + 621, m: 3, d: nowruzDay(jy) }, offset + d - 1);
}

/** The months, by their common English spellings ("Tir" is left out: its letters open too many words to hint it). */
const MONTHS: Record<string, number> = {
  farvardin: 1, ordibehesht: 2, khordad: 3, mordad: 5, amordad: 5, shahrivar: 6, mehr: 7, aban: 8, azar: 9, dey: 10, bahman: 11, esfand: 12, esfahand: 12,
};

/** A day and a month, maybe a year: "22 Bahman 1357", "the 13th of Aban", "1 Farvardin 1405 SH". */
const PERSIAN_DAY_RE = /(?<![\w-])(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(Farvardin|Ordibehesht|Khordad|A?mordad|Shahrivar|Mehr|Aban|Azar|Dey|Bahman|Esfa?h?and)(?:,?\s+(1[34]\d\d)(?:\s*(?:SH|AP|S\.H\.|HS))?)?(?![\w-])/g;
/** A year of the Iranian calendar, named so: "Iranian year 1404", "Persian calendar year 1405", "solar Hijri year 1403". */
const PERSIAN_YEAR_RE = /(?<![\w-])(?:Iranian|Persian|[Ss]olar\s+Hijri)\s+(?:calendar\s+|fiscal\s+|new\s+)?year\s+(1[34]\d\d)(?![\w-])/g;

/**
 * The nearest Solar Hijri year to a Gregorian day for a month and day: the one whose day lies closest; in a clause told
 * in the past (or the future) the nearest within the window of months a yearless Gregorian date of that tense takes
 * ("Crowds marked the 13th of Aban" in October is the Aban gone, not the one a month ahead), as the Hijri rule does.
 */
function nearestPersianYear(ref: Ymd, m: number, d: number, tense: Tense): number {
  return nearestYearOf(ref, ref.y - 621, tense, (y) => persianToGregorian(y, m, d));
}

/** The Solar Hijri rules: a day of the Iranian calendar as its Gregorian day, a year as the Gregorian year it mostly lies in. */
export const persianRules: Rule[] = [
  {
    name: 'persian-day',
    reach: 24,
    hint: /farvardin|ordibehesht|khordad|mordad|shahrivar|mehr|aban|azar|dey|bahman|esfand|esfahand/,
    re: PERSIAN_DAY_RE,
    make: (m: RegExpExecArray, ctx: RuleContext): Made | null => {
      const [, dayText, monthText, yearText] = m;
      const month = MONTHS[monthText.toLowerCase()];
      const day = Number(dayText);
      if (!month || day < 1 || day > (month <= 6 ? 31 : 30)) return null;
      const inferred: string[] = [];
      let year: number;
      if (yearText) year = Number(yearText);
      else {
        if (!ctx.ref) return null;
        year = nearestPersianYear(ctx.ref, month, day, tenseAt(ctx.s, m.index, m.index + m[0].length));
        inferred.push('year');
      }
      return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: fmtDay(persianToGregorian(year, month, day)), inferred, relative: inferred.length > 0, calendar: 'persian' };
    },
    priority: 6,
  },
  {
    name: 'persian-year',
    reach: 8,
    hint: /iranian|persian|solar hijri/,
    re: PERSIAN_YEAR_RE,
    make: (m: RegExpExecArray): Made | null => {
      const year = Number(m[1]);
      // The year runs from March to March: the Gregorian year that holds its first nine months.
      return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: String(year + 621), inferred: [], relative: false, calendar: 'persian' };
    },
    priority: 6,
  },
];
