// Sentences inside a paragraph: where a full stop, a question mark or an ellipsis ends one and where it does not
// (abbreviations, titles before a name, initials, a list's inline markers), with the character tests the
// paragraph pass shares. Apart from segment.ts because deciding a sentence's end is a concern of its own.
import type { Sentence, Span } from './types';
import { DAY_OR_MONTH } from './actorWords';
import { isAsciiLetterCode, isAsciiLowerCode, isAsciiUpperCode, isDigitCode, lazyRegExp, nextMatch, testLong } from './chars';

// Titles that stand before a name, and so never end a sentence: a line ending with one was wrapped before the name
// ("... by the end of the year. Gen.⏎Patrick Sanders, the former army chief, ...").
export const NAME_TITLES = new Set(
  (
    'mr mrs ms messrs dr prof gen gens brig col lt lieut maj capt cpt cmdr cdr adm amb sgt sgts ssgt cpl pvt spc ' +
    'gov sen sens rep reps rev fr hon pres supt insp det ' +
    // (Indian and Nigerian copy: "Smt. Mamata Banerjee", "Engr. David Umahi", "Barr. Ife Adedapo", "Comr. Joe Ajaero".)
    'smt engr barr comr'
  ).split(' '),
);
// Abbreviations that stand before a number: a line ending with one before a line that starts with a digit was wrapped
// inside "No.⏎10", "Nov.⏎14", "Art.⏎5".
/** Months' abbreviations ("DEC.", "Nov."). */
const MONTH_ABBREVIATIONS = new Set('jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));
export const NUMBER_ABBREVIATIONS = new Set([...'no nos vol vols art sec ch fig pp'.split(' '), ...MONTH_ABBREVIATIONS]);
// Words that end with a period without ending the sentence ("Brig. Gen. Daouda Traore", "Mr. Smith", "St. Kitts"):
// the titles and the abbreviations before a number above, and more. Titles and month names are followed by a name or a
// number; a sentence almost never ends on them.
export const ABBREVIATIONS = new Set([
  ...NAME_TITLES,
  ...NUMBER_ABBREVIATIONS,
  ...'st mt ft ave blvd rd jr sr inc ltd co corp bros dept est approx vs v etc al cf ca univ assn del rt'.split(' '),
]);
/** A day's number right before a month's abbreviation: "1 ", "30 ". */
const DAY_BEFORE_RE = /(?:^|[^\w.,])(?:[1-9]|[12]\d|3[01])\s$/;
/** The longest of ABBREVIATIONS. */
export const ABBREVIATION_MAX = Math.max(...[...ABBREVIATIONS].map((w) => w.length));
// Abbreviations that often do end a sentence ("... in the U.S. The talks"): break only before a word that
// usually starts one.
const ENDING_ABBREVIATIONS = /^(?:[a-z]\.){2,}$/i;
/** After a short abbreviation, a case or document code: "ÚS 27/25", "NS 3/2020", "123/2004". */
const CASE_CODE_AFTER_RE = lazyRegExp(() => /^(?:\p{Lu}{1,4}\s\d|\d+\/\d)/u);
/** A capitalised abbreviation of two or three letters with its period: "Pl.", "Sb.", "Čl.". */
const SHORT_CAPITALISED_RE = /^\p{Lu}\p{Ll}{1,2}\.$/u;
/** A zone named after a clock: "Eastern", "Pacific Standard Time", "Moscow time". */
const CLOCK_ZONE_AFTER_RE = /^(?:(?:Eastern|Central|Pacific|Mountain|Atlantic)\b|[A-Z][a-z]+\s+(?:[Ss]tandard\s+|[Dd]aylight\s+)?[Tt]ime\b)/;
const SENTENCE_STARTERS = new Set(
  (
    'the a an in on at he she it they we i but and this that these those there his her its their our as after ' +
    'while when if however meanwhile officials some many one two three mr mrs ms dr according for by under'
  ).split(' '),
);

// (A report's numbered paragraph too, "1.3 The Government will ...", "4.2.1 Ofgem has ...": levels before a capital, so
// that "1.5 million people fled" stays a figure.)
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,3}[.)]|\d{1,2}(?:\.\d{1,2}){1,2}\.?(?=[ \t]+["\u201c]?[A-Z]))[ \t]+/;

/** Where the words of a list item at i begin, after its marker ("- ", "* ", "12. ", "3) "); i when it has none. */
export function afterListMarker(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (!(c === 45 || c === 42 || c === 43 || isDigitCode(c))) return i;
  const m = LIST_ITEM.exec(text.slice(i, Math.min(end, i + 12)));
  return m ? i + m[0].length : i;
}

// (U+FEFF too: the byte-order mark a file saved on Windows opens with is no part of its first line.)
export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0xfeff;
}

export function isUpperStart(c: string): boolean {
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c !== c.toLowerCase() && c === c.toUpperCase());
}

