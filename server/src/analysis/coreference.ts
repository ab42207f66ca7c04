// Definite descriptions resolved to the nearest fitting earlier mention: "the agreement", "the deal",
// "the treaty" -> the nearest named agreement; "the alliance" -> NATO-like; "the bloc" -> EU-like;
// "the ministry" -> the nearest ministry.
import type { ActorAnnotation, AgreementAnnotation, ActorCategory } from './types';
import type { Gazetteer } from './gazetteer';
import type { GlossaryEntry } from './glossaryTypes';
import * as actorWordsModule from './actorWords';
import * as agreementsModule from './agreements';
import type { ParaContext } from './actorContext';
import * as actorContextModule from './actorContext';
import { firstStartingFrom, sortShort } from './order';
import { isApostrophe, isAsciiLetterCode, isDigitCode, isWordCode, lazyRegExp, testLong } from './chars';
import { WEEKDAYS } from './dates/lexicon';
// Unicode-class regexes used inside functions, made once here.
const LAST_WORD_RE = lazyRegExp(() => /(\p{L}+)\W*$/u);
const THE_LOWER_RE = lazyRegExp(() => /^the \p{Ll}/u);
const LOWER_WORD_RE = lazyRegExp(() => /^\p{Ll}+$/u);
/** A law's name: its head last or before its number ("the AI Act", "Law No. 27 of 2022"), not "the Convention on the Law of Treaties". */
const LAW_NAME_RE = /\b(?:Act|Law|Regulations?|Directive|Decree|Ordinance)(?:$|\s\((?:EU|EC|EEC|Euratom)\)|,?\s(?:No\b|\d)|\sof\s\d)/;
// Imported helpers as local constants: under tsx (tests, eval, bench) every use of an import is a getter call.
const { ACTOR_ANAPHORS, DAY_OR_MONTH, GROUP_HEADS, PARTS_OF_TEXTS } = actorWordsModule;
const { AGREEMENT_ANAPHOR_NOUNS, LOWER_ADJ } = agreementsModule;
const { actorMention, agreementMention, isCap, joins, wordListBit } = actorContextModule;

const ADJ_OK = new Set('new|latest|parallel|bilateral|security|nuclear|peace|trade|landmark|original|same|historic|proposed|draft|interim|final|current|earlier|previous|existing|whole|entire|framework|ceasefire|grain|climate|defence|defense|strategic|us|u|so|called'.split('|'));

// Descriptions start with these words: a bit per token instead of string comparisons.
const THE_BIT = wordListBit(new Set(['the']));
const DETERMINER_BIT = wordListBit(new Set(['the', 'this', 'that', 'a', 'an', 'any']));
/** Possessive pronouns before an agreement of the owner's own ("their trade agreement", "its security pact"). */
const OWNER_BIT = wordListBit(new Set(['its', 'their', 'our']));
// The heads of descriptions ("agreement", "alliance"): a paragraph without one has none to resolve, and only
// "the" before one of them is looked up.
const AGREEMENT_HEAD_BIT = wordListBit(AGREEMENT_ANAPHOR_NOUNS);
const ACTOR_HEAD_BIT = wordListBit(new Set([...ACTOR_ANAPHORS.keys()].filter((k) => /^the [^ ]+$/.test(k)).map((k) => k.slice(4))));
const MOU_BIT = wordListBit(new Set(['mou', 'mous', 'memoranda', 'memorandums']));
/** The "s" of a possessive ("the EU's pact"), as a bit. */
const S_BIT = wordListBit(new Set(['s']));
/** The second half of a hyphenated span of time before a head ("seven-year", "10-year", "long-term"). */
const SPAN_AFTER_HYPHEN = new Set(['year', 'month', 'week', 'day', 'term', 'stage', 'phase', 'point', 'party', 'nation', 'country']);
/** Ordinals before a head ("a second agreement"). */
const ORDINAL_ADJ = new Set(['possible', 'potential', 'tentative', 'preliminary', 'provisional', 'joint', 'final', 'second', 'third', 'fourth', 'fifth', 'further', 'separate', 'similar', 'broader', 'wider', 'formal', 'written', 'binding', 'technical', 'comprehensive', 'limited', 'partial', 'temporary', 'permanent']);
/** Nouns a head describes when it stands before them ("ceasefire violation", "treaty talks"). */
const NOUN_AFTER_HEAD = new Set('violation|violations|breach|breaches|line|lines|talks|negotiations|negotiators|monitors|monitoring|proposal|proposals|plan|plans|terms|zone|zones|obligations|commitments|partner|partners|signatories|party|parties|text|draft|process|mechanism|agreement|deal'.split('|'));
/** Words after a head that open what it is about ("an agreement on trade", "a deal to end the war"). */
const ABOUT_AFTER_HEAD = new Set(['on', 'for', 'over', 'covering', 'governing', 'to', 'with', 'between']);
const byStartOnly = (a: Anaphor, b: Anaphor): number => a.start - b.start;
/** Days of the week, whose possessive dates an agreement ("Thursday's deal"). */
const WEEKDAY_WORDS = new Set(Object.keys(WEEKDAYS));
/** Heads of a description that is an agreement in its own right when its words say what it is about. */
const DESCRIBED_HEADS = new Set(['agreement', 'deal', 'accord', 'pact', 'treaty', 'memorandum', 'truce', 'ceasefire', 'arrangement', 'framework', 'protocol', 'communique', 'declaration']);
/** Heads that say what they are on their own: "a truce brokered by Oman", "the final communique". */
const SELF_DESCRIBED = new Set(['truce', 'ceasefire', 'communique']);

