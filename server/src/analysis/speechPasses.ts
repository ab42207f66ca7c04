// The passes over a whole article that follow the sentence-level cues: attributions made and marked, nested cues
// dropped, content carried across sentences and paragraphs, and quotations tied to their speakers (a transcript's
// speaker labels are in speakerLabels.ts, an interview's parties in interviews.ts, embedded posts in
// socialPosts.ts). Each pass uses sorted arrays and binary search, so it stays linear-logarithmic in the number of
// attributions.
import type { ActorAnnotation, AttributionAnnotation, Span, TextSpan } from './types';
import type { Segmentation } from './segment';
import { afterListMarker } from './sentences';
import { ANONYMOUS_SOURCE, BARE_PLURAL_BETWEEN_RE, BARE_PLURAL_CUE_RE, isBarePeoplePlural, isVagueSource, mayBeAnonymous, namedByBody, PRONOUNS, REDACTION_MARK, UNNAMED_CONDITION } from './cues';
import { backOverBlanks, isAsciiUpperCode, isDigitCode, isSpaceCode, lazyRegExp, skipBlanks, testLong } from './chars';
import { hasWordIn } from './speechChars';
import { firstStartingFrom, lowerBound, pushAll } from './order';

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
  // "Sources at the company said", "people at the bank", "sources in the ministry": nameless people of a named body.
  if (affiliatedUnnamed(source.text)) return ANONYMOUS;
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
    // "The Manhattan District Attorney's office charged ... Prosecutors allege": the office's own prosecutors, named
    // just before.
    if (src.text.length <= 19 && PROSECUTORS_RE.test(src.text) && namedBodyBefore(actors, src.start, PROSECUTING_OFFICE_RE)) continue;
    // "The National Transportation Safety Board opened an inquiry ... Investigators said": the body's own investigators
    // (auditors, inspectors), named just before.
    if (src.text.length <= 24 && INVESTIGATORS_RE.test(src.text) && namedBodyBefore(actors, src.start, INVESTIGATING_BODY_RE)) continue;
    a.vague = true;
  }
}
const TO_ACT_RE = /^to\s+[a-z]/;
/** "Prosecutors", "federal prosecutors", "state prosecutors": the bare plural of those an office prosecutes through. */
const PROSECUTORS_RE = /^(?:(?:federal|state|city|county|public|crown|district)\s+)?prosecutors$/i;
/** A prosecuting office or officeholder by its name: "District Attorney's office", "the Justice Department", "the Crown
 * Prosecution Service", "U.S. Attorney Damian Williams". */
