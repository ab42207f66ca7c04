// Attribution: each reported-speech form gives a cue, a source (or none) and the reported content.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../server/src/analysis/segment';
import { findAttributions } from '../../server/src/analysis/attribution';
import { ANONYMOUS_SOURCE, mayBeAnonymous } from '../../server/src/analysis/cues';
import type { AttributionAnnotation } from '../../server/src/analysis/types';
import { analyze } from '../../server/src/analysis/analyze';
import { createGazetteer } from '../../server/src/analysis/gazetteer';
import { builtinGlossary } from '../../server/src/glossary';

function attributions(text: string): AttributionAnnotation[] {
  return findAttributions(text, segment(text, 0), []);
}

interface Expect {
  cue: string;
  source: string | null;
  /** The reported content, or a prefix of it followed by "..." */
  content?: string;
  vague?: boolean;
  anonymous?: boolean;
}

function check(text: string, expected: Expect[]): void {
  const got = attributions(text);
  const view = got.map((a) => {
    const content = a.content ? text.slice(a.content.start, a.content.end) : undefined;
    return { cue: a.text, source: a.source?.text ?? null, content, vague: a.vague ?? false, anonymous: a.anonymous ?? false };
  });
  const want = expected.map((e) => ({ vague: false, anonymous: false, ...e }));
  assert.equal(view.length, want.length, `${text}\n got ${JSON.stringify(view)}`);
  want.forEach((w, i) => {
    const g = view[i];
    assert.equal(g.cue, w.cue, text);
    assert.equal(g.source, w.source, text);
    if (w.content !== undefined) {
      if (w.content.endsWith('...')) assert.ok(g.content?.startsWith(w.content.slice(0, -3)), `${text}\n content ${g.content}`);
      else assert.equal(g.content, w.content, text);
    }
    assert.equal(g.vague, w.vague, `${text} vague`);
    assert.equal(g.anonymous, w.anonymous, `${text} anonymous`);
  });
  // Offsets always slice back to the text.
  for (const a of got) {
    assert.equal(text.slice(a.start, a.end), a.text);
    if (a.source) assert.equal(text.slice(a.source.start, a.source.end), a.source.text);
  }
}

test('speech verbs: "X said", "said X", "X told reporters", "X said in a statement"', () => {
  check('Prime Minister Mohammed Shia al-Sudani said Iraq no longer needs foreign forces.', [
    { cue: 'said', source: 'Prime Minister Mohammed Shia al-Sudani', content: 'Iraq no longer needs foreign forces.' },
  ]);
  check('"We are ready to go further," said Jane Doe, a spokeswoman.', [{ cue: 'said', source: 'Jane Doe', content: '"We are ready to go further,"' }]);
  check('Sudani told reporters on Wednesday that Iraq is ready.', [{ cue: 'told reporters', source: 'Sudani', content: 'Iraq is ready.' }]);
  check('The ministry said in a statement that the talks went well.', [{ cue: 'said in a statement', source: 'The ministry', content: 'the talks went well.' }]);
  check('Troops will leave by September, the State Department said.', [{ cue: 'said', source: 'the State Department', content: 'Troops will leave by September' }]);
  check('The exchange freed 84 soldiers, Zelensky wrote on Telegram.', [{ cue: 'wrote', source: 'Zelensky', content: 'The exchange freed 84 soldiers' }]);
});

test('other reporting verbs', () => {
  for (const verb of ['announced', 'warned', 'confirmed', 'denied', 'added', 'noted', 'argued', 'claimed', 'stated', 'insisted', 'reported', 'estimated', 'predicted']) {
    check(`The minister ${verb} that the deal was close.`, [{ cue: verb, source: 'The minister', content: 'the deal was close.' }]);
  }
  check('Senator Smith called the plan a disaster.', [{ cue: 'called', source: 'Senator Smith', content: 'the plan a disaster.' }]);
});

test('according to, documents and references', () => {
  check('Clinton leads by 4 points, according to the poll.', [{ cue: 'according to', source: 'the poll', content: 'Clinton leads by 4 points' }]);
  check('According to exit polls, Romney led in 2012.', [{ cue: 'According to', source: 'exit polls', content: 'Romney led in 2012.' }]);
  check('"Both sides reaffirmed their commitment," a joint statement read.', [{ cue: 'read', source: 'a joint statement', content: '"Both sides reaffirmed their commitment,"' }]);
  check('More talks are needed, the statement concluded.', [{ cue: 'concluded', source: 'the statement', content: 'More talks are needed' }]);
  check('A report by the agency found that emissions rose.', [{ cue: 'found', source: 'A report by the agency', content: 'emissions rose.' }]);
  check('A Bloomberg poll shows Clinton ahead.', [{ cue: 'shows', source: 'A Bloomberg poll', content: 'Clinton ahead.' }]);
  const link = attributions('Emissions rose 4% last year (https://example.org/report).');
  assert.equal(link.length, 1);
  assert.equal(link[0].text, 'https://example.org/report');
  const note = attributions('Emissions rose 4% last year.[1] Prices fell.');
  assert.equal(note[0].text, '[1]');
});

test('quotations over several sentences and carried speakers', () => {
  const text = '"Our forces are ready," he said. "They have proven it for five years."';
  // (The two quotations are his; "he said" between them is not: the second is an attribution of its own.)
  const [a, b] = attributions(text);
  assert.equal(a.source?.text, 'he');
  assert.equal(text.slice(a.content!.start, a.content!.end), '"Our forces are ready,"');
  assert.equal(b.source?.text, 'he');
  assert.equal(text.slice(b.content!.start, b.content!.end), '"They have proven it for five years."');
  const multi = 'The minister said: "We are ready. We will go. Nobody doubts it."';
  const [m] = attributions(multi);
  assert.equal(multi.slice(m.content!.start, m.content!.end), '"We are ready. We will go. Nobody doubts it."');
  // A second paragraph of a long quote is the last named speaker's.
  const paras = 'Pat Caddell told the host: "Turnout is low.\n\n"And the enthusiasm gap is real."';
  const all = attributions(paras);
  assert.equal(all.length, 2);
  assert.equal(all[1].source?.text, 'Pat Caddell');
  // Carry-over inside the paragraph: the official said ..., the official added ...
  check('Troops will stay, the official said. The official added that talks continue.', [
    { cue: 'said', source: 'the official', content: 'Troops will stay' },
    { cue: 'added', source: 'The official', content: 'talks continue.' },
  ]);
  // A cue inside someone's quotation is theirs, not the article's.
  check('"Both delegations reaffirmed their commitment," the statement said.', [{ cue: 'said', source: 'the statement' }]);
});

test('a cue inside what another reports: its source starts after the outer verb of saying', () => {
  check('The IAEA said Iran had not answered its questions.', [
    { cue: 'said', source: 'The IAEA' },
    { cue: 'answered', source: 'Iran' },
  ]);
  check('Protesters outside the embassy said they would stay.', [{ cue: 'said', source: 'Protesters outside the embassy' }]);
});

test('a report by a named author that says something; a relative clause says nothing', () => {
  check('The decision follows a report by the International Atomic Energy Agency (IAEA) that Tehran had enriched uranium.', [
    { cue: 'report', source: 'the International Atomic Energy Agency (IAEA)', content: 'Tehran had enriched uranium.' },
  ]);
  check('A report by the UN that was released on Monday runs to 300 pages.', []);
});

test('a colon after the cue: the words after it are the content, to the paragraph\'s end or in the next paragraph', () => {
  check('The minister said: The talks failed. We will try again next year.\n\nOther news followed.', [
    { cue: 'said', source: 'The minister', content: 'The talks failed. We will try again next year.' },
  ]);
  check('The governor added:\n\nWe will rebuild every bridge before the winter. Nobody will be left behind.\n\nOther news followed.', [
    { cue: 'added', source: 'The governor', content: 'We will rebuild every bridge before the winter. Nobody will be left behind.' },
  ]);
});

