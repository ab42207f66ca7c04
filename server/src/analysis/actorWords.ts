// Word lists for recognising actors that the glossary does not know: titles, organisation heads and
// suffixes, group nouns. All keys are normalised (lower case, no diacritics, no dots), as tokens.ts makes them.
import type { ActorCategory } from './types';
import { MONTHS, WEEKDAYS } from './dates/lexicon';

const set = (s: string): Set<string> => new Set(s.split('|'));

/** Titles that precede a person's name, with the category of the person they make. */
export const TITLES = new Map<string, ActorCategory>();
for (const t of (
  'president|vice president|prime minister|deputy prime minister|premier|chancellor|vice chancellor|king|queen|' +
  'crown prince|prince|princess|emir|sheikh|sultan|ayatollah|grand ayatollah|supreme leader|minister|deputy minister|' +
  'foreign minister|defence minister|defense minister|interior minister|finance minister|oil minister|' +
  'secretary|secretary of state|secretary of defense|secretary of war|secretary general|attorney|us attorney|' +
  'district attorney|deputy attorney general|assistant attorney general|special agent|special counsel|secretary-general|under secretary|' +
  'undersecretary|assistant secretary|deputy secretary|defense secretary|defence secretary|foreign secretary|' +
  'home secretary|senator|sen|sens|rep|reps|representative|congressman|congresswoman|governor|gov|mayor|ambassador|envoy|' +
  'special envoy|special representative|special rapporteur|rapporteur|spokesman|spokeswoman|spokesperson|commissioner|high commissioner|' +
  'director|director general|director-general|chairman|chairwoman|chair|speaker|chief|chief of staff|' +
  'general|gen|lt gen|lieutenant general|maj gen|major general|brig gen|brigadier general|brigadier|colonel|col|' +
  'lt col|lieutenant colonel|major|maj|captain|capt|lieutenant|lt|sergeant|sgt|staff sgt|spc|specialist|pvt|private|' +
  'cpl|corporal|petty officer|chief petty officer|seaman|airman|staff sergeant|master sergeant|sergeant major|admiral|adm|vice adm|rear adm|commander|cmdr|field marshal|marshal|air marshal|commodore|' +
  'navy seal|seal|ranger|army ranger|green beret|' +
  'pope|patriarch|cardinal|bishop|archbishop|imam|cleric|judge|justice|prosecutor|attorney general|' +
  'foreign office minister|fco minister|minister of state|his excellency|her excellency|his highness|her highness|his royal highness|' +
  'her royal highness|his majesty|her majesty|president-elect|prime minister-designate|' +
  'leader|opposition leader|official|senior official|head|coordinator|deputy|adviser|advisor|national security adviser|mp|mep|' +
  // The war's officials by their Ukrainian titles: "Commander-in-Chief Oleksandr Syrskyi", "regional head Ivan Fedorov",
  // "regional governor Oleh Syniehubov".
  'commander-in-chief|commander in chief|human rights commissioner|regional governor|regional head|regional chief|' +
  'foreign policy chief|army chief|military chief|police chief|spy chief|intelligence chief|security chief|' +
  'defence chief|defense chief|human rights chief|climate chief|trade chief|aid chief|nuclear chief|' +
  // A party's or a union's secretary ("Congress general secretary Jairam Ramesh").
  'general secretary|national secretary|organising secretary|organizing secretary|national president|national chair|' +
  'aide|press secretary|campaign manager|communications director|campaign chairman|treasurer|' +
  // A party's convener and a police chief in South Asian copy: "MQM-P convener Khalid Maqbool Siddiqui", "IGP Chowdhury Abdullah Al-Mamun".
  // (And a state's or a province's head of government: "Chief Minister Maryam Nawaz".)
  'convener|convenor|igp|chief minister|' +
  // A state's consuls and the head of a mission without an ambassador: "Consul General Xue Jian", "charge d'affaires".
  "consul|consul general|consul-general|vice consul|charge d'affaires|charg\u00e9 d'affaires|" +
  // Courts' and interim governments' offices of two words, whose second word is no name: "Chief Justice Yahya Afridi",
  // "Chief Adviser Muhammad Yunus", "Solicitor General D. John Sauer", "Presiding Judge Yuji Iwasawa".
  'chief adviser|chief advisor|chief justice|presiding judge|solicitor general|chief prosecutor|deputy prosecutor|' +
  // Local government: "Councillor Roberto Rodriguez", "City Manager Danielle West", "Superintendent Ryan Scallon".
  'councillor|councilor|councilman|councilwoman|council member|councilmember|alderman|alderwoman|selectman|' +
  'city manager|county executive|supervisor|county supervisor|superintendent|school board chair|board chair|deputy mayor|lord mayor|' +
  // Ranks with a class or grade: "Sgt. 1st Class Daniel Morris", "Chief Warrant Officer 2 Evan Reed".
  'sgt 1st class|sergeant first class|first sgt|first sergeant|master sgt|command sgt maj|command sergeant major|' +
  'sgt maj|sgt first class|staff sgt first class|warrant officer|chief warrant officer|chief warrant officer 2|chief warrant officer 3|chief warrant officer 4|' +
  'chief warrant officer 5|lt cmdr|lieutenant commander|cdr|lt j g|ensign|pfc|private first class|lance cpl|lance corporal|' +
  // The US Navy's and Air Force's ratings with a class: "Petty Officer 2nd Class Ana Ruiz", "Navy Senior Chief Petty Officer
  // Scott C. Dayton", "Navy Special Warfare Operator 1st Class Charles H. Keating IV", "Airman 1st Class Mia Cole".
  'petty officer 1st class|petty officer 2nd class|petty officer 3rd class|petty officer first class|petty officer second class|' +
  'petty officer third class|senior chief petty officer|master chief petty officer|operator 1st class|operator 2nd class|' +
  'operator first class|operator second class|airman 1st class|airman first class|senior airman|technical sergeant|tech sgt|' +
  'senior master sergeant|senior master sgt|chief master sergeant|chief master sgt|' +
  // British police ranks, as court and crime copy writes them: "Det Insp Helen Shaw", "DCI Sarah Jones", "Det Supt Mark Evans".
  'det insp|det ch insp|det supt|det ch supt|det sgt|det con|dci|detective inspector|detective chief inspector|' +
  'detective superintendent|detective chief superintendent|detective sergeant|detective constable|chief inspector|' +
  'ch insp|chief superintendent|ch supt|supt|insp|police constable'
).split('|')) {
  TITLES.set(t, 'official');
}
// Titles of several people, before a list of their names ("Councillors Anna Trevorrow, Kate Sykes and Pious Ali").
export const PLURAL_TITLES = new Set('councillors|councilors|council members|senators|representatives|ministers|foreign ministers|defence ministers|defense ministers|judges|justices|presidents|ambassadors|envoys|generals'.split('|'));
for (const t of PLURAL_TITLES) TITLES.set(t, 'official');
// Crew of a space flight: "astronaut Jeremy Hansen", "NASA astronauts Reid Wiseman, Victor Glover and Christina Koch".
for (const t of 'astronaut|cosmonaut|taikonaut'.split('|')) TITLES.set(t, 'person');
for (const t of 'astronauts|cosmonauts|taikonauts'.split('|')) {
  PLURAL_TITLES.add(t);
  TITLES.set(t, 'person');
}
// Roles that name a person working for someone ("Trump lawyer Marc Kasowitz").
for (const t of 'lawyer|attorney|counsel|defense lawyer|defence lawyer'.split('|')) TITLES.set(t, 'person');
// A company's officers, who hold no public office: "Apple CEO Tim Cook", "Google chief executive Sundar Pichai".
for (const t of 'ceo|chief executive|chief executive officer|cfo|chief financial officer'.split('|')) TITLES.set(t, 'person');
// A candidate by party or standing: "Democrat Laura Whitcombe", "Republican incumbent Mike Halvorsen".
for (const t of 'democrat|republican|democratic challenger|republican challenger|challenger|incumbent|republican incumbent|democratic incumbent|nominee|democratic nominee|republican nominee|candidate'.split('|')) TITLES.set(t, 'person');
for (const t of 'mr|mrs|ms|miss|dr|sir|dame|lord|lady|professor|prof'.split('|')) TITLES.set(t, 'person');
// Malaysia's titles of honour and the honorifics of South Asian and Nigerian copy, which name a person as "Sir" does:
// "Datuk Seri Anwar Ibrahim", "Tan Sri Muhyiddin Yassin", "Smt. Mamata Banerjee", "Alhaji Mohammed Idris".
export const MALAY_HONOURS = new Set(
  'tun|toh puan|tan sri|puan sri|datuk|datuk seri|datuk seri panglima|datuk patinggi|dato|dato seri|dato sri|datin|datin seri|datin paduka'.split('|'),
);
for (const t of MALAY_HONOURS) TITLES.set(t, 'person');
for (const t of 'shri|smt|shrimati|alhaji|alhaja|hajiya|engr|barr|comr|comrade'.split('|')) TITLES.set(t, 'person');
// A cleric's honorific in Afghan and Pakistani copy: "Mawlawi Abdul Kabir", "Maulana Fazlur Rehman", "Mullah Yaqoob".
for (const t of 'mullah|mulla|maulvi|mawlawi|molvi|maulana|mufti'.split('|')) TITLES.set(t, 'person');
// "PM Shehbaz Sharif", "PM Narendra Modi": the prime minister by the initials (a clock's "5 PM" is none: see titledPersonAt).
TITLES.set('pm', 'official');

