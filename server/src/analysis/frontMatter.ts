// YAML front matter at the very start of an article, fenced by --- lines.
import type { FrontMatter } from './types';
import { yamlLib } from './yamlLib';

const FENCE = /^---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;

/** Finds and parses front matter; a broken body yields data {} and an error message, never a throw. */
export function parseFrontMatter(text: string): FrontMatter | null {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const open = FENCE.exec(bom ? text.slice(1) : text);
  if (!open) return null;
  const bodyStart = open[0].length + bom;
  const rest = text.slice(bodyStart);
  const close = CLOSE.exec(rest);
  if (!close) return null;
  const bodyEnd = bodyStart + close.index;
  const end = bodyEnd + close[0].length;
  const body = text.slice(bodyStart, bodyEnd);
  // (No article's front matter is that long: the yaml library would take seconds over it, for keys no one reads.)
  if (body.length > MAX_BODY) {
    return { start: 0, end, body: { start: bodyStart, end: bodyEnd }, data: {}, error: `front matter of ${Math.round(body.length / 1024)} KB is longer than ${MAX_BODY / 1024} KB and was not read` };
  }
  try {
    const value: unknown = plainFrontMatter(body) ?? parseYaml(body);
    const data = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
    return { start: 0, end, body: { start: bodyStart, end: bodyEnd }, data };
  } catch (err) {
    return { start: 0, end, body: { start: bodyStart, end: bodyEnd }, data: {}, error: (err as Error).message };
  }
}

/** Above this size a front matter body is not read at all. */
const MAX_BODY = 256 * 1024;
/** Above this size a front matter body is read without the library's own check of repeated keys. */
const LARGE_BODY = 64 * 1024;

/**
 * The body read by the yaml library. The library checks each key of a map against all the keys before it, the square
 * of a front matter of many thousand keys (20 s for 300 KB); a large body is read without that check, and its
 * top-level keys are checked here, once each, with the library's message.
 */
function parseYaml(body: string): unknown {
  const yaml = yamlLib();
  if (body.length <= LARGE_BODY) return yaml.parse(body, { maxAliasCount: 50 });
  const doc = yaml.parseDocument(body, { uniqueKeys: false });
  if (doc.errors.length) throw doc.errors[0];
  if (yaml.isMap(doc.contents)) {
    const seen = new Set<unknown>();
    for (const pair of doc.contents.items) {
      const key = yaml.isScalar(pair.key) ? pair.key.value : pair.key;
      if (seen.has(key)) throw new Error('Map keys must be unique');
      seen.add(key);
    }
  }
  return doc.toJS({ maxAliasCount: 50 });
}

// The plain subset: `key: value` lines, blank lines between them. A key is a word that YAML reads as a string;
// a value is one line of letters, digits, spaces and a little punctuation that starts with a letter or digit
// and that YAML's core schema does not read as a number, boolean or null. `date: 2025-11-14` is such a line.
const PLAIN_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):[ ]+([\p{L}\p{N}][\p{L}\p{M}\p{N} .,;'\u2019"()/&_+!?%-]*?)[ ]*$/u;
/** Scalars the core schema reads as something other than a string (among those PLAIN_LINE lets through). */
const NOT_A_STRING = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|0o[0-7]+|0x[0-9a-fA-F]+|[0-9]+(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?)$/;

/**
 * What the yaml library would make of a front matter body written in the plain subset above, read without
 * it; undefined for anything else (comments, quotes, lists, nesting, repeated keys, a `%` directive ...), which
 * then goes to the library. Tested against the library on generated bodies (test/unit/frontMatter.test.ts).
 */
export function plainFrontMatter(body: string): Record<string, string> | undefined {
  const data: Record<string, string> = {};
  for (let line of body.split('\n')) {
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line === '') continue;
    const m = PLAIN_LINE.exec(line);
    if (!m) return undefined;
    const [, key, value] = m;
    if (Object.hasOwn(data, key) || key === '__proto__' || NOT_A_STRING.test(key) || NOT_A_STRING.test(value)) return undefined;
    data[key] = value;
  }
  return data;
}
