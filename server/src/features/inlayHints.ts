// Inlay hints: the resolved date after each relative expression ("Thursday" -> "13 Nov 2025").
import { InlayHintKind, type InlayHint } from 'vscode-languageserver';
import type { DocContext } from './context';
import { dateInWords, valueInWords } from './describe';
import { escapeMarkdown } from './markdown';

/** Hints for dates in [from, to) whose value the text leaves to be worked out (relative or missing a part). */
export function inlayHints(ctx: DocContext, from: number, to: number): InlayHint[] {
  const hints: InlayHint[] = [];
  for (const d of ctx.model.dates) {
    if (d.end < from || d.start > to) continue;
    // "Two days later": the date the duration reaches.
    if (d.point) {
      hints.push(hint(ctx, d.end, d.point, valueInWords('DATE', d.point)));
      continue;
    }
    // A value the text spells out ("13 November 2025", "2023") needs none; one it counts from the article's date
    // without a figure ("last year", "next week", "the end of the month") does, as one with an inferred part does.
    if ((d.certain && /\d/.test(d.text)) || d.unresolved || d.type === 'DURATION' || d.type === 'SET') continue;
    if (/_REF$/.test(d.value)) continue;
    // Nothing to add when the text already says what the hint would.
    const words = dateInWords(d);
    if (words.toLowerCase() === d.text.toLowerCase()) continue;
    hints.push(hint(ctx, d.end, d.value, words));
  }
  return hints;
}

function hint(ctx: DocContext, at: number, value: string, words: string): InlayHint {
  return { position: ctx.lines.positionAt(at), label: ` ${value}`, kind: InlayHintKind.Type, paddingLeft: true, tooltip: { kind: 'markdown', value: escapeMarkdown(words) } };
}
