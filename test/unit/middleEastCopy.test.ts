// Copy from Israel, Gaza, Lebanon, Iran and the Gulf: military statements and their wire coverage, casualty figures
// and who gives them, Iranian and Gulf state media, IAEA reports, ceasefire texts, Arabic names and styles, and the
// Iranian calendar. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle as analyze, attributionsOf as attributions, datedBy } from '../support/article';

const DATED = datedBy('2026-06-10');

/** The actors of an article as "text|category|entity". */
function actors(text: string): string[] {
  return analyze(text).actors.map((a) => `${a.text}|${a.category}|${a.entity ?? '-'}`);
}

/** The attributions of an article as [cue, source]. */
function cues(body: string): [string, string | null][] {
  return attributions(DATED(body)).map((a) => [a.cue, a.source]);
}

test('a list of names that closes its sentence after the content\'s comma is the source whole, with the noun heading it', () => {
  assert.deepEqual(cues('Israel and Hamas have agreed to a ceasefire, mediators Qatar, Egypt and the United States said on Wednesday.'), [
    ['said', 'mediators Qatar, Egypt and the United States'],
  ]);
  assert.deepEqual(cues('The deal was agreed, Qatar, Egypt and the United States said.'), [['said', 'Qatar, Egypt and the United States']]);
  assert.deepEqual(cues('The sanctions will hurt the economy, the foreign ministers of France, Italy and Germany said in a statement.'), [
    ['said in a statement', 'the foreign ministers of France, Italy and Germany'],
  ]);
  // (A place that opens the sentence is still no part of the list.)
  assert.deepEqual(cues('In Brussels, France and Germany said the deal was fair.'), [['said', 'France and Germany']]);
});

test('"According to" a news agency, then a name set off by commas: the agency is the source, the name speaks in it', () => {
  assert.deepEqual(cues('According to Tasnim News Agency, Major General Mohammad Pakpour, commander-in-chief of the IRGC, said the armed forces were ready.'), [
    ['According to', 'Tasnim News Agency'],
    ['said', 'Major General Mohammad Pakpour'],
  ]);
  // (After a spokesperson, the name is the spokesperson's.)
  assert.deepEqual(cues('According to the Foreign Ministry spokesperson, Lin Jian, Ding will attend.'), [['According to', 'the Foreign Ministry spokesperson, Lin Jian']]);
});

test('"X quoted Y as saying": Y speaks, however many words name Y', () => {
  assert.deepEqual(cues('IRNA quoted an Iranian military spokesperson as saying that the operation would continue.'), [['saying', 'an Iranian military spokesperson']]);
  assert.deepEqual(cues('State media quoted Foreign Minister Abbas Araghchi as saying the talks were over.'), [['saying', 'Foreign Minister Abbas Araghchi']]);
  assert.deepEqual(cues('The agency quoted the head of the Atomic Energy Organization as saying output rose.'), [['saying', 'the head of the Atomic Energy Organization']]);
});

test('officials "briefed on" something are part of who speaks, and the participle reports nothing', () => {
  assert.deepEqual(cues('The following are the main points of the deal, according to a copy of the text seen by Reuters and officials briefed on it.'), [
    ['according to', 'a copy of the text seen by Reuters and officials briefed on it'],
  ]);
  assert.deepEqual(cues('The details were finalised, according to officials briefed on the talks.'), [['according to', 'officials briefed on the talks']]);
  assert.deepEqual(cues('The plan was dropped, according to the memo and two people familiar with the matter.'), [['according to', 'the memo and two people familiar with the matter']]);
});

test('attacks on a counted number of ships or places are blows, not words', () => {
  assert.deepEqual(cues('The Houthis have attacked more than 100 merchant ships since November 2023.'), []);
  assert.deepEqual(cues('Militants attacked at least 20 villages in the north.'), []);
  assert.deepEqual(cues('The opposition leader attacked the government over its record.'), [['attacked', 'The opposition leader']]);
});

test('"in his statement" after a verb of saying says where the words came, no second report', () => {
  assert.deepEqual(cues('"The Agency has lost continuity of knowledge," Director General Rafael Grossi told the IAEA Board of Governors in his introductory statement.'), [
    ['told', 'Director General Rafael Grossi'],
  ]);
  assert.deepEqual(cues('The minister told parliament in his opening statement that taxes would rise.'), [['told', 'The minister']]);
  assert.deepEqual(cues('The minister said in her opening remarks that taxes would rise.'), [['said', 'The minister']]);
});

test('a subject that does not say one thing "but says" another speaks through the second verb', () => {
  assert.deepEqual(cues('The ministry does not distinguish between fighters and civilians but says most were women.'), [['says', 'The ministry']]);
  assert.deepEqual(
    cues('The ministry, which is part of the Hamas-run government, does not distinguish between civilians and combatants in its count but says women and children make up around half of the dead.'),
    [['says', 'The ministry']],
  );
});