/** Where a description ends and what it refers to. */
interface Anaphor {
  start: number;
  end: number;
  /** Head noun (agreement) or phrase key (actor). */
  key: string;
  /**
   * An agreement's description says what it is about ("a prisoner exchange deal", "the memorandum of
   * understanding"): without an earlier agreement to refer to, it is one of its own.
   */
  described?: boolean;
  /** Opened by "a", "an" or a possessor: an agreement of its own, never one named before. */
  own?: boolean;
  /**
   * Opened by a day's possessive ("Thursday's agreement"): the agreement described just before (one without a name),
   * else one of its own.
   */
  dated?: boolean;
  /**
   * A text's capitalised term for itself ("this Agreement", "the Treaty"): it refers only to an agreement whose name has
   * that head ("the Paris Agreement ... article 28 of the Agreement"), else it stands alone as the text itself.
   */
  defined?: boolean;
}

/**
 * "the [adjective]{0,2} agreement|deal|pact|treaty ..." in lower case; and "a/an" before one that says what it is about
 * ("a ceasefire agreement", "a memorandum of understanding").
 */
const PAIR = 1;
const ABOUT_PAIR = 2;

/** Whether tokens j and j + 1 are a hyphenated pair that describes an agreement: a span of time ("a seven-year
 * framework agreement", "a 10-year deal"), PAIR; a compound in lower case ("a defence-industry cooperation agreement",
 * "a free-trade agreement"), one modifier, PAIR, or ABOUT_PAIR where either half says what the agreement is about; or 0. */
function hyphenPairAt(c: ParaContext, j: number): number {
  if (!(j + 1 < c.toks.length && c.text.charCodeAt(c.toks[j].end) === 45 && c.toks[j + 1].start === c.toks[j].end + 1)) return 0;
  if (SPAN_AFTER_HYPHEN.has(c.toks[j + 1].key)) return PAIR;
  if (!isCap(c.toks[j + 1]) && !AGREEMENT_ANAPHOR_NOUNS.has(c.toks[j + 1].key) && LOWER_WORD_RE().test(c.toks[j].text) && LOWER_WORD_RE().test(c.toks[j + 1].text)) {
    return LOWER_ADJ.has(c.toks[j].key) || LOWER_ADJ.has(c.toks[j + 1].key) ? ABOUT_PAIR : PAIR;
  }
  return 0;
}

/** The agreement nouns a treaty's text capitalises as its defined term ("this Agreement", "the Treaty"). */
const DEFINED_TERMS = new Set(['agreement', 'treaty', 'memorandum', 'protocol', 'accord', 'convention']);
/**
 * Whether the capitalised head j right after "the" or "this" at i is a text's defined term for itself ("in accordance
 * with article 28 (2) of the Agreement", "This Memorandum does not create legal obligations"), not the start of a name
 * ("the Treaty of Lisbon", "the Agreement on Agriculture", "the Treaty Compliance Office") nor a headline's word.
 */
function definedTermAt(c: ParaContext, i: number, j: number): boolean {
  if (j !== i + 1 || !DEFINED_TERMS.has(c.toks[j].key) || c.titleCase || (c.toks[i].key !== 'the' && c.toks[i].key !== 'this')) return false;
  const next = c.toks[j + 1];
  return !(next && joins(c, j) && (isCap(next) || NAME_GOES_ON.has(next.key)));
}
/** Words after a capitalised agreement noun that carry its name on ("Treaty of", "Agreement on", "Protocol to"). */
const NAME_GOES_ON = new Set(['of', 'on', 'for', 'to', 'concerning', 'establishing', 'relating', 'regarding', 'and']);

/** Whether the head j is "memorandum" in "a memorandum of understanding". */
function memorandumOfUnderstanding(c: ParaContext, j: number): boolean {
  return c.toks[j].key === 'memorandum' && c.toks[j + 1]?.key === 'of' && c.toks[j + 2]?.key === 'understanding' && joins(c, j) && joins(c, j + 1);
}

/** Whether the possessive "s" i follows a day and comes before an agreement's general head ("Thursday's agreement").
 * (Its own function: its first run deoptimised the optimised agreementAnaphors.) */
function datedPossessive(c: ParaContext, i: number): boolean {
  return i > 0 && WEEKDAY_WORDS.has(c.toks[i - 1].key) && i + 1 < c.toks.length && GENERAL_HEADS.has(c.toks[i + 1].key);
}

