// The weasel cue of a sentence that no attribution carries ("many believe", "probably", "data showed"), and the
// patterns that tell a cue a named source, a poll's maker or a question put to someone already accounts for. Apart
// from claims.ts because it is one question with its own patterns, asked only of a sentence that may hold a weasel word.
import type { AttributionAnnotation } from './types';
import { citesAuthorYear, KNOWN_TO_RE, WEASEL_CUE } from './cues';
import { lazyRegExp, testLong } from './chars';

/** An upper-case letter. */
/** Keepers of records before "data": "customs ", "census ", "tanker-tracking ". */
const KEPT_DATA_RE = /\b(?:customs|census|trade|treasury|tax|payroll|shipping|tanker-tracking|ship-tracking|flight-tracking|tracking|satellite|polling|election|government|official|ministry|central\s+bank|industry|company|exchange)\s+$/i;
const UPPER_RE = /\p{Lu}/u;
/** A definite article or possessive right before "data" in a source ("the data", "its data"). */
const THE_DATA_BEFORE_RE = /^(?:the|these|those|its|their)\s+$/i;

/** A poll that points back: "the poll", "this survey", "the latest poll". */
const THE_POLL_RE = /^(?:the|this|that)\s+(?:latest\s+|new\s+)?(?:poll|survey|opinion\s+poll)$/i;
/** A poll named by its maker: "a YouGov poll", "the Ipsos survey", "a survey by Invamer", "a poll for The Times". */
const NAMED_POLL_RE = lazyRegExp(() => /\b\p{Lu}[\p{L}&'\u2019-]+(?:\s+\p{Lu}[\p{L}&'\u2019-]+)?\s+(?:opinion\s+)?(?:poll|survey)\b|\b(?:poll|survey)\s+(?:by|for|from|conducted\s+by)\s+(?:the\s+)?\p{Lu}/u);

/**
 * The sentence's weasel cue that no attribution carries (its offset and text), or null.
 * `whole` is the sentence from `start` with quotations and dates masked; `here` its attributions.
 */
export function weaselCue(text: string, start: number, whole: string, here: AttributionAnnotation[]): { start: number; text: string } | null {
  // ("are known to attack": read apart, and only where the words stand.)
  const w = WEASEL_CUE.exec(whole) ?? (whole.includes(' known to ') ? KNOWN_TO_RE.exec(whole) : null);
  if (w === null) return null;
  const at = start + w.index + w[0].length - w[0].trimStart().length;
  // ("Eurostat data showed": data that a source names, after its name, is that source's, not vague.)
  // (So is data a body keeps: "customs data showed", "census data shows"; and the data that point back at data named
  // before, a source no longer vague: "Police data show ... , the data show".)
  if (/^\s*data\b/i.test(w[0])) {
    for (let j = 0; j < here.length; j++) {
      const a = here[j];
      if (!a.vague && a.source && at > a.source.start && at < a.source.end && (UPPER_RE.test(text.slice(a.source.start, at)) || KEPT_DATA_RE.test(text.slice(Math.max(a.source.start, at - 24), at)) || THE_DATA_BEFORE_RE.test(text.slice(a.source.start, at)))) return null;
    }
  }
  // (So is a poll, survey, study or analysis named after its maker: "the Ipsos poll showed", "A Gallup survey shows"; a
  // capital after the source's first letter names it, as "a new poll showed" does not.)
  if (/^\s*(?:polls?|surveys?|stud(?:y|ies)|research|analysis)\b/i.test(w[0])) {
    for (let j = 0; j < here.length; j++) {
      const a = here[j];
      if (!a.vague && a.source && at > a.source.start + 1 && at < a.source.end && UPPER_RE.test(text.slice(a.source.start + 1, at))) return null;
      // ("Farage said the poll showed ..." after "a new YouGov poll for The Times": the definite poll is the one named
      // before it.)
      if (!a.vague && a.source && at >= a.source.start && at < a.source.end && THE_POLL_RE.test(a.source.text) && testLong(NAMED_POLL_RE(), text.slice(Math.max(0, start - 3000), start))) return null;
    }
  }
  // ("The ministry said some flights were cancelled": inside what a named source says, "some" is theirs.)
  // (So are its hedges and quantities: "told reporters a meeting could take place, possibly before December", "said
  // Indonesia held some of the largest reserves", "said it may have breached US sanctions".)
  if (REPORTED_HEDGE_RE.test(w[0])) {
    for (let j = 0; j < here.length; j++) {
      const a = here[j];
      if (!a.vague && !a.anonymous && a.source && a.content && at >= a.content.start && at < a.content.end && (testLong(SAID_CUE_RE, a.text) || (FOUND_CUE_RE.test(a.text) && UPPER_RE.test(text.slice(a.source.start + 1, a.source.end))))) return null;
    }
  }
  // ("The move drew sharp criticism from Amnesty International", "faced criticism from the European Commission": a critic
  // named after the words names who criticised.)
  if (w[0].endsWith('m') && / (?:criticism|condemnation)$/i.test(w[0]) && testLong(FROM_NAMED_AFTER_RE(), whole.slice(w.index + w[0].length, w.index + w[0].length + 40))) return null;
  // ("Some scholars dispute this (e.g., Marsh 2001)": an author-year citation names them.)
  if (citesAuthorYear(text.slice(start, start + whole.length))) return null;
  // ("Asked whether Macron might visit Moscow, Peskov said": a modal in a question put to someone is the question's,
  // no hedge of the writer's.)
  if (w.index > 8 && HEDGE_MODAL_RE.test(w[0])) {
    const lead = whole.slice(Math.max(0, w.index - 80), w.index);
    if ((lead.includes('whether') || lead.includes(' if ')) && ASKED_WHETHER_BEFORE_RE.test(lead)) return null;
  }
  const quantity = /^\W*(?:some|many|several)\s*$/i.test(w[0]);
  // ("Several states, including the United States and China, ...": the quantity names its members.)
  if (quantity && /^\s*[^,.;]{0,30},\s+(?:including|such\s+as|among\s+them)\s+(?:the\s+)?\p{Lu}/u.test(whole.slice(w.index + w[0].length, w.index + w[0].length + 60))) return null;
  // ("Some background: ..."): a quantity word that opens a label quantifies nothing; nor does one in a speaker label
  // of a parliamentary record ("Several Hon. Members: Hear, hear!"), which names who spoke.
  if (quantity && LABEL_AFTER_RE().test(whole.slice(w.index + w[0].length, w.index + w[0].length + 40))) return null;
  for (let j = 0; j < here.length; j++) {
    const a = here[j];
    if (a.text === ':' && a.source && at >= a.source.start && at < a.source.end) return null;
  }
  const cueText = w[0].trim().replace(/^(?:[,;:]|but|and|while|although|though|whereas|since|because|that|where|as)\s+/i, '');
  return { start: at + w[0].trim().length - cueText.length, text: cueText };
}

