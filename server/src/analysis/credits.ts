// The page's credits: its byline ("By Elena Munteanu and James K. Porter"), the wire's credit lines ("(Reporting by
// Elena Munteanu in Chisinau; additional reporting by ...; Editing by ...)") and its pictures' credits ("REUTERS/Vlad
// Ursu/File Photo"). Segmentation finds them once; the actor pass (no journalist or photographer is an actor of the
// story), the cue pass ("Reporting by" reports nothing) and the interview pass (a byline names the interviewer) read
// that one list.
import type { Span } from './types';
import { isAsciiLetterCode, lazyRegExp } from './chars';
import { firstStartingFrom, sortByStart } from './order';

/**
 * One credit: a byline ("By Ann Lee in Seoul"), a credit line ("Reporting by ...; Editing by ...") or a picture's
 * credit ("REUTERS/Vlad Ursu/File Photo", "Photo: Jane Roe/AFP via Getty Images").
 */
export interface Credit extends Span {
  kind: 'byline' | 'credit' | 'photo';
}

/**
 * The credits of a text, in order of their starts: its bylines, "(Reporting by Elena Munteanu in Chisinau; additional
 * reporting by ...; Editing by ...)" or the same at the head of a line, and its pictures' credits. They name who wrote
 * the story or took its pictures, no actor in it. (Segmentation reads them over the text as the later passes read it:
 * a hard-wrapped paragraph's soft breaks as spaces.)
 */
export function findCredits(text: string): Credit[] {
  const out: Credit[] = [];
  // (The credit's words are searched for alone, and the whole credit read only from the bracket or the line they open:
  // one search with the pattern cost a megabyte some milliseconds.)
  const credit = CREDIT_RE();
  // (Found from each "by ", which indexOf finds many times faster than a search for the words reads a megabyte.)
  for (let by = text.indexOf('by '); by >= 0; by = text.indexOf('by ', by + 3)) {
    const index = creditWordsBefore(text, by);
    if (index < 0) continue;
    if (out.length > 0 && index < out[out.length - 1].end) continue;
    const at = creditOpening(text, index);
    if (at < 0) continue;
    // A bracket that the credit's words open is the credit line to its close, whatever it names: "(Reporting by Ana
    // Costa and the Lisbon bureau; Editing by Tom Hale)".
    const close = text.charCodeAt(at) === 40 ? bracketCredit(text, at, index - (text.charCodeAt(index) === 112 ? 2 : 1)) : -1;
    if (close > 0) {
      out.push({ start: at, end: close, kind: 'credit' });
      continue;
    }
    // (Read on no further than the most a credit line runs: the pattern's blanks take line breaks, and lines that each
    // open with a credit's words and none of which ends one, "Reporting by Ann Lee;", were each read on to the text's
    // end. Cut inside a line, the copy gets a character no part of the pattern takes, so that its end is no line's end.)
    const stop = Math.min(text.length, at + MAX_LINE_CREDIT);
    const own = text.slice(at, stop);
    credit.lastIndex = 0;
    const hit = credit.exec(stop < text.length && !isLineTerminator(text.charCodeAt(stop)) ? own + '\u0000' : own);
    if (hit) out.push({ start: at + hit.index, end: at + hit.index + hit[0].length, kind: 'credit' });
  }
  const more: Credit[] = [];
  // (A byline is read only from the heads of the lines that open with "By", which indexOf finds: the pattern tried at
  // every line of a megabyte cost some tenths of a millisecond.)
  const heads = bylineHeads(text);
  let opens = false;
  for (let k = 0; k < heads.length && !opens; k++) opens = bySpaceAt(text, heads[k]);
  // (Only when some line opens with "By " and a space.)
  if (opens) {
    const byline = BYLINE_RE();
    for (let k = 0; k < heads.length; k++) {
      if (more.length > 0 && heads[k] < more[more.length - 1].end) continue;
      byline.lastIndex = heads[k];
      const m = byline.exec(text);
      if (m) more.push({ start: m.index, end: m.index + m[0].length, kind: 'byline' });
    }
  }
  const photos = photoCredits(text);
  // (A credit line before a byline at the same start, and a byline before a picture's credit: a stable sort.)
  return more.length === 0 && photos.length === 0 ? out : sortByStart(out.concat(more, photos));
}

