// Radio and television copy: a host's introduction, a correspondent's two-way, and the days the news they report
// happened on. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle, datedBy, datesOf as dates } from '../support/article';

const DATED = datedBy('2025-06-23');

test('the day of a deed a pledge answers is past: "vowed to retaliate for the strikes on Saturday"', () => {
  // (Monday 23 June: the strikes were on Saturday 21 June.)
  for (const body of [
    'Iran had promised to respond after the U.S. strikes on its nuclear sites on Saturday.',
    'Iran vowed to retaliate for the strikes on Saturday.',
  ]) assert.deepEqual(dates(DATED(body)), [['Saturday', '2025-06-21']], body);
  // What the pledge itself sets, and a response still to come, lie ahead.
  assert.deepEqual(dates(DATED('Iran vowed to respond on Saturday.')), [['Saturday', '2025-06-28']]);
  assert.deepEqual(dates(DATED('Iran will respond to the strikes on Saturday.')), [['Saturday', '2025-06-28']]);
});

test('a television transcript: the host\'s turn runs on past a welcome that names the show in capitals', () => {
  const text = DATED(
    'JAKE TAPPER, CNN HOST: Welcome to STATE OF THE UNION. I\'m Jake Tapper in Washington.\n\nMarkets plunged for a second straight day on Friday after China announced tariffs.\n\nTAPPER: Joining me now is Commerce Secretary Howard Lutnick.\n\nLUTNICK: Thanks for having me.',
    '2025-04-06',
  );
  const m = analyzeArticle(text);
  const host = m.attributions.find((a) => a.source?.text === 'JAKE TAPPER');
  assert.ok(host?.content && text.slice(host.content.start, host.content.end).endsWith('after China announced tariffs.'), JSON.stringify(host));
  assert.deepEqual(m.findings.filter((f) => f.code === 'unsourced-claim'), []);
});

test('"MAY" in a transcript\'s notice in capitals is the modal, no month', () => {
  const text = DATED('THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.\n\nThe talks may well resume in May.');
  assert.deepEqual(dates(text), [['May', '2025-05']]);
});

test('a correspondent signed on by "reports" is a person: "From member station KQED, Auncil Martinez reports."', () => {
  for (const body of ['From member station KQED, Auncil Martinez reports.', 'BBC correspondent Karyn Coleman reports from Kosovo.']) {
    const m = analyzeArticle(DATED(body));
    assert.ok(m.actors.some((a) => a.category === 'person' && /^(?:Auncil Martinez|Karyn Coleman)$/.test(a.text)), body);
  }
});

test('a podcast transcript\'s Markdown labels with a time stamp and a host\'s name in brackets speak their turns', () => {
  const text = DATED(
    '**[00:00:05] Host (Anna Ford):** Welcome back. With me is Dr. Lena Fischer.\n\n**[00:00:21] Dr. Lena Fischer:** Thanks, Anna. The headline number is misleading.\n\n**[00:01:02] Host (Anna Ford):** Will Spain comply?',
    '2025-10-02',
  );
  const m = analyzeArticle(text);
  assert.deepEqual(
    m.attributions.filter((a) => a.text === ':').map((a) => a.source?.text),
    ['Anna Ford', 'Dr. Lena Fischer', 'Anna Ford'],
  );
  assert.deepEqual(m.findings.filter((f) => f.code === 'unsourced-claim'), []);
});

test('older wire copy\'s typewriter quotation marks, ``...\'\', hold what the speaker said', () => {
  const text = DATED("``We had one cancellation from a couple who decided they were just going to wait and see,'' said Mary Jones, a travel agent. ``Everyone else has gone away.''", '1998-08-10');
  const m = analyzeArticle(text);
  const said = m.attributions.find((a) => a.text === 'said');
  assert.equal(said?.content && text.slice(said.content.start, said.content.end), "``We had one cancellation from a couple who decided they were just going to wait and see,''");
  assert.deepEqual(m.findings.filter((f) => f.code === 'unsourced-claim'), []);
});

test('"X, they said, and prompting Y": the sentence the cue interrupts goes on with its subject\'s next participle', () => {
  const text = DATED('That is leaving small investors with cold feet, traders said, and prompting institutions to take profits.', '1989-10-16');
  const said = analyzeArticle(text).attributions.find((a) => a.text === 'said');
  assert.equal(said?.content && text.slice(said.content.start, said.content.end), 'That is leaving small investors with cold feet, traders said, and prompting institutions to take profits.');
});
