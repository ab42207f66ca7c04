// Bodies named by a lower-case head: "the government of Iraq", "the foreign ministry", "the city council", "the
// union's members", an office holder's office ("the president's office"). Apart from bodyPatterns.ts, whose names
// are capitalised.
import * as actorWordsModule from './actorWords';
import type { Candidate, ParaContext } from './actorContext';
import * as actorContextModule from './actorContext';
import * as charsModule from './chars';
// Imported helpers as local constants: under tsx (tests, eval, bench) every use of an import is a getter call.
const { GROUP_HEADS, ORG_HEAD, PORTFOLIO_WORDS, TITLES } = actorWordsModule;
const { isCap, joins, ORG_HEAD_BIT, possessiveBefore } = actorContextModule;
const { LETTERS_WORD_RE, testLong } = charsModule;

/** "the government of Iraq", "the ministry of defence of Iraq": a lower-case head "of" a glossary actor. */
export function lowerCaseHeads(c: ParaContext, out: Candidate[]): void {
  if (!(c.anyBits & ORG_HEAD_BIT)) return;
  for (let i = 0; i < c.toks.length; i++) {
    if (!(c.bits[i] & ORG_HEAD_BIT)) continue;
    // (The three lower-case bodies below share one push: each its own, in a branch that ran rarely, deoptimised
    // lowerCaseHeads on the first run of its branch.)
    if (lowerCaseBody(c, i, out)) continue;
    i = headOfActor(c, i, out);
  }
}

/** The head i "of" a glossary actor or a people ("the government of Iraq"), added to out; the last token taken, or i.
 * (Its own function, called for every head: the first head "of" an actor met deoptimised the optimised lowerCaseHeads.) */
function headOfActor(c: ParaContext, i: number, out: Candidate[]): number {
  const cat = ORG_HEAD.get(c.toks[i].key);
  if (!cat || i + 2 >= c.toks.length || isCap(c.toks[i]) || c.toks[i + 1].key !== 'of' || !joins(c, i) || !joins(c, i + 1)) return i;
  const g = c.gazAt.get(i + 2);
  // ("a group of UN experts", "a team of IAEA inspectors": the head is of the people named after the actor.)
  // ("the government of K.P. Sharma Oli": a person's government is the government, and the person an actor of their own.)
  if (g && g.m.entry.kind === 'actor' && g.m.entry.category !== 'person' && g.m.entry.category !== 'official' && !peopleAfter(c, g.end)) {
    out.push({ start: c.toks[i].start, end: g.m.end, category: cat === 'country' ? 'government' : cat, entity: null, priority: 2 });
    return g.end - 1;
  }
  // "a spokesman for the ministry of defence", "the ministry of foreign affairs": a ministry by its portfolio, lower case.
  const p = portfolioOf(c, i);
  if (p > i) {
    out.push({ start: c.toks[i].start, end: c.toks[p].end, category: 'government', entity: null, priority: 2 });
    return p;
  }
  return peopleOf(c, i, out);
}

/** Whether token k is a lower-case group's noun joined to the name before it ("UN *experts*", "Iraqi *officials*"). */
function peopleAfter(c: ParaContext, k: number): boolean {
  const t = c.toks[k];
  return !!t && joins(c, k - 1) && !isCap(t) && GROUP_HEADS.has(t.key);
}

/** The last token of the lower-case portfolio "of" the ministry or department i after a determiner ("the ministry of
 * defence", "the department of home affairs"), or i. */
function portfolioOf(c: ParaContext, i: number): number {
  const k = c.toks[i].key;
  if ((k !== 'ministry' && k !== 'department') || i === 0 || !joins(c, i - 1) || !MINISTRY_DETERMINERS.has(c.toks[i - 1].key)) return i;
  const t = c.toks[i + 2];
  if (isCap(t) || !PORTFOLIO_WORDS.has(t.key)) return i;
  // ("foreign affairs", "state security": a portfolio of two words.)
  const u = c.toks[i + 3];
  return u && joins(c, i + 2) && !isCap(u) && (u.key === 'affairs' || PORTFOLIO_WORDS.has(u.key)) ? i + 3 : i + 2;
}

/**
 * Adds the lower-case body whose head is token i, if any. (Its own function, called for every head: each of its rare
 * steps, first run after lowerCaseHeads was optimised, threw that code away.)
 */
