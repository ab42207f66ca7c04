// Copy of session 42's actor, attribution and glossary fixes: a month name that is a person's given name, the group a
// sentence's subject was, a company's source across an appositive, Twitter as X Corp, X fined, and "whose" sources.
// Sentences written for these tests in the style of wire copy, run through the full analysis with the built-in glossary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle, attributionsOf, datedBy, datesOf } from '../support/article';

const DATED = datedBy('2025-11-14');
/** The source of the cue `cue` in a one-sentence article. */
const sourceOf = (body: string, cue: string) => attributionsOf(DATED(body)).find((a) => a.cue === cue)?.source;
/** The glossary entry the actor marked on exactly `span` links to, if one is marked there. */
const entityOf = (body: string, span: string) => analyzeArticle(DATED(body)).actors.find((a) => a.text === span)?.entity;

test('Twitter, the platform before 2023, is X Corp', () => {
  assert.equal(entityOf('Twitter said on Tuesday it had suspended the accounts.', 'Twitter'), 'x-corp');
  assert.equal(entityOf('Twitter Inc. sued the former employee in 2021.', 'Twitter Inc.'), 'x-corp');
  assert.equal(sourceOf('Twitter said on Tuesday it had suspended the accounts.', 'said'), 'Twitter');
});

test("X is the platform when a regulator's or a court's act takes it as its object", () => {
  assert.equal(entityOf('The EU fined X 120 million euros on Friday.', 'X'), 'x-corp');
  assert.equal(entityOf("Brazil's Supreme Court blocked X in August 2024.", 'X'), 'x-corp');
  assert.equal(entityOf('The European Commission ordered X to hand over internal documents.', 'X'), 'x-corp');
  // (A letter after a verb that is no such act stays a letter.)
  assert.equal(entityOf('The teacher graded X and Y on Friday.', 'X'), undefined);
});

test('a company whose name opens in lower case speaks across the description set off after it', () => {
  assert.equal(sourceOf("xAI, Musk's artificial intelligence startup, said on Monday it would appeal the ruling.", 'said'), 'xAI');
  assert.equal(sourceOf('eBay, the online marketplace, said on Thursday it would comply with the order.', 'said'), 'eBay');
  assert.equal(sourceOf('iRobot, the maker of Roomba vacuum cleaners, said it had filed for bankruptcy protection.', 'said'), 'iRobot');
});

test('"The group" opening a sentence goes on with the subject of the sentence before, over a nearer group', () => {
  assert.equal(entityOf('Amnesty International criticised the Taliban on Friday. The group said the ban on women working was unlawful.', 'The group'), 'amnesty');
  assert.equal(entityOf('On Friday, Human Rights Watch condemned attacks by Hamas. The group said civilians had been killed.', 'The group'), 'hrw');
  // (The group that was the subject is still found when it is also the nearest.)
  assert.equal(entityOf('The Taliban seized Kabul in August 2021. The group said it would form a government.', 'The group'), 'taliban');
});

test("a month before a surname, after a title or a trade or before a verb of saying, is a woman's given name", () => {
  assert.deepEqual(datesOf(DATED('Virologist June Almeida identified the first human coronavirus in 1964.')), [['1964', '1964']]);
  assert.deepEqual(datesOf(DATED('June Almeida said the particles looked like a crown.')), []);
  assert.deepEqual(datesOf(DATED('White House correspondent April Ryan asked about the ruling.')), []);
  assert.deepEqual(datesOf(DATED('June Almeida, a Scottish virologist, identified the first human coronavirus in 1964.')), [['1964', '1964']]);
  assert.equal(sourceOf('June Almeida said the particles looked like a crown.', 'said'), 'June Almeida');
  // (After a preposition of time, or before what is no surname, it is still the month.)
  assert.deepEqual(datesOf(DATED('In June Almeida said the particles looked like a crown.')), [['June', '2025-06']]);
  assert.deepEqual(datesOf(DATED('The court ruled in June that Google must pay.')), [['June', '2025-06']]);
});

