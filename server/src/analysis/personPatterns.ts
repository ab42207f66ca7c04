// Patterns for people the glossary does not know: the end of a personal name, titled people, named people with cues
// and a transcript's speaker labels.
import type { ActorCategory, Span } from './types';
import type { GazetteerMatch } from './gazetteer';
import { firstStartingFrom } from './order';
import { speakerLabelAt } from './speakerLabels';
import * as actorWordsModule from './actorWords';
import { MONTHS } from './dates/lexicon';
import * as givenNamesModule from './givenNames';
import type { Candidate, ParaContext } from './actorContext';
import * as actorContextModule from './actorContext';
import * as charsModule from './chars';
import * as actorPatternsSharedModule from './actorPatternsShared';
// Unicode-class regexes used inside functions, made once here.
/** A comma or semicolon right after a word: a list goes on. */
const LIST_MARK_AFTER_RE = /^\s?[,;]/;
const STARTS_LOWER_RE = /^\p{Ll}/u;
// Imported helpers as local constants: under tsx (tests, eval, bench) every use of an import is a getter call.
const { DAY_OR_MONTH, MALAY_HONOURS, PLURAL_TITLES, GROUP_ADJ, NAME_PARTICLES, NOT_ACTOR_ACRONYMS, NOT_NAME, ORG_SUFFIX, PORTFOLIOS, PORTFOLIO_WORDS, TITLES, TITLE_MAX_WORDS } = actorWordsModule;
const { GIVEN_NAMES } = givenNamesModule;
const { isAllCaps, isCap, joins, keyOf, mayStartPhrase, NOT_NAME_BIT, ORG_HEAD_BIT, ORG_SUFFIX_BIT, PARTICLE_BIT, phraseAt, possessiveBefore, wordListBit } = actorContextModule;
const { backOverBlanks, firstWordOf, isAsciiUpperCode, isDigitCode, isSpaceCode, skipBlanks, testLong } = charsModule;
const { CONNECTOR_BIT, COUNTING_WORD_RE, FOREIGN_HEADS, gazetteerEndingAt, INITIALS_RE, isPersonCategory, LAW_WORDS, OFFICE_LAST, personAfter, PLACE_PREP, PUBLICATION_WORDS, REGION_FIRST, ROLE_LABELS, SITE_WORDS, startOfGazetteerEndingAt, TITLE_BIT, titles } = actorPatternsSharedModule;

const CUE_AFTER = new Set(['said', 'says', 'told', 'added', 'wrote', 'stated', 'noted', 'announced', 'warned', 'explained', 'who', 'argued', 'insisted', 'tweeted', 'replied', 'reports', 'writes']);
/** Words after "Name, " that make it a person introduced by an apposition ("Ziad, a spokesman"). */
const APPOSITION_STARTS = new Set(
  ('a|an|the|who|said|says|told|spokesman|spokeswoman|spokesperson|minister|secretary|commander|president|chief|head|' +
    'director|leader|senior|former|deputy|executive|associate|professor|analyst|chairman|founder|ceo|editor|author|' +
    'lawyer|member|adviser|advisor|researcher|fellow|expert').split('|'),
);
/** Words before a name that cue it as a person ("said Ellwood", "according to Ellwood"). */
const CUE_BEFORE = new Set(['said', 'says', 'told', 'by', 'according', 'to']);
/** Words that make "General Motors", "General Electric" companies, not a general and his name. */
const COMPANY_WORDS = new Set('motors|electric|dynamics|foods|pictures|studios|holdings|partners|industries|technologies|airlines|airways|petroleum|energy|oil|trading|shipping|logistics'.split('|'));
const INVERTED_SAID = new Set(['said', 'says', 'added', 'asked', 'wrote', 'explained', 'noted', 'continued']);
const NEWS_AGENCIES = new Set(['reuters', 'bloomberg', 'xinhua', 'interfax', 'tass', 'yonhap', 'kyodo', 'anadolu', 'bernama']);
/** Lower-case words after a hyphen that make a compound, not a name's syllable ("Biden-era", "Soviet-style"; GROUP_ADJ
 * holds "-led", "-backed" ...). */
const HYPHEN_WORDS = new Set('era|style|like|born|made|type|free|wide|long|year|old|day|time|term|war|up|out|owned|held|bound|only|plus|class|level|scale|month|week'.split('|'));

/** The most particles and word parts one name holds ("Abu Bakr al-Baghdadi" has two, "Ibrahim al-Ja'afari" three). */
const MAX_PARTS = 8;

/** Short capitalised words that are function words elsewhere but Vietnamese (and other) name syllables after a name word. */
const NAME_SYLLABLES = new Set(['An', 'To', 'Do', 'Le']);

/** Whether the name words [i, j) read as a Vietnamese (or other East Asian) name: a family name first, or a letter
 * beyond ASCII ("Nguyễn Văn"); "Hillary Asking Moderator To ..." is a headline's words. */
function eastAsianRun(c: ParaContext, i: number, j: number): boolean {
  if (FAMILY_FIRST.has(c.toks[i].key)) return true;
  for (let k = i; k < j; k++) if (c.toks[k].key !== c.toks[k].text.toLowerCase()) return true;
  return false;
}

/** A headline's verbs that no name holds: "Wang Yi Holds Talks", "Kim Jong Un Inspects Munitions Enterprise". */
const HEADLINE_VERBS = new Set(
  'holds|meets|inspects|visits|sends|says|calls|urges|vows|warns|goes|gets|faces|tells|asks|blasts|takes|wins|loses|makes|gives|receives|attends|signs|hails|slams|rejects|arrives|congratulates|stresses|guides|oversees|speaks|pledges|welcomes|condemns|accepts|appoints|resigns|expresses|launches|denies|orders|observes|watches|leads|unveils|demands|voices'.split('|'),
);

/** Months and their abbreviations ("Feb", "Sept"), as a token's key. */
const MONTH_KEYS = new Set(Object.keys(MONTHS));

/** Token index after a personal name starting at i (i itself when there is none). */
export function nameEnd(c: ParaContext, i: number, max = 6): number {
  let j = i;
  let words = 0;
  // Particles and the parts of a word split at an apostrophe or hyphen do not count towards `max`, but no name has
  // more than MAX_PARTS of them: without that bound, "Al Al Al ..." made every start read to the paragraph's end.
  let parts = 0;
  while (j < c.toks.length && j - i - parts < max && parts <= MAX_PARTS) {
    const t = c.toks[j];
    if (j > i && !joins(c, j - 1)) break;
    const gap = j > i ? c.text.slice(c.toks[j - 1].end, t.start) : ' ';
    if (gap.includes('\n')) break;
    const b = c.bits[j];
    // (The name's inner parts in a function called for every word, its counts added here for every word: the steps
    // made only after "von der" or a syllable had never run when the optimising compiler took nameEnd, and deoptimised it.)
    const step = innerPartStep(c, i, j, gap);
    parts += step & PART_STEP ? 1 : 0;
    words += step & WORD_STEP ? 1 : 0;
    j += step === 0 ? 0 : 1;
    if (step !== 0) continue;
    if (!isCap(t) || b & NOT_NAME_BIT || isDigitCode(t.text.charCodeAt(0))) break;
    // "will succeed Daniel P. Davison Feb. 1": a month before a day's number ends the name.
    // (The number's test is made for every word: made only after a month, it had never run when the optimising compiler
    // took nameEnd, and its first run deoptimised nameEnd.)
    const numberNext = j + 1 < c.toks.length && isDigitCode(c.toks[j + 1].text.charCodeAt(0));
    if (j > i && MONTH_KEYS.has(t.key) && numberNext) break;
    // "Wang Yi Holds Talks With ...": in a headline in title case, the verb after a name of two words or more ends it.
    if (c.titleCase && j > i + 1 && HEADLINE_VERBS.has(t.key)) break;
    // "Justice Department", "Miss Universe Organization": an organisation word ends a name.
    if (j > i && b & (ORG_SUFFIX_BIT | ORG_HEAD_BIT)) break;
    if (j === i && b & ORG_SUFFIX_BIT && (ORG_SUFFIX.get(t.key) !== 'organization' || COMPANY_WORDS.has(t.key))) break;
    const afterParticle = j > i && (c.bits[j - 1] & PARTICLE_BIT) !== 0;
    const known = c.gazAt.get(j)?.m.entry.category;
    // A place or people's name ends a personal name ("Ali Iraq" is no name), except one word long right after a
    // given name, where it is the surname ("Chuck Jordan", "Volker Turk").
    const surnameAfterGiven = j === i + 1 && known === 'country' && c.gazAt.get(j)!.end === j + 1 && GIVEN_NAMES.has(c.toks[i].key);
    if (j > i && !afterParticle && known && known !== 'person' && known !== 'official' && !surnameAfterGiven) break;
    // Capitals end a name, except numerals and initials ("G.K. Butterfield", "J.D. Vance").
    if (isAllCaps(t) && t.text.length > 1 && !/^(?:II|III|IV|Jr|Sr)$/.test(t.text) && !INITIALS_RE.test(t.text)) break;
    if (t.text.length > 1) words++;
    j++;
  }
  return words ? wordEnd(c, i, j) : i;
}

