// The glossary phrase matcher: multi-word aliases, case rules, diacritics, possessives, plurals, stoplist,
// and cost that grows with the text, not the glossary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createGazetteer } from '../../server/src/analysis/gazetteer';
import type { GlossaryData, GlossaryEntry } from '../../server/src/analysis/glossaryTypes';
import { builtinGlossary } from '../../server/src/glossary';

const entries: GlossaryEntry[] = [
  { id: 'country:united-states', label: 'United States', kind: 'actor', category: 'country', aliases: ['US', 'U.S.', 'America', 'American', 'United States of America'] },
  { id: 'country:iraq', label: 'Iraq', kind: 'actor', category: 'country', aliases: ['Iraqi', 'Baghdad'] },
  { id: 'country:cote-d-ivoire', label: "Côte d'Ivoire", kind: 'actor', category: 'country', aliases: ['Ivory Coast'] },
  { id: 'nato', label: 'NATO', kind: 'actor', category: 'organization', aliases: ['North Atlantic Treaty Organization'] },
  { id: 'isis', label: 'Islamic State', kind: 'actor', category: 'group', aliases: ['ISIS', 'al-Dawla al-Islamiya'] },
  { id: 'al-qaeda', label: 'al-Qaeda', kind: 'actor', category: 'group', aliases: ['al Qaida'] },
  { id: 'country:turkey', label: 'Turkey', kind: 'actor', category: 'country' },
  { id: 'us-iraq-sfa', label: 'Strategic Framework Agreement', kind: 'agreement' },
];
const data: GlossaryData = { entries, stoplist: [] };
const g = createGazetteer(data);

/** Checks which spans (as text=id) the gazetteer finds in the input. */
function check(input: string, expected: string[], gaz = g): void {
  const got = gaz.match(input).map((m) => `${input.slice(m.start, m.end)}=${m.entry.id}`);
  assert.deepEqual(got, expected, input);
}

test('multi-word aliases, longest first', () => {
  check('the United States of America and the United States', [
    'United States of America=country:united-states',
    'United States=country:united-states',
  ]);
  check('the North Atlantic Treaty Organization met', ['North Atlantic Treaty Organization=nato']);
  check('under the Strategic Framework Agreement', ['Strategic Framework Agreement=us-iraq-sfa']);
});

test('acronyms match only in capitals; "US" is not "us"', () => {
  check('They told us about US policy', ['US=country:united-states']);
  check('Nato and NATO but not nato', ['Nato=nato', 'NATO=nato']);
  check('isis in lower case is not the group, ISIS is', ['ISIS=isis']);
});

test('U.S. with dots, at a sentence end too', () => {
  check('U.S. forces left. They went to the U.S.', ['U.S.=country:united-states', 'U.S.=country:united-states']);
  check('the U.S.-led coalition', ['U.S.=country:united-states']);
});

test('capitalised words do not match lower-case common words', () => {
  check('a turkey for Turkey', ['Turkey=country:turkey']);
});

test('diacritics are optional in either direction', () => {
  check("Côte d'Ivoire and Cote d'Ivoire and Côte d’Ivoire", [
    "Côte d'Ivoire=country:cote-d-ivoire",
    "Cote d'Ivoire=country:cote-d-ivoire",
    'Côte d’Ivoire=country:cote-d-ivoire',
  ]);
});

test('possessives leave the "s" outside; plurals match the singular', () => {
  check("Iraq's parliament and Iraq’s army", ['Iraq=country:iraq', 'Iraq=country:iraq']);
  check('Iraqis and Americans', ['Iraqis=country:iraq', 'Americans=country:united-states']);
});

test('hyphens and spaces are interchangeable inside names', () => {
  check('al-Qaeda, al Qaeda, Al-Qaida', ['al-Qaeda=al-qaeda', 'al Qaeda=al-qaeda', 'Al-Qaida=al-qaeda']);
});

test('names do not run across punctuation or blank lines', () => {
  check('United, States', []);
  check('United\n\nStates', []);
});

test('the stoplist removes phrases whatever their case', () => {
  const stopped = createGazetteer({ entries, stoplist: ['baghdad', 'AMERICANS'] });
  check('Baghdad said Americans and Iraq', ['Iraq=country:iraq'], stopped);
  assert.equal(stopped.stopped('Baghdad'), true);
});