test('what "whose" owns speaks with its owner named, not as a bare or vague noun', () => {
  assert.equal(sourceOf('The taxi driver, whose passenger said he had been robbed, called police.', 'said'), 'The taxi driver, whose passenger');
  assert.equal(sourceOf('Police arrested a man whose driver said he had fled the scene.', 'said'), 'a man whose driver');
  const lawyers = attributionsOf(DATED('The company, whose lawyers said the fine was unlawful, will appeal.')).find((a) => a.cue === 'said');
  assert.equal(lawyers?.source, 'The company, whose lawyers');
  assert.equal(lawyers?.vague, false);
  // (After a clause, the nearest noun phrase owns it: Estonia's president, not the leaders'.)
  assert.equal(sourceOf('He met the leaders of Estonia, whose president said the border was safe.', 'said'), 'Estonia, whose president');
});

test("a company the glossary knows, with its legal form after it, is that company and speaks", () => {
  assert.equal(entityOf('Alphabet Inc. said on Tuesday it would appeal the ruling.', 'Alphabet Inc.'), 'alphabet');
  assert.equal(entityOf('Nvidia Corp said its revenue rose 62 percent.', 'Nvidia Corp'), 'nvidia');
  assert.equal(entityOf('Meta Platforms Inc, the owner of Facebook, told the court it had done nothing wrong.', 'Meta Platforms Inc'), 'meta');
  assert.equal(entityOf('Microsoft Corp. said it would comply.', 'Microsoft Corp.'), 'microsoft');
  assert.equal(sourceOf('Alphabet Inc. said on Tuesday it would appeal the ruling.', 'said'), 'Alphabet Inc');
  assert.equal(sourceOf('Walt Disney Co. said on Thursday it would cut jobs.', 'said'), 'Walt Disney Co');
});

test('Amazon the company is in the glossary; the rainforest and the river are no actor', () => {
  assert.equal(entityOf('The Federal Trade Commission sued Amazon on Tuesday, accusing the retailer of illegal conduct.', 'Amazon'), 'amazon');
  assert.equal(entityOf('Amazon said on Tuesday it would cut 14,000 corporate jobs.', 'Amazon'), 'amazon');
  assert.equal(entityOf('Deforestation in the Amazon fell 11 percent in the year to July.', 'Amazon'), undefined);
  assert.equal(entityOf("Brazil's Amazon lost 5,000 square km of forest last year.", 'Amazon'), undefined);
  assert.equal(entityOf('The Amazon rainforest is nearing a tipping point, scientists warned.', 'Amazon'), undefined);
  assert.equal(entityOf('The Peruvian Amazon has seen a surge in illegal gold mining.', 'Amazon'), undefined);
});

test('the agent of a passive inside a relative clause on the opening noun phrase is no source: the noun phrase is', () => {
  assert.equal(sourceOf('A farmer whose land was seized by soldiers said he had received no compensation.', 'said'), 'A farmer');
  assert.equal(sourceOf('On Monday, a man whose house was destroyed by shelling said he had nowhere to go.', 'said'), 'a man');
  assert.equal(sourceOf('A woman whose son was beaten by police filed a complaint.', 'filed a complaint'), 'A woman');
  assert.equal(sourceOf('A woman who said she was beaten by police filed a complaint on Monday.', 'filed a complaint'), 'A woman');
  assert.equal(sourceOf('A company whose shares fell 20 percent said it would cut jobs.', 'said'), 'A company');
  // (A relative clause in the present keeps its noun's words.)
  assert.equal(sourceOf('People who know him say he is cautious.', 'say'), 'People who know him');
});