const PROSECUTING_OFFICE_RE = /\b(?:[Aa]ttorney|Prosecut|prosecutor['\u2019]s|Justice\s+Department|Department\s+of\s+Justice|DOJ\b|Procura|Parquet)/;
/** "Investigators", "federal investigators", "auditors", "safety inspectors": the bare plural of those a body
 * investigates, audits or inspects through. */
const INVESTIGATORS_RE = /^(?:(?:federal|state|crash|accident|safety|police|government|independent)\s+)?(?:investigators|auditors|inspectors)$/i;
/** An investigating, auditing or inspecting body by its name: "the National Transportation Safety Board", "the NTSB",
 * "the FBI", "the Government Accountability Office", "the Office of Inspector General", "the IAEA". */
const INVESTIGATING_BODY_RE = /\b(?:Safety\s+(?:Board|Bureau|Agency|Authority)|NTSB|FBI|Bureau\s+of\s+Investigation|Investigat|Inspector|Inspectorate|Audit|Accountability\s+Office|GAO|Comptroller|Police|IAEA|Atomic\s+Energy\s+Agency|BEA|AAIB)/;
/** Whether an official, government or organisation whose name `re` matches starts in the 600 characters before `at`.
 * `actors` is sorted by start. */
function namedBodyBefore(actors: readonly ActorAnnotation[], at: number, re: RegExp): boolean {
  for (let j = firstStartingFrom(actors, at) - 1; j >= 0 && actors[j].start >= at - 600; j--) {
    const c = actors[j].category;
    if ((c === 'official' || c === 'government' || c === 'organization') && re.test(actors[j].text)) return true;
  }
  return false;
}

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

/** The bodies whose people speak unnamed: "sources at the company", "people in the ministry". */
const BODY_NOUNS =
  'company|firm|bank|lender|insurer|ministry|department|agency|government|administration|party|embassy|office|group|campaign|' +
  'organi[sz]ation|union|commission|council|committee|court|army|military|police|club|team|newspaper|broadcaster|network|' +
  'regulator|fund|startup|carmaker|automaker|chipmaker|drugmaker|exchange|board|cabinet|presidency|palace|secretariat|' +
  'delegation|mission|parliament|senate|legislature|central\\s+bank|university|hospital|plant|factory|airline|retailer|studio';
/** Nameless people ("sources", "people", "insiders") of a body: after "at", "inside", "within" or "from", a name or
 * the body's noun; after "in", its noun only ("sources in Kyiv" are somewhere, of no one). */
const AFFILIATED_UNNAMED_RE = lazyRegExp(
  () => new RegExp(`^(?:[Tt]he\\s+|[Ss]ome\\s+|[Ss]everal\\s+|[Oo]ther\\s+)?(?:[Ss]ources?|[Pp]eople|[Pp]ersons?|[Ii]nsiders?|[Ss]omeone)\\s+(?:(?:at|inside|within|from)\\s+(?:the\\s+)?\\p{Lu}|(?:at|inside|within|from|in)\\s+(?:the|its|his|her|their)\\s+(?:[a-z-]+\\s+){0,3}?(?:${BODY_NOUNS})\\b)`, 'u'),
);
/** Whether a source is nameless people of a body (AFFILIATED_UNNAMED_RE), its first letter tested first. */
function affiliatedUnnamed(sourceText: string): boolean {
  const c = sourceText.charCodeAt(0) | 32;
  return (c === 115 || c === 112 || c === 105 || c === 116 || c === 111) && sourceText.length > 12 && AFFILIATED_UNNAMED_RE().test(sourceText);
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
  if (st.indexOf(' ') < 0 || !WHERE_WORDS_RE.test(st)) return false;
  const m = WHERE_OR_WHEN_RE.exec(st);
  if (m !== null && m.index > 0 && isVagueSource(st.slice(0, m.index))) return true;
  // "Critics of the government", "opponents of the deal": who they criticise names none of them.
  return /^(?:(?:some|many|most|other)\s+)?(?:critics|opponents|supporters|observers|experts|analysts|sceptics|skeptics|detractors|proponents|advocates)\s+of\s/.test(st);
}
/** " in ", " of ", " at ", ... : one of them stands in every source vagueWherever reads (one pattern, not a search each). */
const WHERE_WORDS_RE = / (?:in|of|at|across|around|throughout) | on both/;
const WHERE_OR_WHEN_RE = /\s+(?:in|across|around|throughout|on both sides|at the time|at the moment|at home and abroad)\b/;

const UNNAMED_BETWEEN_RE = new RegExp(UNNAMED_CONDITION, 'i');
/** The condition right after the cue or source, in the same clause. */
const UNNAMED_AFTER_RE = new RegExp(`^[^.!?;:\n"\u201c\u201d]{0,60}?(?:${UNNAMED_CONDITION})`, 'i');
/** UNNAMED_AFTER_RE on the text after a cue, read only where one of its conditions' words occurs. */
function unnamedAfter(tail: string): boolean {
  return testLong(UNNAMED_WORDS_RE, tail) && UNNAMED_AFTER_RE.test(tail);
}
/** The words one of which every UNNAMED_AFTER_RE match holds: one pattern, cheaper than a search for each (in any case,
 * as that pattern reads them: "ON CONDITION OF ANONYMITY" in a wire's capitals). */
const UNNAMED_WORDS_RE = /anonym|authori|to be /i;

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
      if (!a.source && a.vague && a.start - q.end < 24 && !isScareQuote(text, q) && SOURCELESS_CUE_GAP_RE().test(text.slice(q.end, a.start))) {
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
const SOURCELESS_CUE_GAP_RE = lazyRegExp(() => /^[\s,"\u201d\u2019']*(?:[\p{L}-]+\s+){0,2}$/u);

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

/** `/^\s*(?:["\u201c\u201d]|'')/` on the sentence's first four code units. */
function opensWithQuote(text: string, start: number): boolean {
  const lim = Math.min(start + 4, text.length);
  const i = skipBlanks(text, start, lim);
  if (i >= lim) return false;
  const c = text.charCodeAt(i);
  return c === 34 || c === 0x201c || c === 0x201d || (c === 39 && i + 1 < lim && text.charCodeAt(i + 1) === 39);
}

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

/**
 * Whether a source with a name or a noun speaks in the paragraph: there another speaker's words begin. A pronoun ("as you
 * pointed out", "I have never seen") or a vague cue ("some fear") is the quoted speaker's own wording.
 */
function namedSpeakerIn(sorted: AttributionAnnotation[], starts: number[], para: Span): boolean {
  for (let k = lowerBound(starts, para.start); k < sorted.length && sorted[k].start < para.end; k++) {
    const src = sorted[k].source;
    if (src && !sorted[k].vague && !PRONOUNS.has(src.text.toLowerCase())) return true;
  }
  return false;
}

/** The last attribution from index k on, starting before `colon`, whose source ends right before it ("according to X:"). */
function sourceEndingAt(sorted: AttributionAnnotation[], k: number, colon: number): AttributionAnnotation | undefined {
  let a: AttributionAnnotation | undefined;
  for (; k < sorted.length && sorted[k].start < colon; k++) {
    const src = sorted[k].source;
    if (src && src.start > sorted[k].start && colon - src.end <= 1) a = sorted[k];
  }
  return a;
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
    // "According to the National Disaster Management Authority:": a source that ends at the colon introduces what
    // follows it as well, however far back its cue stands.
    if (!a) a = sourceEndingAt(sorted, lowerBound(starts, para.start), para.end - 1);
    if (!a) continue;
    const next = seg.paragraphs[p + 1];
    if (namedSpeakerIn(sorted, starts, next)) continue;
    // A factbox's points under their lead ("- 214 people have died.⏎- 46,000 homes were destroyed."): the whole list
    // is the source's, up to the first item that names a source of its own.
    let last = next;
    const mark = text.charCodeAt(next.start);
    if (afterListMarker(text, next.start, next.end) > next.start) {
      // (Up to an item that leads a list of its own, and no further than 60 items: a run of "- officials said:" items
      // must not each read to the end of the run.)
      for (let q = p + 2; q < seg.paragraphs.length && q < p + 62 && text.charCodeAt(last.end - 1) !== 58; q++) {
        const item = seg.paragraphs[q];
        const c = text.charCodeAt(item.start);
        if (!(c === mark || (isDigitCode(c) && isDigitCode(mark))) || afterListMarker(text, item.start, item.end) === item.start || namedSpeakerIn(sorted, starts, item)) break;
        last = item;
      }
    }
    a.content = { start: a.content && a.content.start < a.start ? a.content.start : next.start, end: last.end };
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

/**
 * "The Global Fund to Fight AIDS, Tuberculosis and Malaria said", "Gavi, the Vaccine Alliance, said": a source read up to
 * a comma inside a name the actor finder has whole is that name (with its "the"). `actors` is sorted by start.
 */
export function wholeNamedSources(text: string, out: AttributionAnnotation[], actors: readonly ActorAnnotation[]): void {
  for (let k = 0; k < out.length; k++) {
    const a = out[k];
    const src = a.source;
    if (!src) continue;
    for (let j = firstStartingFrom(actors, src.end) - 1, n = 0; j >= 0 && n < 3; j--, n++) {
      const act = actors[j];
      if (act.end <= src.start) break;
      // (Only a name with a comma inside, over the source's one edge, and clear of the cue.)
      if ((act.start >= src.start && act.end <= src.end) || act.text.indexOf(',') < 0) continue;
      if (!(act.end <= a.start || act.start >= a.end)) continue;
      let start = Math.min(src.start, act.start);
      const end = Math.max(src.end, act.end);
      if (start === act.start && start >= 4 && /^[Tt]he $/.test(text.slice(start - 4, start))) start -= 4;
      if (end > a.start && src.end <= a.start) continue;
      a.source = { start, end, text: text.slice(start, end) };
      break;
    }
  }
}

/** An amount in a source, which no speaker's name holds: "$1.3tn", "€5 billion", "50%", "10 per cent". */
const AMOUNT_IN_SOURCE_RE = /(?:[$\u20ac\u00a3\u00a5]\s?\d|\d(?:\s?%|\s+(?:percent|per\s+cent)\b|(?:bn|tn|trn)\b))/;

/**
 * "far less than the $1.3tn developing countries had demanded", "the 50% cut campaigners had demanded": a verb with no
 * content at its clause's end, whose source read back holds an amount, closes a relative clause on that amount; it
 * describes the amount and reports no words.
 */
export function dropAmountRelatives(text: string, out: AttributionAnnotation[]): void {
  let w = 0;
  for (let k = 0; k < out.length; k++) {
    const a = out[k];
    const src = a.source;
    const drop = !a.content && src !== null && src.end <= a.start && AMOUNT_IN_SOURCE_RE.test(src.text) && /^\s*(?:[.,;:!?)\u201d"]|$)/.test(text.slice(a.end, a.end + 3));
    if (!drop) out[w++] = a;
  }
  out.length = w;
}
