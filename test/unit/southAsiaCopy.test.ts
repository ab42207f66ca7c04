// Copy from and about Pakistan, Bangladesh and Afghanistan: parties and groups whose names are izafe or Arabic
// compounds joined by hyphens, party acronyms with a letter after a hyphen, the region's officials and bodies.
// Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle as analyze, attributionsOf as attributions, datedBy } from '../support/article';

const DATED = datedBy('2025-11-14');

/** The actors of an article as "text|category|entity". */
function actors(text: string): string[] {
  return analyze(text).actors.map((a) => `${a.text}|${a.category}|${a.entity ?? '-'}`);
}

test('the region\'s parties and armed groups are named whole, hyphens and all, and linked', () => {
  const cases: [string, string[]][] = [
    ['Pakistan Tehreek-e-Insaf (PTI) on Thursday announced a countrywide protest.', ['Pakistan Tehreek-e-Insaf|organization|pti', 'PTI|organization|pti']],
    ['The banned Tehrik-i-Taliban Pakistan claimed responsibility for the attack.', ['Tehrik-i-Taliban Pakistan|group|ttp']],
    ['The Tehreek-e-Taliban Pakistan (TTP) is behind the attacks, Islamabad says.', ['Tehreek-e-Taliban Pakistan|group|ttp', 'TTP|group|ttp', 'Islamabad|country|country:pakistan']],
    ['Lashkar-e-Taiba was blamed for the attack in April.', ['Lashkar-e-Taiba|group|lashkar-e-taiba']],
    ['Jaish-e-Mohammed was banned in 2002.', ['Jaish-e-Mohammed|group|jaish-e-mohammed']],
    ['Hizb-ut-Tahrir denied it had organised the rally.', ['Hizb-ut-Tahrir|group|hizb-ut-tahrir']],
    ['Jamaat-e-Islami, however, said the election should be held under proportional representation.', ['Jamaat-e-Islami|organization|jamaat-e-islami']],
    ['The MQM-P, a coalition partner, backed the amendment.', ['MQM-P|organization|mqm-p']],
    ['The PML-N and the PPP voted for the bill.', ['PML-N|organization|pml-n', 'PPP|organization|-']],
    ['The JUI-F has been in the opposition since the elections.', ['JUI-F|organization|jui-f', 'the opposition|group|-']],
    ['The BNP welcomed the announcement, but the Awami League rejected it.', ['BNP|organization|bnp', 'Awami League|organization|awami-league']],
  ];
  for (const [body, expected] of cases) assert.deepEqual(actors(DATED(body)), expected, body);
});

test('the Islamic Emirate is the government in Kabul, not a person; the ISPR is the military\'s media wing', () => {
  assert.deepEqual(actors(DATED('The Islamic Emirate said on Wednesday that a ceasefire had been agreed.')), ['Islamic Emirate|government|islamic-emirate']);
  assert.deepEqual(actors(DATED('The Inter-Services Public Relations (ISPR) said on Wednesday that 11 soldiers were killed.')).slice(0, 2), [
    'Inter-Services Public Relations|military|ispr',
    'ISPR|military|ispr',
  ]);
});

test('a party or group named with hyphens is the source of what it says', () => {
  const cases: [string, string, string][] = [
    ['Hizb-ut-Tahrir denied it had organised the rally.', 'denied', 'Hizb-ut-Tahrir'],
    ['The banned Tehrik-i-Taliban Pakistan claimed responsibility for the ambush.', 'claimed', 'The banned Tehrik-i-Taliban Pakistan'],
  ];
  for (const [body, cue, source] of cases) assert.deepEqual(attributions(DATED(body)).map((a) => [a.cue, a.source]), [[cue, source]], body);
});

test('a group\'s name in the izafe ("Lashkar-e-Jhangvi", "Majlis-e-Shura") is a group even uncued; people so named stay people', () => {
  const cases: [string, string[]][] = [
    ['The Majlis-e-Shura approved the party\'s stance.', ['Majlis-e-Shura|group|-']],
    ['The party would consult its Majlis-e-Shura first.', ['Majlis-e-Shura|group|-']],
    ['Jaish-e-Mohammed and Lashkar-e-Jhangvi were not active in the province.', ['Jaish-e-Mohammed|group|jaish-e-mohammed', 'Lashkar-e-Jhangvi|group|-']],
    ['Sipah-e-Sahaba was banned in 2002.', ['Sipah-e-Sahaba|group|-']],
    ['The militants belonged to the Indian proxy Fitna al-Khawarij.', ['The militants|group|-', 'Indian|country|country:india', 'Fitna al-Khawarij|group|-']],
    ['In 1979, Gen Zia-ul-Haq introduced the Hudood Ordinances.', ['Gen Zia-ul-Haq|official|-']],
    ['The JUI-F chief Maulana Fazl-ur-Rehman addressed a rally.', ['JUI-F chief Maulana Fazl-ur-Rehman|official|-']],
  ];
  for (const [body, expected] of cases) assert.deepEqual(actors(DATED(body)), expected, body);
});

