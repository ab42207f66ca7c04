// Edits to a glossary file as text edits (not a re-serialisation): adding an entry, an alias, a stoplist
// phrase. The caller passes the text the user sees (an open editor's unsaved text wins over the disk), and
// the result becomes a WorkspaceEdit, so the change is undoable like any other; a missing file is created.
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type YAMLMap, type YAMLSeq } from 'yaml';
import type { CreateFile, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { GlossaryEntry } from '../analysis/glossaryTypes';
import { LineIndex } from '../analysis/positions';
import { rememberLast } from '../analysis/chars';
import { rangeOf } from './load';

/** The glossary file to edit: its URI, its current text (undefined when it does not exist), its open version. */
export interface GlossaryFile {
  uri: string;
  text: string | undefined;
  /** The open editor's version, or null when it is not open. */
  version: number | null;
}

export interface NewEntry {
  id: string;
  label: string;
  kind: 'actor' | 'agreement' | 'term';
  category?: string;
  aliases?: string[];
}

/** An insertion or replacement at UTF-16 offsets of the file text. */
interface Splice {
  start: number;
  end: number;
  text: string;
}

const isJson = (f: GlossaryFile): boolean => /\.json$/i.test(f.uri) || (!!f.text && /^\s*[{[]/.test(f.text) && !/\.ya?ml$/i.test(f.uri));

/** A YAML scalar: plain when unambiguous, else double-quoted (JSON strings are valid YAML). */
export function yamlScalar(s: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N} .,'()/&-]*$/u.test(s) && !/[ ,]$/.test(s) && !/^(?:true|false|null|yes|no|on|off|~)$/i.test(s) && !/^[\d.+-]+$/.test(s)
    ? s
    : JSON.stringify(s);
}

/** A readable, unique id for a label ("Popular Mobilization Forces" -> "popular-mobilization-forces"). */
export function slugId(label: string, taken: (id: string) => boolean): string {
  const base =
    label.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'entry';
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}

function entryFields(e: NewEntry | GlossaryEntry): [string, unknown][] {
  const out: [string, unknown][] = [['id', e.id], ['label', e.label], ['kind', e.kind]];
  const g = e as GlossaryEntry;
  for (const k of ['category', 'aliases', 'seats', 'description', 'links', 'related', 'parties', 'signed', 'inForce'] as const) {
    const v = g[k];
    if (Array.isArray(v) ? v.length : v) out.push([k, v]);
  }
  return out;
}

function yamlEntry(e: NewEntry | GlossaryEntry, indent: string): string {
  const lines: string[] = [];
  for (const [k, v] of entryFields(e)) {
    const value = Array.isArray(v) ? `[${v.map((x) => JSON.stringify(String(x))).join(', ')}]` : yamlScalar(String(v));
    lines.push(`${lines.length ? indent + '  ' : indent + '- '}${k}: ${value}`);
  }
  return lines.join('\n') + '\n';
}

function jsonEntry(e: NewEntry | GlossaryEntry): string {
  return JSON.stringify(Object.fromEntries(entryFields(e)));
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

function columnOf(text: string, at: number): string {
  return ' '.repeat(at - lineStart(text, at));
}

/** Offset just after the line holding `at` (after its newline), and whether a newline must be added first. */
function afterLine(text: string, at: number): { at: number; needNewline: boolean } {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? { at: text.length, needNewline: true } : { at: nl + 1, needNewline: false };
}

// Several offers on one mention (new entry, aliases, stoplist) edit the same text: parse it once.
let lastParse: { text: string; root: YamlNode | null; ok: boolean } | undefined;
function parse(text: string): { root: YamlNode | null; ok: boolean } {
  if (lastParse?.text === text) return lastParse;
  const doc = parseDocument(text, { uniqueKeys: false });
  lastParse = { text, root: doc.contents as YamlNode | null, ok: doc.errors.length === 0 };
  return lastParse;
}

function pairOf(map: YAMLMap, key: string): { key: YamlNode; value: YamlNode | null } | undefined {
  const p = map.items.find((q) => isScalar(q.key) && String(q.key.value) === key);
  return p ? { key: p.key as YamlNode, value: (p.value ?? null) as YamlNode | null } : undefined;
}

/**
 * Appends items to a sequence: `blockItems` formats them as YAML block text at an indent, `flowItems` are
 * JSON/flow values. Several items go in one splice, laid out as adding them one at a time would.
 */
function appendToSeq(text: string, seq: YAMLSeq, blockItems: (indent: string) => string, flowItems: string[]): Splice {
  const [s, e] = rangeOf(seq as unknown as YamlNode);
  if (seq.flow) {
    const last = seq.items[seq.items.length - 1] as YamlNode | undefined;
    // Each item follows the previous one as the last item of the list follows its predecessor: on its own
    // line at the same column when that one sits on its own line (an empty list: when its `]` does).
    const at = last ? rangeOf(last)[1] : text.lastIndexOf(']', e);
    const anchor = last ? rangeOf(last)[0] : at;
    const ownLine = /\n[ \t]*$/.test(text.slice(0, anchor));
    const sep = ownLine ? `,\n${columnOf(text, anchor)}` : ', ';
    return { start: at, end: at, text: (last ? sep : '') + flowItems.join(sep) };
  }
  const indent = columnOf(text, s);
  const last = seq.items[seq.items.length - 1] as YamlNode | undefined;
  // A block mapping (an entry) ends after the newline of its last line: step back onto that line, or the
  // item would go after the next line (into a `stoplist:` right below, or after a blank line).
  const end = last ? rangeOf(last)[1] : e;
  const pos = afterLine(text, end > 0 && text[end - 1] === '\n' ? end - 1 : end);
  return { start: pos.at, end: pos.at, text: (pos.needNewline ? '\n' : '') + blockItems(indent) };
}

/** Where a missing top-level key goes: at the end of a YAML file, before the closing brace of a JSON one. */
function addTopLevel(file: GlossaryFile, root: YamlNode | null, key: string, yamlBlock: string, jsonValue: string): Splice {
  const text = file.text ?? '';
  if (isJson(file) && isMap(root)) {
    const [, e] = rangeOf(root);
    const close = text.lastIndexOf('}', e);
    const hasItems = root.items.length > 0;
    const lastEnd = hasItems ? rangeOf((root.items[root.items.length - 1].value ?? root.items[root.items.length - 1].key) as YamlNode)[1] : close;
    return { start: lastEnd, end: lastEnd, text: `${hasItems ? ',' : ''}\n  ${JSON.stringify(key)}: ${jsonValue}${hasItems ? '' : '\n'}` };
  }
  const sep = text.length && !text.endsWith('\n') ? '\n' : '';
  return { start: text.length, end: text.length, text: `${sep}${key}:\n${yamlBlock}` };
}

/** Text edits that add an entry to the glossary file (or the whole file when it is missing or empty). */
export function addEntrySplice(file: GlossaryFile, entry: NewEntry | GlossaryEntry): Splice {
  return addEntriesSplice(file, [entry]);
}

/**
 * One splice that adds several entries, in order: the text is the one adding them one by one would give,
 * but the file is parsed once (not once per entry, which made adding hundreds of entries take minutes).
 */
export function addEntriesSplice(file: GlossaryFile, entries: readonly (NewEntry | GlossaryEntry)[]): Splice {
  const text = file.text ?? '';
  if (!entries.length) return { start: text.length, end: text.length, text: '' };
  const block = (indent: string): string => entries.map((e) => yamlEntry(e, indent)).join('');
  const json = entries.map(jsonEntry);
  if (!text.trim()) {
    return { start: 0, end: text.length, text: isJson(file) ? `{\n  "entries": [\n    ${json.join(',\n    ')}\n  ]\n}\n` : `entries:\n${block('  ')}` };
  }
  const { root } = parse(text);
  let seq: YamlNode | null = null;
  if (isSeq(root)) seq = root;
  else if (isMap(root)) {
    const p = pairOf(root, 'entries');
    if (!p) return addTopLevel(file, root, 'entries', block('  '), `[\n    ${json.join(',\n    ')}\n  ]`);
    if (isSeq(p.value)) seq = p.value;
    else {
      // `entries:` with nothing after it yet.
      const pos = afterLine(text, rangeOf(p.key)[1]);
      const indent = columnOf(text, rangeOf(p.key)[0]) + '  ';
      return { start: pos.at, end: pos.at, text: (pos.needNewline ? '\n' : '') + block(indent) };
    }
  }
  if (!seq || !isSeq(seq)) throw new Error('the glossary is neither a list of entries nor a mapping with `entries:`');
  return appendToSeq(text, seq, block, json);
}

/** The entry node with an id in a glossary text. */
function findEntryNode(root: YamlNode | null, id: string): YAMLMap | undefined {
  const list = isSeq(root) ? root : isMap(root) ? pairOf(root, 'entries')?.value : null;
  if (!list || !isSeq(list)) return undefined;
  for (const item of list.items) {
    if (!isMap(item)) continue;
    const idNode = pairOf(item, 'id')?.value;
    if (isScalar(idNode) && String(idNode.value) === id) return item;
  }
  return undefined;
}

/**
 * Text edits that add an alias to an entry. When the file does not define the entry (a built-in one, or one
 * from another file), a full copy of the entry with the alias is added, which overrides it by id.
 */
export function addAliasSplice(file: GlossaryFile, entry: GlossaryEntry, alias: string): Splice {
  const text = file.text ?? '';
  const node = text.trim() ? findEntryNode(parse(text).root, entry.id) : undefined;
  if (!node) {
    const { origin: _origin, ...copy } = entry;
    return addEntrySplice(file, { ...copy, aliases: [...(entry.aliases ?? []), alias] });
  }
  const aliases = pairOf(node, 'aliases');
  if (aliases && isSeq(aliases.value)) {
    return appendToSeq(text, aliases.value, (indent) => `${indent}- ${yamlScalar(alias)}\n`, [JSON.stringify(alias)]);
  }
  const anchor = pairOf(node, 'label') ?? pairOf(node, 'id')!;
  const valueEnd = rangeOf(anchor.value ?? anchor.key)[1];
  if (isJson(file) || node.flow) {
    return { start: valueEnd, end: valueEnd, text: `, ${JSON.stringify('aliases')}: [${JSON.stringify(alias)}]` };
  }
  const indent = columnOf(text, rangeOf(anchor.key)[0]);
  const pos = afterLine(text, valueEnd);
  return { start: pos.at, end: pos.at, text: `${pos.needNewline ? '\n' : ''}${indent}aliases:\n${indent}  - ${yamlScalar(alias)}\n` };
}

/** Text edits that put a phrase on the glossary's stoplist. */
export function addStopSplice(file: GlossaryFile, phrase: string): Splice {
  const text = file.text ?? '';
  if (!text.trim()) {
    return { start: 0, end: text.length, text: isJson(file) ? `{\n  "entries": [],\n  "stoplist": [${JSON.stringify(phrase)}]\n}\n` : `stoplist:\n  - ${yamlScalar(phrase)}\n` };
  }
  const { root } = parse(text);
  if (isMap(root)) {
    const p = pairOf(root, 'stoplist');
    if (p && isSeq(p.value)) return appendToSeq(text, p.value, (indent) => `${indent}- ${yamlScalar(phrase)}\n`, [JSON.stringify(phrase)]);
    if (p) {
      const pos = afterLine(text, rangeOf(p.key)[1]);
      return { start: pos.at, end: pos.at, text: `${pos.needNewline ? '\n' : ''}  - ${yamlScalar(phrase)}\n` };
    }
    return addTopLevel(file, root, 'stoplist', `  - ${yamlScalar(phrase)}\n`, `[${JSON.stringify(phrase)}]`);
  }
  if (isSeq(root) && !isJson(file)) {
    // A bare list of entries has nowhere for a stoplist: turn it into `entries:` + `stoplist:`.
    const body = text.replace(/\n?$/, '\n').replace(/^(?=.)/gm, '  ');
    return { start: 0, end: text.length, text: `entries:\n${body}stoplist:\n  - ${yamlScalar(phrase)}\n` };
  }
  throw new Error('the glossary has no place for a stoplist');
}

// The offers of a whole article's names all edit the same text: its lines are indexed once, not once per edit.
const linesOf = rememberLast((text: string) => new LineIndex(text));

/** A splice as a WorkspaceEdit, creating the file first when it does not exist. */
export function toWorkspaceEdit(file: GlossaryFile, splice: Splice, documentChanges = true): WorkspaceEdit {
  const lines = linesOf(file.text ?? '');
  const edit: TextEdit = { range: { start: lines.positionAt(splice.start), end: lines.positionAt(splice.end) }, newText: splice.text };
  if (!documentChanges) return { changes: { [file.uri]: [edit] } };
  const out: (TextDocumentEdit | CreateFile)[] = [];
  if (file.text === undefined) out.push({ kind: 'create', uri: file.uri, options: { ignoreIfExists: true } });
  out.push({ textDocument: { uri: file.uri, version: file.version }, edits: [edit] });
  return { documentChanges: out };
}

/** Applies a splice to a text (for tests and for callers that write files themselves). */
export function applySplice(text: string, s: Splice): string {
  return text.slice(0, s.start) + s.text + text.slice(s.end);
}
