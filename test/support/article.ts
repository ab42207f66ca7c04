// An article as the genre tests read it: a body under a dated front matter, analysed with the built-in glossary, and
// what a user sees of its attributions and findings.
import { analyze } from '../../server/src/analysis/analyze';
import type { ArticleModel } from '../../server/src/analysis/types';
import { createGazetteer } from '../../server/src/analysis/gazetteer';
import { builtinGlossary } from '../../server/src/glossary';
import { seenOf, type Seen } from './seen';

const gazetteer = createGazetteer(builtinGlossary());

/** The core's analysis of a text with the built-in glossary. */
export function analyzeArticle(text: string): ArticleModel {
  return analyze(text, { gazetteer });
}

/** A function that puts a body under front matter dated `date` (or the date it is given). */
export function datedBy(date: string): (body: string, on?: string) => string {
  return (body, on = date) => `---\ndate: ${on}\n---\n${body}\n`;
}

/** The attributions of a text as cue, source and content, vague counting anonymous ones too. */
export function attributionsOf(text: string): Seen[] {
  return seenOf(text, analyzeArticle(text).attributions, true);
}

/** The findings of a text as "code: the text they cover". */
export function findingsOf(text: string): string[] {
  return analyzeArticle(text).findings.map((f) => `${f.code}: ${text.slice(f.start, f.end)}`);
}

/** The dates of a text as [the words marked, their TIMEX3 value]. */
export function datesOf(text: string): [string, string][] {
  return analyzeArticle(text).dates.map((d) => [text.slice(d.start, d.end), d.value]);
}

/** The TIMEX3 value of the date marked on exactly `span`, if one is. */
export function dateValueOf(text: string, span: string): string | undefined {
  return analyzeArticle(text).dates.find((d) => text.slice(d.start, d.end) === span)?.value;
}

/** The actors of a text as "text|category|entity" ("-" for none). */
export function actorTriplesOf(text: string): string[] {
  return analyzeArticle(text).actors.map((a) => `${a.text}|${a.category}|${a.entity ?? '-'}`);
}
