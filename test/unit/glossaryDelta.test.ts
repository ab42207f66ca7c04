// An edit of the glossary reads again only the workspace's articles it can touch: those that hold a name of an entry
// added, removed or changed (or of a changed agreement's parties) or a stoplist phrase added or removed. The rule is
// checked against the analysis itself: where it says an article is untouched, its annotations are the same under both
// glossaries.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import type { Diagnostic } from 'vscode-languageserver';
import { glossaryDelta } from '../../server/src/glossary/delta';
import { mergeGlossaries } from '../../server/src/glossary/merge';
import { builtinGlossary } from '../../server/src/glossary';
import { analyze } from '../../server/src/analysis/analyze';
import { createGazetteer } from '../../server/src/analysis/gazetteer';
import type { GlossaryData, GlossaryEntry } from '../../server/src/analysis/glossaryTypes';
import { WorkspaceFindings } from '../../server/src/workspaceFindings';
import { normaliseSettings } from '../../server/src/settings';

const entry = (e: Partial<GlossaryEntry> & { id: string; label: string }): GlossaryEntry => ({ kind: 'actor', category: 'organization', ...e });
const glossary = (entries: GlossaryEntry[], stoplist: string[] = []): GlossaryData => ({ entries, stoplist });

const KRG = entry({ id: 'krg', label: 'Kurdistan Regional Government', aliases: ['KRG'], category: 'government', seats: ['Erbil'] });
const SFA = entry({ id: 'sfa', label: 'Strategic Framework Agreement', kind: 'agreement', parties: ['country:united-states', 'country:iraq'] });

test('an edit touches the texts that hold a name of the entry, however the text spells and breaks it', () => {
  const before = glossary([KRG]);
  const after = glossary([{ ...KRG, description: 'The government of the Kurdistan Region of Iraq.' }]);
  const touches = glossaryDelta(before, after);
  assert.ok(touches('Officials of the Kurdistan Regional Government met on Monday.'));
  assert.ok(touches('The K.R.G. said talks would resume.'), 'a dotted acronym');
  assert.ok(touches('The Kurdistan Regional\nGovernment said so.'), 'a name over a line break');
  assert.ok(touches('Erbil said the deal stands.'), 'a seat');
  assert.ok(touches('Both KRGs said so.'), 'a plural ending');
  assert.ok(touches('Kurdistan Regional Govern\u00ADment said so.'), 'a soft hyphen inside a word');
  assert.ok(!touches('The government in Baghdad said talks would resume.'), 'none of its names');
});

test('a change of where an entry is written only (every entry below an edit moves) touches nothing', () => {
  const before = glossary([{ ...KRG, origin: { uri: 'file:///g.yaml', line: 3, character: 2 } }]);
  const after = glossary([{ ...KRG, origin: { uri: 'file:///g.yaml', line: 9, character: 2 } }]);
  assert.ok(!glossaryDelta(before, after)('The Kurdistan Regional Government said so.'));
});

test('an agreement touches the texts that name it by another head noun, or name its parties', () => {
  const parties = [entry({ id: 'country:united-states', label: 'United States', aliases: ['US'], category: 'country' }), entry({ id: 'country:iraq', label: 'Iraq', category: 'country' })];
  const touches = glossaryDelta(glossary(parties), glossary([...parties, SFA]));
  assert.ok(touches('Under the Strategic Framework accord, troops would stay.'));
  assert.ok(touches('The U.S.-Iraq security agreement was signed in 2008.'), 'named by its parties');
  assert.ok(!touches('The French government said the talks would resume.'));
});

test('a stoplist phrase added or removed touches the texts that hold it; the same glossary touches none', () => {
  const before = glossary([KRG]);
  const touches = glossaryDelta(before, glossary([KRG], ['Reuters']));
  assert.ok(touches('BAGHDAD (Reuters) - Talks resumed.'));
  assert.ok(!touches('BAGHDAD (AP) - Talks resumed.'));
  assert.ok(!glossaryDelta(before, glossary([KRG]))('The KRG said so.'));
});