test('speaker labels in transcripts and appositions', () => {
  check('PENCE: Well, look, we are ready.', [{ cue: ':', source: 'PENCE', content: 'Well, look, we are ready.' }]);
  // A dateline in capitals with a colon, before a lead that names its own source, is no speaker.
  check('LAGOS: The state government on Monday shut 40 markets, the commissioner for health said.', [
    { cue: 'said', source: 'the commissioner for health', content: 'The state government on Monday shut 40 markets' },
  ]);
  check('Markets reopened.\n\nKARACHI: Two factories closed on Friday, according to the police.', [{ cue: 'according to', source: 'the police' }]);
  check('PENCE: The Senate, he said, will vote on Monday.', [{ cue: ':', source: 'PENCE' }, { cue: 'said', source: 'he' }]);
  // An office speaks in a parliament's record; after "Mr"/"Mrs" and a name the brackets hold a seat, not a speaker.
  check('The Prime Minister: The economy will grow by 2% next year.', [{ cue: ':', source: 'The Prime Minister', content: 'The economy will grow by 2% next year.' }]);
  check('The Secretary of State for Defence: We will meet the target.', [{ cue: ':', source: 'The Secretary of State for Defence' }]);
  check('The Chancellor of the Exchequer (Rachel Reeves): We will meet the target.', [{ cue: ':', source: 'Rachel Reeves' }]);
  check('Q1. [906214] Mrs Sharon Hodgson (Sunderland Central) (Lab): If he will list his engagements.', [{ cue: ':', source: 'Mrs Sharon Hodgson' }]);
  check('Little Relief for Refugees: The crisis is the sort of problem no one can solve.', []);
  // A press release's header lines are no speakers.
  check('RELEASE DATE: Nov. 14, 2025', []);
  check('Thursday: Bank of England rate decision.', []);
  check('MEDIA CONTACT: Jane Doe, (202) 555-0100', []);
  // In a transcript a turn runs on to the next speaker's label.
  const briefing = 'MR. MILLER: Good afternoon.\n\nSecond, the Treasury is imposing sanctions on 14 people.\n\nQUESTION: Is that all?\n\nMR. MILLER: Yes.';
  const turns = attributions(briefing).map((a) => [a.source?.text, briefing.slice(a.content!.start, a.content!.end)]);
  assert.deepEqual(turns, [
    ['MR. MILLER', 'Good afternoon.\n\nSecond, the Treasury is imposing sanctions on 14 people.'],
    [undefined, 'Is that all?'],
    ['MR. MILLER', 'Yes.'],
  ]);
  // Beside named speakers "Q:" is the press asking (no one named); alone it is an explainer's own question.
  const white = 'MS. LEAVITT: Good afternoon.\n\nQ: The ceasefire collapsed, killing 40 people. Will you respond?\n\nMS. LEAVITT: We will.';
  assert.deepEqual(attributions(white).filter((a) => a.text === ':').map((a) => a.source?.text ?? null), ['MS. LEAVITT', null, 'MS. LEAVITT']);
  assert.deepEqual(attributions('Q: What is the ceasefire?\n\nA: It began in October.'), []);
  // A publication named with "The" asks as "Q:" does; a credit line closes the last turn.
  const mag = 'The Economist: Russia spends 40 percent of its budget on the army. Is Europe ready?\n\nKallas: No.\n\nInterview conducted by Melanie Amann.';
  assert.deepEqual(attributions(mag).map((a) => [a.source?.text, mag.slice(a.content!.start, a.content!.end)]), [
    ['The Economist', 'Russia spends 40 percent of its budget on the army. Is Europe ready?'],
    ['Kallas', 'No.'],
  ]);
  // One speaker's label is no transcript, and a headline that opens with a name is no turn.
  const one = 'PENCE: We are ready.\n\nThe debate is on Monday.';
  assert.equal(attributions(one)[0].content!.end, one.indexOf('\n'));
  check('The European Union, the largest contributor, said it would present an offer.', [{ cue: 'said', source: 'The European Union', content: 'it would present an offer.' }]);
  check('Gov. Mike Pence (R-IN) said his running mate was right.', [{ cue: 'said', source: 'Gov. Mike Pence', content: 'his running mate was right.' }]);
  // A day right after the verb is when it was said: "said Friday, in ..." closes the sentence's report, and
  // "said Friday that" opens one; "said Sunday was" makes the day the subject of what was said.
  check('Russian forces launched 450 drones at Ukraine overnight, the Ukrainian air force said Friday, in one of the largest attacks.', [
    { cue: 'said', source: 'the Ukrainian air force', content: 'Russian forces launched 450 drones at Ukraine overnight' },
  ]);
  check('The minister said Friday that talks would resume.', [{ cue: 'said', source: 'The minister', content: 'talks would resume.' }]);
  check('The minister said Sunday was a day of rest.', [{ cue: 'said', source: 'The minister', content: 'Sunday was a day of rest.' }]);
  // A day or "today" between the source and its verb is no part of the source.
  check('The Foreign Secretary, Yvette Cooper, today announced new aid.', [{ cue: 'announced', source: 'Yvette Cooper', content: 'new aid.' }]);
  check('The Foreign Secretary, Yvette Cooper, on Friday announced new aid.', [{ cue: 'announced', source: 'Yvette Cooper', content: 'new aid.' }]);
  check('Sanders on Tuesday said the tax code was unfair.', [{ cue: 'said', source: 'Sanders', content: 'the tax code was unfair.' }]);
  // "--" of typewritten copy breaks a clause and sets off an appositive like a dash.
  check('WASHINGTON -- President Obama said the museum was a landmark.', [{ cue: 'said', source: 'President Obama' }]);
  check('Maria Lopez -- a spokeswoman for the ministry -- said talks had failed.', [{ cue: 'said', source: 'Maria Lopez', content: 'talks had failed.' }]);
  check('The study -- which notes that 58 companies would owe more -- was published.', [{ cue: 'notes', source: 'The study' }]);
  // The reporting frame may name the outlet; a relay is not the speaker; a "no comment" says nothing.
  check('The minister said in an interview with Reuters that talks would resume.', [
    { cue: 'said in an interview with Reuters', source: 'The minister', content: 'talks would resume.' },
  ]);
  check('The minister was quoted as saying by state media that talks would resume.', [{ cue: 'saying', source: 'The minister', content: 'talks would resume.' }]);
  check('He was quoted by Tass as saying talks would resume.', [{ cue: 'saying', source: 'He', content: 'talks would resume.' }]);
  // A "no comment" reports a source's silence: it has no content and is not vague ("Officials" would be).
  check('Officials did not respond to requests for comment.', [{ cue: 'respond', source: 'Officials' }]);
  check('The ministry declined to comment.', [{ cue: 'declined', source: 'The ministry' }]);
  // (What the source declines is the content, as PolNeAR marks it; "said nothing" has none.)
  check('The ministry declined to comment on the audit.', [{ cue: 'declined', source: 'The ministry', content: 'to comment on the audit.' }]);
  check('The harbour office did not respond to requests for comment.', [{ cue: 'respond', source: 'The harbour office', content: 'to requests for comment.' }]);
  check('The spokeswoman declined to say whether the pier would reopen.', [{ cue: 'declined', source: 'The spokeswoman', content: 'to say whether the pier would reopen.' }]);
  assert.equal(attributions('The mayor has said nothing since.')[0].content, undefined);
  // (Only to the end of its clause.)
  check('The clerk declined to discuss the fees, but the ledger is public.', [{ cue: 'declined', source: 'The clerk', content: 'to discuss the fees' }]);
  // A noun opening the sentence with a named agent: the name ends where its capitalised words do.
  check('Estimates by the UN put the death toll at 1,500.', [{ cue: 'Estimates', source: 'the UN', content: 'put the death toll at 1,500.' }]);
  // "continued" closing the clause after a quotation and its speaker reports it; "talks would continue" does not.
  check('"We will not stop," the minister continued.', [{ cue: 'continued', source: 'the minister', content: '"We will not stop,"' }]);
  check('Talks with oil companies would continue.', []);
  // A passive without an agent: the subject is what was said or whom it was said to, never the speaker.
  check('Famine was confirmed in North Darfur in August 2024.', [{ cue: 'confirmed', source: null, vague: true }]);
  check('He was told that the talks had failed.', [{ cue: 'told', source: null, content: 'the talks had failed.', vague: true }]);
  check('People were mistakenly charged fees.', []);
  // The source of a nested cue stops at the outer verb of saying, "say" too.
  check('Officials say the latest figures show growth.', [
    { cue: 'say', source: 'Officials', vague: true },
    { cue: 'show', source: 'the latest figures', content: 'growth.' },
  ]);
  // A heading's adjective and noun are no subject and verb.
  check('Key figures', []);
  // "a press briefing" is the noun; "are briefing" the verb.
  check('The daily press briefing was cancelled.', []);
  // Weapons hit and target without saying anything.
  check('Rockets hit the base near Baghdad airport overnight.', []);
  check('Russian warplanes targeted the city.', []);
  check('Critics hit back at the plan.', [{ cue: 'hit', source: 'Critics', vague: true }]);
  // Things that hit and target, add and agree: deeds, not words.
  check('The strike targeted a weapons depot, and sanctions targeting Russian banks hit the economy.', []);
  check('The package adds 117 vessels to the list of ships barred from EU ports.', []);
  check('EU ambassadors agreed on Friday a 20th package of sanctions.', []);
  check('The ruling adds fresh pressure on Washington.', []);
  // How a court ruled belongs to the cue.
  check('The panel ruled by 11 votes to four that Israel was bound by the convention.', [
    { cue: 'ruled by 11 votes to four', source: 'The panel', content: 'Israel was bound by the convention.' },
  ]);
  check('An international tribunal ruled in July 2016 that the claims had no legal basis.', [
    { cue: 'ruled', source: 'An international tribunal', content: 'the claims had no legal basis.' },
  ]);
  check('Mao Ning told a regular briefing that Manila should stop.', [{ cue: 'told', source: 'Mao Ning', content: 'Manila should stop.' }]);
  check('The court ruled unanimously that the law was void.', [{ cue: 'ruled unanimously', source: 'The court', content: 'the law was void.' }]);
  check('NATO allies agreed at a summit in The Hague in June to a new target of 5% of GDP.', []);
  // Whom it was told to, and when, end the cue: what came before is what was told.
  check('Britain will spend more on air defence, John Healey told parliament on Thursday, as allies race to rearm.', [
    { cue: 'told', source: 'John Healey', content: 'Britain will spend more on air defence' },
  ]);
  // A clause interrupted by its cue goes on after it; one that closes with a clause of its own does not.
  check('The difference now, he told me on Friday, is that he is the anchor.', [{ cue: 'told', source: 'he', content: 'is that he is the anchor.' }]);
  check('The World Trade Organization (WTO) forecast in October that trade would grow.', [
    { cue: 'forecast', source: 'The World Trade Organization', content: 'trade would grow.' },
  ]);
  check('An average of 145 trucks a day entered, according to OCHA figures. He spoke by video link from Gaza City.', [
    { cue: 'according to', source: 'OCHA figures', content: 'An average of 145 trucks a day entered' },
  ]);
  // A participle that is passive after "said ... that"; the second half of a compound is no verb.
  check("Microsoft said that a group linked to China's Ministry of State Security had breached accounts.", [
    { cue: 'said', source: 'Microsoft', content: "a group linked to China's Ministry of State Security had breached accounts." },
  ]);
  check('Salt Typhoon, another China-linked group, and the so-called peace plan.', []);
  // A participle after a prepositional object describes it.
  check('Hackers breached accounts, in one of the most serious campaigns disclosed this year.', []);
  check('In a Facebook message posted Friday, Cruz said he would run.', [{ cue: 'said', source: 'Cruz', content: 'he would run.' }]);
  // Speaker labels in Markdown emphasis, the colon inside or after it; "What" is no one.
  check('**Grynkewich:** Our assessment is that Russia could rebuild its forces.\n\n**Jane Doe**: Talks resume today.', [
    { cue: ':', source: 'Grynkewich', content: 'Our assessment is that Russia could rebuild its forces.' },
    { cue: ':', source: 'Jane Doe', content: 'Talks resume today.' },
  ]);
  check('What worries you most?', []);
  // A spaced hyphen ends the clause before a source; an attack on a place is a blow.
  check('Nov. 6, 2025 - The RSF says it accepts a humanitarian truce.', [{ cue: 'says', source: 'The RSF', content: 'it accepts a humanitarian truce.' }]);
  check('April 2025 - The RSF attacks Zamzam camp. Gunmen attacked a military base.', []);
  // Whole names of bodies as a sentence's subject; a progressive's subject is before its auxiliary; a name after a noun
  // of saying speaks.
  check('The UN Human Rights Monitoring Mission in Ukraine said 14,000 civilians had been killed, and warned the figure was higher.', [
    { cue: 'said', source: 'The UN Human Rights Monitoring Mission in Ukraine' },
    { cue: 'warned', source: 'The UN Human Rights Monitoring Mission in Ukraine', content: 'the figure was higher.' },
  ]);
  check('Trump said he was "not really" considering the request.', [{ cue: 'said', source: 'Trump', content: 'he was "not really" considering the request.' }]);
  check('Russian forces took the village, the ministry said, a claim Kyiv did not confirm.', [{ cue: 'said', source: 'the ministry' }, { cue: 'confirm', source: 'Kyiv' }]);
  // A passive inside what a named source says is that source's ("is expected ..., a U.S. official says").
  check('Witkoff is expected to join the talks on Sunday, a U.S. official says.', [{ cue: 'says', source: 'a U.S. official', anonymous: true }]);
  check('Negotiators stopped short of a roadmap to phase out fossil fuels agreed two years ago in Dubai.', []);
  // A wire slug, a participle before its object, and the credit line.
  check('UPDATE 2-Iran says it will not resume cooperation\n\nDiplomats are drafting a resolution demanding Iran explain its stock.\n\n(Reporting by Parisa Hafezi; Editing by Alex Richardson)', [
    { cue: 'says', source: 'Iran', content: 'it will not resume cooperation' },
    { cue: 'explain', source: 'Iran', content: 'its stock.' },
  ]);
  check('Abiy said Ethiopia needs the sea, comments Eritrea views as a threat.', [{ cue: 'said', source: 'Abiy' }, { cue: 'views', source: 'Eritrea' }]);
  // A report's title is no speaker label; counts and their participles are no cues; "WHO" in capitals is no pronoun.
  check('Sudan: Humanitarian Situation Report No. 14 (as of 12 November 2025)\n\nCholera cases exceeded 120,000, with 3,400 deaths reported across 17 of Sudan\'s 18 states.', []);
  // The page's notes on itself report no one's words in the story; an update does.
  check("The court suspended the rise.\n\nClarification: A previous version of this article said the court had cancelled the fare rise.", []);
  check("The court suspended the rise.\n\nUpdate, 28 November 2026, 09:10: The council filed its appeal, a spokesperson said.", [{ cue: 'said', source: 'a spokesperson' }]);
  // A link to another story reports nothing in this one.
  check('The deal was signed.\n\nRelated: Uganda calls for a three-way summit on the lake\n\nREAD MORE: Lake Victoria\'s shrinking catch threatens a million livelihoods', []);
  // A caption's, a credit's or a link's label is page furniture, no speaker.
  for (const label of ['FILE PHOTO', 'ALSO READ', 'SEE ALSO', 'Photograph', 'Credits', 'Picture', 'Most read', 'Sponsored content', 'Copyright']) {
    check(`The senate passed the bill.\n\n${label}: Senators attend a session in Manila, Philippines, March 3, 2026.`, []);
  }
  check('At least 460 people were reportedly killed in attacks on the hospital, WHO said.', [{ cue: 'said', source: 'WHO' }]);
  check('About 20 people have indicated an interest in the seat.', [{ cue: 'indicated', source: '20 people' }]);
  check('The ministry added that talks would continue.', [{ cue: 'added', source: 'The ministry', content: 'talks would continue.' }]);
  // The wire dateline is never the source; a frame closing its sentence reports what comes before it.
  check('THE HAGUE, Nov 14 (AP) \u2014 The court ordered Israel to allow aid, in an advisory opinion.', [
    { cue: 'in an advisory opinion', source: 'The court', content: 'ordered Israel to allow aid' },
  ]);
  check('Hamas rejected the plan, in a statement on Telegram.', [{ cue: 'in a statement', source: 'Hamas', content: 'rejected the plan' }]);
  // The subject of a verb coordinated with the cue is the noun phrase before the first verb.
  check("Israel's foreign ministry rejected the opinion and said it would not co-operate.", [
    { cue: 'said', source: "Israel's foreign ministry", content: 'it would not co-operate.' },
  ]);
  check("North Korea's leader Kim Jong Un rejected dialogue and in September declared the South a hostile state.", [
    { cue: 'declared', source: "North Korea's leader Kim Jong Un", content: 'the South a hostile state.' },
  ]);
  check("The North's KCNA news agency said the test succeeded.", [{ cue: 'said', source: "The North's KCNA news agency", content: 'the test succeeded.' }]);
  check('ELN commander Antonio Garcia said the group was ready, but demanded that the government release jailed guerrillas.', [
    { cue: 'said', source: 'ELN commander Antonio Garcia', content: 'the group was ready, but demanded that the government release jailed guerrillas.' },
    { cue: 'demanded', source: 'ELN commander Antonio Garcia', content: 'the government release jailed guerrillas.' },
  ]);
  // A frame may say where the words were put out; a scare quote earlier in the sentence is no part of what follows.
  check('The minister said in a video posted on social media that talks would resume.', [
    { cue: 'said in a video posted on social media', source: 'The minister', content: 'talks would resume.' },
  ]);
  check('Petro has made "total peace" his aim, but critics say the policy has failed.', [
    { cue: 'critics say', source: 'critics', content: 'the policy has failed.', vague: true },
  ]);
  // An organisation's acronym names whom the experts work for, as "US officials" does: no vague source. A country's
  // acronym does not ("US experts" are American experts).
  check('UN experts reported in a document released last month that drones were used.', [
    { cue: 'reported', source: 'UN experts', content: 'drones were used.' },
  ]);
  check('UN human rights experts said the talks had stalled.', [{ cue: 'said', source: 'UN human rights experts', content: 'the talks had stalled.' }]);
  check('US experts said the talks had stalled.', [{ cue: 'experts said', source: 'experts', content: 'the talks had stalled.', vague: true }]);
  // Armed men attack with arms, not words; a politician attacks with words.
  check('Russian forces attacked Kharkiv overnight.', []);
  check('Trump attacked Clinton for her support of the war.', [{ cue: 'attacked', source: 'Trump', content: 'Clinton for her support of the war.' }]);
  // When and where it was said, before "that", is no part of what was said.
  check('The minister said on 22 October that defence spending would rise.', [{ cue: 'said', source: 'The minister', content: 'defence spending would rise.' }]);
  check('The minister said on state television that the plan was dead.', [{ cue: 'said', source: 'The minister', content: 'the plan was dead.' }]);
  check('He said at an event in Colorado Springs that the plan was dead.', [{ cue: 'said', source: 'He', content: 'the plan was dead.' }]);
  check('As we saw in 2009, banks that are loose now will fail.', [{ cue: 'saw', source: 'we', content: 'in 2009, banks that are loose now will fail.' }]);
  // When it was said is no one's name: a time that opens the clause, or that ends the noun a relative clause is about.
  check('In June the Chancellor said the plan was dead.', [{ cue: 'said', source: 'the Chancellor', content: 'the plan was dead.' }]);
  check('Yesterday the Chancellor said the plan was dead.', [{ cue: 'said', source: 'the Chancellor', content: 'the plan was dead.' }]);
  check('The Home Office published its own analysis on 24 July 2025, which said homicides fell.', [{ cue: 'said', source: 'its own analysis', content: 'homicides fell.' }]);
  check('The Home Office published its own analysis last week, which said homicides fell.', [{ cue: 'said', source: 'its own analysis', content: 'homicides fell.' }]);
  // A quotation after "said:" is all that was said; the next sentence is the writer's again.
  check('He said: "Crime is up." Unemployment rose by 40% last year.', [{ cue: 'said', source: 'He', content: '"Crime is up."' }]);
  check('He said: Crime is up. Prisons are full.', [{ cue: 'said', source: 'He', content: 'Crime is up. Prisons are full.' }]);
  // ... up to the next speaker of the paragraph.
  check('The minister said: the rain fell. The mayor said: the river rose. Residents fled.', [
    { cue: 'said', source: 'The minister', content: 'the rain fell.' },
    { cue: 'said', source: 'The mayor', content: 'the river rose. Residents fled.' },
  ]);
  // A fact check's headings are no speakers.
  check('Verdict: False. Recorded offences rose by 60%.', []);
  check('Claim: Knife crime has doubled since 2010.', []);
  // A full stop is no content.
  check('Officials disagreed.', [{ cue: 'disagreed', source: 'Officials', vague: true }]);
  assert.equal(attributions('Officials disagreed.')[0].content, undefined);
  // "made clear that" reports; a book written, advice on a deal, whom one spoke with are no words reported.
  check('The minister made it clear that the plan was dead.', [{ cue: 'made it clear', source: 'The minister', content: 'the plan was dead.' }]);
  check('In retirement he wrote two books.', []);
  check('He advised on the Comprehensive Peace Agreement.', []);
  assert.equal(attributions('The Secretary spoke with Prime Minister Netanyahu on Tuesday.')[0].content, undefined);
  // A pronoun's contracted auxiliary is no part of the source.
  // (Happy "to" do something is a willingness, no view: the view comes with "that".)
  check("I'll be happy that the talks resumed.", [{ cue: 'be happy', source: 'I' }]);
  // The clause that describes a source after "According to" is no part of what it says.
  check('According to a diplomat who served in Kyiv, the talks have stalled.', [{ cue: 'According to', source: 'a diplomat', content: 'the talks have stalled.', anonymous: true }]);
  // Parliament's honorifics are no sentence ends; "well" and a contracted "not" stand between a source and its verb;
  // "said so" points back and reports nothing new.
  check('The hon. Member for Bath said the talks had stalled.', [{ cue: 'said', source: 'The hon. Member for Bath', content: 'the talks had stalled.' }]);
  check('As the right hon. Lady well knows, we will meet the target.', [{ cue: 'knows', source: 'the right hon. Lady', content: 'we will meet the target.' }]);
  check("He doesn't think the plan is dead.", [{ cue: 'think', source: 'He', content: 'the plan is dead.' }]);
  check('The National Audit Office has said as much.', [{ cue: 'said', source: 'The National Audit Office' }]);
  assert.equal(attributions('The minister said so.')[0].content, undefined);
  // "Senior officials" name no one, as "Officials" does; with a nationality they say whose.
  check('Senior officials said the talks had stalled.', [{ cue: 'said', source: 'Senior officials', content: 'the talks had stalled.', vague: true }]);
  check('Senior Israeli officials said the talks had stalled.', [{ cue: 'said', source: 'Senior Israeli officials', content: 'the talks had stalled.' }]);
  // A source set off by commas after an opening phrase is the source, not what follows the verb; an appositive set off
  // after a name gives way to the name.
  check('Later, the minister, the panel chair, said the bill would pass.', [{ cue: 'said', source: 'the minister', content: 'the bill would pass.' }]);
  check('After the vote, the representative of Japan, who holds the pen, said the text was balanced.', [{ cue: 'said', source: 'the representative of Japan', content: 'the text was balanced.' }]);
  check('Jean-Marc Ayrault, the foreign minister of France, a permanent member of the Security Council, said the test was a provocation.', [
    { cue: 'said', source: 'Jean-Marc Ayrault', content: 'the test was a provocation.' },
  ]);
  // Wire and state-media forms: a date's comma inside an appositive, "pointed out", a cue set into the clause it reports.
  check('Smith, who was elected on Oct. 20, 2024, said the plan was sound.', [{ cue: 'said', source: 'Smith', content: 'the plan was sound.' }]);
  check('Xi pointed out that China is ready to deepen cooperation.', [{ cue: 'pointed out', source: 'Xi', content: 'China is ready to deepen cooperation.' }]);
  check('The text, he said, was balanced.', [{ cue: 'said', source: 'he', content: 'The text, he said, was balanced.' }]);
  check('The initiatives proposed by President Xi were welcomed.', [{ cue: 'proposed', source: 'President Xi', content: 'The initiatives' }]);
  // Maintaining order, and support in arms, report no words.
  check('The army will maintain order in the capital.', []);
  check('The operation was supported by aircraft from the 332nd Air Expeditionary Wing.', []);
  check('He maintained that the plan was dead.', [{ cue: 'maintained', source: 'He', content: 'the plan was dead.' }]);
  // The name set off after a role that follows "According to" is the source's.
  check('According to the Foreign Ministry spokesperson, Lin Jian, Ding will attend COP30.', [
    { cue: 'According to', source: 'the Foreign Ministry spokesperson, Lin Jian', content: 'Ding will attend COP30.' },
  ]);
  // A participle before "of" describes people who say nothing; after a gerund an "-s" form is its object.
  check('Police said they had detained 74 people suspected of fraud.', [{ cue: 'said', source: 'Police', content: 'they had detained 74 people suspected of fraud.' }]);
  check('He was a senior ISIS official responsible for planning attacks.', []);
  // A survey or poll by a named author and what it found.
  check('A survey by iData put the governing party at 44 seats.', [{ cue: 'survey', source: 'iData', content: 'put the governing party at 44 seats.' }]);
  // The clause's own verb of finding ends the agent of a participle.
  check('Figures cited by the minister show that 20 people died.', [
    { cue: 'cited by', source: 'the minister', content: 'Figures' },
    { cue: 'show', source: 'Figures cited by the minister', content: '20 people died.' },
  ]);
  // An indictment charges; a headline's "Charged in" is a passive; a credit line reports nothing; a superscript
  // footnote sources its sentence.
  check('An indictment unsealed today in Brooklyn charges three men with fraud.', [{ cue: 'charges', source: 'An indictment unsealed today in Brooklyn' }]);
  check('Three Men Charged in Scheme', []);
  check('Reporting by Foreign Desk; Editing by Jane Doe', []);
  check("China refines about 90 percent of the world's rare earths.\u00b9", [{ cue: '\u00b9', source: '\u00b9', content: "China refines about 90 percent of the world's rare earths." }]);
  // "than anyone predicted" is a yardstick, not a report.
  check("China's arsenal has grown faster than anyone predicted.", []);
  // War and Council copy: "attacks on" is the noun; a report dated in wire style; "nonetheless" is no source; whom one
  // told on television is no content; "defend itself" and "takes note of" are no speech; "and said" starts another
  // report; a question word is no source.
  check('Israeli attacks on Gaza killed 20 people, the ministry said.', [{ cue: 'said', source: 'the ministry', content: 'Israeli attacks on Gaza killed 20 people' }]);
  check('Russia has lost 1,000 troops, the ministry reported on Nov. 14.', [{ cue: 'reported', source: 'the ministry', content: 'Russia has lost 1,000 troops' }]);
  check('Russia has lost 1,000 troops, the General Staff said Nov. 14.', [{ cue: 'said', source: 'the General Staff', content: 'Russia has lost 1,000 troops' }]);
  check('Both sides nonetheless said the talks would go on.', [{ cue: 'said', source: 'Both sides', content: 'the talks would go on.' }]);
  check('Voloshyn told national television that the front was stable.', [{ cue: 'told', source: 'Voloshyn', content: 'the front was stable.' }]);
  check('Ukraine will defend itself against Russia.', []);
  check('The European Council takes note of the report.', []);
  check('How worried are you?', []);
  check('He welcomed the decision and said it was overdue.', [
    { cue: 'welcomed', source: 'He', content: 'the decision' },
    { cue: 'said', source: 'He', content: 'it was overdue.' },
  ]);
  check('The European Council underlines that Russia must compensate Ukraine.', [{ cue: 'underlines', source: 'The European Council', content: 'Russia must compensate Ukraine.' }]);
  // A call's preposition is no part of it; "on all" is no day.
  check('The European Council calls on all parties to implement it in full.', [{ cue: 'calls', source: 'The European Council', content: 'all parties to implement it in full.' }]);
  // "said that according to X, ...": what follows "according to X" is the content.
  check('The minister said that according to the central bank, inflation will fall.', [
    { cue: 'said', source: 'The minister', content: 'according to the central bank, inflation will fall.' },
    { cue: 'according to', source: 'the central bank', content: 'inflation will fall.' },
  ]);
  // A document read out is no reader; when it was told is no part of what.
  check("The force will be led by Brig. Gen. Daouda Traore, according to the statement read on Niger's state television.", [
    { cue: 'according to', source: 'the statement', content: 'The force will be led by Brig. Gen. Daouda Traore' },
  ]);
  // A noun that is also a verb of finding ("documents") is the source's head when a participle follows it; the
  // participle and when it was filed are no part of who.
  check('The firm paid $4 million in fines, according to court documents filed in May.', [
    { cue: 'according to', source: 'court documents', content: 'The firm paid $4 million in fines' },
  ]);
  check('The unit was disbanded in 2019, according to documents submitted to the tribunal.', [
    { cue: 'according to', source: 'documents', content: 'The unit was disbanded in 2019' },
  ]);
  check('Omar Touray told Reuters in October that the bloc remained open.', [{ cue: 'told', source: 'Omar Touray', content: 'the bloc remained open.' }]);
  // "..., analysts estimate." reports what comes before it.
  check('The Africa Corps has about 2,000 fighters in the country, analysts estimate.', [
    { cue: 'analysts estimate', source: 'analysts', content: 'The Africa Corps has about 2,000 fighters in the country', vague: true },
  ]);
  check('Jihadist groups linked to al Qaeda control the region.', []);
  check('Goita accused France of supporting terrorists, charges both countries deny.', [{ cue: 'accused', source: 'Goita' }, { cue: 'deny', source: 'both countries' }]);
  check('The ministry rejected the opinion and said it would not co-operate.', [{ cue: 'said', source: 'The ministry', content: 'it would not co-operate.' }]);
  // A participle before its preposition is passive: the noun before it is the one accused, not the accuser.
  check('A trader accused of helping Moscow was arrested.', []);
  check('It was an act that Mayor Bill de Blasio described as "an intentional act."', [{ cue: 'described', source: 'Mayor Bill de Blasio' }]);
  // A relative adverb opens the clause: it is no part of the source.
  check('The bill goes to the House, where Speaker Mike Johnson has said he will not bring it to a vote.', [
    { cue: 'said', source: 'Speaker Mike Johnson', content: 'he will not bring it to a vote.' },
  ]);
});

