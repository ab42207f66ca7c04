// Agreements and unsourced-claim findings from regional house styles (hunt23-b): agreement acronyms, plural and
// dated descriptions, and the claims that plain evaluative or generalising sentences make.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../server/src/analysis/segment';
import { findAttributions } from '../../server/src/analysis/attribution';
import { findClaims } from '../../server/src/analysis/claims';
import { parseFrontMatter } from '../../server/src/analysis/frontMatter';
import { createGazetteer } from '../../server/src/analysis/gazetteer';
import { findActorsAndAgreements } from '../../server/src/analysis/actors';
import { builtinGlossary } from '../../server/src/glossary';
import { lineSegmentation } from '../support/lines';

function claimCodes(text: string): string[] {
  const frontMatter = parseFrontMatter(text);
  const seg = segment(text, frontMatter ? frontMatter.end : 0);
  const attributions = findAttributions(text, seg, []);
  return findClaims(text, seg, { attributions, dates: [], actors: [], frontMatter }).findings.map((f) => f.code);
}

function anonymous(text: string): boolean[] {
  const frontMatter = parseFrontMatter(text);
  const seg = segment(text, frontMatter ? frontMatter.end : 0);
  return findAttributions(text, seg, []).map((a) => !!a.anonymous);
}

const gaz = createGazetteer(builtinGlossary());

/** Agreements found, as "text" or "text -> antecedent". */
function agreements(text: string): string[] {
  return findActorsAndAgreements(text, lineSegmentation(text), gaz).agreements.map((a) => `${a.text}${a.antecedent ? ` -> ${a.antecedent.text}` : ''}`);
}

function actorTexts(text: string): string[] {
  return findActorsAndAgreements(text, lineSegmentation(text), gaz).actors.map((a) => a.text);
}

test('a plain evaluative sentence with no source is an unsourced claim', () => {
  for (const s of [
    'Delays of this kind are unavoidable.',
    'The new corridor has delivered tangible gains to every town along the route.',
    'The summit injected fresh momentum into the stalled negotiations.',
    'The talks were fruitful for both delegations.',
  ]) {
    assert.deepEqual(claimCodes(s), ['unsourced-claim'], s);
  }
});

test('short generalising and trend sentences are claims', () => {
  assert.deepEqual(claimCodes('Farmers are abandoning the delta.'), ['unsourced-claim']);
  assert.deepEqual(claimCodes('Armed gangs hold most of the river ports.'), ['unsourced-claim']);
  // (A span of time is no generalisation.)
  assert.deepEqual(claimCodes('The ferry ran late for most of the week.'), []);
});

test('a figure trailing an "according to" source is the source\'s too', () => {
  assert.deepEqual(claimCodes('Rice exports reached 4.2 million tonnes in the season, according to the Exporters Federation (REF), a 12% rise on the year before.'), []);
  // (A clause of its own after the source is still the reporter's.)
  assert.deepEqual(claimCodes('Rice exports reached 4.2 million tonnes, according to the Exporters Federation, and prices have doubled since March.'), ['unsourced-claim']);
});

test('a named actor\'s own estimate is sourced by its subject', () => {
  assert.deepEqual(claimCodes('The Harlow council has put the repair bill at about £14 million over five years.'), []);
  assert.deepEqual(claimCodes('The state treasury puts the shortfall at $2.3 billion.'), []);
  // (An unnamed subject is no source.)
  assert.deepEqual(claimCodes('Repairs will cost about £14 million over five years.'), ['unsourced-claim']);
});

test('sources held by an office but unnamed are anonymous', () => {
  assert.deepEqual(anonymous('Port Authority chairman\'s office sources said the tender had been cancelled.'), [true]);
});

test('an agreement acronym after its parties is one agreement, and its parts are no actors', () => {
  const text = 'Talks on the Japan-Mercosur FTA resumed. The Chile–Korea CEPA entered its third year.';
  assert.deepEqual(agreements(text), ['Japan-Mercosur FTA', 'Chile–Korea CEPA']);
  assert.ok(!actorTexts(text).includes('FTA'));
  // (Without its parties the acronym may be a body: "the EPA" stays what it was.)
  assert.deepEqual(agreements('The EPA fined the refinery.'), []);
});

test('parties joined by an en dash belong to a lower-case agreement name', () => {
  assert.deepEqual(agreements('Ministers discussed the stalled Canada–ASEAN free trade agreement.'), ['Canada–ASEAN free trade agreement']);
});

test('deals, plural memoranda and dated descriptions are agreements without a name', () => {
  assert.deepEqual(agreements('Norway signed a fisheries deal with Iceland. Both capitals praised the pact.'), ['a fisheries deal', 'the pact -> a fisheries deal']);
  assert.deepEqual(agreements('The ministers initialled memoranda of understanding on water and tourism.'), ['memoranda of understanding']);
  assert.deepEqual(agreements('Inspectors will audit the 2019 bilateral commercial agreement next month.'), ['the 2019 bilateral commercial agreement']);
  assert.deepEqual(agreements('The plan builds on the 2017 protocol signed during the king\'s visit.'), ['the 2017 protocol']);
});

test('a named pact from the glossary is what "the pact" refers to', () => {
  assert.deepEqual(agreements('Canberra defended AUKUS in parliament. Critics said the pact was too costly.'), ['AUKUS', 'the pact -> AUKUS']);
});

test('a programme named an Initiative is no agreement; a glossary one still is', () => {
  assert.deepEqual(agreements('Ghana joined the Coastal Fisheries Initiative last year.'), []);
  assert.deepEqual(agreements('Russia left the Black Sea Grain Initiative.'), ['Black Sea Grain Initiative']);
});

test('one body\'s communiqué is a statement; a joint or agreed one is an agreement', () => {
  assert.deepEqual(agreements('The council issued a communiqué after its meeting in Tamale. The communiqué, read by its chairman, said roads were unsafe.'), []);
  assert.deepEqual(agreements('The five ministers adopted a joint communiqué on border trade.'), ['a joint communiqué']);
});
