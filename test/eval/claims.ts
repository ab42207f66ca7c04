// Evaluation of attribution and claims against ../shared/data, in three parts:
//  1. PolNeAR dev: does a sentence take part in an attribution (overlaps a gold Source, Cue or Content span
//     of an Attribution / Attribution-no-source relation)? Sentences overlapping Discard/Discuss spans are left
//     out. Prediction: the sentence overlaps one of our cue/source/content spans. Scored beside a plain cue-word
//     baseline. One annotator's file per article (the first by name) so no article counts twice.
//  2. CheckThat! 2019 training: unsourced-claim against the check-worthy label; precision/recall of the
//     flag and average precision of the ranking by score.
//  3. WikiWeasel: vague-attribution against the weasel label (sentences detokenised from PTB style).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { EvalResult } from './run';
import { analyze } from '../../server/src/analysis/analyze';
import type { Span } from '../../server/src/analysis/types';

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
function add(c: Counts, gold: boolean, pred: boolean): void {
  if (gold && pred) c.tp++;
  else if (pred) c.fp++;
  else if (gold) c.fn++;
  else c.tn++;
}
function prf(c: Counts): { p: number; r: number; f1: number; acc: number } {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return { p, r, f1, acc: (c.tp + c.tn) / Math.max(1, c.tp + c.fp + c.fn + c.tn) };
}
const fmt = (x: number): string => x.toFixed(3);

// The plain baseline: a sentence with a common reporting word is attributed.
const CUE_WORDS = /\b(?:said|says|say|told|tells|according to|announced|stated|claimed|reported|added|wrote|noted)\b/i;

function overlaps(spans: Span[], s: Span, min = 3): boolean {
  for (const g of spans) if (Math.min(g.end, s.end) - Math.max(g.start, s.start) >= min) return true;
  return false;
}

function parseAnn(ann: string): { gold: Span[]; skip: Span[] } {
  const spans = new Map<string, { type: string; parts: Span[] }>();
  const used = new Set<string>();
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (/^T\d+$/.test(cols[0] ?? '') && cols[1]) {
      const sp = cols[1].indexOf(' ');
      const type = cols[1].slice(0, sp);
      const parts = cols[1]
        .slice(sp + 1)
        .split(';')
        .map((p) => p.trim().split(' ').map(Number))
        .map(([start, end]) => ({ start, end }));
      spans.set(cols[0], { type, parts });
    } else if (/^E\d+$/.test(cols[0] ?? '') && cols[1]) {
      const args = cols[1].split(' ');
      if (!/^Attribution/.test(args[0])) continue;
      for (const a of args.slice(1)) {
        const [role, id] = a.split(':');
        if (role === 'Source' || role === 'Cue' || role === 'Content') used.add(id);
      }
    }
  }
  const gold: Span[] = [];
  const skip: Span[] = [];
  for (const [id, t] of spans) {
    if (t.type === 'Discard' || t.type === 'Discuss') skip.push(...t.parts);
    else if (used.has(id)) gold.push(...t.parts);
  }
  return { gold, skip };
}

function polnear(dir: string, verbose: boolean): { f1: number; acc: number } {
  const textDir = path.join(dir, 'text');
  const annDir = path.join(dir, 'attributions');
  const anns = fs.readdirSync(annDir).sort();
  const ours = zero();
  const base = zero();
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  for (const f of fs.readdirSync(textDir).sort()) {
    const stem = f.replace(/\.txt$/, '');
    const annFile = anns.find((a) => a.startsWith(`${stem}_`) && a.endsWith('.ann'));
    if (!annFile) continue;
    const text = fs.readFileSync(path.join(textDir, f), 'utf8');
    const { gold, skip } = parseAnn(fs.readFileSync(path.join(annDir, annFile), 'utf8'));
    const model = analyze(text);
    const pred: Span[] = [];
    for (const a of model.attributions) {
      pred.push({ start: a.start, end: a.end });
      if (a.source) pred.push(a.source);
      if (a.content) pred.push(a.content);
    }
    for (const s of model.sentences) {
      if (overlaps(skip, s, 1)) continue;
      const body = text.slice(s.start, s.end);
      if (!/\p{L}/u.test(body)) continue;
      const g = overlaps(gold, s);
      const p = overlaps(pred, s);
      add(ours, g, p);
      add(base, g, CUE_WORDS.test(body));
      if (g && !p) misses.push(body);
      if (p && !g) falseAlarms.push(body);
    }
  }
  const o = prf(ours);
  const b = prf(base);
  const all = prf({ tp: ours.tp + ours.fn, fp: ours.fp + ours.tn, fn: 0, tn: 0 });
  console.log(`PolNeAR dev, sentence has an attribution (${ours.tp + ours.fp + ours.fn + ours.tn} sentences)`);
  console.log(`  policy-lens   P ${fmt(o.p)} R ${fmt(o.r)} F1 ${fmt(o.f1)} acc ${fmt(o.acc)}`);
  console.log(`  cue words     P ${fmt(b.p)} R ${fmt(b.r)} F1 ${fmt(b.f1)} acc ${fmt(b.acc)}`);
  console.log(`  all positive  P ${fmt(all.p)} R ${fmt(all.r)} F1 ${fmt(all.f1)} acc ${fmt(all.acc)}`);
  if (verbose) {
    console.log('  some misses:');
    for (const m of misses.slice(0, Number(process.env.N ?? 40))) console.log(`    - ${m.slice(0, 160)}`);
    console.log('  some false alarms:');
    for (const m of falseAlarms.slice(0, Number(process.env.N ?? 40))) console.log(`    + ${m.slice(0, 160)}`);
  }
  return { f1: o.f1, acc: o.acc };
}

