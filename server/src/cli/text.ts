// `--format text`: the article with its annotations marked inline, its findings, and a summary.
import type { Annotation, ArticleModel } from '../analysis/types';
import { LineIndex } from '../analysis/positions';
import { inDateOrder, onTimeline } from '../analysis/dates/calendar';
import { allAnnotations } from './format';
import { clockZone, dateInWords, namesFiscalYear, referenceDateOrigin } from '../features/describe';

const COLOURS: Record<Annotation['kind'], string> = { date: '36', actor: '33', agreement: '35', attribution: '32' };
const SEVERITY_COLOURS: Record<string, string> = { error: '31', warning: '31', information: '34', hint: '2' };

function label(a: Annotation): string {
  switch (a.kind) {
    case 'date':
      return `${a.type.toLowerCase()} ${a.value}${a.freq ? ` ${a.freq}` : ''}${a.through ? ` through ${a.through}` : ''}${a.mod ? ` ${a.mod}` : ''}${a.point ? ` -> ${a.point}` : ''}`;
    case 'actor':
      return `${a.category}${a.entity ? ` ${a.entity}` : ''}`;
    case 'agreement':
      return `agreement${a.entity ? ` ${a.entity}` : ''}${a.antecedent ? ` -> "${a.antecedent.text}"` : ''}`;
    case 'attribution':
      return `cue${a.source ? `: ${a.source.text}` : ''}`;
  }
}

