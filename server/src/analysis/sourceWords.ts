// The words of a short window (wordsIn), a word's final dots and hyphens left off unless they belong to initials
// ("U.S."): the unit the source readers in sourceBefore.ts and sourceAfter.ts and quotes.ts's speakers count in.
import { isAsciiLetterCode, isDigitCode, lazyRegExp } from './chars';
const WORD = lazyRegExp(() => /[\p{L}\p{N}][\p{L}\p{N}'\u2019.&-]*/uy);

export interface Word {
  start: number;
  end: number;
  text: string;
}

/** Words in [start, end), for short windows only. */
export function wordsIn(text: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  for (let i = start; i < end; ) {
    const c = text.charCodeAt(i);
    let len = -1;
    if (c < 128) {
      // ASCII starts are read by code unit (WORD's classes on ASCII are letters, digits and '.&-); a word
      // that runs into other non-ASCII text is handed to the regex whole.
      if (!isAsciiLetterCode(c) && !isDigitCode(c)) {
        i++;
        continue;
      }
      let j = i + 1;
      // Only the part before `end` is kept, so the scan stops there (a word running on past it is cut anyway).
      for (; j < end; j++) {
        const d = text.charCodeAt(j);
        if (d < 128 ? !isWordTailAscii(d) : d !== 0x2019) break;
      }
      // A loop stopped by a non-ASCII unit (other than \u2019) leaves the word to the regex.
      len = j < end && text.charCodeAt(j) >= 128 ? -1 : j - i;
    }
    if (len < 0) {
      const word = WORD();
      word.lastIndex = i;
      const m = word.exec(text);
      if (m && m.index === i) len = m[0].length;
      else {
        i++;
        continue;
      }
    }
    const e = wordEnd(text, i, Math.min(end, i + len));
    out.push({ start: i, end: e, text: text.slice(i, e) });
    i = e;
  }
  return out;
}

/**
 * The end of the word text[i, e) without its final dots and hyphens, unless they belong to initials ("U.S.").
 * Its own function: the first final dot a caller meets would otherwise deoptimise the whole of wordsIn.
 */
function wordEnd(text: string, i: number, e: number): number {
  while (e > i + 1 && (text.charCodeAt(e - 1) === 46 || text.charCodeAt(e - 1) === 45) && !isInitials(text, i, e)) e--;
  return e;
}

/** ASCII characters WORD continues with: letters, digits and `'.&-`. */
function isWordTailAscii(d: number): boolean {
  return isAsciiLetterCode(d) || isDigitCode(d) || d === 39 || d === 46 || d === 38 || d === 45;
}

/** `/^(?:[A-Za-z]\.){2,}$/` on text.slice(i, e): "U.S.", "a.m.". */
function isInitials(text: string, i: number, e: number): boolean {
  if (e - i < 4 || (e - i) % 2 !== 0) return false;
  for (let k = i; k < e; k += 2) if (!isAsciiLetterCode(text.charCodeAt(k)) || text.charCodeAt(k + 1) !== 46) return false;
  return true;
}
