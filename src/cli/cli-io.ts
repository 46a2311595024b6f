/**
 * What a CLI command writes to and fails with: streams passed in, so tests can
 * run commands in-process. The process's standard output goes through
 * `GuardedOutput`, the CLI's one output layer: a reader that goes away (`| head`)
 * ends the run quietly, and any other failed write is one line and exit code 1,
 * never Node's "Unhandled 'error' event" trace.
 */

/** Where a command writes: results on `stdout`, progress and errors on `stderr`. */
export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
}

/** The part of a Node stream the CLI uses; `isTTY` turns the progress bar on. */
export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
  /** For an output that can fail: the first write error, once everything written so far has been handed on. */
  settled?(): Promise<Error | undefined>;
}

/** The part of a Node writable stream `GuardedOutput` needs. */
export interface WritableLike {
  write(text: string, callback: (error?: Error | null) => void): boolean;
  on(event: 'error', listener: (error: Error) => void): unknown;
  isTTY?: boolean;
}

/**
 * A Node stream whose write errors are kept instead of thrown or emitted
 * unhandled: after the first one, writes are dropped, and `settled()` reports it.
 */
export class GuardedOutput implements OutputStream {
  private failure: Error | undefined;

  constructor(private readonly stream: WritableLike) {
    stream.on('error', (error) => this.fail(error));
  }

  get isTTY(): boolean {
    return this.stream.isTTY === true;
  }

  write(text: string): boolean {
    if (this.failure !== undefined) return false;
    try {
      return this.stream.write(text, (error) => {
        if (error) this.fail(error);
      });
    } catch (error) {
      this.fail(error);
      return false;
    }
  }

  settled(): Promise<Error | undefined> {
    if (this.failure !== undefined) return Promise.resolve(this.failure);
    return new Promise((resolve) => {
      // The callback runs once everything before it is handed to the system (or failed);
      // an 'error' event may follow in the same turn, hence setImmediate.
      const done = (): void => void setImmediate(() => resolve(this.failure));
      try {
        this.stream.write('', done);
      } catch (error) {
        this.fail(error);
        done();
      }
    });
  }

  private fail(error: unknown): void {
    this.failure ??= error instanceof Error ? error : new Error(String(error));
  }
}

/** Whether a write failed because the reader went away (`| head -1`): not a failure of ours. */
export function isClosedByReader(error: Error): boolean {
  return (error as { code?: unknown }).code === 'EPIPE';
}

/** The process's own streams: standard output guarded; standard error's own failures ignored (nowhere left to report them). */
export const processIo: CliIo = {
  stdout: new GuardedOutput(process.stdout),
  stderr: ignoringErrors(process.stderr),
};

function ignoringErrors(stream: NodeJS.WriteStream): NodeJS.WriteStream {
  stream.on('error', () => undefined);
  return stream;
}

/** A wrong argument found after parsing (e.g. an unregistered name): exit code 2, like a parse error. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Exit code of a command that did what it was asked. */
export const EXIT_OK = 0;
/** Exit code of a failure: a bad file or model, training that diverged, output that cannot be written. */
export const EXIT_FAILURE = 1;
/** Exit code of wrong arguments (as commander's own parse errors). */
export const EXIT_USAGE = 2;

/** `text` on one line: newlines and the spaces around them become one space. */
export function oneLine(text: string): string {
  return text.trim().replace(/\s*\n\s*/g, ' ');
}
