// The background analyser's warm-up text (dist/warmup.txt): the sentences of the unit tests, which between them
// reach nearly every path of the core. An analyser warmed up on the first run's article alone met a new kind of text
// about as slowly as a fresh process (the paths that text reaches are compiled at their first use); after these
// sentences, a megabyte of stories it has never seen runs at nearly its warm speed. Read from the tests' string
// literals (with the TypeScript parser), so it stays as current as they are.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** A literal reads as an article's text: it starts as a sentence does, has a few words and no code. */
function prose(s) {
  if (s.length < 30 || s.length > 20_000) return false;
  if (!/^(?:---\n|[\s"'\u201c(\[*#-]*[\p{Lu}\d])/u.test(s)) return false;
  if (/=>|\bfunction\b|\bconst\b|[{};]\s*$|\S\|\S/m.test(s)) return false;
  const words = s.match(/\p{L}{2,}/gu);
  return !!words && words.length >= 5;
}

/** The prose literals of one test file, in order. */
function literalsOf(file) {
  const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const out = [];
  const visit = (node) => {
    // (A test's name says what it checks, in no article's words.)
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && /^(?:test|it|describe|suite)$/.test(node.expression.text)) {
      node.arguments.slice(1).forEach(visit);
      return;
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (prose(node.text)) out.push(node.text);
    } else if (ts.isTemplateExpression(node)) {
      // A template's pieces, as text around its holes.
      const pieces = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
      if (prose(pieces)) out.push(pieces);
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
  return out;
}

/** Writes the warm-up text from the tests in `dir` to `outFile`; returns its length. */
export function writeWarmupText(dir, outFile) {
  const seen = new Set();
  const paragraphs = [];
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.test.ts')) continue;
    for (const lit of literalsOf(join(dir, name))) {
      // (An article's own front matter would set a date for what follows; the analyser's date is the run's day.)
      const body = lit.replace(/^---\n[\s\S]*?\n---\n/, '').trim();
      if (body && !seen.has(body)) {
        seen.add(body);
        paragraphs.push(body);
      }
    }
  }
  const text = `${paragraphs.join('\n\n')}\n`;
  writeFileSync(outFile, text);
  return text.length;
}

/** Whether `outFile` is missing or older than a test in `dir` (a checkout without the tests keeps what it has). */
export function warmupTextStale(dir, outFile) {
  if (!existsSync(dir)) return false;
  if (!existsSync(outFile)) return true;
  const made = statSync(outFile).mtimeMs;
  return readdirSync(dir).some((name) => name.endsWith('.test.ts') && statSync(join(dir, name)).mtimeMs > made);
}
