// Definite descriptions found in a paragraph and, for agreements, resolved to the nearest fitting earlier mention: "the
// agreement", "the deal", "the treaty" -> the nearest named agreement. Descriptions of actors ("the alliance", "the
// ministry") are resolved in actorCoreference.ts.
import type { AgreementAnnotation } from './types';
import * as actorWordsModule from './actorWords';
import * as agreementsModule from './agreements';
import type { ParaContext } from './actorContext';
import * as actorContextModule from './actorContext';
import { firstStartingFrom, sortShort } from './order';
import { isApostrophe, isDigitCode, lazyRegExp, testLong } from './chars';
import { WEEKDAYS } from './dates/lexicon';
// Unicode-class regexes used inside functions, made once here.
const LOWER_WORD_RE = lazyRegExp(() => /^\p{Ll}+$/u);
/** A law's name: its head last or before its number ("the AI Act", "Law No. 27 of 2022"), not "the Convention on the Law of Treaties". */
const LAW_NAME_RE = /\b(?:Act|Law|Regulations?|Directive|Decree|Ordinance)(?:$|\s\((?:EU|EC|EEC|Euratom)\)|,?\s(?:No\b|\d)|\sof\s\d)/;
// Imported helpers as local constants: under tsx (tests, eval, bench) every use of an import is a getter call.
const { DAY_OR_MONTH } = actorWordsModule;
const { AGREEMENT_ANAPHOR_NOUNS, LOWER_ADJ } = agreementsModule;
const { agreementMention, isCap, joins, wordListBit } = actorContextModule;

const ADJ_OK = new Set('new|latest|parallel|bilateral|security|nuclear|peace|trade|landmark|original|same|historic|proposed|draft|interim|final|current|earlier|previous|existing|whole|entire|framework|ceasefire|grain|climate|defence|defense|strategic|us|u|so|called'.split('|'));

// Descriptions start with these words: a bit per token instead of string comparisons.
const DETERMINER_BIT = wordListBit(new Set(['the', 'this', 'that', 'a', 'an', 'any']));
/** Possessive pronouns before an agreement of the owner's own ("their trade agreement", "its security pact"). */
const OWNER_BIT = wordListBit(new Set(['its', 'their', 'our']));
// The heads of agreements' descriptions ("agreement", "pact"): a paragraph without one has none to resolve, and only
// "the" before one of them is looked up.
const AGREEMENT_HEAD_BIT = wordListBit(AGREEMENT_ANAPHOR_NOUNS);
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