/** The end of a name [i, j) on a word, not on a particle or an initial (a capitalised syllable, "Nguyễn Văn Do", is a
 * word). (Its own function: the first particle met there deoptimised the optimised nameEnd.) */
function wordEnd(c: ParaContext, i: number, j: number): number {
  while (j > i && ((c.bits[j - 1] & PARTICLE_BIT && !(j - 1 > i && NAME_SYLLABLES.has(c.toks[j - 1].text) && !c.titleCase && eastAsianRun(c, i, j - 1))) || c.toks[j - 1].text.length === 1)) j--;
  return j;
}

const MOVE_STEP = 1;
const PART_STEP = 2;
const WORD_STEP = 4;

/** Whether token j (i < j, or the first) carries nameEnd's name on as an inner part: PART_STEP (a particle, or the
 * part of a word after an apostrophe or a hyphen), WORD_STEP (a syllable that is a word), MOVE_STEP (a middle
 * initial), or 0. */
function innerPartStep(c: ParaContext, i: number, j: number, gap: string): number {
  const t = c.toks[j];
  const b = c.bits[j];
  // ("Ursula von der Leyen": two particles in a row before the capital.)
  if (b & PARTICLE_BIT && joins(c, j) && (isCap(c.toks[j + 1]) || (c.bits[j + 1] & PARTICLE_BIT && isCap(c.toks[j + 2]) && joins(c, j + 1)))) return PART_STEP;
  // "Al-Ja'afari", "O'Brien": a lower-case part after an apostrophe continues the word.
  if (j > i && gap.length === 1 && (gap === "'" || gap === '\u2019') && STARTS_LOWER_RE.test(t.text) && t.key !== 's') return PART_STEP;
  // "Lee Jae-myung", "Kim Jong-un", "Moon Jae-in": a lower-case syllable after a hyphen continues the word ("Hamas-led"
  // and "Biden-era" are no names).
  if (j > i && gap === '-' && t.text.length <= 5 && STARTS_LOWER_RE.test(t.text) && !GROUP_ADJ.has(t.key) && !HYPHEN_WORDS.has(t.key)) return PART_STEP;
  // "John A. Eisenberg": a middle initial with its dot, even the letter of an article ("A", "I").
  if (j > i && t.text.length === 1 && isAsciiUpperCode(t.text.charCodeAt(0)) && c.text.charCodeAt(t.end) === 46 && isCap(c.toks[j + 1]) && joins(c, j)) return MOVE_STEP;
  // "Nguyễn Văn An", "Trần Thị To": inside a run of capitalised name words, "An", "To", "Do", "Le" written so are
  // the name's own words, not an article or a preposition (a headline in title case says nothing).
  if (j > i && b & NOT_NAME_BIT && NAME_SYLLABLES.has(t.text) && !c.titleCase && eastAsianRun(c, i, j)) return WORD_STEP;
  return 0;
}

/** The key of a name's last real word (not "IV", "Jr"). */
function lastNameKey(c: ParaContext, s: number, e: number): string {
  // Chinese and Korean names put the family name first: "Xi Jinping" is Xi, "Lee Jae-myung" is Lee.
  if (e - s >= 2 && FAMILY_FIRST.has(c.toks[s].key)) return c.toks[s].key;
  let k = e - 1;
  while (k > s && /^(?:I{1,3}|IV|V|Jr|Sr)$/.test(c.toks[k].text)) k--;
  return c.toks[k].key;
}

/**
 * The first of two surnames, as Spanish and Portuguese names carry them: "Sheinbaum" of "Claudia Sheinbaum Pardo",
 * "Santos" of "Juan Manuel Santos Calderon"; the news names such a person by it alone. Undefined for two words, or
 * where the word before the last is a given name or a particle ("John Paul Jones", "Mohammed bin Salman").
 */
function firstSurnameKey(c: ParaContext, s: number, e: number): string | undefined {
  // Two words: the first is the name used alone when it is no common given name, as Japanese names written family
  // name first ("Takaichi Sanae", "Kihara Minoru"), or a leader known by it ("Prabowo Subianto").
  if (e - s === 2) {
    const k0 = c.toks[s].key;
    // ("Will Dunham": a given name that is also a modal verb is never used alone; "Will the talks ...?" is no one.)
    return isCap(c.toks[s]) && (!GIVEN_NAMES.has(k0) || USED_ALONE.has(k0)) && !NAME_PARTICLES.has(k0) && !FAMILY_FIRST.has(k0) && !TITLES.has(k0) && !MODAL_NAMES.has(k0) && k0.length > 2 ? k0 : undefined;
  }
  if (e - s < 3 || !GIVEN_NAMES.has(c.toks[s].key)) return undefined;
  const t = c.toks[e - 2];
  if (!isCap(t) || GIVEN_NAMES.has(t.key) || NAME_PARTICLES.has(t.key) || /^(?:I{1,3}|IV|V|Jr|Sr)$/.test(c.toks[e - 1].text)) return undefined;
  return t.key;
}

/** The words of Malaysia's titles of honour, as they may open a name after an office's title ("Prime Minister Datuk
 * Seri Anwar Ibrahim"), and the honorifics written beside them. */
const MALAY_HONOUR_WORDS = new Set('tun|toh|puan|tan|sri|datuk|dato|datin|seri|panglima|patinggi|paduka|dr|haji|hajah'.split('|'));
/** Words that open a Malay name and are no name used alone ("Mohd", "Wan", "Syed"). */
const MALAY_NAME_PREFIXES = new Set('mohd|muhammad|mohamad|mohammad|mohamed|muhamad|ahmad|abdul|nik|wan|syed|sheikh|tengku|tunku|raja|che|megat|abang|awang'.split('|'));

/**
 * The word a Malay name is used by alone: the first of the person's own after the titles of honour and a prefix
 * ("Anwar" of "Datuk Seri Anwar Ibrahim", "Zahid" of "Ahmad Zahid Hamidi"); the last is the father's name.
 */
function malayNameKey(c: ParaContext, s: number, e: number): string | undefined {
  let k = s;
  while (k < e - 1 && MALAY_HONOUR_WORDS.has(c.toks[k].key)) k++;
  if (k < e - 2 && MALAY_NAME_PREFIXES.has(c.toks[k].key)) k++;
  return k < e - 1 && isCap(c.toks[k]) && c.toks[k].key.length > 2 ? c.toks[k].key : undefined;
}

/** Words that open a question ("Will the talks ...?") and so are never a name used alone, even when one is a given name. */
const MODAL_NAMES = new Set(['will', 'may', 'can', 'did', 'does', 'must', 'shall', 'should', 'would', 'could', 'might']);

/** Given names by which their bearers are known alone ("Prabowo"). */
const USED_ALONE = new Set(['prabowo', 'lula', 'jokowi']);

/** Common Chinese, Korean and Vietnamese family names, which come first in a name. */
export const FAMILY_FIRST = new Set(
  ('xi|li|wang|zhang|liu|chen|yang|huang|zhao|wu|zhou|xu|sun|ma|zhu|hu|guo|he|lin|luo|gao|zheng|liang|xie|song|tang|han|feng|deng|cao|' +
    'kim|lee|park|choi|jung|kang|cho|yoon|jang|lim|shin|moon|yoo|kwon|hwang|ahn|song|jeon|hong|nguyen|tran|pham|phan|vo|dang|bui|do|ho|ngo|duong').split('|'),
);

