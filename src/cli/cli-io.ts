/** What a CLI command writes to and fails with: streams passed in, so tests can run commands in-process. */

/** Where a command writes: results on `stdout`, progress and errors on `stderr`. */
export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
}

/** The part of a Node stream the CLI uses; `isTTY` turns the progress bar on. */
export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** The process's own streams. */
export const processIo: CliIo = { stdout: process.stdout, stderr: process.stderr };

/** A wrong argument found after parsing (e.g. an unregistered name): exit code 2, like a parse error. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Exit code of a command that did what it was asked. */
export const EXIT_OK = 0;
/** Exit code of a failure: a bad file or model, training that diverged. */
export const EXIT_FAILURE = 1;
/** Exit code of wrong arguments (as commander's own parse errors). */
export const EXIT_USAGE = 2;

/** `text` on one line: newlines and the spaces around them become one space. */
export function oneLine(text: string): string {
  return text.trim().replace(/\s*\n\s*/g, ' ');
}