export const TITLE_MAX_WORDS = 4;

/** Weekday and month names and abbreviations (the dates' lexicon). */
export const DAY_OR_MONTH = new Set([...Object.keys(WEEKDAYS), ...Object.keys(MONTHS)]);
/** Parts of a text, which no body is named "on" ("the Court on Article IV"). */
export const PARTS_OF_TEXTS = new Set('article|articles|section|sections|chapter|chapters|paragraph|paragraphs|clause|clauses|annex|rule|rules|resolution'.split('|'));

/** Particles inside personal names ("Haider al-Abadi", "Abu Bakr al-Baghdadi", "Ursula von der Leyen"). */
export const NAME_PARTICLES = set('al|el|ad|bin|ibn|bint|abu|abd|de|da|di|du|do|dos|das|del|della|van|von|der|den|la|le|ben|ould|ul|ur|wal');

/** Capitalised words that end a name: days, months, and sentence words often capitalised. */
export const NOT_NAME = set(
  // (Also the first words of feasts and places that take a particle like a name: "Eid al-Fitr", "Rio de Janeiro",
  // "Casa Rosada", "La Libertad Avanza".)
  'eid|rio|casa|porto|puerto|ciudad|la|' +
  // (The first words of Hijri months that are no one's name: "Jumada al-Awwal", "Shawwal", "Dhul Hijjah".)
  'jumada|jumadi|jamada|jamadi|jumadal|shawwal|dhul|' +
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|' +
    'september|october|november|december|the|a|an|and|or|but|in|on|at|of|for|to|from|with|by|as|he|she|it|they|we|i|' +
    'his|her|its|their|our|this|that|these|those|however|meanwhile|also|after|before|when|while|if|since|' +
    'mr|mrs|ms|dr|said|says|later|then|yesterday|today|tonight|earlier|meanwhile|now|here|there|still|so|thus|' +
    'instead|indeed|although|though|because|where|what|why|how|both|all|some|many|most|several|each|every|other|' +
    'another|such|only|even|just|last|next|first|according|during|despite|under|over|against|without|within|' +
    'among|amid|about|above|below|until|yes|no|not|senior|top|former|both|following|operation|exercise|' +
    'near|outside|inside|beyond|around|across|along|toward|towards|through|throughout|behind|beside|into|upon|via|' +
    // Auxiliaries that open questions and headlines ("Did Crooked Hillary ...?").
    'did|does|do|is|are|was|were|would|could|should|has|have|had|must|who|whose|which|' +
    'photographs|photo|image|video|statement|release|read|more|see|note|editor|update|updated',
);

