// A paragraph's context with the glossary matches that stand: an idiom ("Fed up"), a currency ("US$"), a common noun
// ("an amnesty"), a law report's volume ("603 U.S. 369") and a word written in capitals ("IS" in a line of capitals,
// "DANE") are no mentions. Apart from actors.ts, which builds the candidates from what is left.
import type { Gazetteer, GazetteerMatch } from './gazetteer';
import type { Token } from './tokens';
import type { ParaContext } from './actorContext';
import * as actorContextModule from './actorContext';
import * as bodyPatternsModule from './bodyPatterns';
import { isDigitCode } from './chars';
// Unicode-class regexes used inside functions, made once here.
const STARTS_LETTER_RE = /^\p{L}/u;
// Imported helpers as local constants: under tsx (tests, eval, bench) every use of an import is a getter call.
const { isAllCaps, isCap, joins, makeContext } = actorContextModule;
const { isActorEntry } = bodyPatternsModule;

/** Two-letter acronyms that are also English words. */
const WORDISH = /^(?:IS|PA|AQ|AS|IT|IN|ON|AT|NO|ME|WE|OR|AN|SO|DO|GO|UP|BE)$/;

/** The categories of people: a surname the glossary knows in ordinary case is no word in capitals ("XI"). */
const PERSON_CATEGORIES = new Set(['person', 'official']);

/** Whether a word next to token i is in capitals too (a run of capitals: "CONGRESS HAS INVESTIGATED HIM"). */
function capsBeside(toks: Token[], i: number): boolean {
  const near = (t: Token | undefined): boolean => t !== undefined && t.text.length >= 2 && isAllCaps(t);
  return near(toks[i - 1]) || near(toks[i + 1]);
}

/** Whether a match is by an alias in ordinary case that is neither the entry's label nor one of its seats ("Dane"). */
function spellsOtherWord(m: GazetteerMatch): boolean {
  const alias = m.alias;
  if (alias === undefined || alias === alias.toUpperCase() || alias === m.entry.label) return false;
  return !(m.entry.seats ?? []).includes(alias);
}

/** The paragraph's context, with its glossary matches (words-as-acronyms dropped in lines of capitals). */
export function contextOf(text: string, toks: Token[], sentenceStarts: number[], gazetteer: Gazetteer): ParaContext {
  const matches: GazetteerMatch[] = [];
  for (const m of gazetteer.matchTokens(text, toks)) if (!(m.entry.kind === 'actor' && !isActorEntry(m.entry.category ?? 'organization'))) matches.push(m);
  const c = makeContext(text, toks, matches, sentenceStarts);
  // In a line written in capitals, short acronyms that are also English words ("IS", "PA") are words; in running
  // text, a word in capitals is an acronym when it only spells another name of an entry ("DANE" is no Dane).
  const wordish: number[] = [];
  const spelled: number[] = [];
  // (Entries read by index, not destructured: destructuring runs the iterator protocol, code that cost the optimising
  // compiler several times the rest of the function. The tests in functions called for every match and paragraph:
  // each rare side, first run after contextOf was optimised, threw its code away.)
  for (const e of c.gazAt) screenMatch(c, text, e[0], e[1], wordish, spelled);
  dropWordsAsAcronyms(c, wordish, spelled);
  return c;
}

