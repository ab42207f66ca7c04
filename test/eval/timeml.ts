// Reads TimeML (.tml) files: the plain TEXT with its TIMEX3 spans (offsets into the plain text), and the DCT.
import * as fs from 'node:fs';

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
  mod?: string;
}

export interface TimeMLDoc {
  id: string;
  dct: string | null;
  text: string;
  timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return m ? m[1] : undefined;
}

/** Parses one TimeML file; CRLF is normalised to LF so offsets are stable. */
export function readTimeML(file: string): TimeMLDoc {
  const raw = fs.readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
  const id = /<DOCID>([^<]*)<\/DOCID>/.exec(raw)?.[1]?.trim() ?? file;
  const dctTag = /<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(raw)?.[0];
  const dctValue = dctTag ? attr(dctTag, 'value') ?? null : null;
  const dct = dctValue && /^\d{4}-\d{2}-\d{2}/.test(dctValue) ? dctValue.slice(0, 10) : null;
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(raw)?.[1] ?? '';
  let text = '';
  const timexes: GoldTimex[] = [];
  let open: { start: number; type: string; value: string; mod?: string } | null = null;
  const re = /<[^>]+>|[^<]+/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const tok = m[0];
    if (tok[0] !== '<') {
      text += decode(tok);
      continue;
    }
    if (tok.startsWith('<TIMEX3')) {
      open = { start: text.length, type: attr(tok, 'type') ?? 'DATE', value: attr(tok, 'value') ?? '', mod: attr(tok, 'mod') };
    } else if (tok.startsWith('</TIMEX3') && open) {
      timexes.push({ ...open, end: text.length, text: text.slice(open.start, text.length) });
      open = null;
    }
  }
  return { id, dct, text, timexes };
}