/** The article text with each annotation wrapped as [text|label] (or coloured on a terminal). */
export function markUp(model: ArticleModel, colour: boolean): string {
  const text = model.text;
  const anns = allAnnotations(model).filter((a) => a.end > a.start);
  // Outer first: by start, then longest. The open annotations form a stack; an annotation that would cross
  // the innermost open one is dropped, so the marks stay well nested.
  anns.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: string[] = [];
  const open: Annotation[] = [];
  let pos = 0;
  const closeTo = (limit: number): void => {
    while (open.length && open[open.length - 1].end <= limit) {
      const a = open.pop()!;
      out.push(text.slice(pos, a.end));
      pos = a.end;
      if (colour) out.push(`\x1b[0m\x1b[2m⟨${label(a)}⟩\x1b[0m${open.map((o) => `\x1b[${COLOURS[o.kind]}m`).join('')}`);
      else out.push(`|${label(a)}]`);
    }
  };
  for (const a of anns) {
    closeTo(a.start);
    if (open.length && a.end > open[open.length - 1].end) continue;
    out.push(text.slice(pos, a.start));
    pos = a.start;
    open.push(a);
    out.push(colour ? `\x1b[${COLOURS[a.kind]}m` : '[');
  }
  closeTo(Infinity);
  out.push(text.slice(pos));
  return out.join('');
}

/** The full text report for one file. */
export function textReport(file: string, model: ArticleModel, colour: boolean, findingsOnly = false): string {
  const c = (code: string, s: string) => (colour ? `\x1b[${code}m${s}\x1b[0m` : s);
  const lines = new LineIndex(model.text);
  const out: string[] = [];
  out.push(c('1', `== ${file}`));
  out.push(
    model.referenceDate
      ? `Article date: ${model.referenceDate} (from ${referenceDateOrigin(model)})`
      : 'Article date: none found (relative dates stay unresolved; give one with --reference-date or front matter date:)',
  );
  out.push('');
  if (!findingsOnly) {
    out.push(markUp(model, colour).trimEnd());
    out.push('');
  }
  if (model.findings.length) {
    out.push(c('1', 'Findings'));
    for (const f of model.findings) {
      const p = lines.positionAt(f.start);
      const excerpt = model.text.slice(f.start, Math.min(f.end, f.start + 90)).replace(/\s+/g, ' ');
      out.push(`  ${p.line + 1}:${p.character + 1} ${c(SEVERITY_COLOURS[f.severity] ?? '0', f.severity)} ${f.code}: ${f.message}`);
      out.push(c('2', `      "${excerpt}${f.end - f.start > 90 ? '...' : ''}"`));
    }
    out.push('');
  }
  const onIt = onTimeline(model.dates).filter((d) => !d.unresolved);
  // (Years before Christ, "BC0044", are on it too: they were in neither list.)
  const timeline = onIt.filter((d) => /^(?:\d|BC\d)/.test(d.value));
  // "in June every year", "opens at 08:00": dates of no one year or day, listed apart rather than left out.
  // (Not "now" or "recently": PRESENT_REF and PAST_REF are no dates at all.)
  const undated = onIt.filter((d) => d.value.startsWith('X'));
  if (timeline.length || undated.length) {
    // A long article repeats its dates: order and word each distinct value once.
    const words = new Map<string, string>();
    const wordsOf = (d: (typeof onIt)[number]): string => {
      // (Everything dateInWords reads: "2025-26" and "FY2025" share a value, not their words.)
      const key = `${d.type} ${d.value} ${d.mod ?? ''} ${d.through ?? ''} ${d.freq ?? ''} ${clockZone(d) ?? ''} ${namesFiscalYear(d)} ${d.calendar ?? ''} ${d.fiscal ? `${d.fiscal.year} ${d.fiscal.from ?? ''}` : ''}`;
      let w = words.get(key);
      if (w === undefined) words.set(key, (w = dateInWords(d)));
      return w;
    };
    // One width for the column of words, the longest (within reason), so that the quoted texts line up.
    let width = 34;
    for (const d of [...timeline, ...undated]) width = Math.max(width, Math.min(56, wordsOf(d).length));
    // (A date wrapped over two lines, "the\nend of the year", is quoted on its row's one line.)
    const row = (d: (typeof onIt)[number]): string => `  ${d.value.padEnd(16)} ${wordsOf(d).padEnd(width)} "${d.text.replace(/\s+/g, ' ')}"`;
    if (timeline.length) {
      out.push(c('1', 'Timeline'));
      for (const d of inDateOrder(timeline)) out.push(row(d));
      out.push('');
    }
    if (undated.length) {
      out.push(c('1', 'Undated (no year or day known)'));
      for (const d of undated) out.push(row(d));
      out.push('');
    }
  }
  const totals = new ReportTotals();
  totals.add(model);
  out.push(c('1', 'Summary: ') + totals.counts(findingsOnly));
  return out.join('\n');
}

/** What a text report counts, over one article or several (the line that ends a report of more than one). */
export class ReportTotals {
  files = 0;
  /** Articles with a warning or an error among their findings (those `check` exits 1 for). */
  warned = 0;
  private readonly found = { dates: 0, actors: 0, agreements: 0, attributions: 0 };
  private readonly codes = new Map<string, number>();

  add(model: ArticleModel): void {
    this.files++;
    this.found.dates += model.dates.length;
    this.found.actors += model.actors.length;
    this.found.agreements += model.agreements.length;
    this.found.attributions += model.attributions.length;
    for (const f of model.findings) this.codes.set(f.code, (this.codes.get(f.code) ?? 0) + 1);
    if (model.findings.some((f) => f.severity === 'warning' || f.severity === 'error')) this.warned++;
  }

  /** "2 unsourced claims, 1 vague attribution, 0 unresolved dates" (`check`: it prints the findings alone, and its
   * summary counts only what it prints), or the annotations' counts before those. */
  counts(findingsOnly: boolean): string {
    const count = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : w.endsWith('ch') ? 'es' : 's'}`;
    const findings = (code: string) => this.codes.get(code) ?? 0;
    const judged = [count(findings('unsourced-claim'), 'unsourced claim'), count(findings('vague-attribution'), 'vague attribution')];
    const mismatched = findings('date-mismatch');
    if (mismatched) judged.push(count(mismatched, 'date mismatch'));
    const f = this.found;
    return (findingsOnly
      ? [...judged, count(findings('unresolved-date'), 'unresolved date')]
      : [count(f.dates, 'date'), count(f.actors, 'actor mention'), count(f.agreements, 'agreement mention'), count(f.attributions, 'attribution'), ...judged]
    ).join(', ');
  }

  /** The line that ends a text report of several articles. */
  line(colour: boolean, findingsOnly: boolean): string {
    const head = `Total over ${this.files} articles: `;
    return `${colour ? `\x1b[1m${head}\x1b[0m` : head}${this.counts(findingsOnly)}; ${this.warned} with a warning`;
  }
}
