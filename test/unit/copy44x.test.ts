// Attributions and claims of wire copy (session 44, helper X): a fact checker's rating, people led or prompted to fear or
// warn, "came under scrutiny" and "came under criticism from", questions that ask who spoke ("Whose driver said ...?"),
// a sentence that opens "Said a diplomat:", what a source says ending before its ", adding that" or ", citing", a vague
// source set off inside its clause, and one finding for one vague source. Sentences written for these tests in the
// style of wire copy, run through the full analysis with the built-in glossary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, datedBy, findingsOf } from '../support/article';

const DATED = datedBy('2025-11-14');

/** The attributions of a body as "cue|source|content", "vague" added when vague or anonymous. */
function said(body: string): string[] {
  return attributionsOf(DATED(body)).map((a) => `${a.cue}|${a.source ?? '-'}|${a.content ?? '-'}${a.vague ? '|vague' : ''}`);
}
/** The findings of a body as "code: text". */
const findings = (body: string): string[] => findingsOf(DATED(body));

test('a fact checker that rates a claim is its source, the rating what it says', () => {
  assert.deepEqual(said('PolitiFact rated the claim as "false".'), ['rated|PolitiFact|the claim as "false".']);
  assert.deepEqual(said('The fact-checker rated it Mostly False.'), ['rated|The fact-checker|it Mostly False.']);
  assert.deepEqual(said('Full Fact rated the claim as misleading.'), ['rated|Full Fact|the claim as misleading.']);
  assert.deepEqual(said('The fact-checking site rated the post "Pants on Fire."'), ['rated|The fact-checking site|the post "Pants on Fire."']);
  // (The passive with the checker after "by".)
  assert.deepEqual(said('The claim was rated false by PolitiFact.'), ['rated|PolitiFact|false']);
  // A credit rating, a film's certificate, voters' marks: no claim checked, no words reported.
  for (const body of ['S&P rated the bonds AA.', "Moody's rated the company's debt as junk.", 'Voters rated the economy as poor.']) assert.deepEqual(said(body), [], body);
});

test('people led or prompted to fear, warn or question are the source of it, vague when unnamed', () => {
  assert.deepEqual(said('The report led economists to fear a recession.'), ['fear|economists|a recession.|vague']);
  assert.deepEqual(findings('The report led economists to fear a recession.'), ['vague-attribution: economists to fear']);
  assert.deepEqual(said('The attack led officials to warn that the ceasefire would collapse.'), ['warn|officials|the ceasefire would collapse.|vague']);
  assert.deepEqual(said('The ruling forced the government to admit that it had erred.'), ['admit|the government|it had erred.']);
  assert.deepEqual(said('The crash led some analysts to question whether the bank would survive.'), ['question|some analysts|whether the bank would survive.|vague']);
  // (A named person, several words long.)
  assert.deepEqual(said('All this has led the Latvian journalist Dainis Ivans to fear a new pact.'), ['fear|the Latvian journalist Dainis Ivans|a new pact.']);
  // An act one is moved to is no report: "to answer" other bodies, "to flee", "to victory".
  for (const body of ['The deals forced the recipients to answer other investigative entities.', 'The storm forced residents to flee.', 'He led the team to victory.', 'The decision led to protests.']) assert.deepEqual(said(body), [], body);
});

test('"came under scrutiny" reports no words; "came under criticism from" names the critic, and why is no content', () => {
  assert.deepEqual(said('The company came under scrutiny over its data practices.'), []);
  assert.deepEqual(findings('The company came under scrutiny over its data practices.'), []);
  assert.deepEqual(said('The bank came under scrutiny from regulators.'), []);
  assert.deepEqual(said('The company came under criticism from Amnesty over its data practices.'), ['came under criticism|Amnesty|-']);
  assert.deepEqual(said('The plan has come under criticism from the European Commission.'), ['has come under criticism|the European Commission|-']);
  assert.deepEqual(findings('The plan has come under criticism from the European Commission.'), []);
  // Unnamed critics, or none, stay vague; the reason after "over" or "for" is not what they said.
  assert.deepEqual(said('The plan has come under fire from rights groups.'), ['has come under fire|rights groups|-|vague']);
  assert.deepEqual(said('The plan has come under criticism over its cost.'), ['has come under criticism|-|-|vague']);
  assert.deepEqual(findings('The plan has come under criticism over its cost.'), ['vague-attribution: has come under criticism']);
  // (A convoy that came under fire was shot at.)
  assert.deepEqual(said('The convoy came under fire near the border.'), []);
});

