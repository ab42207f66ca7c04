// Attributions and claims of wire copy (session 44, helper U): a company described by its seat ("The Santa Clara,
// California-based company"), nameless people of a named body ("sources at the company"), what "whose" owns, questioning
// that says nothing, fragments that claim nothing, and the reported speech and weasel wording the evaluation corpora
// showed missing or wrong. Sentences written for these tests in the style of wire copy, run through the full analysis
// with the built-in glossary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorTriplesOf, analyzeArticle, attributionsOf, datedBy, findingsOf } from '../support/article';

const DATED = datedBy('2025-11-14');

/** The attributions of a body as "cue|source|content", "vague" added when vague or anonymous. */
function said(body: string): string[] {
  return attributionsOf(DATED(body)).map((a) => `${a.cue}|${a.source ?? '-'}|${a.content ?? '-'}${a.vague ? '|vague' : ''}`);
}
/** The source of the cue `cue` in a body. */
const sourceOf = (body: string, cue: string) => attributionsOf(DATED(body)).find((a) => a.cue === cue)?.source;
/** The findings of a body as "code: text". */
const findings = (body: string): string[] => findingsOf(DATED(body));
/** The actors of a body as "text|category|entity". */
const actors = (body: string): string[] => actorTriplesOf(DATED(body));

test('a company described by its town and state joined to "-based" is the whole description, and the company named before', () => {
  const body = 'Nvidia said quarterly sales rose 62%. The Santa Clara, California-based company said demand for its chips was strong.';
  assert.deepEqual(said(body)[1], 'said|The Santa Clara, California-based company|demand for its chips was strong.');
  assert.ok(actors(body).includes('The Santa Clara, California-based company|organization|nvidia'));
  // (An abbreviated state, a district, a carmaker.)
  assert.equal(sourceOf('The Washington, D.C.-based think tank said the rules were costly.', 'said'), 'The Washington, D.C.-based think tank');
  assert.equal(sourceOf('The Austin, Calif.-based carmaker said deliveries fell.', 'said'), 'The Austin, Calif.-based carmaker');
  assert.ok(actors('Tesla said deliveries fell. The Austin, Texas-based carmaker said demand would recover.').includes('The Austin, Texas-based carmaker|organization|tesla'));
  // (A place that opens the sentence after "In" is where, not the description: "In Houston, Texas-based Acme".)
  assert.equal(sourceOf('In Houston, Texas-based companies said sales rose.', 'said'), 'Texas-based companies');
});

test('a description set off after a name that holds a town and its state or country speaks for the name before it', () => {
  assert.equal(sourceOf('Nvidia, based in Santa Clara, California, said demand was strong.', 'said'), 'Nvidia');
  assert.equal(sourceOf('Huawei, which is headquartered in Shenzhen, China, said sales rose.', 'said'), 'Huawei');
  assert.equal(sourceOf('The firm, headquartered in Shenzhen, China, said sales rose.', 'said'), 'The firm');
  assert.equal(sourceOf('Acme, a Santa Clara, California-based chip designer, said sales rose.', 'said'), 'Acme');
});

test('"sources at the company", "people at the bank", "insiders at the firm" are anonymous: a body, no name', () => {
  assert.deepEqual(said('Sources at the company said the talks had stalled.'), ['said|Sources at the company|the talks had stalled.|vague']);
  assert.deepEqual(findings('People at the bank said the deal was off.'), ['vague-attribution: People at the bank said']);
  for (const body of ['Sources at the ministry said the plan was dropped.', 'Insiders at the firm said the unit would be sold.', 'Sources within the ruling party said the vote was delayed.', 'Sources in the ministry said the plan was dropped.', 'People at Nvidia said the chip was delayed.']) {
    assert.match(findingsOf(DATED(body)).join(), /^vague-attribution: /, body);
    assert.ok(analyzedAnonymous(body), body);
  }
  // (Analysts at a named bank publish under its name: a named source. Sources somewhere are vague, not anonymous.)
  assert.deepEqual(findings('Analysts at the bank said the shares would rise.'), []);
  assert.ok(!analyzedAnonymous('Sources in Kyiv said the talks were over.'));
});

