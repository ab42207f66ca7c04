// Time zones named beside clock times ("10 a.m. EST", "1430 GMT", "0400Z", "09:00 local time"). TIMEX3 values carry
// no zone (TimeBank writes "5 p.m. EST" as T17:00), so the zone is reported beside the value.

/** Standard offsets of the abbreviations news copy uses, in minutes east of UTC. */
const OFFSETS: Record<string, number> = {
  GMT: 0, UTC: 0, Z: 0, ZULU: 0,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  BST: 60, CET: 60, CEST: 120, EET: 120, EEST: 180, MSK: 180, EAT: 180, GST: 240,
  IST: 330, PKT: 300, JST: 540, KST: 540, AEST: 600, AEDT: 660,
};

/** The US zones written without standard or daylight ("ET"): their offsets in winter and in summer. */
const US_GENERIC: Record<string, [number, number]> = { ET: [-300, -240], CT: [-360, -300], MT: [-420, -360], PT: [-480, -420] };

/** "Eastern time" is ET. */
const US_NAMED: Record<string, string> = { eastern: 'ET', central: 'CT', mountain: 'MT', pacific: 'PT' };

const ZONE_RE = /(?:\b|(?<=\d))(GMT|UTC|Z|Zulu|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|CT|MT|PT|BST|CET|CEST|EET|EEST|MSK|EAT|GST|IST|PKT|JST|KST|AEST|AEDT)\b|\blocal\s+time\b|\b((?:[A-Z][a-z]+\s+){1,2})time\b/;

export interface Zone {
  /** As written: "EST", "GMT", "local time", "Kyiv time". */
  zone: string;
  /** Minutes east of UTC, when the zone says ("EST" -300); absent for "local time" and named places. */
  offset?: number;
}

/** The zone a clock time's text names, or null. `day` (YYYY-MM-DD) settles whether "ET" is EST or EDT. */
export function zoneIn(text: string, day: string): Zone | null {
  const m = ZONE_RE.exec(text);
  if (!m) return null;
  const written = m[0].replace(/\s+/g, ' ');
  const key = m[1] ? m[1].toUpperCase() : m[2] ? (US_NAMED[m[2].trim().toLowerCase()] ?? '') : '';
  if (key in OFFSETS) return { zone: written, offset: OFFSETS[key] };
  const generic = US_GENERIC[key];
  if (generic) {
    const summer = usDaylight(day);
    return summer === null ? { zone: written } : { zone: written, offset: generic[summer ? 1 : 0] };
  }
  return { zone: written };
}

/** Whether US daylight time is in force on a day (second Sunday of March to first Sunday of November); null when unknown. */
function usDaylight(day: string): boolean | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!m) return null;
  const y = Number(m[1]);
  const md = Number(m[2]) * 100 + Number(m[3]);
  const sunday = (month: number, nth: number) => {
    const first = new Date(Date.UTC(y, month - 1, 1)).getUTCDay();
    return month * 100 + 1 + ((7 - first) % 7) + 7 * (nth - 1);
  };
  return md >= sunday(3, 2) && md < sunday(11, 1);
}

/** An offset in minutes as ISO 8601 writes it: -300 -> "-05:00". */
export function formatOffset(offset: number): string {
  const a = Math.abs(offset);
  return `${offset < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}
