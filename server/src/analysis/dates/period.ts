// The period a bulletin reports on: "Weekly Situation Report No. 9 (8 - 14 September 2025)", "Monthly Bulletin,
// September 2025". Published after it, its "this week" and "this month" are that period, not the week or month of the
// publication date, and its "last week" and "next month" count from that period.
import type { Candidate } from './candidate';
import { addDays, addMonths, daysInMonth, fmtDay, fmtMonth, isoWeek, parseYmd } from './calendar';

/** A title of a periodic report: "Weekly", "Monthly", "Bulletin", "Situation Report", "Sitrep", "Update". */
const PERIODIC_TITLE_RE = /\b(?:weekly|monthly|bulletin|situation\s+report|sitrep|update)\b/i;
/** "the third week of the month", "the last week of the month" (as widenToWeek in dates.ts reads them). */
const NTH_WEEK_OF_THE_MONTH = /^the\s+(first|second|third|fourth|last|final)\s+week\s+of\s+the\s+month$/i;
const NTH_WEEK: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };
/** How many of the first dates may stand in the title. */
const TITLE_DATES = 3;
/** How long after its period a bulletin may be published and still say "this week" of it (days). */
const PUBLISHED_WITHIN = 31;

/**
 * Gives "this week" and "this month" the period a bulletin's title names (a week written as a range of seven days,
 * or a month), when the bulletin is dated after that period, and counts "last" and "next" week or month from it.
 * `list` is sorted by start.
 */
export function reportingPeriod(text: string, list: Candidate[], referenceDay: string | null): void {
  const ref = parseYmd(referenceDay);
  if (!ref || !list.length) return;
  // The title: the first line that holds a date, a Markdown heading.
  const first = list[0];
  const lineStart = text.lastIndexOf('\n', first.start - 1) + 1;
  if (text.charCodeAt(lineStart) !== 35) return;
  let lineEnd = text.indexOf('\n', first.end);
  if (lineEnd < 0) lineEnd = text.length;
  const title = text.slice(lineStart, lineEnd);
  if (!PERIODIC_TITLE_RE.test(title)) return;
  let week: string | null = null;
  let month: string | null = null;
  let last: string | null = null;
  for (let k = 0; k < list.length && k < TITLE_DATES && list[k].end <= lineEnd; k++) {
    const c = list[k];
    if (c.type !== 'DATE' || c.relative) continue;
    if (c.value.length === 7 && /^\d{4}-\d\d$/.test(c.value)) {
      month = c.value;
      last = `${c.value}-28`;
    }
    const next = list[k + 1];
    const from = parseYmd(c.value);
    const to = next && next.end <= lineEnd && next.type === 'DATE' ? parseYmd(next.value) : null;
    if (from && to && c.value.length === 10 && next.value.length === 10 && fmtDay(addDays(from, 6)) === next.value && isoWeek(from) === isoWeek(to)) {
      week = isoWeek(to);
      last = next.value;
    }
  }
  if (!last || (!week && !month)) return;
  // Only a bulletin dated after its period (and not long after): one dated within it says "this week" of its own.
  const end = parseYmd(last);
  const refDay = fmtDay(ref);
  if (!end || refDay <= last || fmtDay(addDays(end, PUBLISHED_WITHIN)) < refDay) return;
  if (week && week === isoWeek(ref)) return;
  if (month && month === refDay.slice(0, 7)) return;
  // ("This month, partners reached 820,000 people, down from 870,000 last month": last month is the one before it.)
  const weekMonday = week ? addDays(end, -6) : null;
  for (const c of list) {
    if (c.start < lineEnd || c.type !== 'DATE') continue;
    // "Cholera cases rose in the third week of the month": of the bulletin's month (the week that holds its 15th).
    if (month && c.end - c.start >= 26 && c.value.length === 8) {
      const nth = NTH_WEEK_OF_THE_MONTH.exec(text.slice(c.start, c.end));
      if (nth) {
        const y = Number(month.slice(0, 4));
        const mo = Number(month.slice(5));
        const k = NTH_WEEK[nth[1].toLowerCase()];
        c.value = isoWeek({ y, m: mo, d: k ? 1 + 7 * (k - 1) : daysInMonth(y, mo) });
      }
      continue;
    }
    if (c.end - c.start < 8 || c.end - c.start > 10) continue;
    const words = text.slice(c.start, c.end).toLowerCase();
    // ("During the month, 1,200 cases were reported": the month a bulletin reports on is "the month" too.)
    const n = words.startsWith('this ') || words === 'the month' || words === 'the week' ? 0 : words.startsWith('last ') ? -1 : words.startsWith('next ') ? 1 : null;
    if (n === null) continue;
    if (weekMonday && words.endsWith(' week')) c.value = isoWeek(addDays(weekMonday, 7 * n));
    else if (month && words.endsWith(' month')) {
      const t = addMonths({ y: Number(month.slice(0, 4)), m: Number(month.slice(5)), d: 1 }, n);
      c.value = fmtMonth(t.y, t.m);
    }
  }
}
