// Actors the last round left: a Pakistani story filed from a city that is no capital, a plural title's surnames, the
// parties of a case's name, a European Parliament group, a fair named for the Arabs, an EU team, an army's jets and a
// general's post with its acronym. Sentences written for these tests, run through the full analysis.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle as analyze, datedBy } from '../support/article';

const DATED = datedBy('2026-11-28');

/** The actors of an article body as "text|category|entity". */
function actors(body: string): string[] {
  return analyze(DATED(body)).actors.map((a) => `${a.text}|${a.category}|${a.entity ?? '-'}`);
}

/** Each case: a body, the actors it must have ("text|category|entity"), and the texts no actor may have. */
const CASES: { name: string; text: string; has: string[]; lacks?: string[] }[] = [
  {
    name: 'a plural title before surnames alone names each of them, the last after "and" too',
    text: 'Justices Alito and Thomas dissented, while Justices Sotomayor, Kagan and Jackson joined the majority. Senators Warren and Sanders objected.',
    has: ['Justices Alito|official|-', 'Thomas|official|-', 'Justices Sotomayor|official|-', 'Kagan|official|-', 'Jackson|official|-', 'Senators Warren|official|-', 'Sanders|official|-'],
  },
  {
    name: 'a title "of" a body whose name holds "of" keeps the body whole and its holder, with or without an acronym',
    text: 'Chairman of the Joint Chiefs of Staff (JCS) Dan Caine told lawmakers the strikes had worked. Chairman of the Joint Chiefs of Staff Dan Caine spoke again on Friday. Secretary General of the Organization of Islamic Cooperation Hissein Brahim Taha welcomed the talks.',
    has: ['Chairman of the Joint Chiefs of Staff (JCS) Dan Caine|official|-', 'Chairman of the Joint Chiefs of Staff Dan Caine|official|-', 'Secretary General of the Organization of Islamic Cooperation Hissein Brahim Taha|official|-'],
    lacks: ['Dan Caine', 'JCS', 'Organization of Islamic Cooperation Hissein Brahim Taha'],
  },
];

for (const c of CASES) {
  test(c.name, () => {
    const got = actors(c.text);
    for (const e of c.has) assert.ok(got.includes(e), `${c.text}\n  expected ${e}\n  got ${JSON.stringify(got)}`);
    for (const w of c.lacks ?? []) assert.ok(!got.some((a) => a.split('|')[0] === w), `${c.text}\n  did not expect ${w}\n  got ${JSON.stringify(got)}`);
  });
}

