// The passes over a whole article that follow the sentence-level cues: nested cues dropped, speaker labels,
// content carried across sentences and paragraphs, and quotations tied to their speakers. Each pass uses
// sorted arrays and binary search, so it stays linear-logarithmic in the number of attributions.
import type { ActorAnnotation, AttributionAnnotation, Span, TextSpan } from './types';
import type { Segmentation } from './segment';
import { ANONYMOUS_SOURCE, BARE_PLURAL_BETWEEN_RE, BARE_PLURAL_CUE_RE, isBarePeoplePlural, isVagueSource, mayBeAnonymous, namedByBody, PRONOUNS, REDACTION_MARK, UNNAMED_CONDITION } from './cues';
import { backOverBlanks, isAsciiLetterCode, isAsciiUpperCode, isSpaceCode, lastIndexWithin, lazyRegExp, skipBlanks, testLong } from './chars';
import { hasWordIn } from './speechChars';
import { firstStartingFrom, lowerBound, pushAll } from './order';
import { TITLES } from './actorWords';
import { creditAt } from './credits';
import { GIVEN_NAMES } from './givenNames';

/** An attribution from its parts, marked vague or anonymous from the source's wording. */
export function make(text: string, cue: Span, source: TextSpan | null, content: Span | undefined): AttributionAnnotation {
  const a = unmarked(text, cue, source, content);
  if (source) markSource(a, sourceKind(text, cue, source));
  return a;
}

/**
 * A vague attribution whatever its source's words ("Many observers believe", "it was reported"). (Made with its source
 * rather than the source written after: that would throw away the optimised code that makes attributions.)
 */
export function makeVague(text: string, cue: Span, source: TextSpan | null, content: Span | undefined): AttributionAnnotation {
  const a = unmarked(text, cue, source, content);
  a.vague = true;
  return a;
}

function unmarked(text: string, cue: Span, source: TextSpan | null, content: Span | undefined): AttributionAnnotation {
  const a: AttributionAnnotation = { kind: 'attribution', start: cue.start, end: cue.end, text: text.slice(cue.start, cue.end), source };
  if (content) addContent(text, a, content);
  return a;
}

/**
 * The content, where it has words. (A function of its own: later passes replace an attribution's content, and the
 * first replacement throws away the optimised code that adds the field; here that is this small function, not make.)
 */
function addContent(text: string, a: AttributionAnnotation, content: Span): void {
  // ("Officials disagreed." reports no words: a full stop is no content.)
  if (content.end > content.start && hasWordIn(text, content.start, content.end)) a.content = content;
}

// What a source's wording makes an attribution (sourceKind).
const NAMED = 0;
const ANONYMOUS = 1;
const VAGUE = 2;

/**
 * Whether the source's wording makes the attribution anonymous or vague. (The tests return a kind, and markSource,
 * called for every source, sets the flag: a flag first set, or a rare test first run, inside make would deopt it.)
 */
function sourceKind(text: string, cue: Span, source: TextSpan): number {
  const lower = source.text.toLowerCase();
  const st = withoutArticle(lower);
  if (anonymousByWording(lower, source.text)) return ANONYMOUS;
  // "The minister, speaking on condition of anonymity, said": the condition stands between source and cue.
  if (source.end <= cue.start && cue.start - source.end < 120 && UNNAMED_BETWEEN_RE.test(text.slice(source.end, cue.start))) return ANONYMOUS;
  // "a medical source told AFP on condition of anonymity", '"...," a resident said, asking not to be named'.
  if (unnamedAfter(text.slice(Math.max(cue.end, source.end), Math.max(cue.end, source.end) + 120))) return ANONYMOUS;
  if ((isVagueSource(st) || (st !== lower && isVagueSource(lower)) || vagueWherever(st)) && !namedByBody(source.text) && !namedParty(source.text, lower, st)) return VAGUE;
  return heldSources(lower) ? ANONYMOUS : NAMED;
}

/** The plurals a party's members go by, which also name a camp of opinion ("conservatives argue"). */
const PARTY_PLURALS = new Set(['conservatives', 'liberals', 'democrats', 'republicans']);

/** "The Conservatives said", "the Democrats argue": the party, named with its article and capital (not "conservatives say"). */
function namedParty(text: string, lower: string, st: string): boolean {
  return st !== lower && PARTY_PLURALS.has(st) && isAsciiUpperCode(text.charCodeAt(text.length - st.length));
}

/**
 * "Meteorologists say", "Insurance companies estimate", "doctors have warned": a bare plural of people or bodies that
 * reports or asserts names no one, as "Experts say" does; marks those sources vague. Not where an actor other than a
 * group of people is (part of) the source ("Pentagon officials", "Saudi officials", "Reuters"), nor a word of a name
 * that the article gives in full ("Bernie Sanders ... Sanders said"), nor a plan ("Farmers expect to plant later").
 * `actors` is sorted by start (and its actors do not overlap). (A pass after the others, with the article's actors:
 * the sources are made sentence by sentence without them.)
 */
export function markBarePlurals(text: string, out: AttributionAnnotation[], actors: readonly ActorAnnotation[]): void {
  let names: Set<string> | null = null;
  for (let k = 0; k < out.length; k++) {
    const a = out[k];
    const src = a.source;
    // (A verb in -s agrees with one, not with the plural: "a threat to abortion providers says" is someone else's.)
    if (!src || a.vague || a.anonymous || !BARE_PLURAL_CUE_RE.test(a.text) || a.text.charCodeAt(a.text.length - 1) === 115) continue;
    // The plural right before its verb ("Doctors have warned") or right after it (", said doctors"; ", doctors said").
    if (src.end <= a.start ? !BARE_PLURAL_BETWEEN_RE.test(text.slice(src.end, a.start)) : src.start - a.end > 2) continue;
    if (!isBarePeoplePlural(src.text, opensSentence(text, src.start))) continue;
    const j = firstStartingFrom(actors, src.start);
    if ((j > 0 && actors[j - 1].end > src.start && actors[j - 1].category !== 'group') || (j < actors.length && actors[j].start < src.end && actors[j].category !== 'group')) continue;
    if (src.text.indexOf(' ') < 0 && isAsciiUpperCode(src.text.charCodeAt(0)) && (names ??= namesWords(actors)).has(src.text)) continue;
    // "Farmers expect to plant later": their own plan, no claim reported.
    if (a.content && a.content.start >= a.end && TO_ACT_RE.test(text.slice(a.content.start, a.content.start + 4))) continue;
    a.vague = true;
  }
}
const TO_ACT_RE = /^to\s+[a-z]/;

/**
 * "The leaders agreed that ..." in a readout or a joint statement, after it has named them ("The President spoke with
 * Prime Minister Halvorsen ... The leaders discussed"): the definite plural points back at named people, as "the two
 * leaders" does; it is no vague source where two officials or people are named before it. `actors` is sorted by start.
 */
export function unmarkNamedLeaders(text: string, out: AttributionAnnotation[], actors: readonly ActorAnnotation[]): void {
  let named: Int32Array | null = null;
  let mission = -2;
  for (let k = 0; k < out.length; k++) {
    const a = out[k];
    const src = a.source;
    if (!a.vague || !src) continue;
    // "CISA, the NSA and the FBI said ... the agencies said": bodies named just before.
    if (src.text.length <= 15 && BODIES_PLURALS.has(src.text.toLowerCase())) {
      if (namedBodiesBefore(actors, src.start) >= 2) delete a.vague;
      continue;
    }
    // "Observers noted that ..." in an observation mission's statement, after it has named the mission ("The EU Election
    // Observation Mission (EU EOM) ..."): the mission's own observers, not some unnamed ones.
    if (src.text.length <= 24 && src.text.endsWith('bservers') && OWN_OBSERVERS_RE.test(src.text)) {
      if (mission === -2) mission = text.search(OBSERVER_MISSION_RE);
      if (mission >= 0 && mission < src.start) delete a.vague;
      continue;
    }
    if (src.text.length !== 11 || src.text.toLowerCase() !== 'the leaders') continue;
    // (How many officials and people start before each actor: built once, when the first such source is met.)
    if (!named) {
      named = new Int32Array(actors.length + 1);
      for (let j = 0; j < actors.length; j++) named[j + 1] = named[j] + (actors[j].category === 'official' || actors[j].category === 'person' ? 1 : 0);
    }
    if (named[firstStartingFrom(actors, src.start)] >= 2) delete a.vague;
  }
}

/** The definite plurals of bodies that point back at bodies named before them. */
const BODIES_PLURALS = new Set(['the agencies', 'the regulators', 'the companies', 'the watchdogs', 'the firms']);
/** How many named bodies (organisations and government bodies, with a glossary entry or a name of capitals) start in
 * the 600 characters before `at`. */
function namedBodiesBefore(actors: readonly ActorAnnotation[], at: number): number {
  let n = 0;
  for (let j = firstStartingFrom(actors, at) - 1; j >= 0 && actors[j].start >= at - 600; j--) {
    const c = actors[j].category;
    if ((c === 'organization' || c === 'government') && (actors[j].entity || isAsciiUpperCode(actors[j].text.charCodeAt(0)))) n++;
  }
  return n;
}
/** "Observers", "the observers", "EU observers", "international observers", "AU observers": a mission's own. */
const OWN_OBSERVERS_RE = /^(?:(?:the|The)\s+)?(?:(?:international|[A-Z]{2,6}|short-term|long-term)\s+)?[Oo]bservers$/;
/** An election observation (or observer) mission named in the text. */
const OBSERVER_MISSION_RE = /\b(?:[Oo]bservation|[Oo]bserver)\s+[Mm]ission\b|\bEOM\b/;

/** The words of the article's named actors (not its groups of people), with more than one word: "Sanders" of "Bernie
 * Sanders", "Rogers" of "Rogers Communications Inc.". */
function namesWords(actors: readonly ActorAnnotation[]): Set<string> {
  const out = new Set<string>();
  for (let k = 0; k < actors.length; k++) {
    const t = actors[k].text;
    if (actors[k].category === 'group' || t.indexOf(' ') < 0) continue;
    for (const w of t.split(/\s+/)) out.add(w);
  }
  return out;
}

/** Whether `at` opens its sentence: only blanks and opening quotes or dashes after a full stop, line break or the
 * text's start. */
