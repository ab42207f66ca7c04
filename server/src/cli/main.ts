// `policy-lens annotate | check FILE...`: the core from a terminal.
import { preferQuickStart } from './v8flags';
// (Next: in the narrow bundle it sets up the patterns that later modules build as they load.)
import { NARROW, fitsAlphabet } from './narrow';
// (Named imports: a namespace import of a Node module is copied key by key into an object at every start.)
import { fstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { analyze } from '../analysis/analyze';
import { createGazetteer, type Gazetteer } from '../analysis/gazetteer';
import { builtinGlossary } from '../glossary/builtin';
import { mergeGlossaries } from '../glossary/merge';
import type * as GlossaryLoad from '../glossary/load';
import { URI } from 'vscode-uri';
import { dirname, extname, join as joinPath, resolve as resolvePath } from 'node:path';
import { toAnnotationJson } from './format';
import { ReportTotals, textReport } from './text';
import { refuseReason } from '../documents';
import { isIsoDay } from '../analysis/referenceDate';
import { parseFrontMatter } from '../analysis/frontMatter';
import { forCore } from '../analysis/fold';
import { parseExportFormats, runExport } from './export';
import { decodeArticle, readFailure, sizeInWords } from './files';
import { expandFolders } from './folders';
import type { ExportFormat } from '../export';
import { serveDaemon } from './daemon';
import { processIo, type CliIo } from './io';

const USAGE = `Usage:
  policy-lens annotate FILE... [--format text|json|jsonl] [--reference-date YYYY-MM-DD] [--glossary PATH]...
  policy-lens check FILE...    [--format text|json|jsonl] [--reference-date YYYY-MM-DD] [--glossary PATH]...
  policy-lens export FILE...   --format brat|w3c|csv|json[,...] --out DIR [--annotations beside|FOLDER]
  policy-lens daemon start [--wait] [FILE...] | status | stop
  (FILE "-" is standard input; a folder stands for the .news and .article files in it and its subfolders; after
  "--" every word is a file, even one that starts with "-".)

annotate  prints each article with its dates, actors, agreements and attributions marked, and its findings.
check     prints only the findings (unsourced claims, vague attributions, unresolved dates); exits 1 when
          there is any warning or error, so it can gate a pipeline.
export    writes each article's annotations with its manual tags (its .annotations.json sidecar) merged:
          brat standoff (NAME.txt + NAME.ann), W3C Web Annotation JSON-LD (NAME.jsonld), a CSV timeline of
          dates (NAME.timeline.csv) or the annotation-format JSON (NAME.json), into --out DIR.

Options:
  --format text|json|jsonl   text (default) is for people; json and jsonl follow the annotation format.
  --reference-date DATE      the article date for resolving "Thursday", "last month" ... (YYYY-MM-DD).
  --glossary PATH            add a glossary file (YAML or JSON); may be repeated.
  --color / --no-color       force or suppress colour in text output (default: colour on a terminal).
  --max-size BYTES           skip files larger than this (default 20 MB).
  --timing                   print how long each stage took, per file, on standard error.
  --out DIR                  (export) the folder to write to; created when missing.
  --annotations WHERE        (export) where sidecars are: beside (default) or a folder relative to the
                             current directory (setting policyLens.annotations.location).
  --no-daemon                run in this process, not in the background analyser.

After a first run, a background analyser serves the next ones (warm, so faster); it ends after ten idle
minutes or with "policy-lens daemon stop". "policy-lens daemon start" starts it ahead of the first run
(--wait: until its warm-up is done; FILEs: warm up on those too). POLICY_LENS_NO_DAEMON=1 turns it off.

Exit status: 0 success; 1 a file could not be read or reported, a glossary has errors, or (check) a
warning was found; 2 bad usage.`;

interface Options {
  command: string;
  files: string[];
  format: 'text' | 'json' | 'jsonl';
  referenceDate?: string;
  glossaries: string[];
  colour: boolean;
  maxSize: number;
  timing: boolean;
  exportFormats: ExportFormat[];
  out?: string;
  annotations: string;
}

class UsageError extends Error {}
class VersionShown extends Error {}

function parseArgs(argv: string[], io: CliIo): Options {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') throw new UsageError('');
  if (command === '--version' || command === '-v') {
    io.out('policy-lens 0.1.0\n');
    throw new VersionShown();
  }
  if (command !== 'annotate' && command !== 'check' && command !== 'export') throw new UsageError(`unknown command "${command}"`);
  const o: Options = { command, files: [], format: 'text', glossaries: [], colour: io.colour, maxSize: 20 * 1024 * 1024, timing: false, exportFormats: [], annotations: 'beside' };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    // "--" ends the options: every word after it is a file, even one that starts with "-" ("-draft.news").
    if (a === '--') {
      o.files.push(...rest.slice(i + 1));
      break;
    }
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = (): string => {
      const v = inline ?? rest[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--format') {
      const f = value();
      if (command === 'export') {
        try {
          o.exportFormats.push(...parseExportFormats(f).filter((x) => !o.exportFormats.includes(x)));
        } catch (err) {
          throw new UsageError((err as Error).message);
        }
        continue;
      }
      if (f !== 'text' && f !== 'json' && f !== 'jsonl') throw new UsageError(`--format must be text, json or jsonl, not "${f}"`);
      o.format = f;
    } else if (flag === '--reference-date') {
      const d = value();
      // A real day of the calendar ("2025-02-30" is none, though Date.parse rolls it over to March).
      if (!isIsoDay(d)) throw new UsageError(`--reference-date must be a date as YYYY-MM-DD, not "${d}"`);
      o.referenceDate = d;
    } else if (flag === '--glossary') o.glossaries.push(value());
    else if (flag === '--color' || flag === '--colour') o.colour = true;
    else if (flag === '--no-color' || flag === '--no-colour') o.colour = false;
    else if (flag === '--out' && command === 'export') o.out = value();
    else if (flag === '--annotations' && command === 'export') o.annotations = value();
    else if (flag === '--max-size') {
      const v = value();
      const n = Number(v);
      if (!v.trim() || !Number.isFinite(n) || n <= 0) throw new UsageError(`--max-size must be a number of bytes above 0, not "${v}"`);
      o.maxSize = n;
    }
    else if (flag === '--timing') o.timing = true;
    // (bin/daemon.js takes it; a run of dist/cli.js is in its own process anyway.)
    else if (flag === '--no-daemon') continue;
    else if (flag === '--help' || flag === '-h') throw new UsageError('');
    else if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option "${flag}"`);
    else o.files.push(a);
  }
  if (!o.files.length) throw new UsageError('no files given');
  if (command === 'export' && !o.exportFormats.length) throw new UsageError('export needs --format brat, w3c, csv or json');
  if (command === 'export' && !o.out) throw new UsageError('export needs --out DIR');
  return o;
}

/** The gazetteer of the built-in glossary and the given ones; `failed` when a glossary had errors (see exit status). */
function loadGazetteer(paths: string[], io: CliIo): { gazetteer: Gazetteer; failed: boolean } {
  const extra = [];
  let failed = false;
  for (const p of paths) {
    let text: string;
    try {
      text = readFileSync(p, 'utf8');
    } catch (err) {
      throw new UsageError(`cannot read glossary ${p}: ${readFailure(err)}`);
    }
    // Loaded here, with the yaml library it uses, only by a command given a glossary of its own.
    const { loadGlossaryText } = require('../glossary/load') as typeof GlossaryLoad;
    const result = loadGlossaryText(URI.file(resolvePath(p)).toString(), text);
    for (const prob of result.problems) {
      io.err(`${p}:${prob.line + 1}:${prob.character + 1}: ${prob.severity}: ${prob.message}\n`);
      if (prob.severity === 'error') failed = true;
    }
    extra.push({ entries: result.entries, stoplist: result.stoplist });
  }
  return { gazetteer: extra.length ? createGazetteer(mergeGlossaries(builtinGlossary(), ...extra)) : builtinGazetteer(), failed };
}

let builtin: Gazetteer | undefined;
/** The built-in glossary's gazetteer, made once (the background analyser serves many runs). */
function builtinGazetteer(): Gazetteer {
  return (builtin ??= createGazetteer(mergeGlossaries(builtinGlossary())));
}

/**
 * One article's report as text or JSON. Pretty-printed JSON is ~25 times the article's size, which past ~20 MB of
 * article exceeds the longest string the engine can build: then it is written compact (still the same JSON), and if
 * even that cannot be built, null.
 */
function render(build: (indent: number | undefined) => string, indent: number | undefined): string | null {
  try {
    return build(indent);
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
  }
  if (indent === undefined) return null;
  try {
    return build(undefined);
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
    return null;
  }
}

/** Wall time between named marks, for --timing, and the processor time of the whole span. */
function stageTimer(): { mark: (stage: string) => void; report: () => string } {
  const marks: [string, number][] = [];
  let last = performance.now();
  const cpu0 = process.cpuUsage();
  return {
    mark: (stage) => {
      const now = performance.now();
      marks.push([stage, now - last]);
      last = now;
    },
    report: () => {
      const total = marks.reduce((n, [, ms]) => n + ms, 0);
      // Processor time counts every thread of the process: the engine's compiler and garbage collector work beside
      // the analysis, so on a cold start it exceeds the wall time.
      const cpu = process.cpuUsage(cpu0);
      const cpuMs = (cpu.user + cpu.system) / 1000;
      return `${marks.map(([s, ms]) => `${s} ${ms.toFixed(0)} ms`).join(', ')}; total ${total.toFixed(0)} ms; cpu ${cpuMs.toFixed(0)} ms, all threads`;
    },
  };
}

function readArticle(file: string, maxSize: number, io: CliIo): string {
  const st = file === '-' ? fstatSync(0) : statSync(file);
  if (st.isDirectory()) throw new Error('is a folder with no .news or .article file in it');
  const tooLarge = (size: number) => new Error(`is ${sizeInWords(size)}, over the limit of ${sizeInWords(maxSize)} (--max-size)`);
  if (st.size > maxSize) throw tooLarge(st.size);
  // Standard input is read once, as bytes; a file straight to text, the quicker way, and again as bytes only when the
  // text holds a replacement character (a UTF-16 byte-order mark read as UTF-8, or bytes that are no UTF-8).
  let text = file === '-' ? undefined : readFileSync(file, 'utf8');
  let invalid = false;
  let latin1: boolean | undefined = false;
  if (text === undefined || text.includes('\uFFFD')) {
    const bytes = readFileSync(file === '-' ? 0 : file);
    // (A pipe has no size until it is read.)
    if (bytes.length > maxSize) throw tooLarge(bytes.length);
    ({ text, invalid, latin1 } = decodeArticle(bytes));
  }
  const refused = refuseReason(text, maxSize);
  if (refused) throw new Error(refused.replace(/^Policy Lens did not analyse this file: /, ''));
  // Annotated all the same (a few bad bytes should not lose a long article), but the user learns why some characters
  // show as the replacement character, and that offsets count the text as read.
  // Not a failure, but said: an empty file (or the wrong one) would otherwise pass `check` in silence.
  if (text.length < 4096 && !/\S/.test(text.slice(parseFrontMatter(forCore(text))?.end ?? 0))) {
    io.err(`policy-lens: ${file}: note: ${/\S/.test(text) ? 'it holds only front matter' : text.length ? 'it holds only blank space' : 'it is empty'}; there is no article text to annotate\n`);
  }
  if (latin1) io.err(`policy-lens: ${file}: warning: not valid UTF-8: read as Windows-1252 (Latin-1), one character a byte; save it as UTF-8 to be sure\n`);
  if (invalid) io.err(`policy-lens: ${file}: warning: not valid UTF-8: its invalid bytes were read as "\uFFFD" (U+FFFD), and offsets count each such run as that one character\n`);
  return text;
}

/** One run of the command over its arguments; returns the exit status. */
export function runCli(argv: string[], io: CliIo): number {
  let o: Options;
  try {
    o = parseArgs(argv, io);
  } catch (err) {
    if (err instanceof VersionShown) return 0;
    if (err instanceof UsageError) {
      if (err.message) io.err(`policy-lens: ${err.message}\n\n`);
      (err.message ? io.err : io.out)(`${USAGE}\n`);
      return err.message ? 2 : 0;
    }
    throw err;
  }
  o.files = expandFolders(o.files);
  if (io.quickStart) preferQuickStart(o.files);
  let gazetteer: Gazetteer;
  let glossaryFailed: boolean;
  try {
    ({ gazetteer, failed: glossaryFailed } = loadGazetteer(o.glossaries, io));
  } catch (err) {
    io.err(`policy-lens: ${(err as Error).message}\n`);
    return 2;
  }
  if (glossaryFailed) io.err('policy-lens: a glossary has errors (above); its other entries are used, and the exit status will be 1\n');
  if (o.command === 'export') {
    return Math.max(glossaryFailed ? 1 : 0, runExport(o.files, { formats: o.exportFormats, out: o.out!, annotations: o.annotations, root: process.cwd(), referenceDate: o.referenceDate, today: io.today }, gazetteer, io, (f) => readArticle(f, o.maxSize, io)));
  }
  let status = glossaryFailed ? 1 : 0;
  const jsonLines = o.format === 'jsonl' || (o.format === 'json' && o.files.length > 1);
  // (A text report of several articles ends with their totals: a folder checked at once.)
  const totals = o.format === 'text' && o.files.length > 1 ? new ReportTotals() : undefined;
  for (const file of o.files) {
    let text: string;
    try {
      text = readArticle(file, o.maxSize, io);
    } catch (err) {
      const reason = readFailure(err);
      io.err(`policy-lens: ${file}: ${reason}\n`);
      if (o.format !== 'text') io.out(JSON.stringify({ file, error: reason }, null, jsonLines ? undefined : 2) + '\n');
      status = 1;
      continue;
    }
    const timer = o.timing ? stageTimer() : undefined;
    const model = analyze(text, { referenceDate: o.referenceDate, today: io.today, gazetteer, onStage: timer?.mark });
    totals?.add(model);
    if (o.command === 'check') {
      model.dates = [];
      model.actors = [];
      model.agreements = [];
      model.attributions = [];
      if (model.findings.some((f) => f.severity === 'warning' || f.severity === 'error')) status = Math.max(status, 1);
    }
    const out = o.format === 'text'
      ? render(() => textReport(file, model, o.colour, o.command === 'check') + '\n\n', undefined)
      : render((indent) => JSON.stringify(toAnnotationJson(file, model), null, indent) + '\n', jsonLines ? undefined : 2);
    if (out === null) {
      const reason = `its report would be longer than the longest string this JavaScript engine can build (${(text.length / 1048576).toFixed(1)} MB of article); split the article`;
      io.err(`policy-lens: ${file}: ${reason}\n`);
      if (o.format !== 'text') io.out(JSON.stringify({ file, error: reason }) + '\n');
      status = 1;
      continue;
    }
    io.out(out);
    if (timer) {
      timer.mark('output');
      io.err(`policy-lens: ${file}: ${(text.length / 1024).toFixed(0)} KB; ${timer.report()}\n`);
    }
  }
  if (totals && totals.files > 1) io.out(`${totals.line(o.colour, o.command === 'check')}\n`);
  return status;
}

/**
 * The background analyser's warm-up: a text through the analysis and both reports, as a run would take it; and again
 * with a character that keeps it two bytes a character, as a text with combining accents or a zero-width space stays
 * (the engine's code for one kind of string is thrown away when it meets the other).
 */
function warmOn(text: string, today: string): void {
  for (const t of [text, `\u200B${text}`]) {
    const model = analyze(t, { today, gazetteer: builtinGazetteer() });
    JSON.stringify(toAnnotationJson('warm-up', model), null, 2);
    textReport('warm-up', model, false, false);
  }
}

/** Of each warm-up file, at most this much is read: the head of a long article reaches most of the paths its whole does. */
const WARM_HEAD = 512_000;

/**
 * The warm-up's texts: the heads of the articles of the run that started the analyser (a JSON { argv, cwd }, read as
 * that run read them), then the sentences of the unit tests (dist/warmup.txt, written by the build: they reach nearly
 * every path of the core, so that a new kind of text later runs at about its warm speed), then the articles beside
 * the first run's (.news, .article and those files' own kinds, in their folders: the next run most often takes one of
 * those), over and over while any can be read; with no file named (`policy-lens daemon start`), the tests' sentences
 * over and over.
 */
function* warmTexts(spec: string | undefined): Generator<string> {
  let files: string[];
  try {
    const { argv, cwd } = JSON.parse(spec ?? '') as { argv: string[]; cwd: string };
    const quiet: CliIo = { out: () => undefined, err: () => undefined, colour: false, today: '', quickStart: false };
    // (`policy-lens daemon start` names no file: none but the tests' sentences.)
    files = argv.length < 2 ? [] : expandFolders(parseArgs(argv, quiet).files.filter((f) => f !== '-').map((f) => resolvePath(cwd, f)));
  } catch {
    return;
  }
  const named = files.length;
  const kinds = new Set(['.news', '.article', ...files.map((f) => extname(f).toLowerCase()).filter(Boolean)]);
  const listed = new Set(files);
  for (const folder of new Set(files.map((f) => dirname(f)))) {
    try {
      for (const name of readdirSync(folder).sort()) {
        const f = joinPath(folder, name);
        if (kinds.has(extname(name).toLowerCase()) && !listed.has(f)) {
          listed.add(f);
          files.push(f);
        }
      }
    } catch {
      // An unreadable folder: its named files still warm up.
    }
  }
  const corpus = readHead(joinPath(__dirname, 'warmup.txt'));
  // (With no article to read, as after `policy-lens daemon start` alone, the tests' sentences at every pass, until the
  // warm-up's budget is spent: a text met again gives the engine's compiler the counts it waits for.)
  const corpusEveryPass = !files.length && corpus !== undefined;
  for (let pass = 0; ; pass++) {
    let any = corpusEveryPass;
    for (let i = 0; i <= files.length; i++) {
      if (i === named && corpus !== undefined && (pass === 0 || corpusEveryPass)) yield corpus;
      const text = i < files.length ? readHead(files[i]) : undefined;
      if (text === undefined) continue;
      any = true;
      yield text;
    }
    if (!any) return;
  }
}

/** The head (WARM_HEAD, cut at a line break) of a warm-up file, or undefined for one that cannot be read. */
function readHead(f: string): string | undefined {
  try {
    const st = statSync(f);
    if (!st.isFile() || st.size > 20 * 1024 * 1024) return undefined;
    const text = readFileSync(f, 'utf8');
    return text.length > WARM_HEAD ? text.slice(0, text.lastIndexOf('\n', WARM_HEAD) + 1 || WARM_HEAD) : text;
  } catch {
    return undefined;
  }
}

// `policy-lens annotate big.news | head`: once the reader has gone, stop quietly instead of dying on EPIPE.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  process.exit(process.exitCode ?? 0);
});

// bin/daemon.js starts the background analyser with this set; every other start is one run of the command.
const daemonSocket = process.env.POLICY_LENS_DAEMON_SOCKET;
if (daemonSocket) {
  const warmSpec = process.env.POLICY_LENS_DAEMON_WARM;
  delete process.env.POLICY_LENS_DAEMON_SOCKET;
  delete process.env.POLICY_LENS_DAEMON_WARM;
  serveDaemon(daemonSocket, { run: runCli, warm: warmOn, warmTexts: () => warmTexts(warmSpec) });
} else if (NARROW && !inputsFitAlphabet(process.argv.slice(2))) {
  // The narrow bundle, given a text beyond its alphabet: the full bundle runs the command instead, as if started alone.
  require(joinPath(__dirname, '..', 'bin', 'load.js'))('cli');
} else process.exitCode = runCli(process.argv.slice(2), processIo());

/**
 * Whether everything a run would read is written in the narrow bundle's alphabet: its arguments, its folder, the
 * articles and glossaries it names. Standard input, which only one bundle can read, and export, which also reads
 * sidecars, go to the full bundle; a file that cannot be read is left to the run, which reports it; arguments that make
 * no run (usage, --version) fit.
 */
function inputsFitAlphabet(argv: string[]): boolean {
  if (!argv.every(fitsAlphabet) || !fitsAlphabet(process.cwd())) return false;
  let o: Options;
  try {
    o = parseArgs(argv, { out: () => undefined, err: () => undefined, colour: false, today: '', quickStart: false });
  } catch {
    return true;
  }
  // (Export reads each article's sidecar of manual tags too, which an earlier version of the article wrote.)
  if (o.command === 'export') return false;
  for (const f of [...expandFolders(o.files), ...o.glossaries]) {
    if (f === '-' || !fitsAlphabet(f)) return false;
    let text: string;
    try {
      const st = statSync(f);
      if (!st.isFile()) continue;
      if (st.size > o.maxSize) continue;
      text = readFileSync(f, 'utf8');
    } catch {
      continue;
    }
    if (!fitsAlphabet(text)) return false;
  }
  return true;
}