function lowerCaseBody(c: ParaContext, i: number, out: Candidate[]): boolean {
  let s = -1;
  // "the energy ministry", "Ukraine's infrastructure ministry", "the state elections department": lower case too.
  if ((c.toks[i].key === 'ministry' || c.toks[i].key === 'department') && !isCap(c.toks[i])) s = lowerCaseMinistryStart(c, i);
  // "Kenya's central bank", "the central bank": a state's bank of issue, in lower case ("a central bank" is any).
  if (s < 0 && c.toks[i].key === 'bank' && !isCap(c.toks[i])) s = centralBankStart(c, i);
  // "the city council", "Harlow's town council", "the county board": a lower-case local body.
  if (s < 0 && LOCAL_BODY_HEADS.has(c.toks[i].key) && !isCap(c.toks[i])) s = lowerCaseLocalBodyStart(c, i);
  // "the ombudsman's office", "the prosecutor's office", "the attorney general's office": an officeholder's staff.
  if (s < 0 && c.toks[i].key === 'office' && !isCap(c.toks[i]) && possessiveBefore(c, i)) {
    const o = officeHolderStart(c, i - 2);
    if (o >= 0 && !officeAsPost(c, o)) s = o;
  }
  if (s < 0 && c.toks[i].key === 'union' && !isCap(c.toks[i])) {
    // "the United Auto Workers union", "the Unite union", "the GMB union": a union named by its capitals, then the word.
    const u = namedUnionStart(c, i);
    if (u >= 0) {
      out.push({ start: c.toks[u].start, end: c.toks[i].end, category: 'organization', entity: null, priority: 2 });
      return true;
    }
  }
  if (s < 0) return false;
  out.push({ start: c.toks[s].start, end: c.toks[i].end, category: 'government', entity: null, priority: 1 });
  return true;
}

/** The index of "central" in "the central bank" or "Kenya's central bank" ending at token i; -1 when it is not one. */
function centralBankStart(c: ParaContext, i: number): number {
  const d = i - 1;
  if (d < 1 || c.toks[d].key !== 'central' || isCap(c.toks[d]) || !joins(c, d) || !joins(c, d - 1)) return -1;
  // ("the central bank governor" is the official's, found by the title.)
  const next = c.toks[i + 1];
  if (next && joins(c, i) && !isCap(next) && (GROUP_HEADS.has(next.key) || TITLES.has(next.key))) return -1;
  return (MINISTRY_DETERMINERS.has(c.toks[d - 1].key) && c.toks[d - 1].key !== 'a') || possessiveBefore(c, d) ? d : -1;
}

/**
 * The first of one to four capitalised words right before the lower-case "union" at token i, after "the" or "a", that
 * no glossary name covers ("the *United Auto Workers* union", "the *Unite* union"); -1 when there are none, or when
 * another noun follows ("the Unite union leader" is the official's, found by the title).
 */
function namedUnionStart(c: ParaContext, i: number): number {
  const next = c.toks[i + 1];
  if (next && joins(c, i) && !isCap(next) && (GROUP_HEADS.has(next.key) || TITLES.has(next.key) || UNION_NOUN_AFTER.has(next.key))) return -1;
  let s = i;
  while (s > 0 && i - s < 4 && joins(c, s - 1) && isCap(c.toks[s - 1]) && !c.gazAt.has(s - 1) && !c.sentenceStart[s - 1] && LETTERS_WORD_RE.test(c.toks[s - 1].text)) s--;
  if (s === i || s === 0 || !joins(c, s - 1)) return -1;
  const d = c.toks[s - 1].key;
  return d === 'the' || d === 'a' ? s : -1;
}
/** Nouns after "union" that make it a modifier ("the Unite union branch", "a Unison union meeting"). */
const UNION_NOUN_AFTER = new Set('branch|branches|meeting|meetings|rep|reps|representative|representatives|ballot|card|dues|office|offices|membership'.split('|'));

/**
 * "the people of Mosul" at token i: the inhabitants of a place act as a group; returns the index of its last token
 * (i where there is none). (Called on the common path and tested inside: the rare branch, first run after
 * lowerCaseHeads was optimised, threw its code away.)
 */
function peopleOf(c: ParaContext, i: number, out: Candidate[]): number {
  if (!(c.toks[i].key === 'people' && isCap(c.toks[i + 2]))) return i;
  let e = i + 3;
  while (e < c.toks.length && e - i < 6 && joins(c, e - 1) && isCap(c.toks[e])) e++;
  out.push({ start: c.toks[i].start, end: c.toks[e - 1].end, category: 'group', entity: null, priority: 2 });
  return e - 1;
}

/**
 * The first of the one or two lower-case words that name a ministry's or a department's portfolio before it, after a
 * determiner or a possessor ("the *finance* ministry", "Kyiv's *infrastructure* ministry", "the *state elections*
 * department"); -1 when there are none, or when another noun follows ("the health ministry spokesman" is the
 * official's, found by the title).
 */
function lowerCaseMinistryStart(c: ParaContext, i: number): number {
  const next = c.toks[i + 1];
  if (next && joins(c, i) && !isCap(next) && (GROUP_HEADS.has(next.key) || TITLES.has(next.key))) return -1;
  let s = i;
  while (s > 0 && i - s < 2 && joins(c, s - 1) && !isCap(c.toks[s - 1]) && testLong(LOWER_WORD_RE, c.toks[s - 1].text) && !MINISTRY_STOP.has(c.toks[s - 1].key)) s--;
  if (s === i || s === 0 || !joins(c, s - 1)) return -1;
  return MINISTRY_DETERMINERS.has(c.toks[s - 1].key) || possessiveBefore(c, s) ? s : -1;
}
const LOWER_WORD_RE = /^[a-z][a-z-]+$/;

