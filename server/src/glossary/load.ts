// Loading and validating a glossary file (YAML or JSON). Every problem is located (0-based line and
// character, as LSP counts) so the editor can show it in the file; loading never throws.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode, type YAMLMap } from 'yaml';
import type { GlossaryEntry } from '../analysis/glossaryTypes';
import type { Severity } from '../analysis/types';
import { LineIndex } from '../analysis/positions';
import { validateEntry, type Reporter } from './validate';

/** A located problem in a glossary file. Positions are 0-based, UTF-16 (LSP). */
export interface GlossaryProblem {
  message: string;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
  severity: Severity;
}

/** The result of loading one glossary file. */
export interface GlossaryLoadResult {
  entries: GlossaryEntry[];
  stoplist: string[];
  problems: GlossaryProblem[];
  /**
   * False when any problem is an error. Entries that validated are still returned, but a caller
   * (the server, the CLI) should keep the last good version of the file in use until it loads cleanly.
   */
  ok: boolean;
}

/** Files larger than this are refused rather than parsed (a glossary is hand-written; YAML parsing costs ~1 s/MB). */
export const MAX_GLOSSARY_BYTES = 2 * 1024 * 1024;
/** At most this many problems are listed per file; the rest are counted in one last problem. */
export const MAX_PROBLEMS = 200;
const TOP_KEYS = new Set(['entries', 'stoplist', 'version', '$schema']);

