// Document symbols: a Timeline group sorted by date, then Actors and Agreements.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { DocContext } from './context';
import { toRange } from './context';
import { dateInWords, isName, knownWithoutDate } from './describe';
import { inDateOrder, onTimeline } from '../analysis/dates/calendar';

function group(name: string, kind: SymbolKind, children: DocumentSymbol[], ctx: DocContext): DocumentSymbol | null {
  if (!children.length) return null;
  const start = Math.min(...children.map((c) => ctx.lines.offsetAt(c.range.start)));
  const end = Math.max(...children.map((c) => ctx.lines.offsetAt(c.range.end)));
  const range = toRange(ctx.lines, { start, end });
  return { name, kind, range, selectionRange: children[0].selectionRange, children, detail: `${children.length}` };
}

/** The outline of an article. Capped so a huge document stays responsive. */
export function documentSymbols(ctx: DocContext, cap = 2000): DocumentSymbol[] {
  const { model } = ctx;
  // ("now", "currently": at the article's date.)
  const timeline = inDateOrder(onTimeline(model.dates).slice(0, cap), model.referenceDate)
    .map<DocumentSymbol>((d) => ({
      // (A date wrapped over two lines, "the\nend of the year", is named on one line, as the CLI quotes it.)
      name: `${d.value} · ${d.text.replace(/\s+/g, ' ')}`,
      // ("Thursday" with no article date: "unresolved: a Thursday (date unknown)".)
      detail: d.unresolved ? `unresolved${((k) => (k ? `: ${k}` : ''))(knownWithoutDate(d))}` : dateInWords(d),
      kind: SymbolKind.Event,
      range: toRange(ctx.lines, d),
      selectionRange: toRange(ctx.lines, d),
    }));
  const seen = new Map<string, DocumentSymbol>();
  // Descriptions in common nouns ("troops", "the rebels") after the names, in a group of their own.
  const described = new Map<string, DocumentSymbol>();
  for (const a of model.actors.slice(0, cap)) {
    const key = a.entity ?? a.text.toLowerCase();
    if (seen.has(key) || described.has(key)) continue;
    const label = (a.entity && ctx.gazetteer.get(a.entity)?.label) || a.text;
    (a.entity || isName(label) ? seen : described).set(key, { name: label, detail: a.category, kind: SymbolKind.Object, range: toRange(ctx.lines, a), selectionRange: toRange(ctx.lines, a) });
  }
  const descriptions = group('Described, not named', SymbolKind.Namespace, [...described.values()], ctx);
  const agreements = new Map<string, DocumentSymbol>();
  for (const a of model.agreements.slice(0, cap)) {
    if (a.antecedent) continue;
    const key = a.entity ?? a.text.toLowerCase();
    if (agreements.has(key)) continue;
    const label = (a.entity && ctx.gazetteer.get(a.entity)?.label) || a.text;
    agreements.set(key, { name: label, kind: SymbolKind.Namespace, range: toRange(ctx.lines, a), selectionRange: toRange(ctx.lines, a) });
  }
  return [
    group('Timeline', SymbolKind.Namespace, timeline, ctx),
    group('Actors', SymbolKind.Namespace, descriptions ? [...seen.values(), descriptions] : [...seen.values()], ctx),
    group('Agreements', SymbolKind.Namespace, [...agreements.values()], ctx),
  ].filter((g): g is DocumentSymbol => !!g);
}
