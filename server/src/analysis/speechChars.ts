// Exact code-unit answers to the small anchored regexes that the cue source finder (cueSource.ts) asks of the
// few characters around every cue word ("does the window end in a comma?", "which word stands before the
// blanks?"). Each cue asked a dozen of them; on a cold process each was a regex call and often a string. The
// regex each one replaces is named in its comment; the output of the whole pipeline is checked byte for byte
// against the regex version.
import { backOverBlanks, codeAt, isAsciiUpperCode, isSpaceCode, isWordCode, lazyRegExp, skipBlanks } from './chars';
import { SAFE_MONTH_RE, WEEKDAY_CAPS_RE, WEEKDAY_NAMES } from './dates/lexicon';

const UPPER_WORD_RE = lazyRegExp(() => /(?:^|\s)\p{Lu}/u);
/** A day named right after a verb of saying: "said Friday", "said Thursday night", "said today". */
const DAY_AFTER = `(?:${WEEKDAY_CAPS_RE}|today|yesterday|tonight)(?:\\s+(?:morning|afternoon|evening|night))?`;
// ("said earlier this month." closes its sentence; "adding later, ..." goes on to what was added.)
// (Also a day by its month, as wire style writes it: "said Nov. 14."; and when, by what it followed: "the group said
// after an online meeting.")
// ("..., he told aides that night.": a time, no complementiser.)
const TAIL_RE = new RegExp(`^\\s*(?:(?:(?:on|last|this|late|early|in|at|alongside|beside|after|before|following|during|ahead\\s+of|(?:shared|posted|published|uploaded)\\s+(?:on|in|to))\\s+[\\w .,-]*?|that\\s+(?:night|day|morning|afternoon|evening|week|weekend|month|year|summer|winter|spring|autumn|fall)|${DAY_AFTER}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2})?\\s*(?:[.,;!?]|$)|(?:earlier|later|recently|previously)(?:\\s+[\\w .-]*?)?\\s*(?:[.;!?]|$))`);
// A bare day is skipped only before "that" or a comma: in "said Sunday was a day of rest" it is the subject.
// "told Reuters in October that": a month or a year after "in" too; "said earlier this month that".
/** Where words are put out: "on state television", "on social media", "in an interview". */
const MEDIA_WORDS = '(?:television|tv|radio|media|website|platform|channel|podcast|interview|briefing|statement|speech|conference|rally|event|meeting|summit|session|hearing|debate|post|posts|video|broadcast)';
const THAT_RE = new RegExp(`^\\s*(?:(?:earlier|later)\\s+(?:(?:this|last|on|in)\\s+)?\\w+\\s+(?=that\\b)|at\\s+(?:an?|the)\\s+(?:\\w+\\s+){0,2}?\\w+\\s+(?=that\\b)|on\\s+[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\s*|(?:on|last|this|late|early)\\s+(?:${WEEKDAY_NAMES.join('|')}|week|weekend|month|year|night|morning|afternoon|evening|today|\\d{1,2}(?:st|nd|rd|th)?)\\b\\s*|in\\s+(?:${SAFE_MONTH_RE}|\\d{4})\\s+(?=that\\b)|${DAY_AFTER}(?=\\s*(?:,|that\\b))\\s*)?(?:,\\s*)?(?:that\\b)?`, 'i');

/** The last non-blank code unit of s, or -1: for `/[...]\s*$/` tests. */
export function lastNonBlank(s: string): number {
  const j = backOverBlanks(s, s.length) - 1;
  return j < 0 ? -1 : s.charCodeAt(j);
}

/**
 * The `\w` word that ends right before the blanks closing s (at least one blank), lower-cased, or '' when s
 * does not end in blanks after a word: for `/\b(?:the|a|...)\s+$/i`.
 */
