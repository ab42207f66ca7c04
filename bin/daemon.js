// The command's side of the background analyser (server/src/cli/daemon.ts holds the analyser's side and the wire
// format). A run of annotate, check or export is handed to the analyser when one is listening for this build of the
// bundle under this Node; otherwise it runs here, as it always did, and then starts one for the runs that follow.
// Plain JavaScript, loaded before any bundle: a run the analyser serves never loads the 1.9 MB bundle at all.
// Off with POLICY_LENS_NO_DAEMON=1 or --no-daemon; on Windows (no Unix sockets there) runs stay in their process.
'use strict';
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { bundleKey, privateCacheDir } = require('./load');

const SERVED = new Set(['annotate', 'check', 'export']);
/** How long a run waits for a busy analyser to take it before it runs in its own process. */
const TAKE_WAIT_MS = 400;
/** How long `daemon status` and `daemon stop` wait for a busy one (a piece of its warm-up, a run in progress). */
const COMMAND_WAIT_MS = 30_000;

/** The analyser's socket and build key for this bundle and Node, or null where there can be none. */
function endpoint() {
  if (process.platform === 'win32') return null;
  try {
    const dir = privateCacheDir();
    if (!dir) return null;
    const { key } = bundleKey('cli');
    // (Named by a short hash of the build's key: a Unix socket's path holds ~100 bytes at most, and macOS's temporary
    // folder alone takes ~50. The analyser checks the whole key at every run.)
    const socket = path.join(dir, `cli-${shortHash(key)}.sock`);
    // (A Unix socket's path holds at most ~107 bytes.)
    return Buffer.byteLength(socket) < 100 ? { socket, key } : null;
  } catch {
    return null;
  }
}