test("a passive's agent in a relative clause ends before the sentence's own verb", () => {
  assert.equal(sourceOf('A law that was condemned by rights groups took effect on Friday.', 'condemned'), 'rights groups');
  // (Being questioned or interviewed by someone reports nothing of theirs.)
  assert.equal(sourceOf('Officials who were questioned by reporters said the talks had stalled.', 'questioned'), undefined);
  assert.equal(sourceOf('Officials who were questioned by reporters said the talks had stalled.', 'said'), 'Officials');
  assert.equal(sourceOf('The plan, which was criticised by Amnesty International, will be debated on Monday.', 'criticised'), 'Amnesty International');
});

test("X's lawyers, X's algorithm: the platform's own people and tools, owned by an X that opens its clause", () => {
  assert.equal(entityOf("X's lawyers argued on Tuesday that the fine violated free speech.", 'X'), 'x-corp');
  assert.equal(entityOf("The Commission said X's algorithm favoured its owner's posts.", 'X'), 'x-corp');
  assert.equal(sourceOf("X's lawyers argued on Tuesday that the fine violated free speech.", 'argued'), "X's lawyers");
  // (Another X's, or an X no company's noun follows, stays what it was.)
  assert.equal(entityOf("Malcolm X's autobiography was published in 1965.", 'Malcolm X'), 'malcolm-x');
  assert.equal(entityOf("He said X's value was 5.", 'X'), undefined);
});

test("the autumn of 2025's election winners are in the glossary", () => {
  assert.equal(entityOf('Mamdani, a democratic socialist, won the New York mayoral race on Nov. 4.', 'Mamdani'), 'zohran-mamdani');
  assert.equal(entityOf('Czech billionaire Andrej Babis said he would form a government.', 'Andrej Babis'), 'andrej-babis');
  assert.equal(entityOf('D66 leader Rob Jetten said talks on a coalition would begin next week.', 'Rob Jetten'), 'rob-jetten');
  assert.equal(entityOf("Catherine Connolly, a left-wing independent, won Ireland's presidential election in October.", 'Catherine Connolly'), 'catherine-connolly');
});

/** The category of the actor marked on exactly `span`, if one is marked there. */
const categoryOf = (body: string, span: string) => analyzeArticle(DATED(body)).actors.find((a) => a.text === span)?.category;

test('a coalition being formed, or a leader\'s, is no army; one of campaigners is a body', () => {
  assert.equal(categoryOf('D66 leader Rob Jetten said talks on a coalition would begin next week.', 'coalition'), undefined);
  assert.equal(categoryOf('The party failed to form a coalition after the election.', 'coalition'), undefined);
  assert.equal(categoryOf("Merz's coalition agreed on a pension reform on Thursday.", 'coalition'), undefined);
  assert.equal(categoryOf('A coalition of rights groups said the law would harm journalists.', 'coalition'), 'organization');
  // (The coalition that strikes and the one of countries stay armed.)
  assert.equal(categoryOf('The coalition said its aircraft had struck Islamic State targets.', 'The coalition'), 'military');
  assert.equal(categoryOf('A coalition of countries led by the United States struck the group.', 'coalition'), 'military');
});

test('Rodrigo Duterte, held by the ICC, and his daughter the vice president are in the glossary', () => {
  assert.equal(entityOf('Duterte, who was arrested in Manila in March, appeared before the court by video link.', 'Duterte'), 'rodrigo-duterte');
  assert.equal(entityOf('Vice President Sara Duterte said she would run in 2028.', 'Vice President Sara Duterte'), 'sara-duterte');
});

test('"The group" opening a paragraph goes on with the subject of the last sentence before it', () => {
  const body = 'Amnesty International criticised the Taliban on Friday.\n\nThe group said the ban on women working was unlawful.';
  assert.equal(entityOf(body, 'The group'), 'amnesty');
  // (An abbreviation's stop ends no sentence: the subject is still read from the sentence's start.)
  assert.equal(entityOf('Human Rights Watch said the U.S. had sanctioned the Taliban.\n\nThe group said it would appeal.', 'The group'), 'hrw');
  assert.equal(entityOf('On Friday, the Taliban banned women from parks.\n\nThe group said the ban was in line with Islamic law.', 'The group'), 'taliban');
});

