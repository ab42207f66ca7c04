// Bangla (Bengali) calendar dates ("15 Shraban", "8 Falgun 1431", "Pahela Baishakh" aside), as Bangladeshi copy writes
// them, converted by the calendar Bangladesh has kept fixed to the Gregorian one since its 2019 revision: 1 Baishakh
// is 14 April; the first six months have 31 days, the next four and Chaitra 30, Falgun 29 (30 when its February has a
// 29th). West Bengal's almanac may begin a month a day apart, so a converted value is never certain.
import type { Made, Rule, RuleContext } from './candidate';
import { addDays, fmtDay, type Ymd } from './calendar';
import { tenseAt } from './context';
import { resolveMonthDay } from './resolve';

/** The month of each spelling (lower case), 1 (Baishakh) to 12 (Chaitra). */
const BANGLA_MONTHS: Record<string, number> = {
  baishakh: 1, boishakh: 1, baisakh: 1, boishak: 1,
  jyoishtho: 2, jyaistha: 2, jaishtha: 2, joishtho: 2, jyoishto: 2, jaistha: 2,
  asharh: 3, ashar: 3, asadh: 3, asharha: 3,
  shraban: 4, srabon: 4, shrabon: 4, sraban: 4, shrabana: 4,
  bhadra: 5, bhadro: 5, vadro: 5,
  ashwin: 6, ashshin: 6, aswin: 6,
  kartik: 7, kartick: 7,
  agrahayan: 8, agrahayon: 8, ogrohayon: 8, agrahayana: 8, ograhayon: 8,
  poush: 9, paush: 9,
  magh: 10,
  falgun: 11, phalgun: 11, falgoon: 11, phalgoon: 11,
  chaitra: 12, choitro: 12, chaitro: 12, choitra: 12,
};
const MONTH_NAMES = Object.keys(BANGLA_MONTHS);
const CAPITALISED = MONTH_NAMES.map((w) => w[0].toUpperCase() + w.slice(1)).join('|');

/** Days from 1 Baishakh to the first of each month (Falgun's length aside, which only moves Chaitra's end). */
const MONTH_START = [0, 31, 62, 93, 124, 155, 186, 216, 246, 276, 306, 335];

/**
 * "15 Shraban", "the 8th of Falgun", "30 Chaitra 1431", "Falgun 1431 BS" (no month alone: "Kartik" and "Bhadra" are
 * names too). Month names are capitalised.
 */
const BANGLA_RE = new RegExp(
  `(?<![\\w-])(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${CAPITALISED})(?:,?\\s+(1[34]\\d\\d)(?:\\s*(?:BS|B\\.S\\.|Bangabda|Bengali\\s+year))?)?|(${CAPITALISED}),?\\s+(1[34]\\d\\d)(?:\\s*(?:BS|B\\.S\\.|Bangabda))?)(?![\\w-])`,
  'g',
);

/** The Gregorian day of a day of the Bangladeshi calendar in Bangla year y (1 Baishakh y is 14 April of y + 593). */
function banglaToGregorian(y: number, month: number, day: number): Ymd {
  return addDays({ y: y + 593, m: 4, d: 14 }, MONTH_START[month - 1] + day - 1);
}

/** Days in a month of the Bangladeshi calendar (Falgun: 30 when the February it runs through has 29 days). */
function monthDays(y: number, month: number): number {
  if (month <= 6) return 31;
  if (month !== 11) return 30;
  const g = y + 594;
  return (g % 4 === 0 && g % 100 !== 0) || g % 400 === 0 ? 30 : 29;
}

/** The Bangla date rule: a day of the Bangladeshi calendar as its Gregorian value (never certain). */
export const banglaRules: Rule[] = [
  {
    name: 'bangla',
    reach: 24,
    // (Each spelling is a literal the hint scan finds; none that other words hold, as "ashin" is in "Washington", "pous"
    // in "spouse".)
    hint: /baishakh|boishakh|baisakh|boishak|jyoishtho|jyaistha|jaishtha|joishtho|jyoishto|jaistha|ashar|asadh|shraban|srabon|shrabon|sraban|bhadra|bhadro|vadro|ashwin|ashshin|aswin|kartik|kartick|agrahayan|agrahayon|ogrohayon|ograhayon|poush|paush|magh|falgun|phalgun|falgoon|phalgoon|chaitra|choitro|chaitro|choitra/,
    re: BANGLA_RE,
    make: (m: RegExpExecArray, ctx: RuleContext): Made | null => {
      const monthText = m[2] ?? m[4];
      const month = BANGLA_MONTHS[monthText.toLowerCase()];
      if (!month) return null;
      const start = m.index;
      const end = m.index + m[0].length;
      const yearText = m[3] ?? m[5];
      if (!m[1]) {
        // "Falgun 1431": the Gregorian month that holds its middle.
        const mid = banglaToGregorian(Number(yearText), month, 15);
        return { start, end, type: 'DATE', value: fmtDay(mid).slice(0, 7), inferred: [], relative: false, calendar: 'bengali' };
      }
      const day = Number(m[1]);
      if (day < 1 || day > 31) return null;
      if (yearText) {
        const y = Number(yearText);
        if (day > monthDays(y, month)) return null;
        return { start, end, type: 'DATE', value: fmtDay(banglaToGregorian(y, month, day)), inferred: [], relative: false, calendar: 'bengali' };
      }
      // Without its year: the Gregorian day it falls on (the same every year but 30 Falgun, 14 March in a leap year,
      // the only one that has it), in the year the clause's tense picks. (1430's Falgun ran through February 2024.)
      if (day > monthDays(1430, month)) return null;
      const g = banglaToGregorian(1430, month, day);
      const r = resolveMonthDay(ctx.ref, g.m, g.d, tenseAt(ctx.s, start, end));
      return { start, end, type: 'DATE', value: r.value, inferred: r.inferred, relative: r.relative, calendar: 'bengali' };
    },
    priority: 6,
  },
  {
    // "36 July", "July 36": Bangladesh's count of the July uprising of 2024 on past July's end, its days of August
    // ("36 July" is 5 August 2024, the day Sheikh Hasina fled).
    name: 'july-count',
    reach: 24,
    hint: /july/,
    also: [/3[2-6]/],
    re: /(?<![\w.,-])(?:(3[2-6])(?:nd|rd|th)?\s+(?:of\s+)?July|July\s+(3[2-6]))(?![\w-]|[.,:]\d|\s*,?\s*\d)/g,
    make: (m: RegExpExecArray): Made => ({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: `2024-08-0${Number(m[1] ?? m[2]) - 31}`, inferred: [], relative: false }),
    priority: 6,
  },
];
