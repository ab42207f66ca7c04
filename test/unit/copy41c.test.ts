// Copy of session 41's actor fixes (helper C): surnames that are months, the platform X, national laws, officials
// named after a body's short name and a region, initials with dots, honorifics of Afghan clerics. Sentences written for
// these tests in the style of wire copy, run through the full analysis with the built-in glossary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle as analyze, attributionsOf, datedBy } from '../support/article';

const DATED = datedBy('2025-11-14');
const actors = (body: string) => analyze(DATED(body)).actors.map((a) => [a.text, a.category, a.entity ?? null]);
const actor = (body: string, text: string) => analyze(DATED(body)).actors.find((a) => a.text === text);
const agreement = (body: string, text: string) => analyze(DATED(body)).agreements.find((a) => a.text === text);
const sourceOf = (body: string, cue: string) => attributionsOf(DATED(body)).find((a) => a.cue === cue)?.source;

test('a month after a given name is a surname: "Fed Governor Gregory May said"', () => {
  const titled = 'Fed Governor Gregory May said the central bank should cut rates again in December.';
  assert.equal(actor(titled, 'Fed Governor Gregory May')?.category, 'official');
  assert.equal(sourceOf(titled, 'said'), 'Fed Governor Gregory May');
  const set = 'Gregory May, a Fed official, said inflation was cooling.';
  assert.equal(actor(set, 'Gregory May')?.category, 'person');
  assert.equal(sourceOf(set, 'said'), 'Gregory May');
  // A month before a day's number is still the date.
  const dated = analyze(DATED('The panel heard Gregory May 5 in Washington.'));
  assert.ok(dated.dates.some((d) => d.text === 'May 5'));
  assert.ok(!dated.actors.some((a) => a.text.includes('May')));
});

test('"X" is the platform as a subject or after "Musk\'s", never the letter of "X-ray", "Article X" or Malcolm X', () => {
  assert.deepEqual(actors('X said it had removed the posts.'), [['X', 'organization', 'x-corp']]);
  assert.deepEqual(actor("Musk's X restricted the account on Thursday.", 'X')?.entity, 'x-corp');
  assert.deepEqual(actor('Meta and X said they would comply with the order.', 'X')?.entity, 'x-corp');
  const letters = actors('A doctor ordered an X-ray, citing Article X of the code, and quoted Malcolm X on dignity.');
  assert.deepEqual(letters, [['Malcolm X', 'person', 'malcolm-x']]);
});

test('national laws are the glossary\'s: "the CHIPS Act", "the Online Safety Act", "the Inflation Reduction Act"', () => {
  const body = 'The company cited the CHIPS Act, the Online Safety Act and the Inflation Reduction Act in its filing.';
  assert.equal(agreement(body, 'CHIPS Act')?.entity, 'chips-act');
  assert.equal(agreement(body, 'Online Safety Act')?.entity, 'uk-online-safety-act');
  assert.equal(agreement(body, 'Inflation Reduction Act')?.entity, 'inflation-reduction-act');
  // Another country's law of the same name is not the UK's.
  assert.equal(agreement("Australia's Online Safety Act took effect in 2022.", 'Online Safety Act')?.entity ?? null, null);
  assert.equal(agreement("Britain's Online Safety Act took effect this year.", 'Online Safety Act')?.entity, 'uk-online-safety-act');
});

test('a post covering a world region is one official with the name: "Amnesty\'s South Asia director Smriti Singh"', () => {
  // (Session 43: the body that owns the post by its possessive is an actor of its own, linked.)
  const body = "Amnesty's South Asia director Smriti Singh said the detentions were arbitrary.";
  assert.deepEqual(actors(body), [['Amnesty', 'organization', 'amnesty'], ['South Asia director Smriti Singh', 'official', null]]);
  assert.equal(actor("Human Rights Watch's Middle East director Lama Fakih said the strikes were unlawful.", 'Middle East director Lama Fakih')?.category, 'official');
  // Set off after the name, the post still makes the name a person's, and the body is Amnesty International.
  const set = analyze(DATED("Smriti Singh, Amnesty's South Asia director, said the detentions were arbitrary.")).actors;
  assert.deepEqual(set.map((a) => [a.text, a.entity ?? null]), [['Smriti Singh', null], ['Amnesty', 'amnesty']]);
});

