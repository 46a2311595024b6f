export { Random } from './random.js';
export { Neuron } from './neuron.js';
export { NeuronLayer } from './neuron-layer.js';
export { NNetwork, indexOfMax, type ConfigureOptions, type LabelledRows } from './nnetwork.js';
export { Normalization } from './normalization.js';
export { oneHot, oneHotInto } from './one-hot.js';
export { NMLayer } from './nm-layer.js';
export { NMNetwork } from './nm-network.js';
export { NMCost, BookCost, SquaredErrorCost, CrossEntropyCost } from './nm-cost.js';
