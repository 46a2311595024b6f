/**
 * Training progress: a cli-progress bar on a terminal, plain lines every tenth
 * of the run otherwise (logs, pipes, CI), nothing with `quiet`.
 */
import cliProgress from 'cli-progress';
import type { EpochEvent } from '../training/trainer.js';
import type { OutputStream } from './cli-io.js';

/** What progress shows of an epoch. */
type EpochNumbers = Pick<EpochEvent, 'epoch' | 'loss' | 'accuracy'>;

/** Hears every epoch of a run, then `stop()` once at the end (also after a failure). */
export interface ProgressReporter {
  update(event: EpochNumbers): void;
  stop(): void;
}

/** The reporter that fits `stream`: a bar when it is a terminal, lines when not, none when `quiet`. */
export function createProgressReporter(stream: OutputStream, epochs: number, quiet = false): ProgressReporter {
  if (quiet) return { update: () => undefined, stop: () => undefined };
  return stream.isTTY ? new BarReporter(stream, epochs) : new LineReporter(stream, epochs);
}

/** One line every `epochs / 10` epochs (rounded up) and at the last epoch. */
export class LineReporter implements ProgressReporter {
  private readonly every: number;

  constructor(
    private readonly stream: OutputStream,
    private readonly epochs: number,
  ) {
    this.every = Math.max(1, Math.ceil(epochs / 10));
  }

  update(event: EpochNumbers): void {
    if (event.epoch % this.every !== 0 && event.epoch !== this.epochs) return;
    this.stream.write(`epoch ${event.epoch}/${this.epochs}: ${describeEpoch(event)}\n`);
  }

  stop(): void {}
}

/** A bar redrawn in place (cli-progress throttles the redraws). */
class BarReporter implements ProgressReporter {
  private readonly bar: cliProgress.SingleBar;

  constructor(stream: OutputStream, epochs: number) {
    this.bar = new cliProgress.SingleBar(
      {
        stream: stream as NodeJS.WritableStream,
        format: 'training {bar} {percentage}% | epoch {value}/{total} | {status}',
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    this.bar.start(epochs, 0, { status: '' });
  }

  update(event: EpochNumbers): void {
    this.bar.update(event.epoch, { status: describeEpoch(event) });
  }

  stop(): void {
    this.bar.stop();
  }
}

function describeEpoch(event: EpochNumbers): string {
  const accuracy = event.accuracy === undefined ? '' : `, accuracy ${(100 * event.accuracy).toFixed(2)}%`;
  return `loss ${event.loss.toPrecision(6)}${accuracy}`;
}
