// Validation of one glossary entry (a YAML/JSON mapping node) into a GlossaryEntry, reporting located
// problems. An entry with an error in a required field is dropped; a bad optional field is dropped alone.
import { isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import type { GlossaryEntry, GlossaryKind } from '../analysis/glossaryTypes';
import type { Severity } from '../analysis/types';

/** Reports a problem over text[start, end). */
export type Reporter = (message: string, start: number, end: number, severity?: Severity) => void;

/** The kinds an entry may have. */
export const KINDS: readonly GlossaryKind[] = ['actor', 'agreement', 'term'];
/** Categories of actors (as ActorAnnotation.category). */
export const ACTOR_CATEGORIES = ['person', 'official', 'government', 'military', 'organization', 'country', 'group'] as const;
/** Categories of agreements, for hovers and filtering. */
export const AGREEMENT_CATEGORIES = [
  'treaty', 'agreement', 'accord', 'convention', 'protocol', 'memorandum', 'framework', 'resolution',
  'deal', 'initiative', 'ceasefire', 'charter', 'declaration', 'arrangement', 'amendment', 'regulation', 'code',
  'consensus', 'pledge', 'goal', 'plan',
] as const;
const ENTRY_KEYS = new Set([
  'id', 'label', 'kind', 'category', 'aliases', 'seats', 'description', 'links', 'related', 'parties', 'signed', 'inForce',
]);
const ID_RE = /^[\p{L}\p{N}][\p{L}\p{N}_.:/-]*$/u;
const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function range(node: unknown): [number, number] {
  const r = (node as { range?: [number, number, number] } | null)?.range;
  return r ? [r[0], r[1]] : [0, 0];
}

/** Whether YYYY, YYYY-MM or YYYY-MM-DD names a real calendar date. */
export function isValidDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  if (!m[2]) return y > 0;
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return false;
  if (!m[3]) return true;
  const d = Number(m[3]);
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d >= 1 && d <= days;
}

