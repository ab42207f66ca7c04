// Sources the last round left, and complex speaker phrases: long titles before names, lists of speakers, speakers set
// off with appositions, "according to" with nested bodies, and joint statements. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle as analyze, attributionsOf as attributions, datedBy, findingsOf as findings } from '../support/article';

const DATED = datedBy('2026-06-10');
const actorsOf = (body: string): string[] => {
  const text = DATED(body);
  return analyze(text).actors.map((a) => `${text.slice(a.start, a.end)}|${a.category}`);
};

test('a titled name set off after a role is the source, with or without a word of tenure', () => {
  const cases: [string, string][] = [
    ['Its head, Sierra Leonean President Ernest Bai Koroma, said the mission was satisfied.', 'Sierra Leonean President Ernest Bai Koroma'],
    ["The delegation's leader, Foreign Minister Amara Diallo, said the talks were useful.", 'Foreign Minister Amara Diallo'],
  ];
  for (const [body, source] of cases) assert.deepEqual(attributions(DATED(body)).map((a) => [a.cue, a.source]), [['said', source]], body);
});

test('a list of bodies, each with its article, speaks whole, also before an apposition', () => {
  const cases: [string, string][] = [
    ['The ministry, the police and Jennifer Newstead, its chief legal officer, said the system had been breached.', 'The ministry, the police and Jennifer Newstead'],
    ['The ministry, the police and the army said the roads were closed.', 'The ministry, the police and the army'],
  ];
  for (const [body, source] of cases) assert.deepEqual(attributions(DATED(body)).map((a) => [a.cue, a.source]), [['said', source]], body);
  // (An opening phrase is still no item of the list.)
  assert.deepEqual(attributions(DATED('In the north, the army and the police said the roads were closed.')).map((a) => a.source), ['the army and the police']);
});

test('a list after a preposition belongs to the noun phrase before it', () => {
  const cases: [string, string][] = [
    ['Ministers from France, Germany and Italy said the deal was dead.', 'Ministers from France, Germany and Italy'],
    ['Envoys of Britain, France and Germany warned that sanctions would return.', 'Envoys of Britain, France and Germany'],
  ];
  for (const [body, source] of cases) assert.deepEqual(attributions(DATED(body)).map((a) => a.source), [source], body);
});

test('those named inside an object\'s phrase do not speak its participle', () => {
  // ("an advisory detailing the campaign" reports no one's words, and nor does it with its partners.)
  assert.deepEqual(attributions(DATED('The NCSC published an advisory with partners in the United States, Australia, Canada and New Zealand detailing the campaign.')), []);
  // (A document that does speak keeps the source, without the body it was written with.)
  assert.deepEqual(attributions(DATED('Amnesty released a report with Human Rights Watch documenting abuses.')).map((a) => [a.cue, a.source]), [['documenting', 'a report']]);
});

test('"assesses the risk as high" is an assessment cued, with its assessor', () => {
  const cases: [string, string, string][] = [
    ['WHO assesses the overall risk as high at the national level.', 'WHO', 'the overall risk as high at the national level.'],
    ['The agency assessed the risk at the regional level as moderate.', 'The agency', 'the risk at the regional level as moderate.'],
  ];
  for (const [body, source, content] of cases) assert.deepEqual(attributions(DATED(body)).map((a) => [a.cue, a.source, a.content]), [[body.includes('assesses') ? 'assesses' : 'assessed', source, content]], body);
  // (Assessing damage while something happens is no judgement given.)
  assert.deepEqual(attributions(DATED('Inspectors assessed the damage as the storm passed.')), []);
});

test('"termed X Y" reports a judgement, and a title held in a house runs on to its holder', () => {
  const body = 'Opposition Leader in the National Assembly Omar Ayub Khan termed the budget anti-people.';
  const text = DATED(body);
  assert.deepEqual(attributions(text).map((a) => [a.cue, a.source, a.content]), [['termed', 'Opposition Leader in the National Assembly Omar Ayub Khan', 'the budget anti-people.']]);
  assert.deepEqual(findings(text), []);
  assert.deepEqual(actorsOf(body), ['Opposition Leader in the National Assembly Omar Ayub Khan|official']);
  assert.deepEqual(actorsOf('Leader of the House in the Senate Ishaq Dar said the bill would pass.'), ['Leader of the House in the Senate Ishaq Dar|official']);
  assert.deepEqual(actorsOf('Chief Minister of Punjab Maryam Nawaz said the plan was ready.'), ['Chief Minister of Punjab Maryam Nawaz|official']);
});