/** Last words that make a capitalised run an organisation, and the category they suggest. */
export const ORG_SUFFIX = new Map<string, ActorCategory>();
const orgSuffix = (cat: ActorCategory, words: string): void => {
  for (const w of words.split('|')) ORG_SUFFIX.set(w, cat);
};
orgSuffix(
  'military',
  'forces|force|army|armies|brigade|brigades|battalion|battalions|corps|command|division|regiment|navy|guard|guards|' +
    'militia|militias|units|unit|squadron|fleet|marines|troops|battery|task force|air force|gendarmerie|wing|component|' +
    'combat team|strike group|battlegroup|battle group|battlegroups',
);
orgSuffix(
  'government',
  'ministry|department|government|office|parliament|cabinet|administration|authority|authorities|police|' +
    'embassy|consulate|senate|assembly|directorate|inspectorate|secretariat|presidency|court|tribunal|service|services|bureau|treasury|' +
    // A court's bench of judges: "the Appeals Chamber", "Pre-Trial Chamber", "the Grand Chamber".
    'chamber|' +
    // Local government and its boards: "Portland City Council", "the Lakeview School Board", "US Geological Survey".
    'city council|town council|county council|borough council|parish council|district council|municipal council|' +
    'school board|school district|unified school district|county commission|city commission|geological survey|' +
    // A city's seat of government standing for it: "Paris City Hall said".
    'city hall|town hall|' +
    // A rescue service: "Gaza's Civil Defense", "the Syrian Civil Defence".
    'civil defense|civil defence|' +
    // A Gulf or Turkish city's government by its name: "Dubai Municipality", "Ajman Municipality".
    'municipality|metropolitan municipality',
);
orgSuffix(
  'organization',
  'inc|ltd|llc|plc|corporation|corp|company|co|group|bank|agency|council|committee|commission|organisation|' +
    'organization|union|league|association|institute|foundation|fund|programme|program|party|network|centre|' +
    'center|university|college|academy|coalition|alliance|bloc|federation|confederation|community|society|trust|mission|board|partnership|secretariat|media|' +
    // A humanitarian sector's coordinating body: "the Food Security Cluster", "the Protection Cluster".
    'cluster|' +
    'news|times|post|press|television|tv|radio|airways|airlines|energy|petroleum|oil|caucus|congress|forum|club|' +
    'institution|institutions|consortium|syndicate|pictures|studios|records|motors|holdings|partners|' +
    'entertainment|industries|technologies|pharmaceuticals|ventures|communications|electric|dynamics|foods|panel|team|' +
    'labs|laboratories|solutions|body|desk|aerospace|research|economics|insights|polling|therapeutics|analytics|robotics|enterprises|consulting|associates|shipmanagement|project|' +
    // Utilities and industrial firms named by their trade ("National Grid", "Network Rail", "Thermo Electron").
    'grid|rail|railways|telecom|telecoms|mining|utilities|electronics|electron|networks|semiconductor|semiconductors|' +
    // Banks' trading arms named for their trade ("RBC Capital Markets", "M&G Investments").
    'capital markets|asset management|investments|' +
    // Company forms of the Gulf, Europe and Russia, the ones sanctions notices name ("Horizon Technologies FZE").
    'limited|llp|fze|fzco|fzc|dmcc|gmbh|jsc|pjsc|ojsc|trading|shipping|logistics|' +
    // Developers and landlords named by their trade ("Hartwell Estates", "Landsec Properties").
    'estates|properties|developments',
);
orgSuffix('group', 'cartel|front|movement|jihad|resistance|mujahideen|rebels|sons|hezbollah|hizballah|brotherhood|cell|cells');