/** Validates one entry node; returns the entry, or null when it cannot be used. */
export function validateEntry(node: YamlNode, report: Reporter): GlossaryEntry | null {
  if (!isMap(node)) {
    const r = range(node);
    report('An entry must be a mapping with at least `id` and `label`.', r[0], r[1]);
    return null;
  }
  const fields = new Map<string, { key: YamlNode; value: YamlNode | null }>();
  for (const pair of node.items) {
    const key = pair.key as YamlNode;
    const name = isScalar(key) ? String(key.value) : '';
    if (!ENTRY_KEYS.has(name)) {
      const r = range(key);
      report(`Unknown field "${name}" (known: ${[...ENTRY_KEYS].join(', ')}).`, r[0], r[1], 'warning');
      continue;
    }
    fields.set(name, { key, value: (pair.value ?? null) as YamlNode | null });
  }
  const whole = range(node);
  const at = (name: string): [number, number] => {
    const f = fields.get(name);
    return f ? range(f.value ?? f.key) : [whole[0], whole[0]];
  };
  const str = (name: string, required: boolean): string | undefined => {
    const f = fields.get(name);
    if (!f) {
      if (required) report(`The entry has no \`${name}\`.`, whole[0], Math.min(whole[1], whole[0] + 1));
      return undefined;
    }
    const v = f.value;
    if (isScalar(v) && (typeof v.value === 'string' || typeof v.value === 'number') && String(v.value).trim()) {
      return String(v.value);
    }
    const r = at(name);
    report(`\`${name}\` must be a non-empty string.`, r[0], r[1]);
    return undefined;
  };
  const list = (name: string, check?: (s: string) => string | null): string[] | undefined => {
    const f = fields.get(name);
    if (!f) return undefined;
    const v = f.value;
    if (isScalar(v) && typeof v.value === 'string') {
      const r = range(v);
      report(`\`${name}\` should be a list; a single string was read as a one-item list.`, r[0], r[1], 'warning');
      const bad = check?.(v.value);
      if (bad) report(bad, r[0], r[1]);
      return bad ? undefined : [v.value];
    }
    if (!isSeq(v)) {
      const r = at(name);
      report(`\`${name}\` must be a list of strings.`, r[0], r[1]);
      return undefined;
    }
    const out: string[] = [];
    for (const item of v.items) {
      const n = item as YamlNode;
      const r = range(n);
      if (!isScalar(n) || typeof n.value !== 'string' || !n.value.trim()) {
        report(`Each item of \`${name}\` must be a non-empty string.`, r[0], r[1]);
        continue;
      }
      const bad = check?.(n.value);
      if (bad) report(bad, r[0], r[1]);
      else out.push(n.value);
    }
    return out;
  };
  const date = (name: 'signed' | 'inForce'): string | undefined => {
    const f = fields.get(name);
    if (!f) return undefined;
    const v = f.value;
    const s = isScalar(v) && (typeof v.value === 'string' || typeof v.value === 'number') ? String(v.value) : '';
    if (isValidDate(s)) return s;
    const r = at(name);
    report(`\`${name}\` must be a date written YYYY, YYYY-MM or YYYY-MM-DD.`, r[0], r[1]);
    return undefined;
  };

  const id = str('id', true);
  const label = str('label', true);
  let ok = id !== undefined && label !== undefined;
  if (id !== undefined && !ID_RE.test(id)) {
    const r = at('id');
    report(`The id "${id}" may contain only letters, digits and _ . : / - (no spaces).`, r[0], r[1]);
    ok = false;
  }
  let kind: GlossaryKind = 'term';
  const kindText = fields.has('kind') ? str('kind', false) : undefined;
  if (!fields.has('kind')) {
    report('The entry has no `kind`; it is treated as a `term`.', whole[0], Math.min(whole[1], whole[0] + 1), 'information');
  } else if (kindText !== undefined && (KINDS as readonly string[]).includes(kindText)) kind = kindText as GlossaryKind;
  else {
    if (kindText !== undefined) {
      const r = at('kind');
      report(`Unknown kind "${kindText}" (expected ${KINDS.join(', ')}).`, r[0], r[1]);
    }
    ok = false;
  }
  let category = fields.has('category') ? str('category', false) : undefined;
  if (category !== undefined) {
    const known: readonly string[] =
      kind === 'actor' ? ACTOR_CATEGORIES : kind === 'agreement' ? AGREEMENT_CATEGORIES : [];
    if (known.length && !known.includes(category)) {
      const r = at('category');
      report(`Unknown ${kind} category "${category}" (expected ${known.join(', ')}).`, r[0], r[1], 'warning');
      category = undefined;
    }
  }
  const entry: GlossaryEntry = { id: id ?? '', label: label ?? '', kind };
  if (category !== undefined) entry.category = category;
  const aliases = list('aliases', (a) =>
    a.trim().length < 2 ? `The alias "${a}" is too short to match anything useful.` : null,
  );
  if (aliases) entry.aliases = aliases;
  const seats = list('seats', (a) => (a.trim().length < 2 ? `The seat "${a}" is too short to match anything useful.` : null));
  if (seats) entry.seats = seats;
  if (fields.has('description')) {
    const d = fields.get('description')?.value;
    if (isScalar(d) && typeof d.value === 'string') entry.description = d.value;
    else {
      const r = at('description');
      report('`description` must be a string (Markdown).', r[0], r[1]);
    }
  }
  const links = list('links', (s) =>
    /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(s) ? null : `The link "${s}" must be an http:// or https:// URL.`,
  );
  if (links) entry.links = links;
  const related = list('related');
  if (related) entry.related = related;
  const parties = list('parties');
  if (parties) entry.parties = parties;
  const signed = date('signed');
  if (signed) entry.signed = signed;
  const inForce = date('inForce');
  if (inForce) entry.inForce = inForce;
  // Compare at the precision both have: "2010-11" is not earlier than "2010-11-11".
  const n = Math.min(signed?.length ?? 0, inForce?.length ?? 0);
  if (signed && inForce && inForce.slice(0, n) < signed.slice(0, n)) {
    const r = at('inForce');
    report('`inForce` is earlier than `signed`.', r[0], r[1], 'warning');
  }
  return ok ? entry : null;
}