/**
 * The credits of pictures: "REUTERS/Vlad Ursu/File Photo", "(AP Photo/Aaron Favila)", "(Reuters/File Photo)" (names
 * and agencies run together with slashes, one of them an agency's or a picture's word), and a credit's label with what
 * follows it on its line: "Photo: Jane Roe/AFP via Getty Images", "Photograph: Ion Popa/The Guardian", "Credit:
 * Senate press office". They name who took a picture, no actor of the story. (A caption, "Photo: Protesters march in
 * Lima", is none: a picture label's line is a credit only with a slash or "via".)
 */
function photoCredits(text: string): Credit[] {
  const out: Credit[] = [];
  // (The text's colons and slashes are found with indexOf, and only their neighbouring words read: one search with a
  // pattern of the labels and the agencies cost a megabyte some 13 milliseconds.)
  let colon = text.indexOf(':');
  let slash = text.indexOf('/');
  while (colon >= 0 || slash >= 0) {
    const isColon = slash < 0 || (colon >= 0 && colon < slash);
    const k = isColon ? colon : slash;
    if (isColon) colon = text.indexOf(':', k + 1);
    else slash = text.indexOf('/', k + 1);
    if (out.length > 0 && k < out[out.length - 1].end) continue;
    if (isColon) labelCredit(text, k, out);
    else if (slashHint(text, k)) slashCredit(text, k, out);
  }
  return out;
}
/** A credit's label before the colon at `k`, at a line's head or after a sentence's end, and its line: "Photo: ...". */
function labelCredit(text: string, k: number, out: Credit[]): void {
  const c = text.charCodeAt(k + 1);
  if (c !== 32 && c !== 9) return;
  let a = k;
  const lo = Math.max(0, k - MAX_LABEL);
  while (a > lo && text.charCodeAt(a - 1) !== 10 && !(text.charCodeAt(a - 1) === 32 && text.charCodeAt(a - 2) === 46)) a--;
  if (a > 0 && a === lo && text.charCodeAt(a - 1) !== 10) return;
  const label = text.slice(a, k).trimEnd();
  const always = CREDIT_LABELS.has(label);
  if (!always && !PICTURE_LABELS.has(label)) return;
  // (The line's end is looked for no further than a credit runs: a search on to the text's end for every label of a
  // long text without line breaks was quadratic.)
  const lim = Math.min(text.length, k + MAX_PHOTO_CREDIT + 1);
  let end = k;
  while (end < lim && text.charCodeAt(end) !== 10) end++;
  if (end - k > MAX_PHOTO_CREDIT) return;
  const rest = text.slice(k + 1, end).trimEnd();
  if (!(always || rest.includes('/') || rest.includes(' via '))) return;
  out.push({ start: a, end: k + 1 + rest.length, kind: 'photo' });
}
/** The most a credit's label runs. */
const MAX_LABEL = 16;
/** The labels whose line is a credit, whatever follows. */
const CREDIT_LABELS = new Set(['Credit', 'Credits', 'Photo credit', 'Image credit', 'Image source', 'Photo courtesy', 'Copyright']);
/** The labels whose line is a credit with a slash or "via" in it (else a caption): "Photo: Jane Roe/AFP via Getty Images". */
const PICTURE_LABELS = new Set(['Photo', 'Photos', 'Photograph', 'Photographs', 'Picture', 'Pictures', 'Image', 'Images', 'Illustration']);
/** Whether the slash at `k` joins an agency's or a picture's word: "REUTERS/", "AP Photo/", "/File Photo", "/Stringer". */
function slashHint(text: string, k: number): boolean {
  const after = text.charCodeAt(k + 1);
  if (after >= 65 && after <= 90 && AFTER_SLASH_RE.test(text.slice(k + 1, k + 12))) return true;
  let a = k;
  while (a > k - 13 && a > 0 && isAsciiLetterCode(text.charCodeAt(a - 1))) a--;
  return a < k && AGENCY_WORDS.has(text.slice(a, k));
}
/** A picture's word after a slash. */
const AFTER_SLASH_RE = /^(?:File Photo|Stringer|Pool|Handout)\b/;
/** An agency's word before a slash ("Photo" of "AP Photo", "Images" of "Getty Images"). (And a wire's end mark before
 * its editors' initials: "Enditem/ASG", the trailer of a CNA or Xinhua story, names no body "ASG".) */
