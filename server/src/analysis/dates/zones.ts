// Time zones named beside clock times ("10 a.m. EST", "1430 GMT", "0400Z", "06:42 UTC+8", "21:15 Kyiv time",
// "09:42 local time (06:42 UTC)"). TIMEX3 values carry no zone (TimeBank writes "5 p.m. EST" as T17:00), so the zone
// is reported beside the value, with its offset from UTC where the zone or the text gives it.
import { lazyRegExp } from '../chars';

/** Standard offsets of the abbreviations news copy uses, in minutes east of UTC. */
const OFFSETS: Record<string, number> = {
  GMT: 0, UTC: 0, Z: 0, ZULU: 0,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  BST: 60, CET: 60, CEST: 120, EET: 120, EEST: 180, MSK: 180, EAT: 180, GST: 240,
  IST: 330, PKT: 300, JST: 540, KST: 540, AEST: 600, AEDT: 660,
  // Indonesia's western, central and eastern times.
  WIB: 420, WITA: 480, WIT: 540,
};

/** Summer time rules: the US's (second Sunday of March to first Sunday of November) and the EU's (last Sunday of
 * March to last Sunday of October). */
type Rule = 'us' | 'eu' | null;

/** Zones written without standard or daylight, and places' times: offsets in winter and in summer, and the rule. */
const NAMED: Record<string, [number, number, Rule]> = {
  ET: [-300, -240, 'us'], CT: [-360, -300, 'us'], MT: [-420, -360, 'us'], PT: [-480, -420, 'us'],
  eastern: [-300, -240, 'us'], central: [-360, -300, 'us'], mountain: [-420, -360, 'us'], pacific: [-480, -420, 'us'],
  washington: [-300, -240, 'us'], 'new york': [-300, -240, 'us'],
  london: [0, 60, 'eu'], british: [0, 60, 'eu'], lisbon: [0, 60, 'eu'],
  paris: [60, 120, 'eu'], berlin: [60, 120, 'eu'], brussels: [60, 120, 'eu'], warsaw: [60, 120, 'eu'], rome: [60, 120, 'eu'],
  madrid: [60, 120, 'eu'], vienna: [60, 120, 'eu'], 'central european': [60, 120, 'eu'],
  kyiv: [120, 180, 'eu'], kiev: [120, 180, 'eu'], athens: [120, 180, 'eu'], helsinki: [120, 180, 'eu'], bucharest: [120, 180, 'eu'],
  chisinau: [120, 180, 'eu'], riga: [120, 180, 'eu'], vilnius: [120, 180, 'eu'], tallinn: [120, 180, 'eu'],
  moscow: [180, 180, null], minsk: [180, 180, null], istanbul: [180, 180, null], ankara: [180, 180, null], turkish: [180, 180, null],
  baghdad: [180, 180, null], riyadh: [180, 180, null], doha: [180, 180, null], nairobi: [180, 180, null], tehran: [210, 210, null],
  dubai: [240, 240, null], 'abu dhabi': [240, 240, null], kabul: [270, 270, null], islamabad: [300, 300, null],
  delhi: [330, 330, null], 'new delhi': [330, 330, null], indian: [330, 330, null], dhaka: [360, 360, null],
  beijing: [480, 480, null], 'hong kong': [480, 480, null], taipei: [480, 480, null], manila: [480, 480, null], singapore: [480, 480, null],
  tokyo: [540, 540, null], seoul: [540, 540, null], pyongyang: [540, 540, null], japan: [540, 540, null], korea: [540, 540, null],
};

const ZONE_RE = lazyRegExp(() => /(?:(?<![\p{L}\d])|(?<=\d))(?:(UTC|GMT)\s?([+\u2212-])\s?(\d{1,2})(?::?(\d\d))?|(GMT|UTC|Z|Zulu|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|CT|MT|PT|BST|CET|CEST|EET|EEST|MSK|EAT|GST|IST|PKT|JST|KST|AEST|AEDT|WITA|WIB|WIT))\b|\blocal\s+time\b|(?<!\p{L})((?:\p{Lu}\p{Ll}+\s+){1,2})[Tt]ime\b/u);

