// Times the actor and agreement finder alone on ~1 MB of news (the sample paragraphs repeated), in CPU ms,
// best of several runs (CPU time is steadier than wall time on a busy machine). Also prints a digest of the
// output so that a speed change can be checked to leave the results identical.
// Usage: node --import tsx bench/actors.ts [bytes] [runs]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { segment } from '../server/src/analysis/segment';
import { createGazetteer } from '../server/src/analysis/gazetteer';
import { findActorsAndAgreements } from '../server/src/analysis/actors';
import { tokenize } from '../server/src/analysis/tokens';
import { builtinGlossary } from '../server/src/glossary';

const root = path.resolve(__dirname, '..');
const dir = path.join(root, 'test/fixtures');
const paragraphs = fs
  .readdirSync(dir)
  .filter((f) => /\.(news|article)$/.test(f))
  .flatMap((f) => fs.readFileSync(path.join(dir, f), 'utf8').replace(/^---[\s\S]*?\n---\n/, '').split(/\n\s*\n/))
  .filter((p) => p.trim());

const bytes = Number(process.argv[2] ?? 1_000_000);
const runs = Number(process.argv[3] ?? 5);
const parts: string[] = [];
let n = 0;
for (let i = 0; n < bytes; i++) {
  const p = paragraphs[i % paragraphs.length];
  parts.push(p);
  n += p.length + 2;
}
const text = parts.join('\n\n');
const seg = segment(text, 0);
const gazetteer = createGazetteer(builtinGlossary());

/** Best CPU ms and best wall ms over the runs (CPU counts all the process's threads: GC, and tsx's loader). */
function best(fn: () => unknown): string {
  let cpu = Infinity;
  let wall = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    const c = process.cpuUsage();
    fn();
    const u = process.cpuUsage(c);
    cpu = Math.min(cpu, (u.user + u.system) / 1000);
    wall = Math.min(wall, Number(process.hrtime.bigint() - t) / 1e6);
  }
  return `${cpu.toFixed(0).padStart(6)} ms cpu ${wall.toFixed(0).padStart(6)} ms wall`;
}

findActorsAndAgreements(text.slice(0, 20000), segment(text.slice(0, 20000), 0), gazetteer); // warm up
const tok = best(() => tokenize(text));
const out = findActorsAndAgreements(text, seg, gazetteer);
const act = best(() => findActorsAndAgreements(text, seg, gazetteer));
const digest = createHash('sha1').update(JSON.stringify(out)).digest('hex').slice(0, 12);
console.log(`text ${(text.length / 1e6).toFixed(2)} MB, ${paragraphs.length} distinct paragraphs`);
console.log(`tokenize (whole text)            ${tok}`);
console.log(`findActorsAndAgreements          ${act}  ${out.actors.length} actors, ${out.agreements.length} agreements, digest ${digest}`);
