// The core's facade: text in, an ArticleModel out. Pure and synchronous; it never throws on any input.
import type { ActorAnnotation, AgreementAnnotation, ArticleModel, DateAnnotation, Finding, Severity, TextSpan } from './types';
import { parseFrontMatter } from './frontMatter';
import { segment, unwrapText } from './segment';
import { findReferenceDate, type ReferenceDate } from './referenceDate';
import { findDates } from './dates';
import { createGazetteer, type Gazetteer } from './gazetteer';
import { findActorsAndAgreements } from './actors';
import { findAttributions } from './attribution';
import { findClaims, type ClaimOptions } from './claims';
import { fileDisabledRules } from './suppressions';
import { impossibleDays, weekdayMismatches } from './dateChecks';
import { pushAll, removeWhere, withinSorted } from './order';
import { FOLDING, foldText, unfoldDeep } from './fold';

export interface AnalysisOptions {
  /** Reference date from the CLI option or a per-file setting (YYYY-MM-DD); wins over the text. */
  referenceDate?: string;
  /** The reader's day (YYYY-MM-DD): a dateline without a year ("WASHINGTON, Nov 13 (Reuters) -") is taken as the
   * latest such day up to it. Without it, such a dateline gives no date. The core keeps no clock of its own. */
  today?: string;
  /** A prepared gazetteer (build once per glossary with createGazetteer and reuse it). */
  gazetteer?: Gazetteer;
  claims?: Partial<ClaimOptions>;
  /** Called after each stage with its name, so a caller can time stages (the core itself keeps no clock). */
  onStage?: (stage: string) => void;
}

let builtinGazetteer: Gazetteer | undefined;
/** A gazetteer over an empty glossary, for callers that have none. */
function emptyGazetteer(): Gazetteer {
  return (builtinGazetteer ??= createGazetteer({ entries: [], stoplist: [] }));
}

/**
 * The dateline's date as one annotation where the date rules read none over it ("PARIS, 13 novembre 2025 (AFP) -": its
 * month is no English one, and only "2025" was read): the article's date, as the dateline gives it.
 */
function datelineDate(text: string, dates: DateAnnotation[], ref: ReferenceDate): void {
  const span = ref.source === 'dateline' ? ref.span : undefined;
  if (!span || !ref.date) return;
  let at = 0;
  while (at < dates.length && dates[at].end <= span.start) at++;
  if (at < dates.length && dates[at].start <= span.start && dates[at].end >= span.end) return;
  let n = 0;
  while (at + n < dates.length && dates[at + n].start < span.end) n++;
  // (Only over what lies inside the dateline's date: "2025" of "13 novembre 2025".)
  for (let k = at; k < at + n; k++) if (dates[k].start < span.start || dates[k].end > span.end) return;
  const d: DateAnnotation = { kind: 'date', start: span.start, end: span.end, text: text.slice(span.start, span.end), type: 'DATE', value: ref.date, certain: !ref.inferred?.length };
  if (ref.inferred?.length) d.inferred = [...ref.inferred];
  dates.splice(at, n, d);
}

/** Analyses one article. */
export function analyze(text: string, options: AnalysisOptions = {}): ArticleModel {
  if (!FOLDING) return analyzeText(text, options);
  // The bundled core reads the article's one-byte form (fold.ts) and gives its findings the original's marks.
  const folded = foldText(text);
  // (Nothing folded: the core's own strings hold no mark, so neither does the result; fold.test.ts checks both cores.)
  if (folded.text === text) return analyzeText(text, options);
  const model = analyzeText(folded.text, options);
  model.text = '';
  return { ...unfoldDeep(model, folded.fold), text };
}