export function agreementAnaphors(c: ParaContext): Anaphor[] {
  const out: Anaphor[] = [];
  // "sign MoU", "the draft MoU": a memorandum of understanding by its initials (from its determiner, if any).
  if (c.anyBits & MOU_BIT) {
    for (let i = 0; i < c.toks.length; i++) {
      if (!(c.bits[i] & MOU_BIT)) continue;
      // ("signed memoranda of understanding on energy": the plural, with or without a determiner.)
      if (c.toks[i].key === 'memoranda' || c.toks[i].key === 'memorandums') {
        if (c.toks[i + 1]?.key !== 'of' || c.toks[i + 2]?.key !== 'understanding' || !joins(c, i) || !joins(c, i + 1) || isCap(c.toks[i])) continue;
        const det = i > 0 && joins(c, i - 1) && c.bits[i - 1] & DETERMINER_BIT ? i - 1 : i;
        out.push({ start: c.toks[det].start, end: c.toks[i + 2].end, key: 'memorandum', described: true, own: true });
        continue;
      }
      if (!/^MOUs?$/i.test(c.toks[i].text) || c.toks[i].text === 'mou') continue;
      let s = i;
      if (s > 0 && joins(c, s - 1) && (c.toks[s - 1].key === 'draft' || c.toks[s - 1].key === 'new')) s--;
      const det = s > 0 && joins(c, s - 1) && c.bits[s - 1] & DETERMINER_BIT ? s - 1 : -1;
      const indefinite = det >= 0 && (c.toks[det].key === 'a' || c.toks[det].key === 'an');
      out.push({ start: c.toks[det >= 0 ? det : s].start, end: c.toks[i].end, key: 'memorandum', described: true, ...(indefinite ? { own: true } : {}) });
    }
  }
  if (!(c.anyBits & AGREEMENT_HEAD_BIT)) return sortShort(out, byStartOnly);
  const mous = out.length;
  for (let i = 0; i < c.toks.length; i++) {
    // ("the European Union's pact on migration", "the administration's trade agreement": a possessor determines it too.)
    // ("The Netherlands' four-party coalition agreement", "the parties' deal": a plural's possessive, its apostrophe alone.)
    const plural = !(c.bits[i] & (DETERMINER_BIT | S_BIT | OWNER_BIT)) && isApostrophe(c.text.charCodeAt(c.toks[i].end)) && c.text.charCodeAt(c.toks[i].end + 1) === 32 && c.toks[i].key.endsWith('s');
    if (!plural && !(c.bits[i] & (DETERMINER_BIT | S_BIT | OWNER_BIT))) continue;
    const possessive = plural || (c.toks[i].key === 's' && i > 0 && isApostrophe(c.text.charCodeAt(c.toks[i].start - 1)) && c.toks[i].start - 1 === c.toks[i - 1].end);
    // ("The EU and Mercosur concluded their trade agreement": a pronoun's possessive, as a name's, makes it their own.)
    const owner = (c.bits[i] & OWNER_BIT) !== 0;
    if (!(c.bits[i] & DETERMINER_BIT) && !possessive && !owner) continue;
    // ("any deal", "any new arrangement": the agreement under discussion, not yet made, so one of its own.)
    const any = c.toks[i].key === 'any';
    // ("Thursday's agreement", "Monday's deal": a day's possessive says when it was made; it is the deal described just
    // before, if there is one, and otherwise an agreement of its own.)
    const dated = possessive && datedPossessive(c, i);
    const own = c.toks[i].key === 'a' || c.toks[i].key === 'an' || (possessive && !dated) || any || owner;
    let j = i + 1;
    let about = false;
    // ("The September 14 ceasefire agreement", "the 3 March deal": the day it was made, in capitals, stands between too.)
    while (j < c.toks.length && j - i <= 4 && (joins(c, j - 1) || (plural && j === i + 1)) && (!isCap(c.toks[j]) || dayWordAt(c, j)) && !AGREEMENT_ANAPHOR_NOUNS.has(c.toks[j].key)) {
      if (dayWordAt(c, j) || (isDigitCode(c.toks[j].text.charCodeAt(0)) && c.toks[j].text.length <= 2 && (dayWordAt(c, j - 1) || dayWordAt(c, j + 1)))) {
        j++;
        continue;
      }
      // (The hyphenated pairs in a function called for every word, its answer used here for every word: the steps made
      // only after a hyphen had never run when the optimising compiler took agreementAnaphors, and deoptimised it.)
      const pair = hyphenPairAt(c, j);
      about = about || pair === ABOUT_PAIR;
      j += pair === 0 ? 0 : 2;
      if (pair !== 0) continue;
      // ("a 2023 protocol between the two countries": its year.)
      // (And an adverb before them: "a legally binding treaty".)
      if (!ADJ_OK.has(c.toks[j].key) && !LOWER_ADJ.has(c.toks[j].key) && !ORDINAL_ADJ.has(c.toks[j].key) && !testLong(/^(?:19|20)\d\d$/, c.toks[j].text) && !(c.toks[j].key.endsWith('ly') && c.toks[j].key.length > 4)) break;
      if (LOWER_ADJ.has(c.toks[j].key)) about = true;
      j++;
    }
    let head = c.toks[j];
    if (!head || !(joins(c, j - 1) || (plural && j === i + 1)) || (isCap(head) && !definedTermAt(c, i, j)) || !AGREEMENT_ANAPHOR_NOUNS.has(head.key)) continue;
    // "a ceasefire agreement", "the peace framework agreement": the last of the nouns is the head.
    while (j + 1 < c.toks.length && joins(c, j) && !isCap(c.toks[j + 1]) && DESCRIBED_HEADS.has(c.toks[j + 1].key)) {
      about = true;
      head = c.toks[++j];
    }
    // "the third ceasefire violation", "truce talks", "ceasefire lines": the head describes another noun.
    if (j + 1 < c.toks.length && joins(c, j) && !isCap(c.toks[j + 1]) && NOUN_AFTER_HEAD.has(c.toks[j + 1].key)) continue;
    // "a memorandum of understanding": the kind of document says what it is.
    // (Its test in a function, its answer used for every head: the steps made only after "memorandum" had never run
    // when the optimising compiler took agreementAnaphors, and deoptimised it.)
    const mou = memorandumOfUnderstanding(c, j) ? 2 : 0;
    about = about || mou !== 0;
    j += mou;
    let end = c.toks[j].end;
    // "an agreement on the status of US troops", "a second agreement for six batteries", "a deal to end the war": what
    // follows the head says what it is about (not a day: "the agreement on Thursday").
    if (!about && own && j + 2 < c.toks.length && joins(c, j) && joins(c, j + 1) && ABOUT_AFTER_HEAD.has(c.toks[j + 1].key) && !DAY_OR_MONTH.has(c.toks[j + 2].key) && c.toks[j + 2].key !== 'a' && c.toks[j + 2].key !== 'an' && !/^\d/.test(c.toks[j + 2].text)) about = true;
    // "a deal on a six-month ceasefire", "an agreement for a truce": the agreement named after it says what it is, and
    // the mention runs to it (so that "the ceasefire" later refers to it).
    if (!about && own && (c.toks[j + 1]?.key === 'on' || c.toks[j + 1]?.key === 'for') && (c.toks[j + 2]?.key === 'a' || c.toks[j + 2]?.key === 'an') && joins(c, j) && joins(c, j + 1)) {
      for (let k = j + 3; k < c.toks.length && k <= j + 7 && joins(c, k - 1) && !isCap(c.toks[k]); k++) {
        if (!SELF_DESCRIBED.has(c.toks[k].key)) continue;
        about = true;
        end = c.toks[k].end;
        j = k;
        break;
      }
    }
    // (A communiqué is an agreement as a joint or final one, or one the parties agreed, adopted or signed; "a communiqué
    // issued at the end of the forum meeting" is one body's statement.)
    if (SELF_DESCRIBED.has(head.key) && (head.key !== 'communique' || agreedCommunique(c, i, j))) about = true;
    // ("The two sides signed a joint declaration in Kuala Lumpur": so is a declaration, joint, final or signed.)
    if (head.key === 'declaration' && own && agreedCommunique(c, i, j)) about = true;
    // "any deal", "any new arrangement must include guarantees": where an agreement is under discussion, "any" with an
    // agreement's noun (a loose one such as "arrangement" with an adjective) is that prospective agreement.
    if (any && (ANY_HEADS.has(head.key) || (j > i + 1 && LOOSE_HEADS.has(head.key)))) about = true;
    const described = about && DESCRIBED_HEADS.has(head.key);
    if (own && !described) continue;
    // "the agreement's" is fine; "the agreement on X" names something new only when X is capitalised.
    // (One with its possessor is its own, as one with "a" is: "Iran's agreement with Russia" is no earlier deal.)
    if (dated && !described) {
      out.push({ start: c.toks[i + 1].start, end, key: head.key, dated });
      i = j;
      continue;
    }
    out.push({ start: possessive ? c.toks[i + 1].start : c.toks[i].start, end, key: head.key, ...(described ? { described } : {}), ...(own ? { own } : {}), ...(isCap(head) ? { defined: true } : {}) });
    i = j;
  }
  return mous ? sortShort(out, byStartOnly) : out;
}

