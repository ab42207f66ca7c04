// Export of one article's annotations (automatic + manual) to files in a folder, for the CLI and the
// editor command alike.
import * as path from 'node:path';
import type { ArticleModel } from '../analysis/types';
import type { GlossaryEntry } from '../analysis/glossaryTypes';
import { reanchorAll } from '../store/anchor';
import type { Tag } from '../store/model';
import { fromSidecar, readSidecar, sidecarPath, writeAtomic } from '../store/sidecar';
import { BRAT_CONF, toBrat } from './brat';
import { toMergedJson, toTimelineCsv, toW3C } from './formats';

export const EXPORT_FORMATS = ['brat', 'w3c', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportInput {
  /** The file name as given (CLI) or the article's path (editor). */
  file: string;
  /** The target's identifier in W3C output (a file: URI). */
  source: string;
  model: ArticleModel;
  tags: readonly Tag[];
  entryOf?: (id: string) => GlossaryEntry | undefined;
}

/** The files one article exports to, by name relative to the output folder. */
export function exportFiles(input: ExportInput, format: ExportFormat, name: string): Record<string, string> {
  switch (format) {
    case 'brat':
      return { [`${name}.txt`]: input.model.text, [`${name}.ann`]: toBrat(input.model, input.tags, input.entryOf), 'annotation.conf': BRAT_CONF };
    case 'w3c':
      return { [`${name}.jsonld`]: JSON.stringify(toW3C(input.source, input.model, input.tags), null, 2) + '\n' };
    case 'csv':
      return { [`${name}.timeline.csv`]: toTimelineCsv(input.file, input.model) };
    case 'json':
      return { [`${name}.json`]: JSON.stringify(toMergedJson(input.file, input.model, input.tags), null, 2) + '\n' };
  }
}

/** A base name per input file, unique within one export (two "a.news" from different folders get "a", "a-2"). */
export function exportNames(files: string[]): string[] {
  const used = new Set<string>();
  // Per base name, the number to try next: every "base-k" below it is taken (names are never freed), so
  // starting there gives the same name as counting from 2, without recounting for each file.
  const nextNumber = new Map<string, number>();
  return files.map((f) => {
    const base = path.basename(f).replace(/\.[^.]+$/, '') || 'article';
    let name = base;
    if (used.has(name)) {
      let n = nextNumber.get(base) ?? 2;
      while (used.has(`${base}-${n}`)) n++;
      name = `${base}-${n}`;
      nextNumber.set(base, n + 1);
    }
    used.add(name);
    return name;
  });
}

/** A format of an article that could not be exported, and why in plain words. */
export interface ExportFailure {
  file: string;
  format: ExportFormat;
  reason: string;
}

/** What writing an article's export did: the files written, and the formats that failed. */
export interface ExportResult {
  written: string[];
  failures: ExportFailure[];
}

/** Why building or writing a format failed, for a person. */
function failureReason(err: unknown): string {
  if (err instanceof RangeError && /invalid string length/i.test(err.message)) {
    return 'the output would be larger than this JavaScript engine can hold in one string; export it in another format or split the article';
  }
  return err instanceof Error ? err.message : String(err);
}

/** The sentence for one failed format, naming the file and the format. */
export function failureMessage(f: ExportFailure): string {
  return `${f.file}: cannot export to ${f.format}: ${f.reason}`;
}

/**
 * Writes an article's export files (atomically each), each format on its own: one that cannot be built
 * or written (an output too large for one string, a full disk) is reported and the others are still
 * written. `build` is exportFiles except in tests.
 */
export function writeExportEach(
  input: ExportInput,
  formats: ExportFormat[],
  outDir: string,
  name: string,
  build: typeof exportFiles = exportFiles,
): ExportResult {
  const written: string[] = [];
  const failures: ExportFailure[] = [];
  for (const format of formats) {
    try {
      // Built whole before anything is written, so a format that cannot be built leaves no file behind.
      for (const [rel, content] of Object.entries(build(input, format, name))) {
        const p = path.join(outDir, rel);
        writeAtomic(p, content);
        written.push(p);
      }
    } catch (err) {
      failures.push({ file: input.file, format, reason: failureReason(err) });
    }
  }
  return { written, failures };
}

/** Thrown by writeExport when a format failed, after every other format was written. */
export class ExportError extends Error {
  constructor(
    readonly written: string[],
    readonly failures: ExportFailure[],
  ) {
    const failed = failures.map((f) => `${f.format}: ${f.reason}`).join('. ');
    const done = [...new Set(written.map((p) => path.basename(p)))];
    super(done.length ? `${failed}. Written all the same: ${done.join(', ')}` : failed);
    this.name = 'ExportError';
  }
}

/**
 * Writes an article's export files and returns their paths. Every format that can be is written; when
 * any failed, throws an ExportError afterwards (naming each failed format and why, and carrying the
 * paths written), so a caller that only catches still reports the failure and exits non-zero.
 */
export function writeExport(input: ExportInput, formats: ExportFormat[], outDir: string, name: string, build: typeof exportFiles = exportFiles): string[] {
  const { written, failures } = writeExportEach(input, formats, outDir, name, build);
  if (failures.length) throw new ExportError(written, failures);
  return written;
}

/** The manual tags of an article on disk, anchored on its text (orphans flagged), or [] without a sidecar. */
export function loadTagsFor(articlePath: string, text: string, location = 'beside', workspaceFolders: string[] = []): { tags: Tag[]; problems: string[] } {
  const json = readSidecar(sidecarPath(path.resolve(articlePath), location, workspaceFolders));
  if (json === undefined) return { tags: [], problems: [] };
  const result = fromSidecar(json, text);
  reanchorAll(result.tags, text);
  return result;
}
