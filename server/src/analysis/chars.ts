// Character tests on UTF-16 code units, for the per-character loops of the core. A one-character regex test
// (`/\s/.test(text[i])`) allocates a string and calls into the regex engine for every character; on a cold
// process, before the JIT has optimised anything, that is the dearest way to ask. These answer the same
// questions exactly as the regexes named beside them do (checked against them in test/unit/chars.test.ts).

/** `/\s/`: JavaScript white space and line terminators. */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Whether text[i] exists and is `/\s/` (false outside the string, as `/\s/.test(undefined ?? '')`). */
export function isSpaceAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isSpaceCode(text.charCodeAt(i));
}

/** `/[A-Za-z]/` */
export function isAsciiLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** `/[a-z]/` */
export function isAsciiLowerCode(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** `/[A-Z]/` */
export function isAsciiUpperCode(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** `/\d/` (ASCII digits only, as in JavaScript regexes). */
export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** `/\w/`: ASCII letters, digits and the underscore. */
export function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}
