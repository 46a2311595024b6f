// Training that leaves the page responsive: work runs in slices of at most
// WORK_PER_FRAME_MS per animation frame, so input, drawing and the browser's
// own work keep the rest of each 16.7 ms frame.

/** Milliseconds of work per frame: half a 60 Hz frame. */
export const WORK_PER_FRAME_MS = 8;

/** Calls `tick` once per animation frame, with a deadline, while it answers that work remains. */
export class FrameLoop {
  private frame: number | undefined;
  private readonly stopListeners = new Set<() => void>();

  /** `tick(deadline)` works until about `deadline` (a `performance.now()` time); true while more work remains. */
  constructor(private readonly tick: (deadline: number) => boolean) {}

  get running(): boolean {
    return this.frame !== undefined;
  }

  /** Starts calling `tick` (nothing happens if it is already running). */
  start(): void {
    if (this.frame === undefined) this.frame = requestAnimationFrame(this.onFrame);
  }

  /** Stops after the current frame; the stop listeners are called. */
  stop(): void {
    if (this.frame === undefined) return;
    cancelAnimationFrame(this.frame);
    this.frame = undefined;
    for (const listener of this.stopListeners) listener();
  }

  /** Calls `listener` whenever the loop stops: finished, paused or failed. */
  onStop(listener: () => void): void {
    this.stopListeners.add(listener);
  }

  private readonly onFrame = (): void => {
    let more = false;
    try {
      more = this.tick(performance.now() + WORK_PER_FRAME_MS);
    } finally {
      if (more && this.frame !== undefined) this.frame = requestAnimationFrame(this.onFrame);
      else this.stop();
    }
  };
}

/** How long one call of the training function should take: short enough to stop near the deadline. */
const CHUNK_MS = 2;

/**
 * Runs epochs in chunks sized from the speed measured so far, so that a frame
 * fills its budget whether an epoch takes a microsecond (XOR) or a millisecond.
 */
export class EpochPacer {
  private epochsPerMs = 1;

  /** Trains up to `remaining` epochs (as `train(n)` calls) until `deadline`; returns how many it trained. */
  run(remaining: number, deadline: number, train: (epochs: number) => void): number {
    let done = 0;
    while (done < remaining) {
      const started = performance.now();
      if (started >= deadline) break;
      const wanted = Math.floor(this.epochsPerMs * Math.min(CHUNK_MS, deadline - started));
      const chunk = Math.max(1, Math.min(remaining - done, wanted));
      train(chunk);
      done += chunk;
      this.learn(chunk, performance.now() - started);
    }
    return done;
  }

  // The browser's clock may be coarse (0.1 ms): a chunk too quick to measure doubles the next one.
  private learn(epochs: number, milliseconds: number): void {
    const measured = milliseconds > 0.2 ? epochs / milliseconds : 2 * this.epochsPerMs;
    this.epochsPerMs = Math.max(0.001, 0.5 * this.epochsPerMs + 0.5 * measured);
  }
}
