// Claims worth sourcing, and the diagnostics for unsourced or vaguely sourced ones. (Stub.)
import type { ActorAnnotation, AttributionAnnotation, Claim, DateAnnotation, Finding, FrontMatter, Severity } from './types';
import type { Segmentation } from './segment';

export interface ClaimOptions {
  enabled: boolean;
  unsourcedSeverity: Severity;
  vagueSeverity: Severity;
  /** Rule codes switched off (e.g. "vague-attribution"). */
  disabledRules: string[];
}

export interface ClaimContext {
  attributions: AttributionAnnotation[];
  dates: DateAnnotation[];
  actors: ActorAnnotation[];
  frontMatter: FrontMatter | null;
}

/** Judges each sentence: a claim or not, and how it is sourced. */
export function findClaims(
  _text: string,
  _seg: Segmentation,
  _ctx: ClaimContext,
  _options?: Partial<ClaimOptions>,
): { claims: Claim[]; findings: Finding[] } {
  return { claims: [], findings: [] };
}
