// What the actor and agreement patterns share about one paragraph: its tokens, the glossary matches over
// them, which tokens start sentences, and small helpers to walk names and phrases.
import type { ActorAnnotation, ActorCategory, AgreementAnnotation, Span, TextSpan } from './types';
import type { GazetteerMatch } from './gazetteer';
import * as gazetteerModule from './gazetteer';
import type { Token } from './tokens';
import * as tokensModule from './tokens';
import * as actorWordsModule from './actorWords';
import * as charsModule from './chars';
import { lowerBound } from './order';
import { ABBREVIATIONS } from './sentences';
// Imported helpers as local constants: under tsx (tests, eval, bench) every use of an import is a getter call.
const { joinable } = gazetteerModule;
const { KeyTable, phraseKeyOf, SHAPE_CAP } = tokensModule;
const { backOverBlanks, hashWord, isAsciiLowerCode, isClosingQuote } = charsModule;
const { NAME_PARTICLES, NOT_NAME, ORG_HEAD, ORG_SUFFIX } = actorWordsModule;


/** An actor mention. Every one is made here, so that all have one shape (one hidden class for the engine). */
export function actorMention(start: number, end: number, text: string, category: ActorCategory, entity: string | null): ActorAnnotation {
  return { kind: 'actor', start, end, text, category, entity };
}

/** An agreement mention, made in one place for the same reason. */
export function agreementMention(start: number, end: number, text: string, entity: string | null, antecedent: TextSpan | null): AgreementAnnotation {
  return { kind: 'agreement', start, end, text, entity, antecedent };
}

/** A candidate mention before overlaps are resolved. */
export interface Candidate extends Span {
  category: ActorCategory;
  entity: string | null;
  /** Higher wins over a lower one of the same length. */
  priority: number;
  /** The person's last name, to recognise it alone later ("Ellwood"). */
  surname?: string;
  /** A Spanish-style name's first surname, by which it is known alone ("Sheinbaum" of "Claudia Sheinbaum Pardo"). */
  surname2?: string;
}

export interface ParaContext {
  text: string;
  toks: Token[];
  /** Glossary match starting at a token index, with the index after its last token. */
  gazAt: Map<number, { m: GazetteerMatch; end: number }>;
  /** Token index -> whether it starts a sentence. */
  sentenceStart: boolean[];
  /** A headline in title case ("Trump The Dealmaker Could Address Clean Energy"): capitals say nothing there. */
  titleCase: boolean;
  /** Token index -> bits of the registered word lists its key is in (see wordListBit). */
  bits: number[];
  /** All of bits or'ed: a pattern whose words are nowhere in the paragraph can skip it. */
  anyBits: number;
}

// The patterns ask a handful of fixed word lists about nearly every token. Every word of every list is kept in
// one map with the bits of the lists that hold it, so a token costs one lookup for them all, and a word in no
// list (most words of an article, each new one in a long document) one miss.
// (Made with room for the ~900 words the lists hold: grown from two slots it was rehashed ten times at every start.)
const listedWords = new KeyTable<number>(1024);
let listCount = 0;

/** Registers a fixed word list (at module load; it must not change later) and returns its bit in ParaContext.bits. */
export function wordListBit(list: { keys(): Iterable<string> }): number {
  if (listCount >= 30) throw new Error('too many word lists');
  const bit = 1 << listCount++;
  for (const key of list.keys()) listedWords.set(key, (listedWords.get(key, hashWord(key)) ?? 0) | bit);
  return bit;
}

/** Bits of the registered lists that contain a normalised word (a token's key, with its hash). */
export function wordBits(key: string, hash: number): number {
  return listedWords.get(key, hash) ?? 0;
}

/** A phrase list as a trie over word keys: walking it reuses the tokens' keys instead of building phrase strings. */
interface PhraseTrie {
  next: Map<string, PhraseTrie>;
  /** A phrase of the list ends here. */
  end: boolean;
}
function phraseTrie(list: Map<string, unknown>): PhraseTrie {
  const root: PhraseTrie = { next: new Map(), end: false };
  for (const k of list.keys()) {
    let node = root;
    for (const w of k.split(' ')) {
      let n = node.next.get(w);
      if (!n) node.next.set(w, (n = { next: new Map(), end: false }));
      node = n;
    }
    node.end = true;
  }
  return root;
}
const phraseLists = new Map<Map<string, unknown>, { bit: number; trie: PhraseTrie }>();
/**
 * Registers a phrase list for phraseAt (at module load), so that its first words are a bit too, and returns that
 * bit: a token whose ParaContext.bits lack it starts no phrase of the list.
 */