// Openers ('"', "'", U+201C, U+2018, '(', '[') and closers ('"', "'", U+201D, U+2019, ')', ']') by code: read without
// a one-character string per step.
export const isOpenerCode = (c: number): boolean => c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 40 || c === 91;
export const isCloserCode = (c: number): boolean => c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;

const TERMINATOR_RE = /[.!?\u2026]/g;

/** A superscript digit (¹ ² ³, ⁰ and ⁴-⁹): a footnote's marker. */
function isSuperscriptDigit(c: number): boolean {
  return c === 0xb9 || c === 0xb2 || c === 0xb3 || c === 0x2070 || (c >= 0x2074 && c <= 0x2079);
}

/** Sentence spans inside [start, end): a terminator, closing quotes/brackets, space, then a capital or an opener. */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  // ("12. Oil rose 9%.": a numbered list's marker is no sentence of its own, nor part of the item's first sentence,
  // which reads from its first word.)
  const from = isDigitCode(text.charCodeAt(start)) ? afterListMarker(text, start, end) : start;
  let sStart = from;
  // The number an inline numbered list goes on with ("Priorities: 1. Oil. 2. Gas."), 0 outside one; a paragraph that
  // opens with "1." is such a list's first item.
  let listNext = from > start && text.charCodeAt(start) === 49 && text.charCodeAt(start + 1) === 46 ? 2 : 0;
  // From one terminator to the next: the regex engine skips the letters between (this runs over every character of
  // the article, most of it before the optimising compiler has reached this function). It searches the paragraph's
  // own text: on the whole text, a paragraph without a terminator would send it on to the next one, or to the end.
  const own = text.slice(start, end);
  for (let i = nextMatch(TERMINATOR_RE, own, start, from); i < end; i = nextMatch(TERMINATOR_RE, own, start, i + 1)) {
    const c = text[i];
    let j = terminatorEnd(text, i, end);
    const termEnd = j;
    if (j >= end || !isSpace(text.charCodeAt(j))) {
      i = termEnd - 1;
      continue;
    }
    while (j < end && isSpace(text.charCodeAt(j))) j++;
    if (j >= end) break;
    let k = j;
    while (k < end && isOpenerCode(text.charCodeAt(k))) k++;
    // ("... by mid-2026. **We assess ...": Markdown emphasis before a capital opens the sentence too.)
    k = pastEmphasis(text, k, end);
    const next = text[k] ?? '';
    // ("... raised funds. xAI said", "... closed. iPhone sales rose": a name in lower case before a capital inside it
    // opens the sentence as a capital would.)
    if (!isUpperStart(next) && !(k > j && next) && !camelNameAt(text, k, end)) {
      i = termEnd - 1;
      continue;
    }
    if (c === '.' && termEnd === i + 1 && isDigitCode(text.charCodeAt(i - 1))) {
      // An inline numbered list: the marker is no sentence of its own, nor part of its item's sentence.
      const marker = inlineListMarker(text, sStart, i, listNext);
      if (marker === LIST_GOES_ON) {
        listNext++;
        sStart = j;
        i = j - 1;
        continue;
      }
      if (marker >= 0) {
        // ("The plan has three steps: 1. A ceasefire. 2. ...": the sentence that opens the list ends at its colon.)
        out.push({ start: sStart, end: marker + 1 });
        listNext = 2;
        sStart = j;
        i = j - 1;
        continue;
      }
    }
    if (c === '.' && termEnd === i + 1 && !isBreakAfterPeriod(text, sStart, i, k, end)) {
      i = termEnd - 1;
      continue;
    }
    // "Lt. Gen. (ret.) Mark Hertling", "Sen. Dick Durbin (D-Ill.) Tuesday said": an abbreviation in brackets of its own.
    if (c === '.' && termEnd === i + 2 && text.charCodeAt(i + 1) === 41 && bracketedAbbreviation(text, i)) {
      i = termEnd - 1;
      continue;
    }
    out.push({ start: sStart, end: termEnd });
    sStart = j;
    i = j - 1;
  }
  let e = end;
  while (e > sStart && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > sStart) out.push({ start: sStart, end: e });
  return out;
}

// (The steps below are functions of their own: their rarer branches, first met once splitSentences is optimised,
// would otherwise deoptimise it, and it is compiled again; on real news, Markdown emphasis after a stop did.)