/** Parses and validates a glossary file's text; `uri` is recorded as each entry's origin. */
export function loadGlossaryText(uri: string, text: string): GlossaryLoadResult {
  const problems: GlossaryProblem[] = [];
  let hidden = 0;
  let hiddenError = false;
  const result = (entries: GlossaryEntry[], stoplist: string[]): GlossaryLoadResult => {
    if (hidden) {
      problems.push({ message: `${hidden} more problems not shown.`, line: 0, character: 0, endLine: 0, endCharacter: 0, severity: hiddenError ? 'error' : 'warning' });
      hidden = 0;
    }
    return { entries, stoplist, problems, ok: !hiddenError && !problems.some((p) => p.severity === 'error') };
  };
  try {
    if (typeof text !== 'string') text = '';
    const lines = new LineIndex(text);
    const report: Reporter = (message, start, end, severity = 'error') => {
      // A broken generated file could produce thousands of problems: show the first ones and a count.
      if (problems.length >= MAX_PROBLEMS) {
        hidden++;
        if (severity === 'error') hiddenError = true;
        return;
      }
      const a = lines.positionAt(start);
      const b = lines.positionAt(Math.max(start, end));
      problems.push({ message, line: a.line, character: a.character, endLine: b.line, endCharacter: b.character, severity });
    };
    if (text.length > MAX_GLOSSARY_BYTES) {
      report(`The glossary file is too large (${Math.round(text.length / 1024)} KB; the limit is ${MAX_GLOSSARY_BYTES / 1024 / 1024} MB).`, 0, 0);
      return result([], []);
    }
    const garbage = findBinary(text);
    if (garbage >= 0) {
      report('The file looks binary (it contains control characters); a glossary must be YAML or JSON text.', garbage, garbage + 1);
      return result([], []);
    }
    if (!text.replace(/^\uFEFF/, '').replace(/#[^\n]*/g, '').trim()) {
      report('The glossary is empty: add an `entries:` list.', 0, 0, 'warning');
      return result([], []);
    }
    const isJson = /\.json$/i.test(uri) || /^\s*[{[]/.test(text) && !/\.ya?ml$/i.test(uri);
    if (!isJson) checkTabs(text, report);
    const lineCounter = new LineCounter();
    // The parser's own duplicate-key check compares each key with every earlier one of its mapping, which
    // takes minutes on a file with tens of thousands of keys; duplicateKeys() finds the same ones in one pass.
    // Source tokens are kept so that a repeated key is reported exactly where the parser's check put it.
    const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, keepSourceTokens: true });
    const errors = withDuplicateKeys(doc.errors, duplicateKeys(doc.contents as YamlNode | null));
    for (const e of errors) {
      if (e.code === 'TAB_AS_INDENT' && problems.length) continue; // already reported, more precisely
      report(firstLine(e.message), e.pos[0], e.pos[1]);
    }
    for (const w of doc.warnings) report(firstLine(w.message), w.pos[0], w.pos[1], 'warning');
    if (isJson && errors.length === 0) checkJson(text, report);
    if (errors.length) return result([], []);
    return readDocument(uri, doc, lines, report, result);
  } catch (err) {
    // The parser and validators are not supposed to throw; if they do, say so in the file rather than crash.
    problems.push({ message: `Could not read the glossary: ${String(err)}`, line: 0, character: 0, endLine: 0, endCharacter: 0, severity: 'error' });
    return result([], []);
  }
}

function readDocument(
  uri: string,
  doc: Document,
  lines: LineIndex,
  report: Reporter,
  result: (e: GlossaryEntry[], s: string[]) => GlossaryLoadResult,
): GlossaryLoadResult {
  const root = doc.contents as YamlNode | null;
  let list: YamlNode | null = null;
  let stopNode: YamlNode | null = null;
  if (isSeq(root)) list = root;
  else if (isMap(root)) {
    for (const pair of root.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const value = (pair.value ?? null) as YamlNode | null;
      if (key === 'entries') list = value;
      else if (key === 'stoplist') stopNode = value;
      else if (!TOP_KEYS.has(key)) {
        const r = rangeOf(pair.key as YamlNode);
        report(`Unknown top-level key "${key}" (expected \`entries\` and optionally \`stoplist\`).`, r[0], r[1], 'warning');
      }
    }
    if (!list) report('The glossary has no `entries:` list.', 0, 0, 'warning');
  } else {
    const r = rangeOf(root);
    report('A glossary must be a mapping with an `entries:` list (or a list of entries).', r[0], r[1]);
    return result([], []);
  }

  const entries: GlossaryEntry[] = [];
  if (list && !isSeq(list)) {
    const r = rangeOf(list);
    report('`entries` must be a list of entries (each starting with "- id: ...").', r[0], r[1]);
  } else if (list) {
    const seen = new Map<string, number>();
    const aliasOwner = new Map<string, string>();
    for (const item of list.items) {
      const node = item as YamlNode;
      const entry = validateEntry(node, report);
      if (!entry) continue;
      const idRange = rangeOf(node);
      if (isMap(node)) {
        const idPair = node.items.find((p) => isScalar(p.key) && p.key.value === 'id');
        if (idPair?.value) Object.assign(idRange, rangeOf(idPair.value as YamlNode));
      }
      const prev = seen.get(entry.id);
      if (prev !== undefined) {
        const p = lines.positionAt(prev);
        report(`Duplicate id "${entry.id}" (first defined on line ${p.line + 1}).`, idRange[0], idRange[1]);
        continue;
      }
      seen.set(entry.id, idRange[0]);
      checkAliasClash(entry, node, aliasOwner, report);
      const at = lines.positionAt(idRange[0]);
      entry.origin = { uri, line: at.line, character: at.character };
      entries.push(entry);
    }
  }

  const stoplist: string[] = [];
  if (stopNode) {
    if (!isSeq(stopNode)) {
      const r = rangeOf(stopNode);
      report('`stoplist` must be a list of phrases.', r[0], r[1]);
    } else {
      for (const item of stopNode.items) {
        const n = item as YamlNode;
        if (isScalar(n) && typeof n.value === 'string' && n.value.trim()) stoplist.push(n.value);
        else {
          const r = rangeOf(n);
          report('A stoplist item must be a non-empty string.', r[0], r[1]);
        }
      }
    }
  }
  return result(entries, stoplist);
}

/** Names shared by two entries are ambiguous: the text will link to whichever entry comes first. */
function checkAliasClash(entry: GlossaryEntry, node: YamlNode, owner: Map<string, string>, report: Reporter): void {
  const names = [entry.label, ...(entry.aliases ?? [])];
  const own = new Set<string>();
  for (const n of names) {
    const key = n.trim().toLowerCase().replace(/\s+/g, ' ');
    if (own.has(key)) continue;
    own.add(key);
    const other = owner.get(key);
    if (other && other !== entry.id) {
      const r = rangeOf(findScalar(node, n) ?? node);
      report(`"${n}" also names "${other}"; the text will link to that entry.`, r[0], r[1], 'information');
    } else owner.set(key, entry.id);
  }
}

function findScalar(node: YamlNode, value: string): YamlNode | null {
  if (isScalar(node)) return node.value === value ? node : null;
  if (isMap(node)) {
    for (const p of node.items) {
      const hit = findScalar(p.value as YamlNode, value);
      if (hit) return hit;
    }
  } else if (isSeq(node)) {
    for (const item of node.items) {
      const hit = findScalar(item as YamlNode, value);
      if (hit) return hit;
    }
  }
  return null;
}

/** A parse error as the loader reads it: a code, a message and [start, end) offsets. */
interface ParseError {
  code: string;
  message: string;
  pos: [number, number];
}

/** A repeated key of a mapping: where the parser would report it, and where the key ends. */
interface DuplicateKey {
  at: number;
  keyEnd: number;
}

/** The message the parser gives a repeated key (with `uniqueKeys: true`); problems keep its wording. */
const DUPLICATE_KEY_MESSAGE = 'Map keys must be unique';

/**
 * Keys repeated within one mapping, anywhere in the document, in document order. Two keys are the same
 * when both are scalars with the same value (`a`, "a" and 'a' are; `1` and "1" are not; .nan never
 * equals anything), as the parser decides. A Set per mapping keeps this linear in the number of keys.
 */
function duplicateKeys(root: YamlNode | null): DuplicateKey[] {
  const out: DuplicateKey[] = [];
  // An explicit stack: a deeply nested file must not overflow the call stack here.
  const stack: unknown[] = [root];
  while (stack.length) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      node.items.forEach((pair, i) => {
        const key = pair.key as YamlNode | null;
        if (isScalar(key) && !Number.isNaN(key.value)) {
          if (seen.has(key.value)) out.push({ at: keyStart(node, i), keyEnd: Math.max(rangeOf(key)[1], rangeOf(key)[0] + 1) });
          else seen.add(key.value);
        }
        stack.push(pair.value, pair.key);
      });
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/** The CST tokens a pair was read from (kept by `keepSourceTokens`). */
interface PairTokens {
  start?: { offset: number; source: string }[];
  sep?: { offset: number; source: string }[];
}

/**
 * Where the parser places the repeated key of item i: just after the tokens before the key (indentation,
 * comments, `?`, anchors and tags), or, when there are none, where the previous item ended. That is
 * usually where the key's text starts, but not always (an empty key, a key after an empty value).
 */
function keyStart(map: YAMLMap, i: number): number {
  const tokenEnd = (t: { offset: number; source: string }): number => t.offset + t.source.length;
  const before = (map.items[i] as { srcToken?: PairTokens }).srcToken?.start;
  if (before?.length) return tokenEnd(before[before.length - 1]);
  if (i === 0) return rangeOf(map as unknown as YamlNode)[0] + (map.flow ? 1 : 0);
  const prev = map.items[i - 1];
  if (prev.value) return nodeEnd(prev.value as YamlNode);
  const sep = (prev as { srcToken?: PairTokens }).srcToken?.sep;
  return sep?.length ? tokenEnd(sep[sep.length - 1]) : nodeEnd(prev.key as YamlNode);
}

/** Where a node ends, counting a comment after it (the third offset of its range). */
function nodeEnd(node: YamlNode | null): number {
  const r = (node as { range?: [number, number, number] } | null)?.range;
  return r ? r[2] : 0;
}

/**
 * The parser's errors with the duplicate keys added where the parser would have listed them. It reports
 * in the order it reads: a key's own problems, then that the key is repeated, then what follows the key;
 * a problem of a whole node around the key (a range spanning it) comes after the node has been read.
 */
function withDuplicateKeys(errors: readonly ParseError[], dups: DuplicateKey[]): ParseError[] {
  if (!dups.length) return [...errors];
  const out: ParseError[] = [];
  let d = 0;
  const after = (e: ParseError, k: DuplicateKey): boolean => e.pos[0] >= k.keyEnd || (e.pos[0] < k.at && e.pos[1] > k.keyEnd);
  for (const e of errors) {
    while (d < dups.length && after(e, dups[d])) out.push(duplicateError(dups[d++]));
    out.push(e);
  }
  while (d < dups.length) out.push(duplicateError(dups[d++]));
  return out;
}

function duplicateError(d: DuplicateKey): ParseError {
  return { code: 'DUPLICATE_KEY', message: DUPLICATE_KEY_MESSAGE, pos: [d.at, d.at + 1] };
}

/** [start, end) of a YAML node, or [0, 0]. */
export function rangeOf(node: YamlNode | null | undefined): [number, number] {
  const r = (node as { range?: [number, number, number] } | null)?.range;
  return r ? [r[0], r[1]] : [0, 0];
}

function firstLine(s: string): string {
  return s.split('\n')[0];
}

/** Offset of the first character that no text file has (NUL and most C0 controls), or -1. */
function findBinary(text: string): number {
  // eslint-disable-next-line no-control-regex
  const m = /[\x00-\x08\x0e-\x1a\x1c-\x1f\ufffd]/.exec(text);
  return m ? m.index : -1;
}

/** YAML forbids tabs in indentation; point at the first tab of each such line. */
function checkTabs(text: string, report: Reporter): void {
  const re = /^([ ]*)\t/gm;
  let count = 0;
  for (let m = re.exec(text); m && count < 20; m = re.exec(text)) {
    const at = m.index + m[1].length;
    report('Tabs are not allowed for indentation in YAML; use spaces.', at, at + 1);
    count++;
  }
}

/** Strict JSON syntax, for .json files (YAML would accept a few things JSON does not). */
function checkJson(text: string, report: Reporter): void {
  try {
    JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    const m = /position (\d+)/.exec(msg);
    const at = m ? Number(m[1]) : 0;
    report(`Invalid JSON: ${firstLine(msg)}`, at, at + 1);
  }
}
