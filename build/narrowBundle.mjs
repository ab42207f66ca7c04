// The command's narrow bundle (server/src/cli/narrow.ts says why): the CLI bundled again with the classes of the narrow
// alphabet, then its regex literals' Unicode classes cut to that alphabet, and its `RegExp(...)` calls sent through the
// function that cuts a pattern built from strings when it is built. Each rewritten literal is compiled here, and the
// bundle checked for syntax, so that a fault stops the build rather than a run.
import * as esbuild from 'esbuild';
import ts from 'typescript';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { fileURLToPath } from 'node:url';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/** server/src/cli/narrow.ts, bundled for this script. */
async function narrowModule() {
  const built = await esbuild.build({ entryPoints: [path.join(ROOT, 'server/src/cli/narrow.ts')], bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'warning' });
  const mod = { exports: {} };
  new Function('module', 'exports', built.outputFiles[0].text)(mod, mod.exports);
  return mod.exports;
}

/** The narrow build's classes for the Unicode classes a bundle's source names (see NarrowClasses in narrow.ts). */
function classesFor(narrow, source) {
  const caseMates = narrow.caseMatesOfAlphabet();
  const classes = {};
  for (const m of source.matchAll(/\\\\?([pP])\{([A-Za-z_=]+)\}/g)) {
    const key = (m[1] === 'P' ? '^' : '') + m[2];
    if (key in classes) continue;
    const ranges = narrow.narrowClass(m[2], m[1] === 'P', caseMates);
    if (ranges !== undefined) classes[key] = ranges;
  }
  return classes;
}

/** Tokens after which a slash starts a regex literal, not a division. */
const VALUE_END = new Set([
  ts.SyntaxKind.Identifier, ts.SyntaxKind.PrivateIdentifier, ts.SyntaxKind.NumericLiteral, ts.SyntaxKind.BigIntLiteral, ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral, ts.SyntaxKind.TemplateTail, ts.SyntaxKind.RegularExpressionLiteral, ts.SyntaxKind.CloseParenToken,
  ts.SyntaxKind.CloseBracketToken, ts.SyntaxKind.ThisKeyword, ts.SyntaxKind.SuperKeyword, ts.SyntaxKind.NullKeyword, ts.SyntaxKind.TrueKeyword,
  ts.SyntaxKind.FalseKeyword, ts.SyntaxKind.PlusPlusToken, ts.SyntaxKind.MinusMinusToken,
]);

/**
 * The bundle's source with its regex literals (flag u) cut to the alphabet and its calls of RegExp sent through
 * globalThis.__policyLensRegExp. Read with TypeScript's scanner: a slash after a value ends nothing but divides.
 */
export function narrowSource(source, narrow, classes) {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, source);
  const edits = [];
  // (Template literals: a closing brace that ends a substitution goes on with the template.)
  const braces = [];
  let prev;
  let prevText = '';
  for (let tok = scanner.scan(); tok !== ts.SyntaxKind.EndOfFileToken; tok = scanner.scan()) {
    if ((tok === ts.SyntaxKind.SlashToken || tok === ts.SyntaxKind.SlashEqualsToken) && !VALUE_END.has(prev)) {
      tok = scanner.reScanSlashToken();
    } else if (tok === ts.SyntaxKind.OpenBraceToken || tok === ts.SyntaxKind.DollarBraceToken) braces.push('brace');
    else if (tok === ts.SyntaxKind.TemplateHead) braces.push('template');
    else if (tok === ts.SyntaxKind.CloseBraceToken) {
      if (braces.pop() === 'template') {
        tok = scanner.reScanTemplateToken(false);
        if (tok === ts.SyntaxKind.TemplateMiddle) braces.push('template');
      }
    }
    const text = scanner.getTokenText();
    if (tok === ts.SyntaxKind.RegularExpressionLiteral && /\\[pP]\{/.test(text)) {
      const end = text.lastIndexOf('/');
      const body = text.slice(1, end);
      const flags = text.slice(end + 1);
      if (flags.includes('u') && !flags.includes('v')) {
        const cut = narrow.narrowPattern(body, classes);
        // (Throws, and stops the build, if the cut pattern is no pattern.)
        new RegExp(cut, flags);
        edits.push([scanner.getTokenStart(), scanner.getTokenEnd(), `/${cut}/${flags}`]);
      }
    } else if (tok === ts.SyntaxKind.Identifier && text === 'RegExp' && prevText !== '.' && source.startsWith('(', scanner.getTokenEnd())) {
      edits.push([scanner.getTokenStart(), scanner.getTokenEnd(), 'globalThis.__policyLensRegExp']);
    }
    prev = tok;
    prevText = text;
  }
  let out = '';
  let from = 0;
  for (const [start, end, text] of edits) {
    out += source.slice(from, start) + text;
    from = end;
  }
  out += source.slice(from);
  // (A slash misread would leave no valid JavaScript.)
  new vm.Script(out, { filename: 'narrow bundle' });
  return out;
}

/** Builds the narrow bundle at outfile from the options of the command's bundle (whose output is `full`). */
export async function buildNarrowBundle(options, full, outfile) {
  const narrow = await narrowModule();
  const classes = classesFor(narrow, readFileSync(full, 'utf8'));
  await esbuild.build({ ...options, define: { ...options.define, __POLICY_LENS_NARROW__: JSON.stringify(classes) }, outfile, sourcemap: false });
  writeFileSync(outfile, narrowSource(readFileSync(outfile, 'utf8'), narrow, classes));
}
