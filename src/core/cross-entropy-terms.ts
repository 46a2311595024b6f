/**
 * The cross-entropy's per-output formulas, written once for both network
 * families: the trainers' losses (src/training/losses) and `NMNetwork`'s
 * `CrossEntropyCost` call them.
 */

/**
 * Outputs are kept this far from 0 (and from 1) so a cross-entropy stays
 * finite when a sigmoid saturates to exactly 0 or 1, or a softmax output
 * underflows to 0.
 */
export const PROBABILITY_FLOOR = 1e-15;

/** `output` moved into [PROBABILITY_FLOOR, 1 − PROBABILITY_FLOOR]. */
export function clampProbability(output: number): number {
  return Math.min(1 - PROBABILITY_FLOOR, Math.max(PROBABILITY_FLOOR, output));
}

/** −[t·ln o + (1 − t)·ln(1 − o)] for one sigmoid output o and its target t. */
export function binaryCrossEntropyTerm(output: number, target: number): number {
  const o = clampProbability(output);
  return -(target * Math.log(o) + (1 - target) * Math.log(1 - o));
}
