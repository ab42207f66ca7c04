// The other export formats: W3C Web Annotation JSON-LD (automatic and manual annotations), a CSV timeline
// of dates sorted by resolved value, and the annotation-format JSON with manual tags merged.
import { CodePointIndex, LineIndex } from '../analysis/positions';
import { inDateOrder } from '../analysis/dates/calendar';
import type { Annotation, ArticleModel, Span } from '../analysis/types';
import { allAnnotations, toAnnotationJson, type AnnotationJson } from '../cli/format';
import { CONTEXT_CHARS, type Tag } from '../store/model';
import { tagToW3C } from '../store/sidecar';
import type { ManualMark } from '../store/overlay';

function quote(text: string, s: Span): Record<string, unknown> {
  return {
    type: 'TextQuoteSelector',
    exact: text.slice(s.start, s.end),
    prefix: text.slice(Math.max(0, s.start - CONTEXT_CHARS), s.start),
    suffix: text.slice(s.end, s.end + CONTEXT_CHARS),
  };
}

function bodyOf(a: Annotation): Record<string, unknown>[] {
  const body: Record<string, unknown>[] = [{ type: 'TextualBody', purpose: 'tagging', value: a.kind }];
  if (a.kind === 'date') body.push({ type: 'TextualBody', purpose: 'describing', value: a.value, format: 'text/plain' });
  if (a.kind === 'actor') body.push({ type: 'TextualBody', purpose: 'classifying', value: a.category });
  if ((a.kind === 'actor' || a.kind === 'agreement') && a.entity) body.push({ type: 'SpecificResource', purpose: 'identifying', source: `policy-lens:glossary/${a.entity}` });
  if (a.kind === 'attribution' && a.source) body.push({ type: 'TextualBody', purpose: 'linking', value: a.source.text });
  return body;
}

/** A W3C Web Annotation collection (JSON-LD) of an article: automatic annotations, claims and manual tags. */
export function toW3C(source: string, model: ArticleModel, tags: readonly Tag[]): Record<string, unknown> {
  const text = model.text;
  const cpi = new CodePointIndex(text);
  const target = (s: Span) => ({
    source,
    selector: [quote(text, s), { type: 'TextPositionSelector', start: cpi.toCodePoints(s.start), end: cpi.toCodePoints(s.end) }],
  });
  const items: Record<string, unknown>[] = [];
  let n = 0;
  for (const a of allAnnotations(model)) {
    if ((a as ManualMark).manual) continue; // the tag itself is exported below, with its author and note
    items.push({ id: `${source}#auto-${++n}`, type: 'Annotation', motivation: a.kind === 'date' ? 'classifying' : 'identifying', generator: 'Policy Lens', body: bodyOf(a), target: target(a) });
  }
  for (const c of model.claims) {
    if ((c as ManualMark).manual) continue;
    items.push({ id: `${source}#auto-${++n}`, type: 'Annotation', motivation: 'assessing', generator: 'Policy Lens', body: [{ type: 'TextualBody', purpose: 'assessing', value: `claim: ${c.status}` }], target: target(c) });
  }
  for (const t of tags) if (!t.orphan) items.push(tagToW3C(t, source, cpi));
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label: `Policy Lens annotations of ${source}`,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

function csvField(v: unknown): string {
  const s = v === undefined || v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV timeline of the article's dates, sorted by resolved value (then position). */
export function toTimelineCsv(file: string, model: ArticleModel): string {
  const lines = [['value', 'type', 'mod', 'certain', 'text', 'line', 'start', 'end', 'manual', 'file', 'point'].join(',')];
  const lineIndex = new LineIndex(model.text);
  for (const d of inDateOrder(model.dates)) {
    const line = lineIndex.positionAt(d.start).line + 1;
    lines.push([d.value, d.type, d.mod ?? '', d.certain, d.text.replace(/\s+/g, ' '), line, d.start, d.end, !!(d as ManualMark).manual, file, d.point ?? ''].map(csvField).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

/** The annotation-format object with manual tags merged: manual annotations say so, and every tag is listed. */
export function toMergedJson(file: string, model: ArticleModel, tags: readonly Tag[]): AnnotationJson & { tags: Record<string, unknown>[] } {
  const base = toAnnotationJson(file, model);
  const sorted = allAnnotations(model);
  base.annotations.forEach((o, i) => {
    const m = sorted[i] as ManualMark | undefined;
    if (m?.manual) {
      o.manual = true;
      o.tag = m.tagId;
    }
  });
  const list = tags.map((t) => {
    const o: Record<string, unknown> = { id: t.id, kind: t.kind, start: t.start, end: t.end, text: t.exact };
    for (const k of ['rejects', 'category', 'entity', 'value', 'source', 'note', 'author', 'created', 'modified'] as const) if (t[k]) o[k] = t[k];
    if (t.orphan) o.orphan = true;
    return o;
  });
  return { ...base, tags: list };
}
