// Copy of session 39's hunt (energy, sanctions, nuclear, migration, UN votes, the Arctic, the Pacific, election night,
// Gaza): an OPEC+ decision reported after its meeting, a price line of the oil market, an answer still to come, a
// report's title before "report", when between a source and its verb, polls as sources, surnames of the glossary's
// people, and the agencies, officials and pacts such stories quote. Sentences written for these tests, run
// through the full analysis with the built-in glossary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle as analyze, attributionsOf as attributions, datedBy, findingsOf } from '../support/article';

const DATED = datedBy('2025-11-14');

/** Asserts that the model's actors link each of ids to the glossary. */
function assertLinked(model: ReturnType<typeof analyze>, ids: string[]): void {
  const linked = new Set(model.actors.map((a) => a.entity).filter(Boolean));
  for (const id of ids) assert.ok(linked.has(id), `${id} in ${[...linked].join(', ')}`);
}

test('a report whose source and verb close the sentence reports the clause before them, whatever followed the meeting', () => {
  for (const tail of ['after an online meeting', 'in a statement after an online meeting', 'following talks in Vienna', 'ahead of the meeting']) {
    const body = `The members will lift December targets by 137,000 barrels per day, the group said ${tail}.`;
    const seen = attributions(DATED(body)).find((a) => a.source === 'the group');
    assert.equal(seen?.content, 'The members will lift December targets by 137,000 barrels per day', tail);
    assert.deepEqual(findingsOf(DATED(body)), [], tail);
  }
});

test('a price line of the oil or gold market is the market\'s record, no claim that needs a source', () => {
  for (const body of ['Brent crude futures rose 1.2% to $64.50 a barrel by 1430 GMT.', 'Spot gold fell 0.8% to $4,010 an ounce.', 'Oil prices jumped 5% on Thursday.']) {
    assert.deepEqual(findingsOf(DATED(body)), [], body);
  }
  // A company's results in the same words stay its own claims.
  assert.equal(findingsOf(DATED('Net fell 16% to $123.1 million, or $1.02 a share, from $145.7 million.')).length, 1);
  // And a statistic of prices stays the claim of whoever measured it.
  assert.equal(findingsOf(DATED('Food prices rose 3% in October.')).length, 1);
});

test('an answer still to come, with nothing said in it, is no attribution; an answer given is', () => {
  const cues = (body: string) => attributions(DATED(body)).map((a) => `${a.cue}|${a.source}`);
  assert.deepEqual(cues('Iran called the resolution unfair and said Tehran would respond.'), ['called|Iran', 'said|Iran']);
  assert.deepEqual(cues('The ministry said it would comment later.'), ['said|The ministry']);
  assert.deepEqual(cues('Moscow responded that the claims were false.'), ['responded|Moscow']);
  assert.deepEqual(cues('She will reply that the figures were wrong.'), ['reply|She']);
});

test('the energy and sanctions bodies and the officials such copy quotes are linked to the glossary', () => {
  const body =
    'The International Energy Agency (IEA) said supply would exceed demand, and Fatih Birol warned of underinvestment. ' +
    'The U.S. Treasury Department\'s Office of Foreign Assets Control (OFAC) imposed sanctions. IAEA Director General Rafael Grossi ' +
    'said inspectors had no access. Saudi Energy Minister Prince Abdulaziz bin Salman spoke in Riyadh, and Iranian Foreign Minister ' +
    'Abbas Araghchi met Esmaeil Baghaei.';
  assertLinked(analyze(DATED(body)), ['iea', 'fatih-birol', 'us-treasury', 'ofac', 'rafael-grossi', 'abdulaziz-bin-salman', 'abbas-araghchi', 'esmaeil-baghaei']);
});

test('the European leaders that sanctions copy quotes are linked to the glossary, by name and by surname after it', () => {
  const body =
    'EU foreign policy chief Kaja Kallas told reporters it was strong. Hungary\'s Prime Minister Viktor Orban said his country would ' +
    'seek an exemption, and Slovakia\'s Robert Fico agreed. German Chancellor Friedrich Merz, Italy\'s Giorgia Meloni, Poland\'s Donald ' +
    'Tusk and Spain\'s Pedro Sánchez met European Council President António Costa and Roberta Metsola. Orbán later said he was satisfied.';
  assertLinked(analyze(DATED(body)), ['kaja-kallas', 'viktor-orban', 'robert-fico', 'friedrich-merz', 'giorgia-meloni', 'donald-tusk', 'pedro-sanchez', 'antonio-costa', 'roberta-metsola']);
});

test('a report named by its title after "in the agency\'s" is the document, no second speaker; "portrayed himself as" is a cue', () => {
  const body = 'UNHCR chief Filippo Grandi said in the agency\'s annual Global Trends report that aid cuts were putting lives at risk.';
  assert.deepEqual(attributions(DATED(body)).map((a) => `${a.cue}|${a.source}|${a.content}`), ['said|UNHCR chief Filippo Grandi|aid cuts were putting lives at risk.']);
  const portrayed = 'In the wake of the New York Times report, Trump has portrayed himself as a shrewd manipulator of the tax code.';
  assert.deepEqual(attributions(DATED(portrayed)).map((a) => `${a.cue}|${a.source}`), ['portrayed|Trump']);
});