/** Drops the match at token i if it is an idiom or currency; notes it in wordish or spelled if it may be a word. */
function screenMatch(c: ParaContext, text: string, i: number, g: { m: GazetteerMatch; end: number }, wordish: number[], spelled: number[]): void {
  const toks = c.toks;
  // "Fed up with delays": the idiom, not the Federal Reserve; "US$4.2 billion": the currency, not the country.
  if (g.end === i + 1 && ((toks[i].key === 'fed' && toks[i + 1]?.key === 'up') || text.charCodeAt(toks[i].end) === 36)) c.gazAt.delete(i);
  else if (g.end === i + 1 && COMMON_NOUN_ALIASES.has(toks[i].key) && commonNounUse(c, i)) c.gazAt.delete(i);
  // ("His BP was high", "her PA said", "high BP", "the PA system", "told the PA news agency": the letters are also a
  // person's measure, assistant or loudspeaker, and a British news agency's name.)
  else if (g.end === i + 1 && g.m.alias !== undefined && EVERYDAY_LETTERS.has(g.m.alias) && (everydayUse(c, i) || otherBodyUse(c, i))) c.gazAt.delete(i);
  // "603 U.S. 369": a law report between its volume and its page, not the country.
  else if (g.end === i + 1 && text.charCodeAt(toks[i].start - 1) === 32 && isDigitCode(text.charCodeAt(toks[i].start - 2)) && text.charCodeAt(toks[i].end) === 32 && isDigitCode(text.charCodeAt(toks[i].end + 1)) && REPORT_PAGE_RE.test(text.slice(toks[i].end, toks[i].end + 8))) c.gazAt.delete(i);
  // "the Opposition INDIA bloc": a name in ordinary case spelled in capitals before "bloc" or "alliance" names the
  // grouping (an acronym that spells the word), not the country.
  else if (g.end === i + 1 && toks[i + 1] !== undefined && GROUPING_AFTER.has(toks[i + 1].text) && toks[i].text.length >= 4 && isAllCaps(toks[i]) && g.m.alias !== g.m.alias?.toUpperCase()) c.gazAt.delete(i);
  // "the Arab Book Fair", "the Kurdish Film Festival", "the US Open": a name before an event's name in capitals is a word
  // of the event's name, no actor.
  else if (g.end < toks.length && isCap(toks[g.end]) && joins(c, g.end - 1) && eventNamed(c, g.end)) c.gazAt.delete(i);
  else if (g.m.alias?.length === 2 && WORDISH.test(g.m.alias)) wordish.push(i);
  // ("WHO IS TO BLAME?", "THOSE WHO STAYED", "JOIN US", "ALL OF US": in a line of capitals, the pronouns.)
  else if (g.end === i + 1 && (g.m.alias === 'WHO' || g.m.alias === 'US') && pronounInCapitals(c, i)) wordish.push(i);
  // (A two-letter surname too: "Article XI:1" of a treaty is no Xi.)
  else if (g.end === i + 1 && (toks[i].text.length >= 3 || PERSON_CATEGORIES.has(g.m.entry.category ?? '')) && isAllCaps(toks[i]) && spellsOtherWord(g.m) && !capsBeside(toks, i)) spelled.push(i);
}

/** Words in capitals after "WHO" that make it the pronoun asking, with no question mark: "WHO KNEW", "WHO CARES". (Else a
 * question it opens does: "WHO IS TO BLAME?"; "WHO WILL SEND EXPERTS" is the agency's headline.) */
const AFTER_WHO_PRONOUN = new Set('knew|knows|cares|really|else'.split('|'));
/** Words in capitals before "WHO" that make it a body's name still: "AT WHO", "THE WHO". */
const BEFORE_WHO_NAME = new Set('at|by|from|to|of|with|and|for|the|says|said|chief|head|warns|in|on|as|or|per'.split('|'));
/** Verbs in capitals after which "US" is the pronoun: "JOIN US", "TELL US", "LET US". */
const BEFORE_US_PRONOUN = new Set('join|tell|let|contact|follow|help|give|show|ask|send|bring|email|call|write|text|told|gave|showed|asked|sent|brought|helped|joined|let|taught|teach'.split('|'));
/** Prepositions in capitals after which "US" ending its clause is the pronoun: "ALL OF US.", "WITH US!". */
const PREP_BEFORE_US = new Set(['with', 'about', 'among', 'of', 'like', 'for', 'behind', 'beside']);

/** Whether "WHO" or "US" at token i (in a line that may be in capitals) is the pronoun. */
function pronounInCapitals(c: ParaContext, i: number): boolean {
  const t = c.toks[i];
  const prev = i > 0 && joins(c, i - 1) ? c.toks[i - 1] : undefined;
  const next = i + 1 < c.toks.length && joins(c, i) ? c.toks[i + 1] : undefined;
  if (t.text === 'WHO') {
    if (prev !== undefined) return isAllCaps(prev) && !BEFORE_WHO_NAME.has(prev.key);
    return (next !== undefined && AFTER_WHO_PRONOUN.has(next.key)) || QUESTION_LINE_RE.test(c.text.slice(t.end, t.end + 120));
  }
  if (prev === undefined || !isAllCaps(prev) || c.text.charCodeAt(t.end) === 45) return false;
  return BEFORE_US_PRONOUN.has(prev.key) || (PREP_BEFORE_US.has(prev.key) && next === undefined);
}
/** The rest of a line that ends in a question mark. */
const QUESTION_LINE_RE = /^[^\n.!]*\?/;

/** The last words of an event's name: "Book Fair", "Film Festival", "Asian Games", "Arab Cup". */
const EVENT_HEADS = new Set('fair|festival|games|cup|awards|award|prize|championship|championships|open|expo|exhibition|biennale|biennial|marathon|olympiad|week|show|carnival|rally'.split('|'));