function opensSentence(text: string, at: number): boolean {
  let i = at;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (isSpaceCode(c) && c !== 10) i--;
    else if (c === 34 || c === 0x201c || c === 0x2014 || c === 0x2013 || c === 40) i--;
    else return c === 10 || c === 46 || c === 33 || c === 63 || c === 58;
  }
  return true;
}

/** "the Home Minister's office sources said": sources that an office or body holds, but no one named. */
function heldSources(lower: string): boolean {
  return lower.endsWith(' sources') && !lower.includes(',');
}

/** Sets the flag sourceKind found (called for every sourced attribution; see sourceKind). */
function markSource(a: AttributionAnnotation, kind: number): void {
  if (kind === ANONYMOUS) a.anonymous = true;
  else if (kind === VAGUE) a.vague = true;
}

/** "an official who asked not to be named": the source's own words make it anonymous (a name after a capitalised word
 * does not). */
function anonymousByWording(lower: string, sourceText: string): boolean {
  // ("According to [REDACTED]": a redaction mark alone stands for a name kept back.)
  if (lower.charCodeAt(0) === 91 && REDACTION_RE.test(lower)) return true;
  return mayBeAnonymous(lower) && ANONYMOUS_SOURCE.test(sourceText) && !/^[A-Z][a-z]+ [A-Z]/.test(sourceText);
}
/** A redaction mark (REDACTION_MARK) all alone, in lower case. */
const REDACTION_RE = new RegExp(`^${REDACTION_MARK}$`);

/** "Critics in both capitals", "Observers in Brussels", "Officials at the time": a vague source said somewhere or
 * some time is as vague ("Analysts at Goldman Sachs", named by the place they work, are not). */
function vagueWherever(st: string): boolean {
  if (st.indexOf(' ') < 0 || !(st.includes(' in ') || st.includes(' of ') || st.includes(' at ') || st.includes(' across ') || st.includes(' around ') || st.includes(' throughout ') || st.includes(' on both'))) return false;
  const m = WHERE_OR_WHEN_RE.exec(st);
  if (m !== null && m.index > 0 && isVagueSource(st.slice(0, m.index))) return true;
  // "Critics of the government", "opponents of the deal": who they criticise names none of them.
  return /^(?:(?:some|many|most|other)\s+)?(?:critics|opponents|supporters|observers|experts|analysts|sceptics|skeptics|detractors|proponents|advocates)\s+of\s/.test(st);
}
const WHERE_OR_WHEN_RE = /\s+(?:in|across|around|throughout|on both sides|at the time|at the moment|at home and abroad)\b/;

const UNNAMED_BETWEEN_RE = new RegExp(UNNAMED_CONDITION, 'i');
/** The condition right after the cue or source, in the same clause. */
const UNNAMED_AFTER_RE = new RegExp(`^[^.!?;:\n"\u201c\u201d]{0,60}?(?:${UNNAMED_CONDITION})`, 'i');
/** UNNAMED_AFTER_RE on the text after a cue, read only where one of its conditions' words occurs. */
function unnamedAfter(tail: string): boolean {
  return (tail.includes('anonym') || tail.includes('authori') || tail.includes('to be ')) && UNNAMED_AFTER_RE.test(tail);
}

/** `lower.replace(/^(?:the|a|an)\s+/, '')`, by code unit. */
function withoutArticle(lower: string): string {
  let k: number;
  if (lower.length > 3 && lower.startsWith('the') && isSpaceCode(lower.charCodeAt(3))) k = 3;
  else if (lower.length > 1 && lower.charCodeAt(0) === 97 && isSpaceCode(lower.charCodeAt(1))) k = 1;
  else if (lower.length > 2 && lower.startsWith('an') && isSpaceCode(lower.charCodeAt(2))) k = 2;
  else return lower;
  return lower.slice(skipBlanks(lower, k));
}

