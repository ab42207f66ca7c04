// Times the actor and agreement finder alone on ~1 MB of news (the sample paragraphs repeated), in CPU ms,
// best of several runs (CPU time is steadier than wall time on a busy machine). Also prints a digest of the
// output so that a speed change can be checked to leave the results identical.
// Usage: node --import tsx bench/actors.ts [bytes] [runs]
import { segment } from '../server/src/analysis/segment';
import { createGazetteer } from '../server/src/analysis/gazetteer';
import { findActorsAndAgreements } from '../server/src/analysis/actors';
import { tokenize } from '../server/src/analysis/tokens';
import { builtinGlossary } from '../server/src/glossary';
import { bestOf, digest, repeatTo, sampleParagraphs } from './sample';

const paragraphs = sampleParagraphs();
const bytes = Number(process.argv[2] ?? 1_000_000);
const runs = Number(process.argv[3] ?? 5);
const text = repeatTo(paragraphs, bytes, '\n\n');
const seg = segment(text, 0);
const gazetteer = createGazetteer(builtinGlossary());

function best(fn: () => unknown): string {
  const t = bestOf(runs, fn);
  return `${t.cpu.toFixed(0).padStart(6)} ms cpu ${t.wall.toFixed(0).padStart(6)} ms wall`;
}

findActorsAndAgreements(text.slice(0, 20000), segment(text.slice(0, 20000), 0), gazetteer); // warm up
const tok = best(() => tokenize(text));
const out = findActorsAndAgreements(text, seg, gazetteer);
const act = best(() => findActorsAndAgreements(text, seg, gazetteer));
console.log(`text ${(text.length / 1e6).toFixed(2)} MB, ${paragraphs.length} distinct paragraphs`);
console.log(`tokenize (whole text)            ${tok}`);
console.log(`findActorsAndAgreements          ${act}  ${out.actors.length} actors, ${out.agreements.length} agreements, digest ${digest(out)}`);
