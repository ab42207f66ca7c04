// Where a source read back from its verb can start: back over the words allowed between a source and its verb
// (backOverAuxiliaries: "has also", "on Monday", adverbs in -ly) and no further than the last clause break
// (lastClauseStart). sourceBefore.ts reads the noun phrase within these bounds.
import { ASPECT_ING_BEFORE_RE, ASPECT_TO_BEFORE_RE } from './cues';
import { WEEKDAY_NAMES } from './dates/lexicon';
import { ORG_HEAD, ORG_SUFFIX } from './actorWords';
import { backOverBlanks, codeAt, isAsciiLetterCode, isAsciiLowerCode, isAsciiUpperCode, isDigitCode, isSpaceCode, lastIndexWithin, lazyRegExp } from './chars';
// Words allowed between a source and its verb: "X has also said", "X later told".
export const BETWEEN = new Set(
  ('has have had also later previously then repeatedly would will did does do is was were are not never once often ' +
    'recently publicly privately reportedly again further separately earlier last first frequently always long ' +
    'still already just since both all each himself herself themselves itself, ever may might can cannot could should must only ' +
    'today yesterday tonight now well nonetheless nevertheless however meanwhile too likewise similarly ' +
    // (Adverbs of how often: "Courts sometimes cite it", "Ministers usually say".)
    'sometimes usually occasionally routinely regularly typically seldom rarely commonly ' +
    // ("China and the United States, which together vowed", "the two leaders jointly announced".)
    'together jointly').split(' '),
);
// Contracted negations stand between a source and its verb too: "He doesn't think so".
for (const w of ['doesn', 'don', 'didn', 'isn', 'wasn', 'won', 'wouldn', 'can', 'couldn', 'hasn', 'haven', 'hadn', 'shouldn', 'mustn']) {
  BETWEEN.add(`${w}'t`);
  BETWEEN.add(`${w}\u2019t`);
}
/** Days and parts of days that may stand between a source and its verb, after "on" or alone ("Officials on Monday said"). */
const DAY_BETWEEN = new Set([...WEEKDAY_NAMES, 'morning', 'afternoon', 'evening', 'night']);

// A dot after a title, an initial or a company's legal form does not end the phrase ("Sen. Ted Cruz", "John G. Roberts", "Apple Inc. said").
const TITLE_DOT = lazyRegExp(() => /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Sgt|Capt|Prof|St|Jr|Sr|Del|Rev|Adm|Maj|Brig|Cmdr|Cdr|Cpl|Pvt|Spc|Pfc|Amb|Hon|hon|Rt|Inc|Corp|Ltd|Co|Bros|et al|[A-Z])$/u);

/** , ; : ! ? " ( ) [ ] \u201c \u201d \u2014 \u2013 */
function isClauseBreak(c: number): boolean {
  switch (c) {
    case 44: case 59: case 58: case 33: case 63: case 34: case 40: case 41: case 91: case 93:
    case 0x201c: case 0x201d: case 0x2014: case 0x2013: case 0x2015:
    // (And the bar between a table's cells: "| Early April 2026 | Third round expected".)
    case 124:
      return true;
    default:
      return false;
  }
}

/** Nouns ending in "ly": "his family said", "the assembly voted". */
const LY_NOUNS = new Set(['family', 'assembly', 'ally', 'rally', 'supply', 'monopoly', 'anomaly', 'reply', 'daily', 'weekly', 'monthly', 'quarterly']);

/** `/^[a-z]{3,}ly$/`: "reportedly", "publicly" (not "family"). */
export function isLyAdverb(w: string): boolean {
  const n = w.length;
  if (n < 5 || w.charCodeAt(n - 1) !== 121 || w.charCodeAt(n - 2) !== 108 || LY_NOUNS.has(w)) return false;
  for (let i = 0; i < n - 2; i++) if (!isAsciiLowerCode(w.charCodeAt(i))) return false;
  return true;
}

/** An opening quotation mark: `"` or `“`. */
function isQuoteOpen(c: number): boolean {
  return c === 34 || c === 0x201c;
}

/**
 * `cue` moved back over auxiliaries and adverbs ("has also said", "is endorsing") and over a parenthesis
 * ("Gov. Mike Pence (R-IN) said"), which belong between the source and its verb. Its own function: the first
 * auxiliary met would otherwise deoptimise the whole of sourceBefore.
 */
/** Whether a word with a capital stands right before `w` (blanks between). */
function capitalWordBefore(text: string, w: number, floor: number): boolean {
  const p = backOverBlanks(text, w, floor);
  let q = p;
  while (q > floor && isAsciiLetterCode(text.charCodeAt(q - 1))) q--;
  return q < p && p < w && isAsciiUpperCode(text.charCodeAt(q));
}

