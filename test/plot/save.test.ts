import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OutputFileError, PlotDataError } from '../../src/errors.js';
import { DEFAULT_PLOT_DEFAULTS, PlotService } from '../../src/plot/index.js';
import { pngSize, scatterOpts } from './fixtures.js';

const plots = new PlotService(DEFAULT_PLOT_DEFAULTS);
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'agile-neurons-plot-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('PlotService.save', () => {
  it('writes exactly the buffer, creating parent directories, and leaves no temp file', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4, 5]);
    const target = join(dir, 'figures', 'chapter 3', 'loss.png');
    await plots.save(png, target);
    expect(readFileSync(target).equals(png)).toBe(true);
    expect(readdirSync(join(dir, 'figures', 'chapter 3'))).toEqual(['loss.png']);
  });

  it('replaces an existing file', async () => {
    const target = join(dir, 'a.png');
    writeFileSync(target, 'old content, longer than the new one');
    await plots.save(Buffer.from('new'), target);
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['a.png']);
  });

  it('throws OutputFileError when the parent is a file, leaving nothing behind', async () => {
    const blocker = join(dir, 'not-a-dir');
    writeFileSync(blocker, 'x');
    const target = join(blocker, 'chart.png');
    const error = await plots.save(Buffer.from('png'), target).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputFileError);
    expect((error as OutputFileError).path).toBe(target);
    expect((error as Error).message).toContain(target);
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir)).toEqual(['not-a-dir']);
    expect(readFileSync(blocker, 'utf8')).toBe('x');
  });

  it('throws OutputFileError when the target is a directory and removes its temp file', async () => {
    const target = join(dir, 'taken');
    await plots.save(Buffer.from('x'), join(target, 'inside.png'));
    const error = await plots.save(Buffer.from('png'), target).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputFileError);
    expect(readdirSync(dir)).toEqual(['taken']);
    expect(readdirSync(target)).toEqual(['inside.png']);
  });

  it('rejects a non-buffer or an empty path with PlotDataError', async () => {
    await expect(plots.save('png' as unknown as Buffer, join(dir, 'a.png'))).rejects.toBeInstanceOf(PlotDataError);
    await expect(plots.save(Buffer.from('x'), '')).rejects.toBeInstanceOf(PlotDataError);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('PlotService.renderToFile', () => {
  it('renders, saves and returns the same PNG', async () => {
    const target = join(dir, 'scatter.png');
    const png = await plots.renderToFile('scatter', { ...scatterOpts, width: 400, height: 300 }, target);
    expect(readFileSync(target).equals(png)).toBe(true);
    expect(pngSize(png)).toEqual({ width: 400, height: 300 });
    expect(readdirSync(dir)).toEqual(['scatter.png']);
  });

  it('writes nothing when the data is bad', async () => {
    const target = join(dir, 'bad.png');
    await expect(plots.renderToFile('lossCurve', { series: [{ values: [NaN] }] }, target)).rejects.toBeInstanceOf(PlotDataError);
    expect(readdirSync(dir)).toEqual([]);
  });
});
