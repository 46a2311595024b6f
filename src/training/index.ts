export { Loss } from './losses/loss.js';
export { MeanSquaredError } from './losses/mean-squared-error.js';
export { HalfSquaredError } from './losses/half-squared-error.js';
export { BinaryCrossEntropy } from './losses/binary-cross-entropy.js';
export { SummedBinaryCrossEntropy } from './losses/summed-binary-cross-entropy.js';
export { CategoricalCrossEntropy } from './losses/categorical-cross-entropy.js';
export { losses, registerLoss, createLoss, lossNames } from './losses/registry.js';
export type { TrainableModel } from './trainable-model.js';
export type { TrainingData, PackedData } from './dataset.js';
export {
  Trainer,
  type TrainerOptions,
  type TrainerSettings,
  type LossMeasure,
  type EpochEvent,
  type EpochListener,
  type TrainingHistory,
} from './trainer.js';
export { TrainingRun } from './training-run.js';
export { GradientDescentTrainer } from './gradient-descent-trainer.js';
export { StochasticGradientDescentTrainer } from './stochastic-gradient-descent-trainer.js';
export { LinearModel } from './linear-model.js';
export { TRAINER } from './tokens.js';
export { trainers, registerTrainer, createTrainer, trainerNames } from './trainers.js';
export { Optimizer } from './optimizers/optimizer.js';
export { PlainStep } from './optimizers/plain-step.js';
export { optimizers } from './optimizers/registry.js';
export {
  gradientCheck,
  type GradientCheckOptions,
  type GradientCheckReport,
  type ParameterGradientCheck,
} from './gradient-check.js';
export { Momentum } from './optimizers/momentum.js';
export { Adam, type AdamSettings } from './optimizers/adam.js';
export { LearningRateSchedule } from './schedules/schedule.js';
export { schedules } from './schedules/registry.js';
export { ConstantSchedule } from './schedules/constant.js';
export { StepSchedule } from './schedules/step.js';
export { ExponentialSchedule } from './schedules/exponential.js';
export { CosineSchedule, type CosineSettings } from './schedules/cosine.js';
export { EarlyStopping, type EarlyStoppingOptions, type MonitoredValue, type MonitorableData } from './early-stopping.js';
export { validationSplit, type ValidationSplit } from './validation-split.js';