export function registerPhraseList(list: Map<string, unknown>): number {
  let p = phraseLists.get(list);
  if (!p) {
    const trie = phraseTrie(list);
    p = { bit: wordListBit(trie.next), trie };
    phraseLists.set(list, p);
  }
  return p.bit;
}

/** Bits of the word lists most patterns ask about. */
export const NOT_NAME_BIT = wordListBit(NOT_NAME);
export const PARTICLE_BIT = wordListBit(NAME_PARTICLES);
export const ORG_SUFFIX_BIT = wordListBit(ORG_SUFFIX);
export const ORG_HEAD_BIT = wordListBit(ORG_HEAD);

/** Whether the token before i is an abbreviation (asked only where a sentence may start). */
function afterAbbreviation(toks: Token[], i: number): boolean {
  // ("... clashed with Elon Musk over X. The Commission later fined X": after one letter, a word that opens sentences and
  // is no one's name, "The", "It", "They", starts a sentence; an initial is followed by a name: "John F. Kennedy".)
  if (i > 0 && toks[i - 1].text.length === 1 && OPENS_SENTENCE.has(toks[i].key) && isCap(toks[i])) return false;
  // ("said on X. Petro said", "The EU fined X. Musk said": the platform X after "on", "via" or another word in lower case
  // ends its sentence, as the segmentation found.)
  if (i > 1 && toks[i - 1].text === 'X' && (X_PLATFORM_BEFORE.has(toks[i - 2].key) || isAsciiLowerCode(toks[i - 2].text.charCodeAt(0)))) return false;
  // ("Sec." is keyed as the "secretary" it stands for: tokens.ts.)
  return i > 0 && (toks[i - 1].text.length === 1 || ABBREVIATIONS.has(toks[i - 1].key) || toks[i - 1].text.endsWith('.') || toks[i - 1].text === 'Sec');
}
/** Words before "X" that make it the platform, not an initial: "on X", "via X". */
const X_PLATFORM_BEFORE = new Set(['on', 'via', 'platform', 'network']);
/** Words that open sentences and are never a surname after an initial. */
const OPENS_SENTENCE = new Set(['the', 'it', 'its', 'they', 'their', 'we', 'he', 'she', 'his', 'her', 'this', 'these', 'those', 'there', 'but', 'however']);