test('match honours the from/to range', () => {
  const text = 'Iraq and Turkey and NATO';
  const got = g.match(text, 5, 16).map((m) => text.slice(m.start, m.end));
  assert.deepEqual(got, ['Turkey']);
});

test('get by id; odd input does not throw', () => {
  assert.equal(g.get('nato')?.label, 'NATO');
  assert.equal(g.get('nope'), undefined);
  const weird = createGazetteer({ entries: [{ id: 'x', label: '', kind: 'term' }, null as unknown as GlossaryEntry], stoplist: [] });
  assert.deepEqual(weird.match('\u0000\uffff\ud800 x'), []);
  assert.deepEqual(g.match(''), []);
});

test('the built-in glossary: 193 member states, 4 others and Greenland, 11 former states and the UK\'s four nations, short forms, demonyms', () => {
  const b = builtinGlossary();
  const countries = b.entries.filter((e) => e.category === 'country');
  assert.equal(countries.filter((e) => e.description?.startsWith('UN member state.')).length, 193);
  assert.deepEqual(countries.filter((e) => !e.description?.startsWith('UN member state.')).map((e) => e.label), [
    'Taiwan', 'Kosovo', 'Palestine', 'Holy See', 'Greenland',
    'Soviet Union', 'Yugoslavia', 'East Germany', 'West Germany', 'Czechoslovakia',
    'Ottoman Empire', 'Holy Roman Empire', 'Prussia', 'Austria-Hungary', 'Russian Empire', 'Byzantine Empire',
    'England', 'Scotland', 'Wales', 'Northern Ireland',
  ]);
  const bg = createGazetteer(b);
  check('USA, America, UK, Britain and the Iraqi government met in Baghdad.', [
    'USA=country:united-states',
    'America=country:united-states',
    'UK=country:united-kingdom',
    'Britain=country:united-kingdom',
    'Iraqi=country:iraq',
    'Baghdad=country:iraq',
  ], bg);
  check('the Pentagon, the Kremlin and the JCPOA', ['Pentagon=pentagon', 'Kremlin=kremlin', 'JCPOA=jcpoa'], bg);
  // "Northern Ireland" is no mention of Ireland, the republic.
  check('The Northern Ireland Executive met in Northern Ireland.', ['Northern Ireland Executive=northern-ireland-executive', 'Northern Ireland=northern-ireland'], bg);
});

test('cost grows with the text, not with the glossary', () => {
  // Counted in matcher steps rather than time: the number of matches scales with the text and a
  // glossary 50 times larger finds the same things in the same text.
  const big: GlossaryEntry[] = [...entries];
  for (let i = 0; i < 20000; i++) big.push({ id: `e${i}`, label: `Entity Number ${i} Alpha`, kind: 'actor' });
  const bigG = createGazetteer({ entries: big, stoplist: [] });
  const para = 'The United States and Iraq met NATO in Baghdad. '.repeat(2000);
  const small = g.match(para);
  const large = bigG.match(para);
  assert.equal(small.length, 8000);
  assert.deepEqual(large.map((m) => m.start), small.map((m) => m.start));
  // A single pathological token (1 MB of letters) is handled as one token.
  assert.deepEqual(g.match('a'.repeat(1 << 20)), []);
});

test('an agreement name may end in a lower-case head noun', () => {
  const bg = createGazetteer(builtinGlossary());
  check('the Paris accord and the Minsk agreements, but not the paris accord', [
    'Paris accord=paris-agreement',
    'Minsk agreements=minsk-agreements',
  ], bg);
});