/** Start token of a title's modifiers: "US", "Iraqi", "NATO", "Iraq's", "Defense", "Foreign Office". */
/** Titles of courtesy, which name a person and no office. */
const COURTESY_TITLES = new Set('mr|mrs|ms|miss|dr|sir|dame|lady|lord|mx'.split('|'));

function titleModifiersStart(c: ParaContext, i: number): number {
  let s = i;
  for (let steps = 0; steps < 3 && s > 0; steps++) {
    if (!joins(c, s - 1)) break;
    if (possessiveBefore(c, s) && s >= 2) {
      const g = startOfGazetteerEndingAt(c, s - 2);
      if (g < 0) break;
      s = g;
      continue;
    }
    const g = startOfGazetteerEndingAt(c, s - 1);
    if (g >= 0) {
      s = g;
      continue;
    }
    // "Trump spokesman Hogan Gidley": a known person before the title is an actor of their own, and so is a
    // given name and a surname ("Hillary Clinton aide Cheryl Mills").
    if (endsKnownPerson(c, s - 1)) break;
    if (s >= 2 && isCap(c.toks[s - 1]) && GIVEN_NAMES.has(c.toks[s - 2].key) && joins(c, s - 2) && !c.gazAt.has(s - 1) && !isCap(c.toks[i])) break;
    const t = c.toks[s - 1];
    // (Not before a courtesy title: "Ask Mr Kurti" opens with a verb; "Mr" takes no modifier of office.)
    if (isCap(t) && !NOT_NAME.has(t.key) && !c.sentenceStart[s] && !COURTESY_TITLES.has(c.toks[i].key) && (isAllCaps(t) || testLong(/^[A-Z][a-z]+$/, t.text))) {
      s--;
      continue;
    }
    // "EU climate commissioner", "Chinese foreign ministry spokesperson": lower-case words after an actor.
    let k = s;
    while (k > 0 && s - k < 2 && joins(c, k - 1) && (TITLE_DOMAINS.has(c.toks[k - 1].text) || (c.sentenceStart[k - 1] && TITLE_DOMAINS.has(c.toks[k - 1].key)))) k--;
    // "Local government minister Jim McMahon": the portfolio opens the sentence, its first word capitalised there.
    if (k < s && c.sentenceStart[k] && isCap(c.toks[k])) {
      s = k;
      break;
    }
    if (k < s && k > 0 && joins(c, k - 1)) {
      const g = startOfGazetteerEndingAt(c, k - 1);
      if (g >= 0) {
        s = g;
        continue;
      }
    }
    break;
  }
  // "the Custodian of the Two Holy Mosques King Salman": the Saudi king's style is one with his title.
  if (s >= 3 && c.toks[s - 1].key === 'the' && c.toks[s - 2].key === 'of' && c.toks[s - 3].key === 'custodian' && s < i && c.toks[s].key === 'two' && joins(c, s - 3) && joins(c, s - 2) && joins(c, s - 1)) s -= 3;
  // "Former Israeli prime minister", "the acting president": a word of tenure belongs to the title. (A courtesy title
  // holds no office that "then" could date: "and then Dr. Julia Hahn spoke" is the adverb; "former Miss Universe" stays.)
  if (s > 0 && joins(c, s - 1) && TENURE_WORDS.has(c.toks[s - 1].key) && !(c.toks[s - 1].key === 'then' && COURTESY_TITLES.has(c.toks[i].key))) s--;
  return s;
}

/** Whether tokens [s, i) are one or more glossary names, acronyms, lower-case words and a body's name, and not empty
 * ("CGT leader Sophie Binet": a body the glossary does not know modifies the title as a known name does). */
function knownModifiers(c: ParaContext, s: number, i: number): boolean {
  if (s >= i) return false;
  for (let k = s; k < i; ) {
    const g = c.gazAt.get(k);
    if (g) k = g.end;
    // ("Former Soviet leader Mikhail Gorbachev", "Then-Soviet leader ...": a word of tenure opening the sentence.)
    else if (k === s && TENURE_WORDS.has(c.toks[k].key)) k++;
    else if (!isCap(c.toks[k]) || (c.toks[k].text.length >= 2 && isAllCaps(c.toks[k]))) k++;
    // ("Manchester City Council leader Bev Craig": a body's name in capitals, its last word a body's, before a post that
    // leads it; a rank or a judge's title keeps its own: "Air Force general Lloyd Newton", "Supreme Court justice".)
    else return c.bits[i - 1] & ORG_SUFFIX_BIT && BODY_LEADER_TITLES.has(c.toks[i].key) ? capitalisedRun(c, k, i) : false;
  }
  return true;
}

/**
 * The names listed after a plural title's first one ("Councillors Anna Trevorrow, Kate Sykes and Pious Ali"), each
 * added to out with the title's category; the last token read.
 */
function namesListed(c: ParaContext, k: number, category: ActorCategory, out: Candidate[]): number {
  for (let guard = 0; guard < 12 && k < c.toks.length; guard++) {
    const gap = c.text.slice(c.toks[k - 1].end, c.toks[k].start);
    // ", Kate Sykes", " and Pious Ali", ", and Pious Ali".
    const and = c.toks[k].key === 'and' && joins(c, k);
    if (gap !== ', ' && !(gap === ' ' && and)) break;
    const at = and ? k + 1 : k;
    const e = at < c.toks.length ? nameEnd(c, at) : at;
    if (e - at < 2) break;
    out.push({ start: c.toks[at].start, end: c.toks[e - 1].end, category, entity: null, priority: 3, surname: lastNameKey(c, at, e), surname2: firstSurnameKey(c, at, e) });
    k = e;
  }
  return k - 1;
}

/** Lower-case words of a group before a lower-case title ("junta leader", "rebel commander", "militia chief"). */
const GROUP_BEFORE_TITLE = new Set('junta|rebel|rebels|militia|opposition|tribal|militant|separatist|insurgent|guerrilla|guerilla|army|party|faction|gang|cartel|clan'.split('|'));

/** Words of tenure or side before a title ("former", "acting", "outgoing"; "opposition", as "shadow"). */
const TENURE_WORDS = new Set(['former', 'late', 'acting', 'interim', 'outgoing', 'incoming', 'then', 'ex', 'shadow', 'deputy', 'caretaker', 'opposition']);

/** Whether a glossary person or official ends at token `last`. */
function endsKnownPerson(c: ParaContext, last: number): boolean {
  const k = gazetteerEndingAt(c, last);
  return k >= 0 && isPersonCategory(c.gazAt.get(k)?.m.entry.category);
}

/** Lower-case portfolio words between an actor and a title ("EU climate commissioner", "foreign ministry spokesperson"). */
const TITLE_DOMAINS = new Set(
  `${PORTFOLIOS}|ministry|government|opposition|party|parliamentary|senior|top|chief|deputy|former|acting|interim|regional|provincial|local`.split('|'),
);

/** "Prime Minister Mohammed Shia al-Sudani", "US Secretary of State Marco Rubio", "Mr Ellwood", "the Foreign Secretary". */
export function titledPeople(c: ParaContext, out: Candidate[]): void {
  if (!mayStartPhrase(c, titles)) return;
  for (let i = 0; i < c.toks.length; i++) {
    if (!(c.bits[i] & TITLE_BIT)) continue;
    const n = phraseAt(c, i, titles, TITLE_MAX_WORDS);
    if (!n) continue;
    const last = titledPersonAt(c, i, n, out);
    if (last >= 0) i = last;
  }
}

/** Titles of a town's or a region's head, which "of" and the place's name follow: "Mayor of Kharkiv Ihor Terekhov". */
const PLACE_HEAD_TITLES = new Set(['mayor', 'governor']);

/** The titles a hearing's record puts before a speaker's surname in capitals ("Senator REED.", "Mr. WICKER."). */
const HEARING_TITLES = new Set(['senator', 'mr', 'ms', 'mrs', 'chairman', 'chairwoman', 'representative', 'congressman', 'congresswoman', 'dr']);

/** Bodies named with "-General" after a hyphen. */
const HYPHENED_BODIES = new Set(['directorate', 'secretariat', 'inspectorate', 'commissariat']);

/** The last token of a law's name that runs on in capitals from token k ("Data Protection Regulation"), or -1. */
function lawNameEnd(c: ParaContext, k: number): number {
  for (let e = k; e < c.toks.length && e - k < 6 && joins(c, e - 1) && isCap(c.toks[e]); e++) if (LAW_WORDS.has(c.toks[e].key)) return e;
  return -1;
}