test('members named after "including" or "such as" are part of the source', () => {
  const cases: [string, string][] = [
    ['Humanitarian groups including Save the Children, the Norwegian Refugee Council and Oxfam said the money would not reach El Fasher.', 'Humanitarian groups including Save the Children, the Norwegian Refugee Council and Oxfam'],
    ['Humanitarian groups including Oxfam said the money would not reach El Fasher.', 'Humanitarian groups including Oxfam'],
    ['Charities such as Oxfam, CARE and Islamic Relief warned that funds were short.', 'Charities such as Oxfam, CARE and Islamic Relief'],
  ];
  for (const [body, source] of cases) assert.deepEqual(attributions(DATED(body)).map((a) => a.source), [source], body);
});

test('plural nouns in "-tives" are no verbs: "representatives of", "relatives in"', () => {
  const cases: [string, string][] = [
    ['Representatives of the Energy Community said repairs were complete.', 'Representatives of the Energy Community'],
    ["The boy's relatives in Miami said they would appeal.", "The boy's relatives in Miami"],
    ['He has been staying with relatives in Miami who do not want to send him back.', 'relatives in Miami'],
    ['The Miami relatives thus far have refused to sign the document.', 'The Miami relatives'],
  ];
  for (const [body, source] of cases) assert.deepEqual(attributions(DATED(body)).map((a) => a.source), [source], body);
});

test('two parties set off by commas and joined by "and" speak together', () => {
  const cases: [string, string][] = [
    [
      'The head of the EU delegation to Sudan, Ambassador Wolfram Vetter, and the Norwegian special envoy, Tore Hattrem, said in a joint briefing that convoys had been blocked.',
      'The head of the EU delegation to Sudan, Ambassador Wolfram Vetter, and the Norwegian special envoy, Tore Hattrem',
    ],
    [
      'The foreign ministers of Canada, France and Japan, and the High Representative of the European Union, said in a joint statement that they were concerned.',
      'The foreign ministers of Canada, France and Japan, and the High Representative of the European Union',
    ],
  ];
  for (const [body, source] of cases) assert.deepEqual(attributions(DATED(body)).map((a) => a.source), [source], body);
  // (A name set off after a role alone is still the source; an aside with "and later" joins no one.)
  assert.deepEqual(attributions(DATED('The Norwegian special envoy, Tore Hattrem, said convoys had been blocked.')).map((a) => a.source), ['Tore Hattrem']);
  assert.deepEqual(attributions(DATED('France, and later Germany, said the plan was dead.')).map((a) => a.source), ['France']);
});

test('attacks by armed groups are deeds, no one\'s words', () => {
  const text = DATED('He told the Security Council that attacks by armed groups had risen sharply.');
  assert.deepEqual(attributions(text).map((a) => [a.cue, a.source]), [['told', 'He']]);
  assert.deepEqual(findings(text), []);
});

test('after a quotation, a role and the name set off after it: the name speaks, and the role is no part of the quote', () => {
  const cases: [string, string, string][] = [
    ['"The figures are clear," said the director of the statistics office\'s labour market division, Liz McKeown.', 'Liz McKeown', '"The figures are clear,"'],
    ['"This is a dark day," the bloc\'s foreign policy chief, Kaja Kallas, told reporters.', 'Kaja Kallas', '"This is a dark day,"'],
  ];
  for (const [body, source, content] of cases) assert.deepEqual(attributions(DATED(body)).map((a) => [a.source, a.content]), [[source, content]], body);
  // (A role alone after the quotation still speaks: '"It is over," said the minister.')
  assert.deepEqual(attributions(DATED('"It is over," said the minister.')).map((a) => a.source), ['the minister']);
});

test('a list may open with a possessor\'s role: "Ukraine\'s energy minister, the head of ..."', () => {
  const body = "Ukraine's energy minister, the head of the grid operator and representatives of the Energy Community said repairs were complete.";
  assert.deepEqual(attributions(DATED(body)).map((a) => a.source), ["Ukraine's energy minister, the head of the grid operator and representatives of the Energy Community"]);
});

test('"Deputy Secretary-General of the Arab League Hossam Zaki" is one official', () => {
  assert.deepEqual(actorsOf('Deputy Secretary-General of the Arab League Hossam Zaki welcomed the pledge.'), ['Deputy Secretary-General of the Arab League Hossam Zaki|official']);
  assert.deepEqual(actorsOf('Deputy Secretary-General Amina Mohammed said it.'), ['Deputy Secretary-General Amina Mohammed|official']);
});
