// Quotations inside one paragraph, their speakers, and the noun-phrase readers that attribution.ts shares:
// the source read back from a cue ("the Iraqi Ministry of Defense said") or forward ("said Jane Doe").
import type { Quotation, TextSpan } from './types';
import { ASPECT_ING_BEFORE_RE, ASPECT_TO_BEFORE_RE, FINDING_VERBS, NOT_IN_SOURCE, SPEECH_VERBS } from './cues';
import { WEEKDAY_NAMES } from './dates/lexicon';
import { backOverBlanks, codeAt, execLong, isAsciiLetterCode, isAsciiLowerCode, isAsciiUpperCode, isDigitCode, isSpaceCode, lastIndexWithin, lazyRegExp, nextMatch, skipBlanks, testLong } from './chars';
// Unicode-class regexes used inside functions, made once here.
const LETTER_RE = /\p{L}/u;
// (A role's lower-case words may stand between the capitalised ones, though no verb or preposition: "\u2014 Opposition
// leader Tomasz Wrona, in a debate", "\u2014 Harbour master Olaf Lund"; "\u2014 Anna Nowak, chief economist at ..." ends at
// the comma.)
// (In a Markdown blockquote the credit line is quoted too: '> “...”\n> — Anna Nowak, chief economist'.)
const DASH_SPEAKER_RE = /^\s*(?:>\s*)?(?:[\u2015\u2014\u2013]-?\s*|(?<=\s)--?\s+)((?:\p{Lu}[\p{L}.'\u2019-]{0,40})(?:\s+(?:(?!(?:said|says|told|tells|added|adds|wrote|writes|speaking|quoted|in|on|at|to|from|during|after|before|when|while|who|which|that|was|is|were|are|has|had|have|will|would|via|and|but)\b)\p{Ll}[\p{Ll}-]{0,20}\s+){0,3}\p{Lu}[\p{L}.'\u2019-]{0,40}){0,5})/u;

const OPEN_CURLY = 0x201c;
const CLOSE_CURLY = 0x201d;

/**
 * The marks findQuotations reads: " \u201c \u201d \u2018, and a doubled apostrophe '' (a single one, the commonest of
 * them in news, means nothing to it: each stop costs a match).
 */
const QUOTE_MARK_RE = /["\u201c\u201d\u2018]|''|``/g;

/** Double-quoted stretches in [start, end); an unclosed quote runs to the paragraph end (news style). */
export function findQuotations(text: string, start: number, end: number): Quotation[] {
  const out: Quotation[] = [];
  let open = -1;
  // From one quotation mark to the next: the regex engine skips the text between (this runs over every character of
  // the article, most of it before the optimising compiler has reached this function). It searches the paragraph's
  // own text: on the whole text, a paragraph without quotation marks would send it on to the end of the article.
  const own = text.slice(start, end);
  for (let i = nextMatch(QUOTE_MARK_RE, own, start, start); i < end; i = nextMatch(QUOTE_MARK_RE, own, start, i + 1)) {
    const c = text.charCodeAt(i);
    if (c === OPEN_CURLY) {
      if (open < 0) open = i;
    } else if (c === CLOSE_CURLY) {
      // A closing mark used to open ("\u201dMr. Trump ...", a common typesetting slip) opens when it starts a
      // paragraph or follows a space and precedes a letter.
      if (open < 0 && (i === start || isSpaceCode(text.charCodeAt(i - 1))) && LETTER_RE.test(text[i + 1] ?? '')) open = i;
      else {
        if (open >= 0) push(out, text, open, i + 1, end);
        open = -1;
      }
    } else if (c === 0x2018 && open < 0 && (i === start || isOpeningContext(text.charCodeAt(i - 1), false))) {
      // Curly single quotes (headlines, quotes within quotes): open only after a space, close before a non-letter.
      const close = findSingleClose(text, i + 1, end);
      if (close > 0) {
        push(out, text, i, close + 1, end);
        i = close;
      }
    } else if (c === 96) {
      // ("``We had one cancellation,'' said Mary Jones": the typewriter style of older wire copy opens with two
      // backticks and closes with two apostrophes.)
      // (Not a Markdown code fence's run of three.)
      if (open < 0 && text.charCodeAt(i + 2) !== 96 && text.charCodeAt(i - 1) !== 96) open = i;
      i++;
    } else if (c === 34 || (c === 39 && text.charCodeAt(i + 1) === 39)) {
      // Straight double quotes, and the doubled apostrophe some wire archives use for them.
      const w = c === 34 ? 1 : 2;
      const opening = i === start || isOpeningContext(text.charCodeAt(i - 1), true);
      if (open < 0 && opening) open = i;
      else if (open >= 0) {
        push(out, text, open, i + w, end);
        open = -1;
      }
      i += w - 1;
    }
  }
  if (open >= 0 && end - open > 1) push(out, text, open, end, end);
  return out;
}

/**
 * Whether a quote mark after code unit c opens: `/[\s:(\u2014-]/` for a single curly quote; with `wide`,
 * `/[\s([{\u2014\u2013:-]/` for a straight double quote.
 */
function isOpeningContext(c: number, wide: boolean): boolean {
  if (c === 58 || c === 40 || c === 0x2014 || c === 45 || isSpaceCode(c)) return true;
  return wide && (c === 91 || c === 123 || c === 0x2013);
}

function findSingleClose(text: string, from: number, end: number): number {
  const hi = Math.min(end, from + 400);
  for (let j = from; j < hi; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x2019 && !LETTER_RE.test(text[j + 1] ?? '')) return j;
    if (c === 0x2018 || c === 0x201c) return -1;
  }
  return -1;
}

function push(out: Quotation[], text: string, start: number, end: number, paraEnd: number): void {
  if (end - start < 3) return;
  const q: Quotation = { start, end };
  const speaker = quoteSpeaker(text, q, paraEnd);
  if (speaker) q.speaker = speaker;
  out.push(q);
}

