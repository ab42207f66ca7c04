// Tags follow editor changes exactly, and find their text again after outside rewrites.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { approximateMatch, FUZZY_BUDGET, occurrences, reanchor, reanchorAll, shiftTag, shiftTags, TextIndex, type OffsetChange } from '../../server/src/store/anchor';
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

/** A large text of varied words (a fixed pseudo-random sequence), with no long repeats. */
function wordSoup(chars: number): string {
  const words = ['talks', 'officials', 'the', 'ministry', 'said', 'on', 'border', 'forces', 'agreement', 'of', 'envoy', 'week', 'north', 'a', 'statement', 'later'];
  let seed = 7;
  const out: string[] = [];
  let n = 0;
  while (n < chars) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const w = words[seed % words.length] + (seed % 7 === 0 ? '.' : '');
    out.push(w);
    n += w.length + 1;
  }
  return out.join(' ');
}

test('reanchorAll: many unfindable tags in a large text end orphaned, within a bounded time', () => {
  const body = wordSoup(250000);
  const text = body.slice(0, 120000) + ' Reports: a unit of Peshmerga forces moved north. ' + body.slice(120000);
  // First, a tag whose quote changed a little and whose prefix is gone (only the approximate search finds it),
  // and far from its old offsets, so that only the search of the whole text finds it.
  const typo = tagOn(text, 'Peshmerga forces');
  const next = text.replace(typo.prefix + 'Peshmerga forces', 'x'.repeat(typo.prefix.length) + 'Peshmerga forcez');
  typo.start = 0;
  typo.end = 16;
  // Then sixty tags whose text is nowhere, half of them already orphans in the sidecar.
  const lost = Array.from({ length: 60 }, (_, i) => {
    const t = makeTag(text, { kind: 'claim', start: i * 4000, end: i * 4000 + 40 }, NOW);
    t.exact = `Zqxj${i}wvk quote that is not there at all`;
    t.prefix = t.suffix = 'qq';
    if (i % 2) t.orphan = true;
    return t;
  });
  // Last, a tag whose quote is still there, elsewhere: found exactly, which costs no budget.
  const moved = tagOn(text, 'moved north.');
  moved.start += 5000;
  moved.end += 5000;
  const t0 = process.hrtime.bigint();
  reanchorAll([typo, ...lost, moved], next);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  assert.equal(typo.orphan, undefined);
  assert.equal(typo.exact, 'Peshmerga forcez');
  assert.ok(lost.every((t) => t.orphan), 'every unfindable tag is an orphan');
  assert.equal(moved.orphan, undefined);
  assert.equal(next.slice(moved.start, moved.end), 'moved north.');
  // Sixty searches of the whole text cost about 6e8 DP cells (seconds); the budget allows 2e7 in all.
  assert.ok(ms < 3000, `took ${ms} ms`);
});

test('reanchor: with its budget spent, the approximate search is skipped and the tag orphaned', () => {
  const text = 'Officials said Peshmerga forces moved north on Thursday.';
  const next = 'Reports: a unit of Peshmerga forcez was seen. Nothing else happened here at all today.';
  const budget = { cells: 10 };
  assert.equal(reanchor(tagOn(text, 'Peshmerga forces'), next, budget), 'orphan');
  assert.equal(budget.cells, 10, 'nothing spent on a search it could not afford');
  assert.equal(reanchor(tagOn(text, 'Peshmerga forces'), next), 'fuzzy');
});

test('reanchor: a deleted sentence does not move its tags to a similar sentence', () => {
  // The hunt's case: a block deleted, its tags re-attached to other sentences built alike, with other names.
  const text =
    'Iraqi officials met Kurdish envoys in Erbil on Thursday, the ministry said.\n\n' +
    'Jordanian officials met Turkish envoys in Irbid on Friday, the ministry said.\n';
  const tag = tagOn(text, 'Kurdish envoys in Erbil');
  const claim = tagOn(text, 'Iraqi officials met Kurdish envoys');
  const next = text.slice(text.indexOf('Jordanian'));
  assert.equal(reanchor(tag, next), 'orphan');
  assert.equal(reanchor(claim, next), 'orphan');
  assert.equal(tag.exact, 'Kurdish envoys in Erbil', 'the orphan keeps its quote');
  // A one-letter change of the same sentence is still found.
  const tag2 = tagOn(text, 'Kurdish envoys in Erbil');
  assert.equal(reanchor(tag2, text.replace('Kurdish envoys in Erbil', 'Kurdish envoys in Arbil').replace('Iraqi officials met', 'Iraqi ministers met')), 'fuzzy');
  assert.equal(tag2.exact, 'Kurdish envoys in Arbil');
});

