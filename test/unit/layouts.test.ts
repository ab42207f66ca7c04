// Layouts and markup: hard-wrapped plain text, Markdown links and blockquotes, headings, email furniture. What the
// reader sees should not depend on where a line was wrapped or on the markup around the words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';
import { segment } from '../../server/src/analysis/segment';
import type { ArticleModel } from '../../server/src/analysis/types';

function model(text: string): ArticleModel {
  return analyze(text, { referenceDate: '2025-06-02' });
}

function actorTexts(m: ArticleModel): string[] {
  return m.actors.map((a) => a.text);
}

function cues(m: ArticleModel): Array<{ cue: string; source: string | null }> {
  return m.attributions.map((a) => ({ cue: a.text, source: a.source?.text ?? null }));
}

// A digest wrapped at 72 columns, as a mail client sends it (each line is as full as the next word allows).
const WRAPPED = [
  'The port authority reopened the northern terminal on Monday after a week',
  'of repairs, and shipping lines said the backlog should clear by Friday.',
  'Ferries sailed hours late all weekend. Deputy Transport Minister Ilse',
  'Marwick visited the quay on Sunday and promised extra crews for summer.',
  '',
  'Tomasz Brandt, who leads the union for crews on the ferries, said in a',
  'statement that the night shifts were still short of staff and that the',
  'rota would change before the holidays.',
].join('\n');

test('the wrapped fixture is a greedy wrap at 72 columns', () => {
  const lines = WRAPPED.split('\n');
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    assert.ok(line.length <= 72);
    if (line && next && !/[.]$/.test(line)) assert.ok(line.length + 1 + next.split(' ')[0].length > 72, line);
  });
});

test('a name broken by a hard wrap is one name', () => {
  const m = model(WRAPPED);
  const names = actorTexts(m);
  assert.ok(names.includes('Deputy Transport Minister Ilse\nMarwick'), names.join(' | '));
  assert.ok(!names.includes('Deputy Transport Minister Ilse'), names.join(' | '));
});

test('a cue broken by a hard wrap still attributes its sentence', () => {
  const m = model(WRAPPED);
  assert.ok(cues(m).some((c) => c.cue === 'said in a\nstatement' && c.source === 'Tomasz Brandt'), JSON.stringify(cues(m)));
  const union = WRAPPED.indexOf('Tomasz');
  assert.ok(!m.findings.some((f) => f.code === 'unsourced-claim' && f.start <= union && union < f.end), 'the attributed sentence is no unsourced claim');
});

test('the text of a wrapped span keeps its line break as written', () => {
  const m = model(WRAPPED);
  for (const a of [...m.actors, ...m.attributions]) assert.equal(a.text, WRAPPED.slice(a.start, a.end));
});

test('short lines keep their breaks in a hard-wrapped text', () => {
  // A sign-off, a name and a role: short lines, nowhere near the wrap width.
  const text = `${WRAPPED}\n\nWarm regards,\nPetra Lindqvist\nHarbour Desk\n`;
  const seg = segment(text, 0);
  const soft = new Set(seg.softBreaks ?? []);
  const signOff = text.indexOf('regards,') + 'regards,'.length;
  assert.ok(!soft.has(signOff), 'the break after the sign-off stays');
  assert.ok(!soft.has(text.indexOf('\nHarbour')), 'the break after the name stays');
  assert.ok(soft.has(text.indexOf('\nof repairs')), 'a wrapped line reads on');
  assert.ok(soft.has(text.indexOf('\nMarwick')), 'a wrapped name reads on');
});

test('text wrapped at no fixed width keeps every line break', () => {
  const text = 'Officials met in Oslo\nMinister Karin\nHolt arrived late\nand left early.';
  assert.deepEqual(segment(text, 0).softBreaks ?? [], []);
});