export function backOverAuxiliaries(text: string, cue: number, floor: number): number {
  let afterDay = false;
  // "Officials have been saying", "will be arguing", "can be heard saying": before a participle in "-ing", "been",
  // "be" and a verb of perception stand between the source and its verb too (a passive, "have been told", is read
  // elsewhere).
  const progressive = endsInIng(text, cue);
  // (In a title-case headline, "Minister Now Says", "Now" is still the adverb.)
  const titled = isAsciiUpperCode(text.charCodeAt(cue));
  // (Counted in the loop's test, which every call runs: an increment run only by a `continue` deoptimised.)
  let guard = 0;
  // "He kept warning", "She has continued to say", "went on to say": a verb of going on or starting, with its "on" or
  // "to", stands between the source and its verb too (its auxiliaries before it are passed below).
  // (Asked only where the cue follows a "to" or ends in "-ing", as every match has it.)
  let b = backOverBlanks(text, cue, floor);
  // ("continues to falsely claim that": an adverb may split the infinitive.)
  if (b - 4 > floor && text.charCodeAt(b - 1) === 121 && text.charCodeAt(b - 2) === 108) {
    let w = b - 2;
    while (w > floor && isAsciiLetterCode(text.charCodeAt(w - 1))) w--;
    const p = backOverBlanks(text, w, floor);
    if (p < w && p - 2 > floor && text.charCodeAt(p - 1) === 111 && text.charCodeAt(p - 2) === 116 && !isAsciiLetterCode(text.charCodeAt(p - 3))) {
      cue = w;
      b = p;
    }
  }
  const toBefore = b - 2 > floor && text.charCodeAt(b - 1) === 111 && text.charCodeAt(b - 2) === 116;
  if (toBefore || progressive) {
    const win = text.slice(Math.max(floor, cue - 24), cue);
    const m = (toBefore ? ASPECT_TO_BEFORE_RE : ASPECT_ING_BEFORE_RE).exec(win);
    // (Not where nothing stands before it: "Keeps saying she opposed the war" is a fragment with its subject left out.)
    const at = m ? cue - win.length + m.index + (m[0].length - m[0].trimStart().length) : cue;
    if (at < cue && backOverBlanks(text, at, floor) > floor) cue = at;
  }
  while (guard++ < 8) {
    const at = backOverBlanks(text, cue, floor);
    if (text[at - 1] === ')') {
      // (A headline in the brackets may run longer: 'An article ("Farmers block Brussels as trade pact vote nears", 11
      // November, page 14) said'.)
      const open = lastIndexWithin(text, '(', at - 1, Math.max(floor, at - 139));
      if (open > floor && (at - open < 60 || (at - open < 140 && isQuoteOpen(text.charCodeAt(open + 1))))) {
        cue = open;
        continue;
      }
      break;
    }
    let w = at;
    while (w > floor && isAsciiLetterCode(text.charCodeAt(w - 1))) w--;
    const raw = text.slice(w, at);
    const word = raw.toLowerCase();
    const day = DAY_BETWEEN.has(word);
    // ("Peace Now said", "A spokesman for Homes Now said": a capitalised "Now" after a name's capitalised word ends the
    // name, no adverb.)
    // ("Fed Governor Gregory May said": so does "May", a surname there, as no modal stands before "said".)
    if ((raw === 'Now' || raw === 'May') && !titled && capitalWordBefore(text, w, floor)) break;
    // ("Delhi only acknowledged receipt": "only" too, but not in "not only", whose verb has its subject further back.)
    if (word === 'only' && notBefore(text, w, floor)) break;
    // ("figures published in May show": after "in", "May" is the month, no modal.)
    if (raw === 'May' && w - 3 >= floor && text.startsWith('in ', w - 3)) break;
    if (w < at && (BETWEEN.has(word) || isLyAdverb(raw) || day || (afterDay && word === 'on') || (progressive && (word === 'been' || word === 'be' || word === 'heard' || word === 'seen')))) {
      afterDay = day;
      cue = w;
      continue;
    }
    break;
  }
  return cue;
}

/** Whether "not" stands right before `at` ("not only"). */
export function notBefore(text: string, at: number, floor: number): boolean {
  const b = backOverBlanks(text, at, floor);
  return b - 3 >= floor && text.startsWith('not', b - 3) && (b - 3 === floor || !isAsciiLetterCode(text.charCodeAt(b - 4)));
}

