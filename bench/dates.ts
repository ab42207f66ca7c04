// `node --import tsx bench/dates.ts`: milliseconds findDates takes on a 1 MB article built from the sample
// articles, and on pathological inputs. Prints numbers only; nothing is asserted.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findDates } from '../server/src/analysis/dates';
import { segment } from '../server/src/analysis/segment';

const dir = path.resolve(__dirname, '../test/fixtures');
const samples = fs
  .readdirSync(dir)
  .filter((f) => /\.(news|article)$/.test(f))
  .map((f) => fs.readFileSync(path.join(dir, f), 'utf8').replace(/^---[\s\S]*?\n---\n/, ''));

function repeat(parts: string[], bytes: number): string {
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const p = parts[i % parts.length];
    out.push(p, '\n');
    n += p.length + 1;
  }
  return out.join('');
}

function bench(name: string, text: string): void {
  const { paragraphs } = segment(text, 0);
  let best = Infinity;
  let first = 0;
  let found = 0;
  // Best of 10 is the steady state of a long-lived server; the first run (JIT warm-up) is shown as "cold".
  for (let i = 0; i < 10; i++) {
    // CPU time rather than wall time: other processes share the machine.
    const t = process.cpuUsage();
    found = findDates(text, paragraphs, '2025-11-14').length;
    const used = process.cpuUsage(t);
    const ms = (used.user + used.system) / 1000;
    if (i === 0) first = ms;
    best = Math.min(best, ms);
  }
  console.log(
    `${name.padEnd(34)} ${(text.length / 1e6).toFixed(2)} MB  ${best.toFixed(0).padStart(6)} ms CPU (cold ${first.toFixed(0).padStart(5)})  ${found} dates`,
  );
}

bench('1 MB of sample articles', repeat(samples, 1_000_000));
bench('1 MB single line of articles', repeat(samples, 1_000_000).replace(/\n/g, ' '));
bench('"may may may ..." 1 MB', 'May may '.repeat(125_000));
bench('weekday soup 1 MB', 'Thursday Nov. 13 last week 10 a.m. '.repeat(28_000));
bench('digits 1 MB', '2008 1990 3/4 12:30 '.repeat(50_000));