export function wordBeforeBlanks(s: string): string {
  const j = backOverBlanks(s, s.length);
  if (j === s.length) return '';
  let a = j;
  while (a > 0 && isWordCode(s.charCodeAt(a - 1))) a--;
  // ("Erdoğan said": the ASCII tail "an" of a word with a letter beyond ASCII is no article.)
  if (a > 0 && s.charCodeAt(a - 1) > 127 && /\p{L}/u.test(s[a - 1])) return '';
  // \w is ASCII here, so toLowerCase folds exactly as the regex does.
  return s.slice(a, j).toLowerCase();
}

/** `/^\s+by\s/.exec(s)?.[0].length ?? 0`. */
export function byAgentLength(s: string): number {
  const i = skipBlanks(s, 0);
  if (i === 0 || i + 2 >= s.length || s.charCodeAt(i) !== 98 || s.charCodeAt(i + 1) !== 121 || !isSpaceCode(s.charCodeAt(i + 2))) return 0;
  return i + 3;
}

/** `/^\s*(?:[.;]|$)/.test(s)`: only blanks, or blanks then a full stop or semicolon. */
export function isClauseEnd(s: string): boolean {
  const i = skipBlanks(s, 0);
  if (i === s.length) return true;
  const c = s.charCodeAt(i);
  return c === 46 || c === 59;
}

/** `/(?:^|\s)\p{Lu}/u.test(s)`: a word starts with a capital. ASCII initials are judged by code unit. */
export function hasUpperWord(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && !isSpaceCode(s.charCodeAt(i - 1))) continue;
    const c = s.charCodeAt(i);
    if (c >= 128) return UPPER_WORD_RE().test(s);
    if (isAsciiUpperCode(c)) return true;
  }
  return false;
}

/** Whether text[from, to) holds only blanks, straight or opening double quotes and "(" (`/^["\u201c(\s]*$/`). */
export function onlyLeadOpeners(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 34 && c !== 0x201c && c !== 40 && !isSpaceCode(c)) return false;
  }
  return true;
}

/**
 * After a cue and its source: only a time phrase and the clause's end (when `short`, little of the sentence is
 * left), or a comma.
 */
export function isTailOrComma(rest: string, short: boolean): boolean {
  // "..., the IAEA said in a confidential quarterly report to member states": where it was said, with no "that"
  // opening words of its own, is a tail however long.
  if (rest.includes(' in ') && MEDIUM_TAIL_RE.test(rest) && !/\bthat\b/.test(rest)) return true;
  const tail = TAIL_RE.exec(rest);
  if (tail && tail[0].length > 1 && rest.charCodeAt(tail[0].length - 1) === 44) {
    // A tail that ends in a comma: not before the rest of an interrupted sentence ("The difference now, he told me on
    // Friday, is that ..."); in a long sentence only a short one before a clause of its own ("on Thursday, as allies
    // race to rearm").
    const after = rest.slice(tail[0].length);
    if (CONTINUES_RE.test(after)) return false;
    if (short || (tail[0].length <= 32 && !tail[0].includes('that') && OWN_CLAUSE_AFTER_RE.test(after))) return true;
    // ("..., Zelensky said at a news conference in Kyiv with the visiting German chancellor, who said": a relative
    // clause after the setting is about its last noun, and the setting still a tail.)
    if (after.startsWith(' wh') && !tail[0].includes('that') && /^\s+(?:who|which)\s/.test(after)) return true;
  } else if (tail && short) return true;
  return rest.charCodeAt(skipBlanks(rest, 0)) === 44;
}

/** A medium or document the words were said in, after the cue and perhaps a day: "on Thursday, in a report released". */
const MEDIUM_TAIL_RE = /^\s*(?:(?:on|late|early)\s+[A-Za-z]+\s*,?\s*)?in\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?(?:report|statement|letter|interview|briefing|note|post|filing|advisory|assessment|analysis|speech|memo|update|bulletin|communiqu[eé]|submission|testimony|address)\b/;
/** A verb that carries on the sentence a cue interrupted ("The difference now, he said, is that ..."). */
const CONTINUES_RE = /^\s+(?:is|are|was|were|has|have|had|will|would|could|should|may|might|must|can|remains?|seems?|appears?)\b/;
/** What opens a clause of its own after a comma: a subordinator or a participle ("as", "while", "adding"). */
const OWN_CLAUSE_AFTER_RE = /^\s+(?:as|while|when|after|before|amid|despite|although|though|because|since|with|without|days|hours|weeks|a\s+day|[a-z]+ing)\b/;

