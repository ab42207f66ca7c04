// Hover: a date in words with its TIMEX3, an actor or agreement with its glossary entry, a claim's status.
import type { Hover, MarkupContent } from 'vscode-languageserver';
import type { ActorAnnotation, AgreementAnnotation, ArticleModel, Claim, DateAnnotation, Span } from '../analysis/types';
import type { GlossaryEntry } from '../analysis/glossaryTypes';
import { type DocContext, findAt, toRange } from './context';
import { clockZone, dateInWords, isName, knownWithoutDate, referenceDateOrigin, relationToReference, valueInWords, zoneInWords } from './describe';
import { commandLink, escapeMarkdown, link, sanitizeMarkdown, toPlainText } from './markdown';

/** Markdown for a date annotation. */
export function dateHover(d: DateAnnotation, model: Pick<ArticleModel, 'referenceDate' | 'referenceDateSource' | 'referenceDateInferred' | 'referenceDateYearBy' | 'referenceDateStamp'>): string {
  const referenceDate = model.referenceDate;
  const lines: string[] = [];
  if (d.unresolved) {
    lines.push(`**${escapeMarkdown(d.text)}**: relative date, unresolved`);
    const known = knownWithoutDate(d);
    if (known) lines.push(`Known without the article's date: ${escapeMarkdown(known)}`);
    const zone = clockZone(d) ?? (d.utcOffset ? 'local time' : undefined);
    if (zone) lines.push(zoneInWords(d.value, zone, d.utcOffset));
    lines.push('The article has no date to resolve it against; add `date:` to its front matter.');
  } else {
    // (A part of a fiscal year stands to the article's date by the months it covers, where known: its value counts the
    // fiscal year's quarters, not the calendar's.)
    const rel = d.fiscal ? (d.fiscal.from ? relationToReference(d.fiscal.from, referenceDate) : null) : d.type === 'DATE' || d.type === 'TIME' ? relationToReference(d.value, referenceDate) : null;
    lines.push(`**${escapeMarkdown(dateInWords(d))}**${rel ? ` (${rel})` : ''}`);
    // (Not a zone in brackets with a second clock: "10:35 a.m. (0735 GMT)" is no 10:35 UTC, but local time whose offset
    // the bracket gives.)
    const zone = clockZone(d) ?? (d.utcOffset ? 'local time' : undefined);
    if (zone) lines.push(zoneInWords(d.value, zone, d.utcOffset));
    if (d.point) {
      // "Two days later": when that was, counted from the date the text was discussing.
      const at = relationToReference(d.point, referenceDate);
      lines.push(`Counted from the date before it, this reaches **${escapeMarkdown(valueInWords('DATE', d.point))}**${at ? ` (${at})` : ''}.`);
    }
  }
  const timex = [`TIMEX3 ${d.type} \`${d.value}\``];
  if (d.mod) timex.push(`mod ${d.mod}`);
  if (d.freq) timex.push(`freq ${d.freq}`);
  if (d.through) timex.push(`through \`${d.through}\``);
  if (d.point) timex.push(`reaches \`${d.point}\``);
  // (Without an article date nothing was inferred: the parts it would have given are unknown.)
  if (d.inferred?.length) timex.push(`${d.inferred.join(', ')} ${d.unresolved ? 'unknown' : `inferred${d.fromContext ? ' from the date before it' : referenceDate ? ' from the article date' : ''}`}`);
  else if (!d.certain && !d.calendar && !d.unresolved) timex.push('partly inferred');
  // "Diwali" (2025-XX-XX): its year is known, not its day, and the hover says so rather than leave an X to decode.
  const open = !d.unresolved && d.value.includes('X') ? YEAR_KNOWN.exec(d.value) : null;
  if (open) timex.push(`${UNKNOWN_PARTS[open[1]]} unknown`);
  lines.push(timex.join('; '));
  // A Hijri date's value is the arithmetic's, which the calendar a country observes may miss by a day or two.
  if (d.calendar === 'bengali') lines.push('Converted from the Bangla calendar as Bangladesh keeps it (1 Baishakh on 14 April); West Bengal\'s almanac may differ by a day.');
  if (d.calendar === 'islamic') lines.push(`Converted from the Hijri calendar by the arithmetical (tabular) Islamic calendar; the calendar observed may differ by a day or two.${/^\d{4}-\d\d$/.test(d.value) ? ' A Hijri month straddles two Gregorian months: the value is the one that holds its middle.' : ''}`);
  if (d.calendar === 'persian') lines.push(`Converted from the Iranian (Solar Hijri) calendar, whose year begins at Nowruz (20 or 21 March).${/^\d{4}$/.test(d.value) ? ' An Iranian year runs from March to March: the value is the Gregorian year it begins in.' : ''}`);
  if (referenceDate) lines.push(`Article date: ${referenceDate} (from ${referenceDateOrigin(model)})`);
  return lines.join('\n\n');
}