/** Whether a name in lower case before a capital inside it ("xAI", "eBay", "iPhone", "mRNA") starts at k. */
function camelNameAt(text: string, k: number, end: number): boolean {
  if (!isAsciiLowerCode(text.charCodeAt(k))) return false;
  const b = text.charCodeAt(k + 1);
  return k + 2 < end && (isAsciiUpperCode(b) || (isAsciiLowerCode(b) && isAsciiUpperCode(text.charCodeAt(k + 2)))) && isAsciiLetterCode(text.charCodeAt(k + 2));
}

/** The end of the sentence terminator at i: further stops, closing quotes and brackets, footnote markers. */
function terminatorEnd(text: string, i: number, end: number): number {
  let j = i + 1;
  while (j < end && (text[j] === '.' || text[j] === '!' || text[j] === '?' || text[j] === '\u2026')) j++;
  while (j < end && isCloserCode(text.charCodeAt(j))) j++;
  // The close of Markdown emphasis stays with its sentence: "**Gaza ceasefire.** Egyptian mediators said".
  j += emphasisMarks(text, j, end);
  // Footnote markers right after the full stop stay with the sentence: "... in 2023.[1] Next", "... in 2023.² Next".
  // (A Markdown footnote's "[^4]" and a plain-text "^4" too.)
  while (j < end && text[j] === '[' && /^\[(?:\d{1,3}|\^[\w-]{1,20})\]/.test(text.slice(j, j + 24))) j = text.indexOf(']', j) + 1;
  if (j + 1 < end && text[j] === '^' && isDigitCode(text.charCodeAt(j + 1))) for (j++; j < end && isDigitCode(text.charCodeAt(j)); j++);
  for (let n = 0; n < 4 && j < end && isSuperscriptDigit(text.charCodeAt(j)); n++) j++;
  return j;
}

/** Past Markdown emphasis marks before a capital at k: where the sentence's first word starts. */
function pastEmphasis(text: string, k: number, end: number): number {
  const em = k + emphasisMarks(text, k, end);
  return em > k && isUpperStart(text[em] ?? '') ? em : k;
}

/** How many Markdown emphasis marks ("*", "_"; at most three) stand at j, before end. */
function emphasisMarks(text: string, j: number, end: number): number {
  let n = 0;
  while (n < 3 && j + n < end && (text[j + n] === '*' || text[j + n] === '_')) n++;
  return n;
}

/** inlineListMarker's answer for a marker that goes on with the list ("2." after "1. Oil."). */
const LIST_GOES_ON = -2;

/**
 * Whether the number before the period at `dot` marks an item of an inline numbered list: LIST_GOES_ON when it opens
 * the sentence and is the list's next number (`listNext`); the offset of the colon when it is a "1" after one
 * ("Priorities: 1. Oil."), the list's start; -1 otherwise ("He won 3. Then he lost.", "How many? 12. The rest fled.").
 */
function inlineListMarker(text: string, sStart: number, dot: number, listNext: number): number {
  let w = dot;
  while (w > sStart && dot - w < 3 && isDigitCode(text.charCodeAt(w - 1))) w--;
  if (dot - w > 2 || (w > 0 && isDigitCode(text.charCodeAt(w - 1)))) return -1;
  const n = Number(text.slice(w, dot));
  if (w === sStart) return listNext > 0 && n === listNext ? LIST_GOES_ON : -1;
  if (n !== 1) return -1;
  let b = w;
  while (b > sStart && isSpace(text.charCodeAt(b - 1))) b--;
  return b < w && b > sStart && text.charCodeAt(b - 1) === 58 ? b - 1 : -1;
}

/** Abbreviations that stand in brackets of their own after a name or a rank ("(ret.)", "(sic.)"). */
const BRACKETED_ABBREVIATIONS = new Set(['ret', 'sic']);
/** A party and a state, as US news labels a lawmaker: "D-Ill.", "R-Calif.". */
const PARTY_STATE_RE = /^[DRI]-[A-Z][a-z]{1,5}$/;

/** Whether the period at `dot`, before a ")", ends an abbreviation that is all the brackets hold: "(ret.)", "(D-Ill.)". */
function bracketedAbbreviation(text: string, dot: number): boolean {
  let w = dot;
  while (w > 0 && dot - w <= 8 && (isAsciiLetterCode(text.charCodeAt(w - 1)) || text.charCodeAt(w - 1) === 45)) w--;
  if (w === dot || text.charCodeAt(w - 1) !== 40) return false;
  const word = text.slice(w, dot);
  const lower = word.toLowerCase();
  return ABBREVIATIONS.has(lower) || BRACKETED_ABBREVIATIONS.has(lower) || PARTY_STATE_RE.test(word);
}