/** Whether token k is a month's or a weekday's name ("September", "Sept"). */
function dayWordAt(c: ParaContext, k: number): boolean {
  return k >= 0 && k < c.toks.length && isCap(c.toks[k]) && DAY_OR_MONTH.has(c.toks[k].key);
}

/** The head noun of an agreement found by its description: its last word, or "memorandum" for one of understanding. */
function unnamedHead(t: string): string {
  if (/\bMoUs?$/i.test(t) || /\bmemorandum of understanding$/i.test(t)) return 'memorandum';
  const m = /([a-z]+)$/i.exec(t);
  return m ? m[1].toLowerCase() : '';
}

/** Heads that name an agreement after "any" on their own ("any deal"); other loose heads need an adjective. */
const ANY_HEADS = new Set(['agreement', 'deal', 'accord', 'pact', 'treaty', 'truce', 'ceasefire']);

/** Heads that can stand for an agreement found by its description, of whatever kind. */
const LOOSE_HEADS = new Set(['agreement', 'deal', 'accord', 'pact', 'arrangement']);

/** Heads of agreements without a name that "the deal" or "the agreement" does not refer to. */
const PASSING_HEADS = new Set(['framework', 'protocol', 'declaration', 'communique', 'memorandum']);

/** Heads that can stand for an agreement of another kind ("the deal" for a treaty). */
const GENERAL_HEADS = new Set(['agreement', 'deal', 'accord', 'pact', 'treaty', 'agreements', 'accords', 'arrangement']);
/** What makes "the agreement" a new one: "reached on 22 October", "signed last week", "struck in Doha". */
const NEW_AGREEMENT_AFTER_RE = /^\s+(?:reached|signed|struck|agreed|concluded|brokered|announced)\s+(?:on|in|at|last|this|earlier|between|with|by|yesterday|today|during|after|before|under)\b/i;

/**
 * Whether the communiqué described from token i to its head at j is an agreement: a joint or final one ("the final
 * communique"), or one the words before it say was agreed, adopted, signed or endorsed ("Leaders agreed on a
 * communique").
 */
function agreedCommunique(c: ParaContext, i: number, j: number): boolean {
  for (let k = i + 1; k < j; k++) if (c.toks[k].key === 'joint' || c.toks[k].key === 'final') return true;
  for (let k = i - 1; k >= 0 && k >= i - 3 && joins(c, k); k--) if (COMMUNIQUE_MADE.has(c.toks[k].key)) return true;
  return false;
}
const COMMUNIQUE_MADE = new Set(['agreed', 'agree', 'agrees', 'adopted', 'adopt', 'adopts', 'signed', 'sign', 'signs', 'endorsed', 'endorse', 'endorses', 'approved', 'approve', 'approves']);

/**
 * The words that can head an agreement's name, lower case: its first and last words ("Treaty of Lisbon", "Paris
 * Agreement", "resolution 2801 (2025)"). An inner word is none ("the Revitalized Agreement on the Resolution of the
 * Conflict" is no resolution).
 */
