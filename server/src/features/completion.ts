// Completion of glossary labels and aliases, so an editor writes names the way the glossary knows them.
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver';
import type { Gazetteer } from '../analysis/gazetteer';

/** Glossary labels and aliases that start with the word before `offset` (at least two letters). */
export function completions(text: string, offset: number, gazetteer: Gazetteer, limit = 50): CompletionItem[] {
  const m = /[\p{L}][\p{L}\p{N}.'’-]*$/u.exec(text.slice(Math.max(0, offset - 60), offset));
  if (!m || m[0].length < 2) return [];
  const prefix = m[0].toLowerCase();
  const items: CompletionItem[] = [];
  for (const e of gazetteer.data.entries) {
    for (const name of [e.label, ...(e.aliases ?? [])]) {
      if (!name.toLowerCase().startsWith(prefix) || name.length === prefix.length) continue;
      items.push({
        label: name,
        kind: e.kind === 'agreement' ? CompletionItemKind.Struct : CompletionItemKind.Reference,
        detail: name === e.label ? `${e.kind}${e.category ? ` · ${e.category}` : ''}` : `${e.label} (${e.kind})`,
        sortText: `${name === e.label ? 0 : 1}${name.toLowerCase()}`,
      });
      if (items.length >= limit) return items;
    }
  }
  return items;
}
