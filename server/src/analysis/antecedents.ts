// What a paragraph refers back to once its mentions are chosen: definite descriptions ("the agreement", "the
// alliance") resolved to earlier mentions, and agreements named again by their parties ("the UN deal") or by a short
// name ("the Juba agreement"), within a window of the document's last mentions. Apart from actors.ts, which runs it
// as each paragraph's last step.
import type { ActorAnnotation, AgreementAnnotation, Span } from './types';
import type { Gazetteer } from './gazetteer';
import type { GlossaryEntry } from './glossaryTypes';
import type { ParaContext } from './actorContext';
import { firstStartingFrom, sortByStart, sortShort } from './order';
import { isAsciiUpperCode, isSpaceCode, lazyRegExp } from './chars';
import * as actorContextModule from './actorContext';
import * as coreferenceModule from './coreference';
import * as actorCoreferenceModule from './actorCoreference';
import type { DocState, ParaWork } from './paraWork';
import * as paraWorkModule from './paraWork';
// Imported helpers as local constants: under tsx (tests, eval, bench) every use of an import is a getter call.
const { actorMention } = actorContextModule;
const { agreementAnaphors, resolveAgreements } = coreferenceModule;
const { resolveActors } = actorCoreferenceModule;
const { addUntaken, mark } = paraWorkModule;

/** Whether a is a country's or a seat's name right before "-based" ("Strasbourg-based"), where something is. */
function seatBeforeBased(text: string, a: ActorAnnotation): boolean {
  return a.category === 'country' && text.charCodeAt(a.end) === 45 && text.startsWith('-based', a.end);
}

/** How many earlier mentions a definite description may look back over (keeps the pass linear). */
const ANTECEDENT_WINDOW = 200;

/** Definite descriptions ("the agreement", "the alliance") resolved to earlier mentions. */
export function referBack(w: ParaWork, gazetteer: Gazetteer): void {
  const { c, doc, agreements, actors } = w;
  const text = c.text;
  // Definite descriptions refer back to what came before, in this paragraph or earlier ones.
  // ("The Strasbourg-based court": a seat before "-based", which the document's pass drops as no actor, leaves the
  // description whole.)
  for (let k = 0; k < actors.length; k++) if (!seatBeforeBased(text, actors[k])) mark(w, actors[k]);
  // Earlier paragraphs come first in doc lists; only the recent past is searched for antecedents.
  sortShort(agreements, byStartOnly);
  partyNamedAgreements(w, gazetteer);
  shortNamedAgreements(w);
  describedOnly(agreements);
  const descriptions = agreementAnaphors(c);
  const named = agreementsBefore(doc, agreements, descriptions.length > 0);
  addUntaken(w, resolveAgreements(descriptions, named, text, (id) => gazetteer.entry(id)?.category, (id) => gazetteer.entry(id)?.signed, (start, end) => knownAsAgreement(text, agreements, end) ?? partiesDescribedAgreement(w, start, end, gazetteer)), agreements);
  // In order again: later paragraphs look back through this list from its end for the nearest mention, and an
  // agreement found here by its description ("a draft framework") must not seem nearer than a name after it.
  if (descriptions.length) sortShort(agreements, byStartOnly);
  // Glossary actors inside longer mentions ("NATO" in "NATO ministers") can still be referred back to.
  let chosen: Map<number, number> | null = null;
  for (let k = 0; k < w.actorCands.length; k++) {
    const a = w.actorCands[k];
    if (!a.entity || a.priority !== 4) continue;
    if (!chosen) {
      chosen = new Map();
      for (let j = 0; j < actors.length; j++) chosen.set(actors[j].start, actors[j].end);
    }
    if (chosen.get(a.start) !== a.end) {
      doc.inner.push(actorMention(a.start, a.end, text.slice(a.start, a.end), a.category, a.entity));
    }
  }
  // Only the last ANTECEDENT_WINDOW are ever read; trimmed often, so that the trim is no rare path for the JIT.
  trimInner(doc);
  // (An inline callback: the earlier mentions are gathered only when a description needs them.)
  const resolved = resolveActors(c, () => earlierMentions(doc, actors), gazetteer, doc.companies);
  // A description that also reads as a generic actor ("the coalition") takes the entity it refers to. (The actors are
  // found by start: a paragraph of thousands of descriptions once looked through all its actors for each.)
  let byStart: Map<number, number[]> | null = null;
  for (let k = 0; k < resolved.length; k++) {
    const r = resolved[k];
    byStart ??= indexByStart(actors);
    const same = unnamedSpan(actors, byStart.get(r.start), r);
    if (same >= 0) actors[same] = r;
    // ("The New York-based group": a generic actor read without its "The" takes the entity and the category it refers to.)
    else if (r.entity && r.text.length > 4 && (r.text.startsWith('The ') || r.text.startsWith('the '))) {
      const inner = unnamedSpan(actors, byStart.get(r.start + 4), r);
      if (inner >= 0) actors[inner] = actorMention(actors[inner].start, actors[inner].end, actors[inner].text, r.category, r.entity);
    }
    // ("Nissan said ... The Japanese carmaker said", "The largest U.S. lender": a country's name or people's adjective
    // inside a company's description says where the company is from, no act of the country: the description, linked,
    // is the mention.)
    // (The actors' index by start is made again after that: the mentions after those dropped have moved.)
    // ("Germany's biggest carmaker": so is the country's possessive that opens it.)
    if (r.entity && r.category === 'organization' && (r.text.startsWith('The ') || r.text.startsWith('the ') || POSSESSIVE_INSIDE_RE().test(r.text)) && dropCountriesInside(w, r)) byStart = null;
  }
  addUntaken(w, resolved, actors);
}
/** Drops the countries' mentions inside r, a description that opens with "the", when they are all the mentions it
 * overlaps, and frees their text; whether it dropped any. */
