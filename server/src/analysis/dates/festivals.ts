// The festivals of lunar and lunisolar calendars that news names most (Diwali, Holi, Navratri, the Lunar New Year and
// Vietnam's Tet, Passover, Purim, Shavuot, Sukkot, Rosh Hashanah, Yom Kippur, Hanukkah, Eid al-Fitr and Eid al-Adha), by year: their days move against the Gregorian
// calendar, so each has a table of the years whose day is settled. A year the table leaves out is dated by its year
// only ("2026-XX-XX"), never by a guess.
import type { Ymd } from './calendar';
import type { Tense } from './context';
import { hijriDayInYear, hijriDayNear } from './hijri';

/** A festival: its days by year ("MM-DD"), and either the day it falls near (to pick the year a tense means) or its Hijri month and day. */
interface Festival {
  days: Record<number, string>;
  near?: [number, number];
  hijri?: [number, number];
}

/** Diwali (Lakshmi Puja), as India's central government keeps it. (2024 and 2025 are left out: almanacs split between
 * two days, and the exchanges' trading holiday fell on the second.) */
const DIWALI: Record<number, string> = {
  2015: '11-11', 2016: '10-30', 2017: '10-19', 2018: '11-07', 2019: '10-27', 2020: '11-14', 2021: '11-04',
  2022: '10-24', 2023: '11-12', 2026: '11-08', 2027: '10-29', 2028: '10-17',
  2029: '11-05', 2030: '10-26', 2031: '11-14', 2032: '11-02', 2033: '10-22', 2034: '11-10', 2035: '10-30',
};
/** Holi, the day of colours (Holika Dahan, its bonfire, is the evening before). */
const HOLI: Record<number, string> = {
  2015: '03-06', 2016: '03-24', 2017: '03-13', 2018: '03-02', 2019: '03-21', 2020: '03-10', 2021: '03-29',
  2022: '03-18', 2023: '03-08', 2024: '03-25', 2025: '03-14', 2026: '03-04', 2027: '03-22', 2028: '03-11',
  2029: '03-01', 2030: '03-20', 2031: '03-09', 2032: '03-27', 2033: '03-16', 2034: '03-05', 2035: '03-24',
};
/** The first day of (Sharad) Navratri, the nine nights of autumn that end at Dussehra. */
const NAVRATRI: Record<number, string> = {
  2015: '10-13', 2016: '10-01', 2017: '09-21', 2018: '10-10', 2019: '09-29', 2020: '10-17', 2021: '10-07',
  2022: '09-26', 2023: '10-15', 2024: '10-03', 2025: '09-22', 2026: '10-11', 2027: '09-30', 2028: '09-19',
  2029: '10-08', 2030: '09-28', 2031: '10-17', 2032: '10-05', 2033: '09-24', 2034: '10-13', 2035: '10-02',
};
/** The Lunar (Chinese) New Year's Day, the first of the holiday's days. */
const LUNAR_NEW_YEAR: Record<number, string> = {
  2015: '02-19', 2016: '02-08', 2017: '01-28', 2018: '02-16', 2019: '02-05', 2020: '01-25', 2021: '02-12',
  2022: '02-01', 2023: '01-22', 2024: '02-10', 2025: '01-29', 2026: '02-17', 2027: '02-06', 2028: '01-26',
  2029: '02-13', 2030: '02-03', 2031: '01-23', 2032: '02-11', 2033: '01-31', 2034: '02-19', 2035: '02-08',
};
// The Jewish festivals: the first full day of each, 15 Nisan, 1 Tishri, 10 Tishri and 25 Kislev (each begins at
// sundown the evening before, which reports often give as its start).
const PASSOVER: Record<number, string> = {
  2015: '04-04', 2016: '04-23', 2017: '04-11', 2018: '03-31', 2019: '04-20', 2020: '04-09', 2021: '03-28',
  2022: '04-16', 2023: '04-06', 2024: '04-23', 2025: '04-13', 2026: '04-02', 2027: '04-22', 2028: '04-11',
  2029: '03-31', 2030: '04-18', 2031: '04-08', 2032: '03-27', 2033: '04-14', 2034: '04-04', 2035: '04-24',
};
const ROSH_HASHANAH: Record<number, string> = {
  2015: '09-14', 2016: '10-03', 2017: '09-21', 2018: '09-10', 2019: '09-30', 2020: '09-19', 2021: '09-07',
  2022: '09-26', 2023: '09-16', 2024: '10-03', 2025: '09-23', 2026: '09-12', 2027: '10-02', 2028: '09-21',
  2029: '09-10', 2030: '09-28', 2031: '09-18', 2032: '09-06', 2033: '09-24', 2034: '09-14', 2035: '10-04',
};
const YOM_KIPPUR: Record<number, string> = {
  2015: '09-23', 2016: '10-12', 2017: '09-30', 2018: '09-19', 2019: '10-09', 2020: '09-28', 2021: '09-16',
  2022: '10-05', 2023: '09-25', 2024: '10-12', 2025: '10-02', 2026: '09-21', 2027: '10-11', 2028: '09-30',
  2029: '09-19', 2030: '10-07', 2031: '09-27', 2032: '09-15', 2033: '10-03', 2034: '09-23', 2035: '10-13',
};
const HANUKKAH: Record<number, string> = {
  2015: '12-07', 2016: '12-25', 2017: '12-13', 2018: '12-03', 2019: '12-23', 2020: '12-11', 2021: '11-29',
  2022: '12-19', 2023: '12-08', 2024: '12-26', 2025: '12-15', 2026: '12-05', 2027: '12-25', 2028: '12-13',
  2029: '12-02', 2030: '12-21', 2031: '12-10', 2032: '11-28', 2033: '12-17', 2034: '12-07', 2035: '12-26',
};
// Purim (14 Adar, in a leap year 14 Adar II), Shavuot (6 Sivan) and Sukkot (15 Tishri), their first full day too
// (Shushan Purim, a day later, is Jerusalem's).
const PURIM: Record<number, string> = {
  2015: '03-05', 2016: '03-24', 2017: '03-12', 2018: '03-01', 2019: '03-21', 2020: '03-10', 2021: '02-26',
  2022: '03-17', 2023: '03-07', 2024: '03-24', 2025: '03-14', 2026: '03-03', 2027: '03-23', 2028: '03-12',
  2029: '03-01', 2030: '03-19', 2031: '03-09', 2032: '02-26', 2033: '03-15', 2034: '03-05', 2035: '03-25',
};
const SHAVUOT: Record<number, string> = {
  2015: '05-24', 2016: '06-12', 2017: '05-31', 2018: '05-20', 2019: '06-09', 2020: '05-29', 2021: '05-17',
  2022: '06-05', 2023: '05-26', 2024: '06-12', 2025: '06-02', 2026: '05-22', 2027: '06-11', 2028: '05-31',
  2029: '05-20', 2030: '06-07', 2031: '05-28', 2032: '05-16', 2033: '06-03', 2034: '05-24', 2035: '06-13',
};
const SUKKOT: Record<number, string> = {
  2015: '09-28', 2016: '10-17', 2017: '10-05', 2018: '09-24', 2019: '10-14', 2020: '10-03', 2021: '09-21',
  2022: '10-10', 2023: '09-30', 2024: '10-17', 2025: '10-07', 2026: '09-26', 2027: '10-16', 2028: '10-05',
  2029: '09-24', 2030: '10-12', 2031: '10-02', 2032: '09-20', 2033: '10-08', 2034: '09-28', 2035: '10-18',
};
/** Tet, the Vietnamese New Year: the Lunar New Year's day as Vietnam's clock (an hour behind China's) reckons it, the
 * same day in these years but for those whose new moon falls near midnight (2027, 2030), left out. */
