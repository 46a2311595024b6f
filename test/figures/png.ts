import { expect } from 'vitest';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Asserts `png` is a PNG of the given size (800×500, the plot default, unless said). */
export function expectPng(png: Buffer, width = 800, height = 500): void {
  expect([...png.subarray(0, 8)]).toEqual(SIGNATURE);
  expect(pngSize(png)).toEqual({ width, height });
}