function dropCountriesInside(w: ParaWork, r: ActorAnnotation): boolean {
  const { actors } = w;
  let any = false;
  for (let k = 0; k < actors.length; k++) {
    const a = actors[k];
    if (a.end <= r.start || a.start >= r.end) continue;
    if (a.category !== 'country' || (a.start <= r.start && !(a.start === r.start && isApostropheCode(w.c.text.charCodeAt(a.end)))) || a.end >= r.end) return false;
    any = true;
  }
  if (!any) return false;
  for (let k = actors.length - 1; k >= 0; k--) {
    const a = actors[k];
    if (a.end <= r.start || a.start >= r.end) continue;
    w.taken.fill(0, a.start - w.start, a.end - w.start);
    actors.splice(k, 1);
  }
  return true;
}
/** A possessive inside a description: "Germany's biggest carmaker". */
const POSSESSIVE_INSIDE_RE = lazyRegExp(() => /^[\p{Lu}][\p{L} .-]*['\u2019]s\s/u);
/** Whether a UTF-16 code is an apostrophe, straight or curly. */
function isApostropheCode(code: number): boolean {
  return code === 39 || code === 0x2019;
}
/** The indices of the list's items by their start, each in increasing order. */
function indexByStart(list: readonly Span[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (let k = 0; k < list.length; k++) {
    const at = out.get(list[k].start);
    if (at) at.push(k);
    else out.set(list[k].start, [k]);
  }
  return out;
}
/** The first of the actors at these indices that spans just what `span` does and has no entity, or -1. */
function unnamedSpan(actors: readonly ActorAnnotation[], at: number[] | undefined, span: Span): number {
  if (at) for (let j = 0; j < at.length; j++) if (actors[at[j]].end === span.end && !actors[at[j]].entity) return at[j];
  return -1;
}

// (These two are called on every paragraph and test inside: each test's rare side, first run after referBack was
// optimised, threw its code away.)
/** The document's last agreements and the paragraph's, where descriptions need them (an empty list otherwise). */
function agreementsBefore(doc: DocState, agreements: AgreementAnnotation[], needed: boolean): AgreementAnnotation[] {
  return needed ? [...doc.agreements.slice(-ANTECEDENT_WINDOW), ...agreements] : [];
}
/** Drops the inner mentions no antecedent window reaches. */
function trimInner(doc: DocState): void {
  if (doc.inner.length > ANTECEDENT_WINDOW + 16) doc.inner.splice(0, doc.inner.length - ANTECEDENT_WINDOW);
}
/**
 * "the UN deal", "the Russia-Ukraine agreement" after "the Black Sea Grain Initiative": an agreement named only by its
 * parties and a general head is the nearest earlier glossary agreement whose parties include them all.
 */
function partyNamedAgreements(w: ParaWork, gazetteer: Gazetteer): void {
  const { c, doc, agreements } = w;
  for (let j = 0; j < agreements.length; j++) {
    const g = agreements[j];
    if (g.entity || g.unnamed || !PARTY_NAMED_HEAD_RE.test(g.text)) continue;
    const parties: string[] = [];
    for (let k = firstStartingFrom(c.toks, g.start); k < c.toks.length && c.toks[k].start < g.end; k++) {
      const m = c.gazAt.get(k)?.m;
      if (m && m.entry.kind === 'actor' && m.end <= g.end) parties.push(m.entry.id);
    }
    if (!parties.length) continue;
    // The paragraph's earlier agreements (its last ANTECEDENT_WINDOW: a paragraph of thousands of "the UN deal" once
    // read back over all of them from each), then the document's last ones.
    const e = partiesAgreement(agreements, Math.max(0, j - ANTECEDENT_WINDOW), j, parties, gazetteer) ?? partiesAgreement(doc.agreements, Math.max(0, doc.agreements.length - ANTECEDENT_WINDOW), doc.agreements.length, parties, gazetteer);
    if (e) g.entity = e;
  }
}
/**
 * "The Juba Peace Agreement ... did not sign the Juba agreement": a name's first capitalised words and a general head in
 * lower case are that agreement again, named before (the nearest one whose name opens with those words).
 */
function shortNamedAgreements(w: ParaWork): void {
  const { doc, agreements } = w;
  for (let j = 0; j < agreements.length; j++) {
    const g = agreements[j];
    if (g.unnamed || g.antecedent) continue;
    const m = SHORT_NAME_RE().exec(g.text);
    // ("the Doha deal on gas", "a Doha deal reached in May": what follows makes it another.)
    if (!m || NEW_AFTER_SHORT_NAME_RE.test(w.c.text.slice(g.end, g.end + 16))) continue;
    const prefix = m[1];
    const n = longNameOpening(agreements, Math.max(0, j - ANTECEDENT_WINDOW), j, prefix, g) ?? longNameOpening(doc.agreements, Math.max(0, doc.agreements.length - ANTECEDENT_WINDOW), doc.agreements.length, prefix, g);
    if (!n) continue;
    g.antecedent = { start: n.start, end: n.end, text: n.text };
    g.entity ??= n.entity;
  }
}
const NEW_AFTER_SHORT_NAME_RE = /^\s+(?:on|to|for|over|covering|with|between|reached|signed|struck|agreed|brokered)\b/;
/** Capitalised words, then a general head in lower case: "Juba agreement", "Kuala Lumpur accord". */
const SHORT_NAME_RE = lazyRegExp(() => /^(\p{Lu}[\p{L}'\u2019-]*(?: \p{Lu}[\p{L}'\u2019-]*){0,2}) (?:agreement|accord|deal|pact|treaty)$/u);
/** The last agreement in list[from, to), before g and named, whose name opens with prefix and goes on. */
function longNameOpening(list: AgreementAnnotation[], from: number, to: number, prefix: string, g: AgreementAnnotation): AgreementAnnotation | null {
  for (let k = to - 1; k >= from; k--) {
    const n = list[k];
    if (n.end > g.start || n.antecedent || n.unnamed) continue;
    // ("the 2020 Juba Peace Agreement": a year before the name too.)
    const t = n.text.replace(/^(?:19|20)\d\d /, '');
    if (t.length > prefix.length + 1 && t.startsWith(prefix) && t.charCodeAt(prefix.length) === 32 && t !== g.text) return n;
  }
  return null;
}

/**
 * The agreement an unnamed one ending at `end` is then called by its name, in the same sentence: "a grain export deal
 * brokered by Turkey in July 2022, known as the Black Sea Grain Initiative" is that initiative. (agreements: the
 * paragraph's, sorted by start.)
 */
function knownAsAgreement(text: string, agreements: readonly AgreementAnnotation[], end: number): string | null {
  const k = firstStartingFrom(agreements, end);
  if (k >= agreements.length) return null;
  const named = agreements[k];
  if (named.entity === null || named.start - end > KNOWN_AS_REACH) return null;
  return KNOWN_AS_BETWEEN_RE.test(text.slice(end, named.start)) ? named.entity : null;
}
/** How far after an unnamed agreement its name may follow. */
const KNOWN_AS_REACH = 160;
/** What stands between an agreement and its name: an aside, then "known as", "dubbed" or "called". */
const KNOWN_AS_BETWEEN_RE = /^(?:[^.;:!?\n]*?,)?\s+(?:(?:formally|officially|commonly|widely|also|now|later|better)\s+)?(?:known\s+as|referred\s+to\s+as|dubbed|called|named)\s+(?:the\s+)?["\u201c]?$/;
/**
 * "The European Union and Mercosur signed a free trade agreement": an agreement described (text[start, end), opened by
 * "a", "an" or a possessor) in a sentence that names all the parties of a glossary agreement before it, and that the
 * glossary names as those parties and these very words ("EU-Mercosur free trade agreement"), is that agreement; the
 * only one such, else none ("Russia and the United States signed a treaty" fits eight).
 */
function partiesDescribedAgreement(w: ParaWork, start: number, end: number, gazetteer: Gazetteer): string | null {
  const { c, actors } = w;
  const present = new Set<string>();
  const from = sentenceStartBefore(c, start);
  for (let k = 0; k < actors.length; k++) {
    const a = actors[k];
    if (a.entity && a.start >= from && a.end <= start) present.add(a.entity);
  }
  if (present.size < 2) return null;
  const words = ` ${c.text.slice(start, end).toLowerCase().replace(OPENING_RE, '')}`;
  let found: string | null = null;
  for (const id of present) {
    const candidates = agreementsOfParty(gazetteer).get(id);
    if (!candidates) continue;
    for (const e of candidates) {
      if (e.id === found || !e.parties!.every((p) => present.has(p)) || !namedAsPartiesAnd(e, words)) continue;
      if (found) return null;
      found = e.id;
    }
  }
  return found;
}
/** A description's opening word: "a", "an", "the", a possessive pronoun. */
const OPENING_RE = /^(?:a|an|the|its|their|his|her|our)\s+/;
/** Whether a name of e is its parties' compound ("EU-Mercosur", "U.S.-Iraq") and then `words` (" free trade agreement"). */
function namedAsPartiesAnd(e: GlossaryEntry, words: string): boolean {
  const names = [e.label, ...(e.aliases ?? [])];
  for (let i = 0; i < names.length; i++) {
    const n = names[i].toLowerCase();
    if (n.length > words.length && n.endsWith(words) && PARTIES_COMPOUND_RE.test(n.slice(0, n.length - words.length))) return true;
  }
  return false;
}
const PARTIES_COMPOUND_RE = /^[^\s-]+(?:-[^\s-]+)+$/;
/** Where the sentence holding text position `at` starts (its paragraph's start at the latest). */
function sentenceStartBefore(c: ParaContext, at: number): number {
  for (let k = firstStartingFrom(c.toks, at) - 1; k >= 0; k--) if (c.sentenceStart[k]) return c.toks[k].start;
  return 0;
}
/** The glossary's agreements by each of their parties, made once for a glossary. */
const partyIndex = new WeakMap<Gazetteer, Map<string, GlossaryEntry[]>>();
function agreementsOfParty(gazetteer: Gazetteer): Map<string, GlossaryEntry[]> {
  let index = partyIndex.get(gazetteer);
  if (!index) {
    index = new Map();
    for (const e of gazetteer.data.entries) {
      if (e.kind !== 'agreement' || !e.parties || e.parties.length < 2) continue;
      for (const p of e.parties) {
        const list = index.get(p);
        if (list) list.push(e);
        else index.set(p, [e]);
      }
    }
    partyIndex.set(gazetteer, index);
  }
  return index;
}

/** The entity of the last agreement in list[from, to) whose glossary parties include all of `parties`, or null. */
function partiesAgreement(list: AgreementAnnotation[], from: number, to: number, parties: string[], gazetteer: Gazetteer): string | null {
  for (let k = to - 1; k >= from; k--) {
    const e = list[k].entity;
    const of = e ? gazetteer.entry(e)?.parties : undefined;
    if (of && parties.every((p) => of.includes(p))) return e!;
  }
  return null;
}
/**
 * "the Warsaw gas deal", "a Sudan peace agreement": one capitalised word, then what the agreement is about in lower
 * case and a general head, is a description, not a name (unless the glossary knows it, or its parties named it).
 */
function describedOnly(agreements: AgreementAnnotation[]): void {
  for (let j = 0; j < agreements.length; j++) {
    const g = agreements[j];
    if (!g.entity && !g.unnamed && !g.antecedent && mayDescribeByTopic(g.text) && DESCRIBED_BY_TOPIC_RE().test(g.text)) g.unnamed = true;
  }
}
/**
 * Whether a text may be a DESCRIBED_BY_TOPIC_RE match: each ends in one of its heads, and after its first blank holds
 * only blanks and lower-case letters (so no capital A-Z), with a blank before its head too (three words at least).
 */
function mayDescribeByTopic(t: string): boolean {
  if (!(t.endsWith('deal') || t.endsWith('agreement') || t.endsWith('pact') || t.endsWith('accord'))) return false;
  let i = 0;
  while (i < t.length && !isSpaceCode(t.charCodeAt(i))) i++;
  let blanks = 0;
  for (; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (isAsciiUpperCode(c)) return false;
    if (isSpaceCode(c)) blanks++;
  }
  return blanks >= 2;
}
const DESCRIBED_BY_TOPIC_RE = lazyRegExp(() => /^\p{Lu}[\p{L}.]*\s+(?:\p{Ll}+\s+){1,3}(?:deal|agreement|pact|accord)$/u);

/** General heads that an agreement named by its parties ends in. */
const PARTY_NAMED_HEAD_RE = /\b(?:deal|agreement|accord|pact)$/;

/**
 * The mentions a description of the paragraph may refer back to: the document's last ANTECEDENT_WINDOW actors and
 * inner mentions, then the paragraph's actors, in order of start (those of one start in that order).
 */
function earlierMentions(doc: DocState, actors: ActorAnnotation[]): ActorAnnotation[] {
  const out: ActorAnnotation[] = [];
  for (let k = Math.max(0, doc.actors.length - ANTECEDENT_WINDOW); k < doc.actors.length; k++) out.push(doc.actors[k]);
  for (let k = Math.max(0, doc.inner.length - ANTECEDENT_WINDOW); k < doc.inner.length; k++) out.push(doc.inner[k]);
  for (let k = 0; k < actors.length; k++) out.push(actors[k]);
  return sortByStart(out);
}

export function byStartOnly(a: { start: number }, b: { start: number }): number {
  return a.start - b.start;
}
