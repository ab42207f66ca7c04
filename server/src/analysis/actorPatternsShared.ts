// What the people's and the bodies' patterns use (personPatterns.ts, titledPeople.ts, cuedPeople.ts, bodyPatterns.ts
// and the files split from it): the titles' phrase list, glossary matches ending at a token, connectors, "in" and its
// kin before a place, and the bodies' words that end no person's name (REGION_FIRST, OFFICE_LAST, ...).
import type { ActorCategory } from './types';
import * as actorWordsModule from './actorWords';
import * as givenNamesModule from './givenNames';
import type { ParaContext } from './actorContext';
import * as actorContextModule from './actorContext';
// Imported helpers as local constants: under tsx (tests, eval, bench) every use of an import is a getter call.
const { TITLES } = actorWordsModule;
const { GIVEN_NAMES } = givenNamesModule;
const { isCap, joins, keyed, registerPhraseList, wordListBit } = actorContextModule;

const titles = keyed(TITLES);
// The phrase passes test these bits before they call phraseAt: most tokens start no phrase.
const TITLE_BIT = registerPhraseList(titles);
const PLACE_PREP = new Set(['in', 'at', 'near', 'from', 'to', 'into', 'outside', 'around', 'across', 'of', 'towards', 'toward', 'through', 'via', 'between']);
const CONNECTORS = new Set(['of', 'and', 'for', 'the', 'on', 'de', 'du', 'des', 'la', 'al', 'el', 'ad', 'del', 'los', 'las', 'y']);
/**
 * The head words of Spanish and Portuguese institutions, kept in the original in English copy ("the Ministerio de
 * Relaciones Exteriores", "the Defensoria del Pueblo", "the Registraduria Nacional del Estado Civil"); the offices
 * known by their head alone are a body on their own too ("the Cancilleria", "the Fiscalia").
 */
const FOREIGN_HEADS = new Map<string, ActorCategory>([
  ...'ministerio|ministerie|secretaria|defensoria|registraduria|cancilleria|fiscalia|procuraduria|contraloria|consejo|corte|tribunal|senado|camara|asamblea|congreso|gobierno|presidencia|policia|itamaraty'.split('|').map((w) => [w, 'government'] as const),
  ...'ejercito|fuerzas|armada|guardia|exercito'.split('|').map((w) => [w, 'military'] as const),
  ...'partido|frente|movimiento'.split('|').map((w) => [w, 'group'] as const),
]);
const INITIALS_RE = /^(?:[A-Z]\.){2,3}$/;
const CONNECTOR_BIT = wordListBit(CONNECTORS);

/** The start token of the glossary match that ends at token `last`, or -1 (matches never overlap: one at most). */
export function gazetteerEndingAt(c: ParaContext, last: number): number {
  for (let k = last; k >= Math.max(0, last - 8); k--) if (c.gazAt.get(k)?.end === last + 1) return k;
  return -1;
}

const isPersonCategory = (cat: string | undefined): boolean => cat === 'person' || cat === 'official';

/** Start of a glossary actor (not a person) that ends at token `last`, or -1. */
function startOfGazetteerEndingAt(c: ParaContext, last: number): number {
  const k = gazetteerEndingAt(c, last);
  const entry = k >= 0 ? c.gazAt.get(k)?.m.entry : undefined;
  return entry && entry.kind === 'actor' && !isPersonCategory(entry.category) ? k : -1;
}
/** Last words of a publication's title: "World Energy Outlook", "Global Trends Report", "Defence Command Paper". */
const PUBLICATION_WORDS = new Set('outlook|report|review|index|survey|monitor|bulletin|yearbook|atlas|update|brief|briefing|magazine|journal|digest|handbook|almanac|tracker|database|dataset|assessment|paper|papers|strategy|doctrine'.split('|'));
/** Last words of a law's name: "Digital Services Act", "General Data Protection Regulation", "Habitats Directive". */
const LAW_WORDS = new Set(['act', 'regulation', 'directive']);
/** Last words of a site named after its owner or its trade: "Saratov Oil Refinery", "Gazprom Export Terminal". */
const SITE_WORDS = new Set('refinery|refineries|plant|terminal|depot|airfield|pipeline|reactor|shipyard|facility|complex|warehouse|substation'.split('|'));

/** Whether a person's name follows token j: a given name or initials and a capitalised word ("of Khalifa Haftar", "of
 * K.P. Sharma Oli"), or a person the glossary knows ("of Shehbaz Sharif"). */
function personAfter(c: ParaContext, j: number): boolean {
  const t = c.toks[j + 1];
  if ((GIVEN_NAMES.has(t.key) || INITIALS_RE.test(t.text)) && j + 2 < c.toks.length && isCap(c.toks[j + 2]) && joins(c, j + 1)) return true;
  const g = c.gazAt.get(j + 1);
  return g !== undefined && isPersonCategory(g.m.entry.category);
}

/** Words that count or pick out the people of a group head ("Sixteen people", "Several officials"), as a token's key. */
const COUNTING_WORD_RE = /^(?:these|those|several|few|more|other|many|most|both|all|dozens|hundreds|thousands|millions|scores|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|hundred|thousand)$/;

/** Last words of institutional titles that are not TITLES ("European Data Protection Supervisor"), never of a name. */
const OFFICE_LAST = new Set('supervisor|ombudsman|ombudsperson|controller|comptroller|registrar|regulator|auditor|rapporteur'.split('|'));
/** First words of region names ("West Darfur", "Northern Province"), never of a person's. */
export const REGION_FIRST = new Set('north|south|east|west|central|upper|lower|northern|southern|eastern|western|greater|latin|southeast|northeast|southwest|northwest|southeastern|northeastern|southwestern|northwestern|middle|far'.split('|'));

/** Labels of a transcript that name a role, not a person. */
const ROLE_LABELS = /^(?:QUESTIONS?|QUESTIONER|Q|A|ANSWER|MODERATOR|HOST|CO-HOST|GUEST|PRESENTER|ANCHOR|CALLER|AUDIENCE(?: MEMBER)?|PARTICIPANTS?|REPORTERS?|UNIDENTIFIED\b.*|CROWD|ANNOUNCER|NARRATOR|OPERATOR|INTERVIEWER|HOST|VOICES?|MALE|FEMALE|MAN|WOMAN|ALL|PANEL|TRANSLATOR|INTERPRETER)$/;

export { CONNECTOR_BIT, CONNECTORS, COUNTING_WORD_RE, FOREIGN_HEADS, INITIALS_RE, isPersonCategory, OFFICE_LAST, personAfter, LAW_WORDS, PLACE_PREP, PUBLICATION_WORDS, ROLE_LABELS, SITE_WORDS, startOfGazetteerEndingAt, TITLE_BIT, titles };
