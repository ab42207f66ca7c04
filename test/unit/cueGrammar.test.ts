// Attribution grammar around a cue: which words are the source, which the cue, and where the content starts
// (relative clauses, "according to" phrases, nouns and deeds that only look like cues).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../server/src/analysis/segment';
import { findAttributions } from '../../server/src/analysis/attribution';
import { analyze } from '../../server/src/analysis/analyze';

interface Seen {
  cue: string;
  source: string | null;
  content: string | null;
}

function seen(text: string): Seen[] {
  return findAttributions(text, segment(text, 0), []).map((a) => ({
    cue: a.text,
    source: a.source?.text ?? null,
    content: a.content ? text.slice(a.content.start, a.content.end) : null,
  }));
}

/** The attribution whose cue is `cue`, or undefined. */
function byCue(text: string, cue: string): Seen | undefined {
  return seen(text).find((a) => a.cue === cue);
}

test('a named speaker with a relative clause and "said in a video message" keeps the speaker and the cue', () => {
  const text = 'In Lima, union leader Tomás Quispe Huamán, who has gone into hiding, said in a video message that the strike would continue.';
  assert.deepEqual(seen(text), [{ cue: 'said in a video message', source: 'union leader Tomás Quispe Huamán', content: 'the strike would continue.' }]);
  // (The frame covers a kind of message before its noun.)
  assert.equal(byCue('The mayor said in a radio address that buses were free.', 'said in a radio address')?.content, 'buses were free.');
});

test('"according to" at the start of a sentence: the source runs to the comma that ends its noun phrase', () => {
  assert.deepEqual(seen('According to a letter signed by the Special Envoy to the Governor on Trade and Industry, Ada Obi, the tariffs were lifted in May.'), [
    { cue: 'According to', source: 'a letter signed by the Special Envoy to the Governor on Trade and Industry, Ada Obi', content: 'the tariffs were lifted in May.' },
  ]);
  assert.deepEqual(seen('According to papers released at the inquiry, the council spent twice its budget.'), [
    { cue: 'According to', source: 'papers released at the inquiry', content: 'the council spent twice its budget.' },
  ]);
  // When it came out is no part of who said it, nor of what was said.
  assert.deepEqual(seen('According to a memo on Tuesday, the depot will close.'), [{ cue: 'According to', source: 'a memo', content: 'the depot will close.' }]);
});

test('nouns and deeds that look like cues report nothing', () => {
  // A hearing's name: "Budget estimates" after a preposition, or with its own verb after it.
  assert.deepEqual(seen('Treasury staff appeared at Budget estimates on Friday.'), []);
  assert.deepEqual(seen('Budget estimates resume next week in Parliament House.'), []);
  // (The preposition may open the sentence: "At Senate estimates on Tuesday, ...".)
  assert.deepEqual(seen('At Senate estimates on Tuesday, Treasury staff gave evidence.'), []);
  // (The verb still reports, before "that" or an object.)
  assert.equal(byCue('The Treasury estimates that the deficit will double.', 'estimates')?.source, 'The Treasury');
  // Questions someone faces are no one's words.
  assert.deepEqual(seen('The regulator will face questions about the merger next month.'), []);
  // A report that is only due, to someone or by a date, has no words yet.
  assert.deepEqual(seen('The review panel will report to the minister on 3 March.'), []);
  assert.deepEqual(seen('A working group on river pollution will report by autumn 2026.'), []);
  assert.equal(byCue('The panel will report that the bridge is unsafe.', 'report')?.content, 'the bridge is unsafe.');
  // Adding to a bare noun is adding to a state of affairs; "added to reporters" still reports.
  assert.deepEqual(seen('The rebates had added to inflation.'), []);
  assert.deepEqual(seen('The strike added to household costs in the region.'), []);
  assert.equal(byCue('"We are ready," he added to reporters.', 'added')?.source, 'he');
  // A matter that will be weighed, and a letter written to someone with nothing said in it, are no words.
  assert.deepEqual(seen('The court will consider the appeal next week.'), []);
  assert.deepEqual(seen("The NEC would also consider a report on the party's performance."), []);
  assert.equal(byCue('They consider the move illegal.', 'consider')?.source, 'They');
  assert.deepEqual(seen('She wrote to the minister on Monday asking for a meeting.'), []);
});

