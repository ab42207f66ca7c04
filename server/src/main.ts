// The language server's entry: `policy-lens-ls --stdio` (or --node-ipc / --socket=N / --pipe=NAME). The same
// file runs as the analysis worker thread for long articles.
import { isMainThread } from 'node:worker_threads';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';
import { builtinGlossary } from './glossary';
import { runAnalysisWorker } from './analysisWorker';

function main(): void {
  if (!isMainThread) {
    runAnalysisWorker();
    return;
  }
  if (!process.argv.some((a) => /^--(stdio|node-ipc|socket|pipe|clientProcessId)/.test(a))) {
    process.stderr.write('policy-lens-ls: the Policy Lens language server. Start it from an editor with --stdio (or --node-ipc, --socket=PORT, --pipe=NAME).\n');
    process.exit(2);
  }
  const connection = createConnection(ProposedFeatures.all);
  // A stray exception must not end the server: log it and carry on serving the other documents.
  process.on('uncaughtException', (err) => connection.console.error(`uncaught: ${err?.stack ?? err}`));
  process.on('unhandledRejection', (err) => connection.console.error(`unhandled rejection: ${(err as Error)?.stack ?? err}`));
  const threshold = Number(process.env.POLICY_LENS_BACKGROUND_THRESHOLD);
  startServer(connection, {
    builtin: builtinGlossary,
    workerScript: __filename,
    backgroundThreshold: Number.isFinite(threshold) && threshold > 0 ? threshold : undefined,
  });
}

main();