/** A span without the blanks and punctuation at its edges. */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isEdgeCode(text.charCodeAt(start))) start++;
  while (end > start && isEdgeCode(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** `/[\s,;:\u2014\u2013-]/` on one code unit. */
function isEdgeCode(c: number): boolean {
  return c === 44 || c === 59 || c === 58 || c === 45 || c === 0x2014 || c === 0x2013 || isSpaceCode(c);
}

/** Cues inside a quotation are the quoted speaker's words, not the article's attribution: drop them. */
export function dropNested(seg: Segmentation, out: AttributionAnnotation[]): void {
  if (!seg.quotations.length) return;
  const qs = seg.quotations;
  let k = 0;
  const sorted = out.map((a, i) => [a.start, i] as const).sort((x, y) => x[0] - y[0]);
  const drop = new Set<number>();
  for (let j = 0; j < sorted.length; j++) {
    const start = sorted[j][0];
    const i = sorted[j][1];
    while (k < qs.length && qs[k].end <= start) k++;
    if (k < qs.length && qs[k].start < start && out[i].end <= qs[k].end) drop.add(i);
  }
  if (!drop.size) return;
  const kept = out.filter((_, i) => !drop.has(i));
  out.length = 0;
  pushAll(out, kept);
}

/** A quotation of fewer than four words: a scare quote or a title, not a statement. */
function isScareQuote(text: string, q: Span): boolean {
  return text.slice(q.start, Math.min(q.end, q.start + 200)).split(/\s+/).length < 4;
}

/** Whether text[from, to) holds only blanks and punctuation (a quotation's closing comma, a dash). */
function onlyPunctuation(text: string, from: number, to: number): boolean {
  return /^[\s\p{P}]*$/u.test(text.slice(from, to));
}

/**
 * Quotations: one that runs on past its first sentence carries its attribution with it; one whose cue sits
 * right after it in the same sentence gets it as content; a quotation of several words with no cue at all
 * (the second paragraph of a long quote, a quote after "X said:") is attributed to the last named source
 * before it, the way a reader takes it, with the opening mark as its cue.
 */
export function quoteAttributions(text: string, seg: Segmentation, out: AttributionAnnotation[]): void {
  const byStart = [...out].sort((a, b) => a.start - b.start);
  const starts = byStart.map((a) => a.start);
  const byContent = out.filter((a) => a.content).sort((a, b) => a.content!.start - b.content!.start);
  let lastSource: { source: TextSpan; at: number } | undefined;
  let j = 0;
  let c = 0;
  let widest: AttributionAnnotation | undefined;
  const sentenceEnds = seg.sentences.map((x) => x.end);
  const paragraphEnds = seg.paragraphs.map((x) => x.end);
  for (let n = 0; n < seg.quotations.length; n++) {
    const q = seg.quotations[n];
    // A headline in brackets names a piece, no one's words: 'Our report of 9 November ("Sudan truce talks stall in
    // Jeddah") said'.
    if (q.start > 0 && text.charCodeAt(q.start - 1) === 40 && BRACKET_CLOSE_AFTER_TITLE_RE.test(text.slice(q.end, q.end + 48))) continue;
    while (j < byStart.length && byStart[j].start < q.start) {
      const a = byStart[j++];
      if (a.source && !a.vague) lastSource = { source: a.source, at: a.start };
    }
    // The attribution whose content reaches furthest among those starting before the quotation.
    while (c < byContent.length && byContent[c].content!.start <= q.start + 1) {
      const a = byContent[c++];
      if (!widest || a.content!.end > widest.content!.end) widest = a;
    }
    if (widest?.content && widest.content.end >= q.start) {
      if (q.end > widest.content.end) widest.content = { start: widest.content.start, end: q.end };
      continue;
    }
    let near: AttributionAnnotation | undefined;
    // (Only a cue in the quotation's own paragraph: one in the next reports what follows it, not this quotation.)
    const paragraphEnd = seg.paragraphs[lowerBound(paragraphEnds, q.end)]?.end ?? text.length;
    for (let k = lowerBound(starts, q.end); k < byStart.length && byStart[k].start - q.end < 60 && byStart[k].start < paragraphEnd; k++) {
      const a = byStart[k];
      // A scare quote further back in the sentence ('made "total peace" a centrepiece, but critics say') is no part of
      // what the critics say: a quotation of a few words is reported only by a cue right after it.
      // (Nor is a quotation between a source and its cue: 'Najafi rejected the report as "politically motivated" and
      // said Tehran had cooperated' reports what follows "said".)
      if (a.source && a.source.end > q.start && !testLong(/[.!?]\s/, text.slice(q.end, a.start)) && (!isScareQuote(text, q) || onlyPunctuation(text, q.end, Math.min(a.start, a.source.start)))) {
        near = a;
        break;
      }
      // '"Life punishes those who come too late," he is reported to have told them': a cue right after the quotation,
      // with no one named as its source, still frames it; the last speaker named (perhaps paragraphs back) did not say it.
      if (!a.source && a.vague && a.start - q.end < 24 && !isScareQuote(text, q) && SOURCELESS_CUE_GAP_RE.test(text.slice(q.end, a.start))) {
        near = a;
        break;
      }
    }
    if (near) {
      if (!near.content || near.content.start > q.start) near.content = { start: q.start, end: Math.max(q.end, near.content?.end ?? 0) };
      continue;
    }
    // The speaker named after a dash: the dash is the cue.
    // (Not after a name in quotes set off by dashes: 'the "A3 Plus" — Algeria, Sierra Leone, ... —'.)
    // (In plain text the dash is a hyphen set between spaces: '"We will not back down" - Minister Mary Wanjiru'.)
    if (q.speaker && /[\u2015\u2014\u2013]|\s-/.test(text.slice(q.end, q.speaker.start)) && /\S\s+\S+\s+\S/.test(text.slice(q.start, q.end))) {
      const d = q.end + text.slice(q.end, q.speaker.start).search(/[\u2015\u2014\u2013]|(?<=\s)-/);
      out.push(make(text, { start: d, end: d + 1 }, q.speaker, { start: q.start, end: q.end }));
      continue;
    }
    if (isScareQuote(text, q)) continue;
    // 'As he later put it, "the art of ..."', 'a posting he described as "the coldest ..."': the one named before the
    // verb said the quoted words.
    const putFrom = Math.max(0, q.start - 60);
    const before = text.slice(putFrom, q.start);
    const put = before.includes(' put it') || before.includes(' described') || before.includes(' called it') ? PUT_IT_BEFORE_RE().exec(before) : null;
    if (put) {
      const at = putFrom + put.index;
      const src = { start: at + put[0].indexOf(put[1]), end: at + put[0].indexOf(put[1]) + put[1].length, text: put[1] };
      const cueAt = at + put[0].indexOf(put[2], put[0].indexOf(put[1]) + put[1].length);
      out.push(make(text, { start: cueAt, end: cueAt + put[2].length }, src, { start: q.start, end: q.end }));
      lastSource = { source: src, at: cueAt };
      continue;
    }
    // A headline that quotes its interviewee: '"We are not leaving": an interview with the region's governor'.
    const c1 = text.charCodeAt(q.end);
    const guest = c1 === 58 || c1 === 32 || c1 === 0x2014 || c1 === 0x2013 ? INTERVIEW_AFTER_QUOTE_RE.exec(text.slice(q.end, q.end + 120)) : null;
    if (guest) {
      const at = q.end + guest[0].length - guest[1].length;
      const src = { start: at, end: at + guest[1].length, text: guest[1] };
      out.push(make(text, { start: q.start, end: q.start + 1 }, src, { start: q.start, end: q.end }));
      lastSource = { source: src, at: q.start };
      continue;
    }
    // A name in quotes: 'the bill, known as the "Justice Against Sponsors of Terrorism Act"', 'a report titled "..."'.
    if (TITLE_BEFORE_RE.test(text.slice(Math.max(0, q.start - 24), q.start))) continue;
    // The last speaker goes on speaking in a quotation that opens its sentence (wire style: a paragraph of quote
    // after the attributed one); a quotation inside the reporter's sentence ('has called the fighting "the
    // gravest threat"') is someone's words too, but the last speaker's only within the same paragraph.
    // (A transcript's turn in quotes names its own speaker: '"PENCE: Well, look, ...' is no one else's.)
    const own = byStart[lowerBound(starts, q.start + 1)];
    if (own && own.start < q.end && own.source && own.source.start > q.start && own.source.start <= q.start + 2 && own.source.end <= own.start) continue;
    let carried = lastSource && q.start - lastSource.at < 3000 ? lastSource.source : null;
    if (carried && lastSource) {
      const si = lowerBound(sentenceEnds, q.start + 1);
      const opens = si < seg.sentences.length && skipBlanks(text, seg.sentences[si].start, q.start) >= q.start;
      if (!opens) {
        const pi = lowerBound(paragraphEnds, q.start + 1);
        if (pi >= seg.paragraphs.length || lastSource.at < seg.paragraphs[pi].start) carried = null;
      }
    }
    out.push(make(text, { start: q.start, end: q.start + 1 }, carried, { start: q.start, end: q.end }));
  }
}

/** Between a quotation and a sourceless cue that frames it: its closing marks and up to two words ('," he ', ' it '). */
const SOURCELESS_CUE_GAP_RE = /^[\s,"\u201d\u2019']*(?:[\p{L}-]+\s+){0,2}$/u;

/** After a quotation, the interview it heads and who gives it: ': an interview with Serbia's foreign minister' (1). */
const INTERVIEW_AFTER_QUOTE_RE = /^\s*[:\u2014\u2013-]\s*(?:an?\s+|our\s+)?(?:exclusive\s+)?(?:interview|conversation|Q&A|talk)\s+with\s+([^\n.!?:;,()]{2,80}?)\s*(?:$|\n|[.!?:;,(])/iu;

/** What closes a bracketed headline after its quotation: ")" at once, or after a date or a page (', 11 November, page 14)'). */
const BRACKET_CLOSE_AFTER_TITLE_RE = /^(?:,\s*[\w.,' -]{1,40})?\)/;

/** "as he later put it, " and "he described as " right before a quotation: the speaker (1) and the verb (2). */
const PUT_IT_BEFORE_RE = lazyRegExp(() => /\b(?:as\s+)?(he|she|they|we|I|\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+){0,2})\s+(?:(?:later|once|famously|memorably|then|himself|herself|recently|privately)\s+)?(put\s+it|described\s+(?:it\s+)?as|called\s+it)[,:]?\s*$/u);

/**
 * Words that put a name, not speech, in the quotation after them: 'known as "..."', 'under the headline "..."', an
 * alias ('a.k.a. "..."', 'trading as "..."', 'formerly "..."').
 */
const TITLE_BEFORE_RE = /\b(?:known\s+as|called|titled|entitled|dubbed|named|nicknamed|so-called|headlined|headed|marked|labell?ed|the|headline|title|slogan|banner|motto|a\.k\.a\.|aka|alias|trading\s+as|formerly|f\/k\/a)\s*$/i;

// "PENCE: Well, look ..." in transcripts and "Poll: Wealthy Voters Abandon ..." in headlines.
// A transcript of parliament adds the constituency and party, or the office holder's name, in brackets: "Kemi Badenoch
// (North West Essex) (Con):", "The Prime Minister (Keir Starmer):", "Baroness Chapman of Darlington:".
// (Also after a podcast's timestamp, "[00:01:12] FISCHER:", and a post's handle, "@StateDept:".)
// (A select committee's evidence numbers its questions without a full stop: "Q42 Mark Francois:".)
const LABEL = lazyRegExp(() => /^(?:Q\d{1,4}\.?\s+|\d{1,3}\.\s+)?(?:\[\d{1,9}\]\s+)?(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+)?["\u201c]?((?:\p{Lu}[\p{L}'\u2019.-]*|@[A-Za-z0-9_]{2,30})(?: (?:of (?:the )?|for (?:the )?|de |van |von |bin )?\p{Lu}[\p{L}'\u2019.-]*){0,5})((?:\s\([^()\n]{1,50}\)){0,2}):\s+\S/u);
/** A time zone after a clock time: "07:30 BST:", "14:32 GMT:". */
const TIME_ZONE_LABEL = /^(?:GMT|UTC|BST|CET|CEST|EET|EEST|WET|WEST|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AST|IST|PKT|JST|KST|HKT|SGT|AEST|AEDT|SAST|EAT|WAT|CAT|GST|IRST|ICT|WIB|PHT|NZST|NZDT|ET|PT|CT|Z)$/;
/** A person's name in a label's brackets: "(Keir Starmer)". */
const NAME_IN_BRACKETS = lazyRegExp(() => /\(((?:\p{Lu}[\p{L}'\u2019.-]+)(?: \p{Lu}[\p{L}'\u2019.-]+){1,3})\)/u);
/** The article or "our" before a section's label ("THE VERDICT", "OUR RATING"). */
const THE_OUR_RE = /^(?:the|our)\s+/i;
const NOT_LABEL = /^(?:note|update|updated|editor'?s note|photo|photos|file photo|photograph|photographs|picture|pictures|photo credit|image credit|image source|credit|credits|copyright|image caption|photo caption|illustration|graphic|gallery|listen|audio|also read|read also|see also|more from|sign up|sponsored|sponsored content|paid content|partner content|recommended|most read|most popular|trending|top stories|video|watch|related|read more|correction|source|sources|by|posted|published|tags?|image|caption|advertisement|q|a|witnesses|warning|breaking|exclusive|analysis|opinion|live|pictured|above|below|more|also|see|contact|email|follow|subscribe|disclaimer|transcript|clarification|disclosure|crosstalk|laughter|applause|inaudible|bottom line|context|background|details|key points|summary|timeline|driving the news|between the lines|go deeper|flashback|zoom in|zoom out|reality check|fact check|monday|tuesday|wednesday|thursday|friday|saturday|sunday|later this month|later this week|next week|this week|today|tomorrow|tonight|release date|release number|release|date|dateline|media contact|contact|for immediate release|embargoed|embargo|location|place|time|subject|re|from|to|cc|attn|tel|phone|fax|email|web|website|claim|the claim|verdict|our verdict|rating|our rating|ruling|conclusion|the facts|fact|facts|true|false|misleading|correct|incorrect|follow-up|follow up|key dates|key facts|by the numbers|the big picture|why it matters|what's next|numbers|quick numbers|reader mail|yes|no|ref|refs|dtg|info|classification|classified by|reason|subj|action|origin|distribution|precedence|priority|flash|bulletin|urgent|alert|breaking news|developing|developing story|agency|agencies|dates|addresses|supplementary information|for further information contact|signed|location|locations|parties|mediators|mediator|languages|language|effective|status|signatories|depositary|type|drafted|ratified|citation|headquarters|founded|members|population|capital|website|duration|expires|expiry|venue|participants|speakers|sponsors|signed by|in force|area|established|dissolved|predecessor|successor|commanders|strength|casualties|result|belligerents|in favour|in favor|against|abstaining|abstentions|abstention|ayes|noes|votes|vote|present|absent|not voting|profile|explainer|interview|obituary|feature|factbox|fact box|q&a|comment|review|essay|column|dispatch|report|briefing|scene|portrait|bluf|purpose|issue|issues|risks?|options?|decision|recommended action|action requested|next steps|tabs?|attachments?|enclosures?|assessment|key judgments?|key judgements?|scope note|outlook|mission|situation|logistics|intent|enemy|friendly)$/i;
/** A heading's noun in capitals: "DISCUSSION:", "RECOMMENDATIONS:", "AWARENESS:" (no surname ends so; a briefing's
 * "QUESTION:" is a reporter who speaks). */
const HEADING_NOUN_RE = /^(?!QUESTIONS?$)[A-Z]{2,}(?:TIONS?|SIONS?|NESS)$/;
/** A section's heading of several words: "What we found", "Why it matters", "Our take", "Key findings", "The main takeaways";
 * or a document's kind before its title: "Policy Brief: The Future of ...", "Working Paper:", "Executive Summary:",
 * "UNHCR Regional Update: DRC Situation #58", "Next SitRep:". */
const SECTION_LABEL = /^(?:what|why|how|when|where|which|who|our|key)\s|\s(?:findings|facts|points|takeaways|numbers|dates|questions|answers|issues|highlights|details|figures|lessons|stakes|brief|paper|note|summary|memo|memorandum|update|report|sitrep|bulletin|appeal|release|advisory)$/i;
/** A humanitarian report's sections and sectors before a colon: "Education: At least 31 schools ...", "Contacts:". */
const SECTOR_LABELS = new Set(
  ('education|health|nutrition|protection|shelter|wash|logistics|coordination|funding|contacts|access|response|needs|gaps|' +
    'constraints|challenges|overview|methodology|highlights|child protection|food security|early recovery|cash assistance|' +
    'gender-based violence|mine action|emergency telecommunications|reporting period|in numbers|funding overview|' +
    'situation overview|operational context|humanitarian access|shelter and nfis|water and sanitation').split('|'),
);
/** A label that is a day, a month or a stretch of them (a diary's or a timeline's entry): "Mid-October:", "Saturday-Sunday:". */
const DATE_LABEL = /^(?:(?:early|mid|late|end)[- ]?)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\s*[-\u2013]\s*[a-z]+\.?)?(?:\s+\d{1,2})?(?:,?\s+\d{4})?$/i;

/** A label in Markdown emphasis, the colon inside it or after it: "**PENCE:** ...", "**Jane Doe**: ...", "*Q:* ...". */
const MARKDOWN_LABEL = lazyRegExp(() => /^(\*\*|__|\*|_)(?:\[\d{1,2}:\d{2}(?::\d{2})?\]\s+)?((?:\p{Lu}[\p{L}'\u2019.-]*)(?: \p{Lu}[\p{L}'\u2019.-]*){0,3})(\s\([^()\n]{1,50}\))?(?::\1|\1:)\s+\S/u);

/** A caption's speaker in capitals, a comma and the role in capitals: "RET. GEN. JANE DOE, FORMER NATO COMMANDER:". */
const CAPTION_LABEL = lazyRegExp(() => /^((?:\p{Lu}{2,}\.?\s+){1,5}\p{Lu}[\p{Lu}'-]+),\s+\p{Lu}[\p{Lu}0-9 ,.'&()-]{2,70}:\s+\S/u);

/**
 * Whether a head may open CAPTION_LABEL: its first word of capitals ends at a dot or a blank, and a comma follows.
 * (Past ASCII a character may be a capital or a blank: then only the comma is asked for.)
 */
function mayOpenCaption(head: string): boolean {
  let i = 0;
  while (isAsciiUpperCode(head.charCodeAt(i))) i++;
  const c = head.charCodeAt(i);
  if (c >= 128) return head.includes(',');
  return i >= 2 && (c === 46 || c === 32 || (c >= 9 && c <= 13)) && head.includes(',');
}

const UPPER_RE = lazyRegExp(() => /^\p{Lu}$/u);

/** Whether LABEL can match head: a capital (after an optional opening quote) and a colon. */
function mayOpenLabel(head: string): boolean {
  const c = head.charCodeAt(0);
  const first = c === 34 || c === 0x201c ? head.charCodeAt(1) : c;
  // (Or a Hansard question's number before the label: "[906214] Mrs Sharon Hodgson ...:", "Q2. Jane Doe:".)
  // (A name may open with a capital beyond ASCII: "Łukasz Nowak:", "Đurić:".)
  return ((first >= 65 && first <= 90) || first === 91 || first === 64 || (first >= 48 && first <= 57) || (first >= 0xc0 && UPPER_RE().test(head.charAt(c === 34 || c === 0x201c ? 1 : 0)))) && head.indexOf(':', 1) > 0;
}

/** `/^\s*(?:["\u201c\u201d]|'')/` on the sentence's first four code units. */
function opensWithQuote(text: string, start: number): boolean {
  const lim = Math.min(start + 4, text.length);
  const i = skipBlanks(text, start, lim);
  if (i >= lim) return false;
  const c = text.charCodeAt(i);
  return c === 34 || c === 0x201c || c === 0x201d || (c === 39 && i + 1 < lim && text.charCodeAt(i + 1) === 39);
}

/**
 * The speaker label that opens a paragraph ("PENCE:", "SPOKESPERSON BRUCE:", "Jane Doe:"), or null: a name or an
 * all-caps label before a colon; a headline phrase ("The Latest:", "Stealth Over Health:") is none.
 */
export function speakerLabelAt(text: string, p: Span): TextSpan | null {
  // (The label's line may close a paragraph of lines run together: "Answered on 17 July 2025\nLuke Pollard (...):".)
  if (p.end - p.start > 2 && text.charCodeAt(p.end - 1) === 58) {
    const nl = lastIndexWithin(text, '\n', p.end - 1, Math.max(p.start, p.end - 81));
    if (nl > p.start) p = { start: skipBlanks(text, nl + 1, p.end), end: p.end };
  }
  let head = text.slice(p.start, Math.min(p.end, p.start + 80));
  // A label on a line of its own, the turn in the paragraph after it: "Luke Pollard (Minister of State for Defence
  // Procurement):" in a written answer.
  const alone = p.end - p.start <= 80 && text.charCodeAt(p.end - 1) === 58;
  if (alone) head += ' \u2026';
  const c = head.charCodeAt(0);
  // "Unsubscribe: https://...", "Web: www.example.org": a label before nothing but a web address is a form's line.
  if (linkOnlyAfterColon(text, p, head)) return null;
  // Markdown interviews set the label in bold or italics: "**Grynkewich:** Our assessment ...".
  const markdown = c === 42 || c === 95;
  // "GEN. JANE DOE, FORMER NATO COMMANDER:": a caption's name in capitals, its role after a comma.
  const captioned = !markdown && mayOpenLabel(head) && mayOpenCaption(head) ? CAPTION_LABEL().exec(head) : null;
  if (captioned) return labelSpan(p, captioned[0], captioned[1]);
  // (A Markdown label's every match holds its colon.)
  const m = markdown ? (head.includes(':') ? MARKDOWN_LABEL().exec(head) : null) : mayOpenLabel(head) ? LABEL().exec(head) : null;
  let name = m ? m[markdown ? 2 : 1] : '';
  // ("THE RATING:", "THE VERDICT:": a section's label with its article is one still.)
  if (!m || NOT_LABEL.test(name) || SECTOR_LABELS.has(name.toLowerCase()) || HEADING_NOUN_RE.test(name) || DATE_LABEL.test(name) || (THE_OUR_RE.test(name) && NOT_LABEL.test(name.replace(THE_OUR_RE, '')))) return null;
  // ("WHAT WE FOUND:", "HOW WE CHECKED:", "KEY FINDINGS:", "THE TAKEAWAYS:": a question word opening a clause, or a
  // plural of an article's furniture, heads a section; a speaker is a person, an office or a body.)
  if (name.includes(' ') && SECTION_LABEL.test(name)) return null;
  // "07:30 BST: The first convoy crossed": a live blog's clock time and its zone, no speaker.
  if (TIME_ZONE_LABEL.test(name) && /\d:\d\d\]?\s+$/.test(head.slice(0, head.indexOf(name)))) return null;
  // "The Prime Minister (Keir Starmer):": the office holder named in the brackets speaks.
  // (After a name, the brackets hold a constituency: "Kemi Badenoch (North West Essex)".)
  // ("Mr Speaker (Sir Lindsay Hoyle)" is an office too; "Mrs Sharon Hodgson (Sunderland Central)" is a member and her seat.)
  // (So is a podcast's role: "HOST (Mark Delaney):", "GUEST (Dr. Lena Fischer):".)
  const office = /^The\s/.test(name) || (/^(?:Mr|Madam|Mrs|Ms)\s/.test(name) && officeAt(name.slice(name.indexOf(' ') + 1))) || /^(?:HOST|GUEST|CO-HOST|MODERATOR|INTERVIEWER|PRESENTER|ANCHOR|CALLER|PANELIST|PANELLIST|SPOKESPERSON|SPOKESMAN|SPOKESWOMAN)$/i.test(name);
  // (A podcast's Markdown label may hold a time stamp and the role's holder: "**[00:01:02] Host (Anna Ford):**".)
  const brackets = markdown ? m[3] : m[2];
  const held = brackets && office ? NAME_IN_BRACKETS().exec(brackets) : null;
  const bracketed = !!held;
  if (held && bracketed) name = held[1];
  // (A rank or an honour is no word of the name: "General Sir Roland Walker:", "Air Chief Marshal Sir Tony Radakin:".)
  const words = name.split(' ').filter((w) => !testLong(/^(?:of|the|for|de|van|von|bin)$/, w) && !HONOURS.has(w));
  // (Alone on its line, a label names a person or holds a role in brackets; "Key Findings:" heads what follows.)
  if (alone && !m[2] && !(words.length >= 2 && words.length < name.split(' ').length) && !(words.length >= 2 && GIVEN_NAMES.has(words[0].toLowerCase()))) return null;
  // ("Little Relief for Refugees:" heads a section; only an office's name runs over "for" or "of the".)
  if (!bracketed && / (?:for|of the) /.test(name) && !(/^The /.test(name) && officeAt(name.slice(4)))) return null;
  // "The Prime Minister:", "The SPEAKER:", "The Secretary of State for Defence:": an office speaks in a transcript.
  if (!bracketed && /^The /.test(name) && officeAt(name.slice(4))) return labelSpan(p, m[0], name);
  // "An Hon. Member:", "Several Hon. Members:": the House's interjections in a parliamentary record speak too.
  if (!bracketed && name.includes('Hon') && HON_MEMBERS_RE.test(name)) return labelSpan(p, m[0], name);
  if (!bracketed && name !== name.toUpperCase() && (words.length > 3 || words.some((w) => /^(?:The|A|An|Of|To|In|On|Over|For|And|With|At|By|From|Why|How|What|Who|When|Where|Is|Are|Latest|Breaking|Live|New|More|Our|My|Your|This|That)$/.test(w)))) return null;
  return labelSpan(p, m[0], name);
}

/**
 * The colon that closes a speaker label ending at `at`: after the brackets that follow the name, so that a transcript's
 * time stamp, "David Muir (00:00:12):", or a clock, "Ms Shea (10:42) (United States):", holds no cue.
 */
function labelColon(text: string, at: number): number {
  // (A hearing's label closes with its full stop: "Senator Reed. Thank you, Mr. Chairman.")
  if (text.charCodeAt(at) === 46) return at;
  let i = at;
  for (let n = 0; n < 3; n++) {
    while (text.charCodeAt(i) === 32) i++;
    if (text.charCodeAt(i) !== 40) break;
    const close = text.indexOf(')', i);
    if (close < 0 || close - i > 52) break;
    i = close + 1;
  }
  return text.charCodeAt(i) === 58 ? i : text.indexOf(':', at);
}

/** The first words of a congressional hearing's speaker labels ("Chairman Wicker.", "Mr. HEGSETH.", "The CHAIRMAN."). */
const HEARING_TITLES = new Set(['the', 'chairman', 'chairwoman', 'chair', 'senator', 'representative', 'congressman', 'congresswoman', 'mr', 'mrs', 'ms', 'dr', 'admiral', 'general', 'secretary', 'ambassador', 'director', 'governor', 'judge', 'ranking', 'vice', 'delegate']);
/** A hearing's speaker label and its full stop, before the turn's first word: "Senator Shaheen. Mr. Hegseth, the ...". */
const HEARING_LABEL_RE = /^((?:The\s+(?:Chairman|Chairwoman|Chair|CHAIRMAN|CHAIRWOMAN|CHAIR|Vice\s+Chairman|VICE\s+CHAIRMAN))|(?:Chairman|Chairwoman|Chair|CHAIRMAN|CHAIRWOMAN|CHAIR|Senator|Representative|Congressman|Congresswoman|Mr|Mrs|Ms|Dr|Admiral|General|Secretary|Ambassador|Director|Governor|Judge|Ranking\s+Member|Vice\s+Chairman|Delegate)\.?(?:\s+(?:\p{Lu}[\p{L}'\u2019-]+|\p{Lu}\.)){1,3})\.\s+(?=["\u201c\[\p{Lu}])/u;

/**
 * The speaker labels of a congressional hearing's record (the Government Publishing Office's style): a title and a
 * name closed by a full stop, "Chairman Wicker. Good morning." Set where no other label is, when at least two
 * paragraphs open so: in prose a sentence is never a title and a name alone.
 */
function hearingLabels(text: string, seg: Segmentation, labels: (TextSpan | null)[]): void {
  const found: { j: number; label: TextSpan }[] = [];
  for (let j = 0; j < seg.paragraphs.length; j++) {
    if (labels[j]) continue;
    const p = seg.paragraphs[j];
    if (!isAsciiUpperCode(text.charCodeAt(p.start))) continue;
    let w = p.start;
    while (w < p.end && w - p.start < 14 && isAsciiLetterCode(text.charCodeAt(w))) w++;
    if (!HEARING_TITLES.has(text.slice(p.start, w).toLowerCase())) continue;
    const m = HEARING_LABEL_RE.exec(text.slice(p.start, Math.min(p.end, p.start + 60)));
    if (m) found.push({ j, label: { start: p.start, end: p.start + m[1].length, text: m[1] } });
  }
  if (found.length < 2) return;
  for (const { j, label } of found) labels[j] = label;
}

/** A paragraph that is a label, its colon, then one web address and nothing else. */
const LINK_ONLY_RE = /^\s*<?(?:https?:\/\/|www\.)\S*\s*$/;

/** Whether the paragraph p reads "Label: <web address>" and no more. */
function linkOnlyAfterColon(text: string, p: Span, head: string): boolean {
  const colon = head.indexOf(':');
  if (colon < 1 || p.end - p.start - colon > 300) return false;
  const after = skipBlanks(text, p.start + colon + 1, p.end);
  const c = text.charCodeAt(after);
  return (c === 104 || c === 119 || c === 60) && LINK_ONLY_RE.test(text.slice(after, p.end));
}

/** The members of a House who interject unnamed: "An Hon. Member", "Hon. Members", "Several Hon. Members". */
const HON_MEMBERS_RE = /^(?:(?:An|Several|Some|Many|Other|Two|Three)\s+)?(?:Hon\.?|Honourable|Honorable|Noble)\s+(?:Members?|Lords?|Lady|Ladies|Gentleman|Gentlemen|Friends?)$/;

/** Ranks, honours and forms of address before a speaker's name. */
const HONOURS = new Set(
  'General Lieutenant-General Major-General Brigadier Colonel Lieutenant Major Captain Commander Admiral Vice Rear Air Chief Marshal Field Sir Dame Lord Lady Baroness Baron Dr Dr. Professor Prof Prof. Rt Hon Mr Mr. Mrs Mrs. Ms Ms. Miss Judge Justice Rev Rev. Reverend Ambassador'.split(' '),
);

/** Whether text[from, end) opens with a line of a few capitalised words, no sentence, that does not end the paragraph. */
function topicHeading(text: string, from: number, end: number): boolean {
  const k = text.slice(from, Math.min(end, from + 61)).indexOf('\n');
  if (k < 0) return false;
  const nl = from + k;
  const line = text.slice(from, nl).trim();
  return /^\p{Lu}[\p{L}'\u2019-]*(?: (?:and|of|the|for|in|on|to|\p{Lu}[\p{L}'\u2019-]*)){0,6}$/u.test(line);
}

/** Whether the actors hold a country mention over exactly the label. */
function countryAt(actors: readonly ActorAnnotation[], label: TextSpan): boolean {
  const k = firstStartingFrom(actors, label.start);
  return k < actors.length && actors[k].start === label.start && actors[k].end === label.end && actors[k].category === 'country';
}

/** Whether the first attribution after `from` has its source right there, as the lead's subject ("The Sharjah government has announced"). */
function leadSubjectSpeaks(sorted: readonly AttributionAnnotation[], starts: readonly number[], from: number, end: number): boolean {
  const k = lowerBound(starts, from);
  const src = k < sorted.length ? sorted[k].source : undefined;
  return !!src && sorted[k].start < end && src.start >= from && src.start - from < 3;
}

/** The labels that open more than one paragraph (empty in a digest, whose items each have their own). */
function countLabels(labels: readonly (TextSpan | null)[]): Map<string, number> {
  const uses = new Map<string, number>();
  for (const l of labels) if (l) uses.set(l.text, (uses.get(l.text) ?? 0) + 1);
  for (const [k, n] of uses) if (n < 2) uses.delete(k);
  return uses;
}

/**
 * Whether the sentence that opens at `from` (after a label's colon) holds an attribution of its own, with a source
 * that is no pronoun: "..., the ISPR said". `sorted` holds the attributions found in sentences, by start.
 */
function reportsItself(seg: Segmentation, sorted: readonly AttributionAnnotation[], starts: readonly number[], from: number): boolean {
  const k = lowerBound(starts, from);
  if (k >= sorted.length) return false;
  const a = sorted[k];
  const s = seg.sentences[firstStartingFrom(seg.sentences, from + 1) - 1];
  if (!s || s.end <= from || a.start >= s.end || !a.source) return false;
  return !PRONOUNS.has(a.source.text.toLowerCase());
}

/** Whether paragraph j's label is the text's only one. */
function soleLabel(labels: readonly (TextSpan | null)[], j: number): boolean {
  for (let m = 0; m < labels.length; m++) if (m !== j && labels[m]) return false;
  return true;
}

/**
 * "DHAKA: The International Crimes Tribunal-1 yesterday sentenced ...", "COX'S BAZAR: ...": a name in capitals before the
 * colon that opens the article's first paragraph, the only label in it, is the dateline of the South Asian press (Dawn,
 * The Daily Star), not a speaker (a transcript labels many turns; an office, "PRESIDENT:", speaks).
 */
function datelineLead(text: string, seg: Segmentation, j: number, label: TextSpan): boolean {
  const from = skipBlanks(text, labelColon(text, label.end) + 1, seg.paragraphs[j].end);
  if (officeAt(label.text) || !isAsciiUpperCode(text.charCodeAt(from))) return false;
  // (A lead names its day after its subject, "... yesterday sentenced", "... on Tuesday unveiled"; a speaker's turn,
  // "PENCE: Well, look, we are ready.", does not.)
  const lead = text.slice(from, Math.min(seg.paragraphs[j].end, from + 120));
  return lead.includes('day') && LEAD_WHEN_RE.test(lead);
}
/** Whether nothing but headings comes before paragraph j. */
function opensText(headings: ReadonlySet<number>, j: number): boolean {
  for (let m = 0; m < j; m++) if (!headings.has(m)) return false;
  return true;
}
/**
 * Whether paragraph j's label (its words starting at `from`) is a dateline, no speaker. Only the text's one label, and
 * not when its paragraph ends by asking ("CCTV: The Japanese prime minister said ... What is China's comment?"): in a
 * transcript, "PENCE: ... HARRIS: The vice president is wrong, and the people know it.", every name speaks, whoever its
 * turn reports. Then a place in capitals before a lead whose first sentence names its own source ("NEW DELHI: The
 * Centre on Thursday approved ..., Union Home Minister Amit Shah announced"), or, opening the article, before a lead
 * that names its day ("DHAKA: The tribunal yesterday sentenced ..."); or a place of a word or two in title case, as the
 * Gulf press writes it, opening the article before a lead whose own subject speaks ("Sharjah: The Sharjah government has
 * announced ..."; not "Reuters: According to the customs agency, ...", the newsroom's item).
 */
function datelineLabel(text: string, seg: Segmentation, labels: readonly (TextSpan | null)[], headings: ReadonlySet<number>, sorted: readonly AttributionAnnotation[], starts: readonly number[], j: number, label: TextSpan, from: number): boolean {
  const end = seg.paragraphs[j].end;
  if (!soleLabel(labels, j) || closingMark(text, end) === 63) return false;
  if (label.text === label.text.toUpperCase()) return reportsItself(seg, sorted, starts, from) || (opensText(headings, j) && datelineLead(text, seg, j, label));
  return opensText(headings, j) && !officeAt(label.text) && TITLE_PLACE_RE.test(label.text) && leadSubjectSpeaks(sorted, starts, from, end) && reportsItself(seg, sorted, starts, from);
}
/** A place's name in title case, of one word or two: "Sharjah", "Abu Dhabi". */
const TITLE_PLACE_RE = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u;
/** The last mark of the span ending at `end`, past blanks and closing quotation marks (a char code, NaN at the text's start). */
function closingMark(text: string, end: number): number {
  let e = end;
  while (e > 0) {
    const c = text.charCodeAt(e - 1);
    if (!isSpaceCode(c) && c !== 34 && c !== 0x201d && c !== 0x2019 && c !== 39) break;
    e--;
  }
  return text.charCodeAt(e - 1);
}
/** A full stop, "?" or "!": what closes a sentence, as no headline ends. */
const ENDS_SENTENCE = new Set([46, 63, 33]);
/** A lead's subject, then its day and its verb: "The tribunal yesterday sentenced", "Finance Minister X on Tuesday unveiled". */
const LEAD_WHEN_RE = /^(?!(?:I|We|You|They|He|She|It)\s)[^.!?:;"\u201c]{2,90}?\s(?:yesterday|today|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+[a-z]{3,}/;

/** The label's name as a span of the text. */
function labelSpan(p: Span, match: string, name: string): TextSpan {
  const start = p.start + match.indexOf(name);
  return { start, end: start + name.length, text: name };
}

/** Whether words open with an office ("Prime Minister", "Chancellor of the Exchequer", "SPEAKER"). */
function officeAt(words: string): boolean {
  const keys = words.toLowerCase().replace(/\./g, '').split(' ');
  for (let n = Math.min(3, keys.length); n >= 1; n--) if (TITLES.has(keys.slice(0, n).join(' '))) return true;
  return false;
}

/** Speaker labels at the start of a paragraph: the label is the source, the colon the cue. */
export function labelAttributions(text: string, seg: Segmentation, out: AttributionAnnotation[], titleCase: (words: string) => boolean, actors: readonly ActorAnnotation[] = []): void {
  const sorted = [...out].sort((a, b) => a.start - b.start);
  const starts = sorted.map((a) => a.start);
  const headings = new Set(seg.headings);
  const turns: { a: AttributionAnnotation; paragraph: number }[] = [];
  const speakers = new Set<string>();
  const questions: { paragraph: number; label: TextSpan }[] = [];
  // "A:" turns: the answer's colon, and the speaker label after it if any ("A: SPOKESPERSON: ...").
  const answers: { paragraph: number; colon: number; label: TextSpan | null }[] = [];
  // The paragraphs that open with a label of either kind: a turn stops before them.
  const labelled = new Set<number>();
  const labels = seg.paragraphs.map((p) => speakerLabelAt(text, p));
  hearingLabels(text, seg, labels);
  // The labels that open several paragraphs, counted only when a country's name is one.
  let uses: Map<string, number> | undefined;
  for (let j = 0; j < seg.paragraphs.length; j++) {
    const p = seg.paragraphs[j];
    const asker = askerLabelAt(text, p);
    if (asker && !headings.has(j)) questions.push({ paragraph: j, label: asker });
    const q = skipBlanks(text, p.start, p.end);
    if (!asker && !headings.has(j) && text.charCodeAt(q) === 65 && text.charCodeAt(q + 1) === 58 && isSpaceCode(text.charCodeAt(q + 2))) {
      answers.push({ paragraph: j, colon: q + 1, label: speakerLabelAt(text, { start: skipBlanks(text, q + 2, p.end), end: p.end }) });
      labelled.add(j);
      continue;
    }
    const label = labels[j];
    if (asker || label) labelled.add(j);
    // ("Sudan: Humanitarian Situation Report No. 14" heads the article; no one speaks there.)
    // ("QUESTION:" asks, below, as "Q:" does.)
    if (!label || headings.has(j) || asker?.text === 'QUESTION') continue;
    // "**Sudan:** More than 2,000 civilians ...": a digest's item on a country, not the country speaking. (In a
    // debate or a transcript some label opens more than one turn: there a delegation speaks.)
    if (countryAt(actors, label)) {
      uses ??= countLabels(labels);
      if (!uses.size) continue;
    }
    const srcStart = label.start;
    // (After Markdown emphasis the colon may follow it, and the words start after the emphasis closes.)
    const colon = labelColon(text, label.end);
    let from = colon + 1;
    while (text.charCodeAt(from) === 42 || text.charCodeAt(from) === 95) from++;
    const k = lowerBound(starts, srcStart);
    if (k < sorted.length && sorted[k].start < colon + 1) continue;
    // "Ukraine: Military Aid" over a written question: a topic and its heading in title case, the line unfinished.
    if (topicHeading(text, from, p.end)) continue;
    if (datelineLabel(text, seg, labels, headings, sorted, starts, j, label, from)) continue;
    let body = trimSpan(text, from, p.end);
    let at = j;
    // A label on a line of its own speaks in the paragraph after it.
    if (body.end <= body.start) {
      if (j + 1 >= seg.paragraphs.length || labels[j + 1] || headings.has(j + 1)) continue;
      at = j + 1;
      body = trimSpan(text, seg.paragraphs[at].start, seg.paragraphs[at].end);
    }
    const a = make(text, { start: colon, end: colon + 1 }, label, body);
    out.push(a);
    turns.push({ a, paragraph: at });
    speakers.add(label.text.toUpperCase());
  }
  // "A: SPOKESPERSON: ..." answers as the label says; a bare "A:" answers for the one a briefing's lead names
  // ("Foreign Ministry spokesperson Lin Jian answered questions at a regular press briefing.").
  const briefer = answers.length ? brieferBefore(text, seg, Math.min(answers[0].paragraph, questions.length ? questions[0].paragraph : answers[0].paragraph)) : null;
  // (Where the lead names no one, a bare "A:" among named turns, "Mao Ning: ..." then "Q: A follow-up ..." and "A: ...",
  // answers for the one whose label opens the most turns, at least two: a briefing's spokesperson.)
  const answerer = answers.length && !briefer && turns.length >= 2 ? mostFrequentLabel(turns) : null;
  // (Its turns so far, in paragraph order, read once with the answers, which are in paragraph order too.)
  const answererTurns = answerer ? turns.filter((t) => t.a.source && labelKey(t.a.source.text) === answerer) : [];
  let lastTurn = -1;
  for (const { paragraph: j, colon, label } of answers) {
    const p = seg.paragraphs[j];
    while (lastTurn + 1 < answererTurns.length && answererTurns[lastTurn + 1].paragraph < j) lastTurn++;
    const source = label ?? briefer ?? (lastTurn >= 0 ? answererTurns[lastTurn].a.source : null);
    if (!source) continue;
    const cue = label ? labelColon(text, label.end) : colon;
    let from = cue + 1;
    while (text.charCodeAt(from) === 42 || text.charCodeAt(from) === 95) from++;
    const a = make(text, { start: cue, end: cue + 1 }, source, trimSpan(text, from, p.end));
    out.push(a);
    turns.push({ a, paragraph: j });
    speakers.add(source.text.toUpperCase());
  }
  // A White House transcript marks the press's questions "Q:": beside named speakers, a questioner asks, named only
  // when the label goes on with the reporter ("Q: Reporter (AFP), Jean-Luc Martin: ..."). (Alone, "Q:" and "A:" are
  // an explainer's own questions and answers.) A publication named with "The" asks too: "The Economist: Russia spends
  // 40 percent ...".
  if (speakers.size >= 1 && questions.length) {
    // (A bare "Q:" asks for the one the introduction names: "The minister spoke to our editor, Jane Roe, ...".)
    let asker: TextSpan | null | undefined;
    for (const { paragraph: j, label } of questions) {
      const p = seg.paragraphs[j];
      const k = lowerBound(starts, label.start);
      if (k < sorted.length && sorted[k].start < label.end + 1) continue;
      const bare = label.text === 'Q' || label.text === 'QUESTION';
      const reporter = bare ? REPORTER_LABEL_RE().exec(text.slice(label.end + 1, Math.min(p.end, label.end + 100))) : null;
      let cue = label.end;
      let source: TextSpan | null = bare ? null : label;
      if (reporter) {
        const at = label.end + 1 + reporter[0].length - reporter[1].length - reporter[2].length - 1;
        source = { start: at, end: at + reporter[1].length, text: reporter[1] };
        cue = label.end + reporter[0].length;
      } else if (bare) {
        if (asker === undefined) asker = interviewerBefore(text, seg, questions[0].paragraph);
        source = asker;
      }
      const a = make(text, { start: cue, end: cue + 1 }, source, trimSpan(text, cue + 1, p.end));
      out.push(a);
      turns.push({ a, paragraph: j });
      // (The press that a full transcript labels "QUESTION:", unnamed, is one of its speakers too.)
      if (source) speakers.add(source.text.toUpperCase());
      else if (label.text === 'QUESTION') speakers.add('');
    }
    turns.sort((x, y) => x.paragraph - y.paragraph);
  }
  // A transcript (two speakers or more): a turn runs on over the paragraphs after its label, up to the next label,
  // heading or credit line ("MR. MILLER: Good afternoon ..." then "Second, today the Treasury ..."). A headline that
  // opens with a name ("Pence: Flowers Won't Be at Debate") is no turn.
  if (speakers.size < 2) return;
  for (let t = 0; t < turns.length; t++) {
    const { a, paragraph } = turns[t];
    // (A broadcast host's welcome that names the show in capitals, "JAKE TAPPER, CNN HOST: Welcome to STATE OF THE
    // UNION. I'm Jake Tapper.", ends its sentences as no headline does.)
    if (!a.content || (titleCase(text.slice(a.content.start, a.content.end)) && !(ENDS_SENTENCE.has(closingMark(text, a.content.end)) && a.source?.text === a.source?.text.toUpperCase()))) continue;
    const until = t + 1 < turns.length ? turns[t + 1].paragraph : seg.paragraphs.length;
    let last = paragraph;
    while (last + 1 < until && !headings.has(last + 1) && !labelled.has(last + 1) && !closesTurn(text.slice(seg.paragraphs[last + 1].start, seg.paragraphs[last + 1].start + 60))) last++;
    if (last > paragraph) a.content = { start: a.content.start, end: seg.paragraphs[last].end };
  }
}

/** A label's last word, which "Spokesperson Lin Jian" and "Lin Jian" share. */
function labelKey(label: string): string {
  return label.slice(label.lastIndexOf(' ') + 1);
}

/** The last word of the labels that open the most of the turns, when they open two or more (the first, on a tie). */
function mostFrequentLabel(turns: readonly { a: AttributionAnnotation }[]): string | null {
  const uses = new Map<string, number>();
  let best: string | null = null;
  let most = 1;
  for (let t = 0; t < turns.length; t++) {
    const src = turns[t].a.source;
    if (!src) continue;
    const key = labelKey(src.text);
    const n = (uses.get(key) ?? 0) + 1;
    uses.set(key, n);
    if (n > most) {
      most = n;
      best = key;
    }
  }
  return best;
}

/**
 * An embedded post, quoted as a Markdown block: "> **BTB-ABVV Havens** @btb_havens", the post's lines, then its time
 * ("> 7:42 PM · Nov 11, 2025"). The author named in the header says the lines, the handle is the cue; a "Quoting
 * @handle: ..." line inside is the quoted account's.
 */
export function postAttributions(text: string, seg: Segmentation, out: AttributionAnnotation[]): void {
  // (Most articles quote no post: nothing to index for them.)
  if (!seg.paragraphs.some((p) => text.charCodeAt(p.start) === 62)) return;
  const covered = out.filter((a) => a.content).map((a) => a.content!).sort((x, y) => x.start - y.start);
  const coveredStarts = covered.map((c) => c.start);
  const isCovered = (at: number): boolean => {
    for (let k = lowerBound(coveredStarts, at + 1) - 1, n = 0; k >= 0 && n < 50; k--, n++) if (covered[k].end > at) return true;
    return false;
  };
  const starts = out.map((a) => a.start).sort((x, y) => x - y);
  /** Whether the text before the block ends "X replied:" with a cue of its own in its last 40 characters. */
  const introduced = (at: number): boolean => {
    const end = backOverBlanks(text, at, Math.max(0, at - 8));
    if (end < 1 || text.charCodeAt(end - 1) !== 58) return false;
    const k = lowerBound(starts, end - 40);
    return k < starts.length && starts[k] < end;
  };
  let after = -1;
  for (const p of seg.paragraphs) {
    if (p.start < after || text.charCodeAt(p.start) !== 62) continue;
    const h = POST_HEADER_RE.exec(text.slice(p.start, Math.min(text.length, p.start + 160)));
    if (!h) continue;
    const source = { start: p.start + h[0].indexOf(h[1]), end: p.start + h[0].indexOf(h[1]) + h[1].length, text: h[1] };
    const cueAt = p.start + h[0].lastIndexOf(h[2]);
    // The post's lines, up to its time, a "Quoting" line or the end of the block.
    let pos = p.start + h[0].length;
    let bodyStart = -1;
    let bodyEnd = -1;
    let quoting: { start: number; end: number; handle: number; len: number } | null = null;
    while (pos < text.length && text.charCodeAt(pos) === 62) {
      let nl = text.indexOf('\n', pos);
      if (nl < 0) nl = text.length;
      const line = text.slice(pos, Math.min(nl, pos + 400));
      if (POST_TIME_RE.test(line)) {
        pos = nl + 1;
        break;
      }
      const q = QUOTING_RE.exec(line);
      if (q) quoting = { start: pos + q.index, end: nl, handle: pos + q.index + q[0].indexOf(q[1]), len: q[1].length };
      else if (!quoting) {
        const from = skipBlanks(text, pos + 1, nl);
        if (from < nl) {
          if (bodyStart < 0) bodyStart = from;
          bodyEnd = nl;
        }
      }
      pos = nl + 1;
    }
    after = pos;
    // ("Within an hour the port authority replied:" before the block already says whose the post is.)
    if (bodyStart >= 0 && !isCovered(bodyStart) && !introduced(p.start)) out.push(make(text, { start: cueAt, end: cueAt + h[2].length }, source, trimSpan(text, bodyStart, bodyEnd)));
    if (quoting) {
      const cue = { start: quoting.start, end: quoting.start + 'Quoting'.length };
      const body = skipBlanks(text, quoting.handle + quoting.len + 1, quoting.end);
      out.push(make(text, cue, { start: quoting.handle, end: quoting.handle + quoting.len, text: text.slice(quoting.handle, quoting.handle + quoting.len) }, trimSpan(text, body, quoting.end)));
    }
  }
}
/** A post's header line in a quote block: "> **Name** @handle" (the name 1, the handle 2). */
const POST_HEADER_RE = /^>\s*(?:\*\*|__)([^*_\n]{2,60})(?:\*\*|__)\s+(@[A-Za-z0-9_]{2,30})[ \t]*(?:\n|$)/;
/** A post's time line: "> 7:42 PM · Nov 11, 2025", "> 14:05 · 12 Nov 2025". */
const POST_TIME_RE = /^>\s*\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s*[\u00b7|\u2022-]\s*\S/;
/** A quote-post's line: "Quoting @btb_havens:" (the handle 1). */
const QUOTING_RE = /\bQuoting\s+(@[A-Za-z0-9_]{2,30}):?/;

/**
 * A magazine interview sets its questions in bold and the answers plain below them: "**How serious is that?**" then
 * "Very serious. ...". With two such questions or more, each run of answer paragraphs is the interviewee's, named by
 * the headline or the introduction ("A Conversation with Ingrid Solberg", "Ingrid Solberg, a former envoy, spoke to
 * ..."); the closing emphasis of the question is the cue.
 */
export function interviewAnswers(text: string, seg: Segmentation, out: AttributionAnnotation[]): void {
  const ps = seg.paragraphs;
  const asks: number[] = [];
  for (let j = 0; j < ps.length; j++) if (boldQuestion(text, ps[j])) asks.push(j);
  if (asks.length < 2) return;
  const who = intervieweeBefore(text, seg, asks[0]);
  if (!who) return;
  const byStart = out.map((a) => a.start).sort((x, y) => x - y);
  for (let n = 0; n < asks.length; n++) {
    const first = asks[n] + 1;
    const until = n + 1 < asks.length ? asks[n + 1] : ps.length;
    let last = first - 1;
    while (last + 1 < until && !CREDIT_LINE_RE.test(text.slice(ps[last + 1].start, ps[last + 1].start + 60)) && !EDITED_NOTE_RE.test(text.slice(ps[last + 1].start, Math.min(ps[last + 1].end, ps[last + 1].start + 200)))) last++;
    if (last < first) continue;
    // (An answer a label already gives its speaker, "A: ...", is the label's.)
    const k = lowerBound(byStart, ps[first].start);
    if (k < byStart.length && byStart[k] < ps[first].start + 2 && text.charCodeAt(ps[first].start) !== 34) continue;
    const q = ps[asks[n]];
    out.push(make(text, { start: q.end - 2, end: q.end }, who, { start: ps[first].start, end: ps[last].end }));
  }
}

/** A paragraph in bold that asks: "**Was Eritrea the missing party?**". */
function boldQuestion(text: string, p: Span): boolean {
  const c = text.charCodeAt(p.start);
  if (!(c === 42 || c === 95) || p.end - p.start < 6 || p.end - p.start > 1200) return false;
  if (text.charCodeAt(p.start + 1) !== c || text.charCodeAt(p.end - 1) !== c || text.charCodeAt(p.end - 2) !== c) return false;
  return text.slice(p.start, p.end).includes('?');
}

/** "This interview has been edited and condensed." */
const EDITED_NOTE_RE = /^\s*[*_]?(?:This|The)\s+(?:interview|conversation|transcript)\s+(?:has\s+been|was)\s+(?:edited|condensed|translated|lightly)/i;
const NAME_PART = "\\p{Lu}[\\p{L}'\\u2019.-]+";
/** "A Conversation with Ingrid Solberg", "An interview with ...", "Q&A with ...". */
const INTERVIEW_WITH_RE = new RegExp(`\\b(?:[Cc]onversation|[Ii]nterview|Q&A|[Tt]alks?|[Ss]peaks?)\\s+[Ww]ith\\s+((?:${NAME_PART}\\s+){1,3}${NAME_PART})`, 'u');
/** "Ingrid Solberg, a former ambassador, spoke to ...", "Ingrid Solberg spoke with ...". */
const SPOKE_TO_RE = new RegExp(`((?:${NAME_PART}\\s+){1,3}${NAME_PART})(?:,[^,.;\\n]{3,100},)?\\s+(?:spoke|talked)\\s+(?:to|with)\\b`, 'u');
/** An introduction that opens with the interviewee's name: "Ingrid Solberg spent 31 years ...". */
const OPENS_WITH_NAME_RE = new RegExp(`^((?:${NAME_PART}\\s+){1,2}${NAME_PART})(?:,|\\s+\\p{Ll})`, 'u');

/** Where a match's first group stands, found in the text of paragraph p from its start. */
function groupSpan(p: Span, m: RegExpExecArray): TextSpan {
  const at = p.start + m.index + m[0].indexOf(m[1]);
  return { start: at, end: at + m[1].length, text: m[1] };
}

/**
 * The interviewer named in the (up to four) paragraphs before the first question: "spoke to our diplomatic editor,
 * Jane Roe,", "Interviewed by Jane Roe", a byline "By Jane Roe".
 */
function interviewerBefore(text: string, seg: Segmentation, first: number): TextSpan | null {
  for (let j = Math.max(0, first - 4); j < first; j++) {
    const p = seg.paragraphs[j];
    const head = text.slice(p.start, Math.min(p.end, p.start + 600));
    // (A byline that opens the paragraph, as segmentation found it: its first name.)
    const m = creditAt(seg.credits, p.start, 'byline') ? BYLINE_NAME_RE().exec(head) : head.includes(' to ') || head.includes(' with ') || head.includes(' by ') ? INTERVIEWER_RE().exec(head) : null;
    if (m) return groupSpan(p, m);
  }
  return null;
}
const INTERVIEWER_RE = lazyRegExp(() => /(?:\b(?:spoke|talked|sat\s+down)\s+(?:to|with)\s+(?:(?:our|the|a|an|this\s+newspaper['\u2019]s)\s+(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+,?\s+)?|\b(?:[Ii]nterview(?:ed)?|[Cc]onducted|[Qq]uestions)\s+(?:(?:conducted|asked)\s+)?by\s+)((?:\p{Lu}[\p{L}'\u2019.-]*\s+){0,3}\p{Lu}[\p{L}'\u2019.-]+)/u);
/** The first name of a byline: "Jane Roe" of "By Jane Roe and John Doe". */
const BYLINE_NAME_RE = lazyRegExp(() => /^By\s+((?:\p{Lu}[\p{L}'\u2019.-]*\s+){0,3}\p{Lu}[\p{L}'\u2019.-]+)/u);

/** The interviewee named in the (up to four) paragraphs before the first question. */
function intervieweeBefore(text: string, seg: Segmentation, first: number): TextSpan | null {
  let opener: TextSpan | null = null;
  for (let j = Math.max(0, first - 4); j < first; j++) {
    const p = seg.paragraphs[j];
    const head = text.slice(p.start, Math.min(p.end, p.start + 600));
    const w = INTERVIEW_WITH_RE.exec(head);
    if (w) return groupSpan(p, w);
    const m = SPOKE_TO_RE.exec(head);
    if (m && GIVEN_NAMES.has(m[1].split(/\s+/)[0].toLowerCase())) return groupSpan(p, m);
    const o = opener ? null : OPENS_WITH_NAME_RE.exec(head);
    if (o && GIVEN_NAMES.has(o[1].split(/\s+/)[0].toLowerCase())) opener = groupSpan(p, o);
  }
  return opener;
}

/**
 * The label of a paragraph that a transcript's asker opens: "Q:", or a publication named with "The" ("The Economist:");
 * null when there is none. (Speaker labels proper are speakerLabelAt's.)
 */
function askerLabelAt(text: string, p: Span): TextSpan | null {
  const q = skipBlanks(text, p.start, p.end);
  // ("**Question**: Stéphane, does ...": the UN's noon briefing sets the label in bold, the colon after it.)
  if (text.charCodeAt(q) === 42 && text.charCodeAt(q + 1) === 42 && text.charCodeAt(q + 2) === 81) {
    const m = BOLD_QUESTION_RE.exec(text.slice(q, q + 16));
    return m ? { start: q + 2, end: q + m[0].length - 2, text: 'QUESTION' } : null;
  }
  if (text.charCodeAt(q) === 81 && text.charCodeAt(q + 1) === 58 && isSpaceCode(text.charCodeAt(q + 2))) return { start: q, end: q + 1, text: 'Q' };
  // ("QUESTION: ...", as the State Department's briefing transcripts mark the press's questions: a bare "Q:"; so does
  // the Kremlin's "Question: Mr President, ...".)
  if (text.charCodeAt(q) === 81 && (text.startsWith('QUESTION:', q) || text.startsWith('Question:', q)) && isSpaceCode(text.charCodeAt(q + 9))) return { start: q, end: q + 8, text: 'QUESTION' };
  const m = text.charCodeAt(q) === 84 ? PUBLICATION_LABEL_RE.exec(text.slice(q, q + 48)) : null;
  return m ? { start: q, end: q + m[1].length, text: m[1] } : null;
}
const BOLD_QUESTION_RE = /^\*\*(?:Question|QUESTION|Q)\*\*:\s/;
const PUBLICATION_LABEL_RE = /^(The\s+\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+){0,2}):\s+\S/u;
/** After "Q:", the reporter who asks: " Reporter (AFP), Jean-Luc Martin:" (the name in 1, the colon after it in 2). */
const REPORTER_LABEL_RE = lazyRegExp(() => /^\s+(?:Reporter|Journalist|Correspondent|Question)\s*(?:\([^()\n]{1,40}\))?\s*,\s*(\p{Lu}[\p{L}'\u2019.-]+(?:\s+\p{Lu}[\p{L}'\u2019.-]+){0,3})(\s*(?:\([^()\n]{1,40}\))?:)/u);
/** A briefing's lead: the one who answers, then the act ("Lin Jian answered questions", "Zakharova held a briefing"). */
const BRIEFER_RE = lazyRegExp(() => /((?:\p{Lu}[\p{L}'\u2019.-]+\s+){0,3}\p{Lu}[\p{L}'\u2019.-]+)\s+(?:(?:on|this|last)\s+\p{Lu}?[a-z]+\s+)?(?:answered|took|fielded|held|hosted|gave)\s+(?:an?\s+|the\s+|(?:reporters|journalists)['\u2019]\s+)?(?:[a-z-]+\s+){0,2}(?:questions|briefing|press\s+conference|news\s+conference)\b/u);

/** The one who answers in a briefing whose lead stands in the (up to three) paragraphs before `first`. */
function brieferBefore(text: string, seg: Segmentation, first: number): TextSpan | null {
  for (let j = first - 1; j >= 0 && j >= first - 3; j--) {
    const p = seg.paragraphs[j];
    const m = BRIEFER_RE().exec(text.slice(p.start, Math.min(p.end, p.start + 600)));
    if (m) return groupSpan(p, m);
  }
  return null;
}
/** A credit line that closes an interview: "Interview conducted by ...", "Interviewed by ...". */
const CREDIT_LINE_RE = /^\s*(?:\*|_)?(?:Interview|Interviewed|Conducted|Reporting|Edited|Translated|Compiled|Questions)\b[^.\n]{0,40}\bby\b/i;

/**
 * Whether a paragraph's head closes the turn before it: a credit line, or the record's own procedure between the
 * speeches ("Question put.", "The House divided: Ayes 312, Noes 201.", "Resolved, That ...", "Sitting suspended.").
 */
function closesTurn(head: string): boolean {
  return CREDIT_LINE_RE.test(head) || PROCEDURE_RE.test(head);
}
const PROCEDURE_RE = /^\s*(?:Question\s+(?:put|accordingly|agreed|negatived|proposed)\b|(?:The\s+)?(?:House|Committee|Lords|Commons|Senate|Chamber)\s+(?:divided|adjourned|rose|suspended|resumed)\b|(?:Resolved|Ordered),\s|Division\s+(?:No\.?\s*)?\d|Sitting\s+(?:suspended|resumed)\b|Motion\s+(?:made|agreed|withdrawn|carried)|Amendments?\s+(?:proposed|made|agreed|negatived|withdrawn)\b|Bill\s+(?:read|accordingly|passed|committed)\b|Ayes\s+\d|Contents\s+\d)/;

/** The quotation that opens at `at`, if any (quotations are sorted by where they start). */
function quotationAt(quotations: readonly Span[], at: number): Span | undefined {
  const q = quotations[firstStartingFrom(quotations, at)];
  return q && q.start === at ? q : undefined;
}

/**
 * Where what follows "X said:" ends: at the paragraph's end, or before the next attribution in the paragraph (its
 * sentence, or the attribution itself when it stands in the same sentence).
 */
function untilNext(next: AttributionAnnotation | undefined, from: number, paraEnd: number, seg: Segmentation, sentenceStarts: number[]): number {
  if (!next || next.start >= paraEnd) return paraEnd;
  const at = Math.min(next.start, next.source?.start ?? next.start);
  if (at <= from) return paraEnd;
  const si = lowerBound(sentenceStarts, at + 1) - 1;
  const sentence = si >= 0 ? seg.sentences[si].start : -1;
  return sentence > from ? sentence : at;
}

/** A quote-only sentence right after an attributed sentence continues that speaker. */
export function carryOver(text: string, seg: Segmentation, out: AttributionAnnotation[]): void {
  if (!out.length) return;
  const sorted = [...out].sort((a, b) => a.start - b.start);
  const starts = sorted.map((a) => a.start);
  // "The governor added:" closing a paragraph introduces the next paragraph as the content.
  for (let p = 0; p + 1 < seg.paragraphs.length; p++) {
    const para = seg.paragraphs[p];
    if (text[para.end - 1] !== ':') continue;
    let a: AttributionAnnotation | undefined;
    for (let k = lowerBound(starts, para.end - 40); k < sorted.length && sorted[k].start < para.end; k++) {
      if (sorted[k].source && sorted[k].start >= para.start) a = sorted[k];
    }
    const next = seg.paragraphs[p + 1];
    // The next paragraph is another speaker's only where a source with a name or a noun speaks in it: a pronoun there
    // ("as you pointed out", "I have never seen") or a vague cue ("some fear") is the quoted speaker's own wording.
    let taken = false;
    for (let k2 = lowerBound(starts, next.start); k2 < sorted.length && sorted[k2].start < next.end && !taken; k2++) {
      const src = sorted[k2].source;
      taken = !!src && !sorted[k2].vague && !PRONOUNS.has(src.text.toLowerCase());
    }
    if (a && !taken) a.content = { start: a.content && a.content.start < a.start ? a.content.start : next.start, end: next.end };
  }
  // "X said: A. B." inside a paragraph: what follows the colon, to the paragraph's end, is the content; up to the
  // sentence of the next attribution, if the paragraph has one ("X said: A. Y said: B." is not X's "A. Y said: B.").
  const paraEnds = seg.paragraphs.map((p) => p.end);
  const sentenceStarts = seg.sentences.map((x) => x.start);
  for (let j = 0; j < sorted.length; j++) {
    const a = sorted[j];
    const c0 = a.end < text.length ? text.charCodeAt(a.end) : -1;
    if (!(c0 === 58 || (c0 >= 0 && isSpaceCode(c0) && a.end + 1 < text.length && text.charCodeAt(a.end + 1) === 58)) || a.text === ':') continue;
    const pi = lowerBound(paraEnds, a.end + 1);
    const para = seg.paragraphs[pi];
    if (para && para.start <= a.start && (!a.content || a.content.end < para.end)) {
      const from = a.end + text.slice(a.end, a.end + 2).indexOf(':') + 1;
      // 'He said: "Crime is up." Unemployment rose ...': a quotation after the colon is all that was said; what
      // follows it is the writer's again.
      const q = quotationAt(seg.quotations, skipBlanks(text, from, para.end));
      a.content = trimSpan(text, from, q && q.end < backOverBlanks(text, para.end, q.end) ? q.end : untilNext(sorted[j + 1], from, para.end, seg, sentenceStarts));
    }
  }
  // A quote-only sentence right after an attributed sentence continues that speaker.
  for (let i = 1; i < seg.sentences.length; i++) {
    const s = seg.sentences[i];
    const p = seg.sentences[i - 1];
    if (s.paragraph !== p.paragraph) continue;
    if (!opensWithQuote(text, s.start)) continue;
    const k = lowerBound(starts, s.start);
    if (k < sorted.length && sorted[k].start < s.end) continue;
    // 'X asked how she could be sure. "Everyone knew him. He gave the orders," she replied.': a quotation that runs on
    // to a cue of its own is that cue's speaker's, not the last one's.
    const open = skipBlanks(text, s.start, s.end);
    const q = quotationAt(seg.quotations, open);
    if (q && q.end > s.end) {
      const after = lowerBound(starts, q.end);
      if (after < sorted.length && sorted[after].start - q.end < 60 && !testLong(/[.!?]\s/, text.slice(q.end, sorted[after].start))) continue;
    }
    let prevA: AttributionAnnotation | undefined;
    for (let m = lowerBound(starts, p.start); m < sorted.length && sorted[m].start < p.end; m++) {
      if (!sorted[m].vague) {
        prevA = sorted[m];
        break;
      }
    }
    if (!prevA) continue;
    const c = prevA.content ?? { start: prevA.start, end: prevA.end };
    // '"Iran continues ...," said Kessler. "Treasury will keep ..."': the second quotation is his as well, but the cue
    // and his name between the two are no part of what he said.
    if (prevA.source && prevA.content && c.end <= prevA.start && q) {
      const more = make(text, { start: open, end: open + 1 }, prevA.source, trimSpan(text, open, s.end));
      out.push(more);
      continue;
    }
    if (c.end < s.end) prevA.content = { start: Math.min(c.start, s.start), end: s.end };
  }
}
