// Patterns for people the glossary does not know: the end of a personal name and a transcript's speaker labels, with
// what titledPeople.ts (titled people) and cuedPeople.ts (named people with cues) share.
import type { ActorCategory, Span, TextSpan } from './types';
import type { GazetteerMatch } from './gazetteer';
import { firstStartingFrom } from './order';
import { placeEchoed, speakerLabelAt } from './speakerLabels';
import * as actorWordsModule from './actorWords';
import { MONTHS } from './dates/lexicon';
import * as givenNamesModule from './givenNames';
import type { Candidate, ParaContext } from './actorContext';
import * as actorContextModule from './actorContext';
import * as charsModule from './chars';
import * as actorPatternsSharedModule from './actorPatternsShared';
// Unicode-class regexes used inside functions, made once here.
const STARTS_LOWER_RE = /^\p{Ll}/u;
// Imported helpers as local constants: under tsx (tests, eval, bench) every use of an import is a getter call.
const { GROUP_ADJ, NAME_PARTICLES, ORG_SUFFIX, TITLES } = actorWordsModule;
const { GIVEN_NAMES } = givenNamesModule;
const { isAllCaps, isCap, joins, NOT_NAME_BIT, ORG_HEAD_BIT, ORG_SUFFIX_BIT, PARTICLE_BIT } = actorContextModule;
const { firstWordOf, isAsciiUpperCode, isDigitCode } = charsModule;
const { INITIALS_RE, isPersonCategory, ROLE_LABELS } = actorPatternsSharedModule;

/** Words that make "General Motors", "General Electric" companies, not a general and his name. */
const COMPANY_WORDS = new Set('motors|electric|dynamics|foods|pictures|studios|holdings|partners|industries|technologies|airlines|airways|petroleum|energy|oil|trading|shipping|logistics'.split('|'));
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
    let q = j;
    if (j > i && !joins(c, j - 1)) {
      // ('Jorge "Tuto" Quiroga', 'Ismael "El Mayo" Zambada': a nickname in quotes between the names is the name's.)
      q = OPEN_QUOTES.has(c.text.charCodeAt(c.toks[j].start - 1)) ? nicknameEnd(c, j) : -1;
      if (q < 0) break;
    }
    // (The step past a nickname is made for every word, by nothing for most: made only after one, it had never run when
    // the optimising compiler took nameEnd, and deoptimised it.)
    parts += q - j;
    j = q;
    const t = c.toks[j];
    // (One space, the common gap, is not sliced from the text.)
    const gap = j === i || (t.start - c.toks[j - 1].end === 1 && c.text.charCodeAt(t.start - 1) === 32) ? ' ' : c.text.slice(c.toks[j - 1].end, t.start);
    if (gap.includes('\n')) break;
    const b = c.bits[j];
    // (The name's inner parts in a function called for every word, its counts added here for every word: the steps
    // made only after "von der" or a syllable had never run when the optimising compiler took nameEnd, and deoptimised it.)
    const step = innerPartStep(c, i, j, gap);
    parts += step & PART_STEP ? 1 : 0;
    words += step & WORD_STEP ? 1 : 0;
    j += step === 0 ? 0 : 1;
    if (step !== 0) continue;
    if (!isCap(t) || (b & NOT_NAME_BIT && !monthSurname(c, i, j) && !(j === i && monthGivenName(c, i))) || isDigitCode(t.text.charCodeAt(0))) break;
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
    // given name, where it is the surname ("Chuck Jordan", "Volker Turk"); so is a one-word body's name in the plural
    // ("Pierre Dumas" is no State Duma).
    const surnameAfterGiven = j === i + 1 && !!known && c.gazAt.get(j)!.end === j + 1 && (known === 'country' || pluralOfName(c, j)) && GIVEN_NAMES.has(c.toks[i].key);
    if (j > i && !afterParticle && known && known !== 'person' && known !== 'official' && !surnameAfterGiven) break;
    // Capitals end a name, except numerals and initials ("G.K. Butterfield", "J.D. Vance").
    if (isAllCaps(t) && t.text.length > 1 && !/^(?:II|III|IV|Jr|Sr)$/.test(t.text) && !INITIALS_RE.test(t.text)) break;
    if (t.text.length > 1) words++;
    j++;
  }
  return words ? wordEnd(c, i, j) : i;
}

