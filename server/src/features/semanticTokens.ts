// Semantic tokens: dates, actors (modifier per category), agreements and attribution sources.
import { SemanticTokensBuilder, type SemanticTokens } from 'vscode-languageserver';
import type { Span } from '../analysis/types';
import { type DocContext, overlapping } from './context';

export const tokenTypes = ['date', 'actor', 'agreement', 'claim', 'source'] as const;
export const tokenModifiers = [
  'person', 'official', 'government', 'military', 'organization', 'country', 'group',
  'unlinked', 'relative', 'vague', 'manual',
] as const;

export const legend = { tokenTypes: [...tokenTypes], tokenModifiers: [...tokenModifiers] };

type TokenType = (typeof tokenTypes)[number];
type TokenModifier = (typeof tokenModifiers)[number];

interface Token {
  start: number;
  end: number;
  type: TokenType;
  modifiers: TokenModifier[];
}

function modifierBits(mods: TokenModifier[]): number {
  let bits = 0;
  for (const m of mods) bits |= 1 << tokenModifiers.indexOf(m);
  return bits;
}

/** All tokens of the document, sorted; where kinds overlap the earlier (outer) one is cut, never both emitted. */
export function collectTokens(ctx: DocContext): Token[] {
  return flatten(annotationTokens(ctx, 0, Infinity, true));
}

/**
 * The tokens of the annotations overlapping [from, to) (all of them when `all`), uncut, in the order of
 * collectTokens: dates, actors, agreements, sources, each in its list's order.
 */
function annotationTokens(ctx: DocContext, from: number, to: number, all = false): Token[] {
  const { model } = ctx;
  const pick = <T extends Span>(list: readonly T[]): readonly T[] => (all ? list : overlapping(list, from, to));
  const tokens: Token[] = [];
  // Manual tags (store/overlay.ts) mark their annotations `manual: true`.
  const manual = (x: object): TokenModifier[] => ((x as { manual?: boolean }).manual ? ['manual'] : []);
  for (const d of pick(model.dates)) tokens.push({ start: d.start, end: d.end, type: 'date', modifiers: [...(d.certain ? [] : ['relative' as const]), ...manual(d)] });
  for (const a of pick(model.actors)) {
    const mods: TokenModifier[] = [];
    if ((tokenModifiers as readonly string[]).includes(a.category)) mods.push(a.category as TokenModifier);
    if (!a.entity) mods.push('unlinked');
    mods.push(...manual(a));
    tokens.push({ start: a.start, end: a.end, type: 'actor', modifiers: mods });
  }
  for (const a of pick(model.agreements)) tokens.push({ start: a.start, end: a.end, type: 'agreement', modifiers: [...(a.entity ? [] : ['unlinked' as const]), ...manual(a)] });
  for (const a of model.attributions) {
    // (Sources are not in the order of their attributions: each is looked at, which costs no token.)
    if (a.source && (all || (a.source.start < to && a.source.end > from))) {
      tokens.push({ start: a.source.start, end: a.source.end, type: 'source', modifiers: (a as { vague?: boolean }).vague ? ['vague'] : [] });
    }
  }
  return tokens;
}

/**
 * The tokens of collectTokens around [from, to), without making the others (the caller keeps those that overlap it).
 * Each that overlaps comes from an annotation overlapping [from, to), so lies in [lo, hi), the span of those
 * annotations; and how [lo, hi) is cut depends only on the annotations overlapping it. Cutting just those gives the
 * same tokens there.
 */
function tokensIn(ctx: DocContext, from: number, to: number): Token[] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const t of annotationTokens(ctx, from, to)) {
    lo = Math.min(lo, t.start);
    hi = Math.max(hi, t.end);
  }
  if (lo >= hi) return [];
  return flatten(annotationTokens(ctx, lo, hi));
}

/**
 * Inner annotations (a date inside an agreement name) win over outer ones: paint the tokens longest first
 * over the covered characters, then read the runs back. Linear in the covered text, whatever the nesting.
 */
function flatten(tokens: Token[]): Token[] {
  if (!tokens.length) return [];
  let lo = Infinity;
  let hi = 0;
  for (const t of tokens) {
    lo = Math.min(lo, t.start);
    hi = Math.max(hi, t.end);
  }
  const paint = new Int32Array(hi - lo).fill(-1);
  const order = tokens.map((_, i) => i).sort((a, b) => tokens[b].end - tokens[b].start - (tokens[a].end - tokens[a].start));
  for (const i of order) paint.fill(i, tokens[i].start - lo, tokens[i].end - lo);
  const out: Token[] = [];
  for (let p = 0; p < paint.length; ) {
    const id = paint[p];
    let q = p + 1;
    while (q < paint.length && paint[q] === id) q++;
    if (id >= 0) out.push({ ...tokens[id], start: p + lo, end: q + lo });
    p = q;
  }
  return out;
}

/** Encodes tokens (optionally only those in [from, to)) for LSP, splitting multi-line tokens per line. */
export function semanticTokens(ctx: DocContext, from = 0, to = Infinity): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  // A range (what the editor shows) cuts only the annotations around it.
  for (const t of from <= 0 && to === Infinity ? collectTokens(ctx) : tokensIn(ctx, from, to)) {
    if (t.end <= from || t.start >= to) continue;
    const type = tokenTypes.indexOf(t.type);
    const mods = modifierBits(t.modifiers);
    const s = ctx.lines.positionAt(t.start);
    const e = ctx.lines.positionAt(t.end);
    for (let line = s.line; line <= e.line; line++) {
      const startChar = line === s.line ? s.character : 0;
      const endChar = line === e.line ? e.character : ctx.lines.offsetAt({ line, character: Number.MAX_SAFE_INTEGER }) - ctx.lines.offsetAt({ line, character: 0 });
      if (endChar > startChar) builder.push(line, startChar, endChar - startChar, type, mods);
    }
  }
  return builder.build();
}