/** First words that make "X of Y" an organisation ("Ministry of Defence", "Government of Iraq"). */
export const ORG_HEAD = new Map<string, ActorCategory>([
  ['ministry', 'government'], ['department', 'government'], ['government', 'government'], ['office', 'government'],
  ['council', 'organization'], ['committee', 'organization'], ['commission', 'organization'], ['bank', 'organization'],
  ['university', 'organization'], ['court', 'government'], ['house', 'government'], ['bureau', 'government'],
  ['army', 'military'], ['league', 'organization'], ['organisation', 'organization'], ['organization', 'organization'],
  ['union', 'organization'], ['federation', 'organization'], ['party', 'organization'], ['people', 'group'],
  ['kingdom', 'country'], ['republic', 'country'], ['state', 'country'], ['sons', 'group'], ['friends', 'organization'],
  ['members', 'organization'], ['forces', 'military'], ['agency', 'organization'], ['institute', 'organization'],
  ['alliance', 'organization'], ['association', 'organization'], ['coalition', 'military'], ['movement', 'group'],
  ['front', 'group'], ['group', 'organization'], ['assembly', 'government'], ['congress', 'government'],
  ['federation', 'organization'], ['conference', 'organization'], ['secretariat', 'organization'], ['command', 'military'],
  ['inspectorate', 'government'], ['directorate', 'government'], ['centre', 'organization'], ['center', 'organization'],
  ['service', 'government'], ['authority', 'government'], ['board', 'organization'], ['tribunal', 'government'],
  // Academies and confederations of trades and sciences: "Academy of Medical Sciences", "Confederation of British Industry".
  ['academy', 'organization'], ['confederation', 'organization'], ['society', 'organization'], ['college', 'organization'],
  ['institutes', 'organization'], ['school', 'organization'], ['municipality', 'government'],
]);

/** Nouns that make "[actor] X" an actor ("Iraqi officials", "U.S. forces", "ISIL tactical units"). */
export const GROUP_HEADS = new Map<string, ActorCategory>();
const groupHead = (cat: ActorCategory, words: string): void => {
  for (const w of words.split('|')) GROUP_HEADS.set(w, cat);
};
groupHead(
  'military',
  'forces|force|troops|soldiers|military|army|navy|militia|militias|fighters|units|unit|personnel|commanders|' +
    'service members|servicemembers|special forces|security forces|coast guard|marines|' +
    'paramilitaries|paramilitary|commandos|battalion|brigade|contingent|general staff|mercenaries|mercenary',
);
groupHead(
  'government',
  'officials|lawmakers|legislators|delegates|delegation|delegations|diplomats|authorities|government|' +
    'administration|regime|ministers|leaders|leadership|negotiators|counterparts|embassy|ministry|' +
    'parliament|presidency|cabinet|intelligence|police|judiciary|mps|senators|state|side|team|partners|allies|coalition|junta|' +
    'security services|security service|intelligence services|intelligence service|secret services|secret service',
);
// One person in office: "a Chinese foreign ministry spokesperson", "the Iraqi president".
groupHead('official', 'official|diplomat|minister|leader|president|envoy|ambassador|spokesman|spokeswoman|spokesperson|prime minister|counterpart|commander');
groupHead(
  'group',
  'militants|rebels|terrorists|terrorist|insurgents|extremists|jihadists|opposition|protesters|demonstrators|' +
    'separatists|gunmen|group|groups|cells|cell|tactical units|tactical unit|fighter|operatives|leaders|supporters|' +
    'members|refugees|civilians|people|population|community|tribes|tribesmen|families|citizens|nationals|residents|' +
    // A tribe or a clan by its name: "the Al Bu Nimr tribe", "the Hawiye clan".
    'tribe|clan|' +
    // A body's experts and inspectors: "UN experts", "IAEA inspectors".
    'experts|inspectors|investigators|monitors|' +
    // A group's breakaways are a group of their own: "FARC dissidents", "ELN dissident factions".
    'dissidents|dissident factions|dissident faction|breakaway factions|breakaway faction|splinter group|splinter groups',
);
// A party named before the word in lower case: "the Georgian Dream party", "the Conservative party".
groupHead('organization', 'party');
export const GROUP_HEAD_MAX_WORDS = 2;

/** The portfolios of ministries and ministers, written in lower case ("the Iraqi *oil* ministry", "EU *climate* commissioner"). */
export const PORTFOLIOS =
  'climate|foreign|defence|defense|trade|energy|health|finance|interior|economy|economic|security|military|army|' +
  'navy|police|intelligence|state|oil|justice|education|culture|transport|agriculture|environment|home|' +
  'development|humanitarian|aid|migration|digital|industry|treasury|labour|labor|commerce|nuclear|space|' +
  'electricity|water|planning|information|communications|housing|tourism|youth|sports|business';
/** PORTFOLIOS as a set of words. */
export const PORTFOLIO_WORDS = new Set(PORTFOLIOS.split('|'));
// Every portfolio names a minister, a secretary and a commissioner: "the information minister", "EU climate commissioner".
// (And a party's or a government's spokesman for it: "Opposition defence spokesman Senator James Paterson".)
for (const p of PORTFOLIO_WORDS) for (const head of ['minister', 'secretary', 'commissioner', 'spokesman', 'spokeswoman', 'spokesperson']) if (!TITLES.has(`${p} ${head}`)) TITLES.set(`${p} ${head}`, 'official');
// Ministers of portfolios South Asian and Afghan copy names in lower case, which name no group or body of their own:
// "the refugees minister", "the law minister", "the railways minister".
for (const p of 'refugees|refugee|law|railways|railway|petroleum|power|mines|minorities'.split('|')) if (!TITLES.has(`${p} minister`)) TITLES.set(`${p} minister`, 'official');

