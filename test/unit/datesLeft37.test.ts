// Dates the last rounds left. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datedBy, datesOf as dates } from '../support/article';

// (Wednesday 15 October 2025.)
const DATED = datedBy('2025-10-15');

test('each end of a range of numeric dates is a date of its own, read the same way round as the other', () => {
  const cases: [string, [string, string][]][] = [
    ['The fair runs 12.10.2025 \u2013 14.10.2025, organisers said.', [['12.10.2025', '2025-10-12'], ['14.10.2025', '2025-10-14']]],
    ['The fair runs 12/10/2025\u201314/10/2025, organisers said.', [['12/10/2025', '2025-10-12'], ['14/10/2025', '2025-10-14']]],
    ['The fair runs 12/10/2025-14/10/2025, organisers said.', [['12/10/2025', '2025-10-12'], ['14/10/2025', '2025-10-14']]],
    ['The fair ran 3/4/2025 through 3/9/2025, organisers said.', [['3/4/2025', '2025-03-04'], ['3/9/2025', '2025-03-09']]],
  ];
  for (const [body, want] of cases) assert.deepEqual(dates(DATED(body)), want, body);
});
