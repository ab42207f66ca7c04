// What the benchmarks share: big articles built from the sample articles, and best-of-N timing.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { readTimeML } from '../test/eval/timeml';

const fixtures = path.resolve(__dirname, '../test/fixtures');

/** The sample articles' bodies (front matter stripped). */
export function sampleBodies(): string[] {
  return fs
    .readdirSync(fixtures)
    .filter((f) => /\.(news|article)$/.test(f))
    .map((f) => fs.readFileSync(path.join(fixtures, f), 'utf8').replace(/^---[\s\S]*?\n---\n/, ''));
}

/** The sample articles' distinct paragraphs. */
export function sampleParagraphs(): string[] {
  return sampleBodies()
    .flatMap((b) => b.split(/\n\s*\n/))
    .filter((p) => p.trim());
}

/** At least `bytes` characters made of `parts` over and over, joined by `sep`. */
export function repeatTo(parts: string[], bytes: number, sep = '\n'): string {
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const p = parts[i % parts.length];
    out.push(p);
    n += p.length + sep.length;
  }
  return out.join(sep);
}

/** The folder of public corpora beside the repository (`npm run eval` reads it too), or null where it is absent. */
export function sharedData(): string | null {
  const dir = path.resolve(__dirname, '../../shared/data');
  return fs.existsSync(dir) ? dir : null;
}

/**
 * About `bytes` characters of real news, one story after another: the PolNeAR articles, then the TimeBank and
 * AQUAINT stories. Unlike the sample articles over and over, every paragraph is new, as in a real long document.
 */
export function realNews(dataDir: string, bytes: number): string {
  const stories: string[] = [];
  let n = 0;
  const add = (s: string) => {
    stories.push(s.trim());
    n += s.length + 2;
  };
  const polnear = path.join(dataDir, 'polnear/dev/text');
  for (const f of fs.readdirSync(polnear).sort()) if (n < bytes) add(fs.readFileSync(path.join(polnear, f), 'utf8'));
  for (const sub of ['TimeBank', 'AQUAINT']) {
    const dir = path.join(dataDir, 'timeml', sub);
    for (const f of fs.readdirSync(dir).sort()) if (n < bytes && f.endsWith('.tml')) add(readTimeML(path.join(dir, f)).text);
  }
  return stories.join('\n\n');
}

export interface Timing {
  /** Best CPU ms of this process (all its threads) over the runs; steadier than wall time on a busy machine. */
  cpu: number;
  wall: number;
  /** CPU ms of the first run, before the JIT has warmed up. */
  first: number;
}

/** Runs fn `runs` times and keeps the best times. */
export function bestOf(runs: number, fn: () => unknown): Timing {
  const t: Timing = { cpu: Infinity, wall: Infinity, first: 0 };
  for (let i = 0; i < runs; i++) {
    const w = process.hrtime.bigint();
    const c = process.cpuUsage();
    fn();
    const u = process.cpuUsage(c);
    const cpu = (u.user + u.system) / 1000;
    if (i === 0) t.first = cpu;
    t.cpu = Math.min(t.cpu, cpu);
    t.wall = Math.min(t.wall, Number(process.hrtime.bigint() - w) / 1e6);
  }
  return t;
}

/** A short digest of a result, so a speed change can be checked to leave the output identical. */
export function digest(x: unknown): string {
  return createHash('sha1').update(JSON.stringify(x)).digest('hex').slice(0, 12);
}

/**
 * Inputs that once made the core read back over the line, paragraph, name or document from each word, so that
 * time grew with the square of the input (or, for acronyms, with 2^12 per acronym), or that overflowed the stack and
 * lost a stage's annotations. Each is a unit repeated, or a builder of paragraphs with a new name in each. The
 * benchmark times each at a megabyte; a robustness test runs each against a deadline.
 */
export interface AdversarialCase {
  name: string;
  what: string;
  unit?: string;
  build?: (bytes: number) => string;
}

/** Distinct capitalised surnames: Kaaa, Kaab, ... (17,576 of them, then again). */
function surnames(n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push('K' + [676, 26, 1].map((d) => String.fromCharCode(97 + (Math.floor(i / d) % 26))).join(''));
  return out;
}