/**
 * The first token of a local body's level before its lower-case head, after a determiner or a possessor ("the *city*
 * council", "Harlow's *town* council", "the *county* board", "the *school* board"); -1 when there is no such level, or
 * when another noun follows ("the city council member" is the official's, found by the title).
 */
function lowerCaseLocalBodyStart(c: ParaContext, i: number): number {
  const next = c.toks[i + 1];
  if (next && joins(c, i) && !isCap(next) && (GROUP_HEADS.has(next.key) || TITLES.has(next.key) || AFTER_LOCAL_BODY.has(next.key))) return -1;
  const s = i - 1;
  if (s < 1 || !joins(c, s) || !joins(c, s - 1) || isCap(c.toks[s]) || !LOCAL_LEVELS.has(c.toks[s].key)) return -1;
  return MINISTRY_DETERMINERS.has(c.toks[s - 1].key) || possessiveBefore(c, s) ? s : -1;
}
/** Nouns after a local body that make it a member's title or a thing of the body's ("the city council member", "the county board race"). */
const AFTER_LOCAL_BODY = new Set('member|members|chair|chairman|chairwoman|chairperson|president|seat|seats|candidate|candidates|race|election|elections|district|districts'.split('|'));
/** Heads of a local body ("city council", "county board", "county commission"). */
const LOCAL_BODY_HEADS = new Set(['council', 'board', 'commission']);
/** The levels of local government that name a body before its head. */
const LOCAL_LEVELS = new Set('city|town|county|borough|parish|district|municipal|village|township|regional|provincial|school|metropolitan|local'.split('|'));

/**
 * The first token of the officeholder's title of one or two words ending at token k, before "'s office" ("the
 * *ombudsman*'s office", "the *attorney general*'s office"), or -1 (a name, "Smith's office", is no title; and an office
 * followed by another noun, "the mayor's office spokesman", is that person's).
 */
function officeHolderStart(c: ParaContext, k: number): number {
  const i = k + 2;
  const next = c.toks[i + 1];
  if (next && joins(c, i) && !isCap(next) && (GROUP_HEADS.has(next.key) || TITLES.has(next.key))) return -1;
  if (k >= 1 && joins(c, k - 1) && OFFICE_HOLDERS.has(`${c.toks[k - 1].key} ${c.toks[k].key}`)) return k - 1;
  return OFFICE_HOLDERS.has(c.toks[k].key) ? k : -1;
}
/**
 * Whether the officeholder's office whose title starts at token s is the post or the room, not the staff: after a verb
 * of winning, holding or leaving it, or "in"/"into" ("she left the governor's office in 2020", "he ran for the
 * mayor's office", "aides in the governor's office"); "the governor's office said" stays the staff.
 */
function officeAsPost(c: ParaContext, s: number): boolean {
  let k = s - 1;
  if (k >= 0 && OFFICE_POST_DETERMINERS.has(c.toks[k].key) && joins(c, k)) k--;
  if (k < 0 || !joins(c, k)) return false;
  const key = c.toks[k].key;
  if (key === 'for') return k >= 1 && joins(c, k - 1) && RUN_FOR.has(c.toks[k - 1].key);
  return OFFICE_POST_WORDS.has(key);
}
const OFFICE_POST_DETERMINERS = new Set(['the', 'his', 'her', 'their']);
/** Verbs (and prepositions) before an office that make it a post won, held or left, or a room. */
const OFFICE_POST_WORDS = new Set(
  ('left|leave|leaves|leaving|entered|enter|enters|entering|took|take|takes|taking|won|win|wins|winning|held|hold|holds|' +
    'holding|assumed|assume|assumes|assuming|sought|seek|seeks|seeking|vacated|vacate|occupied|occupy|occupies|lost|' +
    'lose|loses|losing|in|into|inside').split('|'),
);
const RUN_FOR = new Set(['ran', 'run', 'runs', 'running']);
/** Officeholders whose office acts for them ("the prosecutor's office said"). */
const OFFICE_HOLDERS = new Set(
  ('ombudsman|ombudsperson|prosecutor|attorney general|district attorney|state attorney|us attorney|public prosecutor|mayor|governor|' +
    'president|prime minister|chancellor|premier|auditor|auditor general|comptroller|coroner|sheriff|inspector general|' +
    'public defender|high commissioner|secretary general|secretary-general|speaker|registrar|special counsel|' +
    'prosecutor general|solicitor general|vice president|first minister|chief minister').split('|'),
);
const MINISTRY_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'a', 'this', 'that', 'whose']);
/** Words before "ministry" that are no portfolio: determiners, function words, verbs of its clause. */
const MINISTRY_STOP = new Set('the|a|an|its|their|his|her|our|this|that|whose|of|and|or|to|in|on|for|by|with|from|at|as|is|was|are|were|be|been|said|says|whole|entire|same|other|any|each|every|no|which|who|every|own'.split('|'));