test('the EU\'s migration pact and the refugee agency\'s head are linked to the glossary', () => {
  const body = 'Under the EU\'s Pact on Migration and Asylum, adopted in May 2024, states must share the load, UNHCR chief Filippo Grandi said.';
  const model = analyze(DATED(body));
  assert.deepEqual(model.agreements.map((a) => `${a.text}|${a.entity}`), ['Pact on Migration and Asylum|eu-migration-pact']);
  assert.ok(model.actors.some((a) => a.entity === 'filippo-grandi'));
});

test('when, between a subject and its verb, is no part of the source', () => {
  const sources = (body: string) => attributions(DATED(body)).map((a) => a.source);
  assert.deepEqual(sources('The General Assembly in September endorsed the declaration by 142 votes to 10.'), ['The General Assembly']);
  assert.deepEqual(sources('The council last week endorsed the plan.'), ['The council']);
  assert.deepEqual(sources('Federal prosecutors in April charged the men with fraud.'), ['Federal prosecutors']);
  assert.deepEqual(sources('Wells Fargo just this month announced it would drop the targets.'), ['Wells Fargo']);
  // A document's publication date stays the reading of a participle before it.
  assert.deepEqual(sources('Data published in May showed a rise.'), ['Data']);
});

test('an envoy\'s title with where the post is held, then the name, is one official', () => {
  const body = 'U.S. Ambassador to the U.N. Mike Waltz told the council it was historic. U.S. Ambassador to Israel Mike Huckabee agreed.';
  const actors = analyze(DATED(body)).actors.map((a) => `${a.text}|${a.category}|${a.entity ?? '-'}`);
  assert.deepEqual(actors.filter((a) => a.includes('Ambassador')), ['U.S. Ambassador to the U.N. Mike Waltz|official|mike-waltz', 'U.S. Ambassador to Israel Mike Huckabee|official|mike-huckabee']);
});

test('Greenland is an actor, and the officials of the Greenland talks are linked; "JD" before "Vance" is no body', () => {
  const body =
    "Denmark and Greenland's foreign ministers met U.S. Vice President JD Vance and Secretary of State Marco Rubio. Danish Foreign " +
    "Minister Lars Lokke Rasmussen spoke afterwards. Greenland's Prime Minister Jens-Frederik Nielsen said the island was not for sale, " +
    'and Mette Frederiksen agreed. A poll in January 2025 found that 85% of Greenlanders opposed it.';
  const model = analyze(DATED(body));
  assertLinked(model, ['country:greenland', 'jd-vance', 'lars-lokke-rasmussen', 'jens-frederik-nielsen', 'mette-frederiksen']);
  assert.ok(!model.actors.some((a) => a.text === 'JD'));
  assert.equal(attributions(DATED(body)).find((a) => a.cue === 'found')?.source, 'A poll');
});

test('a known agreement\'s name with words in lower case before its head is that agreement; the Quad and Pacific leaders are linked', () => {
  const body =
    'Trump said the AUKUS submarine pact was moving ahead, and the New START arms control treaty expires in February. Australian Prime ' +
    'Minister Anthony Albanese met Solomon Islands Prime Minister Jeremiah Manele at the Pacific Islands Forum. The Quad, which groups ' +
    'Australia, India, Japan and the United States, has not met. He rode a quad bike.';
  const model = analyze(DATED(body));
  assert.deepEqual(model.agreements.map((a) => `${a.text}|${a.entity}`), ['AUKUS submarine pact|aukus', 'New START arms control treaty|new-start']);
  const linked = model.actors.map((a) => `${a.text}|${a.entity ?? '-'}`);
  for (const x of ['Australian Prime Minister Anthony Albanese|anthony-albanese', 'Solomon Islands Prime Minister Jeremiah Manele|jeremiah-manele', 'Pacific Islands Forum|pacific-islands-forum', 'Quad|quad']) assert.ok(linked.includes(x), `${x} in ${linked.join(', ')}`);
  assert.ok(!linked.some((x) => x.startsWith('quad')));
});