function headsOf(name: string): string[] {
  const words = name.toLowerCase().match(/[a-z][a-z'-]*/g);
  return words ? [words[0] as string, words[words.length - 1] as string] : [];
}

/** Resolves agreement descriptions to the nearest earlier named agreement (same head noun preferred). */
export function resolveAgreements(anaphors: Anaphor[], named: AgreementAnnotation[], text: string, kindOf: (entity: string) => string | undefined = () => undefined, signedOf: (entity: string) => string | undefined = () => undefined): AgreementAnnotation[] {
  const out: AgreementAnnotation[] = [];
  // An agreement found here without a name can be what a later description refers to ("Both sides agreed a prisoner
  // exchange deal. The deal ..."): it joins the named ones, in order (a copy, made when the first one comes).
  let copied = false;
  const stands = (m: AgreementAnnotation): void => {
    m.unnamed = true;
    out.push(m);
    if (!copied) {
      named = named.slice();
      copied = true;
    }
    named.splice(firstStartingFrom(named, m.start), 0, m);
  };
  // Stand-ins for agreements mentioned again by a description, to the agreement itself.
  const mentionedAgain = new Map<AgreementAnnotation, AgreementAnnotation>();
  for (let j = 0; j < anaphors.length; j++) {
    const a = anaphors[j];
    // "a prisoner exchange deal": a new agreement, not named.
    if (a.own) {
      stands(agreementMention(a.start, a.end, text.slice(a.start, a.end), null, null));
      continue;
    }
    let best: AgreementAnnotation | null = null;
    let sameHead: AgreementAnnotation | null = null;
    let cited: AgreementAnnotation | null = null;
    // "the 2016 peace agreement": a description with its own year refers only to an agreement of that year, or of none known.
    const year = YEAR_IN_RE.exec(text.slice(a.start, a.end))?.[0];
    // named is sorted by start: find the last one ending before the description, then look back a little.
    const lo = firstStartingFrom(named, a.start);
    for (let k = lo - 1; k >= 0 && k >= lo - 200; k--) {
      const n = named[k];
      if (n.antecedent || n.end > a.start) continue;
      if (year && !yearFits(year, mentionedAgain.get(n) ?? n, text, signedOf)) continue;
      // One without a name is referred to only as the nearest ("a ceasefire agreement ... the deal"), never past a
      // named one that a description of the same kind would otherwise skip.
      // (And only by a head of its kind or a loose one: "the deal" for "a ceasefire agreement", not "the treaty".)
      // (A description that says what it is about fits only one about the same: "the ceasefire agreement" is not "the
      // nuclear deal".)
      if (n.unnamed) {
        // ("signed a ceasefire agreement in Jeddah on Tuesday. The Jeddah Declaration, signed in May 2023, had failed.
        // The agreement was signed by ...": past a named one of another kind, an unnamed one of the very head, in the
        // same paragraph, is the one meant; not past one the story came back to: "a new deal on water ... honoured the
        // accords. The deal worked" is the accords'.)
        if (best !== null && !(!a.described && !best.unnamed && !mentionedAgain.has(best) && !headsOf(best.text).includes(a.key) && unnamedHead(n.text) === a.key && a.start - n.end < 600 && !text.slice(n.end, a.start).includes('\n'))) continue;
        const head = unnamedHead(n.text);
        // (A memorandum is one whatever its description: "a memorandum of understanding ... the draft MoU".)
        if (sameKind(head, a.key) && (!a.described || head === 'memorandum' || SELF_DESCRIBED.has(head) || n.text.toLowerCase().endsWith(text.slice(a.start, a.end).toLowerCase().replace(/^\S+\s+/, '')))) {
          sameHead = n;
          break;
        }
        // ("the deal" after "the 2022 framework signed during ...": a framework, protocol or memorandum named in passing is
        // no loose head's antecedent.)
        if (!a.described && LOOSE_HEADS.has(a.key) && !PASSING_HEADS.has(head)) best = n;
        continue;
      }
      // ("the Affordable Care Act ... this deal": a law is no agreement any of these descriptions refers to.)
      if (LAW_NAME_RE.test(n.text)) continue;
      // (A glossary treaty is a treaty whatever its name: "New START" for "the treaty".)
      const fitsHead = headsOf(n.text).includes(a.key) || (n.entity !== null && kindOf(n.entity) === a.key);
      // "the court followed its rulings on the Lisbon Treaty ... the treaty": one named as a precedent is cited, not
      // the agreement the story is about; an earlier one of the same kind is still the one meant, if there is one.
      if (fitsHead && cited === null && citedAsPrecedent(text, (mentionedAgain.get(n) ?? n).start)) {
        cited = n;
        continue;
      }
      // ("Resolution 2231 endorsed the deal": a resolution is "the resolution", never "the deal" it endorses.)
      // (Nor is a charter, a body's founding rules: "the Olympic Charter ... the hosting agreement".)
      if (best === null && !(a.key !== 'resolution' && (/\bresolution\b/i.test(n.text) || (n.entity !== null && kindOf(n.entity) === 'resolution'))) && !(a.key !== 'charter' && (/\bcharter\b/i.test(n.text) || (n.entity !== null && kindOf(n.entity) === 'charter')))) best = n;
      if (fitsHead) {
        sameHead = n;
        break;
      }
      if (a.start - n.end > 20000) break;
    }
    // ("the ceasefire" after a memorandum: only a general head takes another kind's name.)
    const found = sameHead ?? cited ?? (!a.defined && (GENERAL_HEADS.has(a.key) || (best?.unnamed && LOOSE_HEADS.has(a.key))) ? best : null);
    const ante = found ? (mentionedAgain.get(found) ?? found) : null;
    // "the agreement reached on 22 October": a new agreement, described by when it was made. Such an agreement,
    // and one whose description says what it is about ("the nuclear deal") with none before it, stands alone.
    const fresh = NEW_AGREEMENT_AFTER_RE.test(text.slice(a.end, a.end + 40));
    if (!ante || fresh || (a.dated && !ante.unnamed)) {
      // ("Delegates at the Convention cheered" after "the Democratic National Convention": a gathering's; only "this
      // Convention", or "the Convention" after a convention named as an agreement, is a treaty's term for itself.)
      if (a.defined && a.key === 'convention' && !ante && text.charCodeAt(a.start + 2) !== 105) continue;
      // (So does "the 2022 framework signed during the visit": a framework, protocol or declaration signed is one too.)
      if (a.described || a.dated || a.defined || (fresh && (GENERAL_HEADS.has(a.key) || DESCRIBED_HEADS.has(a.key)))) stands(agreementMention(a.start, a.end, text.slice(a.start, a.end), null, null));
      continue;
    }
    const m = agreementMention(a.start, a.end, text.slice(a.start, a.end), ante.entity, { start: ante.start, end: ante.end, text: ante.text });
    if (ante.unnamed) m.unnamed = true;
    out.push(m);
    // "The Oslo Accords ... a new deal on water ... honoured the accords. 'The deal worked'": a description that
    // refers back mentions its agreement again, there; a later description reaches it before agreements mentioned
    // earlier (a stand-in with the agreement's name at the description's place, pointing to the agreement).
    if (!copied) {
      named = named.slice();
      copied = true;
    }
    const again: AgreementAnnotation = { ...ante, start: a.start, end: a.end };
    mentionedAgain.set(again, ante);
    named.splice(firstStartingFrom(named, a.start), 0, again);
  }
  return out;
}

/**
 * Words right before an agreement's name that cite it as a precedent: "its rulings on the Lisbon Treaty", "as under
 * the Paris Agreement", "a pact modelled on the Oslo Accords".
 */
const PRECEDENT_BEFORE_RE = /(?:\b(?:rulings?|judge?ments?|decisions?|verdicts?|case[- ]law|precedents?|jurisprudence)\s+(?:on|in|over|about|concerning|regarding|under)|\bas\s+(?:in|with|under)|\b(?:like|unlike)|\bmodell?ed\s+on)\s+(?:the\s+)?$/i;

/** Whether the agreement named at start is cited as a precedent by the words just before it (a bounded window). */
function citedAsPrecedent(text: string, start: number): boolean {
  return PRECEDENT_BEFORE_RE.test(text.slice(Math.max(0, start - 48), start));
}

const YEAR_IN_RE = /\b(?:19|20)\d\d\b/;
/** Words that make an agreement one not yet made ("a draft framework"): never the one a dated description means. */
const NOT_YET_MADE_RE = /\b(?:draft|proposed|possible|potential|tentative|prospective|future)\b/i;
const YEARS_RE = /\b(?:19|20)\d\d\b/g;

/**
 * Whether an agreement can be the one a description of the given year refers to: its year is that one, or none is
 * known. Its year is the one in its name, the glossary's date of signing, or the years written in its sentence.
 */
function yearFits(year: string, n: AgreementAnnotation, text: string, signedOf: (entity: string) => string | undefined): boolean {
  // ("the 2015 agreement" is no "draft framework" written beside the 2015 deal it would replace.)
  if (n.unnamed && NOT_YET_MADE_RE.test(n.text)) return false;
  const own = YEAR_IN_RE.exec(n.text)?.[0];
  if (own) return own === year;
  const signed = n.entity ? signedOf(n.entity)?.slice(0, 4) : undefined;
  if (signed) return signed === year;
  // (Its sentence: back to the line's start or a full stop, on to the next one; a bounded window.)
  let s = n.start;
  const floor = Math.max(0, n.start - 160);
  while (s > floor && text.charCodeAt(s - 1) !== 10 && !(text.charCodeAt(s - 1) === 32 && text.charCodeAt(s - 2) === 46)) s--;
  let e = n.end;
  const ceiling = Math.min(text.length, n.end + 120);
  while (e < ceiling && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 46) e++;
  const years = text.slice(s, e).match(YEARS_RE);
  return !years || years.includes(year);
}

/** Truce and ceasefire are one kind of agreement. */
function sameKind(a: string, b: string): boolean {
  return a === b || (CEASEFIRE_WORDS.has(a) && CEASEFIRE_WORDS.has(b));
}
const CEASEFIRE_WORDS = new Set(['ceasefire', 'truce', 'armistice']);

/** Whether an earlier mention can be what a description (its pattern) refers to. */
function mentionFits(fit: RegExp, e: ActorAnnotation, gazetteer: Gazetteer): boolean {
  const entry = e.entity ? gazetteer.get(e.entity) : undefined;
  // A mention the glossary knows fits by its names; an unknown one by its own words, unless it is a
  // group of people from the body ("NATO ministers" is not NATO; "the Georgian Dream party" is a party).
  // (Its last word is read only for an unknown one.)
  const lastWord = entry ? '' : lastWordOf(e.text).toLowerCase();
  // (A ministry is a body, though "ministry" heads groups too: "the finance ministry ... the ministry".)
  if (!entry && GROUP_HEADS.has(lastWord) && GROUP_HEADS.get(lastWord) !== 'organization' && lastWord !== 'ministry' && lastWord !== 'department') return false;
  const names = entry ? namesOf(entry) : e.text;
  return fit.test(names) && !THE_LOWER_RE().test(e.text);
}

/**
 * The capture of LAST_WORD_RE in text, or '': the letters before the trailing non-word characters. ASCII text (nearly
 * all) is read back from its end: the regex, unanchored, tries every position of the text.
 */
function lastWordOf(text: string): string {
  let q = text.length;
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) >= 128) return LAST_WORD_RE().exec(text)?.[1] ?? '';
  // (In ASCII a letter is a word character: the letters end where the trailing \W run starts.)
  while (q > 0 && !isWordCode(text.charCodeAt(q - 1))) q--;
  let p = q;
  while (p > 0 && isAsciiLetterCode(text.charCodeAt(p - 1))) p--;
  return text.slice(p, q);
}

