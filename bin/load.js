// Loads a bundle from dist/ with a V8 code cache, so that a command started again does not parse and
// compile half a megabyte of JavaScript again (Node 22 has module.enableCompileCache; Node 18 and 20 do
// not). The cache is a file in the user's own folder in the temporary folder, named after the bundle (size,
// time) and the Node version; V8 checks it again and ignores it if it does not fit. Any problem with the cache
// only costs the time it would have saved: the bundle then loads the ordinary way. POLICY_LENS_NO_CACHE=1
// turns it off.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

/**
 * The current user's own cache folder in the temporary folder, or null. A code cache is code: one planted by
 * another user of a shared /tmp must never be loaded, so the folder must be ours and closed to others.
 */
function privateCacheDir() {
  const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
  try {
    const dir = path.join(os.tmpdir(), `policy-lens-cache-${uid ?? os.userInfo().username}`);
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = fs.lstatSync(dir);
    if (!st.isDirectory()) return null;
    if (uid !== undefined && (st.uid !== uid || (st.mode & 0o077) !== 0)) return null;
    return dir;
  } catch {
    return null;
  }
}

/**
 * Removes the caches of earlier builds of the same bundle under this engine (each update of the package leaves
 * one behind otherwise); those of other Node versions stay, for a machine that switches between them.
 */
function pruneStale(dir, prefix, keep) {
  for (const f of fs.readdirSync(dir)) {
    if (f !== keep && f.startsWith(prefix) && f.endsWith('.v8cache')) {
      try {
        fs.unlinkSync(path.join(dir, f));
      } catch {
        // Another run may have removed it first.
      }
    }
  }
}

/** The bundle dist/NAME.js and the name of its build under this engine (size, time, Node version, machine). */
function bundleKey(name) {
  const file = path.join(__dirname, '..', 'dist', `${name}.js`);
  const stat = fs.statSync(file);
  return { file, stat, key: `${process.version}-${process.arch}-${stat.size}-${Math.round(stat.mtimeMs)}` };
}

/** Runs dist/NAME.js as a CommonJS module. */
function load(name) {
  const file = path.join(__dirname, '..', 'dist', `${name}.js`);
  // The engine flags the bundles set must be in force before compiling: V8 refuses a cache made under other flags.
  try {
    require('node:v8').setFlagsFromString('--no-regexp-tier-up');
  } catch {
    // An engine without the flag runs as before.
  }
  let source;
  let key;
  try {
    if (process.env.POLICY_LENS_NO_CACHE) throw new Error('no cache');
    // Named by the bundle's size and time and the engine (cheaper than hashing it; V8 compares the source too).
    ({ key } = bundleKey(name));
    source = fs.readFileSync(file, 'utf8');
  } catch {
    return require(file);
  }
  const dir = privateCacheDir();
  if (!dir) return require(file);
  const cacheFile = path.join(dir, `${name}-${key}.v8cache`);
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  let script;
  try {
    script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  } catch {
    return require(file);
  }
  const mod = new Module(file, module);
  mod.filename = file;
  // Resolution paths for a require() the bundle leaves to Node (it bundles everything but Node's own modules).
  mod.paths = typeof Module._nodeModulePaths === 'function' ? Module._nodeModulePaths(path.dirname(file)) : [];
  const wrapper = script.runInThisContext();
  wrapper.call(mod.exports, mod.exports, (id) => mod.require(id), mod, file, path.dirname(file));
  if (!cachedData || script.cachedDataRejected) {
    // Written at exit, when the functions the command used have been compiled too (registered after the
    // bundle has run, so that its own exit handlers, which restore engine flags, run first).
    process.once('exit', () => {
      try {
        const tmp = `${cacheFile}.${process.pid}`;
        fs.writeFileSync(tmp, script.createCachedData());
        fs.renameSync(tmp, cacheFile);
        pruneStale(dir, `${name}-${process.version}-${process.arch}-`, path.basename(cacheFile));
      } catch {
        // A read-only or full temporary folder: run without a cache.
      }
    });
  }
  return mod.exports;
}

module.exports = load;
module.exports.bundleKey = bundleKey;
module.exports.privateCacheDir = privateCacheDir;
