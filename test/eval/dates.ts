// Evaluation of findDates on TempEval-3 TBAQ-cleaned (TimeBank + AQUAINT), with TE3 metrics:
// relaxed (overlap) and strict (exact span) P/R/F1, and value / type F1 where a relaxed match with the
// right attribute counts as a true positive.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { EvalResult } from './run';
import { readTimeML, type GoldTimex } from './timeml';
import { findDates } from '../../server/src/analysis/dates';
import type { DateAnnotation, Paragraph } from '../../server/src/analysis/types';

function prf(tp: number, sys: number, gold: number): { p: number; r: number; f: number } {
  const p = sys ? tp / sys : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Paragraphs as a plain reader sees them: runs of non-blank lines. */
function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+(?:\n[ \t]*[^\s][^\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function top(map: Map<string, number>, n: number): string {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `  ${String(v).padStart(3)}  ${k}`)
    .join('\n');
}

export function evaluate(dataDir: string): EvalResult {
  const dirs = ['TimeBank', 'AQUAINT'].map((d) => path.join(dataDir, 'timeml', d));
  const files = dirs.flatMap((d) => (fs.existsSync(d) ? fs.readdirSync(d).filter((f) => f.endsWith('.tml')).map((f) => path.join(d, f)) : []));
  let gold = 0;
  let sys = 0;
  let relaxedSys = 0;
  let relaxedGold = 0;
  let strict = 0;
  let valueOk = 0;
  let typeOk = 0;
  const perType = new Map<string, { gold: number; found: number; value: number }>();
  const misses = new Map<string, number>();
  const falsePos = new Map<string, number>();
  const wrongValue = new Map<string, number>();
  const verbose = process.env.DATES_EVAL_VERBOSE === '1';
  let ms = 0;
  for (const file of files) {
    const doc = readTimeML(file);
    const t0 = performance.now();
    const found: DateAnnotation[] = findDates(doc.text, paragraphsOf(doc.text), doc.dct);
    ms += performance.now() - t0;
    gold += doc.timexes.length;
    sys += found.length;
    for (const s of found) {
      if (doc.timexes.some((g) => overlaps(g, s))) relaxedSys++;
      else {
        bump(falsePos, s.text.toLowerCase());
        if (process.env.DATES_EVAL_FP && s.text.toLowerCase() === process.env.DATES_EVAL_FP) console.log(`FP ${doc.id}: ${context(doc.text, s)}`);
      }
    }
    for (const g of doc.timexes) {
      const pt = perType.get(g.type) ?? { gold: 0, found: 0, value: 0 };
      perType.set(g.type, pt);
      pt.gold++;
      const match = bestMatch(g, found);
      if (!match) {
        bump(misses, `${g.text.toLowerCase()}  [${g.type} ${g.value}]`);
        continue;
      }
      relaxedGold++;
      pt.found++;
      if (match.start === g.start && match.end === g.end) strict++;
      if (match.type === g.type) typeOk++;
      if (match.value === g.value) {
        valueOk++;
        pt.value++;
      } else {
        bump(wrongValue, `${g.text}  gold ${g.type} ${g.value}  got "${match.text}" ${match.type} ${match.value}`);
        if (verbose) console.log(`${doc.id} dct=${doc.dct} ${JSON.stringify(context(doc.text, g))} gold ${g.value} got ${match.value}`);
      }
    }
  }
  const relaxed = { p: sys ? relaxedSys / sys : 0, r: gold ? relaxedGold / gold : 0, f: 0 };
  relaxed.f = relaxed.p + relaxed.r ? (2 * relaxed.p * relaxed.r) / (relaxed.p + relaxed.r) : 0;
  const strictS = prf(strict, sys, gold);
  const valueS = prf(valueOk, sys, gold);
  const typeS = prf(typeOk, sys, gold);
  const fmt = (x: { p: number; r: number; f: number }): string => `P ${x.p.toFixed(3)}  R ${x.r.toFixed(3)}  F1 ${x.f.toFixed(3)}`;
  console.log(`${files.length} documents, ${gold} gold TIMEX3, ${sys} found, ${ms.toFixed(0)} ms in findDates`);
  console.log(`relaxed  ${fmt(relaxed)}`);
  console.log(`strict   ${fmt(strictS)}`);
  console.log(`value    ${fmt(valueS)}`);
  console.log(`type     ${fmt(typeS)}`);
  console.log('per type (gold, found relaxed, right value):');
  for (const [t, v] of perType) console.log(`  ${t.padEnd(9)} ${v.gold}  ${v.found}  ${v.value}`);
  const n = Number(process.env.DATES_EVAL_TOP ?? 20);
  console.log(`\ncommonest misses:\n${top(misses, n)}`);
  console.log(`\ncommonest false positives:\n${top(falsePos, n)}`);
  console.log(`\ncommonest wrong values:\n${top(wrongValue, n)}`);
  return { scores: { relaxedF1: relaxed.f, strictF1: strictS.f, valueF1: valueS.f, typeF1: typeS.f } };
}

/** The system annotation that overlaps a gold one most. */
function bestMatch(g: GoldTimex, found: DateAnnotation[]): DateAnnotation | undefined {
  let best: DateAnnotation | undefined;
  let bestLen = 0;
  for (const s of found) {
    const len = Math.min(s.end, g.end) - Math.max(s.start, g.start);
    if (len > bestLen) {
      best = s;
      bestLen = len;
    }
  }
  return best;
}

function context(text: string, g: { start: number; end: number; text: string }): string {
  return `${text.slice(Math.max(0, g.start - 60), g.start)}[${g.text}]${text.slice(g.end, g.end + 40)}`.replace(/\s+/g, ' ');
}