/** Whether the first attribution of a body is anonymous (withholds a name) rather than vague. */
function analyzedAnonymous(body: string): boolean {
  return analyzeArticle(DATED(body)).attributions[0]?.anonymous === true;
}

test('a name, its description set off by commas, then "said": the name speaks', () => {
  assert.equal(sourceOf("xAI, Musk's artificial intelligence startup, said on Monday it had raised $6 billion.", 'said'), 'xAI');
  assert.equal(sourceOf('Zhipu AI, one of China\'s so-called AI tigers, told investors it would list in Hong Kong.', 'told'), 'Zhipu AI');
  // (An age and a relative clause between: "Schiff, 56, who ..., told".)
  assert.equal(sourceOf('Schiff, 56, who has served on the committee for a decade, told reporters the evidence was clear.', 'told reporters'), 'Schiff');
});

test('a sentence opening with a name in lower case before a capital ("xAI", "iPhone", "eBay") is a sentence of its own', () => {
  assert.deepEqual(said("Elon Musk's xAI said it had raised funds. xAI, Musk's artificial intelligence startup, said on Monday it had raised $6 billion."), [
    "said|Elon Musk's xAI|it had raised funds.",
    'said|xAI|it had raised $6 billion.',
  ]);
  assert.deepEqual(said('The deal closed on Friday. iPhone sales rose 6%, Apple said.'), ['said|Apple|iPhone sales rose 6%']);
});

test('what "whose" owns speaks with the nearest noun phrase before it, and says only what its clause holds', () => {
  assert.equal(sourceOf('The car hit a bus whose driver said he did not see it.', 'said'), 'a bus whose driver');
  assert.equal(sourceOf('Two people died in a crash involving a minibus whose driver said the brakes failed.', 'said'), 'a minibus whose driver');
  assert.equal(sourceOf('Police arrested John Smith, whose lawyer said he was innocent.', 'said'), 'John Smith, whose lawyer');
  assert.equal(sourceOf('The Ministry of Defence, whose spokesman said the drill was routine, declined to comment.', 'said'), 'The Ministry of Defence, whose spokesman');
  // (A relative clause set off by commas ends at its closing comma: the main verb after it is no one's words.)
  assert.deepEqual(said('The bus, whose driver said he was tired, overturned on the motorway.'), ['said|The bus, whose driver|he was tired']);
});

test('questioning or grilling someone is no saying: no attribution, no vague source; a doubt voiced still is one', () => {
  assert.deepEqual(said('Lawmakers questioned the chief executive about the outage.'), []);
  assert.deepEqual(said('Lawmakers grilled the chief executive for five hours.'), []);
  assert.deepEqual(said('Senators grilled Zuckerberg over the leak. Police questioned him on Monday.'), []);
  assert.deepEqual(findings('Critics questioned the minister about the delay.'), []);
  assert.deepEqual(said('Critics questioned whether the plan would work.'), ['Critics questioned|Critics|whether the plan would work.|vague']);
  // (Her intelligence is doubted, not she questioned.)
  assert.equal(said('Nobody would question her intelligence.').length, 1);
  // (A headline's capitals name no one: "Russia Questions US Motives" reports Russia's doubt.)
  assert.deepEqual(said('Russia Questions US Motives').map((a) => a.split('|').slice(0, 2).join('|')), ['Questions|Russia']);
});

test('a short fragment with no verb and nothing to check ("Nothing to see.") is no unsourced claim', () => {
  assert.deepEqual(findings('Nothing to see.'), []);
  assert.deepEqual(findings('Nothing to report here.'), []);
  assert.deepEqual(findings('None whatsoever.'), []);
  // (A sentence with its verb still claims: "Nothing works anymore.")
  assert.deepEqual(findings('Nothing works anymore.'), ['unsourced-claim: Nothing works anymore.']);
});

