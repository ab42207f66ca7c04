// What a hover adds about manual tags under the cursor: who tagged what, the note, the attached source.
import type { Hover, MarkupContent } from 'vscode-languageserver';
import type { Tag } from '../store/model';
import { type DocContext, toRange } from './context';
import { escapeMarkdown, link, toPlainText } from './markdown';

/** Markdown lines for the tags at an offset, or ''. */
export function tagHoverMarkdown(tags: readonly Tag[], offset: number): string {
  const here = tags.filter((t) => !t.orphan && t.start <= offset && offset <= t.end);
  return here
    .map((t) => {
      const what = t.kind === 'reject' ? `not ${t.rejects ?? 'an annotation'} here` : t.kind;
      const parts = [`*Tagged by hand:* ${escapeMarkdown(what)}${t.author ? ` · ${escapeMarkdown(t.author)}` : ''} · ${escapeMarkdown(t.created.slice(0, 10))}`];
      if (t.source) parts.push(`Source: ${/^https?:/i.test(t.source) ? link(t.source, t.source) : escapeMarkdown(t.source)}`);
      if (t.note) parts.push(`Note: ${escapeMarkdown(t.note)}`);
      return parts.join('  \n');
    })
    .join('\n\n');
}

/** The hover with the tag lines appended (or a hover of its own when there was none). */
export function withTagHover(ctx: DocContext, hover: Hover | null, tags: readonly Tag[], offset: number): Hover | null {
  const md = tagHoverMarkdown(tags, offset);
  if (!md) return hover;
  const extra = ctx.markdown ? md : toPlainText(md);
  if (hover && typeof hover.contents === 'object' && 'kind' in hover.contents) {
    const c = hover.contents as MarkupContent;
    return { ...hover, contents: { kind: c.kind, value: `${c.value}\n\n${c.kind === 'markdown' ? '---\n\n' : ''}${c.kind === 'markdown' ? md : toPlainText(md)}` } };
  }
  const tag = tags.find((t) => !t.orphan && t.start <= offset && offset <= t.end)!;
  return { contents: { kind: ctx.markdown ? 'markdown' : 'plaintext', value: extra }, range: toRange(ctx.lines, tag) };
}
