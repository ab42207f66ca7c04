// Actors and agreements: glossary matches, then patterns for the ones the glossary does not know, then
// document-level links (acronyms defined in the text, surnames of people named before, definite descriptions).
// Paragraph by paragraph in document order, so later paragraphs can refer back.
// Steps in files of their own: actorMatches.ts (the glossary matches that stand), actorListEntries.ts, actorPlaces.ts,
// definedAcronyms.ts, antecedents.ts (what a paragraph refers back to), actorPasses.ts (after all paragraphs).
import type { ActorAnnotation, ActorCategory, AgreementAnnotation } from './types';
import type { Segmentation } from './segment';
import type { Gazetteer, GazetteerMatch } from './gazetteer';
import type { Token } from './tokens';
import { firstStartingFrom, overlapsSorted, pushAll, removeWhere, sortShort } from './order';
import { lazyRegExp, testLong, webAddresses } from './chars';
import * as tokensModule from './tokens';
import type { Candidate, ParaContext } from './actorContext';
import * as actorContextModule from './actorContext';
import * as actorPatternsSharedModule from './actorPatternsShared';
import * as bodyPatternsModule from './bodyPatterns';
import * as groupNounsModule from './groupNouns';
import * as lowerCaseBodiesModule from './lowerCaseBodies';
import * as unknownAcronymsModule from './unknownAcronyms';
import * as personPatternsModule from './personPatterns';
import * as titledPeopleModule from './titledPeople';
import * as cuedPeopleModule from './cuedPeople';
import type { AgreementCandidate } from './agreements';
import * as agreementsModule from './agreements';
import * as acronymsModule from './acronyms';
import { PARTY_TAG_RE } from './actorWords';
import * as namedBodiesModule from './namedBodies';
import * as actorPassesModule from './actorPasses';
import * as actorPlacesModule from './actorPlaces';
import * as actorMatchesModule from './actorMatches';
import * as actorListEntriesModule from './actorListEntries';
import * as definedAcronymsModule from './definedAcronyms';
import type { DocState, ParaWork } from './paraWork';
import * as paraWorkModule from './paraWork';
import * as antecedentsModule from './antecedents';
import * as actorCoreferenceModule from './actorCoreference';
import { GLOSSARY_PRIORITY, namesakeNamedBefore, noteSurnameLinks, otherCountryTitle, surnameCategory, surnameLink, usableSurname } from './surnameLinks';
import { datelineCityCountry } from './datelines';
// Imported helpers as local constants: under tsx (tests, eval, bench) every use of an import is a getter call.
const { tokenizeText } = tokensModule;
const { actorMention, agreementMention, isCap, joins, wordListBit } = actorContextModule;
const { PLACE_PREP } = actorPatternsSharedModule;
const { congressCity, namedOrganisations } = bodyPatternsModule;
const { genericActors, groupsOfActors } = groupNounsModule;
const { lowerCaseHeads } = lowerCaseBodiesModule;
const { unknownAcronyms } = unknownAcronymsModule;
const { lastNameKey, speakerLabel } = personPatternsModule;
const { titledPeople } = titledPeopleModule;
const { cuedPeople } = cuedPeopleModule;
const { agreementPatterns } = agreementsModule;
const { findAcronymDefinitions } = acronymsModule;
const { firmMentions, impliedAcronyms, lawAcronyms, lawInitials, namedForCountry, nationalSections, nicknames, platformX, STAFF_OR_FRENCH_HEAD_BIT, staffFirmsAndFrenchBodies, TRADE_ENTITIES, tradeSenses } = namedBodiesModule;
const { agencyCredit, ampersandName, britishParties, BASED_AFTER_RE, blankBefore, blankThen, brusselsWithoutEu, chileanRepublicans, companyTail, congoleseOfDrc, CURRENCY_AFTER_RE, datelineCity, georgiaTheState, inCaseName, inHandle, isLanguage, isPlace, kremlinSecurityCouncil, localCouncils, newBefore, otherCountryLaws, partyCoalition, placeOfOwnCountry, possessiveCountryBodies, regnalNumeral, stanceAdjective, sudansRsf, unlinkForeignChambers, unlinkStateAssembly, WATER_OF_BEFORE_RE } = actorPassesModule;
const { categoryEndingAt, placeUse, regionNamedFor } = actorPlacesModule;
const { contextOf } = actorMatchesModule;
const { listedEntry } = actorListEntriesModule;
const { addDefinedAcronyms, definedAcronymMentions, takeDefinitions } = definedAcronymsModule;
const { claim, isTaken, mark, overlaps, scratch } = paraWorkModule;
const { byStartOnly, referBack } = antecedentsModule;
const { isCompanyEntry } = actorCoreferenceModule;

