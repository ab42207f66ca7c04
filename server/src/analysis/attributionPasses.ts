// The corrections run once all sentences are read (findAttributions' last steps): where a content ends before a
// contrast or a comment, a forecast or a group carried on, notes and headings that report nothing, sources nested in
// reports. They read the whole list of attributions, so they stand apart from the sentence-by-sentence reading.
import type { AttributionAnnotation, TextSpan } from './types';
import type { Segmentation } from './segment';
import { citesAuthorYear } from './cues';
import { firstWordOf, lastIndexWithin, lazyRegExp, skipBlanks } from './chars';
import { lowerBound, withinSorted } from './order';
import { trimSpan } from './speechPasses';
/**
 * The page's notes on itself ("Clarification: A previous version of this article said ...", "Editor's note: ...")
 * report no one's words in the story: no attribution. `list` is sorted by start.
 */
export function notesReportNothing(seg: Segmentation, list: AttributionAnnotation[]): AttributionAnnotation[] {
  const notes = seg.notes;
  if (!notes?.length || !list.length) return list;
  const spans = notes.map((k) => seg.paragraphs[k]).filter((p) => p !== undefined);
  return list.filter((a) => !withinSorted(spans, a.start, a.start + 1));
}

/**
 * "Others disagree (cf. Baldwin 1985; Early 2015).", "Some scholars dispute this (e.g., Marsh 2001).": an author-year
 * citation in the sentence of a vague source names whom it stands for. `list` is sorted by start; one walk over it and
 * the sentences, each sentence read once however many vague sources it holds.
 */
export function citedNotVague(text: string, seg: Segmentation, list: AttributionAnnotation[]): void {
  let k = 0;
  let read = -1;
  let cites = false;
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    if (!a.vague) continue;
    while (k < seg.sentences.length && seg.sentences[k].end <= a.start) k++;
    const s = seg.sentences[k];
    if (!s || s.start > a.start) continue;
    if (read !== k) {
      read = k;
      cites = citesAuthorYear(text.slice(s.start, s.end));
    }
    if (cites) delete a.vague;
  }
}

/**
 * A cue in a heading with nothing reported after it ("## What the critics say") titles the section: no attribution.
 * One that reports something ("# Minister says talks will resume") stays. `list` is sorted by start.
 */
export function headingsReportNothing(seg: Segmentation, list: AttributionAnnotation[]): AttributionAnnotation[] {
  const headings = seg.headings;
  if (!headings?.length || !list.length) return list;
  const spans = headings.map((k) => seg.paragraphs[k]).filter((p) => p !== undefined);
  const starts = spans.map((p) => p.start);
  const inHeading = (a: AttributionAnnotation): boolean => {
    const k = lowerBound(starts, a.start + 1) - 1;
    return k >= 0 && a.start < spans[k].end;
  };
  return list.filter((a) => (a.content !== undefined && a.content.end > a.content.start) || !inHeading(a));
}

/**
 * "She told Sky News the data would show growth": a cue inside what another source says takes its source from inside
 * those words; one that reached back over their start ("Sky News the data") starts where they do ("the data").
 * `list` is sorted by start.
 */
export function sourcesWithinReports(text: string, list: AttributionAnnotation[]): void {
  let from = -1;
  let reach = -1;
  for (let k = 0; k < list.length; k++) {
    const b = list[k];
    const src = b.source;
    if (src && b.start < reach && b.start > from && src.start < from && src.end > from) {
      const at = skipBlanks(text, from, src.end);
      if (at < src.end) b.source = { start: at, end: src.end, text: text.slice(at, src.end) };
    }
    // (Only a verb of saying or telling reports a clause whose subject starts it: "groups that opposed Iraq ... show"
    // and "Media reports in Tanzania have said" hold no such clause.)
    const c = b.content;
    if (b.source && c && c.start >= b.end && c.end > reach && SAYS_CLAUSE.has(firstWordOf(b.text).toLowerCase())) {
      from = c.start;
      reach = c.end;
    }
  }
}
/** Verbs of saying and telling that report a whole clause. */
const SAYS_CLAUSE = new Set('said|says|say|saying|told|tells|tell|telling|added|adds|wrote|writes|stated|states|insisted|warned|argued|claimed|announced'.split('|'));

