// The sidecar file: one per article, a W3C Web Annotation collection (JSON-LD) holding the manual tags.
// Each tag is an Annotation whose target carries a TextQuoteSelector (exact, prefix, suffix) and a
// TextPositionSelector (code points, as the W3C model counts); Policy Lens' own fields ride along under
// "policyLens" so that a round trip loses nothing. Writes are atomic: a temporary file, then rename.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { CodePointIndex } from '../analysis/positions';
import { isTagKind, type Tag } from './model';

export const SIDECAR_SUFFIX = '.annotations.json';
const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * The sidecar path of an article. `location` is "beside" (`<article>.annotations.json` next to it) or a folder,
 * absolute or relative to the workspace folder holding the article, that mirrors the workspace's layout.
 */
export function sidecarPath(articlePath: string, location: string, workspaceFolders: string[] = []): string {
  const loc = (location || 'beside').trim();
  if (loc === 'beside' || loc === '.') return articlePath + SIDECAR_SUFFIX;
  const folder = workspaceFolders.map((f) => path.resolve(f)).find((f) => articlePath.startsWith(f + path.sep));
  const base = path.isAbsolute(loc) ? loc : path.join(folder ?? path.dirname(articlePath), loc);
  const rel = folder ? path.relative(folder, articlePath) : path.basename(articlePath);
  return path.join(base, rel + SIDECAR_SUFFIX);
}

/** Same, from URIs; null for documents that are not files (untitled buffers keep their tags in memory). */
export function sidecarUri(articleUri: string, location: string, workspaceFolders: string[] = []): string | null {
  const u = URI.parse(articleUri);
  if (u.scheme !== 'file') return null;
  const folders = workspaceFolders.map((f) => URI.parse(f)).filter((f) => f.scheme === 'file').map((f) => f.fsPath);
  return URI.file(sidecarPath(u.fsPath, location, folders)).toString();
}

/** UTF-16 offset of a code-point offset, by bisection over the one conversion in positions.ts. */
function fromCodePoints(cpi: CodePointIndex, cp: number, length: number): number {
  let lo = cp;
  let hi = Math.min(length, cp * 2);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cpi.toCodePoints(mid) < cp) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(lo, length);
}

const MOTIVATION: Record<string, string> = {
  actor: 'identifying',
  agreement: 'identifying',
  date: 'classifying',
  claim: 'assessing',
  source: 'linking',
  background: 'classifying',
  analysis: 'classifying',
  reject: 'moderating',
};

/** One tag as a W3C Web Annotation. `source` is the article's URI (the annotation's target). */
export function tagToW3C(tag: Tag, articleUri: string, cpi: CodePointIndex): Record<string, unknown> {
  const body: Record<string, unknown>[] = [{ type: 'TextualBody', purpose: 'tagging', value: tag.kind === 'reject' ? `not-${tag.rejects ?? 'annotation'}` : tag.kind }];
  if (tag.category) body.push({ type: 'TextualBody', purpose: 'classifying', value: tag.category });
  if (tag.entity) body.push({ type: 'SpecificResource', purpose: 'identifying', source: `policy-lens:glossary/${tag.entity}` });
  if (tag.value) body.push({ type: 'TextualBody', purpose: 'describing', value: tag.value, format: 'text/plain' });
  if (tag.source) body.push(/^https?:\/\//i.test(tag.source) ? { id: tag.source, type: 'SpecificResource', purpose: 'linking' } : { type: 'TextualBody', purpose: 'linking', value: tag.source });
  if (tag.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: tag.note });
  const selector: Record<string, unknown>[] = [{ type: 'TextQuoteSelector', exact: tag.exact, prefix: tag.prefix, suffix: tag.suffix }];
  if (!tag.orphan) selector.push({ type: 'TextPositionSelector', start: cpi.toCodePoints(tag.start), end: cpi.toCodePoints(tag.end) });
  const a: Record<string, unknown> = {
    id: tag.id,
    type: 'Annotation',
    motivation: MOTIVATION[tag.kind] ?? 'tagging',
    created: tag.created,
  };
  if (tag.modified) a.modified = tag.modified;
  if (tag.author) a.creator = { type: 'Person', name: tag.author };
  a.body = body;
  a.target = { source: articleUri, selector };
  const own: Record<string, unknown> = { kind: tag.kind };
  for (const k of ['category', 'entity', 'value', 'source', 'rejects', 'note'] as const) if (tag[k]) own[k] = tag[k];
  if (tag.orphan) own.orphan = true;
  a.policyLens = own;
  return a;
}

