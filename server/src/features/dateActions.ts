// Quick fixes for dates: set the article date in front matter, insert a relative date's resolved value.
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { ArticleModel } from '../analysis/types';
import { crowded, type DocContext, overlapping } from './context';
import { leavesValueOpen, valueInWords } from './describe';

/** A top-level `date:` line of front matter, the whole line up to its break. */
const DATE_LINE_RE = /^date[ \t]*:[^\r\n]*/m;

/** The edit that gives the article a front matter `date:` (adding front matter, or a line to it, or setting the line it has). */
export function setArticleDateEdit(model: ArticleModel, lines: DocContext['lines'], date: string): TextEdit {
  const fm = model.frontMatter;
  if (fm && !fm.error) {
    const line = Object.prototype.hasOwnProperty.call(fm.data, 'date') ? DATE_LINE_RE.exec(model.text.slice(fm.body.start, fm.body.end)) : null;
    if (line) {
      const start = fm.body.start + line.index;
      return { range: { start: lines.positionAt(start), end: lines.positionAt(start + line[0].length) }, newText: `date: ${date}` };
    }
    const at = lines.positionAt(fm.body.start);
    return { range: { start: at, end: at }, newText: `date: ${date}\n` };
  }
  const nl = /\r\n/.test(model.text) ? '\r\n' : '\n';
  return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `---${nl}date: ${date}${nl}---${nl}` };
}

/** Date quick fixes for the range [start, end), given the diagnostics the client sent. */
export function dateActions(ctx: DocContext, start: number, end: number, diagnostics: Diagnostic[], today: string): CodeAction[] {
  const actions: CodeAction[] = [];
  const unresolved = diagnostics.filter((d) => d.code === 'unresolved-date');
  if (unresolved.length || (!ctx.model.referenceDate && overlapping(ctx.model.dates, start, end).some((d) => d.unresolved))) {
    actions.push({
      title: `Set the article date (front matter date: ${today})`,
      kind: CodeActionKind.QuickFix,
      diagnostics: unresolved,
      isPreferred: true,
      edit: { changes: { [ctx.uri]: [setArticleDateEdit(ctx.model, ctx.lines, today)] } },
    });
  }
  // (Like every fix of one item: not over a selection that holds too many, see context.ts.)
  const probeEnd = Math.max(end, start + 1);
  if (crowded(ctx, start, probeEnd, diagnostics)) return actions;
  for (const d of overlapping(ctx.model.dates, start, probeEnd)) {
    if (!leavesValueOpen(d)) continue;
    // ("Diwali (2025)", not "Diwali (a day of 2025)": where only the year is known, the year is what the text lacks.)
    const year = d.value.includes('X') ? /^(\d{4})-(?:XX|XX-XX|QX|WXX)$/.exec(d.value) : null;
    const words = year ? year[1] : valueInWords(d.type, d.value);
    const after = ctx.model.text.slice(d.end, d.end + words.length + 3);
    if (after.includes(words)) continue;
    const pos = ctx.lines.positionAt(d.end);
    actions.push({
      title: `Insert the resolved date: "${d.text} (${words})"`,
      kind: CodeActionKind.RefactorRewrite,
      edit: { changes: { [ctx.uri]: [{ range: { start: pos, end: pos }, newText: ` (${words})` }] } },
    });
  }
  return actions;
}
