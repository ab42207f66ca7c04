// Treaty and agreement texts, and the copy around signing and ratification: preambles, articles, final clauses,
// signature blocks, depositary notifications, and the news of signings, ratifications and withdrawals. Sentences
// written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle as analyze, attributionsOf as attributions, datedBy, findingsOf as findings } from '../support/article';

const DATED = datedBy('2026-07-15');

function agreements(text: string): [string, string | null][] {
  return analyze(text).agreements.map((a) => [a.text, a.antecedent?.text ?? null]);
}

test('a sentence opened by the provision it reports is no unsourced claim: "Under Article XV of the agreement, ..."', () => {
  for (const body of [
    'Under Article XV of the agreement, the withdrawal takes effect six months after notification, meaning Russia will cease to be a party on March 22, 2027.',
    'Under Article 6 of the treaty, Parties shall reduce production of primary plastic polymers by 40 percent by 2040 compared with 2025 levels.',
    'Under the safeguard chapter, either Party may suspend tariff preferences for a period not exceeding two years if imports cause serious injury.',
    'In accordance with article 28 (2) of the Agreement, the withdrawal will take effect for Argentina on 9 April 2027, upon expiry of one year.',
    'Under the terms of the accord, the rebels will hand over more than 4,000 weapons within 90 days.',
  ]) assert.deepEqual(findings(DATED(body)), [], body);
});

test('a sentence that only mentions an article or a treaty later still needs its source', () => {
  for (const body of [
    'The withdrawal, under Article XV of the agreement, will be the largest blow to arms control in a decade.',
    'Under pressure from farmers, the government will cut the tariff by 40 percent.',
  ]) assert.equal(findings(DATED(body)).length, 1, body);
});

test('a treaty\'s own clauses are not the reporter\'s claims: preamble, "hereby", "shall", entry into force', () => {
  for (const body of [
    'Recognising that the Mara River is a shared resource of vital importance to both Parties,',
    'Deeply concerned by the catastrophic humanitarian consequences of any use of nuclear weapons;',
    '1. The Parties hereby establish a Joint Commission, which shall meet at least twice a year.',
    'Each Party shall reduce its production of primary plastic polymers by 40 percent by 2040.',
    'This Memorandum will come into effect upon signature and will remain in effect for five years.',
    'The treaty opened for signature on March 4 and will remain open for signature until March 3, 2027.',
  ]) assert.deepEqual(findings(DATED(body)), [], body);
});

test('a reporter\'s claim that opens like a preamble or names a treaty is still judged', () => {
  for (const body of [
    'Recognising the danger, the government will cut fuel subsidies by 40 percent next year.',
    'The treaty will be the most important arms control deal in a generation.',
    'The Parties failed to agree on the most divisive issue of all.',
  ]) assert.equal(findings(DATED(body)).length, 1, body);
});

test('a preamble\'s recitals are no reports: "Recalling the Treaty ...," cues nothing', () => {
  const text = DATED('The Government of the Republic of Kenya and the Government of the United Republic of Tanzania (hereinafter "the Parties"),\n\nRecalling the Treaty for the Establishment of the East African Community signed at Arusha on 30 November 1999,\n\nReaffirming their commitment to the Charter of the United Nations;\n\nHave agreed as follows:');
  assert.deepEqual(attributions(text), []);
  assert.deepEqual(findings(text), []);
  // (An opening participle before its main clause still reports for the subject.)
  const said = DATED('Recalling that the two countries signed the treaty in 1999, the minister said it had served them well.');
  assert.deepEqual(attributions(said).map((a) => [a.cue, a.source]), [['Recalling', 'the minister'], ['said', 'the minister']]);
});