/** A named critic after "drew criticism": " from Amnesty", " from the European Commission". */
const FROM_NAMED_AFTER_RE = lazyRegExp(() => /^\s+from\s+(?:the\s+)?\p{Lu}/u);

/** After a quantity word, a label's noun and colon: "Some background:", "Some context:". */
const LABEL_AFTER_RE = lazyRegExp(() => /^\s+\p{L}+:/u);
/** Weasel words that, inside what a named source says, are that source's: quantities and adverbs of likelihood. */
const REPORTED_HEDGE_RE = /^\W*(?:(?:some|many|several)(?:\s+of\s+(?:the|these|those|its|his|her|their))?|possibly|(?:may|might|could)\s+have|might)\s*$/i;
/** A hedge of likelihood: a modal or an adverb ("might", "could have", "possibly"). */
const HEDGE_MODAL_RE = /^\W*(?:might|may|could|probably|possibly|perhaps)\b/i;
/** A question put or wondered, up to a hedge inside it: "Asked whether Macron ", "was asked if the talks ". */
const ASKED_WHETHER_BEFORE_RE = /\b(?:asked|asking|ask|asks|wondered|wondering|questioned)\b[^.;:!?]{0,40}?\b(?:whether|if)\b[^,;.!?]*$/i;
/** Cues of plain reporting: what a source says, announces or tells. */
const SAID_CUE_RE = /^(?:said|says|say|told|tells|announced|announces|stated|states|added|adds|reported|reports|wrote|writes|conceded?|concedes|acknowledged?|acknowledges|admitted|admits|warned|warns|noted|notes|confirmed|confirms|estimated|estimates|argued|argues|insisted|insists|explained|explains|disclosed|revealed|claimed|claims)\b/i;
/** Cues of what a study or a body found, which carry a hedge only from a named source ("a study by the University of
 * Leeds found that some cancers ...", "according to the Resolution Foundation"; not "a new study found"). */
const FOUND_CUE_RE = /^(?:found|finds|showed|shows|concluded|concludes|documented|documents|according\s+to)\b/i;