/** Finds actor and agreement mentions, linked to glossary entries where known. Never throws. */
export function findActorsAndAgreements(
  text: string,
  seg: Segmentation,
  gazetteer: Gazetteer,
): { actors: ActorAnnotation[]; agreements: AgreementAnnotation[] } {
  const doc: DocState = { acronyms: new Map(), notActorAcronyms: new Set(), initials: new Map(), surnames: new Map(), surnameEntities: new Map(), firms: new Map(), companies: new Map(), actors: [], inner: [], agreements: [] };
  try {
    const sentenceStarts = (seg?.sentences ?? []).map((s) => s.start).sort((a, b) => a - b);
    for (const p of seg?.paragraphs ?? []) {
      if (!(p.end > p.start)) continue;
      paragraph(text, p.start, Math.min(p.end, text.length), sentenceStarts, gazetteer, doc);
    }
  } catch {
    // The core must not fail; what was found before an unexpected error is still useful.
  }
  // The stoplist is the user's word: no pattern may tag what it names either. (One filter and one order per
  // list, so that each sees one kind of object.)
  // The wire dateline ("VIENNA, Nov. 27 (Reuters) -", "KYIV, Ukraine (AP) -") says where the story was filed: its
  // capitals and countries are places there, not the governments they stand for elsewhere, and so is any name in
  // its opening capitals ("NEW YORK", "UNITED NATIONS", "ABU DHABI").
  const dl = seg?.dateline;
  const cityEnd = dl ? dl.start + datelineCity(text.slice(dl.start, dl.end)).length : -1;
  // (Nor is the agency in its brackets an actor of the story: "(Reuters)", "(AP)".)
  const inDateline = (a: ActorAnnotation): boolean => (!!dl && a.start >= dl.start && (a.end <= cityEnd || ((a.category === 'country' || text.charCodeAt(a.start - 1) === 40) && a.end <= dl.end))) || agencyCredit(text, a);
  // Nor are the wire's journalists in its byline or its credit line: "(Reporting by Elena Munteanu in Chisinau; Editing
  // by ...)" (segmentation found them).
  const credits = seg?.credits ?? [];
  // No actor is named inside a web address ("https://example.org/news/Iraq").
  const links = webAddresses(text);
  const inLink = (a: { start: number; end: number }): boolean => links.length > 0 && overlapsSorted(links, a.start, a.end);
  // (The whole text is read for a trade's terms only once a mention of such an entity is there to be dropped: most texts
  // have none, and the scan cost a millisecond a megabyte.)
  // ("Saudi Arabia's PIF": a term that names another body there takes that body's entity and category, and stays.)
  const trade = new Map<string, { bare: RegExp; to: string | null }[]>();
  const tradeTerm = (a: ActorAnnotation): boolean => {
    if (!a.entity || !TRADE_ENTITIES.has(a.entity)) return false;
    let senses = trade.get(a.entity);
    if (senses === undefined) trade.set(a.entity, (senses = tradeSenses(text, a.entity)));
    for (const sense of senses) {
      // ("Saudi Arabia's PIF leaders": the acronym before its people's noun, too.)
      if (!sense.bare.test(a.text) && !(a.text.includes(' ') && PEOPLE_AFTER_RE().test(a.text) && sense.bare.test(a.text.slice(0, a.text.indexOf(' '))))) continue;
      if (sense.to === null) return true;
      a.category = (gazetteer.entry(sense.to)?.category ?? a.category) as ActorCategory;
      a.entity = sense.to;
      return false;
    }
    return false;
  };
  // (A lawmaker's party and state, "R-Texas", is no one; "New Mexico" is no Mexico.)
  const actors = doc.actors
    .filter((a) => !tradeTerm(a) && !(a.category === 'country' && text.charCodeAt(a.end) === 45 && BASED_AFTER_RE.test(text.slice(a.end, a.end + 7))) && !stopped(gazetteer, a.text) && !inDateline(a) && !inLink(a) && !(credits.length > 0 && overlapsSorted(credits, a.start, a.end)) && !inHandle(text, a) && !isLanguage(text, a) && !(a.category === 'country' && blankBefore(text, a.start, 102, 101) && WATER_OF_BEFORE_RE.test(text.slice(Math.max(0, a.start - 16), a.start))) && !(a.text.charCodeAt(1) === 45 && testLong(PARTY_TAG_RE, a.text)) && !stanceAdjective(a.text) && !(a.category === 'country' && newBefore(text, a.start)) && !(a.category === 'country' && blankThen(text, a.end, 100, 99) && CURRENCY_AFTER_RE.test(text.slice(a.end, a.end + 9))) && !isPlace(text, a) && !inCaseName(text, a) && !workTitle(text, a))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  // (The dateline's country, "ISLAMABAD:", sets the story where its bare "the Senate" sits.)
  let filedIn: string | undefined;
  if (dl && cityEnd > dl.start) for (const m of gazetteer.match(text, dl.start, cityEnd)) if (m.entry.id.startsWith('country:')) filedIn = m.entry.id;
  // ("KARACHI:", "SYDNEY, Nov 28 (Reuters) -": a city that is no capital, which the glossary does not hold, sets it as well.)
  if (!filedIn && dl && cityEnd > dl.start) filedIn = datelineCityCountry(text.slice(dl.start, cityEnd));
  britishParties(actors);
  unlinkForeignChambers(text, actors, filedIn);
  unlinkStateAssembly(text, actors);
  brusselsWithoutEu(text, actors);
  georgiaTheState(text, actors);
  congoleseOfDrc(actors);
  sudansRsf(text, actors);
  kremlinSecurityCouncil(text, actors);
  chileanRepublicans(actors);
  placeOfOwnCountry(text, actors);
  localCouncils(text, actors);
  partyCoalition(text, actors);
  nationalSections(text, actors);
  possessiveCountryBodies(text, actors, gazetteer);
  let tails = false;
  for (const a of actors) {
    ampersandName(text, a);
    if (a.category === 'person' || a.category === 'official') regnalNumeral(text, a);
    if (a.category === 'organization' && companyTail(text, a)) tails = true;
  }
  // (A company's tail takes in the mention of "LTD" it covered: one company.)
  if (tails) {
    let prev: ActorAnnotation | undefined;
    removeWhere(actors, (a) => {
      const inside = prev !== undefined && a.end <= prev.end && a.start >= prev.start;
      prev = a;
      return inside;
    });
  }
  const agreements = doc.agreements.filter((a) => !stopped(gazetteer, a.text) && !inLink(a)).sort((a, b) => a.start - b.start || a.end - b.end);
  otherCountryLaws(text, actors, agreements, gazetteer);
  return { actors, agreements };
}

/**
 * Whether an unknown name is the title of a written work, right after the noun for it: "the holy book Kitab Al Jilwah",
 * "The treatise Nahj al-Balagha is attributed to Ali", "the scripture Guru Granth Sahib". (Not its author: "the book
 * Jane Doe wrote".)
 */
function workTitle(text: string, a: ActorAnnotation): boolean {
  if (a.entity !== null || text.charCodeAt(a.start - 1) !== 32 || (a.category !== 'person' && a.category !== 'organization' && a.category !== 'group')) return false;
  return WORK_BEFORE_RE().test(text.slice(Math.max(0, a.start - 14), a.start)) && !WRITER_AFTER_RE().test(text.slice(a.end, a.end + 24));
}
/** A body's people after its acronym: "PIF leaders", "IOC officials". */
const PEOPLE_AFTER_RE = lazyRegExp(() => /^\S+\s(?:leaders|officials|members|executives|delegation|spokesman|spokeswoman)$/);
/** The nouns for a written work, before its title. */
const WORK_BEFORE_RE = lazyRegExp(() => /\b(?:book|books|text|treatise|scripture|scriptures|manuscript|epic|poem|novel|tract|hadith|sermon)\s$/);
/** A verb after a name that makes it the work's author or reader: "the book Jane Doe wrote", "the text Ali sent". */
const WRITER_AFTER_RE = lazyRegExp(() => /^\s+(?:wrote|writes|has|had|have|published|publishes|edited|translated|sent|gave|read|reads|signed|cited|co-wrote|authored|[a-z]+ed\s+(?:in|about|on|for|with)\b)/);

