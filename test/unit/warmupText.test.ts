// The background analyser's warm-up text (build/warmupText.mjs): the sentences the unit tests give the core, without
// the tests' names, their expectations or code; written again when a test is newer than it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

interface WarmupText {
  writeWarmupText(dir: string, outFile: string): number;
  warmupTextStale(dir: string, outFile: string): boolean;
}
const load = async (): Promise<WarmupText> => (await import(pathToFileURL(path.resolve(__dirname, '../../build/warmupText.mjs')).href)) as WarmupText;

const TEST_SOURCE = `import { test } from 'node:test';
test('the minister who spoke is the source of what follows', () => {
  const text = '---\\ndate: 2025-11-14\\n---\\nThe foreign minister said on Thursday that talks would resume in Geneva.';
  const again = "The foreign minister said on Thursday that talks would resume in Geneva.";
  const shown = \`Officials in Kyiv said \${'x'} the ceasefire held overnight across the front line.\`;
  assert.deepEqual(got, ['said|The foreign minister', 'Thursday|DATE|2025-11-13']);
  const code = 'const x = (a) => a.map((b) => b + 1);';
});
`;

test('the warm-up text holds the sentences of the tests once each, without their names, expectations or code', async () => {
  const { writeWarmupText } = await load();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warmup-'));
  try {
    fs.mkdirSync(path.join(dir, 'unit'));
    fs.writeFileSync(path.join(dir, 'unit', 'a.test.ts'), TEST_SOURCE);
    const out = path.join(dir, 'warmup.txt');
    writeWarmupText(path.join(dir, 'unit'), out);
    const paragraphs = fs.readFileSync(out, 'utf8').trim().split('\n\n');
    assert.deepEqual(paragraphs, [
      'The foreign minister said on Thursday that talks would resume in Geneva.',
      'Officials in Kyiv said   the ceasefire held overnight across the front line.',
    ]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the warm-up text is written again only when a test is newer than it', async () => {
  const { warmupTextStale } = await load();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warmup-'));
  try {
    const unit = path.join(dir, 'unit');
    fs.mkdirSync(unit);
    const source = path.join(unit, 'a.test.ts');
    fs.writeFileSync(source, TEST_SOURCE);
    const out = path.join(dir, 'warmup.txt');
    assert.equal(warmupTextStale(unit, out), true, 'missing');
    fs.writeFileSync(out, 'x');
    fs.utimesSync(source, new Date(2020, 0, 1), new Date(2020, 0, 1));
    assert.equal(warmupTextStale(unit, out), false, 'up to date');
    fs.utimesSync(source, new Date(), new Date(Date.now() + 60_000));
    assert.equal(warmupTextStale(unit, out), true, 'a test changed');
    assert.equal(warmupTextStale(path.join(dir, 'none'), out), false, 'no tests in this checkout');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
