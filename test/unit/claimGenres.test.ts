// Claims across genres: press releases, declarations, court and council reports, live blogs, press reviews. What a
// reader of each genre would call a claim to source, and what is the record, a heading or a service note.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';

const FM = '---\ndate: 2025-06-03\n---\n';

/** The findings of an article (front matter added when it has none), as [code, text, reasons]. */
function findings(body: string): [string, string, string[]][] {
  const text = body.startsWith('---') || /^\w+day \d/.test(body) ? body : FM + body;
  const model = analyze(text, { referenceDate: '2025-06-03' });
  return model.findings
    .filter((d) => d.code === 'unsourced-claim' || d.code === 'vague-attribution')
    .map((d) => [d.code, text.slice(d.start, d.end), d.reasons ?? []]);
}

/** The texts flagged as unsourced claims. */
function unsourced(body: string): string[] {
  return findings(body)
    .filter((f) => f[0] === 'unsourced-claim')
    .map((f) => f[1]);
}

test('title lines before the body are headings, not claims', () => {
  // Item codes, a title-case summary with figures, then the body.
  const release = 'HR/4410\nSecond Plenary (PM)\n\nHuman Rights Body Renews Inquiry Into Detentions for 24 Months, Adopting Text by 31 Votes to 9\n\nThe body met in the afternoon to vote.';
  assert.deepEqual(unsourced(release), []);
  // A dateline line and the headline after it.
  const blog = 'Tuesday 3 June 2025 | NAIROBI\n\nLive: every update as ministers gather for drought talks\n\nMinisters arrived at noon.';
  assert.deepEqual(unsourced(blog), []);
  // A body paragraph after the titles is still judged.
  assert.deepEqual(unsourced('Harvest Talks Open\n\nMaize prices have doubled since March.'), ['Maize prices have doubled since March.']);
  // A lone line with no stop, with nothing after it, is no heading.
  assert.deepEqual(findings('Maize prices have doubled since March')[0]?.[2], ['trend']);
});

test("a live blog entry's time stamp is no part of its claim", () => {
  const blog = 'Ministers arrived at noon.\n\n11:20 GMT — The reservoir now holds less than 30% of its capacity.';
  assert.deepEqual(unsourced(blog), ['The reservoir now holds less than 30% of its capacity.']);
});

test('service and schedule notes are not claims', () => {
  assert.deepEqual(unsourced('The complete ruling, 112 pages long, is available on the tribunal’s website.'), []);
  assert.deepEqual(unsourced('A list of the 60 approved suppliers is posted online.'), []);
  assert.deepEqual(unsourced('A French translation will follow on 20 June.'), []);
  assert.deepEqual(unsourced('A note for readers: the final report runs to 212 pages.'), []);
  // A figure that is not about the text itself is still a claim.
  assert.deepEqual(unsourced('Some 40% of the wells are available to farmers.'), ['Some 40% of the wells are available to farmers.']);
});

test("a named body's own dated act is its record", () => {
  assert.deepEqual(unsourced('The Supreme Court on Monday dismissed an appeal by 14 landowners against the dam.'), []);
  assert.deepEqual(unsourced('The Security Council this afternoon renewed the panel for six months, while cutting its budget by 2,000.'), []);
  // What the body's resolution says of others is the body's.
  assert.deepEqual(unsourced('Last month, the WHO Executive Board adopted a resolution, its second this year, rebuking two states for failing to report outbreaks.'), []);
  // A vote's tally is its record, "none against" included.
  assert.deepEqual(unsourced('Adopting resolution 412 by a recorded vote of 10 in favour to none against, with 5 abstentions, the Council asked for a report every 60 days.'), []);
  // The reporter's own judgment of the act is not the body's.
  assert.equal(unsourced('The court on Monday upheld the ban, and the farmers now face huge losses.').length, 1);
});

test("a document named as the holder of the figures sources them", () => {
  assert.deepEqual(unsourced('The panel had before it the audit of the water board, which counted 95 illegal connections in two districts.'), []);
  // Figures claimed before the document is named are the reporter's.
  assert.deepEqual(unsourced('Leaks cost the city 40% of its water, a finding of the audit, which counted 95 illegal connections.').length, 1);
});

test("an issuer's own text: its numbered paragraphs, first-person commitments, legal effect and tallies", () => {
  const declaration =
    'Lakeside Ministerial Communiqué\n\nAdopted by the water ministers of the basin states\n\n' +
    '1. Drought is the gravest danger facing our farmers.\n\n2. We will cut water losses in our cities by at least 25% by 2030.\n\n3. Member states will pool their flood data every season.\n\n' +
    'An editor’s note: half of the delegations arrived late because of a strike.';
  assert.deepEqual(unsourced(declaration), ['An editor’s note: half of the delegations arrived late because of a strike.']);
  const release =
    'Treasury Lists Smuggling Ring\n\nPRESS RELEASE\n\nThe Treasury today listed two firms. Every account held by the listed firms is blocked, and it is an offence to deal with them. ' +
    'This designation brings the total number of listed firms to 1,318. Illegal timber exports have tripled since 2019.';
  assert.deepEqual(unsourced(release), ['Illegal timber exports have tripled since 2019.']);
  // Outside an issuer's own text the same legal sentence is judged as usual.
  assert.equal(unsourced('Every account held by the listed firms is blocked.').length, 1);
});

test('a claim gets the reasons its words carry', () => {
  // An aim after "to" is no causal claim; what "we" will do is a commitment, not a prediction.
  assert.deepEqual(unsourced('We are resolved to strengthen the river authority.'), []);
  assert.deepEqual(findings('We will install 400 rain gauges across the valley.')[0]?.[2], ['figure']);
  // A cause and a forecast keep theirs.
  assert.deepEqual(findings('The drought weakened the currency.')[0]?.[2], ['causal']);
  assert.deepEqual(findings('The river will run dry within a decade.')[0]?.[2], ['prediction']);
});

test('counts of events, changes by a fraction and "the first of its kind" are claims', () => {
  assert.deepEqual(findings('The valley has seen five deadly floods since 2010.')[0]?.[2], ['figure']);
  assert.deepEqual(findings('The new levy cut water use by half.')[0]?.[2], ['figure']);
  assert.deepEqual(findings('The reservoir is the first of its kind in the region.')[0]?.[2], ['superlative']);
});

test('a quantity word that opens a label is no weasel word', () => {
  assert.deepEqual(findings('Some context: the basin treaty dates from the colonial era.'), []);
  // A vague quantity where a number belongs is still one.
  assert.deepEqual(findings('Some farmers believe the canal is to blame.').map((f) => f[0]), ['vague-attribution']);
});

test('a short transition backed by the named sources after it is no claim', () => {
  const review = 'Not everybody was pleased. The farmers’ union accused the ministry of ignoring the smallholders.';
  assert.deepEqual(unsourced(review), []);
  // With nobody named after it, the same sentence is the reporter's.
  assert.deepEqual(unsourced('Not everybody was pleased. The rain came late that year.'), ['Not everybody was pleased.']);
});

test('a change against a currency is no vote tally', () => {
  assert.deepEqual(findings('The shilling fell 0.8% against the euro.')[0]?.[2], ['figure', 'trend']);
});

test('what "we" will undergo is still a prediction', () => {
  assert.deepEqual(findings('We will face a drought that lasts into the autumn.')[0]?.[2], ['prediction']);
});
