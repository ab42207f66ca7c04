// Actors and agreements. (Stub.)
import type { ActorAnnotation, AgreementAnnotation } from './types';
import type { Segmentation } from './segment';
import type { Gazetteer } from './gazetteer';

/** Finds actor and agreement mentions, linked to glossary entries where known. */
export function findActorsAndAgreements(
  _text: string,
  _seg: Segmentation,
  _gazetteer: Gazetteer,
): { actors: ActorAnnotation[]; agreements: AgreementAnnotation[] } {
  return { actors: [], agreements: [] };
}