/** Whether the word that starts at `at` ends in "ing" ("saying", "arguing"). */
export function endsInIng(text: string, at: number): boolean {
  let e = at;
  while (e < text.length && e - at < 24 && isAsciiLetterCode(text.charCodeAt(e))) e++;
  // (Both tests run for every word: a test run only after the other passed deoptimised the first time it ran.)
  const long = e - at > 4;
  const ing = text.startsWith('ing', e - 3);
  return long && ing;
}

/**
 * "5,000 patients": whether the comma at i stands between digits, part of a number. (Its neighbours are read only for
 * commas, and never past either end. A function of its own, called for every comma: the first comma before a digit
 * would otherwise deopt lastClauseStart.)
 */
function inNumber(seg: string, i: number): boolean {
  return isDigitCode(codeAt(seg, i + 1)) && isDigitCode(codeAt(seg, i - 1));
}

/** A town's comma before its state or country joined to "-based" and the like: "Santa Clara, California-based". */
// (A noun in lower case after it: "In Washington, Texas-based Acme said" is in one place, of another.)
const PLACE_JOINED_AFTER_RE = /^,\s\p{Lu}[\p{L}.'\u2019]*(?:\s\p{Lu}[\p{L}.'\u2019]*){0,2}-(?:based|born|headquartered|listed|registered)\s+\p{Ll}/u;
/** A town's name after a preposition, at the end: "in Santa Clara" (where, not whose description). */
const PLACE_AFTER_PREPOSITION_RE = /(?:^|\s)(?:[Ii]n|[Aa]t|[Ff]rom|[Tt]o|[Nn]ear|[Oo]utside|[Ii]nside|[Aa]cross)\s+\p{Lu}[\p{L}.'\u2019]*(?:\s\p{Lu}[\p{L}.'\u2019]*){0,2}$/u;

/**
 * Whether the comma at seg[i] stands inside a place written as a town and its state or country, joined to "-based"
 * ("The Santa Clara, California-based company", "a Washington, D.C.-based think tank"): no clause's break. (A function
 * of its own, its cheap tests first, called for every comma read back.)
 */
export function isPlaceComma(seg: string, i: number): boolean {
  if (codeAt(seg, i + 1) !== 32 || !isAsciiUpperCode(codeAt(seg, i + 2)) || !isAsciiLetterCode(codeAt(seg, i - 1))) return false;
  // (The hyphen is looked for in the next 32 characters only: seg may be the whole text.)
  let dash = i + 3;
  const to = Math.min(seg.length, i + 32);
  while (dash < to && seg.charCodeAt(dash) !== 45) dash++;
  return dash < to && PLACE_JOINED_AFTER_RE.test(seg.slice(i, dash + 24)) && !PLACE_AFTER_PREPOSITION_RE.test(seg.slice(Math.max(0, i - 40), i));
}

/** Where the last clause of seg starts: after its last punctuation (a dot only when a space follows it: "U.S." stays). */
export function lastClauseStart(seg: string): number {
  for (let i = seg.length - 1; i >= 0; i--) {
    // By char code: this runs back over up to 160 characters for every cue.
    const c = seg.charCodeAt(i);
    if (c === 44 && (inNumber(seg, i) || isPlaceComma(seg, i))) continue;
    if (c === 41 || c === 34 || c === 0x201d) {
      const open = innerPhraseOpen(seg, i, c);
      if (open >= 0) {
        i = open;
        continue;
      }
    }
    if (breaksClauseAt(seg, i, c)) return i + 1;
  }
  return 0;
}

/**
 * Where a phrase inside the noun phrase that closes at seg[i] (c, a bracket or a quote) opens, or -1. (Its own
 * function, called for every bracket and quote: the nickname's test, first run after a quote and a space, deoptimised
 * lastClauseStart.)
 */
function innerPhraseOpen(seg: string, i: number, c: number): number {
  // "The Kenya Revenue Authority (KRA) chief said": an acronym in brackets inside the noun phrase, a word after it.
  if (c === 41) return acronymBracketOpen(seg, i);
  // ('Former President Jorge "Tuto" Quiroga said': a nickname in quotes between the names, inside the noun phrase.)
  if (codeAt(seg, i + 1) !== 32 || i <= 3) return -1;
  const open = Math.max(seg.lastIndexOf('"', i - 1), seg.lastIndexOf('\u201c', i - 1));
  return open > 0 && i - open <= 30 && isNickname(seg, open, i + 1) ? open : -1;
}

