// Glossary text edits: each result must load cleanly and hold what was added, keeping the rest of the file.
import { test } from 'node:test';
import { cpuMs } from '../support/cpu';
import assert from 'node:assert/strict';
import { addAliasSplice, addEntriesSplice, addEntrySplice, addStopSplice, applySplice, slugId, toWorkspaceEdit, yamlScalar, type GlossaryFile, type NewEntry } from '../../server/src/glossary/edit';
import { addEntriesEdit } from '../../server/src/features/glossaryActions';
import { LineIndex } from '../../server/src/analysis/positions';
import { nameSimilarity, similarEntries, similarFinder } from '../../server/src/glossary/similar';
import { builtinGlossary } from '../../server/src/glossary/builtin';
import { loadGlossaryText } from '../../server/src/glossary/load';
import type { GlossaryEntry } from '../../server/src/analysis/glossaryTypes';

const Y = 'file:///ws/glossary.yaml';
const J = 'file:///ws/glossary.json';
const file = (uri: string, text: string | undefined): GlossaryFile => ({ uri, text, version: null });
const NEW = { id: 'zubair-council', label: 'Zubair Council: "North"', kind: 'actor' as const, category: 'group' };

function loads(uri: string, text: string) {
  const r = loadGlossaryText(uri, text);
  assert.deepEqual(r.problems.filter((p) => p.severity === 'error'), [], `loads cleanly:\n${text}`);
  return r;
}

const ENTRY_CASES: [string, string, string | undefined][] = [
  ['missing YAML file', Y, undefined],
  ['empty YAML file', Y, ''],
  ['YAML block list with comments', Y, '# my glossary\nentries:\n  - id: a\n    label: A\n    kind: actor   # note\n# trailing comment\nstoplist:\n  - foo\n'],
  ['YAML without trailing newline', Y, 'entries:\n- id: a\n  label: A\n  kind: actor'],
  ['YAML with empty entries', Y, 'entries:\nstoplist: [x]\n'],
  ['YAML with flow entries', Y, 'entries: []\n'],
  ['YAML bare list', Y, '- id: a\n  label: A\n  kind: actor\n'],
  ['YAML with only a stoplist', Y, 'stoplist:\n  - x\n'],
  ['missing JSON file', J, undefined],
  ['JSON pretty', J, '{\n  "entries": [\n    {\n      "id": "a",\n      "label": "A",\n      "kind": "actor"\n    }\n  ]\n}\n'],
  ['JSON empty entries', J, '{ "entries": [] }'],
  ['JSON without entries', J, '{\n  "stoplist": ["x"]\n}\n'],
];

for (const [name, uri, text] of ENTRY_CASES) {
  test(`add entry: ${name}`, () => {
    const f = file(uri, text);
    const splice = addEntrySplice(f, NEW);
    const out = applySplice(text ?? '', splice);
    const r = loads(uri, out);
    const e = r.entries.find((x) => x.id === 'zubair-council');
    assert.ok(e, out);
    assert.equal(e.label, NEW.label);
    assert.equal(e.category, 'group');
    if (text && /id: a|"id": "a"/.test(text)) assert.ok(r.entries.some((x) => x.id === 'a'), 'the old entry is kept');
    if (text?.includes('stoplist')) assert.ok(r.stoplist.length >= 1, 'the stoplist is kept');
    if (text?.trim()) assert.equal(splice.end, splice.start, 'an insertion, not a rewrite');
  });
}

const MANY: NewEntry[] = [
  NEW,
  { id: 'b2', label: 'Plain Name', kind: 'actor' },
  { id: 'c3', label: 'yes', kind: 'term' },
  { id: 'd4', label: 'Ünïcode (x)', kind: 'agreement', category: 'accord', aliases: ['Alpha', 'Beta "q"'] },
];

const MANY_CASES: [string, string, string | undefined][] = [
  ...ENTRY_CASES,
  ['YAML with a stoplist right after the entries', Y, 'entries:\n  - id: a\n    label: A\n    kind: actor\n    aliases:\n      - Alef\nstoplist:\n  - foo\n'],
  ['YAML with blank lines at the end', Y, 'entries:\n  - id: a\n    label: A\n    kind: actor\n\n\n'],
  ['YAML with an empty flow list on two lines', Y, 'entries: [\n  ]\n'],
  ['YAML flow list, one entry a line', Y, 'entries: [\n    {id: a, label: A, kind: actor}\n  ]\n'],
  ['YAML flow list on one line', Y, 'entries: [{id: a, label: A, kind: actor}]\n'],
  ['YAML `entries:` without a newline', Y, 'entries:'],
  ['JSON compact', J, '{"entries": [{"id": "a", "label": "A", "kind": "actor"}]}'],
  ['JSON empty object', J, '{}'],
];

