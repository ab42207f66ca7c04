// A fact check's own words that claim nothing: the claim examined under its label and the verdict under its own, the
// checker's search that found nothing, and how far a post travelled. Apart from notClaims.ts because they belong to one
// genre, and are asked only of sentences that would otherwise be claims.
import type { Segmentation } from './segment';
import { scoreText } from './claimFeatures';
import { holdsCode, lazyRegExp } from './chars';

/**
 * "We could not find any two-year period in which prices rose by 25%": the writer's own search that turned up nothing
 * claims nothing (what was searched for is the claim checked).
 */
export function searchedInVain(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  return (c === 87 || c === 73) && SEARCHED_IN_VAIN_RE.test(text.slice(start, Math.min(end, start + 60)));
}
const SEARCHED_IN_VAIN_RE = /^(?:We|I)\s+(?:also\s+)?(?:could\s*not|couldn['\u2019]t|did\s+not|didn['\u2019]t|were\s+unable\s+to|was\s+unable\s+to|failed\s+to|have\s+not\s+been\s+able\s+to|haven['\u2019]t\s+been\s+able\s+to)\s+(?:find|locate|identify)\b/;

/**
 * A fact check's claim under its label ("**Claim:** ...", "The claim:", a "What was claimed" line before it) is the claim
 * examined, reported and not asserted; its verdict ("Our ruling:", "**Verdict:**", "Conclusion:") is the checker's own
 * finding from the sources the article gives. The label opens paragraph `p` or is all of the paragraph before it.
 */
export function underCheckLabel(text: string, seg: Segmentation, p: number): boolean {
  const para = seg.paragraphs[p];
  if (mayOpenCheckLabel(text, para.start) && colonWithin(text, para.start, Math.min(para.end, para.start + 32)) && CHECK_LABEL_OPENS_RE.test(text.slice(para.start, Math.min(para.end, para.start + 32)))) return true;
  const before = p > 0 ? seg.paragraphs[p - 1] : undefined;
  if (!!before && before.end - before.start <= 36 && mayOpenCheckLabel(text, before.start) && CHECK_LABEL_ALONE_RE.test(text.slice(before.start, before.end))) return true;
  // A verdict runs on over the two paragraphs after its own, up to the next heading: "Our verdict: False.⏎⏎The law lowers
  // the limit to 5,000 euros.⏎⏎It applies to fewer than 2% of transactions."
  for (let k = p - 1; k >= 0 && k >= p - 3; k--) {
    const q = seg.paragraphs[k];
    const label = mayOpenCheckLabel(text, q.start);
    if (label && k < p - 1 && q.end - q.start <= 36 && VERDICT_ALONE_RE.test(text.slice(q.start, q.end))) return true;
    // (A label that opens a paragraph ends in a colon within its first 32 characters: the patterns run only where one is.)
    const colon = label && colonWithin(text, q.start, Math.min(q.end, q.start + 32));
    if (colon && VERDICT_OPENS_RE.test(text.slice(q.start, Math.min(q.end, q.start + 32)))) return true;
    // (A heading, or a label of another kind, ends the verdict: "THE FACTS", "Claim: ...".)
    if (!endsAsSentence(text, q.end) || (colon && CHECK_LABEL_OPENS_RE.test(text.slice(q.start, Math.min(q.end, q.start + 32))))) return false;
  }
  return false;
}

/** Whether a paragraph ending at `end` ends as a sentence does (a stop, maybe inside quotes or brackets). */
function endsAsSentence(text: string, end: number): boolean {
  let i = end - 1;
  while (i > 0 && (text.charCodeAt(i) === 34 || text.charCodeAt(i) === 0x201d || text.charCodeAt(i) === 41 || text.charCodeAt(i) === 32)) i--;
  const c = text.charCodeAt(i);
  return c === 46 || c === 33 || c === 63;
}

/** Whether a label of CHECK_LABEL_*_RE may start at `at`: a "#", "*" or "_" of its markup (an underscore reads 127
 * in lower case), or the first letter of one of its words. */
function mayOpenCheckLabel(text: string, at: number): boolean {
  const c = text.charCodeAt(at) | 32;
  return c === 99 || c === 116 || c === 111 || c === 119 || c === 118 || c === 114 || c === 42 || c === 35 || c === 127;
}

/** Whether text[from, to) holds a colon, as every match of CHECK_LABEL_OPENS_RE and VERDICT_OPENS_RE there does. */
function colonWithin(text: string, from: number, to: number): boolean {
  return holdsCode(text, from, to, 58);
}

/** A fact check's labels: the claim and the verdict. */
const CHECK_LABEL_WORDS = '(?:the\\s+|our\\s+)?(?:claims?|what\\s+was\\s+claimed|claim\\s+review|verdict|ruling|rating|conclusion)';
/** The label, with its colon, opening a paragraph: "**Claim:** ", "Our ruling: ", "**The claim**: ". */
const CHECK_LABEL_OPENS_RE = new RegExp(`^(?:#{1,6}\\s+)?[*_]{0,2}${CHECK_LABEL_WORDS}(?:[*_]{1,2}:|:)`, 'i');
/** The label as a paragraph of its own: "**What was claimed**", "Claim:", "## Our ruling". */
const CHECK_LABEL_ALONE_RE = new RegExp(`^(?:#{1,6}\\s+)?[*_]{0,2}${CHECK_LABEL_WORDS}:?[*_]{0,2}:?\\s*$`, 'i');
/** A verdict's label, which may head several paragraphs: "VERDICT", "**Our ruling:** False.", "Rating: Misleading". */
const VERDICT_WORDS = '(?:the\\s+|our\\s+)?(?:verdict|ruling|rating)';
const VERDICT_ALONE_RE = new RegExp(`^(?:#{1,6}\\s+)?[*_]{0,2}${VERDICT_WORDS}:?[*_]{0,2}:?\\s*$`, 'i');
const VERDICT_OPENS_RE = new RegExp(`^(?:#{1,6}\\s+)?[*_]{0,2}${VERDICT_WORDS}(?:[*_]{1,2}:|:)`, 'i');

/**
 * "The claim has been shared more than 20,000 times on Facebook", "The video had 1.2 million views": how far a post
 * travelled is the writer's own reading of a public counter (a fact check's staple). Whether the rest of the sentence,
 * less that count, still claims anything. (Only where a post or a platform is named: "3,000 shares" of a company are
 * stock.)
 */
export function onlySocialReach(own: string, bits: number): boolean {
  if (!SOCIAL_COUNT_WORDS_RE.test(own) || !SOCIAL_MEDIUM_RE.test(own)) return false;
  const m = SOCIAL_REACH_RE().exec(own);
  if (!m) return false;
  return !scoreText(own.slice(0, m.index) + own.slice(m.index + m[0].length), bits).reasons.length;
}

/** A count of a post's reach, with its "more than" or "about": "viewed more than 150,000 times", "two million views". */
const SOCIAL_REACH_RE = lazyRegExp(() => {
  const about = '(?:(?:more|fewer|less)\\s+than|over|nearly|almost|about|around|roughly|some|close\\s+to|at\\s+least|upwards\\s+of|just\\s+(?:over|under))\\s+';
  const count = '(?:\\d[\\d,.]*(?:\\s*(?:k|K|m|M|thousand|million|billion)\\b)?|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|a\\s+few|hundreds\\s+of|tens\\s+of)\\s+(?:hundred|thousand|million)s?|hundreds|thousands|millions|tens\\s+of\\s+thousands)';
  return new RegExp(`\\b(?:(?:shared|viewed|watched|reposted|retweeted|forwarded|played|liked|seen)\\s+(?:${about})?${count}(?:\\s+of)?\\s+times|(?:${about})?${count}(?:\\s+of)?\\s+(?:views|shares|likes|reposts|retweets|reactions|interactions|engagements|comments|followers|subscribers|plays))\\b`, 'i');
});
/** The words a count of reach holds, one search rather than five `includes`. */
const SOCIAL_COUNT_WORDS_RE = / times|views|shares|likes|followers/;
/** A post or a platform, which a count of shares or views is of. */
const SOCIAL_MEDIUM_RE = /\b(?:posts?|videos?|tweets?|clips?|claims?|images?|photos?|pictures?|reels?|memes?|graphics?|footage|accounts?|Facebook|Instagram|TikTok|YouTube|Telegram|WhatsApp|Threads|Bluesky|X)\b/;