/** An entry's label and aliases in one string, built once per entry (a country has a dozen names). */
const entryNames = new WeakMap<GlossaryEntry, string>();
function namesOf(entry: GlossaryEntry): string {
  let n = entryNames.get(entry);
  if (n === undefined) entryNames.set(entry, (n = [entry.label, ...(entry.aliases ?? [])].join(' | ')));
  return n;
}

/** mentionFits, remembered per description pattern and mention. */
function fitsMemo(verdicts: Map<RegExp, Map<ActorAnnotation, boolean>>, fit: RegExp, e: ActorAnnotation, gazetteer: Gazetteer): boolean {
  let seen = verdicts.get(fit);
  if (!seen) verdicts.set(fit, (seen = new Map()));
  let v = seen.get(e);
  if (v === undefined) seen.set(e, (v = mentionFits(fit, e, gazetteer)));
  return v;
}

/** Whether the capitalised head at token i goes on as a name ("Council of Europe", "Commission President"). */
function namedOnward(c: ParaContext, i: number): boolean {
  const next = c.toks[i + 1];
  if (!next || !joins(c, i)) return false;
  if (isCap(next)) return true;
  // ("the Court on Article IV" ends at "Court".)
  return (next.key === 'of' || next.key === 'for' || (next.key === 'on' && !PARTS_OF_TEXTS.has(c.toks[i + 2]?.key))) && isCap(c.toks[i + 2]) && joins(c, i + 1);
}

