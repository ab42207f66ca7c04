// Glossary text edits: each result must load cleanly and hold what was added, keeping the rest of the file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addAliasSplice, addEntrySplice, addStopSplice, applySplice, slugId, toWorkspaceEdit, yamlScalar, type GlossaryFile } from '../../server/src/glossary/edit';
import { similarEntries } from '../../server/src/glossary/similar';
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
