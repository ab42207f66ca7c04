// Checks on the dates an article writes: a weekday that does not fall on the day written beside it ("Friday, Oct. 30"
// when 30 October 2025 is a Thursday) is a slip a fact checker wants to see.
import type { DateAnnotation, Finding } from './types';
import { parseYmd, weekday } from './dates/calendar';

const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** A weekday opening a date's text ("Friday, Oct. 30", "Friday 30 October"). */
const WEEKDAY_FIRST = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i;

/** A `date-mismatch` finding for each day written with a weekday it does not fall on. */
export function weekdayMismatches(dates: readonly DateAnnotation[]): Finding[] {
  const out: Finding[] = [];
  for (const d of dates) {
    if (d.type !== 'DATE' || d.value.length !== 10) continue;
    const w = WEEKDAY_FIRST.exec(d.text);
    const day = w ? parseYmd(d.value) : null;
    if (!w || !day) continue;
    const written = WEEKDAY_NAMES.indexOf(w[1].toLowerCase()) + 1;
    const actual = weekday(day);
    if (written === actual) continue;
    const name = (i: number) => WEEKDAY_NAMES[i - 1][0].toUpperCase() + WEEKDAY_NAMES[i - 1].slice(1);
    // (A year the text left out was inferred; the day may be right in another year.)
    const inferred = d.inferred?.includes('year') ? ' (year inferred from the article date)' : '';
    out.push({
      code: 'date-mismatch',
      severity: 'warning',
      start: d.start,
      end: d.end,
      message: `"${d.text}": ${d.value} is a ${name(actual)}, not a ${name(written)}${inferred}. Check the day or the weekday.`,
      reasons: ['weekday'],
    });
  }
  return out;
}
