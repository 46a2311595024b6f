/**
 * The native rendering packages, loaded on the first render and not before.
 * chartjs-node-canvas and canvas are optional peer dependencies (docs/design.md,
 * "Packaging"): importing the plot entry never loads Cairo, and when they are
 * missing a render rejects with a `MissingPackageError` that says what to install.
 */
import { MissingPackageError } from '../errors.js';

/** What the plot module uses of chartjs-node-canvas and canvas. */
export interface RenderingPackages {
  ChartJSNodeCanvas: typeof import('chartjs-node-canvas').ChartJSNodeCanvas;
  createCanvas: typeof import('canvas').createCanvas;
  loadImage: typeof import('canvas').loadImage;
}

/** The command that installs the rendering packages into a project. */
export const INSTALL_RENDERING_PACKAGES = 'npm install chartjs-node-canvas canvas';

const SYSTEM_LIBRARIES =
  'canvas downloads a prebuilt binary where one exists for your platform and Node version; ' +
  'otherwise it builds from source, which needs a C++ compiler, pkg-config and the Cairo, Pango, libjpeg, giflib and librsvg ' +
  'development files (Debian/Ubuntu: sudo apt-get install build-essential pkg-config libcairo2-dev libpango1.0-dev ' +
  'libjpeg-dev libgif-dev librsvg2-dev). If canvas was installed with --ignore-scripts, run: npm rebuild canvas';

let loaded: Promise<RenderingPackages> | undefined;

/**
 * chartjs-node-canvas and canvas, imported once per process.
 * @throws MissingPackageError (as a rejection) when either cannot be loaded; the next call tries again.
 */
export function renderingPackages(): Promise<RenderingPackages> {
  loaded ??= importRenderingPackages().catch((cause: unknown) => {
    loaded = undefined;
    throw new MissingPackageError(
      'Drawing a chart',
      ['chartjs-node-canvas', 'canvas'],
      INSTALL_RENDERING_PACKAGES,
      SYSTEM_LIBRARIES,
      cause,
    );
  });
  return loaded;
}

async function importRenderingPackages(): Promise<RenderingPackages> {
  const [chartjs, canvas] = await Promise.all([import('chartjs-node-canvas'), import('canvas')]);
  return { ChartJSNodeCanvas: chartjs.ChartJSNodeCanvas, createCanvas: canvas.createCanvas, loadImage: canvas.loadImage };
}
