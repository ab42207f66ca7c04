// The server under bursts and long analyses: requests answer from the latest text without working through
// every intermediate version, and a long analysis does not hold up other documents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startClient, decodeTokens } from '../support/lspClient';

const legend = { tokenTypes: ['date', 'actor', 'agreement', 'claim', 'source'], tokenModifiers: [] as string[] };
const HEAD = '---\ndate: 2025-11-14\n---\nOfficials met on Thursday.\n';
const LONG = HEAD + 'The withdrawal will inevitably leave a security vacuum.\n'.repeat(2000);

function dateTokens(res: any): number {
  return decodeTokens(res.data, legend).filter((t) => t.type === 'date').length;
}

test('a burst of edits with a request after each is answered from the latest text, not version by version', async () => {
  // A threshold of 1 sends the article to the worker, where each analysis takes a while.
  const c = await startClient({ env: { POLICY_LENS_BACKGROUND_THRESHOLD: '1' } });
  try {
    const uri = 'untitled:burst';
    await c.open(uri, LONG);
    assert.equal(dateTokens(await c.conn.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } })), 1);
    // Typing: each edit adds one date ("On Monday. " at the start of line 3), each followed by a token request.
    const edits = 20;
    const answers: Promise<any>[] = [];
    for (let v = 2; v < 2 + edits; v++) {
      void c.conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: v },
        contentChanges: [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: 'On Monday. ' }],
      });
      answers.push(c.conn.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } }));
    }
    const counts = (await Promise.all(answers)).map(dateTokens);
    assert.equal(counts[counts.length - 1], 1 + edits, 'the last answer reflects the final text');
    // Each version analysed in turn would give every count from 2 to 21; the stale versions are skipped.
    assert.ok(new Set(counts).size <= 5, `answers from ${new Set(counts).size} versions: ${counts}`);
  } finally {
    await c.close();
  }
});