// One paragraph in four steps, each its own function: the optimising compiler takes a large function in
// time that grows faster than its size, and a cold run waits on it.
function paragraph(text: string, start: number, end: number, sentenceStarts: number[], gazetteer: Gazetteer, doc: DocState): void {
  const toks = tokenizeText(text, start, end);
  if (!toks.length) return;
  const c = contextOf(text, toks, sentenceStarts, gazetteer);
  const w: ParaWork = { c, start, end, doc, agreementCands: [], actorCands: [], agreements: [], actors: [], taken: scratch(0, end - start), acronymish: null };
  collectCandidates(w, gazetteer);
  choose(w, gazetteer);
  referBack(w, gazetteer);
  pushAll(doc.actors, w.actors);
  pushAll(doc.agreements, w.agreements);
}

/** Whether the pick at j has an official's title beside it, across a comma: "a senior Hamas official, Osama Hamdan". */
function titleBeside(text: string, picked: Candidate[], j: number): boolean {
  const a = picked[j];
  const before = j > 0 ? picked[j - 1] : undefined;
  const after = j + 1 < picked.length ? picked[j + 1] : undefined;
  return (!!before && before.category === 'official' && !before.surname && before.end + 2 === a.start && text.charCodeAt(before.end) === 44) ||
    (!!after && after.category === 'official' && !after.surname && a.end + 2 === after.start && text.charCodeAt(a.end) === 44) ||
    // "Rafael Grossi, head of the International Atomic Energy Agency": the post set off after the name.
    (text.charCodeAt(a.end) === 44 && POST_OF_AFTER_RE.test(text.slice(a.end, a.end + 40))) ||
    // "Its spokesperson, Lin Jian, said", "the ministry's spokesman, Guo Jiakun", "the Organization of American States'
    // secretary-general, Albert Ramdin": a post set off before the name.
    (text.charCodeAt(a.start - 2) === 44 && POST_BEFORE_RE.test(text.slice(Math.max(0, a.start - 64), a.start))) ||
    (text.charCodeAt(a.end) === 44 && ownedPostAfter(text, picked, j));
}
/** Whether an official's post, after its body's possessive, is set off after the pick at j: "Mawlawi Abdul Kabir, the
 * Taliban's refugees minister,", "K.P. Sharma Oli, Nepal's prime minister,". */
