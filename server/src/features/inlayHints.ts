// Inlay hints: the resolved date after each relative expression ("Thursday" -> "13 Nov 2025").
import { InlayHintKind, type InlayHint } from 'vscode-languageserver';
import type { DocContext } from './context';
import { dateInWords, leavesValueOpen, valueInWords } from './describe';
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
    if (!leavesValueOpen(d)) continue;
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
