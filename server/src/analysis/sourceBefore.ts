// The source read back from a cue's verb (sourceBefore): the noun phrase that ends right before it ("the Iraqi
// Ministry of Defense said"), back over a list of names, past a wire slug or an opening time ("June the Chancellor").
// Quotations, cueSource.ts and attribution.ts all read a source back with it.
import type { TextSpan } from './types';
import { MOVED_TO_BEFORE_RE, NOT_IN_SOURCE } from './cues';
import { MONTH_NAMES, WEEKDAY_NAMES } from './dates/lexicon';
import { backOverBlanks, execLong, isAsciiLowerCode, isAsciiUpperCode, isDigitCode, lazyRegExp, skipBlanks, testLong } from './chars';
import { type Word, wordsIn } from './sourceWords';
import { backOverAuxiliaries, BETWEEN, endsInIng, isLyAdverb, lastClauseStart, notBefore } from './sourceBounds';
// Prepositions that may sit inside a name ("Ministry of Defense", "officials familiar with the matter").
const INNER = new Set(['of', 'for', 'at', 'on', 'in', 'with', 'from', 'to', 'the', 'and', 'by']);
/** Prepositions a verb in "-ing" takes before its object: "reacting to", "referring to", "responding to". */
const ING_PREP = new Set(['to', 'with', 'against', 'into', 'about']);
/** Forms of "be" before a verb in "-ing": "been staying", "were living". */
const BE_FORMS = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'am']);
const ARTICLES = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our']);
/** Pasts in no "-ed" of putting words out, before their object: "sent a letter", "wrote an op-ed". */
const PAST_BEFORE_OBJECT = new Set(['sent', 'wrote', 'gave', 'made', 'took']);
const RELATIVE_WORDS = new Set(['who', 'that', 'which']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'some', 'many', 'most', 'several', 'two', 'three', 'other']);

/** `/^[a-z]+(?:ed|s)$/`: a lower-case word ending in "ed" or "s". */
/** A lower-case "-ing" word before a capitalised word or "the", "a", "an": a participle with its object. */
function isIngBeforeObject(w: string, next: string): boolean {
  return w.length > 4 && w.endsWith('ing') && isAsciiLowerCode(w.charCodeAt(0)) && (isAsciiUpperCode(next.charCodeAt(0)) || next === 'the' || next === 'a' || next === 'an');
}

function isVerbLike(w: string): boolean {
  // ("I also remember a colleague ... telling me": a verb of memory or perception before its object.)
  if (PERCEIVING.has(w)) return true;
  const n = w.length;
  const last = w.charCodeAt(n - 1);
  if (!((last === 115 && n >= 2) || (last === 100 && n >= 3 && w.charCodeAt(n - 2) === 101))) return false;
  for (let i = 0; i < n; i++) if (!isAsciiLowerCode(w.charCodeAt(i))) return false;
  return true;
}

/** Nouns in "-s" that the endings below do not tell from a verb's "-s" form. */
const NOUNS_IN_S = new Set(['news', 'figures', 'gas', 'bias', 'alias', 'atlas']);

/** The particles of a phrasal verb: "came away", "walked out", "went back". */
const PARTICLES = new Set(['away', 'back', 'out', 'off', 'home', 'through', 'around', 'forward', 'along']);
/** Pasts in no "-ed" that no noun phrase holds: "came", "went", "took". */
// (Not those that are participles too: "a letter sent from Abuja", "the deal brought by", "a prize won in 2020".)
const IRREGULAR_PASTS = new Set('came went took gave began spoke drew fell grew ran became knew'.split(' '));

const PERCEIVING = new Set(['remember', 'recall', 'hear', 'heard', 'saw', 'see', 'watch', 'watched', 'imagine', 'picture']);

/** Whether a word can be the noun a participle describes: lower case, and no pronoun, auxiliary or function word. */
function describable(w: string): boolean {
  const lw = w.toLowerCase();
  return w === lw && !NOT_IN_SOURCE.has(lw) && !BETWEEN.has(lw) && !SUBJECT_PRONOUNS.has(lw);
}

const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they']);
/** Quantifiers that stand for the people just named as a clause's subject: "Both agree", "each said" ("All said and
 * done" is an idiom). */
const ALL_OF_THEM = new Set(['both', 'each']);

/** The "both" or "each" that opens the last clause before the verb at `verb` (from `lo`; maybe after "and" or "but")
 * with only words that stand between a source and its verb after it, as a source; undefined if none. */
function allOfThem(text: string, lo: number, verb: number): TextSpan | undefined {
  const words = wordsIn(text, lo + lastClauseStart(text.slice(lo, verb)), verb);
  const f = words.length > 1 && (words[0].text === 'and' || words[0].text === 'but') ? 1 : 0;
  if (f >= words.length || !ALL_OF_THEM.has(words[f].text.toLowerCase())) return undefined;
  // (Not after an apposition's comma, "X and Y, attorneys for Z, both declined": the subject is before it; nor before a
  // plural noun, "Both charges carry".)
  const before = backOverBlanks(text, words[f].start, lo);
  if (f === 0 && before > lo && text.charCodeAt(before - 1) === 44) return undefined;
  if ((words[f].text === 'both' || words[f].text === 'Both') && /^[a-z]+[^s]s\b/.test(text.slice(verb, verb + 24))) return undefined;
  for (let k = f + 1; k < words.length; k++) if (!BETWEEN.has(words[k].text.toLowerCase()) && !isLyAdverb(words[k].text)) return undefined;
  return textSpan(words[f].start, words[f].end, words[f].text);
}

/** Nouns of things posted or published, which a participle after them describes. */
const DOC_LIKE = new Set(['post', 'posts', 'video', 'videos', 'message', 'messages', 'tweet', 'tweets', 'article', 'image', 'photo', 'letter', 'document', 'statement', 'report', 'indictment', 'complaint', 'lawsuit', 'filing', 'ruling', 'judgment', 'order']);
/** A capitalised name and its comma right before a list's next item: "Poland, " before "Hungary and Slovakia". */
// ("Save the Children, ": a name's inner "the", "of" or "for" too.)
const LIST_ITEM_BEFORE_RE = lazyRegExp(() => /(?:^|(?<=[\s(]))(?:the\s+)?\p{Lu}[\p{L}.'\u2019-]{0,40}(?:\s+(?:(?:the|of|for)\s+)?\p{Lu}[\p{L}.'\u2019-]{0,40}){0,3},\s+$/u);
/** A common noun after its article and its comma before a list's next such item: "The ministry, " before "the police and
 * the army". */