test('"drew criticism from" a named critic is no vague wording; from unnamed ones it is', () => {
  assert.deepEqual(findings('The move drew sharp criticism from Amnesty International.'), []);
  assert.deepEqual(findings('The plan has faced criticism from the European Commission.'), []);
  assert.deepEqual(findings('The move drew criticism from rights groups.'), ['vague-attribution: drew criticism']);
});

test('"questioned" a deal doubts it and is reported; "questioned" a person reports nothing said', () => {
  assert.deepEqual(said('Some lawmakers questioned the deal.'), ['Some lawmakers questioned|Some lawmakers|the deal.|vague']);
  assert.deepEqual(findings('Some lawmakers questioned the deal.'), ['vague-attribution: Some lawmakers questioned']);
  assert.deepEqual(said('Critics questioned whether the deal would hold.'), ['Critics questioned|Critics|whether the deal would hold.|vague']);
  assert.deepEqual(said('Reporters questioned the chief executive.'), []);
});

test('a question that asks whose or which person spoke names no source', () => {
  assert.deepEqual(said('Whose driver said the car was stolen?'), []);
  assert.deepEqual(said('Which official said the car was stolen?'), []);
  // (Police asking it are the source of the question.)
  assert.deepEqual(said('Whose driver said the car was stolen, police asked.'), ['asked|police|Whose driver said the car was stolen']);
  // ("What Mr. Trump considers smart": a free relative, and he is its source.)
  assert.equal(attributionsOf(DATED('What Mr. Trump considers "smart" might be seen by others as evasive.'))[0]?.source, 'Mr. Trump');
});

test('a sentence that opens with the inverted "Said" names who after it', () => {
  assert.deepEqual(said('Said Smith: "We are ready."'), ['Said|Smith|"We are ready."']);
  assert.deepEqual(said('Said one official, "It is over."'), ['Said|one official|"It is over."']);
  assert.deepEqual(said('Says the report: growth will slow.'), ['Says|the report|growth will slow.']);
});

test('what a source says ends before its ", adding that", ", citing" or ", according to"', () => {
  assert.deepEqual(said('Police said a man had been arrested, adding that no one was hurt.'), ['said|Police|a man had been arrested', 'adding|Police|no one was hurt.']);
  assert.deepEqual(said('The ministry said the strikes hit depots, citing satellite images.'), ['said|The ministry|the strikes hit depots', 'citing|The ministry|satellite images.']);
  assert.deepEqual(said('Exports fell 4%, Reuters reported, citing customs data.'), ['reported|Reuters|Exports fell 4%', 'citing|Reuters|customs data.']);
  assert.deepEqual(said('Exports fell sharply, the ministry said, citing customs data.'), ['said|the ministry|Exports fell sharply', 'citing|the ministry|customs data.']);
  assert.deepEqual(said('Police said a man had been arrested, according to local media.')[0], 'said|Police|a man had been arrested');
  // (So does a vague source's, and its participle shares its people, with one finding for them.)
  assert.deepEqual(said('Critics said the dam could fail, adding that it was old.'), ['Critics said|Critics|the dam could fail|vague', 'adding|Critics|it was old.|vague']);
  assert.deepEqual(findings('Critics said the dam could fail, adding that it was old.'), ['vague-attribution: Critics said']);
  assert.deepEqual(said('The dam could fail, critics say, citing its age.'), ['critics say|critics|The dam could fail|vague', 'citing|critics|its age.|vague']);
  assert.deepEqual(findings('The dam could fail, critics say, citing its age.'), ['vague-attribution: critics say']);
});

test('a vague source set off inside its clause reports the whole of it, as a named one does', () => {
  assert.deepEqual(said('The plan, critics say, will raise prices.'), ['critics say|critics|The plan, critics say, will raise prices.|vague']);
  assert.deepEqual(findings('The plan, critics say, will raise prices.'), ['vague-attribution: critics say']);
  assert.deepEqual(said('The plan, the minister said, will raise prices.'), ['said|the minister|The plan, the minister said, will raise prices.']);
  assert.deepEqual(said('By 2050, experts say, the glaciers will be gone.'), ['experts say|experts|By 2050, experts say, the glaciers will be gone.|vague']);
  // (At the sentence's end the vague cue reports what comes before it.)
  assert.deepEqual(said('The dam could fail, some engineers believe.'), ['some engineers believe|some engineers|The dam could fail|vague']);
});

