export { Loss } from './losses/loss.js';
export { MeanSquaredError } from './losses/mean-squared-error.js';
export { HalfSquaredError } from './losses/half-squared-error.js';
export { BinaryCrossEntropy } from './losses/binary-cross-entropy.js';
export { registerLoss, createLoss, lossNames } from './losses/registry.js';
export type { TrainableModel } from './trainable-model.js';
export type { TrainingData } from './dataset.js';
export {
  Trainer,
  TrainingRun,
  type TrainerOptions,
  type TrainerSettings,
  type LossMeasure,
  type EpochEvent,
  type EpochListener,
  type EpochResult,
  type TrainingHistory,
} from './trainer.js';
export { GradientDescentTrainer } from './gradient-descent-trainer.js';
export { StochasticGradientDescentTrainer } from './stochastic-gradient-descent-trainer.js';
export { LinearModel } from './linear-model.js';
export { trainEpochs, trainEpochsWithoutNormalization, type LabelledRows } from './train-epochs.js';
export { TRAINER, trainerToken } from './tokens.js';