/** The same moment in UTC, in brackets after a local time: "(06:42 UTC)", "(0040 GMT)". */
const UTC_IN_BRACKETS_RE = /\(\s*(?:about\s+)?([01]?\d|2[0-3]):?([0-5]\d)\s*(?:GMT|UTC|Z)\s*\)/;

export interface Zone {
  /** As written: "EST", "GMT", "UTC+8", "local time", "Kyiv time"; "" when the text names none for this clock but gives
   * the same moment in UTC in brackets ("10:35 a.m. (0735 GMT)": the offset is the difference). */
  zone: string;
  /** Minutes east of UTC, when the zone or the text says ("EST" -300); absent for an unknown place's time. */
  offset?: number;
}

/**
 * The zone a clock time's text names, or null. `value` (its TIMEX3 value, YYYY-MM-DDTHH:MM) settles summer time and,
 * with a UTC time in brackets ("09:42 local time (06:42 UTC)"), the offset of a zone known only as local.
 */
export function zoneIn(text: string, value: string): Zone | null {
  const m = ZONE_RE().exec(text);
  if (!m) return null;
  // "10:35 a.m. (0735 GMT)": the zone is the bracketed clock's; this one's is unnamed, its offset the difference.
  if (m[0] === 'GMT' || m[0] === 'UTC' || m[0] === 'Z') {
    const inBrackets = UTC_IN_BRACKETS_RE.exec(text);
    if (inBrackets && m.index > inBrackets.index && m.index < inBrackets.index + inBrackets[0].length) {
      const offset = offsetFromUtc(value, inBrackets);
      return offset === null ? null : { zone: '', offset };
    }
  }
  const written = m[0].replace(/\s+/g, ' ');
  if (m[1]) {
    const offset = (m[2] === '+' ? 1 : -1) * (Number(m[3]) * 60 + Number(m[4] ?? 0));
    return Math.abs(offset) <= 14 * 60 ? { zone: written, offset } : { zone: written };
  }
  const key = m[5] ? m[5].toUpperCase() : '';
  if (key in OFFSETS) return { zone: written, offset: OFFSETS[key] };
  // ("Chișinău time" is Chisinau time.)
  const named = NAMED[m[5] ? key : (m[6] ?? '').trim().toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')];
  if (named) {
    const summer = named[2] ? daylight(value, named[2]) : false;
    if (summer !== null) return { zone: written, offset: named[summer ? 1 : 0] };
  }
  // "09:42 local time (06:42 UTC)": the difference is the offset.
  const utc = UTC_IN_BRACKETS_RE.exec(text);
  const offset = utc ? offsetFromUtc(value, utc) : null;
  return offset !== null ? { zone: written, offset } : { zone: written };
}

/** The offset of a clock (its TIMEX3 value) from the same moment in UTC that brackets give ("(06:42 UTC)"), or null. */
function offsetFromUtc(value: string, utc: RegExpExecArray): number | null {
  const clock = /T(\d\d):(\d\d)(?::\d\d)?$/.exec(value);
  if (!clock) return null;
  let offset = Number(clock[1]) * 60 + Number(clock[2]) - (Number(utc[1]) * 60 + Number(utc[2]));
  if (offset > 14 * 60) offset -= 1440;
  if (offset < -12 * 60) offset += 1440;
  return offset;
}

/** Whether summer time is in force on a value's day under a rule; null when the day is unknown. */
function daylight(value: string, rule: 'us' | 'eu'): boolean | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  const y = Number(m[1]);
  const md = Number(m[2]) * 100 + Number(m[3]);
  const firstSunday = (month: number) => 1 + ((7 - new Date(Date.UTC(y, month - 1, 1)).getUTCDay()) % 7);
  const lastSunday = (month: number) => {
    const last = new Date(Date.UTC(y, month, 0));
    return last.getUTCDate() - last.getUTCDay();
  };
  if (rule === 'us') return md >= 300 + firstSunday(3) + 7 && md < 1100 + firstSunday(11);
  return md >= 300 + lastSunday(3) && md < 1000 + lastSunday(10);
}

/** An offset in minutes as ISO 8601 writes it: -300 -> "-05:00". */
export function formatOffset(offset: number): string {
  const a = Math.abs(offset);
  return `${offset < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}