const AGENCY_WORDS = new Set(['REUTERS', 'AFP', 'Photo', 'EPA', 'EFE', 'ANSA', 'Xinhua', 'Anadolu', 'dpa', 'Images', 'Shutterstock', 'Alamy', 'Enditem', 'ENDITEM']);
/**
 * A run of names and slashes around the slash at `k`: back to its bracket, a colon's or a sentence's end, or the line's
 * head; on to the bracket's close or the line's end.
 */
function slashCredit(text: string, k: number, out: Credit[]): void {
  const lo = Math.max(0, k - MAX_PHOTO_CREDIT);
  let a = k;
  while (a > lo) {
    const c = text.charCodeAt(a - 1);
    if (c === 10 || c === 40 || ((c === 32 || c === 9) && (text.charCodeAt(a - 2) === 46 || text.charCodeAt(a - 2) === 58))) break;
    a--;
  }
  let b = k;
  const hi = Math.min(text.length, k + MAX_PHOTO_CREDIT);
  while (b < hi && text.charCodeAt(b) !== 10 && text.charCodeAt(b) !== 41) b++;
  while (b > a && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 9 || text.charCodeAt(b - 1) === 13)) b--;
  if (SLASH_CREDIT_RE().test(text.slice(a, b))) out.push({ start: a, end: b, kind: 'photo' });
}
/** The most a picture's credit runs. */
const MAX_PHOTO_CREDIT = 100;
/** Names and agencies run together with slashes: "REUTERS/Vlad Ursu/File Photo", "Jane Roe/AFP via Getty Images". */
const SLASH_CREDIT_RE = lazyRegExp(() => {
  const part = "\\p{Lu}[\\p{L}.'\\u2019&-]*(?:[ \\t]+(?:\\p{Lu}[\\p{L}.'\\u2019&-]*|via|de|van|von|al|bin))*";
  return new RegExp(`^${part}(?:[ \\t]*\\/[ \\t]*${part})+$`, 'u');
});

/** The credit of `kind` that opens at `at` (its first character), if any; `credits` sorted by start. */
export function creditAt(credits: readonly Credit[] | undefined, at: number, kind: Credit['kind']): Credit | undefined {
  if (!credits?.length) return undefined;
  for (let k = firstStartingFrom(credits, at); k < credits.length && credits[k].start === at; k++) if (credits[k].kind === kind) return credits[k];
  return undefined;
}

/** The most a bracketed credit line runs. */
const MAX_BRACKET_CREDIT = 400;
/** How far a credit line is read from where it opens. */
const MAX_LINE_CREDIT = 400;
/** A line terminator, where the pattern's `$` (multiline) matches: \n, \r, U+2028, U+2029. */
function isLineTerminator(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}
/**
 * Where the bracket at `open` closes (past its ')'), when the credit's word at `word` opens it (maybe after
 * "Additional") and it closes on the same line; else -1.
 */
function bracketCredit(text: string, open: number, word: number): number {
  if (!ADDITIONAL_RE.test(text.slice(open + 1, word))) return -1;
  const lim = Math.min(text.length, word + MAX_BRACKET_CREDIT);
  for (let k = word; k < lim; k++) {
    const c = text.charCodeAt(k);
    if (c === 41) return k + 1;
    if (c === 10 || c === 40) return -1;
  }
  return -1;
}
/** What may stand between a credit's bracket and its word: blanks, "Additional". */
const ADDITIONAL_RE = /^[ \t]*(?:[Aa]dditional\s+)?$/;
/**
 * Where the words of a credit ("Reporting by", "Editing by", "Compiled by"), without their first letters, end in the "by "
 * at `by`: the offset of "porting", "riting", "diting" or "ompiled", else -1.
 */
function creditWordsBefore(text: string, by: number): number {
  if (text.charCodeAt(by - 1) !== 32) return -1;
  if (by >= 8 && (text.startsWith('porting', by - 8) || text.startsWith('ompiled', by - 8))) return by - 8;
  return by >= 7 && (text.startsWith('riting', by - 7) || text.startsWith('diting', by - 7)) ? by - 7 : -1;
}
/**
 * The heads of the lines that open with "By" (maybe in emphasis: "*By Ann Lee*", "__By"), in order: where BYLINE_RE's
 * `^` can match.
 */
