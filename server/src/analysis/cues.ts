// Word lists for reported speech: the verbs that cue it, the nouns that name sources, and the phrases that
// make a source vague or anonymous. Kept as data so attribution.ts and quotes.ts read as logic.
import { isAsciiUpperCode, lazyRegExp } from './chars';

/**
 * Verbs of saying that double their last consonant before "-ed" and "-ing". ("plan" and "prefer" are left with their
 * wrong forms on purpose: "the planned visit", "preferred shares" are adjectives far more often than reports.)
 */
const DOUBLED = new Set(['admit', 'slam', 'brag', 'quip', 'hit', 'submit']);

/** Inflected forms of a regular verb list ("warn" -> warn|warns|warned|warning) plus irregular forms. */
function forms(lemmas: string, irregular = ''): string[] {
  const out: string[] = [];
  for (const l of lemmas.split(' ').filter(Boolean)) {
    // ("admit" -> admitted, admitting: a stressed last syllable doubles its consonant; "hit" is its own past.)
    const stem = l.endsWith('e') ? l.slice(0, -1) : DOUBLED.has(l) ? l + l[l.length - 1] : l;
    const ed = l === 'hit' ? l : DOUBLED.has(l) ? `${stem}ed` : l.endsWith('e') ? `${l}d` : /[^aeiou]y$/.test(l) ? `${l.slice(0, -1)}ied` : `${l}ed`;
    const s = /(?:s|sh|ch|x|z)$/.test(l) ? `${l}es` : /[^aeiou]y$/.test(l) ? `${l.slice(0, -1)}ies` : `${l}s`;
    out.push(l, s, ed, `${stem}ing`);
  }
  return out.concat(irregular.split(' ').filter(Boolean));
}

// Verbs of saying: they mark attribution whatever their subject.
export const SPEECH_VERBS = forms(
  'add announce warn confirm deny note argue claim state insist report estimate predict explain reply respond ' +
    'tweet post acknowledge admit assert declare suggest stress emphasize emphasise urge recall conclude counter ' +
    'quip joke remark observe comment complain testify allege contend maintain disclose reveal concede caution ' +
    'mention echo charge accuse blame criticize criticise praise promise vow pledge threaten demand propose ' +
    'recommend question dispute condemn insist reiterate repeat affirm reaffirm signal hint indicate ' +
    'describe characterize characterise cite forecast project boast lament complain acknowledge agree disagree ' +
    'counsel advise inform assure reassure brief call ask answer recount offer reference respond compare liken ' +
    'protest chronicle decline refuse tout defend mock ridicule dismiss downplay pitch discuss express voice ' +
    'swear tease attack blast slam hit paint stress continue highlight point acknowledge quote ' +
    'announce welcome applaud congratulate thank apologize apologise lash encourage promote link chastise hammer ' +
    'rail implore embrace champion deride denounce articulate debate persuade convince needle confront grill ' +
    'lobby appeal invoke vow concede contend speak detail chant plead hail rule retweet shout yell brag compliment ' +
    'lambast extol talk underline underscore deplore remind attribute verify portray ' +
    // (A counsel's argument in court, as South Asian copy reports it: "submitted that the notices were served late".)
    'submit ' +
    // (Only with words as its object, "rejected the allegations", "rejected the claim as baseless": cueOtherSenses.)
    'reject',
  'say says said saying tell tells told telling write writes wrote written writing spoke spoken objected objecting termed branded labelled labeled dubbed',
);

/** A verb of going on or starting and its "to" right before a bare verb of saying: "continued to ", "has begun to ",
 * "went on to " ("She continued to say that ..." reports her words; "to say" alone is an infinitive, no report). */
export const ASPECT_TO_BEFORE_RE = /(?:^|[^\w-])(?<!\bto\s)(?:continu(?:e|es|ed|ing)|beg(?:in|ins|an|un)|start(?:s|ed|ing)?|(?:went|goes|go|going|gone)\s+on)\s+to\s+$/i;
/** A verb that moves someone to act, its object and "to", before a bare verb of saying or thinking: "led economists to ",
 * "prompted the ministry to " ("The report led economists to fear a recession": the economists fear it). */
