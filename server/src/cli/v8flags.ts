// Engine settings for a short-lived command. Imported first by main.ts, so it runs before any other module of
// the CLI; none of them changes what is found, only how fast the engine gets there.
import * as fs from 'node:fs';
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
// on small files.
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
  let total = 0;
  for (const f of files) {
    try {
      total += fs.statSync(f).size;
    } catch {
      // Unreadable files are reported later, where they are read.
    }
    if (total > QUICK_START_LIMIT) return;
  }
  setFlags(QUICK_START_FLAGS);
  // V8 refuses a code cache made under other flags than its own start: put them back before bin/load.js
  // writes one at exit (its exit handler is registered after this one, so it runs after it).
  process.once('exit', () => setFlags(QUICK_START_FLAGS.replace(/--no-/g, '--')));
}

const QUICK_START_FLAGS = '--no-turbo-inlining --no-turbo-loop-peeling --no-turbo-escape --no-turbo-splitting';