const YEAR_KNOWN = /^\d{4}-(XX-XX|XX|QX|WXX)$/;
const UNKNOWN_PARTS: Record<string, string> = { 'XX-XX': 'month and day', XX: 'month', QX: 'quarter', WXX: 'week' };

/** Markdown for a glossary entry: label, category, description, aliases, related, links, open link. */
export function entryMarkdown(entry: GlossaryEntry, ctx: DocContext): string {
  const head = `**${escapeMarkdown(entry.label)}** · ${escapeMarkdown(entry.kind)}${entry.category ? ` · ${escapeMarkdown(entry.category)}` : ''}`;
  const parts = [head];
  if (entry.description) parts.push(sanitizeMarkdown(entry.description));
  const facts: string[] = [];
  if (entry.aliases?.length) facts.push(`Also: ${entry.aliases.slice(0, 12).map(escapeMarkdown).join(', ')}`);
  if (entry.parties?.length) facts.push(`Parties: ${entry.parties.slice(0, 12).map((p) => escapeMarkdown(ctx.gazetteer.get(p)?.label ?? p)).join(', ')}`);
  if (entry.signed) facts.push(`Signed: ${escapeMarkdown(entry.signed)}`);
  if (entry.inForce) facts.push(`In force: ${escapeMarkdown(entry.inForce)}`);
  if (entry.related?.length) facts.push(`Related: ${entry.related.slice(0, 12).map((r) => escapeMarkdown(ctx.gazetteer.get(r)?.label ?? r)).join(', ')}`);
  if (facts.length) parts.push(facts.join('  \n'));
  const links = (entry.links ?? []).map((u) => (/^Q\d+$/.test(u) ? `https://www.wikidata.org/wiki/${u}` : u)).filter((u) => /^https?:/i.test(u));
  const actions = links.slice(0, 5).map((u) => link(hostOf(u), u));
  actions.push(commandLink('Open in glossary', 'policyLens.openGlossaryEntry', [entry.id]));
  parts.push(actions.join(' · '));
  return parts.join('\n\n');
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

function actorHover(a: ActorAnnotation, ctx: DocContext): string {
  const entry = a.entity ? ctx.gazetteer.get(a.entity) : undefined;
  if (entry) return entryMarkdown(entry, ctx);
  // "reporters", "the delegation": a description, not a name to file.
  if (!isName(a.text)) return `**${escapeMarkdown(a.text)}** · actor · ${a.category} · not named: a description, not in the glossary`;
  return [
    `**${escapeMarkdown(a.text)}** · actor · ${a.category} · not in the glossary`,
    commandLink('Add to glossary', 'policyLens.addToGlossary', [{ uri: ctx.uri, start: a.start, end: a.end, kind: 'actor', category: a.category, text: a.text }]),
  ].join('\n\n');
}

function agreementHover(a: AgreementAnnotation, ctx: DocContext): string {
  const parts: string[] = [];
  if (a.antecedent) parts.push(`Refers to **${escapeMarkdown(a.antecedent.text)}** (earlier in the article)`);
  const entry = a.entity ? ctx.gazetteer.get(a.entity) : undefined;
  if (entry) parts.push(entryMarkdown(entry, ctx));
  // "a prisoner exchange deal": an agreement without a name has nothing to file in the glossary.
  else if (a.unnamed) parts.push(`**${escapeMarkdown(a.antecedent?.text ?? a.text)}** · agreement · not named: marked by what it is about`);
  else {
    parts.push(`**${escapeMarkdown(a.antecedent?.text ?? a.text)}** · agreement · not in the glossary`);
    parts.push(commandLink('Add to glossary', 'policyLens.addToGlossary', [{ uri: ctx.uri, start: a.start, end: a.end, kind: 'agreement', text: a.antecedent?.text ?? a.text }]));
  }
  return parts.join('\n\n');
}

function claimHover(c: Claim, ctx: DocContext): string {
  const reasons = c.reasons.length ? c.reasons.join(', ') : 'assertion';
  if (c.status === 'sourced' && c.attribution) {
    const src = c.attribution.source ? `**${escapeMarkdown(c.attribution.source.text)}**` : 'an unnamed source';
    return `Sourced: ${src} (cue “${escapeMarkdown(c.attribution.text)}”)`;
  }
  if (c.status === 'vague') {
    // "Vague source **Aid agencies** (cue “say”)": who, vaguely, and the cue, as a sourced claim's hover says them.
    const who = c.attribution?.source ? ` **${escapeMarkdown(c.attribution.source.text)}**` : '';
    const cue = c.attribution ? ` (${who ? 'cue ' : ''}“${escapeMarkdown(c.attribution.text)}”)` : '';
    return `Vague source${who}${cue}: this claim (${escapeMarkdown(reasons)}) names no one who could be checked.`;
  }
  void ctx;
  return `Unsourced claim (${escapeMarkdown(reasons)}): the sentence asserts something checkable without saying who says so.`;
}

function innermost<T extends Span>(found: (T | undefined)[]): T | undefined {
  return found.filter((x): x is T => !!x).sort((a, b) => a.end - a.start - (b.end - b.start))[0];
}

/** The hover at an offset, or null. Dates, actors and agreements win over the sentence-level claim hover. */
export function hoverAt(ctx: DocContext, offset: number): Hover | null {
  const { model } = ctx;
  const date = findAt(model.dates, offset);
  const actor = findAt(model.actors, offset);
  const agreement = findAt(model.agreements, offset);
  const best = innermost<Span>([date, actor, agreement]);
  let md: string | undefined;
  let span: Span | undefined = best;
  if (best && best === date) md = dateHover(date, model);
  else if (best && best === actor) md = actorHover(actor, ctx);
  else if (best && best === agreement) md = agreementHover(agreement, ctx);
  else {
    const attr = findAt(model.attributions, offset);
    if (attr) {
      span = attr;
      // "Analysts said": a source that names nobody, or withholds a name, is said to be so, as the claim's hover says it.
      const how = attr.vague ? ' (vague: names no one)' : attr.anonymous ? ' (anonymous: a role, no name)' : '';
      md = `Attribution cue “${escapeMarkdown(attr.text)}”${attr.source ? `: source **${escapeMarkdown(attr.source.text)}**${how}` : ': no source named'}`;
    } else {
      const claim = findAt(model.claims, offset);
      if (claim) {
        span = claim;
        md = claimHover(claim, ctx);
      }
    }
  }
  if (!md || !span) return null;
  const contents: MarkupContent = ctx.markdown ? { kind: 'markdown', value: md } : { kind: 'plaintext', value: toPlainText(md) };
  return { contents, range: toRange(ctx.lines, span) };
}