test('vague and anonymous sources are marked', () => {
  // Somewhere or some time, by a nationality or a kind: still no one.
  check('Critics in both capitals said the plan would fail.', [{ cue: 'said', source: 'Critics in both capitals', vague: true }]);
  check('Observers in Brussels believe the plan will fail.', [{ cue: 'believe', source: 'Observers in Brussels', vague: true }]);
  check('Officials at the time described the plan as doomed.', [{ cue: 'described', source: 'Officials at the time', vague: true }]);
  check('Western diplomats say the plan will fail.', [{ cue: 'say', source: 'Western diplomats', vague: true }]);
  // "Western officials" name no one more than "Officials" do; "US officials" name a government.
  check('Western officials said the talks would fail.', [{ cue: 'said', source: 'Western officials', vague: true }]);
  check('US officials said the talks would fail.', [{ cue: 'said', source: 'US officials' }]);
  check('Environmental groups warn the plan will fail.', [{ cue: 'warn', source: 'Environmental groups', vague: true }]);
  // "Press reports say": the reports are the subject, not a verb.
  check('Press reports say the plan will fail.', [{ cue: 'say', source: 'Press reports', vague: true }]);
  check('Analysts at Goldman Sachs said the plan would fail.', [{ cue: 'said', source: 'Analysts at Goldman Sachs' }]);
  check('Critics argue that the plan is far too vague.', [{ cue: 'Critics argue', source: 'Critics', vague: true }]);
  check('Many observers believe the talks will collapse.', [{ cue: 'Many observers believe', source: 'Many observers', vague: true }]);
  check('It is widely believed that the deal is dead.', [{ cue: 'It is widely believed', source: null, vague: true }]);
  check('Some say the deal is dead.', [{ cue: 'Some say', source: 'Some', vague: true }]);
  check('The convoy was reportedly attacked.', [{ cue: 'reportedly', source: null, vague: true }]);
  // After "has", "widely held" and "largely accepted" are the active verb, not a belief no one owns.
  check('A ceasefire signed in Geneva has largely held, according to a UN panel.', [{ cue: 'according to', source: 'a UN panel' }]);
  check('The plan is widely regarded as dead.', [{ cue: 'is widely regarded', source: null, vague: true }]);
  // The cue is its words: not the comma before it, not the first letter of the word after it.
  check('The deal, believed to be worth $3 billion, collapsed.', [{ cue: 'believed to be', source: null, content: 'worth $3 billion, collapsed.', vague: true }]);
  check('The deal, thought by many to be dead, was revived.', [{ cue: 'thought by many', source: null, content: 'to be dead, was revived.', vague: true }]);
  check('Talks could resume soon, officials familiar with the matter said.', [
    { cue: 'said', source: 'officials familiar with the matter', content: 'Talks could resume soon', anonymous: true },
  ]);
  // So does a condition after the verb, and a source named by its trade ("a medical source").
  check('Shelling killed at least 40 people, a medical source told AFP on condition of anonymity.', [
    { cue: 'told', source: 'a medical source', anonymous: true },
  ]);
  // In capitals too, as some wires set the condition.
  check('Shelling killed at least 40 people, a senior commander told AFP ON CONDITION OF ANONYMITY.', [
    { cue: 'told', source: 'a senior commander', anonymous: true },
  ]);
  check('"The shelling started at dawn," a resident of the camp told AFP by phone, asking not to be named.', [
    { cue: 'told', source: 'a resident of the camp', anonymous: true },
  ]);
  // The condition between the source and its verb makes the source anonymous too.
  check('The minister, speaking on condition of anonymity, said talks had stalled.', [
    { cue: 'said', source: 'The minister', content: 'talks had stalled.', anonymous: true },
  ]);
  check('The government asked for funds, according to a senior official who spoke on condition of anonymity.', [
    { cue: 'according to', source: 'a senior official who spoke on condition of anonymity', anonymous: true },
  ]);
  // An official counted or told from another, a member of a body left unnamed, a cable's redacted name and an
  // embassy's contacts are anonymous too; a member named by the seat is not.
  check('The rebels retreated, a second official said.', [{ cue: 'said', source: 'a second official', anonymous: true }]);
  check('Another official said the talks were over.', [{ cue: 'said', source: 'Another official', anonymous: true }]);
  check('A member of parliament from the north said the vote would be delayed.', [{ cue: 'said', source: 'A member of parliament from the north', anonymous: true }]);
  check('Two lawmakers said the bill would pass.', [{ cue: 'said', source: 'Two lawmakers', anonymous: true }]);
  check('XXXXXXXXXXXX told PolOff that the vote was rigged.', [{ cue: 'told', source: 'XXXXXXXXXXXX', anonymous: true }]);
  // (A redaction mark in brackets after "according to" is the source, kept back.)
  check('According to [REDACTED], the convoy left at dawn.', [{ cue: 'According to', source: '[REDACTED]', anonymous: true, content: 'the convoy left at dawn.' }]);
  check('The unit withdrew, according to [name withheld].', [{ cue: 'according to', source: '[name withheld]', anonymous: true }]);
  check("Post's contacts say the army is restless.", [{ cue: 'say', source: "Post's contacts", anonymous: true }]);
  check('The member of parliament for Leeds said no.', [{ cue: 'said', source: 'The member of parliament for Leeds', anonymous: false }]);
  // An intelligence report's sources: "a sensitive source", "A well-placed source", "A liaison service"; and "Press
  // reporting" and "Open-source reporting" are vague.
  check('According to a sensitive source, the president is ill.', [{ cue: 'According to', source: 'a sensitive source', content: 'the president is ill.', anonymous: true }]);
  check('A well-placed source reported that the cabinet was split.', [{ cue: 'reported', source: 'A well-placed source', anonymous: true }]);
  check('A liaison service reported that the Front had rearmed.', [{ cue: 'reported', source: 'A liaison service', anonymous: true }]);
  check('Press reporting indicates that talks have stalled.', [{ cue: 'indicates', source: 'Press reporting', vague: true }]);
});

test('a bare plural of people or bodies is vague; one that a name, number, determiner or place identifies is not', () => {
  // (No name, number, "the" nor "at X": a trade or kind of body, maybe with "some" and words that describe it, names
  // no one in particular, as "Experts say" does.)
  const vague: [string, string, string][] = [
    ['Meteorologists say the storm will weaken.', 'say', 'Meteorologists'],
    ['Doctors have warned that the wards are full.', 'warned', 'Doctors'],
    ['Insurance companies estimate the damage at $2 billion.', 'estimate', 'Insurance companies'],
    ['Aid workers said the road was blocked.', 'said', 'Aid workers'],
    ['Teachers say the curriculum is too demanding.', 'say', 'Teachers'],
    ['Investigators said the fire was deliberate.', 'said', 'Investigators'],
    ['Witnesses said the car exploded.', 'said', 'Witnesses'],
    ['The fire was deliberate, investigators said.', 'said', 'investigators'],
  ];
  for (const [text, cue, source] of vague) check(text, [{ cue, source, vague: true }]);
  const named: [string, string, string][] = [
    ['Doctors at Al-Shifa hospital said the wards were full.', 'said', 'Doctors at Al-Shifa hospital'],
    ['Three doctors at the hospital said the supplies had run out.', 'said', 'Three doctors at the hospital'],
    // Things, not people: "Indicators", "Documents".
    ['Indicators suggest the economy is slowing.', 'suggest', 'Indicators'],
    ['Documents show the payments began in 2019.', 'show', 'Documents'],
    // A capital inside the sentence is a name's; so, most often, is one short word in -ers at its start.
    ['The plan is dead, Sanders said.', 'said', 'Sanders'],
    ['Rogers said the shares would be convertible.', 'said', 'Rogers'],
  ];
  for (const [text, cue, source] of named) check(text, [{ cue, source }]);
  // A kind's habits and feelings report no one's words; neither does a negation or a modal.
  check('Locals call them wings.', [{ cue: 'call', source: 'Locals', content: 'them wings.' }]);
  // A verb in -s agrees with someone else than the plural before it.
  const says = attributions('The founder of a site that threatened doctors says the ruling is a setback.').find((a) => a.text === 'says');
  assert.equal(says?.vague, undefined);
  check('Investors do not believe the plan will work.', [{ cue: 'believe', source: 'Investors', content: 'the plan will work.' }]);
  // An actor the article names (a body, a person named in full) is no bare plural.
  const gazetteer = createGazetteer(builtinGlossary());
  const vagueOf = (text: string) => analyze(text, { gazetteer }).attributions.map((a) => [a.source?.text ?? null, a.vague ?? false]);
  assert.deepEqual(vagueOf('Pentagon officials say the drills will go ahead.'), [['Pentagon officials', false]]);
  assert.deepEqual(vagueOf('Senator Bernie Sanders spoke on Monday. Sanders said the plan was dead.').slice(-1), [['Sanders', false]]);
});

test('sources as wire copy writes them: briefed officials, appositions before an auxiliary, whom they told', () => {
  // "briefed on" says how the source knows: part of the source, not a cue of its own.
  check('Talks stalled after the rebels walked out, two diplomats briefed on the meeting said.', [
    { cue: 'said', source: 'two diplomats briefed on the meeting', content: 'Talks stalled after the rebels walked out', anonymous: true },
  ]);
  check('Its chairman, Ghana\'s foreign minister, has called the fighting "the gravest threat to the region."', [
    { cue: 'called', source: 'Its chairman', content: 'the fighting "the gravest threat to the region."' },
  ]);
  check('Talks stalled, officials told Reuters.', [{ cue: 'told', source: 'officials', content: 'Talks stalled', vague: true }]);
  check('The minister told Reuters the talks had stalled.', [{ cue: 'told', source: 'The minister', content: 'the talks had stalled.' }]);
  check('Talks stalled, the minister said, adding that a deal was near.', [
    { cue: 'said', source: 'the minister', content: 'Talks stalled' },
    { cue: 'adding', source: 'the minister', content: 'a deal was near.' },
  ]);
  check('Many analysts now believe the deal is dead.', [{ cue: 'Many analysts now believe', source: 'Many analysts', vague: true }]);
  // A second verb shares the subject, which after "Though" is the pronoun, not the conjunction.
  check('Though she called the behavior outrageous and called for compensation, she stopped short of more.', [
    { cue: 'called', source: 'she', content: 'the behavior outrageous and called for compensation, she stopped short of more.' },
    { cue: 'called', source: 'she', content: 'for compensation, she stopped short of more.' },
  ]);
  // A participle with what it describes stays in the source: "a poll released in late August", "a chorus of".
  check('A Quinnipiac University poll released in late August found that 74 percent of voters wanted a change.', [
    { cue: 'found', source: 'A Quinnipiac University poll released in late August', content: '74 percent of voters wanted a change.' },
    { cue: 'wanted', source: '74 percent of voters', content: 'a change.' },
  ]);
  check('A chorus of prominent Republicans has said the same thing.', [{ cue: 'said', source: 'A chorus of prominent Republicans', content: 'the same thing.' }]);
  check('They turned to the Chicago Police Department, which reported 2,521 shootings.', [
    { cue: 'reported', source: 'the Chicago Police Department', content: '2,521 shootings.' },
  ]);
  // "by" before a means or an amount names no agent.
  check('Trump responded by using the example of Chicago.', [{ cue: 'responded', source: 'Trump', content: 'by using the example of Chicago.' }]);
  check('After that the rate would decline by four percentage points each year.', []);
  check('The E3 would decide by mid-December whether to back the proposal.', [
    { cue: 'decide', source: 'The E3', content: 'by mid-December whether to back the proposal.' },
  ]);
  check('The plan was announced by Nov. 3, officials said.', [{ cue: 'said', source: 'officials', content: 'The plan was announced by Nov. 3', vague: true }]);
  // Nor does the month of May, alone or with its day; nor is a care shown by someone ("caution by") a warning.
  check('The board will publish the withheld documents by May.', []);
  check('The estimates will be revised by May 15.', []);
  check('The memo reflected the routine caution by career diplomats.', []);
  check('The report reflects caution by senior staff.', []);
  // A noun of saying with its agent as the subject: the agent ends at the sentence's verb, and nothing said is given.
  check('The warning by the agency came too late.', []);
  check('Estimates by the UN put the toll at 1,500.', [{ cue: 'Estimates', source: 'the UN', content: 'put the toll at 1,500.' }]);
  // A relative pronoun is no source: its antecedent is; nor is an infinitive's verb, nor a participle clause that
  // opens the sentence; a horizontal bar ends a clause like a dash.
  check('He said he had a well-connected source who told him the nominee had not paid taxes.', [
    { cue: 'said', source: 'He', content: 'he had a well-connected source who told him the nominee had not paid taxes.' },
    { cue: 'told', source: 'a well-connected source', content: 'the nominee had not paid taxes.' },
  ]);
  check('Mrs. Clinton is likely to placate nervous Democrats on Capitol Hill, who have argued that it helps.', [
    { cue: 'argued', source: 'nervous Democrats on Capitol Hill', content: 'it helps.' },
  ]);
  check('Chastened by complaints over its costs, Trump revised his plan, promising to focus it on average Americans.', [
    { cue: 'promising', source: 'Trump', content: 'to focus it on average Americans.' },
  ]);
  check('For the few years his returns were made public \u2015 Trump boasted, "That makes me smart."', [
    { cue: 'boasted', source: 'Trump', content: '"That makes me smart."' },
  ]);
  // A short word in "-ly" is no adverb between source and verb.
  check('A close ally said the talks had failed.', [{ cue: 'said', source: 'A close ally', content: 'the talks had failed.' }]);
  // A comma inside a number does not end the source.
  assert.match(attributions('About 5,000 protesters said they would march again.')[0]?.source?.text ?? '', /\b5,000 protesters$/);
  // A participle with its agent stays in the source; a pronoun is the whole source.
  check('Shipping data compiled by Kpler show exports fell by a third.', [{ cue: 'show', source: 'Shipping data compiled by Kpler', content: 'exports fell by a third.' }]);
  check('The Commission said on Tuesday it would propose a new corridor.', [
    { cue: 'said', source: 'The Commission', content: 'it would propose a new corridor.' },
    { cue: 'propose', source: 'it', content: 'a new corridor.' },
  ]);
});

test('a quotation that opens the sentence is what the source after it said, whatever follows the verb', () => {
  check('"Subpoenas are not optional," panel Chairman Rep. Jason Chaffetz (R-Utah) said after Pagliano failed to show up.', [
    { cue: 'said', source: 'panel Chairman Rep. Jason Chaffetz', content: '"Subpoenas are not optional,"' },
  ]);
  check('"It is over," she said that night.', [{ cue: 'said', source: 'she', content: '"It is over,"' }]);
  // A participle that shares an earlier source takes what follows it.
  check('"We certainly can\'t afford this," Trump said, adding later, "NATO is costing us a fortune."', [
    { cue: 'said', source: 'Trump', content: '"We certainly can\'t afford this,"' },
    { cue: 'adding', source: 'Trump', content: 'later, "NATO is costing us a fortune."' },
  ]);
  // A title in quotes before the source is no content.
  check('On this weekend\u2019s broadcast of \u201cFox News Sunday,\u201d Gov. Mike Pence said his running mate won.', [
    { cue: 'said', source: 'Gov. Mike Pence', content: 'his running mate won.' },
  ]);
});

test('the last speaker goes on in a quotation that opens its sentence, not in one inside the reporter\'s sentence', () => {
  const said = { cue: 'said', source: 'Lawrence Kanyuka', content: '"We will not sign,"' };
  check('"We will not sign," said Lawrence Kanyuka.\n\n"We will fight on until the last man is standing."', [
    said,
    { cue: '"', source: 'Lawrence Kanyuka', content: '"We will fight on until the last man is standing."' },
  ]);
  check('"We will not sign," said Lawrence Kanyuka.\n\nThe council meets on Monday. The fighting is "the gravest threat to the region."', [
    said,
    { cue: '"', source: null, content: '"the gravest threat to the region."' },
  ]);
  // In the same paragraph it is still the speaker's.
  check('"We will not sign," said Lawrence Kanyuka. The group would "never sign anything written in Kinshasa."', [
    said,
    { cue: '"', source: 'Lawrence Kanyuka', content: '"never sign anything written in Kinshasa."' },
  ]);
});

test('not attributions: nouns and participles that look like cues', () => {
  // Falling is not refusing; estimates that range are the subject; a target agreed is a thing.
  check('Exports declined sharply last year.', []);
  check('The minister declined to comment.', [{ cue: 'declined', source: 'The minister' }]);
  check('She declined that assignment.', [{ cue: 'declined', source: 'She' }]);
  check('Cost estimates range from $1bn to $2bn.', []);
  check('The target agreed at the summit was 3.5 percent.', []);
  // "plans" after a verb, "show" in "the hit show", "called" after a preposition: none has a speaker.
  check('Trump did not unveil plans to pay for the expansion.', []);
  // After "this", "these", "those", "every", "no" a cue word is a noun with no speaker.
  check('At this point, the camera is facing the ground.', []);
  check('Mr. McKinley is facing this question right now.', []);
  // "compared with" a period is a comparison, not someone comparing.
  check('Attacks rose 38% in the first half of 2026 compared with the same period last year.', []);
  check('Trump compared the refugees to a snake.', [{ cue: 'compared', source: 'Trump', content: 'the refugees to a snake.' }]);
  // Concluding a deal is not reaching a conclusion; a conclusion comes with "that", a quote or a clause.
  check('The two sides concluded talks in Geneva on Friday.', []);
  check('We concluded nearly $350 billion of agreements for the United States.', []);
  check('"It was lawful," the inquiry concluded.', [{ cue: 'concluded', source: 'the inquiry', content: '"It was lawful,"' }]);
  // Naming is not knowing, and a name in quotes is not speech.
  check('The commander, Mohamed Hamdan Dagalo, known as Hemedti, said his forces would respect the pause.', [
    { cue: 'said', source: 'Mohamed Hamdan Dagalo', content: 'his forces would respect the pause.' },
  ]);
  check('The Senate passed the bill, known as the \u201cJustice Against Sponsors of Terrorism Act,\u201d on Friday.', []);
  // A section's or a file's heading in quotation marks is its name, no one's words.
  check('Parts of it were redacted, including a section headed "Options if the truce fails."', []);
  check('The boxes were marked "Top Secret" and labelled "Do not open."', []);
  // "who" after a verb of saying or knowing asks: it has no antecedent, and the verb before it is no source.
  check('The document does not say who wrote it.', [{ cue: 'say', source: 'The document', content: 'who wrote it.' }]);
  check('It is unclear who drafted the memo.', []);
  // "As reported in" a paper or a document sources what it frames; "as reported in March" names no one.
  check('As reported in The Guardian, the army is restless.', [{ cue: 'As reported in', source: 'The Guardian', content: 'the army is restless.' }]);
  check('As reported in ref A, the cabinet is split.', [{ cue: 'As reported in', source: 'ref A', content: 'the cabinet is split.' }]);
  check('Troops left the town, as reported in the Kyiv Independent.', [{ cue: 'as reported in', source: 'the Kyiv Independent', content: 'Troops left the town' }]);
  check('Prices rose, as reported in March.', []);
  // A part of a text where it stands ("every claim in the memo") is no frame of saying.
  check('The Ledger could not verify every claim in the memo independently.', []);
  check('We could not check the figures in the report.', []);
  check("Moscow's Defence Ministry made no such claim in its daily briefing.", [{ cue: 'in its daily briefing', source: "Moscow's Defence Ministry", content: 'made no such claim' }]);
  // "documents" before "by", "from" or a verb of its own is the papers, no verb of finding.
  check('The Government should also give the Committee access to the withheld documents by the end of January 2027.', []);
  check('Documents from the ministry were published.', []);
  check('The report documents abuses in three prisons.', [{ cue: 'documents', source: 'The report', content: 'abuses in three prisons.' }]);
  check('He described crass behavior behind the scenes of the hit show, in which contestants competed.', [
    { cue: 'described', source: 'He', content: 'crass behavior behind the scenes of the hit show, in which contestants competed.' },
  ]);
  check('Following a swiftly called, late-afternoon meeting, the Security Council adopted two resolutions.', []);
});

test('quotations: the cue after a quotation of several sentences takes all of it; bars, scare quotes, headline labels', () => {
  const text = '\u201cThis is in their heads. This is in their consciousness,\u201d said Caddell.';
  const got = attributions(text);
  assert.deepEqual(
    got.map((a) => [a.text, a.source?.text, a.content && text.slice(a.content.start, a.content.end)]),
    [['said', 'Caddell', '\u201cThis is in their heads. This is in their consciousness,\u201d']],
  );
  check('\u201cMr. Trump embodies the worst in us.\u201d \u2015 Sonya Herridge', [
    { cue: '\u2015', source: 'Sonya Herridge', content: '\u201cMr. Trump embodies the worst in us.\u201d' },
  ]);
  // A pull quote in plain text: its dash a hyphen between spaces (or two), after an attribution in the paragraph before.
  check('Officials from both countries said the deal was done.\n\n"We will not back down on the protection of our fishermen" - Kenyan Agriculture Minister Mary Wanjiru', [
    { cue: 'said', source: 'Officials from both countries' },
    { cue: '-', source: 'Kenyan Agriculture Minister Mary Wanjiru', content: '"We will not back down on the protection of our fishermen"' },
  ]);
  check('"Nothing will stop us now" -- Senator Juan Reyes', [{ cue: '-', source: 'Senator Juan Reyes', content: '"Nothing will stop us now"' }]);
  // A quoted word or two is a scare quote, not speech; "The Latest:" is a headline, not a speaker label.
  assert.ok(!attributions('The ruling was \u201cunprecedented.\u201d It came on Friday.').some((a) => a.text === '\u201c'));
  check('The Latest: Trump urges supporters to monitor polling places.', [{ cue: 'urges', source: 'Trump', content: 'supporters to monitor polling places.' }]);
});

