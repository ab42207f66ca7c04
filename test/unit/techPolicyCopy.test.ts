// Technology and cyber policy copy: advisories, CVEs and patches, threat actors, chip export controls, AI rules and
// data-protection fines. What its dates, actors and unsourced claims look like. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle as analyze, datedBy, findingsOf as findings } from '../support/article';

const DATED = datedBy('2024-03-06');

function dates(text: string): string[] {
  return analyze(text).dates.map((d) => `${text.slice(d.start, d.end)}=${d.value}`);
}

function actors(text: string): string[] {
  return analyze(text).actors.map((a) => `${text.slice(a.start, a.end)}|${a.category}`);
}

test('a zero-day is a flaw, no stretch of no days', () => {
  for (const body of [
    'Apple patched two zero-day vulnerabilities that were exploited against iPhones.',
    'Google fixed another zero-day in Chrome, its fifth this year.',
    'The vendor shipped fixes for three zero-days on Tuesday.',
  ]) assert.ok(!dates(DATED(body)).some((d) => d.startsWith('zero') || d.includes('zero-day')), body);
  // A count of days that happens to be none is still read.
  assert.deepEqual(dates(DATED('The reservoir had zero days of supply left.')).filter((d) => d.includes('zero')), ['zero days=P0D']);
});

test('"Midnight Blizzard" and names like it are no clock time', () => {
  for (const body of [
    'The emails were related to Midnight Blizzard itself, the company said.',
    'Officials attributed the intrusion to Midnight Blizzard on Friday.',
  ]) assert.ok(!dates(DATED(body)).some((d) => d.startsWith('Midnight')), body);
  // Midnight as an hour, before its day, is still a time.
  assert.ok(dates(DATED('The rules take effect at Midnight Friday.')).some((d) => d.startsWith('Midnight')));
  assert.ok(dates(DATED('The ban takes effect at midnight on Friday.')).some((d) => d.startsWith('midnight')));
});

test('version numbers and CVE identifiers are no figures stated as fact', () => {
  for (const body of [
    'The company fixed the bugs in iOS 17.4 and iPadOS 17.4 with improved validation.',
    'It also backported the patches to iOS 16.7.6 and iPadOS 16.7.6 for older devices.',
    'The flaws, tracked as CVE-2024-23225 and CVE-2024-23296, affect the kernel.',
    'Chrome 122.0.6261.111 fixes the flaw on Windows and Mac.',
    'The backdoor was found in versions 5.6.0 and 5.6.1 of the library.',
    'Users of Windows 11 and Android 14 are urged to update.',
  ]) assert.deepEqual(findings(DATED(body)), [], body);
  // A count beside them still is one.
  assert.equal(findings(DATED('The update fixed 38 flaws in iOS 17.4 and macOS 14.4.')).length, 1);
  assert.equal(findings(DATED('The agency will release 300 prisoners.')).length, 1);
});

test('terms of computing in capitals are no organisations', () => {
  const text = DATED('He noticed that SSH logins were using more CPU than expected, and the flaw carries a CVSS score of 10.0.');
  assert.deepEqual(actors(text), []);
});

test('tech companies and state hacking groups are actors of their kind', () => {
  const text = DATED(
    'Microsoft said a group it calls Midnight Blizzard, also known as APT29 or Cozy Bear, read the emails. Nvidia and TSMC declined to comment, while ByteDance said TikTok would appeal. Red Hat said in an advisory that users should update. Volt Typhoon and Star Blizzard were named in the advisory.',
  );
  const seen = actors(text);
  for (const a of ['Microsoft|organization', 'Midnight Blizzard|group', 'APT29|group', 'Cozy Bear|group', 'Nvidia|organization', 'TSMC|organization', 'ByteDance|organization', 'TikTok|organization', 'Red Hat|organization', 'Volt Typhoon|group', 'Star Blizzard|group']) {
    assert.ok(seen.includes(a), `${a} in ${seen.join(', ')}`);
  }
  assert.ok(!seen.some((a) => a.endsWith('|person')), seen.join(', '));
});

test('a fine a named regulator imposed is its record, no unsourced figure', () => {
  for (const body of [
    "TikTok has been fined €345 million by Ireland's Data Protection Commission for breaching EU privacy law.",
    "TikTok was fined £12.7 million by the UK's Information Commissioner's Office (ICO) in April for misusing children's data.",
    'Apple last month was fined €1.8 billion by the Commission in a separate antitrust case.',
    "Ireland's Data Protection Commission (DPC) fined Meta Platforms €1.2 billion on Monday for transferring data.",
    'The Italian competition authority fined Apple and Amazon a combined €200 million.',
  ]) assert.deepEqual(findings(DATED(body)), [], body);
  // Fines with no body that imposed them, or beside another claim, still want a source.
  assert.equal(findings(DATED('Thousands of drivers were fined $500 each for speeding.')).length, 1);
  assert.equal(findings(DATED('The company was fined $5 million and its profits fell 40%.')).length, 1);
});

test('what a law or deal provides, opened by "Under" it, is its own terms', () => {
  for (const body of [
    'Under the act, companies face fines of up to €35 million or 7% of global turnover for the most serious violations.',
    'Under the DMA, gatekeepers face fines of up to 10% of their worldwide turnover.',
    'Under the new rules, chipmakers need a licence to ship to more than 40 countries.',
    'Under Article 5 of the treaty, members must spend 2% of GDP.',
  ]) assert.deepEqual(findings(DATED(body)), [], body);
  // Neither pressure nor a cause is a law's term.
  assert.equal(findings(DATED('Under pressure, the company cut 3,000 jobs.')).length, 1);
  assert.equal(findings(DATED('Under the deal, prices rose 40% because of the tariffs.')).length, 1);
});

test('"the agencies" after an advisory has named them is no vague source; alone it is', () => {
  const named = DATED('In a joint advisory, CISA, the National Security Agency (NSA) and the Federal Bureau of Investigation (FBI) said the hackers were pre-positioning. "The actors are seeking to pre-position themselves," the agencies said.');
  assert.deepEqual(findings(named), []);
  assert.deepEqual(findings(DATED('The agencies said the hackers were pre-positioning themselves on networks.')), ['vague-attribution: The agencies said']);
  assert.deepEqual(findings(DATED('Apple and Google were told to change their app stores. The companies said they would comply.')), []);
});

test('"real-time" and "real-world" are kinds of things, no evaluative "real"', () => {
  assert.deepEqual(findings(DATED('The flaws affect the kernel and the RTKit real-time operating system.')), []);
  assert.deepEqual(findings(DATED('The group tests its attacks against real-world networks.')), []);
  assert.equal(findings(DATED('The threat to the grid is real and growing.')).length, 1);
});

test('a joint advisory\'s list of agencies is the whole source, after an opening phrase too', () => {
  const sources = (body: string) => analyze(DATED(body)).attributions.map((a) => a.source?.text ?? null);
  assert.deepEqual(sources('In a joint advisory, CISA, the NSA and the FBI said the hackers were pre-positioning.'), ['CISA, the NSA and the FBI']);
  assert.deepEqual(sources('CISA, the NSA and the FBI said the hackers were pre-positioning.'), ['CISA, the NSA and the FBI']);
  assert.deepEqual(sources('In a statement, Apple, Google and Meta said they would comply.'), ['Apple, Google and Meta']);
  // A place before the list is no part of it; nor is a name an appositive follows.
  assert.deepEqual(sources('In Brussels, France and Germany said they would comply.'), ['France and Germany']);
  assert.deepEqual(sources('Jones, the minister and the envoy said it would work.'), ['the minister and the envoy']);
});