test('a treaty\'s term for itself is an agreement: "of the Agreement" after the Paris Agreement, "this Agreement" alone', () => {
  const paris = DATED('On 9 April 2026, the Government of Argentina notified the Secretary-General of its decision to withdraw from the Paris Agreement in accordance with article 28 (1) of the Agreement.');
  assert.deepEqual(agreements(paris), [['Paris Agreement', null], ['the Agreement', 'Paris Agreement']]);
  // (A text's own term refers to no other kind of agreement named before it: it is the text itself.)
  const own = DATED('Recalling the Treaty for the Establishment of the East African Community,\n\nFor the purposes of this Agreement, "Basin" means the area of the Mara River.\n\nThis Agreement shall enter into force on the thirtieth day following the last notification.');
  assert.deepEqual(agreements(own), [['Treaty for the Establishment of the East African Community', null], ['this Agreement', null], ['This Agreement', 'this Agreement']]);
  assert.deepEqual(agreements(DATED('Paragraph 4. Non-binding nature\nThis Memorandum does not create legally binding obligations under international law.')), [['This Memorandum', null]]);
});

test('a capitalised agreement noun that starts a name or a headline is no term for the text itself', () => {
  assert.deepEqual(agreements(DATED('Britain left the bloc under the Treaty of Lisbon.')).map((a) => a[0]), ['Treaty of Lisbon']);
  assert.deepEqual(agreements(DATED('He joined the Treaty Compliance Office in 2019.')), []);
});

test('a final clause after its article\'s heading is no claim either', () => {
  const text = DATED('Paragraph 9. Commencement and duration\nThis Memorandum will come into effect upon signature and will remain in effect for five years.');
  assert.deepEqual(findings(text), []);
});

test('an agreement concluded is one made, not a finding: "the largest trade agreement the EU has ever concluded"', () => {
  for (const body of [
    'It is the largest trade agreement the EU has ever concluded.',
    'The agreement was concluded.',
    'It is the third accord that the two sides have concluded this year.',
  ]) assert.deepEqual(attributions(DATED(body)).filter((a) => a.cue.startsWith('conclud')), [], body);
  for (const [body, source] of [
    ['The inquiry concluded that the minister had misled parliament.', 'The inquiry'],
    ['"It was a failure," the review of the deal concluded.', 'the review of the deal'],
  ]) assert.deepEqual(attributions(DATED(body)).filter((a) => a.cue.startsWith('conclud')).map((a) => a.source), [source], body);
});

function actors(text: string): [string, string][] {
  return analyze(text).actors.map((a) => [a.text, a.category]);
}

test('a party to a treaty is no political party: "its 100th State Party", "Each Contracting Party"', () => {
  const text = DATED('The treaty gained its 100th State Party on Monday. Each State Party shall make a declaration within 30 days. The Contracting Party concerned shall notify the depositary. The Workers\' Party won the vote.');
  assert.deepEqual(actors(text), [["Workers' Party", 'organization']]);
});

test('a depositary notification\'s reference is no agreement: "C.N.214.2026.TREATIES-XXVII.7.d"', () => {
  const text = DATED('DEPOSITARY NOTIFICATION\n\nC.N.214.2026.TREATIES-XXVII.7.d\n\nPARIS AGREEMENT\nPARIS, 12 DECEMBER 2015');
  assert.deepEqual(agreements(text), [['PARIS AGREEMENT', null]]);
});

function dates(text: string): [string, string][] {
  return analyze(text).dates.map((d) => [d.text, d.value]);
}

test('a final clause\'s day in digits is the day: "this 3rd day of March, 2026", "this 1st day of April 2026"', () => {
  assert.deepEqual(dates(DATED('DONE at Geneva, this 3rd day of March, 2026, in a single original.')), [['this 3rd day of March, 2026', '2026-03-03']]);
  assert.deepEqual(dates(DATED('Signed at London this 1st day of April 2026.')), [['this 1st day of April 2026', '2026-04-01']]);
  assert.deepEqual(dates(DATED('The Protocol was signed on the 12th of June, 2025.')), [['the 12th of June, 2025', '2025-06-12']]);
});

