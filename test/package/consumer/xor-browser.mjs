// The browser bundle's entry: only the root, as a web page would use it.
// `trainEpochs` is added to NNetwork by a module with a side effect: its presence
// shows that package.json's "sideEffects" keeps that module in a tree-shaken bundle.
import { NNetwork } from 'agile-neurons';
import { trainXor } from './xor.mjs';

console.log(JSON.stringify({ xor: trainXor(NNetwork), trainEpochs: typeof new NNetwork().trainEpochs }));
