// Attributions as tests compare them: by the text of their cue, source and content.
import type { AttributionAnnotation } from '../../server/src/analysis/types';

export interface Seen {
  cue: string;
  source: string | null;
  content?: string;
  vague: boolean;
}

/** Each attribution's cue, source and content as text, and whether it is vague (with `anonymousToo`, or anonymous). */
export function seenOf(text: string, list: readonly AttributionAnnotation[], anonymousToo = false): Seen[] {
  return list.map((a) => ({
    cue: a.text,
    source: a.source?.text ?? null,
    content: a.content ? text.slice(a.content.start, a.content.end) : undefined,
    vague: (a.vague ?? false) || (anonymousToo && (a.anonymous ?? false)),
  }));
}
