// Adds up the results each e2e component wrote ({passes, failures, failed: [{title, error}]}), lists the
// failures and prints the closing line "e2e: N passed, M failed". A component that was asked for but left
// no results counts as one failure, so a silently skipped editor cannot pass.
//   node summary.js <resultsDir> [vscode] [ui] [nvim] [emacs]
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const oneLine = (s) => { const t = String(s).replace(/\s+/g, ' ').trim(); return t.length > 300 ? `${t.slice(0, 300)}...` : t; };
const [dir, ...wanted] = process.argv.slice(2);
const fileOf = { vscode: 'vscode-suite', ui: 'vscode-ui', nvim: 'nvim', emacs: 'emacs' };
const expected = new Set(wanted.map((w) => fileOf[w]).filter(Boolean));
let passes = 0;
let failures = 0;
const failed = [];
for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  const component = name.replace(/\.json$/, '');
  expected.delete(component);
  try {
    const r = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
    passes += r.passes | 0;
    failures += r.failures | 0;
    for (const f of r.failed ?? []) failed.push(`${component}: ${f.title}: ${oneLine(f.error)}`);
    console.log(`e2e: ${component}: ${r.passes | 0} passed, ${r.failures | 0} failed`);
  } catch (err) {
    failures++;
    failed.push(`${component}: unreadable results (${err.message})`);
  }
}
for (const component of expected) {
  failures++;
  failed.push(`${component}: produced no results`);
}
for (const f of failed) console.log(`  FAILED ${f}`);
console.log(`e2e: ${passes} passed, ${failures} failed`);
process.exit(failures === 0 && passes > 0 ? 0 : 1);