test('a paragraph where a description drops the country inside it keeps all its actors', () => {
  // (Dropping the country's mention once left the actors' index stale: every actor of the article was lost.)
  const got = actors('Tesla said deliveries fell. Amnesty said the law was unfair. The London-based rights group said it would appeal. The New York-based group said so.');
  assert.ok(got.includes('Tesla|organization|tesla'), JSON.stringify(got));
  assert.ok(got.includes('Amnesty|organization|amnesty'), JSON.stringify(got));
  assert.ok(got.includes('The London-based rights group|organization|amnesty'), JSON.stringify(got));
});

test('whom one told: a named outlet\'s programme is no part of what was told', () => {
  assert.deepEqual(said("Schiff told USA TODAY's weekly video newsmaker series it was clear Russia was behind the hacks."), ['told|Schiff|it was clear Russia was behind the hacks.']);
  assert.deepEqual(said("Smith told the BBC's flagship radio programme he was innocent."), ['told|Smith|he was innocent.']);
});

test('the noun phrase a "which" relates, past a verb that has no "-ed" ("came from China, which vowed")', () => {
  assert.deepEqual(said('Much of the impetus came from China and the United States, which together vowed to cut emissions.'), ['vowed|China and the United States|to cut emissions.']);
  assert.deepEqual(said('Committee sources who spoke on condition of anonymity said the hearing would go ahead.').map((a) => a.split('|')[1]), ['Committee sources who spoke on condition of anonymity']);
  // (A participle after a possessive describes the noun: "Kuwait's ousted government"; a figure after a verb in a
  // relative clause is what the verb measured, and the noun phrase the clause is on speaks.)
  assert.equal(sourceOf("The White House disclosed that Kuwait's ousted government had formally asked the U.S. to enforce the embargo.", 'asked'), "Kuwait's ousted government");
  assert.equal(sourceOf('A company whose shares dropped 20 percent said it would cut jobs.', 'said'), 'A company');
  assert.equal(sourceOf('She was replying to a letter sent from Abuja on Friday, which accused the ministry of waste.', 'accused'), 'a letter sent from Abuja');
  // ("came away convinced": the subject of the verb and its particle.)
  assert.deepEqual(said('McConnell met the generals and came away convinced that reforms were under way.'), ['convinced|McConnell|reforms were under way.']);
  // (A participle after a clause that opens with a place: its body in lower case, not the place.)
  assert.deepEqual(said('In Havana, the government gave a guarded response to the ruling, warning against optimism.').map((a) => a.split('|').slice(0, 2).join('|')), ['warning|the government']);
});

test('phrasal verbs and nouns that report nothing: "pitch in", "showed up", "goes without saying", "debates are"', () => {
  assert.deepEqual(said('Most of the donors are small donors who pitch in $200 or less.'), []);
  assert.deepEqual(said('The real candidate showed up at the debate.'), []);
  assert.deepEqual(said('It goes without saying that higher taxes are unpopular.'), []);
  assert.deepEqual(said("Presidential debates aren't endurance tests."), []);
  assert.deepEqual(said('The state appealed the case to the Sixth Circuit.'), []);
  assert.deepEqual(said('Lawmakers met the liaison to discuss document requests.'), []);
  // (A study found, a verb still: "study" is no verb before it.)
  assert.deepEqual(said('A study found the tax would fall on the poor.'), ['found|A study|the tax would fall on the poor.']);
});

test('weasel wording: a rough count or a degree is no vague source; evidence claimed with no one behind it is', () => {
  assert.deepEqual(findings('Several hundred guests attended the dinner.'), []);
  assert.deepEqual(findings('The change helped to some extent.').filter((f) => f.startsWith('vague')), []);
  assert.deepEqual(findings('It has been observed that the drug lowers blood pressure.'), ['vague-attribution: It has been observed']);
  assert.deepEqual(findings('The minister came under criticism from rights groups.'), ['vague-attribution: came under criticism']);
  assert.deepEqual(findings('The minister came under criticism from Amnesty International.'), []);
  // (Nor does a convoy that "came under fire" report anyone's words.)
  assert.deepEqual(said('The convoy came under fire near Kherson.'), []);
  assert.deepEqual(findings('The drug is known to cause liver damage.'), ['vague-attribution: is known to cause']);
  assert.deepEqual(findings('The suspect was known to police.'), []);
});