for (const [name, uri, text] of MANY_CASES) {
  test(`add several entries at once: ${name}`, () => {
    // The same text as adding them one at a time (which parsed the file once per entry), in one splice.
    let oneByOne = text ?? '';
    for (const e of MANY) oneByOne = applySplice(oneByOne, addEntrySplice(file(uri, oneByOne), e));
    const splice = addEntriesSplice(file(uri, text), MANY);
    const out = applySplice(text ?? '', splice);
    assert.equal(out, oneByOne);
    const r = loads(uri, out);
    const ids = r.entries.map((x) => x.id);
    assert.deepEqual(ids.slice(ids.length - MANY.length), MANY.map((e) => e.id), out);
    if (text && /id: a|"id": "a"/.test(text)) assert.equal(ids[0], 'a', 'the old entry is kept, first');
    if (text?.includes('foo')) assert.deepEqual(r.stoplist, ['foo'], 'the stoplist is kept as it was');
    assert.deepEqual(r.entries.find((x) => x.id === 'd4')?.aliases, ['Alpha', 'Beta "q"']);
    // The WorkspaceEdit of the source action makes the same text.
    const f = { uri, text, version: 4 };
    const edit = addEntriesEdit(f, MANY, false).changes![uri][0];
    const lines = new LineIndex(text ?? '');
    assert.equal(applySplice(text ?? '', { start: lines.offsetAt(edit.range.start), end: lines.offsetAt(edit.range.end), text: edit.newText }), out);
  });
}

test('a new entry goes at the end of the entries, not into a stoplist below them nor after a blank line', () => {
  const text = 'entries:\n  - id: a\n    label: A\n    kind: actor\nstoplist:\n  - foo\n';
  assert.equal(
    applySplice(text, addEntrySplice(file(Y, text), { id: 'b', label: 'B', kind: 'actor' })),
    'entries:\n  - id: a\n    label: A\n    kind: actor\n  - id: b\n    label: B\n    kind: actor\nstoplist:\n  - foo\n',
  );
  const bare = '- id: a\n  label: A\n  kind: actor\n';
  assert.equal(applySplice(bare, addEntrySplice(file(Y, bare), { id: 'b', label: 'B', kind: 'actor' })), `${bare}- id: b\n  label: B\n  kind: actor\n`);
});

test('adding hundreds of entries parses the glossary once', () => {
  const existing = Array.from({ length: 2000 }, (_, i) => `  - id: e${i}\n    label: Entry ${i}\n    kind: actor\n`).join('');
  const text = `entries:\n${existing}stoplist:\n  - foo\n`;
  const entries: NewEntry[] = Array.from({ length: 500 }, (_, i) => ({ id: `n${i}`, label: `New ${i}`, kind: 'actor' }));
  const t = cpuMs();
  const out = applySplice(text, addEntriesSplice(file(Y, text), entries));
  assert.ok(cpuMs() - t < 3000, `took ${cpuMs() - t} ms of processor time`); // was about a minute
  const r = loads(Y, out);
  assert.equal(r.entries.length, 2500);
  assert.deepEqual(r.stoplist, ['foo']);
});

const BUILTIN: GlossaryEntry = { id: 'peshmerga', label: 'Peshmerga', kind: 'actor', category: 'military', aliases: ['Kurdish forces'], seats: ['Erbil'], description: 'Kurdish *forces*.', origin: { uri: 'builtin', line: 0, character: 0 } };

const ALIAS_CASES: [string, string, string][] = [
  ['YAML block aliases', Y, 'entries:\n  - id: peshmerga\n    label: Peshmerga\n    kind: actor\n    aliases:\n      - Kurdish forces\n  - id: b\n    label: B\n    kind: actor\n'],
  ['YAML flow aliases', Y, 'entries:\n  - id: peshmerga\n    label: Peshmerga\n    kind: actor\n    aliases: [Kurdish forces]\n'],
  ['YAML no aliases', Y, 'entries:\n  - id: peshmerga\n    label: Peshmerga\n    kind: actor\n  - id: b\n    label: B\n    kind: actor\n'],
  ['YAML entry not in the file (built-in)', Y, 'entries:\n  - id: b\n    label: B\n    kind: actor\n'],
  ['JSON no aliases', J, '{\n  "entries": [\n    {\n      "id": "peshmerga",\n      "label": "Peshmerga",\n      "kind": "actor"\n    }\n  ]\n}\n'],
  ['JSON aliases', J, '{"entries": [{"id": "peshmerga", "label": "Peshmerga", "kind": "actor", "aliases": ["Kurdish forces"]}]}'],
];