export const MOVED_TO_BEFORE_RE = /\b(?:le(?:d|ads?|ading)|prompt(?:s|ed|ing)?|spur(?:s|red|ring)?|forc(?:e|es|ed|ing)|push(?:es|ed|ing)|caus(?:e|es|ed|ing)|drove|driv(?:e|es|ing)|compel(?:s|led|ling))\s+(?!to\b)(?:(?:the|a|some|many|several|its|their|his|her|other|[A-Za-z][\w'\u2019-]*)\s+){0,5}?[A-Za-z][\w'\u2019-]*\s+to\s+$/;
/** The same before a verb in "-ing": "kept ", "kept on ", "continued ", "began " ("He kept warning that ..."), and the time
 * spent at it ("Its officials spent 2021 insisting that", "Critics have spent months arguing"). */
export const ASPECT_ING_BEFORE_RE = /(?:^|[^\w-])(?<!\bto\s)(?:kept(?:\s+on)?|keeps?(?:\s+on)?|continu(?:e|es|ed)|beg(?:in|ins|an|un)|start(?:s|ed)?|spen(?:t|ds?)\s+(?:(?:the|much\s+of|most\s+of|all\s+of|part\s+of|\d{1,3}|two|three|four|five|several|many|recent|past|last)\s+(?:the\s+)?)?(?:(?:19|20)\d\d|years?|months?|weeks?|days?|hours?|decades?|weekend|summer|winter|spring|autumn|campaign|morning|afternoon|evening))\s+$/i;

/** After "sees" or "forecast": a measure and its forecast figure ("growth of 1.1 percent", "inflation averaging 2.1%",
 * "the deficit narrowing to 3% of GDP", "rates at 3.5 percent", "4.6 percent"); not "forecast for 2027", a noun's. */
export const FORECAST_FIGURE_AFTER_RE = /^(?!\s+(?:for|in|on|was|is|were|are|has|had|will|would|of|to|period|horizon)\b)\s+(?:(?:[\w-]+\s+){1,4}?(?:at|of|around|near|averaging|[a-z]+ing(?:\s+(?:up|back|down))?(?:\s+(?:to|by|at))?)\s+)?(?:about\s+|around\s+|just\s+)?(?:[$\u20ac\u00a3\u00a5]\s?)?\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b|percentage\b|basis\s+points?\b|bps\b|billion\b|million\b|trillion\b|bn\b)/i;

// Verbs of thinking and wanting: attribution of an inner state, cued only with a person-like subject.
export const COGNITION_VERBS = forms(
  'believe hope expect fear worry doubt want wish plan intend decide suspect assume imagine figure ' +
    'recognize realize realise consider regard view oppose support endorse favor favour prefer admire love hate ' +
    'trust accept appreciate care seem appear insist wonder question assess judge',
  'think thinks thought thinking feel feels felt feeling know knows knew known knowing see sees saw seeing ' +
    'understand understands understood hold holds held holding',
);

// Verbs a document, study, poll or report uses to cue its findings.
export const FINDING_VERBS = forms('show find conclude reveal indicate suggest estimate document', 'found shows showed shown');

/** Nouns that name a document-like source ("the statement", "a report by"). */
export const DOCUMENT_NOUNS =
  'statement|report|study|survey|poll|polls|analysis|memo|letter|filing|document|documents|data|figures|' +
  'estimates?|research|review|audit|assessment|paper|position paper|communiqu[eé]|declaration|release|press release|' +
  'transcript|record|records|census|tally|count|projection|forecast|investigation|inquiry|ruling|findings|' +
  'interview|post|tweet|video|email|e-mail|speech|remarks|testimony|website|account|text|' +
  // (A court's text: "the judgment reads".)
  'judgment|judgement|verdict';

// Sources with no one behind them: "critics argue", "experts believe", "some say", "it is widely thought".
const VAGUE_QUANT = '(?:some|many|most|several|various|numerous|few|certain|other|others|a number of|a lot of|lots of|plenty of)';
const VAGUE_NOUN =
  '(?:critics|experts|observers|analysts|commentators|people|scholars|historians|economists|scientists|researchers|' +
  'sources|insiders|officials|diplomats|observers|residents|voters|americans|supporters|opponents|detractors|' +
  'skeptics|sceptics|proponents|advocates|activists|pundits|insiders|those|others|fans|users|members|' +
  'authorities|reports|studies|accounts|estimates|reporters|journalists|leaders|politicians|lawmakers|' +
  'data|figures|research|evidence|surveys|polls|' +
  'conservatives|liberals|democrats|republicans|europeans|observers)';
/** A source phrase that names nobody. Tested against the source text (lower case). (Experts may be named by a
 * nationality and two words more: "chinese mainland military experts".) */
export const VAGUE_SOURCE = new RegExp(
  `^(?:${VAGUE_QUANT}(?: of the| of)?(?: [a-z-]+)?(?: ${VAGUE_NOUN})?|(?:the )?(?:(?:senior|top|other|local|some) )?${VAGUE_NOUN}|there|` +
    `(?:many|some|most) (?:[a-z-]+ )?(?:in|of|among) [a-z ]{1,30}|(?:widespread|popular|conventional) (?:belief|wisdom|opinion)|` +
    `(?:some|many) (?:have|would|might|may)|(?:anyone|everyone|everybody|nobody|somebody|someone)|` +
    `(?:press|media|news|open-source|open source) reporting|(?:[a-z]+(?:ese|an|ish|i) )?(?:\\w+ ){0,2}(?:sources|observers|critics|experts|analysts|diplomats|groups|reports|advocates|activists|campaigners|agencies|organi[sz]ations)|(?:western|european|arab|african|asian|foreign|senior|government|administration|security|intelligence|military|party|campaign|local|regional|company|industry) officials(?: (?:on|from|in) (?:both|all|either) sides?| in [a-z]+)?)$`,
);

// What every VAGUE_SOURCE match holds, for a cheap test first: a first word (up to a space) that opens one of its
// alternatives ("some", "a number of", "there", "anyone"), a last word that ends one (a VAGUE_NOUN, "groups",
// "agencies"), or "officials".
const altWords = (alt: string): string[] => alt.replace(/^\(\?:|\)$/g, '').split('|');
const VAGUE_FIRST = new Set([...altWords(VAGUE_QUANT).map((w) => w.split(' ')[0]), 'there', 'widespread', 'popular', 'conventional', 'anyone', 'everyone', 'everybody', 'nobody', 'somebody', 'someone']);
const VAGUE_LAST = new Set([...altWords(VAGUE_NOUN), 'sources', 'observers', 'critics', 'experts', 'analysts', 'diplomats', 'groups', 'reports', 'advocates', 'activists', 'campaigners', 'agencies', 'organisations', 'organizations', 'reporting']);

/** VAGUE_SOURCE.test(x), its regex run only where x's first or last word or "officials" allows a match. */
export function isVagueSource(x: string): boolean {
  const sp = x.indexOf(' ');
  if (!VAGUE_FIRST.has(sp < 0 ? x : x.slice(0, sp)) && !VAGUE_LAST.has(sp < 0 ? x : x.slice(x.lastIndexOf(' ') + 1)) && !x.includes('officials')) return false;
  return VAGUE_SOURCE.test(x);
}

/** Plural heads of people or bodies that no ending below gives ("nurses", "troops", "companies", "officials"). */
const PEOPLE_PLURALS = new Set(
  ('farmers traders lawyers dealers voters workers leaders readers bankers brokers teachers soldiers managers officers ' +
    'insurers lenders donors editors senators doctors members owners buyers users viewers fighters drivers miners ' +
    'builders ' +
    'people children women men youths adults nurses families relatives natives executives representatives detectives ' +
    'locals troops crews staffers medics critics sceptics skeptics clerics monks priests nuns imams rabbis bishops ' +
    'pupils graduates candidates delegates associates colleagues allies rivals peers friends neighbours neighbors girls ' +
    'boys victims witnesses businesses hostages inmates citizens judges chiefs pilots guards rebels officials professionals individuals ' +
    'criminals nationals generals companies firms groups agencies banks hospitals charities unions schools universities ' +
    'ministries governments departments parliaments councils parties nations airlines outlets').split(' '),
);
/** Plurals with a people's ending that name things ("numbers", "indicators", "events"). */
const THING_PLURALS = new Set(
  ('numbers letters orders matters waters centers centres borders chapters headquarters meters containers registers ' +
    'answers layers filters computers markers trackers towers corners quarters offers transfers disorders cancers papers ' +
    'barriers rivers flowers shelters others indicators factors sectors errors sensors motors floors doors colors colours ' +
    'mirrors vectors reactors processors corridors horrors flavors flavours tractors events incidents accidents contents ' +
    'talents percents cents patents plants grants restaurants implants pollutants variants elephants constants ' +
    'components nutrients currents gradients coefficients degrees decrees guarantees playlists checklists shortlists ' +
    'waitlists blacklists wishlists specimen abdomen regimen acumen stamen omen').split(' '),
);
/** Whether a lower-case word is a plural that names people or bodies: a word of PEOPLE_PLURALS or one with the ending
 * of a person's trade or role ("meteorologists", "historians", "farmers", "investors", "residents", "refugees",
 * "fishermen"), not a thing's ("numbers", "indicators", "events", "documents"). */
export function isPeoplePlural(w: string): boolean {
  if (PEOPLE_PLURALS.has(w)) return true;
  if (w.length < 6 || THING_PLURALS.has(w)) return false;
  return /(?:ists|ysts|ians|[^aeiou]ers|ors|[^m]ents|ants|ees|men)$/.test(w) && (w.length >= 7 || !/(?:ists|ees)$/.test(w));
}

/**
 * The verbs by which a bare plural of people reports or asserts something ("Meteorologists say", "doctors have warned",
 * "Economists expect"), as against those that tell of the kind's habits or feelings ("men feel ashamed", "locals call
 * them wings", "Goaltenders consider the angle"), which report no one's words.
 */
export const BARE_PLURAL_CUE_RE = /^(?:says?|said|tell|tells|told|warns?|warned|argue[sd]?|argued|claims?|claimed|contends?|contended|insists?|insisted|maintains?|maintained|notes?|noted|suggests?|suggested|reports?|reported|estimates?|estimated|predicts?|predicted|alleges?|alleged|asserts?|asserted|believes?|believed|expects?|expected|fears?|feared|accuses?|accused|acknowledges?|acknowledged|confirms?|confirmed|concedes?|conceded|complains?|complained|states?|stated|according to)$/i;
/** What may stand between a bare plural and its verb: an auxiliary of the perfect, "also", "now" ("Doctors have
 * warned", "Economists also expect"); not a negation or a modal ("locals do not call", "patients may be unaware"). */
export const BARE_PLURAL_BETWEEN_RE = /^\s*(?:(?:have|has|had|also|now|recently|previously|repeatedly|publicly|privately|already)\s+)*$/;

/** Words that may not describe the people of a bare plural: determiners, numbers and the words of a whole set. */
const NOT_DESCRIBING = new Set(
  ('the a an its their his her our my your these those this that such both all each every no any one two three four ' +
    'five six seven eight nine ten eleven twelve dozen dozens hundreds thousands millions and or nor but of at in on ' +
    'from for with by to as than who which whose whom what when where').split(' '),
);
/** The quantities a bare plural may open with ("Some doctors say", "Many farmers fear"). */
const BARE_QUANT = new Set(['some', 'many', 'most', 'several', 'numerous', 'various', 'other', 'few', 'certain']);

/**
 * "Meteorologists say", "Insurance companies estimate", "doctors have warned", "Some aid workers said": a bare plural of
 * people or bodies, with at most a quantity and two lower-case words that describe them, and nothing that identifies
 * them (no name, number, determiner, possessive, nor "at/of/from X": "Doctors at Al-Shifa hospital", "Three doctors",
 * "the doctors" are not bare). The first word may have a capital: that of its sentence (`opensSentence`) or a region's
 * or nationality's ("European diplomats"). `source` is the source's text as written.
 */
export function isBarePeoplePlural(source: string, opensSentence: boolean): boolean {
  // (Cheap first: a head of letters at the end, at most four words, no digit or apostrophe.)
  const n = source.length;
  if (n < 3 || n > 60 || !/^[A-Za-z][a-z-]*(?: [a-z][a-z-]*){0,3}$/.test(source)) return false;
  const words = source.split(' ');
  const head = words[words.length - 1].toLowerCase();
  if (!isPeoplePlural(head)) return false;
  // One capitalised word in -ers or -ors of fewer than nine letters is more often a surname ("Sanders", "Rogers",
  // "Connors") than a trade that PEOPLE_PLURALS does not hold.
  if (words.length === 1 && isAsciiUpperCode(source.charCodeAt(0)) && n < 9 && /[eo]rs$/.test(head) && !PEOPLE_PLURALS.has(head)) return false;
  let k = 0;
  if (BARE_QUANT.has(words[0].toLowerCase())) k = 1;
  if (words.length - 1 - k > 2) return false;
  for (let i = k; i < words.length - 1; i++) if (NOT_DESCRIBING.has(words[i].toLowerCase())) return false;
  // A capital not at the sentence's start is a name's ("Pfizer scientists", "..., Sanders said"), not a region's.
  if (isAsciiUpperCode(source.charCodeAt(0)) && !opensSentence && (k > 0 || words.length === 1 || !NOT_A_FIRM_FIRST.has(words[0]))) return false;
  return true;
}

// Country acronyms: "US experts" are American experts, as vague as "American experts".
const COUNTRY_ACRONYMS = new Set(['US', 'USA', 'UK', 'UAE', 'DRC', 'PRC', 'ROK', 'DPRK', 'KSA']);
/** "UN experts", "the IAEA's inspectors", "NATO military analysts": an organisation's acronym before the people (and
 * up to three words that describe them) names who they work for, as "US officials" does; the source is then no vague
 * one. */
const ACRONYM_PREMODIFIER_RE = /^(?:[Tt]he\s+)?((?:[A-Z]\.){2,6}|[A-Z][A-Z&]{1,5})(?:['\u2019]s)?(?:\s+[a-z-]+){1,4}$/;
/** Whether a source's words are an organisation's acronym and who speaks for it. */
export function namedByAcronym(source: string): boolean {
  const m = ACRONYM_PREMODIFIER_RE.exec(source);
  return m !== null && !COUNTRY_ACRONYMS.has(m[1].replace(/\./g, ''));
}

/** "Morgan Stanley analysts", "Goldman Sachs economists", "Capital Economics researchers": a name of two to four
 * capitalised words before the people (and up to two words that describe them) names the firm they work for, as an
 * acronym does. Not a region or a group ("Western European diplomats", "Latin American economists", "Wall Street
 * analysts"), a quantity opening the sentence ("Some European experts") nor a country ("New Zealand officials"). */
const NAME_PREMODIFIER_RE = /^(?:[Tt]he\s+)?((?:[A-Z][a-z]+|[A-Z]{2,5}|&)(?:\s+(?:[A-Z][a-z]+|[A-Z]{2,5}|&)){1,3})(?:['\u2019]s?)?(?:\s+[a-z-]+){1,3}$/;
export const NOT_A_FIRM_FIRST = new Set(
  ('Western Eastern Northern Southern Middle Wall Latin North South East West Central New United Saudi Sri Costa El Hong ' +
    'Sierra Burkina Puerto Papua Czech Dominican Some Many Most Several Other Few Both All Senior Independent International ' +
    'Foreign Leading Top Outside Two Three Four Five European American Arab Asian African Russian Chinese British French ' +
    'German Israeli Iranian Ukrainian Indian Japanese Korean Turkish Polish Italian Spanish Gulf Sub Pro Anti Former Local ' +
    'Regional Global Private Public State Federal Democratic Republican Liberal Conservative Labour Left Right').split(' '),
);
/** Whether a source's words are a firm's or body's name (two to four capitalised words) and who speaks for it. */
function namedByName(source: string): boolean {
  const m = NAME_PREMODIFIER_RE.exec(source);
  // ("European Union election observers", "African Union monitors": a union of states, named whole, is no region.)
  return m !== null && (!NOT_A_FIRM_FIRST.has(m[1].slice(0, m[1].search(/\s/))) || UNION_LAST_RE.test(m[1]));
}
/** The last word of a union's or a commission's name, which a region's adjective may open ("European Union"). */
const UNION_LAST_RE = /\s(?:Union|Commission|Parliament)$/;
/** Whether a source's words are an organisation's acronym or name and who speaks for it ("UN experts", "Morgan Stanley
 * analysts"). */
export function namedByBody(source: string): boolean {
  return namedByAcronym(source) || namedByName(source);
}

/** The conditions a source speaks under when it is not named (also where they stand between source and verb). */
export const UNNAMED_CONDITION = "on condition of anonymity|(?:speaking|spoke) anonymously|not authori[sz]ed to|declined to be (?:named|identified)|(?:asked|asking) not to be (?:named|identified)|(?:requested|requesting) anonymity|(?:did|does|do) not (?:wish|want) to be (?:named|identified)|(?:did|does|do)n['\u2019]t (?:wish|want) to be (?:named|identified)|(?:wished|wishing|wanted|wanting|preferred|preferring) (?:to remain anonymous|not to be (?:named|identified))";
/** A redaction mark that stands for a source's name: "[REDACTED]", "[name withheld]" (the source of a RegExp, no flags). */
export const REDACTION_MARK = '\\[(?:redacted|name\\s+(?:redacted|withheld)|withheld|source\\s+redacted)\\]';
// Sources that hold back a name but give a role: named-role anonymous sourcing, accepted practice in news.
export const ANONYMOUS_SOURCE = new RegExp(
  `\\b(?:familiar with|briefed on|${UNNAMED_CONDITION}|who (?:spoke|asked) (?:on condition|not to be|to remain)|(?:sources?|people|officials|aides?|those|a person|someone) close to|unnamed|anonymous|x{6,}|\\[?redacted\\]|(?:post|the embassy|embassy|the mission)['\u2019]s contacts|(?:a|an|two|three|several|another) (?:liaison|partner|foreign (?:intelligence|security)) services?|(?:a|an|two|three|several|another) (?:second |third |fourth |fifth |other |well-placed |well placed |sensitive |clandestine |reliable |credible |trusted |knowledgeable |confidential |human |senior |western |us |u\\.s\\. |european |israeli |iraqi |russian |ukrainian |kurdish |government |military |administration |white house |state department |defen[cs]e |diplomatic |security |intelligence |campaign |medical |hospital |police |local |tribal |rebel |army |judicial |humanitarian |aid |party |palace |industry |trade |banking |regional |gulf |arab )*(?:officials?|sources?|diplomats?|aides?|people|persons?|advisers?|advisors?|lawmakers?|legislators?|members? of (?:parliament|congress|the (?:\\w+ )?(?:parliament|assembly|senate|committee|cabinet|delegation|council|panel)))|(?:one|another) (?:[a-z-]+ ){0,2}(?:economist|analyst|strategist|trader|banker|dealer|investor|fund manager))\\b(?!\\s+(?:release|statement|report|document|letter|visit|trip|figures|data|website|account|channels?|records?|languages?|residence|car|portrait|photograph|ceremony|celebration|function|event|programme|program)\\b)`,
  'i',
);

// A word each alternative of ANONYMOUS_SOURCE needs (lower case): where none occurs, the regex cannot match.
const ANONYMOUS_NEEDS = [
  'familiar with', 'briefed on', 'anonymity', 'who spoke', 'who asked', 'not authori', 'declined to be', 'asked not to be',
  'asking not to be', 'anonymously', 'unnamed', 'anonymous', 'official', 'source', 'diplomat', 'aide', 'people', 'person', 'adviser', 'advisor',
  'close to', 'xxxxxx', '[redacted]', 's contacts', 'lawmaker', 'legislator', 'member', 'service',
  'economist', 'analyst', 'strategist', 'trader', 'banker', 'dealer', 'investor', 'fund manager',
];

/** ANONYMOUS_NEEDS as one pattern of literal words: one run of it costs less than a search for each word. */
const ANONYMOUS_NEEDS_RE = new RegExp(ANONYMOUS_NEEDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

/** Whether ANONYMOUS_SOURCE can match a source whose lower-case text is `lower`. */
export function mayBeAnonymous(lower: string): boolean {
  // (The shortest needed word, "aide", has 4 letters: "he", "she", "it" need no search.)
  return lower.length >= 4 && ANONYMOUS_NEEDS_RE.test(lower);
}

/** Verbs whose subject, when it is "some", "many", "critics" or "experts", makes a vague attribution. */
export const VAGUE_VERB_WORDS = (
  'say|said|argue|argued|claim|claimed|believe|believed|contend|contended|suggest|suggested|note|noted|feel|felt|' +
  'find|found|think|thought|consider|considered|regard|regarded|see|saw|view|viewed|maintain|maintained|' +
  'point out|pointed out|insist|insisted|fear|feared|worry|worried|warn|warned|doubt|doubted|question|questioned|' +
  'dispute|disputed|describe|described|criticize|criticized|criticise|criticised|speculate|speculated|allege|alleged|' +
  'predict|predicted|expect|expected|assert|asserted|agree|agreed|hold|held|theorize|theorized|theorise|theorised|' +
  'attribute|attributed|call|called|refer|referred|credit|credited|dismiss|dismissed|reject|rejected|accept|accepted|' +
  'recognize|recognized|praise|praised|hail|hailed|consider|prefer|preferred|suspect|suspected|assume|assumed|' +
  'estimate|estimated|posit|posited|propose|proposed|hope|hoped|recommend|recommended|cite|cited|report|reported|' +
  'interpret|interpreted|identify|identified|label|labelled|labeled|blame|blamed|accuse|accused|regard'
).split('|');
const VAGUE_VERBS = `(?:${VAGUE_VERB_WORDS.join('|')})`;
export const VAGUE_ADV_WORDS = 'would|might|may|could|have|had|has|also|often|still|widely|generally|even|now|later|further|strongly|instead'.split('|');
const VAGUE_ADV = `(?:(?:${VAGUE_ADV_WORDS.join('|')})\\s+){0,2}`;
/** The words of the vague-subject alternative, in the regex's order (impersonal.ts reads it with them). */
export const VAGUE_QUANTITY_WORDS = ['some', 'many', 'most', 'few', 'several', 'various', 'numerous', 'certain', 'other', 'a few', 'a number of', 'a lot of', 'lots of', 'plenty of'];
export const VAGUE_SUBJECT_WORDS = (
  'critics|experts|observers|analysts|commentators|scholars|historians|economists|skeptics|sceptics|detractors|' +
  'opponents|insiders|others|some|many|most|people|pundits|purists|fans|researchers|scientists'
).split('|');
// Agentless passives of opinion and report ("is considered", "was said to", "is widely regarded as").
const PASSIVE_ALTERNATIVES = (
  'believed|thought|said|reported|rumou?red|alleged|claimed|considered|regarded|seen as|viewed as|deemed|reputed|' +
  'expected|credited|perceived|touted|hailed|recognized|recognised|accepted|criticized|criticised|praised|cited|' +
  'suggested|estimated|argued|understood|acknowledged|questioned|disputed|attributed|speculated|presumed|assumed|' +
  'supposed|feared|rated|ranked|acclaimed|celebrated|lauded|derided|dismissed|condemned|accused|blamed'
).split('|');
const PASSIVE = `(?:${PASSIVE_ALTERNATIVES.join('|')})`;
// (A bare article is no word of the subject: in "Some observers believe the report understates", "believe the" is
// the verb and its object's article, and "report" no verb. Nor is a form of "be" before anything but a passive of
// opinion: "most of the assets are held at Euroclear" is where they are; "several of whom were believed" still cites.)
const VAGUE_SUBJECT =
  `(?:(?:${VAGUE_QUANTITY_WORDS.join('|')})\\s+(?:(?:of\\s+)?(?:the\\s+)?(?!(?:the|a|an|to)\\s)(?!(?:is|are|was|were)\\s+(?!\\s|(?:${PASSIVE_ALTERNATIVES.join('|')})\\b))[a-z-]+\\s+){0,3}|` +
  `(?:${VAGUE_SUBJECT_WORDS.join('|')})\\s+)`;
const NAMING = '(?:known|called|described|referred to|named|termed|dubbed|labell?ed|characteri[sz]ed)';
/** The words of the "is ... believed" alternatives, in the regex's order. */
export const BE_WORDS = ['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am'];
const BE = `(?:${BE_WORDS.join('|')})`;
export const HEDGE_WORDS =
  'widely|generally|often|commonly|frequently|sometimes|usually|popularly|traditionally|largely|increasingly|long|also|still|now|once|variously|best|mostly|typically|occasionally|informally|universally'.split('|');
const HEDGE_ADV = `(?:${HEDGE_WORDS.join('|')})`;
/** PASSIVE's words ("rumou?red": "rumoured", "rumored"). */
export const PASSIVE_WORDS = PASSIVE_ALTERNATIVES.flatMap((w) => (w === 'rumou?red' ? ['rumoured', 'rumored'] : [w]));

// The impersonal and vague cues ("it is widely believed that", "reportedly", "some say", "is considered"): one
// regex of these alternatives, in order, would read them (IMPERSONAL_CUE in the comments; the tests build it
// as the reference). The three dearest to compile (their optional and bounded repeats copy the word lists many times
// over: ~45 ms together in a cold process) are read by hand in impersonal.ts: IT_PASSIVE_PART, BE_PASSIVE_PART
// and VAGUE_SUBJECT_PART. The others run as three smaller regexes.
// (Not the agent of a participle: in "Former detainees interviewed by researchers described", the detainees describe.)
const VAGUE_SUBJECT_PART = `(?<!\\bby\\s)\\b${VAGUE_SUBJECT}${VAGUE_ADV}${VAGUE_VERBS}\\b`;
// (A form of "be" or "has been" is needed: "It also said that he ..." is a body's own report, "it" its name.)
/** Passives that report only after "it": "it is known that", "it was learnt that" (Nigerian copy's unnamed source). */
// ("It has been observed that", "it has been shown that", "it was found that": evidence claimed, no one who found it.)
export const IT_ONLY_PASSIVE_WORDS = ['known', 'felt', 'held', 'noted', 'thought', 'learnt', 'learned', 'gathered', 'observed', 'shown', 'found'];
const IT_PASSIVE_PART = `\\bit (?:${BE} ?(?:has been |had been )?|has been |had been )(?:${HEDGE_ADV} |well )?(?:${PASSIVE}|${IT_ONLY_PASSIVE_WORDS.join('|')})\\b(?=,?\\s+(?:that|to|by (?:some|many|most|critics|experts|others))\\b)`;
// Agentless passive, or with an agent that names nobody ("by some", "by the cannabis community").
const BE_PASSIVE_PART = `\\b${BE}\\s+(?:${HEDGE_ADV}\\s+){0,2}${PASSIVE}\\b(?!\\s+by\\s+(?:the\\s+)?[A-Z])(?!\\s+(?:in|on|at|from|into|during)\\b)`;
export const IMPERSONAL_PARTS = [
    IT_PASSIVE_PART,
    `,\\s+${PASSIVE}\\s+by\\s+(?:the\\s+|some\\s+|many\\s+|most\\s+)?[a-z]`,
    BE_PASSIVE_PART,
    `\\b${BE}\\s+(?:widely|often|commonly|generally|popularly|sometimes|usually|best|frequently|variously)\\s+${NAMING}\\b`,
    `,\\s+(?:then |now |once |long |widely |generally |often )?(?:considered|regarded|seen|viewed|believed|thought|reputed)\\s+(?:as|to be|the|a|an|by)\\b`,
    `\\b(?:reportedly|allegedly|supposedly|purportedly|reputedly|arguably|rumou?redly|ostensibly)\\b`,
    // After "has" the participle is the active verb: "the ceasefire has largely held", "they have often described".
    `(?<!\\b(?:has|have|had|having) )\\b(?:widely|generally|often|commonly|frequently|sometimes|usually|popularly|traditionally|largely|increasingly|variously|universally) (?:regarded|considered|seen|viewed|believed|thought|accepted|cited|described|recognized|recognised|acknowledged|credited|known|held|assumed|criticized|praised|reported)\\b`,
    // (Not when who they are follows: "according to analysts at UBS", "according to sources familiar with the talks",
    // "according to analysts polled by Reuters" name the people's firm or their access; the source is theirs.)
    `\\baccording to (?:some|many|most|critics|experts|observers|analysts|sources|reports|others|legend|tradition|rumou?rs?)\\b(?!\\s+(?:at|from|with|inside|within|close|familiar|polled|surveyed|who|briefed|involved)\\b)`,
    VAGUE_SUBJECT_PART,
    // ("The plan came under criticism from European leaders": so in the past, of words only; a convoy that "came under
    // fire" was shot at.)
    `\\b(?:has|have|had) (?:come|been|fallen) under (?:criticism|fire|scrutiny|question|attack)\\b|\\b(?:came|comes) under (?:criticism|scrutiny)\\b`,
    `\\b(?:widespread|popular|common|conventional|general|usual|received) (?:belief|wisdom|view|perception|opinion|consensus|understanding)\\b`,
    `\\b(?:there (?:is|are|was|were|have been|has been) (?:some |many |widespread |growing )?(?:claims|suggestions|reports|allegations|concerns|rumou?rs|speculation|fears|criticism))\\b`,
];
const BE_AT = IMPERSONAL_PARTS.indexOf(BE_PASSIVE_PART);
const SUBJECT_AT = IMPERSONAL_PARTS.indexOf(VAGUE_SUBJECT_PART);
/** The alternatives between "it ... believed" (the first) and "is ... believed". */
export const IMPERSONAL_ALT1 = new RegExp(IMPERSONAL_PARTS.slice(1, BE_AT).join('|'), 'i');
/** The alternatives between "is ... believed" and the vague subject. */
export const IMPERSONAL_MID = new RegExp(IMPERSONAL_PARTS.slice(BE_AT + 1, SUBJECT_AT).join('|'), 'i');
/** The alternatives after the vague-subject one. */
export const IMPERSONAL_TAIL = new RegExp(IMPERSONAL_PARTS.slice(SUBJECT_AT + 1).join('|'), 'i');

/** The words a regex alternation of plain words can match ("rumou?red", "labell?ed", "characteri[sz]ed"; "seen as" -> "seen"). */
function alternationWords(alt: string): string[] {
  const out: string[] = [];
  for (const part of alt.replace(/^\(\?:|\)$/g, '').split('|')) {
    let forms = [part.split(' ')[0]];
    for (let m = /(.)\?|\[(\w+)\]/.exec(forms[0]); m; m = /(.)\?|\[(\w+)\]/.exec(forms[0])) {
      const at = m.index;
      const tail = (w: string): string => w.slice(at + m![0].length);
      forms = m[1] !== undefined
        ? forms.flatMap((w) => [w.slice(0, at) + m![1] + tail(w), w.slice(0, at) + tail(w)])
        : forms.flatMap((w) => [...m![2]].map((ch) => w.slice(0, at) + ch + tail(w)));
    }
    out.push(...forms);
  }
  return out;
}

// IMPERSONAL_CUE's necessary words, as bits: each alternative needs one word of a single bit (IMP_SOLO) or
// one word of each of two bits ("is" and "believed", "critics" and "argue", "there" and "claims"). A sentence
// whose words fail impersonalPossible() cannot match the regex and skips it.
const IMP_SOLO = 1;
export const IMP_PASSIVE = 2;
export const IMP_AUX = 4;
export const IMP_SUBJ = 8;
export const IMP_VERB = 16;
const IMP_UNDER = 32;
const IMP_CFB = 64;
const IMP_BELIEF = 128;
const IMP_ADJ = 256;
const IMP_THERE = 512;
const IMP_NOUN = 1024;
/**
 * Set by the caller's word scan, not by a word: a passive word at most 3 words after an auxiliary or "it", or
 * right after a comma and before "by"; and a verb within 14 words after a vague subject (the regex allows 13).
 */
export const IMP_NEAR_PASSIVE = 2048;
export const IMP_NEAR_SUBJ_VERB = 4096;
// What IMPERSONAL_MID's alternatives need: one of its words that match alone ("reportedly", ", considered as",
// "according to some"), or one of its adverbs ("is widely known", "often cited") with a participle (IMP_PASSIVE
// holds them all).
const IMP_MID_SOLO = 8192;
const IMP_MID_ADV = 16384;
/** Lower-case word -> IMP_* bits. */
export const IMPERSONAL_WORDS = new Map<string, number>();
const impWords = (words: string[], bit: number): void => {
  for (const w of words) IMPERSONAL_WORDS.set(w, (IMPERSONAL_WORDS.get(w) ?? 0) | bit);
};
impWords(
  ('reportedly allegedly supposedly purportedly reputedly arguably rumoredly rumouredly ostensibly according ' +
    'considered regarded seen viewed believed thought reputed widely generally often commonly frequently sometimes ' +
    'usually popularly traditionally largely increasingly variously universally').split(' '),
  IMP_SOLO,
);
impWords([...alternationWords(PASSIVE), ...alternationWords(NAMING), ...IT_ONLY_PASSIVE_WORDS], IMP_PASSIVE);
impWords('it by is are was were be been being am'.split(' '), IMP_AUX);
impWords(
  ('some many most few several various numerous certain other number lot lots plenty critics experts observers ' +
    'analysts commentators scholars historians economists skeptics sceptics detractors opponents insiders others ' +
    'people pundits purists fans researchers scientists').split(' '),
  IMP_SUBJ,
);
impWords(alternationWords(VAGUE_VERBS), IMP_VERB);
impWords(['under'], IMP_UNDER);
impWords(['come', 'been', 'fallen', 'came', 'comes'], IMP_CFB);
impWords('belief wisdom view perception opinion consensus understanding'.split(' '), IMP_BELIEF);
impWords('widespread popular common conventional general usual received'.split(' '), IMP_ADJ);
impWords(['there'], IMP_THERE);
impWords('claims suggestions reports allegations concerns rumours rumors speculation fears criticism'.split(' '), IMP_NOUN);
impWords('reportedly allegedly supposedly purportedly reputedly arguably rumouredly rumoredly ostensibly considered regarded seen viewed believed thought reputed according'.split(' '), IMP_MID_SOLO);
impWords('widely often commonly generally popularly sometimes usually best frequently variously traditionally largely increasingly universally'.split(' '), IMP_MID_ADV);

/** Whether IMPERSONAL_ALT1 (", believed by some") can match: the scan saw a passive word after a comma and right before
 * "by" (IMP_NEAR_PASSIVE), or "seen" or "viewed", whose "as" stands between. */
export function impersonalAlt1Possible(b: number): boolean {
  return (b & (IMP_NEAR_PASSIVE | IMP_MID_SOLO)) !== 0;
}

/** Whether IMPERSONAL_MID can match a sentence whose words have the IMP_* bits `b`. */
export function impersonalMidPossible(b: number): boolean {
  return (b & IMP_MID_SOLO) !== 0 || ((b & IMP_MID_ADV) !== 0 && (b & IMP_PASSIVE) !== 0);
}

/** Whether IMPERSONAL_TAIL can match ("has come under criticism", "popular belief", "there are claims"). */
export function impersonalTailPossible(b: number): boolean {
  return ((b & IMP_UNDER) !== 0 && (b & IMP_CFB) !== 0) || ((b & IMP_BELIEF) !== 0 && (b & IMP_ADJ) !== 0) || ((b & IMP_THERE) !== 0 && (b & IMP_NOUN) !== 0);
}

/**
 * Whether IMPERSONAL_CUE can match a sentence whose words have the IMP_* bits `b` (OR of IMPERSONAL_WORDS, plus
 * the IMP_NEAR_* bits of the scan).
 */
export function impersonalPossible(b: number): boolean {
  return (
    (b & IMP_SOLO) !== 0 ||
    (b & IMP_NEAR_PASSIVE) !== 0 ||
    (b & IMP_NEAR_SUBJ_VERB) !== 0 ||
    ((b & IMP_UNDER) !== 0 && (b & IMP_CFB) !== 0) ||
    ((b & IMP_BELIEF) !== 0 && (b & IMP_ADJ) !== 0) ||
    ((b & IMP_THERE) !== 0 && (b & IMP_NOUN) !== 0)
  );
}

/** Words that cannot end a source noun phrase read back from a cue (they belong to the clause before). */
export const NOT_IN_SOURCE = new Set(
  ('that which who whom whose where whereas whereby whereupon and or but because if when while although though unless as than then so also not never ' +
    'has have had is are was were be been being will would could should may might must can do does did ' +
    'to of in on at for with by from about into over after before since until during').split(' '),
);

/** Cues of a stance or act toward someone ("attacked", "praised"), not of a claim: they do not source a sentence. */
export const STANCE_CUES = new Set(
  forms('encourage promote link chastise hammer rail implore embrace champion deride denounce persuade convince needle confront grill lobby appeal invoke attack blast slam hit paint mock ridicule dismiss downplay praise criticize criticise condemn welcome applaud congratulate thank apologize apologise lash oppose support endorse favor favour prefer admire like love hate trust accept appreciate care compare liken protest decline refuse defend tout offer respond discuss'),
);

export const PRONOUNS = new Set('he she they we i you it who one'.split(' '));

const VAGUE_PEOPLE =
  '(?:people|scholars|historians|critics|experts|observers|fans|researchers|scientists|analysts|writers|authors|' +
  'commentators|sources|members|users|residents|believers|followers|supporters|opponents|theorists|academics|' +
  'economists|others|officials|diplomats|politicians|lawmakers|voters|citizens|americans|europeans|locals|' +
  'activists|advocates|analysts|observers|studies|reports|accounts|experts|specialists|insiders|leaders)';

/** "Pholcids are known to attack redback spiders", "he is known to have visited": known to whom? (Not whom one is known
 * to: "The suspect was known to police".) Read apart from WEASEL_CUE, only in a sentence that holds " known to ". */
export const KNOWN_TO_RE = /\b(?:is|are|was|were|been|be)\s+(?:widely\s+|also\s+|well\s+|generally\s+)?known\s+to\s+(?!(?:the|a|an|both|his|her|their|its|our|police|authorities|officials|investigators|security|intelligence|many|some|all|most|me|us|him|them|you|everyone|locals|residents)\b)[a-z]{2,}\b/;

/**
 * Weasel wording without an attribution verb: a vague quantity standing for a source or a generalisation
 * ("Many believe", "some of the residents", "most scholars"), and hedges that hide who holds a view
 * ("probably", "arguably"). These make a claim vague rather than unsourced.
 */
export const WEASEL_CUE = new RegExp(
  [
    `\\b(?:some|many) of (?:the|these|those|its|his|her|their)\\b`,
    `\\b(?:some|many|most|numerous|countless) (?:[a-z-]+ )?${VAGUE_PEOPLE}\\b`,
    `\\b(?:probably|possibly|presumably|perhaps|arguably|supposedly|seemingly|conceivably|purportedly)\\b`,
    `\\bin (?:some|many) (?:ways|cases|respects|quarters|circles)\\b`,
    `\\bby (?:some|many|several)\\b`,
    // Hedges that stand in for a source: "may have been", "seems to", "evidence suggests".
    `\\b(?:may|might|could) have\\b|\\bmight\\b`,
    // A vague quantity where a number or a name belongs ("some", "many"), but not "some 200" or "many years".
    // ("as many as 40,000 ballots" is a count's ceiling; "several hundred", "many more", "to some extent" a rough count,
    // a comparison, a degree: no one left unnamed.)
    `\\b(?:some|many|several)\\b(?<!\\bas\\s(?:some|many|several))(?!\\s+(?:of\\s+)?(?:the\\s+)?(?:(?:distant|far-off|remote)\\s+)?(?:years?|time|times|days?|months?|weeks?|hours?|minutes?|decades?|centuries|\\d)|\\s+as\\s+\\d|\\s+(?:more|hundreds?|thousands?|dozens?|millions?|billions?|extent|degree)\\b)`,
    `\\b(?:seems?|seemed|appears?|appeared) to\\b|\\bit (?:seems|appears)\\b`,
    `\\b(?:research|studies|evidence|data|science|scientists|experts|analysis|surveys?|polls?) (?:has |have )?(?:suggests?|suggested|shows?|showed|shown|indicates?|indicated|proves?|proved|proven)\\b`,
    `\\b(?:drawn|drew|attracted|faced|received|sparked|generated) (?:[a-z]+ )?(?:criticism|controversy|praise|acclaim|condemnation)\\b`,
    // Peacock wording: an evaluation with nobody behind it ("one of the most important", "legendary").
    `\\bone of the (?:most|best|greatest|largest|finest|leading|foremost)\\b`,
    `\\b(?:most|best|well)[ -](?:influential|famous|popular|notable|known|respected)\\b`,
    `\\b(?:legendary|renowned|acclaimed|iconic|world-famous|world-renowned)\\b`,
    // (Not an act done the way it mostly is: "decisions were generally taken in a transparent manner", "generally carried
    // out" say how, no one's view.)
    `\\b(?:widely|generally|commonly|universally|broadly) (?!used\\b|available\\b|(?:taken|made|done|carried|conducted|implemented|applied|handled|managed|kept|paid|spent|completed|performed|executed|delivered|enforced)\\b)[a-z]+(?:ed|en)\\b`,
    `\\b(?:some|many) (?!more\\b)(?:[a-z-]+ )?(?!years|times|days|months|weeks|hours|decades|centuries|minutes|miles|kilometres|kilometers|dollars|euros|pounds|points|votes)[a-z]{3,}s\\b`,
  ].join('|'),
  'i',
);

/**
 * Whether the sentence from `start` up to a passive cue at `cue` is a subject that denies what the passive reports: "No
 * airspace violation was (confirmed)", "No casualties (were reported)". The absence of any report cites no one.
 */
export function absentSubject(text: string, start: number, cue: number): boolean {
  return cue - start < 80 && text.charCodeAt(start + (/^\W*/.exec(text.slice(start, start + 4))?.[0].length ?? 0)) === 78 && NO_SUBJECT_RE.test(text.slice(start, cue));
}
/**
 * Whether the passive cue at `cue` closes a clause of time that opens at most six words before it: "since the outbreak
 * was (declared)", "after the results were (announced)". The announcement dates what follows; it is not what the
 * sentence reports.
 */
export function inTimeClause(text: string, start: number, cue: number): boolean {
  const before = text.slice(Math.max(start, cue - 70), cue);
  return (before.includes('ince ') || before.includes('fter ') || before.includes('hen ') || before.includes('nce ') || before.includes('ntil ')) && TIME_CLAUSE_PASSIVE_RE.test(before);
}
const TIME_CLAUSE_PASSIVE_RE = /(?:^|[^\w'\u2019-])(?:[Ss]ince|[Aa]fter|[Ww]hen|[Oo]nce|[Uu]ntil)\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w'\u2019-]+\s+){0,5}?(?:(?:has|have|had)\s+)?(?:been|was|were|is|are)\s+(?:(?:first|officially|formally|publicly|finally)\s+)?$/;
const NO_SUBJECT_RE = /^\W*No\s+[a-z][\w,-]*(?:\s+[\w,-]+)*?\s+(?:(?:has|have|had)\s+)?(?:(?:been|was|were|is|are)\s+)?(?:(?:yet|immediately|officially|independently|so\s+far|also)\s+)?$/;

/** Counts of cases or deaths before "were reported" or "have been confirmed". */
export const COUNTED_BEFORE_RE = /\b(?:cases|deaths|infections|fatalities|casualties|hospitali[sz]ations|admissions|outbreaks|incidents)\s+(?:\w+\s+){0,3}(?:have\s+been|has\s+been|had\s+been|have|has|had|were|was|are|is|been)\s+(?:(?:[a-z]+ly|also|now)\s+)?$/i;

/**
 * An author-year citation opening in brackets, as a pattern's source (Unicode): "(cf. Baldwin 1985", "(e.g., Hufbauer et
 * al. 2007", "(Lee and Park, 2021"; group 1, its first author. (AUTHOR_YEAR_RE here and attribution.ts's CITATION_RE
 * read the same citations.)
 */
export const BRACKETED_AUTHOR_YEAR = "\\((?:(?:e\\.\\s?g\\.|cf\\.|see(?:\\s+also)?|for\\s+example),?\\s+)?(\\p{Lu}\\p{Ll}[\\p{L}'\\u2019-]*(?:\\s+et\\s+al\\.?|\\s+(?:and|&)\\s+\\p{Lu}\\p{Ll}[\\p{L}'\\u2019-]*)?),?\\s+(?:1[89]|20)\\d\\d[a-z]?\\b";
/** An author-year citation: "(cf. Baldwin 1985", "(e.g., Hufbauer et al. 2007", "(Lee and Park, 2021", "Marsh (2001)". */
const AUTHOR_YEAR_RE = lazyRegExp(() => new RegExp(`${BRACKETED_AUTHOR_YEAR}|\\p{Lu}\\p{Ll}[\\p{L}'\\u2019-]*(?:\\s+et\\s+al\\.)?\\s+\\((?:1[89]|20)\\d\\d[a-z]?[,;)]`, 'u'));

/** Whether a sentence holds an author-year citation, which names whom its vague words stand for (a bracket first: most
 * sentences have none). */
export function citesAuthorYear(sentence: string): boolean {
  return sentence.includes('(') && AUTHOR_YEAR_RE().test(sentence);
}
