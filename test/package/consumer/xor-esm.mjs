// A user's ES module: the package root, imported by name.
import { NNetwork } from 'agile-neurons';
import { trainXor } from './xor.mjs';

console.log(JSON.stringify(trainXor(NNetwork)));