/** The sidecar document for an article's tags. */
export function toSidecar(tags: Tag[], articleUri: string, text: string): string {
  const cpi = new CodePointIndex(text);
  const doc = {
    '@context': CONTEXT,
    type: 'AnnotationCollection',
    label: `Policy Lens tags for ${path.basename(URI.parse(articleUri).path)}`,
    generator: { type: 'Software', name: 'Policy Lens' },
    total: tags.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: tags.map((t) => tagToW3C(t, articleUri, cpi)) },
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Reads tags back from a sidecar's JSON text; unknown or broken items are skipped, never thrown on. */
export function fromSidecar(json: string, text: string): { tags: Tag[]; problems: string[] } {
  const problems: string[] = [];
  let doc: any;
  try {
    doc = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { tags: [], problems: [`not JSON: ${(err as Error).message}`] };
  }
  const items: unknown[] = Array.isArray(doc) ? doc : Array.isArray(doc?.first?.items) ? doc.first.items : Array.isArray(doc?.items) ? doc.items : [];
  const cpi = new CodePointIndex(text);
  const tags: Tag[] = [];
  for (const raw of items) {
    const a = raw as any;
    const own = (a?.policyLens ?? {}) as Record<string, unknown>;
    const kind = own.kind ?? a?.body?.find?.((b: any) => b?.purpose === 'tagging')?.value;
    const selectors: any[] = Array.isArray(a?.target?.selector) ? a.target.selector : a?.target?.selector ? [a.target.selector] : [];
    const quote = selectors.find((s) => s?.type === 'TextQuoteSelector');
    const pos = selectors.find((s) => s?.type === 'TextPositionSelector');
    if (!isTagKind(kind) || typeof quote?.exact !== 'string' || typeof a?.id !== 'string') {
      problems.push(`skipped an annotation without a Policy Lens kind or a text quote (${String(a?.id ?? '?')})`);
      continue;
    }
    // A position is only a hint (the quote decides); one that is not a sane range is ignored.
    const sane = Number.isSafeInteger(pos?.start) && Number.isSafeInteger(pos?.end) && pos.start >= 0 && pos.end >= pos.start;
    const start = sane ? fromCodePoints(cpi, pos.start, text.length) : 0;
    const end = sane ? fromCodePoints(cpi, pos.end, text.length) : 0;
    const tag: Tag = {
      id: a.id,
      kind,
      start,
      end,
      exact: quote.exact,
      prefix: str(quote.prefix) ?? '',
      suffix: str(quote.suffix) ?? '',
      created: str(a.created) ?? new Date(0).toISOString(),
    };
    if (str(a.modified)) tag.modified = a.modified;
    if (str(a.creator?.name)) tag.author = a.creator.name;
    for (const k of ['category', 'entity', 'value', 'source', 'note'] as const) if (str(own[k])) tag[k] = own[k] as string;
    if (['actor', 'agreement', 'date', 'source', 'claim'].includes(own.rejects as string)) tag.rejects = own.rejects as Tag['rejects'];
    if (own.orphan === true || !sane) tag.orphan = true;
    tags.push(tag);
  }
  return { tags, problems };
}

let tmpCounter = 0;
/** Writes a file atomically: a temporary file in the same folder, then rename over the target. */
export function writeAtomic(file: string, content: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${++tmpCounter}.tmp`);
  try {
    fs.writeFileSync(tmp, content, 'utf8');
    fs.renameSync(tmp, file);
  } catch (err) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      /* nothing left to clean */
    }
    throw err;
  }
}

/** The sidecar's text, or undefined when there is none. */
export function readSidecar(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
