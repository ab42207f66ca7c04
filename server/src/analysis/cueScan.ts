// The word scan of a sentence that finds cue candidates for attribution.ts: each ASCII word is hashed while it
// is read and looked up once (a cue, a phrase cue, or a trigger word of the rarer patterns), so that only
// candidates are sliced and only sentences with trigger words run the rarer patterns' regexes.
import {
  COGNITION_VERBS,
  FINDING_VERBS,
  IMP_AUX,
  IMP_NEAR_PASSIVE,
  IMP_NEAR_SUBJ_VERB,
  IMP_PASSIVE,
  IMP_SUBJ,
  IMP_VERB,
  IMPERSONAL_WORDS,
  SPEECH_VERBS,
} from './cues';
import { hashWord, isAsciiLetterCode, isSpaceCode, skipBlanks, testLong } from './chars';
import { DOC_VERBS } from './sourceOfCue';
// ("rated" cues only as a fact checker's verdict on a claim: cueSource.ts.)
// ("heard" cues only after a court or a committee, "learned" only as a newsroom's "has learned", the verbs of measuring
// only before a figure: cueSource.ts.)
const CUE_SET = new Set([...SPEECH_VERBS, ...COGNITION_VERBS, ...FINDING_VERBS, ...DOC_VERBS, 'heard', 'learned', 'learnt', 'gave', 'gives', 'put', 'puts', 'measured', 'measures', 'recorded', 'records', 'registered', 'registers', 'pegged', 'pegs', 'gauged', 'gauges', 'clocked', 'rated']);
const PHRASE_CUE = /^(?:according to|seg[u\u00fa]n(?= )|in the words of|in the view of|in the opinion of|as reported (?:by|in)|cited by|quoted by|per(?= +(?:the +|an? +)?[A-Z]))\b/i;
/** "per the UN human rights office", "per Reuters": a name after "per" (never "per cent", "per day"). */
const PER_NAME = /^per +(?:the +|an? +)?[A-Z]/;
// A frame of saying with no verb of saying: "In a speech in Fort Pierce, Clinton laid out", "in his remarks".
// ("In the post-war era" is no post; "during a video call" is a meeting, no video.)
/** A figure right before "in a poll": "35% in a similar poll". */
const FIGURE_BEFORE_RE = /\d\s*(?:%|per\s*cent|percent)\s+$/;
/** A part of a text right before "in the report": "every claim in the memo", "the figures in the report". */
const PART_OF_TEXT_BEFORE_RE = /\b(?:claims?|figures?|numbers?|errors?|mistakes?|sections?|passages?|pages?|details?|sentences?|paragraphs?|chapters?|tables?|charts?|footnotes?|references?|allegations?|facts?|parts?|words?)\s+$/i;
// (The words before the noun describe it, no preposition: "in the province by email" is where and how, no frame.)
/** A disclaimer's "views expressed" right before a frame: "The views expressed ". */
const VIEWS_EXPRESSED_BEFORE_RE = /\b(?:views|opinions)\s+expressed\s+$/i;
const FRAME_IN = /^(?:in|during)\s+(?:a|an|his|her|their|its|the|this|that)\s+(?:(?!(?:by|to|with|from|for|at|on|of|via)\s)[\w'\u2019-]+\s+){0,2}?(?:statement|speech|interview|remarks|address|letter|op-ed|testimony|news conference|press conference|briefing|email|memo|video|message|tweet|post|ruling|report|filing|essay|op-ed|column|book|memoir|opinion|view|assessment|estimation|judgment|judgement|poll|survey|study|words)(?:\s+(?:message|address|statement|post|clip)\b)?\b(?!-|\s+(?:calls?|links?|games?|footage|cameras?|feeds?)\b)/i;
const ACT_WORDS = new Set('statement letter motion complaint comment comments remarks announcement speech video tweet post lawsuit appeal warning address case argument op memo notice plea clear plain'.split(' '));
// No real sentence holds more cues than this; past it the sentence is garbage and reading on only costs time.
export const MAX_CUES = 200;
const NOUN_WORDS = new Set(
  'tweet tweets speech testimony interview claim claims assertion assertions argument arguments statement statements belief beliefs contention insistence promise promises pledge pledges suggestion suggestions allegation allegations accusation accusations warning warnings prediction predictions remark remarks comment comments view views position announcement admission denial charge charges vow'.split(' '),
);
const ADJ_WORDS = new Set(
  'afraid worried concerned confident convinced hopeful skeptical sceptical optimistic pessimistic certain sure adamant frustrated upset angry furious unhappy happy pleased disappointed critical aware unaware eager reluctant wary determined proud opposed supportive favor favour against uneasy nervous alarmed outraged satisfied dissatisfied enthusiastic excited fearful doubtful'.split(' '),
);
const TALK_WORDS = new Set('questions criticism concerns calls complaints warnings accusations allegations rhetoric'.split(' '));

// What a word can start, looked up once per word: a cue, a phrase cue, or a trigger of the rarer patterns.
const F_CUE = 1;
export const F_NOUN = 2;
export const F_ADJ = 4;
export const F_TALK = 8;
const F_PHRASE = 16;
// Above the impersonal bits (IMP_SHIFT + 15).
export const F_ACT = 1 << 20;
// A noun of counting after "by": "by one estimate", "by most accounts" (attribution.ts reads the phrase).
export const F_TALLY = 1 << 21;
// Gates of the rarer patterns (attribution.ts), each a word every match needs: a possessor ("his", "her", "their",
// "its", the "s" after an apostrophe), "that" or "about", a web address's "http"/"https"/"www", a document noun of
// REPORT_BY (and F_SAID_NOUN below).
export const F_POSS = 1 << 22;
export const F_THAT = 1 << 23;
export const F_LINK = 1 << 24;
export const F_REPORT = 1 << 25;
// Marks seen between words (set by the scan, not by a word): a colon, a double quotation mark, an opening bracket.
export const C_COLON = 1 << 26;
export const C_QUOTE = 1 << 27;
export const C_BRACKET = 1 << 28;
// The word "it" (impersonal.ts's "it is believed" needs it).
export const C_IT = 1 << 29;
// A noun of attribution.ts's SAID_NOUN ("his remarks", "Trump's statements"), which that pattern needs.
export const F_SAID_NOUN = 1 << 30;
// A noun of attribution.ts's NOUN_CUE ("her warning that"), which that pattern needs. (The sign bit: flags are tested
// with & only.)
export const F_NOUN_CUE = 1 << 31;
const F_HIGH = F_ACT | F_TALLY | F_POSS | F_THAT | F_LINK | F_REPORT | F_SAID_NOUN | F_NOUN_CUE;
const F_SEEN = F_NOUN | F_ADJ | F_TALK | F_HIGH;
// (Either side of an apostrophe sets only the gates: "Trump's", "o'www"; the older triggers stay as they were.)
const F_GATES = F_POSS | F_THAT | F_LINK | F_REPORT | F_SAID_NOUN | F_NOUN_CUE;
// IMPERSONAL_WORDS bits are kept above the flags.
const IMP_SHIFT = 5;
const WORD_FLAGS = new Map<string, number>();
const flag = (words: Iterable<string>, f: number): void => {
  for (const w of words) WORD_FLAGS.set(w, (WORD_FLAGS.get(w) ?? 0) | f);
};
flag(CUE_SET, F_CUE);
flag(NOUN_WORDS, F_NOUN);
flag(ADJ_WORDS, F_ADJ);
flag(TALK_WORDS, F_TALK);
// ("seg" is the ASCII run of "Según", Spanish for "according to", in English copy quoting Spanish media: "Según El País,".)
flag(['according', 'in', 'as', 'cited', 'quoted', 'during', 'per', 'seg', 'segun'], F_PHRASE);
flag(ACT_WORDS, F_ACT);
flag(['estimate', 'estimates', 'count', 'counts', 'account', 'accounts', 'tally', 'reckoning', 'calculation', 'calculations'], F_TALLY);
flag(['his', 'her', 'their', 'its', 's'], F_POSS);
flag(['that', 'about'], F_THAT);
flag(['http', 'https', 'www'], F_LINK);
flag('statement statements comments remarks announcement tweet tweets speech testimony assertion assertions accusation accusations allegation allegations claims interview threats warning warnings promise promises pledge pledges admission'.split(' '), F_SAID_NOUN);
flag('claim claims assertion assertions argument arguments statement statements belief beliefs contention insistence promise promises pledge pledges suggestion suggestions allegation allegations accusation accusations warning warnings prediction predictions remark remarks comment comments view views position announcement admission denial charge charges vow'.split(' '), F_NOUN_CUE);
flag(['report', 'study', 'survey', 'poll', 'assessment', 'analysis', 'review', 'investigation', 'audit', 'statement', 'letter', 'memo'], F_REPORT);
for (const [w, b] of IMPERSONAL_WORDS) WORD_FLAGS.set(w, (WORD_FLAGS.get(w) ?? 0) | (b << IMP_SHIFT));

const BY_HASH = hashWord('by');
const IT_HASH = hashWord('it');
// The phrase words told apart by their hash first (the string comparison then meets only that word): a comparison that
// met the table's strings of several phrase words, of two kinds, deoptimised scanWords in a cold run.
const IN_HASH = hashWord('in');
const AS_HASH = hashWord('as');
const PER_HASH = hashWord('per');
const DURING_HASH = hashWord('during');
const SEG_HASH = hashWord('seg');
// Imported constants read in the per-word loop, bound locally (under tsx each use of an import is a getter call).
const L_AUX = IMP_AUX;
const L_NEAR_PASSIVE = IMP_NEAR_PASSIVE;
const L_NEAR_SUBJ_VERB = IMP_NEAR_SUBJ_VERB;
const L_PASSIVE = IMP_PASSIVE;
const L_SUBJ = IMP_SUBJ;
const L_VERB = IMP_VERB;
// (Bits or-ed in a rare branch are written `x |= cond ? BITS : 0` on a path every word takes: an operation that never ran
// before the optimising compiler took scanWords has no type feedback, and its first run deoptimised scanWords.)
const L_PASSIVE_OR_VERB = IMP_PASSIVE | IMP_VERB;
const L_NEAR_BOTH = IMP_NEAR_PASSIVE | IMP_NEAR_SUBJ_VERB;
// Hash -> flags, as an open-addressed table of typed arrays (a probe or two per word, cheaper than a Map lookup in
// the per-word loop); a slot whose flags are 0 is empty (every word's flags are non-zero).
const HASH_BITS = 12;
const HASH_MASK = (1 << HASH_BITS) - 1;
const HASH_KEYS = new Int32Array(1 << HASH_BITS);
const HASH_VALS = new Int32Array(1 << HASH_BITS);
const slotOf = (h: number): number => (h ^ (h >>> HASH_BITS) ^ (h >>> 24)) & HASH_MASK;
// Each slot's word, to tell a cue from a word that only shares its hash without slicing and lower-casing it ('' where
// two words share the hash: there the word is sliced and looked up in WORD_FLAGS).
const HASH_WORD: string[] = new Array<string>(1 << HASH_BITS).fill('');
// And its own flags (HASH_VALS holds those of every word with the slot's hash).
const HASH_OWN = new Int32Array(1 << HASH_BITS);
for (const [w, f] of WORD_FLAGS) {
  const h = hashWord(w);
  let k = slotOf(h);
  while (HASH_VALS[k] !== 0 && HASH_KEYS[k] !== h) k = (k + 1) & HASH_MASK;
  HASH_WORD[k] = HASH_VALS[k] === 0 ? w : '';
  HASH_OWN[k] = f;
  HASH_KEYS[k] = h;
  HASH_VALS[k] |= f;
}
/** The flags of the words with hash h (0: none). */
function hashFlags(h: number): number {
  for (let k = slotOf(h); ; k = (k + 1) & HASH_MASK) {
    const v = HASH_VALS[k];
    if (v === 0 || HASH_KEYS[k] === h) return v;
  }
}
/**
 * The slot of the WORD_FLAGS key that text[a, i) (ASCII letters, hash h, flags not 0) is in lower case, or -1: the
 * slot's word compared code by code, which spares slicing and lower-casing every "in", "as" and "said" of an article.
 * (-2 where two keys share the hash: the caller slices the word and looks it up.)
 */
function keySlot(text: string, a: number, i: number, h: number): number {
  let k = slotOf(h);
  while (HASH_KEYS[k] !== h) k = (k + 1) & HASH_MASK;
  const w = HASH_WORD[k];
  if (w === '') return -2;
  if (w.length !== i - a) return -1;
  for (let j = 0; j < w.length; j++) if ((text.charCodeAt(a + j) | 32) !== w.charCodeAt(j)) return -1;
  return k;
}
// Cue candidates of the sentence at hand (offset in the body, matched text, lower case), reused between sentences.
export const candAt: number[] = [];
export const candWord: string[] = [];
export const candLw: string[] = [];
// Verbless frames of the sentence at hand ("in a statement"): start and end offsets in the body, in pairs.
export const frameAt: number[] = [];

/**
 * What scanWords found besides the candidates: the F_NOUN/F_ADJ/F_TALK/F_ACT/F_TALLY triggers and the F_ and C_ gates seen, the
 * IMP_* bits, and whether it stopped early on a garbage sentence (then the gates say nothing).
 */
export const scanResult = { flags: 0, imp: 0, stopped: false };

/**
 * One pass over the words of a sentence, text[from, to): cue candidates into candAt/candWord/candLw (returns how
 * many; offsets from `from`), verbless frames into frameAt, and the trigger words of the rarer patterns, which then
 * run only where they can match. Its own function, small enough for the optimising compiler to take early. (It reads
 * the article itself, not a slice of it: a character read from a sliced string costs more.)
 */
export function scanWords(text: string, from: number, to: number): number {
  let seen = 0;
  let flags = 0;
  let imp = 0;
  let stopped = false;
  clearFrames();
  // Words are ASCII letter runs, maybe with "'s", hashed while scanning so that only words whose hash
  // is a cue's are sliced and checked; the hash alone only gates regexes, where a collision costs nothing.
  const n = to;
  let i = from;
  // Word count, and where the last auxiliary, comma and vague subject stood, for the impersonal gate.
  // Words joined by hyphens count as one ("well-known"), as the regex reads them.
  let words = 0;
  let lastAux = -99;
  let lastComma = -99;
  let pendingBy = -99;
  let lastSubj = -99;
  let hyphensOnly = false;
  while (i < n) {
    let c = text.charCodeAt(i);
    // ((c | 32) - 97) >>> 0 <= 25 exactly when c is an ASCII letter: one test instead of four.
    if (((c | 32) - 97) >>> 0 > 25) {
      if (c === 44) lastComma = words;
      flags |= c === 58 ? C_COLON : c === 34 || c === 0x201c ? C_QUOTE : c === 91 ? C_BRACKET : 0;
      hyphensOnly = c === 45 && (hyphensOnly || (i > from && isAsciiLetterCode(text.charCodeAt(i - 1))));
      i++;
      continue;
    }
    if (!hyphensOnly) words++;
    hyphensOnly = false;
    if (seen >= MAX_CUES) {
      stopped = true;
      break;
    }
    const a = i;
    let h = 0;
    for (; i < n; i++) {
      c = text.charCodeAt(i);
      const l = c | 32;
      if ((l - 97) >>> 0 > 25) break;
      h = (Math.imul(h, 31) + l) | 0;
    }
    if ((c === 39 || c === 0x2019) && i + 1 < n && text.charCodeAt(i + 1) >= 97 && text.charCodeAt(i + 1) <= 122) {
      // "it's", "o'believed": never a cue; either side may be an impersonal trigger.
      let h2 = 0;
      for (i++; i < n; i++) {
        c = text.charCodeAt(i);
        if (c < 97 || c > 122) break;
        h2 = (Math.imul(h2, 31) + c) | 0;
      }
      const hf2 = hashFlags(h) | hashFlags(h2);
      flags |= hf2 & F_GATES;
      const both = (hf2 & ~F_HIGH) >> IMP_SHIFT;
      imp |= both;
      imp |= both & L_PASSIVE_OR_VERB ? L_NEAR_BOTH : 0;
      // (An auxiliary or a vague subject after the apostrophe counts for the words after it: "o'is believed".)
      if (both & L_AUX) lastAux = words;
      if (both & L_SUBJ) lastSubj = words;
      flags |= h === IT_HASH || h2 === IT_HASH ? C_IT : 0;
      continue;
    }
    const hf = hashFlags(h);
    if (hf === 0) continue;
    flags |= (hf & F_SEEN) | (h === IT_HASH ? C_IT : 0);
    const ib = (hf & ~F_HIGH) >> IMP_SHIFT;
    if (ib) {
      imp |= ib;
      // "is (widely) believed", "it is thought": at most 3 words apart; ", believed by": right after a comma.
      const passive = (ib & L_PASSIVE) !== 0;
      imp |= (passive && words - lastAux <= 3) || (h === BY_HASH && words === pendingBy + 1) ? L_NEAR_PASSIVE : 0;
      if (passive && words - lastComma === 1) pendingBy = words;
      imp |= ib & L_VERB && words - lastSubj <= 14 ? L_NEAR_SUBJ_VERB : 0;
      if (ib & L_AUX) lastAux = words;
      if (ib & L_SUBJ) lastSubj = words;
    }
    if (!(hf & (F_CUE | F_PHRASE))) continue;
    const k = keySlot(text, a, i, h);
    if (k === -1) continue;
    let lw = k >= 0 ? HASH_WORD[k] : text.slice(a, i).toLowerCase();
    const f = k >= 0 ? HASH_OWN[k] : (WORD_FLAGS.get(lw) ?? 0);
    if (f === 0) continue;
    // (The phrase cues and the frames in a function of their own, called for every cue word: the first phrase of an
    // article, met in a rare branch here, would throw away the optimised scan.)
    const next = phraseStep(text, a, i, n, from, h, lw, f, imp);
    if (next < 0) continue;
    i = next;
    lw = phraseOut.lw;
    imp = phraseOut.imp;
    candAt[seen] = a - from;
    // (The phrase too: i is past its end. One slice for every path, so no rare path holds a call of its own.)
    candWord[seen] = text.slice(a, i);
    candLw[seen] = lw;
    seen++;
  }
  scanResult.flags = flags;
  scanResult.imp = imp;
  scanResult.stopped = stopped;
  return seen;
}

/** Empties frameAt. (Its own function: setting the length, first done after an article's first frame, would throw away
 * the optimised scan; and setting the length of an empty array still calls its setter.) */
function clearFrames(): void {
  if (frameAt.length !== 0) frameAt.length = 0;
}

/** What phraseStep read besides the cue's end: the cue word or phrase (lower case) and the IMP bits with its words'. */
const phraseOut = { lw: '', imp: 0 };

/**
 * For scanWords, a cue word at text[a, i) (lower case lw, flags f, hash h): a phrase that starts with it ("according to",
 * "as reported by"), taken whole; a verbless frame ("in a statement"), noted in frameAt. Returns where the cue ends
 * (i itself for a single word), or -1 when there is no cue here; phraseOut holds the cue and the IMP bits so far.
 */
function phraseStep(text: string, a: number, i: number, n: number, from: number, h: number, lw: string, f: number, imp: number): number {
  phraseOut.lw = lw;
  phraseOut.imp = imp;
  if (!(f & F_PHRASE)) return f & F_CUE ? i : -1;
  // Each phrase goes on after a space ("in the words of", "as reported by"); "during" opens none.
  const after = (i + 1 < n ? text.charCodeAt(i + 1) : -1) | 32;
  const phrase =
    i < n && (text.charCodeAt(i) === 32 || (h === SEG_HASH && lw === 'seg' && (text.charCodeAt(i) | 32) === 0xfa)) && !(h === DURING_HASH && lw === 'during') && (!(h === IN_HASH && lw === 'in') || after === 116) && (!(h === AS_HASH && lw === 'as') || after === 114)
      ? PHRASE_CUE.exec(text.slice(a, Math.min(n, a + 20)))
      : null;
  if (phrase && h === PER_HASH && lw === 'per' && !PER_NAME.test(text.slice(a, Math.min(n, a + 12)))) return -1;
  if (!phrase) {
    // A frame goes on with a determiner: "in a", "during his", "in the", "in its".
    const j = ((h === IN_HASH && lw === 'in') || (h === DURING_HASH && lw === 'during')) && i < n && isSpaceCode(text.charCodeAt(i)) ? skipBlanks(text, i, n) : n;
    const d = j < n ? text.charCodeAt(j) | 32 : 0;
    const frame = d === 97 || d === 104 || d === 116 || d === 105 ? FRAME_IN.exec(text.slice(a, Math.min(n, a + 60))) : null;
    // ("compared with 35% in a similar poll a year ago": where a figure was measured, no one's words.)
    // ("could not verify every claim in the memo": the claim's place, a part of the text, not a frame of saying.)
    // ("made no such claim in its daily briefing": in its own words, the owner's frame still.)
    // ("The views expressed in this column are those of the author": where the views were expressed, a disclaimer's.)
    // ("In the previous Washington Post/ABC News national poll": a capitalised "Post" is a newspaper's name, no post.)
    if (frame && !frame[0].endsWith('Post') && !testLong(FIGURE_BEFORE_RE, text.slice(Math.max(from, a - 12), a)) && !(d === 116 && testLong(PART_OF_TEXT_BEFORE_RE, text.slice(Math.max(from, a - 14), a))) && !(d === 116 && testLong(VIEWS_EXPRESSED_BEFORE_RE, text.slice(Math.max(from, a - 24), a)))) {
      frameAt.push(a - from, a - from + frame[0].length);
      return -1;
    }
    return f & F_CUE ? i : -1;
  }
  const plw = phrase[0].toLowerCase();
  // The words inside the phrase ("as reported by") are skipped as cues, not as triggers.
  for (const w of plw.split(' ')) imp |= ((WORD_FLAGS.get(w) ?? 0) & ~F_HIGH) >> IMP_SHIFT;
  imp |= imp & L_PASSIVE_OR_VERB ? L_NEAR_BOTH : 0;
  phraseOut.lw = plw;
  phraseOut.imp = imp;
  return a + phrase[0].length;
}
