// Named people the glossary does not know, found by their cues: a verb of saying ("Qanbar said"), an apposition ("Jeff
// Davis, a Pentagon spokesman"), a name's particles ("Abu Musab al-Zarqawi"); and the reasons a capitalised run is no
// person (a place, a group's name, a cited author, a company). Apart from personPatterns.ts, which finds where a name ends.
import type { ActorCategory } from './types';
import * as actorWordsModule from './actorWords';
import * as givenNamesModule from './givenNames';
import type { Candidate, ParaContext } from './actorContext';
import * as actorContextModule from './actorContext';
import * as charsModule from './chars';
import * as actorPatternsSharedModule from './actorPatternsShared';
import * as personPatternsModule from './personPatterns';
// Imported helpers as local constants: under tsx (tests, eval, bench) every use of an import is a getter call.
const { DAY_OR_MONTH, NAME_PARTICLES, NOT_ACTOR_ACRONYMS, NOT_NAME, ORG_SUFFIX, PLURAL_TITLES, TITLES } = actorWordsModule;
const { GIVEN_NAMES } = givenNamesModule;
const { isAllCaps, isCap, joins, PARTICLE_BIT, wordListBit } = actorContextModule;
const { isAsciiUpperCode, isDigitCode, isSpaceCode, skipBlanks, testLong } = charsModule;
const { CONNECTOR_BIT, COUNTING_WORD_RE, FOREIGN_HEADS, isPersonCategory, TITLE_BIT, OFFICE_LAST, personAfter, PLACE_PREP, PUBLICATION_WORDS, REGION_FIRST, SITE_WORDS } = actorPatternsSharedModule;
const { FAMILY_FIRST, firstSurnameKey, lastNameKey, monthGivenName, nameEnd, personMatchEnding, VESSEL_AFTER_RE } = personPatternsModule;

const CUE_AFTER = new Set(['said', 'says', 'told', 'added', 'wrote', 'stated', 'noted', 'announced', 'warned', 'explained', 'who', 'argued', 'insisted', 'tweeted', 'replied', 'reports', 'writes']);
/** Words after "Name, " that make it a person introduced by an apposition ("Ziad, a spokesman"). */
const APPOSITION_STARTS = new Set(
  ('a|an|the|who|said|says|told|spokesman|spokeswoman|spokesperson|minister|secretary|commander|president|chief|head|' +
    'director|leader|senior|former|deputy|executive|associate|professor|analyst|chairman|founder|ceo|editor|author|' +
    'lawyer|member|adviser|advisor|researcher|fellow|expert').split('|'),
);
/** Words before a name that cue it as a person ("said Ellwood", "according to Ellwood"). */
const CUE_BEFORE = new Set(['said', 'says', 'told', 'by', 'according', 'to']);
const INVERTED_SAID = new Set(['said', 'says', 'added', 'asked', 'wrote', 'explained', 'noted', 'continued']);
const NEWS_AGENCIES = new Set(['reuters', 'bloomberg', 'xinhua', 'interfax', 'tass', 'yonhap', 'kyodo', 'anadolu', 'bernama']);
/** A name's apposition that says what the name is of: ", the Chinese name for", ", the site of". */
const NAME_FOR_AFTER_RE = /^\s*,\s+(?:the|its|their)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:name\s+(?:for|of)|site\s+of)\b/i;
/** Words that open the names of armed and political groups in Arabic ("Jama'at Nusrat al-Islam wal-Muslimin"). */
// (And in Urdu and Pashto, whose names join their words by the izafe: "Lashkar-e-Jhangvi", "Sipah-e-Sahaba",
// "Tehreek-e-Labbaik Pakistan", "Fitna al-Khawarij".)
const GROUP_NAME_HEADS = new Set('jama|jamaat|jamaa|jamaah|ansar|jabhat|harakat|hizb|jaish|katibat|liwa|saraya|kataib|asaib|tanzim|majlis|firqat|faylaq|ahrar|junud|jund|hay|hayat|lashkar|tehreek|tehrik|tahreek|tahrik|sipah|jamiat|anjuman|tanzeem|ittehad|fitna'.split('|'));

/** Named people with a cue: "Jeff Davis, a Pentagon spokesman", "Abu Musab al-Zarqawi", "Qanbar said". */
export function cuedPeople(c: ParaContext, out: Candidate[], knownSurnames: Pick<Map<string, ActorCategory>, 'has' | 'get'>): void {
  for (let i = 0; i < c.toks.length; i++) {
    const t = c.toks[i];
    if (!isCap(t) || (c.gazAt.has(i) && listedNotPerson(c, i)) || insideCapitals(c, i)) continue;
    const e = nameEnd(c, i, 5);
    if (e === i) continue;
    // ("Populist Javier Milei said": a politician's label that opens the sentence, before two name words, is no part of
    // the name, however the name is cued; the name starts after it.)
    if (e - i >= 3 && (i === 0 || c.sentenceStart[i]) && POLITICAL_LABELS.has(t.key)) continue;
    // ("joined by Justices Elena Kagan and Ketanji Brown Jackson": a plural title before names is no name's first word:
    // titledPeople reads each name after it.)
    if (e - i >= 3 && PLURAL_TITLES.has(t.key)) continue;
    if (cuedPersonAt(c, i, e, out, knownSurnames)) i = e - 1;
  }
}
/**
 * Whether token i goes on a capitalised phrase that is no title, no glossary name and no label opening the sentence:
 * no name starts there. ("Centrist Sergio Fajardo trailed": a politician's label that opens the sentence is no part of
 * the name.) (Asked before the name's end is read: many capitalised words follow another.)
 */
