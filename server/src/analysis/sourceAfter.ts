// The source read forward from a cue's verb (sourceAfter): the noun phrase after an inverted verb ("said Jane Doe,
// a spokeswoman"), up to where the name or its description ends.
import type { TextSpan } from './types';
import { FINDING_VERBS } from './cues';
import { codeAt, execLong, isAsciiUpperCode, lazyRegExp, skipBlanks, testLong } from './chars';
import { type Word, wordsIn } from './sourceWords';
import { BRIEFED } from './sourceBefore';
// Words that end a source read forward ("said Jane Doe, who ..."), unless a capital follows "in", "at" or "and".
/** What "by this" names when it is no time: " agency", " newspaper", " reporter". */
const THIS_OUTLET_RE = /^\s+(?:agency|newspaper|paper|publication|website|reporter|correspondent|outlet|magazine|broadcaster|news\s+agency|programme|program)\b/;
const AFTER_STOP = new Set('that who which when while after before during on last this in at because as and but is are was were has have had will would could should may might must'.split(' '));

/** A month or a weekday after "in", "at" or "and": when, not a name's next word. */
const WHEN_NAME_AFTER_RE = /^\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b/;

/** Nouns of what is posted or aired on a platform: "a post on X", "a video on Telegram", "an interview on CNN". */
const POSTED_NOUNS = new Set(['post', 'posts', 'message', 'messages', 'video', 'videos', 'tweet', 'tweets', 'interview', 'broadcast', 'livestream', 'thread']);

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

/** Forms of verbs of finding that are also nouns of counting or saying: "estimates", "documents", "a document". */
const COUNT_NOUN_FORMS = new Set(['estimates', 'documents', 'estimate', 'document']);
/** Determiners after which "document" and "estimate" are nouns. */
const ARTICLE_BEFORE_NOUN = new Set(['a', 'an', 'the', 'this', 'that', 'its', 'their', 'his', 'her', 'one', 'another']);
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
    // ("according to a post on X", "a video on Telegram": where a post went up, a platform's name, is part of it.)
    if (lw === 'on' && out.length && POSTED_NOUNS.has(out[out.length - 1].text.toLowerCase()) && isAsciiUpperCode(codeAt(text, w.end + 1)) && !WHEN_NAME_AFTER_RE.test(text.slice(w.end, w.end + 12))) {
      out.push(w);
      continue;
    }
    // ("announced by Prime Minister Donald Tusk in March": when is no part of who.)
    // ("a draft seen by this agency": after "by", "this" points at the outlet, no time.)
    // ("according to the WHO": the World Health Organization in capitals, no relative pronoun.)
    if (out.length && AFTER_STOP.has(lw) && w.text !== 'WHO' && !(lw === 'this' && out[out.length - 1].text.toLowerCase() === 'by' && THIS_OUTLET_RE.test(text.slice(w.end, w.end + 16))) && !((lw === 'in' || lw === 'at' || lw === 'and') && isAsciiUpperCode(codeAt(text, w.end + 1)) && !WHEN_NAME_AFTER_RE.test(text.slice(w.end, w.end + 12)))) break;
    // ("Figures cited by the minister show that": the clause's own verb of finding ends the agent.)
    // ("according to army estimates", "UN estimates published on Friday": a noun of counting or saying after its owner,
    // with no object after it, is the source's head, not a verb.)
    // ("according to a document seen by Reuters", "an estimate by the ministry": after an article, the noun.)
    if (out.length && w.text === lw && FINDING_VERBS.includes(lw) && !(COUNT_NOUN_FORMS.has(lw) && !WHO_BEFORE.has(out[out.length - 1].text.toLowerCase()) && NOUN_END_AFTER_RE.test(text.slice(w.end, Math.min(limit, w.end + 16)))) && !((lw === 'document' || lw === 'estimate') && ARTICLE_BEFORE_NOUN.has(out[out.length - 1].text.toLowerCase()))) break;
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
  // ("according to the U.S.": the full stop of its initials; "a post on X." keeps its sentence's full stop out.)
  if (text[end] === '.' && /^(?:[A-Za-z]\.){2,}$/.test(text.slice(out[out.length - 1].start, end + 1))) end++;
  return { start, end, text: text.slice(start, end) };
}
