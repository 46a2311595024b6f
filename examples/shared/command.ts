// How the example commands (npm run figures, a figure script run alone) end on a
// failure of ours: one line on stderr and exit code 2 for bad arguments, 1 for
// anything else we name (a missing font, an unwritable folder), not a stack trace.
import { AgileNeuronsError, InvalidArgumentError } from '../../src/errors.js';

/** Runs `body`; a typed error of the library becomes `name: message` on stderr and an exit code. */
export async function runCommand(name: string, body: () => Promise<unknown>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (!(error instanceof AgileNeuronsError)) throw error;
    console.error(`${name}: ${error.message}`);
    process.exitCode = error instanceof InvalidArgumentError ? 2 : 1;
  }
}