for (const [name, uri, text] of ALIAS_CASES) {
  test(`add alias: ${name}`, () => {
    const out = applySplice(text, addAliasSplice(file(uri, text), BUILTIN, 'Kurdish Peshmerga'));
    const r = loads(uri, out);
    const e = r.entries.find((x) => x.id === 'peshmerga');
    assert.ok(e, out);
    assert.ok(e.aliases?.includes('Kurdish Peshmerga'), out);
    if (text.includes('Kurdish forces') || name.includes('built-in')) assert.ok(e.aliases?.includes('Kurdish forces'), 'existing aliases kept');
    if (name.includes('built-in')) assert.equal(e.description, 'Kurdish *forces*.', 'the copy keeps the built-in fields');
    if (name.includes('built-in')) assert.deepEqual(e.seats, ['Erbil'], 'and its seats of government');
    if (text.includes('id: b')) assert.ok(r.entries.some((x) => x.id === 'b'));
  });
}

const STOP_CASES: [string, string, string | undefined][] = [
  ['missing YAML', Y, undefined],
  ['YAML without stoplist', Y, 'entries:\n  - id: a\n    label: A\n    kind: actor\n'],
  ['YAML block stoplist', Y, 'entries: []\nstoplist:\n  - foo\n'],
  ['YAML flow stoplist', Y, 'entries: []\nstoplist: [foo]\n'],
  ['YAML bare list', Y, '- id: a\n  label: A\n  kind: actor\n'],
  ['JSON without stoplist', J, '{\n  "entries": []\n}\n'],
  ['JSON with stoplist', J, '{\n  "entries": [],\n  "stoplist": [\n    "foo"\n  ]\n}\n'],
];

for (const [name, uri, text] of STOP_CASES) {
  test(`never tag: ${name}`, () => {
    const out = applySplice(text ?? '', addStopSplice(file(uri, text), 'Iraqi officials'));
    const r = loads(uri, out);
    assert.ok(r.stoplist.includes('Iraqi officials'), out);
    if (text?.includes('foo')) assert.ok(r.stoplist.includes('foo'));
    if (text?.includes('id: a')) assert.ok(r.entries.some((x) => x.id === 'a'));
  });
}

test('a WorkspaceEdit creates a missing file first and carries the open version', () => {
  const e1 = toWorkspaceEdit(file(Y, undefined), addEntrySplice(file(Y, undefined), NEW));
  assert.equal((e1.documentChanges![0] as any).kind, 'create');
  const e2 = toWorkspaceEdit({ uri: Y, text: 'entries: []\n', version: 7 }, addStopSplice(file(Y, 'entries: []\n'), 'x'));
  assert.equal((e2.documentChanges![0] as any).textDocument.version, 7);
  const e3 = toWorkspaceEdit(file(Y, ''), addStopSplice(file(Y, ''), 'x'), false);
  assert.ok(e3.changes?.[Y]);
});

test('yaml scalars and ids', () => {
  for (const s of ['Peshmerga', 'yes', '12', 'a: b', 'x #y', '"q"', 'Ünïcode name', '- dash', '']) {
    const out = `entries:\n  - id: a\n    label: ${yamlScalar(s || 'z')}\n    kind: actor\n`;
    assert.equal(loads(Y, out).entries[0].label, s || 'z');
  }
  const taken = new Set(['al-qaeda']);
  assert.equal(slugId('Al-Qaeda', (id) => taken.has(id)), 'al-qaeda-2');
  assert.equal(slugId('Forces armées (FARDC)', () => false), 'forces-armees-fardc');
});

test('similar entries: containment, acronyms and spelling variants rank first', () => {
  const entries: GlossaryEntry[] = [
    { id: 'pmf', label: 'Popular Mobilization Forces', kind: 'actor' },
    { id: 'peshmerga', label: 'Peshmerga', kind: 'actor' },
    { id: 'nato', label: 'North Atlantic Treaty Organization', kind: 'actor', aliases: ['NATO'] },
    { id: 'sfa', label: 'Strategic Framework Agreement', kind: 'agreement' },
  ];
  assert.equal(similarEntries('Kurdish Peshmerga', 'actor', entries)[0]?.entry.id, 'peshmerga');
  assert.equal(similarEntries('Popular Mobilisation Units', 'actor', entries)[0]?.entry.id, 'pmf');
  assert.equal(similarEntries('PMF', 'actor', entries)[0]?.entry.id, 'pmf');
  assert.equal(similarEntries('the Framework Agreement', 'agreement', entries)[0]?.entry.id, 'sfa');
  assert.deepEqual(similarEntries('Zubair Council', 'actor', entries), []);
});

test('similar entries: a lower-case phrase names nothing', () => {
  const entries: GlossaryEntry[] = [{ id: 'unsc', label: 'UN Security Council', kind: 'actor', aliases: ['Security Council'] }];
  assert.deepEqual(similarEntries('security vacuum', 'actor', entries), []);
  assert.equal(similarEntries('the Security Council', 'actor', entries)[0]?.entry.id, 'unsc');
});

