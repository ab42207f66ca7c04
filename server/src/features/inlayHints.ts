// Inlay hints: the resolved date after each relative expression ("Thursday" -> "13 Nov 2025").
import { InlayHintKind, type InlayHint } from 'vscode-languageserver';
import type { DocContext } from './context';
import { dateInWords } from './describe';
import { escapeMarkdown } from './markdown';

/** Hints for dates in [from, to) whose value was inferred (relative or missing a part). */
export function inlayHints(ctx: DocContext, from: number, to: number): InlayHint[] {
  const hints: InlayHint[] = [];
  for (const d of ctx.model.dates) {
    if (d.end < from || d.start > to) continue;
    if (d.certain || d.unresolved || d.type === 'DURATION' || d.type === 'SET') continue;
    if (/_REF$/.test(d.value)) continue;
    // Nothing to add when the text already says what the hint would.
    const words = dateInWords(d);
    if (words.toLowerCase() === d.text.toLowerCase()) continue;
    hints.push({
      position: ctx.lines.positionAt(d.end),
      label: ` ${d.value}`,
      kind: InlayHintKind.Type,
      paddingLeft: true,
      tooltip: { kind: 'markdown', value: escapeMarkdown(words) },
    });
  }
  return hints;
}
