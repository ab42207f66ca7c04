// chrono-node as a second opinion for explicit calendar dates and clock times the rules missed.
import * as chrono from 'chrono-node';
import type { Candidate } from './candidate';
import { daysInMonth, fmtMonth, type Ymd } from './calendar';
import { forLibrary } from '../fold';

const pad = (n: number): string => String(n).padStart(2, '0');
/** Tokens chrono reads as dates that are words in news ("may", "sun", "second", "march"): skip them. */
const NEEDS = /\d/;
const DOTTED_DAY_FIRST = /^(?:on\s+)?(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/i;
const NUMERIC_RANGE_HYPHEN = /(\d[/.]\d{2,4})-(?=\d{1,2}[/.]\d)/g;
const DENSE = /\b(?:may|march|sun|mon|sat|wed|second|minute|now)\b/gi;

/**
 * chrono's strict English parser without the refiner that joins two dates into a range ("12.10.2025 - 14.10.2025"):
 * TimeML marks each end of a range as a date of its own, and the joined result (whose ends chrono swaps when the
 * first reads later, "12/10/2025" being December 10 month first) gave none. The refiner is found by what it joins,
 * not by its class's name, which a minified bundle loses.
 */
let parser: chrono.Chrono | undefined;
function strictParser(): chrono.Chrono {
  if (parser) return parser;
  const p = chrono.en.strict.clone();
  p.refiners = p.refiners.filter((r) => {
    const between = (r as { patternBetween?: () => RegExp }).patternBetween;
    return !(typeof between === 'function' && between.call(r).test(' until '));
  });
  return (parser = p);
}

/** Runs chrono's strict English parser over one bounded chunk; returns candidates in chunk coordinates. */
export function chronoCandidates(folded: string, ref: Ymd | null): Candidate[] {
  if (!NEEDS.test(folded)) return [];
  // chrono is no part of the core: it reads the chunk with its dashes and quotes as written (same length).
  // chrono reads the hyphen of "12/10/2025-14/10/2025" as a UTC offset of the first date ("-14"): a space for it.
  const s = forLibrary(folded).replace(NUMERIC_RANGE_HYPHEN, '$1 ');
  // A chunk stuffed with date words ("may may may ...") makes chrono slow; it has nothing for us anyway.
  const dense = s.match(DENSE);
  if (dense && dense.length > 40) return [];
  let results: chrono.ParsedResult[];
  try {
    const refDate = ref ? new Date(Date.UTC(ref.y, ref.m - 1, ref.d, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
    results = strictParser().parse(s, { instant: refDate, timezone: 0 });
  } catch {
    return [];
  }
  const out: Candidate[] = [];
  for (let j = 0; j < results.length; j++) {
    const r = results[j];
    // Only explicit calendar dates: relative phrases ("within 18 months") and clock times are the rules' job.
    if (!NEEDS.test(r.text) || r.end || !/[A-Z][a-z]{2}|\d+[/.-]\d+[/.-]\d+/.test(r.text) || /\b(?:within|in|after|before|ago|later|earlier|from|days?|weeks?|months?|years?)\b/i.test(r.text)) continue;
    const c = r.start;
    const known = (k: chrono.Component): number | null => (c.isCertain(k) ? (c.get(k) ?? null) : null);
    let y = known('year');
    let mo = known('month');
    let d = known('day');
    // "03.11.2025" is 3 November wherever dates are written with dots; chrono reads it month first.
    const dotted = DOTTED_DAY_FIRST.exec(r.text);
    if (dotted) {
      [d, mo, y] = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])];
      if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) continue;
    }
    if (mo === null) continue;
    // chrono includes a leading preposition ("on 13 November"); TIMEX3 spans do not.
    const lead = /^(?:on|at|in|by|from|since|until|till|of)\s+/i.exec(r.text)?.[0].length ?? 0;
    const text = r.text.replace(/[\s,]+$/, '');
    const start = r.index + lead;
    const end = r.index + text.length;
    if (end <= start) continue;
    const inferred: string[] = [];
    let yy = y;
    if (yy === null) {
      yy = ref ? (c.get('year') ?? null) : null;
      inferred.push('year');
    }
    const yearText = yy === null ? 'XXXX' : String(yy).padStart(4, '0');
    const value = d !== null ? `${yearText}-${pad(mo)}-${pad(d)}` : yy === null ? `XXXX-${pad(mo)}` : fmtMonth(yy, mo);
    // "14/11/2025 15:45": the day and its time.
    const h = d !== null ? known('hour') : null;
    const min = h !== null ? known('minute') : null;
    if (h !== null && min !== null) {
      out.push({ start, end, type: 'TIME', value: `${value}T${pad(h)}:${pad(min)}`, mod: undefined, inferred, relative: inferred.length > 0, priority: 0, deferred: undefined });
      continue;
    }
    out.push({ start, end, type: 'DATE', value, mod: undefined, inferred, relative: inferred.length > 0, priority: 0, deferred: undefined });
  }
  return out;
}