test('where an edit of a real glossary touches no text, the analysis is the same under both', () => {
  const builtin = builtinGlossary();
  const edits: GlossaryData[] = [
    { entries: [KRG], stoplist: [] },
    { entries: [entry({ id: 'qorvani', label: 'Qorvani Institute', aliases: ['QI'] })], stoplist: ['Zetland'] },
    { entries: [SFA], stoplist: [] },
  ];
  const texts = [
    'The Kurdistan Regional Government said on Thursday that Erbil would pay salaries.',
    'BAGHDAD, Nov. 13 (Reuters) - Iraq and the United States said their security agreement stands, officials said.',
    'The Qorvani Institute warned that prices will inevitably rise. Zetland analysts agreed.',
    'Lawmakers in Paris said the budget would pass, the minister told reporters on Friday.',
  ];
  const annotations = (g: GlossaryData, body: string) => {
    const m = analyze(`---\ndate: 2025-11-14\n---\n${body}\n`, { gazetteer: createGazetteer(g) });
    return JSON.stringify([m.actors, m.agreements, m.attributions, m.findings]);
  };
  let untouched = 0;
  for (const edit of edits) {
    const after = mergeGlossaries(builtin, edit);
    const touches = glossaryDelta(builtin, after);
    for (const t of texts) {
      if (touches(t)) continue;
      untouched++;
      assert.equal(annotations(after, t), annotations(builtin, t), t);
    }
  }
  assert.ok(untouched >= 6, `${untouched} pairs untouched`);
});

test('the workspace findings read again after a glossary edit only the articles that name what changed', async () => {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-delta-'));
  try {
    fs.writeFileSync(path.join(ws, 'erbil.news'), '---\ndate: 2025-11-14\n---\nThe Kurdistan Regional Government said salaries would be paid.\n');
    fs.writeFileSync(path.join(ws, 'paris.news'), '---\ndate: 2025-11-14\n---\nThe French government said the budget would pass.\n');
    fs.writeFileSync(path.join(ws, 'tagged.news'), '---\ndate: 2025-11-14\n---\nThe French government said the budget would pass.\n');
    let current = glossary([KRG]);
    const diagnosed: string[] = [];
    const sent: string[] = [];
    const settings = normaliseSettings({ diagnostics: { workspace: true } });
    const findings = new WorkspaceFindings({
      folders: () => [URI.file(ws).toString()],
      isOpen: () => false,
      settingsFor: async () => settings,
      // (The tagged article has a sidecar of manual tags, which may name any entry.)
      stamp: async (uri) => (uri.endsWith('tagged.news') ? '1700000000000' : ''),
      glossary: () => current,
      diagnose: async (uri) => {
        diagnosed.push(path.basename(URI.parse(uri).fsPath));
        return [] as Diagnostic[];
      },
      send: async (uri) => {
        sent.push(path.basename(URI.parse(uri).fsPath));
      },
      log: (m) => assert.fail(m),
    });
    const sweep = async () => {
      diagnosed.length = 0;
      findings.schedule(0);
      await new Promise((resolve) => setTimeout(resolve, 200));
      return [...diagnosed].sort();
    };
    assert.deepEqual(await sweep(), ['erbil.news', 'paris.news', 'tagged.news'], 'all at first');
    assert.deepEqual(await sweep(), [], 'nothing changed');
    const krg = { ...KRG, aliases: ['KRG', 'Kurdish regional government'] };
    current = glossary([krg]);
    assert.deepEqual(await sweep(), ['erbil.news', 'tagged.news'], 'the article naming the entry, and the tagged one');
    current = glossary([krg], ['French government']);
    assert.deepEqual(await sweep(), ['paris.news', 'tagged.news']);
    assert.deepEqual(await sweep(), [], 'each article is up to date with the latest glossary');
    findings.dispose();
  } finally {
    fs.rmSync(ws, { recursive: true, force: true });
  }
});
