// The CLI's one output layer, in-process: a stream whose writes fail.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { GuardedOutput, type CliIo, type WritableLike } from '../../src/cli/cli-io.js';
import { runCli } from '../../src/cli/program.js';

/** A stream that fails every write with `code`, as Node reports it: through the callback, then an 'error' event. */
function failingStream(code: string): WritableLike & { writes: number } {
  const emitter = new EventEmitter();
  const stream = {
    writes: 0,
    on: (event: 'error', listener: (error: Error) => void) => emitter.on(event, listener),
    write(_text: string, callback: (error?: Error | null) => void) {
      stream.writes++;
      const error = Object.assign(new Error(`${code}: write failed`), { code });
      process.nextTick(() => {
        callback(error);
        emitter.emit('error', error);
      });
      return false;
    },
  };
  return stream;
}

function ioWith(stdout: WritableLike): CliIo & { stderr: { text: string } } {
  const stderr = { text: '', write: (chunk: string) => (stderr.text += chunk) };
  return { stdout: new GuardedOutput(stdout), stderr };
}

describe('GuardedOutput and runCli', () => {
  it('a reader that went away (EPIPE) ends the command quietly with exit code 0', async () => {
    const io = ioWith(failingStream('EPIPE'));
    expect(await runCli(['--help'], io)).toBe(0);
    expect(io.stderr.text).toBe('');
  });

  it('any other write failure is one line and exit code 1', async () => {
    const io = ioWith(failingStream('ENOSPC'));
    expect(await runCli(['--version'], io)).toBe(1);
    expect(io.stderr.text).toBe('agile-neurons: cannot write the output: no space left on the device\n');
  });

  it('after the first failure, writes are dropped instead of piling up errors', async () => {
    const stream = failingStream('EIO');
    const output = new GuardedOutput(stream);
    output.write('a');
    expect((await output.settled())?.message).toMatch(/EIO/);
    const writes = stream.writes;
    expect(output.write('b')).toBe(false);
    output.write('c');
    expect(stream.writes).toBe(writes);
  });
});