// ("Ukraine's energy minister, ": or after a name's possessive.)
const COMMON_ITEM_BEFORE_RE = /(?:^|(?<=[\s(]))(?:[Tt]he|[A-Z][a-z]+['\u2019]s)\s+[a-z][a-z-]{1,30}(?:\s+[a-z][a-z-]{1,30}){0,2},\s+$/;
/** A day, a month or a word of when that a list of names may seem to open with: "Tuesday, ", "March, ", "Yesterday, ". */
const TIME_ITEM_RE = /^(?:On\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December|Yesterday|Today|Tonight|Earlier|Later)\b/;
/** An opening time before a list of names: "On Tuesday, ", "Yesterday, ", "On 12 March, ", "Last week, ". */
const TIME_BEFORE_LIST_RE = /^\s*(?:(?:On\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Yesterday|Today|Tonight|Earlier|Later)(?:\s+(?:morning|afternoon|evening|night))?|On\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})(?:,?\s+\d{4})?|(?:Last|This|Earlier\s+this|Later\s+this)\s+(?:week|month|year|weekend)),\s+$/;
/** An opening phrase of a preposition and lower-case words before a list of names: "In a joint advisory, ", "In a statement, ". */
const INTRO_BEFORE_LIST_RE = /^\s*(?:In|On|Under|Through)\s+(?:a|an|the|their|its)\s+(?:[a-z-]+\s+){0,3}[a-z-]+,\s+$/;

/** Words that open a free relative or an indirect question before its subject: "what Trump says". */
const WH_WORDS = new Set(['what', 'whatever', 'how', 'why', 'whether', 'where']);

/** The word with its first letter in lower case. */
const lowerFirst = (w: string): string => w.charAt(0).toLowerCase() + w.slice(1);

/** Nouns of what is said, which a relative clause without "that" can follow ("a claim Kyiv denied"). */
const CLAIM_NOUNS = new Set(
  ('claim claims statement statements allegation allegations accusation accusations charge charges assertion figure figures report reports ' +
    'account version toll comments remarks words move moves step steps decision proposal proposals offer demand demands').split(' '),
);

/** Participles that say how a source knows, not what it says: "officials briefed on the talks said". */
export const BRIEFED = new Set(['briefed', 'informed', 'consulted']);

/** Verbs of saying that end a source read backwards: "The IAEA said Iran had not answered" has "Iran" answer. */
// (And the verbs of finding: "The survey found 62% of adults think ..." has the share think, not "The survey found".)
/** The bare forms of the verbs of showing, after a plural subject: "Records show", "the data suggest". */
const SHOW_FORMS = new Set(['show', 'suggest', 'reveal', 'indicate', 'confirm']);
/** A plural noun or a mass noun of evidence before a verb's bare form: "Records", "figures", "data", "evidence". */
const PLURAL_SUBJECT_RE = lazyRegExp(() => /^(?:\p{L}[\p{L}'\u2019-]*[^\Ws'\u2019]s|data|evidence)$/iu);
const SAID_FORMS = new Set('say said says tell told tells write wrote writes added noted announced warned insisted argued argue argues claim claims believe believes contend contends insist insists note notes warn warns explained stressed replied tweeted found finds showed shows'.split(' '));

/**
 * Where the source [start, end) starts: back over a list of names, then past a wire slug. (Called for every source, so
 * that the first list or slug does not throw away the optimised sourceBefore.)
 */
function sourceStart(text: string, start: number, end: number, floor: number, verb: number): number {
  // "Poland, Hungary and Slovakia had warned": a list of names runs back over its commas.
  // (Only from the clause's start: "In Brussels, France and Germany said" keeps the place out.)
  // ("CISA, the NSA and the FBI said": a list whose later names have their article.)
  const articled = text.charCodeAt(start) === 116 && text.startsWith('the ', start);
  // ("The ministry, the police and the army said": or a list of common nouns, each with its article; "Jones, the minister
  // and the envoy said" has a name such a list does not run back to.)
  const common = articled && !isAsciiUpperCode(text.charCodeAt(start + 4));
  if ((articled || isAsciiUpperCode(text.charCodeAt(start))) && text.slice(start, end).includes(' and ')) {
    let s0 = start;
    // (At most eight names back: the window of any source.)
    // (A day or a month is when, no name of the list: "On Tuesday, Apple, Google and Meta said".)
    for (let n = 0, m = listItemBefore(text, s0, floor, common); m && n < 8 && !TIME_ITEM_RE.test(m[0]); n++, m = listItemBefore(text, s0, floor, common)) s0 -= m[0].length;
    // ("In a joint advisory, CISA, the NSA and the FBI said": after an opening phrase that ends in a lower-case word, the
    // list still opens the clause; "In Brussels, France and Germany said" keeps the place out.)
    // (So after an opening time: "On Tuesday, Apple, Google and Meta said".)
    if (s0 < start && skipBlanks(text, floor, s0) !== s0 && s0 - floor < 48 && (testLong(INTRO_BEFORE_LIST_RE, text.slice(floor, s0)) || testLong(TIME_BEFORE_LIST_RE, text.slice(floor, s0)))) start = s0;
    else if (s0 < start && skipBlanks(text, floor, s0) === s0 && !/^(?:(?:In|At|On|For|From|After|Before|By|With|Under|During|Since|Despite|Unlike|Like)\s|\p{Lu}\p{Ll}+ly,|(?:However|Meanwhile|Still|Yet|Also|Instead|Separately|Moreover|Indeed|Now|Then|Today|Later|Earlier),)/u.test(text.slice(s0, s0 + 14))) start = s0;
    // "The ministers of Tuvalu, Vanuatu, Fiji and the Marshall Islands told": the people of the list's countries, a
    // noun and "of" that open the clause, speak.
    else if (s0 < start && s0 - floor < 60 && PEOPLE_OF_LIST_RE.test(text.slice(floor, s0))) start = skipBlanks(text, floor, s0);
    // "The deal was agreed, mediators Qatar, Egypt and the United States said.": after the content's comma, a list that
    // ends the sentence with its verb is the source whole, and so is the plural noun that heads it.
    else if (s0 < start && text.charCodeAt(backOverBlanks(text, s0, floor) - 1) === 44) start = postposedList(text, s0, start, floor, verb);
    // "Ministers from France, Germany and Italy said", "Officials in Washington, London and Paris said": a list after a
    // preposition is the object of the noun phrase before it, which runs on over the whole list. (So is one after
    // "including": "Humanitarian groups including Save the Children, the NRC and Mercy Corps said".)
    else if (s0 < start && s0 - floor > 4 && text.charCodeAt(s0 - 1) === 32) {
      const lead = s0 - floor > 8 ? POSTPOSED_LEAD_RE.exec(text.slice(Math.max(floor, s0 - 48), s0)) : null;
      if (lead) start = postposedList(text, s0 - lead[1].length, start, floor, verb);
      else {
        const prep = LIST_PREP_BEFORE_RE.exec(text.slice(Math.max(floor, s0 - 12), s0));
        const head = prep ? sourceBefore(text, s0 - prep[0].length, floor) : undefined;
        if (head && head.end === s0 - prep![0].length) start = head.start;
      }
    }
  }
  // A wire slug before a headline's subject: "UPDATE 2-Iran says", "EXCLUSIVE-Hamas says".
  const slug = execLong(WIRE_SLUG_RE, text.slice(start, end));
  return slug && slug[0].length < end - start ? start + slug[0].length : start;
}

/** Plural people heading a list of names after a comma: ", mediators ", ", the foreign ministers of ", ", officials from ". */
const POSTPOSED_LEAD_RE = /,\s+((?:the\s+)?(?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]+s(?:\s+(?:of|from)(?:\s+the)?)?\s+)$/;
/** After the verb of a source that closes its sentence: the verb's word, maybe when, then the sentence's end. */
const POSTPOSED_VERB_RE = /^[a-z]{2,}(?:\s+(?:on|in|late|early|last|this)\s+[A-Za-z]+(?:\s+[a-z]+)?)?\s*(?:[.;]|$)/;
/**
 * Where a list of names that starts at s0 (or the plural noun heading it), after the comma that closes what it says,
 * starts its source: s0 when the sentence's clause before it is the content and the verb closes the sentence; `start`
 * otherwise ("In Brussels, France and Germany said" keeps the place out).
 */
function postposedList(text: string, s0: number, start: number, floor: number, verb: number): number {
  if (!testLong(POSTPOSED_VERB_RE, text.slice(verb, Math.min(text.length, verb + 40)))) return start;
  const before = text.slice(floor, s0);
  if (!/\S+\s+\S+\s+\S+\s+\S/.test(before) || /^\s*(?:(?:In|At|On|For|From|After|Before|By|With|Under|During|Since|Despite|Unlike|Like|Among|Across)\s|\p{Lu}\p{Ll}+ly,|(?:However|Meanwhile|Still|Yet|Also|Instead|Separately|Moreover|Indeed|Now|Then|Today|Later|Earlier),)/u.test(before)) return start;
  return s0;
}

/** A preposition right before a list of names: " from ", " in ", " of ", " including ", " such as ". */
const LIST_PREP_BEFORE_RE = /\s(?:from|in|of|at|for|with|including|such\s+as)\s+$/;

/** The list's item right before `s0` (in the 60 characters after `floor`): a name, or a common noun with its article. */
function listItemBefore(text: string, s0: number, floor: number, common: boolean): RegExpExecArray | null {
  const w = text.slice(Math.max(floor, s0 - 60), s0);
  return common ? execLong(COMMON_ITEM_BEFORE_RE, w) : execLong(LIST_ITEM_BEFORE_RE(), w);
}

/** A noun phrase of people and "of" that open a clause before a list of names: "The ministers of ", "the heads of state of ". */
const PEOPLE_OF_LIST_RE = /^\s*(?:The|the|A|a)\s+(?:[a-z][a-z-]*\s+){0,3}?(?:ministers|leaders|heads(?:\s+of\s+(?:state|government))?|presidents|envoys|delegations|delegates|representatives|negotiators|officials|governments|ambassadors|people|citizens|foreign\s+ministers)\s+of\s+(?:the\s+)?$/;

/** The verb that moves someone to speak or think ("led economists to fear"): its forms as MOVED_TO_BEFORE_RE reads them. */
const MOVING_VERB_RE = /^(?:le(?:d|ads?|ading)|prompt(?:s|ed|ing)?|spur(?:s|red|ring)?|forc(?:e|es|ed|ing)|push(?:es|ed|ing)|caus(?:e|es|ed|ing)|drove|driv(?:e|es|ing)|compel(?:s|led|ling))$/;

/** Words after which "who" asks rather than relates: "say who", "unclear who", "know who". */
export const WHO_ASKS_AFTER = new Set('say says said saying know knows knew known ask asks asked tell tells told reveal reveals revealed disclose discloses disclosed identify identified explain explained determine determined establish established clear unclear sure unsure certain uncertain wonder wonders wondered wondering'.split(' '));

/** The noun phrase that ends right before `cue` (at or after `floor`), or undefined; `who` when a "who" that relates it
 * stands between (", who said"). */
export function sourceBefore(text: string, cue: number, floor: number, who = false): TextSpan | undefined {
  const titled = isAsciiUpperCode(text.charCodeAt(cue));
  const verb = cue;
  cue = backOverAuxiliaries(text, cue, floor);
  const lo = Math.max(floor, cue - 160);
  const seg = text.slice(lo, cue);
  const words = wordsIn(text, lo + lastClauseStart(seg), cue);
  let k = words.length - 1;
  // ("published in May show": after "in", "May" is the month, no modal between.)
  while (k >= 0 && (BETWEEN.has(words[k].text.toLowerCase()) || isLyAdverb(words[k].text)) && !(words[k].text === 'only' && notBefore(text, words[k].start, floor)) && !((words[k].text === 'Now' || words[k].text === 'May') && !titled && k > 0 && isAsciiUpperCode(words[k - 1].text.charCodeAt(0))) && !(words[k].text === 'May' && k > 0 && words[k - 1].text === 'in')) k--;
  // ("The Miami relatives thus far have refused": "thus far" and "so far" stand between too.)
  if (k > 1 && words[k].text === 'far' && (words[k - 1].text === 'thus' || words[k - 1].text === 'so')) k -= 2;
  // "Both agree that ...", "..., but each said": "both", "each" or "all" opening the clause is its subject, the people
  // just named (after a subject, "They both said", it stands between).
  if (k < 0) return allOfThem(text, lo, verb);
  // ("Talks stalled with delegates saying", ", with developed nations pledging to": after "with" that follows a comma or
  // a verb in "-ed", the noun phrase before the verb in "-ing" is its subject, and the clause before is no part of it.)
  if (k >= 1 && endsInIng(text, verb)) {
    for (let j = k - 1; j >= 1 && j >= k - 5; j--) {
      if (words[j].text !== 'with') continue;
      const before = words[j - 1].text;
      const comma = text.charCodeAt(backOverBlanks(text, words[j].start, lo) - 1) === 44;
      if (comma || (before.length > 3 && before.endsWith('ed') && isAsciiLowerCode(before.charCodeAt(0)))) return sourceBefore(text, verb, words[j].end);
      break;
    }
  }
  // ("The panel voted to stop recommending the shot", "regulators have kept warning": after a verb of starting,
  // stopping or going on, maybe after "to" and the verb that wants it, the one who speaks is that verb's subject.)
  if (k >= 0 && endsInIng(text, verb) && ASPECT_VERBS.has(words[k].text)) {
    let at = k;
    // ("voted on Friday to stop": the wanting verb may stand before when.)
    if (at >= 2 && words[at - 1].text === 'to') {
      for (let j = at - 2; j >= 0 && j >= at - 5; j--) {
        if (isVerbLike(words[j].text)) {
          at = j;
          break;
        }
      }
    }
    return at > 0 ? sourceBefore(text, words[at].start, floor) : undefined;
  }
  // ("Figures released last week show", "data published in May showed": so does one before a month or a week, which
  // the auxiliaries' reading does not pass over; the participle's index then stands as if they had been.)
  if (k > 1 && cue === verb) {
    const j = publishedWhenAt(words, k);
    if (j > 0) k = j;
  }
  // ("The General Assembly in September endorsed", "The council last week backed", "Analysts in 2024 warned": when, between
  // the subject and its verb, is no part of who.)
  // ("Wells Fargo just this month announced": and a word that only stresses it.)
  // ("A poll in January 2025 found": a month and its year.)
  const monthYear = k > 2 && words[k - 2].text === 'in' && MONTH_NAME_SET.has(words[k - 1].text) && /^(?:19|20)\d\d$/.test(words[k].text) ? 1 : 0;
  k -= monthYear;
  if (k > 1 && ((words[k - 1].text === 'in' && (MONTH_NAME_SET.has(words[k].text) || /^(?:19|20)\d\d$/.test(words[k].text))) || (WEEK_OR_MONTH.has(words[k].text) && LAST_THIS.has(words[k - 1].text)))) {
    k -= 2;
    if (STRESS_BEFORE_TIME.has(words[k].text.toLowerCase())) k--;
    if (k < 0) return undefined;
  } else k += monthYear;
  // "A poll by Forsa for RTL published on Tuesday showed": a participle of publishing before the time read over describes
  // the document, and is no part of its name.
  if (k > 0 && (k < words.length - 1 || cue < verb) && PUBLISHED_BEFORE_TIME.has(words[k].text)) k--;
  // ("WHO", in capitals, is the World Health Organization, not the pronoun: it stays unlike every word below.)
  let last = words[k].text === 'WHO' ? 'WHO' : words[k].text.toLowerCase();
  // ("The report led economists to fear", "prompted officials to warn": the one moved to speak or think is the object of
  // the verb that moved them, before the infinitive's "to".)
  let movedFrom = 0;
  if (last === 'to' && k > 1 && MOVED_TO_BEFORE_RE.test(text.slice(Math.max(lo, words[k].end - 60), words[k].end) + ' ')) {
    k--;
    last = words[k].text.toLowerCase();
    // (The source starts after that verb: "The report led economists" is no one.)
    for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
      if (MOVING_VERB_RE.test(words[j].text)) {
        movedFrom = j + 1;
        break;
      }
    }
  }
  // ("Gregory May said": after a capitalised word, "May" is a surname.)
  if (NOT_IN_SOURCE.has(last) && last !== 'who' && !(words[k].text === 'May' && k > 0 && (words[k - 1].text === 'in' || (!titled && isAsciiUpperCode(words[k - 1].text.charCodeAt(0)))))) return undefined;
  // "a well-connected source who told him": the relative pronoun is no part of the source.
  const relative = who || last === 'who';
  if (last === 'who') {
    if (--k < 0) return undefined;
    last = words[k].text.toLowerCase();
    // ("does not say who wrote it", "It is unclear who drafted it": after a verb of saying or knowing, "who" asks, and
    // has no antecedent.)
    if (NOT_IN_SOURCE.has(last) || WHO_ASKS_AFTER.has(last)) return undefined;
  }
  // A personal pronoun is the whole source: "said on Tuesday it would" is not by "Tuesday it". (Without its
  // contracted auxiliary: "I'll be happy to" is by "I".)
  if (SUBJECT_PRONOUNS.has(last)) return textSpan(words[k].start, words[k].end, words[k].text);
  const contracted = execLong(/^([a-z]+)['\u2019](?:ll|d|ve|re|m|s)$/, last);
  if (contracted && SUBJECT_PRONOUNS.has(contracted[1])) return textSpan(words[k].start, words[k].start + contracted[1].length, words[k].text.slice(0, contracted[1].length));
  let first = k;
  while (first > 0 && k - first < 17) {
    const w = words[first - 1].text;
    const lw = w.toLowerCase();
    // ("the difference between what Trump says": the source starts after the question word; "more than 50,000
    // times" is an amount inside it.)
    const amount = lw === 'than' && first > 1 && /^(?:more|less|fewer)$/i.test(words[first - 2].text) && isDigitCode(words[first].text.charCodeAt(0));
    // ("Critics of that approach": after "of", "that" and "this" point at the thing, they open no clause.)
    const pointing = (lw === 'that' || lw === 'this' || lw === 'those' || lw === 'these') && first > 1 && words[first - 2].text.toLowerCase() === 'of';
    // ("Records show the minister knew": the bare verb of showing after a plural, too, ends the source of a verb in what
    // the records show; "the talk show host" has no plural before it.)
    const shown = SHOW_FORMS.has(lw) && first > 1 && PLURAL_SUBJECT_RE().test(words[first - 2].text);
    // ("Economists polled before the Budget": when they were polled is part of who they are.)
    const polledWhen = POLL_WHEN.has(lw) && first > 1 && POLLED.has(words[first - 2].text);
    // ("André Corrêa do Lago said": a Portuguese "do" between two capitalised words of a name is no auxiliary.)
    const particle = lw === 'do' && w === lw && first > 1 && isUpperStart(words[first].text) && isUpperStart(words[first - 2].text);
    if (((NOT_IN_SOURCE.has(lw) && !INNER.has(lw)) || SAID_FORMS.has(lw) || WH_WORDS.has(lw) || shown) && !amount && !pointing && !polledWhen && !particle) break;
    first--;
  }
  // Drop leading prepositions and conjunctions ("Under an arrangement" -> "an arrangement").
  while (first < k && (INNER.has(words[first].text.toLowerCase()) && !DETERMINERS.has(words[first].text.toLowerCase()))) first++;
  if (first < movedFrom) first = movedFrom;
  // A lower-case verb-like word starts a clause, not a name: keep only what follows it. A participle that says
  // how the source knows stays in it ("two diplomats briefed on the meeting").
  for (let i = k - 1; i >= first; i--) {
    const w = words[i].text;
    // "likely to placate nervous Democrats": the infinitive's verb starts a clause; its object is the source.
    if (w === 'to' && i + 2 <= k && isAsciiLowerCode(words[i + 1].text.charCodeAt(0)) && !DETERMINERS.has(words[i + 1].text)) {
      first = i + 2;
      break;
    }
    if (BRIEFED.has(w) && words[i + 1].text === 'on') continue;
    // ("Humanitarian groups including Oxfam said": the members named after "including" are part of the noun phrase.)
    if (w === 'including' && i > first && isAsciiLowerCode(words[i - 1].text.charCodeAt(words[i - 1].text.length - 1))) continue;
    // ("The Cour des comptes said", "the Haut Conseil des finances publiques": a French particle after a name's
    // capitalised word is inside the name, no verb in "-s".)
    // ("Madame la ministre des Comptes publics": before a capitalised word too.)
    if (i > first && FRENCH_PARTICLES.has(w) && (isAsciiUpperCode(words[i - 1].text.charCodeAt(0)) || isAsciiUpperCode(words[i + 1].text.charCodeAt(0)))) continue;
    // "A post shared more than 50,000 times on Facebook": a participle after a document describes it, and a word
    // after a number is a counted noun.
    if (i > first && ((w.endsWith('ed') && DOC_LIKE.has(words[i - 1].text.toLowerCase())) || isDigitCode(words[i - 1].text.charCodeAt(0)))) continue;
    // "Shipping data compiled by Kpler", "a poll released in late August": a participle with its agent or
    // circumstance describes the common noun before it ("Palmieri called on", "they turned to" are verbs).
    // ("Economists polled by Reuters": the noun may open the sentence with its capital.)
    // ("Economists polled before the Budget", "Analysts surveyed ahead of the data": so may when they were asked.)
    if (i > first && POLLED.has(w) && POLL_WHEN.has(words[i + 1].text) && describable(i - 1 === first ? lowerFirst(words[i - 1].text) : words[i - 1].text)) continue;
    // ("Ministers objected to language mentioning": a verb that takes no object is no passive participle.)
    if (i > first && w.endsWith('ed') && INNER.has(words[i + 1].text) && !DETERMINERS.has(words[i + 1].text) && !INTRANSITIVE_ED.has(w) && describable(i - 1 === first ? lowerFirst(words[i - 1].text) : words[i - 1].text)) continue;
    // ("demanding Iran explain": a participle before a name or a determiner is a verb, and the name its object.)
    // ("satellite images analysed by the BBC": a plural before a participle with its agent is the noun it describes.)
    if (w.endsWith('s') && i + 2 <= k && words[i + 2].text === 'by' && words[i + 1].text.endsWith('ed')) continue;
    // ("a leaked memo", "of newly filed reports": a participle after an article, a preposition or an adverb in "-ly"
    // describes the noun after it.)
    // ("The two taped a show", "reports that surfaced said": after a number or a pronoun it is the verb.)
    // ("Newly displaced households cited": so does one after such an adverb that opens the sentence with its capital.)
    // ("Kuwait's ousted government": so does one after a possessive.)
    if (i > first && w.endsWith('ed') && i < k && (ARTICLES.has(words[i - 1].text.toLowerCase()) || (INNER.has(words[i - 1].text) && words[i - 1].text !== 'and') || isLyAdverb(i - 1 === first ? lowerFirst(words[i - 1].text) : words[i - 1].text) || POSSESSIVE_END_RE.test(words[i - 1].text))) continue;
    // ("with developed nations pledging": so does one right after a preposition the source follows.)
    if (i === first && i > 0 && w.endsWith('ed') && i < k && (words[i - 1].text === 'with' || words[i - 1].text === 'of') && isAsciiLowerCode(w.charCodeAt(0))) continue;
    // ("The ruling All Progressives Congress said", "Nigeria's governing party": an "-ing" word of holding power after an
    // article or a possessive describes the party, as "the ruling party" does.)
    if (i > first && RULING_ING.has(w) && (ARTICLES.has(words[i - 1].text.toLowerCase()) || POSSESSIVE_END_RE.test(words[i - 1].text))) continue;
    // ("The EMA's human medicines committee said", "the WHO's vaccines advisory group", "the medicines committee": a
    // plural in a body's name after an article or its owner's possessive, maybe past a word describing it, with a noun
    // after it, is no verb.)
    if (i > first && i + 1 <= k && w.endsWith('s') && isAsciiLowerCode(w.charCodeAt(0)) && isAsciiLowerCode(words[i + 1].text.charCodeAt(0)) && !DETERMINERS.has(words[i + 1].text) && !INNER.has(words[i + 1].text) && (ownerBefore(words[i - 1].text) || (i - 1 > first && ownerBefore(words[i - 2].text) && ADJECTIVE_END_RE.test(words[i - 1].text)))) continue;
    // (A noun in "-sis" or "-xis" is never a verb: "an analysis of customs records shows".)
    // ("was reacting to a communiqué issued in Kaduna, which": a verb in "-ing" and its preposition, after no article,
    // open a clause; "the meeting with donors" is a noun.)
    // ("He has been staying with relatives in Miami who": after a form of "be" the verb's object needs no determiner.)
    const ingPrep = i + 2 <= k && ING_PREP.has(words[i + 1].text) && w.length > 5 && w.endsWith('ing') && isAsciiLowerCode(w.charCodeAt(0)) && (i === first || !DETERMINERS.has(words[i - 1].text.toLowerCase())) && (DETERMINERS.has(words[i + 2].text) || (i === first && i > 0 && BE_FORMS.has(words[i - 1].text)));
    // ("Lawyers in Ohio sent a letter warning that": a past in no "-ed" before a document is a verb too, and for the
    // participle after it the one who sent the document speaks (when one stands in the same clause). Not in a relative
    // clause: "One of the docs who sent the letter called".)
    if (PAST_BEFORE_OBJECT.has(w) && i + 1 < k && ARTICLES.has(words[i + 1].text) && (DOC_LIKE.has(words[i + 2].text) || (i + 3 <= k && DOC_LIKE.has(words[i + 3].text))) && endsInIng(text, verb) && !(i > 0 && RELATIVE_WORDS.has(words[i - 1].text))) {
      const sender = sourceBefore(text, words[i].start, floor);
      if (sender) return sender;
    }
    // ("figures from the commission show": "figures" is the noun of counting, no verb; "Russian gas giant Gazprom said":
    // nor is "gas" or another noun in "-as".)
    // ("Diplomats attending the talks said", "the committee investigating the attack said": a participle right after the
    // noun that opens the phrase describes it, as a relative clause would.)
    if ((ingPrep || isIngBeforeObject(w, words[i + 1].text)) && nounBeforeParticiple(words, i, first)) continue;
    // ("The September jobs report showed": a word in "-s" right before the noun that a finite verb follows is no verb, or
    // that noun would be its object and the verb have no subject.)
    if (i === k - 1 && i > first && w.endsWith('s') && describable(words[k].text) && !DETERMINERS.has(w) && !endsInIng(text, verb) && !ARTICLES.has(words[k].text)) continue;
    // ("on the sidelines of the summit": a word right after an article is no verb.)
    if (isVerbLike(w) && !DETERMINERS.has(w) && !NOUNS_IN_S.has(w) && !NOUN_PLURAL_END_RE.test(w) && i > first && A_THE.has(words[i - 1].text.toLowerCase())) continue;
    // ("It came from China and the United States, which vowed": a past in no "-ed" that is never a noun's word is a verb
    // too, unless a relative clause's: "Committee sources who spoke on condition of anonymity said".)
    if ((isVerbLike(w) && !DETERMINERS.has(w) && !NOUNS_IN_S.has(w) && !NOUN_PLURAL_END_RE.test(w)) || isIngBeforeObject(w, words[i + 1].text) || ingPrep || (IRREGULAR_PASTS.has(w) && !(i > 0 && RELATIVE_WORDS.has(words[i - 1].text)))) {
      if (ingPrep) i++;
      // ("McConnell came away convinced", "She walked out unconvinced": the verb's particle is no one; its subject is.)
      if (!ingPrep && k - i <= 2 && i > 0 && PARTICLES.has(words[k].text) && (k === i + 1 || PARTICLES.has(words[i + 1].text))) return sourceBefore(text, words[i].start, floor);
      first = i + 1;
      break;
    }
  }
  // "The army kept firing at the crowd who said", "soldiers fired on protesters, who said": "who" relates the people
  // it follows; those an act was aimed at ("on", "at", "against") are who speaks, not the phrase with the act. (Not a
  // place or a thing: "Officials stationed at the embassy, who said" keeps its officials. The people may have where
  // they were after them: "Troops fired on the crowd in the square, who said" is "the crowd in the square".)
  if (relative && k - first > 1) {
    let people = false;
    for (let i = k - 1; i > first; i--) {
      people ||= WHO_PEOPLE.has(words[i + 1].text.toLowerCase());
      // (Not a topic after people: "experts on migrants, who said" are the experts.)
      if (people && AIMED_AT.has(words[i].text) && !WHO_PEOPLE.has(words[i - 1].text.toLowerCase()) && !TOPIC_PEOPLE.has(words[i - 1].text.toLowerCase())) {
        first = i + 1;
        break;
      }
    }
  }
  // ... and of what follows the verb, any leading preposition ("turned to the police, which reported").
  while (first < k && INNER.has(words[first].text) && !DETERMINERS.has(words[first].text)) first++;
  // "a claim Kyiv did not confirm": a noun of saying before a name is the object of a relative clause; the name speaks.
  for (let i = first; i < k; i++) {
    // ("a figure the government disputed": a determined noun phrase speaks too.)
    if (CLAIM_NOUNS.has(words[i].text) && (isAsciiUpperCode(words[i + 1].text.charCodeAt(0)) || (i + 2 <= k && /^(?:the|its|his|her|their)$/.test(words[i + 1].text)))) first = i + 1;
  }
  if (first > k) return undefined;
  // "In June the Chancellor said", "Yesterday the minister said": when it was said is no part of who said it.
  first = pastOpeningTime(words, first, k);
  let start = words[first].start;
  // "OPEC+ agreed": the plus sign closes the name ("OPEC+", "G7+"), though no word character.
  const end = words[k].end + (text.charCodeAt(words[k].end) === 43 && isAsciiUpperCode(text.charCodeAt(words[k].end - 1)) && words[k].end < cue ? 1 : 0);
  start = sourceStart(text, start, end, floor, verb);
  return textSpan(start, end, text.slice(start, end));
}

/** Prepositions of an act's target: "fired on", "shouting at", "ruled against". */
const AIMED_AT = new Set(['on', 'at', 'upon', 'against', 'toward', 'towards']);
/** People known by what they study or advise on, before "on" and its topic: "experts on migrants". */
const TOPIC_PEOPLE = new Set(['expert', 'experts', 'analyst', 'analysts', 'specialist', 'specialists', 'scholar', 'scholars', 'adviser', 'advisers', 'advisor', 'advisors', 'authority', 'authorities']);
/** Plural or collective nouns of people that "who" may relate: "the crowd who", "protesters, who". */
const WHO_PEOPLE = new Set(
  ('crowd crowds protesters demonstrators marchers rioters strikers civilians villagers residents students journalists reporters activists ' +
    'soldiers troops officers police families relatives witnesses survivors victims refugees migrants farmers workers employees passengers ' +
    'fans mourners worshippers detainees prisoners patients doctors nurses teachers parents children youths settlers people men women ' +
    'voters supporters opponents critics lawmakers officials members').split(' '),
);
/** Pasts in "-ed" of verbs that take no object, before their preposition: "objected to", "voted for", "called on". */
const INTRANSITIVE_ED = new Set(
  ('objected agreed responded reacted replied voted appealed pointed turned called listened referred relied insisted alluded complained ' +
    'testified resorted returned arrived looked commented lashed hinted focused wondered moved pushed opted pressed campaigned lobbied ' +
    'argued contributed apologised apologized retreated walked talked worked waited hoped failed clashed marched rallied').split(' '),
);
/** Endings of plural nouns that are seldom a verb's "-s" form: "leaders", "diplomats", "officials", "analysts". */
const NOUN_PLURAL_END_RE = /(?:ss|us|sis|xis|ics|ers|ists|ans|als|ors|ents|nts|ies|ees|ons|ces|ses|ts|ds|ks|ps|ns|ls|ms|rs|gs|tives)$/;
const A_THE = new Set(['the', 'a', 'an']);
/** Participles whose object a bare verb follows, the object its subject: "demanding Iran explain", "letting Kyiv decide". */
const BARE_VERB_AFTER_OBJECT = new Set(['demanding', 'requiring', 'insisting', 'letting', 'making', 'having', 'helping', 'watching', 'seeing', 'hearing']);

/**
 * Whether the participle at `i` follows the noun that opens the source's words at `first`: a plural ("Diplomats
 * attending", "European leaders meeting") or a noun after its determiner ("the committee investigating").
 */
function nounBeforeParticiple(words: readonly { text: string }[], i: number, first: number): boolean {
  // ("a resolution demanding Iran explain": after a participle that asks for an act, its object is who acts.)
  if (i <= first || BARE_VERB_AFTER_OBJECT.has(words[i].text)) return false;
  const prev = i - 1 === first ? lowerFirst(words[i - 1].text) : words[i - 1].text;
  if (!describable(prev) || prev.endsWith('ed') || prev.endsWith('ing')) return false;
  // (Every ending of NOUN_PLURAL_END_RE ends in "s"; "-ss" and "-us" are no plurals.)
  if (prev.length > 3 && NOUN_PLURAL_END_RE.test(prev) && !prev.endsWith('ss') && !prev.endsWith('us')) return true;
  return i - 2 >= first && DETERMINERS.has(words[i - 2].text.toLowerCase()) && !prev.endsWith('s');
}

/** Words in "-ing" of holding or leaving power, adjectives before a party's or a leader's name ("the ruling APC"). */
const RULING_ING = new Set(['ruling', 'governing', 'outgoing', 'incoming', 'reigning']);
const POSSESSIVE_END_RE = /['\u2019]s$/;
/** A lower-case word with an adjective's ending: "human", "medical", "public", "advisory", "executive". */
const ADJECTIVE_END_RE = /^[a-z]+(?:an|al|ic|ary|ory|ive|ous|ful|ern|ish|ese)$/;

/** Participles of publishing or taking a document that a time after them may follow: "a poll published on Tuesday". */
const PUBLISHED_BEFORE_TIME = new Set(['published', 'released', 'issued', 'conducted', 'taken', 'carried', 'fielded', 'dated']);
/** The words of a week or a month after "last", "this" or "earlier": "last week", "this month". */
const WEEK_OR_MONTH = new Set(['week', 'month', 'year', 'weekend']);
const LAST_THIS = new Set(['last', 'this', 'earlier']);
/** Words that stress a time before it: "just this month", "earlier this year". */
const STRESS_BEFORE_TIME = new Set(['just', 'earlier', 'later', 'only', 'also', 'again']);
const MONTH_NAME_SET = new Set(MONTH_NAMES);

/**
 * The index of a participle of publishing that the words up to `k` close with when they end in when it came out ("released
 * last week", "published in May"), or -1.
 */
function publishedWhenAt(words: Word[], k: number): number {
  const w = words[k].text;
  const j = (MONTH_NAME_SET.has(w) && words[k - 1].text === 'in') || (WEEK_OR_MONTH.has(w) && LAST_THIS.has(words[k - 1].text)) ? k - 2 : -1;
  return j > 0 && PUBLISHED_BEFORE_TIME.has(words[j].text) ? j : -1;
}

/** Participles of asking people for a forecast or a view ("Economists polled by Reuters"). */
const POLLED = new Set(['polled', 'surveyed', 'questioned', 'interviewed', 'canvassed', 'consulted']);
/** When they were asked, after such a participle: "polled before the Budget", "surveyed ahead of the data". */
const POLL_WHEN = new Set(['before', 'after', 'ahead', 'during']);

/** French particles inside an institution's name ("Cour des comptes", "Banque de France"). */
const FRENCH_PARTICLES = new Set(['des', 'du', 'de']);

/**
 * A source's span. (Made here, not in sourceBefore: sources outlive the cue, so V8 soon allocates them in the old
 * generation, and that decision threw away the optimised code that allocates them, mid-stage.)
 */
function textSpan(start: number, end: number, text: string): TextSpan {
  return { start, end, text };
}

/** Words of when: months, weekdays, "yesterday", "last week", "on", "in", numbers. */
const TIME_WORDS = new Set(
  ('january february march april may june july august september october november december jan feb mar apr jun jul aug ' +
    'sep sept oct nov dec yesterday today tonight earlier later last this next week month year morning afternoon ' +
    'evening night weekend on in at by early late within after hour hours minute minutes day days moments').split(' ').concat(WEEKDAY_NAMES),
);
/** Units of time after "a" or "an" in an opening time: "Within an hour", "After a week". */
const TIME_UNITS = new Set(['hour', 'minute', 'day', 'week', 'month', 'year', 'moment', 'while', 'fortnight']);

/** The first of words[first..k] after an opening phrase of time that a determiner ends ("June the Chancellor"). */
function pastOpeningTime(words: Word[], first: number, k: number): number {
  for (let i = first; i < k; i++) {
    const w = words[i].text;
    // ("Within an hour the port authority replied": "an hour" is the time, "the port authority" the source.)
    if ((w === 'a' || w === 'an') && i + 1 < k && TIME_UNITS.has(words[i + 1].text.toLowerCase())) continue;
    if (w === 'the' || w === 'a' || w === 'an') return i > first ? i : first;
    const lw = w.toLowerCase();
    if (!TIME_WORDS.has(lw.replace(/\.$/, '')) && !/^\d{1,4}(?:st|nd|rd|th)?,?$/.test(w)) return first;
  }
  return first;
}

/** A wire slug in capitals with its hyphen: "UPDATE 2-", "EXCLUSIVE-", "ANALYSIS-", "RPT-". */
// (Not a party's letter after its acronym, "JUI-F spokesman", "PML-N leader", "MQM-P convener": one capital, no article,
// ending its word.)
const WIRE_SLUG_RE = /^(?:UPDATE\s+\d+|[A-Z]{3,}(?:\s+\d+)?)-(?=\S)(?![B-HJ-Z](?![A-Za-z]))/;

/** An article or an owner's possessive, before the words of a noun phrase: "the", "The", "EMA's". */
function ownerBefore(w: string): boolean {
  return ARTICLES.has(w.toLowerCase()) || POSSESSIVE_END_RE.test(w);
}

/** Whether a word starts with a capital (ASCII or not): "Lago", "Corrêa", "Élysée". */
function isUpperStart(w: string): boolean {
  const c = w.charCodeAt(0);
  return isAsciiUpperCode(c) || (c > 127 && w[0] !== w[0].toLowerCase());
}

/** Verbs of starting, stopping or going on, before a verb in "-ing": "stop recommending", "kept warning". */
const ASPECT_VERBS = new Set(['stop', 'stops', 'stopped', 'start', 'starts', 'started', 'keep', 'keeps', 'kept', 'continue', 'continues', 'continued', 'began', 'begin', 'begins', 'begun', 'resume', 'resumed', 'quit', 'ceased', 'cease']);

/** A passive's agent or a predicate right before where a source was read: "was seized by ", "was ". */
const PREDICATE_BEFORE_RE = /\b(?:was|were|is|are|been|being)\s+(?:[a-z]+\s+by\s+(?:the\s+)?)?$/;
/** A verb in the past opening what was read as a source: "fell 20 percent" (of "A company whose shares fell 20 percent
 * said"). */
const PAST_VERB_FIRST_RE = /^(?:[a-z]{3,}ed|fell|rose|won|lost|went|came|took|made|left|grew|hit|cut|shut|sank|began|ran)\s/;
/** Such a verb in the past right before where a source was read (the verb read as the source's bound): "dropped ". */
const PAST_VERB_BEFORE_RE = /(?:^|\s)(?:[a-z]{3,}ed|fell|rose|won|lost|went|came|took|made|left|grew|hit|cut|shut|sank|began|ran)\s+$/;
/** What opens a sentence before a short noun phrase (2): blanks, maybe a phrase set off by a comma (1); then "who",
 * "whose" or "that" and its clause: "A farmer whose land ...", "On Monday, a man whose house ...", "Officials who ...". */
const OPENING_RELATIVE_RE = lazyRegExp(() => /^(\s*(?:[^,;:"\u201c]{1,40},\s+)?)((?:[Tt]he|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Mm]any|[Ss]ome)\s+(?:[\p{L}'\u2019-]+\s+){0,3}?[\p{L}'\u2019-]+|\p{Lu}\p{Ll}{2,}s)\s+(?:who|whose|that)\s[^,;:"\u201c]+$/u);

/**
 * The source read before a cue, or the noun phrase opening the sentence when the source read is the agent of a passive,
 * what follows "was", or a verb in the past, inside a relative clause on that noun phrase: "A farmer whose land was
 * seized by soldiers said", "A company whose shares fell 20 percent said",
 * "A woman who said she was beaten by police filed", "Officials who were questioned by reporters said".
 */
export function outsideRelative(text: string, sStart: number, src: TextSpan): TextSpan {
  if (src.start - sStart <= 12) return src;
  const before = text.slice(Math.max(sStart, src.start - 40), src.start);
  // (A figure after such a verb is what it measured: "whose shares dropped 20 percent"; "disclosed that Kuwait's ousted
  // government" keeps its adjective.)
  if (!(PREDICATE_BEFORE_RE.test(before) || PAST_VERB_FIRST_RE.test(src.text) || (isDigitCode(src.text.charCodeAt(0)) && PAST_VERB_BEFORE_RE.test(before)))) return src;
  const head = OPENING_RELATIVE_RE().exec(text.slice(sStart, src.start));
  if (!head) return src;
  const at = sStart + head[1].length;
  return { start: at, end: at + head[2].length, text: head[2] };
}
