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
    default: return e?.message ?? String(err);
  }
}

/**
 * An article's text from its bytes: UTF-16 where a byte-order mark says so (what Windows editors save as "Unicode"),
 * else UTF-8, whose invalid bytes are read as U+FFFD; `invalid` says that some bytes could not be read as they are.
 */
export function decodeArticle(bytes: Buffer): { text: string; invalid: boolean } {
  const odd = bytes.length % 2 !== 0;
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: bytes.toString('utf16le', 2), invalid: odd };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: Buffer.from(bytes.subarray(2, bytes.length - (odd ? 1 : 0))).swap16().toString('utf16le'), invalid: odd };
  }
  const text = bytes.toString('utf8');
  return { text, invalid: text.includes('\uFFFD') && !isUtf8(bytes) };
}
