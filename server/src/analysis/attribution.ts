// Reported speech: cues, sources, content. Sentence by sentence, cue-anchored (a cue word is found first and
// only a bounded window around it is read), so the pass is linear in the text. The article-level passes
// (quotations over several sentences, carried speakers, speaker labels) live in speechPasses.ts.
import type { ActorAnnotation, AttributionAnnotation, Sentence, Span, TextSpan } from './types';
import type { Segmentation } from './segment';
import {
  COGNITION_VERBS,
  DOCUMENT_NOUNS,
  FINDING_VERBS,
  IMP_AUX,
  IMP_NEAR_PASSIVE,
  IMP_NEAR_SUBJ_VERB,
  IMP_PASSIVE,
  IMP_SUBJ,
  IMP_VERB,
  IMPERSONAL_WORDS,
  impersonalPossible,
  PRONOUNS,
  SPEECH_VERBS,
  STANCE_CUES,
} from './cues';
import { isAsciiLetterCode, isAsciiUpperCode, isSpaceCode } from './chars';
import { byAgentLength, hasUpperWord, isClauseEnd, isTailOrComma, lastNonBlank, onlyLeadOpeners, skipBlanks, thatLength, wordBeforeBlanks } from './speechChars';
import { impersonalMatch } from './impersonal';
import { sourceAfter, sourceBefore } from './quotes';
import { carryOver, dropNested, labelAttributions, make, quoteAttributions, trimSpan } from './speechPasses';
// Unicode-class regexes used inside functions live here: the bundler rewrites such literals as `new RegExp`
// calls, which would build a fresh object on every call (per token or per cue).
const UPPER_WORD_RE = /(?:^|\s)\p{Lu}/u;
const ARTICLE_BEFORE_NAME_RE = /^(?:The|A|An)\s+(?=\p{Lu})/u;
const STARTS_LETTER_RE = /^\p{L}/u;
const STARTS_UPPER_RE = /^\p{Lu}/u;
const NAME_BEFORE_RE = /\p{Lu}[\p{L}.-]*\s+$/u;
const ASKED_WHAT_RE = /^\s+(?:(?:\p{Lu}[\p{L}.'-]*|him|her|them|us|me|reporters|voters)\s+)?(?:whether|if|why|how|what|when|who|where|that)\b|^\s*[:"\u201c,]/u;
const AND_NAME_BEFORE_RE = /\band\s+\p{Lu}[\p{L}.-]*\s+$/u;
const ONLY_NAME_RE = /^(?:\p{Lu}[\p{L}'\u2019.-]*\s+){1,3}\p{Lu}[\p{L}'\u2019-]+$/u;

const SPEECH = new Set(SPEECH_VERBS);
const COGNITION = new Set(COGNITION_VERBS);
const FINDING = new Set(FINDING_VERBS);
const DOC_VERBS = new Set(['read', 'reads', 'concluded', 'concludes', 'stated', 'states', 'noted', 'notes', 'added', 'adds', 'warned', 'warns', 'showed', 'shows']);
const ALL_CUES = [...new Set([...SPEECH_VERBS, ...COGNITION_VERBS, ...FINDING_VERBS, ...DOC_VERBS])].sort((a, b) => b.length - a.length);
const CUE_SET = new Set(ALL_CUES);
const PHRASE_CUE = /^(?:according to|in the words of|as reported by|cited by|quoted by)\b/i;
const DOC_RE = new RegExp(`\\b(?:${DOCUMENT_NOUNS})\\b`, 'i');
const PEOPLE_RE = /\b(?:officials?|spokes(?:man|woman|person)|ministers?|minister|president|secretary|leaders?|aides?|sources?|experts?|analysts?|critics?|observers?|diplomats?|lawmakers?|senators?|governors?|candidates?|voters?|people|residents?|supporters?|opponents?|campaign|administration|government|ministry|department|office|agency|committee|council|party|democrats?|republicans?|police|army|military|commander|chief|director|chairman|chairwoman|ambassador|envoy|negotiators?|delegates?|advisers?|advisors?|group|union|organi[sz]ation|panel|court|judge|jury|commission|board|inquiry|network|newspaper|paper|magazine|website|site|outlet|firm|company|bank|fund|institute|center|centre|foundation|coalition|alliance|association|federation|authority|authorities|regulator|watchdog|prosecutors?|lawyers?|attorneys?|spokesman|members?|staff|team|economists?|scientists?|researchers?|professor|spokesperson|americans|women|men|workers|everyone|nobody|many|some|most|others|both|someone|somebody|anyone|anybody|everybody|no one)\b/i;
// Verbs that are also common nouns ("the plan", "a debate", "the state"): their bare and "-s" forms cue only
// in a verb's position.
const NOUNY =
  'plan debate state post note tweet support view care question decline charge appeal lobby report estimate ' +
  'forecast claim comment promise demand call attack hit target offer answer quote fear hope doubt wish dispute ' +
  'reply record detail rule chant hail signal echo counter project brief figure remark praise blame vow pledge ' +
  'protest paint reference voice point highlight welcome comment review address talk';
const NOUNY_BASE = new Set(NOUNY.split(' '));
const AMBIGUOUS = new Set(NOUNY.split(' ').map((w) => (/(?:s|sh|ch|x|z)$/.test(w) ? `${w}es` : w.endsWith('y') && !/[aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`)));
// Verbs that report speech only when a quote, colon or "that" follows ("Caddell continued:", "pointed out that").
const FRAME_ONLY = new Set(['rule', 'rules', 'ruled', 'ruling', 'continue', 'continues', 'continued', 'continuing', 'point', 'points', 'pointed', 'pointing', 'quote', 'quotes', 'quoted', 'highlight', 'highlighted', 'highlights']);
// The plainest verbs of saying: whatever says or tells something is a source ("one slide says").
const CORE_SPEECH = new Set(['say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'write', 'writes', 'wrote', 'report', 'reported', 'reports', 'announce', 'announced', 'announces', 'state', 'stated', 'claimed', 'claims', 'warned', 'warns', 'added', 'adds']);
// "X is afraid that", "Y was confident": a predicate adjective of an inner state is a cue too.
const STATE_ADJ = /(?:\b(?:is|are|was|were|am|been|be|remains?|seemed|seems|felt|feels|isn't|aren't|wasn't|weren't)|['\u2019](?:re|m|s))\s+(?:(?:very|quite|increasingly|deeply|not|also|less|more|so|too|still|highly|fairly|especially)\s+)*(?:afraid|worried|concerned|confident|convinced|hopeful|skeptical|sceptical|optimistic|pessimistic|certain|sure|adamant|frustrated|upset|angry|furious|unhappy|happy|pleased|disappointed|critical|aware|unaware|eager|reluctant|wary|determined|proud|opposed|supportive|in favou?r|against|uneasy|nervous|alarmed|outraged|satisfied|dissatisfied|enthusiastic|excited|fearful|doubtful)\b/gi;
// Verbs that invert after a quote or a comma: '"...," said Jane Doe'.
const INVERSION = new Set(
  'said says asked asks added adds wrote writes continued explained noted notes replied recalled insisted argued warned declared told tweeted posted responded countered concluded acknowledged admitted conceded stated'.split(' '),
);
const ASK = new Set(['ask', 'asks', 'asked', 'asking']);
// "Speak" reports speech only as "spoke out / of / about / against".
const SPEAK = new Set(['speak', 'speaks', 'spoke', 'spoken', 'speaking']);
// Adverbs and settings between "speak" and what it is about: "speaks more frequently in public about".
const SPEAK_ABOUT = /^(?:\s+(?:[a-z]+ly|more|less|often|again|later|earlier|at length|in public|in private|on \w+day|\w+day))+\s+(?:about|of|to|with)\b/;
const TALK = new Set(['talk', 'talks', 'talked', 'talking']);
// "Trump's claim that", "her warning that": a possessor and a noun of saying.
const NOUN_CUE = /((?:\p{Lu}[\p{L}.'\u2019-]*\s+){0,3}\p{Lu}[\p{L}.-]*['\u2019]s|\b(?:his|her|their|its))\s+(?:[a-z-]+\s+)?(claims?|assertions?|arguments?|statements?|beliefs?|contention|insistence|promises?|pledges?|suggestions?|allegations?|accusations?|warnings?|predictions?|remarks?|comments?|view|views|position|announcement|admission|denial|charges?|vow)\s+(?=that\b|["\u201c]|about\b)/gu;
// Nouns that name what someone said, so a possessor before them is a source wherever they stand ("Graham's
// comments came", "Trump's pro-Russian statements", "Mr. Obama's announcement in 2014").
const SAID_NOUN = /((?:\p{Lu}[\p{L}.'\u2019-]*\s+){0,3}\p{Lu}[\p{L}.-]*['\u2019]s|\b(?:his|her|their|its)|\b[Tt]he\s+(?:[a-z-]+\s+)?[a-z]+['\u2019]s)\s+(?:[a-z-]+\s+){0,2}?(statements?|comments|remarks|announcement|tweets?|speech|testimony|assertions?|accusations?|allegations?|claims|interview|threats|warnings?|promises?|pledges?|admission)\b/gu;
// A frame of saying with no verb of saying: "In a speech in Fort Pierce, Clinton laid out", "in his remarks".
const FRAME_IN = /^(?:in|during)\s+(?:a|an|his|her|their|its|the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:statement|speech|interview|remarks|address|letter|op-ed|testimony|news conference|press conference|briefing|email|memo|video|message|tweet|post|ruling|report|filing|essay|op-ed|column|book|memoir|opinion|poll|survey|study)\b/i;
// An act that puts words out: "issued a statement", "sent a letter", "filed a motion", "made the following comment".
const SAYING_ACT = /\b(?:issued|issues|issue|released|releases|sent|sends|filed|files|made|makes|published|publishes|posted|posts|delivered|delivers|gave|gives|wrote|writes)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|letter|motion|complaint|comments?|remarks|announcement|speech|video|tweet|post|lawsuit|appeal|warning|address|case|argument|op-ed|memo|notice|plea)\b/gi;
const ACT_WORDS = new Set('statement letter motion complaint comment comments remarks announcement speech video tweet post lawsuit appeal warning address case argument op memo notice plea'.split(' '));
// No real sentence holds more cues than this; past it the sentence is garbage and reading on only costs time.
const MAX_CUES = 200;
const NOUN_WORDS = new Set(
  'tweet tweets speech testimony interview claim claims assertion assertions argument arguments statement statements belief beliefs contention insistence promise promises pledge pledges suggestion suggestions allegation allegations accusation accusations warning warnings prediction predictions remark remarks comment comments view views position announcement admission denial charge charges vow'.split(' '),
);
const ADJ_WORDS = new Set(
  'afraid worried concerned confident convinced hopeful skeptical sceptical optimistic pessimistic certain sure adamant frustrated upset angry furious unhappy happy pleased disappointed critical aware unaware eager reluctant wary determined proud opposed supportive favor favour against uneasy nervous alarmed outraged satisfied dissatisfied enthusiastic excited fearful doubtful'.split(' '),
);
const TALK_WORDS = new Set('questions criticism concerns calls complaints warnings accusations allegations rhetoric'.split(' '));
const TALK_NOUN = /\b(questions|criticism|concerns|calls|complaints|warnings|accusations|allegations|rhetoric)\s+(?:about|of|over|that|for|against)\b/gi;
const URL_RE = /\bhttps?:\/\/[^\s<>()"\u201d]+|\bwww\.[^\s<>()"\u201d]+/g;
const FOOTNOTE_RE = /\[\d{1,3}\]|\[\^[\w-]{1,20}\]/g;

/** Finds attributions (cue + source + content) in the text. */
export function findAttributions(text: string, seg: Segmentation, _actors: ActorAnnotation[]): AttributionAnnotation[] {
  const out: AttributionAnnotation[] = [];
  try {
    for (const s of seg.sentences) sentenceAttributions(text, s, out);
    dropNested(seg, out);
    labelAttributions(text, seg, out);
    carryOver(text, seg, out);
    quoteAttributions(text, seg, out);
  } catch {
    // The core never throws; a failure here loses attributions, not the article.
  }
  // Content never starts inside the wire dateline.
  const dl = seg.dateline;
  if (dl) for (const a of out) if (a.content && a.content.start < dl.end && a.content.end > dl.end) a.content = trimSpan(text, dl.end, a.content.end);
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  // Cues never overlap within the kind.
  const kept: AttributionAnnotation[] = [];
  for (const a of out) if (!kept.length || a.start >= kept[kept.length - 1].end) kept.push(a);
  return kept;
}

// What a word can start, looked up once per word: a cue, a phrase cue, or a trigger of the rarer patterns.
const F_CUE = 1;
const F_NOUN = 2;
const F_ADJ = 4;
const F_TALK = 8;
const F_PHRASE = 16;
// Above the impersonal bits (IMP_SHIFT + 11).
const F_ACT = 1 << 20;
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
flag(['according', 'in', 'as', 'cited', 'quoted', 'during'], F_PHRASE);
flag(ACT_WORDS, F_ACT);
for (const [w, b] of IMPERSONAL_WORDS) WORD_FLAGS.set(w, (WORD_FLAGS.get(w) ?? 0) | (b << IMP_SHIFT));
function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** 32-bit hash of a lower-case word, as sentenceAttributions computes it while scanning. */
function hashWord(w: string): number {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = (Math.imul(h, 31) + w.charCodeAt(i)) | 0;
  return h;
}
const BY_HASH = hashWord('by');
// Imported constants read in the per-word loop, bound locally (under tsx each use of an import is a getter call).
const L_AUX = IMP_AUX;
const L_NEAR_PASSIVE = IMP_NEAR_PASSIVE;
const L_NEAR_SUBJ_VERB = IMP_NEAR_SUBJ_VERB;
const L_PASSIVE = IMP_PASSIVE;
const L_SUBJ = IMP_SUBJ;
const L_VERB = IMP_VERB;
const HASH_FLAGS = new Map<number, number>();
for (const [w, f] of WORD_FLAGS) HASH_FLAGS.set(hashWord(w), (HASH_FLAGS.get(hashWord(w)) ?? 0) | f);
// Cue candidates of the sentence at hand (offset in the body, matched text, lower case), reused between sentences.
const candAt: number[] = [];
const candWord: string[] = [];
const candLw: string[] = [];
// Verbless frames of the sentence at hand ("in a statement"): start and end offsets in the body, in pairs.
const frameAt: number[] = [];

// What scanWords found besides the candidates: the F_NOUN/F_ADJ/F_TALK/F_ACT triggers seen, the IMP_* bits, and
// whether it stopped early on a garbage sentence.
let scanFlags = 0;
let scanImp = 0;
let scanStopped = false;

/**
 * One pass over the words of a sentence body: cue candidates into candAt/candWord/candLw (returns how many),
 * verbless frames into frameAt, and the trigger words of the rarer patterns, which then run only where they
 * can match. Its own function, small enough for the optimising compiler to take early.
 */
function scanWords(body: string): number {
  let seen = 0;
  let hasNoun = false;
  let hasAdj = false;
  let hasTalk = false;
  let imp = 0;
  let hasAct = false;
  let stopped = false;
  frameAt.length = 0;
  // Words are ASCII letter runs, maybe with "'s", hashed while scanning so that only words whose hash
  // is a cue's are sliced and checked; the hash alone only gates regexes, where a collision costs nothing.
  const n = body.length;
  let i = 0;
  // Word count, and where the last auxiliary, comma and vague subject stood, for the impersonal gate.
  // Words joined by hyphens count as one ("well-known"), as the regex reads them.
  let words = 0;
  let lastAux = -99;
  let lastComma = -99;
  let pendingBy = -99;
  let lastSubj = -99;
  let hyphensOnly = false;
  while (i < n) {
    let c = body.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) {
      if (c === 44) lastComma = words;
      hyphensOnly = c === 45 && (hyphensOnly || (i > 0 && isLetter(body.charCodeAt(i - 1))));
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
      c = body.charCodeAt(i);
      if (c >= 65 && c <= 90) c += 32;
      else if (c < 97 || c > 122) break;
      h = (Math.imul(h, 31) + c) | 0;
    }
    if ((c === 39 || c === 0x2019) && i + 1 < n && body.charCodeAt(i + 1) >= 97 && body.charCodeAt(i + 1) <= 122) {
      // "it's", "o'believed": never a cue; either side may be an impersonal trigger.
      let h2 = 0;
      for (i++; i < n; i++) {
        c = body.charCodeAt(i);
        if (c < 97 || c > 122) break;
        h2 = (Math.imul(h2, 31) + c) | 0;
      }
      const both = (((HASH_FLAGS.get(h) ?? 0) | (HASH_FLAGS.get(h2) ?? 0)) & ~F_ACT) >> IMP_SHIFT;
      imp |= both;
      if (both & (L_PASSIVE | L_VERB)) imp |= L_NEAR_PASSIVE | L_NEAR_SUBJ_VERB;
      continue;
    }
    const hf = HASH_FLAGS.get(h);
    if (hf === undefined) continue;
    if (hf & F_NOUN) hasNoun = true;
    if (hf & F_ADJ) hasAdj = true;
    if (hf & F_TALK) hasTalk = true;
    if (hf & F_ACT) hasAct = true;
    const ib = (hf & ~F_ACT) >> IMP_SHIFT;
    if (ib) {
      imp |= ib;
      // "is (widely) believed", "it is thought": at most 3 words apart; ", believed by": right after a comma.
      if (ib & L_PASSIVE && words - lastAux <= 3) imp |= L_NEAR_PASSIVE;
      if (ib & L_PASSIVE && words - lastComma === 1) pendingBy = words;
      if (words === pendingBy + 1 && h === BY_HASH) imp |= L_NEAR_PASSIVE;
      if (ib & L_VERB && words - lastSubj <= 14) imp |= L_NEAR_SUBJ_VERB;
      if (ib & L_AUX) lastAux = words;
      if (ib & L_SUBJ) lastSubj = words;
    }
    if (!(hf & (F_CUE | F_PHRASE))) continue;
    let word = body.slice(a, i);
    let lw = word.toLowerCase();
    const f = WORD_FLAGS.get(lw);
    if (f === undefined) continue;
    if (f & F_PHRASE) {
      // Each phrase goes on after a space ("in the words of", "as reported by"); "during" opens none.
      const after = body.charCodeAt(i + 1) | 32;
      const phrase =
        body.charCodeAt(i) === 32 && lw !== 'during' && (lw !== 'in' || after === 116) && (lw !== 'as' || after === 114)
          ? PHRASE_CUE.exec(body.slice(a, a + 20))
          : null;
      if (!phrase) {
        // A frame goes on with a determiner: "in a", "during his", "in the", "in its".
        const d = (lw === 'in' || lw === 'during') && isSpaceCode(body.charCodeAt(i)) ? body.charCodeAt(skipBlanks(body, i)) | 32 : 0;
        const frame = d === 97 || d === 104 || d === 116 || d === 105 ? FRAME_IN.exec(body.slice(a, a + 60)) : null;
        if (frame) {
          frameAt.push(a, a + frame[0].length);
          continue;
        }
        if (!(f & F_CUE)) continue;
      } else {
        word = phrase[0];
        lw = word.toLowerCase();
        // The words inside the phrase ("as reported by") are skipped as cues, not as triggers.
        for (const w of lw.split(' ')) imp |= ((WORD_FLAGS.get(w) ?? 0) & ~F_ACT) >> IMP_SHIFT;
        if (imp & (L_PASSIVE | L_VERB)) imp |= L_NEAR_PASSIVE | L_NEAR_SUBJ_VERB;
        i = a + word.length;
      }
    } else if (!(f & F_CUE)) continue;
    candAt[seen] = a;
    candWord[seen] = word;
    candLw[seen] = lw;
    seen++;
  }
  // Impersonal cues first: "it is widely believed", "reportedly", "critics argue". Only where the words allow a
  // match (or where the scan stopped early on a garbage sentence).
  scanFlags = (hasNoun ? F_NOUN : 0) | (hasAdj ? F_ADJ : 0) | (hasTalk ? F_TALK : 0) | (hasAct ? F_ACT : 0);
  scanImp = imp;
  scanStopped = stopped;
  return seen;
}

/** Attributions cued inside one sentence. */
function sentenceAttributions(text: string, s: Sentence, out: AttributionAnnotation[]): void {
  const body = text.slice(s.start, s.end);
  let taken = -1;
  // Cue candidates are found by a word scan (a map lookup per word, much cheaper than one regex of hundreds of
  // alternatives), which also notes the trigger words of the rarer patterns.
  const base = out.length;
  const seen = scanWords(body);
  const hasNoun = (scanFlags & F_NOUN) !== 0;
  const hasAdj = (scanFlags & F_ADJ) !== 0;
  const hasTalk = (scanFlags & F_TALK) !== 0;
  const hasAct = (scanFlags & F_ACT) !== 0;
  const stopped = scanStopped;
  const imp = scanImp;
  const frames = frameAt;
  if (stopped || impersonalPossible(imp)) taken = impersonalCue(text, s, body, out, taken, stopped || (imp & L_NEAR_SUBJ_VERB) !== 0);
  // Headlines are in title case: there a capitalised cue is still a cue ("Bill Clinton Calls Obamacare ...").
  let titleCase: boolean | undefined;
  // The source of the sentence's last cue: a later participle ("the statement said, adding that") shares it.
  let prior: TextSpan | undefined;
  for (let k = 0; k < seen; k++) {
    const word = candWord[k];
    const lw = candLw[k];
    const cs = s.start + candAt[k];
    const ce = cs + word.length;
    if (cs < taken) continue;
    // A capitalised cue word mid-sentence is part of a name ("the United States", "Fox News Reports").
    if (word !== lw && lw !== 'according to' && !onlyOpenersBefore(text, s.start, cs)) {
      titleCase ??= isTitleCase(body);
      if (!titleCase) continue;
    }
    const a = cueAttribution(text, s, lw, { start: cs, end: ce }, prior);
    if (a) {
      out.push(a);
      taken = a.end;
      if (a.source && !a.vague) prior = a.source;
    }
  }
  // The rarer patterns, each in its own function so that this one stays small for the optimising compiler.
  if (hasNoun) taken = nounCues(text, s, body, out, taken);
  if (hasAct) taken = actCues(text, s, body, out, taken);
  if (frames.length) taken = frameCues(text, s, frames, out, taken, base);
  if (hasTalk) taken = talkCues(text, s, body, out, taken);
  if (hasAdj) taken = stateCues(text, s, body, out, taken);
  if (body.includes('http:') || body.includes('https:') || body.includes('www.')) linkCues(text, s, body, URL_RE, out);
  if (body.includes('[')) linkCues(text, s, body, FOOTNOTE_RE, out);
}

/** "it is widely believed", "reportedly", "critics argue": a vague cue, its source the vague subject if any. */
function impersonalCue(text: string, s: Sentence, body: string, out: AttributionAnnotation[], taken: number, subjects: boolean): number {
  const ic = impersonalMatch(body.length > 4000 ? body.slice(0, 4000) : body, subjects);
  if (ic) {
    const cue = { start: s.start + ic.index, end: s.start + ic.index + ic.text.length };
    const a = make(text, cue, null, trimSpan(text, cue.end, s.end));
    a.vague = true;
    // "Many observers believe": the words before the verb are the (vague) source.
    const lead = /^(?:some|many|most|several|numerous|various|few|other|critics|experts|observers|analysts|commentators|scholars|historians|economists|people|others|sources|skeptics|sceptics|detractors|opponents|insiders)\b.*?(?=\s+(?:would |might |may |have |had |also |often |still |widely )?\S+(?: out)?$)/i.exec(ic.text);
    if (lead) a.source = { start: cue.start, end: cue.start + lead[0].length, text: lead[0] };
    out.push(a);
    taken = cue.end;
  }
  return taken;
}

/** "Trump's claim that", "her comments": a possessor and a noun of saying. Returns the new `taken`. */
function nounCues(text: string, s: Sentence, body: string, out: AttributionAnnotation[], taken: number): number {
  NOUN_CUE.lastIndex = 0;
  for (let seen = 0, m = NOUN_CUE.exec(body); m && ++seen < MAX_CUES; m = NOUN_CUE.exec(body)) {
    const srcStart = s.start + m.index;
    const cueStart = srcStart + m[0].indexOf(m[2], m[1].length);
    const cue = { start: cueStart, end: cueStart + m[2].length };
    if (cue.start < taken) continue;
    const owner = m[1].replace(/['\u2019]s$/, '');
    out.push(make(text, cue, { start: srcStart, end: srcStart + owner.length, text: owner }, trimSpan(text, cue.end, s.end)));
    taken = cue.end;
  }
  SAID_NOUN.lastIndex = 0;
  for (let seen = 0, m = SAID_NOUN.exec(body); m && ++seen < MAX_CUES; m = SAID_NOUN.exec(body)) {
    const srcStart = s.start + m.index;
    const cueStart = srcStart + m[0].length - m[2].length;
    const cue = { start: cueStart, end: cueStart + m[2].length };
    if (cue.start < taken) continue;
    const owner = m[1].replace(/['\u2019]s$/, '');
    out.push(make(text, cue, { start: srcStart, end: srcStart + owner.length, text: owner }, undefined));
    taken = cue.end;
  }
  return taken;
}

/** "issued a statement", "sent a letter": an act that puts words out. */
function actCues(text: string, s: Sentence, body: string, out: AttributionAnnotation[], taken: number): number {
  SAYING_ACT.lastIndex = 0;
  for (let seen = 0, m = SAYING_ACT.exec(body); m && ++seen < MAX_CUES; m = SAYING_ACT.exec(body)) {
    const cue = { start: s.start + m.index, end: s.start + m.index + m[0].length };
    if (cue.start < taken) continue;
    const src = sourceBefore(text, cue.start, s.start) ?? sentenceSubject(text, s);
    if (!src || !(UPPER_WORD_RE.test(src.text) || PEOPLE_RE.test(src.text) || PRONOUNS.has(src.text.toLowerCase()))) continue;
    out.push(make(text, cue, src, trimSpan(text, cue.end, s.end)));
    taken = cue.end;
  }
  return taken;
}

/** Frames without a verb of saying: the sentence's subject (when it reads as one) says the rest. */
function frameCues(text: string, s: Sentence, frames: number[], out: AttributionAnnotation[], taken: number, base: number): number {
  for (let k = 0; k < frames.length; k += 2) {
    const cue = { start: s.start + frames[k], end: s.start + frames[k + 1] };
    if (cue.start < taken || out.length > base) continue;
    out.push(make(text, cue, sentenceSubject(text, s) ?? null, trimSpan(text, cue.end, s.end)));
    taken = cue.end;
  }
  return taken;
}

/** Nouns of saying with no one behind them in the sentence: "questions about", "criticism of", "calls for". */
function talkCues(text: string, s: Sentence, body: string, out: AttributionAnnotation[], taken: number): number {
  TALK_NOUN.lastIndex = 0;
  for (let seen = 0, m = TALK_NOUN.exec(body); m && ++seen < MAX_CUES; m = TALK_NOUN.exec(body)) {
    const cue = { start: s.start + m.index, end: s.start + m.index + m[1].length };
    if (cue.start < taken) continue;
    out.push(make(text, cue, null, trimSpan(text, cue.end, Math.min(s.end, cue.end + 200))));
    taken = cue.end;
  }
  return taken;
}

/** "X is afraid that", "Y was confident": a predicate adjective of an inner state. */
function stateCues(text: string, s: Sentence, body: string, out: AttributionAnnotation[], taken: number): number {
  STATE_ADJ.lastIndex = 0;
  for (let seen = 0, m = STATE_ADJ.exec(body); m && ++seen < MAX_CUES; m = STATE_ADJ.exec(body)) {
    const cue = { start: s.start + m.index, end: s.start + m.index + m[0].length };
    if (cue.start < taken) continue;
    const src = sourceBefore(text, cue.start, s.start);
    if (!src || !(UPPER_WORD_RE.test(src.text) || PEOPLE_RE.test(src.text) || (PRONOUNS.has(src.text.toLowerCase()) && src.text.toLowerCase() !== 'it') || /[a-z]{3}s$/.test(src.text))) continue;
    out.push(make(text, cue, src, trimSpan(text, cue.end, s.end)));
    taken = cue.end;
  }
  return taken;
}

/** A link or a footnote mark sources what comes before it in the sentence. */
function linkCues(text: string, s: Sentence, body: string, re: RegExp, out: AttributionAnnotation[]): void {
  re.lastIndex = 0;
  for (let seen = 0, m = re.exec(body); m && ++seen < MAX_CUES; m = re.exec(body)) {
    const cue = { start: s.start + m.index, end: s.start + m.index + m[0].length };
    out.push(make(text, cue, { start: cue.start, end: cue.end, text: m[0] }, trimSpan(text, s.start, cue.start)));
  }
}

// A preposition that opens the noun phrase read back as the source: "Under an arrangement".
const PREPOSITIONS = 'under|with|after|before|following|amid|despite|without|through|over|against|per|from|in|on|at|for|of|into|about';
const PREP_FIRST = new RegExp(`^(?:${PREPOSITIONS})\\s`, 'i');

/** The capitalised name that opens the sentence past an opening phrase ("On Thursday, however, Jane Doe"). */
function sentenceSubject(text: string, s: Sentence): TextSpan | undefined {
  const head = text.slice(s.start, Math.min(s.end, s.start + 140));
  const intro = /^(?:(?:On|In|At|After|Before|During|Since|Last|This|Earlier|Later|Meanwhile|However|Still|Yet|But|And|Then|Now)\b[^,.;]{0,50},\s*)*(?:however,\s*)?/.exec(head)?.[0].length ?? 0;
  const subj = /^["\u201c]?((?:\p{Lu}[\p{L}.'\u2019-]*\s+){0,3}\p{Lu}[\p{L}'\u2019-]*)/u.exec(head.slice(intro));
  if (!subj) return undefined;
  // "The New York Times", "The IMF": a determiner before a name is part of the subject.
  const the = ARTICLE_BEFORE_NAME_RE.exec(subj[1]);
  if (the && subj[1].length > the[0].length) {
    const st0 = s.start + intro + subj[0].length - subj[1].length;
    return { start: st0, end: st0 + subj[1].length, text: subj[1] };
  }
  if (/^(?:The|A|An|In|On|At|But|And|As|After|When|While|If|This|That|It|There)$/.test(subj[1].split(/\s+/)[0])) return undefined;
  const st0 = s.start + intro + subj[0].length - subj[1].length;
  return { start: st0, end: st0 + subj[1].length, text: subj[1] };
}

/** Whether [from, to) holds only blanks and opening quotes or brackets (`"“‘'(`). */
function onlyOpenersBefore(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 34 && c !== 0x201c && c !== 0x2018 && c !== 39 && c !== 40 && !isSpaceCode(c)) return false;
  }
  return true;
}

/** Most words of the sentence's head are capitalised, as in a headline. */
function isTitleCase(body: string): boolean {
  // The blank-separated words of the first 200 characters, scanned by code unit (this runs for every
  // capitalised cue word): ASCII initials are judged directly, others by the Unicode-class regexes.
  const n = Math.min(body.length, 200);
  let words = 0;
  let upper = 0;
  for (let i = 0; i < n; ) {
    while (i < n && isSpaceCode(body.charCodeAt(i))) i++;
    if (i >= n) break;
    const a = i;
    while (i < n && !isSpaceCode(body.charCodeAt(i))) i++;
    const c = body.charCodeAt(a);
    if (c < 128) {
      if (isAsciiLetterCode(c)) {
        words++;
        if (isAsciiUpperCode(c)) upper++;
      }
    } else {
      const w = body.slice(a, i);
      if (STARTS_LETTER_RE.test(w)) {
        words++;
        if (STARTS_UPPER_RE.test(w)) upper++;
      }
    }
  }
  return words >= 3 && upper >= words * 0.7;
}

function cueAttribution(text: string, s: Sentence, lw: string, cue: Span, prior?: TextSpan): AttributionAnnotation | undefined {
  if (lw === 'according to' || lw === 'in the words of' || lw === 'as reported by' || lw === 'cited by' || lw === 'quoted by') {
    const src = sourceAfter(text, cue.end, s.end);
    if (!src) return undefined;
    const atStart = cue.start - s.start < 4 && !/\S/.test(text.slice(s.start, cue.start).replace(/^["\u201c(]/, ''));
    const content = atStart ? trimSpan(text, src.end, s.end) : trimSpan(text, s.start, cue.start);
    return make(text, cue, src, content);
  }
  const prev = text.slice(Math.max(s.start, cue.start - 12), cue.start);
  const next = text.slice(cue.end, Math.min(s.end, cue.end + 30));
  // Adjectival or nominal uses: "the reported cases", "a said", "to say", "the post".
  const pw = wordBeforeBlanks(prev);
  if ((pw === 'the' || pw === 'a' || pw === 'an' || pw === 'to' || pw === 'of') && !/^\s+by\b/.test(next)) return undefined;
  // "-s" forms that are also plural nouns ("small island states", "press reports") cue only before "that",
  // a quote or a colon, or at the end of a clause ("..., the report states.").
  if (FRAME_ONLY.has(lw) && !/^\s*(?:out\b|on\b)?\s*(?:that\b|["\u201c:,])/.test(next) && !(/^point/.test(lw) && /^\s+to\b/.test(next) && NAME_BEFORE_RE.test(prev))) return undefined;
  if (ASK.has(lw) && !/^\s*[.?!]/.test(next) && !ASKED_WHAT_RE.test(next)) return undefined;
  // "spoke out", "speaks more frequently in public about", "spoke to reporters".
  if (SPEAK.has(lw) && !/^\s+(?:out|of|about|against|in favou?r|up|to|with)\b/.test(next) && !SPEAK_ABOUT.test(text.slice(cue.end, Math.min(s.end, cue.end + 60)))) return undefined;
  // "talks to DuVernay about", "talked about": talk reports speech only with what it is about.
  if (TALK.has(lw) && !/^\s+(?:(?:to|with)\s+[^.,;:]{1,40}?\s)?about\b/.test(text.slice(cue.end, Math.min(s.end, cue.end + 60)))) return undefined;
  const before30 = text.slice(Math.max(s.start, cue.start - 30), cue.start);
  // A bare form ("plan", "debate") is a verb only after a plural or personal subject or an auxiliary.
  if (NOUNY_BASE.has(lw) && !/(?:\b(?:i|we|they|you|to|will|would|can|could|may|might|should|must|do|did|does|not|never|also|often|still|who)|[a-z]{3}s)\s+$/i.test(prev) && !AND_NAME_BEFORE_RE.test(before30)) return undefined;
  // Fillers in speech: "you know,", "I mean".
  if (lw === 'know' && /^\s*,/.test(next)) return undefined;
  const isSpeech = SPEECH.has(lw);
  const isDoc = DOC_VERBS.has(lw);
  const isFinding = FINDING.has(lw);
  const isCognition = COGNITION.has(lw);
  // Passive with an agent: "as announced by the ministry".
  const byLen = byAgentLength(next);
  if (byLen > 0 && (isSpeech || isFinding || isCognition)) {
    const src = sourceAfter(text, cue.end + byLen - 1, s.end);
    if (src) return make(text, cue, src, trimSpan(text, s.start, cue.start));
  }
  // A passive participle without an agent ("was reportedly attacked") reports nothing.
  if (STANCE_CUES.has(lw) && !lw.endsWith('ing') && /\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$/i.test(before30) && byLen === 0) return undefined;
  let src = sourceBefore(text, cue.start, s.start);
  // Apposition: "The European Union, the largest contributor, said" -> the name before the appositive.
  const prevLast = lastNonBlank(prev);
  if (!src && (prevLast === 44 || prevLast === 0x2013 || prevLast === 0x2014)) {
    const d = Math.max(prev.lastIndexOf(','), prev.lastIndexOf('\u2013'), prev.lastIndexOf('\u2014'));
    src = appositionHead(text, cue.start - prev.length + d, s.start);
  }
  // A relative clause: "the Saudi government, which has strongly denied" -> the noun phrase before the comma.
  if (!src) {
    const before60 = text.slice(Math.max(s.start, cue.start - 60), cue.start);
    // The regex runs only where one of its pronouns occurs.
    const rel = before60.includes('wh') || before60.includes('that') ? /,?\s+(?:who|which|that)\s+(?:(?:has|have|had|also|repeatedly|[a-z]+ly)\s+)*$/.exec(before60) : null;
    if (rel) src = sourceBefore(text, cue.start - (Math.min(60, cue.start - s.start) - rel.index), s.start);
  }
  // Inversion after a quote or comma: '"...," said Jane Doe.'
  if (!src && INVERSION.has(lw) && (prevLast === 44 || prevLast === 34 || prevLast === 0x201d || prevLast === 39 || prevLast === 0x2019)) {
    const after = sourceAfter(text, cue.end, s.end);
    if (after && (STARTS_UPPER_RE.test(after.text) || /^(?:the|a|an|one|two|three|several|some|many|another|his|her|their)\s/i.test(after.text))) src = after;
  }
  // "..., each touting", "began by saying": a participle takes the subject that opens the sentence.
  // "..., the statement said, adding that": the participle shares the source of the cue before it.
  const ing = lw.endsWith('ing');
  if (!src && prior && ing && prevLast === 44 && (isSpeech || isCognition)) src = prior;
  if (!src && (isSpeech || isCognition) && (ing || isCoordinated(before30))) {
    src = sentenceSubject(text, s);
  }
  if (!src) return undefined;
  // "Under an arrangement announced in September": a participle after a prepositional object modifies it and
  // reports nothing (a subject is never the object of a preposition).
  if (lw.endsWith('ed') && src.end <= cue.start && !/^\s*(?:that\b|["\u201c:])/.test(next) && PREP_FIRST.test(src.text)) return undefined;
  const st = src.text.toLowerCase();
  // "-s" forms that are also plural nouns ("small island states", "Trump's plans") cue only before "that",
  // a quote or a colon, at the end of a clause, or after a name, "he"/"she" or a document ("the poll shows").
  if (AMBIGUOUS.has(lw) && !isClauseEnd(next) && !isAgent(src.text) && !/^\s*(?:that\b|["\u201c:]|,\s*["\u201c])/.test(next) && !(/^(?:hopes|plans|wishes|fears)$/.test(lw) && /^\s+to\s/.test(next)) && !(lw === 'calls' && /^\s+(?:on|for)\b/.test(next))) return undefined;
  const personLike = PRONOUNS.has(st) && st !== 'it' ? true : hasUpperWord(src.text) || PEOPLE_RE.test(src.text) || (/[a-z]{3}s$/.test(src.text) && src.text.split(' ').length <= 4);
  // Read only where a rule below asks for it.
  const docLike = ((isFinding || isDoc) && !isSpeech) || (isSpeech && !personLike) ? DOC_RE.test(src.text) : false;
  if (isCognition && !isSpeech && !personLike) return undefined;
  if (isFinding && !isSpeech && !docLike && !personLike) return undefined;
  if (isDoc && !isSpeech && !isFinding && !docLike) return undefined;
  if (!isSpeech && !isFinding && !isCognition && !isDoc) return undefined;
  if (isSpeech && !personLike && !docLike && st !== 'it' && !CORE_SPEECH.has(lw)) return undefined;
  // Extend the cue over "in a statement" / "told reporters" so hovers show the whole reporting frame.
  const f0 = next.charCodeAt(skipBlanks(next, 0));
  const frame = isSpaceCode(next.charCodeAt(0)) && (f0 === 105 || f0 === 114 || f0 === 106 || f0 === 100) ? /^\s+(?:in an? (?:statement|interview|post|tweet|letter|email|speech|report)|reporters|journalists|delegates)\b/.exec(next) : null;
  const cueSpan = frame ? { start: cue.start, end: cue.end + frame[0].length } : cue;
  const sourceFirst = src.end <= cue.start;
  let content: Span;
  // Only bounded windows are read around the cue, so a huge sentence with many cues stays linear.
  const leadEnd = sourceFirst ? src.start : cue.start;
  const leadLast = lastNonBlank(text.slice(Math.max(s.start, leadEnd - 8), leadEnd));
  // "CONTENT, X said (on Monday)." when little follows the cue; otherwise "X said (that) CONTENT".
  const restFrom = sourceFirst ? cueSpan.end : src.end;
  if (
    (leadEnd - s.start > 8 || !onlyLeadOpeners(text, s.start, Math.min(leadEnd, s.start + 8))) &&
    (leadLast === 44 || leadLast === 0x201d || leadLast === 34) &&
    isTailOrComma(text.slice(restFrom, Math.min(s.end, restFrom + 80)), s.end - restFrom < 80)
  ) {
    content = trimSpan(text, s.start, sourceFirst ? src.start : cue.start);
  } else {
    const from = sourceFirst ? cueSpan.end : src.end;
    content = trimSpan(text, from + thatLength(text.slice(from, Math.min(s.end, from + 40))), s.end);
    if (!isSpeech) {
      const cut = /;\s|,\s+(?:and|but|while|whereas)\s/.exec(text.slice(content.start, Math.min(content.end, content.start + 600)));
      if (cut) content = { start: content.start, end: content.start + cut.index };
    }
  }
  return make(text, cueSpan, src, content);
}

/** `/\b(?:and|but|then|or)\s+(?:(?:also|...|was)\s+){0,2}$/i.test(s)`, tried only where it can match. */
function isCoordinated(s: string): boolean {
  if (!isSpaceCode(s.charCodeAt(s.length - 1))) return false;
  const low = s.toLowerCase();
  if (!low.includes('and') && !low.includes('but') && !low.includes('or') && !low.includes('then')) return false;
  return /\b(?:and|but|then|or)\s+(?:(?:also|later|then|still|now|even|has|have|had|would|will|did|does|is|was)\s+){0,2}$/i.test(s);
}

/** A source whose last word is a name, "he"/"she"/"it" or a document: "-s" cues after it are verbs. */
function isAgent(src: string): boolean {
  // The trailing run of letters and apostrophes (`/[\p{L}'\u2019]+$/u`), by code unit while it is ASCII.
  let j = src.length;
  let ascii = true;
  while (j > 0) {
    const c = src.charCodeAt(j - 1);
    if (isAsciiLetterCode(c) || c === 39 || c === 0x2019) j--;
    else {
      ascii = c < 128;
      break;
    }
  }
  const lastWord = ascii ? src.slice(j) : (/[\p{L}'\u2019]+$/u.exec(src)?.[0] ?? '');
  const c0 = lastWord.charCodeAt(0);
  const upper = c0 < 128 ? isAsciiUpperCode(c0) : STARTS_UPPER_RE.test(lastWord);
  if (upper && !/['\u2019]s$/.test(lastWord)) return true;
  if (lastWord.length <= 3 && /^(?:he|she|it)$/i.test(lastWord)) return true;
  return DOC_RE.test(lastWord);
}

/** For "Name, a description," before a cue: the name, when the description is a determiner phrase. */
function appositionHead(text: string, comma: number, floor: number): TextSpan | undefined {
  const lo = Math.max(floor, comma - 200);
  const delim = text[comma];
  const c = delim === ',' ? text.lastIndexOf(',', comma - 1) : Math.max(text.lastIndexOf('\u2013', comma - 1), text.lastIndexOf('\u2014', comma - 1));
  if (c < lo) return undefined;
  const chunk = text.slice(c + 1, comma).trim();
  // "A lawyer for the outlets, David Schulz, said": the name between the commas is the source.
  if (ONLY_NAME_RE.test(chunk)) {
    const start = text.indexOf(chunk, c + 1);
    return { start, end: start + chunk.length, text: chunk };
  }
  const describes = /^(?:the|a|an|its|his|her|their|who|which|whose|one|now|then|also|himself|herself)\b/i.test(chunk);
  const head = sourceBefore(text, c, floor);
  if (!head || !/^[A-Z]/.test(head.text)) return undefined;
  // "Keron Blair, executive director of AROS, called", "Trump, speaking to veterans, said": a title or a
  // participle clause after a name is an appositive too.
  return describes || chunk.split(/\s+/).length <= 15 ? head : undefined;
}