function ownedPostAfter(text: string, picked: Candidate[], j: number): boolean {
  const a = picked[j];
  for (let k = j + 1; k < picked.length && k <= j + 2 && picked[k].start - a.end < 48; k++) {
    const p = picked[k];
    if (p.category === 'official' && !p.surname && OWNER_BETWEEN_RE.test(text.slice(a.end, p.start))) return true;
  }
  return false;
}
/** A comma and a body's or a country's possessive of one to four capitalised words, after "the" or not: ", the Taliban's ". */
const OWNER_BETWEEN_RE = /^,\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}['\u2019]s?\s+$/u;
/** A post set off before a name: "Its spokesperson, ", "the ministry's spokesman, ", "the Organization of American
 * States' secretary-general, ", "Russia's president, ", "its chief executive, ", "The council's leader, "; after
 * "the" too, with the place it is of before or after it: "the mayor, ", "The Greater Manchester mayor, ", "the
 * finance minister, ", "The mayor of the West of England, ", "Human Rights Watch's Asia director, ". (Not "the head, ":
 * "shot in the head, Hassan said"; nor after a preposition: "A spokeswoman for the mayor, Zeynep Aksoy," is hers.) */
const POST_BEFORE_RE = /(?:^|[\s(])(?:[Ii]ts|[Tt]heir|(?<!\b(?:for|of|to|with|by|from|at|on|about)\s)[Tt]he(?!\s+(?:head|chief|executive|chair)\s*,)|[\w-]*\p{L}['\u2019]s?)\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:(?:former|outgoing|interim|chief|deputy|senior|acting|top|lead|special|new)\s+){0,2}(?:spokes(?:man|woman|person)|envoy|ambassador|negotiator|commander|chief|director|secretary[- ]general|general\s+secretary|president|chairman|chairwoman|chairperson|chair|head|leader|executive|mayor|governor|commissioner|premier|chancellor|vice[- ]chancellor|provost|rector|(?:[a-z]+\s+)?minister)(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}-]*){0,3})?\s*,\s$/u;
/**
 * Whether a company's officer's post is set off right before the name at `at`: "The company's chief executive, Andy
 * Jassy,", "Its CEO, Satya Nadella,", "Nvidia's chief financial officer, Colette Kress,". A company's officer holds no
 * public office, a person as "chief executive Andy Jassy" is. The owner is a company by its description ("the
 * company's", "the carmaker's") or as the glossary knows it: the name before the possessive, or for "its" the last body
 * named ("Acas said its chief executive, Susan Clews," is a public body's officer, an official).
 */
function companyPostBefore(text: string, at: number, actors: ActorAnnotation[], docActors: ActorAnnotation[], gazetteer: Gazetteer): boolean {
  if (text.charCodeAt(at - 2) !== 44) return false;
  const from = Math.max(0, at - 64);
  const m = COMPANY_POST_BEFORE_RE.exec(text.slice(from, at));
  if (m === null) return false;
  const owner = m[1];
  if (COMPANY_OWNER_RE.test(owner)) return true;
  const ownerEnd = from + m.index + m[0].indexOf(owner) + owner.length;
  const its = owner === 'its' || owner === 'Its' || owner === 'their' || owner === 'Their';
  // The mention that owns the post: the one ending at the possessive, or for "its" the last body before it.
  const body = lastBodyBefore(actors, ownerEnd, its) ?? lastBodyBefore(docActors, ownerEnd, its);
  if (body === null || (!its && body.end + 3 < ownerEnd)) return false;
  const entry = body.entity ? gazetteer.entry(body.entity) : undefined;
  // (A body the glossary does not know is a company by its legal form: "Acme Corp", "Halvard Labs Inc.".)
  return entry !== undefined ? isCompanyEntry(entry) : body.category === 'organization' && LEGAL_FORM_END_RE.test(body.text);
}
/** A company's legal form ending its name. */
const LEGAL_FORM_END_RE = /\s(?:Inc|Corp|Corporation|Ltd|Limited|plc|PLC|LLC|Co|AG|SA|NV|GmbH|Holdings)\.?$/;
/** The last organisation in the list that ends by `end` (for a possessive, within its "'s"). */
function lastBodyBefore(list: ActorAnnotation[], end: number, any: boolean): ActorAnnotation | null {
  for (let k = list.length - 1; k >= 0 && k >= list.length - 40; k--) {
    const a = list[k];
    if (a.end > end) continue;
    if (a.category === 'organization' || a.category === 'government') return a;
    if (!any) return null;
  }
  return null;
}
/** A company's officer's post before a comma, its owner in group 1: "The company's chief executive, ", "Its CEO, ". */
const COMPANY_POST_BEFORE_RE = /(?:^|[\s(])([Ii]ts|[Tt]heir|[Tt]he\s+[a-z]+['\u2019]s|\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,2}['\u2019]s?)\s+(?:(?:new|former|outgoing|incoming|then)\s+)?(?:chief\s+executive(?:\s+officer)?|CEO|chief\s+financial\s+officer|CFO|chief\s+operating\s+officer|COO|chief\s+technology\s+officer|CTO|co-founder|founder)\s*,\s$/u;
/** A company named by what it is, as the owner of a post: "The company's", "the carmaker's". */
const COMPANY_OWNER_RE = /^[Tt]he\s+(?:company|firm|startup|carmaker|automaker|chipmaker|drugmaker|planemaker|retailer|insurer|airline|maker|conglomerate|group)['\u2019]s$/;

/** A post in a body set off after a name: ", head of", ", the director-general of", ", chairman of". */
const POST_OF_AFTER_RE = /^,\s+(?:the\s+)?(?:(?:acting|deputy|outgoing|incoming)\s+)?(?:head|chief|director(?:-general)?|director\s+general|president|chair|chairman|chairwoman|chairperson|leader|secretary-general|secretary\s+general|governor|commander|executive\s+director|managing\s+director)\s+(?:of|at)\s/i;

/**
 * Every candidate mention: glossary matches, patterns, and acronyms defined in earlier paragraphs. (In steps of their
 * own: one large function, called once per paragraph, was never optimised in a cold run of 1 MB: V8 asks more calls
 * of a larger function, and each rare branch first met started its count again.)
 */
function collectCandidates(w: ParaWork, gazetteer: Gazetteer): void {
  const { c, doc, agreementCands, actorCands } = w;
  const listed = listedEntry(w);
  glossaryCandidates(c, listed, agreementCands, actorCands, gazetteer);
  brusselsActs(c, actorCands);
  agreementPatterns(c, agreementCands);
  inheritEntities(c.text, agreementCands);
  bareAgreementNames(c, agreementCands, gazetteer);
  speakerLabel(c, w, actorCands);
  titledPeople(c, actorCands);
  const surnames = paragraphSurnames(doc, actorCands);
  const known = actorCands.length;
  namedOrganisations(c, actorCands);
  orgEntities(c, actorCands, known);
  groupsOfActors(c, actorCands);
  lowerCaseHeads(c, actorCands);
  genericActors(c, actorCands);
  cuedPeople(c, actorCands, surnames);
  lawAcronyms(c, doc.notActorAcronyms);
  if (c.anyBits & STAFF_OR_FRENCH_HEAD_BIT) staffFirmsAndFrenchBodies(c, doc.firms, actorCands, doc.companies);
  if (c.gazAt.size) namedForCountry(c, actorCands);
  firmMentions(c, doc.firms, actorCands);
  platformX(c, actorCands);
  unknownAcronyms(c, actorCands, doc.notActorAcronyms);
  definedAcronymMentions(w);
  if (c.gazAt.size) for (let j = known; j < actorCands.length; j++) if (!actorCands[j].entity) kindAfterName(c, actorCands[j]);
}

/** The glossary's matches as candidates (in a listed entry, its countries are no actors). */
function glossaryCandidates(c: ParaContext, listed: boolean, agreementCands: AgreementCandidate[], actorCands: Candidate[], gazetteer: Gazetteer): void {
  const toks = c.toks;
  // (Entries read by index, not destructured: destructuring runs the iterator protocol, code that cost the optimising
  // compiler several times the rest of the function.)
  for (const e of c.gazAt) {
    const i = e[0];
    const m = e[1].m;
    if (m.entry.kind === 'agreement') {
      const body = speakingSecretariat(c, e[1].end, m, gazetteer);
      if (body) actorCands.push({ start: m.start, end: m.end, category: 'organization', entity: body, priority: 4 });
      else agreementCands.push({ start: m.start, end: versionYearEnd(c.text, m.start, m.end), entity: m.entry.id, priority: 4 });
    }
    else if (m.entry.kind === 'actor' && !(listed && m.entry.category === 'country') && !placeUse(c, i, m) && !regionNamedFor(c, i, m) && !(m.entry.category === 'organization' && productAfterMaker(c, e[1].end)) && !congressOfCity(c, e[1].end) && !(m.alias !== undefined && SHARED_SHORT_NAMES.has(m.alias) && runsIntoName(c, i, e[1].end)) && !(m.entry.id === 'amazon' && amazonPlace(c, i)) && !sidePrefixed(c, i)) {
      actorCands.push(glossaryCandidate(c, toks, i, m, e[1].end));
      // ("the Kurdish YPG", "the Lebanese Hezbollah", "the Yemeni Houthis": the people's or the country's adjective before
      // an armed group says whose it is; the whole is the group.)
      const origin = i > 0 && (m.entry.category === 'group' || (m.entry.category === 'military' && m.alias !== undefined && ALL_CAPS_RE.test(m.alias))) ? originBefore(c, i) : -1;
      if (origin >= 0) actorCands.push({ start: toks[origin].start, end: m.end, category: m.entry.category as ActorCategory, entity: m.entry.id, priority: GLOSSARY_PRIORITY });
    }
  }
}

/** The token that starts a people's or a country's adjective ("Kurdish", "Lebanese") the glossary matched right before
 * token i, or -1. */
function originBefore(c: ParaContext, i: number): number {
  if (!joins(c, i - 1) || c.text.charCodeAt(c.toks[i].start - 1) !== 32) return -1;
  const g = c.gazAt.get(i - 1);
  if (g === undefined || g.end !== i) return -1;
  const m = g.m;
  if ((m.entry.category !== 'country' && m.entry.category !== 'group') || m.alias === undefined || m.alias === m.entry.label || !DEMONYM_RE.test(m.alias)) return -1;
  return i - 1;
}
/** A people's or a country's adjective: "Kurdish", "Lebanese", "Yemeni", "Afghan", "Palestinian". */
const DEMONYM_RE = /^[A-Z][a-z]+(?:ish|ian|ean|an|i|ese|ic|ch)$/;
const ALL_CAPS_RE = /^[A-Z]{2,6}$/;

/** Whether the glossary's name at token i is what a word before it is for or against: "anti-American protests", "the
 * pro-Kremlin media", "counter-Houthi operations" name no act of the country or the group. (A group of its people is a
 * longer mention of its own: "pro-Russian separatists".) */
function sidePrefixed(c: ParaContext, i: number): boolean {
  if (i < 1 || c.text.charCodeAt(c.toks[i].start - 1) !== 45 || c.toks[i - 1].end !== c.toks[i].start - 1) return false;
  const k = c.toks[i - 1].key;
  return k === 'anti' || k === 'pro' || k === 'counter';
}

/** Verbs of saying after which an agreement's name speaks as the body that serves it: "The UNFCCC said". */
const SECRETARIAT_VERBS = new Set(['said', 'says', 'warned', 'warns', 'reported', 'reports', 'estimated', 'estimates', 'found', 'finds', 'announced', 'announces', 'told', 'urged', 'urges', 'noted', 'notes', 'published', 'added', 'stated', 'calculated']);

/**
 * The glossary's body of an agreement whose name at m speaks ("The UNFCCC said in a report"): the entry with the
 * agreement's id and "-secretariat" ("unfccc-secretariat"), if there is one and a verb of saying follows at token k.
 */
function speakingSecretariat(c: ParaContext, k: number, m: GazetteerMatch, gazetteer: Gazetteer): string | null {
  const next = c.toks[k];
  if (next === undefined || !SECRETARIAT_VERBS.has(next.key) || next.start !== m.end + 1) return null;
  const id = m.entry.id + '-secretariat';
  return gazetteer.entry(id)?.kind === 'actor' ? id : null;
}

/** The candidate of the glossary's actor m at token i. (Its own function, called for every match: the rare society,
 * first met after glossaryCandidates was optimised, threw its code away.) */
function glossaryCandidate(c: ParaContext, toks: Token[], i: number, m: GazetteerMatch, end: number): Candidate {
  // "the Indonesian Red Cross": a country's own society, not the International Committee.
  const society = m.alias === 'Red Cross' && i > 0 && joins(c, i - 1) && categoryEndingAt(c, i) === 'country';
  if (society) return { start: toks[i - 1].start, end: m.end, category: 'organization', entity: null, priority: 5 };
  const category = (m.entry.category ?? 'organization') as ActorCategory;
  // ("Alphabet Inc", "Nvidia Corp.", "Barclays plc": a company the glossary knows, with its legal form after it.)
  const form = category === 'organization' ? c.toks[end] : undefined;
  if (form !== undefined && LEGAL_FORMS.has(form.text) && form.start === m.end + 1 && c.text.charCodeAt(m.end) === 32) return { start: m.start, end: form.end, category, entity: m.entry.id, priority: GLOSSARY_PRIORITY };
  // ("Analysts at Citigroup Global Markets", "Goldman Sachs Asset Management": a unit of a company the glossary knows, by
  // the words of its trade after the name, is the company's.)
  const unit = form !== undefined && BUSINESS_UNIT_FIRST.has(form.key) && isCap(form) && joins(c, end - 1) ? businessUnitEnd(c, end) : -1;
  if (unit > end) return { start: m.start, end: toks[unit - 1].end, category, entity: m.entry.id, priority: GLOSSARY_PRIORITY };
  // ("Jens-Frederik Nielsen ... Nielsen said": a person the glossary names in full may be named by surname after.)
  const surname = (category === 'person' || category === 'official') && end - i >= 2 ? lastNameKey(c, i, end) : undefined;
  return { start: m.start, end: m.end, category, entity: m.entry.id, priority: GLOSSARY_PRIORITY, surname };
}

/** The end (token index) of a company's unit named from token k ("Global Markets", "Asset Management", "Research"), or -1:
 * one or two capitalised words of BUSINESS_UNITS, no more capitals after them. */
function businessUnitEnd(c: ParaContext, k: number): number {
  const first = c.toks[k].key;
  const second = k + 1 < c.toks.length && joins(c, k) && isCap(c.toks[k + 1]) ? c.toks[k + 1].key : '';
  const e = second && BUSINESS_UNITS.has(`${first} ${second}`) ? k + 2 : BUSINESS_UNITS.has(first) ? k + 1 : -1;
  return e > 0 && !(e < c.toks.length && joins(c, e - 1) && isCap(c.toks[e])) ? e : -1;
}
/** A company's units by the words of their trade. */
const BUSINESS_UNITS = new Set(['global markets', 'capital markets', 'asset management', 'wealth management', 'investment management', 'securities', 'research', 'global research', 'investment bank', 'private bank', 'ventures', 'capital']);
/** Their first words. */
const BUSINESS_UNIT_FIRST = new Set([...BUSINESS_UNITS].map((u) => u.split(' ')[0]));

/** A company's legal form after its name, as written: "Inc", "Corp", "Ltd", "plc". */
const LEGAL_FORMS = new Set(['Inc', 'Incorporated', 'Corp', 'Corporation', 'Ltd', 'Limited', 'PLC', 'Plc', 'plc', 'LLC', 'AG', 'SA']);

/**
 * Whether the one-word name at tokens [i, end) is a word of a longer name: a capitalised word inside the sentence before
 * it ("the Tablighi Jamaat"), or a capitalised word or a particle after it ("Jamaat ul-Ahrar", "Jamaat Nusrat al-Islam").
 */
function runsIntoName(c: ParaContext, i: number, end: number): boolean {
  const prev = c.toks[i - 1];
  if (prev && joins(c, i - 1) && isCap(prev) && !c.sentenceStart[i - 1] && !c.gazAt.has(i - 1)) return true;
  const next = c.toks[end];
  return next !== undefined && joins(c, end - 1) && (isCap(next) || NAME_PARTICLES_AFTER.has(next.key));
}
/**
 * Whether "Amazon" at token i is the rainforest or the river, not the company: after "the" or a country's name or
 * demonym ("Brazil's Amazon", "the Peruvian Amazon"), or before a word of the land ("Amazon rainforest", "Amazon basin").
 */
function amazonPlace(c: ParaContext, i: number): boolean {
  const prev = i > 0 && joins(c, i - 1) ? c.toks[i - 1] : undefined;
  if (prev && (prev.key === 'the' || prev.key === 's' || categoryEndingAt(c, i) === 'country')) return true;
  const next = c.toks[i + 1];
  return next !== undefined && joins(c, i) && AMAZON_LAND.has(next.key);
}
const AMAZON_LAND = new Set('rainforest|rainforests|forest|forests|basin|river|region|jungle|biome|delta|states|fund|deforestation|tribe|tribes|village|villages|fires|summit'.split('|'));

/** Short names a glossary entry shares with the longer names they open or end: "Jamaat" (Jamaat-e-Islami), not "Tablighi
 * Jamaat" or "Jamaat ul-Ahrar". */
const SHARED_SHORT_NAMES = new Set(['Jamaat']);
const NAME_PARTICLES_AFTER = new Set(['ul', 'al', 'ud', 'e', 'i', 'ut']);

/** Whether a name ending at token k - 1 in "Congress" goes on "of" a city: "the Congress of Vienna", a conference. */
function congressOfCity(c: ParaContext, k: number): boolean {
  return c.toks[k - 1].key === 'congress' && c.toks[k]?.key === 'of' && k + 1 < c.toks.length && congressCity(c, k + 1) && !(k + 2 < c.toks.length && joins(c, k + 1) && isCap(c.toks[k + 2]));
}

/**
 * Whether token k, right after a company's name, goes on to name one of its products: "Apple Music", "Red Hat Enterprise
 * Linux", "Google Maps", "Microsoft Office". The product is no organisation, and its maker's name alone would be a wrong
 * span: neither is marked.
 */
function productAfterMaker(c: ParaContext, k: number): boolean {
  const t = c.toks[k];
  return t !== undefined && PRODUCT_AFTER_MAKER.has(t.key) && isCap(t) && c.text.charCodeAt(t.start - 1) === 32 && t.start === c.toks[k - 1].end + 1;
}
/** Words of a product's name after its maker's ("Apple Music", "Google Maps", "Amazon Prime", "Red Hat Enterprise Linux"). */
const PRODUCT_AFTER_MAKER = new Set('music|tv|pay|maps|cloud|store|watch|vision|office|search|drive|photos|play|assistant|translate|chrome|windows|azure|teams|copilot|prime|echo|alexa|kindle|galaxy|pixel|gemini|llama|quest|ads|analytics|workspace|earth|wallet|arcade|card|enterprise|linux|podcasts|books|messenger|outlook|excel|word|powerpoint|xbox|bing|edge|siri|icloud|airpods|ipad|macbook|autopilot|cybertruck|model'.split('|'));

/** "the Intermediate-Range Nuclear Forces (INF) Treaty": the name without its acronym may be the glossary's. */
function bareAgreementNames(c: ParaContext, agreementCands: AgreementCandidate[], gazetteer: Gazetteer): void {
  for (let j = 0; j < agreementCands.length; j++) {
    const a = agreementCands[j];
    if (a.entity || c.text.charCodeAt(a.start) === 40 || !c.text.slice(a.start, a.end).includes(' (')) continue;
    const bare = c.text.slice(a.start, a.end).replace(/\s\([A-Z]{2,6}\)(?=\s)/, '');
    const g = gazetteer.match(bare);
    if (g.length === 1 && g[0].start === 0 && g[0].end === bare.length && g[0].entry.kind === 'agreement') a.entity = g[0].entry.id;
  }
}

/**
 * The surnames known in the paragraph: the document's, and those of the people titled earlier in this paragraph, who
 * may be named by surname alone in it too. (This paragraph's new surnames sit beside the document's, not in a copy of
 * them: copying the document's map for each paragraph that names someone new cost paragraphs x surnames.)
 */
function paragraphSurnames(doc: DocState, actorCands: Candidate[]): Pick<Map<string, ActorCategory>, 'has' | 'get'> {
  let added: Map<string, ActorCategory> | null = null;
  for (let j = 0; j < actorCands.length; j++) {
    const a = actorCands[j];
    const kind = a.category === 'official' ? 'official' : 'person';
    if (usableSurname(a.surname) && !doc.surnames.has(a.surname) && !added?.has(a.surname)) (added ??= new Map()).set(a.surname, kind);
    if (usableSurname(a.surname2) && !doc.surnames.has(a.surname2) && !added?.has(a.surname2)) (added ??= new Map()).set(a.surname2, kind);
  }
  return new Surnames(doc.surnames, added);
}

/** The document's surnames and the paragraph's new ones (null: none), read as one map. (One class, so that
 * cuedPeople reads one kind of object.) */
class Surnames {
  constructor(private readonly doc: Map<string, ActorCategory>, private readonly para: Map<string, ActorCategory> | null) {}
  has(k: string): boolean {
    return (this.para !== null && this.para.has(k)) || this.doc.has(k);
  }
  get(k: string): ActorCategory | undefined {
    return (this.para !== null ? this.para.get(k) : undefined) ?? this.doc.get(k);
  }
}

/**
 * The end of an agreement's short name with the year of its version ("GATT 1994", "SOLAS 1974"): an acronym followed
 * directly by a year names that text of the instrument, and the year is part of the name. `end` otherwise.
 */
function versionYearEnd(text: string, start: number, end: number): number {
  if (text.charCodeAt(end) !== 32 || !isYearDigit(text.charCodeAt(end + 1)) || end - start > 8) return end;
  const m = /^ (?:1[89]|20)\d\d(?![\w-]|[.,]\d)/.exec(text.slice(end, end + 7));
  return m && /^[A-Z][A-Z0-9]+$/.test(text.slice(start, end)) ? end + m[0].length : end;
}
function isYearDigit(code: number): boolean {
  return code === 49 || code === 50;
}

/**
 * "Brussels said", "Brussels has warned", "allows Brussels to impose": the city acting is the EU, as a capital acting
 * is its state's government. (As a place, "in Brussels", it is no one; whether the story is about the EU at all is
 * decided for the whole document, see brusselsWithoutEu.)
 */
function brusselsActs(c: ParaContext, out: Candidate[]): void {
  if (!(c.anyBits & BRUSSELS_BIT)) return;
  const toks = c.toks;
  for (let i = 0; i < toks.length; i++) {
    if (!(c.bits[i] & BRUSSELS_BIT) || toks[i].text !== 'Brussels' || c.gazAt.has(i)) continue;
    const next = toks[i + 1];
    if (!next || !joins(c, i) || isCap(next)) continue;
    const prev = i > 0 && joins(c, i - 1) ? toks[i - 1].key : '';
    const acts = (BRUSSELS_VERBS.has(next.key) && !PLACE_PREP.has(prev) && prev !== 'of') || (next.key === 'to' && LETTING_VERBS.has(prev));
    if (acts) out.push({ start: toks[i].start, end: toks[i].end, category: 'organization', entity: 'eu', priority: 3 });
  }
}
const BRUSSELS_BIT = wordListBit(new Set(['brussels']));
/** Verbs after "Brussels" that make it act. */
const BRUSSELS_VERBS = new Set('said|says|has|have|had|will|would|wants|wanted|warned|warns|insists|insisted|argues|argued|must|should|could|can|may|might|agreed|agrees|rejected|rejects|proposed|proposes|approved|approves|imposed|imposes|threatened|threatens|fined|fines|accused|accuses|responded|responds|urged|urges|announced|announces|plans|planned|hopes|hoped|believes|believed|sees|saw|needs|needed|demanded|demands|objected|objects|opposed|opposes|backed|backs|welcomed|welcomes|criticised|criticized|pushed|pushes|sought|seeks|intends|expects|expected|retaliated|declined|refused|launched|opened|suspended|blocked|blocks'.split('|'));
/** Verbs before "Brussels to" that let or make it act ("allows Brussels to impose"). */
const LETTING_VERBS = new Set('allow|allows|allowed|allowing|let|lets|letting|enable|enables|enabled|urged|urges|urging|pressed|presses|pressing|forced|forces|forcing|asked|asks|asking|wants|want|wanted|expect|expects|expected|permit|permits|permitted|leaves|left|empowers|empowered'.split('|'));

/**
 * An organisation name made of a known body and a known organisation of two words or more ("UN World Food
 * Programme", "EU Court of Justice") is that organisation: it takes its entity. cands[0, known) are the
 * glossary and title candidates; the organisations found by name come after them.
 */
function orgEntities(c: ParaContext, cands: Candidate[], known: number): void {
  for (let j = known; j < cands.length; j++) {
    const a = cands[j];
    if (a.entity || a.category !== 'organization') continue;
    const g = c.gazAt.get(firstStartingFrom(c.toks, a.start));
    if (!g || g.m.start !== a.start || g.m.entry.category !== 'organization') continue;
    const inner = c.gazAt.get(g.end);
    if (inner && inner.m.end === a.end && inner.end - g.end >= 2 && inner.m.entry.category === 'organization') a.entity = inner.m.entry.id;
  }
}

/**
 * "her Awami League party", "the BNP party", "Dissanayake's National People's Power coalition": a party or a bloc the
 * glossary knows, and one word of what it is, is that party (its entity and category). Whether a was so linked.
 */
function kindAfterName(c: ParaContext, a: Candidate): boolean {
  const k = firstStartingFrom(c.toks, a.start);
  const g = c.gazAt.get(k);
  if (!g || g.m.start !== a.start || g.end >= c.toks.length || c.toks[g.end].end !== a.end || !KIND_AFTER_NAME.has(c.toks[g.end].key)) return false;
  const category = g.m.entry.category;
  const kind = c.toks[g.end].key;
  // ("the counter-ISIL coalition", "an anti-Taliban alliance": a bloc against the group, not the group.)
  if (category === 'group' ? !GROUP_KIND.has(kind) : category !== 'organization') return false;
  if (a.start > 0 && c.text.charCodeAt(a.start - 1) === 45) return false;
  a.entity = g.m.entry.id;
  a.category = category as ActorCategory;
  return true;
}
/** Words of what a party or a bloc is, after its name. */
const KIND_AFTER_NAME = new Set(['party', 'coalition', 'alliance', 'movement', 'bloc', 'group', 'militia', 'faction']);
/** Those an armed group or a people is: "the Hamas group", "the TTP militia" (a "coalition" would be one against it). */
const GROUP_KIND = new Set(['group', 'militia', 'faction', 'movement']);

/** The mentions kept (longest first, no overlaps), and the acronyms this paragraph defines. */
function choose(w: ParaWork, gazetteer: Gazetteer): void {
  const { c, start, end, doc, agreements, actors } = w;
  const text = c.text;
  for (const a of select(w.agreementCands, start, end)) agreements.push(agreementMention(a.start, a.end, text.slice(a.start, a.end), a.entity, null));
  for (let j = 0; j < agreements.length; j++) mark(w, agreements[j]);
  if (agreements.length) lawInitials(doc, agreements);
  const free: Candidate[] = [];
  for (let j = 0; j < w.actorCands.length; j++) if (!isTaken(w, w.actorCands[j])) free.push(w.actorCands[j]);
  const actorPicked = select(free, start, end);
  for (let j = 0; j < actorPicked.length; j++) {
    const a = actorPicked[j];
    // "Joseph Nocella Jr.": the abbreviation keeps its dot.
    const end = text.charCodeAt(a.end) === 46 && SUFFIX_DOT_RE.test(text.slice(Math.max(a.start, a.end - 5), a.end)) ? a.end + 1 : a.end;
    // ("Mr. Kihara" after "Chief Cabinet Secretary Kihara Minoru": the person known in office stays an official; so is
    // one set off by commas beside a title: "A senior Hamas official, Osama Hamdan, said", "Li Qiang, Chinese premier".)
    const linked = a.entity ? namesakeNamedBefore(doc, c, a, end) : surnameLink(doc, a, end - a.start);
    const category = linked ? linked.category : a.category === 'person' && ((a.surname && doc.surnames.get(a.surname) === 'official') || (titleBeside(text, actorPicked, j) && !companyPostBefore(text, a.start, actors, doc.actors, gazetteer))) ? 'official' : a.category;
    // ("Eduardo Bolsonaro ... Bolsonaro said": linked above to the glossary's other person of that name named before.)
    let entity = linked?.entity ?? a.entity ?? null;
    // ("Colombian Defense Minister Pedro Sanchez" is no Spanish prime minister: a person titled with another country than
    // the one the glossary's entry names is someone else of that name.)
    if (entity && (category === 'official' || category === 'person') && otherCountryTitle(c, a, entity, gazetteer)) entity = null;
    actors.push(actorMention(a.start, end, text.slice(a.start, end), category, entity));
    if (category === 'person' || category === 'official') noteSurnameLinks(doc, a, entity, category, end - a.start);
    // ("according to Ambrey, a British maritime security firm" ... "Ambrey said": a body of one word named again is that body.)
    // (A person the glossary names, "Vladimir Putin", gives a person's surname: its office is the entry's, and
    // "Ivanka Trump" after "Donald Trump" holds none.)
    if (usableSurname(a.surname)) doc.surnames.set(a.surname, a.entity && a.priority === GLOSSARY_PRIORITY ? 'person' : surnameCategory(category, end - a.start, a.surname));
    if (usableSurname(a.surname2)) doc.surnames.set(a.surname2, category === 'official' ? 'official' : 'person');
    // "the Republic of Veloria" ... "Veloria argued": a state the glossary does not know, later named by its short form.
    const state = !a.entity && a.category === 'government' ? STATE_OF_RE.exec(text.slice(a.start, a.end)) : null;
    if (state) doc.surnames.set(state[1].toLowerCase(), 'country');
  }

  nicknames(c, w.end, actors, doc.surnames, (span) => claim(w, span));
  impliedAcronyms(doc, actors);
  // Acronyms defined here ("the Syrian Democratic Forces (SDF)") mean the same thing from here on.
  // (An acronym that names no body is no actor: its mentions go, in one pass after all the definitions; one splice
  // per definition and mention cost the square of a paragraph of many.)
  takeDefinitions(w, findAcronymDefinitions(c, actors, agreements));
  addDefinedAcronyms(w, gazetteer);
}

/** A state by its formal name: "Republic of Veloria", "the Kingdom of Ostmark" (the short form in group 1). */
const STATE_OF_RE = /^(?:the\s+)?(?:(?:Federal|Democratic|Islamic|People's|United|Socialist|Arab|Grand)\s+)*(?:Republic|Kingdom|Federation|Principality|Emirate|Sultanate|Duchy|Commonwealth|State)\s+of\s+(\p{Lu}[\p{L}-]{2,})$/u;

/** Longest first, then higher priority, then earlier. */
function longestFirst(a: { start: number; end: number; priority: number }, b: { start: number; end: number; priority: number }): number {
  return b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start;
}

/** For many candidates, marks of the characters taken; null for few. (Its own function, called for every list: the
 * marks, first made for a long list, deoptimised select.) */
function takenMarks(count: number, length: number): Uint8Array | null {
  return count > 32 ? scratch(1, length) : null;
}

/** Whether cand overlaps no candidate kept in out, its characters then marked taken, if there are marks. (Its own
 * function, for the marks that only a long list makes: first used there, they deoptimised select.) */
function freeToKeep(taken: Uint8Array | null, base: number, out: { start: number; end: number }[], cand: { start: number; end: number }): boolean {
  if (taken === null) return !overlapsAny(out, cand);
  if (overlaps(taken, cand.start - base, cand.end - base)) return false;
  taken.fill(1, cand.start - base, cand.end - base);
  return true;
}

/** Whether any span in list overlaps span. */
function overlapsAny(list: { start: number; end: number }[], span: { start: number; end: number }): boolean {
  for (let k = 0; k < list.length; k++) if (list[k].start < span.end && span.start < list[k].end) return true;
  return false;
}

function stopped(gazetteer: Gazetteer, phrase: string): boolean {
  try {
    return gazetteer.data.stoplist.length > 0 && gazetteer.stopped(phrase);
  } catch {
    return false;
  }
}

/**
 * A pattern span around one known agreement names it ("the New START treaty"): take its entity. (So does a known name
 * followed only by words in lower case, up to the pattern's head: "the AUKUS submarine pact", "New START arms control
 * treaty".)
 */
function inheritEntities(text: string, cands: AgreementCandidate[]): void {
  const known = sortShort(cands.filter((x) => x.entity), byStartOnly);
  for (let j = 0; j < cands.length; j++) {
    const a = cands[j];
    if (a.entity) continue;
    // Known agreements starting inside the span (binary search, then a short walk).
    const lo = firstStartingFrom(known, a.start);
    const inside: AgreementCandidate[] = [];
    for (let k = lo; k < known.length && known[k].start < a.end && inside.length < 3; k++) if (known[k].end <= a.end) inside.push(known[k]);
    // ("the GAIN AI Act", "the Colorado AI Act": a law's name with more capitalised words before the glossary's is another
    // law.)
    if (inside.length === 1 && inside[0].end === a.end && inside[0].start > a.start && LAW_END_RE.test(text.slice(a.start, a.end))) continue;
    if (inside.length === 1 && (inside[0].end - inside[0].start >= (a.end - a.start) / 2 || (inside[0].start === a.start && a.end - inside[0].end < 40 && LOWER_WORDS_RE.test(text.slice(inside[0].end, a.end))))) a.entity = inside[0].entity;
    // A span over two known agreements is two names run together: let the known ones win.
    if (inside.length >= 2) a.priority = -1;
  }
  removeWhere(cands, (x) => x.priority < 0);
}

/** A law's name by its last word. */
const LAW_END_RE = /\s(?:Act|Law|Bill)$/;
/** Words in lower case only, each after a blank: " submarine pact". */
const LOWER_WORDS_RE = /^(?:\s[a-z][a-z-]*){1,4}$/;

/** A name's last word that is an abbreviation, whose dot belongs to it. */
const SUFFIX_DOT_RE = /(?:^|[^A-Za-z])(?:Jr|Sr|Co|Inc|Ltd|Corp|Bros)$/;

/** Non-overlapping candidates: the longest first, then the higher priority, then the earliest. */
function select<T extends { start: number; end: number; priority: number }>(cands: T[], base: number, end: number): T[] {
  // One array literal for every result, empty or not: the engine then gives them all one elements kind.
  const out: T[] = [];
  if (!cands.length) return out;
  // Few candidates: compare with those kept; many: mark taken characters (linear either way).
  const taken = takenMarks(cands.length, end - base);
  const sorted = sortShort([...cands], longestFirst);
  for (let k = 0; k < sorted.length; k++) {
    const cand = sorted[k];
    if (cand.start < base || cand.end > end || cand.end <= cand.start) continue;
    if (freeToKeep(taken, base, out, cand)) out.push(cand);
  }
  return sortShort(out, byStartOnly);
}
