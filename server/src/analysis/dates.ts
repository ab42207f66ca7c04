// Temporal expressions, normalised to TIMEX3. (Stub.)
import type { DateAnnotation, Paragraph } from './types';

/** Finds and normalises the temporal expressions of each paragraph against the reference date. */
export function findDates(_text: string, _paragraphs: Paragraph[], _referenceDate: string | null): DateAnnotation[] {
  return [];
}
