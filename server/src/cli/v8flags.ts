// Engine settings for a short-lived command. Imported first by main.ts, so it runs before any other module of
// the CLI; none of them changes what is found, only how fast the engine gets there.
// (Named imports: a namespace import of a Node module is copied key by key into an object at every start.)
import { statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

function setFlags(flags: string): void {
  try {
    setFlagsFromString(flags);
  } catch {
    // An engine without these flags just runs as before.
  }
}

// V8 normally runs a regular expression through its bytecode interpreter first and compiles it to machine
// code only once it proves hot; the core's regexes (large alternations, run on every chunk) all prove hot, so
// on a big article that first interpreted stretch is pure loss. Compiling them straight away costs little
// on small files. (bin/load.js sets it too, before it compiles the bundle against its code cache; this line
// covers dist/cli.js run directly.)
setFlags('--no-regexp-tier-up');

/** Above this much text in one run, the optimising compiler's full effort pays for itself. */
const QUICK_START_LIMIT = 2_000_000;

/**
 * A single run over a few megabytes spends most of its time waiting for V8's optimising compiler, whose one
 * background thread is busy for the whole run compiling the core's functions (measured: ~1.5 s of compile
 * work in a 1.1 s analysis of 1 MB). Without inlining, loop peeling, escape analysis and block splitting
 * each function compiles in about half the time and is ready sooner: a cold 250 KB article is analysed about
 * 28% faster and 1 MB about 10%; the code is slower once warm, which only a long run would notice (break-even
 * near 2 MB). So the command takes the quick start when the files it is given are smaller than that.
 */
export function preferQuickStart(files: string[]): void {
  // Only the bundle, whose functions are not compiled yet: run from the TypeScript sources (through tsx), the
  // loader's own code is already optimised, and switching the optimising compiler's settings under it crashed V8.
  if (__filename.endsWith('.ts')) return;
  let total = 0;
  for (const f of files) {
    try {
      total += statSync(f).size;
    } catch {
      // Unreadable files are reported later, where they are read.
    }
    if (total > QUICK_START_LIMIT) return;
  }
  const flags = quickStartFlags(process.versions.v8);
  setFlags(flags);
  // V8 refuses a code cache made under other flags than its own start: put them back before bin/load.js
  // writes one at exit (its exit handler is registered after this one, so it runs after it).
  process.once('exit', () => setFlags(flags.replace(/--no-/g, '--')));
}

const QUICK_START_FLAGS = '--no-turbo-inlining --no-turbo-loop-peeling --no-turbo-escape --no-turbo-splitting';

/**
 * The quick-start flags for a V8 version. From V8 13 (Node 24) on, its mid-tier compiler Maglev alone does
 * better still: it compiles in a fraction of TurboFan's time and its code is nearly as fast for one run
 * (measured in alternating runs: 1 MB 8-16% faster on Node 24 and 26, 250 KB 9%, even at 1.9 MB). On V8 12
 * (Node 22) Maglev alone took twice as long, and V8 11 (Node 20) has no Maglev by default: there TurboFan stays.
 */
export function quickStartFlags(v8Version: string): string {
  const major = parseInt(v8Version, 10);
  return major >= 13 ? `${QUICK_START_FLAGS} --no-turbofan` : QUICK_START_FLAGS;
}