test('"the month following" a deposit is no month of the article\'s: a date the text leaves open', () => {
  const text = DATED('This Convention shall enter into force on the first day of the month following the expiration of three months after the deposit.', '2026-03-04');
  assert.deepEqual(dates(text), [['the month', 'XXXX-XX'], ['three months', 'P3M']]);
  assert.deepEqual(dates(DATED('Outflows doubled the level of the week following the squeeze.', '2026-03-04')), [['the week', 'XXXX-WXX']]);
  // (The month alone is still the current one.)
  assert.deepEqual(dates(DATED('Exports rose during the month.', '2026-03-04')).map((d) => d[0]), ['the month']);
});

test('a treaty\'s final words name no one: "DONE at Geneva", "in the Arabic, Chinese ... and Spanish languages"', () => {
  assert.deepEqual(actors(DATED('DONE at Geneva, this 3rd day of March, 2026, in a single original in the Arabic, Chinese, English, French, Russian and Spanish languages, each text being equally authentic.')), []);
  assert.deepEqual(actors(DATED('Signed in Berlin on 2 November 2026 in duplicate in the German and Polish languages.')), []);
  // (A people's adjective before other nouns is still its country.)
  assert.deepEqual(actors(DATED('German and Polish troops crossed the border.')), [['German', 'country'], ['Polish troops', 'military']]);
});

test('to denounce a treaty is to leave it, no report; "This Convention shall be open for signature by all States" is no claim', () => {
  const text = DATED('Any State Party may denounce this Convention by written notification to the Secretary-General.');
  assert.deepEqual(attributions(text), []);
  assert.deepEqual(attributions(DATED('Moscow denounced the treaty in 2023.')).map((a) => a.cue), []);
  assert.deepEqual(attributions(DATED('The opposition denounced the treaty as a betrayal.')).map((a) => a.cue), ['denounced']);
  assert.deepEqual(attributions(DATED('The minister denounced the raids as barbaric.')).map((a) => a.cue), ['denounced']);
  assert.deepEqual(findings(DATED('1. This Convention shall be open for signature by all States at United Nations Headquarters in New York from 15 April 2026 until 14 April 2027.')), []);
});

test('to observe a treaty\'s limits or a truce is to keep them, no remark', () => {
  for (const body of [
    'Washington and Moscow have said they will observe its central limits for another year.',
    'Both sides largely observed the ceasefire on Sunday.',
    'Delegates observed a minute\'s silence for the victims.',
  ]) assert.deepEqual(attributions(DATED(body)).filter((a) => a.cue.startsWith('observ')), [], body);
  assert.deepEqual(attributions(DATED('"The rules are clear," the minister observed.')).map((a) => [a.cue, a.source]), [['observed', 'the minister']]);
  assert.deepEqual(attributions(DATED('The envoy observed that the truce had held for a week.')).map((a) => [a.cue, a.source]), [['observed', 'The envoy']]);
});

test('a name alone under a treaty\'s line for its party is its signatory', () => {
  const text = DATED('For the Government of the Republic of Kenya\nMusalia Mudavadi\nPrime Cabinet Secretary');
  assert.ok(actors(text).some(([t, c]) => t === 'Musalia Mudavadi' && c === 'person'), JSON.stringify(actors(text)));
  // (A line that is a sentence is no signature line: "For the record, he said.")
  assert.ok(!actors(DATED('For the record, the talks went well.\nMusalia Mudavadi\n')).some(([t]) => t === 'Musalia Mudavadi'));
});

test('"this Convention" is a treaty\'s term for itself; "the Convention" only after a convention named as an agreement', () => {
  assert.deepEqual(agreements(DATED('1. This Convention shall be open for signature by all States.\n2. Any State Party may denounce this Convention by written notification.')), [['This Convention', null], ['this Convention', 'This Convention']]);
  assert.deepEqual(agreements(DATED('Norway ratified the Convention on Biological Diversity in 1993. Article 8 of the Convention covers protected areas.')), [['Convention on Biological Diversity', null], ['the Convention', 'Convention on Biological Diversity']]);
  // (A party's convention is a gathering, no treaty.)
  assert.deepEqual(agreements(DATED('The Democratic National Convention opened in Chicago on Monday. Delegates at the Convention cheered the nominee.')), []);
});
