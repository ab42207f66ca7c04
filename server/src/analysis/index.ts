// The public face of the core.
export * from './types';
export * from './glossaryTypes';
export { analyze, type AnalysisOptions } from './analyze';
export { createGazetteer, type Gazetteer } from './gazetteer';
export { LineIndex, CodePointIndex } from './positions';
