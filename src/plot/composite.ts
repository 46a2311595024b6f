/** Several PNGs of the same size tiled into one, e.g. learning curves for four learning rates. */
import { cssFont, FONT_SIZES, type PlotStyle } from './chart-options.js';
import { renderingPackages } from './rendering-packages.js';

/** How `compositeGrid` lays the tiles out. */
export interface GridLayout {
  /** Tiles per row. */
  columns: number;
  /** Size in pixels of every tile. */
  cellWidth: number;
  cellHeight: number;
  /** Title above all tiles; adds `COMPOSITE_TITLE_HEIGHT` pixels at the top. */
  title?: string;
}

/** Height in pixels of the band a composite title takes. */
export const COMPOSITE_TITLE_HEIGHT = 44;

/** Pixel size of the composite of `count` tiles laid out by `layout`. */
export function compositeSize(count: number, layout: GridLayout): { width: number; height: number } {
  const rows = Math.ceil(count / layout.columns);
  return {
    width: layout.columns * layout.cellWidth,
    height: rows * layout.cellHeight + (layout.title ? COMPOSITE_TITLE_HEIGHT : 0),
  };
}

/**
 * One PNG with the tiles row by row, left to right; cells without a tile stay background.
 * @throws MissingPackageError (as a rejection) when canvas cannot be loaded.
 */
export async function compositeGrid(tiles: Buffer[], layout: GridLayout, style: PlotStyle): Promise<Buffer> {
  const { createCanvas, loadImage } = await renderingPackages();
  const { width, height } = compositeSize(tiles.length, layout);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = style.background;
  ctx.fillRect(0, 0, width, height);
  const top = layout.title ? COMPOSITE_TITLE_HEIGHT : 0;
  if (layout.title) {
    ctx.fillStyle = 'rgb(20, 20, 20)';
    ctx.font = cssFont(style, FONT_SIZES.title + 2, 'bold');
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(layout.title, width / 2, top / 2);
  }
  const images = await Promise.all(tiles.map((t) => loadImage(t)));
  images.forEach((image, i) => {
    const x = (i % layout.columns) * layout.cellWidth;
    const y = top + Math.floor(i / layout.columns) * layout.cellHeight;
    ctx.drawImage(image, x, y, layout.cellWidth, layout.cellHeight);
  });
  return canvas.toBuffer('image/png');
}