test('a party\'s letter after its acronym is no wire slug: "JUI-F spokesman Aslam Ghauri said" has the whole title as source', () => {
  const cases: [string, string][] = [
    ['JUI-F spokesman Aslam Ghauri said the committee would meet next week.', 'JUI-F spokesman Aslam Ghauri'],
    ['PML-N leader Ahsan Iqbal said the party would win the by-election.', 'PML-N leader Ahsan Iqbal'],
    ['MQM-P convener Khalid Siddiqui told reporters the party had been assured.', 'MQM-P convener Khalid Siddiqui'],
  ];
  for (const [body, source] of cases) assert.equal(attributions(DATED(body))[0]?.source, source, body);
  // A wire slug still goes: "EXCLUSIVE-Hamas says" is by Hamas.
  assert.equal(attributions(DATED('EXCLUSIVE-Hamas says it will release two hostages on Monday.'))[0]?.source, 'Hamas');
});

test('the Dawn and Daily Star dateline, "DHAKA:" or "COX\'S BAZAR:" before the lead, is no speaker, whatever the lead says', () => {
  for (const body of [
    'DHAKA: The International Crimes Tribunal-1 yesterday sentenced the former prime minister to death in absentia.',
    'ISLAMABAD: Finance Minister Muhammad Aurangzeb on Tuesday unveiled the federal budget for FY2025-26.',
    "COX'S BAZAR: UN Secretary-General António Guterres on Friday joined the Chief Adviser at an iftar with Rohingya refugees.",
  ]) assert.deepEqual(attributions(DATED(`${body}\n\nThe verdict was welcomed by the BNP.`)).filter((a) => a.cue === ':'), [], body);
  // A transcript's labels still speak.
  const transcript = DATED('SMITH: We will not accept the verdict.\n\nJONES: Nor will we.');
  assert.deepEqual(attributions(transcript).map((a) => [a.cue, a.source]), [[':', 'SMITH'], [':', 'JONES']]);
});

test('"was blamed by India for the attack": the agent of blame or praise is the source, the reason after "for" is not', () => {
  const cases: [string, string][] = [
    ['Lashkar-e-Taiba was blamed by India for the Pahalgam attack in April.', 'India'],
    ['The government was criticised by rights groups for the crackdown on protesters.', 'rights groups'],
    ['He was praised by the Minister for Foreign Affairs for his work on the treaty.', 'the Minister for Foreign Affairs'],
  ];
  for (const [body, source] of cases) assert.equal(attributions(DATED(body))[0]?.source, source, body);
});

test('an office, then "Dr" or "Prof", then the name is one officeholder; a party\'s convener and the IGP are offices', () => {
  const cases: [string, string][] = [
    ['PPP leader Dr Asim Hussain said the bill was already law.', 'PPP leader Dr Asim Hussain|official|-'],
    ['MQM-P convener Dr Khalid Maqbool Siddiqui said the party had been assured.', 'MQM-P convener Dr Khalid Maqbool Siddiqui|official|-'],
    ['Foreign Minister Dr Mohammad Ishaq Dar met reporters.', 'Foreign Minister Dr Mohammad Ishaq Dar|official|-'],
    ['Former IGP Chowdhury Abdullah Al-Mamun, who turned approver, was jailed.', 'Former IGP Chowdhury Abdullah Al-Mamun|official|-'],
  ];
  for (const [body, expected] of cases) assert.deepEqual(actors(DATED(body)).filter((a) => a.includes('|official|')), [expected], body);
});

test('"the July-August uprising last year": both months are of the year named after them or after their noun', () => {
  const dates = (body: string): string[] => analyze(DATED(body)).dates.map((d) => `${d.text}=${d.value}`);
  assert.deepEqual(dates('The protests of July-August last year toppled her.'), ['July=2024-07', 'August last year=2024-08']);
  assert.deepEqual(dates('During the July-August uprising last year, 1,400 people were killed.'), ['July=2024-07', 'August=2024-08', 'last year=2024']);
  // Without a year named, the months are read as before.
  assert.deepEqual(dates('The March-April talks will resume.'), ['March=2026-03', 'April=2026-04']);
  assert.deepEqual(dates('In the April-June quarter last year, GDP fell.'), ['the April-June quarter last year=2024-Q2']);
});