export const ADVERSARIAL_CASES: AdversarialCase[] = [
  { name: '"Al "', unit: 'Al ', what: 'particles of a name' },
  { name: '"DO-"', unit: 'DO-', what: 'particles joined by hyphens' },
  { name: '"La-"', unit: 'La-', what: 'particles joined by hyphens' },
  { name: '"COMMENT-"', unit: 'COMMENT-', what: 'capitals before a noun of saying' },
  { name: '"Speech-"', unit: 'Speech-', what: 'capitals before a noun of saying' },
  { name: '"CLAIMS-"', unit: 'CLAIMS-', what: 'capitals before a noun of saying' },
  { name: '"Moscow and "', unit: 'Moscow and ', what: 'seats of government joined by "and"' },
  { name: '"2020, "', unit: '2020, ', what: 'years on one line' },
  { name: '"A b c. "', unit: 'A b c. ', what: 'short sentences on one line' },
  { name: '"Of Of ... (OOOX) "', unit: 'Of Of Of Of Of Of Of Of Of Of Of Of (OOOOOOOOOOOX) ', what: 'acronyms with many readings' },
  { name: '"Mr. K said." paragraphs', build: (bytes) => surnames(Math.ceil(bytes / 16)).map((k) => `Mr. ${k} said.\n\n`).join(''), what: 'a new surname in each paragraph' },
  { name: '"The Senate voted. "', unit: 'France. The Senate voted. ', what: 'bare chambers in a foreign story' },
  { name: '"Russia and Syria (RS) "', unit: 'Russia and Syria (RS) ', what: 'acronym definitions in one paragraph' },
  { name: '"with K, the "', build: (bytes) => surnames(Math.ceil(bytes / 13)).map((k) => `with ${k}, the `).join(''), what: 'appositions in one long sentence' },
  { name: '"UN "', unit: 'UN ', what: 'a third of a million actors in one paragraph' },
  { name: '"The minister said: the rain fell. "', unit: 'The minister said: the rain fell. ', what: 'speakers with colons in one paragraph' },
  { name: '"Kaa x) said it. "', unit: 'Kaa x) said it. ', what: 'a bracket closed before each cue, none opened' },
  { name: '"Kaa \u2013 a man \u2013 said it. "', unit: 'Kaa \u2013 a man \u2013 said it. ', what: 'asides between dashes of one kind' },
  { name: '"Executive Order (EO) and the UN "', unit: 'Executive Order (EO) and the UN ', what: 'acronyms of things, not bodies' },
  // (240 KB of keys: a front matter over 256 KB is not read at all.)
  { name: 'front matter of unique keys', build: (bytes) => `---\n${Array.from({ length: 20_000 }, (_, i) => `k${i}: "v"`).join('\n')}\n---\n${'Body on Monday. '.repeat(Math.max(0, Math.ceil((bytes - 240_000) / 16)))}`, what: 'the yaml library checks each key against all before it' },
  // (Each paragraph's search for the next full stop or quotation mark once ran on to the article's last one.)
  { name: 'short paragraphs without a stop', build: (bytes) => `${'A heading with no stop\n\n'.repeat(Math.ceil(bytes / 24))}The end, "she said."`, what: 'paragraphs with no full stop or quotation mark but the last' },
  { name: '"the Paris Agreement, Gross Domestic Product (GDP), "', unit: 'the Paris Agreement, Gross Domestic Product (GDP), ', what: 'agreements beside acronym definitions' },
  // (Each agreement named by its parties copied, then read back over, all the paragraph's agreements before it.)
  { name: '"the UN deal and "', unit: 'the UN deal and ', what: 'agreements named by their parties in one paragraph' },
  // (A splice for each company's tail, each moving the rest of the list.)
  { name: '"K Group, LTD and "', build: (bytes) => surnames(Math.ceil(bytes / 20)).map((k) => `${k} Group, LTD and `).join(''), what: 'companies with a tail that covers a mention' },
  // (Each mention of the acronym looked through all the paragraph's actors for one it overlaps.)
  { name: '"(BWA) the BWA Office and "', build: (bytes) => `the Baghdad Water Agreement (BWA) ${'the BWA Office and '.repeat(Math.ceil(bytes / 19))}`, what: 'a defined acronym inside many mentions in one paragraph' },
  // (Each actor and each date was tested against every web address of the text.)
  { name: '"UN https://a.org "', unit: 'UN https://a.org ', what: 'actors beside web addresses' },
  { name: '"Monday https://a.org "', unit: 'Monday https://a.org ', what: 'dates beside web addresses' },
  // (Each description that refers back looked through all the paragraph's actors for its own span.)
  { name: '"the UN and the organisation "', unit: 'the UN and the organisation ', what: 'descriptions of an actor in one paragraph' },
  // (Each actor was looked up among all the dates of another calendar.)
  { name: '"Russia Q: Rajab 1447 "', unit: 'Russia Q: Rajab 1447 ', what: 'actors beside Hijri dates' },
  // (Each paragraph searched on for a "(" to the end of an article that had none.)
  { name: '"\\nUN A: \\n\\n"', unit: '\nUN A: \n\n', what: 'short paragraphs with no bracket' },
  // (Each unsourced claim looked through all the paragraph's sources for the nearest.)
  { name: '"It will join as the Commission has suggested. "', unit: 'It will join as the Commission has suggested. ', what: 'claims beside sources in one paragraph' },
  // (Each "Q:" label, sourced to the interviewer named at the top, was put in the bucket of every sentence before it.)
  { name: 'an interview of "Q:" and answers', build: (bytes) => `Foreign Minister Marko Kab spoke to our editor, Anna Kaa, in Belgrade.\n\n${'Q: Minister, is that fair?\n\nKab: No, it is not fair, and I told the Commission so on Tuesday.\n\n'.repeat(Math.ceil(bytes / 94))}`, what: 'speaker labels sourced to a name at the top' },
  // (Each footnote marker, sourced to its note at the end, was put in the bucket of every sentence after it.)
  { name: 'footnote markers with their notes at the end', build: (bytes) => { const ks = surnames(Math.ceil(bytes / 86)); return `${ks.map((_, i) => `Exports fell by 40% in 2024.[${i + 1}]\n\n`).join('')}**Notes**\n\n${ks.map((k, i) => `[${i + 1}] Ministry of ${k} Affairs, "Report", 2 July 2025.`).join('\n')}`; }, what: 'sources that follow their cues far below' },
  { name: '"Reporting by Ab Cd;\\n"', unit: 'Reporting by Ab Cd;\n', what: 'lines that open a credit line, none of which ends one' },
  { name: '"Photo: x y. "', unit: 'Photo: x y. ', what: "pictures' labels on one long line" },
  { name: '"(Reporting by Ab Cd Ef Gh Ij Kl "', unit: '(Reporting by Ab Cd Ef Gh Ij Kl ', what: 'brackets that open a credit line and never close, on one long line' },
];

/** A case's text, about `bytes` long. */
export function adversarialText(c: AdversarialCase, bytes: number): string {
  return c.build ? c.build(bytes) : c.unit!.repeat(Math.ceil(bytes / c.unit!.length));
}
