// How the command line reads an article's bytes, and words a file it could not read.
import { isUtf8 } from 'node:buffer';

/** Why a file could not be read, in words ("no such file", "is a directory"), not an error code. */
export function readFailure(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT': return 'no such file';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ENOTDIR': return 'a part of the path is not a folder';
    case 'ELOOP': return 'its symbolic links go round in a loop';
    case 'ENAMETOOLONG': return 'the name is too long for this system';
    default: return e?.message ?? String(err);
  }
}

/** A size in words a reader takes in at once: "812 bytes", "20.0 KB", "5.2 MB". */
export function sizeInWords(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1048576) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1048576).toFixed(1)} MB`;
}

/** Any character that is neither ASCII nor U+FFFD: a file read as UTF-8 that holds one has some real UTF-8 in it. */
const UTF8_BEYOND_ASCII_RE = /[^\x00-\x7f\ufffd]/;

/**
 * An article's text from its bytes: UTF-16 where a byte-order mark says so (what Windows editors save as "Unicode"),
 * else UTF-8. Bytes that are no UTF-8 in a file with no UTF-8 beyond ASCII at all are a single-byte encoding's, read as
 * Windows-1252 (Latin-1 and the curly quotes and dashes Windows adds to it: "Fran\xe7ois", "\x93talks\x94"), so
 * `latin1` is set; in a file that also holds UTF-8 they are damage, read as U+FFFD, and `invalid` is set.
 */
export function decodeArticle(bytes: Buffer): { text: string; invalid: boolean; latin1?: boolean } {
  const odd = bytes.length % 2 !== 0;
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: bytes.toString('utf16le', 2), invalid: odd };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: Buffer.from(bytes.subarray(2, bytes.length - (odd ? 1 : 0))).swap16().toString('utf16le'), invalid: odd };
  }
  const text = bytes.toString('utf8');
  if (!text.includes('\uFFFD') || isUtf8(bytes)) return { text, invalid: false };
  if (!UTF8_BEYOND_ASCII_RE.test(text)) return { text: new TextDecoder('windows-1252').decode(bytes), invalid: false, latin1: true };
  return { text, invalid: true };
}
