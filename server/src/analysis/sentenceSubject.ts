// The subject that opens a sentence (sentenceSubject) and whether a sentence's head is in title case, as a headline
// is. Both read only the sentence's own words, with no cue in view, so they stand apart from the reading of a cue's
// source and content in cueSource.ts.
import type { Sentence, TextSpan } from './types';
import { execLong, isAsciiLetterCode, isAsciiLowerCode, isAsciiUpperCode, isSpaceCode, lazyRegExp, skipBlanks, testLong } from './chars';
// Unicode-class regexes used inside functions, made once here.
const ARTICLE_BEFORE_NAME_RE = lazyRegExp(() => /^(?:The|A|An)\s+(?=\p{Lu})/u);
const STARTS_LETTER_RE = /^\p{L}/u;
export const STARTS_UPPER_RE = /^\p{Lu}/u;

/** The capitalised name that opens a clause. */
// ("S&P Global Ratings", "AT&T": an ampersand inside a word of the name.)
const SUBJECT_NAME_RE = lazyRegExp(() => /^["\u201c]?((?:\p{Lu}[\p{L}.&'\u2019-]{0,40}\s+(?:(?:of|in(?!\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)|for|and)\s+(?=\p{Lu}))?){0,7}\p{Lu}[\p{L}&'\u2019-]{0,40})/u);
/** Words that open a count: "More than", "Nearly", "At least". */
const COUNT_WORDS = new Set(['More', 'Fewer', 'Less', 'Nearly', 'Almost', 'About', 'Around', 'Over', 'Some', 'At', 'Up']);
/** A count of people or things up to its verb: "More than 60,000 U.S. plaintiffs" before "have sued". */
const COUNTED_SUBJECT_RE = lazyRegExp(() => /^((?:More|Fewer|Less|Nearly|Almost|About|Around|Over|Some|At\s+least|Up\s+to)\s+(?:than\s+)?\d[\d,.]*\s+(?:[\p{L}.'\u2019-]+\s+){0,3}?[\p{Ll}]+s)\s+(?:have|has|had|were|are|was|is|will|would|[a-z]+ed)\b/u);
/** One to three lower-case words right before a comma: the noun a possessive owns ("own secretariat", "research unit"). */
const OWNED_NOUN_BEFORE_COMMA_RE = /^(?:\s+[a-z][a-z-]*){1,3}(?=,)/;
/** Words that open a sentence without being its subject's first word ("In", "When", "This"); "The" is handled apart. */
/** A body in lower case after its article, then its verb in the past: "the government gave", "the ministry has said". */
const LOWER_BODY_SUBJECT_RE = /^(the\s+(?:[a-z-]+\s+){0,2}(?:government|ministry|army|military|police|party|company|agency|court|council|committee|commission|administration|authorities|regime|embassy|office|bank|union|group|board|opposition|cabinet|parliament))\s+(?:(?:has|had|have|also|then|later|quickly)\s+)?[a-z]+(?:ed|ave|ook|ame|ent|old|aid|ote|ew)\b/;
const NOT_SUBJECT_START_RE = /^(?:The|A|An|In|On|At|But|And|As|After|When|While|If|This|That|It|There|Though|Although|Because|Since|Unless|Until|Whether|Once|Be|Get|Let|So|Yet|Or|For|With|Without|To|From|By|Of|Despite)$/;
/** A short noun phrase opening a clause, up to its first verb in the past tense or an auxiliary ("The ministry rejected"),
 * maybe with a name after "of", "for", "at", "from" or "in" ("A reporter for USA Today spotted", "A federal judge in
 * Boston blocked"; not a month: "The EU in March approved"). (A common irregular past
 * ends the phrase too: "The bank kept rates unchanged" has "The bank" as its subject, not "unchanged" as its verb; "The
 * judges upheld the warrants" has "The judges".) */
const SUBJECT_BEFORE_VERB_RE =
  lazyRegExp(() => /^((?:The|A|An|(?!(?:He|She|It|That|There|What|Who|Here|Let)['\u2019]s\b)(?:\p{Lu}[\p{L}.&-]{0,40}\s+){0,2}\p{Lu}[\p{L}.&-]{0,40}(?:['\u2019]s)?)(?:\s+(?!(?:and|or|but|that|who|which|whose|to|in|on|at|of|for|by|with|also|still|then|now|already|again|never|not|later|earlier|previously|recently|repeatedly|reportedly|separately|immediately|has|have|had|is|are|was|were|will|would|said|says|say|told|tell|tells|kept|held|made|took|gave|sent|won|lost|met|began|struck|brought|sold|paid|spent|went|upheld|withheld|fought|threw|bought|caught|led|wrote|spoke|stood|swore|overrode|[a-z]+ed)\b)(?!(?!(?:family|assembly|ally|rally|supply|daily|monopoly)\b)[a-z]+ly\b)[\p{L}'\u2019.-]+){1,4}?(?:\s+(?:of|for|at|from|in(?!\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b))\s+(?:the\s+)?\p{Lu}[\p{L}.'\u2019-]{0,40}(?:\s+\p{Lu}[\p{L}.'\u2019-]{0,40}){0,4})?)(?:\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?\s+(?:[a-z]+ed|kept|held|made|took|gave|sent|won|lost|met|began|struck|brought|sold|paid|spent|went|upheld|withheld|fought|threw|bought|caught|led|wrote|spoke|stood|swore|overrode|has|have|had|is|are|was|were|will|would|said|told|says|does|did|cannot|can|could|may|might|must|should)\b/u);

/** A capitalised word, a lower-case title of up to four words ending in a post, a name of two to four capitalised words,
 * then a verb: "Former deputy prime minister Angela Rayner resigned". */
const TITLED_NAME_SUBJECT_RE = lazyRegExp(() => /^(\p{Lu}[\p{L}'\u2019.-]{0,40}(?:\s+[a-z][a-z-]*){0,3}\s+(?:minister|secretary|president|leader|chancellor|governor|mayor|chief|commander|spokes(?:man|woman|person)|envoy|ambassador|director|chair(?:man|woman)?|head|adviser|advisor|senator|lawmaker|premier)(?:\s+\p{Lu}[\p{L}'\u2019.-]{0,40}){2,4})\s+(?:[a-z]+ed|kept|held|made|took|gave|sent|won|lost|met|began|quit|has|have|had|is|was|will|would|said|told|says)\b/u);

/** "The ministry, which is part of ..., does": an article's short noun phrase (1), its relative clause between commas, a verb. */
const SUBJECT_RELATIVE_BEFORE_VERB_RE = lazyRegExp(() => /^((?:The|A|An)\s+(?:[\p{L}'\u2019-]+\s+){0,3}?[\p{L}'\u2019-]+),\s+(?:which|who)\s[^,;:.]{1,100},\s+(?:[a-z]+ed|has|have|had|is|are|was|were|will|would|said|says|does|did|can|could|may|might|must|should)\b/u);

/** A role of up to seven words and the name set off after it, before the verb: "Iran's ambassador to the IAEA, Reza Najafi, rejected". */
const ROLE_THEN_NAME_SUBJECT_RE =
  lazyRegExp(() => /^((?:The|A|An|\p{Lu}[\p{L}.-]{0,40}['\u2019]s)(?:\s+[\p{L}.-]{1,40}){1,7},\s+)(\p{Lu}[\p{L}'\u2019.-]{0,40}(?:\s+\p{Lu}[\p{L}'\u2019.-]{0,40}){1,3}),\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|has|have|had|is|was|will|would|said|told|says)\b/u);

/**
 * A cheap look before ROLE_THEN_NAME_SUBJECT_RE, which backtracks: the first comma after `from` has a capital after
 * its blanks and another comma after it.
 */
function roleCommaThenName(head: string, from: number): boolean {
  const c1 = head.indexOf(',', from);
  if (c1 < 0) return false;
  const k = skipBlanks(head, c1 + 1);
  return k > c1 + 1 && STARTS_UPPER_RE.test(head.slice(k, k + 2)) && head.indexOf(',', k) > 0;
}

/** One or two lower-case words, the last (1) a noun of what a name is, then the name up to a comma: " newspaper Kommersant". */
const DESCRIBED_NAME_RE = lazyRegExp(() => /^\s+(?:[a-z][a-z-]*\s+)?([a-z][a-z-]*)\s+\p{Lu}[\p{L}.&'\u2019-]{0,40}(?:\s+\p{Lu}[\p{L}.&'\u2019-]{0,40}){0,3}(?=\s*,)/u);
/** A plural noun of people right after names: " officials", " security forces". */
const PEOPLE_AFTER_NAMES_RE = /^\s+(?:(?:security|military|government|defen[cs]e|foreign|trade|senior)\s+)?(?:officials|leaders|diplomats|negotiators|ministers|lawmakers|legislators|delegates|delegations|envoys|commanders|troops|forces|authorities|executives|investigators|prosecutors|experts|researchers|scientists|analysts|economists)\b/;
/** Nouns of what a named body is, between its description and its name: "gas giant", "business daily", "news agency". */
const DESCRIBED_HEADS = new Set('newspaper|paper|daily|weekly|tabloid|magazine|outlet|agency|broadcaster|channel|website|portal|giant|major|company|firm|group|producer|lender|bank|operator|carrier|airline|maker|exporter|miner|insurer|conglomerate|corporation|monopoly|regulator|watchdog'.split('|'));

/** The name or short noun phrase that opens the sentence past an opening phrase ("On Thursday, however, Jane Doe"). */
export function sentenceSubject(text: string, s: Sentence): TextSpan | undefined {
  const head = text.slice(s.start, Math.min(s.end, s.start + 140));
  // Openers before the subject: a prepositional phrase or adverb, or a participle clause ("Chastened by the
  // complaints, Trump revised his plan").
  const intro = /^(?:(?:On|In|At|After|Before|During|Since|Last|This|Earlier|Later|Meanwhile|However|Still|Yet|But|And|Then|Now)\b[^,.;]{0,50},\s*|[A-Z][a-z]+(?:ed|ing)\b[^,.;]{0,80},\s*)*(?:however,\s*)?/.exec(head)?.[0].length ?? 0;
  // (A name of up to eight capitalised words, "of", "in", "for" and "and" between them: "The UN Human Rights Monitoring
  // Mission in Ukraine"; not "in" before a month: "The EU in March approved" is the EU.)
  const subj = SUBJECT_NAME_RE().exec(head.slice(intro));
  if (!subj) {
    // ("In Havana, the government gave a guarded response, warning": after an opening phrase, a body in lower case and
    // its article before the verb.)
    const body = intro > 0 ? LOWER_BODY_SUBJECT_RE.exec(head.slice(intro)) : null;
    return body ? { start: s.start + intro, end: s.start + intro + body[1].length, text: body[1] } : undefined;
  }
  // "Though she called ...": after a conjunction the subject is the pronoun that follows it.
  const lead = /^(?:Though|Although|Because|Since|While|When|As|If|Once|Unless|Until|Whether)\s+(he|she|they|we|I)\b/.exec(head.slice(intro));
  if (lead) {
    const st0 = s.start + intro + lead[0].length - lead[1].length;
    return { start: st0, end: st0 + lead[1].length, text: lead[1] };
  }
  const firstWord = subj[1].split(/\s+/)[0];
  // "More than 60,000 U.S. plaintiffs have sued Bayer, alleging ...": a count of people is the subject, not its first word.
  if (COUNT_WORDS.has(firstWord)) {
    const count = COUNTED_SUBJECT_RE().exec(head.slice(intro));
    if (count) return { start: s.start + intro, end: s.start + intro + count[1].length, text: count[1] };
  }
  const article = firstWord === 'The' || firstWord === 'A' || firstWord === 'An';
  // "Iran's ambassador to the IAEA, Reza Najafi, rejected ...": the name set off after the role is the subject.
  if ((article || testLong(/['\u2019]s$/, firstWord)) && roleCommaThenName(head, intro)) {
    const named = ROLE_THEN_NAME_SUBJECT_RE().exec(head.slice(intro));
    if (named) {
      const st0 = s.start + intro + named[1].length;
      return { start: st0, end: st0 + named[2].length, text: named[2] };
    }
  }
  // "Former deputy prime minister Angela Rayner resigned ... after admitting": a lower-case title of up to four words
  // and the name after it, before the verb, are the subject.
  if (!article && /^\s+[a-z]/.test(head.slice(intro + subj[0].length))) {
    const titled = TITLED_NAME_SUBJECT_RE().exec(head.slice(intro));
    if (titled) return { start: s.start + intro, end: s.start + intro + titled[1].length, text: titled[1] };
  }
  // "The ministry rejected ...", "Israel's foreign ministry rejected ...": a noun phrase before the first verb.
  // ("ELN commander Antonio Garcia said ... but demanded": a name may open it too.)
  if ((article || !NOT_SUBJECT_START_RE.test(firstWord)) && (article || testLong(/['\u2019]s$/, subj[1]) || /^\s+[a-z]/.test(head.slice(intro + subj[0].length)))) {
    const np = SUBJECT_BEFORE_VERB_RE().exec(head.slice(intro));
    if (np && np[1].length > subj[1].length) {
      const st0 = s.start + intro;
      return { start: st0, end: st0 + np[1].length, text: np[1] };
    }
  }
  // "The ministry, which is part of the Hamas-run government, does not distinguish ... but says": a noun phrase and the
  // relative clause set off after it, before the first verb.
  if (article && (head.includes(', which ') || head.includes(', who '))) {
    const np = SUBJECT_RELATIVE_BEFORE_VERB_RE().exec(head.slice(intro));
    if (np) return { start: s.start + intro, end: s.start + intro + np[1].length, text: np[1] };
  }
  // "OPEC's own secretariat, in a report published the same day, kept": a name's possessive and the noun it owns, up to
  // the comma of an aside, are the subject.
  if (/['\u2019]s$/.test(subj[1])) {
    const owned = OWNED_NOUN_BEFORE_COMMA_RE.exec(head.slice(intro + subj[0].length));
    if (owned) {
      const st0 = s.start + intro + subj[0].length - subj[1].length;
      return { start: st0, end: st0 + subj[1].length + owned[0].length, text: text.slice(st0, st0 + subj[1].length + owned[0].length) };
    }
  }
  // "Russian newspaper Kommersant, citing ...", "Business daily Kommersant, citing ...": a name after a lower-case noun of
  // what it is, up to the comma of an aside, belongs to the subject.
  const rest = head.slice(intro + subj[0].length);
  if (rest.charCodeAt(0) === 32 && isAsciiLowerCode(rest.charCodeAt(1))) {
    // ("Senior Iraqi and American officials on Thursday held talks, emphasizing ...": names joined by "and", then the
    // people they qualify, are the subject with those people.)
    const people = subj[1].includes(' and ') ? PEOPLE_AFTER_NAMES_RE.exec(rest) : null;
    if (people) {
      const st0 = s.start + intro + subj[0].length - subj[1].length;
      const end = s.start + intro + subj[0].length + people[0].length;
      return { start: st0, end, text: text.slice(st0, end) };
    }
    const described = DESCRIBED_NAME_RE().exec(rest);
    if (described && DESCRIBED_HEADS.has(described[1])) {
      const st0 = s.start + intro + subj[0].length - subj[1].length;
      const end = s.start + intro + subj[0].length + described[0].length;
      return { start: st0, end, text: text.slice(st0, end) };
    }
  }
  // "The New York Times", "The IMF": a determiner before a name is part of the subject.
  const the = execLong(ARTICLE_BEFORE_NAME_RE(), subj[1]);
  if (the && subj[1].length > the[0].length) {
    const st0 = s.start + intro + subj[0].length - subj[1].length;
    return { start: st0, end: st0 + subj[1].length, text: subj[1] };
  }
  if (NOT_SUBJECT_START_RE.test(firstWord)) return undefined;
  const st0 = s.start + intro + subj[0].length - subj[1].length;
  return { start: st0, end: st0 + subj[1].length, text: subj[1] };
}


/** Most words of the sentence's head are capitalised, as in a headline. */
export function isTitleCase(body: string): boolean {
  // The blank-separated words of the first 200 characters, scanned by code unit (this runs for every
  // capitalised cue word): ASCII initials are judged directly, others by the Unicode-class regexes.
  const n = Math.min(body.length, 200);
  let words = 0;
  let upper = 0;
  for (let i = 0; i < n; ) {
    i = skipBlanks(body, i, n);
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
