// Acronyms defined in the text: "the Syrian Democratic Forces (SDF)" makes "SDF" an alias of that mention
// for the rest of the document; "improvised explosive devices (IEDs)" marks "IED" as not an actor.
import type { ActorAnnotation, ActorCategory, AgreementAnnotation } from './types';
import type { ParaContext } from './actorContext';
import * as actorContextModule from './actorContext';
import * as charsModule from './chars';
// Imported helpers as local constants: under tsx (tests, eval, bench) every use of an import is a getter call.
const { isAllCaps, isCap, joins, wordListBit } = actorContextModule;
const { isSpaceCode, lastIndexWithin, lazyRegExp, testLong } = charsModule;
// Unicode-class regexes used inside functions, made once here.
const INNER_CAPS_RE = lazyRegExp(() => /^\p{Lu}[\p{Ll}\p{Lu}]*\p{Lu}/u);
const STARTS_LOWER_RE = /^\p{Ll}/u;

/** What a defined acronym stands for. (Every meaning has all four fields, long undefined where there is none: one shape
 * keeps the reads of doc.acronyms' meanings monomorphic; a second, met with the article's first acronym of it, threw
 * away their optimised code.) */
export interface AcronymMeaning {
  kind: 'actor' | 'agreement';
  category: ActorCategory;
  entity: string | null;
  /** The long form the initials spell, where it names a body the glossary does not know ("Asian Football Confederation"). */
  long: string | undefined;
}

const FUNCTION_WORDS = new Set(['the', 'of', 'and', 'for', 'in', 'on', 'to', 'a', 'an', 'al', 'el']);

/** White space, "-" or "\u2010": where a long form splits into words. */
export function isSeparator(c: number): boolean {
  return c === 45 || c === 0x2010 || isSpaceCode(c);
}

/** Whether the acronym's letters follow the initials of the long form (loosely: in order, first one first). */
export function fitsInitials(acronym: string, longForm: string): boolean {
  const letters = acronym.replace(/[^\p{L}]/gu, '').toLowerCase();
  // The long form's words (split at spaces and hyphens), lower-cased, without function words; a small letter in the
  // acronym may be a function word's ("MoH", the Ministry of Health).
  const keepFunctionWords = acronym !== acronym.toUpperCase();
  const words: string[] = [];
  for (let k = 0; k < longForm.length; ) {
    while (k < longForm.length && isSeparator(longForm.charCodeAt(k))) k++;
    const from = k;
    while (k < longForm.length && !isSeparator(longForm.charCodeAt(k))) k++;
    if (k === from) continue;
    const w = longForm.slice(from, k).toLowerCase();
    if (keepFunctionWords || !FUNCTION_WORDS.has(w)) words.push(w);
  }
  if (!letters || !words.length || words[0][0] !== letters[0]) return false;
  let k = 0;
  for (const ch of words.join(' ')) if (k < letters.length && ch === letters[k]) k++;
  return k === letters.length;
}

const AS_BIT = wordListBit(new Set(['as']));

/** "Long Form (ACR)" definitions in one paragraph; meaning is null when the long form is not an actor or agreement. */
export function findAcronymDefinitions(
  c: ParaContext,
  actors: ActorAnnotation[],
  agreements: AgreementAnnotation[],
): Definition[] {
  const out: Definition[] = [];
  // Built at the first "(" before a word: most paragraphs define nothing.
  const ends: MentionEnds = { actors, agreements, actorByEnd: null, agreementByEnd: null };
  // A definition needs a "(" before a word or an "as": most paragraphs have neither, and skip the walk over their words.
  const toks = c.toks;
  // (Searched within the paragraph: in an article with no "(" after it, a search on to the text's end from every
  // paragraph was quadratic.)
  const paren = toks.length > 1 ? lastIndexWithin(c.text, '(', toks[toks.length - 1].start - 1, toks[0].start) : -1;
  if (paren < 0 && !(c.anyBits & AS_BIT)) return out;
  for (let i = 1; i < c.toks.length; i++) {
    const t = c.toks[i];
    if (c.text.charCodeAt(t.start - 1) !== 40 && c.text.charCodeAt(t.start - 2) !== 40) {
      // "the Multi-Party Interim Appeal Arbitration Arrangement, known as the MPIA": the same after "known as".
      if (i >= 3 && (c.toks[i - 1].key === 'as' || (c.toks[i - 1].key === 'the' && c.toks[i - 2].key === 'as'))) {
        addDefinition(out, knownAsAt(c, i, ends));
      }
      continue;
    }
    addDefinition(out, definitionAt(c, i, ends));
  }
  return out;
}

/** Adds a definition found, if any. (Its own function, called for every candidate: the first push onto a fresh list,
 * met in a rare branch, would throw away the optimised walk over the paragraph's words.) */
function addDefinition(out: Definition[], d: Definition | null): void {
  if (d) out.push(d);
}

