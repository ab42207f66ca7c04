// Evaluation of actor recognition against Dstl re3d (../shared/data/re3d): gold = Organisation, Person and
// Nationality spans with confidence >= 0.5. Scores strict (exact span) and relaxed (overlap) precision,
// recall and F1, and the same for the `compromise` NLP library on the same texts as a baseline.
import * as fs from 'node:fs';
import * as path from 'node:path';
import nlp from 'compromise';
import type { EvalResult } from './run';
import { createGazetteer } from '../../server/src/analysis/gazetteer';
import { segment } from '../../server/src/analysis/segment';
import { findActorsAndAgreements } from '../../server/src/analysis/actors';
import { builtinGlossary } from '../../server/src/glossary';

interface Gold {
  start: number;
  end: number;
  type: string;
  value: string;
}
interface Doc {
  id: string;
  text: string;
  gold: Gold[];
  locations: Gold[];
}
interface Span {
  start: number;
  end: number;
}

const GOLD_TYPES = new Set(['Organisation', 'Person', 'Nationality']);
const PRONOUN = /^(?:i|me|my|mine|we|us|our|ours|he|him|his|she|her|hers|it|its|they|them|their|theirs|you|your|yours|itself|themselves|himself|herself|ourselves|myself|who|whom|whose|which|this|that|these|those|one)$/i;

