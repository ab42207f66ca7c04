// The acronyms a document defines, paragraph by paragraph: what each definition means (its long form made one mention,
// or no body at all), and its later uses found again as mentions of that actor or agreement. Apart from actors.ts,
// which runs these steps in each paragraph; acronyms.ts finds the definitions themselves.
import type { ActorAnnotation, ActorCategory, Span } from './types';
import type { Gazetteer } from './gazetteer';
import type { GlossaryEntry } from './glossaryTypes';
import type { Token } from './tokens';
import * as tokensModule from './tokens';
import * as actorContextModule from './actorContext';
import type { AcronymMeaning, findAcronymDefinitions } from './acronyms';
import { ORG_HEAD, ORG_SUFFIX } from './actorWords';
import { firstStartingFrom, removeWhere, sortByStart } from './order';
import type { ParaWork } from './paraWork';
import * as paraWorkModule from './paraWork';
// Imported helpers as local constants: under tsx (tests, eval, bench) every use of an import is a getter call.
const { SHAPE_NON_ASCII, SHAPE_TWO_CAPS } = tokensModule;
const { actorMention, agreementMention } = actorContextModule;
const { isTaken, mark } = paraWorkModule;

/** The mentions of acronyms defined in earlier paragraphs. */
export function definedAcronymMentions(w: ParaWork): void {
  const { c, doc, agreementCands, actorCands } = w;
  // (The tests in here, not around the call: a call first made after collectCandidates was optimised threw its code away.)
  if (!doc.acronyms.size) return;
  const toks = c.toks;
  const acronymish = acronymTokens(w);
  for (let k = 0; k < acronymish.length; k++) {
    const i = acronymish[k];
    const a = doc.acronyms.get(toks[i].text);
    if (!a) continue;
    if (a.kind === 'agreement') agreementCands.push({ start: toks[i].start, end: toks[i].end, entity: a.entity, priority: 5 });
    else actorCands.push({ start: toks[i].start, end: toks[i].end, category: a.category, entity: a.entity, priority: 5 });
  }
}

/**
 * Takes in the acronyms the paragraph defines. (Its own function, called for every paragraph: the loop's body, first
 * run after choose was optimised, threw its code away.)
 */
export function takeDefinitions(w: ParaWork, definitions: ReturnType<typeof findAcronymDefinitions>): void {
  const { doc, actors } = w;
  let noBody: Set<string> | null = null;
  for (const d of definitions) {
    const meaning = d.longForm ? longFormMention(w, d.longForm) : d.meaning;
    if (meaning) doc.acronyms.set(d.acronym, meaning);
    else if (d.longForm && meaning === null) continue;
    else {
      doc.notActorAcronyms.add(d.acronym.toLowerCase());
      (noBody ??= new Set()).add(d.acronym);
    }
  }
  if (noBody) {
    let n = 0;
    for (let k = 0; k < actors.length; k++) if (!(noBody.has(actors[k].text) && !actors[k].entity)) actors[n++] = actors[k];
    actors.length = n;
  }
}

/**
 * Makes the words an acronym spells one mention ("the UN Support Mission in Libya (UNSMIL)"), in place of the
 * mentions inside them; it keeps the kind of the one it starts with unless that is a country ("Libya" is only
 * where the mission works). Nothing changes where a mention or an agreement crosses its edges, or where the
 * words are only countries ("Iraq and Syria (IS)"). False where the words name a thing, not a body: then the acronym
 * is no actor either.
 */
function longFormMention(w: ParaWork, span: { start: number; end: number }): AcronymMeaning | null | false {
  const { actors, agreements } = w;
  const crosses = (a: { start: number; end: number }) => a.start < span.end && a.end > span.start && (a.start < span.start || a.end > span.end);
  // (The paragraph's agreements are sorted and disjoint too: only the one before the span's start or the first from it
  // can touch it.)
  const g = firstStartingFrom(agreements, span.start);
  if ((g > 0 && agreements[g - 1].end > span.start) || (g < agreements.length && agreements[g].start < span.end)) return null;
  // The paragraph's actors are sorted and disjoint: those touching the span are one run, found by binary search
  // (a paragraph of many definitions read all its actors for each).
  let lo = firstStartingFrom(actors, span.start);
  if (lo > 0 && actors[lo - 1].end > span.start) lo--;
  let hi = lo;
  let countries = 0;
  let others = 0;
  for (; hi < actors.length && actors[hi].start < span.end; hi++) {
    const a = actors[hi];
    if (crosses(a)) return null;
    if (a.category === 'country') countries++;
    else others++;
  }
  if (countries && !others) return null;
  // Words that name no body: "Gross Domestic Product (GDP)", "Executive Order (E.O.)", "the International Emergency
  // Economic Powers Act (IEEPA)". Without a mention inside, the long form is a body only by a word that names one.
  if (hi === lo && !namesABody(w.c.text.slice(span.start, span.end))) return false;
  const first = actors[lo];
  const category: ActorCategory = hi > lo && first.start === span.start && first.category !== 'country' ? first.category : 'organization';
  actors.splice(lo, hi - lo, actorMention(span.start, span.end, w.c.text.slice(span.start, span.end), category, null));
  return { kind: 'actor', category, entity: null, long: undefined };
}

