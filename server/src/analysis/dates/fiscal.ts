// A financial year whose end the text writes down: "the end of the financial year, which ends on 30 June 2026".
import type { Candidate } from './candidate';

/** A financial or fiscal year, as the rules find it ("the financial year", "the end of the fiscal year"). */
const FISCAL_YEAR_RE = /\b(?:fiscal|financial)\s+year$/i;
/** Between such a year and its last day: ", which ends on", " ending", " that runs to". */
const ENDS_ON_RE = /^,?\s+(?:(?:which|that)\s+)?(?:ends?|ending|ended|closes|closing|runs\s+(?:to|until|through)|running\s+(?:to|until|through))\s+(?:on\s+)?$/i;

/**
 * "the financial year, which ends on 30/06/2026": the year is the one that holds its written last day (as TimeML labels
 * a fiscal year by the calendar year it ends in), and no longer inferred. `list` is sorted by start.
 */
export function fiscalYearEnds(text: string, list: Candidate[]): void {
  for (let k = 0; k + 1 < list.length; k++) {
    const c = list[k];
    if (c.type !== 'DATE' || c.value.length !== 4 || !c.inferred.includes('fiscal year')) continue;
    const next = list[k + 1];
    if (next.type !== 'DATE' || !/^\d{4}-\d\d-\d\d$/.test(next.value) || next.start - c.end > 40) continue;
    if (!FISCAL_YEAR_RE.test(text.slice(Math.max(c.start, c.end - 20), c.end)) || !ENDS_ON_RE.test(text.slice(c.end, next.start))) continue;
    c.value = next.value.slice(0, 4);
    c.inferred = next.inferred;
    c.relative = next.relative;
  }
}