/** Months that are also surnames ("Theresa May", "Fredric March"). */
const MONTH_SURNAMES = new Set(['may', 'march', 'june', 'april', 'august']);

/** Whether token j, a month's name one word after a given name at i and before no number, is the surname ("Fed
 * Governor Gregory May said"; "Gregory May 5" is a date). */
function monthSurname(c: ParaContext, i: number, j: number): boolean {
  return j === i + 1 && MONTH_SURNAMES.has(c.toks[j].key) && GIVEN_NAMES.has(c.toks[i].key) && !c.titleCase &&
    !(j + 1 < c.toks.length && isDigitCode(c.toks[j + 1].text.charCodeAt(0)));
}

/** Months that are also women's given names: "June Almeida", "April Ryan", "May Mobarak". */
const MONTH_GIVEN_NAMES = new Set(['april', 'may', 'june']);
/** Words before a month that make it the month: prepositions and words of time ("in June", "last May", "mid-April"). */
const BEFORE_MONTH = new Set('in|on|by|since|until|till|from|to|through|during|before|after|between|of|last|next|this|that|early|late|mid|end|each|every|until|and|or|the|since|around|about|for|until|as|till|into|throughout|within|over|under|at'.split('|'));
/** Capitalised words after "May" that make it the wish: "May God bless", "May Allah accept". */
const AFTER_WISHING_MAY = new Set(['god', 'allah', 'heaven', 'he', 'she', 'they', 'we', 'you', 'it', 'his', 'her', 'their', 'our', 'peace']);

/**
 * Whether the month at token i is a woman's given name: "April", "May" or "June" written as a name's first word, before a
 * capitalised word that may be a surname (no word that ends a name, no name the glossary knows, no figure) and after no
 * preposition or word of time ("In June Parliament voted" is the month). One or two more words of the name, then no
 * figure ("June Almeida 2" is no one).
 */
export function monthGivenName(c: ParaContext, i: number): boolean {
  const t = c.toks[i];
  if (!MONTH_GIVEN_NAMES.has(t.key) || c.titleCase || isAllCaps(t)) return false;
  const next = c.toks[i + 1];
  if (next === undefined || !joins(c, i) || !isCap(next) || isAllCaps(next) || c.bits[i + 1] & NOT_NAME_BIT || c.gazAt.has(i + 1) || isDigitCode(next.text.charCodeAt(0)) || next.text.length < 3) return false;
  if ((t.key === 'may' && AFTER_WISHING_MAY.has(next.key)) || AFTER_MONTH_THINGS.has(next.key)) return false;
  if (i > 0 && joins(c, i - 1) && (BEFORE_MONTH.has(c.toks[i - 1].key) || isDigitCode(c.toks[i - 1].text.charCodeAt(0)))) return false;
  // (A hyphen before: "mid-June".)
  if (c.text.charCodeAt(t.start - 1) === 45) return false;
  let e = i + 2;
  while (e < c.toks.length && e - i < 4 && joins(c, e - 1) && isCap(c.toks[e])) {
    if (AFTER_MONTH_THINGS.has(c.toks[e].key)) return false;
    e++;
  }
  return !(e < c.toks.length && joins(c, e - 1) && (isDigitCode(c.toks[e].text.charCodeAt(0)) || AFTER_MONTH_THINGS.has(c.toks[e].key)));
}
/** Capitalised words after a month that make it the month's: a holiday's, a report's or a period's name ("April Fools'
 * Day", "May Day", "the June Quarter", "the April Jobs Report"). */
