// What one run of the command writes to and knows of the terminal it was started from.
import { todayIso } from '../features/describe';

/**
 * Where a run of the command writes and what it knows of the terminal it was started from: the process's own in a
 * plain run; the client's, relayed, when the background analyser (daemon.ts) serves it.
 */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Standard output is a terminal (colour by default) and NO_COLOR is not set. */
  colour: boolean;
  /** The reader's day, YYYY-MM-DD, as the terminal's clock and time zone give it. */
  today: string;
  /** A short-lived process: engine settings for a quick start may be taken (never in the long-lived analyser). */
  quickStart: boolean;
}

/** The io of this process. */
export function processIo(): CliIo {
  return {
    out: (t) => void process.stdout.write(t),
    err: (t) => void process.stderr.write(t),
    colour: !!process.stdout.isTTY && !process.env.NO_COLOR,
    today: todayIso(),
    quickStart: true,
  };
}
