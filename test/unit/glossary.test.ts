// Glossary files: a good file loads; each kind of broken file gives a located problem and never throws;
// workspace entries override built-in ones by id.
import { test } from 'node:test';
import { cpuMs } from '../support/cpu';
import assert from 'node:assert/strict';
import { loadGlossaryText, mergeGlossaries, builtinGlossary, ACTOR_CATEGORIES, AGREEMENT_CATEGORIES, type GlossaryProblem } from '../../server/src/glossary';

const URI = 'file:///ws/glossary.yaml';

const good = `# Project glossary
entries:
  - id: us-iraq-hct
    label: US-Iraq Higher Coordinating Committee
    kind: actor
    category: organization
    aliases: [HCC, Higher Coordinating Committee]
    seats: [Baghdad]
    description: |
      Set up under the **2008 SFA**.
    links: [https://example.org/hcc]
    related: [us-iraq-sfa]
  - id: erbil-accord
    label: Erbil Accord
    kind: agreement
    category: accord
    signed: 2010-11-11
    inForce: 2010-11
stoplist:
  - Reuters
`;

test('a good YAML file loads with origins and no problems', () => {
  const r = loadGlossaryText(URI, good);
  assert.equal(r.ok, true);
  assert.deepEqual(r.problems, []);
  assert.equal(r.entries.length, 2);
  assert.deepEqual(r.entries[0].aliases, ['HCC', 'Higher Coordinating Committee']);
  assert.deepEqual(r.entries[0].seats, ['Baghdad']);
  assert.equal(r.entries[0].description, 'Set up under the **2008 SFA**.\n');
  assert.deepEqual(r.entries[0].origin, { uri: URI, line: 2, character: 8 });
  assert.equal(r.entries[1].signed, '2010-11-11');
  assert.deepEqual(r.stoplist, ['Reuters']);
});

test('JSON files and a bare top-level list load too', () => {
  const json = JSON.stringify({ entries: [{ id: 'a', label: 'A', kind: 'actor', category: 'group' }], stoplist: ['x'] }, null, 2);
  const r = loadGlossaryText('file:///g.json', json);
  assert.equal(r.ok, true, JSON.stringify(r.problems));
  assert.equal(r.entries[0].origin?.line, 3);
  const list = loadGlossaryText(URI, '- id: a\n  label: A\n  kind: term\n');
  assert.equal(list.ok, true);
  assert.equal(list.entries.length, 1);
});

/** Loads text and checks that one problem matches: severity, 0-based line:character, and a message fragment. */
function check(text: string, severity: GlossaryProblem['severity'], at: string, fragment: RegExp, uri = URI): void {
  let r: ReturnType<typeof loadGlossaryText> | undefined;
  assert.doesNotThrow(() => {
    r = loadGlossaryText(uri, text);
  });
  const problems = r?.problems ?? [];
  const hit = problems.find((p) => p.severity === severity && `${p.line}:${p.character}` === at && fragment.test(p.message));
  assert.ok(hit, `expected ${severity} at ${at} ~ ${fragment}\n  got ${JSON.stringify(problems)}`);
  if (severity === 'error') assert.equal(r?.ok, false);
  for (const p of problems) assert.ok(p.endLine > p.line || p.endLine === p.line && p.endCharacter >= p.character);
}

const entry = (body: string) => `entries:\n  - id: a\n    label: A\n    kind: actor\n${body}`;