function bylineHeads(text: string): number[] {
  const out: number[] = [];
  for (let p = text.indexOf('By'); p >= 0; p = text.indexOf('By', p + 2)) {
    if (isLineHead(text, p)) out.push(p);
    else {
      const c = text.charCodeAt(p - 1);
      if (c !== 42 && c !== 95) continue;
      if (isLineHead(text, p - 1)) out.push(p - 1);
      else if (text.charCodeAt(p - 2) === c && isLineHead(text, p - 2)) out.push(p - 2);
    }
  }
  return out;
}
/** Whether the "By" at the line's head `head` (after its emphasis) is followed by a space. */
function bySpaceAt(text: string, head: number): boolean {
  let p = head;
  while (text.charCodeAt(p) !== 66) p++;
  return text.charCodeAt(p + 2) === 32;
}
/** Whether a line starts at `at`. */
function isLineHead(text: string, at: number): boolean {
  return at === 0 || isLineTerminator(text.charCodeAt(at - 1));
}
/** Where the credit whose words are at `from` opens, a few words back: at its bracket or its line's head; else -1. */
function creditOpening(text: string, from: number): number {
  const lo = Math.max(0, from - 24);
  for (let k = from; k >= lo; k--) {
    const c = text.charCodeAt(k);
    if (c === 40) return k;
    if (c === 10) return k + 1;
  }
  return lo === 0 ? 0 : -1;
}
/**
 * A byline on a line of its own: "By Elena Munteanu and James K. Porter", "By Ann Lee in Seoul", "By Pieter de Vries"
 * (a name's particle in lower case), "By Maria Duarte, Lisbon correspondent" (a role after a comma), "By Ann Lee |
 * 27 November 2026" (a date or a reading time after a bar or a dot); so set in emphasis, "*By Ann Lee*", "_By Ann Lee_".
 */
const BYLINE_RE = lazyRegExp(() => {
  const word = "(?:(?:de|da|di|del|della|van|von|der|den|du|dos|das|bin|ibn|al|el|la|le)\\s+)*\\p{Lu}[\\p{L}.'\\u2019-]*";
  const role = "(?:,[ \\t]+(?:(?:\\p{Lu}[\\p{L}'\\u2019-]*|and|of|for|the)[ \\t]+){0,4}(?:[Cc]orrespondent|[Ee]ditor|[Rr]eporter|[Ww]riter|[Cc]olumnist|[Cc]ontributor|[Pp]roducer|[Aa]nalyst|[Cc]hief)s?)?";
  return new RegExp(`^(?:\\*{1,2}|_{1,2})?By\\s+\\p{Lu}[\\p{L}.'\\u2019-]*(?:,?\\s+(?:and\\s+|in\\s+)?${word}){1,12}${role}(?:[ \\t]+[|\\u00b7\\u2022][ \\t]+[^\\n]{1,60}?)?(?:\\*{1,2}|_{1,2})?[ \\t]*$`, 'ymu');
});
/**
 * A credit line: after a bracket or at a line's head, one credit or more ("Reporting by", "additional reporting by",
 * "Writing by", "Editing by", "Compiled by Bogota newsroom") of names, each maybe "in" a place, that ends the bracket
 * or the line: "Reporting by The New York Times revealed ..." in prose goes on, and is no credit.
 */
const CREDIT_RE = lazyRegExp(() => {
  const name = "\\p{Lu}[\\p{L}.'\\u2019-]*(?:\\s+\\p{Lu}[\\p{L}.'\\u2019-]*){0,3}";
  const unit = `${name}(?:\\s+(?:newsroom|desk|bureau|staff))?(?:\\s+in\\s+${name})?`;
  const part = `(?:[Aa]dditional\\s+reporting|[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled)\\s+by\\s+${unit}(?:(?:,\\s+|,?\\s+and\\s+)${unit})*`;
  return new RegExp(`(?:^|\\()[ \\t]*${part}(?:\\s*[;,]\\s*${part})*(?=\\.?\\s*\\)|[ \\t]*\\.?[ \\t]*$)`, 'muy');
});
