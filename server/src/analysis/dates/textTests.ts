// Small exact stand-ins for one-off regex tests in the date rules (`/s$/`, `/year$/i`, `/^\s+/` ...): the rules
// run them once per match, and a regex call costs far more than a look at a few code units.
import { isDigitCode, isSpaceAt, isSpaceCode, skipBlanks } from '../chars';

/** `new RegExp(suffix + '$', 'i').test(s)` for a lower-case ASCII-letter suffix. */
export function endsWithLetters(s: string, suffix: string): boolean {
  const k = s.length - suffix.length;
  if (k < 0) return false;
  // (c | 32) maps exactly the two cases of an ASCII letter onto the lower one, and nothing else onto it.
  for (let i = 0; i < suffix.length; i++) if ((s.charCodeAt(k + i) | 32) !== suffix.charCodeAt(i)) return false;
  return true;
}

/** `s.replace(/s$/, '')` */
export function dropFinalS(s: string): string {
  return s.endsWith('s') ? s.slice(0, -1) : s;
}

/** `/\s/.test(s)` */
export function hasSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isSpaceCode(s.charCodeAt(i))) return true;
  return false;
}

/** `/^\d/.test(s)` */
export function startsWithDigit(s: string): boolean {
  return isDigitCode(s.charCodeAt(0));
}

/** Whether s[from, to) is blanks and then a digit (`/^\s*\d/.test(s.slice(from, to))`). */
export function digitAfterBlanks(s: string, from: number, to: number): boolean {
  const end = Math.min(to, s.length);
  const i = skipBlanks(s, Math.max(0, from), end);
  return i < end && isDigitCode(s.charCodeAt(i));
}

/** `s.replace(/^the\s+/, '')` */
export function dropLeadingThe(s: string): string {
  if (!s.startsWith('the') || !isSpaceAt(s, 3)) return s;
  return s.slice(skipBlanks(s, 4));
}

/**
 * Whether only blanks and list or heading marks ("*", "#", ">", "-") stand between the line's start and `start`.
 * Any other character ends the reading, so a long line is not read back to its start from each of its words.
 */
export function opensItsLine(s: string, start: number): boolean {
  for (let k = start - 1; k >= 0; k--) {
    const ch = s.charCodeAt(k);
    if (ch === 10) return true;
    if (!(isSpaceCode(ch) || ch === 42 || ch === 35 || ch === 62 || ch === 45)) return false;
  }
  return true;
}

/** `/^-(?:on|over|to)-(?:day|week|month|quarter|year)\b/i.test(s.slice(at))`: a rate's base after a unit ("year-on-year"). */
export function rateBaseAt(s: string, at: number): boolean {
  return s.charCodeAt(at) === 45 && RATE_BASE_RE.test(s.slice(at, at + 14));
}
const RATE_BASE_RE = /^-(?:on|over|to)-(?:day|week|month|quarter|year)\b/i;
