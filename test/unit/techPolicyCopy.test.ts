// Technology and cyber policy copy: advisories, CVEs and patches, threat actors, chip export controls, AI rules and
// data-protection fines. What its dates, actors and unsourced claims look like. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze as analyzeWith } from '../../server/src/analysis/analyze';
import { createGazetteer } from '../../server/src/analysis/gazetteer';
import { builtinGlossary } from '../../server/src/glossary';

const gazetteer = createGazetteer(builtinGlossary());
const analyze = (text: string) => analyzeWith(text, { gazetteer });

const DATED = (body: string, date = '2024-03-06'): string => `---\ndate: ${date}\n---\n${body}\n`;

function dates(text: string): string[] {
  return analyze(text).dates.map((d) => `${text.slice(d.start, d.end)}=${d.value}`);
}

function actors(text: string): string[] {
  return analyze(text).actors.map((a) => `${text.slice(a.start, a.end)}|${a.category}`);
}

function findings(text: string): string[] {
  return analyze(text).findings.map((f) => `${f.code}: ${text.slice(f.start, f.end)}`);
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

test('"real-time" and "real-world" are kinds of things, no evaluative "real"', () => {
  assert.deepEqual(findings(DATED('The flaws affect the kernel and the RTKit real-time operating system.')), []);
  assert.deepEqual(findings(DATED('The group tests its attacks against real-world networks.')), []);
  assert.equal(findings(DATED('The threat to the grid is real and growing.')).length, 1);
});
