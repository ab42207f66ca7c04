// Reported speech: cues, sources, content. (Stub.)
import type { ActorAnnotation, AttributionAnnotation } from './types';
import type { Segmentation } from './segment';

/** Finds attributions (cue + source + content) in the text. */
export function findAttributions(_text: string, _seg: Segmentation, _actors: ActorAnnotation[]): AttributionAnnotation[] {
  return [];
}