/** Lower-case words allowed between an actor modifier and a group head ("Iraqi *security* forces"). */
export const GROUP_ADJ = set(
  `${PORTFOLIOS}|armed|government|coalition|senior|top|local|federal|regional|special|tactical|elite|secret|` +
    'ground|air|naval|partner|allied|opposition|rebel|militant|tribal|border|' +
    'interim|new|former|current|national|provincial|kurdish|shia|sunni|pro|backed|led|run|controlled|affiliated|' +
    'linked|aligned|funded|supported|dominated|sponsored|based|installed',
);

/** Definite descriptions that are actors by themselves, with their category. */
export const GENERIC_ACTORS = new Map<string, ActorCategory>([
  ['the regime', 'government'], ['the government', 'government'], ['the international community', 'group'],
  ['the treasury', 'government'], ['the ruling coalition', 'government'], ['the governing coalition', 'government'],
  ['the coalition', 'military'], ['the enemy', 'group'], ['the opposition', 'group'], ['the authorities', 'government'],
  ['the military', 'military'], ['the army', 'military'], ['the rebels', 'group'], ['the militants', 'group'],
  ['the insurgents', 'group'], ['the terrorists', 'group'], ['the militia', 'group'], ['the militias', 'group'],
  ['the administration', 'government'], ['the cabinet', 'government'], ['the jihadists', 'group'],
  ['rebels', 'group'], ['militants', 'group'], ['insurgents', 'group'], ['terrorists', 'group'],
  ['jihadists', 'group'], ['civilians', 'group'], ['extremists', 'group'], ['protesters', 'group'],
  ['the security forces', 'military'], ['security forces', 'military'], ['the troops', 'military'],
  // A war's daily reporters by their function: "the air force said", "the regional military administration said".
  ['the air force', 'military'], ['the regional military administration', 'government'], ['the city military administration', 'government'],
  ['the military administration', 'government'], ['the regional administration', 'government'],
  ['troops', 'military'], ['the police', 'government'], ['police', 'government'], ['coalition forces', 'military'],
  ['coalition partners', 'military'], ['international partners', 'group'], ['our partners', 'group'],
  // (The coalition's forces, troops, advisers and member states: "the coalition forces began to attack", "Coalition nations
  // which have conducted strikes".)
  ['the coalition forces', 'military'], ['the coalition troops', 'military'], ['coalition troops', 'military'],
  ['coalition military forces', 'military'], ['coalition advisers', 'military'], ['coalition advisors', 'military'],
  ['coalition nations', 'government'], ['coalition countries', 'government'], ['coalition members', 'government'],
  // A situation report's partners are the agencies and aid groups working with it.
  ['humanitarian partners', 'organization'], ['health partners', 'organization'], ['protection partners', 'organization'],
  ['aid partners', 'organization'], ['implementing partners', 'organization'], ['un partners', 'organization'],
  ['our allies', 'group'], ['the allies', 'group'], ['allies', 'group'], ['the public', 'group'],
  ['coalition', 'military'], ['the international coalition', 'military'], ['fighters', 'military'],
  ['soldiers', 'military'], ['service members', 'military'], ['the navy', 'military'], ['refugees', 'group'],
  ['the west', 'group'], ['the wider international community', 'group'], ['journalists', 'group'],
  ['partner forces', 'military'], ['enemy forces', 'military'], ['our forces', 'military'], ['enemy fighters', 'group'],
  ['the terrorist group', 'group'], ['the militant group', 'group'], ['the extremist group', 'group'],
  ['the jihadist group', 'group'], ['the armed group', 'group'], ['the rebel group', 'group'], ['the insurgent group', 'group'],
  ['the terrorist organisation', 'group'], ['the terrorist organization', 'group'], ['militias', 'group'], ['foreign militias', 'group'],
  ['reporters', 'group'], ['the victims', 'group'], ['foreign fighters', 'group'], ['ground forces', 'military'],
  ['government forces', 'military'], ['regime forces', 'military'], ['pro-government forces', 'military'],
  ['the security services', 'government'], ['the intelligence services', 'government'],
  ['the task force', 'military'], ['tactical units', 'group'],
  // Military rulers: "The juntas announced ...", "whose junta has pledged ...", "the junta".
  ['the junta', 'government'], ['the juntas', 'government'], ['junta', 'government'], ['juntas', 'government'],
  ['the military junta', 'government'], ['mercenaries', 'military'], ['the mercenaries', 'military'],
  ['the ruling party', 'group'], ['the governing party', 'group'], ['the opposition party', 'group'],
  // Groups of states named by their region ("the Baltic states", "Gulf states", "member states").
  ['the baltic states', 'government'], ['baltic states', 'government'], ['the gulf states', 'government'],
  ['gulf states', 'government'], ['member states', 'government'], ['the member states', 'government'],
  // The European Union's members by their number, and its parliament's members: "The Twenty-Seven agreed", "MEPs voted".
  ['the twenty-seven', 'government'], ['meps', 'government'],
  // (And a parliament's members: "MPs voted 335 to 260".)
  ['mps', 'government'],
  ['western countries', 'government'], ['western governments', 'government'], ['western powers', 'government'],
  ['the great powers', 'government'], ['world powers', 'government'], ['major powers', 'government'],
  // A party's members by its name ("Democrats said", "Republicans hold the Senate"): capitalised only (see genericActors).
  ['democrats', 'group'], ['republicans', 'group'], ['the democrats', 'group'], ['the republicans', 'group'],
  // (Europe's parties by their members' name: "Germany's conservatives and Social Democrats", "the Christian Democrats".)
  ['social democrats', 'group'], ['the social democrats', 'group'], ['christian democrats', 'group'],
  ['the christian democrats', 'group'], ['free democrats', 'group'], ['the free democrats', 'group'],
  ['sweden democrats', 'group'], ['the sweden democrats', 'group'],
  // Britain's two largest parties by the names their members go by ("Labour won the seat", "the Tories blamed Labour").
  ['labour', 'group'], ['conservatives', 'group'], ['the conservatives', 'group'], ['tories', 'group'], ['the tories', 'group'],
  // Australia's parties, the same way ("accused Labor", "The Greens said", "the Nationals"); a capitalised "the Coalition"
  // in a story of parliament is the Liberal-National one (see genericActors).
  ['labor', 'group'], ['greens', 'group'], ['the greens', 'group'], ['the nationals', 'group'], ['liberals', 'group'],
  ['the liberals', 'group'],
  // The executive by the name its country's press gives it: India's "the Centre", Nigeria's "the Presidency", "the PM".
  ['the centre', 'government'], ['the presidency', 'government'], ['the pm', 'official'],
  // Seoul's and Taipei's: "the presidential office said", "the Presidential Office".
  ['the presidential office', 'government'],
  // A ruler by the honorific alone ("His Highness said"), written with capitals.
  ['his highness', 'official'], ['her highness', 'official'], ['his majesty', 'official'], ['her majesty', 'official'],
  ['his royal highness', 'official'], ['her royal highness', 'official'],
  // The two parties of a talk or a deal named just before, by their pair ("The two sides agreed", "both countries").
  ['the two sides', 'group'], ['both sides', 'group'], ['the two countries', 'group'], ['both countries', 'group'],
  ['the two nations', 'group'], ['both nations', 'group'], ['the two governments', 'group'], ['both governments', 'group'],
  ['the two leaders', 'group'], ['both leaders', 'group'], ['the two koreas', 'group'], ['both koreas', 'group'],
]);
/** Generic actors that are so only capitalised: a party's members ("Democrats"), not the believers ("democrats"), nor
 * the salad ("greens"); the executive ("The Centre approved"), not the middle ("the centre of town"). */