/** Builds the context for the tokens of a paragraph, given glossary matches and sentence starts. */
export function makeContext(text: string, toks: Token[], matches: GazetteerMatch[], sentenceStarts: number[]): ParaContext {
  const start = toks.length ? toks[0].start : 0;
  const bits: number[] = new Array(toks.length);
  let anyBits = 0;
  const gazAt = new Map<number, { m: GazetteerMatch; end: number }>();
  const sentenceStart: boolean[] = new Array(toks.length).fill(false);
  let mi = 0;
  // sentenceStarts is sorted: the first one in this paragraph.
  const starts = sentenceStarts;
  let si = lowerBound(starts, start);
  // (One pass over the tokens for their word bits, sentence starts and glossary matches.)
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    anyBits |= bits[i] = wordBits(t.key, t.hash);
    while (si < starts.length && starts[si] <= t.start) {
      if ((i === 0 || toks[i - 1].end <= starts[si]) && !afterAbbreviation(toks, i)) sentenceStart[i] = true;
      si++;
    }
    if (i === 0) sentenceStart[i] = true;
    else if (t.start - toks[i - 1].end === 1 && text.charCodeAt(t.start - 1) === 32) {
      // A single space: the common case, never a sentence end by itself.
    } else {
      // Without a segmentation this still catches the common case.
      const end = gapEnd(text, toks[i - 1].end, t.start);
      if (end === 1 || end === 2 || end === 3 && !afterAbbreviation(toks, i)) sentenceStart[i] = true;
    }
    while (mi < matches.length && matches[mi].start < t.start) mi++;
    if (mi < matches.length && matches[mi].start === t.start) {
      let j = i;
      while (j < toks.length && toks[j].end <= matches[mi].end) j++;
      gazAt.set(i, { m: matches[mi], end: j });
    }
  }
  let long = 0;
  let capped = 0;
  // A word in lower case that is no minor word ("met", "extends"): the line is in sentence case, names are names.
  let plain = false;
  // A minor word in capitals after the first ("Package For Flood Victims"): only a title is written so.
  let minorCapped = false;
  // Only short paragraphs can be headlines (see below): skip the count for the others.
  if (toks.length <= HEADLINE_MAX_TOKENS) {
    for (let k = 0; k < toks.length && !plain; k++) {
      const t = toks[k];
      if (t.text.length >= 3 && !isCap(t) && !MINOR_WORDS.has(t.key) && isLowerStart(t.text)) plain = true;
      if (k > 0 && t.text.length >= 2 && TITLE_MINOR_WORDS.has(t.key) && isCap(t)) minorCapped = true;
      if (t.text.length <= 3) continue;
      long++;
      if (isCap(t)) capped++;
    }
  }
  // Only short lines without a final full stop count as headlines: running text full of names is not one. (A line with
  // one, whose minor words are in capitals too, is a headline all the same: "Ministers Agree Aid Package For Victims.")
  const last = toks.length ? toks[toks.length - 1].end : 0;
  const ending = text.slice(last, last + 3);
  // (A line longer than most headlines is one only where nothing follows its last word: a sanctions entry ends in "].".)
  // (shortLine tested for every paragraph: tested only for a line in title case, it deoptimised makeContext on its first run.)
  const shortLine = toks.length <= 25;
  const titleCase = !plain && long >= 3 && toks.length <= HEADLINE_MAX_TOKENS && capped >= 0.75 * long && (minorCapped || !/^["'\u201d\u2019)]?[.!?]/.test(ending)) && (shortLine || /^[ \t]*(?:\r?\n|$)/.test(ending));
  return { text, toks, gazAt, sentenceStart, titleCase, bits, anyBits };
}

/** The most tokens a title-case headline has ("Security Council Extends Mandate of ... by 12 Votes in Favour, ..."). */
const HEADLINE_MAX_TOKENS = 45;
/** Words a title-case headline leaves in lower case: articles, conjunctions, short prepositions. */
const MINOR_WORDS = new Set('a|an|the|and|or|nor|but|of|in|on|at|to|for|by|with|from|into|onto|over|until|via|vs|per|as|than|upon|amid|off|out|up|bin|ibn|von|van|der|den|del|della|des|los|las'.split('|'));
/** Minor words that running text never writes in capitals inside a sentence, outside a name ("Bin", "Van" are in names). */
const TITLE_MINOR_WORDS = new Set('a|an|the|and|or|but|of|in|on|at|to|for|by|with|from|into|over|amid|as|than'.split('|'));
/** Whether a word starts with a lower-case letter (ASCII by code; beyond ASCII by case mapping). */
function isLowerStart(w: string): boolean {
  const code = w.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  const ch = w.charAt(0);
  return ch !== ch.toUpperCase();
}

/** How the gap text[from, to) between two tokens ends a sentence: 1 it holds a line break, 2 it ends in
 * "!", "?" or ":" (maybe a closing quote, then maybe spaces), 3 it ends in "." (maybe a closing quote) and at
 * least one space; otherwise 0. The same as testing the gap against /\n/, /[!?:]["'\u201d\u2019)]?\s*$/ and
 * /\.["'\u201d\u2019)]?\s+$/ in that order, without building the gap string. */
export function gapEnd(text: string, from: number, to: number): number {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return 1;
  const k = backOverBlanks(text, to, from);
  if (k === from) return 0;
  let c = text.charCodeAt(k - 1);
  if (isClosingQuote(c) && k - 1 > from) {
    const p = text.charCodeAt(k - 2);
    if (p === 33 || p === 63 || p === 58 || p === 46) c = p;
  }
  if (c === 33 || c === 63 || c === 58) return 2;
  return c === 46 && k < to ? 3 : 0;
}

/** Whether token i and i+1 can belong to one phrase (adjacent, and not across a sentence end). */
export function joins(c: ParaContext, i: number): boolean {
  if (i + 1 >= c.toks.length || c.sentenceStart[i + 1]) return false;
  const a = c.toks[i];
  const b = c.toks[i + 1];
  // One space between: the common case, answered without slicing the gap.
  if (b.start - a.end === 1 && c.text.charCodeAt(a.end) === 32) return true;
  return joinable(c.text, a, b);
}

/** Whether a token begins with a capital letter. (Noted in its shape while it was scanned: the patterns ask this of
 * nearly every token, many times each.) */
export function isCap(t: Token | undefined): boolean {
  return t ? (t.shape & SHAPE_CAP) !== 0 : false;
}

/** Whether a token is written in capitals (two letters or more). */
export function isAllCaps(t: Token): boolean {
  // ASCII words (nearly all) are answered by one scan without building strings.
  const w = t.text;
  let n = 0;
  let ascii = true;
  for (let k = 0; k < w.length; k++) {
    const ch = w.charCodeAt(k);
    if (ch >= 128) {
      ascii = false;
      break;
    }
    if (ch >= 97 && ch <= 122) return false;
    if (ch >= 65 && ch <= 90) n++;
  }
  return capsVerdict(w, ascii, n);
}

/** isAllCaps's answer from its scan. (Its own function, called for every word: the rare non-ASCII test made in
 * isAllCaps had never run when the optimising compiler took it, and deoptimised it.) */
function capsVerdict(w: string, ascii: boolean, n: number): boolean {
  if (ascii) return n >= 2;
  const letters = w.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Normalised phrase key of a word-list entry (so "Secretary-General" = "secretary general"). */
export function listKey(phrase: string): string {
  return phraseKeyOf(phrase);
}

/** Re-keys a word list the way tokens are keyed. */
export function keyed<V>(m: Map<string, V>): Map<string, V> {
  const out = new Map<string, V>();
  for (const [k, v] of m) out.set(listKey(k), v);
  return out;
}

// Each pattern asks about one list for every token in a row: remember the last one looked up.
let lastList: Map<string, unknown> | null = null;
let lastPhrases: { bit: number; trie: PhraseTrie } | undefined;
// Lists not registered at load have no bit in ParaContext.bits: their tries are kept here.
const unregistered = new WeakMap<Map<string, unknown>, { bit: number; trie: PhraseTrie }>();

/** Whether some token of the paragraph may start a phrase of a registered list (false: phraseAt is 0 everywhere). */
export function mayStartPhrase<V>(c: ParaContext, list: Map<string, V>): boolean {
  const p = phraseLists.get(list as Map<string, unknown>);
  return !p || !p.bit || (c.anyBits & p.bit) !== 0;
}

/** Longest phrase of `list` starting at token i (joined words only): the number of words, or 0. */
export function phraseAt<V>(c: ParaContext, i: number, list: Map<string, V>, maxWords: number): number {
  // Most words start no phrase: answer those without building keys.
  if (list !== lastList) {
    lastList = list as Map<string, unknown>;
    lastPhrases = phraseLists.get(lastList) ?? unregistered.get(lastList);
    if (!lastPhrases) unregistered.set(lastList, (lastPhrases = { bit: 0, trie: phraseTrie(lastList) }));
  }
  const p = lastPhrases as { bit: number; trie: PhraseTrie };
  // Most words start no phrase: answered by a bit.
  if (p.bit ? !(c.bits[i] & p.bit) : !p.trie.next.has(c.toks[i].key)) return 0;
  let node: PhraseTrie | undefined = p.trie;
  let best = 0;
  for (let k = 0; k < maxWords && i + k < c.toks.length; k++) {
    if (k > 0 && !joins(c, i + k - 1)) break;
    node = node.next.get(c.toks[i + k].key);
    if (!node) break;
    if (node.end) best = k + 1;
  }
  return best;
}

/** The phrase key of tokens [i, j). */
export function keyOf(c: ParaContext, i: number, j: number): string {
  const parts: string[] = [];
  for (let k = i; k < j; k++) parts.push(c.toks[k].key);
  return parts.join(' ');
}

/** Whether the text between token i-1 and i is exactly a possessive ("Iraq's Prime Minister"). */
export function possessiveBefore(c: ParaContext, i: number): boolean {
  return i >= 2 && c.toks[i - 1].key === 's' && /^['\u2019]$/.test(c.text.slice(c.toks[i - 2].end, c.toks[i - 1].start));
}
