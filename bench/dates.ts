// `node --import tsx bench/dates.ts`: milliseconds findDates takes on a 1 MB article built from the sample
// articles, and on pathological inputs. Prints numbers only; nothing is asserted.
import { findDates } from '../server/src/analysis/dates';
import { segment } from '../server/src/analysis/segment';
import { bestOf, repeatTo, sampleBodies } from './sample';

const samples = sampleBodies();

function bench(name: string, text: string): void {
  const { paragraphs } = segment(text, 0);
  let found = 0;
  // Best of 10 is the steady state of a long-lived server; the first run (JIT warm-up) is shown as "cold".
  const { cpu: best, first } = bestOf(10, () => (found = findDates(text, paragraphs, '2025-11-14').length));
  console.log(
    `${name.padEnd(34)} ${(text.length / 1e6).toFixed(2)} MB  ${best.toFixed(0).padStart(6)} ms CPU (cold ${first.toFixed(0).padStart(5)})  ${found} dates`,
  );
}

bench('1 MB of sample articles', repeatTo(samples, 1_000_000));
bench('1 MB single line of articles', repeatTo(samples, 1_000_000).replace(/\n/g, ' '));
bench('"may may may ..." 1 MB', 'May may '.repeat(125_000));
bench('weekday soup 1 MB', 'Thursday Nov. 13 last week 10 a.m. '.repeat(28_000));
bench('digits 1 MB', '2008 1990 3/4 12:30 '.repeat(50_000));