test('tokenizeText, the copy of tokenize for the article text, cuts every text as tokenize does', async () => {
  const { SHAPE_CAP, SHAPE_NON_ASCII, SHAPE_TWO_CAPS, tokenize, tokenizeText } = await import('../../server/src/analysis/tokens');
  const { hashWord } = await import('../../server/src/analysis/chars');
  const samples = [
    "The U.S. and U.K met the U.N.; Côte d'Ivoire, al-Qaeda's ŁUKASZ (Đurić) Yıldırım.",
    'U.S.A.B.C.D.E.F.G. x U.Sx A.B U.S 3R G7 “Nato” — OPEC+ naïve 𝐀𝐁 日本 ٣ e\u0301 U.\u00c9. Ä.B.',
    '', 'a', '.', 'A.', 'A.B', 'A.B.', 'ab\u2019s \u00a0x\r\ny',
  ];
  // And random strings over the characters the scanner tells apart.
  const alphabet = ['A', 'b', 'Z', 'é', 'É', '1', '.', ' ', '-', "'", 'ł', '\u0301', '\ud835\udc00', '日', ',', '\n'];
  let seed = 7;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
  for (let k = 0; k < 400; k++) {
    let s = '';
    for (let n = rand(30); n > 0; n--) s += alphabet[rand(alphabet.length)];
    samples.push(s);
  }
  for (const s of samples) {
    assert.deepEqual(tokenizeText(s, 0, s.length), tokenize(s), s);
    // (Each token's hash is its key's, which KeyTable lookups rely on.)
    for (const t of tokenize(s)) assert.equal(t.hash, hashWord(t.key), s);
    // (And its shape is its text's: a unit beyond ASCII; two ASCII capitals or more; a first letter that lower-casing
    // changes.)
    for (const t of tokenize(s)) assert.equal(t.shape, (/[^\0-\x7f]/.test(t.text) ? SHAPE_NON_ASCII : 0) | ((t.text.match(/[A-Z]/g) ?? []).length >= 2 ? SHAPE_TWO_CAPS : 0) | (t.text.charAt(0) !== t.text.charAt(0).toLowerCase() ? SHAPE_CAP : 0), s);
    for (let a = 0; a <= s.length; a += 3) assert.deepEqual(tokenizeText(s, a, s.length - 1), tokenize(s, a, s.length - 1), s);
  }
});

test('tokens read the word characters and marks of Latin text by code exactly as the Unicode classes do', async () => {
  const { normaliseWord, tokenize, tokenizeText } = await import('../../server/src/analysis/tokens');
  // (isWordAt answers these blocks without /[\p{L}\p{M}\p{N}]/u; normaliseWord drops marks below U+0370 without /\p{M}/gu.)
  const WORD = /[\p{L}\p{M}\p{N}]/u;
  const MARK = /\p{M}/gu;
  for (let c = 0x80; c < 0x2100; c++) {
    if (c >= 0x370 && c < 0x2000) continue;
    const ch = String.fromCharCode(c);
    const s = `a${ch}b ${ch}`;
    const want = WORD.test(ch) ? [`a${ch}b`, ch] : ['a', 'b'];
    assert.deepEqual(tokenize(s).map((t) => t.text), want, c.toString(16));
    assert.deepEqual(tokenizeText(s, 0, s.length).map((t) => t.text), want, c.toString(16));
    // (And the letters that carry their stroke in themselves fold to their base letter.)
    const stroked: Record<string, string> = { ł: 'l', đ: 'd', ı: 'i', ø: 'o', ħ: 'h', ŧ: 't' };
    if (c < 0x370) assert.equal(normaliseWord(`E${ch}x`), `E${ch}x`.normalize('NFD').replace(MARK, '').toLowerCase().replace(/[łđıøħŧ]/g, (x) => stroked[x]), c.toString(16));
  }
});

test('KeyTable answers what a Map of the same keys answers, grown from two slots or made with room for more', async () => {
  const { KeyTable } = await import('../../server/src/analysis/tokens');
  const { hashWord } = await import('../../server/src/analysis/chars');
  // (Room for fewer keys than it gets: it grows past its capacity too.)
  for (const capacity of [undefined, 40, 5000]) keyTableLikeMap(new KeyTable<number>(capacity), hashWord);
});

function keyTableLikeMap(table: { set(k: string, v: number): void; get(k: string, h: number): number | undefined; size: number }, hashWord: (k: string) => number): void {
  const map = new Map<string, number>();
  let seed = 11;
  const word = (): string => {
    let w = '';
    for (let n = 1 + (seed % 5); n > 0; n--) w += 'abcé'[(seed = (seed * 1103515245 + 12345) % 2147483648) % 4];
    return w;
  };
  for (let k = 0; k < 3000; k++) {
    const w = word();
    table.set(w, k);
    map.set(w, k);
  }
  assert.equal(table.size, map.size);
  for (let k = 0; k < 3000; k++) {
    const w = word();
    assert.equal(table.get(w, hashWord(w)), map.get(w), w);
  }
  assert.equal(table.get('', hashWord('')), map.get(''));
  // ('' hashes to 0 and '\u0001' to 1: one tag in the table, told apart by their keys.)
  table.set('', -1);
  table.set('\u0001', -2);
  assert.equal(table.get('', hashWord('')), -1);
  assert.equal(table.get('\u0001', hashWord('\u0001')), -2);
}
