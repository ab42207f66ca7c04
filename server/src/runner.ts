// Every request handler runs through here: cancellation is honoured and an exception becomes a logged
// error and a default answer, so one bad document never takes the server down.
import { LSPErrorCodes, ResponseError, type CancellationToken, type Disposable } from 'vscode-languageserver';

export interface Logger {
  error(message: string): void;
  info(message: string): void;
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}

const CANCELLED = Symbol('cancelled');

/**
 * fn's result, or CANCELLED as soon as the token is cancelled: a request waiting for a long analysis is answered
 * at once. The analysis goes on, and the next request finds it done.
 */
function untilCancelled<T>(token: CancellationToken | undefined, fn: () => T | Promise<T>): Promise<T | typeof CANCELLED> {
  if (!token) return Promise.resolve().then(fn);
  let sub: Disposable | undefined;
  const cancelled = new Promise<typeof CANCELLED>((resolve) => (sub = token.onCancellationRequested(() => resolve(CANCELLED))));
  return Promise.race([Promise.resolve().then(fn), cancelled]).finally(() => sub?.dispose());
}

/** Runs fn safely: cancelled -> RequestCancelled error, exception -> logged, default value. */
export async function runSafe<T>(
  log: Logger,
  what: string,
  token: CancellationToken | undefined,
  fallback: T,
  fn: () => T | Promise<T>,
): Promise<T | ResponseError<void>> {
  if (token?.isCancellationRequested) return cancelled();
  try {
    const result = await untilCancelled(token, fn);
    if (result === CANCELLED || token?.isCancellationRequested) return cancelled();
    return result;
  } catch (err) {
    const e = err as Error;
    log.error(`${what} failed: ${e?.stack ?? String(err)}`);
    return fallback;
  }
}

/**
 * Lets the messages waiting on the connection through (other requests, cancellations, edits) in the middle of a
 * long loop: without it a loop over many documents whose analyses are already done never leaves the event loop.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
