// The one-byte form of an article (server/src/analysis/fold.ts, build/foldMarks.mjs): the bundles' core, whose
// mentions of curly quotes, dashes and the like are rewritten as C1 characters, finds exactly what the core of the
// sources finds, on articles full of those marks, of C1 characters of their own and of private-use characters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { FOLDED_MARKS, FOLD_CODES, foldText, unfoldDeep, unfoldString } from '../../server/src/analysis/fold';
import { analyze } from '../../server/src/analysis/analyze';
import { createGazetteer } from '../../server/src/analysis/gazetteer';
import type { GlossaryData } from '../../server/src/analysis/glossaryTypes';

const ROOT = path.join(__dirname, '..', '..');

interface FoldMarks {
  MARK_CODES: Map<number, number>;
  foldSource(src: string, file?: string): string;
  foldedBuild: esbuild.BuildOptions;
}
const foldMarks = (): Promise<FoldMarks> => import(pathToFileURL(path.join(ROOT, 'build', 'foldMarks.mjs')).href) as Promise<FoldMarks>;

test('the build and the core fold the same marks to the same codes', async () => {
  const { MARK_CODES } = await foldMarks();
  assert.equal(FOLDED_MARKS.length, FOLD_CODES.length);
  assert.deepEqual(
    [...MARK_CODES].map(([m, c]) => [String.fromCharCode(m), String.fromCharCode(c)]),
    [...FOLDED_MARKS].map((m, i) => [m, FOLD_CODES[i]]),
  );
});

test('a folded text keeps every offset, is Latin-1 where the original had only Latin-1 and the marks, and unfolds to the original', () => {
  const text = '“We’re ready,” she said — in 2024–25 … • €5bn, ‘quoted’ ― end';
  const { text: folded, fold } = foldText(text);
  assert.equal(folded.length, text.length);
  assert.ok([...folded].every((ch) => ch.charCodeAt(0) < 0x100));
  assert.equal(folded.slice(0, 4), '\x93We\x92');
  assert.equal(unfoldString(folded, fold), text);
  // Nothing to fold: the same string.
  assert.equal(foldText('plain text').text, 'plain text');
  // A stray C1 character that is no mark's code (mis-decoded text) stays, and keeps the text one byte a character.
  const stray = foldText('It\u2019s \x83 here');
  assert.equal(stray.text, 'It\x92s \x83 here');
  assert.equal(stray.fold.escapeBase, 0);
});

test('an article’s own C1 characters and private-use characters come back as they were', () => {
  fc.assert(
    fc.property(
      fc.array(fc.oneof(fc.constantFrom(...FOLDED_MARKS, '\x80', '\x83', '\x85', '\x92', '\x9f', '\ue000', '\ue01f', '\ue020', '\uf8ff', 'a', ' ', 'é', 'ğ'), fc.string({ maxLength: 3 })), { maxLength: 40 }).map((parts) => parts.join('')),
      (text) => {
        const { text: folded, fold } = foldText(text);
        assert.equal(folded.length, text.length);
        assert.equal(unfoldString(folded, fold), text);
        // The marks' codes in the folded text stand for the marks only; other C1 characters stay as they are.
        for (let i = 0; i < text.length; i++) {
          if (FOLD_CODES.includes(folded[i])) assert.ok(FOLDED_MARKS.includes(text[i]), `${JSON.stringify(text)} at ${i}`);
          else if (text.charCodeAt(i) >= 0x80 && text.charCodeAt(i) <= 0x9f && !FOLD_CODES.includes(text[i])) assert.equal(folded[i], text[i]);
        }
      },
    ),
    { numRuns: 500 },
  );
});

test('unfolding a result copies what it changes and leaves the rest shared', () => {
  const shared = ['a', 'b'];
  const changed = { words: ['x\x92s'], n: 1 };
  const model = { shared, changed, list: [changed, shared] };
  const out = unfoldDeep(model, { escapeBase: 0 });
  assert.equal(out.changed.words[0], 'x’s');
  assert.equal(changed.words[0], 'x\x92s');
  assert.equal(out.shared, shared);
  assert.deepEqual(out.list[0], out.changed);
});