test('broken files give located problems', () => {
  check('entries:\n  - label: No id\n    kind: actor\n', 'error', '1:4', /no `id`/);
  check('entries:\n  - id: x\n    kind: actor\n', 'error', '1:4', /no `label`/);
  check('entries:\n  - id: a\n    label: A\n    kind: actor\n  - id: a\n    label: B\n    kind: actor\n', 'error', '4:8', /Duplicate id "a" \(first defined on line 2\)/);
  check('entries:\n  - id: a\n    label: A\n    kind: person\n', 'error', '3:10', /Unknown kind "person"/);
  check(entry('    category: warlord\n'), 'warning', '4:14', /Unknown actor category "warlord"/);
  check(entry('    aliases: 42\n'), 'error', '4:13', /`aliases` must be a list/);
  check(entry('    aliases: [ok, 7]\n'), 'error', '4:18', /Each item of `aliases`/);
  check(entry('    links: [ftp://example.org/x]\n'), 'error', '4:12', /must be an http/);
  check(entry('    links: ["javascript:alert(1)"]\n'), 'error', '4:12', /must be an http/);
  check(entry('    signed: 2008-02-30\n'), 'error', '4:12', /YYYY-MM-DD/);
  check(entry('    inForce: next year\n'), 'error', '4:13', /YYYY-MM-DD/);
  check(entry('    description: [not, text]\n'), 'error', '4:17', /`description` must be a string/);
  check(entry('    colour: red\n'), 'warning', '4:4', /Unknown field "colour"/);
  check(entry('    aliases: [x]\n'), 'error', '4:14', /too short/);
  check('entries:\n  - id: a\n    label: Alpha\n    kind: actor\n  - id: b\n    label: Beta\n    kind: actor\n    aliases: [ALPHA]\n', 'information', '7:14', /also names "a"/);
  check('entries:\n  - id: has space\n    label: A\n    kind: actor\n', 'error', '1:8', /may contain only/);
  check('entries:\n  - id: a\n    label: A\n', 'information', '1:4', /no `kind`/);
  check('entries:\n  - just a string\n', 'error', '1:4', /must be a mapping/);
  check('entries: {a: 1}\n', 'error', '0:9', /must be a list/);
  check('stoplist: nope\nentries: []\n', 'error', '0:10', /`stoplist` must be a list/);
  check('entries: []\nstoplist: [ok, 3]\n', 'error', '1:15', /stoplist item/);
  check('hello: world\n', 'warning', '0:0', /Unknown top-level key/);
  check('42\n', 'error', '0:0', /must be a mapping/);
});

test('syntax errors, tabs, empty, binary and huge files', () => {
  check('entries:\n  - id: a\n\tlabel: A\n', 'error', '2:0', /Tabs are not allowed/);
  check('entries:\n  - id: [a\n', 'error', '2:0', /Flow sequence/);
  check('entries:\n  - id: a\n    id: b\n', 'error', '2:4', /unique/i);
  check('{"entries": [{"id": "a",}]}', 'error', '0:24', /JSON/, 'file:///g.json');
  check('', 'warning', '0:0', /empty/);
  check('# only a comment\n', 'warning', '0:0', /empty/);
  check('entries:\n  - id: a\u0000\u0001', 'error', '1:9', /binary/);
  check('x'.repeat(3 * 1024 * 1024), 'error', '0:0', /too large/);
});

test('bad entries are dropped, good ones kept, and ok says whether to keep the last good version', () => {
  const r = loadGlossaryText(URI, 'entries:\n  - id: a\n    label: A\n    kind: actor\n  - id: b\n    kind: actor\n');
  assert.equal(r.ok, false);
  assert.deepEqual(r.entries.map((e) => e.id), ['a']);
  const warnOnly = loadGlossaryText(URI, entry('    category: warlord\n'));
  assert.equal(warnOnly.ok, true);
  assert.equal(warnOnly.entries[0].category, undefined);
});

test('thousands of problems are capped, and a hidden error still makes ok false', () => {
  let text = 'entries:\n';
  for (let i = 0; i < 500; i++) text += `  - id: e${i}\n    label: E\n    kind: actor\n    colour: red\n`;
  text += '  - id: bad\n    kind: nope\n';
  const r = loadGlossaryText(URI, text);
  assert.equal(r.problems.length, 201);
  assert.match(r.problems[200].message, /more problems not shown/);
  assert.equal(r.problems[200].severity, 'error');
  assert.equal(r.ok, false);
  assert.equal(r.entries.length, 500);
});

