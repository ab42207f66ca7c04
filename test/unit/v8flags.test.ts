// The CLI's engine settings for short runs: which flags each V8 gets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quickStartFlags } from '../../server/src/cli/v8flags';

test('quick start: TurboFan with cheaper compiles up to V8 12, Maglev alone from V8 13 (Node 24) on', () => {
  for (const v of ['11.3.244.8-node.33', '12.4.254.21-node.57']) {
    const flags = quickStartFlags(v);
    assert.match(flags, /--no-turbo-inlining/, v);
    assert.doesNotMatch(flags, /--no-turbofan/, v);
  }
  for (const v of ['13.6.233.17-node.63', '14.6.202.34-node.40']) assert.match(quickStartFlags(v), /--no-turbofan\b/, v);
  // An engine that names its version oddly keeps the flags every V8 understands.
  assert.doesNotMatch(quickStartFlags('unknown'), /--no-turbofan/);
});
