// A segmentation for core tests that need only {start, end}: one paragraph per line, one sentence each.
import type { Segmentation } from '../../server/src/analysis/segment';

/** One paragraph (and one sentence) per non-empty line. */
export function lineSegmentation(text: string): Segmentation {
  const paragraphs: { start: number; end: number }[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) paragraphs.push({ start: m.index, end: m.index + m[0].length });
  return { paragraphs, sentences: paragraphs.map((p, i) => ({ ...p, paragraph: i })), quotations: [] };
}