// "said on 22 October that", "said at an event in Colorado Springs that", "wrote on social media that": a short phrase
// of when or where before "that", ending in a name, a number or a medium (not "as we saw in 2009, banks that ...", "the
// guides I wrote in 2014 for people in that spot"); or one that opens with an article or a year, up to a comma or a
// quotation ("conceded in a 2012 interview with the BBC that", "reported in a document released last month that").
const WHERE_THAT_RE = new RegExp(
  `^\\s*(?:(?:on|in|at|to|via|during)\\s+(?:[\\w'\u2019.-]+\\s+|\\d{1,2},\\s+){0,4}?(?:[A-Z][\\w'\u2019.-]*|\\d{1,4}|${MEDIA_WORDS}),?\\s+that\\b|` +
    `(?:in|on|during|at)\\s+(?:an?|the|his|her|their|its|\\d{4})\\s[^"\u201c\u201d;:,]{0,60}?\\s+that\\b(?!\\s+(?:spot|place|case|time|way|one|day|year|period|moment|point|area|region|country|city|town|matter|issue|respect|sense|regard)\\b))`,
);

// "agreed in Havana to extend", "pledged in March to raise", "vowed at the summit to disarm": where or when it was said,
// before a to-infinitive, is no part of what was said (nor "to" a person or to a determiner's noun: "in a letter to the
// mayor", "in Havana to reporters").
const WHERE_TO_RE = new RegExp(
  `^\\s*(?:(?:on|in|at|during)\\s+(?:[\\w'\u2019.-]+\\s+|\\d{1,2},\\s+){0,3}?(?:[A-Z][\\w'\u2019.-]*|\\d{1,4}|${MEDIA_WORDS})|` +
    `(?:in|at|during)\\s+(?:an?|the|his|her|their|its)\\s[^"\u201c\u201d;:,]{0,40}?(?:summit|meeting|talks|conference|statement|speech|interview|session|hearing|briefing|letter|ceremony|rally))` +
    `\\s*,?\\s+(?=to\\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|all|both|each|every|some|any|no|him|them|us|me)\\b)(?![a-z]*[^su]s\\b)[a-z])`,
);

/** The length of re's match in s, or -1. (Its own function: the match's length, first read where a rare pattern
 * matched, deoptimised thatLength.) */
function matchLength(re: RegExp, s: string): number {
  const w = re.exec(s);
  return w ? w[0].length : -1;
}

/** Length of THAT_RE's match at the start of s: an opening day ("on Monday", "Friday"), a comma, "that". */
export function thatLength(s: string): number {
  if (s.includes('that')) {
    const n = matchLength(WHERE_THAT_RE, s);
    if (n >= 0) return n;
  }
  if (s.includes(' to ')) {
    const n = matchLength(WHERE_TO_RE, s);
    if (n >= 0) return n;
  }
  const i = skipBlanks(s, 0);
  const c = codeAt(s, i);
  const lc = c | 32;
  // Past the blanks every optional part starts with a comma or one of these letters (o l t e i a, and m w f s y for days).
  if (c !== 44 && lc !== 111 && lc !== 108 && lc !== 116 && lc !== 101 && lc !== 105 && lc !== 97 && lc !== 109 && lc !== 119 && lc !== 102 && lc !== 115 && lc !== 121) return i;
  return THAT_RE.exec(s)?.[0].length ?? i;
}

const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;
/** Whether text[from, to) holds a letter or a digit (a content of more than marks: "Officials disagreed." has none). */
export function hasWordIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 ? isWordCode(c) : LETTER_OR_DIGIT_RE.test(text[i])) return true;
  }
  return false;
}