test('a second that-clause after "and" belongs to the verb of saying, not to "spoken to"', () => {
  const text = 'She said she had spoken to the Kenyan president by video link on Friday and that both leaders had backed the ceasefire.';
  const said = byCue(text, 'said');
  assert.ok(said?.content?.endsWith('and that both leaders had backed the ceasefire.'));
  assert.equal(byCue(text, 'spoken')?.content ?? null, null);
});

test('a document read or signed by someone is the source of what it says, and "which" after it points back to it', () => {
  assert.deepEqual(seen('The declaration, signed by the council chair, Mayor Ines Okafor, said the river had burst its banks.'), [
    { cue: 'said', source: 'The declaration', content: 'the river had burst its banks.' },
  ]);
  // (Accents do not hide the document: "communiqué".)
  assert.equal(byCue('The communiqué, read by the secretary, Alan Ruiz, said fares would rise.', 'said')?.source, 'The communiqué');
  assert.equal(byCue('She was responding to a letter sent from Abuja on Friday, which accused the ministry of “wasting the grant”.', 'accused')?.source, 'a letter sent from Abuja');
});

test('what is expected to happen is never the one who expects it', () => {
  assert.deepEqual(seen('The port will cost 4 billion euros, with cargo flights expected to start in early 2029.'), []);
});

test('an opening participle with "that" is spoken by the main clause\'s subject, up to the comma before it', () => {
  const text = 'Recalling that the two cities were twinned in 1988, Mayor Okoro said the exchange programme would grow.';
  assert.deepEqual(byCue(text, 'Recalling'), { cue: 'Recalling', source: 'Mayor Okoro', content: 'the two cities were twinned in 1988' });
  assert.equal(byCue(text, 'said')?.source, 'Mayor Okoro');
});

test('a passive with a titled agent: the place after the name is not the source, nor the auxiliary the content', () => {
  const a = byCue('Since the corridor plan was proposed by Prime Minister Ana Lucero in Quito in May 2019, exports have doubled.', 'proposed');
  assert.equal(a?.source, 'Prime Minister Ana Lucero');
  assert.equal(a?.content, 'the corridor plan');
});

test('"what she called X": the content is the noun phrase, not the rest of the sentence', () => {
  const text = 'The envoy protested against what she called reckless manoeuvres near the strait, and asked the navy to withdraw.';
  assert.equal(byCue(text, 'called')?.content, 'reckless manoeuvres near the strait');
  // (A comma inside a quotation stays in it.)
  assert.equal(byCue('He condemned what he called a "cruel, pointless" blockade.', 'called')?.content, 'a "cruel, pointless" blockade.');
});

test('"a lawyer we spoke to expects": the lawyer is the source, and speaking to her is no cue', () => {
  assert.deepEqual(seen('A Berlin-based tax adviser we spoke to expects the reform to slip into 2028.'), [
    { cue: 'expects', source: 'A Berlin-based tax adviser', content: 'the reform to slip into 2028.' },
  ]);
});

test('a body that will report to someone by a date makes no prediction to source', () => {
  const model = analyze('The audit office will report to parliament by the end of June.');
  assert.deepEqual(model.attributions, []);
  assert.deepEqual(model.findings.filter((f) => f.code === 'unsourced-claim'), []);
});

test('questions already faced were asked: they stay a (sourceless) report', () => {
  assert.equal(byCue('The chief executive has faced questions about the bonuses for weeks.', 'questions')?.source, null);
});

test('a passive agent ends before the infinitive after it: "urged by regulators to delay", "offered by Sen. Ted Cruz to strike"', () => {
  assert.deepEqual(byCue('The company was urged by regulators to delay the merger until June.', 'urged'), { cue: 'urged', source: 'regulators', content: 'to delay the merger until June.' });
  assert.deepEqual(byCue('An amendment offered by Sen. Ted Cruz to strike the provision failed 48-52.', 'offered'), { cue: 'offered', source: 'Sen. Ted Cruz', content: 'An amendment' });
  assert.equal(byCue('The plan was proposed by France to ease tensions in the region.', 'proposed')?.source, 'France');
  // (An agent's own "to" stays: "the ambassador to the UN", "the envoy to Syria".)
  assert.equal(byCue('The plan was proposed by the ambassador to the UN in March.', 'proposed')?.source, 'the ambassador to the UN');
});