test('random garbage never throws', () => {
  const samples = ['::::', '- - - -', '{[}]', '&a [*a, *a]', '!!binary x', '"\\u', 'entries:\n  - *nope', '\ufeffentries: []'];
  for (const s of samples) assert.doesNotThrow(() => loadGlossaryText(URI, s), s);
  assert.doesNotThrow(() => loadGlossaryText(URI, undefined as unknown as string));
});

test('merge: workspace entries override built-in ones by id, stoplists add up', () => {
  const b = builtinGlossary();
  const iraq = b.entries.find((e) => e.id === 'country:iraq');
  assert.ok(iraq);
  const ws = loadGlossaryText(URI, 'entries:\n  - id: country:iraq\n    label: Republic of Iraq\n    kind: actor\n    category: country\nstoplist: [Baghdad]\n');
  const ws2 = { entries: [{ id: 'new', label: 'New', kind: 'term' as const }], stoplist: ['Erbil'] };
  const merged = mergeGlossaries(b, ws, ws2);
  assert.equal(merged.entries.length, b.entries.length + 1);
  assert.equal(merged.entries.find((e) => e.id === 'country:iraq')?.label, 'Republic of Iraq');
  assert.deepEqual(merged.stoplist, ['Baghdad', 'Erbil']);
  assert.equal(b.entries.find((e) => e.id === 'country:iraq')?.label, 'Iraq', 'the built-in glossary is not modified');
});

test('the built-in glossary validates against its own rules', () => {
  const b = builtinGlossary();
  const ids = new Set<string>();
  for (const e of b.entries) {
    assert.ok(!ids.has(e.id), `duplicate ${e.id}`);
    ids.add(e.id);
    assert.ok(e.label && e.kind && e.description, e.id);
    if (e.signed) assert.match(e.signed, /^\d{4}(-\d{2}(-\d{2})?)?$/);
    const known: readonly string[] = e.kind === 'actor' ? ACTOR_CATEGORIES : e.kind === 'agreement' ? AGREEMENT_CATEGORIES : [];
    if (e.category && known.length) assert.ok(known.includes(e.category), `${e.id}: category ${e.category} is one a user's glossary may not use`);
  }
  for (const e of b.entries) for (const p of e.parties ?? []) assert.ok(ids.has(p), `${e.id}: unknown party ${p}`);
  for (const id of ['country:united-states', 'un-security-council', 'nato', 'isis', 'hezbollah', 'npt', 'jcpoa', 'us-iraq-sfa', 'pentagon', 'kremlin']) {
    assert.ok(ids.has(id), id);
  }
});

test('property: arbitrary text never throws and every problem lies inside the file', async () => {
  const fc = await import('fast-check');
  const pieces = fc.constantFrom('entries:\n', '  - id: a\n', '    label: A\n', '    kind: actor\n', '\t', ':', '- ', '[', ']', '{', '}', '"', '#', '&x ', '*x', '\n', '    aliases: [B, C]\n', '    signed: 2020-13-01\n', '\u0000');
  fc.assert(
    fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      const r = loadGlossaryText(URI, text);
      const lines = text.split(/\r\n|\r|\n/).length;
      for (const p of r.problems) {
        assert.ok(p.line >= 0 && p.line < lines && p.endLine < lines, JSON.stringify(p));
      }
      assert.equal(r.ok, !r.problems.some((p) => p.severity === 'error'));
    }),
    { numRuns: 300, seed: 7 },
  );
});

