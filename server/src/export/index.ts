// Export of one article's annotations (automatic + manual) to files in a folder, for the CLI and the
// editor command alike.
import * as path from 'node:path';
import type { ArticleModel } from '../analysis/types';
import type { GlossaryEntry } from '../analysis/glossaryTypes';
import { reanchor } from '../store/anchor';
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
  return files.map((f) => {
    const base = path.basename(f).replace(/\.[^.]+$/, '') || 'article';
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
    used.add(name);
    return name;
  });
}

/** Writes an article's export files (atomically each) and returns their paths. */
export function writeExport(input: ExportInput, formats: ExportFormat[], outDir: string, name: string): string[] {
  const written: string[] = [];
  for (const format of formats) {
    for (const [rel, content] of Object.entries(exportFiles(input, format, name))) {
      const p = path.join(outDir, rel);
      writeAtomic(p, content);
      written.push(p);
    }
  }
  return written;
}

/** The manual tags of an article on disk, anchored on its text (orphans flagged), or [] without a sidecar. */
export function loadTagsFor(articlePath: string, text: string, location = 'beside', workspaceFolders: string[] = []): { tags: Tag[]; problems: string[] } {
  const json = readSidecar(sidecarPath(path.resolve(articlePath), location, workspaceFolders));
  if (json === undefined) return { tags: [], problems: [] };
  const result = fromSidecar(json, text);
  for (const t of result.tags) reanchor(t, text);
  return result;
}
