// Paragraphs, sentences and quotations. (Stub: to be replaced by the segmentation work.)
import type { Paragraph, Quotation, Sentence } from './types';

export interface Segmentation {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  quotations: Quotation[];
}

/** Splits the text from `from` on into paragraphs (blank-line or line separated) and sentences. */
export function segment(text: string, from: number): Segmentation {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const re = /[^\r\n]+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!m[0].trim()) continue;
    paragraphs.push({ start: m.index, end: m.index + m[0].length });
    sentences.push({ start: m.index, end: m.index + m[0].length, paragraph: paragraphs.length - 1 });
  }
  return { paragraphs, sentences, quotations: [] };
}