const SPEECH_SET = new Set(SPEECH_VERBS);
const WORD = lazyRegExp(() => /[\p{L}\p{N}][\p{L}\p{N}'\u2019.&-]*/uy);

/** A comma and the words after a quotation, where its speaker may be named. */
const SPEAKER_AFTER_RE = /^,?\s+(\p{L}[^,.;:!?"\u201c\u201d]{0,80})/u;

/** The speaker named right after a quotation (", he said", ", said Jane Doe") or right before it ("X said: "). */
export function quoteSpeaker(text: string, q: { start: number; end: number }, paraEnd: number): TextSpan | undefined {
  // After: optional comma, then "X said" or "said X".
  const after = text.slice(q.end, Math.min(paraEnd, q.end + 120));
  const m = execLong(SPEAKER_AFTER_RE, after);
  if (m) {
    const base = q.end + m.index + m[0].length - m[1].length;
    const words = wordsIn(text, base, base + m[1].length);
    for (let k = 0; k < words.length && k < 9; k++) {
      if (!SPEECH_SET.has(words[k].text.toLowerCase())) continue;
      if (k === 0) return sourceAfter(text, words[0].end, paraEnd);
      return sourceBefore(text, words[k].start, base);
    }
  }
  // A dash and a name after the quote: "... shame." \u2015 Sonya Herridge
  const dash = execLong(DASH_SPEAKER_RE, after);
  if (dash) {
    const st = q.end + dash.index + dash[0].length - dash[1].length;
    return { start: st, end: st + dash[1].length, text: dash[1] };
  }
  // Before: "X said:" or "X said," immediately before the opening mark.
  // Scanned by hand: a lazy regex anchored at the end would retry from every start in the window.
  let e = q.start;
  while (e > 0 && q.start - e < 8 && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (text[e - 1] === ',' || text[e - 1] === ':') {
    e = backOverBlanks(text, e - 1);
    let b0 = e;
    while (b0 > 0 && e - b0 < 100 && !'.;!?"\u201c\u201d'.includes(text[b0 - 1])) b0--;
    const base = b0;
    const words = wordsIn(text, base, e);
    for (let k = words.length - 1; k >= 0 && k >= words.length - 4; k--) {
      if (SPEECH_SET.has(words[k].text.toLowerCase())) return sourceBefore(text, words[k].start, base);
    }
  }
  return undefined;
}

interface Word {
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

// Words allowed between a source and its verb: "X has also said", "X later told".
const BETWEEN = new Set(
  ('has have had also later previously then repeatedly would will did does do is was were are not never once often ' +
    'recently publicly privately reportedly again further separately earlier last first frequently always long ' +
    'still already just since both all each himself herself themselves itself, ever may might can cannot could should must only ' +
    'today yesterday tonight now well nonetheless nevertheless however meanwhile too likewise similarly ' +
    // (Adverbs of how often: "Courts sometimes cite it", "Ministers usually say".)
    'sometimes usually occasionally routinely regularly typically seldom rarely commonly').split(' '),
);
// Contracted negations stand between a source and its verb too: "He doesn't think so".
for (const w of ['doesn', 'don', 'didn', 'isn', 'wasn', 'won', 'wouldn', 'can', 'couldn', 'hasn', 'haven', 'hadn', 'shouldn', 'mustn']) {
  BETWEEN.add(`${w}'t`);
  BETWEEN.add(`${w}\u2019t`);
}
/** Days and parts of days that may stand between a source and its verb, after "on" or alone ("Officials on Monday said"). */
const DAY_BETWEEN = new Set([...WEEKDAY_NAMES, 'morning', 'afternoon', 'evening', 'night']);
// Prepositions that may sit inside a name ("Ministry of Defense", "officials familiar with the matter").
const INNER = new Set(['of', 'for', 'at', 'on', 'in', 'with', 'from', 'to', 'the', 'and', 'by']);
/** Prepositions a verb in "-ing" takes before its object: "reacting to", "referring to", "responding to". */
const ING_PREP = new Set(['to', 'with', 'against', 'into', 'about']);
/** Forms of "be" before a verb in "-ing": "been staying", "were living". */
const BE_FORMS = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'am']);
const ARTICLES = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our']);
/** Pasts in no "-ed" of putting words out, before their object: "sent a letter", "wrote an op-ed". */
const PAST_BEFORE_OBJECT = new Set(['sent', 'wrote', 'gave', 'made', 'took']);
const RELATIVE_WORDS = new Set(['who', 'that', 'which']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'some', 'many', 'most', 'several', 'two', 'three', 'other']);

// A dot after a title or an initial does not end the phrase ("Sen. Ted Cruz", "John G. Roberts").
const TITLE_DOT = lazyRegExp(() => /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Sgt|Capt|Prof|St|Jr|Sr|Del|Rev|Adm|Maj|Brig|Cmdr|Cdr|Cpl|Pvt|Spc|Pfc|Amb|Hon|hon|Rt|et al|[A-Z])$/u);

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
function isLyAdverb(w: string): boolean {
  const n = w.length;
  if (n < 5 || w.charCodeAt(n - 1) !== 121 || w.charCodeAt(n - 2) !== 108 || LY_NOUNS.has(w)) return false;
  for (let i = 0; i < n - 2; i++) if (!isAsciiLowerCode(w.charCodeAt(i))) return false;
  return true;
}

/** `/^[a-z]+(?:ed|s)$/`: a lower-case word ending in "ed" or "s". */
/** A lower-case "-ing" word before a capitalised word or "the", "a", "an": a participle with its object. */
function isIngBeforeObject(w: string, next: string): boolean {
  return w.length > 4 && w.endsWith('ing') && isAsciiLowerCode(w.charCodeAt(0)) && (isAsciiUpperCode(next.charCodeAt(0)) || next === 'the' || next === 'a' || next === 'an');
}

function isVerbLike(w: string): boolean {
  // ("I also remember a colleague ... telling me": a verb of memory or perception before its object.)
  if (PERCEIVING.has(w)) return true;
  const n = w.length;
  const last = w.charCodeAt(n - 1);
  if (!((last === 115 && n >= 2) || (last === 100 && n >= 3 && w.charCodeAt(n - 2) === 101))) return false;
  for (let i = 0; i < n; i++) if (!isAsciiLowerCode(w.charCodeAt(i))) return false;
  return true;
}

const PERCEIVING = new Set(['remember', 'recall', 'hear', 'heard', 'saw', 'see', 'watch', 'watched', 'imagine', 'picture']);

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
    if (raw === 'Now' && !titled && capitalWordBefore(text, w, floor)) break;
    // ("Delhi only acknowledged receipt": "only" too, but not in "not only", whose verb has its subject further back.)
    if (word === 'only' && notBefore(text, w, floor)) break;
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
function notBefore(text: string, at: number, floor: number): boolean {
  const b = backOverBlanks(text, at, floor);
  return b - 3 >= floor && text.startsWith('not', b - 3) && (b - 3 === floor || !isAsciiLetterCode(text.charCodeAt(b - 4)));
}

/** Whether the word that starts at `at` ends in "ing" ("saying", "arguing"). */
function endsInIng(text: string, at: number): boolean {
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

/** Where the last clause of seg starts: after its last punctuation (a dot only when a space follows it: "U.S." stays). */
function lastClauseStart(seg: string): number {
  for (let i = seg.length - 1; i >= 0; i--) {
    // By char code: this runs back over up to 160 characters for every cue.
    const c = seg.charCodeAt(i);
    if (c === 44 && inNumber(seg, i)) continue;
    // "The Kenya Revenue Authority (KRA) chief said": an acronym in brackets inside the noun phrase, a word after it.
    if (c === 41) {
      const open = acronymBracketOpen(seg, i);
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
 * Where the "(" of an acronym in brackets that closes at seg[i] opens, when a lower-case word follows it in the same
 * noun phrase ("(UKMTO) agency", "(KRA) chief"), or -1.
 */
function acronymBracketOpen(seg: string, i: number): number {
  if (!(codeAt(seg, i + 1) === 32 && isAsciiLowerCode(codeAt(seg, i + 2)))) return -1;
  const open = seg.lastIndexOf('(', i);
  return open >= 0 && i - open <= 12 && ACRONYM_IN_BRACKETS_RE.test(seg.slice(open, i + 1)) ? open : -1;
}
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

/** Whether a word can be the noun a participle describes: lower case, and no pronoun, auxiliary or function word. */
function describable(w: string): boolean {
  const lw = w.toLowerCase();
  return w === lw && !NOT_IN_SOURCE.has(lw) && !BETWEEN.has(lw) && !SUBJECT_PRONOUNS.has(lw);
}

const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they']);
/** Quantifiers that stand for the people just named as a clause's subject: "Both agree", "each said" ("All said and
 * done" is an idiom). */
const ALL_OF_THEM = new Set(['both', 'each']);

/** The "both" or "each" that opens the last clause before the verb at `verb` (from `lo`; maybe after "and" or "but")
 * with only words that stand between a source and its verb after it, as a source; undefined if none. */
function allOfThem(text: string, lo: number, verb: number): TextSpan | undefined {
  const words = wordsIn(text, lo + lastClauseStart(text.slice(lo, verb)), verb);
  const f = words.length > 1 && (words[0].text === 'and' || words[0].text === 'but') ? 1 : 0;
  if (f >= words.length || !ALL_OF_THEM.has(words[f].text.toLowerCase())) return undefined;
  // (Not after an apposition's comma, "X and Y, attorneys for Z, both declined": the subject is before it; nor before a
  // plural noun, "Both charges carry".)
  const before = backOverBlanks(text, words[f].start, lo);
  if (f === 0 && before > lo && text.charCodeAt(before - 1) === 44) return undefined;
  if ((words[f].text === 'both' || words[f].text === 'Both') && /^[a-z]+[^s]s\b/.test(text.slice(verb, verb + 24))) return undefined;
  for (let k = f + 1; k < words.length; k++) if (!BETWEEN.has(words[k].text.toLowerCase()) && !isLyAdverb(words[k].text)) return undefined;
  return textSpan(words[f].start, words[f].end, words[f].text);
}

/** Nouns of things posted or published, which a participle after them describes. */
const DOC_LIKE = new Set(['post', 'posts', 'video', 'videos', 'message', 'messages', 'tweet', 'tweets', 'article', 'image', 'photo', 'letter', 'document', 'statement', 'report', 'indictment', 'complaint', 'lawsuit', 'filing', 'ruling', 'judgment', 'order']);
/** A capitalised name and its comma right before a list's next item: "Poland, " before "Hungary and Slovakia". */
// ("Save the Children, ": a name's inner "the", "of" or "for" too.)
const LIST_ITEM_BEFORE_RE = lazyRegExp(() => /(?:^|(?<=[\s(]))(?:the\s+)?\p{Lu}[\p{L}.'\u2019-]{0,40}(?:\s+(?:(?:the|of|for)\s+)?\p{Lu}[\p{L}.'\u2019-]{0,40}){0,3},\s+$/u);
/** A common noun after its article and its comma before a list's next such item: "The ministry, " before "the police and
 * the army". */
// ("Ukraine's energy minister, ": or after a name's possessive.)
const COMMON_ITEM_BEFORE_RE = /(?:^|(?<=[\s(]))(?:[Tt]he|[A-Z][a-z]+['\u2019]s)\s+[a-z][a-z-]{1,30}(?:\s+[a-z][a-z-]{1,30}){0,2},\s+$/;
/** A day, a month or a word of when that a list of names may seem to open with: "Tuesday, ", "March, ", "Yesterday, ". */
const TIME_ITEM_RE = /^(?:On\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December|Yesterday|Today|Tonight|Earlier|Later)\b/;
/** An opening time before a list of names: "On Tuesday, ", "Yesterday, ", "On 12 March, ", "Last week, ". */
const TIME_BEFORE_LIST_RE = /^\s*(?:(?:On\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Yesterday|Today|Tonight|Earlier|Later)(?:\s+(?:morning|afternoon|evening|night))?|On\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})(?:,?\s+\d{4})?|(?:Last|This|Earlier\s+this|Later\s+this)\s+(?:week|month|year|weekend)),\s+$/;
/** An opening phrase of a preposition and lower-case words before a list of names: "In a joint advisory, ", "In a statement, ". */
const INTRO_BEFORE_LIST_RE = /^\s*(?:In|On|Under|Through)\s+(?:a|an|the|their|its)\s+(?:[a-z-]+\s+){0,3}[a-z-]+,\s+$/;

/** Words that open a free relative or an indirect question before its subject: "what Trump says". */
const WH_WORDS = new Set(['what', 'whatever', 'how', 'why', 'whether', 'where']);

/** The word with its first letter in lower case. */
const lowerFirst = (w: string): string => w.charAt(0).toLowerCase() + w.slice(1);

/** Nouns of what is said, which a relative clause without "that" can follow ("a claim Kyiv denied"). */
const CLAIM_NOUNS = new Set(
  ('claim claims statement statements allegation allegations accusation accusations charge charges assertion figure figures report reports ' +
    'account version toll comments remarks words move moves step steps decision proposal proposals offer demand demands').split(' '),
);

/** Participles that say how a source knows, not what it says: "officials briefed on the talks said". */
export const BRIEFED = new Set(['briefed', 'informed', 'consulted']);

/** Verbs of saying that end a source read backwards: "The IAEA said Iran had not answered" has "Iran" answer. */
// (And the verbs of finding: "The survey found 62% of adults think ..." has the share think, not "The survey found".)
/** The bare forms of the verbs of showing, after a plural subject: "Records show", "the data suggest". */
const SHOW_FORMS = new Set(['show', 'suggest', 'reveal', 'indicate', 'confirm']);
/** A plural noun or a mass noun of evidence before a verb's bare form: "Records", "figures", "data", "evidence". */
const PLURAL_SUBJECT_RE = /^(?:\p{L}[\p{L}'\u2019-]*[^\Ws'\u2019]s|data|evidence)$/iu;
const SAID_FORMS = new Set('say said says tell told tells write wrote writes added noted announced warned insisted argued argue argues claim claims believe believes contend contends insist insists note notes warn warns explained stressed replied tweeted found finds showed shows'.split(' '));

/**
 * Where the source [start, end) starts: back over a list of names, then past a wire slug. (Called for every source, so
 * that the first list or slug does not throw away the optimised sourceBefore.)
 */
function sourceStart(text: string, start: number, end: number, floor: number, verb: number): number {
  // "Poland, Hungary and Slovakia had warned": a list of names runs back over its commas.
  // (Only from the clause's start: "In Brussels, France and Germany said" keeps the place out.)
  // ("CISA, the NSA and the FBI said": a list whose later names have their article.)
  const articled = text.charCodeAt(start) === 116 && text.startsWith('the ', start);
  // ("The ministry, the police and the army said": or a list of common nouns, each with its article; "Jones, the minister
  // and the envoy said" has a name such a list does not run back to.)
  const common = articled && !isAsciiUpperCode(text.charCodeAt(start + 4));
  if ((articled || isAsciiUpperCode(text.charCodeAt(start))) && text.slice(start, end).includes(' and ')) {
    let s0 = start;
    // (At most eight names back: the window of any source.)
    // (A day or a month is when, no name of the list: "On Tuesday, Apple, Google and Meta said".)
    for (let n = 0, m = listItemBefore(text, s0, floor, common); m && n < 8 && !TIME_ITEM_RE.test(m[0]); n++, m = listItemBefore(text, s0, floor, common)) s0 -= m[0].length;
    // ("In a joint advisory, CISA, the NSA and the FBI said": after an opening phrase that ends in a lower-case word, the
    // list still opens the clause; "In Brussels, France and Germany said" keeps the place out.)
    // (So after an opening time: "On Tuesday, Apple, Google and Meta said".)
    if (s0 < start && skipBlanks(text, floor, s0) !== s0 && s0 - floor < 48 && (testLong(INTRO_BEFORE_LIST_RE, text.slice(floor, s0)) || testLong(TIME_BEFORE_LIST_RE, text.slice(floor, s0)))) start = s0;
    else if (s0 < start && skipBlanks(text, floor, s0) === s0 && !/^(?:(?:In|At|On|For|From|After|Before|By|With|Under|During|Since|Despite|Unlike|Like)\s|\p{Lu}\p{Ll}+ly,|(?:However|Meanwhile|Still|Yet|Also|Instead|Separately|Moreover|Indeed|Now|Then|Today|Later|Earlier),)/u.test(text.slice(s0, s0 + 14))) start = s0;
    // "The ministers of Tuvalu, Vanuatu, Fiji and the Marshall Islands told": the people of the list's countries, a
    // noun and "of" that open the clause, speak.
    else if (s0 < start && s0 - floor < 60 && PEOPLE_OF_LIST_RE.test(text.slice(floor, s0))) start = skipBlanks(text, floor, s0);
    // "The deal was agreed, mediators Qatar, Egypt and the United States said.": after the content's comma, a list that
    // ends the sentence with its verb is the source whole, and so is the plural noun that heads it.
    else if (s0 < start && text.charCodeAt(backOverBlanks(text, s0, floor) - 1) === 44) start = postposedList(text, s0, start, floor, verb);
    // "Ministers from France, Germany and Italy said", "Officials in Washington, London and Paris said": a list after a
    // preposition is the object of the noun phrase before it, which runs on over the whole list. (So is one after
    // "including": "Humanitarian groups including Save the Children, the NRC and Mercy Corps said".)
    else if (s0 < start && s0 - floor > 4 && text.charCodeAt(s0 - 1) === 32) {
      const lead = s0 - floor > 8 ? POSTPOSED_LEAD_RE.exec(text.slice(Math.max(floor, s0 - 48), s0)) : null;
      if (lead) start = postposedList(text, s0 - lead[1].length, start, floor, verb);
      else {
        const prep = LIST_PREP_BEFORE_RE.exec(text.slice(Math.max(floor, s0 - 12), s0));
        const head = prep ? sourceBefore(text, s0 - prep[0].length, floor) : undefined;
        if (head && head.end === s0 - prep![0].length) start = head.start;
      }
    }
  }
  // A wire slug before a headline's subject: "UPDATE 2-Iran says", "EXCLUSIVE-Hamas says".
  const slug = execLong(WIRE_SLUG_RE, text.slice(start, end));
  return slug && slug[0].length < end - start ? start + slug[0].length : start;
}

/** Plural people heading a list of names after a comma: ", mediators ", ", the foreign ministers of ", ", officials from ". */
const POSTPOSED_LEAD_RE = /,\s+((?:the\s+)?(?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]+s(?:\s+(?:of|from)(?:\s+the)?)?\s+)$/;
/** After the verb of a source that closes its sentence: the verb's word, maybe when, then the sentence's end. */
const POSTPOSED_VERB_RE = /^[a-z]{2,}(?:\s+(?:on|in|late|early|last|this)\s+[A-Za-z]+(?:\s+[a-z]+)?)?\s*(?:[.;]|$)/;
/**
 * Where a list of names that starts at s0 (or the plural noun heading it), after the comma that closes what it says,
 * starts its source: s0 when the sentence's clause before it is the content and the verb closes the sentence; `start`
 * otherwise ("In Brussels, France and Germany said" keeps the place out).
 */
function postposedList(text: string, s0: number, start: number, floor: number, verb: number): number {
  if (!testLong(POSTPOSED_VERB_RE, text.slice(verb, Math.min(text.length, verb + 40)))) return start;
  const before = text.slice(floor, s0);
  if (!/\S+\s+\S+\s+\S+\s+\S/.test(before) || /^\s*(?:(?:In|At|On|For|From|After|Before|By|With|Under|During|Since|Despite|Unlike|Like|Among|Across)\s|\p{Lu}\p{Ll}+ly,|(?:However|Meanwhile|Still|Yet|Also|Instead|Separately|Moreover|Indeed|Now|Then|Today|Later|Earlier),)/u.test(before)) return start;
  return s0;
}

/** A preposition right before a list of names: " from ", " in ", " of ", " including ", " such as ". */
const LIST_PREP_BEFORE_RE = /\s(?:from|in|of|at|for|with|including|such\s+as)\s+$/;

/** The list's item right before `s0` (in the 60 characters after `floor`): a name, or a common noun with its article. */
function listItemBefore(text: string, s0: number, floor: number, common: boolean): RegExpExecArray | null {
  const w = text.slice(Math.max(floor, s0 - 60), s0);
  return common ? execLong(COMMON_ITEM_BEFORE_RE, w) : execLong(LIST_ITEM_BEFORE_RE(), w);
}

/** A noun phrase of people and "of" that open a clause before a list of names: "The ministers of ", "the heads of state of ". */
const PEOPLE_OF_LIST_RE = /^\s*(?:The|the|A|a)\s+(?:[a-z][a-z-]*\s+){0,3}?(?:ministers|leaders|heads(?:\s+of\s+(?:state|government))?|presidents|envoys|delegations|delegates|representatives|negotiators|officials|governments|ambassadors|people|citizens|foreign\s+ministers)\s+of\s+(?:the\s+)?$/;

/** Words after which "who" asks rather than relates: "say who", "unclear who", "know who". */
export const WHO_ASKS_AFTER = new Set('say says said saying know knows knew known ask asks asked tell tells told reveal reveals revealed disclose discloses disclosed identify identified explain explained determine determined establish established clear unclear sure unsure certain uncertain wonder wonders wondered wondering'.split(' '));

/** The noun phrase that ends right before `cue` (at or after `floor`), or undefined. */
export function sourceBefore(text: string, cue: number, floor: number): TextSpan | undefined {
  const titled = isAsciiUpperCode(text.charCodeAt(cue));
  const verb = cue;
  cue = backOverAuxiliaries(text, cue, floor);
  const lo = Math.max(floor, cue - 160);
  const seg = text.slice(lo, cue);
  const words = wordsIn(text, lo + lastClauseStart(seg), cue);
  let k = words.length - 1;
  while (k >= 0 && (BETWEEN.has(words[k].text.toLowerCase()) || isLyAdverb(words[k].text)) && !(words[k].text === 'only' && notBefore(text, words[k].start, floor)) && !(words[k].text === 'Now' && !titled && k > 0 && isAsciiUpperCode(words[k - 1].text.charCodeAt(0)))) k--;
  // ("The Miami relatives thus far have refused": "thus far" and "so far" stand between too.)
  if (k > 1 && words[k].text === 'far' && (words[k - 1].text === 'thus' || words[k - 1].text === 'so')) k -= 2;
  // "Both agree that ...", "..., but each said": "both", "each" or "all" opening the clause is its subject, the people
  // just named (after a subject, "They both said", it stands between).
  if (k < 0) return allOfThem(text, lo, verb);
  // "A poll by Forsa for RTL published on Tuesday showed": a participle of publishing before the time read over describes
  // the document, and is no part of its name.
  if (k > 0 && (k < words.length - 1 || cue < verb) && PUBLISHED_BEFORE_TIME.has(words[k].text)) k--;
  // ("WHO", in capitals, is the World Health Organization, not the pronoun: it stays unlike every word below.)
  let last = words[k].text === 'WHO' ? 'WHO' : words[k].text.toLowerCase();
  if (NOT_IN_SOURCE.has(last) && last !== 'who') return undefined;
  // "a well-connected source who told him": the relative pronoun is no part of the source.
  if (last === 'who') {
    if (--k < 0) return undefined;
    last = words[k].text.toLowerCase();
    // ("does not say who wrote it", "It is unclear who drafted it": after a verb of saying or knowing, "who" asks, and
    // has no antecedent.)
    if (NOT_IN_SOURCE.has(last) || WHO_ASKS_AFTER.has(last)) return undefined;
  }
  // A personal pronoun is the whole source: "said on Tuesday it would" is not by "Tuesday it". (Without its
  // contracted auxiliary: "I'll be happy to" is by "I".)
  if (SUBJECT_PRONOUNS.has(last)) return textSpan(words[k].start, words[k].end, words[k].text);
  const contracted = execLong(/^([a-z]+)['\u2019](?:ll|d|ve|re|m|s)$/, last);
  if (contracted && SUBJECT_PRONOUNS.has(contracted[1])) return textSpan(words[k].start, words[k].start + contracted[1].length, words[k].text.slice(0, contracted[1].length));
  let first = k;
  while (first > 0 && k - first < 17) {
    const w = words[first - 1].text;
    const lw = w.toLowerCase();
    // ("the difference between what Trump says": the source starts after the question word; "more than 50,000
    // times" is an amount inside it.)
    const amount = lw === 'than' && first > 1 && /^(?:more|less|fewer)$/i.test(words[first - 2].text) && isDigitCode(words[first].text.charCodeAt(0));
    // ("Critics of that approach": after "of", "that" and "this" point at the thing, they open no clause.)
    const pointing = (lw === 'that' || lw === 'this' || lw === 'those' || lw === 'these') && first > 1 && words[first - 2].text.toLowerCase() === 'of';
    // ("Records show the minister knew": the bare verb of showing after a plural, too, ends the source of a verb in what
    // the records show; "the talk show host" has no plural before it.)
    const shown = SHOW_FORMS.has(lw) && first > 1 && PLURAL_SUBJECT_RE.test(words[first - 2].text);
    // ("Economists polled before the Budget": when they were polled is part of who they are.)
    const polledWhen = POLL_WHEN.has(lw) && first > 1 && POLLED.has(words[first - 2].text);
    if (((NOT_IN_SOURCE.has(lw) && !INNER.has(lw)) || SAID_FORMS.has(lw) || WH_WORDS.has(lw) || shown) && !amount && !pointing && !polledWhen) break;
    first--;
  }
  // Drop leading prepositions and conjunctions ("Under an arrangement" -> "an arrangement").
  while (first < k && (INNER.has(words[first].text.toLowerCase()) && !DETERMINERS.has(words[first].text.toLowerCase()))) first++;
  // A lower-case verb-like word starts a clause, not a name: keep only what follows it. A participle that says
  // how the source knows stays in it ("two diplomats briefed on the meeting").
  for (let i = k - 1; i >= first; i--) {
    const w = words[i].text;
    // "likely to placate nervous Democrats": the infinitive's verb starts a clause; its object is the source.
    if (w === 'to' && i + 2 <= k && isAsciiLowerCode(words[i + 1].text.charCodeAt(0)) && !DETERMINERS.has(words[i + 1].text)) {
      first = i + 2;
      break;
    }
    if (BRIEFED.has(w) && words[i + 1].text === 'on') continue;
    // ("Humanitarian groups including Oxfam said": the members named after "including" are part of the noun phrase.)
    if (w === 'including' && i > first && isAsciiLowerCode(words[i - 1].text.charCodeAt(words[i - 1].text.length - 1))) continue;
    // ("The Cour des comptes said", "the Haut Conseil des finances publiques": a French particle after a name's
    // capitalised word is inside the name, no verb in "-s".)
    // ("Madame la ministre des Comptes publics": before a capitalised word too.)
    if (i > first && FRENCH_PARTICLES.has(w) && (isAsciiUpperCode(words[i - 1].text.charCodeAt(0)) || isAsciiUpperCode(words[i + 1].text.charCodeAt(0)))) continue;
    // "A post shared more than 50,000 times on Facebook": a participle after a document describes it, and a word
    // after a number is a counted noun.
    if (i > first && ((w.endsWith('ed') && DOC_LIKE.has(words[i - 1].text.toLowerCase())) || isDigitCode(words[i - 1].text.charCodeAt(0)))) continue;
    // "Shipping data compiled by Kpler", "a poll released in late August": a participle with its agent or
    // circumstance describes the common noun before it ("Palmieri called on", "they turned to" are verbs).
    // ("Economists polled by Reuters": the noun may open the sentence with its capital.)
    // ("Economists polled before the Budget", "Analysts surveyed ahead of the data": so may when they were asked.)
    if (i > first && POLLED.has(w) && POLL_WHEN.has(words[i + 1].text) && describable(i - 1 === first ? lowerFirst(words[i - 1].text) : words[i - 1].text)) continue;
    if (i > first && w.endsWith('ed') && INNER.has(words[i + 1].text) && !DETERMINERS.has(words[i + 1].text) && describable(i - 1 === first ? lowerFirst(words[i - 1].text) : words[i - 1].text)) continue;
    // ("demanding Iran explain": a participle before a name or a determiner is a verb, and the name its object.)
    // ("satellite images analysed by the BBC": a plural before a participle with its agent is the noun it describes.)
    if (w.endsWith('s') && i + 2 <= k && words[i + 2].text === 'by' && words[i + 1].text.endsWith('ed')) continue;
    // ("a leaked memo", "of newly filed reports": a participle after an article, a preposition or an adverb in "-ly"
    // describes the noun after it.)
    // ("The two taped a show", "reports that surfaced said": after a number or a pronoun it is the verb.)
    // ("Newly displaced households cited": so does one after such an adverb that opens the sentence with its capital.)
    if (i > first && w.endsWith('ed') && i < k && (ARTICLES.has(words[i - 1].text.toLowerCase()) || (INNER.has(words[i - 1].text) && words[i - 1].text !== 'and') || isLyAdverb(i - 1 === first ? lowerFirst(words[i - 1].text) : words[i - 1].text))) continue;
    // ("The ruling All Progressives Congress said", "Nigeria's governing party": an "-ing" word of holding power after an
    // article or a possessive describes the party, as "the ruling party" does.)
    if (i > first && RULING_ING.has(w) && (ARTICLES.has(words[i - 1].text.toLowerCase()) || POSSESSIVE_END_RE.test(words[i - 1].text))) continue;
    // (A noun in "-sis" or "-xis" is never a verb: "an analysis of customs records shows".)
    // ("was reacting to a communiqué issued in Kaduna, which": a verb in "-ing" and its preposition, after no article,
    // open a clause; "the meeting with donors" is a noun.)
    // ("He has been staying with relatives in Miami who": after a form of "be" the verb's object needs no determiner.)
    const ingPrep = i + 2 <= k && ING_PREP.has(words[i + 1].text) && w.length > 5 && w.endsWith('ing') && isAsciiLowerCode(w.charCodeAt(0)) && (i === first || !DETERMINERS.has(words[i - 1].text.toLowerCase())) && (DETERMINERS.has(words[i + 2].text) || (i === first && i > 0 && BE_FORMS.has(words[i - 1].text)));
    // ("Lawyers in Ohio sent a letter warning that": a past in no "-ed" before a document is a verb too, and for the
    // participle after it the one who sent the document speaks (when one stands in the same clause). Not in a relative
    // clause: "One of the docs who sent the letter called".)
    if (PAST_BEFORE_OBJECT.has(w) && i + 1 < k && ARTICLES.has(words[i + 1].text) && (DOC_LIKE.has(words[i + 2].text) || (i + 3 <= k && DOC_LIKE.has(words[i + 3].text))) && endsInIng(text, verb) && !(i > 0 && RELATIVE_WORDS.has(words[i - 1].text))) {
      const sender = sourceBefore(text, words[i].start, floor);
      if (sender) return sender;
    }
    if ((isVerbLike(w) && !DETERMINERS.has(w) && w !== 'news' && !/(?:ss|us|sis|xis|ics|ers|ists|ans|als|ors|ents|nts|ies|ees|ons|ces|ses|ts|ds|ks|ps|ns|ls|ms|rs|gs|tives)$/.test(w)) || isIngBeforeObject(w, words[i + 1].text) || ingPrep) {
      if (ingPrep) i++;
      first = i + 1;
      break;
    }
  }
  // ... and of what follows the verb, any leading preposition ("turned to the police, which reported").
  while (first < k && INNER.has(words[first].text) && !DETERMINERS.has(words[first].text)) first++;
  // "a claim Kyiv did not confirm": a noun of saying before a name is the object of a relative clause; the name speaks.
  for (let i = first; i < k; i++) {
    // ("a figure the government disputed": a determined noun phrase speaks too.)
    if (CLAIM_NOUNS.has(words[i].text) && (isAsciiUpperCode(words[i + 1].text.charCodeAt(0)) || (i + 2 <= k && /^(?:the|its|his|her|their)$/.test(words[i + 1].text)))) first = i + 1;
  }
  if (first > k) return undefined;
  // "In June the Chancellor said", "Yesterday the minister said": when it was said is no part of who said it.
  first = pastOpeningTime(words, first, k);
  let start = words[first].start;
  // "OPEC+ agreed": the plus sign closes the name ("OPEC+", "G7+"), though no word character.
  const end = words[k].end + (text.charCodeAt(words[k].end) === 43 && isAsciiUpperCode(text.charCodeAt(words[k].end - 1)) && words[k].end < cue ? 1 : 0);
  start = sourceStart(text, start, end, floor, verb);
  return textSpan(start, end, text.slice(start, end));
}

/** Words in "-ing" of holding or leaving power, adjectives before a party's or a leader's name ("the ruling APC"). */
const RULING_ING = new Set(['ruling', 'governing', 'outgoing', 'incoming', 'reigning']);
const POSSESSIVE_END_RE = /['\u2019]s$/;

/** Participles of publishing or taking a document that a time after them may follow: "a poll published on Tuesday". */
const PUBLISHED_BEFORE_TIME = new Set(['published', 'released', 'issued', 'conducted', 'taken', 'carried', 'fielded', 'dated']);

/** Participles of asking people for a forecast or a view ("Economists polled by Reuters"). */
const POLLED = new Set(['polled', 'surveyed', 'questioned', 'interviewed', 'canvassed', 'consulted']);
/** When they were asked, after such a participle: "polled before the Budget", "surveyed ahead of the data". */
const POLL_WHEN = new Set(['before', 'after', 'ahead', 'during']);

/** French particles inside an institution's name ("Cour des comptes", "Banque de France"). */
const FRENCH_PARTICLES = new Set(['des', 'du', 'de']);

/**
 * A source's span. (Made here, not in sourceBefore: sources outlive the cue, so V8 soon allocates them in the old
 * generation, and that decision threw away the optimised code that allocates them, mid-stage.)
 */
function textSpan(start: number, end: number, text: string): TextSpan {
  return { start, end, text };
}

/** Words of when: months, weekdays, "yesterday", "last week", "on", "in", numbers. */
const TIME_WORDS = new Set(
  ('january february march april may june july august september october november december jan feb mar apr jun jul aug ' +
    'sep sept oct nov dec yesterday today tonight earlier later last this next week month year morning afternoon ' +
    'evening night weekend on in at by early late within after hour hours minute minutes day days moments').split(' ').concat(WEEKDAY_NAMES),
);
/** Units of time after "a" or "an" in an opening time: "Within an hour", "After a week". */
const TIME_UNITS = new Set(['hour', 'minute', 'day', 'week', 'month', 'year', 'moment', 'while', 'fortnight']);

/** The first of words[first..k] after an opening phrase of time that a determiner ends ("June the Chancellor"). */
function pastOpeningTime(words: Word[], first: number, k: number): number {
  for (let i = first; i < k; i++) {
    const w = words[i].text;
    // ("Within an hour the port authority replied": "an hour" is the time, "the port authority" the source.)
    if ((w === 'a' || w === 'an') && i + 1 < k && TIME_UNITS.has(words[i + 1].text.toLowerCase())) continue;
    if (w === 'the' || w === 'a' || w === 'an') return i > first ? i : first;
    const lw = w.toLowerCase();
    if (!TIME_WORDS.has(lw.replace(/\.$/, '')) && !/^\d{1,4}(?:st|nd|rd|th)?,?$/.test(w)) return first;
  }
  return first;
}

/** A wire slug in capitals with its hyphen: "UPDATE 2-", "EXCLUSIVE-", "ANALYSIS-", "RPT-". */
// (Not a party's letter after its acronym, "JUI-F spokesman", "PML-N leader", "MQM-P convener": one capital, no article,
// ending its word.)
const WIRE_SLUG_RE = /^(?:UPDATE\s+\d+|[A-Z]{3,}(?:\s+\d+)?)-(?=\S)(?![B-HJ-Z](?![A-Za-z]))/;

// Words that end a source read forward ("said Jane Doe, who ..."), unless a capital follows "in", "at" or "and".
/** What "by this" names when it is no time: " agency", " newspaper", " reporter". */
const THIS_OUTLET_RE = /^\s+(?:agency|newspaper|paper|publication|website|reporter|correspondent|outlet|magazine|broadcaster|news\s+agency|programme|program)\b/;
const AFTER_STOP = new Set('that who which when while after before during on last this in at because as and but is are was were has have had will would could should may might must'.split(' '));

/** A month or a weekday after "in", "at" or "and": when, not a name's next word. */
const WHEN_NAME_AFTER_RE = /^\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b/;

/** Participles that can end a source read forward before where or when it appeared ("a statement read on TV"). */
const TRAILING_PARTICIPLES = new Set(['read', 'based', 'published', 'released', 'issued', 'posted', 'broadcast', 'carried', 'aired', 'seen', 'shown', 'delivered', 'filed', 'submitted', 'leaked', 'obtained', 'reviewed', 'cited', 'provided', 'shared', 'dated', 'sent', 'unsealed']);

/** A gerund after "of" or "for" ("of tolerating", "for failing"). */
const GERUND_AFTER_RE = /^\s+(?:(?:and|in\s+some\s+cases|also|even|openly)\s+)?[a-z]{2,}ing\b/;

const LETTER_OR_DIGIT_RE = lazyRegExp(() => /^[\p{L}\p{N}]/u);

/** The length of the letter or digit at text[i] (2 for one beyond the BMP), or 0 when there is none. */
function letterOrDigitAt(text: string, i: number, end: number): number {
  if (i >= end) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) return LETTER_OR_DIGIT_RE().test(text.slice(i, i + 2)) ? 2 : 0;
  return LETTER_OR_DIGIT_RE().test(text[i]) ? 1 : 0;
}

/**
 * The end of up to 15 words that follow `at` separated by spaces, each a letter or digit and then letters, digits and
 * ' ’ . & -; `at` itself if no word starts there. (What /^(?:[\p{L}\p{N}][\p{L}\p{N}'\u2019.&-]*)(?:[ \u00a0]+
 * [\p{L}\p{N}][\p{L}\p{N}'\u2019.&-]*){0,14}/u matches, read code unit by code unit: the regex was the dearest step of
 * every source read forward.)
 */
export function wordRunEnd(text: string, at: number, end: number): number {
  let k = at;
  let last = at;
  for (let n = 0; n < 15; n++) {
    const first = letterOrDigitAt(text, k, end);
    if (!first) break;
    k += first;
    for (;;) {
      const c = k < end ? text.charCodeAt(k) : -1;
      if (c === 39 || c === 0x2019 || c === 46 || c === 38 || c === 45) k++;
      else {
        const len = letterOrDigitAt(text, k, end);
        if (!len) break;
        k += len;
      }
    }
    last = k;
    while (k < end && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 0xa0)) k++;
    if (k === last) break;
  }
  return last;
}

/** Forms of verbs of finding that are also nouns of counting or saying: "estimates", "documents". */
const COUNT_NOUN_FORMS = new Set(['estimates', 'documents']);
/** Words after which such a form is the verb: "who estimates", "it estimates". */
const WHO_BEFORE = new Set(['who', 'which', 'that', 'it', 'he', 'she', 'also', 'now', 'still']);
/** What ends a noun phrase right after its head: punctuation, the sentence's end, or a preposition or participle on it. */
const NOUN_END_AFTER_RE = /^(?:\s*(?:[,.;:!?)\]"\u201d]|$)|\s+(?:of|for|from|on|in|at|published|released|issued|cited|seen|obtained|filed|submitted|posted|leaked|reviewed|provided|shared|dated|sent|unsealed)\b)/;
/** After "and", people who know: " officials briefed on", " two people familiar with", " sources close to". */
const AND_PEOPLE_WHO_KNOW_RE = /^\s+(?:(?:two|three|four|several|other|senior|western|israeli|u\.?s\.?|diplomatic|security)\s+)*(?:officials|diplomats|sources|people|aides|negotiators)\s+(?:briefed\s+on|familiar\s+with|close\s+to|with\s+knowledge\s+of|involved\s+in)\b/i;
/** The noun phrase that starts right after `from` ("said Jane Doe, a spokeswoman" -> "Jane Doe"). */
export function sourceAfter(text: string, from: number, limit: number): TextSpan | undefined {
  const hi = Math.min(limit, from + 200);
  const first = skipBlanks(text, from, hi);
  if (first === from) return undefined;
  const runEnd = wordRunEnd(text, first, hi);
  if (runEnd === first) return undefined;
  const words = wordsIn(text, first, runEnd);
  const out: Word[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    const lw = w.text.toLowerCase();
    // ("figures published on Wednesday by the UN refugee agency": when they came out sits between the participle and
    // its agent; the agent is the source's too.)
    if (out.length && (lw === 'on' || lw === 'in' || lw === 'last' || lw === 'this' || lw === 'earlier') && TRAILING_PARTICIPLES.has(out[out.length - 1].text.toLowerCase())) {
      let b = k + 1;
      while (b < words.length && b - k <= 3 && words[b].text.toLowerCase() !== 'by') b++;
      if (b < words.length && words[b].text.toLowerCase() === 'by') {
        k = b - 1;
        continue;
      }
    }
    // ("accused by rights groups of tolerating smuggling": what they are accused of is no part of who.)
    if (out.length && (lw === 'of' || lw === 'for') && GERUND_AFTER_RE.test(text.slice(w.end, w.end + 24))) break;
    // ("documents submitted to the tribunal": whom a text went to is no part of who wrote it.)
    if (lw === 'to' && out.length > 1 && TRAILING_PARTICIPLES.has(out[out.length - 1].text.toLowerCase())) break;
    // ("according to a copy of the text seen by Reuters and officials briefed on it": a second source of the same kind,
    // people who know, joins the first.)
    if (lw === 'and' && out.length > 1 && testLong(AND_PEOPLE_WHO_KNOW_RE, text.slice(w.end, Math.min(limit, w.end + 60)))) {
      out.push(w);
      continue;
    }
    // ("according to officials briefed on the talks": what they were briefed on says who they are.)
    if (lw === 'on' && out.length > 1 && BRIEFED.has(out[out.length - 1].text)) {
      out.push(w);
      continue;
    }
    // ("announced by Prime Minister Donald Tusk in March": when is no part of who.)
    // ("a draft seen by this agency": after "by", "this" points at the outlet, no time.)
    if (out.length && AFTER_STOP.has(lw) && !(lw === 'this' && out[out.length - 1].text.toLowerCase() === 'by' && THIS_OUTLET_RE.test(text.slice(w.end, w.end + 16))) && !((lw === 'in' || lw === 'at' || lw === 'and') && isAsciiUpperCode(codeAt(text, w.end + 1)) && !WHEN_NAME_AFTER_RE.test(text.slice(w.end, w.end + 12)))) break;
    // ("Figures cited by the minister show that": the clause's own verb of finding ends the agent.)
    // ("according to army estimates", "UN estimates published on Friday": a noun of counting or saying after its owner,
    // with no object after it, is the source's head, not a verb.)
    if (out.length && w.text === lw && FINDING_VERBS.includes(lw) && !(COUNT_NOUN_FORMS.has(lw) && !WHO_BEFORE.has(out[out.length - 1].text.toLowerCase()) && NOUN_END_AFTER_RE.test(text.slice(w.end, Math.min(limit, w.end + 16))))) break;
    if (!out.length && (lw === 'that' || lw === 'to')) return undefined;
    out.push(w);
    if (out.length >= 14) break;
  }
  // "the statement read on state television": the participle describes the source; where it was read is no part of it.
  while (out.length > 1 && TRAILING_PARTICIPLES.has(out[out.length - 1].text.toLowerCase())) out.pop();
  if (!out.length) return undefined;
  const start = out[0].start;
  let end = out[out.length - 1].end;
  // "a senior official who spoke on condition of anonymity": the clause describes how the source is named.
  const anon = execLong(/^\s*,?\s+who (?:spoke|asked|requested|was not authori[sz]ed|were not authori[sz]ed|declined|insisted)[^,.;:!?"\u201c\u201d]{0,80}/, text.slice(end, Math.min(limit, end + 100)));
  if (anon) end += anon[0].length;
  if (text[end] === '.' && /^(?:[A-Za-z]\.)+$/.test(text.slice(out[out.length - 1].start, end + 1))) end++;
  return { start, end, text: text.slice(start, end) };
}
