// European Union copy: Brussels correspondents, the institutions' press releases, Council conclusions and Eurostat
// releases. Who the Union's bodies are by their short names, which of its sentences need a source, and its dates.
// Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle as analyze, attributionsOf as attributions, datedBy, findingsOf as findings } from '../support/article';

const DATED = datedBy('2026-06-27');
const actors = (body: string): string[] => analyze(DATED(body)).actors.map((a) => `${a.text}=${a.category}${a.entity ? `:${a.entity}` : ''}`);

test('"the Commission" and "the Council" in a story of the Union are its bodies, though never named in full', () => {
  const got = actors('EU leaders endorsed the Commission\'s proposal for an 18th package of sanctions. The package still needs formal adoption by the Council.');
  assert.ok(got.includes('the Commission=organization:european-commission'), got.join(' | '));
  assert.ok(got.includes('the Council=organization:council-of-the-eu'), got.join(' | '));
  // (A story that is not the Union's keeps its commission unknown; a named one before is still the one meant.)
  assert.ok(!actors('The Commission said the plan would work. The Council adopted it.').some((a) => a.startsWith('The Commission') || a.startsWith('The Council')));
  assert.ok(actors('The EU welcomed the report of the Federal Trade Commission. The Commission said it would act.').includes('The Commission=government:ftc'));
});

test('the Union\'s members and its parliament\'s members are actors: "the Twenty-Seven", "MEPs", "Coreper II"', () => {
  const got = actors('The Twenty-Seven also endorsed the plan. MEPs voted to back it. Coreper II will discuss the text on Wednesday.');
  assert.deepEqual(got, ['The Twenty-Seven=government', 'MEPs=government', 'Coreper II=organization:coreper']);
});

test('"the Parliament" after the European Parliament is that one, not Westminster', () => {
  const got = actors('The European Parliament approved the rules on Wednesday. "It is a good day," said the Parliament\'s rapporteur, a German MEP. The Council and Parliament also agreed to review the targets.');
  assert.deepEqual(got.filter((a) => a.startsWith('Parliament')), ['Parliament=organization:european-parliament', 'Parliament=organization:european-parliament']);
  // (A British story that names the European Parliament in passing keeps its own.)
  assert.ok(actors('The European Parliament urged London to act. Labour MPs said Parliament would vote on Tuesday.').includes('Parliament=government:parliament-uk'));
});

test('"most" before a word that sorts a plural noun is a share, no superlative: "most remaining provisions"', () => {
  for (const body of [
    'Obligations for general-purpose AI models apply from 2 August 2025, and most remaining provisions from 2 August 2026.',
    'The EU accepted a ceiling on most U.S. tariffs on its goods last summer.',
  ]) assert.deepEqual(findings(DATED(body)), [], body);
  // (After a possessive the word is a superlative's: "the region's most major ports".)
  assert.equal(findings(DATED("The bloc's most major ports were closed by the strike.")).length, 1);
});

test('a law named with its number in brackets, or a deal with when it was reached, opens its own terms', () => {
  for (const body of [
    'Under the Artificial Intelligence Act (Regulation (EU) 2024/1689), fines reach up to 7% of global turnover.',
    'Under the framework agreement reached in August, the EU accepted a 15% ceiling on U.S. tariffs on its goods.',
  ]) assert.deepEqual(findings(DATED(body)), [], body);
});

test('what MEPs or the member states voted for, with its figures, is their record, no claim to source', () => {
  for (const body of [
    "MEPs voted 401 to 192, with 78 abstentions, to back the Parliament's position on the 2040 climate target, a 90 percent cut in net emissions compared with 1990 levels.",
    'The Twenty-Seven also approved the 19th package of sanctions, which lists 118 more vessels of the shadow fleet.',
    'Member states on Tuesday adopted a 2 billion euro fund for the defence industry.',
  ]) assert.deepEqual(findings(DATED(body)), [], body);
  // (What they say is still theirs to source.)
  assert.deepEqual(findings(DATED('MEPs rose 40 percent in number.')).length, 1);
});

test('a body that "kept rates unchanged ..., saying" is the one saying, not "kept interest rates"', () => {
  const cases: [string, string][] = [
    ['The European Central Bank kept interest rates unchanged on Thursday, saying inflation was at its 2% target.', 'The European Central Bank'],
    ['The bank kept its deposit rate unchanged, saying the economy had proved resilient.', 'The bank'],
    ['The ministry held talks with Brussels on Monday, saying progress had been made.', 'The ministry'],
  ];
  for (const [body, source] of cases) assert.deepEqual(attributions(DATED(body)).map((a) => [a.cue, a.source]), [['saying', source]], body);
});

test('"most of the assets are held at Euroclear" says where they are: no one is cited', () => {
  const text = DATED('Belgium, where most of the assets are held at Euroclear, has asked the Commission for a legal opinion.');
  assert.deepEqual(attributions(text), []);
  assert.ok(!findings(text).some((f) => f.startsWith('vague-attribution')), findings(text).join(' | '));
  // (A vague subject with its verb still is one: "Some of the diplomats held that the plan was legal.")
  assert.deepEqual(attributions(DATED('Some diplomats held that the plan was legal.')).map((a) => a.vague), [true]);
});

test('guarantees asked for, given or sought are pledges, no certainty claimed', () => {
  for (const body of ['Belgium has asked for guarantees before it agrees to the loan.', 'Kyiv wants firm guarantees from its partners.', 'The member states offered guarantees to cover the loan.'])
    assert.deepEqual(findings(DATED(body)), [], body);
  assert.equal(findings(DATED('The plan guarantees a pension to every citizen.')).length, 1);
});

test('the European Green Deal is a programme, no agreement, and no antecedent of the deal struck later', () => {
  const m = analyze(DATED('EU negotiators reached a provisional deal on packaging waste. The commissioner said the deal showed the Union could deliver on the European Green Deal. The provisional agreement must now be endorsed by Coreper.'));
  assert.deepEqual(m.agreements.filter((a) => a.text.includes('Green') || a.antecedent?.text.includes('Green')).map((a) => a.text), []);
  // (A deal between parties keeps its name: "the Iran Nuclear Deal".)
  assert.deepEqual(analyze(DATED('The Iran Nuclear Deal was signed in 2015.')).agreements.map((a) => a.text), ['Iran Nuclear Deal']);
});

test('a mandate, a position or a text agreed is a decision, no words reported', () => {
  for (const body of [
    "Member states' representatives today agreed the Council's negotiating mandate on the return regulation.",
    'EU ambassadors agreed the text of the 19th package on Wednesday.',
    'The Council agreed its general approach and its position on the law.',
  ]) assert.deepEqual(attributions(DATED(body)), [], body);
  // (What they agreed was so is still reported.)
  assert.deepEqual(attributions(DATED('The ministers agreed the text was sound.')).map((a) => [a.cue, a.source]), [['agreed', 'The ministers']]);
});

test('an article of a treaty with a long name and its initials opens the treaty\'s own terms', () => {
  const body = 'Under Article 258 of the Treaty on the Functioning of the European Union (TFEU), the Commission can take a member state to court if it fails to comply with EU law.';
  assert.deepEqual(findings(DATED(body)), []);
  // (What happens under anything else is still a claim.)
  assert.equal(findings(DATED('Under pressure from the markets and the rating agencies of the world, the government cut spending by 40%.')).length, 1);
});
