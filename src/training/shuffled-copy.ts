import { Random } from '../core/random.js';
import type { PackedData } from './dataset.js';

/** A copy of the packed data that reorders itself with the book's `Random`. */
export class ShuffledCopy {
  private readonly random: Random;
  private readonly order: Int32Array;
  private readonly copy: PackedData;

  /** @param seed the seed of the `Random` that orders the rows, epoch after epoch. */
  constructor(
    private readonly source: PackedData,
    seed: number,
  ) {
    this.random = new Random(seed);
    this.order = Int32Array.from({ length: source.size }, (_, i) => i);
    this.copy = {
      size: source.size,
      inputs: new Float64Array(source.inputs.length),
      targets: new Float64Array(source.targets.length),
      labels: source.labels && new Int32Array(source.labels.length),
    };
  }

  /** The copy, its rows in the next seeded order (the same array every time, refilled). */
  reshuffle(): PackedData {
    this.random.shuffleInPlace(this.order);
    const inWidth = this.source.inputs.length / this.source.size;
    const outWidth = this.source.targets.length / this.source.size;
    this.order.forEach((from, to) => {
      this.copy.inputs.set(this.source.inputs.subarray(from * inWidth, (from + 1) * inWidth), to * inWidth);
      this.copy.targets.set(this.source.targets.subarray(from * outWidth, (from + 1) * outWidth), to * outWidth);
      if (this.copy.labels) this.copy.labels[to] = this.source.labels![from]!;
    });
    return this.copy;
  }
}
