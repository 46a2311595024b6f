/**
 * A check for a learning rule: are a model's gradients (what its
 * `backwardBatch` computes, and so what every trainer steps by) the
 * derivatives of the loss? Compared with central differences of the mean loss,
 * parameter by parameter. For any test runner:
 *
 * ```ts
 * const report = gradientCheck(network, new CategoricalCrossEntropy(), data);
 * expect(report.worstRelativeError).toBeLessThan(1e-6);
 * ```
 */
import { relativeError, worstOf } from '../activation/derivative-check.js';
import { checkPositive } from '../util/validate.js';
import { packData, type PackedData, type TrainingData } from './dataset.js';
import type { Loss } from './losses/loss.js';
import type { TrainableModel } from './trainable-model.js';

/** Options of `gradientCheck`. */
export interface GradientCheckOptions {
  /** The step h of the central differences; 1e−6 by default. */
  step?: number;
  /** Gradients smaller than this are judged by their absolute error divided by it; 1e−4 by default. */
  floor?: number;
}

/** The check of one parameter. */
export interface ParameterGradientCheck {
  /** Which array of `model.parameters()`. */
  array: number;
  /** Which entry of it. */
  index: number;
  /** ∂(mean loss)/∂parameter from the model's `backwardBatch`. */
  analytic: number;
  /** (L(p + h) − L(p − h)) / 2h, L the mean loss over the data. */
  numeric: number;
  /** |analytic − numeric| / max(|analytic|, |numeric|, floor). */
  relativeError: number;
}

/** What `gradientCheck` found. */
export interface GradientCheckReport {
  /** One entry per parameter, in the order of `model.parameters()`. */
  parameters: ParameterGradientCheck[];
  /** The largest relative error over the parameters. */
  worstRelativeError: number;
  /** The parameter where it is. */
  worst: ParameterGradientCheck;
}

/**
 * Compares the gradient of the mean loss over `data` that `model` computes
 * (`forwardBatch`, the loss's gradient, `backwardBatch`, as a trainer does)
 * with central differences, for every parameter. The model ends exactly as it
 * was: each parameter is put back to its saved value.
 * @throws the errors of `packData` for data that does not fit the model;
 *   InvalidArgumentError for a step or floor that is not a positive finite number.
 */
export function gradientCheck(model: TrainableModel, loss: Loss, data: TrainingData, options: GradientCheckOptions = {}): GradientCheckReport {
  const h = options.step ?? 1e-6;
  const floor = options.floor ?? 1e-4;
  checkPositive('step', h);
  checkPositive('floor', floor);
  const packed = packData(data, model);
  const analytic = analyticGradients(model, loss, packed);
  const checked: ParameterGradientCheck[] = [];
  model.parameters().forEach((values, array) => {
    for (let index = 0; index < values.length; index++) {
      const saved = values[index]!;
      values[index] = saved + h;
      const up = meanLoss(model, loss, packed);
      values[index] = saved - h;
      const down = meanLoss(model, loss, packed);
      values[index] = saved;
      const numeric = (up - down) / (2 * h);
      const a = analytic[array]![index]!;
      checked.push({ array, index, analytic: a, numeric, relativeError: relativeError(a, numeric, floor) });
    }
  });
  const worst = worstOf(checked);
  return { parameters: checked, worstRelativeError: worst.relativeError, worst };
}

/** ∂(mean loss)/∂parameters, as a trainer computes them for one batch of all the rows. */
function analyticGradients(model: TrainableModel, loss: Loss, data: PackedData): Float64Array[] {
  const gradients = model.parameters().map((values) => new Float64Array(values.length));
  const width = model.numberOfOutputs();
  const rows = { ...data, offset: 0, count: data.size };
  const outputs = model.forwardBatch(rows);
  const outputGradients = new Float64Array(width * data.size);
  loss.batchValueAndGradient(outputs, data.targets, 0, data.size, width, outputGradients, 1 / data.size);
  model.backwardBatch(rows, outputGradients, gradients, { loss, targets: data.targets, gradientScale: 1 / data.size });
  return gradients;
}

/** The mean loss over the rows with the parameters as they are now. */
function meanLoss(model: TrainableModel, loss: Loss, data: PackedData): number {
  const outputs = model.forwardBatch({ inputs: data.inputs, offset: 0, count: data.size });
  return loss.batchValue(outputs, data.targets, 0, data.size, model.numberOfOutputs()) / data.size;
}