test('the Saudi king\'s style is one with his name; the region\'s state news agencies and broadcasters are linked', () => {
  assert.deepEqual(actors(DATED('The Custodian of the Two Holy Mosques King Salman bin Abdulaziz Al Saud congratulated Muslims on the occasion.')).slice(0, 1), [
    'Custodian of the Two Holy Mosques King Salman bin Abdulaziz Al Saud|official|-',
  ]);
  assert.deepEqual(
    actors(DATED("The semi-official Tasnim news agency said so. Hezbollah's al-Manar television said so. The Houthi-run Saba news agency said so. The Saudi Press Agency (SPA) said so. The Qatar News Agency (QNA) said so. Press TV said so. WAM said so.")),
    [
      'Tasnim news agency|organization|tasnim',
      'Hezbollah|group|hezbollah',
      'al-Manar television|organization|al-manar',
      'Houthi|group|houthis',
      'Saba news agency|organization|saba-news',
      'Saudi Press Agency|organization|saudi-press-agency',
      'SPA|organization|saudi-press-agency',
      'Qatar News Agency|organization|qna',
      'QNA|organization|qna',
      'Press TV|organization|press-tv',
      'WAM|organization|wam',
    ],
  );
});

test('Arabic names: after "the killing of", with "ad-Din", and a rescue service; a province named for a man is a place', () => {
  assert.deepEqual(actors(DATED('After the killing of Yahya Sinwar, Hamas turned to a council.')), ['Yahya Sinwar|person|yahya-sinwar', 'Hamas|group|hamas']);
  assert.deepEqual(actors(DATED('Inside Gaza, Izz ad-Din al-Haddad commands the armed wing, the Izz ad-Din al-Qassam Brigades.')), [
    'Izz ad-Din al-Haddad|person|-',
    'Izz ad-Din al-Qassam Brigades|military|-',
  ]);
  assert.deepEqual(actors(DATED("Gaza's Civil Defense said 20 people were killed.")), ['Civil Defense|government|-']);
  assert.deepEqual(actors(DATED('Fighting in Salah al-Din province went on.')), []);
});

test('days and years of the Iranian calendar are converted to the Gregorian ones', () => {
  const dates = (body: string): string[] => analyze(DATED(body)).dates.map((d) => `${d.text}=${d.value}${d.calendar ? `|${d.calendar}` : ''}`);
  assert.deepEqual(dates('Iran marks 22 Bahman 1357, the victory of the revolution.'), ['22 Bahman 1357=1979-02-11|persian']);
  assert.deepEqual(dates('1 Farvardin 1405 is Nowruz; 1 Farvardin 1403 fell in a leap year.'), ['1 Farvardin 1405=2026-03-21|persian', '1 Farvardin 1403=2024-03-20|persian']);
  assert.deepEqual(dates('Crowds will mark the 13th of Aban outside the former embassy.'), ['13th of Aban=2026-11-04|persian']);
  assert.deepEqual(dates('Lawmakers approved the budget for the Iranian year 1405.'), ['Iranian year 1405=2026|persian']);
  // (A month's name alone, or an agency's, is no date.)
  assert.deepEqual(dates('Mehr News Agency said Bahman was cold.'), []);
});

test('an IAEA report\'s findings: "verified that" and "seriously concerned that" report the Agency\'s and the Director General\'s words', () => {
  assert.deepEqual(cues('On 12 April 2026, the Agency verified that Iran had begun feeding UF6 into the cascade.'), [['verified', 'the Agency']]);
  assert.deepEqual(cues('The Director General continues to be seriously concerned that Iran has not provided explanations.'), [['be seriously concerned', 'The Director General']]);
  assert.deepEqual(cues('The Secretary-General is gravely concerned that the fighting has spread.'), [['is gravely concerned', 'The Secretary-General']]);
  // (Checking a thing, or a task of checking, reports nothing.)
  assert.deepEqual(cues('Reuters could not independently verify the figures. The Agency verified the inventory.'), []);
  assert.ok(!cues('The council charged the inspectors with verifying that Iraq had destroyed its missiles.').some(([cue]) => cue === 'verifying'));
});

test('nuclear material and sites an IAEA report names by letters are no actors; "the Islamic Republic" is Iran', () => {
  assert.deepEqual(actors(DATED('Iran had begun feeding UF6 into the cascade at FFEP. Its stock of HEU grew.')), ['Iran|country|country:iran']);
  assert.deepEqual(actors(DATED('Officials in the Islamic Republic denied it. The Islamic Republic of Mauritania voted.')), [
    'Islamic Republic|country|country:iran',
    'Islamic Republic of Mauritania|country|country:mauritania',
  ]);
});

test('"30 million pilgrims a year": a count in millions of a noun makes "a year" a rate', () => {
  const dates = (body: string): string[] => analyze(DATED(body)).dates.map((d) => `${d.text}=${d.type} ${d.value}`);
  assert.deepEqual(dates('The Kingdom wants 30 million pilgrims a year.'), ['a year=SET P1Y']);
});

test('"Hezbollah terrorist infrastructure": the group is its name, linked; "terrorist" describes the things struck', () => {
  assert.deepEqual(actors(DATED('The IDF struck Hezbollah terrorist infrastructure sites.')), ['IDF|military|idf', 'Hezbollah|group|hezbollah']);
  assert.deepEqual(actors(DATED('The army struck Hamas terrorist targets. A Hamas terrorist cell was hit.')), ['The army|military|-', 'Hamas|group|hamas', 'Hamas terrorist cell|group|-']);
});

test('a headline\'s capitalised "Who" after a noun makes no person of it: "Eliminated Terrorist Who Planned Attacks"', () => {
  const text = '---\ndate: 2025-10-02\n---\nIDF Press Release: Eliminated Terrorist Who Planned Attacks on Israeli Civilians\n\nThe IAF struck the terrorist Ahmad Salah, who planned attacks.\n';
  const people = analyze(text).actors.filter((a) => a.category === 'person').map((a) => a.text);
  assert.deepEqual(people, ['Ahmad Salah']);
});
