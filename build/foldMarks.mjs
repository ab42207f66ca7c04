// The bundles' core reads an article's one-byte form, in which the marks that make most news two-byte (curly quotes,
// dashes, the ellipsis, the bullet, the euro sign) are C1 control characters, one for one (server/src/analysis/fold.ts
// says why and folds the text). This module writes the core's own mentions of those marks the same way as esbuild
// loads its files: each mark as a character, as a \u escape, and as a char code in hex. A mention in a form it cannot
// rewrite faithfully (a range of a class or of codes with a mark at one end, a Unicode class that holds marks but not
// their C1 forms) stops the build, naming the file and the line, so the rule can be written another way.

/** Each folded mark's code and the C1 code it becomes (kept equal to FOLDED_MARKS / FOLD_CODES in fold.ts). */
export const MARK_CODES = new Map([
  [0x2018, 0x91],
  [0x2019, 0x92],
  [0x201c, 0x93],
  [0x201d, 0x94],
  [0x2013, 0x96],
  [0x2014, 0x97],
  [0x2015, 0x81],
  [0x2026, 0x85],
  [0x2022, 0x95],
  [0x20ac, 0x80],
]);

const hex4 = (n) => n.toString(16).padStart(4, '0');
// (As \u escapes, which every reader of the core's regex sources, such as the dates' hint automaton, knows.)
const escapeOf = (code) => `\\u${hex4(code)}`;
const MARK_HEX = [...MARK_CODES.keys()].map((m) => m.toString(16)).join('|');

/** The character classes of a line (a bracket to its closing bracket, escapes skipped, no bracket inside). */
const CLASSES = /\[(?:\\.|[^\]\\[])*\]/g;
/** The ranges of a class ("[a-z\u2010-\u2015]"), as [low, high] codes: its atoms read one by one. */
function classRanges(cls) {
  const body = cls.slice(cls[1] === '^' ? 2 : 1, -1);
  const atoms = body.match(/\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\.|[^\\]/g) ?? [];
  const code = (a) => (a.length === 1 ? a.charCodeAt(0) : /^\\[ux]/.test(a) ? parseInt(a.slice(2), 16) : -1);
  const out = [];
  for (let i = 1; i + 1 < atoms.length; i++) {
    if (atoms[i] === '-' && code(atoms[i - 1]) >= 0 && code(atoms[i + 1]) >= 0) out.push([code(atoms[i - 1]), code(atoms[i + 1])]);
  }
  return out;
}
/** Bounds of a range of codes on one line: "c >= 0x2000 && c < 0x2070". */
const LOW_BOUND = /(?:>=?\s*(0x[0-9a-f]+)|(0x[0-9a-f]+)\s*<=?)/gi;
const HIGH_BOUND = /(?:<=?\s*(0x[0-9a-f]+)|(0x[0-9a-f]+)\s*>=?)/gi;
const coversMark = (lo, hi) => [...MARK_CODES.keys()].some((m) => m >= lo && m <= hi);
/** A line the author has checked: what it says of the marks holds for their C1 forms too. */
const CHECKED = /fold: checked/;

/** Forms of a mention that a rewrite one for one would change the meaning of. */
const UNFOLDABLE = [
  [(line) => (line.match(CLASSES) ?? []).some((c) => classRanges(c).some(([lo, hi]) => coversMark(lo, hi))), 'a character range that holds a folded mark'],
  [(line) => {
    const lows = [...line.matchAll(LOW_BOUND)].map((m) => parseInt(m[1] ?? m[2], 16));
    const highs = [...line.matchAll(HIGH_BOUND)].map((m) => parseInt(m[1] ?? m[2], 16));
    return lows.some((lo) => highs.some((hi) => hi > lo && coversMark(lo, hi)));
  }, 'a range of codes that holds a folded mark'],
  // Unicode classes that hold marks; \p{P} alone is rewritten below.
  [(line) => /\\[pP]\{(?:Pd|Pi|Pf|Po|Ps|Pe|S|Sc|Sm|So|Punctuation|Dash_Punctuation|Symbol|Currency_Symbol)\}/.test(line), 'a Unicode class that holds folded marks'],
  // A mark's code in decimal.
  [(line) => new RegExp(`\\b(?:${[...MARK_CODES.keys()].join('|')})\\b`).test(line), 'a folded mark\u2019s code in decimal'],
];

/** The core's source text with its mentions of the folded marks written as their C1 forms (see above). */
export function foldSource(src, file = 'source') {
  const lines = src.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // (Comments may say anything.)
    const code = line.replace(/^\s*(?:\/\/|\*|\/\*).*$/, '').replace(/\s\/\/\s.*$/, '');
    // (A line the author has checked, or the comment line above it, says "fold: checked".)
    if (CHECKED.test(line) || (i > 0 && CHECKED.test(lines[i - 1]))) continue;
    for (const [found, what] of UNFOLDABLE) {
      if (found(code)) throw new Error(`${file}:${i + 1}: ${what}, which the one-byte bundle cannot rewrite (build/foldMarks.mjs): ${line.trim().slice(0, 120)}`);
    }
  }
  let out = src;
  for (const [mark, c1] of MARK_CODES) {
    const h = mark.toString(16);
    out = out.split(String.fromCharCode(mark)).join(escapeOf(c1));
    out = out.replace(new RegExp(`\\\\u(?:${h}|\\{${h}\\})(?![0-9a-f])`, 'gi'), escapeOf(c1));
    out = out.replace(new RegExp(`\\b0x${h}\\b`, 'gi'), `0x${c1.toString(16)}`);
  }
  // A class of all punctuation holds the C1 forms of the marks that are punctuation (all but the euro sign's).
  out = out.split('\\p{P}').join(`\\p{P}${[...MARK_CODES].filter(([m]) => m !== 0x20ac).map(([, c1]) => escapeOf(c1)).join('')}`);
  return out;
}

/** An esbuild plugin: the core's files (server/src/analysis), but for fold.ts, which names both forms, with foldSource. */
export const foldPlugin = {
  name: 'fold-marks',
  setup(build) {
    build.onLoad({ filter: /[\\/]server[\\/]src[\\/]analysis[\\/].*\.ts$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const src = await readFile(args.path, 'utf8');
      return { contents: /[\\/]analysis[\\/]fold\.ts$/.test(args.path) ? src : foldSource(src, args.path), loader: 'ts' };
    });
  },
};

/** The esbuild options of a bundle whose core reads the one-byte form. */
export const foldedBuild = { plugins: [foldPlugin], define: { __POLICY_LENS_FOLD__: 'true' } };
