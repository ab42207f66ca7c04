// Manual tags over the automatic analysis: a tag replaces the automatic annotations it overlaps, a reject
// removes one, a source / background / analysis tag settles a claim. The result is an ordinary ArticleModel
// (manual annotations carry `manual: true` and their tag's id), so every feature shows manual tags first.
import { findDates } from '../analysis/dates';
import type { Gazetteer } from '../analysis/gazetteer';
import type { ActorAnnotation, ActorCategory, AgreementAnnotation, ArticleModel, Claim, DateAnnotation, Finding, Span } from '../analysis/types';
import type { Tag } from './model';

/** Fields a manual annotation carries besides the usual ones. */
export interface ManualMark {
  manual?: boolean;
  tagId?: string;
}

const CATEGORIES = new Set(['person', 'official', 'government', 'military', 'organization', 'country', 'group']);
const CLAIM_CODES = new Set(['unsourced-claim', 'vague-attribution']);

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && a.end > b.start;
const byStart = (a: Span, b: Span): number => a.start - b.start || a.end - b.end;

/** The model with the article's manual tags applied. Pure; the input model is not changed. */
export function applyTags(model: ArticleModel, tags: readonly Tag[], gazetteer?: Gazetteer): ArticleModel {
  // Oldest first, so that where manual tags overlap the newer one wins.
  const live = tags.filter((t) => !t.orphan && t.end > t.start && t.end <= model.text.length).sort((a, b) => (a.created < b.created ? -1 : a.created > b.created ? 1 : 0));
  if (!live.length) return model;
  let { actors, agreements, dates, attributions, claims, findings } = model;
  const without = <T extends Span>(list: T[], span: Span): T[] => list.filter((x) => !overlaps(x, span));

  for (const t of live) {
    if (t.kind !== 'reject') continue;
    switch (t.rejects) {
      case 'actor': actors = without(actors, t); break;
      case 'agreement': agreements = without(agreements, t); break;
      case 'date':
        dates = without(dates, t);
        findings = findings.filter((f) => f.code !== 'unresolved-date' || !overlaps(f, t));
        break;
      case 'source': attributions = attributions.filter((a) => !(a.source && overlaps(a.source, t))); break;
      case 'claim':
        claims = without(claims, t);
        findings = findings.filter((f) => !CLAIM_CODES.has(f.code) || !overlaps(f, t));
        break;
    }
  }

  const text = model.text;
  const manualActors: ActorAnnotation[] = [];
  const manualAgreements: AgreementAnnotation[] = [];
  const manualDates: DateAnnotation[] = [];
  const manualClaims: Claim[] = [];
  const extraFindings: Finding[] = [];
  for (const t of live) {
    const span = { start: t.start, end: t.end };
    const mark = { manual: true, tagId: t.id };
    const entry = t.entity ? gazetteer?.get(t.entity) : undefined;
    if (t.kind === 'actor' || t.kind === 'agreement') {
      const before = [...actors, ...agreements].find((a) => overlaps(a, span));
      actors = without(actors, span);
      agreements = without(agreements, span);
      const entity = t.entity ?? (before && before.start === t.start && before.end === t.end ? before.entity : null) ?? null;
      // Of two overlapping manual tags, the later one wins.
      manualActorsDrop(manualActors, manualAgreements, span);
      if (t.kind === 'actor') {
        const cat = t.category ?? entry?.category ?? (before?.kind === 'actor' ? before.category : undefined);
        const category = (cat && CATEGORIES.has(cat) ? cat : 'organization') as ActorCategory;
        manualActors.push({ kind: 'actor', ...span, text: text.slice(t.start, t.end), category, entity, ...mark });
      } else {
        manualAgreements.push({ kind: 'agreement', ...span, text: text.slice(t.start, t.end), entity, antecedent: null, ...mark });
      }
    } else if (t.kind === 'date') {
      const before = dates.find((d) => overlaps(d, span));
      dates = without(dates, span);
      findings = findings.filter((f) => f.code !== 'unresolved-date' || !overlaps(f, span));
      for (let i = manualDates.length - 1; i >= 0; i--) if (overlaps(manualDates[i], span)) manualDates.splice(i, 1);
      manualDates.push({ ...dateFor(model, t, before), ...mark });
    } else if (t.kind === 'claim') {
      claims = without(claims, span);
      findings = findings.filter((f) => !CLAIM_CODES.has(f.code) || !overlaps(f, span));
      // A source, background or analysis tag over the claim settles it, whichever was added first.
      const settledBy = live.find((x) => (x.kind === 'source' || x.kind === 'background' || x.kind === 'analysis') && overlaps(x, span));
      if (settledBy && settledBy.kind !== 'source') continue;
      manualClaims.push({ ...span, reasons: ['manual'], score: 1, status: t.source || settledBy ? 'sourced' : 'unsourced', ...mark });
      if (!t.source && !settledBy) {
        extraFindings.push({
          code: 'unsourced-claim', severity: 'warning', ...span, reasons: ['manual'], score: 1,
          message: 'Tagged by hand as a claim, with no source: attach one (a URL or a citation) or attribute it.',
        });
      }
    } else if (t.kind === 'source' || t.kind === 'background' || t.kind === 'analysis') {
      findings = findings.filter((f) => !CLAIM_CODES.has(f.code) || !overlaps(f, span));
      if (t.kind === 'source') claims = claims.map((c) => (overlaps(c, span) ? { ...c, status: 'sourced' as const } : c));
      else claims = without(claims, span);
    }
  }
  return {
    ...model,
    actors: [...actors, ...manualActors].sort(byStart),
    agreements: [...agreements, ...manualAgreements].sort(byStart),
    dates: [...dates, ...manualDates].sort(byStart),
    attributions,
    claims: [...claims, ...manualClaims].sort(byStart),
    findings: [...findings, ...extraFindings].sort(byStart),
  };
}

function manualActorsDrop(actors: Span[], agreements: Span[], span: Span): void {
  for (const list of [actors, agreements]) for (let i = list.length - 1; i >= 0; i--) if (overlaps(list[i], span)) list.splice(i, 1);
}

/** A date annotation for a date tag: its own value, else the automatic one it replaces, else the tagger's. */
function dateFor(model: ArticleModel, t: Tag, before: DateAnnotation | undefined): DateAnnotation {
  const base = { kind: 'date' as const, start: t.start, end: t.end, text: model.text.slice(t.start, t.end) };
  if (t.value) return { ...base, type: /^P/.test(t.value) ? 'DURATION' : 'DATE', value: t.value, certain: true };
  if (before) return { ...before, ...base };
  const found = findDates(model.text, [{ start: t.start, end: t.end }], model.referenceDate)[0];
  if (found) return { ...found, ...base };
  return { ...base, type: 'DATE', value: 'XXXX-XX-XX', certain: false };
}