test('similar entries: scores are those of nameSimilarity, and a list changed in place is read again', () => {
  const entries: GlossaryEntry[] = [
    { id: 'pmf', label: 'Popular Mobilization Forces', kind: 'actor', aliases: ['Hashd al-Shaabi'] },
    { id: 'peshmerga', label: 'Peshmerga', kind: 'actor' },
    { id: 'kdp', label: 'Kurdistan Democratic Party', kind: 'actor', aliases: ['KDP'] },
    { id: 'puk', label: 'Patriotic Union of Kurdistan', kind: 'actor' },
  ];
  for (const mention of ['Kurdish Peshmerga', 'PMF', 'KDP', 'Kurdistan Union', 'Popular Forces', 'Zubair Council']) {
    const got = similarEntries(mention, 'actor', entries, 10, 0.01);
    const want = entries
      .map((e) => ({ entry: e, score: Math.max(...[e.label, ...(e.aliases ?? [])].map((n) => nameSimilarity(mention, n))) }))
      .filter((r) => r.score >= 0.01)
      .sort((x, y) => y.score - x.score || x.entry.label.localeCompare(y.entry.label));
    assert.deepEqual(got.map((r) => [r.entry.id, r.score]), want.map((r) => [r.entry.id, r.score]), mention);
  }
  assert.deepEqual(similarEntries('Zubair Council', 'actor', entries), []);
  entries[1] = { id: 'zc', label: 'Zubair Council', kind: 'actor' };
  assert.equal(similarEntries('Zubair Council', 'actor', entries)[0]?.entry.id, 'zc', 'a replaced entry is found');
  entries[3].aliases = ['Zubair Front'];
  assert.deepEqual(similarEntries('Zubair Front', 'actor', entries).map((r) => r.entry.id), ['puk', 'zc'], 'an added alias is found');
});

test('similarFinder: one finder for many mentions ranks each as similarEntries alone and as nameSimilarity (old definition)', () => {
  const entries: GlossaryEntry[] = [
    ...builtinGlossary().entries.slice(0, 300),
    { id: 'pmf', label: 'Popular Mobilization Forces', kind: 'actor', aliases: ['Hashd al-Shaabi', 'PMF'] },
    { id: 'mfa', label: 'Ministry of Foreign Affairs', kind: 'actor' },
    { id: 'kg', label: 'Kaa Group', kind: 'actor', aliases: ['KG'] },
    { id: 'sfa', label: 'Strategic Framework Agreement', kind: 'agreement' },
  ];
  const mentions = ['Ministry of Kab Affairs', 'Mr. Kab', 'Kaa Group, LTD', 'PMF', 'KG', 'Popular Forces', 'security vacuum', 'the Framework Agreement', 'Zubair Council', 'UN', 'United Nations', 'Ministry of Kab Affairs'];
  const find = similarFinder(entries);
  for (const floor of [0.45, 0.2, 0]) {
    for (const kind of ['actor', 'agreement']) {
      for (const mention of mentions) {
        const got = find(mention, kind, 5, floor);
        assert.deepEqual(got, similarEntries(mention, kind, entries, 5, floor), mention);
        if (!/\p{Lu}/u.test(mention)) {
          assert.deepEqual(got, []);
          continue;
        }
        const want = entries
          .filter((e) => e.kind === kind)
          .map((e) => ({ entry: e, score: Math.max(...[e.label, ...(e.aliases ?? [])].map((n) => nameSimilarity(mention, n))) }))
          .filter((r) => r.score >= floor)
          .sort((x, y) => y.score - x.score || x.entry.label.localeCompare(y.entry.label))
          .slice(0, 5);
        assert.deepEqual(got.map((r) => [r.entry.id, r.score]), want.map((r) => [r.entry.id, r.score]), `${mention} (${kind}, ${floor})`);
      }
    }
  }
});

test('glossary edits: positions are those of the text edited, however the edits of two files alternate', () => {
  const a: GlossaryFile = { uri: 'file:///a.yaml', text: 'entries:\n  - id: x\n    label: X\n    kind: actor\n', version: 1 };
  const b: GlossaryFile = { uri: 'file:///b.yaml', text: '# notes\n\n\n\nentries:\n  - id: y\n    label: Y\n    kind: actor\n\n', version: 2 };
  for (let i = 0; i < 3; i++) {
    for (const f of [a, b, a]) {
      const splice = addStopSplice(f, 'Foo');
      const edit = toWorkspaceEdit(f, splice, false).changes![f.uri][0];
      assert.deepEqual(edit.range.start, new LineIndex(f.text!).positionAt(splice.start));
    }
  }
});
