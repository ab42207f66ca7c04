// Layouts and markup: hard-wrapped plain text, Markdown links and blockquotes, headings, email furniture. What the
// reader sees should not depend on where a line was wrapped or on the markup around the words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';
import { segment } from '../../server/src/analysis/segment';
import type { ArticleModel } from '../../server/src/analysis/types';
import { textReport } from '../../server/src/cli/text';

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

// A Markdown digest wrapped at 70 columns: a list item's lines go on under an indent, a blockquote's after "> ".
const WRAPPED_MARKDOWN = [
  'The regional bloc met in Abuja on Thursday to discuss the crisis in',
  'the Sahel, and its president, Omar Alieu Touray, said the talks had',
  'been useful but that no date had been set for the next round.',
  '',
  '> We will not negotiate while the roads are mined, Interior Minister',
  '> Abdoulaye Maiga told state television on Wednesday evening in a long',
  '> interview.',
  '',
  '- Fuel prices rose by a third in Bamako, traders said, and the Energy',
  '  Minister Bintou Camara promised new deliveries by the end of May.',
].join('\n');

test('a name broken by a hard wrap inside a list item or a blockquote is one name', () => {
  const m = model(WRAPPED_MARKDOWN);
  const names = actorTexts(m);
  assert.ok(names.includes('Interior Minister\n> Abdoulaye Maiga'), names.join(' | '));
  assert.ok(names.includes('Energy\n  Minister Bintou Camara'), names.join(' | '));
  assert.equal(cues(m).find((c) => c.cue === 'told')?.source, 'Interior Minister\n> Abdoulaye Maiga');
  for (const a of [...m.actors, ...m.attributions]) assert.equal(a.text, WRAPPED_MARKDOWN.slice(a.start, a.end));
});

test('text wrapped at no fixed width keeps every line break', () => {
  const text = 'Officials met in Oslo\nMinister Karin\nHolt arrived late\nand left early.';
  assert.deepEqual(segment(text, 0).softBreaks ?? [], []);
});

test('a Markdown link target is markup, never a cue or a source', () => {
  const text = 'The harbour board described the audit as [a fair account](https://example.net/board/audit) of its year.\n\nThe full text is in the [board minutes](https://example.net/board/minutes).\n';
  const m = model(text);
  assert.deepEqual(cues(m), [{ cue: 'described', source: 'The harbour board' }]);
});

test('a bare link after a claim still cites it, but a label before a link is a form line', () => {
  const m = model('Freight volumes fell 9% in the spring (https://example.net/freight-2025).\n\nUnsubscribe: https://example.net/stop\n');
  assert.deepEqual(cues(m), [{ cue: 'https://example.net/freight-2025', source: 'https://example.net/freight-2025' }]);
});

test('a blockquote credited on its last line is that person\'s words', () => {
  const text = '> \u201cWe will keep the ferries running through the winter, whatever the weather.\u201d\n> \u2014 Ilse Marwick, Deputy Transport Minister\n\nThe ferries ran on.\n';
  const m = model(text);
  const a = m.attributions.find((x) => x.content && text.slice(x.content.start, x.content.end).includes('ferries running'));
  assert.equal(a?.source?.text, 'Ilse Marwick');
});

test('a heading with a cue and nothing reported is no attribution', () => {
  const m = model('## What the skippers say\n\nThe harbour board said the quay would reopen in May.\n');
  assert.deepEqual(cues(m), [{ cue: 'said', source: 'The harbour board' }]);
});

test('a headline cue that reports something stays', () => {
  const m = model('# Harbour board says quay will reopen in May\n\nWork began last week.\n');
  assert.equal(cues(m)[0]?.cue, 'says');
});

test('a noun or a questioning verb in a headline is no cue', () => {
  assert.deepEqual(cues(model('# Norway and Iceland sign rail and ferry pact in Bergen\n\nThe deal was signed on Monday.\n')), []);
  assert.deepEqual(cues(model('# Senators grill port officials over winter delays\n\nThe hearing lasted four hours.\n')), []);
  // In running text a grilling is still a speech act, with nothing reported.
  const grilled = model('Senators grilled port officials over the winter delays.').attributions;
  assert.deepEqual(grilled.map((a) => [a.text, a.source?.text, a.content]), [['grilled', 'Senators', undefined]]);
  // The verb "rail" with its preposition is one.
  assert.equal(cues(model('Skippers rail against the new fees, the union said.'))[0]?.cue, 'rail');
});

test('a sign-off and the name under it are no attribution', () => {
  const m = model('That covers the week at the harbour.\n\nKind regards,\nPetra Lindqvist\nHarbour Desk\n');
  assert.deepEqual(cues(m), []);
});

test('a dateline line ends before the first sentence', () => {
  const m = model('Tromso, 02/06/2025\nThe harbour master said the quay was safe again.\n');
  assert.deepEqual(cues(m), [{ cue: 'said', source: 'The harbour master' }]);
});

test('newsletter furniture is no unsourced claim', () => {
  const text = 'That is all for this week. As always, forward this newsletter to anyone who might enjoy it.\n\n---\nYou are receiving this because you signed up at example.net.\n';
  const m = model(text);
  assert.deepEqual(m.findings.filter((f) => f.code === 'unsourced-claim').map((f) => text.slice(f.start, f.end)), []);
  // The rule parts blocks: nothing runs over it.
  for (const p of m.paragraphs) assert.ok(!text.slice(p.start, p.end).includes('---'));
});

test('a rule under a line of text makes it a heading', () => {
  const text = 'Harbour news\n---\n\nThe quay reopened on Monday.\n';
  const seg = segment(text, 0);
  assert.deepEqual((seg.headings ?? []).map((k) => text.slice(seg.paragraphs[k].start, seg.paragraphs[k].end)), ['Harbour news']);
});

test('the text report quotes a wrapped date on one timeline row', () => {
  const text = 'The harbour board expects the new quay to open before the\nend of the year, and the ferry pier next spring.\n';
  const report = textReport('a.news', model(text), false);
  const rows = report.split('\n');
  const k = rows.indexOf('Timeline');
  assert.ok(k >= 0, report);
  assert.ok(rows[k + 1].includes('"the end of the year"'), rows[k + 1]);
});

test("the text report words each timeline row by all it holds: \"2025-26\" and \"FY2025\" share a value, not their words", () => {
  const text = 'The plan covers fiscal 2025-26. Debt interest rose in FY2025.\n';
  const rows = textReport('a.news', model(text), false).split('\n');
  const span = rows.find((r) => r.endsWith('2025-26"'));
  const fy = rows.find((r) => r.endsWith('"FY2025"'));
  assert.ok(span && span.includes('into 2026'), span);
  assert.ok(fy && !fy.includes('into'), fy);
});
