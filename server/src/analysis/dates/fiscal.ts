// A financial year whose end the text writes down: "the end of the financial year, which ends on 30 June 2026", "the
// fiscal year ended in June".
import type { Candidate } from './candidate';
import { parseYmd } from './calendar';

/** A financial or fiscal year, as the rules find it ("the financial year", "the end of the fiscal year"). */
const FISCAL_YEAR_RE = /\b(?:fiscal|financial)\s+year$/i;
/** Between such a year and its last day: ", which ends on", " ending", " that runs to". */
const ENDS_ON_RE = /^,?\s+(?:(?:which|that)\s+)?(?:ends?|ending|ended|closes|closing|closed|runs\s+(?:to|until|through)|running\s+(?:to|until|through))\s+(?:on\s+|in\s+)?$/i;

/** Between the end of such a year and its day: " on", ", in". */
const END_ON_RE = /^,?\s+(?:on|in)\s+$/i;

/**
 * "the financial year, which ends on 30/06/2026": the year is the one that holds its written last day (as TimeML labels
 * a fiscal year by the calendar year it ends in), and no longer inferred. `list` is sorted by start.
 */
export function fiscalYearEnds(text: string, list: Candidate[]): void {
  for (let k = 0; k + 1 < list.length; k++) {
    const c = list[k];
    if (c.type !== 'DATE' || c.value.length !== 4 || !c.inferred.includes('fiscal year')) continue;
    const next = list[k + 1];
    // ("The financial year ends in June": its month will do.)
    if (next.type !== 'DATE' || !/^\d{4}-\d\d(?:-\d\d)?$/.test(next.value) || next.start - c.end > 40) continue;
    // ("by the end of the fiscal year on March 31": the end's own day, set beside it.)
    const between = text.slice(c.end, next.start);
    if (!FISCAL_YEAR_RE.test(text.slice(Math.max(c.start, c.end - 20), c.end)) || !(ENDS_ON_RE.test(between) || (c.mod === 'END' && END_ON_RE.test(between)))) continue;
    c.value = next.value.slice(0, 4);
    c.inferred = next.inferred;
    c.relative = next.relative;
  }
}

/**
 * The first country (or its money, its capital, its exchange) the text names whose fiscal year starts in April or in
 * July: India's runs April-March, as do Britain's and Japan's; Pakistan's, Bangladesh's, Australia's, New Zealand's,
 * Egypt's and Kenya's run July-June. (Japan's companies name a year by either of its ends: its group is apart.)
 */
const FISCAL_COUNTRY_RE = /(?:\b(?:(India|Indian|RBI|SEBI|Sensex|crore|lakh|Mumbai|New Delhi|Bengaluru|Britain|British|UK|HMRC)|(Japan|Japanese|Tokyo)|(Pakistan|Pakistani|Islamabad|Karachi|Bangladesh|Bangladeshi|Dhaka|Australia|Australian|Canberra|New Zealand|Egypt|Egyptian|Cairo|Kenya|Kenyan|Nairobi))\b|₹)/i;
/** A part of a fiscal year: "2026-Q1", "2026-H2". */
const PART_VALUE_RE = /^(\d{4})-([QH])([1-4])$/;

/**
 * "Q1 FY2025-26": the calendar months a quarter or half of a fiscal year covers, where the text tells when that year
 * starts. A year written as a span of two ("2025-26") starts in its first year, in April, or in July in a text about a
 * country whose year starts then; one written as a code ("Q3 FY26") starts in the month of the country the text names
 * first (a company's "fiscal 2026" may start in any month, and Japan's companies name theirs by either year: left open).
 */
export function fiscalMonths(text: string, list: Candidate[], referenceDate: string | null): void {
  // The month the text's fiscal year starts in (0: not known, -1: not yet read).
  let country = -1;
  for (const c of list) {
    if (!c.fiscal) continue;
    const m = PART_VALUE_RE.exec(c.value);
    if (!m) {
      c.fiscal = undefined;
      continue;
    }
    const span = c.fiscal.year.length > 4;
    // (Only a span or a code: a company's "fiscal 2026" may start in any month.)
    const code = c.fiscal.code;
    const shift = c.fiscal.shift;
    c.fiscal = { year: c.fiscal.year };
    if (!span && !code && shift === undefined) continue;
    if (country < 0) {
      // (Read once, only in a text that names a part of a fiscal year.)
      const named = FISCAL_COUNTRY_RE.exec(text);
      country = !named ? 0 : named[3] ? 7 : named[2] ? 0 : 4;
    }
    const first = country || (span ? 4 : 0);
    if (!first) continue;
    let year = Number(m[1]);
    // "the first quarter of the current fiscal": the fiscal year the article's date is in (named by the year it ends
    // in), as the country counts it, moved by the shift; written as the span of its two years.
    if (shift !== undefined) {
      const ref = parseYmd(referenceDate);
      if (!ref) continue;
      year = (ref.m >= first ? ref.y + 1 : ref.y) + shift;
      c.value = `${String(year).padStart(4, '0')}${c.value.slice(4)}`;
      c.fiscal = { year: `${year - 1}-${String(year).slice(-2)}` };
    }
    const len = m[2] === 'Q' ? 3 : 6;
    // (The fiscal year named by its last year starts in the year before.)
    const from = (year - 1) * 12 + (first - 1) + len * (Number(m[3]) - 1);
    c.fiscal = { year: c.fiscal.year, from: monthValue(from), to: monthValue(from + len - 1) };
  }
}

/** A count of months since year 0 as a TIMEX3 month ("2025-04"). */
function monthValue(n: number): string {
  return `${String(Math.floor(n / 12)).padStart(4, '0')}-${String((n % 12) + 1).padStart(2, '0')}`;
}