function analyzeText(text: string, options: AnalysisOptions): ArticleModel {
  const stage = options.onStage ?? (() => undefined);
  const frontMatter = parseFrontMatter(text);
  const bodyStart = frontMatter ? frontMatter.end : 0;
  const seg = segment(text, bodyStart);
  stage('segment');
  const ref = findReferenceDate(text, frontMatter, seg, options.referenceDate, options.today);
  const dates = findDates(text, seg.paragraphs, ref.date);
  datelineDate(text, dates, ref);
  stage('dates');
  // Names and cues read across the line breaks of a hard-wrapped paragraph ("Foreign Minister Mauro⏎Vieira"): those
  // passes see each such break as a space, and their spans take their text from the article as written.
  const unwrapped = unwrapText(text, seg.softBreaks);
  const { actors, agreements } = findActorsAndAgreements(unwrapped, seg, options.gazetteer ?? emptyGazetteer());
  dropNameYears(dates, agreements);
  dropActorsInDateNames(actors, dates);
  dropGivenNameMonths(dates, actors);
  stage('actors');
  const attributions = findAttributions(unwrapped, seg, actors);
  if (unwrapped !== text) rewrapTexts(text, [actors, agreements, attributions, seg.quotations]);
  stage('attribution');
  const claimResult = findClaims(text, seg, { attributions, dates, actors, frontMatter }, options.claims);
  stage('claims');
  const findings: Finding[] = [...claimResult.findings];
  // Front matter that could not be read: say so where it is, since its date: and settings are then ignored.
  if (frontMatter?.error) {
    const lineEnd = text.indexOf('\n', frontMatter.body.start);
    findings.push({
      code: 'front-matter',
      severity: 'warning' as Severity,
      start: frontMatter.body.start,
      end: lineEnd < 0 || lineEnd > frontMatter.body.end ? frontMatter.body.end : lineEnd,
      message: `The front matter could not be read, so its date: and settings are ignored: ${frontMatter.error.split('\n')[0]}`,
      reasons: ['front-matter'],
    });
  }
  // "Friday, Oct. 30" when the 30th is a Thursday (off with the rule code, as the claim rules are).
  if (!options.claims?.disabledRules?.includes('date-mismatch') && !fileDisabledRules(frontMatter).includes('date-mismatch')) {
    pushAll(findings, weekdayMismatches(dates, text));
    pushAll(findings, impossibleDays(text, bodyStart));
  }
  if (!ref.date) {
    for (const d of dates) {
      if (!d.unresolved) continue;
      findings.push({
        code: 'unresolved-date',
        severity: 'hint' as Severity,
        start: d.start,
        end: d.end,
        message: `"${d.text}" is relative, but the article has no date to resolve it against. Add "date: YYYY-MM-DD" to the front matter.`,
        reasons: ['no-reference-date'],
      });
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    text,
    referenceDate: ref.date,
    referenceDateSource: ref.source,
    referenceDateSpan: ref.span,
    ...(ref.inferred ? { referenceDateInferred: ref.inferred } : {}),
    ...(ref.yearBy ? { referenceDateYearBy: ref.yearBy } : {}),
    ...(ref.stamp ? { referenceDateStamp: true } : {}),
    frontMatter,
    paragraphs: seg.paragraphs,
    sentences: seg.sentences,
    quotations: seg.quotations,
    dates,
    actors,
    agreements,
    attributions,
    claims: claimResult.claims,
    findings,
  };
}

/** Gives the spans found in the unwrapped text their text as written (with its line breaks). */
function rewrapTexts(text: string, lists: Array<Array<{ source?: TextSpan | null; speaker?: TextSpan; antecedent?: TextSpan | null } & Partial<TextSpan>>>): void {
  const fix = (t: Partial<TextSpan> | null | undefined): void => {
    if (t && typeof t.text === 'string' && t.start !== undefined && t.end !== undefined) t.text = text.slice(t.start, t.end);
  };
  for (const list of lists) {
    for (const a of list) {
      fix(a);
      fix(a.source);
      fix(a.speaker);
      fix(a.antecedent);
    }
  }
}

/**
 * "12 Rabi al-Awwal 1447", "Rajab 1447": a month of another calendar, with its day or year, is a date; the words of
 * its name that look like a person's ("Rabi", "Rajab") are no actor. Nor are the words of a holiday's name.
 */
function dropActorsInDateNames(actors: ActorAnnotation[], dates: readonly DateAnnotation[]): void {
  // (And a holiday named for a person or a country: "Martin Luther King Jr. Day", "Russia Day", "Canada Day" name no
  // actor; nor does a feast's name of two or more capitalised words that a pattern of names took for a person's:
  // "Rosh Hashanah, the Jewish New Year, ...".)
  const spans = dates.filter((d) => d.calendar || (d.text.length > 8 && (HOLIDAY_NAMED_DAY_RE.test(d.text) || (FEAST_NAME_RE.test(d.text) && d.value.length === 10))));
  if (!spans.length) return;
  // (The dates are in order and do not overlap: each actor is looked up by binary search. A look through them all, for
  // each actor, was quadratic in a text of thousands of both.)
  removeWhere(actors, (a) => withinSorted(spans, a.start, a.end));
}

/**
 * "June Almeida discovered the virus", "April Ryan asked", "Theresa May": a month's name inside a person's name, as the
 * actors read it, is no date. (The names are the actors' to read.)
 */
function dropGivenNameMonths(dates: DateAnnotation[], actors: readonly ActorAnnotation[]): void {
  let people: ActorAnnotation[] | undefined;
  removeWhere(dates, (d) => {
    if (!GIVEN_NAME_MONTHS.has(d.text)) return false;
    // (The people's mentions, in order and apart, are gathered at the first such month: most texts have none.)
    people ??= actors.filter((a) => a.category === 'person' || a.category === 'official');
    return withinSorted(people, d.start, d.end);
  });
}
/** Months that are also given names, as a date's whole text. */
const GIVEN_NAME_MONTHS = new Set(['April', 'May', 'June']);

/** A feast's name alone, two or three capitalised words that are no month or weekday: "Rosh Hashanah", "Yom Kippur". */
const FEAST_NAME_RE = /^[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}$/;
/** A holiday named "... Day" after someone or somewhere, its year maybe after it: "Canada Day", "Martin Luther King Jr. Day 2026". */
const HOLIDAY_NAMED_DAY_RE = /^(?:[A-Z][\w.'\u2019-]*\s+){1,4}Day(?:,?\s+\d{4})?$/;

/** An agreement's short name that ends in its version's year: "GATT 1994". */
const NAME_YEAR_RE = /^[A-Z][A-Z0-9]+ \d{4}$/;

/** Removes the years that end an agreement's short name ("GATT 1994", see versionYearEnd in actors.ts): no dates. */
function dropNameYears(dates: DateAnnotation[], agreements: AgreementAnnotation[]): void {
  let ends: Set<number> | undefined;
  for (const a of agreements) if (a.text.length <= 13 && NAME_YEAR_RE.test(a.text)) (ends ??= new Set()).add(a.end);
  if (!ends) return;
  const years = ends;
  removeWhere(dates, (d) => d.end - d.start === 4 && years.has(d.end));
}
