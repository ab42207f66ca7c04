// The built-in glossary: UN member states (and a few states outside the UN), international bodies, armed groups, government offices and
// major agreements. The data lives in JSON beside this file (bundled by esbuild) in compact rows; this
// module expands the rows into glossary entries once, on first use.
import type { GlossaryData, GlossaryEntry } from '../../analysis/glossaryTypes';
import countries from './countries.json';
import actors from './actors.json';
import agreements from './agreements.json';

type CountryRow = [string, string[], string[], string[]];
/** A state outside the UN: a country row, then its status in words. */
type OtherStateRow = [string, string[], string[], string[], string];
type ActorRow = [string, string, string, string[], string];
type AgreementRow = [string, string, string, string[], string, string | null, string | null, string[]];

/** The id of a country entry: "country:" and the lower-cased name with hyphens ("country:united-states"). */
export function countryId(name: string): string {
  // An ASCII name (every built-in one) by its codes: the same id without normalising it and four regex passes, for
  // ~200 countries at every start.
  let id = '';
  let gap = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 128) return countryIdOf(name);
    const lower = c >= 65 && c <= 90 ? c + 32 : c;
    if ((lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57)) {
      if (gap && id.length) id += '-';
      id += String.fromCharCode(lower);
      gap = false;
    } else gap = true;
  }
  return 'country:' + id;
}

/** countryId of any name. */
function countryIdOf(name: string): string {
  return (
    'country:' +
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
  );
}

/**
 * One built-in entry. Every one has the same fields in the same order (those it lacks undefined): one object shape,
 * so the analysis's reads of `entry.category` see one shape (entries of several shapes deoptimised them in a cold run).
 */
function entry(
  id: string,
  label: string,
  kind: GlossaryEntry['kind'],
  category: string,
  aliases: string[],
  seats: string[] | undefined,
  description: string,
  signed?: string,
  inForce?: string,
  parties?: string[],
): GlossaryEntry {
  return { id, label, kind, category, aliases, seats, description, signed, inForce, parties };
}

// Built-in entries have no `origin`: there is no file to open, so go-to-definition and workspace symbols skip them.
function build(): GlossaryData {
  const entries: GlossaryEntry[] = [];
  const rows: OtherStateRow[] = [
    ...(countries.states as CountryRow[]).map((r): OtherStateRow => [...r, 'UN member state.']),
    ...(countries.others as OtherStateRow[]),
  ];
  for (const [name, other, demonyms, seats, status] of rows) {
    const seatText = seats.length ? ` Its capital${seats.length > 1 ? 's' : ''} (${seats.join(', ')}) may stand for its government.` : '';
    const description = `${status}${demonyms.length ? ` Demonym: ${demonyms.join(', ')}.` : ''}${seatText}`;
    entries.push(entry(countryId(name), name, 'actor', 'country', [...other, ...demonyms, ...seats], seats.length ? seats : undefined, description));
  }
  for (const [id, label, category, aliases, description] of actors.actors as ActorRow[]) {
    entries.push(entry(id, label, 'actor', category, aliases, undefined, description));
  }
  for (const [id, label, category, aliases, description, signed, inForce, parties] of agreements.agreements as AgreementRow[]) {
    entries.push(entry(id, label, 'agreement', category, aliases, undefined, description, signed || undefined, inForce || undefined, parties.length ? parties : undefined));
  }
  return { entries, stoplist: [] };
}

let cached: GlossaryData | undefined;
/** The built-in glossary (built once, then shared: treat it as read-only). */
export function builtinGlossary(): GlossaryData {
  return (cached ??= build());
}