test('"the government of K.P. Sharma Oli" is the government and the person, not one body', () => {
  assert.deepEqual(actors('Protesters in Kathmandu demanded the resignation of the government of K.P. Sharma Oli.'), [
    ['Protesters', 'group', null],
    ['the government', 'government', null],
    ['K.P. Sharma Oli', 'official', 'kp-sharma-oli'],
  ]);
  assert.equal(actor('Opposition lawmakers walked out on the government of Shehbaz Sharif.', 'Shehbaz Sharif')?.entity, 'shehbaz-sharif');
  // A country after the head still names the body.
  assert.equal(actor('Aid was sent by the government of Nepal.', 'government of Nepal')?.category, 'government');
});

test('"The New York-based group" and "the rights group" refer back to the group named before', () => {
  const body = 'Human Rights Watch urged the authorities to free the detainees. The New York-based group said at least 40 people were held.';
  assert.equal(actor(body, 'New York-based group')?.entity, 'hrw');
  const rights = 'Amnesty International documented the raids. The London-based rights group said the police used live ammunition.';
  assert.equal(actor(rights, 'The London-based rights group')?.entity, 'amnesty');
});

test('a name set off before the body\'s post after its possessive is an official: "Mawlawi Abdul Kabir, the Taliban\'s refugees minister"', () => {
  const body = "Mawlawi Abdul Kabir, the Taliban's refugees minister, said more than 1.5 million people had returned from Iran this year.";
  assert.deepEqual(actor(body, 'Mawlawi Abdul Kabir')?.category, 'official');
  assert.equal(sourceOf(body, 'said'), 'Mawlawi Abdul Kabir');
  assert.equal(actor("Ramesh Lekhak, Nepal's home minister, said the curfew would be lifted.", 'Ramesh Lekhak')?.category, 'official');
  // A post after an article names no body's: "Gregory May, a Fed official," stays a person.
  assert.equal(actor('Gregory May, a Fed official, said inflation was cooling.', 'Gregory May')?.category, 'person');
});

test('platforms and rights groups of wire copy are the glossary\'s: YouTube, Telegram, CPJ, HRCP, Crisis Group, the ACLU', () => {
  const platforms = 'YouTube said it had taken down the channel, while Telegram said it would not hand over user data.';
  assert.equal(actor(platforms, 'YouTube')?.entity, 'youtube');
  assert.equal(actor(platforms, 'Telegram')?.entity, 'telegram');
  const groups = 'The Committee to Protect Journalists and the Human Rights Commission of Pakistan condemned the arrests.';
  assert.equal(actor(groups, 'Committee to Protect Journalists')?.entity, 'cpj');
  assert.equal(actor(groups, 'Human Rights Commission of Pakistan')?.entity, 'hrcp');
  assert.equal(actor('The ACLU sued the administration, and Crisis Group warned of unrest.', 'ACLU')?.entity, 'aclu');
  assert.equal(actor('The ACLU sued the administration, and Crisis Group warned of unrest.', 'Crisis Group')?.entity, 'crisis-group');
});

test('ministers of South Asian and Afghan portfolios in lower case are officials: "the refugees minister", "the law minister"', () => {
  assert.deepEqual(actors('The refugees minister said the camps at Torkham were full.'), [['The refugees minister', 'official', null]]);
  assert.deepEqual(actors('The railways minister resigned after the crash.'), [['The railways minister', 'official', null]]);
  assert.equal(actor("Pakistan's law minister defended the amendment.", 'law minister')?.category, 'official');
});

test('a title before a person the glossary knows by capital initials is one official: "Vice President JD Vance"; the CBO is linked', () => {
  assert.deepEqual(actors('Vice President JD Vance said the shutdown would end this week.'), [['Vice President JD Vance', 'official', 'jd-vance']]);
  assert.equal(sourceOf('Vice President JD Vance said the shutdown would end this week.', 'said'), 'Vice President JD Vance');
  assert.equal(actor('The Congressional Budget Office estimated the bill would add $3.4 trillion to deficits.', 'Congressional Budget Office')?.entity, 'cbo');
});

test('tech companies and their heads of wire copy are the glossary\'s: xAI, Oracle, Sam Altman', () => {
  assert.equal(actor('xAI said on Friday that Grok had been updated.', 'xAI')?.entity, 'xai');
  assert.equal(actor('The venture will be controlled by Oracle and two investment firms.', 'Oracle')?.entity, 'oracle');
  const altman = analyze(DATED('OpenAI CEO Sam Altman told senators the company backed federal rules.\n\nAltman said the rules should be light.')).actors;
  assert.deepEqual(altman.map((a) => [a.text, a.entity ?? null]), [['OpenAI CEO Sam Altman', 'sam-altman'], ['the company', 'openai'], ['Altman', 'sam-altman']]);
});
