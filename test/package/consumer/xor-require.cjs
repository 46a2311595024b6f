// A user's CommonJS file: require() of the ES-only package (require(esm), Node ≥ 20.19).
const { NNetwork } = require('agile-neurons');
const { trainXor } = require('./xor.mjs');

console.log(JSON.stringify(trainXor(NNetwork)));
