// The date pass's merged trigger scan checked against each hint's own regex, for the tests that build scanners.
import assert from 'node:assert/strict';
import { makeScanner } from '../../server/src/analysis/dates/triggers';

/** Asserts that a scanner over `hints` finds, in each text, each hint's first hit where its own regex would. */
export function assertScanLikeRegexes(hints: RegExp[], texts: string[]): void {
  const scanner = makeScanner(hints);
  for (const t of texts) {
    const lower = t.toLowerCase();
    const { first, last } = scanner.scan(lower);
    hints.forEach((h, k) => {
      // Every position where the hint matches (overlapping: "yesterday" holds "day").
      const starts: number[] = [];
      const sticky = new RegExp(h.source, h.flags.replace('i', '') + 'y');
      for (let i = 0; i < lower.length; i++) {
        sticky.lastIndex = i;
        if (sticky.test(lower)) starts.push(i);
      }
      const lastStart = starts.length ? starts[starts.length - 1] : -1;
      assert.equal(first[k], starts.length ? starts[0] : -1, `${h} first in "${t}"`);
      // The last hit is exact for literal hints, else the text length (a safe bound).
      assert.ok(last[k] === lastStart || (lastStart >= 0 && last[k] === lower.length), `${h} last in "${t}"`);
    });
  }
}
