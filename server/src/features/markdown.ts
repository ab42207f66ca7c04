// Safe markdown for hovers: glossary and article text are untrusted, so everything is escaped and only
// http(s) links and this extension's own commands are allowed.

const SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&]/g;

/** Escapes text so it shows literally in markdown (no links, no HTML, no emphasis). */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(SPECIAL, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`));
}

/** True for an absolute http(s) URL without characters that could break out of a markdown link. */
export function isSafeUrl(url: string): boolean {
  if (!/^https?:\/\/[^\s<>()[\]"'`]+$/i.test(url)) return false;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/** A markdown link to an http(s) URL, or the escaped text when the URL is not safe. */
export function link(label: string, url: string): string {
  return isSafeUrl(url) ? `[${escapeMarkdown(label)}](${url})` : escapeMarkdown(label);
}

/** A markdown link that runs one of this extension's commands with JSON arguments. */
export function commandLink(label: string, command: string, args: unknown[]): string {
  if (!/^policyLens\.[A-Za-z]+$/.test(command)) throw new Error(`not our command: ${command}`);
  return `[${escapeMarkdown(label)}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}

/**
 * Glossary descriptions are markdown written by users: keep emphasis and lists, drop raw HTML and images,
 * and keep only links whose target is http(s).
 */
export function sanitizeMarkdown(md: string): string {
  return md
    .replace(/<[^>]*>/g, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\(([^)\s]*)(?:\s+"[^"]*")?\)/g, (_m, label: string, url: string) =>
      isSafeUrl(url) ? `[${label}](${url})` : label,
    )
    .replace(/^\s*\[[^\]]+\]:\s*\S+.*$/gm, '');
}

/**
 * Markdown without the links that run this extension's commands, for editors other than VS Code with this extension
 * (they cannot run them, and some show the link's long target): the link goes, and a " · " left dangling before it.
 */
export function withoutCommandLinks(md: string): string {
  return md.replace(/\[([^\]]*)\]\((?:command:[^)]*)\)/g, '').replace(/\s+·\s*$/gm, '').replace(/\n{3,}/g, '\n\n').trim();
}

/** Plain text from markdown, for clients that only render plaintext hovers. */
export function toPlainText(md: string): string {
  return withoutCommandLinks(md)
    .replace(/\[([^\]]*)\]\(([^)]*)\)/g, '$1 <$2>')
    .replace(/\*\*([^*]*)\*\*/g, '$1')
    // A glossary description's *emphasis* (not an escaped \*), and the two spaces that end a markdown line.
    .replace(/(?<![\\*])\*(?=\S)([^*\n]*?[^\s\\])\*(?!\*)/g, '$1')
    .replace(/ {2,}$/gm, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~&])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/^---$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
