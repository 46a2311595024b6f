export { ActivationFunction } from './activation-function.js';
export { SigmoidAF } from './sigmoid.js';
export { StepAF } from './step.js';
export { TanhAF } from './tanh.js';
export { ReLUAF } from './relu.js';
export { LeakyReLUAF } from './leaky-relu.js';
export { IdentityAF } from './identity.js';
export {
  activations,
  registerActivation,
  unregisterActivation,
  createActivation,
  activationNames,
  type ActivationFactory,
} from './registry.js';
