// Imported first by main.ts, so it runs before any other module of the CLI. V8 normally runs a regular
// expression through its bytecode interpreter first and compiles it to machine code only once it proves hot;
// the core's regexes (large alternations, run on every chunk) all prove hot, so on a big article that first
// interpreted stretch is pure loss (~15-20% of a cold 1 MB run). Compiling them straight away costs little
// on small files. The flag changes how a pattern runs, never what it matches.
import { setFlagsFromString } from 'node:v8';

try {
  setFlagsFromString('--no-regexp-tier-up');
} catch {
  // An engine without the flag just runs as before.
}