test('one cue per stretch: the frame after a verb of saying is part of its cue', () => {
  check('City Attorney Brad Holm said in the letter that the advertisement was misleading.', [
    { cue: 'said in the letter', source: 'City Attorney Brad Holm', content: 'the advertisement was misleading.' },
  ]);
  check('He said in his remarks that the deal was dead.', [{ cue: 'said in his remarks', source: 'He', content: 'the deal was dead.' }]);
  // A participle at the start takes no opening preposition for its subject; "to be sure" is no state of mind.
  check('In offering analysis of the ongoing presidential election campaign, the paper put health at the forefront.', []);
  check('To be sure burden sharing has been a persistent theme of the alliance.', []);
});

test('not attributions: a participle after what was agreed ("the ceasefire agreed on 24 June")', () => {
  check('The ceasefire agreed on 24 June has held for eight days.', []);
  check('The deal announced last week collapsed.', []);
  check('The ministry announced on Monday that troops would leave.', [{ cue: 'announced', source: 'The ministry' }]);
  check('The agreement states that troops must leave.', [{ cue: 'states', source: 'The agreement' }]);
});

test('not attributions: nouns, names and schedule notes', () => {
  for (const text of [
    'Small island states face rising seas.',
    'The plan faces a vote in the state senate.',
    'He spoke after a meeting of defence ministers.',
    'The talks resume at 10 a.m. on Tuesday.',
    'A debate on the reported cases is planned.',
    'Under an arrangement announced in September 2024, the coalition will end its mission.',
    'Peace talks with Russia resume on Monday.',
  ]) {
    assert.deepEqual(attributions(text), [], text);
  }
});

test('news frames without a plain verb of saying', () => {
  check("Graham's comments came moments after the vote.", [{ cue: 'comments', source: 'Graham' }]);
  check('In a speech in Fort Pierce, Clinton laid out her proposals.', [{ cue: 'In a speech', source: 'Clinton', content: 'in Fort Pierce, Clinton laid out her proposals.' }]);
  check('The ministry issued a statement on Monday.', [{ cue: 'issued a statement', source: 'The ministry' }]);
  check('Activist Angela Davis talks to DuVernay about mass incarceration.', [{ cue: 'talks', source: 'Activist Angela Davis' }]);
  check('Lynch speaks more frequently in public about racial issues.', [{ cue: 'speaks', source: 'Lynch' }]);
  // A participle after "X said," shares X, not the sentence's first word.
  check('"Both sides reaffirmed their commitment," the statement said, adding that talks would resume.', [
    { cue: 'said', source: 'the statement' },
    { cue: 'adding', source: 'the statement', content: 'talks would resume.' },
  ]);
  check('The New York Times filed a motion to unseal the records.', [{ cue: 'filed a motion', source: 'The New York Times' }]);
  check('The New York Times went to court on Friday, arguing the move was needed.', [{ cue: 'arguing', source: 'The New York Times' }]);
});

test('robustness: hostile input never throws', () => {
  for (const text of ['said said said '.repeat(20_000), '"'.repeat(50_000), 'According to '.repeat(10_000), ': '.repeat(50_000), 'PENCE: '.repeat(10_000)]) {
    const got = attributions(text);
    for (const a of got) assert.equal(text.slice(a.start, a.end), a.text);
  }
});

test('a vague subject glued to the word before it by an apostrophe is still read ("billion\'critics argue")', () => {
  const found = attributions("Spending hit $300 billion'critics argue the plan failed, and it reportedly stalled.");
  assert.equal(found[0]?.text, 'critics argue');
  assert.equal(found[0]?.vague, true);
});

test('mayBeAnonymous lets through every source ANONYMOUS_SOURCE can match', () => {
  const pieces = [
    'familiar with', 'on condition of anonymity', 'who spoke on condition', 'who asked not to be', 'who spoke to remain',
    'not authorized to', 'not authorised to', 'declined to be named', 'declined to be identified', 'asked not to be named',
    'speaking anonymously', 'unnamed', 'anonymous', 'a', 'an', 'two', 'three', 'several', 'senior', 'western', 'u.s.',
    'white house', 'defence', 'defense', 'official', 'officials', 'source', 'sources', 'diplomat', 'aides', 'people',
    'person', 'persons', 'adviser', 'advisors', 'the', 'said', 'Officials', 'SOURCES', 'Two', 'x',
  ];
  let seed = 3;
  const next = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
  let matched = 0;
  for (let i = 0; i < 20000; i++) {
    const s = Array.from({ length: 1 + next(5) }, () => pieces[next(pieces.length)]).join(next(4) ? ' ' : '  ');
    if (!ANONYMOUS_SOURCE.test(s)) continue;
    matched++;
    assert.ok(mayBeAnonymous(s.toLowerCase()), s);
  }
  assert.ok(matched > 2000, `only ${matched} sources matched`);
});

test('sources from obituary, economic and diplomatic copy', () => {
  // A role in lower case before the name after the verb.
  check('"We remember," said historian Elena Ruiz.', [{ cue: 'said', source: 'historian Elena Ruiz', content: '"We remember,"' }]);
  check('"He was a giant," said former minister Klaus Vogel, who worked with him for years.', [{ cue: 'said', source: 'former minister Klaus Vogel', content: '"He was a giant,"' }]);
  // Nouns that end in "-ly" are no adverbs.
  check('He died peacefully at home, his family said.', [{ cue: 'said', source: 'his family', content: 'He died peacefully at home' }]);
  // A participle with its agent after a noun opening the sentence describes the noun.
  check('Economists polled by Reuters had expected growth of 0.2%.', [{ cue: 'expected', source: 'Economists polled by Reuters', content: 'growth of 0.2%.' }]);
  // A vague cue inside what a named source said takes no more than its own words.
  check('Treasurer Jim Chalmers said the deficit was now expected to be A$36.8 billion.', [{ cue: 'said', source: 'Treasurer Jim Chalmers', content: 'the deficit was now expected to be A$36.8 billion.' }]);
  // "then-U.S. Secretary" ends no sentence; "said earlier this month" closes one.
  check('"This is a historic day," then-U.S. Secretary of State John Kerry said in Vienna at the time.', [{ cue: 'said', source: 'then-U.S. Secretary of State John Kerry', content: '"This is a historic day,"' }]);
  check('The index rose, S&P Global said earlier this month.', [{ cue: 'said', source: 'S&P Global', content: 'The index rose' }]);
  check('The ministry said earlier this month that prices fell.', [{ cue: 'said', source: 'The ministry', content: 'prices fell.' }]);
  // "what Trump says": the source starts after the question word; "Having said that" is a turn of phrase.
  check('The gap between what Trump says and what he does is wide.', [{ cue: 'says', source: 'Trump', content: '...' }]);
  check('Having said that, the plan is sound.', []);
});

test('parliamentary transcripts: labels with a constituency, a party or the office holder in brackets', () => {
  const text = 'Kemi Badenoch (North West Essex) (Con): Where is the growth?\n\nThe Prime Minister (Keir Starmer): Growth is up.\n\nBaroness Chapman of Darlington: My Lords, we will reply.';
  const got = attributions(text).filter((a) => a.text === ':').map((a) => a.source?.text);
  assert.deepEqual(got, ['Kemi Badenoch', 'Keir Starmer', 'Baroness Chapman of Darlington']);
});

test('committee evidence: numbered questions, ranks before a name, a label on its own line, a topic heading', () => {
  const text =
    'Ukraine: Military Aid\nQuestion for Ministry of Defence\nUIN 61842, tabled on 9 July 2025\n\n' +
    'Answered on 17 July 2025\nLuke Pollard (Minister of State for Defence Procurement):\nThe UK provided £3 billion.\n\n' +
    'Witnesses: General Sir Roland Walker; and Ms Clare Whitfield.\n\n' +
    'Q41 Chair: General, can I start with you?\n\nGeneral Sir Roland Walker: It would be a stretch. We lost 40 guns.\n\n' +
    'Clare Whitfield: Audits take time.\n\nQ44 Calvin Bailey: Some have argued otherwise.';
  const got = attributions(text)
    .filter((a) => a.text === ':')
    .map((a) => [a.source?.text, a.content ? text.slice(a.content.start, a.content.end) : null]);
  assert.deepEqual(got, [
    ['Luke Pollard', 'The UK provided £3 billion.'],
    ['Chair', 'General, can I start with you?'],
    ['General Sir Roland Walker', 'It would be a stretch. We lost 40 guns.'],
    ['Clare Whitfield', 'Audits take time.'],
    ['Calvin Bailey', 'Some have argued otherwise.'],
  ]);
});

test('split and relayed quotations: each quotation goes to its own speaker, never to a word inside it', () => {
  check('Mame Mandiaye Niang asked how she could be sure. "Everyone knew him. He gave the orders," she replied.', [
    { cue: 'asked', source: 'Mame Mandiaye Niang', content: 'how she could be sure.' },
    { cue: 'replied', source: 'she', content: '"Everyone knew him. He gave the orders,"' },
  ]);
  check('"They send us promises, not people," Sladkov quoted him as saying.', [{ cue: 'saying', source: 'him', content: '"They send us promises, not people,"' }]);
  check('"Iran continues to flood the region," said Under Secretary Bradley Kessler. "Treasury will keep targeting these networks."', [
    { cue: 'said', source: 'Under Secretary Bradley Kessler', content: '"Iran continues to flood the region,"' },
    { cue: '"', source: 'Under Secretary Bradley Kessler', content: '"Treasury will keep targeting these networks."' },
  ]);
});

test('what a court heard, what one was told by someone, and a figure a named body measured', () => {
  check('The court heard that 42 bodies were recovered after the attack.', [{ cue: 'heard', source: 'The court', content: '42 bodies were recovered after the attack.' }]);
  check('Residents heard gunfire all night.', []);
  check('I was told by people on both sides that weapons were being moved.', [{ cue: 'told', source: 'people on both sides', content: 'weapons were being moved.', vague: true }]);
  check('The Committee was told last month that the Army has 14 guns left.', [{ cue: 'told', source: null, content: 'the Army has 14 guns left.', vague: true }]);
  check('The US Geological Survey put the depth of the quake at 10 km.', [{ cue: 'put', source: 'The US Geological Survey', content: 'the depth of the quake at 10 km.' }]);
  check('BMKG initially measured the quake at magnitude 7.7 before revising it downward.', [{ cue: 'measured', source: 'BMKG', content: 'the quake at magnitude 7.7 before revising it downward.' }]);
  check('He put the book on the table. The band recorded an album in 2020.', []);
});

test('a citation with "et al." names its authors', () => {
  check('Diallo et al. (2023) argue that transfers may increase recruitment risk.', [{ cue: 'argue', source: 'Diallo et al', content: 'transfers may increase recruitment risk.' }]);
});

test('nouns, acts, perceptions and refusals that report no words', () => {
  check('A tsunami warning was issued at 02:19 and lifted at 03:50.', []);
  check('Attacks on schools have continued, but reporting has improved.', []);
  check('Under questioning from the prosecution, the witness told the court that the men were taken away.', [{ cue: 'told', source: 'the witness', content: 'the men were taken away.' }]);
  check('Defence counsel Maria Bourgon objected that the prosecution was leading the witness.', [{ cue: 'objected', source: 'Defence counsel Maria Bourgon', content: 'the prosecution was leading the witness.' }]);
  check('The declaration was endorsed by Niger, Mali and Burkina Faso in 2015.', []);
  check('Mr. Kihara declined to say whether Takaichi and Li had discussed Taiwan.', [{ cue: 'declined', source: 'Mr. Kihara', content: undefined }]);
  check('She saw the accused at a checkpoint.', []);
  check('Not everyone agreed with his estimate.', []);
  check('Persons who believe they were wrongly designated may petition OFAC for removal.', []);
  check('Since the Defence Reform announced in February, the target is two years.', []);
  check('Times are Moscow time unless otherwise stated.', []);
  check('We are not where we want to be yet.', []);
  check('I will not confirm numbers in open session. I would not accept that characterisation in full.', []);
  check("Today's remarks include forward-looking statements.", []);
  // (What stays: a view seen "as", a denial with "that".)
  check('I see this as a turning point.', [{ cue: 'see', source: 'I', content: 'this as a turning point.' }]);
  check('I do not accept that the plan failed.', [{ cue: 'accept', source: 'I', content: 'the plan failed.' }]);
});

test('an embedded post: the author in its header says its lines; a "Quoting @handle" line is that account\'s', () => {
  const text =
    'The first sign came from the union:\n\n> **BTB-ABVV Havens** @btb_havens\n> From 06:00 tomorrow all crane operators stop work for 48 hours.\n> 7:42 PM · Nov 11, 2025\n\n' +
    'The minister quote-posted it the next morning:\n\n> **David Clarinval** @DavidClarinval\n> Dialogue remains open.\n> Quoting @btb_havens: "From 06:00 tomorrow all crane operators..."\n> 9:05 AM · Nov 12, 2025';
  const got = attributions(text).map((a) => [a.text, a.source?.text ?? null, a.content ? text.slice(a.content.start, a.content.end) : null]);
  assert.deepEqual(got, [
    ['@btb_havens', 'BTB-ABVV Havens', 'From 06:00 tomorrow all crane operators stop work for 48 hours.'],
    ['@DavidClarinval', 'David Clarinval', 'Dialogue remains open.'],
    ['Quoting', '@btb_havens', '"From 06:00 tomorrow all crane operators..."'],
  ]);
});

test('what one source says ends before ", and" brings in the next', () => {
  check('Human rights groups say the trial is long overdue, and some diplomats say it may encourage more referrals.', [
    { cue: 'say', source: 'Human rights groups', content: 'the trial is long overdue', vague: true },
    { cue: 'some diplomats say', source: 'some diplomats', content: 'it may encourage more referrals.', vague: true },
  ]);
});

test('an interviewer\'s bold question reports nothing', () => {
  check('**You were in Pretoria. What did you feel that night?**', []);
  check('**Do you agree?**', []);
});

test('a capitalised noun in a title is no cue: "Written Questions, Answers and Statements"', () => {
  check('Written Questions, Answers and Statements', []);
  check('Russia Questions US Motives', [{ cue: 'Questions', source: 'Russia' }]);
});

test('a footnote marker cites the author of its note', () => {
  check('More than 8,000 schools have closed because of insecurity.\u00b2\n\n## Notes\n\n\u00b2 Global Coalition to Protect Education from Attack, *Education under Attack 2024* (New York, 2024).', [
    { cue: '\u00b2', source: 'Global Coalition to Protect Education from Attack', content: 'More than 8,000 schools have closed because of insecurity.' },
  ]);
});

test('whom one told ("this newspaper") and when ("Within an hour") are no part of the content or the source', () => {
  check('A spokesperson told this newspaper on Thursday that the prime minister was in contact.', [{ cue: 'told', source: 'A spokesperson', content: 'the prime minister was in contact.' }]);
  check('Within an hour the port authority replied that ships would be rerouted.', [{ cue: 'replied', source: 'the port authority', content: 'ships would be rerouted.' }]);
});

test('a remembered speaker: "I remember a colleague telling me, ..." is the colleague\'s', () => {
  check('But I also remember a colleague from the Kenyan delegation telling me, "This is the easy part."', [
    { cue: 'telling', source: 'a colleague from the Kenyan delegation', content: '"This is the easy part."' },
  ]);
});

test('dates after the verb, and what is not reported speech', () => {
  check('The observer mission said on Nov. 5 that the vote was credible.', [{ cue: 'said', source: 'The observer mission', content: 'the vote was credible.' }]);
  check('Thune told reporters Thursday night that he expected a vote.', [
    { cue: 'told reporters', source: 'Thune', content: 'he expected a vote.' },
    { cue: 'expected', source: 'he', content: 'a vote.' },
  ]);
  check('In the post-war era, Germany rebuilt.', []);
  check('The late 2000s also saw a covert campaign.', []);
  check('The cause of death was not disclosed.', []);
  check('Neighbouring Arab states attack the new state.', []);
  check('The White House has said little in recent days.', [{ cue: 'said', source: 'The White House' }]);
  assert.equal(attributions('The White House has said little in recent days.')[0].content, undefined);
  check('It is a figure the government disputed.', [{ cue: 'disputed', source: 'the government' }]);
});

test('health reports and Congress: counts are no hearsay, party tags no speakers', () => {
  check('1,284 new suspected cholera cases were reported in EW 45.', []);
  check('Three deaths have been reported this year.', []);
  check('In the most recent reporting period, cases fell.', []);
  check('New confirmed cases: 41.', []);
  check('Next situation report expected on 21 November.', []);
  check('Rep. Rosa DeLauro, D-Conn., the top Democrat on the panel, called the measure reckless.', [{ cue: 'called', source: 'Rep. Rosa DeLauro', content: 'the measure reckless.' }]);
  // "Famine was confirmed" stays vague: by whom?
  check('Famine was confirmed in North Darfur.', [{ cue: 'confirmed', source: null, vague: true }]);
});

test('op-eds and explainers: questions, plural nouns and bare stances report nothing', () => {
  check('What did they agree?', []);
  check('What does it say about us that nurses cannot afford rent?', []);
  check('Heart attacks are the leading cause of death.', []);
  check('I am not so sure.', []);
  // A verb of saying keeps its source with nothing after it (the quotation may stand before).
  check('Sen. John Roe said he was optimistic.', [{ cue: 'said', source: 'Sen. John Roe', content: 'he was optimistic.' }]);
});

test('a two-word rank stays in the source', () => {
  check('Brig. Gen. Oliver Grant, a spokesperson for the British Army, said the unit returned.', [{ cue: 'said', source: 'Brig. Gen. Oliver Grant', content: 'the unit returned.' }]);
});

test('sources: a list of names, a post and what describes it, people close to someone', () => {
  check('Poland, Hungary and Slovakia had warned that the target was too high.', [{ cue: 'warned', source: 'Poland, Hungary and Slovakia', content: 'the target was too high.' }]);
  check('In Brussels, France and Germany said the talks failed.', [{ cue: 'said', source: 'France and Germany', content: 'the talks failed.' }]);
  check('A post shared more than 50,000 times on Facebook claims that the vaccine is dangerous.', [{ cue: 'claims', source: 'A post shared more than 50,000 times on Facebook', content: 'the vaccine is dangerous.' }]);
  check('Sources close to the president said the talks failed.', [{ cue: 'said', source: 'Sources close to the president', content: 'the talks failed.', anonymous: true }]);
});

test('whom and where something was said is no part of it', () => {
  check('The minister told senators on Wednesday that the plan would work.', [{ cue: 'told', source: 'The minister', content: 'the plan would work.' }]);
  check('Modi told a business conference in Mumbai that growth would pick up.', [{ cue: 'told', source: 'Modi', content: 'growth would pick up.' }]);
  check('He said at the summit that talks failed.', [{ cue: 'said', source: 'He', content: 'talks failed.' }]);
});

test('a digest\'s lead-ins are no speakers: days, months, "Follow-up", and a country with one item', () => {
  check('Mid-October: Russian strikes hit the port.', []);
  check('Saturday-Sunday: G20 summit in Johannesburg.', []);
  check('Follow-up: Will China retaliate?', []);
  // "per" a named source, and "according to" after a speaker's label.
  check('More than 2,000 civilians have been killed since October 26, per the UN human rights office.', [
    { cue: 'per', source: 'the UN human rights office', content: 'More than 2,000 civilians have been killed since October 26' },
  ]);
  check('Prices rose 5 per cent, or $5 per barrel.', []);
  check('Reuters: According to the customs agency, exports fell 21 percent.', [
    { cue: ':', source: 'Reuters', content: 'According to the customs agency, exports fell 21 percent.' },
    { cue: 'According to', source: 'the customs agency', content: 'exports fell 21 percent.' },
  ]);
  // A country's name (an actor the glossary knows) heads a digest's item; in a debate a delegation has several turns.
  const gazetteer = createGazetteer(builtinGlossary());
  const sources = (text: string) => analyze(text, { gazetteer }).attributions.map((a) => a.source?.text ?? null);
  assert.deepEqual(sources('**Sudan:** More than 2,000 civilians have been killed since October 26.\n\n**Iran:** Talks stalled.\n'), []);
  const debate = sources('Russia: We reject the draft.\n\nFrance: We support it.\n\nRussia: Then we veto it.\n');
  for (const who of ['Russia', 'France']) assert.ok(debate.includes(who), `${who} in ${debate}`);
});

