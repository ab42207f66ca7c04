// The annotation format (../shared/docs/annotation-format.md): the stable JSON face of the analysis.
import type { Annotation, ArticleModel, Finding } from '../analysis/types';

export interface AnnotationJson {
  file: string;
  referenceDate: string | null;
  referenceDateSource: string;
  /** Added to the format: parts of the reference date the text did not give (["year"] for a dateline without one). */
  referenceDateInferred?: string[];
  annotations: Record<string, unknown>[];
  diagnostics: Record<string, unknown>[];
}

// Objects are built as literals in key order (no spread): with a million characters of article there are tens of
// thousands of them, and spreading a shared base object is the slowest way V8 has to copy four fields.
function annotationJson(a: Annotation): Record<string, unknown> {
  switch (a.kind) {
    case 'date': {
      const o: Record<string, unknown> = { kind: a.kind, start: a.start, end: a.end, text: a.text, type: a.type, value: a.value };
      if (a.mod) o.mod = a.mod;
      o.certain = a.certain;
      if (a.inferred?.length) o.inferred = a.inferred;
      if (a.unresolved) o.unresolved = true;
      if (a.point) o.point = a.point;
      if (a.freq) o.freq = a.freq;
      if (a.through) o.through = a.through;
      if (a.fiscal) o.fiscal = a.fiscal;
      if (a.calendar) o.calendar = a.calendar;
      if (a.zone) o.zone = a.zone;
      if (a.utcOffset) o.utcOffset = a.utcOffset;
      return o;
    }
    case 'actor':
      return { kind: a.kind, start: a.start, end: a.end, text: a.text, category: a.category, entity: a.entity };
    case 'agreement': {
      const o: Record<string, unknown> = {
        kind: a.kind,
        start: a.start,
        end: a.end,
        text: a.text,
        entity: a.entity,
        antecedent: a.antecedent ? { start: a.antecedent.start, end: a.antecedent.end, text: a.antecedent.text } : null,
      };
      if (a.unnamed) o.unnamed = true;
      return o;
    }
    case 'attribution': {
      const o: Record<string, unknown> = {
        kind: a.kind,
        start: a.start,
        end: a.end,
        text: a.text,
        source: a.source ? { start: a.source.start, end: a.source.end, text: a.source.text } : null,
      };
      if (a.content) o.content = { start: a.content.start, end: a.content.end };
      const extra = a as unknown as { vague?: boolean; anonymous?: boolean };
      if (extra.vague) o.vague = true;
      if (extra.anonymous) o.anonymous = true;
      return o;
    }
  }
}

function diagnosticJson(f: Finding): Record<string, unknown> {
  const o: Record<string, unknown> = { code: f.code, severity: f.severity, start: f.start, end: f.end, message: f.message, reasons: f.reasons };
  if (typeof f.score === 'number') o.score = Math.round(f.score * 1000) / 1000;
  return o;
}

/** All annotations of a model in one list, sorted by start (then end), as the format requires. */
export function allAnnotations(model: ArticleModel): Annotation[] {
  // Each list comes sorted from the core: merging them is linear where sorting the whole is not. Ties keep the
  // lists' order, exactly as the stable sort below does; a list out of order falls back to it.
  // (Merged two by two, each annotation's start and end read once per merge: this runs once per command over every
  // annotation, before the optimising compiler has reached it, and the reads of annotations of many shapes are its cost.)
  const first = merge2(model.dates, model.actors);
  const second = first && merge2(model.agreements, model.attributions);
  const merged = second && merge2(first, second);
  if (merged) return merged;
  return ([] as Annotation[]).concat(model.dates, model.actors, model.agreements, model.attributions).sort(byStartEnd);
}

const byStartEnd = (a: Annotation, b: Annotation): number => a.start - b.start || a.end - b.end;

/** Beyond any offset in a string (at most 2^29 characters): a small integer, where Infinity would deoptimise the merge. */
const PAST_END = 2 ** 30 - 1;

/** Whether the span [s1, e1) comes before [s2, e2) by start, then end. (Its own function: the ends' comparison, first
 * made at a tie of starts, deoptimised the merge, which runs once per list and so is compiled in the middle of its loop.) */
function precedes(s1: number, e1: number, s2: number, e2: number): boolean {
  return s1 < s2 || (s1 === s2 && e1 < e2);
}

/** Two lists sorted by start and end merged into a new one (on a tie the first list's annotation comes first); null when either is out of order. */
function merge2(a: Annotation[], b: Annotation[]): Annotation[] | null {
  const out: Annotation[] = [];
  let i = 0;
  let j = 0;
  // The head of each list and its start and end (PAST_END past its end).
  let xs = a.length ? a[0].start : PAST_END;
  let xe = a.length ? a[0].end : PAST_END;
  let ys = b.length ? b[0].start : PAST_END;
  let ye = b.length ? b[0].end : PAST_END;
  // (One comparison of the sum, made at every step: "j < b.length" alone, first made when a ran out, deoptimised the merge.)
  const total = a.length + b.length;
  while (i + j < total) {
    if (precedes(ys, ye, xs, xe)) {
      out.push(b[j++]);
      const s = j < b.length ? b[j].start : PAST_END;
      const e = j < b.length ? b[j].end : PAST_END;
      if (precedes(s, e, ys, ye)) return null;
      ys = s;
      ye = e;
    } else {
      out.push(a[i++]);
      const s = i < a.length ? a[i].start : PAST_END;
      const e = i < a.length ? a[i].end : PAST_END;
      if (precedes(s, e, xs, xe)) return null;
      xs = s;
      xe = e;
    }
  }
  return out;
}

/** The annotation-format object for one analysed file. */
export function toAnnotationJson(file: string, model: ArticleModel): AnnotationJson {
  return {
    file,
    referenceDate: model.referenceDate,
    referenceDateSource: model.referenceDateSource,
    ...(model.referenceDateInferred ? { referenceDateInferred: model.referenceDateInferred } : {}),
    annotations: allAnnotations(model).map(annotationJson),
    diagnostics: model.findings.map(diagnosticJson),
  };
}
