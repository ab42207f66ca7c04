// `policy-lens export FILE... --format brat|w3c|csv|json --out DIR`: each article's automatic annotations
// with its manual tags (from its sidecar) merged, written to DIR.
// (Named imports: a namespace import of a Node module is copied key by key into an object at every start.)
import { existsSync, statSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { URI } from 'vscode-uri';
import { analyze } from '../analysis/analyze';
import type { Gazetteer } from '../analysis/gazetteer';
import { applyTags } from '../store/overlay';
import { EXPORT_FORMATS, exportNames, failureMessage, loadTagsFor, writeExportEach, type ExportFormat } from '../export';
import { readFailure } from './files';
import type { CliIo } from './io';

export interface ExportOptions {
  formats: ExportFormat[];
  out: string;
  /** Where sidecars are: "beside" or a folder (relative to `root`). */
  annotations: string;
  root: string;
  referenceDate?: string;
  /** The reader's day (YYYY-MM-DD). */
  today: string;
}

/** Parses a --format value for export ("brat", "brat,csv"); throws a message for an unknown one. */
export function parseExportFormats(value: string): ExportFormat[] {
  const out: ExportFormat[] = [];
  for (const f of value.split(',').map((s) => s.trim()).filter(Boolean)) {
    if (!(EXPORT_FORMATS as readonly string[]).includes(f)) throw new Error(`--format must be brat, w3c, csv or json (or several, comma separated), not "${f}"`);
    if (!out.includes(f as ExportFormat)) out.push(f as ExportFormat);
  }
  return out;
}

/** Exports each file; returns the exit status (1 when a file could not be read). */
export function runExport(files: string[], o: ExportOptions, gazetteer: Gazetteer, io: Pick<CliIo, 'out' | 'err'>, read: (file: string) => string): number {
  let status = 0;
  if (existsSync(o.out) && !statSync(o.out).isDirectory()) {
    io.err(`policy-lens: --out ${o.out} is a file; give a folder (it is created when missing)\n`);
    return 2;
  }
  // Standard input ("-") is exported as "stdin.json" ..., not "-.json".
  const names = exportNames(files.map((f) => (f === '-' ? 'stdin' : f)));
  files.forEach((file, i) => {
    let text: string;
    try {
      text = read(file);
    } catch (err) {
      io.err(`policy-lens: ${file}: ${readFailure(err)}\n`);
      status = 1;
      return;
    }
    const model = analyze(text, { referenceDate: o.referenceDate, today: o.today, gazetteer });
    const { tags, problems } = file === '-' ? { tags: [], problems: [] } : loadTagsFor(file, text, o.annotations, [o.root]);
    for (const p of problems) io.err(`policy-lens: ${file}: annotations: ${p}\n`);
    for (const t of tags) if (t.orphan) io.err(`policy-lens: ${file}: warning: the ${t.kind} tag on "${t.exact.slice(0, 60)}" lost its text; not exported\n`);
    const merged = applyTags(model, tags, gazetteer);
    const source = file === '-' ? 'stdin' : URI.file(resolvePath(file)).toString();
    // Each format on its own: one that cannot be written (too large for one string, a full disk) is reported, and
    // the others are still written and listed.
    const { written, failures } = writeExportEach({ file, source, model: merged, tags, entryOf: (id) => gazetteer.get(id) }, o.formats, o.out, names[i]);
    for (const p of written) io.out(`${p}\n`);
    for (const f of failures) io.err(`policy-lens: ${failureMessage(f)}\n`);
    if (failures.length) status = 1;
  });
  return status;
}