/** Whether a word of a capitalised name is one that makes a body ("Mission", "Units", "Council", "Front"). */
function namesABody(name: string): boolean {
  for (const word of name.split(/[\s\u2010-]+/)) {
    const key = word.toLowerCase();
    if (ORG_SUFFIX.has(key) || ORG_HEAD.has(key)) return true;
  }
  return false;
}

/**
 * overlapsAny(list as it is now, span) for spans asked in order of start and end: the list is sorted once and read
 * once in all, keeping the furthest end of those that start before the span ends.
 */
function overlapReader(list: readonly Span[]): (span: Span) => boolean {
  const sorted = sortByStart(list.slice());
  let k = 0;
  let reach = -Infinity;
  return (span) => {
    for (; k < sorted.length && sorted[k].start < span.end; k++) if (sorted[k].end > reach) reach = sorted[k].end;
    return reach > span.start;
  };
}
/** Occurrences of acronyms defined earlier in this paragraph that the candidates missed. */
export function addDefinedAcronyms(w: ParaWork, gazetteer: Gazetteer): void {
  const { c, doc, actors, agreements } = w;
  if (!doc.acronyms.size) return;
  // (Read in one pass each: a paragraph of thousands of an acronym once spliced each guess out of the list, and
  // looked through all its actors for each, rebuilding this map every time. An actor dropped or added here spans one
  // token, so it neither overlaps another token nor starts where one does: the map and the overlaps are those of
  // the paragraph's actors as they came.)
  let byStart: Map<number, number> | null = null;
  let overlapsActor: ((span: Span) => boolean) | null = null;
  let dropped: Set<ActorAnnotation> | null = null;
  const acronymish = acronymTokens(w);
  for (let n = 0; n < acronymish.length; n++) {
    const t = c.toks[acronymish[n]];
    const a = doc.acronyms.get(t.text);
    if (!a) continue;
    byStart ??= new Map(actors.map((x, k) => [x.start, k] as const));
    const at = byStart.get(t.start);
    const same = at !== undefined && actors[at].end === t.end ? at : -1;
    if (same >= 0) {
      const r = actors[same];
      if (a.kind === 'actor') {
        // ("The Asian Football Confederation (AFC)": a body the glossary does not know, whose initials the glossary
        // gives to another one, Alliance Fleuve Congo, is no mention of that one.)
        const entity = a.entity ?? (a.long !== undefined && r.entity !== null && !sharesNameWord(a.long, gazetteer.entry(r.entity)) ? null : r.entity);
        actors[same] = actorMention(r.start, r.end, r.text, a.category, entity);
        continue;
      }
      // Defined here as an agreement ("the Baghdad Water Agreement (BWA)"): a pattern's guess that the acronym is
      // an organisation gives way to it; an actor the glossary knows stays.
      if (r.entity) continue;
      (dropped ??= new Set()).add(r);
    } else if (isTaken(w, t) || (overlapsActor ??= overlapReader(actors))(t)) {
      // Inside a longer mention ("NPU fighters"): that one stands.
      continue;
    }
    mark(w, t);
    if (a.kind === 'agreement') agreements.push(agreementMention(t.start, t.end, t.text, a.entity, null));
    else actors.push(actorMention(t.start, t.end, t.text, a.category, a.entity));
  }
  if (dropped) removeWhere(actors, (x) => dropped!.has(x));
}

/** Whether a long form shares a word of four letters or more with a glossary entry's label or aliases. */
function sharesNameWord(long: string, entry: GlossaryEntry | undefined): boolean {
  if (!entry) return true;
  const words = long.toLowerCase().match(/\p{L}{4,}/gu);
  if (!words) return false;
  const names = [entry.label, ...(entry.aliases ?? [])].join(' ').toLowerCase();
  for (const w of words) if (names.includes(w)) return true;
  return false;
}

/** The paragraph's tokens that may be a defined acronym, found once for the two passes that look them up. */
function acronymTokens(w: ParaWork): number[] {
  if (!w.acronymish) {
    const toks = w.c.toks;
    w.acronymish = [];
    for (let i = 0; i < toks.length; i++) if (maybeAcronym(toks[i])) w.acronymish.push(i);
  }
  return w.acronymish;
}

/** Whether a word may be a defined acronym (see findAcronymDefinitions: all capitals, or a capital, then
 * another one later): an ASCII word needs two capitals. Saves a map lookup for nearly every word. (Read from the
 * token's shape, noted while it was scanned.) */
function maybeAcronym(t: Token): boolean {
  return (t.shape & (SHAPE_NON_ASCII | SHAPE_TWO_CAPS)) !== 0;
}