/** The definition made by the acronym at token i after "known as (the)" and a mention set off by a comma. */
function knownAsAt(c: ParaContext, i: number, ends: MentionEnds): Definition | null {
  const t = c.toks[i];
  const as = c.toks[i - 1].key === 'as' ? i - 1 : i - 2;
  if (as < 2 || !KNOWN_AS.has(c.toks[as - 1].key) || !isAllCaps(t) || t.text.length < 2 || !joins(c, as - 1) || !joins(c, as)) return null;
  const prevEnd = c.toks[as - 2].end;
  if (c.text.slice(prevEnd, c.toks[as - 1].start) !== ', ') return null;
  const agreementByEnd = (ends.agreementByEnd ??= new Map(ends.agreements.map((a) => [a.end, a] as const)));
  const actorByEnd = (ends.actorByEnd ??= new Map(ends.actors.map((a) => [a.end, a] as const)));
  const ag = agreementByEnd.get(prevEnd);
  const ac = ag ? undefined : actorByEnd.get(prevEnd);
  const long = ag ?? ac;
  if (!long || !fitsInitials(t.text, long.text.replace(/^the\s+/i, ''))) return null;
  return {
    acronym: t.text,
    meaning: ag ? { kind: 'agreement', category: 'organization', entity: ag.entity, long: undefined } : { kind: 'actor', category: ac!.category, entity: ac!.entity, long: ac!.entity ? undefined : ac!.text },
    longForm: undefined,
  };
}
const KNOWN_AS = new Set(['known', 'called', 'dubbed', 'nicknamed']);

interface Definition {
  acronym: string;
  meaning: AcronymMeaning | null;
  /**
   * Set when no mention ends before the brackets but the capitalised words there spell the acronym ("the UN
   * Support Mission in Libya (UNSMIL)"): those words are one name, the acronym's long form.
   */
  // (Every definition has the field, undefined where not set: one object shape for the code that reads definitions.)
  longForm: { start: number; end: number } | undefined;
}

/** How many words before the brackets a long form found by its initials may have. */
const LONG_FORM_MAX_WORDS = 12;

/**
 * Whether the words spell the acronym exactly: each word gives its initial (a word in capitals may give all its
 * letters, "UN"), and function words may give theirs or none ("Islamic State of Iraq and the Levant", "ISIL").
 */
function spells(letters: string, words: string[]): boolean {
  // reach[k]: the words read so far can spell the acronym's first k letters. One pass per word, not one per way of
  // reading them: "Of Of Of ... (OOOX)" has 2^12 ways.
  let reach = new Uint8Array(letters.length + 1);
  reach[0] = 1;
  for (let w = 0; w < words.length; w++) {
    const word = words[w];
    const lower = word.toLowerCase();
    const skippable = FUNCTION_WORDS.has(lower);
    const caps = word.length > 1 && word === word.toUpperCase() && word !== lower;
    const next = new Uint8Array(letters.length + 1);
    let any = false;
    for (let k = 0; k <= letters.length; k++) {
      if (!reach[k]) continue;
      if (skippable) next[k] = 1;
      if (k < letters.length && lower[0] === letters[k]) next[k + 1] = 1;
      if (caps && letters.startsWith(lower, k)) next[k + lower.length] = 1;
      any = true;
    }
    if (!any) return false;
    reach = next;
  }
  return reach[letters.length] === 1;
}

/**
 * The capitalised name ending at token `last` that spells `acronym`, as [first token, last token], or null: the
 * shortest one that starts with a capitalised word and runs over capitalised and function words only.
 */
function longFormByInitials(c: ParaContext, last: number, acronym: string): number | null {
  const letters = acronym.replace(/[^\p{L}]/gu, '').toLowerCase();
  if (letters.length < 2 || !isCap(c.toks[last])) return null;
  const words: string[] = [c.toks[last].text];
  for (let first = last; first >= 0 && last - first < LONG_FORM_MAX_WORDS; ) {
    const t = c.toks[first];
    if (isCap(t) && t.key[0] === letters[0] && spells(letters, words)) return first;
    if (first === 0 || !joins(c, first - 1)) return null;
    const prev = c.toks[--first];
    if (!isCap(prev) && !FUNCTION_WORDS.has(prev.key)) return null;
    words.unshift(prev.text);
  }
  return null;
}

/** The paragraph's mentions by where they end, built when first needed. */
interface MentionEnds {
  actors: ActorAnnotation[];
  agreements: AgreementAnnotation[];
  actorByEnd: Map<number, ActorAnnotation> | null;
  agreementByEnd: Map<number, AgreementAnnotation> | null;
}

/** Bodies whose acronym may come from their name in another language (not people or countries). */
const FOREIGN_ACRONYM_CATEGORIES = new Set<ActorCategory>(['organization', 'military', 'group', 'government']);

/** Whether every letter of the acronym occurs in the name ("ELN" in "National Liberation Army"). */
function lettersWithin(acronym: string, name: string): boolean {
  const lower = name.toLowerCase();
  for (const ch of acronym.toLowerCase()) if (!lower.includes(ch)) return false;
  return true;
}

