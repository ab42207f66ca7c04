#!/usr/bin/env node
// A run goes to the background analyser when one is up (bin/daemon.js), else runs a bundle here: the narrow one, which
// hands the run to the full one when its inputs go beyond its alphabet (server/src/cli/narrow.ts).
const fs = require('node:fs');
const path = require('node:path');

require('./daemon').run(process.argv.slice(2), () => {
  const narrow = !process.env.POLICY_LENS_NO_NARROW && fs.existsSync(path.join(__dirname, '..', 'dist', 'cli-narrow.js'));
  require('./load')(narrow ? 'cli-narrow' : 'cli');
});
