// The surnames of the people an article names, and the glossary entries they link: "Jens-Frederik Nielsen ... Nielsen
// said" is the glossary's Nielsen, unless a second person of that name is named in full; a person titled with another
// country than the entry's is someone else. Apart from actors.ts because choose asks these after each pick.
import type { ActorCategory } from './types';
import type { Gazetteer } from './gazetteer';
import { firstStartingFrom } from './order';
import type { Candidate, ParaContext } from './actorContext';
import type { DocState, SurnameLink } from './paraWork';
import * as personPatternsModule from './personPatterns';

const { FAMILY_FIRST } = personPatternsModule;

/** The priority of a glossary match among the candidates. */
export const GLOSSARY_PRIORITY = 4;

/** What a surname of a pick of `length` characters names alone later: an official's stays an official's, the whole name of
 * a body the body ("Ambrey"), any other a person. (Its own function: the body's case, first met after choose was
 * optimised, threw its code away.) */
export function surnameCategory(category: ActorCategory, length: number, surname: string): ActorCategory {
  return category === 'official' ? 'official' : category === 'organization' && length === surname.length ? 'organization' : 'person';
}

/** Whether a surname can name its person alone later: three letters or more, or a family name that comes first ("Xi"). */
export function usableSurname(key: string | undefined): key is string {
  return !!key && (key.length > 2 || FAMILY_FIRST.has(key));
}

/**
 * "Datuk Seri Anwar Ibrahim ... Anwar said", "Chinese Foreign Minister Wang Yi ... Wang said": a person named by one
 * surname alone is the glossary's person named by it before in the document, where only one was.
 */
export function surnameLink(doc: DocState, a: Candidate, length: number): SurnameLink | null {
  if ((a.category !== 'person' && a.category !== 'official') || !a.surname || a.surname.length !== length) return null;
  return doc.surnameEntities.get(a.surname) ?? null;
}
/** Whether a person's mention opens with a country's name or adjective ("Colombian Defense Minister ...") that the
 * description of the glossary entry it links to names nowhere, by the country's name or any of its other names. */
export function otherCountryTitle(c: ParaContext, a: Candidate, entity: string, gazetteer: Gazetteer): boolean {
  const k = firstStartingFrom(c.toks, a.start);
  const g = c.gazAt.get(k);
  if (!g || g.m.start !== a.start || g.m.entry.category !== 'country' || g.m.end >= a.end) return false;
  const person = gazetteer.entry(entity);
  const description = person?.kind === 'actor' ? person.description : undefined;
  if (!description) return false;
  const country = g.m.entry;
  if (description.includes(country.label)) return false;
  for (const n of country.aliases ?? []) if (n.length >= 2 && description.includes(n)) return false;
  return true;
}
/**
 * "Francesca Albanese ... sanctions on Albanese": a surname the glossary gives to one person ("Albanese", Anthony's)
 * names the other person of the glossary whom the document named in full before. (Only a one-word match of a person.)
 */
export function namesakeNamedBefore(doc: DocState, c: ParaContext, a: Candidate, end: number): SurnameLink | null {
  if (a.priority !== GLOSSARY_PRIORITY || a.surname || (a.category !== 'person' && a.category !== 'official') || doc.surnameEntities.size === 0) return null;
  const k = firstStartingFrom(c.toks, a.start);
  const tok = c.toks[k];
  if (tok === undefined || tok.start !== a.start || tok.end !== end) return null;
  const link = doc.surnameEntities.get(tok.key);
  return link && link.entity !== a.entity ? link : null;
}

/** Notes the surnames of a person's mention: linked, the entity they name; in full and unlinked ("King Hussein" beside
 * "Saddam Hussein"), another person of that name, so that the surname alone names no one of the glossary. */
export function noteSurnameLinks(doc: DocState, a: Candidate, entity: string | null, category: ActorCategory, length: number): void {
  noteSurnameLink(doc, a.surname, entity, category, length);
  noteSurnameLink(doc, a.surname2, entity, category, length);
}
function noteSurnameLink(doc: DocState, surname: string | undefined, entity: string | null, category: ActorCategory, length: number): void {
  if (!usableSurname(surname) || (!entity && length === surname.length)) return;
  const known = doc.surnameEntities.get(surname);
  doc.surnameEntities.set(surname, entity && (known === undefined || known?.entity === entity) ? { entity, category } : null);
}
