export { ActivationFunction } from './activation-function.js';
export { LayerActivation } from './layer-activation.js';
export { SigmoidAF } from './sigmoid.js';
export { StepAF } from './step.js';
export { TanhAF } from './tanh.js';
export { ReLUAF } from './relu.js';
export { LeakyReLUAF } from './leaky-relu.js';
export { IdentityAF } from './identity.js';
export { SoftmaxAF } from './softmax.js';
export {
  activations,
  layerActivations,
  registerActivation,
  unregisterActivation,
  createActivation,
  createAnyActivation,
  activationNames,
  anyActivationNames,
  type ActivationFactory,
} from './registry.js';
export { derivativeCheck, type DerivativeCheckOptions, type DerivativeCheckReport, type DerivativeAtPoint } from './derivative-check.js';