/** A stance verb that reports words only with a clause or a quotation after it. */
const NESTED_STANCE_RE = /^(?:support|supports|supported|oppose|opposes|opposed|back|backs|backed|favou?r|favou?rs|favou?red|welcome|welcomes|welcomed|reject|rejects|rejected|endorse|endorses|endorsed)$/;

/** "wants", "wanted": what a party wants, inside what a source says before its verb ("the West wants war, Zakharova said"). */
const WANTS_RE = /^(?:wants|wanted)$/i;

/**
 * "said Washington supported the extension", "told TASS that Moscow would oppose any resolution": inside what a source
 * says, a stance toward a thing is part of their words, no report of its own (one with a that-clause or a quotation
 * still is). `list` is sorted by start.
 */
export function dropNestedStances(text: string, list: AttributionAnnotation[]): AttributionAnnotation[] {
  // (Only a verb's report in the same sentence: a transcript's turn or a quotation holds whole statements.)
  let reach = -1;
  let from = -1;
  let dropped: Set<AttributionAnnotation> | null = null;
  for (let k = 0; k < list.length; k++) {
    const b = list[k];
    if (b.start < reach && b.start - from < 300 && b.content && b.content.start >= b.end && NESTED_STANCE_RE.test(b.text.toLowerCase()) && !/^\s*(?:that\b|["\u201c:])/.test(text.slice(b.end, b.end + 8)) && !/[.!?]["\u201d]?\s|\n/.test(text.slice(from, b.start))) {
      (dropped ??= new Set()).add(b);
      continue;
    }
    if (b.source && !b.vague && b.content && b.content.start >= b.end && b.end - b.start > 1 && b.content.end > reach) {
      reach = b.content.end;
      from = b.end;
    }
    // "It is clear that the West wants war, Zakharova said.": so is what a party wants inside what a source says before
    // its verb, in the same sentence. (Not every stance there: "it welcomes more Finnish firms to invest, he added"
    // keeps its report.)
    const c = b.content;
    if (b.source && !b.vague && c && c.end <= b.start && c.end > c.start && b.start - c.start < 300) {
      for (let j = k - 1; j >= 0 && list[j].start >= c.start; j--) {
        const e = list[j];
        if (e.end <= c.end && e.content && e.content.start >= e.end && e.content.end <= c.end && WANTS_RE.test(e.text) && !/^\s*(?:that\b|["\u201c:])/.test(text.slice(e.end, e.end + 8)) && !/[.!?]["\u201d]?\s|\n/.test(text.slice(e.end, c.end))) (dropped ??= new Set()).add(e);
      }
    }
  }
  return dropped ? list.filter((a) => !dropped!.has(a)) : list;
}

/** A forecast named as a source: "The bank's new forecasts", "the IMF's projections". */
const FORECAST_SOURCE_RE = /\b(?:forecasts?|projections?|outlook)$/i;
/** Verbs of a source's own forecast ("the Fund projects", "the bank forecast", "the ECB sees"), and its figures ("..., according to the Fund."). */
const FORECAST_CUES = new Set(['projects', 'projected', 'forecast', 'forecasts', 'forecasted', 'predicts', 'predicted', 'sees', 'saw', 'according to']);
const FORECAST_PARTICIPLES = new Set(['expected', 'forecast', 'projected']);
/** A form of "be" right before a participle (and perhaps "also"). */
const BE_BEFORE_RE = /\b(?:is|are|was|were)\s+(?:also\s+)?$/i;
/** An agentless passive of forecasting: "is expected", "are projected". */
const FORECAST_PASSIVE_RE = /^(?:is|are|was|were)\s+(?:also\s+)?(?:expected|forecast|projected)$/i;

/**
 * "The bank's forecasts see growth slowing. Unemployment is expected to rise to 5.6%.": an agentless "is expected"
 * in the sentence after a forecast's own report, or a named source's own forecast ("the Fund projects ..."), is that
 * forecast's, not a vague one; so is one after a colon whose clause names someone's forecast ("The staff's forecast
 * ...: inflation was expected to be 2.8 percent"). `list` is sorted by start.
 */
export function forecastContinues(text: string, list: AttributionAnnotation[]): void {
  for (let k = 0; k < list.length; k++) {
    const a = list[k];
    // ("It is [projected] to fall": the cue may be the participle alone, its auxiliary before it.)
    if (!a.vague || a.source || a.text.length > 24 || !(FORECAST_PASSIVE_RE.test(a.text) || (FORECAST_PARTICIPLES.has(a.text) && BE_BEFORE_RE.test(text.slice(Math.max(0, a.start - 12), a.start))))) continue;
    // ("The staff's forecast for inflation was little changed: total inflation was expected to be 2.8 percent": a forecast
    // named before a colon in the same sentence.)
    const named = forecastBeforeColon(text, a.start);
    if (named) {
      a.source = named;
      delete a.vague;
      continue;
    }
    if (k === 0) continue;
    const p = list[k - 1];
    // (Or a named source's own forecast: "the Fund projects growth of 4.6 percent in 2026. Over the medium term, growth is
    // expected to recover".)
    if (p.vague || !p.source || !(FORECAST_SOURCE_RE.test(p.source.text) || FORECAST_CUES.has(p.text.toLowerCase())) || a.start - p.end > 200) continue;
    // (Only across one sentence break within the paragraph.)
    const between = text.slice(p.end, a.start);
    if (between.includes('\n') || (between.match(/[.!?]\s/g)?.length ?? 0) !== 1) continue;
    a.source = p.source;
    delete a.vague;
  }
}

/** Someone's forecast named as the subject of a clause: "The staff's forecast", "the Fund's new projections". */
const OWNED_FORECAST_RE = lazyRegExp(() => /(?:^|[\s(])((?:[Tt]he\s+)?(?:[\p{L}.-]+\s+){0,3}[\p{L}.-]+['\u2019]s\s+(?:[a-z-]+\s+)?(?:forecasts?|projections?|outlook))\b/u);

/** The owned forecast named before a colon in the sentence that reaches `at` (within 200 units), or null. */
function forecastBeforeColon(text: string, at: number): TextSpan | null {
  const from = Math.max(0, at - 200);
  // (Searched within the 200 units only: a search back over the whole text for every such cue would be quadratic.)
  const colon = lastIndexWithin(text, ':', at - 1, from);
  if (colon < 0) return null;
  const between = text.slice(colon, at);
  if (between.includes('\n') || /[.!?]\s/.test(between)) return null;
  const head = text.slice(from, colon);
  const stop = Math.max(head.lastIndexOf('. '), head.lastIndexOf('\n'));
  const clause = stop >= 0 ? head.slice(stop + 1) : head;
  const m = OWNED_FORECAST_RE().exec(clause);
  if (!m) return null;
  const start = colon - clause.length + m.index + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length, text: m[1] };
}

/** The people a named source is made of: "Researchers at the University of Cambridge", "Analysts at Jefferies". */
const GROUP_NOUN_RE = /\b(researchers|scientists|analysts|economists|authors|experts|pollsters|investigators|auditors|inspectors|strategists)\b/i;
/** "The researchers", "the study's authors": a definite group, before or as a vague cue (1 the noun). */
const DEFINITE_GROUP_RE = /^(?:the|its|their|the\s+study['\u2019]s|the\s+report['\u2019]s)\s+(researchers|scientists|analysts|economists|authors|experts|pollsters|investigators|auditors|inspectors|strategists)$/i;

/** A source that is a body of figures: "Police data", "the department's annual report", "the latest NHS statistics". */
const NAMED_DATA_RE = /\b(?:data|figures|statistics|numbers|report|survey|census|records)\b/i;
/** How far back (characters) the figures that "the data" point back at may be named. */
const DATA_REACH = 1500;
/** "the data", "these figures", "the latest statistics": figures named before, pointed back at. */
const DEFINITE_DATA_RE = /^(?:the|these|those|its|their)\s+(?:(?:latest|same|new|official|police|department['\u2019]s)\s+)?(?:data|figures|statistics|numbers)$/i;

/**
 * "Researchers at the University of Cambridge estimate ... The researchers found no effect among boys.": a definite
 * group after a named source of the same people refers back to it; it names them, no vague source. `list` is sorted by
 * start. (One pass, a set of the nouns named so far.)
 */
export function groupRefersBack(text: string, list: AttributionAnnotation[]): void {
  let named: Set<string> | null = null;
  // ("Police data show a smaller rise. ... robberies rose 40 percent, the data show.": so do the data after named ones,
  // not far back: where the last were named.)
  let dataAt = -DATA_REACH;
  for (let k = 0; k < list.length; k++) {
    const a = list[k];
    if (!a.vague) {
      const m = a.source && !a.anonymous && a.source.text.length > 12 ? GROUP_NOUN_RE.exec(a.source.text) : null;
      if (m) (named ??= new Set()).add(m[1].toLowerCase());
      if (a.source && !a.anonymous && NAMED_DATA_RE.test(a.source.text)) dataAt = a.start;
      continue;
    }
    if (a.start - dataAt < DATA_REACH && a.source && a.source.text.length < 32 && DEFINITE_DATA_RE.test(a.source.text)) {
      delete a.vague;
      continue;
    }
    if (named === null) continue;
    // The group: the source, or the cue's first word after "The" ("The [researchers found]").
    let from = a.source ? a.source.start : a.start;
    let to = a.source ? a.source.end : a.start + (/^[A-Za-z]+/.exec(a.text)?.[0].length ?? 0);
    if (!a.source || !/^(?:the|its|their)\s/i.test(a.source.text)) {
      const det = /(?:the|its|their|the\s+study['\u2019]s|the\s+report['\u2019]s)\s+$/i.exec(text.slice(Math.max(0, from - 16), from));
      if (!det) continue;
      from -= det[0].length;
    }
    const m = DEFINITE_GROUP_RE.exec(text.slice(from, to));
    if (!m || !named.has(m[1].toLowerCase())) continue;
    a.source = { start: from, end: to, text: text.slice(from, to) };
    // (The cue is then the verb after the group: "The researchers [found]".)
    if (a.start < to) {
      a.start = skipBlanks(text, to, a.end);
      a.text = text.slice(a.start, a.end);
    }
    delete a.vague;
  }
}

/**
 * "The ministry said the port was closed, but traders said ships were still unloading": what one source says ends
 * where a contrast or another clause brings in the next source. `list` is sorted by start.
 */
export function endBeforeContrast(text: string, list: AttributionAnnotation[]): void {
  for (let k = 0; k + 1 < list.length; k++) {
    const a = list[k];
    const c = a.content;
    // (A speaker's turn in a transcript is all theirs: "Jones: No, and I told him so." goes on past "I told".)
    if (!c || c.start < a.end || a.text === ':') continue;
    for (let j = k + 1; j < list.length && list[j].start < c.end; j++) {
      const src = list[j].source;
      if (!src || src.start <= c.start || src.start >= c.end) continue;
      // (Only in the cue's own sentence: a speaker's turn of several sentences goes on past one with "but nobody".)
      if (src.start - a.end > 400 || SENTENCE_BREAK_RE().test(text.slice(a.end, src.start))) break;
      const gap = CONTRAST_BEFORE_RE.exec(text.slice(Math.max(c.start, src.start - 24), src.start));
      // ("Meta said it would spend more, a spokesperson for the company said.": a source after a comma whose words are
      // all that comes before it, this report too, is the writer's credit for the whole: what Meta said ends there.)
      const credit = !gap && text.charCodeAt(src.start - 2) === 44 && list[j].content !== undefined && list[j].content!.start <= a.start && list[j].content!.end <= src.start;
      if (!gap && !credit) continue;
      const end = gap ? src.start - gap[0].length : src.start - 2;
      if (end > c.start) a.content = trimSpan(text, c.start, end);
      break;
    }
  }
}
/**
 * The writer's comment on what was reported, set off at the content's end: ", a claim we rated False.", ", a charge he
 * denies", ", an estimate disputed by economists". (A noun of saying and a verb of judging it, outside any quotation.)
 */
const COMMENT_APPOSITIVE_RE =
  /,\s+(?:a|an)\s+(?:[a-z-]+\s+)?(?:claim|assertion|allegation|accusation|charge|figure|number|estimate|statement|contention|prediction|forecast|promise|pledge|remark|characteri[sz]ation|account|argument|suggestion)\s+(?:that\s+|which\s+)?(?:(?:we|he|she|they|it|I|(?:the\s+)?\p{L}[\p{L}'\u2019.-]*(?:\s+\p{Lu}[\p{L}'\u2019.-]*){0,2})\s+)?(?:(?:has|have|had|has\s+not|have\s+not|could\s+not|cannot|can\s+not|did\s+not|was|is|were|are|been|not|since|previously|also|strongly|repeatedly|independently|widely)\s+){0,3}(?:rated|rates|rate|denied|denies|deny|disputed|disputes|dispute|rejected|rejects|reject|contested|contests|challenged|challenges|questioned|questions|dismissed|dismisses|debunked|refuted|refutes|verify|verified|confirm|confirmed|checked|found|labell?ed|repeated|repeats|echoed|made|makes)\b[^"\u201c\u201d]*$/u;

/** "He told a rally that imports had doubled, a claim we rated False.": the content stops before the writer's comment. */
export function endBeforeComment(text: string, list: AttributionAnnotation[]): void {
  for (let k = 0; k < list.length; k++) {
    const a = list[k];
    const c = a.content;
    if (!c || c.start < a.end || c.end - c.start < 20) continue;
    const from = Math.max(c.start, c.end - 160);
    const tail = text.slice(from, c.end);
    if (!tail.includes(', a')) continue;
    const m = COMMENT_APPOSITIVE_RE.exec(tail);
    if (!m) continue;
    // (Inside an open quotation the comment is the speaker's own.)
    let quotes = 0;
    for (let i = c.start; i < from + m.index; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 34 || ch === 0x201c || ch === 0x201d) quotes++;
    }
    if (quotes % 2 === 0) a.content = trimSpan(text, c.start, from + m.index);
  }
}
const SENTENCE_BREAK_RE = lazyRegExp(() => /[.!?]["'\u201d\u2019)]?\s+["'\u201c\u2018(]?\p{Lu}|\n\s*\n/u);
/** A comma or semicolon and a conjunction right before a source: ", but ", "; ", ", while ", ", and " ("Rights groups say A, and some diplomats say B"). */
const CONTRAST_BEFORE_RE = /(?:,\s*(?:but|and|while|whereas|although|though|yet)|;\s*(?:but\s+)?)\s+$/i;

/** How far apart (characters) a vague cue and the attribution that reports it may start. */
const REPORTED_REACH = 1000;

/**
 * Vague cues without a source inside what a source says are that source's words: "Witkoff is expected to join the
 * talks, a U.S. official says" is the official's expectation, not a vague one. `list` is sorted by start.
 */
export function dropReported(list: AttributionAnnotation[]): AttributionAnnotation[] {
  const starts = list.map((a) => a.start);
  let dropped: Set<AttributionAnnotation> | null = null;
  for (let k = 0; k < list.length; k++) {
    const a = list[k];
    // ("Observers noted ..., according to the mission": a vague subject inside what a source named after "according
    // to" says is that source's too; not one unnamed, "according to people familiar with the talks".)
    const named = !a.vague ? false : !a.source || a.source.start === a.start;
    if (!named) continue;
    for (let j = lowerBound(starts, a.start - REPORTED_REACH); j < list.length && list[j].start < a.start + REPORTED_REACH; j++) {
      const b = list[j];
      if (b !== a && b.source && !b.vague && b.content && b.content.start <= a.start && a.end <= b.content.end && (!a.source || (/^according to$/i.test(b.text) && !b.anonymous))) {
        (dropped ??= new Set()).add(a);
        break;
      }
    }
  }
  return dropped ? list.filter((a) => !dropped!.has(a)) : list;
}