/** Participles after a capitalised word and a hyphen that say who brought an agreement about ("U.S.-brokered"). */
const BROKERED = new Set(['brokered', 'mediated', 'backed', 'sponsored', 'negotiated', 'proposed', 'drafted', 'led', 'imposed']);
/** Whether tokens j and j + 1 are a capitalised word, a hyphen and such a participle ("Egyptian-brokered"). */
function brokeredBy(c: ParaContext, j: number): boolean {
  const next = c.toks[j + 1];
  return next !== undefined && BROKERED.has(next.key) && c.text.charCodeAt(next.start - 1) === 45 && next.start - 1 === c.toks[j].end;
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
    let brokered = -1;
    // ("The September 14 ceasefire agreement", "the 3 March deal": the day it was made, in capitals, stands between too.)
    while (j < c.toks.length && j - i <= 4 && (joins(c, j - 1) || (plural && j === i + 1)) && (!isCap(c.toks[j]) || dayWordAt(c, j) || brokeredBy(c, j)) && !AGREEMENT_ANAPHOR_NOUNS.has(c.toks[j].key)) {
      if (dayWordAt(c, j) || (isDigitCode(c.toks[j].text.charCodeAt(0)) && c.toks[j].text.length <= 2 && (dayWordAt(c, j - 1) || dayWordAt(c, j + 1)))) {
        j++;
        continue;
      }
      // ("a U.S.-brokered ceasefire", "a Qatari-mediated deal": who brought it about says which one it is; the mention
      // starts after them, as the broker is an actor's mention.)
      if (isCap(c.toks[j])) {
        about = true;
        j += 2;
        brokered = j;
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
    // ("a framework trade agreement", "a ceasefire and security deal": a word or two of what it is about between.)
    if (head.key === 'framework' || head.key === 'ceasefire' || head.key === 'truce') {
      let k = j + 1;
      while (k < c.toks.length && k - j <= 2 && joins(c, k - 1) && !isCap(c.toks[k]) && LOWER_ADJ.has(c.toks[k].key)) k++;
      if (k > j + 1 && k < c.toks.length && joins(c, k - 1) && !isCap(c.toks[k]) && DESCRIBED_HEADS.has(c.toks[k].key)) {
        about = true;
        j = k;
        head = c.toks[k];
      }
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
    // ("an agreement that the nations of the world reached in Paris": one that someone reached, signed or struck is
    // one of its own.)
    if (own && !about && madeAfter(c, j)) about = true;
    // ("The two sides signed an agreement on Tuesday", "Tehran struck a deal with the agency": one signed or struck right
    // there is one of its own too.)
    if (own && !about && i > 0 && joins(c, i - 1) && MADE_BEFORE.has(c.toks[i - 1].key)) about = true;
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
    out.push({ start: brokered >= 0 ? c.toks[brokered].start : possessive ? c.toks[i + 1].start : c.toks[i].start, end, key: head.key, ...(described ? { described } : {}), ...(own ? { own } : {}), ...(isCap(head) ? { defined: true } : {}) });
    i = j;
  }
  return mous ? sortShort(out, byStartOnly) : out;
}

/** Verbs of making an agreement, after "that" or "which" and its maker. */
const MADE_VERBS = new Set(['reached', 'signed', 'struck', 'sealed', 'concluded', 'clinched', 'brokered', 'negotiated', 'agreed']);
/** Verbs of making an agreement as a document or a bargain, right before its determiner: "signed an agreement", "struck a
 * deal". (Not "reached": "They reached an agreement on Thursday" may be no more than a meeting of minds.) */
const MADE_BEFORE = new Set(['signed', 'sign', 'signs', 'signing', 'inked', 'initialled', 'initialed', 'struck', 'strike', 'strikes', 'striking', 'sealed', 'seal', 'seals', 'sealing', 'clinched', 'clinch', 'clinches', 'clinching', 'brokered', 'broker', 'brokers', 'brokering']);
/** Whether the head j is followed by "that" or "which", a few words (its maker) and a verb of making it. */
function madeAfter(c: ParaContext, j: number): boolean {
  const rel = c.toks[j + 1];
  if (!rel || (rel.key !== 'that' && rel.key !== 'which') || !joins(c, j)) return false;
  for (let k = j + 2; k < c.toks.length && k <= j + 8 && joins(c, k - 1); k++) if (MADE_VERBS.has(c.toks[k].key)) return true;
  return false;
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
/** What names a description with no agreement before it: "The deal, known as the \"Global Mutirao\", was ...". */
const NAMED_AFTER_RE = /^,?\s+(?:known\s+as|dubbed|called|named)\s+(?:the\s+)?["\u201c\u2018'A-Z]/;
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
export function resolveAgreements(anaphors: Anaphor[], named: AgreementAnnotation[], text: string, kindOf: (entity: string) => string | undefined = () => undefined, signedOf: (entity: string) => string | undefined = () => undefined, ownEntity: (start: number, end: number) => string | null = () => null): AgreementAnnotation[] {
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
    // "a prisoner exchange deal": a new agreement, not named (but known, when its parties and words are a glossary
    // agreement's: "The EU and Mercosur signed a free trade agreement", see ownEntity).
    if (a.own) {
      stands(agreementMention(a.start, a.end, text.slice(a.start, a.end), ownEntity(a.start, a.end), null));
      continue;
    }
    let best: AgreementAnnotation | null = null;
    let sameHead: AgreementAnnotation | null = null;
    let cited: AgreementAnnotation | null = null;
    // "the 2016 peace agreement": a description with its own year refers only to an agreement of that year, or of none known.
    const year = YEAR_IN_RE.exec(text.slice(a.start, a.end))?.[0];
    // named is sorted by start: find the last one ending before the description, then look back a little.
    const lo = firstStartingFrom(named, a.start);
    /** Where the description's paragraph starts (the line break before it), found when first needed. */
    let paraStart: number | undefined;
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
      // ("Kyiv and Washington signed a minerals deal ... Under the agreement": a loose description takes the nearest
      // agreement of its own paragraph, unnamed, over one of its head in a paragraph before.)
      if (best !== null && best.unnamed && !a.described && LOOSE_HEADS.has(a.key) && n.end <= (paraStart ??= text.lastIndexOf('\n', a.start - 1)) && best.start > paraStart) break;
      // ("the Affordable Care Act ... this deal": a law is no agreement any of these descriptions refers to.)
      if (LAW_NAME_RE.test(n.text)) continue;
      // ("The 1951 Refugee Convention ... the deal": nor is a convention a deal.)
      if (a.key === 'deal' && (headsOf(n.text).includes('convention') || (n.entity !== null && kindOf(n.entity) === 'convention'))) continue;
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
    const fresh = NEW_AGREEMENT_AFTER_RE.test(text.slice(a.end, a.end + 40)) || (!ante && NAMED_AFTER_RE.test(text.slice(a.end, a.end + 24)));
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