test('"seem to" and "appear to" after vague people: the people are the source, not "seem to"', () => {
  assert.deepEqual(said('Many economists seem to think the boom will end.'), ['seem|Many economists|to think the boom will end.|vague']);
  assert.deepEqual(findings('Many economists seem to think the boom will end.'), ['vague-attribution: Many economists seem']);
});

test('a participle set off after its subject cites up to its closing comma, before the sentence\'s verb', () => {
  assert.deepEqual(said('The Wall Street Journal, citing people familiar with the matter, reported that the deal was close.'), [
    'citing|The Wall Street Journal|people familiar with the matter',
    'reported|The Wall Street Journal|the deal was close.',
  ]);
  assert.equal(attributionsOf(DATED('Albright, echoing the president, said the United States would stay.')).find((a) => a.cue === 'echoing')?.content, 'the president');
});

test('where it was said, and a writer\'s note that a claim was not verified, are no part of what was said', () => {
  assert.deepEqual(said('The president told reporters aboard Air Force One that he was not worried.'), ['told reporters|The president|he was not worried.']);
  assert.deepEqual(said('The military said its forces had repelled the attack, a claim that could not be independently verified.'), ['said|The military|its forces had repelled the attack']);
  assert.deepEqual(said('Hamas said 30 people died, an account that could not be immediately verified.'), ['said|Hamas|30 people died']);
});

test('"was quoted as saying" at the sentence\'s end reports what stands before the source', () => {
  assert.deepEqual(said('The talks were useful, the foreign minister was quoted as saying by state media.'), ['saying|the foreign minister|The talks were useful']);
  assert.deepEqual(said("Iran's foreign minister was quoted by state media as saying the talks were useful."), ["saying|Iran's foreign minister|the talks were useful."]);
});

test('a name in "\'s" before a verb and its pronoun or article speaks ("Moody\'s warned it"); before a noun it owns it', () => {
  assert.deepEqual(said("Moody's warned it could cut the rating."), ["warned|Moody's|it could cut the rating."]);
  assert.deepEqual(said("McDonald's reported a rise in sales."), ["reported|McDonald's|a rise in sales."]);
  assert.deepEqual(said('Their reported losses were large.'), []);
});

test('a relative clause whose people said something ends at its closing comma', () => {
  assert.deepEqual(said('The deal, which people familiar with the matter said could be announced Monday, values the firm at $5 billion.'), ['said|people familiar with the matter|could be announced Monday|vague']);
  assert.deepEqual(said('The plan, which officials said would cost $5 billion, was approved.'), ['said|officials|would cost $5 billion|vague']);
});

test('"on X, formerly Twitter," is where it was said, before its "that"', () => {
  assert.deepEqual(said('The company said on X, formerly Twitter, that the outage was over.'), ['said|The company|the outage was over.']);
  assert.deepEqual(said('Musk wrote on X, formerly known as Twitter, that the deal was dead.'), ['wrote|Musk|the deal was dead.']);
});

test('an agentless "has been questioned" is the whole verb, as "it has been reported" is', () => {
  assert.deepEqual(findings("The plan's legality has been questioned."), ['vague-attribution: has been questioned']);
  assert.deepEqual(findings('The plan has been widely criticized.'), ['vague-attribution: has been widely criticized']);
});

test('"an official said" after what was said names the official: "official" there is the noun, not an adjective', () => {
  assert.deepEqual(said('The talks failed, an official said.'), ['said|an official|The talks failed|vague']);
  assert.deepEqual(said('The talks failed, an official told Reuters.'), ['told|an official|The talks failed|vague']);
  assert.deepEqual(findings('The talks failed because Iran walked out, an official said.'), ['vague-attribution: an official said']);
  // (A document after such an adjective is still the noun's source.)
  assert.deepEqual(said('The first report said growth slowed.'), ['said|The first report|growth slowed.']);
});

test('a note on why a source is unnamed is no claim, and no part of what the source said', () => {
  assert.deepEqual(findings('"There is no deal," a person familiar with the talks said, declining to be identified because the talks are private.'), ['vague-attribution: a person familiar with the talks said']);
  assert.deepEqual(said('The talks have stalled, one official said, speaking on condition of anonymity because the matter is sensitive.'), ['said|one official|The talks have stalled|vague']);
});