test('shiftTags: a tag lost to one change is reported once, in order', () => {
  const a = tagOn(TEXT, 'Officials');
  const b = tagOn(TEXT, 'Peshmerga forces');
  const c = tagOn(TEXT, 'Thursday');
  // Each change is relative to the text after the previous ones: b deleted, three characters inserted
  // at the start, then c deleted where it is by then.
  const cStart = c.start - (b.end - b.start) + 3;
  const lost = shiftTags([a, b, c], [
    { start: b.start, end: b.end, length: 0 },
    { start: 0, end: 0, length: 3 },
    { start: cStart, end: cStart + 8, length: 0 },
  ]);
  assert.deepEqual(lost, [b, c]);
});

test('TextIndex.occurrences: the same positions as a scan of the whole text, for any needle and limit', () => {
  const texts = [
    wordSoup(20000),
    'UN said. '.repeat(3000),
    'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab'.repeat(40),
    'Le ministre a dit 😀 que les 😀😀 forces sont parties. ',
    'ab',
    '',
  ];
  let seed = 3;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % Math.max(1, n);
  };
  for (const text of texts) {
    const index = new TextIndex(text);
    const needles = ['', 'a', 'UN', 'UN ', 'aaa', 'aab', 'ba', 'said. UN', 'Zqxj not there', '😀', '😀😀', '\uDE00 que', text, text + 'x'];
    for (let i = 0; i < 300; i++) {
      const s = rand(text.length);
      const needle = text.slice(s, s + 1 + rand(40));
      // Half of them changed in one place, so most of those are nowhere.
      needles.push(i % 2 ? needle : needle.slice(0, needle.length >> 1) + 'q' + needle.slice((needle.length >> 1) + 1));
    }
    for (const needle of needles) {
      for (const limit of [0, 1, 3, 200, 5000]) {
        assert.deepEqual(index.occurrences(needle, limit), occurrences(text, needle, limit), `${JSON.stringify(needle.slice(0, 30))} (${limit}) in ${JSON.stringify(text.slice(0, 20))}`);
      }
    }
  }
});

/** The old choice among a quote's occurrences: the best context (compared on slices), then the nearest. */
function oldExactChoice(tag: Tag, text: string): number | undefined {
  const suffixOf = (a: string, b: string) => {
    let n = 0;
    while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
    return n;
  };
  const prefixOf = (a: string, b: string) => {
    let n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n++;
    return n;
  };
  let best: number | undefined;
  let bestScore = -1;
  for (const s of occurrences(text, tag.exact, 5000)) {
    const e = s + tag.exact.length;
    const score = suffixOf(text.slice(Math.max(0, s - tag.prefix.length), s), tag.prefix) + prefixOf(text.slice(e, e + tag.suffix.length), tag.suffix) + 1 / (1 + Math.abs(s - tag.start) / 1000);
    if (score > bestScore) {
      bestScore = score;
      best = s;
    }
  }
  return best;
}

test('reanchorAll through the text index: each tag where a scan of the whole text puts it (old definition)', () => {
  const text = wordSoup(30000) + ' Peshmerga forces moved north. ' + 'UN said. '.repeat(1000);
  const edits = [
    (t: string) => 'Inserted at the top.\n\n' + t.replace(/the /g, 'teh '),
    (t: string) => t.slice(0, 10000) + t.slice(20000) + ' UN',
    (t: string) => 'UN ' + t.replace(/said/g, 'sad').replace(/ of /g, ' off '),
  ];
  for (const edit of edits) {
    const next = edit(text);
    const tags: Tag[] = [];
    for (let i = 0; tags.length < 600; i++) {
      const s = (i * 7919) % (text.length - 60);
      const t = makeTag(text, { kind: 'claim', start: s, end: s + 1 + (i % 45) }, NOW);
      if (i % 10 === 0) t.orphan = true;
      tags.push(t);
    }
    const copy = tags.map((t) => ({ ...t }));
    const exact = tags.map((t) => (!t.orphan && next.slice(t.start, t.end) === t.exact ? t.start : oldExactChoice(t, next)));
    reanchorAll(tags, next);
    // The old pass: the same order and budget, each tag's quote found by scanning the whole text.
    const budget = { cells: FUZZY_BUDGET };
    const orphans = copy.filter((t) => t.orphan);
    for (const t of copy) if (!t.orphan) reanchor(t, next, budget);
    for (const t of orphans) reanchor(t, next, budget);
    assert.deepEqual(tags, copy);
    tags.forEach((t, i) => {
      if (exact[i] !== undefined) assert.equal(t.start, exact[i]);
    });
    assert.ok(exact.filter((x) => x !== undefined).length > 300, 'most quotes found exactly');
  }
});