/** "Defence" capitalised, as a Commonwealth country's department and its ministers are written. */
const COMMONWEALTH_DEFENCE_RE = /\bDefence\s+(?:Minister|Ministry|Department|Secretary|officials?|chiefs?|spokes(?:man|woman|person))\b|\b(?:Department|Ministry|Minister|Secretary)\s+(?:of|for)\s+Defence\b/;
/** How far back (UTF-16 units) a description's story is read for that spelling. */
const DEFENCE_WINDOW = 2000;

/** How many earlier mentions a description may look back over. */
const LOOKBACK = 400;
/** How many earlier mentions a description in capitals looks back over for its own earlier use. */
const SAME_NAME_LOOKBACK = 80;

/** "the alliance", "the bloc", "the ministry" ... resolved to the nearest fitting earlier actor. */
export function resolveActors(c: ParaContext, earlierMentions: () => ActorAnnotation[], gazetteer: Gazetteer): ActorAnnotation[] {
  const out: ActorAnnotation[] = [];
  if (!(c.anyBits & THE_BIT) || !(c.anyBits & ACTOR_HEAD_BIT)) return out;
  let earlier: ActorAnnotation[] | null = null;
  // Whether a mention fits a description depends on the two only: decided once per pair, so that many
  // descriptions in a row do not test the same mentions again (a paragraph of "the government ..." stays linear).
  const verdicts = new Map<RegExp, Map<ActorAnnotation, boolean>>();
  for (let i = 0; i + 1 < c.toks.length; i++) {
    // ("The Commission" in capitals refers back too, unless more of a name follows: "the Council of Europe".)
    if (!(c.bits[i] & THE_BIT) || !(c.bits[i + 1] & ACTOR_HEAD_BIT) || !joins(c, i) || (isCap(c.toks[i + 1]) && namedOnward(c, i + 1))) continue;
    const key = `the ${c.toks[i + 1].key}`;
    const fit = ACTOR_ANAPHORS.get(key);
    if (!fit) continue;
    // The earlier mentions are gathered only for paragraphs that have a description to resolve.
    earlier ??= earlierMentions();
    // earlier is sorted by start: mentions starting at or after the description cannot end before it, so
    // the walk starts below them (binary search) and looks back a bounded number of mentions (linear overall).
    const lo = firstStartingFrom(earlier, c.toks[i].start);
    // ("Mostakbal Misr, the agency that now handles purchases": a description set off right after a body the glossary
    // does not know, and opening a clause about it, is that body.)
    const beside = lo > 0 ? appositionOf(c, i, earlier[lo - 1]) : null;
    if (beside) {
      const start = c.toks[i].start;
      const end = c.toks[i + 1].end;
      out.push(actorMention(start, end, c.text.slice(start, end), beside.category, null));
      i++;
      continue;
    }
    // ("The European Commission ... the Commission said ... Ireland's Data Protection Commission ... the Commission": a
    // description in capitals is a body's short name, and keeps the body it named before over a nearer one of its kind.)
    const capital = isCap(c.toks[i + 1]);
    let nearest: ActorAnnotation | null = null;
    /** The nearest earlier mention of the European Union or one of its bodies or leaders, and whether one was linked. */
    let eu: ActorAnnotation | null = null;
    let linked = false;
    for (let k = lo - 1; k >= 0 && k >= lo - LOOKBACK; k--) {
      const cand = earlier[k];
      if (eu === null && cand.entity !== null && EU_SIGNS.has(cand.entity)) eu = cand;
      // (Its earlier use is looked for a short way back only.)
      if (nearest !== null && lo - k > SAME_NAME_LOOKBACK) break;
      if (cand.end > c.toks[i].start || cand.category === 'person' || cand.category === 'official') continue;
      if (!fitsMemo(verdicts, fit, cand, gazetteer)) continue;
      if (capital && !sameShortName(cand.text, c.text, c.toks[i].start, c.toks[i + 1].end)) {
        nearest ??= cand;
        continue;
      }
      const e = cand;
      const entry = e.entity ? gazetteer.get(e.entity) : undefined;
      const start = c.toks[i].start;
      const end = c.toks[i + 1].end;
      // ("Defence Minister Richard Marles ... completed by the Pentagon ... a former deputy secretary of the
      // department": in a story that spells its own Defence the Commonwealth way, a bare "the department" is that
      // country's, not the US Department of Defense named in passing; it stays a department of no known entry.)
      const entity = entry && key === 'the department' && namesOf(entry).includes('Defense') && COMMONWEALTH_DEFENCE_RE.test(c.text.slice(Math.max(0, start - DEFENCE_WINDOW), start)) ? null : e.entity;
      out.push(actorMention(start, end, c.text.slice(start, end), (entry?.category ?? e.category) as ActorCategory, entity));
      nearest = null;
      linked = true;
      break;
    }
    // (No earlier use of the short name: the nearest body of its kind.)
    if (nearest !== null) {
      const entry = nearest.entity ? gazetteer.get(nearest.entity) : undefined;
      const start = c.toks[i].start;
      const end = c.toks[i + 1].end;
      out.push(actorMention(start, end, c.text.slice(start, end), (entry?.category ?? nearest.category) as ActorCategory, nearest.entity));
    } else if (!linked && capital && eu !== null) {
      // ("EU leaders agreed ... the Commission's proposal ... adoption by the Council": no commission or council named
      // before, in a story of the Union, the capitalised short name is the Union's own body.)
      const body = EU_SHORT_NAMES.get(key);
      if (body !== undefined && !otherBodyNamed(c.text, c.toks[i].start, c.text.slice(c.toks[i + 1].start, c.toks[i + 1].end))) {
        const start = c.toks[i].start;
        const end = c.toks[i + 1].end;
        out.push(actorMention(start, end, c.text.slice(start, end), 'organization', body));
      }
    }
    i++;
  }
  return out;
}

