// How the command line words a file it could not read.

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
