// The glossary package: loading and validating files, merging, and the built-in glossary.
export { loadGlossaryText, MAX_GLOSSARY_BYTES, MAX_PROBLEMS, type GlossaryLoadResult, type GlossaryProblem } from './load';
export { mergeGlossaries } from './merge';
export { builtinGlossary } from './builtin';
export { ACTOR_CATEGORIES, AGREEMENT_CATEGORIES, KINDS, isValidDate } from './validate';
