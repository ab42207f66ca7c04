// The background analyser: a process that stays after a run of the command and serves the next runs over a Unix
// socket in the user's private cache folder (bin/daemon.js starts it and talks to it). A fresh process spends most of
// a big article's time on the engine's warm-up (compiling the core's functions and regexes), not on the analysis;
// a warm one analyses a megabyte about three times faster. Each run is the same code over the same arguments:
// its output, messages and exit status are those of a run in a process of its own.
//
// Wire format. The client sends one line of JSON: a run ({ key, argv, cwd, colour, today }) or a command
// ({ key, command: 'status' | 'stop' }). The analyser answers in frames of one type byte, a 32-bit big-endian length
// and that many bytes: H (the run is taken), F (not taken: the client runs it itself), O and E (bytes for standard
// output and standard error), X (the exit status, in ASCII digits), last.
import { createServer, createConnection, type Server, type Socket } from 'node:net';
import { chmodSync, unlinkSync } from 'node:fs';
import type { CliIo } from './io';
import { todayIso } from '../features/describe';

export interface DaemonJobs {
  /** One run of the command. */
  run: (argv: string[], io: CliIo) => number;
  /** Analyses and formats a text, as it is and as two bytes a character, and drops the results: the warm-up. */
  warm: (text: string, today: string) => void;
  /** The warm-up's texts: the articles of the run that started the analyser, then those beside them. */
  warmTexts: () => Iterator<string>;
}

interface Request {
  key?: string;
  command?: string;
  argv?: unknown;
  cwd?: unknown;
  colour?: unknown;
  today?: unknown;
}

/** Writes a frame of the wire format (its head, then its payload as it is: a report can be megabytes). */
function send(conn: Socket, type: string, payload: string | Buffer = ''): void {
  const body = typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload;
  const head = Buffer.alloc(5);
  head.write(type, 0, 'latin1');
  head.writeUInt32BE(body.length, 1);
  conn.write(head);
  if (body.length) conn.write(body);
}

/** Writes a last frame and ends the connection, then calls `then`. */
function finish(conn: Socket, type: string, payload = '', then?: () => void): void {
  send(conn, type, payload);
  conn.end(then);
}

/** Seconds of no run after which the analyser ends (POLICY_LENS_DAEMON_IDLE, default ten minutes). */
function idleSeconds(): number {
  const n = Number(process.env.POLICY_LENS_DAEMON_IDLE);
  return Number.isFinite(n) && n > 0 ? n : 600;
}

/** Warm-up text analysed at most (each piece twice, see DaemonJobs.warm): enough for most of the core's paths to be
 * optimised, as a few megabytes are. */
const WARM_BUDGET = 3_000_000;
/** The warm-up runs in pieces of about this size, so that a run that comes meanwhile waits little. */
const WARM_PIECE = 32_000;

/** A text of up to this size is also warmed up on whole, after its pieces. */
const WARM_WHOLE = 600_000;

/**
 * The pieces of a text for the warm-up, cut at line breaks, then the whole text (up to WARM_WHOLE): a long text
 * reaches what its pieces do not (lists of thousands of names, spans across the whole), and after the tests' sentences
 * warmed whole as well as in pieces, a megabyte of stories never seen took 0.59-0.61 s at its first run and 0.58
 * again, against 0.76-0.92 and 0.71-0.76 s after the pieces alone (one process, Node 20).
 */
function* pieces(text: string): Generator<string> {
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + WARM_PIECE);
    if (end < text.length) {
      const nl = text.lastIndexOf('\n', end);
      if (nl > at) end = nl + 1;
    }
    yield text.slice(at, end);
    at = end;
  }
  if (text.length > WARM_PIECE && text.length <= WARM_WHOLE) yield text;
}

