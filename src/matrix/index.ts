// Public API of the matrix module: named re-exports only.
export { multiply, multiplyTransposed, transposeMultiply, dotProduct, sumColumns, sumRows } from './kernels.js';