test('the build rewrites each form of a mark the core writes, and refuses the forms it cannot rewrite faithfully', async () => {
  const { foldSource } = await foldMarks();
  assert.equal(foldSource("const A = /[’']s/;\n"), "const A = /[\\u0092']s/;\n");
  assert.equal(foldSource("const B = '\\u201c', C = /\\u{2014}/u;\n"), "const B = '\\u0093', C = /\\u0097/u;\n");
  assert.equal(foldSource('if (c === 0x2013 || c === 0x201D) x();\n'), 'if (c === 0x96 || c === 0x94) x();\n');
  assert.equal(foldSource('const P = /^[\\s\\p{P}]*$/u;\n'), 'const P = /^[\\s\\p{P}\\u0091\\u0092\\u0093\\u0094\\u0096\\u0097\\u0081\\u0085\\u0095]*$/u;\n');
  // Not a range: a hyphen first, escaped or last.
  assert.doesNotThrow(() => foldSource('const D = /[-\\u2013]|[a\\-–]|[’-]/;\n'));
  assert.throws(() => foldSource('const E = /[\\u2010-\\u2015]/;\n', 'e.ts'), /e\.ts:1: a character range that holds a folded mark/);
  assert.throws(() => foldSource('const F = /[!-‘]/;\n', 'f.ts'), /f\.ts:1: a character range/);
  assert.throws(() => foldSource('if (c >= 0x2010 && c <= 0x2015) x();\n', 'g.ts'), /g\.ts:1: a range of codes/);
  assert.doesNotThrow(() => foldSource('// (fold: checked)\nif (c >= 0x2010 && c <= 0x2015) x();\n'));
  assert.throws(() => foldSource('const H = /\\p{Pd}/u;\n', 'h.ts'), /h\.ts:1: a Unicode class/);
  assert.throws(() => foldSource('if (c === 8217) x();\n', 'i.ts'), /i\.ts:1: a folded mark/);
});

