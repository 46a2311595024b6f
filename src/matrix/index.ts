// Public API of the matrix library: the book's MMatrix. (The kernels stay internal.)
export { MMatrix, type RandomSource } from './mmatrix.js';