export const CAPITALISED_GENERIC = new Set(['twenty-seven', 'meps', 'mps', 'democrats', 'republicans', 'labour', 'conservatives', 'tories', 'labor', 'greens', 'nationals', 'liberals', 'centre', 'presidency', 'pm', 'highness', 'majesty']);
export const GENERIC_MAX_WORDS = 4;

/** The regulators and watchdogs "the regulator" may stand for: by their names' words, or the glossary's short names. */
const REGULATOR_FIT = /\b(regulator|regulatory|watchdog|(?<!palestinian\s|national\s)authority|commission|commissioner|inspectorate|ofcom|ofgem|ofwat|ofsted|ofqual|fca|cma|ico|sec|ftc|fcc|cnil|bundeskartellamt|autorit\u00e9|garante)\b/i;

/** What "the company" and "the firm" may stand for: a body the glossary describes as a business ("The US software and
 * cloud company", "German carmaker", "US investment bank"), or one whose own name says so ("Meta Platforms Inc"). */
const COMPANY_FIT = /\b(compan(?:y|ies)|corp|corporation|conglomerate|firms?|\w*makers?|manufacturer|producer|bank|lender|insurer|retailer|airline|platform|developer|designer|operator|miner|mining|start-?up|marketplace|supplier|group|inc|co|ltd|plc|llc|ag|se|nv|gmbh|holdings?|technologies|motors?|airlines|pharmaceuticals?|industries|electronics|semiconductors?)\b/i;
/** What "the carmaker" and "the automaker" may stand for. */
const CARMAKER_FIT = /\b(car ?makers?|auto ?makers?|cars|motors?|automotive)\b/i;
/**
 * The descriptions business copy gives a company named before, and what each fits ("Volkswagen cut its forecast. The
 * carmaker said ...", "TSMC ... the chipmaker", "HSBC said ... The bank said"): read in the glossary's description of
 * a known body as well as in its names, and only of a body of business (see mentionFits in actorCoreference.ts).
 */
export const COMPANY_ANAPHORS = new Map<string, RegExp>([
  ['the company', COMPANY_FIT],
  ['the firm', COMPANY_FIT],
  ['the startup', COMPANY_FIT],
  ['the carmaker', CARMAKER_FIT],
  ['the automaker', CARMAKER_FIT],
  ['the chipmaker', /\b(chip ?makers?|chips|semiconductors?)\b/i],
  ['the drugmaker', /\b(drug ?makers?|drugs|pharmaceuticals?|pharma|biotechnology)\b/i],
  ['the planemaker', /\b(plane ?makers?|aircraft|aerospace)\b/i],
  ['the miner', /\b(miner|mining)\b/i],
  ['the bank', /\b(bank)\b/i],
  ['the lender', /\b(bank|lender)\b/i],
  ['the insurer', /\b(insurer|insurance)\b/i],
  ['the retailer', /\b(retailer|retail)\b/i],
  ['the airline', /\b(airlines?)\b/i],
  // ("Tokyo Electric Power Co said ... The utility said": a power, gas or water company.)
  ['the utility', /\b(utility|utilities|electric\w*|power|energy|gas|water)\b/i],
  ['the brewer', /\b(brew\w*|beer)\b/i],
  // ("The iPhone maker said": what it makes is read in actorCoreference.ts; alone, "the maker" is a company.)
  ['the maker', COMPANY_FIT],
  // ("The software giant", "the oil major": a company by its size in a trade, the trade before it; see actorCoreference.ts.)
  ['the giant', COMPANY_FIT],
  ['the major', COMPANY_FIT],
]);

