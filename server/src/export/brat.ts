// brat standoff: NAME.txt holds the text, NAME.ann one annotation per line. Offsets count code points (as
// Python strings do), so astral characters count once; spans that cross a line break become fragments
// ("0 5;6 12"), as brat writes them itself. T = text-bound, A = attribute, R = relation, N = normalization
// (glossary link), # = note.
import { CodePointIndex } from '../analysis/positions';
import type { ArticleModel, Span } from '../analysis/types';
import type { GlossaryEntry } from '../analysis/glossaryTypes';
import type { Tag } from '../store/model';
import type { ManualMark } from '../store/overlay';

export const BRAT_CONF = `[entities]
Date
Actor
Agreement
Claim
Source
Cue
Background
Analysis

[relations]
Attribution\tArg1:Cue, Arg2:Source
<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

[events]

[attributes]
Category\tArg:Actor, Value:person|official|government|military|organization|country|group
Status\tArg:Claim, Value:unsourced|vague|sourced
Manual\tArg:<ENTITY>
`;

/** The fragments of a span, cut at line breaks (and trimmed of them), in UTF-16 offsets. */
export function fragments(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let s = span.start;
  for (let i = span.start; i <= span.end; i++) {
    if (i === span.end || text[i] === '\n' || text[i] === '\r') {
      if (i > s) out.push({ start: s, end: i });
      s = i + 1;
    }
  }
  return out.length ? out : [{ start: span.start, end: span.end }];
}

/** A note-safe single line. */
function oneLine(s: string): string {
  return s.replace(/[\t\r\n]+/g, ' ').trim();
}

/** The .ann content for a model (with manual tags applied) and the tags (for notes and authors). */
export function toBrat(model: ArticleModel, tags: readonly Tag[] = [], entryOf: (id: string) => GlossaryEntry | undefined = () => undefined): string {
  const text = model.text;
  const cpi = new CodePointIndex(text);
  const lines: string[] = [];
  let t = 0;
  let a = 0;
  let n = 0;
  let r = 0;
  let note = 0;
  const byTag = new Map(tags.map((x) => [x.id, x]));
  const tline = (type: string, span: Span, extra?: { manual?: boolean; tagId?: string }): string => {
    const frags = fragments(text, span);
    const id = `T${++t}`;
    if (frags.length === 1) {
      // (Most spans are on one line: no lists to join.)
      const f = frags[0];
      lines.push(`${id}\t${type} ${cpi.toCodePoints(f.start)} ${cpi.toCodePoints(f.end)}\t${text.slice(f.start, f.end)}`);
    } else {
      const offsets = frags.map((f) => `${cpi.toCodePoints(f.start)} ${cpi.toCodePoints(f.end)}`).join(';');
      lines.push(`${id}\t${type} ${offsets}\t${frags.map((f) => text.slice(f.start, f.end)).join(' ')}`);
    }
    if (extra?.manual) {
      lines.push(`A${++a}\tManual ${id}`);
      const tag = extra.tagId ? byTag.get(extra.tagId) : undefined;
      const bits = [tag?.note, tag?.source ? `source: ${tag.source}` : undefined, tag?.author ? `by ${tag.author}` : undefined].filter(Boolean);
      if (bits.length) lines.push(`#${++note}\tAnnotatorNotes ${id}\t${oneLine(bits.join('; '))}`);
    }
    return id;
  };
  // What a link says after its ids, once per entity (a name repeated 300,000 times is looked up once).
  const references = new Map<string, string>();
  const link = (id: string, entity: string | null | undefined): void => {
    if (!entity) return;
    let ref = references.get(entity);
    if (ref === undefined) references.set(entity, (ref = `PolicyLens:${entity}\t${oneLine(entryOf(entity)?.label ?? entity)}`));
    lines.push(`N${++n}\tReference ${id} ${ref}`);
  };
  const mark = (x: unknown) => x as ManualMark;

  for (const d of model.dates) {
    const id = tline('Date', d, mark(d));
    lines.push(`#${++note}\tAnnotatorNotes ${id}\t${oneLine([`${d.type} ${d.value}`, d.mod ? `mod ${d.mod}` : '', d.certain ? '' : 'inferred'].filter(Boolean).join(', '))}`);
  }
  for (const x of model.actors) {
    const id = tline('Actor', x, mark(x));
    lines.push(`A${++a}\tCategory ${id} ${x.category}`);
    link(id, x.entity);
  }
  for (const x of model.agreements) link(tline('Agreement', x, mark(x)), x.entity);
  for (const x of model.attributions) {
    if (!x.source) continue;
    const cue = tline('Cue', x);
    const src = tline('Source', x.source);
    lines.push(`R${++r}\tAttribution Arg1:${cue} Arg2:${src}`);
  }
  for (const c of model.claims) {
    const id = tline('Claim', c, mark(c));
    lines.push(`A${++a}\tStatus ${id} ${c.status}`);
  }
  // Tags that settle a claim rather than add an annotation of the model's own kinds.
  for (const tag of tags) {
    if (tag.orphan || !['source', 'background', 'analysis'].includes(tag.kind)) continue;
    const type = tag.kind === 'source' ? 'Source' : tag.kind === 'background' ? 'Background' : 'Analysis';
    tline(type, tag, { manual: true, tagId: tag.id });
  }
  return lines.join('\n') + (lines.length ? '\n' : '');
}

/** A parsed T line (for tests and round trips). */
export interface BratSpan {
  id: string;
  type: string;
  fragments: [number, number][];
  text: string;
}

/** Reads the T lines of an .ann file back. */
export function parseBratSpans(ann: string): BratSpan[] {
  const out: BratSpan[] = [];
  for (const line of ann.split('\n')) {
    const m = /^(T\d+)\t(\S+) ([\d ;]+)\t(.*)$/.exec(line);
    if (!m) continue;
    const frags = m[3].split(';').map((f) => f.trim().split(' ').map(Number) as [number, number]);
    out.push({ id: m[1], type: m[2], fragments: frags, text: m[4] });
  }
  return out;
}