test('cues set off inside a sentence, relative clauses, titles before a name, passives with a time', () => {
  // Set off after a short opening phrase, or inside the clause, the cue reports the whole sentence.
  check('By 2050, officials say, the glaciers will lose half their mass.', [{ cue: 'say', source: 'officials', content: 'By 2050, officials say, the glaciers will lose half their mass.', vague: true }]);
  check('The talks collapsed, he said, and the troops left.', [{ cue: 'said', source: 'he', content: 'The talks collapsed' }]);
  check('The settlement was, in the words of Richard Holbrooke, "imperfect but necessary."', [{ cue: 'in the words of', source: 'Richard Holbrooke', content: 'The settlement was, in the words of Richard Holbrooke, "imperfect but necessary."' }]);
  // The opening time is no source of the participle; the subject is.
  check('In July, Moscow withdrew from the deal, saying its demands were ignored.', [{ cue: 'saying', source: 'Moscow', content: 'its demands were ignored.' }]);
  // Names joined by "and" and the people they qualify are the subject whole.
  check('Senior Iraqi and American officials on Thursday held talks, emphasizing their commitment to the partnership.', [{ cue: 'emphasizing', source: 'Senior Iraqi and American officials' }]);
  check('Both U.S. and British officials met on Monday, claiming the report was false.', [{ cue: 'claiming', source: 'Both U.S. and British officials' }]);
  // A relative clause ends at its closing comma.
  check('Russia, which has called for the office to be closed, said his report was biased.', [
    { cue: 'called', source: 'Russia', content: 'for the office to be closed' },
    { cue: 'said', source: 'Russia', content: 'his report was biased.' },
  ]);
  // The words before a name set off by commas are the name's title.
  check('The Kazakh deputy foreign minister, Roman Vassilenko, told reporters.', [{ cue: 'told reporters', source: 'Roman Vassilenko' }]);
  assert.equal(attributions('The Kazakh deputy foreign minister, Roman Vassilenko, told reporters.')[0].content, undefined);
  check('The programme was first announced by Prime Minister Donald Tusk in March.', [{ cue: 'announced', source: 'Prime Minister Donald Tusk' }]);
  // An assessment, and questions put to the listener.
  check('Post assesses that the government will fall.', [{ cue: 'assesses', source: 'Post', content: 'the government will fall.' }]);
  check('Can you confirm the report?', []);
  check('The remarks by the Japanese leader are a gross interference.', []);
});

test('a title set off before a name, views, second verbs, vague critics of something, and participles that describe', () => {
  check('The foreign minister, Radoslaw Sikorski, said on Monday that Poland had expelled 20 diplomats.', [{ cue: 'said', source: 'Radoslaw Sikorski', content: 'Poland had expelled 20 diplomats.' }]);
  check('The Secretary General, Mark Rutte, said last week that allies would spend more.', [{ cue: 'said', source: 'Mark Rutte', content: 'allies would spend more.' }]);
  check('In his view, the UK would need 12 frigates by 2030.', [{ cue: 'In his view', source: 'his', content: 'the UK would need 12 frigates by 2030.' }]);
  check('In the view of the Foreign Minister, sanctions will fail.', [{ cue: 'In the view of', source: 'the Foreign Minister', content: 'sanctions will fail.' }]);
  check('Majed al-Ansari said talks continued, but warned that time was short.', [
    { cue: 'said', source: 'Majed al-Ansari', content: 'talks continued' },
    { cue: 'warned', source: 'Majed al-Ansari', content: 'time was short.' },
  ]);
  check('Critics of the government say the plan will fail.', [{ cue: 'say', source: 'Critics of the government', content: 'the plan will fail.', vague: true }]);
  check('The drones hit on Wednesday, according to the air force, knocking out power to 1.2 million households.', [
    { cue: 'according to', source: 'the air force', content: 'The drones hit on Wednesday, according to the air force, knocking out power to 1.2 million households.' },
  ]);
  check("China's stated ambitions include reunification.", []);
  check('The frontier remained disputed for decades.', []);
});

test('posts, podcasts and fact sheets: handles and timestamps before labels, roles with the name in brackets, source notes', () => {
  check('@StateDept: Attacks on civilians are reckless.', [{ cue: ':', source: '@StateDept', content: 'Attacks on civilians are reckless.' }]);
  check('[00:01:12] FISCHER: The money is real.', [{ cue: ':', source: 'FISCHER', content: 'The money is real.' }]);
  check('[00:00:04] HOST (Mark Delaney): Welcome back to the show.', [{ cue: ':', source: 'Mark Delaney', content: 'Welcome back to the show.' }]);
  check('- Refugees registered: 72,409 (Source: UNHCR).', [{ cue: 'Source:', source: 'UNHCR', content: 'Refugees registered: 72,409' }]);
  check('Deaths rose 12%. Source: OCHA', [{ cue: 'Source:', source: 'OCHA', content: 'Deaths rose 12%.' }]);
  check('The source: a leaked memo.', []);
});

test('speeches, committee reports and daily assessments: whom told before "that", a named contrast, reminders, negated findings', () => {
  check('The World Bank told the government in October that reforms are on track.', [{ cue: 'told', source: 'The World Bank', content: 'reforms are on track.' }]);
  check('A Russian milblogger claimed that Russian forces seized the village, but ISW has not observed confirmation.', [
    { cue: 'claimed', source: 'A Russian milblogger', content: 'Russian forces seized the village' },
  ]);
  check('As the Secretary-General reminded us yesterday, the Charter is not a menu.', [{ cue: 'reminded', source: 'the Secretary-General', content: 'the Charter is not a menu.' }]);
  check('ISW has not observed confirmation of the claim.', []);
  check('Fragments of a drone were found near the school.', []);
  check("They're promises, not plans.", []);
  check('A UN document shows the figures.', [{ cue: 'shows', source: 'A UN document', content: 'the figures.' }]);
  check('The Treasury should confirm the figures.', []);
  check('Critics of the plan claim that it is unaffordable.', [{ cue: 'claim', source: 'Critics of the plan', content: 'it is unaffordable.', vague: true }]);
  check('Some will say that the plan is too costly.', [{ cue: 'Some will say', source: 'Some', vague: true }]);
  check('Critics of that approach say it has been overused.', [{ cue: 'say', source: 'Critics of that approach', content: 'it has been overused.', vague: true }]);
});

test('names with letters beyond ASCII, broadcast captions and banners', () => {
  check('Erdo\u011fan said the talks were useful.', [{ cue: 'said', source: 'Erdo\u011fan', content: 'the talks were useful.' }]);
  check('\u00d6mer \u00c7elik, a spokesman for the ruling AK Party, said on Friday that talks were useful.', [{ cue: 'said', source: '\u00d6mer \u00c7elik', content: 'talks were useful.' }]);
  check('GEN. JANE DOE, FORMER NATO COMMANDER: Russia is probing the flank.', [{ cue: ':', source: 'GEN. JANE DOE', content: 'Russia is probing the flank.' }]);
  check('BREAKING NEWS: Cable cut in Baltic.', []);
  // A memo's and a report's section heads in capitals are no speakers; a surname in capitals still is.
  check('BLUF: The mission will run out of money in January.', []);
  check('DISCUSSION: The patrols are the main reason violations have fallen.', []);
  check('RECOMMENDATIONS: The Department should fund the mission.', []);
  check('RISKS: Congress may object to new spending.', []);
  check('VANCE: We are ready to fund the mission.', [{ cue: ':', source: 'VANCE', content: 'We are ready to fund the mission.' }]);
});


test('court, sanctions, budget and debate copy: what reports nothing, and agents named after "cited by"', () => {
  // Nouns, obligations and names are no speech: "the Darfur states", "ten-year plans", "commonly known as", "must be
  // reported", "appropriations encourage numbers", "the rights claimed exist", "agreed to.", "will not comment".
  check('More than 1.3 million people have been displaced across the Darfur states.', []);
  check('Canberra sets out ten-year plans that are revisited every two years.', []);
  check('The oil went to Ansarallah, commonly known as the Houthis.', []);
  check('Assets are blocked and must be reported to OFAC within 10 business days.', []);
  check("Washington's annual appropriations encourage big headline numbers that are then delayed.", []);
  check('The court need not determine whether the rights claimed exist.', []);
  check('Question put and agreed to.', []);
  check('I will not comment on intelligence matters.', []);
  check('The minister encouraged Kyiv to negotiate.', [{ cue: 'encouraged', source: 'The minister', content: 'Kyiv to negotiate.' }]);
  // A vote's tally is no speaker.
  check('IN FAVOUR: President Salam; Judges Tomka, Abraham.\n\nAGAINST: Judge Iwasawa.', []);
  // An agent in capitals after "cited by" names the source; "also" between "was" and the participle keeps it passive.
  check('The figure, cited by Reuters, is wrong.', [{ cue: 'cited by', source: 'Reuters' }]);
  check('Resolution 2719 was also discussed at the hearings.', []);
  // The statement a relative clause describes is the source, not the object before it.
  check('The press office pointed us to a statement from 28 January, which said crossings were down.', [
    { cue: 'said', source: 'a statement from 28 January', content: 'crossings were down.' },
  ]);
});

test("an analyst's judgement is the analyst's: \"We assess with moderate confidence that\", \"We judge it unlikely that\"", () => {
  check('**We assess with moderate confidence** that a text will be signed.', [{ cue: 'assess', source: 'We' }]);
  check('We judge it unlikely (20-35%) that Mali will accept.', [{ cue: 'judge', source: 'We' }]);
  check('We judge with moderate confidence that the ceasefire will collapse before spring.', [{ cue: 'judge', source: 'We', content: 'the ceasefire will collapse before spring.' }]);
  check('We assess with high confidence that the army will not intervene.', [{ cue: 'assess', source: 'We', content: 'the army will not intervene.' }]);
  // The noun stays a noun; a table's cell is no source for the next cell's verb.
  check('The judge ruled that the law was void.', [{ cue: 'ruled', source: 'The judge', content: 'the law was void.' }]);
  check('| Early April 2026 | Officials said talks resume |', [{ cue: 'said', source: 'Officials', vague: true }]);
});

test('obituaries and state-media copy: "as he later put it", a clause of where it was said, a tail set off by commas', () => {
  check('As he later put it, "the art of saying nothing at great length."', [{ cue: 'put it', source: 'he', content: '"the art of saying nothing at great length."' }]);
  check('He took a posting he described as "the coldest of my life."', [{ cue: 'described as', source: 'he', content: '"the coldest of my life."' }]);
  check('Carraway conceded in a 2012 interview with the BBC that the West had been too slow.', [{ cue: 'conceded', source: 'Carraway', content: 'the West had been too slow.' }]);
  check('China will open up, and it welcomes more Finnish firms to invest in China, he added.', [
    { cue: 'welcomes', source: 'it', content: 'more Finnish firms to invest in China' },
    { cue: 'added', source: 'he', content: 'China will open up, and it welcomes more Finnish firms to invest in China' },
  ]);
  // Taking a role on is no speech; accepting what was said is.
  check('Mali will accept any role for the force.', []);
  check('He accepted that the plan failed.', [{ cue: 'accepted', source: 'He', content: 'the plan failed.' }]);
});

test('a trailing "X said" followed by where it was said reports the clause before it', () => {
  check('A campaign compromised 40 networks, the company Halvard Labs said on Thursday, in a report released alongside an advisory.', [
    { cue: 'said', source: 'the company Halvard Labs', content: 'A campaign compromised 40 networks' },
  ]);
  check('Iran has expanded its stockpile, the agency said in a confidential quarterly report to member states.', [
    { cue: 'said', source: 'the agency', content: 'Iran has expanded its stockpile' },
  ]);
});

test('results, courts and op-eds: counts, titles, rulings to come, figures of speech and timetables', () => {
  check('With 87% of precincts reporting, the Democrat leads by 4,212 votes.', []);
  check('The presiding judge, Col. Andrea Whitfield, said the hearing was adjourned.', [{ cue: 'said', source: 'Col. Andrea Whitfield', content: 'the hearing was adjourned.' }]);
  check('Lawyers asked for more time to review newly disclosed phone records.', []);
  check('The judge said she would rule on that motion.', [{ cue: 'said', source: 'The judge', content: 'she would rule on that motion.' }]);
  check('The government would call at least six more witnesses.', []);
  check('Some observers believe the margin will decide the race.', [{ cue: 'Some observers believe', source: 'Some observers', vague: true }]);
  check('The E3 would decide by mid-December whether to back the proposal.', [{ cue: 'decide', source: 'The E3' }]);
  check('We told ourselves that the memorandum meant something.', [{ cue: 'told', source: 'We', content: 'the memorandum meant something.' }]);
  // "History shows" names no one; a timetable and "supposed to produce" are no hearsay.
  check('History shows that ceasefires rarely hold.', [{ cue: 'shows', source: 'History', content: 'ceasefires rarely hold.', vague: true }]);
  check('Sentencing is expected next month.', []);
  check('The framework was supposed to produce joint procurement.', []);
});

test('data stories and explainers: an agent after when it published; what one is accused of; a contrast ends the content', () => {
  check('Arrivals rose, according to figures published on Wednesday by the UN refugee agency.', [
    { cue: 'according to', source: 'figures published on Wednesday by the UN refugee agency', content: 'Arrivals rose' },
  ]);
  check('His forces have been accused by rights groups of tolerating smuggling networks.', [
    { cue: 'accused', source: 'rights groups', content: 'of tolerating smuggling networks.', vague: true },
  ]);
  check('The ministry said the port was closed, but traders said ships were still unloading.', [
    { cue: 'said', source: 'The ministry', content: 'the port was closed' },
    { cue: 'said', source: 'traders', content: 'ships were still unloading.', vague: true },
  ]);
});

test('UN, shipping and profile copy: a person before a title and "who said"; rubric labels; lists in dashes; listing someone', () => {
  check('Also briefing was Martin Oduya, Director of Operations at the Office for the Coordination of Humanitarian Affairs (OCHA), who said the appeal was underfunded.', [
    { cue: 'said', source: 'Martin Oduya', content: 'the appeal was underfunded.' },
  ]);
  check('Profile: Jean-Baptiste Mukendi, alias "Colonel Tango", has commanded fighters for years.', []);
  check('Speaking for the "A3 Plus" \u2014 Algeria, Sierra Leone and Guyana \u2014 the representative said the text was weak.', [
    { cue: 'said', source: 'the representative', content: 'the text was weak.' },
  ]);
  check('The European Union added Mukendi and two of his deputies to its sanctions list.', []);
});

test('explainers and summits: the explainer\'s own "what we know", what is not yet clear, questions, a tail of officials', () => {
  check('Here is what we know so far, as of Tuesday evening.', []);
  check('It is not yet clear whether Israel intends to strike again.', []);
  check('How have the Houthis responded?', []);
  check('We know that the talks failed, officials said.', [
    { cue: 'know', source: 'We', content: 'the talks failed' },
    { cue: 'said', source: 'officials', content: 'We know that the talks failed', vague: true },
  ]);
});

test('UN and profile copy: concerns held, reasons for anonymity, deliberation, a plural subject in a place, no reply', () => {
  check('The resolution struck a balance between the concerns of the host Government and the need to protect civilians.', []);
  check('The sanctions committee is also considering a listing.', []);
  check('Fighters in the area claim he has named his nephew as his successor.', [{ cue: 'claim', source: 'Fighters in the area', content: 'he has named his nephew as his successor.' }]);
  check('Brightwater did not respond to emails sent to the address listed.', [{ cue: 'respond', source: 'Brightwater' }]);
  check('Denmark noted that 60 flight requests had been denied, while Korea said such restrictions put lives at risk.', [
    { cue: 'noted', source: 'Denmark', content: '60 flight requests had been denied' },
    { cue: 'said', source: 'Korea', content: 'such restrictions put lives at risk.' },
  ]);
});

test('committee and poll copy: a noun after its adjective, a participle before the verb, a figure measured in a poll', () => {
  check("The committee's previous report on the subject, published in February 2024, made 14 recommendations.", []);
  check('The compensation scheme announced in the spring of 2023 was honoured.', []);
  check('The minister announced in March that talks would resume.', [{ cue: 'announced', source: 'The minister', content: 'talks would resume.' }]);
  check('29% named the CDU/CSU, compared with 35% in a similar poll a year ago.', []);
});

test('party and campaign officials name no one', () => {
  check('Party officials on both sides privately say they are preparing legal teams.', [{ cue: 'say', source: 'Party officials on both sides', content: 'they are preparing legal teams.', vague: true }]);
  check('Campaign officials said the count was fair.', [{ cue: 'said', source: 'Campaign officials', content: 'the count was fair.', vague: true }]);
});

test('"urged caution" is one cue, not two', () => {
  check('Some analysts urged caution.', [{ cue: 'urged', source: 'Some analysts', content: 'caution.', vague: true }]);
});

test('a vague source after its clause, then when or where it spoke: the clause is the content', () => {
  check('The vote was calm, critics said on Monday.', [{ cue: 'critics said', source: 'critics', content: 'The vote was calm', vague: true }]);
  check('The plan will fail, experts said in a report.', [{ cue: 'experts said', source: 'experts', content: 'The plan will fail', vague: true }]);
  check('The elections were competitive, international observers said in a statement today.', [
    { cue: 'observers said', source: 'international observers', content: 'The elections were competitive', vague: true },
  ]);
  check('The vote was calm, the observers said.', [{ cue: 'observers said', source: 'the observers', content: 'The vote was calm', vague: true }]);
});

test('press briefings: "Q:" is the reporter a label names, or no one; "A:" is the spokesperson a label or the lead names', () => {
  const turns = (text: string) => attributions(text).filter((a) => a.text === ':').map((a) => [a.source?.text ?? null, text.slice(a.content!.start, a.content!.end)]);
  const labelled =
    'SPOKESPERSON (Maria Lindqvist): Good afternoon.\n\nQ: Reporter (AFP), Jean-Luc Martin: Thank you. Will the minister raise Sudan?\n\n' +
    'A: SPOKESPERSON: Yes. Sudan will be high on the agenda.\n\nQ: Will Sweden join the coalition?\n\nA: SPOKESPERSON: We are studying it.';
  assert.deepEqual(turns(labelled), [
    ['Maria Lindqvist', 'Good afternoon.'],
    ['Jean-Luc Martin', 'Thank you. Will the minister raise Sudan?'],
    ['SPOKESPERSON', 'Yes. Sudan will be high on the agenda.'],
    [null, 'Will Sweden join the coalition?'],
    ['SPOKESPERSON', 'We are studying it.'],
  ]);
  const brief =
    'Also on Wednesday, Chinese Foreign Ministry spokesperson Lin Jian answered questions at a regular press briefing.\n\n' +
    'Q: What is China\'s comment?\n\nA: Huangyan Dao has always been China\'s territory.\n\nMeanwhile, the talks went on.';
  assert.deepEqual(turns(brief), [
    [null, "What is China's comment?"],
    ['Lin Jian', "Huangyan Dao has always been China's territory."],
  ]);
  assert.deepEqual(turns('Q: What is the ceasefire?\n\nA: It began in October.'), []);
});

