#!/usr/bin/env node
// A run goes to the background analyser when one is up (bin/daemon.js), else runs the bundle here.
require('./daemon').run(process.argv.slice(2), () => require('./load')('cli'));