function checkthat(dir: string): { p: number; r: number; ap: number } {
  const rows: { score: number; flagged: boolean; gold: boolean }[] = [];
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.tsv')).sort()) {
    for (const line of fs.readFileSync(path.join(dir, f), 'utf8').split('\n')) {
      const cols = line.split('\t');
      if (cols.length < 4) continue;
      const sentence = cols[2];
      const model = analyze(sentence);
      const hit = model.findings.filter((d) => d.code === 'unsourced-claim');
      const score = hit.length ? Math.max(...hit.map((d) => d.score ?? 0.5)) : 0;
      rows.push({ score, flagged: hit.length > 0, gold: cols[3].trim() === '1' });
    }
  }
  const c = zero();
  for (const r of rows) add(c, r.gold, r.flagged);
  const { p, r } = prf(c);
  // Average precision of the ranking by score (stable sort keeps the debate order among ties).
  const ranked = rows.map((x, i) => ({ ...x, i })).sort((a, b) => b.score - a.score || a.i - b.i);
  let hits = 0;
  let sum = 0;
  ranked.forEach((x, k) => {
    if (x.gold) {
      hits++;
      sum += hits / (k + 1);
    }
  });
  const ap = sum / Math.max(1, rows.filter((x) => x.gold).length);
  const prior = rows.filter((x) => x.gold).length / Math.max(1, rows.length);
  console.log(`CheckThat! 2019 training (${rows.length} sentences, ${fmt(prior)} check-worthy)`);
  console.log(`  unsourced-claim  P ${fmt(p)} R ${fmt(r)}  AP ${fmt(ap)} (random ranking ~${fmt(prior)})`);
  return { p, r, ap };
}

/** Undoes the Penn Treebank tokenisation of the WikiWeasel sentences. */
export function detokenise(s: string): string {
  return s
    .replace(/-LRB-/g, '(')
    .replace(/-RRB-/g, ')')
    .replace(/-LSB-/g, '[')
    .replace(/-RSB-/g, ']')
    .replace(/``\s*/g, '"')
    .replace(/\s*''/g, '"')
    .replace(/\s+(n't|'s|'re|'ve|'ll|'d|'m)\b/g, '$1')
    .replace(/\(\s+/g, '(')
    .replace(/\s+([,.;:!?)\]%])/g, '$1')
    .replace(/\\ n/g, ' ')
    .trim();
}

function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let q = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i++;
        } else q = false;
      } else field += c;
    } else if (c === '"') q = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

function wikiweasel(file: string, verbose: boolean): { f1: number } {
  const rows = parseCsv(fs.readFileSync(file, 'utf8')).slice(1);
  const c = zero();
  const misses: string[] = [];
  const alarms: string[] = [];
  for (const r of rows) {
    if (r.length < 2 || (r[1] !== '0' && r[1] !== '1')) continue;
    const sentence = detokenise(r[0]);
    const model = analyze(sentence);
    const pred = model.findings.some((d) => d.code === 'vague-attribution');
    const gold = r[1] === '1';
    add(c, gold, pred);
    if (gold && !pred) misses.push(sentence);
    if (pred && !gold) alarms.push(sentence);
  }
  const m = prf(c);
  console.log(`WikiWeasel train (${c.tp + c.fp + c.fn + c.tn} sentences)`);
  console.log(`  vague-attribution  P ${fmt(m.p)} R ${fmt(m.r)} F1 ${fmt(m.f1)} acc ${fmt(m.acc)}`);
  if (verbose) {
    for (const x of misses.slice(0, Number(process.env.N ?? 30))) console.log(`    - ${x.slice(0, 160)}`);
    for (const x of alarms.slice(0, Number(process.env.N ?? 30))) console.log(`    + ${x.slice(0, 160)}`);
  }
  return { f1: m.f1 };
}

export function evaluate(dataDir: string): EvalResult {
  const verbose = process.env.POLICY_LENS_EVAL_VERBOSE === '1';
  const pn = polnear(path.join(dataDir, 'polnear/dev'), verbose);
  const ct = checkthat(path.join(dataDir, 'checkthat/training'));
  const ww = wikiweasel(path.join(dataDir, 'wikiweasel/train.csv'), verbose);
  return { scores: { polnearF1: pn.f1, polnearAccuracy: pn.acc, checkthatAP: ct.ap, wikiweaselF1: ww.f1 } };
}