/** Whether the word before the space before w is one that names the platform X after it: "on", "via", "platform". */
function platformBefore(text: string, sStart: number, w: number): boolean {
  const before = text.slice(Math.max(sStart, w - 10), w);
  // ("The EU fined X. Musk said", "renamed it X. X said": after any word in lower case too; an initial "X." follows a
  // name or a title, "Malcolm X.", "Mr. X.".)
  return /(?:^|[\s(])(?:on|via|platform|network)\s+$/i.test(before) || /(?:^|[\s(])[a-z]+\s$/.test(before);
}

/** Decides whether the period at `dot` ends a sentence, given the word before it and the word after. */
function isBreakAfterPeriod(text: string, sStart: number, dot: number, nextWord: number, end: number): boolean {
  let w = dot;
  while (w > sStart && w > dot - 20 && !isSpace(text.charCodeAt(w - 1)) && !isOpenerCode(text.charCodeAt(w - 1))) w--;
  // (Most words before a full stop are too long for any test below: said so without slicing or lower-casing them. A
  // word starts after the last hyphen; lower-casing never shortens a word.)
  let from = dot;
  while (from > w && text.charCodeAt(from - 1) !== 45) from--;
  if (dot - from > ABBREVIATION_MAX && text.charCodeAt(from + 1) !== 46) return true;
  // ("then-U.S. Secretary": the abbreviation after the hyphen.)
  const whole = text.slice(w, dot + 1);
  const hyphen = whole.lastIndexOf('-');
  const word = hyphen >= 0 ? whole.slice(hyphen + 1) : whole;
  const bare = word.slice(0, -1).toLowerCase();
  // Initials ("J. R. Smith") and single letters; but the platform X after "on", "via", "platform" or another word in
  // lower case ends a sentence: "he said on X. Petro said".
  if (word.length === 2 && isAsciiUpperCode(word.charCodeAt(0))) return word === 'X.' && w === dot - 1 && platformBefore(text, sStart, w);
  // "c. 1890", "p. 14": a letter's abbreviation before a number.
  if (word.length === 2 && /[a-z]/.test(word[0]) && /\d/.test(text[nextWord] ?? '')) return false;
  if (ABBREVIATIONS.has(bare)) {
    // "No. 10" and "Jan. 5" are never breaks; "St." before a capital is a name. ("London said no. The court ruled":
    // "no" abbreviates "number" only before one.)
    if ((bare === 'no' || bare === 'nos') && !/[\d#]/.test(text[nextWord] ?? '')) return true;
    // "set at 0500Z 1 DEC. Units will cross": a month after its day, then a capitalised word, ends the sentence (a month
    // before its day, "Dec. 9", goes on; so does one before a year, "3 Dec. 2025").
    if (MONTH_ABBREVIATIONS.has(bare) && isAsciiUpperCode(text.charCodeAt(nextWord)) && testLong(DAY_BEFORE_RE, text.slice(Math.max(sStart, w - 4), w))) return true;
    return false;
  }
  // "Pl. ÚS 19/08", "Sb. 123/2004": a short capitalised abbreviation before a case or document code (capitals and a
  // number, or a number with a slash) is part of the reference.
  if (testLong(SHORT_CAPITALISED_RE, word) && CASE_CODE_AFTER_RE().test(text.slice(nextWord, Math.min(end, nextWord + 12)))) return false;
  // Only "x.y." and longer can be such abbreviations: a quick look before the regex.
  if (word.length >= 4 && word.charCodeAt(1) === 46 && ENDING_ABBREVIATIONS.test(word)) {
    const after = text.slice(nextWord, Math.min(end, nextWord + 30));
    const m = /^[A-Za-z]+/.exec(after);
    if (!m) return false;
    const next = m[0].toLowerCase();
    if (SENTENCE_STARTERS.has(next)) return true;
    // "He arrived at 9 p.m. Talks began at once": after a clock's "a.m." or "p.m.", a capitalised word opens a sentence
    // unless it names the clock's day or zone ("9 p.m. Tuesday", "10 a.m. Jan. 5", "p.m. Eastern time", "p.m. EST").
    return (word === 'a.m.' || word === 'p.m.') && /^[A-Z][a-z]/.test(m[0]) && !DAY_OR_MONTH.has(next) && !CLOCK_ZONE_AFTER_RE.test(after);
  }
  return true;
}
