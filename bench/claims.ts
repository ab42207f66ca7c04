// Times segment(), findAttributions() and findClaims() separately on ~1 MB of news (the sample paragraphs
// repeated), in CPU ms, best of several runs (CPU time is steadier than wall time on a busy machine). Prints a
// digest of each stage's output so that a speed change can be checked to leave the results identical.
// Usage: node --import tsx bench/claims.ts [bytes] [runs]
import { segment } from '../server/src/analysis/segment';
import { findAttributions } from '../server/src/analysis/attribution';
import { findClaims } from '../server/src/analysis/claims';
import { bestOf, digest, repeatTo, sampleParagraphs } from './sample';

const paragraphs = sampleParagraphs();
const bytes = Number(process.argv[2] ?? 1_000_000);
const runs = Number(process.argv[3] ?? 5);
const text = repeatTo(paragraphs, bytes, '\n\n');
const best = (fn: () => unknown): number => bestOf(runs, fn).cpu;

// Warm up on a small slice so the first timed run is not the compiler's.
{
  const small = text.slice(0, 20000);
  const s = segment(small, 0);
  findClaims(small, s, { attributions: findAttributions(small, s, []), dates: [], actors: [], frontMatter: null });
}
const seg = segment(text, 0);
const atts = findAttributions(text, seg, []);
const ctx = { attributions: atts, dates: [], actors: [], frontMatter: null };
const claims = findClaims(text, seg, ctx);
const tSeg = best(() => segment(text, 0));
const tAtt = best(() => findAttributions(text, seg, []));
const tClm = best(() => findClaims(text, seg, ctx));
console.log(`text ${(text.length / 1e6).toFixed(2)} MB, ${paragraphs.length} distinct paragraphs`);
console.log(`segment            ${tSeg.toFixed(0).padStart(6)} ms cpu  ${seg.sentences.length} sentences, ${seg.quotations.length} quotations, digest ${digest(seg)}`);
console.log(`findAttributions   ${tAtt.toFixed(0).padStart(6)} ms cpu  ${atts.length} attributions, digest ${digest(atts)}`);
console.log(`findClaims         ${tClm.toFixed(0).padStart(6)} ms cpu  ${claims.claims.length} claims, ${claims.findings.length} findings, digest ${digest(claims)}`);
console.log(`total              ${(tSeg + tAtt + tClm).toFixed(0).padStart(6)} ms cpu`);