/** The title of n words at token i with the name after it (or the title alone), added to out; the last token
 * it covers, or -1. */
function titledPersonAt(c: ParaContext, i: number, n: number, out: Candidate[]): number {
  const key = keyOf(c, i, i + n);
  // ("Hong Kong Chief Executive John Lee": capitalised, "Chief Executive" is also a territory's head of government, an
  // official as "Chief" made it before; a company's "chief executive" in lower case is a person.)
  const category = (key === 'chief executive' && isCap(c.toks[i]) ? 'official' : titles.get(key)) as ActorCategory;
  // ("PM" is the prime minister only in capitals and not after a clock's figure: "at 5 PM Eastern" is a time.)
  if (n === 1 && c.toks[i].key === 'pm' && (c.toks[i].text !== 'PM' || (i > 0 && isDigitCode(c.toks[i - 1].text.charCodeAt(c.toks[i - 1].text.length - 1))))) return -1;
  // "the Directorate-General for Trade", "the Directorate General of Foreign Trade", "the Secretariat-General": a body's
  // name, no general.
  if (i > 0 && c.toks[i].start === c.toks[i - 1].end + 1 && (c.text.charCodeAt(c.toks[i - 1].end) === 45 || c.text.charCodeAt(c.toks[i - 1].end) === 32) && HYPHENED_BODIES.has(c.toks[i - 1].key)) return -1;
  let k = i + n;
  // "Deputy Secretary-General of the Arab League Hossam Zaki": "-General" after a title's last word goes on with it.
  if (k < c.toks.length && c.toks[k].key === 'general' && c.text.charCodeAt(c.toks[k - 1].end) === 45 && c.toks[k].start === c.toks[k - 1].end + 1) k++;
  // "the (Ukrainian) General Staff": an army's command, no general.
  if (c.toks[k]?.key === 'staff' && c.toks[k - 1].key === 'general' && joins(c, k - 1)) {
    if (isCap(c.toks[k]) && !(k + 1 < c.toks.length && joins(c, k) && isCap(c.toks[k + 1]))) out.push({ start: c.toks[titleModifiersStart(c, i)].start, end: c.toks[k].end, category: 'military', entity: null, priority: 3 });
    return isCap(c.toks[k]) ? k : -1;
  }
  const capTitle = isCap(c.toks[i]);
  // "the EU's General Court", "the Inspector General Office": a capitalised title before a body's head word is a word
  // of that body's name (namedOrganisations reads it), no one's title.
  if (capTitle && k < c.toks.length && joins(c, k - 1) && isCap(c.toks[k]) && c.bits[k] & (ORG_SUFFIX_BIT | ORG_HEAD_BIT) && BODY_AFTER_TITLE.has(c.toks[k].key)) return k;
  // "the General Data Protection Regulation": a capitalised title that opens a law's name is a word of it, no one's.
  if (capTitle) {
    const law = lawNameEnd(c, k);
    if (law >= 0) return law;
  }
  // "Minister for the Middle East", "Minister of Foreign Affairs of Iraq"
  if (capTitle && k < c.toks.length && joins(c, k - 1) && testLong(/^(?:of|for)$/, c.toks[k].key)) {
    let m = k + 1;
    if (c.toks[m]?.key === 'the' && joins(c, m - 1)) m++;
    let e = m;
    // ("Chairman of the Abu Dhabi Crown Prince’s Court": a possessive before a capitalised noun goes on with the body.)
    // (Such a run, or a portfolio joined by "and", is the body or the portfolio whole: no name at its end.)
    let owned = false;
    for (;;) {
      while (e < c.toks.length && e - m < (owned ? 9 : 6) && isCap(c.toks[e]) && joins(c, e - 1) && !NOT_NAME.has(c.toks[e].key)) e++;
      if (e > m && c.toks[e]?.key === 's' && joins(c, e - 1) && joins(c, e) && possessiveBefore(c, e + 1) && isCap(c.toks[e + 1]) && !NOT_NAME.has(c.toks[e + 1].key)) {
        owned = true;
        e++;
      } else break;
    }
    // "Minister for the Middle East Tobias Ellwood": the last two capitalised words are the name when
    // a given name starts them or the run is long; otherwise the whole run qualifies the title.
    // ("Under Secretary of Defense Elbridge Colby": where the head and the first word make a title of their own,
    // "secretary of defense", that word ends the title.)
    // "Minister of Energy and Infrastructure": one portfolio of two capitalised words joined by "and" (no title after it).
    if (!owned && e > m && e - m <= 2 && portfolioAnd(c, e)) {
      e += 2;
      owned = true;
    }
    if (owned) k = e;
    else if (m === k + 1 && e - m >= 3 && titles.has(`${c.toks[k - 1].key} of ${c.toks[m].key}`)) k = m + 1;
    // ("Minister of Finance Wale Edun": a one-word portfolio, then two capitalised words that do not go on with it.)
    // ("Mayor of Kharkiv Ihor Terekhov": after a town's or a region's head's title, one word is the place and two the name.)
    else if (e - m >= 3 && (GIVEN_NAMES.has(c.toks[e - 2].key) || e - m >= 4 || (PORTFOLIO_WORDS.has(c.toks[m].key) && !PORTFOLIO_WORDS.has(c.toks[m + 1].key) && !PORTFOLIO_TAILS.has(c.toks[m + 1].key) && !PORTFOLIO_TAILS.has(c.toks[e - 1].key)) || (n === 1 && m === k + 1 && PLACE_HEAD_TITLES.has(c.toks[i].key) && !PORTFOLIO_WORDS.has(c.toks[m].key)))) k = e - 2;
    else if (e > m) k = e;
  }
  // "Minister of Foreign Affairs, Regional Integration and Togolese Abroad, Robert Dussey": a list of portfolios after
  // commas goes on with the title, whose holder follows.
  if (capTitle && k > i + n + 1 && c.text.charCodeAt(c.toks[k - 1].end) === 44 && c.toks[i + n]?.key === 'of') {
    const e = portfolioListEnd(c, k);
    if (e > 0) k = e;
  }
  // "Minister of Energy of Ukraine Svitlana Hrynchuk": the title's country after a second "of", then the name, is one
  // official's mention.
  if (capTitle && c.toks[k]?.key === 'of' && k > i + n && joins(c, k - 1) && joins(c, k)) {
    const g = c.gazAt.get(k + 1);
    if (g && g.m.entry.category === 'country' && g.end < c.toks.length && joins(c, g.end - 1) && nameEnd(c, g.end) - g.end >= 2) k = g.end;
  }
  // ("Minister of Finance", a title of its own, and "and Planning".)
  else if (capTitle && n >= 3 && (c.toks[i + 1].key === 'of' || c.toks[i + 1].key === 'for') && portfolioAnd(c, k)) k += 2;
  // "Opposition Leader in the National Assembly Omar Ayub Khan", "Leader of the House in the Senate Ishaq Dar": a post
  // held in a house, the house named between the title and its holder, is one title with it.
  if (capTitle && c.toks[k]?.key === 'in' && c.toks[k + 1]?.key === 'the' && joins(c, k - 1) && joins(c, k) && joins(c, k + 1)) {
    const e = houseEnd(c, k + 2);
    if (e > 0 && nameEnd(c, e) - e >= 2) k = e;
  }
  // "the Special Adviser to the President on Media and Publicity": a post serving another's office is one title with
  // that office and its portfolio (no body "President on Media").
  if (capTitle && c.toks[k]?.key === 'to' && c.toks[k + 1]?.key === 'the' && joins(c, k - 1) && joins(c, k) && joins(c, k + 1) && k + 2 < c.toks.length && isCap(c.toks[k + 2]) && c.bits[k + 2] & TITLE_BIT) {
    const m = phraseAt(c, k + 2, titles, TITLE_MAX_WORDS);
    if (m && titles.get(keyOf(c, k + 2, k + 2 + m)) === 'official') k = portfolioEnd(c, k + 2 + m);
  }
  // "Prime Minister-designate" and similar.
  if (c.toks[k]?.key === 'designate' && joins(c, k - 1)) k++;
  // "General License 25A", "the General List": a title's word before a document's noun is no one's title (nor before a
  // vote: "General Elections – 22 February 2026").
  if (capTitle && k < c.toks.length && DOCUMENT_AFTER_TITLE.has(c.toks[k].key) && joins(c, k - 1)) return k;
  // "Lt Gen (retd) Vinod Bhatia": a retired officer's rank keeps its name across the bracket.
  const retired = retiredAfter(c, k);
  if (retired) k++;
  // "PPP leader Dr Asim Hussain", "MQM-P convener Dr Khalid Maqbool Siddiqui", "Secretary General Dr Tedros": an
  // honorific between an office and the name is part of the officeholder's mention.
  if (category === 'official' && k + 1 < c.toks.length && HONORIFIC_AFTER_TITLE.has(c.toks[k].key) && isCap(c.toks[k]) && joins(c, k - 1) && joins(c, k) && isCap(c.toks[k + 1])) k++;
  const nameStart = k;
  // "Republican Lieutenant Governor Dale Hutchins": a party's label before an office's title is that official's
  // modifier; the title after it decides.
  if (category === 'person' && k < c.toks.length && joins(c, k - 1) && c.bits[k] & TITLE_BIT) {
    const m = phraseAt(c, k, titles, TITLE_MAX_WORDS);
    if (m && titles.get(keyOf(c, k, k + m)) === 'official') return -1;
  }
  let ne = k < c.toks.length && (retired || joins(c, k - 1)) ? nameEnd(c, nameStart) : nameStart;
  // In a headline in title case capitals say nothing: after a plural title ("Ministers Agree Fresh Aid Package For Flood
  // Victims") the next word is the verb, unless it is a given name or the glossary's ("Ministers Lammy and Reeves"), or
  // a list follows ("Judges Tomka, Abraham, Yusuf").
  if (c.titleCase && ne > nameStart && !GIVEN_NAMES.has(c.toks[nameStart].key) && !c.gazAt.has(nameStart) && PLURAL_TITLES.has(key) && !LIST_MARK_AFTER_RE.test(c.text.slice(c.toks[nameStart].end, c.toks[nameStart].end + 2))) ne = nameStart;
  // ("Comrade Kim Jong Un Sends Greetings ...": in a headline in title case, a name the glossary knows ends there.)
  if (c.titleCase && ne > nameStart + 1) {
    const g = c.gazAt.get(nameStart);
    if (g && g.end < ne && isPersonCategory(g.m.entry.category)) ne = g.end;
  }
  // "Vice Premier He Lifeng": after a capitalised title, "He" before a name is a surname, not the pronoun.
  if (ne === nameStart && capTitle && c.toks[k]?.text === 'He' && joins(c, k - 1) && joins(c, k) && isCap(c.toks[k + 1])) {
    const e = nameEnd(c, k + 1);
    if (e > k + 1) ne = e;
  }
  // "Senator REED. Thank you.", "Mr. WICKER.": a hearing's record sets the speaker's surname in capitals after the
  // title; that one word is the person, no body's acronym. (Not after a title in capitals: a heading's words.)
  if (ne === nameStart && capTitle && k < c.toks.length && HEARING_TITLES.has(c.toks[i].key) && n === 1 && joins(c, k - 1) && c.toks[k].text.length >= 3 && isAllCaps(c.toks[k]) && !isAllCaps(c.toks[i]) && !c.gazAt.has(k) && /^[A-Z]+$/.test(c.toks[k].text) && !(k + 1 < c.toks.length && joins(c, k) && isCap(c.toks[k + 1]))) ne = k + 1;
  // ("the Republican National Convention", "the Democratic Senate Caucus": after a party's label, a meeting or a bloc of
  // the party, no one.)
  if (category === 'person' && ne > nameStart && PARTY_EVENT_HEADS.has(c.toks[ne - 1].key)) return -1;
  // ("the Commander-in-Chief Forum", "the Secretary General Forum": a title and then a body's last word alone names
  // the body, no one.)
  if (category === 'official' && ne === nameStart + 1 && c.bits[nameStart] & ORG_SUFFIX_BIT && !c.gazAt.has(nameStart) && !GIVEN_NAMES.has(c.toks[nameStart].key)) return -1;
  const s = titleModifiersStart(c, i);
  if (ne > nameStart) {
    // Lower-case single words that are often not titles ("major", "private", "head") need a capital.
    // (After a known actor that modifies it they are titles: "Hezbollah leader Naim Qassem", "Pakistan army chief Asim
    // Munir"; "Royal Jordanian Air Force lieutenant Muath al-Kasasbeh" stays a force and a person.)
    // ("junta leader Assimi Goita", "rebel commander ...": a group's word before a lower-case title makes it one too.)
    const groupWord = !capTitle && s === i && i > 0 && joins(c, i - 1) && GROUP_BEFORE_TITLE.has(c.toks[i - 1].key);
    if (!capTitle && n === 1 && !knownModifiers(c, s, i) && !groupWord && /^(?:general|major|private|captain|lieutenant|chief|head|deputy|chair|justice|speaker|judge|marshal|specialist|representative|director|leader|lady|lord|miss)$/.test(c.toks[i].key)) return -1;
    const surname = lastNameKey(c, nameStart, ne);
    // A known person named after the title links the whole mention to them.
    // ("Volodymyr Zelenskiy": a known surname, in another spelling than the glossary's full name, links it too.)
    const g = personMatchEnding(c, nameStart, ne);
    const entity = g ? g.m.entry.id : null;
    // ("Sir Keir Starmer": an honorific before someone the glossary knows in office keeps them an official.)
    // (A retired officer holds the rank, no post: a person, as a former holder of an office is.)
    const kind = entity && g!.m.entry.category === 'official' ? 'official' : retired ? 'person' : category;
    const malay = MALAY_HONOURS.has(key) || MALAY_HONOURS.has(c.toks[nameStart].key) || (ne - nameStart > 2 && MALAY_HONOURS.has(keyOf(c, nameStart, nameStart + 2)));
    out.push({ start: c.toks[groupWord ? i - 1 : s].start, end: c.toks[ne - 1].end, category: kind, entity, priority: 3, surname, surname2: (malay ? malayNameKey(c, nameStart, ne) : undefined) ?? firstSurnameKey(c, nameStart, ne) });
    return PLURAL_TITLES.has(key) ? namesListed(c, ne, category, out) : ne - 1;
  } else if (category === 'official') {
    // ("the U.S. attorney's office": the office, not the officeholder.)
    if (/^['\u2019]s\s+(?:office|department|bureau|staff|team)\b/i.test(c.text.slice(c.toks[k - 1].end, c.toks[k - 1].end + 14))) return -1;
    // ("The European Data Protection Supervisor": an office named by its holder's title after two capitalised words or
    // more is a body, namedOrganisations' to read.)
    if (i - s >= 2 && OFFICE_LAST.has(c.toks[i + n - 1].key) && capitalisedRun(c, s, i)) return -1;
    // A definite title without a name: "the Foreign Secretary", "the prime minister".
    const the = s > 0 && c.toks[s - 1].key === 'the' && joins(c, s - 1) ? s - 1 : -1;
    // An appositive title: "Minister for the Middle East, Tobias Ellwood" or "Tobias Ellwood, Foreign Office Minister".
    const gapAfter = k < c.toks.length ? c.text.slice(c.toks[k - 1].end, c.toks[k].start) : '';
    const gapBefore = s > 0 ? c.text.slice(c.toks[s - 1].end, c.toks[s].start) : '';
    const appositive = capTitle && (gapAfter === ', ' && nameEnd(c, k) > k || gapBefore === ', ' && isCap(c.toks[s - 1]));
    if (the < 0 && appositive) {
      out.push({ start: c.toks[s].start, end: c.toks[k - 1].end, category, entity: null, priority: 2 });
      return k - 1;
    }
    // "Iran's foreign minister": the possessive is the determiner, and the possessor stays an actor of its own.
    let owned = -1;
    for (let t = s + 2; t <= i && the < 0; t++) if (possessiveBefore(c, t)) owned = t;
    if (the < 0 && owned < 0) return -1;
    // "the Galaxy Leader, a car carrier", "a tanker, the Ocean Leader,": a ship's name, set off beside what it is.
    // (Each pattern only where its comma is there, past blanks: most definite titles stand beside none.)
    if (the >= 0 && capTitle && ((commaAfterBlanks(c.text, c.toks[k - 1].end, 60) && testLong(VESSEL_AFTER_RE, c.text.slice(c.toks[k - 1].end, c.toks[k - 1].end + 60))) || (commaBeforeBlanks(c.text, c.toks[the].start, 40) && testLong(VESSEL_BEFORE_RE, c.text.slice(Math.max(0, c.toks[the].start - 40), c.toks[the].start))))) return -1;
    if (n === 1 && !capTitle && !/^(?:president|minister|secretary|premier|chancellor|ambassador|envoy)$/.test(c.toks[i].key)) return -1;
    // "the Justice and Security Act 2013", "the Defence and Security Committee": the title opens a law's or a body's name.
    if (the >= 0 && capTitle && c.text.charCodeAt(c.toks[k - 1].end) === 32 && testLong(TITLE_OPENS_NAME_RE, c.text.slice(c.toks[k - 1].end, c.toks[k - 1].end + 60))) return -1;
    out.push({ start: c.toks[owned >= 0 ? owned : the].start, end: c.toks[k - 1].end, category, entity: null, priority: 2 });
    // "The Foreign Secretary, Yvette Cooper, said": the name set off by commas is the officeholder.
    const ae = gapAfter === ', ' ? nameEnd(c, k) : k;
    if (ae - k >= 2 && ae < c.toks.length && c.text.charCodeAt(c.toks[ae - 1].end) === 44) {
      out.push({ start: c.toks[k].start, end: c.toks[ae - 1].end, category: 'person', entity: null, priority: 2, surname: lastNameKey(c, k, ae), surname2: firstSurnameKey(c, k, ae) });
      return ae - 1;
    }
    return k - 1;
  }
  return -1;
}

/** The token after a house's capitalised name that opens at token m ("National Assembly", "Senate", "Lok Sabha"), a
 * name the glossary knows or one that ends in a body's word, when a capitalised word follows it; or -1. */
function houseEnd(c: ParaContext, m: number): number {
  if (m >= c.toks.length || !isCap(c.toks[m])) return -1;
  const g = c.gazAt.get(m);
  let e = g && g.m.entry.category !== 'person' && g.m.entry.category !== 'official' && g.m.entry.category !== 'country' ? g.end : -1;
  for (let j = m; e < 0 && j < c.toks.length && j - m < 4 && isCap(c.toks[j]) && (j === m || joins(c, j - 1)); j++) if (c.bits[j] & (ORG_SUFFIX_BIT | ORG_HEAD_BIT)) e = j + 1;
  return e > m && e < c.toks.length && joins(c, e - 1) && isCap(c.toks[e]) ? e : -1;
}

/** Honorifics that may stand between an office and its holder's name ("leader Dr Asim Hussain"). */
const HONORIFIC_AFTER_TITLE = new Set(['dr', 'prof', 'professor', 'mr', 'mrs', 'ms']);

/** Lower-case posts that lead a body named before them ("Manchester City Council leader"). */
const BODY_LEADER_TITLES = new Set(['leader', 'chief', 'head', 'chair', 'director', 'deputy']);

/** Whether tokens [s, e) are all capitalised. */
function capitalisedRun(c: ParaContext, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (!isCap(c.toks[k])) return false;
  return true;
}

/** Whether a comma follows `at` past blanks, within `span` characters. */
function commaAfterBlanks(text: string, at: number, span: number): boolean {
  return text.charCodeAt(skipBlanks(text, at, Math.min(text.length, at + span))) === 44;
}
/** Whether a comma comes right before `at` past blanks, within `span` characters. */
function commaBeforeBlanks(text: string, at: number, span: number): boolean {
  return text.charCodeAt(backOverBlanks(text, at, Math.max(0, at - span)) - 1) === 44;
}

/** After a capitalised title, "and" and the rest of a law's or a body's name: " and Security Act", " and Home Affairs
 * Council". */
const TITLE_OPENS_NAME_RE = /^\s+(?:and|&)\s+(?:[A-Z][\w'\u2019-]*\s+){1,3}(?:Act|Bill|Law|Council|Committee|Commission|Office|Ministry|Department|Agency|Service|Court|Tribunal|Fund|Authority|Board|Directorate|Inquiry|Review|Strategy)\b/;
/** What a ship is, set off after its name or before it: ", a Liberian-flagged car carrier", "bulk carrier, ". */
const VESSEL_AFTER_RE = /^\s*,\s+(?:a|an|the)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:ship|vessel|tanker|carrier|freighter|ferry|trawler|yacht|dhow|barge|tug|frigate|destroyer|corvette|warship|cruiser|submarine|boxship|containership)\b/i;
/** A name's apposition that says what the name is of: ", the Chinese name for", ", the site of". */
const NAME_FOR_AFTER_RE = /^\s*,\s+(?:the|its|their)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:name\s+(?:for|of)|site\s+of)\b/i;
const VESSEL_BEFORE_RE = /\b(?:ship|vessel|tanker|carrier|freighter|ferry|trawler|yacht|dhow|barge|tug|frigate|destroyer|corvette|warship|cruiser|submarine|boxship|containership)\s*,\s*$/i;

/** Whether token k is "retd" (or "rtd", "retired") in brackets between a rank and a name ("Lt Gen (retd) Vinod Bhatia"). */
function retiredAfter(c: ParaContext, k: number): boolean {
  const t = c.toks[k];
  if (!t || !RETIRED.has(t.key) || k === 0 || c.text.slice(c.toks[k - 1].end, t.start) !== ' (') return false;
  const next = c.toks[k + 1];
  return !!next && isCap(next) && RETIRED_CLOSE_RE.test(c.text.slice(t.end, next.start));
}
const RETIRED = new Set(['retd', 'rtd', 'retired']);
const RETIRED_CLOSE_RE = /^\.?\) $/;

/** The end of a title's portfolio from token k: "on", "for" or "of" and capitalised words, joined by "and" ("on Media
 * and Publicity"); k when there is none. */
function portfolioEnd(c: ParaContext, k: number): number {
  const p = c.toks[k]?.key;
  if (!(p === 'on' || p === 'for' || p === 'of') || !joins(c, k - 1) || !joins(c, k) || !isCap(c.toks[k + 1]) || NOT_NAME.has(c.toks[k + 1].key)) return k;
  let e = k + 2;
  while (e < c.toks.length && e - k < 8 && joins(c, e - 1) && ((isCap(c.toks[e]) && !NOT_NAME.has(c.toks[e].key)) || (c.toks[e].key === 'and' && joins(c, e) && isCap(c.toks[e + 1]) && !GIVEN_NAMES.has(c.toks[e + 1].key)))) e++;
  return c.toks[e - 1].key === 'and' ? e - 1 : e;
}

/** Whether "and" at token e joins a second portfolio to a title's ("Minister of Energy and Infrastructure"): a
 * capitalised word after it that is no title, given name or glossary name. */
function portfolioAnd(c: ParaContext, e: number): boolean {
  return c.toks[e]?.key === 'and' && joins(c, e - 1) && joins(c, e) && isCap(c.toks[e + 1]) && !phraseAt(c, e + 1, titles, TITLE_MAX_WORDS) && !GIVEN_NAMES.has(c.toks[e + 1].key) && !c.gazAt.has(e + 1);
}

/**
 * The end of a list of portfolios after a title's first one, from token e after its comma: ", Regional Integration and
 * Togolese Abroad" to the comma that closes it, or before the last two words (the holder's name) where no comma does;
 * or -1. Its items are capitalised words that open with no title, given name or glossary name but a people's.
 */
function portfolioListEnd(c: ParaContext, e: number): number {
  let x = e;
  for (let items = 0; items < 4; items++) {
    if (x >= c.toks.length || c.text.slice(c.toks[x - 1].end, c.toks[x].start) !== ', ' || !portfolioItemOpens(c, x)) return -1;
    let y = x + 1;
    while (y < c.toks.length && y - x < 4 && isCap(c.toks[y]) && joins(c, y - 1)) y++;
    if (c.toks[y]?.key === 'and' && joins(c, y - 1) && joins(c, y) && portfolioItemOpens(c, y + 1)) {
      let z = y + 2;
      while (z < c.toks.length && z - y - 1 < 4 && isCap(c.toks[z]) && joins(c, z - 1)) z++;
      if (z < c.toks.length && c.text.slice(c.toks[z - 1].end, c.toks[z].start) === ', ') return z;
      return z - y - 1 >= 3 ? z - 2 : -1;
    }
    x = y;
  }
  return -1;
}
/** Whether token k may open a portfolio in a list of them: capitalised, no title, no given name, and no glossary name
 * but a people's or a country's ("Togolese Abroad", "Moroccan Expatriates"). */
function portfolioItemOpens(c: ParaContext, k: number): boolean {
  const t = c.toks[k];
  if (!t || !isCap(t) || GIVEN_NAMES.has(t.key) || NOT_NAME.has(t.key) || phraseAt(c, k, titles, TITLE_MAX_WORDS)) return false;
  const g = c.gazAt.get(k);
  return !g || (g.m.entry.category === 'country' && g.end === k + 1);
}

/** Heads of bodies that make a capitalised title before them part of the body's name ("General Court"). */
const BODY_AFTER_TITLE = new Set(['court', 'tribunal', 'office', 'bureau', 'directorate', 'inspectorate', 'secretariat', 'chamber']);

/** Nouns that make a title's word part of a document's name ("General License", "General List"). */
const DOCUMENT_AFTER_TITLE = new Set(['license', 'licence', 'licenses', 'licences', 'list', 'order', 'orders', 'framework', 'guidance', 'principles', 'conditions', 'terms', 'provisions', 'election', 'elections']);

/** Words that open the names of armed and political groups in Arabic ("Jama'at Nusrat al-Islam wal-Muslimin"). */
// (And in Urdu and Pashto, whose names join their words by the izafe: "Lashkar-e-Jhangvi", "Sipah-e-Sahaba",
// "Tehreek-e-Labbaik Pakistan", "Fitna al-Khawarij".)
const GROUP_NAME_HEADS = new Set('jama|jamaat|jamaa|jamaah|ansar|jabhat|harakat|hizb|jaish|katibat|liwa|saraya|kataib|asaib|tanzim|majlis|firqat|faylaq|ahrar|junud|jund|hay|hayat|lashkar|tehreek|tehrik|tahreek|tahrik|sipah|jamiat|anjuman|tanzeem|ittehad|fitna'.split('|'));

/** Named people with a cue: "Jeff Davis, a Pentagon spokesman", "Abu Musab al-Zarqawi", "Qanbar said". */
export function cuedPeople(c: ParaContext, out: Candidate[], knownSurnames: Pick<Map<string, ActorCategory>, 'has' | 'get'>): void {
  for (let i = 0; i < c.toks.length; i++) {
    const t = c.toks[i];
    if (!isCap(t) || (c.gazAt.has(i) && listedNotPerson(c, i))) continue;
    const e = nameEnd(c, i, 5);
    if (e === i) continue;
    // ("Populist Javier Milei said": a politician's label that opens the sentence, before two name words, is no part of
    // the name, however the name is cued; the name starts after it.)
    if (e - i >= 3 && (i === 0 || c.sentenceStart[i]) && POLITICAL_LABELS.has(t.key)) continue;
    if (cuedPersonAt(c, i, e, out, knownSurnames)) i = e - 1;
  }
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
const COMPANY_APPOSITION_RE = /^,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:company|firm|contractor|manufacturer|maker|startup|provider|operator|shipping\s+company|shipowner|trader|conglomerate|subsidiary|lender|bank)\b/;

/** A body set off after the name, its noun ending the phrase: "Copa-Cogeca, the EU farm lobby, said". */
const BODY_APPOSITION_RE = /^,\s+(?:a|an|the)\s+(?:(?!of\b|the\b|and\b)[\w'\u2019-]+\s+){0,3}?(?:lobby|lobby\s+group|union|trade\s+union|association|federation|confederation|alliance|coalition|agency|organi[sz]ation|think\s+tank|charity|watchdog|regulator|body|group|NGO|network|consortium|cooperative|co-operative)(?=\s*[,;.)]|\s+(?:that|which|representing|for|of|in|based|whose|with)\b)/;

/** Plural people before "in" and a place ("leaders in Bani Walid", "villagers in Krishna Ghati"). */
const PEOPLE_BEFORE_PLACE_RE = /^(?:leaders|elders|villagers|residents|officials|witnesses|people|families|farmers|fishermen|traders|protesters|fighters|activists|doctors|locals|authorities|sources|journalists|tribesmen|inhabitants|displaced)$/;
/** Roles that a name set off by commas can follow ("the negotiator, Tadeusz Wrona,"). */
const ROLE_BEFORE_NAME = new Set(('counsel|judge|prosecutor|attorney|sergeant|witness|victim|defendant|plaintiff|negotiator|diplomat|official|spokesman|spokeswoman|spokesperson|minister|envoy|ambassador|adviser|advisor|analyst|researcher|professor|lawyer|commander|officer|aide|journalist|reporter|correspondent|activist|expert|economist|historian|lawmaker|senator|mayor|governor|chairman|chairwoman|director|chief|leader|colleague|friend|wife|husband|son|daughter|brother|sister|deputy|counterpart|successor|predecessor|mediator|negotiators|' +
    // (And a body's officers: "the party's National Publicity Secretary, Debo Ologunagba,", "its president, ...".)
    'secretary|president|chairperson|chair|coordinator|commissioner|head|founder|convener|convenor|treasurer|registrar|administrator|manager|executive|ceo').split('|'));

/** Given names that are also a country's or a faith's name. */
const NAME_LIKE_PLACES = new Set(['jordan', 'israel', 'christian']);
/** First words of places named after someone ("Camp David", "Fort Bragg", "Lake Victoria"), never of a person's. */
const PLACE_FIRST = new Set('camp|fort|lake|mount|mt|port|cape|point|lac|bahr|wadi|jebel|jabal|ras|tel|villa|palazzo|chateau|schloss|hotel|castle|abbey|casa|quinta'.split('|'));
/** Last words of places and things, never of a person's ("the Baltic Sea", "the Baltic Defence Line"). */
const THING_LAST = new Set('sea|ocean|gulf|bay|river|lake|line|base|ground|grounds|airport|airbase|bridge|square|street|palace|missiles|missile|systems|system|building|range|mountains|desert|peninsula|coast|canal|strait|straits|corridor|dam|port|harbour|harbor|field|fields|plant|facility|complex|centre|center|prison|hospital|university|school|college|stadium|hotel|park|airways|airlines|railways|daily|today|times|post|television|radio|news|bank|group|party|army|police|interests|rights|affairs|relations|security|policy|reforms|scheme|schemes'.split('|'));

/** Last words of collectives written in capitals ("Member States", "Contracting Parties"); and a party's members named
 * for their place ("Texas Republicans", "the Bristol Conservatives"). */
const COLLECTIVE_LAST = new Set(['states', 'parties', 'nations', 'members', 'forces', 'countries', 'allies', 'governments', 'democrats', 'republicans', 'conservatives', 'tories', 'greens', 'liberals', 'socialists', 'nationalists', 'unionists']);
/** Last words of place names ("Kharkiv Oblast", "Kherson City", "Gaza Strip"), never of a person's. */
const REGION_LAST = new Set('oblast|province|governorate|district|region|county|city|town|village|strip|valley|republic|state|territory|krai|raion|canton|prefecture|municipality|island|islands|reef|reefs|shoal|shoals|atoll|atolls|islet|islets|archipelago'.split('|'));

/** First words of no person's name (REGION_FIRST, PLACE_FIRST, FOREIGN_HEADS), as one bit of the tokens' lists. */
const NOT_PERSON_FIRST_BIT = wordListBit(new Set([...REGION_FIRST, ...PLACE_FIRST, ...FOREIGN_HEADS.keys()]));
/** Last words of no person's name (COLLECTIVE_LAST, OFFICE_LAST, REGION_LAST, THING_LAST, PUBLICATION_WORDS, SITE_WORDS). */
const NOT_PERSON_LAST_BIT = wordListBit(new Set([...COLLECTIVE_LAST, ...OFFICE_LAST, ...REGION_LAST, ...THING_LAST, ...PUBLICATION_WORDS, ...SITE_WORDS]));

/** A glossary person or official matched within tokens [from, to) and ending at `to`: the name's own entry. */
function personMatchEnding(c: ParaContext, from: number, to: number): { m: GazetteerMatch; end: number } | null {
  for (let k = from; k < to; k++) {
    const g = c.gazAt.get(k);
    if (!g || g.end !== to || !isPersonCategory(g.m.entry.category)) continue;
    // A surname alone links only a name with the same given name ("Volodymyr Zelenskiy"; not "Ivanka Trump").
    if (k === from || c.toks[from].key === firstWordOf(g.m.entry.label).toLowerCase()) return g;
  }
  return null;
}

/** Whether the last candidates found include a person (or official) ending at `end`. */
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
  // ("Centrist Sergio Fajardo trailed": a politician's label that opens the sentence is no part of the name.)
  if (i > 0 && joins(c, i - 1) && isCap(c.toks[i - 1]) && !TITLES.has(c.toks[i - 1].key) && !c.gazAt.has(i - 1) && !(c.sentenceStart[i - 1] && (NOT_NAME.has(c.toks[i - 1].key) || POLITICAL_LABELS.has(c.toks[i - 1].key)))) return false;
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
  const hasParticle = e - i > nameWords;
  const prev = c.toks[i - 1];
  // ("one of six Permanent Participants", "27 Member States": a count before capitalised plurals makes them a class.)
  // (Not one name after "both": "both Sanders and Trump".)
  if (prev && e - i >= 2 && joins(c, i - 1) && lastKey.length > 3 && lastKey.charCodeAt(lastKey.length - 1) === 115 && (isDigitCode(prev.text.charCodeAt(0)) || (testLong(COUNTING_WORD_RE, prev.key) && !THESE_BOTH.has(prev.key)))) return false;
  const known = nameWords === 1 && knownSurnames.has(firstKey);
  // One word that is no known surname (most capitalised words here) is a name only by the last case below: the cues the
  // other cases weigh, a dozen lookups, are not worked out for it.
  if (nameWords === 1 && !known && e - i === 1) {
    if (!surnameAfterInvertedSaid(c, i, e) && !citedAuthor(c, i)) return false;
  } else if (!izafe && !cuedName(c, i, e, nameWords, hasParticle, known)) return false;
  addCuedPerson(c, i, e, out, knownSurnames, known, firstKey);
  return true;
}

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
  const appositionAfter = next && next.start - gapStart === 2 && c.text.charCodeAt(gapStart) === 44 && isSpaceCode(c.text.charCodeAt(gapStart + 1)) && (APPOSITION_STARTS.has(next.key) || (/^\d{1,3}$/.test(next.text) && c.text.charCodeAt(next.end) === 44 && Number(next.text) < 120) || (countryPossessiveAt(c, e) && !(prev && joins(c, i - 1) && DETERMINERS.has(prev.key))));
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
  else if ((e - i >= 2 && GIVEN_NAMES.has(t.key)) || (nameWords >= 3 && FAMILY_FIRST.has(t.key))) ok = !afterPlace || !!cueAfter || (prev.key === 'of' && i >= 2 && FATE_BEFORE_OF.has(c.toks[i - 2].key) && joins(c, i - 2));
  // Two or more name words with a cue, or with a particle ("Ziad Khalaf al-Karbouly"), even at a sentence start.
  // ("A former Polish negotiator, Tadeusz Wrona, once said": a name set off by commas after a role.)
  // ("Tribal leaders in Bani Walid said": a place after "in" before the verb is where the speakers are.)
  else if (nameWords >= 2) ok = !!(signature || (verbAfter && !(afterPlace && prev?.key === 'in' && i >= 2 && PEOPLE_BEFORE_PLACE_RE.test(c.toks[i - 2].key))) || (appositionAfter && !afterPreposition) || hasParticle && !afterPlace || cueBefore && !c.sentenceStart[i] || (prev && ROLE_BEFORE_NAME.has(prev.key) && c.text.slice(prev.end, t.start) === ', ' && c.text.charCodeAt(c.toks[e - 1].end) === 44));
  // '"...," said Russell.': one word after an inverted verb of saying, closing the clause, is a surname.
  else if (nameWords === 1 && surnameAfterInvertedSaid(c, i, e)) ok = true;
  // (Read last, and only for a name the cues took: most appositions follow no name at all.)
  // ("the Galaxy Leader, a car carrier": a ship's name, set off before what it is.)
  if (ok && appositionAfter && testLong(VESSEL_AFTER_RE, c.text.slice(gapStart, gapStart + 60))) return false;
  // ("waters around Huangyan Dao, the Chinese name for the shoal", "Pag-asa, the site of a Philippine outpost": a place
  // named, set off before what its name is.)
  if (ok && appositionAfter && testLong(NAME_FOR_AFTER_RE, c.text.slice(gapStart, gapStart + 48))) return false;
  return ok;
}

/** Nouns of what befalls a person, before "of" and their name: "the killing of", "the release of", "the funeral of". */
const FATE_BEFORE_OF = new Set('killing|killings|death|assassination|murder|arrest|detention|release|abduction|kidnapping|funeral|execution|capture|burial|trial|conviction|extradition|resignation|dismissal|appointment|election|successor|wife|widow|son|daughter|brother|sister|father|mother'.split('|'));

/** Adds the cued person of words [i, e) to out. */
function addCuedPerson(c: ParaContext, i: number, e: number, out: Candidate[], knownSurnames: Pick<Map<string, ActorCategory>, 'has' | 'get'>, known: boolean, firstKey: string): void {
  const t = c.toks[i];
  const prev = c.toks[i - 1];
  // "Ansar al-Sharia", "Jama'at Nusrat al-Islam wal-Muslimin": a name that opens with a group's head word is a group.
  // ("the cybersecurity company Halvard Labs said", "Halvard Labs said": a company, by the noun before it or its last word.)
  // ("Copa-Cogeca, the EU farm lobby, said": a name set off before a body's noun is that body.)
  const after = !known && c.text.charCodeAt(c.toks[e - 1].end) === 44 ? c.text.slice(c.toks[e - 1].end, c.toks[e - 1].end + 48) : '';
  const company = !known && ((prev && COMPANY_BEFORE.has(prev.key) && joins(c, i - 1)) || ORG_SUFFIX.get(c.toks[e - 1].key) === 'organization' || (testLong(APPOSITION_OPEN_RE, after) && (COMPANY_APPOSITION_RE.test(after) || (BODY_APPOSITION_RE.test(after) && !GIVEN_NAMES.has(t.key)))));
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

/** Meetings and blocs of a party, after its label: "Republican National Convention", "Democratic Caucus". */
const PARTY_EVENT_HEADS = new Set(['convention', 'conventions', 'caucus', 'caucuses', 'primary', 'primaries', 'platform', 'conference', 'congress', 'committee', 'leadership', 'establishment']);
/** Nouns that go on with a portfolio's word: "Foreign Affairs", "Energy Security", "Health Services". */
const PORTFOLIO_TAILS = new Set('affairs relations resources services protection planning policy works cooperation safety reform development administration management welfare security revenue infrastructure technology innovation sciences science research industries industry investment statistics'.split(' '));

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

/**
 * A transcript's speaker label in capitals at the start of the paragraph ("WALLACE:", "SPOKESPERSON BRUCE:") is a
 * person, an official when it opens with a title; a role ("QUESTION:", "MODERATOR:") is not. A known person in it
 * lends the entity ("PRESIDENT TRUMP:").
 */
export function speakerLabel(c: ParaContext, p: Span, out: Candidate[]): void {
  const label = speakerLabelAt(c.text, p);
  if (!label || label.text !== label.text.toUpperCase() || ROLE_LABELS.test(label.text)) return;
  const first = firstStartingFrom(c.toks, label.start);
  let entity: string | null = null;
  for (let k = first; k < c.toks.length && c.toks[k].end <= label.end && !entity; k++) {
    const g = c.gazAt.get(k);
    if (g && g.m.end <= label.end && isPersonCategory(g.m.entry.category)) entity = g.m.entry.id;
  }
  // ("DER SPIEGEL:", "THE ECONOMIST:": a publication asks, behind its article.)
  const publication = /^(?:THE|DER|DIE|DAS|LE|LA|LES|EL|IL)\s/.test(label.text);
  const category = publication ? 'organization' : (TITLES.get(c.toks[first]?.key ?? '') as ActorCategory | undefined) ?? 'person';
  out.push({ start: label.start, end: label.end, category, entity, priority: 3 });
}
