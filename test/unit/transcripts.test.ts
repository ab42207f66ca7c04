// Transcripts and content boundaries: speaker labels (names beyond ASCII, a House's interjections), where a turn
// ends, and where what was said starts and stops.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';
import { createGazetteer } from '../../server/src/analysis/gazetteer';
import { builtinGlossary } from '../../server/src/glossary';
import type { ArticleModel } from '../../server/src/analysis/types';

const gazetteer = createGazetteer(builtinGlossary());

function model(text: string): ArticleModel {
  return analyze(text, { gazetteer });
}

/** Each attribution as "cue | source | content". */
function turns(text: string): string[] {
  return model(text).attributions.map((a) => `${a.text} | ${a.source?.text ?? null} | ${a.content ? text.slice(a.content.start, a.content.end) : null}`);
}

test('a speaker label whose name opens with a capital beyond ASCII starts its own turn', () => {
  const text = 'Ms Abbott (Labour): Rents in my town have tripled.\n\nMr Żelazny Bąk (Conservative): That is simply untrue.\n\nÉmile Ørsted: Both of you are wrong.\n';
  assert.deepEqual(turns(text), [
    ': | Ms Abbott | Rents in my town have tripled.',
    ': | Mr Żelazny Bąk | That is simply untrue.',
    ': | Émile Ørsted | Both of you are wrong.',
  ]);
});

test('an interview whose guest has a name beyond ASCII attributes the answers, so they are no unsourced claims', () => {
  const text = 'Q: Is the bridge finished?\n\nŠimek: It is the longest bridge in the whole region and the cheapest ever built.\n\nQ: When does it open?\n\nŠimek: Next spring, if the weather holds.\n';
  const m = model(text);
  const answers = m.attributions.filter((a) => a.source?.text === 'Šimek');
  assert.equal(answers.length, 2, JSON.stringify(m.attributions));
  assert.deepEqual(m.findings.filter((f) => f.code === 'unsourced-claim'), []);
});

test('the House\'s unnamed interjections are speaker labels, and the turn before them stops there', () => {
  const text =
    'Mrs Penrose (Labour): The ferry service has been cut twice this year.\n\nAn Hon. Member: Shameful!\n\nThe Minister: I will look into it.\n\nSeveral Hon. Members: Hear, hear!\n\nHon. Members: Order!\n';
  assert.deepEqual(turns(text), [
    ': | Mrs Penrose | The ferry service has been cut twice this year.',
    ': | An Hon. Member | Shameful!',
    ': | The Minister | I will look into it.',
    ': | Several Hon. Members | Hear, hear!',
    ': | Hon. Members | Order!',
  ]);
  // ("Several" names the members who called out; it is no weasel word there.)
  assert.deepEqual(model(text).findings.filter((f) => f.code === 'vague-attribution'), []);
});

test('the last turn of a debate stops at the record\'s own procedure', () => {
  const text =
    'Mr Hale (Labour): The harbour must be dredged.\n\nMadam Deputy Speaker: The hon. Gentleman has made his point.\n\nQuestion put and agreed to.\n\nThe House divided: Ayes 200, Noes 150.\n\nResolved, That the harbour order be approved.\n';
  const last = turns(text).find((t) => t.startsWith(': | Madam Deputy Speaker'));
  assert.equal(last, ': | Madam Deputy Speaker | The hon. Gentleman has made his point.');
  // A turn that runs on over the speaker's own next paragraph still does.
  const more = 'Mr Hale (Labour): The harbour must be dredged.\n\nNobody disputes the cost any more.\n\nMrs Penrose (Labour): I agree with him.\n';
  assert.deepEqual(turns(more)[0], ': | Mr Hale | The harbour must be dredged.\n\nNobody disputes the cost any more.');
});

test('a speaker\'s turn runs on past a cue of their own: "I told him so" does not end what they said', () => {
  const text = 'Q: Did you warn the mayor?\n\nBrandt: Yes, and I told him twice in writing. The river had risen faster than any model predicted.\n\nQ: And then?\n\nBrandt: Nothing happened for a week.\n';
  const brandt = turns(text).find((t) => t.startsWith(': | Brandt'));
  assert.equal(brandt, ': | Brandt | Yes, and I told him twice in writing. The river had risen faster than any model predicted.');
  assert.deepEqual(model(text).findings.filter((f) => f.code === 'unsourced-claim'), []);
});

