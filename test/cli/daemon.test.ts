// The background analyser (bin/daemon.js, server/src/cli/daemon.ts): a run it serves answers as a run in a process of
// its own, it starts after a first run, stops on request or when idle, and a missing, stale or busy one costs nothing
// but time. Each test has its own temporary folder, so its analyser is its own; each stops what it started.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { root } from '../support/lspClient';

const bin = path.join(root, 'bin/policy-lens.js');
const direct = path.join(root, 'dist/cli.js');
const fixture = (name: string) => path.join(root, 'test/fixtures', name);
const win = process.platform === 'win32';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function setup(extraEnv: Record<string, string> = {}) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-daemon-'));
  const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: tmp, POLICY_LENS_DAEMON_IDLE: '120' };
  delete env.POLICY_LENS_NO_DAEMON;
  delete env.NO_COLOR;
  Object.assign(env, extraEnv);
  const run = (args: string[], opts: { cwd?: string; script?: string; env?: NodeJS.ProcessEnv } = {}): Run => {
    const r = spawnSync(process.execPath, [opts.script ?? bin, ...args], { encoding: 'utf8', cwd: opts.cwd ?? root, env: opts.env ?? env, maxBuffer: 1 << 28 });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const status = () => run(['daemon', 'status']).stdout;
  const sockets = () => {
    const dirs = fs.existsSync(tmp) ? fs.readdirSync(tmp).filter((d) => d.startsWith('policy-lens-cache-')) : [];
    return dirs.flatMap((d) => fs.readdirSync(path.join(tmp, d)).filter((f) => f.endsWith('.sock')).map((f) => path.join(tmp, d, f)));
  };
  /** Waits (up to 2 minutes: a warm-up of 6 s of one core can take several times that on a busy machine) until `ok()`; false if it never was. */
  const until = (ok: () => boolean): boolean => {
    const end = Date.now() + 120_000;
    while (Date.now() < end) {
      if (ok()) return true;
      spawnSync(process.execPath, ['-e', 'setTimeout(() => {}, 200)']);
    }
    return false;
  };
  const served = (): number => Number(/(\d+) runs? served/.exec(status())?.[1] ?? -1);
  const cleanup = () => {
    run(['daemon', 'stop']);
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  return { tmp, env, run, status, sockets, until, served, cleanup };
}

test('a run the background analyser serves answers exactly as a run in a process of its own', { skip: win }, () => {
  const t = setup();
  try {
    const none = t.run(['daemon', 'status']);
    assert.match(none.stdout, /no background analyser is running/);
    assert.equal(none.status, 1);
    const first = t.run(['annotate', fixture('erbil-talks.news'), '--format', 'json']);
    const alone = t.run(['annotate', fixture('erbil-talks.news'), '--format', 'json'], { script: direct });
    assert.equal(first.status, 0, first.stderr);
    assert.equal(first.stdout, alone.stdout, 'the first run, in its own process, as ever');
    assert.ok(t.until(() => /ready/.test(t.status())), 'an analyser started after the first run and warmed up');
    assert.equal(t.sockets().length, 1);
    if (!win) assert.equal(fs.statSync(t.sockets()[0]).mode & 0o077, 0, 'its socket is closed to other users');
    const out = fs.mkdtempSync(path.join(t.tmp, 'out-'));
    const cases: { args: string[]; cwd?: string }[] = [
      { args: ['annotate', fixture('erbil-talks.news'), '--format', 'json'] },
      { args: ['annotate', fixture('erbil-talks.news'), '--no-color'] },
      { args: ['check', fixture('erbil-talks.news')] },
      { args: ['annotate', 'no-such-file.news', fixture('erbil-talks.news'), '--format', 'jsonl', '--reference-date', '2024-03-01'] },
      { args: ['check', 'erbil-talks.news', '--format', 'json'], cwd: path.join(root, 'test/fixtures') },
      { args: ['annotate', '--format', 'yaml', fixture('erbil-talks.news')] },
      { args: ['export', fixture('erbil-talks.news'), '--format', 'brat,csv', '--out', out] },
    ];
    let before = t.served();
    for (const c of cases) {
      const own = t.run(c.args, { cwd: c.cwd, script: direct });
      const viaAnalyser = t.run(c.args, { cwd: c.cwd });
      const what = c.args.join(' ');
      assert.equal(viaAnalyser.stdout, own.stdout, `${what}: standard output`);
      assert.equal(viaAnalyser.stderr, own.stderr, `${what}: standard error`);
      assert.equal(viaAnalyser.status, own.status, `${what}: exit status`);
      const now = t.served();
      assert.equal(now, before + 1, `${what}: the analyser served it`);
      before = now;
    }
    assert.deepEqual(fs.readdirSync(out).sort(), ['annotation.conf', 'erbil-talks.ann', 'erbil-talks.timeline.csv', 'erbil-talks.txt']);
    // Not through the analyser: standard input, --no-daemon, POLICY_LENS_NO_DAEMON.
    const text = fs.readFileSync(fixture('erbil-talks.news'), 'utf8');
    const piped = spawnSync(process.execPath, [bin, 'annotate', '-', '--format', 'json'], { input: text, encoding: 'utf8', env: t.env });
    assert.equal(JSON.parse(piped.stdout).referenceDate, '2025-11-14');
    assert.equal(t.run(['annotate', fixture('erbil-talks.news'), '--no-daemon', '--format', 'json']).stdout, alone.stdout);
    assert.equal(t.run(['check', fixture('erbil-talks.news')], { env: { ...t.env, POLICY_LENS_NO_DAEMON: '1' } }).status, 1);
    assert.equal(t.served(), before, 'none of those three went to it');
    assert.match(t.run(['daemon', 'stop']).stdout, /stopped/);
    assert.ok(t.until(() => t.sockets().length === 0), 'stopped, its socket gone');
    assert.match(t.status(), /no background analyser is running/);
  } finally {
    t.cleanup();
  }
});

test('daemon start starts the analyser ahead of the first run, which it then serves warm', { skip: win }, () => {
  const t = setup();
  try {
    const started = t.run(['daemon', 'start', '--wait']);
    assert.equal(started.status, 0, started.stderr);
    assert.match(started.stdout, /the background analyser started and warmed up in [\d.]+ s\n.*process \d+, ready, /);
    assert.match(t.run(['daemon', 'start']).stdout, /the background analyser is running/, 'a second start starts none');
    assert.equal(t.sockets().length, 1);
    const viaAnalyser = t.run(['annotate', fixture('erbil-talks.news'), '--format', 'json']);
    const own = t.run(['annotate', fixture('erbil-talks.news'), '--format', 'json'], { script: direct });
    assert.equal(viaAnalyser.stdout, own.stdout);
    assert.equal(t.served(), 1, 'the first run was served');
    const bad = t.run(['daemon', 'start', '--now']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /daemon start takes --wait and files to warm up on, not --now/);
    assert.equal(t.run(['daemon', 'restart']).status, 2);
  } finally {
    t.cleanup();
  }
});

test('no analyser starts with POLICY_LENS_NO_DAEMON; an idle one ends by itself', { skip: win }, () => {
  const off = setup({ POLICY_LENS_NO_DAEMON: '1' });
  try {
    assert.equal(off.run(['annotate', fixture('erbil-talks.news'), '--format', 'json']).status, 0);
    spawnSync(process.execPath, ['-e', 'setTimeout(() => {}, 1500)']);
    assert.equal(off.sockets().length, 0);
  } finally {
    off.cleanup();
  }
  const t = setup({ POLICY_LENS_DAEMON_IDLE: '2' });
  try {
    assert.equal(t.run(['check', fixture('erbil-talks.news')]).status, 1);
    assert.ok(t.until(() => t.sockets().length === 1), 'it started');
    assert.ok(t.until(() => t.sockets().length === 0), 'and ended after two idle seconds');
  } finally {
    t.cleanup();
  }
});

test('a stale socket is replaced, and a busy analyser only delays a run, which then runs in its own process', { skip: win }, async () => {
  const t = setup();
  try {
    const alone = t.run(['annotate', fixture('erbil-talks.news'), '--format', 'json'], { script: direct });
    assert.equal(t.run(['annotate', fixture('erbil-talks.news'), '--format', 'json']).stdout, alone.stdout);
    assert.ok(t.until(() => t.sockets().length === 1));
    const socket = t.sockets()[0];
    assert.match(t.run(['daemon', 'stop']).stdout, /stopped/);
    assert.ok(t.until(() => t.sockets().length === 0));
    // A listener that takes connections and never answers: a busy analyser.
    const held: net.Socket[] = [];
    const mute = net.createServer((conn) => void held.push(conn));
    await new Promise<void>((resolve, reject) => mute.once('error', reject).listen(socket, resolve));
    try {
      const r = await new Promise<Run>((resolve) => {
        const child = spawn(process.execPath, [bin, 'annotate', fixture('erbil-talks.news'), '--format', 'json'], { cwd: root, env: t.env });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d: Buffer) => (stdout += d));
        child.stderr.on('data', (d: Buffer) => (stderr += d));
        child.on('close', (status) => resolve({ status, stdout, stderr }));
      });
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, alone.stdout, 'answered in its own process');
    } finally {
      for (const conn of held) conn.destroy();
      mute.close();
    }
    // A socket file that nobody listens on, as a killed analyser leaves: the run goes on, and a new analyser takes
    // its place.
    spawnSync(process.execPath, ['-e', `require('net').createServer().listen(${JSON.stringify(socket)}, () => process.kill(process.pid, 'SIGKILL'))`]);
    assert.ok(fs.existsSync(socket), 'a socket file with no listener');
    assert.equal(t.run(['annotate', fixture('erbil-talks.news'), '--format', 'json']).stdout, alone.stdout);
    assert.ok(t.until(() => /process \d+/.test(t.status())), 'a new analyser listens there');
    assert.equal(t.run(['annotate', fixture('erbil-talks.news'), '--format', 'json']).stdout, alone.stdout);
  } finally {
    t.cleanup();
  }
});