/** Definite descriptions resolved to the nearest fitting earlier actor, and what fits. */
export const ACTOR_ANAPHORS = new Map<string, RegExp>([
  ['the alliance', /\b(alliance|nato|treaty organi[sz]ation|pact)\b/i],
  // (Not any council: the European Council is one of the EU's bodies, and "the bloc" after it the EU, not the council.
  // Nor a court of one: "The Court of Justice of the European Union upheld the bloc's framework" is the EU's.)
  // (Nor one of its institutions: "European Commission President Ursula von der Leyen said at the bloc's summit" is the
  // EU's or the host's bloc, no commission; and the Americas' blocs are blocs: "Mercosur ... the bloc's presidency".)
  ['the bloc', /^(?!.*\b(?:court|tribunal|commission|parliament)\b).*?\b(union|eu|asean|league|bloc|community|cooperation council|nordic council|brics|opec|african union|ecowas|gcc|mercosur|caricom|celac|unasur|pacific alliance)\b/i],
  ['the ministry', /\b(ministry|department|pentagon|foreign office|quai)\b/i],
  ['the department', /\b(department|ministry|pentagon)\b/i],
  ['the organisation', /\b(organi[sz]ation|agency|union|council|league|fund|programme|nations)\b/i],
  ['the organization', /\b(organi[sz]ation|agency|union|council|league|fund|programme|nations)\b/i],
  ['the agency', /\b(agency|iaea|unhcr|who|organi[sz]ation|programme|wfp|unicef|undp|unfpa)\b/i],
  // (And the campaigning bodies news calls "the group": "Human Rights Watch ... the group said".)
  ['the group', /\b(group|front|movement|clan|cartel|eln|farc|brigades|islamic state|qaeda|qaida|hamas|hezbollah|taliban|houthis?|isis|isil|daesh|pkk|watch|amnesty|greenpeace|oxfam)\b/i],
  ['the movement', /\b(movement|front|taliban|hamas|houthis?)\b/i],
  // (In EU writing "the Council" after "the European Council" is the Council of the EU, another body.)
  ['the council', /(?<!\beuropean\s)\b(council)\b/i],
  ['the commission', /\b(commission)\b/i],
  // ("Britain's media regulator Ofcom fined the forum ..., the regulator said": a regulator or a watchdog named before.)
  ['the regulator', REGULATOR_FIT],
  ['the watchdog', REGULATOR_FIT],
  ['the committee', /\b(committee)\b/i],
  ['the court', /\b(court|tribunal)\b/i],
  ['the party', /\b(party)\b/i],
  ['the coalition', /\b(coalition)\b/i],
  // ("The Rapid Support Forces shelled the town ... after the paramilitaries seized El Fasher".)
  ['the paramilitaries', /\b(paramilitar(?:y|ies)|militias?|support forces|mobili[sz]ation forces|rsf|pmf|wagner)\b/i],
]);
for (const [k, fit] of COMPANY_ANAPHORS) ACTOR_ANAPHORS.set(k, fit);

/** An American lawmaker's party and state: "D-Conn.", "R-Texas", "I-Vt.". */
export const PARTY_TAG_RE = /^[DRI]-[A-Z][A-Za-z.]*\.?$/;