function insideCapitals(c: ParaContext, i: number): boolean {
  return i > 0 && joins(c, i - 1) && isCap(c.toks[i - 1]) && !TITLES.has(c.toks[i - 1].key) && !c.gazAt.has(i - 1) && !(c.sentenceStart[i - 1] && (NOT_NAME.has(c.toks[i - 1].key) || POLITICAL_LABELS.has(c.toks[i - 1].key)));
}
/**
 * Whether the glossary entry found at token i names something other than a person, so that no name starts there.
 * (Its own function, called for every listed capitalised word: the first "Israel" of an article, read in a rare branch,
 * would throw away the optimised cuedPeople.)
 */
function listedNotPerson(c: ParaContext, i: number): boolean {
  // ("Jordan Bardella", "Israel Katz", "Christian Schmidt": a name that is also a country's or a faith's, before a
  // surname the glossary does not know.)
  return c.gazAt.get(i)?.m.entry.category !== 'person' && !(NAME_LIKE_PLACES.has(c.toks[i].key) && c.gazAt.get(i)?.end === i + 1 && !c.gazAt.has(i + 1) && !c.toks[i + 1]?.key.endsWith('s'));
}
/** Nouns before a company's name ("the cybersecurity company Halvard Labs"). */
const COMPANY_BEFORE = new Set('company|firm|contractor|manufacturer|maker|startup|start-up|provider|lender|insurer|carrier|airline|operator|producer|supplier|vendor|developer|publisher|broadcaster|outlet|conglomerate|group|agency|consultancy|shipper'.split('|'));
/** How both appositions below open: a comma and an article (one small search spares them most commas). */
const APPOSITION_OPEN_RE = /^,\s+(?:a|an|the)\s/;
/** A company set off after the name: "Brightwater Shipmanagement, a company incorporated in Majuro". */
const COMPANY_APPOSITION_RE = /^,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:company|firm|contractor|manufacturer|maker|startup|provider|operator|shipping\s+company|shipowner|trader|conglomerate|subsidiary|lender|bank)\b/;