test('the example glossary shipped beside the schema loads cleanly', async () => {
  const fs = await import('node:fs');
  const path = await import('node:path');
  const file = path.join(__dirname, '../../schemas/glossary.example.yaml');
  const r = loadGlossaryText('file:///schemas/glossary.example.yaml', fs.readFileSync(file, 'utf8'));
  assert.deepEqual(r.problems, []);
  assert.equal(r.ok, true);
  assert.deepEqual(r.entries.map((e) => e.id), ['us-iraq-hcc', 'us-iraq-sfa', 'country:iraq']);
  const merged = mergeGlossaries(builtinGlossary(), r);
  assert.equal(merged.entries.find((e) => e.id === 'country:iraq')?.aliases?.includes('Federal Iraq'), true);
});

test('the schema offers editors the same agreement categories the loader accepts', async () => {
  const fs = await import('node:fs');
  const path = await import('node:path');
  const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '../../schemas/glossary.schema.json'), 'utf8'));
  const rule = schema.definitions.entry.allOf.find((r: { if: { properties: { kind: { const: string } } } }) => r.if.properties.kind.const === 'agreement');
  assert.deepEqual(rule.then.properties.category.enum, [...AGREEMENT_CATEGORIES]);
});

test('a repeated key is an error at the repeated key, in block, flow and JSON mappings, at any depth', () => {
  // Each case: the text, and where each repeat is reported (0-based line:character), as the YAML parser's
  // own uniqueness check placed it.
  const cases: [string, string[], string?][] = [
    ['entries: []\nstoplist: []\nentries: []\n', ['2:0']],
    ['entries:\n  - id: a\n    label: A\n    kind: actor\n    label: B\n    label: C\n', ['4:4', '5:4']],
    ['entries:\n  - {id: a, label: A, kind: actor, "label": B}\n', ['1:35']],
    ['entries:\n  - id: a\n    label: A\n    kind: actor\n    aliases: [Alpha]\n    # the same key, quoted\n    \'aliases\': [Beta]\n', ['6:4']],
    ['{\n  "entries": [\n    {"id": "a", "label": "A", "kind": "actor", "id": "b"}\n  ]\n}\n', ['2:47'], 'file:///g.json'],
    ['entries:\nentries:\n  - id: a\n    label: A\n', ['0:8']], // after an empty value: where that value ends
  ];
  for (const [text, at, uri] of cases) {
    const r = loadGlossaryText(uri ?? URI, text);
    const dups = r.problems.filter((p) => /unique/.test(p.message));
    assert.deepEqual(dups.map((p) => `${p.line}:${p.character}`), at, text);
    for (const p of dups) {
      assert.equal(p.message, 'Map keys must be unique');
      assert.equal(p.severity, 'error');
      // One character long (a key right after an empty value is placed on that line's newline).
      const end = `${p.endLine}:${p.endCharacter}`;
      assert.ok(end === `${p.line}:${p.character + 1}` || end === `${p.line + 1}:0`, end);
    }
    assert.equal(r.ok, false);
    assert.deepEqual(r.entries, [], 'a file with a repeated key loads no entries (the last good version stays)');
  }
  // Keys that only look alike are not repeats: 1 and "1", an alias and its anchor, two .nan.
  for (const text of ['entries: []\nversion: 1\n"1": x\n1: y\n', 'entries: []\nversion: &v a\n*v : b\n', 'entries: []\n.nan: 1\n.nan: 2\n']) {
    assert.ok(!loadGlossaryText(URI, text).problems.some((p) => /unique/.test(p.message)), text);
  }
});

test('many keys in one mapping load in linear time', () => {
  // The parser's own duplicate check compared each key with every earlier one: 20,000 keys took seconds.
  const keys = Array.from({ length: 20000 }, (_, i) => `k${i}: v\n`).join('');
  const t = cpuMs();
  const r = loadGlossaryText(URI, `${keys}entries: []\nk7: again\n`);
  assert.ok(cpuMs() - t < 3000, `took ${cpuMs() - t} ms of processor time`);
  const dup = r.problems.find((p) => /unique/.test(p.message));
  assert.deepEqual(dup && [dup.line, dup.character], [20001, 0]);
});