test('the OSCE and the SCO by their names in either spelling', () => {
  assert.equal(entityOf('Observers from the Organization for Security and Cooperation in Europe said the vote was competitive.', 'Organization for Security and Cooperation in Europe'), 'osce');
  assert.equal(entityOf('The Organisation for Security and Co-operation in Europe sent 300 observers.', 'Organisation for Security and Co-operation in Europe'), 'osce');
  assert.equal(entityOf('The Shanghai Cooperation Organization summit opened in Tianjin on Aug. 31.', 'Shanghai Cooperation Organization'), 'sco');
});

test('the regulators and platforms of technology copy are in the glossary', () => {
  assert.equal(entityOf('The Federal Communications Commission voted 2-1 to approve the merger.', 'Federal Communications Commission'), 'fcc');
  assert.equal(entityOf('FCC Chairman Brendan Carr said the deal would benefit consumers.', 'FCC Chairman Brendan Carr'), 'brendan-carr');
  assert.equal(entityOf('Netflix, the streaming giant, said it was not interested.', 'Netflix'), 'netflix');
  assert.equal(entityOf('Roblox, the gaming platform popular with children, was sued by Texas on Nov. 6.', 'Roblox'), 'roblox');
  assert.equal(entityOf('Reddit said it disagreed with the decision.', 'Reddit'), 'reddit');
  assert.equal(entityOf('Shein, the fast-fashion retailer, said it was cooperating with the authorities.', 'Shein'), 'shein');
  assert.equal(entityOf('Temu said it would appeal.', 'Temu'), 'temu');
  // (Warner Bros. Discovery is a company, not a person named "Discovery".)
  assert.equal(categoryOf('Warner Bros. Discovery said on Tuesday it had received several takeover offers.', 'Warner Bros. Discovery'), 'organization');
  assert.equal(entityOf('Texas Attorney General Ken Paxton said the company had failed to protect children.', 'Texas Attorney General Ken Paxton'), 'ken-paxton');
});

test("Ukraine's anti-corruption bureau and prosecutors are in the glossary", () => {
  assert.equal(entityOf("NABU, Ukraine's anti-corruption bureau, said it had uncovered a kickback scheme.", 'NABU'), 'nabu');
  assert.equal(entityOf('The National Anti-Corruption Bureau said the scheme involved Energoatom.', 'National Anti-Corruption Bureau'), 'nabu');
  assert.equal(entityOf('SAPO said two suspects had been detained.', 'SAPO'), 'sapo');
});

test('a company whose name opens in lower case is the source after an inverted "said" too', () => {
  assert.equal(sourceOf('"We will appeal," said xAI.', 'said'), 'xAI');
  assert.equal(sourceOf('"We are reviewing the decision," said iRobot, which filed for bankruptcy in December.', 'said'), 'iRobot');
});

test('the name after "group" is the actor, not the description before it', () => {
  assert.equal(categoryOf('Rights group Access Now said the blackout was the longest this year.', 'Access Now'), 'organization');
  assert.equal(categoryOf('Rights group Access Now said the blackout was the longest this year.', 'Rights group'), undefined);
  assert.equal(categoryOf('Monitoring group NetBlocks said connectivity had collapsed to 1 percent.', 'NetBlocks'), 'organization');
  assert.equal(categoryOf('The watchdog group Fairplay said the toys were unsafe.', 'Fairplay'), 'organization');
  // (A weekday after it is when, no name.)
  assert.equal(sourceOf('The group Tuesday said it would appeal.', 'said'), 'The group');
});

test('Judge James Boasberg is in the glossary', () => {
  assert.equal(entityOf('In his ruling, U.S. District Judge James Boasberg wrote that the government had acted in bad faith.', 'U.S. District Judge James Boasberg'), 'james-boasberg');
  assert.equal(entityOf('Boasberg said the administration had defied his order.', 'Boasberg'), 'james-boasberg');
});
