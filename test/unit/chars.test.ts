// The character tests answer exactly what the regexes they replace answer, for every UTF-16 code unit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isAsciiLetterCode, isAsciiLowerCode, isAsciiUpperCode, isDigitCode, isSpaceAt, isSpaceCode, isWordCode } from '../../server/src/analysis/chars';

const cases: [string, (c: number) => boolean, RegExp][] = [
  ['isSpaceCode', isSpaceCode, /\s/],
  ['isAsciiLetterCode', isAsciiLetterCode, /[A-Za-z]/],
  ['isAsciiLowerCode', isAsciiLowerCode, /[a-z]/],
  ['isAsciiUpperCode', isAsciiUpperCode, /[A-Z]/],
  ['isDigitCode', isDigitCode, /\d/],
  ['isWordCode', isWordCode, /\w/],
];

for (const [name, fn, re] of cases) {
  test(`${name} agrees with ${re} on every code unit`, () => {
    for (let c = 0; c <= 0xffff; c++) {
      if (fn(c) !== re.test(String.fromCharCode(c))) assert.fail(`${name}(U+${c.toString(16).padStart(4, '0')}) = ${fn(c)}`);
    }
  });
}

test('isSpaceAt is false outside the string', () => {
  assert.equal(isSpaceAt('a b', 1), true);
  assert.equal(isSpaceAt('a b', 0), false);
  assert.equal(isSpaceAt('a b', -1), false);
  assert.equal(isSpaceAt('a b', 3), false);
});