/** One to three capitalised words, a nickname's ("Tuto", "El Mayo"). */
const NICKNAME_RE = /^\p{Lu}[\p{L}'\u2019.-]*(?:\s\p{Lu}[\p{L}'\u2019.-]*){0,2}$/u;
/** A capitalised word of a name right before a space (the given name before a nickname), and one right after. */
// (Not a headline's words in title case: 'Trump Was "Mocking" Clinton Camp'.)
const NAME_BEFORE_RE = lazyRegExp(() => /(?:^|\s)(?!(?:The|A|An|This|That|In|On|At|Of|To|For|By|As|With|From|And|Or|But|Is|Was|Are|Were|Be|Has|Had|Have|Will|Says|Said|Calls|Called)\s)\p{Lu}[\p{Ll}'\u2019.-]+\s$/u);
const NAME_AFTER_RE = /^\s\p{Lu}\p{Ll}/u;
/** Whether the quotation [start, end) in double quotes is a nickname between a given name and a surname: 'Jorge "Tuto"
 * Quiroga'. */
export function isNickname(text: string, start: number, end: number): boolean {
  const open = text.charCodeAt(start);
  if ((open !== 34 && open !== 0x201c) || text.charCodeAt(start - 1) !== 32 || text.charCodeAt(end) !== 32) return false;
  return NICKNAME_RE.test(text.slice(start + 1, end - 1)) && NAME_AFTER_RE.test(text.slice(end, end + 3)) && NAME_BEFORE_RE().test(text.slice(Math.max(0, start - 24), start));
}

/**
 * Where the "(" of an acronym in brackets that closes at seg[i] opens, when a lower-case word follows it in the same
 * noun phrase ("(UKMTO) agency", "(KRA) chief"), or -1.
 */
function acronymBracketOpen(seg: string, i: number): number {
  if (codeAt(seg, i + 1) !== 32) return -1;
  const next = codeAt(seg, i + 2);
  if (isAsciiLowerCode(next)) {
    const open = seg.lastIndexOf('(', i);
    return open >= 0 && i - open <= 12 && ACRONYM_IN_BRACKETS_RE.test(seg.slice(open, i + 1)) ? open : -1;
  }
  // "Speaker of the Islamic Consultative Assembly (Majlis) Mohammad Bagher Ghalibaf said": a body's short name in
  // brackets between a title's body and its holder's name, capitalised words on both sides.
  if (!isAsciiUpperCode(next)) return -1;
  const open = seg.lastIndexOf('(', i);
  if (open < 2 || i - open > 12 || codeAt(seg, open - 1) !== 32 || !isAsciiLetterCode(codeAt(seg, open - 2)) || !SHORT_NAME_IN_BRACKETS_RE.test(seg.slice(open, i + 1))) return -1;
  const head = CAPITALISED_WORD_BEFORE_RE.exec(seg.slice(Math.max(0, open - 24), open));
  // (Only after a body's head word: "In Kabul (Afghanistan) Taliban officials said" names a place in its brackets.)
  return head && (ORG_SUFFIX.has(head[1].toLowerCase()) || ORG_HEAD.has(head[1].toLowerCase())) ? open : -1;
}
/** A body's short name in brackets: one capitalised word or an acronym ("(Majlis)", "(NA)"). */
const SHORT_NAME_IN_BRACKETS_RE = /^\((?:[A-Z][a-z]{2,}|[A-Z]{2,6})\)$/;
/** A capitalised word before a blank: the last word of a body's name. */
const CAPITALISED_WORD_BEFORE_RE = /(?:^|\s)([A-Z][A-Za-z'-]*)\s$/;
// (A small letter or two before a capital too: "the Ministry of Health (MoH) in Gaza".)
const ACRONYM_IN_BRACKETS_RE = /^\([A-Z](?:[A-Z0-9&-]|[a-z]{1,2}(?=[A-Z]))+\)$/;

/**
 * Whether the character c at seg[i] ends a clause. (Called for every character lastClauseStart reads, so that the first
 * full stop or dash does not throw away its optimised code.)
 */
function breaksClauseAt(seg: string, i: number, c: number): boolean {
  if (isClauseBreak(c) || (c === 46 && isSpaceCode(codeAt(seg, i + 1)) && !TITLE_DOT().test(seg.slice(Math.max(0, i - 5), i)))) return true;
  // "--", the dash of typewritten copy, breaks a clause like an em dash; so does a hyphen set between spaces
  // ("April 2025 - The RSF attacks").
  return c === 45 && (codeAt(seg, i - 1) === 45 || (isSpaceCode(codeAt(seg, i - 1)) && isSpaceCode(codeAt(seg, i + 1))));
}