function readJsonLines(file: string): Record<string, unknown>[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

function loadRe3d(dir: string): Doc[] {
  const docs: Doc[] = [];
  for (const folder of fs.readdirSync(dir).sort()) {
    const base = path.join(dir, folder);
    if (!fs.existsSync(path.join(base, 'documents.json'))) continue;
    const byDoc = new Map<string, Doc>();
    for (const d of readJsonLines(path.join(base, 'documents.json'))) {
      const doc: Doc = { id: `${folder}/${String(d._id)}`, text: String(d.text ?? ''), gold: [], locations: [] };
      byDoc.set(String(d._id), doc);
      docs.push(doc);
    }
    for (const e of readJsonLines(path.join(base, 'entities.json'))) {
      const doc = byDoc.get(String(e.documentId));
      if (!doc || Number(e.confidence) < 0.5) continue;
      const g: Gold = { start: Number(e.begin), end: Number(e.end), type: String(e.type), value: String(e.value) };
      if (GOLD_TYPES.has(g.type)) doc.gold.push(g);
      else if (g.type === 'Location') doc.locations.push(g);
    }
  }
  return docs;
}

const overlap = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const same = (a: Span, b: Span) => a.start === b.start && a.end === b.end;

interface Tally {
  predCounted: number;
  predIgnored: number;
  predStrict: number;
  predRelaxed: number;
  gold: number;
  goldNP: number;
  goldStrict: number;
  goldStrictNP: number;
  goldRelaxed: number;
  goldRelaxedNP: number;
  /** Strict matches once a leading determiner ("the", "an", "our") is taken off gold and prediction. */
  predLoose: number;
  goldLooseNP: number;
  byType: Map<string, { n: number; found: number }>;
  misses: Map<string, number>;
  fps: Map<string, number>;
}

function newTally(): Tally {
  return {
    predCounted: 0, predIgnored: 0, predStrict: 0, predRelaxed: 0, gold: 0, goldNP: 0, goldStrict: 0,
    goldStrictNP: 0, goldRelaxed: 0, goldRelaxedNP: 0, predLoose: 0, goldLooseNP: 0, byType: new Map(), misses: new Map(), fps: new Map(),
  };
}

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

/** Scores one document's predictions. Predictions inside a gold Location span are left out of precision. */
const DET = /^(?:the|a|an|our|their|its|his|her|this|these|those|both|all|some|five|two|three)\s+/i;
function undetermined(text: string, s: Span): Span {
  const m = DET.exec(text.slice(s.start, s.end));
  return m ? { start: s.start + m[0].length, end: s.end } : s;
}

function score(doc: Doc, preds: Span[], t: Tally): void {
  const looseGold = doc.gold.map((g) => undetermined(doc.text, g));
  const loosePred = preds.map((p) => undetermined(doc.text, p));
  for (const p of loosePred) if (looseGold.some((g) => same(g, p))) t.predLoose++;
  doc.gold.forEach((g, k) => {
    if (!PRONOUN.test(g.value.trim()) && loosePred.some((p) => same(looseGold[k], p))) t.goldLooseNP++;
  });
  for (const p of preds) {
    const hitsGold = doc.gold.some((g) => overlap(g, p));
    if (!hitsGold && doc.locations.some((l) => l.start <= p.start && p.end <= l.end)) {
      t.predIgnored++;
      continue;
    }
    t.predCounted++;
    if (doc.gold.some((g) => same(g, p))) t.predStrict++;
    if (hitsGold) t.predRelaxed++;
    else bump(t.fps, doc.text.slice(p.start, p.end));
  }
  for (const g of doc.gold) {
    const pronoun = PRONOUN.test(g.value.trim());
    const strict = preds.some((p) => same(g, p));
    const relaxed = preds.some((p) => overlap(g, p));
    t.gold++;
    if (strict) t.goldStrict++;
    if (relaxed) t.goldRelaxed++;
    if (pronoun) continue;
    t.goldNP++;
    if (strict) t.goldStrictNP++;
    if (relaxed) t.goldRelaxedNP++;
    else bump(t.misses, `${g.type}: ${g.value}`);
    const bt = t.byType.get(g.type) ?? { n: 0, found: 0 };
    bt.n++;
    if (relaxed) bt.found++;
    t.byType.set(g.type, bt);
  }
}

const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

function report(name: string, t: Tally, verbose: boolean): { relaxedF1: number; strictF1: number } {
  const pS = t.predStrict / Math.max(1, t.predCounted);
  const pR = t.predRelaxed / Math.max(1, t.predCounted);
  const rS = t.goldStrictNP / Math.max(1, t.goldNP);
  const rR = t.goldRelaxedNP / Math.max(1, t.goldNP);
  console.log(`\n${name}: ${t.predCounted} predictions scored (${t.predIgnored} inside gold Location spans left out of precision)`);
  console.log(`  strict   P ${pct(pS)}  R ${pct(rS)}  F1 ${pct(f1(pS, rS))}   (recall over all gold incl. pronouns ${pct(t.goldStrict / Math.max(1, t.gold))})`);
  console.log(`  relaxed  P ${pct(pR)}  R ${pct(rR)}  F1 ${pct(f1(pR, rR))}   (recall over all gold incl. pronouns ${pct(t.goldRelaxed / Math.max(1, t.gold))})`);
  const pL = t.predLoose / Math.max(1, t.predCounted);
  const rL = t.goldLooseNP / Math.max(1, t.goldNP);
  console.log(`  strict, ignoring a leading determiner ("the UK" = "UK"): P ${pct(pL)}  R ${pct(rL)}  F1 ${pct(f1(pL, rL))}`);
  console.log(`  relaxed recall by gold type (non-pronoun): ${[...t.byType].map(([k, v]) => `${k} ${pct(v.found / Math.max(1, v.n))} (${v.n})`).join(', ')}`);
  if (verbose) {
    const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${k}${v > 1 ? ` x${v}` : ''}`).join(' | ');
    console.log(`  commonest misses: ${top(t.misses, 40)}`);
    console.log(`  commonest false positives: ${top(t.fps, 40)}`);
  }
  return { relaxedF1: f1(pR, rR), strictF1: f1(pS, rS) };
}

/** compromise's people, organisations and places, trimmed of the punctuation it leaves on the edges. */
function compromiseSpans(text: string): Span[] {
  const out: Span[] = [];
  const d = nlp(text);
  for (const list of [d.people(), d.organizations(), d.places()]) {
    for (const m of list.json({ offset: true }) as { offset?: { start: number; length: number } }[]) {
      if (!m.offset) continue;
      let s = m.offset.start;
      let e = s + m.offset.length;
      while (e > s && /[\s.,;:!?"'\u201d\u2019)]/.test(text[e - 1])) e--;
      while (s < e && /[\s"'\u201c\u2018(]/.test(text[s])) s++;
      if (e > s) out.push({ start: s, end: e });
    }
  }
  return out;
}

export function evaluate(dataDir: string): EvalResult {
  const dir = path.join(dataDir, 're3d');
  const docs = loadRe3d(dir);
  console.log(`re3d: ${docs.length} documents, ${docs.reduce((n, d) => n + d.gold.length, 0)} gold actor spans (Organisation + Person + Nationality, confidence >= 0.5)`);
  console.log('Precision leaves out predictions that fall inside a gold Location span and overlap no gold actor:');
  console.log('re3d tags a country as Location where it is a place ("in Syria") and as Organisation where it acts.');
  const gazetteer = createGazetteer(builtinGlossary());
  const ours = newTally();
  const base = newTally();
  const verbose = process.env.EVAL_VERBOSE !== '0';
  for (const doc of docs) {
    const { actors } = findActorsAndAgreements(doc.text, segment(doc.text, 0), gazetteer);
    score(doc, actors, ours);
    score(doc, compromiseSpans(doc.text), base);
  }
  const a = report('Policy Lens', ours, verbose);
  const b = report('compromise (people + organizations + places)', base, false);
  return { scores: { relaxedF1: a.relaxedF1, strictF1: a.strictF1, compromiseRelaxedF1: b.relaxedF1 } };
}