const AFTER_MONTH_THINGS = new Set('day|days|eve|fools|holiday|holidays|quarter|quarterly|jobs|report|reports|sales|figures|data|budget|session|term|meeting|summit|election|elections|issue|edition|deadline|results|earnings|update|statement|survey|poll|index|inflation|payrolls|vote|referendum|festival|fair|revolution|uprising|offensive|war|agreement|accord|ceasefire|truce|protests|crisis|talks|visit|plenary|council|conference|fomc|meeting|auction'.split('|'));

/** A double quote that opens a nickname ('"', '“'), and those that close one. */
const OPEN_QUOTES = new Set([34, 0x201c]);
const CLOSE_QUOTES = new Set([34, 0x201d]);
/**
 * After a given name, a nickname of one to three capitalised words in double quotes that starts at token j, one space
 * and a quote after the name's word before it, and a capitalised surname one space after its closing quote: the
 * surname's token; else -1.
 */
function nicknameEnd(c: ParaContext, j: number): number {
  const text = c.text;
  if (c.toks[j].start - c.toks[j - 1].end !== 2 || text.charCodeAt(c.toks[j - 1].end) !== 32) return -1;
  for (let k = j; k < j + 3 && k + 1 < c.toks.length && isCap(c.toks[k]); k++) {
    const end = c.toks[k].end;
    if (CLOSE_QUOTES.has(text.charCodeAt(end))) {
      const next = c.toks[k + 1];
      return next.start === end + 2 && text.charCodeAt(end + 1) === 32 && (isCap(next) || (c.bits[k + 1] & PARTICLE_BIT) !== 0) && !c.sentenceStart[k + 1] ? k + 1 : -1;
    }
    if (!joins(c, k)) return -1;
  }
  return -1;
}

/** Whether the glossary's match at token j is its name of one word in the plural ("Dumas" of "Duma"). */
function pluralOfName(c: ParaContext, j: number): boolean {
  const alias = c.gazAt.get(j)!.m.alias;
  const w = c.toks[j].text;
  return !!alias && w.length > alias.length && w.charCodeAt(w.length - 1) === 115 && w.startsWith(alias);
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
  if (j > i && b & NOT_NAME_BIT && syllableWord(c, i, j)) return WORD_STEP;
  return 0;
}

/** Whether the word j that is no name's elsewhere is a syllable of an East Asian name here (see innerPartStep). (Its own
 * function, called for every such word inside a name: the run's test, first made after a syllable, deoptimised
 * innerPartStep.) */
function syllableWord(c: ParaContext, i: number, j: number): boolean {
  return NAME_SYLLABLES.has(c.toks[j].text) && !c.titleCase && eastAsianRun(c, i, j);
}