/** The core bundled as the CLI and the server bundle it (its marks folded, its scanner planned), loaded in this process. */
async function foldedCore(): Promise<{ analyze: typeof analyze; createGazetteer: typeof createGazetteer }> {
  const { foldedBuild } = await foldMarks();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-fold-'));
  const entry = path.join(dir, 'entry.ts');
  const src = (f: string): string => JSON.stringify(path.join(ROOT, 'server', 'src', 'analysis', f));
  fs.writeFileSync(entry, `export { analyze } from ${src('analyze.ts')};\nexport { createGazetteer } from ${src('gazetteer.ts')};\n`);
  const outfile = path.join(dir, 'core.js');
  // (With the dates' scanner planned as the bundles plan it, from the folded core: build/scannerPlan.mjs.)
  const { withScannerPlan } = (await import(pathToFileURL(path.join(ROOT, 'build', 'scannerPlan.mjs')).href)) as { withScannerPlan(o: esbuild.BuildOptions): Promise<esbuild.BuildOptions> };
  const options = await withScannerPlan({ bundle: true, platform: 'node', format: 'cjs', logLevel: 'error', supported: { 'regexp-unicode-property-escapes': true }, ...foldedBuild });
  assert.ok(options.define?.__POLICY_LENS_SCANNER_PLAN__?.includes('"specials"'));
  await esbuild.build({ ...options, entryPoints: [entry], outfile });
  try {
    return createRequire(__filename)(outfile);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The article set in the marks of typeset news: curly quotes and apostrophes, dashes, an ellipsis. */
function typeset(text: string): string {
  let open = true;
  return text
    .replace(/"/g, () => ((open = !open) ? '\u201d' : '\u201c'))
    .replace(/(\w)'(\w)/g, '$1\u2019$2')
    .replace(/ - /g, ' \u2014 ')
    .replace(/(\d)-(\d)/g, '$1\u2013$2')
    .replace(/\.\.\./g, '\u2026');
}

const INLINE = [
  '---\ndate: 2025-11-14\n---\nBAGHDAD, Nov. 13 (Reuters) \u2014 Iraq\u2019s foreign minister said on Thursday that the \u201cErbil framework\u201d would be signed \u201cwithin weeks,\u201d adding: \u2018We are close.\u2019 Officials, who spoke on condition of anonymity, said talks ran 2024\u201325.\n\n\u2022 Oil exports rose 4% to \u20ac3bn, the ministry said\u2026 Critics argue the deal \u2015 first floated in 2019 \u2015 is unworkable.',
  'Text with its own C1 characters \x85 and \x92, private-use \ue000\ue005 and curly \u2019 marks: \u201cWe will,\u201d said Ms. O\u2019Neill, the EU\u2019s envoy \x80 on Monday.',
  // (chrono-node, which the build does not fold, reads the marks as written: its ranges join on a dash.)
  'The fair runs 12.10.2025 \u2013 14.10.2025, and the next 12/10/2026\u201314/10/2026 or Oct 12, 2027 \u2014 Oct 14, 2027.',
  'GENEVA \u2013 The talks (June 3\u20135) ended. \u201cNo deal,\u201d a diplomat said. Russia\u2019s army \u2014 reportedly \u2014 advanced; Ukraine\u2019s military says it held the line.',
];

function corpus(): string[] {
  const fixtures = path.join(ROOT, 'test', 'fixtures');
  const texts = fs.readdirSync(fixtures).filter((f) => /\.(news|article)$/.test(f)).map((f) => fs.readFileSync(path.join(fixtures, f), 'utf8'));
  return [...INLINE, ...texts, ...texts.map(typeset)];
}

test('the folded core finds exactly what the sources’ core finds, marks and all', async () => {
  const folded = await foldedCore();
  for (const text of corpus()) {
    const options = { today: '2026-11-30' };
    assert.equal(JSON.stringify(folded.analyze(text, options)), JSON.stringify(analyze(text, options)), text.slice(0, 80));
  }
});

test('a glossary whose names hold the marks matches in both cores, and keeps its names as written', async () => {
  const folded = await foldedCore();
  const data: GlossaryData = {
    entries: [
      { id: 'org:cote', kind: 'actor', label: 'C\u00f4te d\u2019Ivoire Ministry of Mines', aliases: ['the Ministry of Mines \u2013 Abidjan'], category: 'government' },
      { id: 'agr:rome', kind: 'agreement', label: 'Rome \u201cSaint Egidio\u201d Accord' },
    ],
    stoplist: ['the \u2019Council\u2019'],
  } as GlossaryData;
  const text = 'The C\u00f4te d\u2019Ivoire Ministry of Mines said the Rome \u201cSaint Egidio\u201d Accord stands. The \u2019Council\u2019 agreed.';
  const a = analyze(text, { gazetteer: createGazetteer(data) });
  const b = folded.analyze(text, { gazetteer: folded.createGazetteer(data) });
  assert.equal(JSON.stringify(b), JSON.stringify(a));
  assert.ok(a.actors.some((x) => x.entity === 'org:cote'));
  assert.equal(folded.createGazetteer(data).get('org:cote')?.label, 'C\u00f4te d\u2019Ivoire Ministry of Mines');
});

test('articles of real news (when ../shared/data is there) read the same in both cores', async (t) => {
  const dir = path.join(ROOT, '..', 'shared', 'data', 'polnear');
  if (!fs.existsSync(dir)) return t.skip('no ../shared/data');
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const f of fs.readdirSync(d, { withFileTypes: true })) {
      if (f.isDirectory()) walk(path.join(d, f.name));
      else if (/\.(txt|news)$/.test(f.name)) files.push(path.join(d, f.name));
    }
  };
  walk(dir);
  const folded = await foldedCore();
  for (const f of files.sort().slice(0, 40)) {
    const text = fs.readFileSync(f, 'utf8');
    assert.equal(JSON.stringify(folded.analyze(text, {})), JSON.stringify(analyze(text, {})), f);
  }
});