/** Listens on `socketPath` until idle; never returns an error to the caller: a problem ends the process quietly. */
export function serveDaemon(socketPath: string, jobs: DaemonJobs): void {
  const key = process.env.POLICY_LENS_DAEMON_KEY ?? '';
  delete process.env.POLICY_LENS_DAEMON_KEY;
  const started = Date.now();
  let served = 0;
  let warmedUp = false;
  let idle: NodeJS.Timeout | undefined;
  const server: Server = createServer((conn) => accept(conn));
  const quit = (): void => {
    server.close();
    try {
      unlinkSync(socketPath);
    } catch {
      // Already gone.
    }
    process.exit(0);
  };
  const rest = (): void => {
    if (idle) clearTimeout(idle);
    idle = setTimeout(quit, idleSeconds() * 1000);
  };
  // Another process's socket: one that answers is a live analyser (this one is not needed); one that refuses was left
  // by an analyser that died, and is replaced.
  server.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EADDRINUSE') process.exit(0);
    const probe = createConnection(socketPath);
    probe.on('connect', () => process.exit(0));
    probe.on('error', () => {
      try {
        unlinkSync(socketPath);
        server.listen(socketPath);
      } catch {
        process.exit(0);
      }
    });
  });
  server.on('listening', () => {
    try {
      chmodSync(socketPath, 0o600);
    } catch {
      // The folder is the user's own and closed to others already.
    }
    rest();
    setImmediate(warmUp);
  });
  server.listen(socketPath);

  // The warm-up, a piece at a time, runs while no run is waiting.
  let warmSource: Iterator<string> | undefined;
  let warmPieces: Iterator<string> | undefined;
  let warmed = 0;
  const warmUp = (): void => {
    try {
      warmSource ??= jobs.warmTexts();
      for (;;) {
        const next = warmPieces?.next();
        if (next && !next.done) {
          jobs.warm(next.value, todayIso());
          warmed += 2 * next.value.length;
          break;
        }
        const text = warmSource.next();
        if (text.done) {
          warmed = WARM_BUDGET;
          break;
        }
        warmPieces = pieces(text.value);
      }
    } catch {
      warmed = WARM_BUDGET;
    }
    if (warmed < WARM_BUDGET) setImmediate(warmUp);
    else warmedUp = true;
  };

  const accept = (conn: Socket): void => {
    conn.on('error', () => undefined);
    // (A client that waited for a busy analyser and gave up has closed its end: its run is not made.)
    let gone = false;
    conn.on('end', () => (gone = true));
    conn.on('close', () => (gone = true));
    let buffered = '';
    const onData = (chunk: Buffer): void => {
      buffered += chunk.toString('utf8');
      const nl = buffered.indexOf('\n');
      if (nl < 0) {
        if (buffered.length > 1_000_000) conn.destroy();
        return;
      }
      conn.off('data', onData);
      let req: Request;
      try {
        req = JSON.parse(buffered.slice(0, nl)) as Request;
      } catch {
        conn.destroy();
        return;
      }
      setImmediate(() => (gone ? conn.destroy() : handle(conn, req)));
    };
    conn.on('data', onData);
  };

  const handle = (conn: Socket, req: Request): void => {
    if (req.key !== key) {
      finish(conn, 'F');
      return;
    }
    if (req.command === 'stop') {
      finish(conn, 'X', '0', quit);
      return;
    }
    if (req.command === 'status') {
      const mb = (process.memoryUsage().rss / 1048576).toFixed(0);
      const state = warmedUp ? 'ready' : `warming up (${(Math.min(warmed, WARM_BUDGET) / 1e6).toFixed(1)} of ${(WARM_BUDGET / 1e6).toFixed(1)} MB of text analysed)`;
      send(conn, 'O', `policy-lens background analyser: process ${process.pid}, ${state}, up ${Math.round((Date.now() - started) / 1000)} s, ${served} run${served === 1 ? '' : 's'} served, ${mb} MB of memory; it ends after ${idleSeconds()} s without a run\n`);
      finish(conn, 'X', '0');
      return;
    }
    const argv = req.argv;
    if (!Array.isArray(argv) || !argv.every((a) => typeof a === 'string') || typeof req.cwd !== 'string' || typeof req.today !== 'string') {
      finish(conn, 'F');
      return;
    }
    try {
      process.chdir(req.cwd);
    } catch {
      finish(conn, 'F');
      return;
    }
    send(conn, 'H');
    const io: CliIo = {
      out: (t) => send(conn, 'O', t),
      err: (t) => send(conn, 'E', t),
      colour: req.colour === true,
      today: req.today,
      quickStart: false,
    };
    let status: number;
    try {
      status = jobs.run(argv as string[], io);
    } catch (err) {
      // As a process of its own would end: the error's trace and status 1.
      io.err(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      status = 1;
    }
    served++;
    try {
      process.chdir('/');
    } catch {
      // The root is always there.
    }
    finish(conn, 'X', String(status));
    rest();
  };
}