/**
 * The mention e when the description at token i is set off right after it, by a comma, and a clause about it follows
 * ("Mostakbal Misr, the agency that ...", "Halvard, the group which ..."): a body without a glossary entry; else null.
 */
function appositionOf(c: ParaContext, i: number, e: ActorAnnotation): ActorAnnotation | null {
  const start = c.toks[i].start;
  if (e.entity || e.end !== start - 2 || c.text.charCodeAt(start - 2) !== 44 || c.text.charCodeAt(start - 1) !== 32) return null;
  if (e.category !== 'organization' && e.category !== 'group' && e.category !== 'government' && e.category !== 'military') return null;
  const next = c.toks[i + 2];
  return next && joins(c, i + 1) && APPOSITION_CLAUSE.has(next.key) ? e : null;
}
const APPOSITION_CLAUSE = new Set(['that', 'which', 'whose']);

/** The entries whose mention makes a story one of the European Union: the Union, its bodies and its leaders. (Not the
 * European Council alone: "The European Council invites the Council" names no more of the Council than that.) */
const EU_SIGNS = new Set(['eu', 'european-commission', 'council-of-the-eu', 'european-parliament', 'coreper', 'cjeu', 'ecb', 'eurostat', 'frontex', 'ursula-von-der-leyen']);
/** The Union's bodies by the capitalised short name EU writing gives them. */
const EU_SHORT_NAMES = new Map([
  ['the commission', 'european-commission'],
  ['the council', 'council-of-the-eu'],
]);

/** How far back otherBodyNamed looks for another body of the same head word. */
const OTHER_BODY_WINDOW = 3000;
/** Words before "Commission" or "Council" that keep it the Union's: "the Commission", "European Commission", "EU Council". */
const EU_BODY_BEFORE_RE = /(?:^|[^\p{L}])(?:[Tt]he|European|EU|E\.U\.)\s+$|^$/u;
/**
 * Whether the head word ("Commission") was written, a short way before from, with a capitalised word before it other
 * than the Union's: "the Federal Trade Commission", "the Security Council". A short name after it may be that body.
 */
function otherBodyNamed(text: string, from: number, head: string): boolean {
  const lo = Math.max(0, from - OTHER_BODY_WINDOW);
  for (let at = text.lastIndexOf(head, from - 1); at >= lo; at = text.lastIndexOf(head, at - 1)) {
    if (isWordCode(text.charCodeAt(at + head.length)) || isWordCode(text.charCodeAt(at - 1))) continue;
    const before = text.slice(Math.max(0, at - 24), at);
    const word = /(\S+)\s+$/.exec(before)?.[1] ?? '';
    if (word === '' || !/^\p{Lu}/u.test(word) || EU_BODY_BEFORE_RE.test(before)) continue;
    return true;
  }
  return false;
}

/** Whether a mention's text is the description text[from, to) again, in the same capitals ("the Commission"). */
function sameShortName(mention: string, text: string, from: number, to: number): boolean {
  if (mention.length !== to - from) return false;
  // ("The Commission" opening a sentence is the same short name.)
  return mention.slice(1) === text.slice(from + 1, to) && (mention.charCodeAt(0) | 32) === (text.charCodeAt(from) | 32);
}
