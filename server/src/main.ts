// The language server's entry: `policy-lens-ls --stdio` (or --node-ipc / --socket=N / --pipe=NAME).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';
import { builtinGlossary } from './glossary';

if (!process.argv.some((a) => /^--(stdio|node-ipc|socket|pipe|clientProcessId)/.test(a))) {
  process.stderr.write('policy-lens-ls: the Policy Lens language server. Start it from an editor with --stdio (or --node-ipc, --socket=PORT, --pipe=NAME).\n');
  process.exit(2);
}

const connection = createConnection(ProposedFeatures.all);
// A stray exception must not end the server: log it and carry on serving the other documents.
process.on('uncaughtException', (err) => connection.console.error(`uncaught: ${err?.stack ?? err}`));
process.on('unhandledRejection', (err) => connection.console.error(`unhandled rejection: ${(err as Error)?.stack ?? err}`));
startServer(connection, { builtin: builtinGlossary });
