import { transpose } from '../matrix/kernels.js';
import { MMatrix } from '../matrix/mmatrix.js';
import type { NMNetwork } from './nm-network.js';

/**
 * `NMNetwork` as the trainers see it (src/training/trainable-model.ts): they
 * hand over examples as rows of a row-major array and want outputs and
 * gradients per row, while the book's network keeps one example per column.
 * This view turns the rows into columns (a transpose per batch), runs the
 * network's own `forward` and backward pass, and turns the outputs back into rows.
 */
export class NMTrainableView {
  private columns = MMatrix.newRows(1, 1);
  private outputRows = new Float64Array(0);

  constructor(private readonly network: NMNetwork) {}

  /** The network's outputs for rows `offset…offset+count` of `inputs`, one row per example (a reused buffer). */
  forwardBatch(inputs: Float64Array, offset: number, count: number): Float64Array {
    const columns = this.columnsOf(inputs, offset, count);
    const output = this.network.forward(columns);
    const width = output.nbRows();
    if (this.outputRows.length !== count * width) this.outputRows = new Float64Array(count * width);
    transpose(width, count, output.array, this.outputRows);
    return this.outputRows;
  }

  /**
   * After `forwardBatch`: the output layer's delta is ∂loss/∂outputs (turned into
   * columns) times the sigmoid's slope, the hidden layers' follow as in the book's
   * backward pass, and each layer sets its two entries of `gradients` (weights,
   * then biases) to δ · Xᵀ and the row sums of δ.
   */
  backwardBatch(outputGradients: Float64Array, count: number, gradients: readonly Float64Array[]): void {
    const { layers } = this.network;
    const last = this.network.outputLayer();
    transpose(count, last.numberOfOutputs(), outputGradients, last.delta.array);
    last.backwardFromOutputGradient(last.delta);
    layers.forEach((layer, l) => {
      const layerInputs = l === 0 ? this.columns : layers[l - 1]!.output;
      layer.gradientsInto(layerInputs, gradients[2 * l]!, gradients[2 * l + 1]!);
    });
  }

  /** Rows `offset…offset+count` of `inputs` (numberOfInputs wide) as the columns of a reused matrix. */
  private columnsOf(inputs: Float64Array, offset: number, count: number): MMatrix {
    const width = this.network.numberOfInputs();
    // Stryker disable next-line ConditionalExpression: `true` makes a new columns matrix for every batch, with the same entries; the matrix is private and read only by the backwardBatch after the forwardBatch that wrote it, so this only spares an allocation (the `false` variant, which nm-network-gradient.test.ts kills, is turned off with it)
    if (this.columns.nbRows() !== width || this.columns.nbColumns() !== count) this.columns = MMatrix.newRows(width, count);
    transpose(count, width, inputs.subarray(offset * width, (offset + count) * width), this.columns.array);
    return this.columns;
  }
}
