// Quotations inside one paragraph and their speakers. The noun-phrase readers that attribution.ts shares, the
// source read back from a cue ("the Iraqi Ministry of Defense said") or forward ("said Jane Doe"), are in
// sourceBefore.ts and sourceAfter.ts.
import type { Quotation, TextSpan } from './types';
import { SPEECH_VERBS } from './cues';
import { backOverBlanks, execLong, isSpaceCode, nextMatch } from './chars';
import { wordsIn } from './sourceWords';
import { sourceBefore } from './sourceBefore';
import { sourceAfter } from './sourceAfter';
import { isNickname } from './sourceBounds';
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
  // ('Former President Jorge "Tuto" Quiroga said': a nickname between a given name and a surname is the name's, no one's
  // words.)
  if (end - start <= 30 && isNickname(text, start, end)) return;
  const q: Quotation = { start, end };
  const speaker = quoteSpeaker(text, q, paraEnd);
  if (speaker) q.speaker = speaker;
  out.push(q);
}

const SPEECH_SET = new Set(SPEECH_VERBS);


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