test('no cue: nouns, prepositions, acts and participles that report no words', () => {
  check('Canada ratified CETA in 2017; it is several EU member states that have not.', []);
  check('The council set a levy on imports from ECOWAS states.', []);
  check('Attacks by groups linked to al Qaeda have killed more than 7,000 people.', []);
  check('The evidence submitted by Guyana regarding the effectivités is insufficient.', []);
  check('A summary of the Judgment appears in Summary 2025/4.', []);
  check('In its Judgment of 6 April 2023, the Court rejected those objections.', []);
  check('The ELN kept attacking civilians.', []);
  check('Oil prices rose on Monday, easing concerns about a looming supply glut.', []);
  check('Chinese Foreign Ministry spokesperson Lin Jian answered questions at a regular press briefing.', []);
  check('The two men discussed the implementation of the ceasefire framework.', []);
  check('The statement did not mention the crossing.', []);
  check('OCHA thanks all donors who have contributed to the pooled fund.', []);
  check('07:30 BST: The first convoy crossed the border.', []);
  check('Cholera spread, with 4,310 suspected cases and 97 associated deaths reported between 20 October and 9 November.', []);
  check('Hamdan accused Israel of delaying the release of Palestinian detainees agreed under the deal.', [{ cue: 'accused', source: 'Hamdan' }]);
  check('The elections were competitive and offered voters a genuine choice.', []);
  check('Insurance premiums for vessels calling at Odesa fell.', []);
  check('He said that he intended to travel to Tehran.', [{ cue: 'said', source: 'He', content: 'he intended to travel to Tehran.' }]);
  check('Tehran said it would respond "proportionately" to any new resolution.', [{ cue: 'said', source: 'Tehran' }]);
  check('A separate report will be considered by the Board of Governors, which meets in Vienna.', []);
  check("Kyiv and its European backers have refused, and Washington's position has shifted.", []);
  check("Readers can write to Readers' Editor, 90 York Way, London N1 9GU.", []);
  check('We are happy to make that clear.', []);
  check('Russia and China have opposed the move, arguing that the Europeans lost their standing.', [
    { cue: 'opposed', source: 'Russia and China', content: 'the move' },
    { cue: 'arguing', source: 'Russia and China', content: 'the Europeans lost their standing.' },
  ]);
  // Still cues: thanks for something, a discussion reported by one side, a person who did not mention it.
  check('Cruz thanked Trump on Twitter for backing his priority.', [{ cue: 'thanked', source: 'Cruz' }]);
  check('Clinton has not mentioned Machado since the debate.', [{ cue: 'mentioned', source: 'Clinton' }]);
});

test('whom one told ends before when: "told an industry conference in Riyadh last month that"', () => {
  check("Saudi Arabia's energy minister told an industry conference in Riyadh last month that the kingdom would keep its quotas.", [
    { cue: 'told', source: "Saudi Arabia's energy minister", content: 'the kingdom would keep its quotas.' },
  ]);
});

test('source spans: a name set off after a role, "OPEC+", a subject before its time, a participle with its agent', () => {
  check('Iran\'s ambassador to the IAEA, Reza Najafi, rejected the report as "politically motivated" and said Tehran had "fully cooperated".', [
    { cue: 'rejected', source: 'Reza Najafi', content: 'the report as "politically motivated"' },
    { cue: 'said', source: 'Reza Najafi', content: 'Tehran had "fully cooperated".' },
  ]);
  check('Prices rose after OPEC+ agreed to pause output increases in the first quarter.', [{ cue: 'agreed', source: 'OPEC+', content: 'to pause output increases in the first quarter.' }]);
  check('West African leaders on Sunday extended the transition period but warned that the bloc would not wait indefinitely.', [
    { cue: 'warned', source: 'West African leaders', content: 'the bloc would not wait indefinitely.' },
  ]);
  check('Overnight, Israeli forces demolished at least 30 buildings in Rafah, satellite images analysed by the BBC show.', [
    { cue: 'show', source: 'satellite images analysed by the BBC', content: 'Overnight, Israeli forces demolished at least 30 buildings in Rafah' },
  ]);
});

test('content starts after a live blog entry marker and after a later paragraph\'s dateline', () => {
  check('**14:32 GMT** — Netanyahu has spoken by phone with Marco Rubio, his office said.', [{ cue: 'said', source: 'his office', content: 'Netanyahu has spoken by phone with Marco Rubio' }]);
  check('**Thursday, 21:45 GMT** — The minister will travel to Cairo tomorrow, his office said.', [{ cue: 'said', source: 'his office', content: 'The minister will travel to Cairo tomorrow' }]);
  check('The vote was calm, observers said.\n\nLONDON, 27 October 2025 – The talks were useful, officials said.', [
    { cue: 'observers said', source: 'observers', content: 'The vote was calm', vague: true },
    { cue: 'said', source: 'officials', content: 'The talks were useful', vague: true },
  ]);
  // (An undated one too, the place and a dash: "JOHANNESBURG — ".)
  check('The vote was calm, Jane Doe said.\n\nJOHANNESBURG — The party will meet this weekend, Fikile Mbalula said.', [
    { cue: 'said', source: 'Jane Doe', content: 'The vote was calm' },
    { cue: 'said', source: 'Fikile Mbalula', content: 'The party will meet this weekend' },
  ]);
  check('Russia withdrew from it in 2023.² Russia argued that it had failed.', [
    { cue: '²', source: '²', content: 'Russia withdrew from it in 2023.' },
    { cue: 'argued', source: 'Russia', content: 'it had failed.' },
  ]);
  check('**Gaza ceasefire.** Egyptian and Qatari mediators said talks would resume.', [{ cue: 'said', source: 'Egyptian and Qatari mediators', content: 'talks would resume.' }]);
});

test('citations that report nothing: navigation links, reference lists, headlines in brackets', () => {
  check('→ Read more: https://unfccc.int/cop30', []);
  check('→ https://home.treasury.gov/news/press-releases', []);
  check('Did someone forward this to you? Sign up at https://example.org/newsletter.', []);
  check('Emissions rose 4% last year (https://example.org/report).', [{ cue: 'https://example.org/report', source: 'https://example.org/report', content: 'Emissions rose 4% last year' }]);
  check('Exports rose in 2024.[4]\n\n**Notes**\n\n[4] Reuters, "Russia sets conditions for Black Sea ceasefire", 25 March 2025.\n5. J. Kowalski, "Inside the Joint Coordination Centre", Survival, April 2024.\n\n¹ Author\'s interviews with London market underwriters, October 2025.', [
    // (The note's author is the source.)
    { cue: '[4]', source: 'Reuters', content: 'Exports rose in 2024.' },
  ]);
  check('A report published on Thursday ("Kenya-led mission requests more troops", 13 November) said the mission had 2,500 personnel.', [
    { cue: 'said', source: 'A report published on Thursday', content: 'the mission had 2,500 personnel.' },
  ]);
  check('An article on Tuesday about the EU-Mercosur trade agreement ("Farmers block Brussels as trade pact vote nears", 11 November, page 14) said the agreement had been signed.', [
    { cue: 'said', source: 'An article on Tuesday about the EU-Mercosur trade agreement', content: 'the agreement had been signed.' },
  ]);
  check('A story last week about the Paris Agreement stated that global emissions rose by 1.3 per cent in 2024.', [
    { cue: 'stated', source: 'A story last week about the Paris Agreement', content: 'global emissions rose by 1.3 per cent in 2024.' },
  ]);
});

test('"It said that" is a body\'s own report; "it is said that" names no one', () => {
  check('An obituary of the diplomat said he had served in Cairo. It also said that he helped negotiate the agreement.', [
    { cue: 'said', source: 'An obituary of the diplomat', content: 'he had served in Cairo.' },
    { cue: 'said', source: 'It', content: 'he helped negotiate the agreement.' },
  ]);
  const vague = findAttributions('It is widely said that he helped negotiate the agreement.', segment('It is widely said that he helped negotiate the agreement.', 0), []);
  assert.ok(vague.some((a) => a.vague), JSON.stringify(vague));
});

test('unnamed agencies and organisations are vague sources', () => {
  const text = 'Aid agencies say that more than 12 million people have been displaced.';
  const found = findAttributions(text, segment(text, 0), []);
  assert.ok(found.length === 1 && found[0].vague, JSON.stringify(found));
});

test('"said as much", "said so": no content after the cue, only where and when', () => {
  const text = 'The Prime Minister said as much in the Riksdag on 5 November.';
  const got = findAttributions(text, segment(text, 0), []);
  assert.ok(got.length === 1 && got[0].source?.text === 'The Prime Minister' && got[0].content === undefined, JSON.stringify(got));
  check('He said so many people had died.', [{ cue: 'said', source: 'He', content: 'so many people had died.' }]);
});

test('no cue: compound nouns, copulas, phone calls, disputes, prepositional phrases, clauses and figures as sources', () => {
  check('The estimate came from a Berlin-based think tank.', []);
  check('Several think tanks published estimates.', []);
  check('The figures came from the long-awaited report.', []);
  check('Inside the ministry, officials seem relieved.', []);
  check('She said she had called Okafor to thank him.', [{ cue: 'said', source: 'She', content: 'she had called Okafor to thank him.' }]);
  check('The two parties still argue over how to share the revenue.', []);
  check('Under EU rules, a grant that is withdrawn cannot be paid out.', []);
  check('The bank lent money on terms no commercial lender would offer.', []);
  check('We spent a decade defending the treaty in court.', []);
  check('Even so, the data do not support the forecast.', []);
  check('That would settle only the border, not the broader questions of trade.', []);
  check('The opinions expressed here are the author\'s alone.', []);
  check('The city appealed that ruling in March.', []);
  // Still cues: a call for something, someone called something, a stance that "seems to" be held, a finding dated
  // before its "that", and a concession with only when and where after it (no content).
  check('She called him a coward.', [{ cue: 'called', source: 'She', content: 'him a coward.' }]);
  check('Officials seem to expect a deal.', [{ cue: 'seem', source: 'Officials', content: 'to expect a deal.', vague: true }]);
  check('An audit by the court concluded last year that the scheme had failed.', [{ cue: 'concluded', source: 'An audit by the court', content: 'the scheme had failed.' }]);
  check('The senator conceded in Columbus on Tuesday.', [{ cue: 'conceded', source: 'The senator' }]);
});

test('a forecast sees: its view is its report, and "is expected" in the next sentence is the forecast\'s', () => {
  check('The fund\'s latest projections see inflation easing. Wages are expected to grow by 3% next year.', [
    { cue: 'see', source: 'The fund\'s latest projections', content: 'inflation easing.' },
    { cue: 'are expected', source: 'The fund\'s latest projections', content: 'to grow by 3% next year.' },
  ]);
  check('Wages are expected to grow by 3% next year.', [{ cue: 'are expected', source: null, content: 'to grow by 3% next year.', vague: true }]);
  check('Residents saw smoke over the harbour.', []);
});

test('a perfect progressive ("has been arguing") keeps its subject as the source', () => {
  check('The harbour master has been arguing that the pier needs repair.', [{ cue: 'arguing', source: 'The harbour master', content: 'the pier needs repair.' }]);
  check('Fishermen in the bay had been demanding new quotas for years.', [{ cue: 'demanding', source: 'Fishermen in the bay', content: 'new quotas for years.' }]);
  check('Ticket sales have been falling, the opera company has been warning.', [{ cue: 'warning', source: 'the opera company', content: 'Ticket sales have been falling' }]);
});

test('a paragraph ending "X added:" reports the next paragraph, even where a pronoun or a vague cue speaks in it', () => {
  const text = 'The coach added:\n\nThe pitch is a disgrace. As you said yourself, Tom, the drains never worked. I have never seen worse.\n';
  const got = attributions(text);
  const added = got.find((a) => a.text === 'added');
  assert.ok(added?.content, JSON.stringify(got));
  assert.equal(text.slice(added.content.start, added.content.end), 'The pitch is a disgrace. As you said yourself, Tom, the drains never worked. I have never seen worse.');
  // A named source in the next paragraph speaks for itself.
  const other = 'The coach added:\n\nThe pitch is fine, the groundsman said.\n';
  const a = attributions(other).find((x) => x.text === 'added');
  assert.ok(a && (!a.content || a.content.end <= a.content.start), JSON.stringify(a));
});

test('a participle or a noun in "-sis" inside a document source does not cut it: "an analysis of newly filed reports shows"', () => {
  check('Ferry fares rose by a third, an analysis of newly filed port records shows.', [
    { cue: 'shows', source: 'an analysis of newly filed port records', content: 'Ferry fares rose by a third' },
  ]);
  check('The leaked memo says the depot will close in spring.', [{ cue: 'says', source: 'The leaked memo', content: 'the depot will close in spring.' }]);
  // ("The two taped a show": after a number the participle is the verb.)
  check('The two taped an interview that aired on Sunday.', []);
});

test('"offering" after a noun is a sale of shares; after an auxiliary or a comma it offers something', () => {
  check('The planned share offering was postponed until spring.', []);
  check('The council is offering free bus passes to pensioners.', [{ cue: 'offering', source: 'The council', content: 'free bus passes to pensioners.' }]);
});

test('a request: "asked X to do Y"; not "asked not to be named" nor a passive', () => {
  check('The fishermen\'s union has asked the harbour board, which meets on Friday, to delay the new fees.', [
    { cue: 'asked', source: "The fishermen's union", content: 'the harbour board, which meets on Friday, to delay the new fees.' },
  ]);
  check('Tenants asked the landlord to fix the boiler.', [{ cue: 'asked', source: 'Tenants', content: 'the landlord to fix the boiler.' }]);
  check('A porter, who asked not to be named, said the lifts had failed.', [{ cue: 'said', source: 'A porter', content: 'the lifts had failed.', anonymous: true }]);
  check('The clerk was asked to leave the hall.', []);
});

test('a verdict for or against a party ("ruled against", "ruled in favour of") is the court\'s finding, as "ruled that" is', () => {
  check('A county judge ruled against the landlord on Tuesday.', [{ cue: 'ruled', source: 'A county judge', content: 'against the landlord on Tuesday.' }]);
  check('The tribunal ruled in favour of the nurses.', [{ cue: 'ruled', source: 'The tribunal', content: 'in favour of the nurses.' }]);
  // ("ruled" without a party or "that" is still no report.)
  check('The family ruled the valley for a century.', []);
});

test('a subject with a name after "for" or "of" speaks for a second verb: "A reporter for the Gazette spotted X and reported Y"', () => {
  check('A reporter for the Gazette spotted the senator and reported her arrival on social media.', [
    { cue: 'reported', source: 'A reporter for the Gazette', content: 'her arrival on social media.' },
  ]);
  check('The head of the Port Authority toured the docks and promised new cranes.', [{ cue: 'promised', source: 'The head of the Port Authority', content: 'new cranes.' }]);
});

test('"by one estimate", "by the council\'s own count", "by most accounts": a count set off in the sentence sources it', () => {
  check('By one estimate, a third of the reefs have bleached.', [{ cue: 'By', source: 'one estimate', content: 'a third of the reefs have bleached.', vague: true }]);
  check('Forty boats sank, by the harbour board\'s own count.', [{ cue: 'by', source: "the harbour board's own count", content: 'Forty boats sank' }]);
  check('The fare rose to 12 euros, by one count of the Rail Users Union.', [{ cue: 'by', source: 'one count of the Rail Users Union', content: 'The fare rose to 12 euros' }]);
  // (Not set off: a means or an amount, no source.)
  check('The grant was cut by one estimate of the panel.', []);
  check('Rent is paid by account transfer.', []);
});

test('"can" stands between a source and its verb like "could"; so do "be" and "heard" before a participle in "-ing"', () => {
  check('The harbour master can confirm that two boats sank.', [{ cue: 'confirm', source: 'The harbour master', content: 'two boats sank.' }]);
  check('The ferry captain can be heard shouting to the crew that the hatch is open.', [
    { cue: 'shouting', source: 'The ferry captain', content: 'the hatch is open.' },
  ]);
  check('The mayor will be arguing that the tram must stay.', [{ cue: 'arguing', source: 'The mayor', content: 'the tram must stay.' }]);
});

test('a bare verb that is also a noun ("question", "doubt") after a plural subject and an aside: "Some farmers, however, question"', () => {
  check('Many growers, however, doubt the new yield figures.', [{ cue: 'doubt', source: 'Many growers', content: 'the new yield figures.', vague: true }]);
  check('The unions, for their part, question the timetable.', [{ cue: 'question', source: 'The unions', content: 'the timetable.' }]);
});

test('a verb\'s "-s" form that is also a plural noun is the verb after a singular subject and before its object', () => {
  check('The harbour master claims the pier is sound.', [{ cue: 'claims', source: 'The harbour master', content: 'the pier is sound.' }]);
  check("The union's leader blames the board for the strike.", [{ cue: 'blames', source: "The union's leader", content: 'the board for the strike.' }]);
  check('The ferry company estimates the repair bill at two million euros.', [
    { cue: 'estimates', source: 'The ferry company', content: 'the repair bill at two million euros.' },
  ]);
  // (A deed or a price, and a plural noun, stay no cue.)
  check('The bank charges a fee for every transfer.', []);
  check('The insurance claims were rejected.', []);
});

test('verbs that double their last consonant cue in the past: "admitted", "slammed", "quipped"', () => {
  check('The harbour master admitted the pier was unsafe.', [{ cue: 'admitted', source: 'The harbour master', content: 'the pier was unsafe.' }]);
  check('The skipper quipped that the sea had won.', [{ cue: 'quipped', source: 'The skipper', content: 'the sea had won.' }]);
  // (Being admitted to hospital is no report.)
  check('The skipper was admitted to hospital on Sunday.', []);
});

test('"say" inverted after the content: ", say officials", "," say two senior officials"; not ", say, 2 percent"', () => {
  check('Fares will rise again in spring, say the Greens.', [{ cue: 'say', source: 'the Greens', content: 'Fares will rise again in spring' }]);
  check('Fares will rise again in spring, say economists.', [{ cue: 'say', source: 'economists', content: 'Fares will rise again in spring', vague: true }]);
  check('A small levy, say, 2 percent, would do.', []);
});

test('"As the mayor put it, ...", "..., as the mayor put it." and "In the mayor\'s words, ..." name who said the clause', () => {
  check('As the harbour master put it, the pier is finished.', [{ cue: 'put it', source: 'the harbour master', content: 'the pier is finished.' }]);
  check('The pier is finished, as the harbour master put it.', [{ cue: 'put it', source: 'the harbour master', content: 'The pier is finished' }]);
  check("In the harbour master's words, the pier is finished.", [{ cue: "In the harbour master's words", source: 'the harbour master', content: 'the pier is finished.' }]);
  // ("put it at" still measures; "put it on the table" says nothing.)
  check('As the clerk put it on the table, the room went quiet.', []);
});

test('a newsroom\'s "has learned": "..., the Gazette has learned.", "The Gazette has learned that ..."; not "learned to swim"', () => {
  check('The ferry line will close in May, the Gazette has learned.', [{ cue: 'learned', source: 'the Gazette', content: 'The ferry line will close in May' }]);
  check('The Gazette has learned that the ferry line will close.', [{ cue: 'learned', source: 'The Gazette', content: 'the ferry line will close.' }]);
  check('The skipper learned to sail at nine.', []);
  check('We have learned a great deal.', []);
});

test('a section heading in capitals is no speaker: "WHAT WE CHECKED:", "KEY NUMBERS:"; a transcript\'s "MAYOR LUND:" is', () => {
  check('WHAT WE CHECKED: The harbour fees rose by a third.', []);
  check('KEY NUMBERS: The harbour handled 40 ships.', []);
  check('HOW IT WORKS: Each ferry pays a flat fee.', []);
  check('MAYOR LUND: The harbour will stay open.', [{ cue: ':', source: 'MAYOR LUND', content: 'The harbour will stay open.' }]);
});

test('content starts after a list item\'s marker, a timeline entry\'s date and dash, and a label in capitals', () => {
  check('* The pier flooded twice, according to the harbour office.', [{ cue: 'according to', source: 'the harbour office', content: 'The pier flooded twice' }]);
  check('- March 3, 2021 - The pier flooded, according to the harbour office.', [{ cue: 'according to', source: 'the harbour office', content: 'The pier flooded' }]);
  check('2. The pier flooded, the harbour office said.', [{ cue: 'said', source: 'the harbour office', content: 'The pier flooded' }]);
  check('A: The ferry runs hourly, the operator said.', [{ cue: 'said', source: 'the operator', content: 'The ferry runs hourly' }]);
  check('OUR TAKE: "Too costly," says the auditor.', [{ cue: 'says', source: 'the auditor', content: '"Too costly,"' }]);
  // (Only at a line's start: "TOTAL:" inside a line stays.)
  check('The clerk said: TOTAL: 40 ships.', [{ cue: 'said', source: 'The clerk', content: 'TOTAL: 40 ships.' }]);
});

