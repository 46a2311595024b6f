/**
 * One `ChartJSNodeCanvas` per (width, height). Creating one loads a fresh copy
 * of Chart.js, which is the slow part of a render; rendering on an existing one
 * is cheap. Renderers hold no style (background, fonts and plugins travel in
 * each chart's configuration), so every `PlotService` can share them.
 */
import type { ChartJSNodeCanvas } from 'chartjs-node-canvas';
import { renderingPackages } from './rendering-packages.js';

// A few sizes cover a figure script; the cap keeps odd one-off sizes from piling up.
const MAX_RENDERERS = 8;
const renderers = new Map<string, ChartJSNodeCanvas>();

/**
 * The shared renderer for charts of `width` × `height` pixels (both already checked).
 * @throws MissingPackageError (as a rejection) when chartjs-node-canvas or canvas cannot be loaded.
 */
export async function rendererFor(width: number, height: number): Promise<ChartJSNodeCanvas> {
  const { ChartJSNodeCanvas } = await renderingPackages();
  const key = `${width}x${height}`;
  let renderer = renderers.get(key);
  if (renderer) {
    // Re-insert so the map's order is least-recently-used first.
    renderers.delete(key);
  } else {
    renderer = new ChartJSNodeCanvas({ width, height });
    if (renderers.size >= MAX_RENDERERS) renderers.delete(renderers.keys().next().value!);
  }
  renderers.set(key, renderer);
  return renderer;
}
