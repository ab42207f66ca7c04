// esbuild writes a bundle's strings in ASCII but leaves the characters of regex literals as they are ("communiqué",
// "₹", "–"). One such character makes Node read the whole bundle as a two-byte string, decoding 1.7 MB of UTF-8 at
// every start (~20 ms where reading it as ASCII takes ~5). This rewrites each as its \u escape, which means the same
// character in a regex literal, with or without the u flag (an astral character's two escapes make one code point
// there). A character escaped by a backslash of its own ("\é", an identity escape) loses that backslash. The
// bundle's source map then places the rest of those lines (a few dozen regex literals) a few columns off.
import { readFileSync, writeFileSync } from 'node:fs';

const NON_ASCII = /[^\x00-\x7f]/;

/** src with every character beyond ASCII written as its \u escape. */
export function asciiSource(src) {
  let out = '';
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c < 0x80) continue;
    let backslashes = 0;
    while (i - backslashes - 1 >= from && src.charCodeAt(i - backslashes - 1) === 0x5c) backslashes++;
    out += src.slice(from, backslashes % 2 ? i - 1 : i) + `\\u${c.toString(16).padStart(4, '0')}`;
    from = i + 1;
  }
  return out + src.slice(from);
}

/** Rewrites the bundle at file in ASCII, if it is not already. */
export function asciiOutput(file) {
  const src = readFileSync(file, 'utf8');
  if (NON_ASCII.test(src)) writeFileSync(file, asciiSource(src));
}