test('after a dash that follows a quotation the source is the whole name with its role, up to the comma', () => {
  check('"The pier is finished." \u2014 Harbour master Olaf Lund, at a hearing on Monday.', [{ cue: '\u2014', source: 'Harbour master Olaf Lund', content: '"The pier is finished."' }]);
  check('"The pier is finished." \u2014 Deputy Mayor Olaf Lund', [{ cue: '\u2014', source: 'Deputy Mayor Olaf Lund' }]);
});

test('a vague source ends before the auxiliaries and adverbs: "Analysts had widely predicted"', () => {
  check('Analysts had widely predicted the merger.', [{ cue: 'Analysts had widely predicted', source: 'Analysts', content: 'the merger.', vague: true }]);
  check('Some critics would not have predicted the result.', [{ cue: 'Some critics would not have predicted', source: 'Some critics', content: 'the result.', vague: true }]);
});

test('the content stops before the writer\'s comment on it: ", a claim we rated False", ", a charge he denies"', () => {
  check('The mayor told voters that the harbour had doubled its traffic, a claim we rated False.', [{ cue: 'told', source: 'The mayor', content: 'the harbour had doubled its traffic' }]);
  check('The auditor said the fund had lost $2 million, a figure we could not verify.', [{ cue: 'said', source: 'The auditor', content: 'the fund had lost $2 million' }]);
  // (Inside the quotation the comment is the speaker's; a clause that goes on with the report stays.)
  check('The mayor said "traffic doubled, a claim they rejected" at the hearing.', [{ cue: 'said', source: 'The mayor', content: '"traffic doubled, a claim they rejected" at the hearing.' }]);
  check('The auditor said the fund would need $2 million, a sum that would double the levy.', [{ cue: 'said', source: 'The auditor', content: 'the fund would need $2 million, a sum that would double the levy.' }]);
});

test('when or where a ruling was given, between the cue and its "that", is not part of the cue', () => {
  const cases: [string, Expect[]][] = [
    ['The appeals court ruled on Friday that the toll was unlawful.', [{ cue: 'ruled', source: 'The appeals court', content: 'the toll was unlawful.' }]],
    ['A county judge ruled last week that the lease was void.', [{ cue: 'ruled', source: 'A county judge', content: 'the lease was void.' }]],
    ['The board ruled in March 2019 that the pier was unsafe.', [{ cue: 'ruled', source: 'The board', content: 'the pier was unsafe.' }]],
    ['The inspectors pointed out on Monday that the dam was cracked.', [{ cue: 'pointed out', source: 'The inspectors', content: 'the dam was cracked.' }]],
  ];
  for (const [text, want] of cases) check(text, want);
});

test('in a relative clause on a noun of saying or counting (", an estimate the council has disputed") the clause\'s subject is the source', () => {
  const cases: [string, Expect[]][] = [
    ['The storm cut power to 9,000 homes, an estimate the utility has disputed.', [{ cue: 'disputed', source: 'the utility', content: 'The storm cut power to 9,000 homes' }]],
    ['Two ferries sank in the gale, an assertion coastguards have not confirmed.', [{ cue: 'confirmed', source: 'coastguards', content: 'Two ferries sank in the gale' }]],
    ['The dam leaked for a week, a figure the Water Board has questioned.', [{ cue: 'questioned', source: 'the Water Board', content: 'The dam leaked for a week' }]],
    ['The dam leaked for a week, a claim local farmers have disputed.', [{ cue: 'disputed', source: 'local farmers', content: 'The dam leaked for a week' }]],
    ['Three wells ran dry, an account that engineers have not confirmed.', [{ cue: 'confirmed', source: 'engineers', content: 'Three wells ran dry' }]],
    // (The noun itself stays the source when its clause ends in its own verb and another verb reports.)
    ['The estimate the utility published said 9,000 homes lost power.', [{ cue: 'said', source: 'The estimate the utility published', content: '9,000 homes lost power.' }]],
  ];
  for (const [text, want] of cases) check(text, want);
});

test('where or when a pledge was made, right after the cue and before its to-infinitive, is not what was pledged', () => {
  const cases: [string, Expect[]][] = [
    ['The two ministers agreed in Oslo to reopen the border.', [{ cue: 'agreed', source: 'The two ministers', content: 'to reopen the border.' }]],
    ['The governor pledged in April to repair the bridge.', [{ cue: 'pledged', source: 'The governor', content: 'to repair the bridge.' }]],
    ['The retailer promised in 2021 to stop buying palm oil.', [{ cue: 'promised', source: 'The retailer', content: 'to stop buying palm oil.' }]],
    ['The unions vowed at the rally to keep striking.', [{ cue: 'vowed', source: 'The unions', content: 'to keep striking.' }]],
  ];
  for (const [text, want] of cases) check(text, want);
});

test('a mid-sentence "according to X" reports a second predicate of the same subject after it, but not a new subject\'s clause', () => {
  const cases: [string, Expect[]][] = [
    ['The ferry line runs 30 sailings a week, according to its operator, and carries two million people a year.', [{ cue: 'according to', source: 'its operator', content: 'The ferry line runs 30 sailings a week, according to its operator, and carries two million people a year.' }]],
    ['The brigade has roughly 700 troops, according to the ministry, and holds several villages.', [{ cue: 'according to', source: 'the ministry', content: 'The brigade has roughly 700 troops, according to the ministry, and holds several villages.' }]],
    ['The brigade has roughly 700 troops, according to the ministry, and farmers in the valley are leaving.', [{ cue: 'according to', source: 'the ministry', content: 'The brigade has roughly 700 troops' }]],
    ['Exports fell 4%, according to the customs office, and prices rose.', [{ cue: 'according to', source: 'the customs office', content: 'Exports fell 4%' }]],
  ];
  for (const [text, want] of cases) check(text, want);
});

test('when or where a conclusion was reached, between "concluded" and its "that", keeps the attribution', () => {
  const cases: [string, Expect[]][] = [
    ['The auditors concluded at the end of 2022 that the fund was insolvent.', [{ cue: 'concluded', source: 'The auditors', content: 'the fund was insolvent.' }]],
    ['A review panel concluded on Nov. 5 that the bridge was sound.', [{ cue: 'concluded', source: 'A review panel', content: 'the bridge was sound.' }]],
    ['The coroner concluded in early March 2021 that the fire was an accident.', [{ cue: 'concluded', source: 'The coroner', content: 'the fire was an accident.' }]],
  ];
  for (const [text, want] of cases) check(text, want);
});

test('where and to whom something was said, between the cue and its "that", is not its content', () => {
  const cases: [string, Expect[]][] = [
    ['The governor said in a memo to staff that the office would close.', [{ cue: 'said', source: 'The governor', content: 'the office would close.' }]],
    ['The minister said in a letter to the mayors that fees would rise.', [{ cue: 'said in a letter', source: 'The minister', content: 'fees would rise.' }]],
    ['The coach said in Lisbon to the press that the squad was tired.', [{ cue: 'said', source: 'The coach', content: 'the squad was tired.' }]],
    ['The envoy wrote to the bank during the talks that the loan was late.', [{ cue: 'wrote', source: 'The envoy', content: 'the loan was late.' }]],
  ];
  for (const [text, want] of cases) check(text, want);
});

test('a noun of counting or saying after its owner belongs to the source of "according to"', () => {
  const cases: [string, Expect[]][] = [
    ['About 300 homes flooded, according to navy estimates.', [{ cue: 'according to', source: 'navy estimates', content: 'About 300 homes flooded' }]],
    ['According to union estimates, 9,000 workers struck.', [{ cue: 'According to', source: 'union estimates', content: '9,000 workers struck.' }]],
    ['Output fell, according to court documents.', [{ cue: 'according to', source: 'court documents', content: 'Output fell' }]],
  ];
  for (const [text, want] of cases) check(text, want);
});

test('a hyphenated noun as subject keeps its pledge or promise: "The co-op promised to"', () => {
  const cases: [string, Expect[]][] = [
    ['The co-op promised to lower rents.', [{ cue: 'promised', source: 'The co-op', content: 'to lower rents.' }]],
    ['The co-op pledged to lower rents.', [{ cue: 'pledged', source: 'The co-op', content: 'to lower rents.' }]],
    ['A think-tank vowed to publish its data.', [{ cue: 'vowed', source: 'A think-tank', content: 'to publish its data.' }]],
    ['The ex-governor said that the levy was unfair.', [{ cue: 'said', source: 'The ex-governor', content: 'the levy was unfair.' }]],
  ];
  for (const [text, want] of cases) check(text, want);
});

test('no cue: ports of call, distress and video calls (maritime and energy copy)', () => {
  check("The firm said its other ships had called at Chinese ports.", [{ cue: 'said', source: 'The firm' }]);
  check('Several tankers have called at Novorossiysk this month.', []);
  check('A frigate answered a distress call.', [{ cue: 'answered', source: 'A frigate' }]);
  check('The ship sent a distress call on Monday.', []);
  check('The deal was reached during a video call on Monday.', []);
  check('She made a video call to the team.', []);
  check('In a video message on Monday, Ruto outlined the plan.', [{ cue: 'In a video message', source: 'Ruto' }]);
});

test('a participle takes a subject with an ampersand in its name whole ("S&P Global Ratings", "AT&T")', () => {
  check('S&P Global Ratings cut the rating on Friday, citing uncertainty.', [{ cue: 'citing', source: 'S&P Global Ratings' }]);
  check('M&G Investments raised its stake, saying the shares were cheap.', [{ cue: 'saying', source: 'M&G Investments' }]);
});

test('people "of" a list of countries are the source whole ("The ministers of Tuvalu, Vanuatu and Fiji told")', () => {
  check('The ministers of Tuvalu, Vanuatu, Fiji and the Marshall Islands told a briefing that the goal was a floor.', [{ cue: 'told', source: 'The ministers of Tuvalu, Vanuatu, Fiji and the Marshall Islands' }]);
  check('The heads of Chile, Peru and Bolivia said the deal was fair.', [{ cue: 'said', source: 'The heads of Chile, Peru and Bolivia' }]);
  check('In Brussels, France and Germany said the deal was fair.', [{ cue: 'said', source: 'France and Germany' }]);
});

test('an amount added is no remark ("had been adding 137,000 barrels per day")', () => {
  check('The group had been adding 137,000 barrels per day each month since October.', []);
  check('The economy added 3,000 jobs last month.', []);
  check('He added 20 people had died in the attack.', [{ cue: 'added', source: 'He', content: '20 people had died in the attack.' }]);
});

test('declining to do a thing other than speak is no refusal to say ("they decline to relocate")', () => {
  check('Members pay a fee for each person they decline to relocate.', []);
  check('The company declined to comment.', [{ cue: 'declined', source: 'The company' }]);
});

test('a frame after a possessive subject and an aside takes the noun owned ("OPEC\u2019s own secretariat, in a report")', () => {
  check('OPEC\u2019s own secretariat, in a report published the same day, kept its estimate.', [{ cue: 'in a report', source: 'OPEC\u2019s own secretariat' }]);
});

test('an acronym in brackets inside the source\u2019s noun phrase keeps the phrase whole ("the ... (UKMTO) agency said")', () => {
  check('The ship was hit west of Hodeidah, the United Kingdom Maritime Trade Operations (UKMTO) agency said.', [{ cue: 'said', source: 'the United Kingdom Maritime Trade Operations (UKMTO) agency' }]);
  check('The Kenya Revenue Authority (KRA) chief said taxes would rise.', [{ cue: 'said', source: 'The Kenya Revenue Authority (KRA) chief' }]);
  check('The International Energy Agency (IEA) said demand would fall.', [{ cue: 'said', source: 'The International Energy Agency' }]);
});

test('a firm named before its analysts names the source: "Morgan Stanley analysts said" is no vague attribution', () => {
  check('Morgan Stanley analysts said in a report that the disclosure raised doubts.', [
    { cue: 'said in a report', source: 'Morgan Stanley analysts', content: 'the disclosure raised doubts.' },
  ]);
  check('Goldman Sachs economists said the bank would cut rates.', [{ cue: 'said', source: 'Goldman Sachs economists', content: 'the bank would cut rates.' }]);
  check('Growth will slow, Capital Economics analysts said.', [{ cue: 'said', source: 'Capital Economics analysts', content: 'Growth will slow' }]);
  // A region, a group or a quantity before the people names no one.
  check('Western European diplomats say the plan is dead.', [{ cue: 'say', source: 'Western European diplomats', content: 'the plan is dead.', vague: true }]);
  check('Some European diplomats said the talks had failed.', [{ cue: 'Some European diplomats said', source: 'Some European diplomats', content: 'the talks had failed.', vague: true }]);
  check('Wall Street analysts expect a cut.', [{ cue: 'analysts expect', source: 'analysts', content: 'a cut.', vague: true }]);
});

test('a bare verb after people and the body they work at: "Researchers at the University of Cambridge estimate that"', () => {
  check('Researchers at the University of Cambridge estimate that the levy prevented 5,000 cases a year.', [
    { cue: 'estimate', source: 'Researchers at the University of Cambridge', content: 'the levy prevented 5,000 cases a year.' },
  ]);
  check('Economists at the Bank of England estimate that growth will slow.', [{ cue: 'estimate', source: 'Economists at the Bank of England', content: 'growth will slow.' }]);
  // The noun of a compound is still no cue.
  check('The Bank of England estimate was revised in May.', []);
});

test('whom a leader told, "aides" or "his generals", is no part of what was told; "that night" after it is when', () => {
  check('There would be no retreat, he told aides that night.', [{ cue: 'told', source: 'he', content: 'There would be no retreat' }]);
  check('Peace would come only after victory, he told his generals.', [{ cue: 'told', source: 'he', content: 'Peace would come only after victory' }]);
  check('She told her closest advisers the talks had failed.', [{ cue: 'told', source: 'She', content: 'the talks had failed.' }]);
  check('The army will win, she said that morning.', [{ cue: 'said', source: 'she', content: 'The army will win' }]);
  check('He told aides that the war was lost.', [{ cue: 'told', source: 'He', content: 'the war was lost.' }]);
});

test('a poll or document in a frame speaks when the subject is a share of those asked: "In the Ipsos survey, 64% agreed"', () => {
  check('In the Ipsos survey, 64% agreed that the system was unsustainable.', [
    { cue: 'In', source: 'the Ipsos survey', content: '64% agreed that the system was unsustainable.' },
  ]);
  check('In the survey, a majority opposed the plan.', [{ cue: 'In', source: 'the survey', content: 'a majority opposed the plan.' }]);
});

test('nouns and sackings are no cues: "A second document, ...", "dismissed 40 officers", "because he still fears reprisals"', () => {
  check('A second document, a memo prepared for the cabinet, describes the cuts as severe.', [
    { cue: 'describes', source: 'A second document', content: 'the cuts as severe.' },
  ]);
  check('The minister dismissed 40 officers in a single week.', []);
  check('The general dismissed his chief of staff on Monday.', []);
  check('The minister dismissed the report as propaganda.', [{ cue: 'dismissed', source: 'The minister', content: 'the report as propaganda.' }]);
  check('One of them, who spoke on condition of anonymity because he still fears reprisals, said the plan failed.', [
    { cue: 'said', source: 'One of them', content: 'the plan failed.', anonymous: true },
  ]);
});

test('a poll by a named pollster, with when it came out set off by commas: "A separate poll by YouGov, published on Sunday, put"', () => {
  check('A separate poll by YouGov, published on Sunday, put opposition to the plan at 61%.', [
    { cue: 'poll', source: 'YouGov', content: 'put opposition to the plan at 61%.' },
  ]);
  check('A second survey by Gallup put support at 44%.', [{ cue: 'survey', source: 'Gallup', content: 'put support at 44%.' }]);
});

test('a definite group after a named source of the same people refers back to it: "The researchers found"', () => {
  check('Researchers at the University of Oxford estimate that the policy saved 3,000 lives. The researchers found no effect among boys.', [
    { cue: 'estimate', source: 'Researchers at the University of Oxford', content: 'the policy saved 3,000 lives.' },
    { cue: 'found', source: 'The researchers', content: 'no effect among boys.' },
  ]);
  // With no named researchers before, they are still vague; other people are not the named ones.
  check('The researchers found no effect among boys.', [{ cue: 'researchers found', source: null, content: 'no effect among boys.', vague: true }]);
  check('Analysts at Jefferies wrote that the fine could reach $150 million. Scientists said more work was needed.', [
    { cue: 'wrote', source: 'Analysts at Jefferies', content: 'the fine could reach $150 million.' },
    { cue: 'Scientists said', source: null, content: 'more work was needed.', vague: true },
  ]);
});

test('a body that recorded a change by a figure is its source: "Frontex recorded a 14% rise in crossings"', () => {
  check('Frontex recorded a 14% rise in irregular crossings last year.', [{ cue: 'recorded', source: 'Frontex', content: 'a 14% rise in irregular crossings last year.' }]);
  check('Eurostat registered a 2.5 percent increase in prices.', [{ cue: 'registered', source: 'Eurostat', content: 'a 2.5 percent increase in prices.' }]);
  // A record set is no count kept.
  check('The team recorded a 3-0 win.', []);
  // A count of things a body kept is its own too; a player's or a team's score is none.
  check('The Commission recorded 41 incidents in October.', [{ cue: 'recorded', source: 'The Commission', content: '41 incidents in October.' }]);
  check('Frontex recorded at least 300 new arrivals.', [{ cue: 'recorded', source: 'Frontex', content: 'at least 300 new arrivals.' }]);
  check('The CEC registered 23 contestants.', []);
  check('Jalen Smith recorded 12 rebounds.', []);
  check('The team recorded 12 wins.', []);
  // What describes the body may stand between, set off by commas.
  check('Frontex, the EU border agency, recorded a 14% rise in irregular crossings last year.', [
    { cue: 'recorded', source: 'Frontex', content: 'a 14% rise in irregular crossings last year.' },
  ]);
  check('The US Geological Survey, which monitors quakes, measured the quake at magnitude 7.7.', [
    { cue: 'measured', source: 'The US Geological Survey', content: 'the quake at magnitude 7.7.' },
  ]);
});

test('a cue set off inside the clause, with when it was said, reports the whole clause: "He was, he insisted last week, only ..."', () => {
  check('He was, he insisted in an interview last week, only a soldier doing his duty.', [
    { cue: 'insisted in an interview', source: 'he', content: 'He was, he insisted in an interview last week, only a soldier doing his duty.' },
  ]);
  check('The plan failed, he said last week, and he resigned.', [{ cue: 'said', source: 'he', content: 'The plan failed' }]);
});

test('"seen by this agency" closing the sentence is the source\'s: "this" after "by" names the outlet, no time', () => {
  check('The ministry planned to cut a third of its staff, according to a draft budget plan seen by this agency.', [
    { cue: 'according to', source: 'a draft budget plan seen by this agency', content: 'The ministry planned to cut a third of its staff' },
  ]);
});

test('a share of those asked speaks through the poll the sentence opens with: "In a Gallup poll last month, 52% said"', () => {
  check('In a Gallup poll last month, 52% said they backed the war.', [{ cue: 'said', source: 'a Gallup poll', content: 'they backed the war.' }]);
  check('In a Gallup poll, a majority said they backed the war.', [{ cue: 'said', source: 'a Gallup poll', content: 'they backed the war.' }]);
  // Without a poll, the share is the whole figure.
  check('In 2020, 52% said they backed the war.', [{ cue: 'said', source: '52%', content: 'they backed the war.' }]);
});

test('"It is well known that" names no one: no source "It"', () => {
  check('It is well known that taxes deter investment.', [{ cue: 'It is well known', source: null, content: 'that taxes deter investment.', vague: true }]);
});

test('a power to propose a thing, or a choice of one, reports no words: "can recommend changes", "would decide on a budget"', () => {
  check('The committee can recommend changes.', []);
  check('The council would decide on a budget.', []);
  check('The council decided on Monday that the budget would rise.', [{ cue: 'decided', source: 'The council', content: 'the budget would rise.' }]);
  check('The committee may recommend that the plan be dropped.', [{ cue: 'recommend', source: 'The committee', content: 'the plan be dropped.' }]);
  check('The committee recommended changes.', [{ cue: 'recommended', source: 'The committee', content: 'changes.' }]);
});

