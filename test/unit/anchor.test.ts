// Tags follow editor changes exactly, and find their text again after outside rewrites.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { approximateMatch, reanchor, shiftTag, shiftTags, type OffsetChange } from '../../server/src/store/anchor';
import { makeTag, type Tag } from '../../server/src/store/model';

const NOW = '2026-01-01T00:00:00.000Z';
const TEXT = 'Officials said Peshmerga forces moved north on Thursday. Peshmerga forces later withdrew.';

function tagOn(text: string, needle: string, nth = 0): Tag {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `"${needle}" in text`);
  return makeTag(text, { kind: 'actor', start: at, end: at + needle.length }, NOW);
}

/** Applies a change to a text and the tag together; checks the tag still covers what it should. */
function edit(text: string, c: OffsetChange, insert: string): string {
  return text.slice(0, c.start) + insert + text.slice(c.end);
}

function check(name: string, change: { at: string; delta?: number; remove?: number; insert: string }, expected: string | null) {
  test(`shift: ${name}`, () => {
    const tag = tagOn(TEXT, 'Peshmerga forces');
    const start = TEXT.indexOf(change.at) + (change.delta ?? 0);
    const c: OffsetChange = { start, end: start + (change.remove ?? 0), length: change.insert.length };
    const next = edit(TEXT, c, change.insert);
    const alive = shiftTag(tag, c);
    if (expected === null) assert.equal(alive, false);
    else assert.equal(next.slice(tag.start, tag.end), expected);
  });
}

check('insert before the tag', { at: 'Officials', insert: 'Senior ' }, 'Peshmerga forces');
check('insert right at the start stays outside', { at: 'Peshmerga', insert: 'Kurdish ' }, 'Peshmerga forces');
check('insert right at the end stays outside', { at: ' moved', insert: ' units' }, 'Peshmerga forces');
check('insert inside grows the tag', { at: 'forces moved', insert: 'special ' }, 'Peshmerga special forces');
check('delete inside shrinks the tag', { at: 'Peshmerga forces', delta: 9, remove: 7, insert: '' }, 'Peshmerga');
check('replace inside', { at: 'forces moved', remove: 6, insert: 'troops' }, 'Peshmerga troops');
check('edit after leaves it', { at: 'Thursday', remove: 8, insert: 'Friday' }, 'Peshmerga forces');
check('a change starting at the tag start is inside it', { at: 'Peshmerga', remove: 4, insert: 'X' }, 'Xmerga forces');
check('overlapping the start cuts it', { at: 'said Peshmerga', delta: 3, remove: 4, insert: 'X' }, 'shmerga forces');
check('overlapping the end cuts it', { at: 'forces moved', delta: 3, remove: 6, insert: 'X' }, 'Peshmerga for');
check('deleting the whole tag loses it', { at: 'Peshmerga forces moved', remove: 16, insert: '' }, null);

test('shift: several changes in sequence (multi-cursor)', () => {
  const tag = tagOn(TEXT, 'Peshmerga forces');
  let text = TEXT;
  const changes: [OffsetChange, string][] = [];
  for (const [at, ins] of [['Officials', 'Two '], ['forces moved', 'elite '], ['Thursday', 'late ']] as const) {
    const s = text.indexOf(at);
    const c = { start: s, end: s, length: ins.length };
    text = edit(text, c, ins);
    changes.push([c, ins]);
  }
  const lost = shiftTags([tag], changes.map(([c]) => c));
  assert.equal(lost.length, 0);
  assert.equal(text.slice(tag.start, tag.end), 'Peshmerga elite forces');
});

test('reanchor: unchanged text keeps the tag', () => {
  const tag = tagOn(TEXT, 'Peshmerga forces', 1);
  assert.equal(reanchor(tag, TEXT), 'kept');
});

test('reanchor: text inserted before moves the tag to the right occurrence by context', () => {
  const tag = tagOn(TEXT, 'Peshmerga forces', 1); // the second one: "... Peshmerga forces later withdrew."
  const next = 'BREAKING: Peshmerga forces seen. ' + TEXT;
  assert.equal(reanchor(tag, next), 'exact');
  assert.equal(next.slice(tag.start, tag.end), 'Peshmerga forces');
  assert.ok(next.slice(tag.end).startsWith(' later withdrew'), 'the occurrence whose context fits');
});

test('reanchor: a reworded quote between intact context is found by context', () => {
  const text = 'The minister said on Monday that the Popular Mobilisation Forces would stay in the city for now.';
  const tag = tagOn(text, 'Popular Mobilisation Forces');
  const next = text.replace('Popular Mobilisation Forces', 'PMF militias');
  assert.equal(reanchor(tag, next), 'context');
  assert.equal(next.slice(tag.start, tag.end), 'PMF militias');
  assert.equal(tag.exact, 'PMF militias');
});

test('reanchor: a small spelling change is found approximately', () => {
  const text = 'Officials said Peshmerga forces moved north on Thursday.';
  const tag = tagOn(text, 'Peshmerga forces');
  const next = 'Reports: a unit of Peshmerga forcez was seen. Nothing else happened here at all today.';
  assert.equal(reanchor(tag, next), 'fuzzy');
  assert.equal(next.slice(tag.start, tag.end), 'Peshmerga forcez');
});

test('reanchor: text that is gone makes an orphan, keeping its quote', () => {
  const tag = tagOn(TEXT, 'Peshmerga forces');
  const next = 'Completely different article about the weather in Oslo.';
  assert.equal(reanchor(tag, next), 'orphan');
  assert.equal(tag.orphan, true);
  assert.equal(tag.exact, 'Peshmerga forces');
  // ... and comes back when the text does.
  assert.equal(reanchor(tag, TEXT), 'exact');
  assert.equal(tag.orphan, undefined);
});

test('approximateMatch finds the best end and start', () => {
  const hit = approximateMatch('xxabcdyy', 'abxd', 0, 8);
  assert.ok(hit);
  assert.equal(hit.errors, 1);
  assert.equal('xxabcdyy'.slice(hit.start, hit.end), 'abcd');
});

test('reanchor on a large text stays bounded', () => {
  const big = 'lorem ipsum dolor sit amet '.repeat(40000);
  const tag = makeTag(TEXT, { kind: 'claim', start: 0, end: 60 }, NOW);
  const t0 = process.hrtime.bigint();
  reanchor(tag, big);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  assert.ok(tag.orphan || tag.end > tag.start);
  assert.ok(ms < 5000, `took ${ms} ms`);
});

test('reanchor: a short quote is not matched approximately out of context', () => {
  const text = 'The NATO summit ended. Later, a DATO meeting began.';
  const tag = tagOn(text, 'NATO');
  const next = 'The summit ended. Later, a DATO meeting began.';
  assert.equal(reanchor(tag, next), 'orphan');
  // With its context intact, a one-letter change is fine.
  const tag2 = tagOn(text, 'NATO');
  assert.equal(reanchor(tag2, 'The NATQ summit ended. Later, a DATO meeting began.'), 'fuzzy');
  assert.equal(tag2.exact, 'NATQ');
});
