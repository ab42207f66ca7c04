// Evaluation of actors against ../shared/data. (Stub.)
import type { EvalResult } from './run';

export function evaluate(_dataDir: string): EvalResult {
  console.log('not yet implemented');
  return { scores: {} };
}