test('researchers and scientists named by their body speak for it, as its analysts do: "Capital Economics researchers said"', () => {
  check('Capital Economics researchers said growth would slow.', [{ cue: 'said', source: 'Capital Economics researchers', content: 'growth would slow.' }]);
  check('UN scientists said the ice was melting.', [{ cue: 'said', source: 'UN scientists', content: 'the ice was melting.' }]);
  check('Researchers said growth would slow.', [{ cue: 'Researchers said', source: null, content: 'growth would slow.', vague: true }]);
});

test('a French institution named with its particle and lower-case words is the whole source: "The Cour des comptes said"', () => {
  check('The Cour des comptes said the deficit was too high.', [{ cue: 'said', source: 'The Cour des comptes', content: 'the deficit was too high.' }]);
  check('The Haut Conseil des finances publiques, the fiscal watchdog, said in an opinion published on 22 October that the forecast was high.', [
    { cue: 'said', source: 'The Haut Conseil des finances publiques', content: 'the forecast was high.' },
  ]);
  // A French title before the name set off, as "The minister of public accounts, Amélie de Montchalin, said" is read.
  check('Madame la ministre des Comptes publics, Amélie de Montchalin, said that the state would pay.', [
    { cue: 'said', source: 'Madame la ministre des Comptes publics', content: 'the state would pay.' },
  ]);
});

test('"the fund for responding to loss and damage" names what a fund is for: no reply reported', () => {
  check('Delegates agreed to launch the fund for responding to loss and damage.', [
    { cue: 'agreed', source: 'Delegates', content: 'to launch the fund for responding to loss and damage.' },
  ]);
});

test('a poll that gives someone a share is its source: "A survey last month gave him an approval rating of 67%"', () => {
  check('A survey last month gave him an approval rating of 67%.', [{ cue: 'gave', source: 'A survey', content: 'him an approval rating of 67%.' }]);
  check('A poll gave the party 30% of the vote.', [{ cue: 'gave', source: 'A poll', content: 'the party 30% of the vote.' }]);
  check('He gave the party 30% of his wealth.', []);
});

test('"Según X," in English copy quoting Spanish media is "according to X"', () => {
  check('Según El País, the alert was sent to every mayor by email.', [{ cue: 'Según', source: 'El País', content: 'the alert was sent to every mayor by email.' }]);
  check('Según fuentes municipales, the town hall had closed the schools.', [{ cue: 'Según', source: 'fuentes municipales', content: 'the town hall had closed the schools.' }]);
  check('Segun La Nacion, the minister resigned.', [{ cue: 'Segun', source: 'La Nacion', content: 'the minister resigned.' }]);
  check('The alert was sent to every mayor, según El Mundo.', [{ cue: 'según', source: 'El Mundo', content: 'The alert was sent to every mayor' }]);
  check('The Segunda División club said it would appeal.', [{ cue: 'said', source: 'The Segunda División club', content: 'it would appeal.' }]);
});

test('"in the province by email" is where and how a thing was sent, no frame of saying as "in a statement" is', () => {
  check('The alert was sent to every mayor in the province by email.', []);
  check('The results were sent to all schools in the region by letter.', []);
  check('In a written statement, the ministry said it would appeal.', [{ cue: 'said', source: 'the ministry', content: 'it would appeal.' }]);
});

test('a report carried by a newspaper or a journal is sourced to it, and what it says may open with a figure', () => {
  check('The spokesperson declined to confirm a report in The Washington Post that 3,000 troops would leave by the autumn.', [
    { cue: 'declined', source: 'The spokesperson' },
    { cue: 'report', source: 'The Washington Post', content: '3,000 troops would leave by the autumn.' },
  ]);
  check('The ministry declined to comment on a report by Reuters that 3,000 jobs would go.', [
    { cue: 'declined', source: 'The ministry' },
    { cue: 'report', source: 'Reuters', content: '3,000 jobs would go.' },
  ]);
  // Not a month or a place after "in".
  check('A report in January that the plant would close proved wrong.', []);
});

test('a relative pronoun speaks for the noun phrase before it, not for the clause whose object that is', () => {
  check('They met a panel, which warned in October that detention was widespread.', [{ cue: 'warned', source: 'a panel', content: 'detention was widespread.' }]);
  check('The figures mirror those of the World Bank, which said last year that growth would slow.', [{ cue: 'said', source: 'the World Bank', content: 'growth would slow.' }]);
  check('The ruling followed a complaint by a local charity, which said in March that the river was polluted.', [{ cue: 'said', source: 'a local charity', content: 'the river was polluted.' }]);
  // A preposition or an adverb before the determiner is no verb.
  check('The plan was drawn up by the Board of Governors, which said it would meet in May.', [{ cue: 'said', source: 'the Board of Governors', content: 'it would meet in May.' }]);
});

test('a vague subject\'s verb is the first one: "Some observers believe the report understates" is not "... the report"', () => {
  check('Some observers believe the report understates the scale of the problem.', [
    { cue: 'Some observers believe', source: 'Some observers', content: 'the report understates the scale of the problem.', vague: true },
  ]);
  check('Many analysts think a report overstates the risk.', [{ cue: 'Many analysts think', source: 'Many analysts', content: 'a report overstates the risk.', vague: true }]);
  check('Many of the residents said the water rose fast.', [{ cue: 'Many of the residents said', source: 'Many of the residents', content: 'the water rose fast.', vague: true }]);
});

test('the agent of a participle is no vague subject: "Former detainees interviewed by researchers described ..."', () => {
  check('Former detainees interviewed by researchers described overcrowded cells.', [
    { cue: 'described', source: 'Former detainees interviewed by researchers', content: 'overcrowded cells.' },
  ]);
  check('Researchers described overcrowded cells.', [{ cue: 'Researchers described', source: null, content: 'overcrowded cells.', vague: true }]);
});

test('a share after "some" or "nearly" keeps its "%": "Some 48% said"', () => {
  check('Some 48% said housing was the most important issue.', [{ cue: 'said', source: 'Some 48%', content: 'housing was the most important issue.' }]);
  check('In a Gallup poll last month, some 52% said they backed the war.', [{ cue: 'said', source: 'a Gallup poll', content: 'they backed the war.' }]);
});

test('what a state reports ends before a new clause after a comma and a conjunction: "Voters are worried about rents, and the plan ..."', () => {
  check("Voters are increasingly worried about the cost of housing, and the government's plan is doing nothing to help.", [
    { cue: 'are increasingly worried', source: 'Voters', content: 'about the cost of housing', vague: true },
  ]);
  check('Patients are increasingly frustrated, and many are paying for private treatment.', []);
  check('She was worried about prices, and about jobs.', [{ cue: 'was worried', source: 'She', content: 'about prices, and about jobs.' }]);
});

test('"denied detainees access", "denied him bail": a thing refused to someone reports no words', () => {
  check('Guards routinely denied detainees access to medical care.', []);
  check('The authorities denied journalists entry to the camp.', []);
  check('The court denied him bail.', []);
  check('The ministry denied that detainees were denied access to lawyers.', [{ cue: 'denied', source: 'The ministry', content: 'detainees were denied access to lawyers.' }]);
  check('He denied any wrongdoing.', [{ cue: 'denied', source: 'He', content: 'any wrongdoing.' }]);
});

test('a name that ends in "Now" keeps it: "Peace Now said", "A spokesman for Homes Now said"', () => {
  check('Peace Now said the settlement would be expanded.', [{ cue: 'said', source: 'Peace Now', content: 'the settlement would be expanded.' }]);
  check('A spokesman for the campaign group Homes Now said the towns would become dormitories.', [
    { cue: 'said', source: 'A spokesman for the campaign group Homes Now', content: 'the towns would become dormitories.' },
  ]);
  check('The minister now said the plan was dead.', [{ cue: 'said', source: 'The minister', content: 'the plan was dead.' }]);
});

test('a verb of finding ends a source read backwards: "The survey found 62% of adults think ..."', () => {
  check('The survey found 62% of adults think the plan will fail.', [
    { cue: 'found', source: 'The survey', content: '62% of adults think the plan will fail.' },
    { cue: 'think', source: '62% of adults', content: 'the plan will fail.' },
  ]);
});

test('a date a body is due to report by reports no words', () => {
  check('Haddad said a review panel would report by the end of the year, but that the law had saved lives.', [
    { cue: 'said', source: 'Haddad', content: 'a review panel would report by the end of the year, but that the law had saved lives.' },
  ]);
  check('The inquiry is due to report next year.', []);
});

test('"The findings echo those of a panel" is a likeness, no cue; the panel\'s own words after "which" are still reported', () => {
  check('The findings echo those of a United Nations panel, which warned in October that detention was widespread.', [
    { cue: 'warned', source: 'a United Nations panel', content: 'detention was widespread.' },
  ]);
  check('The minister echoed the president, saying the plan was sound.', [
    { cue: 'echoed', source: 'The minister' },
    { cue: 'saying', source: 'The minister', content: 'the plan was sound.' },
  ]);
});

test('a cue in the next paragraph does not report a quotation that closed before it', () => {
  check('Foreign Minister Hakan Fidan said the talks had gone well.\n"Exports rose 40 percent last year and will keep on rising."\nThe head of the port authority, Selin Demir, told reporters that traffic had doubled.', [
    { cue: 'said', source: 'Foreign Minister Hakan Fidan', content: 'the talks had gone well.' },
    { cue: '"', source: 'Foreign Minister Hakan Fidan', content: '"Exports rose 40 percent last year and will keep on rising."' },
    { cue: 'told reporters', source: 'Selin Demir', content: 'traffic had doubled.' },
  ]);
  // A transcript's turn in quotes names its own speaker: it is neither the next speaker's nor the last one's.
  check('The debate opened with a question.\n\n"WALLACE: Why would he invite her to the debate at all?\n\n"PENCE: Well, look, this is serious business for the voters.', [
    { cue: ':', source: 'WALLACE', content: 'Why would he invite her to the debate at all?' },
    { cue: ':', source: 'PENCE', content: 'Well, look, this is serious business for the voters.' },
  ]);
});

test('"Records show the minister knew": the knowing is the minister\'s, inside what the records show', () => {
  check('Records show the minister knew about the contract in March.', [
    { cue: 'show', source: 'Records', content: 'the minister knew about the contract in March.' },
    { cue: 'knew', source: 'the minister', content: 'about the contract in March.' },
  ]);
  check('The data suggest the minister believed the figures were wrong.', [
    { cue: 'suggest', source: 'The data', content: 'the minister believed the figures were wrong.', vague: true },
    { cue: 'believed', source: 'the minister', content: 'the figures were wrong.' },
  ]);
});

test('"A study that followed 40,000 patients found": the noun a relative clause describes is the source, not the clause\'s object', () => {
  check('A study in The Lancet that followed 40,000 patients found no link.', [
    { cue: 'found', source: 'A study in The Lancet that followed 40,000 patients', content: 'no link.' },
  ]);
  check('The survey that asked 2,000 adults shows support falling.', [{ cue: 'shows', source: 'The survey that asked 2,000 adults', content: 'support falling.' }]);
  // (A "that" after a verb of saying opens what was said: its subject speaks.)
  check('He said that tests showed the water was safe.', [
    { cue: 'said', source: 'He', content: 'tests showed the water was safe.' },
    { cue: 'showed', source: 'tests', content: 'the water was safe.' },
  ]);
});

test('the warned are hearers, not speakers; a notice that is issued is no cue', () => {
  // An agentless passive of warning names no one who warned, as one of telling does.
  check('Collectors are warned that the stamps may be fakes.', [{ cue: 'warned', source: null, content: 'the stamps may be fakes.', vague: true }]);
  check('The report warned that prices would rise.', [{ cue: 'warned', source: 'The report', content: 'prices would rise.' }]);
  // A headline's "Storm warning issued": "warning" is the notice, not a verb with "Storm" its speaker.
  check('Storm warning issued', []);
  check('Flood warning lifted for the coast', []);
});

test('"Farmers questioned by the inspectors described": a participle with its agent after a plural, then the sentence\'s verb, is a reduced relative, no cue', () => {
  check('Farmers questioned by the inspectors described long delays.', [
    { cue: 'described', source: 'Farmers questioned by the inspectors', content: 'long delays.' },
  ]);
  check('Tenants interviewed by the council said the repairs were late.', [
    { cue: 'said', source: 'Tenants interviewed by the council', content: 'the repairs were late.' },
  ]);
  // (A passive with "be" still reports its agent; so does a participle whose agent ends the clause.)
  check('The farmers were questioned by the inspectors.', [{ cue: 'questioned', source: 'the inspectors', content: 'The farmers' }]);
});

test('"He kept warning that", "She continued to say that": a verb of going on stands between the source and its verb', () => {
  check('He kept warning that prices would rise.', [{ cue: 'warning', source: 'He', content: 'prices would rise.' }]);
  check('They kept insisting that the vote was rigged.', [{ cue: 'insisting', source: 'They', content: 'the vote was rigged.' }]);
  check('She continued to say that the plan was sound.', [{ cue: 'say', source: 'She', content: 'the plan was sound.' }]);
  check('The minister has gone on to argue that the tax is unfair.', [{ cue: 'argue', source: 'The minister', content: 'the tax is unfair.' }]);
  // (A bare "to say" is still an infinitive, no report; what one promised to keep doing is what was promised.)
  check('It is too early to say whether the plan will work.', []);
});

test('"The talk show host said": "show" after "talk", "TV", "game" is the second half of a compound noun, no cue', () => {
  check('The talk show host said the guest had lied.', [{ cue: 'said', source: 'The talk show host', content: 'the guest had lied.' }]);
  check('The TV show claimed the drug worked.', [{ cue: 'claimed', source: 'The TV show', content: 'the drug worked.' }]);
  // (After a plural, "show" is the verb: "Records show ...".)
  check('Trade figures show exports fell.', [{ cue: 'show', source: 'Trade figures', content: 'exports fell.' }]);
});

test('"a video showing the flooded square": a picture that shows a thing reports no words; one that shows what is so does', () => {
  check('The mayor posted a video showing the flooded square.', [{ cue: 'posted', source: 'The mayor', content: 'a video showing the flooded square.' }]);
  // (A firm that posts a result or a sum posts no message.)
  check('The firm began to post losses in 2024.', []);
  check('The bank posted a record pre-tax profit of $4bn.', []);
  check('The retailer posted a 3% rise in sales.', []);
  check('He posted bail on Friday.', []);
  check('The footage shows a crowd outside the station.', []);
  // A caption's picture, with the participle of its making.
  check('Picture taken with a drone shows the flooded village of Manta.', []);
  check('A photo released by the army shows soldiers near the border.', []);
  check('Footage obtained by the agency shows that the police fired first.', [{ cue: 'shows', source: 'Footage obtained by the agency', content: 'the police fired first.' }]);
  check('The video shows that the police fired first.', [{ cue: 'shows', source: 'The video', content: 'the police fired first.' }]);
  // (Without "that" too: a subject and its verb in the past; not a thing described by a participle.)
  check('The video shows the police fired first.', [{ cue: 'shows', source: 'The video', content: 'the police fired first.' }]);
  check('The footage shows Mr Lee signed the order.', [{ cue: 'shows', source: 'The footage', content: 'Mr Lee signed the order.' }]);
  check('The photo shows the man injured by shrapnel.', []);
  check('A video showed the army was firing on the crowd.', [{ cue: 'showed', source: 'A video', content: 'the army was firing on the crowd.' }]);
  check('The photos show the driver calmly leaving his car.', [{ cue: 'show', source: 'The photos', content: 'the driver calmly leaving his car.' }]);
});

test('"Groups that represent farmers welcomed it": a relative clause in the present on the source is part of it', () => {
  check('Charities that support disabled people welcomed the ruling.', [{ cue: 'welcomed', source: 'Charities that support disabled people' }]);
  check('Unions that represent nurses said the deal was poor.', [{ cue: 'said', source: 'Unions that represent nurses', content: 'the deal was poor.' }]);
  check('People who know him say he will run.', [{ cue: 'say', source: 'People who know him', content: 'he will run.' }]);
  // (A "that" opening a clause with its own subject is no relative clause on a source.)
  check('The ministry denied reports that most analysts expected a cut.', [
    { cue: 'denied', source: 'The ministry' },
    { cue: 'most analysts expected', source: 'most analysts', vague: true },
  ]);
});

test('an adverb of how often between a source and its verb is no part of the source', () => {
  check('Courts sometimes cite it in rulings.', [{ cue: 'cite', source: 'Courts' }]);
  check('Ministers usually say the budget is balanced.', [{ cue: 'say', source: 'Ministers', content: 'the budget is balanced.' }]);
});

test('a time that opens the sentence without a comma is when it was said, not who said it', () => {
  check('Yesterday John Smith said the plant would close.', [{ cue: 'said', source: 'John Smith', content: 'the plant would close.' }]);
  check('Last week Prime Minister Keir Starmer said the plant would close.', [{ cue: 'said', source: 'Prime Minister Keir Starmer' }]);
  check('On Monday Jane Doe said the plant would close.', [{ cue: 'said', source: 'Jane Doe' }]);
  check('Yesterday the minister said the plant would close.', [{ cue: 'said', source: 'the minister' }]);
});

test('an honorific of Indian or Nigerian copy before a name ends no sentence', () => {
  check('The minister, Engr. David Umahi, said the road was ready.', [{ cue: 'said', source: 'Engr. David Umahi', content: 'the road was ready.' }]);
});

test('whom a source told, named by a possessive or at length, is no part of what was said', () => {
  check("The minister told Parliament's portfolio committee that Eskom had lost R4.8bn.", [{ cue: 'told', source: 'The minister', content: 'Eskom had lost R4.8bn.' }]);
  check('The minister told the health committee of the Senate that payments were made.', [{ cue: 'told', source: 'The minister', content: 'payments were made.' }]);
  check('The governor told a parliamentary committee the board was ready.', [{ cue: 'told', source: 'The governor', content: 'the board was ready.' }]);
  check('Yunus told a meeting of political parties on 26-11-2026 that the polls would be fair.', [{ cue: 'told', source: 'Yunus', content: 'the polls would be fair.' }]);
  // What was said after "told" with no "that" keeps its own subject.
  check('He told the committee the offer was serious.', [{ cue: 'told', source: 'He', content: 'the offer was serious.' }]);
});

test('a source who did not wish to be named is anonymous', () => {
  check('A senior police officer, who did not wish to be named, said the suspects had fled.', [{ cue: 'said', source: 'A senior police officer', anonymous: true }]);
  check('The officer, who preferred not to be named, said the suspects had fled.', [{ cue: 'said', source: 'The officer', anonymous: true }]);
});

test('"it was learnt that" and "it was gathered that" report an unnamed source, as "it is understood that" does', () => {
  check('It was learnt that the council will meet next week.', [{ cue: 'It was learnt', source: null, vague: true, content: 'that the council will meet next week.' }]);
  check('It was gathered that the governor had left the state.', [{ cue: 'It was gathered', source: null, vague: true }]);
  // Something learnt or gathered is no report.
  check('Lessons were learned from the floods. Crowds had gathered that morning.', []);
});

test('a statement of accounts or policy for a period is a document, no one\u2019s words', () => {
  check('The bank is expected to unveil its half-yearly statement in January.', [{ cue: 'is expected', source: null, vague: true }]);
  check('The firm will publish its annual statement on Friday.', []);
  // Someone's statement is still theirs.
  check('The ministry issued its statement late on Monday.', [{ cue: 'statement', source: 'its' }]);
});

test('a cue inside what another source says takes its source from inside those words', () => {
  check('She told Sky News the data would show growth.', [
    { cue: 'told', source: 'She', content: 'the data would show growth.' },
    { cue: 'show', source: 'the data', content: 'growth.' },
  ]);
  check('Dr Chalmers told the ABC on Sunday the budget would show a deficit.', [
    { cue: 'told', source: 'Dr Chalmers' },
    { cue: 'show', source: 'the budget' },
  ]);
});