test('a poll the figures were found in is their source, with the cue "in", as PolNeAR marks it', () => {
  const seen = (body: string) => attributions(DATED(body)).map((a) => `${a.cue}|${a.source}|${a.content}`);
  assert.deepEqual(seen("Trump's approval rating stood at 41% in a Reuters/Ipsos poll conducted Oct. 28-30."), ["in|a Reuters/Ipsos poll conducted Oct. 28-30|Trump's approval rating stood at 41%"]);
  assert.deepEqual(seen('In the previous Washington Post/ABC News national poll, conducted in early September, Clinton led by 5 points.'), ['In|the previous Washington Post/ABC News national poll, conducted in early September|Clinton led by 5 points.']);
  assert.deepEqual(seen('She was ahead in a poll of 1,000 likely voters.'), ['in|a poll of 1,000 likely voters|She was ahead']);
  assert.deepEqual(findingsOf(DATED("Trump's approval rating stood at 41% in a Reuters/Ipsos poll conducted Oct. 28-30.")), []);
  // Taking part in a survey, or a figure of an earlier poll it is compared with, cites none.
  assert.deepEqual(seen('About 1,200 people took part in the survey.'), []);
  assert.deepEqual(seen('Support was 40%, compared with 35% in a similar poll a year ago.'), []);
});

test('election-night copy: Georgia of a Senate race is the US state, seats called for a party are no one\'s words, leaders are linked', () => {
  const body =
    'Republicans kept the Senate, with 51 seats called for the party, the network projections showed. In Georgia, the Senate race ' +
    'between Democratic incumbent Jon Ossoff and Republican challenger Mike Collins was too close to call. House Speaker Mike Johnson ' +
    'conceded, and House Minority Leader Hakeem Jeffries thanked voters. John Thune and Chuck Schumer spoke.';
  const model = analyze(DATED(body));
  assert.ok(!model.actors.some((a) => a.entity === 'country:georgia'));
  assert.deepEqual(attributions(DATED(body)).filter((a) => a.cue === 'called'), []);
  assertLinked(model, ['jon-ossoff', 'mike-johnson', 'hakeem-jeffries', 'john-thune', 'chuck-schumer']);
  // The country stays where the story is the Caucasus's.
  assert.ok(analyze(DATED('In Georgia, the ruling Georgian Dream party won the race in Tbilisi.')).actors.some((a) => a.entity === 'country:georgia'));
});

test('the leaders, ministers and envoys of the day\'s foreign news are linked to the glossary', () => {
  const body =
    "Palestinian President Mahmoud Abbas met Turkish Foreign Minister Hakan Fidan and Qatar's Prime Minister Sheikh Mohammed bin " +
    'Abdulrahman Al Thani. Abbas said talks would resume. Japanese Prime Minister Sanae Takaichi met South Korean President Lee ' +
    'Jae-myung. Defense Secretary Pete Hegseth and envoy Steve Witkoff flew to Moscow to meet Kirill Dmitriev. Canadian Prime Minister ' +
    'Mark Carney, Indian Foreign Minister S. Jaishankar and Chinese Foreign Minister Wang Yi spoke. Elon Musk posted on X.';
  assertLinked(analyze(DATED(body)), ['mahmoud-abbas', 'hakan-fidan', 'mohammed-bin-abdulrahman-al-thani', 'sanae-takaichi', 'lee-jae-myung', 'pete-hegseth', 'steve-witkoff', 'kirill-dmitriev', 'mark-carney', 'subrahmanyam-jaishankar', 'wang-yi', 'elon-musk']);
});

test('a person named by surname alone after the glossary\'s full name is that entry; not where two people share it', () => {
  const actors = (body: string) => analyze(DATED(body)).actors.map((a) => `${a.text}|${a.category}|${a.entity ?? '-'}`);
  assert.deepEqual(actors('Jens-Frederik Nielsen spoke in Nuuk. Nielsen said the island was not for sale.').filter((a) => a.startsWith('Nielsen')), ['Nielsen|official|jens-frederik-nielsen']);
  assert.deepEqual(actors('Chinese Foreign Minister Wang Yi met reporters. Wang said talks were good.').filter((a) => a.startsWith('Wang|')), ['Wang|official|wang-yi']);
  // King Hussein of Jordan beside Saddam Hussein: "Hussein" alone names neither for sure.
  const both = actors('Saddam Hussein defied the council. Bush met King Hussein in Maine. His meeting with Hussein was to press the king.');
  assert.ok(!both.some((a) => a.startsWith('Hussein|') && a.endsWith('saddam-hussein')), both.join(', '));
  // A relative named in full keeps her own category: "Ivanka Trump" holds no office for being a Trump.
  assert.ok(actors('Donald Trump spoke. His daughter Ivanka Trump said he was kind.').includes('Ivanka Trump|person|-'));
});

test('a plan after its owner or article is a noun: the day of what was signed off keeps the past tense', () => {
  const dated = datedBy('2025-10-10');
  const value = (body: string) => analyze(dated(body)).dates.map((d) => d.value);
  assert.deepEqual(value("Israel and Hamas signed off on the first phase of Trump's plan to end the war in Gaza on Thursday."), ['2025-10-09']);
  assert.deepEqual(value('Israel backed the peace plan to end the war on Thursday.'), ['2025-10-09']);
  // The verb still looks ahead.
  assert.deepEqual(value('The government plans to vote on Thursday.'), ['2025-10-16']);
});
