// Inlay hints: the resolved date after each relative expression ("Thursday" -> "2025-11-13", its words in the tooltip).
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
  return { position: ctx.lines.positionAt(at), label: ` ${hintLabel(value)}`, kind: InlayHintKind.Type, paddingLeft: true, tooltip: { kind: 'markdown', value: escapeMarkdown(words) } };
}

/**
 * The value a hint shows: the TIMEX3 value, save where it is no date a reader recognises: "the end of the decade" is
 * "2020s", not "202"; "Diwali" is "2025", not "2025-XX-XX" (the tooltip has the words).
 */
function hintLabel(value: string): string {
  const c = value.charCodeAt(0);
  if (c < 48 || c > 57) return value;
  if (value.length === 3 && /^\d{3}$/.test(value)) return `${value}0s`;
  if (value.length === 2 && /^\d{2}$/.test(value)) return valueInWords('DATE', value).replace(/^the /, '');
  return value.includes('X') && /^\d{4}-(?:XX|XX-XX|QX|WXX)$/.test(value) ? value.slice(0, 4) : value;
}