/** Whether capitalised words from token k (one to three) end in an event's last word, no capital after it. */
function eventNamed(c: ParaContext, k: number): boolean {
  for (let e = k; e < k + 3 && e < c.toks.length && isCap(c.toks[e]) && (e === k || joins(c, e - 1)); e++) {
    if (!EVENT_HEADS.has(c.toks[e].key)) continue;
    const next = c.toks[e + 1];
    // ("the Arab Cup of Nations": "of" and a capital go on with the event's name.)
    return !(next && joins(c, e) && isCap(next)) && !c.sentenceStart[e];
  }
  return false;
}

/** A law report's page after its letters: " 369 (", " 837,", " 215." (not " 10th Mountain", " 2,000 troops"). */
const REPORT_PAGE_RE = /^ \d{1,5}(?![\w,.]\w|\s+[a-z])/;
/** Lower-case nouns after a name spelled in capitals that make it a grouping's ("the INDIA bloc"). */
const GROUPING_AFTER = new Set(['bloc', 'alliance', 'coalition', 'grouping']);

/** Glossary acronyms that are also everyday abbreviations: blood pressure, a personal assistant, a public address. */
export const EVERYDAY_LETTERS = new Set(['BP', 'PA']);
/** Words before such letters that make them the everyday thing: a person's possessive, a reading's level. */
const EVERYDAY_BEFORE = new Set(['his', 'her', 'my', 'your', 'high', 'low', 'elevated', 'raised', 'systolic', 'diastolic']);
/** Words after them that do: "the PA system", "PA announcements", "BP readings". */
const EVERYDAY_AFTER = new Set(['system', 'systems', 'announcement', 'announcements', 'readings', 'reading']);
/** Words after "PA" that make it Britain's news agency, no authority: "the PA news agency", "PA Media". */
const AGENCY_AFTER = new Set(['news', 'media', 'wire']);
/** Whether the everyday letters at token i are the everyday thing (EVERYDAY_BEFORE, EVERYDAY_AFTER). */
export function everydayUse(c: ParaContext, i: number): boolean {
  const prev = c.toks[i - 1];
  if (prev !== undefined && joins(c, i - 1) && EVERYDAY_BEFORE.has(prev.key)) return true;
  const next = c.toks[i + 1];
  return next !== undefined && joins(c, i) && EVERYDAY_AFTER.has(next.key);
}
/** Whether the letters at token i are another body's than the glossary's: "the PA news agency". */
function otherBodyUse(c: ParaContext, i: number): boolean {
  const next = c.toks[i + 1];
  return c.toks[i].text === 'PA' && next !== undefined && joins(c, i) && AGENCY_AFTER.has(next.key);
}

/** One-word aliases that are also common nouns for no actor ("Amnesty" for Amnesty International; an amnesty, the
 * pardon): capitalised, they may still be the noun (see commonNounUse). */
const COMMON_NOUN_ALIASES = new Set(['amnesty']);
/** Words after such a noun that name what it is ("the Amnesty Law", "Amnesty laws") or take its object ("Amnesty for
 * political prisoners"). */
const COMMON_NOUN_AFTER = new Set('law|laws|bill|act|decree|programme|program|scheme|plan|deal|offer|commission|for|of|under'.split('|'));

/**
 * Whether the one-word alias at token i is the common noun: before a word of COMMON_NOUN_AFTER in capitals (a law's
 * or a scheme's name, "the Amnesty Law") or, where the sentence's first capital may be the noun's, in any case
 * ("Amnesty for political prisoners was a key demand"; "Amnesty said" stays the body).
 */
function commonNounUse(c: ParaContext, i: number): boolean {
  const next = c.toks[i + 1];
  if (!next || !joins(c, i) || !COMMON_NOUN_AFTER.has(next.key)) return false;
  return isCap(next) ? !c.sentenceStart[i + 1] : c.sentenceStart[i];
}

/** Drops the words-as-acronyms: in a line of capitals the wordish ones, else the spelled ones. */
function dropWordsAsAcronyms(c: ParaContext, wordish: number[], spelled: number[]): void {
  if (!wordish.length && !spelled.length) return;
  const capitals = mostlyCapitals(c.toks);
  const drop = capitals ? wordish : spelled;
  for (let k = 0; k < drop.length; k++) c.gazAt.delete(drop[k]);
}

function mostlyCapitals(toks: { text: string }[]): boolean {
  let caps = 0;
  let words = 0;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (t.text.length < 2 || !STARTS_LETTER_RE.test(t.text)) continue;
    words++;
    if (t.text === t.text.toUpperCase()) caps++;
  }
  return words >= 3 && caps * 2 > words;
}