/** The key of a name's last real word (not "IV", "Jr"). */
export function lastNameKey(c: ParaContext, s: number, e: number): string {
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
export function firstSurnameKey(c: ParaContext, s: number, e: number): string | undefined {
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
export function malayNameKey(c: ParaContext, s: number, e: number): string | undefined {
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

/** What a ship is, set off after its name or before it: ", a Liberian-flagged car carrier", "bulk carrier, ". */
export const VESSEL_AFTER_RE = /^\s*,\s+(?:a|an|the)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:ship|vessel|tanker|carrier|freighter|ferry|trawler|yacht|dhow|barge|tug|frigate|destroyer|corvette|warship|cruiser|submarine|boxship|containership)\b/i;
/** A glossary person or official matched within tokens [from, to) and ending at `to`: the name's own entry. */
export function personMatchEnding(c: ParaContext, from: number, to: number): { m: GazetteerMatch; end: number } | null {
  for (let k = from; k < to; k++) {
    const g = c.gazAt.get(k);
    if (!g || g.end !== to || !isPersonCategory(g.m.entry.category)) continue;
    // A surname alone links only a name with the same given name ("Volodymyr Zelenskiy"; not "Ivanka Trump").
    // ("Army chief General Abdel Fattah al-Burhan": a rank between a lower-case post and the name is no given name.)
    if (k === from || (k === from + 1 && RANKS_BEFORE_NAME.has(c.toks[from].key)) || c.toks[from].key === firstWordOf(g.m.entry.label).toLowerCase()) return g;
  }
  return null;
}
/** Ranks that may stand between a post and the name: "junta leader General Assimi Goita", "army chief Gen. ...". */
const RANKS_BEFORE_NAME = new Set('general|gen|lieutenant|lt|colonel|col|captain|capt|major|maj|admiral|adm|marshal|brigadier|commander|sergeant|sgt'.split('|'));

/** Whether the last candidates found include a person (or official) ending at `end`. */
/**
 * A transcript's speaker label in capitals at the start of the paragraph ("WALLACE:", "SPOKESPERSON BRUCE:") is a
 * person, an official when it opens with a title; a role ("QUESTION:", "MODERATOR:") is not. A known person in it
 * lends the entity ("PRESIDENT TRUMP:").
 */
export function speakerLabel(c: ParaContext, p: Span, out: Candidate[]): void {
  const label = speakerLabelAt(c.text, p);
  // ("Linsey Davis (00:05:01):": a transcript's label in title case is a name too where a time stamp follows it; what
  // the other patterns make of it, an official by a surname named before, comes first.)
  const stamped = !!label && label.text !== label.text.toUpperCase();
  if (!label || (stamped && !stampedName(c.text, label)) || ROLE_LABELS.test(label.text)) return;
  // ("DUBAI: The Dubai government has announced ...": a place's dateline, no speaker.)
  if (placeEchoed(c.text, label, p.end)) return;
  const first = firstStartingFrom(c.toks, label.start);
  let entity: string | null = null;
  for (let k = first; k < c.toks.length && c.toks[k].end <= label.end && !entity; k++) {
    const g = c.gazAt.get(k);
    if (g && g.m.end <= label.end && isPersonCategory(g.m.entry.category)) entity = g.m.entry.id;
  }
  // ("DER SPIEGEL:", "THE ECONOMIST:": a publication asks, behind its article.)
  const publication = /^(?:THE|DER|DIE|DAS|LE|LA|LES|EL|IL)\s/.test(label.text);
  const category = publication ? 'organization' : (TITLES.get(c.toks[first]?.key ?? '') as ActorCategory | undefined) ?? 'person';
  out.push({ start: label.start, end: label.end, category, entity, priority: stamped ? 1 : 3 });
}

/**
 * Whether a label in title case is a transcript's name: a time stamp in brackets after it, " (00:05:01):", and two
 * words or more of which none is a role's ("Unknown Speaker", "Audience Member", "Crowd" name no one).
 */
function stampedName(text: string, label: TextSpan): boolean {
  const at = label.end;
  if (!(text.charCodeAt(at) === 32 && text.charCodeAt(at + 1) === 40 && isDigitCode(text.charCodeAt(at + 2)) && TIME_STAMP_AFTER_RE.test(text.slice(at, at + 14)))) return false;
  return label.text.includes(' ') && !ROLE_LABELS.test(label.text.toUpperCase()) && !STAMPED_ROLE_RE.test(label.text);
}
const TIME_STAMP_AFTER_RE = /^ \(\d{1,2}:\d\d(?::\d\d)?\):/;
/** The words of a transcript's labels for roles and the unnamed: "Unknown Speaker", "Male Voice", "Audience Member". */
const STAMPED_ROLE_RE = /\b(?:Speaker|Member|Members|Unknown|Unidentified|Voice|Voices|Crowd|Audience|Moderator|Host|Reporter|Participant|Caller|Interpreter|Translator|Announcer|Narrator|Operator|Male|Female)\b/;
