// Drives code-server's workbench in headless Debian chromium (playwright-core from the e2e cache).
//   node browser.js suite <origin> <folder> <extensionTestsPath> <results.json> [extensionDevelopmentPath]
//     opens the workbench with a test payload: VS Code runs the mocha suite in its real extension host and
//     reports the exit code through the smoke-test driver hooks (code-server needs
//     `--vscode-option enable-smoke-test-driver`, or the payload is ignored and nothing runs).
//   node browser.js ui <origin> <folder> <screenshotDir> <results.json>
//     opens an article like a user, hovers an actor and a date, checks the hover widget's text in the DOM
//     and saves screenshots.
// Each mode writes {passes, failures, failed: [{title, error}]} to results.json.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const util = require('node:util');

const cache = process.env.E2E_CACHE || path.join(os.homedir(), '.cache', 'policy-lens-e2e');
const { chromium } = require(path.join(cache, 'tools', 'node_modules', 'playwright-core'));

const t0 = Date.now();
const log = (m) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);

async function withBrowser(fn) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-chromium-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 760 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = ctx.pages()[0] || (await ctx.newPage());
    page.on('pageerror', (e) => log(`page error: ${e.message}`));
    return await fn(page);
  } finally {
    await ctx.close().catch(() => {});
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

function workbenchUrl(origin, folder, payload) {
  let url = `${origin}/?folder=${encodeURIComponent(folder)}`;
  if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

async function suite(origin, folder, testsPath, resultsFile, devPath) {
  // code-server's remote authority is the page's host:port; the extension host resolves these on its side.
  const remote = (p) => `vscode-remote://${new URL(origin).host}${p}`;
  const payload = [['extensionTestsPath', remote(testsPath)], ['skipWelcome', 'true']];
  if (devPath) payload.unshift(['extensionDevelopmentPath', remote(devPath)]);
  const timeoutMs = Number(process.env.E2E_SUITE_TIMEOUT_MS || 300000);
  const code = await withBrowser(async (page) => {
    let finish;
    const done = new Promise((resolve) => { finish = resolve; });
    const timer = setTimeout(() => { log(`suite timed out after ${timeoutMs} ms`); finish(124); }, timeoutMs);
    await page.exposeFunction('codeAutomationLog', (type, args) => console.log(`  ${util.format(...(args || []))}`));
    await page.exposeFunction('codeAutomationExit', (c) => { clearTimeout(timer); finish(c); });
    log('opening the workbench with the test payload');
    await page.goto(workbenchUrl(origin, folder, payload), { waitUntil: 'domcontentloaded' });
    return done;
  });
  log(`suite exit code ${code}`);
  // The suite writes its own counts (POLICY_LENS_E2E_RESULTS); if it never got that far, record one failure.
  if (!fs.existsSync(resultsFile)) {
    fs.writeFileSync(resultsFile, JSON.stringify({ passes: 0, failures: 1, failed: [{ title: 'VS Code suite', error: `no results (exit code ${code})` }] }));
  }
  return code === 0;
}

/** Screen coordinates of the middle of `word` as the editor renders it, or null. */
function locateWord(page, word) {
  return page.evaluate((w) => {
    for (const span of document.querySelectorAll('.monaco-editor .view-lines span span')) {
      // Monaco renders spaces as no-break spaces; one for one, so indices still match.
      const i = span.textContent.replace(/\u00a0/g, ' ').indexOf(w);
      if (i < 0 || !span.firstChild) continue;
      const r = document.createRange();
      r.setStart(span.firstChild, i);
      r.setEnd(span.firstChild, i + w.length);
      const b = r.getBoundingClientRect();
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    }
    return null;
  }, word);
}

/**
 * Where `word` is once the editor's layout has settled: the same place twice, a quarter of a second apart. (Inlay
 * hints and decorations arriving from the server can rewrap the lines above it and move it, and a hover aimed at
 * where it was lands on a word of another line.)
 */
async function settledWord(page, word) {
  let last = await locateWord(page, word);
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(250);
    const now = await locateWord(page, word);
    if (now && last && Math.abs(now.x - last.x) < 1 && Math.abs(now.y - last.y) < 1) return now;
    last = now;
  }
  return last;
}

/** Hovers `word` until a hover containing `expected` shows (the server may still be starting); returns its text. */
async function hover(page, word, expected) {
  for (let attempt = 1; attempt <= 6; attempt++) {
    const box = await settledWord(page, word);
    if (!box) throw new Error(`"${word}" is not visible in the editor`);
    await page.mouse.move(box.x - 60, box.y + 80); // leave any open hover first
    await page.keyboard.press('Escape');
    await page.mouse.move(box.x, box.y, { steps: 4 });
    const widget = page.locator('.monaco-hover-content', { hasText: expected }).first();
    try {
      await widget.waitFor({ state: 'visible', timeout: 4000 });
      return await widget.innerText();
    } catch {
      const shown = await page.locator('.monaco-hover-content').allInnerTexts().catch(() => []);
      log(`hover over "${word}" at ${Math.round(box.x)},${Math.round(box.y)}: attempt ${attempt} did not show "${expected}" (shown: ${JSON.stringify(shown.join(' | ').slice(0, 120))})`);
    }
  }
  const seen = await page.locator('.monaco-hover-content').allInnerTexts().catch(() => []);
  throw new Error(`no hover with "${expected}" over "${word}" (hover text seen: ${JSON.stringify(seen)})`);
}

async function ui(origin, folder, shotDir, resultsFile) {
  const checks = [
    { title: 'hover on an actor shows its glossary entry', file: 'erbil-talks.news', word: 'Peshmerga forces', expect: 'Ministry of Peshmerga Affairs', shot: 'hover-actor.png' },
    { title: 'hover on a relative date shows the resolved date', file: 'erbil-talks.news', word: 'Thursday', expect: '13 November 2025', shot: 'hover-date.png' },
    { title: 'hover on an unsourced claim shows the diagnostic', file: 'erbil-talks.news', word: 'inevitably', expect: 'Unsourced claim', shot: 'hover-claim.png' },
  ];
  const result = { passes: 0, failures: 0, failed: [] };
  fs.mkdirSync(shotDir, { recursive: true });
  await withBrowser(async (page) => {
    await page.goto(workbenchUrl(origin, folder), { waitUntil: 'domcontentloaded' });
    await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    log('workbench up');
    const row = page.locator(`.explorer-folders-view .monaco-list-row[aria-label^="erbil-talks.news"]`).first();
    await row.waitFor({ timeout: 60000 });
    await row.click();
    await page.locator('.monaco-editor .view-lines', { hasText: 'Peshmerga' }).first().waitFor({ timeout: 30000 });
    // The server is up once its diagnostics are drawn as squiggles.
    await page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-info').first().waitFor({ state: 'attached', timeout: 60000 });
    log('article open, diagnostics drawn');
    for (const c of checks) {
      try {
        const text = await hover(page, c.word, c.expect);
        log(`hover over "${c.word}": ${JSON.stringify(text.slice(0, 160))}`);
        await page.screenshot({ path: path.join(shotDir, c.shot) });
        result.passes++;
        console.log(`  ✔ ${c.title}`);
      } catch (err) {
        result.failures++;
        result.failed.push({ title: `ui: ${c.title}`, error: String(err.message || err) });
        console.log(`  ✘ ${c.title}: ${err.message || err}`);
        await page.screenshot({ path: path.join(shotDir, `failed-${c.shot}`) }).catch(() => {});
      }
    }
  });
  fs.writeFileSync(resultsFile, JSON.stringify(result, null, 2));
  return result.failures === 0;
}

(async () => {
  const [mode, ...args] = process.argv.slice(2);
  let ok;
  if (mode === 'suite') ok = await suite(args[0], args[1], args[2], args[3], args[4]);
  else if (mode === 'ui') ok = await ui(args[0], args[1], args[2], args[3]);
  else throw new Error(`unknown mode ${mode}`);
  process.exit(ok ? 0 : 1);
})().catch((err) => {
  console.error(err);
  process.exit(2);
});