const TET: Record<number, string> = Object.fromEntries(Object.entries(LUNAR_NEW_YEAR).filter(([y]) => y !== '2027' && y !== '2030'));
// The Eids as Saudi Arabia observed them (where the moon was sighted a day later, as often in South Asia, a day
// later). The years to come are left out: their day waits on the sighting of the moon. (Eid al-Fitr 2016 fell on
// different days in different countries.)
const EID_AL_FITR: Record<number, string> = {
  2015: '07-17', 2017: '06-25', 2018: '06-15', 2019: '06-04', 2020: '05-24', 2021: '05-13', 2022: '05-02',
  2023: '04-21', 2024: '04-10', 2025: '03-30',
};
const EID_AL_ADHA: Record<number, string> = {
  2015: '09-24', 2016: '09-12', 2017: '09-01', 2018: '08-21', 2019: '08-11', 2020: '07-31', 2021: '07-20',
  2022: '07-09', 2023: '06-28', 2024: '06-16', 2025: '06-06',
};

const FESTIVALS: Record<string, Festival> = {
  diwali: { days: DIWALI, near: [11, 1] },
  holi: { days: HOLI, near: [3, 15] },
  navratri: { days: NAVRATRI, near: [10, 1] },
  'lunar new year': { days: LUNAR_NEW_YEAR, near: [2, 5] },
  passover: { days: PASSOVER, near: [4, 10] },
  'rosh hashanah': { days: ROSH_HASHANAH, near: [9, 20] },
  'yom kippur': { days: YOM_KIPPUR, near: [9, 30] },
  hanukkah: { days: HANUKKAH, near: [12, 12] },
  purim: { days: PURIM, near: [3, 12] },
  shavuot: { days: SHAVUOT, near: [5, 30] },
  sukkot: { days: SUKKOT, near: [10, 3] },
  tet: { days: TET, near: [2, 5] },
  'eid al-fitr': { days: EID_AL_FITR, hijri: [10, 1] },
  'eid al-adha': { days: EID_AL_ADHA, hijri: [12, 10] },
};