test('a bare "Q:" asks for the interviewer the introduction names', () => {
  const text =
    'The harbour master, Olga Brandt, talked to our science correspondent, Tomás Ó Briain, at the port on Monday.\n\nQ: How high did the water rise?\n\nBrandt: Higher than in any year on record.\n';
  assert.deepEqual(turns(text).filter((t) => t.startsWith(':')), [': | Tomás Ó Briain | How high did the water rise?', ': | Brandt | Higher than in any year on record.']);
  // With no one named, the question has no source.
  assert.deepEqual(turns('Q: How high did the water rise?\n\nBrandt: Higher than ever.\n')[0], ': | null | How high did the water rise?');
});

test('a quoted headline heading an interview is the interviewee\'s; a quoted headline or alias elsewhere is a name', () => {
  const text = '“The dam will hold”: an interview with the region’s chief engineer\n\nShe has run the dam for nine years.\n';
  assert.deepEqual(turns(text)[0], '“ | the region’s chief engineer | “The dam will hold”');
  assert.deepEqual(turns('The Herald ran the report under the headline “Floods close the coastal road again”.\n'), []);
  assert.deepEqual(turns('The bank froze the funds of Delta Holdings (a.k.a. “Delta Trading and Shipping Co.”) in May.\n'), []);
  assert.deepEqual(turns('The fund, trading as “Green Harbour Capital Partners”, was closed.\n'), []);
});

/** The one attribution cued by `cue` as "source | content". */
function cued(text: string, cue: string): string | undefined {
  const a = model(text).attributions.find((x) => x.text === cue);
  return a ? `${a.source?.text ?? null} | ${a.content ? text.slice(a.content.start, a.content.end) : null}` : undefined;
}

test('whom a source spoke to, and where or when, is no part of what was said', () => {
  // Whom one assured or warned, before the "that".
  assert.equal(cued('The mayor assured us that the bridge would reopen in spring.', 'assured'), 'The mayor | the bridge would reopen in spring.');
  assert.equal(cued('The coach warned his players that the pitch would be slippery.', 'warned'), 'The coach | the pitch would be slippery.');
  // (Without a "that", what follows a warning is what was warned.)
  assert.equal(cued('The coach warned rain would stop play.', 'warned'), 'The coach | rain would stop play.');
  // A named agency with words after it, then "that".
  assert.equal(cued('The ambassador told the Kyodo news service that the visit was off.', 'told'), 'The ambassador | the visit was off.');
  // A place after "told reporters", then "that".
  assert.equal(cued('The senator told reporters outside the chamber that the vote was rigged.', 'told reporters'), 'The senator | the vote was rigged.');
  // Where or when before a colon.
  assert.equal(cued('The striker wrote on Instagram: “Thank you for everything.”', 'wrote'), 'The striker | “Thank you for everything.”');
  assert.equal(cued('The captain said after the match: “We were lucky.”', 'said'), 'The captain | “We were lucky.”');
  // (A clause before the colon is part of what was said.)
  assert.equal(cued('The captain said the reason was simple: they ran more.', 'said'), 'The captain | the reason was simple: they ran more.');
  // The channel after a quotation.
  assert.equal(cued('The club called the fine “absurd and unfair” in a post on its website.', 'called'), 'The club | the fine “absurd and unfair”');
  // Only when a briefing was given is no content.
  assert.equal(cued('The inspector briefed the committee on 3 March.', 'briefed'), 'The inspector | null');
});

test('content boundaries: a document that reads, "that" as a determiner, an "as" clause, stances inside a report', () => {
  assert.equal(cued('“No fee may be charged twice,” the verdict reads.', 'reads'), 'the verdict | “No fee may be charged twice,”');
  assert.equal(cued('“The contract is void,” the ruling states.', 'states'), 'the ruling | “The contract is void,”');
  assert.equal(cued('The Dutch delegate echoed that concern.', 'echoed'), 'The Dutch delegate | that concern.');
  assert.equal(cued('Will the line open by 2028, as the operator has claimed is feasible?', 'claimed'), 'the operator | Will the line open by 2028');
  assert.equal(cued('The line will open by 2028, as the city council has predicted.', 'predicted'), 'the city council | The line will open by 2028');
  // (After a temporal "as", the cue has its own clause.)
  assert.equal(cued('Fans cheered, as officials announced the match would go ahead.', 'announced'), 'officials | the match would go ahead.');
  // The reason after a cue set off by commas goes on with what was said; a new clause after "and" does not.
  assert.equal(cued('The levy stands, the tribunal said, because it was announced in time.', 'said'), 'the tribunal | The levy stands, the tribunal said, because it was announced in time.');
  assert.equal(cued('The levy stands, the tribunal said, and the hauliers left the room.', 'said'), 'the tribunal | The levy stands');
  // (A colon inside a clock time is no setting's colon.)
  assert.equal(cued('The agency said in an update at 09:00 GMT that the road was open.', 'said'), 'The agency | the road was open.');
  // A stance toward a thing inside what someone says is their words, not another report.
  const text = 'The minister said Norway supported the new quota.';
  assert.equal(cued(text, 'said'), 'The minister | Norway supported the new quota.');
  assert.equal(cued(text, 'supported'), undefined);
});

