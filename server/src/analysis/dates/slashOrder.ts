// The order of a document's slash dates: "10/11/2025" is 11 October in US copy and 10 November in the day-first
// styles of Britain, Australia, India and most of the world. The rules read it month first; the document decides.
import type { Candidate } from './candidate';
import { daysInMonth, fmtMonth } from './calendar';
import { isAsciiUpperCode, isDigitCode } from '../chars';

/** A slash date as the candidates hold it: day or month, month or day, year ("27-11-2026" with dashes too). */
const SLASH_RE = /^(\d{1,2})([/-])(\d{1,2})\2(\d{2}|\d{4})$/;
/** A date written day first in prose: "14 November 2025", "3rd of March". */
const DAY_MONTH_RE = /^\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?\p{Lu}\p{Ll}{2}/u;
/** A date written month first in prose: "November 14", "Nov. 3, 2025". */
const MONTH_DAY_RE = /^\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?\b/u;
/** How many prose dates written day first, with none month first, make a document day first when no slash date settles it. */
const PROSE_VOTES = 2;

const pad = (n: number): string => String(n).padStart(2, '0');

/** `/\d/.test(t)`. */
function holdsDigit(t: string): boolean {
  for (let i = 0; i < t.length; i++) if (isDigitCode(t.charCodeAt(i))) return true;
  return false;
}

/**
 * Whether the document writes its dates day first: an unambiguous slash date decides ("14/11/2025" against
 * "11/14/2025", the majority when both occur); with none, its prose dates do, all day first ("14 November") and at
 * least two. US month-first stays the default. `list` holds the candidates of the whole document.
 */
export function writesDayFirst(text: string, list: readonly Candidate[]): boolean {
  let dayFirst = 0;
  let monthFirst = 0;
  let dayMonth = 0;
  let monthDay = 0;
  for (let k = 0; k < list.length; k++) {
    const c = list[k];
    if (c.type !== 'DATE' || c.end - c.start > 24) continue;
    const t = text.slice(c.start, c.end);
    const first = t.charCodeAt(0);
    if (first >= 48 && first <= 57) {
      const m = t.length <= 10 ? SLASH_RE.exec(t) : null;
      if (m) {
        const a = Number(m[1]);
        const b = Number(m[3]);
        if (a > 12 && b <= 12) dayFirst++;
        else if (b > 12 && a <= 12) monthFirst++;
      } else if (DAY_MONTH_RE.test(t)) dayMonth++;
      // (Read only where it can match: a capital first, below 128 one of A-Z, and a digit: most of these candidates are
      // "Monday", "last year".)
    } else if ((first >= 128 || isAsciiUpperCode(first)) && holdsDigit(t) && MONTH_DAY_RE.test(t)) monthDay++;
  }
  if (dayFirst || monthFirst) return dayFirst > monthFirst;
  return dayMonth >= PROSE_VOTES && monthDay === 0;
}

/** Reads every ambiguous slash date ("10/11/2025") of the list day first, in place. */
export function readSlashesDayFirst(text: string, list: Candidate[]): void {
  for (let k = 0; k < list.length; k++) {
    const c = list[k];
    if (c.type !== 'DATE' || c.end - c.start > 10 || c.value.length !== 10) continue;
    const m = SLASH_RE.exec(text.slice(c.start, c.end));
    if (!m) continue;
    const d = Number(m[1]);
    const mo = Number(m[3]);
    const y = Number(c.value.slice(0, 4));
    if (d > 12 || mo > 12 || d === mo || d < 1 || mo < 1 || d > daysInMonth(y, mo)) continue;
    c.value = `${fmtMonth(y, mo)}-${pad(d)}`;
  }
}