/** The festival a name (lower-cased, blanks single) is a spelling of: "deepavali" is Diwali, "eid ul-fitr" Eid al-Fitr. */
export function festivalKey(name: string): string | null {
  if (FESTIVALS[name]) return name;
  if (name === 'deepavali') return 'diwali';
  if (name === 'navaratri') return 'navratri';
  if (name === 'chinese new year' || name === 'spring festival') return 'lunar new year';
  if (name === 'pesach') return 'passover';
  if (name === 'shavuos' || name === 'shavuoth') return 'shavuot';
  if (name === 'sukkos' || name === 'succot' || name === 'succoth' || name === 'sukkoth') return 'sukkot';
  if (name === 't\u1ebft') return 'tet';
  if (name.startsWith('rosh')) return 'rosh hashanah';
  if (name === 'chanukah' || name === 'hanukah' || name === 'hannukah' || name === 'chanukkah') return 'hanukkah';
  // ("Eid" alone may be either, and is left alone.)
  if (name.startsWith('eid')) return /fitr/.test(name) ? 'eid al-fitr' : /adha|azha|zuha/.test(name) ? 'eid al-adha' : null;
  return null;
}

/** The festival's value in year y: its day from the table, or the year alone ("2026-XX-XX"). */
export function festivalValue(key: string, y: number): string {
  const day = FESTIVALS[key]?.days[y];
  return `${String(y).padStart(4, '0')}-${day ?? 'XX-XX'}`;
}

/**
 * The [month, day] by which the year a tense means is picked around a reference day: the festival's day in the
 * reference year (or the day it falls near); for an Eid, null (see eidYear).
 */
export function festivalNear(key: string, refYear: number): [number, number] | null {
  const f = FESTIVALS[key];
  if (!f || f.hijri) return null;
  const day = f.days[refYear];
  return day ? [Number(day.slice(0, 2)), Number(day.slice(3))] : f.near ?? null;
}

/**
 * A festival's value with only its year ("2024-XX-XX") as the day it falls near, to place it in a narrative; an Eid,
 * which moves through the whole year, as its last day (a narrative's month before it never keeps it out).
 */
export function feastProbe(key: string, value: string): string | null {
  const f = FESTIVALS[key];
  if (!f) return null;
  const [m, d] = f.near ?? [12, 31];
  return `${value.slice(0, 4)}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The [month, day] a festival falls near in year y, when its table gives only the year: the day it falls near, or an
 * Eid's day by the tabular calendar (which the day of the moon's sighting may miss by a day or two).
 */
export function festivalAround(key: string, y: number): [number, number, number] | null {
  const f = FESTIVALS[key];
  if (!f) return null;
  if (f.near) return [f.near[0], f.near[1], 45];
  const g = hijriDayInYear(y, f.hijri![0], f.hijri![1]);
  return g.y === y ? [g.m, g.d, 3] : null;
}

/** The Gregorian year of the Eid a tense means around a reference day: that of its Hijri day (by the tabular calendar). */
export function eidYear(key: string, ref: Ymd, tense: Tense): number {
  const [m, d] = FESTIVALS[key].hijri ?? [10, 1];
  return hijriDayNear(ref, m, d, tense).y;
}

/**
 * "next Eid", "last Eid": either Eid, the first after the reference day or the latest before it, as its table gives
 * its day (by the tabular calendar where the table waits on the moon, its year only).
 */
export function eitherEid(ref: Ymd, next: boolean): string {
  const at = Date.UTC(ref.y, ref.m - 1, ref.d);
  let best: [number, string] | null = null;
  for (const key of ['eid al-fitr', 'eid al-adha']) {
    const [hm, hd] = FESTIVALS[key].hijri!;
    for (let y = ref.y - 1; y <= ref.y + 1; y++) {
      const g = hijriDayInYear(y, hm, hd);
      const day = FESTIVALS[key].days[g.y];
      const t = day ? Date.UTC(g.y, Number(day.slice(0, 2)) - 1, Number(day.slice(3))) : Date.UTC(g.y, g.m - 1, g.d);
      if (next ? t <= at : t >= at) continue;
      if (!best || (next ? t < best[0] : t > best[0])) best = [t, day ? `${g.y}-${day}` : `${g.y}-XX-XX`];
    }
  }
  return best![1];
}