/**
 * The glossary agreement whose initials are the word at token i, where `name` shares a word of its own with that
 * agreement's names ("Mexico" in "US-Mexico-Canada Agreement" and "United States-Mexico-Canada Agreement"), or null.
 */
function agreementSpelt(c: ParaContext, i: number, name: string): string | null {
  const g = c.gazAt.get(i);
  if (g === undefined || g.end !== i + 1 || g.m.entry.category !== 'agreement') return null;
  const names = [g.m.entry.label, ...(g.m.entry.aliases ?? [])].join(' ').toLowerCase();
  const words = name.toLowerCase().match(NAME_WORD_RE);
  if (words) for (const w of words) if (!AGREEMENT_WORDS.has(w) && names.includes(w)) return g.m.entry.id;
  return null;
}
const NAME_WORD_RE = /\p{L}{4,}/gu;
/** Words of any agreement's name, which say nothing of which one. */
const AGREEMENT_WORDS = new Set(['agreement', 'agreements', 'treaty', 'accord', 'accords', 'convention', 'protocol', 'pact', 'partnership', 'framework', 'free', 'trade', 'economic', 'comprehensive', 'cooperation', 'strategic', 'joint', 'declaration', 'memorandum', 'understanding', 'plan', 'action', 'initiative', 'deal', 'arrangement', 'charter', 'united', 'states', 'nations']);

/** Whether the glossary knows the word at token i, alone, as a name of an entity other than `entity`. */
function namesOtherEntity(c: ParaContext, i: number, entity: string | null): boolean {
  const g = c.gazAt.get(i);
  return g !== undefined && g.end === i + 1 && g.m.entry.id !== entity;
}

/** The definition made by token i, which follows a "(", if it is an acronym in brackets after its long form. */
function definitionAt(c: ParaContext, i: number, ends: MentionEnds): Definition | null {
  const t = c.toks[i];
  if (!isAllCaps(t) && !testLong(INNER_CAPS_RE(), t.text)) return null;
  const before = c.text.slice(c.toks[i - 1].end, t.start);
  if (!/^\s*\(\s*$/.test(before) || !/^\s*\)/.test(c.text.slice(t.end, t.end + 3))) return null;
  const open = c.toks[i - 1].end + before.indexOf('(');
  const actorByEnd = (ends.actorByEnd ??= new Map(ends.actors.map((a) => [a.end, a] as const)));
  const agreementByEnd = (ends.agreementByEnd ??= new Map(ends.agreements.map((a) => [a.end, a] as const)));
  const prevEnd = c.toks[i - 1].end;
  const ag = agreementByEnd.get(prevEnd);
  const ac = actorByEnd.get(prevEnd);
  const long = ag ?? ac;
  if (long && fitsInitials(t.text, long.text.replace(/^the\s+/i, ''))) {
    // ("The US-Mexico-Canada Agreement (USMCA)": a name the glossary does not know, spelt by initials it knows as an
    // agreement named with the same words, is that agreement.)
    if (ag && ag.entity === null) ag.entity = agreementSpelt(c, i, ag.text);
    return {
      acronym: t.text,
      meaning: ag
        ? { kind: 'agreement', category: 'organization', entity: ag.entity, long: undefined }
        : { kind: 'actor', category: (ac as ActorAnnotation).category, entity: (ac as ActorAnnotation).entity, long: (ac as ActorAnnotation).entity ? undefined : (ac as ActorAnnotation).text },
      longForm: undefined,
    };
  }
  // An acronym of the name in its own language: "the National Liberation Army (ELN)", "the Kurdistan Workers' Party
  // (PKK)". A body's name right before the brackets, and its letters all in that name.
  // ("the Global Coalition against the Islamic State (ISIS)": not when the glossary knows the acronym as another
  // body's name; the brackets then name that body, here the one the coalition fights.)
  if (ac && !ag && FOREIGN_ACRONYM_CATEGORIES.has(ac.category) && t.text.length <= 6 && isAllCaps(t) && lettersWithin(t.text, ac.text) && !namesOtherEntity(c, i, ac.entity)) {
    return { acronym: t.text, meaning: { kind: 'actor', category: ac.category, entity: ac.entity, long: undefined }, longForm: undefined };
  }
  const first = long && (long.start < c.toks[i - 1].start || ag) ? null : longFormByInitials(c, i - 1, t.text);
  if (first !== null && first < i - 1) {
    // The words spell the acronym but are no single mention yet ("UN Support Mission" + "in" + "Libya").
    return { acronym: t.text, meaning: null, longForm: { start: c.toks[first].start, end: prevEnd } };
  }
  if (!long) {
    // A lower-case long form ("improvised explosive device (IED)") is a thing, not an actor.
    const window = c.text.slice(Math.max(0, open - 60), open);
    const words = window.trim().split(/\s+/).slice(-t.text.length);
    if (words.length && words.every((w) => STARTS_LOWER_RE.test(w)) && fitsInitials(t.text, words.join(' '))) {
      return { acronym: t.text, meaning: null, longForm: undefined };
    }
  }
  return null;
}