test('a debate transcript\'s names in capitals each speak, the first one too, whatever their turn reports', () => {
  const text =
    'PENCE: Well, look, we are ready to work with Congress on the relief package.\n\nHARRIS: The vice president is wrong about the package, and the people know it.\n\nPENCE: Senator Harris said the plan would fail.\n';
  const m = model(text);
  assert.deepEqual(
    m.attributions.filter((a) => a.text === ':').map((a) => a.source?.text),
    ['PENCE', 'HARRIS', 'PENCE'],
  );
  // The first label is a speaker, not a dateline: its name is a person as the others are.
  assert.deepEqual(m.actors.filter((a) => a.text === 'PENCE').length, 2);
  assert.deepEqual(m.findings.filter((f) => f.code === 'unsourced-claim'), []);
});

test('a transcript\'s time stamp after the speaker is no cue: the colon after it is, and the turn below is theirs', () => {
  const text =
    'Debate Transcript\n\nDavid Muir (00:00:12):\nGood evening, and thank you for joining us for tonight\'s debate.\n\nKamala Harris (00:02:41):\nDonald Trump left us the worst unemployment since the Great Depression.\n';
  assert.deepEqual(turns(text), [
    ': | David Muir | Good evening, and thank you for joining us for tonight\'s debate.',
    ': | Kamala Harris | Donald Trump left us the worst unemployment since the Great Depression.',
  ]);
  // The colon is the one after the brackets, not the stamp's.
  const cue = model(text).attributions[0];
  assert.equal(text.slice(cue.start - 10, cue.end), '(00:00:12):');
});

test('a hearing record\'s speakers, a title and a name closed by a full stop, speak their turns', () => {
  const text =
    'Chairman Wicker. Good morning. The world is more dangerous than at any time since World War II.\n\nSenator REED. Thank you, Mr. Chairman. Our military is the most capable fighting force in history.\n\nMr. HEGSETH. Thank you, Senator. I will be a change agent at the Pentagon.\n\nThe CHAIRMAN. Thank you. Senator Shaheen, you are recognized for five minutes.\n';
  const m = model(text);
  assert.deepEqual(
    m.attributions.filter((a) => a.text === '.').map((a) => a.source?.text),
    ['Chairman Wicker', 'Senator REED', 'Mr. HEGSETH', 'The CHAIRMAN'],
  );
  assert.equal(turns(text)[1], '. | Senator REED | Thank you, Mr. Chairman. Our military is the most capable fighting force in history.');
  assert.deepEqual(m.findings.filter((f) => f.code === 'unsourced-claim'), []);
  // One such paragraph in prose is no record of a hearing.
  const prose = 'Senator Reed. The name alone heads this profile.\n\nThe world is more dangerous than at any time since World War II.\n';
  assert.deepEqual(model(prose).attributions.filter((a) => a.text === '.'), []);
});

test('the Kremlin\'s "Question:" is the press asking, no speaker named "Question"', () => {
  const text =
    'Question: Mr President, the United States has proposed a 30-day ceasefire. What is your position?\n\nVladimir Putin: We agree with the proposals to cease hostilities.\n\nQuestion: And the situation in the Kursk Region?\n\nVladimir Putin: The situation is completely under our control.\n';
  const m = model(text);
  assert.ok(!m.attributions.some((a) => a.source?.text === 'Question'), JSON.stringify(m.attributions.map((a) => a.source?.text)));
  assert.equal(m.attributions.filter((a) => a.source?.text === 'Vladimir Putin' && a.text === ':').length, 2);
});

test('the noon briefing\'s "**Question**:" in bold is the press asking, no speaker named "Question"', () => {
  const text =
    '**Question**: Stéphane, does the Secretary-General have any reaction?\n\n**Spokesperson**: We have been very clear. Those responsible must be held accountable.\n\n**Question**: And on Gaza, is aid getting in?\n\n**Spokesperson**: Not enough.\n';
  const m = model(text);
  assert.ok(!m.attributions.some((a) => a.source?.text === 'Question'), JSON.stringify(m.attributions.map((a) => a.source?.text)));
  assert.equal(m.attributions.filter((a) => a.source?.text === 'Spokesperson').length, 2);
});