/** A 32-bit FNV-1a hash of a string, in base 36. */
function shortHash(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

/** Starts an analyser in the background, on its own, for the next runs. */
function startAnalyser(ep, argv) {
  try {
    const child = spawn(process.execPath, [__filename], {
      detached: true,
      stdio: 'ignore',
      cwd: '/',
      env: { ...process.env, POLICY_LENS_DAEMON_SOCKET: ep.socket, POLICY_LENS_DAEMON_KEY: ep.key, POLICY_LENS_DAEMON_WARM: JSON.stringify({ argv, cwd: process.cwd() }) },
    });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No analyser: each run keeps its own process.
  }
}

/**
 * Talks to the analyser at `ep`: sends `request`, writes what comes back, and calls `done(status)` at the end, or
 * `notTaken(reason)` when no analyser took it ('absent': none listens; 'busy': none answered in time; 'refused':
 * another build, or it could not take this run) and nothing was written.
 */
function ask(ep, request, done, notTaken, wait = TAKE_WAIT_MS, sink = writeThrough) {
  const conn = net.createConnection(ep.socket);
  let taken = false;
  let wrote = false;
  let finished = false;
  const give = (reason) => {
    if (finished) return;
    finished = true;
    clearTimeout(timer);
    conn.destroy();
    notTaken(reason);
  };
  const timer = setTimeout(() => give('busy'), wait);
  conn.on('connect', () => conn.write(`${JSON.stringify({ key: ep.key, ...request })}\n`));
  conn.on('error', (err) => {
    if (!taken) give(err.code === 'ENOENT' || err.code === 'ECONNREFUSED' ? 'absent' : 'refused');
  });
  // Frames are read as they come: a header's five bytes, then its payload, which for output goes straight on to
  // standard output or error piece by piece (a megabyte's JSON report is ~7 MB).
  let head = Buffer.alloc(0);
  let type = '';
  let left = 0;
  let body = [];
  const frameDone = (payload) => {
    if (type === 'H') {
      taken = true;
      clearTimeout(timer);
    } else if (type === 'F') give('refused');
    else if (type === 'X' && !finished) {
      finished = true;
      clearTimeout(timer);
      conn.end();
      done(Number(payload.toString('latin1')) || 0);
    }
  };
  conn.on('data', (chunk) => {
    let at = 0;
    while (at < chunk.length && !finished) {
      if (!type) {
        const need = 5 - head.length;
        head = Buffer.concat([head, chunk.subarray(at, at + need)]);
        at += Math.min(need, chunk.length - at);
        if (head.length < 5) return;
        type = String.fromCharCode(head[0]);
        left = head.readUInt32BE(1);
        head = Buffer.alloc(0);
        body = [];
      }
      const piece = chunk.subarray(at, at + left);
      at += piece.length;
      left -= piece.length;
      if (type === 'O' || type === 'E') {
        taken = true;
        clearTimeout(timer);
        if (piece.length) {
          wrote = true;
          sink(type, piece);
        }
      } else body.push(piece);
      if (left === 0) {
        frameDone(Buffer.concat(body));
        type = '';
      }
    }
  });
  conn.on('close', () => {
    if (finished) return;
    if (!wrote) return give('refused');
    // It stopped halfway (killed, or out of memory): say so rather than leave a half-written report looking whole.
    finished = true;
    clearTimeout(timer);
    process.stderr.write('policy-lens: the background analyser stopped before the run was done; run again with POLICY_LENS_NO_DAEMON=1 to run it here\n');
    done(1);
  });
}

/** Writes a piece of the analyser's output where the command's own would go. */
function writeThrough(type, piece) {
  (type === 'O' ? process.stdout : process.stderr).write(piece);
}

/** `policy-lens daemon start|status|stop`. */
function daemonCommand(sub, rest) {
  const ep = endpoint();
  if (sub === 'start') return startCommand(ep, rest);
  if (sub !== 'status' && sub !== 'stop') {
    process.stderr.write('policy-lens: daemon takes start, status or stop\n');
    process.exitCode = 2;
    return;
  }
  // (Status 1 when none runs, so that a script can ask.)
  const none = () => {
    process.stdout.write('policy-lens: no background analyser is running for this build\n');
    process.exitCode = 1;
  };
  if (!ep) return none();
  ask(ep, { command: sub }, (status) => {
    if (sub === 'stop') process.stdout.write('policy-lens: the background analyser stopped\n');
    process.exitCode = status;
  }, none, COMMAND_WAIT_MS);
}

/** How long `daemon start` waits for the analyser to listen, and with --wait for its warm-up to end. */
const LISTEN_WAIT_MS = 15_000;
const WARM_WAIT_MS = 180_000;

/**
 * `policy-lens daemon start [--wait] [FILE...]`: starts the analyser ahead of the runs it is to serve, so that the first
 * of them is served too, warm. It warms up on the sentences of the tests and on the files named (and the articles
 * beside them), as after a first run. Returns once the analyser listens; with --wait, once its warm-up is done.
 */
function startCommand(ep, rest) {
  const wait = rest.includes('--wait');
  const files = rest.filter((a) => a !== '--wait');
  const bad = files.find((a) => a.startsWith('-'));
  if (bad) {
    process.stderr.write(`policy-lens: daemon start takes --wait and files to warm up on, not ${bad}\n`);
    process.exitCode = 2;
    return;
  }
  if (!ep) {
    process.stderr.write('policy-lens: no background analyser can run here (it needs Unix sockets and a private temporary folder); each run keeps its own process\n');
    process.exitCode = 1;
    return;
  }
  const began = Date.now();
  let started = false;
  const seconds = () => ((Date.now() - began) / 1000).toFixed(1);
  // The analyser's status line (it may come after a piece of the warm-up), or null when none answers.
  const status = (then) => {
    let line = '';
    ask(ep, { command: 'status' }, () => then(line), () => then(null), COMMAND_WAIT_MS, (type, piece) => {
      if (type === 'O') line += piece.toString('utf8');
    });
  };
  const warmed = () => status((line) => {
    if (line === null) {
      process.stderr.write('policy-lens: the background analyser stopped while warming up; runs keep their own process\n');
      process.exitCode = 1;
      return;
    }
    if (/ warming up /.test(line) && Date.now() - began < WARM_WAIT_MS) return void setTimeout(warmed, 250);
    process.stdout.write(`policy-lens: the background analyser ${started ? `started and warmed up in ${seconds()} s` : 'is running'}\n${line}`);
  });
  // Whether one listens: a connection taken is enough (a status would wait for the piece of warm-up under way).
  const listening = (then) => {
    const conn = net.createConnection(ep.socket);
    conn.on('connect', () => {
      conn.destroy();
      then(true);
    });
    conn.on('error', () => then(false));
  };
  const poll = () => listening((up) => {
    if (up && wait) return warmed();
    if (up) return void process.stdout.write(started ? `policy-lens: the background analyser started in ${seconds()} s; it warms up in the background (\`policy-lens daemon status\` says how far)\n` : 'policy-lens: the background analyser is running (`policy-lens daemon status` says more)\n');
    if (!started) {
      started = true;
      startAnalyser(ep, ['annotate', ...files]);
    }
    if (Date.now() - began > LISTEN_WAIT_MS) {
      process.stderr.write('policy-lens: the background analyser did not start; runs keep their own process\n');
      process.exitCode = 1;
      return;
    }
    setTimeout(poll, 50);
  });
  poll();
}

/**
 * Runs the command line `argv` (without node and the script): through the analyser where it can, else here with
 * `runHere()`.
 */
function run(argv, runHere) {
  if (argv[0] === 'daemon') return daemonCommand(argv[1], argv.slice(2));
  const off = argv.includes('--no-daemon');
  if (off) {
    // The bundle reads process.argv: the option is this launcher's alone.
    for (let i = process.argv.length - 1; i >= 2; i--) if (process.argv[i] === '--no-daemon') process.argv.splice(i, 1);
  }
  const disabled = !!process.env.POLICY_LENS_NO_DAEMON && process.env.POLICY_LENS_NO_DAEMON !== '0';
  const ep = !off && !disabled && SERVED.has(argv[0]) && !argv.includes('-') ? endpoint() : null;
  if (!ep) return runHere();
  // `policy-lens annotate big.news | head`: once the reader has gone, stop quietly (as the bundle does).
  process.stdout.on('error', (err) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(process.exitCode ?? 0);
  });
  const request = { argv, cwd: process.cwd(), colour: !!process.stdout.isTTY && !process.env.NO_COLOR, today: today() };
  ask(ep, request, (status) => {
    process.exitCode = status;
  }, (reason) => {
    runHere();
    if (reason === 'absent') startAnalyser(ep, argv);
  });
}

/** The reader's day, YYYY-MM-DD, in local time (as the command's own todayIso). */
function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

module.exports = { run };

// Started by startAnalyser: this process is the analyser (the bundle sees POLICY_LENS_DAEMON_SOCKET).
if (require.main === module && process.env.POLICY_LENS_DAEMON_SOCKET) {
  require('./load')('cli');
}