/** Acronyms that are not actors (weapons, units, technical terms), so "unknown acronym" skips them. */
export const NOT_ACTOR_ACRONYMS = set(
  'ied|ieds|vbied|vbieds|svbied|rpg|uav|uavs|gdp|ceo|cfo|tv|am|pm|utc|gmt|bst|est|pst|cet|id|ok|hiv|aids|covid|dc|ip|ips|cve|cves|ioc|iocs|dns|vpn|api|apt|sha|md5|' +
    'urgent|flash|bulletin|alert|breaking|refile|rpt|wrapup|factbox|' +
    // A press release's last line: "ENDS".
    'ends|' +
    // Yonhap's versions of a story, "(LEAD)", "(2nd LD)"; East Asian time zones, "10 a.m. (KST)".
    'lead|ld|kst|jst|' +
    // A treaty's final clause in capitals: "DONE at Geneva", "IN WITNESS WHEREOF".
    'done|whereof|witness|' +
    // The measures of economic statistics ("core PCE inflation", "the HICP", "the PMI").
    'cpi|cpih|ppi|pce|hicp|rpi|pmi|gnp|gni|nfp|yoy|qoq|' +
    // The fields of a sanctions list: date and place of birth, the list, its programme tags, a ship's number.
    'dob|pob|sdn|sdgt|imo|mmsi|aka|fka|nka|npwmd|ifsr|cfsp|glomag|ifca|ssi|fto|' +
    // Letters after a name ("Alistair Carmichael MP") and the crown's ("HM").
    'mp|mps|mep|meps|qc|kc|obe|mbe|cbe|hm|hrh|' +
    'sars|pdf|faq|url|usd|eur|gbp|aed|sar|rub|uah|cny|rmb|jpy|inr|chf|cad|aud|qar|kwd|irr|egp|ils|pln|huf|sek|nok|dkk|bbl|km|kg|mw|gw|co2|ghg|lng|lpg|nb|ps|vip|ngo|ngos|dna|rna|ai|it|ii|iii|iv|vi|vii|' +
    // (The currencies of Africa, South and South-East Asia and the rest that copy writes by their codes: "KES 3bn",
    // "NGN 40bn", "PKR 25 billion", "MYR 3bn".)
    'kes|ngn|zar|pkr|bdt|lkr|myr|php|idr|thb|vnd|sgd|nzd|hkd|krw|twd|ugx|tzs|ghs|etb|rwf|zmw|mwk|mzn|aoa|xof|xaf|dzd|tnd|mur|bwp|' +
    'iqd|jod|lbp|omr|bhd|afn|mmk|khr|kzt|uzs|azn|brl|mxn|clp|czk|bgn|rsd|' +
    'viii|ix|xi|xii|xx|ad|bc|ce|bce|q1|q2|q3|q4|h1|h2|fy|yoy|ir|ap|afp|upi|mrap|apc|apcs|manpads|icbm|icbms|slbm|' +
    'mlrs|himars|atacms|thaad|f16|f35|usa|ussr|qa|ama|rss|sms|gps|pow|pows|idp|idps|kia|wia|mia|tnt|cbrn|wmd|wmds|ew|isr|' +
    'hms|uss|fs|ddg|kc|hmas|ins|rfa|cvn|lhd|ffg|cg|ssn|hmcs|hnlms|its|tcg|fgs|mv|ss|rv|' +
    // (Ships of the Philippines, Indonesia, South Korea, Pakistan, Bangladesh, Portugal, Norway, Denmark, New Zealand and
    // the US and Canadian coast guards and navy's civilian fleet: "BRP Sierra Madre", "KRI Nanggala", "USCGC Stone".)
    'brp|kri|roks|pns|bns|nrp|hnoms|hdms|hmnzs|usns|uscgc|ccgs|' +
    // Time zones ("noon ET"), and terms of health reports and bills ("MMR", "GAM", "the NDAA").
    'et|pt|ct|mt|edt|pdt|cdt|mdt|aest|aedt|jst|msk|cest|eet|eest|wib|wita|wit|kst|pkt|ist|eat|sast|hkt|pht|ict|' +
    'mmr|gam|ocv|cfr|cati|ndaa|' +
    // Treaties cited by their initials after an article: "Article 263 TFEU", "Article 50 TEU".
    'tfeu|teu|' +
    // Nuclear material and the sites an IAEA report names ("feeding UF6 into the cascade at FFEP", "HEU", "PFEP").
    'uf6|uf4|heu|leu|ffep|pfep|fep|ucf|trr|' +
    // Economic and business terms: "income tax, VAT or national insurance".
    'vat|gst|gnp|gni|cpi|ppi|pmi|ipo|etf|coo|cto|fdi|oda|eps|ebitda|qoq|bps|ev|evs|suv|suvs|ai|api|' +
    // Terms of computing and security copy: "more CPU than expected", "SSH logins", "Chinese GPU makers", "a CVSS score".
    'cpu|cpus|gpu|gpus|tpu|npu|ssh|cvss|tls|ssl|http|https|sql|usb|ram|ssd|sdk|llm|llms|agi|iot|scada|ddos|rce|edr|xdr|' +
    // Radio bands and frequencies ("64 UHF", "12130 MHZ"), a hospital's scans and wards and a patient's measures and
    // conditions ("facilities for MRI", "in the ICU", "an ECG", "his BMI", "PTSD"), and a person's papers ("her CV").
    'uhf|vhf|hf|mhz|ghz|khz|mri|mris|icu|ecg|ekg|eeg|bmi|ivf|adhd|ptsd|ocd|copd|cpr|gp|cv|phd|mba|atm|atms|' +
    'lcd|hdmi|rpm|mph|kph|bpm|iq|dui|dwi|rsvp|asap|fyi|diy|' +
    // Honorifics: "HE Dr Ibrahim al-Jaafari" (His Excellency).
    'he|hrh|hh|' +
    // Words set in capitals in headlines and transcripts.
    'full|text|abstract|today|me|note|update|breaking|exclusive|watch|video|photo|read|more|live|opinion|analysis|' +
    'editorial|transcript|correction|summary|new|now|the|and|of|by|end|top|wow|yes|no|not|all|one|two|ok|ps|re|fwd|cc|' +
    // Words in capitals for emphasis ("That claim is FALSE", "NEVER"), and honours after a name ("CMG OBE").
    'false|true|never|always|must|real|fake|wrong|lie|lies|huge|won|lost|stop|' +
    'cmg|obe|cbe|mbe|kbe|gbe|kcmg|gcmg|dbe|frs|qc|' +
    // Months and days in a diary's capitals ("NOV. 17", "SUNDAY - G20 ends").
    'jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|' +
    'october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|' +
    'thurs|fri|sat|sun|tbc|tba|' +
    // A cable's or report's classification marks ("(SBU)", "(S//NF)", "(C//REL)"), and a military order's "NLT 1200Z" (no
    // later than) and a situation report's paragraph heads ("ENEMY.", "COMMANDER'S INTENT.").
    'sbu|nf|noforn|rel|fouo|orcon|nodis|exdis|limdis|sipdis|nlt|net|enemy|friendly|intent|' +
    // A cable's "SECTION 01 OF 02" and a memo's parts in capitals.
    'section|part|annex|tab|enclosure|paragraph|para|page',
);
/** A word in capitals with an English ending ("DOUBLED", "RISING", "TOTALLY"): emphasis, not an acronym. */
export const INFLECTED_CAPS_RE = /^[A-Z]{3,}(?:ED|ING|LY)$/;
