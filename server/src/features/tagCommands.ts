// The command ids the server executes for tagging, and their argument shapes. Code actions, hover links and
// the VS Code client all go through these, so one handler serves every way in.
import type { Command } from 'vscode-languageserver';
import type { NewTag, RejectableKind, TagKind } from '../store/model';

export const COMMANDS = {
  tag: 'policyLens.tag',
  tagMany: 'policyLens.tagMany',
  deleteTag: 'policyLens.deleteTag',
  reattachTag: 'policyLens.reattachTag',
  updateTag: 'policyLens.updateTag',
  addToGlossary: 'policyLens.addToGlossary',
  neverTag: 'policyLens.neverTag',
  exportAnnotations: 'policyLens.exportAnnotations',
} as const;

/** Arguments of policyLens.tag. `ask` lists fields the client should prompt for (VS Code: an input box). */
export interface TagArgs extends NewTag {
  uri: string;
  ask?: ('source' | 'note')[];
}

export interface TagManyArgs {
  uri: string;
  tags: NewTag[];
}

export interface TagRefArgs {
  uri: string;
  id: string;
  start?: number;
  end?: number;
  note?: string;
  source?: string;
  ask?: ('source' | 'note')[];
}

/** Arguments of policyLens.addToGlossary (also what hover's "Add to glossary" link sends). */
export interface AddToGlossaryArgs {
  uri: string;
  start: number;
  end: number;
  kind: 'actor' | 'agreement';
  category?: string;
  text: string;
  /** Add the text as an alias of this entry instead of as a new entry. */
  aliasOf?: string;
}

export function tagCommand(title: string, uri: string, kind: TagKind, start: number, end: number, extra: Partial<TagArgs> = {}): Command {
  const args: TagArgs = { uri, kind, start, end, ...extra };
  return { title, command: COMMANDS.tag, arguments: [args] };
}

export function rejectCommand(title: string, uri: string, rejects: RejectableKind, start: number, end: number): Command {
  return tagCommand(title, uri, 'reject', start, end, { rejects });
}

/** Reads the first argument of a command as an object, or undefined. */
export function firstArg<T>(args: unknown[] | undefined): T | undefined {
  const a = args?.[0];
  return a && typeof a === 'object' ? (a as T) : undefined;
}