/** A body set off after the name, its noun ending the phrase: "Copa-Cogeca, the EU farm lobby, said". */
const BODY_APPOSITION_RE = /^,\s+(?:a|an|the)\s+(?:(?!of\b|the\b|and\b)[\w'\u2019-]+\s+){0,3}?(?:lobby|lobby\s+group|union|trade\s+union|association|federation|confederation|alliance|coalition|agency|organi[sz]ation|think\s+tank|charity|watchdog|regulator|body|group|NGO|network|consortium|cooperative|co-operative)(?=\s*[,;.)]|\s+(?:that|which|representing|for|of|in|based|whose|with)\b)/;

/** Plural people before "in" and a place ("leaders in Bani Walid", "villagers in Krishna Ghati"). */
const PEOPLE_BEFORE_PLACE_RE = /^(?:leaders|elders|villagers|residents|officials|witnesses|people|families|farmers|fishermen|traders|protesters|fighters|activists|doctors|locals|authorities|sources|journalists|tribesmen|inhabitants|displaced)$/;
/** Roles that a name set off by commas can follow ("the negotiator, Tadeusz Wrona,"). */
const ROLE_BEFORE_NAME = new Set(('counsel|judge|prosecutor|attorney|sergeant|witness|victim|defendant|plaintiff|negotiator|diplomat|official|spokesman|spokeswoman|spokesperson|minister|envoy|ambassador|adviser|advisor|analyst|researcher|professor|lawyer|commander|officer|aide|journalist|reporter|correspondent|activist|expert|economist|historian|lawmaker|senator|mayor|governor|chairman|chairwoman|director|chief|leader|colleague|friend|wife|husband|son|daughter|brother|sister|deputy|counterpart|successor|predecessor|mediator|negotiators|' +
    // (And a body's officers: "the party's National Publicity Secretary, Debo Ologunagba,", "its president, ...".)
    'secretary|president|chairperson|chair|coordinator|commissioner|head|founder|convener|convenor|treasurer|registrar|administrator|manager|executive|ceo').split('|'));

/** Whether token k ends a role of a body named in capitals: "the former head of Shin Bet", "the director of the Mossad",
 * "the chief of the Defence Staff" (one to four capitalised words after "of" and maybe "the"). */
function roleOfBefore(c: ParaContext, k: number): boolean {
  let s = k;
  while (s > 0 && k - s < 4 && isCap(c.toks[s]) && joins(c, s - 1)) s--;
  if (s === k || !isCap(c.toks[s + 1])) return false;
  if (c.toks[s].key === 'the' && s > 0 && joins(c, s - 1)) s--;
  return s > 0 && c.toks[s].key === 'of' && joins(c, s - 1) && ROLE_BEFORE_NAME.has(c.toks[s - 1].key) && !isCap(c.toks[s - 1]);
}

/** Given names that are also a country's or a faith's name. */
const NAME_LIKE_PLACES = new Set(['jordan', 'israel', 'christian']);
/** First words of places named after someone ("Camp David", "Fort Bragg", "Lake Victoria"), never of a person's. */
const PLACE_FIRST = new Set('camp|fort|lake|mount|mt|port|cape|point|lac|bahr|wadi|jebel|jabal|ras|tel|villa|palazzo|chateau|schloss|hotel|castle|abbey|casa|quinta'.split('|'));
/** Last words of places and things, never of a person's ("the Baltic Sea", "the Baltic Defence Line"). */
const THING_LAST = new Set('sea|ocean|gulf|bay|river|lake|line|base|ground|grounds|airport|airbase|bridge|square|street|palace|missiles|missile|systems|system|building|range|mountains|desert|peninsula|coast|canal|strait|straits|corridor|dam|port|harbour|harbor|field|fields|plant|facility|complex|centre|center|prison|hospital|university|school|college|stadium|hotel|park|airways|airlines|railways|daily|today|times|post|television|radio|news|bank|group|party|army|police|interests|rights|affairs|relations|security|policy|reforms|scheme|schemes|cosmodrome|spaceport|mausoleum|cathedral|monastery|museum|cemetery'.split('|'));

/** Last words of collectives written in capitals ("Member States", "Contracting Parties"); and a party's members named
 * for their place ("Texas Republicans", "the Bristol Conservatives"). */
const COLLECTIVE_LAST = new Set(['states', 'parties', 'nations', 'members', 'forces', 'countries', 'allies', 'governments', 'democrats', 'republicans', 'conservatives', 'tories', 'greens', 'liberals', 'socialists', 'nationalists', 'unionists', 'mps', 'meps', 'senators', 'lawmakers', 'legislators', 'councillors']);
/** Last words of place names ("Kharkiv Oblast", "Kherson City", "Gaza Strip"), never of a person's. */
const REGION_LAST = new Set('oblast|province|governorate|district|region|county|city|town|village|strip|valley|republic|state|territory|krai|raion|canton|prefecture|municipality|island|islands|reef|reefs|shoal|shoals|atoll|atolls|islet|islets|archipelago'.split('|'));

/** First words of no person's name (REGION_FIRST, PLACE_FIRST, FOREIGN_HEADS), as one bit of the tokens' lists. */
const NOT_PERSON_FIRST_BIT = wordListBit(new Set([...REGION_FIRST, ...PLACE_FIRST, ...FOREIGN_HEADS.keys()]));
/** Last words of no person's name (COLLECTIVE_LAST, OFFICE_LAST, REGION_LAST, THING_LAST, PUBLICATION_WORDS, SITE_WORDS). */
const NOT_PERSON_LAST_BIT = wordListBit(new Set([...COLLECTIVE_LAST, ...OFFICE_LAST, ...REGION_LAST, ...THING_LAST, ...PUBLICATION_WORDS, ...SITE_WORDS]));

function personEndsAt(out: Candidate[], end: number): boolean {
  for (let k = out.length - 1; k >= 0 && k >= out.length - 4; k--) if (out[k].end === end && isPersonCategory(out[k].category)) return true;
  return false;
}

/** Labels of a politician's leaning that open a sentence before the name ("Centrist Sergio Fajardo", "Leftist Gustavo Petro"). */
const POLITICAL_LABELS = new Set(['centrist', 'leftist', 'rightist', 'populist', 'nationalist', 'socialist', 'incumbent', 'hardliner', 'reformist', 'moderate', 'centre-right', 'centre-left', 'center-right', 'center-left', 'far-right', 'far-left', 'right-wing', 'left-wing']);

/** Whether the capitalised words [i, e) are a person's name by their cues; if so it is added to out. */
function cuedPersonAt(c: ParaContext, i: number, e: number, out: Candidate[], knownSurnames: Pick<Map<string, ActorCategory>, 'has' | 'get'>): boolean {
  // Inside a longer capitalised phrase ("Operation Inherent Resolve") a name does not start mid-way (but a person
  // does after "of": "the Libyan National Army of Khalifa Haftar").
  // (Nor "and" after a person just found: "Anna Wójcik and Mehmet Öztürk" are two people.)
  // ("Jaish-e-Mohammed and Lashkar-e-Jhangvi": a group's name in the izafe is a name of its own after "and".)
  const izafe = izafeGroupName(c, i, e, c.toks[i].key);
  if (!izafe && i > 1 && c.bits[i - 1] & CONNECTOR_BIT && joins(c, i - 1) && joins(c, i - 2) && isCap(c.toks[i - 2]) && !(c.toks[i - 1].key === 'of' && personAfter(c, i - 1)) && !(c.toks[i - 1].key === 'and' && personEndsAt(out, c.toks[i - 2].end))) return false;
  // (Nor after another capitalised word, insideCapitals: cuedPeople asks it before it reads the name's end.)
  // The name's words other than particles: how many, and the first one.
  let nameWords = 0;
  let first = -1;
  for (let k = i; k < e; k++) {
    if (c.bits[k] & PARTICLE_BIT) continue;
    if (nameWords++ === 0) first = k;
  }
  const firstKey = first >= 0 ? c.toks[first].key : '';
  // "West Darfur", "North Kordofan", "Upper Nile": a region, however it is cued; "Member States", "the Parties": a
  // collective, not a person.
  // ("The Strategic Defence Review said": a document's title, however it is cued.)
  const lastKey = c.toks[e - 1].key;
  // ("the European Data Protection Supervisor": an office's title, no one's name.)
  // ("Fiscalía General de la Nación": an institution's head word in its own language, no given name.)
  // (Each a bit of the words' lists, NOT_PERSON_FIRST_BIT and NOT_PERSON_LAST_BIT: two reads for nine set lookups.)
  if ((first >= 0 && c.bits[first] & NOT_PERSON_FIRST_BIT) || c.bits[e - 1] & NOT_PERSON_LAST_BIT) return false;
  // ("Defender of the Fatherland Day, a public holiday": a holiday's name, unless a given name opens it or a verb of saying follows, "Stockwell Day said".)
  // (The word after the name read within the paragraph: a read past its end threw away the optimised code.)
  if (lastKey === 'day' && !GIVEN_NAMES.has(firstKey) && !CUE_AFTER.has(e < c.toks.length ? c.toks[e].key : '')) return false;
  const hasParticle = e - i > nameWords;
  const prev = c.toks[i - 1];
  // ("one of six Permanent Participants", "27 Member States": a count before capitalised plurals makes them a class.)
  // (Not one name after "both": "both Sanders and Trump".)
  if (prev && e - i >= 2 && joins(c, i - 1) && lastKey.length > 3 && lastKey.charCodeAt(lastKey.length - 1) === 115 && (isDigitCode(prev.text.charCodeAt(0)) || (testLong(COUNTING_WORD_RE, prev.key) && !THESE_BOTH.has(prev.key)))) return false;
  const known = nameWords === 1 && knownSurnames.has(firstKey);
  // One word that is no known surname (most capitalised words here) is a name only by the last case below: the cues the
  // other cases weigh, a dozen lookups, are not worked out for it.
  if (nameWords === 1 && !known && e - i === 1) {
    if (!surnameAfterInvertedSaid(c, i, e) && !citedAuthor(c, i) && !bodyAppositionAfter(c, i)) return false;
  } else if (!izafe && !cuedName(c, i, e, nameWords, hasParticle, known)) return false;
  addCuedPerson(c, i, e, out, knownSurnames, known, firstKey);
  return true;
}

/**
 * "according to Ambrey, a British maritime security firm", "Copa, the farmers' lobby,": one capitalised word the glossary
 * does not hold, set off before a company's or a body's noun, names that company or body. (A comma right after the
 * word first: most words have none.)
 */
function bodyAppositionAfter(c: ParaContext, i: number): boolean {
  const t = c.toks[i];
  if (c.text.charCodeAt(t.end) !== 44 || c.gazAt.has(i) || GIVEN_NAMES.has(t.key) || isAllCaps(t)) return false;
  // ("Moreover, the company said", "Initially, the bank ...": a sentence's adverb and its comma; "the Internet, the global
  // network", "Brothers to the Rescue, a Cuban exile group": a word after "the" or a capitalised one, the end of a name.)
  const prev = c.toks[i - 1];
  if (t.key.endsWith('ly') || SENTENCE_ADVERBS.has(t.key) || (prev && joins(c, i - 1) && (prev.key === 'the' || isCap(prev)))) return false;
  const after = c.text.slice(t.end, t.end + 48);
  return testLong(APPOSITION_OPEN_RE, after) && (COMPANY_APPOSITION_RE.test(after) || BODY_APPOSITION_RE.test(after));
}

/** Adverbs that open a sentence before a comma: "Moreover, the company said". */
const SENTENCE_ADVERBS = new Set('moreover|however|meanwhile|nevertheless|nonetheless|furthermore|instead|indeed|thus|hence|therefore|also|besides|now|today|yesterday|tomorrow|still|yet|later|earlier|overall|again|otherwise|first|second|third|finally|last|next|then|here|there|elsewhere|meantime|separately|altogether|anyway|regardless|so|but|and|or|too|once|afterwards|afterward|beforehand|recently|since|tonight|ultimately|notably|similarly|likewise|conversely|consequently|accordingly|additionally|previously|initially'.split('|'));

/**
 * "Lashkar-e-Jhangvi", "The Majlis-e-Shura approved", "Hizb-ut-Tahrir": a group's head word joined by a hyphen to a
 * lower-case link ("-e-", "-i-", "-ut-") and a capitalised word is a group's name, cued or not (people's names so
 * joined, "Zia-ul-Haq", "Fazl-ur-Rehman", open with no group's head word).
 */
function izafeGroupName(c: ParaContext, i: number, e: number, firstKey: string): boolean {
  return e - i >= 3 && c.text.charCodeAt(c.toks[i].end) === 45 && GROUP_NAME_HEADS.has(firstKey) && !isCap(c.toks[i + 1]) && c.text.charCodeAt(c.toks[i + 1].end) === 45;
}

/** Whether the capitalised words [i, e), of nameWords name words, a known surname if known, are cued as a name. (Each
 * step of cuedPersonAt a function of its own: as one, it was optimised late in a cold run, V8 waiting for more calls
 * of a larger function.) */
function cuedName(c: ParaContext, i: number, e: number, nameWords: number, hasParticle: boolean, known: boolean): boolean {
  const t = c.toks[i];
  const prev = c.toks[i - 1];
  // (Or a sanctions list's field in capitals, "POB Tehran", or a determiner, "the Virginia seat"; but not "and" and
  // "by", the same letters in ordinary case: "Jean Dupont and Petr Novák", "by Mark Landler".)
  const afterPlace = prev && (PLACE_PREP.has(prev.key) || (NOT_ACTOR_ACRONYMS.has(prev.key) && (isAllCaps(prev) || (prev.key !== 'and' && prev.key !== 'by')))) && joins(c, i - 1);
  const next = c.toks[e];
  const gapStart = c.toks[e - 1].end;
  // ("Do Targeted Sanctions Work? Evidence from ...", "Why Do Peace Deals Fail?": the auxiliary opens a question in
  // title case; no family name, no particle.)
  if (t.key === 'do' && c.text.charCodeAt(gapStart) === 63) return false;
  // ("Salah al-Din province", "Deir ez-Zor governorate": a region named for a man is a place.)
  if (next && (next.key === 'province' || next.key === 'governorate') && next.text === next.key && next.start - gapStart === 1) return false;
  // ("IDF Press Release: Eliminated Terrorist Who Planned Attacks": a headline's capitalised "Who" follows any noun.)
  const verbAfter = next && CUE_AFTER.has(next.key) && gapStart < next.start && skipBlanks(c.text, gapStart, next.start) === next.start && !(next.key === 'who' && isCap(next));
  // (Or an age between commas: "Reza Karimi, 47, was arrested".)
  // (Or a state's office: "Espen Barth Eide, Norway's Foreign Minister, said".)
  const appositionAfter = next && next.start - gapStart === 2 && c.text.charCodeAt(gapStart) === 44 && isSpaceCode(c.text.charCodeAt(gapStart + 1)) && (APPOSITION_STARTS.has(next.key) || (/^\d{1,3}$/.test(next.text) && c.text.charCodeAt(next.end) === 44 && Number(next.text) < 120) || ((countryPossessiveAt(c, e) || bodyPossessivePostAt(c, e)) && !(prev && joins(c, i - 1) && DETERMINERS.has(prev.key))));
  const cueAfter = verbAfter || appositionAfter;
  // "In an interview with Policy Lens, a senior official said": the comma closes the phrase that opens the
  // sentence, and what follows it is the subject of the sentence, not an apposition.
  const afterPreposition = appositionAfter && prev && joins(c, i - 1) && PREPOSITION_WORDS.has(prev.key) && opensWithPhrase(c, i);
  const cueBefore = prev && CUE_BEFORE.has(prev.key) && c.toks[i - 2]?.key !== 'close' && !afterPlace;
  // ("Best wishes,\nHannah Okafor": a name alone on the line after a letter's closing is its writer's signature.)
  // (The closing may end the paragraph before: its text is read, a short way back from the name's line.)
  // ("For the Government of the Republic of Kenya\nMusalia Mudavadi": so is a name under a treaty's line for its party.)
  const signature = nameWords <= 4 && c.text.charCodeAt(t.start - 1) === 10 && LINE_END_RE.test(c.text.slice(c.toks[e - 1].end, c.toks[e - 1].end + 2)) && (SIGN_OFF_BEFORE_RE.test(c.text.slice(Math.max(0, t.start - 32), t.start)) || FOR_PARTY_LINE_BEFORE_RE.test(c.text.slice(Math.max(0, t.start - 140), t.start)));
  let ok = false;
  if (known) ok = !afterPlace;
  // (A family name first and two more words: "Nguyễn Thu Hà", "Kim Jong Un".)
  // ("the killing of Yahya Sinwar", "the release of Edan Alexander": after "of" and a noun of what befell someone, a given
  // name opens a person's name, not a place's.)
  else if ((e - i >= 2 && (GIVEN_NAMES.has(t.key) || monthGivenName(c, i))) || (nameWords >= 3 && FAMILY_FIRST.has(t.key))) ok = !afterPlace || !!cueAfter || (prev.key === 'of' && i >= 2 && FATE_BEFORE_OF.has(c.toks[i - 2].key) && joins(c, i - 2));
  // Two or more name words with a cue, or with a particle ("Ziad Khalaf al-Karbouly"), even at a sentence start.
  // ("A former Polish negotiator, Tadeusz Wrona, once said": a name set off by commas after a role.)
  // ("Tribal leaders in Bani Walid said": a place after "in" before the verb is where the speakers are.)
  // ("Amara Diallo is a fellow with the Africa Program": an author's tagline, the name and the post the writer holds.)
  else if (nameWords >= 2) ok = !!(signature || (next?.key === 'is' && c.sentenceStart[i] && testLong(TAGLINE_POST_RE, c.text.slice(next.end, next.end + 64))) || (verbAfter && !(afterPlace && prev?.key === 'in' && i >= 2 && PEOPLE_BEFORE_PLACE_RE.test(c.toks[i - 2].key))) || (appositionAfter && !afterPreposition) || hasParticle && !afterPlace || cueBefore && !c.sentenceStart[i] || (prev && (ROLE_BEFORE_NAME.has(prev.key) || roleOfBefore(c, i - 1)) && c.text.slice(prev.end, t.start) === ', ' && c.text.charCodeAt(c.toks[e - 1].end) === 44));
  // '"...," said Russell.': one word after an inverted verb of saying, closing the clause, is a surname.
  else if (nameWords === 1 && surnameAfterInvertedSaid(c, i, e)) ok = true;
  // (Read last, and only for a name the cues took: most appositions follow no name at all.)
  // ("the Galaxy Leader, a car carrier": a ship's name, set off before what it is.)
  if (ok && appositionAfter && testLong(VESSEL_AFTER_RE, c.text.slice(gapStart, gapStart + 60))) return false;
  // ("the aircraft carrier John F. Kennedy", "the destroyer USS Cole": a ship named after someone, after what it is.)
  if (ok && prev && joins(c, i - 1) && VESSEL_NOUNS.has(prev.key) && !known && (prev.key !== 'carrier' || (i >= 2 && joins(c, i - 2) && c.toks[i - 2].key === 'aircraft'))) return false;
  // ("waters around Huangyan Dao, the Chinese name for the shoal", "Pag-asa, the site of a Philippine outpost": a place
  // named, set off before what its name is.)
  if (ok && appositionAfter && testLong(NAME_FOR_AFTER_RE, c.text.slice(gapStart, gapStart + 48))) return false;
  return ok;
}

/** What a ship is, before its name (a "carrier" only after "aircraft": "the carrier Lufthansa" is an airline). */
const VESSEL_NOUNS = new Set('carrier|ship|vessel|tanker|freighter|ferry|trawler|yacht|frigate|destroyer|corvette|warship|cruiser|submarine|boxship|containership|battleship|icebreaker'.split('|'));

/** The post an author's tagline gives after "is": " a senior fellow at", " a columnist for", " an associate professor of". */
const TAGLINE_POST_RE = /^\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?:fellow|columnist|professor|lecturer|researcher|scholar|journalist|correspondent|contributing\s+(?:writer|editor)|editor|writer|economist|historian|analyst)\s+(?:at|with|for|of|in|on|and)\b/;

/** Nouns of what befalls a person, before "of" and their name: "the killing of", "the release of", "the funeral of". */
const FATE_BEFORE_OF = new Set('killing|killings|death|assassination|murder|arrest|detention|release|abduction|kidnapping|funeral|execution|capture|burial|trial|conviction|extradition|resignation|dismissal|appointment|election|successor|wife|widow|son|daughter|brother|sister|father|mother'.split('|'));

/** Adds the cued person of words [i, e) to out. */
function addCuedPerson(c: ParaContext, i: number, e: number, out: Candidate[], knownSurnames: Pick<Map<string, ActorCategory>, 'has' | 'get'>, known: boolean, firstKey: string): void {
  const t = c.toks[i];
  const prev = c.toks[i - 1];
  // "Ansar al-Sharia", "Jama'at Nusrat al-Islam wal-Muslimin": a name that opens with a group's head word is a group.
  // ("the cybersecurity company Halvard Labs said", "Halvard Labs said": a company, by the noun before it or its last word;
  // not a given name and a surname after it: "a company Jane Doe founded".)
  // ("Copa-Cogeca, the EU farm lobby, said": a name set off before a body's noun is that body.)
  const after = !known && c.text.charCodeAt(c.toks[e - 1].end) === 44 ? c.text.slice(c.toks[e - 1].end, c.toks[e - 1].end + 48) : '';
  const company = !known && ((prev && COMPANY_BEFORE.has(prev.key) && joins(c, i - 1) && !(e - i >= 2 && GIVEN_NAMES.has(t.key))) || ORG_SUFFIX.get(c.toks[e - 1].key) === 'organization' || (testLong(APPOSITION_OPEN_RE, after) && (COMPANY_APPOSITION_RE.test(after) || (BODY_APPOSITION_RE.test(after) && !GIVEN_NAMES.has(t.key)))));
  const category = known ? (knownSurnames.get(firstKey) as ActorCategory) : GROUP_NAME_HEADS.has(firstKey) ? 'group' : company ? 'organization' : 'person';
  // "with al-Tamimi": a known surname takes the particle written before it in lower case.
  const particle = known && i > 0 && joins(c, i - 1) && !isCap(c.toks[i - 1]) && NAME_PARTICLES.has(c.toks[i - 1].key);
  // ("Volodymyr Zelenskyy", "Abdel Fattah al-Sisi": a known person's surname at the end links the full name.)
  const g = personMatchEnding(c, i, e);
  out.push({ start: particle ? c.toks[i - 1].start : t.start, end: c.toks[e - 1].end, category: g && g.m.entry.category === 'official' ? 'official' : category, entity: g ? g.m.entry.id : null, priority: 2, surname: lastNameKey(c, i, e), surname2: firstSurnameKey(c, i, e) });
}

/** '"...," said Russell.': one word (tokens [i, e)) after an inverted verb of saying, closing the clause, is a surname. */
function surnameAfterInvertedSaid(c: ParaContext, i: number, e: number): boolean {
  const prev = c.toks[i - 1];
  const t = c.toks[i];
  return !!prev && INVERTED_SAID.has(prev.key) && joins(c, i - 1) && !TITLES.has(t.key) && !NEWS_AGENCIES.has(t.key) && !DAY_OR_MONTH.has(t.key) && /^\s*(?:[.,;!?]|$)/.test(c.text.slice(c.toks[e - 1].end, c.toks[e - 1].end + 2));
}

/** After an author's surname, a citation: "(2011) concludes", "(2009, pp. 221-243)", " et al. (2020) find", " and Park
 * (1961) argued"; inside brackets, its year: "(Smith 2019)", "(Lee and Park, 2021, p. 14)", "; Drezner 2011)". */
const CITED_AFTER_RE = /^(?:\s+(?:and|&)\s+[A-Z][^\s(),;]+)?(?:\s+et\s+al\.?)?(?:\s+\((?:1[89]|20)\d\d[a-z]?(?:\)\s+(?:[a-z]+\s+)?(?:argues?|argued|finds?|found|shows?|showed|concludes?|concluded|suggests?|suggested|contends?|contended|notes?|noted|writes?|wrote|describes?|described|estimates?|estimated|claims?|claimed|warns?|warned|observes?|observed|reports?|reported|disputes?|disputed|maintains?|maintained|insists?|insisted|demonstrates?|demonstrated|documents?|documented|proposes?|proposed|reviews?|reviewed|analy[sz]es|analy[sz]ed|examines?|examined|explores?|explored|emphasi[sz]es|emphasi[sz]ed|calls?|called|points?|pointed|traces?|traced)\b|,\s*(?:pp?\.|ch\.|chap|op\.|para)|;)|,?\s+(?:1[89]|20)\d\d[a-z]?(?:[;)]|,\s*(?:pp?\.|ch\.)))/;
/** Before a surname inside a citation's brackets: "(", "; ", "(e.g., ", "(cf. ", "(see ". */
const CITED_BEFORE_RE = /(?:\(|;\s|\((?:e\.\s?g\.,?|cf\.|see(?:\s+also)?)\s)$/;

/** Whether the one capitalised word at token i is an author cited by surname and year (see CITED_AFTER_RE). */
function citedAuthor(c: ParaContext, i: number): boolean {
  const t = c.toks[i];
  // ("GATT 1994", "UN (2020)": an acronym is no author.)
  if (isAsciiUpperCode(t.text.charCodeAt(1))) return false;
  // (A cheap gate: a blank or a comma after the word, then a bracket, a digit, "et al." or "and".)
  const c1 = c.text.charCodeAt(t.end);
  if (c1 !== 32 && c1 !== 44) return false;
  const c2 = c.text.charCodeAt(t.end + (c1 === 44 ? 2 : 1));
  if (c2 !== 40 && !isDigitCode(c2) && c2 !== 101 && c2 !== 97 && c2 !== 38) return false;
  // ("Nature (2020) reported": a journal cited by its title and year is no author.)
  if (JOURNAL_TITLES.has(t.key)) return false;
  const m = CITED_AFTER_RE.exec(c.text.slice(t.end, t.end + 120));
  if (!m) return false;
  // (The year alone, with no bracket before it, is a citation's only inside its brackets.)
  return m[0].includes('(') || CITED_BEFORE_RE.test(c.text.slice(Math.max(0, t.start - 12), t.start)) || (i > 1 && c.toks[i - 1].key === 'and' && CITED_BEFORE_RE.test(c.text.slice(Math.max(0, c.toks[i - 2].start - 12), c.toks[i - 2].start)));
}

/** One-word titles of journals, cited like authors ("Nature (2020)", "Science 2019"). */
const JOURNAL_TITLES = new Set(['nature', 'science', 'cell', 'lancet', 'neuron', 'elife', 'plos', 'pediatrics', 'circulation', 'thorax', 'gut', 'brain', 'blood']);

/** A letter's closing alone on its line ("Best wishes,", "Kind regards,", "Yours sincerely,"), right before the name's line. */
const SIGN_OFF_BEFORE_RE = /(?:^|\n)[ \t]*(?:(?:[Bb]est|[Kk]ind|[Ww]arm|[Ww]armest)\s+(?:wishes|regards)|[Bb]est|[Rr]egards|[Yy]ours(?:\s+(?:sincerely|faithfully|truly))?|[Ss]incerely(?:\s+yours)?|[Tt]hanks|[Mm]any\s+thanks|[Cc]heers|[Ww]armly|[Rr]espectfully|[Ww]ith\s+(?:best\s+)?(?:thanks|regards|best\s+wishes))[ \t]*,[ \t]*\r?\n$/;
/** The end of the name's line. */
const LINE_END_RE = /^(?:\r?\n|$)/;
/** A treaty's signature line for one of its parties, the line before the signatory's name: "For the Government of the
 * Republic of Kenya", "FOR THE MINISTRY OF ENERGY", "On behalf of the European Union". */
const FOR_PARTY_LINE_BEFORE_RE = /(?:^|\n)[ \t]*(?:For|FOR|On\s+behalf\s+of|ON\s+BEHALF\s+OF)\s+(?:the\s+|THE\s+)?[A-Z][^\n.:;!?]{1,120}\r?\n$/;

/** Counting words that pick out named people as well as a class ("both Sanders and Trump", "these Joneses"). */
const THESE_BOTH = new Set(['both', 'these', 'those', 'all', 'other', 'more', 'most']);

/** Articles: a name after one is a thing's ("the Orange Order, Northern Ireland's ... group"), not a person's. */
const DETERMINERS = new Set(['the', 'a', 'an']);

/** Whether a country's name in the possessive starts at token k ("Norway's", "Norway’s"). */
function countryPossessiveAt(c: ParaContext, k: number): boolean {
  const g = c.gazAt.get(k);
  if (!g || g.m.entry.category !== 'country') return false;
  const at = c.toks[g.end - 1].end;
  const q = c.text.charCodeAt(at);
  return (q === 39 || q === 0x2019) && c.text.charCodeAt(at + 1) === 115 && isSpaceCode(c.text.charCodeAt(at + 2));
}

/** Whether a body the glossary knows opens at token k with its possessive, and a post's title follows within four words:
 * "Smriti Singh, Amnesty's South Asia director, said". */
function bodyPossessivePostAt(c: ParaContext, k: number): boolean {
  const g = c.gazAt.get(k);
  if (!g || g.m.entry.kind !== 'actor' || isPersonCategory(g.m.entry.category) || g.m.entry.category === 'country') return false;
  const at = c.toks[g.end - 1].end;
  const q = c.text.charCodeAt(at);
  if (!((q === 39 || q === 0x2019) && c.text.charCodeAt(at + 1) === 115 && isSpaceCode(c.text.charCodeAt(at + 2)))) return false;
  // (The possessive's "s" is token g.end.)
  for (let m = g.end + 1; m < c.toks.length && m <= g.end + 4 && joins(c, m - 1); m++) if (c.bits[m] & TITLE_BIT) return true;
  return false;
}

/** Whether token i's sentence opens with a preposition and has no comma before token i ("In an interview with ..."). */
function opensWithPhrase(c: ParaContext, i: number): boolean {
  const { opener, commaSince } = sentenceOpeners(c);
  return PREPOSITION_WORDS.has(c.toks[opener[i]].key) && !commaSince[i];
}

/**
 * Per token of a paragraph: the first token of its sentence, and whether a comma stands between that token and it.
 * Built once per paragraph when first asked (reading back to the sentence's start for each token cost the square
 * of a long sentence).
 */
function sentenceOpeners(c: ParaContext): { opener: Int32Array; commaSince: Uint8Array } {
  let o = OPENERS.get(c);
  if (o) return o;
  const n = c.toks.length;
  o = { opener: new Int32Array(n), commaSince: new Uint8Array(n) };
  for (let i = 0; i < n; i++) {
    if (i === 0 || c.sentenceStart[i]) {
      o.opener[i] = i;
      continue;
    }
    o.opener[i] = o.opener[i - 1];
    o.commaSince[i] = o.commaSince[i - 1] || c.text.slice(c.toks[i - 1].start, c.toks[i].start).includes(',') ? 1 : 0;
  }
  OPENERS.set(c, o);
  return o;
}
const OPENERS = new WeakMap<ParaContext, { opener: Int32Array; commaSince: Uint8Array }>();

const PREPOSITION_WORDS = new Set(['with', 'to', 'from', 'by', 'for', 'on', 'at', 'in', 'of', 'about', 'against', 'among', 'between', 'into', 'like', 'through', 'under', 'over', 'after', 'before', 'during', 'despite', 'via', 'toward', 'towards']);
